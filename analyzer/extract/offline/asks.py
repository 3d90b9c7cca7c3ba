"""The rep's asks: does a rep sentence propose a next step for the customer, what step, and with whom.

A proposal has a form (an opener, a closing tag, a question put as a statement) and a what (a customer-process
step, a decision maker to meet, an event, or a vague "find a time"); see `ask_region`. Split from clauses.py,
whose clause filters (past, types, conditionals) it builds on; `dialogue.py` links each ask to its answer.
"""

from __future__ import annotations

from analyzer.dates import resolve
from analyzer.extract.offline.clauses import past, types_of
from analyzer.extract.offline.evidence import _ANY_DAY, MAX_SPECIFIC_DAYS, attributive
from analyzer.extract.offline.scan import TurnView, is_question, strip_polite
from analyzer.extract.offline.segment import Clause, Sentence

# Customer-process types that need the customer's own agency to count in an ask the rep makes; a rep
# "sending information" is the rep's task, the customer sending it is the customer's.
_INFO_TYPES = {"send_information"}
# A verbless proposal is short ("Purchase decision by end of month?"); a longer one is a statement read aloud.
ELLIPTICAL_MAX_WORDS = 8


def ask_types(view: TurnView, sentence: Sentence, s: int | None = None, e: int | None = None) -> list[str]:
    """Customer-process types the rep proposes in the span (default: the sentence). Information to send counts
    only when the customer is the one asked to send it ("您把需求清单发我"), not when the rep offers ("我给您发资料")."""
    s = sentence.start if s is None else s
    e = sentence.end if e is None else e
    # A step the rep sets aside in the same breath ("试用先不急，下周四先做技术交流") is not what is proposed.
    found = []
    # An ask may reach back into the sentence before it (see `_back_reference`).
    clauses = sentence.clauses if s >= sentence.start else [
        c for x in view.sentences if x.start < e and x.end > s for c in x.clauses]
    for c in clauses:
        if s <= c.start < e and not (view.has("negation", c.start, c.end) or view.has("stall", c.start, c.end)):
            types = types_of(view, c.start, c.end)
            if _rep_sends(view, c):
                types = [t for t in types if t not in _INFO_TYPES]
            found += [t for t in types if t not in found]
    if not view.has("customer_agent", s, e):
        found = [t for t in found if t not in _INFO_TYPES]
    if not found and view.has("deal_terms", s, e) and (view.has("settle", s, e) or _tagged(view, sentence, e)):
        # "三十六万，三年全保，这是底线了，您看这样能定吗？", "一千六已经是底价了 我再送你两卷小票纸 中不中": price terms put to
        # the customer with the verb that settles them or a closing tag ask the buyer to accept the deal, a purchase
        # (GUIDELINES 3.4, hard call 6); a price only mentioned ("是价格的问题吗") is none.
        found = ["sign"]
    return found


def _tagged(view: TurnView, sentence: Sentence, e: int) -> bool:
    """The span up to `e` closes with a tag that asks whether it is acceptable ("…，您看行不行？", "… 中不中")."""
    last = next((c for c in reversed(sentence.clauses) if c.start < e), None)
    return last is not None and view.test("accept_tag", last.text)


def _rep_sends(view: TurnView, c: Clause) -> bool:
    """The rep names themself as the one acting before any "you" is asked to act in the clause ("I'll send you
    the permissions so you can set it up", "我先把模板发给您"): what is sent there is the rep's offer, whatever
    the "you" does with it afterwards."""
    mine = view.spans("rep_self", c.start, c.end)
    if not mine:
        return False
    agents = view.spans("customer_agent", c.start, c.end)
    return not agents or mine[0][0] < agents[0][0]


def ask_region(view: TurnView, sentence: Sentence) -> tuple[int, int] | None:
    """The span of a rep sentence that proposes a next step for the customer or for both, or None.

    A proposal has a form (an opener such as "您看/要不/could you/let's", or a closing tag such as "行吗/吧/
    does that work?") and a what (a customer-process step, a decision maker to meet, an event, or a vague
    "find a time"). The what must sit in the proposing part: from the opener to the end of the sentence, or
    for a closing tag the clauses before it, so a question tacked onto a statement proposes nothing.
    """
    clauses = sentence.clauses
    for i, c in enumerate(clauses):
        opener = view.has("ask_opener", c.start, c.end) or (
            view.test("assumptive_ask", c.text) and is_question(view, c))
        tag = (view.test("ask_tag", c.text) or _dated_statement_question(view, sentence, c)
               or _elliptical_proposal(view, sentence, c))
        term = _offered_term(view, sentence, c)
        if not (opener or tag or term) or view.has("social", c.start, c.end) or view.test("settled", c.text):
            continue  # no form, a social invitation, or a statement of how things stand ("咱们合同里也是这么写的")
        if view.has("asked_done", c.start, c.end):
            continue  # asking whether something was done ("上周送过来的样品你们试了吧？") proposes nothing
        if i > 0 and _imagined(view, clauses[i - 1]):
            continue  # "If we ran a pilot next week, would you need IT on site?" asks what would happen
        regions = [(sentence.start, sentence.end)] if term else []
        # A bare question mark proposes only when no question word asks for information instead; "…打九折，您看怎么样？"
        # asks whether the price is acceptable.
        if tag and not (view.test("bare_question", c.text) and view.has("wh_word", sentence.start, c.end)
                        and not (view.test("accept_tag", c.text) and view.has("deal_terms", sentence.start, c.end))):
            regions.append((sentence.start, c.end))
        if opener:
            # "您看下个月初能不能开始" proposes what the clause before it named ("在您科室放十套设备试用").
            regions.append((c.start, sentence.end))
            if i > 0:
                regions.append((clauses[i - 1].start, sentence.end))
        for region in regions:
            if _proposes(view, sentence, *region):
                return region
        back = _back_reference(view, sentence, c)
        if back is not None:
            return back
    return None


def _offered_term(view: TurnView, sentence: Sentence, c: Clause) -> bool:
    """The customer's purchase put as the condition of the rep's offer, in a sentence that names when ("I can hold last
    year's price if you put the order in today", "If you sign the spring order by Thanksgiving, I can hold this year's
    rate", "I'll honour it if the order's in by Friday"): no supposition, but the purchase asked for (GUIDELINES 3.4: a
    price offer that asks the buyer to accept the deal). The rep offers it in their own voice (`offer_modal`)."""
    return view.has("purchase_condition", c.start, c.end) and view.has("offer_modal", sentence.start, sentence.end) \
        and any(not attributive(view, m) for m in view.dates_in(sentence.start, sentence.end))


def _supposed(view: TurnView, c: Clause) -> bool:
    """A real condition in the clause (scan.strip_polite), other than a purchase put as the term of the rep's offer
    (`_offered_term`): "If you put the deposit down today, I can hold August pricing" supposes nothing."""
    if not strip_polite(view, c):
        return False
    terms = view.spans("purchase_condition", c.start, c.end)
    if not terms:
        return True
    allowed = terms + view.spans("polite_condition", c.start, c.end) + view.spans("expected_condition", c.start, c.end)
    return any(not any(a <= c0 < b for a, b in allowed) for c0, _ in view.spans("hypothetical", c.start, c.end))


def _imagined(view: TurnView, c: Clause) -> bool:
    """A real condition in the subjunctive ("if we ran a pilot", "if you were to sign"): the step imagined, so the
    question after it asks about a hypothetical; a condition in the present ("If I hold the rate, can we sign
    this week?") is a term the rep offers, and the question after it still proposes."""
    return strip_polite(view, c) and view.has("subjunctive", c.start, c.end)


def _elliptical_proposal(view: TurnView, sentence: Sentence, c: Clause) -> bool:
    """A verbless question naming a step and a time ("Purchase decision by end of month?", "Pilot next week?"):
    short, no question word or auxiliary opening it, nothing past."""
    return (
        c is sentence.clauses[-1]
        and bool(view.types(c.start, c.end))
        and len(c.text.split()) <= ELLIPTICAL_MAX_WORDS
        and view.test("question_end", c.text)
        and not view.test("question_start", c.text)
        and not view.has("wh_word", c.start, c.end)
        and bool(view.dates_in(c.start, c.end))
        and not past(view, c)
    )


def _back_reference(view: TurnView, sentence: Sentence, c: Clause) -> tuple[int, int] | None:
    """An ask whose what sits in the sentence before it (GUIDELINES hard call 23): "we're starting the next pilot
    cohort on July 6th … Want your crews in it?", "请王主任也一起听一下方案…那就定下周二，我把会议邀请发您？".
    The asking sentence points back (it, that, 这个) or names the time, and one of the two names a time; the one
    before names a step and is neither a question, nor past, nor a real conditional. The region runs from that sentence to the end of the asking clause."""
    if sentence.index == 0 or any(view.text[a:b] != "吗" for a, b in view.spans("wh_word", sentence.start, c.end)):
        return None
    prev = view.sentences[sentence.index - 1]
    dated = view.dates_in(sentence.start, c.end)
    leave = view.has("leave_ask", sentence.start, c.end)
    pointing = view.has("anaphor", sentence.start, c.end) or dated or _bare_tag(view, sentence) or leave
    if not pointing or not (dated or view.dates_in(prev.start, prev.end)):
        return None
    # From the purchase put as the term of an offer on, when there is one ("The EOFY deal finished last week, but I'll
    # honour it if the order's in by Friday. Can we lock that in?"): what came before it is the offer's background.
    term = next((k for k, x in enumerate(prev.clauses) if view.has("purchase_condition", x.start, x.end)), 0)
    if is_question(view, prev.clauses[-1]) or any(past(view, x) or _supposed(view, x) for x in prev.clauses[term:]):
        return None
    region = (prev.start, c.end)
    what = ask_types(view, prev) or meeting_asked(view, prev.start, prev.end) or view.has("event", prev.start, prev.end) \
        or view.has("purchase_condition", prev.start, prev.end) \
        or (leave and any(_concrete(view, m) for m in view.dates_in(prev.start, prev.end))
            and not view.has("request_object", prev.start, prev.end))  # not the rep's own errand ("I'll send the brochure")
    return region if what else None


# What a closing tag may keep besides the tag, the opener and the person addressed ("这样行吗？", "So, OK?").
BARE_TAG_REST_ZH = 2
BARE_TAG_REST_EN = 1


def _bare_tag(view: TurnView, sentence: Sentence) -> bool:
    """A sentence that is only a closing tag ("您看行吗？", "周总您看 OK 吗？", "可以吗？", "Does that work?"), maybe
    with the person addressed: it puts the sentence before it to the customer, as an anaphor would."""
    s, e = sentence.start, sentence.end
    if not view.test("ask_tag", sentence.clauses[-1].text) or view.types(s, e) or view.dates_in(s, e):
        return False
    chars = list(view.text[s:e])
    for key in ("ask_opener", "decision_maker", "customer_party"):
        for a, b in view.spans(key, s, e):
            chars[a - s:min(b, e) - s] = " " * (min(b, e) - a)
    rest = "".join(chars)
    for lex in view.lexicons:
        for key in ("ask_tag", "filler"):
            pattern = lex.get(key)
            if pattern is not None:
                rest = pattern.sub(" ", rest)
    if any("\u4e00" <= ch <= "\u9fff" for ch in rest):
        return len(rest.replace(" ", "")) <= BARE_TAG_REST_ZH
    return len(rest.split()) <= BARE_TAG_REST_EN


def meeting_asked(view: TurnView, s: int, e: int) -> str | None:
    """A meeting the rep proposes with someone of the customer's side, concrete by its who (GUIDELINES 3.4):
    a decision maker to meet or to present to at a session ("下周二你们主任办公会，我去讲十五分钟"), time with a named person ("thirty minutes with Dr. Sandoval"), or the customer's
    people on a session ("your dispatch team on a working session"). The kind it names, or None."""
    if view.has("meeting_slot", s, e) or (view.has("decision_maker", s, e) and (
            view.has("meet_verb", s, e) or view.has("event", s, e))):
        return "meeting_with_decision_maker"
    if (view.has("customer_party", s, e) and view.has("meet_verb", s, e)) or view.has("meeting_purpose", s, e):
        return "other"
    return None


def _dated_statement_question(view: TurnView, sentence: Sentence, c: Clause) -> bool:
    """A question put as a statement that names a time ahead ("Purchase decision by end of month?", "So I'll
    pencil in Tuesday with your CIO?"): it proposes; one about the past or asking what/who does not."""
    return (
        view.test("declarative_question", c.text)
        and bool(view.dates_in(sentence.start, c.end))
        and not view.has("wh_word", sentence.start, c.end)
        and not past(view, c)
    )


def _proposes(view: TurnView, sentence: Sentence, s: int, e: int) -> bool:
    what = (
        ask_types(view, sentence, s, e)
        or view.has("purchase_condition", s, e)
        or meeting_asked(view, s, e)
        or view.has("vague", s, e)
        or view.has("event", s, e)
        or dated_step(view, sentence, s, e)
    )
    if not what:
        return False
    # "如果做试点的话，我们可以打折" is a conditional offer, not a proposal; "今天能定的话，给您打九折，您看怎么样？" puts the
    # purchase itself as the condition of the price: that condition is what is asked.
    terms = view.has("deal_terms", s, e)
    for c in sentence.clauses:
        if s <= c.start < e and _supposed(view, c) and not (
                terms and (view.has("settle", c.start, c.end) or "sign" in view.types(c.start, c.end))):
            return False
    return True


def dated_step(view: TurnView, sentence: Sentence, s: int, e: int) -> bool:
    """A step put to the customer with a concrete time, whatever the step is called ("Could we start that next
    Monday?", "can we get the deposit by Friday?", "您看今天先把定金交了"): in a proposing frame, a time that resolves
    to a day or a week names when the customer is to act, so the verb phrase it dates is the what. Not when the
    question asks for information (a question word), looks back (past) or checks a fact, the time dates a purpose,
    or the rep only offers their own work."""
    when = next((m for m in view.dates_in(s, e) if _concrete(view, m)), None)
    if when is None:
        return False
    if asked_wh(view, s, e):
        return False
    clauses = [c for c in sentence.clauses if s <= c.start < e]
    if not clauses or any(past(view, c) for c in clauses) or view.test("confirm_tag", clauses[-1].text):
        return False  # looking back, or checking a fact ("You're weaning on the twentieth, right?")
    if view.has("vague", s, e) or view.has("in_call", s, e) or view.has("present_state", s, e):
        return False  # "let's touch base after Labor Day" is vague whatever its date; the call's own agenda and
        # how things stand now ("I was wondering if you use SAP today?") are no step
    # "I'll send you the deck on Tuesday, does that work?", "我这周五前给您准备好？": the rep's own work on offer,
    # no step of the customer's.
    if "send_information" in view.types(s, e):
        return False
    # The rep named as the one acting ("so I can lock the units" is a purpose, not who acts), with no one of the
    # customer's side in it and nobody coming over ("下周三我们把方案过一遍，您看行吗？").
    purposes = [a for a, _ in view.spans("purpose", sentence.start, e)]
    if any(p < when.start for p in purposes):
        return False  # the time dates a purpose ("I'll send the guide so you can set it up on Monday")
    mine = [a for a, _ in view.spans("rep_self", s, e) if not any(p < a for p in purposes)]
    return not (mine and not view.has("rep_visit", s, e) and not any(
        view.has(k, s, e) for k in ("customer_agent", "joint", "customer_party", "decision_maker", "meet_verb")))


# Question words that ask yes or no (or between two steps) rather than for information.
_YES_NO = frozenset({"吗", "还是", "是不是", "有没有", "是否", "whether"})


def asked_wh(view: TurnView, s: int, e: int) -> bool:
    """A question word in the span that asks for information: not one asking yes or no, nor the "what" of a proposing
    opener ("what I'd like to propose is …", "here's what I'd suggest": the lexicon's `ask_opener`)."""
    openers = view.spans("ask_opener", s, e) if view.cued("ask_opener") else []
    return any(view.text[a:b] not in _YES_NO and not any(o0 <= a < o1 for o0, o1 in openers)
               for a, b in view.spans("wh_word", s, e))


def _concrete(view: TurnView, m) -> bool:
    if attributive(view, m):
        return False
    due = resolve(m.text, _ANY_DAY)
    return due is not None and (due.end is None or (due.end - due.start).days <= MAX_SPECIFIC_DAYS)


def is_ask(view: TurnView, sentence: Sentence) -> bool:
    return ask_region(view, sentence) is not None
