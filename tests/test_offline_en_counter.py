"""English answers that name the customer's own time for the step asked (GUIDELINES hard call 16), and the date
phrases they use (session 5, branch ten). Meeting 2026-03-12 (Thursday)."""

from __future__ import annotations

import pytest

from analyzer import dates
from offline_table import MEETING, C, R, run

ASK = "Could we start the two-week pilot at your Leeds depot on Monday the 16th?"

# (answer, response, [(type, due)]): a day of their own in a counter-offer frame takes the step at that day; the
# proposed day refused ("not Monday", "Monday's tight") declines the ask; the same day said again accepts it.
COUNTERS = [
    ("Monday's tight for us. Make it Wednesday the eighteenth.", "declined", [("trial", "2026-03-18")]),
    ("Yes, but not the 16th, we've got an audit that week. Start it the 23rd.", "declined", [("trial", "2026-03-23")]),
    ("Monday the 23rd I could do.", "declined", [("trial", "2026-03-23")]),
    ("The 16th is out. Could we do the 23rd instead?", "declined", [("trial", "2026-03-23")]),
    # near misses: no time of their own, a question that is no counter-offer, the refused day alone
    ("Make it longer than two weeks, though.", None, []),
    ("Could we do it with the Bradford team?", None, []),
    ("Not Monday, we've got an audit.", "declined", []),
]


@pytest.mark.parametrize("answer,response,actions", COUNTERS, ids=[c[0][:32] for c in COUNTERS])
def test_en_counter_offer(answer, response, actions):
    t, f = run([(R, ASK), (C, answer)])
    assert len(f.asks) == 1
    if response is not None:
        assert f.asks[0].response == response, (answer, f.asks[0].response)
    got = [(a.type, dates.resolve(a.due_text, MEETING).start.isoformat() if a.due_text else None)
           for a in f.customer_actions]
    assert got == actions, (answer, got)


# A weekday before a spelled-out day makes it a date whatever follows it; without the weekday a spelled-out day needs
# an end or a verb after it ("the second is cheaper" names no day).
SPELLED = [
    ("make it Wednesday the eighteenth and you've got a deal", "Wednesday the eighteenth", "2026-03-18"),
    ("Friday the twentieth, let's walk it together then", "Friday the twentieth", "2026-03-20"),
    ("Tuesday the seventeenth and the eighteenth both work", "Tuesday the seventeenth", "2026-03-17"),
    ("the second is cheaper", None, None),
    ("the fifth floor and the roof", None, None),
]


@pytest.mark.parametrize("text,phrase,due", SPELLED, ids=[s[0][:32] for s in SPELLED])
def test_en_weekday_spelled_day(text, phrase, due):
    found = dates.find(text)
    if phrase is None:
        assert found == [], [m.text for m in found]
        return
    assert found and found[0].text == phrase, [m.text for m in found]
    assert dates.resolve(found[0].text, MEETING).start.isoformat() == due
