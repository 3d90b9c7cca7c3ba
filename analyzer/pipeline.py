"""The one library call behind the CLI, the web service and the eval harness.

ingest → extract (engine) → grounding → dates → assess → `Analysis`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from analyzer.assess import assess
from analyzer.dates import resolve
from analyzer.extract import Engine, get_engine
from analyzer.extract.grounding import ground
from analyzer.gcpause import paused
from analyzer.models import Analysis, CallInfo, Findings, Transcript


def _dated(item, meeting_date: date):
    if item.due_date is not None:
        return item  # dated by the engine from another step's date ("勘察结束后两周内"), not from the meeting
    due = resolve(item.due_text, meeting_date) if item.due_text else None
    if due is None:
        return item
    update = {"due_date": due.start}
    if "due_end" in type(item).model_fields:  # rep tasks carry a day only, customer actions a range too
        update |= {"due_end": due.end, "due_fuzzy": due.fuzzy}
    return item.model_copy(update=update)


def resolve_dates(findings: Findings, meeting_date: date) -> Findings:
    """Fill `due_date` (and `due_end`/`due_fuzzy`) from each `due_text`. A phrase we cannot resolve stays null."""
    return findings.model_copy(
        update={
            "customer_actions": [_dated(a, meeting_date) for a in findings.customer_actions],
            "rep_actions": [_dated(r, meeting_date) for r in findings.rep_actions],
        }
    )


def analyze_transcript(transcript: Transcript, engine: Engine | None = None) -> Analysis:
    with paused():  # the pipeline makes no reference cycles: the cyclic collector would only cost time
        return _analyze(transcript, engine)


def _analyze(transcript: Transcript, engine: Engine | None) -> Analysis:
    engine = engine or get_engine("offline")
    findings = engine.extract(transcript)
    findings, dropped = ground(findings, transcript)
    findings = resolve_dates(findings, transcript.meeting_date)
    verdict = assess(findings, transcript)
    warnings = list(transcript.warnings) + list(findings.warnings)
    return Analysis(
        call=CallInfo(
            **transcript.model_dump(
                include={"id", "source", "meeting_date", "language", "kind", "participants", "account", "title"}
            ),
            turns=len(transcript.turns),
        ),
        praise=findings.praise,
        customer_actions=findings.customer_actions,
        rep_actions=findings.rep_actions,
        asks=findings.asks,
        signals=findings.signals,
        no_specific_ask=verdict.no_specific_ask,
        outcome=verdict.outcome,
        flags=verdict.flags,
        engine=engine.info(),
        warnings=warnings,
        dropped_quotes=dropped,
    )


def analyze_file(
    path: str | Path,
    *,
    reps: list[str] | None = None,
    meeting_date: date | None = None,
    engine: Engine | None = None,
    data: bytes | None = None,
) -> Analysis:
    """Load one file (or `data` named by `path`) and analyze it."""
    from analyzer.ingest import load

    transcript = load(path, data=data, reps=reps or [], meeting_date=meeting_date)
    return analyze_transcript(transcript, engine)
