"""Same input, same verdict: no rule is timed out, padded away or lost under load (issue #12)."""

from __future__ import annotations

import gzip
import json
import re as stdlib_re
import threading
from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import verifier.rules as rules_module
from verifier import InputError
from verifier.extract import extract
from verifier.normalize import _digit_group_edits, normalize
from verifier.rules import INCOMPLETE
from verifier.types import MAX_CHARS

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus" / "messages.jsonl.gz"
RED_PACKET = (
    "【工商银行】尊敬的客户，您尾号1234的信用卡已逾期，请尽快还款，详询95588。"
    "逾期欠款也可直接发微信红包给客服经理还款。"
)


def _corpus_texts(step: int) -> list[str]:
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh][::step]


def _padded(note: str, pad: str) -> str:
    return (pad * MAX_CHARS)[: MAX_CHARS - 10 - len(note)] + "\n" + note


@pytest.mark.parametrize("pad", ["红包，", "红包", "微信", "还款，", "转账", "逾期 ", "1234 "])
def test_padding_cannot_make_a_forced_rule_vanish(verifier, pad):
    verdict = verifier.check(_padded(RED_PACKET, pad), sender="95588")
    assert verdict.label == "scam" and verdict.complete, [e.rule for e in verdict.evidence]
    assert "RED_PACKET_REPAYMENT" in {e.rule for e in verdict.evidence}


def _adversarial(pattern: str) -> list[str]:
    """5,000-character inputs built from a pattern's own words, the shape that makes patterns backtrack."""
    words = regex.findall(r"\p{Han}{2,6}|[a-z]{3,}", pattern)[:6] or ["逾期"]
    texts = []
    for a, b in [(words[0], words[-1]), (words[-1], words[0]), (words[len(words) // 2], words[0])]:
        for sep in ("，", ""):
            texts.append(((a + sep + b + sep) * MAX_CHARS)[:MAX_CHARS])
    return texts


@pytest.mark.parametrize(
    "rule", [r for r in rules_module.RuleSet.load().rules if r.pattern is not None], ids=lambda r: r.id
)
def test_every_pattern_finishes_on_adversarial_input(rules_verifier, rule):
    # Patterns are bounded (no nested unbounded repeats): on the longest message built from their own
    # words they finish far inside the budget, so the budget never decides a verdict.
    for text in _adversarial(rule.pattern.pattern):
        msg = rules_verifier.message(text)
        rule.first_span(msg, rules_verifier.registry)  # raises BudgetExceeded if over MESSAGE_BUDGET


def test_a_pattern_out_of_time_says_so_and_is_never_genuine(rules_verifier, monkeypatch):
    genuine = "【工商银行】您尾号1234的牡丹信用卡已逾期3天，请登录中国工商银行App还款，详询95588。"
    assert rules_verifier.check(genuine, sender="95588").label == "genuine"
    monkeypatch.setattr(rules_module, "MESSAGE_BUDGET", 1e-9)
    verdict = rules_verifier.check(genuine, sender="95588")
    assert not verdict.complete and verdict.label == "unverified"
    incomplete = next(e for e in verdict.evidence if e.rule == INCOMPLETE)
    assert "分析未完成" in incomplete.explanation_zh


def test_threads_sharing_one_verifier_give_the_sequential_results(verifier):
    texts = _corpus_texts(40)[:1200]
    expected = [(v.label, v.scores, [e.rule for e in v.evidence]) for v in map(verifier.check, texts)]
    got: list = [None] * len(texts)

    def work(k: int) -> None:
        for i in range(k, len(texts), 6):
            v = verifier.check(texts[i])
            got[i] = (v.label, v.scores, [e.rule for e in v.evidence])

    threads = [threading.Thread(target=work, args=(k,)) for k in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert got == expected


# ------------------------------------------------------------------------------------- normalisation

# The digit-group pattern before it was made linear: the new one must find exactly the same groups.
_OLD_DIGIT_GROUPS = stdlib_re.compile(r"[0-9]{1,8}([ \-])[0-9]{1,8}(?:\1[0-9]{1,8})*(?![0-9]|[ .,:/\-][0-9])")


def _old_digit_group_edits(text: str, monkeypatch) -> list:
    import verifier.normalize as norm_module

    with monkeypatch.context() as m:
        m.setattr(norm_module, "_DIGIT_GROUPS", _OLD_DIGIT_GROUPS)
        return norm_module._digit_group_edits(text)


@given(st.text(alphabet="0123456789 -.,:/a中", max_size=40))
def test_linear_digit_groups_find_what_the_old_pattern_found(text):
    with pytest.MonkeyPatch.context() as mp:
        assert _digit_group_edits(text) == _old_digit_group_edits(text, mp)


def test_linear_digit_groups_on_the_corpus(monkeypatch):
    for text in _corpus_texts(7):
        assert _digit_group_edits(text) == _old_digit_group_edits(text, monkeypatch), text


def test_text_that_grows_past_the_limit_when_folded_is_refused(verifier):
    with pytest.raises(InputError) as err:
        verifier.check("\ufdfa" * 1000)  # 1,000 characters that fold to 18,000
    assert err.value.reason == "too_long"
    assert verifier.check("\ufdfa" * 10).label  # a little expansion is fine


# ------------------------------------------------------------------------------------------ fuzzing

_SMS_ALPHABET = st.sampled_from(
    [
        *"逾期欠款还款转账微信支付宝银行卡号户名安全账户验证码【】，。：:0123456789 -*x.https/",
        *("95588", "1069", "138", "https://", "t.cn/", "\u200b", "\uff10", "\ufdfa"),
    ]
)


@given(st.lists(_SMS_ALPHABET, max_size=200).map("".join))
def test_extractors_keep_spans_in_the_original_text(text):
    norm = normalize(text)
    for e in extract(norm):
        assert 0 <= e.start <= e.end <= len(text)
        assert text[e.start : e.end] == e.text


@given(st.lists(_SMS_ALPHABET, max_size=300).map("".join), st.sampled_from([None, "95588", "13812345678"]))
def test_check_is_total_and_genuine_only_with_official_origin(verifier, text, sender):
    try:
        verdict = verifier.check(text, sender=sender)
    except InputError:
        return
    assert verdict.label != "genuine" or (verdict.origin == "official" and verdict.complete)
    assert abs(sum(verdict.scores.values()) - 1) < 1e-6
