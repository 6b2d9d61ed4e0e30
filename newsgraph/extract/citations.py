"""Citations of other news outlets: "as per NDTV", "told Reuters", "the NY Post reported".

An outlet named in `data/news_outlets.tsv` (matched case-sensitively on word boundaries,
longest alias first, never inside quotation marks) is a citation when the parse puts it in a
citing construction; an outlet merely mentioned ("a Reuters photographer was hurt") is not:

- `according to X`, `as per X`, `(first) reported by X`, `quoted by X`, `in an interview with X`;
- `told X`, `said in an interview with X` (the outlet as the addressee of a speech verb);
- `X reported`, `X quoted` (him as saying), `X said`, `X wrote` (the outlet as subject of a cue);
- `the state-run RIA Novosti news agency` as any of these, the whole noun phrase kept.

The citation's `text` is the citing phrase; a person quoted through an outlet stays a quote of
that person (quotes.py), the outlet goes here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..lexicons import Lexicons
from ..types import Citation, ParsedDoc
from .coref import noun_phrase
from .quotes import CueTable, outlet_names, quote_segments

__all__ = ["extract_citations"]

# Prepositions that cite their object, with the word in front that belongs to the phrase.
_CITING_PREPS = {"per": "as", "to": "according"}
_AGENT_VERBS = frozenset({"report", "quote", "cite", "publish", "reveal", "say", "tell"})


def _alias_pattern(lexicons: Lexicons) -> re.Pattern[str]:
    """The outlet names, longest first, as a whole word (see `_alias_matches`)."""
    aliases = sorted(outlet_names(lexicons), key=len, reverse=True)
    # No lookbehind in front: a pattern that starts with a choice of literal words lets `re`
    # skip to the positions holding one of their first letters; one that starts with a
    # lookbehind is tried at every position of the text (three quarters of this extractor's
    # time). `_alias_matches` checks the character before instead.
    return re.compile(r"(?:" + "|".join(re.escape(a) for a in aliases) + r")(?![\w-])")


_WORD_OR_HYPHEN = re.compile(r"[\w-]")


def _alias_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches `finditer` would give for `(?<![\\w-])` + `pattern`: the leftmost position
    where the pattern matches and no word character or hyphen precedes, then on from its
    end. A match preceded by one is skipped, and the search goes on one character later (a
    name may start inside the rejected match: "ex-Reuters" holds "Reuters")."""
    at = 0
    while (m := pattern.search(text, at)) is not None:
        start = m.start()
        if start > 0 and _WORD_OR_HYPHEN.match(text, start - 1):
            at = start + 1
            continue
        yield m
        at = m.end() if m.end() > start else start + 1


def extract_citations(doc: ParsedDoc, lexicons: Lexicons) -> list[Citation]:
    """Outlets the article cites, sorted by span."""
    if not doc.tokens or not doc.text:
        return []
    pattern = lexicons.derived("citations.alias_pattern", _alias_pattern)
    matches = list(_alias_matches(pattern, doc.text))
    if not matches:
        return []  # most articles name no outlet: the tables below are not needed
    names = lexicons.derived("quotes.outlet_names", outlet_names)
    cues = lexicons.derived("quotes.cues", CueTable.load)
    toks = doc.tokens
    children: list[list[int]] = [[] for _ in toks]
    for i, tok in enumerate(toks):
        if tok.head != i:
            children[tok.head].append(i)
    quoted = [(s.start, s.end) for s in quote_segments(doc.text)]
    sent_of = {}
    for k, (s, e) in enumerate(doc.sents):
        for i in range(s, e):
            sent_of[i] = k
    found: dict[tuple[int, int], Citation] = {}
    for m in matches:
        if any(s <= m.start() < e for s, e in quoted):
            continue
        inside = [i for i, t in enumerate(toks) if m.start() <= t.idx < m.end()]
        if not inside:
            continue
        # the head of the noun phrase the name is part of ("RIA Novosti news agency" -> agency)
        head = inside[-1]
        while toks[head].dep in ("compound", "flat", "nmod", "poss") and toks[head].head != head:
            head = toks[head].head
        span = _citing_span(doc, head, children, cues)
        if span is None:
            continue
        lo, hi, cue = span
        start, end = toks[lo].idx, toks[hi - 1].idx + len(toks[hi - 1].text)
        found.setdefault(
            (start, end),
            Citation(
                doc.article_id,
                names[m.group()],
                start,
                end,
                sent_of.get(lo, 0),
                doc.text[start:end],
                cue,
            ),
        )
    return [found[k] for k in sorted(found)]


def _citing_span(
    doc: ParsedDoc, head: int, children: list[list[int]], cues: CueTable
) -> tuple[int, int, str] | None:
    """Token range [lo, hi) of the citing phrase around the outlet phrase at `head`, and its cue."""
    toks = doc.tokens
    s, e = noun_phrase(doc, head, children)
    tok = toks[head]
    up = tok.head
    if tok.dep == "pobj":
        prep = toks[up]
        word = prep.text.casefold()
        if word in _CITING_PREPS and prep.idx > 0:
            before = prep.head if prep.head != up else up - 1
            if up > 0 and toks[up - 1].text.casefold() == _CITING_PREPS[word]:
                before = up - 1
            if toks[before].text.casefold() == _CITING_PREPS[word]:
                return before, e, f"{_CITING_PREPS[word]} {word}"
        if word == "by" and toks[prep.head].lemma.casefold() in _AGENT_VERBS:
            verb = prep.head
            lo = verb
            # "first reported by": the adverb in front belongs to the phrase
            while lo > 0 and toks[lo - 1].dep == "advmod" and toks[lo - 1].head == verb:
                lo -= 1
            return lo, e, toks[verb].lemma.casefold()
        if word == "with" and toks[prep.head].lemma.casefold() == "interview":
            noun = prep.head
            lo = noun
            # "in an interview with": start at the preposition governing "interview"
            if toks[noun].dep == "pobj" and toks[toks[noun].head].text.casefold() == "in":
                lo = toks[noun].head
            else:
                lo = (
                    min(i for i in range(s, noun + 1) if toks[i].head == noun) if s < noun else noun
                )
            return lo, e, "interview"
        if word == "to" and toks[prep.head].lemma.casefold() in ("tell", "say", "speak"):
            return prep.head, e, toks[prep.head].lemma.casefold()
        return None
    if tok.dep in ("dative", "dobj", "obj", "iobj") and toks[up].lemma.casefold() == "tell":
        return up, e, "tell"
    if tok.dep in ("nsubj",) and (
        toks[up].lemma.casefold() in cues.content or toks[up].lemma.casefold() in _AGENT_VERBS
    ):
        # "TASS quoted (him as saying)": the outlet and its verb; the source is the quote's
        return (s, up + 1, toks[up].lemma.casefold()) if up >= e else None
    # an agency named with its description ("the state-run RIA Novosti news agency") is cited
    # wherever it stands
    described = toks[head].lemma.casefold() in ("agency", "wire", "channel", "broadcaster")
    if described and head > s and tok.dep in ("nsubj", "dobj", "pobj", "appos", "attr", "conj"):
        return s, e, ""
    return None
