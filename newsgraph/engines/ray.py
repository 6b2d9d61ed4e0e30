"""The Ray engine: the same parse-and-extract batches as the local engine, on Ray actors.

Each actor loads the spaCy model and the lexicons once and then runs `process_batch` on the
batches it is sent, so a cluster runs exactly the code the local process pool runs and the
results are the same. Batches are sent round-robin with a bounded number in flight and come
back in input order; the driver keeps reading, skipping what is stored and writing the store,
so memory on the driver does not grow with the corpus.

Ray is an optional extra (`pip install 'newsgraph[ray]'`); it is imported only here.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Generic, TypeVar

from ..errors import ConfigError
from ..types import Article, ProcessedArticle
from .local import IN_FLIGHT_PER_WORKER, prepare_worker, process_batch

__all__ = ["RayEngine", "ray_available", "INSTALL_HINT"]

T = TypeVar("T")

INSTALL_HINT = (
    "the Ray engine needs Ray: pip install 'newsgraph[ray]' (or use --engine local, the default)"
)


def ray_available() -> bool:
    """True when `import ray` works."""
    try:
        import ray  # noqa: F401
    except ImportError:
        return False
    return True


class _Parser:
    """A Ray actor: one loaded model, many batches."""

    def __init__(self, model_name: str) -> None:
        self.model_name = model_name
        prepare_worker(model_name)

    def process(self, articles: list[Article]) -> list[ProcessedArticle]:
        return process_batch(articles, self.model_name)


class RayEngine(Generic[T]):
    """Runs `process_batch` on `processes` Ray actors; same interface as `LocalEngine`.

    With no `address`, a local Ray is started with `processes` CPUs (and shut down on exit);
    with an address (`auto`, `ray://host:10001`, `host:6379`) the engine joins that cluster.
    `processes` 0 starts one actor per CPU Ray has (on a cluster: all of its CPUs).
    """

    def __init__(self, model_name: str, processes: int = 1, address: str = "") -> None:
        self.model_name = model_name
        self.processes = max(0, processes)  # 0: one actor per CPU of the cluster
        self.address = address
        self._ray: Any = None
        self._started = False
        self._actors: list[Any] = []

    def __enter__(self) -> RayEngine[T]:
        try:
            import ray
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
        actors = self.processes or max(1, int(ray.cluster_resources().get("CPU", 1)))
        actor = ray.remote(num_cpus=1)(_Parser)
        self._actors = [actor.remote(self.model_name) for _ in range(actors)]
        return self

    def __exit__(self, *exc: object) -> None:
        if self._ray is None:
            return
        for actor in self._actors:
            self._ray.kill(actor)
        self._actors = []
        if self._started:
            self._ray.shutdown()
            self._started = False

    def map(
        self, batches: Iterable[tuple[Sequence[Article], T]]
    ) -> Iterator[tuple[list[ProcessedArticle], T]]:
        """Yield (results, context) for every (articles, context), in input order."""
        ray = self._ray
        if ray is None:
            raise RuntimeError("RayEngine is used outside its `with` block")
        limit = len(self._actors) * IN_FLIGHT_PER_WORKER
        pending: deque[tuple[Any, T]] = deque()
        turn = 0
        for articles, context in batches:
            ref = None
            if articles:
                ref = self._actors[turn % len(self._actors)].process.remote(list(articles))
                turn += 1
            pending.append((ref, context))
            while len(pending) >= limit or (pending and self._ready(pending[0][0])):
                yield self._collect(pending.popleft())
        while pending:
            yield self._collect(pending.popleft())

    def _ready(self, ref: Any) -> bool:
        if ref is None:
            return True
        done, _ = self._ray.wait([ref], timeout=0)
        return bool(done)

    def _collect(self, item: tuple[Any, T]) -> tuple[list[ProcessedArticle], T]:
        ref, context = item
        return (self._ray.get(ref) if ref is not None else []), context
