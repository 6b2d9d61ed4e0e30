"""Specifications of the store's article, reject and run API."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from newsgraph.errors import StoreError
from newsgraph.store import RejectRow, Store
from newsgraph.store._schema import find_migrations
from newsgraph.types import Article, Mention, ProcessedArticle, Reject, article_id

TEXTS = {
    "talks": "Russia's foreign minister said Wednesday that he expects talks with the United "
    "States on security guarantees to begin in January.",
    "troops": "Russia has massed as many as 175,000 troops near the border with Ukraine, "
    "according to a US intelligence estimate.",
    "council": "The Russia-NATO Council will meet on January 12 in Brussels. A day later, "
    "negotiations are expected at the OSCE in Vienna.",
}


def make_article(key: str, **fields: object) -> Article:
    text = TEXTS[key]
    defaults: dict[str, object] = {
        "id": article_id(text),
        "text": text,
        "title": key.title(),
        "url": f"https://news.example/{key}",
        "outlet": "Example Wire",
        "published": datetime(2021, 12, 15, 9, 30, tzinfo=UTC),
        "source_path": f"corpus/{key}.txt",
    }
    defaults.update(fields)
    return Article(**defaults)  # type: ignore[arg-type]


def make_processed(article: Article, *mentions: tuple[int, int, str]) -> ProcessedArticle:
    return ProcessedArticle(
        article=article,
        n_tokens=len(article.text.split()),
        n_sents=article.text.count(". ") + 1,
        mentions=tuple(
            Mention(article.id, s, e, 0, article.text[s:e], label) for s, e, label in mentions
        ),
        extractors=("ner.v1",),
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "news.db"


@pytest.fixture
def store(db: Path):
    with Store.open(db) as s:
        yield s


def _count(db: Path, sql: str) -> int:
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute(sql).fetchone()[0]


def test_store_add_articles_stores_unprocessed_and_ignores_known_ids(store: Store) -> None:
    talks, troops = make_article("talks"), make_article("troops")
    assert store.add_articles([talks, troops]) == 2
    assert store.add_articles([talks, make_article("council")]) == 1
    assert store.stored_ids([talks.id, troops.id, "nope"]) == {talks.id, troops.id}
    assert store.known_ids([talks.id, troops.id]) == set()


def test_store_get_article_round_trips_fields_and_utc_date(store: Store) -> None:
    kyiv = timezone(timedelta(hours=2))
    article = make_article(
        "talks", published=datetime(2021, 12, 15, 11, 30, tzinfo=kyiv), source_line=7
    )
    store.add_articles([article])
    back = store.get_article(article.id)
    assert back == make_article("talks", source_line=7)
    assert back is not None and back.published is not None
    assert back.published.utcoffset() == timedelta(0)
    assert store.get_article("missing") is None


def test_store_undated_article_keeps_none(store: Store) -> None:
    article = make_article("troops", published=None)
    store.add_articles([article])
    assert store.get_article(article.id) == article


def test_store_write_batch_marks_processed_and_counts_new(store: Store) -> None:
    talks, troops = make_article("talks"), make_article("troops")
    store.add_articles([talks])
    batch = [make_processed(talks, (0, 6, "GPE")), make_processed(troops, (0, 6, "GPE"))]
    assert store.write_batch(batch) == 2
    assert store.known_ids([talks.id, troops.id]) == {talks.id, troops.id}
    assert store.write_batch(batch) == 0
    assert store.stats().table_counts["mentions"] == 2


def test_store_write_batch_replaces_old_mentions(store: Store, db: Path) -> None:
    council = make_article("council")
    text = council.text
    org = (text.index("Russia-NATO"), text.index(" will"), "ORG")
    later = (text.index("A day later"), text.index(", negotiations"), "DATE")
    store.write_batch([make_processed(council, org)])
    store.write_batch([make_processed(council, later)])
    with closing(sqlite3.connect(db)) as conn:
        rows = conn.execute("SELECT text, label FROM mentions").fetchall()
    assert rows == [("A day later", "DATE")]


def test_store_write_batch_keeps_first_source_of_an_ingested_article(store: Store) -> None:
    talks = make_article("talks", source_path="feed.jsonl", source_line=3)
    store.add_articles([talks])
    store.write_batch([make_processed(make_article("talks", source_path="copy.txt"))])
    assert store.source_of(talks.id) == ("feed.jsonl", 3)
    assert store.source_of("missing") is None


def test_store_write_batch_is_all_or_nothing(store: Store, db: Path) -> None:
    talks, troops = make_article("talks"), make_article("troops")
    good = make_processed(talks, (0, 6, "GPE"))
    bad = make_processed(troops, (0, 6, "GPE"))
    bad = ProcessedArticle(  # end before start violates a CHECK after the first rows went in
        article=troops,
        n_tokens=bad.n_tokens,
        n_sents=bad.n_sents,
        mentions=(Mention(troops.id, 10, 4, 0, "Russia", "GPE"),),
    )
    rejects = [Reject("corpus/broken.html", "no article text found")]
    with pytest.raises(StoreError, match="nothing of this batch was stored"):
        store.write_batch([good, bad], rejects)
    assert store.stored_ids([talks.id, troops.id]) == set()
    for table in ("articles", "mentions", "rejects", "articles_fts"):
        assert _count(db, f"SELECT count(*) FROM {table}") == 0
    assert store.write_batch([good], rejects) == 1  # the connection is usable afterwards


def test_store_write_batch_rolls_back_on_a_python_error(store: Store) -> None:
    talks = make_article("talks")
    wrong = ProcessedArticle(
        article=make_article("troops"),
        n_tokens=3,
        n_sents=1,
        mentions=(Mention("someone-else", 0, 6, 0, "Russia", "GPE"),),
    )
    with pytest.raises(StoreError, match="newsgraph bug"):
        store.write_batch([make_processed(talks), wrong])
    assert store.stored_ids([talks.id]) == set()


def test_store_rejects_are_deduplicated_on_rerun_including_null_line(store: Store) -> None:
    rejects = [
        Reject("corpus/empty.txt", "empty file"),
        Reject("corpus/feed.jsonl", "no text field", line=4),
        Reject("corpus/feed.jsonl", "date not understood: 'yesterday-ish'", line=5, kept=True),
    ]
    assert store.add_rejects(rejects) == 3
    assert store.add_rejects(rejects) == 0
    assert store.add_articles([make_article("talks")], rejects) == 1
    assert store.write_batch([], rejects) == 0
    stats = store.stats()
    assert stats.n_rejects == 3
    assert stats.rejects == [
        RejectRow("corpus/empty.txt", None, "empty file", False),
        RejectRow("corpus/feed.jsonl", 4, "no text field", False),
        RejectRow("corpus/feed.jsonl", 5, "date not understood: 'yesterday-ish'", True),
    ]


def test_store_iter_unprocessed_yields_stable_batches_while_writing(store: Store) -> None:
    articles = [make_article(k) for k in ("talks", "troops", "council")]
    store.add_articles(articles)
    seen: list[list[str]] = []
    for batch in store.iter_unprocessed(batch_size=2):
        seen.append([a.id for a in batch])
        store.write_batch([make_processed(a) for a in batch])
    assert seen == [[articles[0].id, articles[1].id], [articles[2].id]]
    assert list(store.iter_unprocessed(batch_size=2)) == []
    with pytest.raises(StoreError, match="batch_size"):
        next(store.iter_unprocessed(batch_size=0))


def test_store_runs_record_start_and_finish(store: Store) -> None:
    run = store.start_run(
        "run", {"batch_size": 32, "model": ""}, ["corpus"], started="2021-12-15T10:00:00Z"
    )
    store.finish_run(run, "ok", {"articles": 3, "rejects": 1}, finished="2021-12-15T10:01:00Z")
    last = store.stats().last_run
    assert last is not None
    assert (last.id, last.command, last.status, last.finished) == (
        run,
        "run",
        "ok",
        "2021-12-15T10:01:00Z",
    )
    assert last.settings == {"batch_size": 32, "model": ""}
    assert last.paths == ["corpus"]
    assert last.counts == {"articles": 3, "rejects": 1}


def test_store_finish_run_refuses_unknown_status_and_run(store: Store) -> None:
    run = store.start_run("run", {}, [], started="2021-12-15T10:00:00Z")
    with pytest.raises(StoreError, match="ok, partial, failed, interrupted"):
        store.finish_run(run, "done", {}, finished="2021-12-15T10:01:00Z")
    with pytest.raises(StoreError, match="no run 999"):
        store.finish_run(999, "ok", {}, finished="2021-12-15T10:01:00Z")


def test_store_stats_counts_outlets_dates_and_tables(store: Store) -> None:
    store.add_articles(
        [
            make_article("talks", outlet="TASS", published=datetime(2021, 12, 15, tzinfo=UTC)),
            make_article("troops", outlet="AP", published=datetime(2021, 12, 3, tzinfo=UTC)),
            make_article("council", outlet="AP", published=None),
        ]
    )
    store.write_batch([make_processed(make_article("talks", outlet="TASS"), (0, 6, "GPE"))])
    stats = store.stats()
    assert (stats.n_articles, stats.n_processed, stats.n_outlets) == (3, 1, 2)
    assert stats.outlets == [("AP", 2), ("TASS", 1)]
    assert (stats.first_published, stats.last_published) == (
        "2021-12-03T00:00:00Z",
        "2021-12-15T09:30:00Z",
    )
    assert stats.n_undated == 1
    assert stats.schema_version == max([1, *(m.version for m in find_migrations())])
    assert stats.table_counts["articles"] == 3
    assert stats.table_counts["mentions"] == 1
    assert stats.table_counts["events"] == 0
    assert stats.last_run is None


def test_store_readonly_cannot_write(store: Store, db: Path) -> None:
    store.add_articles([make_article("talks")])
    with Store.open(db, readonly=True) as ro:
        assert ro.readonly
        assert ro.stored_ids([make_article("talks").id])
        with pytest.raises(StoreError, match="read-only"):
            ro.add_articles([make_article("troops")])
        with pytest.raises(StoreError, match="read-only"):
            ro.start_run("run", {}, [], started="2021-12-15T10:00:00Z")
        with pytest.raises(sqlite3.OperationalError, match="readonly|read-only"):
            ro._db.execute("DELETE FROM articles")  # even below the API


def test_store_closed_store_says_so(db: Path) -> None:
    store = Store.open(db)
    store.close()
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.stats()


def test_store_same_input_gives_same_rows(tmp_path: Path) -> None:
    dumps = []
    for name in ("a.db", "b.db"):
        with Store.open(tmp_path / name) as s:
            s.add_articles([make_article("council"), make_article("talks")])
            s.write_batch([make_processed(make_article("troops"), (61, 69, "GPE"), (0, 6, "GPE"))])
        with closing(sqlite3.connect(tmp_path / name)) as conn:
            dumps.append(
                [
                    conn.execute("SELECT * FROM articles ORDER BY pk").fetchall(),
                    conn.execute("SELECT * FROM mentions ORDER BY id").fetchall(),
                ]
            )
    assert dumps[0] == dumps[1]
