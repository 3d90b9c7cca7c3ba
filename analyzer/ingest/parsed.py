"""What each format parser hands back to `load`: raw turns plus any metadata the format carries."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal, NamedTuple


class RawTurn(NamedTuple):
    speaker: str
    text: str  # verbatim from the decoded file, surrounding whitespace stripped; never empty
    start: str | None = None  # HH:MM:SS(.mmm)
    role_hint: str | None = None  # a role the format states outright (a JSON `role` field)


@dataclass
class Parsed:
    turns: list[RawTurn]
    kind: Literal["dialogue", "notes"] = "dialogue"
    meta: dict = field(default_factory=dict)  # same keys as front matter
    title: str | None = None  # a heading line above the first turn


def clock(hours: int, minutes: int, seconds: int, millis: int | None = None) -> str:
    base = f"{hours:02d}:{minutes:02d}:{seconds:02d}"
    return base if millis is None else f"{base}.{millis:03d}"


# `HH:MM:SS` in ASCII digits with minutes and seconds under 60 is already normal: one C-level match for the
# stamp on nearly every line of a long transcript instead of the general parse below.
_NORMAL_HMS = re.compile(r"[0-9][0-9]:[0-5][0-9]:[0-5][0-9]")


def normalize_timestamp(value: str) -> str | None:
    """'0:03' → '00:00:03', '1:02:03,5' → '01:02:03.500'; None when it is not a clock time."""
    value = value.strip()
    if len(value) == 8 and _NORMAL_HMS.fullmatch(value):
        return value
    frac = None
    for sep in (".", ","):
        if sep in value:
            value, _, frac = value.rpartition(sep)
            break
    parts = value.split(":")
    if not 2 <= len(parts) <= 3 or not all(p.isdigit() and len(p) <= 2 + (i == 0) for i, p in enumerate(parts)):
        return None
    nums = [int(p) for p in parts]
    if len(nums) == 2:
        nums.insert(0, 0)
    h, m, s = nums
    if m > 59 or s > 59:
        return None
    millis = None
    if frac is not None:
        if not frac.isdigit() or not 1 <= len(frac) <= 3:
            return None
        millis = int(frac.ljust(3, "0"))
    return clock(h, m, s, millis)


def seconds_to_clock(seconds: float) -> str | None:
    if seconds != seconds or seconds < 0 or seconds > 10**7:  # NaN, negative or absurd
        return None
    millis = round(seconds * 1000)
    return clock(millis // 3_600_000, millis // 60_000 % 60, millis // 1000 % 60, millis % 1000)
