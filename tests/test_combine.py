"""combine(): forced rules, group caps, model fusion."""

from __future__ import annotations

import pytest

from verifier.combine import FORCED_FLOOR, combine, rule_scores
from verifier.rules import Policy
from verifier.types import Evidence

POLICY = Policy(forced=("CARD",), group_caps={"tone": 1.0}, priors={"genuine": 0.5})
GROUPS = {"CARD": "payment", "T1": "tone", "T2": "tone", "T3": "tone", "SENDER_OK": "sender"}


def ev(rule: str, supports: str, weight: float) -> Evidence:
    return Evidence(rule, supports, weight, None, "", "z", "e")  # type: ignore[arg-type]


def test_group_cap_limits_piled_up_tone():
    totals = rule_scores(
        [ev("T1", "scam", 0.8), ev("T2", "scam", 0.8), ev("T3", "scam", 0.8)], POLICY, GROUPS
    )
    assert totals["scam"] == pytest.approx(1.0)


def test_forced_rule_wins_over_heavier_genuine_evidence():
    label, scores, risk = combine([ev("SENDER_OK", "genuine", 9.0), ev("CARD", "scam", 0.1)], POLICY, GROUPS)
    assert label == "scam"
    assert scores["scam"] >= FORCED_FLOOR
    assert sum(scores.values()) == pytest.approx(1.0)
    assert risk >= 90


def test_without_evidence_priors_decide():
    label, scores, _ = combine([], POLICY, GROUPS)
    assert label == "genuine"
    assert sum(scores.values()) == pytest.approx(1.0)


def test_model_probabilities_are_shifted_by_rules():
    proba = {"genuine": 0.6, "spoofed": 0.3, "mistaken": 0.05, "scam": 0.05}
    label, _, _ = combine([], POLICY, GROUPS, proba)
    assert label == "genuine"
    label, scores, _ = combine([ev("X", "spoofed", 2.0)], POLICY, GROUPS, proba)
    assert label == "spoofed"
    assert scores["spoofed"] > 0.7


def test_model_legit_class_is_split_by_recipient_rules():
    proba = {"legit": 0.8, "spoofed": 0.15, "scam": 0.05}
    policy = Policy(legit_split={"genuine": 0.0, "mistaken": -2.0})
    label, scores, _ = combine([], policy, GROUPS, proba)
    assert label == "genuine"
    assert scores["mistaken"] < scores["genuine"] / 5
    label, _, _ = combine([ev("NO_ACCOUNT", "mistaken", 4.0)], policy, GROUPS, proba)
    assert label == "mistaken"


def test_temperature_softens_but_keeps_the_label():
    proba = {"genuine": 0.7, "spoofed": 0.2, "mistaken": 0.05, "scam": 0.05}
    label1, sharp, _ = combine([], POLICY, GROUPS, proba, temperature=1.0)
    label2, soft, _ = combine([], POLICY, GROUPS, proba, temperature=2.0)
    assert label1 == label2 == "genuine"
    assert soft["genuine"] < sharp["genuine"]
