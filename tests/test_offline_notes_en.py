"""English prose visit notes: proposals with the writer's subject dropped or in the passive of minutes, promises
reported in the customer's words, a report taken to the boss, praise attributed by "described by".

Rows written for the rules (three each that must be caught, near misses that must not), not copied from eval
cases. Same row format as tests/test_offline_notes.py. Meeting date 2026-03-12 (Thursday).
"""

from __future__ import annotations

import pytest

from offline_table import check_notes_row


ROWS = [
    # ---- proposals: the writer's subject dropped, or the passive of minutes
    (["Proposed a plant tour next Tuesday with their QA lead."], {"ask:specific"}, None),
    (["Met the ops team; suggested a pilot on one line starting next Monday."], {"ask:specific"}, None),
    (["A two-week trial at the Reno depot was proposed by our team, to begin next Monday."], {"ask:specific"}, None),
    (["Asked what made them pick the incumbent."], set(), None),
    (["Proposed changes to the contract were discussed."], set(), None),
    # ---- eagerness reported for the proposal is agreement (tune-en); eagerness overruled by a no is not
    (["I suggested a pilot starting Monday; Jim was keen."], {"ask:specific", "action:trial"}, "2026-03-16"),
    (["I proposed a site walk next Thursday with their foreman, and they were all for it."],
     {"ask:specific", "action:site_visit"}, "2026-03-19"),
    (["I proposed a site walk next Thursday with their foreman.", "Sam looked keen, but Margit said no."],
     {"ask:specific"}, None),
    # ---- a passive agreement answers the proposal before it
    (["A pilot at two sites was proposed by us, starting next Monday.",
      "It was agreed that the pilot would begin next Monday."], {"ask:specific", "action:trial"}, "2026-03-16"),
    # ---- promises reported in the customer's words; things the customer will send the writer
    (["She said she'll sign the order form on Friday."], {"action:sign"}, "2026-03-13"),
    (["Joe promised to send the floor drawings by Friday."], {"action:send_information"}, "2026-03-13"),
    (["He said he'd have Kim send us the site survey next week."], {"action:send_information"},
     ("2026-03-16", "2026-03-22")),
    (["She said she'd already sent the drawings last week."], set(), None),
    (["He promised to think about it."], set(), None),
    # ---- a report taken to the boss, an item put in a paper
    (["Priya will take the survey results to her VP at the capex review on Monday."], {"action:internal_report"},
     "2026-03-16"),
    (["He'll include a costed option in the January cabinet paper."], {"action:internal_report"}, None),
    (["He took the results to his VP last month."], set(), None),
    # ---- praise attributed to the customer
    (["The new dashboard was described by Mr Ruiz as the best he had seen."], {"praise"}, None),
    (["Priya likes our containment approach."], {"praise"}, None),
]


@pytest.mark.parametrize("sentences,expected,due", ROWS, ids=[r[0][-1][:28] for r in ROWS])
def test_en_notes_row(sentences, expected, due):
    check_notes_row(sentences, expected, due, "en")


# ---- a named customer answering with a verb of refusing or agreeing ("Ray declined", "Tina pushed back") answers the
# open proposal; a named person doing something else, or the writer declining, does not
@pytest.mark.parametrize("answer,response", [
    ("Ray declined, said they know their numbers.", "declined"),
    ("Tina pushed back, said the budget is gone.", "declined"),
    ("Omar turned it down flat.", "declined"),
    ("Omar accepted on the spot.", "accepted"),
    # near misses
    ("Ray drove us back to the station.", "none"),
    ("I declined to discount it further.", "none"),
])
def test_en_notes_named_answer(answer, response):
    from offline_table import run
    _, f = run([("unknown", "Proposed a free water audit of their Mesa site next Tuesday."), ("unknown", answer)],
               kind="notes", language="en")
    assert [a.response for a in f.asks] == [response]


# ---- two evaluations joined by "and" in one reported sentence are two items (the second may be a benefit, with its
# own subject or the first's); one evaluation with a plain "and" inside stays one
@pytest.mark.parametrize("sentence,items", [
    ("Dana said the label editor was very intuitive and that it would save her team an hour a day.", 2),
    ("Tom said the tablet mounts were sturdier than Zonar's and would take the paper logs off his desk.", 2),
    ("Lee reckoned the portal was the cleanest she had seen and the reports were really clear.", 2),
    # near misses
    ("Dana said the label editor was very intuitive and easy to learn.", 1),
    ("Dana said she would think about it and that the budget is tight.", 0),
])
def test_en_notes_coordinated_praise(sentence, items):
    from offline_table import run
    _, f = run([("unknown", sentence)], kind="notes", language="en")
    assert len(f.praise) == items, [p.quote for p in f.praise]


# ---- terse notes (session 7): a step put to them as their will or readiness ("asked if Dana would hand out …"), "asked
# re …", minutes abbreviated ("30 mins w/ Priya"), and the reply written after an arrow ("-> no"); the dropped writer
# before a verb of proposing stays the writer even when the step is sent to us
TERSE_ASKS = [
    (["I asked if Dana would hand out the new badges to her drivers this Friday."], "ask:specific", "none"),
    (["asked re a trial on two forklifts from Mon 16 Mar -> maybe later"], "ask:specific", "deferred"),
    (["asked Dana for 30 mins w/ Priya on Tue to walk the rota -> no, she has no slots"], "ask:specific", "declined"),
    (["Asked if the chef would at least send us the menu cycle this week, she said not needed."], "ask:specific",
     "declined"),
    # near misses: a question about what they know, and a probe answered after the arrow
    (["I asked if they would know the door count by heart."], None, None),
    (["asked what tipped it -> price, mostly"], None, None),
]


@pytest.mark.parametrize("sentences,label,response", TERSE_ASKS, ids=[r[0][0][:28] for r in TERSE_ASKS])
def test_en_notes_terse_asks(sentences, label, response):
    from offline_table import labels, run
    _, f = run([("unknown", s) for s in sentences], kind="notes", language="en")
    assert labels(f) - {"signal"} == ({label} if label else set())
    assert [a.response for a in f.asks] == ([response] if response else [])
