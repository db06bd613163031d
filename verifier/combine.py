"""Turn rule evidence (and the classifier's probabilities, when there is a model) into one verdict.

Order of decision, after Rspamd: forced rules first (decisive evidence is never outvoted by tone),
then per-class rule weights, capped per rule group, added to the model's log-probabilities. Then two
principles that no weight can outvote (:func:`decide`):

* **genuine must be earned.** A message is genuine only with a sign of official origin (a verified
  sender, or verified channels only) and no sign against it. Any sign against it rules genuine out;
  without a sign for it, a message that reads like a real notice is ``unverified``.
* **not every SMS is a debt notice.** A text with no debt wording and no sign of fraud is ``unrelated``.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from operator import attrgetter

from verifier.rules import Policy, RuleSet
from verifier.types import LABELS, Evidence, make_frozen

#: How dangerous it is to act on a message of each class (0–1); risk is their probability-weighted sum.
DANGER = {"genuine": 0.0, "mistaken": 0.3, "spoofed": 0.8, "scam": 1.0}
#: The danger of the genuine-looking share when nothing confirms where the message came from: acting on
#: it through the message's own channels is a gamble, through the official ones it is safe.
UNCONFIRMED_GENUINE_DANGER = 0.5
#: A forced label gets at least this probability.
FORCED_FLOOR = 0.9
# When several forced rules fire, the more dangerous verdict wins.
_FORCE_ORDER = ("scam", "spoofed", "mistaken", "genuine")
_LABEL_SET = frozenset(LABELS)
#: The log-probability of a class the model does not give (computed once, not per label and message).
_LOG_FLOOR = math.log(1e-6)
#: The danger of each class when nothing confirms the message's origin (see combine).
_DANGER_UNCONFIRMED = dict(DANGER, genuine=UNCONFIRMED_GENUINE_DANGER)


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
    per_group: dict[tuple[str, str], float] = {}
    for ev in evidence:
        if ev.source != "rule":
            continue
        group = groups.get(ev.rule, ev.rule)
        extra = also.get(ev.rule)
        for label in (ev.supports, *extra) if extra else (ev.supports,):
            if label in _LABEL_SET:  # "unverified" rules weigh for no class
                key = (label, group)
                per_group[key] = per_group.get(key, 0.0) + ev.weight
    totals = dict.fromkeys(LABELS, 0.0)
    caps = policy.group_caps
    for (label, group), weight in per_group.items():
        cap = caps.get(group)
        totals[label] += min(weight, cap) if cap is not None else weight
    return totals


def combine(
    evidence: Sequence[Evidence],
    policy: Policy,
    groups: Mapping[str, str],
    model_proba: Mapping[str, float] | None = None,
    also: Mapping[str, Sequence[str]] | None = None,
    temperature: float | None = None,
    origin: str = "unconfirmed",
) -> tuple[str, dict[str, float], int]:
    """Return (class label, scores summing to 1, risk 0–100).

    ``temperature`` (a trained model's own calibration) overrides ``policy.temperature``. ``origin`` is
    :func:`origin_of` the evidence: "unofficial" rules out a legitimate notice (genuine and mistaken get
    probability 0), and unless it is "official" the genuine share counts as
    :data:`UNCONFIRMED_GENUINE_DANGER` in the risk.
    """
    totals = rule_scores(evidence, policy, groups, also)
    forced = _forced_label(evidence, policy.forced)
    return _combine(totals, forced, policy, model_proba, temperature, origin)


def _combine(
    totals: Mapping[str, float],
    forced: str | None,
    policy: Policy,
    model_proba: Mapping[str, float] | None,
    temperature: float | None,
    origin: str,
) -> tuple[str, dict[str, float], int]:
    """:func:`combine`, given the evidence's :func:`rule_scores` and :func:`_forced_label`."""
    base = model_logits(model_proba, policy) if model_proba is not None else policy.priors
    temp = temperature if temperature is not None else policy.temperature
    get = base.get
    logits = {c: (get(c, 0.0) + totals[c]) / temp for c in LABELS}
    if origin == "unofficial":  # a sign of non-official origin: whatever the tone, not a legitimate notice
        logits["genuine"] = logits["mistaken"] = -math.inf
    scores = _softmax(logits)
    label = forced
    if label is not None:
        scores = _floor(scores, label, FORCED_FLOOR)
    else:
        label = max(LABELS, key=scores.__getitem__)  # the first of equals, as LABELS orders them
        if label == "spoofed" and model_proba is not None and policy.scam_split is not None:
            label, scores = _split_not_legit(scores, model_proba, policy.scam_split)
    danger = DANGER if origin == "official" else _DANGER_UNCONFIRMED
    risk = round(100 * sum([danger[c] * scores[c] for c in LABELS]))
    return label, scores, int(risk)


def _forced_label(evidence: Sequence[Evidence], forced: Sequence[str]) -> str | None:
    """The most dangerous label a forced rule of ``evidence`` supports (None: no forced rule fired)."""
    if not forced:
        return None
    supported = {ev.supports for ev in evidence if ev.rule in forced}
    return next((c for c in _FORCE_ORDER if c in supported), None) if supported else None


def origin_of(evidence: Sequence[Evidence], origins: Mapping[str, str]) -> str:
    """ "unofficial" if any fired rule shows a channel the institution does not own; "official" if one
    shows a verified channel and none is left unchecked; otherwise "unconfirmed"."""
    return _origin([origins.get(ev.rule) for ev in evidence if ev.source == "rule"])


def _origin(said: Collection[str | None]) -> str:
    """:func:`origin_of`, from what each fired rule says about the origin (None: nothing)."""
    if "unofficial" in said:
        return "unofficial"
    if "official" in said and "unconfirmed" not in said:
        return "official"
    return "unconfirmed"


def about_debt(evidence: Sequence[Evidence], policy: Policy, groups: Mapping[str, str]) -> bool:
    """Does the text speak of a loan or debt? A rule of the policy's ``debt_groups`` fired."""
    debt_groups = policy.debt_groups
    for ev in evidence:
        if ev.source == "rule" and groups.get(ev.rule) in debt_groups:
            return True
    return False


def model_logits(model_proba: Mapping[str, float], policy: Policy) -> dict[str, float]:
    """Log-probabilities per label; a model's "legit" class is split into genuine and mistaken."""
    logits = {c: math.log(max(p, 1e-6)) for c, p in model_proba.items() if c != "legit"}
    if "legit" in model_proba:
        legit = math.log(max(model_proba["legit"], 1e-6))
        for label in ("genuine", "mistaken"):
            logits[label] = legit + policy.legit_split.get(label, 0.0)
    return {c: logits.get(c, _LOG_FLOOR) for c in LABELS}


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


@dataclass(frozen=True)
class Decision:
    """What :func:`decide` settles: the verdict's label, scores, risk, origin and whether it is about debt."""

    label: str
    scores: dict[str, float]
    risk: int
    origin: str
    about_debt: bool


def decide(
    evidence: Sequence[Evidence],
    rules: RuleSet,
    model_proba: Mapping[str, float] | None = None,
    temperature: float | None = None,
    claims_institution: bool = False,
) -> Decision:
    """The verdict: :func:`combine`, then genuine only when earned, and off-topic text set apart.

    A text is off-topic when it has no debt wording and does not, in an institution's name, send the
    reader to a channel that cannot be confirmed or is not the institution's (an account "restriction"
    with a number to call is in scope; a card-spending notice is not). Off-topic text is ``unrelated``
    unless a scam rule shows fraud (money or secrets going to a private person, a fee, a lure): then it
    is ``scam``, whatever the debt-notice classifier says.
    """
    facts = _facts(evidence, rules)
    label, scores, risk = _combine(
        facts.totals, facts.forced, rules.policy, model_proba, temperature, facts.origin
    )
    in_scope = facts.debt or (claims_institution and facts.unsure_channel)
    if not in_scope:
        label = "scam" if facts.fraud else "unrelated"
    elif label == "genuine" and facts.origin != "official":
        label = "unverified"  # reads like a real notice, but nothing shows it came from the institution
    elif label == "spoofed" and not facts.channel:
        # Whether a sender, number or link is the institution's is a question for the registry, not for
        # the wording: the classifier reads a look-alike notice and a real one alike. Without a rule that
        # found a channel the institution does not own, "spoofed" is only unknown, and unknown is not
        # unofficial.
        label = "unverified"
    # One per message: built without the frozen dataclass's __init__ (see make_frozen).
    fields = {
        "label": label,
        "scores": scores,
        "risk": risk,
        "origin": facts.origin,
        "about_debt": facts.debt,
    }
    return make_frozen(Decision, fields)


@dataclass(frozen=True)
class _Facts:
    """What :func:`decide` needs from the evidence alone, whatever the classifier says."""

    totals: dict[str, float]  # rule_scores
    forced: str | None  # _forced_label
    origin: str  # origin_of
    debt: bool  # about_debt
    unsure_channel: bool  # a fired rule's origin is unofficial or unconfirmed
    fraud: bool  # _shows_fraud
    channel: bool  # _channel_evidence


#: Distinct evidence signatures whose facts one rule set remembers; far more than a batch has.
_FACTS_CACHE_SIZE = 4096
#: What the facts of one piece of evidence depend on.
_FACTS_KEY = attrgetter("rule", "supports", "weight", "source")


def _facts(evidence: Sequence[Evidence], rules: RuleSet) -> _Facts:
    """The evidence's :class:`_Facts`, memoised per rule set: they depend only on which rules fired, with
    what support and weight, and the same few combinations recur across messages."""
    key = tuple(map(_FACTS_KEY, evidence))
    cache = rules.decision_cache
    facts = cache.get(key)
    if facts is None:
        if len(cache) >= _FACTS_CACHE_SIZE:
            cache.clear()
        origins, policy, groups = rules.origins, rules.policy, rules.groups
        said = [origins.get(ev.rule) for ev in evidence if ev.source == "rule"]
        facts = cache[key] = _Facts(
            totals=rule_scores(evidence, policy, groups, rules.also),
            forced=_forced_label(evidence, policy.forced),
            origin=_origin(said),
            debt=about_debt(evidence, policy, groups),
            unsure_channel="unofficial" in said or "unconfirmed" in said,
            fraud=_shows_fraud(evidence, origins),
            channel=_channel_evidence(evidence, origins),
        )
    return facts


def _channel_evidence(evidence: Sequence[Evidence], origins: Mapping[str, str]) -> bool:
    """A rule found a channel against the institution: unofficial, or unlisted where its channels are known
    (an "unconfirmed" rule that weighs for spoofed, such as a number outside a bank's verified ones)."""
    return any(
        ev.source == "rule"
        and (
            origins.get(ev.rule) == "unofficial"
            or (origins.get(ev.rule) == "unconfirmed" and ev.supports == "spoofed" and ev.weight > 0)
        )
        for ev in evidence
    )


def _shows_fraud(evidence: Sequence[Evidence], origins: Mapping[str, str]) -> bool:
    """A scam rule fired that says money, secrets or contact go somewhere unofficial."""
    return any(
        ev.source == "rule" and ev.supports == "scam" and origins.get(ev.rule) == "unofficial"
        for ev in evidence
    )
