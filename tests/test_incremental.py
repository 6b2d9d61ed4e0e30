"""Incremental runs: a folder run again parses only the articles that arrived since."""

from __future__ import annotations

import pytest

import newsgraph.engines.local as local_engine
import newsgraph.pipeline as pipeline
from newsgraph.config import Settings
from newsgraph.pipeline import run

from .helpers import write_jsonl


@pytest.mark.model
def test_incremental_second_run_on_a_folder_parses_only_the_new_file(tmp_path, monkeypatch):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    settings = Settings(db=str(tmp_path / "news.db"), processes=1, batch_size=4)
    write_jsonl(inbox / "monday.jsonl", 3)
    run([inbox], settings)

    parsed: list[str] = []
    real_process_batch = local_engine.process_batch

    def counting(articles, model_name, **options):
        parsed.extend(a.id for a in articles)
        return real_process_batch(articles, model_name, **options)

    monkeypatch.setattr(local_engine, "process_batch", counting)
    write_jsonl(inbox / "tuesday.jsonl", 2, start=10)
    again = run([inbox], settings)
    assert (again.read, again.new, again.already_stored) == (5, 2, 3)
    assert len(parsed) == 2, "articles stored by the first run are not parsed again"


@pytest.mark.model
def test_incremental_post_batch_steps_run_once_per_run_after_the_last_batch(tmp_path, monkeypatch):
    calls: list[int] = []
    monkeypatch.setattr(
        pipeline, "_after_batches", lambda store, summary: calls.append(summary.new)
    )
    settings = Settings(db=str(tmp_path / "news.db"), processes=1, batch_size=2)
    run([write_jsonl(tmp_path / "a.jsonl", 5)], settings)
    run([write_jsonl(tmp_path / "b.jsonl", 1, start=10)], settings)
    assert calls == [5, 1], "after every batch is stored, once per run"
