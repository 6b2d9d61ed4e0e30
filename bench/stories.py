"""Cost per article and memory of the stories stage, from 10k to 200k synthetic articles.

    PYTHONPATH=. python bench/stories.py [--n 200000] [--per-day 2000] [--embeddings]

Synthetic stream: stories that live a few days, each with its own words and entities drawn
from a large vocabulary, plus everyday words; one article in ten is a copy of an earlier one.
Articles arrive in publication order at `--per-day`. Features are made directly (the extract
stage's cost is not measured here): MinHash signatures are random numbers, and a copy reuses
its original's with a few values changed. Prints, for each block of 10,000 articles, the
mean time per article (near-duplicate check + clustering) and the process's resident memory.
With `--embeddings` every article is a short text (20 words) carrying a MiniLM-sized unit
vector (its story's direction plus noise), so the clusterer takes its embedding path.
"""

from __future__ import annotations

import argparse
import random
import resource
import time
from datetime import UTC, datetime, timedelta

import numpy as np

from newsgraph.embeddings import DIMENSIONS, pack
from newsgraph.stories import StoryTracker
from newsgraph.types import StoryFeatures

VOCAB = 200_000
COMMON = 2_000
BLOCK = 10_000


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        pages = int(handle.read().split()[1])
    return pages * resource.getpagesize() / 2**20


def _unit(v: np.ndarray) -> np.ndarray:
    return v / np.linalg.norm(v)


def stream(n: int, per_day: int, seed: int = 7, embeddings: bool = False):
    rng = random.Random(seed)
    vectors = np.random.default_rng(seed)
    start = datetime(2021, 1, 1, tzinfo=UTC)
    live: list[dict] = []
    recent: list[StoryFeatures] = []
    for i in range(n):
        now = start + timedelta(days=i / per_day)
        live = [s for s in live if s["end"] > now]
        if not live or rng.random() < 0.08:
            live.append(
                {
                    "words": [f"w{rng.randrange(VOCAB)}" for _ in range(30)],
                    "ents": [f"e{rng.randrange(VOCAB)}" for _ in range(6)],
                    "end": now + timedelta(days=rng.uniform(0.5, 5)),
                    "vector": _unit(vectors.normal(size=DIMENSIONS)),
                }
            )
        if recent and rng.random() < 0.1:
            original = rng.choice(recent[-500:])
            sig = list(original.minhash)
            for k in rng.sample(range(len(sig)), 6):
                sig[k] = rng.getrandbits(32)
            f = StoryFeatures(
                article_id=f"a{i}", published=now, outlet=f"o{rng.randrange(500)}",
                title="", n_words=original.n_words, terms=original.terms,
                entities=original.entities, minhash=tuple(sig), embedding=original.embedding,
            )  # fmt: skip
        else:
            story = rng.choice(live)
            words = rng.sample(story["words"], 15) + [
                f"c{rng.randrange(COMMON)}" for _ in range(60)
            ]
            ents = rng.sample(story["ents"], 3)
            terms: dict[str, int] = {}
            for w in words:
                terms[w] = terms.get(w, 0) + 1
            f = StoryFeatures(
                article_id=f"a{i}", published=now, outlet=f"o{rng.randrange(500)}",
                title="", n_words=20 if embeddings else 300,
                terms=tuple(sorted(terms.items())),
                entities=tuple(sorted((e, 1) for e in ents)),
                minhash=tuple(rng.getrandbits(32) for _ in range(64)),
                embedding=pack(_unit(story["vector"] + 0.08 * vectors.normal(size=DIMENSIONS)))
                if embeddings else "",
            )  # fmt: skip
        recent.append(f)
        if len(recent) > 1000:
            del recent[:500]
        yield f


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200_000)
    parser.add_argument("--per-day", type=int, default=2_000)
    parser.add_argument("--embeddings", action="store_true", help="short texts with vectors")
    args = parser.parse_args()
    tracker = StoryTracker()
    spent = cpu = 0.0
    copies = 0
    # CPU time next to wall time: on a shared machine other processes inflate the wall time.
    header = (
        f"{'articles':>9} {'ms/article':>10} {'CPU ms':>7} {'active stories':>14} {'RSS MB':>7}"
    )
    print(header)
    for i, features in enumerate(stream(args.n, args.per_day, embeddings=args.embeddings), 1):
        t, c = time.perf_counter(), time.process_time()
        assigned = tracker.add(features)
        spent += time.perf_counter() - t
        cpu += time.process_time() - c
        copies += assigned.near_dup_of is not None
        tracker.clusterer.drain_closed()  # the pipeline writes these to the store
        if i % BLOCK == 0:
            active = tracker.clusterer.n_active
            print(
                f"{i:>9} {1000 * spent / BLOCK:>10.3f} {1000 * cpu / BLOCK:>7.3f} {active:>14}"
                f" {rss_mb():>7.0f}",
                flush=True,
            )
            spent = cpu = 0.0
    print(f"copies found: {copies}")


if __name__ == "__main__":
    main()
