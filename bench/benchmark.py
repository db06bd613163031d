"""Benchmark of the verifier (not a test): latency, batch throughput, peak memory, load time, jieba floor.

    python bench/benchmark.py                       # 20,000-row throughput files, 100,000-row memory file
    python bench/benchmark.py --rows 50000 --memory-rows 1000000
    python bench/benchmark.py --dask --spark        # also the Dask and Spark engines on the same file
    python bench/benchmark.py --engines-only --workers 2 --dask --spark   # only those, one after another

Messages come from the corpus generator ``verifier.corpus.generate`` (every template family, with its evasion
tricks), kept to 60–150 characters, and given an id. The latency and throughput messages are all
different texts, so that no cache (the tokeniser's per-block cache, below) is flattered by exact repeats;
only the peak-memory file, which is too large for that, draws with replacement.
"Jieba alone" is jieba's own ``Tokenizer.tokenize`` (``HMM=False``, the project's dictionary) on every
message, without the verifier's block cache; the cached tokeniser alone is printed next to it.
Batch figures run the real command line (``python -m verifier score``) in a subprocess, so they include
process start, reading, writing and fsync. Throughput runs are not watched, so that reading the
processes' memory maps (``/proc/PID/smaps``, what PSS needs: CPU time on a 2-core machine, and the
watched process's memory-map lock) does not weigh on their rate. Peak memory comes from its own run on
the memory file: the sum of the PSS (proportional set size: a page shared by several processes is
divided among them) of that process and its workers, sampled every 50 ms, and the sum of their RSS
(which counts shared pages once per process).

The batch ÷ jieba ratio: a shared machine's speed can drift by a third from one minute to the next (the
jieba runs before and after each batch run are printed, so the drift shows), so the 1-worker run is repeated
(``--repeats``, default 3) between fresh-process jieba runs (jieba, batch, jieba, batch, …, jieba); each
batch run is divided by the mean of the jieba runs just before and after it, and the median and range of
those ratios are printed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

COLUMNS = ("id", "text", "sender", "recipient_name", "has_account", "received_at")


def messages(n: int, seed: int = 0, unique: bool = True) -> list[dict]:
    """``n`` realistic 60–150-character messages with metadata; all texts differ if ``unique``."""
    from verifier.corpus.generate import generate

    per_family = 120
    while True:
        rows = generate(n_per_family=per_family, seed=seed)
        pool = list({r["text"]: r for r in rows if 60 <= len(r["text"]) <= 150}.values())
        if not unique or len(pool) >= n:
            break
        per_family *= 2
    rng = random.Random(seed)
    picked = rng.sample(pool, n) if unique else [rng.choice(pool) for _ in range(n)]
    return [{"id": i, **{k: r.get(k) for k in COLUMNS[1:]}} for i, r in enumerate(picked)]


def write_csv(rows: list[dict], path: Path) -> None:
    import pandas as pd

    pd.DataFrame(rows, columns=list(COLUMNS)).to_csv(path, index=False)


def env() -> dict:
    return {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}


def load_time(use_model: bool, model_dir: str | None = None) -> tuple[float, float]:
    """Cold import and ``Verifier.load()`` time in a fresh interpreter (median of 3)."""
    code = (
        "import time; t0 = time.perf_counter(); from verifier import Verifier; t1 = time.perf_counter(); "
        f"Verifier.load(model_dir={model_dir!r}, use_model={use_model}); t2 = time.perf_counter(); "
        "print(t1 - t0, t2 - t1)"
    )
    runs = []
    for _ in range(3):
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env(), cwd=ROOT
        )
        runs.append(tuple(map(float, out.stdout.split())))
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def latency(rows: list[dict], use_model: bool, model_dir: str | None = None) -> tuple[float, float, float]:
    """p50, p99 and mean of ``check`` in ms after load and warm-up."""
    from verifier import Verifier

    v = Verifier.load(model_dir=model_dir, use_model=use_model)
    for r in rows[:200]:
        v.check(r["text"], sender=r["sender"])
    times = []
    for r in rows:
        t = time.perf_counter()
        v.check(
            r["text"],
            sender=r["sender"],
            recipient_name=r["recipient_name"],
            has_account=r["has_account"],
            received_at=r["received_at"],
        )
        times.append((time.perf_counter() - t) * 1e3)
    times.sort()
    return times[len(times) // 2], times[min(len(times) - 1, int(len(times) * 0.99))], statistics.fmean(times)


def jieba_rate(rows: list[dict], normalised_only: bool = False) -> tuple[float, float, float]:
    """Rows/s on one core of jieba alone (with the project's user dictionary, ``HMM=False`` as the
    verifier uses it) on normalised and raw text, and of the verifier's block-cached tokeniser
    (same words) on normalised text, starting with an empty cache. ``normalised_only``: the first
    figure only (the others are NaN)."""
    from verifier.normalize import normalize
    from verifier.tokenize import _cut_block, _tokenize_cached, get_tokenizer, tokenize

    jieba_tok = get_tokenizer()
    texts = [r["text"] for r in rows]
    norm = [normalize(t).text for t in texts]
    rates = []
    for batch in (norm,) if normalised_only else (norm, texts):
        t = time.perf_counter()
        for s in batch:
            list(jieba_tok.tokenize(s, HMM=False))
        rates.append(len(batch) / (time.perf_counter() - t))
    if normalised_only:
        return rates[0], float("nan"), float("nan")
    _cut_block.cache_clear()
    _tokenize_cached.cache_clear()
    t = time.perf_counter()
    for s in norm:
        tokenize(s)
    rates.append(len(norm) / (time.perf_counter() - t))
    return rates[0], rates[1], rates[2]


def jieba_rate_fresh(inp: Path) -> float:
    """Rows/s of jieba alone on the normalised texts of ``inp`` (:func:`jieba_rate`) in a fresh
    interpreter, as the scoring command runs in one: the batch and the yardstick it is divided by are timed
    in like processes, one after the other."""
    code = (
        "import json, sys; import pandas as pd; sys.path.insert(0, sys.argv[2]); from benchmark import "
        "jieba_rate; rows = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False).to_dict('records'); "
        "print(json.dumps(jieba_rate(rows, normalised_only=True)[0]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(inp), str(ROOT / "bench")],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return float(json.loads(done.stdout.strip().splitlines()[-1]))


def run_score(inp: Path, out: Path, workers: int, extra: list[str], watch_memory: bool = False) -> dict:
    """Run the CLI; return wall seconds and rows/s from its summary, and with ``watch_memory`` the peak
    memory (PSS and RSS summed over the process tree, largest process's RSS; otherwise NaN)."""
    import psutil

    cmd = [
        sys.executable,
        "-m",
        "verifier",
        "score",
        str(inp),
        "-o",
        str(out),
        "--overwrite",
        "--no-progress",
    ]
    cmd += ["--workers", str(workers), *extra]
    t = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env(), cwd=ROOT
    )
    ps = psutil.Process(proc.pid)
    peak_tree = peak_one = peak_pss = 0
    while watch_memory and proc.poll() is None:
        try:
            procs = [ps, *ps.children(recursive=True)]
            rss, pss = [], []
            for p in procs:
                try:
                    info = p.memory_full_info()  # pss: shared pages divided among the processes sharing them
                    rss.append(info.rss)
                    pss.append(getattr(info, "pss", info.rss))
                except psutil.Error:
                    pass
            peak_tree = max(peak_tree, sum(rss))
            peak_pss = max(peak_pss, sum(pss))
            peak_one = max(peak_one, max(rss, default=0))
        except psutil.Error:
            pass
        time.sleep(0.05)
    _, err = proc.communicate()
    wall = time.perf_counter() - t
    if proc.returncode != 0:
        raise SystemExit(f"score failed ({proc.returncode}):\n{err}")
    m = re.search(r"wrote ([\d,]+) rows .* in ([\d.]+) s \(([\d,]+) rows/s", err)
    steady = re.search(r"([\d,]+) rows/s after start-up", err)
    rows = int(m.group(1).replace(",", "")) if m else 0
    return {
        "wall": wall,
        "rows": rows,
        "rate": float(m.group(3).replace(",", "")) if m else float("nan"),
        "steady": float(steady.group(1).replace(",", "")) if steady else float("nan"),
        "wall_rate": rows / wall if wall else float("nan"),
        **{
            key: peak / 2**20 if watch_memory else float("nan")
            for key, peak in zip(
                ("peak_tree_mb", "peak_one_mb", "peak_pss_mb"), (peak_tree, peak_one, peak_pss), strict=True
            )
        },
    }


def report_time(scored: Path, out: Path) -> float:
    t = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "verifier", "report", str(scored), "-o", str(out)],
        check=True,
        capture_output=True,
        env=env(),
        cwd=ROOT,
    )
    return time.perf_counter() - t


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=20000, help="rows in the throughput file")
    ap.add_argument(
        "--memory-rows", type=int, default=100000, help="rows in the peak-memory file (target 1e6)"
    )
    ap.add_argument("--latency-n", type=int, default=3000, help="messages for single-check latency")
    ap.add_argument("--stages-n", type=int, default=5000, help="messages for the stage-by-stage times")
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts for throughput")
    ap.add_argument(
        "--repeats", type=int, default=3, help="1-worker runs, each between two fresh-process jieba runs"
    )
    ap.add_argument("--chunk-size", type=int, default=2000)
    ap.add_argument("--no-model", action="store_true", help="rules-only verifier")
    ap.add_argument("--model-dir", help="a trained model folder other than the bundled one")
    ap.add_argument("--dask", action="store_true", help="also time --engine dask (2-worker LocalCluster)")
    ap.add_argument(
        "--spark", action="store_true", help="also time --engine spark --master local[2] (pyspark, Java)"
    )
    ap.add_argument(
        "--engines-only",
        action="store_true",
        help="only the batch engines on the throughput file (no latency, stages, memory)",
    )
    ap.add_argument("--dir", help="working directory for the generated files (default: a temp dir)")
    args = ap.parse_args(argv)
    use_model = not args.no_model
    extra = ["--chunk-size", str(args.chunk_size)] + (["--no-model"] if args.no_model else [])
    if args.model_dir:
        extra += ["--model-dir", str(Path(args.model_dir).resolve())]

    workdir = Path(args.dir or tempfile.mkdtemp(prefix="verifier-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}; files in {workdir}",
        file=sys.stderr,
    )
    load_before = os.getloadavg()[0]

    rows = messages(max(args.rows, args.latency_n))
    lengths = [len(r["text"]) for r in rows]
    results: list[tuple[str, str, str]] = []

    def add(name: str, value: str, target: str = "") -> None:
        results.append((name, value, target))
        print(f"  {name}: {value}", file=sys.stderr)

    from verifier import Verifier

    model_loaded = Verifier.load(model_dir=args.model_dir, use_model=use_model).model is not None
    add(
        "messages",
        f"{len(rows):,} generated, length median {statistics.median(lengths):.0f} "
        f"(min {min(lengths)}, max {max(lengths)}) chars",
    )
    add(
        "classifier",
        ("model from " + args.model_dir if args.model_dir else "bundled model")
        if model_loaded
        else "none (rules only)",
    )
    if not args.engines_only:  # the engines alone: the batch rows below
        imp, load = load_time(use_model, args.model_dir)
        add("import verifier (cold)", f"{imp * 1e3:.0f} ms")
        add("Verifier.load()", f"{load * 1e3:.0f} ms", "≤ 1 s")
        p50, p99, mean = latency(rows[: args.latency_n], use_model, args.model_dir)
        add("check() latency p50", f"{p50:.2f} ms", "≤ 2 ms")
        add("check() latency p99", f"{p99:.2f} ms", "≤ 3 ms")
        add("check() mean (1 core)", f"{1e3 / mean:,.0f} msgs/s")
        from stages import stage_times

        staged = Verifier.load(model_dir=args.model_dir, use_model=use_model)
        times = stage_times(staged, rows[: args.stages_n])
        for name, t in times.items():
            if name != "jieba alone":
                add(
                    f"stage: {name}, 1 core ({args.stages_n:,} msgs)",
                    f"{t * 1e3:.3f} ms/msg = {t / times['jieba alone']:.2f}× jieba alone (same run)",
                    "≤ 2× jieba alone" if name == "all stages" else "",
                )
        jieba_norm, jieba_raw, cached_norm = jieba_rate(rows[: args.rows])
        add("jieba alone, 1 core (normalised text)", f"{jieba_norm:,.0f} msgs/s")
        add("jieba alone, 1 core (raw text)", f"{jieba_raw:,.0f} msgs/s")
        add("block-cached tokeniser alone, 1 core (normalised, cold cache)", f"{cached_norm:,.0f} msgs/s")

    inp = workdir / f"bench_{args.rows}.csv"
    write_csv(rows[: args.rows], inp)
    ratios: list[float] = []  # each 1-worker run ÷ jieba alone in fresh processes just before and after it
    for w in [int(x) for x in args.workers.split(",")]:
        label = f"score {args.rows:,} rows, {w} worker{'s' if w > 1 else ''}"
        if w == 1 and not args.engines_only:
            yardstick = [jieba_rate_fresh(inp)]
            for i in range(args.repeats):
                r = run_score(inp, workdir / f"scored_{args.rows}_w{w}.csv", w, extra)
                yardstick.append(jieba_rate_fresh(inp))
                ratios.append(statistics.fmean(yardstick[-2:]) / r["steady"])
                add(
                    f"{label} (run {i + 1} of {args.repeats})",
                    f"{r['steady']:,.0f} msgs/s after start-up; jieba alone before / after "
                    f"{yardstick[-2]:,.0f} / {yardstick[-1]:,.0f} msgs/s: {ratios[-1]:.2f}×",
                )
            continue
        r = run_score(inp, workdir / f"scored_{args.rows}_w{w}.csv", w, extra)
        add(
            label,
            f"{r['steady']:,.0f} msgs/s after start-up; {r['rate']:,.0f} whole run, "
            f"{r['wall_rate']:,.0f} incl. process start ({r['wall']:.1f} s wall)",
            "≥ 4,000 msgs/s with 2 workers" if w == 2 else "",
        )
    if ratios:
        add(
            "batch, 1 worker, ÷ jieba alone in a fresh process just before and after it",
            f"median {statistics.median(ratios):.2f}× (runs: {', '.join(f'{x:.2f}' for x in ratios)})",
            "≤ 2×",
        )

    if not args.engines_only:
        mem_inp = workdir / f"bench_{args.memory_rows}.csv"
        write_csv(messages(args.memory_rows, seed=1, unique=False), mem_inp)
        size_mb = mem_inp.stat().st_size / 2**20
        mem_workers = max(int(x) for x in args.workers.split(","))
        scored = workdir / f"scored_{args.memory_rows}.csv"
        r = run_score(mem_inp, scored, mem_workers, extra, watch_memory=True)
        add(
            f"peak RSS scoring {args.memory_rows:,} rows ({size_mb:,.0f} MB CSV), {mem_workers} workers",
            f"{r['peak_pss_mb']:,.0f} MB PSS, {r['peak_tree_mb']:,.0f} MB RSS summed over all processes "
            f"(counts shared pages once per process; largest {r['peak_one_mb']:,.0f} MB); "
            f"{r['steady']:,.0f} msgs/s",
            "≤ 600 MB for 1,000,000 rows",
        )
        rep_rows = min(args.memory_rows, 100000)
        if rep_rows == args.memory_rows:
            add(
                f"verifier report on {rep_rows:,} scored rows",
                f"{report_time(scored, workdir / 'report.html'):.1f} s",
            )

    if args.dask:
        r = run_score(inp, workdir / f"scored_{args.rows}_dask.csv", 2, [*extra, "--engine", "dask"])
        add(
            f"score {args.rows:,} rows, dask LocalCluster 2 workers",
            f"{r['steady']:,.0f} msgs/s after start-up; {r['rate']:,.0f} whole run",
        )
    if args.spark:
        spark_extra = [*extra, "--engine", "spark", "--master", "local[2]"]
        r = run_score(inp, workdir / f"scored_{args.rows}_spark.csv", 2, spark_extra, watch_memory=True)
        add(
            f"score {args.rows:,} rows, spark local[2]",
            f"{r['steady']:,.0f} msgs/s after start-up; {r['rate']:,.0f} whole run "
            f"(peak RSS {r['peak_tree_mb']:,.0f} MB incl. the JVM)",
        )
    add("load average (1 min) before / after", f"{load_before:.1f} / {os.getloadavg()[0]:.1f}")

    name_w = max(len(n) for n, _, _ in results)
    val_w = max(len(v) for _, v, _ in results)
    print(f"\n| {'measure':<{name_w}} | {'result':<{val_w}} | target |")
    print(f"|{'-' * (name_w + 2)}|{'-' * (val_w + 2)}|--------|")
    for name, value, target in results:
        print(f"| {name:<{name_w}} | {value:<{val_w}} | {target} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
