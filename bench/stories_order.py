"""How much the story-clustering figures depend on the order the documents arrive in.

    PYTHONPATH=. python bench/stories_order.py --gold ../shared/eval/clusters/ecbplus_dev.jsonl \
        --format ecbplus [--split dev] [--orders 12] [--threshold 0.3 --entity-weight 0.5]

The clusterer is online: each document is assigned once, against the stories built from the
documents before it, so the same settings give other clusters in another order. ECB+ has no
dates (file order is an artefact of how the corpus was assembled), so its figures are
measured again over shuffled orders (fixed seeds): file order first, then the mean, standard
deviation and range. A change of settings that moves the file-order figure by less than the
standard deviation is not a measured improvement. Documents are parsed once.
"""

from __future__ import annotations

import argparse
import random
import statistics

from newsgraph.eval.clusters import features_for, read_gold, score, split_docs
from newsgraph.stories import ClusterConfig, assign_stories


def gold_arguments(parser: argparse.ArgumentParser) -> None:
    """The gold set, its split and the number of orders (shared with stories_variants.py)."""
    parser.add_argument("--gold", required=True)
    parser.add_argument("--format", required=True, choices=("ecbplus", "uci", "sample"))
    parser.add_argument("--split", default="dev", choices=("all", "dev", "heldout"))
    parser.add_argument("--orders", type=int, default=12, help="file order + this many - 1")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    gold_arguments(parser)
    parser.add_argument("--threshold", type=float, default=ClusterConfig().threshold)
    parser.add_argument("--entity-weight", type=float, default=ClusterConfig().entity_weight)
    args = parser.parse_args()

    docs = split_docs(read_gold(args.gold, args.format), args.split)
    by_id = {f.article_id: f for f in features_for(d.article for d in docs)}
    config = ClusterConfig(threshold=args.threshold, entity_weight=args.entity_weight)
    shuffles = [random.Random(s).sample(docs, len(docs)) for s in range(1, args.orders)]
    orders = [list(docs), *shuffles]
    b3, pairwise = [], []
    for order in orders:
        features = [by_id[d.article.id] for d in order]
        assigned = assign_stories(features, config)
        s = score([d.gold for d in order], [assigned[f.article_id].story_id for f in features])
        b3.append(s.b3_f1)
        pairwise.append(s.pairwise_f1)
    for name, values in (("BCubed F1", b3), ("pairwise F1", pairwise)):
        shuffled = values[1:] or values
        spread = statistics.stdev(shuffled) if len(shuffled) > 1 else 0.0
        print(
            f"{args.format} {args.split} {name}: file order {values[0]:.3f}; "
            f"{len(shuffled)} shuffled orders mean {statistics.mean(shuffled):.3f} "
            f"sd {spread:.3f} range {min(shuffled):.3f}-{max(shuffled):.3f}"
        )


if __name__ == "__main__":
    main()
