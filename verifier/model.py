"""Loading the trained classifier from ``model/`` with its manifest hash checked."""

from __future__ import annotations

import hashlib
import json
import weakref
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp

from verifier.linear import FastTfidf
from verifier.types import Evidence

ARTEFACT = "verifier.joblib"
MANIFEST = "MANIFEST.json"


class ModelError(RuntimeError):
    """The model artefact is missing its manifest or does not match it."""


def _model_dir(model_dir: str | Path | None) -> Path:
    return Path(model_dir) if model_dir is not None else Path(str(resources.files("verifier.model_data")))


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def load_model(model_dir: str | Path | None = None) -> Any:
    """The trained model in ``model_dir`` (default: the bundled one), or None when the bundled one is absent.

    A model folder is code: unpickling runs whatever the artefact says. The bundled artefact must match the
    hash pinned in the package source (:data:`verifier.bundled_model.SHA256`), so replacing it together with
    its manifest is caught. A folder given explicitly must exist and hold an artefact whose hash matches its
    manifest; that guards against accidents, not against whoever can write the folder: trust a model
    folder as you would trust code.
    """
    artefact = checked_artefact(model_dir)
    if artefact is None:
        return None
    import joblib

    return joblib.load(artefact)


def checked_artefact(model_dir: str | Path | None = None) -> Path | None:
    """The artefact of ``model_dir`` once every check of :func:`load_model` has passed, without loading
    it; None when the bundled one is absent. Raises :class:`ModelError`."""
    folder = _model_dir(model_dir)
    artefact = folder / ARTEFACT
    if model_dir is not None and not folder.is_dir():
        raise ModelError(f"model folder {folder} does not exist")
    if not artefact.exists():
        if model_dir is not None:
            raise ModelError(f"{folder} holds no {ARTEFACT}; train one with `verifier train --out {folder}`")
        return None
    manifest_path = folder / MANIFEST
    if not manifest_path.exists():
        raise ModelError(f"{artefact} has no {MANIFEST} beside it; refusing to load an unverified model")
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise ModelError(f"{manifest_path} is not a readable JSON manifest: {err}") from None
    if not isinstance(manifest, dict) or not isinstance(manifest.get("sha256"), str):
        raise ModelError(f"{manifest_path} is not a model manifest (a JSON object with a sha256 string)")
    actual = sha256(artefact)
    if manifest["sha256"] != actual:
        raise ModelError(
            f"{artefact} does not match {manifest_path}: sha256 {actual} != {manifest['sha256']}; "
            "retrain with `verifier train` or restore the artefact"
        )
    if model_dir is None:
        from verifier.bundled_model import SHA256 as pinned

        if actual != pinned:
            raise ModelError(
                f"the bundled {artefact} (sha256 {actual}) is not the one this package was released with "
                f"({pinned}); reinstall the package"
            )
    return artefact


# --------------------------------------------------------------------------------------- the model

#: How many n-grams/entity kinds ``explain`` lists as evidence.
TOP_FEATURES = 4
_CLASS_ZH = {"legit": "正规机构的通知", "spoofed": "仿冒通知", "scam": "诈骗"}
_CLASS_EN = {"legit": "like a legitimate notice", "spoofed": "spoofed", "scam": "like a scam"}
_KIND_ZH = {"char": "字串", "word": "词语", "entities": "内容"}
_ENTITY_ZH = {
    "phone": "电话号码",
    "link": "链接",
    "link:short": "短链接",
    "link:ip": "IP 地址链接",
    "card": "银行卡号",
    "wallet": "收款账号",
    "amount": "金额",
    "date": "日期",
    "tail": "尾号",
    "name": "姓名",
    "institution": "机构名称",
    "app": "App 名称",
    "code": "验证码",
}


def readable_term(term: str) -> bool:
    """A text feature worth showing a person: two or more letters or characters, not just digits."""
    core = "".join(ch for ch in term if ch.isalnum())
    return len(core) >= 2 and not core.isdigit()


def model_class(label: str) -> str:
    """The model's class for a verdict label: genuine, mistaken and unverified (a genuine-looking notice
    of unconfirmed origin) are all ``legit`` to the text model."""
    return "legit" if label in ("genuine", "mistaken", "unverified") else label


class TrainedModel:
    """The fitted classifier Pipeline (records → legit/spoofed/scam probabilities) and the calibration
    temperature of the combined output.

    ``temperature`` divides the combined logits in :func:`verifier.combine.combine` (fitted on out-of-fold
    predictions over the train families; None: the policy's own temperature).
    """

    def __init__(self, pipeline: Any, temperature: float | None = None) -> None:
        self.pipeline = pipeline
        self.temperature = temperature
        clf = pipeline.named_steps["clf"]
        self.classes = tuple(str(c) for c in clf.classes_)
        self.feature_names = pipeline.named_steps["features"].get_feature_names_out()

    def predict_proba(
        self, msgs: Sequence[Any], evidences: Sequence[Sequence[Evidence]]
    ) -> list[dict[str, float]]:
        """One {model class: probability} per message (one batched pipeline call)."""
        from verifier.features import model_record

        records = [model_record(m, ev) for m, ev in zip(msgs, evidences, strict=True)]
        if not records:
            return []
        proba = _softmax_rows(self._logits(self.features(records)))
        return [dict(zip(self.classes, map(float, row), strict=True)) for row in proba]

    def features(self, records: Sequence[dict[str, Any]]) -> Any:
        """The pipeline's feature matrix (CSR) for these records.

        Same as ``pipeline["features"].transform`` but calls each transformer directly: FeatureUnion's
        parallel dispatch costs more than the transform itself for one short message.
        """
        union = self.pipeline.named_steps["features"]
        if union.transformer_weights:
            return union.transform(records).tocsr()
        blocks = [t.transform(records) for _, t in union.transformer_list if t not in ("drop", "passthrough")]
        return sp.hstack(blocks, format="csr")

    def _logits(self, x: Any) -> np.ndarray:
        clf = self.pipeline.named_steps["clf"]
        return np.asarray(x @ clf.coef_.T) + clf.intercept_

    def score(self, msg: Any, evidence: Sequence[Evidence]) -> tuple[dict[str, float], Any]:
        """Probabilities for one message, and its feature row for :meth:`explain`.

        Computed by :class:`verifier.linear.LinearScorer` from the pipeline's fitted numbers (the
        per-message cost of building sparse matrices is most of the classifier's time in ``check``);
        a pipeline it does not model goes through scikit-learn.
        """
        from verifier.features import model_record

        record = model_record(msg, evidence)
        scorer = _SCORERS.get(self, False)
        if scorer is False:
            from verifier.linear import LinearScorer

            scorer = _SCORERS[self] = LinearScorer.of(self.pipeline)
        if scorer is None:
            x = self.features([record])
            p = _softmax_rows(self._logits(x))[0]
        else:
            x = scorer.row(record)
            p = _softmax_rows(scorer.logits(x)[None, :])[0]
        return dict(zip(self.classes, map(float, p), strict=True)), x

    def explain(self, msg: Any, x: Any, label: str) -> list[Evidence]:
        """The features of ``x`` (from :meth:`score`) that most support the verdict ``label``.

        The evidence ``supports`` the verdict label, except that for a legitimate notice (genuine or
        mistaken: the text model cannot tell them apart) it supports ``genuine``.
        """
        return self._top_features(msg, x, model_class(label))

    def _top_features(self, msg: Any, x: Any, cls: str) -> list[Evidence]:
        coef = self.pipeline.named_steps["clf"].coef_
        c = self.classes.index(cls)
        cols, vals = x.indices, x.data
        # Softmax ignores a shift shared by all classes, so a feature's pull towards `cls` is its
        # coefficient minus the mean coefficient over the classes.
        contrib = vals * (coef[c, cols] - coef[:, cols].mean(axis=0))
        out: list[Evidence] = []
        for k in np.argsort(-contrib, kind="stable"):
            if contrib[k] <= 0 or len(out) == TOP_FEATURES:
                break
            kind, _, term = str(self.feature_names[cols[k]]).partition("__")
            if kind == "rules" or (kind != "entities" and not readable_term(term)):
                continue  # a rule is already listed as rule evidence; "已", "，" or "0" explain nothing
            span = _locate(msg, kind, term)
            out.append(_model_evidence(kind, term, cls, float(contrib[k]), span, msg.original))
        return out

    # --------------------------------------------------------------------- the fast path (same output)

    def predict(
        self, msgs: Sequence[Any], evidences: Sequence[Sequence[Evidence]]
    ) -> tuple[list[dict[str, float]], Any]:
        """:meth:`predict_proba` and the feature matrix (rows for :meth:`explain`), from :meth:`transform`."""
        from verifier.features import model_record

        records = [model_record(m, ev) for m, ev in zip(msgs, evidences, strict=True)]
        if not records:
            return [], None
        x = self.transform(records)
        proba = _softmax_rows(self._logits(x))
        return [dict(zip(self.classes, map(float, row), strict=True)) for row in proba], x

    def transform(self, records: Sequence[dict[str, Any]]) -> Any:
        """The same matrix as :meth:`features`, bit for bit, computed faster.

        The TF-IDF blocks are where batch time goes: their fitted vocabulary, idf and norm are applied
        here directly (see :class:`FastTfidf`); other blocks, and feature unions this does not model,
        go through scikit-learn as in :meth:`features`.
        """
        union = self.pipeline.named_steps["features"]
        if union.transformer_weights:
            return self.features(records)
        fast = _FAST_BLOCKS.get(self)
        if fast is None:
            fast = _FAST_BLOCKS[self] = [FastTfidf.of(t) for _, t in union.transformer_list]
        blocks = [
            (f or t).transform(records)
            for f, (_, t) in zip(fast, union.transformer_list, strict=True)
            if t not in ("drop", "passthrough")
        ]
        return sp.hstack(blocks, format="csr")


# Built on first use, outside the instance so that pickling a TrainedModel never includes them.
_FAST_BLOCKS: weakref.WeakKeyDictionary[TrainedModel, list[FastTfidf | None]] = weakref.WeakKeyDictionary()
_SCORERS: weakref.WeakKeyDictionary[TrainedModel, Any] = weakref.WeakKeyDictionary()


def _softmax_rows(z: np.ndarray) -> np.ndarray:
    """Multinomial logistic regression's probabilities from its logits, row by row."""
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def _locate(msg: Any, kind: str, term: str) -> tuple[int, int] | None:
    """Where an n-gram (or the first entity of a kind) occurs, as a span of the ORIGINAL text."""
    from verifier.features import entity_token, record_chars, word_ngrams_with_spans

    if kind == "char":
        i = record_chars({"text": msg.text}).find(term)
        return msg.norm.to_original(i, i + len(term)) if i >= 0 and term.strip() else None
    if kind == "word":
        for gram, s, e in word_ngrams_with_spans(msg.text):
            if gram == term:
                return msg.norm.to_original(s, e)
    if kind == "entities":
        for ent in msg.entities:
            if f"has={entity_token(ent.kind, ent.attrs)}" == term and ent.end > ent.start:
                return (ent.start, ent.end)
    return None


def _model_evidence(
    kind: str, term: str, cls: str, weight: float, span: tuple[int, int] | None, original: str
) -> Evidence:
    shown = original[span[0] : span[1]] if span else ""
    if kind == "entities":
        token = term.removeprefix("has=")
        what_zh = f"{_ENTITY_ZH.get(token, _ENTITY_ZH.get(token.split(':')[0], token))}「{shown}」"
        what_en = f'the {token} "{shown}"'
    else:
        what_zh = f"{_KIND_ZH.get(kind, kind)}「{shown or term}」"
        what_en = f'"{shown or term}"'
    return Evidence(
        rule=f"MODEL:{kind}:{term}",
        supports="genuine" if cls == "legit" else cls,  # type: ignore[arg-type]
        weight=round(weight, 3),
        span=span,
        text=shown,
        explanation_zh=f"分类器：{what_zh}让这条短信的文字更像“{_CLASS_ZH[cls]}”（贡献 +{weight:.2f}）。",
        explanation_en=f"Classifier: {what_en} makes the wording look more {_CLASS_EN[cls]} "
        f"(contribution +{weight:.2f}).",
        source="model",
    )
