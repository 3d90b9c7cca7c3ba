"""The language rule's Latin word count (`meta.latin_words`, string methods over byte classes) must equal the
number of matches of the word regex it stands for, on any text: letters, both apostrophes, chains of them
("rock'n'roll"), doubled ones, non-ASCII letters and CJK around them."""

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analyzer.ingest.meta import _LATIN_WORD, language_of, latin_words

_ALPHABET = "ab Z'’'.\n-1é中ñ"


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_latin_words_counts_what_the_regex_matches(text):
    assert latin_words(text) == len(_LATIN_WORD.findall(text))


@pytest.mark.parametrize("seed", range(5))
def test_latin_words_on_long_mixed_text(seed):
    rng = random.Random(seed)
    words = ["don't", "we'll", "rock'n'roll", "a'b'c'd", "it''s", "O’Neil", "café", "试用", "hello", "x", "'", "’"]
    text = " ".join(rng.choice(words) for _ in range(5000))
    assert latin_words(text) == len(_LATIN_WORD.findall(text))


def test_language_of_still_reads_the_shares():
    assert language_of(["We'll send the contract on Monday."]) == "en"
    assert language_of(["我们下周一把合同发过去"]) == "zh"
    assert language_of(["老板说 budget 没问题, let's do the pilot next week"]) == "mixed"
