"""Trial of entity aliases (newsgraph/data/entity_aliases.tsv) in the story features, scored in
file order and in shuffled orders, paired with no aliases. Not adopted; see
docs/history/stories.md.

    PYTHONPATH=. python bench/stories_aliases.py --gold ../shared/eval/clusters/uci_news_aggregator_first6366.csv \
        --format uci --variant ent --variant term --variant entuntag

A variant is a set of flags read by `extract_story_features` from the UA environment
variable: "ent" (a mention the recogniser tagged takes its row's keys), "term" (each table
name the text names, as any alias, counts once as a word of its own), "slug" (the same for the
slug words of a short text: multi-word names and names written in capitals only), "untag"
(table names the recogniser missed become entity keys too). "" is the current code.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics

from newsgraph.eval.clusters import features_for, read_gold, score, split_docs
from newsgraph.stories import ClusterConfig, assign_stories


def run(docs, n_orders: int) -> list[tuple[float, float]]:
    by_id = {f.article_id: f for f in features_for(d.article for d in docs)}
    orders = [list(docs)] + [random.Random(s).sample(docs, len(docs)) for s in range(1, n_orders)]
    out = []
    for order in orders:
        feats = [by_id[d.article.id] for d in order]
        assigned = assign_stories(feats, ClusterConfig())
        s = score([d.gold for d in order], [assigned[f.article_id].story_id for f in feats])
        out.append((s.pairwise_f1, s.b3_f1))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", required=True)
    parser.add_argument("--format", required=True, choices=("ecbplus", "uci", "sample"))
    parser.add_argument("--orders", type=int, default=21, help="file order + this many - 1")
    parser.add_argument("--variant", action="append", default=[])
    args = parser.parse_args()
    docs = split_docs(read_gold(args.gold, args.format), "dev")
    k = 1 if args.format == "ecbplus" else 0  # BCubed F1 for ECB+, pairwise F1 for UCI
    results = {}
    for variant in ["", *args.variant]:
        os.environ["UA"] = variant
        results[variant] = [r[k] for r in run(docs, args.orders)]
    base = results[""]
    for variant, values in results.items():
        diff = [b - a for a, b in zip(base, values, strict=True)]
        print(
            f"{variant or 'current':12} file order {values[0]:.3f}; shuffled mean "
            f"{statistics.mean(values[1:]):.3f} sd {statistics.stdev(values[1:]):.3f}; paired "
            f"diff {statistics.mean(diff):+.3f}, better {sum(d > 5e-4 for d in diff)}, "
            f"worse {sum(d < -5e-4 for d in diff)} of {len(diff)}"
        )


if __name__ == "__main__":
    main()
