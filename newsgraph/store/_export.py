"""Export of one store table to CSV, JSONL or Parquet, streamed in chunks.

Columns are the table's own, in schema order (the article rowid `pk` is internal and left out);
their types follow the declared SQLite type: INTEGER -> int64, REAL -> float64, anything else
-> string. Dates are the stored ISO 8601 strings, codes stay strings ('036'), booleans are
0/1 and JSON columns are JSON text. NULL is an empty field in CSV and null elsewhere.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from ..errors import StoreError
from . import queries

__all__ = ["EXPORT_FORMATS", "export_table"]

#: Formats `export_table` writes.
EXPORT_FORMATS: tuple[str, ...] = ("csv", "jsonl", "parquet")

#: Rows fetched (and, for Parquet, written as one row group) at a time.
CHUNK_ROWS = 5000


def _chunks(cursor: sqlite3.Cursor) -> Iterator[list[tuple[Any, ...]]]:
    while rows := cursor.fetchmany(CHUNK_ROWS):
        yield [tuple(r) for r in rows]


def _write_csv(cursor: sqlite3.Cursor, columns: Sequence[str], out: IO[str]) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    n = 0
    for rows in _chunks(cursor):
        writer.writerows(rows)
        n += len(rows)
    return n


def _write_jsonl(cursor: sqlite3.Cursor, columns: Sequence[str], out: IO[str]) -> int:
    n = 0
    for rows in _chunks(cursor):
        out.writelines(
            json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False) + "\n"
            for row in rows
        )
        n += len(rows)
    return n


def _write_parquet(
    cursor: sqlite3.Cursor, columns: Sequence[tuple[str, str]], out: str | IO[bytes]
) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as err:  # pragma: no cover - pyarrow is a dependency
        raise StoreError("Parquet export needs pyarrow; install it: pip install pyarrow") from err

    def arrow_type(decl: str) -> Any:
        if "INT" in decl:
            return pa.int64()
        if "REAL" in decl or "FLOA" in decl or "DOUB" in decl:
            return pa.float64()
        return pa.string()

    schema = pa.schema([pa.field(name, arrow_type(decl)) for name, decl in columns])
    n = 0
    with pq.ParquetWriter(out, schema) as writer:
        for rows in _chunks(cursor):
            arrays = [
                pa.array([row[i] for row in rows], type=schema.field(i).type)
                for i in range(len(columns))
            ]
            writer.write_table(pa.Table.from_arrays(arrays, schema=schema))
            n += len(rows)
    return n


def _write(
    cursor: sqlite3.Cursor, columns: Sequence[tuple[str, str]], fmt: str, out: IO[Any]
) -> int:
    names = [name for name, _ in columns]
    if fmt == "parquet":
        return _write_parquet(cursor, columns, out)
    if fmt == "csv":
        return _write_csv(cursor, names, out)
    return _write_jsonl(cursor, names, out)


def _write_stream(
    cursor: sqlite3.Cursor, columns: Sequence[tuple[str, str]], fmt: str, out: IO[Any]
) -> int:
    binary = isinstance(out, io.RawIOBase | io.BufferedIOBase)
    if fmt == "parquet":
        if binary:
            return _write(cursor, columns, fmt, out)
        buffer = getattr(out, "buffer", None)
        if buffer is None:
            raise StoreError("Parquet is binary: export it to a file path or a binary stream")
        out.flush()
        n = _write(cursor, columns, fmt, buffer)
        buffer.flush()
        return n
    if binary:
        wrapper = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
        try:
            return _write(cursor, columns, fmt, wrapper)
        finally:
            wrapper.detach()
    return _write(cursor, columns, fmt, out)


def _write_path(
    cursor: sqlite3.Cursor, columns: Sequence[tuple[str, str]], fmt: str, path: Path
) -> int:
    """Write to `path` through a .part file, renamed only when complete."""
    part = path.with_name(path.name + ".part")
    try:
        if fmt == "parquet":
            n = _write_parquet(cursor, columns, str(part))
        else:
            with part.open("w", encoding="utf-8", newline="") as fh:
                n = _write(cursor, columns, fmt, fh)
        os.replace(part, path)
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink()
        raise
    return n


def export_table(
    conn: sqlite3.Connection, db_path: Path, table: str, fmt: str, out: Path | str | IO[Any]
) -> int:
    """Write every row of `table` to `out` in `fmt`; returns the number of rows."""
    if table not in queries.EXPORTABLE_TABLES:
        raise StoreError(
            f"cannot export unknown table {table!r}; choose one of "
            f"{', '.join(queries.EXPORTABLE_TABLES)}"
        )
    if fmt not in EXPORT_FORMATS:
        raise StoreError(f"cannot export as {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    try:
        columns = queries.table_columns(conn, table)
        cursor = queries.select_table_rows(conn, table, [name for name, _ in columns])
        try:
            if isinstance(out, str | Path):
                return _write_path(cursor, columns, fmt, Path(out))
            return _write_stream(cursor, columns, fmt, out)
        finally:
            cursor.close()
    except sqlite3.Error as err:
        raise StoreError(f"cannot read {table} from {db_path}: {err}") from err
    except BrokenPipeError:
        raise  # the reader went away (`| head`): the caller ends quietly
    except OSError as err:
        raise StoreError(f"cannot write the {table} export to {out}: {err}") from err
