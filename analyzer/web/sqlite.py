"""The SQLite implementation of `Store`: one file, WAL mode, one transaction per upload.

A connection per operation (cheap for SQLite) keeps it safe under FastAPI's thread pool without a lock;
WAL lets the list page read while an upload writes. Flags and reps live in side tables so the list can
filter on them with an index instead of scanning JSON.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

from analyzer.web.storage import (
    CallSummary,
    Filters,
    NewCall,
    Options,
    Page,
    StoredCall,
)

SCHEMA = """
CREATE TABLE IF NOT EXISTS calls (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at TEXT NOT NULL,
    file_name TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    options_key TEXT NOT NULL UNIQUE,
    options TEXT NOT NULL,
    engine TEXT NOT NULL,
    data BLOB NOT NULL,
    analysis TEXT NOT NULL,
    outcome TEXT NOT NULL,
    no_specific_ask INTEGER NOT NULL,
    call_date TEXT NOT NULL,
    language TEXT NOT NULL,
    account TEXT
);
CREATE TABLE IF NOT EXISTS call_flags (
    call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    code TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS call_reps (
    call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    name TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS call_flags_code ON call_flags(code, call_id);
CREATE INDEX IF NOT EXISTS call_reps_name ON call_reps(name, call_id);
CREATE INDEX IF NOT EXISTS calls_outcome ON calls(outcome);
"""

_SUMMARY_COLS = "id, created_at, file_name, call_date, account, outcome, no_specific_ask, engine, language"


class SQLiteStore:
    def __init__(self, path: str | Path):
        self.path = str(path)  # a file: each operation opens its own connection, so ":memory:" would not persist
        Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.executescript(SCHEMA)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        # timeout: concurrent uploads queue on the write lock instead of failing with "database is locked".
        db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        try:
            db.execute("PRAGMA foreign_keys=ON")
            db.execute("PRAGMA synchronous=NORMAL")  # safe with WAL; a power cut loses at most the last commit
            db.execute("PRAGMA secure_delete=ON")  # a deleted call's bytes are overwritten, not left in free pages
            yield db
        finally:
            db.close()

    # ------------------------------------------------------------ writes

    def add(self, calls: list[NewCall]) -> list[tuple[int, bool]]:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        out: list[tuple[int, bool]] = []
        with self._connect() as db:
            db.execute("BEGIN IMMEDIATE")
            try:
                for c in calls:
                    key = c.options.key(c.data)
                    row = db.execute("SELECT id FROM calls WHERE options_key = ?", (key,)).fetchone()
                    if row:  # analysed meanwhile by a concurrent upload of the same bytes and options
                        out.append((row[0], True))
                        continue
                    cur = db.execute(
                        "INSERT INTO calls (created_at, file_name, content_hash, options_key, options, engine, data,"
                        " analysis, outcome, no_specific_ask, call_date, language, account)"
                        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        (
                            now, c.file_name, c.content_hash, key, _dump_options(c.options), c.options.engine,
                            c.data, c.analysis_json, c.outcome, int(c.no_specific_ask), c.call_date, c.language,
                            c.account,
                        ),
                    )
                    call_id = cur.lastrowid
                    db.executemany("INSERT INTO call_flags VALUES (?, ?)", [(call_id, f) for f in c.flags])
                    db.executemany("INSERT INTO call_reps VALUES (?, ?)", [(call_id, r) for r in c.rep_names])
                    out.append((call_id, False))
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
        return out

    def delete(self, call_id: int) -> bool:
        with self._connect() as db:
            return db.execute("DELETE FROM calls WHERE id = ?", (call_id,)).rowcount > 0

    # ------------------------------------------------------------ reads

    def find(self, options_key: str) -> int | None:
        with self._connect() as db:
            row = db.execute("SELECT id FROM calls WHERE options_key = ?", (options_key,)).fetchone()
        return row[0] if row else None

    def get(self, call_id: int) -> StoredCall | None:
        with self._connect() as db:
            row = db.execute(
                f"SELECT {_SUMMARY_COLS}, data, options, content_hash, analysis FROM calls WHERE id = ?", (call_id,)
            ).fetchone()
            if row is None:
                return None
            summary = self._summaries(db, [row[:9]])[0]
        return StoredCall(summary=summary, data=row[9], options=_load_options(row[10]), content_hash=row[11],
                          analysis_json=row[12])

    def list(self, filters: Filters, page: int, per_page: int) -> Page:
        where, args = [], []
        if filters.outcome:
            where.append("outcome = ?")
            args.append(filters.outcome)
        if filters.flag:
            where.append("id IN (SELECT call_id FROM call_flags WHERE code = ?)")
            args.append(filters.flag)
        if filters.rep:
            where.append("id IN (SELECT call_id FROM call_reps WHERE name = ?)")
            args.append(filters.rep)
        if filters.account:
            where.append("account = ?")
            args.append(filters.account)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        with self._connect() as db:
            total = db.execute(f"SELECT COUNT(*) FROM calls {clause}", args).fetchone()[0]
            rows = db.execute(
                f"SELECT {_SUMMARY_COLS} FROM calls {clause} ORDER BY id DESC LIMIT ? OFFSET ?",
                [*args, per_page, (page - 1) * per_page],
            ).fetchall()
            items = self._summaries(db, rows)
        return Page(items=items, total=total, page=page, per_page=per_page)

    def all_summaries(self) -> list[CallSummary]:
        with self._connect() as db:
            return self._summaries(db, db.execute(f"SELECT {_SUMMARY_COLS} FROM calls ORDER BY id DESC").fetchall())

    def count(self) -> int:
        with self._connect() as db:
            return db.execute("SELECT COUNT(*) FROM calls").fetchone()[0]

    def _summaries(self, db: sqlite3.Connection, rows: list) -> list[CallSummary]:
        if not rows:
            return []
        ids = [r[0] for r in rows]
        marks = ",".join("?" * len(ids))
        flags: dict[int, list[str]] = {i: [] for i in ids}
        reps: dict[int, list[str]] = {i: [] for i in ids}
        for cid, code in db.execute(f"SELECT call_id, code FROM call_flags WHERE call_id IN ({marks}) ORDER BY rowid", ids):
            flags[cid].append(code)
        for cid, name in db.execute(f"SELECT call_id, name FROM call_reps WHERE call_id IN ({marks}) ORDER BY rowid", ids):
            reps[cid].append(name)
        return [
            CallSummary(id=r[0], created_at=r[1], file_name=r[2], call_date=r[3], account=r[4], outcome=r[5],
                        no_specific_ask=bool(r[6]), engine=r[7], language=r[8], flags=flags[r[0]], reps=reps[r[0]])
            for r in rows
        ]


def _dump_options(o: Options) -> str:
    return json.dumps({"reps": list(o.reps), "meeting_date": o.meeting_date and o.meeting_date.isoformat(), "engine": o.engine})


def _load_options(s: str) -> Options:
    d = json.loads(s)
    md = d.get("meeting_date")
    return Options(reps=tuple(d.get("reps") or ()), meeting_date=date.fromisoformat(md) if md else None,
                   engine=d.get("engine", "offline"))
