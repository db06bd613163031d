"""Turn rule evidence (and the classifier's probabilities, when there is a model) into one label.

Order of decision, after Rspamd: forced rules first (decisive evidence is never outvoted by tone),
then per-class rule weights, capped per rule group, added to the model's log-probabilities.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping, Sequence

from verifier.rules import Policy
from verifier.types import LABELS, Evidence

#: How dangerous it is to act on a message of each class (0–1); risk is their probability-weighted sum.
DANGER = {"genuine": 0.0, "mistaken": 0.3, "spoofed": 0.8, "scam": 1.0}
#: A forced label gets at least this probability.
FORCED_FLOOR = 0.9
# When several forced rules fire, the more dangerous verdict wins.
_FORCE_ORDER = ("scam", "spoofed", "mistaken", "genuine")


def rule_scores(
    evidence: Sequence[Evidence],
    policy: Policy,
    groups: Mapping[str, str],
    also: Mapping[str, Sequence[str]] | None = None,
) -> dict[str, float]:
    """Summed rule weight per label, with each rule group capped at ``policy.group_caps``.

    ``also`` maps a rule id to further labels its weight counts for (a rule's ``also_supports``).
    """
    also = also or {}
    per_group: dict[tuple[str, str], float] = defaultdict(float)
    for ev in evidence:
        if ev.source == "rule":
            for label in (ev.supports, *also.get(ev.rule, ())):
                per_group[(label, groups.get(ev.rule, ev.rule))] += ev.weight
    totals = dict.fromkeys(LABELS, 0.0)
    for (label, group), weight in per_group.items():
        cap = policy.group_caps.get(group)
        totals[label] += min(weight, cap) if cap is not None else weight
    return totals


def combine(
    evidence: Sequence[Evidence],
    policy: Policy,
    groups: Mapping[str, str],
    model_proba: Mapping[str, float] | None = None,
    also: Mapping[str, Sequence[str]] | None = None,
    temperature: float | None = None,
) -> tuple[str, dict[str, float], int]:
    """Return (label, scores summing to 1, risk 0–100).

    ``temperature`` (a trained model's own calibration) overrides ``policy.temperature``.
    """
    totals = rule_scores(evidence, policy, groups, also)
    logits = model_logits(model_proba, policy) if model_proba is not None else dict(policy.priors)
    temp = temperature if temperature is not None else policy.temperature
    logits = {c: (logits.get(c, 0.0) + totals[c]) / temp for c in LABELS}
    scores = _softmax(logits)
    forced = {ev.supports for ev in evidence if ev.rule in policy.forced}
    label = next((c for c in _FORCE_ORDER if c in forced), None)
    if label is not None:
        scores = _floor(scores, label, FORCED_FLOOR)
    else:
        label = max(LABELS, key=lambda c: scores[c])
        if label == "spoofed" and model_proba is not None and policy.scam_split is not None:
            label, scores = _split_not_legit(scores, model_proba, policy.scam_split)
    risk = round(100 * sum(DANGER[c] * scores[c] for c in LABELS))
    return label, scores, int(risk)


def about_debt(evidence: Sequence[Evidence], policy: Policy, groups: Mapping[str, str]) -> bool:
    """Does the text read as a debt notice (or a debt scam)? See ``debt_groups`` in the rules file."""
    return any(
        ev.source == "rule" and (ev.supports != "genuine" or groups.get(ev.rule) in policy.debt_groups)
        for ev in evidence
    )


def model_logits(model_proba: Mapping[str, float], policy: Policy) -> dict[str, float]:
    """Log-probabilities per label; a model's "legit" class is split into genuine and mistaken."""
    logits = {c: math.log(max(p, 1e-6)) for c, p in model_proba.items() if c != "legit"}
    if "legit" in model_proba:
        legit = math.log(max(model_proba["legit"], 1e-6))
        for label in ("genuine", "mistaken"):
            logits[label] = legit + policy.legit_split.get(label, 0.0)
    return {c: logits.get(c, math.log(1e-6)) for c in LABELS}


def _split_not_legit(
    scores: Mapping[str, float], model_proba: Mapping[str, float], threshold: float
) -> tuple[str, dict[str, float]]:
    """Spoofed or scam, when the evidence says "not from the institution"? The text decides.

    Unofficial senders, numbers and links say a message did not come from the lender; they cannot say
    whether its text is merely a look-alike notice or a fraud script, yet their weight counts for spoofed
    only. So when the classifier, which reads the text, gives scam at least ``threshold`` of its
    spoofed + scam probability, the combined spoofed + scam probability is split by that share instead.
    """
    scam, spoofed = model_proba.get("scam", 0.0), model_proba.get("spoofed", 0.0)
    share = scam / max(scam + spoofed, 1e-12)
    if share < threshold:
        return "spoofed", dict(scores)
    out = dict(scores)
    not_legit = scores["spoofed"] + scores["scam"]
    out["scam"], out["spoofed"] = not_legit * share, not_legit * (1.0 - share)
    # Never let the split crown genuine or mistaken: then the verdict stays spoofed.
    if out["scam"] < max(out["genuine"], out["mistaken"]):
        return "spoofed", dict(scores)
    return "scam", out


def _softmax(logits: Mapping[str, float]) -> dict[str, float]:
    top = max(logits.values())
    exp = {c: math.exp(v - top) for c, v in logits.items()}
    total = sum(exp.values())
    return {c: exp[c] / total for c in LABELS}


def _floor(scores: Mapping[str, float], label: str, floor: float) -> dict[str, float]:
    """Raise ``label`` to at least ``floor`` and scale the others down so the sum stays 1."""
    if scores[label] >= floor:
        return dict(scores)
    rest = 1.0 - scores[label]
    out = {c: scores[c] * (1.0 - floor) / rest for c in LABELS}
    out[label] = floor
    return out
