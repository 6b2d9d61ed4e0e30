"""The Ray engine's JSON hand-over rebuilds exactly the dataclasses it was given."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pyarrow.parquet as pq
import pytest

from newsgraph.engines.handover import dumps, loads, processed_table, read_processed
from newsgraph.types import Article, Event, Figure, Mention, ProcessedArticle, StoryFeatures

PUBLISHED = datetime(2022, 2, 21, 18, 30, tzinfo=UTC)


def _rich() -> ProcessedArticle:
    article = Article(
        id="a1",
        text="Putin recognised Donetsk. More than 14,000 people have died.",
        title="Recognition",
        published=PUBLISHED,
        source_path="news.jsonl",
        source_line=3,
    )
    return ProcessedArticle(
        article=article,
        n_tokens=12,
        n_sents=2,
        mentions=(Mention("a1", 0, 5, 0, "Putin", "PERSON", actor_id=None),),
        events=(
            Event(
                "a1",
                0,
                25,
                0,
                "Putin recognised Donetsk",
                "recognise",
                "AGREE",
                goldstein=3.4,
                quad_class=1,
                actors=("RUSGOV",),
                actor_text=("Putin",),
            ),
        ),
        figures=(
            Figure(
                "a1",
                27,
                56,
                1,
                "More than 14,000 people",
                14000,
                14001,
                None,
                "more than",
                "person",
                "people died",
            ),
        ),
        story_features=(
            StoryFeatures(
                "a1",
                PUBLISHED,
                "",
                "Recognition",
                9,
                (("die", 1), ("putin", 1)),
                (("PERSON:putin", 1),),
                minhash=(3, 1, 2),
            ),
        ),
        extractors=("entities", "events"),
    )


def test_handover_round_trip_gives_an_equal_processed_article():
    rich = _rich()
    assert loads(ProcessedArticle, dumps(rich)) == rich


def test_handover_keeps_an_int_in_a_float_field_an_int():
    # The store writes what it is given: 14000 must not come back as 14000.0.
    back = loads(ProcessedArticle, dumps(_rich()))
    assert type(back.figures[0].number) is int
    assert type(back.events[0].goldstein) is float


@pytest.mark.parametrize(
    "published",
    [
        None,
        PUBLISHED,
        datetime(2022, 2, 21, 18, 30),
        datetime(2022, 2, 21, 18, 30, tzinfo=timezone(timedelta(hours=3))),
    ],
)
def test_handover_articles_round_trip_with_any_date(published):
    articles = [Article(id="x", text="Text.", published=published), Article(id="y", text="T")]
    back = loads(list[Article], dumps(articles))
    assert back == articles
    assert [a.published.utcoffset() if a.published else None for a in back] == [
        a.published.utcoffset() if a.published else None for a in articles
    ]


def test_handover_form_is_plain_readable_json():
    plain = json.loads(dumps(_rich()))
    assert plain["article"]["published"] == "2022-02-21T18:30:00+00:00"
    assert plain["events"][0]["actors"] == ["RUSGOV"]


def test_handover_parquet_round_trip_gives_equal_processed_articles(tmp_path):
    # Unicode in every text field, no date, and an article with every row tuple empty.
    bare = ProcessedArticle(
        article=Article(
            id="ü-1",
            text="Зеленський said «ні» — naïve café 😀\nsecond line",
            title="Київ",
            published=None,
        ),
        n_tokens=0,
        n_sents=0,
    )
    rows = [(0, 0, _rich()), (0, 1, bare), (2, 0, bare)]
    folder = tmp_path / "processed"
    folder.mkdir()
    pq.write_table(processed_table(rows), folder / "part-0.parquet", row_group_size=1)
    back = list(read_processed(folder))
    assert back == rows
    assert back[1][2].mentions == () and back[1][2].article.published is None
    assert processed_table(rows).column("article_id").to_pylist() == ["a1", "ü-1", "ü-1"]
