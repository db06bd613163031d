"""Screenshot → SMS text: read a phone screenshot of an SMS conversation, offline, on CPU.

``read_sms(image)`` runs RapidOCR (PP-OCRv4 Chinese detection and recognition, ONNX models shipped inside
the ``rapidocr-onnxruntime`` wheel: nothing is downloaded) and ``layout`` turns its text lines into what
the screen says: the sender number or name from the conversation header, and the message bubbles in
reading order, incoming (left-aligned in iOS and Android messages apps) apart from the reader's own replies
(right-aligned). The status bar, timestamps and the app's own words (短信, 发送, the input box) are dropped.
Every character keeps the recogniser's confidence, so the page can show what it is unsure of.
"""

from __future__ import annotations

import io
import itertools
import os
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from statistics import median
from typing import Any, Literal

from verifier.types import InputError

#: Characters read with less confidence than this are shown to the reader as uncertain.
LOW_CONFIDENCE = 0.85
#: Images larger than this (bytes) are refused: a phone screenshot is a few MB at most.
MAX_IMAGE_BYTES = 25_000_000

Side = Literal["incoming", "outgoing"]

_TIME = r"(?:[01]?\d|2[0-3])[:：][0-5]\d"
_DAY = (
    r"(?:今天|昨天|前天|明天|(?:星期|周|週|礼拜|禮拜)[一二三四五六日天]|\d{4}年\d{1,2}月\d{1,2}日|\d{1,2}月\d{1,2}日"
    r"|\d{4}[/.-]\d{1,2}[/.-]\d{1,2}|\d{1,2}[/.-]\d{1,2})"
)
_PART = r"(?:上午|下午|中午|晚上|凌晨|早上|傍晚|AM|PM)"
TIMESTAMP = re.compile(rf"(?:{_DAY})?(?:{_DAY})?{_PART}?{_TIME}(?:{_PART})?|{_DAY}", re.IGNORECASE)
STATUS = re.compile(rf"{_TIME}|\d{{1,3}}%|[2345]G|LTE|HD|VoLTE|Wi-?Fi", re.IGNORECASE)
#: The messages apps' own words: titles, input placeholders, buttons. Compared whole, after removing spaces.
UI_TEXT = frozenset(
    "短信 信息 簡訊 訊息 彩信 iMessage 短信/彩信 簡訊/多媒體訊息 文字消息 文字訊息 文字信息 短信消息 "
    "输入消息 輸入訊息 发送 發送 傳送 编辑 編輯 详细信息 詳細資料 返回 < ← 〈 ‹ > 通知类短信 通知類簡訊 "
    "发短信 發簡訊 RCS 聊天".split()
)
_PHONE = re.compile(r"\+?[\d\s()-]{3,24}")


@dataclass(frozen=True)
class Line:
    """One recognised text line: its text, its box (x0, y0, x1, y1 in image pixels) and confidences."""

    text: str
    box: tuple[float, float, float, float]
    confidence: float
    char_confidences: tuple[float, ...] = ()

    @property
    def height(self) -> float:
        return self.box[3] - self.box[1]

    @property
    def cy(self) -> float:
        return (self.box[1] + self.box[3]) / 2


@dataclass(frozen=True)
class Bubble:
    """One chat bubble: the text read in order, which side it is on, its lines and per-character scores."""

    text: str
    side: Side
    lines: tuple[Line, ...]
    char_confidences: tuple[float, ...]

    @property
    def box(self) -> tuple[float, float, float, float]:
        return (
            min(ln.box[0] for ln in self.lines),
            min(ln.box[1] for ln in self.lines),
            max(ln.box[2] for ln in self.lines),
            max(ln.box[3] for ln in self.lines),
        )

    @property
    def confidence(self) -> float:
        """The least confident line's score: one misread character can change a number."""
        return min(ln.confidence for ln in self.lines)

    @property
    def low_confidence(self) -> tuple[tuple[int, int], ...]:
        """``(start, end)`` spans of ``text`` read with confidence below :data:`LOW_CONFIDENCE`."""
        return low_spans(self.char_confidences)


@dataclass(frozen=True)
class ReadSms:
    """What a screenshot says: sender from the header, bubbles in reading order, and what was dropped."""

    sender: str | None
    sender_name: str | None
    bubbles: tuple[Bubble, ...]
    dropped: tuple[Line, ...] = field(default=(), repr=False)

    @property
    def incoming(self) -> tuple[Bubble, ...]:
        """The messages received: the ones to check."""
        return tuple(b for b in self.bubbles if b.side == "incoming")

    @property
    def text(self) -> str:
        """The incoming messages' text, one per paragraph."""
        return "\n\n".join(b.text for b in self.incoming)


def low_spans(scores: tuple[float, ...], threshold: float = LOW_CONFIDENCE) -> tuple[tuple[int, int], ...]:
    """Runs of positions whose score is below ``threshold``, as ``(start, end)``."""
    spans: list[tuple[int, int]] = []
    start = None
    for i, s in enumerate((*scores, 1.0)):
        if s < threshold and start is None:
            start = i
        elif s >= threshold and start is not None:
            spans.append((start, i))
            start = None
    return tuple(spans)


# --- the OCR engine: loaded once per process ---------------------------------------------------------

_ENGINE: Any = None
_LOCK = threading.Lock()


class _CharScores:
    """RapidOCR's CTC decoder, also returning each character's probability (it only keeps their mean)."""

    def __init__(self, inner: Any) -> None:
        self.character = inner.character

    def __call__(self, preds: Any, return_word_box: bool = False, **_: Any) -> list[tuple]:
        rows = []
        for idx, prob in zip(preds.argmax(axis=2), preds.max(axis=2), strict=True):
            keep = idx != 0  # 0 is the CTC blank
            keep[1:] &= idx[1:] != idx[:-1]  # a repeated frame is one character
            chars, scores = [], []
            for i, p in zip(idx[keep], prob[keep], strict=True):
                token = self.character[i]
                chars.append(token)
                scores.extend([float(p)] * len(token))
            rows.append(("".join(chars), sum(scores) / len(scores) if scores else 0.0, tuple(scores)))
        return rows


class OcrUnavailable(RuntimeError):
    """The OCR engine cannot be loaded here (package missing, or OpenCV's system libraries)."""


def load_engine(threads: int | None = None) -> Any:
    """The RapidOCR engine, built on first use and shared by the process (loading takes about a second).

    ``threads`` (default: ``VERIFIER_OCR_THREADS`` or onnxruntime's own choice) bounds each model's
    intra-op threads; only the first call's value counts.
    """
    global _ENGINE
    with _LOCK:
        if _ENGINE is None:
            try:
                from rapidocr_onnxruntime import RapidOCR
            except ImportError as err:  # e.g. "libGL.so.1: cannot open shared object file"
                raise OcrUnavailable(
                    f"screenshot reading is unavailable: {err}. Install rapidocr-onnxruntime; on a server "
                    "without libGL, apt-get install libgl1 or put opencv-python-headless in place of "
                    "opencv-python"
                ) from err

            n = threads or int(os.environ.get("VERIFIER_OCR_THREADS", "-1"))
            engine = RapidOCR(intra_op_num_threads=n, inter_op_num_threads=1 if n > 0 else -1)
            engine.text_rec.postprocess_op = _CharScores(engine.text_rec.postprocess_op)
            _ENGINE = engine
    return _ENGINE


def to_array(image: Any) -> Any:
    """Bytes, a path, a file object, a PIL image or a BGR array → a BGR ``numpy`` array (EXIF-rotated)."""
    import numpy as np
    from PIL import Image, ImageOps, UnidentifiedImageError

    if isinstance(image, np.ndarray):
        return image
    try:
        if isinstance(image, str | Path):
            if Path(image).stat().st_size > MAX_IMAGE_BYTES:
                raise InputError("too_large", f"{image} is larger than {MAX_IMAGE_BYTES:,} bytes")
            image = Image.open(image)
        elif isinstance(image, bytes | bytearray | memoryview):
            if len(image) > MAX_IMAGE_BYTES:
                raise InputError("too_large", f"the image is larger than {MAX_IMAGE_BYTES:,} bytes")
            image = Image.open(io.BytesIO(bytes(image)))
        elif hasattr(image, "read"):
            return to_array(image.read())
        if not isinstance(image, Image.Image):
            raise InputError("not_image", f"cannot read an image from {type(image).__name__}")
        rgb = ImageOps.exif_transpose(image).convert("RGB")  # phone photos carry their rotation in EXIF
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as err:
        if isinstance(err, InputError):
            raise
        raise InputError("not_image", f"not a readable image: {err}") from None
    return np.asarray(rgb)[:, :, ::-1].copy()


def recognise(image: Any, engine: Any = None) -> tuple[list[Line], tuple[int, int]]:
    """Every text line the OCR finds in ``image``, and the image's (width, height)."""
    arr = to_array(image)
    engine = engine or load_engine()
    result, _ = engine(arr)
    lines = []
    for quad, text, score, *rest in result or ():
        xs, ys = [p[0] for p in quad], [p[1] for p in quad]
        chars = tuple(rest[0]) if rest else (float(score),) * len(text)
        lines.append(Line(text, (min(xs), min(ys), max(xs), max(ys)), float(score), chars))
    return lines, (arr.shape[1], arr.shape[0])


def read_sms(image: Any, engine: Any = None) -> ReadSms:
    """Read an SMS screenshot: raises :class:`InputError` ``not_image`` or ``no_text``."""
    lines, size = recognise(image, engine)
    read = layout(lines, size)
    if not read.incoming:
        raise InputError("no_text", "no received message could be read in this image")
    return read


# --- layout: which line is what (pure) ---------------------------------------------------------------


def _plain(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _is_timestamp(text: str) -> bool:
    return TIMESTAMP.fullmatch(_plain(text)) is not None


def _is_ui(text: str, fuzzy: bool = False) -> bool:
    """One of the app's own words; ``fuzzy`` also takes one misread character in a word of two or more."""
    t = _plain(text)
    if t in UI_TEXT:
        return True
    return fuzzy and 2 <= len(t) <= 6 and any(_one_edit(t, w) for w in UI_TEXT if len(w) >= 2)


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by exactly one substituted, dropped or added character."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return a[i + 1 :] == b[i + 1 :] or a[i:] == b[i + 1 :] or a[i + 1 :] == b[i:]


def _as_number(text: str) -> str | None:
    """The digits of a header line that is a phone number (``+86 138-0013-8000`` → ``+8613800138000``)."""
    t = text.strip()
    if not _PHONE.fullmatch(t):
        return None
    digits = re.sub(r"[^\d+]", "", t)
    return digits if sum(c.isdigit() for c in digits) >= 3 else None


def layout(lines: list[Line], size: tuple[int, int]) -> ReadSms:
    """Status bar, header, timestamps and UI words apart; the rest grouped into bubbles, in reading order."""
    if not lines:
        return ReadSms(None, None, ())
    lines = sorted(lines, key=lambda ln: (ln.cy, ln.box[0]))
    h = median(ln.height for ln in lines)
    dropped: list[Line] = []
    # Status bar: the clock, battery and signal in the top band (a tilted photo puts them at two heights).
    top = [ln for ln in lines if ln.cy < lines[0].cy + 1.5 * h]
    if any(STATUS.search(_plain(ln.text)) for ln in top):
        bar = [ln for ln in top if STATUS.search(_plain(ln.text)) and len(_plain(ln.text)) <= 8]
        dropped += bar
        lines = [ln for ln in lines if ln not in bar]
    # Input bar: the last row, when it holds the app's words (often misread: 传送 for 傳送, 文字息).
    last = [ln for ln in lines if ln.cy > lines[-1].cy - 1.5 * h]
    if any(_is_ui(ln.text, fuzzy=True) for ln in last):
        dropped += last
        lines = [ln for ln in lines if ln not in last]
    # Header: the short lines at the top, one under the other (number, name, "短信"), before any timestamp;
    # the first bubble comes after a wider gap.
    head: list[Line] = []
    for ln in lines:
        near = not head or ln.cy - head[-1].cy < 2 * h
        short = len(_plain(ln.text)) <= 12 or _as_number(ln.text) is not None  # 1069 ports: 14+ digits
        if not near or not short or _is_timestamp(ln.text) or ln.cy > 0.25 * size[1]:
            break
        head.append(ln)
    sender = name = None
    for ln in head:
        number = _as_number(ln.text)
        if number and sender is None:
            sender = number
        elif not number and not _is_ui(ln.text) and name is None and not _is_timestamp(ln.text):
            name = ln.text.strip()
    if head and (sender or name):
        dropped += head
        lines = [ln for ln in lines if ln not in head]
    # Timestamps and the app's words go; a timestamp also ends the bubble above it.
    body: list[Line | None] = []
    for ln in lines:
        if _is_timestamp(ln.text) or _is_ui(ln.text):
            dropped.append(ln)
            body.append(None)
        else:
            body.append(ln)
    return ReadSms(sender, name, _bubbles(body, h), tuple(dropped))


def _bubbles(body: list[Line | None], h: float) -> tuple[Bubble, ...]:
    """Consecutive lines with one left edge and the usual line pitch form a bubble; sides from alignment."""
    content = [ln for ln in body if ln is not None]
    if not content:
        return ()
    left, right = min(ln.box[0] for ln in content), max(ln.box[2] for ln in content)
    width = max(right - left, 1.0)
    pitches = [b.cy - a.cy for a, b in itertools.pairwise(content) if b.cy - a.cy > 0.5 * h]
    pitch = sorted(pitches)[len(pitches) // 4] if len(pitches) >= 2 else 1.4 * h
    groups: list[list[Line]] = []
    prev: Line | None = None
    for ln in body:
        if ln is None:
            prev = None
            continue
        same = (
            prev is not None
            and ln.cy - prev.cy < 1.3 * pitch
            and abs(ln.box[0] - groups[-1][0].box[0]) < 1.2 * h
        )
        if same:
            groups[-1].append(ln)
        else:
            groups.append([ln])
        prev = ln
    out = []
    for g in groups:
        x0, x1 = min(ln.box[0] for ln in g), max(ln.box[2] for ln in g)
        side: Side = "outgoing" if x0 - left > 0.15 * width and right - x1 < 0.12 * width else "incoming"
        if side == "incoming" and x0 - left > 0.15 * width:
            continue  # centred text that is neither a bubble nor known: a banner, a date we did not parse
        text, scores = _join(g)
        out.append(Bubble(text, side, tuple(g), scores))
    return tuple(out)


def _join(lines: list[Line]) -> tuple[str, tuple[float, ...]]:
    """Wrapped lines → one text. No space at the joins: messages apps break lines anywhere, URLs too."""
    text, scores = "", ()
    for ln in lines:
        t = ln.text.strip()
        chars = ln.char_confidences
        if len(chars) != len(ln.text):
            chars = (ln.confidence,) * len(ln.text)
        lead = len(ln.text) - len(ln.text.lstrip())
        chars = chars[lead : lead + len(t)]
        text, scores = text + t, (*scores, *chars)
    return text, scores


@dataclass(frozen=True)
class ImageCheck:
    """A screenshot checked: what was read, and one verdict per incoming bubble (same order)."""

    read: ReadSms
    verdicts: tuple[Any, ...]  # verifier.types.Verdict, one per ``read.incoming``

    @property
    def pairs(self) -> tuple[tuple[Bubble, Any], ...]:
        """``(bubble, verdict)`` for each message received, in reading order."""
        return tuple(zip(self.read.incoming, self.verdicts, strict=True))

    @property
    def worst(self) -> Any:
        """The verdict of the riskiest message on the screen (what a batch row reports)."""
        return max(self.verdicts, key=lambda v: v.risk)

    def to_dict(self) -> dict[str, Any]:
        verdicts = iter(self.verdicts)
        return {
            "sender": self.read.sender,
            "sender_name": self.read.sender_name,
            "bubbles": [
                {
                    "side": b.side,
                    "text": b.text,
                    "confidence": round(b.confidence, 4),
                    "low_confidence": [list(s) for s in b.low_confidence],
                    "box": [round(x) for x in b.box],
                    **({"verdict": next(verdicts).to_dict()} if b.side == "incoming" else {}),
                }
                for b in self.read.bubbles
            ],
        }
