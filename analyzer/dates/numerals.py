"""Numbers as people say them in dates: "20", "２０", "二十", "两", "十五", "二〇二七", "半", "三五".

Written by hand because the job is tiny (numbers up to a few thousand) and the libraries that read
Chinese numerals (cn2an and friends) parse whole sentences and would be a dependency for ten lines.
"""

from __future__ import annotations

from analyzer.dates.vocab import EN_DIGIT_WORDS, EN_NUMBERS, EN_TENS, ZH_APPROX, ZH_DIGITS, ZH_TENS

# Regex fragments for the numbers we accept. Arabic digits include full-width ones (Python's \d does).
ZH_NUM = r"(?:\d{1,4}|[零〇一二两俩三四五六七八九十百]{1,4})"
ZH_APPROX_NUM = "(?:" + "|".join(ZH_APPROX) + ")"


def zh_int(text: str) -> int | None:
    """Read one number: Arabic (any width) or Chinese ("十五", "二十", "两", "二〇二七"). None if not one."""
    if not text:
        return None
    if text.isdecimal():
        return int(text)  # int() reads full-width digits too
    if all(c in ZH_DIGITS for c in text) and len(text) > 1:
        # Digit-by-digit spelling, as in years: 二〇二七.
        return int("".join(str(ZH_DIGITS[c]) for c in text))
    total, current = 0, 0
    for char in text:
        if char in ZH_DIGITS:
            current = ZH_DIGITS[char]
        elif char in ZH_TENS:
            # "十五": a bare 十 means one ten.
            total += (current or 1) * ZH_TENS[char]
            current = 0
        else:
            return None
    return total + current


def zh_amount(text: str) -> tuple[float, float] | None:
    """A count that may be approximate: "三" → (3, 3); "两三" → (2, 3); "半" → (0.5, 0.5).

    "一个半" (one and a half) is left to the caller, which sees the 个半."""
    if text in ZH_APPROX:
        low, high = ZH_APPROX[text]
        return float(low), float(high)
    if text == "半":
        return 0.5, 0.5
    value = zh_int(text)
    return None if value is None else (float(value), float(value))


def en_int(text: str) -> int | None:
    """Read "3", "three", "forty-five", "a", "a couple of". None if not a number we know."""
    text = " ".join(text.lower().replace("-", " ").split())
    if text.isdecimal():
        return int(text)
    tens, _, ones = text.partition(" ")
    if tens in EN_TENS and (not ones or ones in EN_DIGIT_WORDS):
        return EN_TENS[tens] + (EN_DIGIT_WORDS.index(ones) + 1 if ones else 0)
    return EN_NUMBERS.get(text)
