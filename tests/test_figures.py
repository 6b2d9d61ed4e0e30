"""Figures: a number, the words that qualify it, and what it counts."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsgraph.extract.figures import extract_figures
from newsgraph.lexicons import Lexicons
from tests.helpers import make_doc

LEX = Lexicons.load()


def _doc(words: str, pos: str, lemmas: str | None = None, ents=()):
    w = words.split()
    return make_doc(w, pos=pos.split(), lemmas=lemmas.split() if lemmas else None, ents=ents)


def test_figures_plain_number_counts_the_noun_after_it():
    doc = _doc("Russia massed 175,000 troops", "PROPN VERB NUM NOUN", "Russia mass 175,000 troop")
    [f] = extract_figures(doc, LEX)
    assert (f.text, f.number, f.low, f.high, f.measures) == (
        "175,000 troops",
        175000.0,
        175000.0,
        175000.0,
        "troops",
    )


@pytest.mark.parametrize(
    ("words", "pos", "low", "high", "qualifier"),
    [
        ("up to 100,000 troops", "ADP ADP NUM NOUN", None, 100000.0, "up to"),
        ("as many as 100,000 troops", "ADV ADJ ADP NUM NOUN", None, 100000.0, "as many as"),
        ("more than 100,000 troops", "ADJ ADP NUM NOUN", 100000.0, None, "more than"),
        ("about 100,000 troops", "ADV NUM NOUN", 90000.0, 110000.0, "about"),
    ],
)
def test_figures_qualifier_sets_the_range(words, pos, low, high, qualifier):
    [f] = extract_figures(_doc(words, pos), LEX)
    assert (f.low, f.high, f.qualifier, f.number) == (
        pytest.approx(low) if low else low,
        pytest.approx(high) if high else high,
        qualifier,
        100000.0,
    )


def test_figures_tens_of_thousands_is_a_range():
    doc = _doc("tens of thousands of troops", "NOUN ADP NOUN ADP NOUN")
    [f] = extract_figures(doc, LEX)
    assert (f.qualifier, f.low, f.high, f.measures) == (
        "tens of thousands",
        20000.0,
        99999.0,
        "troops",
    )


def test_figures_outcome_after_people_makes_people_killed():
    doc = _doc(
        "more than 14,000 people have been killed",
        "ADJ ADP NUM NOUN AUX AUX VERB",
        "more than 14,000 people have be kill",
    )
    [f] = extract_figures(doc, LEX)
    assert (f.text, f.measures, f.low) == ("more than 14,000 people", "people killed", 14000.0)


def test_figures_outcome_before_number_counts_too():
    doc = _doc(
        "the war killed 14,000 people", "DET NOUN VERB NUM NOUN", "the war kill 14,000 people"
    )
    [f] = extract_figures(doc, LEX)
    assert f.measures == "people killed"


def test_figures_soldiers_and_troops_share_a_measure():
    doc = _doc("175,000 soldiers", "NUM NOUN", "175,000 soldier")
    assert extract_figures(doc, LEX)[0].measures == "troops"


def test_figures_scale_word_multiplies():
    doc = _doc("1.5 million refugees", "NUM NUM NOUN", "1.5 million refugee")
    [f] = extract_figures(doc, LEX)
    assert (f.number, f.measures) == (1_500_000.0, "refugees")


def test_figures_currency_sign_is_the_unit():
    doc = _doc("paid $ 5 billion", "VERB SYM NUM NUM")
    [f] = extract_figures(doc, LEX)
    assert (f.text, f.unit, f.number) == ("$ 5 billion", "usd", 5e9)


@pytest.mark.parametrize(
    ("words", "pos", "ents"),
    [
        ("in 2014 Russia", "ADP NUM PROPN", [(1, 2, "DATE")]),  # a year
        ("he said 3 .", "PRON VERB NUM PUNCT", []),  # no counted noun
    ],
)
def test_figures_number_without_counted_noun_is_not_a_figure(words, pos, ents):
    assert extract_figures(_doc(words, pos, ents=ents), LEX) == []


def test_figures_sorted_by_position_and_carry_article_id():
    doc = _doc("5 tanks and 30 troops", "NUM NOUN CCONJ NUM NOUN")
    found = extract_figures(doc, LEX)
    assert [f.text for f in found] == ["5 tanks", "30 troops"]
    assert {f.article_id for f in found} == {doc.article_id}


def test_figures_empty_doc_gives_nothing():
    assert extract_figures(make_doc([]), LEX) == []


def test_figures_look_for_a_number_only_where_one_can_start():
    # The scan calls `_number_at` only at a word in `_number_starts` or one starting with a
    # decimal digit: at any other word it finds nothing.
    from newsgraph.extract import figures

    lexicons = Lexicons.load()
    vague = lexicons.derived("figures.tables", figures._tables)[0]
    starters = figures._number_starts(lexicons)
    words = sorted(starters) + ["dozens", "thousands", "hundreds", "12", "1,200", "٣", "3rd"]
    words += ["people", "killed", "the", "of", "million", "around", "some", "several", "few"]
    words += ["an", "estimated", "a", "handful", "more", "than", "half", "%", "percent", "-"]
    for i, word in enumerate(words):
        if word not in starters and not word[:1].isdecimal():
            assert figures._number_at((), words, i, vague) is None, word
    assert figures._number_at((), words, words.index("12"), vague) is not None


def test_figures_scale_written_joined_to_the_number():
    doc = _doc("raised £ 18.6bn", "VERB SYM NUM")
    [f] = extract_figures(doc, LEX)
    assert (f.text, f.unit, f.number) == ("£ 18.6bn", "gbp", pytest.approx(1.86e10))


def test_figures_between_two_numbers_is_one_range():
    doc = _doc("between 3,000 and 5,000 people", "ADP NUM CCONJ NUM NOUN")
    [f] = extract_figures(doc, LEX)
    assert (f.low, f.high, f.qualifier, f.measures) == (3000.0, 5000.0, "between", "people")


def test_figures_score_is_not_a_range():
    doc = make_doc(["won", "3", "-", "1", "wins"], spaces=[True, False, False, True, False])
    assert extract_figures(doc, LEX) == []


@pytest.mark.parametrize(
    ("words", "tags", "lemmas", "measures"),
    [
        ("two countries", "CD NNS", "two country", "countries"),
        ("200 staff", "CD NN", "200 staff", "staff"),
        ("one city", "CD NN", "one city", "cities"),
    ],
)
def test_figures_measure_is_the_plural_as_written(words, tags, lemmas, measures):
    doc = make_doc(words.split(), pos=["NUM", "NOUN"], lemmas=lemmas.split())
    tokens = tuple(replace(t, tag=g) for t, g in zip(doc.tokens, tags.split(), strict=True))
    [f] = extract_figures(replace(doc, tokens=tokens), LEX)
    assert f.measures == measures


@pytest.mark.parametrize(
    ("words", "pos"),
    [
        ("another 7,000 troops", "DET NUM NOUN"),
        ("a further 2,000 soldiers", "DET ADJ NUM NOUN"),
        ("an additional 7,000 troops", "DET ADJ NUM NOUN"),
        ("7,000 more troops", "NUM ADJ NOUN"),
        ("3,000 extra soldiers", "NUM ADJ NOUN"),
        ("up to 2,000 more troops", "ADP ADP NUM ADJ NOUN"),
    ],
)
def test_figures_an_increment_is_its_own_measure(words, pos):
    # A count said to add to an earlier one measures the change, not the total, so that
    # "7,000 more troops" is never compared with "more than 150,000 troops".
    [f] = extract_figures(_doc(words, pos), LEX)
    assert f.measures == "troops (added)"


@pytest.mark.parametrize(
    ("words", "pos", "measures"),
    [
        ("more than 150,000 troops", "ADJ ADP NUM NOUN", "troops"),  # "more than": a bound
        ("120 new homes", "NUM ADJ NOUN", "homes"),  # "new" describes the homes
        ("an extra $ 9 billion", "DET ADJ SYM NUM NUM", "usd"),  # money keeps its bare unit
    ],
)
def test_figures_not_an_increment(words, pos, measures):
    [f] = extract_figures(_doc(words, pos), LEX)
    assert f.measures == measures
