"""The LLM engine: any OpenAI-compatible (or LangChain-supported) chat model, grounded, cached, token-lean.

LangChain is imported only when a request is actually sent (`client.py`), so `get_engine("llm")` and
`--help` stay fast. Modules: settings (env / .env), prompts (versioned files in prompts/), windows (what is
sent), redact (PII masking), schema (the model's answer), client (one request, transport retries), cache
(SQLite, record/replay), engine (the Engine protocol, fallback to the offline engine).
"""

from analyzer.extract.llm.engine import LLMEngine

__all__ = ["LLMEngine"]
