"""Where the plover-gsr recipient errors come from, by kind.

    PYTHONPATH=$PWD python bench/events_recipient_errors.py [--split dev|heldout|all] [--show]

`recipient_acc` compares the country/IGO set of the main event's recipients with the gold set,
over the sentences whose gold has a recipient. Each miss is put in one kind:

- "no event": no event at all in the sentence;
- "no recipient found": the main event has none, nor does any other event of the sentence;
- "recipient on another event": the main event misses it, another event of the sentence has it;
- "direction swapped": our recipients are the gold actors (and the actors the gold recipients);
- "gold party plus an extra": every gold recipient is there, with more;
- "part of the gold parties": some of a coordinated gold recipient list only;
- "wrong party picked": none of the gold recipients, another party instead.

Then, not counted by `recipient_acc`: sentences whose gold has no recipient where one is
predicted, and right-country matches whose sector differs from the gold sector. Read the dev split
while working; the held-out split is for the one measurement at the end.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from events_type_errors import GOLD  # noqa: E402  (the same gold file, found the same way)

from newsgraph.eval.events import (  # noqa: E402
    _countries,
    _gold_countries,
    _parse,
    in_split,
    main_event,
    read_plover_gsr,
)
from newsgraph.extract.actors import actor_dictionary, split_code  # noqa: E402
from newsgraph.extract.events import extract_events  # noqa: E402
from newsgraph.lexicons import Lexicons  # noqa: E402
from newsgraph.nlp import load_model, resolve_model_name  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", default="dev", choices=["dev", "heldout", "all"])
    parser.add_argument("--show", action="store_true", help="print each miss")
    args = parser.parse_args()
    records = [r for r in read_plover_gsr(GOLD) if in_split(r.id, args.split)]
    lexicons = Lexicons.load()
    d = actor_dictionary(lexicons)
    docs = _parse([(r.id, r.text, r.date) for r in records], load_model(resolve_model_name("")))
    kinds, extra_kinds = Counter(), Counter()
    scored = 0
    for r, doc in zip(records, docs, strict=True):
        events = extract_events(doc, lexicons)
        ev = main_event(doc, events) or main_event(
            doc, extract_events(doc, lexicons, require_participants=False)
        )
        pred_r = _countries(ev.recipients, lexicons) if ev else set()
        pred_a = _countries(ev.actors, lexicons) if ev else set()
        gold_r, gold_a = _gold_countries(r.recipients), _gold_countries(r.actors)
        if not gold_r:
            if pred_r:
                extra_kinds["recipient where gold has none"] += 1
                if args.show:
                    print(f"[extra] {r.id} pred={sorted(pred_r)} | {r.text[:160]}")
            continue
        scored += 1
        if pred_r == gold_r:
            pairs = {split_code(c, d) for c in ev.recipients}
            gs = {(c, s) for c, s in r.recipients if s and s != "***"}
            if gs and not gs <= {(c, s[:3]) for c, s in pairs}:
                extra_kinds["right country, other sector"] += 1
                if args.show:
                    print(f"[sector] {r.id} gold={sorted(gs)} pred={sorted(ev.recipients)}")
            continue
        others = [
            _countries(e.recipients, lexicons) for e in events if e is not ev and e.recipients
        ]
        if ev is None:
            kind = "no event"
        elif pred_r and pred_r == gold_a and pred_a == gold_r:
            kind = "direction swapped"
        elif not pred_r:
            kind = (
                "recipient on another event"
                if any(o == gold_r for o in others)
                else "no recipient found"
            )
        elif gold_r < pred_r:
            kind = "gold party plus an extra"
        elif pred_r < gold_r:
            kind = "part of the gold parties"
        elif any(o == gold_r for o in others):
            kind = "recipient on another event"
        else:
            kind = "wrong party picked"
        kinds[kind] += 1
        if args.show:
            print(
                f"[{kind}] {r.id} gold={sorted(gold_r)} pred={sorted(pred_r)}"
                f" type={r.type}/{ev.type if ev else '-'} pred_actor={sorted(pred_a)}"
                f" | {r.text}"
            )
    print(f"split={args.split} scored={scored} recipient misses={sum(kinds.values())}")
    for kind, n in kinds.most_common():
        print(f"  {kind}: {n}")
    print("not counted by recipient_acc:")
    for kind, n in extra_kinds.most_common():
        print(f"  {kind}: {n}")


if __name__ == "__main__":
    main()
