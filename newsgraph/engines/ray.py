"""The Ray engine: the local engine's parse-and-extract batches as Ray Data stages.

The driver reads the inputs and skips what the store already has (that needs the store), and
stages the new articles as a Parquet dataset, one row per batch. Ray Data then reads that
dataset, runs `process_batch` in a pool of actors (`map_batches` with a class: each actor
loads the spaCy model and the lexicons once, in `prepare_worker`) and writes one row per
processed article to a second Parquet dataset. The driver streams that dataset back a row
group at a time, puts the batches back in input order and yields them like the local engine,
so the pipeline stores them through the same `write_batch`. A cluster runs exactly the code
the local process pool runs, so the results are the same.

The hand-over columns are `batch`, `position`, `article_id`, `n_tokens`, `n_sents` and
`processed`: the `ProcessedArticle` as JSON (`handover.dumps`), which rebuilds every field
exactly from the declared types. The staged input is a JSON list of `Article`s per batch.
Both folders live in a temporary folder next to the database, removed
after the run unless `keep_dir` names a folder to keep them in.

Ray is an optional extra (`pip install 'newsgraph[ray]'`, which brings pandas for Ray Data);
it is imported only here.
"""

from __future__ import annotations

import heapq
import logging
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Generic, TypeVar

from ..errors import ConfigError
from ..types import Article, ProcessedArticle
from .handover import dumps, loads
from .local import prepare_worker, process_batch

__all__ = ["RayEngine", "ray_available", "INSTALL_HINT"]

T = TypeVar("T")

INSTALL_HINT = (
    "the Ray engine needs Ray: pip install 'newsgraph[ray]' (or use --engine local, the default)"
)

# Batches per staged input file: small files give Ray Data blocks of a few batches each, so
# no read task holds a large part of the corpus at once.
BATCHES_PER_FILE = 8


def ray_available() -> bool:
    """True when `import ray` and Ray Data's pandas dependency both import."""
    try:
        import pandas  # noqa: F401
        import ray  # noqa: F401
    except ImportError:
        return False
    return True


class _ParseBatches:
    """The `map_batches` actor: one loaded model, many batches (one input row = one batch)."""

    def __init__(self, model_name: str) -> None:
        self.model_name = model_name
        prepare_worker(model_name)

    def __call__(self, rows: Any) -> Any:
        import pyarrow as pa

        out: dict[str, list[Any]] = {
            "batch": [],
            "position": [],
            "article_id": [],
            "n_tokens": [],
            "n_sents": [],
            "processed": [],
        }
        batches = rows.column("batch").to_pylist()
        staged = rows.column("articles").to_pylist()
        for batch, text in zip(batches, staged, strict=True):
            articles = loads(list[Article], text)
            for position, done in enumerate(process_batch(articles, self.model_name)):
                out["batch"].append(batch)
                out["position"].append(position)
                out["article_id"].append(done.article.id)
                out["n_tokens"].append(done.n_tokens)
                out["n_sents"].append(done.n_sents)
                out["processed"].append(dumps(done))
        return pa.table(out, schema=_output_schema())


def _output_schema() -> Any:
    import pyarrow as pa

    return pa.schema(
        [
            ("batch", pa.int64()),
            ("position", pa.int64()),
            ("article_id", pa.string()),
            ("n_tokens", pa.int64()),
            ("n_sents", pa.int64()),
            ("processed", pa.string()),
        ]
    )


class RayEngine(Generic[T]):
    """Runs `process_batch` as a Ray Data `map_batches` stage; same interface as `LocalEngine`.

    With no `address`, a local Ray is started with `processes` CPUs (and shut down on exit);
    with an address (`auto`, `ray://host:10001`, `host:6379`) the engine joins that cluster.
    `processes` 0 starts one actor per CPU Ray has (on a cluster: all of its CPUs).
    `workdir` is where the temporary Parquet folder goes (default: the system's temporary
    folder); `keep_dir`, when set, is used instead and kept after the run.
    """

    def __init__(
        self,
        model_name: str,
        processes: int = 1,
        address: str = "",
        workdir: str = "",
        keep_dir: str = "",
    ) -> None:
        self.model_name = model_name
        self.processes = max(0, processes)  # 0: one actor per CPU of the cluster
        self.address = address
        self.workdir = workdir
        self.keep_dir = keep_dir
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
        # Ray Data logs every execution plan at INFO; a run prints its own summary.
        logging.getLogger("ray.data").setLevel(logging.WARNING)
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

        Every batch is staged first, then Ray Data processes them all, then the results are
        read back: the contexts (and one count per batch) are all the driver keeps meanwhile.
        """
        if self._ray is None:
            raise RuntimeError("RayEngine is used outside its `with` block")
        folder = self._folder()
        try:
            contexts: list[T] = []
            sizes: list[int] = []
            staged = _stage(batches, folder / "articles", contexts, sizes)
            if staged:
                self._process(folder / "articles", folder / "processed", blocks=staged)
                rows = _read_back(folder / "processed")
            else:
                rows = iter(())
            yield from _in_order(rows, contexts, sizes)
        finally:
            if not self.keep_dir:
                shutil.rmtree(folder, ignore_errors=True)

    def _folder(self) -> Path:
        if self.keep_dir:
            base = Path(self.keep_dir)
            base.mkdir(parents=True, exist_ok=True)
            return Path(tempfile.mkdtemp(prefix="ray-run-", dir=base))
        return Path(tempfile.mkdtemp(prefix=".newsgraph-ray-", dir=self.workdir or None))

    def _process(self, source: Path, target: Path, blocks: int) -> None:
        ray = self._ray
        context = ray.data.DataContext.get_current()
        saved = (context.execution_options.preserve_order, context.enable_progress_bars)
        # In order: the driver then reads the output back with almost nothing to buffer.
        context.execution_options.preserve_order = True
        context.enable_progress_bars = False
        try:
            # Reading and writing are I/O: with no CPU reserved they never wait behind the
            # actors, which take every CPU the engine was given.
            dataset = ray.data.read_parquet(
                str(source),
                ray_remote_args={"num_cpus": 0},
                # A block per batch: the actors then share the batches one by one, not a
                # file of them each.
                override_num_blocks=blocks,
            )
            dataset = dataset.map_batches(
                _ParseBatches,
                fn_constructor_args=(self.model_name,),
                batch_size=1,  # one row is one article batch, parsed together as locally
                batch_format="pyarrow",
                compute=ray.data.ActorPoolStrategy(size=self._actors),
                num_cpus=1,
            )
            dataset.write_parquet(str(target), ray_remote_args={"num_cpus": 0})
        finally:
            context.execution_options.preserve_order, context.enable_progress_bars = saved


def _stage(
    batches: Iterable[tuple[Sequence[Article], T]],
    folder: Path,
    contexts: list[T],
    sizes: list[int],
) -> int:
    """Write the non-empty batches as Parquet files; return how many were staged."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder.mkdir(parents=True)
    schema = pa.schema([("batch", pa.int64()), ("articles", pa.string())])
    pending: list[tuple[int, str]] = []
    files = 0
    staged = 0

    def flush() -> None:
        nonlocal files
        table = pa.table(
            {"batch": [b for b, _ in pending], "articles": [a for _, a in pending]}, schema=schema
        )
        pq.write_table(table, folder / f"part-{files:06d}.parquet", row_group_size=1)
        files += 1
        pending.clear()

    for articles, context in batches:
        contexts.append(context)
        sizes.append(len(articles))
        if articles:
            pending.append((len(sizes) - 1, dumps(list(articles))))
            staged += 1
        if len(pending) >= BATCHES_PER_FILE:
            flush()
    if pending:
        flush()
    return staged


def _read_back(folder: Path) -> Iterator[tuple[int, int, ProcessedArticle]]:
    """(batch, position, article) from every output file, merged by (batch, position).

    Ray Data writes the files in input order (`preserve_order`), but their names do not say
    that order, so the files are sorted by their first batch (from the Parquet statistics)
    and merged; a file is opened only once the merge reaches its first batch, and is read a
    row group at a time, so the driver holds a row group or two, not the dataset.
    """
    import pyarrow.parquet as pq

    def first_batch(path: Path) -> int:
        meta = pq.ParquetFile(path).metadata
        lows = []
        for group in range(meta.num_row_groups):
            stats = meta.row_group(group).column(0).statistics  # column 0 is `batch`
            if stats is None or not stats.has_min_max:
                lows.append(pq.read_table(path, columns=["batch"]).column(0)[0].as_py())
                break
            lows.append(stats.min)
        return min(lows) if lows else -1

    def rows(path: Path) -> Iterator[tuple[int, int, ProcessedArticle]]:
        with pq.ParquetFile(path) as parquet:
            for group in range(parquet.num_row_groups):
                table = parquet.read_row_group(group, columns=["batch", "position", "processed"])
                batches = table.column("batch").to_pylist()
                positions = table.column("position").to_pylist()
                texts = table.column("processed").to_pylist()
                del table
                for batch, position, text in zip(batches, positions, texts, strict=True):
                    yield batch, position, loads(ProcessedArticle, text)

    starts = sorted((first_batch(path), path) for path in folder.rglob("*.parquet"))
    starts.reverse()  # popped from the end: smallest first batch first
    heap: list[tuple[int, int, int, ProcessedArticle, Iterator[Any]]] = []
    opened = 0
    while starts or heap:
        # Open every file that may hold a row before the smallest one in hand.
        while starts and (not heap or starts[-1][0] <= heap[0][0]):
            source = rows(starts.pop()[1])
            for batch, position, article in source:
                heapq.heappush(heap, (batch, position, opened, article, source))
                break
            opened += 1
        if not heap:
            continue
        batch, position, order, article, source = heapq.heappop(heap)
        yield batch, position, article
        for batch, position, article in source:
            heapq.heappush(heap, (batch, position, order, article, source))
            break


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
