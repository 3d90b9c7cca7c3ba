"""One structured request to the chat model, with the transport faults retried: LangChain inside.

`init_chat_model(model, model_provider=...)` picks the provider from configuration, and
`with_structured_output(schema, method=..., include_raw=True)` binds the schema in the configured way
(tools, `response_format`); only its bound-model step is invoked (`_raw_step`), so the answer is the raw
message, whose `usage_metadata` carries the token counts, and a parse failure arrives as data (not an
exception); transport errors still raise. The schema is handed over as a JSON-schema dict, not the
pydantic class, so every method parses the same way (the class would make the OpenAI SDK validate
`json_schema` answers itself and raise with the raw answer lost); we validate with pydantic afterwards.

Retries are ours, not the SDK's (`max_retries=0`): timeouts, 429 and 5xx are retried up to
`settings.retries` times, a 429's Retry-After honoured up to `settings.retry_after_cap`, other waits
exponential from `settings.backoff`. Any other error (400, 401, 404, a refusal) is not worth repeating.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any, Callable

from pydantic import ValidationError

from analyzer.errors import EngineError
from analyzer.extract.llm.schema import Extraction
from analyzer.extract.llm.settings import LLMSettings

RETRY_STATUS = {408, 409, 429, 500, 502, 503, 504}


@dataclass
class Reply:
    parsed: Extraction | None
    content: str  # the raw answer text (tool arguments or message content), replayed in a correction
    error: str | None = None  # why `parsed` is None
    input_tokens: int = 0
    output_tokens: int = 0
    attempts: int = 1
    waits: list[float] = field(default_factory=list)


def schema_dict() -> dict:
    """The answer schema as the JSON schema of a function named `extraction`, refs inlined."""
    from langchain_core.utils.function_calling import convert_to_openai_function

    fn = convert_to_openai_function(Extraction)
    return {"title": "extraction", "description": fn.get("description", ""), **fn["parameters"]}


class ChatClient:
    def __init__(self, settings: LLMSettings, chat_model: Any = None, sleep: Callable[[float], None] = time.sleep):
        self.settings = settings
        self._chat_model = chat_model
        self._runnable = None
        self._sleep = sleep

    def prepare(self) -> None:
        """Set up the chat model now rather than on the first request (a batch warms up before its threads)."""
        self._structured()

    def _structured(self):
        if self._runnable is None:
            model = self._chat_model
            if model is None:
                from langchain.chat_models import init_chat_model

                try:
                    model = init_chat_model(self.settings.model, **self.settings.chat_kwargs())
                except (ImportError, ValueError) as e:
                    raise EngineError(f"LLM engine: cannot set up {self.settings.provider}:{self.settings.model}: {e}") from None
            structured = model.with_structured_output(schema_dict(), method=self.settings.method, include_raw=True)
            self._runnable = _raw_step(structured)
        return self._runnable

    def ask(self, messages: list[tuple[str, str]]) -> Reply:
        """Send once (retrying transport faults); raises EngineError when the provider stays unreachable."""
        runnable = self._structured()
        waits: list[float] = []
        for attempt in range(self.settings.retries + 1):
            try:
                out = runnable.invoke(messages)
                out = out if isinstance(out, dict) else {"raw": out}
            except Exception as e:  # noqa: BLE001 — providers raise their own types; classified below
                wait = self._retry_wait(e, attempt)
                if wait is None or attempt == self.settings.retries:
                    err = EngineError(f"LLM request failed after {attempt + 1} attempt(s): {_describe(e)}")
                    err.attempts = attempt + 1  # requests sent, for the usage figures
                    raise err from None
                waits.append(wait)
                self._sleep(wait)
                continue
            reply = _reply(out)
            reply.attempts, reply.waits = attempt + 1, waits
            return reply
        raise AssertionError("unreachable")  # pragma: no cover

    def _retry_wait(self, e: Exception, attempt: int) -> float | None:
        """Seconds to wait before retrying `e`, or None when it is not worth retrying."""
        s = self.settings
        status = getattr(e, "status_code", None)
        if status is None and getattr(e, "response", None) is not None:
            status = getattr(e.response, "status_code", None)
        timeout = isinstance(e, TimeoutError) or "timeout" in type(e).__name__.lower()
        connection = "connection" in type(e).__name__.lower()
        if not (timeout or connection or status in RETRY_STATUS or (status is not None and status >= 500)):
            return None
        backoff = min(s.backoff * (2**attempt), s.retry_after_cap)
        if status == 429:
            after = _retry_after(getattr(getattr(e, "response", None), "headers", None))
            if after is not None:
                return min(after, s.retry_after_cap)
        return backoff


def _raw_step(structured):
    """The model bound to the schema (tools or response_format), without LangChain's parser around it.

    With `include_raw=True` LangChain builds `RunnableParallel(raw=<bound model>) | <parse, with fallback>`;
    we parse the raw message ourselves (`_reply`), so the parallel step's thread and the second parse only
    cost CPU: a quarter of a batch's CPU per call, measured with eval/llm_concurrency.py. A runnable of any
    other shape (another LangChain version) is used whole: `ask` accepts both answers.
    """
    first = getattr(structured, "first", None)
    steps = getattr(first, "steps__", None)
    raw = steps.get("raw") if isinstance(steps, dict) and len(steps) == 1 else None
    return raw if raw is not None and hasattr(raw, "invoke") else structured


def _retry_after(headers) -> float | None:
    if not headers:
        return None
    value = headers.get("retry-after-ms")
    if value:
        try:
            return float(value) / 1000
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        try:  # an HTTP date
            return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
        except (TypeError, ValueError):
            return None


def _describe(e: Exception) -> str:
    status = getattr(e, "status_code", None)
    text = str(e).splitlines()[0] if str(e) else type(e).__name__
    return f"{type(e).__name__}" + (f" {status}" if status else "") + f": {text[:160]}"


def _reply(out: dict) -> Reply:
    """Parse the raw answer ourselves, strictly: LangChain's JSON parser accepts a truncated answer as a
    partial object (`{"praise": [ garbage` becomes `{"praise": []}`), which would silently lose findings."""
    raw = out.get("raw")
    usage = getattr(raw, "usage_metadata", None) or {}
    content = _raw_text(raw)
    reply = Reply(parsed=None, content=content,
                  input_tokens=int(usage.get("input_tokens") or 0), output_tokens=int(usage.get("output_tokens") or 0))  # fmt: skip
    if raw is not None and not getattr(raw, "tool_calls", None) and getattr(raw, "invalid_tool_calls", None):
        bad = raw.invalid_tool_calls[0]
        reply.content = bad.get("args") or ""
        why = " ".join(str(bad.get("error") or "unparseable tool arguments").split())[:200]
        reply.error = f"the answer is not valid JSON ({why})"
        return reply
    try:
        data = json.loads(_unfenced(content))
    except ValueError as e:
        reply.error = f"the answer is not valid JSON ({e})" if content.strip() else "the answer is empty"
        return reply
    try:
        reply.parsed = Extraction.model_validate(data)
    except ValidationError as e:
        problems = "; ".join(f"{'.'.join(map(str, x['loc']))}: {x['msg']}" for x in e.errors()[:5])
        reply.error = f"the answer does not fit the schema ({problems})"
    return reply


def _unfenced(text: str) -> str:
    # json_mode answers from local models often come wrapped in a Markdown code fence.
    t = text.strip()
    if t.startswith("```"):
        t = t.split("\n", 1)[1] if "\n" in t else ""
        t = t[: t.rfind("```")] if t.rstrip().endswith("```") else t
    return t


def _raw_text(raw) -> str:
    if raw is None:
        return ""
    calls = getattr(raw, "tool_calls", None)
    if calls:
        return json.dumps(calls[0].get("args", {}), ensure_ascii=False)
    content = raw.content
    if isinstance(content, list):
        content = "".join(p.get("text", "") if isinstance(p, dict) else str(p) for p in content)
    return content or ""
