"""The page's second tab, 机构自查 (app_audit.py), driven headlessly with AppTest."""

from __future__ import annotations

import html
from pathlib import Path

from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parents[1] / "app.py")
BAD = "【微众银行】你这个老赖，欠款5,000元今天不还明天上门，详询4008123456。"
GOOD = (
    "【微众银行】尊敬的客户，您的微粒贷借款1,234.56元已逾期。请于3月31日前登录微众银行App还款，"
    "逾期按合同计收罚息。如有异议请致电95384。"
)


def audit_tab(english: bool = False) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60).run()
    if english:
        at.toggle(key="lang_en").set_value(True).run()
    at.segmented_control(key="view").set_value("audit").run()
    assert not at.exception, at.exception
    return at


def run_audit(at: AppTest, text: str, when: str = "", role: str = "borrower") -> AppTest:
    at.text_area(key="audit_sms").set_value(text)
    at.text_input(key="audit_when").set_value(when)
    at.selectbox(key="audit_role").set_value(role)
    at.button(key="audit_submit").click().run()
    assert not at.exception, at.exception
    return at


def page_text(at: AppTest) -> str:
    parts = [e.value for kind in ("markdown", "caption", "subheader") for e in getattr(at, kind)]
    parts += [b.value for kind in ("error", "warning", "success") for b in getattr(at, kind)]
    return html.unescape("\n".join(parts))


def test_the_consumer_page_is_the_default_and_the_tab_replaces_it():
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert [b.key for b in at.button] == ["submit"]
    at.segmented_control(key="view").set_value("audit").run()
    keys = [b.key for b in at.button]
    assert "audit_submit" in keys and "submit" not in keys


def test_a_non_compliant_template_shows_its_errors_with_spans_and_fixes():
    at = run_audit(audit_tab(), BAD, when="23:15")
    (box,) = at.error
    assert "错误" in box.value and "请勿发送" in box.value
    text = page_text(at)
    for rule in ("SHAMING", "NUMBER_NOT_IN_REGISTRY", "SEND_TIME", "CONSUMER_VERDICT_FAKE"):
        assert f"`{rule}`" in text
    assert "「老赖」" in text and "「4008123456」" in text and "修改建议" in text
    assert "仿冒通知" in text  # what a consumer is told
    marked = next(e.value for e in at.markdown if 'class="sms"' in e.value)
    assert marked.count("<mark") >= 3


def test_a_compliant_template_has_no_error_box_in_english_too():
    at = run_audit(audit_tab(english=True), GOOD, when="10:00")
    assert not at.error
    assert at.success or at.warning
    text = page_text(at)
    assert "genuine" in text and "Length: 75 characters, sent as 2 SMS" in text
    assert "Lender self-check" in at.segmented_control(key="view").options[1]


def test_a_message_to_a_contact_must_not_mention_the_debt():
    at = run_audit(audit_tab(), "【微众银行】王先生的借款已逾期，请您督促其还款。", role="contact")
    assert "`CONTACT_TOLD_OF_DEBT`" in page_text(at) and "`CONTACT_ASKED_TO_PAY`" in page_text(at)


def test_a_bad_send_time_and_an_empty_template_are_explained():
    at = run_audit(audit_tab(), GOOD, when="tonight")
    assert "21:30" in at.error[0].value
    at = run_audit(audit_tab(), "")
    assert at.error


def test_the_institution_box_speaks_the_pages_language():
    assert audit_tab().selectbox(key="audit_inst").placeholder == "按短信签名"
    assert audit_tab(english=True).selectbox(key="audit_inst").placeholder == "From the signature"
