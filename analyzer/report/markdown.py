"""Markdown layout of the post-call report (content and order come from `sections.build`)."""

from __future__ import annotations

import re

from analyzer.models import Analysis
from analyzer.report.sections import Entry, Quote, build, turn_ref
from analyzer.report.strings import text

# Characters that would turn a speaker's words into Markdown syntax (emphasis, links, raw HTML, headings).
_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def escape(s: str) -> str:
    # Most text has none of these: a search is cheaper than `sub` expanding its template for nothing.
    return _SPECIAL.sub(r"\\\1", s) if _SPECIAL.search(s) is not None else s


def render(analysis: Analysis) -> str:
    report = build(analysis)
    lines = [f"# {escape(report.title)}", ""]
    lines += [f"- **{name}**{text(report.lang, 'colon')}{escape(value)}" for name, value in report.meta]
    for section in report.sections:
        lines += ["", f"## {section.title}", ""]
        if not section.entries:
            lines.append(section.empty)
        for entry in section.entries:
            lines += _entry(entry, report.lang)
    return "\n".join(lines) + "\n"


def _quote(q: Quote, lang: str) -> str:
    body = escape(q.text).replace("\n", "\n  > ")
    note = f"*{escape(q.note)}*{text(lang, 'colon')}" if q.note else ""
    return f"{note}“{body}” — {escape(turn_ref(lang, q))}"


def _entry(entry: Entry, lang: str) -> list[str]:
    head = escape(entry.head)
    if entry.strong:
        head = f"**{escape(entry.strong)}** — {head}" if head else f"**{escape(entry.strong)}**"
    if entry.tag:
        head = f"`{entry.tag}` — {head}" if head else f"`{entry.tag}`"
    if entry.notes:
        notes = " · ".join(escape(n) for n in entry.notes)
        head = f"{head} · *{notes}*" if head else f"*{notes}*"
    quotes = list(entry.quotes)
    if not head and quotes:  # a bare quote (praise, a signal) is the item itself
        head = _quote(quotes.pop(0), lang)
    # Two trailing spaces: a Markdown line break between the quotes of one blockquote.
    lines = [f"  > {_quote(q, lang)}" + ("  " if i < len(quotes) - 1 else "") for i, q in enumerate(quotes)]
    return [f"- {head}", *lines]
