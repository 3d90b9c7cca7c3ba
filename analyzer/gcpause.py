"""Python's cyclic garbage collector paused while one call is ingested or analyzed.

Why: the pipeline allocates hundreds of thousands of short-lived objects per hour-long call (turn views,
clauses, match spans, pydantic models), so the collector's generation-0 threshold is crossed thousands of
times per call and each pass walks the young objects looking for reference cycles. The pipeline makes none
(`gc.collect()` after a call finds 0 unreachable objects; tests/test_pipeline_gc.py keeps it so), so every
object is freed by reference counting anyway and those passes were pure overhead: ~8% of a call's CPU time.

Re-entrant and thread-tolerant: only the pause that disabled the collector re-enables it, and a caller that
had disabled it keeps it disabled. With overlapping calls in threads, the one that paused first re-enables the
collector when it ends, even while the other still runs: that call then merely pays for collector passes again.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def paused() -> Iterator[None]:
    enabled = gc.isenabled()
    if enabled:
        gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
