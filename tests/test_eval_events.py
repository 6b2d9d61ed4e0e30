"""Event evaluation: gold readers, metric arithmetic, and smoke runs on ../shared/eval."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.eval.events import (
    CASE_TO_PLOVER,
    event_triples,
    in_split,
    macro_f1,
    read_case2021,
    read_petrarch,
    read_plover_gsr,
)
from newsgraph.types import Event
from tests.conftest import SHARED_EVAL

# A worktree checked out away from the shared folder finds it at its usual place.
EVENTS = next(
    (p for p in (SHARED_EVAL / "events", Path("/work/shared/eval/events")) if p.exists()),
    SHARED_EVAL / "events",
)


def _event(**kw) -> Event:
    base = dict(
        article_id="a",
        start=0,
        end=1,
        sentence=0,
        text="x",
        predicate="x",
        type="ASSAULT",
        cameo="190",
    )
    base.update(kw)
    return Event(**base)


def test_eval_macro_f1_averages_over_labels_seen():
    gold = ["AGREE", "AGREE", "ASSAULT", "REJECT"]
    pred = ["AGREE", "ASSAULT", "ASSAULT", "NONE"]
    # AGREE: 2*1/(2+1)=2/3; ASSAULT: 2*1/(1+2)=2/3; REJECT: 0; CONSULT unseen: skipped
    assert macro_f1(gold, pred, ["AGREE", "ASSAULT", "REJECT", "CONSULT"]) == pytest.approx(4 / 9)


def test_eval_macro_f1_perfect_prediction_is_one():
    assert macro_f1(["AID", "COERCE"], ["AID", "COERCE"], ["AID", "COERCE", "REJECT"]) == 1.0


def test_eval_triples_pair_every_actor_with_every_recipient():
    ev = _event(actors=("ARN", "GON"), recipients=("OSG",), cameo="064")
    assert event_triples([ev]) == {("ARN", "OSG", "064"), ("GON", "OSG", "064")}


def test_eval_triples_skip_negated_and_hypothetical_acts():
    evs = [
        _event(actors=("A",), recipients=("B",), status=s)
        for s in ("negated", "hypothetical", "conditional")
    ]
    assert event_triples(evs) == set()


def test_eval_triples_of_a_reciprocal_event_go_both_ways():
    ev = _event(actors=("USA", "RUS"), reciprocal=True, cameo="040")
    assert event_triples([ev]) == {("USA", "RUS", "040"), ("RUS", "USA", "040")}


def test_eval_split_is_a_fixed_quarter_and_dev_is_the_rest():
    ids = [f"r{i}" for i in range(400)]
    held = [i for i in ids if in_split(i, "heldout")]
    dev = [i for i in ids if in_split(i, "dev")]
    assert set(held).isdisjoint(dev) and len(held) + len(dev) == 400 and 60 < len(held) < 140


def test_eval_plover_reader_maps_v05_labels_and_skips_the_header(tmp_path):
    records = [
        {"id": "H", "event": "DOCUMENT", "eventText": "doc"},
        {
            "id": "A",
            "event": "DEMAND",
            "text": "X demanded Y.",
            "source": [{"code": "USA"}],
            "target": [{"code": "JAP", "sector": "GOV"}],
            "date": "2000-01-01",
        },
    ]
    path = tmp_path / "g.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    (rec,) = read_plover_gsr(path)
    assert (rec.type, rec.actors, rec.recipients) == ("REQUEST", (("USA", ""),), (("JPN", "GOV"),))


def test_eval_petrarch_reader_marks_no_event_and_error_records(tmp_path):
    lines = [
        {
            "id": "A",
            "text": "t",
            "date": "19950101",
            "events": [{"source": "ARN", "target": "GON", "eventcode": "064"}],
            "expect_no_events": False,
            "expected_error": None,
        },
        {
            "id": "B",
            "text": "t",
            "date": "19950101",
            "events": [],
            "expect_no_events": True,
            "expected_error": None,
        },
        {
            "id": "C",
            "text": "t",
            "date": "19950101",
            "events": [],
            "expect_no_events": False,
            "expected_error": "bad_input_parse",
        },
    ]
    path = tmp_path / "p.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    a, b, c = read_petrarch(path)
    assert (a.triples, a.date, b.no_events) == ((("ARN", "GON", "064"),), "1995-01-01", True)
    assert c.extra["discard"] and not c.no_events


def test_eval_case_mapping_names_only_plover_types():
    from newsgraph.eval.events import PLOVER_TYPES

    assert set(CASE_TO_PLOVER.values()) <= set(PLOVER_TYPES)


@pytest.mark.skipif(not EVENTS.exists(), reason="../shared/eval is not on this machine")
def test_eval_readers_read_the_shared_gold_sets():
    assert len(read_plover_gsr(EVENTS / "plover_gsr_dev.json")) == 179
    assert len(read_petrarch(EVENTS / "petr2_unittest_records.jsonl")) == 284
    assert len(read_case2021(EVENTS / "case2021_task2_dev.tsv")) == 480


@pytest.mark.model
@pytest.mark.skipif(not EVENTS.exists(), reason="../shared/eval is not on this machine")
def test_eval_plover_gsr_smoke_gives_the_issue_keys(nlp):
    from newsgraph.eval.events import evaluate

    figures = evaluate(EVENTS / "plover_gsr_dev.json", "plover-gsr", nlp, split="heldout")
    assert {"type_acc", "type_macro_f1", "actor_acc", "recipient_acc", "n"} <= set(figures)
    assert figures["n"] > 0 and 0.0 <= figures["type_macro_f1"] <= 1.0
