"""Two gates in front of every route: the optional API token, and the request size cap.

Token: when `ANALYZER_API_TOKEN` is set, the API takes `Authorization: Bearer <token>`; browsers get a cookie
from the login form (`/login`) or from opening any page once with `?token=<token>` (the token is then dropped
from the address). Both gates are ASGI middleware rather than route dependencies so that nothing, not even
`/docs` or a route added later, can forget them, and so an oversized body is refused before it is read.
"""

from __future__ import annotations

import hmac
import json
from http.cookies import CookieError, SimpleCookie
from urllib.parse import parse_qsl, quote, unquote, urlencode

COOKIE = "analyzer_token"
OPEN_PATHS = ("/login", "/healthz")
_API_PREFIXES = ("/api/", "/docs", "/openapi.json", "/redoc")


def is_api(path: str) -> bool:
    return path.startswith(_API_PREFIXES)


async def _send_json(send, status: int, message: str, headers: list | None = None) -> None:
    body = json.dumps({"error": message}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            *(headers or [])]})
    await send({"type": "http.response.body", "body": body})


class BodyTooLarge(Exception):
    pass


class SizeLimit:
    """Refuse bodies over `limit` bytes with 413: by Content-Length up front, else while streaming."""

    def __init__(self, app, limit: int):
        self.app = app
        self.limit = limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = dict(scope["headers"])
        length = headers.get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.limit:
            return await _send_json(send, 413, f"request too large: over {self.limit / 2**20:g} MB")
        seen = 0
        exceeded = replaced = False

        async def counted():
            nonlocal seen, exceeded
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    exceeded = True
                    raise BodyTooLarge
            return message

        async def guarded_send(message):
            # The app may catch BodyTooLarge itself (FastAPI turns any form-parsing error into a 400), so
            # whatever it answers after the limit was crossed is replaced by the 413.
            nonlocal replaced
            if not exceeded:
                return await send(message)
            if not replaced and message["type"] == "http.response.start":
                replaced = True
                await _send_json(send, 413, f"request too large: over {self.limit / 2**20:g} MB")

        try:
            await self.app(scope, counted, guarded_send)
        except BodyTooLarge:
            if not replaced:
                await _send_json(send, 413, f"request too large: over {self.limit / 2**20:g} MB")


class TokenGate:
    """401 without the token; `login_page(next_url, error)` renders the HTML answer for page requests."""

    def __init__(self, app, token: str | None, login_page):
        self.app = app
        self.token = token
        self.login_page = login_page

    def valid(self, value: str | None) -> bool:
        return bool(value) and hmac.compare_digest(value.encode(), self.token.encode())

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or not self.token or scope["path"] in OPEN_PATHS:
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        auth = headers.get("authorization", "")
        if auth[:7].lower() == "bearer " and self.valid(auth[7:].strip()):
            return await self.app(scope, receive, send)
        cookie = SimpleCookie()
        try:
            cookie.load(headers.get("cookie", ""))
        except CookieError:  # a malformed Cookie header is just "no cookie"
            cookie = SimpleCookie()
        if COOKIE in cookie and self.valid(unquote(cookie[COOKIE].value)):
            return await self.app(scope, receive, send)
        path = scope["path"]
        query = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
        given = dict(query).get("token")
        if given is not None and self.valid(given) and scope["method"] == "GET" and not is_api(path):
            # ?token= once: remember it in a cookie and reload without it, so it leaves the address bar.
            rest = urlencode([(k, v) for k, v in query if k != "token"])
            location = path + (f"?{rest}" if rest else "")
            await send({"type": "http.response.start", "status": 303, "headers": [
                (b"location", location.encode("latin-1")), (b"set-cookie", cookie_header(self.token).encode("latin-1")),
                (b"content-length", b"0")]})
            return await send({"type": "http.response.body", "body": b""})
        if is_api(path):
            return await _send_json(send, 401, "missing or wrong API token (send 'Authorization: Bearer <token>')",
                                    [(b"www-authenticate", b"Bearer")])
        body = self.login_page(path, None).encode()
        await send({"type": "http.response.start", "status": 401, "headers": [
            (b"content-type", b"text/html; charset=utf-8"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


def cookie_header(token: str) -> str:
    # HttpOnly: page scripts never see it; SameSite=Strict: another site cannot post uploads or deletes with it.
    return f"{COOKIE}={quote(token, safe='')}; Path=/; HttpOnly; SameSite=Strict"
