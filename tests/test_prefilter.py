"""The literal gate: a pattern is skipped only when it cannot match."""

from __future__ import annotations

import re

import pytest

from newsgraph.extract.prefilter import DIGIT, LiteralGate, required_literals


@pytest.mark.parametrize(
    ("pattern", "needed"),
    [
        (r"(?<![\w-])(?:early\s+)?spring\b", {"spring"}),  # the optional part is not needed
        (r"(?:Monday|Tuesday) morning", {" morning"}),  # the longest literal run wins
        (r"(?:last|next)\s+(?:week|month)", {"last", "next"}),
        (r"\d+\s*(?:days|weeks)", {"days", "weeks"}),
        (r"(?:\d{4}|today)", {DIGIT, "today"}),
        (r"(?-i:December)\s+\d{1,2}", {"december"}),  # lower-cased: the gate ignores case
        (r"(?:today|\w+day)", {"today", "day"}),
    ],
)
def test_required_literals_are_what_every_match_contains(pattern, needed):
    assert required_literals(re.compile(pattern, re.IGNORECASE)) == needed


@pytest.mark.parametrize(
    "pattern",
    [r"\w+", r"(?:week)?\d?", r"(?:today|\w+)", r"(?:years|\u00e9t\u00e9)"],
)
def test_required_literals_none_when_a_match_needs_no_ascii_word(pattern):
    assert required_literals(re.compile(pattern, re.IGNORECASE)) is None


PATTERNS = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"(?<![\w-])(?:early\s+)?spring\b",
        r"(?:last|next)\s+(?:week|month)",
        r"\d+\s*(?:days|weeks)",
        r"(?-i:December)\s+\d{1,2}",
        r"\w+",
    )
]
TEXTS = [
    "",
    "Talks resume next week, in early spring, on December 12.",
    "TALKS RESUME NEXT WEEK",  # case does not hide a match
    "No dates here at all.",
    "Three days later.",  # 'days' without a digit: the gate opens, the pattern still fails
    "It took 3 Days.",
    "Next we\u0131ek",  # a dotless i: such texts are never filtered
    "\u0130stanbul, spr\u0131ng",
    "De\u017fcember 5",
]


@pytest.mark.parametrize("text", TEXTS)
def test_gated_matches_equal_ungated_matches(text):
    gate = LiteralGate(PATTERNS)
    for pattern, may_match in zip(PATTERNS, gate.open(text), strict=True):
        found = [m.span() for m in pattern.finditer(text)]
        if not may_match:
            assert found == []


def test_gate_closes_patterns_whose_words_are_absent():
    assert LiteralGate(PATTERNS).open("No dates here at all.") == [False, False, False, False, True]


def test_gate_never_closes_on_texts_with_case_oddities():
    assert all(LiteralGate(PATTERNS).open("\u0130stanbul"))


def test_timex_rules_find_the_same_candidates_with_the_gate():
    from dataclasses import replace

    from newsgraph.config import Settings
    from newsgraph.extract.timex import _candidates, _gate, load_rules
    from newsgraph.ingest import read_paths
    from newsgraph.lexicons import Lexicons
    from newsgraph.types import Article

    from .conftest import CORPUS
    from .helpers import make_doc

    lexicons = Lexicons.load()
    rules = load_rules(lexicons)
    gate = _gate(lexicons, rules)
    articles = [a for a in read_paths([CORPUS], Settings()) if isinstance(a, Article)]
    assert len(articles) >= 50
    for article in articles:
        doc = replace(make_doc(["x"]), text=article.text)
        plain = [(s, e, n) for s, e, n, _ in _candidates(doc, rules)]
        gated = [(s, e, n) for s, e, n, _ in _candidates(doc, rules, gate)]
        assert gated == plain, article.id
