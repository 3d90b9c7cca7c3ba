"""How the offline engine links an ask to its answer (language-neutral dialogue rules), on short exchanges
written for these rules (not taken from the eval cases). Meeting date 2026-03-12 (Thursday).

Each rule has rows it must catch and near misses it must leave alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from analyzer.dates import resolve
from analyzer.extract.offline import OfflineEngine
from analyzer.models import Transcript, Turn

MEETING = date(2026, 3, 12)
ENGINE = OfflineEngine()
C, R = "customer", "rep"


def extract(turns):
    t = Transcript(id="t", source="t", kind="dialogue", meeting_date=MEETING,
                   turns=[Turn(index=i, speaker=role, text=text, role=role) for i, (role, text) in enumerate(turns)])
    f = ENGINE.extract(t)
    for field in ("praise", "customer_actions", "rep_actions", "asks"):
        for item in getattr(f, field):
            assert item.quote in t.turns[item.turn].text, (field, item.quote)
    return f


def due(phrase):
    d = resolve(phrase, MEETING) if phrase else None
    return None if d is None else (d.start.isoformat() if d.end is None else (d.start.isoformat(), d.end.isoformat()))


# ---------------------------------------------------------------- a decisive answer after the talk moved on
# (turns, ask response, [(action type, turn, due)] )
LATE = [
    # a dated acceptance after a remark and a side question answered by the rep
    ([(R, "Could we run the pilot in your Tacoma depot starting next Monday?"),
      (C, "Tacoma's our messiest site, honestly."),
      (C, "Does it need our IT folks?"),
      (R, "Only for the badge readers, an hour at most."),
      (C, "Next Monday is fine for Tacoma.")],
     "accepted", [("trial", 4, "2026-03-16")]),
    # a commitment to the very step asked for, a few turns on
    ([(R, "Can you get us the signed order form before next Friday?"),
      (C, "So here's where we are."),
      (R, "Go on."),
      (C, "The order form will be signed by Tuesday.")],
     "accepted", [("sign", 3, "2026-03-17")]),
    # a refusal after the customers talk among themselves
    ([(R, "Could we book a technical review with your architects next Wednesday?"),
      (C, "Our architects are all at the offsite."),
      (C, "Plus the migration."),
      (R, "I see."),
      (C, "So no, we can't do a review before May.")],
     "declined", []),
    # the rep settles the proposal's own day after the customers checked their calendars: a yes then answers it
    ([(R, "下周四带您去常州的样板车间看看，您看行吗？"),
      (C, "下周四……老王你那天有空吗？"),
      (C, "那天上午有个会，下午可以。"),
      (R, "那就下周四下午，车我来安排。"),
      (C, "行，就这么定。")],
     "accepted", [("site_visit", 4, "2026-03-19")]),
    ([(R, "Could we walk your Tacoma plant next Friday?"),
      (C, "Next Friday... Dana, are you around?"),
      (C, "Mornings are booked for me."),
      (R, "Great, so next Friday afternoon then."),
      (C, "Yes, let's do it.")],
     "accepted", [("site_visit", 4, "2026-03-20")]),
    # the customers weigh the proposal's own day among themselves: the ask stays open for the yes that follows
    ([(R, "下周二带您去我们嘉兴的工厂看看，您看行吗？"),
      (C, "下周二……我看看，下周二上午我好像有个会。"),
      (C, "那个会是周二下午，上午是空的。"),
      (C, "哦对。那行，下周二上午，我把采购也叫上。")],
     "accepted", [("site_visit", 3, "2026-03-17")]),
    ([(R, "Could we walk your plant next Tuesday?"),
      (C, "Next Tuesday... I think I have a board call."),
      (C, "That's Tuesday afternoon, the morning is free."),
      (C, "Oh right. OK then, Tuesday morning works.")],
     "accepted", [("site_visit", 3, "2026-03-17")]),
    # near miss: talk of another day moved the topic on; a bare yes no longer answers
    ([(R, "下周二带您去我们嘉兴的工厂看看，您看行吗？"),
      (C, "下周三我们要盘点。"),
      (C, "是，全员都在。"),
      (C, "嗯，好。")],
     "none", []),
    # near miss: a rep turn dated for something else does not put the proposal again
    ([(R, "下周四带您去常州的样板车间看看，您看行吗？"),
      (C, "下周四……老王你那天有空吗？"),
      (C, "那天上午有个会。"),
      (R, "报价单我明天发您。"),
      (C, "好。")],
     "none", []),
    # the proposed day refused, another offered in a later turn: the step at the customer's day, the ask declined
    ([(R, "下周四带两位工程师去你们厂里做个技术交流，您看行吗？"),
      (C, "下周四不行，那天我们有审核。"),
      (C, "下周二下午吧，我把车间主任也叫上。")],
     "declined", [("technical_review", 2, "2026-03-17")]),
    ([(R, "Could we run the pilot at your Tacoma depot next Thursday?"),
      (C, "Thursday's no good, we have an audit."),
      (C, "Tuesday morning works for us.")],
     "declined", [("trial", 2, "2026-03-17")]),
    # near miss: another date after the refusal that offers nothing
    ([(R, "下周四带两位工程师去你们厂里做个技术交流，您看行吗？"),
      (C, "下周四不行，那天我们有审核。"),
      (C, "下周二我们还要开年会。")],
     "declined", []),
    # near miss: a bare "yeah" after the talk moved on answers nothing
    ([(R, "Could we run the pilot next Monday?"),
      (C, "The weather's been awful this week."),
      (R, "It has."),
      (C, "Yeah.")],
     "none", []),
    # near miss: a later commitment to another step is the customer's own, not an answer to the ask
    ([(R, "Could we do the site visit at your Fresno plant next Tuesday?"),
      (C, "Fresno is a long drive for us."),
      (R, "True."),
      (C, "We'll send the redlines back to procurement by Friday.")],
     "none", [("procurement_step", 3, "2026-03-13")]),
]


@pytest.mark.parametrize("turns,response,actions", LATE, ids=[str(i) for i in range(len(LATE))])
def test_late_decisive_answer(turns, response, actions):
    f = extract(turns)
    assert [a.response for a in f.asks] == [response]
    assert [(a.type, a.turn, due(a.due_text)) for a in f.customer_actions] == actions
    if response == "none":
        assert all(a.proposal_turn is None for a in f.customer_actions)


# ---------------------------------------------------------------- the acceptance's time confirms the proposal's
# (turns, due of the one customer action)
CONFIRMS = [
    # the same weekday said bare: "Friday" after "next Friday" is next Friday (bare Friday would be tomorrow)
    ([(R, "Could we do the site visit at your plant next Friday?"), (C, "Sure, Friday works.")], "2026-03-20"),
    ([(R, "Can we hold the technical review with your architects next Friday at ten?"),
      (C, "Yes, Friday at ten is good.")], "2026-03-20"),
    # a period that contains the proposed day
    ([(R, "Can we run the demo for your ops leads on Monday the 16th?"), (C, "Yes, we're around next week.")],
     "2026-03-16"),
    # near miss: another weekday is a reschedule, the customer's day stands
    ([(R, "Could we do the site visit next Friday?"), (C, "Next Friday's bad, Thursday works.")], "2026-03-19"),
    # near miss: a day inside a proposed week narrows it, the customer's day stands
    ([(R, "Could we do the site visit at your plant next week?"), (C, "Sure, Tuesday works.")], "2026-03-17"),
]


@pytest.mark.parametrize("turns,due_iso", CONFIRMS, ids=[str(i) for i in range(len(CONFIRMS))])
def test_acceptance_time_confirms_or_replaces_the_proposal(turns, due_iso):
    f = extract(turns)
    assert len(f.customer_actions) == 1, f.customer_actions
    assert due(f.customer_actions[0].due_text) == due_iso


# ---------------------------------------------------------------- understated refusals (GUIDELINES hard call 30)
# (turns, ask response)
UNDERSTATED = [
    ([(R, "Could you take it to your board on the 24th?"), (C, "That might be a touch ambitious.")], "declined"),
    ([(R, "Could we run the pilot at all six depots next week?"), (C, "I'm not sure that would fly with the union.")],
     "declined"),
    ([(R, "Can we do the site visit next Tuesday?"), (C, "That's a big ask with the contractors on site.")], "declined"),
    ([(R, "Shall we book the plant walkthrough for next Friday?"), (C, "Go on then.")], "accepted"),
    ([(R, "Could we get your CFO on a call next Tuesday?"), (C, "Not sure yet, let me check her diary.")], "deferred"),
]


@pytest.mark.parametrize("turns,response", UNDERSTATED, ids=[str(i) for i in range(len(UNDERSTATED))])
def test_understated_refusals_and_assents(turns, response):
    f = extract(turns)
    assert [a.response for a in f.asks] == [response]
    assert bool(f.customer_actions) == (response == "accepted")


# ---------------------------------------------------------------- one ask per turn: the explicit question
def test_between_equal_asks_the_question_is_quoted():
    f = extract([(R, "You can donate part of your earnings to the charity. Can you donate part of your payment?")])
    assert [a.quote for a in f.asks] == ["Can you donate part of your payment?"]
    f = extract([(R, "Could we start the pilot some time? Let's start the pilot at your Reno depot on Monday.")])
    assert [a.quote for a in f.asks] == ["Let's start the pilot at your Reno depot on Monday."]  # more specific


# ---------------------------------------------------------------- how an answer accepts, defers or refuses
# (turns, ask response, [(action type, due)])
ANSWERS = [
    # the whole answer is the time (hard call 28)
    ([(R, "Could you send us the floor plan by Friday?"), (C, "Tomorrow.")], "accepted", [("send_information", "2026-03-13")]),
    ([(R, "Can we hold the technical review on the 20th?"), (C, "The 18th.")], "accepted",
     [("technical_review", "2026-03-18")]),
    ([(R, "Could you get the signed order form back to us by next Friday?"), (C, "Monday.")], "accepted",
     [("sign", "2026-03-16")]),
    ([(R, "Could we do the pilot next week?"), (C, "Next week\u2026")], "none", []),
    # zh: a time said alone is the time with particles and assent only; six characters more are a clause of their own
    # a later day offered instead of the one asked is a reschedule: the ask declined, the step at his day (hard call 16)
    ([(R, "下周二带您去我们嘉兴的工厂看看，您看行吗？"), (C, "下周三吧。")], "declined", [("site_visit", "2026-03-18")]),
    ([(R, "这周能把需求清单发我们吗？"), (C, "周五就行。")], "accepted", [("send_information", "2026-03-13")]),
    ([(R, "下周二带您去我们嘉兴的工厂看看，您看行吗？"), (C, "下周三我们要盘点。")], "none", []),
    ([(R, "Can we do the site visit Tuesday?"), (C, "Tuesday?")], "none", []),
    # the assent opens a later sentence
    ([(R, "Could we start the pilot on Monday?"), (C, "Hm. Well. Okay, let's do it.")], "accepted",
     [("trial", "2026-03-16")]),
    ([(R, "Can we walk the plant next Friday?"), (C, "Right. Sure, Friday works.")], "accepted",
     [("site_visit", "2026-03-20")]),
    ([(R, "Could we book the security review for Wednesday?"), (C, "Uh. Yes, Wednesday is open.")], "accepted",
     [("technical_review", "2026-03-18")]),
    ([(R, "Could we start the pilot on Monday?"), (C, "Well. Let me think about it. Sure, it sounds interesting.")],
     "deferred", []),
    ([(R, "Could we start the pilot on Monday?"), (C, "Hm. No thanks. Sure is a nice demo though.")], "declined", []),
    # a proposal with no time answered with the customer's own time for it (hard call 26)
    ([(R, "Could you send me your org chart?"), (C, "I'll get you that by Friday.")], "accepted",
     [("send_information", "2026-03-13")]),
    ([(R, "Can you share the floor plan with us?"), (C, "Sure, I'll send it over tomorrow.")], "accepted",
     [("send_information", "2026-03-13")]),
    ([(R, "Could you send us the usage data?"), (C, "Yes, I'll pull them next Monday.")], "accepted",
     [("send_information", "2026-03-16")]),
    ([(R, "Could you send me your org chart?"), (C, "I'll get you that.")], "none", []),
    ([(R, "Could you send us the usage data?"), (C, "We'll see, maybe next week.")], "deferred", []),
    # one word: no, maybe
    ([(R, "Would you like a demo some time?"), (C, "Maybe.")], "deferred", []),
    ([(R, "Could we run the pilot next week?"), (C, "No.")], "declined", []),
    ([(R, "Could we run the pilot next week?"), (C, "Nope.")], "declined", []),
    ([(R, "Could we run the pilot next week?"), (C, "No problem, let's do it.")], "accepted", [("trial", ("2026-03-16", "2026-03-22"))]),
    # a negated statement about the very step asked for
    ([(R, "Could we put ten units in your ward for a trial next month?"), (C, "We can't run a trial before July.")],
     "declined", []),
    ([(R, "Can we book a technical review next week?"), (C, "Our architects won't do a technical review this quarter.")],
     "declined", []),
    ([(R, "Could we start the pilot next week?"), (C, "Honestly we can't wait to start the pilot.")], "accepted",
     [("trial", ("2026-03-16", "2026-03-22"))]),
    ([(R, "Could we start the pilot next week?"), (C, "I can't decide the pilot alone, let me check with my boss.")],
     "deferred", []),
    ([(R, "Could we start the pilot next week?"), (C, "We don't have a sandbox yet, so Monday works.")], "accepted",
     [("trial", "2026-03-16")]),
    # zh: an offer found short is a counter-demand that refuses it; a fallback held out as a threat binds nothing
    ([(R, "这个价我们再让两个点，您看这周五能把合同签了吗？"), (C, "两个点不够。要么再让三个点，要么我们下周就跟别家签。")],
     "declined", []),
    ([(R, "您看下周一开始试用可以吗？"), (C, "周期太短了不够，否则我们就自己先测一轮。")], "declined", []),
    # zh: closing on the terms on the table answers a dated proposal with the order itself (sign outranks the step)
    ([(R, "您这边今天走OA审批，行的话我们就定了？"), (C, "行吧，就按这个价签。")], "accepted", [("sign", "2026-03-12")]),
    ([(R, "下周二把采购申请提上去，您看行吗？"), (C, "可以，那就签吧，合同你们发过来。")], "accepted",
     [("sign", "2026-03-17")]),
    # near miss: "我有个会" states a conflict, it commits to nothing
    ([(R, "下周二上午来您这边做个技术交流，您看行吗？"), (C, "下周二上午我有个会。")], "none", []),
]


@pytest.mark.parametrize("turns,response,actions", ANSWERS, ids=[str(i) for i in range(len(ANSWERS))])
def test_answer_forms(turns, response, actions):
    f = extract(turns)
    assert [a.response for a in f.asks] == [response]
    assert [(a.type, due(a.due_text)) for a in f.customer_actions] == actions


# ---------------------------------------------------------------- a refusal before a commitment declines the ask
def test_refusal_then_own_step():
    f = extract([(R, "Purchase decision by end of month?"),
                 (C, "Don't push. If the numbers hold up I take it to the board.")])
    assert [a.response for a in f.asks] == ["declined"]
    assert [(a.type, a.proposal_turn) for a in f.customer_actions] == [("internal_report", None)]
    f = extract([(R, "Could we start the pilot on Monday?"), (C, "We'll start the pilot Monday, but not before nine.")])
    assert [a.response for a in f.asks] == ["accepted"]
    assert [(a.type, a.proposal_turn) for a in f.customer_actions] == [("trial", 0)]


def test_assent_after_the_commitment_quotes_the_commitment():
    # The assent opens a later sentence than the commitment: the quote is the commitment, never an empty span.
    f = extract([(R, "Could we do the demo for your team next Tuesday at three?"),
                 (C, "We'll bring the whole team. Hm. Sounds good!")])
    assert f.customer_actions and all(a.quote.strip() for a in f.customer_actions)


# ---------------------------------------------------------------- the accepting words are the quote
def test_acceptance_quotes_the_assent_when_the_commitment_comes_later():
    """"Yeah, that I can do. Friday, half seven. Let's walk it together." answering a dated proposal: the accepting
    words are the action's quote, not the later sentence that carries the step out."""
    f = extract([(R, "Could your site lead walk the north car park with our engineer this Friday?"),
                 (C, "Yeah, that I can do. Friday, half seven, before the crews arrive. Let's walk it together, Sam.")])
    assert [(a.quote, a.turn, due(a.due_text)) for a in f.customer_actions] == [
        ("Yeah, that I can do.", 1, "2026-03-13")]


def test_acceptance_runs_to_a_commitment_in_the_next_sentence():
    """Near miss: a commitment in the first two sentences still runs the quote from the assent to it."""
    f = extract([(R, "Could we run the pilot at your Leeds depot from next Monday?"),
                 (C, "Sure. I'll get the depot manager to clear a bay.")])
    assert [a.quote for a in f.customer_actions] == ["Sure. I'll get the depot manager to clear a bay."]


# ---------------------------------------------------------------- a later time than the one asked: a reschedule
# (GUIDELINES hard calls 16 and 28) (turns, ask response, [(action type, due)])
RESCHEDULED = [
    ([(R, "Could we walk the loading bay with your shift leads next Tuesday?"),
      (C, "Tuesday's hopeless, we've got an audit. Thursday the 19th I can do.")],
     "declined", [("site_visit", "2026-03-19")]),
    ([(R, "Can you get the signed order form back to us by Friday?"), (C, "I'll have it signed on Monday.")],
     "declined", [("sign", "2026-03-16")]),
    ([(R, "下周一我们带样机过来，在你们二号线试跑一周，您看行吗？"), (C, "下周一线上要检修，下周三吧，我让班长配合。")],
     "declined", [("trial", "2026-03-18")]),
    # the proposed day refused with a reason, another offered (moved here from test_offline_dialogue's acceptances)
    ([(R, "下周三来给您做个技术评审可以吗？"), (C, "那就周四吧，周三我在外地。")],
     "declined", [("technical_review", "2026-03-19")]),
    # near misses: an earlier time still meets the ask; a later date on something else after the assent
    ([(R, "Could you send us the meter readings by next Friday?"), (C, "Sure, I'll send them on Monday.")],
     "accepted", [("send_information", "2026-03-16")]),
    ([(R, "Are you ready to sign the order form today?"),
      (C, "Yes. We'll sign it today, and purchasing will raise the PO by the end of next week.")],
     "accepted", [("sign", "2026-03-12"), ("sign", "2026-03-20")]),
]


@pytest.mark.parametrize("turns,response,actions", RESCHEDULED, ids=[str(i) for i in range(len(RESCHEDULED))])
def test_later_time_is_a_reschedule(turns, response, actions):
    f = extract(turns)
    assert [a.response for a in f.asks] == [response]
    assert [(a.type, due(a.due_text)) for a in f.customer_actions] == actions


# ---------------------------------------------------------------- refusals said as what the customer won't do (session 6)
# (turns, ask response, number of customer actions)
REFUSAL_FRAMES = [
    ([(R, "Could we run the sensors on line two for a month from Monday?"),
      (C, "No, we're not putting anything on line two while the audit runs.")], "declined", 0),
    ([(R, "Can we book the site survey for next Thursday?"), (C, "Honestly, I wouldn't. The board picked the lease.")],
     "declined", 0),
    ([(R, "Would you trial it in the cold store from the 20th?"), (C, "That's not happening, the cold store is full.")],
     "declined", 0),
    # near misses: a deferral until something else, a refusal handed on to a colleague, an idiom of assent
    ([(R, "Could we book the demo for your planners on Friday?"), (C, "We can't book anything until the shutdown is over.")],
     "none", 0),
    ([(R, "Could we walk the yard on Thursday?"), (C, "I can't Thursday. Priya?"), (C, "Thursday works for me.")],
     "accepted", 1),
    ([(R, "Could we start the pilot on Monday?"), (C, "Well, I can't see the harm in it. Go on then.")], "accepted", 1),
]


@pytest.mark.parametrize("turns,response,n", REFUSAL_FRAMES, ids=[str(i) for i in range(len(REFUSAL_FRAMES))])
def test_refusal_frames(turns, response, n):
    f = extract(turns)
    assert [a.response for a in f.asks] == [response]
    assert len(f.customer_actions) == n


# ---------------------------------------------------------------- an assent said last, or a time said good (session 6)
ASSENT_LAST = [
    ([(R, "Our installer can come to the depot Tuesday morning, does that work?"), (C, "Tuesday we're all in, yes.")],
     "accepted", [("other", "2026-03-17")]),
    ([(R, "Could we start the pilot on the 16th?"), (C, "Sixteenth is okay.")], "accepted", [("trial", "2026-03-16")]),
    ([(R, "Could we walk the plant on Friday?"), (C, "Friday morning's good, I'm on site from six.")], "accepted",
     [("site_visit", "2026-03-13")]),
    # near misses: an assent under a condition, an assent in principle
    ([(R, "Could we start the pilot on the 16th?"), (C, "If legal signs off, sure.")], "none", []),
    ([(R, "Could we start the pilot after Easter?"), (C, "I mean, in principle, yes.")], "accepted", []),
]


@pytest.mark.parametrize("turns,response,actions", ASSENT_LAST, ids=[str(i) for i in range(len(ASSENT_LAST))])
def test_assent_said_last(turns, response, actions):
    f = extract(turns)
    assert [a.response for a in f.asks] == [response]
    assert [(a.type, due(a.due_text)) for a in f.customer_actions] == actions


# ---------------------------------------------------------------- leave asked for the dated step just offered (session 6)
LEAVE_FOR_OFFER = [
    ([(R, "I can have a fitter put it in this Saturday morning, before you open. Want me to book that?"),
      (C, "Sure, let's do that.")], ["accepted"], [("other", "2026-03-14")]),
    ([(R, "We can switch you to the Team plan from April first. Shall I go ahead?"), (C, "Yes, go ahead.")], ["accepted"],
     [("sign", "2026-04-01")]),
    ([(R, "Our surveyor could come out on Tuesday the 17th. Are you happy for me to book that in?"), (C, "Yep.")],
     ["accepted"], [("other", "2026-03-17")]),
    # a purchase said sentences after the assent is quoted itself
    ([(R, "Our crane could lift it on Friday the 20th. Can I pencil that in?"),
      (C, "Go on. Let's do it. I'll raise the PO this afternoon.")], ["accepted"], [("sign", "2026-03-12")]),
    # near misses: leave asked with no day offered, and leave asked for the rep's own errand
    ([(R, "I can have a fitter put it in some time. Want me to book that?"), (C, "Sure.")], [], []),
    ([(R, "I'll send the brochure tonight. Want me to go ahead?"), (C, "Sure.")], [], []),
]


@pytest.mark.parametrize("turns,responses,actions", LEAVE_FOR_OFFER, ids=[str(i) for i in range(len(LEAVE_FOR_OFFER))])
def test_leave_for_the_dated_offer(turns, responses, actions):
    f = extract(turns)
    assert [a.response for a in f.asks] == responses
    assert [(a.type, due(a.due_text)) for a in f.customer_actions] == actions


# ---------------------------------------------------------------- someone or something else first, then a decision (session 6)
ELSE_FIRST = [
    ([(R, "Could we roll it out to all sixty stalls from April 1st?"), (C, "Let the committee decide first lah.")],
     "deferred"),
    ([(R, "Can we sit with your directors on the 10th?"), (C, "First let us see the pilot. Then we'll talk.")], "deferred"),
    ([(R, "Would you introduce me to your CFO next week?"), (C, "Let the first lot come, then we will see.")], "deferred"),
    # near misses: a plain yes, and a step the customer does first himself
    ([(R, "Could we roll it out from April 1st?"), (C, "Let's do it.")], "accepted"),
    ([(R, "Can we start the pilot on Monday?"), (C, "Sure, we will see you on Monday then.")], "accepted"),
]


@pytest.mark.parametrize("turns,response", ELSE_FIRST, ids=[str(i) for i in range(len(ELSE_FIRST))])
def test_someone_else_first(turns, response):
    f = extract(turns)
    assert [a.response for a in f.asks] == [response]


# ---------------------------------------------------------------- a step held until someone else passed on it, and
# staying put (session 7): deferred, and declined; no customer action either way
HELD_OR_STAYING = [
    ([(R, "Could we put two scanners in the Leith branch from next Monday?"),
      (C, "Before we can commit to anything like that it has to go through the trustees.")], "deferred", 0),
    ([(R, "Can we get the catering trial started on the 16th?"),
      (C, "Look, it would need to go past the board first.")], "deferred", 0),
    ([(R, "Shall we switch your three vans over on Monday the 16th?"),
      (C, "Yeah, so, honestly, we're staying put for now.")], "declined", 0),
    ([(R, "Could we move the dispatch desk onto the new system next Tuesday?"),
      (C, "We'll keep things as they are, thanks.")], "declined", 0),
    # near misses: a plain yes with a step of their own, and a board already past
    ([(R, "Could we put two scanners in the Leith branch from next Monday?"),
      (C, "Yes, I'll have the branch manager clear a desk for them.")], "accepted", 1),
    ([(R, "Can we get the catering trial started on the 16th?"),
      (C, "Sure, the board has already seen it, so go ahead.")], "accepted", 1),
]


@pytest.mark.parametrize("turns,response,n", HELD_OR_STAYING, ids=[str(i) for i in range(len(HELD_OR_STAYING))])
def test_held_or_staying(turns, response, n):
    f = extract(turns)
    assert [a.response for a in f.asks] == [response]
    assert len(f.customer_actions) == n


# ---- someone else consulted first, and "not without …" (session 7): deferred, and declined
CONSULTED_FIRST = [
    ([(R, "Could we start the pilot next Monday?"), (C, "Let me check with our plant manager first.")], "deferred", 0),
    ([(R, "Could we book the survey for Thursday?"), (C, "I'll have to talk it over with my partner first.")], "deferred", 0),
    ([(R, "Shall I put that order through today?"), (C, "Not without the spare batteries.")], "declined", 0),
    # near misses: a plain dated yes, and a "first" that orders the customer's own steps
    ([(R, "Could we start the pilot next Monday?"), (C, "Yes, Monday works.")], "accepted", 1),
    ([(R, "Could we book the survey for Thursday?"), (C, "Sure, I'll clear the loft first.")], "accepted", 1),
]


@pytest.mark.parametrize("turns,response,n", CONSULTED_FIRST, ids=[str(i) for i in range(len(CONSULTED_FIRST))])
def test_consulted_first(turns, response, n):
    f = extract(turns)
    assert [a.response for a in f.asks] == [response]
    assert len(f.customer_actions) == n
