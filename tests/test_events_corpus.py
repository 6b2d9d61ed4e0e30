"""Sample corpus events end to end: `newsgraph run` stores them, the store finds them."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.config import Settings
from newsgraph.pipeline import run
from newsgraph.store import Store

from .conftest import CORPUS

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not CORPUS.exists():
        pytest.skip("examples/corpus is not in this checkout")
    db = tmp_path_factory.mktemp("events") / "corpus.db"
    run([str(CORPUS)], Settings(db=str(db), processes=1))
    return db


def _events(db: Path, **filters: object) -> list[dict]:
    with Store.open(db, readonly=True) as store:
        return store.events(limit=10_000, **filters)  # type: ignore[arg-type]


def _countries(row: dict) -> set[str]:
    codes = f"{row['actors'] or ''};{row['recipients'] or ''}".split(";")
    return {c[:3] for c in codes if c}


def test_events_corpus_dec30_call_is_a_phone_consult_between_usa_and_rus_in_several_outlets(
    corpus_db,
):
    calls = [
        r
        for r in _events(
            corpus_db, plover_type="CONSULT", date_from="2021-12-30", date_to="2021-12-30"
        )
        if r["plover_mode"] == "phone" and {"USA", "RUS"} <= _countries(r)
    ]
    assert len({r["outlet"] for r in calls}) >= 2, calls


def test_events_corpus_troop_buildup_is_mobilize_troops_from_russia_toward_ukraine(corpus_db):
    buildups = _events(corpus_db, plover_type="MOBILIZE", actor="RUS", recipient="UKR")
    reported = [r for r in buildups if r["status"] == "reported" and r["plover_mode"] == "troops"]
    assert len({r["outlet"] for r in reported}) >= 3


def test_events_corpus_denials_of_an_attack_are_never_a_reported_assault(corpus_db):
    assaults = _events(corpus_db, plover_type="ASSAULT")
    denied = [r for r in assaults if "deni" in r["text"].lower()]
    assert denied, "the corpus reports Moscow's denials; none was coded"
    assert all(r["status"] == "negated" for r in denied)
