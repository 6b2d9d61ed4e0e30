"""CPU time of each registered extractor on the same parsed articles, one process.

    PYTHONPATH=. python bench/extractors.py [--articles 200] [--repeat 7] [--json]

Parses the sample corpus (examples/corpus) repeated with variations to --articles articles, as
bench/throughput.py does, once; then runs every extractor of the registry over those parsed
documents, in registry order and with the rows of the extractors it `uses`, as a worker does,
and reports the best of --repeat runs of each in CPU seconds (`time.process_time`: on a shared
machine the wall time moves with other work; the best of several runs is the steadiest
figure). The parse is not timed. The data files are loaded and every table derived before
timing starts, and the garbage collector is frozen after, as in a worker (`prepare_worker`).
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import json
import time
from pathlib import Path
from typing import Any

from newsgraph.config import Settings
from newsgraph.extract import DEFAULT_EXTRACTORS, EXTRACTORS
from newsgraph.ingest import read_paths
from newsgraph.lexicons import Lexicons
from newsgraph.nlp import load_model, parse, resolve_model_name
from newsgraph.types import Article, ParsedDoc

CORPUS = Path(__file__).resolve().parent.parent / "examples" / "corpus"


def bench_articles(n: int) -> list[Article]:
    """`n` articles: the corpus's articles repeated, each copy with its own closing line."""
    base = [a for a in read_paths([CORPUS], Settings()) if isinstance(a, Article)]
    return [
        dataclasses.replace(
            base[i % len(base)],
            id=f"{base[i % len(base)].id}-{i}",
            text=f"{base[i % len(base)].text}\n\nThis is bench edition {i // len(base) + 1}.",
        )
        for i in range(n)
    ]


def rows_used(docs: list[ParsedDoc], lexicons: Lexicons) -> list[dict[str, list[Any]]]:
    """Every document's rows by field, for the extractors that take earlier ones (`uses`)."""
    found = []
    for doc in docs:
        rows: dict[str, list[Any]] = {}
        for name in DEFAULT_EXTRACTORS:
            extractor = EXTRACTORS[name]
            given = {f: rows[f] for f in extractor.uses if f in rows}
            rows.setdefault(extractor.field, []).extend(extractor.function(doc, lexicons, **given))
        found.append(rows)
    return found


def best_cpu(
    name: str, docs: list[ParsedDoc], used: list[dict[str, list[Any]]], lexicons: Lexicons
) -> float:
    """CPU seconds of one pass of extractor `name` over the documents."""
    extractor = EXTRACTORS[name]
    started = time.process_time()
    for doc, rows in zip(docs, used, strict=True):
        extractor.function(doc, lexicons, **{f: rows[f] for f in extractor.uses if f in rows})
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    docs = list(parse(bench_articles(args.articles), load_model(resolve_model_name(""))))
    lexicons = Lexicons.load()
    used = rows_used(docs, lexicons)  # also builds every derived table once
    gc.collect()
    gc.freeze()
    best: dict[str, float] = {}
    for _ in range(args.repeat):  # alternate the extractors: load changes hit them alike
        for name in DEFAULT_EXTRACTORS:
            cpu = best_cpu(name, docs, used, lexicons)
            best[name] = min(best.get(name, cpu), cpu)
    if args.json:
        print(json.dumps({"articles": len(docs), "cpu_s": best, "total_s": sum(best.values())}))
        return
    tokens = sum(len(d.tokens) for d in docs)
    print(f"{len(docs)} articles, {tokens} tokens; CPU seconds, best of {args.repeat} runs")
    for name, cpu in best.items():
        print(f"{name:20} {cpu:7.3f}")
    print(f"{'total':20} {sum(best.values()):7.3f}")


if __name__ == "__main__":
    main()
