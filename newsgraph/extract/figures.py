"""Figures: numbers with what they count ("more than 14,000 people killed").

A figure is a number (digits, number words, or a vague amount such as "tens of thousands")
followed by the noun it counts. The words in front of it ("up to", "more than", "about")
set the range the wording allows, so that "175,000 troops" and "up to 100,000 troops" can be
told apart later: reconciliation groups figures of a story by `measures` and flags groups
whose ranges do not overlap.

The cascade, per number:
1. find the number span (digits with scale words, number words, or a vague phrase);
2. read a qualifier from the words just before it (data file figure_qualifiers.tsv);
3. find the counted noun just after it (skipping "of", adjectives and compounds), or a
   currency sign before / a percent sign after;
4. look around for an outcome word ("killed", "wounded", figure_measures.tsv) that turns
   "people" into "people killed".
A number without a counted noun (a year, an age, a page number) is not a figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicons import Lexicons
from ..types import Figure, ParsedDoc, Token
from .coref import sentence_numbers

__all__ = ["extract_figures"]

_DIGITS = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$")
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "dozen": 12,
}  # fmt: skip
_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_CURRENCY = {"$": "usd", "€": "eur", "£": "gbp", "us$": "usd"}
_SKIP_ENTS = frozenset({"DATE", "TIME", "ORDINAL"})
_NOUNS = frozenset({"NOUN", "PROPN"})
_MODIFIERS = frozenset({"ADJ", "NOUN", "PROPN", "ADV"})
_APPROX = 0.1  # "about 10,000" allows 9,000 to 11,000


def _lemma(token: Token) -> str:
    return (token.lemma or token.text).lower()


def _skipped_tokens(doc: ParsedDoc) -> set[int]:
    skipped = set()
    for start, end, label in doc.ents:
        if label in _SKIP_ENTS:
            skipped.update(range(start, end))
    return skipped


def _phrases(rows: list[dict[str, str]], key: str) -> list[tuple[tuple[str, ...], dict[str, str]]]:
    # Longest first, so "tens of thousands" wins over "thousands".
    found = [(tuple(row[key].split()), row) for row in rows]
    return sorted(found, key=lambda item: -len(item[0]))


def _match_at(words: Sequence[str], i: int, phrase: tuple[str, ...]) -> bool:
    return tuple(words[i : i + len(phrase)]) == phrase


def _by_first_word(
    phrases: list[tuple[tuple[str, ...], dict[str, str]]],
) -> dict[str, list[tuple[tuple[str, ...], dict[str, str]]]]:
    # Only the phrases that can start at a word are tried there: this loop runs per token.
    index: dict[str, list[tuple[tuple[str, ...], dict[str, str]]]] = {}
    for phrase, row in phrases:
        index.setdefault(phrase[0], []).append((phrase, row))
    return index


def _number_at(
    tokens: Sequence[Token], words: Sequence[str], i: int, vague: dict[str, list]
) -> tuple[int, float, float | None, float | None, str] | None:
    """(end token, value, low, high, vague phrase) of a number starting at token i."""
    for phrase, row in vague.get(words[i], ()):
        if _match_at(words, i, phrase):
            end = i + len(phrase)
            if end < len(words) and words[end] == "of":
                end += 1
            low, high = float(row["low"]), float(row["high"])
            return end, low, low, high, " ".join(phrase)
    word = words[i]
    # A digit string starts with a decimal digit (`\d` is exactly `str.isdecimal`): the test
    # rules out most tokens before the pattern runs.
    if word[:1].isdecimal() and _DIGITS.match(word):
        value = float(word.replace(",", ""))
    elif word in _NUMBER_WORDS:
        value = float(_NUMBER_WORDS[word])
    elif word in ("a", "an") and i + 1 < len(words) and words[i + 1] in _SCALES:
        value = 1.0
    else:
        return None
    end = i + 1
    while end < len(words) and words[end] in _SCALES:
        value *= _SCALES[words[end]]
        end += 1
    if word in ("a", "an") and end == i + 1:
        return None
    return end, value, value, value, ""


def _tables(lexicons: Lexicons) -> tuple[dict[str, list], list, dict[str, str], dict[str, str]]:
    """The vague numbers by first word, the qualifiers, the unit keys and the outcome words;
    built once per Lexicons, not per document (read only)."""
    vague = _by_first_word(_phrases(lexicons.rows("figure_vague.tsv"), "phrase"))
    qualifiers = _phrases(lexicons.rows("figure_qualifiers.tsv"), "qualifier")
    measures = lexicons.rows("figure_measures.tsv")
    unit_keys = {r["word"]: r["key"] for r in measures if r["kind"] == "unit"}
    outcomes = {r["word"]: r["key"] for r in measures if r["kind"] == "outcome"}
    return vague, qualifiers, unit_keys, outcomes


def _number_starts(lexicons: Lexicons) -> frozenset[str]:
    """The words other than digit strings that `_number_at` may find a number at."""
    vague = lexicons.derived("figures.tables", _tables)[0]
    return frozenset(vague) | frozenset(_NUMBER_WORDS) | {"a", "an"}


def extract_figures(doc: ParsedDoc, lexicons: Lexicons) -> list[Figure]:
    """Every figure of the document, sorted by position."""
    if not doc.tokens:
        return []
    tokens = doc.tokens
    words = [t.text.lower() for t in tokens]
    vague, qualifiers, unit_keys, outcomes = lexicons.derived("figures.tables", _tables)
    sentence = sentence_numbers(doc.sents, len(doc.tokens))
    skipped = _skipped_tokens(doc)
    figures: list[Figure] = []
    # Only a word that starts a vague number, a number word, "a"/"an" or a word starting with a
    # decimal digit can start a number (`_number_at` returns None for any other): the test is
    # cheaper than the call, and most words are none of these.
    starters = lexicons.derived("figures.number_starts", _number_starts)
    i = 0
    while i < len(tokens):
        word = words[i]
        found = (
            None
            if i in skipped or not (word in starters or word[:1].isdecimal())
            else _number_at(tokens, words, i, vague)
        )
        if found is None:
            i += 1
            continue
        end, value, low, high, vague_phrase = found
        figure = _figure(
            doc, tokens, words, i, end, value, low, high, vague_phrase,
            qualifiers, unit_keys, outcomes, sentence,
        )  # fmt: skip
        if figure is not None:
            figures.append(figure)
        i = end
    return sorted(figures, key=lambda f: (f.start, f.end))


def _figure(
    doc: ParsedDoc,
    tokens: Sequence[Token],
    words: Sequence[str],
    start: int,
    end: int,
    value: float,
    low: float | None,
    high: float | None,
    vague_phrase: str,
    qualifiers: list,
    unit_keys: dict[str, str],
    outcomes: dict[str, str],
    sentence: list[int],
) -> Figure | None:
    sent = sentence[start]
    first = start
    # 3. the counted thing: currency before, percent after, else a noun after.
    unit = ""
    unit_at = None
    if first > 0 and words[first - 1] in _CURRENCY:
        first -= 1
        unit = _CURRENCY[words[first]]
    last = end
    if not unit and last < len(words) and words[last] in ("%", "percent"):
        unit, unit_at, last = "percent", last, last + 1
    if not unit:
        unit_at = _counted_noun(tokens, words, end, sent, sentence)
        if unit_at is None:
            return None
        lemma = _lemma(tokens[unit_at])
        unit = lemma
        last = unit_at + 1
    # 2. the qualifier in front of the number.
    qualifier = vague_phrase
    for phrase, row in qualifiers:
        q_start = first - len(phrase)
        if q_start >= 0 and _match_at(words, q_start, phrase) and sentence[q_start] == sent:
            qualifier = " ".join(phrase) if not vague_phrase else f"{' '.join(phrase)} {qualifier}"
            low, high = _bounded(value, low, high, row["kind"])
            first = q_start
            break
    # 4. an outcome: "people killed", "killed 14,000 people", "people have been killed".
    outcome = _outcome(tokens, words, first, last, sent, sentence, outcomes)
    known = set(unit_keys.values())
    key = unit_keys.get(unit) or unit_keys.get(unit.rstrip("s"))
    key = key or (unit if unit in known else _plural(unit))
    measures = f"{key} {outcome}" if outcome else key
    char_start = tokens[first].idx
    char_end = tokens[last - 1].idx + len(tokens[last - 1].text)
    return Figure(
        article_id=doc.article_id,
        start=char_start,
        end=char_end,
        sentence=sent,
        text=doc.text[char_start:char_end],
        number=value,
        low=low,
        high=high,
        qualifier=qualifier,
        unit=unit,
        measures=measures,
    )


def _bounded(
    value: float, low: float | None, high: float | None, kind: str
) -> tuple[float | None, float | None]:
    top = high if high is not None else value
    bottom = low if low is not None else value
    if kind in ("max", "below"):
        return None, top
    if kind in ("min", "above"):
        return bottom, None
    return bottom * (1 - _APPROX), top * (1 + _APPROX)


def _counted_noun(
    tokens: Sequence[Token], words: Sequence[str], end: int, sent: int, sentence: list[int]
) -> int | None:
    """Index of the noun a number counts: the last noun of the modifier run after it."""
    i = end
    if i < len(words) and words[i] == "of":  # "thousands of troops"
        i += 1
    noun = None
    for j in range(i, min(i + 4, len(tokens))):
        token = tokens[j]
        if sentence[j] != sent or not token.text[:1].isalpha():
            break
        if token.pos == "X":  # no tagger: take the first word
            return j if noun is None else noun
        if token.pos not in _MODIFIERS:
            break
        if token.pos in _NOUNS:
            noun = j
            if token.pos == "NOUN" and (j + 1 >= len(tokens) or tokens[j + 1].pos != "NOUN"):
                break
    return noun


def _outcome(
    tokens: Sequence[Token],
    words: Sequence[str],
    first: int,
    last: int,
    sent: int,
    sentence: list[int],
    outcomes: dict[str, str],
) -> str:
    for j in range(last, min(last + 4, len(tokens))):
        if sentence[j] != sent or not tokens[j].text[:1].isalpha():
            break
        found = outcomes.get(words[j]) or outcomes.get(_lemma(tokens[j]))
        if found:
            return found
    for j in range(first - 1, max(first - 3, -1), -1):
        if sentence[j] != sent or not tokens[j].text[:1].isalpha():
            break
        found = outcomes.get(words[j]) or outcomes.get(_lemma(tokens[j]))
        if found:
            return found
    return ""


def _plural(unit: str) -> str:
    return unit if unit.endswith("s") else unit + "s"
