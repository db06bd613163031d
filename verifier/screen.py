"""Which text on a phone screen is what: the status bar, the conversation header, timestamps, the app's
words, and the chat bubbles in reading order (pure functions over recognised lines; see ``verifier.ocr``).

Incoming messages are left-aligned in iOS and Android messages apps; the reader's own replies are
right-aligned. Each character keeps the recogniser's confidence, so uncertain spans can be shown.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from statistics import median
from typing import Literal

#: Characters read with less confidence than this are shown to the reader as uncertain.
LOW_CONFIDENCE = 0.85

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
