"""The upload service: FastAPI app, SQLite store, worker pool, server-rendered pages.

`create_app(settings)` builds the app; `analyzer serve` runs it under uvicorn. Layout: `app` (factory),
`api` and `pages` (routes), `uploads` (one upload end to end), `storage` (interface) and `sqlite` (its
implementation), `worker` (process pool), `security` (token and size gates), `summary` (rates and SVG chart).
"""

from analyzer.web.app import create_app
from analyzer.web.config import Settings

__all__ = ["Settings", "create_app"]
