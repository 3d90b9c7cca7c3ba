"""`analyzer batch`: outputs, summary.csv, failures that do not stop the run, re-runs that skip unchanged input.

Runs on the fake pipeline from test_cli.py so the expected rows are known exactly; the real pipeline over
fixtures/ is in test_cli_fixtures.py.
"""

import csv
import json
from datetime import date

import pytest
from typer.testing import CliRunner

from analyzer import batch
from analyzer.cli import app
from test_cli import GOOD, fake_pipeline  # noqa: F401 — fixture

runner = CliRunner()


def rows(out):
    with open(out / "summary.csv", encoding="utf-8", newline="") as fh:
        return {r["file"].replace("\\", "/").split("/")[-1]: r for r in csv.DictReader(fh)}


@pytest.fixture
def inbox(tmp_path):
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "alpha.txt").write_text(GOOD)
    (d / "sub" / "beta.md").write_text(GOOD.replace("Tuesday", "some time"))
    (d / "empty.vtt").write_text("")
    (d / "nolabels.srt").write_text("just words\n")
    (d / "picture.png").write_bytes(b"\x89PNG")  # unknown extension inside a folder: not an input
    (d / "README.md").write_text("# Calls for March\nAnna: these are our calls.\n")  # the folder's documentation
    (d / ".hidden").mkdir()
    (d / ".hidden" / "secret.txt").write_text(GOOD)
    return d


def invoke(*args):
    return runner.invoke(app, ["batch", *map(str, args)])


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_mixed_good_and_bad_files(fake_pipeline, inbox, tmp_path, jobs):
    out = tmp_path / "out"
    result = invoke(inbox, "--out", out, "--jobs", jobs)
    assert result.exit_code == 1, result.output
    # One line per failure, naming the file and the reason.
    failures = [l for l in result.stderr.splitlines() if "empty.vtt" in l or "nolabels.srt" in l]
    assert len(failures) == 2 and any("empty file" in l for l in failures)
    assert "Traceback" not in result.output
    for name in ("alpha", "beta"):
        assert Analysis_id(out / f"{name}.json") == name
        assert (out / f"{name}.md").read_text(encoding="utf-8").startswith(f"# Call report: {name}")
    r = rows(out)
    assert set(r) == {"alpha.txt", "beta.md", "empty.vtt", "nolabels.srt"}  # hidden and unknown skipped
    assert r["alpha.txt"] | {"file": ""} == {
        "file": "", "id": "alpha", "language": "en", "meeting_date": "2026-01-05", "outcome": "advance",
        "no_specific_ask": "false", "flags": "", "customer_actions": "1", "asks": "1", "status": "ok", "error": "",
    }  # fmt: skip
    assert r["beta.md"]["no_specific_ask"] == "true"
    assert r["empty.vtt"]["status"] == "failed" and r["empty.vtt"]["error"] == "empty file"
    assert not list(out.glob(".tmp-*"))


def Analysis_id(path):
    return json.loads(path.read_text(encoding="utf-8"))["call"]["id"]


def test_all_good_exits_0_and_rerun_skips_unchanged(fake_pipeline, inbox, tmp_path):
    for bad in ("empty.vtt", "nolabels.srt"):
        (inbox / bad).unlink()
    out = tmp_path / "out"
    assert invoke(inbox, "--out", out).exit_code == 0
    first = (out / "alpha.json").stat().st_mtime_ns

    again = invoke(inbox, "--out", out)
    assert again.exit_code == 0
    assert "0 analyzed, 2 unchanged" in again.stderr
    assert {r["status"] for r in rows(out).values()} == {"skipped"}
    assert rows(out)["alpha.txt"]["outcome"] == "advance"  # the row survives the skip
    assert (out / "alpha.json").stat().st_mtime_ns == first

    (inbox / "alpha.txt").write_text(GOOD.replace("I'll book the room", "We might book a room"))
    third = invoke(inbox, "--out", out)
    assert "1 analyzed, 1 unchanged" in third.stderr
    r = rows(out)
    assert r["alpha.txt"]["status"] == "ok" and r["alpha.txt"]["outcome"] == "continuation"
    assert r["beta.md"]["status"] == "skipped"
    assert json.loads((out / "alpha.json").read_text())["outcome"] == "continuation"


def test_changed_options_or_force_reanalyze(fake_pipeline, inbox, tmp_path):
    (inbox / "empty.vtt").unlink()
    (inbox / "nolabels.srt").unlink()
    out = tmp_path / "out"
    invoke(inbox, "--out", out)
    assert "2 analyzed" in invoke(inbox, "--out", out, "--meeting-date", "2026-02-02").stderr
    assert "2 analyzed" in invoke(inbox, "--out", out, "--meeting-date", "2026-02-02", "--force").stderr
    assert "0 analyzed" in invoke(inbox, "--out", out, "--meeting-date", "2026-02-02").stderr


def test_earlier_outputs_survive_a_later_failure(fake_pipeline, inbox, tmp_path):
    for bad in ("empty.vtt", "nolabels.srt"):
        (inbox / bad).unlink()
    out = tmp_path / "out"
    invoke(inbox, "--out", out)
    before = (out / "beta.md").read_text(encoding="utf-8")
    (inbox / "alpha.txt").write_text("")  # now broken
    result = invoke(inbox, "--out", out)
    assert result.exit_code == 1
    assert (out / "beta.md").read_text(encoding="utf-8") == before
    assert rows(out)["alpha.txt"]["status"] == "failed"
    # The broken file is retried next time rather than trusted from the manifest.
    assert invoke(inbox, "--out", out).exit_code == 1


def test_call_dated_today_by_default_is_reanalyzed_on_another_day(fake_pipeline, inbox, tmp_path, monkeypatch):
    (inbox / "empty.vtt").unlink()
    (inbox / "nolabels.srt").unlink()
    out = tmp_path / "out"
    # The fake dates every call 2026-01-05, as ingest falls back to today when a call has no date.
    monkeypatch.setattr(batch, "_today", lambda: date(2026, 1, 5))
    invoke(inbox, "--out", out)
    assert "0 analyzed" in invoke(inbox, "--out", out).stderr  # same day: unchanged
    monkeypatch.setattr(batch, "_today", lambda: date(2026, 1, 6))
    assert "2 analyzed" in invoke(inbox, "--out", out).stderr
    # A date given on the command line is not a fallback: no re-analysis on a later day.
    assert "2 analyzed" in invoke(inbox, "--out", out, "--meeting-date", "2026-01-06").stderr
    monkeypatch.setattr(batch, "_today", lambda: date(2026, 1, 7))
    assert "0 analyzed" in invoke(inbox, "--out", out, "--meeting-date", "2026-01-06").stderr


def test_cut_manifest_line_is_ignored(fake_pipeline, inbox, tmp_path):
    (inbox / "empty.vtt").unlink()
    (inbox / "nolabels.srt").unlink()
    out = tmp_path / "out"
    invoke(inbox, "--out", out)
    with open(out / batch.MANIFEST, "a") as fh:
        fh.write('{"source": "/x", "fingerpr')  # a run killed mid-write
    assert "0 analyzed, 2 unchanged" in invoke(inbox, "--out", out).stderr


def test_same_call_id_from_two_files_gets_two_names(fake_pipeline, tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "call.txt").write_text(GOOD)
    out = tmp_path / "out"
    assert invoke(tmp_path / "a", tmp_path / "b", "--out", out).exit_code == 0
    assert (out / "call.json").exists() and (out / "call-2.json").exists()
    # A re-run keeps each source on its own name.
    (tmp_path / "b" / "call.txt").write_text(GOOD.replace("I'll book", "We may book"))
    assert "1 analyzed, 1 unchanged" in invoke(tmp_path / "a", tmp_path / "b", "--out", out).stderr
    source = {n: json.loads((out / f"{n}.json").read_text())["call"]["source"] for n in ("call", "call-2")}
    assert source["call"].endswith("a/call.txt") and source["call-2"].endswith("b/call.txt")
    assert json.loads((out / "call-2.json").read_text())["outcome"] == "continuation"


def test_identical_copies_each_get_their_own_outputs(fake_pipeline, tmp_path):
    """Copies of one file are common; in the pool they must not share a temp file."""
    inbox = tmp_path / "in"
    inbox.mkdir()
    for i in range(12):
        (inbox / f"copy-{i:02d}.txt").write_text(GOOD)
    out = tmp_path / "out"
    assert invoke(inbox, "--out", out, "--jobs", "2").exit_code == 0
    for i in range(12):
        data = json.loads((out / f"copy-{i:02d}.json").read_text())
        assert data["call"]["source"].endswith(f"copy-{i:02d}.txt")


def test_output_folder_inside_the_input_is_not_read_back(fake_pipeline, inbox):
    (inbox / "empty.vtt").unlink()
    (inbox / "nolabels.srt").unlink()
    out = inbox / "reports"
    assert invoke(inbox, "--out", out).exit_code == 0
    assert invoke(inbox, "--out", out).exit_code == 0
    assert set(rows(out)) == {"alpha.txt", "beta.md"}


def test_explicit_file_with_unknown_extension_is_tried_and_fails_cleanly(fake_pipeline, tmp_path):
    odd = tmp_path / "notes.xyz"
    odd.write_text("")
    result = invoke(odd, "--out", tmp_path / "out")
    assert result.exit_code == 1 and "notes.xyz" in result.stderr


def test_nothing_to_analyze_is_a_usage_error(fake_pipeline, tmp_path):
    (tmp_path / "empty-folder").mkdir()
    result = invoke(tmp_path / "empty-folder", "--out", tmp_path / "out")
    assert result.exit_code == 2 and "no transcripts" in result.stderr


def test_out_must_be_a_folder(fake_pipeline, inbox, tmp_path):
    (tmp_path / "file").write_text("x")
    assert invoke(inbox, "--out", tmp_path / "file").exit_code == 2


@pytest.mark.parametrize("call_id, name", [("acme 03/14", "acme_03_14"), ("../etc/passwd", "etc_passwd"), ("拜访-王总", "拜访-王总"), ("...", "call")])
def test_call_ids_become_safe_file_names(call_id, name):
    assert batch.safe_name(call_id) == name
