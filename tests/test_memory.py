"""Memory stays flat in corpus size: inputs are streamed, never loaded whole."""

from __future__ import annotations

import gzip
import json
import tracemalloc
from pathlib import Path

import pytest

from newsgraph.config import Settings
from newsgraph.ingest import read_paths

from .helpers import crisis_paragraph


def _write_export(path: Path, n: int) -> Path:
    """A JSONL export of n distinct articles of about 2 kB each (gzip when the name says so)."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "wt", encoding="utf-8") as out:
        for i in range(n):
            body = " ".join(crisis_paragraph(i * 10 + k) for k in range(5))
            out.write(json.dumps({"title": f"Dispatch {i}", "text": body}) + "\n")
    return path


def _peak_while_reading(path: Path) -> tuple[int, int]:
    """(articles read, peak bytes allocated while reading them one by one)."""
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_paths([path], Settings(max_file_mb=1)))
        return count, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("name", ["export.jsonl", "export.jsonl.gz"])
def test_memory_reading_a_jsonl_four_times_larger_needs_no_more_memory(tmp_path, name):
    small = _write_export(tmp_path / f"small-{name}", 300)
    large = _write_export(tmp_path / f"large-{name}", 1200)
    _peak_while_reading(small)  # tables and modules loaded on first use are not the point
    n_small, peak_small = _peak_while_reading(small)
    n_large, peak_large = _peak_while_reading(large)
    # Every article comes out: the 1 MB per-file limit applies to one record, not the stream.
    assert (n_small, n_large) == (300, 1200)
    assert peak_large < 1.5 * peak_small + 256 * 1024
    text_bytes = 1200 * len(" ".join(crisis_paragraph(k) for k in range(5)))
    assert peak_large < text_bytes / 2, "the file must not be held in memory whole"
