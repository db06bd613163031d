"""The rules loader: shipped file is sound; malformed files give errors naming file and line."""

from __future__ import annotations

import pytest

from verifier.checks import CHECKS
from verifier.rules import RulesError, RuleSet
from verifier.types import LABELS

SHIPPED = RuleSet.load()

GOOD_RULE = """
[[rule]]
id = "X"
supports = "scam"
weight = 1.0
pattern = '安全账户'
explanation_zh = "z"
explanation_en = "e"
"""


def test_shipped_rules_cover_all_verdicts_and_are_many():
    assert len(SHIPPED.rules) >= 40
    assert {r.supports for r in SHIPPED.rules} == {*LABELS, "unverified"}
    for label in LABELS:
        assert sum(r.supports == label for r in SHIPPED.rules) >= 4, label


def test_every_check_is_used_by_some_rule():
    used = {r.check for r in SHIPPED.rules if r.check}
    assert set(CHECKS) - used == set()


def test_forced_rules_support_scam_or_are_decisive():
    by_id = {r.id: r for r in SHIPPED.rules}
    assert all(by_id[rid].supports == "scam" for rid in SHIPPED.policy.forced)


@pytest.mark.parametrize(
    ("body", "line", "needle"),
    [
        ("[[rule]]\nid = 'A'\nsupports = \nweight = 1\n", 3, "invalid TOML"),
        (GOOD_RULE + GOOD_RULE, 3, "duplicate rule id"),
        (GOOD_RULE.replace('supports = "scam"', 'supports = "phishing"'), 3, "supports must be one of"),
        (GOOD_RULE.replace("pattern = '安全账户'", "pattern = '(未闭合'"), 3, "bad pattern"),
        (GOOD_RULE.replace("pattern = '安全账户'", 'check = "no_such_check"'), 3, "unknown check"),
        (GOOD_RULE.replace("weight = 1.0\n", ""), 3, "missing field 'weight'"),
        ('[policy]\nforced = ["NOPE"]\n' + GOOD_RULE, 2, "unknown rule"),
    ],
)
def test_malformed_rules_file_names_file_and_line(tmp_path, body, line, needle):
    path = tmp_path / "rules.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(RulesError) as info:
        RuleSet.load(path)
    message = str(info.value)
    assert f"{path}:{line}" in message
    assert needle in message
    assert isinstance(info.value, ValueError)


def test_missing_rules_file_is_a_clear_error(tmp_path):
    with pytest.raises(RulesError, match="cannot read"):
        RuleSet.load(tmp_path / "nope.toml")


def test_pathological_input_does_not_hang_patterns(rules_verifier):
    import time

    for text in ("转账" + "。" * 4900, "法院" + "a" * 4900, "征信" * 2400, "【" * 4999):
        msg = rules_verifier.message(text)
        t0 = time.perf_counter()
        SHIPPED.evaluate(msg, rules_verifier.registry)
        assert time.perf_counter() - t0 < 5.0


# --- warnings: a scam phrase inside a warning is advice, not a demand ---------------------------------

WARNINGS = [
    "调解期间请仅通过本行App还款，法院及我行均不会要求您向任何个人账户转账。",
    "征信修复、代理删除逾期记录均为骗局，请勿轻信。",
    "我行不会以任何名义要求您转账至“安全账户”或开启屏幕共享。",
    "请勿向任何人透露验证码。",
]
DEMANDS = [
    "不会影响征信，请将欠款转入安全账户",  # the warning word is in another clause
    "不要犹豫马上转入安全账户",  # "不要" that is not a warning
    "请把验证码告诉专员，请勿告知他人",  # a warning elsewhere in the message does not veto the demand
    "请将欠款转入安全账户，切勿告诉他人",
]


@pytest.mark.parametrize("text", WARNINGS)
def test_scam_phrase_inside_a_warning_does_not_fire(text, rules_verifier):
    fired = [e.rule for e in rules_verifier.check(text).evidence if e.supports == "scam"]
    assert fired == []


@pytest.mark.parametrize("text", DEMANDS)
def test_scam_demand_next_to_a_warning_still_fires(text, rules_verifier):
    assert rules_verifier.check(text).label == "scam"
