"""One upload, from received bytes to stored calls: name hygiene, size, de-duplication, analysis, storage.

Shared by the API (`POST /api/calls`) and the upload page's plain-form fallback. A request is all or nothing:
every file is analyzed first, and only when all succeeded are they stored, in one transaction, so a bad file
in a batch leaves no half-stored upload behind.
"""

from __future__ import annotations

import asyncio
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from starlette.concurrency import run_in_threadpool

from analyzer.errors import EngineError, InputError
from analyzer.web.storage import NewCall, Options, Store
from analyzer.web.worker import Pool

MAX_NAME = 120
# Reasons (from analyzer.ingest) that mean "this is not a transcript at all" (415) rather than "a broken one" (422).
_UNSUPPORTED = ("unsupported file type", "binary content", "undecodable")


class UploadError(Exception):
    """A rejected upload: HTTP status, one-line message, and one entry per failing file."""

    def __init__(self, status: int, message: str, errors: list[dict] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.errors = errors or []


@dataclass
class Received:
    name: str  # as the client sent it; never used as a path
    data: bytes


@dataclass
class Stored:
    id: int
    file_name: str
    duplicate: bool
    analysis_json: str

    def to_json(self) -> dict:
        return {"id": self.id, "file_name": self.file_name, "duplicate": self.duplicate,
                "analysis": json.loads(self.analysis_json)}


def display_name(raw: str | None) -> str:
    """A client file name made safe to show and to hand to ingest as a name (not a path).

    Keeps the last path component only (either slash), drops control characters (NUL included), and shortens
    very long names while keeping the extension, which ingest uses to pick the parser.
    """
    name = (raw or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(c for c in name if unicodedata.category(c)[0] != "C").strip()
    if not name.strip("."):
        return "upload"
    if len(name) > MAX_NAME:
        _stem, dot, ext = name.rpartition(".")
        ext = ext if dot and 0 < len(ext) <= 10 else ""
        name = name[: MAX_NAME - len(ext) - 2] + "…" + (f".{ext}" if ext else "")
    return name


def parse_reps(values: list[str] | None) -> tuple[str, ...]:
    """Rep names from repeated fields and/or comma-separated lists (',', '，', '、', ';')."""
    out: list[str] = []
    for v in values or []:
        for name in re.split(r"[,，、;；]", v):
            name = name.strip()
            if name and name not in out:
                out.append(name)
    return tuple(out)


def parse_date(value: str | None) -> date | None:
    if not value or not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise UploadError(422, f"meeting_date {value.strip()[:40]!r} is not a date; use YYYY-MM-DD") from None


async def handle(
    store: Store,
    pool: Pool,
    files: list[Received],
    *,
    options: Options,
    account: str | None,
    max_bytes: int,
) -> list[Stored]:
    if not files:
        raise UploadError(422, "no file uploaded: send one or more files in the 'files' field")
    names = [display_name(f.name) for f in files]
    for name, f in zip(names, files):
        if len(f.data) > max_bytes:
            raise UploadError(413, f"{name}: file too large ({len(f.data) / 2**20:.1f} MB, limit {max_bytes / 2**20:g} MB)",
                              [{"file": name, "reason": "file too large"}])

    async def one(name: str, f: Received) -> Stored | NewCall | dict:
        existing = await run_in_threadpool(store.find, options.key(f.data))
        if existing is not None:
            stored = await run_in_threadpool(store.get, existing)
            if stored is not None:  # deleted meanwhile → analyze again
                return Stored(existing, stored.summary.file_name, True, stored.analysis_json)
        try:
            result = await pool.analyze(name, f.data, list(options.reps), options.meeting_date, options.engine)
        except InputError as e:
            status = 415 if e.reason.startswith(_UNSUPPORTED) else 422
            return {"file": name, "reason": e.reason, "status": status}
        except EngineError as e:
            return {"file": name, "reason": f"the {options.engine} engine failed: {e}", "status": 502}
        return _new_call(name, f.data, options, account, result)

    results = await asyncio.gather(*(one(n, f) for n, f in zip(names, files)))
    errors = [r for r in results if isinstance(r, dict)]
    if errors:
        first = errors[0]
        raise UploadError(first["status"], f"{first['file']}: {first['reason']}", errors)
    new = [r for r in results if isinstance(r, NewCall)]
    ids = iter(await run_in_threadpool(store.add, new) if new else [])
    out = []
    for r in results:
        if isinstance(r, Stored):
            out.append(r)
            continue
        call_id, dup = next(ids)
        if dup:  # a concurrent upload stored the same bytes and options first: answer with what is stored
            stored = await run_in_threadpool(store.get, call_id)
            out.append(Stored(call_id, stored.summary.file_name, True, stored.analysis_json))
        else:
            out.append(Stored(call_id, r.file_name, False, r.analysis_json))
    return out


def _new_call(name: str, data: bytes, options: Options, account: str | None, analysis_json: str) -> NewCall:
    a = json.loads(analysis_json)
    call = a["call"]
    reps = list(options.reps) or [p["name"] for p in call["participants"] if p["role"] == "rep"]
    return NewCall(
        file_name=name,
        data=data,
        options=options,
        analysis_json=analysis_json,
        outcome=a["outcome"],
        flags=[f["code"] for f in a["flags"]],
        no_specific_ask=a["no_specific_ask"],
        call_date=call["meeting_date"],
        language=call["language"],
        account=(account or "").strip() or call.get("account"),
        rep_names=reps,
    )
