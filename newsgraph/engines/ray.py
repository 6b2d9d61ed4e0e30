"""The Ray engine: the local engine's parse-and-extract batches as Ray Data stages.

The driver reads the inputs and skips what the store already has (that needs the store), and
stages the new articles as Parquet files, one row group per batch. Ray Data then runs, from
the list of staged batches (`from_items`), a read stage (tasks that reserve no CPU), the
parse-and-extract stage in a pool of actors (`map_batches` with a class: each actor loads the
spaCy model and the lexicons once, in `prepare_worker`, and runs `process_batch`) and
`write_parquet`, one row per processed article. The driver streams that dataset back a row
group at a time, puts the batches back in input order and yields them like the local engine,
so the pipeline stores them through the same `write_batch`. A long run goes through Ray Data a
window of batches at a time: one window is processed while the driver stores the one before
and stages the next. A cluster runs exactly the code
the local process pool runs, so the results are the same.

The hand-over format is `handover.py`'s. Both datasets live in `<workdir>/run-*/` (the
pipeline passes `<db>.ray-parts`), removed once read back, unless `keep_dir` names a folder to
keep them in.

Ray is an optional extra (`pip install 'newsgraph[ray]'`, which brings pandas for Ray Data);
it is imported only here.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import itertools
import logging
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from ..errors import ConfigError
from ..extract import DEFAULT_EXTRACTORS
from ..types import Article, ProcessedArticle
from .handover import dumps, loads, processed_table, read_processed
from .local import LexiconFiles, prepare_worker, process_batch

__all__ = ["RayEngine", "ray_available", "INSTALL_HINT"]

T = TypeVar("T")

INSTALL_HINT = (
    "the Ray engine needs Ray: pip install 'newsgraph[ray]' (or use --engine local, the default)"
)

# Batches per staged input file (one row group each): fewer, larger files than one per batch;
# the read stage still reads one batch at a time.
BATCHES_PER_FILE = 8
# Batches per actor that go through Ray Data together (a window). Each window is one Ray Data
# execution whose actors load the model again, so windows are large (32 batches of 32 articles
# per actor); results reach the store window by window, the next processed meanwhile.
WINDOW_BATCHES_PER_ACTOR = 32


@dataclass
class _Window(Generic[T]):
    """Batches staged together and handed to Ray Data as one dataset."""

    folder: Path
    contexts: list[T]
    sizes: list[int]
    staged: bool  # False when every batch was empty (nothing for Ray to do)
    done: concurrent.futures.Future[None]


def _finished() -> concurrent.futures.Future[None]:
    done: concurrent.futures.Future[None] = concurrent.futures.Future()
    done.set_result(None)
    return done


def ray_available() -> bool:
    """True when `import ray` and Ray Data's pandas dependency both import."""
    try:
        import pandas  # noqa: F401
        import ray  # noqa: F401
    except ImportError:
        return False
    return True


def _read_staged(rows: Any) -> Any:
    """The read stage: the staged batch each row names (a file and a row group in it)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    tables = []
    paths, groups = rows.column("path").to_pylist(), rows.column("group").to_pylist()
    for path, group in zip(paths, groups, strict=True):
        with pq.ParquetFile(path) as parquet:
            tables.append(parquet.read_row_group(group))
    return pa.concat_tables(tables)


class _ParseBatches:
    """The `map_batches` actor: one loaded model, many batches (one input row = one batch)."""

    def __init__(
        self,
        model_name: str,
        lexicon_files: LexiconFiles = (),
        extractors: Sequence[str] = DEFAULT_EXTRACTORS,
    ) -> None:
        self.model_name = model_name
        self.lexicon_files = lexicon_files
        self.extractors = tuple(extractors)
        prepare_worker(model_name, lexicon_files, self.extractors)

    def __call__(self, rows: Any) -> Any:
        batches = rows.column("batch").to_pylist()
        staged = rows.column("articles").to_pylist()
        return processed_table(
            (batch, position, done)
            for batch, text in zip(batches, staged, strict=True)
            for position, done in enumerate(
                process_batch(
                    loads(list[Article], text),
                    self.model_name,
                    self.extractors,
                    self.lexicon_files,
                )
            )
        )


class RayEngine(Generic[T]):
    """Runs `process_batch` as a Ray Data `map_batches` stage; same interface as `LocalEngine`.

    With no `address`, a local Ray is started with `processes` CPUs (and shut down on exit);
    with an address (`auto`, `ray://host:10001`, `host:6379`) the engine joins that cluster.
    `processes` 0 starts one actor per CPU Ray has (on a cluster: all of its CPUs).
    `workdir` is where each run's Parquet folder goes (default: the system's temporary
    folder); `keep_dir`, when set, is used instead and the folder is kept after the run.
    """

    def __init__(
        self,
        model_name: str,
        processes: int = 1,
        address: str = "",
        workdir: str = "",
        keep_dir: str = "",
        lexicon_files: LexiconFiles = (),
        extractors: Sequence[str] = DEFAULT_EXTRACTORS,
    ) -> None:
        self.model_name = model_name
        self.extractors = tuple(extractors)
        self.processes = max(0, processes)  # 0: one actor per CPU of the cluster
        self.address = address
        self.workdir = workdir
        self.keep_dir = keep_dir
        # Paths, not contents: every node must see the same files (a shared mount).
        self.lexicon_files = lexicon_files
        self._ray: Any = None
        self._started = False
        self._actors = 0

    def __enter__(self) -> RayEngine[T]:
        try:
            import pandas  # noqa: F401 - Ray Data needs it; fail here with the hint, not later
            import ray
            import ray.data
        except ImportError as error:
            raise ConfigError(INSTALL_HINT) from error
        self._ray = ray
        if not ray.is_initialized():
            if self.address:
                ray.init(address=self.address, logging_level="WARNING", log_to_driver=False)
            else:
                ray.init(
                    num_cpus=self.processes or None,
                    include_dashboard=False,
                    logging_level="WARNING",
                    log_to_driver=False,
                )
            self._started = True
        # Ray Data logs every execution plan at INFO; a run prints its own summary. The bars
        # are off on purpose (the CLI shows its own progress): no warning that they are.
        logging.getLogger("ray.data").setLevel(logging.WARNING)
        logging.getLogger("ray.data._internal.progress").setLevel(logging.ERROR)
        self._actors = self.processes or max(1, int(ray.cluster_resources().get("CPU", 1)))
        return self

    def __exit__(self, *exc: object) -> None:
        if self._ray is None:
            return
        if self._started:
            self._ray.shutdown()
            self._started = False

    def map(
        self, batches: Iterable[tuple[Sequence[Article], T]]
    ) -> Iterator[tuple[list[ProcessedArticle], T]]:
        """Yield (results, context) for every (articles, context), in input order.

        The batches go through Ray Data a window at a time (WINDOW_BATCHES_PER_ACTOR per
        actor): while Ray processes one window in a background thread, the driver stages the
        next and stores the results of the one before. Each window's folder is removed once
        its results have been read back (or the run failed); the store then holds every batch
        written so far, each whole.
        """
        if self._ray is None:
            raise RuntimeError("RayEngine is used outside its `with` block")
        size = max(1, self._actors) * WINDOW_BATCHES_PER_ACTOR
        source = iter(batches)
        runner = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="ray-data")
        previous: _Window[T] | None = None
        current: _Window[T] | None = None
        try:
            while True:
                current = self._start_window(itertools.islice(source, size), runner)
                if previous is not None:
                    yield from self._finish_window(previous)
                previous, current = current, None
                if previous is None:
                    return
        finally:
            # On an error or Ctrl-C, Ray may still be at work on a window: nobody waits for it
            # (leaving the engine shuts a local Ray down), and the folders go.
            runner.shutdown(wait=False, cancel_futures=True)
            for window in (previous, current):
                if window is not None:
                    self._remove(window.folder)

    def _start_window(
        self,
        batches: Iterable[tuple[Sequence[Article], T]],
        runner: concurrent.futures.Executor,
    ) -> _Window[T] | None:
        """Stage these batches and start Ray on them; None when there were none."""
        contexts: list[T] = []
        sizes: list[int] = []
        folder = self._folder()
        try:
            staged = _stage(batches, folder / "articles", contexts, sizes)
        except BaseException:
            self._remove(folder)
            raise
        if not contexts:
            self._remove(folder)
            return None
        done: concurrent.futures.Future[None] = (
            runner.submit(self._process, staged, folder / "processed") if staged else _finished()
        )
        return _Window(folder, contexts, sizes, bool(staged), done)

    def _finish_window(self, window: _Window[T]) -> Iterator[tuple[list[ProcessedArticle], T]]:
        try:
            window.done.result()
            rows = read_processed(window.folder / "processed") if window.staged else iter(())
            yield from _in_order(rows, window.contexts, window.sizes)
        finally:
            self._remove(window.folder)

    def _remove(self, folder: Path) -> None:
        if not self.keep_dir:
            shutil.rmtree(folder, ignore_errors=True)
            with contextlib.suppress(OSError):  # other runs' folders may still be there
                folder.parent.rmdir()

    def _folder(self) -> Path:
        """A new `run-*` folder in `keep_dir`, else in `workdir` (`<db>.ray-parts`)."""
        base = self.keep_dir or self.workdir
        if not base:
            return Path(tempfile.mkdtemp(prefix="newsgraph-ray-"))
        Path(base).mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix="run-", dir=base))

    def _process(self, staged: list[tuple[Path, int]], target: Path) -> None:
        ray = self._ray
        context = ray.data.DataContext.get_current()
        saved = (context.execution_options.preserve_order, context.enable_progress_bars)
        # In order: the driver then reads the output back with almost nothing to buffer.
        context.execution_options.preserve_order = True
        context.enable_progress_bars = False
        try:
            # The source is the list of staged files, not `read_parquet`: its file-listing
            # task needs a whole CPU, and with every CPU held by the actors it never runs
            # (a deadlock on a local Ray). Reading and writing are I/O: with no CPU reserved
            # they never wait behind the actors, which take every CPU the engine was given.
            # One block per batch, so the actors share the batches one by one.
            dataset = ray.data.from_items(
                [{"path": str(path), "group": group} for path, group in staged],
                override_num_blocks=len(staged),
            )
            # A stage that reserves no CPU has no limit on its tasks either: Ray would start
            # a worker process per block (dozens). As many readers and writers as actors.
            streams = max(1, min(self._actors, len(staged)))
            dataset = dataset.map_batches(
                _read_staged,
                batch_size=1,
                batch_format="pyarrow",
                num_cpus=0,
                compute=ray.data.TaskPoolStrategy(size=streams),
            )
            dataset = dataset.map_batches(
                _ParseBatches,
                fn_constructor_args=(self.model_name, self.lexicon_files, self.extractors),
                batch_size=1,  # one row is one article batch, parsed together as locally
                batch_format="pyarrow",
                # No more actors than batches: an idle actor would only load the model.
                compute=ray.data.ActorPoolStrategy(size=min(self._actors, len(staged))),
                num_cpus=1,
            )
            dataset.write_parquet(str(target), ray_remote_args={"num_cpus": 0}, concurrency=streams)
        finally:
            context.execution_options.preserve_order, context.enable_progress_bars = saved


def _stage(
    batches: Iterable[tuple[Sequence[Article], T]],
    folder: Path,
    contexts: list[T],
    sizes: list[int],
) -> list[tuple[Path, int]]:
    """Write the non-empty batches as Parquet files (`batch`, `articles` as JSON).

    Each batch is a row group of its own; the result lists (file, row group) per batch.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder.mkdir(parents=True)
    schema = pa.schema([("batch", pa.int64()), ("articles", pa.string())])
    pending: list[tuple[int, str]] = []
    files: list[Path] = []
    staged: list[tuple[Path, int]] = []

    def flush() -> None:
        path = folder / f"part-{len(files):06d}.parquet"
        table = pa.table(
            {"batch": [b for b, _ in pending], "articles": [a for _, a in pending]}, schema=schema
        )
        pq.write_table(table, path, row_group_size=1)
        staged.extend((path, group) for group in range(len(pending)))
        files.append(path)
        pending.clear()

    for articles, context in batches:
        contexts.append(context)
        sizes.append(len(articles))
        if articles:
            pending.append((len(sizes) - 1, dumps(list(articles))))
        if len(pending) >= BATCHES_PER_FILE:
            flush()
    if pending:
        flush()
    return staged


def _in_order(
    rows: Iterator[tuple[int, int, ProcessedArticle]], contexts: list[T], sizes: list[int]
) -> Iterator[tuple[list[ProcessedArticle], T]]:
    """Regroup the merged rows into the batches they were sent as, with their contexts."""
    for number, (context, size) in enumerate(zip(contexts, sizes, strict=True)):
        results = []
        for expected in range(size):
            row = next(rows, None)
            if row is None or row[:2] != (number, expected):
                raise RuntimeError(
                    f"the Ray Data output lacks article {expected} of batch {number} "
                    f"(found {row[:2] if row else 'the end'})"
                )
            results.append(row[2])
        yield results, context
