"""Actor records: who an article's mentions, quote speakers and events refer to.

The store's `actors` table is the register the other tables point into: `mentions.actor_id`,
`quotes.speaker_actor_id` and `event_participants.actor_id`. This extractor runs after the
entities, quotes and events extractors (it `uses` their rows) and returns one `ActorRecord` per
actor the article refers to, with the spans of the mentions and quote speakers that name it.

Ids are stable across articles, so one actor is one row however many articles name it:
- a dictionary code for a country, an IGO, an armed group or a country's sector ('RUS',
  'NATO', 'PSEREB', 'RUSGOV': the codes events carry);
- for a person, a slug of the canonical name ('joe-biden'); the office-holder table gives
  the country, sector and offices with their dates;
- a slug too for a speaking organisation the dictionary has no code for ('gazprom').

A named entity is linked when its words (a leading "the" and a possessive "'s" aside) are a
dictionary name valid on the article's date, so "Bush" is the president of the day; a person's
entity also takes a quote speaker of the same article with that name, or with that surname
when only one speaker has it. Anonymous and unresolved speakers get no actor.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from ..lexicons import Lexicons
from ..types import ActorRecord, Event, Mention, ParsedDoc, Quote
from .actors import _TOKEN, ActorDictionary, ActorEntry, actor_dictionary, split_code

__all__ = ["ActorRegistry", "actor_registry", "link_actors", "person_id"]

# Entity labels that can name an actor; EVENT, LAW and the like cannot.
_ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
_SPEAKER_KINDS = frozenset({"person", "organisation", "country"})
_NON_WORD = re.compile(r"[\W_]+")
# CAMEO/PETRARCH's "---": an actor of no known country ("protesters", "gunmen")
_UNKNOWN_PLACES = {"---": "Unidentified"}
_SEVERAL = re.compile(r"\s(?:and|&)\s|[+,;]")
_POSSESSIVE = re.compile(r"['’]s?$")


def person_id(name: str) -> str:
    """The id of a person or uncoded organisation: 'Gitanas Nausėda' -> 'gitanas-nauseda'."""
    plain = "".join(
        c for c in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(c)
    )
    return _NON_WORD.sub("-", plain).strip("-")


@dataclass(frozen=True)
class ActorRegistry:
    """The dictionary's names indexed by their exact words, and what each id stands for."""

    by_words: dict[tuple[str, ...], tuple[ActorEntry, ...]]
    dictionary: ActorDictionary
    sectors: dict[str, str]  # 'GOV' -> 'government'
    group_names: dict[str, str]  # 'PSEREB' -> 'Hamas'
    offices: dict[str, tuple[tuple[str, str, str], ...]]  # person -> (office, start, end)
    person_codes: dict[str, tuple[str, str]]  # person -> (country, sector) of the latest office
    person_aliases: dict[str, tuple[str, ...]]  # person -> other names ('Biden', 'Joseph Biden')
    # records already made, by (kind of lookup, key): they depend on the data files only
    made: dict[tuple[str, str], ActorRecord] = field(default_factory=dict, compare=False)

    def entry(self, text: str, day: date | None, person: bool) -> ActorEntry | None:
        """The dictionary entry these words name on `day`, if exactly one actor fits."""
        written = _written_words(text)
        found = [
            e
            for e in self.by_words.get(_lower(written), ())
            if e.valid_on(day) and _as_written(e, written)
        ]
        if not found:
            return None
        # user entries win over ours; a person's name goes to a person entry first
        found.sort(key=lambda e: (not e.user, (e.kind == "person") != person, e.code, e.name))
        best = found[0]
        rivals = {
            self.actor_id(e)
            for e in found
            if e.user == best.user and (e.kind == "person") == (best.kind == "person")
        }
        return best if len(rivals) == 1 else None

    def resolve(self, text: str, day: date | None, person: bool) -> ActorRecord | None:
        """The actor these words name: a dictionary name, or a country's agent for a
        non-person ("the Russian Defence Ministry" -> RUSMIL, "German government" -> DEUGOV)."""
        entry = self.entry(text, day, person)
        if entry is not None:
            return self.record(entry)
        return None if person else self._country_agent(text, day)

    def _country_agent(self, text: str, day: date | None) -> ActorRecord | None:
        written = _written_words(text)
        words = _lower(written)
        for cut in range(len(words) - 1, 0, -1):
            place = [
                e
                for e in self.by_words.get(words[:cut], ())
                if e.kind in ("country", "metonym")
                and e.valid_on(day)
                and _as_written(e, written[:cut])
            ]
            if len({e.country for e in place}) != 1:
                continue
            sector = self._sector(words[cut:])
            if sector:
                return self.code_record(place[0].country + sector)
        return None

    def _sector(self, words: tuple[str, ...]) -> str:
        for candidate in (words, (*words[:-1], words[-1].removesuffix("s"))):
            sectors = {
                a.sector
                for a in self.dictionary.agents.get(candidate[0][:3], ())
                if a.words == candidate
            }
            if len(sectors) == 1:
                return sectors.pop()
        return ""

    def actor_id(self, entry: ActorEntry) -> str:
        return person_id(entry.name) if entry.kind == "person" else entry.code

    def record(self, entry: ActorEntry) -> ActorRecord:
        if entry.kind == "person":
            return self.person(entry.name)
        return self.code_record(entry.code, group=entry.kind == "group", name=entry.name)

    def person(self, name: str) -> ActorRecord:
        key = ("person", name)
        if key not in self.made:
            self.made[key] = self._person(name)
        return self.made[key]

    def _person(self, name: str) -> ActorRecord:
        country, sector = self.person_codes.get(name, ("", ""))
        return ActorRecord(
            id=person_id(name),
            name=name,
            kind="person",
            country=country,
            sector=sector,
            aliases=self.person_aliases.get(name, ()),
            roles=self.offices.get(name, ()),
        )

    def code_record(self, code: str, group: bool = False, name: str = "") -> ActorRecord:
        key = ("code", f"{code}\t{group}\t{name}")
        if key not in self.made:
            self.made[key] = self._code_record(code, group, name)
        return self.made[key]

    def _code_record(self, code: str, group: bool, name: str) -> ActorRecord:
        dictionary = self.dictionary
        country, sector = split_code(code, dictionary)
        if code in self.group_names:
            group, name = True, self.group_names[code]
        elif code in dictionary.names:
            name = dictionary.names[code]
        elif not name or sector:
            place = dictionary.names.get(country, _UNKNOWN_PLACES.get(country, country))
            name = f"{place} ({self.sectors.get(sector, sector)})" if sector else place
        if group:
            kind = "group"
        elif code in dictionary.countries:
            kind = "country"
        else:
            kind = "organisation"
        return ActorRecord(id=code, name=name, kind=kind, country=country, sector=sector)


def _written_words(text: str) -> tuple[str, ...]:
    """The words of a name as written, a leading "the" and possessives aside ("Ukraine's"),
    split as the dictionary's phrases are."""
    text = text.strip()
    if text.lower().startswith("the "):
        text = text[4:]
    return tuple(w for w in (_POSSESSIVE.sub("", w) for w in _TOKEN.findall(text)) if w)


def _lower(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w.lower() for w in words)


def _as_written(entry: ActorEntry, written: tuple[str, ...]) -> bool:
    """An acronym entry matches only in capitals: "US" names the country, "us" does not."""
    return not entry.acronym or "".join(written).replace(".", "") == entry.acronym.replace(".", "")


def _bare(text: str) -> str:
    text = text.strip()
    if text.lower().startswith("the "):
        text = text[4:]
    return _POSSESSIVE.sub("", text.replace(".", ""))


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def build_actor_registry(lexicons: Lexicons) -> ActorRegistry:
    dictionary = actor_dictionary(lexicons)
    by_words: dict[tuple[str, ...], list[ActorEntry]] = {}
    group_names: dict[str, str] = {}
    for entries in dictionary.actors.values():
        for entry in entries:
            by_words.setdefault(entry.words, []).append(entry)
            if entry.kind == "group":
                group_names.setdefault(entry.code, entry.name)
    offices: dict[str, list[tuple[str, str, str]]] = {}
    person_codes: dict[str, tuple[str, str]] = {}
    latest: dict[str, date] = {}
    for holder in dictionary.offices:
        offices.setdefault(holder.person, []).append(
            (holder.office, _iso(holder.start), _iso(holder.end))
        )
        began = holder.start or date.min
        if holder.person not in latest or began >= latest[holder.person]:
            latest[holder.person] = began
            person_codes[holder.person] = (holder.code, holder.sector)
    aliases: dict[str, set[str]] = {}
    for row in lexicons.rows("office_holders.tsv"):
        names = (a.strip() for a in (row["aliases"] or "").split("|"))
        aliases.setdefault(row["person"], set()).update(a for a in names if a)
    sectors = {
        row["code"]: row["description"].split(":")[0].split(",")[0].strip()
        for row in lexicons.rows("sectors.tsv")
    }
    return ActorRegistry(
        by_words={k: tuple(v) for k, v in by_words.items()},
        dictionary=dictionary,
        sectors=sectors,
        group_names=group_names,
        offices={k: tuple(sorted(v, key=lambda r: (r[1], r[2], r[0]))) for k, v in offices.items()},
        person_codes=person_codes,
        person_aliases={k: tuple(sorted(v)) for k, v in aliases.items()},
    )


def actor_registry(lexicons: Lexicons) -> ActorRegistry:
    """The ActorRegistry of these lexicons, built on first use."""
    return lexicons.derived("actor_links.v1", build_actor_registry)


class _Found:
    """Records by id, with the spans that name each, in the order first met."""

    def __init__(self) -> None:
        self.records: dict[str, ActorRecord] = {}
        self.spans: dict[str, set[tuple[int, int]]] = {}

    def add(self, record: ActorRecord, span: tuple[int, int] | None = None) -> str:
        self.records.setdefault(record.id, record)
        spans = self.spans.setdefault(record.id, set())
        if span is not None:
            spans.add(span)
        return record.id

    def result(self) -> list[ActorRecord]:
        return [
            replace(record, spans=tuple(sorted(self.spans[actor_id])))
            for actor_id, record in sorted(self.records.items())
        ]


def _speaker_record(
    registry: ActorRegistry, quote: Quote, day: date | None, names: frozenset[str]
) -> ActorRecord | None:
    if not quote.speaker or quote.speaker_kind not in _SPEAKER_KINDS:
        return None
    record = registry.resolve(quote.speaker, day, person=quote.speaker_kind == "person")
    if record is not None:
        return record
    if quote.speaker_kind == "person":
        # an unlisted person needs a full name to be told apart from others of the surname;
        # "Emmanuel Macron and Vladimir Putin" are two people, not one actor
        several = _SEVERAL.search(quote.speaker)
        if len(quote.speaker.split()) < 2 or several or not person_id(quote.speaker):
            return None
        return ActorRecord(id=person_id(quote.speaker), name=quote.speaker, kind="person")
    # an uncoded organisation must be a name the tagger found ("Met Office"), not a
    # description ("Western governments", "Advisers")
    if _bare(quote.speaker) not in names or not person_id(quote.speaker):
        return None
    return ActorRecord(id=person_id(quote.speaker), name=quote.speaker, kind="organisation")


def link_actors(
    doc: ParsedDoc,
    lexicons: Lexicons,
    mentions: Sequence[Mention] = (),
    quotes: Sequence[Quote] = (),
    events: Sequence[Event] = (),
) -> list[ActorRecord]:
    """The actors the article's mentions, quote speakers and event parties refer to."""
    registry = actor_registry(lexicons)
    day = doc.published.date() if doc.published else None
    found = _Found()
    speakers: list[ActorRecord] = []
    organisations = frozenset(_bare(m.text) for m in mentions if m.label == "ORG")
    for quote in quotes:
        record = _speaker_record(registry, quote, day, organisations)
        if record is None:
            continue
        span = None
        if quote.speaker_start is not None and quote.speaker_end is not None:
            span = (quote.speaker_start, quote.speaker_end)
        found.add(record, span)
        if record.kind == "person":
            speakers.append(record)
    resolved: dict[tuple[str, bool], ActorRecord | None] = {}  # an article repeats its names
    for mention in mentions:
        if mention.label not in _ACTOR_LABELS:
            continue
        person = mention.label == "PERSON"
        key = (mention.text, person)
        if key not in resolved:
            resolved[key] = registry.resolve(mention.text, day, person)
        record = resolved[key]
        if record is not None:
            found.add(record, (mention.start, mention.end))
            continue
        if person:
            speaker = _speaker_named(speakers, mention.text)
            if speaker is not None:
                found.add(speaker, (mention.start, mention.end))
    for code in _event_codes(events):
        found.add(registry.code_record(code))
    return found.result()


def _speaker_named(speakers: Iterable[ActorRecord], text: str) -> ActorRecord | None:
    name = _bare(text)
    whole = {s.id: s for s in speakers if s.name == name}
    if whole:
        return next(iter(whole.values()))
    by_surname = {s.id: s for s in speakers if s.name.split()[-1] == name}
    return next(iter(by_surname.values())) if len(by_surname) == 1 else None


def _event_codes(events: Iterable[Event]) -> list[str]:
    return sorted({code for e in events for code in (*e.actors, *e.recipients) if code})
