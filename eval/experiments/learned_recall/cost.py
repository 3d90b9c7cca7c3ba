"""What the learned stage adds to the engine's time, on the benchmark's hour-long calls.

`eval/benchmark.py --profile` attributes time under cProfile, whose per-call overhead inflates a stage made of
many small calls, and two separate runs on a shared machine drift apart. This times the engine alone
(`OfflineEngine.extract`, the rules with and without the stage) on the same two calls, alternating the two
configurations run by run in one process, and keeps the best of N per configuration: the fairest side-by-side
figure a busy 2-core machine gives.

    .venv/bin/python eval/experiments/learned_recall/cost.py [--runs 15]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "eval"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    import benchmark

    from analyzer.extract.offline.engine import OfflineEngine
    from analyzer.ingest import load

    convs = benchmark.seed_conversations()
    engines = {False: OfflineEngine(learned=False), True: OfflineEngine(learned=True)}
    for e in engines.values():
        e.warm_up()
    for i, lang in enumerate(("en", "zh")):
        text = benchmark.build_call(lang, convs[lang], seed=10_000 + i)  # the benchmark's own two calls
        t = load("2026-03-02-p.txt", data=text.encode("utf-8"))
        best = {False: float("inf"), True: float("inf")}
        for _ in range(args.runs):
            for on, eng in engines.items():
                t0 = time.process_time()
                eng.extract(t)
                best[on] = min(best[on], time.process_time() - t0)
        extra = best[True] / best[False] - 1
        print(f"{lang}: engine {1000 * best[False]:.1f} ms rules only, {1000 * best[True]:.1f} ms with the "
              f"learned stage: {100 * extra:+.1f} % (CPU time, best of {args.runs})")


if __name__ == "__main__":
    main()
