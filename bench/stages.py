"""Where one message's time goes, stage by stage (not a test): ``python bench/stages.py [--n 4000]``.

Runs the same steps as ``Verifier.check_many`` one stage at a time over the first N corpus messages and
prints CPU milliseconds per message for each, and each as a multiple of jieba alone on the same texts in
the same run (timed just before and just after the stages, and averaged): normalise + extract, rules,
the classifier (jieba words, character n-grams, the linear model; the tokeniser's cache starts empty),
building the verdict (combine + advice). ``bench/benchmark.py`` prints the same table on its generated
messages.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus" / "messages.jsonl.gz"
META = ("sender", "recipient_name", "has_account", "received_at")


def stage_times(verifier: Any, rows: Sequence[dict]) -> dict[str, float]:
    """CPU seconds per message of each stage of ``check_many`` on ``rows`` (dicts with ``text`` and
    optional metadata), and of jieba alone (``Tokenizer.tokenize``, ``HMM=False``) on the same texts.

    Each stage runs over all the rows before the next. Jieba alone is timed over all of them just before
    and just after the stages, and the mean taken: a change in the machine's load during the run weighs on
    both. (Timing stages and jieba slice by slice, one after the other, was tried: jieba then ran about a
    third slower than on its own, its dictionary pushed out of the CPU caches by the stages between
    slices, which flattered the ratios.)
    """
    from verifier.tokenize import _cut_block, _tokenize_cached, get_tokenizer

    verifier.check_many(rows[:100])  # warm up jieba, OpenCC, regex caches
    jieba_tok = get_tokenizer()

    def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
        t0 = time.process_time()
        out = fn()
        return (time.process_time() - t0) / len(rows), out

    def jieba_alone() -> float:
        return timed(lambda: [list(jieba_tok.tokenize(r["text"], HMM=False)) for r in normalised])[0]

    from verifier.normalize import normalize

    normalised = [{"text": normalize(r["text"]).text} for r in rows]
    before = jieba_alone()
    out: dict[str, float] = {}
    out["normalise + extract"], msgs = timed(
        lambda: [verifier.message(r["text"], **{k: r.get(k) for k in META}) for r in rows]
    )
    out["rules"], evidence = timed(lambda: [verifier.rules.evaluate(m, verifier.registry) for m in msgs])
    probas: list[Any] = [None] * len(msgs)
    if verifier.model is not None:
        _cut_block.cache_clear()  # the tokeniser's cache starts empty; jieba alone has none
        _tokenize_cached.cache_clear()
        scorer = verifier.model.scorer()
        if scorer is not None:  # and so do the scorer's words of each piece of text
            scorer.forget()
        out[CLASSIFIER], probas = timed(lambda: verifier.model.predict_proba(msgs, evidence))
    out["verdict (combine + advice)"], _ = timed(
        lambda: [verifier._verdict(m, e, p) for m, e, p in zip(msgs, evidence, probas, strict=True)]
    )
    out["all stages"] = sum(out.values())
    out["jieba alone"] = (before + jieba_alone()) / 2
    return out


CLASSIFIER = "classifier (tokeniser, n-grams, linear model)"


def print_stages(times: dict[str, float]) -> None:
    jieba = times["jieba alone"]
    for name, t in times.items():
        print(f"{name:<48} {t * 1e3:6.3f} ms/message  {t / jieba:5.2f}× jieba alone")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=4000, help="corpus messages to time")
    parser.add_argument("--model-dir", help="a trained model folder other than the bundled one")
    args = parser.parse_args()
    from verifier import Verifier

    verifier = Verifier.load(model_dir=args.model_dir)
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for _, line in zip(range(args.n), fh, strict=False)]
    print_stages(stage_times(verifier, rows))
    model = (args.model_dir or "bundled") if verifier.model else "none"
    print(f"{len(rows)} messages from {CORPUS.name}, CPU time in one process; model: {model}")


if __name__ == "__main__":
    main()
