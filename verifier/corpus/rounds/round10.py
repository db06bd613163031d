# ruff: noqa: E501  (template lines are Chinese text, which counts double width; splitting them hurts reading)
"""Tenth blind held-out set (ids ``p_…``): written without reading the rules; held out in ``test`` until read.

Written "blind", like :mod:`verifier.corpus.rounds.round01` … :mod:`verifier.corpus.rounds.round09`: from general knowledge of
2024–2026 Chinese bank / consumer-lender / collection-agency / fraud SMS, without reading the project's rules,
checks, extraction, normalisation, prefilter, feature, combine, model, training, evaluation, advice, batch,
scoring or tokeniser code, and without running the verifier on these messages. This round is the newest
untouched blind set.

The family ids are deliberately neutral (``p_g_01`` …), and the one-line descriptions live in
:data:`BLIND10_STYLES` here and in ``verifier/corpus/rounds/round10.md``, so that registering the families in
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
    CITIES,
    THIRD_PARTY_RE,
    Msg,
    Slots,
    _opencc,
    fake_names,
)
from verifier.registry import Institution

BLIND10_PREFIX = "p_"

_BANK_KINDS = ("bank", "credit_card_centre")


# -- helpers (private to this module, so that the p_ rows never depend on the other corpus modules) ---------


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


# -- round 10: genuine -------------------------------------------------------------------------------------


def _cycle_days(s: Slots) -> tuple[int, int]:
    a = s.rng.randint(1, 28)
    b = s.rng.randint(1, 28)
    while abs(a - b) < 3:
        b = s.rng.randint(1, 28)
    return a, b


def p_g_01(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    we = _we(s, inst)
    tail = s.tail()
    a, b = _cycle_days(s)
    d = s.days(1, 25)
    due = _md(s, -d)
    owed = s.money(200, 30000)
    what = s.rng.choice(["账单日", "到期还款日", "账单日"])
    r = s.rng.random()
    if r < 0.26:
        text = (
            f"{greet}，您尾号{tail}信用卡的{what}已按您的申请由每月{a}日调整为每月{b}日，自下一账单周期起生效。"
            f"调整前已出账单的到期还款日仍为{due}，该期欠款{_yuan(owed)}未按时还清，现已逾期{d}天，请尽快通过{_app_word(s, inst)}归还。"
        )
    elif r < 0.46:
        text = (
            f"{greet}：您申请的{what}变更已生效（新{what}为每月{b}日）。变更当月会产生一期过渡账单，"
            f"该账单到期日为{due}，应还{_yuan(owed)}尚未还款，{we}已按逾期处理{s.opt('。过渡期内一个月可能需还款两次，请留意', 0.5)}。"
        )
    elif r < 0.64:
        sep = s.rng.choice(["\n", "｜", "；"])
        text = sep.join(
            [
                s.rng.choice(["【账单日变更后还款提醒】", "过渡账单逾期提示", "账户周期调整说明"]),
                f"原{what}：每月{a}日",
                f"新{what}：每月{b}日（自{_month(s, 1)}月起）",
                f"过渡账单到期日：{due}",
                f"未还金额：{_yuan(owed)}",
                f"当前状态：逾期{d}天",
                s.rng.choice([f"还款渠道：{s.app(inst)}App", f"咨询：{_hl(s, inst)}"]),
            ]
        )
    elif r < 0.82:
        text = (
            f"{greet}您好，您改了{what}以后，上一期账单还是按原来的{due}到期，这期没还上，已经逾期{d}天了。"
            f"金额{_yuan(owed)}，在{s.app(inst)}App里就能还{s.opt('，以后按新的日期还就可以了', 0.6)}。"
        )
    elif r < 0.92:
        text = _trad(
            f"{greet}，{what}调整不影响已出账单：您尾号{tail}信用卡{due}到期的{_yuan(owed)}尚未归还，已逾期{d}天，"
            f"请通过{s.app(inst)}App还款。"
        )
    else:
        text = f"{what}变更前的账单{due}已到期，{_yuan(owed)}未还，逾期{d}天。"
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, _own_account(s, 0.85))


_LOANS_RATE = ("个人住房贷款", "个人消费贷款", "个人经营贷款", "个人住房贷款", "公积金组合贷款（商业部分）")
_WHY_MORE = (
    "利率重定价",
    "首年优惠利率到期",
    "延期还款期结束",
    "还款方式由先息后本转为等额本息",
)


def p_g_02(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    tail = s.tail()
    loan = (
        s.rng.choice(inst.products) if inst.products and s.rng.random() < 0.3 else s.rng.choice(_LOANS_RATE)
    )
    old = s.money(800, 12000)
    new = round(old + s.money(30, max(60, old * 0.2)), 2)
    bal = round(old * s.rng.uniform(0.6, 1.0), 2)
    diff = round(new - bal, 2)
    x = round(s.rng.uniform(2.6, 4.2), 2)
    y = round(x + s.rng.choice([0.15, 0.2, 0.3, 0.45, 0.6, 0.8]), 2)
    d = s.days(1, 40)
    why = s.rng.choice(_WHY_MORE)
    r = s.rng.random()
    if r < 0.25:
        text = (
            f"{greet}，您的{loan}已于{_md(s, -s.days(20, 60))}{s.rng.choice(['完成利率重定价', '结束首年优惠利率期'])}，"
            f"执行利率由{x:.2f}%调整为{y:.2f}%，月供由{_yuan(old)}调整为{_yuan(new)}。"
            f"本期扣款日您尾号{tail}账户余额{_yuan(bal)}，差额{_yuan(diff)}未能扣收，已逾期{d}天，请尽快存入足额资金。"
        )
    elif r < 0.44:
        text = (
            f"{greet}：您{loan}的首年优惠利率已到期，自本期起按合同约定利率{y:.2f}%计息，本期应还{_yuan(new)}，"
            f"实际扣收{_yuan(bal)}，尚欠{_yuan(diff)}，已逾期{d}天。{s.opt('请在' + s.app(inst) + 'App“贷款—还款计划”中查看新的月供。', 0.6)}"
        )
    elif r < 0.6:
        text = (
            f"{greet}，您申请的{loan}延期还款已到期，本期起恢复按月还本付息，月供{_yuan(new)}。"
            f"{_md(s, -d)}扣款时账户余额不足，本期已逾期{d}天，请于近日通过{_app_word(s, inst)}补足{_yuan(diff)}。"
        )
    elif r < 0.78:
        sep = s.rng.choice(["\n", "；", "｜"])
        text = sep.join(
            [
                s.rng.choice(["【月供变动扣款提醒】", "贷款还款额调整及逾期提示", "还款额变化通知"]),
                f"贷款：{loan}",
                f"调整原因：{why}",
                f"原月供：{_yuan(old)}",
                f"现月供：{_yuan(new)}",
                f"本期已扣：{_yuan(bal)}",
                f"尚欠：{_yuan(diff)}（逾期{d}天）",
                s.rng.choice([f"还款账户：尾号{tail}", f"咨询：{_hl(s, inst)}"]),
            ]
        )
    elif r < 0.9:
        text = (
            f"{greet}您好，提醒一下：您这笔{loan}从这个月起月供变成{_yuan(new)}了（{why}），"
            f"您卡里只存了原来的{_yuan(old)}左右，还差{_yuan(diff)}没扣到，已经算逾期了，补存后系统会自动再扣。"
        )
    else:
        text = f"月供已调整为{_yuan(new)}，本期少扣{_yuan(diff)}，已逾期{d}天，请补足尾号{tail}账户余额。"
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, _own_account(s, 0.85))


def p_g_03(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    we = _we(s, inst)
    debt = _debt(s, inst)
    paid = s.money(300, 15000)
    pen = round(paid * s.rng.uniform(0.02, 0.12), 2)
    intr = round(paid * s.rng.uniform(0.1, 0.35), 2)
    prin = round(paid - pen - intr, 2)
    rest = s.money(200, 30000)
    k = s.rng.randint(1, 10)
    d = s.days(3, 90)
    when = _md(s, -s.days(0, 5))
    r = s.rng.random()
    if r < 0.25:
        text = (
            f"{greet}，您{when}还款{_yuan(paid)}已入账。根据合同约定，还款依次冲抵逾期罚息、利息和本金，本次冲抵罚息{_yuan(pen)}、"
            f"利息{_yuan(intr)}、本金{_yuan(prin)}后，仍有逾期本金{_yuan(rest)}未还，账户仍为逾期状态。"
        )
    elif r < 0.44:
        text = (
            f"{greet}：您本次还款{_yuan(paid)}已按账龄先后优先归还最早逾期的第{k}期，第{k + 1}期仍逾期{d}天，"
            f"尚欠{_yuan(rest)}。{s.opt('还清全部逾期期次后，逾期状态才会解除。', 0.6)}请通过{_app_word(s, inst)}继续还款。"
        )
    elif r < 0.6:
        text = (
            f"{greet}，您的信用卡还款{_yuan(paid)}已到账。{we}按“先费用、后利息、再本金”的顺序冲抵，其中分期手续费及违约金优先扣除，"
            f"因此本期最低还款额仍差{_yuan(rest)}，账户仍处于逾期{s.opt('，详情可在' + s.app(inst) + 'App账单明细中查看', 0.5)}。"
        )
    elif r < 0.78:
        sep = s.rng.choice(["\n", "；", "｜"])
        text = sep.join(
            [
                s.rng.choice(["【还款冲抵明细】", "还款入账及冲抵结果", "本次还款分配说明"]),
                f"入账金额：{_yuan(paid)}",
                f"冲抵罚息：{_yuan(pen)}",
                f"冲抵利息：{_yuan(intr)}",
                f"冲抵本金：{_yuan(prin)}",
                f"剩余逾期：{_yuan(rest)}",
                s.rng.choice([f"继续还款：{s.app(inst)}App", f"疑问请致电{_hl(s, inst)}"]),
            ]
        )
    elif r < 0.88:
        text = (
            f"{greet}您好，您这次还的{_yuan(paid)}收到了，不过按合同是先扣罚息和利息、剩下的才还本金，"
            f"所以{debt}还有{_yuan(rest)}没还上，还是逾期状态，记得补上哦。"
        )
    elif r < 0.95:
        text = _trad(
            f"{greet}，您{when}还款{_yuan(paid)}已入账，依约先冲抵罚息及利息，尚有逾期本金{_yuan(rest)}未还，请尽快处理。"
        )
    else:
        text = f"还款{_yuan(paid)}已先冲抵息费，仍逾期{_yuan(rest)}。"
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, _own_account(s, 0.85))


def p_g_04(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    we = _we(s, inst)
    tail = s.tail()
    fixed = s.rng.choice([8000, 10000, 15000, 20000, 30000, 50000])
    tmp = s.rng.choice([2000, 3000, 5000, 8000, 10000, 20000])
    over = s.money(200, tmp)
    d = s.days(1, 45)
    end = _md(s, -s.days(d + 5, d + 40))
    r = s.rng.random()
    if r < 0.25:
        text = (
            f"{greet}，您尾号{tail}信用卡的临时额度{tmp}元已于{end}到期。超出固定额度的使用部分{_yuan(over)}须在本期账单中一次性全额归还，"
            f"不适用最低还款。该部分截至到期还款日仍未还清，已逾期{d}天，请尽快通过{_app_word(s, inst)}归还。"
        )
    elif r < 0.42:
        text = (
            f"{greet}：您尾号{tail}信用卡当前已用额度超过固定信用额度{fixed}元，超限部分{_yuan(over)}"
            f"{s.rng.choice(['应在到期还款日前全额归还', '需计入最低还款额全额偿还'])}，目前已逾期{d}天，{we}已暂停该卡的消费及取现功能。"
        )
    elif r < 0.6:
        text = (
            f"{greet}，温馨提示：临时额度到期后，最低还款额包含全部临时额度使用金额。您本期最低还款额中的临时额度部分{_yuan(over)}未还，"
            f"已逾期{d}天，{s.rng.choice(['请登录' + s.app(inst) + 'App还款。', '如需帮助请致电' + _hl(s, inst) + '。'])}"
        )
    elif r < 0.78:
        sep = s.rng.choice(["\n", "；", "｜"])
        text = sep.join(
            [
                s.rng.choice(["【临时额度到期还款提醒】", "临额到期逾期提示", "额度使用情况"]),
                f"卡号尾号：{tail}",
                f"固定额度：{fixed}元",
                f"临时额度：{tmp}元（已于{end}到期）",
                f"须全额还款部分：{_yuan(over)}",
                f"状态：逾期{d}天",
                s.rng.choice([f"还款：{s.app(inst)}App", f"客服：{_hl(s, inst)}"]),
            ]
        )
    elif r < 0.9:
        text = (
            f"{greet}您好，您之前提的临时额度已经到期了，多用的那{_yuan(over)}要一次性还清，不能只还最低，"
            f"现在已经逾期{d}天了，在{s.app(inst)}App里直接还就行。"
        )
    elif r < 0.96:
        text = _trad(
            f"{greet}，您尾号{tail}信用卡临时额度已到期，超出固定额度部分{_yuan(over)}须全额还款，现已逾期{d}天。"
        )
    else:
        text = f"临额到期，超额部分{_yuan(over)}须全额还，已逾期{d}天。"
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, _own_account(s, 0.85))


_MERCHANTS = (
    "鲜丰果蔬超市",
    "悦享影城",
    "顺达加油站",
    "云岭大药房",
    "万客来便利店",
    "绿洲西餐厅",
    "星程酒店",
    "优品电器商城",
    "汇客生活超市",
    "易行出行",
)


def p_g_05(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    we = _we(s, inst)
    tail = s.tail()
    when = f"{_md(s, -s.days(0, 2))}{_hhmm(s, 7, 22)}"
    amt = s.money(8, 3000)
    owed = s.money(300, 40000)
    d = s.days(3, 120)
    kind = s.rng.choice(["消费", "消费", "网上支付", "ATM取现", "快捷支付"])
    merchant = "自助设备" if kind == "ATM取现" else s.rng.choice(_MERCHANTS)
    r = s.rng.random()
    if r < 0.27:
        text = (
            f"{greet}，您尾号{tail}的信用卡于{when}在{merchant}的一笔{_yuan(amt)}{kind}未成功，原因：账户存在逾期欠款，交易功能已受限。"
            f"还清逾期欠款{_yuan(owed)}后可恢复使用，还款请登录{s.app(inst)}App。"
        )
    elif r < 0.45:
        text = (
            f"【交易提醒】尾号{tail}卡{when}{kind}{_yuan(amt)}失败（账户逾期{d}天，状态受限）。"
            f"{s.opt('您可在' + _app_word(s, inst) + '查询并归还逾期款项。', 0.7)}"
        )
    elif r < 0.62:
        text = (
            f"{greet}：您在第三方支付平台绑定的{we}尾号{tail}信用卡本次付款{_yuan(amt)}未成功。因该卡已逾期{d}天，"
            f"{we}已暂停其快捷支付及网络交易，结清{_yuan(owed)}后{s.rng.choice(['1个工作日内', '次日', '实时'])}恢复。"
        )
    elif r < 0.79:
        sep = s.rng.choice(["\n", "｜"])
        text = sep.join(
            [
                s.rng.choice(["交易失败提醒", "【动账通知】", "交易提醒"]),
                f"卡号：尾号{tail}",
                f"时间：{when}",
                f"商户：{merchant}",
                f"金额：{_yuan(amt)}",
                "结果：失败（账户逾期受限）",
                f"逾期金额：{_yuan(owed)}",
                s.rng.choice([f"还款：{s.app(inst)}App", f"咨询：{_hl(s, inst)}"]),
            ]
        )
    elif r < 0.9:
        text = (
            f"{greet}您好，您刚才在{merchant}刷卡没成功，是因为卡片有{_yuan(owed)}的欠款逾期了，卡暂时用不了。"
            f"还上以后就能正常刷了{s.opt('，有疑问打' + _hl(s, inst), 0.5)}。"
        )
    elif r < 0.96:
        text = _trad(
            f"{greet}，您尾号{tail}信用卡{when}交易{_yuan(amt)}未成功，原因为账户逾期受限，请尽快还款。"
        )
    else:
        text = f"尾号{tail}卡{kind}{_yuan(amt)}失败：账户逾期，请先还款。"
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, _own_account(s, 0.9))


# -- round 10: spoofed -------------------------------------------------------------------------------------


def p_s_01(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    debt = _debt_at(s, inst, ref)
    link = _spoof_link(s, inst, ("lx", "hs", "rate", "cs", "jx"))
    cut = s.money(200, 9000)
    sender = _spoof_sender(s)
    r = s.rng.random()
    if r < 0.26:
        text = (
            f"{greet}，根据“个人借款综合年化成本不超过24%”的要求，您在{ref}的{debt}可申请息费重新核算，超出部分可直接冲抵逾期欠款。"
            f"请登录 {link} 查询核算结果{s.opt('，今日内未查询视为放弃', 0.5)}。"
        )
    elif r < 0.44:
        text = (
            f"【{s.brand(inst)}】{greet}：经系统复核，您的逾期账户存在多计息费情况，预计可核减{_yuan(cut)}。"
            f"请致电息费核算专线{_callback(s)}申请重算，核减后按新金额还款。"
        )
    elif r < 0.6:
        text = (
            f"{ref}利率调整通知：受LPR下调影响，您的逾期{debt}可按新利率重新计息，{s.rng.choice(['回复“重算”即可申请', '回复1提交重算申请'])}，"
            f"专员将在{s.rng.choice(['24小时', '2个工作日', '当天'])}内联系您。"
        )
        sender = sender or s.bad_sender()
    elif r < 0.78:
        sep = s.rng.choice(["\n", "；", "｜"])
        text = sep.join(
            [
                s.rng.choice(["【息费核算通知】", f"{ref}息费重算", "逾期息费复核结果"]),
                f"账户：{debt}（逾期）",
                f"可核减息费：{_yuan(cut)}",
                f"办理入口：{s.rng.choice([link, link, _callback(s)])}",
                f"截止：{s.date(s.days(1, 6))}",
            ]
        )
    elif r < 0.92:
        text = _trad(
            f"{greet}，{ref}依照最新利率规定，为逾期客户重新核算利息，多收部分可抵扣欠款，详情请查阅 {link}"
        )
    else:
        text = f"{_emoji(s, 0.4)}{ref}逾期息费可重算，核减{_yuan(cut)}：{link}"
    return _msg(text, inst, sender, rec, _own_account(s))


def p_s_02(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    debt = _debt_at(s, inst, ref)
    link = _spoof_link(s, inst, ("ed", "hf", "jd", "jiedong", "edu"))
    sender = _spoof_sender(s)
    state = s.rng.choice(["额度冻结", "风险客户", "止付", "额度为0", "账户锁定"])
    r = s.rng.random()
    if r < 0.26:
        text = (
            f"{greet}，您在{ref}的逾期欠款已结清，但账户仍标记为“{state}”。请于{s.date(s.days(1, 7))}前登录 {link} 提交额度恢复申请"
            f"{s.opt('，逾期未申请将按自动销户处理', 0.6)}。"
        )
    elif r < 0.44:
        text = (
            f"【{s.brand(inst)}】您的{debt}因逾期已被{s.rng.choice(['冻结', '止付', '降额'])}，还款后需人工解除，"
            f"请致电额度恢复专线{_callback(s)}（工作日{_hhmm(s, 8, 9)}-{_hhmm(s, 17, 18)}）办理。"
        )
    elif r < 0.6:
        text = (
            f"{greet}，我是{ref}额度管理专员{s.name()[0]}{s.rng.choice(['经理', '专员', '主管'])}，您上期逾期已还上，额度可以帮您恢复，"
            f"加我微信{s.wxid()}，发一下身份证正反面我帮您提交{s.opt('，今天能批', 0.5)}。"
        )
    elif r < 0.78:
        sep = s.rng.choice(["\n", "；", "｜"])
        text = sep.join(
            [
                s.rng.choice(["【额度恢复指引】", f"{ref}解冻须知", "结清后账户状态提示"]),
                f"当前状态：已结清，{state}",
                f"恢复方式：{s.rng.choice([link, _callback(s)])}",
                "所需材料：身份证照片、结清截图",
                f"办理时限：{s.rng.choice(['3个工作日', '7天', '本月内'])}",
            ]
        )
    elif r < 0.9:
        text = f"{ref}：逾期结清后，系统不会自动恢复额度及原利率，{greet}请回复“HF”申请恢复{s.opt('，或访问' + link, 0.5)}。"
        sender = sender or s.bad_sender()
    else:
        text = f"{_emoji(s, 0.4)}{ref}结清后额度恢复入口：{link}"
    return _msg(text, inst, sender, rec, _own_account(s))


_APPLIED = ("停息分期", "协商还款", "延期还款", "罚息减免", "个性化分期", "还款计划变更")


def p_s_03(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    what = s.rng.choice(_APPLIED)
    no = _ref_no(s, s.rng.choice(["", "XS", "SQ", "FQ"]))
    link = _spoof_link(s, inst, ("jd", "sq", "xs", "apply", "cx"))
    sender = _spoof_sender(s)
    r = s.rng.random()
    if r < 0.26:
        text = (
            f"{greet}，您提交的{ref}{what}申请已受理，受理编号{no}。审核进度请查询 {link}"
            f"{s.opt('，如需补充材料请在页面内上传', 0.6)}。"
        )
    elif r < 0.44:
        text = (
            f"【{s.brand(inst)}】您的{what}申请（编号{no}）因资料不全暂未通过，请于{s.date(s.days(1, 5))}前致电{_callback(s)}补充说明，"
            f"逾期将自动撤销申请。"
        )
    elif r < 0.6:
        who = s.name()[0] + s.rng.choice(["专员", "经理", "主管"])
        text = (
            f"{ref}：{greet}，您的{what}申请已进入终审，终审{who}将通过{_spaced(s, s.rng.choice([s.mobile, s.virtual])())}与您联系，"
            f"请保持电话畅通，也可主动回拨{s.opt('（工作时间' + _hhmm(s, 9, 9) + '-' + _hhmm(s, 18, 18) + '）', 0.5)}。"
        )
    elif r < 0.78:
        sep = s.rng.choice(["\n", "；", "｜"])
        text = sep.join(
            [
                s.rng.choice(["【申请进度】", f"{ref}业务受理回执", "协商申请状态"]),
                f"业务：{what}",
                f"受理编号：{no}",
                f"状态：{s.rng.choice(['待补充材料', '审核中', '待本人确认', '初审通过'])}",
                f"{s.rng.choice(['查询', '确认', '补充'])}：{s.rng.choice([link, _callback(s)])}",
            ]
        )
    elif r < 0.9:
        text = (
            f"{greet}，您的{what}申请已初审通过，请回复“确认”完成终审{s.opt('，24小时内未回复将退回', 0.6)}。"
            f"编号{no}（{ref}）"
        )
        sender = sender or s.bad_sender()
    else:
        text = f"{_emoji(s, 0.4)}{ref}{what}已受理{no}，进度：{link}"
    return _msg(text, inst, sender, rec, _own_account(s))


_PLANS = ("分期还款方案", "减免结清方案", "停息挂账方案", "延期还款方案", "还款协议")


def p_s_04(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    debt = _debt_at(s, inst, ref)
    plan = s.rng.choice(_PLANS)
    when = s.date(s.days(1, 4))
    sender = _spoof_sender(s)
    r = s.rng.random()
    if r < 0.27:
        text = (
            f"{greet}，您与{ref}达成的{plan}需完成电话回访确认后方可生效。请于{when} {_hhmm(s, 16, 20)}前回拨{_callback(s)}，"
            f"未完成回访的方案将自动作废，恢复原欠款{s.rng.choice(['计息', '催收', '计收罚息'])}。"
        )
    elif r < 0.45:
        text = (
            f"【{s.brand(inst)}】结清回访：您的{debt}已结清，为确保结清证明有效，请在3个工作日内致电{_callback(s)}完成结清确认"
            f"{s.opt('（需核对身份证号后四位）', 0.6)}。"
        )
    elif r < 0.62:
        text = (
            f"{ref}质检中心：{greet}，需对您近期的协商通话进行回访核实，请回复“Y”确认方案属实，回复“N”申请复核"
            f"{s.opt('，超时未回复方案失效', 0.5)}。"
        )
        sender = sender or s.bad_sender()
    elif r < 0.8:
        officer = s.name()[0] + s.rng.choice(["经理", "专员", "主任"])
        text = (
            f"{greet}，我是{ref}回访{officer}，今天给您打电话没接通。您的{plan}还差最后一步确认，"
            f"麻烦回个电话{_spaced(s, s.rng.choice([s.mobile, s.virtual])())}，确认完就生效了。"
        )
    elif r < 0.92:
        sep = s.rng.choice(["\n", "；", "｜"])
        text = sep.join(
            [
                s.rng.choice(["【方案生效确认】", f"{ref}回访通知", "结清回访提醒"]),
                f"事项：{plan}",
                "状态：待电话确认",
                f"确认电话：{_callback(s)}",
                f"截止：{when}",
                "未确认：方案作废",
            ]
        )
    else:
        text = f"{_emoji(s, 0.4)}{ref}{plan}待回访确认，请回电{_callback(s)}"
    return _msg(text, inst, sender, rec, _own_account(s))


_MEET_APPS = ("云洽会议", "视讯通", "易面谈", "小鱼会客厅", "云见面")


def _meet_id(s: Slots) -> str:
    d = _digits(s, 9)
    return s.rng.choice([d, f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}"])


def p_s_05(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    debt = _debt_at(s, inst, ref)
    link = _spoof_link(s, inst, ("video", "meet", "mq", "spxs", "yy"))
    app = s.rng.choice(_MEET_APPS)
    when = f"{s.date(s.days(1, 5))} {_hhmm(s, 9, 18)}"
    sender = _spoof_sender(s)
    r = s.rng.random()
    if r < 0.26:
        text = (
            f"{greet}，{ref}现开通“视频协商”服务，您的逾期{debt}可预约与专员一对一视频面谈，预约请访问 {link} 选择时段"
            f"{s.opt('，面谈需本人出镜并携带身份证', 0.6)}。"
        )
    elif r < 0.44:
        text = (
            f"【{s.brand(inst)}】您已被安排于{when}进行视频协商，请下载“{app}”，会议号{_meet_id(s)}"
            f"{s.opt('，入会密码' + _digits(s, 4), 0.5)}，请提前5分钟入会。"
        )
        sender = sender or s.bad_sender()
    elif r < 0.6:
        text = f"{ref}视频协商预约成功：时间{when}，方式：微信视频（专员微信{s.wxid()}），请提前添加好友{s.opt('并备注姓名', 0.5)}。"
    elif r < 0.78:
        sep = s.rng.choice(["\n", "；", "｜"])
        text = sep.join(
            [
                s.rng.choice(["【视频面谈预约】", f"{ref}远程协商", "协商方式变更通知"]),
                f"事项：{debt}逾期协商",
                f"时间：{when}",
                f"入口：{s.rng.choice([link, app + '会议号' + _meet_id(s)])}",
                f"改约：{_callback(s)}",
            ]
        )
        sender = sender or s.bad_sender()
    elif r < 0.9:
        text = (
            f"{greet}：因线下网点协商排队较长，{ref}已为您转为远程视频协商，点击 {link} 进入等候室，"
            f"{s.rng.choice(['超时未进入视为放弃', '请保持网络畅通', '无需下载App'])}。"
        )
    else:
        text = f"{_emoji(s, 0.4)}{ref}视频协商入口 {link}"
    return _msg(text, inst, sender, rec, _own_account(s))


# -- round 10: mistaken ------------------------------------------------------------------------------------


def p_m_01(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = _other(s, rec)
    who = _shown(s, other)
    we = _we(s, inst)
    debt = _debt(s, inst)
    owed = s.amount(300, 50000)
    d = s.days(5, 200)
    kind = s.rng.choice(["副号", "小号", "隐私号", "一卡多号的副号", "虚拟副号"])
    trad = False
    r = s.rng.random()
    if r < 0.26:
        text = (
            f"您好，{we}客户{who}登记的联系电话为本号码（该号码为其办理的{kind}）。{who}的{debt}已逾期{d}天，"
            f"如{kind}业务已到期、号码现由您使用，请回复“N”，{we}将更新记录。"
        )
    elif r < 0.44:
        text = f"{who}您好，您的{debt}逾期{owed}，请尽快处理。（本短信发往您预留的{kind}，如该{kind}已注销并被他人启用，请接收人忽略本短信）"
    elif r < 0.6:
        text = (
            f"尊敬的客户：本号码在{we}登记为{who}的{kind}。经核查该{kind}可能已到期释放，如您并非{who}，"
            f"请致电{_hl(s, inst)}告知{s.opt('，我们将停止发送', 0.5)}。"
        )
    elif r < 0.76:
        sep = s.rng.choice(["\n", "｜", "；"])
        text = sep.join(
            [
                s.rng.choice(["【号码核实】", "联系方式核查", "预留号码状态确认"]),
                f"客户：{who}",
                f"登记号码类型：{kind}",
                f"事由：{debt}逾期",
                f"如号码已重新分配：回复N或致电{_hl(s, inst)}",
            ]
        )
    elif r < 0.9:
        trad = True
        text = f"您好，{who}在{we}的{debt}已逾期{d}天。该客户预留的是{kind}，如号码已转由他人使用，请致电{_hl(s, inst)}说明，谢谢。"
    else:
        text = f"{who}：您{debt}逾期{owed}（发送至登记{kind}），请尽快还款。"
    has = s.rng.choice([None, None, True, False])
    msg = _mistaken(s, _maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, has)
    if trad:
        msg["text"] = _trad(msg["text"])
    return msg


_CARE_PLACES = (
    "住院部护士站",
    "康复中心服务台",
    "养老院前台",
    "病区值班室",
    "护理院办公室",
    "颐养中心接待处",
    "社区卫生服务中心",
)


def p_m_02(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = _other(s, rec)
    who = _shown(s, other)
    we = _we(s, inst)
    debt = _debt(s, inst)
    owed = s.amount(300, 40000)
    d = s.days(10, 300)
    place = s.rng.choice(_CARE_PLACES)
    trad = False
    r = s.rng.random()
    if r < 0.26:
        text = (
            f"您好，{who}在{we}办理的{debt}已逾期{d}天。{who}预留的联系电话为{place}的公用电话，"
            f"烦请工作人员{s.rng.choice(['转告其本人或家属', '提醒其家属'])}尽快处理，谢谢。"
        )
    elif r < 0.44:
        text = (
            f"{place}您好：贵处{s.rng.choice(['住院', '入住', '疗养'])}的{who}在{we}有逾期欠款{owed}，因其本人电话无法接通，"
            f"烦请代为转达{s.opt('，如其已离开贵处请回复“已离开”', 0.6)}。"
        )
    elif r < 0.6:
        text = (
            f"{who}您好（本短信发送至您登记的{place}电话），您的{debt}逾期{owed}，"
            f"如您已{s.rng.choice(['出院', '离开', '转院'])}，请致电{_hl(s, inst)}更新联系方式。"
        )
    elif r < 0.76:
        sep = s.rng.choice(["\n", "｜", "；"])
        text = sep.join(
            [
                s.rng.choice(["【代为转达】", "逾期提醒（机构电话）", "联系协助"]),
                f"客户：{who}",
                f"登记电话：{place}",
                f"事项：{debt}逾期{d}天",
                f"请转告客户或家属致电{_hl(s, inst)}",
            ]
        )
    elif r < 0.9:
        trad = True
        text = f"您好，{we}客户{who}登记的联系电话是贵处{place}，其{debt}逾期{owed}。如方便，请提醒其家属与{we}联系。"
    else:
        text = f"{place}：请转告{who}，{debt}逾期{owed}。"
    has = s.rng.choice([None, None, True, False])
    msg = _mistaken(s, _maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, has)
    if trad:
        msg["text"] = _trad(msg["text"])
    return msg


_LETTERS = ("逾期还款通知函", "欠款催收函", "贷款提前到期通知书", "催告函", "还款提醒函")
_SIGNERS = ("单位收发室", "小区快递驿站", "写字楼前台", "门卫室", "邻居", "物业服务中心")


def p_m_03(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = _other(s, rec)
    who = _shown(s, other)
    we = _we(s, inst)
    debt = _debt(s, inst)
    owed = s.amount(300, 60000)
    letter = f"《{s.rng.choice(_LETTERS)}》"
    signer = s.rng.choice(_SIGNERS)
    when = _md(s, -s.days(1, 6))
    trad = False
    r = s.rng.random()
    if r < 0.26:
        text = (
            f"您好，{we}寄给{who}的{letter}已于{when}由本号码机主（{signer}）代为签收。该函件涉及其{debt}逾期事宜，"
            f"烦请尽快转交{who}本人；如无法转交，请致电{_hl(s, inst)}，{we}将安排退回。"
        )
    elif r < 0.44:
        text = (
            f"{signer}您好，邮政记录显示{we}发给{who}的挂号信（运单尾号{s.tail()}）由您签收。"
            f"请转告{who}函件为{debt}逾期还款通知，欠款{owed}，请其尽快处理。"
        )
    elif r < 0.6:
        text = (
            f"{who}的{letter}已由您代签，函件内含客户个人信息，请勿拆阅，转交本人即可"
            f"{s.opt('；如不认识收件人，请致电' + _hl(s, inst) + '，我们上门取回', 0.6)}。"
        )
    elif r < 0.78:
        sep = s.rng.choice(["\n", "｜", "；"])
        text = sep.join(
            [
                s.rng.choice(["【函件代签收提醒】", "邮件转交请求", "代收函件告知"]),
                f"收件人：{who}",
                f"签收人：本号码机主（{signer}）",
                f"函件：{letter}",
                f"签收日期：{when}",
                "请转交收件人本人，勿拆阅",
            ]
        )
    elif r < 0.92:
        trad = True
        text = (
            f"您好，{we}寄给{who}的{letter}由您代为签收，烦请转交本人。如收件人已搬离，请致电{_hl(s, inst)}。"
        )
    else:
        text = f"{who}的{letter}由您代签，请转交本人。"
    has = s.rng.choice([None, None, True, False])
    msg = _mistaken(s, _maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, has)
    if trad:
        msg["text"] = _trad(msg["text"])
    return msg


def p_m_04(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = _other(s, rec)
    who = _shown(s, other)
    we = _we(s, inst)
    debt = _debt(s, inst)
    owed = s.amount(300, 50000)
    d = s.days(5, 150)
    when = s.date(-s.days(60, 700))
    trad = False
    r = s.rng.random()
    if r < 0.26:
        text = (
            f"您好，{we}系统显示，客户{who}申请{debt}时曾使用本号码接收短信验证码。{who}目前已逾期{d}天，"
            f"如您认识{who}，请提醒其尽快还款{s.opt('；如您与此无关，请回复“无关”', 0.6)}。"
        )
    elif r < 0.44:
        text = (
            f"尊敬的用户，{who}曾于{when}使用本机登录{s.app(inst)}App办理{debt}业务。现该笔欠款逾期{owed}，"
            f"{we}无法联系到本人，烦请转告其致电{_hl(s, inst)}。"
        )
    elif r < 0.6:
        text = (
            f"{who}您好，您办理{debt}时借用的手机号（即本号码）并非您本人实名号码，现您的欠款已逾期{owed}，"
            f"请尽快致电{_hl(s, inst)}更新本人手机号并还款。"
        )
    elif r < 0.76:
        sep = s.rng.choice(["\n", "｜", "；"])
        text = sep.join(
            [
                s.rng.choice(["【号码使用记录核实】", "验证码接收号码核查", "登录设备号码提示"]),
                f"客户：{who}",
                f"记录：{when}曾用本号码接收验证码",
                f"事项：{debt}逾期{d}天",
                f"如非本人号码：请致电{_hl(s, inst)}",
            ]
        )
    elif r < 0.9:
        trad = True
        text = f"您好，{who}办理{debt}时使用本号码验证身份，现已逾期{d}天。如您认识{who}，请转告其还款。"
    else:
        text = f"{who}曾用本机验证办理{debt}，现逾期{owed}，请转告。"
    has = s.rng.choice([None, None, True, False])
    msg = _mistaken(s, _maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, has)
    if trad:
        msg["text"] = _trad(msg["text"])
    return msg


_BIZ_LOANS = ("个体工商户经营贷款", "小微企业经营贷", "商户流水贷", "普惠经营贷款", "税务信用贷")
_BIZ_WORDS = ("宏盛", "佳和", "永利", "福源", "锦程", "兴旺", "众诚", "润丰")
_BIZ_KINDS = ("餐饮店", "建材商行", "服装店", "汽修厂", "水果批发部", "五金店", "超市", "装饰工程部")
_AGENTS = ("财税代理有限公司", "代理记账服务部", "会计服务有限公司", "财务咨询工作室")


def p_m_05(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = _other(s, rec)
    who = _shown(s, other)
    we = _we(s, inst)
    loan = (
        s.rng.choice(inst.products) if inst.products and s.rng.random() < 0.25 else s.rng.choice(_BIZ_LOANS)
    )
    shop = f"{s.rng.choice(CITIES)}{s.rng.choice(_BIZ_WORDS)}{s.rng.choice(_BIZ_KINDS)}"
    agent = f"{s.rng.choice(CITIES)}{s.rng.choice(_BIZ_WORDS)}{s.rng.choice(_AGENTS)}"
    owed = s.amount(1000, 200000)
    d = s.days(5, 120)
    trad = False
    r = s.rng.random()
    if r < 0.26:
        text = (
            f"{shop}代账联系人您好：该商户经营者{who}在{we}的{loan}已逾期{d}天，欠款{owed}。"
            f"因其本人联系不上，烦请代为转达{s.opt('，代账联系人无需承担还款责任', 0.5)}。"
        )
    elif r < 0.44:
        text = (
            f"您好，您（{agent}）是{who}（{shop}）在{we}办理{loan}时登记的财务/记账联系人。{who}贷款逾期{owed}，"
            f"请提醒其尽快还款{s.opt('，如贵司已不再为该商户代账，请致电' + _hl(s, inst) + '更正', 0.6)}。"
        )
    elif r < 0.6:
        text = (
            f"{other[0]}老板您好，{shop}的{loan}本期{owed}未扣款成功，已逾期{d}天，请尽快存入。"
            f"（本短信发送至贵店登记的财务手机{s.opt('，如由会计代收请转告', 0.7)}）"
        )
    elif r < 0.78:
        sep = s.rng.choice(["\n", "｜", "；"])
        text = sep.join(
            [
                s.rng.choice(["【经营贷款逾期提醒】", "代账联系人告知", "财务联系人通知"]),
                f"借款主体：{shop}",
                f"经营者：{who}",
                f"贷款：{loan}",
                f"逾期：{d}天，{owed}",
                f"请转告经营者致电{_hl(s, inst)}",
            ]
        )
    elif r < 0.92:
        trad = True
        text = f"{agent}您好，贵司代账客户{who}（{shop}）在{we}的{loan}已逾期，烦请提醒其还款。"
    else:
        text = f"代账联系人：{who}（{shop}）{loan}逾期{owed}，请转告。"
    has = s.rng.choice([None, None, True, False])
    msg = _mistaken(s, _maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, has)
    if trad:
        msg["text"] = _trad(msg["text"])
    return msg


# -- round 10: scam ----------------------------------------------------------------------------------------


_FUNDS = (
    "鸿济公益基金会",
    "善源慈善基金会",
    "同心纾困基金会",
    "安澜公益基金",
    "惠民助困基金会",
    "暖阳救助基金",
)


def p_c_01(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    fund = s.rng.choice(_FUNDS)
    owed = s.money(3000, 80000)
    fee = s.rng.choice([199, 299, 499, 680, 980, 1500])
    r = s.rng.random()
    if r < 0.26:
        text = (
            f"{greet}，{ref}联合{fund}开展“逾期人员爱心帮扶”，经审核您可获全额代还{_yuan(owed)}。"
            f"需先缴纳{fee}元帮扶保证金至基金会财务{_person_account(s)}，代还完成后退还。"
        )
    elif r < 0.44:
        text = (
            f"【{fund}】{greet}：您申请的债务救助已通过初审，{ref}欠款将由基金会一次性代偿。请添加救助专员{_contact(s)}，"
            f"缴纳{s.rng.choice(['公证费', '审核费', '档案费'])}{fee}元后出具《救助确认书》。"
        )
    elif r < 0.6:
        small = s.rng.choice([50, 100, 200])
        text = (
            f"{ref}×{fund}公益还款计划：先捐{small}元成为爱心会员，即可申请最高{s.rng.choice([3, 5, 10])}万元还款援助，"
            f"捐款请转{_wallet(s)}{s.opt('，名额有限', 0.5)}。"
        )
    elif r < 0.78:
        app = s.rng.choice(["善助通", "帮扶e家", "公益纾困", "爱心还"])
        text = (
            f"{fund}通知：您在{ref}的逾期已纳入本年度救助名单，请下载“{app}”App登记，缴纳{fee}元审核费，"
            f"审核通过后{s.rng.choice(['7个工作日', '15天', '当月'])}内代偿到账。"
        )
    elif r < 0.92:
        sep = s.rng.choice(["\n", "；"])
        text = sep.join(
            [
                f"【{fund}·债务帮扶】",
                f"帮扶对象：{ref}逾期用户",
                f"代偿金额：{_yuan(owed)}",
                f"申请条件：缴纳保证金{fee}元（代偿后退还）",
                f"缴纳方式：{_wallet(s)}",
            ]
        )
    else:
        text = f"{_emoji(s, 0.4)}{fund}代还{ref}欠款，先交{fee}元，{_contact(s)}"
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


_PROVS = "京沪粤浙苏鄂川渝陕湘豫鲁皖闽赣冀"


def _plate(s: Slots) -> str:
    return f"{s.rng.choice(_PROVS)}{s.rng.choice('ABCDEFGHJK')}{s._rand_alnum(5).upper()}"


def _bill_no(s: Slots) -> str:
    return s._free(lambda: s.rng.choice("3567") + _digits(s, s.rng.choice([9, 11])))


def p_c_02(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    pay = s.rng.choice([1000, 1500, 2000, 2600, 3000, 4800, 5000, 6800])
    r = s.rng.random()
    if r < 0.25:
        text = (
            f"{greet}，{ref}还款通道临时调整，减免后应还{pay}元请以“代缴”方式完成：在任一缴费平台为电费户号{_bill_no(s)}"
            f"（户名{s.name()}）缴费{pay}元，缴费截图发{_contact(s)}即视为还款。"
        )
    elif r < 0.43:
        n = s.rng.choice([2, 3, 5])
        text = (
            f"【{s.brand(inst)}】{greet}：您的欠款可通过为指定手机号充值话费结清。请向{_spaced(s, s.mobile())}分{n}次充值共{pay}元，"
            f"到账后系统自动核销{s.opt('，充值记录请勿删除', 0.5)}。"
        )
    elif r < 0.6:
        where = s.rng.choice(["学校学费", "医院住院押金", "幼儿园保育费", "驾校培训费"])
        text = (
            f"{ref}：您的结清款请代缴以下{where}账户：缴费人{s.name()}，缴费号{_bill_no(s)}，金额{pay}元，"
            f"缴费后凭回单{s.rng.choice(['联系专员', '回复本号码', '上传至' + s.short_link()])}办理结清。"
        )
    elif r < 0.76:
        text = (
            f"{greet}，{ref}对公通道维护中，请通过代缴交通罚款方式还款：在缴费平台输入车牌{_plate(s)}"
            f"（车主{s.name()}）缴纳{pay}元，即计入您的还款{s.opt('，今日有效', 0.5)}。"
        )
    elif r < 0.92:
        sep = s.rng.choice(["\n", "；", "｜"])
        text = sep.join(
            [
                s.rng.choice([f"【{ref}代缴还款指引】", "代缴结清说明", "还款方式变更"]),
                f"应还：{pay}元（已减免）",
                f"代缴项目：{s.rng.choice(['燃气费', '电费', '话费', '物业费'])}",
                f"户号/号码：{_bill_no(s)}（{s.name()}）",
                f"回执提交：{_contact(s)}",
            ]
        )
    else:
        text = f"{_emoji(s, 0.4)}{ref}欠款{pay}元改为代缴话费，充值{_spaced(s, s.mobile())}"
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


_IOU_APPS = ("速借条", "诚信借条", "信友借条", "约借条", "安心借据", "电子欠条宝")


def p_c_03(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    owed = s.money(3000, 80000)
    iou = int(round(owed * s.rng.uniform(0.6, 0.9), -2))
    app = s.rng.choice(_IOU_APPS)
    holder = s.name()
    n = s.rng.choice([6, 12, 18, 24])
    fee = s.rng.choice([300, 500, 800, 1200])
    r = s.rng.random()
    if r < 0.25:
        text = (
            f"{greet}，{ref}欠款{_yuan(owed)}可转为个人借条分期：请在“{app}”App向专员{holder}出具电子借条{iou}元，分{n}期还，"
            f"签署后{ref}账户即显示结清。"
        )
    elif r < 0.43:
        text = (
            f"{ref}债务重组：由我方合伙人{holder}帮你一次结清，你在“{app}”给他打一张{iou}元的借条，月息{s.rng.choice([1, 1.5, 2])}%，"
            f"今天签完今天结清{s.opt('，名额有限', 0.5)}。"
        )
    elif r < 0.6:
        text = (
            f"【{s.brand(inst)}】{greet}：请在{app}完成人脸认证，并确认{holder}发起的借款{iou}元，"
            f"该笔借款将直接用于结清您在{ref}的逾期，确认后{s.rng.choice(['30分钟', '2小时', '当日'])}内生效。"
        )
    elif r < 0.76:
        text = (
            f"{greet}，签个{iou}元的借条给{holder}（手写拍照发{_contact(s)}），{ref}那边的逾期我们帮你处理掉，"
            f"服务费{fee}元先付。"
        )
    elif r < 0.92:
        sep = s.rng.choice(["\n", "；"])
        text = sep.join(
            [
                s.rng.choice(["【债务转借条方案】", f"{ref}结清新方案", "个人借条代偿"]),
                f"原欠款：{_yuan(owed)}（{ref}）",
                f"新借条：{iou}元，出借人{holder}",
                f"平台：{app}",
                f"分期：{n}期",
                f"手续费：{fee}元（转{_wallet(s)}）",
            ]
        )
    else:
        text = f"{_emoji(s, 0.4)}{ref}欠款转借条，给{holder}打{iou}元借条即结清，{_contact(s)}"
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


_FIRMS = ("泽衡", "明澈", "恒升", "致远诚", "鼎和", "正弘", "信衡")


def p_c_04(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    firm = f"{s.rng.choice(CITIES)}{s.rng.choice(_FIRMS)}律师事务所"
    lawyer = s.name()
    fee = s.rng.choice([380, 600, 880, 1200, 1980, 2800])
    n = s.rng.choice([326, 580, 1200, 2400, 3700])
    r = s.rng.random()
    if r < 0.25:
        text = (
            f"{greet}，{ref}涉嫌违规收取高额息费，已有{n}名借款人加入集体诉讼，胜诉后可退还全部利息并免除欠款。"
            f"报名需缴纳诉讼费{fee}元至代理律师{lawyer}账户：{_person_account(s)}。"
        )
    elif r < 0.42:
        text = (
            f"【维权通知】{ref}借款人集体维权群已建立，QQ群{_qq(s)}，入群需缴纳{fee}元律师费，"
            f"{s.date(s.days(1, 5))}截止{s.opt('，逾期不再受理', 0.5)}。"
        )
    elif r < 0.6:
        pct = s.rng.choice([10, 15, 20])
        text = (
            f"{greet}：{firm}受理{ref}砍头息维权案件，您符合退费条件，请添加{_contact(s)}登记，"
            f"先付{pct}%风险代理费{fee}元，立案后催收即刻停止。"
        )
    elif r < 0.76:
        text = (
            f"{ref}逾期用户注意：起诉平台可停止催收！{firm}代理立案，立案费{fee}元转{_wallet(s)}，"
            f"立案后{s.rng.choice(['所有欠款暂停还款', '征信记录冻结', '利息全部停止'])}。"
        )
    elif r < 0.92:
        sep = s.rng.choice(["\n", "；", "｜"])
        text = sep.join(
            [
                s.rng.choice(["【集体诉讼登记】", f"{ref}维权报名", "借款人维权通知"]),
                f"被诉方：{ref}",
                f"代理：{firm}（{lawyer}律师）",
                f"已报名：{n}人",
                f"报名费：{fee}元",
                f"缴费：{_person_account(s)}",
            ]
        )
    else:
        text = f"{_emoji(s, 0.4)}告{ref}退利息！集体诉讼报名{fee}元，{_contact(s)}"
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


_VOUCHERS = ("还款抵扣券", "逾期减免券", "结清券", "免息券", "还款金", "罚息抵用券")
_MARKETS = ("闲趣二手", "淘易转", "转转乐", "鱼塘二手")


def p_c_05(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    v = s.rng.choice(_VOUCHERS)
    face = s.rng.choice([1000, 2000, 3000, 5000, 10000, 20000])
    share = s.rng.choice([0.1, 0.15, 0.2, 0.25, 0.3])
    price = int(face * share)
    r = s.rng.random()
    if r < 0.25:
        text = (
            f"{greet}，{ref}内部员工福利“{v}”转让：面值{face}元，售价{price}元，可直接抵扣逾期欠款。"
            f"付款至{_wallet(s)}后发券码{s.opt('，在App“我的-卡券”输入即可使用', 0.6)}。"
        )
    elif r < 0.43:
        text = (
            f"【{s.brand(inst)}】{greet}：您获得{ref}“{v}”购买资格，{face}元{v}仅需{price}元，"
            f"请转账至{_person_account(s)}领取，{s.rng.choice(['限今日', '48小时内有效', '先到先得'])}。"
        )
    elif r < 0.6:
        zhe = f"{share * 10:g}"
        text = f"{ref}{v}出售，{zhe}折，支持全额结清，加{_contact(s)}下单，先付款后发码。"
    elif r < 0.76:
        market = s.rng.choice(_MARKETS)
        text = (
            f"{greet}，您在{market}咨询的{ref}{v}已为您预留{s.rng.choice([1, 2, 3])}张（面值{face}元），"
            f"请向卖家{s.name()}的{_wallet(s)}付款{price}元，付款后私信发券码。"
        )
    elif r < 0.92:
        sep = s.rng.choice(["\n", "；", "｜"])
        text = sep.join(
            [
                s.rng.choice([f"【{ref}{v}】", "卡券转让", "还款券内部渠道"]),
                f"面值：{face}元",
                f"价格：{price}元",
                f"付款：{_wallet(s)}",
                "使用：App内输入券码抵扣逾期",
            ]
        )
    else:
        text = f"{_emoji(s, 0.4)}{ref}{v}{face}抵{price}，{_contact(s)}"
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


#: One-line description of each family (kept here, not in generate.py; see verifier/corpus/rounds/round10.md).
BLIND10_STYLES: dict[str, str] = {
    "p_g_01": "billing / due date changed at the borrower's request: the transition bill still fell due on the old date and is now overdue",
    "p_g_02": "the instalment went up (rate repricing, first-year rate expired, deferral ended, interest-only switched to amortising): the debit took the old amount, the shortfall is overdue",
    "p_g_03": "repayment allocation: the payment went first to penalty interest, interest, fees or the oldest period, so principal / a later period is still overdue",
    "p_g_04": "temporary credit line expired / over-limit: the part above the fixed limit had to be repaid in full and is overdue",
    "p_g_05": "declined-transaction alert (purchase, online / quick payment, ATM cash) explaining that the card is restricted because it is overdue",
    "p_s_01": "'interest recalculation' under a 24% cap / LPR cut: over-charged interest offsets the overdue, check on a made-up link, line or by reply",
    "p_s_02": "after repaying, the limit / frozen card / 'risk customer' mark must be restored on a made-up link, line, reply or officer WeChat",
    "p_s_03": "receipt of a negotiation application (受理编号): track progress, add documents or await the final reviewer on a made-up link / number",
    "p_s_04": "a negotiated plan or a settlement only takes effect after a 'return-visit' (回访) confirmation call or reply to a made-up number",
    "p_s_05": "book or join a 'video negotiation' with an officer on a made-up booking link, meeting app id or WeChat video",
    "p_m_01": "the borrower registered a secondary / virtual 'small number' (副号 / 小号 / 隐私号) that has since been reassigned to the recipient",
    "p_m_02": "the borrower's registered phone is the public phone of a hospital ward, care home or rehabilitation centre",
    "p_m_03": "a collection letter for the borrower was signed for by the recipient (mailroom, parcel station, reception, neighbour): pass it on or return it",
    "p_m_04": "the borrower once used the recipient's phone to receive a verification code / log in when applying",
    "p_m_05": "the recipient is the bookkeeping / tax agent or finance phone registered for a sole trader's business loan",
    "p_c_01": "a made-up charity foundation will repay the debt after a deposit, notary / review fee, 'donation' or app registration",
    "p_c_02": "repay by paying a stranger's utility / phone / tuition / hospital / traffic-fine bill (代缴) and sending the receipt",
    "p_c_03": "turn the debt into an electronic or hand-written IOU to a named private person (借条 app, face check), fee first",
    "p_c_04": "collective lawsuit / 集体维权 against the lender for illegal interest: litigation, group or lawyer fee to a person",
    "p_c_05": "buy discounted 'repayment vouchers' (还款抵扣券 / 减免券 / 结清券) from an insider or a second-hand seller",
}
