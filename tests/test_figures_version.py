"""Extractor versions: a database made by an older figures extractor is brought up to date.

The store records, per article, the versioned names of the extractors that made its rows.
A run meets an article it already holds: when those names are this run's, the article is
left alone; when one differs (`figures.v2` where this newsgraph has `figures.v3`), the
article is processed again and its old rows replaced.
"""

from __future__ import annotations

import json
import sqlite3

from newsgraph.config import Settings
from newsgraph.extract import DEFAULT_EXTRACTORS
from newsgraph.pipeline import run
from newsgraph.store import Store

TEXT = (
    "Russia has massed tens of thousands of troops near the border, officials said on "
    "Monday. More than 14,000 people have been killed in the fighting since 2014."
)


def _write_corpus(tmp_path):
    path = tmp_path / "one.jsonl"
    row = {
        "id": "a1",
        "url": "https://example.com/a1",
        "title": "Troops massed",
        "outlet": "Example",
        "published": "2021-12-01",
        "text": TEXT,
    }
    path.write_text(json.dumps(row) + "\n")
    return path


def test_the_current_figures_extractor_is_figures_v3():
    assert "figures.v3" in DEFAULT_EXTRACTORS and "figures.v2" not in DEFAULT_EXTRACTORS


def test_an_article_stored_by_figures_v1_gets_its_figures_extracted_again(tmp_path):
    corpus, db = _write_corpus(tmp_path), tmp_path / "n.db"
    run([corpus], Settings(db=str(db), processes=1))
    # Make it look like a database of the previous release: old names, stale figure rows.
    old = ",".join("figures.v2" if n == "figures.v3" else n for n in DEFAULT_EXTRACTORS)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE articles SET extractors = ?", (old,))
        conn.execute("UPDATE figures SET extractor = 'figures.v2', value = -1")

    summary = run([corpus], Settings(db=str(db), processes=1))

    assert summary.already_stored == 0 and summary.new == 0 and summary.reprocessed == 1
    with sqlite3.connect(db) as conn:
        (names,) = conn.execute("SELECT extractors FROM articles").fetchone()
        rows = conn.execute("SELECT extractor, value FROM figures").fetchall()
    assert names.split(",") == list(DEFAULT_EXTRACTORS)
    assert rows and all(e == "figures.v3" and v != -1 for e, v in rows)


def test_an_article_stored_by_this_runs_extractors_is_left_alone(tmp_path):
    corpus, db = _write_corpus(tmp_path), tmp_path / "n.db"
    run([corpus], Settings(db=str(db), processes=1))
    summary = run([corpus], Settings(db=str(db), processes=1))
    assert summary.already_stored == 1 and summary.new == 0 and summary.reprocessed == 0


def test_only_a_version_change_makes_an_article_stale(tmp_path):
    corpus, db = _write_corpus(tmp_path), tmp_path / "n.db"
    run([corpus], Settings(db=str(db), processes=1))
    with_embeddings = [
        "story_features.minilm.v4" if n == "story_features.v4" else n for n in DEFAULT_EXTRACTORS
    ]
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE articles SET extractors = ?", (",".join(with_embeddings),))
        (article_id,) = conn.execute("SELECT id FROM articles").fetchone()
    with Store.open(db, readonly=True) as store:
        # A run without --embeddings keeps the stored embeddings...
        assert store.stale_ids([article_id, "unknown"], DEFAULT_EXTRACTORS) == set()
    # ...and an older minilm version is stale for a run with them.
    older = [n.replace("minilm.v4", "minilm.v3") for n in with_embeddings]
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE articles SET extractors = ?", (",".join(older),))
    with Store.open(db, readonly=True) as store:
        assert store.stale_ids([article_id], with_embeddings) == {article_id}
