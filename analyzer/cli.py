"""The `analyzer` command line: a thin shell over `analyzer.pipeline` and `analyzer.batch`.

Adding a command is one local edit: write a function decorated with `@app.command()` below; its docstring is
its `--help`. Two rules keep the CLI pleasant:

- `analyzer --help` must start fast (≤ 0.3 s), so this module imports only typer at the top. Everything
  heavier (pydantic models, engines, rich.progress, FastAPI, LangChain) is imported inside the command that
  needs it.
- A user mistake or a bad file is one line on stderr naming the file and the reason, never a traceback.
  `app.command()` wraps every command so that an `AnalyzerError` (or an OS error such as a missing file)
  becomes that line and exit code 1; usage errors (bad options) stay click's exit code 2.
"""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Callable, Optional

import typer

if TYPE_CHECKING:
    from datetime import date

    from analyzer.extract import Engine

FORMATS = ("json", "md", "text")


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print one clean line on stderr and return the Exit to raise: `raise fail("x.vtt: truncated cue")`."""
    print(f"analyzer: {message}", file=sys.stderr)
    return typer.Exit(code)


def _guarded(func: Callable) -> Callable:
    @functools.wraps(func)  # typer reads the signature through __wrapped__
    def wrapper(*args, **kwargs):
        from analyzer.errors import AnalyzerError

        try:
            return func(*args, **kwargs)
        except AnalyzerError as e:
            raise fail(str(e)) from None
        except BrokenPipeError:
            # The reader went away (`| head`): nothing is wrong and nothing more can be said. Point stdout
            # at /dev/null so the interpreter's final flush does not complain either.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise typer.Exit(0) from None
        except OSError as e:
            # A missing or unreadable file is the user's mistake, not a bug: name it, no traceback.
            where = e.filename if e.filename is not None else "I/O"
            raise fail(f"{where}: {e.strerror or e}") from None

    return wrapper


class _Typer(typer.Typer):
    """Typer whose commands all get the one-line error handling, so new commands cannot forget it."""

    def command(self, *args, **kwargs):
        register = super().command(*args, **kwargs)
        return lambda func: register(_guarded(func))


app = _Typer(
    name="analyzer",
    help="Separate what the customer said from what the customer committed to do, in sales call "
    "transcripts and visit notes (zh/en).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # click's plain help: rewraps docstring paragraphs, and skips importing rich
    context_settings={"help_option_names": ["-h", "--help"]},
)


# ------------------------------------------------------------------ shared options and helpers
# Commands reuse these so `--engine`, `--rep` and `--meeting-date` read the same everywhere.


def _check_engine(name: str) -> str:
    from analyzer.extract import ENGINES

    if name not in ENGINES:
        raise typer.BadParameter(f"unknown engine {name!r}; choose one of {', '.join(ENGINES)}")
    return name


def _check_date(value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    from datetime import date

    try:
        date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD") from None
    return value


def _check_format(value: str) -> str:
    if value not in FORMATS:
        raise typer.BadParameter(f"{value!r}; choose one of {', '.join(FORMATS)}")
    return value


EngineOpt = Annotated[
    str,
    typer.Option(
        "--engine", "-e", callback=_check_engine, help="Extraction engine: offline (default, no network) or llm."
    ),
]
RepOpt = Annotated[
    Optional[list[str]],
    typer.Option("--rep", "-r", help="Speaker name of a sales rep (repeatable). Overrides role inference."),
]
MeetingDateOpt = Annotated[
    Optional[str],
    typer.Option(
        "--meeting-date",
        "-d",
        callback=_check_date,
        help="Meeting date YYYY-MM-DD; relative dates ('next Tuesday', '下周三') resolve from it. "
        "Default: front matter, else a date in the file name, else today (with a warning).",
    ),
]
FullTranscriptOpt = Annotated[
    bool,
    typer.Option(
        "--full-transcript", help="LLM engine: send every turn instead of only the candidate windows (more tokens)."
    ),
]
RedactOpt = Annotated[
    bool,
    typer.Option(
        "--redact",
        help="LLM engine: mask emails, phone, ID and card numbers before sending; quotes are mapped back.",
    ),
]


def llm_options(full_transcript: bool = False, redact: bool = False, **more) -> dict:
    """Options for the LLM engine that the command line sets; unset ones leave the ANALYZER_LLM_* settings."""
    opts = {"full_transcript": full_transcript or None, "redact": redact or None, **more}
    return {k: v for k, v in opts.items() if v is not None}


def build_engine(name: str, **options) -> Engine:
    """The engine a command runs. Engine-specific options (LLM model, key, ...) belong here: the LLM
    engine reads its model, key and base URL from ANALYZER_LLM_* (see README, 'LLM engine')."""
    from analyzer.extract import get_engine

    return get_engine(name, **options) if name == "llm" else get_engine(name)


def _as_date(value: Optional[str]) -> Optional[date]:
    from datetime import date

    return date.fromisoformat(value) if value else None


def _write_stdout(text: str) -> None:
    # Bytes, so Chinese quotes print whatever the terminal's locale claims.
    sys.stdout.buffer.write(text.encode("utf-8"))
    if not text.endswith("\n"):
        sys.stdout.buffer.write(b"\n")
    sys.stdout.flush()


# ------------------------------------------------------------------ commands


@app.command()
def analyze(
    file: Annotated[str, typer.Argument(metavar="FILE|-", help="Transcript or visit notes; '-' reads stdin.")],
    format: Annotated[
        str, typer.Option("--format", "-f", callback=_check_format, help="Output: json, md (Markdown report) or text.")
    ] = "json",
    rep: RepOpt = None,
    meeting_date: MeetingDateOpt = None,
    engine: EngineOpt = "offline",
    full_transcript: FullTranscriptOpt = False,
    redact: RedactOpt = False,
) -> None:
    """Analyze one call and print the analysis (JSON) or the post-call report (md, text).

    Formats: txt/md (`Name: text`, `[00:01:23] Name: text`, Otter/Teams exports), WebVTT, SRT, JSON, DOCX and
    prose visit notes; the encoding is detected. Optional YAML front matter may set the meeting date, reps,
    account and title.

    Example: analyzer analyze call.vtt --rep "Anna Lee" --meeting-date 2025-03-14 --format md
    """
    from analyzer.pipeline import analyze_file

    data = sys.stdin.buffer.read() if file == "-" else None
    result = analyze_file(
        file,
        reps=rep or [],
        meeting_date=_as_date(meeting_date),
        engine=build_engine(engine, **llm_options(full_transcript, redact)),
        data=data,
    )
    if format == "json":
        _write_stdout(result.model_dump_json(indent=2))
    else:
        from analyzer.report import render

        _write_stdout(render(result, format))


@app.command()
def batch(
    paths: Annotated[
        list[Path],
        typer.Argument(metavar="PATH...", help="Files and folders (searched recursively for known extensions)."),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder (created if missing).")],
    rep: RepOpt = None,
    meeting_date: MeetingDateOpt = None,
    engine: EngineOpt = "offline",
    jobs: Annotated[
        Optional[int], typer.Option("--jobs", "-j", min=1, help="Worker processes. Default: one per CPU core.")
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Re-analyze inputs even when unchanged since the last run.")
    ] = False,
    full_transcript: FullTranscriptOpt = False,
    redact: RedactOpt = False,
) -> None:
    """Analyze many calls in parallel into DIR: <id>.json and <id>.md per call, plus summary.csv.

    Folders are searched recursively for .txt .md .vtt .srt .json .docx, skipping hidden files and README,
    LICENSE and CHANGELOG files. Goes on past bad files (one line each on stderr). A re-run skips inputs
    whose content, engine, schema version and options are unchanged (manifest: DIR/.manifest.jsonl);
    --force re-analyzes them. Every output is written atomically.

    Exit code: 0 all analyzed, 1 some failed, 2 usage error.

    Example: analyzer batch fixtures/ calls/extra.vtt --out reports/
    """
    from analyzer import batch as batch_mod

    try:
        inputs = batch_mod.collect(paths, out)
    except batch_mod.UsageError as e:
        raise fail(str(e), 2) from None
    summary = batch_mod.run(
        inputs,
        out,
        engine=engine,
        engine_options=llm_options(full_transcript, redact) if engine == "llm" else None,
        reps=rep or [],
        meeting_date=_as_date(meeting_date),
        jobs=jobs,
        force=force,
        progress=True,
    )
    print(summary.line(), file=sys.stderr)
    raise typer.Exit(1 if summary.failed else 0)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the output contract (analyzer.models.Analysis)."""
    import json

    from analyzer.models import Analysis

    _write_stdout(json.dumps(Analysis.model_json_schema(), indent=2, ensure_ascii=False))


@app.command()
def report(
    file: Annotated[str, typer.Argument(metavar="FILE|-", help="Transcript or visit notes; '-' reads stdin.")],
    format: Annotated[str, typer.Option("--format", "-f", help="Output: html (default), md or text.")] = "html",
    out: Annotated[
        Optional[Path], typer.Option("--out", "-o", help="Write the report to this file instead of stdout.")
    ] = None,
    rep: RepOpt = None,
    meeting_date: MeetingDateOpt = None,
    engine: EngineOpt = "offline",
) -> None:
    """Write one call's post-call report. html is a single self-contained file (inline CSS, no scripts,
    no external assets) with the transcript and the evidence highlighted in place.

    Example: analyzer report call.vtt --format html --out call.html
    """
    if format not in ("html", "md", "text"):
        raise typer.BadParameter(f"{format!r}; choose one of html, md, text", param_hint="--format")
    from analyzer.ingest import load
    from analyzer.pipeline import analyze_transcript

    data = sys.stdin.buffer.read() if file == "-" else None
    transcript = load(file, data=data, reps=rep or [], meeting_date=_as_date(meeting_date))
    result = analyze_transcript(transcript, build_engine(engine))
    if format == "html":
        from analyzer.report.html import render_html

        text = render_html(result, transcript.turns)
    else:
        from analyzer.report import render

        text = render(result, format)
    if out is None:
        _write_stdout(text)
    else:
        out.write_text(text, encoding="utf-8")


@app.command()
def serve(
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", "-p", help="Port to listen on.")] = 8000,
    db: Annotated[
        Optional[Path], typer.Option("--db", help="SQLite file for the stored calls (default: ANALYZER_DB or ./analyzer.db).")
    ] = None,
    workers: Annotated[
        Optional[int], typer.Option("--workers", "-j", min=1, help="Analysis worker processes. Default: CPU cores, at most 4.")
    ] = None,
) -> None:
    """Start the upload service: web pages to upload calls and read their reports, and the HTTP API
    (OpenAPI at /docs). Data stays in one SQLite file.

    Environment: ANALYZER_API_TOKEN (require this token on every page and API call), ANALYZER_MAX_UPLOAD_MB
    (default 10), ANALYZER_LLM_MODEL (offer the LLM engine on the upload page).

    Example: analyzer serve --port 8000 --db calls.db
    """
    import uvicorn

    from analyzer.web import Settings, create_app

    overrides: dict = {}
    if db is not None:
        overrides["db"] = str(db)
    if workers is not None:
        overrides["workers"] = workers
    settings = Settings(**overrides)
    print(f"analyzer: serving on http://{host}:{port} (database {settings.db})", file=sys.stderr)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")


@app.command(name="eval")
def eval_(
    engine: EngineOpt = "offline",
    split: Annotated[str, typer.Option("--split", "-s", help="Cases to run: dev, holdout or all.")] = "dev",
    format: Annotated[str, typer.Option("--format", "-f", help="Output: table, json or md.")] = "table",
    cases: Annotated[
        Optional[Path], typer.Option("--cases", help="Cases folder (default: eval/cases of this checkout).")
    ] = None,
    full_transcript: FullTranscriptOpt = False,
    redact: RedactOpt = False,
    record: Annotated[
        Optional[Path], typer.Option("--record", metavar="DIR", help="LLM engine: save every raw answer in DIR.")
    ] = None,
    replay: Annotated[
        Optional[Path],
        typer.Option("--replay", metavar="DIR", help="LLM engine: re-score answers saved by --record; sends nothing."),
    ] = None,
) -> None:
    """Score an engine on the labeled eval cases: P/R/F1 per finding, due dates, asks, outcome, per language.

    Matching rule and labeling rules: eval/GUIDELINES.md. Corpus cases read ../shared/corpus
    (ANALYZER_CORPUS_DIR overrides) and are skipped with a notice when it is absent. Exit code 1 when a
    case is broken or an engine failed on one.

    Example: analyzer eval --split dev --format md
    """
    if split not in ("dev", "holdout", "all"):
        raise typer.BadParameter(f"{split!r}; choose one of dev, holdout, all", param_hint="--split")
    if format not in ("table", "json", "md"):
        raise typer.BadParameter(f"{format!r}; choose one of table, json, md", param_hint="--format")
    from analyzer.evaluation.render import render
    from analyzer.evaluation.run import run_eval

    if (record or replay) and engine != "llm":
        raise typer.BadParameter("--record and --replay apply to --engine llm", param_hint="--record/--replay")
    if record and replay:
        raise typer.BadParameter("use either --record or --replay", param_hint="--record/--replay")
    options = llm_options(full_transcript, redact, record_dir=record, replay_dir=replay)
    report = run_eval(build_engine(engine, **options), split, cases)
    _write_stdout(render(report, format))
    for line in report["errors"]:
        print(f"analyzer: {line}", file=sys.stderr)
    raise typer.Exit(1 if report["errors"] else 0)


if __name__ == "__main__":  # pragma: no cover
    app()
