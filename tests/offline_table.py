"""Shared machinery of the offline engine's phenomenon tables (test_offline_en.py, test_offline_zh.py).

Each row: (role, text, expected labels, expected due). Labels are the findings the engine must produce for
that utterance alone, and no others among praise / customer actions / rep actions / asks:
  "praise", "action:<type>", "joint", "rep", "ask:specific", "ask:vague", plus "signal" where listed.
Meeting date 2026-03-12 (Thursday). Every quote must be a verbatim substring of its turn.
"""

from __future__ import annotations

from datetime import date

from analyzer.dates import resolve
from analyzer.extract.offline import OfflineEngine
from analyzer.models import Findings, Transcript, Turn

MEETING = date(2026, 3, 12)
ENGINE = OfflineEngine()
C, R = "customer", "rep"


def run(turns: list[tuple[str, str]], kind: str = "dialogue", language: str = "en") -> tuple[Transcript, Findings]:
    t = Transcript(
        id="t", source="t", kind=kind, meeting_date=MEETING, language=language,
        turns=[Turn(index=i, speaker="" if kind == "notes" else role, text=text, role=role)
               for i, (role, text) in enumerate(turns)],
    )
    return t, ENGINE.extract(t)


def labels(f: Findings) -> set[str]:
    out = set()
    if f.praise:
        out.add("praise")
    for a in f.customer_actions:
        out.add(f"action:{a.type}")
        if a.actor == "joint":
            out.add("joint")
    if f.rep_actions:
        out.add("rep")
    for a in f.asks:
        out.add("ask:specific" if a.specific else "ask:vague")
    if f.signals:
        out.add("signal")
    return out


def assert_verbatim(t: Transcript, f: Findings) -> None:
    for field in ("praise", "customer_actions", "rep_actions", "asks", "signals", "probes", "declines"):
        for item in getattr(f, field):
            assert item.quote and item.quote in t.turns[item.turn].text, (field, item.quote)


def check_row(role: str, text: str, expected: set[str], due, language: str) -> None:
    """One table row: exactly the expected labels, verbatim quotes, and the due phrase resolving to `due`."""
    t, f = run([(role, text)], language=language)
    assert_verbatim(t, f)
    got = labels(f)
    if "signal" not in expected:
        got.discard("signal")
    assert got == expected, f"{text!r}: got {sorted(got)}, want {sorted(expected)}"
    if due is not None:
        dated = f.customer_actions or f.rep_actions
        assert_due(text, dated[0].due_text, due)


def check_notes_row(sentences: list[str], expected: set[str], due, language: str) -> None:
    """One prose-notes row (the writer is the rep; no speakers): labels, verbatim quotes, the first action's due."""
    t, f = run([("unknown", s) for s in sentences], kind="notes", language=language)
    assert_verbatim(t, f)
    got = labels(f) - {"signal"}
    assert got == expected, f"{sentences!r}: got {sorted(got)}, want {sorted(expected)}"
    if due is not None:
        assert_due(sentences, f.customer_actions[0].due_text, due)


def assert_due(where, phrase: str | None, due) -> None:
    """`phrase` resolves from MEETING to `due`: an ISO date, or a (start, end) pair for a range."""
    assert phrase, f"{where!r}: no due phrase"
    resolved = resolve(phrase, MEETING)
    want = (date.fromisoformat(due[0]), date.fromisoformat(due[1])) if isinstance(due, tuple) else (
        date.fromisoformat(due), None)
    assert (resolved.start, resolved.end) == want, f"{where!r}: {phrase!r} -> {resolved}"
