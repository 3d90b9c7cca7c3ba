"""Does a small learned model raise the offline engine's recall on text written by other people?

Group cross-validation by writer set over `eval/cases/dev/` (never the holdout): for each held-out group,
train on the other groups, and on the held-out group compare with the harness's own scorer
(`analyzer.evaluation.score.score_case`):
  (a) the rules alone,
  (b) the rules plus what the model adds above a threshold (chosen inside the training groups only, by an
      inner leave-one-group-out over them, each read by its rules before tuning when --untuned-rules is
      given: today's rules, tuned on them, would leave the model nothing to add),
  (c) the model alone (its own threshold, chosen the same way).

Training examples: every clause (as `segment.py` cuts it) of a turn of the right role (customer turns for
praise and customer actions, rep turns for asks), positive for a list when it overlaps a gold quote of that
list in the same turn by the harness's matching rule (`score.overlap` >= 0.5).

    .venv/bin/python eval/experiments/learned_recall/run.py --untuned-rules U.json          # table A, ~15 min
    .venv/bin/python eval/experiments/learned_recall/run.py --untuned-rules U.json --today  # table B
    .venv/bin/python eval/experiments/learned_recall/run.py --untuned-rules U.json --final --skip-cv
                                                                  # the shipped weights, trained on all dev
(U.json from untuned_rules.py.)

Deterministic: cases sorted by id, features sorted, liblinear with a fixed seed.
"""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

# scikit-learn >= 1.8 deprecates `penalty` (in favour of l1_ratio) with a warning per fit: same model, no news.
warnings.filterwarnings("ignore", module="sklearn")

import numpy as np  # noqa: E402  (training only)
from scipy.sparse import csr_matrix  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from analyzer.evaluation.dataset import load_cases  # noqa: E402
from analyzer.evaluation.score import Counts, _cites, due_correct, figures, match, overlap, score_case  # noqa: E402
from analyzer.extract.offline.engine import OfflineEngine  # noqa: E402
from analyzer.models import Ask, CustomerAction, Praise  # noqa: E402
from analyzer.pipeline import _dated, analyze_transcript  # noqa: E402

from analyzer.extract.offline import learned as recall  # noqa: E402
from analyzer.extract.offline import learned_model as features  # noqa: E402
from analyzer.extract.offline.learned import LISTS, build, candidates, select  # noqa: E402
from analyzer.extract.offline.learned_model import LinearModel  # noqa: E402

ROOT = HERE.parents[2]
# Writer sets: v2-v6 (dev writers), h2 / h3 (holdouts v2 / v3 folded into dev), s4* (short dev cases written
# this session by hands that never saw the engine, not tuned on: s4z / s4e first, then six more sets by later
# writers), rest (dev grown with the rules).
LISTED = ("h2", "h3", "h4", "h5", "s4z", "s4e", "s4zb", "s4zc", "s4eb", "s4ec", "s4mb", "s4md", "s4ee", "s4mf",
          "s4ze", "s4zf")
GROUPS = ("v2", "v3", "v4", "v5", "v6") + LISTED + ("rest",)
THRESHOLDS = tuple(round(0.30 + 0.05 * i, 2) for i in range(14))  # 0.30 … 0.95
C_REG = 1.0  # fixed before looking at any held-out figure
# L1 keeps few features with a weight: the run-time gate bounds a turn's best score from them (learned.py).
PENALTY = "l1"
MIN_COUNT = 2  # a feature seen in one training clause only is noise


def group_of(case_id: str, listed: dict[str, set[str]]) -> str:
    for g in ("v2", "v3", "v4", "v5", "v6"):
        if case_id.startswith(g + "-"):
            return g
    return next((g for g, ids in listed.items() if case_id in ids), "rest")


def h2_ids(group: str = "h2") -> set[str]:
    """The ids of a writer set listed in eval/cases/dev/CASES_<group>_*.md or CASES_<group>.md (first column
    of each table row, or of each `- id | ...` list line)."""
    ids = set()
    files = sorted((ROOT / "eval/cases/dev").glob(f"CASES_{group}_*.md")) + sorted(
        (ROOT / "eval/cases/dev").glob(f"CASES_{group}.md"))
    for md in files:
        for line in md.read_text(encoding="utf-8").splitlines():
            if line.startswith("- ") and "|" in line:
                line = "| " + line[2:]
            if not line.startswith("|"):
                continue
            cells = [c.strip() for c in line.split("|")]
            if len(cells) > 2 and cells[1] and cells[1] != "id" and not set(cells[1]) <= set("-: "):
                ids.add(cells[1])
    return ids


def listed_groups() -> dict[str, set[str]]:
    """h2 / h3 and the short sets s4*, by their case lists (CASES_<set>.md)."""
    return {g: h2_ids(g) for g in LISTED}


class Case:
    """One dev case: its gold, the rules' analysis, and its candidate clauses with labels."""

    def __init__(self, case, group: str):
        self.id, self.group, self.gold = case.id, group, case.gold
        self.meeting = case.transcript.meeting_date
        # The rules alone: what the learned stage is compared with (and what its features read).
        self.analysis = analyze_transcript(case.transcript, OfflineEngine(learned=False))
        self.views, self.kind = OfflineEngine._scan(case.transcript), case.transcript.kind
        self._label()

    def use_rules(self, found: dict[str, list[dict]]) -> "Case":
        """A copy of this case whose rules' findings are `found` (an older engine's, from untuned_rules.py)."""
        other = object.__new__(Case)
        other.__dict__.update(self.__dict__)
        update = {}
        for name, model in (("praise", Praise), ("customer_actions", CustomerAction), ("asks", Ask)):
            update[name] = [model.model_validate({k: v for k, v in item.items() if k in model.model_fields})
                            for item in found[name]]
        other.analysis = self.analysis.model_copy(update=update)
        other._label()
        return other

    def _label(self) -> None:
        self.cands = candidates(self.views, self.analysis, self.kind)
        self.labels = []
        for c in self.cands:
            text = c.view.text[c.clause.start:c.clause.end]
            golds = getattr(self.gold, c.list)
            self.labels.append(int(any(g.turn == c.view.index and overlap(g.quote, text) >= 0.5 for g in golds)))

    def scored(self, name: str, added: list, alone: bool = False) -> Counts:
        """The harness's counts for this case with `added` findings (rules' findings dropped if `alone`); for
        customer actions also `added.*`: of the added items the harness matches, how many have the gold's due
        (`due_correct`), type and actor."""
        items = [i for i in (build(c, self.meeting, self.views, self.analysis.asks) for c in added) if i is not None]
        if name == "customer_actions":
            items = [_dated(i, self.meeting) for i in items]
        base = [] if alone else list(getattr(self.analysis, name))
        counts = score_case(self.gold, self.analysis.model_copy(update={name: base + items})).counts
        if name == "customer_actions" and items:
            preds = base + items
            golds = self.gold.customer_actions
            for i, j in match([(g.turn, g.quote) for g in golds], [_cites(name, p) for p in preds]):
                if j >= len(base):
                    g, p = golds[i], preds[j]
                    counts.add("added.n")
                    counts.add("added.due_ok", due_correct(g.due, p))
                    counts.add("added.type_ok", g.type == p.type)
                    counts.add("added.actor_ok", g.actor == p.actor)
        return counts


def list_figures(counts: Counts, name: str) -> dict:
    f = figures(counts)
    return {k: f[f"{name}.{k}"] for k in ("precision", "recall", "f1")}


def train(cases: list[Case], name: str) -> LinearModel:
    rows, y = [], []
    for case in cases:
        for c, lab in zip(case.cands, case.labels):
            if c.list == name:
                rows.append(c.features)
                y.append(lab)
    freq: dict[str, int] = defaultdict(int)
    for feats in rows:
        for f in set(feats):
            freq[f] += 1
    vocab = {f: i for i, f in enumerate(sorted(f for f, n in freq.items() if n >= MIN_COUNT))}
    indptr, indices = [0], []
    for feats in rows:
        indices.extend(sorted({vocab[f] for f in feats if f in vocab}))
        indptr.append(len(indices))
    x = csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(rows), len(vocab)))
    clf = LogisticRegression(C=C_REG, penalty=PENALTY, solver="liblinear", random_state=0, max_iter=1000)
    clf.fit(x, np.array(y))
    names = sorted(vocab, key=vocab.get)
    weights = {f: float(w) for f, w in zip(names, clf.coef_[0]) if abs(w) >= 1e-4}
    return LinearModel(bias=float(clf.intercept_[0]), weights=weights)


def probabilities(model: LinearModel, case: Case, name: str) -> tuple[list, list[float]]:
    cands = [c for c in case.cands if c.list == name]
    return cands, [model.probability(c.features) for c in cands]


def evaluate(cases: list[Case], name: str, scored: dict[str, tuple], threshold: float, alone: bool) -> Counts:
    total = Counts()
    for case in cases:
        cands, probs = scored[case.id]
        total += case.scored(name, select(cands, probs, threshold, alone=alone), alone)
    return total


def out_of_fold(cases: list[Case], name: str, scored: list[Case] | None = None) -> dict[str, tuple]:
    """Each case of `scored` (default: `cases`) scored by a model trained on the other groups of `cases`."""
    out = {}
    targets = cases if scored is None else scored
    for g in sorted({c.group for c in targets}):
        model = train([c for c in cases if c.group != g], name)
        for case in targets:
            if case.group == g:
                out[case.id] = probabilities(model, case, name)
    return out


def selection_cases(cases: list[Case], untuned: dict | None) -> list[Case]:
    """The cases a threshold is chosen on: with `untuned`, each group that has its rules before tuning read
    by them (today's rules, tuned on these very groups, leave the model nothing to add and push every
    threshold to the top of the grid); the groups without ("rest") are left out of the choice. Without
    `untuned`, the cases as they are."""
    if untuned is None:
        return cases
    return [_before(c, untuned) for c in cases if c.id in untuned]


_BEFORE: dict[str, Case] = {}


def _before(case: Case, untuned: dict) -> Case:
    """`case` read by its group's rules before tuning (built once: it re-cuts the candidates)."""
    if case.id not in _BEFORE:
        _BEFORE[case.id] = case.use_rules(untuned[case.id])
    return _BEFORE[case.id]


def best_threshold(cases: list[Case], name: str, oof: dict, alone: bool) -> float:
    """The threshold with the best micro F1 over `cases`; on a tie the higher (fewer additions)."""
    best = None
    for t in THRESHOLDS:
        f1 = list_figures(evaluate(cases, name, oof, t, alone), name)["f1"] or 0.0
        if best is None or f1 >= best[0]:
            best = (f1, t)
    return best[1]


def cross_validate(cases: list[Case], name: str, fixed: float | None = None,
                   untuned: dict | None = None, held_out_before: bool = True,
                   inner_today: bool = False) -> list[dict]:
    """Per held-out group, the three figures; `fixed`: one threshold for all folds instead of the inner
    selection (an exploratory variant, not the experiment's decision rule); `untuned`: the held-out group is
    read by the engine as it stood before that group reached dev (untuned_rules.py), groups it lacks are left
    out."""
    readings = ("before",) if untuned is not None and held_out_before else ("today",)
    return cross_validate_readings(cases, name, readings, fixed, untuned, inner_today)[readings[0]]


def cross_validate_readings(cases: list[Case], name: str, readings: tuple[str, ...], fixed: float | None = None,
                            untuned: dict | None = None, inner_today: bool = False) -> dict[str, list[dict]]:
    """`cross_validate` for each reading of the held-out group ("before": its rules before tuning, table A;
    "today": today's rules, table B), with one model and one threshold choice per fold shared by both (they
    do not depend on how the held-out group is read)."""
    out: dict[str, list[dict]] = {r: [] for r in readings}
    for g in GROUPS:
        everyone = [c for c in cases if c.group == g]
        tests = {}
        for r in readings:
            if r == "before":
                test = [_before(c, untuned) for c in everyone if c.id in untuned]
                if test:
                    tests[r] = test
            else:
                tests[r] = everyone
        if not tests:
            continue
        training = [c for c in cases if c.group != g]
        if fixed is None:
            select_on = selection_cases(training, None if inner_today else untuned)
            oof = out_of_fold(training, name, select_on)
            t_add = best_threshold(select_on, name, oof, alone=False)
            t_alone = best_threshold(select_on, name, oof, alone=True)
        else:
            t_add = t_alone = fixed
        model = train(training, name)
        for r, test in tests.items():
            scored = {c.id: probabilities(model, c, name) for c in test}
            rules = Counts()
            for c in test:
                rules += c.scored(name, [])
            plus = evaluate(test, name, scored, t_add, alone=False)
            alone = evaluate(test, name, scored, t_alone, alone=True)
            keep = ("tp", "pred", "gold")
            if name == "customer_actions":
                keep += ("due_ok", "due_n", "type_ok", "type_n")
            counts = {k: {x: v.n[f"{name}.{x}"] for x in keep}
                      for k, v in (("rules", rules), ("rules_plus_model", plus), ("model_alone", alone))}
            if name == "customer_actions":
                counts["added"] = {x: plus.n[f"added.{x}"] for x in ("n", "due_ok", "type_ok", "actor_ok")}
            out[r].append({
                "group": g, "cases": len(test), "gold": rules.n[f"{name}.gold"],
                "threshold_added": t_add, "threshold_alone": t_alone,
                "rules": list_figures(rules, name), "rules_plus_model": list_figures(plus, name),
                "model_alone": list_figures(alone, name),
                "added": plus.n[f"{name}.pred"] - rules.n[f"{name}.pred"],
                "added_correct": plus.n[f"{name}.tp"] - rules.n[f"{name}.tp"],
                "counts": counts,
            })
            row = out[r][-1]
            print(f"  {name:17} {g:5} {r:6} rules F1 {_f(row['rules']['f1'])}  +model "
                  f"{_f(row['rules_plus_model']['f1'])}  alone {_f(row['model_alone']['f1'])}  (added "
                  f"{row['added']}, correct {row['added_correct']}, t={t_add})", file=sys.stderr, flush=True)
    return out


def _f(x) -> str:
    return "  —  " if x is None else f"{x:.3f}"


def markdown(results: dict[str, list[dict]]) -> str:
    lines = []
    for name, rows in results.items():
        lines += [f"### {name}", "",
                  "| held out | cases | gold | rules P / R / F1 | rules + model P / R / F1 | added (correct) | t | "
                  "model alone P / R / F1 |",
                  "|---|---|---|---|---|---|---|---|"]
        deltas = []
        for r in rows:
            a, b, m = r["rules"], r["rules_plus_model"], r["model_alone"]
            if a["f1"] is not None and b["f1"] is not None:
                deltas.append(b["f1"] - a["f1"])
            lines.append(
                f"| {r['group']} | {r['cases']} | {r['gold']} | {_f(a['precision'])} / {_f(a['recall'])} / {_f(a['f1'])} "
                f"| {_f(b['precision'])} / {_f(b['recall'])} / {_f(b['f1'])} | {r['added']} ({r['added_correct']}) "
                f"| {r['threshold_added']} | {_f(m['precision'])} / {_f(m['recall'])} / {_f(m['f1'])} |")
        pooled = {}
        for k in ("rules", "rules_plus_model", "model_alone"):
            tp, pred, gold = (sum(r["counts"][k][x] for r in rows) for x in ("tp", "pred", "gold"))
            p, rc = (tp / pred if pred else None), (tp / gold if gold else None)
            pooled[k] = {"precision": p, "recall": rc,
                         "f1": (2 * p * rc / (p + rc) if p and rc else None)}
        a, b, m = pooled["rules"], pooled["rules_plus_model"], pooled["model_alone"]
        lines.append(f"| **pooled** | {sum(r['cases'] for r in rows)} | {sum(r['gold'] for r in rows)} "
                     f"| {_f(a['precision'])} / {_f(a['recall'])} / {_f(a['f1'])} "
                     f"| {_f(b['precision'])} / {_f(b['recall'])} / {_f(b['f1'])} "
                     f"| {sum(r['added'] for r in rows)} ({sum(r['added_correct'] for r in rows)}) | "
                     f"| {_f(m['precision'])} / {_f(m['recall'])} / {_f(m['f1'])} |")
        mean = sum(deltas) / len(deltas) if deltas else 0.0
        better = sum(d > 0 for d in deltas)
        worse = sum(d < 0 for d in deltas)
        lines += ["", f"Mean F1 change (rules + model − rules) over {len(deltas)} held-out groups: "
                  f"**{mean:+.3f}**; better in {better}, worse in {worse}, equal in {len(deltas) - better - worse}.", ""]
        if rows and "added" in rows[0]["counts"]:
            tot = {k: {x: sum(r["counts"][k][x] for r in rows) for x in rows[0]["counts"][k]}
                   for k in ("rules", "rules_plus_model", "added")}
            a = tot["added"]
            lines += [f"Matched actions, pooled: due exact {_r(tot['rules']['due_ok'], tot['rules']['due_n'])} → "
                      f"{_r(tot['rules_plus_model']['due_ok'], tot['rules_plus_model']['due_n'])}, type "
                      f"{_r(tot['rules']['type_ok'], tot['rules']['type_n'])} → "
                      f"{_r(tot['rules_plus_model']['type_ok'], tot['rules_plus_model']['type_n'])} (rules → rules + "
                      f"model); of the {a['n']} added items matched: due exact {_r(a['due_ok'], a['n'])}, type "
                      f"{_r(a['type_ok'], a['n'])}, actor {_r(a['actor_ok'], a['n'])}.", ""]
    return "\n".join(lines)


def _r(ok: int, n: int) -> str:
    return "—" if not n else f"{ok / n:.3f} ({ok}/{n})"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lists", default=",".join(LISTS))
    ap.add_argument("--json", type=Path, default=Path("/tmp/learned_recall_cv.json"))
    ap.add_argument("--fixed-threshold", type=float, default=None,
                    help="exploratory: one threshold for every fold instead of choosing it in the training folds")
    ap.add_argument("--untuned-rules", type=Path, default=None,
                    help="JSON from untuned_rules.py: score each held-out group with the rules before its tuning")
    ap.add_argument("--today", action="store_true",
                    help="table B: held-out groups read by today's rules (thresholds still chosen as in table A)")
    ap.add_argument("--both", type=Path, default=None, metavar="B.md",
                    help="with --untuned-rules: tables A and B in one pass (same models and thresholds per fold); "
                         "A to stdout, B to this file")
    ap.add_argument("--inner-today", action="store_true",
                    help="the previous round's method: thresholds chosen on today's rules (tuned on the groups)")
    ap.add_argument("--final", action="store_true", help="also train on all dev and write weights to --weights")
    ap.add_argument("--weights", type=Path, default=recall.WEIGHTS)
    ap.add_argument("--skip-cv", action="store_true", help="with --final: only train the weights")
    ap.add_argument("--lexicon-features", action="store_true",
                    help="variant: the rules' lexicon cues as features too (leaks tuning into the held-out sets)")
    ap.add_argument("--no-filters", action="store_true",
                    help="ablation: add what the model finds without the engine's negation/past/... filters")
    ap.add_argument("--penalty", choices=("l1", "l2"), default=PENALTY)
    args = ap.parse_args()
    globals()["PENALTY"] = args.penalty
    features.LEXICON_FEATURES = args.lexicon_features
    recall.FILTERS = not args.no_filters
    listed = listed_groups()
    loaded = load_cases(None, "dev")
    cases = [Case(c, group_of(c.id, listed)) for c in loaded.cases]
    sizes = {g: sum(c.group == g for c in cases) for g in GROUPS}
    print(f"{len(cases)} dev cases; groups {sizes}", file=sys.stderr)
    untuned = None
    if args.untuned_rules is not None:
        untuned = json.loads(args.untuned_rules.read_text(encoding="utf-8"))["cases"]
    results = {}
    if args.both is not None and not args.skip_cv:
        both = {name: cross_validate_readings(cases, name, ("before", "today"), args.fixed_threshold, untuned,
                                              args.inner_today) for name in args.lists.split(",")}
        args.both.write_text(markdown({n: r["today"] for n, r in both.items()}), encoding="utf-8")
        b_json = args.json.with_name(args.json.stem + "_today.json")
        b_json.write_text(json.dumps({"groups": sizes, "results": {n: r["today"] for n, r in both.items()}},
                                     indent=1), encoding="utf-8")
        results = {n: r["before"] for n, r in both.items()}
        args.skip_cv = True
    for name in ([] if args.skip_cv else args.lists.split(",")):
        results[name] = cross_validate(cases, name, args.fixed_threshold, untuned, not args.today,
                                       args.inner_today)
    if results:
        args.json.write_text(json.dumps({"groups": sizes, "results": results}, indent=1), encoding="utf-8")
        print(markdown(results))
    if args.final:
        args.weights.mkdir(exist_ok=True)
        for name in args.lists.split(","):
            select_on = selection_cases(cases, None if args.inner_today else untuned)
            oof = out_of_fold(cases, name, select_on)
            model = train(cases, name)
            model.threshold = best_threshold(select_on, name, oof, alone=False)
            (args.weights / f"{name}.json").write_text(json.dumps(model.to_json(), ensure_ascii=False), encoding="utf-8")
            print(f"{name}: {len(model.weights)} weights, threshold {model.threshold}", file=sys.stderr)


if __name__ == "__main__":
    main()
