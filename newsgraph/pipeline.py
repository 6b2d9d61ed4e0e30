"""Runs the stages end to end: ingest → nlp → extract → store.

`run` streams articles from the inputs in batches; each batch is checked against the store
(articles already processed are skipped, so a run that was interrupted resumes where it
stopped), parsed and extracted by an engine, and written in one transaction together with
the rejects met on the way. Nothing is half-written: a batch is stored whole or not at all.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from .config import Settings
from .engines import make_engine
from .errors import ConfigError
from .ingest import read_paths
from .nlp import resolve_model_name
from .store import Store
from .stories import update_stories
from .types import Article, Reject

__all__ = ["RunSummary", "ProgressCallback", "run", "ingest"]

log = logging.getLogger(__name__)

# Called after every stored batch with (input files started, articles read, articles stored).
ProgressCallback = Callable[[int, int, int], None]


@dataclass
class RunSummary:
    """What a run did, for the CLI summary and the `runs` table."""

    command: str
    db: str
    model: str = ""
    files: int = 0
    read: int = 0  # articles read from the inputs (duplicates included)
    new: int = 0  # articles stored (and processed, for `run`) by this run
    already_stored: int = 0  # skipped: stored by an earlier run
    reprocessed: int = 0  # stored by an earlier run with older extractor versions, redone now
    duplicates: int = 0  # skipped: the same text met again in this run's inputs
    resumed: int = 0  # articles stored by `ingest` earlier and processed by this run
    tokens: int = 0
    rejected: list[Reject] = field(default_factory=list)  # inputs not stored
    warnings: list[Reject] = field(default_factory=list)  # stored, with a problem noted
    seconds: float = 0.0
    status: str = "running"

    @property
    def nothing_read(self) -> bool:
        """True when no article at all could be read from the inputs."""
        return self.read == 0 and self.resumed == 0

    def counts(self) -> dict[str, int]:
        return {
            "files": self.files,
            "read": self.read,
            "new": self.new,
            "already_stored": self.already_stored,
            "reprocessed": self.reprocessed,
            "duplicates": self.duplicates,
            "resumed": self.resumed,
            "tokens": self.tokens,
            "rejected": len(self.rejected),
            "warnings": len(self.warnings),
        }


@dataclass
class _Batch:
    articles: list[Article] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _batches(
    items: Iterable[Article | Reject], store: Store, settings: Settings, summary: RunSummary
) -> Iterator[_Batch]:
    """Group input items into batches of new articles plus the rejects met on the way.

    Articles the store already has are dropped here, unless their stored rows were made by
    other extractor versions than this run's (those are processed again, their rows
    replaced); the same article met twice in this run's inputs is recorded once as a
    duplicate (kept: the first copy is stored).
    """
    from .extract import extractors_for

    extractors = extractors_for(settings.embeddings)
    first_source: dict[str, tuple[str, int | None]] = {}
    last_path = None
    pending = _Batch()

    def settle(batch: _Batch) -> _Batch:
        ids = [a.id for a in batch.articles]
        known = store.stored_ids(ids) if ids else set()
        stale = store.stale_ids(ids, extractors) if known else set()
        fresh = []
        for article in batch.articles:
            if article.id not in known or article.id in stale:
                summary.reprocessed += article.id in stale
                fresh.append(article)
                continue
            summary.already_stored += 1
            stored_at = store.source_of(article.id)
            here = (article.source_path, article.source_line)
            if stored_at is not None and stored_at != here:
                batch.rejects.append(_duplicate(article, stored_at, "already stored"))
        batch.articles = fresh
        return batch

    for item in items:
        path = item.source_path if isinstance(item, Article) else item.path
        if path != last_path:
            summary.files += 1
            last_path = path
        if isinstance(item, Reject):
            pending.rejects.append(item)
            (summary.warnings if item.kept else summary.rejected).append(item)
        else:
            summary.read += 1
            seen = first_source.get(item.id)
            if seen is not None:
                summary.duplicates += 1
                dup = _duplicate(item, seen, "read earlier in this run")
                pending.rejects.append(dup)
                summary.warnings.append(dup)
                continue
            first_source[item.id] = (item.source_path, item.source_line)
            pending.articles.append(item)
        if len(pending.articles) >= settings.batch_size or len(pending.rejects) >= 1000:
            yield settle(pending)
            pending = _Batch()
    if pending.articles or pending.rejects:
        yield settle(pending)


def _where(path: str, line: int | None) -> str:
    return f"{path}:{line}" if line is not None else path


def _duplicate(article: Article, first: tuple[str, int | None], when: str) -> Reject:
    return Reject(
        path=article.source_path,
        line=article.source_line,
        reason=(
            f"duplicate of article {article.id} ({when} from {_where(*first)}); not stored again"
        ),
        kept=True,
    )


def _start(store: Store, summary: RunSummary, settings: Settings, paths: Sequence[str]) -> int:
    recorded = {k: v for k, v in asdict(settings).items()}
    return store.start_run(summary.command, recorded, [str(p) for p in paths], _now())


def run(
    paths: Sequence[str | Path],
    settings: Settings,
    *,
    field_map: Mapping[str, str] | None = None,
    progress: ProgressCallback | None = None,
) -> RunSummary:
    """Ingest, parse, extract and store everything under `paths`; resumable."""
    started = time.perf_counter()
    model = resolve_model_name(settings.model)
    summary = RunSummary(command="run", db=settings.db, model=model)
    with Store.open(settings.db) as store:
        run_id = _start(store, summary, settings, [str(p) for p in paths])
        try:
            items = read_paths(list(paths), settings, field_map)
            # processes 0: every core here (local) or every CPU of the Ray cluster (ray)
            engine_for = make_engine(
                settings.engine,
                model,
                settings.processes,
                settings.ray_address,
                workdir=_handover_folder(settings.db),
                keep_parquet=settings.ray_parquet,
                lexicon_files=_checked_lexicon_files(settings),
                extractors=_extractors(settings),
            )
            with engine_for as engine:
                # The context carries the rejects only: an engine may hold every context of
                # a run at once (Ray stages all batches before processing them).
                batches = (
                    (b.articles, _Batch(rejects=b.rejects))
                    for b in _batches(items, store, settings, summary)
                )
                _store_results(engine.map(batches), store, summary, progress)
                # Articles stored by `newsgraph ingest` and never parsed are processed now.
                leftovers = (
                    (articles, _Batch()) for articles in store.iter_unprocessed(settings.batch_size)
                )
                before = summary.new
                _store_results(engine.map(leftovers), store, summary, progress)
                summary.resumed = summary.new - before
            _after_batches(store, summary)
            summary.status = "ok"
        except KeyboardInterrupt:
            summary.status = "interrupted"
            raise
        finally:
            summary.seconds = time.perf_counter() - started
            if summary.status == "running":
                summary.status = "failed"
            store.finish_run(run_id, summary.status, summary.counts(), _now())
    return summary


def _handover_folder(db: str) -> str:
    """`<db>.ray-parts`, where the Ray engine's Parquet hand-over goes ('' for no db file)."""
    if db == ":memory:" or db.startswith("file:"):
        return ""
    return f"{Path(db).resolve()}.ray-parts"


def _extractors(settings: Settings) -> tuple[str, ...]:
    """The extractor list of the run; with `embeddings`, fail now (with the install hint)
    when the extra is missing, not in every worker."""
    from .extract import extractors_for

    if settings.embeddings:
        from .embeddings import require

        require()
    return extractors_for(settings.embeddings)


def _checked_lexicon_files(settings: Settings) -> tuple[tuple[str, str], ...]:
    """The user dictionaries, read once here so a missing or unreadable file stops the run
    before any work, with its name, rather than in every worker."""
    files = settings.lexicon_files
    if files:
        from .extract.actors import actor_dictionary
        from .lexicons import Lexicons

        for name, path in files:
            if not Path(path).is_file():
                option = "--actors" if name.endswith("actors.txt") else "--agents"
                raise ConfigError(f"the {option} dictionary {path} does not exist")
        try:
            actor_dictionary(Lexicons.load(**{name: Path(path) for name, path in files}))
        except (OSError, UnicodeDecodeError, ValueError) as error:
            paths = ", ".join(path for _, path in files)
            raise ConfigError(f"could not read the user dictionaries ({paths}): {error}") from error
    return files


def _store_results(
    results: Iterable[tuple[list, _Batch]],
    store: Store,
    summary: RunSummary,
    progress: ProgressCallback | None,
) -> None:
    for processed, batch in results:
        summary.new += store.write_batch(processed, batch.rejects)
        summary.tokens += sum(p.n_tokens for p in processed)
        if progress is not None:
            progress(summary.files, summary.read, summary.new)


def _after_batches(store: Store, summary: RunSummary) -> None:
    """Steps over the stored tables once every batch of a run is in.

    Every engine ends here: the local pool and Ray both hand their results to
    `_store_results` (the same `write_batch`), then this runs once on the driver. Steps that
    need the whole corpus rather than one article (stories and reconciliation, issue 6) are
    called from here, so they cover every engine and every incremental run (`watch`).
    """
    # New articles join existing stories online, in publication order.
    update_stories(store)


def ingest(
    paths: Sequence[str | Path],
    settings: Settings,
    *,
    field_map: Mapping[str, str] | None = None,
    progress: ProgressCallback | None = None,
) -> RunSummary:
    """Read and store articles without parsing them; `run` parses them later."""
    started = time.perf_counter()
    summary = RunSummary(command="ingest", db=settings.db)
    with Store.open(settings.db) as store:
        run_id = _start(store, summary, settings, [str(p) for p in paths])
        try:
            items = read_paths(list(paths), settings, field_map)
            for batch in _batches(items, store, settings, summary):
                summary.new += store.add_articles(batch.articles, batch.rejects)
                if progress is not None:
                    progress(summary.files, summary.read, summary.new)
            summary.status = "ok"
        except KeyboardInterrupt:
            summary.status = "interrupted"
            raise
        finally:
            summary.seconds = time.perf_counter() - started
            if summary.status == "running":
                summary.status = "failed"
            store.finish_run(run_id, summary.status, summary.counts(), _now())
    return summary
