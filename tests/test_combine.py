"""combine(): forced rules, group caps, model fusion."""

from __future__ import annotations

import pytest

from verifier.combine import FORCED_FLOOR, combine, decide, rule_scores
from verifier.rules import Policy, Rule, RuleSet
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


def test_text_decides_between_spoofed_and_scam_when_the_channel_is_unofficial():
    # An unofficial callback number (spoofed evidence) on a text the classifier reads as a fraud script:
    # the channel says "not the lender", the text says which kind of not-the-lender.
    channel = [ev("CALLBACK_NOT_OFFICIAL", "spoofed", 4.0)]
    scammy = {"legit": 0.05, "spoofed": 0.15, "scam": 0.8}
    lookalike = {"legit": 0.05, "spoofed": 0.6, "scam": 0.35}
    policy = Policy(scam_split=0.8)
    label, scores, _ = combine(channel, Policy(), GROUPS, scammy)
    assert label == "spoofed"  # without the split, the channel weight outvotes the text
    label, scores, _ = combine(channel, policy, GROUPS, scammy)
    assert label == "scam"
    assert max(scores, key=scores.get) == "scam"
    assert sum(scores.values()) == pytest.approx(1.0)
    assert scores["scam"] / (scores["scam"] + scores["spoofed"]) == pytest.approx(0.8 / 0.95)
    assert combine(channel, policy, GROUPS, lookalike)[0] == "spoofed"
    assert combine(channel, policy, GROUPS)[0] == "spoofed"  # rules only: nothing reads the text


def test_scam_split_never_moves_a_legit_verdict_or_crowns_a_legit_label():
    policy = Policy(scam_split=0.8)
    # Legit verdict: the split only ever acts on a spoofed verdict.
    assert combine([], policy, GROUPS, {"legit": 0.9, "spoofed": 0.01, "scam": 0.09})[0] == "genuine"
    # Spoofed just ahead of genuine, scam small but 80 % of the model's spoofed + scam: the split would put
    # genuine on top (0.8 × 0.50 < 0.44), so the verdict stays spoofed rather than drift towards genuine.
    proba = {"legit": 0.878, "spoofed": 0.0244, "scam": 0.0976}
    label, scores, _ = combine([ev("CALLBACK_NOT_OFFICIAL", "spoofed", 3.6)], policy, GROUPS, proba)
    assert label == "spoofed"
    assert scores["genuine"] > 0.8 * (scores["spoofed"] + scores["scam"])


def test_scam_split_in_the_rules_file_is_validated(tmp_path):
    from verifier.rules import RulesError, RuleSet

    path = tmp_path / "rules.toml"
    rule = '[[rule]]\nid = "R"\nsupports = "scam"\nweight = 1.0\npattern = "x"\n'
    rule += 'explanation_zh = "z"\nexplanation_en = "e"\n'
    path.write_text(f"[policy]\nscam_split = 0.8\n{rule}", encoding="utf-8")
    assert RuleSet.load(path).policy.scam_split == 0.8
    path.write_text(f"[policy]\nscam_split = 1.5\n{rule}", encoding="utf-8")
    with pytest.raises(RulesError, match="scam_split"):
        RuleSet.load(path)


# ------------------------------------------------------------------------------------------ decide()

# A small rule set: what each rule says about origin, and one debt-wording rule.
DECIDE_RULES = RuleSet(
    rules=(
        Rule("SENDER_OK", "genuine", 3.0, "sender", "z", "e", check="sender_official", origin="official"),
        Rule("DEBT", "genuine", 0.3, "collection_wording", "z", "e", check="no_account"),
        Rule("UNKNOWN_NUMBER", "unverified", 0.0, "callback", "z", "e", check="no_account",
             origin="unconfirmed"),
        Rule("BANK_NUMBER_NOT_ITS_OWN", "spoofed", 3.0, "callback", "z", "e", check="no_account",
             origin="unconfirmed"),
        Rule("PERSONAL_SENDER", "spoofed", 4.0, "sender", "z", "e", check="no_account", origin="unofficial"),
        Rule("PAY_A_PERSON", "scam", 6.0, "payment", "z", "e", check="no_account", origin="unofficial"),
        Rule("NIGHT", "spoofed", 0.8, "time", "z", "e", check="night_time"),
    ),
    policy=Policy(forced=("PAY_A_PERSON",), debt_groups=("collection_wording",)),
)  # fmt: skip
LEGIT = {"legit": 0.9, "spoofed": 0.05, "scam": 0.05}
SPOOFY = {"legit": 0.1, "spoofed": 0.85, "scam": 0.05}


def _ev(*rules: str) -> list[Evidence]:
    by_id = {r.id: r for r in DECIDE_RULES.rules}
    return [ev(r, by_id[r].supports, by_id[r].weight) for r in rules]


def test_genuine_needs_a_sign_of_official_origin():
    assert decide(_ev("DEBT"), DECIDE_RULES, LEGIT).label == "unverified"
    d = decide(_ev("DEBT", "SENDER_OK"), DECIDE_RULES, LEGIT)
    assert (d.label, d.origin) == ("genuine", "official")
    # an unchecked channel keeps it from being genuine, even from an official sender
    d = decide(_ev("DEBT", "SENDER_OK", "UNKNOWN_NUMBER"), DECIDE_RULES, LEGIT)
    assert (d.label, d.origin) == ("unverified", "unconfirmed")


def test_a_sign_against_official_origin_rules_out_a_legitimate_notice():
    d = decide(_ev("DEBT", "SENDER_OK", "PERSONAL_SENDER"), DECIDE_RULES, LEGIT)
    assert d.origin == "unofficial" and d.label in ("spoofed", "scam")
    assert d.scores["genuine"] == 0.0 and d.scores["mistaken"] == 0.0
    assert sum(d.scores.values()) == pytest.approx(1.0)


def test_the_classifier_alone_cannot_call_a_notice_spoofed():
    # the wording of a look-alike and of a real notice are the same: "spoofed" needs a channel finding
    assert decide(_ev("DEBT", "UNKNOWN_NUMBER"), DECIDE_RULES, SPOOFY).label == "unverified"
    assert decide(_ev("DEBT", "NIGHT"), DECIDE_RULES, SPOOFY).label == "unverified"
    assert decide(_ev("DEBT", "BANK_NUMBER_NOT_ITS_OWN"), DECIDE_RULES, SPOOFY).label == "spoofed"


def test_risk_counts_an_unconfirmed_genuine_share_as_half_dangerous():
    unconfirmed = decide(_ev("DEBT"), DECIDE_RULES, LEGIT)
    official = decide(_ev("DEBT", "SENDER_OK"), DECIDE_RULES, LEGIT)
    assert official.risk < 10 < 35 < unconfirmed.risk


def test_off_topic_text_is_unrelated_unless_it_shows_fraud():
    assert decide([], DECIDE_RULES, LEGIT).label == "unrelated"
    assert decide(_ev("SENDER_OK"), DECIDE_RULES, LEGIT).label == "unrelated"  # a bank's card-spending SMS
    assert decide(_ev("PAY_A_PERSON"), DECIDE_RULES, LEGIT).label == "scam"  # "new number, send money"
    # in an institution's name, an unlisted channel brings it into scope even without debt words
    d = decide(_ev("BANK_NUMBER_NOT_ITS_OWN"), DECIDE_RULES, SPOOFY, claims_institution=True)
    assert d.label == "spoofed" and not d.about_debt


def test_priors_no_longer_favour_genuine():
    shipped = RuleSet.load()
    assert shipped.policy.priors == {}
    # rules only and no evidence at all: nothing is earned
    assert decide([], shipped).label == "unrelated"
