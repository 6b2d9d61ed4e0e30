"""`newsgraph watch DIR`: run the pipeline on files as they arrive in a folder.

The folder is polled every `interval` seconds (a sleep on an Event, so no busy loop and a
prompt stop). A file is taken once its size and modification time are the same on two polls
in a row, so a file still being written is not read half-way; new and changed files are then
handed to `pipeline.run`, which skips every article the store already has. Earlier files are
not read again. The loop ends on `stop`, Ctrl-C, after `max_runs` runs or after `timeout`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from pathlib import Path

from .config import Settings
from .ingest.walk import check_paths, iter_files
from .pipeline import RunSummary, run

__all__ = ["watch", "snapshot"]

Signature = tuple[int, int]  # size, mtime in ns


def snapshot(folder: Path, settings: Settings) -> dict[Path, Signature]:
    """Every input file under `folder` (ignore rules apply) with its size and mtime."""
    own = {Path(f"{settings.db}{suffix}").resolve() for suffix in ("", "-wal", "-shm", "-journal")}
    found: dict[Path, Signature] = {}
    for item in iter_files(check_paths([folder])):
        if not isinstance(item, Path) or item.resolve() in own:
            continue
        try:
            stat = item.stat()
        except OSError:  # removed between the walk and the stat
            continue
        found[item] = (stat.st_size, stat.st_mtime_ns)
    return found


def watch(
    folder: str | Path,
    settings: Settings,
    *,
    interval: float = 2.0,
    max_runs: int | None = None,
    timeout: float | None = None,
    stop: threading.Event | None = None,
    field_map: Mapping[str, str] | None = None,
    on_run: Callable[[RunSummary], None] | None = None,
) -> list[RunSummary]:
    """Process files arriving in `folder` until stopped; the summaries of the runs made."""
    folder = Path(folder)
    stop = stop or threading.Event()
    deadline = None if timeout is None else time.monotonic() + timeout
    done: dict[Path, Signature] = {}  # files handed to a run, as they were then
    previous: dict[Path, Signature] = {}
    summaries: list[RunSummary] = []
    while not stop.is_set():
        current = snapshot(folder, settings)
        # Settled: unchanged since the last poll, and new or changed since it was processed.
        ready = sorted(
            path
            for path, sig in current.items()
            if previous.get(path) == sig and done.get(path) != sig
        )
        if ready:
            summary = run(ready, settings, field_map=field_map)
            done.update((path, current[path]) for path in ready)
            summaries.append(summary)
            if on_run is not None:
                on_run(summary)
            if max_runs is not None and len(summaries) >= max_runs:
                break
        previous = current
        if deadline is not None:
            left = deadline - time.monotonic()
            if left <= 0:
                break
            stop.wait(min(interval, left))
        else:
            stop.wait(interval)
    return summaries
