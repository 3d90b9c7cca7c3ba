"""Features of one clause, and the linear scorer over them: pure Python, shared by training and run time.

Why a hand-written dot product and not a library at run time: the model is a logistic regression, so a
score is `bias + sum(weight[f] for f in features)`; a dict lookup per feature is all it takes, needs no
numpy/scikit-learn (a training-only dependency, the `[train]` extra), and gives the same float on every
machine. The feature list is built here and nowhere else, so what is trained is exactly what is scored
(`eval/experiments/learned_recall/run.py` trains; `learned.py` scores).

Features: the clause's Han character 1-3-grams and Latin words and word bigrams, its first token, closing
mark and length, plus where it sits in the call: right after a rep ask the rules found (and whether that ask
was specific), its position in its turn, the call's last fifth. By default no lexicon cue is a feature: the
cross-validation that justified the stage scored held-out writer sets with rules that had never seen them,
and lexicon cues tuned on those very sets would have leaked into the model's features.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

from analyzer.extract.offline.lexicon import ascii_lower

_HAN_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_WORD = re.compile(r"[a-z0-9']+")
# Lexicon cues offered as features only when LEXICON_FEATURES is on (an experiment variant; see the README
# of eval/experiments/learned_recall for why the shipped weights do without them).
CUES = ("first_person", "commit", "negation", "past", "future", "hypothetical", "stall", "hedge",
        "praise_strong", "praise_weak", "praise_target", "degree", "vendor_ref", "own_side",
        "ask_opener", "customer_agent", "vague", "decision_maker", "rep_self", "request_rep")
LEXICON_FEATURES = False


def text_features(text: str) -> list[str]:
    """Lexical features of a clause: Han character 1-3-grams, Latin words and word bigrams, edge tokens."""
    low = ascii_lower(text)
    out: list[str] = []
    han = 0
    for run in _HAN_RUN.findall(low):
        n = len(run)
        han += n
        out.extend(["c:" + ch for ch in run])
        out.extend(["c:" + run[i:i + 2] for i in range(n - 1)])
        out.extend(["c:" + run[i:i + 3] for i in range(n - 2)])
    words = _WORD.findall(low)
    out.extend(["w:" + w for w in words])
    out.extend(["b:" + a + "_" + b for a, b in zip(words, words[1:])])
    head = low.lstrip()
    out.append("first:" + (words[0] if words and head[:1].isascii() else head[:2]))
    out.append("end:" + low.rstrip()[-1:])  # the closing mark: "?", "。", "吧", a letter
    size = len(words) + han // 2
    out.append("len:" + ("s" if size <= 3 else "m" if size <= 8 else "l" if size <= 16 else "xl"))
    return out


@dataclass(frozen=True)
class Context:
    """Where the clause sits in the call, from the rules' own findings."""

    after_ask: bool  # a rep ask in the last two turns before this one
    after_specific_ask: bool  # ... and it named a concrete time and step
    clause_index: int  # position of the clause in its turn
    near_end: bool  # in the last fifth of the call


def clause_features(view, clause, ctx: Context) -> list[str]:
    """Every feature of `clause` (a segment.Clause of the scanned turn `view`)."""
    s, e = clause.start, clause.end
    out = text_features(view.text[s:e])
    out.append("role:" + view.role)
    if ctx.after_ask:
        out.append("after_ask")
        out.append("after_ask_" + ("spec" if ctx.after_specific_ask else "vague"))
        if ctx.clause_index == 0:
            out.append("after_ask_head")
    out.append("pos:" + str(min(ctx.clause_index, 2)))
    if ctx.near_end:
        out.append("near_end")
    if LEXICON_FEATURES:
        from analyzer.extract.offline.scan import is_question

        out.extend("cue:" + key for key in CUES if view.has(key, s, e))
        out.extend("type:" + t for t in view.types(s, e))
        if view.dates_in(s, e):
            out.append("date")
        if is_question(view, clause):
            out.append("question")
    return out


@dataclass(frozen=True)
class FindingContext:
    """What the engine knows around one finding of its own, for the filter (`finding_features`)."""

    after_ask: bool  # a rep ask the engine found in the last two turns before the finding's turn
    after_specific_ask: bool  # ... and it named a concrete time and step
    part: str  # where the turn sits in the call: "start" (first fifth), "mid", "end" (last fifth)
    language: str  # the transcript's language: zh | en | mixed
    notes: bool  # prose visit notes (no speaker turns)
    others: int  # other findings of the same list in the same turn
    added: bool = False  # the recall stage added it (not the rules)


_WORDS = ("c:", "w:", "b:", "sc:", "sw:", "sb:")  # the quote's and its sentence's n-gram features


def _size(text: str) -> str:
    low = ascii_lower(text)
    size = len(_WORD.findall(low)) + sum(map(len, _HAN_RUN.findall(low))) // 2
    return "s" if size <= 3 else "m" if size <= 8 else "l" if size <= 16 else "xl" if size <= 40 else "xxl"


def finding_features(name: str, item, view, sentence: str, ctx: FindingContext) -> list[str]:
    """Every feature of a finding of list `name` the engine made (`item`: a Praise, CustomerAction or Ask) in
    the scanned turn `view`, whose quote lies in `sentence`: the quote's lexical features as the recall stage
    reads a clause (`text_features`), its sentence's n-grams (prefixed `s`), and what the engine knows that
    the words alone do not say: the speaker's role, the turn's place and length, a rep ask just before, the
    finding's date, step, actor, accepted proposal (actions) or specificity, missing parts and answer (asks),
    the language. No lexicon cue (see the module docstring: the held-out sets' tuning would leak in)."""
    q = item.quote
    out = text_features(q)
    out.extend("s" + f for f in text_features(sentence) if f[0] in "cwb")
    out.append("role:" + ("notes" if ctx.notes else view.role + ("?" if view.inferred else "")))
    out.append("turn_len:" + _size(view.text))
    at = view.text.find(q)
    if at >= 0:
        out.append("whole_turn" if len(q) >= len(view.text.strip()) else
                   "turn_head" if at == 0 else "turn_tail" if at + len(q) >= len(view.text.rstrip()) else "turn_mid")
    if ctx.after_ask:
        out.append("after_ask_" + ("spec" if ctx.after_specific_ask else "vague"))
    out.append("part:" + ctx.part)
    out.append("lang:" + ctx.language)
    if ctx.others:
        out.append("others")
    if name == "customer_actions":
        out.append("dated" if item.due_text is not None or item.due_date is not None else "undated")
        if item.due_fuzzy:
            out.append("fuzzy")
        out.append("type:" + item.type)
        out.append("actor:" + item.actor)
        if item.proposal_quote:
            out.append("accepts")  # the path: the customer's yes to a rep proposal the engine found
    elif name == "asks":
        out.append("specific" if item.specific else "vague")
        out.extend("missing:" + m for m in item.missing)
        out.append("response:" + item.response)
    if ctx.added:
        # The stage's additions are judged apart from the rules' findings on everything but their words.
        out.extend(["added"] + ["added&" + f for f in out if not f.startswith(_WORDS)])
    return out


@dataclass
class LinearModel:
    """Logistic regression weights over named features; `threshold` is on the probability."""

    bias: float
    weights: dict[str, float]
    threshold: float = 0.5

    def score(self, features: list[str]) -> float:
        """The log-odds: binary features, so a repeated n-gram counts once, as in training."""
        w = self.weights
        return self.bias + sum([w[f] for f in set(features) if f in w])

    def probability(self, features: list[str]) -> float:
        z = self.score(features)
        return 0.0 if z < -30 else 1.0 / (1.0 + math.exp(-z))

    def to_json(self) -> dict:
        return {"bias": round(self.bias, 5), "threshold": round(self.threshold, 4),
                "weights": {k: round(v, 4) for k, v in sorted(self.weights.items())}}

    @classmethod
    def from_json(cls, data: dict) -> "LinearModel":
        return cls(bias=data["bias"], weights=data["weights"], threshold=data["threshold"])

    @classmethod
    def load(cls, path: Path) -> "LinearModel":
        return cls.from_json(json.loads(path.read_text(encoding="utf-8")))
