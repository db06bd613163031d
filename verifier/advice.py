"""Recommended actions for a verdict, with contacts taken only from the registry (``data/advice.toml``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from verifier.datafiles import DataFileError, find_line, read_toml
from verifier.registry import Institution, Registry
from verifier.types import OUTCOMES, Action, Contact, Evidence


class AdviceError(DataFileError):
    """The advice file is malformed; the message names the file and line."""


@dataclass(frozen=True)
class ActionSpec:
    code: str
    labels: tuple[str, ...]
    rules: tuple[str, ...]
    contact: str | None
    text_zh: str
    text_en: str
    fallback_zh: str | None
    fallback_en: str | None


def load_advice(path: str | Path | None = None) -> tuple[ActionSpec, ...]:
    """Load ``data/advice.toml`` (or ``path``)."""
    if path is None:
        path = resources.files("verifier.data") / "advice.toml"
    raw, text, name = read_toml(path, AdviceError)
    specs = []
    for entry in raw.get("action", []):
        code = str(entry.get("code", ""))
        where = f"{name}:{find_line(text, code) if code else 1}"
        if not code or "text_zh" not in entry or "text_en" not in entry:
            raise AdviceError(f"{where}: action needs code, text_zh and text_en")
        bad = set(entry.get("labels", [])) - set(OUTCOMES)
        if bad:
            raise AdviceError(f"{where}: action {code}: unknown labels {sorted(bad)}")
        specs.append(
            ActionSpec(
                code=code,
                labels=tuple(entry.get("labels", [])),
                rules=tuple(entry.get("rules", [])),
                contact=entry.get("contact"),
                text_zh=entry["text_zh"],
                text_en=entry["text_en"],
                fallback_zh=entry.get("fallback_zh"),
                fallback_en=entry.get("fallback_en"),
            )
        )
    return tuple(specs)


def official_contacts(inst: Institution | None) -> tuple[Contact, ...]:
    """The institution's verified (grade A or B) hotlines, apps and websites, for display; C facts never."""
    if inst is None:
        return ()
    out = []
    for kind, facts in (("hotline", inst.hotlines), ("app", inst.apps), ("website", inst.domains)):
        seen = set()
        for fact in facts:
            if not fact.unverified and fact.value not in seen:
                seen.add(fact.value)
                contact = Contact(kind, fact.value, inst.name, inst.name_en, fact.source, fact.platform)  # type: ignore[arg-type]
                out.append(contact)
    return tuple(out)


def advise(
    label: str,
    evidence: Sequence[Evidence],
    inst: Institution | None,
    registry: Registry,
    specs: Sequence[ActionSpec],
) -> tuple[Action, ...]:
    """Actions that apply to this verdict, in file order."""
    return actions_for(label, frozenset(ev.rule for ev in evidence), inst, registry, specs)


def actions_for(
    label: str,
    fired: frozenset[str],
    inst: Institution | None,
    registry: Registry,
    specs: Sequence[ActionSpec],
) -> tuple[Action, ...]:
    """:func:`advise` given the ids of the rules that fired: all it depends on besides the label."""
    actions = []
    for spec in specs:
        if label not in spec.labels and not fired.intersection(spec.rules):
            continue
        action = _action(spec, inst, registry)
        if action is not None:
            actions.append(action)
    return tuple(actions)


def _contact(spec: ActionSpec, inst: Institution | None, registry: Registry) -> Contact | None:
    if spec.contact is None:
        return None
    if spec.contact.startswith("channel:"):
        ch = registry.channels[spec.contact.removeprefix("channel:")]
        return Contact("public", ch.value, ch.name_zh, ch.name_en, ch.source)
    kind = {"hotline": "hotline", "app": "app", "website": "website"}[spec.contact]
    return next((c for c in official_contacts(inst) if c.kind == kind), None)


def _action(spec: ActionSpec, inst: Institution | None, registry: Registry) -> Action | None:
    contact = _contact(spec, inst, registry)
    if spec.contact is not None and contact is None:
        if spec.fallback_zh is None or spec.fallback_en is None:
            return None
        return Action(spec.code, spec.fallback_zh, spec.fallback_en, None)
    if contact is None:
        return Action(spec.code, spec.text_zh, spec.text_en, None)
    return Action(
        spec.code,
        spec.text_zh.format(name=contact.name_zh, value=contact.value),
        spec.text_en.format(name=contact.name_en, value=contact.value),
        contact,
    )
