"""The date vocabulary as data: words → numbers, names → calendar facts.

The matching code (`zh.py`, `en.py`, `numeric.py`) builds its regexes from these tables, so adding a word
here is enough to teach both `find` and `resolve` about it.
"""

from __future__ import annotations

# ---------------------------------------------------------------- numerals
ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "俩": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
ZH_TENS = {"十": 10, "百": 100}
# Approximate pairs ("两三天", "三五天"): read as a range of the two numbers.
ZH_APPROX = {"一两": (1, 2), "两三": (2, 3), "二三": (2, 3), "三四": (3, 4), "三五": (3, 5),
             "四五": (4, 5), "五六": (5, 6), "六七": (6, 7), "七八": (7, 8), "八九": (8, 9)}
# "几" / "a few": a short, unknown count. A range, never a made-up point.
FEW = (2, 5)

EN_NUMBERS = {"a": 1, "an": 1, "a couple of": 2, "a couple": 2, "couple of": 2, "one": 1, "two": 2,
              "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
              "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
              "seventeen": 17, "eighteen": 18, "nineteen": 19}
EN_DIGIT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
           "ninety": 90}  # "forty-five" = EN_TENS + EN_NUMBERS
EN_FEW = ("a few", "few", "several", "a number of")
EN_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
                    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
                    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "last": -1}
# Spelled compound days of the month: "twenty-sixth", "twenty first", "thirty-first".
EN_ORDINAL_WORDS |= {f"{tens}{sep}{unit}": base + EN_ORDINAL_WORDS[unit]
                     for tens, base, units in (("twenty", 20, ("first", "second", "third", "fourth", "fifth", "sixth",
                                                              "seventh", "eighth", "ninth")), ("thirty", 30, ("first",)))
                     for unit in units for sep in ("-", " ")}

# ---------------------------------------------------------------- weekdays (Monday = 0)
ZH_WEEK_WORDS = ("星期", "礼拜", "周")
ZH_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6,
               "1": 0, "2": 1, "3": 2, "4": 3, "5": 4, "6": 5, "7": 6}
EN_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
               "saturday": 5, "sunday": 6,
               # Abbreviations only count when capitalised ("Wed", not "wed"); "Sat"/"Sun" are left out: "Sun
               # Microsystems", "we sat down".
               "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4}

# Week offsets relative to the meeting's ISO week. None = a bare weekday (the next such day).
ZH_WEEK_PREFIX = {"下下个": 2, "下下": 2, "下个": 1, "下": 1, "这个": 0, "这": 0, "本": 0, "今": 0,
                  "上个": -1, "上": -1}
EN_WEEK_PREFIX = {"this": 0, "this coming": None, "coming": None, "next": 1, "following": 1,
                  "the following": 1, "last": -1, "previous": -1}

# ---------------------------------------------------------------- days relative to the meeting
# "马上" / "right now" count as the meeting date (labeling rule 3.7).
ZH_DAYS = {"马上": 0, "立刻": 0, "立即": 0, "今天": 0, "今日": 0, "今儿": 0, "今早": 0, "今晚": 0, "今天晚上": 0,
           "当天": 0, "明天": 1, "明日": 1, "明儿": 1, "明早": 1, "明晚": 1, "次日": 1, "隔天": 1,
           "后天": 2, "后日": 2, "大后天": 3, "昨天": -1, "前天": -2,
           # "我现在就签", "我一会儿微信发你" (现在 alone is "currently"); Cantonese 聽日 / 听日 is tomorrow.
           "现在就": 0, "一会儿": 0, "待会儿": 0, "聽日": 1, "听日": 1}
EN_DAYS = {"right now": 0, "right away": 0, "immediately": 0, "today": 0, "tonight": 0, "this morning": 0,
           "this afternoon": 0, "this evening": 0, "later today": 0, "end of today": 0,
           "tomorrow": 1, "tmrw": 1, "tmr": 1, "the day after tomorrow": 2, "day after tomorrow": 2,
           "yesterday": -1}
# Same-day deadlines: EOD on its own means the meeting date.
EN_EOD = ("eod", "cob", "eob", "end of day", "end of the day", "end of business", "close of business",
          "end of business day", "end of the business day")

# ---------------------------------------------------------------- durations
# unit → (kind, amount): kind is "day", "bday" (business day), "week", "month", "year", "hour".
ZH_UNITS = {"天": ("day", 1), "日": ("day", 1), "个工作日": ("bday", 1), "工作日": ("bday", 1),
            "周": ("week", 1), "个周": ("week", 1), "星期": ("week", 1), "个星期": ("week", 1),
            "礼拜": ("week", 1), "个礼拜": ("week", 1), "个月": ("month", 1), "月": ("month", 1),
            "年": ("year", 1), "个小时": ("hour", 1), "小时": ("hour", 1)}
EN_UNITS = {"day": ("day", 1), "days": ("day", 1), "business day": ("bday", 1),
            "business days": ("bday", 1), "working day": ("bday", 1), "working days": ("bday", 1),
            "work day": ("bday", 1), "work days": ("bday", 1), "week": ("week", 1),
            "weeks": ("week", 1), "fortnight": ("day", 14), "month": ("month", 1),
            "months": ("month", 1), "year": ("year", 1), "years": ("year", 1), "hour": ("hour", 1),
            "hours": ("hour", 1), "hrs": ("hour", 1)}

# ---------------------------------------------------------------- months and parts of a month
EN_MONTHS = {"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
             "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
             "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
             "nov": 11, "december": 12, "dec": 12}
# Part of a month → (first day, last day); -1 = the month's last day.
# 月初 is the first five days (the team's labeling rule); 上旬/early = the first ten (a 旬 is ten days).
ZH_MONTH_PARTS = {"初": (1, 5), "上旬": (1, 10), "中旬": (10, 20), "中": (10, 20), "下旬": (21, -1),
                  "上中旬": (1, 20), "中下旬": (10, -1), "底": (-1, -1), "末": (-1, -1)}
# Occasions a month names before them ("the July board agenda", "our January cabinet paper"): the action done for one
# is dated by that month (en.month_of_event). Not what a month's figures are ("the March numbers").
EN_MONTH_OCCASIONS = ("board", "cabinet", "council", "committee", "steering", "budget", "capex", "planning", "review",
                      "meeting", "agenda", "session", "paper", "offsite", "retreat", "intake", "cohort", "release",
                      "shutdown", "audit", "inspection", "conference", "expo", "trade show", "sprint")
EN_MONTH_PARTS = {"early": (1, 10), "beginning": (1, 5), "start": (1, 5), "mid": (10, 20),
                  "middle": (10, 20), "late": (21, -1), "end": (-1, -1)}
# Parts of a week → (first weekday, last weekday).
ZH_WEEK_PARTS = {"初": (0, 2), "中": (1, 3), "末": (4, 4), "底": (4, 4)}
EN_WEEK_PARTS = {"early": (0, 2), "beginning": (0, 2), "start": (0, 2), "mid": (1, 3),
                 "middle": (1, 3), "late": (3, 4), "end": (4, 4)}

# Month / quarter / year offsets.
ZH_MONTH_PREFIX = {"下下个月": 2, "下个月": 1, "下月": 1, "次月": 1, "这个月": 0, "这月": 0, "本月": 0,
                   "当月": 0, "上个月": -1, "上月": -1}
ZH_QUARTER_PREFIX = {"下个季度": 1, "下季度": 1, "这个季度": 0, "这季度": 0, "本季度": 0, "当季": 0,
                     "上个季度": -1, "上季度": -1}
ZH_YEAR_PREFIX = {"今年": 0, "明年": 1, "后年": 2, "去年": -1}
EN_YEAR_PREFIX = {"this year": 0, "next year": 1, "last year": -1}
# Parts of a year → (first month, first day), (last month, last day).
ZH_YEAR_PARTS = {"底": ((12, 31), (12, 31)), "末": ((12, 31), (12, 31)), "初": ((1, 1), (1, 31)),
                 "中": ((6, 1), (7, 31)), "上半年": ((1, 1), (6, 30)), "下半年": ((7, 1), (12, 31))}

# ---------------------------------------------------------------- holidays
# Surface word → (country, the name the `holidays` package gives it in en_US[, days after that]). The date
# itself always comes from the package (lunar festivals move every year); this table only names them.
# The package knows a festival only in the years it is a public holiday (清明/端午/中秋 since 2008).
HOLIDAYS = {
    "春节": ("CN", "Chinese New Year (Spring Festival)"),
    "过年": ("CN", "Chinese New Year (Spring Festival)"),
    "年前": ("CN", "Chinese New Year (Spring Festival)", -1),  # "before the (lunar) new year": by its eve
    "大年初一": ("CN", "Chinese New Year (Spring Festival)"),
    # The eve is not a public holiday every year (2014–2024 it was not), but it is always the day before.
    "除夕": ("CN", "Chinese New Year (Spring Festival)", -1),
    "元旦": ("CN", "New Year's Day"),
    "五一": ("CN", "Labor Day"),
    "劳动节": ("CN", "Labor Day"),
    "国庆": ("CN", "National Day"),
    "国庆节": ("CN", "National Day"),
    "十一长假": ("CN", "National Day"),
    "清明": ("CN", "Tomb-Sweeping Day"),
    "清明节": ("CN", "Tomb-Sweeping Day"),
    "端午": ("CN", "Dragon Boat Festival"),
    "端午节": ("CN", "Dragon Boat Festival"),
    "中秋": ("CN", "Mid-Autumn Festival"),
    "中秋节": ("CN", "Mid-Autumn Festival"),
    "christmas": ("US", "Christmas Day"),
    "christmas day": ("US", "Christmas Day"),
    "xmas": ("US", "Christmas Day"),
    "new year": ("US", "New Year's Day"),
    "new year's": ("US", "New Year's Day"),
    "new year's day": ("US", "New Year's Day"),
    "new years": ("US", "New Year's Day"),
    "thanksgiving": ("US", "Thanksgiving Day"),
    "memorial day": ("US", "Memorial Day"),
    "labor day": ("US", "Labor Day"),
    "independence day": ("US", "Independence Day"),
    "the fourth of july": ("US", "Independence Day"),
    "chinese new year": ("CN", "Chinese New Year (Spring Festival)"),
    "lunar new year": ("CN", "Chinese New Year (Spring Festival)"),
    "圣诞": ("US", "Christmas Day"),
    "圣诞节": ("US", "Christmas Day"),
}
