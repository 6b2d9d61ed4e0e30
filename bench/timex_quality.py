"""Time-expression quality: TempEval-3 metrics on MEANTIME and on the sample corpus gold.

    PYTHONPATH=. python bench/timex_quality.py [--shared ../shared/eval] [--json]
        [--split all|dev|heldout|sample ...]

MEANTIME is split into two halves by document: sorted by doc id, the even positions are the
dev half (errors looked at while refining the rules), the odd positions the held-out half
(only measured). `meantime_heldout_stock` is the part of the held-out half from the stock
sub-corpus, the one kept out while the first version of the rules was written on the airbus,
apple and gm sub-corpora (its errors were looked at once, late in that version). The
sample-corpus figure needs examples/corpus (and newsgraph.ingest to read it). `--split dev
--split sample` measures only those slices, so that work on the rules need not print the
held-out half (`heldout` includes its stock part); without `--split` every slice is measured.
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
FIRST_HELD_OUT = "corpus_stock"
SPLITS = ("all", "dev", "heldout", "sample")
KEYS = ("strict_f1", "relaxed_f1", "type_acc", "value_acc", "value_f1", "n_gold")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "eval")
    ap.add_argument("--corpus", type=Path, default=REPO / "examples" / "corpus")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--split", action="append", choices=SPLITS, help="repeatable; default all")
    args = ap.parse_args()
    wanted = set(args.split or SPLITS)
    nlp = load_model(resolve_model_name(""))
    lex = Lexicons.load()
    results: dict[str, dict[str, float]] = {}
    meantime = args.shared / "time" / "meantime_en_docs.jsonl"
    if meantime.exists():
        docs = read_meantime(meantime)
        dev_ids = set(sorted(d.id for d in docs)[0::2])
        heldout = [d for d in docs if d.id not in dev_ids]
        slices = {
            "meantime_all": docs,
            "meantime_dev": [d for d in docs if d.id in dev_ids],
            "meantime_heldout": heldout,
            "meantime_heldout_stock": [d for d in heldout if d.group == FIRST_HELD_OUT],
        }
        for name, part in slices.items():
            if name.split("_")[1] not in wanted:
                continue
            t0 = time.perf_counter()
            results[name] = evaluate_timex(part, nlp, lex)
            results[name]["seconds"] = time.perf_counter() - t0
    gold = args.corpus / "gold" / "articles"
    if gold.exists() and "sample" in wanted:
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
    print(f"{'slice':24}" + "".join(f"{k:>11}" for k in KEYS))
    for name, m in results.items():
        cells = "".join(f"{m[k]:>11d}" if k == "n_gold" else f"{m[k]:>11.3f}" for k in KEYS)
        print(f"{name:24}{cells}")


if __name__ == "__main__":
    main()
