"""Events: who did what to whom, clause by clause, coded in PLOVER 2.0 with the closest CAMEO code.

A written-down cascade over the dependency parse of each sentence:

1. **Predicates.** Verbs and nouns whose lemma is in `data/event_predicates.tsv` ("attack",
   "talks", "sanctions", "invasion"; phrasal verbs such as "call for", "pull out"; noun compounds
   such as "phone call"). Light verbs ("hold talks", "impose sanctions", "voice support") hand
   their subject to the noun they carry and are no events themselves.
2. **Absorption.** A predicate that only spells out the content of another ("agreed *to
   undertake* exercises", "urged Moscow *to de-escalate*", "agreed upon a *pact*") is part of
   that event, not a second one. Status verbs ("deny", "plan", `data/event_status_cues.tsv`)
   that govern a predicate set its status and are no events either.
3. **Participants.** Actors are the subject (the `by` phrase in the passive), inherited through
   `xcomp`/`conj` when a clause has none; recipients are objects and `with/to/against/on/at/
   into/toward/from` phrases. Nominal predicates also read their own modifiers ("Russian
   invasion of Ukraine", "talks between U.S. and Russian officials"). Coordinations stay one
   event with several actors or recipients ("the US and NATO"); coordinated actors of a
   symmetric predicate with no recipient are a reciprocal event ("Biden and Putin spoke").
   Noun phrases are resolved to actor codes by `extract.actors.ArticleResolver`.
4. **Status** from the path between the predicate and the root of its sentence: negated
   ("denies it plans to attack", "did not attack", "no invasion"), conditional ("if Russia
   invades"), hypothetical ("could lead"), future ("will meet", "plans to", "talks planned
   for January"), historical (a year before the publication year), otherwise reported.
5. **Codes and intensity.** PLOVER type/mode and CAMEO code from the lexicon; Goldstein and
   QuadClass of the CAMEO code and the PLOVER score of the type/mode from the reference tables.

Date is a date phrase attached to the predicate ("on Thursday", "on December 7", resolved
against the publication date by `event_dates.clause_date`), the earlier year a historical event
names, or else the publication date (`date_precision="published"`); location is an `in/at`
place name attached to the predicate. The evidence span covers the predicate and its
participants.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import TypeVar

from ..lexicons import Lexicons
from ..types import ActorRef, Event, ParsedDoc
from .actors import ActorDictionary, ArticleResolver, actor_dictionary, split_code
from .event_dates import attached_date, year_span

__all__ = ["PredicateEntry", "EventLexicon", "event_lexicon", "extract_events", "STATUSES"]

STATUSES = ("reported", "future", "conditional", "hypothetical", "negated", "historical")
# The strongest reading wins when several cues apply ("denies it will attack" is negated).
_STATUS_RANK = {
    "negated": 5,
    "conditional": 4,
    "hypothetical": 3,
    "future": 2,
    "commit": 2,
    "historical": 1,
}

_SUBJ = frozenset({"nsubj", "csubj", "expl"})
_PASS_SUBJ = frozenset({"nsubjpass", "csubjpass"})
_OBJ = frozenset({"dobj", "dative", "iobj", "obj"})
_RECIPIENT_PREPS = frozenset(
    {"with", "to", "against", "on", "at", "into", "toward", "towards", "upon"}
)
_ACTOR_PREPS = frozenset({"from", "by"})
_PLACE_PREPS = frozenset({"in", "at", "inside", "within"})  # "air strikes inside Iran"
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
# Complements that only spell out what a commissive or directive act is about.
_CONTENT_TYPES = frozenset({"AGREE", "THREATEN", "REQUEST", "REJECT", "CONCEDE"})
# Words completing a multi-word verb: "gun down", "call for", "set ablaze", "shoot dead".
_PARTICLES = frozenset({"prt", "prep", "advmod", "acomp", "oprd"})
# "agreed on a deal", "warned of an attack", "called for talks": the noun is the act's content.
_CONTENT_PREPS = frozenset({"on", "upon", "of", "about", "for", "against", "to"})
_FACING = frozenset({"near", "along", "around", "toward", "towards", "to", "on", "at", "into"})
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


@dataclass(frozen=True, slots=True)
class PredicateEntry:
    lemma: str
    pos: str
    type: str
    mode: str
    cameo: str
    frame: str


@dataclass(frozen=True)
class EventLexicon:
    """Predicate lexicon, status cues and reference tables, indexed once per Lexicons."""

    verbs: Mapping[str, PredicateEntry]
    nouns: Mapping[str, PredicateEntry]
    phrase_heads: frozenset[str]  # first words of the verb entries of several words
    # Every word a noun or adjective predicate is read from: noun entries, the last words
    # of noun compounds ("phone call"), status nouns and adjectives.
    nominal_words: frozenset[str]
    governors: Mapping[str, str]
    reports: frozenset[str]
    aux: Mapping[str, str]
    marks: Mapping[str, str]
    mods: Mapping[str, str]
    goldstein: Mapping[str, float]
    quad: Mapping[str, int]
    scores: Mapping[tuple[str, str], float]
    # The answers of `_guess_lemma` and `_nominalised` for the words met: they depend on the
    # word alone, and the same words recur across articles. Cleared when full (`_remembered`).
    guessed: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    nominal: dict[str, PredicateEntry | None] = field(
        default_factory=dict, compare=False, repr=False
    )


def _build_event_lexicon(lexicons: Lexicons) -> EventLexicon:
    verbs: dict[str, PredicateEntry] = {}
    nouns: dict[str, PredicateEntry] = {}
    for row in lexicons.rows("event_predicates.tsv"):
        entry = PredicateEntry(
            row["lemma"].strip().lower(),
            row["pos"],
            row["type"] or "",
            row["mode"] or "",
            row["cameo"] or "",
            row["frame"] or "",
        )
        (verbs if entry.pos == "VERB" else nouns)[entry.lemma] = entry
    cues: dict[str, dict[str, str]] = {
        "governor": {},
        "aux": {},
        "mark": {},
        "mod": {},
        "report": {},
    }
    for row in lexicons.rows("event_status_cues.tsv"):
        cues[row["kind"]][row["cue"]] = row["status"]
    goldstein, quad = {}, {}
    for row in lexicons.rows("cameo_codes.tsv"):
        goldstein[row["cameo"]] = float(row["goldstein"])
        quad[row["cameo"]] = int(row["quad_class"])
    scores = {
        (r["plover_type"], r["mode"] or ""): float(r["score"])
        for r in lexicons.rows("plover_scores.tsv")
    }
    return EventLexicon(
        verbs=MappingProxyType(verbs),
        nouns=MappingProxyType(nouns),
        phrase_heads=frozenset(k.split()[0] for k in verbs if " " in k),
        nominal_words=frozenset(
            [*cues["governor"], *(end for k in nouns for end in _phrase_ends(k))]
        ),
        governors=MappingProxyType(cues["governor"]),
        reports=frozenset(cues["report"]),
        aux=MappingProxyType(cues["aux"]),
        marks=MappingProxyType(cues["mark"]),
        mods=MappingProxyType(cues["mod"]),
        goldstein=MappingProxyType(goldstein),
        quad=MappingProxyType(quad),
        scores=MappingProxyType(scores),
    )


def _phrase_ends(phrase: str) -> list[str]:
    """ "phone call" -> ["phone call", "call"]: the phrase and what follows each space in it."""
    words = phrase.split(" ")
    return [" ".join(words[k:]) for k in range(len(words))]


def event_lexicon(lexicons: Lexicons) -> EventLexicon:
    """The EventLexicon of these lexicons, built on first use."""
    return lexicons.derived("events.v1", _build_event_lexicon)


@dataclass
class _Pred:
    i: int
    entry: PredicateEntry
    verbal: bool
    light: bool = False  # a light verb with no type of its own
    governor: str = ""  # status this word gives the predicates it governs
    absorbed: bool = False
    carrier: int | None = None  # for nouns: the light or status verb that carries them
    host: int | None = None  # for "in a phone call": the act the call was the medium of
    cause: int | None = None  # for verbs: the act noun that is their subject ("the strike killed")


class _Sentence:
    """Dependency helpers over one document (children lists, subtrees)."""

    def __init__(self, doc: ParsedDoc, res: ArticleResolver | None = None) -> None:
        self.doc = doc
        self.tok = doc.tokens
        if res is not None and res.doc is doc:
            # The resolver of the same document built the same tables (read only here).
            self.lower, self.lemma, self.children = res.texts, res.lemmas, res.children
        else:
            self.lower = [t.text.lower() for t in doc.tokens]
            self.lemma = [t.lemma.lower() for t in doc.tokens]
            self.children = [[] for _ in doc.tokens]
            for i, t in enumerate(doc.tokens):
                if t.head != i:
                    self.children[t.head].append(i)
        self.sent_of = [0] * len(doc.tokens)
        for number, (start, end) in enumerate(doc.sents or ((0, len(doc.tokens)),)):
            for k in range(start, end):
                self.sent_of[k] = number
        # First and last token of each sentence number, so that finding a token's sentence
        # bounds is no scan of the document.
        self.first_of: dict[int, int] = {}
        self.last_of: dict[int, int] = {}
        for k, number in enumerate(self.sent_of):
            self.first_of.setdefault(number, k)
            self.last_of[number] = k

    def kids(self, i: int, *deps: str) -> list[int]:
        return [c for c in self.children[i] if self.tok[c].dep in deps]

    def subtree(self, i: int) -> list[int]:
        out, stack = [], [i]
        while stack:
            k = stack.pop()
            out.append(k)
            stack.extend(self.children[k])
        return sorted(out)

    def conjuncts(self, i: int) -> list[int]:
        """i and the words coordinated with it ("the US and NATO")."""
        out, stack = [], [i]
        while stack:
            k = stack.pop()
            out.append(k)
            stack.extend(c for c in self.children[k] if self.tok[c].dep == "conj")
        return sorted(out)

    def pobjs(self, prep: int) -> list[int]:
        return [c for c in self.children[prep] if self.tok[c].dep in ("pobj", "pcomp")]


def _objects_of(s: _Sentence, i: int) -> list[int]:
    """What verb i acts on, in any voice: its object ("fired shells"), its passive subject
    ("munitions were dropped") or the noun its participle describes ("shells fired by")."""
    out = [c for c in s.children[i] if s.tok[c].dep in ("dobj", "obj", "nsubjpass")]
    if s.tok[i].dep == "acl" and s.tok[i].tag == "VBN":
        out.append(s.tok[i].head)
    for c in list(out):
        if s.tok[c].tag == "CD" or s.lemma[c] in _COUNTS:
            # "hundreds of shells were fired", "fired 150 of its rockets": the thing counted
            out += [o for g in s.kids(c, "prep") if s.lower[g] == "of" for o in s.pobjs(g)]
    return out


_COUNTS = frozenset({"hundred", "hundreds", "dozen", "dozens", "thousand", "thousands"})


def _predicate_at(s: _Sentence, i: int, lex: EventLexicon) -> _Pred | None:
    tok = s.tok[i]
    if tok.ent_type in ("DATE", "TIME"):
        return None  # "meet again in March" (a month the tagger read as a verb), "may"
    lemma = s.lemma[i]
    if tok.pos in ("VERB", "AUX") or (tok.pos == "NOUN" and tok.tag.startswith("VB")):
        if tok.dep in ("aux", "auxpass", "amod"):
            return None  # "reinforced positions" is a description, not an act
        # Hyphenated prefixes are split by the tokenizer: "de - escalate".
        if i >= 2 and s.lower[i - 1] == "-" and f"{s.lemma[i - 2]}-{lemma}" in lex.verbs:
            lemma = f"{s.lemma[i - 2]}-{lemma}"
        if lemma in ("have", "be", "keep", "remain") and "deploy" in lex.verbs and _forces_at(s, i):
            # "Russia has 100,000 troops near Ukraine", "94,000 troops are near its border": a
            # force kept facing another country is deployed against it.
            return _Pred(i, lex.verbs["deploy"], True)
        if lemma not in lex.verbs and lemma not in lex.governors:
            lemma = _guess_lemma(s.lower[i], lex) or lemma
        entry = None
        # Most verbs start no collocation: their objects and particles need no reading.
        for c in _objects_of(s, i) if lemma in lex.phrase_heads else ():
            # Verb-object collocations first ("open fire", "block roads"), then particles.
            if f"{lemma} {s.lemma[c]}" in lex.verbs:
                entry = lex.verbs[f"{lemma} {s.lemma[c]}"]
                break
        else:
            for c in s.children[i] if lemma in lex.phrase_heads else ():
                if s.tok[c].dep == "prep" and any(
                    s.tok[o].ent_type in ("DATE", "TIME") for o in s.pobjs(c)
                ):
                    continue  # "called Xi on Friday" is no "call on"
                if s.tok[c].dep in _PARTICLES and f"{lemma} {s.lower[c]}" in lex.verbs:
                    entry = lex.verbs[f"{lemma} {s.lower[c]}"]
                    break
            else:
                entry = lex.verbs.get(lemma)
        governor = lex.governors.get(lemma, "")
        if entry is None and not governor:
            return None
        entry = entry or PredicateEntry(lemma, "VERB", "", "", "", "light")
        light = entry.frame == "light" and not entry.type
        return _Pred(i, entry, True, light=light, governor=governor)
    if (
        lemma not in lex.nominal_words
        and s.lower[i] not in lex.nominal_words
        and (tok.pos != "NOUN" or _nominalised(lemma, lex) is None)
    ):
        return None  # most nouns, names and adjectives end no lexicon entry
    if tok.pos == "ADJ" and tok.dep == "acomp" and lemma in lex.governors:
        # "is ready for dialogue": the adjective carries the noun as "ready to meet" the verb.
        entry = PredicateEntry(lemma, "VERB", "", "", "", "light")
        return _Pred(i, entry, True, light=True, governor=lex.governors[lemma])
    if tok.pos == "NOUN" and lemma in lex.governors and lemma not in lex.nouns:
        # "denies any plans to invade": a noun that sets the status of the act it names.
        entry = PredicateEntry(lemma, "NOUN", "", "", "", "light")
        return _Pred(i, entry, False, light=True, governor=lex.governors[lemma])
    if (
        tok.pos in ("NOUN", "PROPN", "ADJ")
        and tok.ent_type not in ("GPE", "NORP", "PERSON", "ORG", "FAC", "LAW")
        and tok.dep != "compound"
    ):
        for c in s.kids(i, "compound", "amod"):
            key = f"{s.lemma[c]} {lemma}"
            if c == i - 1 and key in lex.nouns:
                return _Pred(i, lex.nouns[key], False)
        entry = lex.nouns.get(lemma) or lex.nouns.get(s.lower[i])
        if entry is None and tok.pos == "NOUN":
            entry = _nominalised(lemma, lex)
        if (
            entry is not None
            and i + 1 < len(s.tok)
            and (s.tok[i + 1].head == i or s.tok[s.tok[i + 1].head].head == i)
        ):
            # "its call for Russia to withdraw", "a call on Moscow to ...": the noun of a
            # phrasal verb followed by its particle is that verb's act, not a phone call
            phrasal = lex.verbs.get(f"{lemma} {s.lower[i + 1]}")
            if (
                phrasal is not None
                and phrasal.type
                and s.tok[i + 1].dep in ("prep", "mark")
                # "a call on Sunday" is a phone call on a day
                and not any(s.tok[o].ent_type in ("DATE", "TIME") for o in s.pobjs(i + 1))
            ):
                entry = replace(phrasal, pos="NOUN")
        if (
            entry is not None
            and entry.type == "PROTEST"
            and (verb := lex.verbs.get(lemma)) is not None
            and verb.type == "ASSAULT"
            and any(s.lower[c] in ("on", "against") for c in s.kids(i, "prep"))
        ):
            entry = replace(verb, pos="NOUN")  # "strikes on Gaza" are attacks, not walkouts
        if entry is not None and (tok.pos != "ADJ" or tok.dep in ("dobj", "pobj", "nsubj")):
            return _Pred(i, entry, False)
    return None


_FORCE_NOUNS = frozenset({"troop", "force", "soldier", "tank", "battalion", "unit", "warship"})
_STATIONED = frozenset({"near", "along", "around", "close", "toward", "towards", "at"})
_FRONTIER = frozenset({"border", "frontier", "boundary", "borders", "frontiers"})


def _across_border(s: _Sentence, o: int) -> list[int]:
    """The country across a border: "its border *with Belarus*"."""
    if s.lemma[o] not in _FRONTIER:
        return []
    return [g for c in s.kids(o, "prep") if s.lower[c] == "with" for g in s.pobjs(c)]


# Parts and amounts of a force: "half of the troops", "most of those forces".
_PARTS = frozenset({"half", "most", "part", "some", "many", "bulk", "majority", "third", "quarter"})


def _is_force(s: _Sentence, c: int) -> bool:
    """Whether noun c names a military force, or a part or amount of one ("half of the
    troops", "thousands of soldiers")."""
    if s.lemma[c] in _FORCE_NOUNS or s.lemma[c].rstrip("s") in _FORCE_NOUNS:
        return True
    if s.lemma[c] in _PARTS or s.lemma[c] in _COUNTS or s.tok[c].pos == "NUM":
        return any(
            s.lemma[o] in _FORCE_NOUNS or s.lemma[o].rstrip("s") in _FORCE_NOUNS
            for p in s.kids(c, "prep")
            if s.lower[p] == "of"
            for o in s.pobjs(p)
        )
    return False


def _forces_at(s: _Sentence, i: int) -> bool:
    """Whether verb i (have/be/keep) holds a military force facing a border or a country."""
    forces = [c for c in s.kids(i, "dobj", "nsubj", "attr") if _is_force(s, c)]
    if not forces:
        return False
    # where the force is: on the verb, the force, or a state word ("are in position near the
    # border", "are positioned along the frontier")
    states = s.kids(i, "acomp") + [
        o for c in s.kids(i, "prep") if s.lower[c] in ("in", "on") for o in s.pobjs(c)
    ]
    for k in [i, *forces, *states]:
        for c in s.kids(k, "prep", "advmod", "amod"):
            preps = [c] if s.lower[c] in _STATIONED and s.tok[c].dep == "prep" else []
            if s.lower[c] in ("close", "next"):
                preps = [g for g in s.kids(c, "prep") if s.lower[g] == "to"]
            for pc in preps:
                for o in s.pobjs(pc):
                    if s.lemma[o] in _FRONTIER or s.tok[o].ent_type in ("GPE", "LOC"):
                        return True
    return False


def _anonymity(s: _Sentence, i: int) -> bool:
    """ "asked not to be named", "requested anonymity": the journalistic source formula."""
    for c in s.children[i]:
        if s.tok[c].dep == "dobj" and s.lemma[c] == "anonymity":
            return True
        if s.tok[c].dep == "xcomp" and s.lemma[c] in ("name", "identify", "quote"):
            return any(s.tok[g].dep == "auxpass" for g in s.children[c])
    return False


# Noun suffixes that name the act of a verb, and what replaces them to give the verb:
# "ratification" -> "ratify" is irregular and left to the lexicon; these are the regular ones.
_NOMINAL_SUFFIXES = (
    ("ption", "me"),  # resumption -> resume
    ("ation", "ate"),  # evacuation -> evacuate
    ("ation", "e"),  # mobilization -> mobilize
    ("ation", ""),  # condemnation -> condemn
    ("ion", "e"),  # execution -> execute
    ("ion", ""),  # restriction -> restrict
    ("ment", ""),  # imprisonment -> imprison
)
# Verb frames whose nominalisation names no act by itself ("payment", "movement", "response").
_NO_NOMINAL = frozenset({"light", "force", "content", "announced"})


_KNOWN_WORDS = 100_000  # words whose `_guess_lemma` and `_nominalised` answers are kept
_V = TypeVar("_V")


def _nominalised(lemma: str, lex: EventLexicon) -> PredicateEntry | None:
    """The act a regular nominalisation names when the lexicon lists only its verb:
    "evacuation" of "evacuate", "imprisonment" of "imprison", "resumption" of "resume".
    Remembered per word (cleared when full, so that memory stays flat)."""
    known = lex.nominal
    if lemma in known:
        return known[lemma]
    return _remember(known, lemma, _nominalised_anew(lemma, lex))


def _remember(known: dict[str, _V], key: str, value: _V) -> _V:
    """Keep `value` for `key`; the memory is emptied when full, so that it stays flat."""
    if len(known) >= _KNOWN_WORDS:
        known.clear()
    known[key] = value
    return value


def _nominalised_anew(lemma: str, lex: EventLexicon) -> PredicateEntry | None:
    for suffix, repl in _NOMINAL_SUFFIXES:
        if lemma.endswith(suffix) and len(lemma) > len(suffix) + 2:
            verb = lex.verbs.get(lemma[: -len(suffix)] + repl)
            if verb is not None and verb.type and verb.frame not in _NO_NOMINAL:
                return replace(verb, lemma=lemma, pos="NOUN")
    return None


def _guess_lemma(word: str, lex: EventLexicon) -> str:
    """A lexicon lemma for an inflected verb the tagger mis-lemmatised ("staged" -> "stag").
    Remembered per word (cleared when full, so that memory stays flat)."""
    known = lex.guessed
    if word in known:
        return known[word]
    return _remember(known, word, _guess_lemma_anew(word, lex))


def _guess_lemma_anew(word: str, lex: EventLexicon) -> str:
    for suffix, repl in (
        ("ing", ""),
        ("ing", "e"),
        ("ed", ""),
        ("ed", "e"),
        ("d", ""),
        ("es", ""),
        ("s", ""),
        ("ied", "y"),
        ("ies", "y"),
    ):
        if word.endswith(suffix):
            stem = word[: -len(suffix)] + repl
            if stem in lex.verbs:
                return stem
    return ""


# The parts of speech `_predicate_at` can take a predicate from (verbs, nouns, adjectives).
_PREDICATE_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN", "ADJ"})


def _find_predicates(s: _Sentence, start: int, end: int, lex: EventLexicon) -> dict[int, _Pred]:
    preds = {}
    tok = s.tok
    for i in range(start, end):
        if tok[i].pos not in _PREDICATE_POS:
            continue  # a determiner, a preposition, punctuation: half the words, never one
        p = _predicate_at(s, i, lex)
        if p is not None:
            preds[i] = p
    return preds


def _is_event_pred(p: _Pred | None) -> bool:
    return p is not None and bool(p.entry.type) and not p.light


_MEASURES = frozenset(
    {
        "hour",
        "day",
        "week",
        "month",
        "year",
        "round",
        "series",
        "session",
        "rounds",
        "hours",
        "days",
    }
)


def _amount(s: _Sentence, c: int) -> bool:
    """Whether noun c is a sum or count: "$2 billion", "2.5 billion euros", "5,000"."""
    return (
        s.tok[c].tag == "CD"
        or s.tok[c].ent_type == "MONEY"
        or any(s.tok[m].tag == "CD" for m in s.kids(c, "nummod"))
    )


def _complements(s: _Sentence, i: int) -> list[int]:
    """Predicates a verb governs as its content: xcomp/ccomp clauses and nominal objects."""
    out = []
    for c in s.children[i]:
        dep = s.tok[c].dep
        if dep in ("xcomp", "ccomp", "dobj", "pcomp", "acomp"):
            out.append(c)
            amount = dep == "dobj" and _amount(s, c)
            if dep == "dobj" and (s.lemma[c] in _MEASURES or amount):
                # "ended seven hours of talks", "held a new round of talks": the act measured;
                # "gave Kyiv $2 billion in military aid": the act an amount is counted in
                for g in s.kids(c, "prep"):
                    if s.lower[g] == "of" or (amount and s.lower[g] == "in"):
                        out.extend(s.pobjs(g))
        elif dep == "prep":
            out.extend(g for g in s.children[c] if s.tok[g].dep in ("pobj", "pcomp"))
    return out


_ASPECT_PREPS = frozenset({"for", "to"})
_TOPIC_PREPS = frozenset({"on", "about", "over"})  # "talks on the demands": the topic
# Acts for someone's benefit: a noun's "for" phrase names who gains ("support for Ukraine").
_BENEFITS = frozenset({"SUPPORT", "AID", "COOPERATE"})


def _gives_way_to(s: _Sentence, c: int) -> bool:
    """Whether complement c of an "aspect" verb is the act it continues: its object or
    xcomp ("resumed talks", "resume shelling") or a "for"/"to" object ("returned for talks",
    "went back to war"); not any other phrase ("returned home after talks")."""
    dep = s.tok[c].dep
    if dep in ("dobj", "xcomp", "nsubjpass"):
        return True
    return dep in ("pobj", "pcomp") and s.lower[s.tok[c].head] in _ASPECT_PREPS


_MATERIAL_ACTS = frozenset(
    {"MOBILIZE", "ASSAULT", "COERCE", "AID", "COOPERATE", "RETREAT", "SANCTION", "CONCEDE"}
)


_AUTHOR_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def _authored(s: _Sentence, c: int, preds: dict[int, _Pred]) -> bool:
    """Whether nominal act c names its author: a possessive other than a pronoun ("Seoul's
    offer"), a name before it ("a French proposal") or a "from"/"by" phrase ("an offer from
    Kabul")."""
    if preds[c].verbal:
        return False
    return any(
        (s.tok[m].dep == "poss" and s.tok[m].pos != "PRON")
        or (s.tok[m].dep in ("amod", "compound") and s.tok[m].ent_type in _AUTHOR_ENTS)
        or (s.tok[m].dep == "prep" and s.lower[m] in ("from", "by"))
        for m in s.children[c]
    )


# Written texts whose provisions are their content: "draft treaties that would bar Ukraine".
_TEXTS = frozenset(
    {"treaty", "draft", "document", "proposal", "plan", "bill", "text", "law", "resolution"}
)


def _text_would(s: _Sentence, i: int) -> bool:
    """Whether verb i says what a text would do ("draft treaties that would bar Ukraine from
    joining NATO", "the two documents would also bar the United States"): the content of a
    proposed text, not an act of anyone (its author's act is proposing it)."""
    k = i
    for _ in range(4):
        if s.lower[k] != "would" and any(s.lower[c] == "would" for c in s.kids(k, "aux")):
            break
        if s.tok[k].dep not in ("conj", "pcomp", "prep", "xcomp") or s.tok[k].head == k:
            return False
        # "would bar Ukraine from joining ... and roll back NATO deployments"
        k = s.tok[k].head
    else:
        return False
    subj = s.kids(k, "nsubj")
    if s.tok[k].dep == "relcl" and all(s.lower[h] in ("that", "which") for h in subj):
        subj = [s.tok[k].head]
    return any(s.lemma[h] in _TEXTS for h in subj)


def _resolve_roles(preds: dict[int, _Pred], s: _Sentence) -> None:
    """Mark light/status carriers, absorbed complements and carried nouns (steps 1-2)."""
    for i, p in preds.items():
        if not p.verbal:
            continue
        comps = _complements(s, i)
        governs_event = any(
            (_is_event_pred(preds.get(c)) or (preds.get(c) is not None and preds[c].governor))
            # "seek guarantees" asks for them; "seek to meet" only sets the meeting's status
            and (p.entry.type != "REQUEST" or preds[c].verbal)
            # "dismissed Seoul's offer": another's act is rejected, not one's own denied
            and not (p.governor == "negated" and p.entry.type and _authored(s, c, preds))
            for c in comps
        )
        if p.governor and governs_event:
            p.light = True  # "denies (planning) an invasion": a status, not a REJECT event
        if p.entry.frame in ("light", "aspect") and not p.governor:
            # "Sanctions were imposed on Iran": the passive subject of a light verb is the act
            # it carries, as its object is in the active voice.
            comps += [c for c in s.kids(i, "nsubjpass") if not preds.get(c, p).verbal]
        if (
            p.entry.frame == "aspect"
            and not p.governor
            # "the deployment of NATO troops arrived": a coming is the one of those who come
            and p.entry.mode != "visit"
            and not s.kids(i, "dobj", "xcomp")
            and any(_is_event_pred(q) and not q.verbal for q in map(preds.get, s.kids(i, "nsubj")))
        ):
            # "Peace talks resumed in Pretoria", "the shelling returned": with no object, an
            # aspect verb only says that the act of its subject goes on; that act is the event.
            p.light = True
        for c in comps:
            q = preds.get(c)
            if q is None:
                continue
            if p.entry.frame == "aspect" and _is_event_pred(q) and _gives_way_to(s, c):
                # "resumed talks", "resume shelling", "return to Geneva for talks": the verb
                # only says how its act goes on; the act it governs is the event.
                p.light = True
                if q.verbal:
                    continue
            if (
                not q.verbal
                and s.tok[c].dep == "pobj"
                and s.lower[s.tok[c].head] in _TOPIC_PREPS
                and any(
                    (m := preds.get(o)) is not None
                    and not m.verbal
                    and m.entry.type == "CONSULT"
                    and _is_event_pred(m)
                    for o in s.kids(i, "dobj")
                )
            ):
                q.absorbed = True  # "will hold talks on Moscow's demands": what is talked about
                continue
            if not q.verbal and (
                p.light
                or p.entry.frame == "light"
                or (p.governor and p.entry.type != "REQUEST" and governs_event)
            ):
                q.carrier = i
                if p.entry.frame == "light" and _is_event_pred(q):
                    p.light = True  # "impose sanctions": the noun is the event
            elif _is_event_pred(p) and not p.light:
                dep = s.tok[c].dep
                if not q.verbal and (
                    dep == "dobj"
                    or (dep == "pobj" and s.lower[s.tok[c].head] in _CONTENT_PREPS)
                    # "provided 50 million euros in assistance": the act the sum is counted in
                    or (
                        dep == "pobj"
                        and s.lower[s.tok[c].head] == "in"
                        and _amount(s, s.tok[s.tok[c].head].head)
                    )
                ):
                    q.absorbed = True  # "agreed upon a pact", "warned of an attack"
                elif q.verbal and dep == "xcomp" and p.entry.type in _CONTENT_TYPES:
                    q.absorbed = True  # "agreed to undertake", "urged Moscow to de-escalate"
                elif q.verbal and dep == "ccomp" and p.entry.type == "REQUEST":
                    q.absorbed = True  # "demanding that NATO halt its expansion": wished for
                elif (
                    q.verbal
                    and dep == "pcomp"
                    and p.entry.type == "ACCUSE"
                    and s.lower[s.tok[c].head] in ("of", "for")
                ):
                    # "accused Moscow of massing troops": what the accused is said to do is
                    # the accusation's content, not an act the article reports
                    q.absorbed = True
            elif q.verbal and p.governor and dep_is(s, c, "xcomp", "ccomp"):
                q.carrier = i
    for i, p in preds.items():
        if p.verbal and p.entry.type == "ASSAULT":
            # "Ukraine's drone attack on a Russian air base killed two pilots": what an attack
            # did is that attack, one event with the attack's parties
            for c in s.kids(i, "nsubj"):
                q = preds.get(c)
                if q is not None and not q.verbal and q.entry.type == "ASSAULT":
                    p.cause = c
                    q.absorbed = True
        # "a call that the Russian leader had requested", "talks planned for January": a verb in
        # a clause describing an event noun says something about that event, it is not another.
        tok = s.tok[i]
        if (
            p.verbal
            and tok.dep == "advcl"
            and (q := preds.get(tok.head)) is not None
            and not q.verbal
            and _is_event_pred(q)
            and q.entry.type in _CONTENT_TYPES
        ):
            p.absorbed = True  # "its call for Russia to withdraw": what is called for
        if (
            p.verbal
            and tok.dep == "advcl"
            and any(s.lower[c] == "to" and s.tok[c].dep == "aux" for c in s.children[i])
            and (q := preds.get(tok.head)) is not None
            and q.verbal
            and _is_event_pred(q)
            and q.entry.type in _CONTENT_TYPES
            and s.kids(tok.head, "dobj")
        ):
            # "pressed Moscow to pull back its forces", read by the parser as a purpose
            # clause: what the one addressed is asked (offered, threatened) to do
            p.absorbed = True
        if p.verbal and tok.dep in ("relcl", "acl"):
            k = tok.head
            for _ in range(3):
                if _is_event_pred(preds.get(k)) and not preds[k].verbal:
                    p.absorbed = True
                    break
                if s.tok[k].dep not in ("pobj", "prep") or s.tok[k].head == k:
                    break
                k = s.tok[k].head
        if (
            p.verbal
            and tok.dep in ("advcl", "xcomp", "acl")
            and any(s.lower[c] == "to" and s.tok[c].dep == "aux" for c in s.children[i])
            and _is_event_pred(preds.get(tok.head))
            and preds[tok.head].entry.type in _MATERIAL_ACTS
        ):
            p.absorbed = True  # "sending troops to defend Ukraine": the purpose of the act
        if (
            p.verbal
            and p.entry.type == "CONSULT"
            and tok.dep in ("advcl", "xcomp")
            and any(s.lower[c] == "to" and s.tok[c].dep == "aux" for c in s.children[i])
            and (q := preds.get(tok.head)) is not None
            and q.verbal
            and _is_event_pred(q)
            and q.entry.type == "CONSULT"
        ):
            p.absorbed = True  # "ready to meet again with Iran to discuss": one meeting
        if (
            p.verbal
            and p.entry.type == "CONSULT"
            and _participle_of_subject(s, i)
            and not any(s.lower[c] == "with" for c in s.kids(i, "prep"))
        ):
            # "EU leaders meeting in Brussels warned Iran": where the speakers were, no
            # meeting with anyone
            p.absorbed = True
        if p.verbal and tok.dep == "conj" and s.tok[tok.head].pos in ("NOUN", "PROPN"):
            p.absorbed = True  # "reinforced NATO positions" in a list of nouns: a description
        if (
            not p.verbal
            and p.entry.type == "CONSULT"
            and p.entry.mode != "visit"  # "will meet leaders during a visit to Eriador": two
            and tok.dep == "pobj"
            and s.lower[tok.head] in ("at", "during", "in")
            and (q := preds.get(s.tok[tok.head].head)) is not None
            and q.verbal
            and _is_event_pred(q)
            and q.entry.type == "CONSULT"
        ):
            p.absorbed = True  # "will discuss the crisis at a summit": one meeting, not two
        if (
            not p.verbal
            and p.entry.type == "CONSULT"
            and p.entry.mode != "visit"
            and tok.dep == "pobj"
            and s.lower[tok.head] == "of"
            and s.lemma[(edge := s.tok[tok.head].head)] in ("sideline", "sidelines", "margin")
            and s.tok[edge].dep == "pobj"
            and (q := preds.get(_phrase_verb(s, edge))) is not None
            and q.verbal
            and _is_event_pred(q)
            and q.entry.type == "CONSULT"
        ):
            # "met Erdogan on the sidelines of a NATO summit": the meeting reported is the one
            # held at the summit, as "met at a summit" is
            p.absorbed = True
        if p.verbal and _text_would(s, i):
            p.absorbed = True  # "draft treaties that would bar Ukraine from joining": content
        if p.verbal and p.entry.frame == "content" and not _offers_something(s, i, p, preds):
            p.absorbed = True  # "offered a different emphasis" offers nothing to anyone
    for i, p in preds.items():
        if not (p.verbal and _is_event_pred(p) and p.entry.type == "ACCUSE"):
            continue
        # "voiced concern about the Russian buildup", "complained over Israeli air raids": the
        # act a complaint is about is what the complaint says its target did, not an act of
        # its own (as "accused Moscow of massing troops")
        words = [i] + [
            o for o in s.kids(i, "dobj") if p.entry.lemma.split(" ")[1:2] == [s.lemma[o]]
        ]
        for w in words:
            for c in s.kids(w, "prep"):
                if s.lower[c] in ("about", "over"):
                    for o in s.pobjs(c):
                        q = preds.get(o)
                        if q is not None and not q.verbal and q.entry.type != "CONSULT":
                            q.absorbed = True
    for i, p in preds.items():
        # "demanded that NATO halt its expansion and rule out membership": a verb coordinated
        # with an absorbed complement spells out the same content (run after the loop above,
        # so that the first conjunct's role is known).
        head = s.tok[i].head
        if (
            p.verbal
            and s.tok[i].dep == "conj"
            and (q := preds.get(head)) is not None
            and q.verbal
            and q.absorbed
            and s.tok[head].dep in ("xcomp", "ccomp")
        ):
            p.absorbed = True


def _phrase_verb(s: _Sentence, k: int) -> int:
    """The verb a chain of phrases hangs on ("met him for 30 minutes on the sidelines")."""
    for _ in range(6):
        if s.tok[k].pos in ("VERB", "AUX") or s.tok[k].head == k:
            break
        if s.tok[k].dep not in ("pobj", "prep"):
            break
        k = s.tok[k].head
    return k


def _offers_something(s: _Sentence, i: int, p: _Pred, preds: dict[int, _Pred]) -> bool:
    """Whether a "content" verb names what is offered or asked, or of whom (see the lexicon's
    frame column): an act to do ("offered to mediate", "wants NATO to halt its expansion"), an
    act noun ("proposed talks"), or an addressee ("offered Kyiv ...", "wants guarantees from
    the West"). A request needs someone else to act: "wanted to discuss" is the subject's own
    wish, and "did not want conflict" or "what Russia wants" asks nothing of anyone."""
    request = p.entry.type == "REQUEST"
    addressed = bool(s.kids(i, "dobj", "dative", "nsubjpass"))
    for c in s.children[i]:
        dep = s.tok[c].dep
        if dep == "dative" or (dep == "prep" and s.lower[c] == "to"):
            return True
        if dep == "dobj" and _is_event_pred(preds.get(c)):
            return True
        if dep == "xcomp" and (not request or addressed):
            return True
        if dep == "ccomp" and request and s.kids(c, "nsubj", "nsubjpass"):
            return True  # "wants NATO to halt", "wants the sanctions lifted"
        if dep == "prep" and request and s.lower[c] == "from" and s.pobjs(c):
            return True
    return False


def _conditional_clause(s: _Sentence, c: int, lex: EventLexicon) -> bool:
    """Whether the clause headed by c opens with "if", "unless" (a conditional mark)."""
    return any(lex.marks.get(s.lower[m]) == "conditional" for m in s.kids(c, "mark"))


def _on_condition(s: _Sentence, i: int, lex: EventLexicon) -> bool:
    """Whether an if-clause ("if", "unless") hangs on verb i: "would help if Russia attacks"."""
    return any(_conditional_clause(s, c, lex) for c in s.kids(i, "advcl"))


# Things made public: "released a statement" publishes, "released prisoners" frees.
_PUBLISHED = _TEXTS | {
    "statement",
    "report",
    "video",
    "footage",
    "recording",
    "transcript",
    "detail",
    "figure",
    "data",
    "image",
    "photo",
    "communique",
    "readout",
}


def _releases_text(s: _Sentence, i: int) -> bool:
    """Whether the release at word i makes a text public ("released a statement", "the drafts,
    released by the ministry", "the release of the report") instead of freeing anyone."""
    tok = s.tok[i]
    things = s.kids(i, "dobj", "nsubjpass")
    if tok.dep in ("acl", "relcl"):
        things.append(tok.head)
    things += [o for c in s.kids(i, "prep") if s.lower[c] == "of" for o in s.pobjs(c)]
    return any(s.lemma[t] in _PUBLISHED for t in things)


def _conjunction_provided(s: _Sentence, i: int) -> bool:
    """Whether "provided" / "providing" at word i is the conjunction of a condition ("will lift
    the tariffs, provided (that) Athens does the same"): a participle with no subject and no
    auxiliary of its own, before "that" or a clause's subject, not a participle of a noun ("aid
    provided by Japan") nor a verb given a subject ("Japan provided aid")."""
    tok = s.tok[i]
    if s.lower[i] not in ("provided", "providing") or s.kids(i, *_SUBJ, *_PASS_SUBJ, "aux"):
        return False
    if tok.dep in ("acl", "relcl", "amod", "ROOT", "agent") or s.kids(i, "auxpass", "agent"):
        return False
    after = s.lower[i + 1] if i + 1 < len(s.tok) else ""
    if after == "that" or tok.dep in ("prep", "mark"):
        return True
    # "..., provided Russia moves too": a name or pronoun opening a clause, not a verb given
    # a recipient ("..., providing aid to refugees", "provided Kenya with grain")
    return (
        s.lower[i] == "provided"
        and i > 0
        and s.lower[i - 1] == ","
        and i + 1 < len(s.tok)
        and s.tok[i + 1].pos in ("PROPN", "PRON")
        and not any(s.lower[c] == "with" for c in s.kids(i, "prep"))
    )


# Nouns of asking that, as the object of "at", say at whose wish another act is done.
_AT_WISH = frozenset({"request", "behest", "urging", "insistence", "invitation", "demand"})


def _at_ones_request(s: _Sentence, p: _Pred) -> bool:
    """Whether the nominal act at p is the circumstance of another act: "spoke at Putin's
    request", "met at the invitation of the Egyptian government"."""
    tok = s.tok[p.i]
    return (
        s.lemma[p.i] in _AT_WISH
        and tok.dep == "pobj"
        and s.lower[tok.head] == "at"
        and p.carrier is None
    )


def _asks_nothing(s: _Sentence, p: _Pred) -> bool:
    """Whether "ask" at p asks no one for anything: '"Who is threatening whom?" the minister
    asked' closes a question, a way of speaking, no request."""
    return (
        p.entry.type == "REQUEST"
        and s.lemma[p.i] == "ask"
        and not s.kids(p.i, *_OBJ, *_PASS_SUBJ, "xcomp", "ccomp", "prep", "advcl", "conj")
    )


def _backed_by_equipment(s: _Sentence, i: int, equipment: frozenset[str]) -> bool:
    """Whether the support at verb i is given by weapons and gear only ("units backed by armour,
    artillery and other equipment"): the makeup of a force, not one party backing another."""
    agents = [o for c in s.kids(i, "agent", "prep") if s.lower[c] == "by" for o in s.pobjs(c)]
    for o in agents:  # "armour, artillery and other equipment": every item of the list
        agents += [g for g in s.kids(o, "conj") if g not in agents]
    return bool(agents) and all(s.lemma[o] in equipment for o in agents)


# Acts pressing a party to yield, which the party can refuse: "will not be pressured".
_PRESSURES = frozenset({"REQUEST", "THREATEN", "COERCE"})


def _elliptical_condition(s: _Sentence, i: int, lex: EventLexicon) -> bool:
    """Whether verb i is an if-clause with no subject and no object of its own ("if needed",
    "if asked"): a condition on another act, which names no act of anyone."""
    tok = s.tok[i]
    return (
        tok.pos in ("VERB", "AUX")
        and tok.dep == "advcl"
        and _conditional_clause(s, i, lex)
        and not s.kids(i, *_SUBJ, *_PASS_SUBJ, *_OBJ, "prep", "xcomp", "ccomp", "agent")
    )


# What a response offers when it answers a proposal in kind: texts and ideas, not measures.
_COUNTER_TEXTS = _TEXTS | {"idea", "counterproposal", "suggestion", "proposal", "question"}


def _answers_in_kind(s: _Sentence, i: int) -> bool:
    """Whether verb i answers "with" a proposal or ideas ("would respond with its own ideas")."""
    return any(
        s.lemma[o] in _COUNTER_TEXTS
        for c in s.kids(i, "prep")
        if s.lower[c] == "with"
        for o in s.pobjs(c)
    )


_WARNINGS = frozenset({"warn", "caution"})


def _warns_of_danger(
    s: _Sentence, p: _Pred, preds: dict[int, _Pred], res: ArticleResolver, actors: list[ActorRef]
) -> bool:
    """Whether a warning that names no addressee foretells a danger instead of threatening.

    "warned that Moscow would respond", "warned that any aggression would bring costs": a
    threat (the clause holds the warner's own act or a consequence of another's act).
    "warning that Russia could invade Ukraine", "warned that the situation was dangerous": the
    clause holds another party's act as its main verb, or describes a state; PLOVER codes no
    pessimistic comment.
    """
    if not p.verbal or s.lemma[p.i] not in _WARNINGS or s.kids(p.i, "dobj", "dative"):
        return False
    clauses = s.kids(p.i, "ccomp")
    if not clauses or len(clauses) != len(s.kids(p.i, "ccomp", "xcomp", "prep")):
        return False  # "warned of consequences", "warned against blaming": a content phrase
    mine = {a.country for a in actors}
    for c in clauses:
        if not any(_is_event_pred(preds.get(k)) for k in s.subtree(c)):
            if s.lemma[c] == "be":
                continue  # "warned that the situation was dangerous": a state described
            return False  # "warned that any aggression would bring costs": a consequence
        k = c  # the clause's main verb, through "could be ready to invade"
        while not _is_event_pred(preds.get(k)):
            nxt = s.kids(k, "xcomp", "acomp")
            if not nxt:
                return False
            k = nxt[0]
        q = preds[k]
        if not (q.verbal and q.entry.type in _MATERIAL_CONFLICT):
            return False
        doers = [r for h in _subject_of(s, k, preds)[0] if (r := res.resolve(h)) is not None]
        if not doers or {r.country for r in doers} & mine:
            return False  # "warned that Moscow would act": the warner's own side acts
    return True


def dep_is(s: _Sentence, i: int, *deps: str) -> bool:
    return s.tok[i].dep in deps


def _misparsed_subject(s: _Sentence, h: int) -> int | None:
    """The root noun phrase a verb was hung on as a modifier, directly or through its
    apposition, or None."""
    if s.tok[h].dep == "appos":
        h = s.tok[h].head
    if s.tok[h].dep == "ROOT" and s.tok[h].pos in ("NOUN", "PROPN"):
        return h
    return None


def _subject_of(s: _Sentence, v: int, preds: dict[int, _Pred]) -> tuple[list[int], bool]:
    """Subject heads of verb v (inherited through xcomp/conj/advcl); passive flag."""
    seen = set()
    k = v
    while k not in seen:
        seen.add(k)
        subj = s.kids(k, *_SUBJ)
        if subj:
            if s.tok[k].dep == "relcl" and all(
                s.lower[h] in ("who", "which", "that") for h in subj
            ):
                return [s.tok[k].head], False  # "Washington, which had agreed ..."
            return [_participle_subject(s, _past_dateline(s, h)) for h in subj], False
        psubj = s.kids(k, *_PASS_SUBJ)
        if psubj:
            # "officials are set to meet", "X was asked to leave": the passive subject of a
            # governing verb is the one who does the act it governs.
            return psubj, k == v
        tok = s.tok[k]
        if tok.dep == "xcomp":
            head = tok.head
            # Object control: "urged Moscow to de-escalate" -> Moscow.
            objs = s.kids(head, "dobj")
            if objs and s.lemma[head] not in ("promise",):
                return objs, False
            k = head
        elif tok.dep in ("conj", "advcl", "ccomp") and tok.head != k:
            if tok.dep == "ccomp":
                return [], False
            k = tok.head
        elif tok.dep in ("acomp", "pcomp", "advmod") and tok.head != k:
            k = tok.head  # "is about to restore", "is ready to talk"
        elif (
            tok.dep == "prep"
            and s.lower[k] == "by"
            and tok.head != k
            and s.tok[tok.head].pos in ("VERB", "AUX")
        ):
            k = tok.head  # "responded *by expelling* diplomats": the means has the clause's doer
        elif tok.dep == "prep" and s.lower[k] == "from" and s.lemma[tok.head] in _PREVENTING:
            # "deterred Russia from attacking": the one kept from the act would do it;
            # "Berlin would not be deterred from supporting Kyiv": the passive subject
            objs = s.kids(tok.head, "dobj")
            if objs:
                return objs, False
            k = tok.head
        elif (
            tok.dep == "acl"
            and tok.tag == "VBD"
            and tok.head < k
            and (subject := _misparsed_subject(s, tok.head)) is not None
        ):
            # "FARC rebels handed over their weapons", "Olaf Scholz, the German chancellor,
            # called Xi": a past-tense verb the parser hung on the sentence's first noun phrase
            # (or on its apposition) is the clause of which that phrase is subject
            return [subject], False
        elif tok.dep == "acl" and (q := preds.get(tok.head)) is not None and q.governor:
            k = s.tok[tok.head].head  # "denies any plans to invade": the denier's plans
        elif (
            tok.dep == "acl"
            and tok.head != k
            and any(s.lower[a] == "to" for a in s.kids(k, "aux"))
            and (owner := s.kids(tok.head, "poss"))
        ):
            # "Canada's decision to expel Indian diplomats", "its plan to annex the region":
            # the owner of a decision, plan or move is who is to act
            return owner, False
        elif tok.dep in ("acl", "relcl") and tok.head != k:
            # "talks planned by X", "the troops that Russia massed": the head noun is the object.
            return [], False
        else:
            break
    return [], False


_MEDIA = frozenset({"phone", "telephone", "video", "videoconference", "videolink", "link"})


def _by_phone(s: _Sentence, i: int) -> bool:
    """A consultation held by phone or video: "spoke by phone", "talked over a video link"."""
    for prep in s.kids(i, "prep"):
        if s.lower[prep] in ("by", "over", "via") and any(
            s.lemma[o] in _MEDIA for o in s.pobjs(prep)
        ):
            return True
    return False


def _past_dateline(s: _Sentence, h: int) -> int:
    """A dateline parsed as the subject ("MOSCOW (Wire) — Putin and Biden will speak") hands
    the role to the noun phrase in apposition after it."""
    sent_start = s.first_of[s.sent_of[h]]
    word = s.tok[h].text
    if h - sent_start > 2 or not (word.isupper() and len(word) > 2):
        return h
    appos = [c for c in s.children[h] if s.tok[c].dep == "appos" and s.tok[c].text != word]
    people = [c for c in appos if not s.tok[c].text.isupper()]
    return people[-1] if people else h


def _participle_subject(s: _Sentence, h: int) -> int:
    """A participle read as a noun with a subject of its own ("Arab ministers *meeting* in Cairo
    condemned the raids"): the subject of the clause is the participle's subject."""
    if s.tok[h].pos == "NOUN" and s.lower[h].endswith("ing"):
        own = s.kids(h, "nsubj")
        if own and own[0] < h:
            return own[0]
    return h


def _participle_of_subject(s: _Sentence, i: int) -> bool:
    """Whether verb i is a participle describing its subject, read by the parser as the main
    verb of a finite clause it governs ("EU leaders *meeting* in Brussels warned Iran"): a
    form in -ing with no auxiliary, whose clause is a finite verb after it."""
    return (
        s.tok[i].tag == "VBG"
        and not s.kids(i, "aux", "auxpass", *_OBJ)
        and bool(s.kids(i, "nsubj"))
        and any(s.tok[c].tag in ("VBD", "VBZ", "VBP") and c > i for c in s.kids(i, "advcl"))
    )


def _arg_heads(s: _Sentence, i: int, deps: frozenset[str]) -> list[int]:
    return [c for c in s.children[i] if s.tok[c].dep in deps]


def _expand(s: _Sentence, heads: list[int]) -> list[int]:
    out = []
    for h in heads:
        for c in s.conjuncts(h):
            if c not in out:
                out.append(c)
    return out


def _prep_args(s: _Sentence, i: int) -> tuple[list[int], list[int], list[int]]:
    """(actor heads, recipient heads, place heads) from the prepositional phrases of i.

    "from" names the source of a noun ("aid from the US") but what a verb acts on
    ("withdrew from Lebanon", "evacuated the wounded from Gorazde").
    """
    actors, recipients, places = [], [], []
    verbal = s.tok[i].pos in ("VERB", "AUX")
    for c in s.kids(i, "prep", "agent", "dative"):  # "issued a warning *to NATO*"
        word = s.lower[c]
        objs = s.pobjs(c)
        if not objs:
            continue
        if word in _PLACE_PREPS and any(s.tok[o].ent_type in _PLACE_ENTS for o in objs):
            places.extend(o for o in objs if s.tok[o].ent_type in _PLACE_ENTS)
            if word == "in":
                continue
        if word == "in" and verbal:
            # "killed three men in a gunbattle in southern Serbia": the place of the
            # circumstance is the place of the act.
            for o in objs:
                for g in s.kids(o, "prep"):
                    if s.lower[g] == "in":
                        places.extend(x for x in s.pobjs(g) if s.tok[x].ent_type in _PLACE_ENTS)
        if word == "from" and verbal:
            recipients.extend(objs)
        elif s.tok[c].dep == "agent" or word in _ACTOR_PREPS:
            actors.extend(objs)
        elif word in _RECIPIENT_PREPS:
            recipients.extend(objs)
        elif word == "between" and verbal and s.kids(i, "nsubj"):
            recipients.extend(objs)  # "Egypt mediated between Israel and Hamas"
        elif word == "between":
            actors.extend(objs)
        if word == "between":
            # "a meeting between U.S. officials, Russia and NATO allies": the parser may read
            # the second item of a list as an apposition of the first; between takes a list
            listed = [a for o in objs for a in s.kids(o, "appos")]
            (recipients if verbal and s.kids(i, "nsubj") else actors).extend(listed)
    return actors, recipients, places


def _content_recipients(
    s: _Sentence,
    i: int,
    preds: dict[int, _Pred],
    res: ArticleResolver,
    depth: int,
    places: bool = True,
) -> list[int]:
    """Whom the content of an act concerns: "refused to commit to assistance *to the US*",
    "rejected a *Senegalese* peace plan", "demanded that *the United States* match ...".

    Objects that name no actor are read for their own modifiers and phrases; complement clauses
    for their subject and objects, a level or two down.
    """
    if depth > 2:
        return []
    out: list[int] = []
    for c in s.children[i]:
        dep = s.tok[c].dep
        if dep in ("dobj", "attr") or (dep == "pobj" and depth > 0):
            ref = res.resolve(c)
            if ref is not None and ref.country != "---" and res.names_in_phrase(c):
                out.append(c)
                continue
            if ref is not None:
                # "refused to deploy peacekeepers *in Iraq*": a force of no named country (none
                # in its phrase) is what is moved; where it goes is whom the act concerns.
                out.append(c)
                if places:
                    out += _place_objects(s, c, res)
                continue
            out += [
                m
                for m in s.children[c]
                if m < c
                and s.tok[m].dep in ("poss", "amod", "compound", "nmod")
                and res.resolve_strict(m) is not None
            ] + _leaders(s, c, res)
            if places:  # "resume terrorist activities *in Israel*"
                out += _place_objects(s, c, res)
            amount: bool | None = None
            for pc in s.kids(c, "prep", "acl"):
                if s.lower[pc] in ("from", "by", "of", "to", "with", "against", "on", "for") or (
                    # "pledged 2.5 billion euros in aid to Kyiv"
                    s.lower[pc] == "in" and (amount := _amount(s, c) if amount is None else amount)
                ):
                    for o in s.pobjs(pc):
                        # "restrictions against German goods": the goods' maker is meant
                        if res.resolve(o) is not None:
                            out.append(o)
                            continue
                        named = _named_modifiers(s, o, res)
                        # "welcomed the resumption of ties *with Osgiliath*": the phrase of
                        # the object's own object names whom the act concerns.
                        out += named or _content_recipients(s, o, preds, res, depth + 1, places)
                elif s.tok[pc].dep == "acl":
                    # "welcomed memos sent *by Bree*": who made the object
                    for g in s.kids(pc, "agent"):
                        out += [o for o in s.pobjs(g) if res.resolve(o) is not None]
                    out += _content_recipients(s, pc, preds, res, depth + 1, places)
        elif dep == "prep":
            objs = s.pobjs(c)
            if any(s.tok[o].ent_type in ("DATE", "TIME") for o in objs):
                continue  # when, not whom
            if not places and s.lower[c] in _PLACE_PREPS:
                continue  # "meet in Brussels": where the talks are, not with whom
            for o in s.pobjs(c):
                out += (
                    [o]
                    if res.resolve(o) is not None
                    else _content_recipients(s, c, preds, res, depth + 1, places)
                )
        elif dep in ("xcomp", "ccomp"):
            subj = [h for h in s.kids(c, "nsubj", "nsubjpass") if res.resolve(h) is not None]
            out += subj
            if not [h for h in subj if s.tok[h].pos != "PRON"]:
                # "demanded that the United States match the EU's support": the one asked
                # is the complement's subject; what it is asked about names no recipient.
                out += _content_recipients(s, c, preds, res, depth + 1, places)
    return out


def _authors(s: _Sentence, o: int, res: ArticleResolver) -> list[int]:
    """Modifiers of an act noun that name who did it: "*Serbia's* suppression", "*Israeli* air
    raids", "a *U.S.* proposal"."""
    return [
        m
        for m in s.kids(o, "poss", "compound", "nmod", "amod")
        if res.resolve_strict(m) is not None
    ]


def _place_objects(s: _Sentence, c: int, res: ArticleResolver | None = None) -> list[int]:
    """Places of an "in" phrase of word c ("activities in Israel"), or a country the tagger
    gave no place tag ("intervention in Niger", tagged a date)."""
    return [
        o
        for pc in s.kids(c, "prep")
        if s.lower[pc] == "in"
        for o in s.pobjs(pc)
        if s.tok[o].ent_type in _PLACE_ENTS
        or (
            res is not None
            and (r := res.resolve_strict(o)) is not None
            and not r.sector
            and r.country in res.dict.countries
        )
    ]


def _purpose_objects(s: _Sentence, i: int) -> list[int]:
    """Objects of an infinitival purpose clause of verb i ("fired to disperse the crowd")."""
    out = []
    for c in s.children[i]:
        if s.tok[c].dep in ("advcl", "xcomp") and any(
            s.lower[a] == "to" and s.tok[a].dep == "aux" for a in s.children[c]
        ):
            out += s.kids(c, "dobj")
    return out


def _named_modifiers(s: _Sentence, c: int, res: ArticleResolver) -> list[int]:
    """Modifiers of word c that name an actor: "*German* goods", "*Serbia's* suppression",
    and the leader of a "*US*-led war"."""
    return [
        m
        for m in s.children[c]
        if m < c
        and s.tok[m].dep in ("poss", "amod", "compound", "nmod")
        and res.resolve_strict(m) is not None
    ] + _leaders(s, c, res)


def _leaders(s: _Sentence, c: int, res: ArticleResolver) -> list[int]:
    """The named leader of word c: "the *US*-led war", "a *French*-led mission"."""
    return [
        n
        for m in s.kids(c, "amod")
        if m < c and s.lemma[m] == "lead" and s.tok[m].tag == "VBN"
        for n in s.kids(m, "npadvmod", "compound", "amod", "nmod")
        if res.resolve_strict(n) is not None
    ]


def _resolve_any(res: ArticleResolver, s: _Sentence, heads: list[int]) -> bool:
    return any(res.resolve(h) is not None for h in _expand(s, heads))


def _resolve_all(res: ArticleResolver, s: _Sentence, heads: list[int]) -> list[ActorRef]:
    out: list[ActorRef] = []
    for h in _expand(s, heads):
        pair = res.both_parties(h) or _hyphen_pair(res, s, h)
        if pair:  # "the two leaders spoke", "the NATO-Russia Council": both parties
            out += [r for r in pair if r.code not in {o.code for o in out}]
            continue
        refs = [res.resolve(h)]
        if refs[0] is None and s.tok[h].pos == "NOUN" and s.tok[h].dep in ("nsubj", "nsubjpass"):
            refs = [_owner(res, s, h)]
        # "U.S. and Russian officials", "officials from the US and Russia": coordinated
        # modifiers name one actor each.
        mods = [
            c
            for c in s.children[h]
            if c < h and s.tok[c].dep in ("amod", "nmod", "compound", "poss")
        ]
        for pc in s.kids(h, "prep"):
            if s.lower[pc] in ("of", "from") and s.tok[h].pos == "NOUN":
                mods += s.pobjs(pc)
        for c in mods:
            if s.kids(c, "conj"):
                base = refs[0]
                for m in s.conjuncts(c):
                    r = res.resolve_strict(m)
                    if r is not None and base is not None:
                        code = r.country + base.sector
                        refs.append(
                            ActorRef(code, r.country, base.sector, "", r.text, r.start, r.end)
                        )
                    elif r is not None:
                        refs.append(r)
        if refs[0] is not None and not refs[0].sector:
            refs[0] = _shared_sector(res, s, h, refs[0])
        for ref in refs:
            if ref is not None and ref.country == "---":
                ref = _located(res, s, h, ref)
            if ref is not None and ref.code not in {r.code for r in out}:
                out.append(ref)
    return out


def _shared_sector(res: ArticleResolver, s: _Sentence, h: int, ref: ActorRef) -> ActorRef:
    """A country the parse coordinates with an agent noun whose "of" phrase names a country
    is the second owner of that noun: "the foreign ministers of Brazil and *Argentina*" are
    Argentina's ministers too, however the parser attaches "Argentina"."""
    g = s.tok[h].head
    if s.tok[h].dep != "conj" or g == h or s.tok[g].pos != "NOUN" or s.tok[h].pos != "PROPN":
        return ref
    base = res.resolve(g)
    if base is None or not base.sector:
        return ref
    for pc in s.kids(g, "prep"):
        if s.lower[pc] not in _PARTITIVE_PREPS:
            continue
        for o in s.pobjs(pc):
            r = res.resolve_strict(o)
            if r is not None and not r.sector and r.country == base.country:
                code = ref.country + base.sector
                return ActorRef(code, ref.country, base.sector, "", ref.text, ref.start, ref.end)
    return ref


_PARTITIVE_PREPS = ("of", "from")


def _owner(res: ArticleResolver, s: _Sentence, h: int) -> ActorRef | None:
    """A subject that names no actor stands for the actor it belongs to: "the al-Qaeda terror
    *network*", "*thousands* of Nigerians", "*doctors* from two American aid groups". A place
    in front of a noun ("the Vienna meeting") says where, not whose."""
    for m in _named_modifiers(s, h, res):
        if s.tok[m].dep == "compound" and s.tok[m].ent_type not in _PLACE_ENTS:
            return res.resolve_strict(m)
    for pc in s.kids(h, "prep"):
        if s.lower[pc] in _PARTITIVE_PREPS:
            for o in s.pobjs(pc):
                r = res.resolve(o)
                if r is not None:
                    return r
    return None


def _located(res: ArticleResolver, s: _Sentence, h: int, ref: ActorRef) -> ActorRef:
    """An agent of no named country takes the country its phrase places it in: "human rights
    activists *in Arnor*", "soldiers *from Gondor*", "police *of Kenya*"."""
    for pc in s.kids(h, "prep"):
        if s.lower[pc] not in ("in", "from", "of"):
            continue
        for o in s.pobjs(pc):
            r = res.resolve_strict(o)
            if r is not None and r.country not in ("---", "") and not r.sector:
                code = r.country + ref.sector
                return ActorRef(code, r.country, ref.sector, ref.name, ref.text, ref.start, ref.end)
    return ref


def _condition_subjects(s: _Sentence, i: int) -> list[int]:
    """Subjects of the if/unless clauses in the clause of token i."""
    out = []
    for k in s.subtree(i):
        if s.tok[k].dep == "advcl" and any(
            s.lower[m] in ("if", "unless") for m in s.kids(k, "mark")
        ):
            out += s.kids(k, "nsubj")
    return out


def _hyphen_pair(res: ArticleResolver, s: _Sentence, h: int) -> list[ActorRef]:
    """ "the NATO-Russia Council", "US-Russia talks": names joined by a hyphen in front of a
    noun are each a party."""
    for c in s.children[h]:
        if c < h and s.tok[c].dep in ("amod", "compound") and (one := res.hyphen_names(c)):
            return one  # "U.S.-Russian talks": one token naming both
    mods = []
    stack = [c for c in s.children[h] if c < h and s.tok[c].dep == "compound"]
    while stack:
        c = stack.pop()
        mods.append(c)
        stack.extend(g for g in s.children[c] if g < c and s.tok[g].dep == "compound")
    mods.sort()
    if len(mods) < 2 or not any(s.lower[k] == "-" for k in range(mods[0], h)):
        return []
    refs: list[ActorRef] = []
    for c in mods:
        r = res.resolve_strict(c)
        if r is not None and s.tok[c].pos == "PROPN" and r.code not in {o.code for o in refs}:
            refs.append(r)
    return refs if len(refs) >= 2 else []


def _participants(
    p: _Pred, preds: dict[int, _Pred], s: _Sentence, res: ArticleResolver
) -> tuple[list[ActorRef], list[ActorRef], list[int], list[int]]:
    """Actors, recipients, place heads and the argument heads used for the evidence span."""
    actor_heads: list[int] = []
    recip_heads: list[int] = []
    places: list[int] = []
    i = p.i
    if p.verbal:
        subj, passive = _subject_of(s, i, preds)
        if passive and p.entry.type == "MOBILIZE":
            # "100,000 Russian troops are massed": the force moved names who moves it.
            actor_heads += subj
        elif passive:
            recip_heads += subj
            for h in subj:
                if res.resolve(h) is None:
                    # "a camp for Congolese refugees was attacked": the people it is for
                    recip_heads += _named_modifiers(s, h, res)
                    for pc in s.kids(h, "prep"):
                        if s.lower[pc] in ("for", "of"):
                            for o in s.pobjs(pc):
                                recip_heads += [o] + _named_modifiers(s, o, res)
        else:
            actor_heads += subj
        objs = _arg_heads(s, i, _OBJ)
        # "kidnapped up to 16 Russian advisers": a count the parser reads as particle and phrase
        objs += [
            o
            for u in s.kids(i, "prt")
            if s.lower[u] == "up"
            for c in s.kids(u, "prep")
            if s.lower[c] == "to"
            for o in s.pobjs(c)
            if s.kids(o, "nummod")
        ]
        # "called Xi Jinping on Friday": a name the parser reads as an object predicate
        objs += [c for c in s.kids(i, "oprd") if s.tok[c].pos == "PROPN"]
        for o in objs:
            q = preds.get(o)
            if q is not None and not q.verbal:
                # "imposed sanctions on Russia": the noun's own phrases name the recipient.
                a, r, pl = _prep_args(s, o)
                authors = a + _authors(s, o, res)
                # "lifted *its* ban on arms sales to Vietnam": the actor's own act answers no one
                own = {r.country for r in _resolve_all(res, s, subj)} if not passive else set()
                authors = [
                    h for h in authors if (ref := res.resolve(h)) is None or ref.country not in own
                ]
                if p.entry.type in _RESPONSES and _resolve_any(res, s, authors):
                    # "rejected an offer from Kabul", "denounced Serbia's suppression": an
                    # act answering another's act is aimed at its author, not at whom that
                    # act concerned.
                    recip_heads += authors
                else:
                    recip_heads += r
                    if subj and not passive:
                        # "Egypt brokered a truce between Israel and Hamas": the parties
                        # between whom the act the subject does is made are its recipients.
                        recip_heads += [
                            g
                            for c in s.kids(o, "prep")
                            if s.lower[c] == "between"
                            for g in s.pobjs(c)
                        ]
                places += pl
            elif (
                p.entry.type == "MOBILIZE" and s.tok[o].pos == "NOUN" and res.resolve(o) is not None
            ):
                # "massed troops near Ukraine": the troops are the actor's own forces; with no
                # subject ("sending American troops") they name the actor.
                if not any(res.resolve(h) for h in actor_heads):
                    actor_heads.append(o)
                continue
            else:
                recip_heads.append(o)
                if res.resolve_strict(o) is None:
                    # "shared intelligence with Ukraine", "sent a letter to Putin": the party
                    # a thing is given to or shared with
                    recip_heads += [
                        g
                        for c in s.kids(o, "prep")
                        if s.lower[c] in ("with", "to")
                        for g in s.pobjs(c)
                    ]
                if res.resolve(o) is None and p.entry.lemma.split(" ")[1:2] == [s.lemma[o]]:
                    # "fired drones toward Saudi Arabia", "voiced anger over Britain's drills":
                    # the object of a verb-object collocation is part of the predicate, and its
                    # phrases are the act's own (a thing named is its named owner's)
                    for c in s.kids(o, "prep"):
                        if s.lower[c] in _RECIPIENT_PREPS | {"over", "about"}:
                            for g in s.pobjs(c):
                                recip_heads += (
                                    [g]
                                    if res.resolve(g) is not None
                                    else [
                                        m
                                        for m in s.kids(g, "poss")
                                        if s.tok[m].pos != "PRON"
                                        and res.resolve_strict(m) is not None
                                    ]
                                    # "concern about the Russian buildup": the act's author
                                    or (_authors(s, g, res) if g in preds else [])
                                )
        a, r, pl = _prep_args(s, i)
        if passive and not a:
            # "was accused of corruption by Haitian prosecutors": the agent the parser hangs on
            # the object of the verb's own phrase
            a = [
                g
                for c in s.kids(i, "prep")
                for o in s.pobjs(c)
                for b in s.kids(o, "prep", "agent")
                if s.lower[b] == "by"
                for g in s.pobjs(b)
            ]
        if a and not passive and _resolve_any(res, s, subj):
            # "police broke up a rally by opposition supporters": with a subject acting, a
            # "by" phrase the parser hangs on the verb names its object's author
            authors = [o for o in a if s.tok[s.tok[o].head].dep == "prep"]
            a = [o for o in a if o not in authors]
            r = r + authors
        actor_heads += a
        recip_heads += r
        places += pl
        if p.entry.type == "SUPPORT":
            # "endorsed Sweden's application to NATO": the named owner of the thing supported
            # is the party supported, before any other phrase of the verb ("welcomed their
            # resumption of ties with Osgiliath": a pronoun owner is the actor itself).
            owners = [
                m
                for o in objs
                if res.resolve(o) is None
                for m in s.kids(o, "poss")
                if s.tok[m].pos != "PRON" and res.resolve_strict(m) is not None
            ]
            recip_heads = owners + [h for h in recip_heads if h not in owners]
        if p.entry.type in ("REJECT", "ACCUSE"):
            # "blocked Sweden's accession to NATO", "criticised Finland's decision to join
            # NATO": the named owner of what is rejected or criticised is the one it is aimed
            # at, not the parties its own phrases name.
            owners = [
                m
                for o in objs
                if res.resolve(o) is None
                for m in s.kids(o, "poss")
                if s.tok[m].pos != "PRON" and res.resolve_strict(m) is not None
            ]
            if owners:  # (the objects stay for the evidence span; they name no one)
                recip_heads = owners + [o for o in objs if res.resolve(o) is None]
        if p.entry.type in ("PROTEST", "ACCUSE", "REJECT"):
            # "demonstrated against Denmark's move to expel Iraqi asylum seekers": the named
            # owner of the act protested against is its target, not whom that act concerns
            against = [
                o
                for c in s.kids(i, "prep")
                if s.lower[c] == "against"
                for o in s.pobjs(c)
                if res.resolve(o) is None
            ]
            owners = [
                m
                for o in against
                for m in s.kids(o, "poss")
                if s.tok[m].pos != "PRON" and res.resolve_strict(m) is not None
            ]
            if owners:
                recip_heads = owners + against
        if p.entry.type in ("ACCUSE", "PROTEST"):
            # "complained to the UN over Israeli air raids": the accused is the author of the
            # act complained about, not the audience.
            accused = [
                m
                for c in s.kids(i, "prep")
                if s.lower[c] in ("over", "about", "for")
                for o in s.pobjs(c)
                if (q := preds.get(o)) is not None and not q.verbal
                for m in _prep_args(s, o)[0] + _authors(s, o, res)
            ]
            if _resolve_any(res, s, accused):
                recip_heads = accused
        if p.entry.type == "MOBILIZE":
            # "massed troops near Ukraine's border": the place the force faces is the recipient,
            # also that of a state word ("are in position near", "are positioned along")
            states = s.kids(i, "acomp") + [
                o for c in s.kids(i, "prep") if s.lower[c] in ("in", "on") for o in s.pobjs(c)
            ]
            for k in [i, *objs, *states]:
                for c in s.kids(k, "prep", "advmod", "amod"):
                    facing = [c] if s.lower[c] in _FACING and s.tok[c].dep != "amod" else []
                    if s.lower[c] in ("close", "next", "closer"):  # "close to Ukraine's border"
                        facing = [g for g in s.kids(c, "prep") if s.lower[g] == "to"]
                    for f in facing:
                        for o in s.pobjs(f):
                            recip_heads.append(o)
                            recip_heads.extend(s.kids(o, "poss", "compound", "amod"))
                            recip_heads.extend(_across_border(s, o))
    else:
        # Nominal predicate: its own modifiers first ("Russian invasion", "NATO-Russia Council
        # meeting"), read strictly: "military support" names no actor.
        strict: list[int] = []
        stack = [
            c
            for c in s.children[i]
            if c < i and s.tok[c].dep in ("poss", "compound", "amod", "nmod")
        ]
        while stack:
            c = stack.pop()
            strict.append(c)
            stack.extend(
                g for g in s.children[c] if s.tok[g].dep in ("compound", "conj", "amod") and g < i
            )
        pairs: list[tuple[int, ActorRef | None]] = []
        joined: set[int] = set()  # "U.S.-Russian talks": one token naming both parties
        for c in sorted(strict):
            ref = res.resolve_strict(c)
            both = res.hyphen_names(c) if ref is None else []
            if both:
                joined.add(c)
            pairs += [(c, r) for r in both] or [(c, ref)]
        named = {c: r for c, r in pairs if r is not None}
        for c in named:  # "Russian-Ukrainian talks", written as three tokens
            after = named.get(c + 2)
            if s.lower[c + 1] == "-" and after is not None and after.country != named[c].country:
                joined |= {c, c + 2}
        strict_heads = [c for c, r in pairs if r is not None]
        strict_refs = [r for _c, r in pairs if r is not None]
        in_event = False
        head = s.tok[i].head
        if (
            s.tok[i].dep == "pobj"
            # "over the phone" is a medium; "complained over air raids" is a topic
            and (
                s.lower[head] in ("in", "during", "at")
                or (s.lower[head] == "over" and p.entry.type == "CONSULT")
            )
            and _is_event_pred(preds.get(s.tok[head].head))
            and preds[s.tok[head].head].verbal
        ):
            # "warned Putin ... in a phone call": the call's parties are the warning's.
            v = s.tok[head].head
            # A comma-separated "in a call" is parsed onto the nearest verb; a call cannot
            # happen inside "if Russia invades" or "that ... would respond": climb to the
            # main clause.
            for _ in range(4):
                if not s.kids(v, "mark") or s.tok[v].head == v:
                    break
                if all(s.lower[m] == "that" for m in s.kids(v, "mark")) and _resolve_any(
                    res, s, _arg_heads(s, v, _OBJ)
                ):
                    # "said that Biden had assured Zelensky in a call": a verb naming whom it
                    # addresses holds its own call, also inside a reported clause
                    break
                v = s.tok[v].head
                while not (preds.get(v) and preds[v].verbal) and s.tok[v].head != v:
                    v = s.tok[v].head
            p.host = v
            subj, _passive = _subject_of(s, v, preds)
            actor_heads += subj + _arg_heads(s, v, _OBJ)
            in_event = True
        a, r, pl = _prep_args(s, i)
        withdrawal = p.entry.mode == "withdraw"
        if withdrawal:
            # "Israel's withdrawal from Gaza", "Britain's exit from the EU": what a withdrawal
            # leaves is its recipient, not the source a "from" phrase names for other nouns
            left = [o for c in s.kids(i, "prep") if s.lower[c] == "from" for o in s.pobjs(c)]
            a = [o for o in a if o not in left]
            r = r + left
        actor_heads += a
        recip_heads += r
        places += pl
        if p.entry.type in _CONTENT_TYPES:
            # "its demand that Israel ease restrictions", "a call for Russia to withdraw": the
            # one asked (offered, threatened) is the subject of the content clause
            recip_heads += [
                h
                for c in s.kids(i, "acl", "advcl", "ccomp")
                if s.tok[c].pos in ("VERB", "AUX")
                for h in s.kids(c, "nsubj", "nsubjpass")
                if s.tok[h].pos != "PRON"
            ]
        for c in s.kids(i, "prep"):
            if s.lower[c] == "of":
                # "the withdrawal of Russian troops": the force withdrawn is the actor's own
                own = p.entry.type in ("CONSULT", "AGREE") or withdrawal
                target = actor_heads if own else recip_heads
                target += s.pobjs(c)
            if p.entry.type in _BENEFITS and s.lower[c] == "for" and p.carrier is not None:
                recip_heads += s.pobjs(c)  # "support for Ukraine", "aid for Gaza": who gains
            if p.entry.mode == "arrest" and s.lower[c] == "for":
                recip_heads += s.pobjs(c)  # "an arrest warrant for Putin": who is to be held
            if p.entry.type == "MOBILIZE" and s.lower[c] in _FACING:
                for o in s.pobjs(c):
                    recip_heads += [o, *s.kids(o, "poss", "compound", "amod")]
                    recip_heads += _across_border(s, o)
        carrier = p.carrier
        if carrier is not None:
            subj, passive = _subject_of(s, carrier, preds)
            if not passive and not any(res.resolve(h) for h in actor_heads):
                actor_heads = subj + actor_heads
            a, r, pl = _prep_args(s, carrier)
            if passive and not any(res.resolve(h) for h in actor_heads):
                actor_heads = a + actor_heads  # "sanctions were imposed *by the UN*"
            recip_heads += r
            places += pl
            recip_heads += [o for o in _arg_heads(s, carrier, _OBJ) if o != i]
            if p.entry.type in _CONTENT_TYPES and s.tok[i].head == carrier:
                # "reiterated its demand today that Israel ease restrictions": a content clause
                # the parser hangs on the carrying verb after its object is the noun's
                recip_heads += [
                    h
                    for c in s.kids(carrier, "ccomp")
                    if c > i and any(s.lower[m] == "that" for m in s.kids(c, "mark"))
                    for h in s.kids(c, "nsubj", "nsubjpass")
                    if s.tok[h].pos != "PRON"
                ]
            if (
                preds[carrier].entry.mode == "visit"
                and p.entry.type == "CONSULT"
                and not any(res.resolve(h) for h in recip_heads)
            ):
                # "a Chinese delegation arrived in Pyongyang for talks": where the visitors
                # come for a meeting is the host
                recip_heads += _place_objects(s, carrier, res)
            if p.entry.type == "MOBILIZE":
                # "put its forces on high alert near Taiwan": the place the force faces,
                # named on the verb that carries the act
                for c in s.kids(carrier, "prep"):
                    if s.lower[c] in _FACING:
                        for o in s.pobjs(c):
                            if o != i:
                                recip_heads += [o, *s.kids(o, "poss", "compound", "amod")]
                                recip_heads += _across_border(s, o)
    if p.verbal and not any(res.resolve(h) for h in recip_heads):
        meeting = p.entry.type == "CONSULT" and p.entry.mode != "visit"
        recip_heads += _content_recipients(s, i, preds, res, depth=0, places=not meeting)
    if p.entry.type in _OWNED_TARGETS and not any(res.resolve(h) for h in recip_heads):
        # "struck Hamas positions", "fire against Ukrainian positions", "tariffs on Chinese
        # steel": a target that is a thing, not an actor, is hit as its owner's (a party the
        # phrase names: "Ukraine's attack on a Russian air base" reports an act).
        recip_heads += [m for h in recip_heads for m in _named_modifiers(s, h, res)]
    if (
        not p.verbal
        and p.carrier is None
        and not in_event
        and not _resolve_any(res, s, actor_heads + recip_heads)
    ):
        # "Russia's proposals", "the Russian invasion" name an act in passing; an act is
        # reported by a clause, a light verb, or a phrase naming its parties (or a name
        # compound: "a NATO-Russia Council meeting", "U.S.-Russian talks").
        strict_refs = [
            r
            for c, r in zip(strict_heads, strict_refs, strict=True)
            if (s.tok[c].dep == "compound" and s.tok[c].pos == "PROPN") or c in joined
        ]
    if p.entry.type not in _AT_TARGETS:
        # "held talks at the Blue House", "met at the Kremlin", "signed the deal at the White
        # House": an act aimed at no one is done *at* a place (a seat, a building, a venue, a
        # city); the phrase names where, not a party. Directed acts keep their target ("fired
        # rockets at Israel", "shots fired at police", "anger at Washington").
        at_places = [h for h in recip_heads if _at_object(s, h)]
        recip_heads = [h for h in recip_heads if h not in at_places]
        places += [h for h in at_places if h not in places]
    actors = _resolve_all(res, s, actor_heads)
    if not p.verbal:
        codes = {a.code for a in actors}
        actors = [r for r in strict_refs if r.code not in codes and not codes.add(r.code)] + actors
    recipients = [
        r for r in _resolve_all(res, s, recip_heads) if r.code not in {a.code for a in actors}
    ]
    heads = actor_heads + recip_heads + [h for h in places if _at_object(s, h)]
    if p.verbal and len(recipients) > 1:
        # "filed a complaint against China at the WTO": an organisation where the act is done
        # is its forum, not its target, when the act has another party
        venues = [s.tok[o].idx for c in s.kids(i, "prep") if s.lower[c] == "at" for o in s.pobjs(c)]
        forum = [
            r
            for r in recipients
            if r.country in res.dict.igos and any(r.start <= v < r.end for v in venues)
        ]
        if forum and len(forum) < len(recipients):
            recipients = [r for r in recipients if r not in forum]
    home = {a.country for a in actors}
    if len(home) == 1 and "---" not in home and any(r.country not in home for r in recipients):
        # "Macron invited Modi to Paris": the actor's own country, named as a whole beside
        # another party, is where the act leads, not a party to it
        recipients = [r for r in recipients if r.country not in home or r.sector]
    if p.entry.type in ("AGREE", "THREATEN") and len(home) == 1 and "---" not in home:
        # "Macron pledged that France would send weapons", "Grushko warned that Moscow could
        # respond": the actor's own country doing what is promised or threatened is the actor
        # itself, not whom the promise or threat is for ("promised Russians" addresses them)
        addressed = [s.tok[o].idx for o in s.kids(i, *_OBJ)]
        recipients = [
            r
            for r in recipients
            if r.country not in home or r.sector or any(r.start <= a < r.end for a in addressed)
        ]
    if p.cause is not None:
        cause_actors, cause_recipients, _pl, cause_heads = _participants(
            preds[p.cause], preds, s, res
        )
        if cause_actors and not actors:
            actors, heads = cause_actors, cause_heads + heads
        if cause_recipients:
            recipients = cause_recipients
            heads = cause_heads + heads
    if p.entry.type == "CONSULT":
        # "speaking to reporters" is a statement, not a consultation with the press.
        recipients = [r for r in recipients if r.sector != "MED"]
    return _one_per_phrase(actors), _one_per_phrase(recipients), places, heads


def _session_of_host(
    p: _Pred, s: _Sentence, res: ArticleResolver, actors: list[ActorRef]
) -> list[ActorRef]:
    """Officials of no named country who meet at an organisation's seat ("The foreign ministers
    met *at NATO headquarters*") hold a session of that organisation: they are its, as "NATO
    foreign ministers met" names them (an IGO session, kept with one party)."""
    if not actors or any(a.country != "---" for a in actors):
        return actors
    for objects in _at_phrases(p, s):
        for o in objects:
            if res.resolve(o) is not None:
                continue  # "at the Kremlin" is a seat, no organisation's hall
            for m in s.kids(o, "compound", "poss", "amod"):
                host = res.resolve_strict(m)
                if host is not None and host.country in res.dict.igos:
                    return [
                        replace(a, code=host.country + a.sector, country=host.country)
                        for a in actors
                    ]
    return actors


def _at_phrases(p: _Pred, s: _Sentence) -> Iterator[list[int]]:
    """The objects of each "at" phrase of the predicate or of the verb carrying it."""
    for k in (p.i, p.carrier):
        if k is None:
            continue
        for c in s.kids(k, "prep"):
            if s.lower[c] == "at":
                yield s.pobjs(c)


def _one_per_phrase(refs: list[ActorRef]) -> list[ActorRef]:
    """A bare country named inside the phrase of the same country's sector is that one party
    ("*Pakistan* President Mohammad Zia-Ul-Haq" is PAKGOV, not PAKGOV and PAK). A bare country
    named elsewhere stays a party of its own: "extradited a British militant to Britain" acts on
    GBRREB and GBR."""
    return [
        r
        for r in refs
        if r.sector
        or r.start < 0
        or not any(
            o.sector and o.country == r.country and o.start <= r.start and r.end <= o.end
            for o in refs
        )
    ]


# Acts aimed at someone, whose "at" phrase names the target: "fired at", "shot at", "aimed at",
# "threw stones at", "lashed out at", "anger at". Any other act is done at a place.
_AT_TARGETS = frozenset(
    {"ASSAULT", "COERCE", "THREATEN", "ACCUSE", "PROTEST", "SANCTION", "MOBILIZE"}
)


def _at_object(s: _Sentence, h: int) -> bool:
    """Whether h is the object of an "at" phrase, or an item listed after it."""
    while s.tok[h].dep in ("conj", "appos") and s.tok[h].head != h:
        h = s.tok[h].head
    return s.tok[h].dep == "pobj" and s.lower[s.tok[h].head] == "at"


def _looks_ahead(s: _Sentence, c: int, lex: EventLexicon) -> bool:
    """Whether phrase c is a date phrase looking ahead: "next week", "in the coming days"."""
    return any(
        s.tok[g].ent_type == "DATE" and lex.mods.get(s.lower[g]) == "future" for g in s.subtree(c)
    )


# Statements of fact, which a denial disputes; no request or proposal is turned down.
_ASSERTIONS = frozenset(
    {"report", "claim", "allegation", "accusation", "rumour", "rumor", "speculation", "story"}
)
_ANYONE = frozenset({"anyone", "anybody", "nobody", "everyone", "everybody"})


def _denied_of_anyone(s: _Sentence, i: int, status: str) -> bool:
    """Whether the act at verb i is denied of everyone at once ("has never threatened anyone",
    "attacks no one", "did not invade anybody"): a statement of one's own conduct in general,
    aimed at no party."""
    objs = s.kids(i, *_OBJ)
    nobody = [
        o
        for o in objs
        if s.lower[o] in ("nobody", "no-one")
        or (s.lower[o] == "one" and any(s.lower[d] == "no" for d in s.kids(o, "det")))
    ]
    anyone = [o for o in objs if s.lower[o] in _ANYONE]
    return bool(objs) and (
        len(nobody) == len(objs) or (status == "negated" and len(anyone) == len(objs))
    )


# Verbs of keeping someone "from" an act: not kept from it, one goes on doing it.
_PREVENTING = frozenset(
    {"deter", "stop", "prevent", "dissuade", "discourage", "keep", "bar", "ban", "block"}
)


def _status(
    p: _Pred, preds: dict[int, _Pred], s: _Sentence, lex: EventLexicon, year: int | None
) -> tuple[str, str, set[str]]:
    """(status, year, all cues seen) from cues on the path from the predicate to the root."""
    found: list[str] = []
    hist_year = ""
    k = p.i
    first = True
    from_subject = False  # climbed to k from its subject ("sending troops was not ...")
    phrases: list[int] = []  # the predicate's own phrases, read for a date ahead if need be
    would_only = True  # every hypothetical cue seen is "would"
    while True:
        tok = s.tok[k]
        for c in s.children[k]:
            ctok = s.tok[c]
            word = s.lower[c]
            if ctok.dep == "neg" or (word == "never" and ctok.dep == "advmod"):
                found.append("negated")
            elif (
                from_subject
                and s.lemma[k] == "be"
                and ctok.dep in ("prep", "attr", "acomp")
                and any(s.tok[g].dep == "neg" for g in s.children[c])
            ):
                # 'was "not on the table"': the parser may hang the negation on the predicate
                # phrase of the copula; it still denies the clause.
                found.append("negated")
            elif ctok.dep in ("aux", "auxpass") and word in lex.aux:
                found.append(lex.aux[word])
                if lex.aux[word] == "hypothetical" and word != "would":
                    would_only = False
            elif ctok.dep in ("aux",) and s.lemma[c] in lex.aux:
                found.append(lex.aux[s.lemma[c]])
                if lex.aux[s.lemma[c]] == "hypothetical" and s.lemma[c] != "would":
                    would_only = False
            elif ctok.dep == "mark" and word in lex.marks:
                found.append(lex.marks[word])
            elif (
                ctok.dep in ("det", "amod", "acl", "advmod")
                and ((word in lex.mods) or (ctok.dep == "acl" and s.lemma[c] in lex.governors))
                and not tok.pos.startswith("V")
            ):
                found.append(lex.mods.get(word) or lex.governors[s.lemma[c]])
            if first and ctok.dep in ("prep", "npadvmod"):
                phrases.append(c)
            if first and ctok.dep in ("prep", "npadvmod", "pobj") and year is not None:
                for g in s.subtree(c):
                    if s.tok[g].ent_type == "DATE":
                        m = _YEAR.search(s.tok[g].text)
                        if m and int(m.group(1)) < year:
                            hist_year = m.group(1)
        if (
            not first
            and s.lemma[k] in lex.governors
            and s.tok[k].pos in ("VERB", "AUX", "ADJ", "NOUN")
        ):
            found.append(lex.governors[s.lemma[k]])
        if not first and s.lemma[k] == "ahead":
            found.append("future")
        dep = tok.dep
        if dep == "ROOT" or tok.head == k:
            break
        head = tok.head
        if dep == "prep" and s.lower[k] == "from" and s.lemma[head] in _PREVENTING:
            # "would not be deterred from supporting Kyiv": what one is not kept from doing
            # goes on (the negation and the modal of the keeping are not the act's); what one
            # is kept from ("deterred Russia from attacking") is not done
            if not any(s.tok[c].dep == "neg" for c in s.children[head]):
                found.append("negated")
            break
        # Climb only through complements and argument links: a reporting clause's modals,
        # or the status of a coordinated clause, say nothing about this predicate.
        if dep in (
            "xcomp",
            "ccomp",
            "dobj",
            "pobj",
            "prep",
            "pcomp",
            "advmod",
            "acomp",
            "attr",
            "nsubj",
            "nsubjpass",
            "csubj",  # "sending troops was not on the table", "attacking would be a mistake"
        ) or (dep == "acl" and s.lemma[head] in lex.governors):
            if dep == "ccomp" and s.lemma[head] not in lex.governors:
                # Clause boundary: cues above the complement of a reporting verb do not apply,
                # except the governing verb's own negation ("did not say").
                break
            from_subject = dep in ("csubj", "nsubj", "nsubjpass")
            k = head
            first = False
            continue
        if dep == "conj":
            # A conjunct shares its first conjunct's auxiliaries ("will meet and discuss").
            for c in s.children[head]:
                if s.tok[c].dep == "aux" and s.lower[c] in lex.aux:
                    found.append(lex.aux[s.lower[c]])
        break
    if would_only and "hypothetical" in found and any(_looks_ahead(s, c, lex) for c in phrases):
        # "said Washington would consult its allies in the coming days": reported speech
        # shifts "will" to "would"; a date ahead shows the plain future was meant.
        found = ["future" if f == "hypothetical" else f for f in found]
    cues = set(found)
    if hist_year and not found:
        return "historical", hist_year, cues
    statuses = [f for f in found if f != "obligation"]
    status = max(statuses, key=lambda x: _STATUS_RANK.get(x, 0)) if statuses else "reported"
    return status, "", cues


def _all_protesters(actors: list[ActorRef], protesters: frozenset[str]) -> bool:
    """Whether every actor was named by a protest noun ("stone-throwing protesters", "an angry
    mob"): their violence is a riot."""

    def head(text: str) -> str:
        word = text.lower().split()[-1] if text.split() else ""
        return word[:-1] if word.endswith("s") and word[:-1] in protesters else word

    return all(head(a.text) in protesters for a in actors)


def _unattributed(
    s: _Sentence, i: int, instruments: frozenset[str], res: ArticleResolver
) -> list[ActorRef]:
    """ "A roadside bomb killed two soldiers", "were killed by an explosive device", "killed in a
    car bomb explosion": an attack done by a weapon with no one named is done by unidentified
    armed forces (UAF); the country is filled in from the sentence like any unknown one."""
    heads = s.kids(i, "nsubj")
    for c in s.kids(i, "agent", "prep"):
        if s.tok[c].dep == "agent" or s.lower[c] in ("by", "in"):
            heads += s.pobjs(c)
    for h in heads:
        if s.tok[h].lemma.lower() in instruments and res.resolve(h) is None:
            t = s.tok[h]
            for m in _named_modifiers(s, h, res):
                owner = res.resolve_strict(m)
                if owner is not None and owner.country not in ("---", "", *res.dict.igos):
                    # "Ukrainian drones struck a refinery", "Russia's missiles hit Kyiv": a
                    # weapon its owner's name marks is used by that country's armed forces
                    c = owner.country
                    return [ActorRef(c + "MIL", c, "MIL", "", t.text, t.idx, t.idx + len(t.text))]
            return [ActorRef("---UAF", "---", "UAF", "", t.text, t.idx, t.idx + len(t.text))]
    return []


def _own_forces_removed(
    actors: list[ActorRef], recipients: list[ActorRef], etype: str = ""
) -> list[ActorRef]:
    """ "withdraw its troops from Lebanon": the actor's own forces are what it moves, not whom
    it acts on. Rebels or civilians who attack or coerce their country's forces ("militants
    hurled grenades at soldiers") do act on them."""
    countries = {
        a.country
        for a in actors
        if not (etype in ("ASSAULT", "COERCE") and a.sector and a.sector not in _STATE)
    }
    return [
        r
        for r in recipients
        if not (
            r.country in countries
            and (
                r.text.lower().split(" ", 1)[0] in ("its", "their", "his", "her", "our")
                or r.sector in _FORCES  # "Russia has amassed 100,000 (Russian) troops"
            )
        )
    ]


_FORCES = frozenset({"MIL", "COP", "SPY"})
# Words that name one person in command of a force, not the force: "the army chief visited".
_COMMANDERS = frozenset(
    {
        "chief",
        "commander",
        "general",
        "admiral",
        "colonel",
        "marshal",
        "officer",
        "official",
        "head",
        "minister",
        "secretary",
        "chairman",
        "leader",
        "envoy",
        "attache",
        "spokesman",
        "spokeswoman",
    }
)


def _one_person(s: _Sentence, ref: ActorRef) -> bool:
    """Whether the words naming an actor name one person ("Pakistan's army chief", "General
    Mark Milley"), not a force ("troops", "a warship")."""
    toks = [k for k, t in enumerate(s.tok) if ref.start <= t.idx < ref.end]
    heads = [k for k in toks if s.tok[k].head not in toks or s.tok[k].head == k]
    if len(heads) != 1:
        return False
    h = heads[0]
    if s.tok[h].ent_type == "PERSON":
        return True
    return s.tok[h].tag in ("NN", "NNP") and s.lemma[h] in _COMMANDERS


# Military exercises: held by two countries or more, they are cooperation (COOPERATE 062).
_EXERCISES = frozenset({"exercise", "drill", "war game", "maneuver", "manoeuvre"})
_STATE = _FORCES | {"GOV", "LEG", "JUD"}
# Verbal acts that answer another party's act; their object act names its author.
_RESPONSES = frozenset({"ACCUSE", "REJECT", "SUPPORT", "AGREE", "CONCEDE", "PROTEST"})


# Acts a government does to its own country when the text names no one else: protests are
# aimed at the authorities; curfews, bans, arrests and their easing at the population.
_DOMESTIC = {"PROTEST": "GOV", "COERCE": "CVL", "CONCEDE": "CVL"}
# Material acts done somewhere without a named target: the country they happen in is acted on
# ("strengthened its forces in Lebanon", "suspended aid deliveries in Baghdad").
_PLACE_RECIPIENT = frozenset(
    {"ASSAULT", "COERCE", "MOBILIZE", "AID", "RETREAT", "SANCTION", "PROTEST", "CONCEDE"}
)


def _place_recipient(places: list[int], res: ArticleResolver) -> list[ActorRef]:
    for h in places:
        ref = res.resolve_strict(h)
        if ref is not None and ref.country in res.dict.countries:
            return [ActorRef(ref.country, ref.country, "", "", ref.text, ref.start, ref.end)]
    return []


def _domestic_recipient(etype: str, actor: ActorRef, res: ArticleResolver) -> list[ActorRef]:
    if etype not in _DOMESTIC or actor.country in res.dict.igos:
        return []
    if etype != "PROTEST" and actor.sector not in ("GOV", "MIL", "COP", "JUD"):
        return []
    sector = _DOMESTIC[etype]
    if actor.sector == sector:
        return []  # "Russian diplomats walked out": a government does not protest against itself
    return [ActorRef(actor.country + sector, actor.country, sector, "", "", -1, -1)]


# Sectors of a country's own society: acted on by that country's police, courts or government
# they are its own unless the sentence says otherwise.
_HOME_SECTORS = frozenset(
    {"CVL", "OPP", "PTY", "MED", "EDU", "LAB", "ELI", "REL", "HLH", "HRI", "BUS", "LEG", "JUD"}
)
# Acts a state does to its own society; done by the police or the courts, any act is.
_HOME_ACTS = frozenset({"COERCE", "CONCEDE", "ACCUSE", "REJECT"})


def _home_recipients(
    actors: list[ActorRef],
    recipients: list[ActorRef],
    etype: str,
    s: _Sentence,
    res: ArticleResolver,
) -> list[ActorRef]:
    """A recipient of unknown country that is part of a society (students, journalists, the
    opposition, a newspaper) acted on by one country's police, courts or government is of that
    country, however many others the sentence names ("Turkish police detained students who
    protested against the deployment to Iraq": `TUREDU`). Not people from abroad ("foreign
    journalists", migrants), not armed groups or officials, and not by the armed forces, whose
    targets are often abroad ("Israeli troops arrested militants")."""
    homes = {a.country for a in actors if a.country not in ("---", "")}
    if len(homes) != 1 or not recipients or not homes <= set(res.dict.countries):
        return recipients
    (home,) = homes
    police = any(a.sector in ("COP", "JUD") for a in actors)
    state = all(a.sector in ("", "GOV", "COP", "JUD") for a in actors)
    if not state or not (police or etype in _HOME_ACTS):
        return recipients
    out: list[ActorRef] = []
    for r in recipients:
        if r.country == "---" and r.sector in _HOME_SECTORS and not _foreign(s, r):
            r = ActorRef(home + r.sector, home, r.sector, r.name, r.text, r.start, r.end)
        if r.code not in {o.code for o in out}:
            out.append(r)
    return out


def _received_aid(
    s: _Sentence, p: _Pred, lex: EventLexicon, res: ArticleResolver
) -> PredicateEntry | None:
    """The aid entry of the thing a "receive" takes from a named giver ("received tanks from
    Germany": what giving or sending tanks is), or None ("received the Chinese delegation": no
    thing given, a visit)."""
    if not p.verbal or s.lemma[p.i] != "receive" or p.entry.type != "CONSULT":
        return None
    objs = s.kids(p.i, "dobj")
    givers = [
        g
        for k in [p.i, *objs]
        for c in s.kids(k, "prep")
        if s.lower[c] == "from"
        for g in s.pobjs(c)
        if res.resolve(g) is not None
    ]
    if not givers:
        return None
    # "a shipment of bombs", "$500 million in aid": the thing is in the phrase of its amount
    things = objs + [
        g for o in objs for c in s.kids(o, "prep") if s.lower[c] in ("of", "in") for g in s.pobjs(c)
    ]
    for o in things:
        for e in (
            lex.verbs.get(f"give {s.lemma[o]}"),
            lex.verbs.get(f"send {s.lemma[o]}"),
            lex.nouns.get(s.lemma[o]),
        ):
            if e is not None and e.type == "AID":
                return e
    return None


# Words naming the parties a force is sent to as friends, and the defences it reinforces.
_FRIENDS = frozenset({"ally", "partner", "member"})
_DEFENCES = frozenset({"defence", "defense"})


def _guards_others(s: _Sentence, i: int) -> list[int] | None:
    """The heads naming whom the forces moved at verb i protect, or None when they protect no
    one else: forces sent "to its Baltic allies", "to NATO's eastern members" (the friends a
    destination names), or sent to reinforce the defences of another ("Poland's defences",
    "the defences of its allies", "their defences"; "its own defences" are the actor's)."""
    for c in s.kids(i, "prep", "dative"):
        if s.lower[c] in ("to", "into"):
            for o in s.pobjs(c):
                if s.lemma[o] in _FRIENDS:
                    return [m for m in s.kids(o, "poss", "compound") if s.tok[m].pos != "PRON"]
    for o in s.kids(i, "dobj"):
        if (
            s.lemma[o] not in _DEFENCES
            or s.kids(o, "amod")
            and any(s.lower[a] == "own" for a in s.kids(o, "amod"))
        ):
            continue
        owners = [m for m in s.kids(o, "poss")] + [
            g for c in s.kids(o, "prep") if s.lower[c] == "of" for g in s.pobjs(c)
        ]
        if any(s.lower[m] in ("its", "our", "my", "his", "her") for m in owners):
            continue  # "strengthen its defences": its own
        if owners:
            named = [m for m in owners if s.tok[m].pos != "PRON"]
            return named + [k for m in named for k in s.kids(m, "poss", "compound")]
    return None


def _moves_force(s: _Sentence, i: int, res: ArticleResolver) -> bool:
    """Whether a movement verb moves armed forces: its object or "with" phrase is military."""
    heads = s.kids(i, "dobj", "nsubjpass")
    for c in s.kids(i, "prep"):
        if s.lower[c] == "with":
            heads += s.pobjs(c)
    for h in heads:
        ref = res.resolve(h)
        if ref is not None and ref.sector.startswith("MIL"):
            return True
        if s.lemma[h] in ("troop", "force", "soldier", "tank", "unit", "battalion"):
            return True
    return False


_LOCATIVE_PREPS = frozenset(
    {"in", "near", "through", "across", "around", "throughout", "within", "inside", "outside"}
)


def _locative(s: _Sentence, k: int, i: int) -> bool:
    """Whether the name at token k lies inside a locative phrase on its way up to predicate i:
    "in Nigeria", "through the streets of Athens", "a market in Turkey"."""
    for _ in range(12):
        tok = s.tok[k]
        if k == i or tok.head == k:
            return False
        if tok.dep == "prep" and s.lower[k] in _LOCATIVE_PREPS:
            return True
        k = tok.head
    return False


def _in_org_name(s: _Sentence, start: int, end: int) -> bool:
    """Whether the name start..end is part of an organisation's longer name ("National Union for
    the Total Independence of Angola"): the group is that country's, not the country."""
    if s.tok[start].ent_type != "ORG":
        return False
    return any(
        0 <= k < len(s.tok) and s.tok[k].ent_type == "ORG" and s.tok[k].pos != "PUNCT"
        for k in (start - 1, end)
    )


_REMOVALS = frozenset({"deport", "expel", "extradite", "repatriate"})


def _leaves_body(s: _Sentence, p: _Pred, res: ArticleResolver, preds: dict[int, _Pred]) -> bool:
    """Whether withdrawal p is from an organisation ("withdrew from ECOWAS") or from an
    agreement ("pulled out of the nuclear deal"), not from a place."""
    if not p.verbal:
        return False
    preps = s.kids(p.i, "prep")
    preps += [g for c in preps if s.lower[c] == "out" for g in s.kids(c, "prep")]
    for c in preps:
        if s.lower[c] not in ("from", "of"):
            continue
        for o in s.pobjs(c):
            ref = res.resolve(o)
            if ref is not None and ref.country in res.dict.igos and not ref.sector:
                return True
            q = preds.get(o)
            if q is not None and not q.verbal and q.entry.type == "AGREE":
                return True
    return False


def _removed_group_unplaced(
    s: _Sentence,
    res: ArticleResolver,
    i: int,
    actors: list[ActorRef],
    recipients: list[ActorRef],
) -> list[ActorRef]:
    """A group that removal verb i moves to a named country ("Mexico deported hundreds of
    migrants to Guatemala", "extradited a drug lord to the United States") is of neither
    country: its bare agent noun does not take the country of the article's last-named state
    (`MEXREF`), and the country it goes to is the recipient.
    Nor does a state remove its own people: a bare noun does not take the remover's country
    ("Russia expelled diplomats": `---GOV`, not `RUSGOV`).
    A group that names its own ("repatriated Afghan refugees": `AFGREF`) keeps it."""
    own = {a.country for a in actors if a.country not in ("---", "")}
    destination = any(
        r.country not in ("---", "") and r.country not in res.dict.igos
        for c in s.kids(i, "prep")
        if s.lower[c] == "to"
        for r in _resolve_all(res, s, s.pobjs(c))
    )
    if destination:
        own = set()  # any inferred country goes
    elif not own:
        return recipients
    heads = s.kids(i, "dobj", "nsubjpass")
    heads += [g for h in heads for c in s.kids(h, "prep") if s.lower[c] == "of" for g in s.pobjs(c)]
    inferred = set()
    for h in heads:
        ref = res.resolve(h)
        if (
            ref is not None
            and (
                (ref.country not in ("---", "") and (not own or ref.country in own))
                # "deported migrants to Guatemala": a group of no known country goes too
                or (destination and ref.country == "---")
            )
            # no name in the phrase ("a drug lord", which the parser may tag as a name)
            and not res.names_in_phrase(h)
        ):
            inferred.add((ref.code, ref.start))
    if destination:
        # "extradited a drug lord to the United States": the state it goes to is the party
        return [r for r in recipients if (r.code, r.start) not in inferred]
    return [
        ActorRef("---" + r.sector, "---", r.sector, "", r.text, r.start, r.end)
        if (r.code, r.start) in inferred and r.sector
        else r
        for r in recipients
    ]


# Words that say a group is from abroad: "foreign journalists", "migrants", "refugees".
_FROM_ABROAD = frozenset(
    {"foreign", "foreigner", "migrant", "refugee", "asylum", "expatriate", "expat", "tourist"}
)


def _foreign(s: _Sentence, r: ActorRef) -> bool:
    """Whether the phrase of ref r names people from abroad ("foreign journalists", "500
    migrants", "asylum seekers"): they are not of the sentence's one country by default."""
    if r.start < 0:
        return False
    heads = [k for k, t in enumerate(s.tok) if r.start <= t.idx < r.end]
    words = {s.lemma[k] for k in heads}
    words |= {s.lemma[c] for k in heads for c in s.kids(k, "amod")}
    return bool(words & _FROM_ABROAD)


def _fill_unknown_country(
    actors: list[ActorRef], recipients: list[ActorRef], res: ArticleResolver, s: _Sentence, i: int
) -> tuple[list[ActorRef], list[ActorRef]]:
    """An actor of unknown country ("President Yoweri Museveni" -> ---GOV) takes the country of the
    sentence when the sentence names exactly one: most reported acts are domestic.

    A country the sentence names only as this act's recipient, the country as a whole ("fired
    rockets at Israel", "attacked Ukrainian positions", "called for sanctions against Nigeria"),
    is the target's, not the actor's home: the actor's country stays unknown. A part of a
    country as recipient (its people, forces, government, opposition: "banned Ugandan opposition
    candidates"; a group named after it: "demands from the National Union for the Total
    Independence of Angola") stays domestic, and so does a country named as the place of the
    act ("attacked a police station in Nigeria", "rallied in Jerusalem").
    """
    if not any(r.country == "---" for r in actors + recipients):
        return actors, recipients
    sent = s.sent_of[i]
    lo, hi = s.first_of[sent], s.last_of[sent] + 1
    parts = {r.country for r in recipients if r.sector}
    spans = [
        (r.start, r.end)
        for r in recipients
        if r.start >= 0 and not r.sector and r.country not in parts
    ]
    part_spans = [(r.start, r.end) for r in recipients if r.start >= 0 and r.sector]
    countries: set[str] = set()  # named anywhere in the sentence
    outside: set[str] = set()  # named outside the recipient phrases
    for k in range(lo, hi):
        m = res.actor_at.get(k)
        if m is None or m.entry.country in ("---", "") or m.entry.country in res.dict.igos:
            continue
        countries.add(m.entry.country)
        at = s.tok[k].idx
        if (
            not any(a <= at < b for a, b in spans)
            or any(a <= at < b for a, b in part_spans)
            or _in_org_name(s, m.start, m.end)
            or _locative(s, k, i)
        ):
            outside.add(m.entry.country)

    def fill(refs: list[ActorRef], found: set[str], targets: bool = False) -> list[ActorRef]:
        if len(found) != 1:
            return refs
        (country,) = found
        out = []
        for r in refs:
            # "arrested foreign journalists", "rescued 500 migrants": those acted on who are
            # from abroad are not of the acting state (as actors, "refugees protesting the
            # Russian government's refusal" may be of the one country named)
            if r.country == "---" and not (targets and _foreign(s, r)):
                r = ActorRef(country + r.sector, country, r.sector, r.name, r.text, r.start, r.end)
            if r.code not in {o.code for o in out}:
                out.append(r)
        return out

    # Recipients of unknown country still take it ("attacked Israeli soldiers and police").
    return (
        fill(actors, outside if len(countries) == 1 else set()),
        fill(recipients, countries, targets=True),
    )


def _speaker(s: _Sentence, p: _Pred, preds: dict[int, _Pred], lex: EventLexicon) -> list[int]:
    """Subject heads of the verb of saying whose complement holds the predicate, if any."""
    k = p.carrier if p.carrier is not None else p.i
    for _ in range(8):
        tok = s.tok[k]
        if tok.head == k or tok.dep == "ROOT":
            return []
        dep, k = tok.dep, tok.head
        if dep not in ("ccomp", "xcomp", "conj", "advcl", "acomp", "dobj", "pobj", "prep"):
            return []
        if s.lemma[k] in lex.reports:
            subj, passive = _subject_of(s, k, preds)
            return [] if passive else subj
    return []


# An announced act is coded as the announcement (PLOVER: promises of cooperation are AGREE,
# announced force or punishment is THREATEN), with the CAMEO "intent"/"threaten" code.
_MATERIAL_CONFLICT = {
    "ASSAULT": "138",
    "COERCE": "137",
    "SANCTION": "131",
    "MOBILIZE": "138",
    "PROTEST": "133",
}
# Commissive verbs whose content decides whether they promise or threaten, and the acts that
# make a promise a threat.
_VOWS = frozenset({"promise", "pledge", "vow", "swear", "commit"})
_HOSTILE_PROMISES = frozenset({"ASSAULT", "COERCE", "THREATEN"})
_MATERIAL_COOP = {
    "AID": "033",
    "COOPERATE": "031",
    "RETREAT": "035",
    "CONCEDE": "035",
    "SUPPORT": "032",
}


def _span(s: _Sentence, p: _Pred, heads: list[int]) -> tuple[int, int]:
    sent = s.sent_of[p.i]
    toks = [p.i]
    if p.host is not None:  # "in a phone call of about 50 minutes": the noun phrase is the evidence
        sub = [k for k in s.subtree(p.i) if s.tok[k].dep not in ("relcl", "acl")]
        first, last = s.tok[min(sub)], s.tok[max(sub)]
        return first.idx, last.idx + len(last.text)
    if p.carrier is not None:
        toks.append(p.carrier)
    for h in heads:
        for c in s.conjuncts(h):
            if s.sent_of[c] == sent:
                toks.append(c)
                toks.extend(
                    k
                    for k in s.subtree(c)
                    if s.sent_of[k] == sent and s.tok[k].dep not in ("relcl", "acl")
                )
    lo, hi = min(toks), max(toks)
    # A participant's relative clause or apposition that names another date ("Russia, which
    # seized Crimea in 2014, has massed troops") is background: the span starts after it, so
    # the time-expression stage, which dates an event by the expression in its span, does not
    # date this act by that clause.
    for h in heads:
        for c in s.children[h]:
            if s.tok[c].dep not in ("relcl", "acl", "appos") or not lo <= c < p.i:
                continue
            sub = s.subtree(c)
            if any(s.tok[k].ent_type == "DATE" for k in sub) and max(sub) < p.i:
                lo = max(lo, max(sub) + 1)
    while lo < p.i and s.tok[lo].pos == "PUNCT":
        lo += 1
    first, last = s.tok[lo], s.tok[hi]
    return first.idx, last.idx + len(last.text)


def extract_events(
    doc: ParsedDoc, lexicons: Lexicons, *, require_participants: bool = True
) -> list[Event]:
    """Events of one document, sorted by evidence span. Needs a dependency parse.

    An act with no actor and no recipient the dictionary can name is dropped unless
    `require_participants` is False (event-type classification of snippets).
    """
    if not doc.tokens or not any(t.dep for t in doc.tokens):
        return []
    lex = event_lexicon(lexicons)
    res = ArticleResolver(doc, actor_dictionary(lexicons))
    s = _Sentence(doc, res)
    year = doc.published.year if doc.published else None
    day = doc.published.date().isoformat() if doc.published else ""
    events: list[Event] = []
    for start, end in doc.sents or ((0, len(doc.tokens)),):
        preds = _find_predicates(s, start, end, lex)
        _resolve_roles(preds, s)
        for p in preds.values():
            if not _is_event_pred(p) or p.absorbed:
                continue
            guards = p.entry.type == "MOBILIZE" and p.verbal and _guards_others(s, p.i) is not None
            if p.entry.frame == "force" and not _moves_force(s, p.i, res) and not guards:
                continue  # "sent a deputy minister" is no mobilisation
            if p.verbal and _anonymity(s, p.i):
                continue  # "a diplomat who asked not to be named" describes a source
            if p.entry.lemma == "release" and _releases_text(s, p.i):
                continue  # "released a statement", "drafts released by the ministry": published
            if p.verbal and _conjunction_provided(s, p.i):
                continue  # "will lift the tariffs, provided Athens does the same": a condition
            if not p.verbal and _at_ones_request(s, p):
                continue  # "talked at Macron's request": how the act came about, not an act
            if p.verbal and _asks_nothing(s, p):
                continue  # '"Who is threatening whom?" the minister asked': a question
            if (
                p.entry.type == "SUPPORT"
                and p.verbal
                and _backed_by_equipment(s, p.i, lexicons.words("event_equipment.txt"))
            ):
                continue  # "units backed by tanks and artillery": what a force has
            if p.entry.type == "REQUEST" and _elliptical_condition(s, p.i, lex):
                continue  # "will send troops if needed": a condition, not a request
            actors, recipients, places, heads = _participants(p, preds, s, res)
            if _warns_of_danger(s, p, preds, res, actors):
                continue  # "warned that Russia could invade": a danger foretold, not a threat
            if not actors and p.entry.type == "ASSAULT" and p.verbal:
                actors = _unattributed(s, p.i, lexicons.words("event_instruments.txt"), res)
                where = (
                    _place_recipient(places, res) if actors and actors[0].country == "---" else []
                )
                if where:  # "killed in a car bomb explosion in Beirut": Lebanon's
                    c = where[0].country
                    actors = [replace(actors[0], code=c + "UAF", country=c)]
            status, hist_year, cues = _status(
                _Pred(p.host, p.entry, True) if p.host is not None else p, preds, s, lex, year
            )
            if (
                p.entry.type == "REJECT"
                and p.verbal
                and not recipients
                and any(s.lemma[o] in _ASSERTIONS for o in s.kids(p.i, "dobj"))
            ):
                # "the Kremlin dismissed the reports": a denial of what was said, by no one
                # named; PLOVER 2.0 REJECT turns down requests and proposals
                continue
            if p.verbal and _denied_of_anyone(s, p.i, status):
                continue  # "Russia has never threatened anyone": a denial aimed at no party
            if p.entry.type == "CONSULT" and not recipients:
                actors = _session_of_host(p, s, res, actors)
            if require_participants:
                # "The meeting will take place on January 12", "talks in Moscow on Wednesday":
                # a meeting reported as happening, whose parties the article named before.
                unnamed_meeting = (
                    not actors
                    and not recipients
                    and p.entry.type == "CONSULT"
                    and _reported_occurrence(s, p)
                )
                if not actors and not recipients and not unnamed_meeting:
                    continue  # "the talks" refers to an event; it does not report one
                if (
                    not unnamed_meeting
                    and p.entry.type == "CONSULT"
                    and len(actors) + len(recipients) < 2
                    and p.entry.mode != "visit"
                    and status != "commit"  # "NATO stood ready to meet": an offer of one party
                    and not (actors and actors[0].country in res.dict.igos)  # an IGO session
                ):
                    continue  # two parties ("he spoke to reporters" is none), or an IGO session
            if p.entry.type == "PROTEST" and p.verbal:
                # "marched in Paris to protest against Spain's decision": a demonstration held
                # to protest against a party is aimed at it, not at the place it is held in
                for c in s.kids(p.i, "advcl", "xcomp"):
                    q = preds.get(c)
                    if (
                        q is not None
                        and q.verbal
                        and q.entry.type in ("PROTEST", "ACCUSE")
                        and any(s.lower[a] == "to" for a in s.kids(c, "aux"))
                    ):
                        codes = {a.code for a in actors}
                        aimed = [
                            r for r in _participants(q, preds, s, res)[1] if r.code not in codes
                        ]
                        if aimed:
                            recipients = aimed
                            break
            if not recipients and p.entry.type in _MATERIAL_ACTS and p.verbal:
                # "opened fire to disperse demonstrators": whom the act is for
                recipients = [
                    r
                    for r in _resolve_all(res, s, _purpose_objects(s, p.i))
                    if r.code not in {a.code for a in actors}
                ]
            actors, recipients = _fill_unknown_country(actors, recipients, res, s, p.i)
            if (
                require_participants
                and p.entry.type == "ASSAULT"
                and not actors
                and recipients
                and all(r.country == "---" for r in recipients)
            ):
                # "more than 14,000 people have been killed": a toll with no doer, of victims
                # named by a role only and of no country the article names, is no act between
                # actors
                continue
            if p.verbal and s.lemma[p.i] in _REMOVALS:
                recipients = _removed_group_unplaced(s, res, p.i, actors, recipients)
            recipients = _own_forces_removed(actors, recipients, p.entry.type)
            if not recipients and p.entry.type in _PLACE_RECIPIENT:
                if p.verbal:  # "strengthened its forces in Lebanon": the object's place too
                    for o in s.kids(p.i, *_OBJ):
                        places = places + _prep_args(s, o)[2]
                recipients = _place_recipient(places, res)
            etype, mode, cameo = p.entry.type, p.entry.mode, p.entry.cameo
            if guards:
                # "send more troops to its Baltic allies", "reinforce Poland's defences": forces
                # given to protect others are military assistance (PLOVER 2.0 AID: "military
                # and police assistance including arms and personnel"), aimed at those guarded
                etype, mode, cameo = "AID", "", "074"
                owners = _resolve_all(res, s, _guards_others(s, p.i) or [])
                home = {a.country for a in actors}
                recipients = [r for r in owners if r.country not in home] or [
                    r for r in recipients if r.country not in home
                ]
            if (
                etype == "PROTEST"
                and mode == "obstruct"
                and actors
                and all(not a.sector or a.sector in _STATE for a in actors)
                and all(a.country not in ("---", "") for a in actors)
            ):
                # "Israel blocked access to Gaza", "the regulator blocked access to websites": a
                # state that obstructs restricts (COERCE), it does not demonstrate
                etype, mode, cameo = "COERCE", "restrict", "172"
            recipients = _home_recipients(actors, recipients, etype, s, res)
            given = _received_aid(s, p, lex, res) if actors and recipients else None
            if given is not None:
                # "Ukraine received fighter jets from Denmark": a thing given as aid that is
                # received from a giver is the giver's aid, not a visit hosted
                etype, mode, cameo = given.type, given.mode, given.cameo
                actors, recipients = recipients, actors
            if not recipients and len(actors) == 1 and actors[0].country not in ("---", ""):
                recipients = _domestic_recipient(etype, actors[0], res)
            if (
                etype == "CONCEDE"
                and p.entry.lemma == "allow"
                and recipients
                and all(r.country in res.dict.igos or r.sector == "NGO" for r in recipients)
            ):
                # "allowed UN aid workers into Darfur", "allowed the Red Cross to visit
                # detainees": letting international bodies in is RETREAT access (CAMEO 086)
                etype, mode, cameo = "RETREAT", "access", "086"
            if etype == "RETREAT" and mode == "withdraw" and _leaves_body(s, p, res, preds):
                # "Burkina Faso withdrew from ECOWAS", "pulled out of the treaty": a country
                # that leaves an organisation or a treaty cuts ties (PLOVER 2.0 SANCTION
                # withdraw), it does not pull back forces
                etype, mode, cameo = "SANCTION", "withdraw", "161"
            if etype == "AGREE" and p.verbal and p.entry.lemma in _VOWS:
                # "Hezbollah vowed to attack Israel", "pledged to retaliate": a promise of force
                # or punishment is a threat (PLOVER 2.0), not an agreement
                hostile = [
                    q.entry.type
                    for c in s.kids(p.i, "xcomp")
                    if (q := preds.get(c)) is not None
                    and q.verbal
                    and q.entry.type in _HOSTILE_PROMISES
                ]
                if hostile:
                    etype, mode = "THREATEN", ""
                    cameo = _MATERIAL_CONFLICT.get(hostile[0], "130")
            obligation = "obligation" in cues
            if (
                etype == "MOBILIZE"
                and p.entry.lemma in _EXERCISES
                and not recipients
                and len({a.country for a in actors}) >= 2
            ):
                # "French and Egyptian warships launched war games": an exercise held together is
                # military cooperation (PLOVER 2.0: joint games and manoeuvres are COOPERATE).
                # Decided before the status reading, so that one announced is a promise of
                # cooperation, not a threat.
                etype, mode, cameo = "COOPERATE", "", "062"
            if p.entry.frame == "announced":
                if status not in ("future", "hypothetical", "conditional", "commit"):
                    continue  # "Russia responded" reports nothing coded; "will respond" threatens
                if p.verbal and _answers_in_kind(s, p.i):
                    continue  # "would respond with its own ideas": a counter-proposal, no threat
                status = "reported"
                if etype != "THREATEN":  # "would take measures": the announcement is the threat
                    etype, mode, cameo = "THREATEN", "", _MATERIAL_CONFLICT.get(etype, "130")
            speaker: list[ActorRef] = []
            if obligation or status in ("future", "hypothetical"):
                speaker = _resolve_all(res, s, _speaker(s, p, preds, lex))
            if (
                status == "negated"
                and cues & {"future", "hypothetical", "commit"}
                and (etype in _MATERIAL_COOP or etype == "AGREE")
            ):
                # "will not compromise", "would not accept any deal": a refusal.
                etype, mode, cameo, status = "REJECT", "", "120", "reported"
            elif (
                status == "negated"
                and cues & {"future", "hypothetical"}
                and etype in _PRESSURES
                and p.verbal
                and s.kids(p.i, *_PASS_SUBJ)
                and recipients
            ):
                # "Russia would not be pressured", "will not be intimidated by Kosovo": the one
                # pressed refuses to yield (REJECT), to whoever presses
                etype, mode, cameo, status = "REJECT", "", "120", "reported"
                actors, recipients = recipients, actors
            elif (
                status == "commit"
                and etype in _MATERIAL_COOP
                and _on_condition(s, p.host or p.i, lex)
            ):
                # "was prepared to send troops to its allies if needed": help offered on a
                # condition keeps its type, as a help that would be given on one does
                status = "conditional"
            elif status == "commit" and (etype in _MATERIAL_COOP or etype in ("CONSULT", "AGREE")):
                # "ready to meet", "willing to talk": an offer.
                etype, mode, cameo, status = "AGREE", "", "030", "reported"
            elif status == "commit" and etype in _MATERIAL_CONFLICT:
                etype, mode, cameo, status = "THREATEN", "", _MATERIAL_CONFLICT[etype], "reported"
            elif status == "commit":
                status = "reported"
            elif (
                obligation
                and speaker
                and status != "negated"
                and etype not in ("REQUEST", "THREATEN")
            ):
                # "X said Y must drop barriers": X asks Y.
                recipients = [
                    a for a in actors if a.code not in {sp.code for sp in speaker}
                ] or recipients
                actors, etype, mode, cameo, status = speaker, "REQUEST", "change", "104", "reported"
            elif (
                etype == "CONSULT"
                and status == "hypothetical"
                and speaker
                and {a.country for a in actors} & {sp.country for sp in speaker}
                and _condition_subjects(s, p.i)
            ):
                # "they said they would meet the UN mediator if he ...": a party's own word that
                # it would meet on a condition is willingness to meet (PLOVER 2.0 AGREE), not a
                # meeting
                etype, mode, cameo, status = "AGREE", "", "036", "reported"
            elif etype != "CONSULT" and (
                status == "future"
                or (
                    status == "hypothetical"
                    and speaker
                    and {a.country for a in actors} & {sp.country for sp in speaker}
                )
            ):
                if etype in _MATERIAL_CONFLICT:
                    etype, mode, cameo, status = (
                        "THREATEN",
                        "",
                        _MATERIAL_CONFLICT[etype],
                        "reported",
                    )
                elif etype in _MATERIAL_COOP and _on_condition(s, p.host or p.i, lex):
                    # "would send Ukraine more weapons if Russia attacks": the help itself, on a
                    # condition (the corpus convention: an act tied to an if-clause keeps its
                    # type, status conditional); a promise with no condition stays AGREE.
                    status = "conditional"
                elif etype in _MATERIAL_COOP:
                    etype, mode, cameo, status = "AGREE", "", _MATERIAL_COOP[etype], "reported"
            if etype == "THREATEN" and not recipients:
                # "would respond if Russia invades": the threat is aimed at the condition's doer.
                recipients = [
                    r
                    for r in _resolve_all(res, s, _condition_subjects(s, p.host or p.i))
                    if r.country not in {a.country for a in actors}
                ][:2]
            if (
                p.entry.frame == "sym"
                and len(actors) >= 2
                and recipients
                and all(r.country == "---" for r in recipients)
            ):
                recipients = []  # "Russia and Ukraine exchanged prisoners": what they exchange
            reciprocal = p.entry.frame == "sym" and len(actors) >= 2 and not recipients
            if p.entry.frame == "sym" and not recipients and len(actors) == 1 and not p.verbal:
                reciprocal = False
            cs, ce = _span(s, p, heads)
            ptok = doc.tokens[p.i]
            location = ""
            for h in places:
                t = doc.tokens[h]
                location = t.text
                # whole entity name
                for es, ee, _label in doc.ents:
                    if es <= h < ee:
                        location = doc.text[
                            doc.tokens[es].idx : doc.tokens[ee - 1].idx
                            + len(doc.tokens[ee - 1].text)
                        ]
                break
            if (
                etype == "PROTEST"
                and p.verbal
                and "complain" in lex.verbs
                and any(s.lower[c] == "to" and s.pobjs(c) for c in s.kids(p.i, "prep"))
            ):
                # "The Philippines protested to China": a protest addressed to someone is a
                # complaint to them (a formal protest), not a demonstration.
                complain = lex.verbs["complain"]
                etype, mode, cameo = complain.type, complain.mode, complain.cameo
            if (
                etype == "THREATEN"
                and p.verbal
                and s.kids(p.i, "dobj")
                and "urge" in lex.verbs
                and any(
                    any(s.lower[a] == "to" for a in s.kids(c, "aux")) for c in s.kids(p.i, "xcomp")
                )
            ):
                # "warned the US not to drag out the process": telling someone what to do is a
                # demand, coded like "urge"; "warned the US that ..." stays a threat.
                urge = lex.verbs["urge"]
                etype, mode, cameo = urge.type, urge.mode, urge.cameo
            if (
                etype == "ASSAULT"
                and actors
                and _all_protesters(actors, lexicons.words("event_protesters.txt"))
            ):
                etype, mode, cameo = "PROTEST", "riot", "145"  # protesters clashed with police
            if (
                etype == "ASSAULT"
                and p.entry.lemma == "raid"
                and actors
                and all(a.sector == "COP" for a in actors)
            ):
                # "police raided the offices of a newspaper": a law-enforcement raid is COERCE
                # seize in PLOVER 2.0; a raid by soldiers or militants stays an assault
                etype, mode, cameo = "COERCE", "seize", "171"
            if (
                etype == "CONSULT"
                and mode == "visit"
                and actors
                and all(a.sector in _FORCES and not _one_person(s, a) for a in actors)
            ):
                # "Bangladeshi peacekeeping troops arrived in Sierra Leone": forces that arrive
                # are deployed, not visiting; peacekeepers are military protection (AID).
                if any("peacekeep" in a.text.lower() for a in actors):
                    etype, mode, cameo = "AID", "", "074"
                else:
                    etype, mode, cameo = "MOBILIZE", "troops", "154"
            if etype == "CONSULT" and not mode and _by_phone(s, p.i):
                mode, cameo = "phone", "041"  # "will speak by phone", "talked over video link"
            score = lex.scores.get((etype, mode), lex.scores.get((etype, "")))
            when, precision = (
                hist_year or day,
                "year" if hist_year else ("published" if day else ""),
            )
            anchors = {k for k in (p.i, p.carrier, p.host) if k is not None}
            if hist_year:
                phrase = year_span(doc, anchors, (start, end), hist_year)
                if phrase is not None:  # keep "in 2014" in the evidence, where timexes date it
                    cs, ce = min(cs, phrase[0]), max(ce, phrase[1])
            else:
                # a present-tense act with a date is a schedule: "the Council meets on Wednesday"
                forward = status in ("future", "hypothetical", "conditional") or any(
                    doc.tokens[k].tag in ("VBZ", "VBP") for k in anchors
                )
                dated = attached_date(doc, anchors, (start, end), forward)
                if dated is not None:
                    when, precision = dated[0], dated[1]
                    # the date phrase stays in the evidence span: the time-expression stage
                    # dates a stored event by the expression inside its span
                    cs, ce = min(cs, dated[2]), max(ce, dated[3])
                    if status == "reported" and precision == "day" and when > day:
                        status = "future"  # "the Council meets on Wednesday", said on Saturday
            events.append(
                Event(
                    article_id=doc.article_id,
                    start=cs,
                    end=ce,
                    sentence=s.sent_of[p.i],
                    text=doc.text[cs:ce],
                    predicate=p.entry.lemma,
                    type=etype,
                    mode=mode,
                    cameo=cameo,
                    goldstein=lex.goldstein.get(cameo),
                    plover_score=score,
                    quad_class=lex.quad.get(cameo),
                    actors=tuple(a.code for a in actors),
                    recipients=tuple(r.code for r in recipients),
                    actor_text=tuple(a.text for a in actors),
                    recipient_text=tuple(r.text for r in recipients),
                    status=status,
                    date=when,
                    date_precision=precision,
                    location=location,
                    reciprocal=reciprocal,
                    predicate_start=ptok.idx,
                    predicate_end=ptok.idx + len(ptok.text),
                )
            )
    events.extend(_obligations(doc, s, res, lex, events, day))
    events = _drop_restatements(events, s)
    events = sorted(events, key=lambda e: (e.start, e.end, e.predicate_start))
    if require_participants:
        events = _meeting_parties(events)
    return _context_recipients(events, res.dict)


_MEETING_WINDOW = 3  # sentences back


def _reported_occurrence(s: _Sentence, p: _Pred) -> bool:
    """A meeting noun reported as an occurrence: the subject of its clause ("the talks ended",
    "negotiations are expected to continue") or placed in time or space ("a call on December
    7", "talks in Geneva"); a bare mention ("the talks") is not."""
    if p.verbal or p.carrier is not None:
        return False
    i = p.i
    if s.tok[i].dep in ("nsubj", "nsubjpass"):
        return True
    for c in s.kids(i, "prep"):
        if s.lower[c] in ("in", "on", "at") and any(
            s.tok[o].ent_type in ("DATE", "TIME", *_PLACE_ENTS) for o in s.pobjs(c)
        ):
            return True
    return False


def _meeting_parties(events: list[Event]) -> list[Event]:
    """A reported meeting with no party named in its clause is between the parties of the
    article's last consultation a few sentences before ("Biden and Putin spoke on Thursday.
    ... The call lasted 50 minutes"); with none, it is dropped."""
    out: list[Event] = []
    for e in events:
        if e.actors or e.recipients:
            out.append(e)
            continue
        for prev in reversed(out):
            if prev.sentence < e.sentence - _MEETING_WINDOW:
                break
            parties = tuple(dict.fromkeys(prev.actors + prev.recipients))
            if prev.type == "CONSULT" and len(parties) >= 2:
                blank = ("",) * len(parties)
                out.append(replace(e, actors=parties, actor_text=blank, reciprocal=True))
                break
    return out


# Acts that always have a target; with none named, the article's earlier one is meant.
_TARGETED = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
_CONFLICT = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "THREATEN"})
# Acts whose target may be a thing (positions, goods, banks) that stands for its owner.
_OWNED_TARGETS = _TARGETED | {"SANCTION"}


_DIALOGUE_WINDOW = 2  # sentences back


def _counterpart(e: Event, before: list[Event], d: ActorDictionary) -> Event:
    """ "Russia demanded guarantees from NATO. The alliance said it would not compromise": an
    act with no named recipient answers the other side of its actor's last exchange, when that
    exchange is a sentence or two before."""

    def country(code: str) -> str:
        return split_code(code, d)[0]

    mine = {country(a) for a in e.actors}
    for prev in reversed(before):
        if prev.sentence < e.sentence - _DIALOGUE_WINDOW:
            break
        if prev.reciprocal:
            continue
        for own, other in ((prev.actors, prev.recipients), (prev.recipients, prev.actors)):
            if mine & {country(a) for a in own} and other:
                found = dict.fromkeys(country(r) for r in other)
                targets = tuple(c for c in found if c not in mine and c != "---")
                if targets:
                    return replace(e, recipients=targets, recipient_text=("",) * len(targets))
                return e
    return e


def _context_recipients(events: list[Event], d: ActorDictionary) -> list[Event]:
    """ "Russia has massed troops near Ukraine ... Moscow denies planning an invasion": an attack
    with no named target aims at the target of the same actor's last conflict act before it."""
    out: list[Event] = []
    for e in events:
        if e.actors and not e.recipients and not e.reciprocal and e.type not in _TARGETED:
            e = _counterpart(e, out, d)
        if e.type in _TARGETED and e.actors and not e.recipients and not e.reciprocal:
            mine = {a[:3] for a in e.actors}
            for prev in reversed(out):
                if (
                    prev.type in _CONFLICT
                    and prev.recipients
                    and mine & {a[:3] for a in prev.actors}
                ):
                    targets = tuple(dict.fromkeys(r[:3] for r in prev.recipients))
                    if not mine & set(targets):
                        e = replace(e, recipients=targets, recipient_text=("",) * len(targets))
                    break
        out.append(e)
    return out


def _drop_restatements(events: list[Event], s: _Sentence) -> list[Event]:
    """An act of the same type in another's complement restates it: "Biden warned Putin that
    the US would respond" is one THREATEN, not two."""
    index = {t.idx: i for i, t in enumerate(s.tok)}
    by_token = {index[e.predicate_start]: e for e in events if e.predicate_start in index}
    keep = []
    for e in events:
        k = index.get(e.predicate_start)
        redundant = False
        for _ in range(6):
            if k is None or s.tok[k].head == k:
                break
            dep, k = s.tok[k].dep, s.tok[k].head
            outer = by_token.get(k)
            if (
                outer is not None
                and outer is not e
                and outer.type == e.type
                and dep in ("ccomp", "xcomp", "advcl")
            ):
                redundant = True
                break
        if not redundant:
            keep.append(e)
    return keep


def _obligations(
    doc: ParsedDoc,
    s: _Sentence,
    res: ArticleResolver,
    lex: EventLexicon,
    found: list[Event],
    day: str,
) -> list[Event]:
    """ "X said that Y must drop barriers": a REQUEST from X to Y even when the demanded act is
    not itself in the lexicon (acts that are have been recast already)."""
    coded = {e.predicate_start for e in found}
    out = []
    for i, tok in enumerate(s.tok):
        if tok.dep not in ("ccomp",) or tok.idx in coded:
            continue
        if not any(
            s.tok[c].dep == "aux" and s.lower[c] in ("must", "should") for c in s.children[i]
        ):
            continue
        head = tok.head
        if s.lemma[head] not in lex.reports and s.lemma[head] not in ("conclude", "insist"):
            continue
        subj, passive = _subject_of(s, head, {})
        speaker = _resolve_all(res, s, [] if passive else subj)
        target = _resolve_all(res, s, s.kids(i, "nsubj"))
        if not speaker or not target:
            continue
        toks = [k for k in s.subtree(head) if s.sent_of[k] == s.sent_of[i]]
        start = s.tok[min(toks)].idx
        last = s.tok[max(toks)]
        end = last.idx + len(last.text)
        out.append(
            Event(
                article_id=doc.article_id,
                start=start,
                end=end,
                sentence=s.sent_of[i],
                text=doc.text[start:end],
                predicate=s.lemma[i],
                type="REQUEST",
                mode="change",
                cameo="104",
                goldstein=lex.goldstein.get("104"),
                plover_score=lex.scores.get(("REQUEST", "change")),
                quad_class=lex.quad.get("104"),
                actors=tuple(a.code for a in speaker),
                recipients=tuple(t.code for t in target),
                actor_text=tuple(a.text for a in speaker),
                recipient_text=tuple(t.text for t in target),
                date=day,
                date_precision="published" if day else "",
                predicate_start=tok.idx,
                predicate_end=tok.idx + len(tok.text),
            )
        )
    return out
