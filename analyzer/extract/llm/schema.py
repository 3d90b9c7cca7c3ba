"""What the model answers: a small schema of its own, mapped to `Findings` by the engine.

Kept apart from the output contract on purpose: the model cites turn numbers and verbatim quotes and gives
date PHRASES; speakers, timestamps and calendar dates always come from the transcript and the deterministic
resolver, never from the model. The field descriptions double as instructions (they reach the model in the
JSON schema or tool definition).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from analyzer.models import ActionType, AskMissing, AskResponse


class Cited(BaseModel):
    turn: int = Field(description="the [number] of the turn quoted")
    quote: str = Field(description="exact words copied from that turn, unchanged (no paraphrase, no '…')")


class CustomerActionOut(Cited):
    action: str = Field(description="short description of what the customer will do")
    actor: Literal["customer", "joint"] = Field(default="customer", description="joint: customer and rep together")
    type: ActionType = "other"
    due_text: str | None = Field(default=None, description="the date phrase exactly as spoken, e.g. '下周三'; no date")
    proposal_turn: int | None = Field(default=None, description="turn of the rep's proposal this accepts, if any")
    proposal_quote: str | None = Field(default=None, description="exact words of that proposal")


class RepActionOut(Cited):
    action: str = Field(description="the rep's own to-do, including work the customer asked the rep to do")
    due_text: str | None = None


class AskOut(Cited):
    specific: bool = Field(description="true only if the ask names a concrete time AND a concrete action")
    missing: list[AskMissing] = Field(default=[], description="what a vague ask lacks")
    response: AskResponse = "none"
    response_turn: int | None = None
    response_quote: str | None = Field(default=None, description="exact words of the customer's reply")


class Extraction(BaseModel):
    """Findings of one transcript excerpt. Empty lists when nothing qualifies."""

    praise: list[Cited] = Field(default=[], description="customer compliments; they prove nothing")
    customer_actions: list[CustomerActionOut] = Field(default=[], description="customer (or joint) commitments")
    rep_actions: list[RepActionOut] = []
    asks: list[AskOut] = Field(default=[], description="rep asking the customer to commit to a next step")
    signals: list[Cited] = Field(default=[], description="customer buying signals: budget arriving, boss keen")
    probes: list[Cited] = Field(default=[], description="rep asking the reason after a decline")
    declines: list[Cited] = Field(default=[], description="customer refusing the deal or an ask")
