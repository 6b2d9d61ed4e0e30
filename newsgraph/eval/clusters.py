"""Story clustering measured against gold clusters.

Readers turn a gold file into `GoldDoc`s (an Article plus its gold cluster), in the order
the clusterer sees them (publication order where the data has dates, file order otherwise):

* `ecbplus`: ECB+ JSONL (`doc_id`, `event_cluster`, `text`); no dates. The documents of
  one of the two events of every topic (the "ecbplus" half) begin with their source URL,
  tokenised ("http: / / www. ..."), and the others do not: left in the text, the URL's
  words ("http", "www", "com") would be shared by exactly one event of each topic and tell
  the two apart for free, so the reader drops that line. It does not keep it as
  `Article.url` either: story features read the words of a short text's URL
  (`story_features.url_words`), and no ECB+ article gets a URL, so none can.
* `uci`: the UCI News Aggregator CSV (`TITLE`, `STORY`, `PUBLISHER`, `TIMESTAMP` in ms);
  headlines only.
* `sample`: our corpus gold (`gold/articles/*.json`, keys `url`, `story`, `copy_of`); the
  articles are read from the corpus files by the ingest stage and matched by url.

Metrics (`score`):

* pairwise precision / recall / F1 by pair counting, as in Miranda et al. (2018): a pair of
  documents is a true positive when both clusterings put it together;
* BCubed precision / recall / F1 (Bagga and Baldwin 1998), averaged over documents;
* adjusted Rand index and adjusted mutual information (scikit-learn).

With no predicted (or gold) pair at all, pairwise precision (or recall) is 1.0: nothing
claimed, nothing wrong.
"""

from __future__ import annotations

import csv
import json
import logging
import re
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..errors import InputError
from ..types import Article, StoryFeatures, article_id

__all__ = [
    "GoldDoc",
    "ClusterScores",
    "score",
    "read_gold",
    "read_ecbplus",
    "read_uci",
    "read_sample",
    "features_for",
    "evaluate",
    "FORMATS",
    "SPLITS",
    "split_docs",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class GoldDoc:
    """One document of a gold set: the article and its gold cluster label."""

    article: Article
    gold: str
    copy_of: str | None = None  # id of the article this one copies (sample corpus only)
    topic: str = ""  # what the dev / held-out split goes by (ECB+: the topic); "" = gold


@dataclass(frozen=True, slots=True)
class ClusterScores:
    pairwise_p: float
    pairwise_r: float
    pairwise_f1: float
    b3_p: float
    b3_r: float
    b3_f1: float
    ari: float
    ami: float
    n_docs: int
    n_gold_clusters: int
    n_pred_clusters: int

    def as_dict(self) -> dict[str, float | int]:
        return {name: getattr(self, name) for name in self.__slots__}  # type: ignore[attr-defined]


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r > 0 else 0.0


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def score(gold: Sequence[str], predicted: Sequence[str]) -> ClusterScores:
    """All cluster metrics of `predicted` labels against `gold` labels (same order).

    >>> s = score(["a", "a", "b", "b"], ["x", "x", "x", "y"])
    >>> round(s.pairwise_p, 3), round(s.pairwise_r, 3), round(s.b3_p, 3), round(s.b3_r, 3)
    (0.333, 0.5, 0.667, 0.75)
    """
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold labels but {len(predicted)} predicted")
    from sklearn.metrics import adjusted_mutual_info_score, adjusted_rand_score

    n = len(gold)
    cells = Counter(zip(predicted, gold, strict=True))
    pred_sizes = Counter(predicted)
    gold_sizes = Counter(gold)
    together = sum(_pairs(c) for c in cells.values())
    pred_pairs = sum(_pairs(c) for c in pred_sizes.values())
    gold_pairs = sum(_pairs(c) for c in gold_sizes.values())
    pw_p = together / pred_pairs if pred_pairs else 1.0
    pw_r = together / gold_pairs if gold_pairs else 1.0
    b3_p = sum(c * c / pred_sizes[p] for (p, _), c in cells.items()) / n if n else 1.0
    b3_r = sum(c * c / gold_sizes[g] for (_, g), c in cells.items()) / n if n else 1.0
    return ClusterScores(
        pairwise_p=pw_p,
        pairwise_r=pw_r,
        pairwise_f1=_f1(pw_p, pw_r),
        b3_p=b3_p,
        b3_r=b3_r,
        b3_f1=_f1(b3_p, b3_r),
        ari=float(adjusted_rand_score(gold, predicted)) if n else 1.0,
        ami=float(adjusted_mutual_info_score(gold, predicted)) if n else 1.0,
        n_docs=n,
        n_gold_clusters=len(gold_sizes),
        n_pred_clusters=len(pred_sizes),
    )


# -- readers ---------------------------------------------------------------------------------


_URL_LINE = re.compile(r"https?\s*:\s*/\s*/\s*\S.*")


def _split_url_line(text: str) -> tuple[str, str]:
    """(url, rest) when the text's first line is a tokenised URL, else ("", text)."""
    first, _, rest = text.partition("\n")
    if _URL_LINE.fullmatch(first.strip()):
        return first.replace(" ", ""), rest
    return "", text


def read_ecbplus(path: str | Path) -> list[GoldDoc]:
    """ECB+ documents in file order, a leading URL line dropped (no dates, no URLs)."""
    docs = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                text, label, doc = row["text"], str(row["event_cluster"]), str(row["doc_id"])
            except (ValueError, KeyError) as err:
                raise InputError(f"{path}:{number}: not an ECB+ record ({err})") from err
            _url, body = _split_url_line(text)
            article = Article(id=article_id(f"{doc}\n{text}"), text=body)
            docs.append(GoldDoc(article, label, topic=str(row.get("topic", ""))))
    return docs


def read_uci(path: str | Path) -> list[GoldDoc]:
    """UCI News Aggregator headlines, ordered by timestamp (ties: file order)."""
    docs = []
    with open(path, encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle), 2):
            try:
                title, story = row["TITLE"], row["STORY"]
                published = datetime.fromtimestamp(int(row["TIMESTAMP"]) / 1000, UTC)
            except (KeyError, ValueError, TypeError) as err:
                raise InputError(f"{path}:{number}: not a UCI News Aggregator row ({err})") from err
            article = Article(
                id=article_id(f"{row.get('ID', number)}\n{title}"),
                text=title,
                url=row.get("URL", ""),
                outlet=row.get("PUBLISHER", ""),
                published=published,
            )
            docs.append(GoldDoc(article, story))
    return sorted(docs, key=lambda d: d.article.published or datetime.min.replace(tzinfo=UTC))


def read_sample(path: str | Path) -> list[GoldDoc]:
    """Our corpus gold: `path` is the corpus directory or its gold/articles directory."""
    root = Path(path)
    gold_dir = root / "gold" / "articles" if (root / "gold").is_dir() else root
    corpus = gold_dir.parent.parent
    records = [json.loads(p.read_text("utf-8")) for p in sorted(gold_dir.glob("*.json"))]
    if not records:
        raise InputError(f"no gold/articles/*.json under {root}")
    from ..config import Settings
    from ..ingest import read_paths  # the sample's files are in every input format

    by_url: dict[str, Article] = {}
    by_file: dict[tuple[str, int | None], Article] = {}
    for item in read_paths([str(corpus)], Settings()):
        if isinstance(item, Article):
            by_url.setdefault(item.url, item)
            rel = str(Path(item.source_path).resolve().relative_to(corpus.resolve()))
            by_file[(rel, item.source_line)] = item
    docs = []
    for record in records:
        article = by_url.get(record["url"]) or by_file.get((record["file"], record["record"]))
        if article is None:
            log.warning("gold article %s not found in %s", record["url"], corpus)
            continue
        docs.append(GoldDoc(article, record["story"], record.get("copy_of")))
    ids = {d.article.url: d.article.id for d in docs}
    docs = [GoldDoc(d.article, d.gold, ids.get(d.copy_of) if d.copy_of else None) for d in docs]
    return sorted(docs, key=_publication_order)


def _publication_order(doc: GoldDoc) -> tuple[datetime, str]:
    # Undated articles go last: they can join a story but never open one before its news.
    published = doc.article.published or datetime.max.replace(tzinfo=UTC)
    return published, doc.article.id


FORMATS: dict[str, Callable[[str | Path], list[GoldDoc]]] = {
    "ecbplus": read_ecbplus,
    "uci": read_uci,
    "sample": read_sample,
}


SPLITS = ("all", "dev", "heldout")


def split_docs(docs: Sequence[GoldDoc], split: str) -> list[GoldDoc]:
    """The dev or held-out part of a gold set: whole topics (ECB+) or whole gold clusters,
    picked by a hash of their name, so a part never shares a cluster with the other."""
    if split not in SPLITS:
        raise InputError(f"unknown split {split!r}; use one of {', '.join(SPLITS)}")
    if split == "all":
        return list(docs)
    want = 0 if split == "dev" else 1
    return [d for d in docs if zlib.crc32((d.topic or d.gold).encode("utf-8")) % 2 == want]


def read_gold(path: str | Path, fmt: str) -> list[GoldDoc]:
    if fmt not in FORMATS:
        raise InputError(f"unknown gold format {fmt!r}; use one of {', '.join(FORMATS)}")
    if not Path(path).exists():
        raise InputError(f"gold file {path} does not exist")
    return FORMATS[fmt](path)


# -- running ---------------------------------------------------------------------------------


def features_for(
    articles: Iterable[Article],
    model_name: str = "",
    batch_size: int = 64,
    *,
    embeddings: bool = False,
) -> list[StoryFeatures]:
    """Parse articles with the spaCy model and compute their story features (in order);
    with `embeddings`, those of story_features.minilm.v4 (encoded a batch at a time)."""
    from ..extract.story_embedding import embedding_text, with_embeddings
    from ..extract.story_features import extract_story_features
    from ..lexicons import Lexicons
    from ..nlp import load_model, parse, resolve_model_name

    nlp = load_model(resolve_model_name(model_name))
    lexicons = Lexicons.load()
    found, texts = [], []
    for doc in parse(list(articles), nlp, batch_size=batch_size):
        for features in extract_story_features(doc, lexicons):
            found.append(features)
            texts.append(embedding_text(doc.title, doc.text, url=doc.url))
    return with_embeddings(found, texts) if embeddings else found


def evaluate(
    docs: Sequence[GoldDoc],
    features: Sequence[StoryFeatures] | None = None,
    *,
    model_name: str = "",
    embeddings: bool = False,
) -> ClusterScores:
    """Cluster the gold documents with the default settings and score the result."""
    from ..stories import assign_stories, clustering_order

    if features is None:
        features = features_for((d.article for d in docs), model_name, embeddings=embeddings)
    assigned = assign_stories(clustering_order(features))
    predicted = [assigned[f.article_id].story_id for f in features]
    return score([d.gold for d in docs], predicted)
