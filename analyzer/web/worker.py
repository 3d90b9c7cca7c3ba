"""Analysis off the event loop: a pool of worker processes running `analyzer.pipeline.analyze_file`.

Processes, not threads: the offline engine is pure-Python CPU work, and in a thread it would hold the GIL
the pages and the API need. Workers are spawned (not forked) because the server already runs threads.
An `InputError` does not survive pickling (its constructor takes two arguments), so the worker returns the
outcome as plain data and the parent raises it again.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import date

from analyzer.errors import EngineError, InputError

_engines: dict = {}


def analyze_bytes(name: str, data: bytes, reps: list[str], meeting_date: date | None, engine: str) -> tuple:
    """("ok", analysis JSON) or ("input", source, reason) or ("engine", message). Runs in a worker."""
    from analyzer.extract import get_engine
    from analyzer.pipeline import analyze_file

    try:
        if engine not in _engines:  # one engine per worker: lexicons load once, not per call
            _engines[engine] = get_engine(engine)
        result = analyze_file(name, data=data, reps=reps, meeting_date=meeting_date, engine=_engines[engine])
    except InputError as e:
        return ("input", e.source, e.reason)
    except EngineError as e:
        return ("engine", str(e))
    return ("ok", result.model_dump_json())


def _warm() -> None:
    import analyzer.pipeline  # noqa: F401  (pay the import cost at start-up, not on the first upload)


class Pool:
    """The worker pool; `kind="thread"` is for tests that need no parallelism."""

    def __init__(self, workers: int | None = None, kind: str = "process"):
        self.workers = workers or max(1, min(4, os.cpu_count() or 1))
        self.kind = kind
        self._executor: Executor | None = None

    def start(self) -> None:
        if self._executor is not None:
            return
        if self.kind == "thread":
            self._executor = ThreadPoolExecutor(self.workers, thread_name_prefix="analyzer")
        else:
            ctx = multiprocessing.get_context("spawn")
            self._executor = ProcessPoolExecutor(self.workers, mp_context=ctx, initializer=_warm)

    async def analyze(self, name: str, data: bytes, reps: list[str], meeting_date: date | None, engine: str) -> str:
        """The analysis JSON; raises `InputError` for a bad file and `EngineError` when the engine failed."""
        loop = asyncio.get_running_loop()
        for attempt in (1, 2):
            self.start()
            executor = self._executor
            try:
                result = await loop.run_in_executor(executor, analyze_bytes, name, data, reps, meeting_date, engine)
                break
            except BrokenProcessPool:
                # A worker died (killed, out of memory): a broken pool refuses all later work, so replace it
                # once and retry; a second death is this file's doing and is reported as an engine failure.
                if self._executor is executor:
                    self._executor = None
                    executor.shutdown(wait=False, cancel_futures=True)
                if attempt == 2:
                    raise EngineError(f"{name}: the analysis worker crashed") from None
        if result[0] == "input":
            raise InputError(result[1], result[2])
        if result[0] == "engine":
            raise EngineError(result[1])
        return result[1]

    def shutdown(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None
