"""English customer commitments that no action-type word names, and the clause and date structure around them
(session 5, branch ten). Rows as in offline_table: (role, text, expected labels, expected due), meeting
2026-03-12 (Thursday)."""

from __future__ import annotations

import pytest

from offline_table import C, check_notes_row, check_row

# ---- a dated first-person deed binds the customer's side even when no type word names it; states, needs,
# contact, deferral and undated deeds do not
DEEDS_EN = [
    (C, "Okay, I'll set up the user accounts for the night crew on Monday.", {"action:other"}, "2026-03-16"),
    (C, "We'll pick the three stores by next Wednesday.", {"action:other"}, "2026-03-18"),
    (C, "I'll get you the floor counts tomorrow, they're in a spreadsheet.", {"action:send_information"}, "2026-03-13"),
    (C, "Fine, I'll wire the deposit this afternoon.", {"action:sign"}, "2026-03-12"),
    (C, "I'll brief the ward managers on Tuesday.", {"action:internal_report"}, "2026-03-17"),
    # near misses: a state, a need, deferral, a stall, no date
    (C, "I'll be in Denver on Wednesday.", set(), None),
    (C, "I'll need your insurance certificate by Friday.", set(), None),
    (C, "I'll get back to you on Friday.", set(), None),
    (C, "We'll have a think about it over the weekend.", set(), None),
    (C, "I'll set up the user accounts for the night crew.", set(), None),
    (C, "I'll tell you on Monday what the board said.", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", DEEDS_EN, ids=[r[1][:32] for r in DEEDS_EN])
def test_en_dated_deeds(role, text, expected, due):
    check_row(role, text, expected, due, language="en")


# ---- a purpose or result clause ("so it's not a surprise", ", otherwise nothing moves") is its own clause: its
# negation does not negate the promise before it; a negated promise stays negated
PURPOSE_EN = [
    (C, "I'll brief the CFO on Monday so it's not a surprise.", {"action:internal_report"}, "2026-03-16"),
    (C, "We'll send the shift data tomorrow so nobody is guessing.", {"action:send_information"}, "2026-03-13"),
    (C, "I'll get the access request to our change board by Friday, otherwise nothing moves.", {"action:other"},
     "2026-03-13"),
    # near misses: the promise itself negated
    (C, "I won't brief the CFO on Monday so it's your call.", set(), None),
    (C, "We can't send the shift data tomorrow so it'll have to wait.", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", PURPOSE_EN, ids=[r[1][:32] for r in PURPOSE_EN])
def test_en_purpose_clause_negation(role, text, expected, due):
    check_row(role, text, expected, due, language="en")


# ---- a day's occasion ("at Tuesday's meeting", "after Monday's committee") dates the action done there; a
# long period's possessive ("next year's budget") dates the thing, not the action
OCCASION_EN = [
    (C, "I'll raise it at Tuesday's ops meeting.", {"action:other"}, "2026-03-17"),
    (C, "I'll put your quote to the partners at Monday's meeting.", {"action:other"}, "2026-03-16"),
    (C, "I'll brief the plant manager after Friday's review.", {"action:internal_report"}, "2026-03-13"),
    # near misses: the possessive of a longer period modifies a noun; a day's noun with no deed
    (C, "We're planning next year's budget.", set(), None),
    (C, "Friday's shipment was late again.", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", OCCASION_EN, ids=[r[1][:32] for r in OCCASION_EN])
def test_en_occasion_dates_action(role, text, expected, due):
    check_row(role, text, expected, due, language="en")


# ---- signing paperwork that buys nothing is a procurement step, not the order
PAPERWORK_EN = [
    (C, "The NDA will be countersigned on our end by Thursday.", {"action:procurement_step"}, "2026-03-19"),
    (C, "I'll sign the DPA tomorrow.", {"action:procurement_step"}, "2026-03-13"),
    (C, "We'll get the mutual NDA signed on Monday.", {"action:procurement_step"}, "2026-03-16"),
    # near misses: the contract and the order form are the order
    (C, "We'll sign the contract on Friday.", {"action:sign"}, "2026-03-13"),
    (C, "The order form will be countersigned by Monday.", {"action:sign"}, "2026-03-16"),
]


@pytest.mark.parametrize("role,text,expected,due", PAPERWORK_EN, ids=[r[1][:32] for r in PAPERWORK_EN])
def test_en_non_purchase_paperwork(role, text, expected, due):
    check_row(role, text, expected, due, language="en")


# ---- notes: a customer's dated deed that no type word names ("Marco will send …", "She committed to walking …"), and
# a name with a contracted future ("Joan's going to …") opening the clause; undated deeds, the writer's own plans and
# a name's possessive ("Fred's report") do not
NOTES_DEEDS_EN = [
    (["Visited the depot with Priya.", "Marco will set up the user accounts for both clinics by Tuesday."],
     {"action:other"}, "2026-03-17"),
    (["Call with the clinic manager.", "She committed to walking the front desk through the booking flow on Monday."],
     {"action:other"}, "2026-03-16"),
    (["Met Joan at the hospice.", "Joan's going to export the volunteer roster and send it over by Friday."],
     {"action:send_information"}, "2026-03-13"),
    # near misses
    (["Met Joan at the hospice.", "Joan's going to export the volunteer roster at some point."], set(), None),
    (["Met Fred at the yard.", "Fred's report on the forklifts was long."], set(), None),
    (["Met Fred at the yard.", "I will send the revised layout by Friday."], {"rep"}, None),
]


@pytest.mark.parametrize("sentences,expected,due", NOTES_DEEDS_EN, ids=[r[0][1][:32] for r in NOTES_DEEDS_EN])
def test_en_notes_dated_deeds(sentences, expected, due):
    check_notes_row(sentences, expected, due, language="en")


# ---- what the customer will need from the vendor ("I'll need your W-9") is a want of theirs, not a step they take;
# a step they will take stays one
NEED_EN = [
    (C, "I'll need your W-9 and a certificate of insurance for the vendor setup.", set(), None),
    (C, "We'll need the security questionnaire back before the pilot.", set(), None),
    (C, "I'll also need a one-page summary for the board.", set(), None),
    # near misses: the customer's own step, with or without "need to"
    (C, "I'll send the floor plans on Friday.", {"action:send_information"}, "2026-03-13"),
    (C, "We'll start the vendor registration on Monday.", {"action:procurement_step"}, "2026-03-16"),
]


@pytest.mark.parametrize("role,text,expected,due", NEED_EN, ids=[r[1][:32] for r in NEED_EN])
def test_en_needs_of_the_vendor(role, text, expected, due):
    check_row(role, text, expected, due, language="en")


# ---- code-switched notes: the customer hands something over with an English verb of sending ("把 asset list email 给我");
# a handover already done, or one to a third party, is none
NOTES_HANDOVER_MIXED = [
    (["拜访 Priya。", "Priya 答应这个礼拜五前把 28 台 counter 的 asset list email 给我。"], {"action:send_information"}, "2026-03-13"),
    (["拜访贝文。", "贝文答应下周五之前把电费账单 share 给我们。"], {"action:send_information"}, "2026-03-20"),
    (["拜访 Mr Tan。", "Mr Tan 答应明天把 floor plan forward 给我们。"], {"action:send_information"}, "2026-03-13"),
    # near misses
    (["拜访 Priya。", "Priya 说上个月已经把 asset list email 给我了。"], set(), None),
    (["拜访 Priya。", "Priya 答应这个礼拜五前把 asset list email 给她老板。"], set(), None),
]


@pytest.mark.parametrize("sentences,expected,due", NOTES_HANDOVER_MIXED, ids=[r[0][1][:20] for r in NOTES_HANDOVER_MIXED])
def test_mixed_notes_handover_in_english(sentences, expected, due):
    check_notes_row(sentences, expected, due, language="mixed")


# ---- the customer's side binds itself through an agent (hard calls 29, 34): a future passive whose agent is "our/my …",
# a department, or a name after a handover to the vendor; a colleague promised to deliver to the vendor; a deliverable
# counted ("twenty scanned pages") handed over like "the pages"
AGENT_EN = [
    (C, "The site drawings will be couriered to you by Marta on Monday.", {"action:send_information"}, "2026-03-16"),
    (C, "The risk review will be kicked off by our compliance lead next Tuesday.", {"action:other"}, "2026-03-17"),
    (C, "He'll get the calibration logs over to you tomorrow.", {"action:send_information"}, "2026-03-13"),
    (C, "I can have forty sample invoices over to you by Friday.", {"action:send_information"}, "2026-03-13"),
    # near misses: a deadline after "by", not an agent; a passive judged by the customer, not a step
    (C, "The results will be sent to you by Friday.", set(), None),
    (C, "We were surprised by our own error rate last month.", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", AGENT_EN, ids=[r[1][:32] for r in AGENT_EN])
def test_en_agent_binds_the_customer(role, text, expected, due):
    check_row(role, text, expected, due, language="en")


# ---- what a third party of the customer's will say, ask or feel is no step of theirs; what it will do is
THIRD_SAYS_EN = [
    (C, "Kurt'll send the vibration numbers on Monday.", {"action:send_information"}, "2026-03-16"),
    (C, "Our finance team will raise the PO next Tuesday.", {"action:sign"}, "2026-03-17"),
    (C, "Procurement will run the tender next month.", {"action:procurement_step"}, ("2026-04-01", "2026-04-30")),
    # near misses: the same parties asking, wanting, having questions
    (C, "Marta'll ask about the data residency.", set(), None),
    (C, "Legal will have questions about the indemnity clause next week.", set(), None),
    (C, "Our CFO will want the payback model before the board.", set(), None),
]


@pytest.mark.parametrize("role,text,expected,due", THIRD_SAYS_EN, ids=[r[1][:32] for r in THIRD_SAYS_EN])
def test_en_third_party_says_or_does(role, text, expected, due):
    check_row(role, text, expected, due, language="en")


# ---- a bare weekday said as the correction of a day that names its week, across a sentence or not: that week's day
@pytest.mark.parametrize("text,lang,due", [
    ("She can have the logs to you next Thursday. No, Friday, she's off Thursday.", "en", "2026-03-20"),
    ("I'll get the drawings over to you next Tuesday, sorry, Wednesday.", "en", "2026-03-18"),
    ("数据我下周四……不对，周五发你。", "zh", "2026-03-20"),
    # near misses: a bare day corrected by a bare day, and two days both meant
    ("I'll send the logs Thursday, sorry, Friday.", "en", "2026-03-13"),
    ("I'll send the logs next Thursday or Friday.", "en", "2026-03-19"),
])
def test_day_corrected_in_its_week(text, lang, due):
    from offline_table import MEETING, run

    from analyzer.pipeline import resolve_dates
    _, f = run([(C, text)], language=lang)
    assert [str(a.due_date) for a in resolve_dates(f, MEETING).customer_actions] == [due]
