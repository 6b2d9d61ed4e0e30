"""Story features: the term keys remembered across articles."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime

from newsgraph.extract import story_features
from newsgraph.extract.story_features import _token_terms, extract_story_features, text_date
from newsgraph.lexicons import Lexicons
from newsgraph.store._stories import features_from_json, features_to_json
from newsgraph.types import Timex
from tests.helpers import make_doc

NOUNS = ["NOUN", "PROPN", "VERB", "NOUN", "DET", "NOUN", "NOUN"]


def _doc(words: list[str]):
    return make_doc(words, pos=NOUNS[: len(words)])


DOCS = [
    _doc(["Troops", "Ukraine's", "said", "troops", "the", "talks", "2021"]),
    _doc(["Ministries", "Kyiv", "met", "cities", "a", "troop", "-"]),
    _doc(["talks", "Troops", "says", "the", "Ministries", "us", "is"]),
]


def test_term_counts_are_the_same_with_keys_remembered_across_documents():
    keys: dict[str, str | None] = {}
    remembered = [_token_terms(doc, keys) for doc in DOCS]
    assert remembered == [_token_terms(doc) for doc in DOCS]
    assert remembered[0] == Counter({"troop": 2, "ukraine": 1, "said": 1, "talk": 1})
    assert keys["the"] is None and keys["Troops"] == "troop"


def test_remembered_term_keys_are_cleared_when_full(monkeypatch):
    monkeypatch.setattr(story_features, "_KNOWN_TERMS", 4)
    keys: dict[str, str | None] = {}
    for doc in DOCS * 2:
        assert _token_terms(doc, keys) == _token_terms(doc)
        assert len(keys) <= 4 + len(doc.tokens)  # cleared before an article, never within


def test_story_features_keep_one_memory_per_lexicons():
    lexicons = Lexicons.load()
    first = extract_story_features(DOCS[0], lexicons, figures=())
    assert extract_story_features(DOCS[0], lexicons, figures=()) == first
    assert extract_story_features(DOCS[0], Lexicons.load(), figures=()) == first
    keys = lexicons.derived("story_features.term_keys", lambda _: {})
    assert keys["Troops"] == "troop"


def _timex(start: int, value: str, type_: str = "DATE", resolved: bool = True) -> Timex:
    return Timex("a", start, start + 5, 0, "text", type_, value, resolved=resolved)


def test_an_undated_article_is_dated_by_the_first_day_its_text_names():
    undated = make_doc(["Biden", "said", "on", "December", "8"])
    found = [
        _timex(40, "2021-12-10"),  # a meeting ahead, named later
        _timex(3, "2021"),  # a year is not a day
        _timex(9, "XXXX-WXX-3", resolved=False),  # "Wednesday", nothing to resolve it against
        _timex(20, "2021-12-08"),
        _timex(30, "PT1H", "DURATION"),
    ]
    assert text_date(undated, found) == datetime(2021, 12, 8, 12, tzinfo=UTC)
    assert text_date(undated, [_timex(3, "2021")]) is None


def test_a_dated_article_keeps_its_publication_date_and_gets_no_text_date():
    dated = make_doc(["said", "on", "December", "8"], published=datetime(2022, 2, 1, tzinfo=UTC))
    assert text_date(dated, [_timex(0, "2021-12-08")]) is None
    (features,) = extract_story_features(dated, Lexicons.load(), figures=(), timexes=())
    assert features.text_date is None


def test_story_features_of_an_undated_article_find_its_day_without_timexes_given():
    doc = make_doc(["Talks", "opened", "on", "January", "10", ",", "2022", "."])
    (features,) = extract_story_features(doc, Lexicons.load(), figures=())
    assert features.text_date == datetime(2022, 1, 10, 12, tzinfo=UTC)
    back = features_from_json("a", features_to_json(features))
    assert back.text_date == features.text_date
    assert "text_date" not in features_to_json(replace(features, text_date=None))


def test_label_words_are_the_headline_words_the_text_uses_as_nouns():
    body = make_doc(
        ["NATO", "saw", "no", "pullback", "of", "troops", "."],
        pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "NOUN", "PUNCT"],
    )
    doc = replace(body, title="NATO sees no pullback as Moscow shows troops")
    (features,) = extract_story_features(doc, Lexicons.load(), figures=(), timexes=())
    assert features.title_terms == ("nato", "pullback", "troop")  # not "sees", "shows"
    assert {"see", "show", "moscow"} <= {k for k, _ in features.terms}  # still clustered on
    headline_only = replace(make_doc(["."], pos=["PUNCT"]), title="NATO sees no pullback")
    (alone,) = extract_story_features(headline_only, Lexicons.load(), figures=(), timexes=())
    assert alone.title_terms == ("nato", "pullback", "see")
