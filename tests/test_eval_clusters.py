"""Cluster evaluation: metric arithmetic on tiny examples, readers, a smoke test on gold."""

from __future__ import annotations

import json

import pytest

from newsgraph.errors import InputError
from newsgraph.eval.clusters import read_ecbplus, read_gold, read_uci, score, split_docs
from tests.conftest import SHARED_EVAL

CLUSTERS = SHARED_EVAL / "clusters"


def test_eval_clusters_scores_hand_computed_example():
    # cells: (x,a)=2 (y,a)=1 (y,b)=2; pairs together 1+1=2, predicted 1+3=4, gold 3+1=4
    s = score(["a", "a", "a", "b", "b"], ["x", "x", "y", "y", "y"])
    assert (s.pairwise_p, s.pairwise_r, s.pairwise_f1) == (0.5, 0.5, 0.5)
    # BCubed precision: (2*2/2 + 1*1/3 + 2*2/3) / 5 = 11/15; recall the same by symmetry here
    assert s.b3_p == pytest.approx(11 / 15)
    assert s.b3_r == pytest.approx(11 / 15)
    assert (s.n_docs, s.n_gold_clusters, s.n_pred_clusters) == (5, 2, 2)


def test_eval_clusters_perfect_clustering_scores_one_whatever_the_labels():
    s = score(["a", "a", "b", "c"], ["z", "z", "y", "x"])
    assert (s.pairwise_f1, s.b3_f1, s.ari, s.ami) == pytest.approx((1, 1, 1, 1))


def test_eval_clusters_all_singletons_has_precision_one_and_low_recall():
    s = score(["a", "a", "a", "b"], ["1", "2", "3", "4"])
    assert (s.pairwise_p, s.pairwise_r, s.b3_p) == (1.0, 0.0, 1.0)
    assert s.b3_r == pytest.approx((1 / 3 * 3 + 1) / 4)


def test_eval_clusters_everything_together_has_recall_one():
    s = score(["a", "a", "b", "b"], ["x"] * 4)
    assert (s.pairwise_r, s.b3_r, s.pairwise_p) == (1.0, 1.0, pytest.approx(2 / 6))


def test_eval_clusters_json_keys():
    keys = score(["a"], ["x"]).as_dict()
    assert {"pairwise_f1", "b3_f1", "ari", "ami", "n_docs", "n_pred_clusters"} <= set(keys)


def test_eval_clusters_length_mismatch_is_an_error():
    with pytest.raises(ValueError):
        score(["a", "b"], ["x"])


def test_eval_clusters_ecbplus_reader(tmp_path):
    path = tmp_path / "e.jsonl"
    rows = [
        {"doc_id": "1_1ecb", "topic": 1, "subtopic": "ecb", "event_cluster": "1_ecb", "text": "A"},
        {"doc_id": "1_2ecb", "topic": 1, "subtopic": "ecb", "event_cluster": "1_ecb", "text": "A"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    docs = read_ecbplus(path)
    assert [d.gold for d in docs] == ["1_ecb", "1_ecb"]
    assert docs[0].article.id != docs[1].article.id  # same text, different documents


def test_eval_clusters_uci_reader_orders_by_timestamp(tmp_path):
    path = tmp_path / "u.csv"
    path.write_text(
        "ID,TITLE,URL,PUBLISHER,CATEGORY,STORY,HOSTNAME,TIMESTAMP\n"
        "1,Later headline,http://a,Pub A,b,s1,a,1394470371000\n"
        '2,"Earlier, headline",http://b,Pub B,b,s2,b,1394470370000\n'
    )
    docs = read_uci(path)
    assert [(d.article.text, d.gold, d.article.outlet) for d in docs] == [
        ("Earlier, headline", "s2", "Pub B"),
        ("Later headline", "s1", "Pub A"),
    ]
    assert docs[0].article.published.year == 2014


def test_eval_clusters_unknown_format_says_which_exist(tmp_path):
    with pytest.raises(InputError, match="ecbplus, uci, sample"):
        read_gold(tmp_path, "nope")


@pytest.mark.skipif(not CLUSTERS.is_dir(), reason="shared eval data not available")
def test_eval_clusters_smoke_on_uci_slice():
    from newsgraph.extract.story_features import features_from_text
    from newsgraph.stories import assign_stories

    docs = read_uci(CLUSTERS / "uci_news_aggregator_first6366.csv")[:600]
    features = [
        features_from_text(d.article.id, d.article.text, published=d.article.published)
        for d in docs
    ]
    assigned = assign_stories(features)
    s = score([d.gold for d in docs], [assigned[f.article_id].story_id for f in features])
    # Far better than chance, far from perfect: a floor, not a target.
    assert s.pairwise_f1 > 0.5
    assert s.n_pred_clusters < len(docs) / 2


@pytest.mark.skipif(not CLUSTERS.is_dir(), reason="shared eval data not available")
def test_eval_clusters_ecbplus_file_has_the_expected_shape():
    docs = read_ecbplus(CLUSTERS / "ecbplus_dev.jsonl")
    assert len(docs) == 496
    assert len({d.gold for d in docs}) == 42


def test_eval_clusters_split_keeps_whole_topics_and_halves_cover_all(tmp_path):
    path = tmp_path / "e.jsonl"
    rows = [
        {"doc_id": f"{t}_{i}{s}", "topic": t, "event_cluster": f"{t}_{s}", "text": f"T{t} {i}"}
        for t in range(1, 9)
        for s in ("ecb", "ecbplus")
        for i in range(2)
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    docs = read_ecbplus(path)
    dev, held = split_docs(docs, "dev"), split_docs(docs, "heldout")
    assert dev and held and len(dev) + len(held) == len(docs)
    assert not {d.topic for d in dev} & {d.topic for d in held}
    with pytest.raises(InputError, match="all, dev, heldout"):
        split_docs(docs, "test")


@pytest.mark.model
def test_eval_clusters_cli_prints_the_json_keys(tmp_path):
    from typer.testing import CliRunner

    from newsgraph.cli import app

    path = tmp_path / "e.jsonl"
    texts = {
        "1_ecb": "Tara Reid checked into Promises rehab in Malibu, her publicist said.",
        "2_ecb": "An earthquake of magnitude 6.1 struck northern Indonesia on Sunday.",
    }
    rows = [
        {"doc_id": f"{c}{i}", "topic": c[0], "event_cluster": c, "text": t}
        for c, t in texts.items()
        for i in range(2)
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    result = CliRunner().invoke(
        app, ["eval", "clusters", "--gold", str(path), "--format", "ecbplus", "--json"]
    )
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert {"pairwise_f1", "b3_f1", "ari", "ami", "n_docs", "n_pred_clusters"} <= set(figures)
    assert (figures["n_docs"], figures["n_pred_clusters"], figures["b3_f1"]) == (4, 2, 1.0)


def test_eval_clusters_ecbplus_reader_drops_a_leading_url_line_and_gives_no_url(tmp_path):
    # Only one event of each ECB+ topic has these lines: left in the text, or kept as the URL
    # whose slug words story features read, they would tell the two events apart.
    path = tmp_path / "e.jsonl"
    text = "http: / / www. example. com / 2013 / may / 03 / lohan\nLohan checks into rehab\nBody."
    rows = [
        {"doc_id": "1_1ecbplus", "topic": 1, "event_cluster": "1_ecbplus", "text": text},
        {"doc_id": "1_1ecb", "topic": 1, "event_cluster": "1_ecb", "text": "Reid in rehab."},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    plus, plain = read_ecbplus(path)
    assert plus.article.text == "Lohan checks into rehab\nBody."
    assert plain.article.text == "Reid in rehab."
    assert plus.article.url == plain.article.url == ""
