"""The eval matching rule and metrics on small hand-built examples, with exact expected numbers."""

from __future__ import annotations

from datetime import date

import pytest

from analyzer.evaluation.baseline import baseline_of, regressions
from analyzer.evaluation.gold import Gold
from analyzer.evaluation.render import render
from analyzer.evaluation.score import due_correct, match, overlap, score_case, summarize
from analyzer.models import Analysis, Ask, CallInfo, CustomerAction, EngineInfo, Praise, RepAction

D = date(2026, 3, 12)


def gold(**kw) -> Gold:
    base = dict(
        id="c1", split="dev", language="zh", format="txt", meeting_date="2026-03-12", reps=["李明"],
        no_specific_ask=True, outcome="continuation",
    )
    return Gold.model_validate(base | kw)


def analysis(**kw) -> Analysis:
    base = dict(
        call=CallInfo(id="c1", source="x.txt", meeting_date=D, language="zh", participants=[], turns=10),
        no_specific_ask=True, outcome="continuation", engine=EngineInfo(name="fake", version="0"),
    )
    return Analysis(**(base | kw))


def action(quote, turn, **kw) -> CustomerAction:
    return CustomerAction(quote=quote, turn=turn, speaker="王总", action="x", **kw)


# ---------------------------------------------------------------- overlap


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("行，就这么定", "行，就这么定", 1.0),
        ("行，就这么定", "好的，行，就这么定吧", 1.0),  # containment either way
        ("好的，行，就这么定吧", "就这么定", 1.0),
        ("I'll send the deck tomorrow", "send the deck tomorrow morning", 22 / 27),  # LCS / shorter
        ("abcdefgh", "abcxyzuvw", 3 / 8),
        ("", "abc", 0.0),
    ],
)
def test_overlap(a, b, expected):
    assert overlap(a, b) == pytest.approx(expected)


def test_match_needs_the_same_turn():
    assert match([(3, "可以")], [[(4, "可以")]]) == []
    assert match([(3, "可以")], [[(3, "可以")]]) == [(0, 0)]


def test_match_threshold_is_half_the_shorter_quote():
    # LCS "下周三安排" is 5 of the shorter 10 characters: exactly 0.5 matches; 4 of 10 does not.
    assert match([(1, "下周三安排技术评审吧")], [[(1, "我们下周三安排人去")]]) == [(0, 0)]
    assert match([(1, "下周三安排技术评审吧")], [[(1, "下周三安去")]]) == [(0, 0)]  # "下周三安" 4/5 of shorter
    assert match([(1, "下周三安排技术评审吧")], [[(1, "周三安排好的那个会议室")]]) == []  # "周三安排" 4/10


def test_match_is_one_to_one_and_greedy_by_overlap():
    g = [(2, "我下周三安排技术评审"), (2, "周五前把需求发您")]
    # One prediction covering both gold quotes: overlap 1.0 with each, the tie goes to the earlier gold item.
    assert match(g, [[(2, "我下周三安排技术评审，周五前把需求发您")]]) == [(0, 0)]
    # Two predictions: the better overlap is taken first, so the exact quote is not stolen by the partial one.
    # (A prediction-order greedy would give prediction 0 to the second gold item, 0.875 > 0.6, and lose one.)
    preds = [[(2, "安排技术评审，周五前把需求发")], [(2, "周五前把需求发您")]]
    assert match(g, preds) == [(1, 1), (0, 0)]


def test_customer_action_matches_through_its_proposal():
    g = gold(
        customer_actions=[{"quote": "下周三来做技术交流", "turn": 2, "due": "2026-03-18", "type": "technical_review",
                           "actor": "customer"}],
        no_specific_ask=True, outcome="advance",
    )
    p = action("可以", 3, proposal_quote="下周三来做技术交流，您看行吗", proposal_turn=2, type="technical_review",
               due_date=date(2026, 3, 18))
    s = score_case(g, analysis(customer_actions=[p], outcome="advance"))
    assert s.counts.n["customer_actions.tp"] == 1
    assert s.mistakes == []


@pytest.mark.parametrize(
    "gold_due, due_date, due_end, ok",
    [
        ("2026-03-18", date(2026, 3, 18), None, True),
        ("2026-03-18", date(2026, 3, 18), date(2026, 3, 18), True),
        ("2026-03-18", date(2026, 3, 18), date(2026, 3, 20), False),  # a range is not the day
        (["2026-03-16", "2026-03-22"], date(2026, 3, 16), date(2026, 3, 22), True),
        (["2026-03-16", "2026-03-22"], date(2026, 3, 16), None, False),
        (None, None, None, True),
        (None, date(2026, 3, 13), None, False),  # an invented date is wrong
        ("2026-03-13", None, None, False),
    ],
)
def test_due_exact(gold_due, due_date, due_end, ok):
    g = gold(customer_actions=[{"quote": "q", "due": gold_due, "type": "trial", "actor": "customer"}])
    assert due_correct(g.customer_actions[0].due, action("q", 0, due_date=due_date, due_end=due_end)) is ok


# ---------------------------------------------------------------- whole cases, micro-averaged


def _two_cases():
    g1 = gold(
        id="zh-1",
        praise=[{"quote": "产品不错", "turn": 1}, {"quote": "服务也到位", "turn": 1}],
        customer_actions=[{"quote": "行，就这么定", "turn": 3, "due": "2026-03-18", "type": "technical_review",
                           "actor": "customer"}],
        rep_actions=[{"quote": "我回去把报价发您", "turn": 4}],
        asks=[{"quote": "下周三来做技术交流，您看行吗", "turn": 2, "specific": True, "response": "accepted"}],
        no_specific_ask=False, outcome="advance",
    )
    a1 = analysis(
        praise=[Praise(quote="产品不错", turn=1, speaker="王总"), Praise(quote="好的", turn=5, speaker="王总")],
        customer_actions=[action("行，就这么定", 3, due_date=date(2026, 3, 19), type="technical_review")],
        rep_actions=[RepAction(quote="我回去把报价发您", turn=4, speaker="李明", action="报价")],
        asks=[Ask(quote="来做技术交流，您看行吗", turn=2, speaker="李明", specific=False, response="accepted")],
        no_specific_ask=True, outcome="advance",
    )
    g2 = gold(
        id="en-1", language="en", reps=["Anna"],
        praise=[{"quote": "your onboarding looks great", "turn": 0}],
        asks=[{"quote": "let's touch base soon", "turn": 2, "specific": False, "response": "none"}],
        no_specific_ask=True, outcome="continuation",
    )
    a2 = analysis(
        praise=[Praise(quote="your onboarding looks great", turn=0, speaker="Bob")],
        customer_actions=[action("we'll look into it", 3, type="other")],
        asks=[Ask(quote="let's touch base soon", turn=2, speaker="Anna", specific=False, response="none")],
        no_specific_ask=True, outcome="advance",
    )
    return [score_case(g1, a1), score_case(g2, a2)]


def test_figures_micro_over_cases_and_per_language():
    r = summarize(_two_cases())
    f = r["figures"]["all"]
    assert f["praise.precision"] == pytest.approx(2 / 3, abs=1e-4)  # 2 of 3 predicted
    assert f["praise.recall"] == pytest.approx(2 / 3, abs=1e-4)  # 2 of 3 gold
    assert f["praise.f1"] == pytest.approx(2 / 3, abs=1e-4)
    assert f["customer_actions.precision"] == 0.5
    assert f["customer_actions.recall"] == 1.0
    assert f["customer_actions.f1"] == pytest.approx(2 / 3, abs=1e-4)
    assert f["customer_actions.due_exact"] == 0.0  # 03-19 predicted for 03-18
    assert f["customer_actions.type_acc"] == 1.0
    assert f["rep_actions.f1"] == 1.0
    assert f["asks.f1"] == 1.0
    assert f["asks.specific_acc"] == 0.5
    assert f["asks.response_acc"] == 1.0
    assert f["outcome.acc"] == 0.5
    assert f["no_specific_ask.acc"] == 0.5
    zh, en = r["figures"]["zh"], r["figures"]["en"]
    assert zh["praise.precision"] == 0.5 and zh["praise.recall"] == 0.5
    assert en["praise.f1"] == 1.0
    assert en["customer_actions.precision"] == 0.0
    assert en["customer_actions.recall"] is None  # no gold actions in English: no figure, not 0 or 1
    assert en["customer_actions.f1"] is None
    assert r["figures"]["mixed"]["outcome.acc"] is None
    assert r["confusion"]["all"]["continuation"]["advance"] == 1
    assert r["confusion"]["all"]["advance"]["advance"] == 1
    assert sum(sum(row.values()) for row in r["confusion"]["all"].values()) == 2


def test_every_mistake_is_listed_with_case_turn_and_quote():
    r = summarize(_two_cases())
    lines = {(m["case"], m["list"], m["kind"], m["turn"], m["quote"]) for m in r["mistakes"]}
    assert lines == {
        ("zh-1", "praise", "miss", 1, "服务也到位"),
        ("zh-1", "praise", "false_alarm", 5, "好的"),
        ("zh-1", "customer_actions", "due", 3, "行，就这么定"),
        ("zh-1", "asks", "specific", 2, "来做技术交流，您看行吗"),
        ("zh-1", "call", "no_specific_ask", None, ""),
        ("en-1", "customer_actions", "false_alarm", 3, "we'll look into it"),
        ("en-1", "call", "outcome", None, ""),
    }


def _report():
    return {"engine": {"name": "fake", "version": "0"}, "split": "dev", "cases": 2, "case_ids": ["en-1", "zh-1"],
            "notices": [], "errors": [], **summarize(_two_cases())}


def test_renderers_show_figures_counts_and_mistakes():
    md = render(_report(), "md")
    assert "| customer actions P | 0.50 (1/2) | 1.00 (1/1) | 0.00 (0/1) |" in md
    assert "| customer actions R | 1.00 (1/1) | 1.00 (1/1) | — |" in md
    assert 'zh-1  t5  praise  FALSE  "好的"' in md
    assert "due: gold 2026-03-18, predicted 2026-03-19" in md
    table = render(_report(), "table")
    assert "outcome accuracy" in table and "0.50 (1/2)" in table
    assert '"cases": 2' in render(_report(), "json")


def test_baseline_flags_only_drops_beyond_tolerance():
    report = _report()
    base = baseline_of(report)
    assert regressions(report, base) == []
    worse = _report()
    worse["figures"]["all"]["praise.f1"] -= 0.03
    worse["figures"]["zh"]["asks.f1"] -= 0.01  # within tolerance
    assert regressions(worse, base) == ["all praise.f1: baseline 0.6667, now 0.6367"]
    assert "customer_actions.recall" not in base["figures"]["en"]  # null figures are not compared
