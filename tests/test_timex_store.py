"""Specifications of stored time expressions, the calendar and dated events and quotes."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.store import Store
from newsgraph.store._timex import clause_date
from newsgraph.types import Article, ProcessedArticle, ScheduledItem, Timex

from .conftest import CORPUS

TEXT = (
    "The Russia-NATO Council will meet on January 12 in Brussels. A day later, negotiations "
    "are expected at the OSCE in Vienna. Ryabkov said Wednesday that talks were useful."
)
PUBLISHED = datetime(2021, 12, 28, 9, 0, tzinfo=UTC)


def _timex(start: int, end: int, value: str, type_: str = "DATE", **kw: object) -> Timex:
    return Timex("a1", start, end, 0, TEXT[start:end], type_, value, **kw)  # type: ignore[arg-type]


JAN12 = _timex(37, 47, "2022-01-12", anchor="publication")
DAY_LATER = _timex(61, 72, "2022-01-13", anchor="previous")
WEDNESDAY = _timex(136, 145, "2021-12-22", anchor="publication")
UNRESOLVED = _timex(136, 145, "XXXX-WXX-3", resolved=False)


def _item(start: int, end: int, value: str, text: str, place: str) -> ScheduledItem:
    return ScheduledItem(
        "a1", start, end, 0, value, text, "meeting", "meet", place, TEXT[start:end]
    )


def _processed(published: datetime | None = PUBLISHED) -> ProcessedArticle:
    article = Article(id="a1", text=TEXT, outlet="Baltic Ledger", published=published)
    return ProcessedArticle(
        article,
        n_tokens=40,
        n_sents=3,
        timexes=(JAN12, DAY_LATER, WEDNESDAY),
        schedule=(
            _item(0, 60, "2022-01-12", "January 12", "Brussels"),
            _item(61, 122, "2022-01-13", "A day later", "Vienna"),
        ),
        extractors=("entities.v1", "timex.v1", "schedule.v1"),
    )


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "news.db") as s:
        s.write_batch([_processed()])
        yield s


def test_timex_store_keeps_value_anchor_kind_and_extractor(store: Store) -> None:
    rows = store._db.execute(
        "SELECT text, type, value, anchor, anchor_kind, resolved, extractor FROM timexes "
        "ORDER BY start"
    ).fetchall()
    assert [tuple(r) for r in rows] == [
        ("January 12", "DATE", "2022-01-12", "2021-12-28", "publication", 1, "timex.v1"),
        ("A day later", "DATE", "2022-01-13", None, "previous", 1, "timex.v1"),
        ("Wednesday", "DATE", "2021-12-22", "2021-12-28", "publication", 1, "timex.v1"),
    ]


def test_timex_store_rewriting_an_article_replaces_its_rows(store: Store) -> None:
    store.write_batch([_processed()])
    counts = store.stats().table_counts
    assert counts["timexes"] == 3 and counts["calendar"] == 2


def test_timex_calendar_lists_entries_by_date_with_their_source(store: Store) -> None:
    entries = store.calendar()
    assert [(e["date"], e["place"], e["outlet"]) for e in entries] == [
        ("2022-01-12", "Brussels", "Baltic Ledger"),
        ("2022-01-13", "Vienna", "Baltic Ledger"),
    ]


@pytest.mark.parametrize(
    ("date_from", "date_to", "expected"),
    [
        ("2022-01-13", None, ["2022-01-13"]),
        ("2022-01", None, ["2022-01-12", "2022-01-13"]),
        (None, "2022-01-12", ["2022-01-12"]),
        ("2022-02", None, []),
    ],
)
def test_timex_calendar_from_and_to_bound_the_dates(store, date_from, date_to, expected) -> None:
    entries = store.calendar(date_from=date_from, date_to=date_to)
    assert [e["date"] for e in entries] == expected


@pytest.mark.parametrize(
    ("timexes", "span", "published", "expected"),
    [
        ([JAN12, DAY_LATER], (0, 60), date(2021, 12, 28), ("2022-01-12", "day", "timex")),
        ([JAN12], (74, 122), date(2021, 12, 28), ("2021-12-28", "day", "publication")),
        ([UNRESOLVED], (123, 169), None, (None, None, None)),
        ([_timex(37, 47, "2022-01")], (0, 60), None, ("2022-01", "month", "timex")),
        (
            [_timex(37, 47, "2022-01-12T15:00", "TIME")],
            (0, 60),
            None,
            ("2022-01-12", "day", "timex"),
        ),
        (
            [_timex(37, 47, "PRESENT_REF")],
            (0, 60),
            date(2021, 12, 28),
            ("2021-12-28", "day", "publication"),
        ),
    ],
)
def test_timex_clause_date_prefers_its_time_expression_then_the_publication_date(
    timexes, span, published, expected
) -> None:
    assert clause_date(timexes, *span, published)[1:] == expected


def test_timex_events_and_quotes_get_their_clause_date_and_where_it_came_from(store) -> None:
    # Events and quotes are written by their own extractors; the timex writer dates them.
    conn = store._db
    conn.execute(
        'INSERT INTO events (article_id, start, "end", sentence, text, plover_type)'
        " VALUES ('a1', 0, 60, 0, 'will meet', 'CONSULT'),"
        " ('a1', 74, 122, 1, 'expected', 'CONSULT')"
    )
    conn.execute(
        'INSERT INTO quotes (article_id, start, "end", sentence, kind, content, content_start,'
        " content_end) VALUES ('a1', 123, 169, 2, 'indirect', 'talks were useful', 151, 169)"
    )
    with store._write() as c:
        from newsgraph.store._timex import replace_timexes

        p = _processed()
        replace_timexes(c, "a1", PUBLISHED.date(), p.timexes, p.schedule, "timex.v1")
    events = conn.execute(
        "SELECT e.date, e.date_source, t.text FROM events e LEFT JOIN timexes t "
        "ON t.id = e.timex_id ORDER BY e.start"
    ).fetchall()
    assert [tuple(r) for r in events] == [
        ("2022-01-12", "timex", "January 12"),
        ("2021-12-28", "publication", None),
    ]
    quote = conn.execute("SELECT date, date_precision, date_source FROM quotes").fetchone()
    assert tuple(quote) == ("2021-12-22", "day", "timex")


runner = CliRunner()


def test_timex_cli_calendar_prints_dates_places_and_sources(store: Store) -> None:
    result = runner.invoke(app, ["calendar", "--db", str(store.path), "--from", "2022-01-13"])
    assert result.exit_code == 0, result.output
    assert "2022-01-13" in result.output and "Vienna" in result.output
    assert "Brussels" not in result.output and "Baltic Ledger" in result.output
    lines = runner.invoke(app, ["calendar", "--db", str(store.path), "--json"]).output
    assert [json.loads(x)["place"] for x in lines.splitlines()] == ["Brussels", "Vienna"]


def test_timex_cli_calendar_rejects_a_bad_date(store: Store) -> None:
    result = runner.invoke(app, ["calendar", "--db", str(store.path), "--from", "next week"])
    assert result.exit_code == 1 and "not a date" in result.output


def test_timex_cli_eval_on_a_missing_gold_file_says_so(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "timex", "--gold", str(tmp_path / "none.jsonl")])
    assert result.exit_code == 1 and "none.jsonl" in result.output


@pytest.mark.model
def test_timex_sample_corpus_calendar_has_the_three_january_meetings(tmp_path: Path) -> None:
    if not (CORPUS / "txt").exists():
        pytest.skip("no sample corpus")
    db = tmp_path / "sample.db"
    result = runner.invoke(app, ["run", str(CORPUS), "--db", str(db), "-q", "-p", "1"])
    assert result.exit_code in (0, 2), result.output
    with Store.open(db, readonly=True) as store:
        entries = store.calendar(date_from="2022-01-10", date_to="2022-01-13")
        groups = store.calendar_groups(date_from="2022-01-12", date_to="2022-01-12")
    found = {(e["date"], e["place"]) for e in entries}
    assert {("2022-01-10", "Geneva"), ("2022-01-12", "Brussels"), ("2022-01-13", "Vienna")} <= found
    vienna = [e for e in entries if e["place"] == "Vienna"]
    assert len({e["article_id"] for e in vienna}) >= 2  # reported by several sources
    assert all(e["outlet"] or e["title"] for e in vienna)
    # "A NATO-Russia Council meeting is set for January 12" (December, no venue) is the
    # Brussels meeting that January's reports name the Council of: one meeting, not two
    on_the_day = [g for g in groups if g[0]["date"] == "2022-01-12"]
    assert [g[0]["place"] for g in on_the_day] == ["Brussels"]
    assert any("NATO-Russia Council" in e["description"] for e in on_the_day[0])


@pytest.mark.model
def test_timex_eval_cli_prints_the_tempeval_metrics_as_json(tmp_path: Path) -> None:
    gold = CORPUS / "gold" / "articles"
    if not gold.exists():
        pytest.skip("no sample corpus gold")
    result = runner.invoke(
        app, ["eval", "timex", "--gold", str(gold), "--format", "sample", "--json"]
    )
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.output)
    keys = {"strict_f1", "relaxed_f1", "type_acc", "value_acc", "value_f1", "n_gold"}
    assert keys <= set(metrics) and metrics["n_gold"] > 0
    assert 0.0 <= metrics["value_f1"] <= metrics["relaxed_f1"] <= 1.0


def test_timex_migration_upgrades_a_version_1_store_keeping_its_rows(tmp_path: Path) -> None:
    db, empty = tmp_path / "old.db", tmp_path / "no_migrations"
    empty.mkdir()
    with Store.open(db, migrations_dir=empty) as old:
        assert old.schema_version == 1
        old.add_articles([Article(id="a1", text=TEXT, published=PUBLISHED)])
        old._db.execute(
            'INSERT INTO timexes (article_id, start, "end", sentence, text, type, value)'
            " VALUES ('a1', 37, 47, 0, 'January 12', 'DATE', '2022-01-12')"
        )
    with Store.open(db) as store:  # the packaged migrations run
        assert store.schema_version >= 2
        row = store._db.execute("SELECT value, anchor_kind, resolved FROM timexes").fetchone()
        assert tuple(row) == ("2022-01-12", "none", 1)
        store.write_batch([_processed()])
        assert [e["date"] for e in store.calendar()] == ["2022-01-12", "2022-01-13"]


def _entry(article: str, date_: str, place: str) -> dict[str, str]:
    return {"article_id": article, "date": date_, "kind": "meeting", "place": place}


def test_timex_calendar_groups_reports_of_one_meeting_but_not_placeless_ones() -> None:
    from newsgraph.store._timex import group_calendar

    entries = [
        _entry("a", "2022-01-12", "Brussels"),
        _entry("b", "2022-01-12", "Brussels"),
        _entry("b", "2022-01-12", "Brussels"),  # the same article twice counts once
        _entry("c", "2022-01-12", ""),
        _entry("d", "2022-01-12", ""),
        _entry("e", "2022-01-13", "Vienna"),
    ]
    groups = [[e["article_id"] for e in g] for g in group_calendar(entries)]
    assert groups == [["a", "b"], ["c"], ["d"], ["e"]]


def test_timex_calendar_a_placeless_report_joins_the_one_meeting_of_its_story_that_day() -> None:
    from newsgraph.store._timex import group_calendar

    def entry(article: str, place: str, story: str | None) -> dict[str, str | None]:
        return _entry(article, "2022-01-12", place) | {"story_id": story}

    entries = [
        entry("a", "", "crisis"),  # "A NATO-Russia Council meeting is set for January 12"
        entry("b", "Brussels", "crisis"),
        entry("c", "", "crisis"),
        entry("d", "", "football"),  # another story's meeting that day stays apart
        entry("e", "", "football"),
        entry("f", "Madrid", "budget"),
        entry("g", "Paris", "budget"),
        entry("h", "", "budget"),  # two venues in its story: which one is unknown
    ]
    groups = [[e["article_id"] for e in g] for g in group_calendar(entries)]
    assert groups == [["b", "a", "c"], ["d", "e"], ["f"], ["g"], ["h"]]


def test_timex_calendar_a_placeless_report_joins_the_meeting_whose_reports_name_its_body() -> None:
    from newsgraph.store._timex import group_calendar

    def entry(article: str, place: str, story: str, names: str = "") -> dict[str, str]:
        return _entry(article, "2022-01-12", place) | {"story_id": story, "names": names}

    # a crisis followed for weeks falls into several stories: the December article announcing
    # the Council and the January one giving its venue are in different ones
    entries = [
        entry("dec", "", "december", "NATO-Russia Council\nOSCE"),
        entry("jan", "Brussels", "january", "Stoltenberg"),
        entry("fed", "", "markets", "the Federal Reserve"),  # names nothing the meeting's do
        entry("none", "", "other"),  # names nothing at all
    ]
    names = {"jan": {"nato-russia council", "Brussels"}, "fed": {"the Federal Reserve"}}
    groups = [[e["article_id"] for e in g] for g in group_calendar(entries, names)]
    assert groups == [["jan", "dec"], ["fed"], ["none"]]
    assert [[e["article_id"] for e in g] for g in group_calendar(entries)] == [
        ["dec"],
        ["jan"],
        ["fed"],
        ["none"],
    ]  # without the articles' names nothing links them


def test_timex_calendar_groups_read_names_from_the_store(tmp_path) -> None:
    from newsgraph.store import Store

    with Store.open(tmp_path / "c.db") as store:
        assert store.calendar_groups() == []  # an empty store: no meeting, no error
