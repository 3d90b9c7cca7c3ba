"""Settings of the upload service, read from the environment (pydantic-settings) or passed in by tests.

| variable | default | meaning |
| --- | --- | --- |
| ANALYZER_API_TOKEN | unset | when set, every page and API route requires it (401 otherwise) |
| ANALYZER_MAX_UPLOAD_MB | 10 | largest upload request, and so file, accepted (413 above it) |
| ANALYZER_DB | analyzer.db | SQLite file (`analyzer serve --db` overrides) |
| ANALYZER_WORKERS | CPU cores, at most 4 | analysis worker processes |
| ANALYZER_LLM_MODEL | unset | when set, the upload page offers the LLM engine |
"""

from __future__ import annotations

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ANALYZER_", extra="ignore")

    api_token: str | None = None
    max_upload_mb: float = 10
    db: str = "analyzer.db"
    workers: int | None = None
    pool: str = "process"  # "thread" only for tests: no worker start-up cost, no parallelism
    llm_model: str | None = None
    max_files: int = 50  # files in one upload request

    @property
    def max_upload_bytes(self) -> int:
        return int(self.max_upload_mb * 2**20)

    @property
    def engines(self) -> list[str]:
        """Engines the upload page and API accept: the LLM one only when a model is configured."""
        return ["offline", "llm"] if self.llm_model else ["offline"]
