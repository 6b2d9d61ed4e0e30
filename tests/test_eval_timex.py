"""The TempEval-3 metrics and the gold readers of newsgraph.eval.timex."""

from __future__ import annotations

import json
from datetime import date

import pytest

from newsgraph.eval.meantime import read_meantime_docs
from newsgraph.eval.timex import (
    GoldDoc,
    GoldTimex,
    evaluate_timex,
    read_meantime,
    read_timeml,
    score,
)
from tests.conftest import SHARED_EVAL

TEXT = "Lavrov said Wednesday that talks begin in January, for about an hour."


def _gold() -> list[GoldDoc]:
    return [
        GoldDoc(
            "d1",
            TEXT,
            date(2021, 12, 29),
            (GoldTimex(12, 21, "DATE", "2021-12-29"), GoldTimex(42, 49, "DATE", "2022-01")),
        )
    ]


def test_eval_timex_metric_arithmetic_on_a_tiny_pair():
    predicted = {
        "d1": [
            (12, 21, "DATE", "2021-12-29"),  # exact span, right value
            (39, 49, "DATE", "2021-01"),  # "in January": overlaps only, wrong value
            (55, 68, "DURATION", "PT1H"),  # not in the gold: a false positive
        ]
    }
    m = score(_gold(), predicted)
    assert m["n_gold"] == 2 and m["n_pred"] == 3
    assert m["strict_p"] == pytest.approx(1 / 3)
    assert m["strict_r"] == pytest.approx(1 / 2)
    assert m["strict_f1"] == pytest.approx(0.4)
    assert m["relaxed_p"] == pytest.approx(2 / 3)
    assert m["relaxed_r"] == pytest.approx(1.0)
    assert m["relaxed_f1"] == pytest.approx(0.8)
    assert m["type_acc"] == pytest.approx(1.0)
    assert m["value_acc"] == pytest.approx(0.5)
    assert m["value_f1"] == pytest.approx(0.4)


def test_eval_timex_no_predictions_scores_zero_without_dividing_by_zero():
    m = score(_gold(), {})
    assert (m["relaxed_f1"], m["value_f1"], m["n_gold"]) == (0.0, 0.0, 2)


def test_eval_timex_ignored_and_out_of_scope_predictions_are_not_scored():
    gold = [GoldDoc("d", "March 01 , 2008 . It fell in 2007 . And 2006", None,
                    (GoldTimex(29, 33, "DATE", "2007"),), ignore=((0, 15),), scope=35)]  # fmt: skip
    predicted = {
        "d": [(0, 15, "DATE", "2008-03-01"), (29, 33, "DATE", "2007"), (40, 44, "DATE", "2006")]
    }
    m = score(gold, predicted)
    assert (m["n_pred"], m["strict_p"], m["value_f1"]) == (1, 1.0, 1.0)


DCT = '<TIMEX3 tid="t0" type="DATE" value="2021-12-29" functionInDocument="CREATION_TIME">'
TML = (
    '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>tiny</DOCID>\n'
    f"<DCT>{DCT}2021-12-29</TIMEX3></DCT>\n"
    '<TEXT>Lavrov <EVENT eid="e1">said</EVENT> '
    '<TIMEX3 tid="t1" type="DATE" value="2021-12-29">Wednesday</TIMEX3> that talks begin in '
    '<TIMEX3 tid="t2" type="DATE" value="2022-01">January</TIMEX3>.</TEXT>\n</TimeML>\n'
)


def test_eval_timex_timeml_reader_reads_text_offsets_and_dct(tmp_path):
    path = tmp_path / "tiny.tml"
    path.write_text(TML, encoding="utf-8")
    (doc,) = read_timeml(tmp_path)
    assert doc.published == date(2021, 12, 29)
    assert doc.text == "Lavrov said Wednesday that talks begin in January."
    assert [(doc.text[t.start : t.end], t.value) for t in doc.timexes] == [
        ("Wednesday", "2021-12-29"),
        ("January", "2022-01"),
    ]


def test_eval_timex_timeml_reader_skips_non_consuming_timexes(tmp_path):
    # TimeBank-style empty TIMEX3s stand for dates no words express: no extractor can find them
    tml = TML.replace("that talks", '<TIMEX3 tid="t9" type="DATE" value="2022-01-10"/>that talks')
    (tmp_path / "empty.tml").write_text(tml, encoding="utf-8")
    (doc,) = read_timeml(tmp_path)
    assert [t.value for t in doc.timexes] == ["2021-12-29", "2022-01"]


def test_eval_timex_timeml_reader_takes_the_dct_from_its_function_when_no_dct_element(tmp_path):
    tml = (
        '<?xml version="1.0" ?>\n<TimeML xmlns="http://example.org/timeml">'
        '<TEXT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">'
        "March 22, 2013</TIMEX3>: Talks resumed "
        '<TIMEX3 tid="t1" type="DATE" value="2013-03-21">Thursday</TIMEX3>.</TEXT></TimeML>'
    )
    (tmp_path / "nodct.tml").write_text(tml, encoding="utf-8")
    (doc,) = read_timeml(tmp_path)
    assert doc.published == date(2013, 3, 22)
    assert [doc.text[t.start : t.end] for t in doc.timexes] == ["Thursday"]
    assert [doc.text[a:b] for a, b in doc.ignore] == ["March 22, 2013"]  # given, not scored


def test_eval_timex_meantime_reader_drops_creation_time_and_limits_scope(tmp_path):
    text = "Title\nMarch 01 , 2008\nIt fell in 2007 .\nb\nc\nd\nIn 2006 too ."
    rec = {"doc_id": "1", "corpus": "corpus_x", "dct": None, "text": text, "timexes": [
        {"start": 6, "end": 21, "text": "March 01 , 2008", "type": "DATE", "value": "2008-03-01",
         "function": "CREATION_TIME"},
        {"start": 33, "end": 37, "text": "2007", "type": "DATE", "value": "2007"}]}  # fmt: skip
    path = tmp_path / "m.jsonl"
    path.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    (doc,) = read_meantime(path)
    assert doc.published == date(2008, 3, 1)  # from the CREATION_TIME mention
    assert [t.value for t in doc.timexes] == ["2007"]
    assert doc.ignore == ((6, 21),)
    assert doc.scope is not None and text.index("In 2006") >= doc.scope
    assert read_meantime_docs(path)[0].corpus == "corpus_x"


def test_eval_timex_meantime_without_dct_takes_the_date_line(tmp_path):
    text = "Title\nSeptember 01 , 2007\nThe flight was delayed today ."
    rec = {"doc_id": "2", "corpus": "c", "text": text, "timexes": [
        {"start": 6, "end": 25, "type": "DATE", "value": "2007-09-01"}]}  # fmt: skip
    path = tmp_path / "m.jsonl"
    path.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    assert read_meantime(path)[0].published == date(2007, 9, 1)
    rec["text"] = "Title\nno date here\nText ."
    path.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    assert read_meantime(path)[0].published is None


@pytest.mark.model
def test_eval_timex_meantime_smoke_on_a_few_documents(nlp):
    path = SHARED_EVAL / "time" / "meantime_en_docs.jsonl"
    if not path.exists():
        pytest.skip(f"{path} not present")
    docs = read_meantime(path)[:4]
    m = evaluate_timex(docs, nlp)
    assert set(m) >= {"strict_f1", "relaxed_f1", "type_acc", "value_acc", "value_f1", "n_gold"}
    assert m["n_gold"] == sum(len(d.timexes) for d in docs)
    assert m["relaxed_f1"] > 0.5
