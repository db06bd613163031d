"""Verifier: the one entry point that wires normalise → extract → rules → model → combine → advise."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from verifier.advice import ActionSpec, actions_for, load_advice, official_contacts
from verifier.combine import decide
from verifier.message import Message, build_message
from verifier.registry import Institution, Registry
from verifier.rules import INCOMPLETE, RuleSet
from verifier.types import Action, Contact, Evidence, InputError, Verdict, make_frozen

if TYPE_CHECKING:
    from verifier.audit import Audit, AuditRules
    from verifier.ocr import ImageCheck

META_FIELDS = ("sender", "recipient_name", "has_account", "received_at")
#: Distinct (label, advice rules fired, institution) combinations remembered; far more than occur.
_ADVICE_CACHE_SIZE = 4096


class Verifier:
    """Checks overdue-loan SMS. Build with :meth:`load`; reuse the instance (loading is the slow part)."""

    def __init__(
        self, registry: Registry, rules: RuleSet, advice: tuple[ActionSpec, ...], model: Any = None
    ) -> None:
        self.registry = registry
        self.rules = rules
        self.advice = advice
        self.model = model  # verifier.model.TrainedModel or None (rules only)
        self.audit_rules: AuditRules | None = None  # None: the shipped data/audit.toml, loaded on first audit
        # Actions and contacts depend only on the label, the institution and which of the rules named
        # in the advice fired; the same few combinations recur across a batch, so each is built once.
        self._advice_rules = frozenset(r for spec in advice for r in spec.rules)
        self._advice_cache: dict[tuple, tuple[tuple[Action, ...], tuple[Contact, ...]]] = {}

    @classmethod
    def load(
        cls,
        data_dir: str | Path | None = None,
        model_dir: str | Path | None = None,
        *,
        use_model: bool = True,
    ) -> Verifier:
        """Load the bundled registry, rules, advice and model (or those in ``data_dir``/``model_dir``).

        ``use_model=False`` gives the rules-only verifier. A model whose hash does not match its
        manifest is refused with :class:`verifier.model.ModelError`.
        """

        def data(name: str) -> Path | None:
            return Path(data_dir) / name if data_dir is not None else None

        registry = Registry.load(data("institutions.toml"))
        rules = RuleSet.load(data("rules.toml"))
        advice = load_advice(data("advice.toml"))
        model = None
        if use_model:
            from verifier.model import load_model

            model = load_model(model_dir)
        return cls(registry, rules, advice, model)

    def message(self, text: object, **meta: Any) -> Message:
        """Validate, normalise and extract one SMS; raises InputError for input that cannot be judged."""
        return build_message(text, self.registry, **meta)

    def check(
        self,
        text: str,
        *,
        sender: str | None = None,
        recipient_name: str | None = None,
        has_account: bool | None = None,
        received_at: datetime | str | None = None,
    ) -> Verdict:
        """Judge one SMS; raises :class:`verifier.InputError` for empty, non-text or too-long input."""
        msg = self.message(
            text,
            sender=sender,
            recipient_name=recipient_name,
            has_account=has_account,
            received_at=received_at,
        )
        return self._judge(msg)

    def _judge(self, msg: Message) -> Verdict:
        """The verdict on a built message, with the classifier's explanations."""
        evidence = self.rules.evaluate(msg, self.registry)
        if self.model is None:
            return self._verdict(msg, evidence, None)
        proba, x = self.model.score(msg, evidence)
        verdict = self._verdict(msg, evidence, proba)
        if verdict.label == "unrelated":  # a debt-notice classifier has nothing to say about other text
            return verdict
        # The classifier explains the label the verdict settled on, so combine runs once.
        return replace(verdict, evidence=verdict.evidence + tuple(self.model.explain(msg, x, verdict.label)))

    def audit(
        self,
        text: str,
        *,
        institution: str | None = None,
        send_at: datetime | str | None = None,
        recipient_role: str = "borrower",
        sender: str | None = None,
    ) -> Audit:
        """Audit a collection SMS before it is sent (the lender's side): see :mod:`verifier.audit`.

        ``institution``: registry id or name the template speaks for (default: the one it names);
        ``send_at``: planned send time; ``recipient_role``: "borrower" or "contact" (an emergency contact);
        ``sender``: the number it goes out from, when known. Raises InputError / ValueError for bad input.
        """
        from verifier.audit import default_rules, resolve_institution, run_audit

        inst = resolve_institution(self.registry, institution)
        msg = self.message(text, sender=sender, received_at=send_at)
        return run_audit(
            msg,
            self._judge(msg),  # the consumer verdict, from the same message
            self.registry,
            self.audit_rules or default_rules(),
            institution=inst,
            send_at=msg.received_at,
            recipient_role=recipient_role,
        )

    def check_image(self, image: Any, **meta: Any) -> ImageCheck:
        """Read an SMS screenshot (bytes, path, PIL image) and judge each message received in it.

        The sender read from the conversation header is used unless ``meta`` gives one. Raises
        :class:`InputError` (``not_image``, ``no_text``, ``too_large``) when nothing can be read.
        """
        from verifier.ocr import ImageCheck, read_sms

        read = read_sms(image)
        meta = {**meta, "sender": meta.get("sender") or read.sender}
        return ImageCheck(read, tuple(self.check(b.text, **meta) for b in read.incoming))

    def check_many(self, rows: Iterable[Mapping[str, Any]]) -> list[Verdict | InputError]:
        """Judge many SMS (dicts with ``text`` and optional metadata); a bad row yields its InputError."""
        msgs: list[Message | InputError] = []
        for row in rows:
            try:
                msgs.append(self.message(row.get("text"), **{k: row.get(k) for k in META_FIELDS}))
            except InputError as err:
                msgs.append(err)
        good = [m for m in msgs if isinstance(m, Message)]
        evidences = [self.rules.evaluate(m, self.registry) for m in good]
        probas: list[Any] = [None] * len(good)
        if self.model is not None and good:
            probas = self.model.predict_proba(good, evidences)  # one batched call for the whole chunk
        verdicts = iter(self._verdict(m, ev, p) for m, ev, p in zip(good, evidences, probas, strict=True))
        return [next(verdicts) if isinstance(m, Message) else m for m in msgs]

    def _verdict(
        self,
        msg: Message,
        evidence: list[Evidence],
        proba: Mapping[str, float] | None,
    ) -> Verdict:
        inst = msg.institution
        decision = decide(
            evidence, self.rules, proba, getattr(self.model, "temperature", None), inst is not None
        )
        fired = frozenset([ev.rule for ev in evidence])
        actions, contacts = self._advice_for(decision.label, fired, inst)
        # One per message: built without the frozen dataclass's __init__ (every field, in order; see
        # make_frozen and tests/test_types.py).
        return make_frozen(
            Verdict,
            {
                "text": msg.original,
                "label": decision.label,
                "scores": decision.scores,
                "risk": decision.risk,
                "institution": inst.id if inst else None,
                "institution_name": inst.name if inst else None,
                "entities": msg.entities,
                "evidence": tuple(evidence),
                "actions": actions,
                "official_contacts": contacts,
                "origin": decision.origin,
                "about_debt": decision.about_debt,
                "complete": INCOMPLETE not in fired,
            },
        )

    def _advice_for(
        self, label: str, fired: frozenset[str], inst: Institution | None
    ) -> tuple[tuple[Action, ...], tuple[Contact, ...]]:
        """:func:`verifier.advice.advise` and the official contacts, memoised (both are immutable);
        ``fired``: the ids of the rules that fired."""
        fired = fired.intersection(self._advice_rules)
        key = (label, fired, inst.id if inst else None)
        found = self._advice_cache.get(key)
        if found is None:
            if len(self._advice_cache) >= _ADVICE_CACHE_SIZE:
                self._advice_cache.clear()
            actions = actions_for(label, fired, inst, self.registry, self.advice)
            found = self._advice_cache[key] = (actions, official_contacts(inst))
        return found
