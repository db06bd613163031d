# ruff: noqa: E501  (template lines are Chinese text, which counts double width; splitting them hurts reading)
"""Seventh blind held-out set (ids ``r_…``): written without reading the rules; held out in ``test`` until read.

Written "blind", like :mod:`verifier.corpus.rounds.round01` … :mod:`verifier.corpus.rounds.round06`: from general knowledge of
2024–2026 Chinese bank / consumer-lender / collection-agency / fraud SMS, without reading the project's rules,
checks, extraction, normalisation, prefilter, feature, combine, model, training, evaluation, advice, batch or
scoring code, and without running the verifier on these messages. Rounds 1–6 (``x_``, ``y_``, ``z_``, ``v_``,
``u_``, ``w_``) have since been read by the developers; this round replaces them as the untouched test set.

The family ids are deliberately neutral (``r_g_01`` …), and the one-line descriptions live in
:data:`BLIND7_STYLES` here and in ``verifier/corpus/rounds/round07.md``, so that registering the families in
:mod:`verifier.corpus.generate` does not show what they contain. They use the same slot machinery (verified official
channels only for genuine / mistaken, made-up channels for spoofed / scam) but have their own small helpers
(including copies of the sender / account helpers), so that edits to the other corpus modules never change
these rows.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

from verifier.corpus.slots import (
    BANKS_FOR_CARDS,
    SURNAMES,
    THIRD_PARTY_RE,
    Msg,
    Slots,
    fake_names,
)
from verifier.registry import Institution

BLIND7_PREFIX = "r_"

_BANK_KINDS = ("bank", "credit_card_centre")


# -- helpers (private to this module, so that the r_ rows never depend on the other corpus modules) ---------


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
    return f"{s.rng.randint(lo, hi)}:{s.rng.choice(['00', '10', '15', '30', '40', '45'])}"


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
    return s.rng.choice(["top", "cc", "vip", "xyz", "icu", "site", "cn", "com", "net", "shop", "info"])


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
            "我行营业网点柜面",
        ]
    )


def _spaced(s: Slots, number: str, p: float = 0.15) -> str:
    """A made-up number, in a minority of rows written with spaces between the digits or groups."""
    if s.rng.random() >= p:
        return number
    d = number.replace("-", "")
    if s.rng.random() < 0.5:
        return " ".join(d)
    return " ".join(d[i : i + 4] for i in range(0, len(d), 4))


def _emoji(s: Slots, p: float = 0.15) -> str:
    return (
        s.rng.choice(["⚠️", "📢", "🔔", "📌", "❗", "👉", "✅", "💰", "🙏", "🔥"])
        if s.rng.random() < p
        else ""
    )


def _md(s: Slots, offset_days: int) -> str:
    """A plain "M月D日" date ``offset_days`` from the reception day."""
    d = s.now + timedelta(days=offset_days)
    return f"{d.month}月{d.day}日"


def _last_month(s: Slots) -> int:
    return (s.now.month - 2) % 12 + 1


_NAME_SET = frozenset(fake_names())
_MASKED_RE = re.compile(rf"([{SURNAMES}])(?:\*\*|\*[\u4e00-\u9fff]|先生|女士)")


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


def _card_mask(s: Slots, tail: str) -> str:
    head = s.rng.choice(["6222", "6225", "6226", "6228", "6258", "6214", "6217", "6282"])
    return s.rng.choice([f"{head}****{tail}", f"{head} **** **** {tail}", f"{head}********{tail}"])


# -- round 7: genuine --------------------------------------------------------------------------------------


#: Holidays on fixed dates: (name, month, day, length in days).
_FIXED_HOLIDAYS = (("元旦", 1, 1, 3), ("清明", 4, 4, 3), ("劳动节", 5, 1, 5), ("国庆", 10, 1, 7))
#: Lunar holidays by the months they may fall in (no dates given for them).
_LUNAR_HOLIDAYS = {1: "春节", 2: "春节", 6: "端午节", 9: "中秋"}


def _holiday(s: Slots) -> tuple[str, str | None, int] | None:
    """(name, "M月D日至M月D日" or None, days until it starts) of a holiday coming soon, else None."""
    for name, m, d, length in _FIXED_HOLIDAYS:
        start = datetime(s.now.year, m, d)
        if start.date() < s.now.date():
            start = datetime(s.now.year + 1, m, d)
        ahead = (start.date() - s.now.date()).days
        if 1 <= ahead <= 20:
            end = start + timedelta(days=length - 1)
            return name, f"{start.month}月{start.day}日至{end.month}月{end.day}日", ahead
    lunar = _LUNAR_HOLIDAYS.get(s.now.month)
    return (lunar, None, s.days(2, 10)) if lunar else None


def r_g_01(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    we = _we(s, inst)
    owed = s.amount(200, 50000)
    debt = _debt(s, inst)
    hols = _holiday(s)
    start = hols[2] if hols else s.days(1, 6)
    r = s.rng.random()
    if hols and r < 0.4:
        hol = hols[0]
        span = f"（{hols[1]}）" if hols[1] else ""
        what = s.rng.choice(
            ["部分营业网点暂停营业", "网点营业时间调整", "人工客服接通时间可能较长", "柜面业务暂停办理"]
        )
        text = (
            f"{greet}，{hol}假期{span}期间{we}{what}。您的{debt}已逾期{s.days(1, 90)}天，欠款{owed}，"
            f"假期内逾期天数照常累计、罚息照常计收，请于节前通过{_app_word(s, inst)}还款"
            f"{s.opt('，手机银行7×24小时可用', 0.5)}。{s.opt('节日快乐！', 0.3)}"
        )
    elif hols and r < 0.6:
        hol = hols[0]
        text = (
            f"{greet}：受{hol}假期影响，原定于{_md(s, start + 1)}的自动扣款将顺延至节后首个工作日执行，"
            f"但您已逾期的{debt}欠款{owed}不适用顺延，请节前主动还款{s.opt('，详询' + _hl(s, inst), 0.5)}。"
        )
    elif hols and r < 0.7:
        text = f"{hols[0]}前温馨提示：您有逾期欠款{owed}未还，节假日还款日不顺延，请尽快处理。"
    elif r < 0.9:
        h1 = s.rng.choice([0, 0, 1, 22, 23])
        h2 = s.rng.choice([4, 5, 6, 8])
        scope = s.rng.choice(
            [
                "手机银行、网上银行及自助设备",
                "信用卡还款、自动扣款等服务",
                "手机银行转账及还款功能",
                "部分线上服务",
            ]
        )
        text = (
            f"{greet}，{we}定于{_md(s, start)}{h1:02d}:00至{'次日' if h1 > h2 else ''}{h2:02d}:00进行系统升级，期间{scope}暂停使用。"
            f"您的{debt}目前尚有逾期欠款{owed}，请在升级开始前完成还款{s.opt('，以免逾期天数继续增加', 0.6)}。"
            f"{s.rng.choice(['给您带来不便，敬请谅解。', '升级期间如需帮助请致电' + _hl(s, inst) + '。', ''])}"
        )
    else:
        text = f"{we}系统维护提醒：{_md(s, start)}凌晨暂停线上还款，您当前逾期{owed}，请提前还款。"
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, _own_account(s, 0.7))


def r_g_02(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    we = _we(s, inst)
    tail = s.tail()
    card = _card_mask(s, tail)
    owed = s.amount(300, 40000)
    brand = s.brand(inst)
    warn = s.rng.choice(
        [
            f"{we}不会要求您向任何其他账户转账还款。",
            "如有人提供其他收款账户，均为诈骗，请勿转账。",
            f"请认准收款户名为您本人，谨防冒充{brand}的诈骗。",
            "",
        ]
    )
    r = s.rng.random()
    if r < 0.35:
        text = (
            f"{greet}，您的信用卡（尾号{tail}）已逾期{s.days(1, 60)}天，欠款{owed}。如需通过他行转账还款，"
            f"收款账号请填写您本人的信用卡卡号{card}，收款户名为您本人姓名，开户行为{brand}"
            f"{s.opt('信用卡中心', 0.4)}。跨行转账可能延迟{s.rng.choice(['1', '1-2', '2'])}个工作日到账，请提前办理。{warn}"
        )
    elif r < 0.65:
        text = (
            f"还款方式提示：{greet}，您{_debt(s, inst)}的逾期款项{owed}可通过以下官方渠道归还："
            f"1.{s.app(inst)}App“还款”；2.他行网银转入您本人名下尾号{tail}的还款账户；3.{we}营业网点柜面。"
            f"{s.rng.choice(['请勿向任何个人或公司账户转账。', warn, ''])}"
        )
    elif r < 0.85:
        text = (
            f"{greet}：您通过他行转账还款时，收款人应为您本人、收款账号为您本人的{brand}卡（尾号{tail}）。"
            f"如有人提供其他收款账户，请立即致电{_hl(s, inst)}核实。当前逾期金额{owed}。"
        )
    else:
        text = f"您尾号{tail}的卡已逾期，可转账至本人卡号{card}还款，户名为本人。"
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, _own_account(s, 0.8))


def r_g_03(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    we = _we(s, inst)
    tail = s.tail()
    amt = s.amount(100, 20000)
    reason = s.rng.choice(
        [
            "长期未发生交易",
            "触发风险防控",
            "存在异常交易特征",
            "预留身份信息不完整",
            "您登记的身份证件已过有效期",
            "开户信息需重新核实",
        ]
    )
    limit = s.rng.choice(
        [
            "已被限制非柜面交易",
            "处于“只收不付”状态",
            "已暂停非柜面转出",
            "非柜面交易额度已下调",
            "暂停了自动扣款功能",
        ]
    )
    r = s.rng.random()
    if r < 0.4:
        bill = f"{_last_month(s)}月账单" if s.rng.random() < 0.6 else "本期"
        text = (
            f"{greet}，您设置的自动还款账户（尾号{tail}）因{reason}{limit}，{_md(s, -s.days(1, 8))}扣款失败，"
            f"您的信用卡{bill}最低还款额{amt}已逾期。请本人携带有效身份证件至{we}任一营业网点核实解除限制，"
            f"{s.rng.choice(['或先通过' + s.app(inst) + 'App使用其他银行卡还款。', '或先将资金转入其他账户主动还款。', '解除后' + we + '将重新发起扣款。'])}"
        )
    elif r < 0.65:
        text = (
            f"{greet}：因您在{we}登记的身份证件已过期，尾号{tail}账户部分交易受限，{_debt(s, inst)}本期扣款{amt}未成功，"
            f"现已逾期{s.days(1, 30)}天。请在{s.app(inst)}App“证件更新”中上传新证件或到网点办理，更新后{we}将重新扣款。"
            f"{s.opt('办理不收取任何费用。', 0.4)}"
        )
    elif r < 0.85:
        text = (
            f"扣款失败提醒：您的还款账户尾号{tail}{limit}，本期应还{amt}未能扣收，账户已逾期。"
            f"如需帮助请致电{_hl(s, inst)}，或到网点办理。"
        )
    else:
        text = f"您尾号{tail}还款账户交易受限，本期还款未扣成功，已逾期，请持身份证到网点处理。"
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, _own_account(s, 0.8))


def r_g_04(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    tail = s.tail()
    mn = s.money(100, 6000)
    paid = round(mn * s.rng.choice([0, 0, 0.2, 0.5, 0.8]), 2)
    fee = round((mn - paid) * 0.05, 2)
    month = _last_month(s)
    r = s.rng.random()
    if r < 0.35:
        text = (
            f"{greet}，您{month}月账单（尾号{tail}）最低还款额{_yuan(mn)}未在到期还款日前还清，根据《信用卡领用合约》："
            f"1.本期账单不再享受免息还款待遇，全部透支款自记账日起按日利率万分之五计收利息；"
            f"2.收取违约金{_yuan(fee)}（最低还款额未还部分的5%）。请尽快通过{_app_word(s, inst)}还款。"
        )
    elif r < 0.6:
        rate = s.rng.choice([3.0, 3.2, 3.45, 3.6, 3.85, 4.2])
        rate2 = round(rate + s.rng.choice([1.5, 2.0, 3.0, 4.5]), 2)
        prod = _debt(s, inst)
        text = (
            f"{greet}：您的{prod}已逾期{s.days(3, 60)}天。根据借款合同约定，逾期期间按执行利率上浮50%计收罚息，"
            f"并对应付未付利息计收复利；您原享有的{rate}%优惠利率自{_md(s, -s.days(0, 3))}起取消，执行年利率调整为{rate2}%。"
            f"{s.rng.choice(['还清逾期款项后可致电' + _hl(s, inst) + '咨询恢复条件。', '请尽快还款，避免利息继续增加。', ''])}"
        )
    elif r < 0.85:
        sep = s.rng.choice(["｜", "；", "\n"])
        fields = [
            f"账单月份：{month}月",
            f"最低还款额：{_yuan(mn)}",
            f"已还金额：{_yuan(paid)}",
            f"账户状态：逾期（{s.rng.choice(['M1', '逾期1期'])}）",
            "免息待遇：已失效",
            f"违约金：{_yuan(fee)}",
            f"还款渠道：{s.app(inst)}App",
        ]
        text = f"{s.rng.choice(['【账单逾期明细】', '逾期明细：', ''])}{greet}{sep}" + sep.join(fields)
    else:
        text = f"您本期未还足最低还款，已失去免息期并产生违约金{_yuan(fee)}，请尽快还款。"
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, _own_account(s, 0.8))


_MERCHANTS = (
    "优品数码专营店",
    "悦动健身会所",
    "启明教育培训中心",
    "途乐旅行网",
    "嘉禾家居商城",
    "星辰电玩城",
    "海淘跨境购（USD）",
    "美途汽车服务",
    "云尚美容中心",
)


def r_g_05(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    we = _we(s, inst)
    tail = s.tail()
    merchant = s.rng.choice(_MERCHANTS)
    disputed = s.amount(200, 15000)
    owed = s.amount(300, 40000)
    r = s.rng.random()
    if r < 0.4:
        text = (
            f"{greet}，您对尾号{tail}信用卡{_md(s, -s.days(10, 60))}在“{merchant}”的交易{disputed}提出的争议已受理"
            f"（编号尾号{s.tail()}），调查期间该笔款项暂不计息、不计入最低还款。但账户中其余欠款{owed}已超过到期还款日未还，"
            f"目前已逾期，请先行还款{s.opt('，以免影响您的信用记录', 0.6)}。"
        )
    elif r < 0.7:
        result = s.rng.choice(
            [
                "确认为持卡人本人交易",
                "商户已提供签购单及物流签收凭证",
                "超过争议受理时限",
                "不符合退单条件",
            ]
        )
        text = (
            f"{greet}：您申请的争议交易（{merchant}，{disputed}）经调查{result}，该笔款项已于{_md(s, -s.days(1, 7))}重新计入账单。"
            f"目前账户欠款{owed}已逾期{s.days(1, 40)}天，请于{s.date(s.days(2, 10))}前通过{_app_word(s, inst)}还款；"
            f"如对结果有异议可致电{_hl(s, inst)}。"
        )
    elif r < 0.88:
        text = (
            f"争议交易处理结果：商户退款{s.amount(50, 3000)}已入账，抵扣后您仍欠{owed}，账户处于逾期状态，"
            f"请尽快还清{s.opt('，' + we + '不会以退款为由要求您转账', 0.4)}。"
        )
    else:
        text = f"您的争议交易正在调查，但其余欠款{owed}已逾期，请先还款。"
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, _own_account(s, 0.8))


# -- round 7: spoofed --------------------------------------------------------------------------------------


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
                f"https://m.{_low(s, 4)}-{s.rng.choice(paths)}.cn/?c={a}",
                s.lookalike_link(inst),
                s.short_link(),
            ]
        ),
    )


def r_s_01(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    what = s.rng.choice(
        ["通讯录联系人保护", "亲友免打扰", "停止催收来电", "紧急联系人解绑", "夜间免打扰", "催收短信退订"]
    )
    link = _spoof_link(s, inst, ("mdr", "tz", "ts", "bh", "lxr"))
    r = s.rng.random()
    if r < 0.35:
        text = (
            f"【{s.brand(inst)}】{greet}，根据监管对催收行为的要求，逾期客户可申请“{what}”，开通后将不再联系您的亲友及紧急联系人。"
            f"请于{s.date(s.days(0, 3))}前登录 {link} 提交申请{s.opt('（需上传身份证正反面）', 0.5)}。"
        )
    elif r < 0.6:
        num = _spaced(s, s.rng.choice([s.mobile, s.virtual, s.port1069])())
        text = (
            f"{ref}贷后提醒：如您不希望继续接收催收电话及短信，可回复“TD+身份证后四位”至{num}办理{what}"
            f"{s.opt('，办理后仍需按约还款', 0.5)}。"
        )
    elif r < 0.85:
        fake = _spaced(s, s.fake_callback())
        text = (
            f"{_emoji(s)}{greet}，您在{ref}的逾期账户已触发“联系人告知”流程，{s.rng.choice(['24', '48', '72'])}小时后将通知您的紧急联系人。"
            f"如需暂停，请致电{fake}申请{what}。"
        )
    else:
        text = f"{ref}：退订催收提醒、申请{what}请点 {link}"
    return _msg(text, inst, _spoof_sender(s), rec, _own_account(s))


_INSURERS = (
    "信达安财产保险",
    "华融盛融资担保有限公司",
    "中鑫信用保证保险服务中心",
    "恒泰融资担保有限公司",
    "安盈信用保险",
    "汇丰达融资担保",
)


def r_s_02(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    ins = s.rng.choice(_INSURERS)
    amt = s.amount(1000, 80000)
    fake = _spaced(s, s.fake_callback())
    link = _spoof_link(s, inst, ("dc", "zc", "db", "claim"))
    r = s.rng.random()
    if r < 0.35:
        text = (
            f"{greet}，您在{ref}的{_debt_at(s, inst, ref)}已逾期{s.days(30, 180)}天，承保机构{ins}已于{s.date(-s.days(1, 10))}"
            f"向{ref}履行代偿责任（代偿金额{amt}），相关追偿权依法转移至{ins}。后续还款及协商请联系追偿专线{fake}"
            f"{s.opt('，原渠道不再受理', 0.5)}。"
        )
    elif r < 0.65:
        text = (
            f"【{ins}】尊敬的{ref}客户：您的借款保证保险已触发理赔，我司已代您向{ref}结清逾期本息{amt}。"
            f"请于{s.date(s.days(1, 7))}前登录 {link} 查询代偿明细并确认《追偿还款计划》，逾期未确认将影响您的信用记录。"
        )
    elif r < 0.85:
        text = (
            f"{ref}提示：{greet}，您的逾期欠款已由合作担保机构{ins}代偿。"
            f"{s.rng.choice(['请联系担保机构客服' + fake + '处理后续事宜。', '代偿明细及后续安排请查看 ' + link])}"
        )
    else:
        text = f"【代偿通知】您的{ref}借款已由{ins}代偿，追偿事宜请致电{fake}。"
    return _msg(text, inst, _spoof_sender(s), rec, _own_account(s))


def r_s_03(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    link = _spoof_link(s, inst, ("autopay", "kt", "bind", "qy", "zdhk"))
    r = s.rng.random()
    if r < 0.35:
        text = (
            f"【{s.brand(inst)}】{greet}，您的{_debt_at(s, inst, ref)}本月已出现逾期。为避免再次逾期，建议开通“自动还款”："
            f"点击 {link} 绑定本人一类借记卡，系统将在还款日自动扣款{s.opt('，开通后本期违约金可申请减免', 0.4)}。"
        )
    elif r < 0.6:
        num = _spaced(s, s.bad_sender())
        text = (
            f"{ref}温馨提示：检测到您未签约自动还款，导致账户逾期{s.days(1, 20)}天。"
            f"请回复“KT”至{num}，或致电{_spaced(s, s.fake_callback())}办理签约。"
        )
    elif r < 0.8:
        sep = s.rng.choice(["\n", "；", " "])
        text = sep.join(
            [
                f"{ref}自动还款签约提醒",
                f"账户状态：逾期{s.days(1, 30)}天",
                f"签约入口：{link}",
                "所需材料：身份证、本人银行卡",
                f"办理时限：{s.date(s.days(0, 3))}前",
            ]
        )
    else:
        text = f"{_emoji(s, 0.4)}您的{ref}账户未设置还款卡，已逾期，请尽快绑卡：{link}"
    return _msg(text, inst, _spoof_sender(s), rec, _own_account(s))


_REFI = ("逾期置换专项贷", "债务优化贷", "结清专项贷", "信用重建贷", "逾期客户周转贷", "一次结清贷")


def r_s_04(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    prod = s.rng.choice(_REFI)
    owed = s.amount(2000, 90000)
    top = s.rng.choice([5, 10, 20, 30, 50])
    rate = s.rng.choice(["3.6", "3.88", "4.2", "5.4", "6.0"])
    link = _spoof_link(s, inst, ("dk", "zhd", "loan", "sq"))
    r = s.rng.random()
    if r < 0.35:
        text = (
            f"{greet}，您在{ref}的逾期账户已通过内部评估，可申请“{prod}”：额度最高{top}万元，年化利率低至{rate}%，"
            f"放款后直接结清当前逾期欠款{owed}，剩余款项分{s.rng.choice([12, 24, 36])}期偿还。申请入口：{link}"
            f"{s.opt('，名额有限', 0.5)}。"
        )
    elif r < 0.6:
        mgr = s.name()[0] + s.rng.choice(["经理", "主管", "顾问"])
        num = _spaced(s, s.mobile())
        text = (
            f"【{s.brand(inst)}】您好，您符合{prod}申请条件（最高{top}万，可一次性结清逾期），"
            f"专属客户经理{mgr}{num}{s.opt('（微信同号）', 0.5)}为您办理。"
        )
    elif r < 0.85:
        text = (
            f"{ref}：为帮助逾期客户恢复信用，现推出{prod}，一笔结清全部逾期欠款，不查征信、当天放款，"
            f"详询{_spaced(s, s.fmt_number(s.fake400()))}。"
        )
    else:
        text = f"{_emoji(s, 0.4)}{ref}邀您申请{prod}，结清逾期只需一步 {link}"
    return _msg(text, inst, _spoof_sender(s), rec, _own_account(s))


def _acct(s: Slots, inst: Institution, ref: str) -> str:
    d = _debt_at(s, inst, ref)
    return d if d.endswith("账户") else d + "账户"


def r_s_05(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    amt = s.amount(200, 30000)
    why = s.rng.choice(
        [
            "附言未填写借款编号",
            "付款户名与借款人不一致",
            "银行清算延迟",
            "系统批量入账异常",
            "转账备注信息缺失",
        ]
    )
    link = _spoof_link(s, inst, ("hz", "dz", "pz", "check"))
    r = s.rng.random()
    if r < 0.35:
        text = (
            f"{greet}，您于{s.date(-s.days(1, 6))}转入的还款{amt}因{why}暂未匹配到您的{_acct(s, inst, ref)}，"
            f"系统仍显示逾期{s.days(1, 45)}天。请于{s.rng.choice(['24', '48'])}小时内登录 {link} 上传转账凭证完成人工核销，逾期将按未还款处理。"
        )
    elif r < 0.65:
        fake = _spaced(s, s.fake_callback())
        text = (
            f"【{s.brand(inst)}】还款核对提醒：我方收到一笔{amt}的款项无法识别归属，疑似为您的还款。"
            f"如确为您本人还款，请致电核账专线{fake}提供转账截图，以便冲销逾期记录。"
        )
    elif r < 0.85:
        who = s.rng.choice(
            [f"对账专员QQ{_qq(s)}", f"核账专员{_spaced(s, s.mobile())}", f"对账客服微信{s.wxid()}"]
        )
        text = f"{ref}：{greet}，您的还款已到账但未冲抵逾期（原因：{why}），请联系{who}处理。"
    else:
        text = f"还款挂账待确认，请点击{link}确认，否则仍计逾期。{ref}"
    return _msg(text, inst, _spoof_sender(s), rec, _own_account(s))


# -- round 7: mistaken -------------------------------------------------------------------------------------


_PLACEHOLDERS = ("{客户姓名}", "${name}", "【姓名】", "XXX", "#NAME#", "[客户名称]", "{{cust_name}}")


def r_m_01(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name() if s.rng.random() < 0.6 else None
    we = _we(s, inst)
    ph = s.rng.choice(_PLACEHOLDERS)
    d = s.days(1, 90)
    r = s.rng.random()
    if r < 0.35:
        tail = s.rng.choice([s.tail(), s.tail(), "{卡号后四位}", "****"])
        text = (
            f"尊敬的{ph}客户，您尾号{tail}的{_debt(s, inst)}已逾期{d}天，欠款{s.amount(200, 40000)}，"
            f"请尽快还款{s.opt('，详询' + _hl(s, inst), 0.6)}。"
        )
        has = s.rng.choice([False, False, None])
    elif r < 0.6:
        other = s.name(avoid=rec) if rec else s.name()
        text = (
            f"【测试】{s.brand(inst)}贷后提醒模板V{s.rng.randint(1, 9)}.{s.rng.randint(0, 9)}：{_masked(s, other)}，"
            f"您的{_debt(s, inst)}已逾期{d}天，请于{s.date(s.days(1, 5))}前还款。{s.opt('（内部测试，请勿外发）', 0.5)}"
        )
        has = s.rng.choice([False, None])
    elif r < 0.85:
        text = (
            f"尊敬的客户{ph}：您好！您在{we}的借款已逾期，逾期金额：{s.rng.choice(['{amount}', '${amt}', 'XX', '#AMT#'])}元，"
            f"最后还款日：{s.rng.choice(['{date}', 'YYYY-MM-DD', '#DATE#'])}，请及时处理。"
        )
        has = s.rng.choice([False, False, None])
    else:
        text = f"{ph}您好，您的信用卡已逾期{d}天，请尽快还款。"
        text = f"{s.brand(inst)}：{text}" if ph.startswith("【") else text
        has = False
    return _mistaken(s, _maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, has)


def r_m_02(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = _other(s, rec)
    who = _shown(s, other)
    we = _we(s, inst)
    tail = s.tail()
    paid = s.amount(100, 20000)
    rest = s.amount(100, 30000)
    r = s.rng.random()
    if r < 0.3:
        text = (
            f"{who}您好，您尾号{tail}的信用卡于{s.date(-s.days(0, 3))}还款{paid}已入账，当前仍有逾期欠款{rest}，"
            f"请继续还款以免影响个人征信。"
        )
    elif r < 0.55:
        text = f"【扣款成功】{who}，{we}已从您尾号{tail}账户扣收逾期{_debt(s, inst)}{paid}，剩余应还{rest}，请于{s.date(s.days(1, 7))}前还清。"
    elif r < 0.75:
        text = (
            f"还款入账通知：客户{who}（卡号尾号{tail}）已还款{paid}，逾期未结清部分{rest}，"
            f"{s.rng.choice(['请于' + s.date(s.days(2, 10)) + '前还清。', '可通过' + _app_word(s, inst) + '继续还款。'])}"
        )
    else:
        text = (
            f"{who}：您已结清{_debt(s, inst)}逾期欠款{paid}，逾期状态将于{s.rng.choice(['1', '3', '5'])}个工作日内更新。"
            f"{s.opt('感谢您的配合。', 0.6)}"
        )
    has = s.rng.choice([True, None, None, False])
    return _mistaken(s, _maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, has)


def r_m_03(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = _other(s, rec)
    who = _shown(s, other)
    we = _we(s, inst)
    loan = s.rng.choice(["个人消费贷款", "信用卡", "个人经营贷款", _debt(s, inst), "线上信用贷款"])
    r = s.rng.random()
    if r < 0.35:
        text = (
            f"您好，{we}客户{who}在申请{loan}时填写的本人手机号为本号码，经核实该号码并非其本人使用"
            f"{s.opt('（疑为贷款中介代填）', 0.5)}。{who}的{loan}已逾期{s.days(5, 120)}天。"
            f"如您为其代办人，请告知其本人致电{_hl(s, inst)}更新联系方式并尽快还款。"
        )
    elif r < 0.6:
        text = (
            f"致本号码机主：{who}办理{loan}时预留了本号码。{we}从未委托任何中介代办贷款，如您为中介机构人员，"
            f"请提醒客户本人通过{_app_word(s, inst)}还款，{we}不会通过第三方收取任何款项。"
        )
    elif r < 0.85:
        text = (
            f"{who}的{loan}逾期未还，该客户申请资料中的“本人手机”为本号码。"
            f"如您不认识该客户，请回复“非本人”；如系代填，请告知其尽快联系{we}。"
        )
    else:
        text = f"{we}提示：本号码被{who}填写为本人手机号，其贷款已逾期，请告知其本人处理。"
    has = s.rng.choice([False, False, None])
    return _mistaken(s, _maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, has)


def r_m_04(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = _other(s, rec)
    who = _shown(s, other)
    tail = s.tail()
    amt = s.amount(100, 30000)
    cancel = s.rng.choice(
        [
            f"如需取消，请持卡人致电{_hl(s, inst)}。",
            f"如您不认识该持卡人，请致电{_hl(s, inst)}取消本号码的通知。",
            "",
        ]
    )
    r = s.rng.random()
    if r < 0.35:
        text = (
            f"【账单提醒（副本）】持卡人{who}尾号{tail}信用卡本期最低还款{amt}已逾期{s.days(1, 40)}天。"
            f"本短信发送至持卡人设置的附加通知号码。{cancel}"
        )
    elif r < 0.6:
        text = f"您好，本号码为客户{who}登记的“还款提醒共享号码”，现通知：其{_debt(s, inst)}应还{amt}已过期未还。{cancel}"
    elif r < 0.85:
        text = (
            f"【亲情提醒】您关注的{who}的{_debt(s, inst)}已逾期，欠款{amt}，请提醒其及时还款。"
            f"本服务由{who}本人开通{s.opt('，您无需承担还款责任', 0.5)}。"
        )
    else:
        text = f"动账通知（共享）：{who}尾号{tail}账户逾期，欠款{amt}。"
    has = s.rng.choice([None, None, True, False])
    return _mistaken(s, _maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, has)


def r_m_05(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = _other(s, rec)
    who = _shown(s, other)
    we = _we(s, inst)
    why = s.rng.choice(["已停机", "丢失", "损坏", "暂时无法使用", "正在维修", "欠费"])
    when = s.rng.choice(["昨日", "今日", s.date(-s.days(1, 10))])
    r = s.rng.random()
    if r < 0.35:
        text = (
            f"您好，{we}客户{who}于{when}来电时称其手机{why}，留下本号码作为临时联系方式。现请转告{who}："
            f"其{_debt(s, inst)}已逾期{s.days(3, 90)}天，欠款{s.amount(200, 50000)}，请尽快通过{_app_word(s, inst)}还款。"
        )
    elif r < 0.65:
        opener = s.rng.choice(["", "您好！", "打扰了，", "尊敬的机主："])
        text = (
            f"{opener}{who}在与{we}工作人员通话中提供了本号码，称可通过本号码联系到本人。"
            f"烦请告知其回电{_hl(s, inst)}处理逾期事宜。如您不认识{who}，请回复“不认识”，{we}将删除本号码。"
        )
    elif r < 0.85:
        text = f"{who}留的这个号码，麻烦转告一下：{_debt(s, inst)}逾期了，请回电{_hl(s, inst)}。谢谢！"
    else:
        text = f"{who}称本号码为其临时联系电话，请其尽快处理{we}逾期欠款。"
    has = s.rng.choice([None, False, False, True])
    return _mistaken(s, _maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, has)


# -- round 7: scam -----------------------------------------------------------------------------------------


def r_c_01(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    rec = s.name() if s.rng.random() < 0.5 else None
    ref = s.ref(inst)
    owed = s.money(2000, 50000)
    need = f"{s.rng.choice([2000, 3000, 5000, 6800, 8000, 10000, 12000, 15000, 20000])}{s.rng.choice(['元', '', '块'])}"
    debt = _debt_at(s, inst, ref)
    threat = s.rng.choice(["起诉我", "爆我通讯录", "到我单位来", "通知我们领导", "上征信", "发到家族群"])
    acct = _person_account(s)
    r = s.rng.random()
    if r < 0.4:
        who = s.rng.choice(["爸", "妈", "哥", "姐", "老婆", "老公"])
        secret = s.rng.choice(
            ["先别告诉家里其他人", "千万别打电话给我，我现在不方便接", "转完截图发我", "别跟别人说"]
        )
        text = (
            f"{who}，我手机{s.rng.choice(['掉水里了', '坏了', '被偷了'])}，这是我新号。我在{ref}的{debt}逾期了，"
            f"催收说今天{_hhmm(s, 15, 20)}前不还就{threat}。你先帮我转{need}到{acct}，{secret}，过几天发工资就还你。"
        )
    elif r < 0.65:
        boss = s.name()[0]
        text = (
            f"我是{boss}总，存一下这个号。我一个朋友在{ref}的贷款今天逾期了，人在外地转不了账，"
            f"你先从账上转{need}到{acct}，回头我签字给你报。{s.opt('我在开会，有事发短信。', 0.6)}"
        )
    elif r < 0.85:
        text = (
            f"老同学，我是{s.name()}，换号了。不好意思开口，{ref}的欠款{_yuan(owed)}逾期了，催收天天{threat.replace('我', '')}，"
            f"能不能先借我{need}，直接转给催收公司的卡{acct}，下个月一定还你。"
        )
    else:
        text = f"{_emoji(s, 0.3)}急！{ref}逾期要{threat}，先转{need}到{acct}，回头解释，别打电话。"
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


_STREAMS = (("抖音", "抖币"), ("快手", "快币"), ("虎牙", "虎牙币"), ("斗鱼", "鱼翅"), ("YY", "Y币"))
_GAMES = (
    ("王者荣耀", "点券"),
    ("和平精英", "点券"),
    ("腾讯", "Q币"),
    ("梦幻西游", "点卡"),
    ("原神", "创世结晶"),
)


def r_c_02(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    owed = s.money(2000, 60000)
    pay = f"{int(round(owed * s.rng.choice([0.2, 0.3, 0.4, 0.5]), -2))}元"
    chat = s.rng.choice([f"客服微信{s.wxid()}", f"QQ{_qq(s)}", f"专员微信{s.wxid()}", f"结算专员QQ{_qq(s)}"])
    plat, coin = s.rng.choice(_STREAMS)
    game, cur = s.rng.choice(_GAMES)
    acct_id = _digits(s, s.rng.randint(8, 11))
    nick = s.rng.choice(["小鹿乱撞", "阿K在线", "夜猫子", "甜心主播", "老王聊天", "星河"]) + _digits(s, 3)
    r = s.rng.random()
    if r < 0.35:
        text = (
            f"{greet}，您在{ref}的逾期欠款{_yuan(owed)}已获批减免，结清款{pay}。因对公通道维护，请在{plat}充值{coin}，"
            f"进入直播间（{plat}号：{acct_id}）赠送等额礼物完成还款，主播“{nick}”确认后即出具结清证明。"
        )
    elif r < 0.6:
        text = (
            f"【{ref}】结清专项：购买{game}{cur}{pay}并充值到游戏账号ID {acct_id}（{s.rng.randint(1, 300)}区），"
            f"充值成功截图发{chat}，即可抵扣全部欠款{s.opt('，无需再去App还款', 0.5)}。"
        )
    elif r < 0.85:
        text = f"{ref}逾期减免：{pay}请以{coin}形式支付，给主播“{nick}”刷礼物即可，系统自动核销欠款，当天消逾期。"
    else:
        text = f"{_emoji(s, 0.4)}欠款别转账了，充{game}{cur}到账号{acct_id}直接抵{ref}欠款，加{chat}。"
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


_PLANS = ("上岸理财计划", "债务优化基金", "量化套利专项", "还款增值计划", "负债人专属理财", "稳盈上岸宝")


def r_c_03(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    owed = s.amount(3000, 90000)
    dep = s.rng.choice([1000, 2000, 3000, 5000, 8800, 10000])
    ret = s.rng.choice([3, 5, 8, 12, 15])
    days = s.rng.choice([3, 5, 7, 10, 15])
    plan = s.rng.choice(_PLANS)
    r = s.rng.random()
    if r < 0.35:
        text = (
            f"{greet}，负债{owed}压力大？{ref}合作方推出“{plan}”：首次入金{dep}元，日收益{ret}%，{days}天即可覆盖全部逾期欠款，"
            f"{s.rng.choice(['稳赚不赔', '保本保息', '已帮助上千人上岸'])}。入金账户：{_person_account(s)}，{_contact(s)}带你操作。"
        )
    elif r < 0.6:
        fee = s.rng.choice([300, 500, 800, 1000])
        n = s.rng.randint(2, 6)
        text = (
            f"【{s.rng.choice(['网贷上岸互助会', '逾期互助联盟', '负债人互助会'])}】{ref}等平台逾期均可入会：会员每月缴纳互助金{fee}元，"
            f"每月抽取{n}位会员由互助基金全额代还欠款（已帮助{s.rng.randint(300, 5000)}人上岸）。"
            f"入会请转互助金至会长{_person_account(s)}，并加{s.rng.choice(['微信' + s.wxid(), 'QQ' + _qq(s)])}进群。"
        )
    elif r < 0.85:
        app = s.rng.choice(["鑫盈宝", "上岸通", "稳投", "富盈计划", "金牛理财"])
        link = _fake_host(
            s,
            lambda: s.rng.choice(
                [f"https://{_low(s, 5)}.{_tld(s)}/reg", f"http://{_low(s, 6)}-app.{_tld(s)}", s.short_link()]
            ),
        )
        text = (
            f"与其逾期被催，不如让钱生钱：投{dep}元，日收益{ret}%，{days}天还清{ref}欠款。"
            f"下载“{app}”（{link}）注册，邀请码{_digits(s, 6)}，充值后专人带单。"
        )
    else:
        text = f"{_emoji(s, 0.4)}{ref}逾期的朋友看过来，跟着老师做单，{days}天还清欠款，首单{dep}元起，{_contact(s)}"
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


def r_c_04(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    fee = s.rng.choice([699, 980, 1280, 1980, 2980, 3980, 6980])
    mentor = s.rng.choice(["上岸导师", "债务规划师", "协商老师", "资深法务"])
    r = s.rng.random()
    if r < 0.35:
        text = (
            f"{greet}，{ref}等欠款逾期了别慌！{mentor}一对一陪跑：教你合法停催、协商{s.rng.choice([24, 36, 60])}期分期、减免罚息"
            f"{s.opt('、处理爆通讯录', 0.4)}。“上岸训练营”第{s.rng.randint(3, 40)}期报名费{fee}元，转至{_person_account(s)}后拉你进内部群。"
        )
    elif r < 0.6:
        text = (
            f"我是{mentor}{s.name()}，已帮{s.rng.randint(200, 3000)}位负债人上岸。你在{ref}的逾期我看过，能谈到只还本金。"
            f"先付{fee}元服务费（支付宝{_spaced(s, s.mobile())}），谈不下来全额退。"
        )
    elif r < 0.85:
        course = s.rng.choice(
            ["《72小时停催实操》", "《网贷协商话术大全》", "《负债上岸全攻略》", "《征信修复内部课》"]
        )
        text = (
            f"【上岸课程】{course}：{s.rng.randint(8, 30)}节视频+话术模板+协商文书，原价{fee * 3}元，今日{fee}元，"
            f"加{_contact(s)}付款开通，学完自己和{ref}谈减免。"
        )
    else:
        text = f"{ref}逾期上岸陪跑，{fee}元包停催，{_contact(s)}"
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


_LOAN_APPS = ("闪借宝", "快米花", "秒下款", "金豆借", "好享借", "速贷通", "米袋子", "钱小满")


def _wallet(s: Slots) -> str:
    r = s.rng.random()
    if r < 0.45:
        return f"支付宝{_spaced(s, s.mobile())}（收款人{s.name()}）"
    if r < 0.75:
        return f"微信{s.wxid()}"
    return f"{s.rng.choice(BANKS_FOR_CARDS)}卡{s.spaced_card(s.card())}（{s.name()}）"


def r_c_05(s: Slots, p: dict) -> Msg:
    inst = s.pick([i for i in p["all"] if i.kind != "credit_card_centre"] or p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    app = s.rng.choice(_LOAN_APPS)
    amt = s.rng.choice([1000, 1500, 2000, 2500, 3000, 5000])
    fee = int(amt * s.rng.choice([0.2, 0.25, 0.3, 0.35]))
    n = s.rng.choice([5, 6, 7, 14])
    wallet = _wallet(s)
    r = s.rng.random()
    if r < 0.35:
        threat = s.rng.choice(
            ["通知你通讯录所有联系人", "发催收函到你单位", "上门找你家人", "把你的资料发到老赖群"]
        )
        text = (
            f"【{app}】{greet}，你的借款{amt}元今日到期（资方：{ref}）。如无法全额还款，可支付展期费{fee}元延期{n}天，"
            f"转到{wallet}，备注手机号。{_hhmm(s, 14, 18)}前不处理，将{threat}。"
        )
    elif r < 0.6:
        text = (
            f"你在{app}（资方{ref}）的借款已逾期{s.days(1, 10)}天，罚息每天{s.rng.choice([50, 80, 100, 150])}元。"
            f"今天交{fee}元续期费可冻结罚息、再延{n}天，只收{wallet}，APP内还款通道已关闭。"
        )
    elif r < 0.85:
        who = _honorific(s, rec) if rec else s.rng.choice(["你好", "机主"])
        text = f"{who}，{app}/{ref}提醒：已逾期，交展期费{fee}到{wallet}，否则今晚把催收函发给你通讯录{s.rng.randint(50, 400)}位联系人。"
    else:
        text = f"展期{fee}，{wallet}，{_hhmm(s, 12, 20)}前。{app}（{ref}）"
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


#: One-line description of each family (kept here, not in generate.py; see verifier/corpus/rounds/round07.md).
BLIND7_STYLES: dict[str, str] = {
    "r_g_01": "holiday / system-maintenance notice to an overdue customer: branches closed or online repayment paused, repay before, days keep counting",
    "r_g_02": "how to repay by bank transfer: the payee is the borrower's OWN card number (masked) and own name; any other payee account is fraud",
    "r_g_03": "auto-debit failed because the repayment account is restricted (非柜面限制 / 只收不付 / expired ID card); lift it at a branch or pay another way",
    "r_g_04": "financial consequences of the missed payment: interest-free period lost, 5% late fee, penalty rate, preferential rate revoked (incl. a field layout)",
    "r_g_05": "a card-transaction dispute (争议交易) under investigation or rejected; the undisputed balance is overdue and must be repaid",
    "r_s_01": "opt out of collection / protect contacts (联系人保护, 免打扰, 退订) via a made-up link, reply number or callback",
    "r_s_02": "the loan was paid out (代偿) by a credit insurer / guarantee company; contact its made-up recovery line or link",
    "r_s_03": "sign up for automatic repayment / bind a repayment card to avoid further overdue, on a made-up link or number",
    "r_s_04": "debt-replacement loan offer (置换贷 / 结清专项贷) from the 'same lender' to clear the overdue, via a made-up link, mobile or 400",
    "r_s_05": "a repayment was received but 'not matched' (挂账 / 未冲抵): upload the transfer receipt on a made-up link or call a made-up line",
    "r_m_01": "bulk-template artefacts: unfilled placeholders ({客户姓名}, XXX, #NAME#) or a 【测试】 template sent to a non-customer / someone else",
    "r_m_02": "someone else's repayment receipt / auto-debit result / settlement confirmation, addressed by name to another person",
    "r_m_03": "the recipient's number was filled in as the borrower's own phone (by a loan broker / 代办人); ask them to tell the borrower",
    "r_m_04": "the recipient is a secondary notification number (账单提醒副本 / 共享号码 / 亲情提醒) set by another cardholder who is overdue",
    "r_m_05": "the borrower gave this number as a temporary contact during a call (own phone lost / cut off); please pass the message on",
    "r_c_01": "impersonated relative / boss / old classmate on a 'new number': my loan is overdue, collectors threaten, transfer to this card / wallet now",
    "r_c_02": "settle the discounted debt by buying live-stream coins / game currency and gifting a streamer or topping up a given game account",
    "r_c_03": "debt-clearing investment / 互助会 mutual-aid pool: deposit to a person or a made-up app, the 'returns' clear the overdue",
    "r_c_04": "paid 上岸导师 / debt-coaching course or mentoring (陪跑) to stop collection and negotiate, fee to a personal account or contact",
    "r_c_05": "illegal short-term loan app demands a 展期费 / 续期费 (rollover fee) to a personal Alipay / WeChat / card, with contact-list threats",
}
