"""Engines: the Ray engine gives the local engine's results; engine choice and its errors."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

import newsgraph.pipeline as pipeline
from newsgraph.cli import app
from newsgraph.config import Settings
from newsgraph.engines import make_engine
from newsgraph.engines.handover import processed_table, read_processed
from newsgraph.engines.ray import RayEngine, _in_order
from newsgraph.errors import ConfigError
from newsgraph.pipeline import run
from newsgraph.types import Article, ProcessedArticle

from .helpers import write_jsonl


def _tables(db: Path) -> dict[str, list[tuple]]:
    """Every row of every table but `runs` (which records timings), in a fixed order."""
    with sqlite3.connect(db) as conn:
        names = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if r[0] != "runs" and not r[0].startswith("sqlite_")
        ]
        return {name: sorted(map(repr, conn.execute(f'SELECT * FROM "{name}"'))) for name in names}


def test_engine_unknown_name_is_a_config_error():
    with pytest.raises(ConfigError, match="unknown engine 'spark'"):
        make_engine("spark", "m", 1)


def test_engine_address_without_ray_is_a_config_error():
    with pytest.raises(ConfigError, match="--engine ray"):
        make_engine("local", "m", 1, address="auto")


def test_engine_ray_missing_says_how_to_install_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)  # `import ray` now raises ImportError
    with pytest.raises(ConfigError, match=r"pip install 'newsgraph\[ray\]'"), RayEngine("m"):
        pass


@pytest.mark.model
def test_engine_ray_stores_exactly_what_the_local_engine_stores(tmp_path, monkeypatch):
    pytest.importorskip("ray")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write_jsonl(inbox / "first.jsonl", 6)
    # Both engines end in the same post-batch steps (stories), run once on the driver.
    after: list[str] = []
    real_after = pipeline._after_batches

    def recording(store, summary):
        after.append(engine)
        real_after(store, summary)

    monkeypatch.setattr(pipeline, "_after_batches", recording)
    kept = tmp_path / "parquet"
    for engine in ("local", "ray"):
        settings = Settings(db=str(tmp_path / f"{engine}.db"), processes=2, batch_size=2)
        settings = settings.with_options(engine=engine)
        if engine == "ray":
            settings = settings.with_options(ray_parquet=str(kept))
        summary = run([inbox], settings)
        assert (summary.new, summary.status) == (6, "ok")
    ray_db, local_db = tmp_path / "ray.db", tmp_path / "local.db"
    first = _tables(local_db)
    assert first["articles"] and first["quotes"] and first["events"] and first["stories"]
    assert _tables(ray_db) == first
    # The hand-over went through Ray Data's Parquet output: one row per stored article.
    written = pq.read_table(sorted(kept.glob("run-*/processed"))[0], columns=["article_id"])
    assert sorted(written.column("article_id").to_pylist()) == sorted(
        a for (a,) in sqlite3.connect(ray_db).execute("SELECT id FROM articles")
    )

    # Incremental: new files only, and stories updated online, the same on both engines.
    write_jsonl(inbox / "second.jsonl", 3, start=6)
    folders: list[Path] = []
    real_folder = RayEngine._folder

    def recording_folder(self):
        folders.append(real_folder(self))
        return folders[-1]

    monkeypatch.setattr(RayEngine, "_folder", recording_folder)
    # One batch per Ray Data window: the two batches go through Ray one after the other, the
    # second processed while the first is stored.
    monkeypatch.setattr("newsgraph.engines.ray.WINDOW_BATCHES_PER_ACTOR", 1)
    for engine in ("local", "ray"):
        # One worker each: the two-worker case is covered above; this keeps the test short.
        settings = Settings(db=str(tmp_path / f"{engine}.db"), processes=1, batch_size=2)
        summary = run([inbox], settings.with_options(engine=engine))
        assert (summary.new, summary.status) == (3, "ok")
    assert _tables(ray_db) == _tables(local_db) != first
    assert after == ["local", "ray", "local", "ray"]
    # Without --keep-parquet the hand-over goes next to the db and is gone after the load.
    assert len(folders) >= 2 and {f.parent for f in folders} == {
        tmp_path.resolve() / "ray.db.ray-parts"
    }
    assert not (tmp_path / "ray.db.ray-parts").exists()


def _processed(article_id: str) -> ProcessedArticle:
    return ProcessedArticle(article=Article(id=article_id, text="Words."), n_tokens=2, n_sents=1)


def _write_rows(path: Path, rows: list[tuple[int, int, str]]) -> None:
    table = processed_table((b, p, _processed(a)) for b, p, a in rows)
    pq.write_table(table, path, row_group_size=2)


def test_engine_ray_output_is_read_back_in_input_order_whatever_the_file_names(tmp_path):
    # Batch 1 had no new articles (rejects only); files are named against the input order.
    _write_rows(tmp_path / "a.parquet", [(2, 0, "c1"), (3, 0, "d1"), (3, 1, "d2")])
    _write_rows(tmp_path / "b.parquet", [(0, 0, "a1"), (0, 1, "a2"), (0, 2, "a3")])
    contexts = ["first", "rejects only", "third", "fourth"]
    batches = list(_in_order(read_processed(tmp_path), contexts, [3, 0, 1, 2]))
    assert [([p.article.id for p in done], c) for done, c in batches] == [
        (["a1", "a2", "a3"], "first"),
        ([], "rejects only"),
        (["c1"], "third"),
        (["d1", "d2"], "fourth"),
    ]


def test_engine_ray_output_missing_a_row_is_an_error(tmp_path):
    _write_rows(tmp_path / "a.parquet", [(0, 0, "a1")])
    with pytest.raises(RuntimeError, match="lacks article 1 of batch 0"):
        list(_in_order(read_processed(tmp_path), ["only"], [2]))


def test_engine_cli_run_with_ray_missing_says_how_to_install_it(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)
    source = write_jsonl(tmp_path / "news.jsonl", 1)
    result = CliRunner().invoke(
        app, ["run", str(source), "--db", str(tmp_path / "x.db"), "--engine", "ray", "-q"]
    )
    assert result.exit_code == 1
    assert "pip install 'newsgraph[ray]'" in result.output


def test_engine_cli_watch_ends_after_its_timeout(tmp_path):
    result = CliRunner().invoke(
        app,
        ["watch", str(tmp_path), "--db", str(tmp_path / "x.db"), "--interval", "0.05"]
        + ["--timeout", "0.3"],
    )
    assert result.exit_code == 0, result.output
