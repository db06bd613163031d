"""``python -m verifier.training.export MODEL_DIR``: write ``MODEL_DIR/scorer.npz`` from the trained
pipeline in ``MODEL_DIR/verifier.joblib``, without retraining.

``scorer.npz`` holds what scoring and explanations need (classes, temperature, weights, and per feature
block its vocabulary, idf and norm; see :class:`verifier.linear.LinearScorer`) as plain numpy arrays:
``Verifier.load`` reads it with ``numpy.load(allow_pickle=False)``, which runs no code and needs neither
scikit-learn nor the pickle. ``verifier train`` writes it beside every model it trains; run this command
for a folder trained before the scorer existed (such a folder still loads, more slowly, through the
pickle). It adds the scorer's sha256 to ``MANIFEST.json`` (``scorer``: file, sha256, size, and the
artefact's sha256 it was exported from) and, for the bundled ``model/``, pins it in
``verifier/bundled_model.py``. The same artefact always gives the same bytes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from verifier.linear import LinearScorer, Unsupported
from verifier.model import MANIFEST, SCORER, ModelError, TrainedModel, checked_artefact, sha256
from verifier.training.dataset import ROOT

#: The model card ``verifier train`` writes beside the artefact.
CARD = "MODEL_CARD.md"
#: The bundled model folder, whose hashes are pinned in the package source.
BUNDLED_DIR = ROOT / "model"
#: Where the bundled files' hashes are pinned (see verifier/bundled_model.py).
PINNED_HASH = Path(__file__).resolve().parent.parent / "bundled_model.py"


def write_scorer(model: TrainedModel, model_dir: Path, artefact_sha256: str) -> dict[str, Any]:
    """Write ``model_dir/scorer.npz`` for ``model`` (exported from the artefact with that sha256); return
    its manifest entry. Raises :class:`verifier.linear.Unsupported` for a pipeline it does not model."""
    scorer = LinearScorer.from_pipeline(model.pipeline, model.temperature)
    path = Path(model_dir) / SCORER
    scorer.save(path)
    LinearScorer.load(path)  # reads back
    return {
        "file": SCORER,
        "sha256": sha256(path),
        "size_bytes": path.stat().st_size,
        "exported_from": artefact_sha256,
    }


def with_scorer(manifest: dict[str, Any], entry: dict[str, Any]) -> dict[str, Any]:
    """The manifest with its ``scorer`` entry set, placed after the artefact's own fields."""
    out = {k: v for k, v in manifest.items() if k != "scorer"}
    keys = list(out)
    at = keys.index("size_bytes") + 1 if "size_bytes" in keys else len(keys)
    items = list(out.items())
    return dict([*items[:at], ("scorer", entry), *items[at:]])


def export(model_dir: str | Path) -> dict[str, Any]:
    """Export the scorer of ``model_dir``'s checked artefact; update its manifest (and the pinned hashes
    for the bundled model). Returns the scorer's manifest entry."""
    import joblib

    folder = Path(model_dir)
    bundled = folder.resolve() == BUNDLED_DIR.resolve()
    artefact = checked_artefact(folder, scorer=False)
    assert artefact is not None  # an explicit folder without an artefact raises
    manifest_path = folder / MANIFEST
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    if bundled:
        import verifier.bundled_model as pinned

        if manifest["sha256"] != pinned.SHA256:
            raise ModelError(f"{artefact} is not the bundled artefact pinned in {PINNED_HASH}")
    model = joblib.load(artefact)
    entry = write_scorer(model, folder, manifest["sha256"])
    write_manifest(manifest_path, with_scorer(manifest, entry))
    update_card(folder / CARD, entry)
    if bundled:
        write_pinned_hash(manifest["sha256"], entry["sha256"])
    return entry


def scorer_card_line(scorer: dict[str, Any] | None) -> str:
    """The model card's line on ``scorer.npz`` (none for a manifest without one)."""
    if not scorer:
        return ""
    return (
        f"\n- Scorer `{scorer['file']}` ({scorer['size_bytes'] / 1e6:.1f} MB), sha256 `{scorer['sha256']}`: "
        "the same model's numbers as plain arrays,\n  exported from the artefact; `Verifier.load` reads it "
        "with `numpy.load(allow_pickle=False)` (no code runs, no\n  scikit-learn import) and unpickles the "
        "artefact only when `.pipeline` is read."
    )


def update_card(card: Path, entry: dict[str, Any]) -> None:
    """Put the scorer's line in a model card written by ``verifier train`` (after the artefact's line),
    as ``verifier train`` itself would have written it."""
    if not card.exists():
        return
    text = card.read_text(encoding="utf-8")
    lines = [ln for ln in text.split("\n")]
    start = next((i for i, ln in enumerate(lines) if ln.startswith("- Scorer `")), None)
    if start is not None:  # an older scorer line: replace it
        end = start + 1
        while end < len(lines) and lines[end].startswith("  "):
            end += 1
        del lines[start:end]
    at = next((i for i, ln in enumerate(lines) if ln.startswith("- Artefact `")), None)
    if at is None:
        return
    at += 1
    while at < len(lines) and lines[at].startswith("  "):
        at += 1
    lines[at:at] = scorer_card_line(entry).lstrip("\n").split("\n")
    card.write_text("\n".join(lines), encoding="utf-8")


def write_manifest(path: Path, manifest: dict[str, Any]) -> None:
    path.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def write_pinned_hash(digest: str, scorer_digest: str) -> None:
    """Pin the bundled artefact's and scorer's sha256 in the package source, keeping the docstring."""
    text = PINNED_HASH.read_text(encoding="utf-8")
    head = text[: text.index("SHA256 = ")]
    pins = f'SHA256 = "{digest}"\nSCORER_SHA256 = "{scorer_digest}"\n'
    PINNED_HASH.write_text(head + pins, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or args[0].startswith("-"):
        print("usage: python -m verifier.training.export MODEL_DIR", file=sys.stderr)
        return 2
    try:
        entry = export(args[0])
    except (ModelError, Unsupported) as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    size, digest = entry["size_bytes"] / 1e6, entry["sha256"][:12]
    print(f"wrote {Path(args[0]) / SCORER} ({size:.1f} MB, sha256 {digest}…) and its entry in {MANIFEST}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
