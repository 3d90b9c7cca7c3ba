"""Clause-level judgements: is this clause praise, a customer commitment, a rep task, a decline … (asks: asks.py)

Each function looks at one clause of one scanned turn and answers from the lexicon cues alone; linking
clauses across turns (an ask to its answer, a proposal to its acceptance) is `dialogue.py`'s job.
The filters follow eval/GUIDELINES.md: negation (a zero amount included), hypothetical (unless the condition is
one the speaker expects to hold), past (unless a future time overrides it), stall, habitual statements,
questions and a third party's offer are never commitments.
"""

from __future__ import annotations

from dataclasses import dataclass

from analyzer.extract.offline.evidence import attributive, carries_on, time_beside
from analyzer.extract.offline.scan import TurnView, is_question, strip_polite
from analyzer.extract.offline.segment import Clause, Sentence

# A short evaluation with no target ("挺好的", "Very nice!") is a backchannel, not praise.
BACKCHANNEL_MAX = 4
# A praise clause this short answering a dated proposal accepts it (dialogue._customer_turn).
BARE_VERDICT_MAX = 5
# How much of a clause's end an assent said last may take ("…, no problem!").
ACCEPT_TAIL_CHARS = 32
# How many characters of adverbs may stand between a resumptive demonstrative and the verdict ("这点挺好", "这个倒是真靠谱").
TOPIC_GAP = 4
# How far past the rep's own subject a negation still negates the to-do ("I'll never", "我们就不发了").
NEGATION_REACH = 12


@dataclass
class Commitment:
    clause: Clause
    type: str
    joint: bool
    named: bool = True  # False: no type word names the step, only a dated deed (`deed`): answering an ask, it is that step
    decision: bool = False  # the decision to buy said as such ("先来十盒", "三十六就三十六"): taken in the call


def types_of(view: TurnView, start: int, end: int) -> list[str]:
    """Action types in the span; a decision maker plus a meeting verb makes a meeting with the decision maker.

    The meeting outranks a bare report ("跟王总汇报" is internal_report; "约王总见面" is a meeting) but not the
    more specific process steps (a trial with the boss present is still a trial).
    """
    found = view.types(start, end)
    conds = view.spans("expected_condition", start, end) if found else []
    if conds:
        # The step an expected condition names ("if the pilot goes well") is its evidence, not what is promised.
        gaps, at = [], start
        for a, b in conds:
            gaps.append((at, a))
            at = b
        gaps.append((at, end))
        outside = {t for a, b in gaps if a < b for t in view.types(a, b)}
        found = [t for t in found if t in outside]
    # A contract taken to the board or the boss goes up for approval, an order milestone: "把合同转给领导",
    # "get the contract in front of their board" are procurement steps, not a report on the deal.
    if "internal_report" in found and view.has("approval_object", start, end):
        found = [("procurement_step" if t == "internal_report" else t) for t in found if t != "procurement_step"]
    # Signing paperwork that buys nothing ("the NDA will be countersigned on our end", "we'll sign the DPA") is a
    # procurement step, not the order (GUIDELINES 3.2: `sign` is signing, ordering or paying for the deal).
    if "sign" in found and view.has("non_purchase_doc", start, end):
        found = [("procurement_step" if t == "sign" else t) for t in found if t != "procurement_step"]
    if view.has("decision_maker", start, end) and view.has("meet_verb", start, end):
        specific = [t for t in found if t in ("sign", "trial", "site_visit", "technical_review")]
        rest = [t for t in found if t not in specific]
        found = specific + ["meeting_with_decision_maker"] + rest
    return found


def _blocked(view: TurnView, c: Clause, *, allow_question: bool = False) -> bool:
    """The filters shared by every commitment: negation, real conditionals, stalls, habits, questions, the past,
    a third party's offer (a wish to give to another charity or vendor binds nothing in this deal), and a
    fallback held out as a threat ("要么我下午就跟洛阳签")."""
    s, e = c.start, c.end
    if (view.has("negation", s, e) or view.has("stall", s, e) or habitual(view, c) or view.has("elsewhere", s, e)
            or view.has("disjunct", s, e) or view.has("third_party_forecast", s, e) or view.has("former_plan", s, e)
            or view.has("done_cleft", s, e)):
        return True
    if strip_polite(view, c) or view.test("purpose_clause", c.text):
        return True
    if not allow_question and is_question(view, c):
        return True
    if _conditional_consequent(view, c):
        return True
    return past(view, c)


def _conditional_consequent(view: TurnView, c: Clause) -> bool:
    """"If you can promise me that …, then I will donate": a clause opening with "then" after a real condition
    in the clause before it inherits the condition."""
    if not view.test("consequent", c.text):
        return False
    clauses = view.sentences[c.sentence].clauses
    i = next((k for k, x in enumerate(clauses) if x.start == c.start), 0)
    return i > 0 and strip_polite(view, clauses[i - 1])


def habitual(view: TurnView, c: Clause) -> bool:
    """How things usually go ("我们一般先走招标"), unless it is a promise of a routine ("we'll send it every month")."""
    s, e = c.start, c.end
    return view.has("habitual", s, e) and not view.has("future", s, e)


def past(view: TurnView, c: Clause) -> bool:
    """Past-marked and not overridden by a future marker ("已经约好了王总下周三见面" is still ahead).

    A bare weekday does not override: "signed off on Monday" is last Monday."""
    s, e = c.start, c.end
    return view.has("past", s, e) and not view.has("future", s, e)


def _content_length(view: TurnView, text: str) -> int:
    """Characters left once particles and punctuation (the lexicon's `filler`) are removed."""
    for lex in view.lexicons:
        pattern = lex.get("filler")
        if pattern is not None:
            text = pattern.sub("", text)
    return len(text)


def praise_cues(view: TurnView, c: Clause, *, reported: bool = False) -> tuple[bool, bool]:
    """(strong, weak) evaluative cues in the clause, ignoring words inside courtesy formulas
    ("sounds good", "nice to meet you", "这个时间挺好") and, in a speaker's own words (not `reported` by notes),
    someone else's liking ("the members love the panels": hearsay, GUIDELINES hard call 19)."""
    s, e = c.start, c.end
    excluded = view.spans("praise_exclude", s, e)
    # The liking words scanned over the turn are cheap; who likes is read only in a clause that has one.
    if not reported and view.has("praise_liking", s, e) and view.test("praise_hearsay", c.text):
        excluded = excluded + view.spans("praise_liking", s, e)

    def live(key: str) -> bool:
        return any(not any(x0 < b and a < x1 for x0, x1 in excluded) for a, b in view.spans(key, s, e))

    return live("praise_strong") or live("praise_strong_more"), live("praise_weak")


def is_praise(view: TurnView, c: Clause, *, reported: bool = False) -> bool:
    """The customer evaluating the vendor's offering. `reported`: the writer of visit notes reports what the
    customer said about us, so no named target is needed and "我们的" is the vendor."""
    s, e = c.start, c.end
    strong, weak = praise_cues(view, c, reported=reported)
    if not strong:
        if not weak:
            return False
        # The target may also be the subject the clause opens with ("That drift check is genuinely clever").
        if not reported and not view.has("praise_target", s, e) and not view.test("praise_subject", c.text) \
                and not _conceded(view, c):
            # With no target named, only a fuller evaluation counts: "挺好的。" alone is a backchannel
            # (GUIDELINES hard call 2), "做得挺扎实" or "比上次那家清楚多了" evaluates what was just shown.
            if not view.has("degree", s, e) or (_content_length(view, c.text) <= BACKCHANNEL_MAX
                                                 and not _after_target(view, c)):
                return False
    if _negated(view, c) or strip_polite(view, c) or is_question(view, c) or _under_condition(view, c):
        return False
    # "If the data's clean I take it to the board": a condition hoped for evaluates nothing yet.
    if view.has("expected_condition", s, e):
        return False
    if not strong and view.has("praise_other_subject", s, e):
        return False
    if not reported and _small_talk(view, c):
        return False
    # Praise of their own company ("我们的系统挺好") is not praise of the vendor; their own kit named after the evaluation
    # closes ("That's a massive improvement on what we get now, our current vendor takes half a day") is not its subject.
    if not reported and view.has("own_side", s, _closed_at(view, c)) and not view.has("vendor_ref", s, e):
        return False
    if not reported and _own_subject(view, c):
        return False
    return True


def _small_talk(view: TurnView, c: Clause) -> bool:
    """The evaluation is of small talk, not of the offering: the clause names it as its subject ("Cricket makes more sense"),
    or a question just before it in the turn offers it ("Coffee? The machine's actually decent", "You want coffee?
    It's the good stuff"); a clause that names the vendor's side ("your demo was great") is about the vendor."""
    if not view.cued("praise_small_talk") or view.has("vendor_ref", c.start, c.end):
        return False
    cues = [a for key in ("praise_strong", "praise_strong_more", "praise_weak") for a, _ in view.spans(key, c.start, c.end)]
    if cues and any(a < min(cues) for a, _ in view.spans("praise_small_talk", c.start, c.end)):
        return True  # named before the evaluation, as what it judges ("the scanners held up in the rain" is no small talk)
    if c.sentence == 0:
        return False
    before = view.sentences[c.sentence - 1]
    return bool(before.clauses) and is_question(view, before.clauses[-1]) \
        and view.has("praise_small_talk", before.start, before.end)


def _own_subject(view: TurnView, c: Clause) -> bool:
    """What the customer uses now is the subject judged: named in the clause ("我们现在用的挺好的啊"), or in the clause
    before it in the sentence when this one names nothing of the vendor's ("… 没啥毛病")."""
    if not view.cued("own_current"):
        return False
    if view.has("own_current", c.start, _closed_at(view, c)):  # not once the evaluation has closed ("…, our current
        return not view.has("vendor_ref", c.start, c.end)      # one looks like it's from 2011")
    if view.has("vendor_ref", c.start, c.end) or view.has("praise_target", c.start, c.end):
        return False
    before = [x for x in view.sentences[c.sentence].clauses if x.end <= c.start]
    return bool(before) and view.has("own_current", before[-1].start, before[-1].end)


def _under_condition(view: TurnView, c: Clause) -> bool:
    """The evaluation is the consequent of a real condition in a clause before it in the sentence ("这个要是能做出来，
    我们调度能省不少事", "if you can get the latency down, that would save us hours"): a benefit hoped for, not a
    verdict yet. A polite or expected condition ("if you ask me") does not count (strip_polite)."""
    if not view.cued("hypothetical"):
        return False
    for prev in view.sentences[c.sentence].clauses:
        if prev.start >= c.start:
            return False
        if view.has("praise_condition", prev.start, prev.end) and strip_polite(view, prev):
            return True
    return False


def _negated(view: TurnView, c: Clause) -> bool:
    """A negation in the clause, other than one inside a concession marker ("I won't lie", "not gonna lie") or one
    that only comes after the evaluation, past a comma that closes it ("the new log pipeline has been rock solid
    for us, that's not the issue", "the card controls are slick, … we can't do that today")."""
    spans = view.spans("negation", c.start, c.end)
    if not spans:
        return False
    granted = view.spans("praise_concession", c.start, c.end) if view.cued("praise_concession") else []
    closed = _closed_at(view, c)
    cues = [x for key in ("praise_strong", "praise_strong_more", "praise_weak") for x in view.spans(key, c.start, c.end)]
    topics = view.spans("praise_topic_negation", c.start, c.end) if view.cued("praise_topic_negation") else []
    return any(not any(g0 <= a < g1 for g0, g1 in granted) and a < closed and _scopes_over(view, a, b, cues)
               and not _in_topic(a, topics, cues) for a, b in spans)


def _in_topic(at: int, topics: list[tuple[int, int]], cues: list[tuple[int, int]]) -> bool:
    """A negation inside a topic that a resumptive demonstrative closes right before the evaluation ("不增项这个靠谱",
    "无线不用拉线这点挺好"): it names the feature judged ("no add-ons", "no cabling"), it does not negate the verdict.
    `topics` are the lexicon's `praise_topic_negation` spans, negation to demonstrative; a negated verb of thinking or
    saying ("我不觉得这个好") opens none."""
    return any(t0 <= at < t1 and any(c1 > t1 and c0 <= t1 + TOPIC_GAP for c0, c1 in cues) for t0, t1 in topics)


def _scopes_over(view: TurnView, at: int, to: int, cues: list[tuple[int, int]]) -> bool:
    """Whether a negation at `at` can negate an evaluation: one that comes before a cue with no comma
    between ("not impressive", "我不觉得这个好", "it's good, but not good enough"). A negation after every cue is in
    what the evaluation says or goes on to ("I love that it doesn't look fake", "the first thing my techs haven't
    complained about", "the only ones that didn't drift"), and one a cue opens or closes, or holds after a Chinese
    character, is its own (litotes, "没话说", "割不破", "the first thing … haven't"); one before a comma that opens
    the evaluation belongs to another statement ("sorry it didn't work out, you were really easy to work with")."""
    for c0, c1 in cues:
        if at < c0 and not any(ch in ",;，；—" for ch in view.text[at:c0]):
            return True
        # Inside an English evaluation it negates what follows ("You don't explain it very clearly"); a Chinese cue
        # holds its negation as a potential complement or an idiom ("割不破", "挑不出毛病").
        if c0 < at and to < c1 and not "\u4e00" <= view.text[at - 1] <= "\u9fff":
            return True
        # The evaluation asked as A-not-A ("称得准不准", "好用不好用"): the negation repeats the word it follows.
        if at == c1 and view.text[at + 1:at + 2] in (view.text[c0], view.text[c1 - 1]):
            return True
    return False


def _closed_at(view: TurnView, c: Clause) -> int:
    """Where the clause's evaluation is closed: the first comma, semicolon or dash after the last praise cue in
    it (the clause's end when there is none). What follows is another statement the evaluation does not
    depend on."""
    cues = [b for key in ("praise_strong", "praise_strong_more", "praise_weak") for _, b in view.spans(key, c.start, c.end)]
    if not cues:
        return c.end
    last = max(cues)
    for i in range(last, c.end):
        if view.text[i] in ",;，；—":
            return i
    return c.end


def _conceded(view: TurnView, c: Clause) -> bool:
    """The evaluation is granted to the vendor in so many words ("Lekker system, I'll say that", "Your lot are very
    polite, I'll give you that", "说句公道话，…"): a concession marker in the same sentence says what it judges is
    theirs, so no target need be named."""
    if not view.cued("praise_concession"):
        return False
    sentence = view.sentences[c.sentence]
    return view.has("praise_concession", sentence.start, sentence.end)


def bare_verdict(view: TurnView, c: Clause) -> bool:
    """A verdict and little else ("这个好", "这个挺好的", "That's great!"): as a reply to a proposed step, an answer."""
    return _content_length(view, c.text) <= BARE_VERDICT_MAX


def _after_target(view: TurnView, c: Clause) -> bool:
    """A short evaluation that goes on from a clause naming the offering ("你们那个液冷超充我在展会上看过，确实先进",
    "image 的 resolution 确实不错, 特别是 combustor 那一段, 很清楚"): it evaluates what that clause named, so it is
    no lone backchannel. A clause before it in the sentence must name a target, evaluate, or tell of the speaker's own
    trial of it (`praise_tried`); an acknowledgement or a time ("好的，挺好", "周三下午，挺好") does not."""
    clauses = view.sentences[c.sentence].clauses
    i = next((k for k, x in enumerate(clauses) if x.start == c.start), 0)
    for prev in clauses[:i]:
        if view.dates_in(prev.start, prev.end) or is_question(view, prev):
            return False
    # The speaker's own trial of the offering just before ("我刚才在样板间听了，确实安静", "我自己进去看了，确实亮堂") is
    # what the verdict judges, as a named target would be.
    return any(view.has("praise_target", x.start, x.end) or any(praise_cues(view, x))
               or (view.cued("praise_tried") and view.has("praise_tried", x.start, x.end)) for x in clauses[:i])


def commitment(view: TurnView, c: Clause, sentence: Sentence, step_from: Clause | None = None,
               paying: bool = False, staff: bool = False) -> Commitment | None:
    """A customer clause that binds the speaker (or both sides) to a typed, deal-moving action. `step_from`: the clause
    whose step this one takes up by a pronoun; `paying`: money is being talked about (this turn or the one before), so
    sending something the vendor's way ("我晚上转你", "我扫你") is a payment, not a document forwarded; `staff`: the sentence
    opens by telling one of the customer's own people to act ("小军，下午你去财务那儿把首付打了"), so its 你 is the speaker's
    side, bound through a colleague (GUIDELINES hard call 29), not the vendor asked for work."""
    s, e = c.start, c.end
    found = types_of(view, s, e) if step_from is None else types_of(view, step_from.start, step_from.end)
    # The decision to buy said as such ("先来十盒", "三十六就三十六", "put me down for seventy", "我晚上转你"): binding by
    # itself, and the order unless the clause names another step ("先上一台试试").
    bought = view.has("purchase_decision", s, e) or (paying and view.has("pay_vendor", s, e))
    if bought and not found:
        found = ["sign"]
    if not found and view.test("close_word", c.text) and _closes_on_terms(view, c, sentence):
        # "行，八个点，二十台，定了。": the close word takes the terms the sentence just named; one item, the sentence.
        merged = Clause(c.turn, c.sentence, sentence.start, e, view.text[sentence.start:e])
        return Commitment(merged, "sign", False, decision=True)
    if not found and view.has("handover_to_vendor", s, e) and view.test("dated_handover", c.text) and view.dates_in(s, e) \
            and not any("send_information" in types_of(view, x.start, x.end) for x in sentence.clauses if x.end <= s):
        # "今天 EOD 之前发你": the customer hands over what was asked for, by then; after a clause that prepares a
        # deliverable ("我先把维修单整理出来，周四给你们") it is that item's last step, not another.
        found = ["send_information"]
    if not found and staff and view.has("handover_to_vendor", s, e):
        found = ["send_information"]  # "小樊，你这周把档期整理一份给施经理": the colleague hands it to the vendor
    named = True
    if not found and view.has("deed", s, e) and (any(not attributive(view, m) for m in view.dates_in(s, e))
                                                 or time_beside(view, c, sentence)):
        # "I'll provision the thirty-two in Okta on Monday": a dated first-person deed of a kind no type names still
        # binds the customer's side to a concrete step; a handover is information sent. A date that only modifies a
        # noun ("I'll pull last quarter's claims") dates no deed. A clause beside it that is only a time dates it too
        # ("那我让仓库寄，三个工作日之内吧").
        found = [deed_type(view, s, e)]
        named = False
    if not found and view.has("meeting_put", s, e) and view.has("meeting_named", sentence.start, e) \
            and not view.types(sentence.start, s):
        # "下周一开校务会，我把这个事放进去议一议": put onto the customer's meeting just named, a report to leadership
        # (unless what comes before names the step itself: "下周四我们开质量周例会" is that report, "六月中旬有个预算会，
        # 我争取把这个报上去" the budget step, below).
        found = ["internal_report"]
    if not found and view.has("attend_with", s, e):
        # "中旬我跟我们生产厂长一块儿过去", "我带两个主治一起去": the customer's side turning up with its people is a visit;
        # answering a proposal, it is the step proposed (answers._answer reads `named`).
        found = ["site_visit"]
        named = False
    if not found and view.has("deed", s, e) and not view.dates_in(s, e) and view.test("coordinated", c.text):
        # "come back next Tuesday and I'll have both of them in the room": the vendor sent for on a day, the customer's
        # side then bound to be there (hard call 4); one item, quoted and dated from the summons.
        i = next((k for k, x in enumerate(sentence.clauses) if x.start == s), 0)
        prev = sentence.clauses[i - 1] if i > 0 else None
        if prev is not None and view.test("vendor_summoned", prev.text) and view.dates_in(prev.start, prev.end) \
                and not _blocked(view, c) and not view.has("hedge", s, e):
            merged = Clause(c.turn, c.sentence, prev.start, e, view.text[prev.start:e])
            kinds = types_of(view, prev.start, e)
            return Commitment(merged, kinds[0] if kinds else deed_type(view, s, e), False, False)
    if not found and view.has("report_pronoun", s, e) and view.dates_in(s, e):
        # "我周四下午就跟他说", "明天上午开早会我跟他提": telling the boss named just before, on a day, is a report to
        # leadership; with no day it is the stall of hard call 3 ("我回去跟他说说吧").
        found = ["internal_report"]
    if not found and view.has("step_anaphor", s, e):
        # "我们六月中旬有个 capex 评审，我争取把这个报上去": the clause takes up the step the clause before it names; the
        # two are one item, quoted and dated together, unless that clause already binds by itself.
        i = next((k for k, x in enumerate(sentence.clauses) if x.start == s), 0)
        prev = sentence.clauses[i - 1] if i > 0 else None
        if prev is not None and types_of(view, prev.start, prev.end) and commitment(view, prev, sentence) is None:
            merged = Clause(c.turn, c.sentence, prev.start, e, view.text[prev.start:e])
            com = commitment(view, c, sentence, step_from=prev)
            return Commitment(merged, com.type, com.joint) if com is not None else None
        return None
    if not found:
        return None
    # A dated plan binds too ("合同这周五签"), unless the clause reports a signal ("预算下个月就下来了").
    dated = (
        any(lex.dated_plans for lex in view.lexicons)
        and (bool(view.dates_in(s, e)) or _dated_before(view, c, sentence))
        and not view.has("signal", s, e)
        # A dated clause that states how things stand rather than what someone will do ("集团十二月中旬评审",
        # "经费二十号之前得花出去", "今年名录入围是四月份"): someone else's process, a constraint, a fact
        # (GUIDELINES hard calls 15 and 39). Only the bare dated plan: a first-person commitment still binds.
        and not view.has("plan_statement", s, e)
    )
    # A dated plan in the simple present binds too in English ("Yes. We make PO today").
    binding = view.has("commit", s, e) or view.has("joint", s, e) or dated or (
        view.has("present_plan", s, e) and bool(view.dates_in(s, e))) or _coordinated_on(view, c, sentence) or (
        view.test("named_commit", c.text)) or bought or staff
    # "Why don't we walk the pump room together on Wednesday the ninth": the customer's own dated joint proposal.
    proposing = view.has("joint_proposal", s, e) and view.has("joint", s, e) and bool(view.dates_in(s, e))
    if not binding or _blocked(view, c, allow_question=proposing) or view.has("hedge", s, e) or view.has("signal", s, e):
        return None
    # "我们八月份跟现在这家签了三年的框架": a deal signed with another supplier declines this one; it commits to nothing here.
    if view.has("deal_decline", s, e):
        return None
    # "I'm sure we'll get something on the calendar": an open object with no time names no concrete what.
    if view.has("indefinite_what", s, e) and not view.dates_in(s, e):
        return None
    if not staff and (is_request(view, c) or view.has("need_of_vendor", s, e)):
        return None
    joint = view.has("joint", sentence.start, sentence.end)
    return Commitment(c, found[0], joint, named, decision=bought and found[0] == "sign")


def _closes_on_terms(view: TurnView, c: Clause, sentence: Sentence) -> bool:
    """The sentence up to the close word names a number of units or a price and no other step, and nothing in it
    is negated, asked or conditional ("行，八个点，二十台，定了。", not "试两台，定了" nor "要是八个点，就定了")."""
    s, e = sentence.start, c.end
    if not (view.has("quantity", s, e) or view.has("amount", s, e)) or view.types(s, e):
        return False
    return not any(_blocked(view, x) for x in sentence.clauses if x.end <= e)


def _coordinated_on(view: TurnView, c: Clause, sentence: Sentence) -> bool:
    """A subjectless clause coordinated onto a promise ("I'll pull the Henley matter, …, and get it to you by next
    Friday"): it shares that clause's subject and modal, so it binds as that one does."""
    if not view.test("coordinated", c.text) or view.has("first_person", c.start, c.end) \
            or view.has("customer_agent", c.start, c.end):
        return False
    i = next((k for k, x in enumerate(sentence.clauses) if x.start == c.start), 0)
    prev = sentence.clauses[i - 1] if i > 0 else None
    return prev is not None and view.has("commit", prev.start, prev.end) and not _blocked(view, prev) \
        and not view.has("hedge", prev.start, prev.end)


def deed_type(view: TurnView, s: int, e: int) -> str:
    """The type of a deed no type word names, from its verb: paying is signing, telling the customer's own people is
    an internal report, handing something over is information sent; anything else is `other`."""
    return ("sign" if view.has("deed_pay", s, e) else "internal_report" if view.has("deed_tell", s, e)
            else "send_information" if view.has("deed_send", s, e) else "other")


def _dated_before(view: TurnView, c: Clause, sentence: Sentence) -> bool:
    """The clause carries on a dated clause just before it in the sentence (evidence.carries_on)."""
    i = next((k for k, x in enumerate(sentence.clauses) if x.start == c.start), 0)
    if i == 0:
        return False
    prev = sentence.clauses[i - 1]
    return bool(view.dates_in(prev.start, prev.end)) and carries_on(view, prev, c)


def binds_self(view: TurnView, c: Clause) -> bool:
    """A first-person commitment with no step named ("我来安排", "I'll get Carol to block two hours")."""
    s, e = c.start, c.end
    return (
        view.has("commit", s, e)
        and not _blocked(view, c)
        and not view.has("hedge", s, e)
        and not view.has("decline", s, e)
        and not is_request(view, c)
    )


def is_request(view: TurnView, c: Clause) -> bool:
    """The customer asking the vendor for work ("把报价发我", "send me the pricing"): the rep's task."""
    s, e = c.start, c.end
    framed = (view.has("request_rep", s, e) and view.has("request_object", s, e)) or view.has("request_transfer", s, e)
    if not framed:
        return False
    # What follows the request past a comma is a remark of its own ("Send me the SCIM setup doc though, ours is from two
    # years ago", "send me a case study from a telecom process, not banking"): its negation or past asks nothing back.
    last = max(b for key in ("request_rep", "request_object", "request_transfer") for _, b in view.spans(key, s, e))
    closed = next((i for i in range(last, e) if view.text[i] in ",;，；—"), e)
    if view.has("negation", s, closed) or (view.has("past", s, closed) and not view.has("future", s, closed)):
        return False
    # "I'll send over our packing spec sheet": the speaker's own deed, opening before the words of handing over, is
    # the customer sending, not asking the vendor to send.
    mine = view.spans("deed", s, e)
    asked = view.spans("request_rep", s, e) + view.spans("request_transfer", s, e)
    return not (mine and asked and mine[0][0] <= min(a for a, _ in asked))


def is_rep_task(view: TurnView, c: Clause, *, offers: bool = False) -> bool:
    """The rep's own to-do. `offers`: an offer ("需要的话我可以准备一页 summary") counts too, for when the
    customer takes it up."""
    s, e = c.start, c.end
    if not view.has("rep_self", s, e):
        return False
    if not view.has("rep_deliverable", s, e):
        # Turning up is a task only on a day (said in the clause, or in a clause beside it that says only the time:
        # "那就下下周一，我们上午十点到"), and only as the rep's part in a step already agreed: in a turn that asks
        # ("下礼拜三我送两个新样箱过来…，行不行？") it is the proposal, and in a recap it repeats the step (GUIDELINES
        # hard calls 18, 36).
        if not (view.has("rep_presence", s, e) and (view.dates_in(s, e) or time_beside(view, c, view.sentences[c.sentence]))) \
                or "？" in view.text or "?" in view.text or view.cued("recap"):
            return False
    # "食宿我们包", "拆装吊顶我们包，不另收费": what the vendor bears is a term of the offer, no to-do, unless the sentence
    # goes on to when the work is done ("培训我们包，交车那周派两个师傅过来", "migration 我们包，两周做完").
    covers = view.spans("covers", s, e)
    if covers and all(any(c0 <= a < c1 for c0, c1 in covers) for a, _ in view.spans("rep_self", s, e)):
        clauses = view.sentences[c.sentence].clauses
        i = next((k for k, x in enumerate(clauses) if x.start == c.start), len(clauses))
        if i + 1 >= len(clauses) or not view.has("time_anchor", clauses[i + 1].start, clauses[i + 1].end):
            return False
    # A negation negates the to-do when it comes with its subject ("我们就不发了", "I'll never get to it"); one
    # further on sits in a purpose or contrast ("I'll write up the guide tonight so he's not starting from scratch").
    mine = view.spans("rep_self", s, e)[0]
    if any(n0 < mine[1] + NEGATION_REACH for n0, _ in view.spans("negation", s, e)):
        return False
    if habitual(view, c) or view.has("in_call", s, e) or view.has("courtesy", s, e) or view.test("purpose_clause", c.text):
        return False
    if view.cued("demo_now") and not view.dates_in(s, e):
        return False  # "let me show capture first … I'll forward a real invoice": done in the demo
    # The customer is the one acting ("老周那边您约好了跟我说一声", "您这边把原水寄过来"): a "you" doing
    # something before the rep names themself; and what both sides do together is no rep's own to-do.
    agents = view.spans("customer_agent", s, e)
    if agents and agents[0][0] <= mine[0]:
        return False
    if view.has("joint", s, e):
        return False
    # An offer with its own time binds ("I can have the quote over by Friday"); an open one waits for a yes.
    dated_offer = bool(view.dates_in(s, e)) and not view.has("restrictive", s, e)
    if (view.has("offer", s, e) and not offers and not dated_offer) or strip_polite(view, c):
        return False
    if past(view, c):
        return False
    # A contact with nothing in it and no date ("那我们回头再 follow up", "I'll circle back"): no task.
    vague = view.spans("vague", s, e)
    if vague and not view.dates_in(s, e) and all(
            any(v0 <= d0 and d1 <= v1 for v0, v1 in vague) for d0, d1 in view.spans("rep_deliverable", s, e)):
        return False
    # "我们能发吗?" asks; "Will do, I'll attach it." states; in "how about the 27th, and I'll send the plan?"
    # the question mark belongs to the proposal, not to the coordinated to-do.
    return not is_question(view, c) or view.test("coordinated", c.text)


def continues(view: TurnView, c: Clause) -> bool:
    """A clause with no subject of its own that goes on with the work of the clause before ("…，明天发您微信"):
    no first person, no customer acting, no step of the customer's, no question, nothing blocked."""
    s, e = c.start, c.end
    return not (view.has("first_person", s, e) or view.has("customer_agent", s, e) or view.types(s, e)
                or view.has("negation", s, e) or is_question(view, c) or past(view, c))


def is_decline(view: TurnView, c: Clause) -> bool:
    s, e = c.start, c.end
    return (view.has("decline", s, e) or view.has("deal_decline", s, e) or named_choice(view, c)
            or view.test("bare_no", c.text)) and not strip_polite(view, c)


def is_refusal(view: TurnView, c: Clause) -> bool:
    """What the speaker's side will not do, said as a statement ("We can't put third-party kit on that belt", "no,
    we're not adding APM this year"): the lexicon's broad `refusal` frame, read only in the first answer to an ask."""
    return view.has("refusal", c.start, c.end) and not is_question(view, c) and not strip_polite(view, c)


def refuses_step(view: TurnView, c: Clause, kinds: list[str]) -> bool:
    """A negated statement about the very step asked for ("We can't run a trial before July" to a trial ask)."""
    return (bool(kinds) and view.has("negation", c.start, c.end) and not is_question(view, c)
            and not strip_polite(view, c) and any(t in kinds for t in types_of(view, c.start, c.end)))


def is_deal_decline(view: TurnView, c: Clause) -> bool:
    return ((view.has("deal_decline", c.start, c.end) or named_choice(view, c))
            and not strip_polite(view, c) and not is_question(view, c))


def named_choice(view: TurnView, c: Clause) -> bool:
    """Going with a product named by its capitalised name: a deal-level choice of another vendor."""
    return view.has("choice", c.start, c.end) and view.test("named_choice", c.text)


def is_stall(view: TurnView, c: Clause) -> bool:
    return view.has("stall", c.start, c.end)


def is_accept(view: TurnView, c: Clause) -> bool:
    """An assent opening the clause ("Sure, …"), or closing it with nothing negated ("Tuesday I'm home all day, yes.")."""
    if is_question(view, c) or view.has("thanks", c.start, c.end):
        return False
    # The tail is short: only the clause's last characters are searched.
    return view.test("accept", c.text) or (view.test("accept_tail", c.text[-ACCEPT_TAIL_CHARS:])
                                           and not view.has("negation", c.start, c.end)
                                           and not strip_polite(view, c))


def is_bare_ack(view: TurnView, c: Clause) -> bool:
    return view.test("bare_ack", c.text)


def is_signal(view: TurnView, c: Clause) -> bool:
    s, e = c.start, c.end
    return (
        view.has("signal", s, e)
        and not view.has("negation", s, e)
        and not strip_polite(view, c)
        and not is_question(view, c)
    )


def is_probe(view: TurnView, c: Clause) -> bool:
    return view.has("probe", c.start, c.end)
