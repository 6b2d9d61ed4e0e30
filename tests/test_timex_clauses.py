"""Specifications of the time-expression extractor, third round: what the clause says.

Hand-built documents, no model. The publication date is Wednesday 29 December 2021.
"""

from __future__ import annotations

import pytest

from newsgraph.extract.timex import tense_at
from tests.helpers import make_doc
from tests.test_timex import LEX, PUB, found, timexes
from tests.test_timex_anchoring import _parsed

# --------------------------------------------------------------------------- "later", "soon"


def test_timex_later_in_a_future_clause_is_the_future():
    assert found("It will be released later .", "PRP MD VB VBN RB .") == [
        ("later", "DATE", "FUTURE_REF")
    ]


def test_timex_later_in_a_past_clause_is_an_unknown_date_not_the_future():
    # "was later released": after a past event, which may itself be long past
    words = ["He", "was", "later", "released", "."]
    tags = ["PRP", "VBD", "RB", "VBN", "."]
    heads = [3, 3, 3, 3, 3]
    deps = ["nsubjpass", "auxpass", "advmod", "ROOT", "punct"]
    assert _parsed(words, tags, heads, deps) == [("later", "XXXX-XX-XX")]


def test_timex_eventually_in_a_past_clause_is_an_unknown_date():
    words = ["She", "eventually", "arrived", "."]
    tags = ["PRP", "RB", "VBD", "."]
    assert _parsed(words, tags, [2, 2, 2, 2], ["nsubj", "advmod", "ROOT", "punct"]) == [
        ("eventually", "XXXX-XX-XX")
    ]


def test_timex_shortly_after_a_time_is_no_time_of_its_own():
    got = found("A call came shortly after 3:30 a.m. .", "DT NN VBD RB IN CD NN .")
    assert [text for text, _type, _value in got] == ["3:30 a.m."]


def test_timex_the_future_stays_the_future_whatever_the_tense():
    got = found("He worried about the future .", "PRP VBD IN DT NN .")
    assert got == [("the future", "DATE", "FUTURE_REF")]


# --------------------------------------------------------------------------- tense of the clause


def test_timex_struggling_to_reach_a_place_on_tuesday_happened_on_the_tuesday_before():
    # "struggle", like "fail" or "try", says its infinitive's event was under way
    words = ["Rescuers", "struggled", "to", "reach", "the", "area", "late", "Tuesday", "."]
    tags = ["NNS", "VBD", "TO", "VB", "DT", "NN", "JJ", "NNP", "."]
    heads = [1, 1, 3, 1, 5, 3, 7, 3, 1]
    deps = ["nsubj", "ROOT", "aux", "xcomp", "det", "dobj", "amod", "npadvmod", "punct"]
    lemmas = ["rescuer", "struggle", "to", "reach", "the", "area", "late", "Tuesday", "."]
    assert _parsed(words, tags, heads, deps, lemmas) == [("late Tuesday", "2021-12-28")]


def test_timex_agreeing_to_meet_on_tuesday_is_the_tuesday_after():
    # the contrast: an infinitive of a verb that is not implicative looks ahead
    words = ["They", "agreed", "to", "meet", "on", "Tuesday", "."]
    tags = ["PRP", "VBD", "TO", "VB", "IN", "NNP", "."]
    heads = [1, 1, 3, 1, 3, 4, 1]
    deps = ["nsubj", "ROOT", "aux", "xcomp", "prep", "pobj", "punct"]
    lemmas = ["they", "agree", "to", "meet", "on", "Tuesday", "."]
    assert _parsed(words, tags, heads, deps, lemmas) == [("Tuesday", "2022-01-04")]


def test_timex_a_month_that_was_possible_lies_ahead_of_the_saying():
    # reported speech shifts "is possible" to "was possible"; the month is still ahead
    words = ["He", "said", "an", "attack", "was", "possible", "in", "late", "January", "."]
    tags = ["PRP", "VBD", "DT", "NN", "VBD", "JJ", "IN", "JJ", "NNP", "."]
    heads = [1, 1, 3, 4, 1, 4, 4, 8, 6, 1]
    deps = ["nsubj", "ROOT", "det", "nsubj", "ccomp", "acomp", "prep", "amod", "pobj", "punct"]
    lemmas = ["he", "say", "an", "attack", "be", "possible", "in", "late", "January", "."]
    assert _parsed(words, tags, heads, deps, lemmas) == [("late January", "2022-01")]


def test_timex_a_month_that_was_busy_is_the_month_before():
    words = ["Trading", "was", "busy", "in", "October", "."]
    tags = ["NN", "VBD", "JJ", "IN", "NNP", "."]
    heads = [1, 1, 1, 1, 3, 1]
    deps = ["nsubj", "ROOT", "acomp", "prep", "pobj", "punct"]
    lemmas = ["trading", "be", "busy", "in", "October", "."]
    assert _parsed(words, tags, heads, deps, lemmas) == [("October", "2021-10")]


def test_tense_at_without_the_lexicon_knows_neither_implicative_verbs_nor_adjectives():
    words = ["An", "attack", "was", "possible", "in", "January", "."]
    doc = make_doc(
        words,
        pos=["DT", "NN", "VBD", "JJ", "IN", "NNP", "."],
        heads=[1, 2, 2, 2, 2, 4, 2],
        deps=["det", "nsubj", "ROOT", "acomp", "prep", "pobj", "punct"],
        lemmas=["an", "attack", "be", "possible", "in", "January", "."],
        published=PUB,
    )
    assert tense_at(doc, 5, 5) == "past"
    from newsgraph.extract.timex_rules import load_rules

    assert tense_at(doc, 5, 5, load_rules(LEX).vocab) == "future"


# --------------------------------------------------------------------------- the year in question


def test_timex_the_year_in_a_future_clause_is_not_a_past_year_named_before():
    sentence = "Output fell from 24% in 1990 . Supply will ease in the second half of the year ."
    tags = "NN VBD IN CD IN CD . NN MD VB IN DT JJ NN IN DT NN ."
    got = found(sentence, tags, sents=[(0, 7), (7, 17)])
    assert got[-1] == ("the second half of the year", "DATE", "2021-H2")


def test_timex_the_year_in_a_past_clause_is_still_the_year_named_before():
    sentence = "Sales fell in 2019 . They recovered in the second half of the year ."
    tags = "NNS VBD IN CD . PRP VBD IN DT JJ NN IN DT NN ."
    got = found(sentence, tags, sents=[(0, 5), (5, 15)])
    assert got[-1] == ("the second half of the year", "DATE", "2019-H2")


# --------------------------------------------------------------------------- runs of periods


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        ("Stocks rose for a fourth week in a row .", "NNS VBD IN DT JJ NN IN DT NN .",
         ("fourth week", "DATE", "2021-W52")),
        ("The index fell for the fifth consecutive session .", "DT NN VBD IN DT JJ JJ NN .",
         ("fifth consecutive session", "DATE", "2021-12-29")),
        ("It was the 12th straight month of gains .", "PRP VBD DT JJ JJ NN IN NNS .",
         ("12th straight month", "DATE", "2021-12")),
    ],
)  # fmt: skip
def test_timex_the_nth_period_in_a_row_is_the_period_being_reported(sentence, tags, expected):
    assert found(sentence, tags) == [expected]


def test_timex_the_nth_straight_day_is_the_day_named_before():
    sentence = "Stocks fell on Monday for a third straight day ."
    got = found(sentence, "NNS VBD IN NNP IN DT JJ JJ NN .")
    assert got == [
        ("Monday", "DATE", "2021-12-27"),
        ("third straight day", "DATE", "2021-12-27"),
    ]


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        ("The Dow gained for six straight days .", "DT NNP VBD IN CD JJ NNS .",
         [("six straight days", "DURATION", "P6D")]),
        ("He won for the third time .", "PRP VBD IN DT JJ NN .", []),
        ("The third day of talks ended .", "DT JJ NN IN NNS VBD .", []),
    ],
)  # fmt: skip
def test_timex_a_count_of_periods_or_an_ordinal_alone_is_no_period_being_reported(
    sentence, tags, expected
):
    assert found(sentence, tags) == expected


# --------------------------------------------------------------------------- market reports


def test_timex_afternoon_trading_is_the_afternoon_of_the_day_being_reported():
    got = found("On Monday , oil fell in afternoon trading .", "IN NNP , NN VBD IN NN NN .")
    assert got == [("Monday", "DATE", "2021-12-27"), ("afternoon", "TIME", "2021-12-27TAF")]


def test_timex_morning_trading_with_no_day_named_is_the_publication_day():
    got = found("Shares rose in morning trading .", "NNS VBD IN NN NN .")
    assert got == [("morning", "TIME", "2021-12-29TMO")]


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        ("First-half profit fell .", "JJ NN VBD .", [("First-half", "DATE", "2021-H1")]),
        ("Second-half sales rose .", "JJ NNS VBD .", [("Second-half", "DATE", "2021-H2")]),
        ("He scored a first-half goal .", "PRP VBD DT JJ NN .", []),
    ],
)  # fmt: skip
def test_timex_a_first_half_profit_is_a_half_year_but_a_first_half_goal_is_not(
    sentence, tags, expected
):
    assert found(sentence, tags) == expected


# --------------------------------------------------------------------------- holidays


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        # Thanksgiving is the fourth Thursday of November; Black Friday the day after it
        ("Sales were strong over Thanksgiving .", "NNS VBD JJ IN NNP .",
         [("Thanksgiving", "DATE", "2021-11-25")]),
        ("Stores opened early on Black Friday .", "NNS VBD RB IN NNP NNP .",
         [("Black Friday", "DATE", "2021-11-26")]),
        ("Markets closed for Easter .", "NNS VBD IN NNP .", [("Easter", "DATE", "2021-04-04")]),
        ("Markets will close on Good Friday .", "NNS MD VB IN NNP NNP .",
         [("Good Friday", "DATE", "2022-04-15")]),
        ("The office closed on Memorial Day .", "DT NN VBD IN NNP NNP .",
         [("Memorial Day", "DATE", "2021-05-31")]),
        ("The tsunami struck on Boxing Day 2004 .", "DT NN VBD IN NNP NNP CD .",
         [("Boxing Day 2004", "DATE", "2004-12-26")]),
        ("He starred in the 2009 Christmas special .", "PRP VBD IN DT CD NNP NN .",
         [("2009 Christmas", "DATE", "2009-12-25")]),
    ],
)  # fmt: skip
def test_timex_movable_and_fixed_holidays_fall_on_their_day(sentence, tags, expected):
    assert found(sentence, tags) == expected


def test_timex_a_place_named_after_a_holiday_is_no_date():
    sentence = "They flew to Easter Island ."
    got = found(sentence, "PRP VBD IN NNP NNP .", ents=[(3, 5, "LOC")])
    assert got == []


def test_timex_a_movable_holiday_without_publication_date_is_unresolved():
    got = timexes("Sales were strong over Thanksgiving .", "NNS VBD JJ IN NNP .", published=None)
    assert [(t.value, t.resolved) for t in got] == [("XXXX-XX-XX", False)]


def test_timex_the_same_period_last_year_takes_the_period_named_before():
    sentence = "Sales rose in the first quarter from the same period last year ."
    got = found(sentence, "NNS VBD IN DT JJ NN IN DT JJ NN JJ NN .")
    assert got[-1] == ("the same period last year", "DATE", "2020-Q1")


def test_timex_the_same_period_last_year_with_no_period_named_is_last_year():
    got = found("Sales rose from the same period last year .", "NNS VBD IN DT JJ NN JJ NN .")
    assert got == [("the same period last year", "DATE", "2020")]


# --------------------------------------------------------------------------- spans


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The bank reports on 24 March.", ("24 March", "DATE", "2022-03-24")),
        ("Talks were held on Dec. 3 in Paris .", ("Dec. 3", "DATE", "2021-12-03")),
    ],
)
def test_timex_a_full_month_name_takes_no_full_stop_but_an_abbreviation_does(sentence, expected):
    assert found(sentence)[-1] == expected


def test_timex_rules_behind_the_literal_gate_still_match_when_their_words_are_there():
    got = found("Profits rose in the Third Quarter and in Spring .")
    assert [v for _t, _ty, v in got] == ["2021-Q3", "2021-SP"]
