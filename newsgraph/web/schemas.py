"""Response models of the JSON API (they make its OpenAPI schema at /openapi.json).

List endpoints return a `Page` of items with the limit and offset that were applied and the
total number of matches. The story detail is the briefing record itself (`StoryBriefing`),
so the API and the story page can never disagree.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from ..report.model import (
    ArticleRef,
    CalendarMeeting,
    EventRow,
    QuoteRow,
    StoryBriefing,
    StoryListItem,
)

__all__ = [
    "ArticleDetail",
    "ArticleList",
    "CalendarList",
    "ErrorOut",
    "EventList",
    "QuoteList",
    "SearchHitOut",
    "SearchList",
    "StoryDetail",
    "StoryList",
]


class _Page(BaseModel):
    model_config = ConfigDict(frozen=True)

    limit: int = Field(description="Most items in this page (capped).")
    offset: int = Field(description="Items skipped before this page.")
    total: int = Field(description="Items matching the request, all pages together.")


class StoryList(_Page):
    items: list[StoryListItem]


class CalendarList(BaseModel):
    model_config = ConfigDict(frozen=True)

    items: list[CalendarMeeting] = Field(description="Meetings and deadlines by date.")
    limit: int = Field(description="Most reports read, all meetings together.")
    truncated: bool = Field(
        description="The limit was reached: later meetings (and reports) may be missing; ask "
        "again with `from` after the last date listed."
    )


class StoryDetail(BaseModel):
    story: StoryBriefing


class EventList(_Page):
    items: list[EventRow]


class QuoteList(_Page):
    items: list[QuoteRow]


class ArticleList(_Page):
    items: list[ArticleRef]


class ArticleDetail(BaseModel):
    article: ArticleRef
    text: str
    story_id: str | None = Field(description="The story the article is shown in.")
    original: ArticleRef | None = Field(description="The article this one copies, if any.")
    copies: list[ArticleRef]
    quotes: list[QuoteRow]
    events: list[EventRow]
    timexes: list[dict[str, str | None]] = Field(
        description="Dates and times: text, type, value (ISO 8601 / TimeML) and page anchor."
    )


class SearchHitOut(BaseModel):
    article_id: str
    title: str
    outlet: str
    published: str | None
    url: str
    snippet: str = Field(description="Matched words are marked with [ and ].")
    rank: float = Field(description="bm25 score: lower is a better match.")


class SearchList(BaseModel):
    limit: int = Field(description="Most hits in this page (capped).")
    offset: int = Field(description="Hits skipped before this page.")
    query: str
    items: list[SearchHitOut]


class ErrorOut(BaseModel):
    detail: str
