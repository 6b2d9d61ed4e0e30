"""Event extraction specifications on hand-written sentences (parsed with the real model)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsgraph.extract.events import extract_events
from newsgraph.lexicons import Lexicons
from newsgraph.nlp import to_parsed_doc
from newsgraph.types import Article
from tests.helpers import make_doc

DEC30 = datetime(2021, 12, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def lex() -> Lexicons:
    return Lexicons.load()


@pytest.fixture
def events(nlp, lex):
    def run(text: str, published: datetime = DEC30):
        article = Article(id="t", text=text, published=published)
        return extract_events(to_parsed_doc(nlp(text), article), lex)

    return run


def one(found, type_):
    matching = [e for e in found if e.type == type_]
    assert matching, f"no {type_} in {[(e.type, e.text) for e in found]}"
    return matching[0]


def countries(codes):
    return {c[:3] if not c.startswith(("NATO", "OSCE")) else c[:4] for c in codes}


pytestmark = pytest.mark.model


def test_events_compound_recipients_stay_one_event(events):
    found = events("The United States imposed sanctions on Russia and Belarus.")
    ev = one(found, "COERCE")
    assert len([e for e in found if e.type == "COERCE"]) == 1
    assert (ev.actors, set(ev.recipients)) == (("USA",), {"RUS", "BLR"})


def test_events_coordinated_subjects_of_a_symmetric_verb_are_reciprocal(events):
    ev = one(events("Biden and Putin spoke on Thursday."), "CONSULT")
    assert ev.reciprocal and set(ev.actors) == {"USAGOV", "RUSGOV"} and ev.recipients == ()


def test_events_passive_agent_is_the_actor(events):
    ev = one(events("A Ukrainian soldier was killed by Russian troops."), "ASSAULT")
    assert (ev.actors, ev.recipients) == (("RUSMIL",), ("UKRMIL",))


def test_events_denies_it_plans_to_attack_is_negated_not_an_assault(events):
    found = events("Russia denies it plans to attack Ukraine.")
    assert all(e.status == "negated" for e in found if e.type == "ASSAULT")
    assert not any(e.type == "REJECT" for e in found)


def test_events_if_clause_is_conditional(events):
    ev = one(
        events("Biden warned that Washington would respond if Russia invades Ukraine."), "ASSAULT"
    )
    assert ev.status == "conditional" and (ev.actors, ev.recipients) == (("RUS",), ("UKR",))


def test_events_year_before_publication_is_historical(events):
    ev = one(events("Russia seized Crimea in 2014."), "COERCE")
    assert ev.status == "historical" and ev.date == "2014"


def test_events_nominal_predicate_with_light_verb(events):
    ev = one(events("NATO held talks with Russia in Brussels."), "CONSULT")
    assert (ev.actors, ev.recipients, ev.location) == (("NATO",), ("RUS",), "Brussels")


def test_events_talks_between_two_parties_are_reciprocal(events):
    ev = one(
        events("It comes ahead of talks between U.S. and Russian officials in Geneva."), "CONSULT"
    )
    assert ev.reciprocal and set(ev.actors) == {"USAGOV", "RUSGOV"} and ev.status == "future"


def test_events_troop_buildup_is_mobilize_troops_toward_the_neighbour(events):
    ev = one(events("Russia has massed 100,000 troops near Ukraine's border."), "MOBILIZE")
    assert (ev.mode, ev.actors, ev.recipients) == ("troops", ("RUS",), ("UKR",))


def test_events_will_meet_is_future(events):
    ev = one(events("Lavrov will meet Blinken in Stockholm."), "CONSULT")
    assert ev.status == "future" and (ev.actors, ev.recipients) == (("RUSGOV",), ("USAGOV",))


def test_events_announced_force_is_a_threat(events):
    ev = one(events("Russia said it would take military measures if NATO expands."), "THREATEN")
    assert ev.actors == ("RUS",)


def test_events_ready_to_meet_is_an_offer(events):
    ev = one(events("NATO is ready to meet Russia."), "AGREE")
    assert ev.actors == ("NATO",)


@pytest.mark.parametrize(
    "text", ["NATO stood ready to meet again.", "The alliance is ready for dialogue with Moscow."]
)
def test_events_one_party_ready_to_talk_is_an_offer(events, text):
    ev = one(events(text), "AGREE")
    assert ev.actors == ("NATO",)


@pytest.mark.parametrize(
    "text",
    [
        "Russia has amassed some 100,000 troops close to Ukraine's border.",
        "About 100,000 Russian troops are massed near Ukraine.",
    ],
)
def test_events_massed_forces_belong_to_the_mobiliser_and_face_the_neighbour(events, text):
    ev = one(events(text), "MOBILIZE")
    assert countries(ev.actors) == {"RUS"} and ev.recipients == ("UKR",)


@pytest.mark.parametrize(
    "text",
    [
        "Russia has about 100,000 troops near Ukraine.",
        "Russia keeps troops along Ukraine's border.",
    ],
)
def test_events_forces_kept_facing_a_country_are_a_deployment(events, text):
    ev = one(events(text), "MOBILIZE")
    assert (ev.actors, ev.recipients) == (("RUS",), ("UKR",))


def test_events_having_things_is_no_deployment(events):
    assert not [e for e in events("Russia has many problems at home.") if e.type == "MOBILIZE"]


@pytest.mark.parametrize(
    "text",
    [
        "A NATO diplomat who asked not to be named said the talks failed.",
        "A Russian official who requested anonymity said the talks failed.",
    ],
)
def test_events_a_source_asking_for_anonymity_requests_nothing(events, text):
    assert not [e for e in events(text) if e.type == "REQUEST"]


def test_events_an_act_ruled_out_as_a_subject_is_negated_and_its_purpose_no_event(events):
    found = events("Biden said sending American troops to defend Ukraine was not on the table.")
    ev = one(found, "MOBILIZE")
    assert (ev.status, ev.actors, ev.recipients) == ("negated", ("USAMIL",), ("UKR",))
    assert not [e for e in found if e.type == "SUPPORT"]


def test_events_armed_groups_are_coded_to_their_country_and_sector(events):
    ev = one(events("Hezbollah fighters attacked Israeli troops near the border."), "ASSAULT")
    assert ev.actors == ("LBNREB",) and countries(ev.recipients) == {"ISR"}


@pytest.mark.parametrize(
    ("text", "type_", "recipient"),
    [
        ("A camp for Ukrainian refugees was attacked by Russian troops.", "ASSAULT", "UKR"),
        ("Israel has strengthened its forces in Lebanon.", "MOBILIZE", "LBN"),
        ("Egyptian police opened fire to disperse demonstrators.", "ASSAULT", "EGY"),
        ("France threatened to impose restrictions against German goods.", "THREATEN", "DEU"),
    ],
)
def test_events_a_target_named_only_indirectly_is_the_recipient(events, text, type_, recipient):
    ev = one(events(text), type_)
    assert recipient in countries(ev.recipients)


def test_events_warning_someone_not_to_act_is_a_demand_warning_that_is_a_threat(events):
    assert one(events("Lavrov warned the US not to drag out the process."), "REQUEST")
    assert one(events("Lavrov warned the US that Russia would respond."), "THREATEN")


def test_events_a_month_name_is_never_a_predicate(events):
    found = events("Russia and Ukraine said they would meet again in March.")
    assert not [e for e in found if e.predicate == "march"]


def test_events_the_two_leaders_are_the_last_two_named(events):
    found = events("Biden warned Putin on Thursday. The two leaders spoke for 50 minutes.")
    ev = one(found, "CONSULT")
    assert set(ev.actors) == {"USAGOV", "RUSGOV"} and ev.reciprocal


def test_events_an_answer_without_a_named_recipient_answers_the_last_counterpart(events):
    found = events(
        "Russia demanded security guarantees from NATO. The alliance would not compromise."
    )
    ev = one(found, "REJECT")
    assert (ev.actors, ev.recipients) == (("NATO",), ("RUS",))


def test_events_a_subject_pronoun_continues_the_last_subject(events):
    found = events("Russia has massed troops near Ukraine. It denies any plans to invade.")
    ev = one(found, "ASSAULT")
    assert (ev.actors, ev.status) == (("RUS",), "negated")


def test_events_an_untargeted_attack_aims_at_the_same_actors_last_target(events):
    found = events("Russia has massed troops near Ukraine. Moscow denies planning an invasion.")
    ev = one(found, "ASSAULT")
    assert (ev.status, ev.recipients) == ("negated", ("UKR",))


def test_events_a_weekday_dates_the_act_and_a_scheduled_one_looks_ahead(events):
    # published Thursday 2021-12-30
    call = one(events("Biden and Putin spoke by phone on Tuesday."), "CONSULT")
    assert (call.date, call.date_precision, call.mode) == ("2021-12-28", "day", "phone")
    meeting = one(events("The NATO-Russia Council meets on Wednesday in Brussels."), "CONSULT")
    assert (meeting.date, meeting.status, meeting.location) == ("2022-01-05", "future", "Brussels")


def test_events_codes_and_intensities_come_from_the_reference_tables(events):
    ev = one(events("Russian troops attacked Ukraine."), "ASSAULT")
    assert (ev.cameo, ev.goldstein, ev.plover_score, ev.quad_class) == ("190", -10.0, -9.0, 4)


def test_events_date_is_the_publication_date_until_timexes_are_linked(events):
    ev = one(events("Russia expelled two Ukrainian diplomats."), "SANCTION")
    assert (ev.date, ev.date_precision) == ("2021-12-30", "published")


def test_events_evidence_span_is_a_slice_of_the_text(events):
    text = "Russia expelled two Ukrainian diplomats."
    ev = one(events(text), "SANCTION")
    assert text[ev.start : ev.end] == ev.text and "expelled" in ev.text


def test_events_output_is_sorted_and_deterministic(events):
    text = "Biden called Putin. NATO criticised Russia. Russia denied it."
    first, second = events(text), events(text)
    assert first == second and first == sorted(
        first, key=lambda e: (e.start, e.end, e.predicate_start)
    )


def test_events_unparsed_document_gives_no_events(lex):
    doc = make_doc(["Russia", "attacked", "Ukraine"], deps=["", "", ""])
    assert extract_events(doc, lex) == []
