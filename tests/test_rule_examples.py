"""Every rule in data/rules.toml carries match / no-match examples; run them all."""

from __future__ import annotations

import pytest

from verifier.rules import RuleSet

RULES = RuleSet.load()


def _cases(kind: str):
    for rule in RULES.rules:
        examples = rule.examples_match if kind == "match" else rule.examples_no_match
        for i, example in enumerate(examples):
            yield pytest.param(rule, example, id=f"{rule.id}-{kind}-{i}")


def _fires(rule, example, verifier) -> bool:
    example = {"text": example} if isinstance(example, str) else dict(example)
    msg = verifier.message(example.pop("text"), **example)
    return bool(rule.spans(msg, verifier.registry))


def test_every_rule_has_both_kinds_of_example():
    missing = [r.id for r in RULES.rules if not r.examples_match or not r.examples_no_match]
    assert missing == []


@pytest.mark.parametrize(("rule", "example"), list(_cases("match")))
def test_rule_matches_its_examples(rule, example, rules_verifier):
    assert _fires(rule, example, rules_verifier), f"{rule.id} should fire on {example!r}"


@pytest.mark.parametrize(("rule", "example"), list(_cases("no_match")))
def test_rule_does_not_match_its_counter_examples(rule, example, rules_verifier):
    assert not _fires(rule, example, rules_verifier), f"{rule.id} should not fire on {example!r}"
