"""How the lender-side audit treats the detection corpus: every genuine notice should pass with no error,
every spoofed or scam one should get at least one error.

    python bench/audit_corpus.py [--split test] [--limit N] [--show 5]

Each row is audited as its lender would audit it: its text, the institution it names (the corpus
``institution`` column), the number it came from and its time. Prints the counts, the rules behind
genuine rows that got an error, and the consumer verdicts of spoofed / scam rows with no error.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from verifier import Verifier
from verifier.datafiles import read_text

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus" / "messages.jsonl.gz"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", help="only rows of this split (train / test); default all")
    ap.add_argument("--limit", type=int, help="only the first N rows of each label")
    ap.add_argument("--show", type=int, default=5, help="print up to N misses of each kind")
    args = ap.parse_args()
    rows = [json.loads(line) for line in read_text(CORPUS).splitlines()]
    rows = [r for r in rows if r["label"] in ("genuine", "spoofed", "scam")]
    if args.split:
        rows = [r for r in rows if r["split"] == args.split]
    if args.limit:
        seen: Counter = Counter()
        rows = [r for r in rows if (seen.update([r["label"]]) or seen[r["label"]] <= args.limit)]
    v = Verifier.load()
    passed, caught, total = Counter(), Counter(), Counter()
    genuine_errors: Counter = Counter()
    missed_verdicts: Counter = Counter()
    shown: Counter = Counter()
    start = time.perf_counter()
    for r in rows:
        inst = r["institution"] if r["institution"] in v.registry.institutions else None
        audit = v.audit(r["text"], institution=inst, sender=r["sender"], send_at=r["received_at"])
        errors = audit.errors
        total[r["label"]] += 1
        if r["label"] == "genuine":
            passed["genuine"] += not errors
            genuine_errors.update({f.rule for f in errors})
            miss = bool(errors)
        else:
            caught[r["label"]] += bool(errors)
            if not errors:
                missed_verdicts[audit.verdict.label] += 1
            miss = not errors
        if miss and shown[r["label"]] < args.show:
            shown[r["label"]] += 1
            print(f"  miss [{r['label']}] {[f.rule for f in errors]} {r['text'][:120]!r}")
    secs = time.perf_counter() - start
    print(f"corpus: {CORPUS.name}, split={args.split or 'all'}, {len(rows)} rows audited in {secs:.1f} s")
    print(f"genuine with no error:        {passed['genuine']}/{total['genuine']}")
    for label in ("spoofed", "scam"):
        print(f"{label} with at least one error: {caught[label]}/{total[label]}")
    print(f"error rules on genuine rows: {dict(genuine_errors.most_common())}")
    print(f"consumer verdicts of spoofed/scam rows with no error: {dict(missed_verdicts)}")


if __name__ == "__main__":
    main()
