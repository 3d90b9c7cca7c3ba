"""The rules as they were BEFORE each writer set reached dev: a truer stand-in for unseen text.

Today's rules were tuned on every dev group, so "rules alone" on a held-out group flatters them. Git keeps the
engine as it stood just before each set was added (or, for the h2 set, when it was scored once as a holdout):
this script runs that engine (`git archive <commit> analyzer` into a temporary folder, imported in a
subprocess) on today's transcripts of the set, turn for turn as today's ingest reads them, and writes the
findings per case to a JSON file that `run.py --untuned-rules FILE` scores instead of today's rules.

    .venv/bin/python eval/experiments/learned_recall/untuned_rules.py > /tmp/untuned.json
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))

# The engine before each set: the parent of the commit that added its first case; h2 at the commit where it
# was scored once as holdout v2 (see `git log` of eval/cases/dev/<set>-*/gold.json and CASES_h2_*.md).
# h3 at 2004c9c, where holdout v3 was scored once. The short sets s4* were never tuned on (the rules' tuner
# was told so): each at the parent of the commit that added its first case (s4z 16985d6, s4e 5baa9ae: both
# the engine of b35e6a6; the later sets landed between rule commits, so each has its own). h4 at 4be1a98 and h5
# at 817a813, where holdouts v4 and v5 were scored once. The sets s4ee, s4mf, s4ze, s4zf (session 5's short
# sets, never tuned on) at the parent of the commit that added their first case: e9e6523, fe0d564, 0e31315,
# 73a99b2 (the first in `git rev-list` order of the commits adding the set's gold files). h6 at 34d8507, where
# holdout v6 was scored once; session 7's short dev sets d7a-d7d (written by hands that never saw the engine)
# at the parent of the commit that added their first case, found the same way.
BEFORE = {"v2": "a20ea78^", "v3": "0b3b903^", "v4": "065338d^", "v5": "14fe102^", "v6": "166cef8^",
          "h2": "1b90f32", "h3": "2004c9c", "s4z": "16985d6^", "s4e": "5baa9ae^", "s4zb": "5acefee^",
          "s4zc": "866d578^", "s4eb": "b23680b^", "s4ec": "c6f0b66^", "s4mb": "ab6a0c1^", "s4md": "d342721^",
          "h4": "4be1a98", "h5": "817a813", "s4ee": "e9e6523^", "s4mf": "fe0d564^", "s4ze": "0e31315^",
          "s4zf": "73a99b2^", "h6": "34d8507", "d7a": "6594f6c^", "d7b": "92d884d^", "d7c": "dd116c1^",
          "d7d": "21c4de4^"}

# Run inside the old engine's tree: read transcripts as JSON, analyze, print the three lists per case.
_CHILD = r"""
import json, sys
from analyzer.models import Transcript
from analyzer.pipeline import analyze_transcript
out = {}
for case_id, data in json.load(sys.stdin).items():
    a = analyze_transcript(Transcript.model_validate(data))
    out[case_id] = {n: [i.model_dump(mode="json") for i in getattr(a, n)] for n in ("praise", "customer_actions", "asks")}
json.dump(out, sys.stdout, ensure_ascii=False)
"""


def main() -> None:
    from analyzer.evaluation.dataset import load_cases
    from run import group_of, listed_groups

    listed = listed_groups()
    cases = load_cases(None, "dev").cases
    result: dict[str, dict] = {"commits": {}, "cases": {}}
    for group, rev in BEFORE.items():
        commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", rev], check=True,
                                capture_output=True, text=True).stdout.strip()
        payload = {c.id: c.transcript.model_dump(mode="json") for c in cases if group_of(c.id, listed) == group}
        with tempfile.TemporaryDirectory() as tmp:
            archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "analyzer"], check=True,
                                     capture_output=True).stdout
            subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
            child = subprocess.run([sys.executable, "-c", _CHILD], input=json.dumps(payload), cwd=tmp,
                                   env={"PYTHONPATH": tmp, "PATH": "/usr/bin:/bin"},
                                   capture_output=True, text=True, check=True)
        result["commits"][group] = commit
        result["cases"].update(json.loads(child.stdout))
        print(f"{group}: {len(payload)} cases with the engine at {commit}", file=sys.stderr)
    json.dump(result, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
