"""The `analyzer` command line: formats, stdin, options, one-line errors, exit codes.

The CLI is a shell over `analyzer.pipeline.analyze_file`; here that call is replaced by a small fake
(`fake_pipeline`) so these tests pin the shell's behaviour whatever the engine finds. The CLI on the real
pipeline and the bundled fixtures is tested in test_cli_fixtures.py.
"""

import json
import subprocess
import sys
import types
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from analyzer import extract
from analyzer.cli import app
from analyzer.errors import InputError
from analyzer.models import (
    Analysis, Ask, CallInfo, CustomerAction, EngineInfo, Flag, Participant, Praise,
)  # fmt: skip

runner = CliRunner()


class FakeEngine:
    name = "fake"
    version = "1"

    def info(self):
        return EngineInfo(name=self.name, version=self.version)


def fake_analyze_file(path, *, reps=None, meeting_date=None, engine=None, data=None):
    """`Name: text` lines. A turn with 'great' is praise, with "I'll" a commitment, a rep turn ending in '?' an
    ask. Empty or unlabelled input is an InputError, like the real ingest."""
    source = str(path)
    raw = Path(path).read_bytes() if data is None else data
    text = raw.decode("utf-8")
    if not text.strip():
        raise InputError(source, "empty file")
    turns = [tuple(s.strip() for s in line.split(":", 1)) for line in text.splitlines() if ":" in line]
    if not turns:
        raise InputError(source, "no speaker turns found")
    reps = reps or [turns[0][0]]
    praise, actions, asks = [], [], []
    for i, (who, said) in enumerate(turns):
        if who in reps:
            if said.endswith("?"):
                asks.append(Ask(quote=said, speaker=who, turn=i, specific="Tuesday" in said))
        elif "great" in said:
            praise.append(Praise(quote=said, speaker=who, turn=i))
        elif "I'll" in said:
            actions.append(CustomerAction(quote=said, speaker=who, turn=i, action="follow up"))
    flags = [] if asks else [Flag(code="NO_ASK", message="The rep asked for no commitment.")]
    return Analysis(
        call=CallInfo(
            id=Path(source).stem if source != "-" else "stdin", source=source,
            meeting_date=meeting_date or date(2026, 1, 5), language="en", turns=len(turns),
            participants=[Participant(name=n, role="rep" if n in reps else "customer") for n in dict.fromkeys(w for w, _ in turns)],
        ),
        praise=praise, customer_actions=actions, asks=asks, no_specific_ask=not any(a.specific for a in asks),
        outcome="advance" if actions else "continuation", flags=flags, engine=(engine or FakeEngine()).info(),
    )  # fmt: skip


@pytest.fixture
def fake_pipeline(monkeypatch):
    """Swap the pipeline and the engine registry for the fakes (forked batch workers inherit the swap)."""
    module = types.ModuleType("analyzer.pipeline")
    module.analyze_file = fake_analyze_file
    monkeypatch.setitem(sys.modules, "analyzer.pipeline", module)
    monkeypatch.setattr(extract, "get_engine", lambda name="offline", **kw: FakeEngine())
    return module


GOOD = "Anna: Hi Bob, thanks for the time.\nBob: Your onboarding flow is great.\nAnna: Could we run the pilot Tuesday?\nBob: I'll book the room for the pilot.\n"


@pytest.fixture
def call(tmp_path):
    p = tmp_path / "acme-call.txt"
    p.write_text(GOOD, encoding="utf-8")
    return p


def test_help_lists_every_command():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("analyze", "batch", "schema"):
        assert command in result.stdout


@pytest.mark.parametrize("command, words", [
    ("analyze", "post-call report"), ("batch", "summary.csv"), ("schema", "JSON Schema"),
])  # fmt: skip
def test_each_command_has_real_help(command, words):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0 and words in result.stdout


def test_python_dash_m_analyzer_help():
    done = subprocess.run([sys.executable, "-m", "analyzer", "--help"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "batch" in done.stdout and "Traceback" not in done.stderr


def test_analyze_json(fake_pipeline, call):
    result = runner.invoke(app, ["analyze", str(call), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["call"]["id"] == "acme-call"
    assert data["praise"][0]["quote"] == "Your onboarding flow is great."
    assert Analysis.model_validate(data).outcome == "advance"


@pytest.mark.parametrize("fmt, heading", [("md", "## Customer commitments"), ("text", "Customer commitments\n---")])
def test_analyze_report_formats(fake_pipeline, call, fmt, heading):
    result = runner.invoke(app, ["analyze", str(call), "-f", fmt])
    assert result.exit_code == 0, result.output
    assert heading in result.stdout
    for quote in ("Your onboarding flow is great.", "Could we run the pilot Tuesday?", "I'll book the room for the pilot."):
        assert quote in result.stdout


def test_analyze_reads_stdin(fake_pipeline):
    result = runner.invoke(app, ["analyze", "-"], input=GOOD)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["call"]["source"] == "-"


def test_rep_and_meeting_date_reach_the_pipeline(fake_pipeline, call):
    result = runner.invoke(app, ["analyze", str(call), "--rep", "Bob", "--rep", "Carol", "--meeting-date", "2026-02-03"])
    data = json.loads(result.stdout)
    assert data["call"]["meeting_date"] == "2026-02-03"
    assert {p["name"]: p["role"] for p in data["call"]["participants"]} == {"Anna": "customer", "Bob": "rep"}


@pytest.mark.parametrize("content, reason", [("", "empty file"), ("no labels here\n", "no speaker turns found")])
def test_bad_file_is_one_line_naming_file_and_reason(fake_pipeline, tmp_path, content, reason):
    bad = tmp_path / "bad-call.txt"
    bad.write_text(content)
    result = runner.invoke(app, ["analyze", str(bad)])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(bad) in lines[0] and reason in lines[0]
    assert "Traceback" not in result.output and result.stdout == ""


def test_missing_file_is_one_line(fake_pipeline, tmp_path):
    missing = tmp_path / "nope.vtt"
    result = runner.invoke(app, ["analyze", str(missing)])
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1 and str(missing) in result.stderr


@pytest.mark.parametrize("args", [
    ["analyze", "x.txt", "--format", "pdf"],
    ["analyze", "x.txt", "--meeting-date", "next tuesday"],
    ["analyze", "x.txt", "--engine", "gpt"],
    ["analyze"],
    ["batch", "x.txt"],  # no --out
    ["batch", "does-not-exist/", "--out", "o"],
    ["batch", "x.txt", "--out", "o", "--jobs", "0"],
    ["frobnicate"],
])  # fmt: skip
def test_usage_errors_exit_2(fake_pipeline, args, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x.txt").write_text(GOOD)
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output


def test_schema_is_the_analysis_json_schema():
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["title"] == "Analysis"
    for key in ("schema_version", "call", "praise", "customer_actions", "rep_actions", "asks", "no_specific_ask",
                "outcome", "flags", "engine"):  # fmt: skip
        assert key in schema["properties"]


def test_closed_pipe_is_not_an_error(tmp_path):
    """`analyzer analyze big.txt | head -1`: the reader leaves early; no message, no traceback."""
    fixture = Path(__file__).resolve().parent.parent / "fixtures" / "kaide-compressor-textile.txt"
    big = tmp_path / "2026-03-11-big.txt"
    body = fixture.read_text(encoding="utf-8").split("---", 2)[-1]
    big.write_text(body * 40, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "analyzer", "analyze", str(big)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)  # fmt: skip
    assert proc.stdout.readline().strip() == b"{"
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0 and err == "", err
