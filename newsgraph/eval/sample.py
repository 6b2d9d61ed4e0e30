"""Our corpus gold (`examples/corpus/gold/articles/*.json`): the files, the article each one
names, and where its annotated strings are in that article's text.

Every gold file names a corpus file (`file`, relative to the folder above `gold/`) and, for a
file of several articles, the `record` (line) of its article. The text is read by
`newsgraph.ingest` exactly as the pipeline reads it, so offsets agree with the extractors'.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ..types import Article

__all__ = ["corpus_of", "gold_article", "gold_files", "locate_in_order"]


def gold_files(path: str | Path) -> list[Path]:
    """The gold files of a gold folder (sorted), or the one file given."""
    p = Path(path)
    return sorted(p.glob("*.json")) if p.is_dir() else [p]


def corpus_of(gold_file: Path) -> Path:
    """The corpus root: the folder above the `gold/` folder holding `gold_file`."""
    root = gold_file.parent
    while root.name != "gold" and root != root.parent:
        root = root.parent
    return root.parent


def gold_article(gold_file: Path, gold: Mapping[str, Any]) -> Article | None:
    """The article `gold` describes, or None when it cannot be read."""
    from ..config import Settings
    from ..ingest import read_paths

    record = gold.get("record")  # the line / record number inside a multi-article file
    for item in read_paths([corpus_of(gold_file) / gold["file"]], Settings()):
        if isinstance(item, Article) and (record is None or item.source_line == record):
            return item
    return None


def locate_in_order(text: str, needles: Iterable[str]) -> list[int | None]:
    """Where each string starts in `text` (None: absent). A string given again is looked for
    after its previous place first, so repeated quotes or dates map to successive places."""
    after: dict[str, int] = {}
    found: list[int | None] = []
    for needle in needles:
        at = text.find(needle, after.get(needle, 0))
        if at < 0:
            at = text.find(needle)
        if at < 0:
            found.append(None)
            continue
        after[needle] = at + len(needle)
        found.append(at)
    return found
