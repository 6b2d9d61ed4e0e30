"""Reader for MEANTIME (NewsReader), as shipped in ../shared/eval/time/meantime_en_docs.jsonl.

One JSON object per Wikinews article: `text` is the article's tokens joined by spaces, a
sentence a line; `dct` its creation date; `timexes` (start/end character offsets, TIMEX3 type,
value and function) and `speech_cognitive_events` (cue, speaker span, speaker entity).

The document creation time appears in the text too (the article's date line) as a TIMEX3 with
function CREATION_TIME; it is returned separately, because TempEval scores do not count the
DCT, which systems are given.

>>> doc = parse_line('{"doc_id": "1", "corpus": "c", "dct": "03-02-2009", "text": "x", '
...                  '"timexes": []}')
>>> doc.dct
datetime.date(2009, 2, 3)
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

__all__ = ["MeantimeDoc", "MeantimeTimex", "read_meantime_docs", "parse_line"]


@dataclass(frozen=True, slots=True)
class MeantimeTimex:
    start: int
    end: int
    text: str
    type: str
    value: str
    function: str = "NONE"


@dataclass(frozen=True, slots=True)
class MeantimeDoc:
    doc_id: str
    name: str
    corpus: str  # the sub-corpus: corpus_airbus, corpus_apple, corpus_gm, corpus_stock
    dct: date | None
    text: str
    timexes: tuple[MeantimeTimex, ...]
    speech_events: tuple[dict[str, Any], ...] = field(default=())


def _parse_dct(raw: str | None) -> date | None:
    """ISO 'YYYY-MM-DD', or 'DD-MM-YYYY' as one article of the corpus writes it."""
    if not raw:
        return None
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", raw.strip()):
        return date(int(m[1]), int(m[2]), int(m[3]))
    if m := re.fullmatch(r"(\d{2})-(\d{2})-(\d{4})", raw.strip()):
        return date(int(m[3]), int(m[2]), int(m[1]))
    return None


def parse_line(line: str) -> MeantimeDoc:
    """One JSONL record as a MeantimeDoc."""
    rec = json.loads(line)
    timexes = tuple(
        MeantimeTimex(
            start=int(t["start"]),
            end=int(t["end"]),
            text=t.get("text", ""),
            type=t.get("type", ""),
            value=t.get("value", ""),
            function=t.get("function") or "NONE",
        )
        for t in rec.get("timexes", [])
    )
    dct = _parse_dct(rec.get("dct"))
    if dct is None:  # fall back on the annotated creation time, when there is one
        for t in timexes:
            if t.function == "CREATION_TIME" and (dct := _parse_dct(t.value)):
                break
    return MeantimeDoc(
        doc_id=str(rec.get("doc_id", "")),
        name=rec.get("doc_name", ""),
        corpus=rec.get("corpus", ""),
        dct=dct,
        text=rec["text"],
        timexes=tuple(sorted(timexes, key=lambda t: (t.start, t.end))),
        speech_events=tuple(rec.get("speech_cognitive_events", [])),
    )


def read_meantime_docs(path: str | Path) -> list[MeantimeDoc]:
    """All documents of a MEANTIME JSONL file, in file order."""
    with Path(path).open(encoding="utf-8") as fh:
        return [parse_line(line) for line in fh if line.strip()]
