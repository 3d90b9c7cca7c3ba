"""`analyzer eval` end to end on a tiny cases folder written here (offline engine, real ingest and pipeline)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from analyzer.cli import app

runner = CliRunner()

TRANSCRIPT = """李明：王总，上次给您演示的排产模块，您觉得怎么样？
王总：你们这个排产模块确实做得不错。
李明：那下周三上午我带工程师过来，跟您的IT做个技术交流，您看行吗？
王总：行，就这么定。
李明：好的，我回去把报价单发给您。
"""

GOLD = {
    "id": "zh-mfg-mini", "split": "dev", "language": "zh", "format": "txt", "phenomena": ["acceptance"],
    "meeting_date": "2026-03-12", "reps": ["李明"], "source": None,
    "praise": [{"quote": "你们这个排产模块确实做得不错"}],
    "customer_actions": [{"quote": "行，就这么定", "due": "2026-03-18", "type": "technical_review", "actor": "customer"}],
    "rep_actions": [{"quote": "我回去把报价单发给您"}],
    "asks": [{"quote": "下周三上午我带工程师过来，跟您的IT做个技术交流，您看行吗", "specific": True, "response": "accepted"}],
    "no_specific_ask": False, "outcome": "advance", "notes": "",
}


@pytest.fixture
def cases(tmp_path):
    d = tmp_path / "cases" / "dev" / "zh-mfg-mini"
    d.mkdir(parents=True)
    (d / "transcript.txt").write_text(TRANSCRIPT, encoding="utf-8")
    (d / "gold.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    return tmp_path / "cases"


def test_json_report_has_every_figure_per_language(cases):
    result = runner.invoke(app, ["eval", "--cases", str(cases), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["engine"]["name"] == "offline" and report["cases"] == 1 and report["case_ids"] == ["zh-mfg-mini"]
    for group in ("all", "zh", "en", "mixed"):
        assert "customer_actions.f1" in report["figures"][group]
    counts = report["counts"]["zh"]
    assert counts["praise.gold"] == 1 and counts["asks.gold"] == 1 and counts["calls"] == 1
    assert report["figures"]["en"]["outcome.acc"] is None  # no English case: no figure
    # Every miss / false alarm is listed, so tp + misses = gold and tp + false alarms = predicted.
    for name in ("praise", "customer_actions", "rep_actions", "asks"):
        misses = [m for m in report["mistakes"] if m["list"] == name and m["kind"] == "miss"]
        false = [m for m in report["mistakes"] if m["list"] == name and m["kind"] == "false_alarm"]
        assert counts[f"{name}.tp"] + len(misses) == counts[f"{name}.gold"]
        assert counts[f"{name}.tp"] + len(false) == counts[f"{name}.pred"]


def test_table_and_md_formats(cases):
    table = runner.invoke(app, ["eval", "--cases", str(cases)])
    assert table.exit_code == 0 and "customer actions F1" in table.stdout and "zh (1)" in table.stdout
    md = runner.invoke(app, ["eval", "--cases", str(cases), "--format", "md"])
    assert md.exit_code == 0 and md.stdout.splitlines()[2].startswith("| figure | all (1) | zh (1) |")


def test_split_filter(cases):
    result = runner.invoke(app, ["eval", "--cases", str(cases), "--split", "holdout", "--format", "json"])
    assert result.exit_code == 0 and json.loads(result.stdout)["cases"] == 0


@pytest.mark.parametrize("args", [["--split", "train"], ["--format", "csv"], ["--engine", "gpt"]])
def test_bad_options_are_usage_errors(cases, args):
    result = runner.invoke(app, ["eval", "--cases", str(cases), *args])
    assert result.exit_code == 2


def test_a_broken_case_is_one_line_and_exit_1(cases):
    gold = cases / "dev" / "zh-mfg-mini" / "gold.json"
    gold.write_text(json.dumps(GOLD | {"outcome": "maybe"}), encoding="utf-8")
    result = runner.invoke(app, ["eval", "--cases", str(cases), "--format", "json"])
    assert result.exit_code == 1
    lines = [x for x in result.stderr.splitlines() if x.strip()]
    assert len(lines) == 1 and "gold.json: outcome" in lines[0] and "Traceback" not in result.stderr


def test_a_missing_cases_folder_is_one_line(tmp_path):
    result = runner.invoke(app, ["eval", "--cases", str(tmp_path / "nowhere")])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"analyzer: {tmp_path / 'nowhere'}: no such cases folder"
    assert result.stdout == ""


def test_coverage_report_counts_targets_and_gaps(cases):
    from analyzer.evaluation.coverage import coverage

    c = coverage(cases)
    assert c["counts"] == {"cases": 1, "zh": 1, "dev": 1, "txt": 1}
    assert c["short_of_target"]["cases"] == (1, 60) and c["short_of_target"]["vtt"] == (0, 1)
    assert "acceptance zh: 1" in c["phenomenon_gaps"] and "praise en: 0" in c["phenomenon_gaps"]


def test_cases_may_point_at_a_folder_of_case_folders(cases):
    # `--cases eval/cases/dev`: no split subfolders, so each gold's own split decides.
    dev = runner.invoke(app, ["eval", "--cases", str(cases / "dev"), "--format", "json"])
    assert dev.exit_code == 0 and json.loads(dev.stdout)["case_ids"] == ["zh-mfg-mini"]
    hold = runner.invoke(app, ["eval", "--cases", str(cases / "dev"), "--split", "holdout", "--format", "json"])
    assert hold.exit_code == 0 and json.loads(hold.stdout)["cases"] == 0
