"""Quotes and outlet citations (issue 3): the rows of one article, and `newsgraph quotes`.

Kept apart from `_store.py` and `queries.py` so these tables have one home. `Store.write_batch`
calls `replace_quotes` inside its batch transaction, after `_timex.write_timexes`, whose
`ClauseDater` dates the quote rows as they are written (called without one, the rows are
dated after by `_timex.replace_timexes`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any

from ..types import Citation, Quote
from ._events import DateColumns
from .queries import _like, insert_rows

__all__ = ["replace_quotes", "select_quotes"]

_INSERT_QUOTE = """
INSERT INTO quotes (article_id, start, "end", sentence, kind, speaker_text, speaker_start,
                    speaker_end, cue, content, content_start, content_end, extractor, speaker,
                    speaker_kind, speaker_actor_id)
VALUES (:article_id, :start, :end, :sentence, :kind, :speaker_text, :speaker_start,
        :speaker_end, :cue, :content, :content_start, :content_end, :extractor, :speaker,
        :speaker_kind, :speaker_actor_id)
"""

_INSERT_QUOTE_DATED = """
INSERT INTO quotes (article_id, start, "end", sentence, kind, speaker_text, speaker_start,
                    speaker_end, cue, content, content_start, content_end, extractor, speaker,
                    speaker_kind, speaker_actor_id, date, date_source, timex_id, date_precision)
VALUES (:article_id, :start, :end, :sentence, :kind, :speaker_text, :speaker_start,
        :speaker_end, :cue, :content, :content_start, :content_end, :extractor, :speaker,
        :speaker_kind, :speaker_actor_id, :date, :date_source, :timex_id, :date_precision)
"""

_INSERT_CITATION = """
INSERT INTO citations (article_id, start, "end", sentence, text, cited_outlet, cue, extractor)
VALUES (:article_id, :start, :end, :sentence, :text, :cited_outlet, :cue, :extractor)
"""


def _quote_row(
    q: Quote, extractor: str, speaker_ids: Mapping[tuple[int, int], str]
) -> dict[str, Any]:
    # the whole quote runs from the first to the last of content, cue and speaker mention
    starts = [q.start] + [x for x in (q.cue_start, q.speaker_start) if x is not None]
    ends = [q.end] + [x for x in (q.cue_end, q.speaker_end) if x is not None]
    return {
        "article_id": q.article_id,
        "start": min(starts),
        "end": max(ends),
        "sentence": q.sentence,
        "kind": q.kind,
        "speaker_text": q.speaker_mention or None,
        "speaker_start": q.speaker_start,
        "speaker_end": q.speaker_end,
        "cue": q.cue or None,
        "content": q.text,
        "content_start": q.start,
        "content_end": q.end,
        "extractor": extractor,
        "speaker": q.speaker,
        "speaker_kind": q.speaker_kind,
        "speaker_actor_id": speaker_ids.get((q.speaker_start, q.speaker_end))
        if q.speaker_start is not None and q.speaker_end is not None
        else None,
    }


def replace_quotes(
    conn: sqlite3.Connection,
    article_id: str,
    quotes: Sequence[Quote],
    citations: Sequence[Citation],
    quotes_by: str,
    citations_by: str,
    speaker_ids: Mapping[tuple[int, int], str] | None = None,
    date_columns: DateColumns | None = None,
) -> None:
    """Replace the article's quote and citation rows (an article processed again).
    `speaker_ids` maps a speaker mention's (start, end) to its id in the actors register.
    `date_columns`, when given, dates each row of the article as it is written (what
    `_timex.replace_timexes` would give it after: `ClauseDater.columns`)."""
    conn.execute("DELETE FROM quotes WHERE article_id = ?", (article_id,))
    conn.execute("DELETE FROM citations WHERE article_id = ?", (article_id,))
    ids = speaker_ids or {}
    if date_columns is None:
        insert_rows(conn, _INSERT_QUOTE, (_quote_row(q, quotes_by, ids) for q in quotes))
    else:
        rows = [_quote_row(q, quotes_by, ids) for q in quotes]
        for row in rows:
            if row["article_id"] == article_id:  # the rows replace_timexes dates
                dated = date_columns(row["start"], row["end"])
            else:
                dated = (None, None, None, None)
            (row["date"], row["date_source"], row["timex_id"], row["date_precision"]) = dated
        insert_rows(conn, _INSERT_QUOTE_DATED, rows)
    insert_rows(
        conn,
        _INSERT_CITATION,
        (
            {
                "article_id": c.article_id,
                "start": c.start,
                "end": c.end,
                "sentence": c.sentence,
                "text": c.text,
                "cited_outlet": c.outlet,
                "cue": c.cue or None,
                "extractor": citations_by,
            }
            for c in citations
        ),
    )


def select_quotes(
    conn: sqlite3.Connection,
    *,
    speaker: str | None = None,
    story: str | None = None,
    limit: int = 200,
) -> list[sqlite3.Row]:
    """Stored quotes, oldest article first: `speaker` matches the canonical name or the
    mention (case-insensitive substring); `story` keeps the articles of one story."""
    return conn.execute(
        "SELECT q.id, q.article_id, q.kind, q.speaker, q.speaker_kind, q.speaker_text, q.cue,"
        " q.content, q.content_start, q.content_end, q.date, a.outlet, a.published, a.title,"
        " a.story_id FROM quotes AS q JOIN articles AS a ON a.id = q.article_id"
        " WHERE (:speaker IS NULL OR q.speaker LIKE :like ESCAPE '\\'"
        "        OR q.speaker_text LIKE :like ESCAPE '\\')"
        " AND (:story IS NULL OR a.story_id = :story)"
        " ORDER BY a.published IS NULL, a.published, q.article_id, q.content_start, q.id"
        " LIMIT :limit",
        {"speaker": speaker, "like": _like(speaker or ""), "story": story, "limit": int(limit)},
    ).fetchall()
