"""Prose visit notes: the writer is the rep, and each sentence says who did or said what.

"拜访王总，他说产品不错，答应下周三安排技术评审" has no speakers; the subject of each clause decides: a clause that
opens with the customer ("他", "王总", "the client", "Sarah") is the customer's, one that opens with "我/I/we"
is the writer's, and a clause with no subject of its own keeps the previous clause's subject (Chinese drops
repeated subjects). Customer clauses with a commitment verb ("答应", "agreed to") are customer actions; with a
verb of saying plus praise they are praise; the writer's proposals ("我提议下周做POC") are asks, answered
by the customer's "同意了" in the same or the next sentence.
"""

from __future__ import annotations

from analyzer.extract.offline import asks as A
from analyzer.extract.offline import clauses as C
from analyzer.extract.offline.evidence import (
    action_text, anchored_dues, day_named_before, due_mention, event_date, first_date, is_specific_time, quote,
)
from analyzer.extract.offline.scan import TurnView, is_question, strip_polite
from analyzer.extract.offline.segment import Clause
from analyzer.models import Ask, CustomerAction, Evidence, Findings, Praise, RepAction, Transcript

CUSTOMER, WRITER = "customer", "rep"
# A clause this short that only names someone ("张总") is a form of address, not a subject.
VOCATIVE_MAX = 4


def _subjects(v: TurnView, reps: tuple[str, ...] = ()) -> list[tuple[Clause, str]]:
    out = []
    for sentence in v.sentences:
        subject = WRITER  # an opening clause with no subject ("拜访王总") is the writer's own doing
        clauses = _clauses(v, sentence)
        for c in clauses:
            # A name alone before a comma opening the notes ("张总，汇报下今天的情况") addresses the reader.
            if (c is clauses[0] and len(clauses) > 1 and len(c.text) <= VOCATIVE_MAX
                    and v.test("customer_subject", c.text)):
                out.append((c, subject))
                continue
            # A subject the clause opens with decides; only a clause with none of its own is read from its
            # object ("…发给我们", "send us …": done for the writer, so by the customer).
            if v.test("rep_subject", c.text) or c.text.startswith(reps):
                subject = WRITER
            elif v.test("customer_subject", c.text) or v.has("to_writer", c.start, c.end) or _replies(v, c):
                subject = CUSTOMER
            out.append((c, subject))
    return out


def _clauses(v: TurnView, sentence) -> list[Clause]:
    """The sentence's clauses, cut again where notes switch subject after a comma ("Asked if Tom could pull the
    logs, he said he'd see what he could do") or write the reply after an arrow ("asked re pilot from Mon 26 Jan ->
    no": the arrow closes the writer's clause, the reply opens after it)."""
    out = []
    for c in sentence.clauses:
        at = c.start
        cuts = sorted([(a, a) for a, _ in v.spans("notes_clause_start", c.start + 1, c.end)]
                      + [(a, _after_space(v, b)) for a, b in v.spans("notes_reply", c.start + 1, c.end)])
        for a, nxt in cuts:
            end = a
            while end > at and v.text[end - 1] in ", ":
                end -= 1
            if at < end and nxt < c.end:
                out.append(Clause(c.turn, c.sentence, at, end, v.text[at:end]))
                at = nxt
        out.append(c if at == c.start else Clause(c.turn, c.sentence, at, c.end, v.text[at:c.end]))
    return out


def _after_space(v: TurnView, at: int) -> int:
    while at < len(v.text) and v.text[at] == " ":
        at += 1
    return at


def _replies(v: TurnView, c: Clause) -> bool:
    """The clause opens right after a reply arrow (`notes_reply`): the customer's answer."""
    return any(_after_space(v, b) == c.start for _, b in v.spans("notes_reply", max(0, c.start - 4), c.start))


def extract_notes(transcript: Transcript, views: list[TurnView]) -> Findings:
    f = Findings()
    meeting = transcript.meeting_date
    open_ask: tuple[Ask, TurnView, Clause, list[str]] | None = None
    requests: list[tuple[int, TurnView]] = []  # (index in rep_actions, turn) of what the customer asked of us
    refused = False  # an ask was refused: a probe may follow (only deal-level refusals go to `declines`)
    turned_down = None  # (the ask, turn, sentence) last declined or deferred: a reschedule may follow in that sentence
    # The writer's side named by role ("销售周凯、售前郝敏到集团安监处拜访"): those names are the writer's side,
    # whatever verb follows them ("周凯提出下周二带设备到二号井做一次井下实测").
    reps = tuple(sorted({m for v in views for m in _rep_names(v)}))
    for v in views:
        subjects = _subjects(v, reps)
        skip_to = -1  # clauses already read as part of the writer's proposal
        for k, (c, subject) in enumerate(subjects):
            if k <= skip_to:
                continue
            s, e = c.start, c.end
            sentence = v.sentences[c.sentence]
            if subject == CUSTOMER:
                for p0, p1 in _praise_parts(v, c, sentence):
                    f.praise.append(Praise(quote=quote(v, p0, p1), speaker="", turn=v.index))
                if C.is_signal(v, c):
                    f.signals.append(Evidence(quote=quote(v, s, e), speaker="", turn=v.index))
                if v.has("notes_request", s, e) and v.has("rep_deliverable", s, e):
                    mention = first_date(v, s, e)
                    f.rep_actions.append(RepAction(quote=quote(v, s, e), speaker="", turn=v.index,
                                                   action=action_text(v.text[c.start:c.end]),
                                                   due_text=mention.text if mention else None))
                    requests.append((len(f.rep_actions) - 1, v))
                    continue
                # An ask just turned down in this sentence ("明天人手不够，换到后天上午") may still be moved.
                moved = open_ask or (turned_down[0] if turned_down and turned_down[1:] == (v.index, c.sentence) else None)
                if moved is not None and v.test("notes_reschedule", c.text) and v.dates_in(s, e) and not _blocked(v, c):
                    # "刘队长说周五他们有拉练，改到下周二晚上": the customer moves the step proposed to a day of their own
                    # (GUIDELINES hard call 16): the ask is declined, the new day is the action, of the step proposed.
                    turned_down = None
                    _step_action(f, v, s, e, moved, first_date(v, s, e))
                    _answer(f, moved[0], "declined", v, c)
                    open_ask = None
                    # "改到下周四可以，他会提前把入井审批单办好": what the customer's side then does for that step is
                    # part of it, as after an agreement below.
                    skip_to = _part_of_step(v, subjects, k)
                    continue
                declined = open_ask is not None and (v.has("notes_decline", s, e) or C.is_decline(v, c) or (
                    _replies(v, c) and v.test("reply_no", c.text)))
                if open_ask is not None and not declined and v.has("notes_agree", s, e) and not _blocked(v, c):
                    ask, av, (a0, a1), kinds = open_ask
                    # As in dialogue, agreeing makes an action only of a concrete step proposed with a time.
                    # The answer may name the time itself ("钱部长说试用可以，8月中旬开窑的时候让我们装上").
                    own = first_date(v, s, sentence.end)
                    if ask.specific or (kinds and (av.dates_in(a0, a1) or own)):
                        mention = own or first_date(av, a0, a1)
                        if mention is not None:  # "from that same Monday": the Monday named before
                            mention = day_named_before(views, v, mention, meeting)
                        _step_action(f, v, s, e, open_ask, mention)
                    _answer(f, ask, "accepted", v, c)
                    open_ask = None
                    # "易总同意，安排潘科长全程陪同": what the customer's side then arranges for that step is part of it.
                    skip_to = _part_of_step(v, subjects, k)
                    continue
                if open_ask is not None and (declined or C.is_stall(v, c) or v.has("notes_stall", s, e)):
                    # A refused ask is no lost sale by itself (the writer may lower it): the outcome reads the
                    # asks' responses; only a refusal of the deal goes to `declines`.
                    _answer(f, open_ask[0], "declined" if declined else "deferred", v, c)
                    turned_down = (open_ask, v.index, c.sentence)
                    refused = refused or declined
                    if C.is_deal_decline(v, c):
                        f.declines.append(Evidence(quote=quote(v, s, e), speaker="", turn=v.index))
                    open_ask = None
                    continue
                kinds = C.types_of(v, s, e)
                # A line of an action list owned by the customer ("Owen - send us …") assigns the step itself.
                owned = v.test("notes_owner", sentence.text)
                if v.has("notes_send", s, e) and "send_information" not in kinds:
                    kinds = ["send_information"] + kinds  # whatever the customer hands to the writer
                elif not kinds and owned:
                    kinds = ["other"]
                elif not kinds and v.has("notes_deed", s, e) and v.dates_in(s, e):
                    kinds = [C.deed_type(v, s, e)]  # a dated deed no type word names ("Marco will send … by Tuesday")
                # As in dialogue (clauses.commitment), a dated clause stating how things stand is no plan ("远超她们今年的
                # 装修预算").
                dated = (
                    any(x.dated_plans for x in v.lexicons) and bool(v.dates_in(s, e)) and not v.has("signal", s, e)
                    and not v.has("plan_statement", s, e)
                )
                binding = v.has("notes_commit", s, e) or v.has("commit", s, e) or dated or owned
                if kinds and binding and not _blocked(v, c):
                    # "二月中旬 pricing committee 开会的时候，她会把…放到 agenda 上": a step taken at a meeting named before it
                    # in the sentence is dated by that meeting, as in dialogue (evidence.event_date).
                    mention = due_mention(v, c, sentence) or _meeting_date(v, c) or event_date(v, c, kinds[0])
                    if mention is not None:
                        mention = day_named_before(views, v, mention, meeting)
                    f.customer_actions.append(CustomerAction(
                        quote=quote(v, s, e), speaker="", turn=v.index, action=action_text(v.text[c.start:c.end]),
                        actor="joint" if v.has("joint", s, e) else "customer", type=kinds[0],
                        due_text=mention.text if mention else None))
                    continue
                if C.is_deal_decline(v, c):
                    f.declines.append(Evidence(quote=quote(v, s, e), speaker="", turn=v.index))
            else:
                if v.has("notes_praised_by", s, e) and not v.has("negation", s, e):
                    f.praise.append(Praise(quote=quote(v, s, e), speaker="", turn=v.index))
                open_frame = v.has("notes_propose_open", s, e)
                if open_frame or v.has("notes_propose", s, e):
                    # The proposal runs on through the writer's subjectless clauses after it ("我提出下周二带农技员
                    # 过来，在他门店门口搞一场观摩会"), up to the customer's answer.
                    last = k
                    while (last + 1 < len(subjects) and subjects[last + 1][1] == WRITER
                           and subjects[last + 1][0].sentence == c.sentence
                           and not v.test("rep_subject", subjects[last + 1][0].text)):
                        last += 1
                    e2 = subjects[last][0].end
                    kinds = C.types_of(v, s, e2)
                    # A meeting concrete by its who is a what too ("asked Renee for 20 min w/ Tom on Fri").
                    event = v.has("event", s, e2) or v.has("notes_event", s, e2) or A.meeting_asked(v, s, e2) is not None
                    # "I asked whether they would consider …" proposes even when the step has no type of its own.
                    if kinds or event or v.has("vague", s, e2) or open_frame:
                        mention = first_date(v, s, e2)
                        time_ok = mention is not None and is_specific_time(mention.text, meeting)
                        # "I asked if he wanted to go ahead on the Nonpareil blocks today": with a time, the step the
                        # open frame puts to them is the what, as a dated step is in dialogue (asks.dated_step).
                        what_ok = bool(kinds) or event or (open_frame and time_ok)
                        # "我提了一句，maybe 找个时间…做个 session": a frame that names nothing quotes what it proposes.
                        q0 = s if (C.types_of(v, s, e) or v.has("vague", s, e) or v.has("event", s, e)
                                   or last == k) else subjects[k + 1][0].start
                        q1 = e if q0 == s else subjects[last][0].end
                        ask = Ask(quote=quote(v, q0, q1), speaker="", turn=v.index, specific=time_ok and what_ok,
                                  missing=[m for m, ok in (("time", time_ok), ("what", what_ok)) if not ok])
                        f.asks.append(ask)
                        open_ask = (ask, v, (s, e2), kinds)
                        skip_to = last
                        continue
                # The writer's promise in reply to a request the customer made just before in the sentence ("阿梅让我
                # 先出一版脚本给她参考，我答应12月19日前给", "he asked for the load tables and I promised them by Friday"): the
                # same task in the writer's words, which the task then quotes (GUIDELINES 3.3), object dropped or not.
                if (requests and requests[-1][1] is v and v.test("notes_rep_agree", c.text)
                        and f.rep_actions[requests[-1][0]].quote in sentence.text):
                    k0 = requests.pop()[0]
                    mention = due_mention(v, c, sentence)
                    f.rep_actions[k0] = f.rep_actions[k0].model_copy(update={
                        "quote": quote(v, s, e), "due_text": mention.text if mention else f.rep_actions[k0].due_text})
                    continue
                if C.is_rep_task(v, c) or (
                    v.has("notes_commit", s, e) and v.has("rep_deliverable", s, e) and not _blocked(v, c)
                ):
                    mention = due_mention(v, c, sentence)
                    f.rep_actions.append(RepAction(quote=quote(v, s, e), speaker="", turn=v.index,
                                                   action=action_text(v.text[c.start:c.end]),
                                                   due_text=mention.text if mention else None))
                if C.is_probe(v, c) and (refused or f.declines):
                    f.probes.append(Evidence(quote=quote(v, s, e), speaker="", turn=v.index))
        # A proposal stays open for the customer's answer in the next sentence only.
        if open_ask is not None and open_ask[0].turn < v.index:
            open_ask = None
    _drop_restated(f, requests, views)
    f.customer_actions = anchored_dues(views, f.customer_actions, meeting)
    return f


def _rep_names(v: TurnView) -> list[str]:
    out = []
    for lex in v.lexicons:
        pattern = lex.get("rep_named")
        if pattern is not None:
            # One name per match, whichever alternative found it (each holds one group).
            out += [next(g for g in m.groups() if g) for m in pattern.finditer(v.text) if any(m.groups())]
    return out


def _drop_restated(f: Findings, requests: list[tuple[int, TurnView]], views: list[TurnView]) -> None:
    """"She asked me to send the SOC 2 report. I'll send both tomorrow." is one task, in the writer's words."""
    drop = set()
    for i, v in requests:
        for j, r in enumerate(f.rep_actions):
            if j == i or j in drop or r.turn not in (v.index, v.index + 1):
                continue
            w = views[r.turn]
            start = w.text.find(r.quote)
            if start >= 0 and w.has("anaphor", start, start + len(r.quote)):
                drop.add(i)
                break
    f.rep_actions = [r for j, r in enumerate(f.rep_actions) if j not in drop]


def _meeting_date(v: TurnView, c: Clause):
    """A date that names the meeting the step happens at ("在四月底的处务会上把项目提出来", "next month's board
    meeting"): attributive to the meeting, it still dates the step."""
    for m in v.dates_in(c.start, c.end):
        if v.test("notes_meeting_after_date", v.text[m.end:min(c.end, m.end + 16)]):
            return m
    return None


def _praise_parts(v: TurnView, c: Clause, sentence) -> list[tuple[int, int]]:
    """The spans of a customer clause that praise us: each of two coordinated evaluations ("the engine looked
    solid and the mapping was the cleanest she had seen") is its own item, else the clause as a whole."""
    cuts = [(a, b) for a, b in v.spans("notes_and", c.start, c.end) if c.start < a and b < c.end]
    if cuts:
        bounds, at = [], c.start
        for a, b in cuts:
            bounds.append((at, a))
            at = b
        bounds.append((at, c.end))
        parts = [(a, b) for a, b in bounds if _praises(v, Clause(c.turn, c.sentence, a, b, v.text[a:b]), sentence)]
        if len(parts) > 1:
            return parts
    return [(c.start, c.end)] if _praises(v, c, sentence) else []


def _praises(v: TurnView, c: Clause, sentence) -> bool:
    """Praise the notes attribute to the customer: a verb of evaluating ("liked", "夸"), or what the customer
    said of us (an evaluation, or a favourable comparison with what they use now). A customer clause with
    neither reports what the customer did ("李姐对成本核算问得很细"), not a verdict on us."""
    s, e = c.start, c.end
    if strip_polite(v, c) or is_question(v, c):
        return False
    evaluated = v.spans("notes_evaluate", s, e)
    if evaluated:
        # Only a negation before the verb undoes it ("didn't like"); one later in the clause is about
        # something else ("Priya likes our approach, finally someone who isn't just selling chillers").
        return not any(a < evaluated[0][0] for a, _ in v.spans("negation", s, e)) and not v.has("notes_than_us", s, e)
    if v.has("negation", s, e):
        return False
    # In notes "ours"/"我们" is the writer's side: something compared favourably with it is someone else's.
    if v.has("notes_than_us", s, e):
        return False
    if not v.has("notes_said", sentence.start, e):
        return False
    return C.is_praise(v, c, reported=True) or v.has("notes_praise_compare", s, e)


def _blocked(v: TurnView, c: Clause) -> bool:
    s, e = c.start, c.end
    if v.has("negation", s, e) or v.has("stall", s, e) or v.has("notes_stall", s, e) or C.habitual(v, c) \
            or v.has("hedge", s, e) or v.has("third_party_forecast", s, e) or v.has("former_plan", s, e):
        return True
    if strip_polite(v, c):
        return True
    return C.past(v, c)


def _step_action(f: Findings, v: TurnView, s: int, e: int, proposal: tuple, mention) -> None:
    """The customer action of agreeing to (or moving) the writer's proposed step: the customer's words quoted,
    the step named as the proposal named it, dated by `mention` (a dates.Mention or None)."""
    ask, av, (a0, a1), kinds = proposal
    f.customer_actions.append(CustomerAction(
        quote=quote(v, s, e), speaker="", turn=v.index, action=action_text(av.text[a0:a1]),
        actor="joint" if av.has("joint", a0, a1) else "customer",
        type=kinds[0] if kinds else "other", due_text=mention.text if mention else None,
        proposal_quote=ask.quote, proposal_turn=ask.turn))


def _part_of_step(v: TurnView, subjects: list[tuple[Clause, str]], k: int) -> int:
    """The index of the last customer clause right after subjects[k], in its sentence, with no date of its own:
    what the customer's side does for a step just agreed is part of it (GUIDELINES hard call 24)."""
    c = subjects[k][0]
    nxt = k + 1
    while (nxt < len(subjects) and subjects[nxt][1] == CUSTOMER
           and subjects[nxt][0].sentence == c.sentence
           and not v.dates_in(subjects[nxt][0].start, subjects[nxt][0].end)):
        nxt += 1
    return nxt - 1


def _answer(f: Findings, ask: Ask, response: str, v: TurnView, c: Clause) -> None:
    for i, a in enumerate(f.asks):
        if a is ask:
            f.asks[i] = a.model_copy(update={"response": response, "response_quote": quote(v, c.start, c.end),
                                             "response_turn": v.index})
