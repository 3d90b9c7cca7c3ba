"""The app factory: `create_app(settings)` wires store, worker pool, templates, gates and routes."""

from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi_offline import FastAPIOffline
from starlette.exceptions import HTTPException as StarletteHTTPException

from analyzer.web import api, pages
from analyzer.web.config import Settings
from analyzer.web.security import SizeLimit, TokenGate, is_api
from analyzer.web.sqlite import SQLiteStore
from analyzer.web.state import State, make_templates
from analyzer.web.storage import Store
from analyzer.web.worker import Pool

# Multipart framing and form fields on top of the files themselves.
_OVERHEAD = 1 * 2**20


def create_app(settings: Settings | None = None, store: Store | None = None) -> FastAPI:
    settings = settings or Settings()
    st = State(
        settings=settings,
        store=store or SQLiteStore(settings.db),
        pool=Pool(settings.workers, settings.pool),
        templates=make_templates(),
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        st.pool.start()
        try:
            yield
        finally:
            st.pool.shutdown()

    # FastAPIOffline serves the Swagger UI / ReDoc assets from the package: /docs works with no internet.
    app = FastAPIOffline(
        title="Call-note analyzer",
        summary="Upload sales call transcripts; get what the customer committed to do, not just what they said.",
        version="0.1.0",
        lifespan=lifespan,
    )
    app.state.analyzer = st
    app.include_router(api.router)
    app.include_router(pages.router)

    def _wants_json(request: Request) -> bool:
        return is_api(request.url.path)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else "error"
        if _wants_json(request):
            return JSONResponse({"error": message}, status_code=exc.status_code, headers=getattr(exc, "headers", None))
        return pages.render_page(st, "error.html", exc.status_code, title=f"Error {exc.status_code}", message=message)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        # One line, like the CLI: the first problem, named by its field.
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p not in ("body", "query", "path"))
        message = f"{where}: {first.get('msg', 'invalid request')}" if where else first.get("msg", "invalid request")
        if _wants_json(request):
            return JSONResponse({"error": message}, status_code=422)
        return pages.render_page(st, "error.html", 422, title="Invalid request", message=message)

    # The limit is per request (a page upload sends one file per request), refused before the body is read.
    app.add_middleware(SizeLimit, limit=settings.max_upload_bytes + _OVERHEAD)
    app.add_middleware(TokenGate, token=settings.api_token, login_page=lambda path, error: pages.login_html(st, path, error))
    return app
