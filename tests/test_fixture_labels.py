"""fixtures/labels.yaml stays true to the fixtures: every labeled quote is verbatim in exactly one turn as ingest
reads it, dates are never before the meeting, and each call's outcome and no_specific_ask follow from its labels
by the rules in eval/GUIDELINES.md. The labels are written by hand, so this is what catches an edited fixture."""

from datetime import date
from pathlib import Path

import pytest
import yaml

from analyzer.ingest import FORMATS, load

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
LABELS = yaml.safe_load((FIXTURES / "labels.yaml").read_text(encoding="utf-8"))
TYPES = {"meeting_with_decision_maker", "technical_review", "trial", "site_visit", "requirements", "budget",
         "internal_report", "procurement_step", "sign", "send_information", "other"}


def test_every_fixture_is_labeled_once():
    calls = {p.name for p in FIXTURES.iterdir() if p.suffix.lstrip(".") in FORMATS and p.stem != "README"}
    files = [c["file"] for c in LABELS]
    assert len(files) == len(set(files))
    assert set(files) == calls


def _turn_of(turns, quote: str, turn: int | None) -> int:
    hits = [i for i, t in enumerate(turns) if quote in t.text]
    if turn is not None:
        assert turn in hits, (quote, hits)
        return turn
    assert len(hits) == 1, (quote, hits)
    return hits[0]


@pytest.mark.parametrize("case", LABELS, ids=lambda c: c["file"])
def test_labels_are_verbatim_and_consistent(case):
    t = load(FIXTURES / case["file"])
    assert t.meeting_date == case["meeting_date"]
    assert t.language == case["language"]
    for group in ("customer_actions", "asks", "not_actions"):
        for item in case[group]:
            _turn_of(t.turns, item["quote"], item.get("turn"))
    for action in case["customer_actions"]:
        assert action["type"] in TYPES and action["actor"] in ("customer", "joint")
        if action.get("accepts"):
            _turn_of(t.turns, action["accepts"], None)
        due = action["due"]
        for d in (due if isinstance(due, list) else [due]):
            assert d is None or (isinstance(d, date) and d >= t.meeting_date), action
        if isinstance(due, list):
            assert due[0] <= due[1]
    for ask in case["asks"]:
        assert ask["response"] in ("accepted", "declined", "deferred", "none")
    assert case["no_specific_ask"] == (not any(a["specific"] for a in case["asks"]))
    types = {a["type"] for a in case["customer_actions"]}
    expected = "order" if "sign" in types else "advance" if types else None
    if expected:
        assert case["outcome"] == expected
    else:
        assert case["outcome"] in ("continuation", "no_sale")
