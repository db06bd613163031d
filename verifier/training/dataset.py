"""The labelled messages training and evaluation read, and what both do to them.

:func:`load_rows` reads a corpus (the shipped ``data/corpus/messages.jsonl.gz``, or any JSONL / CSV with
its columns); :func:`prepare` turns rows into messages and rule evidence; :func:`combined` gives the
verdicts exactly as :class:`verifier.Verifier` decides them. :mod:`verifier.training.train` and
:mod:`verifier.training.evaluate` both build on this module and not on each other's internals.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from verifier.combine import decide
from verifier.datafiles import read_text
from verifier.message import Message
from verifier.rules import RuleSet
from verifier.types import LABELS, Evidence

ROOT = Path(__file__).resolve().parent.parent.parent
DEFAULT_DATA = ROOT / "data" / "corpus" / "messages.jsonl.gz"
META_FIELDS = ("sender", "recipient_name", "has_account", "received_at")

#: What a labelled row may say: one of the four classes, or "unrelated" (not a debt notice, not fraud).
TRUE_LABELS = (*LABELS, "unrelated")


def load_rows(path: str | Path) -> list[dict[str, Any]]:
    """Rows of a ``.jsonl`` (or gzipped ``.jsonl.gz``) or ``.csv`` corpus with the columns of the shipped one.

    Needs ``text`` and ``label``; ``sender``, ``recipient_name``, ``has_account``, ``received_at``,
    ``source``, ``family`` and ``split`` are optional. Senders stay strings (never numbers).
    """
    path = Path(path)
    if path.suffix.lower() == ".csv":
        with open(path, encoding="utf-8-sig", newline="") as fh:
            rows = [dict(r) for r in csv.DictReader(fh)]
    else:  # .jsonl, or .jsonl.gz as the shipped corpus is stored
        rows = [json.loads(line) for line in read_text(path).splitlines() if line.strip()]
    out = []
    for i, row in enumerate(rows, 1):
        if not row.get("text") or row.get("label") not in TRUE_LABELS:
            raise click.ClickException(f"{path}:{i}: every row needs a text and a label in {TRUE_LABELS}")
        if row.get("label") not in LABELS and row.get("split") == "train":
            raise click.ClickException(f"{path}:{i}: training rows are labelled with a class of {LABELS}")
        clean = {
            k: _blank_to_none(row.get(k))
            for k in ("text", "label", "source", "family", "split", "blind", *META_FIELDS)
        }
        clean["text"] = row["text"]
        clean["sender"] = None if clean["sender"] is None else str(clean["sender"])
        clean["has_account"] = _as_bool(clean["has_account"])
        out.append(clean)
    return out


def _blank_to_none(value: Any) -> Any:
    return None if value is None or (isinstance(value, str) and not value.strip()) else value


def _as_bool(value: Any) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("true", "1", "yes", "1.0"):
        return True
    if text in ("false", "0", "no", "0.0"):
        return False
    return None


def prepare(rows: Sequence[dict[str, Any]], verifier: Any) -> tuple[list[Message], list[list[Evidence]]]:
    """Messages and rule evidence for rows (the verifier's registry and rules)."""
    msgs = [verifier.message(r["text"], **{k: r.get(k) for k in META_FIELDS}) for r in rows]
    evidences = [verifier.rules.evaluate(m, verifier.registry) for m in msgs]
    return msgs, evidences


def combined(
    msgs: Sequence[Message],
    evidences: Sequence[Sequence[Evidence]],
    probas: Sequence[dict[str, float] | None],
    rules: RuleSet,
    temperature: float | None = None,
) -> list[tuple[str, dict[str, float]]]:
    """(verdict label, 4-class scores) exactly as :class:`verifier.Verifier` decides them."""
    out = []
    for msg, ev, p in zip(msgs, evidences, probas, strict=True):
        d = decide(ev, rules, p, temperature, msg.institution is not None)
        out.append((d.label, d.scores))
    return out
