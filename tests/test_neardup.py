"""Near-duplicates: copies and spun rewrites link to the earliest article they copy."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from newsgraph.extract.story_features import _word_shingles, features_from_text
from newsgraph.stories import NearDupConfig, StoryTracker, assign_stories

T0 = datetime(2021, 12, 3, 12, tzinfo=UTC)

ORIGINAL = (
    "Russia could launch a multi-front offensive against Ukraine as soon as early next year "
    "with as many as 175,000 troops, according to a U.S. intelligence assessment described "
    "on Friday. The assessment says about half of those forces are already in position near "
    "Ukraine's borders. Roughly 100 battalion tactical groups could take part, backed by "
    'armour, artillery and other equipment. "Russia has never threatened anyone and has no '
    'intention of doing so," Kremlin spokesman Dmitry Peskov said. An official said the plans '
    'involved "extensive movement of units to and from the border" to hide Moscow\'s intentions.'
)
LIGHT_REWRITE = ORIGINAL.replace("on Friday", "on Friday evening").replace("armour", "armor")
SPUN = (
    "Russia may mount a multi-front assault on Ukraine with as many as 175,000 soldiers as "
    "soon as early next year, according to a US intelligence assessment made public on Friday. "
    '"Russia has never threatened anyone and has no intention of doing so," Kremlin '
    'spokesperson Dmitry Peskov told journalists. An official said the plan involved "extensive '
    "movement of units to and from the border\" to conceal Moscow's aims. The assesment "
    "states that roughly half of the forces are already positioned near "
    "Ukraine's frontier. About 100 battalion tactical groups may take part, supported by armor, "
    "artillery and other hardware."
)
SAME_EVENT_OWN_WORDS = (
    "Washington warned Moscow on Saturday against any move on its neighbour. Secretary of State "
    "Antony Blinken said the United States was ready to impose sanctions, while diplomats in "
    "Brussels discussed a coordinated response with allies. Kyiv asked for more air defence."
)
UNRELATED = (
    "The Philadelphia 76ers fired coach Maurice Cheeks on Saturday after a disappointing start "
    "to the season, the club said in a statement, naming an assistant as interim coach."
)


def _f(aid: str, text: str, hours: float = 0, **kw):
    return features_from_text(aid, text, published=T0 + timedelta(hours=hours), **kw)


def _copies(*features):
    return {a: x.near_dup_of for a, x in assign_stories(features).items()}


def test_neardup_verbatim_copy_links_to_original():
    assert _copies(_f("a", ORIGINAL), _f("b", ORIGINAL + " Reporting by staff.", 5)) == {
        "a": None,
        "b": "a",
    }


def test_neardup_light_rewrite_is_found_by_minhash():
    assert _copies(_f("a", ORIGINAL), _f("b", LIGHT_REWRITE, 5))["b"] == "a"


def test_neardup_spun_copy_with_synonyms_and_typo_is_found():
    assert _copies(_f("a", ORIGINAL), _f("b", SPUN, 60))["b"] == "a"


def test_neardup_same_event_in_own_words_is_not_a_copy():
    found = _copies(_f("a", ORIGINAL), _f("b", SAME_EVENT_OWN_WORDS, 20), _f("c", UNRELATED, 30))
    assert found == {"a": None, "b": None, "c": None}


def test_neardup_copy_of_a_copy_links_to_the_earliest():
    found = _copies(_f("a", ORIGINAL), _f("b", LIGHT_REWRITE, 1), _f("c", LIGHT_REWRITE + " ", 2))
    assert found == {"a": None, "b": "a", "c": "a"}


def test_neardup_copy_joins_the_story_of_its_original():
    found = assign_stories([_f("a", ORIGINAL), _f("z", UNRELATED, 1), _f("b", SPUN, 2)])
    assert found["b"].story_id == found["a"].story_id != found["z"].story_id


def test_neardup_original_outside_the_window_is_forgotten():
    tracker = StoryTracker(neardup=NearDupConfig(window_hours=24))
    tracker.add(_f("a", ORIGINAL))
    assert tracker.add(_f("b", ORIGINAL, hours=48)).near_dup_of is None


def test_neardup_window_is_bounded_by_size():
    tracker = StoryTracker(neardup=NearDupConfig(max_articles=3))
    tracker.add(_f("a", ORIGINAL))
    for i in range(3):
        tracker.add(_f(f"u{i}", f"{UNRELATED} Item {i} of a series on coaches number {i}.", 1))
    assert tracker.add(_f("b", ORIGINAL, 2)).near_dup_of is None


def test_neardup_short_texts_must_be_identical_to_be_copies():
    a = _f("a", "Russia masses troops near Ukraine")
    b = _f("b", "Russia masses troops near Ukraine border")
    c = replace(_f("c", "Russia masses troops near Ukraine"), article_id="c")
    assert _copies(a, b, c) == {"a": None, "b": None, "c": "a"}


@pytest.mark.parametrize("n_items", [0, 1, 2, 7, 300])
def test_minhash_signature_is_datasketchs_affine32_minhash(n_items):
    # Computed without importing datasketch (and SciPy) in the workers: it must stay equal.
    import random

    from datasketch import MinHash

    from newsgraph.extract.story_features import NUM_PERM, minhash_signature

    rng = random.Random(n_items)
    items = {
        " ".join(rng.choice(["tank", "talks", "Kyiv", "é", "42"]) for _ in range(4)) + str(i)
        for i in range(n_items)
    }
    reference = MinHash(num_perm=NUM_PERM, seed=1, scheme="affine32")
    reference.update_batch([s.encode("utf-8") for s in sorted(items)])
    assert minhash_signature(items) == tuple(int(v) for v in reference.hashvalues)


@pytest.mark.parametrize("n_words", [0, 1, 3, 4, 5, 12])
def test_word_shingles_are_every_run_of_consecutive_words(n_words):
    words = [f"w{i % 5}" for i in range(n_words)]  # repeated words: repeated shingles
    runs = {" ".join(words[i : i + 4]) for i in range(len(words) - 3)}
    expected = runs if n_words >= 4 else ({" ".join(words)} if words else set())
    assert _word_shingles(words) == expected


def test_neardup_band_table_is_datasketchs_optimal_parameters():
    from datasketch.lsh import _optimal_param

    from newsgraph.stories.neardup import _BANDS

    for (threshold, num_perm), bands in _BANDS.items():
        assert _optimal_param(threshold, num_perm, 0.5, 0.5) == bands


@pytest.mark.parametrize("threshold", [0.5, 0.3, 0.8])
def test_neardup_band_index_finds_what_datasketchs_minhashlsh_finds(threshold):
    import random

    from datasketch import LeanMinHash, MinHashLSH

    from newsgraph.stories.neardup import _BandIndex, lsh_bands

    rng = random.Random(7)
    base = [rng.randrange(1 << 32) for _ in range(64)]
    # signatures sharing some runs of values with the base one, and each other
    signatures = {
        f"a{i}": tuple(v if rng.random() < 0.7 else rng.randrange(1 << 32) for v in base)
        for i in range(60)
    }

    def lean(sig):
        return LeanMinHash(seed=1, hashvalues=list(sig), scheme="affine32")

    theirs = MinHashLSH(threshold=threshold, num_perm=64)
    ours = _BandIndex(*lsh_bands(threshold, 64))
    for key, sig in signatures.items():
        theirs.insert(key, lean(sig))
        ours.insert(key, sig)
    for key in list(signatures)[::3]:  # forgotten articles leave both indexes alike
        theirs.remove(key)
        ours.remove(key, signatures.pop(key))
    for sig in [*signatures.values(), tuple(base)]:
        assert ours.query(sig) == set(theirs.query(lean(sig)))


def test_neardup_state_saved_with_datasketchs_index_loads_with_the_same_index():
    import pickle

    from datasketch import LeanMinHash, MinHashLSH

    from newsgraph.stories.neardup import NearDupDetector, _BandIndex

    old = NearDupDetector()
    texts = ["troops massed near the border on Monday as talks stalled in Geneva " * 3] * 2
    for i, text in enumerate(texts):
        old.add(features_from_text(f"a{i}", f"{text} edition {i}"), {})
    again = pickle.loads(pickle.dumps(old))
    # what a state saved before looked like: datasketch's MinHashLSH with the same articles
    old._lsh = MinHashLSH(threshold=0.5, num_perm=64)
    for aid, sig in old._signatures.items():
        old._lsh.insert(aid, LeanMinHash(seed=1, hashvalues=list(sig), scheme="affine32"))
    loaded = pickle.loads(pickle.dumps(old))
    assert isinstance(loaded._lsh, _BandIndex)
    assert loaded._lsh.tables == again._lsh.tables
    probe = features_from_text("b", f"{texts[0]} edition 0")
    assert loaded.add(probe, {}) == again.add(probe, {}) == "a0"
