"""The classifier's logits for one message straight from the fitted pipeline's vocabularies, idf and
weights: no sparse matrices, no scikit-learn call per message.

The trained ``Pipeline`` stays what is trained, saved and explained; :class:`LinearScorer` only reads
its fitted numbers once, then for each record counts its features with the pipeline's own analyzers,
applies sublinear tf, idf and the l2 norm in the same float64 steps as scikit-learn, and takes the dot
product with the logistic regression's weights. Its logits equal ``decision_function`` to 1e-9
(``tests/test_linear.py``), and the feature row it returns is the pipeline's row, so explanations work
on it unchanged.

:class:`FastTfidf` is the batch side: a fitted TF-IDF block's transform for many records at once, the
identical matrix computed with numpy (``TrainedModel.transform``).
"""

from __future__ import annotations

import math
import weakref
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import Any, NamedTuple

import numpy as np
import scipy.sparse as sp


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
    """Character n-gram counts with numpy (see :class:`FastTfidf`), or None when the
    vectorizer is not a character one that it models."""
    fast = FastTfidf.of(t)
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


#: Messages per slice in the character n-gram counting of :class:`FastTfidf`.
_CHAR_SLICE = 256


class FastTfidf:
    """A fitted ``TfidfVectorizer``'s ``transform``, giving the identical matrix without its per-call
    validation and per-n-gram Python loop.

    Character n-grams of the whole batch are counted with numpy: each n-gram (n ≤ 3) becomes one int64
    key (21 bits per code point, plus one so no key is 0) looked up in the sorted keys of the vocabulary.
    Other analyzers (jieba words) are counted with ``Counter``. Then the same float64 steps as
    scikit-learn: sublinear tf, idf and its own in-place row normalisation.
    """

    def __init__(self, vec: Any) -> None:
        self.vec = vec
        self.vocabulary = vec.vocabulary_
        self.char = vec.analyzer == "char"
        if self.char:
            self.preprocess = vec.build_preprocessor()
            items = sorted((_gram_key(g), j) for g, j in self.vocabulary.items())
            self.keys = np.array([k for k, _ in items], dtype=np.int64)
            self.cols = np.array([j for _, j in items], dtype=np.int32)
        else:
            self.analyze = vec.build_analyzer()

    @classmethod
    def of(cls, t: Any) -> FastTfidf | None:
        """The fast transform for ``t``, or None where it would not be identical (then use ``t``)."""
        from sklearn.feature_extraction.text import TfidfVectorizer

        if type(t) is not TfidfVectorizer or t.binary or t.norm not in (None, "l2"):
            return None
        if t.input != "content" or np.dtype(t.dtype) != np.float64 or not hasattr(t, "vocabulary_"):
            return None
        if t.analyzer == "char" and t.ngram_range[1] > 3:  # keys would not fit in 63 bits
            return None
        if isinstance(t.analyzer, str) and t.analyzer != "char":
            return None  # word analyzers with stop words, token patterns …: left to scikit-learn
        built = _BUILT.get(t)
        if built is None:  # sorting the vocabulary's keys takes a noticeable part of a second: once
            built = _BUILT[t] = cls(t)
        return built

    def transform(self, records: Sequence[Any]) -> Any:
        counts = self._char_counts(records) if self.char else self._counts(records)
        if self.vec.sublinear_tf:
            np.log(counts.data, counts.data)
            counts.data += 1.0
        if self.vec.use_idf:
            counts.data *= self.vec.idf_[counts.indices]
        if self.vec.norm == "l2":
            from sklearn.utils.sparsefuncs_fast import inplace_csr_row_normalize_l2

            inplace_csr_row_normalize_l2(counts)
        return counts

    def _counts(self, records: Sequence[Any]) -> Any:
        get = self.vocabulary.get
        indices: list[int] = []
        data: list[int] = []
        indptr = [0]
        for doc in records:
            counter = Counter(map(get, self.analyze(doc)))
            counter.pop(None, None)  # out of vocabulary
            cols = sorted(counter)
            indices += cols
            data += map(counter.__getitem__, cols)
            indptr.append(len(indices))
        return sp.csr_matrix(
            (np.array(data, dtype=np.float64), np.array(indices, dtype=np.int32), np.array(indptr)),
            shape=(len(records), len(self.vocabulary)),
        )

    def _char_counts(self, records: Sequence[Any]) -> Any:
        vec = self.vec
        texts = [vec._white_spaces.sub(" ", self.preprocess(vec.decode(doc))) for doc in records]
        width = len(self.vocabulary)
        if not texts:
            return sp.csr_matrix((0, width), dtype=np.float64)
        # Slices keep the int64 work arrays (several per character) to a few MB whatever the chunk size.
        columns, counts, per_row = [], [], [np.zeros(1, dtype=np.int64)]
        for start in range(0, len(texts), _CHAR_SLICE):
            part = texts[start : start + _CHAR_SLICE]
            cells, count = self._cells(part)
            row = cells // width
            columns.append((cells - row * width).astype(np.int32))
            counts.append(count.astype(np.float64))
            per_row.append(np.bincount(row, minlength=len(part)))
        indptr = np.cumsum(np.concatenate(per_row))
        return sp.csr_matrix(
            (np.concatenate(counts), np.concatenate(columns), indptr), shape=(len(texts), width)
        )

    def _cells(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Each (row × vocabulary width + column) that occurs in ``texts``, ascending, with its count."""
        lens = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
        joined = "".join(texts).encode("utf-32-le", "surrogatepass")
        code = np.frombuffer(joined, dtype=np.uint32).astype(np.int64) + 1
        row = np.repeat(np.arange(len(texts)), lens)
        end = np.repeat(np.cumsum(lens), lens)  # where the message holding each position ends
        pos = np.arange(len(code))
        key = np.zeros(len(code), dtype=np.int64)
        keys, rows = [], []
        low, high = self.vec.ngram_range
        for n in range(1, high + 1):
            # key[i]: the n-gram starting at i; positions whose n-gram leaves the message are dropped
            key[: len(code) - n + 1] = (key[: len(code) - n + 1] << 21) | code[n - 1 :]
            if n >= low:
                inside = pos + n <= end
                keys.append(key[inside])
                rows.append(row[inside])
        grams = np.concatenate(keys)
        at = np.minimum(np.searchsorted(self.keys, grams), len(self.keys) - 1)
        known = self.keys[at] == grams
        # Sorted (row, column) cells, so each row's columns ascend as scikit-learn's do.
        return np.unique(
            np.concatenate(rows)[known] * len(self.vocabulary) + self.cols[at[known]], return_counts=True
        )


# One FastTfidf per fitted vectorizer, shared by the batch and single-message paths.
_BUILT: weakref.WeakKeyDictionary[Any, FastTfidf] = weakref.WeakKeyDictionary()


def _gram_key(gram: str) -> int:
    key = 0
    for ch in gram:
        key = (key << 21) | (ord(ch) + 1)
    return key
