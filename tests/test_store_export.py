"""Specifications of exporting store tables to CSV, JSONL and Parquet."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from newsgraph.errors import StoreError
from newsgraph.store import EXPORTABLE_TABLES, Store
from newsgraph.types import Article, Mention, ProcessedArticle, Reject

TEXT = (
    "Russia has massed as many as 175,000 troops near Ukraine, a US official said, "
    "while another outlet put the number at up to 100,000 troops."
)
ARTICLE = Article(
    id="troops",
    text=TEXT,
    title='Troops, "estimates" and a comma',
    url="https://news.example/troops",
    outlet="Example Wire",
    published=datetime(2021, 12, 4, 8, 0, tzinfo=UTC),
    source_path="corpus/feed.jsonl",
    source_line=2,
)
UNDATED = Article(id="undated", text="NATO rejected Moscow's demand to bar Ukraine.")


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "news.db") as s:
        s.write_batch(
            [
                ProcessedArticle(
                    article=ARTICLE,
                    n_tokens=27,
                    n_sents=1,
                    mentions=(Mention("troops", 0, 6, 0, "Russia", "GPE"),),
                    extractors=("ner.v1",),
                ),
                ProcessedArticle(article=UNDATED, n_tokens=8, n_sents=1),
            ],
            [Reject("corpus/empty.txt", "empty file")],
        )
        s._db.execute(
            'INSERT INTO events (article_id, sentence, start, "end", text, plover_type, cameo,'
            " goldstein, status)"
            " VALUES ('undated', 0, 0, 44, ?, 'REJECT', '036', -4.0, 'reported')",
            (UNDATED.text,),
        )
        yield s


def test_store_export_csv_round_trips(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "articles.csv"
    assert store.export("articles", "csv", out) == 2
    with out.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert "pk" not in rows[0]
    assert rows[0]["id"] == "troops"
    assert rows[0]["title"] == ARTICLE.title
    assert rows[0]["published"] == "2021-12-04T08:00:00Z"
    assert rows[0]["source_line"] == "2"
    assert rows[0]["processed"] == "1"
    assert rows[1]["published"] == ""
    assert not (tmp_path / "articles.csv.part").exists()


def test_store_export_jsonl_round_trips(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "mentions.jsonl"
    assert store.export("mentions", "jsonl", out) == 1
    (row,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert row == {
        "id": 1,
        "article_id": "troops",
        "start": 0,
        "end": 6,
        "sentence": 0,
        "text": "Russia",
        "label": "GPE",
        "actor_id": None,
    }


def test_store_export_parquet_round_trips_with_codes_as_strings(
    store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "events.parquet"
    assert store.export("events", "parquet", out) == 1
    table = pq.read_table(out)
    assert table.schema.field("cameo").type == pa.string()
    assert table.schema.field("goldstein").type == pa.float64()
    assert table.schema.field("start").type == pa.int64()
    row = table.to_pylist()[0]
    assert (row["cameo"], row["plover_type"], row["goldstein"]) == ("036", "REJECT", -4.0)

    articles = tmp_path / "articles.parquet"
    assert store.export("articles", "parquet", articles) == 2
    rows = pq.read_table(articles).to_pylist()
    assert [r["published"] for r in rows] == ["2021-12-04T08:00:00Z", None]
    assert rows[0]["text"] == TEXT


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_store_export_empty_table_is_a_valid_file(store: Store, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"figures.{fmt}"
    assert store.export("figures", fmt, out) == 0
    if fmt == "parquet":
        table = pq.read_table(out)
        assert table.num_rows == 0
        assert "value" in table.column_names
        assert table.schema.field("value").type == pa.float64()
    elif fmt == "csv":
        assert out.read_text().startswith("id,article_id,start,end,sentence,text,value")
    else:
        assert out.read_text() == ""


@pytest.mark.parametrize("table", EXPORTABLE_TABLES)
def test_store_every_exportable_table_exports_to_parquet(
    store: Store, tmp_path: Path, table: str
) -> None:
    out = tmp_path / f"{table}.parquet"
    n = store.export(table, "parquet", out)
    assert pq.read_table(out).num_rows == n


def test_store_export_to_streams(store: Store) -> None:
    text = io.StringIO()
    assert store.export("rejects", "jsonl", text) == 1
    assert json.loads(text.getvalue())["path"] == "corpus/empty.txt"

    binary = io.BytesIO()
    assert store.export("rejects", "csv", binary) == 1  # a binary stream gets UTF-8 text
    assert binary.getvalue().decode("utf-8").startswith("id,path,line,reason,kept\n")

    parquet = io.BytesIO()
    assert store.export("rejects", "parquet", parquet) == 1
    assert pq.read_table(io.BytesIO(parquet.getvalue())).num_rows == 1

    stdout_like = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")  # has .buffer, like stdout
    assert store.export("rejects", "parquet", stdout_like) == 1
    assert pq.read_table(io.BytesIO(stdout_like.buffer.getvalue())).num_rows == 1  # type: ignore[attr-defined]

    with pytest.raises(StoreError, match="Parquet is binary"):
        store.export("rejects", "parquet", io.StringIO())


def test_store_export_works_read_only(store: Store, tmp_path: Path) -> None:
    with Store.open(store.path, readonly=True) as ro:
        assert ro.export("articles", "jsonl", tmp_path / "a.jsonl") == 2


def test_store_export_unknown_table_lists_valid_ones(store: Store, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="articles, actors, mentions.*runs"):
        store.export("sqlite_schema", "csv", tmp_path / "x.csv")
    with pytest.raises(StoreError, match="unknown table 'articles; DROP TABLE articles'"):
        store.export("articles; DROP TABLE articles", "csv", tmp_path / "x.csv")
    with pytest.raises(StoreError, match="csv, jsonl, parquet"):
        store.export("articles", "xlsx", tmp_path / "x.xlsx")
    assert not (tmp_path / "x.csv").exists()
