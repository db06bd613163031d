"""Where one message's time goes, stage by stage (not a test): ``python bench/stages.py [--n 4000]``.

Runs the same steps as ``Verifier.check_many`` one stage at a time over the first N corpus messages and
prints milliseconds per message for each: normalise + extract, rules, the classifier's feature blocks,
the classifier as a whole, and building the verdict (combine + advice).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from verifier import Verifier
from verifier.features import model_record

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus" / "messages.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=4000, help="corpus messages to time")
    args = parser.parse_args()
    verifier = Verifier.load()
    with open(CORPUS, encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for _, line in zip(range(args.n), fh, strict=False)]
    verifier.check_many([{"text": t} for t in texts[:100]])  # warm up jieba, OpenCC, regex caches

    def timed(label: str, fn):
        t0 = time.perf_counter()
        out = fn()
        print(f"{label:<28} {(time.perf_counter() - t0) / len(texts) * 1e3:6.3f} ms/message")
        return out

    msgs = timed("normalise + extract", lambda: [verifier.message(t) for t in texts])
    evidence = timed("rules", lambda: [verifier.rules.evaluate(m, verifier.registry) for m in msgs])
    if verifier.model is not None:
        records = [model_record(m, e) for m, e in zip(msgs, evidence, strict=True)]
        for name, block in verifier.model.pipeline.named_steps["features"].transformer_list:
            timed(f"  features: {name}", lambda block=block: block.transform(records))
        probas = timed("classifier (all features)", lambda: verifier.model.predict_proba(msgs, evidence))
    else:
        probas = [None] * len(msgs)
    timed("verdict (combine + advice)", lambda: [
        verifier._verdict(m, e, p) for m, e, p in zip(msgs, evidence, probas, strict=True)
    ])  # fmt: skip
    print(f"{len(texts)} messages from {CORPUS.name}; model: {'bundled' if verifier.model else 'none'}")


if __name__ == "__main__":
    main()
