"""Where one message's time goes, stage by stage (not a test): ``python bench/stages.py [--n 4000]``.

Runs the same steps as ``Verifier.check_many`` one stage at a time over the first N corpus messages and
prints CPU milliseconds per message for each, and each as a multiple of jieba alone on the same texts in
the same run, slice by slice (so that other jobs on the machine slow both alike): normalise + extract,
rules, the classifier (jieba words, character n-grams, the linear model; the tokeniser's cache starts
empty), building the verdict (combine + advice). ``bench/benchmark.py`` prints the same table on its
generated messages.
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


#: Messages per slice: every stage and jieba alone are timed slice by slice, one after the other, so that
#: a change in the machine's load (other jobs on a shared box) weighs on them alike.
SLICE = 250


def stage_times(verifier: Any, rows: Sequence[dict]) -> dict[str, float]:
    """CPU seconds per message of each stage of ``check_many`` on ``rows`` (dicts with ``text`` and
    optional metadata), and of jieba alone (``Tokenizer.tokenize``, ``HMM=False``) on the same texts.

    The rows go through in slices of :data:`SLICE`; each slice is timed stage by stage and then through
    jieba alone, and the times are summed over the slices.
    """
    from verifier.tokenize import _cut_block, _tokenize_cached, get_tokenizer

    verifier.check_many(rows[:100])  # warm up jieba, OpenCC, regex caches
    jieba_tok = get_tokenizer()
    _cut_block.cache_clear()  # the tokeniser's cache starts empty; jieba alone has none
    _tokenize_cached.cache_clear()
    out: dict[str, float] = dict.fromkeys(STAGES, 0.0)

    def timed(name: str, fn: Callable[[], Any]) -> Any:
        t0 = time.process_time()
        result = fn()
        out[name] += time.process_time() - t0
        return result

    for start in range(0, len(rows), SLICE):
        part = rows[start : start + SLICE]
        msgs = timed(
            "normalise + extract",
            lambda part=part: [verifier.message(r["text"], **{k: r.get(k) for k in META}) for r in part],
        )
        evidence = timed(
            "rules", lambda msgs=msgs: [verifier.rules.evaluate(m, verifier.registry) for m in msgs]
        )
        probas: list[Any] = [None] * len(msgs)
        if verifier.model is not None:
            probas, _ = timed(CLASSIFIER, lambda msgs=msgs, ev=evidence: verifier.model.predict(msgs, ev))
        timed(
            "verdict (combine + advice)",
            lambda msgs=msgs, ev=evidence, p=probas: [
                verifier._verdict(m, e, q) for m, e, q in zip(msgs, ev, p, strict=True)
            ],
        )
        timed("jieba alone", lambda msgs=msgs: [list(jieba_tok.tokenize(m.text, HMM=False)) for m in msgs])
    if verifier.model is None:
        del out[CLASSIFIER]
    times = {name: t / len(rows) for name, t in out.items() if name != "jieba alone"}
    times["all stages"] = sum(times.values())
    times["jieba alone"] = out["jieba alone"] / len(rows)
    return times


CLASSIFIER = "classifier (tokeniser, n-grams, linear model)"
STAGES = ("normalise + extract", "rules", CLASSIFIER, "verdict (combine + advice)", "jieba alone")


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
