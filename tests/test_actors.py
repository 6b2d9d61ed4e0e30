"""Actor dictionary, TABARI/PETRARCH user dictionaries and mention -> actor code resolution."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from newsgraph.extract.actors import (
    USER_ACTORS,
    USER_AGENTS,
    ArticleResolver,
    actor_dictionary,
    read_tabari_actors,
    read_tabari_agents,
    split_code,
)
from newsgraph.lexicons import Lexicons
from tests.helpers import make_doc

DEC30 = datetime(2021, 12, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def lex() -> Lexicons:
    return Lexicons.load()


def _resolve(words, heads, deps, pos, lex, *, head, ents=(), published=DEC30):
    doc = make_doc(words, heads=heads, deps=deps, pos=pos, ents=ents, published=published)
    return ArticleResolver(doc, actor_dictionary(lex)).resolve(head)


@pytest.mark.parametrize(
    ("words", "code"),
    [
        (["Moscow"], "RUS"),
        (["Washington"], "USA"),
        (["Kyiv"], "UKR"),
        (["Kiev"], "UKR"),
        (["NATO"], "NATO"),
        (["OSCE"], "OSCE"),
    ],
)
def test_actors_capitals_and_igos_resolve_to_their_code(words, code, lex):
    ref = _resolve(words, [0], ["ROOT"], ["PROPN"], lex, head=0)
    assert ref is not None and ref.code == code


def test_actors_the_kremlin_stands_for_russia(lex):
    ref = _resolve(["the", "Kremlin"], [1, 1], ["det", "ROOT"], ["DET", "PROPN"], lex, head=1)
    assert ref.country == "RUS"


def test_actors_demonym_and_agent_noun_give_country_and_sector(lex):
    ref = _resolve(["Russian", "troops"], [1, 1], ["amod", "ROOT"], ["ADJ", "NOUN"], lex, head=1)
    assert ref.code == "RUSMIL"


def test_actors_police_is_cop_and_protesters_civilian(lex):
    cop = _resolve(["Turkish", "police"], [1, 1], ["amod", "ROOT"], ["ADJ", "NOUN"], lex, head=1)
    cvl = _resolve(["Iraqi", "protesters"], [1, 1], ["amod", "ROOT"], ["ADJ", "NOUN"], lex, head=1)
    assert (cop.code, cvl.code) == ("TURCOP", "IRQCVL")


def test_actors_lowercase_who_is_not_the_world_health_organization(lex):
    ref = _resolve(["who"], [0], ["ROOT"], ["PRON"], lex, head=0)
    assert ref is None or ref.code != "WHO"


@pytest.mark.parametrize(
    ("published", "name"),
    [
        (datetime(2021, 12, 30, tzinfo=UTC), "Joe Biden"),
        (datetime(2019, 6, 1, tzinfo=UTC), "Donald Trump"),
        (datetime(2010, 6, 1, tzinfo=UTC), "Barack Obama"),
    ],
)
def test_actors_the_us_president_is_the_office_holder_on_the_publication_date(published, name, lex):
    ref = _resolve(
        ["the", "US", "president"],
        [2, 2, 2],
        ["det", "compound", "ROOT"],
        ["DET", "PROPN", "NOUN"],
        lex,
        head=2,
        published=published,
    )
    assert (ref.code, ref.name) == ("USAGOV", name)


def test_actors_surname_resolves_through_office_holder_dictionary(lex):
    ref = _resolve(["Lavrov"], [0], ["ROOT"], ["PROPN"], lex, head=0, ents=[(0, 1, "PERSON")])
    assert (ref.code, ref.name) == ("RUSGOV", "Sergei Lavrov")


def test_actors_pronoun_takes_the_nearest_earlier_person(lex):
    words = ["Kremlin", "aide", "Yuri", "Ushakov", "spoke", ".", "He", "left"]
    heads = [3, 3, 3, 4, 4, 4, 7, 7]
    deps = ["compound", "compound", "compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT"]
    pos = ["PROPN", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT", "PRON", "VERB"]
    doc = make_doc(
        words,
        heads=heads,
        deps=deps,
        pos=pos,
        ents=[(2, 4, "PERSON")],
        sents=[(0, 6), (6, 8)],
        published=DEC30,
    )
    resolver = ArticleResolver(doc, actor_dictionary(lex))
    assert resolver.resolve(3).code == "RUSGOV"
    assert resolver.resolve(6).code == "RUSGOV"


TABARI_ACTORS = """<!-- test -->
GONDOR [GON]
+MINAS_TIRITH
GOLLUM  # pas 27 Apr 03
+SMEAGOL
\t[HOB < 950601]
\t[HOBGOV 19950601 - 19990815]
\t[HOBREB > 990816]
THE_SHIRE  [FRO/BIL/SAM]
ARGENTIN  [ARG]
ARNOR_  [ARN]
"""


def test_actors_tabari_synonyms_share_the_entry_code():
    entries = read_tabari_actors(TABARI_ACTORS)
    codes = {e.words: e.code for e in entries if e.code == "GON"}
    assert ("minas", "tirith") in codes and ("gondor",) in codes


def test_actors_tabari_date_ranged_codes_follow_the_date():
    entries = [e for e in read_tabari_actors(TABARI_ACTORS) if e.words == ("smeagol",)]
    on = {e.code for e in entries if e.valid_on(date(1997, 1, 1))}
    before = {e.code for e in entries if e.valid_on(date(1990, 1, 1))}
    after = {e.code for e in entries if e.valid_on(date(2001, 1, 1))}
    assert (on, before, after) == ({"HOBGOV"}, {"HOB"}, {"HOBREB"})


def test_actors_tabari_slash_codes_are_a_compound_actor():
    entries = [e for e in read_tabari_actors(TABARI_ACTORS) if e.words == ("the", "shire")]
    assert sorted(e.code for e in entries) == ["BIL", "FRO", "SAM"]


def test_actors_tabari_stem_matches_longer_words_and_underscore_is_exact():
    by_words = {e.words: e for e in read_tabari_actors(TABARI_ACTORS)}
    assert by_words[("argentin",)].stem and not by_words[("arnor",)].stem


def test_actors_tabari_agents_macros_plurals_and_sector():
    agents = read_tabari_agents(
        "!PERSON! = MAN, MEN\nCONGRESS!PERSON! [~LEG]\n"
        "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV] # x\n"
    )
    found = {(a.words, a.sector) for a in agents}
    assert (("congressman",), "LEG") in found and (("attorneys", "general"), "GOV") in found


def test_actors_user_dictionary_is_used_for_resolution(tmp_path):
    actors = tmp_path / "test.actors.txt"
    actors.write_text("GONDOR [GON]\n", encoding="utf-8")
    agents = tmp_path / "test.agents.txt"
    agents.write_text("GOVERNMENT [~GOV]\n", encoding="utf-8")
    lex = Lexicons.load(**{USER_ACTORS: actors, USER_AGENTS: agents})
    doc = make_doc(
        ["the", "government", "of", "Gondor"],
        heads=[1, 1, 1, 2],
        deps=["det", "ROOT", "prep", "pobj"],
        pos=["DET", "NOUN", "ADP", "PROPN"],
        published=DEC30,
    )
    assert ArticleResolver(doc, actor_dictionary(lex)).resolve(1).code == "GONGOV"


@pytest.mark.parametrize(
    ("code", "parts"), [("RUSGOV", ("RUS", "GOV")), ("NATO", ("NATO", "")), ("EU", ("EU", ""))]
)
def test_actors_split_code_knows_igo_codes(code, parts, lex):
    assert split_code(code, actor_dictionary(lex)) == parts


def test_actors_start_test_is_remembered_with_the_same_answers_and_bounded(lex, monkeypatch):
    # The scan looks up the entries every token can start; they are remembered per (word, lemma).
    from newsgraph.extract import actors

    starts = actor_dictionary(lex).starts
    pairs = [("Russia", "russia"), ("Kremlin", "kremlin"), ("the", "the"), ("troops", "troop")]
    pairs += [("protesters", "protester"), ("US", "us"), ("us", "we"), ("xylophone", "xylophone")]
    fresh = [starts.candidates(word, lemma) for word, lemma in pairs]
    assert [starts[word, lemma] for word, lemma in pairs] == fresh
    assert [starts[word, lemma] for word, lemma in pairs] == fresh  # remembered
    assert fresh[0][0] and fresh[1][0] and fresh[3][1] and fresh[5][0]
    assert fresh[2] == fresh[6] == fresh[-1] == ()  # "us" is no acronym "US"
    monkeypatch.setattr(actors, "_KNOWN_STARTS", 3)
    for word, lemma in pairs:
        assert starts[word + "x", lemma + "x"] == starts.candidates(word + "x", lemma + "x")
    assert len(starts) <= 3
