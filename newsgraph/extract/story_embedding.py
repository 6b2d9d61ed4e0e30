"""Story features with a MiniLM embedding of the article's title and lead (optional).

`story_features.minilm.v4` is `story_features.v4` plus `StoryFeatures.embedding`: the unit
vector of the title and the first `LEAD_CHARS` characters of the text (the model reads at most
256 tokens anyway, and a news lead says what the story is), packed as float16 base64. A short
text (a headline) is read with its URL's slug words after it, as story_features.v4 counts
them (v1 read the headline alone). It runs
only when asked (`Settings.embeddings`, `--embeddings`) and needs the `embeddings` extra; the
encoder is loaded once per worker process.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from ..lexicons import Lexicons
from ..types import Figure, ParsedDoc, StoryFeatures, Timex
from .story_features import extract_story_features, short_text, slug_words

__all__ = ["LEAD_CHARS", "embedding_text", "extract_story_features_minilm", "with_embeddings"]

LEAD_CHARS = 1000  # about 180 words: more than the model's 256 tokens rarely reach


def embedding_text(title: str, text: str, lead_chars: int = LEAD_CHARS, *, url: str = "") -> str:
    """The title, then the lead of the text cut at a space (a headline-only text once); a
    short text then takes its URL's slug words (`slug_words`) on a line of their own.

    >>> embedding_text("Quake hits Chile", "A strong earthquake struck northern Chile.", 30)
    'Quake hits Chile\\nA strong earthquake struck'
    >>> embedding_text("", "Apple unveils iPhone 6")
    'Apple unveils iPhone 6'
    >>> embedding_text("", "Apple unveils iPhone 6", url="http://a.com/2014/apple-unveils-iphone-6-in-cupertino")
    'Apple unveils iPhone 6\\napple unveils iphone cupertino'
    """  # noqa: E501
    lead = " ".join(text.split())
    if len(lead) > lead_chars:
        cut = lead.rfind(" ", 0, lead_chars + 1)
        lead = lead[: cut if cut > 0 else lead_chars]
    title = " ".join(title.split())
    if title and not lead.startswith(title):
        lead = f"{title}\n{lead}" if lead else title
    slug = slug_words(url) if url and short_text(title, text) else []
    return f"{lead}\n{' '.join(slug)}" if slug else lead


def with_embeddings(features: Sequence[StoryFeatures], texts: Sequence[str]) -> list[StoryFeatures]:
    """The features with the embeddings of `texts` (one text per feature, same order)."""
    from ..embeddings import encoder, pack

    vectors = encoder().encode(list(texts)) if texts else []
    return [
        dataclasses.replace(f, embedding=pack(v)) for f, v in zip(features, vectors, strict=True)
    ]


def extract_story_features_minilm(
    doc: ParsedDoc,
    lexicons: Lexicons,
    figures: Sequence[Figure] | None = None,
    timexes: Sequence[Timex] | None = None,
) -> list[StoryFeatures]:
    """`extract_story_features` with the embedding of the title and lead."""
    found = extract_story_features(doc, lexicons, figures=figures, timexes=timexes)
    text = embedding_text(doc.title, doc.text, url=doc.url)
    return with_embeddings(found, [text] * len(found))
