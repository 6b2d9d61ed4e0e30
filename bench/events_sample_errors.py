"""Where the sample corpus's event errors come from: the first half (gold files a-*) only.

    PYTHONPATH=$PWD python bench/events_sample_errors.py [--show] [--cause CAUSE] [GOLD ...]

The events of each a-* article are matched to its gold as `newsgraph eval events` matches them
(`_eval_sample`: same PLOVER type, predicate word inside the gold evidence span, one-to-one),
and every miss is put down to one cause:

false negatives (gold events not found)
- "wrong type": an event sits in the gold span, with another type;
- "predicate outside span": an unmatched event of the gold type overlaps the span, but its
  predicate word lies outside it (another word of the clause was taken as the predicate);
- "taken by another gold": an event of the gold type sits in the span but was matched to an
  earlier gold event;
- "missing: no party named": an act of the gold type is in the span, but was dropped for
  naming no party the dictionary knows (found with `require_participants=False`);
- "missing": nothing of the gold type near the span.

false positives (events found that gold does not have)
- "duplicate in matched span": the predicate lies in a gold span of its type already matched;
- "wrong type": the predicate lies in a gold span of another type;
- "predicate outside span": the event overlaps a gold span of its type;
- "in a direct quote" / "in reported speech": the predicate lies in a gold direct (indirect,
  mixed) quote and no gold event covers it;
- "extra (<status>)": anything else, by the event's status.

The second half of the sample (b-*, c-*) is for the one measurement at the end: this script
refuses those files.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from newsgraph.eval.events import _locate  # noqa: E402
from newsgraph.eval.sample import gold_article  # noqa: E402
from newsgraph.extract.events import extract_events  # noqa: E402
from newsgraph.lexicons import Lexicons  # noqa: E402
from newsgraph.nlp import load_model, resolve_model_name, to_parsed_doc  # noqa: E402

GOLD = next(
    (
        p
        for p in (
            REPO / "examples" / "corpus" / "gold" / "articles",
            Path("/work/main/examples/corpus/gold/articles"),
        )
        if p.exists()
    ),
    REPO / "examples" / "corpus" / "gold" / "articles",
)
FIRST_HALF = "a-"


def first_half(paths: list[Path]) -> list[Path]:
    """The a-* gold files among `paths`; any other file stops the script."""
    refused = [p for p in paths if not p.name.startswith(FIRST_HALF)]
    if refused:
        raise SystemExit(
            f"refused: {len(refused)} file(s) outside the first half (only a-* may be read; "
            "b-* and c-* are measured once, by the lead)"
        )
    return paths


def _spans(text: str, items: list[dict]) -> list[tuple[dict, tuple[int, int] | None]]:
    return [(g, _locate(text, g["text"])) for g in items]


def article_errors(path: Path, nlp, lexicons: Lexicons) -> dict:
    """Matched, false negatives and false positives of one a-* article, each with its cause."""
    gold = json.loads(path.read_text("utf-8"))
    article = gold_article(path, gold)
    if article is None:
        return {"article": path.stem, "unreadable": True}
    doc = to_parsed_doc(nlp(article.text), article)
    events = extract_events(doc, lexicons)
    # what the extractor finds when an act needs no nameable party, to tell the causes apart
    unnamed = extract_events(doc, lexicons, require_participants=False)
    golds = _spans(doc.text, gold.get("events", []))
    quotes = [(q, sp) for q, sp in _spans(doc.text, gold.get("quotes", [])) if sp]
    used: dict[int, int] = {}  # event index -> gold index
    matched_gold: dict[int, int] = {}
    # the matching of _eval_sample, in the same order
    for gi, (g, span) in enumerate(golds):
        for k, e in enumerate(events):
            if k in used or e.type != g["type"] or span is None:
                continue
            if span[0] <= e.predicate_start < span[1]:
                used[k] = gi
                matched_gold[gi] = k
                break

    def inside(e, span) -> bool:
        return span is not None and span[0] <= e.predicate_start < span[1]

    def overlaps(e, span) -> bool:
        return span is not None and e.start < span[1] and span[0] < e.end

    fn, fp, tp = [], [], []
    for gi, (g, span) in enumerate(golds):
        if gi in matched_gold:
            e = events[matched_gold[gi]]
            tp.append({"gold": g, "event": _ev(e)})
            continue
        near = [e for k, e in enumerate(events) if inside(e, span)]
        if span is None:
            cause = "gold span not found"
        elif any(e.type == g["type"] for e in near):
            cause = "taken by another gold"
        elif near:
            cause = "wrong type"
        elif any(
            e.type == g["type"] and overlaps(e, span) for k, e in enumerate(events) if k not in used
        ):
            cause = "predicate outside span"
        elif any(e.type == g["type"] and inside(e, span) for e in unnamed):
            cause = "missing: no party named"
        else:
            cause = "missing"
        fn.append(
            {
                "cause": cause,
                "gold": g,
                "near": [_ev(e) for e in near] or [_ev(e) for e in events if overlaps(e, span)],
            }
        )
    for k, e in enumerate(events):
        if k in used:
            continue
        same = [gi for gi, (g, sp) in enumerate(golds) if g["type"] == e.type and inside(e, sp)]
        other = [gi for gi, (g, sp) in enumerate(golds) if g["type"] != e.type and inside(e, sp)]
        if same and all(gi in matched_gold for gi in same):
            cause = "duplicate in matched span"
        elif other:
            cause = "wrong type"
        elif any(g["type"] == e.type and overlaps(e, sp) for g, sp in golds):
            cause = "predicate outside span"
        elif any(inside(e, sp) for q, sp in quotes if q["kind"] == "direct"):
            cause = "in a direct quote"
        elif any(inside(e, sp) for q, sp in quotes):
            cause = "in reported speech"
        else:
            cause = f"extra ({e.status})"
        fp.append(
            {
                "cause": cause,
                "event": _ev(e),
                "gold": [golds[gi][0] for gi in same + other],
            }
        )
    return {"article": path.stem, "tp": tp, "fn": fn, "fp": fp}


def _ev(e) -> dict:
    return {
        "predicate": e.predicate,
        "type": e.type,
        "status": e.status,
        "actors": list(e.actors),
        "recipients": list(e.recipients),
        "text": e.text,
    }


def _line(label: str, item: dict) -> str:
    if "event" in item and isinstance(item["event"], dict) and "cause" in item:
        e = item["event"]
        out = (
            f"  {label} [{e['type']} {e['status']} '{e['predicate']}' "
            f"{','.join(e['actors'])}->{','.join(e['recipients'])}] {e['text']!r}"
        )
        for g in item["gold"]:
            out += f"\n      gold: [{g['type']} {g['status']}] {g['text']!r}"
        return out
    g = item["gold"]
    out = f"  {label} gold [{g['type']} {g['status']}] {g['text']!r}"
    for e in item["near"]:
        out += (
            f"\n      found: [{e['type']} {e['status']} '{e['predicate']}' "
            f"{','.join(e['actors'])}->{','.join(e['recipients'])}] {e['text']!r}"
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="*", type=Path, help="a-* gold files (default: all)")
    parser.add_argument("--show", action="store_true", help="print every error under its cause")
    parser.add_argument("--cause", help="with --show: only causes starting with this")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    paths = first_half(args.gold or sorted(GOLD.glob(f"{FIRST_HALF}*.json")))
    nlp = load_model(resolve_model_name(""))
    lexicons = Lexicons.load()
    results = [article_errors(p, nlp, lexicons) for p in paths]
    if args.json:
        print(json.dumps(results, indent=1))
        return
    n_tp = sum(len(r.get("tp", [])) for r in results)
    n_fn = sum(len(r.get("fn", [])) for r in results)
    n_fp = sum(len(r.get("fp", [])) for r in results)
    p = n_tp / (n_tp + n_fp) if n_tp + n_fp else 0.0
    rec = n_tp / (n_tp + n_fn) if n_tp + n_fn else 0.0
    f1 = 2 * p * rec / (p + rec) if p + rec else 0.0
    print(
        f"first half: {len(results)} articles, gold {n_tp + n_fn}, predicted {n_tp + n_fp}, "
        f"matched {n_tp}: P {p:.3f} R {rec:.3f} F1 {f1:.3f}"
    )
    for kind, label in (("fn", "false negatives"), ("fp", "false positives")):
        by_cause: dict[str, list[tuple[str, dict]]] = defaultdict(list)
        for r in results:
            for item in r.get(kind, []):
                by_cause[item["cause"]].append((r["article"], item))
        counts = Counter({c: len(v) for c, v in by_cause.items()})
        print(f"\n{label}: {sum(counts.values())}")
        for cause, n in counts.most_common():
            print(f"  {n:3d}  {cause}")
        if not args.show:
            continue
        for cause, _n in counts.most_common():
            if args.cause and not cause.startswith(args.cause):
                continue
            print(f"\n== {label}: {cause}")
            for article, item in by_cause[cause]:
                print(f"{article}\n{_line(kind.upper(), item)}")


if __name__ == "__main__":
    main()
