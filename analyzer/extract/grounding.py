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
    # Secondary quotes (an ask's response, an action's accepted proposal) are dropped, not the finding.
    fields = type(item).model_fields  # a missing field costs pydantic's __getattr__ an exception: ask the class
    for quote_field, turn_field in (("response_quote", "response_turn"), ("proposal_quote", "proposal_turn")):
        q = getattr(item, quote_field) if quote_field in fields else None
        if q is not None and not _in_turn(q, getattr(item, turn_field, None), transcript):
            updates |= {quote_field: None, turn_field: None}
    return item.model_copy(update=updates)


def _in_turn(quote: str, turn: int | None, transcript: Transcript) -> bool:
    return turn is not None and 0 <= turn < len(transcript.turns) and quote in transcript.turns[turn].text


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
