"""Stored quotes and citations: rows, the `quotes` command, export, and `eval quotes`."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.store import Store
from newsgraph.types import Article, Citation, ProcessedArticle, Quote

from .conftest import CORPUS, SHARED_EVAL

TEXT = '"We are ready," he said. Dmitry Peskov told Reuters the talks were useful.'
ARTICLE = Article(
    id="a1", text=TEXT, outlet="Example Wire", published=datetime(2021, 12, 31, tzinfo=UTC)
)
READY = Quote(
    "a1", 1, 14, 0, "We are ready,", "direct", speaker="Dmitry Peskov", speaker_mention="he",
    speaker_start=16, speaker_end=18, speaker_kind="person", cue="say", cue_start=19, cue_end=23,
)  # fmt: skip
USEFUL_AT = TEXT.index("the talks")
USEFUL = Quote(
    "a1", USEFUL_AT, len(TEXT) - 1, 1, "the talks were useful", "indirect",
    speaker="Dmitry Peskov", speaker_mention="Dmitry Peskov", speaker_start=25, speaker_end=38,
    speaker_kind="person", cue="tell", cue_start=39, cue_end=43,
)  # fmt: skip
REUTERS = Citation("a1", "Reuters", 39, 51, 1, "told Reuters", "tell")


@pytest.fixture
def quotes_db(db_path: Path) -> Path:
    with Store.open(db_path) as store:
        store.write_batch(
            [
                ProcessedArticle(
                    article=ARTICLE,
                    n_tokens=16,
                    n_sents=2,
                    quotes=(READY, USEFUL),
                    citations=(REUTERS,),
                    extractors=("quotes.v1", "citations.v1"),
                )
            ]
        )
    return db_path


def _rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def test_quotes_store_keeps_the_whole_span_the_content_and_the_resolved_speaker(quotes_db):
    rows = _rows(
        quotes_db,
        'SELECT start, "end", content_start, content_end, content, speaker, speaker_text,'
        " speaker_kind, cue, kind, extractor, date FROM quotes ORDER BY start",
    )
    # the whole quote runs from the opening words to the cue; the content is the quoted words
    assert rows[0] == (
        1, 23, 1, 14, "We are ready,", "Dmitry Peskov", "he", "person", "say", "direct",
        "quotes.v1", "2021-12-31",
    )  # fmt: skip
    assert rows[1][:2] == (25, len(TEXT) - 1)


def test_quotes_store_citations_name_the_outlet(quotes_db):
    assert _rows(quotes_db, "SELECT text, cited_outlet, cue, extractor FROM citations") == [
        ("told Reuters", "Reuters", "tell", "citations.v1")
    ]


def test_quotes_store_processing_an_article_again_replaces_its_rows(quotes_db):
    with Store.open(quotes_db) as store:
        store.write_batch(
            [ProcessedArticle(article=ARTICLE, n_tokens=16, n_sents=2, quotes=(READY,))]
        )
    assert _rows(quotes_db, "SELECT count(*) FROM quotes") == [(1,)]
    assert _rows(quotes_db, "SELECT count(*) FROM citations") == [(0,)]


runner = CliRunner()


def test_quotes_cli_filters_by_speaker_name_or_mention(quotes_db):
    result = runner.invoke(app, ["quotes", "--db", str(quotes_db), "--speaker", "peskov"])
    assert result.exit_code == 0, result.output
    assert "Dmitry Peskov (he) [direct, say]" in result.output
    assert "the talks were useful" in result.output
    result = runner.invoke(app, ["quotes", "--db", str(quotes_db), "--speaker", "Lavrov"])
    assert "No stored quote matches." in result.output


def test_quotes_cli_story_filter_joins_the_articles_story(quotes_db):
    with sqlite3.connect(quotes_db) as conn:
        conn.execute("INSERT INTO stories (id, label) VALUES ('s1', 'talks')")
        conn.execute("UPDATE articles SET story_id = 's1'")
    args = ["quotes", "--db", str(quotes_db), "--json"]
    lines = runner.invoke(app, [*args, "--story", "s1"]).output.splitlines()
    assert [json.loads(line)["story_id"] for line in lines] == ["s1", "s1"]
    assert runner.invoke(app, [*args, "--story", "s2"]).output == ""


def test_quotes_cli_export_has_the_speaker_columns(quotes_db, tmp_path):
    out = tmp_path / "quotes.csv"
    result = runner.invoke(app, ["export", "quotes", "--db", str(quotes_db), "-o", str(out)])
    assert result.exit_code == 0, result.output
    header = out.read_text("utf-8").splitlines()[0].split(",")
    assert {"content", "content_start", "speaker", "speaker_kind", "cue"} <= set(header)


@pytest.mark.model
def test_quotes_cli_eval_sample_prints_the_issue_keys():
    gold = CORPUS / "gold" / "articles" / "a-meridian-geneva-no-breakthrough.json"
    args = ["eval", "quotes", "--gold", str(gold), "--format", "sample", "--json"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.output)
    keys = {"quote_f1_30", "quote_f1_80", "speaker_acc", "pronoun_speaker_acc", "n_gold"}
    assert keys <= set(metrics)
    assert metrics["n_gold"] == 8
    assert metrics["quote_f1_30"] >= 0.8  # one article the rules were written on


@pytest.mark.model
def test_quotes_eval_meantime_scores_speakers_of_the_gold_cues(nlp):
    path = SHARED_EVAL / "time" / "meantime_en_docs.jsonl"
    if not path.exists():
        pytest.skip("../shared/eval is not there")
    from newsgraph.eval.quotes import evaluate_quotes, read_meantime

    docs = [d for d in read_meantime(path) if d.quotes][:5]
    metrics = evaluate_quotes(docs, nlp)
    assert metrics["n_gold"] == sum(len(d.quotes) for d in docs)
    assert metrics["quote_f1_30"] is None  # MEANTIME marks cues, not quote spans
    assert 0.0 <= metrics["speaker_acc"] <= 1.0


def test_quotes_cli_eval_unknown_format_is_an_error(tmp_path):
    gold = tmp_path / "gold.json"
    gold.write_text("{}")
    result = runner.invoke(app, ["eval", "quotes", "--gold", str(gold), "--format", "gdelt"])
    assert result.exit_code != 0
    assert "sample" in result.output
