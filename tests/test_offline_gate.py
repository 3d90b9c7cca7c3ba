"""The anchor gate may only skip a cue that cannot match: checked against every cue on realistic text."""

from __future__ import annotations

import pytest

from analyzer.extract.offline.gate import anchors_of, trie_regex
from analyzer.extract.offline.lexicon import CLAUSE_KEYS, fold, load
from test_offline_dialogue import ACCEPTANCE, NOT_ACCEPTED
from test_offline_en import ROWS as EN_ROWS
from test_offline_zh import ROWS as ZH_ROWS

TEXTS = [r[1] for r in ZH_ROWS + EN_ROWS] + [t for turns, *_ in ACCEPTANCE + NOT_ACCEPTED for _, t in turns]


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
