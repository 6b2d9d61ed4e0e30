"""Actors: the project's actor dictionary, user dictionaries, and mention -> actor code resolution.

The dictionary is data (newsgraph/data/actors_countries.tsv, actors_igos.tsv, agents.tsv,
office_holders.tsv) plus optional user dictionaries in the TABARI/PETRARCH `.actors.txt` and
`.agents.txt` formats, which political scientists already keep. Everything is read once into a
frozen `ActorDictionary` (cached on the `Lexicons` object, not in module state).

Resolution turns a noun phrase of a parsed document into an `ActorRef` with a CAMEO-style code:
a country or IGO code ("RUS", "NATO") and a sector from a generic agent noun ("troops" -> MIL,
"foreign minister" -> GOV): "Russian troops" -> RUSMIL, "the Kremlin" -> RUS, "NATO" -> NATO.
Office holders carry date ranges, so "President Biden" and "the US president" resolve on the
article's date. Within an article, surnames, titles and pronouns are resolved to an earlier full
mention by `ArticleResolver` — a deliberately small interface (`resolve(i) -> ActorRef | None`)
so the quotes engineer's coreference (extract/coref.py) can replace the pronoun step later.

User dictionaries are passed as `Lexicons` extras named `user.actors.txt` / `user.agents.txt`
(`Lexicons.load(**{"user.actors.txt": path})`); their entries win over ours on equal spans.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import compress
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple

from ..lexicons import Lexicons
from ..types import ActorRef, ParsedDoc, Token

__all__ = [
    "ActorEntry",
    "AgentEntry",
    "ActorDictionary",
    "ArticleResolver",
    "actor_dictionary",
    "build_actor_dictionary",
    "read_tabari_actors",
    "read_tabari_agents",
    "split_code",
    "user_lexicons",
    "USER_ACTORS",
    "USER_AGENTS",
]

USER_ACTORS = "user.actors.txt"
USER_AGENTS = "user.agents.txt"

# Dependency labels of the words that belong to a noun phrase before its head.
_NP_LEFT = frozenset(
    {"compound", "amod", "poss", "nmod", "det", "case", "nummod", "npadvmod", "punct"}
)
_PRONOUNS_PERSON = frozenset({"he", "she", "him", "her", "his"})
_PRONOUNS_GROUP = frozenset({"it", "its", "they", "them", "their"})
_TOKEN = re.compile(r"[A-Za-z]\.(?:[A-Za-z]\.)+|\w+(?:['’]\w+)*\.?|[^\w\s]")


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One way of naming an actor, valid between `start` and `end` (either may be None)."""

    words: tuple[str, ...]  # lower-case words
    code: str  # full code: 'RUS', 'NATO', 'RUSGOV', 'HGWGOVMED'
    country: str
    sector: str = ""
    name: str = ""
    kind: str = "country"  # country, igo, metonym, person, user
    start: date | None = None
    end: date | None = None
    stem: bool = False  # the last word may be a prefix (TABARI words without a trailing '_')
    user: bool = False
    acronym: str = ""  # "WHO", "US": matches only written in capitals (not "who", "us")

    def valid_on(self, day: date | None) -> bool:
        if day is None:
            return self.end is None  # no date: the current holder
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class AgentEntry:
    """A generic agent noun phrase and the sector code it adds ('troops' -> MIL)."""

    words: tuple[str, ...]
    sector: str
    stem: bool = False
    user: bool = False


@dataclass(frozen=True, slots=True)
class OfficeHolder:
    person: str
    code: str  # country or IGO
    office: str
    sector: str
    start: date | None
    end: date | None


@dataclass(frozen=True)
class ActorDictionary:
    """Everything actor resolution needs, indexed for matching; built once per Lexicons."""

    actors: Mapping[str, tuple[ActorEntry, ...]]  # first 3 letters of the first word -> entries
    agents: Mapping[str, tuple[AgentEntry, ...]]
    offices: tuple[OfficeHolder, ...]
    igos: frozenset[str]
    countries: frozenset[str]
    # The actor and agent entries each token can start (see `_Starts`).
    starts: _Starts = field(compare=False, repr=False)
    max_words: int = 6
    names: Mapping[str, str] = field(default_factory=dict)  # code -> canonical name
    # code -> its office holders, so that a title ("the Israeli prime minister") reads only its
    # country's rows, not the whole file's
    offices_by_code: Mapping[str, tuple[OfficeHolder, ...]] = field(default_factory=dict)


_KNOWN_STARTS = 200_000  # (word, lemma) pairs remembered by a `_Starts`, a few MB

# The entries a token can start: (actor entries, agent entries), or () when it starts none.
_Candidates = tuple[tuple[ActorEntry, ...], tuple[AgentEntry, ...]] | tuple[()]


class _Starts(dict[tuple[str, str], _Candidates]):
    """The actor and agent entries a token can start, by the token's (word as written, lemma),
    in the order they are tried (`_starting`); () when it starts none, as most tokens do.

    Worked out for a pair on first use and remembered: words recur across articles, and the
    scan looks up every token of every article. Emptied when full, so that memory stays flat.
    """

    def __init__(
        self,
        actors: Mapping[str, tuple[ActorEntry, ...]],
        agents: Mapping[str, tuple[AgentEntry, ...]],
    ) -> None:
        super().__init__()
        self.actors = actors
        self.agents = agents

    def __missing__(self, key: tuple[str, str]) -> _Candidates:
        if len(self) >= _KNOWN_STARTS:
            self.clear()
        found = self[key] = self.candidates(*key)
        return found

    def candidates(self, word: str, lemma: str) -> _Candidates:
        actors = _starting(self.actors, word, lemma)
        agents = _starting(self.agents, word.lower(), lemma)
        return (actors, agents) if actors or agents else ()


def _acronym(phrase: str) -> str:
    """The phrase when it is a short all-capitals word that is also an English word's spelling."""
    bare = phrase.replace(".", "")
    return phrase if bare.isalpha() and bare.isupper() and len(bare) <= 5 else ""


def _entry(
    phrase: str,
    code: str,
    country: str,
    sector: str,
    name: str,
    kind: str,
    start: date | None = None,
    end: date | None = None,
) -> ActorEntry:
    return ActorEntry(
        _words(phrase),
        code,
        country,
        sector,
        name,
        kind,
        start,
        end,
        acronym=_acronym(phrase.strip()),
    )


def _words(phrase: str) -> tuple[str, ...]:
    phrase = phrase.strip()
    if phrase.lower().startswith("the "):
        phrase = phrase[4:]
    return tuple(w.lower() for w in _TOKEN.findall(phrase))


def _iso(text: str) -> date | None:
    return date.fromisoformat(text) if text.strip() else None


def _index(entries: Iterable[ActorEntry | AgentEntry]) -> dict[str, tuple]:
    index: dict[str, list] = {}
    for entry in entries:
        if entry.words:
            index.setdefault(entry.words[0][:3], []).append(entry)
    return {k: tuple(v) for k, v in index.items()}


def _split(cell: str | None) -> list[str]:
    return [p.strip() for p in (cell or "").split("|") if p.strip()]


# --- TABARI / PETRARCH dictionaries ------------------------------------------------------------

_CODE_BLOCK = re.compile(r"\[([^\]]*)\]")
_DATE6 = re.compile(r"^\d{6}$|^\d{8}$")


def _tabari_date(text: str) -> date:
    text = text.strip()
    if len(text) == 6:  # YYMMDD, TABARI's two-digit years: 50-99 are 19xx
        year = int(text[:2])
        year += 1900 if year >= 50 else 2000
        return date(year, int(text[2:4]), int(text[4:6]))
    return date(int(text[:4]), int(text[4:6]), int(text[6:8]))


def _tabari_code(block: str) -> list[tuple[str, date | None, date | None]]:
    """'[HOBGOV 19950601 - 19990815]' -> [('HOBGOV', 1995-06-01, 1999-08-16)]; '/' splits codes."""
    block = block.strip()
    start = end = None
    m = re.match(r"^(\S+)\s*(.*)$", block)
    if not m:
        return []
    code, rest = m.group(1), m.group(2).strip()
    if rest.startswith("<"):
        end = _tabari_date(rest[1:])
    elif rest.startswith(">"):
        start = _tabari_date(rest[1:])
    elif "-" in rest:
        lo, hi = (p.strip() for p in rest.split("-", 1))
        start = _tabari_date(lo)
        end = date.fromordinal(_tabari_date(hi).toordinal() + 1)
    elif code.startswith("<") or code.startswith(">"):
        return []
    return [(c, start, end) for c in code.split("/") if c]


def _tabari_words(phrase: str) -> tuple[tuple[str, ...], bool]:
    phrase = phrase.strip()
    exact = phrase.endswith("_")
    words = tuple(w.lower() for w in re.split(r"[_\s]+", phrase.strip("_ ")) if w)
    return words, not exact


def _strip_comments(text: str) -> list[str]:
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    lines = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].rstrip()
        if line.strip():
            lines.append(line)
    return lines


def read_tabari_actors(text: str) -> list[ActorEntry]:
    """Entries of a TABARI/PETRARCH `.actors.txt` dictionary.

    Format: `NAME [CODE]` lines; `+SYNONYM` lines add names to the entry above; code blocks on
    their own (indented) lines may carry dates: `[HOB <950601]`, `[HOBGOV 19950601 - 19990815]`,
    `[HOBREB >990816]`; `[FRO/BIL/SAM]` is a compound actor. Words joined by `_` or spaces; a
    word without a trailing `_` also matches longer words (a stem, as in TABARI).
    """
    entries: list[ActorEntry] = []
    names: list[str] = []
    codes: list[tuple[str, date | None, date | None]] = []

    def flush() -> None:
        for name in names:
            words, stem = _tabari_words(name)
            for code, start, end in codes:
                if code.startswith("---") or code.startswith("+++") or code.startswith("###"):
                    country, sector = "---", code[3:]
                else:
                    country, sector = code[:3], code[3:]
                entries.append(
                    ActorEntry(
                        words,
                        code,
                        country,
                        sector,
                        name.strip("_ ").replace("_", " ").title(),
                        "user",
                        start,
                        end,
                        stem,
                        True,
                    )
                )

    for line in _strip_comments(text):
        stripped = line.strip()
        if stripped.startswith("+"):
            names.append(stripped[1:].strip())
            continue
        if stripped.startswith("["):
            for block in _CODE_BLOCK.findall(stripped):
                codes.extend(_tabari_code(block))
            continue
        flush()
        names, codes = [], []
        head = _CODE_BLOCK.split(stripped, maxsplit=1)[0]
        names.append(re.sub(r"\{[^}]*\}", "", head).strip())
        for block in _CODE_BLOCK.findall(stripped):
            codes.extend(_tabari_code(block))
    flush()
    return [e for e in entries if e.words]


def read_tabari_agents(text: str) -> list[AgentEntry]:
    """Entries of a TABARI/PETRARCH `.agents.txt` dictionary: `NOUN {PLURALS} [~SEC]`.

    `!MACRO! = A, B` lines define substitutions used as `!MACRO!` in later phrases. `~SEC` and
    `SEC~` both add sector SEC (newsgraph keeps one sector string after the country).
    """
    macros: dict[str, list[str]] = {}
    entries: list[AgentEntry] = []
    for line in _strip_comments(text):
        stripped = line.strip()
        m = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", stripped)
        if m:
            macros[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        blocks = _CODE_BLOCK.findall(stripped)
        if not blocks:
            continue
        sector = blocks[0].replace("~", "").strip()
        head = _CODE_BLOCK.split(stripped, maxsplit=1)[0]
        plurals = re.findall(r"\{([^}]*)\}", head)
        phrase = re.sub(r"\{[^}]*\}", "", head).strip()
        variants = [phrase]
        for macro, options in macros.items():
            if macro in phrase:
                variants = [v.replace(macro, o) for v in variants for o in options]
        variants += [p.strip() for group in plurals for p in group.split(",") if p.strip()]
        for variant in variants:
            words, stem = _tabari_words(variant)
            entries.append(AgentEntry(words, sector, stem, True))
    return [e for e in entries if e.words]


# --- building the dictionary ------------------------------------------------------------------


def build_actor_dictionary(lexicons: Lexicons) -> ActorDictionary:
    """Read the actor data files (and user dictionaries when given) into an ActorDictionary."""
    entries: list[ActorEntry] = []
    names: dict[str, str] = {}
    countries: set[str] = set()
    for row in lexicons.rows("actors_countries.tsv"):
        code, name = row["code"], row["name"]
        countries.add(code)
        names[code] = name
        for phrase in [name, *_split(row["aliases"]), *_split(row["demonyms"])]:
            entries.append(_entry(phrase, code, code, "", name, "country"))
        for phrase in _split(row["metonyms"]):
            entries.append(_entry(phrase, code, code, "", name, "metonym"))
    igos: set[str] = set()
    for row in lexicons.rows("actors_igos.tsv"):
        code, name = row["code"], row["name"]
        igos.add(code)
        names[code] = name
        for phrase in [name, *_split(row["aliases"])]:
            entries.append(_entry(phrase, code, code, "", name, "igo"))
    for row in lexicons.rows("actors_groups.tsv"):
        # Armed groups and movements: the group's country and sector ("Hamas" -> PSEREB).
        code = row["code"] + row["sector"]
        for phrase in _split(row["aliases"]):
            entries.append(_entry(phrase, code, row["code"], row["sector"], row["name"], "group"))
    offices = []
    for row in lexicons.rows("office_holders.tsv"):
        start, end = _iso(row["start"]), _iso(row["end"])
        sector = "" if row["code"] in igos else row["sector"]
        offices.append(OfficeHolder(row["person"], row["code"], row["office"], sector, start, end))
        for phrase in [row["person"], *_split(row["aliases"])]:
            code = row["code"] + sector
            entries.append(
                ActorEntry(
                    _words(phrase), code, row["code"], sector, row["person"], "person", start, end
                )
            )
    by_code: dict[str, list[OfficeHolder]] = {}
    for office in offices:
        by_code.setdefault(office.code, []).append(office)
    agents = [AgentEntry(_words(r["phrase"]), r["sector"]) for r in lexicons.rows("agents.tsv")]
    if USER_ACTORS in lexicons.extra:
        entries.extend(read_tabari_actors(lexicons.text(USER_ACTORS)))
    if USER_AGENTS in lexicons.extra:
        agents.extend(read_tabari_agents(lexicons.text(USER_AGENTS)))
    longest = max(len(e.words) for e in [*entries, *agents])
    actor_index = MappingProxyType(_index(entries))
    agent_index = MappingProxyType(_index(agents))
    return ActorDictionary(
        actors=actor_index,
        agents=agent_index,
        offices=tuple(offices),
        igos=frozenset(igos),
        countries=frozenset(countries),
        max_words=longest,
        names=MappingProxyType(names),
        starts=_Starts(actor_index, agent_index),
        offices_by_code=MappingProxyType({k: tuple(v) for k, v in by_code.items()}),
    )


def user_lexicons(actors: Path | None = None, agents: Path | None = None) -> Lexicons:
    """Lexicons with TABARI/PETRARCH user dictionaries (`.actors.txt`, `.agents.txt`) added."""
    extra = {}
    if actors is not None:
        extra[USER_ACTORS] = Path(actors)
    if agents is not None:
        extra[USER_AGENTS] = Path(agents)
    return Lexicons.load(**extra)


def actor_dictionary(lexicons: Lexicons) -> ActorDictionary:
    """The ActorDictionary of these lexicons, built on first use."""
    return lexicons.derived("actors.v1", build_actor_dictionary)


def split_code(code: str, dictionary: ActorDictionary) -> tuple[str, str]:
    """'RUSGOV' -> ('RUS', 'GOV'); 'NATO' -> ('NATO', ''); 'EUGOV' -> ('EU', 'GOV');
    'AUS' -> ('AUS', ''): a country's own code is never an IGO's code with a sector."""
    if code in dictionary.countries:
        return code, ""
    for size in range(len(code), 0, -1):  # the longest IGO code the code starts with first
        igo, rest = code[:size], code[size:]
        if (
            igo in dictionary.igos
            and (not rest or rest.isupper())
            and (not rest or size != 3 or code[:3] not in dictionary.countries)
        ):
            return igo, rest
    return code[:3], code[3:]


# --- matching ---------------------------------------------------------------------------------


def _word_matches(pattern: str, word: str, stem: bool, last: bool = False) -> bool:
    if word == pattern or (stem and len(pattern) >= 3 and word.startswith(pattern)):
        return True
    # A plural of the phrase's last noun ("protesters" for "protester") when no lemma says so.
    return last and len(pattern) >= 3 and word in (pattern + "s", pattern + "es")


def _starting(index: Mapping[str, tuple[Any, ...]], word: str, lemma: str) -> tuple[Any, ...]:
    """The entries of `index` a token written `word` can start, longest first (a user's entry
    first among equals, else in index order): those whose first word it is, or for an entry
    of one word a stem or plural of. An acronym entry matches only as written ("US", not
    "us") and a person's name only with a capital ("banned" is not "Ban (Ki-moon)")."""
    text = word.lower()
    by_text, by_lemma = text[:3], lemma[:3]
    found = []
    # text first, then lemma: a fixed order (a set's would vary between processes) for ties
    for key in (by_text,) if by_text == by_lemma else (by_text, by_lemma):
        for entry in index.get(key, ()):
            if getattr(entry, "acronym", "") and word != entry.acronym:
                continue
            if getattr(entry, "kind", "") == "person" and word[:1].islower():
                continue
            # Only a phrase's last word may match by stem or plural: the first word of a
            # longer phrase must be the token itself.
            last = len(entry.words) == 1
            stem = entry.stem and last
            if any(_word_matches(entry.words[0], w, stem, last) for w in (text, lemma)):
                found.append(entry)
    found.sort(key=lambda e: (-len(e.words), not e.user))
    return tuple(found)


def _rest_matches(
    entry: ActorEntry | AgentEntry, texts: Sequence[str], lemmas: Sequence[str], i: int
) -> bool:
    """Whether the words of `entry` after its first match the tokens after token i."""
    words = entry.words
    last = len(words) - 1
    for k in range(1, len(words)):
        pattern, word, word_lemma = words[k], texts[i + k], lemmas[i + k]
        if pattern in (word, word_lemma):
            continue  # most words match as written
        # Only a phrase's last word may match by stem or plural.
        if k < last or not (
            _word_matches(pattern, word, entry.stem, True)
            or _word_matches(pattern, word_lemma, entry.stem, True)
        ):
            return False
    return True


# A one-word person alias tagged as a place after a preposition of place is the place ("in
# Austin"); the tag alone is not enough, as the small model tags some names as places ("meet
# Erdogan")
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "around", "across"})


# How long after leaving office a bare surname still names the politician ("Merkel said" two
# years after her term); a modifier names him at any time after ("the Bush administration")
_FORMER_YEARS = 10


def _surname_in_the_news(entry: ActorEntry, day: date | None, dep: str) -> bool:
    """Whether a one-word person alias on `day` names the person: in office, or once in office
    and either as a modifier or within `_FORMER_YEARS` of leaving; never before taking office
    ("Harris said" in 2003 is not Kamala Harris)."""
    if entry.valid_on(day) or day is None:
        return True
    if entry.start is not None and day < entry.start:
        return False
    if dep == "compound" or entry.end is None:
        return True
    return day.year - entry.end.year <= _FORMER_YEARS


def _later_term(entry: ActorEntry, than: ActorEntry, day: date | None) -> bool:
    """Whether `entry` began in office after `than` did, and before `day`."""
    if day is None or entry.start is None or entry.start > day:
        return False
    return than.start is None or than.start > day or entry.start > than.start


class _Match(NamedTuple):
    start: int  # token range
    end: int
    entry: ActorEntry | AgentEntry


def _scan(
    texts: Sequence[str],
    lemmas: Sequence[str],
    candidates: Iterable[tuple[int, tuple[Any, ...]]],
    day: date | None,
    is_actor: bool,
) -> list[_Match]:
    """Greedy longest-first matches: `candidates` are (token, entries it can start, in the
    order they are tried), in text order."""
    out: list[_Match] = []
    end = len(texts)
    after = 0  # the end of the last match: a match starts at or after it
    for i, entries in candidates:
        if i < after:
            continue
        best = None
        fallback = None
        for entry in entries:
            n = len(entry.words)
            if i + n > end or (n > 1 and not _rest_matches(entry, texts, lemmas, i)):
                continue
            if is_actor and not entry.valid_on(day):  # type: ignore[union-attr]
                # A known politician out of office is still of his country ("the Bush
                # administration" in a text dated after his term): kept as a last resort.
                # Of several, the one in office last before the day ("the Bush administration"
                # in 2015 is the younger Bush's)
                if getattr(entry, "kind", "") == "person" and (
                    fallback is None or _later_term(entry, fallback.entry, day)  # type: ignore[arg-type]
                ):
                    fallback = _Match(i, i + n, entry)
                continue
            best = _Match(i, i + n, entry)
            break
        best = best or fallback
        if best is not None:
            out.append(best)
            after = best.end
    return out


def _with_heads(tokens: Sequence[Token], found: Iterable[int]) -> set[int]:
    """The tokens `found` and every token above them in the parse: the tokens whose subtree
    holds one of them."""
    out: set[int] = set()
    for k in found:
        while k not in out:
            out.add(k)
            k = tokens[k].head
    return out


# A name after "anti-" or "pro-" says where one stands, not whose one is.
_STANCE = frozenset({"anti", "pro"})
# A name before "-backed", "-sponsored", ... names who supports a group, not whose it is.
_BACKING = frozenset(
    {"backed", "sponsored", "funded", "supported", "aligned", "allied", "trained", "armed"}
)


class ArticleResolver:
    """Resolves token positions of one document to actors, with within-article coreference.

    `resolve(i)` reads the noun phrase headed by token i. When it names nothing the dictionary
    knows, three steps link it to an earlier mention of the same article: a surname ("Ushakov"
    after "Kremlin aide Yuri Ushakov"), a bare title ("the Russian leader" after "Vladimir
    Putin"), and a pronoun ("he", "it") to the nearest earlier actor of the same kind. The
    pronoun step is the part the shared coreference module is meant to replace.
    """

    def __init__(self, doc: ParsedDoc, dictionary: ActorDictionary) -> None:
        self.doc = doc
        self.dict = dictionary
        self.day = doc.published.date() if doc.published else None
        tokens = doc.tokens
        self.texts = [t.text.lower() for t in tokens]
        self.lemmas = [t.lemma.lower() for t in tokens]
        self.children: list[list[int]] = [[] for _ in tokens]
        for i, t in enumerate(tokens):
            if t.head != i:
                self.children[t.head].append(i)
        n = len(tokens)
        self.actor_at: dict[int, _Match] = {}
        self.agent_at: dict[int, _Match] = {}
        # The entries each token can start, most often none: `map` reads the remembered answers
        # without a Python call per token, and `compress` keeps the tokens that start some.
        starts = dictionary.starts
        written = [t.text for t in tokens]
        found = list(map(starts.__getitem__, zip(written, self.lemmas, strict=True)))
        candidates = [(i, found[i]) for i in compress(range(n), found)]
        actor_candidates = [(i, entries[0]) for i, entries in candidates if entries[0]]
        agent_candidates = [(i, entries[1]) for i, entries in candidates if entries[1]]
        for m in _scan(self.texts, self.lemmas, actor_candidates, self.day, True):
            k = m.start
            if k >= 2 and self.texts[k - 1] == "-" and self.texts[k - 2] in _STANCE:
                continue  # "an anti-Syria journalist", "pro-Russian separatists": a stance
            if m.end + 1 < n and self.texts[m.end] == "-" and self.texts[m.end + 1] in _BACKING:
                continue  # "Russian-backed separatists": the backer, not whose they are
            if (
                getattr(m.entry, "kind", "") == "person"
                and m.end - m.start == 1
                and m.end < n
                and tokens[m.end].ent_iob == "I"
                and tokens[m.end].ent_type == "PERSON"
            ):
                continue  # "Michel Aoun" is not Charles Michel: a surname as another's first name
            if getattr(m.entry, "kind", "") == "person" and m.end - m.start == 1:
                tok = tokens[m.start]
                if tok.ent_type in _PLACE_LABELS and self.texts[tok.head] in _PLACE_PREPOSITIONS:
                    continue  # "protesters gathered in Austin": a place, not Lloyd Austin
                if not _surname_in_the_news(m.entry, self.day, tok.dep):  # type: ignore[arg-type]
                    continue  # "Johnson said" in 2005 is not Boris Johnson
            for k in range(m.start, m.end):
                self.actor_at[k] = m
        for m in _scan(self.texts, self.lemmas, agent_candidates, self.day, False):
            for k in range(m.start, m.end):
                self.agent_at[k] = m
        # A noun phrase lies inside its head's subtree: a head with no match below it names
        # nothing the dictionaries know, which most heads are, and its phrase is not read.
        self._named_below = _with_heads(tokens, [*self.actor_at, *self.agent_at])
        self._cache: dict[int, ActorRef | None] = {}
        self._history: list[tuple[int, ActorRef, str]] = []  # (token, ref, kind) in text order
        self._surnames: dict[str, ActorRef] = {}
        self._built = False
        # The noun phrase of a head and what it names, read once: the history of mentions and
        # the events' roles read the same heads again.
        self._phrases: dict[int, tuple[list[int], ActorRef | None, str]] = {}

    # -- noun phrase reading --

    def _phrase(self, head: int) -> tuple[list[int], ActorRef | None, str]:
        """(np_tokens(head), *_ref_from_tokens(those tokens, head)), computed once per head.
        Callers only read the token list."""
        found = self._phrases.get(head)
        if found is None:
            toks = self.np_tokens(head)
            if head in self._named_below:
                found = (toks, *self._ref_from_tokens(toks, head))
            else:
                found = (toks, None, "")
            self._phrases[head] = found
        return found

    def names_in_phrase(self, head: int) -> bool:
        """Whether the noun phrase of `head` holds a name the dictionary knows, as opposed to
        a bare agent noun whose country is inferred ("a drug lord", "diplomats")."""
        return any(k in self.actor_at for k in self._phrase(head)[0])

    def np_tokens(self, head: int) -> list[int]:
        """Tokens of the noun phrase headed by `head`: left modifiers, 'of' phrases, the head."""
        out = {head}
        stack = [c for c in self.children[head] if c < head and self.doc.tokens[c].dep in _NP_LEFT]
        while stack:
            c = stack.pop()
            out.add(c)
            stack.extend(self.children[c])
        for c in self.children[head]:
            tok = self.doc.tokens[c]
            if (
                c > head
                and tok.dep == "prep"
                and (self.texts[c] == "of" or (self.texts[c] == "from" and head in self.agent_at))
            ):  # "the government of Gondor", "officials from the United States"
                for g in self.children[c]:
                    if self.doc.tokens[g].dep == "pobj":
                        out.update(self.np_tokens(g))
            if c > head and tok.dep in ("compound", "flat", "nmod") and tok.pos == "PROPN":
                out.add(c)
        return sorted(out)

    def _ref_from_tokens(self, toks: list[int], head: int) -> tuple[ActorRef | None, str]:
        actor_matches: list[_Match] = []
        agent_matches: list[_Match] = []
        seen: set[int] = set()
        members: set[int] = set()  # the phrase's tokens, filled when a match is met
        for k in toks:
            m = self.actor_at.get(k)
            a = self.agent_at.get(k)
            if m is None and a is None:
                continue
            if not members:
                members.update(toks)
            if m and id(m) not in seen and all(j in members for j in range(m.start, m.end)):
                seen.add(id(m))
                actor_matches.append(m)
            if a and id(a) not in seen and all(j in members for j in range(a.start, a.end)):
                seen.add(id(a))
                agent_matches.append(a)
        if not actor_matches and not agent_matches:
            return None, ""  # most noun phrases name nothing the dictionaries know
        # A word inside an actor's longer name is no agent of it: "European *Union*" is no
        # labour union, "World *Bank*" no business. An agent spanning the same words as the
        # actor (a user dictionary's "MSF" -> NGO) still gives its sector.
        agent_matches = [
            a
            for a in agent_matches
            if not any(
                m.start <= a.start and a.end <= m.end and m.end - m.start > a.end - a.start
                for m in actor_matches
            )
        ]
        # The head's own match is the actor ("the Kremlin"); otherwise the modifier nearest it
        # ("Russian troops", "Gondor's government").
        actor = None
        for m in actor_matches:
            if m.start <= head < m.end:
                actor = m
        if (
            actor is not None
            and self.doc.tokens[head].pos == "NOUN"
            and any(
                self.doc.tokens[m.start].pos == "PROPN" for m in actor_matches if m is not actor
            )
        ):
            # "the ECOWAS bloc": a common-noun alias ("the bloc" for the EU) gives way to the
            # name that modifies it
            names = [m for m in actor_matches if self.doc.tokens[m.start].pos == "PROPN"]
            actor = min(names, key=lambda m: abs(head - (m.end - 1)))
        agent = None
        for a in agent_matches:
            if a.start <= head < a.end:
                agent = a
        # A modifier agent must be a noun ("police chief", "army officers"): an adjective the
        # stem happens to match ("diplomatic ties", "military aid") names no agent.
        agent_matches = [
            a
            for a in agent_matches
            if a is agent or self.doc.tokens[a.end - 1].pos in ("NOUN", "PROPN")
        ]
        if agent is None and agent_matches:
            agent = min(agent_matches, key=lambda a: abs(head - (a.end - 1)))
        if (
            actor is None
            and actor_matches
            and (
                agent is not None
                or (
                    self.doc.tokens[head].pos == "PROPN" and self.doc.tokens[head].ent_type != "LOC"
                )
            )
        ):
            # A modifier names the actor only of an agent noun or a name: "Russian troops",
            # "Gondor's government", but not "Ukraine's border", nor a place named after it
            # ("the South China Sea", "the Sea of Japan").
            actor = min(actor_matches, key=lambda m: abs(head - (m.end - 1)))
        if actor is not None:
            entry: ActorEntry = actor.entry  # type: ignore[assignment]
            sector = entry.sector
            if agent is not None and not (entry.kind == "person" and agent.start < actor.start):
                sector = (
                    (entry.sector + agent.entry.sector)
                    if entry.user
                    else (entry.sector or agent.entry.sector)
                )
            elif agent is not None and entry.kind == "person":
                sector = entry.sector or agent.entry.sector
            kind = "person" if entry.kind == "person" else "group"
            if self.doc.tokens[head].ent_type == "PERSON" or (
                agent is not None
                and _personal(agent)
                and self.doc.tokens[head].tag not in ("NNS", "NNPS")
            ):
                kind = "person"  # "the Russian leader"; "Palestinian leaders" are a group
            code = entry.country + sector
            if entry.user:
                extra = agent.entry.sector if agent is not None else ""
                code = entry.code if entry.code.endswith(extra) else entry.code + extra
                if entry.code.startswith("---"):
                    code = entry.code
                sector = code[len(entry.country) :]
            name = entry.name
            if entry.kind != "person" and agent is not None and kind == "person":
                name = self._office_holder(entry.country, toks) or ""
            return self._ref(code, entry.country, sector, name, toks), kind
        if agent is not None:
            return None, "agent:" + agent.entry.sector
        return None, ""

    def _office_holder(self, country: str, toks: list[int]) -> str | None:
        # the file spells offices in British English ("defence minister")
        phrase = " ".join(self.texts[k] for k in toks).replace("defense", "defence")
        best = None
        for office in self.dict.offices_by_code.get(country, ()):
            if office.office not in phrase:
                continue
            if self.day is not None and not (
                (office.start is None or office.start <= self.day)
                and (office.end is None or self.day < office.end)
            ):
                continue
            if best is None or len(office.office) > len(best.office):
                best = office
        return best.person if best else None

    def _ref(self, code: str, country: str, sector: str, name: str, toks: list[int]) -> ActorRef:
        first, last = self.doc.tokens[toks[0]], self.doc.tokens[toks[-1]]
        start, end = first.idx, last.idx + len(last.text)
        return ActorRef(code, country, sector, name, self.doc.text[start:end], start, end)

    def hyphen_names(self, i: int) -> list[ActorRef]:
        """The countries and IGOs a single hyphenated token names, one per part ("U.S.-Russian",
        "Franco-German" is no such token): [] unless every part is one-word name the
        dictionary knows on the article's date."""
        word = self.doc.tokens[i].text
        parts = word.split("-")
        if len(parts) < 2 or not all(parts):
            return []
        refs: list[ActorRef] = []
        for part in parts:
            found = self.dict.starts[(part, part.lower())]
            entry = next(
                (
                    e
                    for e in (found[0] if found else ())
                    if len(e.words) == 1
                    and e.kind in ("country", "igo", "metonym")
                    and e.valid_on(self.day)
                ),
                None,
            )
            if entry is None:
                return []
            if all(r.code != entry.code for r in refs):
                refs.append(self._ref(entry.code, entry.country, entry.sector, entry.name, [i]))
        return refs if len(refs) >= 2 else []

    # -- coreference --

    def _build_history(self) -> None:
        """Resolve every nominal head once, in text order, to feed surnames and pronouns."""
        self._built = True
        named_below = self._named_below
        for i, tok in enumerate(self.doc.tokens):
            if i not in named_below and tok.ent_type != "PERSON":
                continue  # names nothing, and is no surname of a person named before
            if tok.pos in ("PROPN", "NOUN") and tok.dep not in ("compound", "amod", "poss", "flat"):
                toks, ref, kind = self._phrase(i)
                if ref is None and tok.ent_type == "PERSON":
                    ref = self._surnames.get(self.texts[i])
                    kind = "person" if ref else kind
                if (
                    ref is None
                    and kind.startswith("agent:")
                    and (tok.ent_type == "PERSON" or tok.pos == "PROPN")
                ):
                    # "President Abdelaziz Bouteflika": a titled name the dictionary does not know
                    # is still a person a later "he" can point at.
                    sector = kind.split(":", 1)[1]
                    ref = self._ref("---" + sector, "---", sector, "", toks)
                    kind = "person"
                if ref is not None:
                    self._history.append((i, ref, kind))
                    if tok.ent_type == "PERSON" or kind == "person":
                        for k in toks:
                            if self.doc.tokens[k].ent_type == "PERSON":
                                self._surnames.setdefault(self.texts[k], ref)

    def _antecedent(self, i: int, kind: str, sector: str = "") -> ActorRef | None:
        if not self._built:
            self._build_history()
        history = self._history
        if self.doc.tokens[i].dep in ("nsubj", "nsubjpass"):
            # A subject pronoun continues the topic: the last subject before it, if that is a
            # fitting actor ("Russia has massed troops near Ukraine. It denies ...": Russia).
            first = self._sentence_start(i, back=1)
            subjects = [
                h
                for h in history
                if h[0] >= first and self.doc.tokens[h[0]].dep in ("nsubj", "nsubjpass")
            ]
            found = self._nearest(subjects, i, kind, sector)
            if found is not None:
                return found
        return self._nearest(history, i, kind, sector)

    def _sentence_start(self, i: int, back: int = 0) -> int:
        """First token of the sentence `back` sentences before the one holding token i."""
        sents = list(self.doc.sents) or [(0, len(self.doc.tokens))]
        here = next((n for n, (a, b) in enumerate(sents) if a <= i < b), 0)
        return sents[max(0, here - back)][0]

    def _nearest(
        self, history: list[tuple[int, ActorRef, str]], i: int, kind: str, sector: str
    ) -> ActorRef | None:
        for j, ref, k in reversed(history):
            if j >= i:
                continue
            if kind == "person" and k != "person":
                continue
            if kind == "group" and k == "person":
                continue
            if sector and ref.sector and ref.sector != sector and kind != "group":
                continue
            return ref
        return None

    def both_parties(self, i: int) -> list[ActorRef]:
        """ "the two leaders", "both sides", "the two": the two most recent distinct actors
        before token i (people for a personal noun), or [] when the phrase is no such pair or
        none is known."""
        tok = self.doc.tokens[i]
        pair = any(
            (self.texts[c] == "two" and self.doc.tokens[c].dep == "nummod")
            or (self.texts[c] == "both" and self.doc.tokens[c].dep in ("det", "predet"))
            for c in self.children[i]
        )
        # "The two are expected to meet", "both said ...": the pair standing alone for its nouns
        alone = (
            self.texts[i] == "two"
            and tok.pos == "NUM"
            and any(self.texts[c] == "the" for c in self.children[i])
        ) or (self.texts[i] == "both" and tok.dep in ("nsubj", "nsubjpass", "dobj", "pobj"))
        if alone:
            pair = True
        elif not pair or tok.tag != "NNS" or tok.pos != "NOUN":
            return []
        if not self._built:
            self._build_history()
        personal = self.lemmas[i] in _PERSON_TITLES
        out: list[ActorRef] = []
        for j, ref, kind in reversed(self._history):
            if j >= i or (personal and kind != "person") or ref.country in ("", "---"):
                continue
            head = self.doc.tokens[j].head
            if self.doc.tokens[j].dep == "pobj" and self.texts[head] in ("in", "at"):
                continue  # "met in Stockholm": a place, not a side
            if all(r.country != ref.country for r in out):
                out.append(ref)
            if len(out) == 2:
                return out[::-1]
        return []

    def resolve_strict(self, i: int) -> ActorRef | None:
        """Like `resolve`, but only a name the dictionary knows or a pronoun: no inferred country
        for a bare agent noun. For modifiers ("military support" names no actor)."""
        tok = self.doc.tokens[i]
        _toks, ref, _kind = self._phrase(i)
        if ref is not None:
            return ref
        if tok.pos in ("PRON", "PROPN") or tok.ent_type == "PERSON":
            return self.resolve(i)
        return None

    def resolve(self, i: int) -> ActorRef | None:
        """The actor named by the noun phrase headed by token i, or None."""
        if i in self._cache:
            return self._cache[i]
        tok = self.doc.tokens[i]
        if tok.pos == "NUM" or self.lemmas[i] in _QUANTITIES:
            # "thousands of Iraqi Kurds", "members of the opposition": the group is the actor.
            for c in self.children[i]:
                if self.texts[c] == "of" and self.doc.tokens[c].dep == "prep":
                    for g in self.children[c]:
                        if self.doc.tokens[g].dep == "pobj":
                            self._cache[i] = self.resolve(g)
                            return self._cache[i]
        toks, ref, kind = self._phrase(i)
        if any(self.lemmas[k] == "ethnic" for k in toks):
            # "ethnic Albanians in Macedonia" are a people, not the Albanian state
            self._cache[i] = None
            return None
        if ref is None and (tok.ent_type == "PERSON" or tok.pos == "PROPN"):
            # A name the dictionary does not know, explained by its apposition: "Salaheddine
            # Sidhoum, Algeria's leading human rights activist".
            for c in self.children[i]:
                if self.doc.tokens[c].dep == "appos" and c > i:
                    ref = self.resolve(c)
                    if ref is not None:
                        break
        if ref is None:
            word = self.texts[i]
            if not self._built:
                self._build_history()
            if tok.ent_type == "PERSON" or tok.pos == "PROPN":
                ref = self._surnames.get(word)
            if ref is None and word in _PRONOUNS_PERSON:
                ref = self._antecedent(i, "person")
            elif ref is None and word in _PRONOUNS_GROUP:
                # "it" is a country or organisation; "they" may be people ("the leaders ... they")
                ref = self._antecedent(i, "group" if word in ("it", "its") else "any")
            elif ref is None and kind.startswith("agent:"):
                sector = kind.split(":", 1)[1]
                # "the Russian leader" resolved above; "the leader"/"the aide" -> nearest person
                # of that sector, "the troops" -> nearest country with the troops' sector.
                ante = self._coordinated_country(i)
                if ante is None and sector not in _NO_INHERIT:
                    ante = self._antecedent(
                        i, "person" if sector == "GOV" and word in _PERSON_TITLES else "any", sector
                    )
                if ante is not None and sector and not ante.sector:
                    ref = self._ref(ante.country + sector, ante.country, sector, "", toks)
                elif ante is not None:
                    ref = ante
                else:
                    ref = self._ref("---" + sector, "---", sector, "", toks)
            if (
                ref is not None
                and ref.start < 0
                or (ref is not None and ref.start != self._span(toks)[0])
            ):
                ref = ActorRef(
                    ref.code,
                    ref.country,
                    ref.sector,
                    ref.name,
                    self.doc.text[self._span(toks)[0] : self._span(toks)[1]],
                    *self._span(toks),
                )
        self._cache[i] = ref
        return ref

    def _coordinated_country(self, i: int) -> ActorRef | None:
        """The country of an earlier conjunct of token i, when it names one ("the Syrian
        government and rebels": the rebels are Syria's), before any antecedent."""
        k = i
        while self.doc.tokens[k].dep == "conj" and self.doc.tokens[k].head != k:
            k = self.doc.tokens[k].head
            if k >= i:
                break
            ref = self.resolve(k)
            if (
                ref is not None
                and ref.country not in ("", "---")
                and ref.country not in self.dict.igos
            ):
                return ActorRef(ref.country, ref.country, "", "", "", -1, -1)
        return None

    def _span(self, toks: list[int]) -> tuple[int, int]:
        first, last = self.doc.tokens[toks[0]], self.doc.tokens[toks[-1]]
        return first.idx, last.idx + len(last.text)


_QUANTITIES = frozenset(
    {
        "thousand",
        "thousands",
        "hundred",
        "hundreds",
        "dozen",
        "dozens",
        "million",
        "millions",
        "member",
        "some",
        "many",
        "most",
        "group",
        "number",
        "crowd",
    }
)

# Reporters and bystanders belong to no country of the story by default, nor do refugees and
# migrants, who are from elsewhere by definition.
_NO_INHERIT = frozenset({"MED", "CVL", "BUS", "EDU", "HLH", "REF"})

_PERSON_TITLES = frozenset(
    {
        "leader",
        "president",
        "minister",
        "chancellor",
        "premier",
        "aide",
        "spokesman",
        "spokeswoman",
        "secretary",
        "envoy",
        "ambassador",
        "diplomat",
        "chief",
        "commander",
        "general",
    }
)


def _personal(agent: _Match) -> bool:
    return agent.entry.words[-1] in _PERSON_TITLES
