"""Who said what: direct, indirect and mixed quotes with their speakers.

The cascade, per document:

1. **Quotation marks are paired on the characters** (`quote_segments`): straight, curly,
   guillemets, PTB ``...'' and single quotes (singles only outside a double quote, so nested
   quotes stay inside their outer quote). A paragraph that ends inside a quote continues into
   the next paragraph when that one opens with a quotation mark (the newspaper convention);
   each paragraph's part is its own segment, chained to the others.
2. **Each segment is direct or mixed.** A segment is *mixed* when it is woven into the
   sentence: a word precedes the opening mark and the quoted words do not form a statement of
   their own (`warned of "grave repercussions"`); otherwise it is *direct*.
3. **Attribution from the parse.** A mixed segment belongs to the outermost cue verb above it
   in the dependency tree ("he said Putin had warned ... 'a complete rupture'" is the
   speaker's wording, not Putin's). A direct segment takes the nearest cue verb outside quotes
   in its sentence(s) (`"...," he said`; `"...", said X`; `X said: "..."`); with none, the
   name alone before a colon (`Snowden: "..."`) or the subject of the clause that introduces
   it with a colon or dash, else the speaker of its chain, else the previous quote of the
   paragraph or the one before (a quote that runs on after its attribution).
4. **Indirect quotes** are the clausal complements of cue verbs (`said (that) ...`, `told
   reporters ...`, `warned the US not to ...`), the clause in front of a postposed
   attribution (`..., Western officials say`), and the clause `according to X` attaches to.
   A complement holding quotation marks gives way to the mixed quotes inside it; cue verbs
   inside another quote's content are not separate quotes (reported speech inside reported
   speech stays with the outer speaker).
5. **Speakers are resolved** with `coref.MentionResolver` (surname -> full name, title ->
   person, pronoun -> salient person, metonyms, anonymous sources). A subject that is a news
   outlet makes a citation, not a quote (`citations.py`); when the outlet cites someone
   (`the NY Post reported, citing people familiar with the matter`) that source is the speaker.

Cue verbs are data (`data/quote_cues.tsv`); nothing here is specific to one article.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ..lexicons import Lexicons
from ..types import ParsedDoc, Quote, Token
from .coref import (
    ANONYMOUS,
    DOCUMENTS,
    ORGANISATION,
    PERSON,
    MentionResolver,
    Resolved,
    sentence_numbers,
)

__all__ = [
    "extract_quotes",
    "quote_segments",
    "speaker_at",
    "QuoteSegment",
    "CueTable",
    "outlet_names",
]

_PARAGRAPH = re.compile(r"\n[ \t]*\n|\r\n[ \t]*\r\n")
_OPEN_ONLY = {"\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201d", "\u2039": "\u203a"}
_CLOSE_ONLY = {"\u201d", "\u00bb", "\u203a"}
# Every character that can be (part of) a quotation mark; the scan jumps from one to the next.
_MARK_CHARS = re.compile(
    "[" + re.escape("`\"'\u2018\u2019" + "".join(_OPEN_ONLY) + "".join(_CLOSE_ONLY)) + "]"
)
_TERMINAL = set(".,?!;:\u2026-\u2014")
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_MIN_UNATTRIBUTED_WORDS = 6
_ACCORDING_LENGTH = len("according")
# Punctuation that introduces a quotation after its speaker: 'Snowden: "..."', 'X agreed - "..."'.
_INTRODUCERS = frozenset(
    {":", "-", "\u2013", "\u2014", "--"}
)  # a bare quotation this long is a statement, not a title or scare quote


@dataclass(frozen=True, slots=True)
class QuoteSegment:
    """One paragraph's part of a quotation: content span, mark positions, chain number."""

    open: int  # index of the opening mark
    start: int  # content span
    end: int
    close: int | None  # index of the closing mark, None when the paragraph ends inside it
    chain: int  # segments of one quotation across paragraphs share a chain number
    paragraph: int


@dataclass(frozen=True)
class CueTable:
    """The cue lexicon: lemma -> complement kind (ccomp | xcomp | none), and citing verbs."""

    content: dict[str, str]
    citing: frozenset[str]

    @classmethod
    def load(cls, lexicons: Lexicons) -> CueTable:
        rows = lexicons.rows("quote_cues.tsv")
        return cls(
            {r["cue"]: r["content"] for r in rows},
            frozenset(r["cue"] for r in rows if r.get("citing") == "1"),
        )


def outlet_names(lexicons: Lexicons) -> dict[str, str]:
    """Surface form -> canonical outlet name, from data/news_outlets.tsv."""
    names = {}
    for row in lexicons.rows("news_outlets.tsv"):
        for alias in row["aliases"].split("|"):
            names[alias] = row["outlet"]
    return names


# -- 1. quotation marks ----------------------------------------------------------------------


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in _PARAGRAPH.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return spans


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _opening_position(text: str, i: int, width: int = 1) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    return not _is_word(before) and not after.isspace()


def _closing_position(text: str, i: int, width: int = 1) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    return not before.isspace() and not _is_word(after)


def _marks(text: str, lo: int, hi: int) -> list[tuple[int, int, str, str]]:
    """Quotation marks in text[lo:hi]: (index, width, role open|close|either, family)."""
    found = []
    skip_to = lo  # the second character of a two-character mark is not a mark itself
    for match in _MARK_CHARS.finditer(text, lo, hi):
        i = match.start()
        if i < skip_to:
            continue
        ch = text[i]
        two = text[i : i + 2]
        if two == "``":
            found.append((i, 2, "open", "ptb"))
            skip_to = i + 2
            continue
        if two == "''" and (i + 2 >= len(text) or not _is_word(text[i + 2])):
            found.append((i, 2, "close", "ptb"))
            skip_to = i + 2
            continue
        if ch in _OPEN_ONLY:
            found.append((i, 1, "open", "double"))
        elif ch in _CLOSE_ONLY:
            found.append((i, 1, "close", "double"))
        elif ch == '"':
            found.append((i, 1, "either", "double"))
        elif ch == "\u2018":
            found.append((i, 1, "open", "single"))
        elif ch in "\u2019'":
            if _opening_position(text, i) and ch == "'":
                found.append((i, 1, "open", "single"))
            elif _closing_position(text, i):
                found.append((i, 1, "close", "single"))
    return found


def quote_segments(text: str) -> list[QuoteSegment]:
    """Pair quotation marks paragraph by paragraph (see the module docstring), sorted."""
    segments: list[QuoteSegment] = []
    chain = 0
    carried: int | None = None  # chain number of a quote left open by the previous paragraph
    for number, (lo, hi) in enumerate(_paragraphs(text)):
        marks = _marks(text, lo, hi)
        open_at: tuple[int, int, str] | None = None  # (index, width, family)
        single_at: tuple[int, int] | None = None
        chain_here: int | None = None
        first_content = _first_non_space(text, lo, hi)
        for idx, width, role, family in marks:
            if family in ("double", "ptb"):
                if open_at is None:
                    if role == "close" or (role == "either" and not _opening_position(text, idx)):
                        continue  # a stray closing mark
                    open_at = (idx, width, family)
                    single_at = None
                    if carried is not None and idx == first_content:
                        chain_here = carried
                    else:
                        chain += 1
                        chain_here = chain
                    carried = None
                    continue
                opening = role == "open" or (
                    role == "either"
                    and _opening_position(text, idx)
                    and not _closing_position(text, idx)
                )
                # a straight mark in opening position inside an open straight quote closes it
                if opening and not (family == open_at[2] and role == "either"):
                    continue
                o_idx, o_width, _ = open_at
                segments.append(_segment(text, o_idx, o_width, idx, chain_here or chain, number))
                open_at = None
            elif open_at is None:  # single quotes, only at the top level
                if role == "open":
                    single_at = (idx, width)
                elif single_at is not None and idx > single_at[0] + 1:
                    chain += 1
                    segments.append(_segment(text, single_at[0], single_at[1], idx, chain, number))
                    single_at = None
        carried = None
        if open_at is not None:
            o_idx, o_width, _ = open_at
            if text[o_idx + o_width : hi].strip():
                segments.append(
                    _segment(text, o_idx, o_width, None, chain_here or chain, number, hi)
                )
                carried = chain_here or chain
    return sorted(segments, key=lambda s: s.open)


def _first_non_space(text: str, lo: int, hi: int) -> int:
    i = lo
    while i < hi and text[i].isspace():
        i += 1
    return i


def _segment(
    text: str, o_idx: int, o_width: int, close: int | None, chain: int, paragraph: int, hi: int = 0
) -> QuoteSegment:
    start = o_idx + o_width
    end = close if close is not None else hi
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return QuoteSegment(o_idx, start, end, close, chain, paragraph)


# -- the extractor ---------------------------------------------------------------------------


class _Doc:
    """Indexes over one ParsedDoc shared by the steps below."""

    def __init__(self, doc: ParsedDoc, lexicons: Lexicons) -> None:
        self.doc = doc
        self.toks = doc.tokens
        # built once per Lexicons, not per document (read only)
        self.cues = lexicons.derived("quotes.cues", CueTable.load)
        self.outlets = lexicons.derived("quotes.outlet_names", outlet_names)
        self.outlet_heads = lexicons.words("outlet_heads.txt")
        self.segments = quote_segments(doc.text)
        n = len(self.toks)
        self.seg_of: list[int | None] = [None] * n
        self.mark: list[bool] = [False] * n
        # token start offsets, for bisection (a long article has thousands of tokens)
        self.starts = [t.idx for t in self.toks]
        self.tokens_of: dict[int, list[int]] = {}
        for k, seg in enumerate(self.segments):
            lo = bisect_left(self.starts, seg.open)
            hi = bisect_left(self.starts, max(seg.end, (seg.close or 0) + 2))
            for i in range(lo, hi):
                tok = self.toks[i]
                end = tok.idx + len(tok.text)
                if tok.idx >= seg.start and end <= seg.end:
                    self.seg_of[i] = k
                    self.tokens_of.setdefault(k, []).append(i)
                elif seg.open <= tok.idx < seg.start or (
                    seg.close is not None
                    and seg.close <= tok.idx < seg.close + 2
                    and not tok.text[:1].isalnum()
                ):
                    self.mark[i] = True
        self.doc_sent_of = sentence_numbers(doc.sents, n)
        self.ends = [t.idx + len(t.text) for t in self.toks]
        inside = frozenset(i for part in self.tokens_of.values() for i in part)
        self.inside = inside
        self.dateline = _dateline(self.toks)
        self.resolver = MentionResolver(doc, lexicons, excluded=inside | self.dateline)
        self.children = self.resolver.children
        self.sent_of = self.resolver.sent_of
        self.sents = self.resolver.sents

    def char_sentence(self, char: int) -> int:
        """The number of the parser's sentence (`doc.sents`) holding a character offset."""
        i = bisect_right(self.ends, char)  # the first token ending after the offset
        if i >= len(self.toks):
            return max(0, len(self.doc.sents) - 1)
        return self.doc_sent_of[i]

    def is_cue(self, i: int) -> bool:
        tok = self.toks[i]
        # the part of speech first: it rules out most tokens without a casefold
        return (
            tok.pos in ("VERB", "AUX")
            and tok.lemma.casefold() in self.cues.content
            and i not in self.inside
        )

    def is_outlet(self, head: int) -> str | None:
        """The outlet a noun phrase names, if it is a news outlet."""
        toks = self.toks
        s, e = self.resolver._span(head)
        words = [toks[i].text for i in range(s, e)]
        for size in range(len(words), 0, -1):
            for k in range(0, len(words) - size + 1):
                name = " ".join(words[k : k + size])
                if name in self.outlets:
                    return self.outlets[name]
        if toks[head].lemma.casefold() in self.outlet_heads:
            names = [toks[i].text for i in range(s, head) if toks[i].pos == "PROPN"]
            if names:
                return " ".join(names)
        return None


def extract_quotes(doc: ParsedDoc, lexicons: Lexicons) -> list[Quote]:
    """Direct, indirect and mixed quotes of one document, sorted by content span."""
    if not doc.tokens or not doc.text:
        return []
    d = _Doc(doc, lexicons)
    quotes: list[Quote] = []
    direct_kind = [_segment_kind(d, seg) for seg in d.segments]
    attributions: list[tuple[int, Resolved, str, tuple[int, int]] | None] = []
    for k, seg in enumerate(d.segments):
        attributions.append(_attribute_segment(d, k, seg, direct_kind[k]))
    # a chain's parts share the attribution found on any of them
    by_chain: dict[int, tuple[int, Resolved, str, tuple[int, int]]] = {}
    for k, seg in enumerate(d.segments):
        if attributions[k] is not None and seg.chain not in by_chain:
            by_chain[seg.chain] = attributions[k]  # type: ignore[assignment]
    previous: tuple[int, Resolved, str, tuple[int, int]] | None = None
    previous_para = -10
    for k, seg in enumerate(d.segments):
        kind = direct_kind[k]
        found = attributions[k] or by_chain.get(seg.chain)
        if (
            found is None
            and kind == "direct"
            and previous is not None
            and seg.paragraph - previous_para <= 1
        ):
            found = previous
        words = len(doc.text[seg.start : seg.end].split())
        if found is None and (kind == "mixed" or words < _MIN_UNATTRIBUTED_WORDS):
            continue
        if kind == "direct" and found is not None:
            previous, previous_para = found, seg.paragraph
        quotes.append(_make_quote(d, seg.start, seg.end, kind, found))
    quotes.extend(_indirect_quotes(d))
    return _dedupe(quotes)


def speaker_at(doc: ParsedDoc, lexicons: Lexicons, start: int, end: int) -> str | None:
    """The canonical speaker of the cue word at characters [start, end) ("said"), or None.

    The speaker-resolution step alone, for gold sets that mark cues but no quote spans.
    """
    if not doc.tokens:
        return None
    d = _Doc(doc, lexicons)
    cue = next((i for i, t in enumerate(doc.tokens) if start <= t.idx < end), None)
    if cue is None:
        return None
    found = _speaker_of_cue(d, cue, any_verb=True)
    return d.resolver.speaker_name(found[0]) if found is not None else None


def _segment_kind(d: _Doc, seg: QuoteSegment) -> str:
    """'mixed' when the quoted words are woven into the sentence, else 'direct'."""
    text = d.doc.text
    j = seg.open - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    woven = j >= 0 and (_is_word(text[j]) or text[j] in ")%")
    if not woven:
        return "direct"
    content = text[seg.start : seg.end]
    statement = content[:1].isupper() and content[-1:] in _TERMINAL and len(content.split()) >= 4
    return "direct" if statement else "mixed"


def _segment_tokens(d: _Doc, k: int) -> list[int]:
    return d.tokens_of.get(k, [])


def _attribute_segment(
    d: _Doc, k: int, seg: QuoteSegment, kind: str
) -> tuple[int, Resolved, str, tuple[int, int]] | None:
    """(cue token, speaker, cue lemma, cue char span) for a quotation segment, if found."""
    toks = d.toks
    inner = _segment_tokens(d, k)
    if not inner:
        return None
    if kind == "mixed":
        # the outermost cue verb on the path from the quoted words to the root
        roots = [i for i in inner if d.seg_of[toks[i].head] != k or toks[i].head == i]
        best = None
        for r in roots:
            i, seen = toks[r].head, set()
            while i not in seen and d.sent_of[i] == d.sent_of[r]:
                seen.add(i)
                if d.is_cue(i) and d.seg_of[i] is None:
                    found = _speaker_of_cue(d, i)
                    if found is not None:
                        best = (i, found)
                if toks[i].head == i:
                    break
                i = toks[i].head
        if best is None:
            return None
        cue, (speaker, lemma) = best
        return cue, speaker, lemma, _cue_span(d, cue)
    first, last = inner[0], inner[-1]
    sentences = set(range(d.sent_of[first], d.sent_of[last] + 1))
    # "X said:" ending the sentence before the quotation
    prev = first - 1
    while prev >= 0 and d.mark[prev]:
        prev -= 1
    if prev >= 0 and toks[prev].text == ":":
        sentences.add(d.sent_of[prev])
    candidates = []
    for s_no in sorted(sentences):
        s, e = d.sents[s_no]
        for i in range(s, e):
            if d.seg_of[i] is None and d.is_cue(i):
                distance = (
                    seg.start - toks[i].idx if toks[i].idx < seg.start else toks[i].idx - seg.end
                )
                candidates.append((distance, i))
    # a short attribution sentence right after the closing mark: '"...."  He said.'
    nxt = last + 1
    while nxt < len(toks) and d.mark[nxt]:
        nxt += 1
    while nxt < len(toks) and not toks[nxt].text.strip():
        nxt += 1
    if (
        not candidates
        and nxt < len(toks)
        and d.sent_of[nxt] not in sentences
        # in the same paragraph: the next paragraph's "Washington said ..." is its own
        and not _PARAGRAPH.search(d.doc.text, seg.end, toks[nxt].idx)
    ):
        s, e = d.sents[d.sent_of[nxt]]
        if e - s <= 8 and d.seg_of[s] is None:
            candidates = [(toks[i].idx - seg.end, i) for i in range(s, e) if d.is_cue(i)]
    for _, cue in sorted(candidates):
        if _other_segment_between(d, k, cue):
            continue
        found = _speaker_of_cue(d, cue)
        if found is not None:
            speaker, lemma = found
            return cue, speaker, lemma, _cue_span(d, cue)
    if prev >= 0 and toks[prev].text in _INTRODUCERS:
        return _colon_speaker(d, prev)
    return None


def _colon_speaker(d: _Doc, colon: int) -> tuple[int, Resolved, str, tuple[int, int]] | None:
    """ "Edward Snowden: 'Would I do it again? Absolutely yes'": a name alone before a colon
    that opens a quotation speaks it (the headline and caption convention). The words before
    the colon, back to the start of the sentence or line, must be a noun phrase naming a
    person, organisation or country: no verb ("TV Review: 'Cosmos'" names nobody)."""
    toks = d.toks
    lo = d.sents[d.sent_of[colon]][0]
    for i in range(colon - 1, lo - 1, -1):
        if "\n" in d.doc.text[toks[i].idx + len(toks[i].text) : toks[i + 1].idx]:
            lo = i + 1
            break
    span = range(lo, colon)
    if not span or d.seg_of[lo] is not None or d.mark[lo]:
        return None
    if any(d.seg_of[i] is not None for i in span):
        return None  # another quotation before the colon is that one's business
    heads = [i for i in span if toks[i].head not in span or toks[i].head == i]
    if any(toks[i].pos in ("VERB", "AUX") for i in span):
        # a clause introducing the quotation ("Mr Justice Mann agreed ...: 'I conclude ...'")
        # lends it its subject
        verbs = [i for i in heads if toks[i].pos in ("VERB", "AUX")]
        subject = _subject(d, verbs[0]) if len(verbs) == 1 else None
        if subject is None or toks[subject].tag in ("PRP", "PRP$", "EX"):
            return None
        heads = [subject]
    elif toks[colon].text != ":" or len(span) > 8:
        return None  # a name alone stands before a colon, not a dash
    if len(heads) != 1 or toks[heads[0]].pos not in ("PROPN", "NOUN"):
        return None
    speaker = d.resolver.resolve(heads[0])
    if speaker.name is None or speaker.kind not in (PERSON, ORGANISATION, "country"):
        return None
    at = toks[colon].idx
    return colon, speaker, ":", (at, at + 1)


def _other_segment_between(d: _Doc, k: int, cue: int) -> bool:
    """True when another quotation sits between segment k and the cue (it is that one's cue)."""
    seg = d.segments[k]
    pos = d.toks[cue].idx
    lo, hi = (pos, seg.open) if pos < seg.open else (seg.end, pos)
    for j, other in enumerate(d.segments):
        if j != k and other.chain != seg.chain and lo <= other.start and other.end <= hi:
            return True
    return False


def _cue_span(d: _Doc, cue: int) -> tuple[int, int]:
    tok = d.toks[cue]
    end = tok.idx + len(tok.text)
    if tok.text.casefold() == "according":
        for c in d.children[cue]:
            if d.toks[c].text.casefold() == "to":
                end = d.toks[c].idx + len(d.toks[c].text)
    return tok.idx, end


def _subject(d: _Doc, verb: int) -> int | None:
    here = d.sent_of[verb]
    for c in d.children[verb]:
        # a clause does not run over a paragraph break: a "subject" in the headline above
        # ("Technical problem on Airbus A400M \n\n Airbus has confirmed") is a parse error
        if d.toks[c].dep in _SUBJECT_DEPS and c not in d.dateline and d.sent_of[c] == here:
            return c
    # a subject the parser attached to the previous paragraph: the noun phrase that opens the
    # verb's sentence and hangs from outside it ("...' \n\n Russia's envoy, ..., said")
    start = d.sents[here][0]
    for i in range(start, verb):
        tok = d.toks[i]
        if d.sent_of[tok.head] != here and tok.pos in ("NOUN", "PROPN", "PRON"):
            return i
    return None


def _document_author(d: _Doc, noun: int) -> Resolved:
    """Who speaks through a document that a participle describes ("issued a statement saying",
    "resigned in a letter stating"): the author its modifiers name ("a Pentagon report"), else
    the subject of the verb the document depends on."""
    toks = d.toks
    if any(
        toks[c].dep in ("poss", "compound", "nmod")
        or (toks[c].dep == "amod" and toks[c].text[:1].isupper())
        for c in d.children[noun]
    ):
        found = d.resolver.resolve(noun)
        if found.name is not None:
            return found
    verb = toks[noun].head
    if toks[noun].dep == "pobj" and toks[verb].dep == "prep":
        verb = toks[verb].head
    subject = _subject(d, verb) if toks[verb].pos in ("VERB", "AUX") else None
    if subject is None:
        return d.resolver.resolve(noun)
    return d.resolver.resolve(subject)


def _dateline(toks: tuple[Token, ...]) -> frozenset[int]:
    """Tokens of a dateline opening the article ("MOSCOW (Capital Wire) —", "TALLINN —"): the
    parser often makes the place a second subject of the first verb."""
    for k, tok in enumerate(toks[:12]):
        if tok.text in ("\u2014", "\u2013", "--", "-") and k > 0:
            if toks[0].text.isupper() and toks[0].text.isalpha():
                return frozenset(range(k + 1))
            return frozenset()
    return frozenset()


def _agent(d: _Doc, verb: int) -> int | None:
    """The agent of a passive verb: "was announced by Airbus" -> Airbus."""
    for c in d.children[verb]:
        if d.toks[c].dep == "agent":
            for p in d.children[c]:
                if d.toks[p].dep == "pobj":
                    return p
    return None


def _speaker_of_cue(d: _Doc, cue: int, any_verb: bool = False) -> tuple[Resolved, str] | None:
    """The speaker of a cue verb and the cue lemma; None when the cue has no usable speaker.

    `any_verb` is for a cue given from outside (a gold speech event): negated cues, noun cues
    ("his statement", "a statement by X") and outlets as speakers are then accepted.
    """
    toks = d.toks
    lemma = toks[cue].lemma.casefold()
    if any_verb and toks[cue].pos in ("NOUN", "PROPN"):
        for c in d.children[cue]:
            if toks[c].dep == "poss":
                return d.resolver.resolve(c), lemma
            if toks[c].dep == "prep" and toks[c].text.casefold() in ("by", "from", "of"):
                for p in d.children[c]:
                    if toks[p].dep == "pobj":
                        return d.resolver.resolve(p), lemma
        if toks[cue].dep in ("dobj", "obj") and toks[cue].head != cue:
            cue = toks[cue].head  # "X issued a statement": the issuer speaks
    if toks[cue].text.casefold() == "according":
        lemma = "according to"
        for c in d.children[cue]:
            for p in d.children[c]:
                if toks[p].dep == "pobj":
                    if d.is_outlet(p):
                        return None
                    return d.resolver.resolve(p), lemma
        return None
    if not any_verb and any(toks[c].dep == "neg" for c in d.children[cue]):
        return None  # "did not say": nothing reported
    subject = _subject(d, cue)
    verb = cue
    # participles and conjoined verbs borrow the subject of the verb they hang from:
    # "..., adding that", "denies ... and says", "TASS quoted Ryabkov as saying"
    for _ in range(3):
        if subject is not None:
            break
        head = toks[verb].head
        if head == verb:
            break
        if toks[verb].dep == "pcomp" and toks[head].dep == "prep":
            head = toks[head].head
        if toks[head].lemma.casefold() in d.cues.citing:
            for c in d.children[head]:
                # "TASS quoted Ryabkov as saying"; passive, "Ryabkov was quoted (by TASS) as
                # saying": the one quoted speaks, whoever quotes them is a citation
                if toks[c].dep in ("dobj", "obj", "nsubjpass"):
                    return d.resolver.resolve(c), toks[head].lemma.casefold()
        # "said X but warned that Y", parsed as a second complement of "said": a cue verb
        # without a subject under another cue verb shares its subject
        run_on = toks[verb].dep == "ccomp" and d.is_cue(head)
        if toks[verb].dep not in ("conj", "advcl", "xcomp", "pcomp", "acl") and not run_on:
            break
        if toks[verb].dep == "acl":  # "with X saying": the subject is the noun the clause modifies
            for c in d.children[verb]:
                if toks[c].dep in _SUBJECT_DEPS:
                    subject = c
            if subject is None and toks[head].lemma.casefold() in DOCUMENTS:
                return _document_author(d, head), lemma
            break
        verb = head
        subject = _subject(d, verb)
    if subject is None or not any(ch.isalnum() for ch in toks[subject].text):
        return None  # a quotation mark the parser took for a subject
    if toks[subject].dep == "nsubjpass":
        agent = _agent(d, verb)
        # "it was said": the speaker is not named, unless "by" names it
        return (d.resolver.resolve(agent), lemma) if agent is not None else None
    person = toks[subject].text.casefold()
    if person in ("i", "we") and d.seg_of[cue] is not None:
        quoted = _first_person(d, d.seg_of[cue], plural=person == "we")
        return (quoted, lemma) if quoted is not None else None
    if person in ("i", "we", "you"):
        return None
    if d.is_outlet(subject) and not any_verb:
        # an outlet reporting is a citation; the source it cites, if any, is the speaker
        for c in d.children[cue]:
            if toks[c].lemma.casefold() == "cite":
                for o in d.children[c]:
                    if toks[o].dep in ("dobj", "obj"):
                        return d.resolver.resolve(o), lemma
        return None
    return _coordinated(d, verb, subject), lemma


def _coordinated(d: _Doc, verb: int, subject: int) -> Resolved:
    """The speaker of a cue with coordinated subjects ("Macron and Putin said", also parsed
    as two subjects of the verb) is all of them: "Emmanuel Macron and Vladimir Putin"."""
    toks = d.toks
    first = d.resolver.resolve(subject)
    others = [c for c in d.children[subject] if toks[c].dep == "conj"]
    # a second subject of the same verb counts only when "and" joins the two, with no verb
    # between them (the parser also hangs other clauses' subjects on a verb)
    for c in d.children[verb]:
        if toks[c].dep != "nsubj" or c == subject or c > verb:
            continue
        between = range(min(c, subject) + 1, max(c, subject))
        if any(toks[i].text.casefold() == "and" for i in between) and not any(
            toks[i].pos in ("VERB", "AUX") for i in between
        ):
            others.append(c)
    if not others:
        return first
    if toks[subject].pos != "PROPN":
        # "AMD president and chief executive Rory Read": titles coordinated before one name
        names = [c for c in others if toks[c].pos == "PROPN"]
        if len(others) == 1 and names and d.resolver.resolve(names[0]).kind == PERSON:
            return d.resolver.resolve(names[0])
        return first
    if first.name is None or any(toks[c].pos != "PROPN" for c in others):
        return first  # only names are coordinated speakers ("Russia and EU officials" is not)
    found = [first, *(d.resolver.resolve(c) for c in sorted(others))]
    if any(f.name is None or f.kind == ANONYMOUS for f in found):
        return first  # "Biden and an aide said": only the named part is known
    names = list(dict.fromkeys(d.resolver.speaker_name(f) or "" for f in found))
    if len(names) == 1:
        return first
    kind = PERSON if all(f.kind == PERSON for f in found) else ORGANISATION
    last = max(found, key=lambda f: f.end)
    text = d.doc.text[first.start : last.end]
    return Resolved(" and ".join(names), kind, text, first.start, last.end, first.head)


def _first_person(d: _Doc, k: int, plural: bool) -> Resolved | None:
    """Who "I" or "we" is inside quotation k: the quotation's speaker, and for "we" the body
    that speaker speaks for ("We want to know," said Airbus chief Thomas Enders -> Airbus):
    an organisation or government speaks as itself, a person through the one organisation
    named in their title; a person with none is not a "we" we can name."""
    seg = d.segments[k]
    found = _attribute_segment(d, k, seg, _segment_kind(d, seg))
    if found is None:  # the attribution may sit on another part of the same quotation
        found = next(
            (
                a
                for j, other in enumerate(d.segments)
                if j != k and other.chain == seg.chain
                for a in [_attribute_segment(d, j, other, _segment_kind(d, other))]
                if a is not None
            ),
            None,
        )
    if found is None:
        return None
    speaker = found[1]
    if not plural or speaker.kind != PERSON:
        return speaker
    return d.resolver.organisation_of(speaker.name)


# -- indirect quotes -------------------------------------------------------------------------


def _indirect_quotes(d: _Doc) -> list[Quote]:
    toks = d.toks
    found: list[tuple[tuple[int, int], int, tuple[Resolved, str]]] = []
    for cue, tok in enumerate(toks):
        if tok.pos not in ("VERB", "AUX") and len(tok.text) != _ACCORDING_LENGTH:
            continue  # neither a cue verb nor "according to" (the cheap test first)
        if not d.is_cue(cue) and not (
            toks[cue].text.casefold() == "according" and cue not in d.inside
        ):
            continue
        lemma = (
            toks[cue].lemma.casefold()
            if toks[cue].text.casefold() != "according"
            else "according to"
        )
        mode = d.cues.content.get(lemma, "none")
        if mode == "none":
            continue
        content = _content_span(d, cue, mode)
        if content is None:
            continue
        speaker = _speaker_of_cue(d, cue)
        if speaker is None:
            continue
        found.append((content, cue, speaker))
    # a cue inside another quote's content is reported speech inside reported speech
    spans = [c for c, _, _ in found]
    quotes = []
    for (lo, hi), cue, (speaker, lemma) in found:
        if any(s_lo <= cue < s_hi and (s_lo, s_hi) != (lo, hi) for s_lo, s_hi in spans):
            continue
        for part_lo, part_hi in _unquoted_parts(d, cue, lo, hi):
            start = toks[part_lo].idx
            end = toks[part_hi - 1].idx + len(toks[part_hi - 1].text)
            if part_hi - part_lo < 3:
                continue
            quotes.append(
                _make_quote(d, start, end, "indirect", (cue, speaker, lemma, _cue_span(d, cue)))
            )
    return quotes


def _content_span(d: _Doc, cue: int, mode: str) -> tuple[int, int] | None:
    """Token range [lo, hi) of the content clause of a cue, or None.

    The content stays inside the cue's sentence: a parse that runs on across a paragraph break
    must not make the next paragraph part of what was said.
    """
    here = d.sent_of[cue]
    span = _content_tokens(d, cue, mode)
    if span is None:
        return None
    # a dateline opening the article ("WASHINGTON (Capital Wire) —") is no part of what was said
    return _trim(d, [i for i in span if d.sent_of[i] == here and i not in d.dateline])


def _content_tokens(d: _Doc, cue: int, mode: str) -> list[int] | None:
    toks = d.toks
    if lemma_is_according(d, cue):
        head = toks[cue].head
        if head == cue:
            return None
        skip = set(d.resolver._subtree(cue))
        content = [i for i in d.resolver._subtree(head) if i not in skip]
        if cue > head:  # "..., according to X." ends what was said (not its full stop)
            content = [i for i in content if i < min(skip)]
        return content
    deps = ("ccomp",) if mode == "ccomp" else ("ccomp", "xcomp")
    comp = [c for c in d.children[cue] if toks[c].dep in deps and d.sent_of[c] == d.sent_of[cue]]
    if comp:
        c = comp[0]
        if toks[c].dep == "xcomp" and not any(
            toks[a].text.casefold() == "to" for a in d.children[c]
        ):
            return None  # "warned it would ..." is ccomp; a bare xcomp is not content
        return d.resolver._subtree(c)
    # postposed attribution parsed the other way round: "X is willing ..., he told journalists"
    head = toks[cue].head
    if (
        toks[cue].dep in ("parataxis", "ccomp", "advcl")
        and head < cue
        and _subject(d, cue) is not None
        # not a complement clause ("warned that the allies would respond"): no
        # complementiser, and the clause in front is not itself reported by a cue
        and not any(toks[c].dep == "mark" for c in d.children[cue])
        and not d.is_cue(head)
    ):
        skip = set(d.resolver._subtree(cue))
        return [i for i in d.resolver._subtree(head) if i not in skip and i < min(skip)]
    return None


def lemma_is_according(d: _Doc, cue: int) -> bool:
    return d.toks[cue].text.casefold() == "according"


def _trim(d: _Doc, tokens: list[int]) -> tuple[int, int] | None:
    if not tokens:
        return None
    toks = d.toks
    lo, hi = min(tokens), max(tokens) + 1
    changed = True
    while changed and lo < hi:
        changed = False
        if (
            toks[lo].pos == "PUNCT"
            or (toks[lo].dep == "mark" and toks[lo].lemma.casefold() in ("that", "whether"))
            or toks[lo].dep == "cc"
        ):
            lo += 1
            changed = True
        elif lo < hi and (toks[hi - 1].pos == "PUNCT" or toks[hi - 1].dep == "cc"):
            if d.mark[hi - 1] and d.seg_of[hi - 2] is not None if hi - 2 >= 0 else False:
                break  # keep a closing quotation mark that ends quoted words
            hi -= 1
            changed = True
    return (lo, hi) if hi - lo >= 2 else None


def _unquoted_parts(d: _Doc, cue: int, lo: int, hi: int) -> list[tuple[int, int]]:
    """The content, or its conjoined clauses that hold no quotation marks."""
    if not any(d.seg_of[i] is not None or d.mark[i] for i in range(lo, hi)):
        return [(lo, hi)]
    toks = d.toks
    # the root of the content and its conjoined clauses ("... and that ...")
    roots = [i for i in range(lo, hi) if not lo <= toks[i].head < hi or toks[i].head == i]
    if len(roots) != 1:
        return []
    root = roots[0]
    conjs = [
        c for c in d.children[root] if toks[c].dep == "conj" and toks[c].pos in ("VERB", "AUX")
    ]
    parts = []
    taken: set[int] = set()
    for c in conjs:
        sub = [i for i in d.resolver._subtree(c) if lo <= i < hi]
        taken.update(sub)
        span = _trim(d, sub)
        if span:
            parts.append(span)
    rest = [i for i in range(lo, hi) if i not in taken]
    # the first clause ends where the first conjunct starts
    if conjs:
        first_conj = min(min(d.resolver._subtree(c)) for c in conjs)
        rest = [i for i in rest if i < first_conj]
    span = _trim(d, rest)
    if span:
        parts.append(span)
    clean = [
        (a, b)
        for a, b in parts
        if not any(d.seg_of[i] is not None or d.mark[i] for i in range(a, b))
    ]
    return sorted(clean)


# -- output ----------------------------------------------------------------------------------


def _make_quote(
    d: _Doc,
    start: int,
    end: int,
    kind: str,
    found: tuple[int, Resolved, str, tuple[int, int]] | None,
) -> Quote:
    text = d.doc.text[start:end]
    sentence = d.char_sentence(start)
    if found is None:
        return Quote(d.doc.article_id, start, end, sentence, text, kind)
    _, speaker, lemma, (cue_start, cue_end) = found
    return Quote(
        article_id=d.doc.article_id,
        start=start,
        end=end,
        sentence=sentence,
        text=text,
        kind=kind,
        speaker=d.resolver.speaker_name(speaker),
        speaker_mention=speaker.text,
        speaker_start=speaker.start if speaker.end > speaker.start else None,
        speaker_end=speaker.end if speaker.end > speaker.start else None,
        speaker_kind=speaker.kind
        if speaker.name is not None or speaker.kind == ANONYMOUS
        else "unknown",
        cue=lemma,
        cue_start=cue_start,
        cue_end=cue_end,
    )


def _dedupe(quotes: list[Quote]) -> list[Quote]:
    """Sorted by span; an indirect quote overlapping a quotation already found is dropped."""
    quoted = [(q.start, q.end) for q in quotes if q.kind != "indirect"]
    out, seen = [], set()
    for q in sorted(quotes, key=lambda q: (q.start, q.end, q.kind)):
        if q.kind == "indirect" and any(s < q.end and q.start < e for s, e in quoted):
            continue
        if (q.start, q.end) in seen:
            continue
        seen.add((q.start, q.end))
        out.append(q)
    return out
