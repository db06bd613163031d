"""The lexicon answers exactly as jieba's ``FREQ.get`` (with the user dictionary), and is cached on disk."""

from __future__ import annotations

import random
import subprocess
import sys
import textwrap
import threading

import numpy as np
import pytest

from verifier import lexicon as lx
from verifier import tokenize as tk


@pytest.fixture(scope="module")
def tok():
    return tk.get_tokenizer()


def test_every_entry_of_jiebas_dictionary_has_its_frequency(tok):
    lexicon = tk.get_lexicon()
    assert lexicon.total == tok.total and len(lexicon) == len(tok.FREQ)
    wrong = [w for w, f in tok.FREQ.items() if lexicon.get(w) != f]
    assert wrong == []
    assert lexicon.get("停息挂账") == tok.FREQ["停息挂账"] > 0  # a word of data/userdict.txt
    assert tok.FREQ["停息挂"] == lexicon.get("停息挂") == 0  # a prefix only


def test_what_is_not_in_jiebas_dictionary_is_not_in_the_lexicon(tok):
    lexicon = tk.get_lexicon()
    rng = random.Random(3)
    words = rng.sample(list(tok.FREQ), 20000)
    alphabet = "逾期还款借款银行的了是在我你信用卡微众催收法院执行验证码元万0123456789abcXYZ鿕龘㐀 ，。"
    probes = [w + rng.choice(alphabet) for w in words] + [w[1:] for w in words if len(w) > 1]
    probes += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 8))) for _ in range(20000)]
    probes += ["", "\x00", "🙂", "a" * 40]
    assert [lexicon.get(p) for p in probes] == [tok.FREQ.get(p) for p in probes]


def test_saved_and_loaded_it_is_the_same(tmp_path, tok):
    small = lx.Lexicon.of({w: f for w, f in list(tok.FREQ.items())[:5000]}, 12345)
    small.save(tmp_path / "small.npz")
    again = lx.Lexicon.load(tmp_path / "small.npz")
    assert again.total == 12345 and len(again) == 5000
    for w in [*list(tok.FREQ)[:5000:7], "不在词典里的词"]:
        assert again.get(w) == small.get(w)
    assert [p.name for p in tmp_path.iterdir()] == ["small.npz"]  # no temporary file left


def test_a_damaged_cache_file_is_made_again(tmp_path, monkeypatch, tok):
    monkeypatch.setattr(tk, "_cache_dir", lambda: str(tmp_path))
    path = tmp_path / lx.cache_name()
    path.write_bytes(b"not a numpy file")
    made = tk._load_lexicon()
    assert made.get("停息挂账") == tok.FREQ["停息挂账"]
    assert lx.Lexicon.load(path).get("停息挂账") == tok.FREQ["停息挂账"]  # and saved over the damaged one


def test_an_unwritable_cache_directory_still_gives_the_lexicon(tmp_path, monkeypatch):
    monkeypatch.setattr(tk, "_cache_dir", lambda: str(tmp_path / "missing" / "dir"))
    assert tk._load_lexicon().get("逾期") is not None


def test_the_cache_name_changes_with_the_format(monkeypatch):
    name = lx.cache_name()
    monkeypatch.setattr(lx, "_FORMAT", lx._FORMAT + 1)
    assert lx.cache_name() != name and lx.cache_name().endswith(".npz")


def test_the_table_is_at_most_a_quarter_full(tok):
    lexicon = tk.get_lexicon()
    slots = np.asarray(lexicon._slots)
    assert (slots != lx._EMPTY).sum() == len(lexicon) <= len(slots) / 4


def test_lexicon_loaded_once_across_threads() -> None:
    seen: list[object] = []
    threads = [threading.Thread(target=lambda: seen.append(tk.get_lexicon())) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({id(x) for x in seen}) == 1


def test_scoring_neither_builds_jiebas_tokenizer_nor_loads_its_dictionary():
    code = textwrap.dedent(
        """
        import jieba
        from verifier import Verifier
        from verifier import tokenize as tk
        v = Verifier.load()
        v.check("【某某金融】您的借款已逾期，请登录App还款。", sender="95384")
        texts = ["您的借款已逾期%d天，请登录微众银行App还款，详询95384。" % i for i in range(100)]
        v.check_many([{"text": t} for t in texts])
        print(tk._tokenizer is None, len(jieba.dt.FREQ))
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "0"], out.stderr
