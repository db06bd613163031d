"""The rules' fast path: one literal index lets through the same rules as the per-pattern prefilters, and
a named check skipped for want of its declared inputs, or of the literals of its text pattern, would not
have fired."""

from __future__ import annotations

import gzip
import json
from collections import Counter
from pathlib import Path

import pytest
import regex

from verifier.checks import CHECKS, COMBINES, NEEDS, check, inputs
from verifier.literals import LiteralIndex
from verifier.prefilter import Prefilter
from verifier.rules import RuleSet

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus" / "messages.jsonl.gz"
META = ("sender", "recipient_name", "has_account", "received_at")


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for i, line in enumerate(fh) if i % 41 == 0]


def test_index_screens_like_the_prefilters(rules_verifier, rows):
    rules = rules_verifier.rules.rules
    patterns = [p for r in rules for p in (r.pattern, r.unless) if p is not None]
    index = LiteralIndex(patterns)
    prefilters = [Prefilter(p) for p in patterns]
    texts = [rules_verifier.message(r["text"]).text for r in rows]
    texts += ["", "逾期", "请勿向他人转账，谨防诈骗", "https://t.cn/abc 点击领取"]
    # The automaton reads UTF-8 bytes: characters of every length, and lone surrogates a message may hold
    texts += ["\ud800逾期\udfff欠款", "😀逾期未还😀", "é逾期ñ", "usdt\x00转账", "\U0001f600" * 3 + "征信"]
    skipped = 0
    for text in texts:
        screen = index.screen(text)
        assert screen == [p.may_match(text) for p in prefilters], text
        skipped += screen.count(False)
    assert skipped > len(texts) * len(patterns) // 2, "the index should rule out most patterns"


def test_a_pattern_without_literals_always_runs():
    index = LiteralIndex([regex.compile(r"\d{4}"), None, regex.compile(r"逾期|欠款")])
    assert index.screen("没有数字") == [True, True, False]
    assert index.screen("您已欠款") == [True, True, True]


def test_a_check_skipped_for_missing_inputs_would_not_fire(rules_verifier, rows):
    # Every corpus message with its metadata, and again without it: a check whose declared inputs are
    # absent must find nothing, or skipping it would change verdicts.
    v = rules_verifier
    skipped = 0
    for row in rows:
        for meta in ({k: row.get(k) for k in META}, {}):
            msg = v.message(row["text"], **meta)
            has = inputs(msg)
            for name, fn in CHECKS.items():
                if not NEEDS[name].keys <= has:
                    skipped += 1
                    assert fn(msg, v.registry) == [], (name, row["text"], meta)
    assert skipped > len(rows) * 10


def test_a_check_skipped_for_a_missing_text_literal_would_not_fire(rules_verifier, rows):
    # The checks that declare a text pattern are skipped when the rules' literal index rules it out: on
    # every sampled corpus message they must then find nothing. Where the index lets one through, it is
    # run, and some of them fire (so a gate pointing at the wrong pattern would show).
    v = rules_verifier
    rs: RuleSet = v.rules
    index, gates = rs._index, rs._plan.gates
    assert {name for name, _ in gates} >= {"third_party_account", "named_channel_not_official"}
    skipped, fired = 0, Counter()
    for row in rows:
        msg = v.message(row["text"], **{k: row.get(k) for k in META})
        bits = index.found(msg.text)
        for name, k in gates:
            spans = CHECKS[name](msg, v.registry)
            if not index.may(k, bits):
                skipped += 1
                assert spans == [], (name, row["text"])
            fired[name] += bool(spans)
    assert skipped > len(rows) * len(gates) // 2
    assert fired["third_party_account"] and fired["named_channel_not_official"], fired


def test_every_declared_input_is_a_message_field_or_entity_kind():
    from verifier.checks import FIELDS
    from verifier.features import ENTITY_KINDS

    for name, needs in NEEDS.items():
        assert set(needs.fields) <= set(FIELDS), name
        assert set(needs.entities) <= set(ENTITY_KINDS), name


def test_evaluate_agrees_with_rule_by_rule_evaluation(rules_verifier, rows):
    v = rules_verifier
    rs: RuleSet = v.rules
    for row in rows[:400]:
        msg = v.message(row["text"], **{k: row.get(k) for k in META})
        fired = {e.rule for e in rs.evaluate(msg, v.registry)}
        assert fired == {r.id for r in rs.rules if r.first_span(msg, v.registry) is not False}, row["text"]


def test_evaluate_runs_each_check_once_and_a_combining_check_reads_the_others(rules_verifier, monkeypatch):
    # An official sender (95559) whose text gives an unofficial hotline: official_sender_unofficial_channel
    # fires on the spans of the channel checks it combines, which the rules run anyway: once each.
    v = rules_verifier
    msg = v.message(
        "【交通银行】您尾号1853的账户有一笔放款异常，请联系专线400-287-8657处理。", sender="95559"
    )
    calls: Counter[str] = Counter()

    def counted(name, fn):
        def run(*args):
            calls[name] += 1
            return fn(*args)

        return run

    for name, fn in list(CHECKS.items()):
        monkeypatch.setitem(CHECKS, name, counted(name, fn))
    fresh = RuleSet.load()  # its plan picks up the counting checks
    evidence = {e.rule: e for e in fresh.evaluate(msg, v.registry)}
    assert calls and max(calls.values()) == 1, calls
    assert {"sender_official", "callback_not_official"} <= set(calls)
    assert {"sender_official", "callback_not_official"} <= set(COMBINES["official_sender_unofficial_channel"])
    alone = CHECKS["official_sender_unofficial_channel"](msg, v.registry)  # makes its own Spans
    assert alone and evidence["OFFICIAL_SENDER_UNOFFICIAL_CHANNEL"].span == alone[0]
    assert "CALLBACK_NOT_OFFICIAL" in evidence


def test_a_check_combines_only_checks_registered_before_it():
    with pytest.raises(ValueError, match="no_such_check"):
        check("combines_nothing_known", combines=("no_such_check",))
