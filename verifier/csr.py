"""Feature rows as compressed sparse rows (CSR) in numpy alone: what the classifier's batch path needs of a
``scipy.sparse.csr_matrix``, without importing scipy.

Batch workers score in lean processes: ``import scipy.sparse`` alone adds about 21 MB to each one's RSS.
:class:`Rows` holds the same three arrays as a CSR matrix (``data``, ``indices``, ``indptr``), and the
few operations :mod:`verifier.linear` does on them are here: building a block's rows from counted cells
(:meth:`Rows.of_cells`), stacking row slices (:func:`vstack`) and feature blocks (:func:`hstack`, the
layout of scipy's ``hstack(format="csr")``), and the product with the weights (:func:`dot`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np


class Row(NamedTuple):
    """One message's feature row, as the ``indices``/``data`` of a one-row CSR matrix."""

    indices: np.ndarray
    data: np.ndarray


@dataclass(frozen=True, slots=True)
class Rows:
    """A CSR matrix: row ``i`` has the values ``data[indptr[i]:indptr[i + 1]]`` (float64) in the columns
    ``indices[indptr[i]:indptr[i + 1]]`` (int32, ascending within a row), as in scipy's ``csr_matrix``.
    The arrays are the matrix's own: :mod:`verifier.linear` rescales ``data`` in place."""

    data: np.ndarray
    indices: np.ndarray
    indptr: np.ndarray
    shape: tuple[int, int]

    @classmethod
    def of_cells(cls, cells: np.ndarray, counts: np.ndarray, rows: int, width: int) -> Rows:
        """The matrix whose cells ``row * width + column`` (ascending, each once) hold ``counts``."""
        row = cells // width
        return cls(
            counts.astype(np.float64),
            (cells - row * width).astype(np.int32),
            _indptr(np.bincount(row, minlength=rows)),
            (rows, width),
        )

    @property
    def dtype(self) -> np.dtype:
        return self.data.dtype

    def __len__(self) -> int:
        return self.shape[0]

    def __getitem__(self, i: int) -> Row:
        """Row ``i`` (what an explanation reads: ``x[i].indices``, ``x[i].data``, as of scipy's ``x[i]``)."""
        lo, hi = self.indptr[i], self.indptr[i + 1]
        return Row(self.indices[lo:hi], self.data[lo:hi])

    def toarray(self) -> np.ndarray:
        """The dense matrix (for tests and small inspections)."""
        out = np.zeros(self.shape, dtype=self.data.dtype)
        np.add.at(out, (np.repeat(np.arange(self.shape[0]), np.diff(self.indptr)), self.indices), self.data)
        return out


def vstack(parts: Sequence[Rows], width: int) -> Rows:
    """The rows of ``parts`` one after the other (all ``width`` columns wide)."""
    if not parts:
        return Rows(np.zeros(0), np.zeros(0, dtype=np.int32), np.zeros(1, dtype=np.int64), (0, width))
    lengths = np.concatenate([np.diff(p.indptr) for p in parts])
    return Rows(
        np.concatenate([p.data for p in parts]),
        np.concatenate([p.indices for p in parts]),
        _indptr(lengths),
        (len(lengths), width),
    )


def hstack(blocks: Sequence[Rows]) -> Rows:
    """The blocks side by side, as scipy's ``hstack(blocks, format="csr")`` lays them out: each row holds
    the first block's values, then the second's (its columns shifted by the first's width), and so on."""
    rows = blocks[0].shape[0]
    lengths = np.stack([np.diff(b.indptr) for b in blocks])  # (block, row)
    indptr = _indptr(lengths.sum(axis=0))
    ahead = np.cumsum(lengths, axis=0) - lengths  # values of the earlier blocks in each row
    data = np.empty(int(indptr[-1]), dtype=np.float64)
    indices = np.empty(int(indptr[-1]), dtype=np.int32)
    offset = 0
    for block, before, length in zip(blocks, ahead, lengths, strict=True):
        # where each value goes: its row's start, past the earlier blocks' values, at its place in the row
        at = np.repeat(indptr[:-1] + before - block.indptr[:-1], length)
        at += np.arange(len(block.data))
        data[at] = block.data
        indices[at] = block.indices + offset
        offset += block.shape[1]
    return Rows(data, indices, indptr, (rows, offset))


def dot(x: Rows, coef: np.ndarray) -> np.ndarray:
    """``x @ coef.T`` (rows × classes).

    Each row's products with the weights are added by ``np.add.reduceat``, which sums in numpy's pairwise
    order: the logits equal scipy's (which adds one by one) to a few units in the last place, well within
    the 1e-9 they are held to. Adding one by one in numpy (``np.bincount`` per class) would give scipy's
    bits but took 5 times as long (23 ms against 4 ms for scipy on 4,000 messages, 1M values).
    """
    out = np.zeros((x.shape[0], len(coef)), dtype=np.float64)
    filled = np.flatnonzero(np.diff(x.indptr))  # rows with values (reduceat cannot give an empty sum)
    if len(filled):
        columns, starts = x.indices.astype(np.intp), x.indptr[filled]
        for c, weights in enumerate(coef):
            out[filled, c] = np.add.reduceat(x.data * weights.take(columns), starts)
    return out


def _indptr(lengths: np.ndarray) -> np.ndarray:
    """Row starts (and the end) from row lengths."""
    indptr = np.zeros(len(lengths) + 1, dtype=np.int64)
    np.cumsum(lengths, out=indptr[1:])
    return indptr
