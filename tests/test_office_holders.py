"""Office holders (`newsgraph/data/office_holders.tsv`): the file is well formed, and people of
every era resolve to their country on the date of the report.

Written from the office lists (heads of state and government, foreign and defence ministers,
IGO leaders), not from any gold set. A person's entry holds only within its date range; out of
office a known politician is still of his country (a last resort), so a surname that is also a
common word or another person's name is listed only in full ("John Major", "Colin Powell").
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from datetime import UTC, date, datetime

import pytest

from newsgraph.eval.events import main_event
from newsgraph.extract.actors import ArticleResolver, actor_dictionary
from newsgraph.extract.events import extract_events
from newsgraph.lexicons import Lexicons
from newsgraph.nlp import to_parsed_doc
from newsgraph.types import Article
from tests.helpers import make_doc

FIELDS = ["person", "aliases", "code", "office", "sector", "start", "end"]
# Offices that several people hold at once.
SHARED_OFFICES = ("deputy ", "assistant ")
# Surnames that are common words or other people's names: never an alias on their own.
AMBIGUOUS_SURNAMES = {
    "Major",
    "Brown",
    "May",
    "Rice",
    "Powell",
    "Law",
    "Cook",
    "Straw",
    "Hague",
    "Fox",
    "King",
    "Howard",
    "Martin",
    "Gates",
    "Perry",
    "Cohen",
    "Carter",
    "Baker",
    "Christopher",
    "Kerry",
    "Hunt",
    "Reid",
    "Singh",
    "Kim",
    "Lee",
    "Park",
    "Li",
    "Wang",
    "Costa",
    "Amato",
    "Conte",
    "Monti",
}


@pytest.fixture(scope="module")
def lex() -> Lexicons:
    return Lexicons.load()


@pytest.fixture(scope="module")
def rows(lex) -> list[dict[str, str]]:
    text = lex.text("office_holders.tsv")
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    assert lines[0].split("\t") == FIELDS
    for number, line in enumerate(lines[1:], 2):
        assert len(line.split("\t")) == len(FIELDS), f"row {number}: {line!r}"
    return list(csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t"))


def _day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def test_office_holders_rows_have_known_codes_sectors_and_iso_dates(rows, lex):
    codes = {r["code"] for r in lex.rows("actors_countries.tsv")}
    igos = {r["code"] for r in lex.rows("actors_igos.tsv")}
    sectors = {r["code"] for r in lex.rows("sectors.tsv")}
    for row in rows:
        assert row["person"].strip() == row["person"] and row["person"], row
        assert row["code"] in codes | igos, row
        assert row["sector"] in sectors or (row["code"] in igos and row["sector"] == "IGO"), row
        assert row["start"], row  # every holder has a start
        start, end = _day(row["start"]), _day(row["end"])
        assert end is None or start <= end, row
        assert all(a.strip() == a and a for a in row["aliases"].split("|") if row["aliases"]), row


def test_office_holders_no_two_holders_of_one_office_at_once(rows):
    terms = defaultdict(list)
    for row in rows:
        if row["office"].startswith(SHARED_OFFICES):
            continue
        end = _day(row["end"]) or date.max
        terms[(row["code"], row["office"])].append((_day(row["start"]), end, row["person"]))
    for office, held in terms.items():
        held.sort()
        for before, after in zip(held, held[1:], strict=False):
            assert after[0] >= before[1], (office, before, after)


def test_office_holders_no_row_given_twice(rows):
    keys = [(r["person"], r["code"], r["office"], r["start"]) for r in rows]
    assert len(keys) == len(set(keys))


def test_office_holders_ambiguous_surnames_are_no_aliases(rows):
    for row in rows:
        assert not set(row["aliases"].split("|")) & AMBIGUOUS_SURNAMES, row


def test_office_holders_cover_the_g20_ukraine_and_igos_since_1985(rows):
    """Every G20 member, Ukraine, the EU, NATO and the UN has a head on 1990-06-01 (Ukraine:
    1995-06-01) and today, so that a title ("the Japanese prime minister") names a person."""
    heads = {"president", "prime minister", "chancellor", "king", "premier", "general secretary"}
    heads |= {"secretary general", "commission president"}
    members = "ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA"
    for code in [*members.split(), "UKR", "EU", "NATO", "UN"]:
        for day in (date(1995, 6, 1) if code == "UKR" else date(1990, 6, 1), date(2025, 12, 1)):
            assert any(
                r["code"] == code
                and r["office"] in heads
                and _day(r["start"]) <= day
                and (not r["end"] or day < _day(r["end"]))
                for r in rows
            ), (code, day)


# --- resolution on the date of the report ------------------------------------------------------


def _title(words, published, lex):
    """The actor of a title phrase ("the Israeli prime minister") on a date."""
    pos = ["DET", "ADJ", *["NOUN"] * (len(words) - 2)]
    n = len(words)
    doc = make_doc(
        words,
        heads=[n - 1] * n,
        deps=["det", "amod", *["compound"] * (n - 3), "ROOT"],
        pos=pos,
        published=datetime.fromisoformat(published).replace(tzinfo=UTC),
    )
    return ArticleResolver(doc, actor_dictionary(lex)).resolve(n - 1)


@pytest.mark.parametrize(
    ("words", "published", "code", "name"),
    [
        (["the", "Israeli", "prime", "minister"], "1996-07-01", "ISRGOV", "Benjamin Netanyahu"),
        (["the", "Israeli", "prime", "minister"], "1996-06-01", "ISRGOV", "Shimon Peres"),
        (["the", "Israeli", "prime", "minister"], "2023-03-01", "ISRGOV", "Benjamin Netanyahu"),
        (["the", "British", "prime", "minister"], "1992-05-01", "GBRGOV", "John Major"),
        (["the", "British", "prime", "minister"], "2008-05-01", "GBRGOV", "Gordon Brown"),
        (["the", "German", "chancellor"], "1990-10-04", "DEUGOV", "Helmut Kohl"),
        (["the", "Japanese", "prime", "minister"], "1994-05-01", "JPNGOV", "Tsutomu Hata"),
        (["the", "French", "president"], "1993-02-01", "FRAGOV", "Francois Mitterrand"),
        (["the", "Russian", "president"], "1993-10-04", "RUSGOV", "Boris Yeltsin"),
        (["the", "Lebanese", "president"], "1995-01-01", "LBNGOV", "Elias Hrawi"),
        # the longer office named wins: in August 1991 Yeltsin was Russia's president
        (["the", "Soviet", "president"], "1991-08-01", "RUSGOV", "Mikhail Gorbachev"),
        (["the", "Russian", "president"], "1991-08-01", "RUSGOV", "Boris Yeltsin"),
        (["the", "Nigerian", "president"], "1996-03-01", "NGAGOV", "Sani Abacha"),
        (["the", "Turkish", "prime", "minister"], "1994-03-01", "TURGOV", "Tansu Ciller"),
        # the American spelling names the same office
        (["the", "Israeli", "defense", "minister"], "2004-05-18", "ISRGOV", "Shaul Mofaz"),
        (["the", "Israeli", "Defence", "Minister"], "2004-05-18", "ISRGOV", "Shaul Mofaz"),
    ],
)
def test_office_holders_a_title_names_the_holder_on_the_date(words, published, code, name, lex):
    ref = _title(words, published, lex)
    assert ref is not None and (ref.code, ref.name) == (code, name)


@pytest.fixture
def main(nlp, lex):
    def run(text: str, published: str):
        day = datetime.fromisoformat(published).replace(tzinfo=UTC)
        doc = to_parsed_doc(nlp(text), Article(id="t", text=text, published=day))
        return main_event(doc, extract_events(doc, lex))

    return run


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "published", "actors"),
    [
        (
            "French Defence Minister Pierre Joxe accused Iraq on Monday of threatening its "
            "neighbours.",
            "1991-02-04",
            {"FRAMIL"},
        ),
        (
            "President Clinton met Russian President Boris Yeltsin in Moscow.",
            "1995-05-10",
            {"USAGOV"},
        ),
        (
            "Lebanon's new President Elias Hrawi appealed to Syria for help.",
            "1989-11-25",
            {"LBNGOV"},
        ),
        ("Chancellor Helmut Kohl visited Poland on Thursday.", "1989-11-09", {"DEUGOV"}),
        ("Prime Minister John Major met Irish leaders in London.", "1993-12-15", {"GBRGOV"}),
        ("Foreign Minister Andrei Kozyrev criticised NATO air strikes.", "1994-04-12", {"RUSGOV"}),
        ("Jiang Zemin welcomed the agreement with Washington.", "1999-11-16", {"CHNGOV"}),
        ("Kofi Annan urged Iraq to admit the inspectors.", "1998-02-20", {"UN"}),
        ("Javier Solana warned Belgrade of air strikes.", "1998-10-05", {"NATO"}),
        ("Nelson Mandela met Yasser Arafat in Pretoria.", "1995-04-20", {"ZAFGOV"}),
        # an ambiguous surname named with its title
        ("Prime Minister Major criticised Iraq on Tuesday.", "1994-10-11", {"GBRGOV"}),
        ("Hafez al-Assad rejected the Israeli offer.", "1994-09-10", {"SYRGOV"}),
        # a movement's leader acts as his group is coded (actors_groups.tsv: Hezbollah LBNREB)
        ("Hassan Nasrallah threatened Israel on Sunday.", "2006-07-16", {"LBNREB"}),
        ("Defence Minister Shaul Mofaz threatened Hamas on Sunday.", "2004-05-18", {"ISRMIL"}),
        ("Hosni Mubarak received Yitzhak Rabin in Cairo.", "1993-09-14", {"EGYGOV"}),
        ("Nouri al-Maliki accused Syria of harbouring militants.", "2009-08-30", {"IRQGOV"}),
        (
            "Japanese Defence Minister Itsunori Onodera visited Washington.",
            "2013-04-29",
            {"JPNMIL"},
        ),
    ],
)
def test_office_holders_people_of_every_era_act_for_their_country(main, text, published, actors):
    event = main(text, published)
    assert event is not None and set(event.actors) == actors


def _names(nlp, lex, text: str, published: str) -> set[tuple[str, str]]:
    day = datetime.fromisoformat(published).replace(tzinfo=UTC)
    doc = to_parsed_doc(nlp(text), Article(id="t", text=text, published=day))
    resolver = ArticleResolver(doc, actor_dictionary(lex))
    refs = (resolver.resolve(i) for i in range(len(doc.tokens)))
    return {(ref.code, ref.name) for ref in refs if ref is not None and ref.name}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Major fighting broke out in the north on Monday.", "1993-06-01"),
        ("Brown rice prices rose in Asia.", "2008-05-01"),
        ("Rice farmers protested against the government in Manila.", "2006-05-01"),
    ],
)
def test_office_holders_a_surname_used_as_a_word_names_no_one(nlp, lex, text, published):
    names = {name for _, name in _names(nlp, lex, text, published)}
    assert not names & {"John Major", "Gordon Brown", "Condoleezza Rice", "Colin Powell"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "published", "absent"),
    [
        # before taking office a bare surname is someone else
        ("Harris said the plan would fail.", "2003-05-01", "Kamala Harris"),
        ("Johnson said the company would cut jobs.", "2005-05-01", "Boris Johnson"),
        # long after leaving office too
        ("Gore won the race at Monza.", "2015-05-01", "Al Gore"),
        # a place named after a preposition of place is the place
        ("Protesters gathered in Austin on Saturday.", "2023-05-01", "Lloyd Austin"),
    ],
)
def test_office_holders_a_bare_surname_out_of_its_time_names_no_one(
    nlp, lex, text, published, absent
):
    assert absent not in {name for _, name in _names(nlp, lex, text, published)}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Austin said the Pentagon would send more troops.", "2023-05-01", "Lloyd Austin"),
        # a few years after leaving office, still the politician
        ("Merkel criticised the decision on Tuesday.", "2023-05-01", "Angela Merkel"),
        # as a modifier, at any time after taking office
        ("Critics blamed the Bush administration for the war.", "2015-05-01", "George W. Bush"),
    ],
)
def test_office_holders_a_bare_surname_in_its_time_names_the_politician(
    nlp, lex, text, published, expected
):
    assert expected in {name for _, name in _names(nlp, lex, text, published)}
