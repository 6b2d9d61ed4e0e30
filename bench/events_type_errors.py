"""Where the plover-gsr type errors come from, and how noisy the type macro-F1 of a small split is.

    PYTHONPATH=$PWD python bench/events_type_errors.py [--split dev|heldout|all] [--show]

For each sentence whose main event has the wrong PLOVER type, the gold trigger words (the EVT
markup of the record) are compared with every event the extractor finds in the sentence:

- "trigger coded with another type": an event sits on a gold trigger, with another type;
- "trigger not coded": no event sits on a gold trigger (missing vocabulary, or no parties);
- "right type elsewhere": an event of the gold type exists, on another word;
- "main-predicate choice": an event of the gold type sits on a trigger, another was chosen.

Then the type macro-F1 of random 43-sentence subsets of the split (the size of the held-out
quarter), to show how far a split that small moves by chance. Read the dev split while working;
the held-out split is for the one measurement at the end.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from newsgraph.eval.events import (  # noqa: E402
    PLOVER_TYPES,
    _parse,
    in_split,
    macro_f1,
    main_event,
    read_plover_gsr,
)
from newsgraph.extract.events import extract_events  # noqa: E402
from newsgraph.lexicons import Lexicons  # noqa: E402
from newsgraph.nlp import load_model, resolve_model_name  # noqa: E402

GOLD = next(
    (
        p / "events" / "plover_gsr_dev.json"
        for p in (REPO.parent / "shared" / "eval", Path("/work/shared/eval"))
        if (p / "events" / "plover_gsr_dev.json").exists()
    ),
    REPO.parent / "shared" / "eval" / "events" / "plover_gsr_dev.json",
)
SUBSET = 43
DRAWS = 2000


def _triggers(record: dict) -> list[str]:
    markup = record.get("textInfo", {}).get("markup", "")
    return [w.lower() for w in re.findall(r"\(EVT: ([^)]*)\)", markup)]


def _on_trigger(word: str, triggers: list[str]) -> bool:
    return any(word in t or t.split()[0] in word for t in triggers if t)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", default="dev", choices=["dev", "heldout", "all"])
    parser.add_argument("--show", action="store_true", help="print each wrong sentence")
    args = parser.parse_args()
    raw = {r["id"]: r for r in json.loads(GOLD.read_text("utf-8")) if r.get("text")}
    records = [r for r in read_plover_gsr(GOLD) if in_split(r.id, args.split)]
    lexicons = Lexicons.load()
    docs = _parse([(r.id, r.text, r.date) for r in records], load_model(resolve_model_name("")))
    gold, pred, classes = [], [], Counter()
    for r, doc in zip(records, docs, strict=True):
        everything = extract_events(doc, lexicons, require_participants=False)
        ev = main_event(doc, extract_events(doc, lexicons)) or main_event(doc, everything)
        gold.append(r.type)
        pred.append(ev.type if ev else "NONE")
        if pred[-1] == r.type:
            continue
        triggers = _triggers(raw[r.id])
        on = [
            e
            for e in everything
            if _on_trigger(doc.text[e.predicate_start : e.predicate_end].lower(), triggers)
        ]
        if any(e.type == r.type for e in on):
            cls = "main-predicate choice"
        elif any(e.type == r.type for e in everything):
            cls = "right type elsewhere"
        elif on:
            cls = "trigger coded with another type"
        else:
            cls = "trigger not coded"
        classes[cls] += 1
        if args.show:
            print(f"[{cls}] {r.id} gold={r.type} pred={pred[-1]} triggers={triggers}")
    print(f"split={args.split} n={len(gold)} type errors={sum(classes.values())}")
    for cls, n in classes.most_common():
        print(f"  {cls}: {n}")
    counts = Counter(gold)
    print("gold sentences per type:", dict(sorted(counts.items(), key=lambda kv: kv[1])))
    for t in sorted(set(gold) | set(pred) - {"NONE"}):
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == p == t)
        n_gold, n_pred = counts[t], pred.count(t)
        print(f"  {t:10s} gold={n_gold:3d} pred={n_pred:3d} f1={2 * tp / (n_gold + n_pred):.2f}")
    print(f"type_macro_f1={macro_f1(gold, pred, PLOVER_TYPES):.3f}")
    if len(gold) > SUBSET:
        rng = random.Random(0)
        pairs = list(zip(gold, pred, strict=True))
        draws = []
        for _ in range(DRAWS):
            sub = rng.sample(pairs, SUBSET)
            draws.append(macro_f1([g for g, _ in sub], [p for _, p in sub], PLOVER_TYPES))
        draws.sort()
        print(
            f"{SUBSET}-sentence subsets ({DRAWS} draws): mean {statistics.mean(draws):.3f}"
            f" sd {statistics.pstdev(draws):.3f}"
            f" 5-95% {draws[DRAWS // 20]:.3f}-{draws[DRAWS - DRAWS // 20]:.3f}"
        )


if __name__ == "__main__":
    main()
