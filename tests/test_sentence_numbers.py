"""Which sentence each token is in: shared by the entity, figure, quote and coreference steps."""

from __future__ import annotations

import pytest

from newsgraph.extract.coref import sentence_numbers


@pytest.mark.parametrize(
    ("sents", "n", "expected"),
    [
        (((0, 2), (2, 5)), 5, [0, 0, 1, 1, 1]),
        (((0, 3), (2, 4)), 5, [0, 0, 1, 1, 0]),  # overlap: the later; outside any: 0
        (((1, 9),), 3, [0, 0, 0]),  # a sentence past the end is cut at it
        ((), 2, [0, 0]),
    ],
)
def test_sentence_numbers_give_each_token_its_sentence(sents, n, expected):
    assert sentence_numbers(sents, n) == expected
