"""PII redaction (`--redact`): mask emails, phone numbers, Chinese ID numbers and card numbers before a
transcript leaves the machine, and map the model's quotes back to the original words afterwards.

Written by hand because the maintained redactors (Presidio, scrubadub) bring spaCy models and no rule for
Chinese ID or mobile numbers; what is needed is four patterns and a reversible, stable mapping: the same
value gets the same placeholder throughout one transcript, so the model still sees that two mentions match.
"""

from __future__ import annotations

import re

# Order matters: an 18-character ID or a 16-digit card must be masked before the phone pattern could bite
# into its digits.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("EMAIL", re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")),
    # Resident ID: 6-digit region, birth date 18xx-20xx, 3 digits, check digit or X.
    ("ID", re.compile(r"(?<!\d)[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?!\d)")),
    # Cards: 13-19 digits, optionally grouped by spaces or dashes; kept only when the Luhn check passes.
    ("CARD", re.compile(r"(?<![\d+])\d(?:[ -]?\d){12,18}(?!\d)")),
    # Mainland mobile numbers, optionally with +86.
    ("PHONE", re.compile(r"(?<![\d+])(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?!\d)")),
    # Mainland landlines: area code 0xx / 0xxx, a dash, 7-8 digits ("010-62345678", "0512-6788 1234").
    ("PHONE", re.compile(r"(?<![\d-])0\d{2,3}-\d{3,4}[ -]?\d{4}(?!\d)")),
    # International or with an area code in parentheses: "+44 20 7946 0958", "(415) 555-2671". A bare run
    # of digit groups is as often an order number or an amount, so it stays.
    ("PHONE", re.compile(r"(?<![\w+])(?:\+\d{1,3}[ .-]?(?:\(\d{1,4}\)[ .-]?)?|\(\d{1,4}\)[ .-]?)\d{2,4}(?:[ .-]?\d{2,4}){1,4}(?!\w)")),
)
_MIN_PHONE_DIGITS = 7
_MAX_PHONE_DIGITS = 15  # E.164


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _accept(kind: str, value: str) -> bool:
    digits = re.sub(r"\D", "", value)
    if kind == "CARD":
        return _luhn(digits)
    if kind == "PHONE":
        # A bare "2025-03-14" or "10 20 30" is a date or a list, not a phone: demand a '+', parentheses or
        # enough digits with separators typical of phone numbers.
        if not _MIN_PHONE_DIGITS <= len(digits) <= _MAX_PHONE_DIGITS:
            return False
        if re.fullmatch(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}", value):
            return False
        return True
    return True


class Redactor:
    """Per-transcript masking: `mask(text)` before sending, `unmask(text)` on what comes back."""

    def __init__(self) -> None:
        self._by_value: dict[str, str] = {}
        self._by_token: dict[str, str] = {}
        self._counts: dict[str, int] = {}

    def _token(self, kind: str, value: str) -> str:
        token = self._by_value.get(value)
        if token is None:
            self._counts[kind] = self._counts.get(kind, 0) + 1
            token = f"[{kind}_{self._counts[kind]}]"
            self._by_value[value] = token
            self._by_token[token] = value
        return token

    def mask(self, text: str) -> str:
        for kind, pattern in _PATTERNS:
            text = pattern.sub(lambda m, k=kind: self._token(k, m.group()) if _accept(k, m.group()) else m.group(), text)
        return text

    def unmask(self, text: str | None) -> str | None:
        if not text or not self._by_token:
            return text
        return re.sub(r"\[(?:EMAIL|ID|CARD|PHONE)_\d+\]", lambda m: self._by_token.get(m.group(), m.group()), text)

    @property
    def masked(self) -> int:
        """How many distinct values were masked."""
        return len(self._by_value)
