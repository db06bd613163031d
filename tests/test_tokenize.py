"""Tests for verifier.tokenize: domain words come out whole, offsets index the text, no global state."""

from __future__ import annotations

import gzip
import json
import logging
import pickle
import random
import threading
from importlib import resources
from pathlib import Path

import jieba
import pytest

from verifier import tokenize as tk
from verifier.normalize import normalize
from verifier.tokenize import get_tokenizer, tokenize, words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("您的微粒贷已逾期", ["微粒贷", "逾期"]),
        ("申请停息挂账", ["停息挂账"]),
        ("您在招联好期贷的借款已逾期15天", ["招联好期贷", "逾期"]),
        ("联系360借条官方客服办理个性化分期", ["360借条", "个性化分期"]),
        ("美团月付账单已出", ["美团月付"]),
        ("京东白条和花呗均可协商还款", ["京东白条", "花呗", "协商还款"]),
        ("不要向安全账户转账,不要泄露验证码,不要开启屏幕共享", ["安全账户", "验证码", "屏幕共享"]),
        ("专业征信修复,注销校园贷", ["征信修复", "注销校园贷"]),
        ("你已成为失信被执行人,即将上门催收", ["失信被执行人", "上门催收"]),
        ("国家金融监督管理总局提醒您", ["国家金融监督管理总局"]),
        ("如遇诈骗请拨打96110或12378", ["96110", "12378"]),
    ],
)
def test_domain_words_whole(text: str, expected: list[str]) -> None:
    got = words(text)
    for word in expected:
        assert word in got, f"{word!r} not in {got}"


def test_ordinary_words_not_swallowed() -> None:
    # 金条 is a product but must not steal characters from 黄金/条款.
    assert words("黄金条款") == ["黄金", "条款"]


@pytest.mark.parametrize(
    "text",
    [
        "您的微粒贷已逾期",
        "逾期 3 天 请 还款",
        "客服热线:95588,详情见http://t.cn/a1",
        "",
        "   ",
        "a b\n微粒贷\t逾期",
    ],
)
def test_offsets_index_text(text: str) -> None:
    tokens = tokenize(text)
    for word, start, end in tokens:
        assert text[start:end] == word
        assert not word.isspace()
    assert [s for _, s, _ in tokens] == sorted(s for _, s, _ in tokens)


def test_works_on_normalised_traditional_text() -> None:
    n = normalize("您的微粒貸已逾期，請申請停息掛賬")
    found = {w: (s, e) for w, s, e in tokenize(n.text)}
    assert "微粒贷" in found and "停息挂账" in found
    a, b = n.to_original(*found["微粒贷"])
    assert n.original[a:b] == "微粒貸"


def test_words_is_picklable_module_function() -> None:
    assert pickle.loads(pickle.dumps(words)) is words


def test_private_tokenizer_leaves_global_jieba_alone() -> None:
    tok = get_tokenizer()
    assert tok is not jieba.dt
    assert tok.FREQ.get("停息挂账")
    assert not jieba.dt.FREQ.get("停息挂账")


def test_tokenizer_built_once_across_threads() -> None:
    seen: list[object] = []
    threads = [threading.Thread(target=lambda: seen.append(get_tokenizer())) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({id(x) for x in seen}) == 1


def test_unwritable_cache_dir_is_silent(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # jieba logs a traceback when it cannot dump its cache; that must neither raise nor be emitted.
    # (caplog, not capfd: jieba's handler holds the sys.stderr of import time, which pytest swaps.)
    monkeypatch.setattr(tk, "_cache_dir", lambda: "/nonexistent/verifier-jieba-cache")
    with caplog.at_level(logging.DEBUG, logger="jieba"):
        tok = tk._build()
    assert [w for w, _, _ in tok.tokenize("申请停息挂账")] == ["申请", "停息挂账"]
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


def _userdict_lines() -> list[str]:
    text = resources.files("verifier.data").joinpath("userdict.txt").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip()]


def test_userdict_is_well_formed_and_normalised() -> None:
    lines = _userdict_lines()
    assert len(lines) >= 80
    seen = set()
    for line in lines:
        word, freq, tag = line.split(" ")
        assert int(freq) > 0 and tag.isalpha()
        assert normalize(word).text == word, f"{word!r} would never match normalised text"
        assert word not in seen, f"duplicate {word!r}"
        seen.add(word)


def _jieba_words(text: str) -> list[tuple[str, int, int]]:
    return [(w, s, e) for w, s, e in get_tokenizer().tokenize(text, HMM=False) if not w.isspace()]


def test_block_cache_gives_jiebas_own_words_on_the_corpus() -> None:
    # The per-block cache must be invisible: the same words and offsets as jieba's own tokenize, on real
    # corpus text (normalised and raw) and on whitespace / symbol edge cases, cold and warm.
    corpus = Path(__file__).resolve().parents[1] / "data" / "corpus" / "messages.jsonl.gz"
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh][::15]
    texts += [normalize(t).text for t in texts]
    texts += ["a  b\r\nc\t中文 ", "\r\n\r\n逾期", "😀还款😀 ", "abc-def_1.5%#&+x逾期"]
    texts += ["卡号6222 0212 3456 7890"]
    tk._cut_block.cache_clear()
    tk._tokenize_cached.cache_clear()
    for _ in range(2):
        for text in texts:
            assert tokenize(text) == _jieba_words(text), text
    assert tk._cut_block.cache_info().hits > 0


@pytest.mark.parametrize("remembered", [1 << 17, 40])
def test_fast_cut_is_jiebas_cut_on_random_blocks(monkeypatch, remembered: int) -> None:
    # The HMM-free cut is re-done in one loop for speed; it must give jieba's words for any block of
    # dictionary characters, ASCII runs (joined as jieba joins them) and characters jieba does not know,
    # also when its memory of looked-up fragments keeps starting over.
    monkeypatch.setattr(tk, "_FRAGMENTS_REMEMBERED", remembered)
    tk._fragments.clear()
    rng = random.Random(7)
    hanzi = "逾期还款借款银行的了是在我你信用卡中国工商建设招商微众平安京东花呗催收协商法院执行通知验证码元万"
    alphabet = [*hanzi, *"0123456789abcXYZ+#&._%-", "鿕", "龘", "㐀"]
    tok, lexicon = get_tokenizer(), tk.get_lexicon()
    for _ in range(3000):
        block = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40)))
        for part in tk._BLOCKS.split(block):
            if part and tk._BLOCKS.match(part):
                assert tk._cut_dag(part, lexicon) == tuple(tok.cut(part, HMM=False)), part
