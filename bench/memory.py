"""Peak memory of `newsgraph run` as the corpus grows: it should stay flat.

For each size, the sample corpus is repeated with variations (as in throughput.py) into one
JSONL file, and a fresh Python process runs the full local pipeline on it into a fresh
database. That process reports its own peak resident set (the driver: reading, batching,
writing the store) and the largest peak of its worker processes (model + one batch).

    python bench/memory.py                          # 500 and 2,000 articles, 2 processes
    python bench/memory.py --articles 500,4000 --json
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from throughput import corpus_texts  # noqa: E402

# Run in a child so that each size starts from nothing and its peaks are its own.
CHILD = """
import json, resource, sys
from newsgraph.config import Settings
from newsgraph.pipeline import run
if __name__ == "__main__":
    summary = run([sys.argv[1]], Settings(db=sys.argv[2], processes=int(sys.argv[3])))
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({"stored": summary.new, "driver_peak_rss_mb": round(own, 1),
                      "worker_peak_rss_mb": round(workers, 1)}))
"""


def measure(n: int, processes: int, corpus: Path, tmp: Path) -> dict[str, object]:
    jsonl = tmp / f"bench-{n}.jsonl"
    records = corpus_texts(corpus, n)
    jsonl.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    script = tmp / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    db = tmp / f"bench-{n}.db"
    out = subprocess.run(
        [sys.executable, str(script), str(jsonl), str(db), str(processes)],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    row = json.loads(out.stdout.strip().splitlines()[-1])
    return {"articles": n, "input_mb": round(jsonl.stat().st_size / 2**20, 1), **row}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", default="500,2000", help="comma-separated corpus sizes")
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--corpus", type=Path, default=REPO / "examples" / "corpus")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        rows = [
            measure(int(n), args.processes, args.corpus, Path(tmp))
            for n in args.articles.split(",")
        ]
    if args.json:
        print(json.dumps({"processes": args.processes, "runs": rows}, indent=2))
        return
    print(f"full local pipeline, {args.processes} processes (sample corpus repeated)")
    print(f"{'articles':>8} {'input MB':>9} {'driver peak MB':>15} {'worker peak MB':>15}")
    for r in rows:
        print(
            f"{r['articles']:>8} {r['input_mb']:>9} {r['driver_peak_rss_mb']:>15} "
            f"{r['worker_peak_rss_mb']:>15}"
        )


if __name__ == "__main__":
    main()
