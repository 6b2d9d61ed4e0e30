"""The JSON API under /api: stories, events, quotes, articles, search and the calendar
(read-only).

Every list takes `limit` (1 to 200) and `offset` (0 to 1,000,000); a value outside those bounds
is a 422 with the reason, an unknown id a 404 with a `detail` message. The calendar is read by
date instead: `from` and `to`, and `limit` on its reports (1 to 1,000).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request

from ..report import data
from ..store import MAX_SEARCH_LIMIT
from .app import open_store
from .schemas import (
    ArticleDetail,
    ArticleList,
    CalendarList,
    ErrorOut,
    EventList,
    QuoteList,
    SearchHitOut,
    SearchList,
    StoryDetail,
    StoryList,
)

__all__ = ["router"]

router = APIRouter(prefix="/api", tags=["api"])

Limit = Annotated[
    int, Query(ge=1, le=data.MAX_PAGE_SIZE, description="Most items to return (1 to 200).")
]
Offset = Annotated[int, Query(ge=0, le=data.MAX_OFFSET, description="Items to skip.")]
_DATE = r"^\d{4}-\d{2}-\d{2}$"
MAX_CALENDAR_REPORTS = 1000
_NOT_FOUND = {404: {"model": ErrorOut, "description": "No such id."}}


@router.get("/stories", response_model=StoryList, summary="List stories, latest first")
def list_stories(request: Request, limit: Limit = 50, offset: Offset = 0) -> StoryList:
    """Stories, then articles that no story holds (each with its copies) as one-article
    stories, whose ids start with `article-`."""
    with open_store(request) as store:
        items, total = data.list_stories(store, limit, offset)
    return StoryList(items=items, limit=limit, offset=offset, total=total)


@router.get(
    "/stories/{story_id:path}",
    response_model=StoryDetail,
    responses=_NOT_FOUND,
    summary="One story's briefing",
)
def get_story(request: Request, story_id: str) -> StoryDetail:
    """Summary, timeline (past, scheduled, uncertain), actors, quotes by speaker,
    disagreements, sources, copies, citations, and the series behind the charts."""
    with open_store(request) as store:
        story = data.load_story(store, story_id)
    if story is None:
        raise HTTPException(404, f"no story with id {story_id!r}")
    return StoryDetail(story=story)


@router.get("/events", response_model=EventList, summary="Events, filtered")
def list_events(
    request: Request,
    actor: Annotated[
        str | None, Query(max_length=200, description="Actor id or code, or part of a name.")
    ] = None,
    recipient: Annotated[
        str | None,
        Query(max_length=200, description="Recipient id or code, or part of a name."),
    ] = None,
    type: Annotated[  # noqa: A002 - the public parameter name
        str | None, Query(max_length=100, description="PLOVER event type, e.g. CONSULT.")
    ] = None,
    status: Annotated[
        str | None,
        Query(description="reported, future, hypothetical, negated or historical."),
    ] = None,
    date_from: Annotated[
        str | None, Query(alias="from", pattern=_DATE, description="Earliest event date.")
    ] = None,
    date_to: Annotated[
        str | None, Query(alias="to", pattern=_DATE, description="Latest event date.")
    ] = None,
    story: Annotated[str | None, Query(max_length=500, description="Story id.")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> EventList:
    """Events by date (undated last). Date filters compare the event's own date and leave
    out undated events."""
    filters = data.EventFilters(actor, recipient, type, status, date_from, date_to, story)
    with open_store(request) as store:
        items, total = data.list_events(store, filters, limit, offset)
    return EventList(items=items, limit=limit, offset=offset, total=total)


@router.get("/quotes", response_model=QuoteList, summary="Quotes, filtered")
def list_quotes(
    request: Request,
    speaker: Annotated[
        str | None,
        Query(max_length=200, description="Speaker actor id, or part of the speaker's name."),
    ] = None,
    article: Annotated[str | None, Query(max_length=200, description="Article id.")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> QuoteList:
    with open_store(request) as store:
        items, total = data.list_quotes(store, limit, offset, speaker=speaker, article_id=article)
    return QuoteList(items=items, limit=limit, offset=offset, total=total)


@router.get("/articles", response_model=ArticleList, summary="Articles, latest first")
def list_articles(
    request: Request,
    outlet: Annotated[str | None, Query(max_length=200, description="Outlet name.")] = None,
    story: Annotated[str | None, Query(max_length=500, description="Story id.")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> ArticleList:
    with open_store(request) as store:
        items, total = data.list_articles(store, limit, offset, outlet=outlet, story_id=story)
    return ArticleList(items=items, limit=limit, offset=offset, total=total)


@router.get(
    "/articles/{article_id:path}",
    response_model=ArticleDetail,
    responses=_NOT_FOUND,
    summary="One article with its text, quotes, events and dates",
)
def get_article(request: Request, article_id: str) -> ArticleDetail:
    with open_store(request) as store:
        page = data.load_article(store, article_id)
    if page is None:
        raise HTTPException(404, f"no article with id {article_id!r}")
    return ArticleDetail(
        article=page.article,
        text=page.text,
        story_id=page.story.id if page.story else None,
        original=page.original,
        copies=list(page.copies),
        quotes=list(page.quotes),
        events=list(page.events),
        timexes=[
            {"text": text, "type": type_, "value": value, "anchor": anchor}
            for text, type_, value, anchor in page.timexes
        ],
    )


@router.get("/search", response_model=SearchList, summary="Full-text search over articles")
def search(
    request: Request,
    q: Annotated[
        str,
        Query(
            min_length=1,
            max_length=500,
            description='FTS5 syntax: "a phrase", AND, OR, NOT, prefix*, title:word. A query '
            "that is not valid FTS5 is searched as its words.",
        ),
    ],
    limit: Annotated[int, Query(ge=1, le=MAX_SEARCH_LIMIT)] = 20,
    offset: Offset = 0,
) -> SearchList:
    with open_store(request) as store:
        hits = store.search(q, limit=limit, offset=offset)
    return SearchList(
        query=q,
        limit=limit,
        offset=offset,
        items=[
            SearchHitOut(
                article_id=h.article_id,
                title=h.title,
                outlet=h.outlet,
                published=h.published,
                url=h.url,
                snippet=h.snippet,
                rank=h.rank,
            )
            for h in hits
        ],
    )


@router.get("/calendar", response_model=CalendarList, summary="What is scheduled, by date")
def calendar(
    request: Request,
    date_from: Annotated[
        str | None,
        Query(alias="from", pattern=_DATE, description="Meetings lasting to this day or later."),
    ] = None,
    date_to: Annotated[
        str | None,
        Query(alias="to", pattern=_DATE, description="Meetings starting on this day or earlier."),
    ] = None,
    limit: Annotated[
        int, Query(ge=1, le=MAX_CALENDAR_REPORTS, description="Most reports (1 to 1,000).")
    ] = 500,
) -> CalendarList:
    """Meetings, talks and deadlines announced for a date, each with every article that
    reported it, grouped as `newsgraph calendar` groups them."""
    with open_store(request) as store:
        items, truncated = data.list_calendar(store, date_from, date_to, limit)
    return CalendarList(items=items, limit=limit, truncated=truncated)
