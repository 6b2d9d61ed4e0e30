"""CPU seconds of every process a `newsgraph run` starts, grouped by what the process is.

Made to find where the Ray engine's time goes on one machine (README, Throughput): Ray runs
its stages in worker processes and services that are not children this script can account
for with `getrusage`, so /proc is read instead (Linux only), every 0.3 s, for this process
and all its descendants (Ray's raylet, GCS and workers included). A Ray worker's title
(`ray::MapWorker(...)`, `ray::IDLE`, `ray::Write`) says what it is doing; CPU is attributed
to the title it had when it was spent, per process.

    python bench/process_cpu.py --articles 600 --engine ray
    python bench/process_cpu.py --articles 600 --engine local

The sampling itself costs the driver some CPU (it is counted with the driver).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "bench")]

_TICK = os.sysconf("SC_CLK_TCK")


def _snapshot() -> dict[int, tuple[str, float, int, int]]:
    """pid -> (command line or title, CPU seconds, start time, parent pid)."""
    out = {}
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
            cmd = (
                Path(f"/proc/{pid}/cmdline")
                .read_bytes()
                .replace(b"\0", b" ")
                .decode(errors="replace")
            )
        except OSError:
            continue
        rest = stat[stat.rfind(")") + 2 :].split()
        cpu = (int(rest[11]) + int(rest[12])) / _TICK
        out[int(pid)] = (cmd.strip()[:100], cpu, int(rest[19]), int(rest[1]))
    return out


def _kind(cmd: str) -> str:
    if not cmd:
        return "(ended before it was seen)"
    if cmd.startswith("ray::"):
        return cmd.split(" ")[0]
    for name in ("raylet", "gcs_server", "dashboard", "log_monitor", "monitor.py", "spawn_main"):
        if name in cmd:
            return name
    return cmd[:60]


def main() -> None:
    from throughput import corpus_texts

    from newsgraph.config import Settings
    from newsgraph.pipeline import run

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--engine", default="ray")
    parser.add_argument(
        "--corpus",
        type=Path,
        default=REPO / "examples" / "corpus",
    )
    args = parser.parse_args()
    records = corpus_texts(args.corpus, args.articles)
    tmp = Path(tempfile.mkdtemp())
    jsonl = tmp / "bench.jsonl"
    jsonl.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")

    before = _snapshot()
    last = dict(before)
    by_title: dict[tuple[int, str], float] = {}
    stop = threading.Event()

    def sample() -> None:
        while True:
            for pid, seen in _snapshot().items():
                if pid in last and last[pid][2] == seen[2]:
                    cmd = seen[0] or last[pid][0]
                    spent = seen[1] - last[pid][1]
                    if spent > 0:
                        by_title[(pid, _kind(cmd))] = by_title.get((pid, _kind(cmd)), 0.0) + spent
                    seen = (cmd, *seen[1:])
                elif pid not in before:
                    by_title[(pid, _kind(seen[0]))] = (
                        by_title.get((pid, _kind(seen[0])), 0.0) + seen[1]
                    )
                last[pid] = seen
            if stop.is_set():
                return
            time.sleep(0.3)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    started = time.perf_counter()
    run([jsonl], Settings(db=str(tmp / "bench.db"), processes=args.processes, engine=args.engine))
    wall = time.perf_counter() - started
    stop.set()
    sampler.join()

    me = os.getpid()

    def descends(pid: int, depth: int = 0) -> bool:
        if pid == me:
            return True
        return pid in last and depth < 30 and descends(last[pid][3], depth + 1)

    totals: dict[str, float] = {}
    processes: dict[str, set[int]] = {}
    for (pid, kind), spent in by_title.items():
        if not descends(pid):
            continue
        kind = "driver (this process; the sampling included)" if pid == me else kind
        totals[kind] = totals.get(kind, 0.0) + spent
        processes.setdefault(kind, set()).add(pid)
    print(
        f"{args.engine} engine, {args.processes} processes, {args.articles} articles: "
        f"wall {wall:.1f} s"
    )
    print(f"{'CPU s':>7} {'processes':>9}  what")
    for kind, spent in sorted(totals.items(), key=lambda kv: -kv[1]):
        if spent >= 0.05:
            print(f"{spent:7.1f} {len(processes[kind]):>9}  {kind}")
    print(f"{sum(totals.values()):7.1f}            in all (load average {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
