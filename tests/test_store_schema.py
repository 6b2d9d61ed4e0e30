"""Specifications of opening a store: schema version, migrations, and refusals."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from newsgraph.errors import StoreError
from newsgraph.store import DATA_TABLES, Store
from newsgraph.store._schema import find_migrations, split_statements
from newsgraph.types import Article

LATEST = max([1, *(m.version for m in find_migrations())])


def _tables(db: Path) -> set[str]:
    with closing(sqlite3.connect(db)) as conn:
        rows = conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'").fetchall()
    return {r[0] for r in rows}


def _user_version(db: Path) -> int:
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute("PRAGMA user_version").fetchone()[0]


def _set_user_version(db: Path, version: int) -> None:
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.close()


def _latest_version() -> int:
    """schema.sql is version 1; each packaged migration raises it to its number."""
    return max([1, *(m.version for m in find_migrations())])


def _open_at_version_1(db: Path, migrations: Path) -> None:
    """Create `db` from schema.sql alone (an empty migrations folder), whatever the package has."""
    migrations.mkdir(exist_ok=True)
    Store.open(db, migrations_dir=migrations).close()


def test_store_new_file_gets_the_latest_schema_version_and_every_table(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with Store.open(db) as store:
        assert store.schema_version == LATEST  # schema.sql is 1, the packaged migrations follow
        assert store._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store._db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store._db.execute("PRAGMA busy_timeout").fetchone()[0] > 0
    assert set(DATA_TABLES) | {"rejects", "runs", "articles_fts"} <= _tables(db)
    with Store.open(db) as store:  # reopening changes nothing
        assert store.schema_version == LATEST


def test_store_schema_script_is_idempotent(tmp_path: Path) -> None:
    schema = (Path(__file__).parents[1] / "newsgraph" / "store" / "schema.sql").read_text()
    conn = sqlite3.connect(tmp_path / "twice.db")
    conn.executescript(schema)
    conn.executescript(schema)
    conn.close()


def test_store_deleting_an_article_cascades_to_its_mentions(tmp_path: Path) -> None:
    with Store.open(tmp_path / "news.db") as store:
        text = "NATO said Russia must pull back its forces from the border."
        store.add_articles([Article(id="a1", text=text)])
        store._db.execute(
            'INSERT INTO mentions (article_id, start, "end", sentence, text, label)'
            " VALUES ('a1', 0, 4, 0, 'NATO', 'ORG')"
        )
        store._db.execute("DELETE FROM articles WHERE id = 'a1'")
        assert store.stats().table_counts["mentions"] == 0


def _schema_only(tmp_path: Path) -> Path:
    """An empty migrations folder: a store at schema.sql's version 1, whatever the package ships."""
    folder = tmp_path / "no_migrations"
    folder.mkdir(exist_ok=True)
    return folder


def _write_migration(folder: Path, name: str, sql: str) -> None:
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(sql, encoding="utf-8")


def test_store_migration_is_applied_once_in_order(tmp_path: Path) -> None:
    db, migrations = tmp_path / "news.db", tmp_path / "migrations"
    with Store.open(db, migrations_dir=_schema_only(tmp_path)) as store:
        store.add_articles([Article(id="a1", text="Kyiv asked NATO for air defence systems.")])
    _write_migration(
        migrations, "0003_note_index.sql", "CREATE INDEX articles_note ON articles (note);"
    )
    _write_migration(
        migrations,
        "0002_article_note.sql",
        "-- a note per article; the semicolon in this comment is not a statement end;\n"
        "ALTER TABLE articles ADD COLUMN note TEXT NOT NULL DEFAULT '';\n"
        "UPDATE articles SET note = 'seen; checked';\n",
    )
    (migrations / "README.md").write_text("not a migration")
    with Store.open(db, migrations_dir=migrations) as store:
        assert store.schema_version == 3
        assert store._db.execute("SELECT note FROM articles").fetchone()[0] == "seen; checked"
    # a second open applies nothing again (ALTER TABLE ADD COLUMN would fail if it did)
    with Store.open(db, migrations_dir=migrations) as store:
        assert store.schema_version == 3
    # a new file goes through schema.sql and then every migration
    with Store.open(tmp_path / "new.db", migrations_dir=migrations) as store:
        assert store.schema_version == 3


def test_store_failing_migration_leaves_previous_version(tmp_path: Path) -> None:
    db, migrations = tmp_path / "news.db", tmp_path / "migrations"
    Store.open(db, migrations_dir=_schema_only(tmp_path)).close()
    _write_migration(
        migrations,
        "0002_broken.sql",
        "ALTER TABLE articles ADD COLUMN note TEXT;\nALTER TABLE no_such_table ADD COLUMN x;\n",
    )
    with pytest.raises(StoreError, match="0002_broken.sql.*unchanged"):
        Store.open(db, migrations_dir=migrations)
    assert _user_version(db) == 1
    with closing(sqlite3.connect(db)) as conn:
        columns = {r[1] for r in conn.execute("PRAGMA table_info(articles)")}
    assert "note" not in columns


def test_store_reopening_a_newer_schema_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    Store.open(db).close()
    _set_user_version(db, 42)
    for readonly in (False, True):
        with pytest.raises(StoreError, match="upgrade newsgraph"):
            Store.open(db, readonly=readonly)
    assert _user_version(db) == 42


def test_store_readonly_does_not_migrate_an_older_schema(tmp_path: Path) -> None:
    db, migrations = tmp_path / "news.db", tmp_path / "migrations"
    Store.open(db, migrations_dir=_schema_only(tmp_path)).close()
    _write_migration(migrations, "0002_note.sql", "ALTER TABLE articles ADD COLUMN note TEXT;")
    with pytest.raises(StoreError, match="run a writing command"):
        Store.open(db, readonly=True, migrations_dir=migrations)
    assert _user_version(db) == 1


def test_store_file_that_is_not_sqlite_is_refused_by_name(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Lavrov and Blinken met in Stockholm on December 2. " * 100)
    for readonly in (False, True):
        with pytest.raises(StoreError, match=r"notes\.txt is not a SQLite database"):
            Store.open(notes, readonly=readonly)


def test_store_other_sqlite_database_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with closing(sqlite3.connect(other)) as conn:
        conn.execute("CREATE TABLE troops (n INTEGER)")
    with pytest.raises(StoreError, match="not a newsgraph store"):
        Store.open(other)


def test_store_readonly_missing_file_says_run_first(tmp_path: Path) -> None:
    missing = tmp_path / "missing.db"
    with pytest.raises(StoreError, match=r"no database at .*missing\.db; run `newsgraph run PATH`"):
        Store.open(missing, readonly=True)
    assert not missing.exists()


def test_store_folder_or_missing_parent_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a folder"):
        Store.open(tmp_path)
    with pytest.raises(StoreError, match="cannot open database"):
        Store.open(tmp_path / "no" / "such" / "news.db")


@pytest.mark.parametrize(
    ("names", "message"),
    [
        (["0001_early.sql"], "start at 0002"),
        (["0002_a.sql", "0002_b.sql"], "share number 0002"),
    ],
)
def test_store_badly_numbered_migrations_are_refused(
    tmp_path: Path, names: list[str], message: str
) -> None:
    for name in names:
        _write_migration(tmp_path / "m", name, "SELECT 1;")
    with pytest.raises(StoreError, match=message):
        find_migrations(tmp_path / "m")


def test_store_package_ships_no_broken_migration() -> None:
    for migration in find_migrations():
        assert split_statements(migration.sql)


def test_store_split_statements_keeps_trigger_bodies_and_strings_whole() -> None:
    script = (
        "CREATE TABLE t (a TEXT); -- trailing; comment\n"
        "CREATE TRIGGER tr AFTER INSERT ON t BEGIN\n"
        "  INSERT INTO t VALUES ('x;y');\n"
        "END;\n"
        "INSERT INTO t VALUES ('a'); INSERT INTO t VALUES ('b');\n"
        "-- the end\n"
    )
    statements = split_statements(script)
    assert len(statements) == 4
    assert statements[1].startswith("-- trailing; comment\nCREATE TRIGGER")
    assert statements[1].endswith("END;")
    with pytest.raises(StoreError, match="incomplete statement"):
        split_statements("CREATE TABLE t (a TEXT)")
