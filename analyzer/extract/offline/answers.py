"""Answers to the rep's asks: which customer turn answers an ask, and how (accepted / declined / deferred).

An accepted proposal with a time becomes the customer's action, quoted from the accepting words and dated
from the proposal unless the acceptance names its own time; a refused day answered with another is a counter-
offer. A mixin of `dialogue.Dialogue` (it reads the dialogue's views, findings and bookkeeping), kept apart
because the answer logic is half of the dialogue pass.
"""

from __future__ import annotations

from bisect import bisect_right

from analyzer.dates import resolve
from analyzer.extract.offline import clauses as C
from analyzer.extract.offline.evidence import TIME_CLAUSE_SLACK, attributive, first_date, quote
from analyzer.extract.offline.scan import TurnView, is_question
from analyzer.extract.offline.segment import Sentence
from analyzer.models import Ask

# The assent may open one of the answer's first sentences ("Well. I can't see the harm. Go on then, the 16th.").
ACCEPT_SENTENCES = 3
# How far an answer may trail its ask: the customer's reply can follow a short rep aside ("您看呢?").
ANSWER_WINDOW = 3
# A decisive answer (a commitment to the step asked for, a dated "Monday the 26th is fine", a refusal) may come
# a little later, after a remark or a side question between the customers, as long as the rep asks nothing new.
LATE_ANSWER_WINDOW = 5


class AnswerLinking:
    """Answer linking for `Dialogue`: `_link` gives each ask its response and turns accepted proposals into actions."""

    def _link(self, asks, commitments: dict[int, list[C.Commitment]]) -> None:
        # Sorted once, searched by bisection: a linear search per ask was quadratic (23,000 asks took 60 s).
        ask_turns = sorted(a.turn for a, *_ in asks)
        used: set[int] = set()  # customer commitments already emitted
        for ask, av, asent, kinds in asks:
            k = bisect_right(ask_turns, ask.turn)
            next_ask = ask_turns[k] if k < len(ask_turns) else None
            response, rq, rturn = "none", None, None
            late = False  # once the talk moved on, only a decisive answer still answers the ask
            anchor = ask.turn  # the turn the answer window counts from
            slot = self._slot(av, asent)
            for j in range(ask.turn + 1, min(len(self.views), ask.turn + 1 + LATE_ANSWER_WINDOW)):
                if next_ask is not None and j >= next_ask:
                    break
                if j > anchor + ANSWER_WINDOW:
                    late = True
                cv = self.views[j]
                if cv.role != "customer":
                    # "下周四……唐敏你那天有没有安排？" "那天上午有个质量会，下午可以。" — rep: "那就下周四下午" — "行，就这么
                    # 定。": the rep settling the proposal's own day puts it to the customer again.
                    if slot is not None and any(self._same_day(m.text, slot) for m in cv.mentions):
                        late, anchor = False, j
                    continue
                verdict = self._answer(ask, av, asent, kinds, cv, commitments.get(j, []), used, late=late)
                if verdict is not None:
                    response, rq, rturn = verdict
                    break
                # Only a clarifying question leaves the ask open to any answer, or the customers weighing the
                # proposal's own day among themselves ("下周二……我看看" — "那个会是周二下午，上午是空的"); anything else
                # moved the topic on.
                if not all(is_question(cv, c) for s in cv.sentences for c in s.clauses) and not (
                        slot is not None and any(self._same_day(m.text, slot) for m in cv.mentions)):
                    late = True
            if response == "accepted" and self._later_time(av, rturn, rq):
                # "Monday's tight … make it Wednesday the 29th", "周四吧": the step taken at a later time than the one
                # asked is a reschedule; the ask was declined, the action stands at the customer's time (hard call 16).
                response = "declined"
            if response == "declined" and slot is not None and (any(
                    self._same_day(m.text, slot) for m in self.views[rturn].mentions)
                    or self._retimes(self.views[rturn])):
                # The proposed day refused, another offered in the same or a later turn (GUIDELINES hard call 16).
                # A step the lexicon cannot name ("周六直接做一期手术") is still the one rescheduled: "other".
                self._counter_offer(ask, av, asent, kinds or ["other"], rturn, next_ask, commitments, used, slot)
                head = self.views[rturn].sentences[0].clauses[0]
                rv = self.views[rturn]
                if (C.is_accept(rv, head) or rv.test("accept_late", head.text)) and not (
                        C.is_decline(rv, head) or rv.has("negation", head.start, head.end)) and all(
                        self._same_day(m.text, slot) for m in rv.mentions):
                    # "交流可以，下周四上午我们有安全日活动，下午吧": the step taken first, only the hour moved.
                    response, rq = "accepted", quote(self.views[rturn], head.start, head.end)
            if response == "declined" and kinds[:1] == ["sign"] and ask.turn in self.dated_proposals:
                # "押金我们不交的啊。" — "不用押金，设备是我们的。" — "行，八个点，二十台，定了。": a term of the deal objected to,
                # met, and the deal then closed; the close is the answer.
                closed = self._closed_later(ask, av, asent, rturn, next_ask)
                if closed is not None:
                    response, rq, rturn = closed
            if response == "none":
                # "这周六他有奥数。" — "那下周六十四号上午十点来试听呢？": an answer that read as nothing, yet the rep at once
                # asks again or probes the reason: with a word of its own against the ask, it turned the ask down.
                turned = self._turned_down(ask, slot, next_ask)
                if turned is not None:
                    response, rq, rturn = turned
            self.f.asks.append(ask.model_copy(update={"response": response, "response_quote": rq,
                                                      "response_turn": rturn}))
        # The customer's own commitments that answered no ask.
        for turn, coms in commitments.items():
            v = self.views[turn]
            if v.inferred:
                continue
            for com in coms:
                if (turn, com.clause.start) in used:
                    continue
                if (turn, com.clause.sentence) in self.accepted_at and not v.dates_in(com.clause.start, com.clause.end):
                    continue  # "那行，下周三上午，我把质量部也叫上": part of the step just accepted (hard call 24)
                sentence = v.sentences[com.clause.sentence]
                self._add_action(v, com.clause, sentence, com.type, com.joint, now=com.decision)

    def _turned_down(self, ask: Ask, slot, next_ask: int | None):
        """The rep's reaction as evidence (never alone) that an unanswered ask was refused: the customer's first turn after
        it accepts nothing and has a word against the ask - the proposed day named with what takes it ("这周六他有奥数",
        "Monday I'm cutting beans"), the speaker taken ("那天我出差"), a negation or a refusal ("三天我们凑不齐",
        "Training's in scope of the auction, so no") - and the rep's very next turn probes the reason or asks again
        (a lower or moved ask). ("declined", quote, turn) or None."""
        j = ask.turn + 1
        if j >= len(self.views) or self.views[j].role != "customer" or j + 1 >= len(self.views):
            return None
        cv, rv = self.views[j], self.views[j + 1]
        if rv.role == "customer" or not cv.sentences:
            return None
        if not (next_ask == j + 1 or any(C.is_probe(rv, c) for s in rv.sentences for c in s.clauses)):
            return None
        clauses = [c for s in cv.sentences for c in s.clauses]
        head = clauses[0]
        if C.is_accept(cv, head) or C.is_bare_ack(cv, head) or any(C.is_stall(cv, c) for c in clauses):
            return None
        for c in clauses:
            if is_question(cv, c):
                continue
            if (C.is_refusal(cv, c) or cv.has("negation", c.start, c.end) or cv.has("occupied", c.start, c.end)
                    or (slot is not None and any(self._same_day(m.text, slot) for m in cv.dates_in(c.start, c.end)))):
                self.refusals.add(j)
                return "declined", quote(cv, c.start, c.end), j
        return None

    def _counter_offer(self, ask: Ask, av: TurnView, asent: Sentence, kinds: list[str], refused: int,
                       next_ask: int | None, commitments: dict[int, list[C.Commitment]], used: set, slot=None) -> None:
        """"下周四不行，那天有 inspection" … "下周二上午吧，我们一起在 depot 做": after the proposed day is refused, the
        customer's own offer of another day, later in the refusing turn or in the next turns, is the step at that day
        (the ask stays declined). The offer names a time and says yes to it (a closing 吧/可以, a binding or joint
        clause), neither negated nor asked; in the refusing turn it comes after the refusal and names another day, or
        only another part of the proposed day ("明天上午要去验收。下午吧" → the proposal's day)."""
        end = min(len(self.views), refused + 1 + ANSWER_WINDOW, next_ask if next_ask is not None else len(self.views))
        for j in range(refused, end):
            cv = self.views[j]
            if cv.role != "customer":
                return  # the rep answered: whatever follows answers the rep
            after = self._refusal_end(cv) if j == refused else 0
            if j == refused and any(com.clause.start >= after and (j, com.clause.start) not in used
                                    for com in commitments.get(j, [])):
                return  # "周四吧。下周四上午，我叫上曹主任": the customer's own commitment there says it (hard call 9)
            for sentence in cv.sentences:
                for c in sentence.clauses:
                    if c.start < after or cv.has("negation", c.start, c.end) or is_question(cv, c) or C.is_stall(cv, c):
                        continue
                    if not cv.dates_in(c.start, c.end):
                        if not (j == refused and cv.test("day_part_offer", c.text)):
                            continue
                    elif j == refused and slot is not None and all(
                            self._same_day(m.text, slot) for m in cv.dates_in(c.start, c.end)):
                        continue  # the refused day itself, said again with the excuse
                    # "Tuesday evening, after seven, we can do it": the time offered, then the yes in the clause after it.
                    yes = self._yes_after(cv, sentence, c)
                    if not (cv.test("accept_late", c.text) or cv.test("offer_close", c.text) or C.binds_self(cv, c)
                            or cv.test("counter_time", c.text)
                            or cv.has("joint", sentence.start, sentence.end) or yes is not None):
                        continue
                    for com in commitments.get(j, []):
                        if com.clause.sentence == sentence.index:
                            used.add((j, com.clause.start))
                    joint = cv.has("joint", sentence.start, sentence.end)
                    end_c = next((x.end for x in sentence.clauses if x.start > c.start and cv.has("joint", x.start, x.end)),
                                 yes.end if yes is not None else c.end)
                    # "下周一吧 下周一上午我让小吕陪你们": a dated clause binding the speaker after the offer says it.
                    bound = next((x for x in sentence.clauses if x.start > c.start and cv.dates_in(x.start, x.end)
                                  and C.binds_self(cv, x)), None)
                    if bound is not None:
                        self._add_action(cv, bound, sentence, kinds[0], joint, proposal=(ask, av, asent))
                        return
                    # "下下周吧，下下周一": the next clause, only a time inside the one offered, says the day.
                    dated = self._refined(cv, sentence, c) or c
                    self._add_action(cv, dated, sentence, kinds[0], joint, proposal=(ask, av, asent),
                                     quote_span=(c.start, max(end_c, dated.end)))
                    return

    @staticmethod
    def _yes_after(cv: TurnView, sentence: Sentence, c):
        """The clause right after `c` in its sentence when it says yes to the time `c` offers with no time of its own
        ("Tuesday evening, after seven, we can do it", "周四下午，我们没问题"): a binding or accepting clause, neither
        negated, asked nor a stall; else None."""
        i = next((k for k, x in enumerate(sentence.clauses) if x.start == c.start), None)
        if i is None or i + 1 >= len(sentence.clauses):
            return None
        nxt = sentence.clauses[i + 1]
        if (cv.dates_in(nxt.start, nxt.end) or cv.has("negation", nxt.start, nxt.end) or is_question(cv, nxt)
                or C.is_stall(cv, nxt)):
            return None
        return nxt if C.binds_self(cv, nxt) or C.is_accept(cv, nxt) else None

    def _closed_later(self, ask: Ask, av: TurnView, asent: Sentence, refused: int, next_ask: int | None):
        """A customer turn after the refusal, before the rep asks again and within the late window, that closes on the
        deal ("行，…，定了", "三十六就三十六"): the purchase asked for, accepted (response, quote, turn); else None."""
        end = min(len(self.views), ask.turn + 1 + LATE_ANSWER_WINDOW, next_ask if next_ask is not None else len(self.views))
        for j in range(refused + 1, end):
            cv = self.views[j]
            if cv.role != "customer":
                continue
            for sent in cv.sentences[:ACCEPT_SENTENCES]:
                closing = _closing(cv, sent)
                if closing is None or any(C.is_decline(cv, c) or C.is_stall(cv, c) for c in sent.clauses):
                    continue
                head = sent.clauses[0]
                span = (head.start if C.is_accept(cv, head) else closing.start, sent.end)
                self._add_action(cv, closing, sent, "sign", False, proposal=(ask, av, asent), quote_span=span)
                return "accepted", quote(cv, *span), j
        return None

    def _refined(self, cv: TurnView, sentence: Sentence, c):
        """The clause right after `c` when it is only a time that falls inside the period `c` offers."""
        i = next((k for k, x in enumerate(sentence.clauses) if x.start == c.start), None)
        if i is None or i + 1 >= len(sentence.clauses):
            return None
        nxt = sentence.clauses[i + 1]
        own, sub = cv.dates_in(c.start, c.end), cv.dates_in(nxt.start, nxt.end)
        if not own or not sub or not _bare_time(cv, nxt.text, sub[0].text):
            return None
        a, b = resolve(own[0].text, self.meeting), resolve(sub[0].text, self.meeting)
        if a is None or b is None or a.end is None:
            return None
        return nxt if a.start <= b.start and (b.end or b.start) <= a.end and (b.start, b.end) != (a.start, a.end) else None

    @staticmethod
    def _excess(cv: TurnView, head):
        """The answer's opening clause when it judges the proposal's size excessive ("Twenty too many lah", "十台多了",
        "Twelve months is a lot"), said plainly: not asked, not negated ("not too long"), not a stall."""
        if (cv.has("excess", head.start, head.end) and not is_question(cv, head)
                and not cv.has("negation", head.start, head.end) and not C.is_stall(cv, head)):
            return head
        return None

    def _narrowed(self, ask: Ask, av: TurnView, asent: Sentence, kinds: list[str], cv: TurnView, excess) -> None:
        """After the proposal is found too big ("Forty's too many."), the customer's own scope said as a yes later in
        the answer ("Thirty and you've got a deal, put it through today", "先来十盒，今天就下吧", "Ten units can") is the
        step at that scope: quoted from that clause to the end of its sentence, dated by its own time or the proposal's."""
        for sentence in cv.sentences:
            for c in sentence.clauses:
                if c.start <= excess.start or cv.has("negation", c.start, c.end) or is_question(cv, c) \
                        or C.is_stall(cv, c) or cv.has("excess", c.start, c.end):
                    continue
                if (C.is_accept(cv, c) or cv.test("accept_late", c.text) or cv.test("offer_close", c.text)
                        or cv.test("counter_time", c.text) or cv.has("deal_close", c.start, c.end)
                        or C.binds_self(cv, c)):
                    self._add_action(cv, c, sentence, kinds[0], cv.has("joint", sentence.start, sentence.end),
                                     proposal=(ask, av, asent), quote_span=(c.start, sentence.end))
                    return

    def _refusal_end(self, cv: TurnView) -> int:
        """Where the first refusing clause of a turn ends (0 when none refuses)."""
        for s in cv.sentences:
            for c in s.clauses:
                if C.is_decline(cv, c):
                    return c.end
        return 0

    def _retimes(self, cv: TurnView) -> bool:
        """The answer offers another part of the proposed day after refusing ("上午我有手术……下午吧")."""
        after = self._refusal_end(cv)
        return any(c.start >= after and cv.test("day_part_offer", c.text)
                                 for s in cv.sentences for c in s.clauses)

    def _excuse(self, cv: TurnView, c, slot) -> bool:
        """A clause that names the proposed day only to say what is on it ("明天我去镇上卖苞米", "周五校长去区里开会")
        in an answer that refuses it or offers another time: the reason for a refusal, not a commitment."""
        ms = cv.dates_in(c.start, c.end)
        if slot is None or not ms or not all(self._same_day(m.text, slot) for m in ms):
            return False
        if C.is_accept(cv, c) or cv.test("accept_late", c.text) or cv.test("offer_close", c.text):
            return False  # "下周三可以，不过上午不行" takes the day
        if _bare_time(cv, c.text, ms[0].text):
            return False  # "下周四……": the day repeated while thinking, nothing said against it
        for s in cv.sentences:
            for x in s.clauses:
                if x.start == c.start:
                    continue
                if C.is_decline(cv, x):
                    return True
                if x.start > c.start and (cv.test("day_part_offer", x.text) or (
                        (cv.test("offer_close", x.text) or cv.test("accept_late", x.text))
                        and any(not self._same_day(m.text, slot) for m in cv.dates_in(x.start, x.end)))):
                    return True
        return False

    def _later_time(self, av: TurnView, turn: int, rq: str | None) -> bool:
        """The answer names, up to the end of its accepting words, a time after every one the rep's turn proposed: not
        the asked time (an earlier one still meets it, hard call 28)."""
        if self.meeting is None or rq is None:
            return False
        # The latest time the rep's turn proposes ("今天先把预约金交了？这周六上午直接做一期手术" proposes both).
        ends = [d.end or d.start for d in (resolve(x.text, self.meeting) for x in av.dates_in(0, len(av.text))
                                           if not attributive(av, x)) if d is not None]
        if not any(d >= self.meeting for d in ends):
            return False
        last = max(ends)
        cv = self.views[turn]
        at = cv.text.find(rq)
        if at < 0:
            return False
        # Up to the end of the quote's first sentence: "行，三楼我来协调。预算我下个月提一下" accepts, then adds a step.
        end = next((x.end for x in cv.sentences if x.start <= at < x.end), at + len(rq))
        for x in cv.dates_in(0, min(end, at + len(rq))):
            due = resolve(x.text, self.meeting)
            if due is not None and not attributive(cv, x) and due.start > last:
                return True
        return False

    def _slot(self, av: TurnView, asent: Sentence):
        """The day a dated proposal names (None when it names none or a longer period)."""
        if self.meeting is None:
            return None
        m = first_date(av, asent.start, asent.end)
        due = resolve(m.text, self.meeting) if m is not None else None
        return due.start if due is not None and due.end is None else None

    def _same_day(self, phrase: str, day) -> bool:
        due = resolve(phrase, self.meeting)
        return due is not None and due.end is None and due.start == day

    def _answer(self, ask: Ask, av: TurnView, asent: Sentence, kinds: list[str], cv: TurnView,
                coms: list[C.Commitment], used: set, late: bool = False) -> tuple[str, str, int] | None:
        """How customer turn `cv` answers the ask, emitting the accepted action; None when it does not.

        `late`: the talk has moved on since the ask; only a decisive answer counts then: a commitment to the
        step asked for, a dated acceptance of it, or a refusal ("yeah", "let me think" no longer answer it)."""
        first = cv.sentences[0] if cv.sentences else None
        if first is None:
            return None
        slot = self._slot(av, asent)
        excused = [c for s in cv.sentences for c in s.clauses if self._excuse(cv, c, slot)] if slot else []
        if excused:
            gone = {c.start for c in excused}
            for com in coms:
                if com.clause.start in gone:
                    used.add((cv.index, com.clause.start))  # nor is it the customer's own action
            coms = [com for com in coms if com.clause.start not in gone]
            if not coms:
                # The proposed day is taken and no step of the customer's own follows: a reschedule at most, which
                # `_counter_offer` reads from the rest of the turn (GUIDELINES hard call 16).
                self.refusals.add(cv.index)
                return "declined", quote(cv, excused[0].start, excused[0].end), cv.index
        # The answer opens by finding the proposal too big, too long or too many ("Forty's too many.", "二十盒太多了，压货。",
        # "一个月太长了"): the step as asked is refused (a narrowing, GUIDELINES hard call 38); what the customer then
        # takes on at their own scope is the action.
        excess = self._excess(cv, first.clauses[0]) if kinds else None
        if excess is not None and not coms:
            self.refusals.add(cv.index)
            self._narrowed(ask, av, asent, kinds, cv, excess)
            return "declined", quote(cv, excess.start, excess.end), cv.index
        # A refusal before any commitment in the answer ("Don't push. If the data's clean I take it to the asset
        # board."): the ask is declined; what the customer then commits to is their own step, not the one asked.
        refusal = coms and (excess or next((c for s in cv.sentences for c in s.clauses
                                            if (C.is_decline(cv, c) or C.refuses_step(cv, c, kinds))
                                            and not is_question(cv, c)), None))
        if refusal and all(com.clause.start > refusal.start for com in coms):
            self.refusals.add(cv.index)
            return "declined", quote(cv, refusal.start, refusal.end), cv.index
        # A stall first, then a step of the customer's own choosing ("Yeah, we'll get there. … I'll bring him to your
        # demo room on Monday"): the ask is put off; the other step is the customer's own action.
        stall = coms and next((c for s in cv.sentences for c in s.clauses
                               if C.is_stall(cv, c) and not is_question(cv, c)), None)
        if stall and all(com.clause.start > stall.start and com.type not in kinds for com in coms):
            return "deferred", quote(cv, stall.start, stall.end), cv.index
        # Own commitment in the answer: accepted, and the proposal's date dates it when it names none.
        for com in coms:
            key = (cv.index, com.clause.start)
            if key in used or (late and com.type not in kinds):
                continue
            used.add(key)
            sentence = cv.sentences[com.clause.sentence]
            # Answering a concrete proposal, the customer's own words carry it out: the proposal's step
            # ("两周后一起去现场看看" → "可以，我把项目经理也叫上" is the site visit) and, if unsaid, its date.
            kind, proposal = com.type, None
            if ask.turn in self.dated_proposals:
                # Signing outranks the step proposed: "您这边今天走OA?" - "行吧，就按这个签" agrees to buy.
                # A proposal no type names ("Could we start that next Monday?") takes the step the answer names.
                # An ask to buy answered with another step the answer names ("这周之内安排付款?" - "付款申请我今天下午就提",
                # "Can we get the PO before Christmas?" - "I'll take it to the medical director's meeting"): that step,
                # on the way to the order, is not the order.
                kind = com.type if com.type == "sign" or kinds[0] == "other" or (
                    kinds[0] == "sign" and com.named) else kinds[0]
                proposal = (ask, av, asent)
            elif com.type in kinds:
                proposal = (ask, av, asent)
            elif kinds and not com.named:
                # "Could you send us the usage data?" - "Yes, I'll pull them next Monday.": a deed no type names,
                # said in answer, carries out the step asked for.
                kind, proposal = kinds[0], (ask, av, asent)
            # "可以，我把项目经理也叫上": the quote runs from the assent to the commitment.
            head = first.clauses[0]
            span = None
            # A purchase said sentences after the assent ("Go on. Let's do it. I'll raise the PO this afternoon") is
            # quoted itself: it outranks the step proposed, so the words are its own, not the assent's.
            bought = kind == "sign" and "sign" not in kinds and com.clause.sentence > 1
            if proposal is not None and head is not com.clause and not bought and (
                    C.is_accept(cv, head) or _dated_assent(cv, head)):
                # Further on, the accepting words are the quote ("Yeah, that I can do. Friday, half seven. … Let's walk
                # it together"): the commitment sentences later only carry the accepted step out.
                span = (head.start, com.clause.end) if com.clause.sentence <= 1 else (head.start, first.end)
            self._add_action(cv, com.clause, sentence, kind, com.joint, proposal=proposal, quote_span=span,
                             now=com.decision)
            return "accepted", quote(cv, *(span or (com.clause.start, com.clause.end))), cv.index
        clauses = [c for s in cv.sentences for c in s.clauses]
        refusing = any(C.is_decline(cv, c) or C.is_stall(cv, c) for c in clauses)
        if kinds and not late and not refusing:
            # "Can you email it to me by Friday?" - "Tomorrow.": an answer that is only a time accepts the step
            # at that time (GUIDELINES hard call 28).
            # The whole answer is the time: one clause, said as a statement, not a trailing "下周五……" of thought.
            head = first.clauses[0]
            m = first_date(cv, head.start, head.end) if len(clauses) == 1 else None
            if (m is not None and len(head.text) - len(m.text) <= TIME_CLAUSE_SLACK
                    and not is_question(cv, head) and not cv.has("negation", head.start, head.end)
                    and not cv.has("occupied", head.start, head.end) and _bare_time(cv, head.text, m.text)
                    and not cv.text[head.end:].lstrip().startswith(("…", "..."))
                    and not head.text.endswith(("…", "..."))):
                self._add_action(cv, head, first, kinds[0], False, proposal=(ask, av, asent))
                return "accepted", quote(cv, head.start, head.end), cv.index
        if kinds:
            # "下周二不行，周四可以": the proposed time is refused, another one accepted; the step stands.
            for c in clauses:
                if not cv.dates_in(c.start, c.end) or cv.has("negation", c.start, c.end):
                    continue
                # "Make it the 21st", "Monday the 28th I could do", "could we do Monday instead?": the customer's
                # own time for the step (a question only when it says "instead").
                counter = cv.test("counter_time", c.text)
                if (cv.test("accept_late", c.text) and not is_question(cv, c)) or (
                        counter and (not is_question(cv, c) or cv.test("counter_instead", c.text))):
                    sentence = cv.sentences[c.sentence]
                    self._add_action(cv, c, sentence, kinds[0], False, proposal=(ask, av, asent))
                    # The proposed time refused first, or another day named for it: a reschedule, and the ask
                    # itself was declined (GUIDELINES hard call 16); the step stands at the customer's time.
                    slot = self._slot(av, asent)
                    refused = any(C.is_decline(cv, x) for x in clauses if x.start < c.start) or (
                        counter and slot is not None
                        and not any(self._same_day(m.text, slot) for m in cv.dates_in(c.start, c.end)))
                    return "declined" if refused else "accepted", quote(cv, c.start, c.end), cv.index
        if late:
            for c in clauses:
                if (C.is_decline(cv, c) or C.refuses_step(cv, c, kinds)) and not is_question(cv, c):
                    self.refusals.add(cv.index)
                    return "declined", quote(cv, c.start, c.end), cv.index
            # A dated assent is decisive too, after the customers sorted out their diaries ("下周二……我看看" …
            # "那行，下周二上午，我再叫上两个区域经理"): it accepts the proposal at that time.
            if kinds and ask.turn in self.dated_proposals and not refusing:
                for sent in cv.sentences[:ACCEPT_SENTENCES]:
                    head = sent.clauses[0]
                    # ... and so is an assent that closes the deal ("押金我们不交的啊。" … "行，八个点，二十台，定了。").
                    if (C.is_accept(cv, head) and not cv.has("thanks", sent.start, sent.end)
                            and (cv.dates_in(sent.start, sent.end) or _closing(cv, sent) is not None)):
                        span = (head.start, sent.end)
                        self._add_action(cv, head, sent, kinds[0], False, proposal=(ask, av, asent), quote_span=span)
                        return "accepted", quote(cv, *span), cv.index
            return None
        head = first.clauses[0]
        accepting = C.is_accept(cv, head) and not cv.has("thanks", first.start, first.end)
        # A refusal of the proposed time followed by another time ("这周五不行 … 下周一上午我让小吕陪你们") is a
        # reschedule, not a refusal of the step (GUIDELINES hard call 16).
        later_dated = [c for c in clauses if cv.dates_in(c.start, c.end)]
        retimed = [c for c in clauses if C.is_decline(cv, c) and cv.dates_in(c.start, c.end)
                   and any(x.start > c.start for x in later_dated)]
        blocking = any((C.is_decline(cv, c) and c not in retimed) or C.is_stall(cv, c) for c in clauses)
        if not accepting and ask.turn in self.dated_proposals and not refusing:
            # "Well. I can't see the harm. Go on then, the sixteenth.": the assent may open a later sentence.
            for later in cv.sentences[1:ACCEPT_SENTENCES]:
                if C.is_accept(cv, later.clauses[0]) and not cv.has("thanks", later.start, later.end):
                    first, head, accepting = later, later.clauses[0], True
                    break
            else:
                # "你这小伙子 中中中 一千六就一千六 我扫你": the term offered taken by repeating it, or the deal declared
                # settled, after an aside or an address, says yes: the quote runs from it.
                for sent in cv.sentences[:ACCEPT_SENTENCES]:
                    closing = _closing(cv, sent)
                    if closing is not None and not cv.has("thanks", sent.start, sent.end):
                        first, head, accepting = sent, closing, True
                        break
        if not blocking and (ask.turn in self.dated_proposals or kinds):
            # "I'll get Carol to block two hours with you" names no step of its own: it carries out the
            # proposal. With an assent before it ("That I can do."), the quote runs from the assent to it.
            binding = [c for s in cv.sentences[:2 + len(retimed)] for c in s.clauses if C.binds_self(cv, c)]
            if retimed:  # only the commitment at the new time, after the refusal
                binding = [c for c in binding if c.start > retimed[-1].start and cv.dates_in(c.start, c.end)]
            # Past a bare "That I can do." to the clause that says what will be done.
            binding = [c for c in binding if c is not head] or binding
            if ask.turn not in self.dated_proposals:
                # A proposal with no time answered with the customer's own time ("Could you send me a list of
                # the staff?" - "I'll get you that today"): a dated action; the ask stays vague (hard call 26).
                binding = [c for c in binding if cv.dates_in(c.start, c.end) and cv.has("anaphor", c.start, c.end)]
            if binding:
                c = binding[0]
                # The quote runs from the assent to the commitment only when the assent comes first.
                span = (head.start, c.end) if accepting and head.start <= c.start else None
                self._add_action(cv, c, cv.sentences[c.sentence], kinds[0], False,
                                 proposal=(ask, av, asent), quote_span=span)
                return "declined" if retimed else "accepted", quote(cv, *(span or (c.start, c.end))), cv.index
        # A negated step inside a stall ("试点这个事…我一个人说了不算 到时候再说吧") is deferred, not refused.
        stalled = any(C.is_stall(cv, c) for c in clauses)
        for c in clauses:
            if C.is_decline(cv, c) or (not stalled and C.refuses_step(cv, c, kinds)):
                self.refusals.add(cv.index)
                return "declined", quote(cv, c.start, c.end), cv.index
        for c in clauses:
            # "I think I'll probably donate" is a maybe, not a yes (GUIDELINES hard call 5); "Maybe." alone too.
            if C.is_stall(cv, c) or (cv.has("commit", c.start, c.end) and cv.has("hedge", c.start, c.end)) or (
                    c is first.clauses[0] and cv.test("bare_hedge", c.text)):
                return "deferred", quote(cv, c.start, c.end), cv.index
        # "No, we're not adding APM this year", "We can't put third-party kit on that belt": the first answer says
        # what the customer's side will not do; not when it hands the ask on with a question ("I can't Thursday.
        # Gerald?"), nor after an assent.
        if not accepting and not is_question(cv, clauses[-1]):
            for c in clauses:
                if C.is_refusal(cv, c):
                    self.refusals.add(cv.index)
                    return "declined", quote(cv, c.start, c.end), cv.index
        if cv.has("thanks", first.start, first.end):
            return None  # "好的，谢谢" thanks for the offer; it accepts no step
        if accepting:
            span = (head.start, first.end)
            accepting_words = quote(cv, *span)
            if ask.turn in self.dated_proposals:
                # Accepting a concrete proposal with a time: the accepting words are the customer's action.
                # Joint only when the proposal says so: "let's do that" is a formula of assent.
                self._add_action(cv, head, first, kinds[0], False, proposal=(ask, av, asent), quote_span=span)
            return "accepted", accepting_words, cv.index
        if C.is_bare_ack(cv, head):
            return "accepted", quote(cv, head.start, head.end), cv.index
        return None


def _bare_time(cv: TurnView, text: str, date_text: str) -> bool:
    """A Chinese clause is only a time when what is left is particles and assent (the lexicon's `bare_time_rest`): six
    characters are a whole clause in Chinese ("下周三我们要盘点"), one word in English ("The 18th.")."""
    if not any("\u4e00" <= ch <= "\u9fff" for ch in text):
        return True
    return cv.test("bare_time_rest", text.replace(date_text, "", 1))


def _closing(cv: TurnView, sentence: Sentence):
    """The clause of `sentence` that closes on the terms offered ("定了", "就这么定", "三十六就三十六"), neither asked nor
    negated, or None."""
    if not cv.has("closing", sentence.start, sentence.end):
        return None
    return next((c for c in sentence.clauses if cv.has("closing", c.start, c.end) and not is_question(cv, c)
                 and not cv.has("negation", c.start, c.end)), None)


def _dated_assent(cv: TurnView, c) -> bool:
    """A clause that says yes to a time ("下周二可以", "Tuesday works"): an assent as much as "可以" alone, when a
    commitment follows it ("下周二可以，上午十点吧，我把交易系统组的人也叫上")."""
    return (bool(cv.dates_in(c.start, c.end)) and cv.test("accept_late", c.text) and not is_question(cv, c)
            and not cv.has("negation", c.start, c.end))
