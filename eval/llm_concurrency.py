"""Requests in flight during `analyzer batch --engine llm` against the local OpenAI-compatible server.

The server (tests/llm_server.py, 127.0.0.1 only) answers every request after a fixed delay (200 ms by
default) with an empty extraction; the batch runs the real pipeline, the real ChatOpenAI client and the
batch runner's threads for I/O-bound engines. Prints calls, requests, the most requests in flight at once,
wall time and the ideal `requests × delay / concurrency`. The cache is off, so every request reaches
the server. Bounded: N files (default 64), one server, stops by itself.

    .venv/bin/python eval/llm_concurrency.py [--files 64] [--delay 0.2] [--concurrency 16]
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

from llm_server import EMPTY, Answer, Delay, LLMServer  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=64)
    ap.add_argument("--delay", type=float, default=0.2)
    ap.add_argument("--concurrency", type=int, default=16)
    args = ap.parse_args()

    from analyzer import batch

    # LangChain and the OpenAI SDK take seconds to import once per process; timed apart from the batch.
    t0 = time.perf_counter()
    import langchain.chat_models  # noqa: F401
    import langchain_openai  # noqa: F401

    imports = time.perf_counter() - t0
    sources = sorted((ROOT / "eval" / "cases" / "dev").glob("*/transcript.*"))
    with tempfile.TemporaryDirectory() as tmp, LLMServer(default=Delay(args.delay, Answer(EMPTY))) as srv:
        tmp = Path(tmp)
        inputs = []
        for k in range(args.files):
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
        summary = batch.run(inputs, tmp / "out", engine="llm", meeting_date=None, progress=False)
        wall = time.perf_counter() - t0
        calls = summary.analyzed
        requests = len(srv.requests)
        ideal = requests * args.delay / args.concurrency
        print(f"files {args.files}, analyzed {calls}, failed {summary.failed}")
        print(f"requests {requests}, max in flight {srv.max_in_flight} (limit {args.concurrency})")
        print(f"wall {wall:.2f} s; ideal requests x {args.delay * 1000:.0f} ms / {args.concurrency} = {ideal:.2f} s")
        print(f"one-time import of LangChain + OpenAI SDK (not in wall): {imports:.2f} s")
        print(summary.line())


if __name__ == "__main__":
    main()
