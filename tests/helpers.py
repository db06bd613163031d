"""Small shared assertions for tests that look at extracted entities."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

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
