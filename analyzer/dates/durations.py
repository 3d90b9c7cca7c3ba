""""In N units" / "N天后" / "within N business days": the meeting date moved by an amount.

"Within N" is read as its deadline (meeting + N), the same day "in N" gives, per the team's labeling rule.
"""

from __future__ import annotations

import math
from datetime import date, timedelta

from analyzer.dates import calendar as cal
from analyzer.dates.core import Due, span

# Past about ten years an amount is not a due date any more (and would overflow the calendar).
_MAX_DAYS = 3660


def _move(meeting: date, kind: str, amount: float, country: str) -> date | None:
    if kind == "hour":
        return meeting + timedelta(days=math.floor(amount / 24))
    if kind == "day":
        return meeting + timedelta(days=math.floor(amount))
    if kind == "week":
        return meeting + timedelta(days=round(amount * 7))
    if kind == "bday":
        return cal.add_business_days(meeting, math.ceil(amount), country)
    months = amount * 12 if kind == "year" else amount
    whole = math.floor(months)
    # Half a month is fifteen days ("半个月后"); whole months keep the day ("一个月后" = same day next month).
    return cal.add_months(meeting, whole) + timedelta(days=round((months - whole) * 30))


def _days_estimate(kind: str, amount: float) -> float:
    return amount * {"hour": 1 / 24, "day": 1, "bday": 1.5, "week": 7, "month": 31, "year": 366}[kind]


def shift(meeting: date, kind: str, low: float, high: float, country: str) -> Due | None:
    """Meeting + amount; an approximate amount ("两三天", "a few days") becomes a fuzzy range."""
    if low < 0 or _days_estimate(kind, high) > _MAX_DAYS:
        return None
    return span(_move(meeting, kind, low, country), _move(meeting, kind, high, country))
