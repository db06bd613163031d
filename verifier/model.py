"""Loading the trained classifier from ``model/`` with its manifest hashes checked.

A model folder holds ``verifier.joblib`` (the fitted scikit-learn Pipeline, pickled: what is trained and
evaluated), ``scorer.npz`` (the same model's numbers as plain arrays, :class:`verifier.linear.LinearScorer`:
what ``check`` and ``check_many`` score with), ``MANIFEST.json`` (the sha256 of both) and ``MODEL_CARD.md``.
:func:`load_model` reads the scorer, which runs no code and needs no scikit-learn; the pipeline is
unpickled only when something reads ``TrainedModel.pipeline`` (training, evaluation, notebooks). A folder
trained before ``scorer.npz`` existed still loads, through the pipeline, with a warning that says how to
add the scorer (``python -m verifier.training.export FOLDER``).
"""

from __future__ import annotations

import hashlib
import json
import warnings
from collections.abc import Callable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from verifier.linear import LinearScorer
from verifier.types import Evidence

ARTEFACT = "verifier.joblib"
SCORER = "scorer.npz"
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

    The model scores with ``scorer.npz``, read as plain arrays (no code runs); ``verifier.joblib`` is
    unpickled only when ``.pipeline`` is read. Unpickling runs whatever the artefact says, so both files
    are checked: the bundled ones must match the hashes pinned in the package source
    (:mod:`verifier.bundled_model`), so replacing them together with the manifest is caught. A folder given
    explicitly must exist and hold files whose hashes match its manifest; that guards against accidents,
    not against whoever can write the folder: trust a model folder as you would trust code.
    """
    checked = _checked(model_dir)
    if checked is None:
        return None
    artefact, manifest, scorer = checked
    if scorer is None:
        if model_dir is None:  # the bundled model always lists its scorer: never reached when installed
            raise ModelError(f"the bundled {MANIFEST} lists no {SCORER}; reinstall the package")
        warnings.warn(
            f"{artefact.parent} has no {SCORER} listed in its {MANIFEST} (trained by an older version): "
            "loading the pickled pipeline instead, which takes longer and imports scikit-learn. Add the "
            f"scorer with `python -m verifier.training.export {artefact.parent}`.",
            stacklevel=2,
        )
        return _unpickle(artefact, manifest["sha256"], bundled=False)
    try:
        fast = LinearScorer.load(scorer)
    except ValueError as err:
        raise ModelError(str(err)) from None
    return TrainedModel.from_scorer(fast, lambda: _unpickle(artefact, manifest["sha256"], model_dir is None))


def checked_artefact(model_dir: str | Path | None = None, *, scorer: bool = True) -> Path | None:
    """The artefact of ``model_dir`` once every check of :func:`load_model` has passed, without loading
    it; None when the bundled one is absent. Raises :class:`ModelError`. ``scorer=False`` leaves the
    scorer unchecked (for re-exporting it)."""
    checked = _checked(model_dir, scorer)
    return None if checked is None else checked[0]


def _checked(
    model_dir: str | Path | None, with_scorer: bool = True
) -> tuple[Path, dict[str, Any], Path | None] | None:
    """(artefact, manifest, scorer or None when the manifest lists none) of a folder whose files match
    its manifest (and, for the bundled model, the pinned hashes); None when the bundled one is absent."""
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
    _check_hash(artefact, manifest["sha256"], manifest_path, "retrain with `verifier train`")
    if model_dir is None:
        _check_pinned(artefact, manifest["sha256"], "SHA256")
    entry = manifest.get("scorer")
    if entry is None or not with_scorer:
        return artefact, manifest, None
    if not isinstance(entry, dict) or not all(
        isinstance(entry.get(k), str) for k in ("file", "sha256", "exported_from")
    ):
        raise ModelError(
            f"{manifest_path}: its scorer entry is not an object with file, sha256, exported_from"
        )
    scorer = folder / SCORER
    export = f"`python -m verifier.training.export {folder}`"
    if entry["file"] != SCORER or entry["exported_from"] != manifest["sha256"]:
        raise ModelError(f"{manifest_path} lists a scorer not exported from {artefact}; re-export: {export}")
    if not scorer.exists():
        raise ModelError(f"{manifest_path} lists {SCORER} but {folder} has none; export it with {export}")
    _check_hash(scorer, entry["sha256"], manifest_path, f"re-export it with {export}")
    if model_dir is None:
        _check_pinned(scorer, entry["sha256"], "SCORER_SHA256")
    return artefact, manifest, scorer


def _check_hash(path: Path, expected: str, manifest_path: Path, remedy: str) -> None:
    actual = sha256(path)
    if actual != expected:
        raise ModelError(
            f"{path} does not match {manifest_path}: sha256 {actual} != {expected}; "
            f"{remedy} or restore the file"
        )


def _check_pinned(path: Path, digest: str, name: str) -> None:
    """The bundled file's hash (already checked against the manifest) against the one pinned in
    :mod:`verifier.bundled_model`."""
    import verifier.bundled_model as bundled

    pinned = getattr(bundled, name)
    if digest != pinned:
        raise ModelError(
            f"the bundled {path} (sha256 {digest}) is not the one this package was released with "
            f"({pinned}); reinstall the package"
        )


def _unpickle(artefact: Path, digest: str, bundled: bool) -> TrainedModel:
    """The pickled TrainedModel, its hash checked once more just before it is unpickled (the file may have
    changed since the folder was loaded)."""
    _check_hash(artefact, digest, artefact.parent / MANIFEST, "retrain with `verifier train`")
    if bundled:
        _check_pinned(artefact, digest, "SHA256")
    import joblib

    return joblib.load(artefact)


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
    """The fitted classifier (records → legit/spoofed/scam probabilities) and the calibration temperature
    of the combined output.

    ``temperature`` divides the combined logits in :func:`verifier.combine.combine` (fitted on out-of-fold
    predictions over the train families; None: the policy's own temperature).

    Built from a fitted Pipeline (training; what ``verifier.joblib`` pickles), or by :func:`load_model` from
    ``scorer.npz`` (:meth:`from_scorer`): then ``pipeline`` and ``feature_names`` are unpickled from
    ``verifier.joblib`` the first time they are read, and scoring never needs them. Either way the scores,
    feature rows and explanations come from a :class:`verifier.linear.LinearScorer` (the pipeline's own
    numbers); a pipeline it does not model goes through scikit-learn.
    """

    def __init__(self, pipeline: Any, temperature: float | None = None) -> None:
        self.pipeline = pipeline
        self.temperature = temperature
        clf = pipeline.named_steps["clf"]
        self.classes = tuple(str(c) for c in clf.classes_)
        self.feature_names = pipeline.named_steps["features"].get_feature_names_out()

    @classmethod
    def from_scorer(cls, scorer: LinearScorer, load: Callable[[], TrainedModel]) -> TrainedModel:
        """The model of ``scorer``; ``load()`` gives the pickled model, for ``pipeline`` when it is read."""
        model = cls.__new__(cls)
        model.temperature = scorer.temperature
        model.classes = scorer.classes
        model.__dict__["_scorer"] = scorer
        model.__dict__["_load"] = load
        return model

    def __getattr__(self, name: str) -> Any:
        # Only reached for attributes the instance lacks: the pipeline of a model loaded from its scorer.
        load = self.__dict__.get("_load")
        if name not in ("pipeline", "feature_names") or load is None:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        pickled = load()
        if tuple(pickled.classes) != self.classes or pickled.temperature != self.temperature:
            raise ModelError(f"{SCORER} and {ARTEFACT} are not the same model; re-export the scorer")
        self.__dict__["pipeline"] = pickled.pipeline
        self.__dict__["feature_names"] = pickled.feature_names
        return self.__dict__[name]

    def __getstate__(self) -> dict[str, Any]:
        """What ``verifier.joblib`` holds: the pipeline, temperature, classes and feature names (never the
        scorer, which is rebuilt from them or read from ``scorer.npz``)."""
        return {k: getattr(self, k) for k in ("pipeline", "temperature", "classes", "feature_names")}

    def scorer(self) -> LinearScorer | None:
        """The scorer of this model (built from the pipeline once when it was not loaded from
        ``scorer.npz``), or None for a pipeline it does not model."""
        if "_scorer" not in self.__dict__:
            self.__dict__["_scorer"] = LinearScorer.of(self.pipeline, self.temperature)
        return self.__dict__["_scorer"]

    def predict_proba(
        self, msgs: Sequence[Any], evidences: Sequence[Sequence[Evidence]]
    ) -> list[dict[str, float]]:
        """One {model class: probability} per message (one batched call; ``check_many``): :meth:`predict`'s,
        to about 1e-15, without building the feature matrix."""
        records = _records(msgs, evidences)
        if not records:
            return []
        scorer = self.scorer()
        logits = scorer.logits_of(records) if scorer is not None else self._logits(self.features(records))
        return self._probabilities(logits)

    def features(self, records: Sequence[dict[str, Any]]) -> Any:
        """The pipeline's feature matrix (CSR) for these records, from scikit-learn (the reference that
        :meth:`transform` reproduces).

        Same as ``pipeline["features"].transform`` but calls each transformer directly: FeatureUnion's
        parallel dispatch costs more than the transform itself for one short message.
        """
        import scipy.sparse as sp

        union = self.pipeline.named_steps["features"]
        if union.transformer_weights:
            return union.transform(records).tocsr()
        blocks = [t.transform(records) for _, t in union.transformer_list if t not in ("drop", "passthrough")]
        return sp.hstack(blocks, format="csr")

    def _logits(self, x: Any) -> np.ndarray:
        scorer = self.scorer()
        if scorer is not None:
            return scorer.logits_many(x)
        clf = self.pipeline.named_steps["clf"]
        return np.asarray(x @ clf.coef_.T) + clf.intercept_

    def score(self, msg: Any, evidence: Sequence[Evidence]) -> tuple[dict[str, float], Any]:
        """Probabilities for one message, and its feature row for :meth:`explain`.

        Computed by :class:`verifier.linear.LinearScorer` with numpy alone (the per-message cost of
        building sparse matrices was most of the classifier's time in ``check``); a pipeline it does not
        model goes through scikit-learn.
        """
        from verifier.records import model_record

        record = model_record(msg, evidence)
        scorer = self.scorer()
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
        scorer = self.scorer()
        coef = scorer.coef if scorer is not None else self.pipeline.named_steps["clf"].coef_
        c = self.classes.index(cls)
        cols, vals = x.indices, x.data
        # Softmax ignores a shift shared by all classes, so a feature's pull towards `cls` is its
        # coefficient minus the mean coefficient over the classes.
        contrib = vals * (coef[c, cols] - coef[:, cols].mean(axis=0))
        out: list[Evidence] = []
        for k in np.argsort(-contrib, kind="stable"):
            if contrib[k] <= 0 or len(out) == TOP_FEATURES:
                break
            name = scorer.feature_name(cols[k]) if scorer is not None else str(self.feature_names[cols[k]])
            kind, _, term = name.partition("__")
            if kind == "rules" or (kind != "entities" and not readable_term(term)):
                continue  # a rule is already listed as rule evidence; "已", "，" or "0" explain nothing
            span = _locate(msg, kind, term)
            out.append(_model_evidence(kind, term, cls, float(contrib[k]), span, msg.original))
        return out

    # --------------------------------------------------------------------------------- many messages

    def predict(
        self, msgs: Sequence[Any], evidences: Sequence[Sequence[Evidence]]
    ) -> tuple[list[dict[str, float]], Any]:
        """:meth:`predict_proba` and the feature matrix (rows for :meth:`explain`), from :meth:`transform`."""
        records = _records(msgs, evidences)
        if not records:
            return [], None
        x = self.transform(records)
        return self._probabilities(self._logits(x)), x

    def _probabilities(self, logits: np.ndarray) -> list[dict[str, float]]:
        return [dict(zip(self.classes, map(float, row), strict=True)) for row in _softmax_rows(logits)]

    def transform(self, records: Sequence[dict[str, Any]]) -> Any:
        """The same matrix as :meth:`features`, bit for bit, computed faster and without scikit-learn or
        scipy by :meth:`verifier.linear.LinearScorer.transform` (the arrays of its CSR form, a
        :class:`verifier.csr.Rows`: ``x[i]`` is row ``i`` for :meth:`explain`); a pipeline it does not model
        goes through :meth:`features`."""
        scorer = self.scorer()
        return scorer.transform(records) if scorer is not None else self.features(records)


def _records(msgs: Sequence[Any], evidences: Sequence[Sequence[Evidence]]) -> list[dict[str, Any]]:
    from verifier.records import model_record

    return [model_record(m, ev) for m, ev in zip(msgs, evidences, strict=True)]


def _softmax_rows(z: np.ndarray) -> np.ndarray:
    """Multinomial logistic regression's probabilities from its logits, row by row."""
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def _locate(msg: Any, kind: str, term: str) -> tuple[int, int] | None:
    """Where an n-gram (or the first entity of a kind) occurs, as a span of the ORIGINAL text."""
    from verifier.records import entity_token, record_chars, word_ngrams_with_spans

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
