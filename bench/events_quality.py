"""Event coding quality on the public gold sets (../shared/eval/events) and the sample corpus.

    PYTHONPATH=$PWD python bench/events_quality.py [--split all|dev|heldout] [--json]

Prints, for each set and each split (dev, held-out quarter, all), the figures of
`newsgraph eval events`. Sets that are not on this machine are skipped.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from newsgraph.eval.events import evaluate  # noqa: E402
from newsgraph.nlp import load_model, resolve_model_name  # noqa: E402

# The shared data sits next to the checkout (../shared); other worktrees find it in /work/shared.
EVAL = next(
    (
        p
        for p in (REPO.parent / "shared" / "eval" / "events", Path("/work/shared/eval/events"))
        if p.exists()
    ),
    REPO.parent / "shared" / "eval" / "events",
)
CORPUS_CANDIDATES = [
    REPO / "examples" / "corpus" / "gold" / "articles",
    Path("/work/main/examples/corpus/gold/articles"),
]
SETS = [
    ("plover-gsr", EVAL / "plover_gsr_dev.json"),
    ("petrarch", EVAL / "petr2_unittest_records.jsonl"),
    ("case2021", EVAL / "case2021_task2_dev.tsv"),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", action="append", choices=["all", "dev", "heldout"])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--only", action="append", help="run only these formats")
    args = parser.parse_args()
    splits = args.split or ["dev", "heldout", "all"]
    nlp = load_model(resolve_model_name(""))
    sample = next((p for p in CORPUS_CANDIDATES if p.exists()), None)
    sets = SETS + ([("sample", sample)] if sample else [])
    results = {}
    for fmt, path in sets:
        if args.only and fmt not in args.only:
            continue
        if not path.exists():
            print(f"{fmt}: {path} not found, skipped", file=sys.stderr)
            continue
        for split in splits:
            t0 = time.perf_counter()
            figures = evaluate(path, fmt, nlp, split=split)
            figures["seconds"] = round(time.perf_counter() - t0, 1)
            results[f"{fmt}/{split}"] = figures
            if not args.json:
                shown = " ".join(
                    f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}"
                    for k, v in figures.items()
                    if k != "split"
                )
                print(f"{fmt:10s} {split:8s} {shown}")
    if sample and (not args.only or "sample" in args.only):
        # a-*: the first half of the sample corpus, whose errors were read while the rules were
        # written; b-*, c-*: the second half, added afterwards and not looked at.
        from newsgraph.eval.events import _eval_sample, read_sample
        from newsgraph.lexicons import Lexicons

        records = read_sample(sample)
        halves = {
            "first_half": [r for r in records if r.id.startswith("a-")],
            "second_half": [r for r in records if not r.id.startswith("a-")],
        }
        for half, subset in halves.items():
            figures = _eval_sample(subset, nlp, Lexicons.load())
            figures.pop("_rows")
            results[f"sample/{half}"] = figures
            if not args.json:
                shown = " ".join(
                    f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}"
                    for k, v in figures.items()
                )
                print(f"{'sample':10s} {half:8s} {shown}")
    if args.json:
        print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
