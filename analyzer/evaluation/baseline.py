"""The dev baseline: write it from a real eval report, and compare a report against it.

    analyzer eval --split dev --format json > /tmp/dev.json
    python -m analyzer.evaluation.baseline /tmp/dev.json > eval/baseline.json

Raising the baseline is a deliberate commit of that file; `tests/test_eval_baseline.py` fails when any figure
of a fresh offline run falls more than `TOLERANCE` below it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

TOLERANCE = 0.02


def baseline_of(report: dict) -> dict:
    """What the baseline keeps of a report: engine, split, the case ids and every non-null figure."""
    return {
        "engine": report["engine"],
        "split": report["split"],
        "cases": report["cases"],
        "case_ids": report["case_ids"],
        "figures": {
            group: {k: v for k, v in figs.items() if v is not None} for group, figs in report["figures"].items()
        },
    }


def regressions(report: dict, baseline: dict, tolerance: float = TOLERANCE) -> list[str]:
    """One line per figure more than `tolerance` below the baseline (a figure now missing counts too)."""
    out = []
    for group, figs in baseline["figures"].items():
        now = report["figures"].get(group, {})
        for name, base in figs.items():
            value = now.get(name)
            if value is None:
                out.append(f"{group} {name}: baseline {base:.4f}, now no figure")
            elif value < base - tolerance:
                out.append(f"{group} {name}: baseline {base:.4f}, now {value:.4f}")
    return out


def default_path() -> Path:
    return Path(__file__).resolve().parents[2] / "eval" / "baseline.json"


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m analyzer.evaluation.baseline REPORT.json > eval/baseline.json", file=sys.stderr)
        return 2
    report = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    if report.get("engine", {}).get("name") != "offline" or report.get("split") != "dev":
        print(f"{argv[0]}: the baseline is the offline engine on the dev split", file=sys.stderr)
        return 1
    for line in report.get("errors", []):
        # A broken case is not in the report's figures, so it is not in the baseline either; say so.
        print(f"warning: left out of the baseline: {line}", file=sys.stderr)
    print(json.dumps(baseline_of(report), indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
