"""What the upload service keeps about each call, behind a small interface.

`Store` is the only thing the routes talk to, so a server database can replace SQLite (`analyzer.web.sqlite`)
by implementing these few methods. A call is stored whole or not at all: the original bytes, the analysis
JSON (the `analyzer.models.Analysis` contract, verbatim) and the metadata go in one write.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol


@dataclass(frozen=True)
class Options:
    """The upload options that change an analysis; with the bytes they make the de-duplication key."""

    reps: tuple[str, ...] = ()
    meeting_date: date | None = None
    engine: str = "offline"

    def key(self, data: bytes) -> str:
        opts = json.dumps(
            {"reps": list(self.reps), "meeting_date": self.meeting_date and self.meeting_date.isoformat(), "engine": self.engine},
            sort_keys=True,
        )
        return hashlib.sha256(hashlib.sha256(data).digest() + opts.encode()).hexdigest()


@dataclass
class NewCall:
    """A finished analysis ready to store. `file_name` is for display only; it never becomes a path."""

    file_name: str
    data: bytes
    options: Options
    analysis_json: str
    outcome: str
    flags: list[str]
    no_specific_ask: bool
    call_date: str
    language: str
    account: str | None = None
    rep_names: list[str] = field(default_factory=list)  # the reps to show and summarise by

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass
class CallSummary:
    """One row of the call list (no bytes, no analysis body)."""

    id: int
    created_at: str
    file_name: str
    call_date: str
    account: str | None
    reps: list[str]
    outcome: str
    flags: list[str]
    no_specific_ask: bool
    engine: str
    language: str

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "created_at": self.created_at,
            "file_name": self.file_name,
            "meeting_date": self.call_date,
            "account": self.account,
            "reps": self.reps,
            "outcome": self.outcome,
            "flags": self.flags,
            "no_specific_ask": self.no_specific_ask,
            "engine": self.engine,
            "language": self.language,
        }


@dataclass
class StoredCall:
    summary: CallSummary
    data: bytes
    options: Options
    content_hash: str
    analysis_json: str


@dataclass
class Page:
    items: list[CallSummary]
    total: int
    page: int
    per_page: int


@dataclass(frozen=True)
class Filters:
    outcome: str | None = None
    flag: str | None = None
    rep: str | None = None
    account: str | None = None


class Store(Protocol):
    def find(self, options_key: str) -> int | None:
        """Id of the call stored for these bytes and options, if any."""
        ...

    def add(self, calls: list[NewCall]) -> list[tuple[int, bool]]:
        """Store every call in one transaction; (id, duplicate) each. A call already stored keeps its id."""
        ...

    def get(self, call_id: int) -> StoredCall | None: ...

    def list(self, filters: Filters, page: int, per_page: int) -> Page:
        """Newest first."""
        ...

    def all_summaries(self) -> list[CallSummary]: ...

    def delete(self, call_id: int) -> bool: ...

    def count(self) -> int: ...
