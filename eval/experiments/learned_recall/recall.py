"""What a learned model may add behind the rules: candidate clauses, the filters, and the findings built.

The rules' findings win: a clause a rule finding already covers is not a candidate, an ask is added only
to a rep turn where the rules found none, and a customer action only to a sentence with none. What the
model adds still passes the engine's own filters (negation, real conditionals, the past, stalls, questions)
and is built with the engine's own helpers: the quote is the clause's verbatim slice, the due phrase is
`evidence.due_mention`, the type `clauses.types_of`, the specificity `evidence.is_specific_time`.
"""

from __future__ import annotations

from dataclasses import dataclass

from analyzer.evaluation.score import overlap
from analyzer.extract.offline import clauses as C
from analyzer.extract.offline.evidence import action_text, due_mention, is_specific_time, quote
from analyzer.extract.offline.scan import TurnView, is_question, strip_polite
from analyzer.extract.offline.segment import Clause, Sentence
from analyzer.models import Ask, CustomerAction, Praise

from features import Context, clause_features

LISTS = ("praise", "customer_actions", "asks")
ROLE = {"praise": "customer", "customer_actions": "customer", "asks": "rep"}
# An ask answered within this many turns is "the rep's last proposal" for the clauses after it.
AFTER_ASK_TURNS = 2
FILTERS = True  # off only for the ablation that shows what the engine's filters contribute
COVERED = 0.5  # the harness's own overlap bar (score.MIN_OVERLAP): a clause a rule finding covers this much


@dataclass
class Candidate:
    list: str
    view: TurnView
    sentence: Sentence
    clause: Clause
    features: list[str]
    blocked: bool  # the engine's filters refuse it whatever the model says
    covered: bool  # a rule finding of the same list already holds it


def _blocked(name: str, v: TurnView, c: Clause) -> bool:
    if not FILTERS:
        return False
    s, e = c.start, c.end
    if name == "praise":
        return v.has("negation", s, e) or strip_polite(v, c) or is_question(v, c)
    if name == "customer_actions":
        return (C._blocked(v, c) or v.has("hedge", s, e) or C.is_request(v, c)
                or C.is_bare_ack(v, c))
    return strip_polite(v, c) or C.past(v, c) or v.has("negation", s, e)  # asks


def candidates(views: list[TurnView], findings, kind: str = "dialogue") -> list[Candidate]:
    """Every clause of a turn of the right role, with its features, for each list; none in prose notes
    (the notes pass has no speaker turns to learn roles from)."""
    if kind == "notes":
        return []
    ask_turns = {a.turn: a.specific for a in findings.asks}
    by_turn: dict[str, dict[int, list[str]]] = {n: {} for n in LISTS}
    for n in LISTS:
        for item in getattr(findings, n):
            by_turn[n].setdefault(item.turn, []).append(item.quote)
    n_turns = len(views)
    out: list[Candidate] = []
    for v in views:
        lists = [n for n in LISTS if ROLE[n] == v.role]
        if not lists:
            continue
        recent = [ask_turns[t] for t in range(v.index - AFTER_ASK_TURNS, v.index) if t in ask_turns]
        k = 0
        for sentence in v.sentences:
            for c in sentence.clauses:
                ctx = Context(after_ask=bool(recent), after_specific_ask=any(recent), clause_index=k,
                              near_end=v.index >= n_turns * 4 // 5)
                k += 1
                feats = clause_features(v, c, ctx)
                text = quote(v, c.start, c.end)
                for n in lists:
                    rules = by_turn[n].get(v.index, ())
                    if n == "asks":
                        covered = bool(rules)  # one ask per turn: the rules' stands
                    elif n == "customer_actions":
                        covered = any(overlap(q, sentence.text) >= COVERED for q in rules)
                    else:
                        covered = any(overlap(q, text) >= COVERED for q in rules)
                    out.append(Candidate(n, v, sentence, c, feats, _blocked(n, v, c), covered))
    return out


def select(cands: list[Candidate], probs: list[float], threshold: float, *, alone: bool = False) -> list[Candidate]:
    """The candidates the model adds: above the threshold, not blocked, not covered by the rules (unless
    `alone`: the model scored by itself), at most one ask per turn and one action per sentence."""
    best: dict[tuple, tuple[float, int]] = {}
    picked: list[int] = []
    for i, (c, p) in enumerate(zip(cands, probs)):
        if p < threshold or c.blocked or (c.covered and not alone):
            continue
        if c.list == "praise":
            picked.append(i)
            continue
        key = (c.list, c.view.index) if c.list == "asks" else (c.list, c.view.index, c.sentence.index)
        if key not in best or p > best[key][0]:
            best[key] = (p, i)
    picked.extend(i for _, i in best.values())
    return [cands[i] for i in sorted(picked)]


def build(c: Candidate, meeting):
    """The finding for an added clause, with the engine's own quote, due phrase, type and actor."""
    v, s, cl = c.view, c.sentence, c.clause
    q = quote(v, cl.start, cl.end)
    if c.list == "praise":
        return Praise(quote=q, speaker="", turn=v.index)
    mention = due_mention(v, cl, s)
    if c.list == "customer_actions":
        types = C.types_of(v, cl.start, cl.end) or C.types_of(v, s.start, s.end)
        return CustomerAction(
            quote=q, speaker="", turn=v.index, action=action_text(cl.text),
            actor="joint" if v.has("joint", s.start, s.end) else "customer",
            type=types[0] if types else "other", due_text=mention.text if mention else None)
    # An ask: specific when its sentence names a time that resolves to a day or at most a week.
    dated = v.dates_in(s.start, s.end)
    return Ask(quote=q, speaker="", turn=v.index,
               specific=bool(dated) and is_specific_time(dated[0].text, meeting), response="none")
