"""Two date expressions joined into one range: "下周一到周三", "Monday to Wednesday", "3月20号至25号".

The second end often leans on the first ("下周一到周三": Wednesday of *next* week), so when it resolves
before the start it is moved on by a week (weekdays) or a month (days of the month); anything else that
runs backwards is not a range, and the first expression stands alone.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from analyzer.dates import calendar as cal
from analyzer.dates.core import Due, Hit, Rule, apply, span

# What may stand between the two ends. "or" is included: "Monday or Tuesday" is due within that span.
_JOIN = re.compile(r"\s*(?:到|至|~|～|-|–|—|或者|或|to|through|thru|until|till|or|and)\s*", re.IGNORECASE)
# "and" joins a range only after "between": "between Monday and Wednesday".
_BETWEEN = re.compile(r"\bbetween\s+\Z", re.IGNORECASE)


def _resolve_pair(pair: tuple[Hit, Hit], meeting: date) -> Due | None:
    first, second = (apply(h.rule, h.match, meeting) for h in pair)
    if first is None:
        return None
    if second is None:
        return first
    start, end = first.start, second.end or second.start
    name = pair[1].rule.name
    if end < start and name.endswith("weekday"):
        end += timedelta(weeks=(start - end).days // 7 + 1)
    elif end < start and name.endswith(".day"):
        end = cal.add_months(end, 1)
    if end < start:
        return first
    return span(start, end)


RANGE = Rule("range", re.compile("(?!)"), _resolve_pair)


def join(text: str, hits: list[Hit]) -> list[Hit]:
    """Merge neighbouring hits (in position order) that a range word joins."""
    out: list[Hit] = []
    index = 0
    while index < len(hits):
        hit = hits[index]
        if index + 1 < len(hits):
            after = hits[index + 1]
            joiner = _JOIN.fullmatch(text, hit.end, after.start)
            between = _BETWEEN.search(text, max(0, hit.start - 12), hit.start)
            if joiner and (joiner.group(0).strip().lower() != "and" or between):
                # "between" joins the mention, so that resolving the mention's text sees the same range.
                start = between.start() if between else hit.start
                out.append(Hit(start, after.end, RANGE, (hit, after)))
                index += 2
                continue
        out.append(hit)
        index += 1
    return out
