"""Figures: numbers with what they count ("more than 14,000 people killed").

A figure is a number (digits, number words, or a vague amount such as "tens of thousands")
followed by the noun it counts. The words in front of it ("up to", "more than", "about")
set the range the wording allows, so that "175,000 troops" and "up to 100,000 troops" can be
told apart later: reconciliation groups figures of a story by `measures` and flags groups
whose ranges do not overlap.

The cascade, per number:
1. find the number span (digits with scale words, figure_scales.tsv, joined as in "$2.5bn"
   or not; number words; a vague phrase; "between A and B" and "A-B" as a range);
2. read a qualifier from the words just before it (data file figure_qualifiers.tsv);
3. find the counted noun just after it (skipping "of", adjectives and compounds), or a
   currency sign before / a unit sign or phrase after ("%", "per cent"); a rate after it
   ("a day", "an hour") adds "per day" to the measure;
4. look for an outcome word ("killed", "wounded", figure_measures.tsv) that turns "people"
   into "people killed": the verb the counted noun is subject or object of (through
   coordination), else the words just after or before it;
5. look for the words of an increment (figure_increments.tsv): a count said to add to an
   earlier one ("an additional 7,000 troops", "7,000 more troops", "another 40 people
   killed", "added 7,000 troops", "grew by 2,000 soldiers") measures the change, not the
   total, and takes the measure "<measure> (added)", so that reconciliation never compares
   it with a total ("more than 150,000 troops"). Money and percentages keep their bare unit.
A number without a counted noun (a year, an age, a page number) is not a figure, unless
the words it depends on say what it counts: a collective ("a force of 100,000", "the death
toll rose to 57": figure_measures.tsv kind collective), an outcome ("killing 12", "120
wounded", "left 42 dead": people, or the noun of an earlier count of victims), or a whole it
is part of ("210 of the 400 seats"). A number that names or ranks is not a figure either: a
label after a noun ("magnitude 7.8", "Category 4"), part of a name ("10 Downing Street"), a
rank ("the 10 biggest cities"), a ratio ("one in five"), a score ("won 3-1"), a description
("a 7.1 quake").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from ..lexicons import Lexicons
from ..types import Figure, ParsedDoc, Token
from .coref import sentence_numbers

__all__ = ["extract_figures"]

_DIGITS = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$")
_JOINED = re.compile(r"^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)([a-z]+)$")  # "2.5bn"
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "dozen": 12,
}  # fmt: skip
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
    tokens: Sequence[Token],
    words: Sequence[str],
    i: int,
    vague: dict[str, list],
    scales: Mapping[str, tuple[float, bool]] | None = None,
) -> tuple[int, float, float | None, float | None, str] | None:
    """(end token, value, low, high, vague phrase) of a number starting at token i.

    `scales` are the scale words (figure_scales.tsv): word -> (value, written joined to the
    number as in "2.5bn"); without them a number takes no scale word."""
    scales = scales or {}
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
    joined = _JOINED.match(word) if word[:1].isdecimal() else None
    if word[:1].isdecimal() and _DIGITS.match(word):
        value = float(word.replace(",", ""))
    elif joined and joined.group(2) in scales and scales[joined.group(2)][1]:
        value = float(joined.group(1).replace(",", "")) * scales[joined.group(2)][0]
    elif word in _NUMBER_WORDS:
        value = float(_NUMBER_WORDS[word])
    elif word in ("a", "an") and i + 1 < len(words) and _free_scale(words[i + 1], scales):
        value = 1.0
    else:
        return None
    end = i + 1
    while end < len(words) and _free_scale(words[end], scales):
        value *= scales[words[end]][0]
        end += 1
    if word in ("a", "an") and end == i + 1:
        return None
    return end, value, value, value, ""


def _free_scale(word: str, scales: Mapping[str, tuple[float, bool]]) -> bool:
    """A scale word written as a word of its own ("million"), not a joined suffix ("bn")."""
    found = scales.get(word)
    return found is not None and not found[1]


class _Tables(NamedTuple):
    """The data tables of figure extraction, built once per Lexicons (read only)."""

    vague: dict[str, list]  # vague numbers by first word
    qualifiers: list
    unit_keys: dict[str, str]  # counted noun (lemma) -> measure key
    outcomes: dict[str, str]  # outcome word -> outcome key
    scales: dict[str, tuple[float, bool]]
    unit_phrases: list  # units of more than one word or a sign: ("per", "cent"), ("%",)
    collectives: dict[str, str]  # collective noun -> the key of its members
    increments: _Increments
    bare: frozenset[str]  # measures that name a unit only (figure_bare_units.txt)


class _Increments(NamedTuple):
    """The words that mark a figure as an increment (figure_increments.tsv, by `where`)."""

    before: list  # phrases right before the number, longest first ("a further", "another")
    between: frozenset[str]  # between the number and its noun ("7,000 more troops")
    object: frozenset[str]  # verb lemmas the counted noun is the object of ("added")
    by: frozenset[str]  # verb lemmas of "by" + the figure ("grew by 2,000 soldiers")


def _tables(lexicons: Lexicons) -> _Tables:
    vague = _by_first_word(_phrases(lexicons.rows("figure_vague.tsv"), "phrase"))
    qualifiers = _phrases(lexicons.rows("figure_qualifiers.tsv"), "qualifier")
    measures = lexicons.rows("figure_measures.tsv")
    unit_keys = {r["word"]: r["key"] for r in measures if r["kind"] == "unit"}
    outcomes = {r["word"]: r["key"] for r in measures if r["kind"] == "outcome"}
    collectives = {r["word"]: r["key"] for r in measures if r["kind"] == "collective"}
    unit_phrases = _phrases(
        [r for r in measures if r["kind"] == "unit" and not r["word"].isalpha()], "word"
    )
    scales = {
        r["word"]: (float(r["value"]), r["joined"] == "yes")
        for r in lexicons.rows("figure_scales.tsv")
    }
    rows = lexicons.rows("figure_increments.tsv")
    increments = _Increments(
        _phrases([r for r in rows if r["where"] == "before"], "words"),
        *(
            frozenset(r["words"] for r in rows if r["where"] == where)
            for where in ("between", "object", "by")
        ),
    )
    bare = lexicons.words("figure_bare_units.txt")
    return _Tables(
        vague, qualifiers, unit_keys, outcomes, scales, unit_phrases, collectives, increments, bare
    )


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
    tables = lexicons.derived("figures.tables", _tables)
    sentence = sentence_numbers(doc.sents, len(doc.tokens))
    skipped = _skipped_tokens(doc)
    figures: list[Figure] = []
    # Only a word that starts a vague number, a number word, "a"/"an" or a word starting with a
    # decimal digit can start a number (`_number_at` returns None for any other): the test is
    # cheaper than the call, and most words are none of these.
    starters = lexicons.derived("figures.number_starts", _number_starts)

    def number(i: int) -> tuple[int, float, float | None, float | None, str] | None:
        word = words[i]
        if i in skipped or not (word in starters or word[:1].isdecimal()):
            return None
        return _number_at(tokens, words, i, tables.vague, tables.scales)

    i = 0
    while i < len(tokens):
        found = number(i)
        if found is None:
            i += 1
            continue
        end, value, low, high, vague_phrase = found
        # Two numbers joined into a range: "between 3,000 and 5,000", "3,000-5,000 people".
        # A hyphen pair counts only a plural noun: "3-1" and "a 2-0 win" are scores.
        paired = _paired(tokens, words, i, end, sentence)
        second = number(paired[1]) if paired else None
        plural_only = False
        if paired and second is not None and not second[4] and not vague_phrase:
            end, high, plural_only = second[0], second[3], paired[0] == "-"
        elif paired and paired[0] == "-":
            i = end
            continue
        previous = figures[-1] if figures and figures[-1].sentence == sentence[i] else None
        figure = _figure(
            doc, words, i, end, value, low, high, vague_phrase, tables, sentence, previous,
            plural_only,
        )  # fmt: skip
        if figure is not None:
            figures.append(figure)
        i = end
    return sorted(figures, key=lambda f: (f.start, f.end))


def _paired(
    tokens: Sequence[Token], words: Sequence[str], start: int, end: int, sentence: list[int]
) -> tuple[str, int] | None:
    """("and" / "-", index of the second number) when the number at start..end is the first
    of "between A and B" or of "A-B" (written without spaces)."""
    if end + 1 >= len(words) or sentence[end + 1] != sentence[start]:
        return None
    if words[end] == "and" and start > 0 and words[start - 1] == "between":
        return "and", end + 1
    if words[end] in ("-", "–") and not tokens[end - 1].ws and not tokens[end].ws:
        return "-", end + 1
    return None


def _figure(
    doc: ParsedDoc,
    words: Sequence[str],
    start: int,
    end: int,
    value: float,
    low: float | None,
    high: float | None,
    vague_phrase: str,
    tables: _Tables,
    sentence: list[int],
    previous: Figure | None,
    plural_only: bool = False,
) -> Figure | None:
    tokens = doc.tokens
    sent = sentence[start]
    first = start
    if _not_a_count(tokens, words, start, end, vague_phrase, tables):
        return None
    # 3. the counted thing: currency before, a unit sign or phrase after ("%", "per cent"),
    # else a noun after.
    unit = ""
    unit_at = None
    key = ""
    if first > 0 and words[first - 1] in _CURRENCY:
        first -= 1
        unit = _CURRENCY[words[first]]
    number_first = first
    last = end
    if not unit:
        for phrase, row in tables.unit_phrases:
            if _match_unit(tokens, words, last, phrase, sent, sentence):
                unit, key = row["key"], row["key"]
                unit_at, last = last + len(phrase) - 1, last + len(phrase)
                break
    if not unit:
        unit_at = _counted_noun(tokens, words, end, sent, sentence)
        if unit_at is not None and not _counts(tokens, words, start, end, unit_at, value, tables):
            return None
        if plural_only and (unit_at is None or tokens[unit_at].tag not in ("NNS", "NNPS")):
            return None
        if unit_at is None:
            # A bare number: "a force of 100,000", "killing 12", "120 wounded".
            key = _bare_measure(tokens, words, start, end, tables, sentence, previous)
            if not key:
                return None
            unit = key
        else:
            unit = _lemma(tokens[unit_at])
            last = unit_at + 1
    # 2. the qualifier in front of the number.
    qualifier = vague_phrase
    for phrase, row in tables.qualifiers:
        q_start = first - len(phrase)
        if q_start >= 0 and _match_at(words, q_start, phrase) and sentence[q_start] == sent:
            if row["kind"] == "between" and low == high:
                continue
            qualifier = " ".join(phrase) if not vague_phrase else f"{' '.join(phrase)} {qualifier}"
            low, high = _bounded(value, low, high, row["kind"])
            first = q_start
            break
    if key and unit_at is None:  # a bare number: its measure is said by the words around it
        measures = key
    else:
        # 4. an outcome: "people killed", "killed 14,000 people", "people have been killed".
        outcome = _outcome(tokens, words, first, last, unit_at, sent, sentence, tables.outcomes)
        key = key or _key(tokens, unit_at, unit, value, tables.unit_keys)
        # An outcome as the counted noun: "12 new deaths" are people killed.
        counted = _outcome_noun(tokens, unit_at, tables)
        if counted:
            key, outcome = "people", counted
        measures = f"{key} {outcome}" if outcome else key
    # a rate: "1.2 million barrels a day", "$15 an hour", "$90 a barrel".
    rate = _rate(tokens, words, last, sent, sentence)
    if rate is not None:
        measures = f"{measures} per {_lemma(tokens[rate])}"
        last = rate + 1
    # 5. an increment: "an additional 7,000 troops", "7,000 more troops", "added 7,000 troops"
    # count a change, not a total ("more than 150,000 troops"), and are another measure. A bare
    # unit (money, percent) stays as it is: its groups are never flagged anyway.
    if measures.split(" per ")[0] not in tables.bare and _increment(
        tokens, words, (first, number_first), end, unit_at, sent, sentence, tables.increments
    ):
        measures = f"{measures} (added)"
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


def _increment(
    tokens: Sequence[Token],
    words: Sequence[str],
    firsts: tuple[int, int],
    end: int,
    unit_at: int | None,
    sent: int,
    sentence: list[int],
    increments: _Increments,
) -> bool:
    """Whether the words around a figure say it adds to an earlier count: a phrase right
    before it ("another", "a further"; before or after its qualifier), a word between the
    number and its noun ("more", "extra"), or the verb its noun is the object of ("added") or
    that "by" it depends on ("grew by")."""
    for at in set(firsts):
        for phrase, _row in increments.before:
            q_start = at - len(phrase)
            if q_start >= 0 and _match_at(words, q_start, phrase) and sentence[q_start] == sent:
                return True
    if unit_at is None:
        return False
    if any(words[j] in increments.between for j in range(end, unit_at)):
        return True
    noun = tokens[unit_at]
    if noun.pos == "X" or noun.head == unit_at:  # no parser: nothing more to judge by
        return False
    j = unit_at
    while tokens[j].dep == "conj" and tokens[j].head != j:
        j = tokens[j].head
    head = tokens[j].head
    if tokens[j].dep in ("dobj", "nsubjpass") and _lemma(tokens[head]) in increments.object:
        return True
    if tokens[j].dep == "pobj" and words[head] == "by" and tokens[head].head != head:
        return _lemma(tokens[tokens[head].head]) in increments.by
    return False


def _match_unit(
    tokens: Sequence[Token],
    words: Sequence[str],
    i: int,
    phrase: tuple[str, ...],
    sent: int,
    sentence: list[int],
) -> bool:
    """A unit phrase at token i; its last word may be inflected ("percentage points")."""
    n = len(phrase)
    if i + n > len(words) or sentence[i + n - 1] != sent:
        return False
    if tuple(words[i : i + n - 1]) != phrase[:-1]:
        return False
    return words[i + n - 1] == phrase[-1] or _lemma(tokens[i + n - 1]) == phrase[-1]


def _not_a_count(
    tokens: Sequence[Token],
    words: Sequence[str],
    start: int,
    end: int,
    vague_phrase: str,
    tables: _Tables,
) -> bool:
    """A number that names or ranks rather than counts, whatever follows it."""
    if vague_phrase or start == 0:
        return False
    before = tokens[start - 1]
    # A label: a noun right before a plain number ("magnitude 7.8", "Category 4", "Flight
    # 370"); a count written after a noun has a separator or scale ("a record 160 million").
    plain = end == start + 1 and "," not in words[start] and words[start][:1].isdecimal()
    if plain and before.pos in _NOUNS and words[start - 1] not in _CURRENCY:
        return before.tag != "JJ"
    # A ratio: "one in five adults", "1 in 10".
    return words[start - 1] == "in" and start > 1 and _is_number_word(words[start - 2])


def _is_number_word(word: str) -> bool:
    return word in _NUMBER_WORDS or bool(_DIGITS.match(word))


def _counts(
    tokens: Sequence[Token],
    words: Sequence[str],
    start: int,
    end: int,
    unit_at: int,
    value: float,
    tables: _Tables,
) -> bool:
    """Whether the number counts the noun found after it."""
    noun = tokens[unit_at]
    if noun.pos == "X":  # no tagger: nothing to judge by
        return True
    # A proper noun after a number is a name it is part of ("10 Downing Street"), unless
    # it is a known unit ("200 Marines").
    if noun.pos == "PROPN" and _known_unit(noun, tables.unit_keys) is None:
        return False
    before = words[start - 1] if start > 0 else ""
    # "the 10 biggest cities": a set picked by rank, not a count.
    if before == "the" and any(tokens[j].tag == "JJS" for j in range(end, unit_at)):
        return False
    # "a 7.1 quake", "a 20 minute walk": the article goes with a singular noun the number
    # describes; a count of one is written without a number.
    return not (before in ("a", "an") and noun.tag == "NN" and value != 1)


def _known_unit(token: Token, unit_keys: Mapping[str, str]) -> str | None:
    lemma = _lemma(token)
    return (
        unit_keys.get(lemma)
        or unit_keys.get(lemma.rstrip("s"))
        or unit_keys.get(token.text.lower())
    )


def _key(
    tokens: Sequence[Token],
    unit_at: int | None,
    unit: str,
    value: float,
    unit_keys: Mapping[str, str],
) -> str:
    """The measure key of a counted noun: its table key, else its plural."""
    key = unit_keys.get(unit) or unit_keys.get(unit.rstrip("s"))
    if key:
        return key
    if unit in set(unit_keys.values()):
        return unit
    if unit_at is None:
        return _plural(unit)
    noun = tokens[unit_at]
    # After a number other than one, a noun is written plural; one written in the singular
    # ("200 staff", "80 aircraft") has no other plural: keep it as written.
    if noun.tag in ("NNS", "NNPS") or (noun.tag == "NN" and value != 1):
        return noun.text.lower()
    return _plural(unit)


def _bare_measure(
    tokens: Sequence[Token],
    words: Sequence[str],
    start: int,
    end: int,
    tables: _Tables,
    sentence: list[int],
    previous: Figure | None,
) -> str:
    """What a number with no noun after it counts, said by the words it depends on.

    - the members of a collective: "a force of 100,000", "a crowd of 74,000", "police put
      the crowd at 60,000", "the death toll rose to 57", "attendance reached 48,500";
    - the victims of an outcome verb: "killing 12", "120 wounded", "injured 9,000": the
      noun of the figure before it in the sentence ("30 people were killed and 120
      wounded") when that one counts victims, else people.
    """
    head_at = _span_head(tokens, start, end)
    # "one" with no noun is a pronoun: "one of the soldiers", "no one was hurt".
    if head_at is None or (end == start + 1 and words[start] == "one"):
        return ""
    token = tokens[head_at]
    sent = sentence[head_at]
    # A part of a counted whole: "210 of the 400 seats", "three of the soldiers were killed".
    if end + 1 < len(words) and words[end] == "of" and tokens[end + 1].pos == "DET":
        for j in _children(tokens, end, sentence, sent):
            if tokens[j].dep == "pobj" and tokens[j].pos == "NOUN":
                key = _key(tokens, j, _lemma(tokens[j]), 2.0, tables.unit_keys)
                outcome = _outcome(
                    tokens, words, start, end, head_at, sent, sentence, tables.outcomes
                )
                return f"{key} {outcome}" if outcome else key
    # An outcome word as the noun: "left 42 dead", "120 wounded", "five missing".
    # The victims elided after an earlier count of victims take its noun ("30 people were
    # killed and 120 wounded"); otherwise they are people.
    victims = "people"
    if previous is not None:
        parts = previous.measures.split()
        if len(parts) == 2 and parts[1] in tables.outcomes.values():
            victims = parts[0]
    if end < len(words) and sentence[end] == sent:
        outcome = tables.outcomes.get(words[end])
        if outcome and tokens[end].pos in ("ADJ", "VERB", "X"):
            return f"{victims} {outcome}"
    up = token.head
    if up == head_at:
        return ""
    upper = tokens[up]
    if token.dep == "pobj" and words[up] == "of" and upper.head != up:
        return _collective(tokens[upper.head], tables)
    verb = up
    if token.dep == "pobj" and words[up] in ("to", "at") and upper.head != up:
        verb = upper.head
    elif token.dep not in ("dobj", "nsubj", "nsubjpass", "attr"):
        return ""
    if verb == up and token.dep != "pobj":
        outcome = tables.outcomes.get(words[verb]) or tables.outcomes.get(_lemma(tokens[verb]))
        if outcome and token.dep != "attr":
            return f"{victims} {outcome}"
    for j in _children(tokens, verb, sentence, sent):
        if tokens[j].dep in ("nsubj", "nsubjpass", "dobj") and j != head_at:
            found = _collective(tokens[j], tables)
            if found:
                return found
    return ""


def _outcome_noun(tokens: Sequence[Token], unit_at: int | None, tables: _Tables) -> str:
    if unit_at is None or tokens[unit_at].pos != "NOUN":
        return ""
    if _known_unit(tokens[unit_at], tables.unit_keys) is not None:
        return ""
    return tables.outcomes.get(_lemma(tokens[unit_at]), "")


def _collective(token: Token, tables: _Tables) -> str:
    return tables.collectives.get(_lemma(token)) or tables.collectives.get(token.text.lower(), "")


def _span_head(tokens: Sequence[Token], start: int, end: int) -> int | None:
    """The token of start..end whose head lies outside it (the syntactic head of the span)."""
    for j in range(end - 1, start - 1, -1):
        if not start <= tokens[j].head < end:
            return j
    return None


def _children(tokens: Sequence[Token], head: int, sentence: list[int], sent: int) -> list[int]:
    out = []
    j = head
    while j > 0 and sentence[j - 1] == sent:
        j -= 1
    while j < len(tokens) and sentence[j] == sent:
        if tokens[j].head == head and j != head:
            out.append(j)
        j += 1
    return out


def _rate(
    tokens: Sequence[Token], words: Sequence[str], last: int, sent: int, sentence: list[int]
) -> int | None:
    """The noun of "a day" / "per barrel" right after a figure, when it ends the phrase (not
    "12 people a day after the vote")."""
    at = last + 1
    if at >= len(words) or sentence[at] != sent or words[last] not in ("a", "an", "per"):
        return None
    if tokens[at].pos != "NOUN" or tokens[at].tag not in ("NN", "X"):
        return None
    after = tokens[at + 1] if at + 1 < len(tokens) and sentence[at + 1] == sent else None
    if after is not None and (after.pos in _NOUNS or after.tag in ("IN", "RB")):
        return None
    return at


def _bounded(
    value: float, low: float | None, high: float | None, kind: str
) -> tuple[float | None, float | None]:
    top = high if high is not None else value
    bottom = low if low is not None else value
    if kind in ("max", "below"):
        return None, top
    if kind in ("min", "above"):
        return bottom, None
    if kind == "between":
        return low, high
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
    unit_at: int | None,
    sent: int,
    sentence: list[int],
    outcomes: Mapping[str, str],
) -> str:
    def outcome_at(j: int) -> str:
        return outcomes.get(words[j]) or outcomes.get(_lemma(tokens[j])) or ""

    # The verb the counted noun is subject or object of, through coordination: "three
    # soldiers and two civilians were killed", "killed 2,000 people and injured 9,000".
    if unit_at is not None and tokens[unit_at].pos != "X":
        j = unit_at
        while tokens[j].dep == "conj" and tokens[j].head != j:
            j = tokens[j].head
        if tokens[j].dep in ("nsubj", "nsubjpass", "dobj") and tokens[j].head != j:
            found = outcome_at(tokens[j].head)
            if found:
                return found
    for j in range(last, min(last + 4, len(tokens))):
        if sentence[j] != sent or not tokens[j].text[:1].isalpha():
            break
        found = outcome_at(j)
        if found:
            return found
    # The words before: "killed 14,000 people"; the window ends at a noun or a conjunction,
    # which belong to another phrase ("12 deaths and 340 infections").
    for j in range(first - 1, max(first - 3, -1), -1):
        if sentence[j] != sent or not tokens[j].text[:1].isalpha():
            break
        if tokens[j].pos in ("NOUN", "PROPN", "CCONJ"):
            break
        found = outcome_at(j)
        if found:
            return found
    return ""


def _plural(unit: str) -> str:
    """English plural of a lemma: city -> cities, box -> boxes, troop -> troops."""
    if unit.endswith("s"):
        return unit
    if unit.endswith("y") and len(unit) > 1 and unit[-2] not in "aeiou":
        return unit[:-1] + "ies"
    if unit.endswith(("x", "z", "ch", "sh")):
        return unit + "es"
    return unit + "s"
