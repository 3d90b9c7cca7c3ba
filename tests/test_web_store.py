"""The SQLite store (WAL, one transaction per upload, filters) and the process worker pool."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from concurrent.futures.process import BrokenProcessPool
from datetime import date
from pathlib import Path

import pytest

from analyzer.errors import InputError
from analyzer.pipeline import analyze_file
from analyzer.web.sqlite import SQLiteStore
from analyzer.web.storage import Filters, NewCall, Options
from analyzer.web.worker import Pool

VTT = Path(__file__).resolve().parent.parent / "fixtures" / "2026-03-12-pinecrest-college-lms.vtt"


def new(name="a.txt", data=b"A: hi", outcome="advance", flags=("NO_ASK",), reps=("Ann",), **opts) -> NewCall:
    return NewCall(file_name=name, data=data, options=Options(**opts), analysis_json='{"x": 1}', outcome=outcome,
                   flags=list(flags), no_specific_ask=True, call_date="2026-03-01", language="en", account="AC",
                   rep_names=list(reps))


def test_wal_mode_and_round_trip(tmp_path):
    store = SQLiteStore(tmp_path / "db" / "calls.db")
    with sqlite3.connect(store.path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    [(cid, dup)] = store.add([new(data=b"\x00bytes kept")])
    got = store.get(cid)
    assert not dup and got.data == b"\x00bytes kept" and got.analysis_json == '{"x": 1}'
    assert got.summary.flags == ["NO_ASK"] and got.summary.reps == ["Ann"] and got.summary.account == "AC"
    assert store.find(Options().key(b"\x00bytes kept")) == cid and store.find(Options().key(b"other")) is None


def test_options_are_part_of_the_identity(tmp_path):
    store = SQLiteStore(tmp_path / "calls.db")
    a = store.add([new(reps=("Ann",))])[0]
    b = store.add([new(reps=("Ann",), meeting_date=date(2026, 1, 2))])[0]
    c = store.add([new(reps=("Ann",))])[0]
    assert a[0] != b[0] and c == (a[0], True)
    assert store.get(b[0]).options.meeting_date == date(2026, 1, 2)


def test_a_failing_upload_leaves_nothing(tmp_path):
    store = SQLiteStore(tmp_path / "calls.db")
    broken = new(name="b.txt", data=b"other")
    broken.outcome = None  # NOT NULL: the second insert fails after the first succeeded
    with pytest.raises(sqlite3.IntegrityError):
        store.add([new(), broken])
    assert store.count() == 0
    with sqlite3.connect(store.path) as db:
        assert db.execute("SELECT COUNT(*) FROM call_flags").fetchone()[0] == 0


def test_filters_paging_and_delete_cascade(tmp_path):
    store = SQLiteStore(tmp_path / "calls.db")
    store.add([new(data=b"1", outcome="advance", flags=["NO_ASK"], reps=["Ann"]),
               new(data=b"2", outcome="no_sale", flags=[], reps=["Bo"]),
               new(data=b"3", outcome="advance", flags=["MISSED_SIGNAL", "NO_ASK"], reps=["Bo"])])
    ids = lambda f, **kw: [c.id for c in store.list(f, kw.get("page", 1), kw.get("per_page", 10)).items]
    assert ids(Filters()) == [3, 2, 1]
    assert ids(Filters(outcome="advance")) == [3, 1]
    assert ids(Filters(flag="NO_ASK")) == [3, 1] and ids(Filters(flag="MISSED_SIGNAL", rep="Bo")) == [3]
    assert ids(Filters(), page=2, per_page=2) == [1] and store.list(Filters(), 2, 2).total == 3
    assert store.delete(3) and not store.delete(3)
    assert ids(Filters(flag="NO_ASK")) == [1]
    with sqlite3.connect(store.path) as db:
        assert db.execute("SELECT COUNT(*) FROM call_flags WHERE call_id = 3").fetchone()[0] == 0


def test_process_pool_matches_the_library_and_carries_input_errors():
    pool = Pool(workers=1, kind="process")
    try:
        got = asyncio.run(pool.analyze(VTT.name, VTT.read_bytes(), [], None, "offline"))
        assert json.loads(got) == json.loads(analyze_file(VTT.name, data=VTT.read_bytes()).model_dump_json())
        with pytest.raises(InputError) as e:
            asyncio.run(pool.analyze("x.json", b"{bad", [], None, "offline"))
        assert e.value.source == "x.json" and e.value.reason.startswith("malformed JSON")
    finally:
        pool.shutdown()


def test_process_pool_recovers_from_a_dead_worker():
    import os

    pool = Pool(workers=1, kind="process")
    try:
        pool.start()
        with pytest.raises(BrokenProcessPool):
            pool._executor.submit(os._exit, 1).result(timeout=60)  # a worker dies: the pool is now broken
        got = asyncio.run(pool.analyze(VTT.name, VTT.read_bytes(), [], None, "offline"))
        assert json.loads(got)["call"]["source"] == VTT.name
    finally:
        pool.shutdown()


def test_deleted_bytes_do_not_linger_in_the_file(tmp_path):
    store = SQLiteStore(tmp_path / "calls.db")
    secret = b"Customer: our confidential budget is 4711 thousand"
    [(cid, _)] = store.add([new(data=secret)])
    store.delete(cid)
    with sqlite3.connect(store.path) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    assert secret not in raw
