# ruff: noqa: E501 - a row's frozen parse is one token string a line
"""Specifications of the time-expression extractor, fourteenth round (issue 4).

First, four faults found by earlier probes, each pinned by a test. Then a probe set of
hand-written news sentences in our own words, in the genres the earlier probes covered least
(sports results and fixtures, courts, weather and disasters, science and health, elections and
parliaments, obituaries), with publication dates on several weekdays and years, and the TIMEX3
spans, types and values the TimeML 1.2.1 / TIMEX3 guidelines give them. Written to measure
generalisation to unseen news, not taken from any corpus.

Each row carries the parse the repository's model gives the sentence ("lemma/TAG/head/dep/entity"
a token, "-" for no entity), frozen here as in tests/test_timex_probe_unseen.py, so that the
test needs no model.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsgraph.extract.timex import extract_timexes
from tests.helpers import make_doc
from tests.test_timex import LEX

PUBLISHED = {
    "A": datetime(2008, 10, 15, 12, tzinfo=UTC),  # Wednesday, ISO week 42, Q4
}


def _sentences(words: list[str]) -> list[tuple[int, int]]:
    """A row may hold several sentences: each ends at a full stop of its own."""
    cuts = [i + 1 for i, w in enumerate(words) if w == "." and i + 1 < len(words)]
    bounds = [0, *cuts, len(words)]
    return list(zip(bounds, bounds[1:], strict=False))


def _found(key: str, sentence: str, parse: str) -> list[tuple[str, str, str]]:
    words = sentence.split()
    cols = [tok.rsplit("/", 4) for tok in parse.split()]
    assert len(cols) == len(words)
    ents, i = [], 0
    while i < len(cols):  # runs of one entity label (none is "-")
        j = i
        while j < len(cols) and cols[j][4] == cols[i][4]:
            j += 1
        if cols[i][4] != "-":
            ents.append((i, j, cols[i][4]))
        i = j
    doc = make_doc(
        words,
        lemmas=[c[0] for c in cols],
        pos=[c[1] for c in cols],
        heads=[int(c[2]) for c in cols],
        deps=[c[3] for c in cols],
        ents=ents,
        sents=_sentences(words),
        published=PUBLISHED[key],
    )
    return [(t.text, t.type, t.value) for t in extract_timexes(doc, LEX)]


# ------------------------------------------------------------------------ four known faults


def test_timex_earlier_in_the_day_is_not_the_end_of_a_reporting_period():
    # "the quarter ended Sept. 30" bounds a period; "earlier in the day" is the day of the
    # news being told, here the publication day
    sentence = (
        "Net income for the quarter ended Sept. 30 rose 12 % . Shares fell 3 % earlier in the day ."
    )
    parse = "net/JJ/1/amod/- income/NN/8/nsubj/- for/IN/1/prep/- the/DT/4/det/DATE quarter/NN/2/pobj/DATE end/VBD/4/acl/DATE Sept./NNP/5/npadvmod/DATE 30/CD/6/nummod/DATE rise/VBD/8/ROOT/- 12/CD/10/nummod/PERCENT %/NN/8/npadvmod/PERCENT ././8/punct/- share/NNS/13/nsubj/- fall/VBD/13/ROOT/- 3/CD/15/nummod/PERCENT %/NN/16/npadvmod/PERCENT early/RBR/13/advmod/TIME in/IN/13/prep/TIME the/DT/19/det/TIME day/NN/17/pobj/TIME ././13/punct/-"
    assert _found("A", sentence, parse) == [
        ("the quarter", "DATE", "2008-Q3"),
        ("Sept. 30", "DATE", "2008-09-30"),
        ("earlier in the day", "DATE", "2008-10-15"),
    ]


def test_timex_the_nth_straight_session_on_a_weekday_is_that_weekday():
    # the run's last session is the day named right after it, as "the fourth straight month
    # in November" is November
    sentence = "Stocks fell for a fourth straight session on Tuesday ."
    parse = "stock/NNS/1/nsubj/- fall/VBD/1/ROOT/- for/IN/1/prep/- a/DT/6/det/- fourth/JJ/6/amod/ORDINAL straight/JJ/6/amod/- session/NN/2/pobj/- on/IN/1/prep/- Tuesday/NNP/7/pobj/DATE ././1/punct/-"
    assert _found("A", sentence, parse) == [
        ("fourth straight session", "DATE", "2008-10-14"),
        ("Tuesday", "DATE", "2008-10-14"),
    ]


@pytest.mark.parametrize(
    ("sentence", "parse", "expected"),
    [
        ("The judge set a trial date of Sept. 12 .",
         "the/DT/1/det/- judge/NN/2/nsubj/- set/VBD/2/ROOT/- a/DT/5/det/- trial/NN/5/compound/- date/NN/2/dobj/- of/IN/5/prep/- Sept./NNP/6/pobj/DATE 12/CD/7/nummod/DATE ././2/punct/-",
         [("Sept. 12", "DATE", "2009-09-12")]),
        ("The judge set sentencing for Sept. 12 .",
         "the/DT/1/det/- judge/NN/2/nsubj/- set/VBD/2/ROOT/- sentencing/NN/2/dobj/- for/IN/2/prep/- Sept./NNP/4/pobj/DATE 12/CD/5/nummod/DATE ././2/punct/-",
         [("Sept. 12", "DATE", "2009-09-12")]),
        ("Lawmakers face a deadline of Sept. 12 .",
         "lawmaker/NNS/1/nsubj/- face/VBP/1/ROOT/- a/DT/3/det/- deadline/NN/1/dobj/- of/IN/3/prep/- Sept./NNP/4/pobj/DATE 12/CD/5/nummod/DATE ././1/punct/-",
         [("Sept. 12", "DATE", "2009-09-12")]),
        # a deadline that was missed has passed
        ("The company missed a deadline of Sept. 12 .",
         "the/DT/1/det/- company/NN/2/nsubj/- miss/VBD/2/ROOT/- a/DT/4/det/- deadline/NN/2/dobj/- of/IN/4/prep/- Sept./NNP/5/pobj/DATE 12/CD/6/nummod/DATE ././2/punct/-",
         [("Sept. 12", "DATE", "2008-09-12")]),
    ],
)  # fmt: skip
def test_timex_a_scheduled_date_lies_ahead_though_it_was_set_in_the_past(sentence, parse, expected):
    assert _found("A", sentence, parse) == expected


@pytest.mark.parametrize(
    ("sentence", "parse", "expected"),
    [
        # the anchor is a day: the value is that day (a point of hours after it, at the
        # precision the anchor has, as "two hours ago" is the publication day)
        ("The fire broke out on Monday . Firefighters arrived about two hours later .",
         "the/DT/1/det/- fire/NN/2/nsubj/- break/VBD/2/ROOT/- out/RP/2/prt/- on/IN/2/prep/- Monday/NNP/4/pobj/DATE ././2/punct/- firefighter/NNS/8/nsubj/- arrive/VBD/8/ROOT/- about/RB/10/advmod/TIME two/CD/11/nummod/TIME hour/NNS/12/npadvmod/TIME later/RB/8/advmod/TIME ././8/punct/-",
         [("Monday", "DATE", "2008-10-13"), ("about two hours later", "DATE", "2008-10-13")]),
        ("The quake struck on Sunday . Hours later , a tsunami hit the coast .",
         "the/DT/1/det/- quake/NN/2/nsubj/- strike/VBD/2/ROOT/- on/IN/2/prep/- Sunday/NNP/3/pobj/DATE ././2/punct/- hour/NNS/7/npadvmod/TIME later/RB/11/advmod/TIME ,/,/11/punct/- a/DT/10/det/- tsunami/NN/11/nsubj/- hit/VBD/11/ROOT/- the/DT/13/det/- coast/NN/11/dobj/- ././11/punct/-",
         [("Sunday", "DATE", "2008-10-12"), ("Hours later", "DATE", "2008-10-12")]),
        # the anchor has a clock time: the value is a TIME, the anchor moved by the offset
        ("The plane took off at 9 a.m. on Monday . It crashed about two hours later .",
         "the/DT/1/det/- plane/NN/2/nsubj/- take/VBD/2/ROOT/- off/RP/2/prt/- at/IN/2/prep/- 9/CD/6/nummod/TIME a.m./NN/4/pobj/TIME on/IN/6/prep/- Monday/NNP/7/pobj/DATE ././2/punct/- it/PRP/11/nsubj/- crash/VBD/11/ROOT/- about/RB/13/advmod/TIME two/CD/14/nummod/TIME hour/NNS/15/npadvmod/TIME later/RB/11/advmod/TIME ././11/punct/-",
         [("9 a.m. on Monday", "TIME", "2008-10-13T09:00"), ("about two hours later", "TIME", "2008-10-13T11:00")]),
    ],
)  # fmt: skip
def test_timex_hours_later_is_a_point_after_the_previous_time(sentence, parse, expected):
    assert _found("A", sentence, parse) == expected
