"""The `Store`: one SQLite connection that owns a newsgraph database.

A writable store is the run's single writer: every write is one short `BEGIN IMMEDIATE`
transaction, rolled back whole on any error. A read-only store (`readonly=True`) opens the
file with `mode=ro` and refuses writes; report, web, stats, search and export use it.
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from importlib.resources.abc import Traversable
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO, TextIO, TypeVar

from ..errors import StoreError
from ..types import Article, Mention, ProcessedArticle, Reject
from . import _actors, _events, _export, _quotes, _schema, _stories, _timex, queries
from ._models import RejectRow, RunInfo, SearchHit, StoreStats

__all__ = ["MAX_SEARCH_LIMIT", "RUN_STATUSES", "Store"]

log = logging.getLogger(__name__)
_T = TypeVar("_T")

#: The most hits one `search` call returns.
MAX_SEARCH_LIMIT = 500

#: Values `finish_run` accepts (a run is 'running' from `start_run` until then).
RUN_STATUSES: tuple[str, ...] = ("ok", "partial", "failed", "interrupted")

#: FTS5 error messages that mean "the query is not valid FTS5 syntax".
_FTS_SYNTAX_ERRORS = ("fts5:", "unterminated string", "no such column", "unknown special query")
_FTS_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})
_WORD = re.compile(r"\w", re.UNICODE)


# -- value conversion ---------------------------------------------------------------------------


def to_iso(value: datetime | None) -> str | None:
    """'YYYY-MM-DDTHH:MM:SSZ' in UTC; a naive datetime is taken to be UTC already."""
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(UTC)
    return value.replace(tzinfo=None, microsecond=0).isoformat() + "Z"


def from_iso(value: str | None) -> datetime | None:
    """The inverse of `to_iso`: a timezone-aware UTC datetime, or None."""
    if value is None:
        return None
    return datetime.fromisoformat(value).astimezone(UTC)


def _article_row(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "url": article.url,
        "outlet": article.outlet,
        "title": article.title,
        "published": to_iso(article.published),
        "text": article.text,
        "lang": article.lang,
        "source_path": article.source_path,
        "source_line": article.source_line,
    }


def _article_from_row(row: sqlite3.Row) -> Article:
    return Article(
        id=row["id"],
        text=row["text"],
        title=row["title"],
        url=row["url"],
        outlet=row["outlet"],
        published=from_iso(row["published"]),
        lang=row["lang"],
        source_path=row["source_path"],
        source_line=row["source_line"],
    )


def _mention_row(
    mention: Mention, article_id: str, actor_spans: Mapping[tuple[int, int], str] | None = None
) -> dict[str, Any]:
    if mention.article_id and mention.article_id != article_id:
        raise StoreError(
            f"mention {mention.text!r} names article {mention.article_id} but was passed with "
            f"article {article_id}; this is a newsgraph bug"
        )
    return {
        "article_id": article_id,
        "start": mention.start,
        "end": mention.end,
        "sentence": mention.sentence,
        "text": mention.text,
        "label": mention.label,
        "actor_id": mention.actor_id or (actor_spans or {}).get((mention.start, mention.end)),
    }


def _processed_row(item: ProcessedArticle) -> dict[str, Any]:
    row = _article_row(item.article)
    row.update(n_tokens=item.n_tokens, n_sents=item.n_sents, extractors=",".join(item.extractors))
    return row


def _reject_row(reject: Reject) -> dict[str, Any]:
    return {"path": reject.path, "line": reject.line, "reason": reject.reason, "kept": reject.kept}


def _json(value: object) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def _fallback_query(query: str) -> str:
    """The query's words as quoted FTS5 terms (all must match): used when FTS5 rejects it.

    Bare operators (a stray AND) and tokens without a letter or digit are dropped.
    """
    terms = [t for t in query.split() if _WORD.search(t) and t not in _FTS_OPERATORS]
    return " ".join('"' + t.replace('"', '""') + '"' for t in terms)


# -- the store ------------------------------------------------------------------------------------


class Store:
    """A newsgraph SQLite database.

    >>> with Store.open(tmp / "news.db") as store:        # doctest: +SKIP
    ...     store.add_articles([Article(id="a1", text="NATO and Russia will meet in Brussels.")])
    1
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, *, readonly: bool) -> None:
        self._conn: sqlite3.Connection | None = conn
        self._path = path
        self._readonly = readonly

    # -- lifecycle ------------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        readonly: bool = False,
        migrations_dir: Traversable | Path | None = None,
    ) -> Store:
        """Open the store at `path`; a writable open creates the file and migrates its schema.

        `migrations_dir` replaces the package's migrations/ folder (for tests).
        """
        path = Path(path)
        conn = _schema.connect(path, readonly=readonly, migrations_dir=migrations_dir)
        log.debug("opened store %s (%s)", path, "read-only" if readonly else "read-write")
        return cls(conn, path, readonly=readonly)

    def close(self) -> None:
        """Close the connection; further calls raise `StoreError`. Closing twice is fine."""
        if self._conn is None:
            return
        conn, self._conn = self._conn, None
        try:
            if not self._readonly:
                queries.optimize(conn)
        except sqlite3.Error as err:  # only a planner hint; never fail a close for it
            log.debug("PRAGMA optimize failed on %s: %s", self._path, err)
        finally:
            conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        mode = "readonly" if self._readonly else "writable"
        state = "closed" if self._conn is None else mode
        return f"<Store {str(self._path)!r} {state}>"

    @property
    def path(self) -> Path:
        return self._path

    @property
    def readonly(self) -> bool:
        return self._readonly

    @property
    def schema_version(self) -> int:
        return self._read(queries.user_version)

    # -- plumbing -------------------------------------------------------------------------------

    @property
    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StoreError(f"the store {self._path} is closed; open it again with Store.open")
        return self._conn

    def _read(self, fn: Callable[..., _T], *args: Any) -> _T:
        try:
            return fn(self._db, *args)
        except sqlite3.Error as err:
            raise StoreError(f"cannot read {self._path}: {err}") from err

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One immediate transaction: committed when the block ends, rolled back on any error."""
        if self._readonly:
            raise StoreError(
                f"the store {self._path} is open read-only; open it without readonly to write"
            )
        conn = self._db
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as err:
            raise StoreError(
                f"cannot write to {self._path}: {err}; another newsgraph process may be "
                "writing to it: wait for it to finish, or pass another --db"
            ) from err
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException as err:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(err, sqlite3.Error):
                raise StoreError(
                    f"cannot write to {self._path}: {err}; nothing of this batch was stored"
                ) from err
            raise

    # -- articles -------------------------------------------------------------------------------

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of `ids` are stored and processed (a re-run skips them)."""
        ids_json = json.dumps(list(ids))
        return self._read(lambda c: queries.select_ids(c, ids_json, processed_only=True))

    def stored_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of `ids` are stored at all, processed or not."""
        ids_json = json.dumps(list(ids))
        return self._read(lambda c: queries.select_ids(c, ids_json, processed_only=False))

    def stale_ids(self, ids: Iterable[str], extractors: Sequence[str]) -> set[str]:
        """Which of `ids` were processed by another version of one of `extractors`
        (`figures.v2` where `extractors` has `figures.v3`): a run processes those again.

        Only a version change counts: an article whose rows came from
        `story_features.minilm.v4` is not stale for a run with `story_features.v4`
        (a run without `--embeddings` does not throw stored embeddings away).
        """
        ids_json = json.dumps(list(ids))
        recorded = self._read(lambda c: queries.select_processed_extractors(c, ids_json))
        current = set(extractors)
        families = {_extractor_family(n) for n in current}
        return {
            article_id
            for article_id, names in recorded.items()
            if any(
                n not in current and _extractor_family(n) in families for n in names.split(",") if n
            )
        }

    def source_of(self, article_id: str) -> tuple[str, int | None] | None:
        """(source_path, source_line) an article was first stored from, or None if unknown."""
        return self._read(queries.select_source, article_id)

    def get_article(self, article_id: str) -> Article | None:
        row = self._read(queries.select_article, article_id)
        return None if row is None else _article_from_row(row)

    def iter_unprocessed(self, batch_size: int) -> Iterator[list[Article]]:
        """Stored but unprocessed articles in storage order, `batch_size` at a time.

        Safe to interleave with `write_batch`: each batch is read whole before it is yielded,
        and the next one starts after the last article of the previous one.
        """
        if batch_size < 1:
            raise StoreError(f"batch_size must be at least 1 (got {batch_size})")
        after = 0
        while True:
            rows = self._read(queries.select_unprocessed, after, batch_size)
            if not rows:
                return
            after = rows[-1]["pk"]
            yield [_article_from_row(row) for row in rows]

    def add_articles(self, articles: Sequence[Article], rejects: Sequence[Reject] = ()) -> int:
        """Store articles as unprocessed (ingest only), in one transaction; ids already stored
        are left alone. Returns the number of articles newly stored."""
        rows = [_article_row(a) for a in articles]
        reject_rows = [_reject_row(r) for r in rejects]
        with self._write() as conn:
            added = queries.insert_articles_ignore(conn, rows)
            queries.insert_rejects_ignore(conn, reject_rows)
        return added

    def write_batch(
        self, processed: Sequence[ProcessedArticle], rejects: Sequence[Reject] = ()
    ) -> int:
        """Store a batch of processed articles with their mentions, and the batch's rejects.

        One transaction: all of it is stored, or (on any error) none of it. An article already
        stored is updated and marked processed, its old mentions replaced; it keeps the source
        (path, line) it was first stored from. An id given twice in a batch is stored once (the
        first). Returns the number of articles that were not processed before.
        """
        seen: set[str] = set()
        batch: list[ProcessedArticle] = []
        for item in processed:
            if item.article.id not in seen:
                seen.add(item.article.id)
                batch.append(item)
        reject_rows = [_reject_row(r) for r in rejects]
        with self._write() as conn:
            already = queries.select_ids(conn, json.dumps(sorted(seen)), processed_only=True)
            queries.upsert_processed_articles(conn, [_processed_row(item) for item in batch])
            actors_written: set[tuple[object, ...]] = set()
            for item in batch:
                article = item.article
                _actors.upsert_actors(conn, item.actors, actors_written)
                spans = _actors.actor_spans(item.actors)
                queries.delete_mentions(conn, article.id)
                mentions = sorted(
                    item.mentions, key=lambda m: (m.start, m.end, m.label, m.text, m.sentence)
                )
                queries.insert_mentions(
                    conn, (_mention_row(m, article.id, spans) for m in mentions)
                )
                # The time expressions first: the event and quote rows are written with their
                # clause dates (no UPDATE after).
                dater = _timex.write_timexes(
                    conn,
                    article.id,
                    article.published.date() if article.published else None,
                    item.timexes,
                    item.schedule,
                    _by(item, "timex."),
                    _by(item, "schedule."),
                )
                _events.replace_events(
                    conn,
                    article.id,
                    item.events,
                    _by(item, "events."),
                    registered={r.id for r in item.actors},
                    date_columns=dater.columns,
                )
                _quotes.replace_quotes(
                    conn,
                    article.id,
                    item.quotes,
                    item.citations,
                    _by(item, "quotes."),
                    _by(item, "citations."),
                    speaker_ids=spans,
                    date_columns=dater.columns,
                )
                _stories.replace_figures(conn, article.id, item.figures, _by(item, "figures."))
                _stories.replace_story_features(
                    conn, article.id, item.story_features, _by(item, "story_features.")
                )
            queries.insert_rejects_ignore(conn, reject_rows)
        return len(seen - already)

    def add_rejects(self, rejects: Sequence[Reject]) -> int:
        """Store rejects, ignoring ones already stored (same path, line and reason).
        Returns the number newly stored."""
        rows = [_reject_row(r) for r in rejects]
        with self._write() as conn:
            return queries.insert_rejects_ignore(conn, rows)

    # -- runs -----------------------------------------------------------------------------------

    def start_run(
        self,
        command: str,
        settings: Mapping[str, object],
        paths: Sequence[str],
        started: str,
    ) -> int:
        """Record that a command started (times are given by the caller); returns the run id."""
        settings_json = _json(dict(settings))
        paths_json = _json([str(p) for p in paths])
        with self._write() as conn:
            return queries.insert_run(conn, command, started, settings_json, paths_json)

    def finish_run(
        self, run_id: int, status: str, counts: Mapping[str, int], finished: str
    ) -> None:
        """Record how a run ended: `status` is one of RUN_STATUSES."""
        if status not in RUN_STATUSES:
            raise StoreError(f"unknown run status {status!r}; use one of {', '.join(RUN_STATUSES)}")
        counts_json = _json(dict(counts))
        with self._write() as conn:
            if queries.update_run(conn, run_id, status, counts_json, finished) != 1:
                raise StoreError(f"no run {run_id} in {self._path}; pass the id start_run gave")

    # -- reading --------------------------------------------------------------------------------

    def stats(self) -> StoreStats:
        """Counts and ranges of what the store holds, for `newsgraph stats` and the report."""
        conn = self._db
        try:
            summary = queries.article_summary(conn)
            rejects = [
                RejectRow(path=r["path"], line=r["line"], reason=r["reason"], kept=bool(r["kept"]))
                for r in queries.select_rejects(conn)
            ]
            counts = {t: queries.count_rows(conn, t) for t in queries.EXPORTABLE_TABLES}
            run = queries.select_last_run(conn)
            return StoreStats(
                schema_version=queries.user_version(conn),
                n_articles=int(summary["n_articles"]),
                n_processed=int(summary["n_processed"]),
                n_outlets=int(summary["n_outlets"]),
                outlets=queries.outlet_counts(conn),
                first_published=summary["first_published"],
                last_published=summary["last_published"],
                n_undated=int(summary["n_undated"]),
                n_rejects=len(rejects),
                rejects=rejects,
                table_counts=counts,
                last_run=None if run is None else _run_info(run),
                n_no_outlet=int(summary["n_no_outlet"]),
            )
        except sqlite3.Error as err:
            raise StoreError(f"cannot read {self._path}: {err}") from err

    def search(self, query: str, *, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        """Full-text search over article titles and texts, best match first.

        FTS5 syntax works ("phrase", AND / OR / NOT, prefix*, title:word); a query that is not
        valid FTS5 (an unbalanced quote, a stray operator) is searched as its words instead.
        `limit` is capped at MAX_SEARCH_LIMIT.
        """
        limit = max(0, min(int(limit), MAX_SEARCH_LIMIT))
        offset = max(0, int(offset))
        if limit == 0 or not query.strip():
            return []
        conn = self._db
        try:
            try:
                rows = queries.search_articles(conn, query, limit, offset)
            except sqlite3.OperationalError as err:
                if not str(err).startswith(_FTS_SYNTAX_ERRORS):
                    raise
                fallback = _fallback_query(query)
                log.debug("search %r is not FTS5 syntax (%s); searching %r", query, err, fallback)
                if not fallback:
                    return []
                rows = queries.search_articles(conn, fallback, limit, offset)
        except sqlite3.Error as err:
            raise StoreError(f"cannot search {self._path}: {err}") from err
        return [
            SearchHit(
                article_id=r["article_id"],
                title=r["title"],
                outlet=r["outlet"],
                published=r["published"],
                url=r["url"],
                snippet=r["snippet"],
                rank=float(r["score"]),
            )
            for r in rows
        ]

    def events(self, **filters: Any) -> list[dict[str, Any]]:
        """Stored events matching `filters` (see `_events.select_events`), as plain dicts."""
        return [dict(r) for r in self._read(lambda c: _events.select_events(c, **filters))]

    def quotes(self, **filters: Any) -> list[dict[str, Any]]:
        """Stored quotes matching `filters` (see `_quotes.select_quotes`), as plain dicts."""
        return [dict(r) for r in self._read(lambda c: _quotes.select_quotes(c, **filters))]

    def calendar(
        self, *, date_from: str | None = None, date_to: str | None = None, limit: int = 200
    ) -> list[dict[str, Any]]:
        """Scheduled meetings and deadlines by date, with the articles that reported them."""
        return [
            dict(r)
            for r in self._read(
                lambda c: _timex.select_calendar(
                    c, date_from=date_from, date_to=date_to, limit=limit
                )
            )
        ]

    def calendar_groups(
        self,
        entries: list[dict[str, Any]] | None = None,
        *,
        date_from: str | None = None,
        date_to: str | None = None,
        limit: int = 200,
    ) -> list[list[dict[str, Any]]]:
        """`calendar` entries grouped by meeting (`_timex.group_calendar`), in date order:
        `entries` as `calendar` returned them, or else those it returns for the bounds."""
        if entries is None:
            entries = self.calendar(date_from=date_from, date_to=date_to, limit=limit)
        ids = {e["article_id"] for e in entries}
        names = self._read(lambda c: _timex.select_article_names(c, ids))
        return _timex.group_calendar(entries, names)

    def write(self, fn: Callable[..., _T], *args: Any, **kwargs: Any) -> _T:
        """Run `fn(conn, ...)` in one write transaction (the stories step uses it)."""
        with self._write() as conn:
            return fn(conn, *args, **kwargs)

    def read(self, fn: Callable[..., _T], *args: Any, **kwargs: Any) -> _T:
        """Run one read function of `store.queries` on this store (report and web use it).

        >>> store.read(queries.select_story, "s1")            # doctest: +SKIP
        """
        try:
            return fn(self._db, *args, **kwargs)
        except sqlite3.Error as err:
            raise StoreError(f"cannot read {self._path}: {err}") from err

    def export(self, table: str, fmt: str, out: Path | str | TextIO | BinaryIO) -> int:
        """Write every row of `table` to `out` as csv, jsonl or parquet; returns the row count.

        `table` is one of EXPORTABLE_TABLES. `out` is a file path (written to a .part file and
        renamed when complete) or an open text stream (for parquet: one with a binary `.buffer`,
        such as sys.stdout).
        """
        return _export.export_table(self._db, self._path, table, fmt, out)


def _by(item: ProcessedArticle, prefix: str) -> str:
    """The versioned name of the extractor (by prefix) that produced an article's rows."""
    return next((n for n in item.extractors if n.startswith(prefix)), "")


def _run_info(row: sqlite3.Row) -> RunInfo:
    return RunInfo(
        id=int(row["id"]),
        command=row["command"],
        started=row["started"],
        finished=row["finished"],
        status=row["status"],
        settings=json.loads(row["settings"]),
        paths=json.loads(row["paths"]),
        counts=json.loads(row["counts"]),
    )


def _extractor_family(name: str) -> str:
    """An extractor's name without its version: `figures.v3` -> `figures`.

    >>> _extractor_family("story_features.minilm.v4"), _extractor_family("quotes")
    ('story_features.minilm', 'quotes')
    """
    return re.sub(r"\.v\d+$", "", name)
