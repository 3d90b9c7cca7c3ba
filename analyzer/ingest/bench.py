"""Ingest throughput: `python -m analyzer.ingest.bench [MB]` prints MB/s per format (CPU and wall time).

Inputs are built in memory from a few zh/en dialogue lines; CPU time is the figure to compare on a shared
machine, since wall time there depends on what else is running.
"""

from __future__ import annotations

import random
import sys
import time

from analyzer.ingest import load

LINES = [
    "Lisa Chen: Thanks for taking the time today. Let me show you our platform and the reporting module.",
    "Tom Wu: Sure. Our team uses spreadsheets, and our budget for this year is about 3.5 million.",
    "张伟：王总您好，我给您演示一下我们的系统，您看下周三安排技术评审可以吗？",
    "王总：可以，我们领导也想看看，我回去跟领导汇报一下。",
    "a continuation line without a label that joins the previous turn.",
]
NOTES = "拜访王总，他说产品不错，答应下周三安排技术评审。Met Mr. Wang today. He liked the 3.5 release! "


def inputs(mb: float) -> dict[str, bytes]:
    rng = random.Random(1)
    n = int(mb * 2**20 / 90)
    dialogue = "\n".join(rng.choice(LINES) for _ in range(n))
    cues = "".join(
        f"{i // 3600:02d}:{i // 60 % 60:02d}:{i % 60:02d}.000 --> {i // 3600:02d}:{i // 60 % 60:02d}:{i % 60:02d}.500\n"
        f"{rng.choice(LINES)}\n\n"
        for i in range(n // 5)
    )
    return {
        "dialogue.txt": dialogue.encode(),
        "dialogue-gb18030.txt": dialogue.encode("gb18030"),
        "notes.txt": (NOTES * int(mb * 2**20 / len(NOTES.encode()))).encode(),
        "call.vtt": ("WEBVTT\n\n" + cues).encode(),
    }


def main(mb: float = 10.0) -> None:
    for name, data in inputs(mb).items():
        cpu, wall = time.process_time(), time.perf_counter()
        t = load(name, data=data, max_bytes=2**31)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        size = len(data) / 1e6
        print(f"{name:22} {size:6.1f} MB  {size / cpu:6.1f} MB/s cpu  {size / wall:6.1f} MB/s wall  {len(t.turns):7} turns")


if __name__ == "__main__":
    main(float(sys.argv[1]) if len(sys.argv) > 1 else 10.0)
