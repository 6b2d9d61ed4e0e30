"""Story-clustering settings compared in paired orders, on features parsed once.

    PYTHONPATH=. python bench/stories_variants.py --gold ../shared/eval/clusters/ecbplus_dev.jsonl \
        --format ecbplus --split dev --config "cohesion=0.5" --config "cohesion=0.6" [--orders 12]

Each document is parsed once (features cached in /tmp); every `--config` (ClusterConfig
fields, `name=value` joined by `,`) is scored in file order and in the shuffled orders of
stories_order.py (same seeds), and paired with `base`, the default settings: in how many of
the orders it scores above / below them. UCI has dates, so `--orders 1` (publication order,
what `newsgraph eval clusters` measures) is what counts there. `--entities trigram|prefix5`
adds keys to the entity channel of the variants (not of `base`).

`--oracle` measures how far each kind of error limits the clusterer: the default settings,
with the gold labels correcting one kind of decision at a time (a story's gold is the
commonest gold of its members): `novel`, an article whose event has no story yet starts one
instead of joining another event's; `compete`, an article that joins another event's story
while its own event's story also reaches the threshold joins its own; `recall`, an article
that would start a story while its event has one joins it.

The novelty and competition settings tried for issue 6 (cohesion_ratio, cohesion_mode,
cohesion_rank, competition_margin, distinct_terms, clear_low, ...) are ClusterConfig fields
in commit 16627cb only.
"""

from __future__ import annotations

import argparse
import ast
import dataclasses
import pickle
import random
import statistics
from pathlib import Path

from stories_order import gold_arguments  # the script's folder is on sys.path

from newsgraph.eval.clusters import features_for, read_gold, score, split_docs
from newsgraph.stories import ClusterConfig, assign_stories


def load(gold: str, fmt: str, split: str, cache: Path):
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    docs = split_docs(read_gold(gold, fmt), split)
    feats = {f.article_id: f for f in features_for(d.article for d in docs)}
    cache.write_bytes(pickle.dumps((docs, feats)))
    return docs, feats


def parse_config(text: str) -> ClusterConfig:
    values = {}
    for part in filter(None, text.split(",")):
        name, value = part.split("=", 1)
        values[name.strip()] = ast.literal_eval(value.strip())
    return dataclasses.replace(ClusterConfig(), **values)


def entity_variant(feats, kind: str):
    """Features with extra entity keys: `prefix5` (the first five letters of each word of a
    name, "~klits"), `trigram` (the letter trigrams of each name, "#lit"), or unchanged."""
    if not kind:
        return feats
    out = {}
    for aid, f in feats.items():
        extra: dict[str, int] = {}
        for key, count in f.entities:
            if kind == "prefix5":
                grams = {f"~{w[:5]}" for w in key.split() if len(w) > 5}
            elif kind == "trigram":
                padded = f" {key} "
                grams = {f"#{padded[i : i + 3]}" for i in range(len(padded) - 2)}
            else:
                raise SystemExit(f"unknown entity variant {kind}")
            for g in grams:
                extra[g] = extra.get(g, 0) + count
        merged = dict(f.entities)
        for g, n in extra.items():
            merged[g] = merged.get(g, 0) + n
        out[aid] = dataclasses.replace(f, entities=tuple(sorted(merged.items())))
    return out


def run(name: str, config: ClusterConfig, docs, feats, orders) -> list[float]:
    b3, pw, bp, br, nc = [], [], [], [], []
    for order in orders:
        fs = [feats[d.article.id] for d in order]
        assigned = assign_stories(fs, config)
        predicted = [assigned[f.article_id].story_id for f in fs]
        s = score([d.gold for d in order], predicted)
        b3.append(s.b3_f1), pw.append(s.pairwise_f1), bp.append(s.b3_p), br.append(s.b3_r)
        nc.append(len(set(predicted)))
    sh = slice(1, None) if len(orders) > 1 else slice(None)
    sd = statistics.stdev(b3[sh]) if len(b3[sh]) > 1 else 0.0
    print(
        f"{name:40s} file B3 {b3[0]:.3f} pw {pw[0]:.3f} P/R {bp[0]:.3f}/{br[0]:.3f} "
        f"k {nc[0]} | shuffled B3 {statistics.mean(b3[sh]):.3f} ± {sd:.3f} "
        f"P/R {statistics.mean(bp[sh]):.3f}/{statistics.mean(br[sh]):.3f} "
        f"pw {statistics.mean(pw[sh]):.3f}",
        flush=True,
    )
    return b3


def oracle(kinds: str, docs, feats, orders) -> None:
    """The default settings with the kinds of decision in `kinds` corrected by the gold."""
    from collections import Counter

    from newsgraph.stories import StoryTracker
    from newsgraph.stories.cluster import _dots

    gold = {d.article.id: d.gold for d in docs}
    b3, bp, br, pw = [], [], [], []
    for order in orders:
        tracker = StoryTracker()
        c = tracker.clusterer
        members: dict[str, list[str]] = {}
        current: dict[str, str] = {}
        chosen_by_default = c._best

        def best(
            vec,
            now,
            threshold,
            m=0.0,
            c=c,
            members=members,
            current=current,
            pick=chosen_by_default,
        ):
            story = pick(vec, now, threshold, m)
            g = gold[current["id"]]
            own = [
                sid for sid in c._active
                if Counter(gold[a] for a in members[sid]).most_common(1)[0][0] == g
            ]  # fmt: skip
            if story is None:
                if own and "recall" in kinds:
                    return c._active[max(own, key=lambda sid: c._active[sid].n)]
                return story
            if story.id in own:
                return story
            if not own and "novel" in kinds:
                return None
            if own and "compete" in kinds:
                # the default score (no embeddings), over the own event's stories only
                w = c.config.entity_weight if vec.ents else 0.0
                dw = _dots(vec.words, own, c._active, "words", c._words)
                de = _dots(vec.ents, own, c._active, "ents", c._ents) if vec.ents else {}
                scores = {
                    sid: (
                        (1 - w) * dw.get(sid, 0.0) / c._norm(c._active[sid], "words", c._words)
                        + w * de.get(sid, 0.0) / c._norm(c._active[sid], "ents", c._ents)
                    )
                    * c._decay(c._active[sid], now)
                    for sid in own
                }
                mine = max(scores, key=lambda sid: (scores[sid], sid))
                return c._active[mine] if scores[mine] >= threshold else story
            return story

        c._best = best  # type: ignore[method-assign]
        predicted = []
        for d in order:
            current["id"] = d.article.id
            sid = tracker.add(feats[d.article.id]).story_id
            predicted.append(sid)
            members.setdefault(sid, []).append(d.article.id)
        s = score([d.gold for d in order], predicted)
        b3.append(s.b3_f1), bp.append(s.b3_p), br.append(s.b3_r), pw.append(s.pairwise_f1)
    sh = slice(1, None) if len(orders) > 1 else slice(None)
    sd = statistics.stdev(b3[sh]) if len(b3[sh]) > 1 else 0.0
    print(
        f"oracle {kinds or 'none':33s} file B3 {b3[0]:.3f} pw {pw[0]:.3f} | shuffled B3 "
        f"{statistics.mean(b3[sh]):.3f} ± {sd:.3f} P/R {statistics.mean(bp[sh]):.3f}/"
        f"{statistics.mean(br[sh]):.3f}",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    gold_arguments(parser)
    parser.add_argument("--cache", default="")
    parser.add_argument("--config", action="append", default=[])
    parser.add_argument("--oracle", action="store_true", help="limits set by each kind of error")
    parser.add_argument("--entities", default="", help="prefix5 or trigram: extra entity keys")
    args = parser.parse_args()
    cache = Path(args.cache or f"/tmp/stories_variants_{args.format}_{args.split}.pkl")
    docs, feats = load(args.gold, args.format, args.split, cache)
    shuffles = [random.Random(s).sample(docs, len(docs)) for s in range(1, args.orders)]
    orders = [list(docs), *shuffles]
    if args.oracle:
        for kinds in ("", "novel", "compete", "novel+compete", "recall", "novel+compete+recall"):
            oracle(kinds, docs, feats, orders)
        return
    base = run("base", ClusterConfig(), docs, feats, orders)
    variant_feats = entity_variant(feats, args.entities)
    for text in args.config:
        b3 = run(text, parse_config(text), docs, variant_feats, orders)
        better = sum(v > b + 1e-9 for v, b in zip(b3, base, strict=True))
        worse = sum(v < b - 1e-9 for v, b in zip(b3, base, strict=True))
        print(f"{'':40s} paired with base: {better} of {len(b3)} better, {worse} worse", flush=True)


if __name__ == "__main__":
    main()
