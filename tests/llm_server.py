"""A local OpenAI-compatible chat-completions server for tests and the eval scripts, on 127.0.0.1.

Started in a thread (`with LLMServer() as srv: srv.url`), it answers `POST /v1/chat/completions` the way the
OpenAI API does for each structured-output method, so the real `ChatOpenAI` client, headers and JSON wire
format are exercised: a `tools` request gets a tool call, a `response_format` request gets JSON content.
What it answers is scripted: `srv.script(*actions)` queues actions consumed one per request, then
`srv.default` (a callable of the request body, or an action) answers the rest. Actions: `Answer(obj)`,
`Fault(status, headers, body)`, `Malformed(text)`, `Delay(seconds, then)`.
Usage figures are an offline estimate (see `estimate_tokens`), returned in `usage` like the real API.
Every request is kept in `srv.requests`; `srv.max_in_flight` is the most requests handled at once.
"""

from __future__ import annotations

import json
import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable

_CJK = re.compile(r"[\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]")


def estimate_tokens(text: str) -> int:
    """One token per CJK character, one per 4 other characters (rounded up): the usual rule of thumb for
    GPT-style BPE tokenizers, good enough to compare two ways of sending the same text."""
    cjk = len(_CJK.findall(text))
    rest = len(text) - cjk
    return cjk + (rest + 3) // 4


@dataclass
class Answer:
    obj: Any  # the structured answer (a dict), sent as tool arguments or JSON content


@dataclass
class Fault:
    status: int
    headers: dict = field(default_factory=dict)
    body: str = '{"error": {"message": "scripted fault", "type": "server_error"}}'


@dataclass
class Malformed:
    text: str = '{"praise": [ this is not json'


@dataclass
class Delay:
    seconds: float
    then: Any = None  # the action after the delay (None: the default)


EMPTY = {"praise": [], "customer_actions": [], "rep_actions": [], "asks": [], "signals": [], "probes": [],
         "declines": []}  # fmt: skip


class LLMServer:
    def __init__(self, default: Any = None):
        self.default = default if default is not None else Answer(EMPTY)
        self.requests: list[dict] = []
        self.headers: list[dict] = []
        self._queue: list = []
        self._lock = threading.Lock()
        self.in_flight = 0
        self.max_in_flight = 0
        self._httpd: ThreadingHTTPServer | None = None

    # ------------------------------------------------------------ control

    def script(self, *actions) -> None:
        with self._lock:
            self._queue.extend(actions)

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}/v1"

    def __enter__(self) -> "LLMServer":
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Headers and body leave in two writes; with Nagle's algorithm on, the body waits for the
            # client's delayed ACK (40 ms on Linux), which made every request 40 ms slower than its delay.
            disable_nagle_algorithm = True

            def log_message(self, *args):  # quiet
                pass

            def do_POST(self):
                server._handle(self)

            def do_GET(self):  # /stats: what a benchmark in another process needs
                with server._lock:
                    stats = {"requests": len(server.requests), "max_in_flight": server.max_in_flight}
                server._send(self, 200, json.dumps(stats))

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._httpd.request_queue_size = 128
        threading.Thread(target=self._httpd.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    # ------------------------------------------------------------ serving

    def _next(self, body: dict):
        with self._lock:
            if self._queue:
                return self._queue.pop(0)
        return self.default(body) if callable(self.default) else self.default

    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        length = int(h.headers.get("Content-Length") or 0)
        body = json.loads(h.rfile.read(length) or b"{}")
        with self._lock:
            self.requests.append(body)
            self.headers.append({k.lower(): v for k, v in h.headers.items()})
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            action = self._next(body)
            while isinstance(action, Delay):
                time.sleep(action.seconds)
                action = action.then if action.then is not None else (
                    self.default(body) if callable(self.default) else self.default
                )
            if isinstance(action, Fault):
                self._send(h, action.status, action.body, action.headers)
            elif isinstance(action, Malformed):
                self._send(h, 200, json.dumps(self._completion(body, action.text, raw=True)))
            else:
                self._send(h, 200, json.dumps(self._completion(body, action.obj)))
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a timeout test): nothing to answer
        finally:
            with self._lock:
                self.in_flight -= 1

    @staticmethod
    def _send(h, status: int, text: str, headers: dict | None = None) -> None:
        data = text.encode("utf-8")
        h.send_response(status)
        h.send_header("Content-Type", "application/json")
        h.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            h.send_header(k, str(v))
        h.end_headers()
        h.wfile.write(data)
        h.wfile.flush()

    @staticmethod
    def _completion(body: dict, obj: Any, raw: bool = False) -> dict:
        text = obj if raw else json.dumps(obj, ensure_ascii=False)
        message: dict = {"role": "assistant", "content": None}
        if body.get("tools"):
            name = body["tools"][0]["function"]["name"]
            message["tool_calls"] = [
                {"id": "call_1", "type": "function", "function": {"name": name, "arguments": text}}
            ]
            finish = "tool_calls"
        else:
            message["content"] = text
            finish = "stop"
        prompt = sum(estimate_tokens(str(m.get("content") or "")) for m in body.get("messages", []))
        completion = estimate_tokens(text)
        return {
            "id": "chatcmpl-local",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body.get("model", "local"),
            "choices": [{"index": 0, "message": message, "finish_reason": finish, "logprobs": None}],
            "usage": {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion},
        }


def user_text(body: dict) -> str:
    """The last user message of a request (the transcript excerpt, or a correction)."""
    return next((m["content"] for m in reversed(body.get("messages", [])) if m.get("role") == "user"), "")


Responder = Callable[[dict], Any]


def main() -> None:
    """Serve empty extractions after `--delay` seconds until killed; prints the base URL on stdout.
    Run in its own process so a benchmark's client is not slowed by the server sharing its GIL."""
    import argparse
    import sys

    ap = argparse.ArgumentParser(description=main.__doc__)
    ap.add_argument("--delay", type=float, default=0.2)
    args = ap.parse_args()
    with LLMServer(default=Delay(args.delay, Answer(EMPTY))) as srv:
        print(srv.url, flush=True)
        sys.stdin.read()  # until the parent closes our stdin


if __name__ == "__main__":
    main()
