"""The result types every step of the flow shares: Entity, Evidence, Action, Verdict.

All spans (``start``/``end``) index the text the user gave, never the normalised text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any, Literal, TypeVar

#: The four classes a debt notice can belong to; ``Verdict.scores`` has one probability per class.
Label = Literal["genuine", "spoofed", "mistaken", "scam"]
LABELS: tuple[Label, ...] = ("genuine", "spoofed", "mistaken", "scam")
#: What ``Verdict.label`` can say: a class, or ``unverified`` (reads like a real notice, but nothing shows
#: it came through the institution's official channels), or ``unrelated`` (not about a loan or debt, and
#: no sign of fraud: the classes do not apply).
Outcome = Literal["genuine", "spoofed", "mistaken", "scam", "unverified", "unrelated"]
OUTCOMES: tuple[Outcome, ...] = (*LABELS, "unverified", "unrelated")
#: Where the message came from, as far as the evidence shows (see ``verifier.combine.origin_of``).
Origin = Literal["official", "unconfirmed", "unofficial"]

#: Longest message ``check`` accepts; longer input raises :class:`InputError` ("too_long").
MAX_CHARS = 5000
#: Longest the text may grow to under compatibility folding (NFKC turns one "\ufdfa" into 18 characters).
MAX_NORMALIZED_CHARS = 2 * MAX_CHARS


_T = TypeVar("_T")
_new = object.__new__
_set = object.__setattr__


def make_frozen(cls: type[_T], fields: dict[str, Any]) -> _T:
    """``cls(**fields)`` for a frozen dataclass without ``__post_init__`` or slots, ``fields`` holding
    every field in order: the same object, built two to three times as fast, for the few built per
    message (entities, the message itself). A frozen dataclass's ``__init__`` sets each field through
    ``object.__setattr__``; this sets the instance's dict at once. tests/test_types.py checks that both
    give equal objects with the same attributes."""
    obj = _new(cls)
    _set(obj, "__dict__", fields)
    return obj


class InputError(ValueError):
    """Raised for input that cannot be judged. ``reason`` is one of: empty, not_text, too_long."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class Entity:
    """Something extracted from the message.

    kind: phone | link | card | wallet | amount | date | tail | name | institution | app | code
    value: the canonical value (digits only for phones/cards, host for links, registry id for institutions)
    attrs: kind-specific details, e.g. phones carry ``{"phone_kind": "mobile" | "virtual" | "service" |
    "hotline_400" | "sms_port" | "international" | "landline" | "short"}``, links carry
    ``{"host": ..., "scheme": ..., "is_ip": bool, "is_short": bool, "punycode": bool}``.
    """

    kind: str
    value: str
    start: int
    end: int
    text: str
    attrs: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Evidence:
    """One reason behind a verdict: a rule (or the classifier) that fired, and where."""

    rule: str
    supports: Label | Literal["unverified"]  # "unverified": a channel that cannot be checked either way
    weight: float
    span: tuple[int, int] | None  # into the original text; None for metadata-only evidence
    text: str
    explanation_zh: str
    explanation_en: str
    source: Literal["rule", "model"] = "rule"


@dataclass(frozen=True)
class Contact:
    """An official or public contact, always taken from the registry, never from the message."""

    kind: Literal["hotline", "app", "website", "public"]
    value: str
    name_zh: str
    name_en: str
    source: str = ""
    platform: bool = False  # a group or platform line (美团 10107888), not the lending product's own


@dataclass(frozen=True)
class Action:
    """A recommended next step."""

    code: str
    text_zh: str
    text_en: str
    contact: Contact | None = None


@dataclass(frozen=True)
class Verdict:
    """What :meth:`verifier.Verifier.check` returns."""

    text: str
    label: Outcome
    scores: Mapping[str, float]  # one entry per class in LABELS, sums to 1
    risk: int  # 0–100, higher = more dangerous to act on the message
    institution: str | None  # registry id of the institution the message claims to be from
    institution_name: str | None
    entities: tuple[Entity, ...] = ()
    evidence: tuple[Evidence, ...] = ()  # strongest first
    actions: tuple[Action, ...] = ()
    official_contacts: tuple[Contact, ...] = ()  # of the claimed institution, from the registry
    # official: evidence of official origin (a verified sender, or only verified channels) and none against;
    # unofficial: a sign that it did not come through official channels; unconfirmed: neither.
    origin: Origin = "unconfirmed"
    # False when the text is not about a loan or debt (no debt wording, no sign of fraud).
    about_debt: bool = True
    # False when a rule's pattern ran out of time on this text (evidence ANALYSIS_INCOMPLETE): the
    # verdict is then never genuine.
    complete: bool = True

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable dict with the field names documented in the README."""
        out = asdict(self)
        out["scores"] = {k: round(float(v), 6) for k, v in self.scores.items()}
        for ev in out["evidence"]:
            ev["span"] = list(ev["span"]) if ev["span"] is not None else None
        return out

    def segments(self) -> list[tuple[str, str | None]]:
        """Split ``text`` into (piece, rule id or None) runs for highlighting evidence spans."""
        owner: list[str | None] = [None] * len(self.text)
        for ev in sorted(self.evidence, key=lambda e: e.weight):  # strongest written last, wins
            if ev.span is None:
                continue
            for i in range(max(0, ev.span[0]), min(len(self.text), ev.span[1])):
                owner[i] = ev.rule
        pieces: list[tuple[str, str | None]] = []
        for ch, rule in zip(self.text, owner, strict=True):
            if pieces and pieces[-1][1] == rule:
                pieces[-1] = (pieces[-1][0] + ch, rule)
            else:
                pieces.append((ch, rule))
        return pieces
