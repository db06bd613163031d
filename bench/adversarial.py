"""Worst cases on hostile input (not a test): ``python bench/adversarial.py [--data-dir DIR] [--top 15]``.

For every rule pattern (and its ``unless`` veto and the warning check) prints the slowest time over
5,000-character inputs built from the pattern's own words — the shape that makes a regex backtrack — next to
the per-message budget (``verifier.rules.MESSAGE_BUDGET``). Then times the digit-group normalisation on
``"1234 " * n + "1.5x"`` for 1,000 … 5,000 characters, which was quadratic before it was rewritten, and the
whole ``check`` on the longest adversarial message.
"""

from __future__ import annotations

import argparse
import itertools
import time

import regex

from verifier import Verifier
from verifier.normalize import normalize
from verifier.rules import MESSAGE_BUDGET
from verifier.types import MAX_CHARS


def inputs(pattern: str) -> list[str]:
    words = regex.findall(r"\p{Han}{2,6}|[a-z]{3,}", pattern)[:8] or ["逾期"]
    out = []
    for a, b in itertools.islice(itertools.product(words, words), 24):
        for sep in ("，", "", " "):
            out.append(((a + sep + b + sep) * MAX_CHARS)[:MAX_CHARS])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", help="rules of another data folder")
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    verifier = Verifier.load(args.data_dir, use_model=False)
    worst: list[tuple[float, str, str]] = []
    slowest_text = ""
    for rule in verifier.rules.rules:
        if rule.pattern is None:
            continue
        best = (0.0, "")
        for text in inputs(rule.pattern.pattern):
            msg = verifier.message(text)
            t = time.perf_counter()
            rule.first_span(msg, verifier.registry)
            dt = time.perf_counter() - t
            if dt > best[0]:
                best = (dt, text)
        worst.append((best[0], rule.id, best[1][:12]))
        if best[0] >= max(w[0] for w in worst):
            slowest_text = best[1]
    worst.sort(reverse=True)
    print(
        f"rule patterns on adversarial {MAX_CHARS}-character inputs (budget {MESSAGE_BUDGET * 1000:.0f} ms):"
    )
    for dt, rid, head in worst[: args.top]:
        print(f"  {dt * 1000:8.2f} ms  {rid:32} {head}…")
    print(f"  ({len(worst)} patterns; median {sorted(w[0] for w in worst)[len(worst) // 2] * 1000:.2f} ms)")
    print("normalise '1234 ' * n + '1.5x':")
    for n in (1000, 2000, 4000, 5000):
        text = ("1234 " * n)[: n - 4] + "1.5x"
        t = time.perf_counter()
        normalize(text)
        print(f"  {n:5} characters: {(time.perf_counter() - t) * 1000:7.2f} ms")
    t = time.perf_counter()
    verdict = verifier.check(slowest_text)
    took = (time.perf_counter() - t) * 1000
    print(f"check() on the slowest rule's worst input: {took:.1f} ms, complete={verdict.complete}")


if __name__ == "__main__":
    main()
