"""Result types and the matcher shared by the language rule sets.

A rule is a precompiled regex plus a function that turns its match into a `Due` for a meeting date.
`find` collects every rule's matches and keeps the longest non-overlapping ones, so the rules can stay
small and independent: "下周一上午十点" beats "下周一", and "Tuesday, March 24th" beats "Tuesday".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Callable


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
    name: str
    pattern: re.Pattern
    handler: Handler


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


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    rule: Rule
    match: re.Match


def candidates(text: str, rules: list[Rule]) -> list[Hit]:
    hits = []
    for rule in rules:
        for match in rule.pattern.finditer(text):
            if match.end() > match.start() and apply(rule, match, _PROBE_DATE) is not None:
                hits.append(Hit(match.start(), match.end(), rule, match))
    return hits


def longest_first(hits: list[Hit]) -> list[Hit]:
    """Greedy longest-match: keep the longest hits that do not overlap a kept one, then order by position."""
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start - h.end, h.start)):
        if all(hit.end <= k.start or hit.start >= k.end for k in kept):
            kept.append(hit)
    return sorted(kept, key=lambda h: h.start)


def alt(words) -> str:
    """A regex alternation of `words`, longest first (so "下下个" is tried before "下"); spaces match any run of spaces."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"
