"""Online story clustering: one pass in publication order, a bounded active window."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from newsgraph.extract.story_features import features_from_text
from newsgraph.stories import clustering_order
from newsgraph.stories.cluster import ClusterConfig, StoryClusterer, cluster_articles, story_label

T0 = datetime(2021, 12, 1, tzinfo=UTC)

TROOPS = [
    "Russia masses troops near the Ukraine border, Kyiv says",
    "Ukraine warns of Russian troops massing at the border",
    "Kyiv says Russia has massed more troops near the Ukraine border",
]
COACH = [
    "Philadelphia 76ers fire coach Maurice Cheeks after poor start",
    "76ers fire Maurice Cheeks as coach of Philadelphia",
]


def _f(aid, text, hours=0.0, entities=()):
    return features_from_text(
        aid, text, published=T0 + timedelta(hours=hours), entities=list(entities)
    )


def test_cluster_similar_articles_share_a_story_and_unrelated_do_not():
    stream = [_f(f"t{i}", t, i) for i, t in enumerate(TROOPS)]
    stream += [_f(f"c{i}", t, 10 + i) for i, t in enumerate(COACH)]
    stories = cluster_articles(stream)
    assert len({stories[f"t{i}"] for i in range(3)}) == 1
    assert len({stories[f"c{i}"] for i in range(2)}) == 1
    assert stories["t0"] != stories["c0"]


def test_cluster_story_id_is_its_first_article():
    assert cluster_articles([_f("first", TROOPS[0]), _f("second", TROOPS[1], 1)]) == {
        "first": "first",
        "second": "first",
    }


def test_cluster_same_input_same_output():
    stream = [_f(f"a{i}", t, i) for i, t in enumerate(TROOPS + COACH)]
    assert cluster_articles(stream) == cluster_articles(list(stream))


def test_cluster_story_closes_after_the_time_window():
    c = StoryClusterer(ClusterConfig(window_hours=24))
    first = c.add(_f("a", TROOPS[0]))
    later = c.add(_f("b", TROOPS[1], hours=72))
    assert later != first
    assert [s.id for s in c.drain_closed()] == [first]


def test_cluster_active_stories_are_bounded():
    c = StoryClusterer(ClusterConfig(max_active=3))
    for i in range(10):
        c.add(_f(f"x{i}", f"alpha{i} beta{i} gamma{i}", i))
    assert c.n_active == 3
    assert len(c.drain_closed()) == 7


def test_cluster_time_decay_keeps_old_story_apart():
    fast = ClusterConfig(half_life_hours=1.0, window_hours=1000)
    stream = [_f("a", TROOPS[0]), _f("b", TROOPS[1], hours=100)]
    assert len(set(cluster_articles(stream, fast).values())) == 2
    assert len(set(cluster_articles(stream).values())) == 1


def test_cluster_join_puts_a_copy_in_its_originals_story():
    c = StoryClusterer()
    troops = c.add(_f("a", TROOPS[0]))
    coach = c.add(_f("b", COACH[0], 1))
    assert c.add(_f("c", COACH[1], 2), join=troops) == troops != coach


def test_cluster_entities_take_part_in_the_score():
    cfg = ClusterConfig(entity_weight=0.9, threshold=0.5, short_threshold=0.5)
    stream = [
        _f("a", "Boxer defends heavyweight title", entities=["Wladimir Klitschko"]),
        _f("b", "Champion keeps heavyweight belt", 1, entities=["Wladimir Klitschko"]),
        _f("c", "Champion keeps heavyweight belt", 2, entities=["Tony Thompson"]),
    ]
    stories = cluster_articles(stream, cfg)
    assert stories["a"] == stories["b"] != stories["c"]


def test_cluster_summary_has_label_and_first_last_seen():
    c = StoryClusterer()
    c.add(_f("a", TROOPS[0], entities=["Russia", "Kyiv"]))
    c.add(_f("b", TROOPS[1], 5, entities=["Russia"]))
    [s] = c.summaries()
    assert (s.first_seen, s.last_seen, s.n_articles) == (T0, T0 + timedelta(hours=5), 2)
    assert s.label.startswith("Russia, Kyiv: ")


def test_story_label_names_a_person_once():
    actors = {"lindsay lohan": 3, "lohan": 5, "betty ford": 2}
    label = story_label(Counter(actors), Counter({"rehab": 4, "lohan": 9, "check": 2}))
    assert label == "Lohan, Betty Ford: rehab check"


def test_story_label_names_a_country_once_whatever_it_is_called():
    # "Russian" (its demonym) and "Moscow" (its capital) name Russia again, in the actors and
    # in the words.
    actors = Counter({"russia": 6, "russian": 5, "moscow": 4, "nato": 3})
    label = story_label(actors, Counter({"russian": 3, "reply": 2, "door": 1}))
    assert label == "Russia, NATO: reply door"


def test_story_label_reads_a_possessive_as_its_name():
    actors = Counter({"lohan's": 4, "lohan": 3, "lindsay lohan": 2, "betty ford": 1})
    assert story_label(actors, Counter({"reality": 2})) == "Lohan, Betty Ford: reality"


def test_story_label_ranks_words_by_how_telling_they_are():
    terms = Counter({"say": 3, "reply": 2, "written": 2})
    idf = {"say": 1.0, "reply": 3.0, "written": 2.0}
    assert story_label(Counter(), terms, distinctness=idf.__getitem__) == "reply written say"
    assert story_label(Counter(), terms) == "say reply written"  # without, the commonest


def test_story_label_of_articles_without_headline_skips_words_every_article_uses():
    c = StoryClusterer()
    for i in range(6):  # articles that all use "said": it tells nothing
        c.add(_f(f"x{i}", f"Officials said alpha{i} beta{i} gamma{i} said", 100 * i))
    body = "Officials said the ceasefire held, officials said, and the truce said to hold. " * 3
    sid = c.add(_f("a", body, 700))
    c.add(_f("b", body.replace("held", "holds"), 701), join=sid)
    [s] = [s for s in c.summaries() if s.id == sid]
    assert "said" not in s.label.split()
    assert {"ceasefire", "truce"} <= set(s.label.split())


def test_stop_words_are_scikit_learns_list():
    # The data file is a copy, so that worker processes need not import scikit-learn.
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    from newsgraph.extract.story_features import english_stop_words

    assert english_stop_words() == ENGLISH_STOP_WORDS


def test_workers_extract_without_importing_scikit_learn_or_scipy():
    # Importing scikit-learn costs each worker process about 0.9 s CPU, datasketch (which
    # imports SciPy) 0.47 s: the workers need neither.
    import os
    import subprocess
    import sys
    from pathlib import Path

    repo = Path(__file__).resolve().parent.parent
    code = (
        "import sys, newsgraph.engines.local, newsgraph.stories; "
        "from newsgraph.extract.story_features import features_from_text; "
        "features_from_text('a', 'The talks resumed.', title='Talks'); "
        "print(any(m in sys.modules for m in ('sklearn', 'scipy', 'datasketch')))"
    )
    env = {**os.environ, "PYTHONPATH": str(repo)}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=repo, env=env
    )
    assert out.stdout.strip() == "False"


def test_story_label_writes_key_words_as_the_headlines_wrote_them():
    c = StoryClusterer()
    titles = ["Colorado's marijuana taxes top $2m", "Marijuana taxes bring Colorado $2m"]
    for n, title in enumerate(titles):
        c.add(features_from_text(f"a{n}", title, title=title, published=T0, entities=["Colorado"]))
    [s] = c.summaries()
    assert s.label.startswith("Colorado: ")
    assert "taxes" in s.label.split() and "taxe" not in s.label.split()


def test_cluster_state_saved_before_headline_spellings_still_loads():
    import pickle

    c = StoryClusterer()
    c.add(_f("a", TROOPS[0], entities=["Russia"]))
    for story in c._active.values():
        del story.__dict__["forms"]  # as a state saved by an earlier version
    restored = pickle.loads(pickle.dumps(c))
    restored.add(_f("b", TROOPS[1], 1, entities=["Russia"]))
    assert restored.summaries()[0].label.startswith("Russia")


def test_cluster_an_undated_article_is_weighed_at_the_day_its_text_names():
    c = StoryClusterer(ClusterConfig(window_hours=24 * 90))
    december = c.add(_f("dec", TROOPS[0]))
    february = c.add(_f("feb", TROOPS[1], hours=24 * 60))
    undated = replace(_f("note", TROOPS[2]), published=None)
    assert c.add(replace(undated, article_id="n1", text_date=T0 + timedelta(hours=20))) == december
    assert c.add(replace(undated, article_id="n2", text_date=T0 + timedelta(days=61))) == february


def test_cluster_a_text_date_ahead_closes_no_story():
    c = StoryClusterer(ClusterConfig(window_hours=24))
    first = c.add(_f("a", TROOPS[0]))
    ahead = replace(_f("b", COACH[0]), published=None, text_date=T0 + timedelta(days=30))
    c.add(ahead)
    assert c.drain_closed() == [] and c.story_of_active(first)


def test_clustering_order_places_an_undated_article_at_its_days_among_dated_ones():
    dated = [_f("d1", "one", hours=0), _f("d2", "two", hours=48)]
    named = replace(_f("u1", "three"), published=None, text_date=T0 + timedelta(hours=24))
    silent = replace(_f("u2", "four"), published=None)
    order = clustering_order([silent, dated[1], named, dated[0]])
    assert [f.article_id for f in order] == ["d1", "u1", "d2", "u2"]
    # nothing dated at all: no timeline to place them in, the order given stands
    alone = replace(named, text_date=T0 + timedelta(days=9))
    assert clustering_order([alone, silent, named]) == [alone, silent, named]


def test_story_label_puts_headline_actors_first_written_as_names():
    # Every text names Russia; the headlines name Biden and Putin, who lead, capitalised,
    # and a generic noun ("hours") gives way to the story's own words.
    actors = Counter({"russia": 9, "biden": 5, "putin": 6, "nato": 2})
    terms = Counter({"biden": 3, "putin": 3, "sanctions": 2, "hour": 2, "call": 1})
    assert story_label(actors, terms) == "Putin, Biden: sanctions call"


def test_story_label_keeps_the_capitals_a_headline_gives_a_name():
    c = StoryClusterer()
    titles = ["Germany stops Nord Stream pipeline", "Berlin freezes Nord Stream pipeline"]
    for n, title in enumerate(titles):
        c.add(features_from_text(f"a{n}", title, title=title, published=T0, entities=["Germany"]))
    [s] = c.summaries()
    assert "Nord" in s.label.split() and "nord" not in s.label.split()
