"""The time rules' word lists are tries ("s(?:eventy|ixty)"): the same matches as plain lists."""

from __future__ import annotations

import re

import pytest

from newsgraph.extract.timex_rules import _alt, _plain_alt, load_rules
from newsgraph.lexicons import Lexicons

WORD_LISTS = [
    ["a", "an", "a few", "a couple of", "a number of", "couple of", "few"],
    ["seventy", "sixty", "seven", "seventeen", "six", "sixteen", "several", "some"],
    ["this", "this coming", "the following", "the previous", "the  odd"],  # a double blank
    ["saints'", "souls'", "new year's day", "year-end", "mid-year", "mid"],
    ["été", "été indien", "hiver"],  # a letter with wider case rules: left plain
    ["ab", "Ab", "abc"],  # two words the same but for case
]
TEXT = (
    "A few days, a couple of weeks and an hour; sixty-six, Seventeen, SEVERAL, some time "
    "this coming week, this  week, the following day, the  odd one, All Saints' Day, "
    "New Year's Day, the year-end, mid-year, midway, été indien, ÉTÉ, AB abc, Abc"
)


@pytest.mark.parametrize("words", WORD_LISTS)
@pytest.mark.parametrize("capitalise", [False, True])
def test_a_trie_finds_what_the_plain_list_finds(words, capitalise):
    for template in (r"(?<!\w){}(?!\w)", r"{}", r"(?<!\w){}\s+\w+", r"(?-i:{})"):
        trie = re.compile(template.format(_alt(words, capitalise=capitalise)), re.IGNORECASE)
        plain = re.compile(template.format(_plain_alt(words, capitalise=capitalise)), re.I)
        for text in (TEXT, TEXT.lower(), TEXT.upper()):
            found = [(m.span(), m.group()) for m in trie.finditer(text)]
            assert found == [(m.span(), m.group()) for m in plain.finditer(text)]


def test_words_sharing_a_first_letter_share_one_branch():
    assert _alt(["seventy", "sixty", "eighty"]) == "(?:s(?:eventy|ixty)|eighty)"
    assert _alt(["a", "an", "a few"]) == r"(?:a(?:\s+few|n|))"
    assert _alt(["été", "hiver"]) == _plain_alt(["été", "hiver"])


def test_the_gate_reads_the_plain_lists():
    rules = load_rules(Lexicons.load()).rules
    shaped = [rule for rule in rules if rule.plain != rule.pattern.pattern]
    assert len(shaped) > 20
    # "several", "seventeen", ... of the number words: one branch in the rule, whole words in
    # the source the gate reads
    assert any("|s(?:e" in rule.pattern.pattern for rule in rules)
    assert not any("|s(?:e" in rule.plain for rule in rules)
