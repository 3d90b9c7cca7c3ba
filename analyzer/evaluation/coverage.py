"""How well the eval set covers what issue 3 asks for, from the gold files alone (no engine run).

    python -m analyzer.evaluation.coverage [CASES_DIR]

Prints the counts against the targets (≥ 60 cases, ≥ 25 zh, ≥ 25 en, ≥ 4 mixed, ≥ 4 notes, ≥ 20 holdout,
≥ 12 corpus, every input format) and every phenomenon tag seen fewer than twice in a language. Case writers
run it to see what is still missing; it is a report, not a gate.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import get_args

from analyzer.evaluation.dataset import CaseError, case_dirs, default_cases_dir, read_gold
from analyzer.evaluation.gold import Phenomenon

TARGETS = {"cases": 60, "zh": 25, "en": 25, "mixed": 4, "notes": 4, "holdout": 20, "corpus": 12}
FORMATS = ("txt", "md", "vtt", "srt", "json", "docx")
MIN_PER_LANGUAGE = 2


def coverage(root: Path) -> dict:
    golds, broken = [], []
    for d in case_dirs(root, "all"):
        try:
            golds.append(read_gold(d / "gold.json"))
        except CaseError as e:
            broken.append(str(e))
    counts = Counter()
    tags: Counter = Counter()
    for g in golds:
        counts["cases"] += 1
        counts[g.language] += 1
        counts[g.split] += 1
        counts[g.format] += 1
        for tag in set(g.phenomena):
            # Code-switching cases count toward both languages' phenomenon coverage.
            for lang in ("zh", "en") if g.language == "mixed" else (g.language,):
                tags[(tag, lang)] += 1
    gaps = [
        f"{tag} {lang}: {tags[(tag, lang)]}"
        for tag in get_args(Phenomenon)
        for lang in ("zh", "en")
        if tags[(tag, lang)] < MIN_PER_LANGUAGE and not (tag == "code_switching")
    ]
    if counts["mixed"] < MIN_PER_LANGUAGE:
        gaps.append(f"code_switching (mixed cases): {counts['mixed']}")
    short = {k: (counts[k], v) for k, v in TARGETS.items() if counts[k] < v}
    short |= {f: (counts[f], 1) for f in FORMATS if counts[f] < 1}
    return {"counts": dict(counts), "short_of_target": short, "phenomenon_gaps": gaps, "broken": broken}


def main(argv: list[str]) -> int:
    root = Path(argv[0]) if argv else default_cases_dir()
    c = coverage(root)
    print("counts:", ", ".join(f"{k} {v}" for k, v in sorted(c["counts"].items())))
    print("short of target:", ", ".join(f"{k} {n}/{t}" for k, (n, t) in c["short_of_target"].items()) or "none")
    print(f"phenomena under {MIN_PER_LANGUAGE} per language:", ", ".join(c["phenomenon_gaps"]) or "none")
    for line in c["broken"]:
        print("broken:", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
