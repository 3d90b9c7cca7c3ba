"""The learned recall stage behind the rules: clauses the rules missed that a small linear model finds.

Why: rules know only the wordings they were shown. Cross-validated by writer set, with each held-out set read
by the rules as they stood before that set reached dev, adding what a logistic regression over the clause's
character n-grams / words finds raised F1 on every list (eval/experiments/learned_recall/README.md).

The rules' findings win: a clause a rule finding already covers is not added, an ask is added only to a rep
turn where the rules found none, and a customer action only to a sentence with none. What the model adds
still passes the engine's own filters (negation, real conditionals, the past, stalls, hedges, questions, a
request to the rep, a bare acknowledgement) and is built with the engine's own helpers: the quote is the
clause's verbatim slice, the due phrase `evidence.due_mention`, the type `clauses.types_of`, the specificity
`evidence.is_specific_time`. Weights: `weights/<list>.json`, trained on dev gold only by
`eval/experiments/learned_recall/run.py --final`. Opt-in, per list (`OfflineEngine(learned=True)` or
ANALYZER_LEARNED=1 for all three, `learned=["praise"]` / ANALYZER_LEARNED=praise,asks for some): all three
cost +50-56 % engine CPU with the shipped weights, one list +13-27 % (`cost.py`); no list met the rule for
becoming the default in session 6 (the experiment's README); `Gate` keeps what it can out of the cost.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from functools import cache, cached_property
from pathlib import Path
from types import SimpleNamespace

from analyzer.evaluation.score import overlap
from analyzer.extract.offline import clauses as C
from analyzer.extract.offline.evidence import (action_text, day_named_before, done_before, due_mention, event_date,
                                               first_date, is_specific_time, quote)
from analyzer.extract.offline.learned_model import (Context, FindingContext, LinearModel, clause_features,
                                                    finding_features)
from analyzer.extract.offline.scan import TurnView, is_question, strip_polite
from analyzer.extract.offline.segment import Clause, Sentence
from analyzer.models import Ask, CustomerAction, Findings, Praise

LISTS = ("praise", "customer_actions", "asks")
ROLE = {"praise": "customer", "customer_actions": "customer", "asks": "rep"}
WEIGHTS = Path(__file__).parent / "weights"
# A rep ask this many turns back or fewer is "the rep's last proposal" for the clauses after it.
AFTER_ASK_TURNS = 2
COVERED = 0.5  # the harness's own overlap bar (score.MIN_OVERLAP): a rule finding covering a clause this much
FILTERS = True  # off only for the experiment's ablation of what the filters contribute


@cache
def models() -> dict[str, LinearModel]:
    """The shipped weights, loaded once per process; a list without a weights file gets no stage."""
    return {n: LinearModel.load(WEIGHTS / f"{n}.json") for n in LISTS if (WEIGHTS / f"{n}.json").is_file()}


# Features whose value is a string of the clause's own text (a Han n-gram, a word, a bigram's longer word,
# the clause's first token).
_LEXICAL = ("c", "w", "b", "first")
# A word as the gate finds it: a run of word characters from a letter or digit (a leading apostrophe is
# one segmentation may trim off a clause). Keys of this shape come from word features (w:, b:, first: of an
# ASCII-led clause) and count only as whole words.
_RUN = re.compile(r"[a-z0-9][a-z0-9']*")


class Gate:
    """An upper bound on each clause's score, per list, from the lexical keys present in the turn, found in
    C: its characters (`set & set`) for one-character keys, its words (one `findall`) for word keys, and
    one Aho-Corasick pass (Rust) for the other keys (Han 2-3-grams). A turn where no list can reach its
    threshold is never segmented; in one that can, only the clauses whose own bound can reach a list's
    threshold are featurized and scored.

    Exact in the safe direction. Every lexical feature of a clause has its string inside the clause (for a
    bigram, its longer word; for a word, a whole word of the turn too: segmentation cuts no word in two),
    so the positive weights of the keys found bound the lexical part; keys the gate cannot find that way (a
    leading apostrophe a clause may keep, a first token mixing Latin and other characters) are counted as
    present everywhere. The clause's position, closing mark and context (role, after an ask, near the end)
    are read exactly; its length bucket takes the best weight; any other feature its positive weight. A
    turn's bound is its clauses' loosened: every key found anywhere in it, the best position and closing
    mark. The weights are L1-sparse (350-550 per list), which keeps the key sets small.
    """

    def __init__(self, models: dict[str, LinearModel]):
        import ahocorasick_rs

        self.names = tuple(models)
        self.lists = []
        every: set[str] = set()
        per_list: list[dict[str, float]] = []
        for name, model in models.items():
            best: dict[str, float] = {}
            other = 0.0
            lexical: dict[str, float] = {}
            for f, w in model.weights.items():
                kind, _, value = f.partition(":")
                if kind in _LEXICAL:
                    if w <= 0:
                        continue
                    # A bigram is present only where both its words are: the longer one is the rarer string.
                    key = max(value.split("_", 1), key=len) if kind == "b" else value
                    if not key or (not _RUN.fullmatch(key) and _HAS_WORD_CHAR.search(key)):
                        other += w  # a key the gate cannot find as the feature reads it: always present
                        continue
                    lexical[key] = lexical.get(key, 0.0) + w
                elif kind in ("end", "len", "pos"):
                    best[kind] = max(best.get(kind, 0.0), w)
                elif f not in _CONTEXT:
                    other += max(0.0, w)
            t = model.threshold
            needed = math.log(t / (1 - t)) if 0 < t < 1 else -math.inf
            # (model weights, bias + length's best + features counted as present, needed, best end, best pos)
            self.lists.append((model.weights, model.bias + best.get("len", 0.0) + other, needed,
                               best.get("end", 0.0), best.get("pos", 0.0)))
            per_list.append(lexical)
            every.update(lexical)
        # Every key in every list's table (0 where it has no weight): sums run as C `map`s, no lookups fail.
        self.key_weights = [{k: lexical.get(k, 0.0) for k in every} for lexical in per_list]
        self.chars = frozenset(k for k in every if len(k) == 1 and not _RUN.fullmatch(k))
        self.words = frozenset(k for k in every if _RUN.fullmatch(k))
        self.multi = sorted(every - self.chars - self.words)
        self.automaton = ahocorasick_rs.AhoCorasick(self.multi) if self.multi else None
        # An ASCII text (str.isascii is O(1)) holds no non-ASCII key: an English turn skips the Han tables.
        self.ascii_chars = any(k.isascii() for k in self.chars)
        self.ascii_multi = any(k.isascii() for k in self.multi)

    def present(self, low: str, multi: bool = True) -> set[str]:
        """The keys found in `low` (lowercased text of a turn or a clause); the Aho-Corasick keys only if
        `multi`."""
        ascii_text = low.isascii()
        found = set(self.chars.intersection(low)) if self.ascii_chars or not ascii_text else set()
        found.update(self.words.intersection(_RUN.findall(low)))
        if multi and self.automaton is not None and (self.ascii_multi or not ascii_text):
            found.update(self.automaton.find_matches_as_strings(low, overlapping=True))
        return found

    def live(self, view: TurnView, lists: list[str], recent: list[bool],
             near_end: bool) -> dict[str, list[bool]]:
        """Per list of `lists` that any clause of the turn can pass, per clause (`view.sentences` order),
        whether its bound reaches the threshold; lists that cannot pass anywhere are left out (and a turn no
        list passes is not segmented)."""
        low = _ascii_lower(view.text)
        found = self.present(low, multi=False)
        # The Aho-Corasick keys with their positions, once per turn: a clause's are those lying inside it.
        matches = (self.automaton.find_matches_as_indexes(low, overlapping=True)
                   if self.automaton is not None and (self.ascii_multi or not low.isascii()) else [])
        multi = self.multi
        found.update(multi[k] for k, _, _ in matches)
        turn = []
        for n in lists:
            j = self.names.index(n)
            weights, base, needed, end, pos = self.lists[j]
            ctx = self._context(j, view.role, recent, near_end)
            if ctx + end + pos + sum(map(self.key_weights[j].__getitem__, found)) >= needed:
                turn.append((j, ctx))
        if not turn:
            return {}
        clauses = [c for sentence in view.sentences for c in sentence.clauses]
        inside = []
        for c in clauses:
            text = low[c.start:c.end]
            inside.append((self.present(text, multi=False), "end:" + text.rstrip()[-1:]))
        if matches:
            starts = [c.start for c in clauses]
            for k, a, b in matches:
                i = bisect_right(starts, a) - 1
                if i >= 0 and b <= clauses[i].end:
                    inside[i][0].add(multi[k])
        out = {}
        for j, ctx in turn:
            weights, _, needed, _, _ = self.lists[j]
            kw = self.key_weights[j].__getitem__
            row = []
            for i, (keys, end) in enumerate(inside):
                bound = ctx + weights.get("pos:" + str(min(i, 2)), 0.0) + weights.get(end, 0.0) + sum(map(kw, keys))
                if i == 0 and recent:
                    bound += weights.get("after_ask_head", 0.0)
                row.append(bound >= needed)
            if any(row):
                out[self.names[j]] = row
        return out

    def _context(self, j: int, role: str, recent: list[bool], near_end: bool) -> float:
        """The bound before the lexical, position and closing-mark features: bias, length, the turn's own
        role / after-ask / near-end features (their exact weights), and any other feature's positive one."""
        w, base = self.lists[j][0], self.lists[j][1]
        bound = base + w.get("role:" + role, 0.0)
        if recent:
            bound += w.get("after_ask", 0.0) + w.get("after_ask_spec" if any(recent) else "after_ask_vague", 0.0)
        if near_end:
            bound += w.get("near_end", 0.0)
        return bound


_HAS_WORD_CHAR = re.compile(r"[a-z0-9']")


def _ascii_lower(text: str) -> str:
    """`lexicon.ascii_lower`, in C: UTF-8 bytes' `lower` changes only ASCII letters (every other character's
    bytes are >= 0x80), so lengths and offsets stay those of `text`."""
    return text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")


# The context features the gate reads exactly (see Gate._context and Gate.live).
_CONTEXT = frozenset({"role:rep", "role:customer", "after_ask", "after_ask_spec", "after_ask_vague",
                      "after_ask_head", "near_end"})


def gates(lists=LISTS) -> Gate | None:
    """The gate over the shipped models of `lists` (all by default): a list that is off adds no keys."""
    return _gate(tuple(n for n in LISTS if n in lists))


@cache
def _gate(lists: tuple[str, ...]) -> Gate | None:
    shipped = {n: m for n, m in models().items() if n in lists}
    return Gate(shipped) if shipped else None


@dataclass
class Candidate:
    list: str
    view: TurnView
    sentence: Sentence
    clause: Clause
    features: list[str]
    rules: tuple[str, ...]  # the quotes of the rules' findings of this list in this turn

    @cached_property
    def blocked(self) -> bool:
        """The engine's filters refuse it whatever the model says (asked only above the threshold)."""
        if not FILTERS:
            return False
        v, c = self.view, self.clause
        s, e = c.start, c.end
        if self.list == "praise":
            return v.has("negation", s, e) or strip_polite(v, c) or is_question(v, c)
        if self.list == "customer_actions":
            return C._blocked(v, c) or v.has("hedge", s, e) or C.is_request(v, c) or C.is_bare_ack(v, c)
        return strip_polite(v, c) or C.past(v, c) or v.has("negation", s, e)

    @cached_property
    def covered(self) -> bool:
        """A rule finding of the same list already holds it: one ask per turn; one action per sentence."""
        if self.list == "asks":
            return bool(self.rules)
        text = self.sentence.text if self.list == "customer_actions" else quote(self.view, self.clause.start,
                                                                                  self.clause.end)
        return any(overlap(q, text) >= COVERED for q in self.rules)


def candidates(views: list[TurnView], findings, kind: str = "dialogue",
               only: tuple[str, ...] = LISTS, gate: Gate | None = None) -> list[Candidate]:
    """Every clause of a turn of the right role, with its features, for each list in `only`; none in prose
    notes (the notes pass has no speaker turns to learn roles from). With `gate`, only the clauses whose
    bound can reach a list's threshold (training scores every clause: no gate)."""
    if kind == "notes":
        return []
    ask_turns = {a.turn: a.specific for a in findings.asks}
    by_turn: dict[str, dict[int, list[str]]] = {n: {} for n in LISTS}
    for n in LISTS:
        for item in getattr(findings, n):
            by_turn[n].setdefault(item.turn, []).append(item.quote)
    near_end = len(views) * 4 // 5
    out: list[Candidate] = []
    for v in views:
        if v.inferred:
            # A role the engine guessed: the rules take a guessed customer's commitments only from answers to
            # proposals (dialogue.resolve_unknown_roles); the model, reading one clause, cannot honour that.
            continue
        lists = [n for n in only if ROLE[n] == v.role]
        if not lists:
            continue
        recent = [ask_turns[t] for t in range(v.index - AFTER_ASK_TURNS, v.index) if t in ask_turns]
        # Per list, which clauses can reach its threshold (all of them without a gate).
        live = gate.live(v, lists, recent, v.index >= near_end) if gate is not None else dict.fromkeys(lists)
        if not live:
            continue
        k = -1
        for sentence in v.sentences:
            for c in sentence.clauses:
                k += 1
                wanted = [n for n, row in live.items() if row is None or row[k]]
                if not wanted:
                    continue
                ctx = Context(after_ask=bool(recent), after_specific_ask=any(recent), clause_index=k,
                              near_end=v.index >= near_end)
                feats = clause_features(v, c, ctx)
                for n in wanted:
                    out.append(Candidate(n, v, sentence, c, feats, tuple(by_turn[n].get(v.index, ()))))
    return out


def select(cands: list[Candidate], probs: list[float], threshold: float | dict[str, float], *,
           alone: bool = False) -> list[Candidate]:
    """The candidates the model adds: above the threshold, not blocked, not covered by the rules (unless
    `alone`: the model scored by itself), at most one ask per turn and one action per sentence."""
    best: dict[tuple, tuple[float, int]] = {}
    picked: list[int] = []
    for i, (c, p) in enumerate(zip(cands, probs)):
        t = threshold[c.list] if isinstance(threshold, dict) else threshold
        if p < t or (c.covered and not alone) or c.blocked:
            continue
        if c.list == "praise":
            picked.append(i)
            continue
        key = (c.list, c.view.index) if c.list == "asks" else (c.list, c.view.index, c.sentence.index)
        if key not in best or p > best[key][0]:
            best[key] = (p, i)
    picked.extend(i for _, i in best.values())
    return [cands[i] for i in sorted(picked)]


def proposal_before(views: list[TurnView], asks: list, v: TurnView):
    """The rep's proposal a customer turn may answer: the last ask found (by the rules, or added by the ask
    stage) in the AFTER_ASK_TURNS turns before it, with its rep turn and sentence; None if there is none."""
    best = None
    for a in asks:
        if not v.index - AFTER_ASK_TURNS <= a.turn < v.index or a.turn >= len(views):
            continue
        pv = views[a.turn]
        at = pv.text.find(a.quote)
        if at < 0:
            continue
        if best is None or (a.turn, at) > best[0]:
            best = ((a.turn, at), a, pv)
    if best is None:
        return None
    (_, at), a, pv = best
    ps = next((x for x in pv.sentences if x.start <= at < x.end), None)
    return None if ps is None else (a, pv, ps)


def build(c: Candidate, meeting: date | None, views: list[TurnView] | None = None, asks: list = ()):
    """The finding for an added clause, with the engine's own quote, due phrase, type and actor; None for an
    action dated before the meeting (done, not promised: as the rules drop it).

    An added customer action is dated and typed as the dialogue pass does a rule finding, with the same
    helpers: its clause's own date (`due_mention`), else the event named just before it in the turn
    (`event_date`), a bare weekday read as the one the talk already named (`day_named_before`); a clause with
    no date of its own, right after a rep's proposal (`asks`, within AFTER_ASK_TURNS turns), takes the
    proposal's (the rep's proposal accepted), and one whose turn names no step takes the proposal's step;
    a proposal worded as done together makes it joint."""
    v, s, cl = c.view, c.sentence, c.clause
    q = quote(v, cl.start, cl.end)
    if c.list == "praise":
        return Praise(quote=q, speaker="", turn=v.index)
    if c.list == "customer_actions":
        types = C.types_of(v, cl.start, cl.end) or C.types_of(v, s.start, s.end)
        kind = types[0] if types else "other"
        mention = due_mention(v, cl, s)
        if mention is None or v.test("event_anaphor", mention.text):
            mention = event_date(v, cl, kind) or mention
        if mention is not None and views is not None:
            mention = day_named_before(views, v, mention, meeting)
        if mention is not None and done_before(mention.text, meeting):
            return None
        due_text = mention.text if mention else None
        joint = v.has("joint", s.start, s.end)
        proposal = proposal_before(views, asks, v) if views is not None else None
        if proposal is not None:
            _, pv, ps = proposal
            if due_text is None:
                pm = first_date(pv, ps.start, ps.end)
                due_text = pm.text if pm is not None and not done_before(pm.text, meeting) else None
            if kind == "other":
                kind = next(iter(C.types_of(pv, ps.start, ps.end) or v.types(0, len(v.text))
                                 or pv.types(0, len(pv.text))), kind)
            joint = joint or pv.has("joint", ps.start, ps.end)
        elif kind == "other":
            # No proposal: the step the turn names elsewhere, else the one the turn before it names.
            before = views[v.index - 1].types(0, len(views[v.index - 1].text)) if views and v.index > 0 else []
            kind = next(iter(v.types(0, len(v.text)) or before), kind)
        return CustomerAction(
            quote=q, speaker="", turn=v.index, action=action_text(v.text[cl.start:cl.end]),
            actor="joint" if joint else "customer", type=kind, due_text=due_text)
    # An ask: specific when its sentence names a time that resolves to a day or at most a week.
    dated = v.dates_in(s.start, s.end)
    return Ask(quote=q, speaker="", turn=v.index,
               specific=bool(dated) and meeting is not None and is_specific_time(dated[0].text, meeting),
               response="none")


def learned_asks(dialogue, asks: list[tuple], lists=LISTS, added: set | None = None) -> list[tuple]:
    """Asks the ask model finds in rep turns where the rules found none, made by the dialogue's own
    `_make_ask` (its type, time and specificity), so `_link` answers them like the rules' asks. `lists`: the
    stages on (the gate is built over them); `added`, when given, collects ("asks", turn, quote) of each, so
    the learned filter knows which findings the stage made."""
    model = models().get("asks")
    if model is None:
        return []
    found = SimpleNamespace(praise=[], customer_actions=[], asks=[a[0] for a in asks])
    cands = candidates(dialogue.views, found, only=("asks",), gate=gates(lists))
    out = []
    for c in select(cands, [model.probability(c.features) for c in cands], model.threshold):
        v, s = c.view, c.sentence
        nxt = v.sentences[s.index + 1] if s.index + 1 < len(v.sentences) else None
        # The step and time are read from the whole sentence (the clause may hold only the question).
        out.append(dialogue._make_ask(v, s, (s.start, s.end), nxt,
                                      quote_span=(c.clause.start, c.clause.end)))
    if added is not None:
        added.update(("asks", a[0].turn, a[0].quote) for a in out)
    return out


def add_learned(findings: Findings, views: list[TurnView], meeting: date | None, lists=LISTS) -> dict[str, list]:
    """Append to `findings` the praise and customer actions the shipped models of `lists` find and the rules
    did not (in place, turn order kept); asks are added earlier, by `learned_asks`, so that they get their
    answers. Returns what it added, per list."""
    shipped = {n: m for n, m in models().items() if n != "asks" and n in lists}
    if not shipped:
        return {}
    cands = candidates(views, findings, only=tuple(shipped), gate=gates(lists))
    probs = [shipped[c.list].probability(c.features) for c in cands]
    added: dict[str, list] = {}
    for c in select(cands, probs, {n: m.threshold for n, m in shipped.items()}):
        item = build(c, meeting, views, findings.asks)
        if item is not None:
            added.setdefault(c.list, []).append(item)
    for name, new in added.items():
        setattr(findings, name, sorted(getattr(findings, name) + new, key=lambda i: i.turn))
    return added


# ---------------------------------------------------------------- the filter over the engine's findings

FILTER_WEIGHTS = WEIGHTS / "filter"


@cache
def filter_models() -> dict[str, LinearModel]:
    """The filter's shipped weights (`weights/filter/<list>.json`), loaded once per process; a list without a
    weights file is not filtered."""
    return {n: LinearModel.load(FILTER_WEIGHTS / f"{n}.json") for n in LISTS
            if (FILTER_WEIGHTS / f"{n}.json").is_file()}


def finding_rows(findings, views: list[TurnView], kind: str, language: str,
                 only: tuple[str, ...] = LISTS, added=frozenset()) -> list[tuple[str, int, list[str]]]:
    """(list, index in that list, features) for every finding of `findings` (the engine's Findings, or an
    Analysis read from it) in the lists `only`: what the filter scores, at run time and in training alike.
    `added`: (list, turn, quote) of the findings the recall stage added."""
    ask_turns = {a.turn: a.specific for a in findings.asks}
    n = len(views)
    notes = kind == "notes"
    out = []
    for name in only:
        items = getattr(findings, name)
        per_turn: dict[int, int] = {}
        for item in items:
            per_turn[item.turn] = per_turn.get(item.turn, 0) + 1
        for k, item in enumerate(items):
            if not 0 <= item.turn < n:
                continue
            v = views[item.turn]
            at = v.text.find(item.quote)
            sentence = next((s.text for s in v.sentences if s.start <= at < s.end), item.quote) if at >= 0 \
                else item.quote
            recent = [ask_turns[t] for t in range(item.turn - AFTER_ASK_TURNS, item.turn) if t in ask_turns]
            part = "start" if item.turn < n // 5 else "end" if item.turn >= n * 4 // 5 else "mid"
            ctx = FindingContext(after_ask=bool(recent), after_specific_ask=any(recent), part=part,
                                 language=language, notes=notes, others=per_turn[item.turn] - 1,
                                 added=(name, item.turn, item.quote) in added)
            out.append((name, k, finding_features(name, item, v, sentence, ctx)))
    return out


def filter_findings(findings: Findings, views: list[TurnView], kind: str, language: str, lists=LISTS,
                    shipped: dict[str, LinearModel] | None = None, added=frozenset()) -> None:
    """Drop from `findings` (in place) each finding of `lists` whose filter probability is below its list's
    threshold: the rules' findings and, when the recall stage is on, what it added (`added`: their (list,
    turn, quote)). `shipped`: the models (default: the shipped weights)."""
    shipped = {n: m for n, m in (filter_models() if shipped is None else shipped).items() if n in lists}
    if not shipped:
        return
    drop: dict[str, set[int]] = {}
    for name, k, feats in finding_rows(findings, views, kind, language, tuple(shipped), added):
        model = shipped[name]
        if model.probability(feats) < model.threshold:
            drop.setdefault(name, set()).add(k)
    for name, gone in drop.items():
        setattr(findings, name, [item for k, item in enumerate(getattr(findings, name)) if k not in gone])
