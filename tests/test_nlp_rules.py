"""The indexed attribute ruler gives exactly what spaCy's attribute ruler gives, sooner."""

from __future__ import annotations

import pytest
import spacy
from spacy.pipeline import AttributeRuler

from newsgraph.config import Settings
from newsgraph.ingest import read_paths
from newsgraph.nlp import load_model, resolve_model_name
from newsgraph.nlp_rules import (
    FACTORY,
    CachedLemmatizer,
    IndexedAttributeRuler,
    cache_lemmatizer,
    index_attribute_ruler,
)
from newsgraph.types import Article

from .conftest import CORPUS

# The English models' exceptions: contractions, "gonna", "y'all", "ain't", pronoun case by
# dependency, "There is", whitespace tokens, "but" as an adverb, subordinators.
AWKWARD = (
    "I ain't gonna do it, y'all. Let's go! C'mon, nothin' is done. Gotta run.  It is here.\n\n"
    "\tYou did it. I do. There's a man. There are two. That is what he did. Whether it rains, "
    "I'm not sure; they've been there, we're done. They gave it to me, but I didn't want it. "
    "He has n't said. She does, and so do I. It was all but over."
)


def _annotations(doc: spacy.tokens.Doc) -> list[tuple[str, ...]]:
    return [(t.text, t.tag_, t.pos_, t.dep_, str(t.morph), t.lemma_) for t in doc]


def _blank_with(factory: str, patterns: list[dict]) -> spacy.language.Language:
    nlp = spacy.blank("en")
    nlp.add_pipe(factory, name="attribute_ruler").add_patterns(patterns)
    return nlp


RULES = [
    {"patterns": [[{"LOWER": "the"}]], "attrs": {"POS": "DET"}},
    {"patterns": [[{"LOWER": {"IN": ["cat", "dog"]}}]], "attrs": {"POS": "NOUN", "LEMMA": "pet"}},
    # a later rule wins over an earlier one on the same token
    {"patterns": [[{"LOWER": "dog"}]], "attrs": {"POS": "PROPN"}},
    {"patterns": [[{"LOWER": "big"}, {"LOWER": "dog"}]], "attrs": {"LEMMA": "large"}, "index": 0},
    {"patterns": [[{"LOWER": {"REGEX": "^sa[tw]$"}}]], "attrs": {"POS": "VERB"}},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"POS": "SPACE"}},
    {
        "patterns": [[{"LOWER": {"NOT_IN": ["the", "cat", "dog", "big", "sat", "saw"]}}]],
        "attrs": {"MORPH": "Other=Yes"},
    },
    # shapes the index does not take (a quantifier, another attribute) go to spaCy's Matcher
    {
        "patterns": [[{"LOWER": "very", "OP": "+"}, {"LOWER": "big"}]],
        "attrs": {"LEMMA": "huge"},
        "index": -1,
    },
    {"patterns": [[{"IS_TITLE": True}]], "attrs": {"MORPH": "Title=Yes"}},
]


def test_nlp_rules_the_index_applies_every_rule_like_spacys_ruler_in_the_same_order():
    text = "The cat sat. The very very big dog saw the big dog  and a Frog."
    stock = _blank_with("attribute_ruler", RULES)(text)
    indexed = _blank_with(FACTORY, RULES)(text)
    assert _annotations(indexed) == _annotations(stock)
    dog = [t for t in indexed if t.text == "dog"]
    assert [t.pos_ for t in dog] == ["PROPN", "PROPN"]  # the later rule won
    assert [t.lemma_ for t in indexed if t.text == "big"] == ["huge", "large"]
    assert indexed[-2].morph.get("Title") == ["Yes"]  # "Frog", through the Matcher


def test_nlp_rules_patterns_added_after_a_first_document_are_used():
    nlp = _blank_with(FACTORY, RULES[:1])
    assert nlp("the cat")[1].pos_ == ""
    nlp.get_pipe("attribute_ruler").add([[{"LOWER": "cat"}]], {"POS": "NOUN"})
    assert nlp("the cat")[1].pos_ == "NOUN"


@pytest.mark.model
def test_nlp_rules_the_model_annotates_the_sample_corpus_and_english_oddities_identically():
    name = resolve_model_name("")
    indexed, stock = load_model(name), load_model(name, index_rules=False)
    assert isinstance(indexed.get_pipe("attribute_ruler"), IndexedAttributeRuler)
    assert isinstance(indexed.get_pipe("lemmatizer"), CachedLemmatizer)
    assert type(stock.get_pipe("attribute_ruler")) is AttributeRuler
    texts = [AWKWARD] + [a.text for a in read_paths([CORPUS], Settings()) if isinstance(a, Article)]
    for ours, theirs in zip(indexed.pipe(texts), stock.pipe(texts), strict=True):
        assert _annotations(ours) == _annotations(theirs)
    lemma = {t.text: t.lemma_ for t in indexed(AWKWARD)}
    assert (lemma["ai"], lemma["gon"], lemma["na"], lemma["n't"]) == ("be", "go", "to", "not")


def test_nlp_rules_a_pipeline_without_spacys_ruler_is_left_alone():
    nlp = spacy.blank("en")
    assert index_attribute_ruler(nlp) is False
    nlp.add_pipe(FACTORY, name="attribute_ruler")
    assert index_attribute_ruler(nlp) is False  # already indexed


def _rule_lemmatizer(overwrite: bool = False) -> spacy.language.Language:
    from spacy.lookups import Lookups

    nlp = spacy.blank("en")
    tags = [
        {
            "patterns": [[{"LOWER": {"IN": ["cats", "mice", "dogs"]}}]],
            "attrs": {"POS": "NOUN", "MORPH": "Number=Plur"},
        },
        {"patterns": [[{"LOWER": "cat"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
        {"patterns": [[{"LOWER": "ran"}]], "attrs": {"POS": "VERB", "MORPH": "Tense=Past"}},
        {"patterns": [[{"LOWER": "dogs"}]], "attrs": {"LEMMA": "hound"}},  # set before
        {"patterns": [[{"LOWER": {"IN": [",", ".", "and"]}}]], "attrs": {"POS": "X"}},
    ]
    nlp.add_pipe("attribute_ruler").add_patterns(tags)
    lookups = Lookups()
    lookups.add_table("lemma_rules", {"noun": [["s", ""]], "verb": [["ed", ""]]})
    lookups.add_table("lemma_index", {"noun": ["cat", "dog"], "verb": []})
    lookups.add_table("lemma_exc", {"noun": {"mice": ["mouse"]}, "verb": {"ran": ["run"]}})
    lookups.add_table("lemma_lookup", {})
    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "rule", "overwrite": overwrite})
    lemmatizer.initialize(lookups=lookups)
    return nlp


@pytest.mark.parametrize("overwrite", [False, True])
def test_nlp_rules_the_cached_lemmatizer_sets_spacys_lemmas_once_per_word_pos_and_morph(
    overwrite,
):
    text = "Cats ran , cat and mice ran . Cats dogs Cat"
    stock = _rule_lemmatizer(overwrite)(text)
    nlp = _rule_lemmatizer(overwrite)
    assert cache_lemmatizer(nlp) and cache_lemmatizer(nlp) is False  # once only
    cached = nlp(text)
    assert _annotations(cached) == _annotations(stock)
    lemmas = [t.lemma_ for t in cached]
    assert lemmas[:6] == ["cat", "run", ",", "cat", "and", "mouse"]
    assert lemmas[-2] == ("dog" if overwrite else "hound")  # an earlier lemma is kept
    # a second document is answered from the cache, with the same lemmas
    assert [t.lemma_ for t in nlp(text)] == lemmas
