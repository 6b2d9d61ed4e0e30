"""The actors register: which actor each mention, quote speaker and event party refers to."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime

import pytest

from newsgraph.extract.actor_links import link_actors, person_id
from newsgraph.extract.actors import user_lexicons
from newsgraph.lexicons import Lexicons
from newsgraph.store import Store
from newsgraph.types import ActorRecord, Article, Event, Mention, ProcessedArticle, Quote
from tests.helpers import make_doc


@pytest.fixture(scope="module")
def lexicons() -> Lexicons:
    return Lexicons.load()


def _doc(day: datetime | None = datetime(2021, 12, 30, tzinfo=UTC)):
    return make_doc(["text"], published=day)


def _mention(text: str, label: str, start: int = 0) -> Mention:
    return Mention("a1", start, start + len(text), 0, text, label)


def _quote(speaker: str | None, kind: str, mention: str = "", start: int = 100) -> Quote:
    return Quote(
        "a1",
        0,
        10,
        0,
        "content",
        "indirect",
        speaker=speaker,
        speaker_mention=mention or speaker or "",
        speaker_start=start,
        speaker_end=start + len(mention or speaker or ""),
        speaker_kind=kind,
        cue="say",
    )


def _by_id(records: list[ActorRecord]) -> dict[str, ActorRecord]:
    return {r.id: r for r in records}


@pytest.mark.parametrize(
    ("text", "label", "code"),
    [
        ("Russia", "GPE", "RUS"),
        ("Russia's", "GPE", "RUS"),
        ("the Kremlin", "ORG", "RUS"),
        ("Kyiv", "GPE", "UKR"),
        ("the U.S.", "GPE", "USA"),
        ("NATO", "ORG", "NATO"),
        ("Russian", "NORP", "RUS"),
    ],
)
def test_a_dictionary_name_links_its_mention_to_the_code(lexicons, text, label, code):
    found = _by_id(link_actors(_doc(), lexicons, mentions=[_mention(text, label)]))
    assert list(found) == [code]
    assert found[code].spans == ((0, len(text)),)


def test_an_ambiguous_or_lower_case_acronym_links_nothing(lexicons):
    # "us" is a pronoun, not the United States, alone or before an agent noun
    assert link_actors(_doc(), lexicons, mentions=[_mention("us", "GPE")]) == []
    assert link_actors(_doc(), lexicons, quotes=[_quote("us officials", "organisation")]) == []


def test_a_surname_is_the_office_holder_of_the_article_date(lexicons):
    mention = [_mention("Bush", "PERSON")]
    in_2005 = link_actors(_doc(datetime(2005, 6, 1, tzinfo=UTC)), lexicons, mentions=mention)
    in_1990 = link_actors(_doc(datetime(1990, 6, 1, tzinfo=UTC)), lexicons, mentions=mention)
    assert [r.id for r in in_2005] == ["george-w-bush"]
    assert [r.id for r in in_1990] == ["george-h-w-bush"]
    # after both left office the surname alone names nobody the dictionary can tell
    assert link_actors(_doc(), lexicons, mentions=mention) == []


def test_a_person_record_carries_country_offices_and_aliases(lexicons):
    (biden,) = link_actors(_doc(), lexicons, mentions=[_mention("Joe Biden", "PERSON")])
    assert (biden.id, biden.name, biden.kind) == ("joe-biden", "Joe Biden", "person")
    assert (biden.country, biden.sector) == ("USA", "GOV")
    assert ("president", "2021-01-20", "2025-01-20") in biden.roles
    assert "Biden" in biden.aliases


@pytest.mark.parametrize(
    ("speaker", "code", "name"),
    [
        ("Russian Defence Ministry", "RUSMIL", "Russia (military)"),
        ("German government", "DEUGOV", "Germany (government)"),
        ("Ukraine's foreign ministry", "UKRGOV", "Ukraine (government)"),
        ("the U.S. government", "USAGOV", "United States (government)"),
    ],
)
def test_a_country_and_an_agent_noun_are_that_country_sector(lexicons, speaker, code, name):
    (record,) = link_actors(_doc(), lexicons, quotes=[_quote(speaker, "organisation")])
    assert (record.id, record.name, record.kind) == (code, name, "organisation")


def test_an_unlisted_speaker_with_a_full_name_becomes_a_person_and_takes_the_surname(lexicons):
    quote = _quote("Claire Whitford", "person", mention="she", start=200)
    mentions = [_mention("Claire Whitford", "PERSON", 0), _mention("Whitford", "PERSON", 50)]
    (record,) = link_actors(_doc(), lexicons, mentions=mentions, quotes=[quote])
    assert (record.id, record.kind, record.country) == ("claire-whitford", "person", "")
    assert record.spans == ((0, 15), (50, 58), (200, 203))


@pytest.mark.parametrize(
    ("speaker", "kind"),
    [
        ("Whitford", "person"),  # a surname alone could be anyone
        ("Emmanuel Macron and Vladimir Putin", "person"),  # two people
        ("anonymous: senior administration official", "anonymous"),
        (None, "unknown"),
        ("Western governments", "organisation"),  # a description, not a name
    ],
)
def test_speakers_that_name_no_single_actor_get_none(lexicons, speaker, kind):
    assert link_actors(_doc(), lexicons, quotes=[_quote(speaker, kind)]) == []


def test_an_uncoded_organisation_speaker_needs_the_tagger_to_see_a_name(lexicons):
    quote = _quote("Met Office", "organisation")
    assert link_actors(_doc(), lexicons, quotes=[quote]) == []
    tagged = link_actors(_doc(), lexicons, mentions=[_mention("Met Office", "ORG")], quotes=[quote])
    assert [(r.id, r.kind) for r in tagged] == [("met-office", "organisation")]


def test_event_codes_are_registered_with_readable_names(lexicons):
    event = Event(
        "a1",
        0,
        10,
        0,
        "text",
        "attack",
        "ASSAULT",
        actors=("PSEREB", "RUSGOV"),
        recipients=("UKR",),
    )
    found = _by_id(link_actors(_doc(), lexicons, events=[event]))
    assert found["PSEREB"].kind == "group" and found["PSEREB"].name == "Hamas"
    assert (found["RUSGOV"].name, found["RUSGOV"].country, found["RUSGOV"].sector) == (
        "Russia (government)",
        "RUS",
        "GOV",
    )
    assert found["UKR"].kind == "country"


@pytest.mark.parametrize(
    ("code", "name", "country", "sector"),
    [
        ("AUS", "Australia", "AUS", ""),  # not the African Union ('AU') with a sector 'S'
        ("AUGOV", "African Union (government)", "AU", "GOV"),
        ("RUSCVL", "Russia (civilians)", "RUS", "CVL"),
        ("---CVL", "Unidentified (civilians)", "---", "CVL"),
    ],
)
def test_a_code_splits_into_its_country_and_sector(lexicons, code, name, country, sector):
    event = Event("a1", 0, 10, 0, "text", "protest", "PROTEST", actors=(code,))
    (record,) = link_actors(_doc(), lexicons, events=[event])
    assert (record.name, record.country, record.sector) == (name, country, sector)


def test_a_user_dictionary_entry_wins(lexicons, tmp_path):
    actors = tmp_path / "my.actors.txt"
    actors.write_text("KREMLIN [RUSGOV]\n", encoding="utf-8")
    user = user_lexicons(actors)
    (record,) = link_actors(_doc(), user, mentions=[_mention("the Kremlin", "ORG")])
    assert record.id == "RUSGOV"


def test_person_ids_fold_accents_and_punctuation():
    assert person_id("Gitanas Nausėda") == "gitanas-nauseda"
    assert person_id("Jean-Yves Le Drian") == "jean-yves-le-drian"


def test_the_store_fills_the_register_and_points_rows_at_it(tmp_path):
    text = "The Kremlin said Russia would answer. Peskov said so."
    article = Article(
        id="a1", text=text, outlet="Wire", published=datetime(2021, 12, 30, tzinfo=UTC)
    )
    kremlin = Mention("a1", 0, 11, 0, "The Kremlin", "ORG")
    russia = Mention("a1", 17, 23, 0, "Russia", "GPE")
    quote = Quote(
        "a1", 17, 36, 0, "Russia would answer", "indirect", speaker="Kremlin",
        speaker_mention="The Kremlin", speaker_start=0, speaker_end=11,
        speaker_kind="organisation",
    )  # fmt: skip
    event = Event(
        "a1", 17, 36, 0, "Russia would answer", "answer", "THREATEN", actors=("RUS", "XYZ")
    )
    records = (
        ActorRecord("RUS", "Russia", "country", "RUS", spans=((0, 11), (17, 23))),
        ActorRecord("dmitry-peskov", "Dmitry Peskov", "person"),
    )
    item = ProcessedArticle(
        article, 10, 2, mentions=(kremlin, russia), events=(event,), quotes=(quote,),
        actors=records,
    )  # fmt: skip
    db = tmp_path / "t.db"
    with Store.open(db) as store:
        store.write_batch([item])
        # another article knows more of the same person: what the row lacks is added
        later = ActorRecord(
            "dmitry-peskov", "Dmitry Peskov", "person", "RUS", "GOV",
            aliases=("Peskov",), roles=(("spokesman", "2012-05-22", ""),),
        )  # fmt: skip
        other = Article(id="a2", text="Peskov spoke.", outlet="Wire")
        store.write_batch([ProcessedArticle(other, 3, 1, actors=(later,))])
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT actor_id FROM mentions ORDER BY start").fetchall() == [
        ("RUS",),
        ("RUS",),
    ]
    assert conn.execute("SELECT speaker_actor_id FROM quotes").fetchall() == [("RUS",)]
    # a code the register lacks keeps its code but points nowhere
    assert conn.execute(
        "SELECT code, actor_id FROM event_participants ORDER BY ord"
    ).fetchall() == [("RUS", "RUS"), ("XYZ", None)]
    row = conn.execute(
        "SELECT name, kind, country, sector, aliases, roles FROM actors WHERE id = 'dmitry-peskov'"
    ).fetchone()
    assert row[:4] == ("Dmitry Peskov", "person", "RUS", "GOV")
    assert json.loads(row[4]) == ["Peskov"]
    assert json.loads(row[5]) == [{"role": "spokesman", "start": "2012-05-22", "end": None}]
