"""The Streamlit page (app.py), driven headlessly with streamlit.testing.v1.AppTest."""

from __future__ import annotations

import dataclasses
import html
import re
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from verifier.registry import Registry
from verifier.types import MAX_CHARS

APP = str(Path(__file__).resolve().parents[1] / "app.py")
BOXES = {"genuine": "success", "mistaken": "info", "spoofed": "warning", "scam": "error",
         "unverified": "warning", "unrelated": "info"}  # fmt: skip
LABEL_ZH = {"genuine": "真实通知", "spoofed": "仿冒通知", "mistaken": "发错了人", "scam": "诈骗",
            "unverified": "无法确认来源", "unrelated": "不是借款类短信"}  # fmt: skip
EXAMPLE_LABELS = ["genuine", "spoofed", "mistaken", "scam", "unverified"]
LABEL_EN = {"genuine": "Genuine", "spoofed": "Spoofed", "mistaken": "Sent to the wrong person",
            "scam": "Scam", "unverified": "Origin cannot be confirmed",
            "unrelated": "Not a loan"}  # fmt: skip
ICBC_NOTICE = "【工商银行】尊敬的张先生，您尾号1234的信用卡已逾期，请尽快通过工行手机银行还款，详询95588。"
PLANTED = "4008123456"


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.load()


def fresh() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception, at.exception
    return at


def submit(at: AppTest, text: str, sender: str = "", account: str = "unsure", name: str = "") -> AppTest:
    at.text_area(key="sms").set_value(text)
    at.text_input(key="sender").set_value(sender)
    answer(at).set_value(account)
    at.text_input(key="name").set_value(name)
    at.button(key="submit").click().run()
    assert not at.exception, at.exception
    return at


def verdicts(at: AppTest) -> list[tuple[str, str]]:
    """(box kind, text) of every coloured verdict/error box on the page."""
    return [
        (kind, box.value) for kind in ("success", "info", "warning", "error") for box in getattr(at, kind)
    ]


def shown_verdict(at: AppTest) -> str:
    boxes = verdicts(at)
    assert len(boxes) == 1, boxes
    kind, text = boxes[0]
    label = next(
        lab
        for lab, k in BOXES.items()
        if k == kind and (f"**{LABEL_ZH[lab]}**" in text or text.startswith(f"**{LABEL_EN[lab]}"))
    )
    assert "/100" in text, text
    return label


def texts(at: AppTest) -> list[str]:
    """Every piece of text on the page (markdown, captions, alerts, code, headings, progress labels)."""
    out = [
        e.value for kind in ("markdown", "caption", "code", "subheader", "title") for e in getattr(at, kind)
    ]
    out += [v for _, v in verdicts(at)]
    return out


def answer(at: AppTest):
    """The has-account radio of the language shown (each language has its own; the answer is shared)."""
    return at.radio(key="account_en" if at.toggle(key="lang_en").value else "account_zh")


BAR_RE = re.compile(r'<div class="bar" data-label="(\w+)"><span>([^<]*)</span>')


def bars(at: AppTest) -> list[str]:
    """The probability bars' captions, top to bottom."""
    return [html.unescape(m.group(2)) for e in at.markdown for m in BAR_RE.finditer(e.value)]


def sms_box(at: AppTest) -> str:
    return next(m.value for m in at.markdown if m.value.startswith('<div class="sms"'))


def contact_lines(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown if m.value.startswith("- ")]


@pytest.mark.parametrize("label", EXAMPLE_LABELS)
def test_each_example_gives_its_verdict(label):
    at = fresh()
    assert sorted(at.selectbox(key="example").options) == sorted(LABEL_ZH[lab] for lab in EXAMPLE_LABELS)
    at.selectbox(key="example").set_value(label).run()
    assert len(at.text_area(key="sms").value) > 20 and "逾期" in at.text_area(key="sms").value
    if label in ("genuine", "spoofed", "mistaken"):  # these depend on the sender / account / name widgets
        assert at.text_input(key="sender").value
    at.button(key="submit").click().run()
    assert not at.exception, at.exception
    assert shown_verdict(at) == label
    highlighted = sms_box(at)
    assert ("<mark" in highlighted) == (label != "unverified")  # nothing to mark: nothing shows origin
    if label != "genuine":  # green marks only on a genuine verdict
        assert "#c8e6c9" not in highlighted
    top = "像正规通知" if label == "unverified" else LABEL_ZH[label]
    assert len(bars(at)) == 4 and bars(at)[0].startswith(top)


@pytest.mark.parametrize(
    ("sender", "account", "name", "label"),
    [
        ("95588", "yes", "张伟", "genuine"),
        ("13912345678", "unsure", "", "spoofed"),
        ("95588", "no", "", "mistaken"),
        ("95588", "yes", "李娜", "mistaken"),
    ],
)
def test_metadata_widgets_change_the_verdict(sender, account, name, label):
    assert shown_verdict(submit(fresh(), ICBC_NOTICE, sender, account, name)) == label


def test_typed_scam_is_red_with_report_text_and_96110_from_registry(registry):
    text = "【微众银行】您的微粒贷已逾期，请于今日18点前将欠款转入以下账户：6222021234567890123 户名张三"
    at = submit(fresh(), text, sender="13800001111")
    assert shown_verdict(at) == "scam"
    spam, fraud = registry.channels["spam_12321"], registry.channels["antifraud_96110"]
    assert [c.value for c in at.code] == [f"13800001111*{text}"]
    page = "\n".join(texts(at))
    assert f"发送到 {spam.value}" in page and f"**{fraud.value}**" in page
    assert "1. " in page and "2. " in page  # the actions are a numbered list


def test_report_channels_are_read_from_the_registry_not_hard_coded(monkeypatch):
    real = Registry.load

    def patched(path=None):
        reg = real(path)
        reg.channels["spam_12321"] = dataclasses.replace(reg.channels["spam_12321"], value="10000321")
        reg.channels["antifraud_96110"] = dataclasses.replace(
            reg.channels["antifraud_96110"], value="10000110"
        )
        return reg

    monkeypatch.setattr(Registry, "load", patched)
    st.cache_resource.clear()
    try:
        at = fresh()
        at.selectbox(key="example").set_value("scam").run()
        at.button(key="submit").click().run()
        page = "\n".join(texts(at))
        assert "发送到 10000321" in page and "**10000110**" in page
    finally:
        st.cache_resource.clear()


@pytest.mark.parametrize(("institution", "text"), [
    ("icbc", f"【工商银行】您的信用卡已逾期，请致电{PLANTED}处理，否则影响征信。"),
    ("webank", f"【微众银行】您的微粒贷已逾期，请致电{PLANTED}处理。"),
])  # fmt: skip
def test_official_contacts_come_from_the_registry_never_from_the_message(registry, institution, text):
    at = submit(fresh(), text)
    assert shown_verdict(at) in {"spoofed", "scam"}
    inst = registry.institutions[institution]
    official = [f.value for f in inst.hotlines if not f.unverified]
    shown = [line.split("`")[1] for line in contact_lines(at) if "客服电话" in line]
    assert shown == list(dict.fromkeys(official))
    if institution == "icbc":
        assert "95588" in shown
    if not official:
        assert any("没有这家机构经核实的联系方式" in t for t in texts(at))
    assert any("短信里出现的号码和链接都没有被采用" in c.value for c in at.caption)
    assert f"自称的机构：{inst.name}" in "\n".join(s.value for s in at.subheader)
    # The planted number may appear only where the message itself is quoted: never as a contact or action.
    for piece in texts(at):
        if PLANTED in piece:
            quoted = re.findall(r"「([^」]*)」", piece)
            assert (
                piece.startswith('<div class="sms"')
                or piece.endswith(text)
                or any(PLANTED in q and q in text for q in quoted)
            ), piece


@pytest.mark.parametrize("text", ["", "   \n\t "])
def test_empty_input_is_a_friendly_error(text):
    at = submit(fresh(), text)
    assert verdicts(at) == [("error", "请先粘贴或输入短信内容。")]
    assert not bars(at)


def test_too_long_input_is_a_friendly_error():
    at = submit(fresh(), "逾期" * MAX_CHARS)
    (kind, message), *_ = verdicts(at)
    assert kind == "error" and "太长" in message and str(MAX_CHARS) in message
    assert len(verdicts(at)) == 1 and not bars(at)


def test_a_new_check_replaces_the_error():
    at = submit(fresh(), "")
    assert verdicts(at)[0][0] == "error"
    assert shown_verdict(submit(at, ICBC_NOTICE, "95588", "yes")) == "genuine"


def test_message_is_escaped_not_rendered():
    text = (
        "【微众银行】<img src=x onerror=alert(1)><script>x()</script> [点我](http://evil.cn) www.evil.cn *粗*"
    )
    at = submit(fresh(), text)
    body = sms_box(at)
    for raw in ("<img", "<script", "](", "http://", "www.", "*粗*"):
        assert raw not in body
    assert "&#60;img" in body and "&#60;script&#62;" in body


def test_english_toggle_switches_the_labels():
    at = fresh()
    assert at.text_area(key="sms").label.startswith("短信内容")
    assert at.button(key="submit").label == "开始核验"
    assert answer(at).options == ["有", "没有", "不确定"]
    at.selectbox(key="example").set_value("scam").run()
    at.button(key="submit").click().run()
    assert "诈骗" in verdicts(at)[0][1]
    at.toggle(key="lang_en").set_value(True).run()
    assert not at.exception
    assert at.text_area(key="sms").label.startswith("SMS text")
    assert at.button(key="submit").label == "Check"
    assert answer(at).options == ["Yes", "No", "Not sure"]
    assert at.title[0].value == "Overdue-SMS checker"
    ((kind, text),) = verdicts(at)  # the result stays, now in English
    assert kind == "error" and text.startswith("**Scam**") and "Risk score" in text
    assert "What to do" in [s.value for s in at.subheader]
    assert not any("诈骗" in b for b in bars(at))
    at.toggle(key="lang_en").set_value(False).run()
    assert at.button(key="submit").label == "开始核验"


def test_page_says_checking_is_local_and_nothing_is_kept():
    at = fresh()
    note = at.caption[0].value
    assert "本机" in note and "不会被发送" in note and "不会被记录或保存" in note
    at.toggle(key="lang_en").set_value(True).run()
    assert "never sent anywhere" in at.caption[0].value and "stored" in at.caption[0].value
    assert "never stored" in at.text_input(key="name").label


def test_page_says_when_the_sms_is_not_about_a_debt():
    at = submit(fresh(), "您的快递已到菜鸟驿站，请凭取件码领取")
    assert any("不是借款类短信" in box.value for box in at.info), [b.value for b in at.info]
    text = " ".join(m.value for m in at.markdown)
    assert "不是借款、还款或催收" in text and "96110" in text  # 96110 from the registry
    assert not at.success and not bars(at)  # no green box, no class probabilities
    at = submit(at, "【工商银行】您尾号1234的牡丹信用卡已逾期3天，请登录中国工商银行App还款，详询95588。")
    assert not any("不是借款" in box.value for box in at.info)


def test_page_never_shows_green_without_proof_of_origin():
    # Reads like a real notice, but no sender and no verified channel: a plain "cannot confirm".
    at = submit(fresh(), "【招联消费金融】您的好期贷已逾期3天，请登录招联金融App还款，如已还款请忽略。")
    assert not at.success
    assert any("无法确认来源" in box.value for box in at.warning), [b.value for b in at.warning]
    text = " ".join(m.value for m in at.markdown)
    assert "请在官方App或官方电话核实" in text
    assert any("来源未确认" in b for b in bars(at)) and not any(b.startswith("真实通知") for b in bars(at))


# ------------------------------------------------------------------------------------------ issue #13

NOT_MINE = "【工商银行】尊敬的李女士，您尾号8812的信用卡已逾期，请尽快通过工行手机银行还款。详询95588。"


@pytest.mark.parametrize("choice", ["no", "yes", "unsure"])
def test_switching_language_keeps_every_answer(choice):
    at = fresh()
    at.text_area(key="sms").set_value(NOT_MINE)
    at.text_input(key="sender").set_value("95588")
    answer(at).set_value(choice)
    at.text_input(key="name").set_value("张伟")
    at.run()
    at.toggle(key="lang_en").set_value(True).run()  # switch between the choice and the submit
    assert answer(at).value == choice and at.text_input(key="sender").value == "95588"
    assert at.text_area(key="sms").value == NOT_MINE and at.text_input(key="name").value == "张伟"
    at.button(key="submit").click().run()
    expected = {"no": "mistaken", "yes": "mistaken", "unsure": "mistaken"}[choice]  # 李女士 is not 张伟
    assert shown_verdict(at) == expected
    at.text_input(key="name").set_value("").run()
    at.toggle(key="lang_en").set_value(False).run()
    at.button(key="submit").click().run()
    assert shown_verdict(at) == ("mistaken" if choice == "no" else "genuine")


def test_classifier_terms_are_technical_details_never_single_characters():
    at = submit(fresh(), *EXAMPLES_FOR_TERMS)
    reasons = [m.value for m in at.markdown if re.match(r"\d+\. ", m.value)]
    assert reasons and not any("分类器" in r for r in reasons)  # the reasons list holds the rules only
    (details,) = at.expander
    terms = re.findall(r"「([^」]*)」", details.markdown[0].value)
    assert terms and all(len(re.sub(r"\W", "", html.unescape(x))) >= 2 for x in terms), terms


SPOOFED = "【工商银行】您的信用卡已逾期，请速回电4008123456处理，否则将影响您的征信。"
EXAMPLES_FOR_TERMS = (SPOOFED, "17088889999")


def test_only_spans_behind_the_verdict_are_highlighted():
    at = submit(fresh(), *EXAMPLES_FOR_TERMS)
    assert shown_verdict(at) == "spoofed"
    box = sms_box(at)
    marked = [html.unescape(x) for x in re.findall(r"<mark[^>]*>([^<]*)</mark>", box)]
    assert "4008123456" in marked  # the unofficial callback number
    assert "【工商银行】" not in marked and "#c8e6c9" not in box  # a signature is no evidence for "spoofed"


def test_bars_are_coloured_by_verdict_and_rounded_honestly():
    at = submit(fresh(), NOT_MINE, "95588", "no")
    labels = [m.group(1) for e in at.markdown for m in BAR_RE.finditer(e.value)]
    assert sorted(labels) == sorted(["genuine", "spoofed", "mistaken", "scam"])
    assert all("100%" not in b and not b.endswith(" 0%") for b in bars(at)), bars(at)
    fills = r"background:(#[0-9a-f]{6});height"
    colours = {m.group(1) for e in at.markdown for m in re.finditer(fills, e.value)}
    assert len(colours) >= 3  # one colour per verdict, not one blue for all
