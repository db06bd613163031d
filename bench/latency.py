"""``check()`` latency alone (not a test): ``python bench/latency.py [--runs 3] [--n 2000] [--root DIR]``.

Each run is a fresh interpreter that loads the verifier, checks 200 messages to warm up, then times ``check``
on ``--n`` other generated messages (all different, with their metadata) and prints p50, p99 and the
slowest, as ``bench/benchmark.py``'s latency rows do, without the rest of the benchmark around it.
``--root`` times another checkout's code on the same messages (alternate the two to compare them).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_RUN = """
import json, sys, time
sys.path.insert(0, sys.argv[2])
from benchmark import messages
from verifier import Verifier
rows = messages(int(sys.argv[1]) + 200, seed=3)
v = Verifier.load()
for r in rows[:200]:
    v.check(r["text"], sender=r["sender"])
times = []
for r in rows[200:]:
    t = time.perf_counter()
    v.check(r["text"], sender=r["sender"], recipient_name=r["recipient_name"],
            has_account=r["has_account"], received_at=r["received_at"])
    times.append((time.perf_counter() - t) * 1e3)
times.sort()
print(json.dumps([times[len(times) // 2], times[int(len(times) * 0.99)], times[-1]]))
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--n", type=int, default=2000, help="messages timed per run")
    ap.add_argument("--root", type=Path, default=ROOT, help="checkout whose code runs (default: this one)")
    args = ap.parse_args()
    env = {**os.environ, "PYTHONPATH": str(args.root.resolve())}
    for k in range(args.runs):
        out = subprocess.run(
            [sys.executable, "-c", _RUN, str(args.n), str(ROOT / "bench")],
            env=env, capture_output=True, text=True, check=True, cwd=args.root,
        )  # fmt: skip
        p50, p99, worst = json.loads(out.stdout)
        load = os.getloadavg()[0]
        print(f"run {k + 1}: p50 {p50:.2f} ms, p99 {p99:.2f} ms, slowest {worst:.1f} ms (load {load:.1f})")


if __name__ == "__main__":
    main()
