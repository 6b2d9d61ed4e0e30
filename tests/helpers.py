"""Hand-built inputs for tests: ParsedDocs without a model, small corpora on disk."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from newsgraph.types import ParsedDoc, Token, article_id


def make_doc(
    words: Sequence[str],
    *,
    heads: Sequence[int] | None = None,
    deps: Sequence[str] | None = None,
    pos: Sequence[str] | None = None,
    lemmas: Sequence[str] | None = None,
    ents: Sequence[tuple[int, int, str]] = (),
    sents: Sequence[tuple[int, int]] | None = None,
    published: datetime | None = None,
    spaces: Sequence[bool] | None = None,
) -> ParsedDoc:
    """A ParsedDoc from word lists, like spaCy's test Doc(vocab, words, heads, deps).

    Words are joined by single spaces, or as `spaces` says (a space after word i or none, as
    spaCy's Doc(vocab, words, spaces)); heads are absolute token indices (default: self).
    """
    n = len(words)
    spaces = list(spaces) if spaces is not None else [i < n - 1 for i in range(n)]
    heads = list(heads) if heads is not None else list(range(n))
    deps = list(deps) if deps is not None else ["dep"] * n
    pos = list(pos) if pos is not None else ["X"] * n
    lemmas = list(lemmas) if lemmas is not None else [w.lower() for w in words]
    ent_at = {i: (start, label) for start, end, label in ents for i in range(start, end)}
    tokens, offset = [], 0
    for i, word in enumerate(words):
        start, label = ent_at.get(i, (None, ""))
        iob = "O" if start is None else ("B" if start == i else "I")
        tokens.append(
            Token(
                text=word,
                lemma=lemmas[i],
                pos=pos[i],
                tag=pos[i],
                dep=deps[i],
                head=heads[i],
                idx=offset,
                ws=spaces[i],
                ent_iob=iob,
                ent_type=label,
            )
        )
        offset += len(word) + spaces[i]
    text = "".join(w + " " * sp for w, sp in zip(words, spaces, strict=True))
    return ParsedDoc(
        article_id=article_id(text),
        published=published,
        text=text,
        tokens=tuple(tokens),
        sents=tuple(sents) if sents is not None else ((0, n),),
        ents=tuple(ents),
    )


def crisis_paragraph(i: int) -> str:
    """A short, distinct article text about the 2021-22 crisis (number i makes it unique)."""
    return (
        f"Dispatch {i}. Russian Foreign Minister Sergei Lavrov said on Wednesday that Moscow "
        f"expects talks with Washington to begin in January. NATO Secretary General Jens "
        f"Stoltenberg said the alliance was ready to meet Russian officials in Brussels. "
        f"Officials in Kyiv said Russia had massed troops near the border, report number {i}."
    )


def write_jsonl(path: Path, n: int, *, start: int = 0) -> Path:
    """A JSONL news export of n distinct articles."""
    lines = []
    for i in range(start, start + n):
        lines.append(
            json.dumps(
                {
                    "headline": f"Crisis dispatch {i}",
                    "body": crisis_paragraph(i),
                    "link": f"https://meridianpost.example/2021/12/dispatch-{i}",
                    "publishedAt": f"2021-12-{1 + i % 28:02d}T10:00:00Z",
                    "source": "Meridian Post",
                }
            )
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _frozen_sentences(words: list[str]) -> list[tuple[int, int]]:
    """A row may hold several sentences: each ends at a full stop of its own."""
    cuts = [i + 1 for i, w in enumerate(words) if w == "." and i + 1 < len(words)]
    bounds = [0, *cuts, len(words)]
    return list(zip(bounds, bounds[1:], strict=False))


def _given_sentences(starts: str, n: int) -> list[tuple[int, int]]:
    bounds = [int(s) for s in starts.split()] + [n]
    return list(zip(bounds, bounds[1:], strict=False))


def frozen_parse_timexes(
    sentence: str, parse: str, published: datetime, lexicon, *, sents: str | None = None
) -> list[tuple[str, str, str]]:
    """(text, type, value) of the time expressions found in `sentence`, parsed as `parse` says.

    `parse` holds one `lemma/POS/head/dep/entity` column per word ("-" for no entity), so
    probe tests run without the spaCy model. `sentence` may be a whole document of several
    lines, written as the model's tokens with single spaces between them: a line break is a
    token of its own, as spaCy makes it (its column's lemma is written "NL"), and `sents`
    gives the first token of each sentence as the model split them ("0 6 11"); without it a
    sentence ends at each full stop.
    """
    from newsgraph.extract.timex import extract_timexes

    words = re.findall(r"\n|[^\s]+", sentence)
    ends = [m.end() for m in re.finditer(r"\n|[^\s]+", sentence)]
    spaces = [sentence[e : e + 1] == " " for e in ends]
    cols = [tok.rsplit("/", 4) for tok in parse.split()]
    assert len(cols) == len(words)
    cols = [[w if w == "\n" else c[0], *c[1:]] for w, c in zip(words, cols, strict=True)]
    ents, i = [], 0
    while i < len(cols):  # runs of one entity label (none is "-")
        j = i
        while j < len(cols) and cols[j][4] == cols[i][4]:
            j += 1
        if cols[i][4] != "-":
            ents.append((i, j, cols[i][4]))
        i = j
    doc = make_doc(
        words,
        lemmas=[c[0] for c in cols],
        pos=[c[1] for c in cols],
        heads=[int(c[2]) for c in cols],
        deps=[c[3] for c in cols],
        ents=ents,
        sents=_frozen_sentences(words) if sents is None else _given_sentences(sents, len(words)),
        published=published,
        spaces=spaces,
    )
    return [(t.text, t.type, t.value) for t in extract_timexes(doc, lexicon)]
