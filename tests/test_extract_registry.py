"""The extractor registry: an extractor that needs another's rows gets them, not a rescan."""

from __future__ import annotations

from datetime import UTC, datetime

import newsgraph.extract.schedule as schedule_module
from newsgraph.extract import run_extractors
from newsgraph.lexicons import Lexicons

from .helpers import make_doc

LEX = Lexicons.load()
PUB = datetime(2021, 12, 29, 10, 0, tzinfo=UTC)


def _meeting_doc():
    words = ["The", "council", "will", "meet", "on", "January", "12", "in", "Brussels", "."]
    tags = ["DT", "NN", "MD", "VB", "IN", "NNP", "CD", "IN", "NNP", "."]
    return make_doc(
        words, pos=tags, lemmas=[w.lower() for w in words], ents=[(8, 9, "GPE")], published=PUB
    )


def _no_rescan(*_args, **_kwargs):
    raise AssertionError("schedule scanned the text for time expressions again")


def test_registry_schedule_reuses_the_timexes_found_before_it(monkeypatch):
    expected = run_extractors(_meeting_doc(), LEX, ["timex.v1", "schedule.v1"])
    monkeypatch.setattr(schedule_module, "extract_timexes", _no_rescan)
    found = run_extractors(_meeting_doc(), LEX, ["timex.v1", "schedule.v1"])
    assert found == expected
    assert [item.date for item in found["schedule"]] == ["2022-01-12"]


def test_registry_schedule_alone_finds_its_own_timexes():
    found = run_extractors(_meeting_doc(), LEX, ["schedule.v1"])
    assert [item.date for item in found["schedule"]] == ["2022-01-12"]
    assert "timexes" not in found
