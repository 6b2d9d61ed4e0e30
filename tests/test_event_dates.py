"""Event dates: a date phrase attached to the predicate, resolved against publication."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsgraph.extract.event_dates import clause_date

from .helpers import make_doc

FRIDAY_DEC31 = datetime(2021, 12, 31, 4, 50, tzinfo=UTC)


def _spoke(date_words: list[str], *, published: datetime | None = FRIDAY_DEC31):
    """ "Biden spoke on <date words>": spoke(1) <- Biden(0), on(2) <- spoke, date <- on."""
    words = ["Biden", "spoke", "on", *date_words]
    n = len(words)
    heads = [1, 1, 1] + [3] * (n - 3)
    heads[3] = 2  # the first date word is the object of "on"; the rest hang from it
    deps = ["nsubj", "ROOT", "prep", "pobj"] + ["npadvmod"] * (n - 4)
    pos = ["PROPN", "VERB", "ADP"] + ["PROPN"] * (n - 3)
    return make_doc(
        words,
        heads=heads,
        deps=deps,
        pos=pos,
        ents=[(3, n, "DATE")],
        sents=[(0, n)],
        published=published,
    )


@pytest.mark.parametrize(
    ("date_words", "forward", "expected"),
    [
        (["Thursday"], False, ("2021-12-30", "day")),  # the day before a Friday report
        (["Friday"], False, ("2021-12-31", "day")),  # the report's own day
        (["Thursday"], True, ("2022-01-06", "day")),  # scheduled: the coming Thursday
        (["Monday", "next"], True, ("2022-01-03", "day")),
        (["December", "7"], False, ("2021-12-07", "day")),
        (["January", "10"], True, ("2022-01-10", "day")),  # no year: the nearest one
        (["November", "2021"], False, ("2021-11", "month")),
        (["yesterday"], False, ("2021-12-30", "day")),
    ],
)
def test_event_dates_resolve_against_the_publication_date(date_words, forward, expected):
    doc = _spoke(date_words)
    assert clause_date(doc, {1}, (0, len(doc.tokens)), forward) == expected


def test_event_dates_need_a_publication_date():
    doc = _spoke(["Thursday"], published=None)
    assert clause_date(doc, {1}, (0, len(doc.tokens)), False) is None


def test_event_dates_a_date_of_another_clause_is_not_the_acts():
    # "Biden warned Putin , who spoke on Thursday": the date belongs to "spoke" (a relcl).
    words = ["Biden", "warned", "Putin", ",", "who", "spoke", "on", "Thursday"]
    doc = make_doc(
        words,
        heads=[1, 1, 1, 1, 5, 2, 5, 6],
        deps=["nsubj", "ROOT", "dobj", "punct", "nsubj", "relcl", "prep", "pobj"],
        pos=["PROPN", "VERB", "PROPN", "PUNCT", "PRON", "VERB", "ADP", "PROPN"],
        ents=[(7, 8, "DATE")],
        sents=[(0, 8)],
        published=FRIDAY_DEC31,
    )
    assert clause_date(doc, {1}, (0, 8), False) is None
    assert clause_date(doc, {5}, (0, 8), False) == ("2021-12-30", "day")


def test_event_dates_since_is_no_date_of_the_act():
    words = ["NATO", "met", "since", "July", "2019"]
    doc = make_doc(
        words,
        heads=[1, 1, 1, 2, 3],
        deps=["nsubj", "ROOT", "prep", "pobj", "nummod"],
        pos=["PROPN", "VERB", "ADP", "PROPN", "NUM"],
        ents=[(3, 5, "DATE")],
        sents=[(0, 5)],
        published=FRIDAY_DEC31,
    )
    assert clause_date(doc, {1}, (0, 5), False) is None
