"""Per-article features for story clustering and near-duplicate detection.

Computed in the extract stage, where the parsed document is at hand, so the main process
clusters articles with plain dictionaries and needs no spaCy. Everything here is a pure
function of the document: the MinHash permutations come from a fixed seed.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

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
    "NUM_PERM",
]

NUM_PERM = 64  # MinHash permutations: Jaccard estimates within about +-0.06
MINHASH_SCHEME = "affine32"
SHINGLE_WORDS = 4  # word shingles: long enough that shared stock phrases rarely match
LEAD_SENTS = 1
LEAD_EXTRA = 0
LEAD_EXTRA_ENTS = 0
_CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM", "X"})
# Names of things; DATE is left out because "Tuesday" joins unrelated stories.
_ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT"})
# Where an event happened: places, not the people or organisations involved.
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_DATE_VALUE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
_QUOTE = re.compile(r"[\"“”]([^\"“”]{20,400})[\"“”]")


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


def _content_word(word: str) -> bool:
    return len(word) > 1 and word.lower() not in ENGLISH_STOP_WORDS and not word.isdigit()


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
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


@functools.cache
def _permutations(num_perm: int) -> Any:
    # The permutations depend only on the seed and their number; drawing them again for
    # every article cost a third of the signature.
    from datasketch import MinHash

    return MinHash(num_perm=num_perm, seed=1, scheme=MINHASH_SCHEME).permutations


def minhash_signature(items: set[str], num_perm: int = NUM_PERM) -> tuple[int, ...]:
    """A MinHash signature (datasketch, affine32 scheme, fixed seed: deterministic)."""
    from datasketch import MinHash

    m = MinHash(
        num_perm=num_perm,
        seed=1,
        scheme=MINHASH_SCHEME,
        permutations=_permutations(num_perm),
    )
    m.update_batch([s.encode("utf-8") for s in sorted(items)])
    return tuple(int(v) for v in m.hashvalues)


def _quotes(text: str) -> tuple[str, ...]:
    found = set()
    for match in _QUOTE.finditer(text):
        words = [w.lower() for w in _WORD.findall(match.group(1))]
        if len(words) >= 5:
            found.add(" ".join(words))
    return tuple(sorted(found))


def _figure_keys(figures: Sequence[Figure]) -> tuple[str, ...]:
    return tuple(sorted({f"{f.measures}={f.number:g}" for f in figures}))


def _facts(doc: ParsedDoc, timexes: Sequence[Timex]) -> tuple[str, ...]:
    """When and where: "year:2008", "month:2008-12", "day:2008-12-06", "place:jakarta".

    Dates are the time stage's normalised DATE values ("Tuesday" resolved against the
    publication date, so two reports of one Tuesday meet), not the entity text; values it
    could not make concrete give nothing. Places are GPE / LOC / FAC names.
    """
    found: set[str] = set()
    for t in timexes:
        if t.type != "DATE" or not t.resolved:
            continue
        m = _DATE_VALUE.fullmatch(t.value)
        if m is None:
            continue
        year, month, day = m.groups()
        found.add(f"year:{year}")
        if month:
            found.add(f"month:{year}-{month}")
        if day:
            found.add(f"day:{year}-{month}-{day}")
    for start, end, label in doc.ents:
        if label in _PLACE_LABELS and end <= len(doc.tokens):
            first, last = doc.tokens[start], doc.tokens[end - 1]
            keys = entity_keys(doc.text[first.idx : last.idx + len(last.text)])
            if keys:
                found.add(f"place:{keys[0]}")
    lead_end = doc.sents[0][1] if doc.sents else 0
    for start, end, label in doc.ents:
        if label == "PERSON" and start < lead_end and end <= len(doc.tokens):
            first, last = doc.tokens[start], doc.tokens[end - 1]
            keys = entity_keys(doc.text[first.idx : last.idx + len(last.text)])
            if keys:
                found.add(f"who:{keys[-1]}")
    return tuple(sorted(found))


def extract_story_features(
    doc: ParsedDoc,
    lexicons: Lexicons,
    figures: Sequence[Figure] | None = None,
    timexes: Sequence[Timex] | None = None,
) -> list[StoryFeatures]:
    """The features of one article (a list of one, like every extractor).

    `figures` and `timexes` are the article's figures and time expressions when figures.v1
    and timex.v1 ran before (the pipeline passes them); otherwise they are extracted here.
    """
    terms: Counter[str] = Counter()
    lead_end = doc.sents[LEAD_SENTS - 1][1] if len(doc.sents) > LEAD_SENTS else 0
    for i, token in enumerate(doc.tokens):
        if token.pos in _CONTENT_POS and _content_word(token.text) and token.text[:1].isalnum():
            terms[term_key(token.text)] += 1 + (LEAD_EXTRA if i < lead_end else 0)
    title_terms = [term_key(w) for w in _WORD.findall(doc.title) if _content_word(w)]
    terms.update(title_terms)
    entities: Counter[str] = Counter()
    for start, end, label in doc.ents:
        if label in _ENTITY_LABELS and end <= len(doc.tokens):
            first, last = doc.tokens[start], doc.tokens[end - 1]
            for key in entity_keys(doc.text[first.idx : last.idx + len(last.text)]):
                entities[key] += 1 + (LEAD_EXTRA_ENTS if start < lead_end else 0)
    if figures is None:
        figures = extract_figures(doc, lexicons)
    text = f"{doc.title}\n{doc.text}" if doc.title else doc.text
    return [
        StoryFeatures(
            article_id=doc.article_id,
            published=doc.published,
            outlet=doc.outlet,
            title=doc.title,
            n_words=len(_WORD.findall(text)),
            terms=tuple(sorted(terms.items())),
            entities=tuple(sorted(entities.items())),
            title_terms=tuple(sorted(set(title_terms))),
            figures=_figure_keys(figures),
            quotes=_quotes(doc.text),
            minhash=minhash_signature(shingles(text)),
            facts=_facts(doc, extract_timexes(doc, lexicons) if timexes is None else timexes),
        )
    ]


def features_from_text(
    article_id: str,
    text: str,
    *,
    title: str = "",
    outlet: str = "",
    published=None,
    entities: list[str] = (),  # type: ignore[assignment]
) -> StoryFeatures:
    """Features of an unparsed text (tests, benchmarks): every word counts, no figures."""
    terms = Counter(term_key(w) for w in _WORD.findall(f"{title} {text}") if _content_word(w))
    keys: Counter[str] = Counter()
    for name in entities:
        keys.update(entity_keys(name))
    full = f"{title}\n{text}" if title else text
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
