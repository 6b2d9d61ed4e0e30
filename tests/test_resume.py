"""A run killed mid-way keeps every finished batch whole and resumes where it stopped.

The test really kills the process (SIGKILL, no cleanup handlers) once some batches are
committed, checks the database for half-written batches, then runs again.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .helpers import write_jsonl

pytestmark = pytest.mark.model

N_ARTICLES = 240
BATCH = 8


def _newsgraph(*args: str) -> list[str]:
    return [sys.executable, "-m", "newsgraph.cli", *args]


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    # A plain connection, not `mode=ro`: a read-only one cannot always open a WAL database
    # that another process is writing (it may need to create the -shm index), and a poll that
    # kept failing would miss the whole run and send its signal after the run had ended.
    conn = sqlite3.connect(db, timeout=5)
    try:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError as err:
        if "no such table" in str(err):
            return 0  # schema not created yet
        raise
    finally:
        conn.close()


def _ctrl_c_as_a_terminal_sends_it() -> None:
    """In the child, before exec: SIGINT handled by default and not blocked, as from a
    terminal. Both are inherited, and a suite started as a background job of a
    non-interactive shell ignores SIGINT: the run then ignored Ctrl-C and finished with exit
    code 0 (the flake of earlier sessions), which says nothing about `newsgraph run`."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _run_and_kill(source: Path, db: Path, signum: int) -> int:
    proc = subprocess.Popen(
        _newsgraph(
            "run",
            str(source),
            "--db",
            str(db),
            "--processes",
            "1",
            "--batch-size",
            str(BATCH),
            "--quiet",
        ),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        preexec_fn=_ctrl_c_as_a_terminal_sends_it,
    )
    deadline = time.monotonic() + 120
    try:
        while _stored(db) < 3 * BATCH:
            assert proc.poll() is None, proc.stderr.read().decode()
            assert time.monotonic() < deadline, "run made no progress"
            time.sleep(0.05)
        os.kill(proc.pid, signum)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    return proc.returncode


@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGINT], ids=["kill-9", "ctrl-c"])
def test_resume_after_the_process_is_stopped_mid_run(tmp_path, signum):
    source = write_jsonl(tmp_path / "stream.jsonl", N_ARTICLES)
    db = tmp_path / "run.db"
    returncode = _run_and_kill(source, db, signum)
    if signum == signal.SIGINT:
        assert returncode == 130, "Ctrl-C exits 130 after saying how to resume"

    stored = _stored(db)
    assert 0 < stored < N_ARTICLES, "the kill must land mid-run for this test to mean anything"
    assert stored % BATCH == 0, "a batch is stored whole or not at all"
    with sqlite3.connect(db) as conn:
        unparsed = conn.execute("SELECT count(*) FROM articles WHERE processed = 0").fetchone()[0]
        orphans = conn.execute(
            "SELECT count(*) FROM articles a WHERE NOT EXISTS "
            "(SELECT 1 FROM mentions m WHERE m.article_id = a.id)"
        ).fetchone()[0]
    assert unparsed == 0 and orphans == 0, "no article is stored without its extractions"

    done = subprocess.run(
        _newsgraph("run", str(source), "--db", str(db), "--processes", "1", "--quiet"),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert f"{N_ARTICLES - stored} new articles" in done.stdout
    assert _stored(db) == N_ARTICLES
