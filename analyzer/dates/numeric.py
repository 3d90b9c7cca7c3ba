"""Language-neutral numeric dates: 2026-04-01, 2026/4/1, 6/30, 6/30/2026.

Slash dates are read month-first (6/30), as both our US and Chinese users write them; a day-first reading
is not guessed, so "24/7" and "30/6" stay non-dates. Dotted pairs ("2.5") are never dates: they are
version numbers far more often.
"""

from __future__ import annotations

import re
from functools import lru_cache

from analyzer.dates import calendar as cal
from analyzer.dates.core import Rule, guard_scan, keys, point


def _iso(m, meeting):
    return point(cal.safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d"))))


def _slash(m, meeting):
    month, day, year = int(m.group("m")), int(m.group("d")), m.group("y")
    if year:
        return point(cal.safe_date(int(year) + (2000 if len(year) == 2 else 0), month, day))
    return point(cal.next_month_day(meeting, month, day))


def _compile(pattern: str) -> re.Pattern:
    return re.compile(guard_scan(pattern, re.ASCII), re.ASCII)


@lru_cache(maxsize=None)
def rules() -> list[Rule]:
    """The rules, compiled on first use: compiling them takes a noticeable part of a second."""
    return [
        Rule("num.iso", _compile(r"(?<![\d./-])(?P<y>(?:19|20)\d{2})([-/.])(?P<m>\d{1,2})\2(?P<d>\d{1,2})"
                                 r"(?![\d.]*\d)"), _iso, keys("-/.")),
        Rule("num.slash", _compile(r"(?<![\d./:-])(?P<m>\d{1,2})/(?P<d>\d{1,2})(?:/(?P<y>\d{4}|\d{2}))?"
                                   r"(?![\d/%]|\.\d|\s*of\b)"), _slash, keys("/")),
    ]
