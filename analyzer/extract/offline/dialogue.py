"""The dialogue pass: clause judgements linked across turns.

A rep's ask is answered by the customer's next turns (`answers.py`: accepted / declined / deferred / none,
an accepted proposal with a time becoming the customer's action); a refusal is followed by a probe or not; work
the customer asks of the rep is the rep's task, quoted from the rep when the rep restates it.
"""

from __future__ import annotations

from analyzer.dates import bare_weekday, resolve
from analyzer.extract.offline import asks as A
from analyzer.extract.offline import clauses as C
from analyzer.extract.offline.answers import AnswerLinking
from analyzer.extract.offline.evidence import (
    action_text, anchored_dues, corrected_day, day_named_before, done_before, due_mention, event_date, first_date, is_specific_time, is_window, quote,
)
from analyzer.extract.offline.scan import TurnView, is_question
from analyzer.extract.offline.segment import Clause, Sentence
from analyzer.models import Ask, CustomerAction, Evidence, Findings, Praise, RepAction, Transcript

# A probe must come soon after the decline it follows up.
PROBE_WINDOW = 4
# How many turns back the "today" of a close still dates a decision to buy that names no day of its own.
TODAY_REACH = 4
# How many turns back an announced recap ("我简单总结一下") still covers the turn that gives it.
RECAP_REACH = 2
# How far back a rep's restated day confirms an earlier proposal of it rather than asking again.
CONFIRM_WINDOW = 4
# Turn-level cues without which no customer (resp. rep) rule can fire; a turn with none is not segmented.
CUSTOMER_CUES = ("praise_strong", "praise_strong_more", "praise_weak", "praise_echo", "signal", "deal_decline", "choice",
                 "request_rep", "decision_maker", "handover_to_vendor", "report_pronoun", "attend_with", "meeting_put",
                 "purchase_decision", "pay_vendor", "close_cue")
REP_CUES = ("decision_maker", "vague", "event", "rep_self", "meeting_slot", "customer_party", "deal_terms")
# A rep turn with only a proposing form can still ask, when it names a time (asks.dated_step).
DATED_ASK_CUES = ("ask_opener", "customer_agent", "purchase_condition")


def resolve_unknown_roles(views: list[TurnView]) -> None:
    """Turns whose role ingest could not tell: a turn that proposes a next step reads as the rep's, anything
    else as the customer's. Conservative by construction: such a speaker's commitments count only when they
    answer a proposal (a rep saying "我们下周把方案发给您" must not become the customer's action)."""
    for v in views:
        if v.role != "unknown":
            continue
        v.inferred = True
        v.role = "rep" if any(A.is_ask(v, s) for s in v.sentences) else "customer"


# Words that say who, when or how a to-do is done, not what: two to-dos sharing only these are not the same.
_FUNCTION_WORDS = frozenset(
    "i i'll i'm we we'll we're you your you'll our the a an to and with over for by on in of it that this them "
    "send sending sent bring bringing get getting have will today tomorrow monday tuesday wednesday thursday "
    "friday week next also just then".split()
)
_FUNCTION_CHARS = frozenset("我们你您他她今明后天周下这上午晚早发给把会就再都也一个的了到前内和跟带来去出")


def _shared_word(a: str, b: str) -> bool:
    """Whether two quotes name the same thing: an English content word, or two Chinese characters in a row
    that are not function or time characters ("合同", "议程")."""
    def words(q: str) -> set[str]:
        low = q.lower()
        out = {w for w in "".join(ch if ch.isalnum() or ch in "'-" else " " for ch in low).split()
               if len(w) > 3 and w not in _FUNCTION_WORDS and not ("\u4e00" <= w[0] <= "\u9fff")}
        out |= {low[i:i + 2] for i in range(len(low) - 1)
                if all("\u4e00" <= ch <= "\u9fff" and ch not in _FUNCTION_CHARS for ch in low[i:i + 2])}
        return out
    return bool(words(a) & words(b))


class Dialogue(AnswerLinking):
    def __init__(self, transcript: Transcript, views: list[TurnView], learned=None):
        self.t = transcript
        # The learned stage's ask finder (learned.learned_asks) or None: asks it adds are linked to their
        # answers like the rules' own.
        self.learned = learned
        self.views = views
        self.f = Findings()
        self.meeting = transcript.meeting_date
        self.accepted: set = set()
        self.accepted_at: set[tuple[int, int]] = set()  # (turn, sentence) of each accepted proposal's action
        self.dated_proposals: set[int] = set()  # turns of asks that name a step and a time
        self.proposals: set[int] = set()  # turns of any ask, dated or not
        self.untyped: set[int] = set()  # turns of asks whose step only a time dates (asks.dated_step)
        # Turns refusing an ask. Only refusals of the deal itself go to `declines` (an ask refused and then
        # lowered is no lost sale; GUIDELINES 3.6), but a probe may follow either.
        self.refusals: set[int] = set()
        # The Han characters of the rep speakers' labels ("施雨", "顾晓东"): a customer calling "小施" calls the rep, one
        # calling "小樊" one of their own people (`_to_staff`).
        self.rep_chars = frozenset(ch for t in transcript.turns if t.role == "rep" for ch in (t.speaker or "")
                                   if "\u4e00" <= ch <= "\u9fff")

    # ---------------------------------------------------------------- driver

    def run(self) -> Findings:
        asks: list[tuple[Ask, TurnView, Sentence, list[str]]] = []
        commitments: dict[int, list[C.Commitment]] = {}
        for v in self.views:
            if v.role == "customer":
                commitments[v.index] = self._customer_turn(v)
            else:
                asks.extend(self._rep_turn(v))
        if self.learned is not None:
            asks = sorted(asks + self.learned(self, asks), key=lambda a: a[0].turn)
        self._link(self._drop_confirmations(asks), commitments)
        self.f.customer_actions = anchored_dues(self.views, self.f.customer_actions, self.meeting)
        self._drop_recap_repeats()
        self._rep_tasks_requested()
        self._probes()
        if any(v.inferred for v in self.views):
            self.f.warnings.append(
                "speaker roles unknown: roles were guessed from who proposes next steps, and customer "
                "commitments were taken only from answers to those proposals"
            )
        return self.f

    def _drop_confirmations(self, asks):
        """The rep settling the day already proposed ("那就定在下周三下午两点" after "下周三下午两点做个技术评审，您看行吗？"
        and a yes) names no new step: not another ask (GUIDELINES hard call 16)."""
        kept = []
        for item in asks:
            ask, v, sentence, _ = item
            if ask.turn in self.untyped and self.meeting is not None:
                days = self._days(v, sentence)
                if days and any(0 < ask.turn - k[0].turn <= CONFIRM_WINDOW and days & self._days(k[1], k[2])
                                for k in kept):
                    continue
            kept.append(item)
        return kept

    def _days(self, v: TurnView, sentence: Sentence) -> set:
        out = set()
        for m in v.dates_in(sentence.start, sentence.end):
            due = resolve(m.text, self.meeting)
            if due is not None and due.end is None:
                out.add(due.start)
        return out

    # ---------------------------------------------------------------- customer turns

    def _customer_turn(self, v: TurnView) -> list[C.Commitment]:
        found = []
        # A deed no type names binds only with a date (clauses.commitment): asked last, dates only when it is there.
        deed = False
        if not (v.type_hits or v.cued_any(CUSTOMER_CUES)):
            deed = v.cued("deed") and bool(v.mentions)
            if not deed:
                return found  # nothing here any customer rule could use: skip segmenting it
        # Each clause rule needs its cue somewhere in the turn: asked once per turn, not once per clause.
        praise = v.cued("praise_strong") or v.cued("praise_strong_more") or v.cued("praise_weak")
        # A verdict on a thing the rep's turn just named, the thing put first as its topic ("标黄好" after "这一栏会标黄").
        echo = v.index > 0 and self.views[v.index - 1].role == "rep" and v.cued("praise_echo")
        signal = v.cued("signal")
        decline = v.cued("deal_decline") or v.cued("choice")
        # What `types_of` needs to name a step, or a handover to the vendor (clauses.commitment).
        typed = bool(v.type_hits) or v.cued("decision_maker") or v.cued("handover_to_vendor") or v.cued("report_pronoun") or deed or v.cued("attend_with") or v.cued("meeting_put") or v.cued("purchase_decision") or v.cued("pay_vendor") or v.cued("close_cue") or (
            v.cued("deed") and bool(v.mentions))
        # A short verdict answering a proposed, dated step ("这个好", "That's great") accepts it, and so does a verdict
        # on the plan answering any proposed step ("这个安排挺好" to "找个时间来试一下？"): not praise (GUIDELINES hard
        # call 2). The same words about a design just shown judge the offering ("投影临摹这个想法挺新颖").
        answering = (v.index - 1) in self.dated_proposals
        proposed = (v.index - 1) in self.proposals
        # Money talked about in this turn or the rep's before it: what the customer sends the vendor's way is a payment.
        paying = v.cued("pay_vendor") and (v.cued("money") or (v.index > 0 and self.views[v.index - 1].cued("money")))
        for sentence in v.sentences:
            # Only the clause the colleague is told in ("小樊，你这周把档期整理一份给施经理"), not what follows it.
            staff = next((c.start for c in sentence.clauses if "你" in c.text), None) if self._to_staff(v, sentence) else None
            for c in sentence.clauses:
                if praise and C.is_praise(v, c) and not ((answering and C.bare_verdict(v, c)) or (
                        (answering or proposed) and v.has("praise_on_proposal", c.start, c.end))):
                    self.f.praise.append(Praise(quote=quote(v, c.start, c.end), speaker="", turn=v.index))
                elif echo and not answering and self._echo_verdict(v, c):
                    self.f.praise.append(Praise(quote=quote(v, c.start, c.end), speaker="", turn=v.index))
                if signal and C.is_signal(v, c):
                    self.f.signals.append(Evidence(quote=quote(v, c.start, c.end), speaker="", turn=v.index))
                if decline and C.is_deal_decline(v, c):
                    self._decline(v, c)
                com = C.commitment(v, c, sentence, paying=paying, staff=c.start == staff) if typed else None
                if com is not None:
                    found.append(com)
        return _one_decision(v, found)

    def _to_staff(self, v: TurnView, sentence: Sentence) -> bool:
        """The sentence opens by calling one of the customer's own people and telling them to act (lexicon
        `staff_vocative`): the name's character is no rep's, and the reps' labels have Han characters to tell by."""
        if not self.rep_chars or "你" not in sentence.text:
            return False
        for lex in v.lexicons:
            pattern = lex.keys.get("staff_vocative")
            m = pattern.search(sentence.text) if pattern is not None else None
            if m is not None and m.group("who") not in self.rep_chars:
                return True
        return False

    def _echo_verdict(self, v: TurnView, c) -> bool:
        """The clause is a topic and a plain verdict and nothing else ("标黄好", "双槽的好", "包配件那个听着不错"), and the
        topic is what the rep's turn just named ("那这一栏会标黄", "这回是双槽带干燥的"): the verdict judges the offering
        just described, though no word names it as the vendor's. A question, a negation or a time is none, and so is a
        pick among alternatives the rep offered ("默认按货主，也可以设成全局" — "按货主好")."""
        if v.has("negation", c.start, c.end) or is_question(v, c) or v.dates_in(c.start, c.end):
            return False
        rep = self.views[v.index - 1]
        if rep.cued("echo_alternatives"):
            return False  # the rep offered a choice: the verdict picks one of them
        before = rep.text
        for lex in v.lexicons:
            pattern = lex.get("praise_echo")
            m = pattern.search(c.text) if pattern is not None else None
            if (m is not None and m.start() == 0 and not c.text[m.end():].strip(" 。！!～~，,")
                    and m.group("topic") in before):
                return True
        return False

    def _add_action(self, v: TurnView, c: Clause, sentence: Sentence, kind: str, joint: bool,
                    proposal: tuple[Ask, TurnView, Sentence] | None = None, quote_span=None, now: bool = False) -> None:
        """`now`: a decision to buy said as such, taken in the call: due the meeting day when no time is said."""
        if quote_span is not None and quote_span[0] >= quote_span[1]:
            quote_span = None  # never an empty quote: fall back to the clause itself
        s, e = quote_span or (c.start, c.end)
        mention = due_mention(v, c, sentence) or (first_date(v, s, e) if quote_span else None)
        if mention is None or v.test("event_anaphor", mention.text):
            # "我拿到当天就转给他": "当天" is the day of the time named before it, not the meeting's.
            mention = event_date(v, c, kind) or mention
        if mention is not None:
            mention = day_named_before(self.views, v, mention, self.meeting)
        if mention is None and now and kind == "sign":
            mention = self._today_said(v)
        due_text = own_due = mention.text if mention else None
        # "next Thursday. No, Friday": the Friday of that week, which "Friday" alone does not say (kept only while
        # the due phrase is the clause's own, not the accepted proposal's).
        corrected = corrected_day(v, mention, self.meeting) if mention is not None else None
        what = quote(v, s, e)
        proposal_quote = proposal_turn = None
        if proposal is None and done_before(due_text, self.meeting):
            return
        if proposal is not None:
            ask, pv, ps = proposal
            proposal_quote, proposal_turn = ask.quote, ask.turn
            what = pv.text[ps.start:ps.end]  # the turn's own characters, not the scan's reading
            pm = first_date(pv, ps.start, ps.end)
            if due_text is None or (pm is not None and not is_window(pv, pm.text, self.meeting)
                                    and self._confirms(due_text, pm.text)):
                due_text = pm.text if pm else None
            joint = joint or pv.has("joint", ps.start, ps.end)
            if kind == "other":
                # A proposal no type named ("Could we start that next Monday?" - "行，我现在转你两千定金"): the
                # step the answer names, else the one the rep's turn names elsewhere.
                kind = next(iter(pv.types(0, len(pv.text)) or v.types(0, len(v.text))), kind)
            # The same proposal accepted twice ("行" … "好，那就下周三") is one action (GUIDELINES hard call 9).
            key = (kind, resolve(due_text, self.meeting) if due_text else None)
            if key in self.accepted:
                return
            self.accepted.add(key)
            self.accepted_at.add((v.index, sentence.index))
        self.f.customer_actions.append(
            CustomerAction(
                quote=quote(v, s, e), speaker="", turn=v.index, action=action_text(what),
                actor="joint" if joint else "customer", type=kind, due_text=due_text,
                proposal_quote=proposal_quote, proposal_turn=proposal_turn,
                due_date=corrected if corrected is not None and due_text == own_due else None,
            )
        )

    def _today_said(self, v: TurnView):
        """The "today" of the close a decision to buy answers: the latest phrase naming the meeting day itself ("今天定下来",
        "put the order in today", "现在") in this turn or the few before it. A decision taken on a close that named no
        day, or in a chat with no date talk (GUIDELINES hard calls 5, 8), stays undated."""
        if self.meeting is None:
            return None
        for j in range(v.index, max(-1, v.index - TODAY_REACH - 1), -1):
            for m in reversed(self.views[j].mentions):
                if j == v.index and m.start >= len(v.text):
                    continue
                due = resolve(m.text, self.meeting)
                if due is not None and due.end is None and due.start == self.meeting:
                    return m
        return None

    def _confirms(self, own: str, proposed: str) -> bool:
        """The acceptance's own time only confirms the proposal's: a period that contains it ("Yeah, go ahead,
        he's around next week" to "Tuesday with your CIO"), or the same weekday said bare ("Sure, Tuesday at two
        works" to "next Tuesday"): the proposal's date is the one meant."""
        a, p = resolve(own, self.meeting), resolve(proposed, self.meeting)
        if a is None or p is None:
            return False
        p_end = p.end or p.start
        if a.end is not None:
            return a.start <= p.start and p_end <= a.end and (a.start, a.end) != (p.start, p.end)
        # Bare: "Tuesday", "周一"; "下下周一" or "next Tuesday" names its own week and is a reschedule.
        return bare_weekday(own) and p.end is None and a.start != p.start and a.start.weekday() == p.start.weekday() \
            and abs((a.start - p.start).days) == 7

    def _decline(self, v: TurnView, c: Clause) -> None:
        self.refusals.add(v.index)
        if not any(d.turn == v.index for d in self.f.declines):
            self.f.declines.append(Evidence(quote=quote(v, c.start, c.end), speaker="", turn=v.index))

    # ---------------------------------------------------------------- rep turns

    def _rep_turn(self, v: TurnView) -> list[tuple[Ask, TurnView, Sentence, list[str]]]:
        best = None
        # Only a dated step can be asked in a turn with no other cue: then only its dated sentences (and the one
        # after each, which may point back to it) are worth reading.
        dated_only = not (v.type_hits or v.cued_any(REP_CUES))
        if dated_only and not (v.cued("time_anchor") and v.cued_any(DATED_ASK_CUES) and v.mentions):
            return []
        tasks = v.cued("rep_self") and (v.cued("rep_deliverable") or v.cued("rep_presence"))  # what `is_rep_task` needs first
        for sentence in v.sentences:
            if dated_only and not v.dates_in(v.sentences[max(0, sentence.index - 1)].start, sentence.end):
                continue
            region = A.ask_region(v, sentence)
            last = None  # the rep task of the clause before, which a subjectless clause may carry on
            context = None  # hard call 23: an ask reaching back a sentence proposes what that sentence says
            if region is not None and region[0] < sentence.start:
                prev = v.sentences[sentence.index - 1]
                context = Sentence(v.index, sentence.index, prev.start, sentence.end, v.text[prev.start:sentence.end],
                                   prev.clauses + sentence.clauses)
            for i, c in enumerate(sentence.clauses):
                # The rep's own to-dos outside the proposing part ("我今天先把计划发您，节后咱们再定"), or
                # coordinated after it ("how about we kick off on the 27th, and I'll send you a plan").
                if not tasks:
                    continue
                inside = region is not None and region[0] <= c.start < region[1]
                trailing = (inside and i > 0 and v.test("coordinated", c.text)
                            and not v.has("customer_agent", c.start, c.end) and not v.has("ask_opener", c.start, c.end))
                # "我回去整理一份对比表，明天发您微信": a subjectless clause after a to-do that does more of the
                # work is that to-do's next step (one item per task, GUIDELINES 3.3): the item runs on to it.
                carries_on = (last is not None and last is self.f.rep_actions[-1]
                              and v.has("rep_deliverable", c.start, c.end) and C.continues(v, c))
                if carries_on:
                    self._extend_rep_action(v, c, sentence)
                elif (not inside or trailing) and (C.is_rep_task(v, c) or (
                        C.is_rep_task(v, c, offers=True) and self._taken_up(v, sentence))):
                    self._rep_action(v, c, sentence)
                    last = self.f.rep_actions[-1]
                else:
                    last = None
            if region is None:
                continue
            nxt = v.sentences[sentence.index + 1] if sentence.index + 1 < len(v.sentences) else None
            # An ask reaching back to the sentence that sets out its step and time ("Maple Street, install on Tuesday
            # the 17th, ten days live. Can we do that?") quotes both: the question alone says nothing.
            cand = self._make_ask(v, context or sentence, region, nxt,
                                  quote_span=(min(region[0], sentence.start), sentence.end))
            # One ask per turn: the most specific one; between equals, the explicit question ("You can make a
            # donation from your earnings. … Can you donate part of your payment?"); else the first.
            if best is None or (cand[0].specific and not best[0].specific) or (
                    cand[0].specific == best[0].specific and _asks_outright(v, cand[2])
                    and not _asks_outright(v, best[2])):
                best = cand
        return [best] if best else []

    def _rep_action(self, v: TurnView, c: Clause, sentence: Sentence) -> None:
        mention = due_mention(v, c, sentence)
        self.f.rep_actions.append(
            RepAction(quote=quote(v, c.start, c.end), speaker="", turn=v.index,
                      action=action_text(v.text[c.start:c.end]), due_text=mention.text if mention else None)
        )

    def _taken_up(self, v: TurnView, sentence: Sentence) -> bool:
        """An offer made as one ("需要的话我可以…", "if it helps, I can…") that the customer's next turn says
        yes to ("可以，有的话更好", "Sure, that'd help"): GUIDELINES 3.3."""
        if not v.has("polite_condition", sentence.start, sentence.end):
            return False
        j = v.index + 1
        if j >= len(self.views) or self.views[j].role != "customer" or not self.views[j].sentences:
            return False
        cv = self.views[j]
        head = cv.sentences[0].clauses[0]
        return C.is_accept(cv, head) and not C.is_decline(cv, head)

    def _drop_recap_repeats(self) -> None:
        """A recap turn's to-dos that repeat an earlier one (the same thing named again) are not new items
        (GUIDELINES hard call 18): "我今天发合同" after "我今天下午就把两年版的合同发您邮箱"."""
        kept: list[RepAction] = []
        for r in self.f.rep_actions:
            v = self.views[r.turn]
            if self._recap(v) and any(_shared_word(r.quote, k.quote) or self._same_due(r, k) for k in kept if k.turn < r.turn):
                continue
            kept.append(r)
        self.f.rep_actions = kept

    def _same_due(self, a: RepAction, b: RepAction) -> bool:
        """Two to-dos due the same day ("我今天下午就发您邮箱" … in the recap "我今天下午把节能报告发马部长"): in a recap, the
        same task named again."""
        if self.meeting is None or not a.due_text or not b.due_text:
            return False
        da, db = resolve(a.due_text, self.meeting), resolve(b.due_text, self.meeting)
        return da is not None and db is not None and (da.start, da.end) == (db.start, db.end)

    def _recap(self, v: TurnView) -> bool:
        """A turn that sums up: it says so, or the same side announced it just before ("我简单总结一下今天" … "你说。" …
        "第一，…；第二，…")."""
        return v.cued("recap") or any(self.views[k].role == v.role and self.views[k].cued("recap")
                                      for k in range(max(0, v.index - RECAP_REACH), v.index))

    def _extend_rep_action(self, v: TurnView, c: Clause, sentence: Sentence) -> None:
        r = self.f.rep_actions[-1]
        start = v.text.find(r.quote)
        if start < 0:
            return
        due = r.due_text
        if due is None:
            mention = due_mention(v, c, sentence)
            due = mention.text if mention else None
        self.f.rep_actions[-1] = r.model_copy(update={
            "quote": quote(v, start, c.end), "action": action_text(v.text[start:c.end]), "due_text": due})

    def _make_ask(self, v: TurnView, sentence: Sentence, region: tuple[int, int], nxt: Sentence | None = None,
                  quote_span: tuple[int, int] | None = None):
        s, e = region
        kinds = A.ask_types(v, sentence, s, e)
        if v.has("purchase_condition", s, e):
            # The purchase put as the term of the rep's offer ("… if you put the order in today") is what is asked.
            kinds = ["sign"] + [k for k in kinds if k != "sign"]
        if not kinds:
            meeting = A.meeting_asked(v, s, e)
            kinds = [meeting] if meeting else []
        if not kinds and v.has("event", s, e) and not v.has("vague", s, e):
            # A session the customer hosts or attends that no type names (training, a demo); with a vague step
            # ("maybe we reconnect after the audit") the event only sets the time.
            kinds = ["other"]
        if not kinds and v.has("leave_ask", s, e) and any(A._concrete(v, m) for m in v.dates_in(s, e)):
            # "I can have a tech install it this Saturday morning. Want me to book that?": leave asked for the dated
            # step just offered; no type names it.
            kinds = (A.ask_types(v, sentence) or ["other"])[:1]
        if not kinds and A.dated_step(v, sentence, s, e):
            # A dated step no type names ("Could we start that next Monday?"): the step the sentence or the one
            # before it names ("I'd suggest we walk the deck with Ola this Thursday … Does Thursday work?"), if any.
            prev = v.sentences[sentence.index - 1] if 0 < sentence.index < len(v.sentences) and \
                v.sentences[sentence.index].start == sentence.start else None
            kinds = (A.ask_types(v, sentence) or (A.ask_types(v, prev) if prev is not None else [])
                     or ["other"])[:1]
            self.untyped.add(v.index)
        mentions = v.dates_in(min(s, sentence.start), sentence.end)
        # "Can we lock in a date for the kickoff? How does March 23rd look?": the follow-up question that
        # names no step of its own supplies the time.
        if nxt is not None and not v.types(nxt.start, nxt.end) and is_question(v, nxt.clauses[-1]):
            mentions = mentions + v.dates_in(nxt.start, nxt.end)
        time_ok = any(is_specific_time(m.text, self.meeting) and not is_window(v, m.text, self.meeting)
                      for m in mentions)
        # A purchase asked for with an amount ("donate $1", "这个套餐现在就给您办") is a transaction now.
        if not time_ok and "sign" in kinds and (v.has("amount", s, e) or v.has("immediate", s, e)
                                                 or v.has("deal_terms", s, e)):
            time_ok = True
        what_ok = bool(kinds)
        missing = [m for m, ok in (("time", time_ok), ("what", what_ok)) if not ok]
        ask = Ask(quote=quote(v, *(quote_span or (sentence.start, sentence.end))), speaker="", turn=v.index,
                  specific=time_ok and what_ok, missing=missing)
        # Acceptance turns a proposal into the customer's action when it names a step and *a* time, even a
        # loose one ("下个月做个试点?" — "行"); "找个时间试用一下" has none (GUIDELINES hard call 1).
        if kinds and (time_ok or mentions):
            self.dated_proposals.add(v.index)
        self.proposals.add(v.index)
        return ask, v, sentence, kinds

    # ---------------------------------------------------------------- rep tasks the customer asked for

    def _rep_tasks_requested(self) -> None:
        by_turn: dict[int, list[str]] = {}
        for r in self.f.rep_actions:
            by_turn.setdefault(r.turn, []).append(r.quote)
        for v in self.views:
            if v.role != "customer":
                continue
            if not (v.cued("request_rep") or v.cued("request_transfer")):
                continue
            for sentence in v.sentences:
                for c in sentence.clauses:
                    if not C.is_request(v, c):
                        continue
                    # The rep restating it in the next turns is the one item; else quote the request.
                    objects = {v.text[a:b] for a, b in v.spans("request_object", c.start, c.end)}
                    if any(self._restates(t, q, objects) for t in (v.index + 1, v.index + 2)
                           for q in by_turn.get(t, ())):
                        continue
                    # "Can you send me the PPAP documentation?" - "Yes. I'll get you the full PPAP package by
                    # Friday.": a to-do right after an assent answers the request in other words.
                    if by_turn.get(v.index + 1) and self._assents(v.index + 1):
                        continue
                    # "Send me something I can forward to Carla" - "I'll send a one-page checklist for Carla
                    # tomorrow": the next to-do names what the request named.
                    if any(_shared_word(quote(v, c.start, c.end), q) for t in (v.index + 1, v.index + 2)
                           for q in by_turn.get(t, ())):
                        continue
                    mention = first_date(v, c.start, c.end)
                    self.f.rep_actions.append(
                        RepAction(quote=quote(v, c.start, c.end), speaker="", turn=v.index,
                                  action=action_text(v.text[c.start:c.end]), due_text=mention.text if mention else None)
                    )
        self.f.rep_actions.sort(key=lambda r: r.turn)

    def _assents(self, turn: int) -> bool:
        """The rep's turn opens by saying yes ("Yes.", "Sure, ...", "好的，...")."""
        v = self.views[turn]
        if v.role != "rep" or not v.sentences:
            return False
        head = v.sentences[0].clauses[0]
        return C.is_accept(v, head) or C.is_bare_ack(v, head)

    def _restates(self, turn: int, quote: str, objects: set[str]) -> bool:
        """A rep to-do that names the requested thing or points back at it ("I'll attach it")."""
        if any(o in quote for o in objects):
            return True
        v = self.views[turn]
        start = v.text.find(quote)
        return start >= 0 and v.has("anaphor", start, start + len(quote))

    # ---------------------------------------------------------------- probes after a decline

    def _probes(self) -> None:
        for turn in sorted(self.refusals):
            for j in range(turn + 1, min(len(self.views), turn + 1 + PROBE_WINDOW)):
                v = self.views[j]
                if v.role != "rep":
                    continue
                hit = next((c for s in v.sentences for c in s.clauses if C.is_probe(v, c)), None)
                if hit is not None:
                    if not any(p.turn == j for p in self.f.probes):
                        self.f.probes.append(Evidence(quote=quote(v, hit.start, hit.end), speaker="", turn=j))
                    break


def _one_decision(v: TurnView, found: list[C.Commitment]) -> list[C.Commitment]:
    """One turn, one decision to buy: the price taken and the payment or the signature that follows it ("一千六就一千六
    我扫你", "二十一万就二十一万。合同拿来我签。") are one order. A purchase decision said as such joins the sign clause
    beside it in its sentence (one quote), or gives way to the one in another sentence of the turn, which says more."""
    decisions = [com for com in found if com.decision]
    if not decisions or sum(com.type == "sign" for com in found) < 2:
        return found
    out: list[C.Commitment] = []
    for com in found:
        prev = out[-1] if out else None
        if prev is not None and prev.type == com.type == "sign" and prev.clause.sentence == com.clause.sentence \
                and (prev.decision or com.decision):
            a, b = prev.clause, com.clause
            out[-1] = C.Commitment(Clause(a.turn, a.sentence, a.start, b.end, v.text[a.start:b.end]), "sign",
                                   prev.joint or com.joint, decision=True)
            continue
        out.append(com)
    signs = [com for com in out if com.type == "sign"]
    if len(signs) > 1 and any(not com.decision for com in signs):
        # The decision was still taken in the call: the sign kept is made now unless it names its own time.
        bare = [com for com in signs if com.decision and not v.dates_in(com.clause.start, com.clause.end)]
        if bare:
            out = [com for com in out if com not in bare]
            keep = next(com for com in out if com.type == "sign")
            keep.decision = True
    return out


def _asks_outright(v: TurnView, sentence: Sentence) -> bool:
    """The sentence is put as a question (it ends with one)."""
    return is_question(v, sentence.clauses[-1])
