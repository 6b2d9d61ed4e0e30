"""Specifications of the time-expression extractor, fourth round: classes of expressions found in
news without timex gold (ECB+ articles, CASE 2021 snippets, news headlines), normalised as the
TimeML / TIMEX3 guidelines say.

Hand-built documents, no model. The publication date is Wednesday 29 December 2021.
"""

from __future__ import annotations

import pytest

from tests.test_timex import found
from tests.test_timex_anchoring import _parsed

# --------------------------------------------------------------------------- tense of the clause


def test_timex_a_perfect_participle_is_past():
    # "having checked out on Monday": done before, whatever the tense of the main clause
    words = ["She", "is", "in", "Malibu", ",", "having", "checked", "out", "on", "Monday", "."]
    tags = ["PRP", "VBZ", "IN", "NNP", ",", "VBG", "VBN", "RP", "IN", "NNP", "."]
    heads = [1, 1, 1, 2, 1, 6, 1, 6, 6, 8, 1]
    deps = ["nsubj", "ROOT", "prep", "pobj", "punct", "aux", "advcl", "prt", "prep", "pobj", "p"]
    lemmas = ["she", "be", "in", "Malibu", ",", "having", "check", "out", "on", "Monday", "."]
    assert _parsed(words, tags, heads, deps, lemmas) == [("Monday", "2021-12-27")]


def test_timex_an_implicative_verb_in_the_present_keeps_its_infinitive_in_the_present():
    # "sales continue to struggle in November": the November being reported, not next year's
    words = ["Sales", "continue", "to", "struggle", "in", "November", "."]
    tags = ["NNS", "VBP", "TO", "VB", "IN", "NNP", "."]
    heads = [1, 1, 3, 1, 3, 4, 1]
    deps = ["nsubj", "ROOT", "aux", "xcomp", "prep", "pobj", "punct"]
    lemmas = ["sale", "continue", "to", "struggle", "in", "November", "."]
    assert _parsed(words, tags, heads, deps, lemmas) == [("November", "2021-11")]


def test_timex_an_infinitive_of_a_verb_that_is_not_implicative_still_looks_ahead():
    words = ["They", "hope", "to", "meet", "in", "November", "."]
    tags = ["PRP", "VBP", "TO", "VB", "IN", "NNP", "."]
    heads = [1, 1, 3, 1, 3, 4, 1]
    deps = ["nsubj", "ROOT", "aux", "xcomp", "prep", "pobj", "punct"]
    lemmas = ["they", "hope", "to", "meet", "in", "November", "."]
    assert _parsed(words, tags, heads, deps, lemmas) == [("November", "2022-11")]


# --------------------------------------------------------------------------- "one day", "later"


def test_timex_one_day_before_its_verb_in_a_future_clause_is_some_future_day():
    words = ["He", "would", "one", "day", "lead", "the", "party", "."]
    tags = ["PRP", "MD", "CD", "NN", "VB", "DT", "NN", "."]
    heads = [4, 4, 3, 4, 4, 6, 4, 4]
    deps = ["nsubj", "aux", "nummod", "npadvmod", "ROOT", "det", "dobj", "punct"]
    assert _parsed(words, tags, heads, deps) == [("one day", "FUTURE_REF")]


@pytest.mark.parametrize(
    ("words", "tags", "heads", "deps"),
    [
        (  # a length after the verb
            ["He", "will", "stay", "one", "day", "."],
            ["PRP", "MD", "VB", "CD", "NN", "."],
            [2, 2, 2, 4, 2, 2],
            ["nsubj", "aux", "ROOT", "nummod", "npadvmod", "punct"],
        ),
        (  # a length between two events
            ["He", "will", "quit", "one", "day", "after", "the", "vote", "."],
            ["PRP", "MD", "VB", "CD", "NN", "IN", "DT", "NN", "."],
            [2, 2, 2, 4, 2, 4, 7, 5, 2],
            ["nsubj", "aux", "ROOT", "nummod", "npadvmod", "prep", "det", "pobj", "punct"],
        ),
    ],
)
def test_timex_one_day_after_its_verb_or_before_an_event_is_a_length(words, tags, heads, deps):
    doc_values = _parsed(words, tags, heads, deps)
    assert doc_values == [("one day", "P1D")]


def test_timex_minutes_later_in_a_past_clause_is_an_unknown_date_not_the_future():
    got = found("She walked out two minutes later .", "PRP VBD RP CD NNS RB .")
    assert got == [("two minutes later", "DATE", "XXXX-XX-XX")]


def test_timex_a_few_months_later_in_a_future_clause_is_the_future():
    got = found("It will reopen a few months later .", "PRP MD VB DT JJ NNS RB .")
    assert got == [("a few months later", "DATE", "FUTURE_REF")]


# --------------------------------------------------------------------------- days of the month


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        ("Talks resumed on the 5th .", "NNS VBD IN DT JJ .", "2021-12-05"),
        ("Talks will resume on the 5th .", "NNS MD VB IN DT JJ .", "2022-01-05"),
        ("Talks resume on the 30th .", "NNS VBP IN DT JJ .", "2021-12-30"),
    ],
)
def test_timex_an_ordinal_day_is_that_day_of_the_month_in_the_tense_s_direction(
    sentence, tags, expected
):
    assert found(sentence, tags) == [("the " + sentence.split("the ")[1][:-2], "DATE", expected)]


def test_timex_an_ordinal_day_takes_the_month_named_before():
    got = found(
        "In March talks opened ; on the 5th they failed .", "IN NNP NNS VBD : IN DT JJ PRP VBD ."
    )
    assert got == [("March", "DATE", "2021-03"), ("the 5th", "DATE", "2021-03-05")]


def test_timex_an_ordinal_before_a_noun_is_no_day():
    assert found("She moved to the 5th floor .", "PRP VBD TO DT JJ NN .") == []
    assert found("He lives on the 5th floor .", "PRP VBZ IN DT JJ NN .") == []


def test_timex_an_ordinal_day_without_publication_date_is_unresolved():
    got = timexes_unresolved("Talks resumed on the 5th .", "NNS VBD IN DT JJ .")
    assert got == [("the 5th", "XXXX-XX-05", False)]


def timexes_unresolved(sentence, tags):
    from tests.test_timex import timexes

    return [(t.text, t.value, t.resolved) for t in timexes(sentence, tags, published=None)]


# --------------------------------------------------------------------------- one day, two names


def test_timex_the_night_of_a_date_is_that_part_of_the_day():
    got = found("Shells fell on the night of December 20 .", "NNS VBD IN DT NN IN NNP CD .")
    assert got == [("the night of December 20", "TIME", "2021-12-20TNI")]


def test_timex_a_weekday_with_a_bracketed_date_takes_the_date():
    # the present tense alone would put Thursday ahead; the date says which Thursday
    got = found("She leaves on Thursday ( December 23 ) .", "PRP VBZ IN NNP -LRB- NNP CD -RRB- .")
    assert got == [("Thursday", "DATE", "2021-12-23"), ("December 23", "DATE", "2021-12-23")]


def test_timex_a_bracketed_date_without_year_takes_the_year_its_weekday_falls_in():
    # 28 February fell on a Sunday in 2021, the year the past tense alone would give, and on a
    # Friday in 2020
    got = found(
        "Attacks came on Friday night ( February 28 ) .", "NNS VBD IN NNP NN -LRB- NNP CD -RRB- ."
    )
    assert got == [("Friday night", "TIME", "2020-02-28TNI"), ("February 28", "DATE", "2020-02-28")]


def test_timex_february_29_is_the_29th_of_a_leap_year_not_the_28th():
    assert found("It began on February 29 .", "PRP VBD IN NNP CD .") == [
        ("February 29", "DATE", "2020-02-29")
    ]


def test_timex_a_bracketed_date_without_publication_date_names_the_weekday_s_day():
    got = timexes_unresolved(
        "He spoke on Saturday ( 21 January ) .", "PRP VBD IN NNP -LRB- CD NNP -RRB- ."
    )
    assert [(text, value) for text, value, _ in got] == [
        ("Saturday", "XXXX-01-21"),
        ("21 January", "XXXX-01-21"),
    ]


# --------------------------------------------------------------------------- names, not months


def test_timex_may_before_a_verb_in_a_title_case_headline_is_the_modal():
    assert found("Global Growth Worries May Pressure Stocks", "NNP NNP NNPS NNP NNP NNS") == []


@pytest.mark.parametrize(
    ("sentence", "tags"),
    [
        ("Retail Sales Fall Sharply In May", "NNP NNPS NNP RB IN NNP"),
        ("McDonald 's May Sales Fall Sharply", "NNP POS NNP NNPS NNP RB"),
        ("May Sales Fall Sharply Across Europe", "NNP NNPS NNP RB IN NNP"),
    ],
)
def test_timex_may_after_a_preposition_a_possessive_or_first_in_a_headline_is_the_month(
    sentence, tags
):
    assert [(t, ty) for t, ty, _v in found(sentence, tags)] == [("May", "DATE")]


def test_timex_may_day_is_a_holiday():
    got = found("Police halted May Day marches .", "NNS VBD NNP NNP NNS .")
    assert got == [("May Day", "DATE", "2021-05-01")]


# --------------------------------------------------------------------------- anchoring, ranges


def test_timex_the_following_weekday_is_the_first_such_day_after_the_day_named_last():
    got = found(
        "Talks began on December 1 and ended the following Friday .",
        "NNS VBD IN NNP CD CC VBD DT JJ NNP .",
    )
    assert got == [
        ("December 1", "DATE", "2021-12-01"),
        ("the following Friday", "DATE", "2021-12-03"),
    ]


def test_timex_the_previous_weekday_with_no_day_named_is_the_one_before_publication():
    got = found("He had left the previous Wednesday .", "PRP VBD VBN DT JJ NNP .")
    assert got == [("the previous Wednesday", "DATE", "2021-12-22")]


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        ("Emissions fell over the last decade .", "NNS VBD IN DT JJ NN .", ("DURATION", "P10Y")),
        ("Prices rose in the last year .", "NNS VBD IN DT JJ NN .", ("DURATION", "P1Y")),
        # a calendar period: possessed, or part of something
        (
            "He condemned the last week 's attacks .",
            "PRP VBD DT JJ NN POS NNS .",
            ("DATE", "2021-W51"),
        ),
        (
            "It began in the early part of the last decade .",
            "PRP VBD IN DT JJ NN IN DT JJ NN .",
            ("DATE", "201"),
        ),
    ],
)
def test_timex_the_last_period_is_a_stretch_up_to_now_like_the_past_period(
    sentence, tags, expected
):
    [(_text, type_, value)] = [t for t in found(sentence, tags) if "last" in t[0]]
    assert (type_, value) == expected


def test_timex_the_last_year_of_something_is_a_final_year_not_a_stretch():
    assert (
        found("In the last year of his term he resigned .", "IN DT JJ NN IN PRP$ NN PRP VBD .")[0][
            1
        ]
        == "DATE"
    )


def test_timex_a_range_of_clock_times_ending_before_its_start_ends_the_next_day():
    got = found("The curfew runs from 10 p.m. to 5 a.m. .", "DT NN VBZ IN CD NN TO CD NN .")
    assert [(t, v) for t, _ty, v in got] == [
        ("10 p.m.", "2021-12-29T22:00"),
        ("5 a.m.", "2021-12-30T05:00"),
    ]


def test_timex_the_nth_month_running_is_the_month_being_reported():
    got = found(
        "Sales fell in November for the sixth month running .", "NNS VBD IN NNP IN DT JJ NN VBG ."
    )
    assert got == [("November", "DATE", "2021-11"), ("sixth month", "DATE", "2021-11")]


# --------------------------------------------------------------------------- clock times


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        ("Polls close at 1300 GMT .", "NNS VBP IN CD NNP .", [("1300 GMT", "2021-12-29T13:00Z")]),
        (
            "It hit at 7:48 am ( 2248 GMT Tuesday ) .",
            "PRP VBD IN CD NN -LRB- CD NNP NNP -RRB- .",
            # the local time names no day: the publication's (the zone's day may differ)
            [("7:48 am", "2021-12-29T07:48"), ("2248 GMT Tuesday", "2021-12-28T22:48Z")],
        ),
    ],
)
def test_timex_four_figures_with_a_time_zone_after_at_or_a_bracket_are_a_clock_time(
    sentence, tags, expected
):
    assert [(t, v) for t, _ty, v in found(sentence, tags)] == expected


def test_timex_four_figures_before_a_zone_elsewhere_are_a_year():
    assert found("The 2015 GMT rules changed .", "DT CD NNP NNS VBD .") == [
        ("2015", "DATE", "2015")
    ]


def test_timex_a_clock_time_on_a_weekday_without_publication_date_keeps_the_weekday():
    got = timexes_unresolved("It hit at 2248 GMT Tuesday .", "PRP VBD IN CD NNP NNP .")
    assert got == [("2248 GMT Tuesday", "XXXX-WXX-2T22:48Z", False)]


# --------------------------------------------------------------------------- market reports


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        ("Debt will peak at end-2023 .", "NN MD VB IN NN .", ("end-2023", "2023", "END")),
        ("The plan runs until end-March .", "DT NN VBZ IN NN .", ("end-March", "2022-03", "END")),
        ("Jobs will go by year-end .", "NNS MD VB IN NN .", ("year-end", "2021", "END")),
    ],
)
def test_timex_a_hyphenated_end_is_the_end_of_the_period(sentence, tags, expected):
    from tests.test_timex import timexes

    assert [(t.text, t.value, t.mod) for t in timexes(sentence, tags)] == [expected]


def test_timex_end_before_a_year_without_hyphen_is_the_verb_not_a_modifier():
    from tests.test_timex import timexes

    got = timexes("Stocks end 2021 down .", "NNS VBP CD RB .")
    assert [(t.text, t.mod) for t in got] == [("2021", "")]


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        # a quarter is reported once it is over
        ("Profit in the quarter fell .", "NN IN DT NN VBD .", ("the quarter", "2021-Q3")),
        (
            "The Nasdaq lost 2 % on the week .",
            "DT NNP VBD CD NN IN DT NN .",
            ("the week", "2021-W52"),
        ),
        (
            "The Dow fell for a third day .",
            "DT NNP VBD IN DT JJ NN .",
            ("a third day", "2021-12-29"),
        ),
    ],
)
def test_timex_the_period_a_market_report_covers(sentence, tags, expected):
    assert [(t, v) for t, _ty, v in found(sentence, tags)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "tags"),
    [
        ("They scored for a fourth quarter touchdown .", "PRP VBD IN DT JJ NN NN ."),
        ("In the week following the attack , he hid .", "IN DT NN VBG DT NN , PRP VBD ."),
    ],
)
def test_timex_a_period_modifying_a_noun_or_anchored_on_an_event_is_no_reported_period(
    sentence, tags
):
    assert found(sentence, tags) == []


# --------------------------------------------------------------------------- vague and short forms


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        ("Days later , the army withdrew .", "NNS RB , DT NN VBD .", ("Days later", "XXXX-XX-XX")),
        ("It will close weeks later .", "PRP MD VB NNS RB .", ("weeks later", "FUTURE_REF")),
        ("Hours earlier , shells fell .", "NNS RBR , NNS VBD .", ("Hours earlier", "PAST_REF")),
    ],
)
def test_timex_units_later_or_earlier_is_one_expression(sentence, tags, expected):
    assert [(t, v) for t, _ty, v in found(sentence, tags)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        ("The plant opened on 5/12 .", "DT NN VBD IN CD .", [("5/12", "2021-05-12")]),
        ("The plant opened on 25/11 .", "DT NN VBD IN CD .", [("25/11", "2021-11-25")]),
        ("They won 5/12 of the seats .", "PRP VBD CD IN DT NNS .", []),
    ],
)
def test_timex_a_month_and_day_with_a_slash_is_a_date_only_after_on_or_by(sentence, tags, expected):
    assert [(t, v) for t, _ty, v in found(sentence, tags)] == expected


def test_timex_the_other_day_is_the_recent_past():
    assert found("He said so the other day .", "PRP VBD RB DT JJ NN .") == [
        ("the other day", "DATE", "PAST_REF")
    ]


def test_timex_half_a_century_ago_is_a_year():
    assert found("It ended half a century ago .", "PRP VBD PDT DT NN RB .") == [
        ("half a century ago", "DATE", "1971")
    ]


def test_timex_this_coming_monday_is_the_next_monday():
    assert found("The summit is this coming Monday .", "DT NN VBZ DT VBG NNP .") == [
        ("this coming Monday", "DATE", "2022-01-03")
    ]


def test_timex_this_past_week_is_the_week_before():
    assert found("Prices fell this past week .", "NNS VBD DT JJ NN .") == [
        ("this past week", "DATE", "2021-W51")
    ]


# --------------------------------------------------------------------------- TE3 probe faults
# Hand-written forms of the faults the TempEval-3-shaped probe (tests/test_timex_probe_te3.py)
# found, in other words and numbers than the probe's.


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        # a thousands comma inside a number: the whole number, not the digits after the comma
        ("It ends a 1,500-year tradition .", "PRP VBZ DT JJ NN .",
         [("1,500-year", "DURATION", "P1500Y")]),
        ("The abbey has stood for 1,200 years .", "DT NN VBZ VBN IN CD NNS .",
         [("1,200 years", "DURATION", "P1200Y")]),
        ("A 12,000-year record was broken .", "DT JJ NN VBD VBN .",
         [("12,000-year", "DURATION", "P12000Y")]),
        # an age stays no time, however the number is written
        ("They found a 3,000-year-old tomb .", "PRP VBD DT JJ NN .", []),
    ],
)  # fmt: skip
def test_timex_a_number_with_a_thousands_comma_is_one_number(sentence, tags, expected):
    assert found(sentence, tags) == expected


def test_timex_a_date_that_was_due_in_a_past_clause_is_the_nearest_not_the_next():
    # "were first due on Nov. 30 before lawmakers postponed them", told on 29 December: a plan
    # told in the past whose date has gone by; not the 30 November still to come
    words = ["The", "fees", "were", "first", "due", "on", "Nov.", "30", "before", "lawmakers",
             "postponed", "them", "."]  # fmt: skip
    tags = ["DT", "NNS", "VBD", "RB", "JJ", "IN", "NNP", "CD", "IN", "NNS", "VBD", "PRP", "."]
    heads = [1, 2, 2, 2, 2, 2, 5, 6, 10, 10, 2, 10, 2]
    deps = ["det", "nsubj", "ROOT", "advmod", "acomp", "prep", "pobj", "nummod", "mark",
            "nsubj", "advcl", "dobj", "punct"]  # fmt: skip
    lemmas = ["the", "fee", "be", "first", "due", "on", "Nov.", "30", "before", "lawmaker",
              "postpone", "they", "."]  # fmt: skip
    assert _parsed(words, tags, heads, deps, lemmas) == [("Nov. 30", "2021-11-30")]


def test_timex_a_date_that_is_due_in_a_present_clause_still_lies_ahead():
    words = ["The", "fees", "are", "due", "on", "Nov.", "30", "."]
    tags = ["DT", "NNS", "VBP", "JJ", "IN", "NNP", "CD", "."]
    heads = [1, 2, 2, 2, 2, 4, 5, 2]
    deps = ["det", "nsubj", "ROOT", "acomp", "prep", "pobj", "nummod", "punct"]
    lemmas = ["the", "fee", "be", "due", "on", "Nov.", "30", "."]
    assert _parsed(words, tags, heads, deps, lemmas) == [("Nov. 30", "2022-11-30")]


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        # "past" before a month and its day is the preposition, not "last": the day is named
        ("Talks dragged on past November 20 .", "NNS VBD RP IN NNP CD .",
         [("November 20", "DATE", "2021-11-20")]),
        ("The curfew was kept past October 8 , 2020 .", "DT NN VBD VBN IN NNP CD , CD .",
         [("October 8 , 2020", "DATE", "2020-10-08")]),
    ],
)  # fmt: skip
def test_timex_past_before_a_month_and_day_is_a_preposition(sentence, tags, expected):
    assert found(sentence, tags) == expected


@pytest.mark.parametrize(
    "comparison",
    ["from a year earlier", "than a year ago", "compared with a year earlier"],
)
def test_timex_the_baseline_of_a_comparison_is_not_the_period_talked_about_next(comparison):
    # "profit rose in the third quarter from a year earlier. It earned $2 billion in the
    # quarter": the quarter being reported, not the year-back quarter it was compared with
    sentence = (
        f"Profit was higher in the third quarter {comparison} . "
        "It earned $ 2 billion in the quarter ."
    )
    got = found(sentence)
    assert got[0] == ("the third quarter", "DATE", "2021-Q3")
    assert got[1][2] == "2020-Q3"
    assert got[-1] == ("the quarter", "DATE", "2021-Q3")


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        # a period noun after "year-ago" / "year-earlier" heads the expression, with its
        # determiner, as "the quarter" and "the same period last year" do
        ("Sales rose in the second quarter against the year-earlier quarter .",
         "NNS VBD IN DT JJ NN IN DT JJ NN .",
         [("the second quarter", "DATE", "2021-Q2"),
          ("the year-earlier quarter", "DATE", "2020-Q2")]),
        ("Costs grew in November over the year-ago month .", "NNS VBD IN NNP IN DT JJ NN .",
         [("November", "DATE", "2021-11"), ("the year-ago month", "DATE", "2020-11")]),
        ("Orders fell in the third quarter from the year-earlier period .",
         "NNS VBD IN DT JJ NN IN DT JJ NN .",
         [("the third quarter", "DATE", "2021-Q3"),
          ("the year-earlier period", "DATE", "2020-Q3")]),
        # a noun that is no period keeps the adjective alone
        ("Profit topped the year-ago estimate .", "NN VBD DT JJ NN .",
         [("year-ago", "DATE", "2020")]),
    ],
)  # fmt: skip
def test_timex_a_year_earlier_period_is_the_whole_noun_phrase(sentence, tags, expected):
    assert found(sentence, tags) == expected
