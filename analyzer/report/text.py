"""Plain-text layout of the post-call report, for terminals and e-mail (content and order from `sections.build`).

Lines are not wrapped: a wrapped quote would no longer be a verbatim, searchable substring of the transcript.
"""

from __future__ import annotations

import unicodedata

from analyzer.models import Analysis
from analyzer.report.sections import Entry, Quote, build, turn_ref
from analyzer.report.strings import text


def _width(s: str) -> int:
    """Display columns, so the underline of a zh heading is as long as the heading."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def render(analysis: Analysis) -> str:
    report = build(analysis)
    lines = [report.title, "=" * _width(report.title)]
    lines += [f"{name}{text(report.lang, 'colon')}{value}" for name, value in report.meta]
    for section in report.sections:
        lines += ["", section.title, "-" * _width(section.title)]
        if not section.entries:
            lines.append(section.empty)
        for entry in section.entries:
            lines += _entry(entry, report.lang)
    return "\n".join(lines) + "\n"


def _quote(q: Quote, lang: str) -> str:
    note = f"{q.note}{text(lang, 'colon')}" if q.note else ""
    return f"{note}“{q.text}” — {turn_ref(lang, q)}"


def _entry(entry: Entry, lang: str) -> list[str]:
    head = entry.head
    label = entry.strong or entry.tag
    if label:
        head = f"{label} — {head}" if head else label
    if entry.notes:
        head = " · ".join([head, *entry.notes]) if head else " · ".join(entry.notes)
    quotes = list(entry.quotes)
    if not head and quotes:
        head = _quote(quotes.pop(0), lang)
    return [f"* {head}"] + [f"    {_quote(q, lang)}" for q in quotes]
