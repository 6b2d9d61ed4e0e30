"""Specifications of the time-expression extractor, on hand-built documents (no model).

The publication date of every example is Wednesday 29 December 2021 unless said otherwise.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsgraph.extract.schedule import extract_schedule
from newsgraph.extract.timex import date_for_span, extract_timexes, value_precision
from newsgraph.lexicons import Lexicons
from tests.helpers import make_doc

PUB = datetime(2021, 12, 29, 10, 0, tzinfo=UTC)  # a Wednesday
LEX = Lexicons.load()


def timexes(sentence: str, tags: str | None = None, *, published: datetime | None = PUB, **kw):
    words = sentence.split()
    pos = tags.split() if tags else ["X"] * len(words)
    assert len(pos) == len(words)
    return extract_timexes(make_doc(words, pos=pos, published=published, **kw), LEX)


def found(sentence: str, tags: str | None = None, **kw) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in timexes(sentence, tags, **kw)]


def test_timex_said_wednesday_on_a_wednesday_is_the_publication_day():
    got = found("Lavrov said Wednesday that", "NNP VBD NNP IN")
    assert got == [("Wednesday", "DATE", "2021-12-29")]


def test_timex_said_monday_is_the_monday_before():
    assert found("Lavrov said Monday", "NNP VBD NNP") == [("Monday", "DATE", "2021-12-27")]


def test_timex_will_meet_on_monday_is_the_monday_after():
    got = found("They will meet on Monday", "PRP MD VB IN NNP")
    assert got == [("Monday", "DATE", "2022-01-03")]


def test_timex_weekday_direction_follows_the_governing_verb():
    # "said on Friday that talks would start Monday": Friday is past, Monday future
    words = ["He", "said", "on", "Friday", "that", "talks", "would", "start", "Monday"]
    tags = ["PRP", "VBD", "IN", "NNP", "IN", "NNS", "MD", "VB", "NNP"]
    heads = [1, 1, 1, 2, 7, 7, 7, 1, 7]
    deps = ["nsubj", "ROOT", "prep", "pobj", "mark", "nsubj", "aux", "ccomp", "npadvmod"]
    doc = make_doc(words, pos=tags, heads=heads, deps=deps, published=PUB)
    got = [(t.text, t.value) for t in extract_timexes(doc, LEX)]
    assert got == [("Friday", "2021-12-24"), ("Monday", "2022-01-03")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It happened last week .", ("last week", "DATE", "2021-W51")),
        ("They meet next month .", ("next month", "DATE", "2022-01")),
        ("It opens in early 2022 .", ("early 2022", "DATE", "2022")),
        ("It began in late last July .", ("late last July", "DATE", "2021-07")),
        ("It was agreed earlier this month .", ("earlier this month", "DATE", "2021-12")),
        ("Sales grew this year .", ("this year", "DATE", "2021")),
        ("Prices doubled over the past decade .", ("the past decade", "DURATION", "P10Y")),
        ("They talked for about an hour .", ("about an hour", "DURATION", "PT1H")),
        ("The call lasted 50 minutes .", ("50 minutes", "DURATION", "PT50M")),
        ("It took two and a half years .", ("two and a half years", "DURATION", "P2.5Y")),
        ("It is a five-year plan .", ("five-year", "DURATION", "P5Y")),
        ("They meet every year .", ("every year", "SET", "P1Y")),
        ("Inspections happen weekly .", ("weekly", "SET", "P1W")),
        ("It is over now .", ("now", "DATE", "PRESENT_REF")),
        ("It was recently agreed .", ("recently", "DATE", "PAST_REF")),
        ("Talks resume in the coming days .", ("the coming days", "DATE", "FUTURE_REF")),
        ("It was built in the 1990s .", ("the 1990s", "DATE", "199")),
        ("It was built in 2019 .", ("2019", "DATE", "2019")),
        ("It was signed on December 7 , 2021 .", ("December 7 , 2021", "DATE", "2021-12-07")),
        ("It was signed on 7 December 2021 .", ("7 December 2021", "DATE", "2021-12-07")),
        ("It fell yesterday .", ("yesterday", "DATE", "2021-12-28")),
        ("They spoke this morning .", ("this morning", "TIME", "2021-12-29TMO")),
        (
            "Profits rose in the first quarter of 2021 .",
            ("the first quarter of 2021", "DATE", "2021-Q1"),
        ),
        ("They left two weeks ago .", ("two weeks ago", "DATE", "2021-W50")),
        ("It happened in the summer of 2020 .", ("the summer of 2020", "DATE", "2020-SU")),
    ],
)
def test_timex_expression_classes_are_typed_and_normalised(sentence, expected):
    assert expected in found(sentence)


def test_timex_modifiers_are_kept():
    (t,) = timexes("It opens in early 2022 .")
    assert t.mod == "START"
    (t,) = timexes("They talked for about an hour .")
    assert t.mod == "APPROX"


def test_timex_a_day_later_anchors_on_previous_date():
    words = [
        "The",
        "council",
        "will",
        "meet",
        "on",
        "January",
        "12",
        ".",
        "A",
        "day",
        "later",
        ",",
        "talks",
        "continue",
        ".",
    ]
    tags = [
        "DT",
        "NN",
        "MD",
        "VB",
        "IN",
        "NNP",
        "CD",
        ".",
        "DT",
        "NN",
        "RB",
        ",",
        "NNS",
        "VBP",
        ".",
    ]
    doc = make_doc(words, pos=tags, sents=[(0, 8), (8, 15)], published=PUB)
    got = [(t.text, t.value, t.anchor) for t in extract_timexes(doc, LEX)]
    assert got == [
        ("January 12", "2022-01-12", "publication"),
        ("A day later", "2022-01-13", "previous"),
    ]


def test_timex_two_days_after_that_anchors_on_previous_date():
    got = found("Talks open on January 10 . Two days after that , they end .")
    assert got[-1] == ("Two days after that", "DATE", "2022-01-12")


def test_timex_the_following_week_anchors_on_previous_date():
    got = found("It began on March 1 , 2021 and ended the following week .")
    assert got[-1] == ("the following week", "DATE", "2021-W10")


def test_timex_without_publication_date_normalises_absolute_and_leaves_the_rest_unresolved():
    got = timexes("He said Wednesday that talks begin on January 10 , 2022 .", published=None)
    by_text = {t.text: t for t in got}
    assert by_text["Wednesday"].resolved is False
    assert by_text["Wednesday"].value == "XXXX-WXX-3"
    assert by_text["January 10 , 2022"].resolved is True
    assert by_text["January 10 , 2022"].value == "2022-01-10"


@pytest.mark.parametrize(
    ("sentence", "tags"),
    [
        ("May I ask a question ?", "MD PRP VB DT NN ."),
        ("They march on the capital .", "PRP VBP IN DT NN ."),
        ("March on , they said .", "VB RP , PRP VBD ."),
        ("There will be a second round of talks .", "EX MD VB DT JJ NN IN NNS ."),
        ("Russia has 2000 troops there .", "NNP VBZ CD NNS RB ."),
        ("It costs $ 2010 .", "PRP VBZ $ CD ."),
        ("About a quarter of the troops left .", "RB DT NN IN DT NNS VBD ."),
        ("Turnout was 2012 percent .", "NN VBD CD NN ."),
    ],
)
def test_timex_ordinary_words_and_numbers_are_not_dates(sentence, tags):
    assert found(sentence, tags) == []


def test_timex_output_is_sorted_and_carries_offsets_and_sentence():
    words = ["Talks", "began", "Monday", ".", "They", "end", "on", "January", "12", "."]
    doc = make_doc(words, pos=["X"] * len(words), sents=[(0, 4), (4, 10)], published=PUB)
    got = extract_timexes(doc, LEX)
    assert [t.start for t in got] == sorted(t.start for t in got)
    for t in got:
        assert doc.text[t.start : t.end] == t.text
    assert [t.sentence for t in got] == [0, 1]


def test_timex_date_for_span_prefers_the_clause_timex_then_the_publication_date():
    words = ["They", "will", "meet", "on", "January", "12", ".", "Officials", "spoke", "."]
    doc = make_doc(words, pos=["X"] * len(words), sents=[(0, 7), (7, 10)], published=PUB)
    found_timexes = extract_timexes(doc, LEX)
    first_end = doc.tokens[6].idx + 1
    assert date_for_span(doc, found_timexes, 0, first_end) == ("2022-01-12", "day", "timex")
    second = doc.tokens[7].idx
    assert date_for_span(doc, found_timexes, second, len(doc.text)) == (
        "2021-12-29",
        "day",
        "publication",
    )


@pytest.mark.parametrize(
    ("value", "precision"),
    [("2022-01-12", "day"), ("2022-01", "month"), ("2022", "year"), ("2021-W51", "week"),
     ("2021-Q4", "quarter"), ("PRESENT_REF", None), ("P1D", None)],
)  # fmt: skip
def test_timex_value_precision(value, precision):
    assert value_precision(value) == precision


def test_schedule_future_meeting_gets_date_and_place():
    words = ["The", "council", "will", "meet", "on", "January", "12", "in", "Brussels", "."]
    tags = ["DT", "NN", "MD", "VB", "IN", "NNP", "CD", "IN", "NNP", "."]
    lemmas = [w.lower() for w in words]
    doc = make_doc(words, pos=tags, lemmas=lemmas, ents=[(8, 9, "GPE")], published=PUB)
    (item,) = extract_schedule(doc, LEX)
    assert (item.date, item.place, item.kind, item.predicate) == (
        "2022-01-12",
        "Brussels",
        "meeting",
        "meet",
    )


def test_schedule_past_meetings_are_not_scheduled():
    words = ["The", "council", "met", "on", "December", "12", "in", "Brussels", "."]
    tags = ["DT", "NN", "VBD", "IN", "NNP", "CD", "IN", "NNP", "."]
    doc = make_doc(words, pos=tags, ents=[(7, 8, "GPE")], published=PUB)
    assert extract_schedule(doc, LEX) == []


def test_timex_a_first_name_before_may_makes_it_a_name():
    doc = make_doc(
        ["Theresa", "May", "spoke", "."],
        pos=["NNP", "NNP", "VBD", "."],
        heads=[1, 2, 2, 2],
        deps=["compound", "nsubj", "ROOT", "punct"],
        published=PUB,
    )
    assert extract_timexes(doc, LEX) == []


def test_timex_a_weekday_inside_a_longer_name_is_not_a_date():
    words = ["The", "Sunday", "Times", "reported", "it", "on", "Monday", "."]
    doc = make_doc(words, pos=["X"] * 8, ents=[(0, 3, "ORG")], published=PUB)
    assert [t.text for t in extract_timexes(doc, LEX)] == ["Monday"]


def test_timex_a_decimal_index_level_is_not_a_year():
    assert found("The index closed at 1905.89 points .") == []


def test_timex_a_clock_time_takes_the_day_named_in_its_sentence():
    got = found("At 16:15 UTC , June 1 , the firm filed .", "IN CD NNP , NNP CD , DT NN VBD .")
    assert ("16:15 UTC", "TIME", "2021-06-01T16:15Z") in got


def test_timex_a_clock_time_takes_the_part_of_day_nearest_it_over_another_day():
    got = found(
        "The council met yesterday , and tonight the leaders dine at 8 p.m. .",
        "DT NN VBD NN , CC NN DT NNS VBP IN CD NN .",
    )
    assert ("tonight", "TIME", "2021-12-29TNI") in got
    assert ("8 p.m.", "TIME", "2021-12-29T20:00") in got


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        (
            "Shares rose Monday but ended the day lower .",
            "NNS VBD NNP CC VBD DT NN JJR .",
            [("Monday", "2021-12-27"), ("the day", "2021-12-27")],
        ),
        (
            "Shares rose Monday before falling late in the day .",
            "NNS VBD NNP IN VBG RB IN DT NN .",
            [("Monday", "2021-12-27"), ("late in the day", "2021-12-27")],
        ),
        ("The index closed for the day .", "DT NN VBD IN DT NN .", [("the day", "2021-12-29")]),
    ],
)
def test_timex_the_day_is_the_day_being_reported(sentence, tags, expected):
    assert [(t, v) for t, _type, v in found(sentence, tags)] == expected


def test_timex_the_day_when_is_left_alone():
    assert found("They ended the day when it began .", "PRP VBD DT NN WRB PRP VBD .") == []


def test_timex_failed_to_on_the_publication_weekday_is_not_the_future():
    # "failed to narrow ... on Wednesday": the attempt happened, so no calendar entry
    words = ["They", "failed", "to", "meet", "on", "Wednesday", "in", "Brussels", "."]
    tags = ["PRP", "VBD", "TO", "VB", "IN", "NNP", "IN", "NNP", "."]
    heads = [1, 1, 3, 1, 3, 4, 3, 6, 1]
    deps = ["nsubj", "ROOT", "aux", "xcomp", "prep", "pobj", "prep", "pobj", "punct"]
    lemmas = ["they", "fail", "to", "meet", "on", "Wednesday", "in", "Brussels", "."]
    doc = make_doc(
        words, pos=tags, heads=heads, deps=deps, lemmas=lemmas, published=PUB, ents=[(7, 8, "GPE")]
    )
    assert [(t.text, t.value) for t in extract_timexes(doc, LEX)] == [("Wednesday", "2021-12-29")]
    assert extract_schedule(doc, LEX) == []


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        (
            "The final lasted five hours and 24 minutes .",
            None,
            ("five hours and 24 minutes", "DURATION", "PT5H24M"),
        ),
        (
            "It took two years and three months .",
            None,
            ("two years and three months", "DURATION", "P2Y3M"),
        ),
        ("Stocks fell for five trading days .", None, ("five trading days", "DURATION", "P5D")),
        (
            "A month and a half ago it began .",
            "DT NN CC DT NN RB PRP VBD .",
            ("A month and a half ago", "DATE", "2021-11"),
        ),
        (
            "It ended after 1 a.m. on Monday .",
            "PRP VBD IN CD NN IN NNP .",
            ("1 a.m. on Monday", "TIME", "2021-12-27T01:00"),
        ),
        (
            "Biden spoke later on Monday .",
            "NNP VBD RB IN NNP .",
            ("later on Monday", "DATE", "2021-12-27"),
        ),
        ("The Council met overnight .", "DT NNP VBD RB .", ("overnight", "TIME", "2021-12-28TNI")),
        ("Winds will ease overnight .", "NNS MD VB RB .", ("overnight", "TIME", "2021-12-29TNI")),
        ("Schools shut for much of the day .", None, ("much of the day", "DATE", "2021-12-29")),
        (
            "Supply eases in the second half of the year .",
            None,
            ("the second half of the year", "DATE", "2021-H2"),
        ),
    ],
)
def test_timex_compound_durations_clock_days_and_parts_of_days(sentence, tags, expected):
    assert found(sentence, tags) == [expected]


def test_timex_since_a_date_does_not_become_the_reference_time():
    got = found("Prices are the highest since September 2014 . They rose on the day .")
    assert got[-1] == ("the day", "DATE", "2021-12-29")


def test_timex_coordinated_weekdays_run_forward():
    # published on a Wednesday: "Thursday" alone would be read as last week's
    got = found(
        "He spoke before talks on Wednesday and Thursday .", "PRP VBD IN NNS IN NNP CC NNP ."
    )
    assert [v for _t, _type, v in got] == ["2021-12-29", "2021-12-30"]


def _schedule(sentence: str, tags: str, ents=()):
    words = sentence.split()
    stems = {"meets": "meet", "convenes": "convene", "is": "be"}
    lemmas = [stems.get(w.lower(), w.lower()) for w in words]
    doc = make_doc(words, pos=tags.split(), lemmas=lemmas, ents=list(ents), published=PUB)
    return [(i.date, i.kind, i.place) for i in extract_schedule(doc, LEX)]


def test_schedule_one_meeting_word_goes_with_its_nearest_date():
    got = _schedule(
        "OPEC meets next Wednesday to set output for March .",
        "NNP VBZ JJ NNP TO VB NN IN NNP .",
    )
    assert got == [("2022-01-05", "meeting", "")]


def test_schedule_each_venue_goes_with_its_own_date():
    got = _schedule(
        "The council meets on January 12 and the OSCE convenes in Vienna on January 13 .",
        "DT NN VBZ IN NNP CD CC DT NNP VBZ IN NNP IN NNP CD .",
        ents=[(11, 12, "GPE")],
    )
    assert got == [("2022-01-12", "meeting", ""), ("2022-01-13", "meeting", "Vienna")]


def test_schedule_due_to_speak_is_a_scheduled_event_not_a_deadline():
    got = _schedule("Biden is due to speak on Friday .", "NNP VBZ JJ TO VB IN NNP .")
    assert got == [("2021-12-31", "meeting", "")]


def test_timex_a_hyphenated_number_is_read_after_every_tens_word():
    # The hyphen once followed only the last tens word of the alternation ("sixty-five"
    # matched, "twenty-five" did not)
    assert found("for twenty-five years") == [("twenty-five years", "DURATION", "P25Y")]
    assert found("for forty-two days") == [("forty-two days", "DURATION", "P42D")]
    assert found("for sixty-five years") == [("sixty-five years", "DURATION", "P65Y")]
    # and without the hyphen
    assert found("for twenty five years") == [("twenty five years", "DURATION", "P25Y")]
