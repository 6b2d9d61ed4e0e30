"""Time-expression quality: TempEval-3 metrics on MEANTIME and on the sample corpus gold.

    PYTHONPATH=. python bench/timex_quality.py [--shared ../shared/eval] [--json]

MEANTIME is split by sub-corpus: airbus, apple and gm were used while writing the rules
(dev); stock was kept untouched as the held-out slice. The sample-corpus figure needs
examples/corpus (and newsgraph.ingest to read it).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from newsgraph.eval.timex import evaluate_timex, read_meantime, read_sample
from newsgraph.lexicons import Lexicons
from newsgraph.nlp import load_model, resolve_model_name

REPO = Path(__file__).resolve().parent.parent
HELD_OUT = "corpus_stock"
KEYS = ("strict_f1", "relaxed_f1", "type_acc", "value_acc", "value_f1", "n_gold")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "eval")
    ap.add_argument("--corpus", type=Path, default=REPO / "examples" / "corpus")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    nlp = load_model(resolve_model_name(""))
    lex = Lexicons.load()
    results: dict[str, dict[str, float]] = {}
    meantime = args.shared / "time" / "meantime_en_docs.jsonl"
    if meantime.exists():
        docs = read_meantime(meantime)
        slices = {
            "meantime_all": docs,
            "meantime_dev": [d for d in docs if d.group != HELD_OUT],
            "meantime_heldout": [d for d in docs if d.group == HELD_OUT],
        }
        for name, part in slices.items():
            t0 = time.perf_counter()
            results[name] = evaluate_timex(part, nlp, lex)
            results[name]["seconds"] = time.perf_counter() - t0
    gold = args.corpus / "gold" / "articles"
    if gold.exists():
        try:
            sample = read_sample(gold)
            results["sample"] = evaluate_timex(sample, nlp, lex)
            # a-*: the first half of the corpus, there while the rules were written; b-*, c-*:
            # the second half, added afterwards (first measured unseen, then looked at)
            first = [d for d in sample if d.id.startswith("a-")]
            results["sample_first_half"] = evaluate_timex(first, nlp, lex)
            rest = [d for d in sample if not d.id.startswith("a-")]
            results["sample_second_half"] = evaluate_timex(rest, nlp, lex)
        except ImportError as err:  # before ingest exists
            print(f"sample gold skipped: {err}")
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print(f"{'slice':20}" + "".join(f"{k:>11}" for k in KEYS))
    for name, m in results.items():
        cells = "".join(f"{m[k]:>11d}" if k == "n_gold" else f"{m[k]:>11.3f}" for k in KEYS)
        print(f"{name:20}{cells}")


if __name__ == "__main__":
    main()
