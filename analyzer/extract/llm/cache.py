"""Answers kept on disk: a SQLite cache keyed by model, prompt version, method and the exact input, and
record/replay folders for the eval.

sqlite3 from the standard library: one file, safe across processes (batch workers) and threads (one
connection per operation; WAL so readers do not block the writer). A re-run of the same inputs sends nothing.
A record folder holds one JSON file per request, named by the input key without the model, so
`analyzer eval --replay DIR` re-scores a kept run without any configured model.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from pathlib import Path

from analyzer.errors import EngineError


def input_key(prompt_id: str, method: str, messages: list[tuple[str, str]]) -> str:
    payload = json.dumps({"prompt": prompt_id, "method": method, "messages": messages}, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def cache_key(provider: str, model: str, base_url: str | None, input_key_: str) -> str:
    return hashlib.sha256(f"{provider}\0{model}\0{base_url or ''}\0{input_key_}".encode()).hexdigest()


class Cache:
    def __init__(self, path: Path):
        self.path = path
        self._lock = threading.Lock()
        self._ready = False

    def _connect(self) -> sqlite3.Connection:
        con = sqlite3.connect(self.path, timeout=30)
        if not self._ready:
            with self._lock:
                if not self._ready:
                    con.execute("PRAGMA journal_mode=WAL")
                    con.execute("CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
                    con.commit()
                    self._ready = True
        return con

    def get(self, key: str) -> dict | None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            con = self._connect()
            try:
                row = con.execute("SELECT value FROM answers WHERE key = ?", (key,)).fetchone()
            finally:
                con.close()
        except sqlite3.Error:
            return None  # an unreadable cache costs a request, never a result
        return json.loads(row[0]) if row else None

    def put(self, key: str, value: dict) -> None:
        try:
            con = self._connect()
            try:
                con.execute("INSERT OR REPLACE INTO answers VALUES (?, ?)", (key, json.dumps(value, ensure_ascii=False)))
                con.commit()
            finally:
                con.close()
        except sqlite3.Error:
            pass


class Recorder:
    """`--record DIR`: write every answer; `--replay DIR`: read them back, and fail on a missing one."""

    def __init__(self, folder: Path, replay: bool):
        self.folder = folder
        self.replay = replay
        if replay and not folder.is_dir():
            raise EngineError(f"{folder}: no such record folder to replay")
        if not replay:
            folder.mkdir(parents=True, exist_ok=True)

    META = "run.json"

    def meta(self) -> dict:
        """What the recorded run used (model, method, flags): a replay must send the same input to match."""
        try:
            return json.loads((self.folder / self.META).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def save_meta(self, meta: dict) -> None:
        (self.folder / self.META).write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")

    def load(self, key: str) -> dict:
        path = self.folder / f"{key}.json"
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise EngineError(f"{path}: no recorded answer for this input (recorded with another prompt?)") from None
        except ValueError as e:
            raise EngineError(f"{path}: unreadable record ({e})") from None

    def save(self, key: str, value: dict) -> None:
        path = self.folder / f"{key}.json"
        tmp = path.with_name(f".{key}.{threading.get_ident()}.tmp")
        tmp.write_text(json.dumps(value, ensure_ascii=False, indent=1), encoding="utf-8")
        tmp.replace(path)
