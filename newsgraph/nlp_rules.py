"""Faster stand-ins for two rule components of spaCy's English models, with the same output.

**The attribute ruler.**
spaCy's `attribute_ruler` (the tag map and the exceptions of the English models: TAG → POS and
MORPH, "n't" → "not", ...) runs a `Matcher` of some 180 one- and two-token patterns over every
token. That search was 11-14% of the whole parse of a news article (README, Throughput), more
than the parser itself, because the Matcher tries every pattern at every token. Nearly all the
patterns are plain comparisons of a token's TAG, LOWER, DEP or IS_SPACE, so each rule here is
looked up by one of its values instead; the few that compare nothing (a regular expression on
LOWER) are checked at every token. Patterns of any other shape (quantifiers, other attributes,
other predicates) stay with spaCy's Matcher, and the matches of both are applied exactly as the
attribute ruler applies them (same order: a later rule wins).

**The lemmatizer.** spaCy's rule lemmatizer caches its answer per (word, POS, morphology) but
not for the commonest case, a base form (a singular noun, an infinitive: `is_base_form` reads
the token's morphology as a dict every time), and it walks the document a Token object at a
time. `CachedLemmatizer` reads the three keys of every token as one array, answers each key
once from spaCy's own lemmatizer (its answer depends on nothing else) and writes the lemmas
back as one array.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import get_string_id

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

__all__ = [
    "CachedLemmatizer",
    "IndexedAttributeRuler",
    "cache_lemmatizer",
    "index_attribute_ruler",
    "speed_up",
]

FACTORY = "newsgraph_indexed_attribute_ruler"
LEMMATIZER_FACTORY = "newsgraph_cached_lemmatizer"
# Answers remembered per word (regular expressions) or per (word, POS, morphology) key
# (lemmas), across documents; each memory is cleared when it holds this many.
_REMEMBERED = 100_000
# The attributes a token is compared on, in `Doc.to_array` order, most selective first: a rule
# is looked up by the first of them that its first token compares for equality (or membership).
_ATTRS = ("LOWER", "TAG", "DEP", "IS_SPACE")
# A token spec's test of one attribute: given the attribute's value (a string id or 0/1) and a
# function from string id to string (for regular expressions).
_Test = Callable[[int, Callable[[int], str]], bool]


class _Alternative:
    """One pattern of a rule: a fixed sequence of token specs (attribute → test)."""

    def __init__(self, rule: int, specs: list[dict[int, _Test]], anchor: tuple[int, Any]) -> None:
        self.rule = rule
        self.length = len(specs)
        self.tests = [
            (offset, attr, test) for offset, spec in enumerate(specs) for attr, test in spec.items()
        ]
        self.anchor = anchor  # (attribute position, value ids) it is looked up by; (-1, ()) none

    def matches(self, columns: list[list[int]], start: int, text: Callable[[int], str]) -> bool:
        if start + self.length > len(columns[0]):
            return False
        for offset, attr, test in self.tests:  # noqa: SIM110 - a loop: half the cost of all()
            if not test(columns[attr][start + offset], text):
                return False
        return True


def _test(value: Any) -> tuple[_Test, frozenset[int] | None] | None:
    """A test for one attribute's value in a Matcher pattern, and the ids it accepts when it
    is a comparison (for the index); None for what is not supported here."""
    if isinstance(value, bool):
        wanted = int(value)
        return (lambda v, _t: v == wanted), frozenset({wanted})
    if isinstance(value, str):
        key = get_string_id(value)
        return (lambda v, _t: v == key), frozenset({key})
    if not isinstance(value, dict) or len(value) != 1:
        return None
    ((predicate, argument),) = value.items()
    if predicate in ("IN", "NOT_IN") and isinstance(argument, list):
        if not all(isinstance(a, str) for a in argument):
            return None
        keys = frozenset(get_string_id(a) for a in argument)
        if predicate == "IN":
            return (lambda v, _t: v in keys), keys
        return (lambda v, _t: v not in keys), None
    if predicate == "REGEX" and isinstance(argument, str):
        search = re.compile(argument).search
        # Words recur across documents: each string id is searched once (a bounded memory).
        known: dict[int, bool] = {}

        def test(v: int, text: Callable[[int], str]) -> bool:
            if v not in known:
                if len(known) >= _REMEMBERED:
                    known.clear()
                known[v] = search(text(v)) is not None
            return known[v]

        return test, None
    return None


def _alternative(rule: int, pattern: list[dict[str, Any]]) -> _Alternative | None:
    specs: list[dict[int, _Test]] = []
    anchor: tuple[int, Any] = (-1, ())
    for position, token in enumerate(pattern):
        spec: dict[int, _Test] = {}
        for name, value in token.items():
            if name not in _ATTRS:
                return None  # "OP", "ORTH", "POS", ...: left to the Matcher
            tested = _test(value)
            if tested is None:
                return None
            attr = _ATTRS.index(name)
            spec[attr], accepted = tested
            if position == 0 and accepted is not None and (anchor[0] < 0 or attr < anchor[0]):
                anchor = (attr, accepted)
        specs.append(spec)
    return _Alternative(rule, specs, anchor) if specs else None


class IndexedAttributeRuler(AttributeRuler):
    """spaCy's AttributeRuler with its matching done through an index of the rules' values.

    Same patterns, same `set_annotations`; `match` returns what the Matcher would, in the
    order the attribute ruler applies it.
    """

    def __init__(self, vocab: Vocab, name: str = "attribute_ruler", **kwargs: Any) -> None:
        super().__init__(vocab, name, **kwargs)
        self._index: _Index | None = None

    def add(self, patterns: Iterable[Any], attrs: dict[Any, Any], index: int = 0) -> None:
        patterns = list(patterns)  # spaCy's Matcher takes a list only
        super().add(patterns, attrs, index)
        self._index = None

    def clear(self) -> None:
        super().clear()
        self._index = None

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        if self._index is None:
            self._index = _Index(self)
        return self._index.match(doc)


class _Index:
    def __init__(self, ruler: IndexedAttributeRuler) -> None:
        self.by_value: list[dict[int, list[_Alternative]]] = [defaultdict(list) for _ in _ATTRS]
        self.everywhere: list[_Alternative] = []
        self.rest = Matcher(ruler.vocab)  # the rules of shapes not indexed here
        self.has_rest = False
        self.match_ids: list[int] = []
        for rule, entry in enumerate(ruler.patterns):
            key = str(rule)
            self.match_ids.append(ruler.vocab.strings.add(key))
            alternatives = [_alternative(rule, p) for p in entry["patterns"]]  # type: ignore[union-attr]
            if any(a is None for a in alternatives):
                self.rest.add(key, entry["patterns"])  # type: ignore[arg-type]
                self.has_rest = True
                continue
            for alternative in alternatives:
                assert alternative is not None
                attr, values = alternative.anchor
                if attr < 0:
                    self.everywhere.append(alternative)
                else:
                    for value in values:
                        self.by_value[attr][value].append(alternative)
        self.by_value = [dict(table) for table in self.by_value]

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        columns: list[list[int]] = doc.to_array([LOWER, TAG, DEP, IS_SPACE]).T.tolist()
        strings = doc.vocab.strings
        text = strings.__getitem__

        found: set[tuple[int, int, int]] = set()
        tables = tuple(zip(self.by_value, columns, strict=True))
        for start in range(len(doc)):
            for table, column in tables:
                for alternative in table.get(column[start], ()):
                    if alternative.matches(columns, start, text):
                        found.add((alternative.rule, start, start + alternative.length))
            for alternative in self.everywhere:
                if alternative.matches(columns, start, text):
                    found.add((alternative.rule, start, start + alternative.length))
        if self.has_rest:
            for match_id, start, end in self.rest(doc, allow_missing=True):
                found.add((int(strings[match_id]), start, end))
        return [(rule, self.match_ids[rule], start, end) for rule, start, end in sorted(found)]


@Language.factory(FACTORY, default_config={"validate": False})
def _make_indexed_attribute_ruler(
    nlp: Language, name: str, validate: bool
) -> IndexedAttributeRuler:
    return IndexedAttributeRuler(nlp.vocab, name, validate=validate)


def index_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Replace the pipeline's attribute ruler by the indexed one, with the same patterns.

    Returns False (and changes nothing) when the pipeline has no such component or it is not
    spaCy's own `AttributeRuler`.
    """
    if name not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe(name)
    if type(ruler) is not AttributeRuler:
        return False
    patterns = ruler.patterns
    indexed = nlp.replace_pipe(name, FACTORY, config={"validate": ruler.validate})
    indexed.add_patterns(patterns)
    return True


class CachedLemmatizer:
    """Sets the lemmas that spaCy's rule lemmatizer (`rules`) would set, asking it once per
    (word, POS, morphology)."""

    def __init__(self, name: str = "lemmatizer") -> None:
        self.name = name
        self.rules: Any = None  # spaCy's Lemmatizer, given by `cache_lemmatizer`
        self._lemmas: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        rules = self.rules
        if not rules._validated:  # noqa: SLF001 - what spaCy's own __call__ checks first
            rules._validate_tables()  # noqa: SLF001
        columns = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = columns[:, 3].copy()
        known = self._lemmas
        add = doc.vocab.strings.add
        overwrite = rules.overwrite
        for i, (orth, pos, morph, lemma) in enumerate(columns.tolist()):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            value = known.get(key)
            if value is None:
                value = add(rules.lemmatize(doc[i])[0])
                if len(known) >= _REMEMBERED:
                    known.clear()
                known[key] = value
            lemmas[i] = value
        doc.from_array([LEMMA], lemmas)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory(LEMMATIZER_FACTORY)
def _make_cached_lemmatizer(nlp: Language, name: str) -> CachedLemmatizer:
    return CachedLemmatizer(name)


def cache_lemmatizer(nlp: Language, name: str = "lemmatizer") -> bool:
    """Put a `CachedLemmatizer` in front of the pipeline's rule lemmatizer.

    Returns False (and changes nothing) when there is no such component or it is not spaCy's
    `Lemmatizer` in "rule" mode (a lookup lemmatizer is cheap already).
    """
    if name not in nlp.pipe_names:
        return False
    rules = nlp.get_pipe(name)
    if not isinstance(rules, Lemmatizer) or rules.mode != "rule":
        return False
    cached = nlp.replace_pipe(name, LEMMATIZER_FACTORY)
    cached.rules = rules
    return True


def speed_up(nlp: Language) -> None:
    """Both stand-ins, where the pipeline has the components they stand in for."""
    index_attribute_ruler(nlp)
    cache_lemmatizer(nlp)
