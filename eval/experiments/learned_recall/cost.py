"""What the learned stage and the learned filter add to the engine's time, per list and for all three, on the
benchmark's hour-long calls.

`eval/benchmark.py --profile` attributes time under cProfile, whose per-call overhead inflates a stage made of
many small calls, and two separate runs on a shared machine drift apart. This times the engine alone
(`OfflineEngine.extract`) on the same two calls in eleven configurations — the rules only, each list's stage
alone (`learned=[list]`), all three; each list's filter alone (`filter=[list]`), all three; each list's stage
and filter together, all three of both — alternating them run by run in one process, and keeps the best of N
per configuration: the fairest side-by-side figure a busy 2-core machine gives.

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
    from analyzer.extract.offline.learned import LISTS
    from analyzer.ingest import load

    convs = benchmark.seed_conversations()
    configs = {"rules only": ((), ()), **{n: ((n,), ()) for n in LISTS}, "all three": (LISTS, ()),
               **{f"filter {n}": ((), (n,)) for n in LISTS}, "filter all three": ((), LISTS),
               **{f"stage+filter {n}": ((n,), (n,)) for n in LISTS}, "stage+filter all": (LISTS, LISTS)}
    engines = {label: OfflineEngine(learned=stage, filter=filt) for label, (stage, filt) in configs.items()}
    for e in engines.values():
        e.warm_up()
    for i, lang in enumerate(("en", "zh")):
        text = benchmark.build_call(lang, convs[lang], seed=10_000 + i)  # the benchmark's own two calls
        t = load("2026-03-02-p.txt", data=text.encode("utf-8"))
        best = dict.fromkeys(engines, float("inf"))
        for _ in range(args.runs):
            for label, eng in engines.items():
                t0 = time.process_time()
                eng.extract(t)
                best[label] = min(best[label], time.process_time() - t0)
        base = best["rules only"]
        parts = [f"rules only {1000 * base:.1f} ms"]
        parts += [f"{label} {100 * (best[label] / base - 1):+.1f} %" for label in engines if label != "rules only"]
        print(f"{lang}: engine CPU, best of {args.runs}: " + "; ".join(parts))


if __name__ == "__main__":
    main()
