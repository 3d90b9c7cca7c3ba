"""Calendar arithmetic behind the resolvers: ISO weeks, month ends, quarters, business days, holidays.

Holiday dates come from the `holidays` package (lunar festivals move every year, and the package tracks
the official calendars); nothing here hard-codes a holiday date. It is imported lazily because it costs
~0.1 s and most sentences never mention a holiday.
"""

from __future__ import annotations

import calendar as _stdlib_calendar
from datetime import date, timedelta
from functools import lru_cache

ONE_DAY = timedelta(days=1)


def week_monday(day: date, weeks: int = 0) -> date:
    """Monday of `day`'s ISO week, shifted by `weeks`."""
    return day - timedelta(days=day.weekday()) + timedelta(weeks=weeks)


def weekday_of_week(day: date, weekday: int, weeks: int) -> date:
    """Weekday `weekday` (Monday = 0) in the ISO week `weeks` after `day`'s (0 = the same week)."""
    return week_monday(day, weeks) + timedelta(days=weekday)


def this_week_deadline(day: date) -> date:
    """"This week" as a deadline: its Friday, or its Sunday when the meeting is already past Friday."""
    friday = weekday_of_week(day, 4, 0)
    return friday if friday >= day else weekday_of_week(day, 6, 0)


def next_weekday(day: date, weekday: int) -> date:
    """The first `weekday` strictly after `day` (a bare "Friday" said on a Friday means next week's)."""
    return day + timedelta(days=(weekday - day.weekday() - 1) % 7 + 1)


_MONTH_LENGTHS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def month_length(year: int, month: int) -> int:
    if not 1 <= month <= 12:
        raise ValueError(f"no month {month}")
    if month == 2 and _stdlib_calendar.isleap(year):
        return 29
    return _MONTH_LENGTHS[month - 1]


def shift_month(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def add_months(day: date, months: int) -> date:
    """Same day `months` later, clamped to the month's end (Jan 31 + 1 month = Feb 28/29)."""
    year, month = shift_month(day.year, day.month, months)
    return date(year, month, min(day.day, month_length(year, month)))


def month_span(year: int, month: int, first: int = 1, last: int = -1) -> tuple[date, date]:
    """Days `first`..`last` of a month; -1 means the last day."""
    length = month_length(year, month)
    start = length if first == -1 else min(first, length)
    end = length if last == -1 else min(last, length)
    return date(year, month, start), date(year, month, end)


def week_of_month(year: int, month: int, ordinal: int) -> tuple[date, date]:
    """"The second week of April" / "四月第二周": days 8–14; the last week (-1) is the month's last seven days."""
    first = month_length(year, month) - 6 if ordinal == -1 else 7 * ordinal - 6
    return date(year, month, first), date(year, month, first + 6)


def nth_weekday(year: int, month: int, weekday: int, ordinal: int) -> date | None:
    """"The second Tuesday in September" (ordinal 2), "九月最后一个周五" (-1); None past the month's end."""
    if ordinal == -1:
        last = date(year, month, month_length(year, month))
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (ordinal - 1))
    return day if day.month == month else None


def quarter_span(year: int, quarter: int) -> tuple[date, date]:
    first_month = 3 * (quarter - 1) + 1
    return date(year, first_month, 1), month_span(year, first_month + 2)[1]


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def shift_quarter(year: int, quarter: int, quarters: int) -> tuple[int, int]:
    index = year * 4 + (quarter - 1) + quarters
    return index // 4, index % 4 + 1


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def next_month_day(meeting: date, month: int, day: int) -> date | None:
    """Month/day without a year: this year's, or next year's when it has already passed.

    Feb 29 moves on to the next leap year. None when no year has that day (Apr 31).
    """
    if not (1 <= month <= 12 and 1 <= day <= 31) or day > month_length(2024, month):
        return None
    for year in range(meeting.year, meeting.year + 9):
        candidate = safe_date(year, month, day)
        if candidate is not None and candidate >= meeting:
            return candidate
    return None


def next_day_of_month(meeting: date, day: int) -> date | None:
    """"The 25th" / "25号": this month's if it is still ahead, else the next month that has that day."""
    if not 1 <= day <= 31:
        return None
    year, month = meeting.year, meeting.month
    for _ in range(13):
        candidate = safe_date(year, month, day)
        if candidate is not None and candidate >= meeting:
            return candidate
        year, month = shift_month(year, month, 1)
    return None


@lru_cache(maxsize=64)
def _holiday_calendar(country: str, year: int):
    import holidays  # lazy: see the module docstring

    return holidays.country_holidays(country, years=year, language="en_US")


# A pure function of the `holidays` tables (each calendar is built for its one year and only ever queried for
# days of that year), asked again for every holiday phrase: the scan of a year's holidays runs once per key.
@lru_cache(maxsize=1024)
def holiday(country: str, name: str, year: int) -> date | None:
    """First day in `year` whose name in the `holidays` package contains `name`, observed days left out.

    Containment, not equality, so that a later release that renames a holiday slightly still works.
    Observed days are not the holiday: Christmas 2027 is observed on Friday the 24th.
    """
    days = [
        day
        for day, names in _holiday_calendar(country, year).items()
        if any(name in part and "observed" not in part.lower() for part in names.split("; "))
    ]
    return min(days) if days else None


def next_holiday(meeting: date, country: str, name: str, offset: int = 0) -> date | None:
    """The holiday's next occurrence on or after the meeting date (`offset` days after the named day)."""
    for year in (meeting.year, meeting.year + 1):
        if 1 <= year <= 9998:
            day = holiday(country, name, year)
            if day is not None and day + timedelta(days=offset) >= meeting:
                return day + timedelta(days=offset)
    return None


def is_business_day(day: date, country: str) -> bool:
    """Not a weekend, not a public holiday; China's make-up working weekends (调休) count as working days."""
    return _holiday_calendar(country, day.year).is_working_day(day)


@lru_cache(maxsize=1024)
def add_business_days(start: date, count: int, country: str) -> date:
    """`count` working days after `start`, per the country's official calendar."""
    day = start
    remaining = count
    while remaining > 0:
        day += ONE_DAY
        if is_business_day(day, country):
            remaining -= 1
    return day
