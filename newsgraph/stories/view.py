"""Reading stories back from the store for `newsgraph stories` and `newsgraph story ID`.

Plain dictionaries (JSON-ready): a story with its articles and copies, its figure groups
(values side by side, with the outlets that gave them, disagreements flagged), its event
clusters and its quote clusters, each with articles, outlets and independent sources.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from ..store import Store

__all__ = ["list_stories", "story_detail", "OPENING_CHARS"]

OPENING_CHARS = 120  # of an article without a headline, shown in its place


def _rows(conn: sqlite3.Connection, sql: str, *args: Any) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute(sql, args).fetchall()]


def _list(conn: sqlite3.Connection, limit: int) -> list[dict[str, Any]]:
    return _rows(
        conn,
        "SELECT id, label, first_seen, last_seen, n_articles, n_outlets, n_sources FROM stories"
        " ORDER BY n_articles DESC, first_seen, id LIMIT ?",
        limit,
    )


def list_stories(store: Store, limit: int = 50) -> list[dict[str, Any]]:
    """Stories of two articles or more, the largest first."""
    return store.read(_list, limit)


def _detail(conn: sqlite3.Connection, story_id: str) -> dict[str, Any] | None:
    head = _rows(
        conn,
        "SELECT id, label, first_seen, last_seen, n_articles, n_outlets, n_sources FROM stories"
        " WHERE id = ?",
        story_id,
    )
    if not head:
        return None
    story = head[0]
    story["articles"] = _rows(
        conn,
        "SELECT id, published, outlet, title, url, near_dup_of,"
        # an article without a headline (a plain-text note) is shown by its opening words
        f" CASE WHEN coalesce(title, '') = '' THEN substr(text, 1, {OPENING_CHARS}) END AS opening"
        " FROM articles WHERE story_id = ? ORDER BY published IS NULL, published, id",
        story_id,
    )
    story["copies"] = [a for a in story["articles"] if a["near_dup_of"]]
    groups = _rows(
        conn,
        "SELECT id, measures, n_values, disagreement, n_articles, n_outlets, n_sources"
        " FROM figure_groups WHERE story_id = ? ORDER BY disagreement DESC, n_articles DESC, id",
        story_id,
    )
    for group in groups:
        group["disagreement"] = bool(group["disagreement"])
        group["figures"] = _rows(
            conn,
            "SELECT f.text, f.value, f.low, f.high, f.qualifier, f.article_id, a.outlet,"
            " a.near_dup_of FROM figures AS f JOIN articles AS a ON a.id = f.article_id"
            " WHERE f.group_id = ? ORDER BY f.value, a.published, f.article_id, f.start",
            group["id"],
        )
    story["figures"] = groups
    story["events"] = _rows(
        conn,
        "SELECT id, label, plover_type, date, location, n_reports, n_articles, n_outlets,"
        " n_sources FROM event_clusters WHERE story_id = ?"
        " ORDER BY n_articles DESC, first_seen, id",
        story_id,
    )
    story["quotes"] = _rows(
        conn,
        "SELECT id, speaker, text, n_quotes, n_articles, n_outlets, n_sources"
        " FROM quote_clusters WHERE story_id = ? ORDER BY n_articles DESC, first_seen, id",
        story_id,
    )
    return story


def story_detail(store: Store, story_id: str) -> dict[str, Any] | None:
    """One story with its articles, copies, figure groups, event and quote clusters."""
    return store.read(_detail, story_id)
