"""Before/after equivalence of the verifier on the corpus (not a test): same labels, scores and evidence.

    python bench/equivalence.py run /tmp/before.jsonl.gz [--limit N]   # score every corpus row
    python bench/equivalence.py compare /tmp/before.jsonl.gz /tmp/after.jsonl.gz

``run`` judges every row of ``data/corpus/messages.jsonl.gz`` twice, through ``Verifier.check`` (one
message, with the classifier's explanations) and through ``Verifier.check_many`` (the batch path, in
chunks), and writes one JSON line per row: label, scores, risk, origin, entities and every evidence's
rule id, span, weight and text. ``compare`` says whether two such files agree: everything equal, except
probabilities and weights, which may differ by at most 1e-9. Run it on a commit before a speed change and
after it; a speed change must not change any output. Both runs must read the same rules and model:
``--data-dir``/``--model-dir`` pin them (by default the installed ones, which an editable install takes
from whichever checkout it points at).
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CORPUS = ROOT / "data" / "corpus" / "messages.jsonl.gz"
META = ("sender", "recipient_name", "has_account", "received_at")
#: Largest difference allowed between two probabilities or weights.
TOLERANCE = 1e-9
_CHUNK = 2000


def corpus_rows(limit: int | None = None) -> list[dict]:
    """The first ``limit`` corpus rows (all of them if None)."""
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        rows = (json.loads(line) for line in fh)
        return [r for _, r in zip(range(limit if limit is not None else 1 << 62), rows, strict=False)]


def summary(verdict: Any) -> dict:
    """What must not change: the verdict's label, numbers, entities and evidence."""
    if isinstance(verdict, Exception):
        return {"error": repr(verdict)}
    return {
        "label": verdict.label,
        "scores": dict(verdict.scores),
        "risk": verdict.risk,
        "origin": verdict.origin,
        "institution": verdict.institution,
        "complete": verdict.complete,
        "entities": [[e.kind, e.value, e.start, e.end] for e in verdict.entities],
        "evidence": [
            [e.rule, e.supports, e.weight, list(e.span) if e.span else None, e.text] for e in verdict.evidence
        ],
    }


def score_rows(rows: list[dict], data_dir: str | None = None, model_dir: str | None = None) -> Iterator[dict]:
    """One record per row: ``check`` (single message, with explanations) and ``batch`` (check_many)."""
    from verifier import InputError, Verifier

    v = Verifier.load(data_dir, model_dir)
    for start in range(0, len(rows), _CHUNK):
        chunk = rows[start : start + _CHUNK]
        batch = v.check_many(chunk)
        for i, (row, b) in enumerate(zip(chunk, batch, strict=True)):
            try:
                single: Any = v.check(row["text"], **{k: row.get(k) for k in META})
            except InputError as err:
                single = err
            yield {"row": start + i, "check": summary(single), "batch": summary(b)}


def differences(a: Any, b: Any, where: str = "") -> Iterator[str]:
    """Where two summaries differ (floats within :data:`TOLERANCE` count as equal)."""
    if isinstance(a, float) and isinstance(b, float | int) and not isinstance(b, bool):
        if not math.isclose(a, b, rel_tol=0.0, abs_tol=TOLERANCE):
            yield f"{where}: {a!r} != {b!r}"
    elif isinstance(a, dict) and isinstance(b, dict):
        if a.keys() != b.keys():
            yield f"{where}: keys {sorted(a)} != {sorted(b)}"
        for k in a.keys() & b.keys():
            yield from differences(a[k], b[k], f"{where}.{k}")
    elif isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            yield f"{where}: {a!r} != {b!r}"
        else:
            for i, (x, y) in enumerate(zip(a, b, strict=True)):
                yield from differences(x, y, f"{where}[{i}]")
    elif a != b:
        yield f"{where}: {a!r} != {b!r}"


def read(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    run = sub.add_parser("run", help="score the corpus into a .jsonl.gz file")
    run.add_argument("out", type=Path)
    run.add_argument("--limit", type=int, help="only the first N corpus rows")
    run.add_argument("--data-dir", help="rules, registry and advice folder (default: the installed one)")
    run.add_argument("--model-dir", help="model folder (default: the installed one)")
    cmp = sub.add_parser("compare", help="check that two files agree")
    cmp.add_argument("before", type=Path)
    cmp.add_argument("after", type=Path)
    args = ap.parse_args(argv)

    if args.cmd == "run":
        rows = corpus_rows(args.limit)
        t0 = time.perf_counter()
        with gzip.open(args.out, "wt", encoding="utf-8") as fh:
            for rec in score_rows(rows, args.data_dir, args.model_dir):
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"scored {len(rows):,} corpus rows in {time.perf_counter() - t0:.0f} s → {args.out}")
        return 0

    before, after = read(args.before), read(args.after)
    if len(before) != len(after):  # a run with --limit: its rows are the first of the other
        n = min(len(before), len(after))
        print(f"different row counts ({len(before):,} vs {len(after):,}): comparing the first {n:,}")
        before, after = before[:n], after[:n]
    bad = 0
    for a, b in zip(before, after, strict=True):
        diffs = list(differences(a, b, f"row {a['row']}"))
        if diffs:
            bad += 1
            if bad <= 20:
                print("\n".join(diffs[:5]))
    pairs = zip(before, after, strict=True)
    labels = sum(a["check"].get("label") != b["check"].get("label") for a, b in pairs)
    print(f"{len(before):,} rows compared: {bad:,} differ ({labels:,} in label); tolerance {TOLERANCE:g}")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
