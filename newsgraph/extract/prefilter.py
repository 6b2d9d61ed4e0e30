"""Cheap necessary conditions for expensive regular expressions.

An extractor that runs dozens of large patterns over every article spends most of that time
on patterns that match nothing there: Python's `re` tries every alternative at every word
start. `required_literals(pattern)` reads the pattern's syntax tree and returns sets of words
(or a digit): every match, with its lookarounds, contains a word of each set. `LiteralGate`
finds them in the lower-cased text (through an index of its words, which finds what a
substring search finds), and a pattern with a set absent is not run. A pattern that can never
match a line break (nor look at one) is run only over the lines that meet its most selective
sets (`single_line`, `LiteralGate.windows`). The matches found are exactly the same, only
sooner (tests compare both ways).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from re import _constants as sre  # noqa: PLC2701 - the stable syntax-tree vocabulary of `re`
from re import _parser as sre_parse  # noqa: PLC2701

__all__ = [
    "DIGIT",
    "LiteralGate",
    "first_char_guard",
    "guard_prefix",
    "required_literals",
    "single_line",
]

DIGIT = r"\d"  # the requirement "some digit", next to literal words
_DIGIT_IN_TEXT = re.compile(r"\d")
# The only non-ASCII characters that `re.IGNORECASE` matches to an ASCII letter while
# `str.lower` does not lower to it (dotted and dotless i, long s): texts that contain one
# are not filtered, so the gate never hides a match.
_CASE_ODDITIES = re.compile("[\u0130\u0131\u017f]")
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
LINE_CLAUSES = 2  # requirements a line is checked against (the most selective first)
# Word boundaries read the same at a line's end as before its "\n"; "^", "$", "\A" do not.
_LINE_SAFE_AT = (sre.AT_BOUNDARY, sre.AT_NON_BOUNDARY)


def required_literals(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...] | None:
    """Sets of lower-case ASCII strings (or DIGIT): every match of `pattern`, with its
    lookarounds, contains one string of each set.

    None when no such set was found: the pattern can match without a literal word or digit.
    Single characters other than a digit are left out: they say little and cost a search.
    """
    tree = _tree(pattern)
    return None if tree is None else _required(tree)


def _tree(pattern: re.Pattern[str]) -> sre_parse.SubPattern | None:
    """The syntax tree of `pattern` (None when `re`'s parser does not read it back)."""
    return _parse(pattern.pattern, pattern.flags)


def _parse(source: str, flags: int) -> sre_parse.SubPattern | None:
    try:
        return sre_parse.parse(source, flags)
    except re.error:
        return None


def _required(tree: sre_parse.SubPattern) -> tuple[frozenset[str], ...] | None:
    clauses = set(_usable(_sequence(list(tree))))
    return tuple(sorted(clauses, key=lambda c: (-_weight(c), sorted(c)))) or None


def single_line(pattern: re.Pattern[str]) -> bool:
    """True when no match of `pattern`, nor any of its lookarounds, can take in a line
    break: then every match lies within one line, and a search of that line alone (with the
    string's end at the line's end) finds the same matches."""
    tree = _tree(pattern)
    return tree is not None and not _may_touch_newline(list(tree), pattern.flags)


def _may_touch_newline(items: list[tuple[object, object]], flags: int) -> bool:
    for op, arg in items:
        if op is sre.LITERAL:
            if arg == 10:
                return True
        elif op is sre.IN:
            if _class_has_newline(arg):  # type: ignore[arg-type]
                return True
        elif op is sre.AT:
            if arg not in _LINE_SAFE_AT:
                return True
        elif op is sre.ANY:
            if flags & re.DOTALL:
                return True
        elif op is sre.SUBPATTERN:
            if _may_touch_newline(list(arg[-1]), flags):  # type: ignore[index]
                return True
        elif op in _REPEATS:
            if _may_touch_newline(list(arg[2]), flags):  # type: ignore[index]
                return True
        elif op is sre.BRANCH:
            if any(_may_touch_newline(list(alt), flags) for alt in arg[1]):  # type: ignore[index]
                return True
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            if _may_touch_newline(list(arg[1]), flags):  # type: ignore[index]
                return True
        else:  # NOT_LITERAL, group references, conditionals, ...: assume the worst
            return True
    return False


_NEWLINE_CATEGORIES = {sre.CATEGORY_SPACE, sre.CATEGORY_NOT_WORD, sre.CATEGORY_NOT_DIGIT}
_NO_NEWLINE_CATEGORIES = {sre.CATEGORY_NOT_SPACE, sre.CATEGORY_WORD, sre.CATEGORY_DIGIT}


def _class_has_newline(items: list[tuple[object, object]]) -> bool:
    negate = False
    member = False
    for op, arg in items:
        if op is sre.NEGATE:
            negate = True
        elif op is sre.LITERAL:
            member = member or arg == 10
        elif op is sre.RANGE:
            low, high = arg  # type: ignore[misc]
            member = member or low <= 10 <= high
        elif op is sre.CATEGORY and arg in _NO_NEWLINE_CATEGORIES:
            continue
        elif op is sre.CATEGORY and arg in _NEWLINE_CATEGORIES:
            member = True
        else:
            return True  # a class we do not read: assume it may hold a line break
    return member != negate


# A guard for more first letters than this fails at too few word starts to pay for itself
# (measured on the time rules: with 19 letters it costs more than it saves, with 10 it saves).
GUARD_LETTERS = 12
_CATEGORY_SOURCE = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}


def first_char_guard(pattern: re.Pattern[str]) -> re.Pattern[str]:
    r"""`pattern` with a lookahead in front for the characters a match can start with, or
    `pattern` itself where none is worth it; both find the same matches (`guard_prefix`)."""
    prefix = guard_prefix(pattern.pattern, pattern.flags)
    if not prefix:
        return pattern
    try:
        return re.compile(f"{prefix}(?:{pattern.pattern})", pattern.flags)
    except re.error:  # say, global flags written into the pattern: they must come first
        return pattern


def guard_prefix(source: str, flags: int) -> str:
    r"""A lookahead for the characters a match of `source` (with `flags`) can start with, to
    put in front of the pattern ("(?=(?i:[a]))(?:" + source + ")" finds the same matches),
    or "" where none is worth it. Read from the source, so a rule can be compiled once.

    `re` tries a pattern that opens with a lookbehind ("(?<![\w-])", a word start) at every
    position of the text, and one that ignores case gets no first-character scan either: a
    rule like "(?:(?<=\d\s)|(?<=\btimes\s)|...)an?\s+year" runs its lookbehinds at every
    character. The lookahead ("(?=(?i:[a]))") fails at once where no match can start. It is
    left out where the pattern has a lookahead of its own in front, where a match may be empty
    or start with any character, and where more than GUARD_LETTERS letters may start one.
    """
    tree = _parse(source, flags)
    if tree is None or flags & re.VERBOSE or _leading_lookahead(list(tree)):
        return ""
    try:
        chars, categories, empty = _first_chars(list(tree))
    except _Unread:
        return ""
    if empty or not (chars or categories) or sum(c.isalpha() for c in chars) > GUARD_LETTERS:
        return ""
    if sre.CATEGORY_DIGIT in categories:
        chars = {c for c in chars if not ("0" <= c <= "9")}
    members = "".join(re.escape(c) for c in sorted(chars))
    members += "".join(_CATEGORY_SOURCE[c] for c in sorted(categories, key=str))
    # Case ignored: a class of the first characters may only grow by it, which keeps every
    # match (under "(?-i:...)" too).
    return f"(?=(?i:[{members}]))"


def _char(code: int) -> str:
    """The character, lower-cased: under "(?i:...)" the guard's class takes every character
    that the pattern's own letter takes, ignoring case or not (checked over all of Unicode
    for the ASCII letters). Non-ASCII letters are not read: their case rules are wider."""
    char = chr(code)
    if char.isascii():
        return char.lower()
    if char.lower() == char == char.upper():
        return char  # no case: "’", "–"
    raise _Unread


class _Unread(Exception):
    """A piece of a pattern whose first characters are not read (taken as any character)."""


def _leading_lookahead(items: list[tuple[object, object]]) -> bool:
    """The pattern opens, after its lookbehinds and anchors, with a lookahead of its own."""
    for op, arg in items:
        if op is sre.ASSERT and arg[0] == 1:  # type: ignore[index]
            return True
        if op not in _ZERO_WIDTH:
            return False
    return False


def _first_chars(items: list[tuple[object, object]]) -> tuple[set[str], set[object], bool]:
    r"""The characters (lower-cased) and classes (\d, \w, ...) a match of the sequence can
    start with, and whether the match can be empty (then what follows it counts too)."""
    chars: set[str] = set()
    categories: set[object] = set()
    for op, arg in items:
        if op in _ZERO_WIDTH:
            continue
        if op is sre.LITERAL:
            chars.add(_char(arg))  # type: ignore[arg-type]
            return chars, categories, False
        if op is sre.IN:
            _class_members(arg, chars, categories)  # type: ignore[arg-type]
            return chars, categories, False
        if op is sre.SUBPATTERN:
            _group, added, removed, body = arg  # type: ignore[misc]
            if (added | removed) & ~re.IGNORECASE:
                raise _Unread  # "(?a:...)", "(?s:...)": other flags read classes otherwise
            bodies, empty = [list(body)], False
        elif op is sre.ATOMIC_GROUP:
            bodies, empty = [list(arg)], False  # type: ignore[arg-type]
        elif op in _REPEATS:
            bodies, empty = [list(arg[2])], arg[0] == 0  # type: ignore[index]
        elif op is sre.BRANCH:
            bodies, empty = [list(alt) for alt in arg[1]], False  # type: ignore[index]
        else:  # ".", "[^x]", group references, ...: any character may start a match
            raise _Unread
        for body in bodies:
            more, more_categories, may_be_empty = _first_chars(body)
            chars |= more
            categories |= more_categories
            empty = empty or may_be_empty
        if not empty:
            return chars, categories, False
    return chars, categories, True


def _class_members(items: list[tuple[object, object]], chars: set[str], kinds: set[object]) -> None:
    for op, arg in items:
        if op is sre.LITERAL:
            chars.add(_char(arg))  # type: ignore[arg-type]
        elif op is sre.RANGE and arg[1] - arg[0] < 64:  # type: ignore[index, operator]
            chars.update(_char(c) for c in range(arg[0], arg[1] + 1))  # type: ignore[index, operator]
        elif op is sre.CATEGORY and arg in _CATEGORY_SOURCE:
            kinds.add(arg)
        else:  # a negated class (case changes what it leaves out), a wide range, ...
            raise _Unread


class LiteralGate:
    """Says which of a list of patterns can possibly match a text."""

    def __init__(self, patterns: Sequence[re.Pattern[str] | tuple[str, int]]) -> None:
        # A pattern may be given as its source and flags: the gate only reads it (a source
        # the gate reads better than the one compiled, with the same matches, say).
        read = [p if isinstance(p, tuple) else (p.pattern, p.flags) for p in patterns]
        # Each pattern parsed once for both readings (`required_literals`, `single_line`):
        # every worker builds the gate of the time rules when it starts.
        trees = [_parse(source, flags) for source, flags in read]
        self.needs = [None if tree is None else _required(tree) for tree in trees]
        self.by_line = [
            needs is not None and not _may_touch_newline(list(tree), flags)  # type: ignore[arg-type]
            for (_source, flags), tree, needs in zip(read, trees, self.needs, strict=True)
        ]
        # What is searched for each requirement (see `_searched`).
        clauses = {clause for needs in self.needs if needs is not None for clause in needs}
        self.searched = {clause: _searched(clause) for clause in clauses}
        # The same, by number, for `windows`: each requirement once, as a digit flag and
        # the words to look for; each pattern's requirements as numbers, most selective first.
        numbered = sorted(clauses, key=lambda c: sorted(c))
        number = {clause: k for k, clause in enumerate(numbered)}
        self._digit = [DIGIT in self.searched[c] for c in numbered]
        self._words = [tuple(w for w in self.searched[c] if w != DIGIT) for c in numbered]
        self._plan = [
            None if needs is None else (tuple(number[c] for c in needs), by_line)
            for needs, by_line in zip(self.needs, self.by_line, strict=True)
        ]
        # How `windows` reads each requirement: the numbers of its words in a word index of
        # the text (`_WordIndex`), the few words with other characters ("year-", "saints'")
        # to search for, and whether a digit meets it.
        indexed = sorted({w for words in self._words for w in words if _WORD_LITERAL.fullmatch(w)})
        self._index = _WordIndex(indexed)
        index_of = {w: k for k, w in enumerate(indexed)}
        self._reads = [
            (
                tuple(index_of[w] for w in words if w in index_of),
                tuple(w for w in words if w not in index_of),
                digit,
            )
            for words, digit in zip(self._words, self._digit, strict=True)
        ]

    def windows(self, text: str) -> list[list[tuple[int, int]] | None]:
        """For each pattern: None to search the whole text, else the (start, end) spans to
        search (empty: the pattern cannot match). Spans are runs of whole lines."""
        if _CASE_ODDITIES.search(text):
            return [None] * len(self.needs)
        lowered = text.lower()
        line_starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
        held = self._index.lines_holding(lowered)
        digit_lines = _mask(_lines_holding(DIGIT, text, lowered, line_starts))
        # Rules share requirements (the unit words, the month names): each is read once, as
        # the lines that meet it (bit k for line k; 0: the text does not meet it).
        meeting = []
        for indexed, unindexed, digit in self._reads:
            lines = digit_lines if digit else 0
            for literal in indexed:
                lines |= held[literal]
            for literal in unindexed:
                lines |= _mask(_lines_holding(literal, text, lowered, line_starts))
            meeting.append(lines)
        spans_of: dict[int, list[tuple[int, int]]] = {0: []}
        found: list[list[tuple[int, int]] | None] = []
        for plan in self._plan:
            if plan is None:
                found.append(None)
                continue
            needs, by_line = plan
            if not all([meeting[clause] for clause in needs]):
                found.append([])
            elif not by_line:
                found.append(None)  # the clauses may be met on different lines
            else:
                # A match, lookarounds included, lies on one line, which meets every clause;
                # the two most selective narrow the lines enough (all of them, free with the
                # masks, left 7% fewer characters to search on the bench and were no faster).
                lines = meeting[needs[0]]
                for clause in needs[1:LINE_CLAUSES]:
                    lines &= meeting[clause]
                if lines not in spans_of:  # rules often end up with the same lines
                    spans_of[lines] = _mask_spans(lines, line_starts, len(text))
                found.append(list(spans_of[lines]))
        return found


class _WordIndex:
    """Which of a set of literals (each made of word characters only) occur on which lines
    of a lower-cased text, found word by word instead of one substring search per literal.

    Such a literal occurs in the text only inside a run of word characters ("day" in
    "monday"), so a line holds it exactly when one of the line's words does. A news text
    repeats its words and shares most of them with the texts before it, so what each word
    holds is remembered (up to `_REMEMBERED` words, then forgotten at once); a word not seen
    yet is cut into the pieces of the literals' lengths, each looked up.
    """

    def __init__(self, literals: Sequence[str]) -> None:
        self.size = len(literals)
        by_length: dict[int, dict[str, int]] = {}
        for number, literal in enumerate(literals):
            by_length.setdefault(len(literal), {})[literal] = number
        self._by_length = sorted(by_length.items())
        self._held: dict[str, tuple[int, ...]] = {}

    def lines_holding(self, lowered: str) -> list[int]:
        """For each literal, the lines holding it: bit k set for line k (0: absent)."""
        lines = [0] * self.size
        held = self._held
        for number, line in enumerate(lowered.split("\n")):
            bit = 1 << number
            for word in set(_WORD.findall(line)):
                literals = held.get(word)
                if literals is None:
                    literals = self._remember(word)
                for literal in literals:
                    lines[literal] |= bit
        return lines

    def _remember(self, word: str) -> tuple[int, ...]:
        found: set[int] = set()
        for length, numbers in self._by_length:
            if length > len(word):
                break
            for start in range(len(word) - length + 1):
                number = numbers.get(word[start : start + length])
                if number is not None:
                    found.add(number)
        if len(self._held) >= _REMEMBERED:
            self._held.clear()  # bounded memory in a long-running worker
        literals = self._held[word] = tuple(sorted(found))
        return literals


_WORD = re.compile(r"\w+")
_WORD_LITERAL = re.compile("[a-z0-9_]+")  # lower-case ASCII word characters: `\w` takes them
_REMEMBERED = 50_000


def _mask(lines: set[int]) -> int:
    mask = 0
    for line in lines:
        mask |= 1 << line
    return mask


def _mask_spans(mask: int, line_starts: list[int], length: int) -> list[tuple[int, int]]:
    """`_line_spans` of the lines whose bits are set in `mask` (not 0)."""
    bits = bin(mask)[:1:-1]  # the lowest bit first; a shift a line would cost more
    return _line_spans([line for line, bit in enumerate(bits) if bit == "1"], line_starts, length)


def _searched(clause: frozenset[str]) -> tuple[str, ...]:
    """The strings of a requirement worth searching for: a string that holds another one of
    them ("april" holds "apr") or holds a digit next to DIGIT can only occur where that one
    occurs too, on the same line, so leaving it out finds the same texts and lines. (Not for
    strings with a line break, where "the same line" would not hold.)"""
    kept = []
    for s in sorted(clause):
        if s != DIGIT and "\n" not in s:
            if DIGIT in clause and _DIGIT_IN_TEXT.search(s):
                continue
            if any(o != s and o != DIGIT and "\n" not in o and o in s for o in clause):
                continue
        kept.append(s)
    return tuple(kept)


_NEWLINE = re.compile("\n")
_DIGITS = re.compile(r"\d+")


def _lines_holding(literal: str, text: str, lowered: str, line_starts: list[int]) -> set[int]:
    """Numbers of the lines where `literal` occurs (a match may start there)."""
    lines = set()
    last = len(line_starts) - 1
    if literal == DIGIT:
        m = _DIGITS.search(text)
        while m is not None:
            line = bisect.bisect_right(line_starts, m.start()) - 1
            lines.add(line)
            if line >= last:
                break
            m = _DIGITS.search(text, line_starts[line + 1])  # one a line is enough
        return lines
    at = lowered.find(literal)
    while at != -1:
        line = bisect.bisect_right(line_starts, at) - 1
        lines.add(line)
        if line >= last:
            break
        at = lowered.find(literal, line_starts[line + 1])  # one a line is enough: skip the rest
    return lines


def _line_spans(lines: list[int], line_starts: list[int], length: int) -> list[tuple[int, int]]:
    """Runs of consecutive lines as (start, end) spans; a span ends before its line break."""
    spans: list[tuple[int, int]] = []
    first = previous = lines[0]
    for line in [*lines[1:], None]:
        if line is not None and line == previous + 1:
            previous = line
            continue
        end = line_starts[previous + 1] - 1 if previous + 1 < len(line_starts) else length
        spans.append((line_starts[first], end))
        if line is not None:
            first = previous = line
    return spans


def _usable(clauses: list[frozenset[str]]) -> list[frozenset[str]]:
    """The requirements `required_literals` keeps: digits and words of two letters or more."""
    return [c for c in clauses if all(s == DIGIT or (s.isascii() and len(s) > 1) for s in c)]


def _weight(requirement: frozenset[str]) -> float:
    # How selective a requirement is: its shortest alternative's length (a digit is common).
    return min(0.5 if s == DIGIT else len(s) for s in requirement)


def _sequence(items: list[tuple[object, object]]) -> list[frozenset[str]]:
    """Requirements that all hold for a match of a sequence (with its lookarounds)."""
    clauses: list[frozenset[str]] = []
    run = ""
    for op, arg in items:
        if op is sre.LITERAL:
            run += chr(arg).lower()  # type: ignore[arg-type]
            continue
        if run:
            clauses.append(frozenset({run}))
            run = ""
        if op is sre.ASSERT:  # a lookahead or lookbehind that must match: its text is there
            clauses += _sequence(list(arg[1]))  # type: ignore[index]
        elif op not in _ZERO_WIDTH:
            clauses += _item(op, arg)
    if run:
        clauses.append(frozenset({run}))
    return clauses


def _item(op: object, arg: object) -> list[frozenset[str]]:
    if op is sre.SUBPATTERN:
        return _sequence(list(arg[-1]))  # type: ignore[index]
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(arg))  # type: ignore[arg-type]
    if op in _REPEATS:
        low, _high, body = arg  # type: ignore[misc]
        return _sequence(list(body)) if low >= 1 else []
    if op is sre.BRANCH:
        # One requirement: each alternative's most selective one, any of them.
        alternatives = [_sequence(list(alt)) for alt in arg[1]]  # type: ignore[index]
        if any(not alt for alt in alternatives):
            return []
        # (A requirement the gate would drop, a single letter, is passed over for a usable
        # one: "1[89]\\d\\d" needs a digit, which says more than no requirement at all.)
        either = frozenset().union(*(max(_usable(alt) or alt, key=_weight) for alt in alternatives))
        # And what every alternative needs: "(?:1[89]|20)\\d0|'\\d0|(?<=the\\s)\\d0" needs a
        # digit, which the one above ("20", a digit or "the") leaves out. Such a requirement
        # whose strings are all in the one above says more, and makes it redundant.
        shared = sorted(set(alternatives[0]).intersection(*alternatives[1:]), key=sorted)
        return shared if any(c <= either for c in _usable(shared)) else [either, *shared]
    if op is sre.IN and (arg == [(sre.CATEGORY, sre.CATEGORY_DIGIT)] or _digits_only(arg)):
        return [frozenset({DIGIT})]
    return []


_ASCII_DIGITS = range(ord("0"), ord("9") + 1)


def _digits_only(members: object) -> bool:
    """A character class of ASCII digits only ("[1-9]", "[0-5]", "[12]"): it needs a digit."""
    return all(
        (op is sre.LITERAL and arg in _ASCII_DIGITS)
        or (op is sre.RANGE and arg[0] in _ASCII_DIGITS and arg[1] in _ASCII_DIGITS)  # type: ignore[index]
        for op, arg in members  # type: ignore[attr-defined]
    )
