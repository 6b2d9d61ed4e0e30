"""Within-article mention resolution: who a noun phrase or pronoun stands for.

`MentionResolver(doc, lexicons)` is built once per `ParsedDoc`; `resolver.resolve(i)` takes the
index of the head token of a noun phrase (the subject of "said", the object of "according
to") and returns a `Resolved` actor. The rules, in the order they are tried:

1. a person's name in the phrase (or its apposition): the full name, with a bare surname
   ("Lavrov") mapped to the full name used elsewhere in the article ("Sergei Lavrov");
2. a pronoun: he/she/him/her go to the nearest person who is the *subject* of a clause in the
   same or a preceding sentence, words inside quotation marks excluded (their "he" is someone
   else's). Grammatical gender is deliberately not used: rewritten copies call a woman "he",
   and salience (subject, recency) is what carries the reference. "it" and "they" go to the
   nearest organisation, country or group subject in the same way;
3. a known organisation, government or metonym ("the Kremlin", "Moscow", "the White House",
   `data/speaker_actors.tsv`); a country's institution ("Russia's foreign ministry") is named
   from the country's demonym ("Russian Foreign Ministry");
4. an unnamed source ("a senior administration official", "Western officials") is kept as
   anonymous; a later definite "the official" refers back to it;
5. a definite description by title ("the Kremlin aide", "Russia's foreign minister") goes to
   the person named with the best-matching title words in the article; failing that, to the
   nearest person subject before it;
6. a document ("a U.S. intelligence assessment", "the assessment") speaks for its author;
7. someone in a role for a person ("her rep", "Lindsay Lohan's attorney") is never that person,
   a person's office speaks for the person, a president's administration for the country, and
   "the two leaders" are the two people last named together.

Everything is computed from the dependency parse and entity labels of the ParsedDoc, so the
events extractor can resolve actors with the same object.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..lexicons import Lexicons
from ..types import ParsedDoc

__all__ = [
    "Resolved",
    "MentionResolver",
    "noun_phrase",
    "sentence_numbers",
    "PERSON",
    "ORGANISATION",
    "ANONYMOUS",
    "DOCUMENTS",
]

PERSON = "person"
ORGANISATION = "organisation"
COUNTRY = "country"
ANONYMOUS = "anonymous"
UNKNOWN = "unknown"

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_NAME_LINKS = frozenset({"compound", "flat", "appos", "nmod"})
# Parts of a noun phrase that are not the mention itself: clauses about it and punctuation.
_CUT_DEPS = frozenset({"relcl", "acl", "advcl", "punct", "cc", "conj", "parataxis"})
_CLAUSES = frozenset({"relcl", "acl", "advcl"})  # clauses about a name: not its title
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_INDEFINITE = frozenset({"a", "an", "some", "several", "many", "two", "three", "one"})
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
_THING_PRONOUNS = frozenset({"it", "its"})
_PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
_RELATIVE = frozenset({"who", "which", "that"})
# Heads naming a body by its function: "Russia's foreign ministry", "U.S. intelligence".
_INSTITUTIONS = frozenset(
    {
        "ministry",
        "government",
        "intelligence",
        "military",
        "army",
        "embassy",
        "mission",
        "parliament",
        "office",
        "department",
        "service",
        "services",
        "administration",
        "delegation",
        "cabinet",
        "command",
        "forces",
        "council",
        "committee",
    }
)
# Groups that speak for the body named in their modifier: "NATO allies", "EU leaders".
_BODY_MEMBERS = frozenset({"leader", "minister", "ally", "member", "state", "government"})
# Documents speak for their author: "a U.S. intelligence assessment says".
DOCUMENTS = frozenset(
    {
        "assessment",
        "report",
        "statement",
        "document",
        "letter",
        "study",
        "memo",
        "estimate",
        "communique",
        "tweet",
        "message",
    }
)
_SEARCH_BACK_SENTENCES = 5
# Nouns that fit any two people named together: "the two leaders", "both men".
_PAIR_HEADS = frozenset({"leader", "man", "woman", "side"})
# Bodies through which their owner speaks: "her office said", "the Obama administration".
_OWNERS_VOICE = frozenset({"office", "campaign", "administration", "government"})
# Function words inside an organisation's name ("Bank for International Settlements").
_NAME_JOINERS = frozenset({"of", "for", "and", "&", "on", "in"})
# Nouns for a set of countries: "the leaders of the Baltic states", "of the Gulf nations".
_COUNTRY_NOUNS = frozenset({"state", "country", "nation", "republic"})
# Organisation heads that need not name a company ("the alliance", "the agency", "the group").
_NOT_COMPANIES = frozenset(
    {
        "alliance",
        "organisation",
        "organization",
        "bloc",
        "group",
        "agency",
        "regulator",
        "forecaster",
    }
)


@dataclass(frozen=True, slots=True)
class Resolved:
    """What a mention stands for. `name` is the canonical actor name, None when unresolved."""

    name: str | None
    kind: str  # person | organisation | country | anonymous | unknown
    text: str  # the mention as written
    start: int  # character span of the mention
    end: int
    head: int  # token index of the mention's head


@dataclass(frozen=True, slots=True)
class _Office:
    person: str
    aliases: frozenset[str]
    code: str  # country or IGO code
    office: str  # 'foreign minister', 'president'
    start: str  # ISO dates; '' open
    end: str


@dataclass(frozen=True, slots=True)
class _Actor:
    alias: str
    name: str
    kind: str
    country: str
    demonym: str


def noun_phrase(doc: ParsedDoc, head: int, children: list[list[int]]) -> tuple[int, int]:
    """Token range [start, end) of the noun phrase headed at `head`, clauses about it cut off."""
    keep = [head]
    stack = [c for c in children[head] if doc.tokens[c].dep not in _CUT_DEPS]
    while stack:
        i = stack.pop()
        keep.append(i)
        stack.extend(c for c in children[i] if doc.tokens[c].dep not in ("relcl", "acl"))
    start, end = min(keep), max(keep) + 1
    # a phrase never starts or ends on punctuation or a possessive marker left over
    while start < head and doc.tokens[start].pos == "PUNCT":
        start += 1
    while end - 1 > head and doc.tokens[end - 1].pos in ("PUNCT", "PART"):
        end -= 1
    return start, end


def sentence_numbers(sents: Sequence[tuple[int, int]], n: int) -> list[int]:
    """For each of `n` tokens, the number of the sentence [start, end) holding it (0 where
    none does; where two overlap, the later one). Each sentence is written as one slice: a
    loop over every token of the document cost more than the rest of the index."""
    numbers = [0] * n
    for number, (start, end) in enumerate(sents):
        end = min(end, n)
        if end > start:
            numbers[start:end] = [number] * (end - start)
    return numbers


class MentionResolver:
    """Resolve noun phrases and pronouns of one document to actors (see the module docstring).

    `excluded` holds token indices whose mentions must not serve as antecedents (the words
    inside quotation marks). Results are memoised per head token; the object is cheap to build.
    """

    def __init__(
        self, doc: ParsedDoc, lexicons: Lexicons, excluded: frozenset[int] = frozenset()
    ) -> None:
        self.doc = doc
        self.excluded = excluded
        n = len(doc.tokens)
        self.children: list[list[int]] = [[] for _ in range(n)]
        for i, tok in enumerate(doc.tokens):
            if tok.head != i and 0 <= tok.head < n:
                self.children[tok.head].append(i)
        # sentences, cut at paragraph breaks too: the parser sometimes runs a sentence on into
        # the next paragraph, which would make one paragraph's subject another's antecedent
        self.sents = _paragraph_sentences(doc)
        self.sent_of = sentence_numbers(self.sents, n)
        self.ents = _names_over_particles(doc, lexicons.words("name_particles.txt"))
        self.ent_at: dict[int, tuple[int, int, str]] = {}
        for s, e, label in self.ents:
            for i in range(s, e):
                self.ent_at[i] = (s, e, label)
        self.titles = lexicons.words("person_titles.txt")
        self.anonymous_heads = lexicons.words("anonymous_heads.txt")
        self.honorifics = lexicons.words("titles_honorific.txt")
        self.org_heads = lexicons.words("organisation_heads.txt")
        self.corporate_suffixes = lexicons.words("corporate_suffixes.txt")
        # the tables are built once per Lexicons, not per document
        self.actors, self.demonyms, self.actor_names, self.country_codes = lexicons.derived(
            "coref.actors", self._actor_tables
        )
        self.offices = lexicons.derived("coref.offices", self._load_offices)
        # the same rows by country and by alias, so that a title or a surname reads only its own
        self.offices_by_code, self.offices_by_alias = lexicons.derived(
            "coref.offices_index", self._index_offices
        )
        self.nationals = lexicons.derived("coref.nationals", self._load_nationals)
        self._memo: dict[int, Resolved] = {}
        self._spans: dict[int, tuple[int, int]] = {}
        self._stray: dict[int, int | None] = {}
        self._active: set[int] = set()
        self._full: dict[str, str] | None = None
        self.persons = self._collect_persons()
        # surname -> full names in order of first appearance
        self.surnames: dict[str, list[str]] = {}
        for _, _, name, _ in self.persons:
            parts = name.split()
            if len(parts) >= 2:
                names = self.surnames.setdefault(parts[-1].casefold(), [])
                if name not in names:
                    names.append(name)

    # -- tables -------------------------------------------------------------------------------

    @staticmethod
    def _load_offices(lexicons: Lexicons) -> tuple[_Office, ...]:
        return tuple(
            _Office(
                row["person"],
                frozenset(a.casefold() for a in row["aliases"].split("|") if a),
                row["code"],
                row["office"].casefold(),
                row["start"],
                row["end"],
            )
            for row in lexicons.rows("office_holders.tsv")
        )

    @staticmethod
    def _index_offices(
        lexicons: Lexicons,
    ) -> tuple[dict[str, tuple[_Office, ...]], dict[str, tuple[_Office, ...]]]:
        by_code: dict[str, list[_Office]] = {}
        by_alias: dict[str, list[_Office]] = {}
        for office in lexicons.derived("coref.offices", MentionResolver._load_offices):
            by_code.setdefault(office.code, []).append(office)
            for alias in office.aliases:
                by_alias.setdefault(alias, []).append(office)
        return (
            {k: tuple(v) for k, v in by_code.items()},
            {k: tuple(v) for k, v in by_alias.items()},
        )

    def _in_office(self, office: _Office) -> bool:
        """Whether the office holder held it on the publication date (any time, undated)."""
        if self.doc.published is None:
            return True
        day = self.doc.published.date().isoformat()
        return (not office.start or office.start <= day) and (not office.end or day < office.end)

    def _office_holder(
        self, match: Callable[[_Office], bool], pool: Sequence[_Office]
    ) -> str | None:
        """The one person holding a matching office on the publication date, else None; of
        several (an undated article), the one the article names. `pool`: the rows that can
        match, as an index gives them."""
        names = {o.person for o in pool if match(o) and self._in_office(o)}
        if len(names) > 1:
            named = {name for _, _, name, _ in self.persons}
            names &= named | {full for fulls in self.surnames.values() for full in fulls}
        return names.pop() if len(names) == 1 else None

    @staticmethod
    def _load_nationals(lexicons: Lexicons) -> dict[str, str]:
        """Nationality noun -> country code: the nouns file and the countries' adjectives."""
        table = {
            a.demonym.casefold(): a.country
            for a in MentionResolver._load_actors(lexicons).values()
            if a.demonym and a.kind == COUNTRY and a.demonym.isalpha()
        }
        table.update(
            {r["noun"].casefold(): r["country"] for r in lexicons.rows("nationality_nouns.tsv")}
        )
        return table

    @classmethod
    def _actor_tables(
        cls, lexicons: Lexicons
    ) -> tuple[dict[str, _Actor], dict[str, _Actor], frozenset[str], frozenset[str]]:
        """Alias -> actor, demonym -> actor, the canonical names, the country codes."""
        actors = cls._load_actors(lexicons)
        demonyms = {a.demonym.casefold(): a for a in actors.values() if a.demonym}
        names = frozenset(a.name.casefold() for a in actors.values())
        codes = frozenset(a.country for a in actors.values() if a.kind == COUNTRY)
        return actors, demonyms, names, codes

    @staticmethod
    def _load_actors(lexicons: Lexicons) -> dict[str, _Actor]:
        table = {}
        for row in lexicons.rows("speaker_actors.tsv"):
            actor = _Actor(
                row["alias"], row["name"], row["kind"], row["country"], row.get("demonym") or ""
            )
            table[row["alias"].casefold()] = actor
        # every other country of the world speaks too ("the government of Turkmenistan said",
        # "Romanian officials"): its names from the country dictionary, under the actor the
        # speaker list gives that country if it has one. Capitals and institutions stay with
        # the curated list: many are ordinary words or names elsewhere ("Male", "Victoria").
        by_code = {a.country: a for a in table.values() if a.kind == COUNTRY and a.name == a.alias}
        for row in lexicons.rows("actors_countries.tsv"):
            demonyms = [d for d in row["demonyms"].split("|") if d]
            actor = by_code.get(row["code"]) or _Actor(
                row["name"], row["name"], COUNTRY, row["code"], demonyms[0] if demonyms else ""
            )
            for alias in [row["name"], *row["aliases"].split("|")]:
                if alias and alias.casefold() not in table:
                    table[alias.casefold()] = actor
        return table

    def _collect_persons(self) -> list[tuple[int, int, str, frozenset[str]]]:
        """Every PERSON entity outside quotes: (start, end, name as written, title words)."""
        found = []
        spans = [(s, e) for s, e, label in self.ents if label == "PERSON"]
        spans += self._appositive_names()
        spans += self._titled_names()
        for s, e in sorted(set(spans)):
            if s in self.excluded:
                continue
            name = self._clean_name(s, e)
            if name and self._lookup(name) is None:  # "Kyiv" tagged as a person is a place
                found.append((s, e, name, self._title_words(s, e)))
        return found

    def _appositive_names(self) -> list[tuple[int, int]]:
        """Names in apposition to a common noun that describes a person ("the port's chief
        pilot, Maren Holt"), whatever label the entity tagger gave them: [start, end) spans.

        The name is a run of two or more capitalised proper nouns that is no known actor.
        """
        toks = self.doc.tokens
        spans = []
        for i, tok in enumerate(toks):
            if tok.dep != "appos" or tok.pos != "PROPN":
                continue  # before looking up the head: most tokens are no apposition
            head = toks[tok.head]
            if head.pos != "NOUN":
                continue
            if head.lemma.casefold() in _INSTITUTIONS | DOCUMENTS | self.org_heads:
                continue  # "the automaker, General Motors": an organisation's name
            s = i
            while s > 0 and toks[s - 1].pos == "PROPN" and toks[s - 1].head == i:
                s -= 1
            words = [t.text for t in toks[s : i + 1]]
            if (
                len(words) >= 2
                and all(w[:1].isupper() and w.isalpha() for w in words)
                and self._lookup(" ".join(words)) is None
                and self.ent_at.get(i, (0, 0, ""))[2] in ("", "PERSON", "ORG", "GPE", "NORP")
            ):
                spans.append((s, i + 1))
        return spans

    def _titled_names(self) -> list[tuple[int, int]]:
        """Names after a person's title ("Chancellor Olaf Scholz", "spokeswoman Sandy Angers")
        that the entity tagger labelled otherwise, often as an organisation: [start, end).

        The name is a run of two or more capitalised proper nouns (a given name and a
        surname: "General Motors" is one word after a title) that is no known actor and holds
        no word of an institution or company ("Defence Ministry").
        """
        toks = self.doc.tokens
        triggers = self.titles | self.honorifics
        spans = []
        i, n = 1, len(toks)
        while i < n:
            if not (
                toks[i].pos == "PROPN"
                and toks[i - 1].text.casefold() in triggers
                and self.ent_at.get(i, (0, 0, ""))[2] != "PERSON"
            ):
                i += 1
                continue
            j = i
            while j < n and toks[j].pos == "PROPN" and toks[j].text[:1].isupper():
                j += 1
            if self._name_like(i, j):
                spans.append((i, j))
            i = max(j, i + 1)
        return spans

    def _name_like(self, s: int, e: int) -> bool:
        """Whether tokens [s, e) look like a person's name the tagger may have missed: two or
        more capitalised words, no known actor, no word of an institution, company or title."""
        words = [t.text for t in self.doc.tokens[s:e]]
        low = {w.casefold() for w in words}
        triggers = self.titles | self.honorifics
        return (
            len(words) >= 2
            and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
            and not low & (triggers | self.org_heads | self.corporate_suffixes | _INSTITUTIONS)
            and self._lookup(" ".join(words)) is None
            and not any(w in self.actors or w in self.demonyms for w in low)
        )

    def _appositive_run(self, i: int) -> tuple[int, int] | None:
        """The proper-noun run ending at an appositive token i, if it looks like a name."""
        toks = self.doc.tokens
        if toks[i].dep != "appos" or toks[i].pos != "PROPN" or i in self.excluded:
            return None
        s = i
        while s > 0 and toks[s - 1].pos == "PROPN" and toks[s - 1].head == i:
            s -= 1
        return (s, i + 1) if self._name_like(s, i + 1) else None

    def _clean_name(self, s: int, e: int) -> str:
        """The entity's words without leading honorifics and a trailing possessive."""
        toks = self.doc.tokens
        words = [
            toks[i].text for i in range(s, e) if toks[i].pos != "PART" and toks[i].text != "'s"
        ]
        # "Spokeswoman Sandy Angers", "President Joe Biden": the tagger's span takes the title
        while len(words) > 1 and (
            words[0].casefold() in self.honorifics or words[0].casefold() in self.titles
        ):
            words.pop(0)
        while len(words) > 1 and words[0].casefold() == "of":
            words.pop(0)
        return " ".join(w for w in words if w not in (",", "."))

    def _ent_head(self, s: int, e: int) -> int:
        for i in range(s, e):
            if not s <= self.doc.tokens[i].head < e or self.doc.tokens[i].head == i:
                return i
        return e - 1

    def _title_words(self, s: int, e: int) -> frozenset[str]:
        """Lemmas around a person's name that describe them ("Kremlin aide", "foreign minister")."""
        toks = self.doc.tokens
        head = self._ent_head(s, e)
        nodes = [head]
        if toks[head].dep == "appos":  # "Russia's foreign minister, Alexander Grushko"
            nodes.append(toks[head].head)
        nodes += [c for c in self.children[head] if toks[c].dep == "appos"]
        words: set[str] = set()
        for node in nodes:
            for i in self._subtree(node, cut=_CLAUSES):
                if not s <= i < e and toks[i].text[:1].isalnum() and i not in self.excluded:
                    words.add(toks[i].lemma.casefold())
        return frozenset(words - {"the", "a", "an", "'s", "of"})

    def _subtree(self, i: int, cut: frozenset[str] = frozenset()) -> list[int]:
        out, stack = [], [i]
        children, toks = self.children, self.doc.tokens
        while stack:
            j = stack.pop()
            out.append(j)
            if cut:
                stack.extend(c for c in children[j] if toks[c].dep not in cut)
            else:  # the common case, without a filter
                stack.extend(children[j])
        return sorted(out)

    # -- public -------------------------------------------------------------------------------

    def resolve(self, head: int) -> Resolved:
        """The actor the noun phrase headed at token `head` stands for."""
        if head in self._memo:
            return self._memo[head]
        if head in self._active:  # a cycle through pronoun chains: give up on this path
            return self._unresolved(head)
        self._active.add(head)
        try:
            result = self._resolve(head)
        finally:
            self._active.discard(head)
        self._memo[head] = result
        return result

    def speaker_name(self, found: Resolved) -> str | None:
        """The canonical name of a speaker: a country speaks through its government.

        "Moscow said" and "Russia said" are statements of the Russian government; the country
        name stays the actor for everything else (a pronoun's antecedent, an event's party).
        """
        if found.kind != COUNTRY or found.name is None:
            return found.name
        actor = self.actors.get(found.name.casefold())
        demonym = actor.demonym if actor is not None and actor.demonym else found.name
        return f"{demonym} government"

    def full_name(self, name: str, before: int | None = None) -> str:
        """The full form of a person's name used in the article ("Lavrov" -> "Sergei Lavrov")."""
        parts = name.split()
        if len(parts) != 1:
            return name
        candidates = self.surnames.get(parts[0].casefold(), [])
        if candidates:
            return candidates[0]
        written = self._written_in_full().get(parts[0].casefold())
        if written is not None:
            return written
        # a public figure the article names by surname only ("Ryabkov"): the office holder
        # of that name at the time, when there is exactly one
        key = parts[0].casefold()
        return (
            self._office_holder(lambda o: key in o.aliases, self.offices_by_alias.get(key, ()))
            or name
        )

    def _written_in_full(self) -> dict[str, str]:
        """Surname -> 'First Surname' from proper-noun pairs the entity tagger did not mark as a
        person ("Sergei Ryabkov" tagged as an organisation); the first such pair wins."""
        if self._full is not None:
            return self._full
        toks = self.doc.tokens
        found: dict[str, str] = {}
        for i in range(1, len(toks)):
            first, last = toks[i - 1], toks[i]
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if (
                first.pos == "PROPN"
                and last.pos == "PROPN"
                and first.text[:1].isupper()
                and last.text[:1].isupper()
                and first.text.isalpha()
                and last.text.isalpha()
                and not first.text.isupper()
                and (nxt is None or nxt.pos != "PROPN")
                and first.text.casefold() not in self.honorifics | self.titles
                and first.text.casefold() not in self.actors
                and first.text.casefold() not in self.demonyms
                and i - 1 not in self.excluded
            ):
                found.setdefault(last.text.casefold(), f"{first.text} {last.text}")
        self._full = found
        return found

    # -- rules --------------------------------------------------------------------------------

    def _span(self, head: int) -> tuple[int, int]:
        # asked again and again for the same heads (a speaker, an outlet, a mention)
        span = self._spans.get(head)
        if span is None:
            span = self._spans[head] = noun_phrase(self.doc, head, self.children)
        return span

    def _make(self, head: int, name: str | None, kind: str) -> Resolved:
        s, e = self._span(head)
        toks = self.doc.tokens
        start, end = toks[s].idx, toks[e - 1].idx + len(toks[e - 1].text)
        return Resolved(name, kind, self.doc.text[start:end], start, end, head)

    def _unresolved(self, head: int) -> Resolved:
        return self._make(head, None, UNKNOWN)

    def _resolve(self, head: int) -> Resolved:
        toks = self.doc.tokens
        tok = toks[head]
        low = tok.text.casefold()
        if (
            tok.tag in ("PRP", "PRP$")
            or low in _PERSON_PRONOUNS | _THING_PRONOUNS | _PLURAL_PRONOUNS
        ):
            return self._pronoun(head, low)
        if low in _RELATIVE and tok.dep in _SUBJECT_DEPS and toks[tok.head].dep == "relcl":
            return self.resolve(toks[tok.head].head)  # "analysts, who had forecast ..."
        s, e = self._span(head)
        person = self._person_in(head, s, e)
        if person is not None:
            return self._make(head, person, PERSON)
        named = self._appositive_name(head)
        if named is not None:
            return self._make(head, named.name, named.kind)
        actor = self._actor(head, s, e)
        if actor is not None:
            return actor
        determiner = self._determiner(head)
        lemma = tok.lemma.casefold()
        if lemma in DOCUMENTS:
            return self._document(head, s, e, determiner)
        if lemma in _OWNERS_VOICE:
            # "a statement from her office", "the Obama administration": the owner speaks
            owner = self._owner_voice(head)
            if owner is not None:
                return owner
        pair = self._pair(head, determiner)
        if pair is not None:
            return pair
        patron = self._patron(head)  # "her rep", "a friend of Reid's": never that person
        if patron is not None:
            definite = determiner in _DEFINITE or determiner == "'s"
            return self._patron_role(head, s, e, patron, definite)
        if lemma in self.anonymous_heads and determiner not in _DEFINITE:
            return self._make(head, "anonymous: " + self._bare_text(s, e).casefold(), ANONYMOUS)
        if determiner in _DEFINITE and tok.tag in ("NN", "NNP") and low in self.nationals:
            # "the Spaniard said", "the German added": a person of that country
            own = {self.nationals[low]}
            name = self._last_person_of(own, head)
            # else the nearest person subject of no other nationality (one described by
            # another nationality noun included), or a proper name the tagger left unlabelled
            # ("Nadal") that is a subject in the same paragraph
            at = tok.idx

            def fits(r: Resolved) -> bool:
                other = self.nationals.get(toks[r.head].text.casefold())
                return (
                    not self._other_country(own, r.name)
                    and (other is None or other in own)
                    and (r.kind == PERSON or "\n\n" not in self.doc.text[r.start : at])
                )

            found = self._nearest_subject(head, {PERSON, UNKNOWN}, fits)
            if name is None and found is not None:
                name = found.name
            return self._make(head, name, PERSON if name else UNKNOWN)
        # a singular title without any determiner is headline style for "the": "CEO of GM
        # outlines plan" names the one CEO of GM, as "the CEO of GM" would
        bare_title = (
            determiner == ""
            and tok.tag == "NN"
            and lemma in self.titles
            and not any(toks[c].dep == "conj" for c in self.children[head])
        )
        if determiner in _DEFINITE or determiner == "'s" or bare_title:
            found = self._description(head, s, e)
            if found is not None:
                return found
        if lemma in self.titles:
            return self._make(head, "anonymous: " + self._bare_text(s, e).casefold(), ANONYMOUS)
        # a group of bodies described by a proper adjective ("Western governments", "European
        # capitals") speaks under that description
        if (
            tok.pos == "NOUN"
            and tok.tag in ("NNS", "NNPS")
            and determiner == ""
            and any(
                toks[c].dep == "amod" and toks[c].text[:1].isupper() for c in self.children[head]
            )
        ):
            return self._make(head, self._bare_text(s, e), ORGANISATION)
        if tok.pos == "PROPN":
            name = self._proper_name(head)
            return self._make(head, name, ORGANISATION if tok.ent_type == "ORG" else UNKNOWN)
        if lemma in self.anonymous_heads:
            # "the police said", "the officials said" with nobody named before: a definite
            # description of unnamed people is still an unnamed source
            return self._make(head, "anonymous: " + self._bare_text(s, e).casefold(), ANONYMOUS)
        return self._unresolved(head)

    def _appositive_name(self, head: int) -> Resolved | None:
        """A description with a name in apposition is that name: "the carmaker Toyota",
        "Irish low-cost airline, Ryanair, announced" (the name is the more specific mention)."""
        toks = self.doc.tokens
        if toks[head].pos != "NOUN":
            return None
        for c in self.children[head]:
            if toks[c].dep != "appos" or toks[c].pos != "PROPN" or c in self.excluded:
                continue
            if any(toks[j].dep == "conj" for j in self.children[c]):
                return None  # "US automakers GM and Chrysler": a group, not one of them
            found = self.resolve(c)
            if found.name is not None and (
                found.kind != UNKNOWN or self.ent_at.get(c, (0, 0, ""))[2] in ("ORG", "PERSON")
            ):
                return found
        return None

    def _proper_name(self, head: int) -> str:
        """The proper-noun run ending at `head`, without the description in front and the
        legal form behind ("US airframer Boeing" -> Boeing, "Chrysler LLC" -> Chrysler); an
        acronym the article spells out becomes the full name ("GM" -> General Motors)."""
        toks = self.doc.tokens
        lo = head
        while (
            lo > 0
            and toks[lo - 1].pos == "PROPN"
            and toks[lo - 1].head in range(lo, head + 1)
            and "\n" not in self.doc.text[toks[lo - 1].idx : toks[lo].idx]
        ):
            lo -= 1
        hi = head + 1
        # a hyphenated name is one name whichever part the parser made the head: "Wal-Mart",
        # "Rolls-Royce", "Mercedes-Benz"
        while lo >= 2 and self._hyphen_joins(lo - 2):
            lo -= 2
        while hi + 1 < len(toks) and self._hyphen_joins(hi - 1):
            hi += 2
        ent = self.ent_at.get(head)
        if ent is not None and ent[2] == "ORG":
            # a name with function words ("The Organisation for Security and Co-operation",
            # "Central Election and Referendum Commission") is the entity's whole span
            inner = range(ent[0], ent[1])
            if any(toks[i].text.casefold() in _NAME_JOINERS for i in inner) and all(
                toks[i].pos in ("PROPN", "ADP", "CCONJ", "DET", "NOUN", "PUNCT", "ADJ")
                and toks[i].text != "'s"
                for i in inner
            ):
                lo, hi = ent[0], ent[1]
                while lo < hi - 1 and toks[lo].pos == "DET":
                    lo += 1
        # as written ("Co-operation" is one word however it was tokenised)
        words = self.doc.text[toks[lo].idx : toks[hi - 1].idx + len(toks[hi - 1].text)].split()
        # the legal form first ("General Motors Corporation"), then a title in front of a
        # two-word name, which is not part of it ("Spokeswoman Sandy Angers"); in front of one
        # word it may be ("General Motors")
        while len(words) > 1 and words[-1].casefold() in self.corporate_suffixes:
            words.pop()
        while len(words) > 2 and words[0].casefold() in self.titles | self.honorifics:
            words.pop(0)
        name = " ".join(words)
        if name.isupper() and 2 <= len(name) <= 5 and name.isalpha():
            return self._spelled_out(name) or name
        return name

    def _hyphen_joins(self, i: int) -> bool:
        """Whether tokens i, i+1, i+2 are proper noun, hyphen, proper noun written solid."""
        toks = self.doc.tokens
        if i + 2 >= len(toks) or toks[i + 1].text != "-":
            return False
        return (
            toks[i].pos == "PROPN"
            and toks[i + 2].pos == "PROPN"
            and toks[i].idx + len(toks[i].text) == toks[i + 1].idx
            and toks[i + 1].idx + 1 == toks[i + 2].idx
        )

    def _spelled_out(self, acronym: str) -> str | None:
        """An organisation named in full in the article whose initials are `acronym`."""
        toks = self.doc.tokens
        for s, e, label in self.doc.ents:
            if label != "ORG":
                continue
            words = [toks[i].text for i in range(s, e) if toks[i].text[:1].isupper()]
            # "General Motors Corporation" spells "GM": the legal form is no initial
            while len(words) > 2 and words[-1].casefold() in self.corporate_suffixes | {"company"}:
                words.pop()
            if len(words) >= 2 and "".join(w[0] for w in words).upper() == acronym:
                return " ".join(words)
        return None

    def _determiner(self, head: int) -> str:
        toks = self.doc.tokens
        for c in self.children[head]:
            if toks[c].dep in ("det", "predet"):
                return toks[c].text.casefold()
            if toks[c].dep == "poss":
                return "'s"
        return ""

    def _bare_text(self, s: int, e: int) -> str:
        toks = self.doc.tokens
        while (
            s < e - 1
            and toks[s].dep in ("det", "predet")
            and toks[s].text.casefold() in _DEFINITE | _INDEFINITE
        ):
            s += 1
        return self.doc.text[toks[s].idx : toks[e - 1].idx + len(toks[e - 1].text)]

    def _person_in(self, head: int, s: int, e: int) -> str | None:
        """A person named in the phrase: an entity, or a surname known from the article."""
        toks = self.doc.tokens
        candidates = [head] + [c for c in self.children[head] if toks[c].dep in ("appos",)]
        for node in candidates:
            ent = self.ent_at.get(node)
            # a known place or body the tagger labelled a person ("Kyiv") is not one
            if ent and ent[2] == "PERSON" and self._lookup(self._clean_name(*ent[:2])) is None:
                return self.full_name(self._clean_name(ent[0], ent[1]))
            for ps, pe, name, _ in self.persons:
                if ps <= node < pe:  # a name the tagger missed (apposition, after a title)
                    return self.full_name(name)
            # a known surname, also when the tagger took it for a common noun ("Price said")
            if (
                toks[node].pos in ("PROPN", "NOUN")
                and toks[node].text[:1].isupper()
                and toks[node].text.casefold() in self.surnames
            ):
                return self.full_name(toks[node].text)
        # a name in apposition inside a title phrase, whatever the tagger's label ("the head of
        # the International Energy Agency, Fatih Birol")
        if toks[head].lemma.casefold() in self.titles:
            for i in range(s, e):
                run = self._appositive_run(i)
                if run is not None:
                    return self.full_name(self._clean_name(*run))
        # a name inside the phrase that is not its head ("Kremlin aide Yuri Ushakov" heads right)
        unnamed_source = toks[head].lemma.casefold() in self.anonymous_heads
        for i in range(s, e):
            ent = self.ent_at.get(i)
            if unnamed_source and ent and ent[1] <= head:
                continue  # "a senior Biden administration official" is not Biden
            if (
                ent
                and ent[2] == "PERSON"
                and self._lookup(self._clean_name(ent[0], ent[1])) is None
                and toks[i].dep in _NAME_LINKS | {"nsubj", "nsubjpass"}
                # "Lindsay Lohan's attorney" is not Lindsay Lohan: a possessor owns the role
                and toks[self._ent_head(ent[0], ent[1])].dep != "poss"
                and (
                    self._ent_head(ent[0], ent[1]) in candidates or toks[head].lemma in self.titles
                )
            ):
                return self.full_name(self._clean_name(ent[0], ent[1]))
        return None

    def _trailing_name(self, head: int, e: int) -> str | None:
        """A person named in apposition after a title phrase that the parser attached elsewhere:
        "Russia's envoy to the OSCE, Alexander Lukashevich, said"."""
        toks = self.doc.tokens
        if toks[head].lemma.casefold() not in self.titles:
            return None
        for i in range(e, min(e + 8, len(toks) - 1)):
            if toks[i].pos in ("VERB", "AUX") or i in self.excluded:
                return None
            ent = self.ent_at.get(i + 1)
            if toks[i].text == "," and ent and ent[0] == i + 1 and ent[2] == "PERSON":
                return self.full_name(self._clean_name(ent[0], ent[1]))
        return None

    def _lookup(self, text: str) -> _Actor | None:
        key = text.casefold().removeprefix("the ").strip()
        return self.actors.get(key)

    def _actor(self, head: int, s: int, e: int) -> Resolved | None:
        """Organisations, governments and metonyms, and groups or bodies named after them."""
        toks = self.doc.tokens
        bare = self._bare_text(s, e)
        actor = self._lookup(bare)
        if actor is None and toks[head].pos == "PROPN":
            # the proper-noun part alone: "the Kremlin" inside "the Kremlin's", "NATO" in "NATO's"
            actor = self._lookup(toks[head].text)
            if actor is None and head > 0 and toks[head - 1].dep == "compound":
                actor = self._lookup(toks[head - 1].text + " " + toks[head].text)
        if actor is not None and toks[head].pos in ("PROPN", "NOUN"):
            return self._make(head, actor.name, actor.kind)
        lemma = toks[head].lemma.casefold()
        modifiers = [
            c
            for c in self.children[head]
            if toks[c].dep in ("compound", "amod", "poss", "nmod") and c < head
        ]
        owner = None
        for c in modifiers:
            word = toks[c].text
            found = self.actors.get(word.casefold()) or self.demonyms.get(word.casefold())
            if found is None and toks[c].dep == "compound":
                sub = [j for j in self._subtree(c)]
                found = self._lookup(" ".join(toks[j].text for j in sub))
            if found is not None:
                owner = found
        for c in self.children[head]:  # "foreign ministers of the Group of Seven"
            if toks[c].dep == "prep" and toks[c].text.casefold() == "of":
                for p in self.children[c]:
                    if toks[p].dep == "pobj":
                        sub = self._subtree(p)
                        found = self._lookup(
                            self.doc.text[
                                toks[sub[0]].idx : toks[sub[-1]].idx + len(toks[sub[-1]].text)
                            ]
                        )
                        if found is not None:
                            owner = found
                        elif lemma in _BODY_MEMBERS and toks[head].tag in ("NNS", "NNPS"):
                            group = self._described_group(head, p)
                            if group is not None:
                                return group
        if owner is None and lemma in _INSTITUTIONS and self._determiner(head) in _DEFINITE:
            # "In Kyiv, the foreign ministry said": the place the clause is set in owns it
            owner = self._clause_place(head)
        if owner is None:
            if lemma in _INSTITUTIONS and self._determiner(head) in _DEFINITE:
                # "the foreign ministry" after "Ukraine's foreign ministry": the body named before
                antecedent = self._antecedent_by_lemma(head)
                if antecedent is not None and antecedent.kind == ORGANISATION:
                    return self._make(head, antecedent.name, ORGANISATION)
            return None
        if lemma in self.anonymous_heads:
            return None  # "NATO officials", "Russian officials": unnamed people, not the body
        if lemma in _BODY_MEMBERS and toks[head].tag in ("NNS", "NNPS"):
            return self._make(head, owner.name, owner.kind)
        if lemma in _INSTITUTIONS:
            if lemma == "government":
                return self._make(head, owner.name, owner.kind)
            return self._make(head, self._owned_name(owner, s, e), ORGANISATION)
        return None

    def _described_group(self, head: int, of: int) -> Resolved | None:
        """ "The leaders of the three Baltic states" -> "Baltic leaders", "the foreign ministers
        of the Nordic countries" -> "Nordic foreign ministers": members of a set of countries
        described by a proper adjective, named as in the prenominal form."""
        toks = self.doc.tokens
        if toks[of].tag not in ("NNS", "NNPS") or toks[of].lemma.casefold() not in _COUNTRY_NOUNS:
            return None
        adjectives = [
            toks[c].text
            for c in self.children[of]
            if toks[c].dep in ("amod", "compound") and toks[c].text[:1].isupper() and c < of
        ]
        if len(adjectives) != 1:
            return None
        words = [
            toks[c].text.casefold()
            for c in self.children[head]
            if toks[c].dep in ("amod", "compound") and c < head
        ]
        name = " ".join([adjectives[0], *words, toks[head].text.casefold()])
        return self._make(head, name, ORGANISATION)

    def _clause_place(self, head: int) -> _Actor | None:
        """The country of a capital or country the subject's clause is set in ("In Kyiv, the
        foreign ministry said" -> Ukraine), by an "in" phrase on the clause's verb."""
        toks = self.doc.tokens
        verb = toks[head].head
        if toks[head].dep not in _SUBJECT_DEPS or verb == head:
            return None
        for c in self.children[verb]:
            if toks[c].dep != "prep" or toks[c].text.casefold() != "in" or c > head:
                continue
            for p in self.children[c]:
                place = self.actors.get(toks[p].text.casefold())
                if toks[p].dep == "pobj" and place is not None and place.kind == COUNTRY:
                    # the country itself, for its adjective ("Kyiv" -> Ukraine -> Ukrainian)
                    return self.actors.get(place.name.casefold(), place)
        return None

    def _owned_name(self, owner: _Actor, s: int, e: int) -> str:
        """'Russia's foreign ministry' -> 'Russian Foreign Ministry' (owner named by adjective)."""
        toks = self.doc.tokens
        words = []
        for i in range(s, e):
            word = toks[i].text
            if toks[i].pos in ("DET", "PART", "PUNCT") or word == "'s":
                continue
            if (
                self.actors.get(word.casefold()) is owner
                or self.demonyms.get(word.casefold()) is owner
            ):
                continue
            words.append(word[:1].upper() + word[1:])
        return " ".join([_adjective(owner), *words])

    def _document(self, head: int, s: int, e: int, determiner: str) -> Resolved:
        """A document speaks for its author: "from"/"by" X ("a statement from the Kremlin"),
        its modifiers, or an earlier mention of it."""
        toks = self.doc.tokens
        for c in self.children[head]:
            if toks[c].dep == "prep" and toks[c].text.casefold() in ("from", "by"):
                for p in self.children[c]:
                    if toks[p].dep == "pobj":
                        found = self.resolve(p)
                        if found.name is not None:
                            return self._make(head, found.name, found.kind)
        mods = [i for i in range(s, head) if toks[i].dep in ("compound", "amod", "nmod", "poss")]
        if mods:
            words = []
            for i in mods:
                owner = self.actors.get(toks[i].text.casefold()) or self.demonyms.get(
                    toks[i].text.casefold()
                )
                words.append(_adjective(owner) if owner is not None else toks[i].text)
            return self._make(head, " ".join(words), ORGANISATION)
        antecedent = self._antecedent_by_lemma(head)
        if antecedent is not None:
            return self._make(head, antecedent.name, antecedent.kind)
        if determiner == "" and toks[head].tag == "NNS":
            # "reports say": documents nobody is named for are an unnamed source
            return self._make(head, "anonymous: " + self._bare_text(s, e).casefold(), ANONYMOUS)
        return self._unresolved(head)

    def _antecedent_by_lemma(self, head: int) -> Resolved | None:
        lemma = self.doc.tokens[head].lemma.casefold()
        for i in range(head - 1, -1, -1):
            if i in self.excluded:
                continue
            if self.doc.tokens[i].lemma.casefold() == lemma and self.doc.tokens[i].pos in (
                "NOUN",
                "PROPN",
            ):
                found = self.resolve(i)
                if found.name is not None:
                    return found
        return None

    def _description(self, head: int, s: int, e: int) -> Resolved | None:
        """A definite description: the person with matching title words, else an earlier source."""
        toks = self.doc.tokens
        lemma = toks[head].lemma.casefold()
        words = {
            toks[i].lemma.casefold()
            for i in range(s, e)
            if toks[i].text[:1].isalnum() and toks[i].dep not in ("det", "case")
        }
        holder = self._office_by_description(head, s, e) or self._trailing_name(head, e)
        if holder is not None:
            return self._make(head, holder, PERSON)
        if lemma in self.org_heads:  # "the company said": the organisation last named
            # a company is no government body ("the company" after "the ministry said")
            fits = self._not_public_body if lemma not in _NOT_COMPANIES else None
            found = (
                self._speakers_organisation(head)
                or self._nearest_subject(head, {ORGANISATION}, fits)
                or self._nearest_org(head, fits)
            )
            if found is not None:
                return self._make(head, found.name, ORGANISATION)
        unnamed = None
        if lemma in self.anonymous_heads:
            antecedent = self._antecedent_by_lemma(head)
            if antecedent is not None and antecedent.kind == ANONYMOUS:
                unnamed = antecedent
        if lemma in self.titles:
            best: tuple[int, int, int] | None = None
            best_name, best_at = None, -1
            own = self._countries(words)
            for ps, _, name, title in self.persons:
                if lemma not in title:
                    continue
                theirs = self._countries(title)
                if own and theirs and not own & theirs:
                    continue  # "the Norwegian prime minister" is not Russia's foreign minister
                overlap = len(words & title)
                before = 1 if ps < head else 0
                score = (overlap, before, -abs(ps - head))
                if best is None or score > best:
                    best, best_name, best_at = score, name, ps
            # "the official" goes back to "a senior official" unless a person with that title
            # was named after it (recency decides between the two)
            if best_name is not None and (unnamed is None or best_at > unnamed.head):
                return self._make(head, self.full_name(best_name), PERSON)
        if unnamed is not None:
            return self._make(head, unnamed.name, ANONYMOUS)
        if lemma in self.titles:
            own = self._countries(words)
            # "the French leader" after "French President Emmanuel Macron": the last person
            # named before it whose title or office is of that country
            compatriot = self._last_person_of(own, head)
            if compatriot is not None:
                return self._make(head, compatriot, PERSON)
            found = self._nearest_subject(
                head, {PERSON}, lambda r: not self._other_country(own, r.name)
            )
            if found is not None:
                return self._make(head, found.name, PERSON)
        return None

    def _pair(self, head: int, determiner: str) -> Resolved | None:
        """ "The two leaders", "both men": the last two people named before, in the order the
        article named them ("Olaf Scholz met Emmanuel Macron ... The two leaders said")."""
        toks = self.doc.tokens
        lemma = toks[head].lemma.casefold()
        if toks[head].tag != "NNS" or lemma not in _PAIR_HEADS:
            return None  # "the two jurors" are two people not named, not the last two named
        words = {toks[c].text.casefold() for c in self.children[head]}
        if not ("both" in words or ("two" in words and determiner in _DEFINITE)):
            return None
        # the pair was introduced together: the two people of the last sentence naming any
        before = [(ps, written) for ps, _, written, _ in self.persons if ps < head]
        if not before or self.sent_of[before[-1][0]] < self.sent_of[head] - _SEARCH_BACK_SENTENCES:
            return None
        last = self.sent_of[before[-1][0]]
        named = [self.full_name(w) for ps, w in before if self.sent_of[ps] == last]
        named = list(dict.fromkeys(named))
        return self._make(head, " and ".join(named), PERSON) if len(named) == 2 else None

    def _owner_voice(self, head: int) -> Resolved | None:
        """A person's office or campaign speaks for the person ("her office said"); a head of
        state's or government's administration for that country ("the Obama administration",
        "President Barack Obama's administration" -> United States)."""
        toks = self.doc.tokens
        lemma = toks[head].lemma.casefold()
        for c in self.children[head]:
            if toks[c].dep not in ("poss", "compound") or c > head:
                continue
            found = self.resolve(c)
            if found.kind != PERSON or found.name is None:
                continue
            # the owner is named or a pronoun: "the City Attorney's office" is nobody's own
            if toks[c].tag not in ("PRP", "PRP$") and found.name.split()[-1] not in found.text:
                continue
            if lemma not in ("administration", "government"):
                return self._make(head, found.name, PERSON)
            codes = {o.code for o in self.offices if o.person == found.name}
            for _, _, written, title in self.persons:
                if self.full_name(written) == found.name:
                    codes |= self._countries(title)
            codes &= self.country_codes
            if len(codes) == 1:
                country = next(
                    (a for a in self.actors.values() if a.kind == COUNTRY and a.country in codes),
                    None,
                )
                if country is not None:
                    return self._make(head, country.name, COUNTRY)
        return None

    def _patron(self, head: int) -> tuple[str, set[int]] | None:
        """The person a role noun belongs to ("Lindsay Lohan's attorney", "her rep", "a friend
        of the actress"), when the possessor or "of" object resolves to a person; with the
        tokens of that owner phrase."""
        toks = self.doc.tokens
        lemma = toks[head].lemma.casefold()
        if lemma not in self.titles and lemma not in self.anonymous_heads:
            return None
        # a possessor that is part of a name ("a Sam's Club spokesperson") owns no role
        owners = []
        for c in self.children[head]:
            if toks[c].dep == "poss":
                inside = set(self._subtree(c))
                if not any(toks[i].pos == "PROPN" and i not in inside for i in range(c + 1, head)):
                    owners.append(c)
        for c in self.children[head]:
            if toks[c].dep == "prep" and toks[c].text.casefold() == "of":
                owners += [p for p in self.children[c] if toks[p].dep == "pobj"]
        for c in owners:
            found = self.resolve(c)
            if found.kind == PERSON and found.name is not None:
                owner = set(self._subtree(c))
                if toks[c].dep == "pobj":
                    owner.add(toks[c].head)
                return found.name, owner
        return None

    def _patron_role(
        self, head: int, s: int, e: int, patron: tuple[str, set[int]], definite: bool
    ) -> Resolved:
        """Someone in a role for a person ("her rep", "Reid's lawyer") is never that person:
        definite, the one the article named in that role ("the actress's rep Jack Ketsoyan"),
        else an unnamed source described by the role ("anonymous: Tara Reid's rep")."""
        toks = self.doc.tokens
        name, owner = patron
        lemma = toks[head].lemma.casefold()
        if definite:
            holders = [
                (ps > head, -ps if ps < head else ps, self.full_name(written))
                for ps, _, written, title in self.persons
                if lemma in title and self.full_name(written) != name
            ]
            if holders:
                return self._make(head, min(holders)[2], PERSON)
        words = [
            toks[i].text.casefold()
            for i in range(s, e)
            if i not in owner and toks[i].dep not in ("det", "case") and toks[i].text[:1].isalnum()
        ]
        return self._make(head, f"anonymous: {name}'s {' '.join(words)}", ANONYMOUS)

    def _last_person_of(self, own: set[str], head: int) -> str | None:
        """The last person named before `head` (within reach) whose titles or offices name
        one of the countries `own`."""
        if not own:
            return None
        low = self.sent_of[head] - _SEARCH_BACK_SENTENCES
        for ps, _, name, title in reversed(self.persons):
            if ps >= head or self.sent_of[ps] < low:
                continue
            full = self.full_name(name)
            codes = self._countries(title) | {
                o.code for o in self.offices if o.person == full and o.code in self.country_codes
            }
            if own & codes:
                return full
        return None

    def _speakers_organisation(self, head: int) -> Resolved | None:
        """ "Louis Gallois, the Airbus chief executive, said the company expects ...": inside
        what a person says, "the company" is the organisation the person's title names."""
        toks = self.doc.tokens
        i, seen = toks[head].head, {head}
        while i not in seen and self.sent_of[i] == self.sent_of[head]:
            seen.add(i)
            subject = next((c for c in self.children[i] if toks[c].dep in _SUBJECT_DEPS), None)
            if subject is not None and subject not in seen and toks[i].pos == "VERB":
                speaker = self.resolve(subject)
                if speaker.kind == PERSON:
                    return self._title_organisation(speaker.name)
            if toks[i].head == i:
                break
            i = toks[i].head
        return None

    def organisation_of(self, name: str | None) -> Resolved | None:
        """The body a person speaks for: the one organisation, government or known actor
        named in their title words ("Apple Inc. CEO Steve Jobs", "Dana Perino, the White
        House press secretary"), else None."""
        titles: set[str] = set()
        for _, _, written, title in self.persons:
            if self.full_name(written) == name:
                titles |= title
        toks = self.doc.tokens
        bodies: dict[int, dict[str, Resolved]] = {}
        for s, e, label in self.doc.ents:
            if label not in ("ORG", "FAC", "GPE", "NORP") or s in self.excluded:
                continue
            words = [i for i in range(s, e) if toks[i].text[:1].isalnum() and toks[i].pos != "DET"]
            if not words or not all(toks[i].lemma.casefold() in titles for i in words):
                continue
            texts = [toks[i].text for i in words]
            # the longest run of the entity's words that is a known actor ("White House press")
            actor = next(
                (
                    found
                    for size in range(len(texts), 0, -1)
                    for k in range(len(texts) - size + 1)
                    if (found := self._lookup(" ".join(texts[k : k + size]))) is not None
                ),
                None,
            )
            org = self.resolve(self._ent_head(s, e))
            if actor is not None:
                org = self._make(self._ent_head(s, e), actor.name, actor.kind)
            if org.kind in (ORGANISATION, COUNTRY) and org.name is not None:
                bodies.setdefault(len(words), {})[org.name] = org
        # the fullest name in the title ("the White House", not a "House" named elsewhere)
        best = bodies[max(bodies)] if bodies else {}
        return next(iter(best.values())) if len(best) == 1 else None

    def _title_organisation(self, name: str | None) -> Resolved | None:
        """The one organisation entity named in a person's title words ("Airbus chief")."""
        titles: set[str] = set()
        for _, _, written, title in self.persons:
            if self.full_name(written) == name:
                titles |= title
        found = []
        for s, e, label in self.doc.ents:
            if label == "ORG" and e - s == 1 and self.doc.tokens[s].lemma.casefold() in titles:
                org = self.resolve(s)
                if org.kind == ORGANISATION and org.name is not None:
                    found.append(org)
        names = {f.name for f in found}
        return found[0] if len(names) == 1 else None

    def _other_country(self, own: set[str], name: str | None) -> bool:
        """Whether the titles given to the person `name` in the article, and the offices the
        person held (`office_holders.tsv`), name only countries other than `own`
        ("Russia's foreign minister" for "Germany's leader")."""
        if not own or name is None:
            return False
        theirs = {o.code for o in self.offices if o.person == name and o.code in self.country_codes}
        for _, _, written, title in self.persons:
            if self.full_name(written) == name:
                theirs |= self._countries(title)
        return bool(theirs) and not own & theirs

    def _not_public_body(self, found: Resolved) -> bool:
        """Whether an organisation may be a company: no government, ministry or bloc."""
        name = (found.name or "").casefold()
        return name not in self.actor_names and not set(name.split()) & _INSTITUTIONS

    def _countries(self, words: frozenset[str] | set[str]) -> set[str]:
        """The countries named among a description's words, by name, adjective or an
        institution of theirs ("Kremlin")."""
        found = set()
        for w in words:
            actor = self.actors.get(w) or self.demonyms.get(w)
            # "Kremlin" stands for Russia too; a bloc ("NATO") is no nationality
            if actor is not None and actor.country in self.country_codes:
                found.add(actor.country)
        return found

    def _office_by_description(self, head: int, s: int, e: int) -> str | None:
        """ "Russia's foreign minister", "the US president": the holder of that office then.

        The owner is a country or body named in the phrase (by name or adjective); the office
        is the rest of the phrase ("foreign minister").
        """
        toks = self.doc.tokens
        if toks[head].lemma.casefold() not in self.titles:
            return None
        owner, words = None, []
        for i in range(s, e):
            word = toks[i].text
            low = word.casefold()
            if toks[i].pos in ("DET", "PART", "PUNCT") or word == "'s":
                continue
            found = self.actors.get(low) or self.demonyms.get(low)
            if found is not None and owner is None and i < head:
                owner = found
                continue
            words.append(toks[i].lemma.casefold() if i == head else low)
        if owner is None or not words:
            return None
        office = " ".join(words).replace("defense", "defence")
        country = owner.country
        return self._office_holder(
            lambda o: o.code == country and o.office.replace("defense", "defence") == office,
            self.offices_by_code.get(country, ()),
        )

    def _pronoun(self, head: int, low: str) -> Resolved:
        if low in _PERSON_PRONOUNS:
            kinds = {PERSON}
        elif low in _THING_PRONOUNS:
            kinds = {ORGANISATION, COUNTRY}
        elif low in _PLURAL_PRONOUNS:
            kinds = {ORGANISATION, ANONYMOUS}
        else:
            return self._unresolved(head)
        found = self._nearest_subject(head, kinds)
        if found is None and low in _PLURAL_PRONOUNS:
            # a country is "it"; "they" goes to a government only when no group is in reach
            found = self._nearest_subject(head, {COUNTRY})
        if found is None and kinds == {PERSON}:
            found = self._nearest_person_mention(head)
        if found is None:
            return self._unresolved(head)
        return self._make(head, found.name, found.kind)

    def _nearest_subject(
        self, head: int, kinds: set[str], fits: Callable[[Resolved], bool] | None = None
    ) -> Resolved | None:
        """The nearest subject before `head` (same or earlier sentences) of one of `kinds`.

        Within a sentence the main-clause subject wins over embedded ones (shallower in the
        tree); words inside quotation marks never count.
        """
        here = self.sent_of[head]
        for k in range(here, max(-1, here - _SEARCH_BACK_SENTENCES - 1), -1):
            s, e = self.sents[k]
            subjects = [
                i
                for i in range(s, min(e, head))
                if (self.doc.tokens[i].dep in _SUBJECT_DEPS or i == self._stray_subject(k))
                and i not in self.excluded
                and i != head
            ]
            subjects.sort(key=lambda i: (self._depth(i), i))
            for i in subjects:
                found = self.resolve(i)
                if found.kind in kinds and found.name is not None and (fits is None or fits(found)):
                    return found
        return None

    def _stray_subject(self, k: int) -> int | None:
        """The subject of sentence k when the parser ran the previous paragraph on into it:
        the noun that opens the sentence but hangs from a word outside it ('..." \\n\\n Russia's
        envoy, Alexander Lukashevich, said'), before a main verb that has no subject."""
        if k in self._stray:
            return self._stray[k]
        s, e = self.sents[k]
        toks = self.doc.tokens
        found = None
        # the sentence's own roots: tokens whose head is outside it (or themselves)
        roots = [i for i in range(s, e) if toks[i].head == i or self.sent_of[toks[i].head] != k]
        nouns = [i for i in roots if toks[i].pos in ("NOUN", "PROPN")]
        verbs = [
            i
            for i in roots
            if toks[i].pos in ("VERB", "AUX")
            and not any(toks[c].dep in _SUBJECT_DEPS for c in self.children[i])
        ]
        if nouns and verbs and nouns[0] < verbs[0]:
            found = nouns[0]
        self._stray[k] = found
        return found

    def _nearest_org(
        self, head: int, fits: Callable[[Resolved], bool] | None = None
    ) -> Resolved | None:
        """The last organisation entity before `head` (outside quotes), within reach."""
        low = self.sent_of[head] - _SEARCH_BACK_SENTENCES
        for s, e, label in reversed(self.doc.ents):
            if label == "ORG" and e <= head and s not in self.excluded and self.sent_of[s] >= low:
                found = self.resolve(self._ent_head(s, e))
                if (
                    found.name is not None
                    and found.kind == ORGANISATION
                    and (fits is None or fits(found))
                ):
                    return found
        return None

    def _nearest_person_mention(self, head: int) -> Resolved | None:
        low = self.sent_of[head] - _SEARCH_BACK_SENTENCES
        best = None
        for ps, _pe, name, _ in self.persons:
            if ps < head and self.sent_of[ps] >= low:
                best = (ps, name)
        if best is None:
            return None
        return Resolved(self.full_name(best[1]), PERSON, best[1], 0, 0, best[0])

    def _depth(self, i: int) -> int:
        """Distance to the root of the token's sentence (a head in another sentence is none)."""
        depth, seen = 0, set()
        toks = self.doc.tokens
        while toks[i].head != i and i not in seen and self.sent_of[toks[i].head] == self.sent_of[i]:
            seen.add(i)
            i = toks[i].head
            depth += 1
        return depth


def _names_over_particles(
    doc: ParsedDoc, particles: frozenset[str] | set[str]
) -> tuple[tuple[int, int, str], ...]:
    """The document's entities, a person's name that ends in a particle ("Ursula von der")
    run on over the capitalised word after it ("Leyen", tagged as a place)."""
    toks = doc.tokens
    out: list[tuple[int, int, str]] = []
    skip_to = -1
    for s, e, label in doc.ents:
        if s < skip_to:
            continue  # the word the person's name took over
        if (
            label == "PERSON"
            and e < len(toks)
            and toks[e - 1].text in particles
            and toks[e].text[:1].isupper()
            and toks[e].pos == "PROPN"
        ):
            out.append((s, e + 1, label))
            skip_to = e + 1
            continue
        out.append((s, e, label))
    return tuple(out)


def _paragraph_sentences(doc: ParsedDoc) -> tuple[tuple[int, int], ...]:
    """The document's sentences, each also cut after a token that holds a paragraph break."""
    n = len(doc.tokens)
    out = []
    for s, e in doc.sents or ((0, n),):
        start = s
        for i in range(s, min(e, n) - 1):
            if "\n\n" in doc.tokens[i].text or (
                not doc.tokens[i].ws
                and "\n\n" in doc.text[doc.tokens[i].idx : doc.tokens[i + 1].idx]
            ):
                out.append((start, i + 1))
                start = i + 1
        out.append((start, e))
    return tuple(out)


def _adjective(actor: _Actor) -> str:
    """How a name modifies an institution: 'Russian', 'US', 'NATO'."""
    return actor.demonym or actor.name
