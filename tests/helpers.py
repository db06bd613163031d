"""Small shared helpers: assertions on extracted entities, classifier records of corpus messages, the
system Chromium's settings and text comparison for screenshots. ``bench/`` and ``scripts/`` import them
too (``from tests.helpers import …`` with the repository root on ``sys.path``)."""

from __future__ import annotations

import gzip
import json
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from verifier.types import Entity


def assert_spans_consistent(text: str, entities: Iterable[Entity]) -> None:
    """Every entity's span indexes the ORIGINAL text and ``entity.text`` is exactly that slice."""
    for e in entities:
        assert 0 <= e.start <= e.end <= len(text), e
        assert text[e.start : e.end] == e.text, (e, text[e.start : e.end])


def triples(entities: Iterable[Entity], text: str) -> list[tuple[str, str, str]]:
    """(kind, value, original substring) for each entity, in the given order."""
    return [(e.kind, e.value, text[e.start : e.end]) for e in entities]


def assert_entities(text: str, entities: Sequence[Entity], expected: Sequence[tuple[str, str, str]]) -> None:
    """The entities are exactly ``expected`` as (kind, value, original substring), in text order."""
    assert_spans_consistent(text, entities)
    assert triples(sorted(entities, key=lambda e: e.start), text) == list(expected)


CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus" / "messages.jsonl.gz"


def corpus_rows(step: int, limit: int) -> list[dict]:
    """Every ``step``-th corpus row (``limit`` of them), as stored: text, metadata, label …"""
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for i, line in enumerate(fh) if i % step == 0][:limit]


def corpus_records(verifier: Any, step: int, limit: int, odd: Iterable[str] = ()) -> list[dict]:
    """The classifier's records (:func:`verifier.records.model_record`) of every ``step``-th corpus message
    (``limit`` of them), with their metadata and fired rules, then one bare record per text in ``odd``."""
    from verifier.records import model_record

    records = []
    for r in corpus_rows(step, limit):
        msg = verifier.message(r["text"], sender=r["sender"], recipient_name=r["recipient_name"])
        records.append(model_record(msg, verifier.rules.evaluate(msg, verifier.registry)))
    return records + [{"text": t, "entities": (), "rules": ()} for t in odd]


#: Debian's Chromium, driven by Playwright (no browser download), and the flags every headless run uses.
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


def plain(text: str) -> str:
    """Text as compared with what OCR read: NFKC, no whitespace."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance between two strings, character by character."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
