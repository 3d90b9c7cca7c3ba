"""English rows of session 8's branch t8en: each construction with sentences written for it in other words and
other trades, and near misses it must leave alone. Rows as in offline_table: (role, text, expected labels,
expected due), meeting 2026-03-12 (Thursday)."""

from __future__ import annotations

import pytest

from offline_table import C, R, check_row

# ---- the rep closing the topic or the call ("I'll leave it there", "I'll leave you to it") owes no work; a thing
# left with the customer for a time, or with someone named, is a hand-over
CLOSINGS_EN = [
    (R, "Right, I won't push, I'll leave it at that for today.", set(), None),
    (R, "Okay folks, I'll leave you to your evening.", set(), None),
    (R, "No pressure at all, I'll leave that with you.", set(), None),
    (R, "We'll leave things there for now and pick it up after the audit.", set(), None),
    (R, "Cheers for your time, I'll leave things there so.", set(), None),
    # near misses: something physical left for a time, or with a named person
    (R, "I'll leave the demo tablet with you for the week.", {"rep"}, None),
    (R, "I'll leave the sample binder with Marta on Friday.", {"rep"}, None),
]


@pytest.mark.parametrize("role,text,expected,due", CLOSINGS_EN, ids=[r[1][:32] for r in CLOSINGS_EN])
def test_en_rep_closing_is_no_task(role, text, expected, due):
    check_row(role, text, expected, due, language="en")


# ---- a definite share of the customer's money, or the whole of it given outright, is an amount: the donation or
# purchase asked with it is specific; "part of", "how much of", "any of" leave it open
SHARE_EN = [
    (R, "Could you donate a quarter of your earnings to the shelter?", {"ask:specific"}, None),
    (R, "Would you be willing to donate your whole payment from this survey to the flood appeal?", {"ask:specific"},
     None),
    (R, "How about donating 50% of your bonus to the hospice?", {"ask:specific"}, None),
    # near misses: the amount left open
    (R, "Would you be willing to donate part of your payment to the hospice?", {"ask:vague"}, None),
    (R, "Could you donate some of your earnings to the shelter?", {"ask:vague"}, None),
]


@pytest.mark.parametrize("role,text,expected,due", SHARE_EN, ids=[r[1][:32] for r in SHARE_EN])
def test_en_share_of_payment_is_an_amount(role, text, expected, due):
    check_row(role, text, expected, due, language="en")


# ---- a step set aside for later, or talk put after another event, answers a proposal with a stall: deferred, and
# no customer action; a yes that sets its own time stays an acceptance
def _exchange(ask: str, answer: str):
    from offline_table import run
    _, f = run([(R, ask), (C, answer)])
    return f


STALLS_EN = [
    ("Could we run the pilot on line two from Monday?", "Let's put a pin in it until the audit's done.", "deferred"),
    ("Can we get your head chef on a tasting session next Tuesday?", "We'll talk again once the new menu is out.",
     "deferred"),
    ("Shall we book the site walk for Friday?", "Honestly, I'd park that for now, the roof job comes first.",
     "deferred"),
    ("Could we do the fitting on Wednesday?", "Let's decide after the board has met on it.", "deferred"),
    ("Could we book the commissioning for next Thursday?",
     "Let's leave it open for now. I'll call you when the roof's finished.", "deferred"),
]


@pytest.mark.parametrize("ask,answer,response", STALLS_EN, ids=[r[1][:32] for r in STALLS_EN])
def test_en_step_set_aside_is_deferred(ask, answer, response):
    f = _exchange(ask, answer)
    assert [a.response for a in f.asks] == [response]
    assert not f.customer_actions


STALL_NEAR_MISSES_EN = [
    # a yes with its own dated step, the talk afterwards only an aside
    ("Could we run the pilot on line two from Monday?", "Yes, Monday works, we'll talk about line three after that."),
    ("Can we book the tasting for Tuesday?", "Sure, book it for Tuesday."),
    ("Could we book the commissioning for next Thursday?", "Yes, keep Thursday open for us, we'll be there."),
]


@pytest.mark.parametrize("ask,answer", STALL_NEAR_MISSES_EN, ids=[r[1][:32] for r in STALL_NEAR_MISSES_EN])
def test_en_yes_is_not_a_stall(ask, answer):
    f = _exchange(ask, answer)
    assert [a.response for a in f.asks] == ["accepted"]
    assert f.customer_actions


CLOSINGS_CUSTOMER_EN = [
    (C, "Fine, we will discuss it further once the trial is over.", set(), None),
    (C, "We can chat about it again when the grant comes through.", set(), None),
    (C, "Our head of ops wants to look at the rollout after the audit.", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", CLOSINGS_CUSTOMER_EN, ids=[r[1][:32] for r in CLOSINGS_CUSTOMER_EN])
def test_en_talk_put_after_an_event_is_no_action(role, text, expected, due):
    check_row(role, text, expected, due, language="en")


# ---- the rep saying what they need from the customer to do their part asks the customer to hand it over (a vague
# send_information ask); time or approval needed, or the rep's own work, asks for nothing
NEEDS_EN = [
    (R, "To quote the racking properly I'll need the floor plan of the mezzanine.", {"ask:vague"}, None),
    (R, "We'd need your last three water bills to size the softener.", {"ask:vague"}, None),
    (R, "For the lease I'll need a copy of the fleet list, the VIN numbers too if you have them.", {"ask:vague"}, None),
    # near misses: time, or a sign-off, is what is needed
    (R, "I'll need a couple of days to price it.", set(), None),
    (R, "I'll need the weekend to finish the drawings.", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", NEEDS_EN, ids=[r[1][:32] for r in NEEDS_EN])
def test_en_rep_need_asks_for_information(role, text, expected, due):
    check_row(role, text, expected, due, language="en")


# ---- going somewhere to see the offering at work is a site visit; a time said on its own with the speaker's
# availability right after ("Monday I'm free.") dates it; wanting to see it, or having seen it, is none
VISITS_EN = [
    (C, "Let's drive over together and see it on Friday.", {"action:site_visit", "joint"}, "2026-03-13"),
    (C, "OK, we'll head out to Leeds and look at the line. Monday I'm free.", {"action:site_visit"}, "2026-03-16"),
    (R, "Could you come over to Bristol on Tuesday to see the kiln running?", {"ask:specific"}, None),
    # near misses: a wish, a past visit, a look at one's own goods
    (C, "I want to see it running in a real plant first.", set(), None),
    (C, "We went down and saw it last year.", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", VISITS_EN, ids=[r[1][:32] for r in VISITS_EN])
def test_en_going_to_see_it_is_a_site_visit(role, text, expected, due):
    check_row(role, text, expected, due, language="en")


# ---- moving the customer's business onto the vendor's offer, whatever the verb of moving, is buying it: asked by
# the rep it is an ask (vague without a time); a move of their own that is no purchase, or a past one, is none
MOVES_EN = [
    (R, "Would you think about moving the other two depots over to us when the lease is up?", {"ask:vague"}, None),
    (R, "Could we migrate your two other sites to the enterprise tier on Monday?", {"ask:specific"}, None),
    (R, "Would you be open to switching the clinic onto a three-year agreement?", {"ask:vague"}, None),
    # near misses: an office move, a move made last year
    (C, "We're moving to a new office next month.", set(), None),
    (C, "We moved everything to the cloud platform last year.", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", MOVES_EN, ids=[r[1][:32] for r in MOVES_EN])
def test_en_moving_onto_the_offer_is_a_purchase(role, text, expected, due):
    check_row(role, text, expected, due, language="en")


# ---- the rep turning up on a day ("I will come Monday morning at ten") is a rep task, with or without "over/by";
# coming back to someone, or coming with no day, is none
PRESENCE_EN = [
    (R, "I'll come Tuesday afternoon with the sample boards.", {"rep"}, None),
    (R, "We will come next Monday and fit the brackets.", {"rep"}, None),
    (R, "I'm going to come on Friday to calibrate it.", {"rep"}, None),
    # near misses: coming back to them, no day
    (R, "I'll come back to you on that.", set(), None),
    (R, "I'll come by some time.", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", PRESENCE_EN, ids=[r[1][:32] for r in PRESENCE_EN])
def test_en_rep_coming_on_a_day_is_a_task(role, text, expected, due):
    check_row(role, text, expected, due, language="en")


# ---- "I'll" typed or transcribed without its apostrophe ("ill send you the spec sheet") binds as "I'll" does, before
# a verb of doing; "ill" the adjective, or before a verb of talk, binds nothing
ILL_EN = [
    (R, "ok ill email you the wiring diagram tomorrow", {"rep"}, None),
    (C, "fine ill sign it tonight", {"action:sign"}, "2026-03-12"),
    (R, "right so ill book the van for thursday", {"rep"}, None),
    # near misses: the adjective, a verb of talk
    (C, "my dad is ill so monday is out", set(), None),
    (R, "ill tell you what, let me think about it", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", ILL_EN, ids=[r[1][:32] for r in ILL_EN])
def test_en_ill_without_apostrophe_binds(role, text, expected, due):
    check_row(role, text, expected, due, language="en")


# ---- an event named in the plural ("workshops", "demos", "trainings") is as much a proposed what as in the singular;
# events already held are none
EVENTS_EN = [
    (R, "Would it make sense to add a couple of workshops for the night shift?", {"ask:vague"}, None),
    (R, "Shall we line up some demos for your branch managers?", {"ask:vague"}, None),
    (R, "Could we do the trainings in May?", {"ask:vague"}, None),
    # near misses: held already
    (R, "We ran two workshops there last month.", set(), None),
    (R, "We did the audits for them in January.", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", EVENTS_EN, ids=[r[1][:32] for r in EVENTS_EN])
def test_en_events_in_the_plural(role, text, expected, due):
    check_row(role, text, expected, due, language="en")
