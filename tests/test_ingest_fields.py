"""Field mapping, outlets and publication dates, as ingest specifies them."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsgraph.config import Settings
from newsgraph.errors import InputError
from newsgraph.ingest import parse_field_overrides, read_paths
from newsgraph.ingest.dates import parse_date
from newsgraph.ingest.text import outlet_from_url
from newsgraph.types import Article, Reject

TEXT = "The Russia-NATO Council will meet on January 12 in Brussels, diplomats said."


def read(path: Path, field_map: dict[str, str] | None = None) -> list[Article | Reject]:
    return list(read_paths([path], Settings(), field_map=field_map))


def test_ingest_parse_field_overrides_maps_keys_to_columns() -> None:
    assert parse_field_overrides(["text=body_html", "date=ts", " Title = hl "]) == {
        "text": "body_html",
        "date": "ts",
        "title": "hl",
    }


def test_ingest_parse_field_overrides_accepts_synonyms_of_a_key() -> None:
    assert parse_field_overrides(["source=pub", "headline=hl"]) == {"outlet": "pub", "title": "hl"}


@pytest.mark.parametrize("spec", ["text", "=body", "text=", "text body"])
def test_ingest_parse_field_overrides_rejects_a_malformed_spec(spec: str) -> None:
    with pytest.raises(InputError, match="KEY=COLUMN"):
        parse_field_overrides([spec])


def test_ingest_parse_field_overrides_rejects_an_unknown_key() -> None:
    with pytest.raises(InputError, match="unknown field 'colour'.*title, text, url, date"):
        parse_field_overrides(["colour=red"])


def test_ingest_read_paths_rejects_an_unknown_key_in_field_map(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="unknown field"):
        read_paths([tmp_path], Settings(), field_map={"colour": "red"})


def test_ingest_field_map_overrides_the_automatic_mapping(tmp_path: Path) -> None:
    record = {
        "text": "short teaser text that is not the article",
        "body_html": f"<div><p>{TEXT}</p></div>",
        "ts": 1640862300,
        "meta": {"publisher": {"name": "Example Wire"}},
    }
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    [article] = read(path, {"text": "body_html", "date": "ts", "outlet": "meta.publisher"})
    assert article.text == TEXT
    assert article.published == datetime(2021, 12, 30, 11, 5, tzinfo=UTC)
    assert article.outlet == "Example Wire"


def test_ingest_field_map_applies_to_csv_columns(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text(f'hl,story_html\nCouncil meets,"{TEXT}"\n', encoding="utf-8")
    [article] = read(path, {"title": "hl", "text": "story_html"})
    assert (article.title, article.text) == ("Council meets", TEXT)


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.reuters.com/world/europe/x", "reuters.com"),
        ("http://tass.com/politics/1", "tass.com"),
        ("https://WWW.Example.co.uk:8080/a?b=c", "example.co.uk"),
        ("www.ndtv.com/world-news", "ndtv.com"),
        ("", ""),
        ("not a url", ""),
    ],
)
def test_ingest_outlet_from_url_is_the_host_without_www(url: str, outlet: str) -> None:
    assert outlet_from_url(url) == outlet


def test_ingest_explicit_outlet_beats_url_host(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    rows = [
        {"text": TEXT, "url": "https://www.reuters.com/x", "source": "Reuters"},
        {"text": TEXT, "url": "https://www.reuters.com/x"},
        {"text": TEXT},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    assert [a.outlet for a in read(path) if isinstance(a, Article)] == [
        "Reuters",
        "reuters.com",
        "",
    ]


DEC30_1105 = datetime(2021, 12, 30, 11, 5, tzinfo=UTC)
DEC30 = datetime(2021, 12, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-12-30T14:05:00+03:00", DEC30_1105),
        ("2021-12-30T11:05:00Z", DEC30_1105),
        ("2021-12-30T11:05:00.000Z", DEC30_1105),
        ("2021-12-30 11:05:00", DEC30_1105),  # naive: UTC
        ("2021-12-30", DEC30),
        ("Thu, 30 Dec 2021 14:05:00 +0300", DEC30_1105),
        ("Thu, 30 Dec 2021 11:05:00 GMT", DEC30_1105),
        ("30 Dec 2021 14:05 +0300", DEC30_1105),
        ("December 30, 2021", DEC30),
        ("30 December 2021", DEC30),
        ("20211230", DEC30),
        (1640862300, DEC30_1105),
        (1640862300000, DEC30_1105),
        (1640862300.0, DEC30_1105),
        ("1640862300", DEC30_1105),
    ],
)
def test_ingest_dates_parse_to_timezone_aware_utc(value: object, expected: datetime) -> None:
    parsed = parse_date(value)
    assert parsed == expected
    assert parsed is not None and parsed.utcoffset() is not None and parsed.tzinfo == UTC


@pytest.mark.parametrize(
    "value",
    [
        "yesterday",
        "today",
        "now",
        "2 hours ago",
        "Thursday",
        "December 2021",
        "Dec 30",
        "sometime soon",
        "",
        None,
        True,
        42,
    ],
)
def test_ingest_dates_that_name_no_single_day_do_not_parse(value: object) -> None:
    assert parse_date(value) is None


def test_ingest_missing_date_is_none_never_today(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    [article] = read(path)
    assert article.published is None


@pytest.mark.parametrize("value", ["sometime soon", "yesterday", "today"])
def test_ingest_unparseable_date_keeps_the_article_without_a_date_and_warns(
    tmp_path: Path, value: str
) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": TEXT, "date": value}) + "\n", encoding="utf-8")
    article, warning = read(path)
    assert isinstance(article, Article) and article.published is None
    assert warning == Reject(
        str(path), f"date '{value}' could not be parsed; article kept without a date", 1, kept=True
    )


def test_ingest_unparseable_txt_header_date_warns_without_a_line(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"Date: sometime soon\n\n{TEXT}", encoding="utf-8")
    article, warning = read(path)
    assert isinstance(article, Article) and article.published is None
    assert isinstance(warning, Reject) and warning.kept and warning.line is None


# -- ids in text columns, headline-only records -------------------------------------------------

UCI_HEADER = "ID,TITLE,URL,PUBLISHER,CATEGORY,STORY,HOSTNAME,TIMESTAMP\n"


def _uci_row(n: int, title: str, story: str) -> str:
    url = f"http://example.com/news/{n}"
    return f'{n},"{title}",{url},Example Times,b,{story},example.com,1394470370698\n'


def test_ingest_a_one_word_code_in_a_text_column_is_an_id_not_text(tmp_path: Path) -> None:
    # The UCI News Aggregator's STORY column ("story" names a text column elsewhere) holds the
    # story's id: two headlines of one story are not one article met twice.
    path = tmp_path / "uci.csv"
    path.write_text(
        UCI_HEADER
        + _uci_row(1, "Fed official says weak data caused by weather", "ddUyU0VZz0BRneMioxUPQVP6s")
        + _uci_row(2, "Plosser: weather to blame for weak jobs data", "ddUyU0VZz0BRneMioxUPQVP6s"),
        encoding="utf-8",
    )
    results = read(path)
    articles = [r for r in results if isinstance(r, Article)]
    assert [a.text for a in articles] == [
        "Fed official says weak data caused by weather",
        "Plosser: weather to blame for weak jobs data",
    ]
    assert articles[0].outlet == "Example Times"


def test_ingest_headline_only_records_are_kept_with_one_warning_per_file(tmp_path: Path) -> None:
    path = tmp_path / "headlines.jsonl"
    rows = [
        {"title": "Russia and NATO to meet on January 12 in Brussels", "url": "http://a.example/1"},
        {"title": "OSCE talks in Vienna set for January 13", "url": "http://a.example/2"},
        {"title": "Short one", "url": "http://a.example/3"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    results = read(path)
    assert [r.title for r in results if isinstance(r, Article)] == [r["title"] for r in rows[:2]]
    warnings = [r for r in results if isinstance(r, Reject) and r.kept]
    assert len(warnings) == 1 and "title is used as the text" in warnings[0].reason
    [short] = [r for r in results if isinstance(r, Reject) and not r.kept]
    assert short.line == 3 and "its title stands for it" in short.reason


def test_ingest_a_real_text_field_wins_over_the_title(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"title": "Talks set", "id": "a-1042", "text": TEXT}), "utf-8")
    [article] = read(path)
    assert isinstance(article, Article) and article.text == TEXT


def test_ingest_a_csv_without_header_row_takes_columns_by_number(tmp_path: Path) -> None:
    # AG News: class, title, description, no header; its first cell "3" is no column name
    path = tmp_path / "ag.csv"
    path.write_text(
        f'"3","Talks set for Brussels","{TEXT}"\n'
        f'"1","OSCE to meet in Vienna","{TEXT} Vienna next."\n',
        encoding="utf-8",
    )
    results = read(path, field_map={"text": "3", "title": "2"})
    articles = [r for r in results if isinstance(r, Article)]
    assert [(a.title, a.source_line) for a in articles] == [
        ("Talks set for Brussels", 1),
        ("OSCE to meet in Vienna", 2),
    ]


def test_ingest_a_csv_with_a_header_row_keeps_numbered_names_as_names(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text(f'id,1,2\n7,"Talks set","{TEXT}"\n', encoding="utf-8")
    [article] = read(path, field_map={"text": "2", "title": "1"})
    assert isinstance(article, Article)
    assert (article.title, article.text, article.source_line) == ("Talks set", TEXT, 2)
