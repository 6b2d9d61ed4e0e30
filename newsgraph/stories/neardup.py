"""Near-duplicates: copies and "spun" rewrites of an earlier article.

Two checks, in this order, against the articles of a recent window:

1. **Copies and light rewrites**: MinHash LSH over word shingles (the banding of datasketch's
   `MinHashLSH`, `_BandIndex`) finds articles whose shingle sets have an estimated Jaccard
   similarity of at least `jaccard`.
2. **Spun copies**: a rewrite that swaps synonyms, reorders sentences and misspells names
   ("KEV" for Kyiv) shares few shingles but keeps the words that matter and the facts.
   Candidates share at least `min_shared_keys` of their distinctive keys (the article's
   heaviest TF-IDF words, its figures and its quotes); a candidate is a spun copy when the
   TF-IDF cosine of the two articles reaches `spun_cosine`, or reaches `spun_cosine_facts`
   while they also share `spun_facts` figures or quotes (a long quote counts twice).
   Independent reports of the same event can reach those cosines (up to about 0.68 on our
   sample) but carry over fewer of the facts than a spun copy does.

A copy links to the *earliest* article of its group: when the best match is itself a copy,
the link goes to that article's original. The window is bounded by time and by size, so
cost and memory per article do not grow with the corpus.
"""

from __future__ import annotations

import heapq
from array import array
from collections import OrderedDict, deque
from dataclasses import dataclass
from datetime import datetime

from ..types import StoryFeatures

__all__ = ["NearDupConfig", "NearDupDetector"]


@dataclass(frozen=True, slots=True)
class NearDupConfig:
    """Settings of near-duplicate detection."""

    jaccard: float = 0.5  # least shingle Jaccard (MinHash estimate) for a copy
    spun_cosine: float = 0.7  # TF-IDF cosine that alone makes a spun copy
    spun_cosine_facts: float = 0.45  # lower cosine accepted when facts are shared too
    # Shared facts needed with the lower cosine. Independent reports of one event share its
    # official numbers ("100,000 troops"), so two figures are not enough; a long verbatim
    # quote is rarer across independent reports and counts as two.
    spun_facts: int = 3
    long_quote_words: int = 8
    key_terms: int = 40  # heaviest words of an article used to find candidates
    min_shared_keys: int = 3  # candidates share at least this many keys
    spun_min_jaccard: float = 0.03  # a spun copy still keeps some phrases (MinHash estimate)
    min_words: int = 8  # shorter texts (headlines) are copies only when identical in words
    window_hours: float = 24.0 * 7  # originals older than this are forgotten
    max_articles: int = 20_000  # and at most this many are kept
    posting_limit: int = 100  # newest articles kept per key, so common keys stay cheap
    max_candidates: int = 20  # candidates sharing most keys that are compared in full
    num_perm: int = 64


@dataclass
class _Seen:
    id: str
    root: str
    published: datetime | None
    order: int
    buckets: array[int]  # the article's TF-IDF vector, compact (a dict costs ten times more)
    weights: array[float]
    facts: frozenset[str]
    keys: tuple[str, ...]


# datasketch's `_optimal_param(threshold, num_perm, 0.5, 0.5)` for the default settings: the
# number of bands and the hash values per band that `MinHashLSH(threshold, num_perm)` uses.
# Working it out imports SciPy (0.4 s CPU in the driver of every run); other settings still
# ask datasketch (`tests/test_neardup.py` checks this table against it).
_BANDS = {(0.5, 64): (14, 4)}


def lsh_bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows per band) of datasketch's `MinHashLSH(threshold, num_perm)`."""
    bands = _BANDS.get((threshold, num_perm))
    if bands is None:
        from datasketch.lsh import _optimal_param  # noqa: PLC2701 - what MinHashLSH calls

        bands = _optimal_param(threshold, num_perm, 0.5, 0.5)
    return bands


class _BandIndex:
    """MinHash LSH as datasketch's `MinHashLSH` (in-memory storage) does it: a signature is cut
    into `bands` runs of `rows` hash values, and a query finds every key that shares a whole
    run with it, in the same position. The same candidates as `MinHashLSH.query` (its bands
    are the runs' bytes, here their values), from the signatures as stored, without building
    a `LeanMinHash` (numpy) for every insert and query."""

    def __init__(self, bands: int, rows: int) -> None:
        self.ranges = [(i * rows, (i + 1) * rows) for i in range(bands)]
        self.tables: list[dict[tuple[int, ...], set[str]]] = [{} for _ in range(bands)]

    def insert(self, key: str, signature: tuple[int, ...]) -> None:
        for (start, end), table in zip(self.ranges, self.tables, strict=True):
            table.setdefault(signature[start:end], set()).add(key)

    def query(self, signature: tuple[int, ...]) -> set[str]:
        found: set[str] = set()
        for (start, end), table in zip(self.ranges, self.tables, strict=True):
            found.update(table.get(signature[start:end], ()))
        return found

    def remove(self, key: str, signature: tuple[int, ...]) -> None:
        for (start, end), table in zip(self.ranges, self.tables, strict=True):
            band = signature[start:end]
            keys = table[band]
            keys.discard(key)
            if not keys:
                del table[band]


class NearDupDetector:
    """Finds, for each new article, the earliest earlier article it copies (or None)."""

    def __init__(self, config: NearDupConfig | None = None) -> None:
        self.config = config or NearDupConfig()
        self._lsh = _BandIndex(*lsh_bands(self.config.jaccard, self.config.num_perm))
        self._seen: OrderedDict[str, _Seen] = OrderedDict()
        self._postings: dict[str, deque[str]] = {}
        self._signatures: dict[str, tuple[int, ...]] = {}  # of the articles in the LSH index
        self._order = 0

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        if not isinstance(self._lsh, _BandIndex):
            # A state saved while datasketch's MinHashLSH held the index: the same index again
            # from the signatures of the articles it held.
            self._lsh = _BandIndex(*lsh_bands(self.config.jaccard, self.config.num_perm))
            for aid, signature in self._signatures.items():
                self._lsh.insert(aid, signature)

    def add(self, features: StoryFeatures, vector: dict[int, float]) -> str | None:
        """Check one article against the window, then remember it. `vector`: unit TF-IDF."""
        self._forget(features.published)
        facts = frozenset(features.figures) | frozenset(f"q:{q}" for q in features.quotes)
        keys = self._keys(vector, facts)
        match = self._copy_of(features)
        if match is None and features.n_words >= self.config.min_words:
            match = self._spun_copy_of(vector, facts, keys, features.minhash)
        original = self._seen[match].root if match is not None else None
        self._remember(features, vector, facts, keys, original)
        return original

    # -- the two checks -------------------------------------------------------------------

    def _copy_of(self, features: StoryFeatures) -> str | None:
        if len(features.minhash) != self.config.num_perm:
            return None
        found = [k for k in self._lsh.query(features.minhash) if k in self._seen]
        if features.n_words < self.config.min_words:
            # Short texts: a few shared words make a high Jaccard; demand the same words.
            found = [k for k in found if self._signatures.get(k) == features.minhash]
        return self._earliest(found)

    def _spun_copy_of(
        self,
        vector: dict[int, float],
        facts: frozenset[str],
        keys: tuple[str, ...],
        minhash: tuple[int, ...],
    ) -> str | None:
        cfg = self.config
        shared: dict[str, int] = {}
        for key in keys:
            for other in self._postings.get(key, ()):
                shared[other] = shared.get(other, 0) + 1
        ranked = sorted((n, other) for other, n in shared.items() if n >= cfg.min_shared_keys)[
            ::-1
        ][: cfg.max_candidates]
        matches = []
        for _, other in ranked:
            if other not in self._seen:
                continue
            seen = self._seen[other]
            if _jaccard(minhash, self._signatures.get(other, ())) < cfg.spun_min_jaccard:
                continue
            cosine = sum(
                vector.get(b, 0.0) * w for b, w in zip(seen.buckets, seen.weights, strict=True)
            )
            n_facts = sum(_weight(fact, cfg.long_quote_words) for fact in facts & seen.facts)
            if cosine >= cfg.spun_cosine or (
                cosine >= cfg.spun_cosine_facts and n_facts >= cfg.spun_facts
            ):
                matches.append(other)
        return self._earliest(matches)

    def _earliest(self, ids: list[str]) -> str | None:
        if not ids:
            return None
        roots = [self._seen.get(self._seen[i].root) or self._seen[i] for i in ids]
        return min(roots, key=lambda s: (s.published is None, s.published or 0, s.order)).id

    # -- memory ---------------------------------------------------------------------------

    def _keys(self, vector: dict[int, float], facts: frozenset[str]) -> tuple[str, ...]:
        # (weight, bucket) pairs compare as the heaviest first, ties by bucket, with no key
        # function to call for every word
        top = heapq.nlargest(
            self.config.key_terms, zip(vector.values(), vector.keys(), strict=True)
        )
        return tuple(sorted(f"w:{b}" for _, b in top)) + tuple(sorted(facts))

    def _remember(
        self,
        features: StoryFeatures,
        vector: dict[int, float],
        facts: frozenset[str],
        keys: tuple[str, ...],
        original: str | None,
    ) -> None:
        aid = features.article_id
        if aid in self._seen:
            return
        self._order += 1
        self._seen[aid] = _Seen(
            aid,
            original or aid,
            features.published,
            self._order,
            array("l", vector.keys()),
            array("f", vector.values()),
            facts,
            keys,
        )
        if len(features.minhash) == self.config.num_perm:
            self._lsh.insert(aid, features.minhash)
            self._signatures[aid] = features.minhash
        for key in keys:
            posting = self._postings.get(key)
            if posting is None:  # not setdefault: it would build a deque for every key
                posting = self._postings[key] = deque(maxlen=self.config.posting_limit)
            posting.append(aid)
        while len(self._seen) > self.config.max_articles:
            self._drop(next(iter(self._seen)))

    def _forget(self, now: datetime | None) -> None:
        if now is None:
            return
        horizon = self.config.window_hours * 3600.0
        while self._seen:
            oldest = next(iter(self._seen.values()))
            if oldest.published is None or (now - oldest.published).total_seconds() <= horizon:
                break
            self._drop(oldest.id)

    def _drop(self, aid: str) -> None:
        seen = self._seen.pop(aid)
        if aid in self._signatures:
            self._lsh.remove(aid, self._signatures.pop(aid))
        for key in seen.keys:
            posting = self._postings.get(key)
            if posting is not None and aid in posting:
                posting.remove(aid)
                if not posting:
                    del self._postings[key]


def _weight(fact: str, long_quote_words: int) -> int:
    return 2 if fact.startswith("q:") and len(fact.split()) >= long_quote_words else 1


def _jaccard(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    """MinHash estimate of the Jaccard similarity of two shingle sets."""
    if not a or len(a) != len(b):
        return 0.0
    return sum(x == y for x, y in zip(a, b, strict=True)) / len(a)
