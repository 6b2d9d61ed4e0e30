"""Reconciliation: figures that disagree, events and quotes that are the same, and sources."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from newsgraph.stories.reconcile import (
    SourceInfo,
    group_figures,
    reconcile_events,
    reconcile_quotes,
    source_counts,
)
from newsgraph.types import Figure

SOURCES = {
    "wire": SourceInfo("Capital Wire"),
    "copy1": SourceInfo("Daily Bulletin", near_dup_of="wire"),
    "copy2": SourceInfo("Riverside", near_dup_of="wire"),
    "cites": SourceInfo("Baltic Ledger", cited=("Capital Wire",)),
    "own": SourceInfo("Harbor Times"),
    "own2": SourceInfo("Harbor Times"),
}


def _fig(aid, text, number, low, high, measures="troops"):
    return Figure(aid, 0, len(text), 0, text, number, low, high, "", "troop", measures)


@pytest.mark.parametrize(
    ("ids", "expected"),
    [
        (["wire", "copy1", "copy2"], (3, 3, 1)),  # copies add no independence
        (["wire", "cites"], (2, 2, 1)),  # citing the wire only: the wire's voice
        (["wire", "own"], (2, 2, 2)),
        (["own", "own2"], (2, 1, 1)),  # one outlet twice
        (["wire", "copy1", "cites", "own"], (4, 4, 2)),
    ],
)
def test_reconcile_source_counts(ids, expected):
    c = source_counts(ids, SOURCES)
    assert (c.articles, c.outlets, c.independent) == expected


def test_reconcile_troop_figures_disagree_with_both_sources_shown():
    figures = [
        _fig("wire", "175,000 troops", 175000, 175000, 175000),
        _fig("own", "up to 100,000 troops", 100000, None, 100000),
    ]
    [group] = group_figures(figures, SOURCES)
    assert group.disagreement
    assert [(v.texts, v.outlets) for v in group.values] == [
        (("up to 100,000 troops",), ("Harbor Times",)),
        (("175,000 troops",), ("Capital Wire",)),
    ]


@pytest.mark.parametrize(
    ("second", "disagree"),
    [
        (_fig("own", "more than 100,000 troops", 100000, 100000, None), False),
        (_fig("own", "174,000 troops", 174000, 174000, 174000), False),  # rounding
        (_fig("own", "tens of thousands of troops", 20000, 20000, 99999), True),
        (_fig("own", "94,000 troops", 94000, 94000, 94000), True),
    ],
)
def test_reconcile_figure_ranges_that_overlap_agree(second, disagree):
    [group] = group_figures(
        [_fig("wire", "175,000 troops", 175000, 175000, 175000), second], SOURCES
    )
    assert group.disagreement is disagree


@pytest.mark.parametrize(
    ("first", "second", "disagree"),
    [
        (
            ("as many as 175,000 troops", 175000, None, 175000),
            ("100,000 troops", 1e5, 1e5, 1e5),
            True,
        ),
        (
            ("up to 100,000 troops", 100000, None, 100000),
            ("94,000 troops", 94000, 94000, 94000),
            False,
        ),
        (("up to 100,000 troops", 100000, None, 100000), ("20,000 troops", 2e4, 2e4, 2e4), True),
    ],
)
def test_reconcile_up_to_states_a_magnitude_not_everything_below(first, second, disagree):
    [group] = group_figures([_fig("wire", *first), _fig("own", *second)], SOURCES)
    assert group.disagreement is disagree


def test_reconcile_figures_of_different_measures_are_not_compared():
    figures = [
        _fig("wire", "175,000 troops", 175000, 175000, 175000),
        _fig("own", "14,000 people", 14000, 14000, 14000, measures="people killed"),
    ]
    groups = group_figures(figures, SOURCES)
    assert [(g.measures, g.disagreement) for g in groups] == [
        ("people killed", False),
        ("troops", False),
    ]


@dataclass(frozen=True)
class Ev:
    article_id: str
    type: str
    actor: str | None = None
    recipient: str | None = None
    date: str | None = None
    location: str | None = None


@dataclass(frozen=True)
class Qu:
    article_id: str
    text: str
    speaker: str | None = None


def test_reconcile_same_event_from_copies_is_one_cluster_one_source():
    events = [
        Ev("wire", "CONSULT", "USA", "RUS", "2021-12-07"),
        Ev("copy1", "CONSULT", "USA", "RUS", "2021-12-07"),
        Ev("own", "CONSULT", "USA", "RUS", "2021-12"),
    ]
    [cluster] = reconcile_events(events, SOURCES)
    assert (cluster.counts.articles, cluster.counts.independent) == (3, 2)


@pytest.mark.parametrize(
    "other",
    [
        Ev("own", "THREATEN", "USA", "RUS", "2021-12-07"),  # type
        Ev("own", "CONSULT", "USA", "CHN", "2021-12-07"),  # recipient
        Ev("own", "CONSULT", "USA", "RUS", "2021-12-30"),  # date
    ],
)
def test_reconcile_incompatible_events_stay_apart(other):
    assert (
        len(reconcile_events([Ev("wire", "CONSULT", "USA", "RUS", "2021-12-07"), other], SOURCES))
        == 2
    )


def test_reconcile_events_do_not_chain_places():
    events = [
        Ev("wire", "CONSULT", "USA", "RUS", location="Geneva"),
        Ev("own", "CONSULT", "USA", "RUS"),
        Ev("cites", "CONSULT", "USA", "RUS", location="Vienna"),
    ]
    assert [len(c.members) for c in reconcile_events(events, SOURCES)] == [2, 1]


def test_reconcile_same_quote_in_other_words_merges_by_speaker():
    quotes = [
        Qu("wire", "Russia has never threatened anyone and has no intention of doing so", "Peskov"),
        Qu("own", "Russia has never threatened anybody and has no intention of doing so", "Peskov"),
        Qu("own2", "Russia has never threatened anyone and has no intention of doing so", "Lavrov"),
        Qu("cites", "The alliance stands ready to talk", "Peskov"),
    ]
    clusters = reconcile_quotes(quotes, SOURCES)
    assert [[q.article_id for q in c.members] for c in clusters] == [
        ["wire", "own"],
        ["own2"],
        ["cites"],
    ]


@dataclass(frozen=True)
class Said:
    article_id: str
    text: str
    speaker: str | None = None
    kind: str = "direct"
    speaker_id: str | None = None


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # an indirect quote puts the statement in the reporter's words
        (
            Said(
                "wire", "Russia has no plans to invade Ukraine across the border", "Sergei Lavrov"
            ),
            Said("own", "Moscow had no plan to invade its neighbour", "Lavrov", "indirect"),
            True,
        ),
        # the same paraphrase from a speaker we do not know is not enough
        (
            Said(
                "wire", "Russia has no plans to invade Ukraine across the border", "Sergei Lavrov"
            ),
            Said("own", "Moscow had no plan to invade its neighbour", "he", "indirect"),
            False,
        ),
        # resolved speakers decide over names
        (
            Said("wire", "We are ready to talk", "Blinken", speaker_id="Q1"),
            Said("own", "We are ready to talk", "Blinken", speaker_id="Q2"),
            False,
        ),
        # two direct quotes need most of their content words in common
        (
            Said("wire", "Sanctions will follow any incursion into Ukraine", "Biden"),
            Said("own", "Ukraine will join the alliance one day", "Biden"),
            False,
        ),
    ],
)
def test_reconcile_quotes_tolerate_paraphrase_only_from_a_known_speaker(a, b, same):
    assert (len(reconcile_quotes([a, b], SOURCES)) == 1) is same


def _plain_greedy(items, same):
    """The clustering rule written out plainly: join the first cluster whose every member is
    the same event (or statement) as the item, else start a cluster."""
    groups: list[list] = []
    for item in items:
        for group in groups:
            if all(same(item, other) for other in group):
                group.append(item)
                break
        else:
            groups.append([item])
    return [[id(m) for m in g] for g in groups]


def _random_events(rng, n):
    ids = list(SOURCES)
    return [
        Ev(
            rng.choice(ids),
            rng.choice(["CONSULT", "CONSULT", "THREATEN", None]),
            rng.choice(["USA", "usa", None]),
            rng.choice(["RUS", None]),
            rng.choice(["2021-12-07", "2021-12", "2021-12-30", None]),
            rng.choice(["Geneva", "Vienna", None]),
        )
        for _ in range(n)
    ]


def _random_quotes(rng, n):
    ids = list(SOURCES)
    texts = [
        "Russia has never threatened anyone",
        "Russia never threatened anybody at all",
        "The alliance stands ready to talk",
        "the of and",  # no content words: the same as nothing, itself included
        "",
    ]
    return [
        Said(
            rng.choice(ids),
            rng.choice(texts),
            rng.choice(["Peskov", "Dmitry Peskov", "Lavrov", "he", None]),
            rng.choice(["direct", "indirect"]),
            rng.choice([None, None, "Q1", "Q2"]),
        )
        for _ in range(n)
    ]


@pytest.mark.parametrize("seed", range(20))
def test_reconcile_clusters_equal_the_plain_greedy_rule(seed):
    # reconcile_* compare precomputed signatures and place copies without comparisons;
    # the clusters must be exactly those of the rule applied pair by pair.
    import random

    from newsgraph.stories.reconcile import same_event, same_quote

    rng = random.Random(seed)
    events = _random_events(rng, 60)
    quotes = _random_quotes(rng, 60)
    got_events = [[id(m) for m in c.members] for c in reconcile_events(events, SOURCES)]
    got_quotes = [[id(m) for m in c.members] for c in reconcile_quotes(quotes, SOURCES)]
    assert got_events == _plain_greedy(events, same_event)
    assert got_quotes == _plain_greedy(quotes, same_quote)


@pytest.mark.parametrize(
    "actor, recipient, same",
    [
        ("RUSMIL", "UKR", True),  # the country's military: a refinement of the country
        ("RUS", "UKRGOV", True),
        ("RUSGOV;USAGOV", "UKR", False),  # two actors are not one
        ("RUSGOV", "UKR", True),
        ("RUSLEG", "UKR", True),
    ],
)
def test_reconcile_an_actor_code_meets_its_refinements(actor, recipient, same):
    first = Ev("wire", "MOBILIZE", "RUS", "UKR", "2022-02-16")
    other = Ev("own", "MOBILIZE", actor, recipient, "2022-02-16")
    assert (len(reconcile_events([first, other], SOURCES)) == 1) is same


def test_reconcile_siblings_and_unknown_countries_stay_apart():
    for a, b in [("RUSGOV", "RUSMIL"), ("---GOV", "---CVL"), ("USA", "UKR")]:
        events = [Ev("wire", "MOBILIZE", a), Ev("own", "MOBILIZE", b)]
        assert len(reconcile_events(events, SOURCES)) == 2, (a, b)
    together = [Ev("wire", "CONSULT", "USAGOV;RUSGOV"), Ev("own", "CONSULT", "RUSGOV;USAGOV")]
    assert len(reconcile_events(together, SOURCES)) == 1  # a list is a set


@pytest.mark.parametrize("measures", ["percent", "usd", "percentage points"])
def test_reconcile_bare_units_are_grouped_but_never_disagree(measures):
    # an inflation rate and a vote share are both "percent": nothing says they are one thing
    figures = [
        _fig("wire", "7.5%", 7.5, 7.5, 7.5, measures=measures),
        _fig("own", "52%", 52, 52, 52, measures=measures),
    ]
    [group] = group_figures(figures, SOURCES)
    assert len(group.values) == 2 and not group.disagreement
    counted = [_fig(f.article_id, f.text, f.number, f.low, f.high) for f in figures]
    assert group_figures(counted, SOURCES)[0].disagreement  # 7.5 troops against 52 do
