"""How a batch is written: the same rows as one statement per row, with fewer statements."""

from __future__ import annotations

import sqlite3

import pytest

from newsgraph.store._actors import upsert_actors
from newsgraph.store._events import next_ids
from newsgraph.types import ActorRecord


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
