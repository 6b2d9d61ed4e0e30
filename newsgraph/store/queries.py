"""Every SQL statement newsgraph runs against its store, one named function each.

Values are always bound (`:name` or `?`), never formatted into the SQL text. The only
identifiers built at run time are table and column names for export, and those come from
`EXPORTABLE_TABLES` and from SQLite's own `pragma_table_info`, never from the user.

Functions take a `sqlite3.Connection` and plain values and return plain rows; transactions
are the caller's business (`Store` owns them).
"""

from __future__ import annotations

import functools
import operator
import re
import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

__all__ = [
    "DATA_TABLES",
    "EXPORTABLE_TABLES",
    "SEARCH_SNIPPET_TOKENS",
]

#: The tables of DESIGN.md's data model, in the order `stats()` and the docs list them.
DATA_TABLES: tuple[str, ...] = (
    "articles",
    "actors",
    "mentions",
    "timexes",
    "quotes",
    "citations",
    "events",
    "event_participants",
    "event_clusters",
    "figures",
    "stories",
    "calendar",
    "figure_groups",
    "quote_clusters",
)

#: Tables `Store.export` accepts: the data model plus the run log and the rejects.
EXPORTABLE_TABLES: tuple[str, ...] = (*DATA_TABLES, "rejects", "runs")

#: Internal columns that are not exported (the article rowid only feeds the FTS index).
_HIDDEN_COLUMNS: dict[str, frozenset[str]] = {"articles": frozenset({"pk"})}

#: Export order per table; the default is insertion order (rowid).
_EXPORT_ORDER: dict[str, str] = {
    "articles": "pk",
    "actors": "id",
    "stories": "id",
    "event_clusters": "id",
    "figure_groups": "id",
    "quote_clusters": "id",
    "event_participants": "event_id, role, ord",
    "events": "id",
}

#: Exports read from a flat view instead of the table (migration 0006: one row per event with
#: its outlet, date, actors and recipients, usable without a join).
_EXPORT_SOURCE: dict[str, str] = {"events": "events_export"}

#: Tokens of context around each match in a search snippet.
SEARCH_SNIPPET_TOKENS = 16


_MAX_ROWID = 2**63 - 1


def next_ids(conn: sqlite3.Connection, table: str, n: int) -> list[int] | None:
    """The ids SQLite would give `n` rows inserted one after another into `table` (an
    INTEGER PRIMARY KEY without AUTOINCREMENT): the largest id plus one, two, ...; None when
    that would pass the largest rowid (SQLite then picks free ids at random)."""
    (largest,) = conn.execute(f"SELECT max(id) FROM {_ident(table)}").fetchone()  # noqa: S608
    first = (largest or 0) + 1
    if first + n - 1 > _MAX_ROWID:
        return None
    return list(range(first, first + n))


def insert_numbered(
    conn: sqlite3.Connection, table: str, insert: str, rows: Sequence[dict[str, Any]]
) -> list[int]:
    """Insert `rows` with one `executemany` and return their ids, in order. `insert` binds
    `:id`: each row gets the id SQLite would give it (`next_ids`), or, when the largest rowid
    is taken, NULL and one statement a row so that SQLite chooses."""
    ids = next_ids(conn, table, len(rows))
    if ids is None:
        for row in rows:
            row["id"] = None
        return [int(conn.execute(insert, row).lastrowid or 0) for row in rows]
    for row, row_id in zip(rows, ids, strict=True):
        row["id"] = row_id
    insert_rows(conn, insert, rows)
    return ids


_NAMED_PARAMETER = re.compile(r":(\w+)")


@functools.lru_cache(maxsize=64)
def _by_position(sql: str) -> tuple[str, Callable[[Mapping[str, Any]], tuple[Any, ...]]]:
    """`sql` with its `:name` parameters turned into `?`, and what picks a row's values in
    that order. For statements of our own, with no ':' in a string literal."""
    names = _NAMED_PARAMETER.findall(sql)
    if len(names) < 2:  # itemgetter of one name gives the value, not a 1-tuple
        raise ValueError(f"expected two named parameters or more in {sql!r}")
    return _NAMED_PARAMETER.sub("?", sql), operator.itemgetter(*names)


def insert_rows(conn: sqlite3.Connection, sql: str, rows: Iterable[Mapping[str, Any]]) -> None:
    """`conn.executemany(sql, rows)` for rows given as dicts, bound by position.

    sqlite3 binds a dict by name: for every value of every row it makes the name a new
    string, hashes it and looks it up. The batch writes bind about 400,000 values per 600
    articles; handed over as tuples, `write_batch` runs 8.5% fewer instructions.
    """
    positional, values = _by_position(sql)
    conn.executemany(positional, map(values, rows))


def _ident(name: str) -> str:
    """Quote an identifier taken from the schema (not from the user)."""
    return '"' + name.replace('"', '""') + '"'


# -- schema ------------------------------------------------------------------------------------


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def set_user_version(conn: sqlite3.Connection, version: int) -> None:
    # PRAGMA takes no bound parameters; `int()` makes the formatted value safe.
    conn.execute(f"PRAGMA user_version = {int(version)}")


def count_schema_objects(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0])


def configure(conn: sqlite3.Connection, *, busy_timeout_ms: int, readonly: bool) -> None:
    """Connection pragmas: foreign keys on, a busy timeout, WAL for writers."""
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
    if readonly:
        conn.execute("PRAGMA query_only = ON")
    else:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")


def optimize(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA optimize")


def table_columns(conn: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    """(name, declared type) of the exported columns of `table`, in schema order."""
    hidden = _HIDDEN_COLUMNS.get(table, frozenset())
    source = _EXPORT_SOURCE.get(table, table)
    rows = conn.execute("SELECT name, type FROM pragma_table_info(?) ORDER BY cid", (source,))
    return [(name, decl.upper()) for name, decl in rows if name not in hidden]


# -- articles ----------------------------------------------------------------------------------

_ARTICLE_COLUMNS = "id, url, outlet, title, published, text, lang, source_path, source_line"


def select_ids(conn: sqlite3.Connection, ids_json: str, *, processed_only: bool) -> set[str]:
    """Ids from a JSON list that are stored (and processed, when `processed_only`)."""
    sql = (
        "SELECT id FROM articles WHERE id IN (SELECT value FROM json_each(:ids))"
        " AND (processed = 1 OR NOT :processed_only)"
    )
    rows = conn.execute(sql, {"ids": ids_json, "processed_only": processed_only})
    return {row[0] for row in rows}


def select_processed_extractors(conn: sqlite3.Connection, ids_json: str) -> dict[str, str]:
    """{id: recorded extractors} for the processed articles among a JSON list of ids."""
    sql = (
        "SELECT id, coalesce(extractors, '') FROM articles"
        " WHERE id IN (SELECT value FROM json_each(:ids)) AND processed = 1"
    )
    return dict(conn.execute(sql, {"ids": ids_json}))


def select_source(conn: sqlite3.Connection, article_id: str) -> tuple[str, int | None] | None:
    row = conn.execute(
        "SELECT source_path, source_line FROM articles WHERE id = ?", (article_id,)
    ).fetchone()
    return None if row is None else (row[0], row[1])


def select_article(conn: sqlite3.Connection, article_id: str) -> sqlite3.Row | None:
    row: sqlite3.Row | None = conn.execute(
        f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,)
    ).fetchone()
    return row


def select_unprocessed(conn: sqlite3.Connection, after_pk: int, limit: int) -> list[sqlite3.Row]:
    """The next `limit` unprocessed articles after rowid `after_pk`, in storage order."""
    return conn.execute(
        f"SELECT pk, {_ARTICLE_COLUMNS} FROM articles"
        " WHERE processed = 0 AND pk > :after ORDER BY pk LIMIT :limit",
        {"after": after_pk, "limit": limit},
    ).fetchall()


def insert_articles_ignore(conn: sqlite3.Connection, rows: Iterable[dict[str, Any]]) -> int:
    """Insert unprocessed articles, skipping ids already stored; returns rows inserted."""
    cur = conn.executemany(
        "INSERT OR IGNORE INTO articles"
        " (id, url, outlet, title, published, text, lang, source_path, source_line, processed)"
        " VALUES (:id, :url, :outlet, :title, :published, :text, :lang, :source_path,"
        " :source_line, 0)",
        rows,
    )
    return max(cur.rowcount, 0)


_PROCESSED_ARTICLE_COLUMNS = (
    "id",
    "url",
    "outlet",
    "title",
    "published",
    "text",
    "lang",
    "source_path",
    "source_line",
    "n_tokens",
    "n_sents",
    "extractors",
)
# One article's values: its columns, then `processed` = 1.
_PROCESSED_ARTICLE_VALUES = "(" + "?, " * len(_PROCESSED_ARTICLE_COLUMNS) + "1)"

#: Articles per upsert statement: 12 values each stays under 999, the least limit on bound
#: values of any SQLite build.
_UPSERT_ARTICLES = 64


def upsert_processed_articles(conn: sqlite3.Connection, rows: Sequence[dict[str, Any]]) -> None:
    """Store articles as processed, in order; an article already stored keeps its first source.

    One statement for many articles, not one each: the full-text index writes out the terms it
    has gathered at the end of every statement that feeds it (FTS5 syncs on each statement's
    savepoint), so a statement per article wrote one index segment per article, merged again
    later.
    """
    columns = ", ".join(_PROCESSED_ARTICLE_COLUMNS)
    for start in range(0, len(rows), _UPSERT_ARTICLES):
        chunk = rows[start : start + _UPSERT_ARTICLES]
        values = ", ".join([_PROCESSED_ARTICLE_VALUES] * len(chunk))
        conn.execute(
            f"INSERT INTO articles ({columns}, processed) VALUES {values}"
            " ON CONFLICT (id) DO UPDATE SET"
            "  url = excluded.url, outlet = excluded.outlet, title = excluded.title,"
            "  published = excluded.published, text = excluded.text, lang = excluded.lang,"
            "  n_tokens = excluded.n_tokens, n_sents = excluded.n_sents, processed = 1,"
            "  extractors = excluded.extractors",
            [row[name] for row in chunk for name in _PROCESSED_ARTICLE_COLUMNS],
        )


def delete_mentions(conn: sqlite3.Connection, article_id: str) -> None:
    conn.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))


def insert_mentions(conn: sqlite3.Connection, rows: Iterable[dict[str, Any]]) -> None:
    insert_rows(
        conn,
        'INSERT INTO mentions (article_id, start, "end", sentence, text, label, actor_id)'
        " VALUES (:article_id, :start, :end, :sentence, :text, :label, :actor_id)",
        rows,
    )


# -- rejects and runs --------------------------------------------------------------------------


def insert_rejects_ignore(conn: sqlite3.Connection, rows: Iterable[dict[str, Any]]) -> int:
    """Insert rejects, skipping (path, line, reason) already stored; returns rows inserted."""
    cur = conn.executemany(
        "INSERT OR IGNORE INTO rejects (path, line, reason, kept)"
        " VALUES (:path, :line, :reason, :kept)",
        rows,
    )
    return max(cur.rowcount, 0)


def insert_run(
    conn: sqlite3.Connection, command: str, started: str, settings_json: str, paths_json: str
) -> int:
    cur = conn.execute(
        "INSERT INTO runs (command, started, status, settings, paths)"
        " VALUES (:command, :started, 'running', :settings, :paths)",
        {"command": command, "started": started, "settings": settings_json, "paths": paths_json},
    )
    return int(cur.lastrowid or 0)


def update_run(
    conn: sqlite3.Connection, run_id: int, status: str, counts_json: str, finished: str
) -> int:
    cur = conn.execute(
        "UPDATE runs SET status = :status, counts = :counts, finished = :finished WHERE id = :id",
        {"id": run_id, "status": status, "counts": counts_json, "finished": finished},
    )
    return cur.rowcount


# -- stats -------------------------------------------------------------------------------------


def article_summary(conn: sqlite3.Connection) -> sqlite3.Row:
    row: sqlite3.Row = conn.execute(
        "SELECT count(*) AS n_articles,"
        " coalesce(sum(processed), 0) AS n_processed,"
        " count(DISTINCT nullif(outlet, '')) AS n_outlets,"
        " coalesce(sum(outlet = ''), 0) AS n_no_outlet,"
        " min(published) AS first_published,"
        " max(published) AS last_published,"
        " coalesce(sum(published IS NULL), 0) AS n_undated"
        " FROM articles"
    ).fetchone()
    return row


def outlet_counts(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    rows = conn.execute(
        "SELECT outlet, count(*) AS n FROM articles WHERE outlet != ''"
        " GROUP BY outlet ORDER BY n DESC, outlet"
    )
    return [(row[0], int(row[1])) for row in rows]


def select_rejects(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    return conn.execute(
        "SELECT path, line, reason, kept FROM rejects ORDER BY path, coalesce(line, -1), reason"
    ).fetchall()


def count_rows(conn: sqlite3.Connection, table: str) -> int:
    if table not in EXPORTABLE_TABLES:  # identifiers only from the whitelist
        raise ValueError(f"unknown table {table!r}")
    return int(conn.execute(f"SELECT count(*) FROM {_ident(table)}").fetchone()[0])


def select_last_run(conn: sqlite3.Connection) -> sqlite3.Row | None:
    row: sqlite3.Row | None = conn.execute(
        "SELECT id, command, started, finished, status, settings, paths, counts"
        " FROM runs ORDER BY id DESC LIMIT 1"
    ).fetchone()
    return row


# -- search ------------------------------------------------------------------------------------


def search_articles(
    conn: sqlite3.Connection, match: str, limit: int, offset: int
) -> list[sqlite3.Row]:
    """Full-text search; `match` is an FTS5 query, bound like any other value.

    Ranked by bm25 (lower is better) with title matches weighted double, then storage order.
    """
    return conn.execute(
        "SELECT a.id AS article_id, a.title, a.outlet, a.published, a.url,"
        " snippet(articles_fts, 1, '[', ']', '…', :tokens) AS snippet,"
        " bm25(articles_fts, 2.0, 1.0) AS score"
        " FROM articles_fts JOIN articles AS a ON a.pk = articles_fts.rowid"
        " WHERE articles_fts MATCH :match"
        " ORDER BY score, a.pk LIMIT :limit OFFSET :offset",
        {"match": match, "tokens": SEARCH_SNIPPET_TOKENS, "limit": limit, "offset": offset},
    ).fetchall()


# -- export ------------------------------------------------------------------------------------


def select_table_rows(
    conn: sqlite3.Connection, table: str, columns: Sequence[str]
) -> sqlite3.Cursor:
    """A cursor over every row of an exportable table, in a deterministic order."""
    if table not in EXPORTABLE_TABLES:  # identifiers only from the whitelist
        raise ValueError(f"unknown table {table!r}")
    order = _EXPORT_ORDER.get(table, "rowid")
    cols = ", ".join(_ident(c) for c in columns)
    source = _EXPORT_SOURCE.get(table, table)
    return conn.execute(f"SELECT {cols} FROM {_ident(source)} ORDER BY {order}")


# -- report and web reads ------------------------------------------------------------------------
#
# Read-only queries for `newsgraph report` and `newsgraph serve` (through `Store.read`). Sets
# of ids travel as one JSON list bound to `:ids` and unpacked with json_each, so a story of any
# size is one statement with no SQL built from values. When a later migration adds a column,
# the select lists below are the one place to add it.

#: Prefix of the id of a one-article story (an article no story holds, with its copies).
SINGLE_STORY_PREFIX = "article-"

_BRIEF_ARTICLE_COLUMNS = (
    "a.id, a.url, a.outlet, a.title, a.published, a.lang, a.near_dup_of, a.story_id,"
    " a.n_tokens, a.n_sents"
)

# An article outside every story heads a one-article story unless it is a copy of another such
# article that heads one (an original with no near_dup_of of its own): then it joins that one.
_SINGLE_ROOT = (
    "a.story_id IS NULL AND NOT EXISTS (SELECT 1 FROM articles AS o WHERE o.id = a.near_dup_of"
    " AND o.story_id IS NULL AND o.near_dup_of IS NULL)"
)


def _like(term: str) -> str:
    """A LIKE pattern matching `term` anywhere, with LIKE's wildcards taken literally."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def count_stories(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM stories").fetchone()[0])


def count_single_stories(conn: sqlite3.Connection) -> int:
    return int(
        conn.execute(f"SELECT count(*) FROM articles AS a WHERE {_SINGLE_ROOT}").fetchone()[0]
    )


def select_stories(conn: sqlite3.Connection, limit: int, offset: int) -> list[sqlite3.Row]:
    """Stories, latest first; n_articles and n_outlets are counted from the articles."""
    return conn.execute(
        "SELECT s.id, s.label, s.first_seen, s.last_seen,"
        " (SELECT count(*) FROM articles AS a WHERE a.story_id = s.id) AS n_articles,"
        " (SELECT count(DISTINCT nullif(a.outlet, '')) FROM articles AS a"
        "  WHERE a.story_id = s.id) AS n_outlets"
        " FROM stories AS s"
        " ORDER BY s.last_seen IS NULL, s.last_seen DESC, s.id LIMIT :limit OFFSET :offset",
        {"limit": limit, "offset": offset},
    ).fetchall()


def select_single_stories(conn: sqlite3.Connection, limit: int, offset: int) -> list[sqlite3.Row]:
    """One-article stories (an article no story holds, with its copies), latest first."""
    return conn.execute(
        "WITH members AS ("
        " SELECT a.id AS root, a.id AS member, a.published, a.outlet FROM articles AS a"
        f" WHERE {_SINGLE_ROOT}"
        " UNION ALL"
        " SELECT r.id, c.id, c.published, c.outlet FROM articles AS c"
        " JOIN articles AS r ON r.id = c.near_dup_of"
        " WHERE c.story_id IS NULL AND r.story_id IS NULL AND r.near_dup_of IS NULL)"
        " SELECT :prefix || r.id AS id, r.title AS label, r.id AS article_id,"
        " min(m.published) AS first_seen, max(m.published) AS last_seen,"
        " count(*) AS n_articles, count(DISTINCT nullif(m.outlet, '')) AS n_outlets"
        " FROM members AS m JOIN articles AS r ON r.id = m.root"
        " GROUP BY r.pk ORDER BY r.published IS NULL, r.published DESC, r.pk"
        " LIMIT :limit OFFSET :offset",
        {"prefix": SINGLE_STORY_PREFIX, "limit": limit, "offset": offset},
    ).fetchall()


def select_story(conn: sqlite3.Connection, story_id: str) -> sqlite3.Row | None:
    row: sqlite3.Row | None = conn.execute(
        "SELECT id, label, first_seen, last_seen, n_articles, n_outlets FROM stories WHERE id = ?",
        (story_id,),
    ).fetchone()
    return row


def select_story_articles(conn: sqlite3.Connection, story_id: str) -> list[sqlite3.Row]:
    """The articles of a story with their text, oldest first."""
    return conn.execute(
        f"SELECT {_BRIEF_ARTICLE_COLUMNS}, a.text FROM articles AS a WHERE a.story_id = ?"
        " ORDER BY a.published IS NULL, a.published, a.pk",
        (story_id,),
    ).fetchall()


def select_single_story_articles(conn: sqlite3.Connection, article_id: str) -> list[sqlite3.Row]:
    """The articles of the one-article story headed by `article_id` (none if it heads none)."""
    return conn.execute(
        f"SELECT {_BRIEF_ARTICLE_COLUMNS}, a.text FROM articles AS a"
        f" WHERE (a.id = :id AND {_SINGLE_ROOT})"
        "  OR (a.near_dup_of = :id AND a.story_id IS NULL AND EXISTS (SELECT 1 FROM articles"
        "      AS r WHERE r.id = :id AND r.story_id IS NULL AND r.near_dup_of IS NULL))"
        " ORDER BY a.published IS NULL, a.published, a.pk",
        {"id": article_id},
    ).fetchall()


def select_brief_article(conn: sqlite3.Connection, article_id: str) -> sqlite3.Row | None:
    """One article with its text and story/copy links."""
    row: sqlite3.Row | None = conn.execute(
        f"SELECT {_BRIEF_ARTICLE_COLUMNS}, a.text FROM articles AS a WHERE a.id = ?",
        (article_id,),
    ).fetchone()
    return row


def select_articles_by_ids(conn: sqlite3.Connection, ids_json: str) -> list[sqlite3.Row]:
    """Articles (no text) named in a JSON list of ids."""
    return conn.execute(
        f"SELECT {_BRIEF_ARTICLE_COLUMNS} FROM articles AS a"
        " WHERE a.id IN (SELECT value FROM json_each(:ids)) ORDER BY a.pk",
        {"ids": ids_json},
    ).fetchall()


def _article_filter(outlet: str | None, story_id: str | None) -> tuple[str, dict[str, Any]]:
    where = ["(:outlet IS NULL OR a.outlet = :outlet)", "(:story IS NULL OR a.story_id = :story)"]
    return " AND ".join(where), {"outlet": outlet, "story": story_id}


def count_articles_filtered(
    conn: sqlite3.Connection, *, outlet: str | None = None, story_id: str | None = None
) -> int:
    where, params = _article_filter(outlet, story_id)
    return int(
        conn.execute(f"SELECT count(*) FROM articles AS a WHERE {where}", params).fetchone()[0]
    )


def select_articles_page(
    conn: sqlite3.Connection,
    limit: int,
    offset: int,
    *,
    outlet: str | None = None,
    story_id: str | None = None,
) -> list[sqlite3.Row]:
    """A page of articles (no text), latest first."""
    where, params = _article_filter(outlet, story_id)
    return conn.execute(
        f"SELECT {_BRIEF_ARTICLE_COLUMNS} FROM articles AS a WHERE {where}"
        " ORDER BY a.published IS NULL, a.published DESC, a.pk LIMIT :limit OFFSET :offset",
        {**params, "limit": limit, "offset": offset},
    ).fetchall()


def select_copies_of(conn: sqlite3.Connection, article_id: str) -> list[sqlite3.Row]:
    """Articles recorded as near-duplicates of `article_id`."""
    return conn.execute(
        f"SELECT {_BRIEF_ARTICLE_COLUMNS} FROM articles AS a WHERE a.near_dup_of = ?"
        " ORDER BY a.published IS NULL, a.published, a.pk",
        (article_id,),
    ).fetchall()


def select_mentions_for(conn: sqlite3.Connection, ids_json: str) -> list[sqlite3.Row]:
    """Mentions of the articles in a JSON list, with the actor's name and kind when known."""
    return conn.execute(
        'SELECT m.id, m.article_id, m.start, m."end", m.sentence, m.text, m.label, m.actor_id,'
        " ac.name AS actor_name, ac.kind AS actor_kind"
        " FROM mentions AS m LEFT JOIN actors AS ac ON ac.id = m.actor_id"
        " WHERE m.article_id IN (SELECT value FROM json_each(:ids))"
        " ORDER BY m.article_id, m.start, m.id",
        {"ids": ids_json},
    ).fetchall()


def select_timexes_for(conn: sqlite3.Connection, ids_json: str) -> list[sqlite3.Row]:
    return conn.execute(
        'SELECT t.id, t.article_id, t.start, t."end", t.sentence, t.text, t.type, t.value,'
        " t.anchor FROM timexes AS t WHERE t.article_id IN (SELECT value FROM json_each(:ids))"
        " ORDER BY t.article_id, t.start, t.id",
        {"ids": ids_json},
    ).fetchall()


_QUOTE_COLUMNS = (
    'q.id, q.article_id, q.start, q."end", q.sentence, q.kind, q.speaker_actor_id,'
    " q.speaker_text, q.speaker_start, q.speaker_end, q.cue, q.content, q.content_start,"
    " q.content_end, COALESCE(q.speaker, ac.name) AS speaker_name, a.outlet, a.published,"
    " a.title"
)


def select_quotes_for(conn: sqlite3.Connection, ids_json: str) -> list[sqlite3.Row]:
    """Quotes of the articles in a JSON list, with the speaker's name and the article's outlet."""
    return conn.execute(
        f"SELECT {_QUOTE_COLUMNS} FROM quotes AS q JOIN articles AS a ON a.id = q.article_id"
        " LEFT JOIN actors AS ac ON ac.id = q.speaker_actor_id"
        " WHERE q.article_id IN (SELECT value FROM json_each(:ids))"
        " ORDER BY a.published IS NULL, a.published, q.article_id, q.start, q.id",
        {"ids": ids_json},
    ).fetchall()


def _quote_filter(speaker: str | None, article_id: str | None) -> tuple[str, dict[str, Any]]:
    where = (
        "(:speaker IS NULL OR q.speaker_actor_id = :speaker"
        " OR q.speaker_text LIKE :speaker_like ESCAPE '\\' OR ac.name LIKE :speaker_like ESCAPE"
        " '\\' OR q.speaker LIKE :speaker_like ESCAPE '\\')"
        " AND (:article IS NULL OR q.article_id = :article)"
    )
    params = {
        "speaker": speaker,
        "speaker_like": _like(speaker or ""),
        "article": article_id,
    }
    return where, params


def count_quotes_filtered(
    conn: sqlite3.Connection, *, speaker: str | None = None, article_id: str | None = None
) -> int:
    where, params = _quote_filter(speaker, article_id)
    return int(
        conn.execute(
            "SELECT count(*) FROM quotes AS q LEFT JOIN actors AS ac ON ac.id = q.speaker_actor_id"
            f" WHERE {where}",
            params,
        ).fetchone()[0]
    )


def select_quotes_page(
    conn: sqlite3.Connection,
    limit: int,
    offset: int,
    *,
    speaker: str | None = None,
    article_id: str | None = None,
) -> list[sqlite3.Row]:
    where, params = _quote_filter(speaker, article_id)
    return conn.execute(
        f"SELECT {_QUOTE_COLUMNS} FROM quotes AS q JOIN articles AS a ON a.id = q.article_id"
        f" LEFT JOIN actors AS ac ON ac.id = q.speaker_actor_id WHERE {where}"
        " ORDER BY a.published IS NULL, a.published, q.article_id, q.start, q.id"
        " LIMIT :limit OFFSET :offset",
        {**params, "limit": limit, "offset": offset},
    ).fetchall()


def select_citations_for(conn: sqlite3.Connection, ids_json: str) -> list[sqlite3.Row]:
    return conn.execute(
        'SELECT c.id, c.article_id, c.start, c."end", c.sentence, c.text, c.cited_outlet, c.cue,'
        " a.outlet FROM citations AS c JOIN articles AS a ON a.id = c.article_id"
        " WHERE c.article_id IN (SELECT value FROM json_each(:ids))"
        " ORDER BY c.article_id, c.start, c.id",
        {"ids": ids_json},
    ).fetchall()


def select_figures_for(conn: sqlite3.Connection, ids_json: str) -> list[sqlite3.Row]:
    return conn.execute(
        'SELECT f.id, f.article_id, f.start, f."end", f.sentence, f.text, f.value, f.value_max,'
        " f.qualifier, f.unit, f.measures, f.group_id, a.outlet, a.near_dup_of"
        " FROM figures AS f JOIN articles AS a ON a.id = f.article_id"
        " WHERE f.article_id IN (SELECT value FROM json_each(:ids))"
        " ORDER BY f.article_id, f.start, f.id",
        {"ids": ids_json},
    ).fetchall()


_EVENT_COLUMNS = (
    'e.id, e.article_id, e.start, e."end", e.sentence, e.text, e.plover_type, e.plover_mode,'
    " e.cameo, e.intensity, e.goldstein, e.date, e.timex_id, e.location, e.status, e.cluster_id,"
    " a.outlet, a.published, a.title, a.near_dup_of"
)


def select_events_for(conn: sqlite3.Connection, ids_json: str) -> list[sqlite3.Row]:
    """Events of the articles in a JSON list, with the article's outlet and date."""
    return conn.execute(
        f"SELECT {_EVENT_COLUMNS} FROM events AS e JOIN articles AS a ON a.id = e.article_id"
        " WHERE e.article_id IN (SELECT value FROM json_each(:ids))"
        " ORDER BY e.article_id, e.start, e.id",
        {"ids": ids_json},
    ).fetchall()


def select_participants_for(conn: sqlite3.Connection, event_ids_json: str) -> list[sqlite3.Row]:
    """Actors and recipients of the events in a JSON list of event ids, with actor names."""
    return conn.execute(
        "SELECT p.event_id, p.role, p.ord, p.code, p.actor_id, p.text, ac.name AS actor_name,"
        " ac.kind AS actor_kind FROM event_participants AS p"
        " LEFT JOIN actors AS ac ON ac.id = p.actor_id"
        " WHERE p.event_id IN (SELECT value FROM json_each(:ids))"
        " ORDER BY p.event_id, p.role, p.ord",
        {"ids": event_ids_json},
    ).fetchall()


def select_event_clusters_for(conn: sqlite3.Connection, ids_json: str) -> list[sqlite3.Row]:
    """Event clusters named in a JSON list of cluster ids."""
    return conn.execute(
        "SELECT id, story_id, label, plover_type, plover_mode, cameo, date, location, n_reports,"
        " n_sources, first_seen, last_seen FROM event_clusters"
        " WHERE id IN (SELECT value FROM json_each(:ids)) ORDER BY id",
        {"ids": ids_json},
    ).fetchall()


def _event_filter(
    actor: str | None,
    recipient: str | None,
    plover_type: str | None,
    status: str | None,
    date_from: str | None,
    date_to: str | None,
    story_id: str | None = None,
) -> tuple[str, dict[str, Any]]:
    """WHERE clause of the events table: each filter applies only when its value is given.

    Actor and recipient match an actor id or code exactly, or a name or text in part; dates
    compare the first ten characters of the event date ('2022-01-12'), so a date filter leaves
    out events with no date.
    """

    def role_match(role: str, key: str) -> str:
        # `role` and `key` are the two literals below, never user input.
        return (
            f"(:{key} IS NULL OR EXISTS (SELECT 1 FROM event_participants AS p"
            " LEFT JOIN actors AS ac ON ac.id = p.actor_id"
            f" WHERE p.event_id = e.id AND p.role = '{role}'"
            f" AND (p.actor_id = :{key} COLLATE NOCASE OR p.code = :{key} COLLATE NOCASE"
            f" OR p.text LIKE :{key}_like ESCAPE '\\' OR ac.name LIKE :{key}_like ESCAPE '\\')))"
        )

    where = " AND ".join(
        [
            role_match("actor", "actor"),
            role_match("recipient", "recipient"),
            "(:type IS NULL OR e.plover_type = :type)",
            "(:status IS NULL OR e.status = :status)",
            "(:date_from IS NULL OR substr(e.date, 1, 10) >= :date_from)",
            "(:date_to IS NULL OR substr(e.date, 1, 10) <= :date_to)",
            "(:story IS NULL OR e.article_id IN"
            " (SELECT sa.id FROM articles AS sa WHERE sa.story_id = :story))",
        ]
    )
    params = {
        "actor": actor,
        "actor_like": _like(actor or ""),
        "recipient": recipient,
        "recipient_like": _like(recipient or ""),
        "type": plover_type,
        "status": status,
        "date_from": date_from,
        "date_to": date_to,
        "story": story_id,
    }
    return where, params


def count_events_filtered(
    conn: sqlite3.Connection,
    *,
    actor: str | None = None,
    recipient: str | None = None,
    plover_type: str | None = None,
    status: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    story_id: str | None = None,
) -> int:
    where, params = _event_filter(
        actor, recipient, plover_type, status, date_from, date_to, story_id
    )
    return int(
        conn.execute(f"SELECT count(*) FROM events AS e WHERE {where}", params).fetchone()[0]
    )


def select_events_page(
    conn: sqlite3.Connection,
    limit: int,
    offset: int,
    *,
    actor: str | None = None,
    recipient: str | None = None,
    plover_type: str | None = None,
    status: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    story_id: str | None = None,
) -> list[sqlite3.Row]:
    """A page of events matching the filters, by date (undated last), then article order."""
    where, params = _event_filter(
        actor, recipient, plover_type, status, date_from, date_to, story_id
    )
    return conn.execute(
        f"SELECT {_EVENT_COLUMNS} FROM events AS e JOIN articles AS a ON a.id = e.article_id"
        f" WHERE {where} ORDER BY e.date IS NULL, e.date, a.published, e.article_id, e.start, e.id"
        " LIMIT :limit OFFSET :offset",
        {**params, "limit": limit, "offset": offset},
    ).fetchall()


def select_event_facets(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """Distinct event types and statuses, for the filter form."""
    types = [r[0] for r in conn.execute("SELECT DISTINCT plover_type FROM events ORDER BY 1")]
    statuses = [r[0] for r in conn.execute("SELECT DISTINCT status FROM events ORDER BY 1")]
    return {"types": types, "statuses": statuses}


def select_timex_ids_for_calendar(
    conn: sqlite3.Connection, entries: Sequence[tuple[str, int, int, str]]
) -> dict[tuple[str, int, int, str], int]:
    """The id of each calendar entry's date expression (article, sentence start and end, the
    expression's text), for links to its place on the article page."""
    found: dict[tuple[str, int, int, str], int] = {}
    for key in entries:
        row = conn.execute(
            'SELECT id FROM timexes WHERE article_id = ? AND start >= ? AND "end" <= ?'
            " AND text = ? ORDER BY start LIMIT 1",
            key,
        ).fetchone()
        if row is not None:
            found[key] = int(row[0])
    return found
