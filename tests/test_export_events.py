"""The events export is one flat row per event that pandas, R and DuckDB read without a join."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from newsgraph.store import Store
from newsgraph.types import Article
from tests import briefing_fixture as fx


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):
    s = Store.open(fx.build(tmp_path_factory.mktemp("export") / "fixture.db"))
    yield s
    s.close()


def _rows(store: Store, fmt: str) -> list[dict]:
    buf = io.StringIO()
    store.export("events", fmt, buf)
    text = buf.getvalue()
    if fmt == "csv":
        return list(csv.DictReader(io.StringIO(text)))
    return [json.loads(line) for line in text.splitlines()]


def test_export_events_is_one_row_per_event_with_participants_and_outlet(store: Store) -> None:
    # Codes travel in columns of `events` itself (issue 5's migration); the view adds what
    # needs a join: the outlet, the publication date and the participants' names.
    rows = _rows(store, "jsonl")
    assert [r["id"] for r in rows] == sorted(r["id"] for r in rows)
    assert len(rows) == len({r["id"] for r in rows}) == 7
    council = rows[0]
    assert council["outlet"] == "Example Wire"
    assert council["published"] == "2021-12-03T09:00:00Z"
    assert (council["actor_names"], council["recipient_names"]) == ("NATO", "RUS")
    assert council["date"] == "2022-01-12" and council["status"] == "future"


def test_export_events_keeps_codes_as_strings_with_leading_zeros(store: Store) -> None:
    by_id = {int(r["id"]): r for r in _rows(store, "csv")}
    assert by_id[1]["cameo"] == "040"
    assert isinstance(_rows(store, "jsonl")[0]["cameo"], str)


def test_export_events_parquet_types_codes_as_strings_and_scores_as_floats(
    store: Store, tmp_path: Path
) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    store.export("events", "parquet", tmp_path / "events.parquet")
    schema = pq.read_schema(tmp_path / "events.parquet")
    assert str(schema.field("cameo").type) == "string"
    assert str(schema.field("actor_names").type) == "string"
    assert str(schema.field("intensity").type) == "double"
    assert str(schema.field("id").type) == "int64"


def test_export_events_of_an_empty_database_is_a_header_only_csv(tmp_path: Path) -> None:
    with Store.open(tmp_path / "empty.db") as empty:
        buf = io.StringIO()
        assert empty.export("events", "csv", buf) == 0
    header = buf.getvalue().splitlines()[0].split(",")
    assert header[:2] == ["id", "article_id"] and header[-4:-2] == ["outlet", "published"]
    assert buf.getvalue().count("\n") == 1


def test_export_events_joins_participant_names_in_order_and_falls_back_to_the_code(
    tmp_path: Path,
) -> None:
    with Store.open(tmp_path / "names.db") as s:
        s.add_articles([Article(id="a1", text="US and UK troops met Russian forces.", outlet="AP")])
        s._db.execute(
            'INSERT INTO events (id, article_id, start, "end", sentence, text, plover_type)'
            " VALUES (1, 'a1', 0, 36, 0, 'US and UK troops met Russian forces', 'CONSULT')"
        )
        s._db.executemany(
            "INSERT INTO event_participants (event_id, role, ord, code, text)"
            " VALUES (1, ?, ?, ?, ?)",
            [
                ("actor", 1, "GBRMIL", "UK troops"),
                ("actor", 0, "USAMIL", "US troops"),
                ("recipient", 0, "RUSMIL", None),
            ],
        )
        (row,) = _rows(s, "jsonl")
    assert row["actor_names"] == "US troops;UK troops"
    assert row["recipient_names"] == "RUSMIL"
    assert row["outlet"] == "AP"
