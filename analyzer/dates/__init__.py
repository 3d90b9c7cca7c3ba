"""Find and resolve date expressions in Chinese and English call notes.

    find("下周一上午十点再开个会")            -> [Mention("下周一上午十点", 0, 7)]
    resolve("next Tuesday at 3pm", date(2026, 3, 12)) -> Due(date(2026, 3, 17))
    resolve("四月中旬", date(2026, 3, 12))  -> Due(date(2026, 4, 10), date(2026, 4, 20), fuzzy=True)

Why hand-written: no maintained library covers Chinese relative dates well. recognizers-text (Microsoft)
is a stale alpha for Python, jionlp pulls a 148 MB GPLv3 dependency, and dateparser fails on Chinese
phrases like "下下周二" or "第二季度末". English alone would be served by dateparser, but we need one
behaviour and one set of conventions (eval/GUIDELINES.md §3.7) across both languages, including
fuzzy ranges ("mid-April" → 10th–20th), which dateparser collapses to a made-up point. Holiday dates
come from the `holidays` package, never from a table of our own.

Layout: `vocab.py` (the words, as data), `numerals.py`, `calendar.py` (date arithmetic, holidays),
`durations.py`, and one rule set per language (`zh.py`, `en.py`, `numeric.py`), each rule a precompiled
regex plus a resolver. `core.py` keeps the longest non-overlapping matches; `ranges.py` joins two of
them into a range ("下周一到周三", "between Monday and Wednesday").

Conventions (from the meeting date, GUIDELINES §3.7): a bare weekday is the next such day after the
meeting; "this/这周五" is that day of the meeting's ISO week, "next/下周五" of the next ISO week; this week /
end of week / 周末 / 本周内 is that week's Friday (a deadline); "next week / 下周" is Monday–Sunday; "in N /
N天内 / within N" is meeting + N ("N business days" skips weekends and public holidays); a month/day, named
month or quarter that has passed this year is next year's; 月初/中旬 with no month is this month's unless
that part is over. Fuzzy phrases are ranges with `fuzzy=True`; a time of day attached to a day does not
change the day. Slash dates are month-first (6/30).
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from analyzer.dates import en, numeric, ranges, zh
from analyzer.dates.core import Due, Hit, Mention, RuleSet, apply, candidates, longest_first
from analyzer.hant import simplified

__all__ = ["Due", "Mention", "bare_weekday", "clear_cache", "find", "resolve"]

# Run a language's rules only when the text could contain them: most sentences are one language.
_HAS_CJK = re.compile(r"[\u3400-\u9fff]")
_HAS_LATIN = re.compile(r"[A-Za-z]")
_HAS_DIGIT = re.compile(r"\d")
_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}


@lru_cache(maxsize=None)
def _rule_sets() -> tuple[RuleSet, RuleSet, RuleSet]:
    # Built on the first call, not at import: `analyzer --help` should not wait for regex compilation.
    return RuleSet(zh.rules()), RuleSet(en.rules()), RuleSet(numeric.rules())


@lru_cache(maxsize=None)
def _key_chars() -> re.Pattern:
    """The characters the Chinese and numeric rules are keyed on. Only these decide `applicable`, so the
    features of a text are the ones it contains: found in one C pass, not a set of every character it has."""
    chars = {key for rule_set in _rule_sets()[::2] for rule in rule_set.rules for group in rule.keys for key in group}
    assert all(len(c) == 1 for c in chars), "Chinese and numeric rule keys are single characters"
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")


def _hits(text: str) -> list[Hit]:
    if not isinstance(text, str) or not text:
        return []
    # The zh rules are simplified characters; "下週三" is read as "下周三" (same length: `find` slices the original).
    text = simplified(text)
    lowered = text.lower()
    if len(lowered) != len(text):  # a few letters lower-case into two characters; keep offsets aligned
        lowered = text.translate(_ASCII_LOWER)
    zh_rules, en_rules, numeric_rules = _rule_sets()
    rules = []
    has_digit = _HAS_DIGIT.search(text) is not None
    if has_digit or _HAS_CJK.search(text):
        characters = set(_key_chars().findall(lowered))
        rules += zh_rules.applicable(characters)
        if has_digit:
            rules += numeric_rules.applicable(characters)
    if _HAS_LATIN.search(text):
        rules += en_rules.applicable(en.features(lowered))
    return ranges.join(text, longest_first(candidates(text, lowered, rules))) if rules else []


def find(text: str) -> list[Mention]:
    """Every date expression in `text`, longest match, non-overlapping, in order of position.

    Only expressions that `resolve` can place on the calendar are returned: "3个人", "20%", "version 2.5",
    "some time", "改天" yield nothing, and a clock time counts only as part of a day ("明早九点").
    """
    return [Mention(text[h.start:h.end], h.start, h.end) for h in _hits(text)]


def resolve(phrase: str, meeting_date: date) -> Due | None:
    """The due date a phrase names, counted from the meeting date; None when it names none.

    `phrase` may be a mention from `find` or a longer due text ("by next Friday", "下周五之前"): the
    longest date expression in it decides.
    """
    if isinstance(phrase, str) and isinstance(meeting_date, date):
        return _resolve(phrase, meeting_date)
    return _resolve.__wrapped__(phrase, meeting_date)


# The engine asks about the same phrase several times per call (is the ask's time specific? the action's due
# date? one action or two?); `Due` is immutable, so a bounded cache answers the repeats.
@lru_cache(maxsize=4096)
def _resolve(phrase: str, meeting_date: date) -> Due | None:
    hits = _hits(phrase)
    for hit in sorted(hits, key=lambda h: h.start - h.end):
        due = apply(hit.rule, hit.match, meeting_date)
        if due is not None:
            return due
    return None


def bare_weekday(phrase: str) -> bool:
    """Whether the date `phrase` names is a weekday alone ("周二下午", "Tuesday at 2"), naming no week of its
    own ("下周二", "next Tuesday") and no day of the month ("Tuesday the 14th" is a month-day rule): read as
    the next such day after the meeting, so said again it may mean the same day as a dated one."""
    hits = sorted(_hits(phrase), key=lambda h: h.start - h.end)
    if not hits or isinstance(hits[0].match, tuple):  # a range ("周二到周四") is not one weekday
        return False
    bare = _BARE_WEEKDAY.get(hits[0].rule.name)
    return bare is not None and bare(hits[0].match)


_BARE_WEEKDAY = {"zh.weekday": zh.bare_weekday, "en.weekday": en.bare_weekday}


def clear_cache() -> None:
    """Forget memoized resolutions (a benchmark repeating one call must not be served from them)."""
    _resolve.cache_clear()
