"""The gold file (`eval/cases/<split>/<id>/gold.json`) as a pydantic model.

One model serves the loader, the validator test and the scorer, so a typo in a case file fails loudly
(`extra="forbid"`) instead of silently scoring as "nothing expected".
"""

from __future__ import annotations

from datetime import date
from typing import Literal, Union

from pydantic import BaseModel, ConfigDict, Field

from analyzer.models import ActionType, AskResponse, Language, Outcome

Split = Literal["dev", "holdout"]
Format = Literal["txt", "md", "vtt", "srt", "json", "docx", "notes", "corpus"]
Phenomenon = Literal[
    "praise",
    "commitment_dated",
    "commitment_undated",
    "joint_action",
    "acceptance",
    "rep_task",
    "customer_requests_rep_task",
    "specific_ask",
    "vague_ask",
    "no_ask",
    "declined_probed",
    "declined_not_probed",
    "declined_lowered",
    "stall",
    "hypothetical",
    "negation",
    "past_action",
    "bare_acquiescence",
    "missed_signal",
    "order",
    "no_sale",
    "code_switching",
    "notes",
    "long",
    "date_relative",
    "date_fuzzy",
    "holiday",
]
CORPORA = ("persuasionforgood", "craigslistbargain_sample", "mobilecs_seretod", "mg_shopdial")

# A due is an ISO date, a [start, end] range for a fuzzy phrase, or null. Parsed as dates, so a
# malformed string fails validation.
Due = Union[date, tuple[date, date], None]


class _Gold(BaseModel):
    model_config = ConfigDict(extra="forbid")


class GoldItem(_Gold):
    quote: str = Field(min_length=1)
    turn: int | None = Field(default=None, ge=0, description="disambiguates a quote found in several turns")


class GoldAction(GoldItem):
    due: Due  # required, so "no date" is a decision (null), not an omission
    type: ActionType
    actor: Literal["customer", "joint"]


class GoldAsk(GoldItem):
    specific: bool
    response: AskResponse


class Source(_Gold):
    corpus: Literal[CORPORA]  # type: ignore[valid-type]
    file: str
    dialogue_id: str
    licence: str


class Gold(_Gold):
    id: str
    split: Split
    language: Language
    format: Format
    phenomena: list[Phenomenon] = []
    meeting_date: date
    reps: list[str]
    source: Source | None = None
    praise: list[GoldItem] = []
    customer_actions: list[GoldAction] = []
    rep_actions: list[GoldItem] = []
    asks: list[GoldAsk] = []
    no_specific_ask: bool
    outcome: Outcome
    notes: str = ""


LISTS = ("praise", "customer_actions", "rep_actions", "asks")


def due_range(due: Due) -> tuple[date, date] | None:
    """A due as (start, end); a single day is (d, d)."""
    if due is None:
        return None
    if isinstance(due, date):
        return (due, due)
    return (due[0], due[1])
