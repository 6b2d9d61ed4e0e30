"""From the paths a user gave to the files to read, in a deterministic order.

A folder is walked recursively, entries sorted by name, hidden entries (`.name`) skipped,
symlinked folders not followed (no loops). A `.newsgraphignore` file in any walked folder
excludes entries below it, gitignore-like:

- one glob pattern per line (fnmatch), blank lines and `#` comments ignored;
- a pattern without `/` matches a name at any depth below the folder (`*.md`, `README*`);
- a pattern with a `/` inside, or starting with `/`, matches the path relative to the folder
  (`drafts/*.txt`, `/notes.txt`);
- a trailing `/` makes the pattern match folders only (`gold/`).

Negation (`!pattern`) is not supported; such lines are ignored with a warning.
"""

from __future__ import annotations

import fnmatch
import logging
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ..errors import InputError
from ..types import Reject

__all__ = ["IGNORE_FILE", "STDIN", "check_paths", "iter_files"]

log = logging.getLogger(__name__)

IGNORE_FILE = ".newsgraphignore"
STDIN = "-"


@dataclass(frozen=True, slots=True)
class _Rule:
    base: Path
    pattern: str
    dir_only: bool
    anchored: bool

    def matches(self, path: Path, is_dir: bool) -> bool:
        if self.dir_only and not is_dir:
            return False
        if self.anchored:
            relative = PurePosixPath(path.relative_to(self.base).as_posix())
            return fnmatch.fnmatchcase(str(relative), self.pattern)
        return fnmatch.fnmatchcase(path.name, self.pattern)


def check_paths(paths: Sequence[str | Path]) -> list[Path | None]:
    """Validate every path before anything is read: None stands for stdin (`-`).

    Raises InputError naming the first path that does not exist.
    """
    checked: list[Path | None] = []
    for given in paths:
        if str(given) == STDIN:
            checked.append(None)
            continue
        path = Path(given)
        if not path.exists():
            raise InputError(f"{given}: no such file or folder; check the path")
        checked.append(path)
    return checked


def iter_files(paths: Sequence[Path | None]) -> Iterator[Path | None | Reject]:
    """Every file to read (None for stdin), in order; a Reject for a folder that cannot be listed.

    A file named twice (directly, or through two folders) is read once.
    """
    seen: set[Path] = set()
    for path in paths:
        if path is None:
            yield None
            continue
        if path.is_dir():
            files: Iterator[Path | Reject] = _walk(path, [])
        else:
            files = iter([path])
        for item in files:
            if isinstance(item, Reject):
                yield item
                continue
            key = item.resolve()
            if key not in seen:
                seen.add(key)
                yield item


def _walk(folder: Path, rules: list[_Rule]) -> Iterator[Path | Reject]:
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as err:
        yield Reject(
            str(folder), f"cannot list the folder: {err.strerror or err}; check its permissions"
        )
        return
    names = {entry.name for entry in entries}
    if IGNORE_FILE in names:
        rules = rules + _read_rules(folder / IGNORE_FILE)
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = folder / entry.name
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if any(rule.matches(path, is_dir) for rule in rules):
            log.debug("ignored by %s: %s", IGNORE_FILE, path)
            continue
        if is_dir:
            yield from _walk(path, rules)
        elif entry.is_file():  # follows file symlinks; skips fifos, sockets, broken links
            yield path
        else:
            log.debug("not a regular file, or a symlinked folder; skipped: %s", path)


def _read_rules(ignore_file: Path) -> list[_Rule]:
    try:
        lines = ignore_file.read_text("utf-8", errors="replace").splitlines()
    except OSError as err:
        log.warning("cannot read %s: %s", ignore_file, err)
        return []
    rules = []
    for line in lines:
        pattern = line.strip()
        if not pattern or pattern.startswith("#"):
            continue
        if pattern.startswith("!"):
            log.warning("%s: negated pattern %r is not supported; ignored", ignore_file, pattern)
            continue
        dir_only = pattern.endswith("/")
        pattern = pattern.rstrip("/")
        anchored = "/" in pattern
        pattern = pattern.lstrip("/")
        if pattern:
            rules.append(_Rule(ignore_file.parent, pattern, dir_only, anchored))
    return rules
