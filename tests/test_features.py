"""The classifier's features and estimators follow scikit-learn conventions and pickle."""

from __future__ import annotations

import pickle

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError
from sklearn.linear_model import LogisticRegression

from verifier import Verifier
from verifier.features import (
    MODEL_CLASSES,
    TO_MODEL_CLASS,
    RuleHits,
    TextEntities,
    build_pipeline,
    model_record,
    record_chars,
    record_words,
)
from verifier.types import LABELS


@pytest.fixture(scope="module")
def verifier() -> Verifier:
    return Verifier.load(use_model=False)


def _record(v: Verifier, text: str, **meta) -> dict:
    msg = v.message(text, **meta)
    return model_record(msg, v.rules.evaluate(msg, v.registry))


# The record transformers (RuleHits, TextEntities) take dicts, not 2-D arrays, so sklearn's common checks
# cannot feed them (they declare input_tags.two_d_array = False, as sklearn's own text vectorizers do);
# their conventions are tested by hand below. The classifier is scikit-learn's own LogisticRegression.


def test_model_record_is_text_only(verifier):
    """The classifier sees text, entity kinds found in the text and rule ids, never metadata."""
    text = "尊敬的张伟明，您的借呗已逾期3天，请将欠款转入6222021234567890123，户名王小明。"
    rec = _record(
        verifier,
        text,
        sender="13800138000",
        recipient_name="李建国",
        has_account=False,
        received_at="2026-03-01T23:30:00+08:00",
    )
    assert set(rec) == {"text", "entities", "rules"}
    assert rec["text"].startswith("尊敬的张伟明")
    assert "CARD_FOR_REPAYMENT" in rec["rules"] and rec["rules"] == tuple(sorted(rec["rules"]))
    assert "card" in rec["entities"]
    bare = _record(verifier, text)
    assert bare["text"] == rec["text"] and bare["entities"] == rec["entities"]


def test_model_classes_merge_genuine_and_mistaken():
    assert set(TO_MODEL_CLASS) == set(LABELS)
    assert TO_MODEL_CLASS["genuine"] == TO_MODEL_CLASS["mistaken"] == "legit"
    assert set(TO_MODEL_CLASS.values()) == set(MODEL_CLASSES)


def test_record_text_views_mask_digits_without_moving_characters(verifier):
    rec = _record(verifier, "您的借款已逾期15天，欠款3000元")
    assert len(record_chars(rec)) == len(rec["text"])
    assert "00" in record_chars(rec) and "15" not in record_chars(rec)
    words = record_words(rec)
    assert "逾期" in words and any(" " in w for w in words)  # unigrams and bigrams
    assert not any(ch.isdigit() and ch != "0" for w in words for ch in w)


@pytest.mark.parametrize("est", [RuleHits(rule_ids=["A", "B", "C"]), TextEntities()])
def test_record_transformer_conventions(est):
    records = [
        {"rules": ("A", "C"), "entities": ("card", "phone:mobile")},
        {"rules": (), "entities": ()},
        {"rules": ("B", "Z"), "entities": ("link:short", "weird")},
    ]
    params = est.get_params()
    with pytest.raises(NotFittedError):
        est.transform(records)
    assert est.fit(records) is est
    assert est.get_params() == params  # fit leaves the parameters alone
    X = est.transform(records)
    names = est.get_feature_names_out()
    assert X.shape == (3, len(names))
    assert set(np.unique(X.toarray())) <= {0.0, 1.0}
    assert np.array_equal(clone(est).fit(records).transform(records).toarray(), X.toarray())
    again = pickle.loads(pickle.dumps(est))
    assert np.array_equal(again.transform(records).toarray(), X.toarray())
    assert all(not k.endswith("_") for k in params)
    assert all(k.endswith("_") for k in vars(est) if k not in params)


def test_rule_hits_names_are_rule_ids(verifier):
    hits = RuleHits(rule_ids=verifier.rules.ids).fit([])
    assert list(hits.get_feature_names_out()) == verifier.rules.ids
    X = hits.transform([{"rules": ("SAFE_ACCOUNT", "UNKNOWN_RULE")}]).toarray()
    assert X.sum() == 1 and X[0, verifier.rules.ids.index("SAFE_ACCOUNT")] == 1


def test_text_entities_one_hot():
    ents = TextEntities().fit([])
    names = ents.get_feature_names_out()
    assert all(n.startswith("has=") for n in names)
    on = {names[j] for j in ents.transform([{"entities": ("link:short", "card", "unknown")}]).indices}
    assert on == {"has=link:short", "has=card"}


def test_pipeline_pickles_and_names_every_feature(verifier):
    texts = [
        ("【微众银行】您的微粒贷借款已逾期3天，请登录微众银行App还款，详询95384。", "genuine", "95384"),
        ("您的微粒贷已逾期，请将欠款转入以下账户：6222021234567890123 户名张三", "scam", None),
        ("您的借款已逾期，请点击 http://webank-kf.top 处理", "spoofed", "17012345678"),
        ("请转告张三，他的借款已逾期，尽快还款。", "mistaken", "95384"),
    ] * 3
    records = [_record(verifier, t, sender=s) for t, _, s in texts]
    y = [TO_MODEL_CLASS[label] for _, label, _ in texts]
    pipe = build_pipeline(verifier.rules.ids, use_rules=True).set_params(
        features__char__min_df=1, features__word__min_df=1
    )
    pipe.fit(records, y)
    assert isinstance(pipe.named_steps["clf"], LogisticRegression)
    assert tuple(sorted(pipe.named_steps["clf"].classes_)) == tuple(sorted(MODEL_CLASSES))
    names = pipe.named_steps["features"].get_feature_names_out()
    assert len(names) == pipe.named_steps["clf"].coef_.shape[1]
    assert {n.split("__")[0] for n in names} == {"char", "word", "entities", "rules"}
    plain = build_pipeline(verifier.rules.ids).named_steps["features"]
    assert [name for name, _ in plain.transformer_list] == ["char", "word", "entities"]
    again = pickle.loads(pickle.dumps(pipe))
    assert np.allclose(again.predict_proba(records), pipe.predict_proba(records))
    assert list(pipe.predict(records)) == y


def test_word_analyzer_fast_path_gives_the_grams_of_the_spans_version():
    # record_words (run on every message) skips spans and caches masked words; it must give exactly the
    # grams that word_ngrams_with_spans (used to place explanations) gives, on real corpus text.
    import gzip
    import json
    from pathlib import Path

    from verifier.features import record_words, word_ngrams_with_spans
    from verifier.normalize import normalize

    corpus = Path(__file__).resolve().parents[1] / "data" / "corpus" / "messages.jsonl.gz"
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh][::40]
    texts += ["尾号1234的卡 逾期 12天\r\n请还款", "", "   "]
    for text in texts:
        norm = normalize(text).text if text.strip() else text
        assert record_words({"text": norm}) == [g for g, _, _ in word_ngrams_with_spans(norm)], norm
