"""Story features: the term keys remembered across articles."""

from __future__ import annotations

from collections import Counter

from newsgraph.extract import story_features
from newsgraph.extract.story_features import _token_terms, extract_story_features
from newsgraph.lexicons import Lexicons
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
