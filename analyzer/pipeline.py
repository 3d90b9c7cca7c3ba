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
from analyzer.models import Analysis, CallInfo, Findings, Transcript


def resolve_dates(findings: Findings, meeting_date: date) -> Findings:
    """Fill `due_date`/`due_end`/`due_fuzzy` from each `due_text`. A phrase we cannot resolve stays null."""
    actions = []
    for a in findings.customer_actions:
        due = resolve(a.due_text, meeting_date) if a.due_text else None
        if due is not None:
            a = a.model_copy(update={"due_date": due.start, "due_end": due.end, "due_fuzzy": due.fuzzy})
        actions.append(a)
    reps = []
    for r in findings.rep_actions:
        due = resolve(r.due_text, meeting_date) if r.due_text else None
        if due is not None:
            r = r.model_copy(update={"due_date": due.start})
        reps.append(r)
    return findings.model_copy(update={"customer_actions": actions, "rep_actions": reps})


def analyze_transcript(transcript: Transcript, engine: Engine | None = None) -> Analysis:
    engine = engine or get_engine("offline")
    findings = engine.extract(transcript)
    findings, dropped = ground(findings, transcript)
    findings = resolve_dates(findings, transcript.meeting_date)
    verdict = assess(findings, transcript)
    warnings = list(transcript.warnings) + list(findings.warnings)
    return Analysis(
        call=CallInfo(
            id=transcript.id,
            source=transcript.source,
            meeting_date=transcript.meeting_date,
            language=transcript.language,
            kind=transcript.kind,
            participants=transcript.participants,
            turns=len(transcript.turns),
            account=transcript.account,
            title=transcript.title,
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
