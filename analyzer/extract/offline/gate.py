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

    def __init__(self, patterns: dict[str, str], min_len: int, fold: bool):
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
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
