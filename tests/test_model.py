"""The trained model: manifest/hash refusal, determinism, no family leak, explanations with spans."""

from __future__ import annotations

import json
import shutil
import statistics
import time
from importlib import resources
from pathlib import Path

import click
import joblib
import numpy as np
import pytest
from click.testing import CliRunner

from verifier import Verifier
from verifier.cli import main
from verifier.features import MODEL_CLASSES, record_chars
from verifier.model import ARTEFACT, MANIFEST, ModelError, TrainedModel, load_model
from verifier.training.evaluate import evaluate, expected_calibration_error, group_of, metrics, predictions
from verifier.training.train import (
    DEFAULT_DATA,
    DEFAULT_MODEL_DIR,
    check_no_leak,
    fit_model,
    load_rows,
    prepare,
    train,
)
from verifier.types import LABELS

ROWS_PER_FAMILY = 25  # a small, fast training set for the determinism test


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return load_rows(DEFAULT_DATA)


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory) -> Path:
    """The bundled model/; only if it is missing, one trained by `verifier train` into a temp dir."""
    if (DEFAULT_MODEL_DIR / ARTEFACT).exists():
        return DEFAULT_MODEL_DIR
    folder = tmp_path_factory.mktemp("model")
    train(DEFAULT_DATA, folder)
    return folder


@pytest.fixture(scope="module")
def bundled(model_dir) -> Verifier:
    return Verifier.load(model_dir=model_dir)


def _small_train(rows: list[dict]) -> list[dict]:
    seen: dict[str, int] = {}
    out = []
    for r in rows:
        if r["split"] == "train" and seen.get(r["family"], 0) < ROWS_PER_FAMILY:
            seen[r["family"]] = seen.get(r["family"], 0) + 1
            out.append(r)
    return out


# --- manifest and hash -----------------------------------------------------------------------------


def test_bundled_model_loads_and_matches_manifest(bundled, model_dir):
    assert isinstance(bundled.model, TrainedModel)
    manifest = json.loads((model_dir / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["sha256"] and manifest["data"]["sha256"] and manifest["versions"]["scikit-learn"]
    assert (model_dir / ARTEFACT).stat().st_size < 20_000_000
    assert (model_dir / "MODEL_CARD.md").exists()
    assert manifest["labels"] == sorted(MODEL_CLASSES)
    t = bundled.model.temperature
    assert isinstance(t, float) and 0.1 <= t <= 20 and manifest["params"]["temperature"] == t


def test_tampered_artefact_is_refused(tmp_path, model_dir):
    folder = tmp_path / "model"
    shutil.copytree(model_dir, folder, ignore=shutil.ignore_patterns("__pycache__"))
    with open(folder / ARTEFACT, "r+b") as fh:
        fh.seek(100)
        byte = fh.read(1)
        fh.seek(100)
        fh.write(bytes([byte[0] ^ 0xFF]))
    with pytest.raises(ModelError, match="does not match"):
        load_model(folder)
    with pytest.raises(ModelError, match="verifier train"):
        Verifier.load(model_dir=folder)


def test_artefact_without_manifest_is_refused(tmp_path, model_dir):
    shutil.copy(model_dir / ARTEFACT, tmp_path / ARTEFACT)
    with pytest.raises(ModelError, match=r"no MANIFEST\.json"):
        load_model(tmp_path)


def test_no_model_means_rules_only():
    assert Verifier.load(use_model=False).model is None


# --- data hygiene ----------------------------------------------------------------------------------


def test_no_test_family_leaks_into_training(rows):
    train = {r["family"] for r in rows if r["split"] == "train"}
    test = {r["family"] for r in rows if r["split"] == "test"}
    assert train and test and not train & test
    check_no_leak(rows)
    leaky = [*rows[:1], {**rows[0], "split": "train" if rows[0]["split"] == "test" else "test"}]
    with pytest.raises(click.ClickException, match="both train and test"):
        check_no_leak(leaky)


def test_bundled_model_was_trained_on_train_families_only(rows, model_dir):
    manifest = json.loads((model_dir / MANIFEST).read_text(encoding="utf-8"))
    test = {r["family"] for r in rows if r["split"] == "test"}
    assert set(manifest["data"]["train_families"]).isdisjoint(test)


def test_load_rows_reads_csv_like_jsonl(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(
        "text,sender,recipient_name,has_account,received_at,label\n"
        "您的借款已逾期，请转账到6222021234567890123,13800138000,,false,,scam\n",
        encoding="utf-8",
    )
    (row,) = load_rows(path)
    assert row["sender"] == "13800138000" and row["has_account"] is False and row["received_at"] is None


# --- determinism -------------------------------------------------------------------------------------


def test_two_trainings_give_identical_predictions(rows, tmp_path):
    base = Verifier.load(use_model=False)
    small = _small_train(rows)
    msgs, evs = prepare(small, base)
    labels = [r["label"] for r in small]
    probe = [r for r in rows if r["split"] == "test"][::50]
    pmsgs, pevs = prepare(probe, base)
    first = fit_model(msgs, evs, labels, base.rules)
    joblib.dump(first, tmp_path / "a.joblib")
    second = fit_model(msgs, evs, labels, base.rules)
    reloaded = joblib.load(tmp_path / "a.joblib")
    p1 = first.predict_proba(pmsgs, pevs)
    assert p1 == second.predict_proba(pmsgs, pevs)
    assert p1 == reloaded.predict_proba(pmsgs, pevs)
    joblib.dump(second, tmp_path / "b.joblib")
    assert (tmp_path / "a.joblib").read_bytes() == (tmp_path / "b.joblib").read_bytes()


# --- what the model answers --------------------------------------------------------------------------


def test_model_answers_legit_spoofed_or_scam_from_the_text_alone(bundled):
    v = bundled
    text = "【微众银行】您的微粒贷借款已逾期3天，请登录微众银行App还款，详询95384。"
    probas = []
    for meta in (
        {},
        {"sender": "95384", "has_account": True, "recipient_name": "张三"},
        {"sender": "17012345678", "has_account": False, "received_at": "2026-03-01T03:00:00+08:00"},
    ):
        msg = v.message(text, **meta)
        (p,) = v.model.predict_proba([msg], [[]])  # no rule evidence: the text alone
        assert set(p) == set(MODEL_CLASSES)
        probas.append(p)
    assert probas[0] == probas[1] == probas[2], "metadata must not reach the classifier"


def test_plain_official_notice_is_genuine_with_the_model(bundled):
    """The shortcut that kept the first model unshipped: plain official notices called mistaken."""
    for text, sender in [
        ("【微众银行】您的微粒贷借款已逾期3天，请登录微众银行App还款，详询95384。", "95384"),
        ("【微众银行】您的微粒贷借款已逾期3天，请登录微众银行App还款，详询95384。", None),
        ("【招商银行】您的信用卡本期账单已逾期，请尽快通过掌上生活App还款。如已还款请忽略。", "95555"),
    ]:
        verdict = bundled.check(text, sender=sender)
        assert verdict.label == "genuine", (text, sender, verdict.scores)


# --- explanations ------------------------------------------------------------------------------------

EXPLAIN = [
    "【微众银行】您的微粒贷借款已逾期3天，请登录微众银行App还款，详询95384。",
    "您的借唄已逾期，請於今日內聯繫專員處理，否則將上報徵信。",  # traditional characters
    "尊敬的用户：您在ＸＸ平台的借款已严重逾期，请添加薇 信 kf8888 协商。",  # full-width, 薇 信
    "您好，您\u200b的借款\u200b已逾期，点击 http://t.cn/A6abcd 处理，否则起诉。",  # zero-width spaces
    "请转告李建国，他在招联金融的借款已逾期，尽快还款。",
]


@pytest.mark.parametrize("text", EXPLAIN)
def test_model_evidence_spans_index_the_original_text(bundled, text):
    verdict = bundled.check(text)
    model_ev = [e for e in verdict.evidence if e.source == "model"]
    assert model_ev, "the classifier should explain its part of every verdict"
    # A legitimate notice's wording explains "genuine" whoever it reached (the rules decide that).
    family = "genuine" if verdict.label in ("genuine", "mistaken", "unverified") else verdict.label
    for ev in model_ev:
        assert ev.rule.startswith("MODEL:") and ev.supports == family and ev.weight > 0
        assert ev.explanation_zh and ev.explanation_en
        assert ev.span is not None, ev.rule
        start, end = ev.span
        assert 0 <= start < end <= len(text)
        assert text[start:end] == ev.text
        kind, term = ev.rule.split(":", 2)[1:]
        if kind == "entities":
            assert term.startswith("has=")
            continue
        # The normalised characters that come from the span (in context: "薇 信" normalises to "微信").
        norm = bundled.message(text).norm
        in_span = "".join(ch for ch, s in zip(norm.text, norm.starts, strict=True) if start <= s < end)
        shown = record_chars({"text": in_span})
        if kind == "char":
            assert term in shown
        else:
            assert term.replace(" ", "") in shown.replace(" ", "")


def test_explain_agrees_with_batch_probabilities(bundled):
    v = bundled
    msg = v.message(EXPLAIN[0], sender="95384")
    ev = v.rules.evaluate(msg, v.registry)
    proba, _ = v.model.score(msg, ev)
    (batch,) = v.model.predict_proba([msg], [ev])
    assert proba.keys() == batch.keys()
    assert np.allclose([proba[k] for k in batch], list(batch.values()))
    assert abs(sum(proba.values()) - 1) < 1e-9


def test_fast_transform_is_bit_identical_to_features(bundled, rows):
    """TrainedModel.transform (what check and check_many use) is features() computed faster: the same
    matrix bit for bit, so the same probabilities."""
    v = bundled
    sample = rows[::9]
    msgs = [v.message(r["text"], sender=r.get("sender"), has_account=r.get("has_account")) for r in sample]
    evs = [v.rules.evaluate(m, v.registry) for m in msgs]
    from verifier.features import model_record

    records = [model_record(m, e) for m, e in zip(msgs, evs, strict=True)]
    odd = ["", " ", "a", "\ud800甲\udfff", "𠀀𠀁 中  文\t\n 1 23", "逾期" * 60]
    records += [{"text": t, "entities": (), "rules": ()} for t in odd]
    for batch in (records, records[:1], records[-len(odd) :]):
        slow, fast = v.model.features(batch), v.model.transform(batch)
        assert slow.shape == fast.shape and slow.dtype == fast.dtype  # scipy's CSR; numpy's arrays of it
        assert np.array_equal(slow.indptr, fast.indptr)
        assert np.array_equal(slow.indices, fast.indices)
        assert np.array_equal(slow.data, fast.data)
    probas, x = v.model.predict(msgs, evs)
    for with_matrix, without in zip(probas, v.model.predict_proba(msgs, evs), strict=True):
        assert np.allclose(list(with_matrix.values()), list(without.values()), rtol=0, atol=1e-12)
    assert x.shape[0] == len(msgs)
    assert v.model.predict([], []) == ([], None)


def test_check_is_fast(bundled):
    text = EXPLAIN[0]
    bundled.check(text)
    times = []
    for _ in range(50):
        t = time.perf_counter()
        bundled.check(text, sender="95384")
        times.append(time.perf_counter() - t)
    assert statistics.median(times) < 0.02  # target p50 ≤ 2 ms; generous here for shared CI machines


# --- evaluation --------------------------------------------------------------------------------------


def test_metrics_and_ece_on_a_toy_case():
    scores = [{"genuine": 1.0, "spoofed": 0.0, "mistaken": 0.0, "scam": 0.0}] * 4
    m = metrics(["scam", "scam", "genuine", "genuine"], ["genuine", "scam", "genuine", "unverified"], scores)
    assert m["scam_as_genuine"] == 1 and m["confusion"][0][0] == 1
    assert m["per_class"]["scam"] == {"precision": 1.0, "recall": 0.5, "support": 2}
    # "unverified" is never right: it says the evidence of origin was missing
    assert m["per_class"]["genuine"] == {"precision": 0.5, "recall": 0.5, "support": 2}
    assert m["unverified"] == 1 and m["labels"][-2:] == ["unverified", "unrelated"]
    assert expected_calibration_error(["a", "b"], ["a", "a"], [{"a": 1.0}, {"a": 1.0}]) == pytest.approx(0.5)


def test_evaluate_reports_each_group_and_ablation(bundled, rows):
    sample = [r for r in rows if r["split"] in ("test", "seed")][::40]
    report = evaluate(sample, bundled)
    assert report["public"] == {"n": 0, "note": "none available"}
    for group in ("generated_test", "seed"):
        assert {"full", "rules_only", "classifier_only"} <= report[group].keys()
        assert report[group]["families"]
    assert report["generated_test"]["classifier_only"]["per_class"]["mistaken"]["recall"] == 0
    assert Path(DEFAULT_DATA).exists()


def test_eval_full_system_is_exactly_what_the_verifier_returns(bundled, rows):
    sample = [r for r in rows if r["split"] == "test"][::97]
    labels, scores = predictions(sample, bundled)["full"]
    verdicts = bundled.check_many(sample)
    assert labels == [v.label for v in verdicts]
    assert all(
        np.allclose([s[c] for c in LABELS], [v.scores[c] for c in LABELS])
        for s, v in zip(scores, verdicts, strict=True)
    )
    rules_only = Verifier.load(use_model=False).check_many(sample)
    assert predictions(sample, bundled)["rules_only"][0] == [v.label for v in rules_only]


def test_eval_groups_know_every_blind_round_and_the_newest_is_the_test():
    from verifier.corpus import generate
    from verifier.training import evaluate

    rounds = (*evaluate.BLIND_TRAINED_PREFIXES, *evaluate.BLIND_DEV_PREFIXES, evaluate.BLIND_TEST_PREFIX)
    assert rounds == generate.BLIND_PREFIXES
    assert evaluate.BLIND_TRAINED_PREFIXES == generate.TRAINED_BLIND_PREFIXES


def test_blind_families_are_a_group_of_their_own():
    row = {"text": "x", "label": "scam", "source": "gen:x", "split": "test"}
    assert group_of({**row, "family": "c_court_transfer"}) == "generated_test"
    assert group_of({**row, "family": "h_new_family"}) == "blind_test"
    assert group_of({**row, "family": "k_new_family"}) == "blind_dev"  # round 11: used for rules and design
    assert group_of({**row, "family": "c_other", "blind": True}) == "blind_test"
    assert group_of({**row, "family": "x_new_family", "split": "train"}) is None


def test_a_manifest_that_is_not_an_object_is_a_model_error(tmp_path, model_dir):
    shutil.copy(model_dir / ARTEFACT, tmp_path / ARTEFACT)
    for bad in ("[1, 2]", '{"sha256": 5}', "not json"):
        (tmp_path / MANIFEST).write_text(bad, encoding="utf-8")
        with pytest.raises(ModelError, match="manifest"):
            load_model(tmp_path)


def test_a_missing_or_empty_model_folder_is_an_error_not_rules_only(tmp_path):
    with pytest.raises(ModelError, match="does not exist"):
        load_model(tmp_path / "typo")
    with pytest.raises(ModelError, match=f"no {ARTEFACT}"):
        load_model(tmp_path)
    result = CliRunner().invoke(
        main, ["score", __file__, "-o", str(tmp_path / "o.csv"), "--model-dir", str(tmp_path)]
    )
    assert result.exit_code == 2 and ARTEFACT in result.output


def test_the_bundled_artefact_must_match_the_hash_pinned_in_the_package(monkeypatch):
    import verifier.bundled_model as pinned

    assert load_model() is not None
    manifest = json.loads((Path(str(resources.files("verifier.model_data"))) / MANIFEST).read_text())
    assert pinned.SHA256 == manifest["sha256"]  # `verifier train` writes both
    monkeypatch.setattr(pinned, "SHA256", "0" * 64)  # as if artefact and manifest had both been replaced
    with pytest.raises(ModelError, match="reinstall"):
        load_model()
