"""The page's screenshot upload, driven headlessly with streamlit.testing.v1.AppTest."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parents[1] / "app.py")
SHOTS = Path(__file__).resolve().parent / "fixtures" / "screenshots"


def upload(name: str, data: bytes | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120).run()
    data = data if data is not None else (SHOTS / name).read_bytes()
    at.file_uploader(key="shot").set_value((name, data, "image/png")).run()
    assert not at.exception, at.exception
    return at


def test_upload_fills_text_and_sender_then_the_usual_check():
    at = upload("shot_001.png")
    assert at.text_input(key="sender").value == "95561"
    sms = at.text_area(key="sms").value
    assert sms.startswith("【兴业银行】逾期债权催收通知") and "我没有在你们这里借过钱" not in sms
    assert any("这是从截图里读出的文字" in c.value for c in at.caption)
    at.button(key="submit").click().run()
    assert not at.exception, at.exception
    boxes = [b.value for kind in ("success", "info", "warning", "error") for b in getattr(at, kind)]
    assert len(boxes) == 1 and "风险分" in boxes[0]


def test_the_text_read_can_be_fixed_before_checking():
    at = upload("shot_001.png")
    scam = "您的微粒贷已逾期，已启动立案程序，请于今日18点前将欠款转入以下账户：6222021234567890123"
    at.text_area(key="sms").set_value(scam)
    at.text_input(key="sender").set_value("")
    at.button(key="submit").click().run()
    assert next(b.value for b in at.error).startswith("**诈骗**")


def test_two_messages_in_a_screenshot_are_offered_one_by_one():
    at = upload("shot_000.png")
    radio = at.radio(key="bubble")
    assert len(radio.options) == 2 and radio.value == 1  # the newest message first
    assert "交通銀行" in at.text_area(key="sms").value
    radio.set_value(0).run()
    assert "扣款" in at.text_area(key="sms").value


def test_low_confidence_characters_are_marked_and_escaped():
    at = upload("shot_000.png")  # traditional characters the recogniser is unsure of
    shown = [m.value for m in at.markdown if 'class="read"' in m.value]
    assert shown and "<mark" in shown[0] and "<script" not in shown[0]


def test_an_unreadable_upload_is_a_friendly_warning():
    at = upload("junk.png", b"not an image")
    assert any("没能从这张图片里读出短信" in w.value for w in at.warning)
    assert at.text_area(key="sms").value == ""
