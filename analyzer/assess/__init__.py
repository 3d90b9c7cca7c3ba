"""Assess: the call's outcome (Rackham's Order / Advance / Continuation / No-sale) and the coaching flags.

Pure functions of the findings, so every engine is judged by the same rules (see eval/GUIDELINES.md).
"""

from __future__ import annotations

from dataclasses import dataclass

from analyzer.assess.coaching import message
from analyzer.models import Findings, Flag, Outcome, Transcript

# Committing to sign or to issue the PO in the call is an Order; every other customer action is an Advance.
ORDER_TYPES = {"sign"}
# A lower ask must follow the refusal soon; an unrelated proposal an hour later is no remedy for it.
LOWER_WINDOW = 8


@dataclass
class Verdict:
    outcome: Outcome
    no_specific_ask: bool
    flags: list[Flag]


def outcome_of(findings: Findings) -> Outcome:
    actions = findings.customer_actions
    if any(a.type in ORDER_TYPES for a in actions):
        return "order"
    if actions:
        return "advance"
    if findings.declines or (findings.asks and all(a.response == "declined" for a in findings.asks)):
        return "no_sale"
    return "continuation"


def flags_of(findings: Findings, transcript: Transcript) -> list[Flag]:
    lang = "zh" if transcript.language == "zh" else "en"
    flags: list[Flag] = []

    def add(code: str, turn: int | None = None, **kw) -> None:
        flags.append(Flag(code=code, message=message(code, lang, **kw), turn=turn))

    asks = sorted(findings.asks, key=lambda a: a.turn)
    if not asks:
        add("NO_ASK")
    elif not any(a.specific for a in asks):
        add("VAGUE_ASK_ONLY", asks[0].turn, quote=asks[0].quote)

    if findings.praise and not findings.customer_actions:
        add("PRAISE_WITHOUT_ACTION", findings.praise[0].turn, quote=findings.praise[0].quote)

    for a in findings.customer_actions:
        if a.due_date is None:
            add("UNDATED_COMMITMENT", a.turn, quote=a.quote)

    probe_turns = [p.turn for p in findings.probes]
    action_turns = {a.turn for a in findings.customer_actions}
    # Each declined ask with the turn that refused it (the ask's own when the answer's turn is unknown).
    declined = [(a, a.response_turn if a.response_turn is not None else a.turn) for a in asks
                if a.response == "declined"]
    first_refusal = min([d.turn for d in findings.declines] + [t for _, t in declined], default=None)
    for a, after in declined:
        if after in action_turns:
            continue  # a reschedule: the customer refused the time and offered another (hard call 16)
        # The article's remedies apply to the refusal as a whole: a probe after the first refusal of the call
        # ("Is it the price?" after "we've decided to stay with them"), a lower ask after this one, or this ask
        # being itself the lower one (an earlier ask was declined) all count.
        probed = any(t > first_refusal for t in probe_turns)
        lowered = any(after < b.turn <= after + LOWER_WINDOW for b in asks) or any(
            b.response == "declined" and b.turn < a.turn for b in asks)
        if not probed and not lowered:
            add("DECLINED_NOT_PROBED", a.turn, quote=a.quote)

    for s in findings.signals:
        if not any(a.turn >= s.turn for a in asks):
            add("MISSED_SIGNAL", s.turn, quote=s.quote)
            break

    if transcript.kind == "dialogue" and transcript.participants and all(
        p.role == "unknown" for p in transcript.participants
    ):
        add("ROLES_UNKNOWN")
    return flags


def assess(findings: Findings, transcript: Transcript) -> Verdict:
    return Verdict(
        outcome=outcome_of(findings),
        no_specific_ask=not any(a.specific for a in findings.asks),
        flags=flags_of(findings, transcript),
    )
