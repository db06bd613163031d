"""Benchmark of screenshot reading (not a test): ``python bench/ocr.py [DIR] [-n 40]``.

Renders ``n`` SMS-app screenshots and their photo-of-the-screen copies with ``bench/screenshots.py`` into
DIR (a temporary folder by default; an existing DIR with ``truth.jsonl`` is reused), reads each with
``verifier.ocr.read_sms`` on one thread (onnxruntime intra-op threads 1, ``OMP_NUM_THREADS=1``), and prints:

* character accuracy (1 − CER) of the incoming messages' text, clean vs degraded, and by script
  (simplified / traditional), after NFKC and without whitespace;
* sender read accuracy: the number in the header read exactly;
* verdict agreement on clean images: every message's verdict from the screenshot (with the sender read)
  equals the verdict from its true text with the true sender;
* seconds per screenshot after the models are loaded, wall clock and CPU time of this process (on a shared
  machine the wall clock also counts waiting for a core; the CPU time is what one free core would take),
  and the load time.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")  # before numpy / onnxruntime start their thread pools

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.helpers import edit_distance, plain  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", nargs="?", type=Path)
    ap.add_argument("-n", type=int, default=40, help="clean screenshots to render (default 40)")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    folder = args.dir or Path(tempfile.mkdtemp(prefix="ocr-bench-"))
    if not (folder / "truth.jsonl").exists():
        sys.path.insert(0, str(ROOT / "bench"))
        from screenshots import render

        render(folder, args.n, args.seed, degraded=True)
    rows = [json.loads(line) for line in (folder / "truth.jsonl").open(encoding="utf-8")]

    from opencc import OpenCC

    from verifier import InputError, Verifier, ocr

    t0 = time.perf_counter()
    ocr.load_engine(threads=1)
    load = time.perf_counter() - t0
    verifier = Verifier.load()
    to_simple = OpenCC("t2s")

    errs: dict[str, list[int]] = {}
    sender_ok: list[bool] = []
    agree: list[bool] = []
    seconds: dict[str, list[float]] = {"clean": [], "degraded": []}
    cpu: dict[str, list[float]] = {"clean": [], "degraded": []}
    for row in rows:
        kind = "degraded" if row["degraded"] else "clean"
        truth = plain("".join(row["bubbles"]))
        script = "traditional" if to_simple.convert(truth) != truth else "simplified"
        t, c = time.perf_counter(), time.process_time()
        try:
            read = ocr.read_sms(folder / row["file"])
            got = [b.text for b in read.incoming]
            sender = read.sender
        except InputError:
            got, sender = [], None
        seconds[kind].append(time.perf_counter() - t)
        cpu[kind].append(time.process_time() - c)
        dist = edit_distance(truth, plain("".join(got)))
        for key in (kind, f"{kind} {script}"):
            errs.setdefault(key, [0, 0])
            errs[key][0] += dist
            errs[key][1] += len(truth)
        sender_ok.append(sender == row["sender"])
        if kind == "clean":
            want = [verifier.check(text, sender=row["sender"]).label for text in row["bubbles"]]
            have = [verifier.check(text, sender=sender).label for text in got]
            agree.append(want == have)
            if want != have:
                print(f"  verdict differs on {row['file']}: true {want}, read {have}", file=sys.stderr)

    n_clean, n_deg = len(seconds["clean"]), len(seconds["degraded"])
    print(f"images: {n_clean} clean + {n_deg} degraded, rendered by bench/screenshots.py into {folder}")
    print(f"OCR model load: {load:.2f} s (once per process)")
    for key in sorted(errs):
        dist, total = errs[key]
        print(f"character accuracy, {key:<22} {1 - dist / total:7.2%}  ({total} characters)")
    print(f"sender number read exactly: {sum(sender_ok) / len(sender_ok):7.2%}  ({len(sender_ok)} images)")
    print(f"verdict from screenshot == verdict from true text (clean): {sum(agree) / len(agree):7.2%}")
    for kind, secs in seconds.items():
        if secs:
            print(
                f"seconds per {kind} screenshot, one thread: wall median {statistics.median(secs):.2f} "
                f"(max {max(secs):.2f}); CPU median {statistics.median(cpu[kind]):.2f} "
                f"(max {max(cpu[kind]):.2f})"
            )


if __name__ == "__main__":
    main()
