"""jieba's HMM-free cut of many blocks at once, in numpy arrays: the batch path of :mod:`verifier.tokenize`.

:func:`verifier.tokenize._cut_dag` cuts one block in a Python loop; per character it makes a couple of
new substrings, hashes them and looks them up, which is most of its time. :func:`cut_blocks` does the same
work for all the blocks of a batch together:

1. the dictionary's view of every fragment, one length at a time over all positions still inside a
   dictionary prefix: fragments of up to 3 characters as int64 keys (21 bits per code point) in a
   :class:`~verifier.keytable.KeyTable` of the fragments met so far (a fragment new to it is looked up
   once, in the tokeniser's fragment memory); longer ones, rarer, in that memory directly;
2. jieba's route: from the end of every block towards its start, one step per distance to the end for all
   blocks at once, each position's best ``log P(word) + best[end of word]`` over its words, with the same
   float64 additions and the same tie-break as jieba (an equal score goes to the longer word);
3. the words along each block's route, single ASCII letters and digits in a row joined into one word as
   jieba joins them.

The words are jieba's own (tests compare them with ``Tokenizer.cut(HMM=False)`` on the corpus and on random
blocks). :func:`together` picks the pieces of a batch worth cutting this way: enough blocks for numpy's
per-call cost to pay off, none so long that the route's steps would be wasted on the others.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Sequence
from typing import NamedTuple

import numpy as np

from verifier.keytable import KeyTable
from verifier.lexicon import Lexicon
from verifier.tokenize import _ASCII_ALNUM, _BLOCKS, _cut_dag, fragment_memory, get_lexicon

#: Bits per code point in a fragment key (code point + 1, so no key is 0); 3 characters fit in 63 bits.
_BITS = 21
#: Fragments of up to this many characters are looked up by key; longer ones by their strings.
_KEYED = 3
#: Blocks longer than this are cut one by one: the route takes one numpy step per character of the
#: longest block, which would be wasted on the short ones beside it (and it must stay below 256).
_LONGEST = 64
#: Fewer new blocks than this in a batch are cut one by one (numpy's per-call cost would dominate).
_MANY = 48
#: Fragment keys a table holds before starting over, as many as the fragment memory holds fragments.
_KEYS_REMEMBERED = 1 << 17
#: What a key not in the table reads as: the bits of a NaN no fragment is ever given.
_UNKNOWN = -1
_tables: weakref.WeakKeyDictionary[Lexicon, KeyTable] = weakref.WeakKeyDictionary()
#: A table grows by several numpy steps that another thread must not see halfway.
_lock = threading.Lock()


class Spans(NamedTuple):
    """The words of many blocks as spans of the blocks joined: word ``i`` is ``text[starts[i]:ends[i]]``,
    and block ``j`` holds words ``bounds[j]`` to ``bounds[j + 1]``."""

    text: str
    starts: np.ndarray
    ends: np.ndarray
    bounds: list[int]

    def keys(self) -> np.ndarray:
        """Each word's key as the cut keys fragments (21 bits per code point) if it has up to 3
        characters, else 0."""
        length = self.ends - self.starts
        code = _code_points(self.text).astype(np.int64) + 1
        short = np.flatnonzero(length <= _KEYED)
        key = np.zeros(len(length), dtype=np.int64)
        key[short] = code[self.starts[short]]
        for k in range(1, _KEYED):
            more = short[length[short] > k]
            key[more] = (key[more] << _BITS) | code[self.starts[more] + k]
        return key

    def words(self) -> list[tuple[str, ...]]:
        """The words of each block."""
        words = list(map(self.text.__getitem__, map(slice, self.starts.tolist(), self.ends.tolist())))
        b = self.bounds
        return [tuple(words[b[j] : b[j + 1]]) for j in range(len(b) - 1)]


def together(pieces: Sequence[str]) -> list[str]:
    """The pieces worth cutting together with :func:`cut_spans`: the blocks of at most ``_LONGEST``
    characters, if there are ``_MANY`` of them (else none; the others are cut one by one)."""
    blocks = [p for p in pieces if len(p) <= _LONGEST and _BLOCKS.match(p)]
    return blocks if len(blocks) >= _MANY else []


def cut_blocks(blocks: Sequence[str]) -> list[tuple[str, ...]]:
    """The words of each block (a run :data:`verifier.tokenize._BLOCKS` matches, not empty), as
    ``Tokenizer.cut(block, HMM=False)`` gives them."""
    if not blocks:
        return []
    if min(map(len, blocks)) < 1 or max(map(len, blocks)) > _LONGEST:
        lexicon = get_lexicon()
        return [_cut_dag(b, lexicon) for b in blocks]
    return cut_spans(blocks).words()


def cut_spans(blocks: Sequence[str]) -> Spans:
    """The words of each block (as :func:`cut_blocks`; every block 1 to ``_LONGEST`` characters long) as
    spans of the blocks joined, without making their strings."""
    lexicon = get_lexicon()
    text = "".join(blocks)
    lens = np.fromiter(map(len, blocks), dtype=np.int64, count=len(blocks))
    stop = np.repeat(np.cumsum(lens), lens)  # where each position's block ends (exclusive)
    with _lock:
        levels = _fragment_logps(text, stop, lexicon)
    ends = _words_of(levels, stop, lens, 0.0 - fragment_memory(lexicon).logtotal)
    return _spans(text, ends, stop, lens)


def _fragment_logps(text: str, stop: np.ndarray, lexicon: Lexicon) -> list[np.ndarray]:
    """For each length L from 1 on, the log-probability of the word ``text[p:p + L]`` at every position
    ``p`` (NaN where it is no word, or not inside ``p``'s block); up to the longest dictionary prefix."""
    n = len(text)
    seen = fragment_memory(lexicon)
    code = _code_points(text).astype(np.int64) + 1
    at = np.arange(n)  # positions whose fragment of the current length is inside their block
    key = np.zeros(n, dtype=np.int64)
    levels: list[np.ndarray] = []
    length = 0
    while len(at):
        length += 1
        if length <= _KEYED:
            key = (key << _BITS) | code[at + length - 1]
            logp = _keyed_logps(key, at, length, text, lexicon)
        else:  # the dictionary's longer words: few positions get this far
            frags = list(map(text.__getitem__, map(slice, at.tolist(), (at + length).tolist())))
            logp = np.fromiter(map(seen.__getitem__, frags), dtype=np.float64, count=len(frags))
        level = np.full(n, np.nan)
        level[at] = np.where(logp == np.inf, np.nan, logp)  # not in the dictionary: no word either
        levels.append(level)
        # a walk goes on while the fragment is in the dictionary (as a word or a prefix) and in the block
        more = (logp != np.inf) & (at + length < stop[at])
        at, key = at[more], key[more]
    return levels


def _keyed_logps(key: np.ndarray, at: np.ndarray, length: int, text: str, lexicon: Lexicon) -> np.ndarray:
    """The fragment memory's value for each fragment ``text[p:p + length]`` (``p`` in ``at``), by key."""
    table = _tables.get(lexicon)
    if table is None:
        table = _tables[lexicon] = KeyTable()
    bits = table.get(key, _UNKNOWN)
    new = np.flatnonzero(bits == _UNKNOWN)
    if len(new):
        keys, first, back = np.unique(key[new], return_index=True, return_inverse=True)
        starts = at[new[first]].tolist()
        frags = list(map(text.__getitem__, map(slice, starts, [s + length for s in starts])))
        seen = fragment_memory(lexicon)
        found = np.fromiter(map(seen.__getitem__, frags), dtype=np.float64, count=len(frags)).view(np.int64)
        if len(table) + len(keys) > _KEYS_REMEMBERED:
            table = _tables[lexicon] = KeyTable()
        table.add(keys, found)
        bits[new] = found[back.reshape(-1)]
    return bits.view(np.float64)


def _words_of(levels: list[np.ndarray], stop: np.ndarray, lens: np.ndarray, alone: float) -> np.ndarray:
    """Where the first word of each position's best route ends (exclusive): jieba's ``calc``.

    ``best`` has one slot per position plus one after each block (0.0, where a route ends), so a word's
    end reads the right block's value; the positions at the same distance from their block's end are
    settled together, after every position to their right.
    """
    n = len(stop)
    pos = np.arange(n)
    block = np.repeat(np.arange(len(lens)), lens)
    slot = pos + block  # a position's slot in `best`
    best = np.zeros(n + len(lens) + len(levels) + 1)
    ends = pos + 1
    to_end = stop - 1 - pos
    order = np.argsort(to_end.astype(np.uint8), kind="stable")  # a radix sort: no block is over 255 long
    bounds = np.concatenate(([0], np.cumsum(np.bincount(to_end)))).tolist()
    # which distances to a block's end have a word of each length at all (long words are rare)
    present = [np.bincount(to_end[~np.isnan(level)], minlength=len(bounds)).tolist() for level in levels]
    for dist in range(len(bounds) - 1):
        p = order[bounds[dist] : bounds[dist + 1]]
        s = slot[p]
        score = np.fmax(levels[0][p] + best[s + 1], -np.inf)  # the one-character word, if it is one
        end = p + 1
        for length in range(2, min(len(levels), dist + 1) + 1):
            if not present[length - 1][dist]:
                continue
            candidate = levels[length - 1][p] + best[s + length]  # NaN (no word) never wins
            longer = candidate >= score  # jieba's max over (score, end): a tie goes to the longer word
            score = np.where(longer, candidate, score)
            end = np.where(longer, p + length, end)
        none = score == -np.inf  # no word starts here: the character alone
        score[none] = alone + best[s[none] + 1]
        best[s] = score
        ends[p] = end
    return ends


def _spans(text: str, ends: np.ndarray, stop: np.ndarray, lens: np.ndarray) -> Spans:
    """The words along each block's route from its start, as jieba's ``__cut_DAG_NO_HMM`` yields them."""
    n = len(text)
    starts = np.zeros(n + 1, dtype=bool)
    at = np.cumsum(lens) - lens  # every block's first position
    while len(at):  # follow all the routes one word at a time
        starts[at] = True
        at = ends[at]
        at = at[at < stop[at - 1]]
    first = np.flatnonzero(starts[:n])
    last = ends[first]
    code = _code_points(text)[first]
    single = (last - first == 1) & np.isin(code, _ASCII_ALNUM_CODES)
    block = np.repeat(np.arange(len(lens)), lens)[first]
    joined = np.zeros(len(first), dtype=bool)  # single ASCII letters/digits after one: the same word
    joined[1:] = single[1:] & single[:-1] & (block[1:] == block[:-1])
    keep = np.flatnonzero(~joined)
    bounds = [0, *np.cumsum(np.bincount(block[keep], minlength=len(lens))).tolist()]
    return Spans(text, first[keep], last[np.append(keep[1:], len(first)) - 1], bounds)


def _code_points(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


_ASCII_ALNUM_CODES = np.array(sorted(map(ord, _ASCII_ALNUM)), dtype=np.uint32)
