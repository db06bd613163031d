# ruff: noqa: E501  (template lines are Chinese text, which counts double width; splitting them hurts reading)
"""Eleventh blind held-out set (ids ``k_…``): written without reading the rules; held out in ``test`` until read.

Written "blind", like :mod:`verifier.corpus.rounds.round01` … :mod:`verifier.corpus.rounds.round10`: from general knowledge of
2024–2026 Chinese bank / consumer-lender / collection-agency / fraud SMS, without reading the project's rules,
checks, extraction, normalisation, prefilter, feature, combine, model, training, evaluation, advice, batch,
scoring or tokeniser code, and without running the verifier on these messages. This round is the newest
blind set and has not been scored yet.

The family ids are deliberately neutral (``k_g_01`` …), and the one-line descriptions live in
:data:`BLIND11_STYLES` here and in ``verifier/corpus/rounds/round11.md``, so that registering the families in
:mod:`verifier.corpus.generate` does not show what they contain. They use the same slot machinery (verified official
channels only for genuine / mistaken, made-up channels for spoofed / scam) but have their own small helpers
(including copies of the sender / account helpers), so that edits to the other corpus modules never change
these rows.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from verifier.corpus.slots import (
    BANKS_FOR_CARDS,
    THIRD_PARTY_RE,
    Msg,
    Slots,
    _opencc,
    fake_names,
)
from verifier.registry import Institution

BLIND11_PREFIX = "k_"

_BANK_KINDS = ("bank", "credit_card_centre")


# -- helpers (private to this module, so that the k_ rows never depend on the other corpus modules) ---------


def _msg(text: str, inst: Institution, sender: str | None, rec: str | None, has: bool | None) -> Msg:
    out: dict[str, Any] = {
        "text": text,
        "sender": sender,
        "recipient_name": rec,
        "has_account": has,
        "inst": inst,
    }
    return out


def _official_sender(s: Slots, inst: Institution, p: float = 0.7) -> str | None:
    """A verified sender of the institution (with probability ``p``), else none."""
    return s.sender(inst) if s.rng.random() < p else None


def _own_account(s: Slots, p_true: float = 0.5) -> bool | None:
    return True if s.rng.random() < p_true else None


def _spoof_sender(s: Slots) -> str | None:
    return s.rng.choice([None, s.bad_sender(), s.bad_sender(), s.bad_sender()])


def _scam_sender(s: Slots, inst: Institution) -> str | None:
    r = s.rng.random()
    if r < 0.05:  # a fake base station showing the real sender ID: only the text gives it away
        return s.sender(inst)
    if r < 0.3:
        return None
    return s.bad_sender()


def _we(s: Slots, inst: Institution) -> str:
    if inst.kind in _BANK_KINDS:
        return s.rng.choice(["我行", "我行", "本行"])
    return s.rng.choice(["我司", "平台", "本公司"])


def _debt(s: Slots, inst: Institution) -> str:
    """What the debt is called: a product, else a generic name by the kind of institution."""
    if inst.products and s.rng.random() < 0.35:
        return s.rng.choice(inst.products)
    if inst.kind == "credit_card_centre":
        return s.rng.choice(["信用卡", "信用卡账户", "信用卡", "个人贷款"])
    return s.rng.choice(["借款", "贷款", "消费贷款", "借款账户"])


def _debt_at(s: Slots, inst: Institution, ref: str) -> str:
    d = _debt(s, inst)
    return "账户" if "信用卡" in ref and d.startswith("信用卡") else d


def _yuan(x: float) -> str:
    return f"{x:,.2f}元" if x >= 1000 else f"{x:.2f}元"


def _masked(s: Slots, name: str) -> str:
    return s.rng.choice([f"{name[0]}*{name[-1]}", f"{name[0]}**"])


def _honorific(s: Slots, name: str) -> str:
    return name[0] + s.rng.choice(["先生", "女士"])


def _shown(s: Slots, name: str) -> str:
    return s.rng.choice([name, name, _masked(s, name), _honorific(s, name)])


def _unregistered(s: Slots, host: str) -> bool:
    """The host is under no domain of the registry at all (verified or not)."""
    return all(i.host_status(host) == "not_official" for i in s.reg.institutions.values())


def _hhmm(s: Slots, lo: int = 9, hi: int = 19) -> str:
    return f"{s.rng.randint(lo, hi)}:{s.rng.choice(['00', '05', '15', '20', '30', '40', '55'])}"


def _maybe_sign(s: Slots, inst: Institution, text: str) -> str:
    if text.startswith(("【", s.brand(inst))):
        return text
    return s.sign(inst, text)


def _digits(s: Slots, k: int) -> str:
    return "".join(str(s.rng.randint(0, 9)) for _ in range(k))


def _qq(s: Slots) -> str:
    while True:
        q = str(s.rng.randint(1, 9)) + _digits(s, s.rng.randint(7, 9))
        if q not in s._taken:
            return q


def _hl(s: Slots, inst: Institution) -> str:
    """A verified hotline (or, failing that, the verified sender number) of the institution."""
    return s.hotline(inst) or s.fmt_number(s.sender(inst) or "")


def _fake_host(s: Slots, make) -> str:
    """A made-up host from ``make()`` that matches no registry domain (else a short link)."""
    for _ in range(10):
        link = make()
        host = re.sub(r"^https?://", "", link).split("/")[0].split("?")[0]
        if _unregistered(s, host):
            return link
    return s.short_link()


def _tld(s: Slots) -> str:
    return s.rng.choice(["top", "cc", "vip", "xyz", "icu", "site", "cn", "com", "net", "shop", "fun", "ink"])


def _low(s: Slots, k: int) -> str:
    return s._rand_alnum(k).lower()


def _app_word(s: Slots, inst: Institution) -> str:
    """An official place to repay, in words (no number, no link)."""
    return s.rng.choice(
        [
            f"{s.app(inst)}App",
            f"{s.app(inst)}App",
            "我行手机银行",
            "手机银行App",
            "我行网点柜面",
        ]
    )


def _fullwidth(text: str) -> str:
    return "".join(chr(ord(c) - ord("0") + 0xFF10) if "0" <= c <= "9" else c for c in text)


def _spaced(s: Slots, number: str, p: float = 0.15) -> str:
    """A made-up number, in a minority of rows written with spaces, groups, full-width digits or a
    zero-width space."""
    if s.rng.random() >= p:
        return number
    d = number.replace("-", "")
    r = s.rng.random()
    if r < 0.3:
        return " ".join(d)
    if r < 0.55:
        return " ".join(d[i : i + 4] for i in range(0, len(d), 4))
    if r < 0.8:
        return _fullwidth(number)
    k = s.rng.randint(2, max(2, len(d) - 2))
    return d[:k] + "\u200b" + d[k:]


def _emoji(s: Slots, p: float = 0.15) -> str:
    return (
        s.rng.choice(["⚠️", "📢", "🔔", "📌", "❗", "👉", "✅", "💰", "🙏", "🔥", "📱", "🧾", "⏰", "🎫", "⚖️"])
        if s.rng.random() < p
        else ""
    )


def _md(s: Slots, offset_days: int) -> str:
    """A plain "M月D日" date ``offset_days`` from the reception day."""
    d = s.now + timedelta(days=offset_days)
    return f"{d.month}月{d.day}日"


def _month(s: Slots, offset_months: int = 0) -> int:
    return (s.now.month - 1 + offset_months) % 12 + 1


def _trad(text: str) -> str:
    """The text in traditional characters (as some senders and forwarded copies write it)."""
    return _opencc()[0].convert(text)


_NAME_SET = frozenset(fake_names())
_MASKED_RE = re.compile(
    r"([" + "".join(sorted({n[0] for n in _NAME_SET})) + r"])(?:\*\*|\*[\u4e00-\u9fff]|先生|女士)"
)


def _wrong_person_visible(text: str, rec: str | None) -> bool:
    """Does the text name someone other than ``rec`` (full pool name, masked name or 先生/女士)?"""
    if not rec:
        return False
    full = {n for n in _NAME_SET if n in text}
    surnames = set(_MASKED_RE.findall(text))
    return bool(full - {rec}) or bool(surnames - {rec[0]})


def _mistaken(
    s: Slots, text: str, inst: Institution, sender: str | None, rec: str | None, has: bool | None
) -> Msg:
    """A mistaken row: when neither a wrong name nor third-party wording shows, the metadata must
    (``has_account = False``)."""
    if has is not False and not THIRD_PARTY_RE.search(text) and not _wrong_person_visible(text, rec):
        has = False
    return _msg(text, inst, sender, rec, has)


def _other(s: Slots, rec: str) -> str:
    """Another pool name: other surname and other given name than ``rec``."""
    while True:
        o = s.name(avoid=rec)
        if o[1:] != rec[1:]:
            return o


def _person_account(s: Slots) -> str:
    r = s.rng.random()
    if r < 0.55:
        return f"{s.rng.choice(BANKS_FOR_CARDS)}{s.rng.choice(['', ' '])}{s.spaced_card(s.card())}（户名：{s.name()}）"
    if r < 0.8:
        return f"支付宝{_spaced(s, s.mobile())}（{s.rng.choice(['实名', '户名', '收款人'])}{s.name()}）"
    return f"微信{s.wxid()}（{s.rng.choice(['财务', '专员', '收款'])}{s.name()}）"


def _wallet(s: Slots) -> str:
    r = s.rng.random()
    if r < 0.45:
        return f"支付宝{_spaced(s, s.mobile())}（{s.name()}）"
    if r < 0.75:
        return f"微信{s.wxid()}"
    return f"{s.rng.choice(BANKS_FOR_CARDS)}卡{s.spaced_card(s.card())}（{s.name()}）"


def _contact(s: Slots) -> str:
    return s.rng.choice(
        [
            f"专员微信{s.wxid()}",
            f"微信{s.wxid()}",
            f"QQ{_qq(s)}",
            f"电话{_spaced(s, s.mobile())}",
            f"热线{s.fmt_number(s.fake400())}",
        ]
    )


def _landline(s: Slots) -> str:
    area = s.rng.choice(
        ["010", "021", "020", "0755", "0571", "025", "027", "028", "029", "0731", "023", "0371"]
    )
    num = s._free(lambda: area + s.rng.choice("2345678") + _digits(s, 7 if len(area) == 3 else 6))
    return f"{area}-{num[len(area) :]}" if s.rng.random() < 0.7 else num


def _callback(s: Slots) -> str:
    """A made-up callback number (400 / 95 / landline / mobile / virtual), sometimes obfuscated."""
    return _spaced(s, s.rng.choice([s.fake_callback, s.fake_callback, lambda: _landline(s)])())


def _spoof_link(s: Slots, inst: Institution, paths: tuple[str, ...]) -> str:
    slug = s.slug(inst)
    a = s._rand_alnum(s.rng.randint(4, 7))
    return _fake_host(
        s,
        lambda: s.rng.choice(
            [
                f"https://{slug}-{s.rng.choice(paths)}.{_tld(s)}",
                f"http://{s.rng.choice(paths)}.{_low(s, 5)}.{_tld(s)}/{a}",
                f"{slug}{s.rng.randint(2, 99)}.{_tld(s)}/{s.rng.choice(paths)}",
                f"https://h5.{_low(s, 4)}-{s.rng.choice(paths)}.cn/#/{a}",
                s.lookalike_link(inst),
                s.short_link(),
            ]
        ),
    )


def _ref_no(s: Slots, head: str = "") -> str:
    """A case / receipt reference with letters between the digits (no long run of digits)."""
    return head + s._rand_alnum(s.rng.randint(6, 9)).upper()


def _tail_other(s: Slots, tail: str) -> str:
    """Another 4-digit tail than ``tail``."""
    while True:
        t = s.tail()
        if t != tail:
            return t


def _hi(greet: str) -> str:
    """The greeting followed by 您好 (once)."""
    return greet if greet.endswith("您好") else greet + "您好"


def _sep(s: Slots) -> str:
    return s.rng.choice(["\n", "｜", "；", "\n"])


# -- round 11: genuine -------------------------------------------------------------------------------------


_PERKS = (
    "积分累积",
    "积分兑换",
    "航空里程累积",
    "机场贵宾厅权益",
    "免年费资格",
    "分期手续费优惠",
    "消费返现活动资格",
    "生日月多倍积分",
    "道路救援服务",
    "高铁贵宾服务",
)


def k_g_01(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    we = _we(s, inst)
    tail = s.tail()
    d = s.days(1, 60)
    owed = s.money(200, 30000)
    perk = s.rng.choice(_PERKS)
    perk2 = s.rng.choice([x for x in _PERKS if x != perk])
    pts = s.rng.randint(300, 98000)
    r = s.rng.random()
    if r < 0.24:
        text = (
            f"{greet}，因您尾号{tail}信用卡逾期{d}天，按积分及权益规则，该卡{perk}已暂停，现有积分{pts:,}分暂不可使用。"
            f"还清{_yuan(owed)}后自动恢复，可通过{_app_word(s, inst)}还款。"
        )
    elif r < 0.42:
        text = f"{greet}：您尾号{tail}卡本期未按时还款，当期消费不累积积分，{perk2}资格同时取消{s.opt('，本年度免年费所需的刷卡次数亦不再累计', 0.4)}。"
    elif r < 0.6:
        text = _sep(s).join(
            [
                s.rng.choice(["【权益变动提醒】", "卡片权益暂停通知", "积分状态变更"]),
                f"卡号尾号：{tail}",
                f"原因：账户逾期{d}天",
                f"暂停：{perk}、{perk2}",
                f"恢复：结清{_yuan(owed)}后",
                s.rng.choice([f"还款：{s.app(inst)}App", f"咨询：{_hl(s, inst)}"]),
            ]
        )
    elif r < 0.76:
        text = (
            f"{_hi(greet)}，您尾号{tail}的卡逾期了，这期间{perk}用不了，{pts:,}积分也先冻结，"
            f"还上{_yuan(owed)}就恢复{s.opt('，有问题打' + _hl(s, inst), 0.5)}。"
        )
    elif r < 0.86:
        text = _trad(f"{greet}，您尾号{tail}信用卡逾期期间{perk}暂停，积分{pts:,}分冻结，还清后恢复。")
    elif r < 0.94:
        text = f"{greet}，{we}提醒：账户逾期未还时，积分不可兑换、{perk}不可使用，且逾期记录可能影响下一年度的权益评定。请尽快还款。"
    else:
        text = f"逾期期间积分冻结、{perk}暂停，还清后恢复。"
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, _own_account(s, 0.85))


_INTEREST_LOANS = ("个人经营贷款", "个人消费贷款", "个人综合消费贷款", "个人经营性循环贷款", "按揭装修贷款")


def _last_settle(s: Slots, quarterly: bool) -> tuple[str, int]:
    """The last interest-settlement day (21st of a quarter-end month, or the 20th monthly) and days since."""
    day = 21 if quarterly else 20
    for k in range(1, 130):
        d = s.now - timedelta(days=k)
        if d.day == day and (not quarterly or d.month in (3, 6, 9, 12)):
            return f"{d.month}月{d.day}日", k
    return f"{s.now.month}月{day}日", 1


def k_g_02(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    we = _we(s, inst)
    tail = s.tail()
    quarterly = s.rng.random() < 0.6
    when, d = _last_settle(s, quarterly)
    per = "按季结息" if quarterly else "按月结息"
    loan = (
        s.rng.choice(inst.products)
        if inst.products and s.rng.random() < 0.25
        else s.rng.choice(_INTEREST_LOANS)
    )
    intr = s.money(60, 9000)
    got = round(intr * s.rng.uniform(0, 0.7), 2)
    r = s.rng.random()
    if r < 0.24:
        text = (
            f"{greet}，您的{loan}{per}，{when}应付利息{_yuan(intr)}因尾号{tail}账户余额不足未能扣收，已欠息{d}天。"
            f"未付利息将按合同计收复利，请尽快存入足额资金。"
        )
    elif r < 0.42:
        text = (
            f"{greet}：{when}为您{loan}的结息日，本期利息{_yuan(intr)}尚未结清，{we}已按欠息处理"
            f"{s.opt('，本金虽未到期，欠息状态仍会报送征信', 0.5)}。"
        )
    elif r < 0.6:
        text = _sep(s).join(
            [
                s.rng.choice(["【结息扣款失败】", "欠息提醒", "贷款结息通知"]),
                f"贷款：{loan}",
                f"结息日：{when}（{per}）",
                f"应付利息：{_yuan(intr)}",
                f"已扣：{_yuan(got)}",
                f"欠息：{_yuan(round(intr - got, 2))}",
                s.rng.choice([f"扣款账户：尾号{tail}", f"咨询：{_hl(s, inst)}"]),
            ]
        )
    elif r < 0.76:
        text = (
            f"{_hi(greet)}，您这笔{loan}{per}，{when}那期利息{_yuan(intr)}没扣到，已经算欠息了，"
            f"欠息还会再计复利，存进尾号{tail}的卡里系统会自动补扣。"
        )
    elif r < 0.87:
        text = _trad(f"{greet}，您的{loan}{when}結息{_yuan(intr)}未扣收成功，已欠息{d}天，請及時存入還款。")
    else:
        text = f"{when}结息{_yuan(intr)}未扣收，已欠息{d}天，请补足尾号{tail}账户余额。"
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, _own_account(s, 0.85))


def _other_bank(s: Slots, inst: Institution) -> str:
    banks = [b for b in BANKS_FOR_CARDS if b not in inst.name and b not in inst.aliases]
    return s.rng.choice(banks) if s.rng.random() < 0.45 else "他行"


def k_g_03(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    we = _we(s, inst)
    debt = _debt(s, inst)
    t2 = s.tail()
    bank = _other_bank(s, inst)
    owed = s.money(200, 40000)
    part = round(owed * s.rng.uniform(0.1, 0.8), 2)
    rest = round(owed - part, 2)
    d = s.days(2, 60)
    when = f"{_md(s, s.days(1, 3))}{_hhmm(s, 8, 18)}"
    auth = s.rng.choice(["《委托扣款授权书》", "《跨行代扣协议》", "借款合同中的代扣授权条款"])
    r = s.rng.random()
    if r < 0.24:
        text = (
            f"{greet}，根据您办理{debt}时签署的{auth}，{we}将于{when}起从您绑定的{bank}借记卡（尾号{t2}）扣收逾期款项{_yuan(owed)}，"
            f"请确保余额充足{s.opt('；如已自行还款，系统将不再扣收', 0.6)}。"
        )
    elif r < 0.42:
        text = (
            f"{greet}：您的{debt}逾期款项已通过跨行代扣从您尾号{t2}的{bank}账户扣收{_yuan(part)}，"
            f"尚欠{_yuan(rest)}，仍逾期{d}天，可通过{_app_word(s, inst)}归还。"
        )
    elif r < 0.58:
        text = (
            f"{greet}，{we}今日向您尾号{t2}的{bank}借记卡发起跨行代扣未成功（余额不足），"
            f"您的{debt}已逾期{d}天，{s.rng.choice(['系统将在3个工作日内再次尝试', '请主动还款', '请存入资金后等待次日扣款'])}。"
        )
    elif r < 0.76:
        text = _sep(s).join(
            [
                s.rng.choice(["【跨行代扣通知】", "代扣结果", "扣款提醒"]),
                f"扣款账户：{bank}借记卡尾号{t2}",
                f"扣款金额：{_yuan(part)}",
                f"剩余逾期：{_yuan(rest)}",
                f"依据：{auth}",
                s.rng.choice([f"咨询：{_hl(s, inst)}", f"还款：{s.app(inst)}App"]),
            ]
        )
    elif r < 0.88:
        text = (
            f"{_hi(greet)}，您签过跨行代扣，{we}会从您尾号{t2}那张{bank}的卡扣逾期的{_yuan(owed)}，"
            f"不想被扣的话也可以自己在{s.app(inst)}App里先还上。"
        )
    elif r < 0.95:
        text = _trad(f"{greet}，{we}將從您尾號{t2}的{bank}借記卡代扣逾期款{_yuan(owed)}，請留足餘額。")
    else:
        text = f"逾期款{_yuan(owed)}将从您尾号{t2}的{bank}卡代扣。"
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, _own_account(s, 0.85))


def k_g_04(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    we = _we(s, inst)
    a = s.tail()
    b = _tail_other(s, a)
    paid = s.money(200, 20000)
    owed = s.money(200, 30000)
    d = s.days(1, 40)
    when = _md(s, -s.days(d, d + 10))
    loan = s.rng.choice(inst.products) if inst.products and s.rng.random() < 0.5 else "个人贷款"
    r = s.rng.random()
    if r < 0.26:
        text = (
            f"{greet}，您{when}向尾号{a}的信用卡还款{_yuan(paid)}，该卡无欠款，已形成溢缴款；您尾号{b}的信用卡仍逾期{d}天，"
            f"欠款{_yuan(owed)}。溢缴款不会自动冲抵另一张卡，可在{s.app(inst)}App转出后还款。"
        )
    elif r < 0.44:
        text = (
            f"{greet}：您{when}的还款{_yuan(paid)}已用于{loan}，但您尾号{b}的信用卡本期最低还款额未还，"
            f"已逾期{d}天，请另行还款{s.opt('，两项业务还款互不抵扣', 0.6)}。"
        )
    elif r < 0.6:
        text = (
            f"{greet}，您存入尾号{a}借记卡的{_yuan(paid)}不是该笔{loan}的自动扣款账户（扣款账户为尾号{b}），"
            f"故本期未扣款，已逾期{d}天，请通过{_app_word(s, inst)}还款或转入尾号{b}账户。"
        )
    elif r < 0.78:
        text = _sep(s).join(
            [
                s.rng.choice(["【还款入账提示】", "还款去向说明", "溢缴款及逾期提醒"]),
                f"入账卡片：尾号{a}（无欠款）",
                f"形成溢缴款：{_yuan(paid)}",
                f"逾期卡片：尾号{b}",
                f"逾期金额：{_yuan(owed)}（{d}天）",
                s.rng.choice([f"处理：{s.app(inst)}App-溢缴款转出", f"咨询：{_hl(s, inst)}"]),
            ]
        )
    elif r < 0.9:
        text = (
            f"{_hi(greet)}，您上次的钱还到尾号{a}那张卡上了，那张卡本来就没欠款，真正逾期的是尾号{b}这张，"
            f"还差{_yuan(owed)}，{we}没法自动帮您挪过去，麻烦在App里转一下。"
        )
    elif r < 0.96:
        text = _trad(
            f"{greet}，您的還款已入尾號{a}卡片並形成溢繳款，尾號{b}卡片仍逾期{_yuan(owed)}，請另行還款。"
        )
    else:
        text = f"您误还至尾号{a}卡，尾号{b}卡仍逾期{_yuan(owed)}。"
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, _own_account(s, 0.9))


def k_g_05(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    we = _we(s, inst)
    tail = s.tail()
    debt = _debt(s, inst)
    year = s.now.year - s.rng.randint(2, 7)
    prin = s.money(1000, 80000)
    extra = s.money(100, prin * 0.6)
    asof = _md(s, -s.days(0, 3))
    r = s.rng.random()
    if r < 0.26:
        text = (
            f"{greet}，您于{year}年在{we}办理的{debt}（尾号{tail}），截至{asof}尚欠本金{_yuan(prin)}及利息罚息{_yuan(extra)}。"
            f"{we}特此向您主张上述债权，诉讼时效自本通知送达之日起重新计算。请通过{_app_word(s, inst)}或致电{_hl(s, inst)}处理。"
        )
    elif r < 0.44:
        text = (
            f"【债权催收通知】{greet}：您尾号{tail}账户自{year}年起逾期，欠款{_yuan(prin + extra)}至今未还。"
            f"本短信即为{we}依法向您发出的还款催收通知{s.opt('，该债权并未因时间经过而免除', 0.6)}。"
        )
    elif r < 0.6:
        text = (
            f"{greet}，根据《民法典》关于诉讼时效的规定，{we}现就您{year}年逾期至今的{debt}欠款{_yuan(prin)}向您提出还款要求，"
            f"请于{_md(s, s.days(10, 30))}前联系{we}（{_hl(s, inst)}）。"
        )
    elif r < 0.78:
        text = _sep(s).join(
            [
                s.rng.choice(["【年度债权确认】", "逾期债权催收通知", "欠款主张通知"]),
                f"业务：{debt}（尾号{tail}）",
                f"逾期起始：{year}年",
                f"本金余额：{_yuan(prin)}",
                f"利息罚息：{_yuan(extra)}",
                "说明：本通知产生诉讼时效中断效力",
                s.rng.choice([f"咨询：{_hl(s, inst)}", f"还款：{s.app(inst)}App"]),
            ]
        )
    elif r < 0.9:
        text = (
            f"{_hi(greet)}，您{year}年那笔{debt}到现在还没还清，{we}一直在向您主张这笔欠款，时间久了也不会自动消掉，"
            f"本金{_yuan(prin)}，方便时请联系我们商量还款。"
        )
    elif r < 0.96:
        text = _trad(
            f"{greet}，{we}就您{year}年起逾期的{debt}欠款{_yuan(prin)}依法向您主張債權，請盡快處理。"
        )
    else:
        text = f"本短信为{we}对您尾号{tail}逾期欠款的催收通知，诉讼时效依法中断。"
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, _own_account(s, 0.9))


# -- round 11: spoofed -------------------------------------------------------------------------------------


_KYC_WHY = (
    "身份证件已过期",
    "实名信息不完整",
    "职业及收入信息未更新",
    "证件影像不清晰",
    "未完成年度身份复核",
    "预留地址信息缺失",
)
_KYC_HARM = (
    "还款暂无法入账",
    "逾期协商无法办理",
    "还款入账延迟，逾期天数继续累计",
    "账户将被限制非柜面交易",
)


def k_s_01(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    debt = _debt_at(s, inst, ref)
    why = s.rng.choice(_KYC_WHY)
    harm = s.rng.choice(_KYC_HARM)
    link = _spoof_link(s, inst, ("kyc", "sfgx", "info", "rz", "update", "zl"))
    sender = _spoof_sender(s)
    r = s.rng.random()
    if r < 0.24:
        text = (
            f"{greet}，您在{ref}的{debt}{why}，{harm}。请于{s.date(s.days(1, 6))}前登录 {link} 更新信息"
            f"{s.opt('，更新后逾期按实际还款日核算', 0.5)}。"
        )
    elif r < 0.42:
        text = f"【{s.brand(inst)}】您的账户{why}，已列入待复核名单，复核期间{harm}。请致电身份复核专线{_callback(s)}办理。"
    elif r < 0.56:
        text = (
            f"{ref}：根据反洗钱身份识别要求，逾期账户须重新核验身份，请点击 {link} 上传身份证正反面"
            f"{s.opt('及手持证件照', 0.5)}，逾期未核验将{s.rng.choice(['暂停还款入账', '限制账户使用', '移交贷后部门'])}。"
        )
    elif r < 0.72:
        text = _sep(s).join(
            [
                s.rng.choice(["【信息更新提醒】", f"{ref}身份复核", "客户资料待完善"]),
                f"问题：{why}",
                f"影响：{harm}",
                f"办理：{s.rng.choice([link, link, _callback(s)])}",
                f"截止：{s.date(s.days(1, 5))}",
            ]
        )
    elif r < 0.84:
        text = f"{greet}，您的{ref}账户{why}，回复“1”由资料专员回电协助更新{s.opt('，否则' + harm, 0.6)}。"
        sender = sender or s.bad_sender()
    elif r < 0.93:
        text = _trad(f"{greet}，{ref}提示：您的證件信息{why}，逾期還款無法正常入賬，請至 {link} 更新。")
    else:
        text = f"{_emoji(s, 0.4)}{ref}账户{why}，请更新：{link}"
    return _msg(text, inst, sender, rec, _own_account(s))


_BAD_CLASS = ("关注类", "次级类", "可疑类", "损失类")
_BAD_DEPTS = ("资产保全部", "特殊资产管理部", "不良资产处置中心", "风险资产部")


def k_s_02(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    debt = _debt_at(s, inst, ref)
    when = s.date(s.days(1, 7))
    dept = s.rng.choice(_BAD_DEPTS)
    k = s.rng.randint(0, 2)
    frm, to = _BAD_CLASS[k], _BAD_CLASS[k + 1]
    link = _spoof_link(s, inst, ("zc", "bl", "zcbq", "fl", "keep"))
    sender = _spoof_sender(s)
    r = s.rng.random()
    if r < 0.25:
        text = (
            f"{greet}，您在{ref}的逾期{debt}将于{when}列为呆账并移交{dept}。如需继续按正常账户管理，"
            f"请于此前致电{_callback(s)}申请账户保留。"
        )
    elif r < 0.43:
        text = (
            f"【{s.brand(inst)}】五级分类调整预告：您的账户拟由“{frm}”调整为“{to}”，调整后将无法办理分期协商。"
            f"如有异议请登录 {link} 提交说明。"
        )
    elif r < 0.58:
        text = (
            f"{ref}：{greet}，您的{debt}已进入不良划转名单，{dept}将于{when}接管。"
            f"回复“BL”可申请暂缓划转{s.opt('，暂缓期间可按原方案还款', 0.5)}。"
        )
        sender = sender or s.bad_sender()
    elif r < 0.75:
        text = _sep(s).join(
            [
                s.rng.choice(["【账户划转预告】", f"{ref}不良资产移交通知", "资产分类变动"]),
                f"当前分类：{frm}",
                f"拟调整为：{to}",
                f"接管部门：{dept}",
                f"生效：{when}",
                f"申请保留：{s.rng.choice([link, _callback(s)])}",
            ]
        )
    elif r < 0.88:
        text = _trad(
            f"{greet}，您在{ref}的逾期賬戶即將轉為呆賬並移交{dept}，如需保留正常賬戶請聯繫{_callback(s)}。"
        )
    else:
        text = f"{_emoji(s, 0.4)}{ref}账户{when}转呆账，申请保留：{s.rng.choice([link, _callback(s)])}"
    return _msg(text, inst, sender, rec, _own_account(s))


_LOST_ITEMS = ("单位电话", "居住地址", "备用手机号", "工作单位信息", "常住地址")


def k_s_03(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    debt = _debt_at(s, inst, ref)
    n = s.rng.randint(3, 12)
    item = s.rng.choice(_LOST_ITEMS)
    link = _spoof_link(s, inst, ("sl", "lxfs", "contact", "xf", "gx"))
    sender = _spoof_sender(s)
    r = s.rng.random()
    if r < 0.25:
        text = (
            f"{greet}，{ref}近期{n}次致电您均未接通，您的{debt}已被标记为“失联”。请于24小时内致电{_callback(s)}确认联系方式，"
            f"否则将启动失联修复并安排{s.rng.choice(['外访', '上门核实', '属地走访'])}。"
        )
    elif r < 0.42:
        text = f"【{s.brand(inst)}】失联预警：您预留的{item}无法核实，请登录 {link} 补充更新{s.opt('，逾期未更新将按失联客户处理', 0.6)}。"
    elif r < 0.56:
        text = f"{ref}：{greet}，系统显示您的预留号码将被标记为失联，请回复“在”确认本人可正常联系{s.opt('，无需其他操作', 0.5)}。"
        sender = sender or s.bad_sender()
    elif r < 0.74:
        text = _sep(s).join(
            [
                s.rng.choice(["【失联预警】", f"{ref}联系状态核实", "客户联络状态"]),
                f"业务：{debt}（逾期）",
                f"未接通：{n}次",
                f"待核实：{item}",
                f"核实方式：{s.rng.choice([link, _callback(s)])}",
            ]
        )
    elif r < 0.87:
        text = (
            f"{_hi(greet)}，我是{ref}贷后核实专员，联系不上您本人，麻烦看到后回电{_spaced(s, s.rng.choice([s.mobile, s.virtual])())}，"
            f"确认一下{item}就行。"
        )
    elif r < 0.94:
        text = _trad(f"{greet}，{ref}多次聯繫您未果，賬戶已標記失聯，請盡快致電{_callback(s)}確認聯繫方式。")
    else:
        text = f"{_emoji(s, 0.4)}{ref}失联核实：{s.rng.choice([link, _callback(s)])}"
    return _msg(text, inst, sender, rec, _own_account(s))


_AUTO_SVCS = (
    "逾期代偿服务",
    "自动分期还款",
    "还款保障计划",
    "逾期账户托管",
    "智能催缴提醒",
    "账单自动延期",
)


def k_s_04(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    debt = _debt_at(s, inst, ref)
    svc = s.rng.choice(_AUTO_SVCS)
    when = s.date(s.days(1, 5))
    link = _spoof_link(s, inst, ("gb", "td", "close", "qx", "svc"))
    sender = _spoof_sender(s)
    r = s.rng.random()
    if r < 0.25:
        text = (
            f"{greet}，{ref}已为您的逾期{debt}自动开通“{svc}”，{when}起生效。如不需要，请于生效前登录 {link} 关闭"
            f"{s.opt('，未关闭视为同意', 0.6)}。"
        )
    elif r < 0.43:
        text = f"【{s.brand(inst)}】您的账户已默认加入“{svc}”，如需退出请致电{_callback(s)}{s.opt('（仅限本人办理）', 0.5)}。"
    elif r < 0.58:
        code = s.rng.choice(["TD", "QX", "GB", "0"])
        text = f"{ref}：{greet}，系统已为逾期客户统一开通“{svc}”，不需要请回复“{code}”取消{s.opt('，' + when + '后无法取消', 0.6)}。"
        sender = sender or s.bad_sender()
    elif r < 0.75:
        text = _sep(s).join(
            [
                s.rng.choice(["【服务开通通知】", f"{ref}自动开通提醒", "账户服务变更"]),
                f"服务：{svc}",
                "开通方式：系统默认",
                f"生效：{when}",
                f"关闭：{s.rng.choice([link, _callback(s)])}",
            ]
        )
    elif r < 0.87:
        text = (
            f"{_hi(greet)}，{ref}这边看到您账户被系统默认开了{svc}，很多客户不知道，"
            f"不需要的话今天打{_callback(s)}帮您关掉。"
        )
    elif r < 0.94:
        text = _trad(f"{greet}，{ref}已為您的逾期賬戶開通“{svc}”，如需關閉請訪問 {link}")
    else:
        text = f"{_emoji(s, 0.4)}{ref}已默认开通{svc}，关闭：{s.rng.choice([link, _callback(s)])}"
    return _msg(text, inst, sender, rec, _own_account(s))


_CERTS = ("《非恶意逾期证明》", "《逾期情况说明》", "《还款情况证明》", "《非主观逾期认定书》")
_CERT_WHY = ("住院治疗", "系统扣款失败", "还款日变更", "自然灾害", "绑定卡挂失", "疫情隔离")
_CERT_USE = ("房贷审批", "车贷审批", "公积金贷款", "入职背景调查", "其他银行贷款")


def k_s_05(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    cert = s.rng.choice(_CERTS)
    why = s.rng.choice(_CERT_WHY)
    use = s.rng.choice(_CERT_USE)
    link = _spoof_link(s, inst, ("zm", "fey", "cert", "sm", "kj"))
    sender = _spoof_sender(s)
    r = s.rng.random()
    if r < 0.25:
        text = (
            f"{greet}，如您的逾期系{why}等非主观原因造成，可向{ref}申请开具{cert}，用于{use}。申请入口：{link}"
            f"{s.opt('，3个工作日内出具', 0.5)}"
        )
    elif r < 0.43:
        text = f"【{s.brand(inst)}】您申请的{cert}已出具，请致电{_callback(s)}核对寄送地址{s.opt('或预约领取', 0.5)}。"
    elif r < 0.58:
        text = f"{ref}：{greet}，您的逾期记录符合{cert}开具条件，回复“ZM”即可申请{s.opt('，可用于' + use, 0.6)}。"
        sender = sender or s.bad_sender()
    elif r < 0.75:
        text = _sep(s).join(
            [
                s.rng.choice(["【证明开具指引】", f"{ref}{cert}办理", "逾期说明申请"]),
                f"适用：{why}导致的逾期",
                f"用途：{use}",
                f"申请：{s.rng.choice([link, link, _callback(s)])}",
                f"材料：{s.rng.choice(['身份证照片', '还款凭证截图', '相关证明材料'])}",
            ]
        )
    elif r < 0.87:
        text = f"{greet}，办{use}被逾期卡住了？{ref}可出具{cert}说明情况，点 {link} 提交申请。"
    elif r < 0.94:
        text = _trad(f"{greet}，{ref}可為非主觀原因逾期客戶開具{cert}，申請請致電{_callback(s)}。")
    else:
        text = f"{_emoji(s, 0.4)}{ref}{cert}申请：{s.rng.choice([link, _callback(s)])}"
    return _msg(text, inst, sender, rec, _own_account(s))


# -- round 11: mistaken ------------------------------------------------------------------------------------


_GOODS = ("手机", "笔记本电脑", "空调", "扫地机器人", "电动自行车", "金饰", "洗衣机", "平板电脑", "按摩椅")


def _finish_mistaken(
    s: Slots, inst: Institution, text: str, rec: str, trad: bool, sender: str | None = None
) -> Msg:
    has = s.rng.choice([None, None, True, False])
    msg = _mistaken(s, _maybe_sign(s, inst, text), inst, sender or _official_sender(s, inst), rec, has)
    if trad:
        msg["text"] = _trad(msg["text"])
    return msg


def k_m_01(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = _other(s, rec)
    who = _shown(s, other)
    we = _we(s, inst)
    item = s.rng.choice(_GOODS)
    mall = s.rng.choice(["信用卡商城", "积分商城", "分期商城", "手机银行商城"])
    k = s.rng.randint(1, 12)
    n = s.rng.choice([6, 12, 24])
    owed = s.amount(100, 8000)
    d = s.days(3, 90)
    trad = False
    r = s.rng.random()
    if r < 0.26:
        text = (
            f"您好，{we}{mall}订单（收货电话为本号码）对应的分期购物款已逾期，持卡人{who}请尽快还款。"
            f"如您仅为收货人，请转告持卡人或致电{_hl(s, inst)}。"
        )
    elif r < 0.44:
        text = f"{who}您好，您在{we}{mall}分期购买的{item}第{k}/{n}期未还，已逾期{d}天，欠款{owed}。（本提醒发送至订单收货电话）"
    elif r < 0.6:
        text = (
            f"收货人您好：{who}在{we}{mall}下单寄给您的{item}为分期付款，该分期已逾期{d}天，"
            f"烦请告知下单人尽快还款{s.opt('，收货人无需承担还款责任', 0.6)}。"
        )
    elif r < 0.76:
        text = _sep(s).join(
            [
                s.rng.choice(["【商城分期逾期】", "分期订单提醒", "订单还款提示"]),
                f"下单人：{who}",
                f"商品：{item}",
                f"分期：第{k}/{n}期逾期{d}天",
                "本号码：订单收货电话",
                f"请转告下单人致电{_hl(s, inst)}",
            ]
        )
    elif r < 0.9:
        trad = True
        text = f"您好，{who}在{we}{mall}分期購買的{item}已逾期，因訂單收貨電話為本號碼，煩請轉告下單人還款。"
    else:
        text = f"{who}商城分期{item}逾期{owed}，您为收货人，请转告。"
    return _finish_mistaken(s, inst, text, rec, trad)


def _occasion(s: Slots) -> str:
    m = s.now.month
    pool = ["生日", "生日", "持卡周年"]
    if m in (1, 2):
        pool += ["春节", "春节"]
    if m in (9, 10):
        pool += ["中秋", "国庆"]
    if m in (12, 1):
        pool += ["元旦"]
    if m in (5, 6):
        pool += ["端午"]
    return s.rng.choice(pool)


_WISHES = {
    "生日": "祝您生日快乐",
    "持卡周年": "感谢您{n}年来的陪伴",
    "春节": "恭祝新春快乐、阖家安康",
    "中秋": "祝您中秋团圆、幸福美满",
    "国庆": "祝您国庆假期愉快",
    "元旦": "祝您元旦快乐、新年顺遂",
    "端午": "祝您端午安康",
}


def k_m_02(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = _other(s, rec)
    who = _shown(s, other)
    we = _we(s, inst)
    debt = _debt(s, inst)
    occ = _occasion(s)
    wish = _WISHES[occ].format(n=s.rng.randint(2, 15))
    owed = s.amount(200, 40000)
    d = s.days(2, 120)
    tail = s.tail()
    trad = False
    r = s.rng.random()
    if r < 0.26:
        text = (
            f"{who}，{we}{wish}！温馨提示：您的{debt}已逾期{d}天，欠款{owed}，请尽快处理，以免影响信用记录。"
        )
    elif r < 0.44:
        text = (
            f"尊敬的{who}：值此{occ}之际，{we}{wish}。您尾号{tail}的账户尚有逾期欠款{owed}，"
            f"请通过{_app_word(s, inst)}归还{s.opt('，节假日期间逾期天数照常累计', 0.5)}。"
        )
    elif r < 0.6:
        text = f"{who}您好，{wish}！另提醒您{debt}目前逾期{d}天，还清后可继续享受{s.rng.choice(['生日礼遇', '节日专享权益', '会员积分'])}。"
    elif r < 0.76:
        text = _sep(s).join(
            [
                s.rng.choice([f"【{occ}关怀】", "客户关怀", f"{occ}问候"]),
                f"客户：{who}",
                f"祝福：{wish}",
                f"提示：{debt}逾期{owed}",
                s.rng.choice([f"还款：{s.app(inst)}App", f"客服：{_hl(s, inst)}"]),
            ]
        )
    elif r < 0.9:
        trad = True
        text = f"{who}，{we}{wish}！您的{debt}已逾期{d}天，請盡快還款。"
    else:
        text = f"{who}{wish}！另：您{debt}逾期{owed}，请还款。"
    return _finish_mistaken(s, inst, text, rec, trad)


_AWAY = (
    "随船出海",
    "远洋作业",
    "在境外项目工地",
    "驻外务工",
    "在高原站点值守",
    "在外地矿区作业",
    "参加援外工程",
    "跑长途运输",
)


def k_m_03(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = _other(s, rec)
    who = _shown(s, other)
    we = _we(s, inst)
    debt = _debt(s, inst)
    away = s.rng.choice(_AWAY)
    owed = s.amount(300, 50000)
    d = s.days(5, 150)
    trad = False
    r = s.rng.random()
    if r < 0.26:
        text = (
            f"您好，{we}客户{who}因{away}期间无法接收短信，登记本号码为代收号码。其{debt}已逾期{d}天，"
            f"请方便时转告{who}{s.opt('；如您已不再代收，请致电' + _hl(s, inst) + '取消', 0.6)}。"
        )
    elif r < 0.44:
        text = f"{who}您好（本短信发至您{away}前登记的代收号码），您的{debt}逾期{owed}，返回后请尽快处理。"
    elif r < 0.6:
        text = (
            f"代收号码机主您好：{who}{away}，其{debt}欠款{owed}已逾期，请在与其联络时提醒其还款，"
            f"代收人无需承担还款责任。"
        )
    elif r < 0.76:
        text = _sep(s).join(
            [
                s.rng.choice(["【代收短信】", "代收号码提醒", "客户外出期间通知"]),
                f"客户：{who}（{away}）",
                "本号码：客户登记的代收号码",
                f"事项：{debt}逾期{d}天",
                f"请转告客户，或致电{_hl(s, inst)}",
            ]
        )
    elif r < 0.9:
        trad = True
        text = f"您好，{who}{away}，登記本號碼代收{we}通知：其{debt}已逾期{d}天，煩請轉告。"
    else:
        text = f"代收：{who}{debt}逾期{owed}，请转告。"
    return _finish_mistaken(s, inst, text, rec, trad)


_RELS = ("是同事", "是老乡", "是朋友", "是亲戚", "曾是邻居", "认识")


def k_m_04(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = _other(s, rec)
    who = _shown(s, other)
    we = _we(s, inst)
    debt = _debt(s, inst)
    rel = s.rng.choice(_RELS)
    when = s.rng.choice(["今日", "今天上午", "今天下午", "刚才", "昨日"])
    owed = s.amount(300, 50000)
    d = s.days(5, 150)
    trad = False
    r = s.rng.random()
    if r < 0.26:
        text = (
            f"您好，感谢您{when}接听{we}来电。按通话中所说，您与{who}{rel}，烦请代为转达：其{debt}已逾期{d}天，"
            f"欠款{owed}，请其致电{_hl(s, inst)}。"
        )
    elif r < 0.44:
        text = (
            f"按您电话中的要求，现将需转达的信息发给您：客户{who}，{debt}逾期{owed}，"
            f"还款及咨询请拨{_hl(s, inst)}{s.opt('。再次感谢您的配合', 0.5)}。"
        )
    elif r < 0.58:
        text = (
            f"您好，{when}通话中您表示本号码并非{who}所有，{we}已记录并将停止就该客户联系您，"
            f"此前的提醒请忽略{s.opt('，给您带来不便深表歉意', 0.6)}。"
        )
    elif r < 0.76:
        text = _sep(s).join(
            [
                s.rng.choice(["【通话确认】", "来电记录确认", "代为转达信息"]),
                f"通话时间：{when}",
                f"涉及客户：{who}",
                f"您的答复：{rel}，同意转达",
                f"转达内容：{debt}逾期{d}天",
                f"如记录有误请致电{_hl(s, inst)}",
            ]
        )
    elif r < 0.9:
        trad = True
        text = f"您好，感謝您{when}接聽{we}電話並同意轉告{who}：其{debt}已逾期{d}天，請其盡快處理。"
    else:
        text = f"按来电所约，请转告{who}：{debt}逾期{owed}。"
    return _finish_mistaken(s, inst, text, rec, trad)


_SHOP_WORDS = ("鑫隆", "聚福", "味香居", "顺心", "好运来", "利民", "百味", "老街")
_SHOPS = (
    "小吃店",
    "便利店",
    "理发店",
    "水果摊",
    "面馆",
    "五金店",
    "烟酒店",
    "早餐铺",
    "干洗店",
    "手机维修铺",
)
_SHOP_LOANS = ("个人经营贷款", "商户经营贷", "小微快贷", "个体户信用贷", "收单商户贷")


def k_m_05(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = _other(s, rec)
    who = _shown(s, other)
    we = _we(s, inst)
    shop = f"{s.rng.choice(_SHOP_WORDS)}{s.rng.choice(_SHOPS)}"
    loan = (
        s.rng.choice(inst.products) if inst.products and s.rng.random() < 0.25 else s.rng.choice(_SHOP_LOANS)
    )
    owed = s.amount(500, 150000)
    d = s.days(5, 150)
    trad = False
    r = s.rng.random()
    if r < 0.26:
        text = (
            f"{shop}现经营者您好：本号码为原店主{who}在{we}登记的电话。{who}的{loan}已逾期{d}天，"
            f"如店铺已转让，请告知{who}尽快处理{s.opt('，或致电' + _hl(s, inst) + '说明号码已易主', 0.6)}。"
        )
    elif r < 0.44:
        text = f"{other[0]}老板您好，{shop}的{loan}本期未还，已逾期{d}天，欠款{owed}。（本短信发送至店铺登记电话）"
    elif r < 0.6:
        text = f"您好，{we}客户{who}经营的{shop}登记电话为本号码，若店铺已{s.rng.choice(['转让', '转租', '更换经营者'])}，请回复“转让”，{we}将停止发送。"
    elif r < 0.76:
        text = _sep(s).join(
            [
                s.rng.choice(["【商户贷款提醒】", "店铺登记电话核实", "经营贷逾期告知"]),
                f"原经营者：{who}",
                f"店铺：{shop}",
                f"贷款：{loan}，逾期{d}天",
                f"如店铺已转让请致电{_hl(s, inst)}",
            ]
        )
    elif r < 0.9:
        trad = True
        text = f"您好，{shop}原店主{who}在{we}的{loan}已逾期，如您已接手該店鋪，煩請轉告{who}本人。"
    else:
        text = f"{shop}原店主{who}{loan}逾期{owed}，请转告。"
    return _finish_mistaken(s, inst, text, rec, trad)


# -- round 11: scam ----------------------------------------------------------------------------------------


_DOCS = (
    "失业证明",
    "住院诊断证明",
    "重大疾病证明",
    "低保困难证明",
    "单位停薪证明",
    "无收入银行流水",
    "残疾证明",
    "离婚协议及财产分割证明",
)


def k_c_01(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    doc = s.rng.choice(_DOCS)
    doc2 = s.rng.choice([x for x in _DOCS if x != doc])
    fee = s.rng.choice([300, 480, 600, 880, 1200, 1500])
    k = s.rng.choice([1, 2, 3, 5])
    r = s.rng.random()
    if r < 0.25:
        text = (
            f"{greet}，申请{ref}停息分期需提供困难证明。我们可代开{doc}（带公章，可查），{k}个工作日出件，"
            f"每份{fee}元，先付款：{_wallet(s)}。"
        )
    elif r < 0.43:
        text = f"{ref}协商总被拒？材料我们帮你做：{doc}+{doc2}，包过，全套{fee}元，加{_contact(s)}{s.opt('，不过全退', 0.5)}。"
    elif r < 0.6:
        text = (
            f"【协商材料代办】{greet}：您的{ref}减免申请缺少{doc}，本中心可代为办理，加急{fee}元，"
            f"款项请转{_person_account(s)}，出件后快递给您。"
        )
    elif r < 0.76:
        text = _sep(s).join(
            [
                s.rng.choice(["【困难证明代开】", f"{ref}协商材料", "停息挂账材料包"]),
                f"可开：{doc}、{doc2}",
                f"费用：{fee}元/份",
                f"时效：{k}个工作日",
                f"联系：{_contact(s)}",
            ]
        )
    elif r < 0.9:
        text = (
            f"{greet}，医院的{doc}我们有渠道，盖真章，拿去{ref}申请减免成功率九成以上，"
            f"{fee}元一份，定金{fee // 2}元转{_wallet(s)}。"
        )
    else:
        text = f"{_emoji(s, 0.4)}代开{doc}，{ref}协商必过，{fee}元，{_contact(s)}"
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


_NFC_APPS = ("安心贴", "卡贴通", "碰碰还", "e贴验卡", "闪贴还款", "贴卡助手")


def _apk_link(s: Slots) -> str:
    a = _low(s, s.rng.randint(4, 6))
    return _fake_host(
        s,
        lambda: s.rng.choice(
            [
                f"http://{a}.{_tld(s)}/{_low(s, 3)}.apk",
                f"https://dl.{a}-app.{_tld(s)}",
                f"{a}{s.rng.randint(2, 99)}.{_tld(s)}/d",
                s.short_link(),
            ]
        ),
    )


def k_c_02(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    app = s.rng.choice(_NFC_APPS)
    link = _apk_link(s)
    secs = s.rng.choice([10, 20, 30, 60])
    r = s.rng.random()
    if r < 0.25:
        text = (
            f"{greet}，{ref}还款通道已升级为“NFC贴卡还款”：请下载“{app}”（{link}），打开NFC，把银行卡贴在手机背面，"
            f"按提示输入取款密码完成验卡，逾期款将自动结清。"
        )
    elif r < 0.43:
        text = (
            f"【{s.brand(inst)}】{greet}：您的减免额度需“碰一碰”验卡领取。安装{app} {link} 后将借记卡贴在手机背面{secs}秒，"
            f"{s.opt('期间请勿挪动，', 0.5)}并输入6位密码。"
        )
    elif r < 0.6:
        text = (
            f"{ref}专员提示：视频里教您的操作别忘了，打开{app}，卡贴手机背面，输入密码，"
            f"{s.rng.choice(['卡内请留足余额用于验资', '验卡成功后欠款自动抵扣', '全程不要挂断电话'])}。"
        )
    elif r < 0.78:
        text = _sep(s).join(
            [
                s.rng.choice(["【贴卡验卡还款】", f"{ref}NFC还款指引", "验卡步骤"]),
                f"1. 下载：{link}",
                "2. 开启手机NFC",
                f"3. 银行卡贴手机背面{secs}秒",
                "4. 输入银行卡密码",
                f"咨询：{_contact(s)}",
            ]
        )
    elif r < 0.92:
        text = _trad(f"{greet}，{ref}逾期款可用“{app}”貼卡還款：銀行卡貼手機背面並輸入密碼即可，下載 {link}")
    else:
        text = f"{_emoji(s, 0.4)}{ref}贴卡还款：装{app} {link}，卡贴手机+输密码"
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


_NOMINAL = ("经营贷", "房贷", "车贷", "企业贷款", "装修贷")


def k_c_03(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    big = s.rng.choice([30, 50, 80, 100, 150, 200])
    cut = s.rng.choice([2, 3, 5, 8])
    fee = s.rng.choice([1500, 2800, 3800, 5000, 6800])
    kind = s.rng.choice(_NOMINAL)
    r = s.rng.random()
    if r < 0.25:
        text = (
            f"{greet}，您在{ref}的逾期我们可一次性结清。条件：以您名义办一笔{big}万{kind}，资金公司使用、公司负责还款，"
            f"需先付资料包装费{fee}元至{_wallet(s)}。"
        )
    elif r < 0.43:
        text = f"招“背债人”：征信有逾期也能做，流水、工作证明我们包装，下款后给您{cut}万并代还{ref}欠款，押金{fee}元，{_contact(s)}。"
    elif r < 0.6:
        text = (
            f"【债务处理】{greet}：挂名一家公司法人，公司做{kind}，下款即帮您清掉{ref}全部欠款。"
            f"需寄身份证原件、银行卡及手机卡，{s.opt('另收包装费' + str(fee) + '元，', 0.6)}详询{_contact(s)}。"
        )
    elif r < 0.76:
        text = _sep(s).join(
            [
                s.rng.choice(["【挂名代还方案】", f"{ref}逾期上岸", "背债项目"]),
                f"您出：身份信息、{kind}{big}万名额",
                f"您得：代还{ref}欠款+{cut}万现金",
                f"前期费用：{fee}元（包装费）",
                f"收款：{_wallet(s)}",
            ]
        )
    elif r < 0.9:
        text = (
            f"{greet}，别被{ref}催了，用你名字做一单{kind}，钱我们用，月供我们还，你的欠款我们顺手清掉，"
            f"就是先要{fee}元包装费。"
        )
    else:
        text = f"{_emoji(s, 0.4)}挂名{kind}即清{ref}欠款，包装费{fee}元，{_contact(s)}"
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


_PLEDGES = ("车辆", "房产（二押）", "手机", "黄金首饰", "车位", "营业执照")
_PLEDGE_FEES = ("GPS安装费", "评估费", "抵押登记费", "公证费", "车辆停放费", "保管费")


def k_c_04(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    what = s.rng.choice(_PLEDGES)
    f1, f2 = s.rng.sample(_PLEDGE_FEES, 2)
    fee1 = s.rng.choice([380, 600, 800, 1200, 1800])
    fee2 = s.rng.choice([200, 300, 500, 900])
    h = s.rng.choice([1, 2, 3])
    r = s.rng.random()
    if r < 0.25:
        text = (
            f"{greet}，{ref}逾期急需资金？{what}抵押不押证，评估后最快{h}小时放款，先帮您结清{ref}欠款。"
            f"放款前需支付{f1}{fee1}元至{_person_account(s)}。"
        )
    elif r < 0.43:
        text = f"【{s.brand(inst)}合作机构】{greet}：凭{what}可办理抵押代还，{f1}{fee1}元、{f2}{fee2}元先付，转{_wallet(s)}后安排放款。"
    elif r < 0.6:
        text = (
            f"{ref}逾期客户专享：{what}抵押借款，不看征信，放款直接打到{ref}还款账户，"
            f"只需先交{f2}{fee2}元，加{_contact(s)}。"
        )
    elif r < 0.78:
        text = _sep(s).join(
            [
                s.rng.choice(["【抵押代还】", f"{ref}逾期结清方案", "押物放款"]),
                f"抵押物：{what}",
                f"放款：{h}小时内，先结清{ref}",
                f"前期：{f1}{fee1}元+{f2}{fee2}元",
                f"缴费：{_wallet(s)}",
            ]
        )
    elif r < 0.92:
        text = (
            f"{greet}，上次说的{what}抵押，{f1}{fee1}元今天转过来就能走流程，"
            f"明天钱到账先还{ref}，收款{_wallet(s)}。"
        )
    else:
        text = f"{_emoji(s, 0.4)}{what}抵押代还{ref}，{f1}{fee1}元，{_contact(s)}"
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


_COURIERS = ("迅达快运", "安捷速递", "通程快递", "捷运通物流", "顺途速运", "快邦速递")


def k_c_05(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    courier = s.rng.choice(_COURIERS)
    pay = s.rng.choice([880, 1280, 1600, 2300, 3000, 4500, 6800])
    tail = s.tail()
    paper = s.rng.choice(["《结清证明》", "《减免确认书》", "还款凭证", "《债务和解书》"])
    r = s.rng.random()
    if r < 0.25:
        text = (
            f"{greet}，您在{ref}的减免已审批，{paper}已由{courier}寄出（运单尾号{tail}），"
            f"减免后尾款{pay}元以到付方式收取，签收付款即视为结清。"
        )
    elif r < 0.43:
        text = (
            f"【{courier}】您有一件到付快件（寄件方：{ref}法务部），代收货款{pay}元，"
            f"请向派送员{_spaced(s, s.mobile())}扫码付款后签收{s.opt('，拒签视为放弃减免', 0.6)}。"
        )
    elif r < 0.6:
        text = (
            f"{greet}：{ref}对公账户维护中，结清款{pay}元改为快递代收，派件时请付给快递员，"
            f"{s.rng.choice(['付款后当场出具收据', '收据随件附上', '签收后系统自动结清'])}。"
        )
    elif r < 0.78:
        text = _sep(s).join(
            [
                s.rng.choice(["【到付结清】", f"{ref}结清件派送", "代收货款通知"]),
                f"快件：{paper}",
                f"承运：{courier}（尾号{tail}）",
                f"代收金额：{pay}元",
                f"派送员：{_spaced(s, s.mobile())}",
            ]
        )
    elif r < 0.92:
        text = (
            f"{greet}，我是{courier}派件员，{ref}给您的{paper}是到付件，代收{pay}元，"
            f"您不在家的话可以先转我{_wallet(s)}，我放驿站。"
        )
    else:
        text = f"{_emoji(s, 0.4)}{ref}{paper}到付{pay}元，付后结清，派件员{_spaced(s, s.mobile())}"
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


#: One-line description of each family (kept here, not in generate.py; see verifier/corpus/rounds/round11.md).
BLIND11_STYLES: dict[str, str] = {
    "k_g_01": "card rewards / benefits (points, miles, lounge, annual-fee waiver, instalment discount) suspended while the account is overdue",
    "k_g_02": "periodic interest settlement day (按季 / 按月结息) debit failed: the interest is overdue (欠息) and compound interest accrues",
    "k_g_03": "cross-bank direct debit (跨行代扣) from the borrower's own other-bank debit card under the signed authorisation: announced, partial or failed",
    "k_g_04": "the borrower repaid the wrong one of their own cards / products: an overpayment (溢缴款) on one, the other still overdue",
    "k_g_05": "claim notice on an old, years-overdue debt that interrupts the limitation period (主张债权 / 诉讼时效中断)",
    "k_s_01": "identity / KYC data expired or incomplete, so repayments 'cannot be posted': update on a made-up link, line or by reply",
    "k_s_02": "the overdue account is about to be reclassified as bad debt / moved to a special-assets department: keep it 'normal' via a made-up line, link or reply",
    "k_s_03": "lost-contact (失联) warning after unanswered calls: confirm phone, address or workplace on a made-up line, link, mobile or by reply",
    "k_s_04": "the account was 'automatically enrolled' in a service (代偿 / 自动分期 / 托管 …): opt out via a made-up link, line or reply code",
    "k_s_05": "apply for a 'non-malicious overdue' certificate / overdue explanation letter for a mortgage or job check via a made-up link, line or reply",
    "k_m_01": "a purchase on instalment in the bank's own online mall: this number is the order's delivery phone, the buyer (another name) is overdue",
    "k_m_02": "a birthday / festival / card-anniversary greeting to another customer by name, with the overdue reminder appended",
    "k_m_03": "the borrower is away (at sea, abroad, on a remote site, long-haul driving) and registered this number to receive messages for them",
    "k_m_04": "follow-up SMS after a phone call in which the recipient said they know the borrower (or that the number is not theirs)",
    "k_m_05": "the borrower's small shop / stall was taken over together with its phone number; the new operator gets the old owner's notice",
    "k_c_01": "forged hardship documents (unemployment, hospital, poverty, no-income statement …) sold to win a reduction, fee to a person",
    "k_c_02": "'NFC tap-to-pay' repayment or card check: install a made-up app, hold the bank card to the back of the phone and enter the PIN",
    "k_c_03": "become a nominal borrower (背债人 / 挂名法人) of a large loan for others in exchange for clearing the debt; packaging fee, ID, cards and SIM",
    "k_c_04": "pledge a car, house, phone or gold for a quick loan that clears the overdue: GPS / assessment / registration fee first to a person",
    "k_c_05": "pay the reduced debt cash-on-delivery (到付 / 代收货款) to a courier bringing the 'settlement papers', or transfer to the courier",
}
