"""Message: everything known about one SMS, built once and read by every rule and feature."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property

from verifier.extract import classify_number, extract
from verifier.normalize import Normalized, normalize
from verifier.registry import Institution, Registry
from verifier.types import MAX_CHARS, Entity, InputError


@dataclass(frozen=True)
class Message:
    """One SMS with its metadata, normalised text and entities (spans in the original text)."""

    original: str
    norm: Normalized
    entities: tuple[Entity, ...]
    sender: str | None  # digits only
    sender_kind: str | None  # phone_kind of the sender, see extract.classify_number
    recipient_name: str | None
    has_account: bool | None
    received_at: datetime | None
    institution: Institution | None  # the institution the message claims to be from

    @property
    def text(self) -> str:
        """The normalised text that patterns run over."""
        return self.norm.text

    def of(self, kind: str) -> list[Entity]:
        """Entities of one kind, in text order."""
        return list(self._by_kind.get(kind, ()))

    @cached_property
    def _by_kind(self) -> dict[str, tuple[Entity, ...]]:
        # Rules ask for entities by kind dozens of times per message; group them once.
        groups: dict[str, list[Entity]] = {}
        for e in self.entities:
            groups.setdefault(e.kind, []).append(e)
        return {k: tuple(v) for k, v in groups.items()}


def validate_text(text: object) -> str:
    """Return ``text`` if it can be judged, else raise InputError saying why."""
    if not isinstance(text, str):
        raise InputError("not_text", f"expected the SMS as a str, got {type(text).__name__}")
    if not text.strip():
        raise InputError("empty", "the message is empty")
    if len(text) > MAX_CHARS:
        raise InputError(
            "too_long", f"the message has {len(text)} characters; at most {MAX_CHARS} are accepted"
        )
    return text


def build_message(
    text: object,
    registry: Registry,
    *,
    sender: str | None = None,
    recipient_name: str | None = None,
    has_account: bool | None = None,
    received_at: datetime | str | None = None,
) -> Message:
    """Validate, normalise and extract; raise InputError for input that cannot be judged."""
    original = validate_text(text)
    norm = normalize(original)
    entities = tuple(extract(norm, registry))
    sender_digits = _digits(sender)
    return Message(
        original=original,
        norm=norm,
        entities=entities,
        sender=sender_digits,
        sender_kind=classify_number(sender_digits) if sender_digits else None,
        recipient_name=_name_or_none(recipient_name),
        has_account=has_account,
        received_at=_parse_time(received_at),
        institution=_claimed_institution(entities, registry),
    )


def _name_or_none(name: object) -> str | None:
    """The recipient's name, stripped; None when missing (None, "", or NaN from a pandas frame)."""
    if name is None or (isinstance(name, float) and name != name):
        return None
    return str(name).strip() or None


_NON_DIGITS = re.compile(r"\D")


def _digits(sender: str | None) -> str | None:
    if sender is None:
        return None
    digits = _NON_DIGITS.sub("", str(sender))
    if digits.startswith("0086"):
        digits = digits[4:]
    elif digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    return digits or None


def _parse_time(value: datetime | str | None) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(str(value).strip())
    except ValueError:
        raise InputError("bad_time", f"received_at is not an ISO date-time: {value!r}") from None


def _claimed_institution(entities: tuple[Entity, ...], registry: Registry) -> Institution | None:
    """The institution mentioned most often; ties go to the first mentioned."""
    ids = [e.value for e in entities if e.kind == "institution"]
    if not ids:
        return None
    if len(set(ids)) == 1:  # the usual case: one institution, perhaps named twice
        return registry.institutions[ids[0]]
    counts = Counter(ids)
    best = max(counts.values())
    return registry.institutions[next(i for i in ids if counts[i] == best)]
