"""Reconciliation within a story: the same real thing reported by several articles.

Figures are grouped by what they measure, and a group whose values cannot all be true at
once ("175,000 troops" vs "up to 100,000 troops") is flagged as a disagreement, with every
value and the outlets that gave it. Event mentions and quotes from different articles that
are the same real event (compatible type, actors, date, place) or the same statement (same
speaker, mostly the same words) merge into clusters.

Every group counts its articles, its outlets and its *independent sources*: a copy counts
for the article it copies (the earliest one), and an article whose only cited source is
another outlet ("as per NDTV") counts for that outlet. Ten sites republishing one wire story
are one source.

Events and quotes come from other extractors; reconciliation reads them through the small
protocols below (attribute names only), so it does not depend on their classes.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from ..types import Figure

__all__ = [
    "SourceInfo",
    "SourceCounts",
    "FigureValue",
    "FigureGroup",
    "Cluster",
    "source_counts",
    "group_figures",
    "reconcile_events",
    "reconcile_quotes",
]

T = TypeVar("T")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
QUOTE_OVERLAP = 0.6  # share of the shorter quote's content words found in the other
PARAPHRASE_OVERLAP = 0.4  # the same, when one side is an indirect (reported) quote
EXACT_TOLERANCE = 0.05  # two exact figures within 5% agree (rounding: 94,000 vs 94,300)
UP_TO_FLOOR = 0.75  # "up to X" is read as at least three quarters of X


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """What independence is judged on, per article."""

    outlet: str
    near_dup_of: str | None = None  # the earliest article this one copies
    cited: tuple[str, ...] = ()  # outlets the article names as its source


@dataclass(frozen=True, slots=True)
class SourceCounts:
    articles: int
    outlets: int
    independent: int


def _origin(article_id: str, sources: Mapping[str, SourceInfo]) -> str:
    """The source an article stands for: its original's, a sole cited outlet, or its own."""
    info = sources.get(article_id)
    seen = {article_id}
    while info is not None and info.near_dup_of is not None and info.near_dup_of not in seen:
        article_id = info.near_dup_of
        seen.add(article_id)
        info = sources.get(article_id)
    if info is None:
        return f"article:{article_id}"
    cited = {c.casefold() for c in info.cited if c.casefold() != info.outlet.casefold()}
    if len(cited) == 1:
        return f"outlet:{cited.pop()}"
    return f"outlet:{info.outlet.casefold()}" if info.outlet else f"article:{article_id}"


def source_counts(article_ids: Iterable[str], sources: Mapping[str, SourceInfo]) -> SourceCounts:
    """Articles, outlets and independent sources behind a set of articles.

    >>> s = {"a": SourceInfo("Wire"), "b": SourceInfo("Site", near_dup_of="a"),
    ...      "c": SourceInfo("Paper", cited=("Wire",)), "d": SourceInfo("Other")}
    >>> source_counts(["a", "b", "c", "d"], s)
    SourceCounts(articles=4, outlets=4, independent=2)
    """
    ids = sorted(set(article_ids))
    outlets = {sources[a].outlet.casefold() for a in ids if a in sources and sources[a].outlet}
    origins = {_origin(a, sources) for a in ids}
    return SourceCounts(len(ids), len(outlets), len(origins))


# -- figures ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FigureValue:
    """One value reported for a measure, with the figures (and so outlets) that gave it."""

    low: float | None
    high: float | None
    texts: tuple[str, ...]
    article_ids: tuple[str, ...]
    outlets: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class FigureGroup:
    measures: str
    values: tuple[FigureValue, ...]
    disagreement: bool  # some two values cannot both be true
    counts: SourceCounts


def _range(f: Figure) -> tuple[float, float]:
    # "up to 100,000" / "as many as 175,000" state a magnitude, not everything below it: no
    # reporter writes "up to 100,000" for 20,000, so the range is closed at UP_TO_FLOOR of it.
    # "more than 100,000" stays open above (it is said of 130,000 as well).
    if f.low is None and f.high is not None:
        low = f.high * UP_TO_FLOOR
    else:
        low = f.low if f.low is not None else 0.0
    high = f.high if f.high is not None else float("inf")
    if f.low is not None and f.high is not None and f.low == f.high:
        low, high = f.low * (1 - EXACT_TOLERANCE), f.high * (1 + EXACT_TOLERANCE)
    return low, high


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def group_figures(
    figures: Sequence[Figure], sources: Mapping[str, SourceInfo]
) -> list[FigureGroup]:
    """Figures of one story grouped by `measures`; values that disagree are flagged.

    Figures with the same stated range form one value; a group disagrees when two of its
    values' ranges (exact numbers widened by 5% for rounding) do not overlap, unless its
    measure is a bare unit ("percent", "usd": data/figure_bare_units.txt), which says
    nothing of what is measured.
    """
    bare = _bare_units()
    by_measure: dict[str, list[Figure]] = {}
    for f in figures:
        by_measure.setdefault(f.measures, []).append(f)
    groups = []
    for measures in sorted(by_measure):
        members = by_measure[measures]
        by_value: dict[tuple[float | None, float | None], list[Figure]] = {}
        for f in members:
            by_value.setdefault((f.low, f.high), []).append(f)
        values = []
        for (low, high), fs in sorted(by_value.items(), key=lambda kv: _sort_key(kv[0])):
            ids = tuple(sorted({f.article_id for f in fs}))
            outlets = tuple(sorted({sources[a].outlet for a in ids if a in sources}))
            texts = tuple(sorted({f.text for f in fs}))
            values.append(FigureValue(low, high, texts, ids, outlets))
        ranges = [_range(fs[0]) for fs in by_value.values()]
        disagree = measures not in bare and any(
            not _overlap(a, b) for i, a in enumerate(ranges) for b in ranges[i + 1 :]
        )
        counts = source_counts((f.article_id for f in members), sources)
        groups.append(FigureGroup(measures, tuple(values), disagree, counts))
    return groups


@functools.cache
def _bare_units() -> frozenset[str]:
    from ..lexicons import Lexicons

    return Lexicons.load().words("figure_bare_units.txt")


def _sort_key(value: tuple[float | None, float | None]) -> tuple[float, float]:
    low, high = value
    return (low if low is not None else -1.0, high if high is not None else float("inf"))


# -- events and quotes -----------------------------------------------------------------------


class EventLike(Protocol):
    article_id: str


class QuoteLike(Protocol):
    article_id: str
    text: str


@dataclass(frozen=True, slots=True)
class Cluster(Generic[T]):
    """Mentions from one or more articles that are the same real event or statement."""

    members: tuple[T, ...]
    counts: SourceCounts


def _field(item: Any, *names: str) -> Any:
    for name in names:
        value = getattr(item, name, None)
        if value not in (None, ""):
            return value
    return None


# Pairwise tests read a few normalised fields of each item. `_cluster` compares every new item
# with the members of many clusters, so it reads those fields once per item (its signature)
# and compares signatures; `same_event` / `same_quote` are the same tests on two items.


def _folded(value: Any) -> str | None:
    return None if value is None else str(value).casefold()


def _event_signature(event: EventLike) -> tuple[str | None, ...]:
    kind = _field(event, "type", "event_type", "code")
    date = _field(event, "date")
    return (
        None if kind is None else str(kind),
        _folded(_field(event, "actor", "source")),
        _folded(_field(event, "recipient", "target")),
        None if date is None else str(date),
        _folded(_field(event, "location", "place")),
    )


def _compatible(a: str | None, b: str | None) -> bool:
    # A missing actor, date or place is compatible with anything; two given ones must match.
    return a is None or b is None or a == b


def _compatible_codes(a: str | None, b: str | None) -> bool:
    """Actor codes of one side of an event: a missing one is compatible with anything; a
    list ("USAGOV;RUSGOV") is a set, whatever its order; a code is compatible with its own
    refinements ("RUS" with "RUSMIL", "EU" with "EUGOV": the country and its military), as a
    month is with its days, but not with a sibling ("RUSGOV" and "RUSMIL")."""
    if a is None or b is None or a == b:
        return True
    codes_a, codes_b = sorted(a.split(";")), sorted(b.split(";"))
    return len(codes_a) == len(codes_b) and all(
        _refines(x, y) for x, y in zip(codes_a, codes_b, strict=True)
    )


def _refines(a: str, b: str) -> bool:
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    # "---" is CAMEO's unknown country: "---GOV" and "---CVL" share nothing but that.
    return a == b or (len(short) >= 2 and long.startswith(short) and not short.startswith("-"))


def _same_event_signature(a: tuple[str | None, ...], b: tuple[str | None, ...]) -> bool:
    kind_a, actor_a, recipient_a, date_a, place_a = a
    kind_b, actor_b, recipient_b, date_b, place_b = b
    if kind_a is None or kind_b is None or kind_a != kind_b:
        return False
    return (
        _compatible_codes(actor_a, actor_b)
        and _compatible_codes(recipient_a, recipient_b)
        # "2021-12" and "2021-12-07" are compatible: one is a coarser reading of the other.
        and (
            date_a is None
            or date_b is None
            or date_a.startswith(date_b)
            or date_b.startswith(date_a)
        )
        and _compatible(place_a, place_b)
    )


def same_event(a: EventLike, b: EventLike) -> bool:
    """Compatible type, actors, date and place (a missing one is compatible with any; an
    actor with its refinements, "RUS" with "RUSMIL")."""
    return _same_event_signature(_event_signature(a), _event_signature(b))


_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "him", "her", "them"})


# Quotes are compared pairwise within a story, so each text's keys are computed once.
@functools.lru_cache(maxsize=1 << 16)
def _content_keys(text: str) -> frozenset[str]:
    """Content words of a quote, crudely stemmed: "threatened" and "threatens" differ, but
    "troops" and "troop" meet, and "the", "has", "of" say nothing about sameness."""
    from ..extract.story_features import english_stop_words, term_key

    stop_words = english_stop_words()
    return frozenset(
        term_key(w)
        for w in _WORD.findall(text)
        if w.casefold() not in stop_words and not w.isdigit()
    )


@functools.lru_cache(maxsize=1 << 14)
def _name_words(name: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in _WORD.findall(name))


def _speaker_signature(item: Any) -> tuple[str | None, frozenset[str] | None]:
    """(actor id, words of the name); a bare pronoun is an unknown name."""
    speaker_id = _field(item, "speaker_id")
    name = _field(item, "speaker")
    words = None if name is None or str(name).casefold() in _PRONOUNS else _name_words(str(name))
    return (None if speaker_id is None else str(speaker_id)), words


def _same_speaker_signature(
    a: tuple[str | None, frozenset[str] | None], b: tuple[str | None, frozenset[str] | None]
) -> bool | None:
    id_a, words_a = a
    id_b, words_b = b
    if id_a is not None and id_b is not None:
        return id_a == id_b
    if words_a is None or words_b is None:
        return None
    return bool(words_a and words_b) and (words_a <= words_b or words_b <= words_a)


def same_speaker(a: Any, b: Any) -> bool | None:
    """True / False when both speakers are known, None when one is not.

    Resolved actor ids decide when both have one; otherwise names match when one is part of
    the other ("Lavrov" and "Sergei Lavrov"). A bare pronoun is an unknown speaker.
    """
    return _same_speaker_signature(_speaker_signature(a), _speaker_signature(b))


def _quote_signature(quote: QuoteLike) -> tuple[Any, ...]:
    paraphrase = (_field(quote, "kind") or "direct") != "direct"
    return _speaker_signature(quote), _content_keys(quote.text), paraphrase


def _same_quote_signature(a: tuple[Any, ...], b: tuple[Any, ...]) -> bool:
    speaker_a, keys_a, paraphrase_a = a
    speaker_b, keys_b, paraphrase_b = b
    speaker = _same_speaker_signature(speaker_a, speaker_b)
    if speaker is False or not keys_a or not keys_b:
        return False
    overlap = len(keys_a & keys_b) / min(len(keys_a), len(keys_b))
    if (paraphrase_a or paraphrase_b) and speaker:
        return overlap >= PARAPHRASE_OVERLAP
    return overlap >= QUOTE_OVERLAP


def same_quote(a: QuoteLike, b: QuoteLike) -> bool:
    """The same statement: compatible speakers and most content words in common.

    The overlap is the share of the shorter quote's content words found in the other. Direct
    quotes need QUOTE_OVERLAP; a paraphrase (an indirect or mixed quote on either side) puts
    the statement in the reporter's words, so it needs only PARAPHRASE_OVERLAP, and then the
    speakers must be known to be the same.
    """
    return _same_quote_signature(_quote_signature(a), _quote_signature(b))


S = TypeVar("S")


def _cluster(
    items: Sequence[T],
    signature: Callable[[T], S],
    same: Callable[[S, S], bool],
    sources: Mapping[str, SourceInfo],
) -> list[Cluster[T]]:
    # Greedy, in input order: an item joins the first cluster all of whose members it is
    # compatible with (complete link), so "X met Y in Geneva" and "X met Y" and "X met Y in
    # Vienna" do not chain Geneva and Vienna together.
    groups: list[list[T]] = []
    signatures: list[list[S]] = []
    # An item whose signature equals an earlier item's (the copies of a wire story) joins that
    # item's cluster without comparisons: every cluster before it holds a member the earlier
    # item was incompatible with, and the tests read nothing but the signature.
    group_of: dict[S, int] = {}
    for item in items:
        mine = signature(item)
        index = group_of.get(mine)
        if index is None:
            for number, members in enumerate(signatures):
                if all(same(mine, other) for other in members):
                    index = number
                    break
            else:
                index = len(groups)
                groups.append([])
                signatures.append([])
            if same(mine, mine):  # an item with no type or no words matches nothing, itself neither
                group_of[mine] = index
        groups[index].append(item)
        signatures[index].append(mine)
    return [
        Cluster(tuple(g), source_counts((getattr(m, "article_id") for m in g), sources))  # noqa: B009
        for g in groups
    ]


def reconcile_events(
    events: Sequence[EventLike], sources: Mapping[str, SourceInfo]
) -> list[Cluster[EventLike]]:
    """Event mentions of one story merged into clusters of the same real event."""
    return _cluster(events, _event_signature, _same_event_signature, sources)


def reconcile_quotes(
    quotes: Sequence[QuoteLike], sources: Mapping[str, SourceInfo]
) -> list[Cluster[QuoteLike]]:
    """Quotes of one story merged into clusters of the same statement."""
    return _cluster(quotes, _quote_signature, _same_quote_signature, sources)
