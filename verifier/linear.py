"""The classifier's logits for one message straight from the fitted pipeline's vocabularies, idf and
weights: no sparse matrices, no scikit-learn call per message.

The trained ``Pipeline`` stays what is trained, saved and explained; :class:`LinearScorer` only reads
its fitted numbers once, then for each record counts its features with the pipeline's own analyzers,
applies sublinear tf, idf and the l2 norm in the same float64 steps as scikit-learn, and takes the dot
product with the logistic regression's weights. Its logits equal ``decision_function`` to 1e-9
(``tests/test_linear.py``), and the feature row it returns is the pipeline's row, so explanations work
on it unchanged.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import Any, NamedTuple

import numpy as np


class Row(NamedTuple):
    """One message's feature row, as the ``indices``/``data`` of a one-row CSR matrix."""

    indices: np.ndarray
    data: np.ndarray


class _Block(NamedTuple):
    counts: Callable[[Mapping[str, Any]], tuple[np.ndarray, np.ndarray]]  # record → ascending columns, counts
    tfidf: Any  # the fitted TfidfVectorizer, or None for 0/1 flag columns
    offset: int  # where the block's columns start in the union


class LinearScorer:
    """Logits of a fitted ``Pipeline(FeatureUnion(blocks), LogisticRegression)`` for one record.

    Build with :meth:`of`, which returns None for a pipeline this does not model (then use the pipeline).
    """

    def __init__(self, blocks: Sequence[_Block], coef: np.ndarray, intercept: np.ndarray) -> None:
        self.blocks = tuple(blocks)
        self.coef = np.ascontiguousarray(coef, dtype=np.float64)
        self.intercept = np.asarray(intercept, dtype=np.float64)

    @classmethod
    def of(cls, pipeline: Any) -> LinearScorer | None:
        """The scorer of ``pipeline``, or None if a step is one whose numbers it would not reproduce."""
        from sklearn.linear_model import LogisticRegression

        from verifier.features import _RecordTransformer

        union, clf = pipeline.named_steps.get("features"), pipeline.named_steps.get("clf")
        if union is None or type(clf) is not LogisticRegression or union.transformer_weights:
            return None
        blocks, offset = [], 0
        for _, t in union.transformer_list:
            if t in ("drop", "passthrough"):
                return None
            if isinstance(t, _RecordTransformer):
                blocks.append(_Block(_flag_counter(t), None, offset))
            elif _plain_tfidf(t):
                blocks.append(_Block(_char_counter(t) or _term_counter(t), t, offset))
            else:
                return None
            offset += len(t.vocabulary_)
        if offset != clf.coef_.shape[1]:
            return None
        return cls(blocks, clf.coef_, clf.intercept_)

    def row(self, record: Mapping[str, Any]) -> Row:
        """The record's feature row: what ``pipeline["features"].transform([record])`` holds."""
        indices: list[np.ndarray] = []
        data: list[np.ndarray] = []
        for block in self.blocks:
            cols, counts = block.counts(record)
            indices.append(cols + block.offset)
            data.append(counts if block.tfidf is None else _tfidf(block.tfidf, cols, counts))
        return Row(np.concatenate(indices).astype(np.int32), np.concatenate(data))

    def logits(self, row: Row) -> np.ndarray:
        """The logistic regression's decision function for one row, one value per class."""
        return self.coef[:, row.indices] @ row.data + self.intercept


def _flag_counter(t: Any) -> Callable[[Mapping[str, Any]], tuple[np.ndarray, np.ndarray]]:
    """0/1 columns of a record transformer: one per distinct flag in its vocabulary."""
    flags, get = t._flags, t.vocabulary_.get

    def counts(record: Mapping[str, Any]) -> tuple[np.ndarray, np.ndarray]:
        cols = sorted({j for j in map(get, flags([record])[0]) if j is not None})
        return np.array(cols, dtype=np.int64), np.ones(len(cols), dtype=np.float64)

    return counts


def _term_counter(t: Any) -> Callable[[Mapping[str, Any]], tuple[np.ndarray, np.ndarray]]:
    """Term counts of a vectorizer with the vectorizer's own analyzer (jieba words and bigrams)."""
    analyze, get = t.build_analyzer(), t.vocabulary_.get

    def counts(record: Mapping[str, Any]) -> tuple[np.ndarray, np.ndarray]:
        found = Counter(map(get, analyze(record)))
        found.pop(None, None)  # out of vocabulary
        cols = sorted(found)
        return np.array(cols, dtype=np.int64), np.array([found[j] for j in cols], dtype=np.float64)

    return counts


def _char_counter(t: Any) -> Callable[[Mapping[str, Any]], tuple[np.ndarray, np.ndarray]] | None:
    """Character n-gram counts with numpy (see :class:`verifier.model._FastTfidf`), or None when the
    vectorizer is not a character one that it models."""
    from verifier.model import _FastTfidf

    fast = _FastTfidf.of(t)
    if fast is None or not fast.char:
        return None
    vec, width = fast.vec, len(fast.vocabulary)

    def counts(record: Mapping[str, Any]) -> tuple[np.ndarray, np.ndarray]:
        text = vec._white_spaces.sub(" ", fast.preprocess(vec.decode(record)))
        if not text:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64)
        cells, found = fast._cells([text])  # one row: each cell is its column
        return cells % width, found.astype(np.float64)

    return counts


def _plain_tfidf(t: Any) -> bool:
    """A fitted TfidfVectorizer whose transform is counts → sublinear tf → idf → l2 (or no norm)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    return (
        type(t) is TfidfVectorizer
        and hasattr(t, "vocabulary_")
        and not t.binary
        and t.norm in (None, "l2")
        and t.input == "content"
        and np.dtype(t.dtype) == np.float64
    )


def _tfidf(vec: Any, cols: np.ndarray, tf: np.ndarray) -> np.ndarray:
    """scikit-learn's TfidfTransformer on one row of counts, step for step in float64."""
    if vec.sublinear_tf:
        np.log(tf, tf)
        tf += 1.0
    if vec.use_idf:
        tf *= vec.idf_[cols]
    if vec.norm == "l2":
        total = float(tf @ tf)
        if total:
            tf /= math.sqrt(total)
    return tf
