"""The stories step over a store: run after the batches by `newsgraph run` (and by any engine
that loads its results into the store), idempotent.

Articles the clusterer has not taken yet (no `story_members` row) are taken in publication
order: near-duplicate check, then story assignment. The clusterer's state is saved in
`story_state` after each chunk, so the next run adds its articles to the existing stories
online instead of re-clustering everything. A story of two articles or more gets a
`stories` row and its articles a `story_id`; a copy gets `near_dup_of`. Then each story
that changed is reconciled again: its figures grouped (disagreements flagged), its event
mentions and quotes merged into clusters, each counted in articles, outlets and
independent sources.
"""

from __future__ import annotations

import json
import logging
import pickle
import sqlite3
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..store import Store
from ..store._stories import features_from_json
from ..types import Figure
from . import StoryTracker
from .cluster import ClusterConfig, StorySummary
from .neardup import NearDupConfig
from .reconcile import (
    SourceInfo,
    group_figures,
    reconcile_events,
    reconcile_quotes,
    source_counts,
)

__all__ = ["StoriesUpdate", "update_stories", "STORY_ID_PREFIX"]

log = logging.getLogger(__name__)

STORY_ID_PREFIX = "s-"
_STATE_VERSION = f"stories.v1 reconcile.v1 {ClusterConfig()!r} {NearDupConfig()!r}"
CHUNK = 10_000  # articles taken per transaction; the state (about 25 MB at 2,000 articles a
# day, 5 s to save on our machine) is saved after each


@dataclass
class StoriesUpdate:
    """What one `update_stories` call did."""

    articles: int = 0  # articles taken by the clusterer
    copies: int = 0  # of which near-duplicates of an earlier article
    stories_touched: int = 0  # stories (two articles or more) written or rewritten
    rebuilt: bool = False  # the saved state was missing or from other settings
    touched: set[str] = field(default_factory=set, repr=False)


def story_id(key: str) -> str:
    return STORY_ID_PREFIX + key[:16]


def update_stories(store: Store, *, chunk: int = CHUNK) -> StoriesUpdate:
    """Take the articles the clusterer has not seen yet and reconcile the stories they join."""
    result = StoriesUpdate()
    if store.read(_state_version) == _STATE_VERSION and not store.read(_pending, 1):
        return result  # nothing new: the saved state need not even be read
    tracker = store.read(_load_state)
    if tracker is None:
        result.rebuilt = store.read(_count_members) > 0
        store.write(_clear)
        tracker = StoryTracker()
    while True:
        pending = store.read(_pending, chunk)
        if not pending:
            break
        store.write(_take, tracker, pending, result)
    return result


# -- state -------------------------------------------------------------------------------------


def _state_version(conn: sqlite3.Connection) -> str | None:
    row = conn.execute("SELECT version FROM story_state WHERE id = 1").fetchone()
    return row[0] if row is not None else None


def _load_state(conn: sqlite3.Connection) -> StoryTracker | None:
    row = conn.execute("SELECT version, state FROM story_state WHERE id = 1").fetchone()
    if row is None or row[0] != _STATE_VERSION:
        return None
    try:
        tracker = pickle.loads(zlib.decompress(row[1]))
    except Exception:  # a state we cannot read is rebuilt, never fatal
        log.warning("the saved story state cannot be read; the stories are rebuilt")
        return None
    return tracker if isinstance(tracker, StoryTracker) else None


def _save_state(conn: sqlite3.Connection, tracker: StoryTracker, n: int) -> None:
    blob = zlib.compress(pickle.dumps(tracker, protocol=pickle.HIGHEST_PROTOCOL), 1)
    conn.execute(
        "INSERT INTO story_state (id, version, state, n_articles) VALUES (1, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET version = excluded.version, state = excluded.state,"
        " n_articles = excluded.n_articles",
        (_STATE_VERSION, blob, n),
    )


def _count_members(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM story_members").fetchone()[0])


def _clear(conn: sqlite3.Connection) -> None:
    """Forget every story: the next chunks take all articles again, from the first."""
    conn.execute("UPDATE quotes SET cluster_id = NULL WHERE cluster_id IS NOT NULL")
    conn.execute("UPDATE events SET cluster_id = NULL WHERE cluster_id IS NOT NULL")
    conn.execute("UPDATE figures SET group_id = NULL WHERE group_id IS NOT NULL")
    # Only the rows that name a story or an original: rewriting an article costs its text.
    conn.execute(
        "UPDATE articles SET story_id = NULL, near_dup_of = NULL"
        " WHERE story_id IS NOT NULL OR near_dup_of IS NOT NULL"
    )
    for table in ("quote_clusters", "event_clusters", "figure_groups", "stories"):
        conn.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names
    conn.execute("DELETE FROM story_members")
    conn.execute("DELETE FROM story_state")


# -- taking articles ---------------------------------------------------------------------------


def _pending(conn: sqlite3.Connection, limit: int) -> list[tuple[str, str]]:
    """(article id, features JSON) of articles not yet taken, in `clustering_order`: by
    publication date, an undated article at the day its text names when the store holds
    dated articles to place it among, the rest last in the order they were stored."""
    when = (
        "coalesce(a.published, CASE WHEN EXISTS (SELECT 1 FROM articles WHERE published"
        " IS NOT NULL) THEN json_extract(f.features, '$.text_date') END)"
    )
    return conn.execute(
        "SELECT f.article_id, f.features FROM story_features AS f"
        " JOIN articles AS a ON a.id = f.article_id"
        " WHERE NOT EXISTS (SELECT 1 FROM story_members AS m WHERE m.article_id = f.article_id)"
        f" ORDER BY {when} IS NULL, {when}, a.pk LIMIT ?",
        (limit,),
    ).fetchall()


def _take(
    conn: sqlite3.Connection,
    tracker: StoryTracker,
    pending: Sequence[tuple[str, str]],
    result: StoriesUpdate,
) -> None:
    seq = int(conn.execute("SELECT coalesce(max(seq), 0) FROM story_members").fetchone()[0])
    touched: set[str] = set()
    members: list[tuple[str, str, int]] = []
    copies: list[tuple[str, str]] = []
    for article_id, text in pending:
        assigned = tracker.add(features_from_json(article_id, text))
        seq += 1
        members.append((article_id, assigned.story_id, seq))
        if assigned.near_dup_of is not None:
            copies.append((assigned.near_dup_of, article_id))
        touched.add(assigned.story_id)
    conn.executemany(
        "INSERT INTO story_members (article_id, story_key, seq) VALUES (?, ?, ?)", members
    )
    conn.executemany("UPDATE articles SET near_dup_of = ? WHERE id = ?", copies)
    result.copies += len(copies)
    result.articles += len(pending)
    summaries = {s.id: s for s in tracker.clusterer.drain_closed()}
    for key in sorted(touched):
        summary = summaries.get(key) or tracker.clusterer.summary(key)
        if _write_story(conn, key, summary):
            result.stories_touched += 1
            result.touched.add(story_id(key))
    _save_state(conn, tracker, seq)


def _write_story(conn: sqlite3.Connection, key: str, summary: StorySummary | None) -> bool:
    """Write a story's row and links; False for a one-article story (it gets none)."""
    members = [
        r[0]
        for r in conn.execute(
            "SELECT article_id FROM story_members WHERE story_key = ? ORDER BY seq", (key,)
        )
    ]
    if len(members) < 2:
        return False
    sid = story_id(key)
    sources = _sources(conn, members)
    counts = source_counts(members, sources)
    dates = conn.execute(
        "SELECT min(published), max(published) FROM articles"
        " WHERE id IN (SELECT article_id FROM story_members WHERE story_key = ?)",
        (key,),
    ).fetchone()
    label = summary.label if summary is not None else ""
    conn.execute(
        "INSERT INTO stories (id, label, first_seen, last_seen, n_articles, n_outlets, n_sources)"
        " VALUES (:id, :label, :first, :last, :n, :outlets, :sources)"
        " ON CONFLICT (id) DO UPDATE SET label = CASE WHEN excluded.label = '' THEN label"
        " ELSE excluded.label END, first_seen = excluded.first_seen,"
        " last_seen = excluded.last_seen, n_articles = excluded.n_articles,"
        " n_outlets = excluded.n_outlets, n_sources = excluded.n_sources",
        {
            "id": sid,
            "label": label,
            "first": dates[0],
            "last": dates[1],
            "n": counts.articles,
            "outlets": counts.outlets,
            "sources": counts.independent,
        },
    )
    conn.execute(
        "UPDATE articles SET story_id = ? WHERE id IN"
        " (SELECT article_id FROM story_members WHERE story_key = ?)",
        (sid, key),
    )
    _reconcile(conn, sid, members, sources)
    return True


def _sources(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, SourceInfo]:
    cited: dict[str, list[str]] = {}
    ids_json = [json.dumps(list(ids))]
    for article_id, outlet in conn.execute(
        "SELECT article_id, cited_outlet FROM citations"
        " WHERE article_id IN (SELECT value FROM json_each(?))",
        ids_json,
    ):
        cited.setdefault(article_id, []).append(outlet)
    return {
        row[0]: SourceInfo(row[1], row[2], tuple(sorted(set(cited.get(row[0], ())))))
        for row in conn.execute(
            "SELECT id, outlet, near_dup_of FROM articles"
            " WHERE id IN (SELECT value FROM json_each(?))",
            ids_json,
        )
    }


# -- reconciliation ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _EventMention:
    id: int
    article_id: str
    type: str
    actor: str | None
    recipient: str | None
    date: str | None
    location: str | None
    published: str | None
    cameo: str | None
    mode: str | None


@dataclass(frozen=True, slots=True)
class _QuoteMention:
    id: int
    article_id: str
    text: str
    kind: str
    speaker: str | None
    speaker_id: str | None
    published: str | None


def _reconcile(
    conn: sqlite3.Connection, sid: str, members: Sequence[str], sources: dict[str, SourceInfo]
) -> None:
    """Figure groups, event clusters and quote clusters of one story, written afresh."""
    # One JSON list bound once: a story of any size stays within SQLite's variable limit.
    ids = [json.dumps(list(members))]
    for table in ("figure_groups", "event_clusters", "quote_clusters"):
        conn.execute(f"DELETE FROM {table} WHERE story_id = ?", (sid,))  # noqa: S608
    in_story = "article_id IN (SELECT value FROM json_each(?))"

    figures = [
        (
            row[0],
            Figure(row[1], row[2], row[3], 0, row[4], row[5], row[6], row[7], "", "", row[8]),
        )
        for row in conn.execute(
            f'SELECT id, article_id, start, "end", text, value, low, high, measures'  # noqa: S608
            f" FROM figures WHERE {in_story} AND measures IS NOT NULL ORDER BY article_id, start",
            ids,
        )
    ]
    figure_ids = {(f.article_id, f.start, f.end): fid for fid, f in figures}
    conn.execute(f"UPDATE figures SET group_id = NULL WHERE {in_story}", ids)  # noqa: S608
    for n, group in enumerate(group_figures([f for _, f in figures], sources), 1):
        gid = f"{sid}:f{n}"
        conn.execute(
            "INSERT INTO figure_groups (id, story_id, measures, n_values, disagreement,"
            " n_articles, n_outlets, n_sources) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                gid,
                sid,
                group.measures,
                len(group.values),
                int(group.disagreement),
                group.counts.articles,
                group.counts.outlets,
                group.counts.independent,
            ),
        )
        keys = [
            figure_ids[(f.article_id, f.start, f.end)]
            for _, f in figures
            if f.measures == group.measures
        ]
        conn.executemany("UPDATE figures SET group_id = ? WHERE id = ?", [(gid, k) for k in keys])

    events = _story_rows(
        conn,
        _EventMention,
        "events",
        "x.id, x.article_id, x.plover_type || '/' || x.status, x.actors, x.recipients, x.date,"
        " x.location, a.published, x.cameo, x.plover_mode",
        in_story,
        ids,
    )
    for n, cluster in enumerate(reconcile_events(events, sources), 1):
        cid = f"{sid}:e{n}"
        first = cluster.members[0]
        first_seen, last_seen = _seen(cluster.members)
        conn.execute(
            "INSERT INTO event_clusters (id, story_id, label, plover_type, plover_mode, cameo,"
            " date, location, n_reports, n_sources, first_seen, last_seen, n_articles,"
            " n_outlets) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                cid,
                sid,
                _event_label(cluster.members),
                first.type.split("/")[0],
                first.mode,
                _first(m.cameo for m in cluster.members),
                _first(m.date for m in cluster.members),
                _first(m.location for m in cluster.members),
                len(cluster.members),
                cluster.counts.independent,
                first_seen,
                last_seen,
                cluster.counts.articles,
                cluster.counts.outlets,
            ),
        )
        conn.executemany(
            "UPDATE events SET cluster_id = ? WHERE id = ?", [(cid, m.id) for m in cluster.members]
        )

    quotes = _story_rows(
        conn,
        _QuoteMention,
        "quotes",
        "x.id, x.article_id, x.content, x.kind, x.speaker_text, x.speaker_actor_id, a.published",
        in_story,
        ids,
    )
    for n, cluster in enumerate(reconcile_quotes(quotes, sources), 1):
        qid = f"{sid}:q{n}"
        first_seen, last_seen = _seen(cluster.members)
        conn.execute(
            "INSERT INTO quote_clusters (id, story_id, speaker, text, n_quotes, n_articles,"
            " n_outlets, n_sources, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                qid,
                sid,
                _first(m.speaker for m in cluster.members),
                max((m.text for m in cluster.members), key=len),
                len(cluster.members),
                cluster.counts.articles,
                cluster.counts.outlets,
                cluster.counts.independent,
                first_seen,
                last_seen,
            ),
        )
        conn.executemany(
            "UPDATE quotes SET cluster_id = ? WHERE id = ?", [(qid, m.id) for m in cluster.members]
        )


def _story_rows(
    conn: sqlite3.Connection, cls: type, table: str, columns: str, in_story: str, ids: list[str]
) -> list[Any]:
    """Rows (alias x) of a story's events or quotes, oldest article first.

    Their `cluster_id` is not reset here: every row is given one after (`reconcile_events`
    and `reconcile_quotes` put each mention in a cluster); writing each row twice cost
    a tenth of the stories step's SQL.
    """
    return [
        cls(*row)
        for row in conn.execute(
            f"SELECT {columns} FROM {table} AS x JOIN articles AS a ON a.id = x.article_id"  # noqa: S608
            f" WHERE x.{in_story} ORDER BY a.published IS NULL, a.published, x.article_id,"
            " x.start",
            ids,
        )
    ]


def _seen(members: Sequence[Any]) -> tuple[str | None, str | None]:
    dates = sorted(m.published for m in members if m.published)
    return (dates[0], dates[-1]) if dates else (None, None)


def _first(values: Iterable[Any]) -> Any:
    return next((v for v in values if v not in (None, "")), None)


def _event_label(members: Sequence[_EventMention]) -> str:
    first = members[0]
    actor = _first(m.actor for m in members) or "?"
    recipient = _first(m.recipient for m in members)
    kind = first.type.split("/")[0]
    return f"{actor} {kind} {recipient}" if recipient else f"{actor} {kind}"
