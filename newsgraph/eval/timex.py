"""Time-expression evaluation: gold readers and the TempEval-3 metrics.

Readers turn a gold file into `GoldDoc`s (text, publication date, gold TIMEX3 spans):

- `meantime`: the MEANTIME JSONL (../shared/eval/time/meantime_en_docs.jsonl);
- `timeml`: standard TimeML `.tml` files (a file or a folder), DCT from `<DCT>`;
- `sample`: our corpus gold (`examples/corpus/gold/articles/*.json`, key `timexes` with
  text/type/value); the gold gives spans as text, found in order in the article text.

Metrics as in TempEval-3 (UzZaman et al. 2013): strict (exact span) and relaxed (overlapping
span) precision, recall and F1; type and value accuracy over the relaxed matches (each gold
expression paired with the prediction overlapping it most); value F1 = value accuracy x
relaxed F1. The document creation time is not scored (systems are given it): gold TIMEX3s
with function CREATION_TIME are dropped, and so are predictions overlapping them.

>>> g = [GoldDoc("d", "said Wednesday", None, (GoldTimex(5, 14, "DATE", "2021-12-29"),))]
>>> score(g, {"d": [(5, 14, "DATE", "2021-12-29")]})["value_f1"]
1.0
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..lexicons import Lexicons
from ..types import Article
from .meantime import read_meantime_docs
from .sample import corpus_of, gold_article, gold_files, locate_in_order

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "GoldTimex",
    "GoldDoc",
    "FORMATS",
    "read_gold",
    "read_meantime",
    "read_timeml",
    "read_sample",
    "score",
    "predict",
    "evaluate_timex",
]

Prediction = tuple[int, int, str, str]  # start, end, type, value
MEANTIME_SCOPE_LINES = 6  # title, date line and the first four sentences


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int
    end: int
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class GoldDoc:
    """A gold document: its text exactly as the system sees it, so offsets line up."""

    id: str
    text: str
    published: date | None
    timexes: tuple[GoldTimex, ...]
    ignore: tuple[tuple[int, int], ...] = ()  # spans not scored (the DCT's own mention)
    group: str = ""  # sub-corpus, for per-slice figures
    scope: int | None = None  # predictions starting at or after this offset are not scored
    missing: tuple[str, ...] = field(default=())  # gold texts not found in the text


# ----------------------------------------------------------------------------- readers


def read_meantime(path: str | Path) -> list[GoldDoc]:
    """MEANTIME JSONL -> GoldDocs (CREATION_TIME mentions become `ignore` spans).

    MEANTIME annotates the beginning of each article only: the title, the date line and the
    first sentences (`MEANTIME_SCOPE_LINES` lines of the text; no TIMEX3 of the corpus lies
    beyond them). Predictions after that scope are not scored, or every correct expression
    further down an article would count as a false positive.
    """
    docs = []
    for d in read_meantime_docs(path):
        lines = d.text.split("\n")
        scope = sum(len(line) + 1 for line in lines[:MEANTIME_SCOPE_LINES])
        docs.append(
            GoldDoc(
                id=d.doc_id,
                text=d.text,
                published=d.dct,
                timexes=tuple(
                    GoldTimex(t.start, t.end, t.type, t.value)
                    for t in d.timexes
                    if t.function != "CREATION_TIME"
                ),
                ignore=tuple((t.start, t.end) for t in d.timexes if t.function == "CREATION_TIME"),
                group=d.corpus,
                scope=scope,
            )
        )
    return docs


def _parse_timeml_date(value: str) -> date | None:
    m = re.match(r"(\d{4})-?(\d{2})-?(\d{2})", value or "")
    return date(int(m[1]), int(m[2]), int(m[3])) if m else None


_DCT_FUNCTIONS = frozenset({"CREATION_TIME", "PUBLICATION_TIME"})


def _local(tag: str) -> str:
    """A tag without its namespace: some TimeML exports declare a default one."""
    return tag.rsplit("}", 1)[-1]


def _read_tml(path: Path) -> GoldDoc:
    """One TimeML file: the text of `<TEXT>` with its TIMEX3 spans, the DCT as published.

    The DCT is the TIMEX3 of `<DCT>`, or else any TIMEX3 whose `functionInDocument` is
    CREATION_TIME or PUBLICATION_TIME. Such a mention inside the text is not scored (systems
    are given it), and neither is an empty, non-consuming TIMEX3 (an implicit date that no
    words express, which no extractor could find).
    """
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as err:
        raise InputError(
            f"{path}: not well-formed TimeML ({err}); fix the XML or leave the file out"
        ) from err
    dct: date | None = None
    for el in root.iter():
        if _local(el.tag) == "DCT":
            for tx in el.iter():
                if _local(tx.tag) == "TIMEX3":
                    dct = _parse_timeml_date(tx.get("value", "")) or dct
    if dct is None:
        for tx in root.iter():
            if _local(tx.tag) == "TIMEX3" and tx.get("functionInDocument") in _DCT_FUNCTIONS:
                dct = _parse_timeml_date(tx.get("value", ""))
                if dct:
                    break
    text_el = next((el for el in root.iter() if _local(el.tag) == "TEXT"), None)
    if text_el is None:
        raise InputError(f"{path}: no <TEXT> element; is this a TimeML .tml file?")
    parts: list[str] = []
    timexes: list[GoldTimex] = []
    ignore: list[tuple[int, int]] = []
    offset = 0

    def walk(el: ET.Element) -> None:
        nonlocal offset
        start = offset
        if el.text:
            parts.append(el.text)
            offset += len(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
                offset += len(child.tail)
        if _local(el.tag) != "TIMEX3" or offset == start:
            return
        if el.get("functionInDocument") in _DCT_FUNCTIONS:
            ignore.append((start, offset))
        else:
            timexes.append(GoldTimex(start, offset, el.get("type", ""), el.get("value", "")))

    walk(text_el)
    return GoldDoc(
        id=path.stem,
        text="".join(parts),
        published=dct,
        timexes=tuple(sorted(timexes, key=lambda t: (t.start, t.end))),
        ignore=tuple(ignore),
        group=path.parent.name,
    )


def read_timeml(path: str | Path) -> list[GoldDoc]:
    """A .tml file, or every .tml file under a folder (sorted)."""
    p = Path(path)
    files = sorted(p.rglob("*.tml")) if p.is_dir() else [p]
    return [_read_tml(f) for f in files]


def _published(raw: str | None) -> date | None:
    if not raw:
        return None
    try:
        return datetime.fromisoformat(raw.replace("Z", "+00:00")).date()
    except ValueError:
        return None


def read_sample(path: str | Path) -> list[GoldDoc]:
    """Our corpus gold: a gold/articles folder (or one .json file of it).

    The article text comes from the corpus file the gold names, read by `newsgraph.ingest`
    exactly as the pipeline reads it; the corpus root is the folder above `gold/`.
    """
    docs = []
    for f in gold_files(path):
        gold = json.loads(f.read_text("utf-8"))
        article = gold_article(f, gold)
        if article is None:
            raise InputError(
                f"{f}: the article {gold['file']!r} could not be read from {corpus_of(f)}"
            )
        text = article.text
        found, missing = [], []
        timexes = gold.get("timexes", [])
        for t, at in zip(timexes, locate_in_order(text, (t["text"] for t in timexes)), strict=True):
            needle = t["text"]
            if at is None:
                missing.append(needle)
                continue
            found.append(GoldTimex(at, at + len(needle), t["type"], t.get("value") or ""))
        docs.append(
            GoldDoc(
                id=f.stem,
                text=text,
                published=_published(gold.get("published")),
                timexes=tuple(sorted(found, key=lambda t: (t.start, t.end))),
                group=gold.get("outlet", ""),
                missing=tuple(missing),
            )
        )
    return docs


FORMATS = {"meantime": read_meantime, "timeml": read_timeml, "sample": read_sample}


def read_gold(path: str | Path, fmt: str) -> list[GoldDoc]:
    """Read gold of a named format ('meantime', 'timeml', 'sample')."""
    if fmt not in FORMATS:
        raise InputError(f"unknown gold format {fmt!r}; use one of {', '.join(FORMATS)}")
    if not Path(path).exists():
        raise InputError(f"gold file {str(path)!r} does not exist")
    return FORMATS[fmt](path)


# ----------------------------------------------------------------------------- metrics


def _prf(tp_p: int, n_p: int, tp_r: int, n_r: int) -> tuple[float, float, float]:
    p = tp_p / n_p if n_p else 0.0
    r = tp_r / n_r if n_r else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def score(gold: Sequence[GoldDoc], predicted: Mapping[str, Iterable[Prediction]]) -> dict[str, Any]:
    """TempEval-3 metrics of predictions (per doc id: start, end, type, value) against gold."""
    n_gold = n_pred = 0
    strict_p = strict_r = relaxed_p = relaxed_r = 0
    type_ok = value_ok = 0
    for doc in gold:
        preds = [
            p
            for p in predicted.get(doc.id, ())
            if not any(_overlap(p[:2], s) for s in doc.ignore)
            and (doc.scope is None or p[0] < doc.scope)
        ]
        golds = list(doc.timexes)
        n_gold += len(golds)
        n_pred += len(preds)
        exact = {(g.start, g.end) for g in golds}
        strict_p += sum((p[0], p[1]) in exact for p in preds)
        relaxed_p += sum(any(_overlap(p[:2], (g.start, g.end)) for g in golds) for p in preds)
        pred_spans = {(p[0], p[1]) for p in preds}
        for g in golds:
            span = (g.start, g.end)
            strict_r += span in pred_spans
            best = max(preds, key=lambda p: (_overlap(p[:2], span), -p[0]), default=None)
            if best is None or not _overlap(best[:2], span):
                continue
            relaxed_r += 1
            type_ok += best[2] == g.type
            value_ok += best[3] == g.value
    sp, sr, sf = _prf(strict_p, n_pred, strict_r, n_gold)
    rp, rr, rf = _prf(relaxed_p, n_pred, relaxed_r, n_gold)
    type_acc = type_ok / relaxed_r if relaxed_r else 0.0
    value_acc = value_ok / relaxed_r if relaxed_r else 0.0
    return {
        "n_docs": len(gold),
        "n_gold": n_gold,
        "n_pred": n_pred,
        "strict_p": sp,
        "strict_r": sr,
        "strict_f1": sf,
        "relaxed_p": rp,
        "relaxed_r": rr,
        "relaxed_f1": rf,
        "type_acc": type_acc,
        "value_acc": value_acc,
        "value_f1": value_acc * rf,
    }


# ----------------------------------------------------------------------------- running it


def _article(doc: GoldDoc) -> Article:
    published = datetime.combine(doc.published, time(12, 0), tzinfo=UTC) if doc.published else None
    return Article(id=doc.id, text=doc.text, published=published)


def predict(
    docs: Sequence[GoldDoc], nlp: Language, lexicons: Lexicons | None = None
) -> dict[str, list[Prediction]]:
    """Parse the gold texts with the real model and run the timex extractor on them."""
    from ..extract.timex import extract_timexes
    from ..nlp import parse

    lex = lexicons or Lexicons.load()
    out: dict[str, list[Prediction]] = {}
    for parsed in parse([_article(d) for d in docs], nlp):
        out[parsed.article_id] = [
            (t.start, t.end, t.type, t.value) for t in extract_timexes(parsed, lex)
        ]
    return out


def evaluate_timex(
    docs: Sequence[GoldDoc], nlp: Language | None = None, lexicons: Lexicons | None = None
) -> dict[str, Any]:
    """Run the extractor over gold documents and return the TempEval-3 metrics dict."""
    if nlp is None:
        from ..nlp import load_model, resolve_model_name

        nlp = load_model(resolve_model_name(""))
    return score(docs, predict(docs, nlp, lexicons))
