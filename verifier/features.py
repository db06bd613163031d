"""Classifier features: one plain-dict *record* per message (built in :mod:`verifier.records`), scikit-learn
transformers over records, and ``build_pipeline()``.

The classifier answers a text question only: is this a **legit**imate notice, a **spoofed** one or a
**scam**? Who the notice reached (genuine vs mistaken) is left to the metadata rules; see
:func:`verifier.combine.model_logits`, which splits the model's ``legit`` probability. So a record
(:func:`model_record`) holds the normalised text, the kinds of entity found *in the text* (a short link, a
card number, a mobile number…) and the ids of the rules that fired (used only when the pipeline is built
with ``use_rules=True``). It holds no metadata: no sender, has_account, recipient name or time.

The pipeline is ``FeatureUnion(char n-gram TF-IDF, jieba word n-gram TF-IDF, TextEntities[, RuleHits])``
into scikit-learn's multinomial :class:`~sklearn.linear_model.LogisticRegression`. Every callable the
pipeline holds is a module-level function, so the fitted pipeline pickles.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.utils.validation import check_is_fitted

# The record and its text views live in verifier.records (no scikit-learn there); the pickled pipeline
# names record_chars and record_words by this module's path, so they stay importable from here.
from verifier.records import (  # noqa: F401
    _mask_word,
    entity_token,
    model_record,
    record_chars,
    record_words,
    word_ngrams_with_spans,
)

#: What the classifier predicts: a legitimate notice (genuine or mistaken: the text cannot tell), spoofed
#: or scam.
MODEL_CLASSES = ("legit", "spoofed", "scam")
#: Corpus label → model class.
TO_MODEL_CLASS = {"genuine": "legit", "mistaken": "legit", "spoofed": "spoofed", "scam": "scam"}
#: Phone-number kinds from :func:`verifier.extract.classify_number`.
PHONE_KINDS = (
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


class TextEntities(_RecordTransformer):
    """One 0/1 column per kind of entity found in the text, from ``record["entities"]``.

    Feature names read ``has=card``, ``has=phone:mobile``, ``has=link:short``. The columns are fixed (no
    parameters); ``fit`` only records them. Entities come from the text alone, never from metadata.
    """

    def fit(self, X: Iterable[Mapping[str, Any]], y: Any = None) -> TextEntities:
        kinds = [k for k in ENTITY_KINDS if k not in ("phone", "link")]
        names = [
            f"has={k}"
            for k in (*kinds, *(f"phone:{p}" for p in PHONE_KINDS), "link", "link:short", "link:ip")
        ]
        self.vocabulary_ = {name: j for j, name in enumerate(names)}
        self.feature_names_out_ = np.asarray(names, dtype=object)
        return self

    def _flags(self, records: Iterable[Mapping[str, Any]]) -> list[Iterable[str]]:
        return [[f"has={e}" for e in rec.get("entities", ())] for rec in records]


__all__ = [
    "CLASS_WEIGHT",
    "MODEL_CLASSES",
    "TO_MODEL_CLASS",
    "RuleHits",
    "TextEntities",
    "build_pipeline",
    "entity_token",
    "model_record",
    "record_chars",
    "record_words",
]


# ------------------------------------------------------------------------------------------ pipeline

#: Default class weights: a scam that slips through as a legitimate notice is the worst error, so scam
#: rows count double (chosen by grouped cross-validation on the train families, see
#: verifier/training/train.py).
CLASS_WEIGHT = {"legit": 1.0, "spoofed": 1.0, "scam": 2.0}


def build_pipeline(
    rule_ids: Sequence[str] | None = None,
    *,
    use_rules: bool = False,
    C: float = 1.0,
    class_weight: dict | None = None,
) -> Pipeline:
    """The untrained classifier: text n-grams and text entity kinds into a multinomial logistic regression.

    ``use_rules=True`` adds one column per rule (``rule_ids`` fixes them: pass ``RuleSet.ids`` so rules
    that never fired in training still have a named column).
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
        ("entities", TextEntities()),
    ]
    if use_rules:
        parts.append(("rules", RuleHits(rule_ids=rule_ids)))
    weights = CLASS_WEIGHT if class_weight is None else class_weight
    return Pipeline(
        [
            ("features", FeatureUnion(parts)),
            ("clf", LogisticRegression(C=C, class_weight=weights, max_iter=1000, tol=1e-6)),
        ]
    )
