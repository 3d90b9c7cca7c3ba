"""English date expressions: rules (regex + resolver) built from the tables in `vocab.py`.

Patterns are compiled with re.ASCII so word boundaries still hold when English sits right next to
Chinese ("Q3开始实施").
"""

from __future__ import annotations

import re
from functools import lru_cache
from datetime import date, timedelta

from analyzer.dates import calendar as cal
from analyzer.dates.core import Due, Rule, alt, clip, keys, make_rule, not_over, point, span
from analyzer.dates.durations import shift
from analyzer.dates.numerals import en_int
from analyzer.dates.vocab import (
    EN_DAYS, EN_DIGIT_WORDS, EN_MONTH_OCCASIONS, EN_EOD, EN_FEW, EN_MONTH_PARTS, EN_MONTHS, EN_NUMBERS, EN_ORDINAL_WORDS, EN_TENS, EN_UNITS,
    EN_WEEK_PARTS, EN_WEEK_PREFIX, EN_WEEKDAYS, FEW, HOLIDAYS,
)

# Rules match the lower-cased text (see Rule.lower), so every literal below is lower case.
_FLAGS = re.ASCII
_FULL_NAMES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
               "february", "march", "april", "june", "july", "august", "september", "october",
               "november", "december"}

# ---------------------------------------------------------------- pattern pieces
EOD = alt(EN_EOD)
WEEKDAY = r"\b(?P<wd>" + alt(EN_WEEKDAYS) + r")\b"
MONTH = r"\b(?P<m>" + alt(EN_MONTHS) + r")\b"
ORDINAL_WORDS = alt(w for w in EN_ORDINAL_WORDS if w != "last")
DAY = r"(?P<d>\d{1,2}(?:st|nd|rd|th)?|" + ORDINAL_WORDS + r")"
YEAR = r"(?:,?\s+(?P<y>\d{4}))?"
CLOCK = r"(?:\d{1,2}(?::\d{2})?(?:\s*(?:[ap]\.?m\b\.?|o'?clock))?|noon|midday|lunch(?:time)?)"
# What may follow a day without changing it: a part of the day, EOD, a clock time.
TAIL = (r"(?:\s+(?:in\s+the\s+)?(?:morning|afternoon|evening|night|noon|" + EOD + r")\b)?"
        r"(?:\s*,?\s*(?:at|@|around|by|before|from)\s+" + CLOCK + r"|\s+\d{1,2}(?::\d{2})?\s*[ap]\.?m\b\.?)?")
# What may precede a day without changing it: "first thing Monday", "EOD tomorrow", "end of day Friday";
# before a date also its weekday ("Tuesday, March 24th": the date decides).
HEAD = r"(?:\b(?:first\s+thing|" + EOD + r")(?:\s+on)?\s+)?"
LEAD_WEEKDAY = r"(?:\b" + alt(EN_WEEKDAYS) + r",?\s+)?"
# Hyphenated as an adjective too: "our end-of-Q3 review", "an end-of-month report".
PART = r"(?P<part>early|mid|late|(?:the[\s-]+)?(?:beginning|start|middle|end)[\s-]+of(?:[\s-]+the)?)"
# Ordinals that are not days of the month: "the 3rd party", "the 5th floor".
NOT_A_DAY = (r"(?![\s-]*(?:part(?:y|ies)|floor|times?|versions?|gen\w*|place|quarter|year|round|edition"
             r"|anniversary|percentile|grade|century|attempt|step|item|row|line|page|option|call|meeting"
             r"|iteration|release|phase|stage|person|one|largest|biggest)\b)")
# After a spelled-out day: the end of the phrase, a clock time or a verb ("the sixteenth works"), not a noun
# ("the fifth floor" is also kept out by NOT_A_DAY).
ORDINAL_WORD_END = (r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:at|around|from|then|works?|is|would|could|should|suits?|"
                    r"in\s+the\s+(?:morning|afternoon|evening)|morning|afternoon|evening|if|please|or|and\s+the)\b)")
# A month name alone is a date only after one of these ("in April", "by June"), not in "April said"; the
# preposition is part of the mention so that `resolve(mention.text)` sees the same context.
CONTEXT_PREPOSITIONS = ("in", "by", "until", "till", "before", "during", "through", "after", "since")
CONTEXT_PREP = r"(?:" + "|".join(CONTEXT_PREPOSITIONS) + r")\s+"
NUMBER = (r"(?P<n>\d{1,4}|half\s+an?|" + alt(EN_TENS) + r"(?:[\s-]+" + alt(EN_DIGIT_WORDS) + r")?|"
          + alt(list(EN_NUMBERS) + list(EN_FEW)) + ")")
UNIT = r"(?P<u>" + alt(EN_UNITS) + r")\b"


def _g(m: re.Match, *names: str) -> str | None:
    """The first named group that matched (rules spell one thing several ways)."""
    groups = m.groupdict()
    return next((groups[n] for n in names if groups.get(n) is not None), None)


def _words(text: str | None) -> str:
    return " ".join((text or "").lower().split())


def _lookup(word: str, table: dict) -> int | None:
    return table.get(word.lower())


def _capitalised(m: re.Match, text: str) -> bool:
    """Abbreviations ("Wed", "Mar") and "May" count only when capitalised: "we may", "the wed"."""
    for group in ("wd", "m"):
        if group in m.re.groupindex and m.group(group) is not None:
            word = text[m.start(group):m.end(group)]
            if word.lower() not in _FULL_NAMES and not word[0].isupper():
                return False
    return True


def _day_number(text: str) -> int:
    text = re.sub(r"\s+", " ", text.lower())
    return EN_ORDINAL_WORDS[text] if text in EN_ORDINAL_WORDS else int(re.sub(r"\D", "", text))


def _part(m: re.Match) -> str | None:
    """"early" / "mid" / "the end of the" → the key of EN_MONTH_PARTS / EN_WEEK_PARTS."""
    words = _words((_g(m, "part") or "").replace("-", " ")).replace("the ", "").replace(" of", "").split()
    return words[0] if words else None


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


def bare_weekday(m) -> bool:
    """Whether an `en.weekday` match is a weekday alone, naming no week of its own."""
    return m.group("pre") is None and m.group("wk") is None


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


def _ordinal_word_day(m, meeting):
    return point(cal.next_day_of_month(meeting, _day_number(_g(m, "d", "d2"))))


def _week_of_day(m, meeting):
    """"The week of the 20th": Monday to Sunday of the week holding the next 20th."""
    day = cal.next_day_of_month(meeting, _day_number(m.group("d")))
    if day is None:
        return None
    monday = cal.week_monday(day)
    return span(monday, monday + timedelta(days=6))


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
    return not_over(lambda y: _month_part(y, month, part), meeting.year, meeting)


def _month_of_event(m, meeting):
    """"the July board agenda", "our January cabinet paper": the month of the occasion named after it."""
    month = _lookup(m.group("m"), EN_MONTHS)
    if month is None:
        return None
    return not_over(lambda y: _month_part(y, month, None), meeting.year, meeting)


def _relative_month(m, meeting):
    if m.group("eom") is not None:
        return point(cal.month_span(meeting.year, meeting.month)[1])
    rel, part = _words(m.group("rel")), _part(m)
    if rel in ("the", "") and part is None:
        return None  # "the month", "a month" alone say nothing
    months = {"next": 1, "the following": 1, "last": -1}.get(rel, 0)
    year, month = cal.shift_month(meeting.year, meeting.month, months)
    due = _month_part(year, month, part)
    return clip(due, meeting) if months == 0 else due


def _relative_week(m, meeting):
    if m.group("eow") is not None:
        return point(cal.weekday_of_week(meeting, 4, 0))
    rel, part = _words(_g(m, "rel", "rel2")), _part(m)
    if rel in ("the", "") and part is None:
        return None
    weeks = 2 if "after next" in rel else {"next": 1, "the following": 1, "following": 1, "last": -1}.get(rel, 0)
    if part is None and weeks == 0:
        return point(cal.this_week_deadline(meeting))  # "this week" is a deadline: its Friday (rule 3.7)
    if part is None:
        monday = cal.week_monday(meeting, weeks)
        return span(monday, monday + timedelta(days=6))
    first, last = EN_WEEK_PARTS[part]
    return span(cal.weekday_of_week(meeting, first, weeks), cal.weekday_of_week(meeting, last, weeks))


_WEEK_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
                  "last": -1}


def _week_of_month(m, meeting):
    ordinal = _WEEK_ORDINALS[m.group("ord")]
    if m.group("rel"):
        year, month = cal.shift_month(meeting.year, meeting.month, 0 if m.group("rel") == "this" else 1)
        return span(*cal.week_of_month(year, month, ordinal))
    month = _lookup(m.group("m"), EN_MONTHS)
    return not_over(lambda y: span(*cal.week_of_month(y, month, ordinal)), meeting.year, meeting)


def _nth_weekday(m, meeting):
    """"The second Tuesday in September", "the first Monday of next month": that day of the month named."""
    ordinal, weekday = _WEEK_ORDINALS[m.group("ord")], _lookup(m.group("wd"), EN_WEEKDAYS)
    if m.group("rel"):
        year, month = cal.shift_month(meeting.year, meeting.month, 0 if m.group("rel") == "this" else 1)
        return point(cal.nth_weekday(year, month, weekday, ordinal))
    month = _lookup(m.group("m"), EN_MONTHS)
    return not_over(lambda y: point(cal.nth_weekday(y, month, weekday, ordinal)), meeting.year, meeting)


def _weekday_after_next(m, meeting):
    """"The Friday after next": that day two weeks on."""
    return point(cal.weekday_of_week(meeting, _lookup(m.group("wd"), EN_WEEKDAYS), 2))


def _week_of(m, meeting):
    """"The week of May 4th": Monday to Sunday of that date's week."""
    day = _month_day(m, meeting)
    if day is None:
        return None
    monday = cal.week_monday(day.start)
    return span(monday, monday + timedelta(days=6))


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
    if not (m.group("q") or m.group("qw")):
        rel = _words(m.group("rel"))
        if rel in ("the", "") and part is None:
            return None
        year, quarter = cal.shift_quarter(meeting.year, cal.quarter_of(meeting), {"next": 1, "last": -1}.get(rel, 0))
        return _quarter_part(year, quarter, part)
    quarter = int(m.group("q")) if m.group("q") else _QUARTER_WORDS[m.group("qw").lower()]
    if m.group("y"):
        year = int(m.group("y")) + (2000 if len(m.group("y")) == 2 else 0)
        return _quarter_part(year, quarter, part)
    return not_over(lambda y: _quarter_part(y, quarter, part), meeting.year, meeting)


def _year(m, meeting):
    if m.group("ye") is not None:
        return point(date(meeting.year, 12, 31))
    rel, part = _words(m.group("rel")), _part(m)
    if m.group("y"):
        if part is None and not re.match(CONTEXT_PREP, m.group(0).lower(), _FLAGS):
            return None
        year = int(m.group("y"))
    elif rel in ("the", "") and part is None:
        return None
    else:
        year = meeting.year + {"next": 1, "last": -1}.get(rel, 0)
    if part == "end":
        return point(date(year, 12, 31))
    first, last = {"early": (1, 3), "beginning": (1, 3), "start": (1, 3), "mid": (6, 7), "middle": (6, 7),
                   "late": (10, 12)}.get(part, (1, 12))
    due = span(date(year, first, 1), cal.month_span(year, last)[1])
    return clip(due, meeting) if year == meeting.year and part is None else due


def _half(m, meeting):
    first = (m.group("h") or "") == "1" or (m.group("h2") or "").lower() == "first"
    explicit = _g(m, "y", "y2")
    year = int(explicit) if explicit else meeting.year + (1 if m.group("rel") else 0)

    def make(y):
        return span(date(y, 1, 1), date(y, 6, 30)) if first else span(date(y, 7, 1), date(y, 12, 31))

    return make(year) if explicit or m.group("rel") else not_over(make, year, meeting)


def _duration(m, meeting):
    unit = _words(m.group("u"))
    kind, per = EN_UNITS[unit]
    number = _words(m.group("n")) if "n" in m.re.groupindex else ""
    if number and not (m.group("pre") or m.group("post")):
        return None  # "3 days" alone is a length of time, not a date
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
    return point(cal.next_holiday(meeting, *HOLIDAYS[_words(m.group("hol")).replace("’", "'")]))


def _around_holiday(m, meeting):
    """"the Monday after Thanksgiving", "the Friday before Christmas", "the day after Labor Day": that day,
    counted from the holiday's own date (the next one after the meeting)."""
    hol = cal.next_holiday(meeting, *HOLIDAYS[_words(m.group("hol")).replace("’", "'")])
    if hol is None:
        return None
    step = 1 if m.group("ba") == "after" else -1
    if m.group("wd") is None:  # "the day after/before"
        return point(hol + timedelta(days=step))
    target = _lookup(m.group("wd"), EN_WEEKDAYS)
    day = hol + timedelta(days=step)
    while day.weekday() != target:
        day += timedelta(days=step)
    return point(day) if day >= meeting else None


# ---------------------------------------------------------------- rules
def _rule(name: str, core: str, handler, keys, left: str = "", day: bool = False) -> Rule:
    """`day` rules name one day, so "EOD"/"first thing" may precede them and a TAIL ("at 3pm") follow."""
    if day:
        core, left = core + TAIL, HEAD + left
    return make_rule(name, core, handler, keys, left=left, flags=_FLAGS, lower=True, check=_capitalised)


_TOKEN = re.compile(r"[a-z]+\d*|\d+[a-z]*", re.ASCII)


def features(lowered: str) -> set[str]:
    """What Rule.keys are looked up in: each word, its first two and three letters ("q2fy26" → "q2"),
    "#" for a number and "#th" for an ordinal ("24th")."""
    found = set()
    for token in _TOKEN.findall(lowered):
        if token[0].isdigit():
            found.add("#th" if token.endswith(("st", "nd", "rd", "th")) else "#")
        else:
            found.update((token, token[:3], token[:2]))
    return found


# Every match of a rule has one feature of each of its key groups.
_WEEKDAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_MONTH_KEYS = {name[:3] for name in EN_MONTHS}
_DAY_KEYS = {"#", "#th"} | set(EN_ORDINAL_WORDS)
# The words a spelled-out day is found by: the last word of each ordinal ("twenty-sixth" → "sixth").
_ORDINAL_KEYS = {w.replace("-", " ").split()[-1] for w in EN_ORDINAL_WORDS if w != "last"}
_UNIT_KEYS = {word for unit in EN_UNITS for word in unit.split()} - {"business", "working", "work"}


_PREPOSITION = r"\b(?P<pre>in|within|after|inside(?:\s+of)?|(?:(?:in|within|over|during|for)\s+)?the\s+next)\s+"

@lru_cache(maxsize=None)
def rules() -> list[Rule]:
    """The rules, compiled on first use: compiling them takes a noticeable part of a second."""
    return [
        _rule("en.relative_day", r"\b(?P<rd>" + alt(EN_DAYS) + r")\b", _relative_day,
              keys(("today", "tonight", "tomorrow", "tmr", "tmrw", "yesterday", "morning", "afternoon", "evening",
                    "now", "away", "immediately")), day=True),
        _rule("en.eod", r"(?<!at )(?<!at the )\b" + EOD + r"\b(?:\s+today)?", lambda m, d: point(d),
              keys(("eod", "cob", "eob", "end", "close")), left=r"(?:\bthe\s+)?"),
        _rule("en.weekday", WEEKDAY + r"(?:\s+(?:of\s+)?(?P<wk>this|next|the\s+following)\s+week\b)?", _weekday,
              keys(_WEEKDAY_KEYS), left=r"(?:\b(?P<pre>" + alt(EN_WEEK_PREFIX) + r")\s+)?", day=True),
        _rule("en.month_day", MONTH + r"\s+(?:the\s+)?" + DAY + r"\b" + YEAR, _month_day,
              keys(_MONTH_KEYS, _DAY_KEYS), left=LEAD_WEEKDAY + r"(?:\bthe\s+)?", day=True),
        _rule("en.day_month", r"\b" + DAY + r"(?:\s+of)?\s+" + MONTH + YEAR, _month_day,
              keys(_MONTH_KEYS, _DAY_KEYS), left=LEAD_WEEKDAY + r"(?:\bthe\s+)?", day=True),
        _rule("en.day_of_relative_month", r"\b(?P<d>\d{1,2}(?:st|nd|rd|th)|" + alt(EN_ORDINAL_WORDS)
              + r")(?:\s+day)?\s+of\s+(?P<rel>this|next|the\s+following|the)\s+month\b", _day_of_relative_month,
              keys(("month",), _DAY_KEYS), left=r"(?:\bthe\s+)?", day=True),
        _rule("en.ordinal_day", r"\b(?P<d>\d{1,2}(?:st|nd|rd|th))\b" + NOT_A_DAY, _ordinal_day, keys(("#th",)),
              left=LEAD_WEEKDAY + r"(?:\bthe\s+)?", day=True),
        # Spelled out ("on the twenty-sixth", "Monday the sixteenth", "Go on then, the sixteenth."): "the" and
        # nothing but an end, a clock time or a verb after it; first/second/third also need a preposition
        # before them ("by the first"), since "the second is cheaper" names no day.
        _rule("en.ordinal_word_day", r"(?:\b(?:on|by|before|until|till|from|after|starting)\s+the\s+(?P<d>"
              + alt(w for w in EN_ORDINAL_WORDS if w != "last") + r")|\bthe\s+(?P<d2>"
              + alt(w for w in EN_ORDINAL_WORDS if w not in ("last", "first", "second", "third")) + r"))\b"
              + NOT_A_DAY + ORDINAL_WORD_END, _ordinal_word_day, keys(_ORDINAL_KEYS), left=LEAD_WEEKDAY, day=True),
        # "Friday the first", "Monday the second": after a weekday, first/second/third are days of the month too.
        _rule("en.weekday_low_ordinal", r"\b" + alt(EN_WEEKDAYS) + r",?\s+the\s+(?P<d>first|second|third)\b"
              + NOT_A_DAY + ORDINAL_WORD_END, _ordinal_day, keys(_WEEKDAY_KEYS, ("first", "second", "third")),
              day=True),
        # A weekday before it makes any spelled-out day a date, whatever follows ("make it Wednesday the twenty-ninth
        # and you've got a deal", "Friday the first, let's go through it").
        _rule("en.weekday_ordinal_word", r"\b" + alt(EN_WEEKDAYS) + r",?\s+the\s+(?P<d>"
              + alt(w for w in EN_ORDINAL_WORDS if w != "last") + r")\b" + NOT_A_DAY, _ordinal_word_day,
              keys(_ORDINAL_KEYS), day=True),
        _rule("en.week_of_day", r"\bweek\s+of\s+the\s+(?P<d>\d{1,2}(?:st|nd|rd|th)|"
              + alt(w for w in EN_ORDINAL_WORDS if w != "last") + r")\b" + NOT_A_DAY, _week_of_day,
              keys(("week",), _DAY_KEYS), left=r"(?:\bthe\s+)?"),
        # A month name alone needs a part or a preposition before it ("mid-April", "in April", not "April said").
        _rule("en.named_month", MONTH + r"(?:,?\s+(?P<y>\d{4}))?(?!\s*\d)", _named_month, keys(_MONTH_KEYS),
              left=r"\b" + PART + r"[\s-]*|\b" + CONTEXT_PREP),
        # A month naming an occasion ("put it on the July board agenda", "in the January cabinet paper"): the action
        # done for that occasion is dated by its month. Not a month naming a period's numbers ("the March figures").
        _rule("en.month_of_event", MONTH + r"\s+(?:" + alt(EN_MONTH_OCCASIONS) + r")\b", _month_of_event,
              keys(_MONTH_KEYS), left=r"\b(?:the|our|their|your|its|his|her)\s+"),
        # Longer alternatives first: a scan match that does not resolve is not retried with another one.
        _rule("en.relative_month", r"\b(?P<eom>month[\s-]end|eom)\b"
              r"|\b(?:(?P<rel>this|next|the\s+following|last|the)\s+)?month\b", _relative_month, keys(("month", "eom")),
              left=r"(?:\b" + PART + r"[\s-]*)?"),
        _rule("en.relative_week", r"\b(?:(?P<rel>this|next|the\s+following|following|last|the)\s+)?week\b(?!\s+after)"
              r"|\b(?P<rel2>(?:the\s+)?week\s+after\s+next)\b|\b(?P<eow>eow)\b", _relative_week,
              keys(("week", "eow")), left=r"(?:\b" + PART + r"[\s-]*)?"),
        _rule("en.week_of_month", r"\b(?P<ord>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+week\s+of\s+"
              r"(?:(?P<rel>this|next|the\s+following)\s+month\b|" + MONTH + r")", _week_of_month,
              keys(("week",), ("first", "second", "third", "fourth", "last", "#th")), left=r"(?:\bthe\s+)?"),
        _rule("en.nth_weekday", r"\b(?P<ord>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+" + WEEKDAY
              + r"\s+(?:in|of)\s+(?:(?P<rel>this|next)\s+month\b|" + MONTH + r")", _nth_weekday,
              keys(("first", "second", "third", "fourth", "last", "#th"), _WEEKDAY_KEYS), left=r"(?:\bthe\s+)?",
              day=True),
        _rule("en.weekday_after_next", WEEKDAY + r"\s+after\s+next\b(?!\s+week)", _weekday_after_next,
              keys(_WEEKDAY_KEYS, ("after",)), left=r"(?:\bthe\s+)?", day=True),
        _rule("en.week_of", r"\bweek\s+of\s+" + MONTH + r"\s+(?:the\s+)?" + DAY + r"\b" + YEAR, _week_of,
              keys(("week",), _MONTH_KEYS), left=r"(?:\bthe\s+)?"),
        _rule("en.weekend", r"\b(?:(?P<rel>this|next|the|over\s+the)\s+)?weekend\b", _weekend, keys(("weekend",))),
        _rule("en.quarter", r"\b(?P<qend>quarter[\s-]end|eoq)\b"
              r"|\b(?:q(?P<q>[1-4])(?:(?:\s*'|\s*fy|\s+)(?P<y>20\d{2}|\d{2})\b)?"
              r"|(?P<qw>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter"
              r"|(?:(?P<rel>this|next|last|the)\s+)?quarter)(?![0-9])",
              _quarter, keys(("q1", "q2", "q3", "q4", "quarter", "eoq")),
              left=r"(?:\b" + PART + r"[\s-]*)?"),
        _rule("en.year", r"\b(?P<ye>year[\s-]end|eoy)\b"
              r"|\b(?:(?:(?P<rel>this|next|last|the)\s+)?year\b|(?P<y>20\d{2})\b(?!\s*[-/.]\d))",
              _year, keys(("year", "eoy", "#")),
              left=r"(?:\b" + PART + r"[\s-]*|\b" + CONTEXT_PREP + r")?"),
        _rule("en.half", r"\b(?:h(?P<h>[12])(?:\s+(?P<y>20\d{2}))?|the\s+(?P<h2>first|second)\s+half\s+of\s+"
              r"(?:(?P<rel>next)\s+year|the\s+year|this\s+year|(?P<y2>20\d{2})))\b", _half, keys(("h1", "h2", "half"))),
        # "in 3 days", "within 48 hours", "two weeks from now": an amount needs a preposition or a "later".
        _rule("en.duration", NUMBER + r"\s+" + UNIT + r"(?:'s|s'|')?(?:\s+time\b)?"
              r"(?:\s+(?P<post>later|from\s+now|from\s+today|out)\b)?(?!\s+ago\b)", _duration,
              keys(_UNIT_KEYS, ("in", "within", "after", "inside", "next", "later", "from", "out")),
              left=r"(?:" + _PREPOSITION + r")?"),
        _rule("en.next_unit", r"\bthe\s+next\s+(?P<u>week|month|year|day)\b", _duration,
              keys(("next",), ("week", "month", "year", "day")), left=r"(?:\b(?:in|within|over|during|for)\s+)?"),
        # Before the bare holiday and the bare weekday: longest match wins, so "the Monday after Thanksgiving" is one.
        _rule("en.around_holiday", r"\bthe\s+(?:(?P<wd>" + alt(EN_WEEKDAYS) + r")|day)\s+(?P<ba>after|before)\s+(?P<hol>"
              + alt(k for k in HOLIDAYS if k.isascii()).replace("'", "['’]") + r")\b", _around_holiday,
              keys(("after", "before"), ("christmas", "xmas", "year", "years", "thanksgiving", "memorial", "labor",
                                         "independence", "july", "new", "chinese", "lunar"))),
        _rule("en.holiday", r"\b(?P<hol>" + alt(k for k in HOLIDAYS if k.isascii()).replace("'", "['’]") + r")\b",
              _holiday, keys(("christmas", "xmas", "year", "years", "thanksgiving", "memorial", "labor",
                              "independence", "july"))),
    ]
