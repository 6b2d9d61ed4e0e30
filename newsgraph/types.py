"""The plain dataclasses that flow between pipeline stages.

Everything here is picklable and compares by value, so a stage can run in another
process (or on another machine) and tests can build inputs by hand.
"""

from __future__ import annotations

import hashlib
import operator
import re
import unicodedata
from dataclasses import MISSING, dataclass, field, fields
from datetime import datetime

__all__ = [
    "Article",
    "Reject",
    "Token",
    "ParsedDoc",
    "Mention",
    "ActorRecord",
    "ActorRef",
    "Event",
    "Timex",
    "ScheduledItem",
    "Quote",
    "Citation",
    "ProcessedArticle",
    "Figure",
    "StoryFeatures",
    "article_id",
    "normalise_text",
]

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def normalise_text(text: str) -> str:
    """Fold a text to the form its id is computed from.

    Unicode compatibility forms, case, punctuation and whitespace are folded, so the same
    article read from a .txt file, an HTML page or a JSON record gets the same id.
    """
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _NON_WORD.sub(" ", folded).strip()


def article_id(text: str) -> str:
    """Stable id of an article: the first 16 hex digits of sha256 over its normalised text."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from an input file.

    `published` is timezone-aware UTC, or None when the source gave no usable date
    (never "today"). `source_line` is the line (JSONL, CSV) or record number (WARC,
    feed item) inside `source_path`, 1-based, or None for one-article files.
    """

    id: str
    text: str
    title: str = ""
    url: str = ""
    outlet: str = ""
    published: datetime | None = None
    lang: str = "en"
    source_path: str = ""
    source_line: int | None = None


@dataclass(frozen=True, slots=True)
class Reject:
    """An input (or part of one) that could not be used, with a reason a person understands.

    `kept` is True when the article was still stored and the reject is a warning about
    one field (say, a date that could not be parsed).
    """

    path: str
    reason: str
    line: int | None = None
    kept: bool = False


@dataclass(frozen=True, slots=True)
class Token:
    """One token of a parsed document. `head` is the index of the syntactic head in the doc."""

    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    idx: int  # character offset in ParsedDoc.text
    ws: bool = True  # followed by whitespace
    ent_iob: str = "O"
    ent_type: str = ""


@dataclass(frozen=True, slots=True)
class ParsedDoc:
    """A parsed article, free of spaCy objects: what every extractor reads."""

    article_id: str
    published: datetime | None
    text: str
    tokens: tuple[Token, ...]
    sents: tuple[tuple[int, int], ...]  # token ranges [start, end)
    ents: tuple[tuple[int, int, str], ...]  # token range [start, end) + label
    title: str = ""
    outlet: str = ""
    url: str = ""  # the article's web address (story features read its slug's words)


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of an article naming something: a named entity. `actor_id` is filled in the store
    from the `actors.v1` records (`ActorRecord.spans`)."""

    article_id: str
    start: int  # character offsets in the article text
    end: int
    sentence: int
    text: str
    label: str
    actor_id: str | None = None


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor as an event names it: a CAMEO/PLOVER-style code and where the text said so.

    `code` is the country or IGO code followed by a sector when one is known: 'RUSGOV',
    'USAMIL', 'NATO', 'UKR'. `country` and `sector` are the two parts; `name` is the
    canonical name when the dictionary knows one (an office holder, a country).
    """

    code: str
    country: str
    sector: str = ""
    name: str = ""
    text: str = ""  # the words of the article that named it
    start: int = -1  # character offsets in the article text (-1: inherited, e.g. from a pronoun)
    end: int = -1


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom: one clause-level event with PLOVER and CAMEO codes.

    `actors` and `recipients` hold actor codes ('RUSGOV', 'NATO'); a reciprocal event
    ("Biden and Putin spoke") lists every party as an actor and sets `reciprocal`.
    `status` is one of reported, future, conditional, hypothetical, negated, historical.
    `start`/`end` is the evidence span (character offsets in the article text).
    """

    article_id: str
    start: int
    end: int
    sentence: int
    text: str
    predicate: str  # the lemma of the predicate word: 'call', 'invasion'
    type: str  # PLOVER 2.0 type
    mode: str = ""
    cameo: str = ""
    goldstein: float | None = None
    plover_score: float | None = None
    quad_class: int | None = None  # GDELT QuadClass of the CAMEO code (1..4)
    actors: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    actor_text: tuple[str, ...] = ()
    recipient_text: tuple[str, ...] = ()
    status: str = "reported"
    date: str = ""  # ISO 8601 date (publication date until a time expression is linked)
    date_precision: str = ""  # 'day', 'month', 'year', or 'published' when taken from the article
    location: str = ""
    reciprocal: bool = False
    predicate_start: int = -1  # character offsets of the predicate word itself
    predicate_end: int = -1


@dataclass(frozen=True, slots=True)
class Timex:
    """A time expression with its TimeML type and normalised value.

    `anchor` says what a relative expression was resolved against: 'publication' (the
    article's date), 'previous' (the last date mentioned before it, as in "a day later") or
    'none' (absolute, or nothing to anchor on). `resolved` is False when the value could not
    be made concrete, e.g. "Wednesday" in an article without a publication date (the value
    is then underspecified TimeML such as 'XXXX-WXX-3'). `mod` is the TimeML modifier
    (START, MID, END, APPROX, ...) or ''.
    """

    article_id: str
    start: int  # character offsets in the article text
    end: int
    sentence: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str
    anchor: str = "none"
    resolved: bool = True
    mod: str = ""


@dataclass(frozen=True, slots=True)
class ScheduledItem:
    """Something announced for a future date (a meeting, talks, a deadline): a calendar entry.

    `date` is the TimeML value of the time expression ('2022-01-12', '2022-01', ...), `place`
    a GPE/LOC/FAC entity of the clause or '', `description` a short text of the clause.
    """

    article_id: str
    start: int  # the clause's character span
    end: int
    sentence: int
    date: str
    timex_text: str
    kind: str  # 'meeting' or 'deadline'
    predicate: str  # the word that made it an item: 'meet', 'talks', 'deadline'
    place: str
    description: str


@dataclass(frozen=True, slots=True)
class Quote:
    """Who said what: a reported statement in one article.

    `start`/`end` delimit the content (the words reported, quote marks excluded); the speaker
    fields point at the mention the cue attaches to ("he", "the Kremlin aide"), and `speaker`
    is the canonical name it resolves to ("Yuri Ushakov"), None when unresolved.
    `speaker_kind` is person, organisation, country, anonymous or unknown.
    """

    article_id: str
    start: int  # content span, character offsets in the article text
    end: int
    sentence: int
    text: str
    kind: str  # direct | indirect | mixed
    speaker: str | None = None
    speaker_mention: str = ""
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_kind: str = "unknown"
    cue: str = ""  # lemma: 'say', 'tell', 'according to'
    cue_start: int | None = None
    cue_end: int | None = None


@dataclass(frozen=True, slots=True)
class Citation:
    """An article citing another news outlet ("as per NDTV", "told Reuters")."""

    article_id: str
    outlet: str  # canonical outlet name
    start: int
    end: int
    sentence: int
    text: str
    cue: str = ""


@dataclass(frozen=True, slots=True)
class ActorRecord:
    """An actor an article refers to: one row of the store's `actors` table.

    `id` is the dictionary code for a country, an IGO, an armed group or a country's sector
    ('RUS', 'NATO', 'PSEREB', 'RUSGOV', the codes events use) and a lower-case slug of the
    name for a person or an organisation the dictionary does not code ('joe-biden').
    `roles` are (office, start, end) with ISO dates, '' when open. `spans` are the character
    offsets of the mentions and quote speakers in this article that name the actor.
    """

    id: str
    name: str
    kind: str  # person, organisation, country, group
    country: str = ""
    sector: str = ""
    aliases: tuple[str, ...] = ()
    roles: tuple[tuple[str, str, str], ...] = ()
    spans: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class ProcessedArticle:
    """What the parse + extract stages return for one article: all the store needs."""

    article: Article
    n_tokens: int
    n_sents: int
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()
    timexes: tuple[Timex, ...] = ()
    schedule: tuple[ScheduledItem, ...] = ()
    quotes: tuple[Quote, ...] = ()
    citations: tuple[Citation, ...] = ()

    figures: tuple[Figure, ...] = ()
    story_features: tuple[StoryFeatures, ...] = ()  # one per article; the stories step reads it
    actors: tuple[ActorRecord, ...] = ()  # who the mentions, quotes and events name
    extractors: tuple[str, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class Figure:
    """A number together with what it counts: "more than 14,000 people killed".

    `number` is the value as written (the lower bound for vague amounts such as "tens of
    thousands"); `low` / `high` are the range the wording allows (None: open on that side),
    so "up to 100,000" is (None, 100000) and "175,000" is (175000, 175000). `measures` is a
    normalised key of what is counted ("troops", "people killed"), used to group figures
    across the articles of a story.
    """

    article_id: str
    start: int  # character offsets of the whole figure (qualifier to unit)
    end: int
    sentence: int
    text: str
    number: float
    low: float | None
    high: float | None
    qualifier: str  # "", "up to", "more than", "tens of thousands", ...
    unit: str  # the counted noun as a lemma ("troop", "person", "usd", "percent")
    measures: str


@dataclass(frozen=True, slots=True)
class StoryFeatures:
    """What story clustering and near-duplicate detection need of one article.

    Computed in the extract stage (workers) so the main process, which clusters articles
    one after another in publication order, needs no spaCy. Counts are (key, count) pairs
    sorted by key; `minhash` is the MinHash signature of the article's word shingles.
    """

    article_id: str
    published: datetime | None
    outlet: str
    title: str
    n_words: int
    terms: tuple[tuple[str, int], ...]  # content-word lemmas of title + text
    entities: tuple[tuple[str, int], ...]  # entity keys, no label: "sergei lavrov", "lavrov"
    title_terms: tuple[str, ...] = ()  # content-word lemmas of the title
    figures: tuple[str, ...] = ()  # normalised "measures=number" keys
    quotes: tuple[str, ...] = ()  # normalised quoted strings (at least a few words)
    minhash: tuple[int, ...] = ()
    # MiniLM unit vector of title + lead, float16 base64 (`newsgraph.embeddings.pack`); empty
    # unless the optional story_features.minilm.v4 extractor ran (`--embeddings`).
    embedding: str = ""
    # An article without a publication date: the first day its text names outright ("said on
    # December 8, 2021"), which places it in time among the stories; None otherwise.
    text_date: datetime | None = None


def _pickle_as_constructor_call(cls: type) -> None:
    """Pickle `cls` as a call of its constructor with its field values.

    A slots dataclass is pickled by default through Python-level `__getstate__` and
    `__setstate__` (which read `dataclasses.fields` for every object), and every batch of
    results crosses from a worker process to the main one as thousands of these objects:
    this halves the time of pickling and unpickling them. Same objects after the round trip.
    """
    values = operator.attrgetter(*cls.__match_args__)  # type: ignore[attr-defined]

    def __reduce__(self: object) -> tuple[type, tuple[object, ...]]:
        return cls, values(self)

    cls.__reduce__ = __reduce__  # type: ignore[assignment, method-assign]


def _init_through_slots(cls: type) -> None:
    """Give the frozen slots dataclass `cls` an `__init__` that stores each field through
    its slot's descriptor.

    The `__init__` a frozen dataclass gets calls `object.__setattr__(self, name, value)`
    for every field (plain assignment would raise `FrozenInstanceError`); the slot
    descriptor's own `__set__` does the same store in half the time. Parsing builds a
    `Token` for every word, extractors build their rows and the main process rebuilds every
    row it unpickles, so this is paid millions of times a run. Same signature (names, order,
    defaults), same objects, still frozen.
    """
    names = [f.name for f in fields(cls)]  # type: ignore[arg-type]
    namespace: dict[str, object] = {}
    params = []
    for f in fields(cls):  # type: ignore[arg-type]
        if f.default_factory is not MISSING or not f.init or f.kw_only:  # type: ignore[misc]
            raise TypeError(f"{cls.__name__}.{f.name}: only plain fields are supported")
        namespace[f"_set_{f.name}"] = getattr(cls, f.name).__set__
        if f.default is MISSING:
            params.append(f.name)
        else:
            namespace[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
    if hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__} has a __post_init__: keep the dataclass __init__")
    body = "".join(f"    _set_{name}(self, {name})\n" for name in names)
    exec(f"def __init__(self, {', '.join(params)}):\n{body}", namespace)  # noqa: S102
    init = namespace["__init__"]
    previous = cls.__init__  # type: ignore[misc]
    init.__qualname__ = previous.__qualname__  # type: ignore[attr-defined]
    init.__annotations__ = previous.__annotations__  # type: ignore[attr-defined]
    init.__doc__ = previous.__doc__
    cls.__init__ = init  # type: ignore[misc]


for _cls in (
    Article,
    Reject,
    Token,
    ParsedDoc,
    Mention,
    ActorRef,
    ActorRecord,
    Event,
    Timex,
    ScheduledItem,
    Quote,
    Citation,
    ProcessedArticle,
    Figure,
    StoryFeatures,
):
    _pickle_as_constructor_call(_cls)
    _init_through_slots(_cls)
del _cls
