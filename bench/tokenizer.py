"""The tokeniser's own cut against jieba's (not a test): ``python bench/tokenizer.py [--rows 20000]``.

Takes every block jieba cuts on its own (a run of Han characters, letters and digits) from the normalised
texts of all corpus messages (``data/corpus/messages.jsonl.gz``) plus ``--rows`` messages from the
benchmark's generator, cuts each with jieba's ``Tokenizer.cut(block, HMM=False)`` and with the
verifier's ``tokenize._cut_dag`` (no block cache, its fragment memory starting empty), and with
``arraycut.cut_blocks`` (the batch path: --batch blocks at a time, its fragment table starting empty;
blocks longer than it takes by ``_cut_dag``), and prints the CPU time of each and how many blocks were cut
differently (must be 0).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20000, help="generated benchmark messages added")
    parser.add_argument("--batch", type=int, default=4000, help="blocks per call of the batch cut")
    args = parser.parse_args()
    from benchmark import messages

    from verifier import arraycut
    from verifier import tokenize as tk
    from verifier.normalize import normalize

    with gzip.open(ROOT / "data" / "corpus" / "messages.jsonl.gz", "rt", encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh]
    texts += [r["text"] for r in messages(args.rows, seed=9)] if args.rows else []
    blocks = [b for t in texts for b in tk._BLOCKS.split(normalize(t).text) if b and tk._BLOCKS.match(b)]
    tok = tk.get_tokenizer()
    lexicon = tk.get_lexicon()
    t0 = time.process_time()
    theirs = [tuple(tok.cut(b, HMM=False)) for b in blocks]
    jieba_s = time.process_time() - t0
    tk._fragments.clear()
    t0 = time.process_time()
    ours = [tk._cut_dag(b, lexicon) for b in blocks]
    ours_s = time.process_time() - t0
    tk._fragments.clear()
    arraycut._tables.clear()
    t0 = time.process_time()
    batched = _cut_batched(blocks, lexicon, args.batch)
    batch_s = time.process_time() - t0
    differ = sum(a != b for a, b in zip(theirs, ours, strict=True))
    batch_differ = sum(a != b for a, b in zip(theirs, batched, strict=True))
    print(f"{len(blocks):,} blocks from {len(texts):,} messages (corpus + {args.rows:,} generated)")
    print(f"jieba cut(HMM=False): {jieba_s:.2f} s CPU; verifier's cut: {ours_s:.2f} s", end="")
    print(f" ({jieba_s / ours_s:.2f}x as fast)", end="")
    print(f"; batch cut, {args.batch:,} blocks a call: {batch_s:.2f} s ({jieba_s / batch_s:.2f}x as fast)")
    print(f"blocks cut differently: {differ} (verifier's cut), {batch_differ} (batch cut)")


def _cut_batched(blocks: list[str], lexicon: object, batch: int) -> list[tuple[str, ...]]:
    from verifier import arraycut
    from verifier import tokenize as tk

    out: list[tuple[str, ...]] = []
    for start in range(0, len(blocks), batch):
        part = blocks[start : start + batch]
        short = [b for b in part if len(b) <= arraycut._LONGEST]
        cut = iter(arraycut.cut_blocks(short))
        out += [next(cut) if len(b) <= arraycut._LONGEST else tk._cut_dag(b, lexicon) for b in part]
    return out


if __name__ == "__main__":
    main()
