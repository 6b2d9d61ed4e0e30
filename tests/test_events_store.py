"""Stored events: rows and participants, the `events` query, export columns and the CLI."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.store import Store
from newsgraph.types import Article, Event, ProcessedArticle, Timex

TEXT = (
    "Biden and Putin spoke by phone on Thursday. Russia has massed troops near Ukraine. "
    "Russia denies it plans to attack Ukraine. If the West fails to answer, Moscow will respond."
)
ARTICLE = Article(
    id="a1", text=TEXT, outlet="Example Wire", published=datetime(2021, 12, 31, tzinfo=UTC)
)


def _event(text: str, type_: str, **kw: object) -> Event:
    start = TEXT.index(text)
    fields: dict[str, object] = {
        "article_id": "a1",
        "start": start,
        "end": start + len(text),
        "sentence": 0,
        "text": text,
        "predicate": type_.lower(),
        "type": type_,
        "date": "2021-12-30",
        "date_precision": "day",
    }
    fields.update(kw)
    return Event(**fields)  # type: ignore[arg-type]


CALL = _event(
    "Biden and Putin spoke by phone on Thursday",
    "CONSULT",
    mode="phone",
    cameo="040",
    goldstein=1.0,
    plover_score=1.0,
    quad_class=1,
    actors=("USAGOV", "RUSGOV"),
    actor_text=("Biden", "Putin"),
    reciprocal=True,
)
MASSED = _event(
    "Russia has massed troops near Ukraine",
    "MOBILIZE",
    mode="troops",
    cameo="152",
    goldstein=-7.2,
    quad_class=3,
    actors=("RUS",),
    recipients=("UKR",),
    actor_text=("Russia",),
    recipient_text=("Ukraine",),
    date="2021-12-31",
)
DENIED = _event(
    "denies it plans to attack Ukraine",
    "ASSAULT",
    cameo="190",
    actors=("RUS",),
    recipients=("UKR",),
    status="negated",
)
IF_FAILS = _event(
    "Moscow will respond", "THREATEN", cameo="130", actors=("RUSGOV",), status="conditional"
)
EVENTS = (CALL, MASSED, DENIED, IF_FAILS)
# The time-expression stage dates each stored event by the time expression in its evidence
# span, else by the publication date (2021-12-31 here).
THURSDAY = Timex(
    "a1", TEXT.index("Thursday"), TEXT.index("Thursday") + 8, 0, "Thursday", "DATE", "2021-12-30"
)


@pytest.fixture
def events_db(db_path: Path) -> Path:
    with Store.open(db_path) as store:
        store.write_batch(
            [
                ProcessedArticle(
                    article=ARTICLE,
                    n_tokens=40,
                    n_sents=4,
                    events=EVENTS,
                    timexes=(THURSDAY,),
                    extractors=("entities.v1", "events.v1", "timex.v1"),
                )
            ]
        )
    return db_path


def _rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def test_events_store_keeps_codes_scores_and_the_evidence_span(events_db):
    rows = _rows(
        events_db,
        "SELECT plover_type, plover_mode, cameo, goldstein, quad_class, actors, recipients, "
        'reciprocal, extractor, start, "end", text FROM events ORDER BY start',
    )
    assert rows[0][:9] == ("CONSULT", "phone", "040", 1.0, 1, "USAGOV;RUSGOV", None, 1, "events.v1")
    assert rows[1][:7] == ("MOBILIZE", "troops", "152", -7.2, 3, "RUS", "UKR")
    assert all(TEXT[start:end] == text for *_, start, end, text in rows)


def test_events_store_lists_participants_in_order_with_their_words(events_db):
    rows = _rows(
        events_db,
        "SELECT p.role, p.ord, p.code, p.text FROM event_participants p JOIN events e "
        "ON e.id = p.event_id WHERE e.plover_type = 'CONSULT' ORDER BY p.role, p.ord",
    )
    assert rows == [("actor", 0, "USAGOV", "Biden"), ("actor", 1, "RUSGOV", "Putin")]


def test_events_store_conditional_is_hypothetical_with_the_conditional_flag(events_db):
    rows = _rows(events_db, "SELECT status, conditional FROM events WHERE cameo = '130'")
    assert rows == [("hypothetical", 1)]


def test_events_store_rewriting_an_article_replaces_its_events(events_db):
    with Store.open(events_db) as store:
        store.write_batch(
            [ProcessedArticle(article=ARTICLE, n_tokens=40, n_sents=4, events=(MASSED,))]
        )
    assert _rows(events_db, "SELECT count(*) FROM events") == [(1,)]
    assert _rows(events_db, "SELECT count(*) FROM event_participants") == [(2,)]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, {"CONSULT", "MOBILIZE", "ASSAULT", "THREATEN"}),
        ({"actor": "rus"}, {"CONSULT", "MOBILIZE", "ASSAULT", "THREATEN"}),
        ({"actor": "USA"}, {"CONSULT"}),
        ({"recipient": "RUS"}, {"CONSULT"}),  # the other party of a reciprocal event
        ({"actor": "putin"}, {"CONSULT"}),  # the words that named a party
        ({"recipient": "UKR"}, {"MOBILIZE", "ASSAULT"}),
        ({"plover_type": "mobilize"}, {"MOBILIZE"}),
        ({"status": "negated"}, {"ASSAULT"}),
        ({"status": "conditional"}, {"THREATEN"}),
        ({"date_from": "2021-12-31"}, {"MOBILIZE", "ASSAULT", "THREATEN"}),
        ({"date_to": "2021-12-30"}, {"CONSULT"}),
        (
            {"date_from": "2021-12", "date_to": "2021-12"},
            {"CONSULT", "MOBILIZE", "ASSAULT", "THREATEN"},
        ),
    ],
)
def test_events_store_query_filters(events_db, filters, expected):
    with Store.open(events_db, readonly=True) as store:
        found = store.events(**filters)
    assert {r["plover_type"] for r in found} == expected
    assert all(r["outlet"] == "Example Wire" for r in found)


def test_events_store_export_has_the_event_data_columns(events_db):
    buffer = io.StringIO()
    with Store.open(events_db, readonly=True) as store:
        assert store.export("events", "csv", buffer) == 4
    rows = list(csv.DictReader(io.StringIO(buffer.getvalue())))
    for column in ("plover_type", "cameo", "goldstein", "quad_class", "actors", "recipients"):
        assert column in rows[0]
    assert rows[0]["actors"] == "USAGOV;RUSGOV"


runner = CliRunner()


def test_events_cli_lists_filtered_events_with_status(events_db):
    result = runner.invoke(app, ["events", "--db", str(events_db), "--recipient", "UKR"])
    assert result.exit_code == 0, result.output
    assert "MOBILIZE" in result.output and "RUS -> UKR" in result.output
    assert "[negated]" in result.output
    assert "CONSULT" not in result.output


def test_events_cli_json_lines_parse(events_db):
    result = runner.invoke(app, ["events", "--db", str(events_db), "--type", "CONSULT", "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [(r["actors"], r["reciprocal"]) for r in rows] == [("USAGOV;RUSGOV", 1)]


def test_events_cli_eval_unknown_format_names_the_formats(tmp_path):
    gold = tmp_path / "gold.tsv"
    gold.write_text("id\tEventSnippet\tSubType\n")
    result = runner.invoke(app, ["eval", "events", "--gold", str(gold), "--format", "gdelt"])
    assert result.exit_code == 1
    assert "plover-gsr" in result.output and "petrarch" in result.output
