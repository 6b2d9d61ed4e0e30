"""A short extractive summary of a story: its most central sentences across independent sources.

A sentence is central when what it says is also said by the *other* outlets of the story: each
sentence is a tf-idf vector over the story's sentences, each outlet's coverage is the normalised
sum of its sentence vectors, and a sentence scores the mean cosine similarity to the other
outlets' coverage (LexRank's idea, made linear in the number of sentences). Copies of another
article (`near_dup_of`) are left out, so a syndicated story does not vote twice. With one outlet
the score is the similarity to that outlet's own coverage, with a small bonus for the lead.
Picked sentences are kept apart (no two near-repeats) and shown in reading order.

    >>> sents = split_sentences("Talks open in Geneva. Mr. Lavrov spoke first. Nothing else.")
    >>> [s for s, _ in sents]
    [0, 22, 46]
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["Candidate", "Pick", "split_sentences", "summarise", "similarity_vector"]

#: Sentences shorter or longer than this (in words) are datelines, captions or lists.
MIN_WORDS = 6
MAX_WORDS = 70
#: Two sentences at least this similar say the same thing: only the better one is picked.
REDUNDANCY = 0.5
#: A sentence of another outlet at least this similar counts as that outlet reporting it too.
SUPPORT = 0.25
#: Weight of the lead bonus when a story has a single outlet: news puts the gist first.
LEAD_BONUS = 0.1

# A sentence ends at . ! or ? (maybe followed by closing quotes or brackets), then space, then
# something that can start a sentence; a line break always ends one.
_END = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_BREAK = re.compile(r"\n\s*")
# The word before a full stop that is not a sentence end: one letter ("J. Smith") or dotted
# initials ("U.S."), or a short title-case abbreviation ("Mr.", "Gen.", "Jan.").
_ABBREV = re.compile(r"(?:\b[A-Za-z]|\b(?:[A-Za-z]\.)+[A-Za-z]|\b[A-Z][a-z]{1,2})\.$")
_WORD = re.compile(r"\w+", re.UNICODE)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans (start, end) of the sentences of `text`, trimmed of surrounding space."""
    spans: list[tuple[int, int]] = []
    for block in _blocks(text):
        start = block[0]
        for match in _END.finditer(text, block[0], block[1]):
            before = text[max(block[0], match.start() - 12) : match.start() + 1]
            if text[match.start()] == "." and _ABBREV.search(before):
                continue
            spans.append((start, match.start() + len(match.group(0).rstrip())))
            start = match.end()
        spans.append((start, block[1]))
    return [_trim(text, s, e) for s, e in spans if text[s:e].strip()]


def _blocks(text: str) -> list[tuple[int, int]]:
    blocks, start = [], 0
    for match in _BREAK.finditer(text):
        blocks.append((start, match.start()))
        start = match.end()
    blocks.append((start, len(text)))
    return [(s, e) for s, e in blocks if e > s]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@dataclass(frozen=True, slots=True)
class Candidate:
    """A sentence that may enter the summary. `order` sorts candidates into reading order."""

    key: str  # any id the caller can map back (article id and offset)
    outlet: str
    text: str
    order: tuple[str, int]  # (published or '', position in the story's reading order)
    position: int  # index of the sentence in its article


@dataclass(frozen=True, slots=True)
class Pick:
    """A summary sentence: the candidate, its score, and the other outlets that report it."""

    candidate: Candidate
    score: float
    also_in: tuple[str, ...]


def _terms(text: str) -> Counter[str]:
    return Counter(w.casefold() for w in _WORD.findall(text) if len(w) > 1)


def similarity_vector(texts: Sequence[str]) -> list[dict[str, float]]:
    """Unit-length tf-idf vectors of `texts`, idf taken over `texts` themselves.

    Words in every text get weight 0, so function words drop out without a stop list.
    """
    counts = [_terms(t) for t in texts]
    df: Counter[str] = Counter()
    for c in counts:
        df.update(c.keys())
    n = len(texts)
    vectors = []
    for c in counts:
        vec = {w: (1 + math.log(tf)) * math.log(n / df[w]) for w, tf in c.items()}
        vectors.append(_unit({w: v for w, v in vec.items() if v > 0}))
    return vectors


def _unit(vec: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in vec.values()))
    return {w: v / norm for w, v in vec.items()} if norm else {}


def _dot(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(w, 0.0) for w, v in a.items())


def summarise(candidates: Sequence[Candidate], k: int) -> list[Pick]:
    """The `k` most central, mutually distinct candidates, in reading order."""
    usable = [c for c in candidates if MIN_WORDS <= len(_WORD.findall(c.text)) <= MAX_WORDS]
    if not usable or k <= 0:
        return []
    vectors = similarity_vector([c.text for c in usable])
    outlets = sorted({c.outlet for c in usable})
    coverage: dict[str, dict[str, float]] = {}
    for outlet in outlets:
        total: dict[str, float] = {}
        for cand, vec in zip(usable, vectors, strict=True):
            if cand.outlet == outlet:
                for w, v in vec.items():
                    total[w] = total.get(w, 0.0) + v
        coverage[outlet] = _unit(total)

    scored: list[tuple[float, int]] = []
    for i, (cand, vec) in enumerate(zip(usable, vectors, strict=True)):
        others = [o for o in outlets if o != cand.outlet]
        if others:
            score = sum(_dot(vec, coverage[o]) for o in others) / len(others)
        else:
            score = _dot(vec, coverage[cand.outlet]) + LEAD_BONUS / (1 + cand.position)
        scored.append((score, i))
    # Best first; ties go to the earlier sentence so the result does not depend on input order.
    scored.sort(key=lambda si: (-si[0], usable[si[1]].order, usable[si[1]].key))

    chosen: list[tuple[float, int]] = []
    for score, i in scored:
        if len(chosen) == k:
            break
        if score <= 0:
            break
        if any(_dot(vectors[i], vectors[j]) >= REDUNDANCY for _, j in chosen):
            continue
        chosen.append((score, i))

    picks = []
    for score, i in sorted(chosen, key=lambda si: usable[si[1]].order):
        cand = usable[i]
        also = sorted(
            {
                other.outlet
                for other, vec in zip(usable, vectors, strict=True)
                if other.outlet != cand.outlet and _dot(vectors[i], vec) >= SUPPORT
            }
        )
        picks.append(Pick(candidate=cand, score=round(score, 4), also_in=tuple(also)))
    return picks
