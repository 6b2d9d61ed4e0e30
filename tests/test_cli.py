"""The command line: help, exit codes, summaries, search and export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app

from .helpers import crisis_paragraph, write_jsonl

runner = CliRunner()

COMMANDS = ["run", "ingest", "stats", "search", "export"]


def invoke(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input)


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_every_command_has_help(command):
    result = invoke(command, "--help")
    assert result.exit_code == 0
    assert "Usage" in result.output and "--db" in result.output


def test_cli_without_arguments_lists_the_commands():
    result = invoke()
    assert all(command in result.output for command in COMMANDS)


def test_cli_missing_path_is_an_error_that_names_it(tmp_path, db_path):
    result = invoke("ingest", str(tmp_path / "nowhere"), "--db", str(db_path))
    assert result.exit_code == 1
    assert "nowhere" in result.output


@pytest.fixture
def mixed_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    write_jsonl(folder / "news.jsonl", 3)
    (folder / "empty.txt").write_bytes(b"")
    return folder


def test_cli_ingest_succeeds_with_rejected_files_and_lists_them(mixed_folder, db_path):
    result = invoke("ingest", str(mixed_folder), "--db", str(db_path))
    assert result.exit_code == 0, result.output
    assert "3 new articles" in result.output
    assert "Rejected (1)" in result.output and "empty.txt" in result.output


def test_cli_prints_the_first_rejects_and_counts_the_rest(tmp_path, db_path):
    from newsgraph.cli import REJECTS_SHOWN

    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(REJECTS_SHOWN + 7):
        (folder / f"empty{n:03}.txt").write_bytes(b"")
    write_jsonl(folder / "news.jsonl", 1)
    result = invoke("ingest", str(folder), "--db", str(db_path))
    assert result.exit_code == 0, result.output
    assert f"Rejected ({REJECTS_SHOWN + 7})" in result.output
    assert "empty000.txt" in result.output and f"empty{REJECTS_SHOWN + 6}.txt" not in result.output
    assert "... and 7 more; all are in the rejects table" in result.output
    stats = invoke("stats", "--db", str(db_path))
    assert "... and 7 more" in stats.output


def test_cli_strict_fails_on_any_rejected_file(mixed_folder, db_path):
    result = invoke("ingest", str(mixed_folder), "--db", str(db_path), "--strict")
    assert result.exit_code == 1


def test_cli_nothing_readable_exits_2(tmp_path, db_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = invoke("ingest", str(tmp_path), "--db", str(db_path))
    assert result.exit_code == 2


def test_cli_reads_one_article_from_stdin(db_path):
    text = f"Title: From a pipe\nSource: Capital Wire\n\n{crisis_paragraph(1)}\n"
    result = invoke("ingest", "-", "--db", str(db_path), input=text)
    assert result.exit_code == 0, result.output
    assert "1 new article stored" in result.output


@pytest.fixture
def filled_db(mixed_folder, db_path) -> Path:
    assert invoke("ingest", str(mixed_folder), "--db", str(db_path)).exit_code == 0
    return db_path


def test_cli_stats_reports_articles_outlets_and_rejects(filled_db):
    result = invoke("stats", "--db", str(filled_db), "--json")
    assert result.exit_code == 0, result.output
    stats = json.loads(result.output)
    assert stats["n_articles"] == 3 and stats["n_outlets"] == 1 and stats["n_rejects"] == 1


@pytest.mark.parametrize(
    "query",
    [
        "Lavrov",
        '"Secretary General"',
        "Lavrov AND NOT Blinken",
        'unbalanced "quote',
        "'); DROP TABLE articles; --",
        "AND OR NOT",
        "*",
    ],
)
def test_cli_search_takes_any_query_without_error(filled_db, query):
    result = invoke("search", query, "--db", str(filled_db))
    assert result.exit_code == 0, result.output
    assert invoke("stats", "--db", str(filled_db)).exit_code == 0, "the table is still there"


def test_cli_search_finds_the_matching_articles(filled_db):
    result = invoke("search", "Stoltenberg", "--db", str(filled_db), "--json")
    hits = [json.loads(line) for line in result.output.splitlines() if line.strip()]
    assert len(hits) == 3 and all(h["outlet"] == "Meridian Post" for h in hits)


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_cli_export_writes_a_file_other_tools_open(filled_db, tmp_path, fmt):
    out = tmp_path / f"articles.{fmt}"
    result = invoke(
        "export", "articles", "--format", fmt, "--out", str(out), "--db", str(filled_db)
    )
    assert result.exit_code == 0, result.output
    import pyarrow.csv
    import pyarrow.json
    import pyarrow.parquet

    reader = {
        "csv": pyarrow.csv.read_csv,
        "jsonl": pyarrow.json.read_json,
        "parquet": pyarrow.parquet.read_table,
    }[fmt]
    table = reader(out)
    assert table.num_rows == 3 and "title" in table.column_names


def test_cli_export_unknown_table_says_which_exist(filled_db):
    result = invoke("export", "nope", "--format", "csv", "--db", str(filled_db))
    assert result.exit_code == 1 and "articles" in result.output


def test_cli_stats_on_a_missing_database_says_how_to_create_it(tmp_path):
    result = invoke("stats", "--db", str(tmp_path / "none.db"))
    assert result.exit_code == 1 and "newsgraph run" in result.output


def test_cli_export_into_a_closed_pipe_ends_quietly(tmp_path):
    import subprocess
    import sys

    from newsgraph.store import Store
    from newsgraph.types import Article

    db = tmp_path / "big.db"
    with Store.open(db) as store:  # far more than a pipe buffer holds
        store.add_articles(
            [Article(id=f"a{i}", text=f"{crisis_paragraph(i)} " * 20) for i in range(300)]
        )
    command = [sys.executable, "-m", "newsgraph", "export", "articles", "--db", str(db)]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
        assert proc.stdout.read(100)
        proc.stdout.close()  # like `| head -c 100`
        stderr = proc.stderr.read().decode()
        proc.wait(timeout=60)
    assert proc.returncode == 0, stderr
    assert "Broken pipe" not in stderr and "Error" not in stderr


def test_story_counts_name_no_outlet_rather_than_zero_outlets():
    from newsgraph.cli import _source_counts

    assert _source_counts({"n_articles": 1, "n_outlets": 0, "n_sources": 1}) == (
        "1 article, no outlet named, 1 independent"
    )
    assert _source_counts({"n_articles": 3, "n_outlets": 2, "n_sources": 2}) == (
        "3 articles, 2 outlets, 2 independent"
    )


def test_story_shows_an_article_without_headline_or_outlet_by_its_opening_words():
    from newsgraph.cli import _article_heading
    from newsgraph.stories.view import OPENING_CHARS

    titled = {"outlet": "Harbor Times", "title": "Talks end", "opening": None}
    assert _article_heading(titled) == "Harbor Times: Talks end"
    text = "Biden said on December 8 that troops would not go " * 5
    note = {"outlet": None, "title": "", "opening": text[:OPENING_CHARS]}  # as the store cuts it
    heading = _article_heading(note)
    assert heading.startswith("(no outlet named), no headline: Biden said on December 8 that")
    shown = heading.removeprefix("(no outlet named), no headline: ")
    assert shown.endswith("...") and text.startswith(shown[:-3] + " ")  # cut at a word
    empty = {"outlet": "Harbor Times", "title": None, "opening": ""}
    assert _article_heading(empty) == "Harbor Times, no headline"


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_ctrl_c_swallowed_where_python_ignores_it_still_stops_at_the_next_check():
    import signal

    from newsgraph.cli import _interruptible

    class Finalized:
        def __del__(self):  # Python prints "Exception ignored in ..." and goes on
            signal.raise_signal(signal.SIGINT)

    before = signal.signal(signal.SIGINT, signal.default_int_handler)  # as Python starts
    mask = signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    with _interruptible() as check:
        check()  # nothing pressed yet
        Finalized()  # the KeyboardInterrupt dies in the finalizer...
        with pytest.raises(KeyboardInterrupt):
            check()  # ...and is raised again at the next batch
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # put back
    signal.signal(signal.SIGINT, before)
    signal.pthread_sigmask(signal.SIG_SETMASK, mask)
