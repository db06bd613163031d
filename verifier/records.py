"""What the classifier sees of a message, without scikit-learn: the *record* of one message and the
text views its feature blocks read.

A record (:func:`model_record`) holds the normalised text, the kinds of entity found *in the text* and the
ids of the rules that fired. :func:`record_chars` is the character n-grams' preprocessor and
:func:`record_words` the word n-grams' analyzer. They live here, not in :mod:`verifier.features` (which
builds the scikit-learn pipeline), so that scoring with :mod:`verifier.linear` never imports
scikit-learn; :mod:`verifier.features` re-exports them under the names the pickled pipeline refers to
(``verifier.features.record_chars`` …).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from verifier.message import Message
from verifier.tokenize import tokenize, words
from verifier.types import Evidence

_DIGIT_RE = re.compile(r"\d")
_DIGITS_RE = re.compile(r"\d+")


# ------------------------------------------------------------------------------------------- records


def model_record(msg: Message, evidence: Sequence[Evidence]) -> dict[str, Any]:
    """What the classifier sees of one message: text, entity kinds in the text and fired rule ids."""
    return {
        "text": msg.text,
        "entities": tuple(sorted({entity_token(e.kind, e.attrs) for e in msg.entities})),
        # "unverified" rules (an unknown sender or number) are no evidence either way by design; as
        # features the model would learn the generator's habit of giving unknown numbers to fakes.
        "rules": tuple(
            sorted({ev.rule for ev in evidence if ev.source == "rule" and ev.supports != "unverified"})
        ),
    }


def entity_token(kind: str, attrs: Mapping[str, Any]) -> str:
    if kind == "phone":
        return f"phone:{attrs.get('phone_kind', 'other')}"
    if kind == "link":
        return "link:short" if attrs.get("is_short") else "link:ip" if attrs.get("is_ip") else "link"
    return kind


def record_chars(record: Mapping[str, Any]) -> str:
    """Text for the character n-grams: the normalised text with every digit written as 0 (same length)."""
    return _DIGIT_RE.sub("0", record["text"])


@lru_cache(maxsize=1 << 14)
def _mask_word(word: str) -> str:
    # Words repeat far more than they vary: remembering the masked form is cheaper than the regex.
    return _DIGITS_RE.sub("0", word)


def word_ngrams_with_spans(text: str) -> list[tuple[str, int, int]]:
    """jieba word unigrams and bigrams of normalised ``text`` (digit runs as 0), with their spans."""
    toks = [(_mask_word(w), s, e) for w, s, e in tokenize(text)]
    grams = list(toks)
    grams += [(f"{a} {b}", s, e) for (a, s, _), (b, _, e) in itertools.pairwise(toks)]
    return grams


def record_words(record: Mapping[str, Any]) -> list[str]:
    """Analyzer for the word TF-IDF: jieba unigrams and bigrams of the record's text (the grams of
    :func:`word_ngrams_with_spans`, built without their spans: this runs on every message)."""
    toks = [_mask_word(w) for w in words(record["text"])]
    return toks + [f"{a} {b}" for a, b in itertools.pairwise(toks)]
