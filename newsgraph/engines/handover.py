"""The Ray engine's hand-over: an exact JSON form of the pipeline's dataclasses, in Parquet.

`dumps` writes a frozen dataclass (an `Article`, a `ProcessedArticle` and everything inside)
as plain JSON: a dataclass is an object of its fields, a tuple a list, a datetime its ISO
8601 string. `loads(cls, text)` rebuilds it from the field types declared in
`newsgraph/types.py`, so nothing but data is read (unlike pickle). Numbers keep their JSON
type (an int stays an int even in a `float` field), so what is stored is what the local engine
stores. `processed_table` and `read_processed` are the Parquet rows the Ray Data stage
writes and the driver reads back.
"""

from __future__ import annotations

import dataclasses
import functools
import heapq
import json
import types
import typing
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from ..types import ProcessedArticle

__all__ = [
    "PROCESSED_COLUMNS",
    "dumps",
    "from_plain",
    "loads",
    "processed_table",
    "read_processed",
    "to_plain",
]

D = TypeVar("D")


def to_plain(value: Any) -> Any:
    """`value` as JSON-ready lists, dicts, strings and numbers."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {name: to_plain(getattr(value, name)) for name in _field_names(type(value))}
    if isinstance(value, tuple | list):
        return [to_plain(item) for item in value]
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def from_plain(hint: Any, value: Any) -> Any:
    """Rebuild a value of type `hint` from its `to_plain` form."""
    if value is None:
        return None
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return hint(**{k: from_plain(h, value[k]) for k, h in _field_hints(hint) if k in value})
    if hint is datetime:
        return datetime.fromisoformat(value)
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (types.UnionType, typing.Union):
        # Only `X | None` is used in the types; None was handled above.
        (inner,) = [a for a in args if a is not type(None)]
        return from_plain(inner, value)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(from_plain(args[0], item) for item in value)
        return tuple(from_plain(a, item) for a, item in zip(args, value, strict=True))
    if origin is list:
        return [from_plain(args[0], item) for item in value]
    return value  # str, int, float, bool: JSON keeps them as they were


def dumps(value: Any) -> str:
    """The JSON text of a dataclass (or a list of them)."""
    return json.dumps(to_plain(value), ensure_ascii=False, separators=(",", ":"))


def loads(hint: type[D] | Any, text: str) -> D:
    """Rebuild a value of type `hint` (e.g. `ProcessedArticle`, `list[Article]`) from `dumps`."""
    return from_plain(hint, json.loads(text))


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


@functools.cache
def _field_hints(cls: type) -> tuple[tuple[str, Any], ...]:
    # The types module uses `from __future__ import annotations`: resolve the strings once.
    hints = typing.get_type_hints(cls)
    return tuple((f.name, hints[f.name]) for f in dataclasses.fields(cls))


# The Parquet form of the Ray engine's output: one row per processed article. `batch` and
# `position` say where it goes back; `article_id`, `n_tokens` and `n_sents` are there for
# people and tools reading the dataset; `processed` is the whole `ProcessedArticle`.
PROCESSED_COLUMNS = ("batch", "position", "article_id", "n_tokens", "n_sents", "processed")


def processed_table(rows: Iterable[tuple[int, int, ProcessedArticle]]) -> Any:
    """A pyarrow Table of (batch, position, article) rows in the hand-over form."""
    import pyarrow as pa

    columns: dict[str, list[Any]] = {name: [] for name in PROCESSED_COLUMNS}
    for batch, position, done in rows:
        columns["batch"].append(batch)
        columns["position"].append(position)
        columns["article_id"].append(done.article.id)
        columns["n_tokens"].append(done.n_tokens)
        columns["n_sents"].append(done.n_sents)
        columns["processed"].append(dumps(done))
    schema = pa.schema(
        [
            ("batch", pa.int64()),
            ("position", pa.int64()),
            ("article_id", pa.string()),
            ("n_tokens", pa.int64()),
            ("n_sents", pa.int64()),
            ("processed", pa.string()),
        ]
    )
    return pa.table(columns, schema=schema)


def read_processed(folder: Path) -> Iterator[tuple[int, int, ProcessedArticle]]:
    """(batch, position, article) from every Parquet file under `folder`, in that order.

    Ray Data writes the files in input order (`preserve_order`), but their names do not say
    that order, so the files are sorted by their first batch (from the Parquet statistics)
    and merged; a file is opened only once the merge reaches its first batch, and is read a
    row group at a time, so the reader holds a row group or two, not the dataset.
    """
    import pyarrow.parquet as pq

    def first_batch(path: Path) -> int:
        meta = pq.ParquetFile(path).metadata
        batch_column = meta.schema.names.index("batch")
        lows = []
        for group in range(meta.num_row_groups):
            stats = meta.row_group(group).column(batch_column).statistics
            if stats is None or not stats.has_min_max:
                lows.append(pq.read_table(path, columns=["batch"]).column(0)[0].as_py())
                break
            lows.append(stats.min)
        return min(lows) if lows else -1

    def rows(path: Path) -> Iterator[tuple[int, int, ProcessedArticle]]:
        with pq.ParquetFile(path) as parquet:
            for group in range(parquet.num_row_groups):
                table = parquet.read_row_group(group, columns=["batch", "position", "processed"])
                batches = table.column("batch").to_pylist()
                positions = table.column("position").to_pylist()
                texts = table.column("processed").to_pylist()
                del table
                for batch, position, text in zip(batches, positions, texts, strict=True):
                    yield batch, position, loads(ProcessedArticle, text)

    starts = sorted((first_batch(path), path) for path in folder.rglob("*.parquet"))
    starts.reverse()  # popped from the end: smallest first batch first
    heap: list[tuple[int, int, int, ProcessedArticle, Iterator[Any]]] = []
    opened = 0
    while starts or heap:
        # Open every file that may hold a row before the smallest one in hand.
        while starts and (not heap or starts[-1][0] <= heap[0][0]):
            source = rows(starts.pop()[1])
            for batch, position, article in source:
                heapq.heappush(heap, (batch, position, opened, article, source))
                break
            opened += 1
        if not heap:
            continue
        batch, position, order, article, source = heapq.heappop(heap)
        yield batch, position, article
        for batch, position, article in source:
            heapq.heappush(heap, (batch, position, order, article, source))
            break
