"""What the garbage collector costs batch scoring (not a test): ``python bench/gc_threshold.py [--n 6000]``.

Scores the same generated messages (``bench/benchmark.py``'s) with ``check_many`` in chunks of 2,000, as
``verifier score`` does after :func:`verifier.batch.judging.get_verifier` (loaded objects frozen out of
the collector), under three settings in turn, ``--rounds`` times: Python's default threshold for the
youngest generation (700 allocations), the batch scorer's (:data:`BATCH_GC_THRESHOLD`), and the
collector switched off. Prints CPU milliseconds per message of each (mean over rounds, and the range),
and how many unreachable objects a full collection finds after scoring them all with the collector off:
the cycles the rarer collections leave for later.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchmark import messages

CHUNK = 2000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=6000, help="messages scored per setting and round")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()

    from verifier.batch.judging import BATCH_GC_THRESHOLD, VerifierSpec, get_verifier
    from verifier.tokenize import _cut_block, _tokenize_cached

    rows = [{k: v for k, v in r.items() if k != "id"} for r in messages(args.n * args.rounds, seed=2)]
    verifier = get_verifier(VerifierSpec())  # frozen, as in the batch scorer
    later = gc.get_threshold()[1:]
    settings = {
        "default (700)": (700, *later),
        f"batch scorer ({BATCH_GC_THRESHOLD:,})": (BATCH_GC_THRESHOLD, *later),
        "collector off": None,
    }
    times: dict[str, list[float]] = {name: [] for name in settings}
    for r in range(args.rounds):
        batch = rows[r * args.n : (r + 1) * args.n]
        for name, threshold in settings.items():
            _cut_block.cache_clear()  # each setting starts from the same empty tokeniser cache
            _tokenize_cached.cache_clear()
            gc.collect()
            if threshold is None:
                gc.disable()
            else:
                gc.set_threshold(*threshold)
            t = time.process_time()
            for start in range(0, len(batch), CHUNK):
                verifier.check_many(batch[start : start + CHUNK])
            times[name].append((time.process_time() - t) / len(batch))
            if threshold is None:
                print(f"round {r + 1}: unreachable objects after {len(batch):,} messages: {gc.collect():,}")
            gc.enable()
    base = statistics.fmean(times["default (700)"])
    for name, ts in times.items():
        mean = statistics.fmean(ts)
        print(
            f"{name:<26} {mean * 1e3:.3f} ms/message (rounds {min(ts) * 1e3:.3f}–{max(ts) * 1e3:.3f}), "
            f"{mean / base:.2f}× the default"
        )
    print(f"{args.n:,} generated messages × {args.rounds} rounds, CPU time in one process, chunks of {CHUNK}")


if __name__ == "__main__":
    main()
