"""The local web app: `create_app(db_path)` builds the FastAPI application.

Read-only: every request opens the store with `readonly=True` (SQLite `mode=ro`) in the thread
that serves it and closes it when done, so requests never share a connection. Every response
carries a Content-Security-Policy that allows scripts and styles from this server only: no
inline script can run, whatever an article's text holds. The interactive API docs that
FastAPI loads from a CDN are replaced by a local page (/docs) rendered from /openapi.json.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import PackageLoader
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from .. import __version__
from ..errors import NewsgraphError
from ..report.render import WebLinks, make_environment
from ..store import Store

__all__ = ["CONTENT_SECURITY_POLICY", "create_app", "open_store"]

log = logging.getLogger(__name__)

#: Sent with every response. Scripts, styles and images come from this server only (inline
#: SVG is part of the page, not an image); no inline script or style attribute runs.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
    " connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
_SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}


@contextmanager
def open_store(request: Request) -> Iterator[Store]:
    """The app's store, opened read-only for one request."""
    with Store.open(request.app.state.db_path, readonly=True) as store:
        yield store


def _is_api(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path == "/api" or path == "/openapi.json"


def create_app(db_path: str | Path, *, allowed_hosts: Sequence[str] | None = None) -> FastAPI:
    """The web app over the store at `db_path`.

    Raises `StoreError` now (not at the first request) when the store cannot be opened
    read-only. `allowed_hosts` limits the Host header (against DNS rebinding); None allows any.
    """
    db_path = Path(db_path)
    with Store.open(db_path, readonly=True):
        pass

    app = FastAPI(
        title="newsgraph",
        version=__version__,
        description=(
            "Read-only JSON API over a newsgraph store: stories, events, quotes, articles and "
            "full-text search. List endpoints take `limit` (at most 200) and `offset`."
        ),
        docs_url=None,  # the stock /docs loads Swagger UI from a CDN; ours is local
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.db_path = db_path
    env = make_environment(PackageLoader("newsgraph.web", "templates"))
    env.globals["links"] = WebLinks()
    env.globals["layout"] = "layout_web.html"
    templates = Jinja2Templates(env=env)
    app.state.templates = templates

    if allowed_hosts is not None:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))

    @app.middleware("http")
    async def security_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        for name, value in _SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    def error_page(request: Request, status: int, title: str, message: str) -> Response:
        if _is_api(request):
            return JSONResponse({"detail": message}, status_code=status)
        return templates.TemplateResponse(
            request,
            "error.html",
            {"status": status, "title": title, "message": message},
            status_code=status,
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if exc.status_code == 404:
            detail = (
                exc.detail if exc.detail != "Not Found" else "There is no page at this address."
            )
            return error_page(request, 404, "Not found", str(detail))
        return error_page(request, exc.status_code, "Error", str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err.get('loc', ())[1:]) or 'request'}: {err.get('msg')}"
            for err in exc.errors()
        )
        if _is_api(request):
            return JSONResponse({"detail": problems}, status_code=422)
        return error_page(request, 422, "Invalid request", problems)

    @app.exception_handler(NewsgraphError)
    async def store_error(request: Request, exc: NewsgraphError) -> Response:
        log.error("request %s failed: %s", request.url.path, exc)
        return error_page(request, 503, "The store cannot be read", str(exc))

    from . import api, views  # the routes need the app's state set above

    app.include_router(api.router)
    app.include_router(views.router)
    app.mount(
        "/static",
        StaticFiles(packages=[("newsgraph.web", "static"), ("newsgraph.report", "static")]),
        name="static",
    )
    return app
