"""Screenshot → SMS text: read a phone screenshot of an SMS conversation, offline, on CPU.

``read_sms(image)`` runs RapidOCR (PP-OCRv6 small detection and recognition, ONNX models shipped inside
the ``rapidocr`` 3.x wheel and named here by path, so nothing is ever downloaded), then
``verifier.screen.layout`` tells what each text line is: the sender number or name from the conversation
header, and the message bubbles in reading order, incoming apart from the reader's own replies; the status
bar, timestamps and the app's own words are dropped. Every character keeps the recogniser's confidence.
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


class _Scored(str):
    """A recognised line's text that also carries each character's probability."""

    scores: tuple[float, ...]


class _CharScores:
    """RapidOCR's CTC decoder, also returning each character's probability (it only keeps their mean).

    The text goes back as a ``_Scored`` string: RapidOCR passes texts through untouched, and its
    ``(text, mean)`` pairs and word results keep the shape its pipeline expects.
    """

    def __init__(self, inner: Any) -> None:
        self.character = inner.character

    def __call__(self, preds: Any, return_word_box: bool = False, **_: Any) -> tuple[list, list]:
        rows = []
        for idx, prob in zip(preds.argmax(axis=2), preds.max(axis=2), strict=True):
            keep = idx != 0  # 0 is the CTC blank
            keep[1:] &= idx[1:] != idx[:-1]  # a repeated frame is one character
            chars, scores = [], []
            for i, p in zip(idx[keep], prob[keep], strict=True):
                token = self.character[i]
                chars.append(token)
                scores.extend([float(p)] * len(token))
            text = _Scored("".join(chars))
            text.scores = tuple(scores)
            rows.append((text, sum(scores) / len(scores) if scores else 0.0))
        return rows, [None] * len(rows)


class OcrUnavailable(RuntimeError):
    """The OCR engine cannot be loaded here (package missing, or OpenCV's system libraries)."""


#: The models, pinned: each file ships inside the ``rapidocr`` wheel (``rapidocr/models/``), and a
#: ``model_path`` makes RapidOCR open it instead of looking up (and maybe downloading) its default.
MODELS = {
    "Det": ("PP-OCRv6", "small", "PP-OCRv6_det_small.onnx"),
    "Cls": ("PP-OCRv4", "mobile", "ch_ppocr_mobile_v2.0_cls_mobile.onnx"),
    "Rec": ("PP-OCRv6", "small", "PP-OCRv6_rec_small.onnx"),
}


def _build(threads: int) -> Any:
    import rapidocr

    folder = Path(rapidocr.__file__).parent / "models"
    params: dict[str, Any] = {
        "Global.log_level": "error",
        "EngineConfig.onnxruntime.intra_op_num_threads": threads,
        "EngineConfig.onnxruntime.inter_op_num_threads": 1 if threads > 0 else -1,
    }
    langs = {"Det": rapidocr.LangDet.CH, "Cls": rapidocr.LangCls.CH, "Rec": rapidocr.LangRec.CH}
    for step, (version, size, name) in MODELS.items():
        params[f"{step}.engine_type"] = rapidocr.EngineType.ONNXRUNTIME
        params[f"{step}.lang_type"] = langs[step]
        params[f"{step}.ocr_version"] = rapidocr.OCRVersion(version)
        params[f"{step}.model_type"] = rapidocr.ModelType(size)
        params[f"{step}.model_path"] = str(folder / name)
    engine = rapidocr.RapidOCR(params=params)
    # RapidOCR loads each model on its first use: load them now, once, and hook the recogniser's decoder
    engine._load_det_model()
    engine._load_cls_model()
    rec = engine._load_rec_model()
    rec.postprocess_op = _CharScores(rec.postprocess_op)
    return engine


def load_engine(threads: int | None = None) -> Any:
    """The RapidOCR engine, built on first use and shared by the process (loading takes about a second).

    ``threads`` (default: ``VERIFIER_OCR_THREADS`` or onnxruntime's own choice) bounds each model's
    intra-op threads; only the first call's value counts.
    """
    global _ENGINE
    with _LOCK:
        if _ENGINE is None:
            try:
                engine = _build(threads or int(os.environ.get("VERIFIER_OCR_THREADS", "-1")))
            except ImportError as err:  # rapidocr, or onnxruntime (imported when a model loads)
                raise OcrUnavailable(
                    f"screenshot reading is unavailable: {err}. Install rapidocr>=3.10 and onnxruntime"
                ) from err
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
    result = engine(arr)
    found = zip(result.boxes, result.txts, result.scores, strict=True) if result.txts else ()
    lines = []
    for quad, text, score in found:
        xs, ys = [float(p[0]) for p in quad], [float(p[1]) for p in quad]
        chars = getattr(text, "scores", (float(score),) * len(text))
        lines.append(Line(str(text), (min(xs), min(ys), max(xs), max(ys)), float(score), chars))
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
