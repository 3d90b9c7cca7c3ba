"""Fixtures shared across test modules."""

from __future__ import annotations

import os

import pytest
from hypothesis import settings

# CI replays the same generated examples every run (a red CI must mean a regression, not a new draw);
# local runs keep exploring.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture
def llm_clean_env(monkeypatch, tmp_path):
    """No provider settings leak in from the developer's shell, caches go to tmp, and no stray .env is read."""
    for k in list(os.environ):
        if k.startswith(("ANALYZER_LLM_", "OPENAI_")):
            monkeypatch.delenv(k)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
