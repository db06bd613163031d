"""Peak memory of one ``verifier score`` run (not a test): ``python bench/memory.py FILE [--workers 2]``.

Runs ``python -m verifier score FILE`` in a subprocess and samples the process tree every 0.1 s: the sum
of PSS (proportional set size: a page shared by several processes is divided among them) and the sum of RSS
(which counts a shared page once per process). ``--root DIR`` runs the code of another checkout, for
before/after figures on the same machine and file. ``bench/benchmark.py`` makes the input files.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]


def peak_memory(root: Path, inp: Path, workers: int) -> tuple[float, float, float, str, list[str]]:
    """(wall seconds, peak PSS sum MB, peak RSS sum MB, the rate the command printed, each process's peak
    RSS and PSS) of one scoring run."""
    out = Path(tempfile.mkdtemp(prefix="verifier-memory-")) / "scored.csv"
    cmd = [sys.executable, "-m", "verifier", "score", str(inp), "-o", str(out), "--no-progress"]
    env = {**os.environ, "PYTHONPATH": str(root)}
    t = time.perf_counter()
    proc = subprocess.Popen(
        [*cmd, "--workers", str(workers)], env=env, cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    tree = psutil.Process(proc.pid)
    peak_pss = peak_rss = 0
    each: dict[int, tuple[int, int, str]] = {}  # pid -> (peak RSS, peak PSS, what it is)
    while proc.poll() is None:
        pss = rss = 0
        try:
            for p in (tree, *tree.children(recursive=True)):
                try:
                    info = p.memory_full_info()
                    role = "the command" if p.pid == proc.pid else _role(p.cmdline())
                except psutil.Error:
                    continue
                pss += getattr(info, "pss", info.rss)
                rss += info.rss
                old = each.get(p.pid, (0, 0, role))
                each[p.pid] = (max(old[0], info.rss), max(old[1], getattr(info, "pss", info.rss)), role)
        except psutil.Error:
            pass
        peak_pss, peak_rss = max(peak_pss, pss), max(peak_rss, rss)
        time.sleep(0.1)
    _, err = proc.communicate()
    lines = err.decode("utf-8", "replace").strip().splitlines()
    if proc.returncode != 0:
        raise SystemExit(f"score failed ({proc.returncode}):\n" + "\n".join(lines[-20:]))
    out.unlink(missing_ok=True)
    rate = re.search(r"[\d,]+ rows/s after start-up", "\n".join(lines))
    processes = [f"{role}: {r / 2**20:,.0f} MB RSS, {p / 2**20:,.0f} MB PSS" for r, p, role in each.values()]
    wall = time.perf_counter() - t
    return wall, peak_pss / 2**20, peak_rss / 2**20, rate.group(0) if rate else "", processes


def _role(cmdline: list[str]) -> str:
    line = " ".join(cmdline)
    if "resource_tracker" in line:
        return "resource tracker"
    return "worker" if "multiprocessing" in line else line


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file", type=Path, help="a CSV, JSONL or Parquet file to score")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--root", type=Path, default=ROOT, help="checkout whose code runs (default: this one)")
    args = ap.parse_args()
    wall, pss, rss, rate, processes = peak_memory(args.root.resolve(), args.file.resolve(), args.workers)
    print(
        f"{args.file.name}, {args.workers} workers, code of {args.root}: {wall:.0f} s wall, "
        f"peak {pss:,.0f} MB PSS, {rss:,.0f} MB RSS summed over processes; {rate} (while watched)"
    )
    for line in processes:  # each one's own peak (they need not peak at the same moment)
        print(f"  {line}")


if __name__ == "__main__":
    main()
