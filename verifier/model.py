"""Loading the trained classifier from ``model/`` with its manifest hash checked."""

from __future__ import annotations

import hashlib
import json
from importlib import resources
from pathlib import Path
from typing import Any

ARTEFACT = "verifier.joblib"
MANIFEST = "MANIFEST.json"


class ModelError(RuntimeError):
    """The model artefact is missing its manifest or does not match it."""


def _model_dir(model_dir: str | Path | None) -> Path:
    return Path(model_dir) if model_dir is not None else Path(str(resources.files("verifier.model_data")))


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def load_model(model_dir: str | Path | None = None) -> Any:
    """The trained model in ``model_dir`` (default: the bundled one), or None when there is none."""
    folder = _model_dir(model_dir)
    artefact = folder / ARTEFACT
    if not artefact.exists():
        return None
    manifest_path = folder / MANIFEST
    if not manifest_path.exists():
        raise ModelError(f"{artefact} has no {MANIFEST} beside it; refusing to load an unverified model")
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    actual = sha256(artefact)
    if manifest.get("sha256") != actual:
        raise ModelError(
            f"{artefact} does not match {manifest_path}: sha256 {actual} != {manifest.get('sha256')}; "
            "retrain with `verifier train` or restore the artefact"
        )
    import joblib

    return joblib.load(artefact)
