"""A turn as the rules see it: lexicon cues found with their offsets, then looked up per clause.

Each cue regex runs at most once over the whole turn (not once per clause), only when the anchor gate says
it can match, and most only when a rule first asks; segmentation and date finding are also done on first
use. Lookups by span are binary searches, so even a run-on turn costs linear time.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cache

from analyzer import dates
from analyzer.extract.offline.lexicon import _HAN, _LATIN, Lexicon, ascii_lower, by_script
from analyzer.hant import HANT_RE, TABLE as _HANT
from analyzer.regex_guard import finder
from analyzer.extract.offline.segment import Clause, Sentence, split

_UNGATED = frozenset({"<not a gated key>"})  # a clause-level key: never scanned over the whole turn
# Curly apostrophes become straight ones so "I’ll" matches "i'll"; same length, so offsets still hold.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\uff07": "'"})




@dataclass(slots=True)  # slots: faster attribute reads in the rules' hot loop
class TurnView:
    index: int
    role: str  # effective role: rep | customer (unknown resolved by the engine)
    text: str
    norm: str
    lexicons: tuple[Lexicon, ...]
    inferred: bool = False  # the role was guessed by the engine, not given by ingest
    folded: tuple[str, ...] = ()  # the text each lexicon's cues run on (see lexicon.fold)
    # Per lexicon, the gate's anchors found in this turn; `Lexicon.allows` says which cue keys they let run.
    # Kept as anchors, not expanded to keys: most keys are never asked about in a given turn.
    anchors: tuple[frozenset | None, ...] = ()
    type_hits: list[tuple[str, int, int]] = field(default_factory=list)  # (type, start, end), priority order
    _hits: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    _sentences: list[Sentence] | None = None
    _mentions: list | None = None
    # Sorted indexes, built on first use, so lookups by span stay logarithmic even in a run-on turn.
    _mention_starts: list[int] | None = None
    _type_starts: list[int] | None = None
    _by_start: list = field(default_factory=list)
    _type_order: tuple[str, ...] = ()
    # Per lexicon (`_cue_table`, folded text, anchors): what `cue` reads, unpacked once.
    _lex: tuple = ()

    # Segmentation, date finding and most cue scans are computed on first use: most turns of a long call
    # are small talk that no rule ever looks into.
    @property
    def sentences(self) -> list[Sentence]:
        if self._sentences is None:
            self._sentences = split(self.index, self.norm, self.lexicons)
        return self._sentences

    @property
    def mentions(self) -> list:
        """analyzer.dates.Mention list, offsets into text."""
        if self._mentions is None:
            self._mentions = dates.find(self.text)
        return self._mentions

    def cue(self, key: str) -> list[tuple[int, int]]:
        """Sorted (start, end) spans of a turn-level cue in this turn, scanned on first use."""
        spans = self._hits.get(key)
        if spans is None:
            spans = []
            for table, text, anchors in self._lex:
                # One lookup for what `lex.allows(key, anchors)` and the pattern tables would say: this runs
                # for every cue a rule asks about in every turn.
                entry = table.get(key)
                if entry is None:
                    continue  # not a turn-level cue of this lexicon
                need, pattern, alts, find = entry
                if need is not None and need.isdisjoint(anchors):
                    continue  # the anchor gate says it cannot match here
                if pattern is None:
                    continue
                # Most cues the gate lets through still find nothing: a bare `search` says so at half the
                # cost of `finditer`; from its match on, `finditer` yields exactly what it would from 0. Where
                # that is, only the alternatives whose anchors the turn holds can say (gate.Branches), or
                # the cue's `finder` (regex_guard), made on the cue's first search in the process.
                if alts is not None:
                    start = alts.leftmost(anchors, text)
                else:
                    if find is None:
                        find = entry[3] = finder(pattern)
                    first = find.search(text)
                    start = -1 if first is None else first.start()
                if start >= 0:
                    spans.extend([(m.start(), m.end()) for m in pattern.finditer(text, start)
                                  if m.end() > m.start()])
            if len(self._lex) > 1:
                spans.sort()
            self._hits[key] = spans
        return spans

    def cued(self, key: str) -> bool:
        spans = self._hits.get(key)
        return bool(self.cue(key) if spans is None else spans)

    def cued_any(self, keys: tuple[str, ...]) -> bool:
        """Whether any of `keys` is cued in this turn; one set test rules out a turn none of them can match."""
        for lex, anchors in zip(self.lexicons, self.anchors):
            union = _needs_any(lex, keys)
            if union is None or anchors is None or not union.isdisjoint(anchors):
                return any(self.cued(k) for k in keys)
        return False

    # ---------------------------------------------------------------- lookups by span
    # The cached spans are read inline (the `cue` call only on first use): rules ask these thousands of times.

    def has(self, key: str, start: int, end: int) -> bool:
        spans = self._hits.get(key)
        if spans is None:
            spans = self.cue(key)
        if not spans:
            return False
        i = bisect.bisect_left(spans, (start, -1))
        return i < len(spans) and spans[i][0] < end

    def spans(self, key: str, start: int, end: int) -> list[tuple[int, int]]:
        spans = self._hits.get(key)
        if spans is None:
            spans = self.cue(key)
        i = bisect.bisect_left(spans, (start, -1))
        j = bisect.bisect_left(spans, (end, -1), i)
        return spans[i:j]

    def test(self, key: str, text: str) -> bool:
        """Anchored cues (whole clause, start or end of a clause) are matched against the clause itself.

        `text` is a piece of this turn (a clause, a few characters around a date), so only the alternatives
        whose anchors the turn holds can match it (`Lexicon.clause_branches`). English clause cues ignore
        case, which reaches past ASCII ("K" the Kelvin sign matches "k"): gated only on an ASCII turn."""
        for lex, anchors in zip(self.lexicons, self.anchors):
            pattern = lex.keys.get(key)
            if pattern is None:
                continue
            if anchors is not None:
                alts = lex.clause_branches.get(key)
                if alts is not None and (lex.lang != "en" or self.text.isascii()):
                    if alts.leftmost(anchors, text) >= 0:
                        return True
                    continue
            if pattern.search(text):
                return True
        return False

    def types(self, start: int, end: int) -> list[str]:
        """Action types cued inside the span, in lexicon priority order, without repeats."""
        if not self.type_hits:
            return []
        if self._type_starts is None:
            self._by_start = sorted(self.type_hits, key=lambda t: t[1])
            self._type_starts = [t[1] for t in self._by_start]
        i = bisect.bisect_left(self._type_starts, start)
        j = bisect.bisect_left(self._type_starts, end, i)
        names = {t[0] for t in self._by_start[i:j]}
        return [n for n in self._type_order if n in names]

    def dates_in(self, start: int, end: int) -> list:
        mentions = self.mentions
        if self._mention_starts is None:
            self._mention_starts = [m.start for m in mentions]
        i = bisect.bisect_left(self._mention_starts, start)
        j = bisect.bisect_left(self._mention_starts, end, i)
        return mentions[i:j]


def has_hant(texts) -> bool:
    """Whether any of `texts` (a call's turns) has a traditional Chinese character: one scan of the whole call."""
    return HANT_RE.search("\n".join(texts)) is not None


def _normalize(text: str) -> str:
    # Most turns have no curly apostrophe: `in` is a C scan, `translate` a dict lookup per character.
    if "\u2019" in text or "\u2018" in text or "\uff07" in text:
        text = text.translate(_APOSTROPHES)
    return text


def scan(index: int, text: str, role: str, hant: bool | None = None) -> TurnView:
    """`hant`: whether the call has traditional characters (the engine asks once per call, `has_hant`); None: ask
    of this turn."""
    norm = _normalize(text)
    if hant or (hant is None and HANT_RE.search(norm) is not None):
        norm = norm.translate(_HANT)
    lexicons, steps = _plan(_HAN.search(norm) is not None, _LATIN.search(norm) is not None)  # = for_text(norm)
    type_hits: list = []
    if len(steps) == 1:  # one script: the common case, without building the per-lexicon tuples in a loop
        text_l, found, lex_t = _scan_lexicon(steps[0], norm, type_hits)
        folded, anchors, lexes = (text_l,), (found,), (lex_t,)
    else:
        folded, anchors, lexes = zip(*(_scan_lexicon(step, norm, type_hits) for step in steps))
    return TurnView(index, role, text, norm, lexicons, folded=folded, anchors=anchors, type_hits=type_hits,
                    _type_order=lexicons[0].type_order, _lex=lexes)


def _scan_lexicon(step: tuple, norm: str, type_hits: list) -> tuple[str, frozenset | None, tuple]:
    """One lexicon's pass over a turn: the text its cues run on (`fold`), the gate's anchors found in it
    (`lex.anchors`), and the action types they let through, appended to `type_hits`."""
    lex, ascii_fold, automaton, union, gated, keys, need = step
    text_l = ascii_lower(norm) if ascii_fold else norm
    found = (frozenset(automaton.find_matches_as_strings(text_l, overlapping=True)) if automaton is not None
             else lex.anchors(text_l))
    if union is None or found is None or not union.isdisjoint(found):
        _find_types(type_hits, gated, text_l, found)
    return text_l, found, (_cue_table(lex), text_l, found)


def _find_types(type_hits: list, gated: tuple, text_l: str, found: frozenset | None) -> None:
    """Action type cues of one lexicon, in priority order, for those the anchors let run."""
    for name, pattern, need, alts, find in gated:
        if need is _UNGATED:
            continue
        if found is None or need is None or not need.isdisjoint(found):
            if alts is not None and found is not None:  # as in `TurnView.cue`
                start = alts.leftmost(found, text_l)
            else:
                first = find.search(text_l)
                start = -1 if first is None else first.start()
            if start >= 0:
                type_hits.extend([(name, m.start(), m.end()) for m in pattern.finditer(text_l, start)])


@cache
def _plan(han: bool, latin: bool) -> tuple[tuple[Lexicon, ...], tuple]:
    """Per script combination, the lexicons (`for_text`) and, per lexicon, what `scan` reads: whether its
    cues run on ASCII-lowercased text (`fold`), the gate's automaton (None: `lex.anchors` decides), the gated
    types (`_gated_types`), the pattern table and the gate's needs (what `TurnView.cue` reads)."""
    lexicons = by_script(han, latin)
    steps = []
    for lex in lexicons:
        union, gated = _gated_types(lex)
        automaton = lex.gate.automaton if lex.gate is not None else None
        steps.append((lex, lex.lang == "en", automaton, union, gated, lex.keys,
                      lex.gate.need if lex.gate is not None else None))
    return lexicons, tuple(steps)


# Per lexicon (they live as long as the process: `lexicon.load` is cached), what `TurnView.cue` reads per key
# and what the gate needs for groups of keys, computed once instead of once per turn.
_CUE_TABLES: dict[int, dict] = {}


def _cue_table(lex: Lexicon) -> dict[str, list]:
    """key -> [the anchors it needs or None, its pattern or None, its gate.Branches or None, its `finder` or None
    until first needed], for the keys a turn is scanned for: with a gate, the gated keys (a clause-level key is
    never scanned over a turn)."""
    table = _CUE_TABLES.get(id(lex))
    if table is None:
        if lex.gate is None:
            table = {key: [None, pattern, None, None] for key, pattern in lex.keys.items()}
        else:
            table = {key: [need, lex.keys.get(key), lex.branches.get(key), None] for key, need in lex.gate.need.items()}
        _CUE_TABLES[id(lex)] = table
    return table


_GATED_TYPES: dict[int, tuple] = {}
_NEEDS_ANY: dict[tuple, frozenset | None] = {}


def _gated_types(lex: Lexicon) -> tuple[frozenset | None, tuple]:
    """(anchors one of which any type needs, None when a type always runs; [(name, pattern, its need, its
    gate.Branches or None, its `finder`)])."""
    found = _GATED_TYPES.get(id(lex))
    if found is None:
        found = _GATED_TYPES[id(lex)] = (
            _needs_any(lex, tuple(f"type:{n}" for n, p in lex.types if p is not None)),
            tuple((n, p, _need(lex, f"type:{n}"), lex.branches.get(f"type:{n}"), finder(p)) for n, p in lex.types
                  if p is not None),
        )
    return found


def _need(lex: Lexicon, key: str):
    """The anchors `key` needs (None: it always runs; `_UNGATED`: never over a turn)."""
    return None if lex.gate is None else lex.gate.need.get(key, _UNGATED)


def _needs_any(lex: Lexicon, keys: tuple[str, ...]) -> frozenset | None:
    """The anchors one of which any of `keys` needs to run; None when one of them always runs."""
    cache_key = (id(lex), keys)
    if cache_key not in _NEEDS_ANY:
        needs = [_need(lex, k) for k in keys]
        _NEEDS_ANY[cache_key] = (
            None if any(n is None for n in needs) else frozenset().union(*(n for n in needs if n is not _UNGATED))
        )
    return _NEEDS_ANY[cache_key]


def strip_polite(view: TurnView, clause: Clause) -> bool:
    """True when the clause has a real conditional, not only a polite one ("方便的话", "if that works") or one the
    speaker expects to hold ("if the pilot numbers hold up", "试点顺利的话": GUIDELINES hard call 15)."""
    conds = view.spans("hypothetical", clause.start, clause.end)
    if not conds:
        return False
    polite = (view.spans("polite_condition", clause.start, clause.end)
              + view.spans("expected_condition", clause.start, clause.end))
    return any(not any(p0 <= c0 < p1 for p0, p1 in polite) for c0, _ in conds)


def is_question(view: TurnView, clause: Clause) -> bool:
    """A question mark, a question word with subject-auxiliary inversion, or a question opening ("能不能…", "can we…") on a clause not closed as a statement."""
    if view.test("question_end", clause.text) or view.test("question_inverted", clause.text):
        return True
    return (view.test("question_start", clause.text) and not clause.text.rstrip().endswith((".", "!", "。", "！"))
            and not view.has("embedded_question", clause.start, clause.end))

