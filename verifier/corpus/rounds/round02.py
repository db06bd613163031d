# ruff: noqa: E501  (template lines are Chinese text, which counts double width; splitting them hurts reading)
"""Second blind held-out set (ids ``y_…``): written without reading the rules; held out in ``test`` until read.

Written "blind", like :mod:`verifier.corpus.rounds.round01`: from general knowledge of 2024–2026 Chinese bank /
consumer-lender / collection-agency / fraud SMS, without reading the project's rules, checks, extraction,
normalisation, feature or model code, and without running the verifier on these messages. The ``x_``
families have since been read by the developers and serve as a development set; these ``y_`` families
replace them as the untouched test set. They use the same slot machinery (verified official channels only
for genuine / mistaken, made-up channels for spoofed / scam) and have their own small helpers here, so that
edits to the ``x_`` module never change these rows.
"""

from __future__ import annotations

from verifier.corpus.families import scam_sender
from verifier.corpus.slots import (
    BANKS_FOR_CARDS,
    CITIES,
    Msg,
    Slots,
    make_msg,
    official_sender,
    self_account,
)
from verifier.registry import Institution

BLIND2_PREFIX = "y_"

_BANK_KINDS = ("bank", "credit_card_centre")


# -- helpers (private to this module, so that the y_ rows never depend on the x_ module) --------------------


def _we(s: Slots, inst: Institution) -> str:
    """How the institution refers to itself."""
    if inst.kind in _BANK_KINDS:
        return s.rng.choice(["我行", "我行", "本行"])
    return s.rng.choice(["我司", "平台", "本公司"])


def _debt(s: Slots, inst: Institution) -> str:
    """What the debt is called: a product, else a generic name by the kind of institution."""
    if inst.products and s.rng.random() < 0.5:
        return s.rng.choice(inst.products)
    if inst.kind == "credit_card_centre":
        return s.rng.choice(["信用卡", "信用卡账户", "信用卡账单", "个人消费贷款"])
    return s.rng.choice(["借款", "贷款", "信用借款"])


def _applied(s: Slots, inst: Institution) -> str:
    """What one applies for: a product, else 信用卡 / 贷款 by the kind of institution."""
    if inst.products and s.rng.random() < 0.5:
        return s.rng.choice(inst.products)
    if inst.kind == "credit_card_centre":
        return s.rng.choice(["信用卡", "信用卡", "个人消费贷款"])
    return s.rng.choice(["借款", "贷款"])


def _yuan(x: float) -> str:
    return f"{x:,.2f}元"


def _masked(name: str, s: Slots) -> str:
    return s.rng.choice([f"{name[0]}*{name[-1]}", f"{name[0]}**", f"{name[0]}*{name[-1]}"])


def _hour(s: Slots, lo: int = 9, hi: int = 18) -> int:
    return s.rng.randint(lo, hi)


def _unregistered(s: Slots, host: str) -> bool:
    """The host is under no domain of the registry at all (verified or not)."""
    return all(i.host_status(host) == "not_official" for i in s.reg.institutions.values())


# -- blind 2: genuine ------------------------------------------------------------------------------------


def y_g_card_instalment(s: Slots, p: dict) -> Msg:
    """A card instalment (账单分期 / 现金分期 / 专项分期) has an unpaid period; risk of early call-in."""
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    kind = s.rng.choice(["账单分期", "现金分期", "汽车分期", "家装分期", "消费分期", "大额专项分期"])
    total = s.rng.choice([6, 12, 12, 18, 24, 36])
    k = s.rng.randint(2, total)
    per = s.money(300, 6000)
    rest = per * (total - k + 1) * s.rng.uniform(0.85, 1.0)
    we = _we(s, inst)
    if s.rng.random() < 0.55:
        text = (
            f"{greet}，您尾号{s.tail()}信用卡办理的{kind}（共{total}期）第{k}期应还本金及手续费合计{_yuan(per)}，"
            f"已于{s.date(-s.days(2, 20))}到期，截至目前尚未还清，剩余未还分期本金{_yuan(rest)}。"
            f"{s.rng.choice(['如持续逾期，', '逾期超过一定期限，'])}{we}有权依据分期合约要求您一次性偿还全部剩余分期款项。"
            f"请尽快通过{s.app(inst)}App还款{s.opt('，还款后分期计划将继续正常执行', 0.5)}。"
        )
    else:
        hl = s.hotline(inst)
        text = (
            f"{s.brand(inst)}信用卡：{kind}第{k}/{total}期{_yuan(per)}未按时入账，已计逾期{s.days(1, 25)}天。"
            f"请于{s.date(s.days(1, 5))}前还款，避免整笔分期提前到期。"
            + (f"疑问请致电{hl}。" if hl and s.rng.random() < 0.7 else "")
        )
    if s.rng.random() < 0.5:
        text = s.sign(inst, text) if not text.startswith(s.brand(inst)) else text
    return make_msg(text, inst, official_sender(s, inst), rec, self_account(s))


def y_g_secured_loan(s: Slots, p: dict) -> Msg:
    """Mortgage (incl. provident-fund combination loan) or car loan: monthly instalment debit failed."""
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    we = _we(s, inst)
    loan = s.rng.choice(
        ["个人住房贷款", "个人住房贷款", "公积金组合贷款（商业部分）", "个人汽车贷款", "个人商用房贷款"]
    )
    n = s.rng.randint(3, 240) if "汽车" not in loan else s.rng.randint(2, 36)
    pay = s.money(1200, 15000) if "汽车" not in loan else s.money(1500, 6000)
    acct = s.tail()
    r = s.rng.random()
    if r < 0.45:
        text = (
            f"{greet}：您在{we}的{loan}（贷款账号尾号{acct}）第{n}期月供{_yuan(pay)}于{s.date(-s.days(1, 12))}扣款未成功，"
            f"还款账户余额不足。请尽快存足款项，{we}将于{s.rng.choice(['每日日终', '次日', '每个工作日'])}再次扣款。"
            f"{s.rng.choice(['连续逾期将影响您的个人信用记录，', '逾期期间按合同约定计收罚息，'])}"
            f"{s.rng.choice(['详情请咨询贷款经办网点。', '如有疑问请携带身份证件至经办网点咨询。', '也可通过' + s.app(inst) + 'App-贷款-还款查询。'])}"
        )
    elif r < 0.75:
        gjj = (
            s.opt("如您已办理公积金冲还贷，公积金冲还后的差额部分仍需由您自行存入，", 0.6)
            if "住房" in loan
            else ""
        )
        text = (
            f"{s.brand(inst)}提醒您：您的{loan}本期月供尚欠{_yuan(pay * s.rng.uniform(0.1, 1))}未还，已逾期{s.days(1, 20)}天。"
            f"{gjj}请于{s.date(s.days(1, 6))}前将款项存入尾号{acct}的还款账户。"
        )
    else:
        hl = s.hotline(inst)
        text = (
            f"【{s.brand(inst)}】您的{loan}已连续{s.rng.randint(2, 3)}期未足额还款，累计逾期本息{s.amount(3000, 60000)}。"
            f"根据借款合同约定，连续逾期{s.rng.choice(['三期', '六期'])}或累计逾期达到一定次数的，{we}有权宣布贷款提前到期。"
            f"请尽快还款" + (f"，详询{hl}。" if hl else "。")
        )
    if not text.startswith(("【", s.brand(inst))):
        text = s.sign(inst, text)
    return make_msg(text, inst, official_sender(s, inst), rec, True if s.rng.random() < 0.6 else None)


def y_g_structured_push(s: Slots, p: dict) -> Msg:
    """App-push / service-notice layout: a title line and fields (账户 / 状态 / 待还 / 操作), one a line or '｜'."""
    inst = s.pick(p["official"])
    _greet, rec = s.self_greeting()
    app = s.app(inst)
    card = inst.kind == "credit_card_centre" and s.rng.random() < 0.7
    loan = s.rng.choice(inst.products) if inst.products and s.rng.random() < 0.6 else "个人消费贷款"
    account = f"信用卡（尾号{s.tail()}）" if card else f"{loan}（尾号{s.tail()}）"
    total = s.money(200, 40000)
    fields = [
        ("账户", account),
        ("状态", f"已逾期{s.days(1, 60)}天"),
        ("待还金额", f"¥{total:,.2f}"),
    ]
    if card and s.rng.random() < 0.6:
        fields.append(("最低还款", f"¥{total * 0.1:,.2f}"))
    if s.rng.random() < 0.5:
        fields.append(("截止日期", s.date(s.days(1, 7))))
    link = s.official_link(inst) if s.rng.random() < 0.35 else None
    if link:
        fields.append(("办理", f"{link} 或 {app}App"))
    else:
        path = s.rng.choice(
            ["首页-还款", "我的-账单-立即还款", "信用卡-还款" if card else "贷款-我的贷款-还款"]
        )
        fields.append(("操作", f"打开{app}App，{path}"))
    title = s.rng.choice(["还款提醒", "逾期提醒", "账单待还提醒", "待办：逾期账单"])
    sep = s.rng.choice(["\n", "｜", "；"])
    body = sep.join(f"{k}：{v}" for k, v in fields)
    head = f"【{s.brand(inst)}】{title}" if s.rng.random() < 0.8 else f"{title}（{s.brand(inst)}）"
    text = head + ("\n" if sep == "\n" else "：") + body
    if s.rng.random() < 0.3:
        text += ("\n" if sep == "\n" else "。") + "如已还款请忽略"
    return make_msg(text, inst, official_sender(s, inst), rec, self_account(s))


_COURT_PLATFORMS = ("人民法院在线服务", "人民法院调解平台", "移动微法院")
_SPECIAL_COURTS = (
    "北京金融法院",
    "上海金融法院",
    "成渝金融法院",
    "杭州互联网法院",
    "广州互联网法院",
    "北京互联网法院",
)


def y_g_premediation(s: Slots, p: dict) -> Msg:
    """The lender says it filed for 诉前调解 on the court's own platform; verify there, pay only to the lender."""
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    we = _we(s, inst)
    court = s.rng.choice([f"{s.rng.choice(CITIES)}市中级人民法院"] * 3 + list(_SPECIAL_COURTS))
    platform = s.rng.choice(_COURT_PLATFORMS)
    if s.rng.random() < 0.55:
        text = (
            f"{greet}，因您的{_debt(s, inst)}逾期{s.days(90, 500)}天未还，{we}已依法向{court}申请诉前调解。"
            f"调解员将通过“{platform}”{'' if platform.endswith('平台') else '平台'}向您发送调解通知，您可在该平台{s.rng.choice(['小程序', ''])}内查询案件信息并参与线上调解。"
            f"调解期间如需还款，请仅通过{s.app(inst)}App或{we}柜面办理，"
            f"{s.rng.choice(['法院及我行均不会要求您向任何个人账户转账。', '任何要求向个人账户转账的均非官方行为。', '请勿向任何个人或所谓“执行账户”付款。'])}"
        )
    else:
        hl = s.hotline(inst)
        text = (
            f"{s.brand(inst)}：{greet}，您的欠款纠纷已由{we}提交{court}诉前调解，"
            f"请留意“{platform}”发送的短信及调解员联系。"
            + (f"对欠款金额有异议可致电{hl}核对。" if hl else "")
            + "调解结果将依法作为后续处理依据，请勿忽视。"
        )
    return make_msg(
        s.sign(inst, text) if s.rng.random() < 0.6 and not text.startswith(s.brand(inst)) else text,
        inst,
        official_sender(s, inst),
        rec,
        self_account(s),
    )


def y_g_settled_record(s: Slots, p: dict) -> Msg:
    """Overdue debt now paid off: how the credit record is updated, with an anti-fraud warning that itself
    names scam phrases (征信修复, 洗白, 安全账户, 屏幕共享)."""
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    we = _we(s, inst)
    paid = s.date(-s.days(0, 6))
    warn = s.rng.choice(
        [
            "任何声称可“修复”“洗白”征信或删除逾期记录的收费服务均为诈骗",
            "征信修复、代理删除逾期记录均为骗局，请勿轻信",
            f"{we}不会以任何名义要求您转账至“安全账户”或开启屏幕共享",
            "凡以“征信异议代理”“内部渠道消除记录”为名收费的均系诈骗",
        ]
    )
    if s.rng.random() < 0.55:
        text = (
            f"{greet}，您的{_debt(s, inst)}逾期欠款已于{paid}全部结清，感谢您的配合。"
            f"{we}将在下一报送周期向征信系统更新该账户状态为“结清”；依据《征信业管理条例》，"
            f"不良信息自结清之日起保留5年后删除。{warn}。"
        )
    else:
        text = (
            f"{greet}：{paid}您已还清{_debt(s, inst)}全部逾期款项{s.amount(300, 50000)}，账户逾期状态已解除。"
            f"如需结清证明，可在{s.app(inst)}App“服务-证明开具”免费申请。{warn}。"
        )
    return make_msg(
        s.sign(inst, text), inst, official_sender(s, inst), rec, True if s.rng.random() < 0.7 else None
    )


# -- blind 2: spoofed ------------------------------------------------------------------------------------


def y_s_manager_mobile(s: Slots, p: dict) -> Msg:
    """Friendly '专属客户经理' offer (停息分期 / 减免) with a personal work mobile, often '微信同号'."""
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    title = s.rng.choice(["专属客户经理", "贷后客户经理", "个贷客户经理", "账户经理"])
    boss = s.name()[0] + s.rng.choice(["经理", "经理", "主任"])
    offer = s.rng.choice(
        [
            f"可为您申请停息分期（最长{s.rng.choice([36, 48, 60])}期）",
            f"可为您申请减免违约金及部分利息{s.money(300, 6000):.0f}元",
            "本月有一次协商延期还款名额",
            "可为您暂停催收并重新制定还款计划",
        ]
    )
    phone = s.rng.choice([s.mobile, s.mobile, s.virtual])()
    contact = s.rng.choice(
        [
            f"请直接致电我的工作手机{phone}（微信同号）",
            f"回电请拨{phone}，来电请报“协商”二字",
            f"如有需要请加我工作微信/手机：{phone}",
            f"办理请联系{phone}，{s.rng.choice(['工作时间9:00-21:00', '周末正常办理', '名额有限'])}",
        ]
    )
    text = (
        f"{greet}您好，我是{s.ref(inst)}的{title}{boss}。您的{_debt(s, inst)}目前逾期{s.days(3, 150)}天，"
        f"{offer}。{contact}。{s.opt('感谢您对' + s.ref(inst) + '的支持！', 0.4)}"
    )
    return make_msg(text, inst, s.rng.choice([None, s.bad_sender(), phone]), rec, self_account(s))


def y_s_group_chat(s: Slots, p: dict) -> Msg:
    """Join an Enterprise-WeChat / QQ / DingTalk 'service group' where 'official staff' handle negotiation."""
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    g = s.rng.random()
    if g < 0.35:
        how = f"添加企业微信“{ref}-协商专员”（企业微信号：{s.wxid()}），通过后拉您进入协商服务群"
    elif g < 0.65:
        how = f"加入QQ群{s.rng.randint(6 * 10**8, 9 * 10**9)}（验证信息填写身份证后四位）"
    elif g < 0.85:
        how = f"打开钉钉搜索群号{s.rng.randint(3 * 10**7, 9 * 10**8)}加入“{ref}逾期客户服务群”"
    else:
        how = f"微信添加群助手{s.wxid()}，备注“姓名+逾期”，助手将邀请您入群"
    text = (
        f"{s.rng.choice([ref + '贷后服务中心：', ref + '客户关怀中心：', '【' + ref + '】'])}{greet}，"
        f"您的{_debt(s, inst)}已逾期{s.days(1, 120)}天。为统一处理逾期客户的{s.rng.choice(['延期', '分期', '减免', '停催'])}申请，"
        f"请{how}，群内工作人员将为您{s.rng.choice(['一对一核实账单', '统一办理', '出具协商方案'])}。"
        f"{s.rng.choice(['名额有限，先到先得。', '今日入群可优先审核。', '未入群视为放弃协商。', ''])}"
    )
    return make_msg(text, inst, s.rng.choice([None, s.bad_sender(), s.bad_sender()]), rec, self_account(s))


_TYPO_TLDS = ("co", "cn.com", "info", "biz", "com.co", "net.co")


def _typo_label(s: Slots, label: str) -> str:
    """A look-alike of a domain label: a swapped letter, a homoglyph, a doubled / dropped letter or a hyphen."""
    swaps = [("i", "l"), ("l", "1"), ("o", "0"), ("m", "rn"), ("n", "m"), ("a", "e"), ("c", "k"), ("b", "d")]
    for _ in range(20):
        r = s.rng.random()
        if r < 0.4:
            a, b = s.rng.choice(swaps)
            if a in label:
                i = s.rng.choice([k for k, ch in enumerate(label) if ch == a])
                out = label[:i] + b + label[i + 1 :]
            else:
                continue
        elif r < 0.6 and len(label) > 3:
            i = s.rng.randrange(1, len(label))
            out = label[:i] + label[i] + label[i:]  # doubled letter
        elif r < 0.8 and len(label) > 4:
            i = s.rng.randrange(1, len(label) - 1)
            out = label[:i] + label[i + 1 :]  # dropped letter
        elif len(label) > 3:
            i = s.rng.randrange(1, len(label) - 1)
            out = label[:i] + label[i + 1] + label[i] + label[i + 2 :]  # transposed letters
        else:
            out = label + s.rng.choice(["-cn", "-app", "bank"])
        if out != label:
            return out
    return label + "-cn"


def _lookalike_domain(s: Slots, inst: Institution) -> str:
    domains = [f.value for f in inst.domains if not f.value.split(".")[0].isdigit()] or [
        f"{s.slug(inst)}.com"
    ]
    d = s.rng.choice(domains)
    label, _, suffix = d.partition(".")
    for _ in range(10):
        if s.rng.random() < 0.55:
            host = f"{_typo_label(s, label)}.{suffix}"
        else:
            host = f"{label}.{s.rng.choice(_TYPO_TLDS)}"
        if _unregistered(s, host):
            return host
    return f"{label}-cn.{s.rng.choice(_TYPO_TLDS)}"


def y_s_typo_domain(s: Slots, p: dict) -> Msg:
    """'官网' link whose host is a typo / homoglyph of the real domain, or the real name under a wrong suffix."""
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    host = _lookalike_domain(s, inst)
    path = s.rng.choice(["", "", "/xyk", "/repay", "/m/hk", "/yq/apply", "/loan/index.html"])
    url = s.rng.choice(["https://", "https://www.", "www.", ""]) + host + path
    hl = s.hotline(inst) if s.rng.random() < 0.35 else None
    text = (
        f"{greet}，您的{_debt(s, inst)}已逾期{s.days(1, 90)}天，应还{s.amount()}。"
        f"{s.rng.choice(['请登录', '请访问', '可登录'])}{s.ref(inst)}官网 {url} "
        f"{s.rng.choice(['在线还款或申请延期', '核对账单并提交协商申请', '办理分期还款', '查看逾期明细'])}"
        + (f"，客服热线{hl}" if hl else "")
        + f"。{s.rng.choice(['', '逾期将影响个人征信。', '请勿轻信其他渠道。'])}"
    )
    return make_msg(s.sign(inst, text), inst, s.rng.choice([None, s.bad_sender()]), rec, self_account(s))


def y_s_outbound_call(s: Slots, p: dict) -> Msg:
    """Pre-announces a call from an 'entrusted outbound line' (landline / +852 / 400 / virtual); call it back."""
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    r = s.rng.random()
    if r < 0.35:
        raw = s.landline()
        number = f"{raw[:-8]}-{raw[-8:]}" if s.rng.random() < 0.5 else raw
    elif r < 0.55:
        number = (
            s.rng.choice(["+852 ", "00852-", "+852"])
            + f"{s.rng.randint(5000, 9999)}{s.rng.randint(0, 9999):04d}"
        )
    elif r < 0.8:
        number = s.fmt_number(s.fake400())
    else:
        number = s.virtual()
    h = _hour(s, 9, 18)
    we = _we(s, inst)
    text = (
        f"{s.ref(inst)}温馨提示：{greet}，您的{_debt(s, inst)}已逾期{s.days(5, 200)}天。"
        f"{we}委托的{s.rng.choice(['贷后外呼中心', '催收外呼专线', '客户服务外呼中心'])}将于"
        f"{s.rng.choice(['今日', '明日', s.date(s.days(1, 3))])}{h}:00-{h + 2}:00通过{number}与您联系，请注意接听；"
        f"{s.rng.choice(['如错过来电，请主动回拨该号码核实账务。', '未接通将视为拒绝协商。', '如不便接听，可回拨办理。'])}"
    )
    sender = s.rng.choice([None, s.bad_sender(), s.bad_sender()])
    return make_msg(text, inst, sender, rec, self_account(s))


def _form_link(s: Slots, inst: Institution) -> str:
    a = s._rand_alnum(s.rng.randint(6, 8))
    for _ in range(5):
        link = s.rng.choice(
            [
                f"https://wj.qq.com/s2/{s.rng.randint(10**7, 10**8 - 1)}/{a[:4].lower()}",
                f"https://jinshuju.net/f/{a}",
                f"https://www.wjx.cn/vm/{a}.aspx",
                f"https://docs.qq.com/form/page/D{a}",
                f"https://f.wps.cn/g/{a}",
                f"https://{a.lower()}.mikecrm.com/{a[:5]}",
                f"https://www.lanzouq.com/i{a.lower()}",
            ]
        )
        host = link.split("/")[2]
        if _unregistered(s, host):
            return link
    return s.short_link()


def y_s_third_party_form(s: Slots, p: dict) -> Msg:
    """Notice or 'electronic 催告函' served through a third-party form / questionnaire / cloud-drive link."""
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    link = _form_link(s, inst)
    if s.rng.random() < 0.55:
        text = (
            f"【{s.brand(inst)}】{greet}，您的{_debt(s, inst)}已逾期{s.days(10, 300)}天，欠款{s.amount()}。"
            f"如需申请{s.rng.choice(['个性化分期', '延期还款', '减免罚息', '停息挂账'])}，请于{s.date(s.days(1, 3))}前填写《协商还款申请表》：{link} "
            f"{s.rng.choice(['（需上传身份证正反面及收入证明）', '，提交后3个工作日内审核', '，逾期未提交视为放弃'])}"
        )
    else:
        text = (
            f"{s.ref(inst)}法务中心：{greet}，关于您{_debt(s, inst)}逾期一事，{s.rng.choice(['《逾期催告函》', '《债权催收告知书》', '《电子律师函》'])}"
            f"已生成，请查阅电子版：{link} ，{s.rng.choice(['并在线签署回执', '阅后请于48小时内回复处理意见', '逾期视为已送达'])}。"
        )
    return make_msg(text, inst, s.rng.choice([None, s.bad_sender()]), rec, self_account(s))


# -- blind 2: mistaken -----------------------------------------------------------------------------------


def y_m_contact_no_liability(s: Slots, p: dict) -> Msg:
    """The borrower's own phone is unreachable; 'your number was given as a reference; you owe nothing'."""
    inst = s.pick(p["official"])
    other = s.name()
    shown = s.rng.choice([other, _masked(other, s), other[0] + s.rng.choice(["先生", "女士"])])
    rel = s.rng.choice(["亲属", "朋友", "同事", "家庭成员"])
    hl = s.hotline(inst)
    text = (
        f"{s.rng.choice(['您好，', '打扰了，'])}{shown}预留的本人手机号码{s.rng.choice(['长期无法接通', '已停机', '近期无人接听'])}，"
        f"您的号码是其在申请{_applied(s, inst)}时填写的{rel}电话。{shown}的账户已逾期{s.days(15, 300)}天，"
        f"烦请方便时提醒其登录{s.app(inst)}App处理。"
        f"{s.rng.choice(['特此说明：本信息不代表您需承担任何还款责任，您无需代为还款。', '您无需承担还款义务，也无需向任何人付款。', '此信息仅作告知，与您本人无关。'])}"
        + (f"如不愿继续接收，请致电{hl}。" if hl and s.rng.random() < 0.5 else "")
    )
    rec = s.name(avoid=other) if s.rng.random() < 0.6 else None
    text = f"{s.brand(inst)}：" + text if s.rng.random() < 0.4 else s.sign(inst, text)
    return make_msg(text, inst, official_sender(s, inst), rec, s.rng.choice([False, False, None]))


def y_m_former_employer(s: Slots, p: dict) -> Msg:
    """Sent to the number given as the borrower's workplace phone; the borrower may have left."""
    inst = s.pick(p["official"])
    other = s.name()
    shown = s.rng.choice([other, other, _masked(other, s)])
    we = _we(s, inst)
    r = s.rng.random()
    if r < 0.5:
        text = (
            f"您好，{shown}在{s.brand(inst)}申请{_applied(s, inst)}时填写的工作单位电话为本号码，现其账户已逾期。"
            f"如{shown}已从贵单位离职，请回复“离职”，{we}将更新其资料；如仍在职，烦请通知其尽快处理。"
        )
    else:
        text = (
            f"贵单位员工{shown}{s.rng.choice(['（曾任职）', '', '（工作单位信息由其本人填写）'])}在{we}的{_debt(s, inst)}已逾期{s.days(30, 400)}天，"
            f"{we}无法与其本人取得联系。{s.rng.choice(['烦请人事部门转告其登录' + s.app(inst) + 'App处理。', '如其已离职，请忽略本信息，我们不会再向本号码发送。', '本信息仅用于联系其本人，不涉及贵单位任何责任。'])}"
        )
    rec = s.name(avoid=other) if s.rng.random() < 0.4 else None
    has = False if rec is None else s.rng.choice([False, None])
    return make_msg(s.sign(inst, text), inst, official_sender(s, inst), rec, has)


def y_m_customer_other_name(s: Slots, p: dict) -> Msg:
    """Formal '<name>客户：您好！' notice naming someone else, to a recipient who IS a customer of this lender.

    Only the name tells: ``has_account`` is True or unknown (the recipient banks there, the debt is not theirs).
    """
    inst = s.pick(p["official"])
    rec = s.name()
    other = s.name(avoid=rec)
    shown = s.rng.choice([other, other, f"{other[0]}*{other[-1]}"])
    head = s.rng.choice(
        [f"{shown}客户：您好！", f"致{shown}：", f"{shown}（尊敬的客户）：", f"尊敬的{shown}客户，"]
    )
    we = _we(s, inst)
    r = s.rng.random()
    if r < 0.5:
        text = (
            f"{head}根据{we}记录，您的{_debt(s, inst)}截至{s.date(-1)}已逾期{s.days(1, 90)}天，"
            f"逾期本金{s.amount(300, 30000)}，已按合同约定计收罚息。请于{s.date(s.days(2, 10))}前通过{s.app(inst)}App"
            f"{s.rng.choice(['或柜面', '或自助设备', ''])}还款。"
        )
    else:
        hl = s.hotline(inst)
        text = (
            f"{head}您名下尾号{s.tail()}的{_debt(s, inst)}本期账单{s.amount(100, 20000)}未按期还款，"
            f"为保障您的信用，请尽快处理" + (f"，详询{hl}。" if hl else "。")
        )
    return make_msg(s.sign(inst, text), inst, official_sender(s, inst), rec, s.rng.choice([True, True, None]))


def y_m_field_borrower(s: Slots, p: dict) -> Msg:
    """Generic greeting, but a 借款人 / 持卡人 field in a structured notice names someone else."""
    inst = s.pick(p["official"])
    rec = s.name()
    other = s.name(avoid=rec)
    role = "持卡人" if inst.kind == "credit_card_centre" and s.rng.random() < 0.6 else "借款人"
    sep = s.rng.choice(["；", "｜", "，", "\n"])
    fields = [
        f"{role}：{s.rng.choice([f'{other[0]}*{other[-1]}', f'{other[0]}**', other])}",
        f"产品：{f'信用卡（尾号{s.tail()}）' if role == '持卡人' else _applied(s, inst)}",
        f"逾期天数：{s.days(1, 180)}天",
        f"应还金额：{s.amount()}",
    ]
    if s.rng.random() < 0.5:
        fields.insert(1, f"证件尾号：{s.rng.randint(0, 999):03d}{s.rng.choice('0123456789X')}")
    head = s.rng.choice(["账务提醒", "逾期账务通知", "贷后提醒", "您好，以下账户已逾期"])
    tail = s.rng.choice(
        [
            f"请通过{s.app(inst)}App还款。",
            "请尽快处理。",
            f"还款请认准{s.app(inst)}App官方渠道。",
        ]
    )
    text = f"【{s.brand(inst)}】{head}{chr(10) if sep == chr(10) else '：'}{sep.join(fields)}{chr(10) if sep == chr(10) else '。'}{tail}"
    has = s.rng.choice([False, False, None])
    return make_msg(
        text, inst, official_sender(s, inst), rec if s.rng.random() < 0.85 or has is None else None, has
    )


def y_m_reply_ack(s: Slots, p: dict) -> Msg:
    """Acknowledges the recipient's earlier reply ('非本人' / '打错了'): reminders for X stop going to this number."""
    inst = s.pick(p["official"])
    other = s.name()
    shown = s.rng.choice([_masked(other, s), other[0] + s.rng.choice(["先生", "女士"]), other])
    we = _we(s, inst)
    hl = s.hotline(inst)
    said = s.rng.choice(["“非本人”", "“不是本人”", "“打错了”", "“号码错误”"])
    text = (
        f"您好，您回复的{said}已收到。经核实，本号码并非{shown}本人，"
        f"{we}已{s.rng.choice(['暂停', '停止'])}向本号码发送该客户的逾期还款提醒，"
        f"{s.rng.choice(['给您带来的打扰深表歉意。', '感谢您的反馈，打扰了。', '由此给您带来不便，敬请谅解。'])}"
        + (f"如仍收到相关短信，请致电{hl}。" if hl and s.rng.random() < 0.6 else "")
    )
    rec = s.name(avoid=other) if s.rng.random() < 0.5 else None
    has = False if rec is None else s.rng.choice([False, None])
    return make_msg(s.sign(inst, text), inst, official_sender(s, inst), rec, has)


# -- blind 2: scam ---------------------------------------------------------------------------------------


def y_c_insider_reduction(s: Slots, p: dict) -> Msg:
    """A self-declared insider offers an 'internal channel' discount, paid to a personal account / e-CNY wallet."""
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    boss = s.name()[0] + s.rng.choice(["主管", "组长", "经理"])
    owed = s.money(3000, 80000)
    pay = owed * s.rng.uniform(0.2, 0.5)
    r = s.rng.random()
    if r < 0.45:
        dest = (
            f"我同事的个人账户（{s.rng.choice(BANKS_FOR_CARDS)} {s.spaced_card(s.card())}，户名{s.name()}）"
        )
    elif r < 0.75:
        dest = f"数字人民币钱包（钱包编号{s.rng.randint(10**15, 10**16 - 1)}，户名{s.name()}）"
    else:
        dest = f"我的支付宝{s.mobile()}（{s.name()[0]}*{s.rng.choice('明华杰丽军强英芳')}）"
    text = (
        f"{greet}，我是{s.ref(inst)}贷后部{boss}，看您逾期时间较长，可以帮您走内部渠道申请减免："
        f"欠款{_yuan(owed)}只需还{pay:.0f}元即可一次性结清并{s.rng.choice(['消除逾期记录', '撤销上报', '停止催收'])}。"
        f"因属内部操作，款项需先转到{dest}，到账后{s.rng.choice(['半小时', '两小时', '当天'])}内出具结清证明。"
        f"{s.rng.choice(['此事请勿向官方客服透露，否则减免作废。', '名额仅限今天。', '切勿走App还款，否则系统无法减免。'])}"
    )
    return make_msg(text, inst, scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


_REMOTE_APPS = ("向日葵远程控制", "ToDesk", "AnyDesk", "TeamViewer", "QQ远程协助", "云屏助手")


def y_c_remote_assist(s: Slots, p: dict) -> Msg:
    """'Your record was flagged by mistake': install a remote-control app and hand over its code / password."""
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    app = s.rng.choice(_REMOTE_APPS)
    give = s.rng.choice(
        [
            "将设备识别码和临时密码发给专员",
            "打开后告知专员设备代码及验证码",
            "按专员指引授权“允许远程控制”",
        ]
    )
    why = s.rng.choice(
        [
            f"系统检测到您的{_debt(s, inst)}逾期记录存在误报",
            f"您的{_debt(s, inst)}因系统升级被错误标记为逾期{s.days(30, 120)}天",
            f"您的{_debt(s, inst)}逾期罚息存在多计，可申请人工核减",
        ]
    )
    text = (
        f"{s.ref(inst)}{s.rng.choice(['客服中心', '账务核查中心', '征信更正专员'])}：{greet}，{why}，需人工处理。"
        f"请在应用商店下载“{app}”，{give}（专线{s.fake_callback()}），由专员远程为您{s.rng.choice(['消除记录', '核对账单并更正', '办理注销与更正'])}，"
        f"{s.rng.choice(['全程约10分钟。', '今日内有效。', '操作期间请勿挂断电话。'])}"
    )
    return make_msg(text, inst, scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


def y_c_capacity_deposit(s: Slots, p: dict) -> Msg:
    """Negotiated instalment 'pre-approved', but final approval needs a deposit to '验证还款能力' (refundable)."""
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    k = s.rng.choice([12, 24, 36, 48, 60])
    monthly = s.money(200, 3000)
    mult = s.rng.choice([2, 3, 3, 5])
    h = _hour(s, 14, 20)
    what = s.rng.choice(["验证还款能力", "流水验证", "资金验证", "还款能力核验"])
    text = (
        f"{greet}，您申请的{s.ref(inst)}逾期协商分期已初审通过（分{k}期，月还{_yuan(monthly)}）。"
        f"按风控要求，终审前需{what}：请于今日{h}点前向以下{s.rng.choice(['验资账户', '核验账户', '风控监管账户'])}"
        f"存入首期月供的{mult}倍即{monthly * mult:.2f}元，开户行{s.rng.choice(BANKS_FOR_CARDS)}，账号{s.spaced_card(s.card())}，"
        f"户名{s.name()}。终审通过后验证金{s.rng.choice(['全额退回至您的还款卡', '自动抵扣首期还款', '原路退回'])}。"
    )
    return make_msg(text, inst, scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


_DISPUTE_FIRMS = ("信安", "鼎正", "诚汇", "中信达", "安信诺", "融正")


def y_c_dispute_agent(s: Slots, p: dict) -> Msg:
    """Paid 'credit-dispute agent' advert: appeal to delete overdue records, cancel campus-loan records, deposit first."""
    inst = s.pick(p["all"])
    firm = f"{s.rng.choice(CITIES)}{s.rng.choice(_DISPUTE_FIRMS)}{s.rng.choice(['征信服务', '信用管理', '法务咨询'])}"
    contact = s.rng.choice(
        [
            f"微信{s.wxid()}",
            f"电话{s.mobile()}",
            f"QQ{s.rng.randint(10**8, 10**10)}",
            f"热线{s.fmt_number(s.fake400())}",
        ]
    )
    extra = s.rng.choice(
        [
            "另可代办校园贷账户注销、清除学生时期借贷记录",
            "另可查询网贷黑名单、代办大数据花了修复",
            "已有上千位客户成功删除记录",
            "银行内部有合作渠道，不成功不收尾款",
        ]
    )
    text = (
        f"【{firm}】专业代理征信异议申诉：{s.product(inst) if inst.kind != 'credit_card_centre' else s.brand(inst)}、各大银行信用卡及网贷逾期记录，以"
        f"{s.rng.choice(['疫情影响、不可抗力', '非本人操作、信息被冒用', '未收到还款提醒'])}等理由向征信中心及放贷机构申诉，"
        f"{s.rng.randint(7, 30)}个工作日删除逾期记录。先付材料费{s.money(300, 2000):.0f}元，"
        f"成功后按{s.rng.choice(['减免金额', '欠款金额', '贷款额度'])}的{s.rng.choice([10, 20, 30])}%收费。{extra}。咨询{contact}"
    )
    return make_msg(text, inst, scam_sender(s, inst), None, s.rng.choice([True, False, None]))


def y_c_credential_rebind(s: Slots, p: dict) -> Msg:
    """Auto-repay agreement 'expired': re-sign by replying card number + expiry + CVV / entering the PIN / a code."""
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    tail = s.tail()
    how = s.rng.choice(
        [
            "直接回复“姓名+身份证号+卡号+有效期+卡背面末三位”重新签约",
            f"点击 {s.bad_link(inst)} 输入还款卡号及交易密码完成重新签约",
            f"回复本短信收到的{s.code_len()}位动态验证码及卡片有效期完成重签",
            "回复还款卡号和取款密码，系统将自动为您重新绑定",
        ]
    )
    text = (
        f"{s.ref(inst)}：{greet}，您的自动还款协议因还款卡（尾号{tail}）{s.rng.choice(['状态异常', '签约过期', '信息不完整'])}已失效，"
        f"导致{_debt(s, inst)}逾期{s.days(1, 30)}天。为避免上报征信，请于{s.date(s.days(0, 2))}前{how}，"
        f"{s.rng.choice(['重签后逾期记录将自动撤销。', '超时系统将自动上报。', '办理后罚息全免。'])}"
    )
    return make_msg(text, inst, scam_sender(s, inst), rec, s.rng.choice([True, False, None]))
