"""Engines run the parse and extract stages: `local` uses a process pool, `ray` Ray Data.

Both take a stream of (articles, context) batches and yield (ProcessedArticle list, context)
in input order; the pipeline does not know which one it drives.
"""

from __future__ import annotations

from typing import Any

from ..errors import ConfigError

__all__ = ["ENGINES", "make_engine"]

ENGINES = ("local", "ray")


def make_engine(
    name: str,
    model_name: str,
    processes: int,
    address: str = "",
    workdir: str = "",
    keep_parquet: str = "",
    lexicon_files: tuple[tuple[str, str], ...] = (),
    extractors: tuple[str, ...] | None = None,
) -> Any:
    """The engine called `name` (a context manager with `.map`); Ray is imported only for 'ray'.

    `processes` 0 means all CPUs: this machine's cores for `local`, the cluster's for `ray`.
    `workdir` holds the Ray engine's temporary Parquet datasets; `keep_parquet` is a folder
    to keep them in instead. `lexicon_files` are user data files (`Settings.lexicon_files`)
    every worker loads with the built-in ones. `extractors` is the list every worker runs
    (default: `DEFAULT_EXTRACTORS`; `extractors_for(embeddings=True)` adds the MiniLM one).
    """
    from ..extract import DEFAULT_EXTRACTORS

    names = extractors if extractors is not None else DEFAULT_EXTRACTORS
    if name == "local":
        if address:
            raise ConfigError("--address is for --engine ray; the local engine has no cluster")
        if keep_parquet:
            raise ConfigError("--keep-parquet is for --engine ray; the local engine writes none")
        from .local import LocalEngine

        return LocalEngine(model_name, processes, lexicon_files, names)
    if name == "ray":
        from .ray import RayEngine

        return RayEngine(
            model_name, processes, address, workdir, keep_parquet, lexicon_files, names
        )
    raise ConfigError(f"unknown engine {name!r}; choose one of {', '.join(ENGINES)}")
