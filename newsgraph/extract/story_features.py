"""Per-article features for story clustering and near-duplicate detection.

Computed in the extract stage, where the parsed document is at hand, so the main process
clusters articles with plain dictionaries and needs no spaCy. Everything here is a pure
function of the document: the MinHash permutations come from a fixed seed.

A short text (a headline) also takes the words of its URL's slug that it lacks
(`url_words`): "Fed's Charles Plosser sees high bar for change in pace of tapering" and "Fed
official says weak data caused by weather, should not slow taper" share one word, but the
second one's URL, ".../la-fi-mo-federal-reserve-plosser-stimulus-economy-20140310,0,1312750.story",
adds "plosser". Long texts already hold their slug's words and are left as they are.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any
from urllib.parse import unquote, urlsplit

import numpy as np

from ..lexicons import Lexicons
from ..types import Figure, ParsedDoc, StoryFeatures, Timex
from .figures import extract_figures
from .timex import extract_timexes

__all__ = [
    "extract_story_features",
    "features_from_text",
    "minhash_signature",
    "shingles",
    "term_key",
    "text_date",
    "short_text",
    "slug_words",
    "url_words",
    "NUM_PERM",
    "URL_WORDS_MAX_TEXT",
]

NUM_PERM = 64  # MinHash permutations: Jaccard estimates within about +-0.06
MINHASH_SCHEME = "affine32"
SHINGLE_WORDS = 4  # word shingles: long enough that shared stock phrases rarely match
_CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM", "X"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})
# Names of things; DATE is left out because "Tuesday" joins unrelated stories.
_ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT"})
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
_POSSESSIVE_END = re.compile(r"['’]s$")
_QUOTE = re.compile(r"[\"“”]([^\"“”]{20,400})[\"“”]")
# Texts of fewer words take the words of their URL's slug (headlines: the clusterer's
# `ClusterConfig.short_words`, kept equal by hand because extract does not import stories).
URL_WORDS_MAX_TEXT = 30
URL_SLUG_PARTS = 3  # a path segment of fewer words is a section ("tech-news"), not a slug
_DAY_VALUE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_URL_PART = re.compile(r"[^\W_]+")
_URL_EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,6}$")  # ".html", ".story", ".cms"


def term_key(word: str) -> str:
    """A crude, deterministic stem: lower case, possessive and plural -s dropped.

    Lemmas would differ between the parsed text and the unparsed title; this does not, and
    the clusterer only needs "troops" and "troop" to meet.
    """
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


@functools.cache
def english_stop_words() -> frozenset[str]:
    """scikit-learn's English stop words, read once from a data file: importing scikit-learn
    for them cost each worker process about 0.9 s CPU."""
    return Lexicons.load().words("english_stop_words.txt")


@functools.cache
def url_stop_words() -> frozenset[str]:
    """Generic words of URL paths (sections, page kinds), read once from a data file."""
    return Lexicons.load().words("url_stop_words.txt")


def slug_words(url: str, stop: frozenset[str] | None = None) -> list[str]:
    """The words of a web address's slug, lower case, in order (what MiniLM reads of it).

    The slug is the path segment with the most words, when it has at least `URL_SLUG_PARTS`;
    its words are the parts between punctuation that are all letters and longer than two
    (numbers, dates, ids and hashes, which hold digits, go, and so do outlets' two-letter
    codes) and are no generic path words (`stop`, by default `url_stop_words.txt`). The host,
    the query and a file extension are never read, and an address that is not http(s) has
    no words.

    >>> slug_words("http://www.livemint.com/Politics/H2EvwJSK2VE6/Feds-Plosser-sees-a-high-bar.html")
    ['feds', 'plosser', 'sees', 'high', 'bar']
    >>> slug_words("http://www.latimes.com/business/la-fi-mo-fed-plosser-20140310,0,1312750.story")
    ['fed', 'plosser']
    >>> slug_words("http://www.usatoday.com/videos/2014/03/10/6252067/"), slug_words("1_1ecbplus")
    ([], [])
    """
    try:
        parts = urlsplit(url.strip())
    except ValueError:  # a malformed address (an unbalanced "[" in the host)
        return []
    if parts.scheme.lower() not in ("http", "https"):
        return []
    slug: list[str] = []
    for segment in unquote(parts.path).split("/"):
        # a "\" before an escaped query ("...story\?track=rss") and the extension go first
        segment = _URL_EXTENSION.sub("", segment.rstrip("\\"))
        words = [w for w in _URL_PART.findall(segment) if w.isalpha()]
        if len(words) >= URL_SLUG_PARTS and len(words) >= len(slug):  # ties: the later one
            slug = words
    if stop is None:
        stop = url_stop_words()
    lowered = (w.lower() for w in slug)
    return [w for w in lowered if len(w) > 2 and w not in stop]


def url_words(url: str, stop: frozenset[str] | None = None) -> list[str]:
    """Term keys of the slug's words (`slug_words`) that are no English stop words.

    >>> url_words("http://www.livemint.com/Politics/H2EvwJSK2VE6/Feds-Plosser-sees-a-high-bar.html")
    ['fed', 'plosser', 'see', 'high', 'bar']
    """
    english = english_stop_words()
    return [term_key(w) for w in slug_words(url, stop) if w not in english]


def short_text(title: str, text: str) -> bool:
    """Whether an article is short enough to take its URL's words (a headline)."""
    full = f"{title}\n{text}" if title else text
    return len(_WORD.findall(full)) < URL_WORDS_MAX_TEXT


def title_words(title: str, *, keep_names: bool = False) -> list[tuple[str, str]]:
    """(term key, word as written in lower case) for each content word of a headline, the
    words `title_terms` holds the keys of. With `keep_names`, a name keeps its capitals
    ("Nord", "NATO"): a capitalised word after the first, or an all-capital one anywhere,
    unless the headline capitalises most of its words ("Refuses To Shut NATO Door"), where
    capitals tell no names apart and only the all-capital words keep theirs; a headline
    mostly in capitals keeps none."""
    words = _WORD.findall(title)
    title_case = keep_names and sum(w[:1].isupper() for w in words) * 2 > len(words) + 1
    shouted = keep_names and sum(w.isupper() for w in words) * 2 > len(words)  # ALL CAPS

    def written(i: int, word: str) -> str:
        if shouted:
            return word.lower()
        if keep_names and len(word) > 1 and word.isupper():
            return word
        if keep_names and i > 0 and not title_case and word[:1].isupper():
            return word
        return word.lower()

    return [
        (term_key(w), _POSSESSIVE_END.sub("", written(i, w)))
        for i, w in enumerate(words)
        if _content_word(w)
    ]


def _content_word(word: str) -> bool:
    return len(word) > 1 and word.lower() not in english_stop_words() and not word.isdigit()


def entity_keys(text: str) -> list[str]:
    """Keys of one entity mention: the whole name, and its last word for multi-word names.

    "Lindsay Lohan" gives "lindsay lohan" and "lohan", so a later "Lohan" meets it.
    """
    words = [w.lower() for w in _WORD.findall(text)]
    if words and words[0] == "the":
        words = words[1:]
    if not words:
        return []
    keys = [" ".join(words)]
    if len(words) > 1 and len(words[-1]) > 2:
        keys.append(words[-1])
    return keys


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """Word shingles of a text, lower case, punctuation dropped."""
    return _word_shingles([w.lower() for w in _WORD.findall(text)], size)


def _word_shingles(words: Sequence[str], size: int = SHINGLE_WORDS) -> set[str]:
    """Shingles of words already split and lower-cased (the article's words are split once)."""
    if len(words) < size:
        return {" ".join(words)} if words else set()
    # Each shingle is the words at i, i + 1, ...: the word lists shifted by 0 .. size - 1,
    # zipped (the same strings as joining every slice, without a slice each).
    return set(map(" ".join, zip(*(words[k:] for k in range(size)), strict=False)))


# MurmurHash3's 32-bit finaliser, which datasketch's affine32 scheme applies to each hash first.
_FMIX32 = tuple(np.uint32(c) for c in (16, 0x85EBCA6B, 13, 0xC2B2AE35, 16))
_EMPTY32 = np.uint32((1 << 32) - 1)
_SHA1_WORDS = 5  # a SHA-1 digest is 20 bytes: five 32-bit words


@functools.cache
def _permutations(num_perm: int) -> tuple[Any, Any]:
    """datasketch's affine32 permutations for seed 1 (`MinHash._init_permutations`), drawn
    the same way. The permutations depend only on the seed and their number; drawing them
    again for every article cost a third of the signature."""
    gen = np.random.RandomState(1)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def minhash_signature(items: set[str], num_perm: int = NUM_PERM) -> tuple[int, ...]:
    """A MinHash signature: datasketch's `MinHash(num_perm, seed=1, scheme="affine32")` after
    `update_batch` of the items' UTF-8 bytes, computed here with the same numpy operations
    (a test compares the two). Importing datasketch in every worker process, which imports
    SciPy, cost 0.47 s CPU; the driver's near-duplicate index does
    without it too (`neardup._BandIndex`)."""
    a, b = _permutations(num_perm)
    if not items:
        return (int(_EMPTY32),) * num_perm
    # sha1_hash32: the first 4 bytes of each SHA-1, little-endian, read for all items in one
    # numpy call rather than one struct.unpack each. The items need no order: the signature is
    # a minimum over them.
    sha1 = hashlib.sha1
    digests = b"".join([sha1(s).digest() for s in _utf8(items)])
    hashes = np.frombuffer(digests, dtype="<u4")[::_SHA1_WORDS]
    hv = hashes.astype(np.uint32).reshape(-1, 1)
    s1, m1, s2, m2, s3 = _FMIX32
    hv = hv ^ (hv >> s1)
    hv = hv * m1
    hv = hv ^ (hv >> s2)
    hv = hv * m2
    hv = hv ^ (hv >> s3)
    # datasketch then takes the minimum with its initial values, all ones (_EMPTY32), which no
    # 32-bit value exceeds: the minimum over the items is the signature.
    return tuple((hv * a + b).min(axis=0).tolist())


def _utf8(items: set[str]) -> list[bytes]:
    """Each item's UTF-8 bytes, encoded in one call: the items joined at a character none of
    them holds (a shingle has no NUL) and split again, which UTF-8 allows (it writes no zero
    byte inside another character). An encode call per item cost a fifth of the signature."""
    joined = "\0".join(items)
    if joined.count("\0") != len(items) - 1:  # an item with a NUL of its own
        return [s.encode() for s in items]
    return joined.encode().split(b"\0")


def _quotes(text: str) -> tuple[str, ...]:
    found = set()
    for match in _QUOTE.finditer(text):
        words = [w.lower() for w in _WORD.findall(match.group(1))]
        if len(words) >= 5:
            found.add(" ".join(words))
    return tuple(sorted(found))


def _figure_keys(figures: Sequence[Figure]) -> tuple[str, ...]:
    return tuple(sorted({f"{f.measures}={f.number:g}" for f in figures}))


def _token_terms(
    doc: ParsedDoc, keys: dict[str, str | None] | None = None, nouns: set[str] | None = None
) -> Counter[str]:
    """Term counts of the document's content words (tagged noun, verb, name, ...).

    A word's key is worked out once: most content words recur, within an article and across
    articles, and the stop-word test and the stem were half the cost of this loop. `keys`
    (word -> its term key, None when it is no content word) is remembered across documents
    when given (`extract_story_features` keeps one per Lexicons, as the actor scan keeps its
    answers), cleared when full so that memory stays flat. `nouns`, when given, collects
    the keys of the words tagged noun or name.
    """
    terms: Counter[str] = Counter()
    if keys is None:
        keys = {}
    elif len(keys) >= _KNOWN_TERMS:
        keys.clear()
    for token in doc.tokens:
        if token.pos not in _CONTENT_POS:
            continue
        word = token.text
        if word in keys:
            key = keys[word]
        else:
            content = _content_word(word) and word[:1].isalnum()
            key = keys[word] = term_key(word) if content else None
        if key is not None:
            terms[key] += 1
            if nouns is not None and token.pos in _NOUN_POS:
                nouns.add(key)
    return terms


_KNOWN_TERMS = 200_000  # words whose term key `_token_terms` remembers, a few MB


def _no_keys(_lexicons: Lexicons) -> dict[str, str | None]:
    return {}


def text_date(doc: ParsedDoc, timexes: Sequence[Timex]) -> datetime | None:
    """The first day the text names outright ("on December 8, 2021"), at noon UTC.

    Only for an article without a publication date, where every date found is absolute (a
    relative one is left unresolved): the lead usually dates the news it reports, and the
    clusterer needs some time to place the article among the stories of that time.
    """
    if doc.published is not None:
        return None
    for t in sorted(timexes, key=lambda t: t.start):
        if t.type == "DATE" and t.resolved and (m := _DAY_VALUE.fullmatch(t.value)):
            try:
                return datetime(int(m[1]), int(m[2]), int(m[3]), 12, tzinfo=UTC)
            except ValueError:  # "February 30": not a day
                continue
    return None


def extract_story_features(
    doc: ParsedDoc,
    lexicons: Lexicons,
    figures: Sequence[Figure] | None = None,
    timexes: Sequence[Timex] | None = None,
) -> list[StoryFeatures]:
    """The features of one article (a list of one, like every extractor).

    `figures` and `timexes` are the article's figures and time expressions when figures.v2
    and timex.v1 ran before (the pipeline passes them); otherwise they are extracted here
    (the time expressions only for an article without a publication date).
    """
    nouns: set[str] = set()
    terms = _token_terms(doc, lexicons.derived("story_features.term_keys", _no_keys), nouns)
    title_terms = [term_key(w) for w in _WORD.findall(doc.title) if _content_word(w)]
    terms.update(title_terms)
    text = f"{doc.title}\n{doc.text}" if doc.title else doc.text
    words = _WORD.findall(text)  # split once: the word count and the shingles
    if doc.url and len(words) < URL_WORDS_MAX_TEXT:
        _add_url_words(terms, url_words(doc.url, lexicons.words("url_stop_words.txt")))
    entities: Counter[str] = Counter()
    keys_of: dict[str, list[str]] = {}  # an article names the same entity again and again
    for start, end, label in doc.ents:
        if label in _ENTITY_LABELS and end <= len(doc.tokens):
            first, last = doc.tokens[start], doc.tokens[end - 1]
            name = doc.text[first.idx : last.idx + len(last.text)]
            keys = keys_of.get(name)
            if keys is None:
                keys = keys_of[name] = entity_keys(name)
            entities.update(keys)
    if figures is None:
        figures = extract_figures(doc, lexicons)
    if timexes is None and doc.published is None:
        timexes = extract_timexes(doc, lexicons)
    return [
        StoryFeatures(
            article_id=doc.article_id,
            published=doc.published,
            outlet=doc.outlet,
            title=doc.title,
            n_words=len(words),
            terms=tuple(sorted(terms.items())),
            entities=tuple(sorted(entities.items())),
            title_terms=_label_terms(title_terms, nouns),
            figures=_figure_keys(figures),
            quotes=_quotes(doc.text),
            minhash=minhash_signature(_word_shingles([w.lower() for w in words])),
            text_date=text_date(doc, timexes or ()),
        )
    ]


def _label_terms(title_terms: Sequence[str], nouns: set[str]) -> tuple[str, ...]:
    """The headline words a story label may use: those the text also uses as a noun or a
    name ("troops", "recognition"), not the headline's verbs and adjectives ("sees", "moral",
    "recognises"), which the headline alone cannot tell apart; all of them when the text
    has no noun to compare with (a headline-only article)."""
    if not nouns:
        return tuple(sorted(set(title_terms)))
    return tuple(sorted(set(title_terms) & nouns))


def _add_url_words(terms: Counter[str], found: Sequence[str]) -> None:
    """Count the URL words the text lacks, once each: a word it has already counts, and
    counting it again would only make the slug repeat the headline louder."""
    for key in dict.fromkeys(found):
        if key not in terms:
            terms[key] = 1


def features_from_text(
    article_id: str,
    text: str,
    *,
    title: str = "",
    outlet: str = "",
    published=None,
    entities: list[str] = (),  # type: ignore[assignment]
    url: str = "",
) -> StoryFeatures:
    """Features of an unparsed text (tests, benchmarks): every word counts, no figures; a
    short text takes its URL's words as `extract_story_features` does."""
    terms = Counter(term_key(w) for w in _WORD.findall(f"{title} {text}") if _content_word(w))
    keys: Counter[str] = Counter()
    for name in entities:
        keys.update(entity_keys(name))
    full = f"{title}\n{text}" if title else text
    if url and short_text(title, text):
        _add_url_words(terms, url_words(url))
    return StoryFeatures(
        article_id=article_id,
        published=published,
        outlet=outlet,
        title=title,
        n_words=len(_WORD.findall(full)),
        terms=tuple(sorted(terms.items())),
        entities=tuple(sorted(keys.items())),
        title_terms=tuple(sorted({term_key(w) for w in _WORD.findall(title) if _content_word(w)})),
        quotes=_quotes(text),
        minhash=minhash_signature(shingles(full)),
    )
