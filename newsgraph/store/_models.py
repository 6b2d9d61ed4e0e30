"""Plain results the store hands back: statistics, rejects, runs and search hits."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["RejectRow", "RunInfo", "SearchHit", "StoreStats"]


@dataclass(frozen=True, slots=True)
class RejectRow:
    """A stored reject: an input (or part of one) that was skipped, or kept with a warning."""

    path: str
    line: int | None
    reason: str
    kept: bool


@dataclass(frozen=True, slots=True)
class RunInfo:
    """One command that wrote to the store; `finished` is None while it runs (or if it died)."""

    id: int
    command: str
    started: str
    finished: str | None
    status: str
    settings: dict[str, object] = field(default_factory=dict)
    paths: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One article matching a full-text query.

    `snippet` marks matched words with [ ]; `rank` is the bm25 score (lower is better).
    `published` is the stored ISO 8601 string ('2021-12-15T09:30:00Z') or None.
    """

    article_id: str
    title: str
    outlet: str
    published: str | None
    url: str
    snippet: str
    rank: float


@dataclass(frozen=True, slots=True)
class StoreStats:
    """What a store holds. `outlets` is (name, articles) by count desc then name, named outlets
    only (`n_no_outlet` counts the rest); `table_counts` has every exportable table."""

    schema_version: int
    n_articles: int
    n_processed: int
    n_outlets: int
    outlets: list[tuple[str, int]]
    first_published: str | None
    last_published: str | None
    n_undated: int
    n_rejects: int
    rejects: list[RejectRow]
    table_counts: dict[str, int]
    last_run: RunInfo | None
    n_no_outlet: int = 0
