# ruff: noqa: E501  (template lines are Chinese text, which counts double width; splitting them hurts reading)
"""Twelfth blind held-out set (ids ``h_…``): written without reading the rules; held out in ``test``, not yet scored.

Written "blind", like :mod:`verifier.corpus.rounds.round01` … :mod:`verifier.corpus.rounds.round11`: from general knowledge of
2024–2026 Chinese bank / consumer-lender / collection-agency / fraud SMS, without reading the project's rules,
checks, extraction, normalisation, prefilter, feature, combine, model, training, evaluation, advice, batch,
scoring or tokeniser code, and without running the verifier on these messages. This round is the newest
blind set and has not been scored yet.

The family ids are deliberately neutral (``h_g_01`` …), and the one-line descriptions live in
:data:`BLIND12_STYLES` here and in ``verifier/corpus/rounds/round12.md``, so that registering the families in
:mod:`verifier.corpus.generate` does not show what they contain. They use the same slot machinery (verified official
channels only for genuine / mistaken, made-up channels for spoofed / scam) but have their own small helpers
(copies of the sender / account helpers of the earlier rounds, with senders on more rows), so that edits to
the other corpus modules never change these rows.
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

BLIND12_PREFIX = "h_"

_BANK_KINDS = ("bank", "credit_card_centre")


# -- helpers (private to this module, so that the h_ rows never depend on the other corpus modules) ---------


def _msg(text: str, inst: Institution, sender: str | None, rec: str | None, has: bool | None) -> Msg:
    out: dict[str, Any] = {
        "text": text,
        "sender": sender,
        "recipient_name": rec,
        "has_account": has,
        "inst": inst,
    }
    return out


def _official_sender(s: Slots, inst: Institution, p: float = 0.93) -> str | None:
    """A verified sender of the institution (with probability ``p``), else none (a phone always shows
    some sender; ``None`` stands for a row whose sender was not kept)."""
    return s.sender(inst) if s.rng.random() < p else None


def _own_account(s: Slots, p_true: float = 0.5) -> bool | None:
    return True if s.rng.random() < p_true else None


def _port106(s: Slots) -> str:
    """A made-up enterprise SMS port (1069 / 1065 / 1068 …) that is in no registry."""
    head = s.rng.choice(["1069", "1069", "1065", "1068", "10690", "106575"])
    return s._free(lambda: head + _digits(s, s.rng.randint(6, 9)))


def _spoof_sender(s: Slots) -> str | None:
    r = s.rng.random()
    if r < 0.1:
        return None
    if r < 0.3:
        return _port106(s)
    return s.bad_sender()


def _scam_sender(s: Slots, inst: Institution) -> str | None:
    r = s.rng.random()
    if r < 0.05:  # a fake base station showing the real sender ID: only the text gives it away
        return s.sender(inst)
    if r < 0.15:
        return None
    if r < 0.3:
        return _port106(s)
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
    return f"{s.rng.randint(lo, hi)}:{s.rng.choice(['00', '10', '30', '45', '00', '30'])}"


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


def _site(s: Slots, inst: Institution) -> str:
    """An official place to repay: the institution's app, or (sometimes) its verified web address."""
    link = s.official_link(inst) if s.rng.random() < 0.25 else None
    return link or f"{s.app(inst)}App"


def _fake_host(s: Slots, make) -> str:
    """A made-up host from ``make()`` that matches no registry domain (else a short link)."""
    for _ in range(10):
        link = make()
        host = re.sub(r"^https?://", "", link).split("/")[0].split("?")[0]
        if _unregistered(s, host):
            return link
    return s.short_link()


def _tld(s: Slots) -> str:
    return s.rng.choice(["top", "cc", "vip", "xyz", "icu", "site", "cn", "com", "net", "live", "pro", "asia"])


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
        s.rng.choice(
            ["⚠️", "📢", "🔔", "📌", "❗", "👉", "✅", "💰", "🤖", "🔥", "📱", "🧾", "⏳", "🚗", "🏠"]
        )
        if s.rng.random() < p
        else ""
    )


def _md(s: Slots, offset_days: int) -> str:
    """A plain "M月D日" date ``offset_days`` from the reception day."""
    d = s.now + timedelta(days=offset_days)
    return f"{d.month}月{d.day}日"


def _trad(text: str) -> str:
    """The text in traditional characters (as Hong Kong / Taiwan senders and forwarded copies write it)."""
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
    simple = _opencc()[1].convert(text)
    if has is not False and not THIRD_PARTY_RE.search(simple) and not _wrong_person_visible(simple, rec):
        has = False
    return _msg(text, inst, sender, rec, has)


def _finish_mistaken(s: Slots, inst: Institution, text: str, rec: str, trad: bool) -> Msg:
    has = s.rng.choice([None, None, True, False])
    text = _maybe_sign(s, inst, text)
    if trad:
        text = _trad(text)
    return _mistaken(s, text, inst, _official_sender(s, inst), rec, has)


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
            f"手机{_spaced(s, s.virtual())}",
            f"热线{s.fmt_number(s.fake400())}",
        ]
    )


def _landline(s: Slots) -> str:
    area = s.rng.choice(
        [
            "010",
            "021",
            "020",
            "0755",
            "0571",
            "025",
            "027",
            "028",
            "029",
            "0731",
            "023",
            "0371",
            "0532",
            "0591",
        ]
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
                f"https://m.{_low(s, 4)}-{s.rng.choice(paths)}.cn/#/{a}",
                s.lookalike_link(inst),
                s.short_link(),
            ]
        ),
    )


def _plain_link(s: Slots, paths: tuple[str, ...]) -> str:
    """A made-up link with no lender slug (a 'platform' or 'service' of its own)."""
    a = _low(s, s.rng.randint(4, 6))
    return _fake_host(
        s,
        lambda: s.rng.choice(
            [
                f"https://{a}.{_tld(s)}/{s.rng.choice(paths)}",
                f"http://www.{a}{s.rng.choice(paths)}.{_tld(s)}",
                f"{s.rng.choice(paths)}.{a}.{_tld(s)}",
                s.short_link(),
            ]
        ),
    )


def _ref_no(s: Slots, head: str = "") -> str:
    """A case / receipt reference with letters between the digits (no long run of digits)."""
    return head + s._rand_alnum(s.rng.randint(6, 9)).upper()


def _hi(greet: str) -> str:
    """The greeting followed by 您好 (once)."""
    return greet if greet.endswith("您好") else greet + "您好"


def _sep(s: Slots) -> str:
    return s.rng.choice(["\n", "｜", "；", "\n", " / "])


_PROVS = "粤苏浙鲁豫川冀湘鄂皖闽赣"


def _plate(s: Slots) -> str:
    """A made-up plate with letters inside, so that it never reads as a phone number."""
    a, b, c = (s.rng.choice("0123456789") for _ in range(3))
    d = s.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
    e = s.rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")
    return f"{s.rng.choice(_PROVS)}{s.rng.choice('ABCDEFGHJK')}·{a}{b}{d}{c}{e}"


# -- round 12: genuine -------------------------------------------------------------------------------------


_FUND_WHY = (
    "公积金账户本月可划转余额不足",
    "公积金冲还贷协议已到期未续签",
    "公积金中心本月划转延迟到账",
    "您的公积金账户处于封存状态",
    "公积金缴存单位变更，冲还贷暂停",
)


def h_g_01(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    we = _we(s, inst)
    tail = s.tail()
    why = s.rng.choice(_FUND_WHY)
    owed = s.money(300, 9000)
    fund = s.money(200, 4000)
    d = s.days(1, 45)
    loan = s.rng.choice(["个人住房组合贷款", "公积金组合贷款", "组合贷"])
    r = s.rng.random()
    if r < 0.24:
        text = (
            f"{greet}，因{why}，您{loan}的商业贷款部分本期月供{_yuan(owed)}未能足额扣收，已逾期{d}天。"
            f"请向尾号{tail}还款账户存入差额{s.opt('，冲还贷事宜请咨询当地公积金中心', 0.5)}。"
        )
    elif r < 0.42:
        text = (
            f"{greet}：您的{loan}本月公积金冲还{_yuan(fund)}已到账，与商业贷款应还金额相差{_yuan(owed)}，"
            f"差额部分{we}未能从尾号{tail}账户扣收，已按逾期计收罚息，请尽快通过{_app_word(s, inst)}补还。"
        )
    elif r < 0.6:
        text = _sep(s).join(
            [
                s.rng.choice(["【组合贷扣款结果】", "房贷月供扣款提醒", "冲还贷差额提示"]),
                f"贷款：{loan}（商业部分）",
                f"公积金冲还：{_yuan(fund)}",
                f"未扣足：{_yuan(owed)}",
                f"原因：{why}",
                f"逾期：{d}天",
                s.rng.choice([f"咨询：{_hl(s, inst)}", f"还款：{_site(s, inst)}"]),
            ]
        )
    elif r < 0.77:
        text = (
            f"{_hi(greet)}，您房贷里公积金那块{s.rng.choice(['这个月没划过来', '没冲够', '暂停了'])}，"
            f"商贷这边还差{_yuan(owed)}没扣到，已经逾期{d}天了，往尾号{tail}的卡里存上{we}会自动补扣。"
        )
    elif r < 0.88:
        text = _trad(
            f"{greet}，因{why}，您的{loan}商業貸款部分尚欠{_yuan(owed)}未扣收，已逾期{d}天，請盡快存入還款賬戶。"
        )
    else:
        text = f"{loan}商贷部分{_yuan(owed)}未扣足，已逾期{d}天，请补存尾号{tail}账户。"
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, _own_account(s, 0.85))


_PLATFORMS = (
    "京东金融",
    "美团",
    "度小满",
    "抖音",
    "携程",
    "360借条",
    "分期乐",
    "洋钱罐",
    "小米钱包",
    "滴滴金融",
    "拍拍贷",
)


def h_g_02(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    we = _we(s, inst)
    brand = s.brand(inst)
    plat = s.rng.choice(_PLATFORMS)
    tail = s.tail()
    owed = s.amount(200, 30000)
    d = s.days(1, 90)
    role = s.rng.choice(["资金方", "出资银行", "放款机构", "贷款人"])
    r = s.rng.random()
    if r < 0.24:
        text = (
            f"{greet}，您通过{plat}申请的个人消费贷款由{we}发放（{we}为该笔贷款的{role}），目前已逾期{d}天，应还{owed}。"
            f"请在{plat}App原借款页面还款{s.opt('，逾期记录将以' + brand + '名义报送征信', 0.6)}。"
        )
    elif r < 0.42:
        text = (
            f"{greet}：{we}作为您在{plat}平台借款（借据尾号{tail}）的{role}提醒您，该笔借款本期未还，已逾期{d}天。"
            f"还款金额以平台页面为准，也可致电{we}客服{_hl(s, inst)}核实。"
        )
    elif r < 0.6:
        text = _sep(s).join(
            [
                s.rng.choice(["【联合贷款逾期提醒】", "合作平台借款逾期通知", "贷款逾期提示"]),
                f"借款渠道：{plat}",
                f"{role}：{brand}",
                f"借据尾号：{tail}",
                f"逾期：{d}天，应还{owed}",
                s.rng.choice([f"还款：{plat}App-我的借款", f"核实：{_hl(s, inst)}"]),
            ]
        )
    elif r < 0.77:
        text = (
            f"{_hi(greet)}，您在{plat}上借的那笔钱，实际是{we}放的款，现在逾期{d}天了。"
            f"还款还是在{plat}里操作，征信上会显示为{brand}的贷款。"
        )
    elif r < 0.88:
        text = _trad(f"{greet}，您經{plat}平台申請、由{we}發放的貸款已逾期{d}天，請通過原借款平台還款。")
    else:
        text = f"您经{plat}借款（{we}放款）已逾期{d}天，请在{plat}App还款。"
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, _own_account(s, 0.8))


_OUR_FAULT = (
    "我行系统升级",
    "我行批量扣款程序异常",
    "代扣通道临时故障",
    "我行扣款时间设置错误",
    "清算系统延迟",
    "我行账务处理差错",
)


def h_g_03(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    we = _we(s, inst)
    tail = s.tail()
    debt = _debt(s, inst)
    why = s.rng.choice(_OUR_FAULT)
    if inst.kind not in _BANK_KINDS:
        why = why.replace("我行", "我司")
    when = _md(s, -s.days(1, 6))
    fee = s.money(5, 300)
    left = s.money(200, 20000)
    r = s.rng.random()
    if r < 0.24:
        text = (
            f"{greet}，因{why}，您尾号{tail}账户{when}的{debt}自动扣款未执行，系统显示逾期。此次逾期系{we}原因造成，"
            f"不计收违约金、不报送征信。请于{_md(s, s.days(2, 5))}前通过{_app_word(s, inst)}还款{_yuan(left)}。"
        )
    elif r < 0.42:
        text = (
            f"{greet}：经核查，您{when}的还款已按时提交，因{why}延迟入账，系统误记逾期。{we}已更正，"
            f"已收取的违约金{_yuan(fee)}将于{s.rng.randint(3, 7)}个工作日内退回原卡{s.opt('，给您带来不便深表歉意', 0.6)}。"
        )
    elif r < 0.6:
        text = _sep(s).join(
            [
                s.rng.choice(["【扣款异常说明】", "逾期记录更正通知", "系统差错致歉"]),
                f"原因：{why}",
                f"影响：{when}自动扣款未成功",
                "处理：不计逾期、不报送征信",
                f"仍需还款：{_yuan(left)}",
                s.rng.choice([f"还款：{_site(s, inst)}", f"咨询：{_hl(s, inst)}"]),
            ]
        )
    elif r < 0.77:
        text = (
            f"{_hi(greet)}，{when}那次扣款没成功是{we}这边{s.rng.choice(['系统的问题', '程序出错了', '通道故障'])}，"
            f"不算您逾期，征信也不会报。不过欠款{_yuan(left)}还是要还，{we}今晚会重新扣一次。"
        )
    elif r < 0.88:
        text = _trad(
            f"{greet}，因{why}，您{when}的扣款未成功，相關逾期記錄已更正，不影響徵信，請留意再次扣款。"
        )
    else:
        text = f"因{why}产生的逾期已更正，违约金{_yuan(fee)}将退回原卡。"
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, _own_account(s, 0.9))


_LETTERS = (
    "《逾期还款提醒函》",
    "信用卡对账单",
    "《催收通知书》",
    "《贷款逾期告知书》",
    "纸质账单",
    "《欠款催告函》",
)
_RETURN_WHY = ("地址不详", "查无此人", "原址已拆迁", "拒收", "单位地址已变更", "无人签收超期")


def h_g_04(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    we = _we(s, inst)
    debt = _debt(s, inst)
    letter = s.rng.choice(_LETTERS)
    why = s.rng.choice(_RETURN_WHY)
    when = _md(s, -s.days(5, 25))
    d = s.days(10, 120)
    owed = s.amount(300, 50000)
    addr = s.rng.choice(["账单地址", "居住地址", "单位地址", "预留通讯地址"])
    r = s.rng.random()
    if r < 0.24:
        text = (
            f"{greet}，{we}于{when}寄往您{addr}的{letter}被邮政退回（{why}）。您的{debt}目前已逾期{d}天，"
            f"请登录{s.app(inst)}App更新{addr}，并尽快还款。"
        )
    elif r < 0.4:
        text = (
            f"{greet}：{we}发往您预留电子邮箱的电子账单连续{s.rng.randint(2, 4)}期被退回，本期应还{owed}已逾期{d}天。"
            f"可在{s.app(inst)}App查看账单并更新邮箱{s.opt('，或持身份证到网点办理', 0.5)}。"
        )
    elif r < 0.58:
        text = _sep(s).join(
            [
                s.rng.choice(["【函件退回提示】", "邮寄失败通知", "账单退件提醒"]),
                f"函件：{letter}",
                f"寄出：{when}",
                f"退回原因：{why}",
                f"账户状态：逾期{d}天",
                s.rng.choice([f"更新地址：{s.app(inst)}App", f"咨询：{_hl(s, inst)}"]),
            ]
        )
    elif r < 0.76:
        text = (
            f"{_hi(greet)}，给您寄的{letter}被退回来了，写的是“{why}”，您是不是换地址了？"
            f"地址可以在{s.app(inst)}App里改。另外{debt}已经逾期{d}天，欠款{owed}，记得还。"
        )
    elif r < 0.88:
        text = _trad(
            f"{greet}，{we}寄往您{addr}的{letter}已被退回（{why}），您的{debt}已逾期{d}天，請更新地址並盡快還款。"
        )
    else:
        text = f"{letter}退回（{why}），您的{debt}仍逾期{d}天，请更新地址。"
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, _own_account(s, 0.85))


def _en_name(inst: Institution) -> str:
    """The English name without the bracketed abbreviation ("China Merchants Bank (CMB)" → "China Merchants Bank")."""
    return re.sub(r"\s*\(.*?\)", "", inst.name_en).strip() or inst.name


_ABROAD = ("境外", "港澳地区", "海外", "国外", "台湾地区")


def h_g_05(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    we = _we(s, inst)
    tail = s.tail()
    place = s.rng.choice(_ABROAD)
    d = s.days(1, 60)
    x = s.money(100, 30000)
    usd = round(s.rng.uniform(5, 3000), 2)
    cur = s.rng.choice(["USD", "HKD", "EUR", "JPY", "MOP"])
    r = s.rng.random()
    if r < 0.22:
        text = (
            f"{greet}，您尾号{tail}信用卡已逾期{d}天。如您身在{place}，可通过{s.app(inst)}App还款，"
            f"或从境外致电{we}客服热线{_hl(s, inst)}（需加拨中国国家代码）。"
        )
    elif r < 0.4:
        text = (
            f"{greet}：您尾号{tail}卡片的{cur}账单{usd:,.2f}未还，已逾期{d}天。可在{_app_word(s, inst)}购汇还款，"
            f"或从境外银行汇入您本人尾号{tail}的卡片（收款人须为您本人）。"
        )
    elif r < 0.56:
        text = (
            f"Dear customer, your {_en_name(inst)} credit card ending {tail} is {d} days overdue (RMB {x:,.2f}). "
            f"Please repay via our mobile banking app. 您尾号{tail}信用卡已逾期{d}天，请通过手机银行还款。"
        )
    elif r < 0.72:
        text = _sep(s).join(
            [
                s.rng.choice(["【境外用卡还款提示】", "出境期间还款提醒", "跨境还款指引"]),
                f"卡片：尾号{tail}",
                f"状态：逾期{d}天",
                f"欠款：{_yuan(x)}",
                f"{place}还款：{s.app(inst)}App / 境外汇款至本人卡片",
                f"热线：{_hl(s, inst)}",
            ]
        )
    elif r < 0.86:
        text = _trad(
            f"{greet}，閣下尾號{tail}之信用卡已逾期{d}天，欠款{_yuan(x)}。身處{place}期間可透過{s.app(inst)}App還款。"
        )
    else:
        text = f"出境期间尾号{tail}卡已逾期{d}天，可在{s.app(inst)}App还款。"
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, _own_account(s, 0.85))


# -- round 12: spoofed -------------------------------------------------------------------------------------


_AI_NAMES = ("AI协商助手", "智能还款管家", "数字员工", "AI贷后顾问", "协商智能体", "AI减免测算")


def h_s_01(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    debt = _debt_at(s, inst, ref)
    ai = s.rng.choice(_AI_NAMES)
    nick = s.rng.choice(["小安", "小融", "小智", "小禾", "小贷", "小诺"])
    link = _spoof_link(s, inst, ("ai", "agent", "chat", "zs", "gpt", "bot"))
    sender = _spoof_sender(s)
    r = s.rng.random()
    if r < 0.24:
        text = (
            f"{greet}，{ref}上线“{ai}”，输入身份证号即可测算您{debt}的可减免金额并生成分期方案，"
            f"{s.rng.choice(['7×24小时', '无需排队', '1分钟出结果'])}：{link}"
        )
    elif r < 0.4:
        text = f"【{s.brand(inst)}】您的逾期账户已分配{ai}“{nick}”，请拨打AI语音专线{_callback(s)}，按提示说出“协商还款”即可办理。"
    elif r < 0.54:
        text = (
            f"{ref}：{greet}，{ai}已为您生成专属还款方案（仅保留{s.rng.randint(24, 72)}小时），"
            f"企业微信搜索“{s.rng.choice([ref, s.brand(inst)])}{nick}”添加后查看。"
        )
    elif r < 0.7:
        text = _sep(s).join(
            [
                s.rng.choice(["【AI协商服务】", f"{ref}{ai}", "智能协商通知"]),
                f"助手：{nick}",
                f"可办：{s.rng.choice(['延期', '分期', '减免违约金', '停催'])}",
                f"入口：{s.rng.choice([link, link, _callback(s)])}",
                "提示：人工坐席已满，请优先使用AI",
            ]
        )
    elif r < 0.82:
        text = f"{greet}，回复“AI”即可由{ref}{ai}为您计算{debt}减免额度{s.opt('，名额有限', 0.5)}。"
        sender = sender or s.bad_sender()
    elif r < 0.92:
        text = _trad(f"{greet}，{ref}推出{ai}，逾期客戶可於 {link} 與“{nick}”對話申請分期。")
    else:
        text = f"{_emoji(s, 0.5)}{ref}{ai}上线：{link}"
    return _msg(text, inst, sender, rec, _own_account(s))


_CONFIRM_DOCS = ("《欠款余额确认函》", "《债务询证函》", "《年度对账确认书》", "《逾期债务确认单》")


def h_s_02(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    debt = _debt_at(s, inst, ref)
    doc = s.rng.choice(_CONFIRM_DOCS)
    owed = s.amount(500, 80000)
    by = s.date(s.days(1, 6))
    link = _spoof_link(s, inst, ("qr", "dz", "confirm", "xz", "check"))
    sender = _spoof_sender(s)
    r = s.rng.random()
    if r < 0.24:
        text = (
            f"{greet}，{ref}年度对账：截至目前您的{debt}逾期欠款为{owed}。请于{by}前登录 {link} 签收{doc}，"
            f"逾期未确认视为认可全部欠款及费用。"
        )
    elif r < 0.4:
        text = f"【{s.brand(inst)}】{doc}已生成，如对欠款金额{owed}有异议，请于{by}前致电对账专线{_callback(s)}，逾期不再受理。"
    elif r < 0.54:
        code = s.rng.choice(["QR", "1", "QR", "DZ"])
        text = f"{ref}：{greet}，您的逾期欠款经核对为{owed}，确认无误请回复“{code}”，有异议回复“YY”{s.opt('，未回复将按系统金额起诉', 0.5)}。"
        sender = sender or s.bad_sender()
    elif r < 0.72:
        text = _sep(s).join(
            [
                s.rng.choice(["【欠款询证】", f"{ref}对账通知", "债务确认"]),
                f"业务：{debt}",
                f"核对金额：{owed}",
                f"确认截止：{by}",
                f"签收：{s.rng.choice([link, link, _callback(s)])}",
            ]
        )
    elif r < 0.85:
        text = (
            f"{_hi(greet)}，{ref}审计部门在做逾期账户核对，{doc}麻烦您在 {link} 上电子签收一下，"
            f"不签收的话系统默认按最高金额{s.rng.choice(['计收', '上报', '移交法务'])}。"
        )
    elif r < 0.93:
        text = _trad(f"{greet}，{ref}{doc}待簽收，欠款{owed}，請於{by}前至 {link} 確認，逾期視為認可。")
    else:
        text = f"{_emoji(s, 0.4)}{ref}{doc}待确认：{s.rng.choice([link, _callback(s)])}"
    return _msg(text, inst, sender, rec, _own_account(s))


_LINKED = (
    "名下全部银行账户",
    "名下所有借记卡及第三方支付余额",
    "微信、支付宝零钱及银行卡",
    "名下全部账户（含理财）",
)


def h_s_03(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    debt = _debt_at(s, inst, ref)
    acc = s.rng.choice(_LINKED)
    when = s.date(s.days(1, 4))
    owed = s.amount(500, 60000)
    link = _spoof_link(s, inst, ("kh", "zt", "stop", "ld", "hk"))
    sender = _spoof_sender(s)
    r = s.rng.random()
    if r < 0.25:
        text = (
            f"{greet}，因您在{ref}的{debt}逾期未还，系统将于{when}起对您{acc}发起联动扣划{owed}。"
            f"如需自主还款、暂停扣划，请于此前致电{_callback(s)}。"
        )
    elif r < 0.42:
        text = f"【{s.brand(inst)}】全网联动扣款预通知：{acc}将被统一扣划，扣划期间账户只进不出。申请暂缓请登录 {link}"
    elif r < 0.56:
        text = f"{ref}：{greet}，您{acc}已纳入{when}联动扣划名单，回复“ZH”可申请改为自主还款{s.opt('，避免工资卡被扣', 0.5)}。"
        sender = sender or s.bad_sender()
    elif r < 0.73:
        text = _sep(s).join(
            [
                s.rng.choice(["【联动扣划预告】", f"{ref}跨行扣款通知", "账户扣划提醒"]),
                f"欠款：{owed}",
                f"范围：{acc}",
                f"执行：{when}",
                f"暂停：{s.rng.choice([link, _callback(s)])}",
            ]
        )
    elif r < 0.86:
        text = (
            f"{_hi(greet)}，我是{ref}贷后专员，您逾期的事系统{when}要走联动扣款了，工资卡也会扣，"
            f"想先自己还的话今天打我{_spaced(s, s.rng.choice([s.mobile, s.virtual])())}登记。"
        )
    elif r < 0.94:
        text = _trad(f"{greet}，{ref}將對您{acc}聯動扣劃逾期欠款{owed}，如需暫停請致電{_callback(s)}。")
    else:
        text = f"{_emoji(s, 0.4)}{ref}联动扣划{when}执行，暂停：{s.rng.choice([link, _callback(s)])}"
    return _msg(text, inst, sender, rec, _own_account(s))


_LIMITS = ("限制呼出", "暂停语音及数据业务", "停机", "限制收发短信", "纳入高风险号码名单")


def h_s_04(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    debt = _debt_at(s, inst, ref)
    lim = s.rng.choice(_LIMITS)
    h = s.rng.choice([2, 12, 24, 48])
    carrier = s.rng.choice(["运营商", "通信运营商", "中国移动", "中国联通", "中国电信"])
    link = _spoof_link(s, inst, ("jc", "tj", "haoma", "unlock", "sim"))
    sender = _spoof_sender(s)
    r = s.rng.random()
    if r < 0.25:
        text = (
            f"{greet}，因您在{ref}的{debt}长期逾期，{ref}已向{carrier}提交协查申请，您的手机号将于{h}小时内{lim}。"
            f"已还款或需撤回请致电{_callback(s)}。"
        )
    elif r < 0.42:
        text = f"【{carrier}】应{ref}协查要求，本号码将于{h}小时后{lim}。如有异议请登录 {link} 提交还款说明。"
    elif r < 0.57:
        text = f"{ref}：{greet}，您的手机号已列入{carrier}协查名单，回复“CH”撤回协查申请{s.opt('，撤回后号码正常使用', 0.5)}。"
        sender = sender or s.bad_sender()
    elif r < 0.73:
        text = _sep(s).join(
            [
                s.rng.choice(["【号码协查通知】", f"{ref}协查申请", "号码状态变更预告"]),
                f"申请方：{ref}",
                f"事由：{debt}逾期",
                f"措施：{lim}",
                f"生效：{h}小时后",
                f"撤回：{s.rng.choice([link, _callback(s)])}",
            ]
        )
    elif r < 0.86:
        text = (
            f"{_hi(greet)}，这边是{ref}贷后，已经通知{carrier}把您这个号{lim}了，"
            f"今天还能撤回，打{_spaced(s, s.rng.choice([s.mobile, s.virtual])())}找我处理。"
        )
    elif r < 0.94:
        text = _trad(f"{greet}，應{ref}申請，您的號碼將於{h}小時內{lim}，撤回請致電{_callback(s)}。")
    else:
        text = f"{_emoji(s, 0.4)}{ref}协查：本号{h}小时后{lim}，撤回 {s.rng.choice([link, _callback(s)])}"
    return _msg(text, inst, sender, rec, _own_account(s))


_EVENTS = ("减免开放日", "诚信还款月", "逾期客户回馈周", "专项清收活动", "个性化分期绿色通道开放日", "还款节")


def h_s_05(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    debt = _debt_at(s, inst, ref)
    ev = s.rng.choice(_EVENTS)
    left = s.rng.randint(3, 40)
    cut = s.rng.choice(["违约金全免", "利息减半", "最高减免70%", "本金打八折", "停息分期60期"])
    link = _spoof_link(s, inst, ("hd", "event", "bm", "jm", "kfr"))
    # a fake base station: on about half the rows the phone shows the institution's own sender ID
    official = s.sender(inst) if s.rng.random() < 0.5 else None
    sender = official or _spoof_sender(s)
    r = s.rng.random()
    if r < 0.25:
        text = f"{greet}，{ref}“{ev}”今日开启，逾期客户报名可享{cut}，剩余名额{left}个，报名：{link}"
    elif r < 0.42:
        text = (
            f"【{s.brand(inst)}】{ev}限时开放：您的{debt}符合{cut}条件，请于{s.date(s.days(0, 3))}前致电活动专线"
            f"{_callback(s)}登记{s.opt('，过期恢复原计收标准', 0.5)}。"
        )
    elif r < 0.57:
        text = (
            f"{ref}：{greet}，{ev}仅剩{left}个名额，{cut}。点击 {link} 预约，"
            f"{s.rng.choice(['逾期不候', '先到先得', '活动结束后不再受理'])}。"
        )
    elif r < 0.74:
        text = _sep(s).join(
            [
                s.rng.choice([f"【{ev}】", f"{ref}{ev}", "限时活动通知"]),
                f"对象：{debt}逾期客户",
                f"权益：{cut}",
                f"名额：剩余{left}个",
                f"报名：{s.rng.choice([link, link, _callback(s)])}",
            ]
        )
    elif r < 0.87:
        text = (
            f"{_hi(greet)}，{ref}这次{ev}力度挺大，{cut}，我帮您留了个名额，"
            f"在 {link} 填一下资料就行{s.opt('，今晚12点截止', 0.5)}。"
        )
    elif r < 0.94:
        text = _trad(f"{greet}，{ref}{ev}開放中，逾期客戶可享{cut}，名額有限，報名：{link}")
    else:
        text = f"{_emoji(s, 0.4)}{ref}{ev}：{cut}，报名 {s.rng.choice([link, _callback(s)])}"
    return _msg(text, inst, sender, rec, _own_account(s))


# -- round 12: mistaken ------------------------------------------------------------------------------------


_BOOKINGS = ("协商回电", "网点面谈", "还款方案回电", "贷后专员回电", "分期办理面谈")


def h_m_01(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = _other(s, rec)
    who = _shown(s, other)
    we = _we(s, inst)
    debt = _debt(s, inst)
    kind = s.rng.choice(_BOOKINGS)
    when = f"{_md(s, s.days(1, 4))}{_hhmm(s)}"
    owed = s.amount(300, 40000)
    trad = False
    r = s.rng.random()
    if r < 0.26:
        text = (
            f"{who}您好，您预约的{kind}已登记：{we}将于{when}联系您，沟通{debt}逾期{owed}的还款安排，"
            f"届时请保持本号码畅通。"
        )
    elif r < 0.44:
        text = (
            f"您好，客户{who}在{s.app(inst)}App预约了{when}的{kind}，预约手机号为本号码。"
            f"如您不是{who}本人，请忽略本短信{s.opt('或致电' + _hl(s, inst) + '取消该预约', 0.6)}。"
        )
    elif r < 0.6:
        text = f"{we}提醒：{who}预约的{kind}时间为{when}，如需改约请致电{_hl(s, inst)}{s.opt('，改约需本人办理', 0.5)}。"
    elif r < 0.76:
        text = _sep(s).join(
            [
                s.rng.choice(["【预约确认】", "预约登记成功", "协商预约提醒"]),
                f"预约人：{who}",
                f"事项：{kind}（{debt}逾期）",
                f"时间：{when}",
                f"改约：{_hl(s, inst)}",
            ]
        )
    elif r < 0.9:
        trad = True
        text = f"{who}您好，您預約的{kind}定於{when}，{we}屆時將致電本號碼商議{debt}逾期還款事宜。"
    else:
        text = f"{who}，{when}{kind}已约好，请留意来电。"
    return _finish_mistaken(s, inst, text, rec, trad)


def h_m_02(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = _other(s, rec)
    who = _shown(s, other)
    we = _we(s, inst)
    plate = _plate(s)
    tail = s.tail()
    owed = s.amount(50, 3000)
    d = s.days(3, 90)
    what = s.rng.choice(["ETC信用卡", "ETC记账卡", "ETC联名卡", "车主信用卡"])
    trad = False
    r = s.rng.random()
    if r < 0.26:
        text = (
            f"您好，车辆{plate}绑定的{we}{what}（持卡人{who}，尾号{tail}）通行费欠款{owed}已逾期{d}天，ETC将被列入黑名单。"
            f"本号码为该ETC登记手机号，如车辆已过户，请告知原车主办理解绑。"
        )
    elif r < 0.44:
        text = f"{who}您好，您{what}尾号{tail}的高速通行费{owed}已逾期{d}天，车辆{plate}的ETC将暂停使用。"
    elif r < 0.6:
        text = (
            f"车主您好：车辆{plate}原登记车主{who}在{we}的{what}尚有欠款{owed}，逾期{d}天。"
            f"如您已购入该二手车，请转告原车主还款并解绑ETC{s.opt('，新车主无需承担该欠款', 0.6)}。"
        )
    elif r < 0.76:
        text = _sep(s).join(
            [
                s.rng.choice(["【ETC欠费提醒】", "ETC通行费逾期", "车辆ETC状态提示"]),
                f"车牌：{plate}",
                f"持卡人：{who}",
                f"欠费：{owed}（逾期{d}天）",
                "本号码：ETC登记手机号",
                f"解绑咨询：{_hl(s, inst)}",
            ]
        )
    elif r < 0.9:
        trad = True
        text = f"您好，車輛{plate}綁定的{what}（持卡人{who}）通行費已逾期{d}天，如車輛已轉讓，煩請轉告原車主處理。"
    else:
        text = f"{plate}的{what}（{who}）欠费{owed}逾期，请转告车主。"
    return _finish_mistaken(s, inst, text, rec, trad)


_HELPERS = ("家政阿姨", "保姆", "护工", "司机", "钟点工", "月嫂", "班组工人", "工地工人")


def h_m_03(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = _other(s, rec)
    who = _shown(s, other)
    we = _we(s, inst)
    debt = _debt(s, inst)
    role = s.rng.choice(_HELPERS)
    boss = "班组长" if role in ("班组工人", "工地工人") else "雇主"
    owed = s.amount(300, 30000)
    d = s.days(5, 120)
    trad = False
    r = s.rng.random()
    if r < 0.26:
        text = (
            f"您好，{we}客户{who}办理{debt}时将本号码登记为“{boss}电话”。{who}的{debt}已逾期{d}天，"
            f"如{who}是您家的{role}，烦请转告其尽快还款{s.opt('，您无需承担任何还款责任', 0.6)}。"
        )
    elif r < 0.44:
        text = (
            f"{who}您好，您的{debt}已逾期{d}天，欠款{owed}，请尽快处理。（本短信发送至您登记的工作单位电话）"
        )
    elif r < 0.6:
        text = (
            f"{boss}您好：{who}（{role}）在{we}的{debt}逾期{owed}，本号码为其申请时填写的工作联系电话，"
            f"烦请代为转达，如其已离开请回复“离职”。"
        )
    elif r < 0.76:
        text = _sep(s).join(
            [
                s.rng.choice(["【工作电话核实】", "单位电话提醒", "客户工作信息核对"]),
                f"客户：{who}",
                f"登记身份：{role}",
                f"本号码：{boss}电话",
                f"事项：{debt}逾期{d}天",
                f"请转告客户致电{_hl(s, inst)}",
            ]
        )
    elif r < 0.9:
        trad = True
        text = f"您好，{who}將本號碼登記為工作電話，其{debt}已逾期{d}天，如{who}為您的{role}，煩請轉告。"
    else:
        text = f"{boss}您好，{who}{debt}逾期{owed}，请转告。"
    return _finish_mistaken(s, inst, text, rec, trad)


_FLEET_WORDS = ("顺通", "鑫达", "恒运", "安通", "宏远", "汇丰达", "四通", "金路")
_FLEET_KINDS = ("运输有限公司", "物流有限公司", "汽车运输队", "网约车服务有限公司", "货运车队")
_VEHICLES = ("重型半挂牵引车", "轻型厢式货车", "网约车", "自卸车", "冷藏车", "出租车")


def h_m_04(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = _other(s, rec)
    who = _shown(s, other)
    we = _we(s, inst)
    co = f"{s.rng.choice(_FLEET_WORDS)}{s.rng.choice(_FLEET_KINDS)}"
    plate = _plate(s)
    veh = s.rng.choice(_VEHICLES)
    k = s.rng.randint(2, 35)
    n = s.rng.choice([24, 36, 48])
    owed = s.amount(2000, 60000)
    d = s.days(5, 120)
    trad = False
    r = s.rng.random()
    if r < 0.26:
        text = (
            f"{co}您好：挂靠贵公司的{veh}{plate}（车主{who}）车辆分期已逾期{d}天，欠款{owed}。"
            f"该车登记的挂靠单位电话为本号码，烦请通知车主本人尽快还款。"
        )
    elif r < 0.44:
        text = f"{who}您好，您挂靠{co}的车辆{plate}分期第{k}/{n}期未还，已逾期{d}天，欠款{owed}，请尽快还款。"
    elif r < 0.6:
        text = (
            f"您好，{we}客户{who}的{veh}（{plate}）登记在{co}名下运营，其车贷已逾期{d}天。"
            f"请贵公司转告车主{s.opt('；公司不承担还款责任，亦无需垫付', 0.6)}。"
        )
    elif r < 0.76:
        text = _sep(s).join(
            [
                s.rng.choice(["【挂靠车辆贷款逾期】", "车辆分期逾期告知", "挂靠单位通知"]),
                f"挂靠单位：{co}",
                f"车辆：{plate}（{veh}）",
                f"车主：{who}",
                f"逾期：第{k}期，{d}天",
                f"请转告车主致电{_hl(s, inst)}",
            ]
        )
    elif r < 0.9:
        trad = True
        text = f"{co}您好，掛靠貴公司的車輛{plate}（車主{who}）車貸已逾期{d}天，煩請轉告車主。"
    else:
        text = f"挂靠车{plate}（{who}）车贷逾期{owed}，请转告车主。"
    return _finish_mistaken(s, inst, text, rec, trad)


_KEEPERS = ("出国务工", "移居海外", "出国留学", "随子女定居外地", "赴港工作", "长期在国外")


def h_m_05(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = _other(s, rec)
    who = _shown(s, other)
    we = _we(s, inst)
    debt = _debt(s, inst)
    why = s.rng.choice(_KEEPERS)
    owed = s.amount(300, 50000)
    d = s.days(10, 200)
    trad = False
    r = s.rng.random()
    if r < 0.26:
        text = (
            f"{who}您好，您的{debt}已逾期{d}天，欠款{owed}。{we}多次发送提醒未获回复，"
            f"如本号码现由您的亲友代为保管，烦请转告{who}尽快处理。"
        )
    elif r < 0.44:
        text = (
            f"您好，本号码为{we}客户{who}的预留手机号。据了解{who}已{why}，"
            f"如您是代其保号的家人，请转告其{debt}已逾期{d}天{s.opt('，可通过' + s.app(inst) + 'App在境外还款', 0.5)}。"
        )
    elif r < 0.6:
        text = f"{who}您好，您{why}期间{debt}仍在计息，现已逾期{d}天。如您已不再使用本号码，请致电{_hl(s, inst)}更新。"
    elif r < 0.76:
        text = _sep(s).join(
            [
                s.rng.choice(["【逾期提醒】", "预留号码逾期通知", "客户失联提醒"]),
                f"客户：{who}",
                f"情况：{why}",
                f"逾期：{d}天，欠款{owed}",
                "如号码由他人保管，烦请转告",
            ]
        )
    elif r < 0.9:
        trad = True
        text = f"{who}您好，您的{debt}已逾期{d}天。如本號碼由親友代為保管，煩請轉告{who}本人。"
    else:
        text = f"{who}，{debt}逾期{owed}，本号码如由他人保管请转告。"
    return _finish_mistaken(s, inst, text, rec, trad)


# -- round 12: scam ----------------------------------------------------------------------------------------


_IDENTITY_GIGS = (
    ("出租微信号", "每天{x}元"),
    ("出租支付宝实名账户", "每天{x}元"),
    ("刷脸认证兼职", "刷一次{x}元"),
    ("AI声音样本录制", "每条{x}元"),
    ("人脸视频采集", "一组{x}元"),
    ("手机卡代实名", "每张{x}元"),
    ("营业执照代注册", "每份{x}元"),
)


def h_c_01(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    gig, rate = s.rng.choice(_IDENTITY_GIGS)
    rate = rate.format(x=s.rng.choice([50, 80, 100, 150, 200, 300, 500]))
    dep = s.rng.choice([99, 199, 299, 500])
    link = _plain_link(s, ("job", "rw", "face", "voice", "jz"))
    r = s.rng.random()
    if r < 0.24:
        text = (
            f"{greet}，{ref}逾期还不上？{gig}，{rate}，收入直接抵扣{ref}欠款，"
            f"只需身份证和本人手机，加{_contact(s)}{s.opt('，日结不拖欠', 0.5)}。"
        )
    elif r < 0.4:
        text = (
            f"【抵债兼职】{greet}：用您的身份信息参与“{gig}”项目，按专员指示操作，{rate}，"
            f"{s.rng.choice(['系统自动冲抵', '由合作方代还', '每周统一代还'])}{ref}欠款，先交押金{dep}元至{_wallet(s)}。"
        )
    elif r < 0.56:
        text = (
            f"{ref}欠款可以“以号抵债”：把实名微信/支付宝账号和登录验证码交给我们托管{s.rng.randint(7, 30)}天，"
            f"每天{s.rng.choice([50, 80, 100, 150])}元，到期连本带息帮你还清，{_contact(s)}。"
        )
    elif r < 0.72:
        text = _sep(s).join(
            [
                s.rng.choice(["【身份兼职抵债】", f"{ref}逾期上岸", "实名兼职招募"]),
                f"项目：{gig}",
                f"报酬：{rate}，抵扣{ref}欠款",
                "要求：身份证+本人手机",
                f"报名：{s.rng.choice([link, _contact(s)])}",
            ]
        )
    elif r < 0.86:
        text = (
            f"{greet}，对着镜头按提示{s.rng.choice(['眨眼摇头', '念一段数字', '转头张嘴'])}录几段视频，"
            f"{rate}，攒够了帮你把{ref}的逾期清掉，打开 {link} 开始。"
        )
    elif r < 0.94:
        text = _trad(
            f"{greet}，{gig}抵債：{rate}，收入直接代還{ref}欠款，需身份證及本人手機，聯繫{_contact(s)}"
        )
    else:
        text = f"{_emoji(s, 0.4)}{gig}抵{ref}欠款，{rate}，{_contact(s)}"
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


_RENT_GOODS = ("最新款苹果手机", "华为旗舰手机", "笔记本电脑", "游戏机", "平板电脑", "无人机", "单反相机")
_RENT_PLATS = ("租机平台", "先用后付商城", "信用租赁小程序", "0押金租赁App")
_STREETS = ("富民路", "东兴街", "新华北路", "长青路", "育才巷", "工业大道", "金穗路", "和平里")


def h_c_02(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    goods = s.rng.choice(_RENT_GOODS)
    plat = s.rng.choice(_RENT_PLATS)
    cash = s.rng.choice([3000, 4500, 5000, 6000, 7800, 8000])
    n = s.rng.choice([6, 12, 24])
    addr = f"{s.rng.choice(['广州', '深圳', '东莞', '郑州', '成都', '长沙'])}{s.rng.choice(_STREETS)}{s.rng.randint(1, 99)}号"
    taker = s.name()
    r = s.rng.random()
    if r < 0.24:
        text = (
            f"{greet}，{ref}逾期急用钱？在{plat}0押金下单{goods}（分{n}期），到货不拆封寄到{addr}（收件人{taker}，"
            f"{_spaced(s, s.mobile())}），签收当天打{cash}元到你卡上先还{ref}。"
        )
    elif r < 0.4:
        text = (
            f"【回收代还】{ref}逾期客户可“租机回收”：用你的信用分租{goods}，我们高价回收，"
            f"回收款直接代还{ref}欠款，月租你自己付，详询{_contact(s)}。"
        )
    elif r < 0.56:
        text = (
            f"{greet}：你的{ref}逾期我们可以处理，先用你的名义在{plat}下{s.rng.randint(2, 4)}单，"
            f"账号密码和验证码发我，操作完{s.rng.choice(['当天', '次日', '2小时内'])}给你{cash}元。"
        )
    elif r < 0.72:
        text = _sep(s).join(
            [
                s.rng.choice(["【租机套现】", f"{ref}逾期周转", "信用变现"]),
                f"下单：{plat}租{goods}",
                f"寄回：{addr}（{taker}）",
                f"到手：{cash}元，先还{ref}",
                f"联系：{_contact(s)}",
            ]
        )
    elif r < 0.86:
        text = (
            f"{greet}，上次说的租机还{ref}的事，订单我已经帮你填好了，你点 {_plain_link(s, ('zj', 'rent', 'order'))} 刷脸确认，"
            f"机器直接发我这边，钱我转你。"
        )
    elif r < 0.94:
        text = _trad(
            f"{greet}，{ref}逾期可租機變現：{plat}下單{goods}寄到{addr}，到手{cash}元先還欠款，聯繫{_contact(s)}"
        )
    else:
        text = f"{_emoji(s, 0.4)}租机套现还{ref}，到手{cash}元，{_contact(s)}"
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


_TOKENS = ("债权通证", "数字藏品", "债权NFT", "RWA债权份额", "积分通证", "还款链上凭证")
_CHAINS = ("星链债权", "汇融链", "元宇宙资产", "普惠债权平台", "数字资产交易所")


def _trc_address(s: Slots) -> str:
    return "T" + s._rand_alnum(33)


def h_c_03(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    tok = s.rng.choice(_TOKENS)
    chain = s.rng.choice(_CHAINS)
    price = s.rng.choice([199, 299, 599, 999, 1999, 3000])
    mult = s.rng.choice([3, 5, 8, 10])
    days = s.rng.choice([3, 7, 15, 30])
    link = _plain_link(s, ("nft", "rwa", "dc", "chain", "zq"))
    r = s.rng.random()
    if r < 0.24:
        text = (
            f"{greet}，您在{ref}的逾期债权已上链数字化。购买对应{tok}（{price}元/份）后，{chain}平台{days}天内按{mult}倍回购，"
            f"回购款直接冲抵欠款：{link}"
        )
    elif r < 0.4:
        text = (
            f"【{chain}】{ref}逾期客户专享：认购{tok}即可锁定{mult}折结清价，认购款请转USDT至地址 {_trc_address(s)}，"
            f"到账后{days}天内完成核销。"
        )
    elif r < 0.56:
        text = (
            f"{ref}欠款不用还现金了，买{tok}抵，{price}元一份，持有{days}天自动兑换成减免额度，"
            f"加{_contact(s)}拉你进认购群。"
        )
    elif r < 0.72:
        text = _sep(s).join(
            [
                s.rng.choice(["【债权数字化】", f"{ref}欠款上链", f"{tok}认购"]),
                f"标的：{tok}",
                f"价格：{price}元/份",
                f"回购：{days}天，{mult}倍",
                "用途：冲抵逾期欠款",
                f"入口：{link}",
            ]
        )
    elif r < 0.86:
        text = (
            f"{greet}，您的{ref}逾期已被{chain}收购并发行{tok}，您作为原债务人有优先认购权，"
            f"认购后债务自动注销，转{_wallet(s)}登记。"
        )
    elif r < 0.94:
        text = _trad(f"{greet}，{ref}逾期債權已數字化，購買{tok}（{price}元/份）{days}天回購抵欠款：{link}")
    else:
        text = f"{_emoji(s, 0.4)}买{tok}抵{ref}欠款，{days}天{mult}倍回购 {link}"
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


_INSURERS = ("人寿", "平安", "太平洋", "泰康", "新华", "太平", "友邦")
_POLICIES = ("重疾险", "年金险", "分红险", "增额终身寿", "万能险", "教育金保险")


def h_c_04(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    ins = s.rng.choice(_INSURERS)
    pol = s.rng.choice(_POLICIES)
    pct = s.rng.choice([15, 20, 25, 30])
    fee = s.rng.choice([800, 1500, 2000, 3000, 5000])
    r = s.rng.random()
    if r < 0.24:
        text = (
            f"{greet}，您名下的{ins}{pol}我们可代理“全额退保”（不是现金价值，是已交保费全退），退保款直接结清{ref}欠款，"
            f"服务费为退保金的{pct}%，先付定金{fee}元至{_wallet(s)}。"
        )
    elif r < 0.4:
        text = (
            f"【代理退保】{ref}逾期客户：用保单还债最划算，提供保单号、身份证照片及保险公司App登录验证码，"
            f"由我方代办退保并代还{ref}，咨询{_contact(s)}。"
        )
    elif r < 0.56:
        text = (
            f"{greet}：您的{pol}可办理保单贷款，我们帮您贷出来先还{ref}，"
            f"需把保单原件和{s.rng.choice(['保险App账号密码', '投保人手机验证码', '银行卡及密码'])}交给专员，手续费{fee}元。"
        )
    elif r < 0.72:
        text = _sep(s).join(
            [
                s.rng.choice(["【保单还债方案】", f"{ref}逾期上岸", "全额退保代办"]),
                f"保单：{ins}{pol}",
                "方式：投诉退保，已交保费全退",
                f"去向：退保金直接代还{ref}",
                f"费用：{pct}%（定金{fee}元）",
                f"联系：{_contact(s)}",
            ]
        )
    elif r < 0.86:
        text = (
            f"{greet}，跟您说的退保还{ref}的事，需要您先去监管那边投诉“销售误导”，材料我们写好了，"
            f"退下来的钱先打到我们对接的账户{_person_account(s)}，扣完{pct}%服务费再替您还款。"
        )
    elif r < 0.94:
        text = _trad(
            f"{greet}，可代辦{ins}{pol}全額退保，退保金直接結清{ref}欠款，服務費{pct}%，聯繫{_contact(s)}"
        )
    else:
        text = f"{_emoji(s, 0.4)}代理退保还{ref}，{pct}%服务费，{_contact(s)}"
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


_POA_FIRMS = (
    "鼎信债务管理有限公司",
    "安和法律咨询中心",
    "正信资产重组服务部",
    "华益债务优化工作室",
    "国信调解服务中心",
)
_POA_DOCS = ("房产证原件", "不动产权证书", "车辆登记证书（绿本）", "身份证原件及户口本")


def h_c_05(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    firm = s.rng.choice(_POA_FIRMS)
    doc = s.rng.choice(_POA_DOCS)
    fee = s.rng.choice([600, 980, 1500, 2600, 3800])
    court = s.court()
    r = s.rng.random()
    if r < 0.24:
        text = (
            f"{greet}，您在{ref}的逾期由{firm}全程代理处置：只需签署《全权委托书》并办理委托公证，后续协商、还款、诉讼全部由我方负责，"
            f"公证费{fee}元请转{_wallet(s)}。"
        )
    elif r < 0.4:
        text = (
            f"{court}诉前调解员通知：{greet}，{ref}诉您欠款一案可调解结案，需您将{doc}交由调解方指定的{firm}托管，"
            f"并预缴调解保证金{fee}元，联系{_contact(s)}。"
        )
    elif r < 0.56:
        text = (
            f"【债务托管】{ref}逾期不用自己扛，把{doc}放我们这里托管，我们用它帮您做“资产重组”一次还清，"
            f"{s.opt('委托书和公证我们陪同办理，', 0.6)}咨询{_contact(s)}。"
        )
    elif r < 0.72:
        text = _sep(s).join(
            [
                s.rng.choice(["【全权代理处置】", f"{ref}债务托管", "委托公证办理"]),
                f"受托方：{firm}",
                f"需提供：{doc}、签署全权委托书",
                f"费用：公证及服务费{fee}元",
                f"联系：{_contact(s)}",
            ]
        )
    elif r < 0.86:
        text = (
            f"{greet}，明天上午公证处见，{doc}和身份证带齐，委托书签完{ref}的事就全交给{firm}了，"
            f"公证费{fee}元今晚先转{_wallet(s)}。"
        )
    elif r < 0.94:
        text = _trad(
            f"{greet}，{ref}逾期可由{firm}全權代理：簽署委託書並公證，{doc}交我方託管，費用{fee}元，聯繫{_contact(s)}"
        )
    else:
        text = f"{_emoji(s, 0.4)}签全权委托书，{ref}债务全包，{doc}托管，{_contact(s)}"
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


#: One-line description of each family (kept here, not in generate.py; see verifier/corpus/rounds/round12.md).
BLIND12_STYLES: dict[str, str] = {
    "h_g_01": "combination mortgage (组合贷): the provident-fund offset (公积金冲还贷) fell short, lapsed or was late, so the commercial part is overdue",
    "h_g_02": "the bank as funding partner (资金方 / 出资银行) of a loan taken through an internet platform: overdue, repay in the platform app or check with the bank",
    "h_g_03": "the lender's own fault (system upgrade, debit-channel fault, wrong debit time): the overdue is corrected, fees refunded, no credit report; any balance still due",
    "h_g_04": "the lender's letter / paper statement came back undelivered or the e-statement bounced: update the address in the official app; the debt is still overdue",
    "h_g_05": "the borrower is abroad: how to repay an overdue card from outside the mainland (app, foreign-currency bill, wire to one's own card, hotline), incl. English and HK-style rows",
    "h_s_01": "an 'AI negotiation assistant' / digital employee / agent computes a reduction or plan on a made-up link, AI voice line, enterprise-WeChat id or by reply",
    "h_s_02": "year-end balance confirmation (欠款询证 / 对账确认函): confirm or dispute the overdue amount on a made-up link, line or by reply, 'silence means consent'",
    "h_s_03": "threat of a 'linked debit' (联动扣划) of all the borrower's bank / wallet accounts; pause it or repay 'on your own' via a made-up line, link or reply",
    "h_s_04": "the lender 'asked the mobile operator' to suspend / restrict the borrower's number (协查); withdraw the request via a made-up line, link or reply",
    "h_s_05": "a limited-time 'reduction open day' / repayment campaign with few places left; register on a made-up link or line, half the rows from the lender's real sender ID (fake base station)",
    "h_m_01": "confirmation of a callback / branch appointment that another customer booked with this number (预约回电 / 面谈)",
    "h_m_02": "a second-hand car still bound to the previous owner's ETC card: the ETC toll debt of the old owner reaches the new owner's phone",
    "h_m_03": "the borrower, a domestic helper, carer, driver or site worker, gave the employer's / foreman's phone as work phone",
    "h_m_04": "an affiliated vehicle (挂靠): the truck / ride-hailing car loan of a driver reaches the fleet company registered for the vehicle",
    "h_m_05": "the borrower went abroad or moved away and left the SIM with relatives to keep the number (保号); the notice reaches the keeper",
    "h_c_01": "rent out your identity to offset the debt: real-name WeChat / Alipay accounts, face scans, voice samples, SIM real-name registration, with a deposit or login codes",
    "h_c_02": "'rent-to-own' cash-out (租机套现): order phones / laptops on credit and ship them to a 'recycler' who promises cash to repay the overdue",
    "h_c_03": "debt 'tokenised' (债权通证 / 数字藏品 / RWA): buy tokens on a made-up platform or send USDT, a 'buy-back' is to clear the debt",
    "h_c_04": "agency insurance surrender (代理退保) or policy loan to repay: service fee, policy papers, insurer-app codes handed to an agent",
    "h_c_05": "sign a notarised full power of attorney (全权委托 / 委托公证) or hand over the property / car papers to a 'debt-management' firm or a fake court mediator, fee first",
}
