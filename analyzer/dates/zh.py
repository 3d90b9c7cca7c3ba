"""Chinese date expressions: rules (regex + resolver) built from the tables in `vocab.py`.

Lookbehinds keep counts apart from dates: "三周" (three weeks) is not "周三" (Wednesday) read from the
middle, "每周一" is a habit, not a day, and "20号楼" is a building.
"""

from __future__ import annotations

import re
from functools import lru_cache
from datetime import date, timedelta

from analyzer.dates import calendar as cal
from analyzer.dates.core import Due, Rule, alt, clip, keys, make_rule, not_over, point, span
from analyzer.dates.durations import shift
from analyzer.dates.numerals import ZH_APPROX_NUM, ZH_NUM, zh_amount, zh_int
from analyzer.dates.vocab import (
    EN_UNITS, FEW, HOLIDAYS, ZH_DAYS, ZH_MONTH_PARTS, ZH_MONTH_PREFIX, ZH_QUARTER_PREFIX, ZH_UNITS, ZH_WEEK_PARTS,
    ZH_WEEK_PREFIX, ZH_WEEK_WORDS, ZH_WEEKDAYS, ZH_YEAR_PARTS, ZH_YEAR_PREFIX,
)

# ---------------------------------------------------------------- pattern pieces
# "过两天" (in a couple of days) starts an amount; "干过六年" (has worked six years) does not: after a verb,
# 过 is the experiential particle.
_VERB_NOT_BEFORE = r"(?<![干做用看去来试见听说待住学当搞弄买卖吃喝走跑呆经历有没到])"
NUM = ZH_NUM
NUMERAL_BEFORE = r"(?<![\d零〇一二两俩三四五六七八九十百几每第])"
YEAR = r"(?:(?P<y>\d{4}|[零〇一二三四五六七八九]{4})年|(?P<yr>" + alt(ZH_YEAR_PREFIX) + r"))?"
WEEK_WORD = alt(ZH_WEEK_WORDS)
DAYPART = r"(?:上午|下午|中午|晚上|早上|早晨|傍晚|凌晨|夜里|晚间)"
CLOCK = r"(?:[早晚]?" + NUM + r"(?:点|时)(?:半|一刻|三刻|" + NUM + r"分?|钟|整)?|\d{1,2}[:：]\d{2})"
# What may follow a day without changing it: a part of the day, a clock time, "下班前" (end of the day).
TAIL = r"(?:" + DAYPART + r"?" + CLOCK + r"|" + DAYPART + r")?(?:下班(?:之|以)?前)?"
UNITS = dict(ZH_UNITS, 个季度=("month", 3))


def _year_base(m: re.Match, meeting: date) -> int | None:
    """The year a phrase names ("2027年", "明年"), or None when it names none."""
    if m.group("y"):
        return zh_int(m.group("y"))
    if m.group("yr"):
        return meeting.year + ZH_YEAR_PREFIX[m.group("yr")]
    return None


# ---------------------------------------------------------------- resolvers
def _relative_day(m, meeting):
    return point(meeting + timedelta(days=ZH_DAYS[m.group("rd")]))


def bare_weekday(m) -> bool:
    """Whether a `zh.weekday` match is a weekday alone ("周二"), naming no week of its own ("下周二")."""
    return m.group("pre") is None


def _weekday(m, meeting):
    weekday = ZH_WEEKDAYS[m.group("wd")]
    if bare_weekday(m):
        return point(cal.next_weekday(meeting, weekday))  # a bare 周五 = the next Friday after the meeting
    return point(cal.weekday_of_week(meeting, weekday, ZH_WEEK_PREFIX[m.group("pre")]))


def _week(m, meeting):
    if "pre" not in m.re.groupindex:  # a bare 周末
        friday = cal.weekday_of_week(meeting, 4, 0)
        return point(friday if friday >= meeting else friday + timedelta(weeks=1))
    weeks, part = ZH_WEEK_PREFIX[m.group("pre")], m.group("part")
    if weeks == 0 and part in (None, "内", "以内", "之内"):
        return point(cal.this_week_deadline(meeting))  # 这周 / 本周内: a deadline, that week's Friday (rule 3.7)
    if part in ZH_WEEK_PARTS:
        first, last = ZH_WEEK_PARTS[part]
        return span(cal.weekday_of_week(meeting, first, weeks), cal.weekday_of_week(meeting, last, weeks))
    monday = cal.week_monday(meeting, weeks)
    return span(monday, monday + timedelta(days=6))


def _month_day(m, meeting):
    month, day = zh_int(m.group("m")), zh_int(m.group("d"))
    year = _year_base(m, meeting)
    if year is not None:
        return point(cal.safe_date(year, month, day))
    return point(cal.next_month_day(meeting, month, day))


def _relative_month_day(m, meeting):
    year, month = cal.shift_month(meeting.year, meeting.month, ZH_MONTH_PREFIX[m.group("rel")])
    return point(cal.safe_date(year, month, zh_int(m.group("d"))))


def _day(m, meeting):
    return point(cal.next_day_of_month(meeting, zh_int(m.group("d"))))


def _month_part(year: int, month: int, part: str | None) -> Due | None:
    first, last = ZH_MONTH_PARTS[part] if part else (1, -1)
    return span(*cal.month_span(year, month, first, last))


def _month(m, meeting):
    bare_part = m.group("part2") or m.group("part3")
    if bare_part:
        # 月底 / 中旬 with no month: this month's, or next month's once this one's has passed.
        due = _month_part(meeting.year, meeting.month, bare_part)
        if (due.end or due.start) < meeting:
            year, month = cal.shift_month(meeting.year, meeting.month, 1)
            due = _month_part(year, month, bare_part)
        return due
    part = m.group("part")
    if m.group("rel"):
        year, month = cal.shift_month(meeting.year, meeting.month, ZH_MONTH_PREFIX[m.group("rel")])
        due = _month_part(year, month, part)
        return clip(due, meeting) if ZH_MONTH_PREFIX[m.group("rel")] == 0 and part is None else due
    month = zh_int(m.group("m"))
    if not 1 <= month <= 12:
        return None
    year = _year_base(m, meeting)
    if year is not None:
        return _month_part(year, month, part)
    return not_over(lambda y: _month_part(y, month, part), meeting.year, meeting)


def _week_of_month(m, meeting):
    ordinal = -1 if m.group("last") else zh_int(m.group("ord"))
    if m.group("rel"):
        year, month = cal.shift_month(meeting.year, meeting.month, ZH_MONTH_PREFIX[m.group("rel")])
        return span(*cal.week_of_month(year, month, ordinal))
    month, year = zh_int(m.group("m")), _year_base(m, meeting)
    if year is None:
        return not_over(lambda y: span(*cal.week_of_month(y, month, ordinal)), meeting.year, meeting)
    return span(*cal.week_of_month(year, month, ordinal))


def _quarter_part(year: int, quarter: int, part: str | None) -> Due | None:
    start, end = cal.quarter_span(year, quarter)
    if part in ("末", "底", "结束", "结束前"):
        return point(end)
    if part == "初":
        return span(start, cal.month_span(start.year, start.month)[1])
    if part == "中":
        middle = start.month + 1
        return span(*cal.month_span(start.year, middle))
    return span(start, end)


def _quarter(m, meeting):
    part = m.group("part")
    if m.group("rel") or m.group("bare"):
        if m.group("bare") and not part:
            return None  # "季度" alone is not a date
        offset = ZH_QUARTER_PREFIX[m.group("rel")] if m.group("rel") else 0
        year, quarter = cal.shift_quarter(meeting.year, cal.quarter_of(meeting), offset)
        due = _quarter_part(year, quarter, part)
        return clip(due, meeting) if offset == 0 else due
    quarter = zh_int(m.group("q") or m.group("qq"))
    year = _year_base(m, meeting)
    if year is not None:
        return _quarter_part(year, quarter, part)
    return not_over(lambda y: _quarter_part(y, quarter, part), meeting.year, meeting)


def _year(m, meeting):
    part = m.group("part") or m.group("part2") or m.group("part3")
    year = _year_base(m, meeting)
    if part:
        part = part.replace("年", "") if part not in ("上半年", "下半年") else part
        (m1, d1), (m2, d2) = ZH_YEAR_PARTS[part]
        base = year if year is not None else meeting.year
        due = span(date(base, m1, d1), date(base, m2, d2))
        if year is None and (due.end or due.start) < meeting:  # 年初 said in March: next year's
            due = span(date(base + 1, m1, d1), date(base + 1, m2, d2))
        return due
    if year is None:
        return None
    due = span(date(year, 1, 1), date(year, 12, 31))
    return clip(due, meeting) if year == meeting.year else due


def _duration(m, meeting):
    if m.group("pre") is None and m.group("post") is None:
        return None  # "三天" alone is a length of time, not a date
    kind, per = UNITS[m.group("u")]
    count = m.group("n")
    low, high = FEW if count == "几" else zh_amount(count) or (None, None)
    if low is None:
        return None
    if m.group("half"):
        low, high = low + 0.5, high + 0.5
    return shift(meeting, kind, low * per, high * per, country="CN")


def _duration_en(m, meeting):
    """A code-switched amount: a Chinese count, an English unit, a Chinese "within/after" ("三个 working day 之内",
    "两个 weeks 内")."""
    kind, per = EN_UNITS[" ".join(m.group("u").lower().split())]
    low, high = FEW if m.group("n") == "几" else zh_amount(m.group("n")) or (None, None)
    if low is None:
        return None
    return shift(meeting, kind, low * per, high * per, country="CN")


def _holiday(m, meeting):
    holiday = HOLIDAYS[m.group("hol")]
    start = meeting
    if m.group("yr"):
        offset = ZH_YEAR_PREFIX[m.group("yr")]
        if offset <= 0:
            return None
        start = max(meeting, date(meeting.year + offset, 1, 1))
    return point(cal.next_holiday(start, *holiday))


def _around_holiday(m, meeting):
    """"端午后那个周一", "国庆前的周五": the first such weekday after the holiday (the last one before it)."""
    day = cal.next_holiday(meeting, *HOLIDAYS[m.group("hol")])
    if day is None:
        return None
    weekday = ZH_WEEKDAYS[m.group("wd")]
    if m.group("ba").endswith("前"):
        return point(day - timedelta(days=(day.weekday() - weekday - 1) % 7 + 1))
    return point(cal.next_weekday(day, weekday))


# ---------------------------------------------------------------- rules
# The last characters of the words that may stand before a rule's core (see Rule.left).
_LEFT_ENDS = frozenset("".join(w[-1] for w in (*ZH_WEEK_PREFIX, *ZH_YEAR_PREFIX)) + "年的过了 \t")


def _left_gate(subject: str, start: int) -> bool:
    return subject[start - 1] in _LEFT_ENDS


def _rule(name: str, core: str, handler, keys, left: str = "", day: bool = False) -> Rule:
    """`day` rules name one day, so a TAIL ("上午十点", "下班前") may follow them. `left`: see Rule."""
    return make_rule(name, core + TAIL if day else core, handler, keys, left=left, left_gate=_left_gate)


# Every match of a rule contains one character of each of its key groups.
_K_WEEK = keys("周星礼")
_K_MONTH_DAY = keys("月", "日号")


_ZH_HOLIDAYS = [k for k in HOLIDAYS if not k.isascii()]

@lru_cache(maxsize=None)
def rules() -> list[Rule]:
    """The rules, compiled on first use: compiling them takes a noticeable part of a second."""
    return [
        _rule("zh.relative_day", r"(?P<rd>" + alt(ZH_DAYS) + r")", _relative_day, keys("今明后昨前当次隔马立现儿聽听"),
              day=True),
        _rule("zh.end_of_day", r"下班(?:之|以)?前|(?:今天|今日|当天)(?:之内|以内|内)", lambda m, d: point(d),
              keys("下今当")),
        # 老周 / 小周 is a person ("我让老周一起给你"), not a week: no weekday after 老 or 小.
        _rule("zh.weekday", r"(?<![\d一二两俩三四五六七八九十几每老小])" + WEEK_WORD
              + r"(?P<wd>[一二三四五六日天1-7])(?![天次个年])",
              _weekday, _K_WEEK, left=r"(?P<pre>" + alt(ZH_WEEK_PREFIX) + r")?", day=True),
        _rule("zh.week", WEEK_WORD + r"(?P<part>以内|之内|内|初|中|末|底)?(?![期边围年转])", _week, _K_WEEK,
              left=NUMERAL_BEFORE + r"(?P<pre>" + alt(ZH_WEEK_PREFIX) + r")"),
        _rule("zh.weekend", r"(?<![\d一二两俩三四五六七八九十几每下这本今上个])周末", _week, keys("周")),
        _rule("zh.week_of_month", r"(?:(?P<rel>" + alt(ZH_MONTH_PREFIX) + r")|(?P<m>" + NUM + r")月份?)的?"
              r"(?:第(?P<ord>[一二三四1-4])|(?P<last>最后一))个?" + WEEK_WORD, _week_of_month, keys("周星礼", "第后"),
              left=YEAR),
        _rule("zh.month_day", r"(?P<m>" + NUM + r") ?月 ?(?P<d>" + NUM + r") ?(?:日|号)", _month_day, _K_MONTH_DAY,
              left=YEAR, day=True),
        _rule("zh.relative_month_day", r"(?P<rel>" + alt(ZH_MONTH_PREFIX) + r")的? ?(?P<d>" + NUM + r") ?(?:日|号)",
              _relative_month_day, _K_MONTH_DAY, day=True),
        _rule("zh.day", r"(?<![\d月零〇一二两俩三四五六七八九十百第每])(?P<d>" + NUM
              + r") ?号(?![楼线院房室桌位机人车台口门厅馆库码厂仓店区栋层柜窗床件箱工窑炉罐井泵塔槽池舍棚闸站桩舱泊罐])", _day, keys("号"), day=True),
        _rule("zh.day_ri", r"(?<![\d月第每])(?P<d>\d{1,2})日(?!内|后|[以之][内后]|[游常期志报元均本])", _day,
              keys("日"),
              day=True),
        _rule("zh.month", r"(?:(?P<rel>" + alt(ZH_MONTH_PREFIX) + r")|(?P<m>" + NUM + r") ?月份?)"
              r"(?P<part>" + alt(ZH_MONTH_PARTS) + r")?(?![个号日后内])"
              r"|" + NUMERAL_BEFORE + r"(?<![个今明后去年])月(?P<part2>初|底|末|中)(?!旬)"
              r"|(?<![月上中])(?P<part3>" + alt(p for p in ZH_MONTH_PARTS if p.endswith("旬")) + r")",
              _month, keys("月旬"), left=YEAR),
        _rule("zh.quarter", r"(?<!个)(?:(?P<rel>" + alt(ZH_QUARTER_PREFIX) + r")|第?(?P<q>[一二三四1-4])季度"
              r"|[Qq](?P<qq>[1-4])(?![0-9])|(?P<bare>季度|季)(?=末|底|初|结束))(?P<part>结束前|结束|末|底|初|中)?",
              _quarter, keys("季q"), left=YEAR),
        _rule("zh.year", r"(?:(?P<yr>" + alt(ZH_YEAR_PREFIX) + r")|(?P<y>\d{4}|[零〇一二三四五六七八九]{4})年)"
              r"(?P<part>上半年|下半年|年底|年末|年初|年中|底|末|初)?(?![\d零〇一二两三四五六七八九十]+月)"
              r"|(?<![\d零〇一二两俩三四五六七八九十百几多半个今明后去])年(?P<part2>底|末|初|中)"
              r"|(?P<part3>上半年|下半年)", _year, keys("年")),
        # "三天内", "两周后", "过两天": an amount needs 过 before it or 内/后 after it.
        _rule("zh.duration", r"(?<![第每])(?P<n>" + ZH_APPROX_NUM + r"|" + NUM + r"|几|半)(?P<half>个半)?(?P<u>"
              + alt(UNITS) + r")(?P<post>以内|之内|内|以后|之后|后)?", _duration, keys("天日周星礼月年时季", "后内过"),
              left=r"(?:(?P<pre>再过|过了|" + _VERB_NOT_BEFORE + r"过)\s*)?"),
        _rule("zh.duration_en", r"(?<![第每\d])(?P<n>" + NUM + r"|几)\s*个?\s*(?P<u>(?i:(?:working|business|work)\s+days?"
              r"|days?|weeks?|months?))\s*(?:以内|之内|内|以后|之后|后)", _duration_en, keys("内后")),
        _rule("zh.around_holiday", r"(?P<hol>" + alt(_ZH_HOLIDAYS) + r")(?:节|假期|长假)?(?P<ba>过后|之后|以后|后|之前|以前|前)"
              r"(?:的|那个|第一个|头一个)?" + WEEK_WORD + r"(?P<wd>[一二三四五六日天])",
              _around_holiday, keys({name[0] for name in _ZH_HOLIDAYS}, "周星礼"), day=True),
        # The lookbehind keeps "两年前" (two years ago) and "去年前" out of 年前.
        _rule("zh.holiday", r"(?<![\d零〇一二两三四五六七八九十今明去后多几半个这那每])(?P<hol>" + alt(_ZH_HOLIDAYS)
              + r")(?:节|小长假|长假|假期)?(?![\d零〇一二两三四五六七八九十万个%]|后|之后|以后|过后)", _holiday,
              keys({name[0] for name in _ZH_HOLIDAYS}), left=r"(?:(?P<yr>" + alt(ZH_YEAR_PREFIX) + r")的?)?"),
    ]
