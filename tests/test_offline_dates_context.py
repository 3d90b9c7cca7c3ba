"""Due dates said elsewhere than in the commitment's own clause (evidence.event_date and the dialogue's context).

Meeting date 2026-03-12 (Thursday). Each row: the turns, then the due of the first customer action (an ISO date,
a (start, end) pair, or None when the action must stay undated).
"""

from __future__ import annotations

import pytest
from offline_table import C, R, assert_verbatim, run

from analyzer.dates import resolve
from offline_table import MEETING


def _due(turns, language):
    t, f = run(turns, language=language)
    assert_verbatim(t, f)
    assert f.customer_actions, f"no customer action in {turns!r}"
    phrase = f.customer_actions[0].due_text
    due = resolve(phrase, MEETING) if phrase else None
    if due is None:
        return None
    return due.start.isoformat() if due.end is None else (due.start.isoformat(), due.end.isoformat())


EVENT_ROWS = [
    # A step taken at a meeting named just before it in the turn takes the meeting's date.
    ([(C, "The steering group meets on the 20th. I will put the pilot results on the agenda.")], "en", "2026-03-20"),
    ([(C, "Our ops committee sits on the 20th, and I will take it to them.")], "en", "2026-03-20"),
    ([(C, "下周二我们开班子会，这个事我去汇报一下。")], "zh", "2026-03-17"),
    ([(C, "下个月初我们开经营会，我在会上把方案过一下。")], "zh", ("2026-04-01", "2026-04-05")),
    # "当天" is the day named before it, not the meeting's.
    ([(C, "你周五把报价发我，我拿到当天就转给采购。")], "zh", "2026-03-13"),
    # A date of a dated meeting in the possessive dates the step at it; "Tuesday's fine" is "is".
    ([(C, "I'll add it to Wednesday's leadership meeting agenda.")], "en", "2026-03-18"),
    # Near misses: the meeting is past or supposed; the step is no meeting step and points back at nothing.
    ([(C, "The board met last Tuesday. I will put it on the agenda.")], "en", None),
    ([(C, "If the board meets on the 20th, I will put it on the agenda.")], "en", None),
    ([(C, "Our expo is next week. I will send you our requirements list.")], "en", None),
]


@pytest.mark.parametrize("turns,language,due", EVENT_ROWS)
def test_a_step_at_an_event_named_before_it_takes_its_date(turns, language, due):
    assert _due(turns, language) == due


def test_tuesdays_fine_accepts_the_proposed_tuesday():
    turns = [(R, "Could we walk the lot together one evening next week? Say Tuesday around eight?"),
             (C, "Tuesday's fine for me.")]
    assert _due(turns, "en") == "2026-03-17"


WEEKDAY_ROWS = [
    # A bare weekday means the one the talk already named with its week or date.
    ([(R, "您看是下周二还是下周四过来做测试？"), (C, "周四吧，周四我让车间把样品备好。")], "zh", "2026-03-19"),
    ([(R, "Could we run the demo for your crew on Tuesday the 24th?"),
      (C, "Sure. I will send you the floor plan before Tuesday.")], "en", "2026-03-24"),
    ([(C, "Friday the 20th suits us. I will bring our plant manager on Friday.")], "en", "2026-03-20"),
    # Near misses: a holiday that falls on a Saturday names no Saturday; a weekday named in the past is not meant.
    ([(C, "春节前后我们比较忙。周六前我把需求清单发你。")], "zh", "2026-03-14"),
    ([(R, "Good to see you again, we last met on Friday the 6th."),
      (C, "I will send you the requirements by Friday.")], "en", "2026-03-13"),
]


@pytest.mark.parametrize("turns,language,due", WEEKDAY_ROWS)
def test_a_bare_weekday_is_the_one_named_before(turns, language, due):
    assert _due(turns, language) == due


def _pipeline_due(turns, language):
    """The first customer action's due as the pipeline dates it (an engine-counted date is kept)."""
    from analyzer.models import Transcript, Turn
    from analyzer.pipeline import analyze_transcript

    t = Transcript(id="t", source="t", kind="dialogue", meeting_date=MEETING, language=language,
                   turns=[Turn(index=i, speaker=role, text=text, role=role) for i, (role, text) in enumerate(turns)])
    a = analyze_transcript(t)
    last = a.customer_actions[-1]
    if last.due_date is None:
        return None
    return last.due_date.isoformat() if last.due_end is None else (last.due_date.isoformat(), last.due_end.isoformat())


ANCHORED_ROWS = [
    # A deadline counted from another agreed step is dated from that step's day (GUIDELINES hard call 33).
    ([(C, "我们下周二做现场勘察。"), (C, "勘察结束后两周内我组织一次技术评审。")], "zh", "2026-03-31"),
    ([(C, "合同这周五前盖章。"), (C, "合同盖章后三个工作日内我们把预付款打过来。")], "zh", "2026-03-18"),
    ([(R, "Could we start the trial on Monday the 16th?"), (C, "Sure, Monday works."),
      (C, "I will get you set up as a vendor before the trial starts.")], "en", "2026-03-16"),
    # Near misses: no such step agreed before (counted from the meeting, as said); a step of another type.
    ([(C, "勘察结束后两周内我组织一次技术评审。")], "zh", "2026-03-26"),
    ([(C, "我们下周二做现场勘察。"), (C, "评审结束后两周内我们把预算报上去。")], "zh", "2026-03-26"),
]


@pytest.mark.parametrize("turns,language,due", ANCHORED_ROWS)
def test_a_deadline_counted_from_another_step(turns, language, due):
    assert _pipeline_due(turns, language) == due


TIME_ONLY_ROWS = [
    # A clause that is only a time, further along the sentence, dates the step when no other dated clause is between.
    ([(C, "下周二吧，设备一到就装，我让小王把测试数据准备好。")], "zh", "2026-03-17"),
    ([(C, "我先把需求清单整理好发你，月底之前吧。")], "zh", "2026-03-31"),
    ([(C, "周五吧，我让小王把测试数据准备好。")], "zh", "2026-03-13"),
    # Near misses: the time belongs to a clause that says something else.
    ([(C, "我让小王把测试数据准备好，下周二我们还要盘点。")], "zh", None),
    ([(C, "我让小王把测试数据准备好，下周二可能要停电。")], "zh", None),
]


@pytest.mark.parametrize("turns,language,due", TIME_ONLY_ROWS)
def test_a_clause_that_is_only_a_time_dates_the_step(turns, language, due):
    assert _due(turns, language) == due
