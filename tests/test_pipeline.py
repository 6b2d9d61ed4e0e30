"""The pipeline end to end on small inputs: stored, idempotent, resumable, parallel."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newsgraph.config import Settings
from newsgraph.engines.local import LocalEngine, process_batch
from newsgraph.nlp import resolve_model_name
from newsgraph.pipeline import ingest, run
from newsgraph.store import Store
from newsgraph.types import Article, article_id

from .helpers import crisis_paragraph, write_jsonl

pytestmark = pytest.mark.model


def _settings(db: Path, **kw) -> Settings:
    return Settings(db=str(db), processes=kw.pop("processes", 1), **kw)


def _count(db: Path, sql: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchone()[0]


def test_pipeline_run_stores_articles_with_their_entity_mentions(tmp_path, db_path):
    source = write_jsonl(tmp_path / "news.jsonl", 5)
    summary = run([source], _settings(db_path))
    assert (summary.read, summary.new, summary.status) == (5, 5, "ok")
    assert summary.tokens > 0
    with Store.open(db_path, readonly=True) as store:
        stats = store.stats()
    assert stats.n_articles == stats.n_processed == 5
    assert stats.table_counts["mentions"] > 0
    assert _count(db_path, "SELECT count(*) FROM mentions WHERE text = 'Sergei Lavrov'") == 5


def test_pipeline_rerun_on_the_same_inputs_adds_nothing(tmp_path, db_path):
    source = write_jsonl(tmp_path / "news.jsonl", 4)
    run([source], _settings(db_path))
    rows_before = _count(db_path, "SELECT count(*) FROM mentions")
    again = run([source], _settings(db_path))
    assert (again.new, again.already_stored) == (0, 4)
    assert _count(db_path, "SELECT count(*) FROM articles") == 4
    assert _count(db_path, "SELECT count(*) FROM mentions") == rows_before
    assert _count(db_path, "SELECT count(*) FROM rejects") == 0


def test_pipeline_same_article_in_two_formats_is_stored_once_and_noted(tmp_path, db_path):
    text = crisis_paragraph(7)
    (tmp_path / "a.txt").write_text(
        f"Title: Dispatch\nSource: Harbor Times\n\n{text}\n", encoding="utf-8"
    )
    write_jsonl(tmp_path / "b.jsonl", 1, start=7)
    summary = run([tmp_path], _settings(db_path))
    assert (summary.read, summary.new, summary.duplicates) == (2, 1, 1)
    assert "duplicate of article" in summary.warnings[0].reason
    assert _count(db_path, "SELECT count(*) FROM articles") == 1


def test_pipeline_bad_files_are_recorded_and_the_run_goes_on(tmp_path, db_path):
    write_jsonl(tmp_path / "good.jsonl", 2)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    summary = run([tmp_path], _settings(db_path))
    assert summary.new == 2
    assert sorted(Path(r.path).name for r in summary.rejected) == ["empty.txt", "image.txt"]
    assert _count(db_path, "SELECT count(*) FROM rejects") == 2
    run([tmp_path], _settings(db_path))
    assert _count(db_path, "SELECT count(*) FROM rejects") == 2, "rejects are not repeated"


def test_pipeline_articles_from_ingest_are_parsed_by_the_next_run(tmp_path, db_path):
    source = write_jsonl(tmp_path / "news.jsonl", 3)
    first = ingest([source], _settings(db_path))
    assert first.new == 3
    assert _count(db_path, "SELECT count(*) FROM articles WHERE processed = 0") == 3
    second = run([source], _settings(db_path))
    assert (second.new, second.resumed) == (3, 3)
    assert _count(db_path, "SELECT count(*) FROM articles WHERE processed = 0") == 0


def test_pipeline_two_processes_store_what_one_process_stores(tmp_path):
    source = write_jsonl(tmp_path / "news.jsonl", 12)
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    run([source], _settings(one, batch_size=4))
    run([source], _settings(two, batch_size=4, processes=2))
    query = "SELECT article_id, start, end, text, label FROM mentions ORDER BY 1, 2, 3"
    with sqlite3.connect(one) as a, sqlite3.connect(two) as b:
        assert a.execute(query).fetchall() == b.execute(query).fetchall()
        ids = "SELECT id, title, n_tokens FROM articles ORDER BY id"
        assert a.execute(ids).fetchall() == b.execute(ids).fetchall()


def test_engine_pool_returns_batches_in_input_order_with_their_context():
    articles = [
        Article(id=article_id(crisis_paragraph(i)), text=crisis_paragraph(i)) for i in range(6)
    ]
    batches = [(articles[i : i + 2], f"batch-{i // 2}") for i in range(0, 6, 2)]
    with LocalEngine[str](resolve_model_name(""), processes=2) as engine:
        results = list(engine.map(batches))
    assert [context for _, context in results] == ["batch-0", "batch-1", "batch-2"]
    assert [p.article.id for processed, _ in results for p in processed] == [a.id for a in articles]
    in_process = [process_batch(list(a), resolve_model_name("")) for a, _ in batches]
    assert [processed for processed, _ in results] == in_process


def test_engine_process_batch_counts_tokens_and_sentences():
    text = "NATO met Russia in Brussels. Talks ended without a deal."
    (result,) = process_batch([Article(id=article_id(text), text=text)], resolve_model_name(""))
    assert result.n_sents == 2 and result.n_tokens == 12
    assert {m.text for m in result.mentions} >= {"NATO", "Russia", "Brussels"}
