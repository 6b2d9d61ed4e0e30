"""Specifications of the time-expression extractor: a probe shaped like the TempEval-3
"platinum" test set (US/UK newswire of March-April 2013 in AP, CNN, NYT, WSJ and BBC style),
stored as real TimeML files under tests/data/te3_probe/ so that the `--format timeml` reader
is exercised end to end (a TimeML root, DOCID, DCT with its CREATION_TIME TIMEX3, TITLE, TEXT
with TIMEX3, a few EVENT and SIGNAL tags).

The articles are our own words about real, public events (the budget sequester, the papal
conclave, the Cyprus bailout, Chavez's death, bank earnings); the gold follows TimeML 1.2.1 /
TempEval-3 in the conventions the MEANTIME probes already pin: a determiner belongs to the
span ("the next three years", "the quarter", "the 2000s", value "200"); a part of a day is a
TIME with TMO/TAF ("Friday morning" 2013-03-01TMO); "now"/"currently" are PRESENT_REF;
"each week" a SET P1W; "a year earlier" after a quarter is that quarter a year back. Where
TE3 differs from what the extractor does, the gold keeps TE3's: a preposition splits two
expressions ("Wednesday at 7:06 p.m." is "Wednesday" and "7:06 p.m.").

Measured when written (5 documents, 52 expressions), on main's rules, before any change
(the unseen figure, with the gold's span conventions settled first):
strict F1 0.913, relaxed F1 1.000, value F1 0.885, type accuracy 0.981, 2 of 5 documents
fully right. No rule was changed in that round; the 3 failing documents were strict xfails
with their faults named.

Second round (feature/te3fix), after general rules for the faults it found (each with
hand-written specifications of its own in tests/test_timex_news.py): a number with thousands
commas is one number ("a 2,000-year history"); an arrangement told with a past "be" ("were
first due on Jan. 1") takes the nearest date, not the next; a month followed by its day is
the day's, so "past" before it is the preposition; the baseline of a comparison ("from a
year earlier") is not the period talked about next ("the quarter"); a period noun after
"year-earlier" heads the expression with its article ("the year-earlier period"):
strict F1 0.971, relaxed F1 1.000, value F1 0.981, type accuracy 0.981, 4 of 5 documents
fully right. The one left is a span convention (TE3 splits "Wednesday at 7:06 p.m." at the
preposition, the extractor joins a day and its clock time, as the other probes pin it: "9
p.m. on Tuesday"); it stays a strict xfail.

The live spaCy model parses each document (the `model` mark, as tests/test_schedule_probe.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.eval.timex import predict, read_timeml

pytestmark = pytest.mark.model

PROBE = Path(__file__).resolve().parent / "data" / "te3_probe"

XFAIL = {
    "ap_conclave_20130313": "'Wednesday at 7:06 p.m.' is one span where TE3 splits at the "
    "preposition (a span convention: the other probes pin a day and its clock time as one, "
    "'9 p.m. on Tuesday')",
}


def _params():
    for doc in read_timeml(PROBE):
        marks = [pytest.mark.xfail(strict=True, reason=XFAIL[doc.id])] if doc.id in XFAIL else []
        yield pytest.param(doc, id=doc.id, marks=marks)


def test_probe_files_read_whole():
    docs = read_timeml(PROBE)
    assert len(docs) == 5
    for doc in docs:
        assert doc.published is not None, doc.id
        assert not doc.missing, doc.id
        assert doc.timexes, doc.id


@pytest.mark.parametrize("doc", list(_params()))
def test_te3_probe_document(doc, nlp):
    got = {p for p in predict([doc], nlp)[doc.id] if not any(a <= p[0] < b for a, b in doc.ignore)}
    want = {(t.start, t.end, t.type, t.value) for t in doc.timexes}
    assert sorted(got) == sorted(want)
