"""Requests in flight during `analyzer batch --engine llm` against the local OpenAI-compatible server.

The server (tests/llm_server.py, 127.0.0.1 only, in a process of its own) answers every request after a
fixed delay (200 ms by default) with an empty extraction; the batch runs the real pipeline, the real
ChatOpenAI client and the batch runner: worker processes (`--jobs`, default one per core) with threads
inside each, the engine's limit on requests in flight shared between them. Prints calls, requests, the
most requests in flight at once, wall time, CPU time (this process and its workers) and the ideal
`requests × delay / concurrency`, after the same batch with no delay (the CPU floor: ingest, windows,
LangChain and the reports, which no concurrency hides), each with the load average of the machine (it is
shared: a busy neighbour slows every figure). The cache is off, so every request reaches the server.
Bounded: N files (default 64), one server, stops by itself.

    .venv/bin/python eval/llm_concurrency.py [--files 64] [--delay 0.2] [--concurrency 16] [--jobs N]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))



class ServerProcess:
    """tests/llm_server.py in its own process (its CPU must not compete with the batch for one GIL)."""

    def __init__(self, delay: float):
        import subprocess

        self.proc = subprocess.Popen(
            [sys.executable, str(ROOT / "tests" / "llm_server.py"), "--delay", str(delay)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        self.url = self.proc.stdout.readline().strip()

    def stats(self) -> dict:
        import json
        import urllib.request

        with urllib.request.urlopen(self.url.rsplit("/v1", 1)[0] + "/stats", timeout=10) as r:
            return json.loads(r.read())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.proc.stdin.close()
        self.proc.wait(timeout=10)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=64)
    ap.add_argument("--delay", type=float, default=0.2)
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--jobs", type=int, default=None, help="worker processes (default: one per core)")
    args = ap.parse_args()

    # LangChain and the OpenAI SDK take seconds to import once per process; timed apart from the batch.
    t0 = time.perf_counter()
    import langchain.chat_models  # noqa: F401
    import langchain_openai  # noqa: F401

    imports = time.perf_counter() - t0
    sources = sorted((ROOT / "eval" / "cases" / "dev").glob("*/transcript.*"))
    print(f"one-time import of LangChain + OpenAI SDK (not in the walls below): {imports:.2f} s")
    # The same batch with no server delay first: the CPU floor of the pipeline itself (ingest, windows,
    # LangChain, report) in one process, which no concurrency can hide.
    run(args, sources, 0.0, files=8, quiet=True)  # warm-up: first-use costs (calendars, lexicons) not measured
    for delay in (0.0, args.delay):
        run(args, sources, delay)


def run(args, sources: list[Path], delay: float, files: int | None = None, quiet: bool = False) -> None:
    from analyzer import batch

    with tempfile.TemporaryDirectory() as tmp, ServerProcess(delay) as srv:
        tmp = Path(tmp)
        inputs = []
        for k in range(files or args.files):
            src = sources[k % len(sources)]
            dst = tmp / "in" / f"{k:04d}-{src.parent.name}{src.suffix}"
            dst.parent.mkdir(parents=True, exist_ok=True)
            dst.write_bytes(src.read_bytes())
            inputs.append(dst)
        os.environ.update({
            "ANALYZER_LLM_MODEL": "local-test", "ANALYZER_LLM_BASE_URL": srv.url, "ANALYZER_LLM_API_KEY": "local",
            "ANALYZER_LLM_MAX_CONCURRENCY": str(args.concurrency), "ANALYZER_LLM_CACHE": "false",
        })  # fmt: skip
        t0 = time.perf_counter()
        load = os.getloadavg()[0]
        cpu0 = _cpu()
        summary = batch.run(inputs, tmp / "out", engine="llm", meeting_date=None, progress=False, jobs=args.jobs)
        wall = time.perf_counter() - t0
        cpu = _cpu() - cpu0
        stats = srv.stats()
        if quiet:
            return
        requests = stats["requests"]
        ideal = requests * delay / args.concurrency
        print(f"delay {delay * 1000:.0f} ms: {summary.analyzed}/{args.files} analyzed, {summary.failed} failed, "
              f"{requests} requests, max in flight {stats['max_in_flight']} (limit {args.concurrency}), "
              f"wall {wall:.2f} s, ideal requests x delay / concurrency = {ideal:.2f} s, "
              f"jobs {args.jobs or os.cpu_count()}, CPU {cpu:.2f} s, load average {load:.2f}")  # fmt: skip


def _cpu() -> float:
    """CPU seconds of this process and its finished children (the batch's worker processes)."""
    import resource

    usage = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    return sum(r.ru_utime + r.ru_stime for r in usage)

if __name__ == "__main__":
    main()
