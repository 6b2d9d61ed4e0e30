"""Throughput of the full `newsgraph run` (local and Ray engines) against bare spaCy parsing.

The sample corpus (examples/corpus) is repeated with variations to reach --articles
articles: every copy gets a numbered closing line so that its id differs (otherwise the
store would rightly skip it as a duplicate). Both sides parse exactly the same texts with
the same model, at each process count, in one run of this script, so the ratio is
meaningful even on a noisy shared machine; absolute figures are not.

    python bench/throughput.py                 # 2,000 articles, 1 and 2 processes, local + ray
    python bench/throughput.py --articles 300 --processes 1 --engines local --json

The Ray engine runs on a Ray started locally on this machine with as many CPUs as processes;
its runs are skipped when Ray is not installed. Peak memory is the largest resident set of
this process and of its process-pool children (Ray's workers are not children of this
process; their size is not included).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

# newsgraph is imported inside the functions, not here: the local engine's worker processes
# are spawned, and a spawned process imports the parent's main script again. Run from the
# command line, that script imports `newsgraph.cli`, which imports next to nothing up front;
# this one's imports (ingest, trafilatura, the pipeline) cost each worker about 0.2 s CPU that
# a real run's workers do not spend.


def corpus_texts(corpus: Path, n: int) -> list[dict[str, str]]:
    """`n` records: the corpus's articles repeated, each copy with its own closing line."""
    from newsgraph.config import Settings
    from newsgraph.ingest import read_paths
    from newsgraph.types import Article

    base = [a for a in read_paths([corpus], Settings()) if isinstance(a, Article)]
    if not base:
        raise SystemExit(f"no articles could be read from {corpus}")
    records = []
    for i in range(n):
        a = base[i % len(base)]
        records.append(
            {
                "title": a.title,
                "text": f"{a.text}\n\nThis is bench edition {i // len(base) + 1}.",
                "url": a.url,
                "source": a.outlet,
                "date": a.published.isoformat() if a.published else "",
            }
        )
    return records


def bare_spacy(texts: list[str], model: str, processes: int, batch_size: int) -> float:
    """Seconds to parse `texts` with nlp.pipe (n_process), model load included."""
    import spacy

    started = time.perf_counter()
    nlp = spacy.load(model)
    for _ in nlp.pipe(texts, n_process=processes, batch_size=batch_size):
        pass
    return time.perf_counter() - started


def full_run(
    jsonl: Path, db: Path, model: str, processes: int, batch_size: int, engine: str = "local"
) -> float:
    """Seconds for pipeline.run over the JSONL into a fresh database (engine start included)."""
    from newsgraph.config import Settings
    from newsgraph.pipeline import run

    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    settings = Settings(
        db=str(db), model=model, processes=processes, batch_size=batch_size, engine=engine
    )
    started = time.perf_counter()
    summary = run([jsonl], settings)
    seconds = time.perf_counter() - started
    if summary.new != summary.read:
        raise SystemExit(f"expected every article stored, got {summary.new} of {summary.read}")
    return seconds


def cpu_seconds() -> float:
    """CPU seconds used so far by this process and its finished (joined) children.

    On a machine shared with other work, wall-clock throughput moves with everyone else's
    load; CPU seconds per word do not, so the ratio of CPU costs is the steadier figure.
    Ray's workers are not our children: there is no CPU figure for the Ray engine.
    """
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(work: Callable[[], float]) -> tuple[float, float]:
    """(wall seconds reported by `work`, CPU seconds it used)."""
    before = cpu_seconds()
    wall = work()
    return wall, cpu_seconds() - before


def peak_rss_mb() -> float:
    """Peak resident memory of this process and of its (finished) children, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--processes", default="1,2", help="comma-separated process counts")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--corpus", type=Path, default=REPO / "examples" / "corpus")
    parser.add_argument("--engines", default="local,ray", help="local and/or ray")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    import newsgraph.pipeline  # noqa: F401  (imported now, not in the first timed run)
    from newsgraph.engines.ray import ray_available
    from newsgraph.nlp import load_model, resolve_model_name

    engines = [e for e in args.engines.split(",") if e]
    if "ray" in engines and not ray_available():
        print("ray is not installed: Ray engine runs skipped", file=sys.stderr)
        engines.remove("ray")

    model = resolve_model_name("")
    load_model(model)  # warm the import and the disk cache for both sides alike
    records = corpus_texts(args.corpus, args.articles)
    texts = [r["text"] for r in records]
    words = sum(len(t.split()) for t in texts)
    results: dict[str, object] = {
        "load_average_at_start": round(os.getloadavg()[0], 2),
        "cpus": os.cpu_count(),
        "articles": len(texts),
        "words": words,
        "model": model,
        "runs": [],
    }
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "bench.jsonl"
        jsonl.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
        for processes in (int(p) for p in args.processes.split(",")):
            bare, bare_cpu = timed(partial(bare_spacy, texts, model, processes, args.batch_size))
            row: dict[str, object] = {"processes": processes, "bare_cpu_s": round(bare_cpu, 1)}
            for engine in engines:
                db = Path(tmp) / "bench.db"
                seconds, cpu = timed(
                    partial(full_run, jsonl, db, model, processes, args.batch_size, engine)
                )
                if engine == "local":
                    row["full_cpu_s"] = round(cpu, 1)
                    row["cpu_ratio_full_to_bare"] = round(bare_cpu / cpu, 3)
                row[f"{engine}_seconds"] = round(seconds, 2)
                row[f"{engine}_articles_per_s"] = round(len(texts) / seconds, 1)
                row[f"{engine}_words_per_s"] = round(words / seconds)
                row[f"{engine}_ratio_to_bare"] = round(bare / seconds, 3)
            full = float(row.get("local_seconds") or row[f"{engines[0]}_seconds"])
            results["runs"].append(  # type: ignore[union-attr]
                {
                    **row,
                    "bare_seconds": round(bare, 2),
                    "full_seconds": round(full, 2),
                    "bare_articles_per_s": round(len(texts) / bare, 1),
                    "full_articles_per_s": round(len(texts) / full, 1),
                    "bare_words_per_s": round(words / bare),
                    "full_words_per_s": round(words / full),
                    "ratio_full_to_bare": round(bare / full, 3),
                }
            )
    runs = results["runs"]
    last = runs[-1]  # type: ignore[index]
    results.update(
        {
            "bare_words_per_s": last["bare_words_per_s"],
            "full_words_per_s": last["full_words_per_s"],
            "ratio_full_to_bare": last["ratio_full_to_bare"],
            "articles_per_s": last["full_articles_per_s"],
            "cpu_ratio_full_to_bare": last.get("cpu_ratio_full_to_bare"),
            "peak_rss_mb": round(peak_rss_mb(), 1),
            "load_average_at_end": round(os.getloadavg()[0], 2),
        }
    )
    if "ray" in engines:
        results["ray_words_per_s"] = last["ray_words_per_s"]
        results["ray_articles_per_s"] = last["ray_articles_per_s"]
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print(f"{len(texts)} articles, {words} words (sample corpus repeated with variations)")
    print(f"model {model}; ratio = full-run throughput / bare-spaCy throughput")
    print(
        f"{'processes':>9} {'bare art/s':>11} {'bare words/s':>13} "
        f"{'full art/s':>11} {'full words/s':>13} {'ratio':>6}"
    )
    for r in runs:  # type: ignore[union-attr]
        print(
            f"{r['processes']:>9} {r['bare_articles_per_s']:>11} {r['bare_words_per_s']:>13} "
            f"{r['full_articles_per_s']:>11} {r['full_words_per_s']:>13} "
            f"{r['ratio_full_to_bare']:>6}"
        )
    for r in runs:  # type: ignore[union-attr]
        if "cpu_ratio_full_to_bare" in r:
            print(
                f"{r['processes']} processes: CPU seconds bare {r['bare_cpu_s']}, full "
                f"{r['full_cpu_s']}, ratio {r['cpu_ratio_full_to_bare']}"
            )
    for r in runs:  # type: ignore[union-attr]
        if "ray_seconds" in r:
            print(
                f"ray engine, {r['processes']} processes: {r['ray_articles_per_s']} art/s, "
                f"{r['ray_words_per_s']} words/s, ratio to bare {r['ray_ratio_to_bare']}"
            )
    print(f"peak RSS {results['peak_rss_mb']} MB")
    print(
        f"load average {results['load_average_at_start']} at start, "
        f"{results['load_average_at_end']} at end ({results['cpus']} CPUs)"
    )


if __name__ == "__main__":
    main()
