"""The offline engine on the dev split must not fall more than 0.02 below `eval/baseline.json` on any figure.

The run scores exactly the baseline's cases, so adding a case never moves the figures compared here;
raising the baseline (after adding cases or improving the engine) is a deliberate commit — see
eval/GUIDELINES.md §6.
"""

from __future__ import annotations

import json

import pytest

from analyzer.evaluation.baseline import TOLERANCE, default_path, regressions
from analyzer.evaluation.run import run_eval


@pytest.fixture(scope="module")
def baseline():
    path = default_path()
    assert path.is_file(), f"{path} is missing: write it from a real run (eval/GUIDELINES.md §6)"
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def report(baseline):
    return run_eval("offline", "dev", ids=set(baseline["case_ids"]))


def test_baseline_was_written_from_an_offline_dev_run(baseline):
    assert baseline["engine"]["name"] == "offline"
    assert baseline["split"] == "dev"
    assert baseline["cases"] == len(baseline["case_ids"]) > 0


def test_offline_dev_figures_do_not_fall_below_baseline(baseline, report):
    assert not report["errors"], report["errors"]
    missing = sorted(set(baseline["case_ids"]) - set(report["case_ids"]))
    skipped = [m for m in missing if any(n.startswith(f"{m}:") for n in report["notices"])]
    if skipped:
        pytest.skip(f"corpus absent, {len(skipped)} baseline cases skipped: figures not comparable")
    assert not missing, f"baseline cases no longer in eval/cases/dev: {missing}; re-baseline deliberately"
    drops = regressions(report, baseline, TOLERANCE)
    assert not drops, "figures below baseline - 0.02:\n" + "\n".join(drops)


def test_offline_eval_is_deterministic(baseline, report):
    again = run_eval("offline", "dev", ids=set(baseline["case_ids"][:8]))
    first = {k: v for k, v in report.items()}
    # The same cases scored twice give the same mistakes, item for item.
    subset = set(again["case_ids"])
    assert [m for m in first["mistakes"] if m["case"] in subset] == again["mistakes"]
