"""Opt-in: the LLM engine against a real provider. Runs only with `-m live` and ANALYZER_LIVE_TESTS=1,
with ANALYZER_LLM_MODEL (and key / base URL) set; plain `pytest` never calls a provider."""

from __future__ import annotations

import os

import pytest

from analyzer.extract.llm import LLMEngine
from analyzer.pipeline import analyze_transcript
from llm_fakes import en_call, zh_call

pytestmark = [
    pytest.mark.live,
    pytest.mark.skipif(os.environ.get("ANALYZER_LIVE_TESTS") != "1", reason="live provider tests are opt-in"),
]


@pytest.mark.parametrize("call", [en_call, zh_call], ids=["en", "zh"])
def test_a_real_model_finds_the_accepted_proposal(call, tmp_path):
    engine = LLMEngine(cache_path=tmp_path / "cache.sqlite")
    a = analyze_transcript(call(), engine)
    assert a.engine.name == "llm", a.warnings  # no fallback: the provider answered usably
    assert a.outcome == "advance" and a.customer_actions
    assert a.engine.usage.input_tokens > 0
    for item in a.customer_actions + a.praise:
        assert item.quote in call().turns[item.turn].text
