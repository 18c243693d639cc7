"""The web application: the JSON API, the page and its static files, strict headers.

create_app("sqlite:///claimtrail.db") builds it; serve(...) runs it on uvicorn. The page
loads nothing from other hosts, and the Content-Security-Policy holds it to that: scripts
only from this origin's files, no inline script, no eval, no plugins, no framing.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from claimtrail import __version__
from claimtrail.web import api
from claimtrail.web.query import read_only_engine

STATIC = Path(__file__).parent / "static"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "object-src 'none'",
    ]
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def create_app(db_url: str) -> FastAPI:
    """The app over the ledger at `db_url`; raises StoreError when it holds no ledger."""
    engine = read_only_engine(db_url)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> Any:
        yield
        engine.dispose()

    # The interactive docs pages load their scripts from a CDN, which this page's policy
    # (and an offline machine) forbids; the schema itself is at /api/openapi.json.
    app = FastAPI(
        title="claimtrail",
        version=__version__,
        description="Read-only evidence ledger: incidents, reports, articles and sources.",
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
        lifespan=lifespan,
    )
    app.state.engine = engine
    app.include_router(api.router)
    app.middleware("http")(_security_headers)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    return app


async def _security_headers(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    response = await call_next(request)
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def serve(db_url: str, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> None:
    """Serve the page and API until interrupted."""
    import uvicorn  # imported here so the library does not need it to be installed

    uvicorn.run(create_app(db_url), host=host, port=port, log_level="info")
