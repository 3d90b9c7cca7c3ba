"""Prose visit notes (a rep's 拜访记录, call notes): one turn per sentence, each a verbatim slice.

Hand-written because the sentence splitters that exist are either English-only (pysbd, nltk punkt) or
pull a model (spaCy, stanza), and none guarantees that a sentence is an exact slice of the input, which
grounding needs. Breaks: newlines, 。！？!?；; and ellipses; ". " in English unless the word before is an
abbreviation, an initial or a list number, or the next word starts in lower case.
"""

from __future__ import annotations

import re

from analyzer.ingest.parsed import RawTurn

_BREAK = re.compile(r"\n|(?:[。！？!?；;]|…+|\.{3,})+[”’\"'）)】」』]*|(?P<dot>\.)[”’\"'）)]*(?=\s)")
_LIST_MARKER = re.compile(r"^(?:#{1,6}\s+|>\s*|[-*+•·▪]\s+|\d{1,2}(?:[.)]\s+|、\s*)|[（(]\d{1,2}[)）]\s*)")
_CONTENT = re.compile(r"\w")
_MARKER_START = set("#>-*+•·▪（(0123456789")
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "vs", "etc", "inc", "ltd", "co", "corp", "no", "approx",
    "fig", "dept", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "wed", "thu", "fri", "sat", "sun", "am", "pm", "e.g", "i.e", "cf", "al", "vol", "ca",
}


def _is_abbreviation_break(text: str, dot: int) -> bool:
    """True when the '.' at `dot` ends an abbreviation, an initial or a list number rather than a sentence."""
    # Look back a bounded window: an unbounded search would make long single-line notes quadratic.
    window = max(0, dot - 80)
    nl = text.rfind("\n", window, dot)
    line_start = nl + 1 if nl >= 0 else (0 if window == 0 else -1)
    before = text[max(line_start, window):dot]
    if not before or before[-1].isspace():
        return False
    parts = before.rsplit(None, 1)
    word = parts[-1].lstrip("([\"'“‘")
    nxt = text[dot + 1:dot + 40].lstrip(" \t”’\"')）")[:1]
    if nxt.islower():
        return True  # "approx. ten users", "vs. them": a sentence does not start in lower case
    low = word.lower()
    if low in _ABBREVIATIONS and not (low == "etc" and nxt.isupper()):
        return True
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "J. Smith"
    if "." in word and all(len(p) <= 2 for p in word.split(".")):
        return True  # "U.S", "a.m"
    return word.isdigit() and len(parts) == 1 and max(line_start, window) == line_start  # "1. Called Wang"


def split_sentences(text: str) -> list[RawTurn]:
    turns: list[RawTurn] = []
    begin = 0
    for m in _BREAK.finditer(text):
        if m.lastgroup == "dot" and _is_abbreviation_break(text, m.start()):
            continue
        _add(text, begin, m.end(), turns)
        begin = m.end()
    _add(text, begin, len(text), turns)
    return turns


def _add(text: str, begin: int, end: int, turns: list[RawTurn]) -> None:
    sentence = text[begin:end].strip()
    if sentence[:1] in _MARKER_START:  # most sentences start with a letter: skip the regex for them
        marker = _LIST_MARKER.match(sentence)
        if marker:
            sentence = sentence[marker.end():].strip()
    if _CONTENT.search(sentence):
        turns.append(RawTurn("", sentence))
