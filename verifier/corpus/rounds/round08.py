# ruff: noqa: E501  (template lines are Chinese text, which counts double width; splitting them hurts reading)
"""Eighth blind held-out set (ids ``t_…``): written without reading the rules; held out in ``test`` until read.

Written "blind", like :mod:`verifier.corpus.rounds.round01` … :mod:`verifier.corpus.rounds.round07`: from general knowledge of
2024–2026 Chinese bank / consumer-lender / collection-agency / fraud SMS, without reading the project's rules,
checks, extraction, normalisation, prefilter, feature, combine, model, training, evaluation, advice, batch or
scoring code, and without running the verifier on these messages. Rounds 1–7 (``x_``, ``y_``, ``z_``, ``v_``,
``u_``, ``w_``, ``r_``) have since been read by the developers; this round replaces them as the untouched test
set.

The family ids are deliberately neutral (``t_g_01`` …), and the one-line descriptions live in
:data:`BLIND8_STYLES` here and in ``verifier/corpus/rounds/round08.md``, so that registering the families in
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
    GIVEN,
    SURNAMES,
    THIRD_PARTY_RE,
    Msg,
    Slots,
    fake_names,
)
from verifier.registry import Institution

BLIND8_PREFIX = "t_"

_BANK_KINDS = ("bank", "credit_card_centre")


# -- helpers (private to this module, so that the t_ rows never depend on the other corpus modules) ---------


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
    """A made-up number, in a minority of rows written with spaces, in groups or in full-width digits."""
    if s.rng.random() >= p:
        return number
    d = number.replace("-", "")
    r = s.rng.random()
    if r < 0.35:
        return " ".join(d)
    if r < 0.7:
        return " ".join(d[i : i + 4] for i in range(0, len(d), 4))
    return _fullwidth(number)


def _emoji(s: Slots, p: float = 0.15) -> str:
    return (
        s.rng.choice(["⚠️", "📢", "🔔", "📌", "❗", "👉", "✅", "💰", "🙏", "🔥", "🚗", "🧧", "📠", "☎️"])
        if s.rng.random() < p
        else ""
    )


def _md(s: Slots, offset_days: int) -> str:
    """A plain "M月D日" date ``offset_days`` from the reception day."""
    d = s.now + timedelta(days=offset_days)
    return f"{d.month}月{d.day}日"


def _last_month(s: Slots) -> int:
    return (s.now.month - 2) % 12 + 1


def _pool_of(p: dict, key: str, kinds: tuple[str, ...]) -> list[Institution]:
    return [i for i in p[key] if i.kind in kinds] or p[key]


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


def _kin(s: Slots, rec: str) -> str:
    """A pool name with the surname of ``rec`` (a child, say) when the pool has one, else another name."""
    same = [n for n in _NAME_SET if n[0] == rec[0] and n != rec]
    if same and s.rng.random() < 0.5:
        return s.rng.choice(sorted(same))
    return _other(s, rec)


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


#: Area codes by region, for made-up landlines that look local.
_REGION_AREAS = {
    "华北": ("010", "022", "0311", "0351"),
    "华东": ("021", "025", "0571", "0551", "0531"),
    "华南": ("020", "0755", "0771", "0898"),
    "华中": ("027", "0731", "0371", "0791"),
    "西南": ("028", "023", "0871", "0851"),
    "西北": ("029", "0931", "0991", "0971"),
    "东北": ("024", "0431", "0451", "0411"),
}


def _landline_in(s: Slots, area: str, dash: bool = True) -> str:
    num = s._free(
        lambda: area + s.rng.choice("2345678") + _digits(s, 7 if len(area) == 3 else s.rng.choice([6, 7]))
    )
    return f"{area}-{num[len(area) :]}" if dash else num


def _any_landline(s: Slots) -> str:
    area = s.rng.choice([a for areas in _REGION_AREAS.values() for a in areas])
    return _landline_in(s, area, dash=s.rng.random() < 0.75)


_ROADS = (
    "建设路",
    "人民中路",
    "解放大道",
    "中山北路",
    "科技园南路",
    "金融街",
    "滨江大道",
    "世纪大道",
    "新华路",
    "长江路",
)
_BUILDINGS = ("金融中心", "国际大厦", "财富广场", "商务中心", "信息港", "时代大厦", "环球中心")


#: Real districts of the cities used for made-up addresses and GPS positions.
_CITY_DISTRICTS = {
    "北京": ("朝阳区", "海淀区", "丰台区"),
    "上海": ("浦东新区", "闵行区", "徐汇区"),
    "广州": ("天河区", "白云区", "番禺区"),
    "深圳": ("南山区", "福田区", "龙岗区"),
    "杭州": ("西湖区", "余杭区", "滨江区"),
    "南京": ("江宁区", "鼓楼区", "建邺区"),
    "武汉": ("武昌区", "洪山区", "江汉区"),
    "成都": ("锦江区", "武侯区", "高新区"),
    "西安": ("雁塔区", "未央区", "碑林区"),
    "长沙": ("岳麓区", "雨花区", "开福区"),
    "郑州": ("金水区", "二七区", "中原区"),
}


def _city_district(s: Slots) -> tuple[str, str]:
    city = s.rng.choice(sorted(_CITY_DISTRICTS))
    return city, s.rng.choice(_CITY_DISTRICTS[city])


def _address(s: Slots) -> str:
    city, district = _city_district(s)
    return (
        f"{city}市{district}{s.rng.choice(_ROADS)}{s.rng.randint(1, 999)}号"
        f"{s.rng.choice(_BUILDINGS)}{s.rng.choice(['A座', 'B座', 'C栋', '', ''])}"
        f"{s.rng.randint(3, 32)}{s.rng.randint(1, 20):02d}室"
    )


_PLATE_PROV = "京沪粤浙苏鄂川渝陕湘豫鲁皖闽赣冀"


def _plate(s: Slots) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    body = "".join(s.rng.choice(letters + "0123456789") for _ in range(5))
    head = s.rng.choice(_PLATE_PROV) + s.rng.choice("ABCDEFGH")
    r = s.rng.random()
    if r < 0.4:
        return f"{head}·{body}"
    if r < 0.7:
        return f"{head}{body}"
    return f"{head}·***{body[-2:]}"


def _loan_name(s: Slots, inst: Institution) -> str:
    loans = [p for p in inst.products if "贷" in p or "借" in p]
    if loans and s.rng.random() < 0.4:
        return s.rng.choice(loans)
    return s.rng.choice(
        [
            "个人经营贷款",
            "个人信用消费贷款",
            "“先息后本”贷款",
            "按月付息到期还本贷款",
            "个人循环贷款",
            "个人综合消费贷款",
        ]
    )


# -- round 8: genuine --------------------------------------------------------------------------------------


def t_g_01(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    we = _we(s, inst)
    prod = _loan_name(s, inst)
    prin = s.money(20000, 500000)
    rate = s.rng.choice([3.2, 3.45, 3.6, 3.85, 4.35, 4.8])
    interest = round(prin * rate / 100 / 12, 2)
    due = _md(s, -s.days(1, 40))
    contract = _digits(s, 4)
    r = s.rng.random()
    if r < 0.3:
        text = (
            f"{greet}，您在{we}办理的{prod}（合同编号尾号{contract}）已于{due}到期，到期应归还本金{_yuan(prin)}尚未归还，"
            f"该笔贷款已转入逾期。自到期次日起，{we}将按合同约定对逾期本金按执行利率上浮50%计收罚息。"
            f"请尽快通过{_app_word(s, inst)}归还{s.opt('；如需申请续贷，请先结清利息后到经办网点提交申请', 0.5)}。"
        )
    elif r < 0.5:
        text = (
            f"到期还本提醒：{greet}，您的{prod}借款期限已届满（到期日{due}），本金{_yuan(prin)}及最后一期利息{_yuan(interest)}"
            f"未按时归还，现已逾期{s.days(1, 30)}天。"
            f"{s.rng.choice(['请于' + s.date(s.days(2, 7)) + '前归还。', '详询' + _hl(s, inst) + '。', '逾期期间罚息按日计收。'])}"
        )
    elif r < 0.7:
        sep = s.rng.choice(["\n", "；", "｜"])
        fields = [
            s.rng.choice(["贷款到期未还通知", "【到期未还本金提示】", "到期未结清提示"]),
            f"借款人：{greet if greet not in ('您好', '尊敬的客户', '尊敬的用户', '亲爱的客户') else '尊敬的客户'}",
            f"贷款品种：{prod}",
            f"到期日：{due}",
            f"未还本金：{_yuan(prin)}",
            f"未还利息：{_yuan(interest)}",
            "贷款状态：逾期",
            f"还款渠道：{s.app(inst)}App／经办网点",
        ]
        if s.rng.random() < 0.4:
            fields.insert(5, f"合同编号：****{contract}")
        text = sep.join(fields)
    elif r < 0.88:
        text = (
            f"{greet}您好，您那笔{prod}{due}已经到期了，本金{_yuan(prin)}还没有归还，系统现在显示逾期。"
            f"麻烦尽快安排资金，有疑问可以拨打{_hl(s, inst)}转人工咨询。{s.opt('谢谢配合！', 0.5)}"
        )
    else:
        text = f"您的{prod}已到期，未还本金{_yuan(prin)}，现已逾期，请尽快归还。"
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, _own_account(s, 0.8))


def t_g_02(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    we = _we(s, inst)
    tail = s.tail()
    k_total = s.rng.choice([6, 12, 12, 24, 36])
    k = s.rng.randint(2, k_total)
    items: list[tuple[str, str, float]] = []
    pool = [
        ("card", s.money(300, 40000)),
        ("loan", s.money(500, 30000)),
        ("inst", s.money(200, 6000)),
        ("fee", s.money(30, 600)),
    ]
    s.rng.shuffle(pool)
    order = ["card", "loan", "inst", "fee"]
    chosen = sorted(pool[: s.rng.choice([2, 2, 3])], key=lambda kv: order.index(kv[0]))
    loan = _loan_name(s, inst)
    for kind, amt in chosen:
        if kind == "card":
            items.append(("信用卡", f"信用卡（尾号{tail}）欠款{_yuan(amt)}，逾期{s.days(1, 90)}天", amt))
        elif kind == "loan":
            items.append((loan, f"{loan}（合同尾号{_digits(s, 4)}）逾期本息{_yuan(amt)}", amt))
        elif kind == "inst":
            items.append(("账单分期", f"账单分期第{k}/{k_total}期{_yuan(amt)}未还", amt))
        else:
            items.append(("年费", f"年费{_yuan(amt)}未缴", amt))
    total = round(sum(a for _, _, a in items), 2)
    n = len(items)
    r = s.rng.random()
    if r < 0.35:
        body = "；".join(f"{i + 1}.{t}" for i, (_, t, _) in enumerate(items))
        text = (
            f"{greet}，截至{_md(s, -1)}，您在{we}名下共有{n}项逾期：{body}。合计应还{_yuan(total)}。"
            f"{s.rng.choice(['请通过' + _app_word(s, inst) + '一并归还。', '各项明细可在' + s.app(inst) + 'App“我的账户”中查询。', '如需咨询请致电' + _hl(s, inst) + '。'])}"
        )
    elif r < 0.6:
        lines = [s.rng.choice(["【逾期账户汇总】", "逾期汇总提醒", "您的逾期情况一览"])]
        lines += [t for _, t, _ in items]
        lines.append(f"合计：{_yuan(total)}")
        lines.append(
            s.rng.choice([f"还款：{s.app(inst)}App", f"咨询：{_hl(s, inst)}", "还款渠道：手机银行／网点柜面"])
        )
        text = s.rng.choice(["\n", "｜"]).join(lines)
    elif r < 0.85:
        rest = "；".join(t for _, t, _ in items[1:])
        text = (
            f"{greet}：您在{we}有不止一项业务逾期，目前共{n}笔（{'、'.join(x[0] for x in items)}）：{items[0][1]}；{rest}。"
            f"合计{_yuan(total)}，请尽快处理{s.opt('，还款顺序可在App内自行选择', 0.4)}。"
        )
    else:
        text = f"您名下{n}个账户逾期，合计{_yuan(total)}，请登录{s.app(inst)}App查看明细并还款。"
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, _own_account(s, 0.85))


_RENEW = ("卡片有效期届满换卡", "挂失补卡", "卡片升级换卡", "卡片损坏换卡", "芯片卡换发", "卡面更换")


def t_g_03(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    we = _we(s, inst)
    old = s.tail()
    new = s.tail()
    while new == old:
        new = s.tail()
    why = s.rng.choice(_RENEW)
    owed = s.amount(200, 40000)
    d = s.days(1, 60)
    r = s.rng.random()
    if r < 0.3:
        text = (
            f"{greet}，您尾号{old}的信用卡因{why}，{we}已为您换发新卡（尾号{new}），原卡账户欠款{owed}已自动转入新卡账户，"
            f"目前已逾期{d}天。原卡绑定的自动还款已随换卡失效，请激活新卡后通过{_app_word(s, inst)}重新设置或直接还款。"
        )
    elif r < 0.55:
        text = (
            f"{greet}：您的新卡（尾号{new}）已于{s.date(-s.days(1, 10))}寄出{s.opt('，请注意查收', 0.6)}。"
            f"温馨提示：换卡不影响欠款，您的账户仍有逾期欠款{owed}，请勿因未收到新卡而延误还款，"
            f"可直接通过{s.app(inst)}App向尾号{old}的原卡还款，入账后自动计入新卡账户。"
        )
    elif r < 0.75:
        text = (
            f"{greet}，系统显示您尚未激活尾号{new}的新卡。原卡（尾号{old}）停用后，账户欠款仍正常计息，"
            f"当前逾期{d}天、欠款{owed}。{s.rng.choice(['激活及还款可在' + s.app(inst) + 'App办理。', '如有疑问请致电' + _hl(s, inst) + '。'])}"
        )
    elif r < 0.9:
        text = (
            f"换卡还款提醒｜原卡尾号：{old}｜新卡尾号：{new}｜换卡原因：{why}｜逾期欠款：{owed}｜"
            f"自动还款：已失效，请重新设置"
        )
    else:
        text = f"换卡提醒：旧卡{old}欠款已转入新卡{new}，仍逾期{owed}，请尽快还款。"
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, _own_account(s, 0.85))


def t_g_04(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    we = _we(s, inst)
    tail = s.tail()
    owed = s.amount(150, 30000)
    d = s.days(1, 45)
    month = _last_month(s)
    card = s.rng.choice(["公务卡", "公务卡", "公务信用卡"])
    r = s.rng.random()
    if r < 0.3:
        text = (
            f"{greet}，您的{s.brand(inst)}{card}（尾号{tail}）{month}月账单{owed}已超过到期还款日{d}天未还。"
            f"{card}由持卡人个人承担还款责任，请尽快办理报销并还款，逾期将按规定计收利息并记入个人信用记录。"
        )
    elif r < 0.5:
        text = (
            f"{card}逾期提醒：持卡人{greet}，卡号尾号{tail}，应还{owed}，已逾期{d}天。"
            f"{s.rng.choice(['如单位报销资金已到账，请及时还款。', '报销资金是否到账不影响持卡人的还款义务。', '请勿等待报销到账后再还款。'])}"
            f"还款可通过{_app_word(s, inst)}办理。"
        )
    elif r < 0.7:
        n = s.rng.choice([30, 60, 90])
        text = (
            f"{greet}：根据{card}管理规定，持卡人应在免息期内完成报销还款。您尾号{tail}的{card}已逾期{d}天，"
            f"如逾期超过{n}天，{we}将按协议将逾期情况告知您所在预算单位的{card}主管部门，并可能暂停{card}使用。请尽快还款。"
        )
    elif r < 0.85:
        trip = _md(s, -s.days(20, 50))
        text = (
            f"{greet}您好，您{trip}出差期间使用{card}消费的{owed}目前尚未还款，已逾期{d}天。"
            f"报销款到账后请记得及时还款哦，{s.rng.choice(['可在' + s.app(inst) + 'App操作', '有问题可拨' + _hl(s, inst)])}。"
        )
    else:
        text = f"您的{card}{tail}已逾期{d}天，欠款{owed}，请尽快还款。"
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, _own_account(s, 0.85))


_DISASTERS = ("近期台风", "强降雨及洪涝灾害", "地震灾害", "暴雪冰冻灾害", "山洪及地质灾害", "特大暴雨")
_RELIEF = ("延期还款", "免收逾期罚息", "暂不报送逾期记录", "调整还款计划", "暂停催收", "违约金减免")


def t_g_05(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    we = _we(s, inst)
    debt = _debt(s, inst)
    owed = s.amount(300, 50000)
    event = s.rng.choice(_DISASTERS)
    a, b = s.rng.sample(_RELIEF, 2)
    until = s.date(s.days(10, 60))
    r = s.rng.random()
    if r < 0.3:
        text = (
            f"{greet}，受{event}影响，{we}对受灾地区客户推出临时纾困措施：{a}、{b}。系统显示您的{debt}目前逾期{owed}，"
            f"如您因受灾导致还款困难，可于{until}前通过{s.app(inst)}App“纾困服务”或致电{_hl(s, inst)}申请，"
            f"需提供居住地或受灾情况证明。{s.opt('办理不收取任何费用。', 0.5)}"
        )
    elif r < 0.5:
        why = s.rng.choice(
            ["本人患重大疾病住院治疗", "家庭成员患重大疾病", "本人应征入伍", "失业", "家庭财产受灾损失"]
        )
        text = (
            f"{greet}：如您因{why}导致{debt}逾期，可向{we}申请{a}，提供相关证明材料即可办理，"
            f"申请渠道：{s.rng.choice([_hl(s, inst), '我行营业网点', s.app(inst) + 'App'])}。您当前逾期金额{owed}。"
        )
    elif r < 0.75:
        sep = s.rng.choice(["\n", "；"])
        text = sep.join(
            [
                s.rng.choice(["【受灾客户纾困服务】", "纾困政策告知", "临时性延期还款安排"]),
                f"适用对象：受{event}影响、{until}前出现逾期的个人客户",
                f"可申请：{a}、{b}",
                "所需材料：身份证件、受灾或收入受损证明",
                f"办理渠道：{s.app(inst)}App或{_hl(s, inst)}",
                f"您的逾期金额：{owed}",
            ]
        )
    elif r < 0.9:
        text = (
            f"{greet}，{we}关注到您所在地区受{event}影响较大。您的{debt}已逾期{s.days(1, 30)}天，"
            f"若您家庭财产或收入因灾受损，可致电{_hl(s, inst)}申请{a}，我们将协助您渡过难关。"
        )
    else:
        text = f"{event}受灾客户可申请{a}，您当前逾期{owed}，申请请拨{_hl(s, inst)}。"
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, _own_account(s, 0.8))


# -- round 8: spoofed --------------------------------------------------------------------------------------


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


_DEPTS = ("贷后管理部", "资产保全部", "客户权益部", "个贷催收中心", "特殊资产管理部", "信用卡风险管理部")
_DOCS = (
    "《困难情况说明》及身份证复印件",
    "《还款承诺书》（本人签字并按手印）",
    "收入证明、近六个月银行流水及身份证正反面复印件",
    "《个性化分期申请表》",
    "《延期还款申请书》及困难证明",
)


def t_s_01(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    debt = _debt_at(s, inst, ref)
    dept = s.rng.choice([d for d in _DEPTS if "信用卡" not in d or inst.kind == "credit_card_centre"])
    docs = s.rng.choice(_DOCS)
    fax = _spaced(s, _any_landline(s))
    deadline = s.date(s.days(1, 7))
    r = s.rng.random()
    if r < 0.3:
        text = (
            f"{greet}，您在{ref}的{debt}已逾期{s.days(5, 120)}天。如需申请个性化分期，请于{deadline}前将{docs}"
            f"传真至{fax}（{dept}收），{s.rng.choice(['传真后请致电' + _spaced(s, s.fake_callback()) + '确认收件。', '我方收到后3个工作日内回复。', '传真件请注明借款人姓名及身份证后四位。'])}"
        )
    elif r < 0.55:
        text = (
            f"【{s.brand(inst)}】{greet}：请将{docs}以EMS邮寄至：{_address(s)}，{s.brand(inst)}{dept}"
            f"（收件人：{s.name()}，电话{_spaced(s, s.mobile())}）。我方收到材料后{s.rng.choice(['5', '7', '10'])}个工作日内完成审核{s.opt('，审核期间暂停催收', 0.5)}。"
        )
    elif r < 0.75:
        box = f"{s.rng.choice(CITIES)}市邮政第{s.rng.randint(100, 9999)}号信箱"
        text = (
            f"{ref}{dept}通知：逾期客户的协商材料统一寄送至“{box}”，邮编{s.rng.randint(100000, 850000)}，信封请注明“协商+姓名”。"
            f"{s.opt('材料须于' + deadline + '前寄出，', 0.6)}逾期未寄视为放弃协商。"
        )
    elif r < 0.9:
        sep = s.rng.choice(["\n", "；"])
        text = sep.join(
            [
                f"{ref}逾期协商材料提交方式",
                f"传真：{fax}",
                f"邮寄：{_address(s)}（{dept}）",
                f"所需材料：{docs}",
                f"截止日期：{deadline}",
            ]
        )
    else:
        text = f"{_emoji(s)}{ref}：请将还款承诺书传真至{fax}，逾期未传视为拒绝协商。"
    return _msg(text, inst, _spoof_sender(s), rec, _own_account(s))


def t_s_02(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    debt = _debt_at(s, inst, ref)
    day = s.rng.choice([5, 8, 10, 15, 18, 20, 25, 28])
    link = _spoof_link(s, inst, ("tz", "hkr", "date", "zdr", "change"))
    r = s.rng.random()
    if r < 0.3:
        text = (
            f"{greet}，您在{ref}的{debt}已逾期{s.days(1, 30)}天。现可申请“还款日调整”，将还款日顺延至每月{day}日，"
            f"调整后本期不计逾期、不产生罚息。请点击 {link} 提交申请{s.opt('（仅限今日办理）', 0.5)}。"
        )
    elif r < 0.5:
        num = _spaced(s, s.rng.choice([s.mobile, s.virtual, s.port1069])())
        text = (
            f"【{s.brand(inst)}】尊敬的客户，检测到您的还款日与发薪日不匹配导致逾期，可编辑短信“TZ+希望的还款日”"
            f"（如TZ{day}）发送至{num}，修改{s.rng.choice(['账单日', '还款日', '扣款日'])}。"
        )
    elif r < 0.7:
        text = (
            f"{ref}提醒：即日起支持自助变更账单日，逾期客户变更后本期逾期天数重新计算，"
            f"办理专线{_spaced(s, s.fake_callback())}{s.opt('（工作日9:00-18:00）', 0.5)}。"
        )
    elif r < 0.88:
        text = (
            f"{greet}：您申请的还款日变更（改为每月{day}日）尚未完成，原因：{s.rng.choice(['缺少身份验证', '未签署变更确认书', '银行卡信息不一致'])}，"
            f"账户仍显示逾期。请于{s.date(s.days(0, 3))}前{s.rng.choice(['致电' + _spaced(s, s.fake_callback()) + '补充验证', '登录 ' + link + ' 完成确认'])}。"
        )
    else:
        text = f"{_emoji(s, 0.4)}{ref}还款日可以改啦，逾期也能改到{day}号，{link}"
    return _msg(text, inst, _spoof_sender(s), rec, _own_account(s))


_BLOCKERS = ("腾讯手机管家", "360手机卫士", "手机自带的骚扰拦截功能", "百度手机卫士", "手机安全中心")


def t_s_03(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    blocker = s.rng.choice(_BLOCKERS)
    nxt = s.rng.choice(["委外催收阶段", "法律诉讼程序", "上门外访流程", "不良资产处置流程"])
    r = s.rng.random()
    if r < 0.3:
        num = _spaced(s, s.rng.choice([s.fake_callback, s.mobile, lambda: _any_landline(s)])())
        text = (
            f"{greet}，{ref}贷后专员多次致电您均未接通，经查您的{blocker}已将我方号码标记为“骚扰电话”并自动拦截。"
            f"为保障您的协商权益，请将{num}加入白名单后主动回拨{s.opt('，工作时间8:30-20:00', 0.4)}。"
        )
    elif r < 0.55:
        text = (
            f"【{s.brand(inst)}】系统检测到您已将我方外呼号码加入黑名单，无法与您取得联系，您的逾期账户将于"
            f"{s.rng.choice(['24', '48', '72'])}小时后转入{nxt}。如需继续协商，请致电备用号码{_spaced(s, s.fake_callback())}。"
        )
    elif r < 0.75:
        who = s.rng.choice(
            [f"添加专员企业微信{s.wxid()}", f"回电{_spaced(s, s.mobile())}", f"拨打{_spaced(s, s.virtual())}"]
        )
        text = f"{ref}：您的手机已开启“拒接陌生来电”，我方无法告知您逾期处理方案，请{who}{s.opt('，避免错过减免机会', 0.5)}。"
    elif r < 0.9:
        text = (
            f"{greet}您好，我方的来电被您的手机标记为“疑似诈骗”，特此短信说明：该来电确为{ref}贷后回访，"
            f"请勿拉黑。如不方便接听，可直接回拨{_spaced(s, s.fake_callback())}处理逾期事宜。"
        )
    else:
        text = f"{_emoji(s)}多次来电被拦截，请速回电{_spaced(s, s.fake_callback())}处理{ref}逾期。"
    return _msg(text, inst, _spoof_sender(s), rec, _own_account(s))


_PRODUCT_LINES = ("信用卡逾期", "消费贷款逾期", "车贷逾期", "分期业务", "协商还款受理", "征信异议受理")


def t_s_04(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    debt = _debt_at(s, inst, ref)
    regions = s.rng.sample(list(_REGION_AREAS), s.rng.choice([3, 4, 4, 5]))
    official = s.hotline(inst)
    r = s.rng.random()
    if r < 0.3:
        lines = "；".join(f"{g}{_landline_in(s, s.rng.choice(_REGION_AREAS[g]))}" for g in regions)
        text = (
            f"【{s.brand(inst)}】{greet}，您的{debt}已逾期。为提高处理效率，{ref}贷后业务已按区域划分，"
            f"请按您的居住地拨打对应专线：{lines}。"
        )
    elif r < 0.55:
        prods = s.rng.sample(_PRODUCT_LINES, s.rng.choice([3, 4]))
        rows = [f"{k}：{s.fmt_number(s.rng.choice([s.fake400, s.fake400, s.fake95])())}" for k in prods]
        head = s.rng.choice(
            [f"{ref}贷后服务专线（按业务）", f"{ref}各业务逾期受理电话", f"【{s.brand(inst)}】专线一览"]
        )
        tail = [f"总行客服：{official}（仅受理账单查询）"] if official and s.rng.random() < 0.4 else []
        text = s.rng.choice(["\n", "；"]).join([head, *rows, *tail])
    elif r < 0.75:
        city = s.rng.choice(CITIES)
        g1, g2 = regions[0], regions[1]
        text = (
            f"{ref}：{g1}地区客户请拨{_landline_in(s, s.rng.choice(_REGION_AREAS[g1]))}，{g2}地区请拨"
            f"{_landline_in(s, s.rng.choice(_REGION_AREAS[g2]))}，其他地区（含{city}）请拨{s.fmt_number(s.fake400())}，办理逾期协商。"
        )
    elif r < 0.9 and official:
        g = regions[0]
        text = (
            f"{greet}，{ref}总行客服{official}已不再受理逾期协商业务，相关业务已移交区域贷后中心，"
            f"您所在的{g}区请拨{_spaced(s, _landline_in(s, s.rng.choice(_REGION_AREAS[g])))}。"
        )
    else:
        g = regions[0]
        text = (
            f"{ref}{g}区贷后中心：逾期业务请拨{_spaced(s, _landline_in(s, s.rng.choice(_REGION_AREAS[g])))}。"
        )
    return _msg(text, inst, _spoof_sender(s), rec, _own_account(s))


def t_s_05(s: Slots, p: dict) -> Msg:
    inst = s.pick(_pool_of(p, "all", ("bank", "credit_card_centre", "consumer_finance")))
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    plate = _plate(s)
    loan = s.rng.choice(["汽车分期", "车贷", "汽车消费贷款", "以租代购车辆租金", "汽车抵押贷款"])
    officer = s.name()[0] + s.rng.choice(["专员", "主管", "经理"])
    link = _spoof_link(s, inst, ("car", "qc", "zc", "hz"))
    r = s.rng.random()
    if r < 0.28:
        text = (
            f"{greet}，您在{ref}办理的{loan}已逾期{s.days(10, 120)}天，车辆（{plate}）已列入收车名单，"
            f"GPS显示车辆位于{''.join(_city_district(s))}。如需暂缓收车，请于{s.rng.choice(['12', '24', '48'])}小时内"
            f"联系资产保全{officer}{_spaced(s, s.mobile())}。"
        )
    elif r < 0.48:
        text = (
            f"【{s.brand(inst)}】您的{loan}第{s.rng.randint(2, 36)}期{s.amount(1500, 9000)}未还，按合同约定我方有权收回抵押车辆。"
            f"申请暂缓处置请登录 {link} 提交情况说明{s.opt('并上传行驶证照片', 0.5)}。"
        )
    elif r < 0.66:
        text = (
            f"{ref}汽车金融部提醒：{plate}车主，您的{loan}逾期已进入收车流程，拖车费、停车费将由您承担"
            f"{s.opt('，车辆收回后将进入拍卖程序', 0.5)}，详询{_spaced(s, s.fake_callback())}。"
        )
    elif r < 0.85:
        text = (
            f"{greet}：我方合作处置公司已接到{plate}的收车委托。如您已还款或对欠款有异议，请于今日{_hhmm(s, 15, 20)}前"
            f"致电{_spaced(s, s.fake_callback())}撤销委托，逾期将按流程执行。{ref}"
        )
    else:
        text = f"{_emoji(s, 0.4)}{ref}车贷逾期，{plate}今晚收车，速回电{_spaced(s, s.fake_callback())}。"
    return _msg(text, inst, _spoof_sender(s), rec, _own_account(s))


# -- round 8: mistaken -------------------------------------------------------------------------------------


def t_m_01(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    child = _kin(s, rec)
    who = s.rng.choice([child, _masked(s, child), f"{child}同学", f"{_masked(s, child)}同学"])
    we = _we(s, inst)
    tail = s.tail()
    owed = s.amount(100, 8000)
    d = s.days(1, 90)
    card = s.rng.choice(["学生信用卡", "校园信用卡", "青年信用卡", "大学生信用卡"])
    parent = s.rng.choice(["家长您好", f"尊敬的{_honorific(s, rec)}", "您好", f"{rec}家长"])
    r = s.rng.random()
    if r < 0.3:
        text = (
            f"{parent}，您登记为{who}（{s.brand(inst)}{card}持卡人）的第二还款来源。{who}尾号{tail}的信用卡已逾期{d}天，"
            f"欠款{owed}，请督促其尽快还款，也可通过{_app_word(s, inst)}代为还款。"
        )
    elif r < 0.5:
        text = (
            f"{parent}：根据{who}办卡时提交的《第二还款来源确认书》，现告知其{card}逾期欠款{owed}，已逾期{d}天。"
            f"{s.opt('如有疑问请致电' + _hl(s, inst) + '。', 0.6)}"
        )
    elif r < 0.7:
        text = (
            f"{we}提醒：您的子女{who}名下的{card}本期未按时还款，已逾期{d}天，"
            f"请提醒其及时还款，以免影响其个人信用记录{s.opt('，监护人无需承担还款责任', 0.4)}。"
        )
    elif r < 0.88:
        text = (
            f"{parent}，{who}在校期间办理的{card}（尾号{tail}）欠款{owed}未还。您是其预留的家长联系电话，"
            f"烦请督促还款{s.opt('；如' + who + '已毕业或更换号码，请致电' + _hl(s, inst) + '更新', 0.5)}。"
        )
    else:
        text = f"{who}的{card}已逾期{d}天，欠{owed}，请督促还款。"
    has = s.rng.choice([None, None, True, False])
    return _mistaken(s, _maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, has)


def t_m_02(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = _other(s, rec)
    who = _shown(s, other)
    we = _we(s, inst)
    owed = s.amount(1000, 80000)
    d = s.days(30, 300)
    idt = s.rng.choice([_digits(s, 4), _digits(s, 3) + "X"])
    debt = _debt(s, inst)
    r = s.rng.random()
    if r < 0.3:
        text = (
            f"{who}（身份证尾号{idt}）：根据您签署的《送达地址确认书》，本手机号码为您确认的电子送达号码。"
            f"您在{we}的{debt}欠款{owed}已逾期{d}天，{we}拟依法提起诉讼，相关法律文书将通过本号码送达，请及时还款。"
        )
    elif r < 0.55:
        text = (
            f"致{who}：您在借款合同中约定的送达号码为本号码，现向您送达《逾期催收通知书》：截至{_md(s, -1)}，您尚欠{owed}。"
            f"{s.opt('如本号码已不由您使用，请致电' + _hl(s, inst) + '变更送达地址。', 0.5)}"
        )
    elif r < 0.75:
        text = (
            f"送达提示：{we}依据客户{who}在《送达地址确认书》中确认的联系方式，向本号码发送债务提示。"
            f"如您不是{who}，请回复“非本人”{s.opt('或致电' + _hl(s, inst), 0.5)}。"
        )
    elif r < 0.9:
        sep = s.rng.choice(["\n", "；"])
        text = sep.join(
            [
                "【电子送达】",
                f"受送达人：{who}",
                f"送达事项：{debt}逾期欠款催告",
                f"欠款金额：{owed}",
                "送达依据：《送达地址确认书》约定号码",
                f"咨询：{_hl(s, inst)}",
            ]
        )
    else:
        text = f"{who}：依《送达地址确认书》向您送达逾期通知，欠款{owed}，请还款。"
    has = s.rng.choice([False, None, None])
    return _mistaken(s, _maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, has)


#: Foreign and Hong Kong names as written on cards, with "m" / "f" for the honorific.
_WESTERN = (
    ("David MILLER", "m"),
    ("Sarah JOHNSON", "f"),
    ("Michael BROWN", "m"),
    ("Anna SCHMIDT", "f"),
    ("James WILSON", "m"),
    ("Olga IVANOVA", "f"),
    ("Thomas MÜLLER", "m"),
    ("Emily CLARK", "f"),
)
_ASIAN = (
    ("KIM MINJI", "f"),
    ("PARK JISOO", "f"),
    ("LEE JUNHO", "m"),
    ("TANAKA YUKI", "f"),
    ("SATO HARUTO", "m"),
    ("NGUYEN VAN AN", "m"),
)
_HK = (
    ("CHAN TAI MAN", "m"),
    ("WONG SIU MING", "m"),
    ("LEUNG KA YAN", "f"),
    ("CHEUNG WING KEI", "m"),
    ("LAU CHI HO", "m"),
    ("TSANG MEI LING", "f"),
)
_MINORITY = (
    ("阿依古丽·买买提", "f"),
    ("买买提·艾力", "m"),
    ("扎西顿珠", "m"),
    ("次仁卓玛", "f"),
    ("巴特尔", "m"),
    ("其其格", "f"),
    ("古丽娜尔·吐尔逊", "f"),
    ("格桑央金", "f"),
)
_COMPOUND = ("欧阳", "司马", "诸葛", "上官", "慕容", "司徒", "东方", "皇甫")


def t_m_03(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    tail = s.tail()
    owed = s.money(200, 40000)
    d = s.days(1, 90)
    en = re.sub(r"\s*\(.*\)", "", inst.name_en)
    r = s.rng.random()
    if r < 0.25:
        name, g = s.rng.choice(_WESTERN + _ASIAN)
        title = s.rng.choice([{"m": "Mr. ", "f": "Ms. "}[g], ""])
        text = (
            f"Dear {title}{name}, your {en} credit card ending {tail} is {d} days overdue. "
            f"Outstanding balance: CNY {owed:,.2f}. Please repay via the {s.app(inst)} App or call {_hl(s, inst)}."
        )
    elif r < 0.45:
        name, g = s.rng.choice(_WESTERN + _ASIAN + _HK)
        hon = {"m": "先生", "f": "女士"}[g]
        text = (
            f"尊敬的{name}{hon}（Dear {name}）：您尾号{tail}的信用卡已逾期{d}天，欠款{_yuan(owed)}，请尽快还款。"
            f"Your card is overdue, please repay as soon as possible. {_hl(s, inst)}"
        )
    elif r < 0.62:
        name, _g = s.rng.choice(_HK)
        text = (
            f"尊敬的{name}客戶（港澳居民來往內地通行證尾號{_digits(s, 4)}）：閣下尾號{tail}之信用卡已逾期{d}天，"
            f"欠款人民幣{owed:,.2f}元，請盡快還款。查詢請致電{_hl(s, inst)}。"
        )
    elif r < 0.85:
        if s.rng.random() < 0.5:
            name, g = s.rng.choice(_MINORITY)
            hon = s.rng.choice([{"m": "先生", "f": "女士"}[g], ""])
        else:
            name = s.rng.choice(_COMPOUND) + s.rng.choice(GIVEN)
            hon = s.rng.choice(["先生", "女士", ""]) if len(name) > 3 else ""
        text = (
            f"{name}{hon}您好，您在{_we(s, inst)}的{_debt(s, inst)}已逾期{d}天，欠款{_yuan(owed)}，"
            f"请尽快通过{_app_word(s, inst)}还款{s.opt('，详询' + _hl(s, inst), 0.5)}。"
        )
    else:
        name, _g = s.rng.choice(_WESTERN + _HK + _ASIAN)
        text = f"{name}: card ending {tail} overdue CNY {owed:.2f}, pls repay. {_hl(s, inst)}"
    has = s.rng.choice([False, None, True])
    return _mistaken(s, _maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, has)


def t_m_04(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    k = s.rng.choice([2, 2, 3, 4])
    others: list[str] = []
    while len(others) < k:
        o = _other(s, rec)
        if o not in others and all(o[0] != x[0] for x in others):
            others.append(o)
    shown = [s.rng.choice([o, _masked(s, o), _masked(s, o)]) for o in others]
    recs = [(w, s.tail(), s.money(200, 30000), s.days(1, 120)) for w in shown]
    brand = s.brand(inst)
    r = s.rng.random()
    if r < 0.3:
        parts = [
            f"{w}您好，您尾号{t}的信用卡已逾期{d}天，欠款{_yuan(a)}，请尽快还款。" for w, t, a, d in recs
        ]
        text = f"【{brand}】" + "".join(parts[:3])
    elif r < 0.55:
        page = s.rng.randint(1, 9)
        head = s.rng.choice(
            [
                f"逾期客户明细（第{page}页/共{page + s.rng.randint(1, 20)}页）",
                "逾期清单导出",
                "姓名｜尾号｜欠款｜逾期天数",
            ]
        )
        rows = [f"{w}｜{t}｜{_yuan(a)}｜{d}天" for w, t, a, d in recs]
        text = "\n".join([head, *rows])
    elif r < 0.75:
        blobs = ",".join(f'{{"cust":"{w}","tail":"{t}","due":"{a:.2f}","dpd":{d}}}' for w, t, a, d in recs)
        text = f"{brand}逾期提醒：[{blobs}]"
    elif r < 0.9:
        w, t, a, d = recs[0]
        text = (
            f"{w}您好，您尾号{t}的{_debt(s, inst)}欠款{_yuan(a)}已逾期{d}天，请尽快还款。"
            f"（本条短信同时发送：{'、'.join(x[0] for x in recs[1:])}）"
        )
    else:
        text = "以下客户请尽快还款：" + "；".join(f"{w}{_yuan(a)}" for w, _t, a, _d in recs) + f"。{brand}"
    has = s.rng.choice([None, False, True])
    return _mistaken(s, _maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, has)


def t_m_05(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = _other(s, rec)
    who = _shown(s, other)
    we = _we(s, inst)
    debt = _debt(s, inst)
    owed = s.amount(500, 60000)
    plan = s.rng.choice(["个性化分期", "协商还款", "延期还款", "停催协商", "还款计划调整"])
    deadline = s.date(s.days(2, 10))
    r = s.rng.random()
    if r < 0.3:
        text = (
            f"您好，{we}客户{who}在申请{plan}时，登记本号码为其授权代理人（代为协商还款事宜）的联系电话。"
            f"现告知：{who}的{debt}逾期欠款{owed}，协商方案需在{deadline}前确认。"
            f"如您未同意担任其代理人，请致电{_hl(s, inst)}说明，{we}将删除本号码。"
        )
    elif r < 0.5:
        text = (
            f"【{s.brand(inst)}】{who}已出具《授权委托书》，委托本号码机主代为办理其逾期欠款的{plan}事宜。"
            f"请于{deadline}前携委托书原件及您本人身份证到{we}营业网点办理{s.opt('，如您对此不知情，请忽略本短信', 0.5)}。"
        )
    elif r < 0.7:
        text = (
            f"{who}委托的代理人您好：其{plan}申请尚缺{s.rng.choice(['收入证明', '困难情况说明', '银行流水', '医院诊断证明'])}，"
            f"请协助其于{deadline}前通过{s.app(inst)}App上传{s.opt('，逾期未补充将视为撤回申请', 0.5)}。"
        )
    elif r < 0.88:
        text = (
            f"受托人您好，{we}已收到{who}关于{debt}的{plan}委托，委托人欠款{owed}。"
            f"{s.rng.choice(['方案审核结果将同时告知委托人。', '请勿向任何个人账户转账，还款请通过' + _app_word(s, inst) + '办理。'])}"
        )
    else:
        text = f"{who}登记您为{plan}代理人，其{debt}已逾期，如不知情请回电{_hl(s, inst)}。"
    has = s.rng.choice([False, None, None, True])
    return _mistaken(s, _maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, has)


# -- round 8: scam -----------------------------------------------------------------------------------------


def t_c_01(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    officer = s.name()[0] + s.rng.choice(["专员", "主任", "警官", "法务"])
    mob = _spaced(s, s.mobile())
    card = s.spaced_card(s.card())
    code = str(s.rng.choice([8600, 12800, 19800, 26500, 38600, 49900]))
    r = s.rng.random()
    if r < 0.3:
        text = (
            f"{greet}，您在{ref}的逾期账户已被标记为“恶意拖欠”，需进行还款能力核验：请于今日{_hhmm(s, 14, 18)}前持本人银行卡到就近ATM，"
            f"拨通核验{officer}{mob}，按其指引在“转账”界面输入核验编号{card}及核验码{code}，核验完成后资金原路退回"
            f"{s.opt('，全程请勿挂断电话', 0.6)}。"
        )
    elif r < 0.55:
        text = (
            f"{ref}法务部：为解除您账户的司法冻结，请前往ATM自助办理“解冻”：插卡后选择“转账汇款”，收款账号输入解冻编号{card}，"
            f"金额栏输入验证码{code}，完成后即解冻。{s.rng.choice(['操作时请勿与银行工作人员交谈，以免流程中断。', '如柜员询问，请说是给家人转账。', ''])}"
        )
    elif r < 0.8:
        text = (
            f"{greet}：{officer}将致电{mob}指导您在手机银行完成“逾期记录撤销”，请提前准备好本人银行卡，"
            f"按专员口述依次输入账号和金额，期间请勿告诉任何人{s.opt('，包括家人', 0.5)}，否则撤销失败。"
        )
    else:
        text = f"{_emoji(s)}{ref}逾期核验：今天到ATM打{mob}，按提示输入{code}，勿挂断。"
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


def t_c_02(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    owed = s.money(3000, 60000)
    pay = int(round(owed * s.rng.choice([0.2, 0.3, 0.4, 0.5]), -2))
    group = s.rng.choice(
        [f"{ref}协商还款群", "逾期减免处理群", f"{ref}结清专项群", f"贷后服务{s.rng.randint(2, 19)}群"]
    )
    id4 = _digits(s, 4)
    r = s.rng.random()
    if r < 0.3:
        text = (
            f"{greet}，您在{ref}的欠款{_yuan(owed)}已获批减免，需还{pay}元。请加入微信群“{group}”（进群口令{_digits(s, 6)}），"
            f"在群内发送{pay}元的口令红包（口令：结清{id4}），财务领取后即出具结清证明。"
        )
    elif r < 0.55:
        per = 200
        n = -(-pay // per)
        text = (
            f"【{s.brand(inst)}】减免结清：请分{n}次向财务“{_masked(s, s.name())}”发送微信红包，每个{per}元（单个红包上限200元），"
            f"备注“还款”，发完截图{s.rng.choice(['发到群里核销', '发给专员' + s.wxid(), '回复本号码'])}。"
        )
    elif r < 0.75:
        text = (
            f"{ref}结清通道：用支付宝发口令红包{pay}元，口令发送至{_contact(s)}，领取即视为还款，当日消除逾期"
            f"{s.opt('，比对公转账更快', 0.5)}。"
        )
    elif r < 0.9:
        text = (
            f"{_emoji(s, 0.4)}{ref}欠款可以用红包还！进QQ群{_qq(s)}，发拼手气红包{pay}元，管理员领取后帮你销账，"
            f"{s.opt('名额有限，', 0.5)}今天截止。"
        )
    else:
        text = f"发{pay}元专属红包给{s.wxid()}，{ref}欠款就结清了。"
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


def t_c_03(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    rec = s.name() if s.rng.random() < 0.6 else None
    who = _honorific(s, rec) if rec and s.rng.random() < 0.6 else s.rng.choice(["你好", "欠款人", "喂"])
    ref = s.ref(inst)
    fee = s.rng.choice([300, 500, 800, 1200, 1500, 2000, 3000])
    place = s.rng.choice(["户籍地", "你家小区门口", "你单位楼下", "你老家村委会", _city_district(s)[1]])
    r = s.rng.random()
    if r < 0.3:
        kind = s.rng.choice(["外访差旅费", "上门服务费", "外访出差费"])
        text = (
            f"{who}，我们是受{ref}委托的外访组，已到{place}，本次{kind}{fee}元按规定由欠款人承担，"
            f"微信转我{s.wxid()}，今天不转明天直接去你单位找领导。"
        )
    elif r < 0.55:
        text = (
            f"{ref}催收：明天上午我们带律师去你家，律师出场费{fee}元由你承担。现在转{fee}元到{_person_account(s)}"
            f"可以取消这次上门{s.opt('，欠款的事可以再商量', 0.5)}。"
        )
    elif r < 0.75:
        text = (
            f"{who}，我是{ref}外包催收{s.name()}，你这个案子已经准备起诉了，撤诉费{fee}元，"
            f"转到{_wallet(s)}，我帮你把案子撤下来，不然等传票吧。"
        )
    elif r < 0.9:
        text = (
            f"【{ref}贷后】{who}：你拒不接听电话，我方已安排上门，按规定产生的{s.rng.choice(['交通费', '住宿费', '差旅费'])}{fee}元需先行支付"
            f"至{_wallet(s)}，支付后可改为电话协商。"
        )
    else:
        text = f"已到{place}，差旅费{fee}转{_wallet(s)}，不然上门。{ref}"
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


def t_c_04(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    owed = s.money(5000, 90000)
    waived = round(owed * s.rng.choice([0.3, 0.5, 0.6, 0.7, 1.0]), 2)
    tax = int(waived * s.rng.choice([0.2, 0.2, 0.1, 0.05]))
    stamp = s.rng.choice([50, 88, 120, 200, 300])
    link = _fake_host(
        s,
        lambda: s.rng.choice(
            [f"https://tax-{_low(s, 5)}.{_tld(s)}/pay", f"http://{_low(s, 6)}.{_tld(s)}/ws", s.short_link()]
        ),
    )
    r = s.rng.random()
    if r < 0.3:
        text = (
            f"{greet}，您在{ref}的减免申请已审批通过：原欠款{_yuan(owed)}，减免{_yuan(waived)}。根据《个人所得税法》，"
            f"被豁免的债务属于应税所得，须先缴纳{s.rng.choice(['20%', '规定比例的'])}个人所得税{tax}元方可办理结清。"
            f"请于今日转入税务代缴专员账户：{_person_account(s)}。"
        )
    elif r < 0.5:
        text = (
            f"【{s.brand(inst)}】债务豁免生效前需完成完税：应缴个税{tax}元、印花税{stamp}元，请扫码缴税：{link}"
            f"{s.opt('（逾期未缴，豁免作废，恢复原欠款）', 0.6)}"
        )
    elif r < 0.75:
        text = (
            f"{ref}通知：您的{_yuan(owed)}欠款已核准“{s.rng.choice(['全额免还', '债务豁免', '一次性核销'])}”，请联系税务专员（{_contact(s)}）"
            f"缴纳个税{tax}元，完税证明出具后系统自动清零。"
        )
    elif r < 0.9:
        text = (
            f"{greet}：{ref}减免协议已生成，依法需由债务人缴纳印花税及所得税共{tax + stamp}元，"
            f"缴至{_wallet(s)}（代收代缴），缴纳后协议生效{s.opt('，不缴视为放弃减免', 0.5)}。"
        )
    else:
        text = f"{ref}减免生效前先交个税{tax}元，转{_wallet(s)}，今天截止。"
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


_PROMO_APPS = ("速借通", "米多花", "金豆钱包", "好借呗呗", "闪电花", "豆豆借", "快易贷", "钱满满")


def t_c_05(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    app = s.rng.choice(_PROMO_APPS)
    per = s.rng.choice([300, 500, 800, 1000])
    n = s.rng.choice([5, 8, 10, 15, 20])
    dep = s.rng.choice([399, 599, 880, 1280, 1980])
    per2 = s.rng.choice([5, 10, 20, 30])
    r = s.rng.random()
    if r < 0.3:
        text = (
            f"{greet}，{ref}逾期客户“推广抵债”计划：每邀请1位好友在“{app}”注册并借款，抵扣您的欠款{per}元，"
            f"邀请{n}人即可结清。开通推广资格需缴纳代理保证金{dep}元至{_person_account(s)}。"
        )
    elif r < 0.5:
        text = (
            f"【{s.brand(inst)}】授权我方读取您的手机通讯录并向好友发送推广短信，每发送1条抵扣欠款{per2}元；"
            f"先交激活费{dep}元，{_contact(s)}办理{s.opt('，当天可抵扣上千元', 0.5)}。"
        )
    elif r < 0.72:
        text = (
            f"{ref}：转发我们的广告到朋友圈或家族群，每天{s.rng.choice([3, 5, 10])}条，每条抵{per2}元，满{s.rng.choice([30, 60, 90])}天清账。"
            f"押金{dep}元，转{_wallet(s)}后拉你进任务群。"
        )
    elif r < 0.9:
        text = (
            f"{greet}：{ref}欠款不用自己还！介绍亲友办理“{app}”借款，每成功放款1笔返{per}元直接冲抵欠款。"
            f"首次需购买推广资料包{dep}元，付款{_contact(s)}。"
        )
    else:
        text = f"{_emoji(s, 0.4)}拉{n}个人注册{app}，{ref}欠款全免，入门费{dep}，{_contact(s)}"
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


#: One-line description of each family (kept here, not in generate.py; see verifier/corpus/rounds/round08.md).
BLIND8_STYLES: dict[str, str] = {
    "t_g_01": "a bullet / interest-only (先息后本, 到期还本) loan has matured and the principal was not repaid: now overdue, penalty interest (incl. a field layout)",
    "t_g_02": "consolidated summary of several overdue items at the same bank (card, loan, instalment, annual fee) with a total",
    "t_g_03": "card renewed / replaced (到期换卡, 挂失补卡, 升级): the old card's overdue balance moved to the new card tail, auto-debit lapsed",
    "t_g_04": "overdue official business card (公务卡): the holder personally owes it, reimbursement pending or not, the unit may be told",
    "t_g_05": "disaster / serious-illness hardship relief (纾困): affected overdue customers may apply for deferral, penalty waiver, credit protection",
    "t_s_01": "send hardship documents / repayment pledge by fax, EMS to a made-up office address or a PO box (no payment)",
    "t_s_02": "change the repayment / billing date (还款日调整) so the overdue 'does not count', via a made-up link, keyword SMS or line",
    "t_s_03": "'our calls were blocked / marked as spam by your phone': whitelist or call back a made-up alternative number",
    "t_s_04": "a list of regional (华北 / 华东 …) or per-product post-loan lines, all made up, sometimes next to the real hotline",
    "t_s_05": "car-loan / 以租代购 overdue: the vehicle (plate) is on the repossession list, call a made-up officer / line or link to stop it",
    "t_m_01": "parent registered as 第二还款来源 / family contact of a student credit card: the child (another name) is overdue",
    "t_m_02": "this number is the borrower's designated number in a 《送达地址确认书》 (electronic service); legal notice for someone else",
    "t_m_03": "notice to a foreign / Hong Kong / minority / compound-surname cardholder (English, bilingual or traditional), reaching someone else",
    "t_m_04": "mail-merge error: one SMS holds several customers' records (concatenated notices, a list, a raw JSON blob, 'also sent to')",
    "t_m_05": "the borrower registered this number as their authorised agent (授权代理人 / 受托人) for negotiation; recipient did not agree",
    "t_c_01": "ATM / mobile-banking 'guided operation' on the phone: enter a 'verification number' and 'code' that are a payee and an amount",
    "t_c_02": "repay the discounted debt with WeChat / Alipay / QQ red packets (口令红包, split into 200-yuan packets) in a 'negotiation group'",
    "t_c_03": "the collector's own fees (外访差旅费, 律师出场费, 撤诉费) to his personal WeChat / card, 'we are at your door'",
    "t_c_04": "debt waiver approved but 'income tax / stamp duty on the forgiven debt' must first be paid to a 'tax agent' person or link",
    "t_c_05": "'推广抵债': recruit friends to borrow on an app, spam your contacts or repost ads to offset the debt, after a deposit to a person",
}
