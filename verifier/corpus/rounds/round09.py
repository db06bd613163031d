# ruff: noqa: E501  (template lines are Chinese text, which counts double width; splitting them hurts reading)
"""Ninth blind held-out set (ids ``q_…``): written without reading the rules; held out in ``test`` until read.

Written "blind", like :mod:`verifier.corpus.rounds.round01` … :mod:`verifier.corpus.rounds.round08`: from general knowledge of
2024–2026 Chinese bank / consumer-lender / collection-agency / fraud SMS, without reading the project's rules,
checks, extraction, normalisation, prefilter, feature, combine, model, training, evaluation, advice, batch or
scoring code, and without running the verifier on these messages. This round is the newest untouched blind
test set.

The family ids are deliberately neutral (``q_g_01`` …), and the one-line descriptions live in
:data:`BLIND9_STYLES` here and in ``verifier/corpus/rounds/round09.md``, so that registering the families in
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

BLIND9_PREFIX = "q_"

_BANK_KINDS = ("bank", "credit_card_centre")


# -- helpers (private to this module, so that the q_ rows never depend on the other corpus modules) ---------


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
    return f"{s.rng.randint(lo, hi)}:{s.rng.choice(['00', '10', '20', '30', '45', '50'])}"


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
    return s.rng.choice(
        ["top", "cc", "vip", "xyz", "icu", "site", "cn", "com", "net", "shop", "info", "online"]
    )


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
        s.rng.choice(["⚠️", "📢", "🔔", "📌", "❗", "👉", "✅", "💰", "🙏", "🔥", "📱", "🧾", "📨", "☎️"])
        if s.rng.random() < p
        else ""
    )


def _md(s: Slots, offset_days: int) -> str:
    """A plain "M月D日" date ``offset_days`` from the reception day."""
    d = s.now + timedelta(days=offset_days)
    return f"{d.month}月{d.day}日"


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
                f"https://m.{_low(s, 4)}-{s.rng.choice(paths)}.cn/?c={a}",
                s.lookalike_link(inst),
                s.short_link(),
            ]
        ),
    )


_ORG_WORDS = ("恒达", "华诚", "瑞丰", "鑫源", "博远", "宏图", "启明", "安泰", "嘉禾", "远航", "盛通", "德润")
_ORG_KINDS = (
    "物流有限公司",
    "科技有限公司",
    "建筑工程有限公司",
    "商贸有限公司",
    "机械制造有限公司",
    "餐饮管理有限公司",
    "物业服务有限公司",
    "医药连锁有限公司",
)


def _org(s: Slots) -> str:
    """A made-up employer."""
    return f"{s.rng.choice(CITIES)}{s.rng.choice(_ORG_WORDS)}{s.rng.choice(_ORG_KINDS)}"


# -- round 9: genuine --------------------------------------------------------------------------------------


_SLOW_CHANNELS = (
    "他行跨行转账",
    "第三方支付平台",
    "他行手机银行普通转账",
    "非实时到账的跨行汇款",
    "他行柜面跨行汇款",
    "第三方还款App",
)


def q_g_01(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    we = _we(s, inst)
    tail = s.tail()
    late = s.rng.choice([1, 1, 2, 2, 3])
    arrived = s.days(0, 6)
    due = _md(s, -(arrived + late))
    arr = _md(s, -arrived)
    paid = s.money(300, 20000)
    rest = s.money(50, 8000)
    channel = s.rng.choice(_SLOW_CHANNELS)
    fee = s.money(10, 300)
    r = s.rng.random()
    if r < 0.3:
        text = (
            f"{greet}，您尾号{tail}的信用卡本期到期还款日为{due}。您通过{channel}还款{_yuan(paid)}，资金于{arr}入账，"
            f"晚于到期还款日{late}天，本期已按逾期处理，产生{s.rng.choice(['违约金', '逾期利息'])}{_yuan(fee)}。"
            f"建议今后通过{_app_word(s, inst)}还款，或提前1-3个工作日操作跨行还款。"
        )
    elif r < 0.5:
        text = (
            f"{greet}：您于{due}（到期还款日）晚间发起的跨行还款{_yuan(paid)}，因超过当日清算时间，于{arr}才计入账户，"
            f"{we}系统已将本期记为逾期{late}天。{s.opt('目前账户尚欠' + _yuan(rest) + '，请尽快归还。', 0.6)}"
            f"{s.rng.choice(['如有疑问请致电' + _hl(s, inst) + '。', '本行App还款实时到账。', ''])}"
        )
    elif r < 0.7:
        sep = s.rng.choice(["\n", "｜", "；"])
        text = sep.join(
            [
                s.rng.choice(["还款到账说明", "【还款入账延迟提醒】", "逾期原因告知"]),
                f"到期还款日：{due}",
                f"实际入账日：{arr}",
                f"还款渠道：{channel}",
                f"账户状态：逾期{late}天",
                f"当前尚欠：{_yuan(rest)}",
                s.rng.choice([f"建议：使用{s.app(inst)}App还款，实时入账", f"咨询：{_hl(s, inst)}"]),
            ]
        )
    elif r < 0.88:
        text = (
            f"{greet}{'' if greet == '您好' else '您好'}，您这期的还款是{arr}才到账的，比还款日晚了{late}天，所以这一期系统算作逾期了。"
            f"现在还差{_yuan(rest)}没还清，可以直接在{s.app(inst)}App里还，是实时到账的{s.opt('，以后记得提前几天还哦', 0.5)}。"
        )
    else:
        text = f"您尾号{tail}的还款于{arr}入账，已逾期{late}天，尚欠{_yuan(rest)}，请尽快还款。"
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, _own_account(s, 0.85))


_GENERIC_LOANS = ("个人信用消费贷款", "线上信用贷款", "个人消费贷款", "个人循环贷款")
_MEASURES = (
    "额度冻结",
    "暂停支用",
    "止付",
    "调减额度至零",
    "暂停分期及取现功能",
)


def q_g_02(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    we = _we(s, inst)
    tail = s.tail()
    loan = (
        s.rng.choice(inst.products)
        if inst.products and s.rng.random() < 0.5
        else s.rng.choice(_GENERIC_LOANS)
    )
    owed = s.money(300, 40000)
    left = s.money(5000, 200000)
    d = s.days(3, 120)
    measure = s.rng.choice(_MEASURES)
    clause = s.rng.choice(["交叉违约", "违约处理", "提前到期"])
    contract = s.rng.choice(["《个人贷款合同》", "《信用卡领用合约》", "借款合同"])
    r = s.rng.random()
    if r < 0.25:
        text = (
            f"{greet}，因您尾号{tail}的信用卡逾期{d}天未还，根据{contract}{clause}条款，{we}已暂停您{loan}的额度使用"
            f"（当前可用额度调整为0）。结清逾期欠款{_yuan(owed)}后，可在{s.app(inst)}App申请恢复{s.opt('，详询' + _hl(s, inst), 0.5)}。"
        )
    elif r < 0.45:
        text = (
            f"{greet}：您在{we}的{loan}已逾期{d}天，依据合同约定，{we}已对您名下信用卡（尾号{tail}）采取{measure}措施。"
            f"请尽快通过{_app_word(s, inst)}归还{loan}逾期款项{_yuan(owed)}，还清后可申请解除。"
        )
    elif r < 0.62:
        text = (
            f"{greet}，鉴于您在{we}的信用卡账户持续逾期，{we}依据{contract}第{s.rng.randint(8, 24)}条约定，宣布您的{loan}"
            f"（合同尾号{_digits(s, 4)}）提前到期，剩余本金{_yuan(left)}及利息须于{s.date(s.days(5, 15))}前一次性归还。"
            f"还款请通过{_app_word(s, inst)}办理。"
        )
    elif r < 0.8:
        sep = s.rng.choice(["\n", "；"])
        text = sep.join(
            [
                s.rng.choice(["【额度管理通知】", "关联业务调整告知", "账户措施通知"]),
                f"逾期业务：信用卡（尾号{tail}）",
                f"逾期金额：{_yuan(owed)}",
                f"受影响业务：{loan}",
                f"处理措施：{measure}",
                "恢复条件：结清全部逾期款项",
                f"还款渠道：{s.app(inst)}App或{_hl(s, inst)}",
            ]
        )
    elif r < 0.92:
        text = (
            f"{greet}，您好！您的信用卡逾期还没处理，所以{loan}的额度暂时用不了了。把逾期的{_yuan(owed)}还上以后，"
            f"可以在App里申请恢复额度{s.opt('，一般1-3个工作日审核', 0.5)}。"
        )
    else:
        text = f"因信用卡尾号{tail}逾期，您的{loan}已{s.rng.choice(['冻结额度', '暂停支用', '停止使用'])}，结清{_yuan(owed)}后可申请恢复。"
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, _own_account(s, 0.85))


def _staff_id(s: Slots) -> str:
    return s.rng.choice([_digits(s, 4), s.rng.choice("ABCHKSZ") + _digits(s, 4), _digits(s, 3)])


def q_g_03(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    we = _we(s, inst)
    debt = _debt(s, inst)
    sid = _staff_id(s)
    key = s.rng.choice(["3", "4", "5", "6", "8", "9"])
    owed = s.amount(300, 50000)
    d = s.days(5, 150)
    hours = s.rng.choice(["工作日9:00-18:00", "每日8:30-20:00", "周一至周六9:00-21:00"])
    r = s.rng.random()
    if r < 0.28:
        text = (
            f"{greet}，您{debt}的逾期款项自{_md(s, -s.days(1, 10))}起由{we}贷后专员（工号{sid}）负责跟进。如需协商还款，"
            f"请拨打{_hl(s, inst)}，按语音提示按“{key}”后输入工号{sid}转接。"
            f"{s.opt('专员不会使用个人手机号与您联系，也不会要求您添加任何社交账号。', 0.6)}"
        )
    elif r < 0.48:
        text = (
            f"您好，我是{s.brand(inst)}贷后专员，工号{sid}，今日{_hhmm(s)}致电未能与您接通。您的{debt}已逾期{d}天，"
            f"欠款{owed}。回电请拨{_hl(s, inst)}转{key}号键，报工号{sid}即可{s.opt('，服务时间' + hours, 0.5)}。"
        )
    elif r < 0.66:
        sep = s.rng.choice(["\n", "｜"])
        text = sep.join(
            [
                s.rng.choice(["专属贷后服务告知", "【跟进专员信息】", "逾期账户专人跟进"]),
                f"跟进专员：工号{sid}",
                f"联系方式：{_hl(s, inst)}（按{key}号键）",
                f"服务时间：{hours}",
                f"逾期金额：{owed}",
                f"温馨提示：{we}来电显示均为{_hl(s, inst)}",
            ]
        )
    elif r < 0.84:
        old = _staff_id(s)
        while old == sid:
            old = _staff_id(s)
        text = (
            f"{greet}：因工作调整，您逾期账户的跟进专员已由工号{old}变更为工号{sid}，原专员不再受理您的业务。"
            f"协商还款请致电{_hl(s, inst)}，接通后按{key}号键并报新工号{sid}。{s.opt('您的逾期金额为' + owed + '。', 0.5)}"
        )
    else:
        text = f"贷后专员工号{sid}，请回电{_hl(s, inst)}按{key}号键转接，处理逾期{owed}。"
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, _own_account(s, 0.8))


_ASSETS = (
    ("定期存款", "提前支取"),
    ("定期存款", "部分提前支取"),
    ("理财产品", "赎回"),
    ("大额存单", "提前支取"),
    ("活期结余", "转入还款账户"),
    ("基金", "赎回"),
)


def q_g_04(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    we = _we(s, inst)
    tail = s.tail()
    own = s.tail()
    while own == tail:
        own = s.tail()
    owed = s.money(300, 30000)
    d = s.days(1, 60)
    asset, action = s.rng.choice(_ASSETS)
    safe = s.rng.choice(
        [
            "资金仅在您本人名下账户之间划转，我行不会要求您向任何他人账户转账。",
            "全程由您本人在App内操作，工作人员不会代为操作。",
            "",
        ]
    )
    r = s.rng.random()
    if r < 0.28:
        text = (
            f"{greet}，您尾号{tail}的信用卡已逾期{d}天，欠款{_yuan(owed)}。系统显示您在{we}尚有{asset}，"
            f"可通过{s.app(inst)}App自行{action}后用于还款{s.opt('（' + action + '可能损失部分收益）', 0.5)}。{safe}"
        )
    elif r < 0.5:
        text = (
            f"{greet}：您名下{we}借记卡（尾号{own}）余额充足，但未设置到期自动还款，导致信用卡（尾号{tail}）逾期{d}天。"
            f"可在{s.rng.choice([s.app(inst), '手机银行'])}App一键还款，并开通“自动还款”避免再次逾期。{safe}"
        )
    elif r < 0.68:
        text = (
            f"{greet}，您持有的{we}{asset}将于{_md(s, s.days(1, 10))}到期，到期资金将自动转入您尾号{own}的借记卡。"
            f"您的{_debt(s, inst)}目前逾期{_yuan(owed)}，如需用该笔资金还款，请在到账后通过{s.app(inst)}App操作。"
        )
    elif r < 0.86:
        sep = s.rng.choice(["\n", "；"])
        text = sep.join(
            [
                s.rng.choice(["还款资金安排提示", "【逾期还款建议】", "您的账户概况"]),
                f"逾期账户：信用卡尾号{tail}，逾期{d}天",
                f"应还金额：{_yuan(owed)}",
                f"您的资金：{we}借记卡尾号{own}（{asset}）",
                f"操作方式：{s.app(inst)}App—{action}—还信用卡",
                "注意：请勿向他人提供密码或验证码",
            ]
        )
    else:
        text = f"您本人尾号{own}账户有可用资金，可在{s.app(inst)}App中直接归还逾期欠款{_yuan(owed)}。"
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, _own_account(s, 0.9))


_REPLIES = ("TD", "退订", "T", "别发了", "不要再发了", "N", "0000", "退订短信")


def q_g_05(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    we = _we(s, inst)
    debt = _debt(s, inst)
    owed = s.amount(200, 40000)
    reply = s.rng.choice(_REPLIES)
    r = s.rng.random()
    if r < 0.3:
        text = (
            f"{greet}，{we}已收到您回复的“{reply}”。因您的{debt}目前仍有逾期欠款{owed}，账户类服务通知（含还款提醒）"
            f"无法退订；营销类短信已为您退订。如希望调整联系时间，可致电{_hl(s, inst)}或在{s.app(inst)}App中设置。"
        )
    elif r < 0.5:
        when = f"{_md(s, 0)}{_hhmm(s, 8, 11)}"
        text = (
            f"{greet}：您回复“已还”，经查询截至{when}，{we}尚未收到您的还款，账户仍逾期{owed}。"
            f"如您已通过他行转账，资金可能仍在途中，请以{s.app(inst)}App显示为准{s.opt('，入账后提醒将自动停止', 0.5)}。"
        )
    elif r < 0.68:
        n = s.rng.choice([1, 2, 3])
        text = (
            f"{greet}，您反映的提醒短信过多问题已收到。{we}对逾期客户的短信提醒每日不超过{n}条，且仅在8:00至21:00之间发送。"
            f"您的{debt}当前逾期{owed}，还清后提醒即停止{s.opt('；如对提醒方式有意见，可拨打' + _hl(s, inst) + '反映', 0.5)}。"
        )
    elif r < 0.84:
        days = s.rng.choice([7, 15, 30])
        text = (
            f"{greet}：已按您的要求将联系偏好设置为“仅短信提醒”，电话提醒暂停{days}天。"
            f"请注意，暂停电话提醒不影响还款义务，您的逾期欠款{owed}仍需尽快通过{_app_word(s, inst)}归还。"
        )
    elif r < 0.93:
        text = _trad(
            f"{greet}，您回复的“{reply}”已收到。逾期还款提醒属于账户服务通知，结清欠款{owed}后将自动停止发送。"
        )
    else:
        text = f"退订未成功：逾期提醒属账户服务通知，结清{owed}后自动停止。"
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, _own_account(s, 0.85))


# -- round 9: spoofed --------------------------------------------------------------------------------------


def _mini_name(s: Slots, ref: str) -> str:
    return s.rng.choice(
        [
            f"{ref}贷后服务",
            f"{ref}协商中心",
            "逾期协商服务平台",
            f"{ref}还款助手",
            "债务协商服务中心",
            f"{ref}客户权益服务",
        ]
    )


def q_s_01(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    debt = _debt_at(s, inst, ref)
    mp = _mini_name(s, ref)
    d = s.days(3, 150)
    sender = _spoof_sender(s)
    r = s.rng.random()
    if r < 0.28:
        text = (
            f"{greet}，您在{ref}的{debt}已逾期{d}天。请打开微信搜索小程序“{mp}”，输入姓名及身份证后六位查询专属还款方案"
            f"{s.opt('，今日内登记可申请免除罚息', 0.5)}。"
        )
    elif r < 0.48:
        text = (
            f"【{s.brand(inst)}】{greet}：您的逾期账户已开通线上协商，请打开支付宝搜索“{mp}”小程序，"
            f"{s.rng.choice(['点击“我的欠款”提交协商申请', '完成实名登记后查看减免结果', '上传身份证照片后等待专员审核'])}。"
        )
        sender = sender or s.bad_sender()
    elif r < 0.66:
        code = s._rand_alnum(s.rng.randint(6, 9))
        text = (
            f"{ref}逾期处理通知：您的{debt}已逾期{d}天，请复制以下链接到微信打开：#小程序://{mp}/{code}"
            f"{s.opt('，进入后选择“协商分期”', 0.5)}。"
        )
    elif r < 0.84:
        code = s._rand_alnum(s.rng.randint(8, 11))
        text = (
            f"{greet}，{ref}贷后提醒：复制口令 ￥{code}￥ 打开支付宝，即可进入“{mp}”查看逾期明细并在线协商，"
            f"口令{s.rng.choice(['24小时', '48小时', '当日'])}内有效。"
        )
        sender = sender or s.bad_sender()
    else:
        text = f"{_emoji(s, 0.4)}{ref}逾期协商请微信搜小程序“{mp}”"
    return _msg(text, inst, sender, rec, _own_account(s))


_MAILS = ("163.com", "126.com", "qq.com", "foxmail.com", "sina.com", "outlook.com", "yeah.net", "139.com")


def _email(s: Slots, inst: Institution) -> str:
    user = s.rng.choice(
        [
            f"{s.slug(inst)}_{s.rng.choice(['dh', 'fw', 'xs', 'fwzx', 'kf'])}{s.rng.randint(1, 99)}",
            f"yqxs{_digits(s, 3)}",
            f"xieshang_{_low(s, 4)}",
            f"fawu{_low(s, 3)}{s.rng.randint(1, 9)}",
            _low(s, 8),
        ]
    )
    if s.rng.random() < 0.7:
        host = s.rng.choice([m for m in _MAILS if _unregistered(s, m)])
    else:
        host = _fake_host(s, lambda: f"{s.slug(inst)}-{s.rng.choice(['dh', 'fw', 'mail', 'kf'])}.{_tld(s)}")
        host = re.sub(r"^https?://", "", host).split("/")[0]
    at = "@" if s.rng.random() < 0.85 else s.rng.choice(["＠", "#", "(at)"])
    return f"{user}{at}{host}"


_MAIL_DOCS = (
    "身份证正反面照片及收入证明",
    "《困难情况说明》（需手写签名）",
    "近半年银行流水及身份证照片",
    "《还款承诺书》扫描件",
    "医院诊断证明或失业证明",
)


def q_s_02(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    debt = _debt_at(s, inst, ref)
    mail = _email(s, inst)
    docs = s.rng.choice(_MAIL_DOCS)
    d = s.days(3, 180)
    r = s.rng.random()
    if r < 0.28:
        text = (
            f"{greet}，您在{ref}的{debt}已逾期{d}天。如需申请停息分期，请将{docs}发送至邮箱{mail}，"
            f"邮件主题注明“姓名+协商”，我方收到后{s.rng.choice(['3', '5', '7'])}个工作日内回复{s.opt('，逾期未提交视为放弃协商', 0.5)}。"
        )
    elif r < 0.48:
        text = (
            f"【{s.brand(inst)}】{greet}：您的《逾期催告函》电子版已发送至您预留的邮箱。如未收到，请发送邮件至{mail}索取，"
            f"并在回信中确认您的还款计划。"
        )
    elif r < 0.66:
        text = (
            f"{ref}贷后管理部：关于您逾期{d}天的{debt}，我方已拟定分期方案，请以邮件回复至{mail}确认是否同意"
            f"{s.opt('（请附本人手持身份证照片）', 0.5)}，{s.date(s.days(1, 5))}前未回复将按原合同处理。"
        )
    elif r < 0.86:
        sep = s.rng.choice(["\n", "；", "｜"])
        text = sep.join(
            [
                s.rng.choice([f"{ref}逾期协商受理方式", "协商材料提交说明", "【线上协商】"]),
                "受理方式：电子邮件",
                f"邮箱：{mail}",
                f"所需材料：{docs}",
                f"截止时间：{s.date(s.days(1, 7))}",
            ]
        )
    else:
        text = f"{_emoji(s)}{ref}逾期协商材料请发{mail}，逾期未发视为拒绝。"
    return _msg(text, inst, _spoof_sender(s), rec, _own_account(s))


def _pan_link(s: Slots) -> str:
    """A share link of a public cloud drive (never a host of the registry, e.g. not under baidu.com)."""
    return _fake_host(s, lambda: _pan_choice(s, s._rand_alnum(s.rng.randint(8, 12))))


def _pan_choice(s: Slots, a: str) -> str:
    return s.rng.choice(
        [
            f"https://pan.baidu.com/s/1{a}",
            f"pan.baidu.com/s/1{a}",
            f"https://www.alipan.com/s/{a}",
            f"https://www.aliyundrive.com/s/{a}",
            f"https://share.weiyun.com/{a}",
            f"https://www.123pan.com/s/{a}",
            f"https://wwi.lanzoup.com/{a}",
            f"https://cloud.189.cn/t/{a}",
            f"https://caiyun.139.com/m/i?{a}",
        ]
    )


_CASE_FILES = (
    "《逾期催收函》",
    "《起诉状》（草拟）",
    "《欠款明细及证据清单》",
    "《债权确认书》",
    "《律师函》",
    "通话录音及还款记录",
    "《立案前调解告知书》",
)


def q_s_03(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    debt = _debt_at(s, inst, ref)
    link = _pan_link(s)
    code = _low(s, 4)
    files = "、".join(s.rng.sample(_CASE_FILES, s.rng.choice([1, 2, 3])))
    deadline = s.date(s.days(1, 5))
    r = s.rng.random()
    if r < 0.28:
        text = (
            f"{greet}，您在{ref}的{debt}逾期案件材料{files}已上传，请于{deadline}前查阅：{link} 提取码：{code}。"
            f"{s.opt('阅后请主动与我方联系，', 0.5)}逾期未查阅视为已送达。"
        )
    elif r < 0.48:
        text = (
            f"【{s.brand(inst)}】您的逾期账单明细及{files}已通过网盘发送，链接：{link}，提取码{code}，"
            f"文件{s.rng.choice(['7天', '3天', '24小时'])}后失效{s.opt('，如无法打开请复制到浏览器', 0.5)}。"
        )
    elif r < 0.66:
        text = (
            f"{ref}法务部：您拖欠的{debt}已整理成诉讼证据包（含{files}），下载地址{link}（提取码：{code}）。"
            f"请核对欠款金额，有异议请于{deadline}前{s.rng.choice(['回复本短信', '致电' + _callback(s)])}。"
        )
    elif r < 0.84:
        sep = s.rng.choice(["\n", "｜"])
        text = sep.join(
            [
                s.rng.choice(["【文件送达】", f"{ref}逾期材料送达", "电子材料查阅通知"]),
                f"文件：{files}",
                f"链接：{link}",
                f"提取码：{code}",
                f"有效期至：{deadline}",
            ]
        )
    else:
        text = f"{_emoji(s, 0.3)}{ref}催收函：{link} 码{code}"
    return _msg(text, inst, _spoof_sender(s), rec, _own_account(s))


def q_s_04(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    debt = _debt_at(s, inst, ref)
    owed = s.amount(300, 50000)
    d = s.days(1, 120)
    link = _spoof_link(s, inst, ("5g", "rcs", "msg", "card", "h5"))
    buttons = "".join(
        f"【{b}】"
        for b in s.rng.sample(["立即协商", "查看账单", "联系客服", "申请分期", "还款方式", "停催申请"], 3)
    )
    sender = _spoof_sender(s)
    r = s.rng.random()
    if r < 0.25:
        text = (
            f"[5G消息]{ref}｜逾期提醒\n您的{debt}已逾期{d}天，应还{owed}\n{buttons}\n"
            f"若按钮无法点击，请访问 {link}"
        )
    elif r < 0.45:
        text = (
            f"【{s.brand(inst)}】您收到一条{ref}发送的富媒体消息，当前终端不支持显示，请点击 {link} 查看"
            f"{s.opt('（内容：逾期账户处理通知）', 0.5)}"
        )
    elif r < 0.62:
        text = (
            f"【闪信】{ref}紧急通知：{greet}，您的{debt}逾期{d}天，今日为最后处理期限，请立即致电{_callback(s)}。"
            f"{s.opt('本信息阅后不保存。', 0.5)}"
        )
    elif r < 0.82:
        text = (
            f"{ref}智能服务\n您的{debt}已逾期，欠款{owed}。\n回复“1”立即协商\n回复“2”查看账单\n"
            f"回复“3”申请分期\n{s.rng.choice(['【拨打电话】' + _callback(s), '【打开链接】' + link])}"
        )
        sender = sender or s.bad_sender()
    else:
        text = f"{_emoji(s, 0.4)}{ref}逾期{owed}{buttons} ▶ {link}"
    return _msg(text, inst, sender, rec, _own_account(s))


def q_s_05(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    debt = _debt_at(s, inst, ref)
    d = s.days(15, 200)
    when = s.date(s.days(1, 5))
    officer = s.name()[0] + s.rng.choice(["专员", "主管", "经理", "调查员"])
    letter = s.rng.choice(["《协助核查函》", "《单位协查函》", "《欠款告知函》", "《员工信用情况核实函》"])
    r = s.rng.random()
    if r < 0.28:
        text = (
            f"{greet}，因您在{ref}的{debt}逾期{d}天且多次联系未果，我方拟于{when}向您工作单位人事部门发送{letter}，"
            f"核实您的在职及收入情况。如需暂缓，请于今日{_hhmm(s, 15, 20)}前致电{_callback(s)}说明。"
        )
    elif r < 0.48:
        text = (
            f"【{s.brand(inst)}】单位协查提醒：我方已获取您单位的座机及人事负责人信息，将于{when}进行电话核实。"
            f"如您不希望单位知晓此事，请主动联系{officer}{_spaced(s, s.mobile())}。"
        )
    elif r < 0.66:
        text = (
            f"{ref}贷后外访通知：{greet}，我方外访人员将于{when}上午前往您的工作单位{s.opt('（' + _org(s) + '）', 0.6)}"
            f"进行外访核实。如您能主动联系我方处理逾期，外访可取消，联系电话{_callback(s)}。"
        )
    elif r < 0.84:
        sep = s.rng.choice(["\n", "；"])
        text = sep.join(
            [
                s.rng.choice(["单位协查预告", f"【{s.brand(inst)}】协查通知", "工作单位核实告知"]),
                "协查对象：您所在单位人事/财务部门",
                "协查事项：在职状态、薪资发放、联系方式",
                f"拟发函日期：{when}",
                f"暂缓申请：{_callback(s)}",
            ]
        )
    else:
        text = f"{_emoji(s)}{ref}：{when}将发{letter}至你单位，暂缓请回电{_callback(s)}。"
    return _msg(text, inst, _spoof_sender(s), rec, _own_account(s))


# -- round 9: mistaken -------------------------------------------------------------------------------------


def q_m_01(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = _other(s, rec)
    who = _shown(s, other)
    we = _we(s, inst)
    debt = _debt(s, inst)
    owed = s.amount(500, 60000)
    d = s.days(5, 200)
    trad = False
    r = s.rng.random()
    if r < 0.27:
        text = (
            f"您好，{who}在{we}办理{debt}时登记您为配偶。{who}目前已逾期{d}天，欠款{owed}，{we}多次联系未果，"
            f"烦请转告其尽快还款。如您与{who}已解除婚姻关系，请致电{_hl(s, inst)}更新信息，{we}将不再打扰。"
        )
    elif r < 0.45:
        text = (
            f"尊敬的客户，您曾在{who}申请{debt}时作为配偶签署《配偶知情确认书》。现该笔{debt}已逾期{d}天，"
            f"{s.rng.choice(['特此告知。', '请提醒其及时处理。', '此通知不代表您需承担还款责任。'])}"
            f"{s.opt('若双方已离婚，请携离婚证明到' + we + '网点办理信息变更。', 0.5)}"
        )
    elif r < 0.62:
        text = (
            f"{who}的{debt}已逾期{owed}。本号码为其预留的家庭联系方式（登记关系：配偶）。"
            f"如双方已离异或本号码已不再由配偶使用，请回复“离异”或致电{_hl(s, inst)}{s.opt('，我们将删除该联系方式', 0.5)}。"
        )
    elif r < 0.8:
        trad = True
        text = (
            f"您好，{who}在{we}的{debt}已逾期{d}天，您为其登记的配偶联系电话。如您与{who}已离婚，请致电{_hl(s, inst)}说明，"
            f"我们将停止向本号码发送提醒。"
        )
    elif r < 0.92:
        text = (
            f"前夫/前妻的欠款与您无关：{we}系统中{who}仍登记您为配偶，其{debt}逾期{owed}。"
            f"请致电{_hl(s, inst)}申请解除关联{s.opt('，办理时需提供离婚证或离婚判决书', 0.5)}。"
        )
    else:
        text = f"{who}（登记配偶为您）{debt}逾期{owed}，请转告。"
    has = s.rng.choice([None, None, True, False])
    msg = _mistaken(s, _maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, has)
    if trad:  # the signal is judged on the simplified text; the row is sent in traditional characters
        msg["text"] = _trad(msg["text"])
    return msg


def q_m_02(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    org = _org(s)
    k = s.rng.choice([1, 1, 1, 2, 3])
    staff: list[str] = []
    while len(staff) < k:
        o = _other(s, rec)
        if o not in staff:
            staff.append(o)
    shown = [s.rng.choice([o, _masked(s, o), _masked(s, o)]) for o in staff]
    we = _we(s, inst)
    tail = s.tail()
    owed = s.amount(200, 30000)
    d = s.days(5, 120)
    head = s.rng.choice([f"{org}团办联系人您好", "团办联系人您好", f"{_honorific(s, rec)}您好", "您好"])
    r = s.rng.random()
    if r < 0.3:
        text = (
            f"{head}：贵单位通过{we}团体办理的信用卡中，持卡人{shown[0]}（尾号{tail}）已逾期{d}天，欠款{owed}，"
            f"烦请协助通知其尽快还款{s.opt('。团办联系人不承担还款责任', 0.5)}。"
        )
    elif r < 0.5 and k > 1:
        items = "；".join(f"{w}，逾期{s.days(5, 120)}天" for w in shown)
        text = f"{head}：{org}团办信用卡客户逾期情况如下：{items}。请协助转告上述员工尽快还款，咨询{_hl(s, inst)}。"
    elif r < 0.68:
        text = (
            f"{head}，您是{org}在{we}办理团体信用卡时登记的单位联系人。员工{shown[0]}的信用卡已逾期，"
            f"{s.rng.choice(['如该员工已离职，请告知我行。', '请提醒其登录' + s.app(inst) + 'App还款。', '如您已不再负责此项工作，请致电' + _hl(s, inst) + '更换联系人。'])}"
        )
    elif r < 0.86:
        text = (
            f"{head}，{we}于{s.date(-s.days(300, 900))}在贵单位开展批量办卡，现有{s.rng.randint(2, 9)}名持卡人逾期，"
            f"其中{shown[0]}逾期{d}天、欠款{owed}。烦请代为转达还款提醒，谢谢配合。"
        )
    else:
        text = f"团办联系人：员工{shown[0]}信用卡逾期{d}天，请转告还款。"
    has = s.rng.choice([None, True, False])
    return _mistaken(s, _maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, has)


#: Professional-segment loans and the titles they greet the customer with.
_PRO_LOANS = (
    ("教师专享信用贷", ("老师", "老师", "教授")),
    ("医护人员专属贷", ("医生", "医生", "护士长", "主任")),
    ("公职人员消费贷", ("科长", "主任", "处长")),
    ("律师执业贷", ("律师",)),
    ("科技人才信用贷", ("工程师", "博士")),
    ("优质单位员工贷", ("经理", "主管")),
)


def q_m_03(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = _other(s, rec)
    prod, titles = s.rng.choice(_PRO_LOANS)
    title = s.rng.choice(titles)
    form = s.rng.random()
    if form < 0.6:
        who = f"{other}{title}"
    elif form < 0.85:
        who = f"{_masked(s, other)}{title}"
    else:
        who = f"{other[0]}{title}"  # surname + title only: nothing in the text names the wrong person
    we = _we(s, inst)
    owed = s.amount(1000, 80000)
    d = s.days(1, 90)
    r = s.rng.random()
    if r < 0.3:
        text = (
            f"{who}您好，您在{we}办理的“{prod}”本月还款已逾期{d}天，欠款{owed}。请尽快通过{_app_word(s, inst)}归还，"
            f"以免影响您的信用记录及后续{prod}额度。"
        )
    elif r < 0.5:
        text = (
            f"尊敬的{who}：感谢您长期以来对{we}的信任。您的{prod}已逾期{d}天，逾期金额{owed}，"
            f"{s.rng.choice(['逾期将导致专属优惠利率失效。', '请您在百忙之中安排还款。', '如有困难可致电' + _hl(s, inst) + '。'])}"
        )
    elif r < 0.7:
        text = (
            f"{who}，{we}{prod}客户经理提醒您：本期应还{owed}未能扣款成功，目前已逾期{d}天，"
            f"请登录{s.app(inst)}App查看并还款{s.opt('，祝您工作顺利', 0.5)}。"
        )
    elif r < 0.88:
        sep = s.rng.choice(["\n", "；"])
        text = sep.join(
            [
                f"【{prod}逾期提醒】",
                f"客户：{who}",
                f"逾期金额：{owed}",
                f"逾期天数：{d}天",
                f"还款渠道：{s.app(inst)}App",
            ]
        )
    else:
        text = f"{who}，您的{prod}已逾期{d}天，请尽快还款。"
    has = s.rng.choice([None, None, True, False])
    return _mistaken(s, _maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, has)


def q_m_04(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = _other(s, rec)
    who = _shown(s, other)
    org = _org(s)
    we = _we(s, inst)
    debt = _debt(s, inst)
    owed = s.amount(300, 50000)
    d = s.days(3, 150)
    r = s.rng.random()
    if r < 0.3:
        text = (
            f"{who}您好，您的{debt}已逾期{d}天，欠款{owed}，请尽快还款。（本短信发送至您在{we}预留的单位工作手机，"
            f"如该号码已交接他人使用，请接收人转告{who}或致电{_hl(s, inst)}更正。）"
        )
    elif r < 0.5:
        text = (
            f"您好，本号码为{org}为员工{who}登记的工作手机。{who}在{we}的{debt}已逾期{d}天，"
            f"如{who}已离职或调岗，请回复“已交接”{s.opt('，' + we + '将不再向本号码发送提醒', 0.5)}。"
        )
    elif r < 0.7:
        text = (
            f"致{org}{who}：您在{we}的{debt}逾期{owed}，请尽快处理。"
            f"{s.rng.choice(['如本工作手机已移交同事使用，请代为转达。', '如您已离开该单位，请尽快更新预留号码。', ''])}"
        )
    elif r < 0.88:
        text = (
            f"{we}提醒：{who}（{org}）名下{debt}已逾期{d}天。因其预留号码为单位配发的工作手机，"
            f"如当前使用人不是{who}本人，请忽略本短信并致电{_hl(s, inst)}告知。"
        )
    else:
        text = f"{who}：您的欠款{owed}已逾期（发送至单位工作手机），请尽快还款。"
    has = s.rng.choice([None, None, True, False])
    return _mistaken(s, _maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, has)


_REPAIR_SOURCES = (
    "运营商实名信息核验",
    "您在其他业务中留存的联系方式",
    "公开的企业登记信息",
    "其本人在我行其他业务中更新的资料",
    "第三方数据核验",
)


def q_m_05(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = _other(s, rec)
    who = _shown(s, other)
    we = _we(s, inst)
    debt = _debt(s, inst)
    owed = s.amount(300, 60000)
    src = s.rng.choice(_REPAIR_SOURCES)
    r = s.rng.random()
    if r < 0.3:
        text = (
            f"您好，{we}客户{who}预留号码已失效，经核验本号码可能为其新号码。如您是{who}本人，请尽快通过"
            f"{s.app(inst)}App处理逾期欠款{owed}；如不是，请回复“非本人”，{we}将删除本号码。"
        )
    elif r < 0.5:
        text = (
            f"{who}您好，因您原预留手机号无法接通，{we}通过{src}获得本号码。您的{debt}已逾期{s.days(30, 400)}天，"
            f"请致电{_hl(s, inst)}核实身份后处理{s.opt('；如本号码并非' + who + '所有，请忽略', 0.6)}。"
        )
    elif r < 0.7:
        sep = s.rng.choice(["\n", "｜"])
        text = sep.join(
            [
                s.rng.choice(["【联系方式核实】", "信息核实", "号码更新确认"]),
                f"客户：{who}",
                "事由：原预留号码失效，本号码为待确认的新号码",
                f"业务：{debt}逾期",
                f"如非本人：回复N或致电{_hl(s, inst)}",
            ]
        )
    elif r < 0.88:
        text = (
            f"您好，请问本号码是否为{who}使用？{we}与{who}失去联系已有一段时间，其{debt}仍有欠款未结清。"
            f"如您认识{who}，烦请转告其致电{_hl(s, inst)}{s.opt('；如不认识，请回复“不认识”，我们不再打扰', 0.6)}。"
        )
    else:
        text = f"{who}：您的新号码已核实，{debt}逾期{owed}请尽快处理，如非本人请回复N。"
    has = s.rng.choice([None, None, False, True])
    return _mistaken(s, _maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, has)


# -- round 9: scam -----------------------------------------------------------------------------------------


def _ecny_wallet(s: Slots) -> str:
    w = "00" + _digits(s, 14)
    return w if s.rng.random() < 0.7 else " ".join(w[i : i + 4] for i in range(0, 16, 4))


def q_c_01(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    owed = s.money(2000, 60000)
    share, discount = s.rng.choice([(0.5, "五折"), (0.6, "六折"), (0.7, "七折"), (1.0, "全额")])
    pay = int(round(owed * share, -1))
    wallet = _ecny_wallet(s)
    holder = s.name()
    r = s.rng.random()
    if r < 0.27:
        text = (
            f"{greet}，{ref}逾期结清通道升级：即日起统一使用数字人民币还款。请打开数字人民币App，向“{ref}资金归集”钱包"
            f"（钱包编号{wallet}，实名{_masked(s, holder)}）转账{pay}元，备注身份证后四位，到账即结清。"
        )
    elif r < 0.47:
        limit = s.rng.choice([5000, 10000, 20000, 50000])
        text = (
            f"【{s.brand(inst)}】{greet}：为完成减免后自动扣款，请在数字人民币App中开通子钱包，并将子钱包推送至"
            f"{s.rng.choice(['专员', '财务'])}{holder}（钱包编号{wallet}），单笔支付限额设为{limit}元，授权后系统自动结清。"
        )
    elif r < 0.65:
        text = (
            f"{ref}通知：您的欠款{_yuan(owed)}已核准{discount}结清，因银行卡通道风控，请改用数字人民币"
            f"转账{pay}元至对公钱包{wallet}（钱包名称：{holder}），{s.opt('转账后截图发至' + _contact(s) + '，', 0.6)}当天出结清证明。"
        )
    elif r < 0.84:
        text = (
            f"{greet}，{ref}数字人民币试点还款优惠：用数字人民币还款立减{s.rng.choice([30, 40, 50])}%，"
            f"需先向试点钱包{wallet}转入{pay}元{s.rng.choice(['激活还款资格', '作为还款保证金', '完成钱包绑定'])}。"
        )
    else:
        text = f"{_emoji(s, 0.3)}{ref}欠款用数字人民币转{wallet}（{holder}）{pay}元即结清。"
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


def q_c_02(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    link = _spoof_link(s, inst, ("sim", "hy", "rz", "smrz"))
    r = s.rng.random()
    if r < 0.25:
        text = (
            f"{greet}，{ref}贷后系统需核验您手机号的实名状态后才能办理减免，请直接回复本机6位服务密码"
            f"{s.opt('（可向运营商客服查询）', 0.5)}，核验通过后减免结果将短信告知。"
        )
    elif r < 0.45:
        text = (
            f"【{s.brand(inst)}】您的手机号实名认证已过期，逾期账户将无法协商。请于今日内登录 {link} 输入手机号及服务密码"
            f"完成认证{s.opt('，否则将转入诉讼程序', 0.5)}。"
        )
    elif r < 0.62:
        text = (
            f"{greet}：{ref}为确认欠款人身份，请编辑短信“SQ”发送至运营商获取携号转网授权码，并将授权码回复给本号码，"
            f"专员核实后为您停息{s.rng.choice(['6个月', '12个月', '36个月'])}。"
        )
    elif r < 0.8:
        text = (
            f"{ref}逾期核验：请提供手机SIM卡背面ICCID号码（20位）及身份证正反面照片，发送至{_contact(s)}，"
            f"用于办理“号码实名绑定”，完成后免除全部罚息。"
        )
    elif r < 0.92:
        text = (
            f"{greet}，{ref}需对您的手机号码进行换卡核验：请到营业厅补办SIM卡后，将新卡寄至{s.rng.choice(CITIES)}市"
            f"{s.rng.choice(['建设路', '人民中路', '解放大道', '科技园南路'])}{s.rng.randint(1, 999)}号（收件人{s.name()}，电话{_spaced(s, s.mobile())}），"
            f"收到后为您办理减免。"
        )
    else:
        text = f"{_emoji(s, 0.3)}{ref}减免前需核验，请回复手机服务密码。"
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


_INSURERS = ("鼎安信用保险", "恒泽财产保险", "安融保险", "华祺保险", "睿保财险", "宁盛保险")
_INS_PRODUCTS = ("个人贷款履约保证保险", "借款人意外保障险", "账户安全险", "还款保障险", "信用保证保险")


def q_c_03(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    owed = s.money(3000, 80000)
    ins = s.rng.choice(_INSURERS)
    prod = s.rng.choice(_INS_PRODUCTS)
    fee = s.rng.choice([380, 580, 880, 1280, 1600, 2400])
    link = _fake_host(
        s,
        lambda: s.rng.choice(
            [f"https://lp-{_low(s, 5)}.{_tld(s)}/claim", f"http://{_low(s, 6)}.{_tld(s)}/lp", s.short_link()]
        ),
    )
    r = s.rng.random()
    if r < 0.28:
        text = (
            f"{greet}，您在{ref}的借款投保了{ins}“{prod}”，因您已逾期，保险公司可代偿全部欠款{_yuan(owed)}。"
            f"理赔需先缴纳理赔保证金{fee}元至理赔专员账户：{_person_account(s)}，赔付完成后原路退还。"
        )
    elif r < 0.46:
        text = (
            f"【{ins}】{greet}：您的{prod}理赔款{_yuan(owed)}已到账但处于冻结状态，需验证还款能力后解冻："
            f"向{_wallet(s)}转入理赔金额的{s.rng.choice(['10%', '15%', '20%'])}，解冻后自动冲抵{ref}欠款。"
        )
    elif r < 0.64:
        text = (
            f"{ref}合作保险理赔通知：您的逾期欠款符合{prod}赔付条件，请点击 {link} 填写银行卡号、取款密码及短信验证码领取理赔款"
            f"{s.opt('，逾期未领视为放弃', 0.5)}。"
        )
    elif r < 0.84:
        text = (
            f"{ins}理赔部：{greet}，您的贷款{prod}理赔已审批，赔付{_yuan(owed)}直接结清{ref}欠款。请添加理赔专员{_contact(s)}，"
            f"缴纳{s.rng.choice(['理赔手续费', '保单激活费', '核保费'])}{fee}元后出具理赔单。"
        )
    else:
        text = f"{_emoji(s, 0.3)}{ins}代偿{ref}欠款，先交理赔费{fee}元，{_contact(s)}"
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


def q_c_04(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    pct = s.rng.choice([8, 10, 12, 15, 20])
    fee = s.rng.choice([300, 500, 800, 1000, 1500])
    r = s.rng.random()
    if r < 0.27:
        text = (
            f"{greet}，{ref}逾期还不上？公积金可以提！无需购房证明，全国可办，帮您提取公积金直接结清欠款，"
            f"服务费{pct}%，先付{fee}元定金，联系{_contact(s)}。"
        )
    elif r < 0.47:
        text = (
            f"{ref}合作渠道：提供您的公积金账号、查询密码及身份证照片，我方代办提取，到账后按{pct}%收费，"
            f"{ref}欠款当天结清。资料发送至{_contact(s)}{s.opt('，名额有限', 0.5)}。"
        )
    elif r < 0.65:
        text = (
            f"【{s.brand(inst)}】{greet}：经评估您可申请“养老金提前领取抵债”，一次性领取{s.rng.choice(['3', '5', '8'])}万元用于结清逾期，"
            f"需先缴纳开户激活费{fee}元至{_person_account(s)}。"
        )
    elif r < 0.84:
        text = (
            f"{greet}，医保卡里的钱也能还{ref}！{s.rng.choice(['八折', '七五折', '九折'])}回收医保个人账户余额，"
            f"当天到账还款，需先交{s.rng.choice(['保证金', '开户费', '手续费'])}{fee}元，{_contact(s)}。"
        )
    else:
        text = f"{_emoji(s, 0.4)}公积金提取还{ref}，不看条件，先付定金{fee}，{_contact(s)}"
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


_JOBS = (
    ("海外电商客服", "东南亚"),
    ("海外工地施工", "中东"),
    ("境外酒店服务", "东南亚"),
    ("海外农场采摘", "澳洲"),
    ("境外物流仓库", "迪拜"),
)


def q_c_05(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    job, where = s.rng.choice(_JOBS)
    wage = s.rng.choice([15000, 18000, 20000, 25000, 30000])
    fee = s.rng.choice([2800, 3600, 4800, 6800, 8800])
    dep = s.rng.choice([500, 800, 1000, 2000, 3000])
    r = s.rng.random()
    if r < 0.28:
        text = (
            f"{greet}：{ref}与{where}合作企业推出“务工抵债”计划，岗位：{job}，月薪{wage}元，工资直接抵扣您的欠款，包吃住。"
            f"机票及签证费{fee}元需先行缴纳至{_person_account(s)}。"
        )
    elif r < 0.48:
        text = (
            f"{ref}贷后：欠款人可到我方合作工厂务工，每月从工资中扣{s.rng.choice([2000, 3000, 4000])}元抵账，"
            f"报名需先交体检费、服装费共{dep}元，添加{_contact(s)}报名{s.opt('，今天截止', 0.5)}。"
        )
    elif r < 0.66:
        text = (
            f"{greet}，{ref}推出“以劳抵债”：成为合作平台网约车司机，车辆由我方提供，每单收入自动抵扣欠款。"
            f"需先交车辆押金{dep}元至{_wallet(s)}，交后安排提车。"
        )
    elif r < 0.84:
        text = (
            f"【{s.brand(inst)}】{where}高薪岗位，工资日结，{s.rng.choice(['三个月', '半年', '一年'])}即可还清{ref}欠款，"
            f"无需学历，护照代办费{fee}元转{_wallet(s)}，名额{s.rng.randint(3, 12)}个。"
        )
    else:
        text = f"{_emoji(s, 0.4)}去{where}上班抵{ref}欠款，月入{wage}，先交{fee}，{_contact(s)}"
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


#: One-line description of each family (kept here, not in generate.py; see verifier/corpus/rounds/round09.md).
BLIND9_STYLES: dict[str, str] = {
    "q_g_01": "a repayment made through another bank / a third-party channel arrived 1-3 days after the due date: this period counts as overdue",
    "q_g_02": "cross-default: overdue on one product freezes / stops another (loan limit frozen, card stopped, loan declared due early)",
    "q_g_03": "an in-house case officer known only by staff number (工号), reached through the official hotline and an IVR key; officer changed",
    "q_g_04": "repay from the borrower's own money at the same bank (deposit, wealth product, own debit card without autopay), self-service in the app",
    "q_g_05": "reply to the borrower's own 'TD / 退订 / 已还 / too many messages' answer: service notices cannot be unsubscribed while overdue",
    "q_s_01": "search a made-up WeChat / Alipay mini-program, open a #小程序:// link or an Alipay 口令 to negotiate (no payment)",
    "q_s_02": "send hardship documents or confirm a plan by e-mail to a free-mail or made-up mail domain (no payment)",
    "q_s_03": "case files / lawsuit evidence shared on a cloud drive (网盘) link with an extraction code",
    "q_s_04": "5G / rich-media message, 闪信 or chatbot menu with buttons, fallback link or made-up callback",
    "q_s_05": "threat to send an employer verification letter (单位协查函) or visit the workplace, stop it via a made-up number",
    "q_m_01": "the recipient is registered as the borrower's spouse; after a divorce the ex-spouse (another name) is overdue",
    "q_m_02": "the recipient is the workplace contact of a group card application (团办联系人); an employee is overdue",
    "q_m_03": "a professional-segment loan (teacher / doctor / civil servant …) greeting someone else by name and title",
    "q_m_04": "the number is a company work phone handed over to a new user; the notice is for the former employee",
    "q_m_05": "lost-contact repair (失联修复): the lender found this number as the borrower's 'possible new number'",
    "q_c_01": "repay in digital RMB (数字人民币): transfer to a wallet number held by a person, or push a sub-wallet with a limit",
    "q_c_02": "reply with the phone's operator service password, a number-porting code, the SIM ICCID, or mail a replacement SIM",
    "q_c_03": "a made-up loan-insurance claim will repay the debt after a claim deposit / unfreeze transfer / card PIN and code",
    "q_c_04": "illegal agent extracts the housing fund / pension / medical-insurance balance to repay, fee or deposit first",
    "q_c_05": "'work off the debt' (务工抵债 / 以劳抵债): overseas or factory jobs, ride-hailing car, visa / medical / deposit fee first",
}
