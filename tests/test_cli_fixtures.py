"""The CLI end to end on the real pipeline (ingest, offline engine, dates, assess) and the bundled fixtures."""

import csv
from pathlib import Path

import pytest
from typer.testing import CliRunner

from analyzer.cli import app
from analyzer.ingest import FORMATS, load
from analyzer.models import Analysis
from analyzer.report.markdown import escape

runner = CliRunner()
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
CALLS = sorted(p for p in FIXTURES.iterdir() if p.suffix.lstrip(".") in FORMATS and p.stem != "README")


def quotes(a: Analysis) -> list[str]:
    qs = [x.quote for group in (a.praise, a.customer_actions, a.rep_actions, a.asks, a.signals) for x in group]
    qs += [c.proposal_quote for c in a.customer_actions if c.proposal_quote]
    return qs + [x.response_quote for x in a.asks if x.response_quote]


def test_there_are_fixtures_in_every_format():
    assert len(CALLS) >= 12
    assert {p.suffix.lstrip(".") for p in CALLS} >= set(FORMATS)


@pytest.mark.parametrize("path", CALLS, ids=lambda p: p.name)
def test_analyze_fixture_json_and_reports(path):
    result = runner.invoke(app, ["analyze", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    analysis = Analysis.model_validate_json(result.stdout)
    md = runner.invoke(app, ["analyze", str(path), "--format", "md"]).stdout
    text = runner.invoke(app, ["analyze", str(path), "--format", "text"]).stdout
    for q in quotes(analysis):
        assert escape(q) in md, q
        assert q in text, q
    for flag in analysis.flags:
        assert f"`{flag.code}`" in md and flag.code in text


def test_batch_over_fixtures_with_bad_files(tmp_path):
    inbox = tmp_path / "in"
    inbox.mkdir()
    for p in CALLS:
        (inbox / p.name).write_bytes(p.read_bytes())
    (inbox / "truncated.vtt").write_text("WEBVTT\n\n00:00:01.000 --> ")
    (inbox / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    result = runner.invoke(app, ["batch", str(inbox), "--out", str(out)])
    assert result.exit_code == 1, result.output
    bad_lines = [l for l in result.stderr.splitlines() if "truncated.vtt" in l or "empty.txt" in l]
    assert len(bad_lines) == 2 and "Traceback" not in result.output

    with open(out / "summary.csv", encoding="utf-8", newline="") as fh:
        rows = {Path(r["file"]).name: r for r in csv.DictReader(fh)}
    assert len(rows) == len(CALLS) + 2
    assert rows["empty.txt"]["status"] == rows["truncated.vtt"]["status"] == "failed"
    for p in CALLS:
        row = rows[p.name]
        assert row["status"] == "ok", row
        analysis = Analysis.model_validate_json((out / f"{row['id']}.json").read_text(encoding="utf-8"))
        assert analysis.outcome == row["outcome"]
        # Every quote in the output is verbatim in the turn it cites.
        turns = load(p).turns
        for group in (analysis.praise, analysis.customer_actions, analysis.rep_actions, analysis.asks):
            for item in group:
                assert item.quote in turns[item.turn].text
        title = (out / f"{row['id']}.md").read_text(encoding="utf-8").splitlines()[0]
        assert title.startswith("# ") and escape(row["id"]) in title

    again = runner.invoke(app, ["batch", str(inbox), "--out", str(out)])
    assert f"0 analyzed, {len(CALLS)} unchanged (skipped), 2 failed" in again.stderr
