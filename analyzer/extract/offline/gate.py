"""A one-pass prefilter: which cue regexes can possibly match a turn?

Why hand-written: Python's `re` tries every branch of a large alternation at every position, so fifty cue
regexes of a few dozen alternatives each scan English at well under 1 MB/s. Every match of a cue must
contain one of its *anchors* (literal strings read off the regex's parse tree, e.g. " will" or "试用"); all
anchors of a language go into one Aho-Corasick automaton (ahocorasick-rs), which finds every occurrence in
one pass in Rust. A turn then runs only the cues whose anchors it contains. The filter is exact in the
safe direction: a cue is skipped only when no match is possible. (RE2 would give linear-time alternation
but has no lookarounds, which the lexicons use; no maintained package offers anchors-from-regex.)
"""

from __future__ import annotations

import re
from re import _constants as sre_c  # the public `re` module exposes no parse tree; these are stable since 3.11
from re import _parser as sre_parse

from analyzer.regex_guard import compile_finder, finder


_REPEATS = (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT)


def _anchors(seq, min_len: int) -> frozenset[str] | None:
    """A set of literals one of which occurs in every match of `seq`, or None when none can be read off."""
    options: list[frozenset[str]] = []
    run = ""
    for op, av in seq:
        if op is sre_c.LITERAL:
            run += chr(av)
            continue
        if run:
            options.append(frozenset({run}))
            run = ""
        if op is sre_c.SUBPATTERN:
            sub = _anchors(av[3], min_len)
            if sub:
                options.append(sub)
        elif op is sre_c.BRANCH:
            subs = [_anchors(b, min_len) for b in av[1]]
            if all(subs):
                options.append(frozenset().union(*subs))
        elif op in _REPEATS and av[0] >= 1:
            sub = _anchors(av[2], min_len)
            if sub:
                options.append(sub)
        elif op is sre_c.IN and len(av) == 1 and av[0][0] is sre_c.LITERAL:
            run += chr(av[0][1])  # a one-character class is a literal
        elif op is sre_c.IN and all(o is sre_c.LITERAL for o, _ in av):
            # A class of listed characters ("(总|董)" parses to one) requires one of them.
            options.append(frozenset(chr(a) for _, a in av))
    if run:
        options.append(frozenset({run}))
    options = [o for o in options if min(map(len, o)) >= min_len]
    if not options:
        return None
    # The most selective requirement: longest shortest anchor, then fewest anchors.
    return max(options, key=lambda o: (min(map(len, o)), -len(o)))


def anchors_of(pattern: str, min_len: int) -> frozenset[str] | None:
    try:
        return _anchors(sre_parse.parse(pattern), min_len)
    except (re.error, RecursionError):
        return None


def trie_regex(words) -> re.Pattern:
    """One regex matching any of `words`, shaped as a trie (longest match first at each position)."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            body = "(?:" + body + ")?" if len(alts) == 1 else body + "?"
        return body

    # A plain alternation keeps `re`'s first-character fast scan; the caller restarts one character after
    # each hit, so overlapping anchors are all seen.
    return re.compile(emit(root))


class Gate:
    """Maps a text to the cue keys that could match in it."""

    def __init__(self, patterns: dict[str, str], min_len: int, fold: bool, extra: frozenset[str] = frozenset()):
        self.fold = fold  # English: anchors are lowercase, the text is ASCII-lowercased before the scan
        self.always: set[str] = set()
        self.by_anchor: dict[str, set[str]] = {}
        for key, pattern in patterns.items():
            found = anchors_of(pattern, min_len)
            if found is None:
                self.always.add(key)
                continue
            for a in found:
                self.by_anchor.setdefault(a.lower() if fold else a, set()).add(key)
        # Per key, the anchors that reveal it: a key is live when the anchors found in a turn meet this set.
        anchors_by_key: dict[str, set[str]] = {}
        for anchor, keys in self.by_anchor.items():
            for key in keys:
                anchors_by_key.setdefault(key, set()).add(anchor)
        self.anchors_by_key = {k: frozenset(v) for k, v in anchors_by_key.items()}
        # What each gated key needs: None when it always runs, else the anchors one of which must be present.
        self.need: dict[str, frozenset[str] | None] = {**self.anchors_by_key, **dict.fromkeys(self.always)}
        # Anchors of single alternatives (`Branches`), found in the same pass; they make no key live.
        for anchor in extra:
            self.by_anchor.setdefault(anchor, set())
        # Aho-Corasick (ahocorasick-rs, Rust) reports every occurrence of every anchor, overlaps and prefixes
        # included, as one list from one call: 3-8x faster than restarting a trie-shaped regex after each hit
        # (and 2x faster than pyahocorasick, whose iterator costs a Python round trip per hit), and the same
        # set of anchors, since every anchor the regex's longest match implies is itself an occurrence.
        self.automaton = None
        if self.by_anchor:
            import ahocorasick_rs

            self.automaton = ahocorasick_rs.AhoCorasick(list(self.by_anchor))

    def anchors(self, text: str) -> frozenset[str]:
        """Every anchor present in `text` (folded by the caller); `allows` turns them into live keys lazily."""
        if self.automaton is None:
            return frozenset()
        return frozenset(self.automaton.find_matches_as_strings(text, overlapping=True))

    def allows(self, key: str, anchors: frozenset[str]) -> bool:
        """Whether `key` can match a text whose anchors are `anchors`."""
        return key in self.always or not self.anchors_by_key.get(key, _NONE).isdisjoint(anchors)

    def keys(self, text: str) -> set[str]:
        """Keys that could match `text` (already folded by the caller for a folding language)."""
        out = set(self.always)
        for anchor in self.anchors(text):
            out |= self.by_anchor[anchor]
        return out


_NONE: frozenset[str] = frozenset()


# ---------------------------------------------------------------- per-alternative gating
# A cue is one alternation of dozens of fragments; `re` tries every one at every position it gets past the
# first-character guard, and one fragment opening with `\w` or `\b` lets every position through. Most
# fragments carry an anchor of their own that the turn does not contain: such a fragment cannot match
# anywhere in the turn. So where the first match of a cue starts is found by searching only the few fragments
# that can match, each compiled once on its own (same wrapper); the whole cue then runs from there. Same
# matches: the cue matches at a position exactly when one of its fragments does.

MAX_SPLIT = 24  # more fragments than this can match: search the whole cue instead, one search
# A selection seen this often is compiled into one regex of its fragments (one search instead of several);
# at most MAX_COMPILED per cue, so a batch of varied calls never spends its time compiling.
COMPILE_AFTER = 32
MAX_COMPILED = 32
BRANCH_CACHE = 4096  # selections remembered per cue


def split_alternatives(pattern: str) -> list[str]:
    """The alternatives of `pattern` at depth 0, with a group that is a whole alternative unwrapped and split
    in turn ("(?:a|b)|c" gives a, b, c: tried in the same order, so the alternation matches the same)."""
    parts, depth, start, i, n = [], 0, 0, 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # a class: "|" and parentheses inside it are literal
            i = _class_end(pattern, i)
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    if len(parts) == 1:
        inner = _unwrap(pattern)
        return split_alternatives(inner) if inner is not None and len(split_alternatives(inner)) > 1 else [pattern]
    return [alt for part in parts for alt in split_alternatives(part)]


def _class_end(pattern: str, i: int) -> int:
    """Index of the "]" closing the character class that opens at `pattern[i]` ("]" right after "[" or "[^" is
    a literal member)."""
    n = len(pattern)
    i += 1
    if i < n and pattern[i] == "^":
        i += 1
    if i < n and pattern[i] == "]":
        i += 1
    while i < n and pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i


def _unwrap(pattern: str) -> str | None:
    """The body of a "(?:...)" that spans all of `pattern`, else None."""
    if not pattern.startswith("(?:") or not pattern.endswith(")"):
        return None
    depth, i, n = 0, 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(pattern, i)
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return pattern[3:-1] if i == n - 1 else None
        i += 1
    return None


class Branches:
    """One cue's alternatives with their anchors: `leftmost(anchors, text)` is where the whole cue's first
    match in `text` starts, found by searching only the alternatives that can match a text with those anchors."""

    __slots__ = ("pattern", "alternatives", "rewrite", "anchor_set", "masks", "always", "cache", "sources",
                 "compiled", "joined", "whole")

    def __init__(self, pattern: re.Pattern, alternatives: list[str], sources: list[tuple[str, int]],
                 anchors: list[frozenset[str] | None], rewrite):
        self.pattern, self.alternatives, self.sources, self.rewrite = pattern, alternatives, sources, rewrite
        # Each alternative is compiled the first time a search needs it alone: most are never searched alone in
        # a process, and compiling them all cost about a third of the lexicons' load time.
        self.compiled: list[re.Pattern | None] = [None] * len(alternatives)
        self.always = 0
        self.masks: dict[str, int] = {}
        for i, found in enumerate(anchors):
            if found is None:
                self.always |= 1 << i
            else:
                for a in found:
                    self.masks[a] = self.masks.get(a, 0) | 1 << i
        self.anchor_set = frozenset(self.masks)
        # mask -> [uses, the live alternatives compiled one by one (None: too many, the whole cue), or the
        # regex of them all once compiled together]
        self.cache: dict[int, list] = {}
        self.joined = 0  # selections compiled into one regex so far
        self.whole: re.Pattern | None = None  # `finder(pattern)`, made the first time the whole cue is searched

    def leftmost(self, anchors: frozenset[str], text: str) -> int:
        """Where the whole cue's first match in `text` (a text holding `anchors`, or a piece of one) starts;
        -1 when there is none. The cue matches at a position exactly when one of its alternatives does, and
        one whose anchors are absent matches nowhere: the earliest start among the others is the cue's."""
        mask = self.always
        for a in self.anchor_set.intersection(anchors):
            mask |= self.masks[a]
        entry = self.cache.get(mask)
        if entry is None:
            live = [i for i in range(len(self.alternatives)) if mask >> i & 1]
            entry = [0, None if len(live) > MAX_SPLIT else tuple(self._alternative(i) for i in live)]
            if len(self.cache) < BRANCH_CACHE:
                self.cache[mask] = entry
        # Every regex searched here is a `finder`: only where its first match starts is read.
        parts = entry[1]
        if parts is None:
            parts = self.whole
            if parts is None:
                parts = self.whole = finder(self.pattern)
        elif type(parts) is tuple:
            entry[0] += 1
            if entry[0] >= COMPILE_AFTER and self.joined < MAX_COMPILED and len(parts) > 1:
                self.joined += 1
                live = [self.alternatives[i] for i in range(len(self.alternatives)) if mask >> i & 1]
                parts = entry[1] = compile_finder(*self.rewrite("|".join(f"(?:{alt})" for alt in live)))
        if type(parts) is not tuple:
            m = parts.search(text)
            return -1 if m is None else m.start()
        best = -1
        for p in parts:
            m = p.search(text)
            if m is not None and (best < 0 or m.start() < best):
                best = m.start()
        return best

    def _alternative(self, i: int) -> re.Pattern:
        compiled = self.compiled[i]
        if compiled is None:
            compiled = self.compiled[i] = compile_finder(*self.sources[i])
        return compiled


def branches_of(pattern: re.Pattern, source: str, min_len: int, fold: bool, rewrite, *, whole: bool = False,
                avoid: str = "") -> "Branches | None":
    """`Branches` for a cue whose source `source` compiled to `pattern` (`rewrite(source)` gives the regex source
    and flags a piece of `source` compiles to), or None when pruning cannot help: one
    alternative (unless `whole`: then a cue of one alternative is still skipped when its anchors are absent),
    or none with an anchor of its own. An alternative with a case-insensitive group keeps no anchors (the text
    is only ASCII-folded, so its literals may be present in another case), nor one with an anchor holding a
    character of `avoid` (characters the text searched may hold where the gate's text holds another)."""
    alternatives = split_alternatives(source)
    if len(alternatives) < (1 if whole else 2):
        return None
    anchors, sources = [], []
    for alt in alternatives:
        # Read off the regex as it will be compiled (the lexicon rewrites it: "can't" also matching "cant").
        sources.append(rewrite(alt))
        source = sources[-1][0]
        found = None if "(?i" in source else anchors_of(source, min_len)
        if found is not None and fold:
            # As the gate folds them; a non-ASCII anchor could differ from the ASCII-folded text: none then.
            found = frozenset(a.lower() for a in found) if all(a.isascii() for a in found) else None
        if found is not None and any(ch in a for a in found for ch in avoid):
            found = None
        anchors.append(found)
    if all(a is None for a in anchors):
        return None
    return Branches(pattern, alternatives, sources, anchors, rewrite)
