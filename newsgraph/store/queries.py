"""Every SQL statement newsgraph runs against its store, one named function each.

Values are always bound (`:name` or `?`), never formatted into the SQL text. The only
identifiers built at run time are table and column names for export, and those come from
`EXPORTABLE_TABLES` and from SQLite's own `pragma_table_info`, never from the user.

Functions take a `sqlite3.Connection` and plain values and return plain rows; transactions
are the caller's business (`Store` owns them).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
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
    "event_participants": "event_id, role, ord",
}

#: Tokens of context around each match in a search snippet.
SEARCH_SNIPPET_TOKENS = 16


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
    rows = conn.execute("SELECT name, type FROM pragma_table_info(?) ORDER BY cid", (table,))
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


def upsert_processed_article(conn: sqlite3.Connection, row: dict[str, Any]) -> None:
    """Store an article as processed; an article already stored keeps its first source."""
    conn.execute(
        "INSERT INTO articles"
        " (id, url, outlet, title, published, text, lang, source_path, source_line,"
        "  n_tokens, n_sents, processed, extractors)"
        " VALUES (:id, :url, :outlet, :title, :published, :text, :lang, :source_path,"
        "  :source_line, :n_tokens, :n_sents, 1, :extractors)"
        " ON CONFLICT (id) DO UPDATE SET"
        "  url = excluded.url, outlet = excluded.outlet, title = excluded.title,"
        "  published = excluded.published, text = excluded.text, lang = excluded.lang,"
        "  n_tokens = excluded.n_tokens, n_sents = excluded.n_sents, processed = 1,"
        "  extractors = excluded.extractors",
        row,
    )


def delete_mentions(conn: sqlite3.Connection, article_id: str) -> None:
    conn.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))


def insert_mentions(conn: sqlite3.Connection, rows: Iterable[dict[str, Any]]) -> None:
    conn.executemany(
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
    return conn.execute(f"SELECT {cols} FROM {_ident(table)} ORDER BY {order}")
