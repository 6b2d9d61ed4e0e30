"""Specifications of the time-expression extractor, second round: anchoring and granularity.

Hand-built documents, no model. The publication date is Wednesday 29 December 2021 unless
said otherwise.
"""

from __future__ import annotations

import pytest

from newsgraph.extract.timex import extract_timexes
from tests.helpers import make_doc
from tests.test_timex import LEX, PUB, found, timexes


def _parsed(words, tags, heads, deps, lemmas=None):
    doc = make_doc(words, pos=tags, heads=heads, deps=deps, lemmas=lemmas, published=PUB)
    return [(t.text, t.value) for t in extract_timexes(doc, LEX)]


# --------------------------------------------------------------------------- tense of the clause


def test_timex_had_agreed_on_sunday_is_the_sunday_before():
    # a past perfect is past, whatever the verb: agreeing is not an arrangement verb
    words = ["They", "had", "agreed", "on", "Sunday", "to", "vote", "."]
    tags = ["PRP", "VBD", "VBN", "IN", "NNP", "TO", "VB", "."]
    heads = [2, 2, 2, 2, 3, 6, 2, 2]
    deps = ["nsubj", "aux", "ROOT", "prep", "pobj", "aux", "xcomp", "punct"]
    lemmas = ["they", "have", "agree", "on", "Sunday", "to", "vote", "."]
    assert _parsed(words, tags, heads, deps, lemmas) == [("Sunday", "2021-12-26")]


def test_timex_a_truce_that_was_agreed_on_monday_is_the_monday_before():
    words = ["The", "truce", "that", "was", "agreed", "on", "Monday", "held", "."]
    tags = ["DT", "NN", "WDT", "VBD", "VBN", "IN", "NNP", "VBD", "."]
    heads = [1, 7, 4, 4, 1, 4, 5, 7, 7]
    deps = ["det", "nsubj", "nsubjpass", "auxpass", "relcl", "prep", "pobj", "ROOT", "punct"]
    lemmas = ["the", "truce", "that", "be", "agree", "on", "Monday", "hold", "."]
    assert _parsed(words, tags, heads, deps, lemmas) == [("Monday", "2021-12-27")]


def test_timex_a_vote_scheduled_for_friday_is_the_friday_after():
    words = ["The", "vote", ",", "scheduled", "for", "Friday", ",", "was", "cancelled", "."]
    tags = ["DT", "NN", ",", "VBN", "IN", "NNP", ",", "VBD", "VBN", "."]
    heads = [1, 8, 1, 1, 3, 4, 1, 8, 8, 8]
    deps = ["det", "nsubjpass", "punct", "acl", "prep", "pobj", "punct", "auxpass", "ROOT", "p"]
    lemmas = ["the", "vote", ",", "schedule", "for", "Friday", ",", "be", "cancel", "."]
    assert _parsed(words, tags, heads, deps, lemmas) == [("Friday", "2021-12-31")]


# --------------------------------------------------------------------------- the day in question


def test_timex_the_day_is_the_last_day_named_not_a_month_in_between():
    sentence = "Shares rose Friday . Jobs fell in March . The index ended the day up ."
    tags = "NNS VBD NNP . NNS VBD IN NNP . DT NN VBD DT NN RB ."
    got = found(sentence, tags, sents=[(0, 4), (4, 9), (9, 16)])
    assert got[-1] == ("the day", "DATE", "2021-12-24")


def test_timex_the_same_day_is_the_last_day_named():
    sentence = "Talks began Friday ; a deal due in March was signed the same day ."
    tags = "NNS VBD NNP : DT NN JJ IN NNP VBD VBN DT JJ NN ."
    assert found(sentence, tags)[-1] == ("the same day", "DATE", "2021-12-24")


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        ("The index closed for the day .", "DT NN VBD IN DT NN .", "2021-12-29"),
        ("Prices rose in 2020 and for the week .", "NNS VBD IN CD CC IN DT NN .", "2021-W52"),
    ],
)
def test_timex_the_period_in_question_defaults_to_the_publication_date(sentence, tags, expected):
    assert found(sentence, tags)[-1][2] == expected


# --------------------------------------------------------------------------- vague references


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        ("Given the current weak state , we wait .", "VBN DT JJ JJ NN , PRP VBP .",
         [("current", "DATE", "PRESENT_REF")]),
        ("The current account deficit grew .", "DT JJ NN NN VBD .", []),
        ("A strong current swept him away .", "DT JJ NN VBD PRP RB .", []),
        ("It is due to the ongoing crisis .", "PRP VBZ JJ IN DT JJ NN .", []),
        ("Its most recent model sold well .", "PRP$ RBS JJ NN VBD RB .", []),
        ("The treaty was signed years ago .", "DT NN VBD VBN NNS RB .",
         [("years ago", "DATE", "PAST_REF")]),
        ("It began decades ago .", "PRP VBD NNS RB .", [("decades ago", "DATE", "PAST_REF")]),
    ],
)  # fmt: skip
def test_timex_vague_references_name_a_time_and_nothing_else(sentence, tags, expected):
    assert found(sentence, tags) == expected


def test_timex_unspecified_decades_are_years_like_a_decade():
    assert found("They have lived there for decades .", "PRP VBP VBN RB IN NNS .") == [
        ("decades", "DURATION", "PXY")
    ]
    assert found("It is a decades-long dispute .", "PRP VBZ DT JJ NN .") == [
        ("decades-long", "DURATION", "PXY")
    ]


# --------------------------------------------------------------------------- years


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        ("The index is at its lowest since '82 .", "DT NN VBZ IN PRP$ JJS IN CD .",
         [("'82", "DATE", "1982")]),
        ("Apple showed iLife '11 today .", "NNP VBD NNP CD NN .",
         [("today", "DATE", "2021-12-29")]),
        ("He works '24 hours a day' .", "PRP VBZ CD NNS DT NN .",
         [("24 hours a day", "SET", "P1D")]),  # no year '24; a rate (seventh round)
        ("The rally of '25 was planned .", "DT NN IN CD VBD VBN .", [("'25", "DATE", "2025")]),
        ("Revenue rose in fiscal 2021 .", "NN VBD IN JJ CD .", [("fiscal 2021", "DATE", "2021")]),
    ],
)  # fmt: skip
def test_timex_two_digit_and_fiscal_years(sentence, tags, expected):
    assert found(sentence, tags) == expected


def test_timex_a_two_digit_year_without_publication_date_is_of_the_twentieth_century():
    got = found("It was the worst since '82 .", "PRP VBD DT JJS IN CD .", published=None)
    assert got == [("'82", "DATE", "1982")]


# --------------------------------------------------------------------------- parts of a named day


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        ("He came on December 20 . That night he left .", "PRP VBD IN NNP CD . DT NN PRP VBD .",
         ("That night", "TIME", "2021-12-20TNI")),
        ("He came on December 20 . The next morning he left .",
         "PRP VBD IN NNP CD . DT JJ NN PRP VBD .", ("The next morning", "TIME", "2021-12-21TMO")),
        ("He came on December 20 . The previous evening he ate .",
         "PRP VBD IN NNP CD . DT JJ NN PRP VBD .",
         ("The previous evening", "TIME", "2021-12-19TEV")),
    ],
)  # fmt: skip
def test_timex_that_night_and_the_next_morning_follow_the_day_named_before(
    sentence, tags, expected
):
    assert found(sentence, tags)[-1] == expected


def test_timex_that_night_with_no_day_before_is_not_guessed():
    assert found("That night he left .", "DT NN PRP VBD .") == []


# --------------------------------------------------------------------------- ranges


def test_timex_the_end_of_a_range_of_days_never_precedes_its_start():
    got = found("The games run from June 10 to July 11 .", "DT NNS VBP IN NNP CD IN NNP CD .")
    assert [v for _t, _type, v in got] == ["2022-06-10", "2022-07-11"]


def test_timex_days_joined_by_and_keep_their_own_years():
    got = found("It rained on June 10 and on December 2 .", "PRP VBD IN NNP CD CC IN NNP CD .")
    assert [v for _t, _type, v in got] == ["2021-06-10", "2021-12-02"]


# --------------------------------------------------------------------------- holidays, periods


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        ("Markets close early on Christmas Eve .", "NNS VBP RB IN NNP NNP .",
         ("Christmas Eve", "DATE", "2021-12-24")),
        ("They will party on New Year's Eve .", "PRP MD VB IN NNP POS NNP .",
         ("New Year's Eve", "DATE", "2021-12-31")),
    ],
)  # fmt: skip
def test_timex_holiday_names_are_capitalised_word_by_word(sentence, tags, expected):
    assert found(sentence, tags) == [expected]


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        ("The index ended the week up 2% .", "DT NN VBD DT NN RB CD .", ("the week", "2021-W52")),
        ("The firm started the year with a loss .", "DT NN VBD DT NN IN DT NN .",
         ("the year", "2021")),
        ("Shares rose Friday and closed the week higher .", "NNS VBD NNP CC VBD DT NN RBR .",
         ("the week", "2021-W51")),
    ],
)  # fmt: skip
def test_timex_ending_the_week_is_the_week_being_reported(sentence, tags, expected):
    assert [(t, v) for t, _type, v in found(sentence, tags)][-1] == expected


# --------------------------------------------------------------------------- present tense, names


def test_timex_a_present_tense_names_a_coming_weekday():
    # Wednesday 29 December: "travel ... on Saturday" is the Saturday to come, six days ahead
    # of a Sunday as well as three days ahead of this Wednesday
    sunday = PUB.replace(day=26)
    words = ["They", "travel", "to", "Sevilla", "on", "Saturday", "."]
    tags = ["PRP", "VBP", "IN", "NNP", "IN", "NNP", "."]
    heads = [1, 1, 1, 2, 1, 4, 1]
    deps = ["nsubj", "ROOT", "prep", "pobj", "prep", "pobj", "punct"]
    for published, expected in ((PUB, "2022-01-01"), (sunday, "2022-01-01")):
        doc = make_doc(words, pos=tags, heads=heads, deps=deps, published=published)
        assert [t.value for t in extract_timexes(doc, LEX)] == [expected]


def test_timex_a_possessed_weekday_in_the_present_is_past():
    words = ["He", "says", "Monday", "'s", "attack", "was", "planned", "."]
    tags = ["PRP", "VBZ", "NNP", "POS", "NN", "VBD", "VBN", "."]
    heads = [1, 1, 4, 2, 6, 6, 1, 1]
    deps = ["nsubj", "ROOT", "poss", "case", "nsubjpass", "auxpass", "ccomp", "punct"]
    assert _parsed(words, tags, heads, deps) == [("Monday", "2021-12-27")]


def test_timex_the_second_half_of_the_year_is_not_of_an_earlier_decade():
    got = found(
        "After a slump in the 1990s , sales recover in the second half of the year .",
        "IN DT NN IN DT NNS , NNS VBP IN DT JJ NN IN DT NN .",
    )
    assert got[-1] == ("the second half of the year", "DATE", "2021-H2")


@pytest.mark.parametrize(
    ("sentence", "tags", "ents"),
    [
        ("It came before the Winter Olympics began .", "PRP VBD IN DT NNP NNPS VBD .",
         [(4, 6, "EVENT")]),
        ("The Arab Spring began in Tunisia .", "DT JJ NNP VBD IN NNP .", []),
    ],
)  # fmt: skip
def test_timex_a_season_inside_a_name_is_no_season(sentence, tags, ents):
    assert found(sentence, tags, ents=ents) == []


# --------------------------------------------------------------------------- sets, seasons, decades


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        ("The fair is held every summer .", "DT NN VBZ VBN DT NN .",
         ("every summer", "SET", "XXXX-SU")),
        ("He jogs every morning .", "PRP VBZ DT NN .", ("every morning", "SET", "XXXX-XX-XXTMO")),
        ("The shop closes on Sundays .", "DT NN VBZ IN NNPS .", ("Sundays", "SET", "XXXX-WXX-7")),
        ("They meet every weekend .", "PRP VBP DT NN .", ("every weekend", "SET", "XXXX-WXX-WE")),
        ("It is published biannually .", "PRP VBZ VBN RB .", ("biannually", "SET", "P6M")),
    ],
)  # fmt: skip
def test_timex_sets_of_seasons_parts_of_days_and_weekdays(sentence, tags, expected):
    assert found(sentence, tags) == [expected]


def test_timex_that_autumn_is_the_autumn_of_the_year_named_before():
    got = found(
        "Prices peaked in the summer of 2008 and fell that autumn .",
        "NNS VBD IN DT NN IN CD CC VBD DT NN .",
    )
    assert got == [
        ("the summer of 2008", "DATE", "2008-SU"),
        ("that autumn", "DATE", "2008-FA"),
    ]


def test_timex_the_end_of_the_decade_is_the_current_decade():
    got = found("By the end of the decade , output doubles .", "IN DT NN IN DT NN , NN VBZ .")
    assert got == [("the end of the decade", "DATE", "202")]
    assert timexes("By the end of the decade , output doubles .", None)[0].mod == "END"


def test_timex_a_headline_in_the_present_tells_the_past_beyond_the_next_days():
    # published on Wednesday 29 December: the headline's Monday is the 27th, five days ahead
    # is too far for a headline; the body's present tense names the coming Monday
    words = ["Stocks", "tumble", "on", "Monday", "\n", "Trading", "resumes", "on", "Monday", "."]
    tags = ["NNS", "VBP", "IN", "NNP", "_SP", "NN", "VBZ", "IN", "NNP", "."]
    heads = [1, 1, 1, 2, 3, 6, 6, 6, 7, 6]
    deps = ["nsubj", "ROOT", "prep", "pobj", "dep", "nsubj", "ROOT", "prep", "pobj", "punct"]
    doc = make_doc(words, pos=tags, heads=heads, deps=deps, published=PUB, sents=[(0, 5), (5, 10)])
    assert [t.value for t in extract_timexes(doc, LEX)] == ["2021-12-27", "2022-01-03"]


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        ("It was done in the spring of last year .", "PRP VBD VBN IN DT NN IN JJ NN .",
         [("the spring of last year", "DATE", "2020-SP")]),
        ("It opened in 2005 and closed in the autumn of the following year .",
         "PRP VBD IN CD CC VBD IN DT NN IN DT JJ NN .",
         [("2005", "DATE", "2005"), ("the autumn of the following year", "DATE", "2006-FA")]),
    ],
)  # fmt: skip
def test_timex_a_season_of_a_relative_year(sentence, tags, expected):
    assert found(sentence, tags) == expected


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        ("Music of the sixties sold .", "NN IN DT NNS VBD .", [("the sixties", "DATE", "196")]),
        ("It peaked in the late nineties .", "PRP VBD IN DT JJ NNS .",
         [("the late nineties", "DATE", "199")]),
        ("She is in her sixties .", "PRP VBZ IN PRP$ NNS .", []),
    ],
)  # fmt: skip
def test_timex_decades_named_in_words(sentence, tags, expected):
    assert found(sentence, tags) == expected
