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
          "s4ze", "s4zf", "h6", "d7a", "d7b", "d7c", "d7d")
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
        self.language = case.transcript.language
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
    return fit(rows, y)


def fit(rows: list[list[str]], y: list[int]) -> LinearModel:
    """The logistic regression over binary features (seen >= MIN_COUNT times) that both the recall stage and
    the filter use."""
    vocab: dict[str, int] = {}
    ids = [sorted({vocab.setdefault(f, len(vocab)) for f in feats}) for feats in rows]
    return fit_ids(ids, y, sorted(vocab, key=vocab.get))


def fit_ids(rows: list[list[int]], y: list[int], names: list[str]) -> LinearModel:
    """`fit` over rows given as sorted, distinct feature ids into `names` (the filter's cross-validation keeps
    its rows so, to refit cheaply); the columns are the features seen >= MIN_COUNT times, in name order."""
    indptr, indices = [0], []
    for r in rows:
        indices.extend(r)
        indptr.append(len(indices))
    x = csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(rows), len(names)))
    freq = np.asarray(x.sum(axis=0)).ravel()
    keep = sorted(np.flatnonzero(freq >= MIN_COUNT).tolist(), key=names.__getitem__)
    x = x[:, keep]
    clf = LogisticRegression(C=C_REG, penalty=PENALTY, solver="liblinear", random_state=0, max_iter=1000)
    clf.fit(x, np.array(y))
    weights = {names[i]: float(w) for i, w in zip(keep, clf.coef_[0]) if abs(w) >= 1e-4}
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


# ---------------------------------------------------------------- the filter over the engine's findings

# Drop a finding when the filter's probability is below t; 0 keeps everything (no filter).
FILTER_THRESHOLDS = (0.0,) + tuple(round(0.05 * i, 2) for i in range(1, 13))  # 0, 0.05 … 0.6


_FILTER_VOCAB: dict[str, int] = {}  # every filter feature seen, to an id (rows kept as ids: cheap refits)
_FILTER_IDS: dict[tuple[int, str], list[list[int]]] = {}


def filter_rows(case: Case, name: str) -> list[tuple[int, list[str], int]]:
    """(index in the list, features, label) per finding of `name` in the case's analysis (whichever engine's
    it is): labelled 1 when the harness's matcher (`score.match`, one-to-one) pairs it with a gold item."""
    cache = case.__dict__.setdefault("_filter_rows", {})
    if name not in cache:
        items = getattr(case.analysis, name)
        golds = getattr(case.gold, name)
        matched = {j for _, j in match([(g.turn, g.quote) for g in golds], [_cites(name, p) for p in items])}
        rows = recall.finding_rows(case.analysis, case.views, case.kind, case.language, (name,),
                                   case.__dict__.get("added", frozenset()))
        cache[name] = [(k, feats, int(k in matched)) for _, k, feats in rows]
        _FILTER_IDS[(id(cache[name]), name)] = [
            sorted({_FILTER_VOCAB.setdefault(f, len(_FILTER_VOCAB)) for f in feats}) for _, _, feats in rows]
    return cache[name]


def filter_fit(cases: list[Case], name: str) -> LinearModel:
    ids, y = [], []
    for c in cases:
        rows = filter_rows(c, name)
        ids.extend(_FILTER_IDS[(id(rows), name)])
        y.extend(lab for _, _, lab in rows)
    return fit_ids(ids, y, sorted(_FILTER_VOCAB, key=_FILTER_VOCAB.get))


def filter_counts(case: Case, name: str, dropped: set[int]) -> Counts:
    """The harness's counts for the case with the findings `dropped` (indexes into the list) removed."""
    items = [i for k, i in enumerate(getattr(case.analysis, name)) if k not in dropped]
    return score_case(case.gold, case.analysis.model_copy(update={name: items})).counts


def filter_threshold(cases: list[Case], name: str, probs: dict[str, list[tuple[int, float, int]]]) -> float:
    """The threshold with the best micro F1 over `cases` (their out-of-fold probabilities `probs`); on a tie
    the lower (fewer findings dropped). Counts as the matcher labelled the unfiltered findings (a dropped
    finding frees no gold item for another: close enough to choose a threshold; the tables are rescored)."""
    gold = sum(len(getattr(c.gold, name)) for c in cases)
    pred0 = sum(len(getattr(c.analysis, name)) for c in cases)
    tp0 = sum(y for c in cases for _, _, y in filter_rows(c, name))
    best = None
    for t in FILTER_THRESHOLDS:
        gone = [(y) for c in cases for _, p, y in probs[c.id] if p < t]
        tp, pred = tp0 - sum(gone), pred0 - len(gone)
        f1 = 2 * tp / (pred + gold) if pred + gold else 0.0
        if best is None or f1 > best[0] + 1e-12:
            best = (f1, t)
    return best[1]


def filter_cv(readings: dict[str, list[Case]], name: str, train_on: tuple[str, ...], select_on: str,
              tests: tuple[str, ...], reference: dict[str, str] | None = None) -> dict[str, list[dict]]:
    """Per held-out writer set g and per reading in `tests`, the engine's findings of `name` before and after
    the filter. The filter is trained on the rows of the readings `train_on` of every other group; its
    threshold is chosen by an inner leave-one-group-out over the other groups' `select_on` reading (each
    inner model trained on the `train_on` rows of the remaining groups). `reference`: per test reading,
    another reading whose counts are reported beside it (the rules alone, for the stage + filter)."""
    by = {r: {g: [c for c in cs if c.group == g] for g in GROUPS} for r, cs in readings.items()}
    out: dict[str, list[dict]] = {r: [] for r in tests}
    for g in GROUPS:
        test_g = {r: by[r][g] for r in tests if by[r][g]}
        if not test_g:
            continue
        others = [h for h in GROUPS if h != g]
        probs: dict[str, list] = {}
        selecting = [h for h in others if by[select_on][h]]
        for h in selecting:
            inner = filter_fit([c for r in train_on for k in others if k != h for c in by[r][k]], name)
            for c in by[select_on][h]:
                probs[c.id] = [(k, inner.probability(f), y) for k, f, y in filter_rows(c, name)]
        t = filter_threshold([c for h in selecting for c in by[select_on][h]], name, probs)
        model = filter_fit([c for r in train_on for k in others for c in by[r][k]], name)
        for r, test in test_g.items():
            before, after, ref = Counts(), Counts(), Counts()
            dropped = dropped_right = 0
            for c in test:
                rows = filter_rows(c, name)
                drop = {k for k, f, _ in rows if model.probability(f) < t}
                dropped += len(drop)
                dropped_right += sum(y for k, _, y in rows if k in drop)
                before += c.scored(name, [])
                after += filter_counts(c, name, drop)
                if reference:
                    ref += next(x for x in by[reference[r]][g] if x.id == c.id).scored(name, [])
            keep = ("tp", "pred", "gold") + (("due_ok", "due_n", "type_ok", "type_n")
                                             if name == "customer_actions" else ())
            counts = {k: {x: v.n[f"{name}.{x}"] for x in keep}
                      for k, v in (("engine", before), ("filtered", after)) + ((("reference", ref),) if reference
                                                                               else ())}
            row = {"group": g, "cases": len(test), "gold": before.n[f"{name}.gold"], "threshold": t,
                   "engine": list_figures(before, name), "filtered": list_figures(after, name),
                   "dropped": dropped, "dropped_right": dropped_right, "counts": counts}
            if reference:
                row["reference"] = list_figures(ref, name)
            out[r].append(row)
            print(f"  filter {name:17} {g:5} {r:12} F1 {_f(row['engine']['f1'])} -> {_f(row['filtered']['f1'])}"
                  f"  (dropped {dropped}, {dropped_right} right, t={t})", file=sys.stderr, flush=True)
    return out


def _pooled(rows: list[dict], key: str) -> dict:
    tp, pred, gold = (sum(r["counts"][key][x] for r in rows) for x in ("tp", "pred", "gold"))
    p, rc = (tp / pred if pred else None), (tp / gold if gold else None)
    return {"precision": p, "recall": rc, "f1": (2 * p * rc / (p + rc) if p and rc else None)}


def filter_markdown(results: dict[str, list[dict]], engine: str = "engine") -> str:
    lines = []
    for name, rows in results.items():
        ref = bool(rows) and "reference" in rows[0]
        lines += [f"### {name}", "",
                  "| held out | cases | gold | " + ("rules F1 | " if ref else "") + f"{engine} P / R / F1 | "
                  f"{engine} + filter P / R / F1 | dropped (of them right) | t |",
                  "|---|---|---|---|---|---|---|" + ("---|" if ref else "")]
        deltas, ref_deltas = [], []
        for r in rows:
            a, b = r["engine"], r["filtered"]
            if a["f1"] is not None and b["f1"] is not None:
                deltas.append(b["f1"] - a["f1"])
            if ref and r["reference"]["f1"] is not None and b["f1"] is not None:
                ref_deltas.append(b["f1"] - r["reference"]["f1"])
            lines.append(
                f"| {r['group']} | {r['cases']} | {r['gold']} | " + (f"{_f(r['reference']['f1'])} | " if ref else "")
                + f"{_f(a['precision'])} / {_f(a['recall'])} / {_f(a['f1'])} "
                f"| {_f(b['precision'])} / {_f(b['recall'])} / {_f(b['f1'])} | {r['dropped']} ({r['dropped_right']}) "
                f"| {r['threshold']} |")
        a, b = _pooled(rows, "engine"), _pooled(rows, "filtered")
        lines.append(f"| **pooled** | {sum(r['cases'] for r in rows)} | {sum(r['gold'] for r in rows)} | "
                     + (f"{_f(_pooled(rows, 'reference')['f1'])} | " if ref else "")
                     + f"{_f(a['precision'])} / {_f(a['recall'])} / {_f(a['f1'])} "
                     f"| {_f(b['precision'])} / {_f(b['recall'])} / {_f(b['f1'])} "
                     f"| {sum(r['dropped'] for r in rows)} ({sum(r['dropped_right'] for r in rows)}) | |")
        for label, ds in ((f"{engine} + filter − {engine}", deltas),) + (
                (("rules + stage + filter − rules", ref_deltas),) if ref else ()):
            mean = sum(ds) / len(ds) if ds else 0.0
            better, worse = sum(d > 0 for d in ds), sum(d < 0 for d in ds)
            lines += ["", f"Mean F1 change ({label}) over {len(ds)} held-out groups: **{mean:+.3f}**; better in "
                      f"{better}, worse in {worse}, equal in {len(ds) - better - worse}."]
        lines.append("")
        if name == "customer_actions" and rows:
            tot = {k: {x: sum(r["counts"][k][x] for r in rows) for x in ("due_ok", "due_n", "type_ok", "type_n")}
                   for k in ("engine", "filtered")}
            lines += [f"Matched actions, pooled: due exact {_r(tot['engine']['due_ok'], tot['engine']['due_n'])} → "
                      f"{_r(tot['filtered']['due_ok'], tot['filtered']['due_n'])}, type "
                      f"{_r(tot['engine']['type_ok'], tot['engine']['type_n'])} → "
                      f"{_r(tot['filtered']['type_ok'], tot['filtered']['type_n'])} ({engine} → {engine} + filter).",
                      ""]
    return "\n".join(lines)


def with_stage(case: Case, name: str, model: LinearModel, threshold: float) -> Case:
    """A copy of `case` whose findings of `name` are its engine's plus what the recall stage (`model`) adds
    above `threshold`, built as the engine builds them (`learned.build`)."""
    cands, probs = probabilities(model, case, name)
    items = [i for i in (build(c, case.meeting, case.views, case.analysis.asks)
                         for c in select(cands, probs, threshold)) if i is not None]
    if name == "customer_actions":
        items = [_dated(i, case.meeting) for i in items]
    other = object.__new__(Case)
    other.__dict__.update({k: v for k, v in case.__dict__.items() if k != "_filter_rows"})
    other.analysis = case.analysis.model_copy(update={name: list(getattr(case.analysis, name)) + items})
    other.added = frozenset((name, i.turn, i.quote) for i in items)
    return other


def run_filter(cases: list[Case], untuned: dict, lists: list[str], rows_from: str, out_a: Path, out_b: Path,
               stage: bool) -> dict:
    """Tables A and B of the filter (or, with `stage`, of the recall stage + filter) for each list."""
    before = [_before(c, untuned) for c in cases if c.id in untuned]
    results: dict[str, dict] = {"A": {}, "B": {}}
    for name in lists:
        readings = {"before": before, "today": cases}
        reference = None
        if stage:
            # The stage's model for each held-out group is trained on the other groups (as in its own CV), at the
            # shipped threshold; the filter then reads rules + stage on every group.
            t = recall.models()[name].threshold
            models_by_group = {g: train([c for c in cases if c.group != g], name) for g in GROUPS}
            readings = {"before+stage": [with_stage(c, name, models_by_group[c.group], t) for c in before],
                        "today+stage": [with_stage(c, name, models_by_group[c.group], t) for c in cases],
                        "before": before, "today": cases}
            reference = {"before+stage": "before", "today+stage": "today"}
        a_key, b_key = ("before+stage", "today+stage") if stage else ("before", "today")
        train_on = {"before": (a_key,), "today": (b_key,), "both": (a_key, b_key)}[rows_from]
        if rows_from == "both":
            both = filter_cv(readings, name, train_on, a_key, (a_key, b_key), reference)
            results["A"][name], results["B"][name] = both[a_key], both[b_key]
        else:  # the prescribed variants: A trained on the "before" rows, B on today's
            results["A"][name] = filter_cv(readings, name, (a_key,), a_key, (a_key,), reference)[a_key]
            results["B"][name] = filter_cv(readings, name, (b_key,), a_key, (b_key,), reference)[b_key]
        # Written after each list: a long run stopped early keeps the lists it finished.
        engine = "rules + stage" if stage else "rules"
        out_a.write_text(filter_markdown(results["A"], engine), encoding="utf-8")
        out_b.write_text(filter_markdown(results["B"], engine), encoding="utf-8")
    return results


def filter_final(cases: list[Case], untuned: dict, lists: list[str], weights: Path) -> None:
    """The shipped filter: trained on the before-tuning readings and today's readings of all dev, its threshold
    chosen by leave-one-group-out over the before-tuning readings."""
    before = [_before(c, untuned) for c in cases if c.id in untuned]
    weights.mkdir(parents=True, exist_ok=True)
    for name in lists:
        probs = {}
        for h in GROUPS:
            held = [c for c in before if c.group == h]
            if not held:
                continue
            inner = filter_fit([c for c in before + cases if c.group != h], name)
            for c in held:
                probs[c.id] = [(k, inner.probability(f), y) for k, f, y in filter_rows(c, name)]
        model = filter_fit(before + cases, name)
        model.threshold = filter_threshold(before, name, probs)
        (weights / f"{name}.json").write_text(json.dumps(model.to_json(), ensure_ascii=False), encoding="utf-8")
        print(f"filter {name}: {len(model.weights)} weights, threshold {model.threshold}", file=sys.stderr)


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
    ap.add_argument("--filter", nargs=2, type=Path, metavar=("A.md", "B.md"), default=None,
                    help="with --untuned-rules: the filter's tables A and B (instead of the stage's)")
    ap.add_argument("--filter-train", choices=("both", "before", "today"), default="both",
                    help="the filter's training rows: both readings of the other groups (default), or the "
                         "held-out reading's own (A: before tuning, B: today's)")
    ap.add_argument("--with-stage", action="store_true", help="with --filter: the recall stage + the filter")
    ap.add_argument("--filter-final", action="store_true",
                    help="with --untuned-rules: train the shipped filter on all dev (weights/filter/)")
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
    if args.filter is not None or args.filter_final:
        if args.filter is not None:
            res = run_filter(cases, untuned, args.lists.split(","), args.filter_train, *args.filter,
                             args.with_stage)
            tag = ("_stage" if args.with_stage else "") + "_" + args.filter_train
            args.json.with_name(f"filter{tag}.json").write_text(json.dumps(res, indent=1), encoding="utf-8")
        if args.filter_final:
            filter_final(cases, untuned, args.lists.split(","), recall.FILTER_WEIGHTS)
        return
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
