"""Opening a store file and bringing its schema up to date.

The schema version is SQLite's `PRAGMA user_version`:

    0   a new, empty file      -> schema.sql is applied, version becomes 1
    1   schema.sql             -> migrations/0002_*.sql, 0003_*.sql, ... are applied in order
    N   newer than the code    -> refused: upgrade newsgraph

Each step runs in its own BEGIN IMMEDIATE transaction that also sets user_version, so a
failed step leaves the database at the previous version, and two processes opening the
same new file do not apply a step twice (the version is re-read inside the lock).
"""

from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from ..errors import StoreError
from . import queries

__all__ = ["BASE_VERSION", "Migration", "connect", "find_migrations", "split_statements"]

log = logging.getLogger(__name__)

#: The version schema.sql creates.
BASE_VERSION = 1

#: How long a statement waits for another process's write lock before failing.
BUSY_TIMEOUT_MS = 10_000

_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True, slots=True)
class Migration:
    """One schema step: the version it produces and its SQL file."""

    version: int
    name: str
    sql: str


def _package_dir() -> Traversable:
    return resources.files("newsgraph.store")


def find_migrations(folder: Traversable | Path | None = None) -> list[Migration]:
    """The migrations in `folder` (default: the package's migrations/), sorted by number.

    Files are named NNNN_snake_name.sql with NNNN >= 0002; other files are ignored.
    """
    root: Traversable = _package_dir() / "migrations" if folder is None else folder
    if not root.is_dir():
        return []
    found: dict[int, Migration] = {}
    for entry in root.iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if not match or not entry.is_file():
            continue
        version = int(match.group(1))
        if version <= BASE_VERSION:
            raise StoreError(
                f"migration {entry.name} is numbered {version}; numbers start at "
                f"{BASE_VERSION + 1:04d} because schema.sql is version {BASE_VERSION}"
            )
        if version in found:
            raise StoreError(
                f"migrations {found[version].name} and {entry.name} share number {version:04d}; "
                "renumber one of them"
            )
        found[version] = Migration(version, entry.name, entry.read_text(encoding="utf-8"))
    return [found[v] for v in sorted(found)]


def split_statements(script: str) -> list[str]:
    """Split an SQL script into complete statements (trigger bodies stay whole).

    Python's `executescript` commits any open transaction first, so a migration that must
    run inside our own transaction is executed statement by statement instead.
    """
    statements: list[str] = []
    buf: list[str] = []
    for char in script:
        buf.append(char)
        if char == ";":
            text = "".join(buf)
            if sqlite3.complete_statement(text):
                statements.append(text.strip())
                buf = []
    rest = "".join(buf)
    leftover = "\n".join(
        line for line in rest.splitlines() if line.strip() and not line.strip().startswith("--")
    )
    if leftover.strip():
        raise StoreError(f"SQL script ends with an incomplete statement: {leftover.strip()[:80]!r}")
    return statements


def _apply(conn: sqlite3.Connection, path: Path, step: Migration) -> None:
    """Apply one step in its own transaction, unless another process already did."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        current = queries.user_version(conn)
        if current >= step.version:
            conn.execute("ROLLBACK")
            return
        for statement in split_statements(step.sql):
            conn.execute(statement)
        queries.set_user_version(conn, step.version)
        conn.execute("COMMIT")
    except BaseException as err:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(err, sqlite3.Error):
            raise StoreError(
                f"could not apply {step.name} to {path}: {err}; the database is unchanged "
                f"(schema version {queries.user_version(conn)}). Report this as a newsgraph bug."
            ) from err
        raise
    log.info("store %s: applied %s (schema version %d)", path, step.name, step.version)


def _steps(migrations: list[Migration]) -> list[Migration]:
    schema = (_package_dir() / "schema.sql").read_text(encoding="utf-8")
    return [Migration(BASE_VERSION, "schema.sql", schema), *migrations]


def _ro_uri(path: Path) -> str:
    return path.resolve().as_uri() + "?mode=ro"


def connect(
    path: Path, *, readonly: bool, migrations_dir: Traversable | Path | None = None
) -> sqlite3.Connection:
    """Open `path`, check its schema version, and (when writable) create or migrate it.

    Raises `StoreError` with the next step for a missing file (read-only), a file that is not
    a SQLite database, a SQLite database that is not a newsgraph store, a store written by a
    newer newsgraph, or (read-only) a store that needs migrating first.
    """
    migrations = find_migrations(migrations_dir)
    latest = max([BASE_VERSION, *(m.version for m in migrations)])

    if path.is_dir():
        raise StoreError(
            f"{path} is a folder, not a database file; pass a file path such as "
            f"{path / 'newsgraph.db'}"
        )
    if readonly and not path.exists():
        raise StoreError(f"no database at {path}; run `newsgraph run PATH` first")
    try:
        if readonly:
            conn = sqlite3.connect(_ro_uri(path), uri=True, isolation_level=None)
        else:
            conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as err:
        raise StoreError(
            f"cannot open database {path}: {err}; check the path exists and is writable"
        ) from err
    conn.row_factory = sqlite3.Row
    try:
        try:
            version = queries.user_version(conn)
            n_objects = queries.count_schema_objects(conn)
        except sqlite3.DatabaseError as err:
            raise StoreError(
                f"{path} is not a SQLite database ({err}); pass the path of a newsgraph "
                "database, or a new file name to create one"
            ) from err
        if version > latest:
            raise StoreError(
                f"{path} has schema version {version}, but this newsgraph knows versions up to "
                f"{latest}: it was written by a newer newsgraph; upgrade newsgraph "
                "(pip install -U newsgraph)"
            )
        if version == 0 and n_objects > 0:
            raise StoreError(
                f"{path} is a SQLite database but not a newsgraph store; pass another --db path"
            )
        if readonly and version < latest:
            if version == 0:
                raise StoreError(f"{path} is an empty database; run `newsgraph run PATH` first")
            raise StoreError(
                f"{path} has schema version {version}, older than this newsgraph's {latest}; "
                "run a writing command (such as `newsgraph run`) once to upgrade it"
            )
        try:
            queries.configure(conn, busy_timeout_ms=BUSY_TIMEOUT_MS, readonly=readonly)
        except sqlite3.Error as err:
            raise StoreError(f"cannot configure database {path}: {err}") from err
        if not readonly:
            for step in _steps(migrations):
                if step.version > version:
                    _apply(conn, path, step)
    except BaseException:
        conn.close()
        raise
    return conn
