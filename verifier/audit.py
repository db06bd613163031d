"""Audit a collection SMS before it is sent: the lender's side of the verifier.

The same registry, extractor and rules that tell a consumer a notice is fake tell a lender whether its own
template reads like a fake or breaks the rules of collection. Rules are data (``data/audit.toml``): a
``pattern`` (a finding at every match), a ``require`` (a finding when a statement is missing) or a named
``check`` below. Every finding carries a span in the template (None for something missing).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import regex

from verifier.checks import CHECKS, PERSONAL_KINDS, REPLY_REQUEST, callback_numbers
from verifier.datafiles import DataFileError, compile_pattern, find_line, read_toml
from verifier.message import Message
from verifier.normalize import normalize
from verifier.registry import Institution, Registry
from verifier.rules import MESSAGE_BUDGET
from verifier.types import Verdict

Severity = Literal["error", "warning", "advice"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "advice")
ROLES = ("borrower", "contact")
Span = tuple[int, int] | None
LABEL_ZH = {"spoofed": "仿冒通知", "scam": "诈骗"}
# A match right after one of these is a promise not to do it ("我行不会上门收取现金", "已要求合作机构
# 停止联系您的紧急联系人"), not a threat; one right before "的问题" reports a complaint
# ("反映的催收人员联系您亲友的问题").
_NEGATED = regex.compile(
    r"(?:不会|不得|绝不|决不|从不|严禁|禁止|不可能|停止|不再|暂停)[^,.;:!?，。；：！？]{0,4}$"
)
_REPORTED = regex.compile(r"[^,.;:!?，。；：！？]{0,4}?的?(?:问题|情况|投诉)")
_SENTENCE = regex.compile(r"[^。！？；!?;\n]+")


class AuditRulesError(DataFileError):
    """The audit rules file is malformed; the message names the file and line."""


@dataclass(frozen=True)
class Finding:
    """One problem in a template: which rule, how bad, where, why, and how to fix it."""

    rule: str
    severity: Severity
    span: Span  # into the template as given; None for something missing or about the whole message
    text: str  # the template's text at the span ("" when span is None)
    explanation_zh: str
    explanation_en: str
    fix_zh: str
    fix_en: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "span": list(self.span) if self.span else None,
            "text": self.text,
            "zh": self.explanation_zh,
            "en": self.explanation_en,
            "fix": self.fix_zh,
            "fix_en": self.fix_en,
        }


@dataclass(frozen=True)
class Audit:
    """What :meth:`verifier.Verifier.audit` returns: findings, worst first, and the consumer verdict."""

    text: str
    findings: tuple[Finding, ...]
    verdict: Verdict  # what Verifier.check tells a consumer who receives this SMS
    institution: str | None  # registry id the template was audited for
    segments: int  # SMS parts the carrier sends it as
    units: int  # UCS-2 code units the carrier counts

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == "error")

    def to_dict(self) -> dict[str, Any]:
        return {
            "institution": self.institution,
            "segments": self.segments,
            "units": self.units,
            "findings": [f.to_dict() for f in self.findings],
            "verdict": self.verdict.label,
            "risk": self.verdict.risk,
        }


@dataclass(frozen=True)
class AuditRule:
    id: str
    severity: Severity
    source: str
    explanation_zh: str
    explanation_en: str
    fix_zh: str
    fix_en: str
    roles: tuple[str, ...] = ROLES
    pattern: Any = None  # a finding at every match
    require: Any = None  # a finding when it matches nowhere
    check: str | None = None
    examples_match: tuple[Any, ...] = ()
    examples_no_match: tuple[Any, ...] = ()


@dataclass(frozen=True)
class AuditRules:
    rules: tuple[AuditRule, ...]
    limits: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, path: str | Path | None = None) -> AuditRules:
        """Load ``data/audit.toml`` (or ``path``); raise AuditRulesError naming file and line."""
        raw, text, name = read_toml(path or _default_path(), AuditRulesError)
        rules = [_rule(entry, text, name) for entry in raw.get("rule", [])]
        ids = [r.id for r in rules]
        for rid in ids:
            if ids.count(rid) > 1:
                raise AuditRulesError(f"{name}:{find_line(text, rid)}: duplicate rule id {rid!r}")
        return cls(tuple(rules), dict(raw.get("limits", {})))


@cache
def default_rules() -> AuditRules:
    """The shipped audit rules, loaded once."""
    return AuditRules.load()


def _default_path() -> Any:
    return resources.files("verifier.data") / "audit.toml"


# --- the audit ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Context:
    """What the checks read: the message (claiming ``institution``), the registry, the consumer verdict."""

    msg: Message
    registry: Registry
    verdict: Verdict
    role: str
    send_at: datetime | None
    limits: Mapping[str, Any]
    facts: dict[str, Any]  # values for the {placeholders} in explanations and fixes

    @property
    def institution(self) -> Institution | None:
        return self.msg.institution


def run_audit(
    msg: Message,
    verdict: Verdict,
    registry: Registry,
    rules: AuditRules,
    *,
    institution: Institution | None,
    send_at: datetime | None,
    recipient_role: str,
) -> Audit:
    """Apply every audit rule to a built message and its consumer verdict."""
    if recipient_role not in ROLES:
        raise ValueError(f"recipient_role must be one of {ROLES}, not {recipient_role!r}")
    if institution is not None:
        msg = replace(msg, institution=institution)
    units = ucs2_units(msg.original)
    segments = sms_segments(units, rules.limits)
    inst = msg.institution
    facts = {
        "units": units,
        "segments": segments,
        "max_segments": rules.limits.get("max_segments", 3),
        "sentence_chars": rules.limits.get("sentence_chars", 40),
        "institution": inst.name if inst else "本机构",
        "official": official_channels(inst),
        "send_time": send_at.strftime("%H:%M") if send_at else "",
        "verdict": verdict.label,
        "verdict_zh": LABEL_ZH.get(verdict.label, verdict.label),
        **_reason(verdict),
    }
    ctx = Context(msg, registry, verdict, recipient_role, send_at, rules.limits, facts)
    findings = [f for rule in rules.rules if recipient_role in rule.roles for f in _apply(rule, ctx)]
    findings.sort(key=lambda f: (SEVERITIES.index(f.severity), f.span[0] if f.span else -1))
    return Audit(msg.original, tuple(findings), verdict, inst.id if inst else None, segments, units)


def _apply(rule: AuditRule, ctx: Context) -> list[Finding]:
    spans = rule_spans(rule, ctx)
    text = ctx.msg.original
    return [
        Finding(
            rule=rule.id,
            severity=rule.severity,
            span=span,
            text=text[span[0] : span[1]] if span else "",
            explanation_zh=rule.explanation_zh.format_map(ctx.facts),
            explanation_en=rule.explanation_en.format_map(ctx.facts),
            fix_zh=rule.fix_zh.format_map(ctx.facts),
            fix_en=rule.fix_en.format_map(ctx.facts),
        )
        for span in spans
    ]


def rule_spans(rule: AuditRule, ctx: Context) -> list[Span]:
    """Where ``rule`` fires in the original text (None: about something missing); [] if it does not."""
    msg = ctx.msg
    if rule.check is not None:
        return AUDIT_CHECKS[rule.check](ctx)
    if rule.require is not None:
        return [] if rule.require.search(msg.text, timeout=MESSAGE_BUDGET) else [None]
    return [
        msg.norm.to_original(*m.span())
        for m in rule.pattern.finditer(msg.text, timeout=MESSAGE_BUDGET)
        if not _NEGATED.search(msg.text[max(0, m.start() - 12) : m.start()])
        and not _REPORTED.match(msg.text, m.end())
    ]


def ucs2_units(text: str) -> int:
    """Characters as carriers count them in a Chinese (UCS-2) SMS: every character, ASCII included, is one;
    one outside the Basic Multilingual Plane (most emoji) is two."""
    return len(text.encode("utf-16-le")) // 2


def sms_segments(units: int, limits: Mapping[str, Any]) -> int:
    """SMS parts: 1 up to 70 units, else one per 67 (each part of a long SMS carries a joining header)."""
    single, part = limits.get("segment_chars", 70), limits.get("part_chars", 67)
    return 1 if units <= single else math.ceil(units / part)


def official_channels(inst: Institution | None) -> str:
    """The institution's verified hotlines and domains, for the fixes ("95384、webank.com")."""
    if inst is None:
        return "官方客服电话或官方App"
    numbers = [f.value for f in inst.hotlines if not f.unverified]
    domains = [f.value for f in inst.domains if not f.unverified][:1]  # the main one, not CDN hosts
    return "、".join([*numbers[:2], *domains]) or "官方App"


def _reason(verdict: Verdict) -> dict[str, str]:
    """The strongest reason behind a spoofed / scam verdict, in both languages."""
    ev = next((e for e in verdict.evidence if e.source == "rule" and e.supports == verdict.label), None)
    if ev is None:
        return {"reason_zh": "分类器认为它像仿冒或诈骗短信。", "reason_en": "the classifier reads it as one."}
    return {"reason_zh": ev.explanation_zh, "reason_en": ev.explanation_en}


def resolve_institution(registry: Registry, name: str | None) -> Institution | None:
    """A registry id ("webank") or any name the registry knows ("微众银行"); ValueError when unknown."""
    if name is None or not name.strip():
        return None
    if name.strip() in registry.institutions:
        return registry.institutions[name.strip()]
    found = registry.mentions(normalize(name.strip()).text)
    if not found:
        raise ValueError(f"unknown institution {name!r}: give a registry id such as 'webank' or its name")
    return registry.institutions[found[0].institution]


# --- named checks -------------------------------------------------------------------------------

AUDIT_CHECKS: dict[str, Callable[[Context], list[Span]]] = {}


def audit_check(name: str) -> Callable:
    def register(fn: Callable[[Context], list[Span]]) -> Callable[[Context], list[Span]]:
        AUDIT_CHECKS[name] = fn
        return fn

    return register


@audit_check("missing_amount")
def missing_amount(ctx: Context) -> list[Span]:
    return [] if ctx.msg.of("amount") else [None]


@audit_check("missing_deadline")
def missing_deadline(ctx: Context) -> list[Span]:
    return [] if ctx.msg.of("date") else [None]


def _signatures(msg: Message) -> list[Any]:
    return [e for e in msg.of("institution") if e.attrs.get("in_signature")]


@audit_check("missing_signature")
def missing_signature(ctx: Context) -> list[Span]:
    return [] if _signatures(ctx.msg) else [None]


@audit_check("signature_other_institution")
def signature_other_institution(ctx: Context) -> list[Span]:
    inst = ctx.institution
    return [(e.start, e.end) for e in _signatures(ctx.msg) if inst is not None and e.value != inst.id]


@audit_check("no_institution")
def no_institution(ctx: Context) -> list[Span]:
    return [None] if ctx.institution is None else []


@audit_check("missing_official_contact")
def missing_official_contact(ctx: Context) -> list[Span]:
    inst, msg = ctx.institution, ctx.msg
    if inst is not None and (
        any(inst.number_status(e.value) == "official" for e in msg.of("phone"))
        or any(inst.host_status(e.value) == "official" for e in msg.of("link"))
        or CHECKS["app_official"](msg, ctx.registry)
    ):
        return []
    return [None]


@audit_check("number_not_in_registry")
def number_not_in_registry(ctx: Context) -> list[Span]:
    """Every number not verified official for the institution: a consumer is told not to trust it. With no
    institution to check against, only a number no institution owns is surely not official."""
    inst, registry = ctx.institution, ctx.registry
    spans = []
    for e in callback_numbers(ctx.msg, registry):
        official = (
            inst.number_status(e.value) == "official" if inst else bool(registry.owners_of_number(e.value))
        )
        if not official or e.attrs.get("phone_kind") in PERSONAL_KINDS:
            spans.append((e.start, e.end))
    return spans


# Any run of 7–15 digits (dashes and spaces allowed) a reader could dial. The extractor leaves out numbers
# that no carrier would route (029-18004017); a template must not carry those either.
# A comma or point only counts as part of a number between digits (1,234.56); after one it ends a clause.
_DIALABLE = regex.compile(
    r"(?<!\d|\d[.,])\d(?:[- ]?\d){6,14}(?![\d%]|[.,]\d)"
    r"|(?<=(?:致电|拨打|联系|热线|电话|专线|回电|来电|短号)[:： ]?)\d{5,6}(?![\d%]|[.,]\d)"  # 95xxx lines
)


@audit_check("unlisted_digits")
def unlisted_digits(ctx: Context) -> list[Span]:
    """Digit runs that look dialable but are no entity the extractor knows (amount, card, date …)."""
    msg = ctx.msg
    taken = [(e.start, e.end) for e in msg.entities]
    spans = []
    for m in _DIALABLE.finditer(msg.text):
        start, end = msg.norm.to_original(*m.span())
        if not any(s < end and start < e for s, e in taken):
            spans.append((start, end))
    return spans


@audit_check("link_not_official")
def link_not_official(ctx: Context) -> list[Span]:
    inst, registry = ctx.institution, ctx.registry
    spans = []
    for e in ctx.msg.of("link"):
        official = inst.host_status(e.value) == "official" if inst else bool(registry.owners_of_host(e.value))
        if not official:
            spans.append((e.start, e.end))
    return spans


@audit_check("reply_to_unlisted_sender")
def reply_to_unlisted_sender(ctx: Context) -> list[Span]:
    msg, inst = ctx.msg, ctx.institution
    if msg.sender is not None and inst is not None and inst.number_status(msg.sender) == "official":
        return []
    # "您回复“已还”", "收到您回复的…": the customer's reply reported back, not a request for one.
    replies = [
        m for m in REPLY_REQUEST.finditer(msg.text) if msg.text[m.start() - 1 : m.start()] not in ("您", "你")
    ]
    return [msg.norm.to_original(*m.span()) for m in replies]


@audit_check("personal_messenger")
def personal_messenger(ctx: Context) -> list[Span]:
    return CHECKS["personal_im_contact"](ctx.msg, ctx.registry)


# "微信搜索“某某银行小安”添加", "企业微信搜索…", "关注公众号「…」": an account the reader is sent to find.
_MESSENGER_ACCOUNT = regex.compile(
    r"(?:微信|qq|企业微信)(?:公众号|小程序)?[ ]?搜索[ ]?[\"“「『【]?"
    r"(?P<name>[^\"”」』】,.;:!?，。；：！？\s]{2,24})[\"”」』】]?"
    r"|(?:公众号|小程序)[ ]?[\"“「『【](?P<name2>[^\"”」』】]{2,24})[\"”」』】]?"
)


@audit_check("messenger_not_in_registry")
def messenger_not_in_registry(ctx: Context) -> list[Span]:
    """A WeChat / QQ account to search for that is not among the institution's registered accounts."""
    inst, msg = ctx.institution, ctx.msg
    known = [_fold_account(f.value) for f in inst.wechat] if inst is not None else []
    spans = []
    for m in _MESSENGER_ACCOUNT.finditer(msg.text):
        name = _fold_account(m.group("name") or m.group("name2"))
        if name not in known:  # exact: "某某银行小贷" is not the bank's own "某某银行"
            spans.append(msg.norm.to_original(*m.span()))
    return spans


def _fold_account(value: str) -> str:
    """An account name without the registry's notes: "微粒贷 (official account)" → "微粒贷"."""
    return regex.sub(r"\s*[(（].*$", "", value).strip().lower()


@audit_check("too_many_segments")
def too_many_segments(ctx: Context) -> list[Span]:
    return [None] if ctx.facts["segments"] > ctx.facts["max_segments"] else []


@audit_check("multipart_sms")
def multipart_sms(ctx: Context) -> list[Span]:
    return [None] if 1 < ctx.facts["segments"] <= ctx.facts["max_segments"] else []


@audit_check("long_sentence")
def long_sentence(ctx: Context) -> list[Span]:
    """Sentences (split at 。！？； and line breaks; commas do not end one) over the limit."""
    limit = ctx.facts["sentence_chars"]
    return [m.span() for m in _SENTENCE.finditer(ctx.msg.original) if len(m.group().strip()) > limit]


@audit_check("send_time")
def send_time(ctx: Context) -> list[Span]:
    if ctx.send_at is None:
        return []
    start, end = ctx.limits.get("window", [8, 22])
    return [] if start <= ctx.send_at.hour < end else [None]


@audit_check("consumer_verdict_fake")
def consumer_verdict_fake(ctx: Context) -> list[Span]:
    """The consumer side calls it spoofed or scam: at the strongest rule's span behind that label."""
    verdict = ctx.verdict
    if verdict.label not in ("spoofed", "scam"):
        return []
    ev = next((e for e in verdict.evidence if e.source == "rule" and e.supports == verdict.label), None)
    return [ev.span if ev is not None else None]


# --- loading ------------------------------------------------------------------------------------


def _rule(entry: dict, text: str, name: str) -> AuditRule:
    rid = str(entry.get("id", ""))
    where = f"{name}:{find_line(text, rid) if rid else 1}"
    for key in ("id", "severity", "source", "explanation_zh", "explanation_en", "fix_zh", "fix_en"):
        if key not in entry:
            raise AuditRulesError(f"{where}: rule {rid or '?'} is missing field {key!r}")
    if entry["severity"] not in SEVERITIES:
        raise AuditRulesError(f"{where}: rule {rid}: severity must be one of {SEVERITIES}")
    if sum(k in entry for k in ("pattern", "require", "check")) != 1:
        raise AuditRulesError(f"{where}: rule {rid}: give exactly one of 'pattern', 'require' or 'check'")
    if "check" in entry and entry["check"] not in AUDIT_CHECKS:
        raise AuditRulesError(f"{where}: rule {rid}: unknown check {entry['check']!r}")
    roles = tuple(entry.get("roles", ROLES))
    if set(roles) - set(ROLES):
        raise AuditRulesError(f"{where}: rule {rid}: roles must be among {ROLES}")
    examples = entry.get("examples", {})
    return AuditRule(
        id=rid,
        severity=entry["severity"],
        source=str(entry["source"]),
        explanation_zh=str(entry["explanation_zh"]),
        explanation_en=str(entry["explanation_en"]),
        fix_zh=str(entry["fix_zh"]),
        fix_en=str(entry["fix_en"]),
        roles=roles,
        pattern=compile_pattern(entry.get("pattern"), where, AuditRulesError),
        require=compile_pattern(entry.get("require"), where, AuditRulesError),
        check=entry.get("check"),
        examples_match=tuple(examples.get("match", [])),
        examples_no_match=tuple(examples.get("no_match", [])),
    )
