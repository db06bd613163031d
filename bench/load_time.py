"""Start-up time of the verifier, each run in a fresh interpreter (not a test).

    python bench/load_time.py [--runs 5] [--model-dir DIR] [--no-model]

Per run: ``import verifier``, ``Verifier.load()``, the first ``check()`` (which builds jieba's tokenizer
and OpenCC on first use) and a second ``check()`` of another message; then the median, min and max over
the runs, and which heavy modules (scikit-learn, pandas, scipy, joblib) the process had imported by the
end. The interpreter and ``PYTHONPATH`` are this one's, so ``PYTHONPATH=<other checkout>`` times another
version the same way.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

CHILD = """
import json, sys, time
t0 = time.perf_counter()
from verifier import Verifier
t1 = time.perf_counter()
v = Verifier.load(model_dir={model_dir!r}, use_model={use_model})
t2 = time.perf_counter()
v.check("【某某金融】您的借款已逾期3天，请于今日登录App还款，详询95384。", sender="95384")
t3 = time.perf_counter()
v.check("您尾号1234的贷款已逾期，请立即转账至6222021234567890123处理，否则上报征信。")
t4 = time.perf_counter()
heavy = ("sklearn", "pandas", "scipy", "scipy.sparse", "scipy.stats", "joblib")
print(json.dumps({{"import": t1 - t0, "load": t2 - t1, "first check": t3 - t2, "second check": t4 - t3,
                  "model": v.model is not None, "heavy": [m for m in heavy if m in sys.modules]}}))
"""


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--model-dir", default=None)
    ap.add_argument("--no-model", action="store_true")
    args = ap.parse_args(argv)
    code = CHILD.format(model_dir=args.model_dir, use_model=not args.no_model)
    runs = []
    for _ in range(args.runs):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    print(f"{args.runs} fresh processes, {sys.executable}; model loaded: {runs[0]['model']}")
    for key in ("import", "load", "first check", "second check"):
        xs = [r[key] * 1e3 for r in runs]
        print(f"  {key:<13} median {statistics.median(xs):7.1f} ms  (min {min(xs):.1f}, max {max(xs):.1f})")
    xs = [(r["load"] + r["first check"]) * 1e3 for r in runs]
    print(f"  load + first check median {statistics.median(xs):.1f} ms")
    print(f"  heavy modules imported: {sorted({m for r in runs for m in r['heavy']}) or 'none'}")


if __name__ == "__main__":
    main()
