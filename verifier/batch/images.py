"""``verifier score FOLDER``: a folder of SMS screenshots scored, one output row per image.

Each image is read with :func:`verifier.ocr.read_sms`; every message received in it is checked, and the
row reports the riskiest one (``bubble`` says which, of ``bubbles``). An image that cannot be read (not an
image, no message found) is an error row, like an unreadable text row.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from verifier.batch.judging import VerifierSpec, get_verifier
from verifier.batch.scoring import READ_ERROR, Columns, score_frame
from verifier.batch.tabular import Writer, detect_format

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".webp", ".bmp", ".gif", ".tif", ".tiff"})


def image_files(folder: str | Path) -> list[Path]:
    """The images in ``folder`` (not recursive), sorted by name."""
    return sorted(p for p in Path(folder).iterdir() if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES)


def read_images(paths: list[Path]) -> pd.DataFrame:
    """One row per (image, message received): image, bubble, bubbles, text, sender; read errors kept."""
    from verifier.ocr import read_sms
    from verifier.types import InputError

    rows = []
    for path in paths:
        try:
            read = read_sms(path)
        except InputError as err:
            rows.append({"image": path.name, "bubble": pd.NA, "bubbles": 0, "text": None, "sender": None,
                         READ_ERROR: f"{err.reason}: {err}"})  # fmt: skip
            continue
        for i, bubble in enumerate(read.incoming, 1):
            rows.append({"image": path.name, "bubble": i, "bubbles": len(read.incoming), "text": bubble.text,
                         "sender": read.sender, READ_ERROR: None})  # fmt: skip
    df = pd.DataFrame(rows, columns=["image", "bubble", "bubbles", "text", "sender", READ_ERROR])
    return df.astype({"bubble": "Int64", "bubbles": "Int64"})


def score_images(
    folder: str | Path,
    output: str | Path,
    *,
    output_format: str = "auto",
    output_encoding: str = "utf-8-sig",
    spec: VerifierSpec | None = None,
    mask_pii: bool = False,
    overwrite: bool = False,
) -> int:
    """Score every image in ``folder`` into ``output``; returns the number of rows (images) written."""
    output = Path(output)
    if output.exists() and not overwrite:
        from verifier.batch.scoring import BatchError

        raise BatchError(f"{output} exists; use --overwrite to replace it")
    scored = score_frame(read_images(image_files(folder)), get_verifier(spec or VerifierSpec()), Columns(),
                         mask_pii=mask_pii)  # fmt: skip
    # The riskiest message of each image; an error row only when nothing in the image could be judged.
    order = scored.assign(_bad=scored["label"].eq("error"), _risk=scored["risk"].fillna(-1))
    order = order.sort_values(["image", "_bad", "_risk"], ascending=[True, True, False], kind="stable")
    best = order.drop_duplicates("image").drop(columns=["_bad", "_risk"]).reset_index(drop=True)
    fmt = detect_format(output, None if output_format == "auto" else output_format)
    writer = Writer(output, fmt, output_encoding, {"output_bytes": 0, "parts": 0})
    try:
        writer.write(best)
        writer.finish()
    finally:
        writer.close()
    return len(best)
