"""Quote evaluation: span F1 at two overlap levels and speaker accuracy on canonical names.

Two gold formats:

- `sample`: our corpus gold (`examples/corpus/gold/articles/*.json`, key `quotes`): the quote
  text of every direct, indirect and mixed quote, its canonical speaker and the mention that
  names it. Spans are found by text, occurrences taken in reading order.
- `meantime`: MEANTIME's speech events (`../shared/eval/time/meantime_en_docs.jsonl`): a cue
  and, for 224 of them, the speaker entity. There is no content span, so only speaker accuracy
  is measured there: a gold event is matched by the predicted quote whose cue is the gold cue.

Metrics (the issue's definitions): a predicted quote matches a gold one when their overlap
covers at least 30% (and, separately, 80%) of the gold characters; matching is one-to-one,
largest overlap first. Speaker accuracy is over the gold quotes matched at 30% and compares
canonical names (`normalise_speaker`), not spans; pronoun-speaker accuracy is the same over
the gold quotes whose mention is a pronoun.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..lexicons import Lexicons
from ..types import Article, Quote
from .sample import gold_article, gold_files, locate_in_order

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "GoldQuote",
    "GoldDoc",
    "read_sample",
    "read_meantime",
    "read_gold",
    "normalise_speaker",
    "score",
    "evaluate_quotes",
    "PRONOUNS",
]

PRONOUNS = frozenset({"he", "she", "they", "it", "his", "her", "him", "them", "we", "i"})
THRESHOLDS = (0.3, 0.8)


@dataclass(frozen=True, slots=True)
class GoldQuote:
    start: int  # content span (sample); the cue span for MEANTIME
    end: int
    kind: str  # direct | indirect | mixed | speech (MEANTIME)
    speaker: str | None
    mention: str = ""
    cue: str = ""
    # other names the gold links to the same speaker in this document (MEANTIME: the proper-name
    # mentions its annotators linked to the speaker entity, "Apple Computer" for APPLE)
    aliases: tuple[str, ...] = ()

    @property
    def pronoun(self) -> bool:
        return self.mention.casefold() in PRONOUNS


@dataclass(frozen=True)
class GoldDoc:
    id: str
    text: str
    published: datetime | None
    quotes: tuple[GoldQuote, ...]
    fmt: str  # 'sample' or 'meantime'
    missing: tuple[str, ...] = ()
    citations: tuple[dict[str, Any], ...] = field(default=())
    group: str = ""  # MEANTIME sub-corpus (corpus_airbus, ...); '' for the sample gold


# ----------------------------------------------------------------------------- readers


def _published(raw: str | None) -> datetime | None:
    if not raw:
        return None
    try:
        return datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        return None


def read_sample(path: str | Path) -> list[GoldDoc]:
    """Our corpus gold: a gold/articles folder (or one .json file of it).

    The article text is read from the corpus file by `newsgraph.ingest`, as the pipeline reads it.
    """
    docs = []
    for f in gold_files(path):
        gold = json.loads(f.read_text("utf-8"))
        article = gold_article(f, gold)
        if article is None:
            raise InputError(f"{f}: the article {gold['file']!r} could not be read")
        text = article.text
        found, missing = [], []
        quotes = gold.get("quotes", [])
        for q, at in zip(quotes, locate_in_order(text, (q["text"] for q in quotes)), strict=True):
            needle = q["text"]
            if at is None:
                missing.append(needle)
                continue
            found.append(
                GoldQuote(
                    at,
                    at + len(needle),
                    q["kind"],
                    q.get("speaker"),
                    q.get("speaker_mention", ""),
                    q.get("cue", ""),
                )
            )
        docs.append(
            GoldDoc(
                f.stem,
                text,
                _published(gold.get("published")),
                tuple(sorted(found, key=lambda g: (g.start, g.end))),
                "sample",
                tuple(missing),
                tuple(gold.get("citations", [])),
            )
        )
    return docs


def _meantime_name(entity: str) -> str:
    """MEANTIME's entity label without its annotator notes: 'Thomas (Tom) Enders (CEO of
    Airbus)' -> 'Thomas Enders', 'Government Accountability Office (GAO) - USA' -> 'Government
    Accountability Office', 'John Howard + Ian MacDonald' -> 'John Howard and Ian MacDonald'."""
    name = re.sub(r"\s*\([^)]*\)", "", entity)
    name = re.sub(r"\s+-\s+\S+$", "", name).strip()
    # a group of speakers, 'John Howard + Ian MacDonald', is written as our gold writes it
    return re.sub(r"\s*\+\s*", " and ", name)


_NAME_MENTIONS = frozenset({"NAM", "PRE.NAM"})


def meantime_entity_names(xml: str | Path) -> dict[str, tuple[str, ...]]:
    """Entity label -> the proper-name mentions (NAM, PRE.NAM) linked to it in one MEANTIME
    CAT XML file, in document order: 'APPLE' -> ('Apple Computer', 'Apple').

    A person's one-word mention (a bare surname, "Angers") is left out: a speaker is expected
    to be resolved to the full name, as in our own gold.
    """
    import xml.etree.ElementTree as ET

    root = ET.parse(xml).getroot()
    words = {t.get("t_id"): t.text or "" for t in root.iter("token")}
    named: dict[str, str] = {}
    labels: dict[str, str] = {}
    persons: set[str] = set()
    for m in root.iter("ENTITY_MENTION"):
        if m.get("syntactic_type") in _NAME_MENTIONS:
            ids = [a.get("t_id") for a in m.iter("token_anchor")]
            named[m.get("m_id", "")] = " ".join(words.get(i, "") for i in ids)
    for e in root.iter("ENTITY"):
        labels[e.get("m_id", "")] = e.get("TAG_DESCRIPTOR", "")
        if e.get("ent_type") == "PER":
            persons.add(e.get("m_id", ""))
    out: dict[str, list[str]] = {}
    for r in root.iter("REFERS_TO"):
        target = next((t.get("m_id", "") for t in r.iter("target")), "")
        label = labels.get(target)
        if not label:
            continue
        names = out.setdefault(label, [])
        for src in r.iter("source"):
            name = named.get(src.get("m_id", ""))
            if target in persons and name and len(name.split()) < 2:
                continue
            if name and name not in names:
                names.append(name)
    return {label: tuple(names) for label, names in out.items()}


def _meantime_xml(path: Path, corpus: str, doc_id: str) -> Path | None:
    """The CAT XML file of a MEANTIME document, shipped beside the JSONL (or None)."""
    folder = path.parent / "meantime_en" / "intra_cross-doc_annotation" / corpus
    return next(iter(sorted(folder.glob(f"{doc_id}_*.xml"))), None) if folder.is_dir() else None


def _headline_apart(text: str) -> tuple[str, Callable[[int], int]]:
    r"""The text with a blank line after its first two lines (headline, date line), and the
    function that maps an offset of the original text into it.

    >>> text, shift = _headline_apart("Title\nMay 1\nBody said .")
    >>> text
    'Title\n\nMay 1\n\nBody said .'
    >>> shift(12), text[14:18]
    (14, 'Body')
    """
    breaks = [i for i, ch in enumerate(text) if ch == "\n"][:2]
    out = text
    for k, at in enumerate(breaks):
        out = out[: at + k] + "\n" + out[at + k :]
    return out, lambda offset: offset + sum(1 for at in breaks if offset > at)


def read_meantime(path: str | Path) -> list[GoldDoc]:
    """MEANTIME speech events that name a speaker entity; the span is the cue's.

    When the CAT XML files are beside the JSONL, each speaker also carries the proper names
    the annotators linked to its entity in that document (`GoldQuote.aliases`).

    A Wikinews text opens with its headline and its date line, each ended by one line break
    like every sentence; the text is given to the pipeline with a blank line after each, as an
    article's headline and date stand apart from its body (the parser otherwise runs the
    headline on into the first sentence), and the cue offsets are shifted to match.
    """
    from .meantime import read_meantime_docs

    docs = []
    for d in read_meantime_docs(path):
        xml = _meantime_xml(Path(path), d.corpus, d.doc_id)
        names = meantime_entity_names(xml) if xml is not None else {}
        text, shift = _headline_apart(d.text)
        quotes = [
            GoldQuote(
                shift(int(e["cue_start"])),
                shift(int(e["cue_end"])),
                "speech",
                _meantime_name(e["speaker_entity"]),
                e.get("speaker", "") if e.get("speaker_is_pronoun") else "",
                e.get("cue", ""),
                names.get(e["speaker_entity"], ()),
            )
            for e in d.speech_events
            if e.get("speaker_entity")
        ]
        published = datetime(d.dct.year, d.dct.month, d.dct.day, 12, tzinfo=UTC) if d.dct else None
        docs.append(
            GoldDoc(
                d.doc_id,
                text,
                published,
                tuple(sorted(quotes, key=lambda g: g.start)),
                "meantime",
                group=d.corpus,
            )
        )
    return docs


FORMATS = {"sample": read_sample, "meantime": read_meantime}


def read_gold(path: str | Path, fmt: str) -> list[GoldDoc]:
    """Read gold of a named format ('sample' or 'meantime')."""
    if fmt not in FORMATS:
        raise InputError(f"unknown gold format {fmt!r}; use one of {', '.join(FORMATS)}")
    if not Path(path).exists():
        raise InputError(f"gold file {str(path)!r} does not exist")
    return FORMATS[fmt](path)


# ----------------------------------------------------------------------------- metrics

_NON_WORD = re.compile(r"[^\w ]+")


_QUANTIFIERS = frozenset({"a", "an", "the", "some", "most", "many", "several", "other"})


@functools.cache
def _legal_forms() -> frozenset[str]:
    """Legal-form words a company's name may end in ("Inc.", "Corporation", "PLC"), without
    dots: `data/corporate_suffixes.txt`, as the resolver strips them."""
    words = Lexicons.load().words("corporate_suffixes.txt")
    return frozenset(w.replace(".", "") for w in words)


def normalise_speaker(name: str | None, descriptive: bool = False) -> str:
    """A canonical name for comparison: accents, case, dots, spaces, a leading 'the' and a
    trailing legal form ("Inc.", "Corporation") ignored.

    >>> normalise_speaker("the U.S. State Department") == normalise_speaker("US State Department")
    True
    >>> normalise_speaker("anonymous: senior administration officials")
    'anonymous official'
    >>> normalise_speaker("General Motors Corporation") == normalise_speaker("General Motors")
    True

    `descriptive` is for gold that names an unnamed source by its description (MEANTIME: "a
    Romanian official"): an anonymous prediction then compares by its description.
    """
    if not name:
        return ""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    if descriptive:
        words = _NON_WORD.sub(" ", text.removeprefix("anonymous:").replace(".", "")).split()
        while words and words[0] in _QUANTIFIERS:
            words.pop(0)
        return "".join(_without_legal_form(words))
    if text.startswith("anonymous"):
        # an unnamed source is right when it is kept anonymous with the same kind of source
        # ("official", "diplomat", "source"); the adjectives in front vary with the wording
        words = _NON_WORD.sub(" ", text.split(":", 1)[-1]).split()
        head = words[-1] if words else ""
        return f"anonymous {head[:-1] if head.endswith('s') else head}".strip()
    text = text.replace(".", "")
    words = _NON_WORD.sub(" ", text.replace("-", " ")).split()
    if words and words[0] == "the":
        words = words[1:]
    # "Daimler Chrysler" and "DaimlerChrysler" are one name
    return "".join(_without_legal_form(words))


def _without_legal_form(words: list[str]) -> list[str]:
    """A name's words without the legal form at its end ("Aer Lingus Group PLC")."""
    legal = _legal_forms()
    while len(words) > 1 and words[-1] in legal:
        words = words[:-1]
    return words


def _same_speaker(predicted: str | None, gold: GoldQuote, descriptive: bool = False) -> bool:
    """Whether a predicted canonical name names the gold speaker: its canonical name, or
    (MEANTIME) a proper name the annotators linked to the same entity in the document."""
    name = normalise_speaker(predicted, descriptive)
    names = {normalise_speaker(n, descriptive) for n in (gold.speaker, *gold.aliases)} - {""}
    return name in names if names else not name


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _match(gold: Sequence[GoldQuote], pred: Sequence[Quote], threshold: float) -> dict[int, int]:
    """One-to-one gold index -> predicted index, largest overlap first."""
    pairs = []
    for gi, g in enumerate(gold):
        length = max(1, g.end - g.start)
        for pi, p in enumerate(pred):
            ov = _overlap((g.start, g.end), (p.start, p.end))
            if ov and ov / length >= threshold:
                pairs.append((-ov, gi, pi))
    matched: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, pi in sorted(pairs):
        if gi not in matched and pi not in used:
            matched[gi] = pi
            used.add(pi)
    return matched


def _f1(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def score(
    docs: Sequence[GoldDoc],
    predicted: Mapping[str, Sequence[Quote]],
    cue_speakers: Mapping[tuple[str, int], str | None] | None = None,
) -> dict[str, Any]:
    """The metrics dict (see the module docstring); `_errors` lists the misses for inspection.

    For MEANTIME, `cue_speakers` maps (document id, gold cue start) to the speaker our resolver
    gives that cue: `speaker_acc` scores it, `speaker_acc_extracted` scores the speaker of the
    extracted quote whose cue is the gold cue (no quote there counts as wrong).
    """
    n_gold = sum(len(d.quotes) for d in docs)
    out: dict[str, Any] = {"n_gold": n_gold}
    errors: list[dict[str, Any]] = []
    spk_ok = spk_n = pro_ok = pro_n = ext_ok = 0
    by_kind: dict[str, list[int]] = {}
    if docs and all(d.fmt == "meantime" for d in docs):
        for d in docs:
            pred = predicted.get(d.id, [])
            for g in d.quotes:
                # the predicted quote whose cue is the gold cue word
                hits = [
                    p
                    for p in pred
                    if p.cue_start is not None
                    and p.cue_end is not None
                    and _overlap((g.start, g.end), (p.cue_start, p.cue_end))
                ]
                extracted = hits[0].speaker if hits else None
                ext_ok += _same_speaker(extracted, g, descriptive=True)
                name = (cue_speakers or {}).get((d.id, g.start), extracted)
                ok = _same_speaker(name, g, descriptive=True)
                spk_n += 1
                spk_ok += ok
                if g.pronoun:
                    pro_n += 1
                    pro_ok += ok
                if not ok:
                    errors.append({"doc": d.id, "cue": g.cue, "gold": g.speaker, "pred": name})
        out.update(
            quote_f1_30=None,
            quote_f1_80=None,
            speaker_acc=_ratio(spk_ok, spk_n),
            pronoun_speaker_acc=_ratio(pro_ok, pro_n),
            n_pronoun=pro_n,
            speaker_acc_extracted=_ratio(ext_ok, spk_n),
            _errors=errors,
        )
        return out
    for threshold in THRESHOLDS:
        tp = n_pred = 0
        for d in docs:
            pred = list(predicted.get(d.id, []))
            n_pred += len(pred)
            tp += len(_match(d.quotes, pred, threshold))
        p, r, f = _f1(tp, n_pred, n_gold)
        tag = int(threshold * 100)
        out[f"quote_p_{tag}"], out[f"quote_r_{tag}"], out[f"quote_f1_{tag}"] = p, r, f
    for d in docs:
        pred = list(predicted.get(d.id, []))
        matched = _match(d.quotes, pred, THRESHOLDS[0])
        for gi, g in enumerate(d.quotes):
            counts = by_kind.setdefault(g.kind, [0, 0])
            counts[1] += 1
            if gi not in matched:
                errors.append({"doc": d.id, "miss": d.text[g.start : g.end], "kind": g.kind})
                continue
            counts[0] += 1
            p = pred[matched[gi]]
            ok = _same_speaker(p.speaker, g)
            spk_n += 1
            spk_ok += ok
            if g.pronoun:
                pro_n += 1
                pro_ok += ok
            if not ok:
                errors.append(
                    {
                        "doc": d.id,
                        "quote": p.text[:60],
                        "gold": g.speaker,
                        "pred": p.speaker,
                        "mention": p.speaker_mention,
                    }
                )
        hit = set(matched.values())
        errors.extend(
            {"doc": d.id, "extra": p.text, "kind": p.kind, "pred": p.speaker}
            for pi, p in enumerate(pred)
            if pi not in hit
        )
    out.update(
        speaker_acc=_ratio(spk_ok, spk_n),
        pronoun_speaker_acc=_ratio(pro_ok, pro_n),
        n_pronoun=pro_n,
        recall_by_kind={k: round(a / b, 3) for k, (a, b) in sorted(by_kind.items())},
        _errors=errors,
    )
    return out


# ----------------------------------------------------------------------------- running it


def predict(
    docs: Sequence[GoldDoc], nlp: Language, lexicons: Lexicons | None = None
) -> tuple[dict[str, list[Quote]], dict[tuple[str, int], str | None]]:
    """Parse the gold texts with the real model and run the quote extractor on them; for
    MEANTIME also the speaker our resolver gives each gold cue, keyed (doc id, cue start)."""
    from ..extract.quotes import extract_quotes, speaker_at
    from ..nlp import parse

    lex = lexicons or Lexicons.load()
    articles = [Article(id=d.id, text=d.text, published=d.published) for d in docs]
    quotes: dict[str, list[Quote]] = {}
    cue_speakers: dict[tuple[str, int], str | None] = {}
    for doc, parsed in zip(docs, parse(articles, nlp), strict=True):
        quotes[parsed.article_id] = extract_quotes(parsed, lex)
        if doc.fmt == "meantime":
            for g in doc.quotes:
                cue_speakers[(doc.id, g.start)] = speaker_at(parsed, lex, g.start, g.end)
    return quotes, cue_speakers


def evaluate_quotes(
    docs: Sequence[GoldDoc],
    nlp: Language | None = None,
    lexicons: Lexicons | None = None,
    errors: bool = False,
) -> dict[str, Any]:
    """Run the extractor over gold documents; the metrics dict (misses under `_errors` if asked)."""
    if nlp is None:
        from ..nlp import load_model, resolve_model_name

        nlp = load_model(resolve_model_name(""))
    metrics = score(docs, *predict(docs, nlp, lexicons))
    if not errors:
        metrics.pop("_errors", None)
    return metrics


def public_keys(metrics: Mapping[str, Any]) -> Iterable[str]:
    """The keys printed by `newsgraph eval quotes`: no private (`_`) entries."""
    return (k for k in metrics if not k.startswith("_"))
