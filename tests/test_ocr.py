"""Screenshot reading (verifier.ocr): layout rules on hand-made lines, and the real OCR on rendered
screenshots in tests/fixtures/screenshots (made by bench/screenshots.py; truth.jsonl holds their text)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from opencc import OpenCC

from tests.helpers import edit_distance, plain
from verifier import InputError, Verifier, ocr
from verifier.screen import Line, layout, low_spans

SHOTS = Path(__file__).resolve().parent / "fixtures" / "screenshots"
TRUTH = [json.loads(line) for line in (SHOTS / "truth.jsonl").open(encoding="utf-8")]
W, H = 780, 1688


def line(text: str, x0: float, y0: float, x1: float | None = None, h: float = 32, conf: float = 0.99) -> Line:
    x1 = x1 if x1 is not None else x0 + 30 * len(text)
    return Line(text, (x0, y0, x1, y0 + h), conf, (conf,) * len(text))


def phone_screen() -> list[Line]:
    """An iOS-like conversation as the OCR returns it: status bar, header, stamps, two bubbles, reply, bar."""
    return [
        line("9:41", 30, 16),
        line("5G 83%", 640, 16),
        line("10690000123456", 250, 104),
        line("短信", 360, 148, h=22),
        line("今天 09:41", 330, 212, h=26),
        line("【工商银行】尊敬的客户，您尾号12", 50, 280, 530),
        line("34的信用卡已逾期，请尽快还款。", 50, 324, 520),
        line("昨天 下午3:20", 320, 400, h=26),
        line("【工商银行】详询95588。", 50, 470, 400),
        line("这是真的吗？", 520, 560, 740),
        line("短信", 50, 1600),
        line("发送", 690, 1600),
    ]


def test_layout_reads_sender_bubbles_and_drops_the_rest():
    read = layout(phone_screen(), (W, H))
    assert read.sender == "10690000123456"
    assert [(b.side, b.text) for b in read.bubbles] == [
        ("incoming", "【工商银行】尊敬的客户，您尾号1234的信用卡已逾期，请尽快还款。"),
        ("incoming", "【工商银行】详询95588。"),
        ("outgoing", "这是真的吗？"),
    ]
    assert {ln.text for ln in read.dropped} >= {"9:41", "5G 83%", "今天 09:41", "昨天 下午3:20", "发送"}
    assert read.text.startswith("【工商银行】") and "这是真的吗" not in read.text


def test_a_wrapped_reply_stays_one_outgoing_bubble():
    lines = [
        line("95588", 300, 104),
        line("【工商银行】您的信用卡已逾期。", 50, 280, 500),
        line("我没有在你们这里借过钱，你们", 200, 400, 740),
        line("是谁？", 200, 444, 300),
    ]
    read = layout(lines, (W, H))
    assert [(b.side, b.text) for b in read.bubbles] == [
        ("incoming", "【工商银行】您的信用卡已逾期。"),
        ("outgoing", "我没有在你们这里借过钱，你们是谁？"),
    ]


def test_header_name_without_number_and_misread_send_button():
    lines = [line("12:03", 30, 16), line("工行信用卡", 200, 104)]
    lines += [line("您的账单已逾期，请还款。", 50, 280, 500)]
    lines += [line("文字息", 50, 1600), line("传送", 690, 1600)]  # 文字訊息 and 傳送, each misread
    read = layout(lines, (W, H))
    assert (read.sender, read.sender_name) == (None, "工行信用卡")
    assert [b.text for b in read.bubbles] == ["您的账单已逾期，请还款。"]


def test_low_confidence_characters_become_spans():
    assert low_spans((0.99, 0.5, 0.6, 0.99, 0.1)) == ((1, 3), (4, 5))
    shaky = Line("尾号7978", (50, 280, 400, 312), 0.9, (0.99, 0.99, 0.99, 0.4, 0.99, 0.99))
    (bubble,) = layout([line("95588", 300, 104), shaky], (W, H)).bubbles
    assert bubble.low_confidence == ((3, 4),)
    assert bubble.text[3] == "9"


def char_accuracy(truth: str, got: str) -> float:
    a = plain(truth)
    return 1 - edit_distance(a, plain(got)) / len(a)


@pytest.mark.parametrize("row", TRUTH, ids=[r["file"] for r in TRUTH])
def test_rendered_screenshot_is_read(row):
    read = ocr.read_sms(SHOTS / row["file"])
    assert read.sender == row["sender"]
    assert len(read.incoming) == len(row["bubbles"])
    for truth, bubble in zip(row["bubbles"], read.incoming, strict=True):
        # The recogniser's dictionary lacks many traditional characters (貸, 積, 賬): see the README.
        traditional = OpenCC("t2s").convert(truth) != truth
        floor = 0.85 if row["degraded"] or traditional else 0.95
        assert char_accuracy(truth, bubble.text) >= floor, (truth, bubble.text)
    replies = [b.text for b in read.bubbles if b.side == "outgoing"]
    assert len(replies) == bool(row["reply"])
    assert all(r not in read.text for r in replies)


def test_check_image_gives_the_verdict_of_the_true_text():
    v = Verifier.load()
    row = next(r for r in TRUTH if r["file"] == "shot_001.png")
    result = v.check_image((SHOTS / row["file"]).read_bytes())
    want = v.check(row["bubbles"][0], sender=row["sender"])
    assert [verdict.label for verdict in result.verdicts] == [want.label]
    assert result.worst.label == want.label
    assert result.to_dict()["bubbles"][0]["verdict"]["label"] == want.label
    # a sender given by the caller wins over the one read in the header
    spoofed = v.check_image(SHOTS / row["file"], sender="17012345678").verdicts[0]
    assert spoofed.label != "genuine"


def test_pil_image_and_photo_of_screen():
    from PIL import Image

    read = ocr.read_sms(Image.open(SHOTS / "shot_001_photo.jpg"))
    assert read.sender == "95561" and "兴业银行" in read.text


@pytest.mark.parametrize("data", [b"", b"not an image at all", b"\x89PNG\r\n\x1a\n broken"])
def test_unreadable_bytes_are_an_input_error(data):
    with pytest.raises(InputError) as err:
        ocr.read_sms(data)
    assert err.value.reason == "not_image"


def test_an_image_without_text_says_so():
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (390, 844), "white").save(buf, "PNG")
    with pytest.raises(InputError) as err:
        ocr.read_sms(buf.getvalue())
    assert err.value.reason == "no_text"


def test_a_huge_image_is_refused_before_decoding():
    from PIL import Image

    buf = io.BytesIO()
    Image.new("1", (10_000, 7_000)).save(buf, "PNG")  # 70 megapixels in a few kilobytes
    with pytest.raises(InputError) as err:
        ocr.read_sms(buf.getvalue())
    assert err.value.reason == "too_large"


def test_engine_is_loaded_once():
    assert ocr.load_engine() is ocr.load_engine()


def test_models_load_and_read_with_no_network(tmp_path):
    """The models ship inside the wheel: a fresh process whose sockets all fail still reads a screenshot."""
    import os
    import subprocess
    import sys

    code = (
        "import socket\n"
        "def refuse(*a, **k): raise OSError('network used')\n"
        # the class stays (ssl subclasses it at import); every way out of the process is refused
        "socket.socket.connect = socket.socket.connect_ex = socket.socket.sendto = refuse\n"
        "socket.create_connection = socket.getaddrinfo = refuse\n"
        "from verifier import ocr\n"
        f"print(ocr.read_sms({str(SHOTS / 'shot_002.png')!r}).sender)\n"
        "print(ocr.load_engine().text_rec.session.session.get_session_options().intra_op_num_threads)\n"
    )
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(root), "VERIFIER_OCR_THREADS": "1"}
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["17197804265", "1"]  # and one thread, as the benchmark asks


def test_the_models_are_the_pinned_files_inside_the_wheel():
    """A change of RapidOCR's defaults cannot swap the models (or make it download one): we name the files."""
    import rapidocr

    engine = ocr.load_engine()
    shipped = Path(rapidocr.__file__).parent / "models"
    for step, (version, _, name) in ocr.MODELS.items():
        cfg = engine.cfg[step]
        assert Path(cfg.model_path) == shipped / name and (shipped / name).is_file()
        assert cfg.ocr_version.value == version
    assert "PP-OCRv6_rec" in engine.cfg.Rec.model_path
