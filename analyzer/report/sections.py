"""The post-call report's content and order, independent of how it is rendered.

`build(analysis)` turns an `Analysis` (the contract, and nothing else) into a `Report`: a header and an
ordered list of sections whose entries carry their verbatim quotes. The Markdown and text renderers (and an
HTML one) only lay this out, so the formats cannot drift apart and no renderer can print a quote that is not
in the Analysis.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from analyzer.models import Analysis, Ask, CustomerAction, RepAction
from analyzer.report.strings import OUTCOMES, label, lang_of, text

SECTION_ORDER = ("outcome", "flags", "customer_actions", "praise", "rep_actions", "asks", "signals", "warnings")


@dataclass
class Quote:
    """A verbatim quote and where it stands. `speaker`/`start` are None when the contract does not carry them."""

    text: str
    turn: int | None
    speaker: str | None = None
    start: str | None = None
    note: str | None = None  # what this quote is, for secondary quotes ("customer response: declined")


@dataclass
class Entry:
    head: str
    strong: str | None = None  # a short label shown emphasized before `head` (an outcome)
    tag: str | None = None  # a machine code shown before `head` (a flag code), verbatim in every format
    notes: list[str] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)


@dataclass
class Section:
    key: str
    title: str
    entries: list[Entry]
    empty: str  # printed when there are no entries: "nothing found" is an answer, not a blank


@dataclass
class Report:
    lang: str
    title: str
    meta: list[tuple[str, str]]
    sections: list[Section]


def build(analysis: Analysis) -> Report:
    lang = lang_of(analysis.call.language)
    builders = {
        "outcome": _outcome,
        "flags": _flags,
        "customer_actions": _customer_actions,
        "praise": _praise,
        "rep_actions": _rep_actions,
        "asks": _asks,
        "signals": _signals,
        "warnings": _warnings,
    }
    sections = []
    for key in SECTION_ORDER:
        entries = builders[key](analysis, lang)
        if key in ("signals", "warnings") and not entries:
            continue  # optional sections: shown only when there is something to say
        empty = text(lang, "no_flags" if key == "flags" else "none")
        sections.append(Section(key=key, title=text(lang, key), entries=entries, empty=empty))
    title = text(lang, "title", id=analysis.call.id)
    return Report(lang=lang, title=title, meta=_meta(analysis, lang), sections=sections)


def turn_ref(lang: str, quote: Quote) -> str:
    """'王总, turn 12, 00:03:21' — the parts the contract has for this quote."""
    turn = text(lang, "turn", n=quote.turn) if quote.turn is not None else None
    parts = [p for p in (quote.speaker, turn, quote.start) if p]
    return text(lang, "list_sep").join(parts)


# ------------------------------------------------------------------ header


def _meta(a: Analysis, lang: str) -> list[tuple[str, str]]:
    call = a.call
    sep = text(lang, "list_sep")
    people = sep.join(text(lang, "person", name=p.name, role=label(lang, p.role)) for p in call.participants) or "—"
    engine = f"{a.engine.name} {a.engine.version}"
    if a.engine.fallback_from:
        engine += f" ({text(lang, 'fallback', name=a.engine.fallback_from)})"
    meta = [
        (text(lang, "date"), call.meeting_date.isoformat()),
        (text(lang, "language"), label(lang, call.language)),
        (text(lang, "kind"), label(lang, call.kind)),
        (text(lang, "participants"), people),
        (text(lang, "engine"), engine),
    ]
    if call.account:
        meta.append((text(lang, "account"), call.account))
    if call.title:
        meta.append((text(lang, "call_title"), call.title))
    meta += [(text(lang, "source"), call.source), (text(lang, "turns"), str(call.turns))]
    return meta


# ------------------------------------------------------------------ sections


def _outcome(a: Analysis, lang: str) -> list[Entry]:
    name, why = OUTCOMES[lang][a.outcome]
    ask = text(lang, "no_specific_ask" if a.no_specific_ask else "specific_ask_made")
    return [Entry(strong=name, head=why), Entry(head=ask)]


def _flags(a: Analysis, lang: str) -> list[Entry]:
    entries = []
    for f in a.flags:
        notes = [text(lang, "turn", n=f.turn)] if f.turn is not None else []
        entries.append(Entry(tag=f.code, head=f.message, notes=notes))
    return entries


def _due(lang: str, item: CustomerAction | RepAction) -> str:
    if item.due_date is None:
        return text(lang, "unresolved", text=item.due_text) if item.due_text else text(lang, "no_date")
    end = getattr(item, "due_end", None)
    when = item.due_date.isoformat()
    if end is not None and end != item.due_date:
        when = text(lang, "range", start=when, end=end.isoformat())
    if getattr(item, "due_fuzzy", False):
        when += text(lang, "fuzzy")
    if item.due_text:
        when += f" — “{item.due_text}”"
    return text(lang, "due", when=when)


def _customer_actions(a: Analysis, lang: str) -> list[Entry]:
    entries = []
    for c in a.customer_actions:
        notes = [label(lang, c.type), _due(lang, c)]
        if c.actor == "joint":
            notes.append(text(lang, "joint"))
        quotes = [Quote(c.quote, c.turn, c.speaker, c.start)]
        if c.proposal_quote:
            quotes.append(Quote(c.proposal_quote, c.proposal_turn, note=text(lang, "accepts")))
        entries.append(Entry(head=c.action, notes=notes, quotes=quotes))
    return entries


def _praise(a: Analysis, lang: str) -> list[Entry]:
    return [Entry(head="", quotes=[Quote(p.quote, p.turn, p.speaker, p.start)]) for p in a.praise]


def _rep_actions(a: Analysis, lang: str) -> list[Entry]:
    return [
        Entry(head=r.action, notes=[_due(lang, r)], quotes=[Quote(r.quote, r.turn, r.speaker, r.start)])
        for r in a.rep_actions
    ]


def _after_decline(a: Analysis, ask: Ask, lang: str) -> str:
    """Which of the article's remedies followed a declined ask, read off the contract.

    assess raises DECLINED_NOT_PROBED exactly when the rep neither probed nor lowered the ask; a later ask
    is a lowered one.
    """
    after = ask.response_turn if ask.response_turn is not None else ask.turn
    later = [b for b in a.asks if b.turn > after]
    if later:
        return text(lang, "after_decline_lowered", turn=text(lang, "turn", n=min(b.turn for b in later)))
    if any(f.code == "DECLINED_NOT_PROBED" and f.turn == ask.turn for f in a.flags):
        return text(lang, "after_decline_nothing")
    return text(lang, "after_decline_probed")


def _asks(a: Analysis, lang: str) -> list[Entry]:
    entries = []
    for ask in sorted(a.asks, key=lambda x: x.turn):
        notes = []
        if ask.missing:
            parts = text(lang, "list_sep").join(label(lang, m) for m in ask.missing)
            notes.append(text(lang, "missing", parts=parts))
        response = text(lang, "response", response=label(lang, ask.response))
        notes.append(response)
        if ask.response == "declined":
            notes.append(_after_decline(a, ask, lang))
        quotes = [Quote(ask.quote, ask.turn, ask.speaker, ask.start)]
        if ask.response_quote:
            quotes.append(Quote(ask.response_quote, ask.response_turn, note=text(lang, "answer")))
        entries.append(Entry(head=text(lang, "specific" if ask.specific else "vague"), notes=notes, quotes=quotes))
    return entries


def _signals(a: Analysis, lang: str) -> list[Entry]:
    return [Entry(head="", quotes=[Quote(s.quote, s.turn, s.speaker, s.start)]) for s in a.signals]


def _warnings(a: Analysis, lang: str) -> list[Entry]:
    entries = [Entry(head=w) for w in a.warnings]
    if a.dropped_quotes:
        entries.append(Entry(head=text(lang, "dropped", n=a.dropped_quotes)))
    return entries
