"""Word segmentation of normalised SMS text as jieba cuts it, with the dictionary ``data/userdict.txt``.

The words are those of a private ``jieba.Tokenizer`` (never the global one, which other code may
customise) with the user dictionary, ``cut(HMM=False)``; the cut reads that tokenizer's dictionary as a
:class:`verifier.lexicon.Lexicon`, kept in a cache file, so scoring neither builds the tokenizer nor holds
its dictionary. Feed it ``normalize(text).text``: the user dictionary is in normalised form (simplified,
lowercase).
"""

from __future__ import annotations

import logging
import math
import os
import tempfile
import threading
import weakref
import zipfile
from functools import lru_cache
from importlib import resources

import jieba

from verifier.lexicon import Lexicon, cache_name

_lock = threading.Lock()
_tokenizer: jieba.Tokenizer | None = None
_lexicon: Lexicon | None = None


class _DropCacheDumpFailure(logging.Filter):
    """Hide jieba's "Dump cache file failed." traceback: an unwritable cache dir only costs load time."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("Dump cache file failed")


def _cache_dir() -> str:
    """A directory for the dictionary caches (jieba's and the lexicon's); jieba itself crashes if no temp
    dir is usable."""
    try:
        tmp = tempfile.gettempdir()
    except OSError:  # "No usable temporary directory found"
        tmp = None
    if tmp and os.access(tmp, os.W_OK):
        return tmp
    # Read-only everywhere: still point at an existing dir so a pre-built cache can be read.
    return tmp or os.path.dirname(os.path.abspath(jieba.__file__))


def _build() -> jieba.Tokenizer:
    jieba.setLogLevel(logging.WARNING)  # silences "Building prefix dict ..." on stderr
    tok = jieba.Tokenizer()
    tok.tmp_dir = _cache_dir()
    log = logging.getLogger("jieba")
    dump_filter = _DropCacheDumpFailure()
    log.addFilter(dump_filter)
    try:
        tok.initialize()
    finally:
        log.removeFilter(dump_filter)
    with resources.files("verifier.data").joinpath("userdict.txt").open("rb") as f:
        tok.load_userdict(f)
    return tok


def get_tokenizer() -> jieba.Tokenizer:
    """The process-wide private tokenizer, built on first use (about a second): the reference the cut is
    tested against, and what the lexicon is made from. Scoring does not need it."""
    global _tokenizer
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                _tokenizer = _build()
    return _tokenizer


def get_lexicon() -> Lexicon:
    """The dictionary the cut reads, once per process: from its cache file, else made from the
    tokenizer's (about two seconds) and cached."""
    global _lexicon
    if _lexicon is None:
        with _lock:
            if _lexicon is None:
                _lexicon = _load_lexicon()
    return _lexicon


def _load_lexicon() -> Lexicon:
    path = os.path.join(_cache_dir(), cache_name())
    try:
        return Lexicon.load(path)
    except (OSError, ValueError, KeyError, zipfile.BadZipFile):  # not made yet, or damaged: made again
        pass
    # A tokenizer built only for this is dropped afterwards: the lexicon replaces its 70 MB dict.
    tok = _tokenizer if _tokenizer is not None else _build()
    lexicon = Lexicon.of(tok.FREQ, tok.total)
    try:
        lexicon.save(path)
    except OSError:  # an unwritable directory: made again by the next process
        pass
    return lexicon


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Words of ``text`` as ``(word, start, end)`` with ``text[start:end] == word``; whitespace dropped."""
    if not text:
        return []
    return list(_tokenize_cached(text))


@lru_cache(maxsize=256)
def _tokenize_cached(text: str) -> tuple[tuple[str, int, int], ...]:
    # One message is tokenised by the classifier's features and again to place its explanation spans;
    # a small cache makes the second pass free. HMM new-word discovery is off: the domain dictionary
    # covers the vocabulary that matters, and it is a third of jieba's time.
    out = []
    start = 0
    for block in _BLOCKS.split(text):
        if not block:
            continue
        for w in _cut_block(block):
            end = start + len(w)
            if not w.isspace():
                out.append((w, start, end))
            start = end
    return tuple(out)


# jieba cuts a text block by block (runs of Han characters, letters and digits; everything else), each
# block on its own, so cutting block by block gives exactly ``Tokenizer.cut(text, HMM=False)``. Messages
# of one campaign or template share most blocks, so the cut of each block is remembered (a bounded LRU,
# about 15 MB per process when full; twice the size saved almost no time), which saves about half of
# jieba's time on batches; tests compare it with jieba itself.
_BLOCKS = jieba.re_han_default
_BLOCK_CACHE_SIZE = 1 << 14


#: How jieba splits what lies between blocks: runs of whitespace are kept whole, the rest goes character
#: by character.
_SKIP = jieba.re_skip_default


@lru_cache(maxsize=_BLOCK_CACHE_SIZE)
def _cut_block(block: str) -> tuple[str, ...]:
    if _BLOCKS.match(block):
        return _cut_dag(block, get_lexicon())
    # jieba's cut(HMM=False) of a piece without Han characters, letters or digits (no dictionary)
    return tuple(w for part in _SKIP.split(block) for w in ((part,) if _SKIP.match(part) else part))


# jieba 0.42's ``cut(HMM=False)`` of one block, without its per-character generators and tuples: the
# same dictionary (``FREQ``, ``total``), the same float steps and the same tie-break, so the same words
# (tests compare it with jieba on the corpus and on random blocks). Cutting is most of the classifier's
# time, and this one loop is about three times as fast as jieba's ``get_DAG`` + ``calc`` +
# ``__cut_DAG_NO_HMM`` (``python bench/tokenizer.py`` times both and counts the blocks cut differently);
# a batch's new blocks are cut faster still all at once, by :mod:`verifier.arraycut`.
#: The characters jieba's ``re_eng`` matches: single ones in a row are joined into one word.
_ASCII_ALNUM = frozenset("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
#: Fragments remembered per tokenizer before starting over (about 15 MB). Besides the log, the gain is
#: locality: a small hot dict instead of jieba's 580,000-entry one; a larger bound saved a little more
#: time on very varied text, a smaller one most of the gain.
_FRAGMENTS_REMEMBERED = 1 << 17
_NOT_A_WORD = float("-inf")


class _Fragments(dict):
    """What the cut remembers of each fragment it looked up: +inf (not in the dictionary), NaN (only the
    start of longer words: no score is ever >= NaN) or its log-probability, ``log(freq) - log(total)``
    as jieba computes it; all floats, so numpy can read them too (:mod:`verifier.arraycut`). A missing
    fragment is looked up in jieba's dictionary by ``__missing__``, so the cut's loop reads each one with
    a plain subscript."""

    def __init__(self, lexicon: Lexicon) -> None:
        super().__init__()
        self.freq_of = lexicon.get
        self.logtotal = math.log(lexicon.total)

    def __missing__(self, frag: str) -> float:
        freq = self.freq_of(frag)
        logp = self[frag] = _ABSENT if freq is None else math.log(freq) - self.logtotal if freq else math.nan
        return logp


_ABSENT = math.inf
_fragments: weakref.WeakKeyDictionary[Lexicon, _Fragments] = weakref.WeakKeyDictionary()


def fragment_memory(lexicon: Lexicon) -> _Fragments:
    """The fragments the cut remembers of ``lexicon`` (started over at ``_FRAGMENTS_REMEMBERED``)."""
    seen = _fragments.get(lexicon)
    if seen is None or len(seen) >= _FRAGMENTS_REMEMBERED:
        seen = _fragments[lexicon] = _Fragments(lexicon)
    return seen


def _cut_dag(block: str, lexicon: Lexicon) -> tuple[str, ...]:
    seen = fragment_memory(lexicon)
    absent = _ABSENT
    n = len(block)
    # A character that starts no word scores jieba's log(FREQ.get(char) or 1) - log(total): its
    # frequency is None or 0 there, so that is always log(1) - log(total).
    alone = 0.0 - seen.logtotal
    best = [0.0] * (n + 1)  # best[i]: the log-probability of the best route from i to the end
    ends = [0] * n  # ends[i]: where the first word of that route ends (exclusive)
    for start in range(n - 1, -1, -1):
        score, end = _NOT_A_WORD, start + 1
        i, frag = start, block[start]
        while True:  # every dictionary prefix starting at `start`
            logp = seen[frag]
            if logp == absent:
                break
            i += 1
            s = logp + best[i]
            if s >= score:  # jieba's max over (score, end): a tie goes to the longer; never for NaN
                score, end = s, i
            if i == n:
                break
            frag = block[start : i + 1]
        best[start] = alone + best[start + 1] if score == _NOT_A_WORD else score
        ends[start] = end
    words: list[str] = []
    run = ""  # single ASCII letters and digits in a row are one word, as jieba joins them
    x = 0
    while x < n:
        y = ends[x]
        if y - x == 1 and block[x] in _ASCII_ALNUM:
            run += block[x]
        else:
            if run:
                words.append(run)
                run = ""
            words.append(block[x:y])
        x = y
    if run:
        words.append(run)
    return tuple(words)


def pieces(text: str) -> list[str]:
    """``text`` split where jieba splits it before cutting (runs of Han characters, letters and digits, and
    what lies between them, some pieces empty): the words of ``text`` are those of its pieces in order."""
    return _BLOCKS.split(text)


def piece_words(piece: str) -> tuple[str, ...]:
    """The words of one piece of :func:`pieces`, whitespace dropped (as :func:`words` drops it)."""
    if _BLOCKS.match(piece):
        return _cut_block(piece)  # letters, digits and Han characters: no whitespace
    return tuple(w for w in _cut_block(piece) if not w.isspace()) if piece else ()


def words(text: str) -> list[str]:
    """Just the words of ``text`` (those of :func:`tokenize`, without offsets: the fast path for features);
    module-level so it pickles as a scikit-learn analyzer."""
    if not text:
        return []
    return [w for block in _BLOCKS.split(text) if block for w in _cut_block(block) if not w.isspace()]
