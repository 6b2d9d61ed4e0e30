"""Named-entity mentions: the spans later stages resolve to actors."""

from __future__ import annotations

from ..lexicons import Lexicons
from ..types import Mention, ParsedDoc
from .coref import sentence_numbers

__all__ = ["extract_entities", "ENTITY_LABELS"]

# Names of things that can act or be acted on. Numbers and dates (CARDINAL, DATE, ...) are
# left to the figures and timex extractors.
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW"})


def extract_entities(doc: ParsedDoc, lexicons: Lexicons | None = None) -> list[Mention]:
    """One Mention per named entity of an actor-like label, sorted by position."""
    if not doc.ents or not doc.tokens:
        return []
    sentence = sentence_numbers(doc.sents, len(doc.tokens))
    mentions = []
    for start, end, label in doc.ents:
        if label not in ENTITY_LABELS:
            continue
        first, last = doc.tokens[start], doc.tokens[end - 1]
        char_start, char_end = first.idx, last.idx + len(last.text)
        mentions.append(
            Mention(
                article_id=doc.article_id,
                start=char_start,
                end=char_end,
                sentence=sentence[start],
                text=doc.text[char_start:char_end],
                label=label,
            )
        )
    return sorted(mentions, key=lambda m: (m.start, m.end, m.label))
