"""English date expressions: rules (regex + resolver) built from the tables in `vocab.py`.

Patterns are compiled with re.ASCII so word boundaries still hold when English sits right next to
Chinese ("Q3开始实施").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from analyzer.dates import calendar as cal
from analyzer.dates.core import Due, Rule, alt, point, span
from analyzer.dates.durations import shift
from analyzer.dates.numerals import en_int
from analyzer.dates.vocab import (
    EN_DAYS, EN_EOD, EN_FEW, EN_MONTH_PARTS, EN_MONTHS, EN_NUMBERS, EN_ORDINAL_WORDS, EN_UNITS,
    EN_WEEK_PARTS, EN_WEEK_PREFIX, EN_WEEKDAYS, FEW, HOLIDAYS,
)

_FLAGS = re.ASCII | re.IGNORECASE
_FULL_NAMES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
               "february", "march", "april", "june", "july", "august", "september", "october",
               "november", "december"}

# ---------------------------------------------------------------- pattern pieces
EOD = alt(EN_EOD)
WEEKDAY = r"\b(?P<wd>" + alt(EN_WEEKDAYS) + r")\b"
LEAD_WEEKDAY = r"(?:\b" + alt(EN_WEEKDAYS) + r",?\s+)?"  # "Tuesday, March 24th": the date decides
MONTH = r"\b(?P<m>" + alt(EN_MONTHS) + r")\b"
ORDINAL_WORDS = alt(w for w in EN_ORDINAL_WORDS if w != "last")
DAY = r"(?P<d>\d{1,2}(?:st|nd|rd|th)?|" + ORDINAL_WORDS + r")"
YEAR = r"(?:,?\s+(?P<y>\d{4}))?"
CLOCK = r"(?:\d{1,2}(?::\d{2})?(?:\s*(?:[ap]\.?m\b\.?|o'?clock))?|noon|midday|lunch(?:time)?)"
# What may follow a day without changing it: a part of the day, EOD, a clock time.
TAIL = (r"(?:\s+(?:in\s+the\s+)?(?:morning|afternoon|evening|night|noon|" + EOD + r")\b)?"
        r"(?:\s*,?\s*(?:at|@|around|by|before|from)\s+" + CLOCK + r"|\s+\d{1,2}(?::\d{2})?\s*[ap]\.?m\b\.?)?")
# What may precede a day without changing it: "first thing Monday", "EOD tomorrow", "end of day Friday".
HEAD = r"(?:\b(?:first\s+thing|" + EOD + r")(?:\s+on)?\s+)?"
PART = r"(?P<part>early|mid|late|(?:the\s+)?(?:beginning|start|middle|end)\s+of(?:\s+the)?)"
# Ordinals that are not days of the month: "the 3rd party", "the 5th floor".
NOT_A_DAY = (r"(?![\s-]*(?:part(?:y|ies)|floor|times?|versions?|gen\w*|place|quarter|year|round|edition"
             r"|anniversary|percentile|grade|century|attempt|step|item|row|line|page|option|call|meeting"
             r"|iteration|release|phase|stage|person|one|largest|biggest)\b)")
# A month name alone is a date only after one of these ("in April", "by June"), not in "April said"; the
# preposition is part of the mention so that `resolve(mention.text)` sees the same context.
CONTEXT_PREP = r"(?:in|by|until|till|before|during|through|after|since)\s+"
NUMBER = r"(?P<n>\d{1,4}|half\s+an?|" + alt(list(EN_NUMBERS) + list(EN_FEW)) + ")"
UNIT = r"(?P<u>" + alt(EN_UNITS) + r")\b"


def _g(m: re.Match, *names: str) -> str | None:
    """The first named group that matched (rules spell one thing several ways)."""
    groups = m.groupdict()
    return next((groups[n] for n in names if groups.get(n) is not None), None)


def _words(text: str | None) -> str:
    return " ".join((text or "").lower().split())


def _lookup(word: str, table: dict) -> int | None:
    """Abbreviations ("Wed", "Mar") and "May" count only when capitalised: "we may", "the sun"."""
    key = word.lower().rstrip(".")
    if key not in table or not (key in _FULL_NAMES or word[0].isupper()):
        return None
    return table[key]


def _day_number(text: str) -> int:
    text = text.lower()
    return EN_ORDINAL_WORDS[text] if text in EN_ORDINAL_WORDS else int(re.sub(r"\D", "", text))


def _part(m: re.Match) -> str | None:
    """"early" / "mid" / "the end of the" → the key of EN_MONTH_PARTS / EN_WEEK_PARTS."""
    words = _words(_g(m, "part")).replace("the ", "").replace(" of", "").split()
    return words[0] if words else None


def _clip(due: Due | None, meeting: date) -> Due | None:
    """A range in the current period starts no earlier than the meeting ("this week" said on Thursday)."""
    if due is None or due.end is None or due.end < meeting or due.start >= meeting:
        return due
    return span(meeting, due.end)


def _not_over(make, year: int, meeting: date) -> Due | None:
    """A named month or quarter that is already over this year means next year's."""
    due = make(year)
    if due is not None and (due.end or due.start) < meeting:
        due = make(year + 1)
    return due


# ---------------------------------------------------------------- resolvers
def _relative_day(m, meeting):
    return point(meeting + timedelta(days=EN_DAYS[_words(m.group("rd"))]))


def _weekday(m, meeting):
    weekday = _lookup(m.group("wd"), EN_WEEKDAYS)
    if weekday is None:
        return None
    weeks = EN_WEEK_PREFIX.get(_words(m.group("pre")))
    if m.group("wk"):
        weeks = 0 if m.group("wk").lower() == "this" else 1
    if weeks is None:
        return point(cal.next_weekday(meeting, weekday))
    return point(cal.weekday_of_week(meeting, weekday, weeks))


def _month_day(m, meeting):
    month, day = _lookup(m.group("m"), EN_MONTHS), _day_number(m.group("d"))
    if month is None or day < 1:
        return None
    if m.group("y"):
        return point(cal.safe_date(int(m.group("y")), month, day))
    return point(cal.next_month_day(meeting, month, day))


def _day_of_relative_month(m, meeting):
    day = _day_number(m.group("d"))
    if _words(m.group("rel")) in ("next", "the following"):
        year, month = cal.shift_month(meeting.year, meeting.month, 1)
        return point(cal.month_span(year, month)[1] if day == -1 else cal.safe_date(year, month, day))
    if day == -1:
        return point(cal.month_span(meeting.year, meeting.month)[1])
    return point(cal.next_day_of_month(meeting, day))


def _ordinal_day(m, meeting):
    return point(cal.next_day_of_month(meeting, _day_number(m.group("d"))))


def _month_part(year: int, month: int, part: str | None) -> Due | None:
    first, last = EN_MONTH_PARTS[part] if part else (1, -1)
    return span(*cal.month_span(year, month, first, last))


def _named_month(m, meeting):
    month = _lookup(m.group("m"), EN_MONTHS)
    if month is None:
        return None
    part = _part(m)
    if m.group("y"):
        return _month_part(int(m.group("y")), month, part)
    return _not_over(lambda y: _month_part(y, month, part), meeting.year, meeting)


def _relative_month(m, meeting):
    if m.group("eom") is not None:
        return point(cal.month_span(meeting.year, meeting.month)[1])
    rel, part = _words(m.group("rel")), _part(m)
    if rel == "the" and part is None:
        return None  # "the month" alone says nothing
    months = {"next": 1, "the following": 1, "last": -1}.get(rel, 0)
    year, month = cal.shift_month(meeting.year, meeting.month, months)
    due = _month_part(year, month, part)
    return _clip(due, meeting) if months == 0 else due


def _relative_week(m, meeting):
    if m.group("eow") is not None:
        return point(cal.weekday_of_week(meeting, 4, 0))
    rel, part = _words(_g(m, "rel", "rel2")), _part(m)
    if rel == "the" and part is None:
        return None
    weeks = 2 if "after next" in rel else {"next": 1, "the following": 1, "following": 1, "last": -1}.get(rel, 0)
    if part is None:
        monday = cal.week_monday(meeting, weeks)
        due = span(monday, monday + timedelta(days=6))
        return _clip(due, meeting) if weeks == 0 else due
    first, last = EN_WEEK_PARTS[part]
    return span(cal.weekday_of_week(meeting, first, weeks), cal.weekday_of_week(meeting, last, weeks))


def _weekend(m, meeting):
    next_one = _words(m.group("rel")) == "next"
    saturday = cal.weekday_of_week(meeting, 5, 1 if next_one else 0)
    if not next_one and saturday + timedelta(days=1) < meeting:
        saturday += timedelta(weeks=1)
    return span(saturday, saturday + timedelta(days=1))


def _quarter_part(year: int, quarter: int, part: str | None) -> Due | None:
    start, end = cal.quarter_span(year, quarter)
    if part == "end":
        return point(end)
    if part in ("early", "beginning", "start"):
        return span(start, cal.month_span(start.year, start.month)[1])
    if part == "late":
        return span(cal.month_span(end.year, end.month)[0], end)
    return span(start, end)


_QUARTER_WORDS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def _quarter(m, meeting):
    if m.group("qend") is not None:
        return point(cal.quarter_span(meeting.year, cal.quarter_of(meeting))[1])
    part = _part(m)
    if m.group("rel"):
        rel = m.group("rel").lower()
        if rel == "the" and part is None:
            return None
        year, quarter = cal.shift_quarter(meeting.year, cal.quarter_of(meeting), {"next": 1, "last": -1}.get(rel, 0))
        return _quarter_part(year, quarter, part)
    quarter = int(m.group("q")) if m.group("q") else _QUARTER_WORDS[m.group("qw").lower()]
    if m.group("y"):
        year = int(m.group("y")) + (2000 if len(m.group("y")) == 2 else 0)
        return _quarter_part(year, quarter, part)
    return _not_over(lambda y: _quarter_part(y, quarter, part), meeting.year, meeting)


def _year(m, meeting):
    if m.group("ye") is not None:
        return point(date(meeting.year, 12, 31))
    rel, part = _words(m.group("rel")), _part(m)
    if m.group("y"):
        if part is None and not re.match(CONTEXT_PREP, m.group(0), _FLAGS):
            return None
        year = int(m.group("y"))
    elif rel == "the" and part is None:
        return None
    else:
        year = meeting.year + {"next": 1, "last": -1}.get(rel, 0)
    if part == "end":
        return point(date(year, 12, 31))
    first, last = {"early": (1, 3), "beginning": (1, 3), "start": (1, 3), "mid": (6, 7), "middle": (6, 7),
                   "late": (10, 12)}.get(part, (1, 12))
    due = span(date(year, first, 1), cal.month_span(year, last)[1])
    return _clip(due, meeting) if year == meeting.year and part is None else due


def _half(m, meeting):
    first = (m.group("h") or "") == "1" or (m.group("h2") or "").lower() == "first"
    explicit = _g(m, "y", "y2")
    year = int(explicit) if explicit else meeting.year + (1 if m.group("rel") else 0)

    def make(y):
        return span(date(y, 1, 1), date(y, 6, 30)) if first else span(date(y, 7, 1), date(y, 12, 31))

    return make(year) if explicit or m.group("rel") else _not_over(make, year, meeting)


def _duration(m, meeting):
    unit = _words(_g(m, "u", "u2", "u3"))
    kind, per = EN_UNITS[unit]
    number = _words(_g(m, "n", "n2"))
    if not number:
        low = high = 1  # "the next week" = seven days from now
    elif number.startswith("half"):
        low = high = 0.5
    elif number in EN_FEW:
        low, high = FEW
    else:
        low = high = en_int(number)
    return shift(meeting, kind, low * per, high * per, country="US")


def _holiday(m, meeting):
    country, name = HOLIDAYS[_words(m.group("hol")).replace("’", "'")]
    return point(cal.next_holiday(meeting, country, name))


# ---------------------------------------------------------------- rules
def _rule(name: str, pattern: str, handler, day: bool = False) -> Rule:
    """`day` rules name one day, so a HEAD ("EOD") and a TAIL ("at 3pm") may surround them."""
    return Rule(name, re.compile(HEAD + pattern + TAIL if day else pattern, _FLAGS), handler)


RULES = [
    _rule("en.relative_day", r"\b(?P<rd>" + alt(EN_DAYS) + r")\b", _relative_day, day=True),
    _rule("en.eod", r"(?<!at )(?<!at the )\b(?:the\s+)?" + EOD + r"\b(?:\s+today)?", lambda m, d: point(d)),
    _rule("en.weekday", r"(?:\b(?P<pre>" + alt(EN_WEEK_PREFIX) + r")\s+)?" + WEEKDAY
          + r"(?:\s+(?:of\s+)?(?P<wk>this|next|the\s+following)\s+week\b)?", _weekday, day=True),
    _rule("en.month_day", LEAD_WEEKDAY + r"(?:the\s+)?" + MONTH + r"\s+(?:the\s+)?" + DAY + r"\b" + YEAR,
          _month_day, day=True),
    _rule("en.day_month", LEAD_WEEKDAY + r"\b(?:the\s+)?" + DAY + r"(?:\s+of)?\s+" + MONTH + YEAR,
          _month_day, day=True),
    _rule("en.day_of_relative_month", r"\b(?:the\s+)?(?P<d>\d{1,2}(?:st|nd|rd|th)|" + alt(EN_ORDINAL_WORDS)
          + r")(?:\s+day)?\s+of\s+(?P<rel>this|next|the\s+following|the)\s+month\b",
          _day_of_relative_month, day=True),
    _rule("en.ordinal_day", LEAD_WEEKDAY + r"\b(?:the\s+)?(?P<d>\d{1,2}(?:st|nd|rd|th))\b" + NOT_A_DAY,
          _ordinal_day, day=True),
    _rule("en.named_month", r"(?:\b" + PART + r"[\s-]*|\b" + CONTEXT_PREP + r")" + MONTH
          + r"(?:,?\s+(?P<y>\d{4}))?(?!\s*\d)", _named_month),
    _rule("en.relative_month", r"\b(?:" + PART + r"[\s-]*)?(?P<rel>this|next|the\s+following|last|the)\s+month\b"
          r"|\b(?P<eom>month[\s-]end|eom)\b", _relative_month),
    _rule("en.relative_week", r"\b(?:" + PART + r"[\s-]*)?(?P<rel>this|next|the\s+following|following|last|the)"
          r"\s+week\b(?!\s+after)|\b(?P<rel2>(?:the\s+)?week\s+after\s+next)\b|\b(?P<eow>eow)\b", _relative_week),
    _rule("en.weekend", r"\b(?:(?P<rel>this|next|the|over\s+the)\s+)?weekend\b", _weekend),
    _rule("en.quarter", r"\b(?:" + PART + r"\s*)?(?:Q(?P<q>[1-4])(?:\s*(?:'|FY)?(?P<y>20\d{2}|\d{2})\b)?"
          r"|(?P<qw>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter|(?P<rel>this|next|last|the)\s+quarter)"
          r"(?![0-9])|\b(?P<qend>quarter[\s-]end|eoq)\b", _quarter),
    _rule("en.year", r"\b(?:" + PART + r"\s*)?(?:(?P<rel>this|next|last|the)\s+year\b|"
          r"(?:\b" + CONTEXT_PREP + r")?(?P<y>20\d{2})\b(?!\s*[-/.]\d))"
          r"|\b(?P<ye>year[\s-]end|eoy)\b", _year),
    _rule("en.half", r"\b(?:H(?P<h>[12])(?:\s+(?P<y>20\d{2}))?|the\s+(?P<h2>first|second)\s+half\s+of\s+"
          r"(?:(?P<rel>next)\s+year|the\s+year|this\s+year|(?P<y2>20\d{2})))\b", _half),
    _rule("en.duration",
          r"\b(?:(?:in|within|after|inside(?:\s+of)?|(?:(?:in|within|over|during|for)\s+)?the\s+next)\s+"
          + NUMBER + r"\s+" + UNIT + r"(?:'s|s'|')?(?:\s+time\b)?"
          r"|" + NUMBER.replace("<n>", "<n2>") + r"\s+" + UNIT.replace("<u>", "<u2>")
          + r"\s+(?:later|from\s+now|from\s+today|out)\b"
          r"|(?:(?:in|within|over|during|for)\s+)?the\s+next\s+(?P<u3>week|month|year|day)\b)", _duration),
    _rule("en.holiday", r"\b(?P<hol>" + alt(k for k in HOLIDAYS if k.isascii()).replace("'", "['’]") + r")\b",
          _holiday),
]
