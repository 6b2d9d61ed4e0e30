"""Specifications of the time-expression extractor, second round: anchoring and granularity.

Hand-built documents, no model. The publication date is Wednesday 29 December 2021 unless
said otherwise.
"""

from __future__ import annotations

import pytest

from newsgraph.extract.timex import extract_timexes
from tests.helpers import make_doc
from tests.test_timex import LEX, PUB, found


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
