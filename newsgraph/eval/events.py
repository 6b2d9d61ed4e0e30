"""Event coding measured on public gold data: readers for four formats and the field's metrics.

`evaluate(path, fmt, nlp, split=...)` returns a dict of figures, keyed as the issue fixes them:

- **plover-gsr** (PLOVER_GSR_CAMEO records, PLOVER v0.5b1 labels; DEMAND -> REQUEST,
  DISAPPROVE -> ACCUSE, INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT): each sentence has one coded
  event; the sentence's *main* event (the predicate nearest the root of the parse) is compared
  (when no act with nameable parties is found, the main predicate is typed without them).
  `type_acc`, `type_macro_f1` (mean F1 over the PLOVER types that occur in gold or prediction),
  `actor_acc` / `recipient_acc` (the set of country/IGO codes of the main event equals the gold
  set; recipient over sentences whose gold has recipients), `actor_sector_acc` (codes and
  sectors both equal, over actors whose gold gives a sector), `n`.
- **petrarch** (PETRARCH-2 unit-test records; the validation dictionaries are loaded as user
  dictionaries): `triple_recall` (expected (source, target, CAMEO) triples produced exactly),
  `root_recall` (same with the CAMEO root, the first two digits), `false_events` (share of
  no-event records that produce any triple), `n` (records); also `pair_recall` (the
  (source, target) pair found, whatever the code: actor coding alone), `discard_events`
  (records PETRARCH discards for a broken parse tree that still give triples here),
  `cameo_gold_share` (expected triples whose code is a CAMEO 1.1b3 code at all: the gold codes
  come from PETRARCH's validation verb dictionary, not shared, which tests its pattern mechanics
  with codes such as '903' or '174K' that CAMEO does not have, so this share is the ceiling of
  `triple_recall` for any CAMEO coder) and `cameo_triple_recall` (recall over those). Actor
  codes are compared with their three-letter parts in a fixed order (`canonical_code`:
  PETRARCH's prefix agents, "NGOARN", equal our "ARNNGO").
- **case2021** (CASE 2021 task 2 snippets): `mapped_acc`, the main event's PLOVER type against
  the PLOVER type of the gold ACLED-style subtype, over the subtypes in `CASE_TO_PLOVER`; `n`.
- **sample** (our corpus gold, `examples/corpus/gold/articles/*.json`, key `events`): a
  predicted event matches a gold one of the same PLOVER type when its predicate word lies in
  the gold evidence span (one-to-one); `precision`, `recall`, `f1`, `actor_agreement` (matched
  pairs whose actor and recipient codes agree, reciprocal events compared as sets), `n`.

`split` is "all", "dev" or "heldout": a fixed quarter of every set (by a hash of the record id)
is held out, so that lexicon work done while looking at dev errors can be checked on sentences
not looked at.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..extract.actors import USER_ACTORS, USER_AGENTS, actor_dictionary, user_lexicons
from ..extract.events import extract_events
from ..lexicons import Lexicons
from ..nlp import to_parsed_doc
from ..types import Article, Event, ParsedDoc
from .sample import gold_article, gold_files

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "FORMATS",
    "PLOVER_V05_MAP",
    "CASE_TO_PLOVER",
    "GoldEvent",
    "read_plover_gsr",
    "read_petrarch",
    "read_case2021",
    "read_sample",
    "macro_f1",
    "main_event",
    "in_split",
    "evaluate",
    "user_lexicons",
    "canonical_code",
]

FORMATS = ("plover-gsr", "petrarch", "case2021", "sample")
PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "MOBILIZE",
    "SANCTION",
    "COERCE",
    "ASSAULT",
)
PLOVER_V05_MAP = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}
# Legacy CAMEO country codes in the PLOVER gold records -> ISO 3166-1 alpha-3.
_LEGACY = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
# ACLED-style CASE 2021 subtypes that have a PLOVER counterpart; the others (disasters, crime,
# "disrupted weapons use", headquarters, group changes, non-violent transfers, attribution,
# diplomacy of unstated kind) are not scored.
CASE_TO_PLOVER = {
    "PEACE_PROTEST": "PROTEST",
    "VIOL_DEMONSTR": "PROTEST",
    "PROTEST_WITH_INTER": "PROTEST",
    "MOB_VIOL": "PROTEST",
    "ARMED_CLASH": "ASSAULT",
    "ATTACK": "ASSAULT",
    "GRENADE": "ASSAULT",
    "SUIC_BOMB": "ASSAULT",
    "AIR_STRIKE": "ASSAULT",
    "ART_MISS_ATTACK": "ASSAULT",
    "CHEM_WEAP": "ASSAULT",
    "REM_EXPLOS": "ASSAULT",
    "SEX_VIOL": "ASSAULT",
    "ABDUCT_DISSAP": "ASSAULT",
    "FORCE_AGAINST_PROTEST": "ASSAULT",
    "PROPERTY_DISTRUCT": "ASSAULT",
    "GOV_REGAINS_TERIT": "COERCE",
    "NON_STATE_ACTOR_OVERTAKES_TER": "COERCE",
    "ARREST": "COERCE",
    "AGREEMENT": "AGREE",
}
HELDOUT_SHARE = 4  # one record in four is held out


@dataclass(frozen=True)
class GoldEvent:
    """One gold record: a sentence (or article) and what should come out of it."""

    id: str
    text: str
    type: str = ""
    actors: tuple[tuple[str, str], ...] = ()  # (code, sector)
    recipients: tuple[tuple[str, str], ...] = ()
    date: str = ""
    triples: tuple[tuple[str, str, str], ...] = ()
    no_events: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


def in_split(record_id: str, split: str) -> bool:
    """Whether a record belongs to `split` ("all", "dev", "heldout"), by a hash of its id."""
    if split == "all":
        return True
    held = int(hashlib.sha256(record_id.encode()).hexdigest(), 16) % HELDOUT_SHARE == 0
    return held if split == "heldout" else not held


# --- readers ------------------------------------------------------------------------------------


def _plover_actors(value: Any) -> tuple[tuple[str, str], ...]:
    if not value:
        return ()
    out = []
    for a in value:
        code = _LEGACY.get(a.get("code", ""), a.get("code", ""))
        out.append((code, (a.get("sector") or "")[:3].upper()))
    return tuple(out)


def read_plover_gsr(path: Path) -> list[GoldEvent]:
    """PLOVER gold-standard records (JSON list; the first record documents the file)."""
    records = json.loads(Path(path).read_text("utf-8"))
    out = []
    for r in records:
        if r.get("event") == "DOCUMENT" or not r.get("text"):
            continue
        out.append(
            GoldEvent(
                id=r["id"],
                text=r["text"],
                type=PLOVER_V05_MAP.get(r["event"], r["event"]),
                actors=_plover_actors(r.get("source")),
                recipients=_plover_actors(r.get("target")),
                date=r.get("date", ""),
            )
        )
    return out


def read_petrarch(path: Path) -> list[GoldEvent]:
    """PETRARCH-2 unit-test records (JSONL: text, date YYYYMMDD, expected triples)."""
    out = []
    for line in Path(path).read_text("utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        triples = tuple(
            (e.get("source") or "", e.get("target") or "", e.get("eventcode") or "")
            for e in r.get("events", [])
        )
        d = r.get("date", "")
        iso = f"{d[:4]}-{d[4:6]}-{d[6:8]}" if len(d) == 8 else ""
        out.append(
            GoldEvent(
                id=r["id"],
                text=r["text"],
                date=iso,
                triples=triples,
                no_events=bool(r.get("expect_no_events")),
                extra={"discard": bool(r.get("expected_error"))},
            )
        )
    return out


def read_case2021(path: Path) -> list[GoldEvent]:
    """CASE 2021 task 2 snippets (TSV: id, EventSnippet, SubType)."""
    out = []
    lines = Path(path).read_text("utf-8").splitlines()
    for line in lines[1:]:
        parts = line.split("\t")
        if len(parts) < 3:
            continue
        out.append(GoldEvent(id=f"case-{parts[0]}", text=parts[1], type=parts[2].strip()))
    return out


def read_sample(path: Path) -> list[GoldEvent]:
    """Our corpus gold: a folder of article JSON files (or one file) with key `events`."""
    out = []
    for f in gold_files(path):
        gold = json.loads(f.read_text("utf-8"))
        out.append(GoldEvent(id=f.stem, text="", extra={"gold": gold, "file": str(f)}))
    return out


# --- metrics ------------------------------------------------------------------------------------


def macro_f1(gold: Sequence[str], predicted: Sequence[str], labels: Iterable[str]) -> float:
    """Mean F1 over the `labels` that occur in gold or prediction (unseen labels are skipped)."""
    scores = []
    for label in labels:
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == label and p == label)
        n_gold = sum(1 for g in gold if g == label)
        n_pred = sum(1 for p in predicted if p == label)
        if n_gold == 0 and n_pred == 0:
            continue
        scores.append(2 * tp / (n_gold + n_pred))
    return sum(scores) / len(scores) if scores else 0.0


def _depth(doc: ParsedDoc, char: int) -> int:
    for i, t in enumerate(doc.tokens):
        if t.idx == char:
            d, k = 0, i
            while doc.tokens[k].head != k and d < 100:
                k = doc.tokens[k].head
                d += 1
            return d
    return 100


def main_event(doc: ParsedDoc, events: Sequence[Event]) -> Event | None:
    """The event a one-event sentence reports: in the first sentence with events, the predicate
    nearest the root of the parse (ties: the earlier one)."""
    if not events:
        return None
    first = min(e.sentence for e in events)
    candidates = [e for e in events if e.sentence == first]
    return min(candidates, key=lambda e: (_depth(doc, e.predicate_start), e.predicate_start))


def _parse(texts: Sequence[tuple[str, str, str]], nlp: Language) -> list[ParsedDoc]:
    """(id, text, iso date) -> ParsedDocs, with the real model."""
    articles = []
    for rid, text, day in texts:
        published = datetime.fromisoformat(day).replace(tzinfo=UTC) if day else None
        articles.append(Article(id=rid, text=text, published=published))
    docs = nlp.pipe([a.text for a in articles], batch_size=64)
    return [to_parsed_doc(d, a) for d, a in zip(docs, articles, strict=True)]


def _countries(codes: Iterable[str], lexicons: Lexicons) -> set[str]:
    """Event codes -> country/IGO part, IGOs folded to 'IGO' and NGOs to 'NGO' as in the gold."""
    d = actor_dictionary(lexicons)
    igo_sector = {r["code"]: r["sector"] for r in lexicons.rows("actors_igos.tsv")}
    out = set()
    for code in codes:
        from ..extract.actors import split_code

        country, _sector = split_code(code, d)
        if country in d.igos:
            out.add("NGO" if igo_sector.get(country) == "NGO" else "IGO")
        else:
            out.add(country)
    return out


def _gold_countries(actors: Iterable[tuple[str, str]]) -> set[str]:
    return {c for c, _s in actors}


def _eval_plover(records: list[GoldEvent], nlp: Language, lexicons: Lexicons) -> dict[str, Any]:
    docs = _parse([(r.id, r.text, r.date) for r in records], nlp)
    gold_types, pred_types = [], []
    actor_ok = recip_ok = recip_n = sector_ok = sector_n = 0
    rows = []
    for r, doc in zip(records, docs, strict=True):
        # Every record is one coded event: when no act with nameable parties is found, the
        # sentence's main predicate is still typed (as for CASE snippets); its parties stay empty.
        ev = main_event(doc, extract_events(doc, lexicons)) or main_event(
            doc, extract_events(doc, lexicons, require_participants=False)
        )
        gold_types.append(r.type)
        pred_types.append(ev.type if ev else "NONE")
        pred_actors = set(ev.actors) if ev else set()
        pred_recips = set(ev.recipients) if ev else set()
        a_ok = _countries(pred_actors, lexicons) == _gold_countries(r.actors)
        actor_ok += a_ok
        r_ok = None
        if r.recipients:
            recip_n += 1
            r_ok = _countries(pred_recips, lexicons) == _gold_countries(r.recipients)
            recip_ok += r_ok
        d = actor_dictionary(lexicons)
        from ..extract.actors import split_code

        pred_pairs = {split_code(c, d) for c in pred_actors}
        for code, sector in r.actors:
            if sector and sector != "***":
                sector_n += 1
                sector_ok += any(pc == code and ps[:3] == sector for pc, ps in pred_pairs)
        rows.append(
            {
                "id": r.id,
                "gold": r.type,
                "pred": pred_types[-1],
                "actors_ok": a_ok,
                "recipients_ok": r_ok,
                "pred_actors": sorted(pred_actors),
                "pred_recipients": sorted(pred_recips),
                "predicate": ev.predicate if ev else "",
            }
        )
    n = len(records)
    return {
        "type_acc": sum(g == p for g, p in zip(gold_types, pred_types, strict=True)) / n
        if n
        else 0.0,
        "type_macro_f1": macro_f1(gold_types, pred_types, PLOVER_TYPES),
        "actor_acc": actor_ok / n if n else 0.0,
        "recipient_acc": recip_ok / recip_n if recip_n else 0.0,
        "actor_sector_acc": sector_ok / sector_n if sector_n else 0.0,
        "n": n,
        "_rows": rows,
    }


def _petrarch_lexicons(gold_path: Path) -> Lexicons:
    folder = Path(gold_path).parent
    extra = {}
    if (folder / "petr_validate_actors.txt").exists():
        extra[USER_ACTORS] = folder / "petr_validate_actors.txt"
    if (folder / "petr_validate_agents.txt").exists():
        extra[USER_AGENTS] = folder / "petr_validate_agents.txt"
    return Lexicons.load(**extra)


def event_triples(events: Iterable[Event]) -> set[tuple[str, str, str]]:
    """(source, target, CAMEO) triples as PETRARCH writes them: every actor x recipient pair of
    events that are reported (negated, hypothetical and conditional acts are not coded)."""
    out = set()
    for e in events:
        if e.status in ("negated", "hypothetical", "conditional") or not e.cameo:
            continue
        if e.reciprocal:
            pairs = [(a, b) for a in e.actors for b in e.actors if a != b]
        else:
            pairs = [(a, b) for a in e.actors for b in e.recipients]
        out.update((a, b, e.cameo) for a, b in pairs)
    return out


def canonical_code(code: str) -> str:
    """An actor code with its three-letter parts in a fixed order, for comparing codes.

    TABARI/PETRARCH write an agent marked `[NGO~]` in front of the country ("NGOARN") and one
    marked `[~GOV]` after it ("ARNGOV"); newsgraph always writes the country first ("ARNNGO").
    Which side of the country an agent code stands on is notation, not coding, so both sides are
    compared as the sorted set of their parts. Codes that are not made of three-letter parts
    ('', '###') are kept as they are.
    """
    if not code or len(code) % 3:
        return code
    return "".join(sorted(code[k : k + 3] for k in range(0, len(code), 3)))


def _canonical_triples(
    triples: Iterable[tuple[str, str, str]],
) -> set[tuple[str, str, str]]:
    return {(canonical_code(a), canonical_code(b), c) for a, b, c in triples}


def _eval_petrarch(records: list[GoldEvent], nlp: Language, lexicons: Lexicons) -> dict[str, Any]:
    docs = _parse([(r.id, r.text, r.date) for r in records], nlp)
    expected = hit = root_hit = pair_hit = no_event_n = false_n = discard_n = discard_false = 0
    # The gold codes come from PETRARCH's validation *verb* dictionary, which is not among the
    # shared files and tests pattern mechanics with codes that are not in CAMEO at all ('903',
    # '345', '174K', ...): no CAMEO coder can produce those. Counted apart so the ceiling shows.
    cameo = {row["cameo"] for row in lexicons.rows("cameo_codes.tsv")}
    cameo_n = cameo_hit = 0
    rows = []
    for r, doc in zip(records, docs, strict=True):
        raw = event_triples(extract_events(doc, lexicons))
        triples = _canonical_triples(raw)
        if r.extra.get("discard"):
            # Records PETRARCH must discard for a broken parse tree; ours parse fine, so they
            # are reported apart from the true no-event records.
            discard_n += 1
            discard_false += bool(triples)
            continue
        if r.no_events or not r.triples:
            no_event_n += 1
            false_n += bool(triples)
            rows.append({"id": r.id, "expected": [], "got": sorted(raw)})
            continue
        roots = {(a, b, c[:2]) for a, b, c in triples}
        pairs = {(a, b) for a, b, _c in triples}
        for t in _canonical_triples(r.triples):
            expected += 1
            hit += t in triples
            if t[2] in cameo:
                cameo_n += 1
                cameo_hit += t in triples
            root_hit += (t[0], t[1], t[2][:2]) in roots
            pair_hit += (t[0], t[1]) in pairs
        rows.append({"id": r.id, "expected": sorted(r.triples), "got": sorted(raw)})
    return {
        "triple_recall": hit / expected if expected else 0.0,
        "root_recall": root_hit / expected if expected else 0.0,
        "false_events": false_n / no_event_n if no_event_n else 0.0,
        "pair_recall": pair_hit / expected if expected else 0.0,
        "cameo_gold_share": cameo_n / expected if expected else 0.0,
        "cameo_triple_recall": cameo_hit / cameo_n if cameo_n else 0.0,
        "discard_events": discard_false / discard_n if discard_n else 0.0,
        "n": len(records),
        "_rows": rows,
    }


def _eval_case(records: list[GoldEvent], nlp: Language, lexicons: Lexicons) -> dict[str, Any]:
    scored = [r for r in records if r.type in CASE_TO_PLOVER]
    docs = _parse([(r.id, r.text, "") for r in scored], nlp)
    ok = 0
    rows = []
    for r, doc in zip(scored, docs, strict=True):
        ev = main_event(doc, extract_events(doc, lexicons, require_participants=False))
        pred = ev.type if ev else "NONE"
        ok += pred == CASE_TO_PLOVER[r.type]
        rows.append({"id": r.id, "gold": CASE_TO_PLOVER[r.type], "pred": pred})
    return {"mapped_acc": ok / len(scored) if scored else 0.0, "n": len(scored), "_rows": rows}


def _locate(text: str, snippet: str) -> tuple[int, int] | None:
    i = text.find(snippet)
    if i >= 0:
        return i, i + len(snippet)
    low = text.lower()
    i = low.find(snippet.lower())
    if i >= 0:
        return i, i + len(snippet)
    # Quotes and spaces may differ: match the first and last six words.
    words = snippet.split()
    if len(words) >= 2:
        head = " ".join(words[:3])
        j = low.find(head.lower())
        if j >= 0:
            tail = " ".join(words[-2:]).lower()
            k = low.find(tail, j)
            if k >= 0:
                return j, k + len(tail)
    return None


def _participants_agree(e: Event, g: dict[str, Any]) -> bool:
    def country(code: str) -> str:
        for igo in ("NATO", "OSCE", "EU", "UN"):
            if code.startswith(igo):
                return igo
        return code[:3]

    pa = {country(c) for c in e.actors}
    pr = {country(c) for c in e.recipients}
    ga, gr = set(g.get("actor") or []), set(g.get("recipient") or [])
    return (pa == ga and pr == gr) or (pa | pr) == (ga | gr) and (e.reciprocal or not gr or not pr)


def _eval_sample(records: list[GoldEvent], nlp: Language, lexicons: Lexicons) -> dict[str, Any]:
    n_gold = n_pred = matched = agree = 0
    rows = []
    for r in records:
        gold = r.extra["gold"]
        article = gold_article(Path(r.extra["file"]), gold)
        if article is None:
            continue
        doc = to_parsed_doc(nlp(article.text), article)
        events = extract_events(doc, lexicons)
        spans = []
        for g in gold.get("events", []):
            spans.append((g, _locate(doc.text, g["text"])))
        n_gold += len(spans)
        n_pred += len(events)
        used: set[int] = set()
        for g, span in spans:
            best = None
            for k, e in enumerate(events):
                if k in used or e.type != g["type"] or span is None:
                    continue
                if span[0] <= e.predicate_start < span[1]:
                    best = k
                    break
            if best is not None:
                used.add(best)
                matched += 1
                agree += _participants_agree(events[best], g)
            rows.append(
                {"article": r.id, "gold": g["text"], "type": g["type"], "found": best is not None}
            )
        for k, e in enumerate(events):
            if k not in used:
                rows.append({"article": r.id, "extra": e.text, "type": e.type})
    p = matched / n_pred if n_pred else 0.0
    rec = matched / n_gold if n_gold else 0.0
    f1 = 2 * p * rec / (p + rec) if p + rec else 0.0
    return {
        "precision": p,
        "recall": rec,
        "f1": f1,
        "actor_agreement": agree / matched if matched else 0.0,
        "n": n_gold,
        "n_predicted": n_pred,
        "_rows": rows,
    }


_READERS = {
    "plover-gsr": read_plover_gsr,
    "petrarch": read_petrarch,
    "case2021": read_case2021,
    "sample": read_sample,
}
_EVALS = {
    "plover-gsr": _eval_plover,
    "petrarch": _eval_petrarch,
    "case2021": _eval_case,
    "sample": _eval_sample,
}


def evaluate(
    gold: Path,
    fmt: str,
    nlp: Language,
    *,
    split: str = "all",
    lexicons: Lexicons | None = None,
    details: bool = False,
) -> dict[str, Any]:
    """Figures for one gold file in one format (see the module docstring for the keys)."""
    if fmt not in _READERS:
        raise ValueError(f"unknown gold format {fmt!r}; use one of {', '.join(FORMATS)}")
    records = [r for r in _READERS[fmt](Path(gold)) if in_split(r.id, split)]
    if lexicons is None:
        lexicons = _petrarch_lexicons(Path(gold)) if fmt == "petrarch" else Lexicons.load()
    result = _EVALS[fmt](records, nlp, lexicons)
    rows = result.pop("_rows")
    if details:
        result["rows"] = rows
    result["split"] = split
    return result


def type_counts(records: Iterable[GoldEvent]) -> Counter[str]:
    """How many gold records of each type (for reports)."""
    return Counter(r.type for r in records)
