"""End-to-end behaviour of Verifier.check on real-looking messages."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verifier import InputError, Verdict
from verifier.types import LABELS, MAX_CHARS

ICBC_NOTICE = "【工商银行】您尾号1234的牡丹信用卡已逾期3天，请登录中国工商银行App还款，详询95588。"


def test_seed_polite_webank_notice_is_never_scam(verifier):
    text = (
        "尊敬的客户，您好！感谢您一直以来对我们微众银行的支持。近期我们留意到您有一笔贷款已经逾期…"
        "请您主动联系我们…拨打我们的客服热线，或通过微信公众号留言。"
    )
    assert verifier.check(text).label in {"genuine", "spoofed"}


def test_seed_plain_balance_reminder_is_not_scam(verifier):
    text = "尊敬的借款人，您有10000元剩余欠款需要在8月31日前还清。逾期将收取2%的逾期罚息。"
    assert verifier.check(text).label != "scam"


def test_seed_transfer_to_personal_account_is_scam(verifier):
    text = "您的微粒贷已逾期，已启动立案程序，请于今日18点前将欠款转入以下账户：6222021234567890123 户名张三"
    verdict = verifier.check(text)
    assert verdict.label == "scam"
    assert verdict.risk >= 80
    rules = {e.rule for e in verdict.evidence}
    assert "CARD_FOR_REPAYMENT" in rules


@pytest.mark.parametrize(
    ("meta", "label"),
    [
        ({"sender": "95588"}, "genuine"),
        ({"sender": "13912345678"}, "spoofed"),
        ({"sender": "17088889999"}, "spoofed"),
        ({"sender": "95588", "has_account": False}, "mistaken"),
        ({"sender": "95588", "recipient_name": "张伟", "has_account": True}, "genuine"),
    ],
)
def test_metadata_changes_the_verdict(verifier, meta, label):
    text = "【工商银行】尊敬的张先生，您的信用卡已逾期3天，最低还款额1200元，请登录工行App还款。"
    assert verifier.check(text, **meta).label == label


def test_missing_name_from_a_pandas_frame_is_no_name(verifier):
    # check_many(df.to_dict("records")) hands over NaN for an empty cell: that is "no name", not an error.
    text = "【工商银行】尊敬的李女士，您的信用卡已逾期3天，请登录工行App还款。"
    (nan_row, named) = verifier.check_many(
        [
            {"text": text, "sender": "95588", "recipient_name": float("nan")},
            {"text": text, "sender": "95588", "recipient_name": "张伟"},
        ]
    )
    assert nan_row.label == "genuine"
    assert named.label == "mistaken"


def test_greeting_for_someone_else_is_mistaken(verifier):
    text = "【工商银行】尊敬的李女士，您的信用卡已逾期3天，请登录工行App还款。"
    assert verifier.check(text, sender="95588", recipient_name="张伟").label == "mistaken"


def test_decisive_scam_evidence_is_not_outvoted_by_official_tone(verifier):
    text = (
        "【工商银行】尊敬的客户，您的信用卡已逾期，请登录工行App查看。本行不会要求您向个人账户转账，谨防诈骗。"
        "如需协商请将验证码告知工作人员。"
    )
    assert verifier.check(text, sender="95588").label == "scam"


def test_scores_sum_to_one_and_risk_orders_labels(verifier):
    genuine = verifier.check(ICBC_NOTICE, sender="95588")
    scam = verifier.check("专业征信修复，逾期记录全部消除，先交200元服务费，加微信办理")
    for verdict in (genuine, scam):
        assert set(verdict.scores) == set(LABELS)
        assert sum(verdict.scores.values()) == pytest.approx(1.0)
        assert 0 <= verdict.risk <= 100
    assert genuine.label == "genuine" and scam.label == "scam"
    assert scam.risk > genuine.risk + 50


def test_institution_and_official_contacts_come_from_registry(verifier):
    verdict = verifier.check("【工商银行】您的信用卡已逾期，请速回电4008123456处理。")
    assert verdict.institution == "icbc"
    assert verdict.institution_name == "中国工商银行"
    assert verdict.label == "spoofed"
    contacts = [a.contact.value for a in verdict.actions if a.contact] + [
        c.value for c in verdict.official_contacts
    ]
    assert "95588" in contacts
    assert all("4008123456" not in a.text_zh and "4008123456" not in a.text_en for a in verdict.actions)


def test_evidence_spans_index_the_original_text(verifier):
    text = (
        "您的微粒貸已逾期，請於今日18點前將欠款轉入以下帳戶：６２２２０２１２３４５６７８９０１２３ 戶名張三"
    )
    verdict = verifier.check(text)
    assert verdict.label == "scam"
    card = next(e for e in verdict.evidence if e.rule == "CARD_FOR_REPAYMENT")
    start, end = card.span
    assert text[start:end] == card.text == "６２２２０２１２３４５６７８９０１２３"


def test_to_dict_is_json_and_round_trips_fields(verifier):
    verdict = verifier.check(ICBC_NOTICE, sender="95588")
    data = json.loads(json.dumps(verdict.to_dict(), ensure_ascii=False))
    assert data["label"] == verdict.label
    assert set(data) >= {"text", "label", "scores", "risk", "institution", "evidence", "actions", "entities"}
    assert all(
        set(e) >= {"rule", "supports", "weight", "span", "text", "explanation_zh", "explanation_en"}
        for e in data["evidence"]
    )


def test_segments_cover_the_text(verifier):
    verdict = verifier.check("请将验证码告知工作人员，并把欠款转入安全账户")
    assert "".join(piece for piece, _ in verdict.segments()) == verdict.text
    assert any(rule == "SAFE_ACCOUNT" for _, rule in verdict.segments())


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("", "empty"),
        ("   \n\t", "empty"),
        (None, "not_text"),
        (12345, "not_text"),
        (b"bytes", "not_text"),
        ("逾" * (MAX_CHARS + 1), "too_long"),
    ],
)
def test_bad_input_raises_input_error(verifier, value, reason):
    with pytest.raises(InputError) as info:
        verifier.check(value)
    assert info.value.reason == reason
    assert isinstance(info.value, ValueError)


def test_bad_received_at_is_input_error(verifier):
    with pytest.raises(InputError):
        verifier.check(ICBC_NOTICE, received_at="yesterday evening")


def test_check_many_keeps_order_and_reports_bad_rows(verifier):
    rows = [{"text": ICBC_NOTICE, "sender": "95588"}, {"text": ""}, {"text": "请把验证码告诉客服"}]
    out = verifier.check_many(rows)
    assert len(out) == 3
    assert isinstance(out[0], Verdict) and out[0].label == "genuine"
    assert isinstance(out[1], InputError)
    assert isinstance(out[2], Verdict) and out[2].label == "scam"
    assert out[2].label == verifier.check("请把验证码告诉客服").label


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300))
def test_check_never_raises_anything_but_input_error(verifier, text):
    try:
        verdict = verifier.check(text)
    except InputError:
        return
    assert verdict.label in LABELS
    for ev in verdict.evidence:
        if ev.span is not None:
            assert 0 <= ev.span[0] <= ev.span[1] <= len(text)
            assert text[ev.span[0] : ev.span[1]] == ev.text


def test_unverified_registry_facts_never_make_a_message_genuine(verifier):
    webank = verifier.registry.institutions["webank"]
    if any(not f.unverified for f in (*webank.hotlines, *webank.sms_senders)):
        pytest.skip("WeBank's numbers have since been verified")
    verdict = verifier.check("【微众银行】您的微粒贷借款已逾期3天，详询95384。", sender="95384")
    assert not {"SENDER_OFFICIAL", "CALLBACK_OFFICIAL"} & {e.rule for e in verdict.evidence}
    assert all(c.value != "95384" for c in verdict.official_contacts)


@pytest.mark.parametrize(
    "text",
    [
        "您的快递已到菜鸟驿站，请凭取件码领取",
        "今天天气很好，我们下午去公园吧",
        "【某某超市】周末全场八折，欢迎光临",
    ],
)
def test_text_that_is_no_debt_notice_is_flagged(verifier, text):
    v = verifier.check(text)
    assert v.about_debt is False
    assert v.to_dict()["about_debt"] is False


def test_debt_notices_and_scams_are_about_debt(verifier):
    assert verifier.check(ICBC_NOTICE).about_debt is True
    assert verifier.check("请将欠款转入安全账户，切勿告诉他人").about_debt is True
