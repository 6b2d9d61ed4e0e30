"""ftfy's mojibake test, searched only where it can match.

`ftfy.fix_encoding(text)` gives `text` back unchanged unless `ftfy.badness.is_bad(text)`: a
search of one large regular expression (`BADNESS_RE`) over the whole text, about a third of
a millisecond for a news article with a few curly quotes, on every article read. Each match
of that expression is a few characters long and holds a non-ASCII character, so it is
searched here only around the non-ASCII characters of the text: the same answer (see
`_searchable_by_window` for why), at a small part of the cost. When a version of ftfy brings
an expression for which that does not hold, the whole text is searched, as ftfy does.
"""

from __future__ import annotations

import re
from re import _constants as sre  # noqa: PLC2701 - the stable syntax-tree vocabulary of `re`
from re import _parser as sre_parse  # noqa: PLC2701

import ftfy
from ftfy.badness import BADNESS_RE

__all__ = ["fix_encoding", "is_bad"]

_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _searchable_by_window(pattern: re.Pattern[str]) -> int | None:
    """The longest match of `pattern` when a search around each non-ASCII character finds
    what a search of the whole text finds, else None.

    That holds when (1) no match is longer than some width W, (2) every alternative of the
    pattern contains a character class (or a character) of non-ASCII characters only, so
    every match holds a non-ASCII character, and (3) the pattern has no lookarounds and no
    anchors but the string's start, nor case folding (which lets a non-ASCII class match
    ASCII letters), so whether it matches a span depends on the span's characters and its
    position alone. Then a match [s, e) holding a non-ASCII character at p lies within
    [p - W + 1, p + W), and any match found in such a window is a match in the whole text.
    """
    try:
        tree = sre_parse.parse(pattern.pattern, pattern.flags)
    except re.error:
        return None
    width = tree.getwidth()[1]
    if width >= sre.MAXREPEAT or pattern.flags & (re.IGNORECASE | re.MULTILINE):
        return None
    items = list(tree)
    alternatives = items[0][1][1] if len(items) == 1 and items[0][0] is sre.BRANCH else [tree]
    for alternative in alternatives:
        if not _context_free(list(alternative)):
            return None
        if not any(_only_non_ascii(op, arg) for op, arg in alternative):
            return None
    return width


# `^` and `\A` test the absolute position (the string's start, not the search's), which a
# window that contains the match does not change; `$`, `\b` and lookarounds read what is
# around the match, which a window may cut off.
_ABSOLUTE_AT = (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING)


def _context_free(items: list[tuple[object, object]]) -> bool:
    for op, arg in items:
        if op in (sre.LITERAL, sre.IN, sre.ANY) or (op is sre.AT and arg in _ABSOLUTE_AT):
            continue
        if op is sre.SUBPATTERN:
            if not _context_free(list(arg[-1])):  # type: ignore[index]
                return False
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            if not _context_free(list(arg[2])):  # type: ignore[index]
                return False
        elif op is sre.BRANCH:
            if not all(_context_free(list(alt)) for alt in arg[1]):  # type: ignore[index]
                return False
        else:  # anchors, lookarounds, group references, ...
            return False
    return True


def _only_non_ascii(op: object, arg: object) -> bool:
    """The item matches exactly one character, and only a non-ASCII one."""
    if op is sre.LITERAL:
        return arg >= 0x80  # type: ignore[operator]
    if op is not sre.IN:
        return False
    for kind, value in arg:  # type: ignore[attr-defined]
        if kind is sre.LITERAL and value >= 0x80:
            continue
        if kind is sre.RANGE and value[0] >= 0x80:
            continue
        return False  # a negated class, a category (\s), an ASCII member
    return True


_WIDTH = _searchable_by_window(BADNESS_RE)
_MOST_WINDOWS = 64  # then the rest of the text is searched whole


def is_bad(text: str) -> bool:
    """`ftfy.badness.is_bad(text)`: does the text look like it holds mojibake?"""
    if _WIDTH is None:
        return bool(BADNESS_RE.search(text))
    searched_to = 0  # windows overlap where non-ASCII characters are close: search each once
    for n, m in enumerate(_NON_ASCII.finditer(text)):
        if n == _MOST_WINDOWS:
            # A text in another script is mostly non-ASCII: one search of the rest is cheaper
            # than a window per character (no match starts before `searched_to`).
            return bool(BADNESS_RE.search(text, searched_to))
        start, end = max(m.start() - _WIDTH + 1, searched_to), m.start() + _WIDTH
        if start < end and BADNESS_RE.search(text, start, end):
            return True
        # a match starting before `end - _WIDTH + 1` would have been found in this window
        searched_to = max(searched_to, end - _WIDTH + 1)
    return False


def fix_encoding(text: str) -> str:
    """`ftfy.fix_encoding(text)`, which gives back any text that is ASCII or not `is_bad`."""
    if text.isascii() or not is_bad(text):
        return text
    return ftfy.fix_encoding(text)
