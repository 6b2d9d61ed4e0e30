"""Online story clustering: each article joins the most similar active story, or starts one.

Articles arrive in publication order and are assigned once; nothing is re-clustered. An
article is a pair of TF-IDF vectors, one over content words and one over named entities,
hashed into a fixed number of buckets so the vocabulary never grows; document frequencies
are counted online in those buckets. A story is the sum of its articles' unit vectors (its
centroid). The score of article a against story s is

    sim(a, s) = (1 - w) * cos(words) + w * cos(entities),  times  0.5 ** (gap / half-life)

where w is `entity_weight` (0 when the article names no entity) and gap is the time from the
story's last article to this one. The article joins the best story when the score reaches
`threshold`, otherwise it starts a new story.

With MiniLM embeddings on the articles (the optional `story_features.minilm.v4` extractor),
a story also keeps the sum of its articles' unit embeddings, and the score before the decay
becomes (1 - e) * (the TF-IDF score above) + e * cos(embeddings), e = `embedding_short_weight`
for short texts and `embedding_weight` for the others (0: long texts are scored as before),
held against its own thresholds (`embedding_short_threshold`, `embedding_threshold`): cosines
of sentence embeddings sit higher than those of sparse vectors. The stories compared are then also
the `max_candidates` active stories whose embedding centroids are nearest, so a headline that
shares no word with its story (a paraphrase) can still find it. Articles without an embedding
are scored exactly as before.

Only *active* stories are compared: those updated within `window_hours` of the newest
article, at most `max_active` of them (least recently updated leave first). Candidates are
found through an inverted index from bucket to active stories, so the cost of one article
depends on the window, not on the corpus. Memory is bounded the same way: the document
frequency arrays have a fixed size and centroids are pruned to `max_centroid_terms`.

>>> from newsgraph.extract.story_features import features_from_text
>>> c = StoryClusterer()
>>> a = c.add(features_from_text("a1", "Russia masses troops near Ukraine border"))
>>> b = c.add(features_from_text("a2", "Russia masses more troops at Ukraine border"))
>>> z = c.add(features_from_text("a3", "Bieber and Gomez dance at a Texas studio"))
>>> a == b, a == z
(True, False)
"""

from __future__ import annotations

import functools
import heapq
import math
import re
import zlib
from collections import Counter, OrderedDict
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import numpy as np

from ..embeddings import unpack  # numpy only: reading vectors needs no extra
from ..extract.story_features import term_key as _term_key
from ..extract.story_features import title_words
from ..types import StoryFeatures

__all__ = ["ArticleVectors", "ClusterConfig", "StoryClusterer", "StorySummary", "cluster_articles"]


@dataclass(frozen=True, slots=True)
class ClusterConfig:
    """Settings of the online clusterer (chosen on the development data, then fixed)."""

    threshold: float = 0.3  # least score for an article to join a story
    # A headline shares only a few words even with its own story's centroid, so short
    # texts (headlines, captions) get their own, lower threshold: chosen by length, not by
    # data set.
    short_threshold: float = 0.05
    short_words: int = 30  # texts of fewer words are short
    entity_weight: float = 0.5  # share of the entity channel in the score
    half_life_hours: float = 72.0  # time decay of the score
    window_hours: float = 24.0 * 7  # a story not updated for this long is closed
    max_active: int = 2000  # at most this many stories are compared with each article
    buckets: int = 1 << 18  # hashed vocabulary size (per channel)
    max_centroid_terms: int = 300  # a centroid keeps only its heaviest buckets
    max_posting: int = 100  # a key held by more active stories does not find candidates
    max_candidates: int = 50  # stories sharing most keys with an article are compared
    label_actors: int = 2  # entities named in a story label
    # Used only for articles that carry a MiniLM embedding (`--embeddings`), chosen on the
    # dev halves: for short texts (UCI headlines) the embedding lifts recall; for full
    # articles (ECB+) no weight and threshold tried beat the sparse score alone (the two
    # similar events of a topic read alike to MiniLM, which also sees only the lead), so
    # long texts are scored as without embeddings.
    embedding_weight: float = 0.0  # share of the embedding cosine in a long text's score
    embedding_threshold: float = 0.3
    embedding_short_weight: float = 0.4  # share of the embedding cosine for short texts
    embedding_short_threshold: float = 0.16


_HEADLINE_TERMS = 6  # words a headline-less article gives its story's label (a headline's worth)


@dataclass
class _Story:
    id: str
    first: datetime | None
    last: datetime | None
    n: int = 0
    words: dict[int, float] = field(default_factory=dict)
    ents: dict[int, float] = field(default_factory=dict)
    norms: dict[str, tuple[int, float]] = field(default_factory=dict)  # channel: (N, norm)
    actor_counts: Counter[str] = field(default_factory=Counter)
    term_counts: Counter[str] = field(default_factory=Counter)
    forms: dict[str, Counter[str]] = field(default_factory=dict)  # key -> headline spellings
    article_ids: list[str] = field(default_factory=list)
    emb: Any = None  # sum of the articles' unit embeddings (numpy), None without any


@dataclass(frozen=True, slots=True)
class StorySummary:
    """What a story looks like from outside: id, label, span in time and size."""

    id: str
    label: str
    first_seen: datetime | None
    last_seen: datetime | None
    n_articles: int


@functools.lru_cache(maxsize=1 << 16)  # words recur from article to article
def _bucket(key: str, buckets: int) -> int:
    # crc32, not hash(): Python salts string hashes per process.
    return zlib.crc32(key.encode("utf-8")) % buckets


def _idf(n_docs: int, df: int) -> float:
    return math.log((1 + n_docs) / (1 + df)) + 1.0


class _Channel:
    """One vector space (words or entities): online document frequencies in hashed buckets."""

    def __init__(self, buckets: int) -> None:
        self.buckets = buckets
        self.df = np.zeros(buckets, dtype=np.int32)
        self.n_docs = 0

    def idf(self, bucket: int) -> float:
        return _idf(self.n_docs, int(self.df[bucket]))

    def idfs(self, buckets: Collection[int]) -> list[float]:
        """`idf` of each bucket, in order: the frequencies read in one numpy call (reading
        them one at a time costs a numpy scalar each)."""
        n_docs = self.n_docs
        return [_idf(n_docs, df) for df in self.df[list(buckets)].tolist()]

    def vectors(self, counts: Iterable[tuple[str, int]]) -> tuple[dict[int, float], ...]:
        """Count a document in the frequencies; its unit TF-IDF vector and unit TF vector.

        Stories keep sums of TF vectors and are weighted with the IDF of the moment they are
        compared, so articles that arrived when the frequencies were still sparse are not
        stuck with the weights of that time.
        """
        tf: dict[int, int] = {}
        for key, count in counts:
            b = _bucket(key, self.buckets)
            tf[b] = tf.get(b, 0) + count
        self.n_docs += 1
        self.df[list(tf)] += 1  # the buckets are distinct: one more document each
        plain = {b: 1.0 + math.log(c) for b, c in tf.items()}
        weighted = {b: v * idf for (b, v), idf in zip(plain.items(), self.idfs(plain), strict=True)}
        norm = math.sqrt(sum(v * v for v in weighted.values()))
        if norm == 0:
            return {}, {}
        # The TF vector is scaled so that, weighted with today's IDF, it is (about) a unit
        # vector: a story's sum of them then averages its articles' cosines.
        return {b: v / norm for b, v in weighted.items()}, {b: v / norm for b, v in plain.items()}


def _unit(vec: dict[int, float]) -> dict[int, float]:
    norm = math.sqrt(sum(v * v for v in vec.values()))
    return {b: v / norm for b, v in vec.items()} if norm > 0 else {}


@dataclass(frozen=True, slots=True)
class ArticleVectors:
    """An article in the two spaces: unit TF-IDF vectors (compared) and unit TF vectors
    (summed into story centroids)."""

    words: dict[int, float]
    ents: dict[int, float]
    words_tf: dict[int, float]
    ents_tf: dict[int, float]
    emb: Any = None  # unit MiniLM embedding (numpy float32), None when the article has none


class StoryClusterer:
    """Assigns articles to stories one at a time (see the module docstring)."""

    def __init__(self, config: ClusterConfig | None = None) -> None:
        self.config = config or ClusterConfig()
        self._words = _Channel(self.config.buckets)
        self._ents = _Channel(self.config.buckets)
        self._active: OrderedDict[str, _Story] = OrderedDict()  # least recently updated first
        self._index_words: dict[int, set[str]] = {}
        self._index_ents: dict[int, set[str]] = {}
        self.closed: list[StorySummary] = []  # stories that left the window since last drained
        # The embedding sums of the active stories that have one, as rows of one matrix kept
        # up to date (not stacked again for every article); rebuilt from the stories after
        # unpickling, so the saved state holds each sum once.
        self._emb = _EmbeddingRows()

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state["_emb"] = None
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._emb = _EmbeddingRows()
        for story in self._active.values():
            if "forms" not in story.__dict__:  # saved before stories kept headline spellings
                story.forms = {}
            if story.emb is not None:
                self._emb.put(story.id, story.emb)

    # -- public -----------------------------------------------------------------------------

    def vectorise(self, features: StoryFeatures) -> ArticleVectors:
        """Count the article in the document frequencies and return its vectors.

        Call once per article, before `add` (which calls it when not given the vectors).
        """
        words, words_tf = self._words.vectors(features.terms)
        ents, ents_tf = self._ents.vectors(features.entities)
        emb = unpack(features.embedding) if features.embedding else None
        return ArticleVectors(words, ents, words_tf, ents_tf, emb)

    def add(
        self,
        features: StoryFeatures,
        *,
        join: str | None = None,
        vectors: ArticleVectors | None = None,
    ) -> str:
        """Assign one article (in publication order) and return its story id.

        `join` names the story of the article this one copies: a copy always joins its
        original's story while that story is active.
        """
        now = features.published
        self._close_expired(now)
        # An undated article is weighed against the stories of the day its text names; that
        # day closes nothing (a lead naming a day ahead would close every story of today).
        when = now if now is not None else features.text_date
        vec = vectors if vectors is not None else self.vectorise(features)
        if join is not None and join in self._active:
            story = self._active[join]
        else:
            story = self._best(vec, when, *self._threshold(features, vec))
        if story is None:
            story = _Story(id=features.article_id, first=now, last=now)
            self._active[story.id] = story
            self._close_overflow()
        self._update(story, features, vec.words_tf, vec.ents_tf)
        if vec.emb is not None:
            story.emb = vec.emb.copy() if story.emb is None else story.emb + vec.emb
            self._emb.put(story.id, story.emb)
        return story.id

    def _threshold(self, features: StoryFeatures, vec: ArticleVectors) -> tuple[float, float]:
        """The least score to join a story and the share of the embedding cosine in it."""
        short = features.n_words < self.config.short_words
        c = self.config
        weight = c.embedding_short_weight if short else c.embedding_weight
        if vec.emb is not None and weight > 0:
            return (c.embedding_short_threshold if short else c.embedding_threshold), weight
        return (c.short_threshold if short else c.threshold), 0.0

    def summaries(self) -> list[StorySummary]:
        """Summaries of the active stories, oldest first."""
        return [self._summary(s) for s in sorted(self._active.values(), key=_story_order)]

    def drain_closed(self) -> list[StorySummary]:
        """The stories closed since the last call (they will get no more articles)."""
        closed, self.closed = self.closed, []
        return closed

    def summary(self, story_id: str) -> StorySummary | None:
        """The summary of an active story (None once it is closed)."""
        story = self._active.get(story_id)
        return self._summary(story) if story is not None else None

    def story_of_active(self, story_id: str) -> bool:
        return story_id in self._active

    @property
    def n_active(self) -> int:
        return len(self._active)

    # -- scoring ----------------------------------------------------------------------------

    def _best(
        self, vec: ArticleVectors, now: datetime | None, threshold: float, m: float = 0.0
    ) -> _Story | None:
        words, ents = vec.words, vec.ents
        candidates = self._candidates(vec)
        dots_w = _dots(words, candidates, self._active, "words", self._words)
        dots_e = _dots(ents, candidates, self._active, "ents", self._ents) if ents else {}
        cos_m = self._nearest(vec.emb, candidates) if m > 0 else {}
        w = self.config.entity_weight if ents else 0.0
        best, best_score = None, threshold
        for sid in sorted(set(dots_w) | set(dots_e) | set(cos_m)):
            story = self._active[sid]
            cos_w = dots_w.get(sid, 0.0) / self._norm(story, "words", self._words)
            cos_e = dots_e.get(sid, 0.0) / self._norm(story, "ents", self._ents)
            sparse = (1.0 - w) * cos_w + w * cos_e
            score = ((1.0 - m) * sparse + m * cos_m.get(sid, 0.0)) * self._decay(story, now)
            if score >= best_score and (best is None or score > best_score):
                best, best_score = story, score
        return best

    def _candidates(self, vec: ArticleVectors) -> list[str]:
        """The active stories sharing the most keys with the article, counting only keys that
        few active stories hold: a word in hundreds of stories ("said") tells none of them
        apart, and looking through its stories would make the cost grow with the window."""
        shared: Counter[str] = Counter()
        for keys, index in ((vec.words, self._index_words), (vec.ents, self._index_ents)):
            for b in keys:
                ids = index.get(b)
                if ids is not None and len(ids) <= self.config.max_posting:
                    shared.update(ids)
        ranked = sorted(shared.items(), key=lambda kv: (-kv[1], kv[0]))
        return [sid for sid, _ in ranked[: self.config.max_candidates]]

    def _nearest(self, emb: Any, candidates: list[str]) -> dict[str, float]:
        """Embedding cosines with the key candidates and with the `max_candidates` active
        stories whose centroids are nearest (a matrix product over the active stories)."""
        rows = self._emb
        n = len(rows.ids)
        if not n:
            return {}
        sums = rows.sums[:n]
        # einsum, not BLAS: a multithreaded BLAS call waits for its threads to wake on
        # every article, which costs more than the product on a busy machine
        cos = np.einsum("ij,j->i", sums, emb) / np.maximum(np.linalg.norm(sums, axis=1), 1e-12)
        keep = {rows.row[sid] for sid in candidates if sid in rows.row}
        k = self.config.max_candidates
        keep.update(np.argpartition(-cos, k)[:k].tolist() if n > k else range(n))
        return {rows.ids[i]: float(cos[i]) for i in keep}

    def _norm(self, story: _Story, name: str, channel: _Channel) -> float:
        """Norm of the IDF-weighted centroid, recomputed when the story changed or the
        frequencies grew by a tenth since (amortised: a story is rarely recomputed)."""
        cached = story.norms.get(name)
        if cached is None or channel.n_docs > cached[0] * 1.1:
            centroid: dict[int, float] = getattr(story, name)
            weights = zip(centroid.values(), channel.idfs(centroid), strict=True)
            norm = math.sqrt(sum((v * idf) ** 2 for v, idf in weights)) or 1.0
            cached = (channel.n_docs, norm)
            story.norms[name] = cached
        return cached[1]

    def _telling_terms(self, features: StoryFeatures, n: int = _HEADLINE_TERMS) -> list[str]:
        """The article's `n` terms of highest TF-IDF (1 + log count, times IDF)."""
        scored = (((1.0 + math.log(c)) * self._term_idf(k), k) for k, c in features.terms)
        return [k for _, k in heapq.nlargest(n, scored)]

    def _term_idf(self, term: str) -> float:
        return self._words.idf(_bucket(term, self._words.buckets))

    def _decay(self, story: _Story, now: datetime | None) -> float:
        if now is None or story.last is None:
            return 1.0
        gap = abs((now - story.last).total_seconds()) / 3600.0
        return 0.5 ** (gap / self.config.half_life_hours)

    # -- updating ---------------------------------------------------------------------------

    def _update(
        self,
        story: _Story,
        features: StoryFeatures,
        words: dict[int, float],
        ents: dict[int, float],
    ) -> None:
        _add_into(story.words, words)
        _add_into(story.ents, ents)
        story.norms.clear()
        for vec, index in ((words, self._index_words), (ents, self._index_ents)):
            for b in vec:
                ids = index.get(b)
                if ids is None:  # not setdefault: it would build a set for every bucket
                    index[b] = {story.id}
                else:
                    ids.add(story.id)
        limit = self.config.max_centroid_terms
        for name, index in (("words", self._index_words), ("ents", self._index_ents)):
            centroid: dict[int, float] = getattr(story, name)
            if len(centroid) > limit * 3 // 2:
                kept = dict(heapq.nlargest(limit, centroid.items(), key=lambda kv: (kv[1], kv[0])))
                for b in centroid.keys() - kept.keys():
                    _discard(index, b, story.id)
                setattr(story, name, kept)
        story.n += 1
        story.article_ids.append(features.article_id)
        if features.published is not None:
            if story.first is None or features.published < story.first:
                story.first = features.published
            if story.last is None or features.published > story.last:
                story.last = features.published
        story.actor_counts.update(dict(features.entities))
        # Headline words make the better key phrase; an article without a headline gives its
        # most telling words instead, once each, as if they were its headline (its raw counts
        # would outweigh every headline and put "said" in the label).
        story.term_counts.update(
            dict.fromkeys(features.title_terms or self._telling_terms(features), 1)
        )
        if features.title_terms:  # how the headline wrote them: "taxes", not the key "taxe"
            for key, word in title_words(features.title, keep_names=True):
                story.forms.setdefault(key, Counter())[word] += 1
        for counts in (story.actor_counts, story.term_counts):
            if len(counts) > 4 * limit:  # bounded, like the centroids
                kept_counts = counts.most_common(limit)
                counts.clear()
                counts.update(dict(kept_counts))
        if len(story.forms) > 4 * limit:
            story.forms = {k: v for k, v in story.forms.items() if k in story.term_counts}
        self._active.move_to_end(story.id)

    def _close_expired(self, now: datetime | None) -> None:
        if now is None:
            return
        horizon = self.config.window_hours * 3600.0
        while self._active:
            story = next(iter(self._active.values()))
            if story.last is None or (now - story.last).total_seconds() <= horizon:
                break
            self._close(story)

    def _close_overflow(self) -> None:
        while len(self._active) > self.config.max_active:
            self._close(next(iter(self._active.values())))

    def _close(self, story: _Story) -> None:
        del self._active[story.id]
        self._emb.drop(story.id)
        for b in story.words:
            _discard(self._index_words, b, story.id)
        for b in story.ents:
            _discard(self._index_ents, b, story.id)
        self.closed.append(self._summary(story))

    def _summary(self, story: _Story) -> StorySummary:
        return StorySummary(
            id=story.id,
            label=story_label(
                story.actor_counts,
                story.term_counts,
                self.config.label_actors,
                distinctness=self._term_idf,
                forms=story.forms,
            ),
            first_seen=story.first,
            last_seen=story.last,
            n_articles=story.n,
        )


def story_label(
    actors: Counter[str],
    terms: Counter[str],
    n_actors: int = 2,
    *,
    distinctness: Callable[[str], float] | None = None,
    forms: Mapping[str, Counter[str]] | None = None,
) -> str:
    """ "Lavrov, Nato: troops border": the most named actors and the most telling words.

    Last-name keys ("lohan") are skipped when the full name ("lindsay lohan") is among the
    actors, so a person is not named twice; so is another name of a country already chosen
    (its demonym or capital: "Russian" or "Moscow" after "Russia"). Words are ranked by how
    many of the story's headlines use them, times `distinctness` (the clusterer passes each
    word's IDF), so that words every article uses ("said") give way to the story's own;
    each is written as the headlines wrote it most often (`forms`: "taxes" for the key "taxe").
    """
    merged: Counter[str] = Counter()
    for name, count in actors.items():  # "lohan's" is Lohan
        merged[_POSSESSIVE.sub("", name)] += count
    # Actors the headlines name come first ("Biden, Putin" over the "Russia" every text
    # names), then the most named; `terms` counts the headlines that use each word, and a
    # country's headline count is that of all its names ("Russian" and "Moscow" are Russia).
    countries = _country_codes()
    by_country: Counter[str] = Counter()
    for term, count in terms.items():
        if term in countries:
            by_country[countries[term]] += count

    def in_headlines(name: str) -> int:
        code = countries.get(name)
        if code is not None:
            return by_country[code]
        return terms.get(_term_key(name.split()[-1]), 0)

    names = sorted(merged, key=lambda k: (-in_headlines(k), -merged[k], k))
    chosen: list[str] = []
    for name in names:
        if any(name in other.split() or other in name.split() for other in chosen):
            continue
        code = countries.get(name)
        if code is not None and any(countries.get(other) == code for other in chosen):
            continue
        chosen.append(name)
        if len(chosen) == n_actors:
            break
    actor_words = {w for name in chosen for w in name.split()}
    actor_codes = {countries[name] for name in chosen if name in countries}
    generic = _generic_nouns()
    weight = distinctness or (lambda _term: 1.0)
    ranked = sorted(terms.items(), key=lambda kv: (-kv[1] * weight(kv[0]), kv[0]))
    phrase = [k for k, _ in ranked
              if k not in actor_words and not k.isdigit() and k not in generic
              and countries.get(k) not in actor_codes][:3]  # fmt: skip
    spelt = [
        _name_case(k)
        if k in merged or k in _written_names()
        else _spelling(k, (forms or {}).get(k))
        for k in phrase
    ]
    head = ", ".join(_name_case(n) for n in chosen)
    return f"{head}: {' '.join(spelt)}" if head else " ".join(spelt)


def _spelling(key: str, forms: Counter[str] | None) -> str:
    """The commonest spelling of a term key (ties: the alphabetically first), else the key."""
    if not forms:
        return key
    return min(forms.items(), key=lambda kv: (-kv[1], kv[0]))[0]


_POSSESSIVE = re.compile(r"['’]s\b")


def _name_case(name: str) -> str:
    """A lower-case name as a reader expects it: each word as the actor dictionaries write
    it ("NATO", "EU"), else capitalised ("Putin")."""
    written = _written_names()
    return " ".join(written.get(w) or w[:1].upper() + w[1:] for w in name.split())


@functools.cache
def _written_names() -> dict[str, str]:
    """Lower-case one-word names of countries, organisations and groups -> as the actor
    dictionaries write them ("nato" -> "NATO", "russian" -> "Russian")."""
    from ..lexicons import Lexicons

    written: dict[str, str] = {}
    lexicons = Lexicons.load()
    for table in ("actors_countries.tsv", "actors_igos.tsv", "actors_groups.tsv"):
        for row in lexicons.rows(table):
            for field_name in ("name", "aliases", "demonyms", "metonyms"):
                for name in (row.get(field_name) or "").split("|"):
                    name = name.strip()
                    if name and " " not in name and name[:1].isupper():
                        written.setdefault(name.lower(), name)
    return written


@functools.cache
def _generic_nouns() -> frozenset[str]:
    """Term keys of nouns too generic for a label ("hours", "people"), from
    `data/label_generic_nouns.txt`."""
    from ..extract.story_features import term_key
    from ..lexicons import Lexicons

    words = Lexicons.load().words("label_generic_nouns.txt")
    return frozenset(words) | {term_key(w) for w in words}


@functools.cache
def _country_codes() -> dict[str, str]:
    """Lower-case names, aliases, demonyms and capitals of countries -> ISO code, from the
    actor dictionary (`data/actors_countries.tsv`)."""
    from ..lexicons import Lexicons

    codes: dict[str, str] = {}
    for row in Lexicons.load().rows("actors_countries.tsv"):
        for field_name in ("name", "aliases", "demonyms", "metonyms"):
            for name in (row.get(field_name) or "").split("|"):
                key = name.strip().lower().removeprefix("the ")
                if key:
                    codes.setdefault(key, row["code"])
    return codes


def _story_order(story: _Story) -> tuple[str, str]:
    return (story.first.isoformat() if story.first else "", story.id)


def _dots(
    vec: dict[int, float],
    candidates: Iterable[str],
    active: dict[str, _Story],
    name: str,
    channel: _Channel,
) -> dict[str, float]:
    """Dot products of an article's vector with the IDF-weighted centroids of candidates."""
    weighted = [(b, v * idf) for (b, v), idf in zip(vec.items(), channel.idfs(vec), strict=True)]
    dots: dict[str, float] = {}
    for sid in candidates:
        centroid: dict[int, float] = getattr(active[sid], name)
        dot = sum(w * centroid.get(b, 0.0) for b, w in weighted)
        if dot > 0.0:
            dots[sid] = dot
    return dots


class _EmbeddingRows:
    """Story id -> row of `sums` (a story's embedding sum); rows 0 .. len(ids) - 1 are used."""

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.row: dict[str, int] = {}
        self.sums: Any = np.zeros((0, 0), dtype=np.float32)

    def put(self, sid: str, vector: Any) -> None:
        """Set the story's row (added at the end when it has none)."""
        i = self.row.get(sid)
        if i is None:
            i = len(self.ids)
            if i == len(self.sums):  # full: double the capacity
                grown = np.zeros((max(64, 2 * i), len(vector)), dtype=np.float32)
                if i:
                    grown[:i] = self.sums[:i]
                self.sums = grown
            self.ids.append(sid)
            self.row[sid] = i
        self.sums[i] = vector

    def drop(self, sid: str) -> None:
        """Remove the story's row: the last row moves into its place."""
        i = self.row.pop(sid, None)
        if i is None:
            return
        last = self.ids.pop()
        if last != sid:
            self.ids[i] = last
            self.row[last] = i
            self.sums[i] = self.sums[len(self.ids)]


def _add_into(centroid: dict[int, float], vec: dict[int, float]) -> None:
    for b, v in vec.items():
        centroid[b] = centroid.get(b, 0.0) + v


def _discard(index: dict[int, set[str]], bucket: int, sid: str) -> None:
    ids = index.get(bucket)
    if ids is not None:
        ids.discard(sid)
        if not ids:
            del index[bucket]


def cluster_articles(
    features: Iterable[StoryFeatures], config: ClusterConfig | None = None
) -> dict[str, str]:
    """Article id → story id for articles given in publication order (one pass)."""
    clusterer = StoryClusterer(config)
    return {f.article_id: clusterer.add(f) for f in features}
