"""Meeting date, language and id of a transcript.

Language rule: count CJK characters (each one a token, as a Chinese word is 1–3 of them) against Latin
words. "mixed" when each side is at least 20% of the tokens; otherwise the larger side. No tokens → "en".
"""

from __future__ import annotations

import hashlib
import re
from datetime import date, datetime
from pathlib import Path

from analyzer.errors import InputError

# Counted by runs, not one match object per character: the same count, several times faster on Chinese.
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
# What a Latin word is; `latin_words` counts its matches without running it (tests hold the two equal).
_LATIN_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
MIXED_SHARE = 0.20
_NAME_DATE = re.compile(r"(?<!\d)(20\d{2}|19\d{2})([-_.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)")
_TEXT_DATE = re.compile(r"^\s*(\d{4})\s*(?:[-/.年])\s*(\d{1,2})\s*(?:[-/.月])\s*(\d{1,2})\s*日?\s*$")


SAMPLE_CHARS = 200_000


def _sample(texts: list[str]) -> str:
    """All the text, or for long calls 20 evenly spaced 10,000-character slices of it (shares are stable)."""
    joined = "\n".join(texts)
    if len(joined) <= SAMPLE_CHARS:
        return joined
    step = len(joined) // 20
    return "\n".join(joined[i * step:i * step + SAMPLE_CHARS // 20] for i in range(20))


# Latin words counted without a match object per word (`_LATIN_WORD` made one for each of the ~9,000 words
# of an hour-long call: ~5 % of its analysis). Bytes are mapped to three classes, letter "a", apostrophe "'",
# anything else " " (a non-ASCII character becomes several spaces, still "anything else"), and counted with
# C string methods. `_LATIN_WORD` takes a whole run of letters and, across one apostrophe, the next whole run:
# runs joined by single apostrophes (a chain of k runs, "rock'n'roll") make ceil(k/2) words, any other run one.
_CLASSES = bytes(
    ord("a") if chr(b).isascii() and chr(b).isalpha() else ord("'") if b == ord("'") else ord(" ") for b in range(256)
)

# A junction (an apostrophe between two letters), and a run of letters between two junctions (a chain of
# three runs or more). Both open with the apostrophe (rare: `re` skips to it in C), the letter before it
# checked behind.
_JUNCTION = re.compile(rb"'(?<=a')(?=a)")
_LONG_CHAIN = re.compile(rb"'(?<=a')a+'(?=a)")


def latin_words(text: str) -> int:
    """len(_LATIN_WORD.findall(text)), computed from letter runs and the apostrophes joining them."""
    # One byte per character ("?" for any non-ASCII one, then " "), so offsets stay character offsets.
    t = text.replace("\u2019", "'").encode("ascii", "replace").translate(_CLASSES)
    runs = t.count(b" a") + t.count(b"'a") + (t[:1] == b"a")
    if _LONG_CHAIN.search(t) is None:  # every chain has one junction ("don't"): one word fewer per junction
        return runs - len(_JUNCTION.findall(t))
    joins, chain, last = 0, 1, -2
    for m in _JUNCTION.finditer(t):
        j = m.start()
        # The same chain when only letters lie between this junction and the last one.
        if last >= 0 and t.count(b"a", last + 1, j) == j - last - 1:
            chain += 1
        else:
            joins += chain // 2
            chain = 2
        last = j
    joins += chain // 2
    return runs - joins


def language_of(texts: list[str]) -> str:
    sample = _sample(texts)
    cjk = 0 if sample.isascii() else sum(map(len, _CJK_RUN.findall(sample)))
    latin = latin_words(sample)
    total = cjk + latin
    if total == 0:
        return "en"
    if cjk >= MIXED_SHARE * total and latin >= MIXED_SHARE * total:
        return "mixed"
    return "zh" if cjk > latin else "en"


def parse_date(value, source: str, field: str) -> date:
    """A front-matter or JSON date: a YAML date, '2026-03-12', '2026/3/12', '2026年3月12日' or an ISO datetime."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        m = _TEXT_DATE.match(value)
        try:
            if m:
                return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            return datetime.fromisoformat(value.strip()).date()
        except ValueError:
            pass
    raise InputError(source, f"meeting date {str(value)[:40]!r} (key '{field}') is not a date: write it as YYYY-MM-DD")


def date_from_name(name: str) -> date | None:
    for m in _NAME_DATE.finditer(name):
        try:
            return date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        except ValueError:
            continue
    return None


def meeting_date_of(
    option: date | None, meta: dict, name: str, today: date | None, source: str
) -> tuple[date, str, list[str]]:
    """(date, source, warnings): the option, else front matter, else the file name, else today with a warning."""
    if option is not None:
        return option, "option", []
    for key in ("meeting_date", "date"):
        if meta.get(key) not in (None, ""):
            return parse_date(meta[key], source, key), "front_matter", []
    found = date_from_name(name)
    if found is not None:
        return found, "file_name", []
    today = today or date.today()
    return today, "today", [
        f"no meeting date given (option, front matter or file name): relative dates are resolved from today, {today.isoformat()}"
    ]


def transcript_id(path: str, data: bytes) -> str:
    """The file stem made safe for file names and URLs; a content hash for stdin."""
    if path in ("-", ""):
        return "stdin-" + hashlib.sha256(data).hexdigest()[:12]
    stem = re.sub(r"[^\w.-]+", "-", Path(path).stem).strip("-.")
    return stem[:80] or "call-" + hashlib.sha256(data).hexdigest()[:12]
