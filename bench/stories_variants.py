"""Story-clustering variants measured on a dev half (session 5 experiments; none adopted).

    PYTHONPATH=. python bench/stories_variants.py --format ecbplus --split dev \
        --config "conflicts=(('year',0.8),)" [--stem] [--lead-extra 1] [--merge 0.4]

Parses the gold file once (cached as a pickle under --cache), then clusters the split in file
order and, for ECB+, in 11 shuffled orders (the seeds of bench/stories_order.py), and prints
BCubed and pairwise figures. `--config` is ClusterConfig keyword arguments; `--stem` puts a
Snowball stemmer behind the term keys (pip install snowballstemmer==3.1.1); `--lead-extra N`
counts the words of the first sentence N more times; `--merge M` merges, after the pass,
stories whose centroid score reaches M unless their facts conflict (a bound-free stand-in
for a per-chunk merge: if it does not help unbounded, a bounded one will not).
"""

from __future__ import annotations

import argparse
import functools
import json
import math
import pickle
import random
import statistics
from pathlib import Path

import newsgraph.extract.story_features as sf
from newsgraph.eval.clusters import read_gold, score, split_docs
from newsgraph.extract import run_extractors
from newsgraph.lexicons import Lexicons
from newsgraph.stories import ClusterConfig, StoryTracker

GOLD = {
    "ecbplus": "../shared/eval/clusters/ecbplus_dev.jsonl",
    "uci": "../shared/eval/clusters/uci_news_aggregator_first6366.csv",
}


def _parsed(fmt: str, cache: Path):
    path = cache / f"{fmt}.pkl"
    if path.exists():
        return pickle.loads(path.read_bytes())
    from newsgraph.nlp import load_model, parse, resolve_model_name

    docs = read_gold(GOLD[fmt], fmt)
    nlp, lexicons = load_model(resolve_model_name("")), Lexicons.load()
    parsed = list(parse([d.article for d in docs], nlp, batch_size=64))
    rows = [run_extractors(p, lexicons) for p in parsed]
    cache.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps((docs, parsed, rows)))
    return docs, parsed, rows


def _merge(clusterer, assigned: dict[str, str], least: float) -> dict[str, str]:
    """Union of active stories whose centroid score reaches `least` (facts permitting)."""

    def unit(story, name, channel):
        vec = {b: x * channel.idf(b) for b, x in getattr(story, name).items()}
        norm = math.sqrt(sum(x * x for x in vec.values())) or 1.0
        return {b: x / norm for b, x in vec.items()}

    stories = clusterer._active
    vecs = {
        sid: (unit(s, "words", clusterer._words), unit(s, "ents", clusterer._ents))
        for sid, s in stories.items()
    }
    parent = {sid: sid for sid in vecs}

    def find(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    w = clusterer.config.entity_weight
    ids = sorted(vecs)
    pairs = []
    for i, x in enumerate(ids):
        for y in ids[i + 1 :]:
            (wx, ex), (wy, ey) = vecs[x], vecs[y]
            cw = sum(v * wy.get(b, 0.0) for b, v in wx.items())
            ce = sum(v * ey.get(b, 0.0) for b, v in ex.items())
            s = (1 - w) * cw + w * ce if ex and ey else cw
            facts = tuple(stories[x].facts)
            if s >= least and not (
                clusterer.config.conflicts and clusterer._conflict(stories[y], facts) < 1.0
            ):
                pairs.append((s, x, y))
    for _, x, y in sorted(pairs, reverse=True):
        rx, ry = find(x), find(y)
        if rx != ry:
            parent[ry] = rx
    return {k: find(v) if v in parent else v for k, v in assigned.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--format", required=True, choices=tuple(GOLD))
    parser.add_argument("--split", default="dev", choices=("all", "dev", "heldout"))
    parser.add_argument("--config", default="", help="ClusterConfig keyword arguments")
    parser.add_argument("--stem", action="store_true")
    parser.add_argument("--lead-extra", type=int, default=0)
    parser.add_argument("--merge", type=float, default=0.0)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/newsgraph_stories_variants"))
    parser.add_argument("--save", type=Path, help="write the per-order BCubed F1 as JSON")
    args = parser.parse_args()

    if args.stem:
        import snowballstemmer

        stemmer, plain = snowballstemmer.stemmer("english"), sf.term_key
        sf.term_key = functools.lru_cache(maxsize=None)(lambda w: stemmer.stemWord(plain(w)))
    sf.LEAD_EXTRA = args.lead_extra
    docs, parsed, rows = _parsed(args.format, args.cache)
    lexicons = Lexicons.load()
    keep = {d.article.id for d in split_docs(docs, args.split)}
    features = {
        d.article.id: sf.extract_story_features(
            p, lexicons, figures=r.get("figures", ()), timexes=r.get("timexes", ())
        )[0]
        for d, p, r in zip(docs, parsed, rows, strict=True)
        if d.article.id in keep
    }
    chosen = [d for d in docs if d.article.id in keep]
    config = ClusterConfig(**eval(f"dict({args.config})"))  # noqa: S307 - a bench's own argument
    orders = [chosen]
    if args.format == "ecbplus":
        orders += [random.Random(s).sample(chosen, len(chosen)) for s in range(1, 12)]
    results = []
    for order in orders:
        tracker = StoryTracker(config)
        assigned = {d.article.id: tracker.add(features[d.article.id]).story_id for d in order}
        if args.merge:
            assigned = _merge(tracker.clusterer, assigned, args.merge)
        results.append(score([d.gold for d in order], [assigned[d.article.id] for d in order]))
    first = results[0]
    line = (
        f"{args.format} {args.split}: file order BCubed P/R/F1 {first.b3_p:.3f}/{first.b3_r:.3f}/"
        f"{first.b3_f1:.3f}, pairwise F1 {first.pairwise_f1:.3f}"
    )
    if len(results) > 1:
        b3 = [r.b3_f1 for r in results[1:]]
        line += f"; shuffled BCubed F1 {statistics.mean(b3):.3f} sd {statistics.stdev(b3):.3f}"
    print(line)
    if args.save:
        args.save.write_text(json.dumps([r.b3_f1 for r in results]))


if __name__ == "__main__":
    main()
