"""The classifier's logits from its fitted numbers alone: no scikit-learn, no pickle, no scipy.

:class:`LinearScorer` holds what scoring and explanations need of the fitted
``Pipeline(FeatureUnion(blocks), LogisticRegression)``: the classes and calibration temperature, the
weights and intercepts, and per feature block its kind, column offset, idf, sublinear tf and norm, with the
block's vocabulary (character n-grams as sorted int64 keys, see below; words as a string array in column
order; entity and rule flags by name). It is built from a fitted pipeline (:meth:`LinearScorer.of`, which
imports scikit-learn) or read from ``model/scorer.npz`` (:meth:`LinearScorer.load`), which
``numpy.load(allow_pickle=False)`` reads as plain arrays: loading it runs no code, unlike unpickling the
pipeline, and needs neither scikit-learn nor scipy.

For each record it counts the block's features with the pipeline's own preprocessor and analyzer
(:func:`verifier.records.record_chars`, :func:`verifier.records.record_words`), applies sublinear tf, idf
and the l2 norm in the same float64 steps as scikit-learn, and takes the dot product with the weights:

- one message (:meth:`LinearScorer.row`, :meth:`LinearScorer.logits`; ``check``): numpy only. Its logits
  equal the pipeline's ``decision_function`` to 1e-9 and its row is the pipeline's feature row
  (``tests/test_linear.py``), so explanations work on it unchanged;
- many messages (:meth:`LinearScorer.transform`, :meth:`LinearScorer.logits_many`; ``check_many`` and the
  batch engines): the pipeline's feature matrix bit for bit, as the arrays of a CSR matrix in numpy
  (:class:`verifier.csr.Rows`: batch workers stay lean without scipy.sparse, about 21 MB each), and the
  logits scikit-learn's ``x @ coef.T`` gives, to about 1e-15 (summed in numpy's order, not scipy's);
  :meth:`LinearScorer.logits_of` gives them without stacking the blocks (``check_many`` reads no row).

Character n-grams of a batch are counted with numpy: each n-gram (n ≤ 3) becomes one int64 key (21 bits per
code point, plus one so no key is 0) looked up in the sorted keys of the vocabulary; only the few columns an
explanation shows are decoded back to text (:meth:`LinearScorer.feature_name`).
"""

from __future__ import annotations

import itertools
import math
import re
import zipfile
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from verifier.arraycut import Spans, cut_spans, together
from verifier.csr import Row, Rows, dot, hstack, vstack
from verifier.keytable import KeyTable
from verifier.records import _mask_word, record_chars, record_words
from verifier.tokenize import piece_words, pieces

#: Version of the ``scorer.npz`` layout; :meth:`LinearScorer.load` refuses any other.
FORMAT = 1
#: scikit-learn's ``_VectorizerMixin._white_spaces``: runs of whitespace become one space before the
#: character n-grams are taken.
_WHITE_SPACES = re.compile(r"\s\s+")
#: Bits per code point in a character n-gram key; n ≤ 3 keeps a key within 63 bits.
_BITS = 21
#: Distinct words (as jieba cut them) whose column a word block remembers before starting over.
_WORDS_REMEMBERED = 1 << 16
#: Distinct pieces of text (:func:`verifier.tokenize.pieces`) whose words' columns a word block remembers
#: before starting over: as many as the tokeniser remembers cuts.
_PIECES_REMEMBERED = 1 << 14
#: Joins the texts of a batch into one to cut: not whitespace, not a letter or digit (so it is a word of
#: its own between the texts' words), and never a column (a numpy string array cannot hold it as a term),
#: so a word pair across it is no bigram. A batch where some text holds it is cut text by text.
_SEPARATOR = "\x00"
#: The column the separator's word is given: a negative one, as for a word that is no column.
_SEPARATOR_ID = -2
#: What a word's key not yet in the table reads as (no column is this).
_UNSEEN = -3
#: Messages per slice in the character n-gram counting of a batch.
_CHAR_SLICE = 256
_KINDS = ("char", "word", "flags")
#: Which record field a flag block reads, and the prefix its column names carry.
_FLAG_FIELDS = {"TextEntities": ("entities", "has="), "RuleHits": ("rules", "")}


class Unsupported(ValueError):
    """A pipeline whose numbers :class:`LinearScorer` would not reproduce (then use the pipeline)."""


class Block:
    """One feature block of the union: ``kind`` "char" (character n-gram TF-IDF), "word" (word TF-IDF with
    :func:`~verifier.records.record_words`) or "flags" (0/1 columns named by a record field's values)."""

    def __init__(
        self,
        name: str,
        kind: str,
        offset: int,
        width: int,
        *,
        idf: np.ndarray | None = None,
        sublinear_tf: bool = False,
        norm: str | None = None,
        ngram_range: tuple[int, int] = (1, 1),
        keys: np.ndarray | None = None,
        cols: np.ndarray | None = None,
        terms: np.ndarray | None = None,
        field: str = "",
        prefix: str = "",
    ) -> None:
        self.name, self.kind, self.offset, self.width = name, kind, offset, width
        self.idf = idf
        self.sublinear_tf, self.norm, self.ngram_range = sublinear_tf, norm, ngram_range
        self.keys, self.cols = keys, cols  # char: sorted n-gram keys and the column of each
        self.terms = terms  # word: the term of each column; flags: the flag of each column
        self.field, self.prefix = field, prefix  # flags: the record field read and the columns' prefix
        self._index: dict[str, int] | None = None
        self._key_of: np.ndarray | None = None
        self._table: GramTable | None = None  # char: the keys in a hash table, built on first use
        self._bigrams: tuple[np.ndarray, np.ndarray] | bool | None = False  # False: not built yet
        self._pieces: _Remembered | None = None  # word: a piece of text → its words' columns
        self._words: _Remembered | None = None  # word: a word as jieba cut it → its column, -1 if none
        self._word_keys: KeyTable | None = None  # word: the same for short words, by key

    @property
    def index(self) -> dict[str, int]:
        """term → column (word and flag blocks), built on first use."""
        if self._index is None:
            assert self.terms is not None
            self._index = {t: j for j, t in enumerate(self.terms.tolist())}
        return self._index

    def term(self, col: int) -> str:
        """The vocabulary entry of the block's column ``col`` (0-based within the block)."""
        if self.kind != "char":
            assert self.terms is not None
            return str(self.terms[col])
        if self._key_of is None:
            assert self.keys is not None and self.cols is not None
            key_of = np.zeros(self.width, dtype=np.int64)
            key_of[self.cols] = self.keys
            self._key_of = key_of
        return _key_gram(int(self._key_of[col]))

    # ------------------------------------------------------------------------------------- one record

    def counts(self, record: Mapping[str, Any]) -> tuple[np.ndarray, np.ndarray]:
        """The record's ascending columns in this block and their counts (float64)."""
        if self.kind == "flags":
            get = self.index.get
            flags = (self.prefix + str(f) for f in record.get(self.field, ()))
            cols = sorted({j for j in map(get, flags) if j is not None})
            return np.array(cols, dtype=np.int64), np.ones(len(cols), dtype=np.float64)
        if self.kind == "word":
            cells = self._word_cells([record])
            if cells is not None:  # one row: each cell is its column
                return cells[0], cells[1].astype(np.float64)
            found = Counter(map(self.index.get, record_words(record)))
            found.pop(None, None)  # out of vocabulary
            cols = sorted(found)
            return np.array(cols, dtype=np.int64), np.array([found[j] for j in cols], dtype=np.float64)
        text = _WHITE_SPACES.sub(" ", record_chars(record))
        if not text:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64)
        cells, found = self._cells([text])  # one row: each cell is its column
        return cells % self.width, found.astype(np.float64)

    def tfidf(self, cols: np.ndarray, tf: np.ndarray) -> np.ndarray:
        """scikit-learn's TfidfTransformer on one row of counts, step for step in float64."""
        if self.sublinear_tf:
            np.log(tf, tf)
            tf += 1.0
        if self.idf is not None:
            tf *= self.idf[cols]
        if self.norm == "l2":
            total = float(tf @ tf)
            if total:
                tf /= math.sqrt(total)
        return tf

    # ---------------------------------------------------------------------------------------- a batch

    def transform(self, records: Sequence[Mapping[str, Any]]) -> Rows:
        """The block's CSR matrix for ``records``: what the fitted transformer's ``transform`` gives."""
        if self.kind == "flags":
            return self._flag_rows(records)
        counts = self._char_counts(records) if self.kind == "char" else self._word_counts(records)
        data = counts.data  # the counts become the values in place, in scikit-learn's steps
        if self.sublinear_tf:
            np.log(data, data)
            data += 1.0
        if self.idf is not None:
            data *= self.idf[counts.indices]
        if self.norm == "l2":
            _normalize_rows_l2(data, counts.indptr)
        return counts

    def _flag_rows(self, records: Sequence[Mapping[str, Any]]) -> Rows:
        """As :meth:`verifier.features._RecordTransformer.transform` builds it: a 1 per flag with a
        column, built the way scipy turns (row, column) pairs into CSR (columns sorted, a repeated flag
        summed)."""
        get, width = self.index.get, self.width
        cells = []
        for i, record in enumerate(records):
            for flag in record.get(self.field, ()):
                j = get(self.prefix + str(flag))
                if j is not None:
                    cells.append(i * width + j)
        return Rows.of_cells(*_counted(np.array(cells, dtype=np.int64)), len(records), width)

    def _word_counts(self, records: Sequence[Mapping[str, Any]]) -> Rows:
        cells = self._word_cells(records)
        if cells is not None:
            return Rows.of_cells(*cells, len(records), self.width)
        get = self.index.get
        indices: list[int] = []
        data: list[int] = []
        indptr = [0]
        for record in records:
            counter = Counter(map(get, record_words(record)))
            counter.pop(None, None)  # out of vocabulary
            cols = sorted(counter)
            indices += cols
            data += map(counter.__getitem__, cols)
            indptr.append(len(indices))
        return Rows(
            np.array(data, dtype=np.float64),
            np.array(indices, dtype=np.int32),
            np.array(indptr, dtype=np.int64),
            (len(records), self.width),
        )

    def _word_cells(self, records: Sequence[Mapping[str, Any]]) -> tuple[np.ndarray, np.ndarray] | None:
        """Each (row × block width + column) of the word n-grams in ``records``, ascending, with its count:
        the counts of :func:`~verifier.records.record_words` looked up in the vocabulary, found without
        building the n-gram strings. None when the vocabulary has a bigram whose words are not both
        columns themselves (then the strings are built and looked up).

        A piece of text (:func:`~verifier.tokenize.pieces`) becomes the columns of its words once
        (remembered per distinct piece, -1 for a word that is no column), so a message costs a few
        dictionary reads, not one per word; a bigram is the pair of its two words' columns, found among
        the vocabulary's pairs with one sorted search for the whole batch. Under ``min_df`` every word of a
        kept bigram is kept too, so no bigram is lost.
        """
        pairs = self._bigram_pairs()
        if pairs is None:
            return None
        width = self.width
        ids, rows = self._word_ids(records)
        # bigrams: neighbours in one message, both words in the vocabulary, the pair one of its bigrams
        both = (rows[:-1] == rows[1:]) & (ids[:-1] >= 0) & (ids[1:] >= 0)
        pair = ids[:-1][both] * width + ids[1:][both]
        keys, columns = pairs
        at = np.minimum(np.searchsorted(keys, pair), max(len(keys) - 1, 0))
        hit = keys[at] == pair if len(keys) else np.zeros(len(pair), dtype=bool)
        uni = ids >= 0
        cells = np.concatenate(
            [rows[uni] * width + ids[uni], rows[:-1][both][hit] * width + columns[at[hit]]]
        )
        return _counted(cells)

    def _word_ids(self, records: Sequence[Mapping[str, Any]]) -> tuple[np.ndarray, np.ndarray]:
        """The column of every word of ``records`` in order (-1: not a column; a row boundary may hold
        :data:`_SEPARATOR_ID`) and the row of each."""
        if self._pieces is None:
            self._pieces = _Remembered(self._piece_columns, _PIECES_REMEMBERED)
        column_of = self._pieces.__getitem__
        chain = itertools.chain.from_iterable
        texts = [record["text"] for record in records]
        joined = _joined(texts)
        if joined is not None:  # the batch cut as one text: one call, not one each
            split = pieces(joined)
            self._learn(split)
            ids = np.fromiter(chain(map(column_of, split)), dtype=np.int64)
            return ids, np.cumsum(ids == _SEPARATOR_ID)
        each = [pieces(text) for text in texts]
        self._learn(list(chain(each)))
        per = [list(chain(map(column_of, split))) for split in each]
        lens = np.fromiter(map(len, per), dtype=np.int64, count=len(per))
        ids = np.fromiter(chain(per), dtype=np.int64, count=int(lens.sum()))
        return ids, np.repeat(np.arange(len(per), dtype=np.int64), lens)

    def _learn(self, split: list[str]) -> None:
        """Remember the columns of the words of the pieces not seen yet; those a batch brings in numbers
        are cut all together (:mod:`verifier.arraycut`, much faster than one by one)."""
        known = self._pieces
        assert known is not None
        # (not set.difference: given a dict subclass, it walks the whole dict)
        new = list(itertools.filterfalse(known.__contains__, set(split)))
        if not new:
            return
        if len(known) + len(new) > known.limit:
            known.clear()
        batch = together(new)
        if batch:
            spans = cut_spans(batch)
            columns, b = self._span_columns(spans).tolist(), spans.bounds
            for j, piece in enumerate(batch):
                known[piece] = tuple(columns[b[j] : b[j + 1]])
        for piece in new:
            if piece not in known:
                known[piece] = self._piece_columns(piece)

    def _span_columns(self, spans: Spans) -> np.ndarray:
        """The column (-1: none) of each word of ``spans``. A word of up to 3 characters is looked up by
        its key (as the cut keys fragments) in a table of the words met so far, so its string is not
        made; the others, and words new to the table, through their strings."""
        if self._word_keys is None or len(self._word_keys) >= _WORDS_REMEMBERED:
            self._word_keys = KeyTable()
        key = spans.keys()
        short = np.flatnonzero(key)
        columns = np.full(len(key), _UNSEEN, dtype=np.int64)
        columns[short] = self._word_keys.get(key[short], _UNSEEN)
        unseen = np.flatnonzero(columns == _UNSEEN)
        if len(unseen):
            slices = map(slice, spans.starts[unseen].tolist(), spans.ends[unseen].tolist())
            found = map(self._word_memory().__getitem__, map(spans.text.__getitem__, slices))
            columns[unseen] = np.fromiter(found, dtype=np.int64, count=len(unseen))
            keyed = unseen[key[unseen] != 0]
            new_keys, first = np.unique(key[keyed], return_index=True)
            self._word_keys.add(new_keys, columns[keyed[first]])
        return columns

    def _piece_columns(self, piece: str) -> tuple[int, ...]:
        """The column of each word of ``piece`` (-1: none)."""
        return tuple(map(self._word_memory().__getitem__, piece_words(piece)))

    def _word_memory(self) -> _Remembered:
        """A word as jieba cut it → its column (-1 if none), remembered."""
        if self._words is None:
            self._words = _Remembered(self._word_column, _WORDS_REMEMBERED)
        return self._words

    def _word_column(self, word: str) -> int:
        return _SEPARATOR_ID if word == _SEPARATOR else self.index.get(_mask_word(word), -1)

    def forget(self) -> None:
        """Drop what was remembered of the texts seen so far (benchmarks time a cold start with it)."""
        self._pieces = self._words = self._word_keys = None

    def _bigram_pairs(self) -> tuple[np.ndarray, np.ndarray] | None:
        """The vocabulary's bigrams as sorted keys (first word's column × width + second's) and their
        columns; None if some bigram's words are not both in the vocabulary."""
        if self._bigrams is False:
            index, width = self.index, self.width
            keys, columns = [], []
            for term, col in index.items():
                first, space, second = term.partition(" ")
                if not space:
                    continue
                a, b = index.get(first), index.get(second)
                if a is None or b is None or " " in second:
                    self._bigrams = None
                    return None
                keys.append(a * width + b)
                columns.append(col)
            order = np.argsort(np.array(keys, dtype=np.int64), kind="stable")
            self._bigrams = (
                np.array(keys, dtype=np.int64)[order],
                np.array(columns, dtype=np.int64)[order],
            )
        return self._bigrams  # type: ignore[return-value]

    def _char_counts(self, records: Sequence[Mapping[str, Any]]) -> Rows:
        texts = _char_texts(records)
        # Slices keep the int64 work arrays (several per character) to a few MB whatever the chunk size.
        slices = (texts[start : start + _CHAR_SLICE] for start in range(0, len(texts), _CHAR_SLICE))
        return vstack(
            [Rows.of_cells(*self._cells(part), len(part), self.width) for part in slices], self.width
        )

    def _cells(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Each (row × block width + column) that occurs in ``texts``, ascending, with its count."""
        assert self.keys is not None and self.cols is not None
        lens = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
        joined = "".join(texts).encode("utf-32-le", "surrogatepass")
        code = np.frombuffer(joined, dtype=np.uint32).astype(np.int64) + 1
        row = np.repeat(np.arange(len(texts)), lens)
        end = np.repeat(np.cumsum(lens), lens)  # where the message holding each position ends
        pos = np.arange(len(code))
        key = np.zeros(len(code), dtype=np.int64)
        keys, rows = [], []
        low, high = self.ngram_range
        for n in range(1, high + 1):
            # key[i]: the n-gram starting at i; positions whose n-gram leaves the message are dropped
            key[: len(code) - n + 1] = (key[: len(code) - n + 1] << _BITS) | code[n - 1 :]
            if n >= low:
                inside = pos + n <= end
                keys.append(key[inside])
                rows.append(row[inside])
        grams = np.concatenate(keys)
        if not len(self.keys):
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        col = self._gram_table().columns(grams)
        known = col >= 0
        # Sorted (row, column) cells, so each row's columns ascend as scikit-learn's do.
        return _counted(np.concatenate(rows)[known] * self.width + col[known])

    def _gram_table(self) -> GramTable:
        if self._table is None:
            assert self.keys is not None and self.cols is not None
            self._table = GramTable(self.keys, self.cols)
        return self._table


class _Remembered(dict):
    """A dict that computes a missing value with ``make`` and keeps it, starting over when it holds
    ``limit`` values (the keys met in a stream of messages are unbounded)."""

    def __init__(self, make: Any, limit: int) -> None:
        super().__init__()
        self.make, self.limit = make, limit

    def __missing__(self, key: Any) -> Any:
        if len(self) >= self.limit:
            self.clear()
        value = self[key] = self.make(key)
        return value


class GramTable(KeyTable):
    """The character n-gram keys of a vocabulary and their columns in a :class:`~verifier.keytable.KeyTable`,
    looked up for a whole batch at once (the largest single cost of counting character n-grams was a
    binary search of the sorted keys)."""

    def columns(self, grams: np.ndarray) -> np.ndarray:
        """The column of each key in ``grams``, -1 where it is not in the vocabulary."""
        return self.get(grams, -1)


class LinearScorer:
    """Logits of a fitted ``Pipeline(FeatureUnion(blocks), LogisticRegression)``, from its numbers alone.

    Build with :meth:`of` (from the pipeline) or :meth:`load` (from ``scorer.npz``); :meth:`save` writes
    that file.
    """

    def __init__(
        self,
        blocks: Sequence[Block],
        coef: np.ndarray,
        intercept: np.ndarray,
        classes: Sequence[str],
        temperature: float | None = None,
    ) -> None:
        self.blocks = tuple(blocks)
        self.coef = np.ascontiguousarray(coef, dtype=np.float64)
        self.intercept = np.asarray(intercept, dtype=np.float64)
        self.classes = tuple(classes)
        self.temperature = temperature
        self._starts = np.array([b.offset for b in self.blocks], dtype=np.int64)

    # ------------------------------------------------------------------------------------- scoring

    def row(self, record: Mapping[str, Any]) -> Row:
        """The record's feature row: what ``pipeline["features"].transform([record])`` holds."""
        indices: list[np.ndarray] = []
        data: list[np.ndarray] = []
        for block in self.blocks:
            cols, counts = block.counts(record)
            indices.append(cols + block.offset)
            data.append(counts if block.kind == "flags" else block.tfidf(cols, counts))
        return Row(np.concatenate(indices).astype(np.int32), np.concatenate(data))

    def logits(self, row: Row) -> np.ndarray:
        """The logistic regression's decision function for one row, one value per class."""
        return self.coef[:, row.indices] @ row.data + self.intercept

    def transform(self, records: Sequence[Mapping[str, Any]]) -> Rows:
        """The pipeline's feature matrix for ``records``, bit for bit: the arrays of its CSR form."""
        return hstack([b.transform(records) for b in self.blocks])

    def forget(self) -> None:
        """Drop what the blocks remembered of the texts seen so far (benchmarks time a cold start)."""
        for block in self.blocks:
            block.forget()

    def logits_many(self, x: Rows) -> np.ndarray:
        """The decision function for the rows of a feature matrix, as scikit-learn computes it."""
        return dot(x, self.coef) + self.intercept

    def logits_of(self, records: Sequence[Mapping[str, Any]]) -> np.ndarray:
        """:meth:`logits_many` of :meth:`transform`, without stacking the blocks into one matrix (for a
        batch whose rows nobody reads): each block's values times its own columns' weights, added."""
        total = np.zeros((len(records), len(self.classes)), dtype=np.float64)
        for b in self.blocks:
            total += dot(b.transform(records), self.coef[:, b.offset : b.offset + b.width])
        return total + self.intercept

    def feature_name(self, col: int) -> str:
        """The union's name of column ``col``: ``char__逾期``, ``word__还款 app``, ``entities__has=card`` …"""
        block = self.blocks[int(np.searchsorted(self._starts, col, side="right")) - 1]
        return f"{block.name}__{block.term(col - block.offset)}"

    # ------------------------------------------------------------------------------------ the pipeline

    @classmethod
    def of(cls, pipeline: Any, temperature: float | None = None) -> LinearScorer | None:
        """The scorer of ``pipeline``, or None if a step is one whose numbers it would not reproduce."""
        try:
            return cls.from_pipeline(pipeline, temperature)
        except Unsupported:
            return None

    @classmethod
    def from_pipeline(cls, pipeline: Any, temperature: float | None = None) -> LinearScorer:
        """The scorer of a fitted pipeline (imports scikit-learn); raises :class:`Unsupported`."""
        from sklearn.linear_model import LogisticRegression

        steps = getattr(pipeline, "steps", None)
        if not steps or [name for name, _ in steps] != ["features", "clf"]:
            raise Unsupported("not a Pipeline of 'features' and 'clf'")
        union, clf = pipeline.named_steps["features"], pipeline.named_steps["clf"]
        if type(clf) is not LogisticRegression or not hasattr(clf, "coef_"):
            raise Unsupported("the classifier is not a fitted LogisticRegression")
        classes = tuple(str(c) for c in clf.classes_)
        if len(classes) < 3 or clf.coef_.shape[0] != len(classes):
            raise Unsupported("not a multinomial logistic regression over three or more classes")
        if getattr(union, "transformer_weights", None) or not hasattr(union, "transformer_list"):
            raise Unsupported("the features are not an unweighted FeatureUnion")
        blocks, offset = [], 0
        for name, t in union.transformer_list:
            block = _block_of(name, t, offset)
            blocks.append(block)
            offset += block.width
        if offset != clf.coef_.shape[1]:
            raise Unsupported("the union's width is not the classifier's")
        return cls(blocks, clf.coef_, clf.intercept_, classes, temperature)

    # ------------------------------------------------------------------------------- scorer.npz

    def arrays(self) -> dict[str, np.ndarray]:
        """Everything the scorer is, as named plain arrays (what :meth:`save` writes)."""
        t = self.temperature
        out: dict[str, np.ndarray] = {
            "format": np.array(FORMAT, dtype=np.int64),
            "classes": np.array(self.classes, dtype=str),
            "temperature": np.array(math.nan if t is None else t, dtype=np.float64),
            "coef": self.coef,
            "intercept": self.intercept,
            "blocks": np.array([b.name for b in self.blocks], dtype=str),
        }
        for i, b in enumerate(self.blocks):
            p = f"block{i}."
            out[p + "kind"] = np.array(b.kind, dtype=str)
            out[p + "offset"] = np.array(b.offset, dtype=np.int64)
            out[p + "width"] = np.array(b.width, dtype=np.int64)
            if b.kind == "flags":
                out[p + "field"] = np.array(b.field, dtype=str)
                out[p + "prefix"] = np.array(b.prefix, dtype=str)
                out[p + "terms"] = _strings(b.terms)
                continue
            out[p + "sublinear_tf"] = np.array(b.sublinear_tf, dtype=bool)
            out[p + "norm"] = np.array(b.norm or "", dtype=str)
            if b.idf is not None:
                out[p + "idf"] = np.asarray(b.idf, dtype=np.float64)
            if b.kind == "char":
                out[p + "ngram_range"] = np.array(b.ngram_range, dtype=np.int64)
                out[p + "keys"] = np.asarray(b.keys, dtype=np.int64)
                out[p + "cols"] = np.asarray(b.cols, dtype=np.int32)
            else:
                out[p + "terms"] = _strings(b.terms)
        return out

    def save(self, path: str | Path) -> None:
        """Write ``scorer.npz``: a zip of ``.npy`` arrays readable with ``numpy.load(allow_pickle=False)``.

        The zip is written with fixed timestamps and zlib's default level (a third of the raw size, about
        15 ms more to read), so the same scorer gives the same bytes (and sha256) with the same zlib.
        """
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, arr in self.arrays().items():
                info = zipfile.ZipInfo(name + ".npy", date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                with zf.open(info, "w", force_zip64=True) as fh:
                    np.lib.format.write_array(fh, np.asanyarray(arr), allow_pickle=False)

    @classmethod
    def load(cls, path: str | Path) -> LinearScorer:
        """Read a scorer written by :meth:`save`. Runs no code from the file (``allow_pickle=False``);
        raises ValueError for a file that is not a scorer of this format."""
        try:
            with np.load(path, allow_pickle=False) as npz:
                arrays = {name: npz[name] for name in npz.files}
            return cls._from_arrays(arrays)
        except (OSError, KeyError, IndexError, TypeError, ValueError, zipfile.BadZipFile) as err:
            raise ValueError(f"{path} is not a scorer.npz this version reads: {err}") from None

    @classmethod
    def _from_arrays(cls, a: Mapping[str, np.ndarray]) -> LinearScorer:
        if int(a["format"]) != FORMAT:
            raise ValueError(f"format {int(a['format'])}, expected {FORMAT}")
        coef, intercept = a["coef"], a["intercept"]
        classes = tuple(str(c) for c in a["classes"].tolist())
        if coef.dtype != np.float64 or coef.ndim != 2 or coef.shape[0] != len(classes):
            raise ValueError("coef is not a float64 (classes × columns) array")
        if intercept.shape != (len(classes),):
            raise ValueError("intercept does not have one value per class")
        blocks, offset = [], 0
        for i, name in enumerate(a["blocks"].tolist()):
            p = f"block{i}."
            kind, width = str(a[p + "kind"]), int(a[p + "width"])
            if kind not in _KINDS or int(a[p + "offset"]) != offset:
                raise ValueError(f"block {name}: unknown kind {kind!r} or wrong offset")
            if kind == "flags":
                block = Block(
                    name, kind, offset, width, terms=a[p + "terms"],
                    field=str(a[p + "field"]), prefix=str(a[p + "prefix"]),
                )  # fmt: skip
            else:
                idf = a.get(p + "idf")
                common: dict[str, Any] = {
                    "idf": idf,
                    "sublinear_tf": bool(a[p + "sublinear_tf"]),
                    "norm": str(a[p + "norm"]) or None,
                }
                if common["norm"] not in (None, "l2") or (idf is not None and idf.shape != (width,)):
                    raise ValueError(f"block {name}: bad norm or idf")
                if kind == "char":
                    low, high = (int(n) for n in a[p + "ngram_range"])
                    keys, cols = a[p + "keys"], a[p + "cols"]
                    if not 1 <= low <= high <= 3 or keys.shape != (width,) or cols.shape != (width,):
                        raise ValueError(f"block {name}: bad n-gram range or vocabulary")
                    if keys.dtype != np.int64 or cols.dtype != np.int32:
                        raise ValueError(f"block {name}: n-gram keys or columns of the wrong type")
                    if width and (np.any(np.diff(keys) <= 0) or cols.min() < 0 or cols.max() >= width):
                        raise ValueError(f"block {name}: n-gram keys not ascending or columns out of range")
                    block = Block(
                        name, kind, offset, width, ngram_range=(low, high), keys=keys, cols=cols, **common
                    )
                else:
                    block = Block(name, kind, offset, width, terms=a[p + "terms"], **common)
            if block.terms is not None and block.terms.shape != (width,):
                raise ValueError(f"block {name}: {len(block.terms)} terms for {width} columns")
            blocks.append(block)
            offset += width
        if offset != coef.shape[1]:
            raise ValueError("the blocks' width is not the weights'")
        t = float(a["temperature"])
        return cls(blocks, coef, intercept, classes, None if math.isnan(t) else t)


def _block_of(name: str, t: Any, offset: int) -> Block:
    """The :class:`Block` of one fitted transformer of the union; raises :class:`Unsupported`."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    from verifier.features import RuleHits, TextEntities

    vocabulary = getattr(t, "vocabulary_", None)
    if not isinstance(vocabulary, dict):
        raise Unsupported(f"block {name} is not a fitted transformer with a vocabulary")
    width = len(vocabulary)
    if sorted(vocabulary.values()) != list(range(width)):
        raise Unsupported(f"block {name}: its vocabulary does not number its columns 0…{width - 1}")
    if type(t) in (TextEntities, RuleHits):
        field, prefix = _FLAG_FIELDS[type(t).__name__]
        return Block(name, "flags", offset, width, terms=_terms(name, vocabulary), field=field, prefix=prefix)
    if type(t) is not TfidfVectorizer or t.binary or t.norm not in (None, "l2") or t.input != "content":
        raise Unsupported(f"block {name} is not a plain TfidfVectorizer")
    if np.dtype(t.dtype) != np.float64:
        raise Unsupported(f"block {name} is not float64")
    common: dict[str, Any] = {
        "idf": np.asarray(t.idf_, dtype=np.float64) if t.use_idf else None,
        "sublinear_tf": bool(t.sublinear_tf),
        "norm": t.norm,
    }
    if t.analyzer == "char" and t.preprocessor is record_chars:
        low, high = t.ngram_range
        if not 1 <= low <= high <= 3:  # keys of longer n-grams would not fit in 63 bits
            raise Unsupported(f"block {name}: n-grams longer than 3 characters")
        items = sorted((_gram_key(g), j) for g, j in vocabulary.items())
        keys = np.array([k for k, _ in items], dtype=np.int64)
        cols = np.array([j for _, j in items], dtype=np.int32)
        return Block(name, "char", offset, width, ngram_range=(low, high), keys=keys, cols=cols, **common)
    if t.analyzer is record_words:
        return Block(name, "word", offset, width, terms=_terms(name, vocabulary), **common)
    raise Unsupported(f"block {name}: an analyzer other than record_chars n-grams or record_words")


def _terms(name: str, vocabulary: Mapping[str, int]) -> np.ndarray:
    """The vocabulary's terms in column order, as a numpy string array (checked to read back exactly:
    numpy drops trailing NUL characters)."""
    terms: list[str] = [""] * len(vocabulary)
    for term, j in vocabulary.items():
        if not isinstance(term, str):
            raise Unsupported(f"block {name}: a term that is not a string")
        terms[j] = term
    out = _strings(terms)
    if out.tolist() != terms:
        raise Unsupported(f"block {name}: a term a numpy string array cannot hold")
    return out


def _strings(items: Any) -> np.ndarray:
    return np.array(list(items), dtype=str)


def _char_texts(records: Sequence[Mapping[str, Any]]) -> list[str]:
    """What the character n-grams of each record are taken from: :func:`~verifier.records.record_chars`
    with runs of whitespace as one space (scikit-learn's step), done on all the texts joined by
    :data:`_SEPARATOR` at once (neither step reaches across it: it is no digit and no whitespace)."""
    joined = _joined([record["text"] for record in records])
    if joined is not None:
        return _WHITE_SPACES.sub(" ", record_chars({"text": joined})).split(_SEPARATOR)
    return [_WHITE_SPACES.sub(" ", record_chars(record)) for record in records]


def _joined(texts: list[str]) -> str | None:
    """``texts`` joined by :data:`_SEPARATOR`, or None when some text holds it (the join could not be
    split back): then each text is worked on alone."""
    joined = _SEPARATOR.join(texts)
    return joined if joined.count(_SEPARATOR) == len(texts) - 1 else None


#: Cells from which :func:`_counted` sorts with two radix passes (below, their fixed cost is more).
_RADIX_FROM = 4096


def _counted(cells: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(cells, return_counts=True)``, faster: values below 2**31 (all cells of a batch of
    a few thousand messages) sorted by :func:`_radix_sorted`, larger ones with numpy's sort."""
    if not len(cells):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    small = cells.min() >= 0 and cells.max() < 2**31
    if len(cells) < _RADIX_FROM:  # one message: numpy's own sort, fewer calls
        ordered = np.sort(cells.astype(np.int32) if small else cells, kind="stable")
    else:
        ordered = _radix_sorted(cells.astype(np.int32)) if small else np.sort(cells)
    starts = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1])))
    counts = np.diff(np.append(starts, len(ordered)))
    return ordered[starts].astype(np.int64), counts


def _radix_sorted(values: np.ndarray) -> np.ndarray:
    """Non-negative int32 ``values`` in ascending order: sorted by their low 16 bits, then stably by
    their high 16, each a radix sort in numpy (its stable sort of 16-bit integers; of 32-bit ones it is
    a merge sort, several times slower on cells that come in short runs)."""
    by_low = values[np.argsort(values.astype(np.uint16), kind="stable")]
    return by_low[np.argsort((by_low >> 16).astype(np.uint16), kind="stable")]


def _normalize_rows_l2(data: np.ndarray, indptr: np.ndarray) -> None:
    """scikit-learn's ``inplace_csr_row_normalize_l2`` in numpy, with its float64 steps: each row's sum of
    squares added in the row's order, then every value divided by its square root (zero rows untouched)."""
    lengths = np.diff(indptr)
    squares = data * data
    # Longest rows first, so the rows that have a k-th value are the first ones: position k of all of
    # them is added with one slice (sequential within a row, like the C loop).
    order = np.argsort(-lengths, kind="stable")
    longest, starts = lengths[order], indptr[:-1][order]
    having = np.searchsorted(-longest, -np.arange(int(longest[0]) if len(longest) else 0), side="left")
    sums_in_order = np.zeros(len(lengths), dtype=np.float64)
    for k, rows in enumerate(having.tolist()):
        sums_in_order[:rows] += squares[starts[:rows] + k]
    sums = np.empty_like(sums_in_order)
    sums[order] = sums_in_order
    sums = np.sqrt(sums, where=sums != 0, out=np.ones_like(sums))  # zero rows: divide by 1, unchanged
    data /= np.repeat(sums, lengths)


def _gram_key(gram: str) -> int:
    key = 0
    for ch in gram:
        key = (key << _BITS) | (ord(ch) + 1)
    return key


def _key_gram(key: int) -> str:
    chars = []
    while key:
        chars.append(chr((key & ((1 << _BITS) - 1)) - 1))
        key >>= _BITS
    return "".join(reversed(chars))
