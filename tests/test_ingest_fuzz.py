"""Fuzzing: for any text or bytes, each parser returns turns with non-empty text or raises `InputError`, nothing else."""

from __future__ import annotations

import json
import os
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analyzer.errors import InputError
from analyzer.ingest import load
from analyzer.ingest.notes import split_sentences
from analyzer.ingest.text import parse_text

# INGEST_FUZZ_EXAMPLES=3000 for a longer hunt; the default keeps the suite quick.
FUZZ = settings(max_examples=int(os.environ.get("INGEST_FUZZ_EXAMPLES", "150")), deadline=None, suppress_health_check=[HealthCheck.too_slow])
D = date(2026, 3, 12)

# Text built from the pieces parsers react to, so the fuzzer reaches the interesting branches quickly.
PIECES = st.sampled_from([
    "Lisa: ", "张伟：", "[00:01:23] ", "Tom (00:00:05): ", "Speaker 1  0:03", "WEBVTT", "00:00:01.000 --> 00:00:02.000",
    "1", "00:00:01,000 --> 00:00:02,000", "<v Bob>", "</v>", "---", "date: 2026-03-12", "reps: [Lisa]", "\n", "\n\n",
    "\r\n", "。", ". ", "Mr. ", "3.5", "...", "……", "{", "}", "[", "]", '"text": "hi"', '"speaker": "A"', ",", ":", "：",
    "拜访王总", "hello", " ", "\t", "&amp;", "**", "- ", "1. ",
])
TEXTISH = st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=40).map("".join)
NAMES = st.sampled_from(["c.txt", "c.md", "c.vtt", "c.srt", "c.json", "c.docx", "c.xyz", "-", "c"])


def _check(transcript):
    assert transcript.turns
    for i, turn in enumerate(transcript.turns):
        assert turn.index == i
        assert turn.text and turn.text == turn.text.strip()
    speakers = {t.speaker for t in transcript.turns if t.speaker}
    assert {p.name for p in transcript.participants} == speakers


@FUZZ
@given(name=NAMES, text=TEXTISH)
def test_load_text_never_raises_anything_but_input_error(name, text):
    try:
        _check(load(name, data=text.encode(), today=D))
    except InputError as e:
        assert "\n" not in str(e) and "internal parser error" not in str(e)


@FUZZ
@given(name=NAMES, data=st.binary(max_size=400))
def test_load_bytes_never_raises_anything_but_input_error(name, data):
    try:
        _check(load(name, data=data, today=D))
    except InputError as e:
        assert "\n" not in str(e) and "internal parser error" not in str(e)


@FUZZ
@given(text=TEXTISH)
def test_parse_text_turns_are_verbatim_lines(text):
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for turn in parse_text(text).turns:
        assert turn.text
        for line in turn.text.split("\n"):
            assert line in text


@FUZZ
@given(text=TEXTISH)
def test_sentences_are_verbatim_slices(text):
    for turn in split_sentences(text):
        assert turn.text and turn.text in text


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(
        st.sampled_from(["speaker", "text", "start", "role", "turns", "name", "content", "meeting_date", "reps", "x"]),
        children, max_size=4),
    max_leaves=12,
)


@FUZZ
@given(doc=JSON_VALUES)
def test_json_structures(doc):
    try:
        _check(load("c.json", data=json.dumps(doc).encode(), today=D))
    except InputError as e:
        assert "\n" not in str(e) and "internal parser error" not in str(e)
