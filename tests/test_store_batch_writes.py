"""How a batch is written: the same rows as one statement per row, with fewer statements."""

from __future__ import annotations

import dataclasses
import sqlite3

import pytest

from newsgraph.store import Store
from newsgraph.store._actors import upsert_actors
from newsgraph.store.queries import insert_rows, next_ids
from newsgraph.types import ActorRecord, Article, ProcessedArticle


def _table() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
    return conn


@pytest.mark.parametrize("existing", [[], [1, 2, 3], [1, 7], [4]])
@pytest.mark.parametrize("deleted", [None, "last"])
def test_store_next_ids_are_the_ids_sqlite_gives(existing, deleted):
    conn = _table()
    conn.executemany("INSERT INTO t (id, v) VALUES (?, 'x')", [(i,) for i in existing])
    if deleted and existing:
        conn.execute("DELETE FROM t WHERE id = ?", (max(existing),))
    predicted = next_ids(conn, "t", 3)
    given = [conn.execute("INSERT INTO t (v) VALUES ('y')").lastrowid for _ in range(3)]
    assert predicted == given


def test_store_next_ids_none_when_the_largest_rowid_is_taken():
    conn = _table()
    conn.execute("INSERT INTO t (id, v) VALUES (?, 'x')", (2**63 - 1,))
    assert next_ids(conn, "t", 1) is None
    assert next_ids(_table(), "t", 0) == []


_ACTORS_SQL = """
CREATE TABLE actors (id TEXT PRIMARY KEY, name TEXT, kind TEXT, country TEXT, sector TEXT,
                     aliases TEXT NOT NULL DEFAULT '[]', roles TEXT NOT NULL DEFAULT '[]')
"""


def _records() -> list[list[ActorRecord]]:
    bare = ActorRecord("joe-biden", "Joe Biden", "person", spans=((0, 5),))
    full = ActorRecord(
        "joe-biden",
        "Joe Biden",
        "person",
        country="USA",
        aliases=("Biden",),
        roles=(("President", "2021-01-20", ""),),
        spans=((9, 14),),
    )
    rus = ActorRecord("RUS", "Russia", "country", country="RUS", spans=((3, 9),))
    return [[bare, rus], [full], [bare, rus, full], [rus], [full, bare]]


def test_store_actor_rows_written_once_a_batch_give_the_same_table():
    tables = []
    for written in (None, set()):
        conn = sqlite3.connect(":memory:")
        conn.execute(_ACTORS_SQL)
        for records in _records():
            upsert_actors(conn, records, written)
        tables.append(conn.execute("SELECT * FROM actors ORDER BY id").fetchall())
    assert tables[0] == tables[1]
    assert len(tables[0]) == 2


def _dated_article():
    import dataclasses

    from newsgraph.types import Event, Quote

    from .test_timex_store import TEXT, _processed

    def event(text: str, **kw: object) -> Event:
        start = TEXT.index(text)
        return Event("a1", start, start + len(text), 0, text, "meet", "CONSULT", **kw)  # type: ignore[arg-type]

    quotes = (
        Quote("a1", 151, 169, 2, "talks were useful", "indirect", speaker="Ryabkov"),
        Quote("a1", 0, 10, 0, "The Russia", "direct"),
    )
    events = (
        event("will meet on January 12", date="2021-12-28", date_precision="published"),
        event("negotiations are expected"),
        event("said Wednesday"),
    )
    p = _processed()
    return dataclasses.replace(
        p,
        events=events,
        quotes=quotes,
        extractors=(*p.extractors, "events.v1", "quotes.v1"),
    )


def test_store_events_and_quotes_dated_as_written_equal_the_rows_dated_after(tmp_path):
    from newsgraph.store import Store, _events, _quotes, _timex

    p = _dated_article()
    tables = []
    for written_after in (False, True):
        with Store.open(tmp_path / f"{written_after}.db") as store:
            store.write_batch([p])  # a second time: the article's rows are replaced
            if written_after:  # the rows written first, then dated by replace_timexes
                with store._write() as conn:
                    _events.replace_events(conn, "a1", p.events, "events.v1")
                    _quotes.replace_quotes(conn, "a1", p.quotes, (), "quotes.v1", "")
                    published = p.article.published.date()
                    _timex.replace_timexes(
                        conn, "a1", published, p.timexes, p.schedule, "timex.v1", "schedule.v1"
                    )
            else:
                store.write_batch([p])
            conn = store._db
            tables.append(
                [
                    [tuple(r) for r in conn.execute(f"SELECT * FROM {t} ORDER BY id")]  # noqa: S608
                    for t in ("events", "quotes", "timexes", "calendar")
                ]
            )
    assert tables[0] == tables[1]
    events = tables[0][0]
    assert len(events) == 3 and any(r for r in events if "timex" in r)


def test_store_insert_numbered_lets_sqlite_choose_when_the_largest_rowid_is_taken():
    from newsgraph.store.queries import insert_numbered

    conn = _table()
    insert = "INSERT INTO t (id, v) VALUES (:id, :v)"
    assert insert_numbered(conn, "t", insert, [{"v": "a"}, {"v": "b"}]) == [1, 2]
    conn.execute("INSERT INTO t (id, v) VALUES (?, 'x')", (2**63 - 1,))
    ids = insert_numbered(conn, "t", insert, [{"v": "c"}, {"v": "d"}])
    stored = dict(conn.execute("SELECT v, id FROM t WHERE v IN ('c', 'd')").fetchall())
    assert ids == [stored["c"], stored["d"]] and len(set(ids)) == 2


def test_store_insert_rows_binds_dict_rows_by_name_whatever_their_key_order():
    conn = _table()
    rows = [{"v": "a", "id": 5}, {"id": 9, "v": "b", "unused": 0}]
    insert_rows(conn, "INSERT INTO t (id, v) VALUES (:id, :v)", rows)
    assert conn.execute("SELECT id, v FROM t ORDER BY id").fetchall() == [(5, "a"), (9, "b")]
    with pytest.raises(ValueError, match="two named parameters"):
        insert_rows(conn, "INSERT INTO t (v) VALUES (:v)", [{"v": "c"}])


def test_store_a_batch_larger_than_one_upsert_statement_is_stored_whole_and_searchable(tmp_path):
    # 150 articles: three statements of at most 64 (the SQLite bound-value limit), all stored
    # in order, each in the full-text index; storing them again keeps their first source.
    articles = [
        Article(
            id=f"a{i:03}",
            text=f"Article number {i} about the zebrafinch{i} talks in Geneva.",
            source_path="first.jsonl",
            source_line=i + 1,
        )
        for i in range(150)
    ]
    with Store.open(str(tmp_path / "t.db")) as store:
        store.write_batch([ProcessedArticle(article=a, n_tokens=9, n_sents=1) for a in articles])
        again = [dataclasses.replace(a, source_path="second.jsonl") for a in articles[:70]]
        store.write_batch([ProcessedArticle(article=a, n_tokens=9, n_sents=1) for a in again])
        assert store.stored_ids(a.id for a in articles) == {a.id for a in articles}
        assert [h.article_id for h in store.search("zebrafinch149")] == ["a149"]
        assert [h.article_id for h in store.search("zebrafinch0")] == ["a000"]
        assert store.source_of("a010") == ("first.jsonl", 11)
