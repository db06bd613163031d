"""Tests for verifier.keytable: every key put is found with its value, nothing else is."""

from __future__ import annotations

import numpy as np

from verifier.keytable import KeyTable


def _keys(rng: np.random.Generator, size: int) -> np.ndarray:
    keys = np.unique(rng.integers(1, 1 << 62, size=size, dtype=np.int64))
    return np.unique(np.concatenate([keys, np.arange(1, 300, dtype=np.int64)]))  # neighbours: long probes


def test_keys_added_at_once_or_bit_by_bit_are_found_with_their_values() -> None:
    rng = np.random.default_rng(3)
    keys = _keys(rng, 5000)
    values = rng.integers(-(1 << 62), 1 << 62, size=len(keys), dtype=np.int64)
    absent = np.setdiff1d(rng.integers(1, 1 << 62, size=5000, dtype=np.int64), keys)
    grown = KeyTable()
    for part in np.array_split(rng.permutation(len(keys)), 37):  # the table grows many times
        grown.add(keys[part], values[part])
    expected = dict(zip(keys.tolist(), values.tolist(), strict=True))
    for table in (KeyTable(keys, values), grown):
        assert len(table) == len(keys)
        asked = rng.permutation(np.concatenate([keys, absent, keys[:100]]))
        assert table.get(asked, -7).tolist() == [expected.get(k, -7) for k in asked.tolist()]
        assert table.get(np.zeros(0, dtype=np.int64), -1).tolist() == []
    assert KeyTable().get(keys[:5], 0).tolist() == [0] * 5


def test_keys_sharing_one_slot_are_found_past_many_probes() -> None:
    # 40 keys that hash to the same slot of a 40-key table, and absent keys that hash there too: probe
    # runs longer than the window looked at in one round.
    rng = np.random.default_rng(5)
    candidates = rng.integers(1, 1 << 62, size=400_000, dtype=np.int64)
    shift = np.uint64(64 - (2 * 40).bit_length())
    slot = (candidates.view(np.uint64) * np.uint64(0x9E3779B97F4A7C15)) >> shift
    same = np.unique(candidates[slot == np.bincount(slot.astype(np.int64)).argmax()])
    assert len(same) > 60
    keys, absent = same[:40], same[40:]
    table = KeyTable(keys, keys * 3)
    asked = rng.permutation(np.concatenate([keys, absent]))
    assert table.get(asked, -1).tolist() == [k * 3 if k in set(keys.tolist()) else -1 for k in asked.tolist()]
