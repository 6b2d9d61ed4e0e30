"""Rows of the stories stage: figures and story features per article (written with each
batch), and the SQL of the post-batch stories step (`newsgraph.stories.update_stories`).

Kept apart from `_store.py` and `queries.py` so the stories tables have one home.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from ..types import Figure, StoryFeatures
from .queries import insert_rows

__all__ = [
    "replace_figures",
    "replace_story_features",
    "features_from_json",
]

_INSERT_FIGURE = """
INSERT INTO figures (article_id, start, "end", sentence, text, value, value_max, qualifier, unit,
                     measures, extractor, low, high)
VALUES (:article_id, :start, :end, :sentence, :text, :value, :value_max, :qualifier, :unit,
        :measures, :extractor, :low, :high)
"""


def figure_row(figure: Figure, article_id: str, extractor: str = "") -> dict[str, Any]:
    # value_max is the top of a range the figure states ("tens of thousands": 20,000 to
    # 90,000); "up to" and "about" keep their bounds in low / high and their qualifier.
    ranged = figure.low == figure.number and figure.high is not None and figure.high > figure.low
    return {
        "article_id": article_id,
        "start": figure.start,
        "end": figure.end,
        "sentence": figure.sentence,
        "text": figure.text,
        "value": figure.number,
        "value_max": figure.high if ranged else None,
        "qualifier": figure.qualifier or None,
        "unit": figure.unit or None,
        "measures": figure.measures or None,
        "extractor": extractor,
        "low": figure.low,
        "high": figure.high,
    }


def replace_figures(
    conn: sqlite3.Connection, article_id: str, figures: Sequence[Figure], extractor: str = ""
) -> None:
    conn.execute("DELETE FROM figures WHERE article_id = ?", (article_id,))
    ordered = sorted(figures, key=lambda f: (f.start, f.end))
    insert_rows(conn, _INSERT_FIGURE, (figure_row(f, article_id, extractor) for f in ordered))


def features_to_json(features: StoryFeatures) -> str:
    published = features.published.isoformat() if features.published else None
    extra: dict[str, str] = {"embedding": features.embedding} if features.embedding else {}
    if features.text_date is not None:  # only an undated article: other rows stay as they were
        extra["text_date"] = features.text_date.strftime("%Y-%m-%dT%H:%M:%SZ")  # as published
    return json.dumps(
        {
            "published": published,
            "outlet": features.outlet,
            "title": features.title,
            "n_words": features.n_words,
            "terms": features.terms,
            "entities": features.entities,
            "title_terms": features.title_terms,
            "figures": features.figures,
            "quotes": features.quotes,
            "minhash": features.minhash,
            **extra,  # only with --embeddings: rows without one stay as they were
        },
        separators=(",", ":"),
    )


def features_from_json(article_id: str, text: str) -> StoryFeatures:
    d = json.loads(text)
    return StoryFeatures(
        article_id=article_id,
        published=datetime.fromisoformat(d["published"]) if d["published"] else None,
        outlet=d["outlet"],
        title=d["title"],
        n_words=int(d["n_words"]),
        terms=tuple([(k, int(v)) for k, v in d["terms"]]),
        entities=tuple([(k, int(v)) for k, v in d["entities"]]),
        title_terms=tuple(d["title_terms"]),
        figures=tuple(d["figures"]),
        quotes=tuple(d["quotes"]),
        minhash=tuple(map(int, d["minhash"])),
        embedding=d.get("embedding", ""),
        text_date=datetime.fromisoformat(d["text_date"]) if d.get("text_date") else None,
    )


def replace_story_features(
    conn: sqlite3.Connection,
    article_id: str,
    features: Iterable[StoryFeatures],
    extractor: str = "",
) -> None:
    conn.execute("DELETE FROM story_features WHERE article_id = ?", (article_id,))
    for f in features:
        conn.execute(
            "INSERT INTO story_features (article_id, features, extractor) VALUES (?, ?, ?)",
            (article_id, features_to_json(f), extractor),
        )
