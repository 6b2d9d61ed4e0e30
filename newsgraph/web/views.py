"""HTML pages of the web app: stories, a story, an article, search, the events table, the
calendar, /docs.

Pages are rendered on the server with the report's templates; the only script is the local
static/app.js. Unknown ids give the 404 page; page numbers and filters are validated by
FastAPI and bounded (`PAGE_SIZE` rows a page, at most `MAX_PAGE` pages deep).
"""

from __future__ import annotations

import re
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Query, Request, Response
from markupsafe import Markup, escape

from ..report import charts, data
from ..store import MAX_SEARCH_LIMIT
from .app import open_store

__all__ = ["MAX_PAGE", "PAGE_SIZE", "router"]

router = APIRouter(include_in_schema=False)

#: Rows per page of the HTML lists, and the deepest page one can ask for.
PAGE_SIZE = 50
MAX_PAGE = data.MAX_OFFSET // PAGE_SIZE

_DATE_PATTERN = r"^(\d{4}-\d{2}-\d{2})?$"
_MARK = re.compile(r"\[([^\[\]]*)\]")

PageQuery = Annotated[int, Query(ge=1, le=MAX_PAGE, description="1-based page number.")]


def _render(request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
    templates = request.app.state.templates
    return templates.TemplateResponse(request, name, context, status_code=status)


def _pager(request: Request, page: int, total: int | None, n_items: int) -> dict[str, str | None]:
    """Links to the previous and next page, keeping the other query parameters."""

    def link(p: int) -> str:
        params = [(k, v) for k, v in request.query_params.multi_items() if k != "page"]
        return "?" + urlencode([*params, ("page", str(p))])

    has_next = (page * PAGE_SIZE < total) if total is not None else n_items == PAGE_SIZE
    return {
        "prev": link(page - 1) if page > 1 else None,
        "next": link(page + 1) if has_next and page < MAX_PAGE else None,
        "label": f"page {page}",
    }


@router.get("/")
def stories(request: Request, page: PageQuery = 1) -> Response:
    offset = (page - 1) * PAGE_SIZE
    with open_store(request) as store:
        items, total = data.list_stories(store, PAGE_SIZE, offset)
    return _render(
        request,
        "stories.html",
        {
            "stories": items,
            "total": total,
            "offset": offset,
            "pager": _pager(request, page, total, len(items)),
        },
    )


@router.get("/stories/{story_id:path}")
def story(request: Request, story_id: str) -> Response:
    with open_store(request) as store:
        briefing = data.load_story(store, story_id)
    if briefing is None:
        raise HTTPException(404, f"There is no story with the id “{story_id}”.")
    return _render(
        request,
        "story.html",
        {
            "story": briefing,
            "intensity_svg": charts.intensity_chart(briefing.intensity),
            "network_svg": charts.actor_network(briefing.network),
        },
    )


@router.get("/articles/{article_id:path}")
def article(request: Request, article_id: str) -> Response:
    with open_store(request) as store:
        page = data.load_article(store, article_id)
    if page is None:
        raise HTTPException(404, f"There is no article with the id “{article_id}”.")
    return _render(request, "article.html", {"page": page})


def _snippet(text: str) -> Markup:
    """The search snippet, escaped, with the store's [match] markers as <mark>."""
    return Markup(_MARK.sub(r"<mark>\1</mark>", str(escape(text))))


@router.get("/search")
def search(
    request: Request,
    q: Annotated[str, Query(max_length=500)] = "",
    page: Annotated[int, Query(ge=1, le=MAX_SEARCH_LIMIT)] = 1,
) -> Response:
    hits: list[Any] = []
    if q.strip():
        with open_store(request) as store:
            hits = store.search(q, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    results = [
        {
            "hit": h,
            "outlet": data.outlet_name(h.outlet, h.url),
            "snippet": _snippet(h.snippet),
        }
        for h in hits
    ]
    return _render(
        request,
        "search.html",
        {"q": q, "results": results, "pager": _pager(request, page, None, len(hits))},
    )


@router.get("/events")
def events(
    request: Request,
    actor: Annotated[str, Query(max_length=200)] = "",
    recipient: Annotated[str, Query(max_length=200)] = "",
    type: Annotated[str, Query(max_length=100)] = "",  # noqa: A002 - the form field's name
    status: Annotated[str, Query(max_length=100)] = "",
    date_from: Annotated[str, Query(alias="from", pattern=_DATE_PATTERN)] = "",
    date_to: Annotated[str, Query(alias="to", pattern=_DATE_PATTERN)] = "",
    story: Annotated[str, Query(max_length=500)] = "",
    page: PageQuery = 1,
) -> Response:
    filters = data.EventFilters(
        actor=actor.strip(),
        recipient=recipient.strip(),
        plover_type=type,
        status=status,
        date_from=date_from,
        date_to=date_to,
        story_id=story,
    )
    offset = (page - 1) * PAGE_SIZE
    with open_store(request) as store:
        rows, total = data.list_events(store, filters, PAGE_SIZE, offset)
        facets = data.event_facets(store)
    return _render(
        request,
        "events.html",
        {
            "rows": rows,
            "total": total,
            "offset": offset,
            "facets": facets,
            "f": filters,
            "pager": _pager(request, page, total, len(rows)),
        },
    )


#: Reports one calendar page reads (all meetings together); later dates: `from`.
CALENDAR_PAGE_REPORTS = 500


@router.get("/calendar")
def calendar(
    request: Request,
    date_from: Annotated[str, Query(alias="from", pattern=_DATE_PATTERN)] = "",
    date_to: Annotated[str, Query(alias="to", pattern=_DATE_PATTERN)] = "",
) -> Response:
    with open_store(request) as store:
        meetings, truncated = data.list_calendar(store, date_from, date_to, CALENDAR_PAGE_REPORTS)
    later = None
    if truncated and meetings:
        later = "?" + urlencode(
            [("from", meetings[-1].date_first), ("to", date_to)][: 2 if date_to else 1]
        )
    return _render(
        request,
        "calendar.html",
        {
            "meetings": meetings,
            "date_from": date_from,
            "date_to": date_to,
            "later": later,
        },
    )


@router.get("/docs")
def docs(request: Request) -> Response:
    """The API described from the app's own OpenAPI schema, with no script from a CDN."""
    schema = request.app.openapi()
    endpoints = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            ok = op.get("responses", {}).get("200", {})
            ref = ok.get("content", {}).get("application/json", {}).get("schema", {}).get("$ref")
            endpoints.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "description": op.get("description", ""),
                    "parameters": [
                        {
                            "name": p.get("name"),
                            "in": p.get("in"),
                            "required": p.get("required", False),
                            "type": _type_of(p.get("schema", {})),
                            "description": p.get("description", ""),
                        }
                        for p in op.get("parameters", [])
                    ],
                    "returns": ref.rsplit("/", 1)[-1] if ref else "",
                }
            )
    return _render(
        request,
        "docs.html",
        {"info": schema.get("info", {}), "endpoints": endpoints},
    )


def _type_of(schema: dict[str, Any]) -> str:
    if "anyOf" in schema:
        return " | ".join(_type_of(s) for s in schema["anyOf"])
    kind = str(schema.get("type", "any"))
    bounds = [
        f"{k} {schema[k]}" for k in ("minimum", "maximum", "maxLength", "pattern") if k in schema
    ]
    return kind + (f" ({', '.join(bounds)})" if bounds else "")
