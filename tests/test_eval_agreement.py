"""eval/agreement/score.py: a second annotator's labels are scored by the harness's own rules."""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CASE = "s4e-en-coffee-coop-reefer-booking-board-first"  # any dev case with praise, asks and a rep task


def _agreement():
    spec = importlib.util.spec_from_file_location("agreement", ROOT / "eval/agreement/score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture
def labels(tmp_path) -> Path:
    if not (ROOT / "eval/cases/dev" / CASE).is_dir():
        pytest.skip(f"case {CASE} not present")
    shutil.copy(ROOT / "eval/cases/dev" / CASE / "gold.json", tmp_path / f"{CASE}.json")
    return tmp_path


def _edit(labels: Path, change) -> None:
    path = labels / f"{CASE}.json"
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False))


def test_identical_labels_agree_fully(labels):
    report = _agreement().agreement(labels, "dev")
    assert report["cases"] == 1 and not report["errors"]
    figs = report["figures"]["all"]
    assert figs["praise.f1"] == figs["asks.f1"] == figs["outcome.acc"] == 1.0
    assert report["mistakes"] == []


def test_a_dropped_praise_is_a_miss_and_a_changed_outcome_is_counted(labels):
    _edit(labels, lambda d: (d["praise"].pop(), d.update(outcome="no_sale")))
    report = _agreement().agreement(labels, "dev")
    figs = report["figures"]["all"]
    assert figs["praise.recall"] < 1.0 and figs["praise.precision"] == 1.0
    assert figs["outcome.acc"] == 0.0
    kinds = {(m["list"], m["kind"]) for m in report["mistakes"]}
    assert ("praise", "miss") in kinds and ("call", "outcome") in kinds


def test_check_names_a_quote_not_in_the_transcript_and_prints_no_figure(labels, capsys):
    _edit(labels, lambda d: d["praise"].append({"quote": "words nobody said"}))
    assert _agreement().main([str(labels), "--check"]) == 1
    out, err = capsys.readouterr()
    assert "words nobody said" in err and "is in no turn" in err
    assert "F1" not in out and "1 label file(s), 1 problem(s)" in out
