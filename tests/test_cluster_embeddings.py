"""Story clustering with MiniLM embeddings on the articles (the opt-in `--embeddings`).

The vectors here are written by hand (no model needed): what is tested is how the clusterer
uses them, not the model.
"""

from __future__ import annotations

import dataclasses
import pickle
from datetime import UTC, datetime, timedelta

import numpy as np

from newsgraph.embeddings import DIMENSIONS, pack
from newsgraph.extract.story_features import features_from_text
from newsgraph.store._stories import features_from_json, features_to_json
from newsgraph.stories.cluster import ClusterConfig, StoryClusterer, cluster_articles

T0 = datetime(2014, 3, 10, tzinfo=UTC)


def _vector(*pairs: tuple[int, float]) -> np.ndarray:
    v = np.zeros(DIMENSIONS, dtype=np.float32)
    for i, x in pairs:
        v[i] = x
    return v / np.linalg.norm(v)


APPLE = _vector((0, 1.0), (1, 0.2))
APPLE_TOO = _vector((0, 1.0), (2, 0.3))  # cosine 0.94 with APPLE
BIEBER = _vector((5, 1.0))  # cosine 0 with both


def _f(aid: str, text: str, hours: float, vector: np.ndarray | None = None):
    f = features_from_text(aid, text, published=T0 + timedelta(hours=hours))
    return dataclasses.replace(f, embedding=pack(vector)) if vector is not None else f


# Two headlines of one story that share no content word: the sparse score cannot join them.
HEADLINES = [
    ("h1", "Apple unveils its new iPhone", APPLE),
    ("h2", "Cupertino giant shows off next handset", APPLE_TOO),
    ("h3", "Bieber and Gomez dance in a Texas studio", BIEBER),
]


def test_cluster_embeddings_join_headlines_that_share_no_word():
    plain = cluster_articles([_f(a, t, i) for i, (a, t, _v) in enumerate(HEADLINES)])
    assert plain["h1"] != plain["h2"]
    embedded = cluster_articles([_f(a, t, i, v) for i, (a, t, v) in enumerate(HEADLINES)])
    assert embedded["h1"] == embedded["h2"]
    assert embedded["h3"] != embedded["h1"]


def test_cluster_embeddings_weight_zero_scores_as_without_them():
    stream = [_f(a, t, i, v) for i, (a, t, v) in enumerate(HEADLINES)]
    off = ClusterConfig(embedding_short_weight=0.0)
    plain = [_f(a, t, i) for i, (a, t, _v) in enumerate(HEADLINES)]
    assert cluster_articles(stream, off) == cluster_articles(plain)


def test_cluster_embeddings_leave_long_texts_to_the_sparse_score_by_default():
    # Full articles (30 words or more): embedding_weight is 0, so the same assignment as
    # without embeddings even when the vectors say the two are one story.
    long_a = "Apple unveils its new iPhone in Cupertino " * 5
    long_b = "Bieber and Gomez dance together in a Texas recording studio " * 5
    with_vectors = cluster_articles([_f("a", long_a, 0, APPLE), _f("b", long_b, 1, APPLE)])
    without = cluster_articles([_f("a", long_a, 0), _f("b", long_b, 1)])
    assert with_vectors == without == {"a": "a", "b": "b"}


def test_cluster_embeddings_an_article_with_one_joins_a_story_without_only_on_words():
    # A store filled partly before --embeddings: stories with no vector score 0 on that side.
    first = _f("h1", "Apple unveils its new iPhone", 0)
    second = _f("h2", "Cupertino giant shows off next handset", 1, APPLE_TOO)
    assert cluster_articles([first, second]) == {"h1": "h1", "h2": "h2"}


def test_cluster_embeddings_travel_through_the_stored_features_json():
    f = _f("h1", "Apple unveils its new iPhone", 0, APPLE)
    back = features_from_json("h1", features_to_json(f))
    assert back == f
    plain = _f("h2", "Apple unveils its new iPhone", 0)
    assert "embedding" not in features_to_json(plain)  # rows without one are as before
    assert features_from_json("h2", features_to_json(plain)).embedding == ""


QUAKE = _vector((10, 1.0), (11, 0.2))
QUAKE_TOO = _vector((10, 1.0), (12, 0.3))
VOTE = _vector((20, 1.0), (21, 0.2))
VOTE_TOO = _vector((20, 1.0), (22, 0.3))
# Headlines that share no content word with each other: only the vectors can join them.
CLOSING = [
    ("q1", "Strong earthquake shakes northern Chile", QUAKE),
    ("b1", "Bieber and Gomez dance in a Texas studio", BIEBER),
    ("v1", "Scottish referendum campaign enters final week", VOTE),
    ("v2", "Edinburgh ballot race reaches last days", VOTE_TOO),
    ("q2", "Tremor rattles Santiago residents overnight", QUAKE_TOO),
]


def test_cluster_embeddings_a_closed_story_leaves_the_nearest_search():
    # Two active stories at most: v1 closes q1 (the least recently updated), whose row the
    # last row (v1's) takes; v2 must still find v1 there, and q2 must not find closed q1.
    config = ClusterConfig(max_active=2)
    stream = [_f(a, t, i, v) for i, (a, t, v) in enumerate(CLOSING)]
    assert cluster_articles(stream, config) == {
        "q1": "q1",
        "b1": "b1",
        "v1": "v1",
        "v2": "v1",
        "q2": "q2",
    }


def test_cluster_embeddings_a_saved_clusterer_goes_on_as_one_that_never_stopped():
    # The story state is pickled between runs: the embedding rows must come back with it.
    stream = [_f(a, t, i, v) for i, (a, t, v) in enumerate(HEADLINES + CLOSING)]
    whole = StoryClusterer()
    expected = [whole.add(f) for f in stream]
    first = StoryClusterer()
    got = [first.add(f) for f in stream[:5]]
    restored = pickle.loads(pickle.dumps(first))
    got += [restored.add(f) for f in stream[5:]]
    assert got == expected
    assert expected[1] == expected[0] and expected[6] == expected[5]  # joined by the vectors
    assert expected[7] == expected[3]  # q2 joins q1, which is still active here
