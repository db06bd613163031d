"""Named checks: rule logic that needs entities, metadata or the registry, not just a regex.

Each check takes (Message, Registry) and returns the spans where it fires, in the ORIGINAL text
(``None`` for a hit on metadata alone); an empty list means it does not fire. Rules in
``data/rules.toml`` refer to these by name, so adding a rule that reuses a check needs no code.

A check declares what it cannot fire without (:data:`NEEDS`): message fields that must not be None (the
claimed ``institution``, the ``sender`` …) and entity kinds that must be in the text. Rules skip a check
whose inputs are absent, so a declaration may only name inputs without which the check returns [].

A check may also declare the checks whose spans it combines (:data:`COMBINES`); it then takes a third
argument, a :class:`Spans` of the message, and reads theirs from it: when the rules have run those checks
on the message already, it does not run them again.
"""

from __future__ import annotations

import functools
import itertools
import os
from collections.abc import Callable, Collection
from operator import itemgetter
from typing import TYPE_CHECKING, Any, NamedTuple

import regex

from verifier.prefilter import guarded
from verifier.registry import app_key

if TYPE_CHECKING:
    from verifier.message import Message
    from verifier.registry import Registry
    from verifier.types import Entity

Span = tuple[int, int] | None
Check = Callable[["Message", "Registry"], list[Span]]
CHECKS: dict[str, Check] = {}


class Needs(NamedTuple):
    """What a check cannot fire without: Message fields that are not None, entity kinds in the text, and
    a match of ``text`` (a compiled ``regex`` pattern, or None) in the normalised text."""

    fields: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()
    text: Any = None

    @property
    def keys(self) -> frozenset[str]:
        """These inputs as :func:`inputs` names them."""
        return frozenset((*self.fields, *(f"entity:{k}" for k in self.entities)))


#: The Message fields a check may declare.
FIELDS = ("institution", "sender", "sender_kind", "recipient_name", "has_account", "received_at")


def inputs(msg: Message) -> frozenset[str]:
    """The inputs ``msg`` has: its fields that are not None, and ``entity:<kind>`` per entity kind."""
    return frozenset(
        [f for f in FIELDS if getattr(msg, f) is not None] + [f"entity:{e.kind}" for e in msg.entities]
    )


#: Check name → its declared inputs (see :func:`check`).
NEEDS: dict[str, Needs] = {}
#: Check name → the checks whose spans it combines, for those that combine some (see :func:`check`).
COMBINES: dict[str, tuple[str, ...]] = {}


class Spans(dict[str, list[Span]]):
    """Check name → its spans on one message against one registry, each check run when first asked for
    and then remembered (one object per message and registry: it is never shared). ``ready``: the checks
    whose declared inputs the message has, which alone can fire (None: run any check asked for)."""

    def __init__(self, msg: Message, registry: Registry, ready: Collection[str] | None = None) -> None:
        super().__init__()
        self.msg = msg
        self.registry = registry
        self.ready = ready

    def __missing__(self, name: str) -> list[Span]:
        if self.ready is not None and name not in self.ready:
            spans: list[Span] = []  # its inputs are absent: it finds nothing (NEEDS)
        elif name in COMBINES:
            spans = CHECKS[name](self.msg, self.registry, self)  # type: ignore[call-arg]
        else:
            spans = CHECKS[name](self.msg, self.registry)
        self[name] = spans
        return spans


PERSONAL_KINDS = {"mobile", "virtual", "international"}
# Words that turn a card/wallet mention into a demand to move money there.
_TRANSFER = regex.compile(
    r"转入|转至|转到|汇入|汇至|汇到|打款|打入|打到|存入|存至|存到|转账|汇款|还款至|还款到|还到|还入|收款|户名"
    r"|收款人|对公|账户[:：]|卡上|卡里|缴纳|交纳|缴至|付至|支付至|付款至|转我|转给我|发给我|转微信|转支付宝|转qq"
    r"|过数|入数"  # Hong Kong for "transfer"
    r"|转[^,.;:，。；：]{0,8}?卡"  # "转中国银行卡6218…"
)
_CONTEXT = 24


def check(
    name: str,
    fields: tuple[str, ...] = (),
    entities: tuple[str, ...] = (),
    combines: tuple[str, ...] = (),
    text: Any = None,
) -> Callable[[Any], Check]:
    """Register a check under ``name`` for rules to refer to; ``fields`` (Message attributes that must not
    be None), ``entities`` (kinds that must be in the text) and ``text`` (a compiled ``regex`` pattern
    that must match the normalised text) are what it cannot fire without. The rules screen ``text`` with
    their literal index and skip the check when a literal it needs is missing, rather than call it.
    ``combines``: checks registered before it whose spans it reads from its third argument, a
    :class:`Spans` (``None`` when called as ``fn(msg, registry)``: it then makes its own)."""
    unknown = [c for c in combines if c not in CHECKS]
    if unknown:  # registered before: a check cannot end up combining itself
        raise ValueError(f"check {name!r} combines unknown checks {unknown}")

    def register(fn: Any) -> Check:
        CHECKS[name] = fn
        NEEDS[name] = Needs(fields, entities, text)
        if combines:
            COMBINES[name] = combines
        return fn

    return register


def _span(e: Entity) -> tuple[int, int]:
    return (e.start, e.end)


def callback_numbers(msg: Message, registry: Registry) -> list[Entity]:
    """Phone numbers in the text that the reader is asked to call, minus public channels (96110…) and
    the government's 12xxx public-service lines (12122 highways, 12345 …), which no one else can answer."""
    phones = msg.of("phone")
    if not phones:  # most messages: several checks ask, and an empty comprehension costs a frame
        return []
    public = registry.public_numbers
    return [e for e in phones if e.value not in public and not _PUBLIC_SERVICE.fullmatch(e.value)]


_PUBLIC_SERVICE = regex.compile(r"12\d{3}")


def _near_transfer(msg: Message, e: Entity) -> bool:
    lo = max(0, e.start - _CONTEXT)
    hi = min(len(msg.original), e.end + _CONTEXT)
    return bool(_TRANSFER.search(msg.original[lo:hi])) or bool(_TRANSFER.search(_norm_window(msg, lo, hi)))


def _norm_window(msg: Message, lo: int, hi: int) -> str:
    starts = msg.norm.starts
    return "".join(ch for ch, s in zip(msg.text, starts, strict=True) if lo <= s < hi)


# --- sender -------------------------------------------------------------------------------------


@check("sender_official", fields=("institution", "sender"))
def sender_official(msg: Message, registry: Registry) -> list[Span]:
    """The sender is a verified official number of the institution the text claims to be."""
    inst = msg.institution
    if inst is None or msg.sender is None:
        return []
    return [None] if inst.number_status(msg.sender) == "official" else []


@check("sender_personal_number", fields=("institution", "sender"))
def sender_personal_number(msg: Message, registry: Registry) -> list[Span]:
    """An institution's notice sent from a personal mobile, virtual-operator or foreign number."""
    return _sender_not_official(msg, PERSONAL_KINDS)


@check("sender_unlisted", fields=("institution", "sender"))
def sender_unlisted(msg: Message, registry: Registry) -> list[Span]:
    """A service number or SMS port that is not among the claimed institution's senders or hotlines."""
    inst = msg.institution
    if inst is None or msg.sender is None or msg.sender_kind in PERSONAL_KINDS:
        return []
    if inst.number_status(msg.sender) == "official" or msg.sender in registry.public_numbers:
        return []
    # Unknown is not unofficial: lenders send from 106 ports and service numbers the registry does not
    # list (or lists only from weak sources). Such a sender proves nothing either way.
    return [] if registry.owners_of_number(msg.sender) else [None]


@check("sender_odd_number", fields=("institution", "sender"))
def sender_odd_number(msg: Message, registry: Registry) -> list[Span]:
    """An institution's notice from a landline or a number of no known kind (no port, hotline, mobile)."""
    return _sender_not_official(msg, ("landline", "other"))


def _sender_not_official(msg: Message, kinds: Collection[str]) -> list[Span]:
    """A hit when the claimed institution's notice comes from a sender of one of ``kinds`` it does not own."""
    inst = msg.institution
    if inst is None or msg.sender is None or msg.sender_kind not in kinds:
        return []
    return [None] if inst.number_status(msg.sender) == "not_official" else []


@check("sender_official_other_institution", fields=("institution", "sender"))
def sender_official_other_institution(msg: Message, registry: Registry) -> list[Span]:
    """The sender is official for a different institution than the one the text names."""
    inst = msg.institution
    if inst is None or msg.sender is None:
        return []
    owners = registry.owners_of_number(msg.sender)
    return [None] if owners and inst.id not in owners else []


# --- callback numbers and links -----------------------------------------------------------------


@check("callback_not_official", fields=("institution",), entities=("phone",))
def callback_not_official(msg: Message, registry: Registry) -> list[Span]:
    """The text asks you to call a number that is not an official hotline of the claimed institution,
    whose verified numbers the registry knows (when it knows none, the number is merely unconfirmed)."""
    inst = msg.institution
    if inst is None or not inst.has_verified_numbers:
        return []
    return [
        _span(e) for e in callback_numbers(msg, registry) if inst.number_status(e.value) == "not_official"
    ]


@check("callback_personal_number", entities=("phone",))
def callback_personal_number(msg: Message, registry: Registry) -> list[Span]:
    """A mobile or virtual-operator number given as the number to call about a debt."""
    inst = msg.institution
    spans = []
    for e in callback_numbers(msg, registry):
        if e.attrs.get("phone_kind") in PERSONAL_KINDS and (
            inst is None or inst.number_status(e.value) != "official"
        ):
            spans.append(_span(e))
    return spans


@check("callback_official", fields=("institution",), entities=("phone",))
def callback_official(msg: Message, registry: Registry) -> list[Span]:
    """Every number in the text is an official hotline of the claimed institution."""
    inst = msg.institution
    numbers = callback_numbers(msg, registry)
    if inst is None or not numbers:
        return []
    if all(inst.number_status(e.value) == "official" for e in numbers):
        return [_span(numbers[0])]
    return []


@check("link_not_official", fields=("institution",), entities=("link",))
def link_not_official(msg: Message, registry: Registry) -> list[Span]:
    """A link whose host is not under an official domain of the claimed institution, whose verified
    domains the registry knows (when it knows none, the link is merely unconfirmed)."""
    inst = msg.institution
    if inst is None or not inst.has_verified_domains:
        return []
    return [_span(e) for e in msg.of("link") if inst.host_status(e.value) == "not_official"]


@check("link_lookalike", entities=("link",))
def link_lookalike(msg: Message, registry: Registry) -> list[Span]:
    """A host that borrows an institution's domain name without being under its domain (webank-kf.top),
    or a domain written before an "@" so the link seems to go there (https://bank.com@evil.top)."""
    labels = registry.domain_labels
    return [
        _span(e)
        for e in msg.of("link")
        # https://bank.com@evil.top: the real host hides behind "@". A registered domain, even an
        # unverified one, is the institution's own name, not a lookalike.
        if "." in e.attrs.get("userinfo", "")
        or (labels is not None and labels.search(e.value) and not registry.names_host(e.value))
    ]


@check("link_risky_host", entities=("link",))
def link_risky_host(msg: Message, registry: Registry) -> list[Span]:
    """A short link, bare IP address or punycode host, which hide where the link goes."""
    return [
        _span(e)
        for e in msg.of("link")
        if e.attrs.get("is_short") or e.attrs.get("is_ip") or e.attrs.get("punycode")
    ]


@check("link_official", fields=("institution",), entities=("link",))
def link_official(msg: Message, registry: Registry) -> list[Span]:
    """Every link goes to an official domain of the claimed institution."""
    inst = msg.institution
    links = msg.of("link")
    if inst is None or not links:
        return []
    return [_span(links[0])] if all(inst.host_status(e.value) == "official" for e in links) else []


@check("contact_unconfirmed", fields=("institution",))
def contact_unconfirmed(msg: Message, registry: Registry) -> list[Span]:
    """A number or link of the claimed institution's that the registry cannot confirm either way: known
    only from weak sources, or of an institution whose verified channels of that kind it does not know."""
    inst = msg.institution
    if inst is None:
        return []
    spans: list[Span] = []
    for e in callback_numbers(msg, registry):
        status = inst.number_status(e.value)
        if status == "official" or e.attrs.get("phone_kind") in PERSONAL_KINDS:
            continue
        if status == "unverified" or not inst.has_verified_numbers:
            spans.append(_span(e))
    for e in msg.of("link"):
        status = inst.host_status(e.value)
        if status == "unverified" or (status == "not_official" and not inst.has_verified_domains):
            spans.append(_span(e))
    if msg.sender is None or inst.number_status(msg.sender) != "official":
        # "回复1办理": a reply goes to the sender, which nothing shows to be the institution's
        spans += [msg.norm.to_original(*m.span()) for m in REPLY_REQUEST.finditer(msg.text)]
    if len(spans) > 1:
        spans.sort(key=_START)  # stable, as sorted() is
    return spans


_START = itemgetter(0)


# An instruction to answer by SMS with a keyword ("回复“协商”", "回复1", "回覆Y"), but not to unsubscribe.
REPLY_REQUEST = guarded(r"回复[ ]?[\"“「]?(?!t(?![a-z])|td|退订)(?:[0-9a-z]{1,4}|\p{Han}{1,6})[\"”」]?")


@check("app_official", fields=("institution",), entities=("app",))
def app_official(msg: Message, registry: Registry) -> list[Span]:
    """The text sends the reader to the institution's own app, named as the registry knows it."""
    inst = msg.institution
    if inst is None:
        return []
    own = inst.app_keys
    return [_span(e) for e in msg.of("app") if e.value and app_key(e.value) in own]


def _points_only_to_official(msg: Message, registry: Registry) -> bool:
    """Every number and link in the text is a verified channel of the claimed institution (or a public
    channel such as 96110), and it names no private account."""
    inst = msg.institution
    if inst is None or msg.of("wallet") or msg.of("card"):
        return False
    return all(inst.number_status(e.value) == "official" for e in callback_numbers(msg, registry)) and all(
        inst.host_status(e.value) == "official" for e in msg.of("link")
    )


@check("signed_port_official_only", fields=("institution", "sender"))
def signed_port_official_only(msg: Message, registry: Registry) -> list[Span]:
    """A notice signed 【institution】 from an enterprise 106 port that sends the reader to the
    institution's verified channels and nowhere else. Ports are licensed to companies and renting them out
    is illegal (反电信网络诈骗法 §31), so the port is a weak sign of official origin, never proof on its
    own: without a verified channel in the text (only "reply to this SMS") it does not count."""
    inst = msg.institution
    if inst is None or msg.sender_kind != "sms_port" or registry.owners_of_number(msg.sender or ""):
        return []
    signed = [e for e in msg.of("institution") if e.attrs.get("in_signature")]
    if {e.value for e in signed} != {inst.id} or not _points_only_to_official(msg, registry):
        return []
    if not (callback_numbers(msg, registry) or msg.of("link") or app_official(msg, registry)):
        return []
    return [_span(signed[0])]


# --- where the money goes -----------------------------------------------------------------------


@check("card_for_repayment", entities=("card",))
def card_for_repayment(msg: Message, registry: Registry) -> list[Span]:
    """A full bank-card number given as the place to pay (lenders never ask for a transfer to a card)."""
    return [_span(e) for e in msg.of("card") if _near_transfer(msg, e)]


# A company named as the holder of the account to pay: "对公账户：深圳市鑫达科技有限公司 6222…".
# Guarded, as REPLY_REQUEST and _NAMED_CHANNEL: most texts lack the words these need and skip the regex.
_COMPANY_PAYEE = guarded(
    r"(?:户名|收款人|收款方|收款单位|账户名称?|开户名|对公账户|指定账户|收款账户)[ :为是]{0,3}"
    r"(?P<co>[\p{Han}()（）]{2,30}?(?:有限责任公司|股份有限公司|有限公司|集团|公司|事务所|商行|工作室|经营部))"
)


@check("third_party_account", text=_COMPANY_PAYEE.pattern)
def third_party_account(msg: Message, registry: Registry) -> list[Span]:
    """The account to pay is held by a company that is not the institution the notice claims to be:
    money paid there does not reach the lender, whatever the company is called."""
    spans: list[Span] = []
    for m in _COMPANY_PAYEE.finditer(msg.text):
        holder = m.group("co")
        owners = {x.institution for x in registry.mentions(holder)}
        inst = msg.institution
        if (inst is not None and inst.id in owners) or (inst is None and owners):
            continue
        spans.append(msg.norm.to_original(*m.span("co")))
    return spans


@check("personal_payee", entities=("name",))
def personal_payee(msg: Message, registry: Registry) -> list[Span]:
    """A named person as the payee (户名张三)."""
    return [_span(e) for e in msg.of("name") if e.attrs.get("role") == "payee"]


@check("wallet_for_repayment", entities=("wallet",))
def wallet_for_repayment(msg: Message, registry: Registry) -> list[Span]:
    """A personal Alipay/WeChat/QQ account or payment code as the place to pay."""
    return [
        _span(e)
        for e in msg.of("wallet")
        if _near_transfer(msg, e) or (e.value == "alipay" and e.attrs.get("account"))
    ]


_MESSENGERS = frozenset({"wechat", "qq", "line", "whatsapp", "telegram"})


@check("personal_im_contact", entities=("wallet",))
def personal_im_contact(msg: Message, registry: Registry) -> list[Span]:
    """A personal WeChat/QQ/LINE/WhatsApp/Telegram account given as the channel to sort out the debt
    (not to pay into)."""
    return [
        _span(e)
        for e in msg.of("wallet")
        if e.value in _MESSENGERS and e.attrs.get("account") and not _near_transfer(msg, e)
    ]


# A mini-program or official account named in quotes, e.g. 微信搜索小程序“XX贷后服务”.
_NAMED_CHANNEL = guarded(
    r"(?:小程序|公众号|服务号)[ :]*[\"“「『《](?P<a>[^\"”」』》]{2,20})[\"”」』》]"
    r"|(?:搜索|关注|添加|进入)[ ]?[\"“「『《](?P<b>[^\"”」』》]{2,20})[\"”」』》]"
    r"[ ]?(?:小程序|公众号|服务号)"
    r"|#小程序:/{0,2}(?P<c>\p{Han}{2,30})"  # WeChat's mini-program share link: #小程序://NAME/code
)
# Names that say "sort out your debt here": the channels collectors and debt-relief agents set up.
_DEBT_WORDS = regex.compile(
    r"贷后|债务|协商|减免|停息|挂账|催收|清欠|结清|逾期|还款|分期|优化|调解|法务|权益"
)


@check("named_channel_not_official", fields=("institution",), text=_NAMED_CHANNEL.pattern)
def named_channel_not_official(msg: Message, registry: Registry) -> list[Span]:
    """A mini-program or official account for handling the debt that the registry does not list."""
    inst = msg.institution
    if inst is None:
        return []
    spans: list[Span] = []
    for m in _NAMED_CHANNEL.finditer(msg.text):
        group = next(g for g in ("a", "b", "c") if m.group(g))
        name = m.group(group)
        if name in {f.value for f in (*inst.wechat, *inst.apps)} or not _DEBT_WORDS.search(name):
            continue
        spans.append(msg.norm.to_original(*m.span(group)))
    return spans


_MAILBOX = regex.compile(r"[a-z0-9._%+\-]{2,40}@(?P<host>[a-z0-9\-]{1,63}(?:\.[a-z0-9\-]{1,63}){1,4})")


@check("mailbox_not_official", text=_MAILBOX)
def mailbox_not_official(msg: Message, registry: Registry) -> list[Span]:
    """An e-mail address outside the claimed institution's domains (outside every registry domain when
    none is named): documents sent there do not reach the lender."""
    if "@" not in msg.text:
        return []
    inst = msg.institution
    spans: list[Span] = []
    for m in _MAILBOX.finditer(msg.text):
        host = m.group("host")
        if inst.host_status(host) == "not_official" if inst else not registry.names_host(host):
            spans.append(msg.norm.to_original(*m.span()))
    return spans


# Checks whose hit means "the text points to a channel the claimed institution does not own", or
# one the registry cannot confirm: from an official sender, either betrays a fake base station.
_UNOFFICIAL_CHANNEL_CHECKS = (
    "callback_not_official",
    "contact_unconfirmed",
    "callback_personal_number",
    "personal_im_contact",
    "named_channel_not_official",
    "link_not_official",
    "mailbox_not_official",
)


@check(
    "official_sender_unofficial_channel",
    fields=("institution", "sender"),
    combines=("sender_official", *_UNOFFICIAL_CHANNEL_CHECKS),
)
def official_sender_unofficial_channel(
    msg: Message, registry: Registry, spans: Spans | None = None
) -> list[Span]:
    """An official sender whose text points to unofficial channels: a fake base station shows the real
    sender ID, a real lender never gives an unofficial contact. Spans: those channels."""
    if spans is None:
        spans = Spans(msg, registry)
    if not spans["sender_official"]:
        return []
    return [span for name in _UNOFFICIAL_CHANNEL_CHECKS for span in spans[name]]


@check("contact_without_institution")
def contact_without_institution(msg: Message, registry: Registry) -> list[Span]:
    """A notice that names no institution (no signature, no lender) yet gives a number to call or a link
    to open, or comes from a personal number: licensed senders sign their SMS, so nothing can be checked."""
    if msg.institution is not None:
        return []
    # A number or domain some institution owns (详询95588) names the institution well enough.
    spans: list[Span] = [
        _span(e) for e in callback_numbers(msg, registry) if not registry.owners_of_number(e.value)
    ]
    spans += [_span(e) for e in msg.of("link") if not registry.names_host(e.value)]
    if not spans and msg.sender is not None and msg.sender_kind in PERSONAL_KINDS:
        spans = [None]
    return spans


# --- recipient ----------------------------------------------------------------------------------


@check("no_account", fields=("has_account",))
def no_account(msg: Message, registry: Registry) -> list[Span]:
    """The recipient says they have no loan or card with this institution."""
    return [None] if msg.has_account is False else []


@check("name_mismatch", fields=("recipient_name",), entities=("name",))
def name_mismatch(msg: Message, registry: Registry) -> list[Span]:
    """The greeting names someone other than the recipient."""
    if not msg.recipient_name:
        return []
    mine = msg.recipient_name.replace(" ", "")
    return [
        _span(e)
        for e in msg.of("name")
        if e.attrs.get("role", "greeting") == "greeting" and not _same_person(e, mine)
    ]


@check("name_match", fields=("recipient_name",), entities=("name",), combines=("name_mismatch",))
def name_match(msg: Message, registry: Registry, spans: Spans | None = None) -> list[Span]:
    """The greeting names the recipient: there is a greeting, and none names someone else."""
    if not msg.recipient_name:
        return []
    greetings = [e for e in msg.of("name") if e.attrs.get("role", "greeting") == "greeting"]
    if not greetings:
        return []
    if spans is None:
        spans = Spans(msg, registry)
    return [] if spans["name_mismatch"] else [_span(greetings[0])]


def _same_person(greeting: Entity, recipient: str) -> bool:
    """张先生 and 张** match 张三; 张三 matches 张三; 闫*曦 matches 闫若曦; 李女士 does not match 张三."""
    if greeting.attrs.get("script") == "latin":
        return _same_pinyin(greeting.value, recipient)
    title = greeting.attrs.get("title") or ""
    # the value is the name, with its title or without ("王芳" of "王芳女士", "王女士" of "王女士")
    name = greeting.value[: -len(title)] if title and greeting.value.endswith(title) else greeting.value
    if not name or not recipient:
        return False
    if recipient.isascii():  # "Wang Fang" / "fang wang" typed for the greeting 王芳 (or 王女士, 王**)
        return _latin_recipient_is(name, recipient.lower().replace(" ", "").replace("-", ""))
    if any(ch in greeting.text for ch in "*＊×•●"):  # masked: only the visible ends can be compared
        return recipient[0] == name[0] and (len(name) == 1 or recipient[-1] == name[-1])
    return recipient.startswith(name) or name.startswith(recipient)


def _latin_recipient_is(name: str, latin: str) -> bool:
    """Is a recipient name written in pinyin the Han greeting ``name`` (whole, or its surname alone when the
    greeting gives only a surname and title)?"""
    if len(name) >= 2:
        return any(latin in (s + g, g + s) for s, g in _pinyin_splits(name))
    surnames = {s for s, _ in _pinyin_splits(name + "某")}  # a one-character name: its surname's readings
    return any(latin.startswith(x) or latin.endswith(x) for x in surnames)


def _same_pinyin(latin: str, recipient: str) -> bool:
    """ "zhang san", "san zhang" and "ZHANG/SAN" match 张三 (any reading of each character)."""
    if not recipient or not all("\u4e00" <= ch <= "\u9fff" for ch in recipient):
        return latin.replace(" ", "") == recipient.lower().replace(" ", "")
    written = latin.replace(" ", "")
    return any(written in (s + g, g + s) for s, g in _pinyin_splits(recipient))


@functools.lru_cache(maxsize=256)
def _pinyin_splits(name: str) -> tuple[tuple[str, str], ...]:
    """(surname, given name) in pinyin for each surname length (1 or 2) and each reading."""
    # Loaded only when a greeting is written in pinyin. Names need per-character readings only: without the
    # phrase dictionary pypinyin takes 12 MB instead of 58 MB in every batch worker.
    os.environ.setdefault("PYPINYIN_NO_PHRASES", "true")
    os.environ.setdefault("PYPINYIN_NO_DICT_COPY", "true")
    from pypinyin import Style, pinyin

    readings = pinyin(name, style=Style.NORMAL, heteronym=True, errors="ignore")
    if len(readings) != len(name):
        return ()
    spellings = [r[:4] for r in readings]  # heteronyms: a few readings per character are plenty
    out = set()
    for combo in itertools.islice(itertools.product(*spellings), 64):
        for cut in (1, 2):
            if cut < len(combo):
                out.add(("".join(combo[:cut]), "".join(combo[cut:])))
    return tuple(sorted(out))


# --- time ---------------------------------------------------------------------------------------


@check("night_time", fields=("received_at",))
def night_time(msg: Message, registry: Registry) -> list[Span]:
    """Received between 22:00 and 08:00, when lenders' agents may not send collection messages."""
    if msg.received_at is None:
        return []
    return [None] if msg.received_at.hour >= 22 or msg.received_at.hour < 8 else []
