"""Would splitting stories after the online pass help? A probe for issue 6, not adopted.

    PYTHONPATH=. python bench/stories_split.py --gold ../shared/eval/clusters/ecbplus_dev.jsonl \
        --format ecbplus --split dev [--tau 0.3 --tau 0.5] [--min-size 2]

The online pass merges ECB+'s two similar events of a topic when they share their main actor.
This clusters a split with the default settings (file order and the shuffled orders of
stories_order.py), then splits each story of at least 2 × `--min-size` articles in two by
spherical 2-means over the articles' TF-IDF vectors (words and entities weighted as the
clusterer weighs them, IDF over the split; seeded by the least similar pair) and keeps the
split when the two halves' centroids have a cosine below `--tau`. `oracle` splits each story
by the gold: the ceiling of any split rule. Prints BCubed F1 in file order, the shuffled mean
± sd, BCubed P / R, and in how many of the orders a variant beats the unsplit stories.
"""

from __future__ import annotations

import argparse
import math
import random
import statistics
from collections import Counter, defaultdict
from pathlib import Path

from stories_order import gold_arguments  # the script's folder is on sys.path
from stories_variants import load

from newsgraph.eval.clusters import score
from newsgraph.stories import ClusterConfig, assign_stories

Vector = dict[tuple[str, str], float]


def tfidf(counts, df: Counter[str], n: int) -> dict[str, float]:
    vec = {k: (1 + math.log(c)) * math.log((1 + n) / (1 + df[k])) for k, c in counts}
    norm = math.sqrt(sum(x * x for x in vec.values())) or 1.0
    return {k: x / norm for k, x in vec.items()}


def article_vectors(feats, entity_weight: float) -> dict[str, Vector]:
    n = len(feats)
    df_w: Counter[str] = Counter()
    df_e: Counter[str] = Counter()
    for f in feats.values():
        df_w.update(k for k, _ in f.terms)
        df_e.update(k for k, _ in f.entities)
    out = {}
    for aid, f in feats.items():
        vec = {
            ("w", k): x * math.sqrt(1 - entity_weight) for k, x in tfidf(f.terms, df_w, n).items()
        }
        ents = tfidf(f.entities, df_e, n)
        vec.update({("e", k): x * math.sqrt(entity_weight) for k, x in ents.items()})
        out[aid] = vec
    return out


def dot(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(k, 0.0) for k, x in a.items())


def centroid(vectors: list[Vector]) -> Vector:
    total: defaultdict[tuple[str, str], float] = defaultdict(float)
    for vec in vectors:
        for k, x in vec.items():
            total[k] += x
    norm = math.sqrt(sum(x * x for x in total.values())) or 1.0
    return {k: x / norm for k, x in total.items()}


def two_means(ids: list[str], vecs: dict[str, Vector]):
    """(half A, half B, cosine of their centroids), or None when one half empties."""
    _, a, b = min((dot(vecs[x], vecs[y]), x, y) for i, x in enumerate(ids) for y in ids[i + 1 :])
    ca, cb = vecs[a], vecs[b]
    for _ in range(10):
        half_a = [x for x in ids if dot(vecs[x], ca) >= dot(vecs[x], cb)]
        half_b = [x for x in ids if x not in set(half_a)]
        if not half_a or not half_b:
            return None
        ca, cb = centroid([vecs[x] for x in half_a]), centroid([vecs[x] for x in half_b])
    return half_a, half_b, dot(ca, cb)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    gold_arguments(parser)
    parser.add_argument("--cache", default="")
    parser.add_argument("--tau", type=float, action="append", default=[])
    parser.add_argument("--min-size", type=int, default=2)
    args = parser.parse_args()
    cache = Path(args.cache or f"/tmp/stories_variants_{args.format}_{args.split}.pkl")
    docs, feats = load(args.gold, args.format, args.split, cache)
    vecs = article_vectors(feats, ClusterConfig().entity_weight)
    gold = {d.article.id: d.gold for d in docs}
    shuffles = [random.Random(s).sample(docs, len(docs)) for s in range(1, args.orders)]
    results: defaultdict[str, list] = defaultdict(list)
    for order in [list(docs), *shuffles]:
        assigned = assign_stories([feats[d.article.id] for d in order])
        story = {aid: a.story_id for aid, a in assigned.items()}
        labels = [d.gold for d in order]
        results["unsplit"].append(score(labels, [story[d.article.id] for d in order]))
        oracle = [story[d.article.id] + "|" + gold[d.article.id] for d in order]
        results["oracle"].append(score(labels, oracle))
        members: defaultdict[str, list[str]] = defaultdict(list)
        for d in order:
            members[story[d.article.id]].append(d.article.id)
        halves = {
            sid: two_means(ids, vecs)
            for sid, ids in members.items()
            if len(ids) >= 2 * args.min_size
        }
        for tau in args.tau or [0.3, 0.4, 0.5, 0.6]:
            split = dict(story)
            for sid, found in halves.items():
                if found and found[2] < tau and min(map(len, found[:2])) >= args.min_size:
                    split.update({aid: f"{sid}|b" for aid in found[1]})
            results[f"tau={tau}"].append(score(labels, [split[d.article.id] for d in order]))
    base = [s.b3_f1 for s in results["unsplit"]]
    for name, scores in results.items():
        b3 = [s.b3_f1 for s in scores]
        rest = scores[1:] or scores
        better = sum(x > y + 1e-9 for x, y in zip(b3, base, strict=True))
        worse = sum(x < y - 1e-9 for x, y in zip(b3, base, strict=True))
        sd = statistics.stdev(b3[1:]) if len(b3) > 2 else 0.0
        mean = statistics.mean(s.b3_f1 for s in rest)
        print(
            f"{name:10s} file B3 {b3[0]:.3f} | shuffled {mean:.3f} ± {sd:.3f}"
            f" P/R {statistics.mean(s.b3_p for s in rest):.3f}/"
            f"{statistics.mean(s.b3_r for s in rest):.3f} | better/worse {better}/{worse}"
        )


if __name__ == "__main__":
    main()
