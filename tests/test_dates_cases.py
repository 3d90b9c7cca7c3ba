"""The team's 80 labeled date expressions (shared/research/date_cases.py, meeting date 2026-03-12).

A case passes when `find(sentence)` yields a mention that covers the gold span — equal to it, containing
it ("first thing Monday morning" ⊇ "Monday morning"), or contained in it — and `resolve(mention.text)`
gives an accepted answer: one of the listed days (a point, no range), or exactly the labeled range.
"""

from __future__ import annotations

import os
import runpy
from datetime import date
from pathlib import Path

import pytest

from analyzer.dates import Due, find, resolve

MEETING = date(2026, 3, 12)
REQUIRED = 76


def _cases_file() -> Path:
    shared = os.environ.get("ANALYZER_SHARED_DIR")
    base = Path(shared) if shared else Path(__file__).resolve().parents[2] / "shared"
    return base / "research" / "date_cases.py"


def _load_cases() -> list[tuple[str, str, object]]:
    path = _cases_file()
    if not path.is_file():
        pytest.skip(f"labeled date cases not found at {path} (set ANALYZER_SHARED_DIR to the shared/ folder)")
    tables = runpy.run_path(str(path))
    return list(tables["EN"]) + list(tables["ZH"])


def _accepted(due: Due | None, accept) -> bool:
    if due is None:
        return False
    if isinstance(accept, tuple):  # ("range", start, end)
        _, start, end = accept
        return due.end is not None and (due.start.isoformat(), due.end.isoformat()) == (start, end)
    return due.end is None and due.start.isoformat() in accept


def check_case(sentence: str, gold: str, accept) -> str | None:
    """None when the case passes, else why it failed."""
    mentions = find(sentence)
    covering = [m for m in mentions if gold in m.text or m.text in gold]
    if not covering:
        return f"no mention covers {gold!r}; found {[m.text for m in mentions]}"
    mention = covering[0]
    if sentence[mention.start:mention.end] != mention.text:
        return f"offsets of {mention.text!r} do not slice back"
    due = resolve(mention.text, MEETING)
    if not _accepted(due, accept):
        return f"{mention.text!r} resolved to {due}, accepted {accept}"
    return None


def test_labeled_date_cases():
    cases = _load_cases()
    assert len(cases) == 80
    failures = [(s, why) for s, gold, accept in cases if (why := check_case(s, gold, accept))]
    passed = len(cases) - len(failures)
    print(f"\nlabeled date cases: {passed}/{len(cases)} passed")
    for sentence, why in failures:
        print(f"  FAIL {sentence}  — {why}")
    assert passed >= REQUIRED, f"{passed}/{len(cases)} labeled date cases pass; need {REQUIRED}"


def test_checker_rejects_wrong_answers():
    # The scorer itself must be able to fail: a wrong day, a point for a range, a missing mention.
    assert check_case("We'll send the signed contract next Wednesday.", "next Wednesday", ["2026-03-19"])
    assert check_case("下周内给你们反馈。", "下周内", ["2026-03-16"])
    assert check_case("我们研究一下。", "研究", ["2026-03-12"])
    assert check_case("我们下周三把合同发给你。", "下周三", ["2026-03-18"]) is None
