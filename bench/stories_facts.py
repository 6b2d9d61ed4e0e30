"""Story clustering with the article's own extracted facts (events, time expressions).

    PYTHONPATH=. python bench/stories_facts.py --gold ../shared/eval/clusters/ecbplus_dev.jsonl \
        --format ecbplus --split dev --variant conflict:leadyear=0.8 \
        --variant "keys:leadyear;conflict:leadyear=0.8" [--orders 12] [--stats]

Each document is parsed once (cached in /tmp); its events (events.v1) and time expressions
(timex.v1) give *facts* of these kinds: `evplace` (the place of an event), `evtypeplace`
(PLOVER type @ place), `evrecip` (type > recipient), `evactor` (type < actor), `evyear` (the
year an event is dated to by a linked time expression, not the publication date),
`absyear` (years of absolute DATE expressions, `anchor = none`), and `leadyear` /
`leadrecip` (the same, of the first three sentences only). Events that are hypothetical,
conditional, negated or future give none. A variant adds facts of some kinds to the
entity keys (`keys:evtypeplace,evrecip`) and / or multiplies a story's score by a factor
when the article and the story (its members' facts) both have facts of a kind and share
none (`conflict:evplace=0.8,absyear=0.8`); `t-evrecip` compares only the facts of event
types both sides name (another recipient of the same type of event). Parts are joined by
`;`. Every variant is scored in file order and the shuffled orders of stories_order.py
(same seeds), and paired with `base`, the current settings.
"""

from __future__ import annotations

import argparse
import dataclasses
import pickle
import random
import statistics
from pathlib import Path

from newsgraph.eval.clusters import read_gold, score, split_docs
from newsgraph.stories import StoryClusterer, assign_stories

KINDS = (
    "evplace", "evtypeplace", "evrecip", "evactor", "evyear", "absyear", "leadyear", "leadrecip",
)  # fmt: skip
LEAD = 3  # sentences of the lead (ECB+: the headline and the first two sentences)


def facts_of(events, timexes) -> dict[str, set[str]]:
    facts: dict[str, set[str]] = {k: set() for k in KINDS}
    for e in events:
        if e.status in ("hypothetical", "conditional", "negated", "future"):
            continue
        loc = e.location.lower().strip()
        if loc.startswith("the "):
            loc = loc[4:]
        if loc:
            facts["evplace"].add(loc)
            facts["evtypeplace"].add(f"{e.type}@{loc}")
        for r in e.recipients:
            facts["evrecip"].add(f"{e.type}>{r}")
            if e.sentence < LEAD:
                facts["leadrecip"].add(f"{e.type}>{r}")
        for a in e.actors:
            facts["evactor"].add(f"{e.type}<{a}")
        if e.date and e.date_precision in ("day", "month", "year") and e.date[:4].isdigit():
            facts["evyear"].add(e.date[:4])
    for t in timexes:
        if t.type == "DATE" and t.anchor == "none" and t.resolved and t.value[:4].isdigit():
            facts["absyear"].add(t.value[:4])
            if t.sentence < LEAD:
                facts["leadyear"].add(t.value[:4])
    return facts


def _type(fact: str) -> str:
    for sep in "@><":
        if sep in fact:
            return fact.split(sep, 1)[0]
    return fact


def load(gold: str, fmt: str, split: str, cache: Path):
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    from newsgraph.extract.events import extract_events
    from newsgraph.extract.story_features import extract_story_features
    from newsgraph.extract.timex import extract_timexes
    from newsgraph.lexicons import Lexicons
    from newsgraph.nlp import load_model, parse, resolve_model_name

    docs = split_docs(read_gold(gold, fmt), split)
    nlp = load_model(resolve_model_name(""))
    lex = Lexicons.load()
    feats, facts = {}, {}
    for doc in parse([d.article for d in docs], nlp, batch_size=64):
        feats[doc.article_id] = extract_story_features(doc, lex)[0]
        facts[doc.article_id] = facts_of(extract_events(doc, lex), extract_timexes(doc, lex))
    data = (docs, feats, facts)
    cache.write_bytes(pickle.dumps(data))
    return data


def run_variant(variant: str, docs, feats, facts, orders):
    keys: tuple[str, ...] = ()
    conflicts: dict[str, float] = {}
    for part in variant.split(";"):
        if part.startswith("keys:"):
            keys = tuple(part[5:].split(","))
        elif part.startswith("conflict:"):
            for item in part[9:].split(","):
                k, f = item.split("=")
                conflicts[k] = float(f)
    by_id = {}
    for aid, f in feats.items():
        extra = [(f"{k}:{v}", 1) for k in keys for v in facts[aid][k]]
        by_id[aid] = dataclasses.replace(f, entities=tuple(sorted(f.entities + tuple(extra))))
    original = StoryClusterer._decay
    if conflicts:
        state: dict[str, str] = {}
        original_vectorise = StoryClusterer.vectorise

        def vectorise(self, features):
            state["aid"] = features.article_id
            return original_vectorise(self, features)

        def decay(self, story, now):
            factor = original(self, story, now)
            mine = facts[state["aid"]]
            for kind, f in conflicts.items():
                typed = kind.startswith("t-")
                kind = kind.removeprefix("t-")
                if not mine[kind]:
                    continue
                theirs = set().union(*(facts[a][kind] for a in story.article_ids))
                if typed:  # only facts of event types both sides name are compared
                    types = {_type(v) for v in mine[kind]} & {_type(v) for v in theirs}
                    ours = {v for v in mine[kind] if _type(v) in types}
                    theirs = {v for v in theirs if _type(v) in types}
                    if ours and theirs and not (ours & theirs):
                        factor *= f
                elif theirs and not (theirs & mine[kind]):
                    factor *= f
            return factor

        StoryClusterer.vectorise = vectorise
        StoryClusterer._decay = decay
    try:
        b3, pw, bp, br = [], [], [], []
        for order in orders:
            fs = [by_id[d.article.id] for d in order]
            assigned = assign_stories(fs)
            s = score([d.gold for d in order], [assigned[f.article_id].story_id for f in fs])
            b3.append(s.b3_f1), pw.append(s.pairwise_f1), bp.append(s.b3_p), br.append(s.b3_r)
    finally:
        StoryClusterer._decay = original
        if conflicts:
            StoryClusterer.vectorise = original_vectorise
    sh = slice(1, None) if len(orders) > 1 else slice(None)
    sd = statistics.stdev(b3[sh]) if len(b3[sh]) > 1 else 0.0
    print(
        f"{variant:45s} file B3 {b3[0]:.3f} pw {pw[0]:.3f} | shuffled B3 "
        f"{statistics.mean(b3[sh]):.3f} ± {sd:.3f} P/R {statistics.mean(bp[sh]):.3f}/"
        f"{statistics.mean(br[sh]):.3f} pw {statistics.mean(pw[sh]):.3f}",
        flush=True,
    )
    return b3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", required=True)
    parser.add_argument("--format", required=True, choices=("ecbplus", "uci", "sample"))
    parser.add_argument("--split", default="dev", choices=("all", "dev", "heldout"))
    parser.add_argument("--orders", type=int, default=12)
    parser.add_argument("--cache", default="")
    parser.add_argument("--variant", action="append", default=[])
    parser.add_argument("--stats", action="store_true", help="how often facts of each kind exist")
    args = parser.parse_args()
    cache = Path(args.cache or f"/tmp/stories_facts_{args.format}_{args.split}.pkl")
    docs, feats, facts = load(args.gold, args.format, args.split, cache)
    if args.stats:
        for kind in KINDS:
            have = sum(1 for d in docs if facts[d.article.id][kind])
            print(f"{kind}: {have}/{len(docs)} docs have facts")
    shuffles = [random.Random(s).sample(docs, len(docs)) for s in range(1, args.orders)]
    orders = [list(docs), *shuffles]
    base = run_variant("base", docs, feats, facts, orders)
    for variant in args.variant:
        b3 = run_variant(variant, docs, feats, facts, orders)
        better = sum(v > b + 1e-9 for v, b in zip(b3, base, strict=True))
        worse = sum(v < b - 1e-9 for v, b in zip(b3, base, strict=True))
        print(f"{'':45s} paired with base: {better} of {len(b3)} orders better, {worse} worse")


if __name__ == "__main__":
    main()
