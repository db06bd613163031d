"""A hash table from int64 keys to int64 values, read and filled for a whole array of keys at once with
numpy: character n-grams to their columns (:mod:`verifier.linear`), short fragments of text to what jieba's
dictionary says of them (:mod:`verifier.arraycut`).

Open addressing with linear probing, at most half full, each slot's key and value side by side (a probe
reads one cache line). A look-up of a batch is a few vectorised probes per key instead of a binary
search's ~17 dependent reads into sorted keys, and no Python work per key.
"""

from __future__ import annotations

import threading

import numpy as np

#: Fibonacci hashing: the key times 2**64 / golden ratio, its top bits the slot.
_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)
#: Slots probed at once for the keys not settled by their first probe.
_WINDOW = 8
_STEPS = np.arange(_WINDOW)
#: A key is put in two steps (its slot's key, then its value) and a resize in several: a thread must not
#: read a table halfway through them. One lock for all tables (none is read long).
_lock = threading.Lock()


class KeyTable:
    """int64 keys (never 0: it marks an empty slot) → int64 values."""

    def __init__(self, keys: np.ndarray | None = None, values: np.ndarray | None = None) -> None:
        self._size = 0
        self._resize(0 if keys is None else len(keys))
        if keys is not None and values is not None:
            self.add(keys, values)

    def __len__(self) -> int:
        return self._size

    def _resize(self, room: int) -> None:
        """An empty table with room for ``room`` keys at most half full, its entries put back."""
        old = getattr(self, "_slots", None)
        bits = max(4, (2 * room).bit_length())
        self._shift = np.uint64(64 - bits)
        self._mask = (1 << bits) - 1
        self._slots = np.zeros((1 << bits, 2), dtype=np.int64)  # [key, value]; key 0: empty
        self._size = 0
        if old is not None:
            kept = old[old[:, 0] != 0]
            self._place(kept[:, 0], kept[:, 1])

    def _slot(self, keys: np.ndarray) -> np.ndarray:
        slot = keys.view(np.uint64) * _MULTIPLIER
        slot >>= self._shift
        return slot.view(np.int64)

    def get(self, keys: np.ndarray, default: int) -> np.ndarray:
        """The value of each of ``keys``, ``default`` where a key is not in the table."""
        with _lock:
            return self._get(np.ascontiguousarray(keys, dtype=np.int64), default)

    def _get(self, keys: np.ndarray, default: int) -> np.ndarray:
        slot = self._slot(keys)
        held = self._slots.take(slot, axis=0)  # the first probe of every key (most end there)
        hit = held[:, 0] == keys
        out = np.where(hit, held[:, 1], default)
        todo = np.flatnonzero(~hit & (held[:, 0] != 0))  # an empty slot ends the probe: not in the table
        step = 1
        while len(todo):  # the rest: the next _WINDOW slots of each at once, so one round ends nearly all
            window = self._slots.take((slot[todo, None] + (step + _STEPS)) & self._mask, axis=0)
            match = window[:, :, 0] == keys[todo, None]
            ends = match | (window[:, :, 0] == 0)  # the key, or an empty slot: it is not in the table
            first = ends.argmax(axis=1)
            rows = np.arange(len(todo))
            done = ends[rows, first]
            found = done & match[rows, first]
            out[todo[found]] = window[np.flatnonzero(found), first[found], 1]
            todo = todo[~done]
            step += _WINDOW
        return out

    def add(self, keys: np.ndarray, values: np.ndarray) -> None:
        """Put ``keys`` (distinct, non-zero, none in the table yet) with their ``values``."""
        keys = np.ascontiguousarray(keys, dtype=np.int64)
        with _lock:
            if 2 * (self._size + len(keys)) > len(self._slots):
                self._resize(2 * (self._size + len(keys)))  # room to grow: a resize puts every key back
            self._place(keys, np.asarray(values, dtype=np.int64))

    def _place(self, keys: np.ndarray, values: np.ndarray) -> None:
        slot = self._slot(np.ascontiguousarray(keys))
        pending = np.arange(len(keys))
        while len(pending):  # one round per probe length, all keys of a round at once
            free = self._slots[slot[pending], 0] == 0
            _, first = np.unique(slot[pending[free]], return_index=True)  # one key per free slot
            placed = pending[free][first]
            self._slots[slot[placed], 0] = keys[placed]
            self._slots[slot[placed], 1] = values[placed]
            left = np.ones(len(pending), dtype=bool)
            left[np.flatnonzero(free)[first]] = False
            pending = pending[left]
            slot[pending] = (slot[pending] + 1) & self._mask
        self._size += len(keys)
