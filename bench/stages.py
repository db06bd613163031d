"""Where one message's time goes, stage by stage (not a test): ``python bench/stages.py [--n 4000]``.

Runs the same steps as ``Verifier.check_many`` one stage at a time over the first N corpus messages and
prints milliseconds per message for each: normalise + extract, rules, the classifier's feature blocks,
the classifier as a whole, building the verdict (combine + advice), and jieba alone for scale.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from pathlib import Path

from verifier import Verifier
from verifier.features import model_record
from verifier.linear import FastTfidf
from verifier.tokenize import _cut_block, _tokenize_cached, get_tokenizer, tokenize

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus" / "messages.jsonl.gz"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=4000, help="corpus messages to time")
    parser.add_argument("--model-dir", help="a trained model folder other than the bundled one")
    args = parser.parse_args()
    verifier = Verifier.load(model_dir=args.model_dir)
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
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
            fast = FastTfidf.of(block) or block  # what TrainedModel.transform runs for this block
            timed(f"  features: {name}", lambda fast=fast: fast.transform(records))
        probas, _ = timed("classifier (all features)", lambda: verifier.model.predict(msgs, evidence))
    else:
        probas = [None] * len(msgs)
    timed("verdict (combine + advice)", lambda: [
        verifier._verdict(m, e, p) for m, e, p in zip(msgs, evidence, probas, strict=True)
    ])  # fmt: skip
    jieba_tok = get_tokenizer()
    timed("jieba alone (for scale)", lambda: [list(jieba_tok.tokenize(m.text, HMM=False)) for m in msgs])
    _cut_block.cache_clear()
    _tokenize_cached.cache_clear()
    timed("block-cached tokeniser", lambda: [tokenize(m.text) for m in msgs])
    model = args.model_dir or "bundled" if verifier.model else "none"
    print(f"{len(texts)} messages from {CORPUS.name}; model: {model}")


if __name__ == "__main__":
    main()
