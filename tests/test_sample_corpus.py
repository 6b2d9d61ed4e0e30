"""End to end: `newsgraph run` over examples/corpus finds what the gold says is there."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from newsgraph.config import Settings
from newsgraph.pipeline import run

from .conftest import CORPUS

pytestmark = [pytest.mark.model, pytest.mark.slow]

GOLD = CORPUS / "gold"


def _gold_articles() -> list[dict]:
    return [json.loads(p.read_text("utf-8")) for p in sorted((GOLD / "articles").glob("*.json"))]


def _gold_rejects() -> list[dict]:
    rows: list[dict] = []
    for path in sorted(GOLD.glob("rejects_*.json")):
        rows.extend(json.loads(path.read_text("utf-8")))
    return rows


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("corpus") / "corpus.db"
    summary = run([CORPUS], Settings(db=str(db), processes=2))
    assert summary.status == "ok"
    return db


def _rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def _relative(path: str) -> str:
    return Path(path).resolve().relative_to(CORPUS.resolve()).as_posix()


def test_sample_corpus_is_big_and_varied_enough():
    gold = _gold_articles()
    assert len(gold) >= 50
    assert len({g["outlet"] for g in gold}) >= 8
    formats = {Path(g["file"]).parts[0] for g in gold}
    assert {"txt", "html", "jsonl", "csv", "feeds", "warc"} <= formats
    assert sum(1 for g in gold if g["copy_of"]) >= 3
    assert sum(1 for g in gold if g["story"] in _crisis_stories()) >= 40


def _crisis_stories() -> set[str]:
    return {
        "troop-buildup",
        "biden-putin-dec7",
        "security-demands",
        "biden-putin-dec30",
        "january-talks",
        "us-response",
        "diplomacy-feb",
        "recognition-feb21",
    }


def test_sample_corpus_every_gold_article_is_stored_with_its_metadata(corpus_db):
    stored = {
        (_relative(path), line): (url, outlet, published, title)
        for path, line, url, outlet, published, title in _rows(
            corpus_db,
            "SELECT source_path, source_line, url, outlet, published, title FROM articles",
        )
    }
    for gold in _gold_articles():
        key = (gold["file"], gold["record"])
        assert key in stored, f"{key} was not stored"
        url, outlet, published, title = stored[key]
        assert url == (gold["url"] or ""), key
        assert outlet == (gold["outlet"] or ""), key
        assert published == gold["published"], key


def test_sample_corpus_broken_inputs_are_rejected_and_nothing_else(corpus_db):
    rejected = {
        (_relative(path), line)
        for path, line, kept in _rows(corpus_db, "SELECT path, line, kept FROM rejects")
        if not kept
    }
    expected = {(r["file"], r["record"]) for r in _gold_rejects() if not r.get("kept")}
    assert expected <= rejected
    assert rejected <= expected, f"unexpected rejects: {rejected - expected}"


def test_sample_corpus_every_article_is_parsed_with_entity_mentions(corpus_db):
    ((unparsed,),) = _rows(corpus_db, "SELECT count(*) FROM articles WHERE processed = 0")
    assert unparsed == 0
    names = {text for (text,) in _rows(corpus_db, "SELECT DISTINCT text FROM mentions")}
    assert {"Lavrov", "NATO", "Geneva"} <= names


def _by_gold_key(db: Path) -> dict[tuple[str, int | None], tuple[str, str | None, str | None]]:
    """(file, record) -> (article id, near_dup_of, story_id) of the stored articles."""
    return {
        (_relative(path), line): (aid, copy_of, story)
        for path, line, aid, copy_of, story in _rows(
            db, "SELECT source_path, source_line, id, near_dup_of, story_id FROM articles"
        )
    }


def test_sample_corpus_every_planted_copy_is_found_and_no_false_copy(corpus_db):
    stored = _by_gold_key(corpus_db)
    gold = _gold_articles()
    id_of_url = {g["url"]: stored[(g["file"], g["record"])][0] for g in gold if g["url"]}
    expected = {
        stored[(g["file"], g["record"])][0]: id_of_url[g["copy_of"]] for g in gold if g["copy_of"]
    }
    found = {aid: copy_of for aid, copy_of, _ in stored.values() if copy_of}
    assert found == expected


def test_sample_corpus_crisis_articles_never_share_a_story_with_unrelated_ones(corpus_db):
    stored = _by_gold_key(corpus_db)
    kinds: dict[str, set[bool]] = {}
    for g in _gold_articles():
        story = stored[(g["file"], g["record"])][2]
        if story is not None:
            kinds.setdefault(story, set()).add(g["story"] in _crisis_stories())
    assert kinds and all(len(k) == 1 for k in kinds.values())
    assert sum(True in k for k in kinds.values()) >= 5  # crisis articles do form stories


def test_sample_corpus_undated_articles_join_the_story_of_the_day_they_name(corpus_db):
    # Without a publication date they are taken after every dated article, when the
    # December and January stories they belong to would long be closed.
    stored = _by_gold_key(corpus_db)
    gold = _gold_articles()
    for name in ("notes-biden-troops-not-on-the-table", "northfield-explainer-geneva"):
        (undated,) = [g for g in gold if name in g["file"] and not g["published"]]
        mates = {
            stored[(g["file"], g["record"])][2]
            for g in gold
            if g["story"] == undated["story"] and g["published"]
        }
        assert stored[(undated["file"], undated["record"])][2] in mates - {None}


def test_sample_corpus_troop_figures_disagree_with_both_sources(corpus_db):
    rows = _rows(
        corpus_db,
        "SELECT g.id, f.value, a.outlet FROM figure_groups AS g"
        " JOIN figures AS f ON f.group_id = g.id JOIN articles AS a ON a.id = f.article_id"
        " WHERE g.disagreement = 1 AND g.measures = 'troops'",
    )
    groups: dict[str, dict[float, set[str]]] = {}
    for gid, value, outlet in rows:
        groups.setdefault(gid, {}).setdefault(value, set()).add(outlet)
    assert any(
        175000 in g and 100000 in g and g[175000] - g[100000] and g[100000] - g[175000]
        for g in groups.values()
    )


def test_sample_corpus_second_run_adds_nothing(corpus_db):
    before = _rows(corpus_db, "SELECT count(*) FROM articles")
    rejects_before = _rows(corpus_db, "SELECT count(*) FROM rejects")
    summary = run([CORPUS], Settings(db=str(corpus_db), processes=1))
    assert summary.new == 0
    assert _rows(corpus_db, "SELECT count(*) FROM articles") == before
    assert _rows(corpus_db, "SELECT count(*) FROM rejects") == rejects_before
