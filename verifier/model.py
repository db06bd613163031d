"""Loading the trained classifier from ``model/`` with its manifest hash checked."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

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
    """The trained model in ``model_dir`` (default: the bundled one), or None when there is none."""
    folder = _model_dir(model_dir)
    artefact = folder / ARTEFACT
    if not artefact.exists():
        return None
    manifest_path = folder / MANIFEST
    if not manifest_path.exists():
        raise ModelError(f"{artefact} has no {MANIFEST} beside it; refusing to load an unverified model")
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    actual = sha256(artefact)
    if manifest.get("sha256") != actual:
        raise ModelError(
            f"{artefact} does not match {manifest_path}: sha256 {actual} != {manifest.get('sha256')}; "
            "retrain with `verifier train` or restore the artefact"
        )
    import joblib

    return joblib.load(artefact)


# --------------------------------------------------------------------------------------- the model

#: How many n-grams/metadata flags ``explain`` lists as evidence.
TOP_FEATURES = 4
_LABEL_ZH = {"genuine": "真实通知", "spoofed": "仿冒通知", "mistaken": "发错了人", "scam": "诈骗"}
_KIND_ZH = {"char": "字串", "word": "词语", "meta": "信息"}


class TrainedModel:
    """The fitted classifier Pipeline (records → probabilities) plus what ``explain`` needs.

    ``policy``/``groups`` are the rule policy the model was trained around; ``explain`` uses them only to
    find the label ``combine`` will choose, so that it explains *that* label.
    """

    def __init__(
        self, pipeline: Any, policy: Any, groups: dict[str, str], *, trained_with_offset: bool
    ) -> None:
        self.pipeline = pipeline
        self.policy = policy
        self.groups = groups
        self.trained_with_offset = trained_with_offset
        clf = pipeline.named_steps["clf"]
        self.classes = tuple(str(c) for c in clf.classes_)
        self.feature_names = pipeline.named_steps["features"].get_feature_names_out()

    def predict_proba(
        self, msgs: Sequence[Any], evidences: Sequence[Sequence[Evidence]]
    ) -> list[dict[str, float]]:
        """One {label: probability} per message (one batched pipeline call)."""
        from verifier.features import model_record

        records = [model_record(m, ev) for m, ev in zip(msgs, evidences, strict=True)]
        if not records:
            return []
        proba = self.pipeline.predict_proba(records)
        return [dict(zip(self.classes, map(float, row), strict=True)) for row in proba]

    def explain(self, msg: Any, evidence: Sequence[Evidence]) -> tuple[dict[str, float], list[Evidence]]:
        """Probabilities for one message and the features that most support the chosen label."""
        from verifier.combine import combine
        from verifier.features import model_record

        record = model_record(msg, evidence)
        x = self.pipeline.named_steps["features"].transform([record]).tocsr()
        clf = self.pipeline.named_steps["clf"]
        z = np.asarray(x @ clf.coef_.T).ravel() + clf.intercept_
        p = np.exp(z - z.max())
        p /= p.sum()
        proba = dict(zip(self.classes, map(float, p), strict=True))
        label, _, _ = combine(evidence, self.policy, self.groups, proba)
        return proba, self._top_features(msg, x, label)

    def _top_features(self, msg: Any, x: Any, label: str) -> list[Evidence]:
        coef = self.pipeline.named_steps["clf"].coef_
        c = self.classes.index(label)
        cols, vals = x.indices, x.data
        # Softmax ignores a shift shared by all classes, so a feature's pull towards `label` is its
        # coefficient minus the mean coefficient over the classes.
        contrib = vals * (coef[c, cols] - coef[:, cols].mean(axis=0))
        out: list[Evidence] = []
        for k in np.argsort(-contrib, kind="stable"):
            if contrib[k] <= 0 or len(out) == TOP_FEATURES:
                break
            kind, _, term = str(self.feature_names[cols[k]]).partition("__")
            if kind == "rules" or not term.strip():
                continue  # a rule is already listed as rule evidence; whitespace explains nothing
            span = _locate(msg, kind, term)
            out.append(_model_evidence(kind, term, label, float(contrib[k]), span, msg.original))
        return out


def _locate(msg: Any, kind: str, term: str) -> tuple[int, int] | None:
    """Where an n-gram first occurs, as a span of the ORIGINAL text; None for metadata."""
    from verifier.features import record_chars, word_ngrams_with_spans

    if kind == "char":
        i = record_chars({"text": msg.text}).find(term)
        return msg.norm.to_original(i, i + len(term)) if i >= 0 and term.strip() else None
    if kind == "word":
        for gram, s, e in word_ngrams_with_spans(msg.text):
            if gram == term:
                return msg.norm.to_original(s, e)
    return None


def _model_evidence(
    kind: str, term: str, label: str, weight: float, span: tuple[int, int] | None, original: str
) -> Evidence:
    shown = original[span[0] : span[1]] if span else ""
    what_zh = f"「{shown or term}」" if kind != "meta" else f"“{term}”"
    what_en = f'"{shown or term}"' if kind != "meta" else f"metadata {term}"
    return Evidence(
        rule=f"MODEL:{kind}:{term}",
        supports=label,  # type: ignore[arg-type]
        weight=round(weight, 3),
        span=span,
        text=shown,
        explanation_zh=f"分类器：{_KIND_ZH.get(kind, kind)}{what_zh}让这条短信更像“{_LABEL_ZH[label]}”"
        f"（贡献 +{weight:.2f}）。",
        explanation_en=f"Classifier: {what_en} makes the message look more {label} "
        f"(contribution +{weight:.2f}).",
        source="model",
    )
