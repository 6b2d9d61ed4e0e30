"""Reading our corpus gold: the article a gold file names, and where its strings are."""

from __future__ import annotations

import json

from newsgraph.eval.sample import corpus_of, gold_article, gold_files, locate_in_order

from .conftest import CORPUS


def test_locate_in_order_maps_a_repeated_string_to_successive_places():
    text = "He said no. Then he said no again. No."
    assert locate_in_order(text, ["said no", "said no", "said no", "absent"]) == [3, 20, 3, None]


def test_gold_article_is_the_corpus_file_the_gold_names():
    first = gold_files(CORPUS / "gold" / "articles")[0]
    gold = json.loads(first.read_text("utf-8"))
    assert corpus_of(first) == CORPUS
    article = gold_article(first, gold)
    assert article is not None and article.text
