"""jieba's dictionary as the cut reads it, in a few flat arrays instead of a 500,000-entry dict.

The cut (:mod:`verifier.tokenize`, :mod:`verifier.arraycut`) needs two things of jieba's
``Tokenizer``: ``FREQ`` (each word of jieba's dictionary and of ``data/userdict.txt`` → its frequency,
each shorter prefix of a word → 0) and ``total``. As a Python dict of strings they take about 70 MB in
every process and a second to build (jieba's ``initialize`` and ``load_userdict``). :class:`Lexicon`
holds the same entries as one UTF-8 byte string of the words, their offsets and frequencies, and an
open-addressing table of CRC-32 slots: about 19 MB (the cache file's size), read in a few milliseconds.

The cache file is made from jieba's own ``FREQ`` the first time (and again whenever jieba's dictionary,
its version or the user dictionary change: they are in the file's name); a lookup compares the stored
word itself, so :meth:`Lexicon.get` answers exactly as ``FREQ.get`` (``tests/test_lexicon.py`` checks
every entry and words that are not entries).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from zlib import crc32

import numpy as np

#: Bump when the arrays' layout changes: old cache files are then ignored.
_FORMAT = 2
_EMPTY = -1


class Lexicon:
    """``FREQ.get`` and ``total`` of a jieba tokenizer, from flat arrays."""

    def __init__(self, words: bytes, offsets: np.ndarray, freqs: np.ndarray, slots: np.ndarray, total: int):
        self.total = total
        self._words = words
        # memoryviews index to plain ints without making numpy scalars (a lookup reads a few of them)
        self._offsets = memoryview(offsets)
        self._freqs = memoryview(freqs)
        self._slots = memoryview(slots)
        self._mask = len(slots) - 1
        self._arrays = {"offsets": offsets, "freqs": freqs, "slots": slots}

    def get(self, word: str) -> int | None:
        """The frequency of ``word`` (0 for a prefix that is no word itself), None if it is neither."""
        key = word.encode()
        slots, offsets, mask = self._slots, self._offsets, self._mask
        slot = crc32(key) & mask
        while (i := slots[slot]) != _EMPTY:
            if self._words[offsets[i] : offsets[i + 1]] == key:
                return self._freqs[i]
            slot = (slot + 1) & mask
        return None

    def __len__(self) -> int:
        return len(self._freqs)

    @classmethod
    def of(cls, freq: Mapping[str, int], total: int) -> Lexicon:
        """The lexicon of a tokenizer's ``FREQ`` and ``total``."""
        keys = [w.encode() for w in freq]
        offsets = np.zeros(len(keys) + 1, dtype=np.int64)
        np.cumsum(np.fromiter(map(len, keys), dtype=np.int64, count=len(keys)), out=offsets[1:])
        if offsets[-1] >= 2**31:
            raise ValueError("the dictionary's words take more than 2 GiB")
        freqs = np.fromiter(freq.values(), dtype=np.int64, count=len(keys))
        # at most a quarter full: a word that is not there (half the lookups) meets an empty slot soon
        size = 1 << max(4, (4 * len(keys)).bit_length())
        slots = [_EMPTY] * size
        mask = size - 1
        for i, key in enumerate(keys):
            slot = crc32(key) & mask
            while slots[slot] != _EMPTY:
                slot = (slot + 1) & mask
            slots[slot] = i
        return cls(b"".join(keys), offsets.astype(np.int32), freqs, np.array(slots, dtype=np.int32), total)

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the arrays to ``path`` (an ``.npz`` file), atomically."""
        path = Path(path)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        with open(tmp, "wb") as f:
            np.savez(
                f,
                words=np.frombuffer(self._words, dtype=np.uint8),
                total=np.int64(self.total),
                **self._arrays,
            )
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Lexicon:
        """A lexicon saved by :meth:`save`."""
        with np.load(path, allow_pickle=False) as a:
            return cls(a["words"].tobytes(), a["offsets"], a["freqs"], a["slots"], int(a["total"]))


def cache_name() -> str:
    """The cache file's name: what the lexicon is made from (jieba's version and dictionary, the user
    dictionary) hashed, so a change to any of them makes a new file."""
    import jieba

    digest = hashlib.blake2b(f"{_FORMAT} {jieba.__version__}".encode(), digest_size=12)
    digest.update(Path(jieba.__file__).with_name(jieba.DEFAULT_DICT_NAME).read_bytes())
    digest.update(resources.files("verifier.data").joinpath("userdict.txt").read_bytes())
    return f"verifier-lexicon-{digest.hexdigest()}.npz"
