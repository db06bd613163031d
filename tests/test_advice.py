"""Advice points only to registry contacts, never to numbers or links from the message."""

from __future__ import annotations

import re

import pytest

from verifier.advice import load_advice

PLANTED = [
    ("【微众银行】您的微粒贷已逾期，请立即致电4008123456或访问 webank-kf.top 处理。", "4008123456"),
    ("您的借款已逾期，请联系专员17012345678处理，否则起诉", "17012345678"),
    ("【微众银行】尊敬的李女士，您的微粒贷已逾期，请回电021-61234567。", "02161234567"),
]


@pytest.mark.parametrize(("text", "number"), PLANTED)
@pytest.mark.parametrize(
    "meta", [{}, {"has_account": False}, {"recipient_name": "张伟"}, {"sender": "95588"}]
)
def test_actions_never_repeat_numbers_or_links_from_the_message(verifier, text, number, meta):
    verdict = verifier.check(text, **meta)
    registry_values = {c.value for c in verifier.registry.channels.values()}
    for inst in verifier.registry.institutions.values():
        registry_values |= {f.value for f in (*inst.hotlines, *inst.apps, *inst.domains)}
    for action in verdict.actions:
        for body in (action.text_zh, action.text_en):
            assert number not in re.sub(r"\D", "", body)
            assert "webank-kf" not in body
        if action.contact is not None:
            assert action.contact.value in registry_values


@pytest.mark.parametrize(
    ("text", "meta", "codes"),
    [
        (
            "【工商银行】您的信用卡已逾期，请登录工行App还款。",
            {"sender": "95588"},
            {"pay_via_official_channel"},
        ),
        (
            "【工商银行】您的信用卡已逾期，请登录工行App还款。",
            {"has_account": False},
            {"tell_lender_not_borrower", "complain_12378"},
        ),
        (
            "请将验证码告知工作人员以办理延期还款",
            {},
            {"never_share_codes", "call_96110_if_paid", "never_transfer"},
        ),
        (
            "【微众银行】您的微粒贷已逾期，请致电4008123456。",
            {},
            {"do_not_click_or_call", "report_spam_12321"},
        ),
    ],
)
def test_actions_fit_the_verdict(verifier, text, meta, codes):
    got = {a.code for a in verifier.check(text, **meta).actions}
    assert codes <= got


def test_genuine_advice_names_the_registry_hotline(verifier):
    verdict = verifier.check("【工商银行】您的信用卡已逾期，请登录工行App还款。", sender="95588")
    hotline = next(a for a in verdict.actions if a.code == "verify_at_official_hotline")
    assert hotline.contact is not None and hotline.contact.value == "95588"
    assert "95588" in hotline.text_zh


def test_advice_file_rejects_unknown_label(tmp_path):
    bad = tmp_path / "advice.toml"
    bad.write_text(
        '[[action]]\ncode = "x"\nlabels = ["phishy"]\ntext_zh = "z"\ntext_en = "e"\n', encoding="utf-8"
    )
    with pytest.raises(ValueError, match=r"advice.toml:2"):
        load_advice(bad)
