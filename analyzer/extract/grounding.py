"""Grounding: a finding whose quote is not verbatim in the turn it cites never leaves the pipeline.

Applied to every engine's output (the offline engine is grounded by construction; the LLM engine is not).
"""

from __future__ import annotations

from analyzer.models import Evidence, Findings, Transcript


def _grounded(item: Evidence, transcript: Transcript) -> Evidence | None:
    if not (0 <= item.turn < len(transcript.turns)) or not item.quote.strip():
        return None
    turn = transcript.turns[item.turn]
    if item.quote not in turn.text:
        return None
    # Speaker and timestamp always come from the transcript, never from the engine.
    updates: dict = {"speaker": turn.speaker, "start": turn.start}
    response_quote = getattr(item, "response_quote", None)
    if response_quote is not None:
        rt = getattr(item, "response_turn", None)
        if rt is None or not (0 <= rt < len(transcript.turns)) or response_quote not in transcript.turns[rt].text:
            updates |= {"response_quote": None, "response_turn": None}
    return item.model_copy(update=updates)


def ground(findings: Findings, transcript: Transcript) -> tuple[Findings, int]:
    """Return the findings with every ungrounded item removed, and how many were removed."""
    dropped = 0
    kept: dict[str, list] = {}
    for field in ("praise", "customer_actions", "rep_actions", "asks", "signals", "probes", "declines"):
        items = []
        for item in getattr(findings, field):
            g = _grounded(item, transcript)
            if g is None:
                dropped += 1
            else:
                items.append(g)
        kept[field] = items
    return Findings(**kept, warnings=findings.warnings), dropped
