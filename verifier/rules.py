"""Rules as data: load ``data/rules.toml`` and evaluate every rule on a Message.

A rule is either a ``pattern`` (regex over normalised text, optionally vetoed by ``unless``) or a named
``check`` from :mod:`verifier.checks`. Each fired rule gives one Evidence, at its first span. A match of a
pattern rule whose label is in ``policy.warning_labels`` does not count inside a warning ("我行不会要求您向
个人账户转账", "征信修复均为骗局"): see ``warning_before`` / ``warning_after`` in the rules file.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, partial
from importlib import resources
from operator import attrgetter, is_, itemgetter
from pathlib import Path
from typing import Any

from verifier.checks import CHECKS, COMBINES, FIELDS, NEEDS, Span, Spans, inputs
from verifier.datafiles import DataFileError, compile_pattern, find_line, read_toml
from verifier.literals import LiteralIndex, branch_found
from verifier.message import Message
from verifier.prefilter import Prefilter
from verifier.registry import Registry
from verifier.types import LABELS, Evidence

#: What a rule can support: a class, or "unverified" (a channel that cannot be checked either way; such
#: rules add no weight to any class, they only keep a message from being called genuine).
RULE_SUPPORTS = (*LABELS, "unverified")
#: What a fired rule says about where the message came from (see verifier.combine.origin_of).
ORIGINS = ("official", "unofficial", "unconfirmed")

#: Seconds all the patterns of one message may run together (each regex call gets what is left). A safety
#: net, far above what the shipped patterns need on the longest message (tests/test_robustness.py runs each
#: on adversarial 5,000-character inputs built from its own words; `python bench/adversarial.py` prints the
#: times). Going over it never drops a rule silently: the rules left unfinished are named in evidence that
#: says the analysis is incomplete, and the message cannot be called genuine.
MESSAGE_BUDGET = 1.0
#: The evidence that says a pattern ran out of time (origin "unconfirmed": never genuine).
INCOMPLETE = "ANALYSIS_INCOMPLETE"
#: Characters before a match that are searched for a warning word (policy.warning_before).
_WARNING_REACH = 32


class RulesError(DataFileError):
    """The rules file is malformed; the message names the file and line."""


@dataclass(frozen=True)
class Rule:
    id: str
    supports: str
    weight: float
    group: str
    explanation_zh: str
    explanation_en: str
    pattern: Any = None  # compiled regex.Pattern
    unless: Any = None
    check: str | None = None
    also_supports: tuple[
        str, ...
    ] = ()  # e.g. official-channel evidence backs "mistaken" as much as "genuine"
    examples_match: tuple[Any, ...] = ()
    examples_no_match: tuple[Any, ...] = ()
    # (before, after) patterns of a warning around a match ("我行不会要求您…", "…均为骗局"): such a
    # match is advice, not a demand, and does not count. None: every match counts.
    warning: tuple[Any, Any] | None = None
    # official: evidence that the message came through the institution's verified channels;
    # unofficial: evidence that it did not (money, secrets or contact going elsewhere); unconfirmed: a
    # channel that cannot be checked, which keeps the message from being genuine but proves nothing.
    origin: str | None = None

    def _matches(
        self, text: str, deadline: float, may: tuple[bool, bool, bool] = (True,) * 3
    ) -> Iterator[Any]:
        """Matches of the pattern that are not vetoed by ``unless`` nor inside a warning, before ``deadline``
        (:func:`time.monotonic`; TimeoutError after it). ``may``: whether ``unless`` and the warning's
        before/after patterns can match in ``text`` at all (False skips them: see :class:`LiteralIndex`)."""
        if self.unless is not None and may[0] and self.unless.search(text, timeout=_left(deadline)):
            return
        for m in self.pattern.finditer(text, timeout=_left(deadline)):
            if self.warning is None or not _in_warning(
                text, m.start(), m.end(), self.warning, deadline, may[1:]
            ):
                yield m

    @cached_property
    def prefilter(self) -> Prefilter | None:
        """Skips texts lacking a literal the pattern needs (derived from the pattern); None for a check."""
        return Prefilter(self.pattern) if self.pattern is not None else None

    def first_span(self, msg: Message, registry: Registry) -> Span | bool:
        """The first span where the rule fires (None for a metadata-only hit), or False if it does not."""
        if self.check is not None:
            spans = CHECKS[self.check](msg, registry)
            return spans[0] if spans else False
        if not self.prefilter.may_match(msg.text):  # the pattern cannot match: the rule cannot fire
            return False
        return self._first(msg, time.monotonic() + MESSAGE_BUDGET)

    def _first(
        self, msg: Message, deadline: float, may: tuple[bool, bool, bool] = (True,) * 3
    ) -> Span | bool:
        """:meth:`first_span` of a pattern rule that may match, before ``deadline``: the first of
        :meth:`_matches`, found with one ``search`` (no generator) unless that match is inside a warning."""
        text = msg.text
        try:
            # regex calls take their arguments by position, search(string, pos, endpos, concurrent,
            # partial, timeout): with a keyword, regex parses them the slow way, about 0.4 µs a call.
            if (
                self.unless is not None
                and may[0]
                and self.unless.search(text, 0, None, None, False, _left(deadline))
            ):
                return False
            m = self.pattern.search(text, 0, None, None, False, _left(deadline))  # finditer's first match
            if (
                m is not None
                and self.warning is not None
                and _in_warning(text, m.start(), m.end(), self.warning, deadline, may[1:])
            ):  # advice, not a demand: the first match outside a warning, if any (unless already ruled out)
                m = next(self._matches(text, deadline, (False, *may[1:])), None)
        except TimeoutError:
            raise BudgetExceeded(self.id) from None
        return msg.norm.to_original(*m.span()) if m else False

    @cached_property
    def _evidence_fields(self) -> dict[str, Any]:
        """The fields of this rule's :class:`Evidence` that do not depend on the message."""
        return {
            "rule": self.id,
            "supports": self.supports,
            "weight": self.weight,
            "explanation_zh": self.explanation_zh,
            "explanation_en": self.explanation_en,
            "source": "rule",
        }

    def spans(self, msg: Message, registry: Registry) -> list[Span]:
        """Where the rule fires in the ORIGINAL text (None for metadata-only hits); [] if it does not."""
        if self.check is not None:
            return CHECKS[self.check](msg, registry)
        if not self.prefilter.may_match(msg.text):
            return []
        try:
            deadline = time.monotonic() + MESSAGE_BUDGET
            return [msg.norm.to_original(*m.span()) for m in self._matches(msg.text, deadline)]
        except TimeoutError:
            raise BudgetExceeded(self.id) from None


@dataclass(frozen=True)
class Policy:
    forced: tuple[str, ...] = ()  # rule ids that decide the label when they fire (Rspamd force_actions)
    group_caps: dict[str, float] = field(default_factory=dict)  # max total weight per rule group
    priors: dict[str, float] = field(default_factory=dict)  # log-odds offsets when nothing else is known
    temperature: float = 1.0
    # How a model that predicts "legit" (a legitimate notice, whoever it reached) splits it into genuine and
    # mistaken before rule weights are added: log-odds offsets. Who the notice reached is a question for the
    # metadata rules, not for the text.
    legit_split: dict[str, float] = field(default_factory=lambda: {"genuine": 0.0, "mistaken": -2.0})
    # Rule groups whose genuine-supporting rules say the text is about a debt (see Verdict.about_debt).
    debt_groups: tuple[str, ...] = ("collection_wording",)
    # When rules and model settle on spoofed without a forced rule, the classifier's scam share of its
    # spoofed + scam probability at or above this makes it scam (see combine); None: never.
    scam_split: float | None = None


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    policy: Policy
    path: str = "<memory>"

    @classmethod
    def load(cls, path: str | Path | None = None) -> RuleSet:
        """Load ``data/rules.toml`` (or ``path``); raise RulesError naming file and line."""
        if path is None:
            path = resources.files("verifier.data") / "rules.toml"
        raw, text, name = read_toml(path, RulesError)
        pol = raw.get("policy", {})
        where = f"{name}:{find_line(text, 'warning_before')}"
        warning = tuple(
            compile_pattern(pol.get(k), where, RulesError) for k in ("warning_before", "warning_after")
        )
        warned = set(pol.get("warning_labels", []))
        rules: list[Rule] = []
        seen: set[str] = set()
        for entry in raw.get("rule", []):
            rule = _rule(entry, text, name)
            if rule.supports in warned and rule.pattern is not None and None not in warning:
                rule = replace(rule, warning=warning)
            if rule.id in seen:
                raise RulesError(f"{name}:{find_line(text, rule.id)}: duplicate rule id {rule.id!r}")
            seen.add(rule.id)
            rules.append(rule)
        for rid in pol.get("forced", []):
            if rid not in seen:
                raise RulesError(f"{name}:{find_line(text, rid)}: policy.forced names unknown rule {rid!r}")
        policy = Policy(
            forced=tuple(pol.get("forced", [])),
            group_caps={str(k): float(v) for k, v in pol.get("group_caps", {}).items()},
            priors={str(k): float(v) for k, v in pol.get("priors", {}).items()},
            temperature=float(pol.get("temperature", 1.0)),
            legit_split={
                str(k): float(v)
                for k, v in pol.get("legit_split", {"genuine": 0.0, "mistaken": -2.0}).items()
            },
            debt_groups=tuple(pol.get("debt_groups", ["collection_wording"])),
            scam_split=_scam_split(pol.get("scam_split"), name, text),
        )
        return cls(tuple(rules), policy, name)

    @property
    def ids(self) -> list[str]:
        return [r.id for r in self.rules]

    @cached_property
    def groups(self) -> dict[str, str]:
        """Rule id → group, for the group caps in :func:`verifier.combine.combine`."""
        return {r.id: r.group for r in self.rules}

    @cached_property
    def origins(self) -> dict[str, str]:
        """Rule id → what it says about the message's origin (only rules that say something)."""
        return {INCOMPLETE: "unconfirmed", **{r.id: r.origin for r in self.rules if r.origin}}

    @cached_property
    def also(self) -> dict[str, tuple[str, ...]]:
        """Rule id → its ``also_supports`` labels (only rules that have some)."""
        return {r.id: r.also_supports for r in self.rules if r.also_supports}

    @cached_property
    def decision_cache(self) -> dict[tuple, Any]:
        """Room for :func:`verifier.combine.decide` to remember what it worked out from the evidence of
        each combination of fired rules (it depends only on the rule set)."""
        return {}

    @cached_property
    def _gated(self) -> tuple[str, ...]:
        """The registered checks that need a match of a pattern in the text (``NEEDS[name].text``)."""
        return tuple(name for name, needs in NEEDS.items() if needs.text is not None)

    @cached_property
    def _index(self) -> LiteralIndex:
        """One literal index over every rule's pattern and ``unless``, the text pattern of each of
        :attr:`_gated`, then the warning's two patterns."""
        warning = next((r.warning for r in self.rules if r.warning is not None), (None, None))
        gates = [NEEDS[name].text for name in self._gated]
        return LiteralIndex([p for r in self.rules for p in (r.pattern, r.unless)] + gates + list(warning))

    @cached_property
    def _plan(self) -> _Plan:
        """How :meth:`evaluate` visits the rules (see :class:`_Plan`)."""
        index = self._index
        # Evidence comes out strongest first, file order among equals, the incomplete-analysis evidence
        # after the rules of its weight (0): each rule's place in that order, and that evidence's, last.
        order = sorted(range(len(self.rules) + 1), key=lambda k: (-self._weight(k), k))
        rank = {k: place for place, k in enumerate(order)}
        # Checks whose spans are asked for more than once per message: those that combine others, the
        # others they combine, and any that several rules share. Their spans are kept (Spans). So are
        # those of the checks that need a text pattern: evaluate fills in [] when its literals are missing.
        named = [r.check for r in self.rules if r.check]
        shared = {c for c in named if named.count(c) > 1}
        shared.update(c for c in named if c in COMBINES)
        shared.update(c for combined in COMBINES.values() for c in combined)
        shared.update(self._gated)
        first_gate = 2 * len(self.rules)  # the gates' patterns follow the rules' in the index
        gates = tuple((name, first_gate + g) for g, name in enumerate(self._gated))
        checks = tuple(
            (rank[k], r, r.check, CHECKS[r.check], r.check in shared, NEEDS[r.check].keys)
            for k, r in enumerate(self.rules)
            if r.check
        )
        buckets: dict[int, list[tuple[Any, ...]]] = {}
        for k, r in enumerate(self.rules):
            if r.check:
                continue
            unless = 2 * k + 1 if r.unless is not None else None  # None: nothing to screen
            entry = (k, rank[k], r, index.needs[2 * k], index.branches[2 * k], unless)
            buckets.setdefault(_key_bit(index, entry[3]), []).append(entry)
        always = tuple(buckets.pop(0, ()))  # patterns that need no literal
        keys = 0
        for bit in buckets:
            keys |= bit
        buckets_ = {bit: tuple(entries) for bit, entries in buckets.items()}
        return _Plan(checks, buckets_, keys, always, incomplete=rank[len(self.rules)], gates=gates)

    def _weight(self, k: int) -> float:
        """Rule ``k``'s weight; the incomplete-analysis evidence's (0) for ``k`` past the last rule."""
        return self.rules[k].weight if k < len(self.rules) else 0.0

    def evaluate(self, msg: Message, registry: Registry) -> list[Evidence]:
        """Evidence from every rule that fires, strongest first (file order among equals); plus
        :data:`INCOMPLETE` when the patterns ran out of the message's :data:`MESSAGE_BUDGET` (the
        checks are still evaluated).

        A named check runs only when its declared inputs are present (:data:`verifier.checks.NEEDS`),
        and, if it needs a text pattern to match, when that pattern's literals are.
        Pattern rules are screened with one pass of a literal index: only those whose required literals
        are all present run their regex (in file order), the same rules :meth:`Rule.first_span`'s
        prefilter lets through.
        """
        found: list[tuple[int, Evidence]] = []  # (place in the evidence's order, evidence)
        unfinished = []
        plan = self._plan
        original = msg.original
        index = self._index
        bits = index.found(msg.text)
        run, ready = plan.checks_for(msg)
        done = Spans(msg, registry, ready)  # the spans of the shared checks, each run once
        for name, k in plan.gates:
            if not index.may(k, bits):  # a literal its text pattern needs is missing: it finds nothing
                done[name] = []
        for rank, rule, name, fn, shared in run:
            spans = done[name] if shared else fn(msg, registry)
            if spans:
                found.append((rank, _evidence(rule, spans[0], original)))
        warn = (index.may(-2, bits), index.may(-1, bits))
        deadline = time.monotonic() + MESSAGE_BUDGET
        for _, rank, rule, need, branches, unless in plan.candidates(bits):
            if need & bits != need or (branches and not branch_found(branches, bits)):
                continue  # a literal the pattern needs is missing: the rule cannot fire
            try:
                may_unless = unless is not None and index.may(unless, bits)
                span = rule._first(msg, deadline, (may_unless, *warn))
            except BudgetExceeded:
                unfinished.append(rule.id)
                continue
            if span is not False:
                found.append((rank, _evidence(rule, span, original)))
        if unfinished:
            found.append((plan.incomplete, _incomplete(unfinished)))
        found.sort(key=_FIRST)
        return [ev for _, ev in found]

    def hits(self, msg: Message, registry: Registry) -> list[bool]:
        """One flag per rule, in file order (the classifier's rule features)."""
        return [rule.first_span(msg, registry) is not False for rule in self.rules]


@dataclass(frozen=True)
class _Plan:
    """The rules as :meth:`RuleSet.evaluate` visits them, worked out once per rule set.

    A rule's *place* is its evidence's position in :meth:`RuleSet.evaluate`'s order (strongest first,
    file order among equals); ``incomplete``: the place of :data:`INCOMPLETE`.

    ``checks``: (place, rule, check name, check function, whether its spans are asked for more than once
    per message, its inputs) of each named check, in file order. ``buckets``: the pattern rules, as
    (position, place, rule, clause bits of its pattern, of each of the pattern's branches, position of
    its ``unless`` in the :class:`LiteralIndex` or None without one), grouped by one clause bit each
    pattern needs (its key, :func:`_key_bit`); ``keys``: those bits together. A message lacking a rule's
    key bit cannot fire it, so only the buckets of the key bits found are visited: a handful of rules
    instead of all of them. ``always``: the pattern rules that need no literal, visited for every message.
    """

    checks: tuple[tuple[int, Rule, str, Any, bool, frozenset[str]], ...]
    buckets: dict[int, tuple[tuple[Any, ...], ...]]
    keys: int
    always: tuple[tuple[Any, ...], ...] = ()
    incomplete: int = 0
    # (name, position of its text pattern in the LiteralIndex) of each check that needs one.
    gates: tuple[tuple[str, int], ...] = ()
    # Which fields are None and which entity kinds there are → (the checks to run, the names of every
    # check whose declared inputs are present): see checks_for. Depends only on the rule set.
    _by_inputs: dict[tuple, tuple[tuple[Any, ...], frozenset[str]]] = field(default_factory=dict)

    def checks_for(self, msg: Message) -> tuple[tuple[Any, ...], frozenset[str]]:
        """The named checks whose declared inputs ``msg`` has, as (place, rule, check name, function,
        whether it is shared), in file order; and the names of every registered check whose inputs
        it has. Worked out once per combination of fields present and entity kinds: a few dozen recur."""
        key = (tuple(map(_IS_NONE, _FIELD_VALUES(msg))), frozenset(map(_KIND, msg.entities)))
        found = self._by_inputs.get(key)
        if found is None:
            if len(self._by_inputs) >= _INPUTS_CACHE_SIZE:
                self._by_inputs.clear()
            has = inputs(msg)
            run = tuple(entry[:5] for entry in self.checks if entry[5] <= has)
            ready = frozenset(name for name, needs in NEEDS.items() if needs.keys <= has)
            found = self._by_inputs[key] = (run, ready)
        return found

    def candidates(self, bits: int) -> list[tuple[Any, ...]]:
        """The pattern rules whose key bit is in ``bits`` (clauses found), in file order."""
        present = bits & self.keys
        out = list(self.always)
        while present:
            low = present & -present  # the lowest bit left
            out += self.buckets[low]
            present ^= low
        out.sort(key=_FIRST)
        return out


def _key_bit(index: LiteralIndex, need: int) -> int:
    """The clause of ``need`` (clause bits) least likely to be satisfied by chance, as its bit: the one
    whose shortest literal is longest, then the one with the fewest literals (then the lowest bit)."""
    bits = [1 << b for b in range(need.bit_length()) if need >> b & 1]
    if not bits:  # a pattern that needs no literal: every message visits it
        return 0
    clauses = index.clauses

    def rarity(bit: int) -> tuple[int, int]:
        lits = clauses[bit.bit_length() - 1]
        return (-min(map(len, lits)), len(lits))

    return min(bits, key=rarity)


_FIRST = itemgetter(0)
_FIELD_VALUES = attrgetter(*FIELDS)
_IS_NONE = partial(is_, None)
_KIND = attrgetter("kind")
#: Distinct combinations of inputs whose checks one rule set remembers (2**6 field patterns × the entity
#: kinds that occur together): far more than occur.
_INPUTS_CACHE_SIZE = 4096


class BudgetExceeded(Exception):  # a signal between a rule and RuleSet.evaluate, never shown to callers
    """A pattern of the rule named in ``args[0]`` ran past the message's :data:`MESSAGE_BUDGET`."""


def _left(deadline: float) -> float:
    """Seconds until ``deadline`` for a regex call's ``timeout``; TimeoutError when none are left."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError
    return left


def _incomplete(rule_ids: list[str]) -> Evidence:
    names_zh, names_en = "、".join(rule_ids), ", ".join(rule_ids)
    return Evidence(
        rule=INCOMPLETE,
        supports="unverified",
        weight=0.0,
        span=None,
        text="",
        explanation_zh=f"分析未完成：部分规则（{names_zh}）在时限内没有跑完，因此本结论不能认定为真实通知。"
        "请在官方App或官方电话核实。",
        explanation_en=f"The analysis is incomplete: some rules ({names_en}) did not finish in time, so this "
        "verdict cannot be genuine. Verify through the official app or hotline.",
    )


def _scam_split(value: Any, name: str, text: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.5 <= value <= 1.0:
        raise RulesError(f"{name}:{find_line(text, 'scam_split')}: policy.scam_split must be a number 0.5–1")
    return float(value)


def _in_warning(
    text: str, start: int, end: int, warning: tuple[Any, Any], deadline: float, may: tuple[bool, bool]
) -> bool:
    """Is text[start:end] inside a warning: a warning word just before it, or "…是诈骗" just after it?
    ``may``: whether the before/after patterns can match anywhere in ``text`` (False skips them)."""
    before, after = warning
    # Up to the END of the match: in a long pattern (法院.{0,40}转账) the warning word can sit inside it.
    head = text[max(0, start - _WARNING_REACH) : end]
    # Arguments by position, as in Rule._first: (string, pos, endpos, concurrent, partial, timeout).
    return bool(
        (may[0] and before.search(head, 0, None, None, False, _left(deadline)))
        or (may[1] and after.match(text, end, None, None, False, _left(deadline)))
    )


def _evidence(rule: Rule, span: Span, original: str) -> Evidence:
    """The rule's Evidence at ``span``. Built without the dataclass's ``__init__``, which sets each of the
    eight fields through ``object.__setattr__`` (it is frozen): a fifth of the cost, the same object."""
    ev = object.__new__(Evidence)
    fields = ev.__dict__
    fields.update(rule._evidence_fields)
    fields["span"] = span
    fields["text"] = original[span[0] : span[1]] if span else ""
    return ev


def _examples(entry: dict, key: str) -> Sequence[Any]:
    ex = entry.get("examples", {})
    return tuple(ex.get(key, []))


def _rule(entry: dict, text: str, name: str) -> Rule:
    rid = str(entry.get("id", ""))
    where = f"{name}:{find_line(text, rid) if rid else 1}"
    for key in ("id", "supports", "weight", "explanation_zh", "explanation_en"):
        if key not in entry:
            raise RulesError(f"{where}: rule {rid or '?'} is missing field {key!r}")
    if entry["supports"] not in RULE_SUPPORTS:
        raise RulesError(
            f"{where}: rule {rid}: supports must be one of {RULE_SUPPORTS}, not {entry['supports']!r}"
        )
    origin = entry.get("origin")
    if origin is not None and origin not in ORIGINS:
        raise RulesError(f"{where}: rule {rid}: origin must be one of {ORIGINS}, not {origin!r}")
    if entry["supports"] == "unverified" and origin not in (None, "unconfirmed"):
        raise RulesError(
            f"{where}: rule {rid}: a rule that supports unverified cannot have origin {origin!r}"
        )
    if ("pattern" in entry) == ("check" in entry):
        raise RulesError(f"{where}: rule {rid}: give exactly one of 'pattern' or 'check'")
    also = tuple(entry.get("also_supports", []))
    if set(also) - set(LABELS):
        raise RulesError(f"{where}: rule {rid}: also_supports must name labels from {LABELS}")
    if "check" in entry and entry["check"] not in CHECKS:
        raise RulesError(f"{where}: rule {rid}: unknown check {entry['check']!r}")
    return Rule(
        id=rid,
        supports=str(entry["supports"]),
        weight=float(entry["weight"]),
        group=str(entry.get("group", rid)),
        explanation_zh=str(entry["explanation_zh"]),
        explanation_en=str(entry["explanation_en"]),
        pattern=compile_pattern(entry.get("pattern"), where, RulesError),
        unless=compile_pattern(entry.get("unless"), where, RulesError),
        check=entry.get("check"),
        also_supports=also,
        origin=origin,
        examples_match=tuple(_examples(entry, "match")),
        examples_no_match=tuple(_examples(entry, "no_match")),
    )
