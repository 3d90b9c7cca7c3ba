"""The output contract: one pydantic model for JSON, reports, the HTTP API and the eval harness.

`Transcript` is what ingest produces and every engine reads; `Findings` is what an engine returns;
`Analysis` is the published result (`analyzer schema` prints its JSON Schema). Renaming a field here is a
breaking change: bump `SCHEMA_VERSION`.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

Role = Literal["rep", "customer", "unknown"]
Language = Literal["zh", "en", "mixed"]
Outcome = Literal["order", "advance", "continuation", "no_sale"]
ActionType = Literal[
    "meeting_with_decision_maker",
    "technical_review",
    "trial",
    "site_visit",
    "requirements",
    "budget",
    "internal_report",
    "procurement_step",
    "sign",
    "send_information",
    "other",
]
AskMissing = Literal["time", "what", "who", "where"]
AskResponse = Literal["accepted", "declined", "deferred", "none"]
FlagCode = Literal[
    "NO_ASK",
    "VAGUE_ASK_ONLY",
    "PRAISE_WITHOUT_ACTION",
    "UNDATED_COMMITMENT",
    "DECLINED_NOT_PROBED",
    "MISSED_SIGNAL",
    "ROLES_UNKNOWN",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


# ---------------------------------------------------------------- input side


class Turn(_Model):
    """One speaker turn (or, in prose visit notes, one sentence of the notes)."""

    index: int = Field(description="0-based position in the transcript")
    speaker: str = Field(description="speaker label as written; '' for prose notes")
    text: str
    start: str | None = Field(default=None, description="timestamp as HH:MM:SS(.mmm) when the format has one")
    role: Role = "unknown"


class Participant(_Model):
    name: str
    role: Role


class Transcript(_Model):
    """A call as ingest hands it to the engines."""

    id: str
    source: str = Field(description="file name or '-' for stdin")
    kind: Literal["dialogue", "notes"] = "dialogue"
    meeting_date: date
    meeting_date_source: Literal["option", "front_matter", "file_name", "today"] = "today"
    language: Language = "en"
    turns: list[Turn]
    participants: list[Participant] = []
    account: str | None = None
    title: str | None = None
    warnings: list[str] = []


# ---------------------------------------------------------------- findings


class Evidence(_Model):
    """Where a finding stands: a verbatim quote of one turn."""

    quote: str = Field(description="verbatim substring of the cited turn's text")
    speaker: str
    turn: int = Field(description="0-based turn index")
    start: str | None = None


class Praise(Evidence):
    """The customer said something nice. Pleasant; proves nothing."""


class CustomerAction(Evidence):
    """The customer (or customer and rep together) committed to do something that moves the deal."""

    action: str = Field(description="short description of what will be done")
    actor: Literal["customer", "joint"] = "customer"
    type: ActionType = "other"
    due_text: str | None = Field(default=None, description="the date phrase as spoken, e.g. '下周三'")
    due_date: date | None = Field(default=None, description="resolved from the meeting date; never invented")
    due_end: date | None = Field(default=None, description="end of the range for fuzzy phrases")
    due_fuzzy: bool = False
    proposal_quote: str | None = Field(
        default=None, description="the rep's concrete proposal this action accepts ('可以' after '下周三来做技术交流?')"
    )
    proposal_turn: int | None = None


class RepAction(Evidence):
    """The rep's own to-do. Necessary work; it does not move the deal."""

    action: str
    due_text: str | None = None
    due_date: date | None = None


class Ask(Evidence):
    """The rep asked the customer for a commitment."""

    specific: bool
    missing: list[AskMissing] = []
    response: AskResponse = "none"
    response_quote: str | None = None
    response_turn: int | None = None


class Findings(_Model):
    """What an engine extracts from one transcript, before dates and assessment."""

    praise: list[Praise] = []
    customer_actions: list[CustomerAction] = []
    rep_actions: list[RepAction] = []
    asks: list[Ask] = []
    signals: list[Evidence] = Field(default=[], description="customer buying signals (budget arriving, boss interested)")
    probes: list[Evidence] = Field(default=[], description="rep turns probing the reason after a decline")
    declines: list[Evidence] = Field(default=[], description="customer turns refusing the deal or an ask")
    warnings: list[str] = []


# ---------------------------------------------------------------- output


class CallInfo(_Model):
    id: str
    source: str
    meeting_date: date
    language: Language
    kind: Literal["dialogue", "notes"] = "dialogue"
    participants: list[Participant]
    turns: int
    account: str | None = None
    title: str | None = None


class Flag(_Model):
    code: FlagCode
    message: str
    turn: int | None = None


class TokenUsage(_Model):
    """Tokens an engine spent on one call (or a run), from the provider's usage figures."""

    requests: int = Field(default=0, description="requests sent to the provider (cache hits excluded)")
    cached: int = Field(default=0, description="requests answered from the cache or a replay")
    input_tokens: int = 0
    output_tokens: int = 0


class EngineInfo(_Model):
    name: str
    version: str
    fallback_from: str | None = Field(default=None, description="engine that failed before this one ran")
    usage: TokenUsage | None = Field(default=None, description="tokens spent (engines that call a model)")


class Analysis(_Model):
    """One analyzed call: the contract for `--format json`, reports, the API and eval."""

    schema_version: str = SCHEMA_VERSION
    call: CallInfo
    praise: list[Praise] = []
    customer_actions: list[CustomerAction] = []
    rep_actions: list[RepAction] = []
    asks: list[Ask] = []
    signals: list[Evidence] = []
    no_specific_ask: bool
    outcome: Outcome
    flags: list[Flag] = []
    engine: EngineInfo
    warnings: list[str] = []
    dropped_quotes: int = Field(default=0, description="findings dropped because their quote was not verbatim")
