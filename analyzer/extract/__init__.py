"""Extraction engines: each turns a `Transcript` into `Findings`.

One protocol, interchangeable implementations: `offline` (default: rules and lexicons, deterministic,
no network) and `llm` (any OpenAI-compatible endpoint through LangChain).
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from analyzer.models import EngineInfo, Findings, Transcript


@runtime_checkable
class Engine(Protocol):
    name: str
    version: str

    def extract(self, transcript: Transcript) -> Findings:
        """Return praise, customer actions (with `due_text`, dates unresolved), rep actions, asks."""
        ...

    def info(self) -> EngineInfo:
        ...


ENGINES = ("offline", "llm")


def get_engine(name: str = "offline", **options) -> Engine:
    """Build an engine by name. Heavy imports (LangChain) happen only when the LLM engine is asked for."""
    if name == "offline":
        from analyzer.extract.offline import OfflineEngine

        return OfflineEngine()
    if name == "llm":
        from analyzer.extract.llm import LLMEngine

        return LLMEngine(**options)
    raise ValueError(f"unknown engine {name!r}; choose one of {', '.join(ENGINES)}")
