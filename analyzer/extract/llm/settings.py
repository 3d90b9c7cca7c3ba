"""LLM engine configuration from the environment (`ANALYZER_LLM_*`) and `.env`, via pydantic-settings.

The key and base URL fall back to the OpenAI SDK's own `OPENAI_API_KEY` / `OPENAI_BASE_URL`, so a machine
already set up for the SDK needs only `ANALYZER_LLM_MODEL`. Every provider is reached by configuration alone:
`provider` is handed to LangChain's `init_chat_model` (openai by default, which also covers every
OpenAI-compatible server: DeepSeek, Qwen/DashScope, vLLM, Ollama, llama.cpp), `extra` carries the few
provider-specific arguments (e.g. Azure's `api_version`).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

Method = Literal["json_schema", "function_calling", "json_mode"]


def default_cache_path() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "call-note-analyzer" / "llm-cache.sqlite"


class LLMSettings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="ANALYZER_LLM_", env_file=".env", extra="ignore", populate_by_name=True
    )

    model: str | None = Field(default=None, description="model name as the provider spells it, e.g. gpt-4o-mini")
    provider: str = Field(default="openai", description="init_chat_model provider: openai, azure_openai, ...")
    base_url: str | None = Field(
        default=None, validation_alias=AliasChoices("ANALYZER_LLM_BASE_URL", "OPENAI_BASE_URL", "base_url")
    )
    api_key: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("ANALYZER_LLM_API_KEY", "OPENAI_API_KEY", "api_key")
    )
    method: Method = Field(default="json_schema", description="structured-output method; local servers differ")
    temperature: float | None = Field(default=0.0, description="None leaves the provider's default (o-series)")
    timeout: float = Field(default=60.0, gt=0, description="seconds per request")
    retries: int = Field(default=3, ge=0, description="retries of a timeout, 429 or 5xx before falling back")
    retry_after_cap: float = Field(default=30.0, ge=0, description="longest wait honoured from Retry-After")
    backoff: float = Field(default=0.5, ge=0, description="first backoff in seconds when no Retry-After is given")
    max_concurrency: int = Field(default=16, ge=1, description="requests in flight at once (per process)")
    max_chunk_chars: int = Field(default=6000, ge=500, description="transcript characters per request")
    cache: bool = Field(default=True, description="reuse answers from the SQLite cache")
    cache_path: Path = Field(default_factory=default_cache_path)
    full_transcript: bool = Field(default=False, description="send every turn, not the candidate windows")
    redact: bool = Field(default=False, description="mask emails, phones, ID and card numbers before sending")
    extra: dict[str, Any] = Field(default_factory=dict, description="more init_chat_model kwargs (JSON)")

    def chat_kwargs(self) -> dict[str, Any]:
        """Arguments for `init_chat_model`. Retries are ours (max_retries=0), so Retry-After is honoured
        with our cap and every attempt is counted."""
        kw: dict[str, Any] = {"model_provider": self.provider, "timeout": self.timeout, "max_retries": 0}
        if self.temperature is not None:
            kw["temperature"] = self.temperature
        if self.api_key is not None:
            kw["api_key"] = self.api_key.get_secret_value()
        if self.base_url:
            kw["azure_endpoint" if self.provider == "azure_openai" else "base_url"] = self.base_url
        return kw | self.extra
