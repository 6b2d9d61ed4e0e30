"""Lexicons: the data files under newsgraph/data/, loaded once and passed to extractors.

Word lists, cue verbs, time words, ontology tables and the actor dictionary are data, not
code. A `Lexicons` object reads each file on first use and keeps it; extractors receive it
as an argument (no module state), and each worker process builds one.

Data files are UTF-8; TSV files start with `#` comment lines (source, licence, date) and
then a header row.

>>> lex = Lexicons.load()
>>> sorted(lex.rows("field_names.tsv")[0])
['key', 'names', 'tier']
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ConfigError

__all__ = ["Lexicons"]


@dataclass
class Lexicons:
    """Read-only access to data files, each parsed once. `root` defaults to newsgraph/data."""

    root: Path | None = None
    extra: dict[str, Path] = field(default_factory=dict)  # user files overriding a name
    _cache: dict[tuple[str, str], Any] = field(default_factory=dict, repr=False)

    @classmethod
    def load(cls, root: Path | None = None, **extra: Path) -> Lexicons:
        return cls(root=root, extra=dict(extra))

    def text(self, name: str) -> str:
        """The raw text of a data file."""
        if name in self.extra:
            return self.extra[name].read_text("utf-8")
        try:
            if self.root is not None:
                return (self.root / name).read_text("utf-8")
            return resources.files("newsgraph.data").joinpath(name).read_text("utf-8")
        except FileNotFoundError as err:
            raise ConfigError(f"data file {name!r} is missing from newsgraph/data") from err

    def rows(self, name: str) -> list[dict[str, str]]:
        """A TSV file as a list of dicts (comment lines starting with # skipped)."""
        key = ("rows", name)
        if key not in self._cache:
            lines = [ln for ln in self.text(name).splitlines() if ln and not ln.startswith("#")]
            reader = csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t")
            self._cache[key] = [dict(r) for r in reader]
        return self._cache[key]

    def json(self, name: str) -> Any:
        """A JSON data file."""
        key = ("json", name)
        if key not in self._cache:
            self._cache[key] = json.loads(self.text(name))
        return self._cache[key]

    def derived(self, key: str, build: Callable[[Lexicons], Any]) -> Any:
        """A structure built from data files (an actor dictionary, a lexicon index), built once.

        Extractors call this instead of keeping module state: the built object lives as long
        as this Lexicons, one per worker process.
        """
        cache_key = ("derived", key)
        if cache_key not in self._cache:
            self._cache[cache_key] = build(self)
        return self._cache[cache_key]

    def words(self, name: str) -> frozenset[str]:
        """A word-list file (one entry per line, # comments) as a set."""
        key = ("words", name)
        if key not in self._cache:
            entries = (ln.strip() for ln in self.text(name).splitlines())
            self._cache[key] = frozenset(e for e in entries if e and not e.startswith("#"))
        return self._cache[key]
