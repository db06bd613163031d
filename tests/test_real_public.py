"""Real public SMS that nobody on this project wrote (see tests/fixtures/SOURCE.md).

The Apache-2.0 rows are copied into tests/fixtures; the GPL-3.0 bank notices stay in ../shared and are read
from there when it is beside the checkout. These are the figures `verifier eval` reports as real text.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from verifier.training.evaluate import REAL_TEXT, load_real_text, real_text_report

FIXTURE = Path(__file__).parent / "fixtures" / "real_public_apache.jsonl"
APACHE = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()]
FRAUD = ("fraud_unspecified", "spoofed", "scam")


@pytest.mark.parametrize("row", [r for r in APACHE if r["label"] in FRAUD], ids=lambda r: r["text"][:12])
def test_real_fraud_is_never_called_genuine(verifier, row):
    assert verifier.check(row["text"]).label not in ("genuine", "mistaken")


def test_real_off_topic_texts_are_unrelated(verifier):
    off = [r for r in APACHE if not r["debt_related"] and r["label"] not in FRAUD]
    got = [verifier.check(r["text"]).label for r in off]
    missed = [r["text"][:30] for r, g in zip(off, got, strict=True) if g != "unrelated"]
    assert len(off) == 54 and len(missed) <= 0.05 * len(off), missed


def test_most_real_fraud_is_called_scam(verifier):
    fraud = [r for r in APACHE if r["label"] in FRAUD]
    assert sum(verifier.check(r["text"]).label == "scam" for r in fraud) >= 0.75 * len(fraud)


@pytest.mark.skipif(not REAL_TEXT.exists(), reason="../shared/corpora/real-public is not beside the checkout")
def test_real_bank_notices_are_not_called_spoofed_or_scam(verifier):
    report = real_text_report(load_real_text(REAL_TEXT), verifier)["full"]
    assert report["bank_as_spoofed_or_scam"] <= 0.05 * report["bank_notices"], report
    assert report["fraud_as_genuine"] == 0, report
    assert report["off_topic_unrelated"] >= 0.95 * report["off_topic"], report
