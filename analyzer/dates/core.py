"""Result types and the matcher shared by the language rule sets.

A rule is a precompiled regex plus a function that turns its match into a `Due` for a meeting date.
`find` collects every rule's matches and keeps the longest non-overlapping ones, so the rules can stay
small and independent: "下周一上午十点" beats "下周一", and "Tuesday, March 24th" beats "Tuesday".
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date
from typing import Callable, NamedTuple

from analyzer.regex_guard import first_char_guard, lacks_prefix


@dataclass(frozen=True)
class Due:
    """A resolved due date: a day (`end` None), or a fuzzy range `start`..`end` (`fuzzy` True)."""

    start: date
    end: date | None = None
    fuzzy: bool = False


@dataclass(frozen=True)
class Mention:
    """A date expression found in a sentence; `text == sentence[start:end]`."""

    text: str
    start: int
    end: int


Handler = Callable[[re.Match, date], "Due | None"]


@dataclass(frozen=True)
class Rule:
    """One kind of date expression: a regex to scan for, and a resolver for its match.

    `keys`: features the text must have for the rule to be tried at all — one from each group. For
    English a feature is a word or its first three letters ("mon" for Monday and month, "#" for a number,
    "#th" for an ordinal); for Chinese and digits it is a character. Python's regex engine has no literal
    prefilter for patterns like ours, so this set lookup is what keeps `find` fast.
    `scan` is the rule's core. Words that may stand before it ("next" Friday, "2027年"3月, "first thing"
    Monday) are not scanned for at every position, which Python's regex engine makes slow: `left` looks
    for them just before a core match, and `full` (left + core) then gives the match the resolver sees.
    `left_gate(subject, start)`: a cheap test that `left` words could end at `start` at all.
    `lower`: match the lower-cased text (cheaper than re.IGNORECASE); `check(match, text)` then sees the
    original text, for what case decides ("May", "Wed").
    """

    name: str
    scan: re.Pattern
    handler: Handler
    keys: tuple[frozenset[str], ...] = ()
    lower: bool = False
    left: re.Pattern | None = None
    full: re.Pattern | None = None
    check: Callable[[re.Match, str], bool] | None = None
    left_gate: Callable[[str, int], bool] | None = None


def make_rule(name: str, core: str, handler: Handler, keys: tuple[frozenset[str], ...], *, left: str = "",
              left_gate=None, flags: int = 0, lower: bool = False, check=None) -> Rule:
    """A Rule from regex sources: `core` is scanned for; `left` (optional or required) may precede it.
    `left_gate(subject, start)`: a cheap test of whether `left` words could end at `start` (say, by the
    character or word just before it), so most core matches need no search to the left."""
    scan = re.compile(guard_scan(core, flags), flags)
    if not left:
        return Rule(name, scan, handler, keys, lower, check=check)
    return Rule(name, scan, handler, keys, lower, re.compile(f"(?:{left})\\Z", flags),
                re.compile(f"(?:{left})(?:{core})", flags), check, left_gate)


def guard_scan(core: str, flags: int) -> str:
    """A core that `re` cannot skip ahead in (it opens with a lookbehind, or with alternatives that do not all
    start with a literal: "\\d{1,2}月|下个月") gets a lookahead of the characters it can start with: 1.3-4x
    faster scans of the Chinese rules, same matches. Case-insensitive patterns are left alone: the guard's
    characters are case-sensitive."""
    if flags & re.IGNORECASE or not lacks_prefix(core, flags):
        return core
    return first_char_guard(core)


def keys(*groups) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(group) for group in groups)


class RuleSet:
    """A language's rules, indexed by their first key group, so one set lookup per feature picks the
    few rules worth running on a sentence."""

    def __init__(self, rules: list[Rule]):
        self.rules = rules
        self._always = [i for i, rule in enumerate(rules) if not rule.keys]
        self._by_key: dict[str, list[int]] = {}
        for i, rule in enumerate(rules):
            for key in rule.keys[0] if rule.keys else ():
                self._by_key.setdefault(key, []).append(i)
        self._index = frozenset(self._by_key)
        # Only these features decide `applicable`; the answer per distinct set of them is kept (a call has
        # few: the same handful of date words recur turn after turn).
        self._keys = frozenset().union(*(group for rule in rules for group in rule.keys))
        self._chosen: dict[frozenset[str], list[Rule]] = {}

    def applicable(self, features: set[str]) -> list[Rule]:
        """The rules that can match a text with these features, in rule order. Do not mutate the list."""
        relevant = self._keys.intersection(features)
        found = self._chosen.get(relevant)
        if found is None:
            if len(self._chosen) >= 4096:
                self._chosen.clear()
            found = self._chosen[relevant] = self._applicable(relevant)
        return found

    def _applicable(self, features: frozenset[str]) -> list[Rule]:
        chosen = set(self._always)
        for key in self._index.intersection(features):
            chosen.update(self._by_key[key])
        return [
            self.rules[i]
            for i in sorted(chosen)
            if all(not group.isdisjoint(features) for group in self.rules[i].keys[1:])
        ]


def point(day: date | None) -> Due | None:
    return None if day is None else Due(day)


def span(start: date | None, end: date | None) -> Due | None:
    """A fuzzy range; collapses to a point when both ends are the same day."""
    if start is None or end is None:
        return None
    if start == end:
        return Due(start)
    return Due(min(start, end), max(start, end), True)


# Handlers only ever see dates within a sane window; anything that overflows the calendar has no
# calendar meaning for us (and `resolve` must never raise).
_CALENDAR_ERRORS = (ValueError, OverflowError, KeyError, TypeError, ZeroDivisionError)

# find() validates a candidate by resolving it against a fixed, ordinary day: a phrase that cannot
# resolve there ("4/31", "the 40th") is not a date mention.
_PROBE_DATE = date(2026, 3, 12)


def apply(rule: Rule, match: re.Match, meeting: date) -> Due | None:
    try:
        return rule.handler(match, meeting)
    except _CALENDAR_ERRORS:
        return None


class Hit(NamedTuple):
    start: int
    end: int
    rule: Rule
    match: re.Match | tuple  # a pair of Hits for a range (see ranges.py)


# How far back a rule's `left` words may reach.
_LEFT_REACH = 40


def _extend_left(rule: Rule, match: re.Match, subject: str) -> re.Match | None:
    """The full match around a core match: with the longest `left` words before it, or none."""
    start = match.start()
    if start == 0 or (rule.left_gate is not None and not rule.left_gate(subject, start)):
        return rule.full.match(subject, start)
    before = rule.left.search(subject, max(0, start - _LEFT_REACH), start)
    full = rule.full.match(subject, before.start()) if before is not None else None
    return full or rule.full.match(subject, start)


def candidates(text: str, lowered: str, rules: list[Rule]) -> list[Hit]:
    """Every match of every rule that resolves; `lowered` is `text` lower-cased, offset for offset."""
    hits = []
    for rule in rules:
        subject = lowered if rule.lower else text
        for match in rule.scan.finditer(subject):
            if rule.full is not None:
                match = _extend_left(rule, match, subject)
                if match is None:
                    continue
            if match.end() == match.start() or (rule.check and not rule.check(match, text)):
                continue
            if apply(rule, match, _PROBE_DATE) is not None:
                hits.append(Hit(match.start(), match.end(), rule, match))
    return hits


def longest_first(hits: list[Hit]) -> list[Hit]:
    """Greedy longest-match: keep the longest hits that do not overlap a kept one, then order by position."""
    # Kept hits are disjoint and non-empty, so sorted by start they are sorted by end too: the one kept hit
    # that can overlap a new one is the last starting before the new one ends. One bisection per hit, not a
    # scan of all kept hits (quadratic in a run-on turn with thousands of dates).
    kept: list[Hit] = []
    starts: list[int] = []
    for hit in sorted(hits, key=lambda h: (h.start - h.end, h.start)):
        j = bisect.bisect_left(starts, hit.end)
        if j == 0 or kept[j - 1].end <= hit.start:
            kept.insert(j, hit)
            starts.insert(j, hit.start)
    return kept


def clip(due: Due | None, meeting: date) -> Due | None:
    """A range in the current period starts no earlier than the meeting ("this week" said on Thursday)."""
    if due is None or due.end is None or due.end < meeting or due.start >= meeting:
        return due
    return span(meeting, due.end)


def not_over(make: Callable[[int], "Due | None"], year: int, meeting: date) -> Due | None:
    """A named month or quarter that is already over this year means next year's."""
    due = make(year)
    if due is not None and (due.end or due.start) < meeting:
        due = make(year + 1)
    return due


def alt(words) -> str:
    """A regex alternation of `words`, longest first (so "下下个" is tried before "下"); a space in a word
    matches any run of spaces."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"
