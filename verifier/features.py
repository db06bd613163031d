"""Classifier features: one plain-dict *record* per message, scikit-learn transformers over records, and
``build_pipeline()``.

A record (:func:`model_record`) holds what the classifier may look at: the normalised text, the ids of
the rules that fired, and metadata (sender kind, has_account, name match, hour, entity kinds). The
pipeline is ``FeatureUnion(char n-gram TF-IDF, jieba word n-gram TF-IDF, RuleHits, MetaFeatures)`` into
:class:`OffsetLogisticRegression`, a multinomial logistic regression that can be trained *on top of*
the rule weights (see :mod:`verifier.train` for why). Every callable the pipeline holds is a module-level
function, so the fitted pipeline pickles.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np
import scipy.sparse as sp
from scipy.optimize import minimize
from scipy.special import logsumexp
from sklearn.base import BaseEstimator, ClassifierMixin, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.preprocessing import LabelEncoder
from sklearn.utils.multiclass import check_classification_targets
from sklearn.utils.validation import check_array, check_is_fitted, validate_data

from verifier.checks import name_match, name_mismatch
from verifier.message import Message
from verifier.tokenize import tokenize
from verifier.types import Evidence

#: Sender kinds from :func:`verifier.extract.classify_number`, plus "none" (no sender given).
SENDER_KINDS = (
    "none",
    "mobile",
    "virtual",
    "service",
    "hotline_400",
    "sms_port",
    "international",
    "landline",
    "short",
    "other",
)
ENTITY_KINDS = (
    "phone",
    "link",
    "card",
    "wallet",
    "amount",
    "date",
    "tail",
    "name",
    "institution",
    "app",
    "code",
)
#: Hours (local to the message's own offset) counted as night.
NIGHT_HOURS = frozenset((22, 23, 0, 1, 2, 3, 4, 5, 6, 7))

_DIGIT_RE = re.compile(r"\d")
_DIGITS_RE = re.compile(r"\d+")


# ------------------------------------------------------------------------------------------- records


def model_record(msg: Message, evidence: Sequence[Evidence]) -> dict[str, Any]:
    """What the classifier sees of one message: text, fired rule ids and metadata, as a plain dict."""
    return {
        "text": msg.text,
        "rules": tuple(sorted({ev.rule for ev in evidence if ev.source == "rule"})),
        "sender_kind": msg.sender_kind if msg.sender else None,
        "has_account": msg.has_account,
        "name": _name_status(msg),
        "hour": msg.received_at.hour if msg.received_at is not None else None,
        "entities": tuple(sorted({_entity_token(e.kind, e.attrs) for e in msg.entities})),
    }


def _name_status(msg: Message) -> str:
    """ "match" / "mismatch" when a greeting can be compared with recipient_name, else "unknown"."""
    if name_mismatch(msg, None):  # the checks never look at the registry
        return "mismatch"
    return "match" if name_match(msg, None) else "unknown"


def _entity_token(kind: str, attrs: Mapping[str, Any]) -> str:
    if kind == "phone":
        return f"phone:{attrs.get('phone_kind', 'other')}"
    if kind == "link":
        return "link:short" if attrs.get("is_short") else "link:ip" if attrs.get("is_ip") else "link"
    return kind


def record_chars(record: Mapping[str, Any]) -> str:
    """Text for the character n-grams: the normalised text with every digit written as 0 (same length)."""
    return _DIGIT_RE.sub("0", record["text"])


def _mask_word(word: str) -> str:
    return _DIGITS_RE.sub("0", word)


def word_ngrams_with_spans(text: str) -> list[tuple[str, int, int]]:
    """jieba word unigrams and bigrams of normalised ``text`` (digit runs as 0), with their spans."""
    toks = [(_mask_word(w), s, e) for w, s, e in tokenize(text)]
    grams = list(toks)
    grams += [(f"{a} {b}", s, e) for (a, s, _), (b, _, e) in itertools.pairwise(toks)]
    return grams


def record_words(record: Mapping[str, Any]) -> list[str]:
    """Analyzer for the word TF-IDF: jieba unigrams and bigrams of the record's text."""
    return [g for g, _, _ in word_ngrams_with_spans(record["text"])]


# -------------------------------------------------------------------------------------- transformers


class _RecordTransformer(TransformerMixin, BaseEstimator):
    """Base for transformers whose input is a sequence of records (dicts), not a 2-D array."""

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.two_d_array = False
        tags.input_tags.dict = True
        tags.requires_fit = True
        return tags

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        check_is_fitted(self, "feature_names_out_")
        return self.feature_names_out_.copy()

    def _flags(self, records: Iterable[Mapping[str, Any]]) -> list[Iterable[str]]:
        raise NotImplementedError

    def transform(self, X: Iterable[Mapping[str, Any]]) -> sp.csr_matrix:
        check_is_fitted(self, "vocabulary_")
        flag_lists = self._flags(X)
        rows, cols = [], []
        for i, flags in enumerate(flag_lists):
            for flag in flags:
                j = self.vocabulary_.get(flag)
                if j is not None:
                    rows.append(i)
                    cols.append(j)
        data = np.ones(len(rows), dtype=np.float64)
        return sp.csr_matrix((data, (rows, cols)), shape=(len(flag_lists), len(self.vocabulary_)))


class RuleHits(_RecordTransformer):
    """One 0/1 column per rule id (feature names = rule ids), from ``record["rules"]``.

    Parameters
    ----------
    rule_ids : sequence of str or None
        The columns, in order. None: the sorted ids seen in ``fit``.
    """

    def __init__(self, rule_ids: Sequence[str] | None = None) -> None:
        self.rule_ids = rule_ids

    def fit(self, X: Iterable[Mapping[str, Any]], y: Any = None) -> RuleHits:
        X = list(X)
        ids = (
            list(self.rule_ids)
            if self.rule_ids is not None
            else sorted({r for rec in X for r in rec["rules"]})
        )
        if len(set(ids)) != len(ids):
            raise ValueError("rule_ids must be unique")
        self.vocabulary_ = {rid: j for j, rid in enumerate(ids)}
        self.feature_names_out_ = np.asarray(ids, dtype=object)
        return self

    def _flags(self, records: Iterable[Mapping[str, Any]]) -> list[Iterable[str]]:
        return [rec["rules"] for rec in records]


class MetaFeatures(_RecordTransformer):
    """One-hot metadata: sender kind, has_account, name match, night/day, entity kinds present.

    Feature names read ``sender=mobile``, ``account=no``, ``name=mismatch``, ``hour=night``,
    ``has=link:short``. The columns are fixed (no parameters), ``fit`` only records them.
    """

    def fit(self, X: Iterable[Mapping[str, Any]], y: Any = None) -> MetaFeatures:
        names = [f"sender={k}" for k in SENDER_KINDS]
        names += ["account=yes", "account=no", "account=unknown"]
        names += ["name=match", "name=mismatch", "name=unknown"]
        names += ["hour=night", "hour=day", "hour=unknown"]
        phone_kinds = [k for k in SENDER_KINDS if k != "none"]
        kinds = [k for k in ENTITY_KINDS if k not in ("phone", "link")]
        names += [
            f"has={k}"
            for k in (*kinds, *(f"phone:{p}" for p in phone_kinds), "link", "link:short", "link:ip")
        ]
        self.vocabulary_ = {name: j for j, name in enumerate(names)}
        self.feature_names_out_ = np.asarray(names, dtype=object)
        return self

    def _flags(self, records: Iterable[Mapping[str, Any]]) -> list[Iterable[str]]:
        out = []
        for rec in records:
            kind = rec.get("sender_kind")
            kind = "none" if kind is None else kind if kind in SENDER_KINDS else "other"
            acct = rec.get("has_account")
            hour = rec.get("hour")
            flags = [
                f"sender={kind}",
                "account=unknown" if acct is None else "account=yes" if acct else "account=no",
                f"name={rec.get('name') or 'unknown'}",
                "hour=unknown" if hour is None else "hour=night" if hour in NIGHT_HOURS else "hour=day",
            ]
            flags += [f"has={e}" for e in rec.get("entities", ())]
            out.append(flags)
        return out


# ---------------------------------------------------------------------------------------- classifier


class OffsetLogisticRegression(ClassifierMixin, BaseEstimator):
    """Multinomial logistic regression with an optional fixed per-class offset at fit time.

    ``fit(X, y, offset=O)`` maximises the L2-penalised likelihood of ``softmax(X W' + b + O)``: the model
    learns only what the offsets (here: the rule weights that :func:`verifier.combine.combine` will add)
    do not already explain. ``predict_proba`` never adds an offset, so ``combine`` adding the rule weights
    to ``log(predict_proba)`` reproduces exactly the training objective: no double counting.
    With ``offset=None`` this is ordinary multinomial logistic regression.

    Parameters
    ----------
    C : float
        Inverse L2 strength, as in :class:`sklearn.linear_model.LogisticRegression` (loss summed, not
        averaged, over samples).
    class_weight : dict or None
        Per-class sample weight multipliers (e.g. make scam errors dearer).
    max_iter, tol : L-BFGS settings.
    """

    def __init__(
        self, C: float = 1.0, class_weight: dict | None = None, max_iter: int = 500, tol: float = 1e-6
    ) -> None:
        self.C = C
        self.class_weight = class_weight
        self.max_iter = max_iter
        self.tol = tol

    def fit(self, X: Any, y: Any, offset: Any = None, sample_weight: Any = None) -> OffsetLogisticRegression:
        X, y = validate_data(self, X, y, accept_sparse="csr", dtype=np.float64, reset=True)
        check_classification_targets(y)
        enc = LabelEncoder().fit(y)
        self.classes_ = enc.classes_
        yi = enc.transform(y)
        n, d = X.shape
        k = len(self.classes_)
        if k < 2:
            raise ValueError(f"needs samples of at least 2 classes; got {k} class")
        w = np.ones(n) if sample_weight is None else np.asarray(sample_weight, dtype=np.float64)
        if not w.any():
            raise ValueError("sample weights are all zero: nothing to fit")
        if self.class_weight is not None:
            w = w * np.array([self.class_weight.get(c, 1.0) for c in self.classes_])[yi]
        off = np.zeros((n, k)) if offset is None else _check_offset(offset, n, k)
        Y = np.zeros((n, k))
        Y[np.arange(n), yi] = 1.0
        C = float(self.C)

        def loss_grad(theta: np.ndarray) -> tuple[float, np.ndarray]:
            W = theta[: d * k].reshape(d, k)
            b = theta[d * k :]
            Z = X @ W + b + off
            lse = logsumexp(Z, axis=1)
            loss = C * float(w @ (lse - (Z * Y).sum(axis=1))) + 0.5 * float((W * W).sum())
            R = (np.exp(Z - lse[:, None]) - Y) * w[:, None] * C
            gW = np.asarray(X.T @ R) + W
            return loss, np.concatenate([gW.ravel(), R.sum(axis=0)])

        res = minimize(
            loss_grad,
            np.zeros(d * k + k),
            jac=True,
            method="L-BFGS-B",
            options={"maxiter": self.max_iter, "gtol": self.tol, "ftol": 1e-12},
        )
        self.coef_ = res.x[: d * k].reshape(d, k).T.copy()
        self.intercept_ = res.x[d * k :].copy()
        self.n_iter_ = np.array([res.nit])
        return self

    def _logits(self, X: Any) -> np.ndarray:
        check_is_fitted(self, "coef_")
        X = validate_data(self, X, accept_sparse="csr", dtype=np.float64, reset=False)
        return np.asarray(X @ self.coef_.T) + self.intercept_

    def decision_function(self, X: Any) -> np.ndarray:
        Z = self._logits(X)
        return Z[:, 1] - Z[:, 0] if len(self.classes_) == 2 else Z

    def predict_proba(self, X: Any) -> np.ndarray:
        Z = self._logits(X)
        return np.exp(Z - logsumexp(Z, axis=1)[:, None])

    def predict_log_proba(self, X: Any) -> np.ndarray:
        Z = self._logits(X)
        return Z - logsumexp(Z, axis=1)[:, None]

    def predict(self, X: Any) -> np.ndarray:
        Z = self._logits(X)
        return self.classes_[np.argmax(Z, axis=1)]

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.sparse = True
        return tags


def _check_offset(offset: Any, n: int, k: int) -> np.ndarray:
    off = check_array(offset, dtype=np.float64)
    if off.shape != (n, k):
        raise ValueError(f"offset must have shape (n_samples, n_classes) = {(n, k)}, got {off.shape}")
    return off


__all__ = [
    "CLASS_WEIGHT",
    "MetaFeatures",
    "OffsetLogisticRegression",
    "RuleHits",
    "build_pipeline",
    "model_record",
    "record_chars",
    "record_words",
]


# ------------------------------------------------------------------------------------------ pipeline

#: Default class weights: a scam that slips through as genuine is the worst error, so scam counts double.
CLASS_WEIGHT = {"genuine": 1.0, "spoofed": 1.0, "mistaken": 1.0, "scam": 2.0}


def build_pipeline(
    rule_ids: Sequence[str] | None = None,
    *,
    use_rules: bool = True,
    C: float = 1.0,
    class_weight: dict | None = None,
) -> Pipeline:
    """The untrained classifier: text, rule-hit and metadata features into a linear model.

    ``rule_ids`` fixes the rule-hit columns (pass ``RuleSet.ids`` so rules that never fired in training
    still have a named column); ``use_rules=False`` leaves the rule hits out.
    """
    parts: list[tuple[str, Any]] = [
        (
            "char",
            TfidfVectorizer(
                analyzer="char",
                preprocessor=record_chars,
                ngram_range=(1, 3),
                min_df=2,
                sublinear_tf=True,
                dtype=np.float64,
            ),
        ),
        ("word", TfidfVectorizer(analyzer=record_words, min_df=2, sublinear_tf=True, dtype=np.float64)),
        ("meta", MetaFeatures()),
    ]
    if use_rules:
        parts.append(("rules", RuleHits(rule_ids=rule_ids)))
    weights = CLASS_WEIGHT if class_weight is None else class_weight
    return Pipeline(
        [
            ("features", FeatureUnion(parts)),
            ("clf", OffsetLogisticRegression(C=C, class_weight=weights)),
        ]
    )
