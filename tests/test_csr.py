"""``verifier.csr``: the numpy CSR rows of the batch path lay out, stack and multiply as scipy.sparse does."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

from verifier.csr import Rows, dot, hstack, vstack


def _random(rows: int, width: int, density: float, seed: int) -> sp.csr_matrix:
    """A CSR matrix with some empty rows, its columns ascending within each row."""
    rng = np.random.default_rng(seed)
    x = sp.random(rows, width, density=density, format="csr", random_state=rng) * 10.0
    x = sp.vstack([x[:3], sp.csr_matrix((2, width)), x[3:]], format="csr")
    x.sort_indices()
    return x


def _rows(x: sp.csr_matrix) -> Rows:
    return Rows(x.data.copy(), x.indices.astype(np.int32), x.indptr.astype(np.int64), x.shape)


def _same(mine: Rows, theirs: sp.csr_matrix) -> None:
    assert mine.shape == theirs.shape
    assert np.array_equal(mine.indptr, theirs.indptr)
    assert np.array_equal(mine.indices, theirs.indices)
    assert np.array_equal(mine.data, theirs.data)


@pytest.mark.parametrize("density", [0.0, 0.05, 0.6])
def test_hstack_lays_the_blocks_out_as_scipy_does(density):
    blocks = [_random(40, width, density, seed) for seed, width in enumerate((7, 1, 30, 3))]
    _same(hstack([_rows(b) for b in blocks]), sp.hstack(blocks, format="csr"))


def test_vstack_and_rows_of_cells():
    x = _random(25, 9, 0.3, 1)
    _same(vstack([_rows(x[:10]), _rows(x[10:11]), _rows(x[11:])], 9), x)
    assert vstack([], 9).shape == (0, 9)
    cells, counts = np.array([2, 9, 20, 21]), np.array([1, 2, 3, 4])  # (row × 9 + column)
    want = np.zeros((4, 9))
    want[0, 2], want[1, 0], want[2, 2], want[2, 3] = 1, 2, 3, 4
    assert np.array_equal(Rows.of_cells(cells, counts, 4, 9).toarray(), want)


def test_a_row_is_scipys_row():
    x = _random(20, 50, 0.2, 2)
    mine = _rows(x)
    assert len(mine) == x.shape[0] == 22 and mine.dtype == np.float64
    for i in range(x.shape[0]):
        assert np.array_equal(mine[i].indices, x[i].indices) and np.array_equal(mine[i].data, x[i].data)
    assert np.array_equal(mine.toarray(), x.toarray())


@pytest.mark.parametrize("density", [0.0, 0.02, 0.5])
def test_dot_is_scipys_product(density):
    x = _random(60, 300, density, 3)
    coef = np.random.default_rng(4).normal(size=(3, 300))
    want = np.asarray(x @ np.ascontiguousarray(coef.T))
    assert np.allclose(dot(_rows(x), coef), want, rtol=0, atol=1e-12)
    assert dot(_rows(x[:0]), coef).shape == (0, 3)
