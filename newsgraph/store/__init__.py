"""The SQLite store: schema and migrations, queries, full-text search and export.

    >>> from newsgraph.store import Store
    >>> with Store.open("newsgraph.db") as store:          # doctest: +SKIP
    ...     store.add_articles(articles)                     # ingest: stored, unprocessed
    ...     store.write_batch(processed, rejects)            # one transaction per batch
    >>> with Store.open("newsgraph.db", readonly=True) as store:   # doctest: +SKIP
    ...     hits = store.search('"Russia-NATO Council" Brussels')
    ...     n = store.export("mentions", "parquet", Path("mentions.parquet"))

All SQL lives in this package (schema.sql, migrations/, queries.py).
"""

from __future__ import annotations

from ._export import EXPORT_FORMATS
from ._models import RejectRow, RunInfo, SearchHit, StoreStats
from ._schema import BASE_VERSION
from ._store import MAX_SEARCH_LIMIT, RUN_STATUSES, Store
from .queries import DATA_TABLES, EXPORTABLE_TABLES

__all__ = [
    "BASE_VERSION",
    "DATA_TABLES",
    "EXPORTABLE_TABLES",
    "EXPORT_FORMATS",
    "MAX_SEARCH_LIMIT",
    "RUN_STATUSES",
    "RejectRow",
    "RunInfo",
    "SearchHit",
    "Store",
    "StoreStats",
]
