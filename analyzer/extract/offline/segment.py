"""Split a turn into sentences and clauses, keeping character offsets into the turn's own text.

Offsets, not copies: every quote the engine emits is `turn.text[start:end]`, so it is verbatim by
construction. The punctuation that ends a sentence or a clause comes from the lexicons; what is written by
hand here is only the offset bookkeeping (no sentence splitter in a well-kept library keeps offsets for mixed
Chinese/English text and lets the boundaries be data).
"""

from __future__ import annotations

from dataclasses import dataclass

from analyzer.extract.offline.lexicon import Lexicon

# Abbreviations are short: look back only this far for one (a whole-prefix search is quadratic in a long turn).
ABBREVIATION_MAX = 10
_TRIM = " \t\r\n\u3000，,。.！!？?；;：:、…~～\"'“”‘’（）()-—"
_TRIM_END = " \t\r\n\u3000，,：:、;；-—"


# Slots, not frozen: a frozen dataclass sets each field through object.__setattr__, 3-4x slower to build, and
# a long call builds thousands. Equality and hashing stay by value (unsafe_hash); nothing assigns to them.
@dataclass(slots=True, unsafe_hash=True)
class Clause:
    turn: int
    sentence: int  # index of the sentence within the turn
    start: int
    end: int
    text: str  # turn.text[start:end]


@dataclass(slots=True, unsafe_hash=True)
class Sentence:
    turn: int
    index: int
    start: int
    end: int
    text: str
    clauses: tuple[Clause, ...]


def _cuts(text: str, lexicons: tuple[Lexicon, ...], attr: str) -> list[tuple[int, int]]:
    """Boundary spans (separator matches) from every applicable lexicon, sorted and non-overlapping."""
    if len(lexicons) == 1:
        return _cuts_one(text, lexicons[0], attr)
    spans = []
    for lex in lexicons:
        pattern = getattr(lex, attr)
        for m in pattern.finditer(text):
            # A group 1 in the separator is kept with the text before it (the sentence's own end mark).
            start = m.end(1) if pattern.groups and m.start(1) >= 0 else m.start()
            if attr == "sentence_end" and lex.abbreviations is not None and text[start - 1:start] == ".":
                # "Mr. Lee", "e.g. the CFO": a period after an abbreviation ends no sentence.
                if _abbreviated(lex.abbreviations, text, start):
                    continue
            spans.append((start, m.end()))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def _abbreviated(abbreviations, text: str, start: int) -> bool:
    """The period ending at `start` closes an abbreviation; the lexicon's entry may look past it ("No. 5", not
    "No. Thank you")."""
    return any(m.end() == start for m in abbreviations.finditer(
        text, max(0, start - ABBREVIATION_MAX), min(len(text), start + ABBREVIATION_MAX)))


def _cuts_one(text: str, lex: Lexicon, attr: str) -> list[tuple[int, int]]:
    """`_cuts` for one lexicon: its matches come sorted and disjoint from one `finditer`, so there is nothing to
    sort, and merging touching ones would change no piece (the piece between them is empty and dropped)."""
    pattern = getattr(lex, attr)
    if not pattern.groups:
        return [m.span() for m in pattern.finditer(text)]
    abbreviations = lex.abbreviations if attr == "sentence_end" else None
    spans = []
    for m in pattern.finditer(text):
        start = m.end(1) if m.start(1) >= 0 else m.start()
        if abbreviations is not None and text[start - 1:start] == ".":
            if _abbreviated(abbreviations, text, start):
                continue
        spans.append((start, m.end()))
    return spans


def _pieces(text: str, offset: int, cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans between cuts, trimmed of spaces and punctuation, empty ones dropped."""
    out, pos = [], 0
    for s, e in cuts + [(len(text), len(text))]:
        if s > pos:
            # str.lstrip/rstrip trim in C what a loop over characters did in Python.
            piece = text[pos:s]
            body = piece.lstrip(_TRIM)
            a = offset + pos + len(piece) - len(body)
            body = body.rstrip(_TRIM_END)
            if body:
                out.append((a, a + len(body)))
        pos = e
    return out


def split(turn_index: int, text: str, lexicons: tuple[Lexicon, ...]) -> list[Sentence]:
    """Sentences of `text`, each with its clauses; all offsets index into `text`."""
    sentences = []
    for si, (s0, s1) in enumerate(_pieces(text, 0, _cuts(text, lexicons, "sentence_end"))):
        body = text[s0:s1]
        cuts = _cuts(body, lexicons, "clause_sep")
        # No separator: the one clause is the whole sentence (already trimmed as a piece of the turn).
        clauses = tuple(
            Clause(turn_index, si, c0, c1, text[c0:c1]) for c0, c1 in _pieces(body, s0, cuts)
        ) if cuts else ()
        sentences.append(Sentence(turn_index, si, s0, s1, body, clauses or (Clause(turn_index, si, s0, s1, body),)))
    return sentences
