"""Tests for verifier.arraycut: many blocks cut at once give jieba's own words, block for block."""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path

import pytest

from verifier import arraycut
from verifier import tokenize as tk
from verifier.normalize import normalize

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus" / "messages.jsonl.gz"
HANZI = "逾期还款借款银行的了是在我你信用卡中国工商建设招商微众平安京东花呗催收协商法院执行通知验证码元万"


def _jieba(block: str) -> tuple[str, ...]:
    return tuple(tk.get_tokenizer().cut(block, HMM=False))


def _random_blocks(seed: int, count: int, longest: int = 40) -> list[str]:
    # Dictionary characters, ASCII runs (joined as jieba joins them), characters jieba does not know and
    # one outside the BMP, in blocks as jieba splits text.
    rng = random.Random(seed)
    alphabet = [*HANZI, *"0123456789abcXYZ+#&._%-", "鿕", "龘", "㐀"]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, longest))) for _ in range(count)]
    return [b for t in texts for b in tk._BLOCKS.split(t) if b and tk._BLOCKS.match(b)]


def test_corpus_blocks_are_cut_as_jieba_cuts_them() -> None:
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        texts = [normalize(json.loads(line)["text"]).text for line in fh][::7]
    blocks = list(dict.fromkeys(b for t in texts for b in tk._BLOCKS.split(t) if b and tk._BLOCKS.match(b)))
    blocks = [b for b in blocks if len(b) <= arraycut._LONGEST]
    assert len(blocks) > 5000
    for start in range(0, len(blocks), 2000):  # batches as a chunk of messages brings them
        part = blocks[start : start + 2000]
        assert arraycut.cut_blocks(part) == [_jieba(b) for b in part]


@pytest.mark.parametrize(("keys", "fragments"), [(1 << 17, 1 << 17), (50, 1 << 17), (1 << 17, 40)])
def test_random_blocks_are_cut_as_jieba_cuts_them(monkeypatch, keys: int, fragments: int) -> None:
    # Also when the table of fragment keys or the fragment memory keeps starting over.
    monkeypatch.setattr(arraycut, "_KEYS_REMEMBERED", keys)
    monkeypatch.setattr(tk, "_FRAGMENTS_REMEMBERED", fragments)
    arraycut._tables.clear()
    tk._fragments.clear()
    for seed in range(3):
        blocks = _random_blocks(seed, 700)
        assert arraycut.cut_blocks(blocks) == [_jieba(b) for b in blocks]
    # words longer than 3 characters (looked up as strings), some ending blocks, some across them
    long_words = ["国家金融监督管理总局", "失信被执行人", "中国工商银行", "招联好期贷", "逾期还款"]
    blocks = [w[: random.Random(i).randint(1, len(w))] + w for i, w in enumerate(long_words * 20)]
    assert arraycut.cut_blocks(blocks) == [_jieba(b) for b in blocks]


def test_the_blocks_picked_from_pieces_are_cut_into_the_words_of_each_piece() -> None:
    # What the classifier's word block does with a batch's new pieces (linear.Block._learn): blocks,
    # symbols, whitespace, empty pieces and a block too long for the arrays, in one batch big enough for
    # the arrays and in one too small for them; the pieces not picked are cut one by one.
    text = "您的借款已逾期3天，请于 2024-01-05 前还款!\r\n详询 95555。" + "逾期" * 40 + "  abc1x2y"
    pieces = tk.pieces(text) * 30 + _random_blocks(9, 60)
    assert any(len(p) > arraycut._LONGEST for p in pieces)
    picked = arraycut.together(pieces)
    assert picked and all(tk._BLOCKS.match(p) and len(p) <= arraycut._LONGEST for p in picked)
    assert arraycut.cut_spans(picked).words() == [tk.piece_words(p) for p in picked]
    assert arraycut.together(pieces[:20]) == []
