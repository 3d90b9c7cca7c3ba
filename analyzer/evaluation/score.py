"""Matching predicted findings to gold items, and the metrics (eval/GUIDELINES.md §5 is the spec).

A prediction matches a gold item when both cite the same turn and the quotes overlap substantially: one
contains the other, or their longest common substring covers at least half of the shorter quote. A customer
action may also match through its accepted proposal (`proposal_quote`, `proposal_turn`). Matching is
one-to-one, greedy by overlap (ties: earlier gold item, then earlier prediction).

The longest common substring comes from difflib (autojunk off, so long turns are not mangled by its
popular-character heuristic); the rest is counting, which no library does in this shape.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from analyzer.evaluation.gold import LISTS, Gold, due_range
from analyzer.models import Analysis

MIN_OVERLAP = 0.5
LANGUAGES = ("zh", "en", "mixed")
OUTCOMES = ("order", "advance", "continuation", "no_sale")


def overlap(a: str, b: str) -> float:
    """1.0 when one quote contains the other, else longest common substring / length of the shorter."""
    if not a or not b:
        return 0.0
    if a in b or b in a:
        return 1.0
    m = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return m.size / min(len(a), len(b))


Cite = tuple[int | None, str]  # (turn, quote)


def match(gold: list[Cite], predicted: list[list[Cite]]) -> list[tuple[int, int]]:
    """One-to-one greedy matching. `predicted[j]` lists the citations prediction j may match by.

    Returns (gold index, prediction index) pairs, best overlap first.
    """
    pairs = []
    for i, (gturn, gquote) in enumerate(gold):
        for j, cites in enumerate(predicted):
            score = max((overlap(gquote, q) for t, q in cites if t == gturn and q), default=0.0)
            if score >= MIN_OVERLAP:
                pairs.append((-score, i, j))
    pairs.sort()
    used_g, used_p, out = set(), set(), []
    for _, i, j in pairs:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((i, j))
    return out


def _cites(name: str, item) -> list[Cite]:
    cites = [(item.turn, item.quote)]
    if name == "customer_actions" and item.proposal_quote:
        cites.append((item.proposal_turn, item.proposal_quote))
    return cites


def due_correct(gold_due, predicted) -> bool:
    """Gold ISO = due_date with no due_end (or an equal one); gold range = [due_date, due_end]; null = null."""
    want = due_range(gold_due)
    if want is None:
        return predicted.due_date is None
    if predicted.due_date is None:
        return False
    got = (predicted.due_date, predicted.due_end or predicted.due_date)
    return got == want


# ---------------------------------------------------------------- counting


@dataclass
class Counts:
    """Additive tallies; figures are computed from their sums (micro-averaging over cases)."""

    n: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def add(self, key: str, value: int = 1) -> None:
        self.n[key] += value

    def __iadd__(self, other: Counts) -> Counts:
        for k, v in other.n.items():
            self.n[k] += v
        return self


@dataclass
class Mistake:
    case: str
    language: str
    list: str  # praise | customer_actions | rep_actions | asks | call
    kind: str  # miss | false_alarm | due | type | specific | response | outcome | no_specific_ask
    turn: int | None
    quote: str
    gold: str | None = None
    predicted: str | None = None


@dataclass
class CaseScore:
    case: str
    language: str
    counts: Counts
    mistakes: list[Mistake]
    outcome: tuple[str, str]  # (gold, predicted)


def score_case(gold: Gold, analysis: Analysis) -> CaseScore:
    """Score one analysis against its gold (whose items have their `turn` resolved)."""
    c, mistakes = Counts(), []
    lang = gold.language

    def miss(name, kind, turn, quote, g=None, p=None):
        mistakes.append(Mistake(gold.id, lang, name, kind, turn, quote, g, p))

    for name in LISTS:
        g_items, p_items = getattr(gold, name), getattr(analysis, name)
        pairs = match([(g.turn, g.quote) for g in g_items], [_cites(name, p) for p in p_items])
        c.add(f"{name}.gold", len(g_items))
        c.add(f"{name}.pred", len(p_items))
        c.add(f"{name}.tp", len(pairs))
        matched_g, matched_p = {i for i, _ in pairs}, {j for _, j in pairs}
        for i, g in enumerate(g_items):
            if i not in matched_g:
                miss(name, "miss", g.turn, g.quote)
        for j, p in enumerate(p_items):
            if j not in matched_p:
                miss(name, "false_alarm", p.turn, p.quote)
        for i, j in pairs:
            g, p = g_items[i], p_items[j]
            if name == "customer_actions":
                ok = due_correct(g.due, p)
                c.add("customer_actions.due_ok", ok)
                c.add("customer_actions.due_n")
                if not ok:
                    miss(name, "due", p.turn, p.quote, _due_text(g.due), _pred_due(p))
                c.add("customer_actions.type_ok", g.type == p.type)
                c.add("customer_actions.type_n")
                if g.type != p.type:
                    miss(name, "type", p.turn, p.quote, g.type, p.type)
            elif name == "asks":
                c.add("asks.specific_ok", g.specific == p.specific)
                c.add("asks.specific_n")
                if g.specific != p.specific:
                    miss(name, "specific", p.turn, p.quote, str(g.specific), str(p.specific))
                c.add("asks.response_ok", g.response == p.response)
                c.add("asks.response_n")
                if g.response != p.response:
                    miss(name, "response", p.turn, p.quote, g.response, p.response)

    c.add("calls")
    c.add("outcome.ok", gold.outcome == analysis.outcome)
    c.add(f"confusion.{gold.outcome}.{analysis.outcome}")
    if gold.outcome != analysis.outcome:
        miss("call", "outcome", None, "", gold.outcome, analysis.outcome)
    c.add("no_specific_ask.ok", gold.no_specific_ask == analysis.no_specific_ask)
    if gold.no_specific_ask != analysis.no_specific_ask:
        miss("call", "no_specific_ask", None, "", str(gold.no_specific_ask), str(analysis.no_specific_ask))
    return CaseScore(gold.id, lang, c, mistakes, (gold.outcome, analysis.outcome))


def _due_text(due) -> str:
    r = due_range(due)
    if r is None:
        return "null"
    return r[0].isoformat() if r[0] == r[1] else f"{r[0].isoformat()}..{r[1].isoformat()}"


def _pred_due(p) -> str:
    if p.due_date is None:
        return "null"
    if p.due_end is None or p.due_end == p.due_date:
        return p.due_date.isoformat()
    return f"{p.due_date.isoformat()}..{p.due_end.isoformat()}"


# ---------------------------------------------------------------- figures


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def figures(c: Counts) -> dict[str, float | None]:
    """Named figures from tallies; None where the denominator is 0 (rendered '—', not compared)."""
    n = c.n
    out: dict[str, float | None] = {}
    for name in LISTS:
        tp, pred, gold = n[f"{name}.tp"], n[f"{name}.pred"], n[f"{name}.gold"]
        p, r = _ratio(tp, pred), _ratio(tp, gold)
        out[f"{name}.precision"] = p
        out[f"{name}.recall"] = r
        if p is None or r is None:
            out[f"{name}.f1"] = None
        else:
            out[f"{name}.f1"] = round(2 * p * r / (p + r), 4) if p + r else 0.0
    out["customer_actions.due_exact"] = _ratio(n["customer_actions.due_ok"], n["customer_actions.due_n"])
    out["customer_actions.type_acc"] = _ratio(n["customer_actions.type_ok"], n["customer_actions.type_n"])
    out["asks.specific_acc"] = _ratio(n["asks.specific_ok"], n["asks.specific_n"])
    out["asks.response_acc"] = _ratio(n["asks.response_ok"], n["asks.response_n"])
    out["outcome.acc"] = _ratio(n["outcome.ok"], n["calls"])
    out["no_specific_ask.acc"] = _ratio(n["no_specific_ask.ok"], n["calls"])
    return out


def confusion(c: Counts) -> dict[str, dict[str, int]]:
    """Outcome confusion matrix: gold row → predicted column → calls."""
    return {g: {p: c.n.get(f"confusion.{g}.{p}", 0) for p in OUTCOMES} for g in OUTCOMES}


def summarize(scores: list[CaseScore]) -> dict:
    """Figures, counts and confusion for all cases and per language, plus every mistake."""
    groups: dict[str, Counts] = {"all": Counts(), **{lang: Counts() for lang in LANGUAGES}}
    for s in scores:
        groups["all"] += s.counts
        groups[s.language] += s.counts
    return {
        "figures": {k: figures(v) for k, v in groups.items()},
        "counts": {k: {name: v.n[name] for name in sorted(v.n) if not name.startswith("confusion.")} for k, v in groups.items()},
        "confusion": {k: confusion(v) for k, v in groups.items()},
        "mistakes": [m.__dict__ for s in scores for m in s.mistakes],
    }
