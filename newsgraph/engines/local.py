"""The local engine: parse and extract batches of articles in a pool of processes.

Each worker loads the spaCy model once (`nlp.load_model` is cached per process), parses a
batch, runs the extractors and ships back plain `ProcessedArticle`s. Results come back in
input order, with a bounded number of batches in flight so memory does not grow with the
corpus.
"""

from __future__ import annotations

import functools
import gc
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Generic, TypeVar

from ..extract import DEFAULT_EXTRACTORS, run_extractors
from ..lexicons import Lexicons
from ..nlp import load_model, parse
from ..types import Article, ProcessedArticle

__all__ = ["process_batch", "prepare_worker", "LocalEngine"]

T = TypeVar("T")

# Batches queued per worker: enough to keep every worker busy while the main process writes.
IN_FLIGHT_PER_WORKER = 2


# User data files as (data file name, path) pairs: `Settings.lexicon_files`.
LexiconFiles = tuple[tuple[str, str], ...]


def process_batch(
    articles: Sequence[Article],
    model_name: str,
    extractors: Sequence[str] = DEFAULT_EXTRACTORS,
    lexicon_files: LexiconFiles = (),
) -> list[ProcessedArticle]:
    """Parse one batch and run the extractors on every document; order is kept."""
    nlp = load_model(model_name)
    lexicons = _lexicons(lexicon_files)
    results = []
    docs = parse(articles, nlp, batch_size=len(articles) or 1)
    for doc, article in zip(docs, articles, strict=True):
        found = run_extractors(doc, lexicons, extractors)
        results.append(
            ProcessedArticle(
                article=article,
                n_tokens=len(doc.tokens),
                n_sents=len(doc.sents),
                extractors=tuple(extractors),
                **found,
            )
        )
    return results


@functools.cache
def _lexicons(lexicon_files: LexiconFiles = ()) -> Lexicons:
    # One per process, like the model: data files are parsed on first use and kept.
    return Lexicons.load(**{name: Path(path) for name, path in lexicon_files})


_WARM_UP = Article(
    id="warm-up",
    text="The ministers said on Monday that they will meet in Geneva next week.",
)


def prepare_worker(
    model_name: str,
    lexicon_files: LexiconFiles = (),
    extractors: Sequence[str] = DEFAULT_EXTRACTORS,
) -> None:
    """Load the model and the data files in a worker process, then hide them from the GC.

    A worker creates many short-lived objects per article (tokens, rows); each full garbage
    collection would otherwise walk the model's and the lexicons' objects too, which never
    die. `gc.freeze` moves them out of the collector's sight (measured: a third less time in
    the collector). Only for processes that newsgraph owns, never the caller's process.
    """
    # One tiny article runs every extractor once, so the data files they derive their tables
    # from (rules, dictionaries; the MiniLM encoder when asked) are built now and frozen with
    # the model.
    process_batch([_WARM_UP], model_name, extractors, lexicon_files)
    gc.freeze()


def _init_worker(model_name: str, lexicon_files: LexiconFiles, extractors: Sequence[str]) -> None:
    # The parent handles Ctrl-C and stops the pool; workers must not die mid-batch on their own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    prepare_worker(model_name, lexicon_files, extractors)


class LocalEngine(Generic[T]):
    """Runs `process_batch` over a stream of batches, in process or in a process pool.

    Every batch travels with a context object (`T`) that comes back untouched with its
    results, like spaCy's `as_tuples`.
    """

    def __init__(
        self,
        model_name: str,
        processes: int = 1,
        lexicon_files: LexiconFiles = (),
        extractors: Sequence[str] = DEFAULT_EXTRACTORS,
    ) -> None:
        self.model_name = model_name
        self.lexicon_files = lexicon_files
        self.extractors = tuple(extractors)
        self.processes = processes if processes > 0 else (os.cpu_count() or 1)
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> LocalEngine[T]:
        if self.processes > 1:
            # spawn, not fork: the parent runs a progress-bar thread, and forking a process
            # with threads can deadlock the child. Forking from a parent that loaded the model
            # was also measured slower in all (README, Throughput: the workers' first batches
            # pay for their copies of the shared pages, and more).
            self._pool = ProcessPoolExecutor(
                max_workers=self.processes,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_init_worker,
                initargs=(self.model_name, self.lexicon_files, self.extractors),
            )
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=exc[0] is None, cancel_futures=True)
            self._pool = None

    def map(
        self, batches: Iterable[tuple[Sequence[Article], T]]
    ) -> Iterator[tuple[list[ProcessedArticle], T]]:
        """Yield (results, context) for every (articles, context), in input order."""
        if self._pool is None:
            for articles, context in batches:
                results = (
                    process_batch(
                        articles,
                        self.model_name,
                        extractors=self.extractors,
                        lexicon_files=self.lexicon_files,
                    )
                    if articles
                    else []
                )
                yield results, context
            return
        limit = self.processes * IN_FLIGHT_PER_WORKER
        pending: deque[tuple[Future[list[ProcessedArticle]] | None, T]] = deque()
        for articles, context in batches:
            future = (
                self._pool.submit(
                    process_batch,
                    list(articles),
                    self.model_name,
                    extractors=self.extractors,
                    lexicon_files=self.lexicon_files,
                )
                if articles
                else None
            )
            pending.append((future, context))
            while len(pending) >= limit or (pending and _done_or_empty(pending[0][0])):
                yield _collect(pending.popleft())
        while pending:
            yield _collect(pending.popleft())


def _done_or_empty(future: Future[list[ProcessedArticle]] | None) -> bool:
    return future is None or future.done()


def _collect(
    item: tuple[Future[list[ProcessedArticle]] | None, T],
) -> tuple[list[ProcessedArticle], T]:
    future, context = item
    return (future.result() if future is not None else []), context
