"""Cheap necessary conditions for expensive regular expressions.

An extractor that runs dozens of large patterns over every article spends most of that time
on patterns that match nothing there: Python's `re` tries every alternative at every word
start. `required_literals(pattern)` reads the pattern's syntax tree and returns words (or a
digit) of which every match must contain at least one; `LiteralGate` tests them with plain
substring search on the lower-cased text, and a pattern whose words are all absent is not
run. The matches found are exactly the same, only sooner (tests compare both ways).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from re import _constants as sre  # noqa: PLC2701 - the stable syntax-tree vocabulary of `re`
from re import _parser as sre_parse  # noqa: PLC2701

__all__ = ["DIGIT", "LiteralGate", "required_literals"]

DIGIT = r"\d"  # the requirement "some digit", next to literal words
_DIGIT_IN_TEXT = re.compile(r"\d")
# The only non-ASCII characters that `re.IGNORECASE` matches to an ASCII letter while
# `str.lower` does not lower to it (dotted and dotless i, long s): texts that contain one
# are not filtered, so the gate never hides a match.
_CASE_ODDITIES = re.compile("[\u0130\u0131\u017f]")
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case ASCII strings (or DIGIT) one of which every match of `pattern` contains.

    None when no such set was found: the pattern can match without a literal word or digit.
    """
    try:
        tree = sre_parse.parse(pattern.pattern, pattern.flags)
    except re.error:
        return None
    needed = _sequence(list(tree))
    if not needed or not all(s == DIGIT or s.isascii() for s in needed):
        return None
    return needed


class LiteralGate:
    """Says which of a list of patterns can possibly match a text."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.needs = [required_literals(p) for p in patterns]

    def open(self, text: str) -> list[bool]:
        """For each pattern: False when it cannot match `text`, True when it may."""
        if _CASE_ODDITIES.search(text):
            return [True] * len(self.needs)
        lowered = text.lower()
        has_digit: bool | None = None
        found = []
        for needs in self.needs:
            if needs is None:
                found.append(True)
                continue
            ok = False
            for literal in needs:
                if literal == DIGIT:
                    if has_digit is None:
                        has_digit = _DIGIT_IN_TEXT.search(text) is not None
                    ok = has_digit
                else:
                    ok = literal in lowered
                if ok:
                    break
            found.append(ok)
        return found


def _weight(requirement: frozenset[str]) -> float:
    # How selective a requirement is: its shortest alternative's length (a digit is common).
    return min(0.5 if s == DIGIT else len(s) for s in requirement)


def _sequence(items: list[tuple[object, object]]) -> frozenset[str] | None:
    """The most selective requirement among the mandatory parts of a sequence."""
    candidates: list[frozenset[str]] = []
    run = ""
    for op, arg in items:
        if op is sre.LITERAL:
            run += chr(arg).lower()  # type: ignore[arg-type]
            continue
        if run:
            candidates.append(frozenset({run}))
            run = ""
        if op in _ZERO_WIDTH:
            continue
        found = _item(op, arg)
        if found:
            candidates.append(found)
    if run:
        candidates.append(frozenset({run}))
    return max(candidates, key=_weight) if candidates else None


def _item(op: object, arg: object) -> frozenset[str] | None:
    if op is sre.SUBPATTERN:
        return _sequence(list(arg[-1]))  # type: ignore[index]
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(arg))  # type: ignore[arg-type]
    if op in _REPEATS:
        low, _high, body = arg  # type: ignore[misc]
        return _sequence(list(body)) if low >= 1 else None
    if op is sre.BRANCH:
        alternatives = [_sequence(list(alt)) for alt in arg[1]]  # type: ignore[index]
        if any(not alt for alt in alternatives):
            return None
        return frozenset().union(*alternatives)  # type: ignore[arg-type]
    if op is sre.IN and arg == [(sre.CATEGORY, sre.CATEGORY_DIGIT)]:
        return frozenset({DIGIT})
    return None
