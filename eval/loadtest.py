"""Load check of the upload service: N concurrent uploads against a server started here, on loopback only.

Starts `analyzer serve` on 127.0.0.1 (a free port, a temporary database), sends N uploads at once with
httpx (async), each a bundled fixture made unique by trailing newlines so every one is really analyzed (no
de-duplication shortcut), and meanwhile polls the call list page to show it stays responsive. Prints
throughput, latency percentiles and the page latency; exits 1 unless there were 0 errors and N rows stored.
Bounded: N requests, each with a timeout, and an overall deadline; the server is stopped at the end.

Usage: .venv/bin/python eval/loadtest.py [--uploads 100] [--workers 2]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
TEXT_FORMATS = (".txt", ".md", ".vtt", ".srt")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def corpus() -> list[Path]:
    return sorted(p for p in (ROOT / "fixtures").iterdir() if p.suffix in TEXT_FORMATS and p.name != "README.md")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


async def run(base: str, n: int, deadline: float) -> dict:
    files = corpus()
    latencies: list[float] = []
    errors: list[str] = []
    page_times: list[float] = []
    done = asyncio.Event()
    limits = httpx.Limits(max_connections=n + 4)
    async with httpx.AsyncClient(base_url=base, timeout=deadline, limits=limits) as client:

        async def one(i: int) -> None:
            src = files[i % len(files)]
            data = src.read_bytes() + b"\n" * (i + 1)  # unique bytes: no duplicate shortcut
            t0 = time.perf_counter()
            try:
                r = await client.post("/api/calls", files={"files": (src.name, data)}, data={"account": f"load-{i}"})
                if r.status_code != 201:
                    errors.append(f"{src.name}: HTTP {r.status_code} {r.text[:120]}")
            except httpx.HTTPError as e:
                errors.append(f"{src.name}: {type(e).__name__} {e}")
            latencies.append(time.perf_counter() - t0)

        async def poll_page() -> None:
            while not done.is_set():
                t0 = time.perf_counter()
                r = await client.get("/calls")
                if r.status_code == 200:
                    page_times.append(time.perf_counter() - t0)
                await asyncio.sleep(0.25)

        poller = asyncio.create_task(poll_page())
        t0 = time.perf_counter()
        await asyncio.wait_for(asyncio.gather(*(one(i) for i in range(n))), deadline)
        wall = time.perf_counter() - t0
        done.set()
        await poller
        total = (await client.get("/api/calls", params={"per_page": 1})).json()["total"]
    return {"wall": wall, "latencies": latencies, "errors": errors, "page_times": page_times, "total": total}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--uploads", type=int, default=100)
    parser.add_argument("--workers", type=int, default=None, help="analysis worker processes (default: the server's)")
    parser.add_argument("--deadline", type=float, default=600, help="seconds before the run is abandoned")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "load.db"
        port = free_port()
        cmd = [sys.executable, "-m", "analyzer", "serve", "--host", "127.0.0.1", "--port", str(port), "--db", str(db)]
        if args.workers:
            cmd += ["--workers", str(args.workers)]
        env = {k: v for k, v in os.environ.items() if k not in ("ANALYZER_API_TOKEN", "ANALYZER_DB")}
        server = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        base = f"http://127.0.0.1:{port}"
        try:
            start = time.monotonic()
            while True:
                try:
                    if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if server.poll() is not None or time.monotonic() - start > 60:
                    print(f"loadtest: server did not start: {server.stderr.read().decode(errors='replace')[-500:]}")
                    return 1
                time.sleep(0.2)
            result = asyncio.run(run(base, args.uploads, args.deadline))
        finally:
            server.terminate()
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
        with sqlite3.connect(db) as conn:
            rows = conn.execute("SELECT COUNT(*) FROM calls").fetchone()[0]

    lat = result["latencies"]
    pages = result["page_times"] or [float("nan")]
    print(f"uploads: {args.uploads} concurrent, {len(result['errors'])} errors, {rows} rows stored "
          f"(API total {result['total']}), {os.cpu_count()} cores")
    print(f"wall: {result['wall']:.1f} s   throughput: {args.uploads / result['wall']:.1f} uploads/s")
    print(f"upload latency: p50 {percentile(lat, 0.5):.2f} s   p95 {percentile(lat, 0.95):.2f} s   max {max(lat):.2f} s")
    print(f"call list page during the load: {len(result['page_times'])} requests, "
          f"median {statistics.median(pages) * 1000:.0f} ms, max {max(pages) * 1000:.0f} ms")
    for line in result["errors"][:5]:
        print(f"  error: {line}")
    ok = not result["errors"] and rows == args.uploads
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
