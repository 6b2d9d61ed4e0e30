"""Throughput of the full `newsgraph run` (local and Ray engines) against bare spaCy parsing.

The sample corpus (examples/corpus) is repeated with variations to reach --articles
articles: every copy gets a numbered closing line so that its id differs (otherwise the
store would rightly skip it as a duplicate). Both sides parse exactly the same texts with
the same model, at each process count, in one run of this script, so the ratio is
meaningful even on a noisy shared machine; absolute figures are not. Each side is a new
Python process, timed from outside, wall and CPU (its workers included): bare spaCy is a
script that loads the model and runs `nlp.pipe(texts, n_process=N)`, the full side is the
`newsgraph run` command a user types. `--repeat` alternates the two several times and
reports the median ratios.

    python bench/throughput.py                 # 2,000 articles, 1 and 2 processes, local + ray
    python bench/throughput.py --articles 300 --processes 1 --engines local --json
    python bench/throughput.py --engines local --processes 2 --repeat 3 --json
    python bench/throughput.py --engines local --processes 2 --bare-indexed   # + a third side

newsgraph's parse replaces spaCy's attribute ruler by an indexed one with the same output
(newsgraph/nlp_rules.py); the bare side is the model as shipped. `--bare-indexed` also times
bare spaCy with the indexed ruler, so the cost of what comes after the parse is read apart.

The Ray engine runs on a Ray started locally on this machine with as many CPUs as processes;
its runs are skipped when Ray is not installed. Peak memory is the largest resident set of
one of the runs' processes (Ray's workers are not waited for by the run; their size is not
included).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


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


def bare_spacy(
    jsonl: Path, model: str, processes: int, batch_size: int, indexed: bool = False
) -> float:
    """Seconds to parse the texts of `jsonl` with `nlp.pipe(n_process=...)`, in a new Python.

    Like the full run, it is a whole process started from nothing: the interpreter, the
    spaCy import and the model load are counted on both sides. `indexed`: with newsgraph's
    indexed attribute ruler in place of spaCy's (the parse that `newsgraph run` does).
    """
    command = [sys.executable, str(Path(__file__).resolve()), "--bare-child", str(jsonl)]
    command += ["--model", model, "--processes", str(processes), "--batch-size", str(batch_size)]
    command += ["--indexed-ruler"] if indexed else []
    started = time.perf_counter()
    subprocess.run(command, check=True, env=_child_env())
    return time.perf_counter() - started


def _bare_child(
    jsonl: Path, model: str, processes: int, batch_size: int, indexed: bool = False
) -> None:
    import spacy

    with jsonl.open(encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in lines if line.strip()]
    nlp = spacy.load(model)
    if indexed:
        from newsgraph.nlp_rules import index_attribute_ruler

        index_attribute_ruler(nlp)
    for _ in nlp.pipe(texts, n_process=processes, batch_size=batch_size):
        pass


def full_run(
    jsonl: Path, db: Path, model: str, processes: int, batch_size: int, engine: str = "local"
) -> float:
    """Seconds for `newsgraph run` over the JSONL into a fresh database, in a new Python
    (the command a user types: engine start, model load and every import included)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    command = [sys.executable, "-m", "newsgraph", "run", str(jsonl), "--db", str(db), "-q"]
    command += ["--model", model, "--processes", str(processes), "--batch-size", str(batch_size)]
    command += ["--engine", engine]
    started = time.perf_counter()
    subprocess.run(command, check=True, env=_child_env(), stdout=subprocess.DEVNULL)
    seconds = time.perf_counter() - started
    expected = sum(1 for line in jsonl.open(encoding="utf-8") if line.strip())
    with sqlite3.connect(db) as connection:
        (stored,) = connection.execute("SELECT count(*) FROM articles").fetchone()
    if stored != expected:
        raise SystemExit(f"expected every article stored, got {stored} of {expected}")
    return seconds


def _child_env() -> dict[str, str]:
    # The child imports this checkout's newsgraph, whatever is installed.
    path = os.environ.get("PYTHONPATH", "")
    return {**os.environ, "PYTHONPATH": f"{REPO}{os.pathsep}{path}" if path else str(REPO)}


def cpu_seconds() -> float:
    """CPU seconds used so far by this process's finished (waited-for) children, with theirs.

    Each side runs as a child process, which waits for its own workers, so this counts the
    whole of it. On a machine shared with other work, wall-clock throughput moves with
    everyone else's load; CPU seconds per word do not, so the ratio of CPU costs is the
    steadier figure. Ray's workers are not descendants that are waited for: there is no CPU
    figure for the Ray engine.
    """
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return children.ru_utime + children.ru_stime


def timed(work: Callable[[], float]) -> tuple[float, float]:
    """(wall seconds reported by `work`, CPU seconds it used)."""
    before = cpu_seconds()
    wall = work()
    return wall, cpu_seconds() - before


def peak_rss_mb() -> float:
    """Largest peak resident memory of one of the runs' processes (drivers, workers), in MB."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def _one_run(
    jsonl: Path,
    model: str,
    processes: int,
    batch_size: int,
    engines: list[str],
    words: int,
    bare_indexed: bool = False,
) -> dict[str, object]:
    """Bare spaCy, then every engine, on the same texts: one row of figures."""
    n = sum(1 for line in jsonl.open(encoding="utf-8") if line.strip())
    bare, bare_cpu = timed(partial(bare_spacy, jsonl, model, processes, batch_size))
    row: dict[str, object] = {"processes": processes, "bare_cpu_s": round(bare_cpu, 1)}
    if bare_indexed:
        # The same parse as newsgraph's: what the rest of the pipeline costs, read apart.
        indexed, indexed_cpu = timed(partial(bare_spacy, jsonl, model, processes, batch_size, True))
        row["bare_indexed_seconds"] = round(indexed, 2)
        row["bare_indexed_cpu_s"] = round(indexed_cpu, 1)
    for engine in engines:
        db = jsonl.with_name("bench.db")
        seconds, cpu = timed(partial(full_run, jsonl, db, model, processes, batch_size, engine))
        if engine == "local":
            row["full_cpu_s"] = round(cpu, 1)
            row["cpu_ratio_full_to_bare"] = round(bare_cpu / cpu, 3)
            if bare_indexed:
                row["ratio_full_to_bare_indexed"] = round(indexed / seconds, 3)
                row["cpu_ratio_full_to_bare_indexed"] = round(indexed_cpu / cpu, 3)
        row[f"{engine}_seconds"] = round(seconds, 2)
        row[f"{engine}_articles_per_s"] = round(n / seconds, 1)
        row[f"{engine}_words_per_s"] = round(words / seconds)
        row[f"{engine}_ratio_to_bare"] = round(bare / seconds, 3)
    full = float(row.get("local_seconds") or row[f"{engines[0]}_seconds"])  # type: ignore[arg-type]
    return {
        **row,
        "bare_seconds": round(bare, 2),
        "full_seconds": round(full, 2),
        "bare_articles_per_s": round(n / bare, 1),
        "full_articles_per_s": round(n / full, 1),
        "bare_words_per_s": round(words / bare),
        "full_words_per_s": round(words / full),
        "ratio_full_to_bare": round(bare / full, 3),
    }


def _median(runs: list[dict[str, object]], key: str) -> object:
    values = [r[key] for r in runs if r.get(key) is not None]
    return statistics.median(values) if values else None  # type: ignore[type-var]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--processes", default="1,2", help="comma-separated process counts")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--corpus", type=Path, default=REPO / "examples" / "corpus")
    parser.add_argument("--engines", default="local,ray", help="local and/or ray")
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="bare and full runs alternated this many times per process count; the summary "
        "keys give the median ratios",
    )
    parser.add_argument(
        "--bare-indexed",
        action="store_true",
        help="also time bare spaCy with newsgraph's indexed attribute ruler (the parse a run "
        "does), so the cost of everything after the parse is read apart",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--bare-child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--indexed-ruler", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--model", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.bare_child:
        _bare_child(
            args.bare_child, args.model, int(args.processes), args.batch_size, args.indexed_ruler
        )
        return
    from newsgraph.engines.ray import ray_available
    from newsgraph.nlp import load_model, resolve_model_name

    engines = [e for e in args.engines.split(",") if e]
    if "ray" in engines and not ray_available():
        print("ray is not installed: Ray engine runs skipped", file=sys.stderr)
        engines.remove("ray")

    model = resolve_model_name("")
    load_model(model)  # read the model's files once, so neither side meets a cold disk cache
    records = corpus_texts(args.corpus, args.articles)
    texts = [r["text"] for r in records]
    words = sum(len(t.split()) for t in texts)
    results: dict[str, object] = {
        "load_average_at_start": round(os.getloadavg()[0], 2),
        "cpus": os.cpu_count(),
        "articles": len(texts),
        "words": words,
        "model": model,
        "repeat": args.repeat,
        "runs": [],
    }
    runs: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "bench.jsonl"
        jsonl.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
        for processes in (int(p) for p in args.processes.split(",")):
            for _ in range(args.repeat):
                runs.append(
                    _one_run(
                        jsonl, model, processes, args.batch_size, engines, words, args.bare_indexed
                    )
                )
    results["runs"] = runs
    last = [r for r in runs if r["processes"] == runs[-1]["processes"]]
    results.update(
        {
            "bare_words_per_s": _median(last, "bare_words_per_s"),
            "full_words_per_s": _median(last, "full_words_per_s"),
            "ratio_full_to_bare": _median(last, "ratio_full_to_bare"),
            "articles_per_s": _median(last, "full_articles_per_s"),
            "cpu_ratio_full_to_bare": _median(last, "cpu_ratio_full_to_bare"),
            "peak_rss_mb": round(peak_rss_mb(), 1),
            "load_average_at_end": round(os.getloadavg()[0], 2),
        }
    )
    if args.bare_indexed:
        for key in ("ratio_full_to_bare_indexed", "cpu_ratio_full_to_bare_indexed"):
            results[key] = _median(last, key)
    if "ray" in engines:
        results["ray_words_per_s"] = _median(last, "ray_words_per_s")
        results["ray_articles_per_s"] = _median(last, "ray_articles_per_s")
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
        if "ratio_full_to_bare_indexed" in r:
            print(
                f"{r['processes']} processes, against bare spaCy with the indexed attribute "
                f"ruler ({r['bare_indexed_seconds']} s, {r['bare_indexed_cpu_s']} s CPU): ratio "
                f"{r['ratio_full_to_bare_indexed']}, CPU ratio "
                f"{r['cpu_ratio_full_to_bare_indexed']}"
            )
    for r in runs:  # type: ignore[union-attr]
        if "ray_seconds" in r:
            print(
                f"ray engine, {r['processes']} processes: {r['ray_articles_per_s']} art/s, "
                f"{r['ray_words_per_s']} words/s, ratio to bare {r['ray_ratio_to_bare']}"
            )
    if args.repeat > 1:
        print(
            f"medians of {args.repeat} runs on {runs[-1]['processes']} processes: ratio "
            f"{results['ratio_full_to_bare']}, CPU ratio {results['cpu_ratio_full_to_bare']}"
        )
    print(f"peak RSS {results['peak_rss_mb']} MB")
    print(
        f"load average {results['load_average_at_start']} at start, "
        f"{results['load_average_at_end']} at end ({results['cpus']} CPUs)"
    )


if __name__ == "__main__":
    main()
