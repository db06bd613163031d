"""The fast linear scoring path gives the trained Pipeline's own numbers (to 1e-9) on corpus messages."""

from __future__ import annotations

import gzip
import json

import numpy as np
import pytest

from tests.helpers import CORPUS, corpus_records
from verifier.features import model_record
from verifier.linear import Block, LinearScorer
from verifier.normalize import normalize

#: Every 97th corpus row: a few hundred messages across the families.
STEP, LIMIT = 97, 300


@pytest.fixture(scope="module")
def sample(verifier):
    if verifier.model is None:
        pytest.skip("no bundled model")
    odd = ["", " ", "a", "𠀀𠀁 中  文\t\n 1 23", "逾期" * 60, "【】。，,,"]
    return corpus_records(verifier, STEP, LIMIT, odd)


def test_rows_are_the_pipeline_features(verifier, sample):
    scorer = LinearScorer.of(verifier.model.pipeline)
    assert scorer is not None
    x = verifier.model.pipeline.named_steps["features"].transform(sample).tocsr()
    x.sort_indices()
    for i, record in enumerate(sample):
        row = scorer.row(record)
        lo, hi = x.indptr[i], x.indptr[i + 1]
        assert np.array_equal(row.indices, x.indices[lo:hi]), record["text"]
        assert np.allclose(row.data, x.data[lo:hi], rtol=0, atol=1e-12), record["text"]


def test_logits_and_probabilities_match_scikit_learn(verifier, sample):
    pipeline = verifier.model.pipeline
    scorer = LinearScorer.of(pipeline)
    expected = pipeline.decision_function(sample)
    proba = pipeline.predict_proba(sample)
    for i, record in enumerate(sample):
        logits = scorer.logits(scorer.row(record))
        assert np.allclose(logits, expected[i], rtol=0, atol=1e-9)
        softmax = np.exp(logits - logits.max())
        assert np.allclose(softmax / softmax.sum(), proba[i], rtol=0, atol=1e-9)
    # What check() uses, through TrainedModel.score, against the pipeline's predict_proba.
    classes = verifier.model.classes
    for text in (r["text"] for r in sample[:100]):
        msg = verifier.message(text) if text.strip() else None
        if msg is None:
            continue
        ev = verifier.rules.evaluate(msg, verifier.registry)
        got, _ = verifier.model.score(msg, ev)
        want = pipeline.predict_proba([model_record(msg, ev)])[0]
        assert np.allclose([got[c] for c in classes], want, rtol=0, atol=1e-9)


def test_pipelines_it_does_not_model_are_left_to_scikit_learn(verifier):
    from sklearn.base import clone

    if verifier.model is None:
        pytest.skip("no bundled model")
    weighted = clone(verifier.model.pipeline)
    weighted.named_steps["features"].transformer_weights = {"char": 2.0}
    assert LinearScorer.of(weighted) is None


def _word_block(terms: list[str]) -> Block:
    return Block("word", "word", 0, len(terms), terms=np.array(terms), idf=np.ones(len(terms)))


def test_word_counts_without_strings_are_the_analyzers_counts(monkeypatch):
    # Bigrams found as pairs of word columns must count exactly what record_words' strings count, also
    # after the remembered words start over (a tiny limit here).
    import verifier.linear as linear
    from verifier.records import record_words

    monkeypatch.setattr(linear, "_WORDS_REMEMBERED", 3)
    texts = ["您的借款已逾期，请尽快还款", "还款还款 还款 123元 还款", "", "逾期 0 天", "您的借款已逾期3天"]
    words = sorted({w for t in texts for w in record_words({"text": t})})
    block = _word_block(words)  # every bigram's words are columns too
    records = [{"text": t} for t in texts]
    assert block._word_cells(records) is not None
    got = block._word_counts(records).toarray()
    for row, text in zip(got, texts, strict=True):
        expected = np.zeros(len(words))
        for w in record_words({"text": text}):
            expected[words.index(w)] += 1
        assert (row == expected).all(), text
        cols, counts = block.counts({"text": text})
        assert (cols == np.flatnonzero(expected)).all() and (counts == expected[cols]).all(), text


def test_word_counts_of_a_batch_are_the_analyzers_counts():
    # Batches with enough new blocks to be cut together (verifier.arraycut), joined by the separator, and
    # the texts with one holding the separator itself (then cut text by text).
    from verifier.linear import _SEPARATOR
    from verifier.records import record_words

    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        corpus = [normalize(json.loads(line)["text"]).text for _, line in zip(range(120), fh, strict=False)]
    texts = [*corpus, "", " \r\n ", "逾期\x00还款", "【】。，,,", "abc1x2y 中文", "您的借款已逾期3天"]
    assert _SEPARATOR == "\x00"
    # (a vocabulary never holds the separator: a numpy string array cannot, see linear._terms)
    words = sorted({w for t in texts for w in record_words({"text": t}) if _SEPARATOR not in w})
    block = _word_block(words)
    # new pieces with new words; new pieces with words met before (found by key); and text by text
    for batch in (texts[:60], texts[60:-4], texts):
        got = block._word_counts([{"text": t} for t in batch]).toarray()
        for row, text in zip(got, batch, strict=True):
            expected = np.zeros(len(words))
            for w in record_words({"text": text}):
                if w in words:
                    expected[words.index(w)] += 1
            assert (row == expected).all(), text


def test_a_bigram_whose_words_are_not_columns_falls_back_to_the_strings():
    from verifier.records import record_words

    block = _word_block(["还款", "逾期 还款"])  # "逾期" alone is not a column
    assert block._word_cells([{"text": "逾期还款"}]) is None
    assert record_words({"text": "逾期还款，还款"}) == [
        "逾期",
        "还款",
        "，",
        "还款",
        "逾期 还款",
        "还款 ，",
        "， 还款",
    ]
    cols, counts = block.counts({"text": "逾期还款，还款"})
    assert cols.tolist() == [0, 1] and counts.tolist() == [2.0, 1.0]


def test_gram_table_finds_every_key_and_nothing_else():
    from verifier.linear import GramTable

    rng = np.random.default_rng(3)
    keys = np.unique(rng.integers(1, 1 << 62, size=5000, dtype=np.int64))
    keys = np.concatenate([keys, np.arange(1, 300, dtype=np.int64)])  # neighbours: long probe runs
    keys = np.unique(keys)
    cols = rng.permutation(len(keys)).astype(np.int64)
    table = GramTable(keys, cols)
    absent = np.setdiff1d(rng.integers(1, 1 << 62, size=5000, dtype=np.int64), keys)
    grams = rng.permutation(np.concatenate([keys, absent, keys[:100]]))
    expected = dict(zip(keys.tolist(), cols.tolist(), strict=True))
    assert table.columns(grams).tolist() == [expected.get(g, -1) for g in grams.tolist()]
    assert table.columns(np.zeros(0, dtype=np.int64)).tolist() == []


@pytest.mark.parametrize("high", [2, 2**31 - 1, 2**31 + 5, 2**40])
def test_counted_is_numpys_unique_with_counts(high):
    from verifier.linear import _counted

    rng = np.random.default_rng(high % 97)
    for size in (0, 1, 7, 5000):
        cells = rng.integers(0, high, size=size, dtype=np.int64)
        values, counts = _counted(cells)
        expected_values, expected_counts = np.unique(cells, return_counts=True)
        assert values.dtype == np.int64 and values.tolist() == expected_values.tolist()
        assert counts.tolist() == expected_counts.tolist()
