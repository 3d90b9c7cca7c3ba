"""The anchor gate may only skip a cue that cannot match: checked against every cue on realistic text."""

from __future__ import annotations

import pytest

from analyzer.extract.offline import gate
from analyzer.extract.offline.gate import anchors_of, trie_regex
from analyzer.extract.offline.lexicon import CLAUSE_KEYS, fold, load
from test_offline_dialogue import ACCEPTANCE, NOT_ACCEPTED
from test_offline_en import ROWS as EN_ROWS
from test_offline_zh import ROWS as ZH_ROWS

TEXTS = [r[1] for r in ZH_ROWS + EN_ROWS] + [t for turns, *_ in ACCEPTANCE + NOT_ACCEPTED for _, t in turns]
# Chat drops apostrophes ("cant", "dont"): the compiler rewrites "n't" in the cues, anchors must follow it.
TEXTS += ["i cant commit to that right now", "we dont need a pilot", "I wont be able to sign, sorry", "Isnt it ok?"]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_gate_never_hides_a_matching_cue(lang):
    lex = load(lang)
    for text in TEXTS:
        folded = fold(lex, text.replace("\u2019", "'"))
        live = lex.candidates(folded)
        for key, pattern in lex.keys.items():
            if key not in CLAUSE_KEYS and pattern.search(folded):
                assert key in live, (lang, key, text)
        for name, pattern in lex.types:
            if pattern is not None and pattern.search(folded):
                assert f"type:{name}" in live, (lang, name, text)


def test_anchors_are_read_off_the_parse_tree():
    assert anchors_of(r"(?:i|we)(?:'ll| will)", 2) == {"'ll", " will"}
    found = anchors_of(r"试用|试点", 1)  # re factors the common prefix: one anchor "试" serves both
    assert found and all(any(a in w for a in found) for w in ("试用", "试点"))
    assert anchors_of(r"[a-z]+", 2) is None  # nothing literal: the cue always runs


def test_trie_regex_prefers_the_longest_anchor():
    rx = trie_regex(["we", "we'll", "will"])
    assert rx.search("so we'll see").group() == "we'll"
    assert rx.search("we go").group() == "we"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_alternatives_gated_one_by_one_find_the_same_matches(lang, monkeypatch):
    """`Branches`: searching only the alternatives whose anchors the text holds finds the whole cue's first
    match where the whole cue finds it, on every text of the tables."""
    monkeypatch.setattr(gate, "COMPILE_AFTER", 1)
    lex = load(lang)
    patterns = dict(lex.keys) | {f"type:{n}": p for n, p in lex.types if p is not None}
    checked = 0
    for text in TEXTS:
        folded = fold(lex, text.replace("\u2019", "'"))
        anchors = lex.anchors(folded)
        for key, alts in lex.branches.items():
            first = patterns[key].search(folded)
            # Twice: a selection seen often is searched as one regex of its alternatives (here from the 2nd use).
            for _ in range(2):
                assert alts.leftmost(anchors, folded) == (-1 if first is None else first.start()), (key, text)
            checked += 1
    assert checked or not lex.branches  # some cue was really searched as a part of itself
    assert any(alts.joined for alts in lex.branches.values()) or not lex.branches  # and as one regex of them


def test_alternatives_split_at_depth_zero_only():
    from analyzer.extract.offline.gate import split_alternatives

    assert split_alternatives("(?:a|b)|c") == ["a", "b", "c"]
    assert split_alternatives("(?:a|b)c|d") == ["(?:a|b)c", "d"]  # a group followed by more is one piece
    assert split_alternatives(r"[|(]x|\|y|(?:z)") == [r"[|(]x", r"\|y", "(?:z)"]  # one alternative: kept whole
    assert split_alternatives("[]|]a|b") == ["[]|]a", "b"]
    assert split_alternatives("(?:a|b)*") == ["(?:a|b)*"]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_clause_cues_gated_by_the_turn_find_the_same(lang):
    """A clause-level cue tested through the turn's anchors (`TurnView.test`) answers what the whole cue
    answers, on every clause of every table text and on the text itself."""
    from analyzer.extract.offline.scan import scan

    lex = load(lang)
    checked = 0
    for text in TEXTS:
        view = scan(0, text, "customer")
        if lex not in view.lexicons:
            continue
        pieces = [text] + [c.text for s in view.sentences for c in s.clauses]
        for key in lex.clause_branches:
            for piece in pieces:
                assert view.test(key, piece) == any(
                    x.keys[key].search(piece) is not None for x in view.lexicons if key in x.keys), (key, piece)
                checked += 1
    assert checked or not lex.clause_branches


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_finders_start_where_their_cues_do(lang):
    """`regex_guard.finder`: the lookbehind form of a guarded cue starts its first match exactly where the cue
    does, on every text of the tables, for every turn-level cue, action type and alternative searched alone."""
    import re

    from analyzer.regex_guard import _GUARDED, finder

    lex = load(lang)
    patterns = [p for k, p in lex.keys.items() if k not in CLAUSE_KEYS] + [p for _, p in lex.types if p is not None]
    patterns += [re.compile(*alts.sources[i]) for alts in lex.branches.values() for i in range(len(alts.sources))]
    made = 0
    for pattern in patterns:
        find = finder(pattern)
        # Every guarded cue has one, but for a body referring back to its own group (no lookbehind can hold it).
        assert (find is not pattern) == (pattern.pattern in _GUARDED and "(?P=" not in pattern.pattern), pattern.pattern[:80]
        made += find is not pattern
        for text in TEXTS + ["", "，", "a"]:
            folded = fold(lex, text.replace("\u2019", "'"))
            want, got = pattern.search(folded), find.search(folded)
            assert (got and got.start()) == (want and want.start()), (pattern.pattern[:80], text)
    assert made  # some cue really was searched by its finder


def test_finder_keeps_a_pattern_it_cannot_rewrite():
    import re

    from analyzer.regex_guard import finder, first_char_guard

    own = re.compile(r"(?=[ab])a|c")  # opens with a lookahead of its own: not a guard's, left alone
    assert finder(own) is own
    backref = re.compile(first_char_guard(r"(?P<x>[一二])就(?P=x)"))  # a group referred to cannot sit in a lookbehind
    assert finder(backref) is backref
    guarded = re.compile(first_char_guard(r"(?<![a-z])(?:walk|tour)(?![a-z])"))
    find = finder(guarded)
    assert find is not guarded
    for text in ("sidewalk tour", "a walk", "tourist", ""):
        want, got = guarded.search(text), find.search(text)
        assert (got and got.start()) == (want and want.start()), text
