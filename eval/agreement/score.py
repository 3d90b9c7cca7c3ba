"""Inter-annotator agreement: a second, blind annotator's labels scored against the gold by the harness's rules.

How far can any analyzer be expected to agree with the gold? A second annotator labels the transcripts of a
split from `eval/GUIDELINES.md` alone — shown the turns as ingest loads them, never the gold, its notes or the
engine — and writes one file per case in the gold.json schema (`eval/agreement/<set>/<case-id>.json`). This
script scores those labels exactly as `analyzer eval` scores an engine (`score_case`, `summarize`, `render`):
the same matching rule, the same figures, the same list of disagreements. The figures are the agreement
between two careful readers of the guidelines, i.e. a ceiling on what the eval can show for any engine.

    .venv/bin/python eval/agreement/score.py eval/agreement/v4 --split holdout [--format table|md|json]
    .venv/bin/python eval/agreement/score.py eval/agreement/v4 --check   # the annotator's own check: every
        file parses and every quote is in its turn; prints no figure, so labeling stays blind to the gold
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from types import SimpleNamespace

from analyzer.evaluation.dataset import (CaseError, default_cases_dir, load_cases, load_transcript, read_gold,
                                         resolve_turns)
from analyzer.evaluation.gold import Gold, due_range
from analyzer.evaluation.render import render
from analyzer.evaluation.score import score_case, summarize


def as_findings(labels: Gold) -> SimpleNamespace:
    """The second annotator's labels in the shape `score_case` reads from an Analysis."""

    def cite(item, **extra):
        return SimpleNamespace(turn=item.turn, quote=item.quote, **extra)

    def action(a):
        start, end = due_range(a.due) or (None, None)
        return cite(a, due_date=start, due_end=end, type=a.type, proposal_quote=None, proposal_turn=None)

    return SimpleNamespace(
        praise=[cite(p) for p in labels.praise],
        customer_actions=[action(a) for a in labels.customer_actions],
        rep_actions=[cite(r) for r in labels.rep_actions],
        asks=[cite(a, specific=a.specific, response=a.response) for a in labels.asks],
        outcome=labels.outcome,
        no_specific_ask=labels.no_specific_ask,
    )


def check(labels_dir: Path) -> list[str]:
    """Problems with the label files alone (schema, quotes not in the transcript), without reading any gold."""
    problems = []
    for path in sorted(labels_dir.glob("*.json")):
        try:
            labels = read_gold(path)
            case_dir = next(default_cases_dir().glob(f"*/{labels.id}"), None)
            if case_dir is None:
                raise CaseError(f"{path}: no case {labels.id!r} under eval/cases")
            resolve_turns(labels, load_transcript(case_dir, labels), str(path))
        except CaseError as e:
            problems.append(str(e))
    return problems


def agreement(labels_dir: Path, split: str) -> dict:
    """The eval report (as `analyzer eval --format json` gives it) of the labels in `labels_dir`."""
    files = {p.stem: p for p in sorted(labels_dir.glob("*.json"))}
    loaded = load_cases(None, split, set(files))
    scores, errors = [], list(loaded.errors)
    for case in loaded.cases:
        path = files[case.id]
        try:
            labels = resolve_turns(read_gold(path), case.transcript, str(path))
        except CaseError as e:
            errors.append(str(e))
            continue
        scores.append(score_case(case.gold, as_findings(labels)))
    missing = sorted(set(files) - {c.id for c in loaded.cases})
    errors += [f"{files[m]}: no {split} case with this id" for m in missing]
    return {"engine": {"name": "second annotator", "version": labels_dir.name}, "split": split,
            "cases": len(scores), "case_ids": [s.case for s in scores], "notices": loaded.notices,
            "errors": errors, **summarize(scores)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("labels", type=Path, help="folder of <case-id>.json label files")
    ap.add_argument("--split", default="holdout", choices=("dev", "holdout", "all"))
    ap.add_argument("--format", default="table", choices=("table", "md", "json"))
    ap.add_argument("--check", action="store_true", help="only validate the label files; print no figure")
    args = ap.parse_args(argv)
    if args.check:
        problems = check(args.labels)
        for p in problems:
            print(f"error: {p}", file=sys.stderr)
        print(f"{len(list(args.labels.glob('*.json')))} label file(s), {len(problems)} problem(s)")
        return 1 if problems else 0
    report = agreement(args.labels, args.split)
    print(render(report, args.format))
    for e in report["errors"]:
        print(f"error: {e}", file=sys.stderr)
    return 1 if report["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
