"""Fixtures shared across test modules."""

from __future__ import annotations

import os

import pytest


@pytest.fixture
def llm_clean_env(monkeypatch, tmp_path):
    """No provider settings leak in from the developer's shell, caches go to tmp, and no stray .env is read."""
    for k in list(os.environ):
        if k.startswith(("ANALYZER_LLM_", "OPENAI_")):
            monkeypatch.delenv(k)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
