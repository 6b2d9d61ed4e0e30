"""The stories stage: near-duplicates and online story clustering, in publication order.

`StoryTracker` runs both on one article at a time: the article is vectorised once (the
document frequencies are shared), checked for being a copy of an earlier article, then
assigned to a story; a copy joins its original's story.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from ..types import StoryFeatures
from .cluster import ClusterConfig, StoryClusterer, StorySummary
from .neardup import NearDupConfig, NearDupDetector

__all__ = [
    "Assignment",
    "StoryTracker",
    "assign_stories",
    "clustering_order",
    "ClusterConfig",
    "NearDupConfig",
    "StorySummary",
    "update_stories",
]


@dataclass(frozen=True, slots=True)
class Assignment:
    """Where one article went: its story and, for a copy, the earliest article it copies."""

    article_id: str
    story_id: str
    near_dup_of: str | None = None


class StoryTracker:
    """Near-duplicate detection and story clustering over a stream of articles."""

    def __init__(
        self, cluster: ClusterConfig | None = None, neardup: NearDupConfig | None = None
    ) -> None:
        self.clusterer = StoryClusterer(cluster)
        self.neardup = NearDupDetector(neardup)
        # Story of recent originals, so a copy can join it; bounded with the detector.
        self._story_of: dict[str, str] = {}

    def add(self, features: StoryFeatures) -> Assignment:
        vectors = self.clusterer.vectorise(features)
        original = self.neardup.add(features, vectors.words)
        join = self._story_of.get(original) if original is not None else None
        story = self.clusterer.add(features, join=join, vectors=vectors)
        self._story_of[features.article_id] = story
        if len(self._story_of) > 2 * self.neardup.config.max_articles:
            for key in list(self._story_of)[: self.neardup.config.max_articles]:
                del self._story_of[key]
        return Assignment(features.article_id, story, original)


def assign_stories(
    features: Iterable[StoryFeatures],
    cluster: ClusterConfig | None = None,
    neardup: NearDupConfig | None = None,
) -> dict[str, Assignment]:
    """Article id → Assignment for articles in publication order (one pass)."""
    tracker = StoryTracker(cluster, neardup)
    return {f.article_id: tracker.add(f) for f in features}


from .update import update_stories  # noqa: E402 - it uses StoryTracker above


def clustering_order(features: Iterable[StoryFeatures]) -> list[StoryFeatures]:
    """Articles in the order the stories step takes them from a store: by publication date,
    an undated article at the day its text names (`text_date`), the rest last, each group
    in the order given.

    The days named only place undated articles among dated ones: with no publication date
    at all there is no timeline to place them in, and the order given stands (on the ECB+
    dev half, whose documents are all undated, putting those that name a day first, in
    that order, gave BCubed F1 0.836 ± 0.018 over 12 orders against 0.860 ± 0.033).
    """
    found = list(features)
    if not any(f.published for f in found):
        return found
    return sorted(found, key=_when_key)


def _when_key(f: StoryFeatures) -> tuple[bool, datetime]:
    when = f.published or f.text_date
    return when is None, when or _NEVER


_NEVER = datetime.min.replace(tzinfo=UTC)
