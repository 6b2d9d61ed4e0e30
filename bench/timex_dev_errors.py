"""Time-expression errors on the MEANTIME dev half: gold value against ours, with the line and DCT.

    PYTHONPATH=. python bench/timex_dev_errors.py [--shared ../shared/eval]

Only the dev half (sorted doc ids, even positions; see bench/timex_quality.py) is printed: the
held-out half is for measuring, not for looking at. Lines: MISS (no prediction overlaps the
gold), VAL (overlapping, other type or value), SPAN (right value, other span), FP (a prediction
overlapping no gold expression, within the annotated opening lines).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from newsgraph.eval.timex import GoldDoc, predict, read_meantime, score
from newsgraph.eval.timex import _overlap as overlap  # the scorer's own overlap
from newsgraph.lexicons import Lexicons
from newsgraph.nlp import load_model, resolve_model_name

REPO = Path(__file__).resolve().parent.parent


def _line(doc: GoldDoc, start: int, end: int) -> str:
    a = doc.text.rfind("\n", 0, start) + 1
    b = doc.text.find("\n", end)
    b = len(doc.text) if b < 0 else b
    return f"{doc.text[a:start]}[[{doc.text[start:end]}]]{doc.text[end:b]}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "eval")
    args = ap.parse_args()
    docs = read_meantime(args.shared / "time" / "meantime_en_docs.jsonl")
    dev_ids = set(sorted(d.id for d in docs)[0::2])
    docs = [d for d in docs if d.id in dev_ids]
    preds = predict(docs, load_model(resolve_model_name("")), Lexicons.load())
    m = score(docs, preds)
    print(" ".join(f"{k}={m[k]:.3f}" for k in ("relaxed_f1", "value_acc", "value_f1")))
    for d in docs:
        ps = [
            p
            for p in preds[d.id]
            if not any(overlap(p[:2], s) for s in d.ignore) and (d.scope is None or p[0] < d.scope)
        ]
        for g in d.timexes:
            span = (g.start, g.end)
            best = max(ps, key=lambda p: (overlap(p[:2], span), -p[0]), default=None)
            if best is None or not overlap(best[:2], span):
                print(f"MISS {d.id} dct={d.published} gold {g.type} {g.value} | {_line(d, *span)}")
            elif (best[2], best[3]) != (g.type, g.value):
                ours = f"{best[2]} {best[3]} {d.text[best[0] : best[1]]!r}"
                print(f"VAL  {d.id} dct={d.published} gold {g.type} {g.value} ours {ours} | "
                      f"{_line(d, *span)}")  # fmt: skip
            elif best[:2] != span:
                print(f"SPAN {d.id} gold {d.text[g.start : g.end]!r} "
                      f"ours {d.text[best[0] : best[1]]!r}")  # fmt: skip
        for p in ps:
            if not any(overlap(p[:2], (g.start, g.end)) for g in d.timexes):
                print(f"FP   {d.id} dct={d.published} ours {p[2]} {p[3]} | {_line(d, p[0], p[1])}")


if __name__ == "__main__":
    main()
