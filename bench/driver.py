"""CPU time of the work around the extractors: the copy out of spaCy, reading, storing, stories.

    PYTHONPATH=. python bench/driver.py [--articles 600] [--repeat 3] [--json]

The sample corpus repeated with variations (as bench/throughput.py builds it) is written as
JSONL and parsed once, in this process. Then, best of --repeat runs each, in CPU seconds
(`time.process_time`; on a shared machine the best of several runs is the steadiest figure):

- `copy_s`: `to_parsed_doc` over the parsed spaCy documents (the parse is not timed);
- `read_s`: `read_paths` over the JSONL (decoding, cleaning, the mojibake test, ids);
- `write_s`: `Store.write_batch` of the processed articles, 32 a batch, into a fresh database;
- `stories_s`: `update_stories` on that database (near-duplicates, stories, reconciliation);
- `stories_first_s`: the same, run first in this process, with the imports it needs.

These are what a worker spends besides parsing and extracting (the copy) and what the
driver process of `newsgraph run` spends (the rest, besides handing batches over).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from throughput import corpus_texts

REPO = Path(__file__).resolve().parent.parent


def best(work, repeat: int) -> float:
    """Least CPU seconds of `repeat` calls of `work`."""
    found = []
    for _ in range(repeat):
        started = time.process_time()
        work()
        found.append(time.process_time() - started)
    return min(found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    from newsgraph.config import Settings
    from newsgraph.extract import DEFAULT_EXTRACTORS, run_extractors
    from newsgraph.ingest import read_paths
    from newsgraph.lexicons import Lexicons
    from newsgraph.nlp import load_model, resolve_model_name, to_parsed_doc
    from newsgraph.store import Store
    from newsgraph.stories.update import update_stories
    from newsgraph.types import Article, ProcessedArticle

    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "bench.jsonl"
        records = corpus_texts(REPO / "examples" / "corpus", args.articles)
        jsonl.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
        articles = [a for a in read_paths([jsonl], Settings()) if isinstance(a, Article)]
        nlp = load_model(resolve_model_name(""))
        spacy_docs = list(nlp.pipe([a.text for a in articles], batch_size=32))
        docs = [to_parsed_doc(d, a) for d, a in zip(spacy_docs, articles, strict=True)]
        lexicons = Lexicons.load()
        processed = [
            ProcessedArticle(
                article=a,
                n_tokens=len(d.tokens),
                n_sents=len(d.sents),
                extractors=DEFAULT_EXTRACTORS,
                **run_extractors(d, lexicons),
            )
            for d, a in zip(docs, articles, strict=True)
        ]
        batches = [processed[i : i + 32] for i in range(0, len(processed), 32)]
        stores = iter(range(1_000_000))

        def write() -> Store:
            store = Store.open(str(Path(tmp) / f"bench-{next(stores)}.db"))
            for batch in batches:
                store.write_batch(batch)
            return store

        def stories(timed: dict[str, float]) -> None:
            store = write()  # not timed: only the stories step is
            started = time.process_time()
            update_stories(store)
            timed["s"] = min(timed.get("s", 1e9), time.process_time() - started)
            store.close()

        first: dict[str, float] = {}
        stories(first)
        again: dict[str, float] = {}
        for _ in range(args.repeat):
            stories(again)
        figures = {
            "articles": len(articles),
            "copy_s": best(
                lambda: [to_parsed_doc(d, a) for d, a in zip(spacy_docs, articles, strict=True)],
                args.repeat,
            ),
            "read_s": best(lambda: list(read_paths([jsonl], Settings())), args.repeat),
            "write_s": best(lambda: write().close(), args.repeat),
            "stories_s": again["s"],
            "stories_first_s": first["s"],
        }
    if args.json:
        print(json.dumps({k: round(v, 3) for k, v in figures.items()}))
        return
    print(f"{len(articles)} articles; CPU seconds, best of {args.repeat} runs")
    for name, value in figures.items():
        if name != "articles":
            print(f"{name:16} {value:7.3f}")


if __name__ == "__main__":
    main()
