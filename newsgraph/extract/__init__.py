"""The extract stage: pure functions from one ParsedDoc to mentions.

Each extractor is registered under a versioned name together with the `ProcessedArticle`
field its rows go to; the store records which versions produced an article's rows, so a
changed extractor gets a new name rather than silently different output. Extractors do no
I/O, read no clock and keep no state: they get the document and the `Lexicons`, which is
what lets the same code run in a local process pool and on Ray workers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ..lexicons import Lexicons
from ..types import ParsedDoc
from .actor_links import link_actors
from .citations import extract_citations
from .entities import extract_entities
from .events import extract_events
from .figures import extract_figures
from .quotes import extract_quotes
from .schedule import extract_schedule
from .story_embedding import extract_story_features_minilm
from .story_features import extract_story_features
from .timex import extract_timexes

__all__ = ["Extractor", "EXTRACTORS", "DEFAULT_EXTRACTORS", "extractors_for", "run_extractors"]


@dataclass(frozen=True)
class Extractor:
    """A registered extractor: `function(doc, lexicons)` returns rows for `field`."""

    function: Callable[..., list[Any]]
    field: str  # the ProcessedArticle attribute the rows are stored under
    # Fields of extractors run before this one whose rows it takes as keyword arguments
    # (schedule reads the timexes, story features the figures), so a document is not
    # scanned twice for the same thing.
    uses: tuple[str, ...] = ()


EXTRACTORS: dict[str, Extractor] = {
    "entities.v1": Extractor(extract_entities, "mentions"),
    "events.v1": Extractor(extract_events, "events"),
    "timex.v1": Extractor(extract_timexes, "timexes"),
    "schedule.v1": Extractor(extract_schedule, "schedule", uses=("timexes",)),
    "quotes.v1": Extractor(extract_quotes, "quotes"),
    "citations.v1": Extractor(extract_citations, "citations"),
    # v3: increments ("an additional 7,000 troops", "7,000 more troops", "added 7,000
    # troops": data/figure_increments.tsv) take the measure "<measure> (added)", so they are
    # not compared with totals; v2: scale words (data/figure_scales.tsv), plural units and
    # bare units ("tens of thousands of troops"); v1/v2 rows have the same columns and load
    "figures.v3": Extractor(extract_figures, "figures"),
    # v4: its figure keys come from figures.v3 (v3's from figures.v2, v2's from figures.v1),
    # so the same article can give other keys; v1-v3 rows have the same shape and are still
    # read and clustered.
    # v2: a short text (a headline) also counts the words of its URL's slug that it lacks
    # (v1 did not); rows stored by v1 have the same shape and are still read and clustered
    # (an undated article's rows also carry `text_date`, read from its time expressions;
    # rows without it are read as before)
    "story_features.v4": Extractor(
        extract_story_features, "story_features", uses=("figures", "timexes")
    ),
    # opt-in (`--embeddings`, needs the `embeddings` extra): story_features.v4 plus a MiniLM
    # embedding of title and lead; it replaces story_features.v4 in the list
    "story_features.minilm.v4": Extractor(
        extract_story_features_minilm, "story_features", uses=("figures", "timexes")
    ),
    # last: links what the extractors above found to the `actors` register
    "actors.v1": Extractor(link_actors, "actors", uses=("mentions", "quotes", "events")),
}

OPTIONAL_EXTRACTORS = frozenset({"story_features.minilm.v4"})
DEFAULT_EXTRACTORS: tuple[str, ...] = tuple(n for n in EXTRACTORS if n not in OPTIONAL_EXTRACTORS)


def extractors_for(embeddings: bool = False) -> tuple[str, ...]:
    """The extractors a run uses: the defaults, with story_features.minilm.v4 in place of
    story_features.v4 when `embeddings` is set.

    >>> "story_features.minilm.v4" in extractors_for(True), len(extractors_for(True))
    (True, 9)
    >>> extractors_for() == DEFAULT_EXTRACTORS
    True
    """
    if not embeddings:
        return DEFAULT_EXTRACTORS
    swap = {"story_features.v4": "story_features.minilm.v4"}
    return tuple(swap.get(n, n) for n in DEFAULT_EXTRACTORS)


def run_extractors(
    doc: ParsedDoc, lexicons: Lexicons, names: Sequence[str] = DEFAULT_EXTRACTORS
) -> dict[str, tuple[Any, ...]]:
    """Run the named extractors on one document; rows keyed by ProcessedArticle field."""
    found: dict[str, list[Any]] = {}
    for name in names:
        extractor = EXTRACTORS[name]
        given = {f: found[f] for f in extractor.uses if f in found}
        found.setdefault(extractor.field, []).extend(extractor.function(doc, lexicons, **given))
    return {field: tuple(rows) for field, rows in found.items()}
