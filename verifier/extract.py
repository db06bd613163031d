"""Entity extraction: phones, links, cards, wallets, amounts, dates, tails, names, institutions, apps, codes.

Each finder is a small pure function ``find_X(norm) -> list[Entity]`` in the style of Presidio
recognizers, but without classes: a compiled pattern finds candidates in the normalised text, context
words around the candidate decide the ambiguous ones and a validator (Luhn, TLD list, ID checksum …)
throws out look-alikes. Every span is mapped back to the ORIGINAL text by :func:`_entity`.

All patterns are compiled once at import. They are written so that no position is scanned more than a
bounded number of times (lookbehinds stop a match from restarting inside a run of digits or letters,
possessive quantifiers stop backtracking), because extraction runs on untrusted text on the hot path.
Patterns that need some word but do not start with it (您好 in a lookahead, 验证码 after the digits),
which the engine cannot scan for quickly, are compiled with :func:`~verifier.prefilter.guarded`: a text
without the word is not scanned at all.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from decimal import Decimal, InvalidOperation
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import regex

from verifier.normalize import Normalized, normalize
from verifier.prefilter import Starting, guarded
from verifier.types import Entity, make_frozen

if TYPE_CHECKING:
    from verifier.registry import Registry

__all__ = [
    "FINDERS",
    "classify_number",
    "extract",
    "find_amounts",
    "find_apps",
    "find_cards",
    "find_codes",
    "find_dates",
    "find_institutions",
    "find_links",
    "find_names",
    "find_phones",
    "find_tails",
    "find_wallets",
    "id_number_valid",
    "luhn_valid",
]


def _entity(norm: Normalized, kind: str, value: str, start: int, end: int, **attrs: Any) -> Entity:
    """The one place where a span of the normalised text becomes a span of the original text."""
    o_start, o_end = norm.to_original(start, end)
    text = norm.original[o_start:o_end]
    return make_frozen(
        Entity, {"kind": kind, "value": value, "start": o_start, "end": o_end, "text": text, "attrs": attrs}
    )


def _before(text: str, pos: int, width: int) -> str:
    return text[max(0, pos - width) : pos]


def _numbers(pattern: Any, *names: str) -> tuple[int, ...]:
    """The numbers of named groups of a pattern (compiled, or wrapped by ``guarded``/``Starting``).

    The finders read groups by number: ``regex`` looks a group's name up on every call, which made
    reading a match by name (``m.group("cur", "unit", "ctx")``, ``m.groupdict()``) cost several times
    as much as by number, and as much as a quarter of a finder's time.
    """
    return tuple(_compiled(pattern).groupindex[name] for name in names)


def _compiled(pattern: Any) -> Any:
    return pattern if isinstance(pattern.pattern, str) else pattern.pattern


# The patterns tried at every number (dates, amounts, phones, cards) are plain `re` patterns. `re` tests a
# character against a class with a bitmap and, when a pattern starts with a class, skips in C to the next
# character in it; `regex` tests a class member by member, so that scanning for the twenty-odd characters
# a date may start with cost more than all of its matching. A pattern must start with that class, not with a
# lookbehind, for `re` to skip: these read their first character, look behind it for what may not precede
# it ("(?<![0-9].)": not inside a number), and pick their branch by a lookbehind of one character
# ("(?<=[0-9])…|(?<=今)…"). They use no possessive quantifiers or atomic groups: Python 3.10's `re` has none.
# [{_D}], [{_SPACE}] and [{_HAN}] are regex's \d, \s and \p{Han} for `re`: read from the installed regex
# (:func:`_regex_class`), whose Unicode tables are newer than Python's and change between its releases
# (tests/test_pattern_rewrites.py compares them with regex's on every code point).


def _regex_class(prop: str, below: int) -> tuple[tuple[int, int], ...]:
    """The code points below ``below`` that the installed regex's ``prop`` (a class body such as ``\\d``)
    matches, as ranges (read once, at import: a few milliseconds a class)."""
    every = np.arange(below, dtype=np.uint32).tobytes().decode("utf-32-le", "surrogatepass")
    kept = regex.sub(rf"[^{prop}]", "\0", every)  # what prop does not match becomes U+0000 (never in prop)
    points = np.flatnonzero(np.frombuffer(kept.encode("utf-32-le", "surrogatepass"), dtype=np.uint32))
    if not len(points):
        return ()
    breaks = np.flatnonzero(np.diff(points) != 1)
    starts = np.concatenate([points[:1], points[breaks + 1]])
    ends = np.concatenate([points[breaks], points[-1:]])
    return tuple(zip(starts.tolist(), ends.tolist(), strict=True))


def _class_body(ranges: Iterable[tuple[int, int]]) -> str:
    return "".join(rf"\U{lo:08x}-\U{hi:08x}" for lo, hi in ranges)


_DIGIT_RANGES = _regex_class(r"\d", 0x20000)
_D = _class_body(_DIGIT_RANGES)  # inside a class: a decimal digit, as regex's \d
# The first character of a digit-led pattern: the digits of the BMP and anything beyond it (a bitmap and
# one range, cheaper to test than [{_D}]); the lookbehinds after it make the exact test.
_SCAN_DIGIT = _class_body([*(r for r in _DIGIT_RANGES if r[1] < 0x10000), (0x10000, 0x10FFFF)])
# Inside a class: a white-space character, as regex's \s (`re`'s \s also takes \x1c-\x1f).
_SPACE = _class_body(_regex_class(r"\s", 0x10000))


# ================================================================================================
# phone
# ================================================================================================

_VIRTUAL_PREFIXES = ("162", "165", "167", "170", "171")


def _taiwan_mobile(digits: str) -> bool:
    """09xx-xxx-xxx: a Taiwan mobile (no mainland landline has 10 digits starting 09), checked against
    Google's numbering data (``phonenumbers``) rather than a range list of our own."""
    if len(digits) != 10 or not digits.startswith("09"):
        return False
    import phonenumbers

    number = phonenumbers.parse(digits, "TW")
    return phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE


def classify_number(digits: str) -> str:
    """phone_kind of a number: mobile, virtual, service, hotline_400, sms_port, international,
    landline, short, or ``other`` for digit strings that are none of these.

    ``digits`` is normally digits only (a country prefix of 86/0086/+86 is stripped first); a leading
    ``+`` or ``00`` with another country code makes the number international. Used for numbers in the
    text and for the SMS sender.
    """
    s = digits.strip()
    plus = s.startswith("+")
    if not s.isdigit():  # the usual case needs no filtering
        s = "".join(c for c in s if c.isdigit())
    if plus or s.startswith("00"):
        s = s if plus else s[2:]
        if not s.startswith("86"):
            return "international" if len(s) >= 6 else "other"
        s = s[2:]
    elif s.startswith("86") and len(s) == 13 and s[2] == "1":  # 8613812345678 as senders show it
        s = s[2:]
    n = len(s)
    if n == 11 and s[0] == "1" and s[1] in "3456789":
        return "virtual" if s.startswith(_VIRTUAL_PREFIXES) else "mobile"
    if n == 10 and s[:3] in ("400", "800"):
        return "hotline_400"
    if s.startswith("106") and n >= 8:
        return "sms_port"
    if (
        (n in (5, 7) and s.startswith("95"))
        or (n == 5 and s[:2] in ("96", "12"))
        or (n == 5 and s.startswith("100"))
    ):
        return "service"
    if _taiwan_mobile(s):
        return "international"  # a personal number outside the mainland, as +886 9xx… would be
    if s.startswith("0") and 10 <= n <= 12:
        return "landline"
    if 3 <= n <= 6:
        return "short"
    return "other"


# E.164 country codes are prefix-free: 1 and 7 are one digit, the two-digit ones are listed, the rest
# are three digits. Atomic so that "+852…" can never be re-split as "+85"+"2…".
_CC = r"(?>1|7|2[07]|3[0-469]|4[013-9]|5[1-8]|6[0-6]|8[1246]|9[0-58]|[2-9]\d\d)"
_MOBILE = r"1[3-9]\d(?:[ -]?\d{4}){2}"
_HOTLINE = r"[48]00(?:[ -]?\d){7}"
_AREA = r"(?:10|2\d|[3-9]\d\d)"

_INTL_RE = guarded(
    rf"""
    (?<![\d+a-z_])
    (?:
        (?:\+|(?<!\d)00)[ ]?\(?86\)?[ -]?
        (?P<cn>{_MOBILE}|{_HOTLINE}|\(?0?{_AREA}\)?[ -]?[2-9]\d{{6,7}})
      | (?P<pfx>\+|00)[ ]?\(?(?P<cc>{_CC})\)?[ -]?(?P<nat>\d(?:[ -]?\d){{5,13}})
    )
    (?![\d*])
    """,
    regex.X,
)
_INTL_CN, _INTL_CC, _INTL_NAT = _numbers(_INTL_RE, "cn", "cc", "nat")

# A `re` pattern read as the top of the module says: the first character, what may not precede it, then
# the branch it starts (in the order of a plain alternation: a mobile first, any 3–6 digits last).
_DOMESTIC_RE = re.compile(
    rf"""
    [{_SCAN_DIGIT}(]
    (?<![{_D}.,*+#/a-z_].)(?<![{_D}][ -].)  # not the tail of a number, decimal, date, card, id or #code
    (?:
        [3-9](?<=1.)[{_D}](?:[ -]?[{_D}]{{4}}){{2}}                  # 13x xxxx xxxx
      | 9(?<=09)[{_D}]{{2}}[ -]?[{_D}]{{3}}[ -]?[{_D}]{{3}}          # a Taiwan mobile, written 09xx-xxx-xxx
      | 00(?<=[48]00)(?:[ -]?[{_D}]){{7}}                            # 400 / 800
      | (?:0(?<=\(0)|(?<=0))(?:10|2[{_D}]|[3-9][{_D}][{_D}])\)?[ -]?  # (0)area code, then the local number
        (?P<local>[{_D}]{{3,4}}[ -]?[{_D}]{{4}})
      | 06(?<=106)[{_D}]{{5,17}}
      | 5(?<=95)[{_D}]{{5}}
      | (?<=[{_D}])[{_D}]{{2,5}}
    )
    (?![{_D}])(?![.,/][{_D}])(?!-[{_D}])(?![*a-z_])  # nor the head of an amount, date, masked number or id
    (?![ ][{_D}]{{4}}[ ][{_D}]{{4}})                 # nor the first group of a spaced card number
    """,
    re.X,
)
(_DOMESTIC_LOCAL,) = _numbers(_DOMESTIC_RE, "local")

# A unit right after the number makes it an amount, date, time or count.
_NOT_PHONE_AFTER = re.compile(
    rf"[{_SPACE}]*(?:元|块|万|千|百|亿|%|年|月|日|天|号|点|时|期|笔|次|个|小时|分(?!机)|秒|岁|位|张|人|条|倍|折|rmb|cny)"
)
# Words right before the number that make it a tail, code, amount or reference number.
_NOT_PHONE_BEFORE = re.compile(
    r"(?:尾号|尾数|后四位|后4位|后六位|后6位|验证码|校验码|动态码|动态密码|短信码|密码|编号|单号|合同号|"
    r"身份证号?|证件号|工号|第|¥|\$|rmb|人民币|金额|欠款|本金|利息|借款|贷款|共计|合计|应还|待还|余额|额度|"
    rf"罚息|滞纳金|违约金|费用|共)[{_SPACE}:：为是约]*$"
)
# A 3–6 digit number that is not a service prefix only counts with a call/text word nearby.
_PHONE_CONTEXT = re.compile(
    r"拨打|致电|电话|热线|客服|联系|咨询|回复|发送|转发|短信|号码|来电|举报|报警|回拨|拨|call|tel|dial"
)


def find_phones(norm: Normalized) -> list[Entity]:
    """Phone numbers with ``phone_kind`` (see :func:`classify_number`) and, if given, ``country``."""
    text = norm.text
    out: list[Entity] = []
    taken: list[tuple[int, int]] = []
    for m in _INTL_RE.finditer(text):
        if cn := m.group(_INTL_CN):
            digits = _digits(cn)
            kind = classify_number(digits)
            if kind not in ("mobile", "virtual", "hotline_400") and not digits.startswith("0"):
                digits = "0" + digits  # +86 10 8234 5678 → 01082345678, as dialled at home
                kind = classify_number(digits)
            country = "86"
        else:
            cc = m.group(_INTL_CC)
            if cc == "86":
                continue
            digits, kind, country = _digits(m.group(_INTL_NAT)), "international", cc
        if kind in ("other", "short"):
            continue
        taken.append(m.span())
        out.append(_entity(norm, "phone", digits, m.start(), m.end(), phone_kind=kind, country=country))
    for m in _DOMESTIC_RE.finditer(text):
        start, end = m.span()
        if taken and any(s < end and start < e for s, e in taken):
            continue
        digits = _digits(m.group())
        kind = classify_number(digits)
        if (
            kind == "other"
            or _NOT_PHONE_AFTER.match(text, end)
            or _NOT_PHONE_BEFORE.search(_before(text, start, 8))
        ):
            continue
        # A short number, or a landline whose local part no exchange uses (010-0004 3927: made up, but
        # still the number the reader is told to dial), only counts with a call word before it.
        local = m.group(_DOMESTIC_LOCAL)
        needs_context = kind == "short" or (local is not None and local[0] in "01")
        if needs_context and not _PHONE_CONTEXT.search(_before(text, start, 10)):
            continue
        out.append(_entity(norm, "phone", digits, start, end, phone_kind=kind))
    out.sort(key=lambda e: e.start)
    return out


def _digits(s: str) -> str:
    return s if s.isdigit() else "".join(c for c in s if c.isdigit())  # most numbers have no separator


# ================================================================================================
# link
# ================================================================================================

# Known-looking TLDs for links written without a scheme; with http(s):// any alphabetic TLD is accepted.
_TLDS = frozenset(
    """
    com cn net org gov edu mil int top xyz vip cc me io info club site shop wang ltd work link app icu
    biz co tv ws mobi pro online store tech fun live life space website cloud ink ren kim red pub xin
    asia win bid loan ml tk ga cf gq pw cyou buzz bar rest fit host press art love group today run cash
    money finance fund bank plus news world zone one help best fans city center company email games
    hk tw mo us uk jp kr sg ru de fr in la ph th vn my id au ca eu nz ai so to ly gd gl
    """.split()
)
# Public suffixes that take three labels to name the registered domain.
_SECOND_LEVEL = frozenset(
    """
    com.cn net.cn org.cn gov.cn edu.cn ac.cn com.hk com.tw com.mo co.uk org.uk co.jp co.kr com.sg com.au
    """.split()
)


def _load_shortlinks() -> frozenset[str]:
    try:
        raw = resources.files("verifier.data").joinpath("shortlinks.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):  # running from a source tree
        raw = (Path(__file__).resolve().parent.parent / "data" / "shortlinks.txt").read_text(encoding="utf-8")
    return frozenset(
        ln.strip().lower() for ln in raw.splitlines() if ln.strip() and not ln.lstrip().startswith("#")
    )


SHORTLINK_HOSTS = _load_shortlinks()

# Host labels are separated by dots that the label class does not contain, so each character is read
# once; possessive quantifiers keep a failed TLD check from backtracking through "a.a.a.a…". The
# lookbehind stops a match from starting inside a word, an e-mail address or a dotted number.
_LINK_RE = regex.compile(
    r"""
    (?<![a-z0-9.@_\-])
    (?:(?P<scheme>https?|ftp)://)?
    (?:(?P<userinfo>[a-z0-9][a-z0-9\-._~%!$&'()*+,;=:]*+)@)?   # https://bank.com@evil.top: goes to evil.top
    (?P<host>[a-z0-9][a-z0-9\-]*+(?:\.[a-z0-9\-]++)++)
    (?::(?P<port>\d{1,5}))?
    (?P<path>[/?\#][a-z0-9\-._~:/?\#\[\]@!$&'()*+,;=%]*+)?
    """,
    regex.X,
)
_LINK_GROUPS = _numbers(_LINK_RE, "scheme", "userinfo", "host", "port", "path")
_LINK_HOST, _LINK_PATH = _LINK_GROUPS[2], _LINK_GROUPS[4]
_IP_RE = re.compile(rf"[{_D}]{{1,3}}(?:\.[{_D}]{{1,3}}){{3}}")
_TRAILING_PUNCT = ".,;:!?)]'\""


def find_links(norm: Normalized) -> list[Entity]:
    """URLs with or without a scheme; value is the lowercase host, attrs describe how risky it looks."""
    text = norm.text
    out: list[Entity] = []
    for m in _LINK_RE.finditer(text):
        scheme, userinfo, host, port, raw_path = m.group(*_LINK_GROUPS)
        scheme = scheme or ""
        userinfo = userinfo or ""
        if userinfo and not (scheme or "." in userinfo):
            continue  # kefu@bank.com is an e-mail address, not a link
        host_end = m.end(_LINK_HOST)
        stripped = host.rstrip(".-")
        host_end -= len(host) - len(stripped)
        host = stripped
        labels = host.split(".")
        if len(labels) < 2 or "" in labels:
            continue
        # a dotted quad has four labels: most hosts need not be tried against the pattern
        is_ip = len(labels) == 4 and bool(_IP_RE.fullmatch(host)) and all(int(x) <= 255 for x in labels)
        tld = labels[-1]
        if is_ip:
            # A bare dotted quad could be a version number; without a scheme it needs a port or path.
            if not (scheme or port or raw_path):
                continue
        elif tld.startswith("xn--"):
            pass
        elif scheme or labels[0] == "www":
            if not (tld.isalpha() and len(tld) >= 2):
                continue
        elif tld not in _TLDS and host not in SHORTLINK_HOSTS:
            # A bare host needs a known TLD (keeps out 1.5万, 3.5%, a.pdf, v2.apk), or a short ccTLD with
            # a path, which is how short links look (c7.gg/7Dh6yC).
            if not (len(tld) == 2 and tld.isalpha() and raw_path):
                continue
        end = m.end() if port or raw_path else host_end
        path = ""
        if raw_path:
            raw_path = raw_path.rstrip(_TRAILING_PUNCT)
            path_start = m.start(_LINK_PATH)
            end = path_start + len(raw_path)
            path = _original_ascii(norm, path_start, end)
        registrable = host if is_ip else _registrable(labels)
        out.append(
            _entity(
                norm,
                "link",
                host,
                m.start(),
                end,
                host=host,
                scheme=scheme,
                port=port or "",
                path=path,
                is_ip=is_ip,
                is_short=host in SHORTLINK_HOSTS or registrable in SHORTLINK_HOSTS,
                punycode=any(lb.startswith("xn--") for lb in labels),
                registrable=registrable,
                userinfo=userinfo,
            )
        )
    return out


def _registrable(labels: list[str]) -> str:
    if len(labels) >= 3 and ".".join(labels[-2:]) in _SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def _original_ascii(norm: Normalized, start: int, end: int) -> str:
    """The original characters of a normalised span, NFKC-folded but not lowercased (paths are
    case-sensitive: t.cn/A6xYz and t.cn/a6xyz are different links)."""
    if end <= start:
        return ""
    o_start, o_end = norm.to_original(start, end)
    folded = unicodedata.normalize("NFKC", norm.original[o_start:o_end])
    return "".join(c for c in folded if c.isprintable() and not c.isspace())  # drops zero-width chars


# ================================================================================================
# card
# ================================================================================================


def luhn_valid(digits: str) -> bool:
    """The Luhn (mod 10) checksum every real bank-card number passes."""
    if not digits.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def id_number_valid(number: str) -> bool:
    """Does an 18-character string look like a PRC resident ID (birth date + ISO 7064 check digit)?"""
    if len(number) != 18 or not number[:17].isdigit():
        return False
    year, month, day = int(number[6:10]), int(number[10:12]), int(number[12:14])
    if not (1900 <= year <= 2099 and 1 <= month <= 12 and 1 <= day <= 31):
        return False
    check = "10x98765432"[sum(int(c) * w for c, w in zip(number, _ID_WEIGHTS, strict=False)) % 11]
    return number[17].lower() == check


# 16–19 digits, either run together or in groups of four with one consistent separator.
# A `re` pattern read as the top of the module says: a digit not inside a number, then the rest.
_CARD_RE = re.compile(
    rf"[{_SCAN_DIGIT}](?<![{_D}.,a-z_].)(?<![{_D}][ -].)(?<=[{_D}])"  # a letter in front: an order number
    rf"(?:[{_D}]{{15,18}}|[{_D}]{{3}}(?P<sep>[ -])[{_D}]{{4}}(?P=sep)[{_D}]{{4}}(?P=sep)[{_D}]{{4}}"
    rf"(?:(?P=sep)[{_D}]{{1,3}})?)(?![{_D}x])"
)
_CARD_CONTEXT = re.compile(
    r"卡号|账号|帐号|银行卡|信用卡|储蓄卡|借记卡|账户|帐户|尾号|收款卡|card|account|acct|a/c"
    # a bank's name or a transfer verb right before the digits: "至交通银行6226…", "转入6222…",
    # "打到这个卡上：6222…": scammers' numbers need not pass Luhn, the words make them a destination
    r"|银行|转入|转至|转到|汇入|汇至|汇到|打到|打入|打款|还到|还款到|还款至|缴至|存入|存到|卡上|卡里"
    r"|户名|收款|对公|公司"
)
_ID_CONTEXT = re.compile(r"身份证|证件")
_CARD_CONTEXT_WIDTH = 12
# An account number of another length right after an account word (not 卡号: a card has 16–19 digits):
# company accounts run 10–22 digits.
_ACCOUNT_RE = guarded(r"(?:账号|帐号|账户|帐户)[ :为是]{0,3}(?P<d>\d{10,15}|\d{20,22})(?!\d)")
(_ACCOUNT_D,) = _numbers(_ACCOUNT_RE, "d")


def find_cards(norm: Normalized) -> list[Entity]:
    """Bank-card numbers: Luhn-valid runs, or any 16–19 digit run right after a card/account word."""
    text = norm.text
    out: list[Entity] = []
    for m in _CARD_RE.finditer(text):
        digits = _digits(m.group())
        before = _before(text, m.start(), _CARD_CONTEXT_WIDTH)
        context = bool(_CARD_CONTEXT.search(before))
        if _ID_CONTEXT.search(before) or (id_number_valid(digits) and not context):
            continue  # a resident ID number, not a card
        luhn = luhn_valid(digits)
        if luhn or context:
            out.append(_entity(norm, "card", digits, m.start(), m.end(), luhn=luhn, context=context))
    for m in _ACCOUNT_RE.finditer(text):
        d = m.group(_ACCOUNT_D)
        if classify_number(d) == "other":  # not a phone number written after "账号"
            start, end = m.span(_ACCOUNT_D)
            out.append(_entity(norm, "card", d, start, end, luhn=luhn_valid(d), context=True))
    out.sort(key=lambda e: e.start)
    return out


# ================================================================================================
# wallet
# ================================================================================================

_PLATFORMS = {
    "支付宝": "alipay",
    "alipay": "alipay",
    "微信": "wechat",
    "wechat": "wechat",
    "weixin": "wechat",
    "薇信": "wechat",
    "威信": "wechat",
    "v信": "wechat",
    "vx": "wechat",
    "wx": "wechat",
    "qq": "qq",
    "扣扣": "qq",
    "云闪付": "unionpay",
    "银联": "unionpay",
    # Hong Kong's Faster Payment System (轉數快) and PayMe: a transfer to a person's id or phone
    "转数快": "fps",
    "fps": "fps",
    "payme": "payme",
    # messengers used in Taiwan and Hong Kong
    "line": "line",
    "whatsapp": "whatsapp",
    "telegram": "telegram",
}
_WALLET_RE = guarded(
    r"""
    (?P<verb>加|添加|联系|搜索)?[ ]?
    (?P<plat>支付宝|alipay|微信|wechat|weixin|薇信|威信|v信|云闪付|银联|扣扣|转数快
        |(?<![a-z0-9@.])(?:vx|wx|qq|fps|payme|line|whatsapp|telegram)(?![a-z_])
        |(?<![a-z0-9@.])(?:vx|wx)(?=[a-z][a-z0-9_\-]{5,19}(?![a-z0-9_\-])))   # glued: "转到VXkftbswjn"
    (?!\.[a-z])   # alipay.com is a host (perhaps inside https://alipay.com@evil.top), not an account
    (?P<kw>收款账户|收款账号|收款码|二维码|付款码|账号|帐号|账户|帐户|号码|号|转账|收款|扫码|红包|好友|id
        |转给我|转我|发给我|发我)?   # "微信转我kffdx5": the id to pay follows
    (?:[ :]|为|是)*+
    (?P<id>wxid_[a-z0-9_\-]{3,30}
        |[a-z0-9._+\-]{1,40}@[a-z0-9\-]{1,63}(?:\.[a-z0-9\-]{1,63}){1,4}
        |1[3-9]\d{9}(?!\d)
        |\d{5,12}(?!\d|[.,]\d)(?![ ]?(?:元|块|万|千|%))
        |[a-z][a-z0-9_\-]{5,19}(?![a-z0-9_\-]))?
    |(?<![a-z0-9_])(?P<wxid>wxid_[a-z0-9_\-]{3,30})
    """,
    regex.X,
)
_W_VERB, _W_PLAT, _W_KW, _W_ID, _W_WXID = _numbers(_WALLET_RE, "verb", "plat", "kw", "id", "wxid")


def find_wallets(norm: Normalized) -> list[Entity]:
    """Alipay / WeChat / QQ / UnionPay accounts or payment codes; ``account`` holds the id if given."""
    out: list[Entity] = []
    for m in _WALLET_RE.finditer(norm.text):
        if wxid := m.group(_W_WXID):
            out.append(_entity(norm, "wallet", "wechat", m.start(), m.end(), account=wxid, via=""))
            continue
        verb, plat, kw, account = m.group(_W_VERB, _W_PLAT, _W_KW, _W_ID)
        account = account or ""
        if not (kw or verb or account):
            continue  # "通过微信还款", "微信公众号": the platform named, no account to pay into
        end = m.end(_W_ID) if account else m.end(_W_KW) if kw else m.end(_W_PLAT)
        platform = _PLATFORMS[plat]
        out.append(_entity(norm, "wallet", platform, m.start(_W_PLAT), end, account=account, via=kw or ""))
    return out


# ================================================================================================
# amount
# ================================================================================================

# A `re` pattern read as the top of the module says: the character an amount starts with, the branch it
# starts, up to and with the number's first digit; then the rest of the number and a unit. A match has a
# debt word, a currency or a unit: a bare number (most numbers: dates, codes, counts) is not tried further.
_AMOUNT_RE = re.compile(
    rf"""
    [欠金本利应待共合还借贷罚滞违费余额¥$rc人 {_SCAN_DIGIT}]
    (?:
        # a debt word (欠款 金额 本金 利息 应还 待还 共计 合计 还款 借款 贷款 罚息 滞纳金 违约金 费用 余额
        # 额度 欠), its second character read before the first is checked, then up to four of 为/是/约/…
        (?:款(?<=欠款)|额(?<=金额)|金(?<=本金)|息(?<=利息)|还(?<=[应待]还)|计(?<=[共合]计)|款(?<=[还借贷]款)
          |息(?<=罚息)|纳金(?<=滞纳金)|约金(?<=违约金)|用(?<=费用)|额(?<=余额)|度(?<=额度)|(?<=欠))
        (?P<ctx>)(?:[ :]|为|是|约|共|达|高达){{0,4}}
        (?P<cur>¥|\$|rmb|cny|人民币)?[ ]?[{_D}]
      | (?<![{_D}.,].)  # the others not inside a number
        (?:(?:(?<=[¥$])|(?<=r)mb|(?<=c)ny|(?<=人)民币)(?P<lead_cur>)[ ]?[{_D}]  # a currency first
          | (?<=[ ])[{_D}]
          | (?<=[{_D}]))
    )
    # the number after its first digit: 1,234.50 or 1234.5
    (?P<digits>[{_D}]{{0,2}}(?:,[{_D}]{{3}})+(?:\.[{_D}]{{1,2}})?|[{_D}]{{0,11}}(?:\.[{_D}]{{1,4}})?)
    (?![{_D},.]?[{_D}])
    [ ]?(?P<unit>万元|万|千元|千|亿元|亿|元整|元|块钱|块|rmb|cny)?
    (?(ctx)|(?(lead_cur)|(?(unit)|(?!))))
    """,
    re.X,
)
_A_LEAD_CUR, _A_CUR, _A_DIGITS, _A_UNIT = _numbers(_AMOUNT_RE, "lead_cur", "cur", "digits", "unit")
# A number without a unit followed by one of these is a date, count or rate, not money ("借款2024年", "3.5%").
_NOT_AMOUNT_AFTER = re.compile(r"[ ]?(?:[年月日天期个笔次号点时位人条岁%‰]|小时|分钟)")
_UNIT_FACTOR = {"万": 10_000, "千": 1_000, "亿": 100_000_000}


def find_amounts(norm: Normalized) -> list[Entity]:
    """Money: needs a currency sign, a unit (元/万/块) or a debt word right before it (欠款3000)."""
    text = norm.text
    out: list[Entity] = []
    for m in _AMOUNT_RE.finditer(text):
        lead_cur, cur, unit = m.group(_A_LEAD_CUR, _A_CUR, _A_UNIT)
        if not unit and _NOT_AMOUNT_AFTER.match(text, m.end()):
            continue
        first = m.start(_A_DIGITS) - 1  # the number's first digit, read before the group
        num = text[first : m.end(_A_DIGITS)]
        try:
            amount = Decimal(num.replace(",", ""))
        except InvalidOperation:  # pragma: no cover - the pattern only admits decimals
            continue
        if unit and unit[0] in _UNIT_FACTOR:
            amount *= _UNIT_FACTOR[unit[0]]
        value = format(amount.normalize(), "f")
        start = m.start(_A_CUR) if cur else m.start() if lead_cur is not None else first
        end = m.end(_A_UNIT) if unit else m.end(_A_DIGITS)
        out.append(_entity(norm, "amount", value, start, end, currency="CNY"))
    return out


# ================================================================================================
# date
# ================================================================================================

_CN_NUM = "[一二两三四五六七八九十]"
_TIME_TAIL = rf"[ ]?(?::[ ]?[{_D}]{{2}}|[点时](?:[ ]?[{_D}]{{1,2}}[ ]?分|半|整)?)"  # after the hour
_TIME = rf"(?:上午|下午|晚上|中午|凌晨|傍晚)?[ ]?[{_D}]{{1,2}}{_TIME_TAIL}"
_BEFORE_WORD = r"(?:[ ]?(?:之前|以前|前|之内|以内|内|为止|截止))?"
# A `re` pattern read as the top of the module says: the first character, then the branch it can start.
_DATE_RE = re.compile(
    rf"""
    [{_SCAN_DIGIT}今明后本当即次下月一二两三四五六七八九十上晚中凌傍 ]
    (?<![{_D}].)  # not inside a number
    # a number starts a date only if a date word, a date separator or a time follows its first 4 digits
    (?!(?<=[{_D}])(?![{_D}]{{0,3}}[ ]{{0,2}}[年月\-/.个小工自天日分周:点时]))
    (?:
        # 2024年8月31日, 8月31日, 2024-08-31, 2024年8月 (abs marks this branch)
        (?<=[{_D}])(?P<abs>)
        (?:(?:[{_D}]{{3}}[ ]?年[ ]?[{_D}]{{1,2}}|[{_D}]?)[ ]?月[ ]?[{_D}]{{1,2}}[ ]?[日号]
          | [{_D}]{{3}}[-/.][{_D}]{{1,2}}[-/.][{_D}]{{1,2}}(?![{_D}.])
          | [{_D}]{{3}}[ ]?年[ ]?[{_D}]{{1,2}}[ ]?月(?:份|底|末|初)?)
        (?:[ ]?{_TIME})?{_BEFORE_WORD}
        # 今日 今天 今晚 明日 明天 明早 后天 本日 当日 当天 即日 次日 本周 下周 本月 月底 月末
      | (?:(?<=今)[日天晚]|(?<=明)[日天早]|(?<=后)天|(?<=本)[日周月]|(?<=当)[日天]|(?<=[即次])日|(?<=下)周
          |(?<=月)[底末])
        (?:[ ]?{_TIME})?{_BEFORE_WORD}
        # 3天内, 24小时之内, 三个工作日内
      | (?:(?<=[{_D}])[{_D}]{{0,2}}|(?<={_CN_NUM}){_CN_NUM}{{0,2}})
        [ ]?个?[ ]?(?:小时|工作日|自然日|天|日|分钟|周|个月)[ ]?(?:之内|以内|内)
        # 18点前, 下午5点前, 17:30之前
      | (?:(?:(?<=[上中])午|(?<=下)午|(?<=晚)上|(?<=凌)晨|(?<=傍)晚)[ ]?[{_D}]{{1,2}}
          |(?<=[ ])[{_D}]{{1,2}}|(?<=[{_D}])[{_D}]?)
        {_TIME_TAIL}[ ]?(?:之前|以前|前)
    )
    """,
    re.X,
)


(_DATE_ABS,) = _numbers(_DATE_RE, "abs")
_INNER_SPACE = re.compile(rf"(?<![{_D}]) | (?![{_D}])")  # keep only a space between two digit groups


def find_dates(norm: Normalized) -> list[Entity]:
    """Dates, deadlines and time limits; ``relative`` is True for 今日/明天/24小时内/18点前."""
    out: list[Entity] = []
    for m in _DATE_RE.finditer(norm.text):
        value = m.group()
        if " " in value:
            value = _INNER_SPACE.sub("", value)
        relative = m.group(_DATE_ABS) is None  # the empty group is there only in the absolute branch
        out.append(_entity(norm, "date", value, m.start(), m.end(), relative=relative))
    return out


# ================================================================================================
# tail
# ================================================================================================

_TAIL_RE = guarded(
    r"(?:尾号|尾数|末四位|末4位|后四位|后4位|后六位|后6位)(?:[ :]|为|是)*+(?P<d>\d{3,6})(?!\d)"
)
# Masks are matched in the ORIGINAL text: normalisation drops "*" padding between a CJK character and
# a digit ("账户****5678" → "账户5678"), so the mask is gone from norm.text. \d is Unicode here, so
# full-width digits match too; the span needs no mapping.
_MASK_RE = regex.compile(r"(?<![*＊×•●])[*＊×•●]{2,}+[*＊×•● \-]*+(?P<m>\d{3,4})(?!\d)")
(_TAIL_D,) = _numbers(_TAIL_RE, "d")
(_MASK_M,) = _numbers(_MASK_RE, "m")


def find_tails(norm: Normalized) -> list[Entity]:
    """Masked card/phone tails (尾号1234, 后四位5678, ****1234); value is the visible digits."""
    out = [_entity(norm, "tail", m.group(_TAIL_D), m.start(), m.end()) for m in _TAIL_RE.finditer(norm.text)]
    if any(c in norm.original for c in "*＊×•●"):
        for m in _MASK_RE.finditer(norm.original):
            if not any(e.start < m.end() and m.start() < e.end for e in out):
                digits = unicodedata.normalize("NFKC", m.group(_MASK_M))
                out.append(Entity("tail", digits, m.start(), m.end(), m.group(), {}))
        out.sort(key=lambda e: e.start)
    return out


# ================================================================================================
# name
# ================================================================================================

# ~100 most common single-character surnames plus the usual compound ones.
_SURNAMES_1 = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫"
    "孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童"
    "萧洪苗蓝谷毕邬卓蒲栾褚骆裴凌麦冉闵饶郁靳辛穆滕鲍湛阎芦伏祁戚喻虞岑廉晏缪邝苑奚巫涂甄宫"
)
_SURNAMES_2 = "欧阳|司马|诸葛|上官|东方|皇甫|令狐|慕容|尉迟|公孙|长孙|宇文|司徒|夏侯|轩辕|端木|南宫|西门"
_SURNAME = rf"(?:{_SURNAMES_2}|[{_SURNAMES_1}])"
# Where a name that must not follow a Han character may start, for Starting below: a surname's first
# character not preceded by a basic CJK ideograph. Those are all \p{Han}, so a position the pattern's
# (?<!\p{Han}…) accepts is never refused here; the pattern itself makes the exact test.
_SURNAME_FIRST = "".join(sorted(set(_SURNAMES_1) | {s[0] for s in _SURNAMES_2.split("|")}))
_WORD_START_SURNAME = rf"[{_SURNAME_FIRST}](?<![\u4e00-\u9fff].)"
# Characters that end a name rather than continue it (function words, banking words).
_NOT_GIVEN = "您你的了是在请已将和与及或等为到把被给向从户号卡账元日月年您好先女士客用会员借持逾期欠款还"
# \p{Han} as the installed regex knows it, for the `re` patterns below; re has no set difference, so the
# class of a given name's characters is these ranges cut around those that end a name.
_HAN_RANGES = _regex_class(r"\p{Han}", 0x40000)


def _cut(ranges: Iterable[tuple[int, int]], chars: str) -> list[tuple[int, int]]:
    """``ranges`` without the code points of ``chars``."""
    out = []
    for lo, hi in ranges:
        for c in sorted({ord(ch) for ch in chars if lo <= ord(ch) <= hi}):
            if lo < c:
                out.append((lo, c - 1))
            lo = c + 1
        if lo <= hi:
            out.append((lo, hi))
    return out


_HAN = _class_body(_HAN_RANGES)  # inside a class: a Han character
_GIVEN = f"[{_class_body(_cut(_HAN_RANGES, _NOT_GIVEN))}]"
_TITLE = (
    r"(?:先生|女士|小姐|老师|经理|同志|主任|主管|医生|护士长|护士|教授|博士|工程师|律师"
    r"|院长|校长|局长|处长|科长|所长|总)"
)
# Right after a title (re looks behind only by a fixed width: one lookbehind per width).
_AFTER_TITLE = (
    r"(?:(?<=先生|女士|小姐|老师|经理|同志|主任|主管|医生|护士|教授|博士|律师|院长|校长|局长|处长|科长|所长)"
    r"|(?<=护士长|工程师)|(?<=总))"
)
_NAME_END = rf"(?=[{_SPACE},.:;!?、。;]|您|你|$)"
_GENERIC = tuple("客户 用户 会员 借款人 持卡人 您 车主 业主 机主 朋友 家长 贵宾 先生 女士".split())

_GREETING_RE = re.compile(
    rf"(?:尊敬的|亲爱的)[ ]?(?P<sur>{_SURNAME})"
    rf"(?:(?P<t1>{_TITLE})|[*]{{2,3}}|(?P<given>{_GIVEN}{{1,2}}?)(?P<t2>{_TITLE})?)(?:客户|用户)?{_NAME_END}"
)
# A name in pinyin, as bilingual statements and passports write it: "尊敬的ZHANG/SAN先生", "Dear San Zhang".
_LATIN_GREETING_RE = re.compile(
    r"(?:尊敬的|亲爱的|dear)[ ]?(?P<latin>[a-z]{1,12}(?:[ /,\-][a-z]{1,12}){1,2})"
    rf"(?P<t>先生|女士|小姐|mr|ms|mrs)?{_NAME_END}"
)
# English words after "Dear" that are not a name.
_NOT_LATIN_NAME = frozenset(
    "customer customers client clients sir madam user users member members cardholder valued "
    "borrower friend friends all team".split()
)
_HELLO_RE = Starting(
    re.compile(
        # the given name may be empty: a masked one arrives with its mask removed ("武**您好" → "武您好")
        rf"(?<![{_HAN}])(?P<sur>{_SURNAME})(?:(?P<t1>{_TITLE})|(?P<given>{_GIVEN}{{0,2}}?)(?P<t2>{_TITLE})?)"
        rf"(?=[ ,]*(?:您好|你好))"
    ),
    _WORD_START_SURNAME,
)
# A bare name opening the message (after an optional 【signature】 or "XX银行:") and addressing the
# reader: "顾丽娟,您的…", "杨女士,您…". Masked names (田**, 黎*霞) arrive here with the mask removed.
_VOCATIVE_RE = re.compile(
    rf"^(?:|[【\[][^】\]]{{1,20}}[】\]][ ]?|[{_HAN}]{{2,12}}[:][ ]?)"
    rf"(?P<sur>{_SURNAME})(?:(?P<t1>{_TITLE})|(?P<given>{_GIVEN}{{0,2}}?)(?P<t2>{_TITLE})?)"
    # a masked name is a name whatever follows its colon ("刘**:预留手机号变更成功"); a plain one needs 您/你
    rf"(?:[*]{{1,3}}(?=[ ]?[,:(])|(?=[ ]?[,:][ ]?(?:您|你))"
    # or an ID-number tail in brackets before the colon, as legal notices put it: "毛先生(身份证尾号048X):"
    rf"|(?=\((?:身份证|证件)[^)]{{0,16}}\)[ ]?:)"
    # or a title ends the name: "孙丽萍主任,我行…" addresses her whatever follows
    rf"|{_AFTER_TITLE}(?=[ ]?[,:]))"
)
# The name of the person whose account this is, in a field or a salutation: "持卡人:苏*博", "吕梓萱客户:
# 您好", "金欣怡(尊敬的客户):", "致王伟:". It names whom the notice is about, like a greeting does.
_HOLDER_RE = re.compile(
    rf"(?:(?:持卡人|借款人|贷款人|客户姓名|借款人姓名|持卡人姓名|法定代表人|经营者|负责人|抵押人"
    rf"|受送达人)[ :]*"
    # "致郑州嘉禾医药连锁有限公司苏先生:" names the person after the company
    rf"|(?:^|^[【\[][^】\]]{{1,20}}[】\]])[ ]?"
    rf"(?:致[ ]?(?:[^:,.。]{{2,30}}?(?:公司|单位|医院|学校|集团|中心))?)?"
    rf"(?=[{_HAN}]{{2,4}}(?:客户|用户|\(|[ ]?[:,])|[{_HAN}][*]{{1,3}}[ ]?[:,]))"
    rf"(?P<sur>{_SURNAME})(?:(?P<t1>{_TITLE})|(?P<given>{_GIVEN}{{1,2}}?)[*]{{0,3}}|[*]{{2,3}})"
    rf"(?:客户|用户)?(?:\((?:尊敬的)?(?:客户|用户)\))?"
    # the next field may follow with its separator folded away: "借款人:熊*博｜证件尾号" → "熊博证件尾号"
    rf"(?=[ ]?[:,;.。|\n()]|$|证件|身份证|产品|手机|尾号|卡号|账号|逾期|应还|金额|欠款|贷款|借款)"
)

# A holder is named after a field word, or at the very start of the message: trying only there gives the
# same matches at a third of the cost. (Amounts and dates start at any digit run: trying the pattern at
# each from Python costs more than the regex scanning every position.) No field word starts inside
# another, so the scan may consume them, which lets `re` look for their first characters quickly.
_HOLDER_RE = Starting(
    _HOLDER_RE,
    "持卡人|借款人|贷款人|客户姓名|借款人姓名|持卡人姓名|法定代表人|经营者|负责人|抵押人|受送达人",
    at_text_start=True,
    prefilter=False,  # it needs a comma or colon and the like: every text has one
)
# "X的(青年)信用卡 / 贷款 …" after a name: the debt is that person's.
_WHOSE_DEBT = r"的[^,.;:。]{0,8}?(?:信用卡|贷款|借款|账户|欠款)"
# Someone named in the third person: "客户侯海波绑定您尾号…", "多次致电本号码找段先生未果", "请问是孔先生吗".
_THIRD_PERSON_RE = re.compile(
    rf"(?:客户(?<!尊敬的客户|亲爱的客户)(?<!贵宾客户)[ :]?|找|请问是|收到|登记为|员工|村民|居民)"
    # a masked given name arrives with its mask removed ("客户沈**在" → "客户沈在"): it may be empty here
    rf"(?P<sur>{_SURNAME})(?:(?P<t1>{_TITLE})|(?P<given>{_GIVEN}{{0,2}}?)(?P<t2>{_TITLE})?|[*]{{1,3}})"
    rf"(?=[ ]?[:,;.。()\n]|$|绑定|设为|名下|在|已|于|目前|尾号|未果|未按|其|吗|登记|留|办理|来电|关于"
    rf"|{_WHOSE_DEBT})"
)
# A debtor named at the start of a clause, about whom the notice speaks: "杜*华的青年信用卡已逾期",
# "熊云飞同学的…", "史德华已出具《授权委托书》", "吕永强尾号3255的信用卡", "梁*英委托的代理人您好".
_DEBTOR_RE = Starting(
    re.compile(
        rf"(?<![{_HAN}0-9a-z])(?P<sur>{_SURNAME})(?:(?P<t1>{_TITLE})|(?P<given>{_GIVEN}{{0,2}}?)(?P<t2>{_TITLE})?)"
        rf"(?=同学|家长|{_WHOSE_DEBT}|已出具|委托|尾号[{_D}]|登记(?:您|本号码)|在校"
        rf"|\((?:登记|尾号|身份证|证件|卡号)|在(?:我行|本行|我司|贵行))"
    ),
    # its words (的, 在) are in most texts, so its guard rarely skips one: it is tried at word starts only
    _WORD_START_SURNAME,
)
_PAYEE_RE = re.compile(
    r"(?:收款户名|收款人|收款方|账户名称|账户名|开户名|户名|姓名(?<!借款人姓名|持卡人姓名|贷款人姓名)(?<!客户姓名))"
    r"(?:[ :]|为|是)*"
    rf"(?P<sur>{_SURNAME})(?P<given>{_GIVEN}{{1,2}})"
)

# Each name pattern with its role and the numbers of its sur, given, t1 and t2 groups (None if it lacks one).
_NAME_PATTERNS = tuple(
    (pattern, role, *(_compiled(pattern).groupindex.get(g) for g in ("sur", "given", "t1", "t2")))
    for pattern, role in (
        (_GREETING_RE, "greeting"),
        (_HELLO_RE, "greeting"),
        (_VOCATIVE_RE, "greeting"),
        (_HOLDER_RE, "greeting"),
        (_THIRD_PERSON_RE, "greeting"),
        (_DEBTOR_RE, "greeting"),
        (_PAYEE_RE, "payee"),
    )
)
_LATIN, _LATIN_TITLE = _numbers(_LATIN_GREETING_RE, "latin", "t")


def find_names(norm: Normalized) -> list[Entity]:
    """Person names: greetings (尊敬的张先生, 张三您好) with role=greeting, payees (户名张三) with role=payee.

    value is surname+given name when given (王小明), else surname+title (张先生).
    """
    text = norm.text
    out: list[Entity] = []
    seen: set[tuple[int, str]] = set()
    for pattern, role, sur, given_group, t1, t2 in _NAME_PATTERNS:
        for m in pattern.finditer(text):
            start, end = m.start(sur), m.end()
            if (start, role) in seen:  # one name, found by two patterns ("金欣怡(尊敬的客户):")
                continue
            given = (m.group(given_group) if given_group else None) or ""
            title = (m.group(t1) if t1 else None) or (m.group(t2) if t2 else None) or ""
            surname = m.group(sur)
            value = surname + given if given else surname + title
            if value in _GENERIC or text.startswith(_GENERIC, start):
                continue
            seen.add((start, role))
            out.append(_entity(norm, "name", value, start, end, role=role, title=title))
    for m in _LATIN_GREETING_RE.finditer(text):
        words = regex.split(r"[ /,\-]", m.group(_LATIN))
        if any(w in _NOT_LATIN_NAME for w in words):
            continue
        title = m.group(_LATIN_TITLE) or ""
        out.append(
            _entity(
                norm,
                "name",
                " ".join(words),
                m.start(_LATIN),
                m.end(),
                role="greeting",
                title=title,
                script="latin",
            )
        )
    out.sort(key=lambda e: e.start)
    return out


# ================================================================================================
# institution
# ================================================================================================


def find_institutions(norm: Normalized, registry: Registry | None) -> list[Entity]:
    """Institutions named in the text (registry aliases/products); value is the registry id."""
    if registry is None:
        return []
    mentions = registry.mentions(norm.text)
    if not mentions:  # most texts name none: their signature need not be looked for
        return []
    signatures = _signatures(norm.text)
    return [
        _entity(
            norm,
            "institution",
            mn.institution,
            mn.start,
            mn.end,
            alias=mn.alias,
            in_signature=_inside(mn.start, mn.end, signatures),
        )
        for mn in mentions
    ]


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether [start, end) lies inside one of ``spans`` (a loop: any() over a generator cost more than
    the rest of find_institutions)."""
    for s, e in spans:
        if s <= start and end <= e:
            return True
    return False


# A 【signature】 at the start or the end of the message, as licensed senders put it. Two patterns, not one
# alternation: the engine looks for a bracket instead of trying "^\s*" at every character.
_SIGNATURE_START = re.compile(rf"[{_SPACE}]*[【\[]([^】\]]{{2,20}})[】\]]")  # matched at the start
_SIGNATURE_END = re.compile(rf"[【\[]([^】\]]{{2,20}})[】\]][{_SPACE}]*$")


def _signatures(text: str) -> list[tuple[int, int]]:
    """What the signatures at the start and at the end say (spans inside the brackets); the one at the end
    is looked for after the one at the start, which may be the whole text."""
    spans = []
    end = 0
    if m := _SIGNATURE_START.match(text):
        spans.append(m.span(1))
        end = m.end()
    if m := _SIGNATURE_END.search(text, end):
        spans.append(m.span(1))
    return spans


# ================================================================================================
# app
# ================================================================================================

_QUOTE = "「」『』“”\"'《》【】<>"
_APP_NAME = rf"[^{_SPACE},.:;!?、。{_QUOTE}]{{1,12}}?"
# A `re` pattern read as the top of the module says: the first character, then the branches (in the order
# of a plain alternation) that can start with it, each reading its next characters before it checks the
# first one ("载(?<=下载)"): `re` skips a branch whose first character does not fit at once.
_APP_RE = re.compile(
    rf"""
    [下安打登通使进前应a手点]
    (?:
        # 下载 安装 打开 登录 登陆 通过 使用 进入 前往, then the app's name
        (?:载(?<=下载)|装(?<=安装)|开(?<=打开)|录(?<=登录)|陆(?<=登陆)|过(?<=通过)|用(?<=使用)|入(?<=进入)
          |往(?<=前往))
        [ ]?[{_QUOTE}]?(?P<name>{_APP_NAME})[{_QUOTE}]?[ ]?(?:app|客户端|软件|应用)
        # 应用商店 应用市场 app store 手机商店, then 搜索/下载 and the name in quotes
      | (?:用(?<=应用)(?:商店|市场)|pp(?<=app)[ ]?store|机商店(?<=手机商店))[ ]?(?:搜索|下载)[ ]?
        (?:[{_QUOTE}](?P<name2>[^{_QUOTE}]{{1,12}})[{_QUOTE}])?
      | 载(?<=下载)(?:app|客户端)
        # 点击 点开 打开 … 链接, then 下载/安装
      | (?:击(?<=点击)|开(?<=[点打]开))(?:下方|以下|短信|上方)?链接(?:下载|安装)
      | 装(?<=安装)包?|载安装(?<=下载安装)
      | pk(?<=apk)(?<![a-z]...)(?![a-z])
    )
    """,
    re.X,
)
_APP_NAMES = _numbers(_APP_RE, "name", "name2")
_APP_VERB_PREFIX = re.compile(r"^(?:并|后|再)?(?:安装|下载|登录|打开)?")
_GENERIC_APP = frozenset({"最新版", "官方", "正版", "我们的", "本", "该", "此", "手机", "官方正版"})


def find_apps(norm: Normalized) -> list[Entity]:
    """Instructions to download or install an app; value is the app name when the text gives one."""
    out: list[Entity] = []
    for m in _APP_RE.finditer(norm.text):
        name = _APP_VERB_PREFIX.sub("", (m.group(_APP_NAMES[0]) or m.group(_APP_NAMES[1]) or "").strip())
        out.append(_entity(norm, "app", "" if name in _GENERIC_APP else name, m.start(), m.end()))
    return out


# ================================================================================================
# code
# ================================================================================================

_CODE_WORD = r"(?:验证码|校验码|动态码|动态密码|短信码|确认码)"
_CODE_RE = guarded(
    rf"""
    {_CODE_WORD}(?:[ :]|为|是)*+(?P<d>\d{{4,6}})(?!\d)
  | (?<![\d.,])(?P<d2>\d{{4,6}})(?![\d.,]\d)[ ]?[(]?[ ]?(?:是|为)?(?:您的|你的)?(?:本次)?{_CODE_WORD}
    """,
    regex.X,
)
_CODE_DIGITS = _numbers(_CODE_RE, "d", "d2")


def find_codes(norm: Normalized) -> list[Entity]:
    """A verification code that the message itself contains (验证码123456 / 123456为您的验证码)."""
    return [
        _entity(norm, "code", m.group(_CODE_DIGITS[0]) or m.group(_CODE_DIGITS[1]), m.start(), m.end())
        for m in _CODE_RE.finditer(norm.text)
    ]


# ================================================================================================
# all together
# ================================================================================================

FINDERS: tuple[Callable[[Normalized], list[Entity]], ...] = (
    find_phones,
    find_links,
    find_cards,
    find_wallets,
    find_amounts,
    find_dates,
    find_tails,
    find_names,
    find_apps,
    find_codes,
)


def extract(norm: Normalized | str, registry: Registry | None = None) -> list[Entity]:
    """Every entity in the message, sorted by start (then longest first). A str is normalised first."""
    if isinstance(norm, str):
        norm = normalize(norm)
    entities: list[Entity] = []
    for finder in FINDERS:
        entities.extend(finder(norm))
    entities.extend(find_institutions(norm, registry))
    entities.sort(key=lambda e: (e.start, -e.end, e.kind))
    return entities
