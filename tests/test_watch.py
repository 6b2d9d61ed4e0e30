"""`watch`: files arriving in a folder are processed once settled; only new articles are read."""

from __future__ import annotations

import threading
import time

import pytest

from newsgraph.config import Settings
from newsgraph.watch import snapshot, watch

from .helpers import write_jsonl


def test_watch_snapshot_skips_the_database_and_hidden_files(tmp_path):
    db = tmp_path / "news.db"
    db.write_bytes(b"x")
    (tmp_path / ".partial.jsonl").write_text("{}\n")
    write_jsonl(tmp_path / "a.jsonl", 1)
    assert list(snapshot(tmp_path, Settings(db=str(db)))) == [tmp_path / "a.jsonl"]


def test_watch_stops_on_timeout_without_a_run_when_the_folder_is_empty(tmp_path):
    started = time.monotonic()
    runs = watch(tmp_path, Settings(db=str(tmp_path / "x.db")), interval=0.05, timeout=0.3)
    assert runs == []
    assert time.monotonic() - started < 5


def test_watch_stop_event_ends_the_loop_promptly(tmp_path):
    stop = threading.Event()
    timer = threading.Timer(0.2, stop.set)
    timer.start()
    started = time.monotonic()
    watch(tmp_path, Settings(db=str(tmp_path / "x.db")), interval=30, stop=stop)
    assert time.monotonic() - started < 5, "a long interval must not delay the stop"


@pytest.fixture
def inbox(tmp_path):
    """A watched folder holding one file of three articles."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    write_jsonl(folder / "a.jsonl", 3)
    return folder


@pytest.mark.model
def test_watch_reads_only_the_files_that_arrived_since_its_last_run(tmp_path, inbox):
    settings = Settings(db=str(tmp_path / "news.db"), processes=1)

    def drop_second_file(summary) -> None:
        if summary.new == 3:  # after the first run, a new file arrives
            write_jsonl(inbox / "b.jsonl", 2, start=10)

    runs = watch(inbox, settings, interval=0.05, max_runs=2, timeout=60, on_run=drop_second_file)
    assert [(s.read, s.new, s.already_stored) for s in runs] == [(3, 3, 0), (2, 2, 0)]


@pytest.mark.model
def test_watch_restarted_parses_only_new_articles(tmp_path, inbox):
    settings = Settings(db=str(tmp_path / "news.db"), processes=1)
    watch(inbox, settings, interval=0.05, max_runs=1, timeout=30)
    write_jsonl(inbox / "b.jsonl", 2, start=10)
    again = watch(inbox, settings, interval=0.05, max_runs=1, timeout=30)
    # A new watch reads a.jsonl once more, but its articles are in the store: not parsed.
    assert [(s.new, s.already_stored) for s in again] == [(2, 3)]
