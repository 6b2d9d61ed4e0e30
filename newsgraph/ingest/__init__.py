"""Ingest: files, folders and stdin in every common news format -> `Article` or `Reject`.

>>> from newsgraph.config import Settings
>>> articles = read_paths(["examples/corpus"], Settings())     # doctest: +SKIP
>>> parse_field_overrides(["text=body_html", "date=ts"])
{'text': 'body_html', 'date': 'ts'}

Formats are recognised from content first, then the name: plain text (with an optional
`Title:`/`Source:`/`Date:`/`URL:` header), HTML (boilerplate removed), JSON, JSONL, CSV/TSV,
WARC and RSS/Atom feeds, each possibly gzip-, bzip2- or xz-compressed. A bad file becomes a
`Reject` with its reason and reading goes on; only a path that does not exist (or a bad field
mapping) raises, and it does so before anything is read.

Modules, one job each: `walk` (paths, ignore files), `source` (opening, decompression),
`sniff` (format detection), `decode` (bytes -> str), `reader` (per-file checks and dispatch),
`text`, `html`, `records`, `warc`, `feeds` (one per format family), `fields` (field names),
`dates` (publication dates), `build` (raw fields -> Article).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import BinaryIO

from ..config import Settings
from ..types import Article, Reject
from .fields import canonical_key, parse_field_overrides
from .reader import read_source
from .source import UnreadableInput, open_source
from .walk import check_paths, iter_files

__all__ = ["read_paths", "parse_field_overrides"]

log = logging.getLogger(__name__)


def read_paths(
    paths: Sequence[str | Path],
    settings: Settings,
    field_map: Mapping[str, str] | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Article | Reject]:
    """Articles and Rejects from files, folders (walked recursively, sorted) and `-` (stdin).

    Every path is checked first: a missing one raises InputError before anything is read.
    `field_map` maps canonical keys (title, text, url, date, outlet, lang) to record field
    names and wins over the automatic mapping. Results are yielded lazily, in a fixed order.
    """
    checked = check_paths(paths)
    overrides = {canonical_key(key): column for key, column in (field_map or {}).items()}
    return _read_all(checked, settings, overrides, stdin)


def _read_all(
    paths: list[Path | None],
    settings: Settings,
    overrides: Mapping[str, str],
    stdin: BinaryIO | None,
) -> Iterator[Article | Reject]:
    own_files = _store_files(settings.db)
    for item in iter_files(paths):
        if isinstance(item, Reject):
            yield item
            continue
        if item is not None and item.resolve() in own_files:
            log.debug("the run's own database is not input; skipped: %s", item)
            continue
        if item is None and stdin is None:
            stdin = sys.stdin.buffer
        try:
            source = open_source(item, stdin)
        except UnreadableInput as err:
            yield Reject(str(item), str(err))
            continue
        try:
            yield from read_source(source, settings, overrides)
        finally:
            source.close()


def _store_files(db: str) -> set[Path]:
    """The SQLite file a run writes to and its companions, which a walk must not read back."""
    base = Path(db).resolve()
    return {base} | {base.with_name(base.name + suffix) for suffix in ("-wal", "-shm", "-journal")}
