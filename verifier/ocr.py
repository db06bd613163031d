"""Screenshot → SMS text: read a phone screenshot of an SMS conversation, offline, on CPU.

``read_sms(image)`` runs RapidOCR (PP-OCRv4 Chinese detection and recognition, ONNX models shipped inside
the ``rapidocr-onnxruntime`` wheel: nothing is downloaded), then ``verifier.screen.layout`` tells what each
text line is: the sender number or name from the conversation header, and the message bubbles in reading
order, incoming apart from the reader's own replies; the status bar, timestamps and the app's own words
are dropped. Every character keeps the recogniser's confidence.
"""

from __future__ import annotations

import io
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from verifier.screen import LOW_CONFIDENCE, Bubble, Line, ReadSms, layout, low_spans
from verifier.types import InputError

__all__ = ["LOW_CONFIDENCE", "Bubble", "ImageCheck", "Line", "ReadSms", "layout", "load_engine", "low_spans",
           "read_sms", "recognise", "to_array"]  # fmt: skip

#: Images larger than this (bytes) are refused: a phone screenshot is a few MB at most.
MAX_IMAGE_BYTES = 25_000_000
#: And larger than this (pixels): a 48-megapixel phone photo still passes.
MAX_PIXELS = 60_000_000
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
        if image.width * image.height > MAX_PIXELS:  # checked before decoding: a small file can unpack huge
            raise InputError("too_large", f"the image has more than {MAX_PIXELS:,} pixels")
        rgb = ImageOps.exif_transpose(image).convert("RGB")  # phone photos carry their rotation in EXIF
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError) as err:
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
