# ruff: noqa: E501  (template lines are Chinese text, which counts double width; splitting them hurts reading)
"""Fourth blind held-out set (ids ``v_…``): written without reading the rules; held out in ``test`` until read.

Written "blind", like :mod:`verifier.corpus.rounds.round01`, :mod:`verifier.corpus.rounds.round02` and
:mod:`verifier.corpus.rounds.round03`: from general knowledge of 2024–2026 Chinese bank / consumer-lender /
collection-agency / fraud SMS, without reading the project's rules, checks, extraction, normalisation, feature,
model or evaluation code, and without running the verifier on these messages. Rounds 1–3 (``x_``, ``y_``,
``z_``) have since been read by the developers; this round replaces them as the untouched test set.

The family ids are deliberately neutral (``v_g_01`` …), and the one-line descriptions live in
:data:`BLIND4_STYLES` here and in ``verifier/corpus/rounds/round04.md``, so that registering the families in
:mod:`verifier.corpus.generate` does not show what they contain. They use the same slot machinery (verified official
channels only for genuine / mistaken, made-up channels for spoofed / scam) but have their own small helpers
(including copies of the sender / account helpers), so that edits to the other corpus modules never change
these rows.
"""

from __future__ import annotations

import re
from typing import Any

from verifier.corpus.slots import BANKS_FOR_CARDS, CITIES, THIRD_PARTY_RE, Msg, Slots
from verifier.registry import Institution

BLIND4_PREFIX = "v_"

_BANK_KINDS = ("bank", "credit_card_centre")


# -- helpers (private to this module, so that the v_ rows never depend on the other corpus modules) ---------


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
    if inst.products and s.rng.random() < 0.4:
        return s.rng.choice(inst.products)
    if inst.kind == "credit_card_centre":
        return s.rng.choice(["信用卡", "信用卡账户", "信用卡", "个人消费贷款"])
    return s.rng.choice(["借款", "贷款", "消费贷款", "借款账户"])


def _debt_at(s: Slots, inst: Institution, ref: str) -> str:
    """The debt named after "在{ref}的": avoids "在X信用卡的信用卡"."""
    d = _debt(s, inst)
    return "账户" if "信用卡" in ref and d.startswith("信用卡") else d


def _yuan(x: float) -> str:
    return f"{x:,.2f}元" if x >= 1000 else f"{x:.2f}元"


def _masked(s: Slots, name: str) -> str:
    return s.rng.choice([f"{name[0]}*{name[-1]}", f"{name[0]}**", f"{name[0]}*{name[-1]}"])


def _honorific(s: Slots, name: str) -> str:
    return name[0] + s.rng.choice(["先生", "女士"])


def _shown(s: Slots, name: str) -> str:
    return s.rng.choice([name, name, _masked(s, name), _honorific(s, name)])


def _unregistered(s: Slots, host: str) -> bool:
    """The host is under no domain of the registry at all (verified or not)."""
    return all(i.host_status(host) == "not_official" for i in s.reg.institutions.values())


def _hhmm(s: Slots, lo: int = 9, hi: int = 19) -> str:
    return f"{s.rng.randint(lo, hi)}:{s.rng.choice(['00', '10', '15', '20', '30', '40', '45', '50'])}"


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


_CITY_DISTRICTS = {
    "北京": ("朝阳区", "海淀区", "丰台区", "通州区"),
    "上海": ("浦东新区", "闵行区", "徐汇区", "静安区"),
    "广州": ("天河区", "越秀区", "番禺区", "白云区"),
    "深圳": ("南山区", "福田区", "宝安区", "龙岗区"),
    "杭州": ("西湖区", "上城区", "余杭区", "萧山区"),
    "南京": ("鼓楼区", "江宁区", "玄武区", "建邺区"),
    "武汉": ("武昌区", "江汉区", "洪山区", "汉阳区"),
    "成都": ("锦江区", "武侯区", "高新区", "金牛区"),
    "西安": ("雁塔区", "碑林区", "未央区", "长安区"),
    "长沙": ("岳麓区", "芙蓉区", "雨花区", "天心区"),
    "郑州": ("金水区", "二七区", "郑东新区", "中原区"),
    "合肥": ("蜀山区", "包河区", "庐阳区", "瑶海区"),
}


def _place(s: Slots) -> str:
    """A city and one of its own districts: "杭州市西湖区"."""
    city = s.rng.choice(sorted(_CITY_DISTRICTS))
    return f"{city}市{s.rng.choice(_CITY_DISTRICTS[city])}"


_ROADS = (
    "人民路",
    "建设路",
    "解放路",
    "中山路",
    "新华路",
    "长江路",
    "和平路",
    "文化路",
    "光明路",
    "世纪大道",
)
_BUILDINGS = ("金融大厦", "国贸中心", "汇金广场", "财富中心", "环球大厦", "时代广场", "商务中心", "鼎盛大厦")


def _address(s: Slots) -> str:
    return (
        f"{_place(s)}{s.rng.choice(_ROADS)}{s.rng.randint(1, 399)}号"
        f"{s.rng.choice(_BUILDINGS)}{s.rng.choice(['', 'A座', 'B座', '东塔'])}{s.rng.randint(3, 28)}层"
    )


# -- round 4: genuine --------------------------------------------------------------------------------------


def _hl(s: Slots, inst: Institution) -> str:
    """A verified hotline (or, failing that, the verified sender number) of the institution."""
    return s.hotline(inst) or s.fmt_number(s.sender(inst) or "")


def v_g_01(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    hl = _hl(s, inst)
    we = _we(s, inst)
    when = s.date(s.days(2, 9))
    half = s.rng.choice(["上午", "下午", "", ""])
    who = s.rng.choice(["贷后外访人员", "我行工作人员", "我行客户经理", "贷后管理人员（两人同行）"])
    r = s.rng.random()
    if r < 0.55:
        text = (
            f"{greet}，您的{_debt(s, inst)}已逾期{s.days(45, 240)}天，欠款{s.amount(3000, 120000)}。"
            f"{we}拟于{when}{half}安排{who}前往您{s.rng.choice(['预留的居住地址', '登记的单位地址', '账单地址'])}上门拜访，了解您的还款情况。"
            f"外访人员将主动出示{we}工作证件，身份可致电{hl}核实；外访人员不收取现金，也不会提供任何个人收款账户。"
            f"还款请通过{s.app(inst)}App或{we}柜面办理。{s.opt('如需改约时间，请致电' + hl + '。', 0.5)}"
        )
    elif r < 0.8:
        text = (
            f"外访预告：{greet}，因您的账户长期逾期且多次联系未果，{we}将于{when}前安排上门走访。"
            f"{s.rng.choice(['如在此之前全额还款，外访自动取消。', '如您已还款，请忽略本短信。', '您也可提前致电' + hl + '协商还款安排。'])}"
            f"{s.rng.choice(['上门人员不收取任何款项。', '请勿向上门人员支付现金。', ''])}"
        )
    else:
        text = (
            f"{greet}：{we}工作人员{s.rng.choice(['今日', s.date(-1)])}上门拜访未能见到您，已在门上留下《上门拜访告知书》。"
            f"您的{_debt(s, inst)}仍逾期{s.amount(2000, 90000)}，请尽快通过{s.app(inst)}App还款或致电{hl}。"
        )
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, _own_account(s, 0.6))


def v_g_02(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    total = s.rng.choice([6, 12, 12, 18, 24, 36, 48, 60])
    k = s.rng.randint(2, total - 1)
    plan = s.rng.choice(["个性化分期", "协商分期", "个性化分期还款", "专项分期", "分期还款"])
    miss = s.days(1, 12)
    due = s.amount(300, 8000)
    r = s.rng.random()
    if r < 0.45:
        text = (
            f"{greet}，您于{s.date(-s.days(60, 400))}办理的{plan}（共{total}期）第{k}期应还{due}，"
            f"已于{s.date(-miss)}到期未还。根据协议约定，如{s.rng.choice(['累计', '连续'])}{s.rng.choice([2, 2, 3])}期未按时足额还款，"
            f"{_we(s, inst)}有权终止该方案，剩余本金、利息及此前减免部分将{s.rng.choice(['恢复计收并一次性到期', '全部恢复原合同约定'])}。"
            f"请尽快通过{s.app(inst)}App还款。"
        )
    elif r < 0.8:
        text = (
            f"{greet}：您的{plan}方案第{k}/{total}期尚有{due}未还（逾期{miss}天）。为避免方案失效，"
            f"请于{s.date(s.days(1, 5))}前存入尾号{s.tail()}还款账户或登录{s.app(inst)}App还款"
            + (f"，如有困难请及时致电{s.hotline(inst)}说明" if s.rng.random() < 0.6 else "")
            + "。"
        )
    else:
        text = (
            f"{plan}违约提醒：{greet}，您第{k}期分期款{due}未按时还款，方案项下优惠可能被取消。"
            f"{s.rng.choice(['请今日内处理。', '如已还款请忽略。', '详情请查看' + s.app(inst) + 'App消息中心。'])}"
        )
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, _own_account(s))


_CMDS = (("ZD", "查询账单明细"), ("HK", "获取还款方式"), ("CXQK", "查询欠款金额"), ("YQ", "查询逾期详情"))


def v_g_03(s: Slots, p: dict) -> Msg:
    def fives(i: Institution) -> list[str]:
        return sorted(
            {f.value for f in (*i.sms_senders, *i.hotlines) if not f.unverified and len(f.value) == 5}
        )

    inst = s.pick([i for i in p["official"] if fives(i)] or p["official"])
    num = s.rng.choice(fives(inst) or [s.sender(inst) or ""])
    greet, rec = s.self_greeting()
    tail = s.tail()
    a, b = s.rng.sample(_CMDS, 2)
    r = s.rng.random()
    if r < 0.4:
        sender = num
        text = (
            f"{greet}，您尾号{tail}的信用卡已逾期{s.days(2, 60)}天，最低还款额{s.amount(100, 9000)}。"
            f"回复“{a[0]}”{a[1]}，回复“{b[0]}”{b[1]}"
            f"{s.rng.choice(['（短信费用按当地标准收取）', '（回复免费）', ''])}。"
        )
    elif r < 0.75:
        sender = num if s.rng.random() < 0.6 else None
        text = (
            f"{greet}，您的{_debt(s, inst)}当前逾期欠款{s.amount(200, 40000)}。如需查询，可编辑短信“{a[0]}#{tail}”发送至{num}；"
            f"还款请登录{s.app(inst)}App{s.opt('或拨打' + num + '转人工', 0.5)}。"
        )
    else:
        sender = num
        text = (
            f"【还款服务】您的账户逾期{s.amount(200, 30000)}。本短信支持自助回复：1-查询应还金额；2-获取还款渠道；"
            f"3-申请人工回电（{num}呼出）。"
            f"{s.opt('回复内容仅用于本次服务。', 0.4)}"
        )
    return _msg(_maybe_sign(s, inst, text), inst, sender, rec, _own_account(s, 0.6))


def v_g_04(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    tail = s.tail()
    r = s.rng.random()
    if r < 0.35:
        fee = s.rng.choice([100, 150, 200, 300, 580, 600])
        text = (
            f"{greet}，您尾号{tail}的信用卡{s.rng.choice(['年费', '年费', '卡片年费'])}{fee}.00元未在到期还款日前缴纳，已形成逾期"
            f"（逾期{s.days(3, 40)}天）。金额虽小，持续逾期仍将影响您的信用记录，请通过{s.app(inst)}App缴清。"
            f"{s.opt('如对年费有疑问，可致电' + _hl(s, inst) + '咨询。', 0.4)}"
        )
    elif r < 0.7:
        small = round(s.rng.uniform(0.3, 60), 2)
        what = s.rng.choice(["利息", "分期手续费", "违约金", "少还的差额", "上期未结清余额"])
        text = (
            f"{greet}：您尾号{tail}的信用卡本期尚有{what}{small:.2f}元未还，账户已逾期{s.days(2, 30)}天。"
            f"{s.rng.choice(['小额欠款同样会上报征信，', '请勿因金额较小而忽视，', ''])}请尽快还清{s.opt('，还清后可致电' + _hl(s, inst) + '咨询信用记录', 0.3)}。"
        )
    else:
        usd = round(s.rng.uniform(0.5, 90), 2)
        text = (
            f"{greet}，您尾号{tail}的双币信用卡美元账户尚欠USD {usd:.2f}，已逾期{s.days(5, 60)}天。"
            f"请通过{s.app(inst)}App“购汇还款”或存入美元现钞还款，{s.rng.choice(['以免影响信用记录。', '避免产生更多违约金。', '感谢配合。'])}"
        )
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, _own_account(s, 0.6))


def v_g_05(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    role = s.rng.choice(["担保人", "保证人", "共同借款人", "共同还款人"])
    hl = _hl(s, inst)
    deadline = s.date(s.days(3, 10))
    r = s.rng.random()
    if r < 0.5:
        text = (
            f"{greet}，您的{_debt(s, inst)}已逾期{s.days(15, 120)}天，欠款{s.amount(3000, 300000)}。"
            f"如您在{deadline}前仍未还款，{_we(s, inst)}将依据借款合同约定，书面通知该笔贷款的{role}并要求其履行"
            f"{s.rng.choice(['连带清偿责任', '还款责任', '保证责任'])}。请通过{s.app(inst)}App或{_we(s, inst)}柜面还款"
            + (f"，咨询请致电{hl}。" if hl else "。")
        )
    elif r < 0.8:
        text = (
            f"{greet}：您名下的{s.rng.choice(['个人住房贷款', '个人经营贷款', '汽车消费贷款', _debt(s, inst)])}已连续逾期，"
            f"根据合同，{_we(s, inst)}已于{s.date(-s.days(1, 5))}将逾期情况告知{role}。"
            f"为避免影响{role}的信用，请尽快还款{s.opt('，详询' + hl + '。', 0.5) or '。'}"
        )
    else:
        text = (
            f"{greet}，您的贷款逾期未还，{deadline}后{_we(s, inst)}将{s.rng.choice(['通知', '联系'])}{role}，"
            f"并可能{s.rng.choice(['依法处置抵押物', '扣划保证金账户', '宣布贷款提前到期'])}。请尽快还款。"
        )
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, _own_account(s, 0.6))


# -- round 4: spoofed --------------------------------------------------------------------------------------


def v_s_01(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    dur = (
        f"{s.rng.randint(0, 2)}分{s.rng.randint(5, 59)}秒"
        if s.rng.random() < 0.5
        else f"{s.rng.randint(20, 95)}秒"
    )
    who = s.rng.choice(
        [f"{ref}贷后管理中心", f"{ref}信用卡中心", f"{ref}法务部", f"{ref}风险处置部", f"{ref}客服"]
    )
    if s.rng.random() < 0.6:
        fake = s.rng.choice([s.fake400, s.landline, s.virtual, s.mobile])()
        how = f"收听请拨打{s.fmt_number(fake)}{s.rng.choice(['，按1进入留言信箱', '，输入留言编号' + s.tail() + '#', '（免长途费）', ''])}"
    else:
        how = f"点击收听：{s.rng.choice([s.short_link(), s.lookalike_link(inst), s.short_link()])}"
    summary = s.rng.choice(
        [
            "关于您逾期账户的重要通知",
            "您的欠款即将进入下一处理阶段",
            "协商还款方案确认",
            "",
        ]
    )
    head = s.rng.choice(["【语音信箱】", "【留言提醒】", "未接来电留言提醒：", ""])
    text = (
        f"{head}{greet}，您有1条新的语音留言，来自“{who}”，时长{dur}。"
        + (f"留言摘要：{summary}。" if summary else "")
        + f"{how}。{s.rng.choice(['留言保存72小时。', '请及时收听，以免错过处理时限。', ''])}"
    )
    return _msg(text, inst, s.rng.choice([None, s.bad_sender(), s.bad_sender()]), rec, _own_account(s))


def v_s_02(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    center = s.rng.choice(
        ["线下协商服务中心", "贷后服务中心", "债务协商受理点", "逾期客户服务站", "区域协商中心"]
    )
    city_center = f"{ref}{center}"
    r = s.rng.random()
    if r < 0.5:
        book = f"到访前请拨打预约电话{s.fake_callback()}"
    elif r < 0.8:
        book = f"请先在线预约：{s.bad_link(inst)}"
    else:
        book = f"预约请添加工作人员微信{s.wxid()}"
    text = (
        f"{greet}，您在{ref}的{_debt_at(s, inst, ref)}已逾期{s.days(10, 200)}天。为方便客户办理，{city_center}已在本地开设，"
        f"可现场办理{s.rng.choice(['停息分期', '减免违约金', '延期还款', '个性化分期', '征信异议'])}。"
        f"地址：{_address(s)}。{book}，携带本人身份证{s.rng.choice(['及本短信', '', '和银行卡'])}前往，{s.rng.choice(['名额有限', '工作日9:00-17:30', '本月底前有效'])}。"
    )
    return _msg(
        _maybe_sign(s, inst, text) if s.rng.random() < 0.3 else text,
        inst,
        s.rng.choice([None, s.bad_sender(), s.bad_sender()]),
        rec,
        _own_account(s),
    )


def v_s_03(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    fake = s.fmt_number(s.rng.choice([s.fake400, s.fake400, s.fake95, s.landline])())
    line = s.rng.choice(
        [
            f"{ref}消费者权益保护专线",
            f"{ref}消保投诉热线",
            "金融消费者权益保护中心热线",
            f"{ref}催收行为监督电话",
            "金融纠纷调解热线",
        ]
    )
    hl = s.hotline(inst)
    r = s.rng.random()
    if r < 0.5:
        text = (
            f"{greet}，您的{_debt(s, inst)}逾期{s.amount()}已进入催收流程。如您对欠款金额、利息罚息或催收方式有异议，"
            f"或因失业、疾病等原因无力还款，请拨打{line}{fake}。{s.rng.choice(['核实后可依法申请暂停催收。', '专人协助申请减免。', '来电24小时内受理。'])}"
        )
    elif r < 0.8:
        text = (
            f"{ref}提示：近期有客户反映遭遇不当催收。如您在还款过程中受到骚扰，请拨打{line}{fake}投诉，"
            f"{s.rng.choice(['核实后可为您办理停催', '我们将为您申请个性化还款方案', '投诉受理后逾期罚息可申请减免'])}。"
            + (f"账单查询仍可拨打{hl}。" if hl and s.rng.random() < 0.4 else "")
        )
    else:
        text = (
            f"【{s.brand(inst)}】{greet}：根据监管要求，逾期客户可申请“暂缓催收”。申请电话：{fake}（{line}），"
            f"{s.rng.choice(['工作日受理', '请于3日内来电', '逾期不再受理'])}。"
        )
    return _msg(text, inst, s.rng.choice([None, None, s.bad_sender()]), rec, _own_account(s))


def _esign_link(s: Slots, inst: Institution) -> str:
    slug = s.slug(inst)
    a = s._rand_alnum(s.rng.randint(6, 10))
    for _ in range(10):
        link = s.rng.choice(
            [
                f"https://esign.{slug}-{s.rng.choice(['xy', 'ht', 'fw', 'dh'])}.{s.rng.choice(['cn', 'com', 'top', 'vip'])}/c/{a}",
                f"https://{slug}.qian{s._rand_alnum(3).lower()}.com/sign?id={a}",
                f"http://sign-{s._rand_alnum(5).lower()}.{s.rng.choice(['cc', 'top', 'net'])}/contract/{a}",
                f"https://ht.{s._rand_alnum(5).lower()}-esign.com/{a}",
                f"{slug}-xieyi.{s.rng.choice(['top', 'icu', 'site', 'cn'])}/s/{a[:6]}",
            ]
        )
        host = re.sub(r"^https?://", "", link).split("/")[0]
        if _unregistered(s, host):
            return link
    return s.short_link()


def v_s_04(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    doc = s.rng.choice(
        [
            "《分期还款协议》",
            "《还款承诺书》",
            "《债务和解协议》",
            "《延期还款补充协议》",
            "《逾期减免确认书》",
        ]
    )
    link = _esign_link(s, inst)
    check = s.rng.choice(
        ["需完成人脸识别及银行卡验证", "签署时请按页面提示完成实名认证", "签署需上传身份证正反面", ""]
    )
    if s.rng.random() < 0.6:
        text = (
            f"{ref}：{greet}，您申请的逾期{s.rng.choice(['分期', '减免', '延期'])}方案已审核通过，"
            f"{doc}已生成，请于{s.rng.choice(['24小时', '48小时', '今日18点'])}内点击 {link} 完成电子签署"
            + (f"（{check}）" if check else "")
            + f"。逾期未签署视为放弃方案，欠款{s.amount()}将恢复原计划。"
        )
    else:
        text = (
            f"【电子签约提醒】{ref}向您发起{doc}签署，合同编号尾号{s.tail()}。"
            f"签署地址：{link} 。{check + '。' if check else ''}{s.opt('如非本人申请请忽略。', 0.3)}"
        )
    return _msg(text, inst, s.rng.choice([None, s.bad_sender(), s.bad_sender()]), rec, _own_account(s))


def _overseas_sender(s: Slots) -> str:
    r = s.rng.random()
    if r < 0.2:
        num = "852" + s.rng.choice("5679") + _digits(s, 7)
    elif r < 0.3:
        num = "853" + "6" + _digits(s, 7)
    elif r < 0.45:
        num = "63" + "9" + _digits(s, 9)
    elif r < 0.6:
        num = "855" + s.rng.choice(["1", "6", "7", "9"]) + _digits(s, s.rng.choice([7, 8]))
    elif r < 0.7:
        num = "60" + "1" + _digits(s, 8)
    elif r < 0.8:
        num = "886" + "9" + _digits(s, 8)
    else:
        return s.landline()
    if s.rng.random() < 0.3:
        num = "00" + num
    return num


def v_s_05(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    hl = s.hotline(inst)
    ref = s.ref(inst)
    tail = s.tail()
    r = s.rng.random()
    if r < 0.45:
        text = (
            f"{greet}，您尾号{tail}的{_debt(s, inst)}已逾期{s.days(2, 90)}天，应还{s.amount()}。"
            f"请及时登录{s.app(inst)}App还款" + (f"或致电{hl}咨询" if hl else "") + "，以免影响个人信用。"
        )
    elif r < 0.75:
        text = (
            f"{ref}温馨提示：{greet}，您的账户存在逾期欠款{s.amount()}，"
            f"{s.rng.choice(['我们将持续关注您的还款情况', '逾期记录将按规定报送征信', '请于3日内处理'])}。"
            + (f"客服热线{hl}。" if hl else "")
        )
    else:
        text = f"{greet}：您的{_debt(s, inst)}已逾期{s.days(1, 60)}天，欠款{s.amount()}，请尽快通过{s.app(inst)}App还款。{s.opt('已还请忽略。', 0.5)}"
    return _msg(_maybe_sign(s, inst, text), inst, _overseas_sender(s), rec, _own_account(s))


def _mistaken(
    s: Slots, text: str, inst: Institution, sender: str | None, rec: str | None, has: bool | None
) -> Msg:
    """A mistaken row: without a recipient name to compare, the wrong person must show in the text or metadata."""
    if rec is None and has is not False and not THIRD_PARTY_RE.search(text):
        has = False
    return _msg(text, inst, sender, rec, has)


# -- round 4: mistaken -------------------------------------------------------------------------------------


def v_m_01(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = s.name(avoid=rec)
    shown = _shown(s, other)
    what = s.rng.choice(["信用卡", "信用卡", "个人消费贷款"])
    r = s.rng.random()
    if r < 0.5:
        text = (
            f"您好，您于{s.date(-s.days(200, 900))}作为推荐人推荐办理我行{what}的客户{shown}，其账户目前已逾期{s.days(10, 150)}天。"
            f"烦请您方便时提醒其尽快还款。{s.rng.choice(['推荐人不承担还款责任。', '本短信仅作告知，您无需代为还款。', ''])}"
        )
    elif r < 0.8:
        text = (
            f"【推荐人告知】您推荐的新客户{shown}（{what}）已逾期未还。根据推荐活动规则，"
            f"{s.rng.choice(['该笔推荐奖励暂不发放', '您的推荐积分将暂缓入账'])}，请提醒其及时还款。"
        )
    else:
        hl = _hl(s, inst)
        text = f"尊敬的推荐人：经您推荐在{s.brand(inst)}办卡的{shown}已连续逾期，如您与其仍有联系，请转告其致电{hl}。"
    has = s.rng.choice([True, None, False]) if s.rng.random() < 0.8 else None
    rec_out = rec if s.rng.random() < 0.75 else None
    return _mistaken(s, _maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec_out, has)


def v_m_02(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = s.name(avoid=rec)
    shown = _shown(s, other)
    branch = s.rng.choice(CITIES) + s.rng.choice(["分行营业部", "支行", "城区支行", "分行"])
    when = s.date(-s.days(40, 400))
    r = s.rng.random()
    if r < 0.5:
        text = (
            f"您好，系统显示您曾于{when}在我行{branch}柜面为客户{shown}代办还款。{shown}本期应还{s.amount(300, 20000)}"
            f"目前已逾期{s.days(3, 60)}天，如方便请转告其及时还款。{s.rng.choice(['代办人无需承担还款责任。', '如您与其已无联系，请忽略本短信。', ''])}"
        )
    elif r < 0.8:
        text = (
            f"您好！您此前作为代还款人为{shown}的{s.rng.choice(['信用卡', '贷款'])}还过款，现其账户再次逾期{s.amount(300, 30000)}。"
            f"烦请代为转达，请其登录{s.app(inst)}App处理。"
        )
    else:
        text = f"{branch}提示：{when}代{shown}办理还款的客户您好，{shown}名下欠款尚未结清，请通知其尽快还款，谢谢。"
    has = s.rng.choice([True, None, False])
    return _mistaken(
        s,
        _maybe_sign(s, inst, text),
        inst,
        _official_sender(s, inst),
        rec if s.rng.random() < 0.7 else None,
        has,
    )


def v_m_03(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = s.name(avoid=rec)
    cust = s.rng.choice([other, other, _masked(s, other)])
    tail = s.tail()
    days = s.days(3, 120)
    r = s.rng.random()
    if r < 0.4:
        text = (
            f"【任务提醒】您好，您名下待处理催收任务：客户{cust}，卡号尾号{tail}，逾期{days}天，欠款{s.amount(500, 60000)}。"
            f"请于今日{_hhmm(s, 15, 18)}前完成电话提醒，提醒其还款并在作业系统登记结果。"
        )
    elif r < 0.75:
        text = (
            f"【贷后工单】工单尾号{s.tail()}：借款人{cust}，{_debt(s, inst)}逾期{days}天，"
            f"承诺还款日{s.date(s.days(1, 4))}，请经办人跟进并通知其按时还款。"
        )
    else:
        text = (
            f"外访排班通知：明日{s.rng.choice(['上午', '下午'])}请前往{_place(s)}"
            f"走访客户{cust}（逾期{days}天），走访后当日提交外访报告。"
        )
    has = s.rng.choice([True, None, False])
    return _mistaken(
        s, text, inst, _official_sender(s, inst, 0.8), rec if s.rng.random() < 0.7 else None, has
    )


def v_m_04(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = s.name(avoid=rec)
    shown = _shown(s, other)
    hl = _hl(s, inst)
    who = s.rng.choice(["房东", "物业", "业主", ""])
    r = s.rng.random()
    if r < 0.5:
        text = (
            f"您好{('（' + who + '）') if who else ''}，{_we(s, inst)}客户{shown}登记的居住地址为{_place(s)}某小区，"
            f"住宅电话登记为本号码。因其{_debt(s, inst)}逾期，烦请代为转达，请其尽快致电{hl}。"
            f"如该客户已搬离，请回复“搬离”，我们将更新信息。"
        )
    elif r < 0.8:
        text = (
            f"{s.rng.choice(['物业服务中心', '尊敬的业主', '您好'])}：{_we(s, inst)}正在核实客户{shown}的居住信息，"
            f"其预留住宅电话为本号码。如{shown}仍在此居住，请提醒其处理{s.brand(inst)}账户逾期事宜；如不在此居住，请忽略。"
        )
    else:
        text = (
            f"您好，本号码为{shown}在{_we(s, inst)}登记的家庭住址电话。{shown}的账户已逾期{s.days(10, 180)}天，"
            f"如您非其同住人，请回复“N”，{_we(s, inst)}将删除该号码。"
        )
    has = s.rng.choice([False, None, None])
    return _mistaken(
        s,
        _maybe_sign(s, inst, text),
        inst,
        _official_sender(s, inst),
        rec if s.rng.random() < 0.7 else None,
        has,
    )


def v_m_05(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = s.name(avoid=rec)
    shown = s.rng.choice([other, other, _honorific(s, other), _masked(s, other)])
    what = s.rng.choice(
        [
            "个性化分期申请",
            "延期还款申请",
            "还款计划变更申请",
            "违约金减免申请",
            "结清证明开具申请",
            "征信异议申请",
        ]
    )
    hl = _hl(s, inst)
    r = s.rng.random()
    if r < 0.45:
        text = (
            f"{shown}您好，您于{s.date(-s.days(1, 6))}提交的{what}已受理（受理编号尾号{s.tail()}），"
            f"{_we(s, inst)}将在{s.rng.choice(['3', '5', '7'])}个工作日内完成审核并短信告知结果。"
            f"{s.opt('审核期间请保持电话畅通。', 0.5)}"
        )
    elif r < 0.8:
        new_due = s.date(s.days(20, 60))
        text = (
            f"{shown}：您的{what}审核通过。逾期欠款{s.amount(1000, 80000)}分{s.rng.choice([6, 12, 24, 36])}期偿还，"
            f"首期还款日{new_due}，请按时通过{s.app(inst)}App还款。" + (f"咨询{hl}。" if hl else "")
        )
    else:
        text = (
            f"{shown}您好，很抱歉，您的{what}未通过审核，原因：{s.rng.choice(['资料不完整', '不符合办理条件', '逾期金额已变动'])}。"
            f"如需重新申请请致电{hl}。"
        )
    has_rec = s.rng.random() < 0.8
    has = s.rng.choice([True, None, False]) if has_rec else False
    return _mistaken(
        s, _maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec if has_rec else None, has
    )


# -- round 4: scam -----------------------------------------------------------------------------------------


def _person_account(s: Slots) -> str:
    r = s.rng.random()
    if r < 0.55:
        return f"{s.rng.choice(BANKS_FOR_CARDS)} {s.spaced_card(s.card())}（户名：{s.name()}）"
    if r < 0.8:
        return f"支付宝账号{s.mobile()}（{s.name()}）"
    return f"微信{s.wxid()}（{s.rng.choice(['财务', '专员', '经理'])}{s.name()}）"


def v_c_01(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    owed = s.money(5000, 150000)
    rate = s.rng.choice([2, 3, 5, 8])
    fee = round(owed * rate / 100, 2)
    r = s.rng.random()
    if r < 0.5:
        text = (
            f"{greet}，您在{s.ref(inst)}的逾期欠款{_yuan(owed)}可由我司垫资一次性结清，结清后征信恢复，"
            f"可重新申请{s.rng.choice(['新额度', '大额贷款', '低息贷款'])}归还垫资。垫资前需支付{rate}%服务费{_yuan(fee)}，"
            f"请转至{_person_account(s)}，到账后{s.rng.choice(['1小时内放款还款', '当天处理', '立即安排过桥资金'])}。"
        )
    elif r < 0.8:
        text = (
            f"过桥资金·专业代还：{s.ref(inst)}逾期、{s.rng.choice(['信用卡', '网贷', '房贷'])}逾期均可垫还，当天到账。"
            f"需先缴纳{s.rng.choice(['验资保证金', '资金占用费', '风控审核费'])}{s.rng.choice([1000, 1500, 2000, 3000, 5000])}元，"
            f"联系{s.rng.choice(['经理' + s.mobile(), '微信' + s.wxid(), 'QQ' + _qq(s)])}。"
        )
    else:
        text = (
            f"{greet}：我方可为您先行代还{s.ref(inst)}欠款，但需您将名下银行卡及手机银行登录密码交由我方操作，"
            f"用于垫资进出，并先付{s.rng.choice([800, 1200, 2000])}元操作费至{_person_account(s)}。"
        )
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


def v_c_02(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    year = s.now.year + s.rng.choice([0, 0, 1])
    policy = s.rng.choice(
        [
            f"《{year}年个人债务纾困专项政策》",
            "人民银行逾期债务减免新规",
            f"{year}年国家逾期人员帮扶补贴",
            "国务院“个人信用修复”惠民政策",
            "金融监管总局逾期债务一次性减免通知",
        ]
    )
    pct = s.rng.choice([30, 50, 60, 70, 80])
    r = s.rng.random()
    if r < 0.4:
        step = f"申请需先缴纳资格审核费{s.rng.choice([99, 199, 298, 500])}元至{_person_account(s)}，审核通过后补贴直接抵扣欠款"
    elif r < 0.75:
        step = (
            f"请回复您的银行卡号及收到的短信验证码，补贴资金将发放至该卡，"
            f"{s.rng.choice(['验证码5分钟内有效', '验证码仅用于补贴发放', ''])}"
        ).rstrip("，")
    else:
        step = (
            f"请下载“{s.rng.choice(['政务通', '惠民补贴', '个人纾困', '国家补贴'])}”App登记，并开启屏幕共享由工作人员指导填写，"
            f"下载地址{s.rng.choice([s.short_link(), s.bad_link(inst)])}"
        )
    text = (
        f"{greet}，根据{policy}，您在{s.ref(inst)}的逾期欠款符合国家补贴减免条件，可减免{pct}%。{step}。"
        f"{s.rng.choice(['名额有限，截止本月底。', '逾期未申请视为自动放弃。', ''])}"
    )
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


def v_c_03(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    owed = s.money(2000, 80000)
    act = s.rng.choice(["还款回馈", "周年庆", "诚信客户感恩", "逾期客户关怀", "幸运免单"])
    pct = s.rng.choice([10, 15, 20])
    fee = round(owed * pct / 100, 2)
    what = s.rng.choice(["个人所得税", "公证费", "手续费", "保证金"])
    r = s.rng.random()
    if r < 0.55:
        text = (
            f"{greet}，恭喜您在{s.ref(inst)}“{act}”活动中被抽中“免还名额”，名下欠款{_yuan(owed)}可全额免除。"
            f"按规定领取前需先缴纳{pct}%{what}{_yuan(fee)}，请转入{_person_account(s)}，"
            f"{s.rng.choice(['到账后系统自动清零欠款。', '逾期未领视为放弃。', '24小时内有效。'])}"
        )
    else:
        text = (
            f"{s.ref(inst)}中奖通知：{greet}，您的逾期账户在本期抽奖中获得“欠款全免”一等奖（编号{s.tail()}）。"
            f"请联系领奖专员{s.rng.choice(['QQ' + _qq(s), '微信' + s.wxid(), s.mobile()])}，"
            f"缴纳{what}{s.rng.choice([288, 500, 980, 1200])}元后办理免还手续。"
        )
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


def v_c_04(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    amt = s.rng.choice([3000, 5000, 8000, 10000, 20000, 30000, 50000])
    who = s.name()
    r = s.rng.random()
    if r < 0.45:
        text = (
            f"{s.ref(inst)}{s.rng.choice(['贷后部', '外访组', '结清中心'])}：{greet}，您的逾期欠款已批准减免结清，"
            f"因线上转账易被风控拦截，请{s.rng.choice(['今日', '明日上午'])}取现{amt}元，"
            f"我司外访专员{who}将于{_hhmm(s, 10, 20)}上门当面收取并出具结清证明{s.opt('（见面请核对工牌）', 0.5)}。"
            f"{s.rng.choice(['取款时如柜员询问，请说是家用。', '此事请勿告知家人，以免影响办理。', ''])}"
        )
    elif r < 0.75:
        text = (
            f"{greet}，为保障资金安全，本次{s.ref(inst)}欠款结清须以实物黄金交割：请购买等值金条{s.rng.choice([20, 30, 50, 100])}克，"
            f"快递至{_address(s)}，收件人{who}（{s.mobile()}），签收后为您办理结清。"
        )
    else:
        text = (
            f"{s.ref(inst)}：{greet}，您的还款请勿通过App，统一由我司工作人员上门收取现金{amt}元。"
            f"请将现金装入信封，交给{s.rng.choice(['上门的同事', '骑手', '快递员'])}即可，{s.rng.choice(['收到后当天销账。', '全程保密。'])}"
        )
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


def v_c_05(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    per_card = s.rng.choice([800, 1000, 1500, 2000, 3000])
    per_sim = s.rng.choice([200, 300, 500])
    contact = s.rng.choice([f"专员微信{s.wxid()}", f"QQ{_qq(s)}", f"经理{s.mobile()}"])
    r = s.rng.random()
    if r < 0.4:
        text = (
            f"{s.ref(inst)}{s.rng.choice(['债务帮扶', '减债计划', '贷后协商'])}：{greet}，您的逾期欠款可通过出借闲置银行卡抵扣。"
            f"每提供一张一类卡（含手机银行及U盾）抵扣{per_card}元，电话卡每张抵扣{per_sim}元，"
            f"{s.rng.choice(['使用期满后归还', '用完即还', '用途为企业走账'])}。详询{contact}。"
        )
    elif r < 0.75:
        pct = s.rng.choice([1, 2, 3, 5])
        text = (
            f"{greet}，逾期无力还款？只需用您的银行卡帮我司客户代收代付货款（走流水），每笔返点{pct}%直接抵扣"
            f"{s.ref(inst)}欠款，不用花一分钱。{s.rng.choice(['日结', '当天可做', '操作简单'])}，加{contact}。"
        )
    else:
        text = (
            f"{greet}：您在{s.ref(inst)}的欠款{s.amount()}可申请“以卡抵债”。请将名下银行卡、身份证复印件及开户手机卡"
            f"邮寄至{_address(s)}，收件人{s.name()}，{s.rng.choice(['抵扣后逾期记录同步撤销。', '三个月后原卡寄回。'])}"
        )
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


#: One-line description of each family (kept here, not in generate.py; see verifier/corpus/rounds/round04.md).
BLIND4_STYLES: dict[str, str] = {
    "v_g_01": "announced home / field visit (外访) by the bank's staff: verify via the official hotline, staff take no cash",
    "v_g_02": "instalment of an already-agreed negotiated plan missed: the plan may lapse",
    "v_g_03": "SMS self-service commands: reply a keyword to the official short number, or text it there",
    "v_g_04": "tiny overdue amount: unpaid annual fee, interest / fee residue, or a small USD balance of a dual-currency card",
    "v_g_05": "warning to the borrower that the guarantor / co-borrower will be (or has been) notified",
    "v_s_01": "'you have a new voicemail' from the lender's department: listen by calling a made-up number or a link",
    "v_s_02": "a local offline 'negotiation service centre' at a street address, booked by a made-up number, link or WeChat",
    "v_s_03": "made-up 'consumer-rights / complaint / regulator' line for disputes or pausing collection",
    "v_s_04": "electronic signing of a repayment agreement on a made-up e-signature host",
    "v_s_05": "ordinary genuine-looking text, but the sender is an overseas (+852 / +63 / +855 …) or landline number",
    "v_m_01": "the recipient is the referrer (推荐人) of someone else's card / loan application",
    "v_m_02": "the recipient once repaid at a branch counter on someone else's behalf (代还款人)",
    "v_m_03": "the bank's internal collector task / work order / visit roster sent to a customer by mistake",
    "v_m_04": "this number is the borrower's registered home / residence phone (landlord, property office, former flat)",
    "v_m_05": "receipt / result of someone else's application (分期 / 延期 / 结清证明 …) addressed to that person",
    "v_c_01": "bridge funding (垫资 / 过桥代还) to clear the overdue debt, upfront fee or bank-card control",
    "v_c_02": "fake government / central-bank debt-relief subsidy: fee, card + verification code, or app with screen sharing",
    "v_c_03": "'you won a debt waiver' lottery: pay tax / notary / handling fee first",
    "v_c_04": "settle in cash handed to a visiting 'officer', or buy gold bars and mail them",
    "v_c_05": "rent out / lend bank cards and SIM cards or run 'turnover' transfers to offset the debt (money mule)",
}
