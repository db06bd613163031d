# ruff: noqa: E501  (template lines are Chinese text, which counts double width; splitting them hurts reading)
"""Sixth blind held-out set (ids ``w_…``): written without reading the rules; held out in ``test`` until read.

Written "blind", like :mod:`verifier.corpus.rounds.round01` … :mod:`verifier.corpus.rounds.round05`: from general knowledge of
2024–2026 Chinese bank / consumer-lender / collection-agency / fraud SMS, without reading the project's rules,
checks, extraction, normalisation, prefilter, feature, combine, model, training, evaluation or advice code, and
without running the verifier on these messages. Rounds 1–5 (``x_``, ``y_``, ``z_``, ``v_``, ``u_``) have since
been read by the developers; this round replaces them as the untouched test set.

The family ids are deliberately neutral (``w_g_01`` …), and the one-line descriptions live in
:data:`BLIND6_STYLES` here and in ``verifier/corpus/rounds/round06.md``, so that registering the families in
:mod:`verifier.corpus.generate` does not show what they contain. They use the same slot machinery (verified official
channels only for genuine / mistaken, made-up channels for spoofed / scam) but have their own small helpers
(including copies of the sender / account helpers), so that edits to the other corpus modules never change
these rows.
"""

from __future__ import annotations

import re
from typing import Any

from verifier.corpus.slots import (
    BANKS_FOR_CARDS,
    CITIES,
    MEETING_APPS,
    SURNAMES,
    THIRD_PARTY_RE,
    Msg,
    Slots,
    fake_names,
)
from verifier.registry import Institution

BLIND6_PREFIX = "w_"

_BANK_KINDS = ("bank", "credit_card_centre")


# -- helpers (private to this module, so that the w_ rows never depend on the other corpus modules) ---------


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
    return s.rng.choice(["⚠️", "📢", "🔔", "📌", "❗", "👉", "✅", "💰"]) if s.rng.random() < p else ""


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
        return f"支付宝{s.mobile()}（{s.rng.choice(['实名', '户名', '收款人'])}{s.name()}）"
    return f"微信{s.wxid()}（{s.rng.choice(['财务', '专员', '结算'])}{s.name()}）"


def _contact(s: Slots) -> str:
    return s.rng.choice(
        [
            f"专员微信{s.wxid()}",
            f"微信{s.wxid()}",
            f"QQ{_qq(s)}",
            f"经理{_spaced(s, s.mobile())}",
            f"专线{s.fmt_number(s.fake400())}",
        ]
    )


_ROADS = ("人民路", "解放路", "中山路", "建设路", "长江路", "新华路", "滨江路", "文化路", "东风路", "科技园")


def _branch(s: Slots, inst: Institution) -> str:
    city = s.rng.choice(CITIES)
    return s.rng.choice(
        [
            f"{city}{s.rng.choice(_ROADS)}支行",
            f"{city}分行营业部",
            f"{city}分行个人信贷中心",
            f"{city}{s.rng.choice(_ROADS)}支行二楼贵宾室",
            f"{s.brand(inst)}{city}分行信用卡中心客户服务部",
        ]
    )


_COURT_CITIES = {
    "北京": ("京", ("朝阳区", "海淀区", "丰台区", "西城区")),
    "上海": ("沪", ("浦东新区", "闵行区", "徐汇区", "静安区")),
    "广州": ("粤", ("天河区", "越秀区", "番禺区", "白云区")),
    "深圳": ("粤", ("南山区", "福田区", "宝安区", "龙岗区")),
    "杭州": ("浙", ("西湖区", "余杭区", "萧山区", "拱墅区")),
    "南京": ("苏", ("鼓楼区", "江宁区", "建邺区", "玄武区")),
    "武汉": ("鄂", ("武昌区", "洪山区", "江汉区", "江岸区")),
    "成都": ("川", ("锦江区", "武侯区", "成华区", "青羊区")),
    "重庆": ("渝", ("渝中区", "江北区", "渝北区", "沙坪坝区")),
    "西安": ("陕", ("雁塔区", "碑林区", "未央区", "长安区")),
    "长沙": ("湘", ("岳麓区", "芙蓉区", "天心区", "雨花区")),
    "郑州": ("豫", ("金水区", "二七区", "中原区", "管城区")),
    "济南": ("鲁", ("历下区", "市中区", "槐荫区", "历城区")),
    "合肥": ("皖", ("蜀山区", "包河区", "庐阳区", "瑶海区")),
}


def _court_case(s: Slots) -> tuple[str, str, str]:
    """(court, civil case number, city): a district court and a case number of the same province."""
    city = s.rng.choice(sorted(_COURT_CITIES))
    abbr, districts = _COURT_CITIES[city]
    court = f"{city}市{s.rng.choice(districts)}人民法院"
    year = s.now.year - s.rng.choice([0, 0, 1])
    case = f"（{year}）{abbr}{s.rng.randint(1, 19):02d}{s.rng.randint(1, 30):02d}民初{s.rng.randint(1000, 59999)}号"
    return court, case, city


# -- round 6: genuine --------------------------------------------------------------------------------------


_AGENCIES_G = (
    "华瑞商务咨询有限公司",
    "恒泰信息服务有限公司",
    "中诚资产管理有限公司",
    "远景数据外包服务有限公司",
    "德衡法务服务有限公司",
    "正信律师事务所",
)


def w_g_01(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    we = _we(s, inst)
    owed = s.amount(500, 80000)
    issue = s.rng.choice(
        [
            "催收人员频繁来电的问题",
            "催收人员联系您亲友的问题",
            "夜间接到催收电话的问题",
            "催收人员言语不当的问题",
            "逾期费用计算的疑问",
            "委外机构上门的问题",
        ]
    )
    action = s.rng.choice(
        [
            "已要求合作机构停止联系您的紧急联系人",
            "已对相关催收人员进行处理，并为您更换了服务人员",
            "今后我们仅在每日8:00至21:00之间与您联系",
            f"已为您暂停外呼{s.rng.choice(['3', '7', '15'])}天，期间您可自主安排还款",
            f"经重新核算，您的欠款金额无误（其中逾期利息{s.amount(20, 3000)}，违约金{s.amount(10, 500)}）",
            "已要求合作机构不得再上门拜访，后续仅通过电话与短信联系",
        ]
    )
    r = s.rng.random()
    if r < 0.45:
        via = s.rng.choice(["我行客服热线", "在线客服", "信函", "网点意见簿", "App“投诉建议”"])
        text = (
            f"{greet}，您于{s.date(-s.days(2, 20))}通过{via}反映的{issue}（工单号尾号{s.tail()}），{we}已核实处理：{action}。"
            f"您的{_debt(s, inst)}目前仍有逾期欠款{owed}，请通过{_app_word(s, inst)}还款。"
            f"{s.rng.choice(['如对处理结果有异议，可致电' + _hl(s, inst) + '。', '感谢您的监督与反馈。', '', '您也可致电' + _hl(s, inst) + '申请协商还款。'])}"
        )
    elif r < 0.75:
        agency = s.rng.choice(CITIES) + s.rng.choice(_AGENCIES_G)
        text = (
            f"{greet}：{we}已于{s.date(-s.days(0, 5))}终止委托{agency}对您账户的催收服务，该机构及其人员自即日起不再代表{we}联系您，"
            f"也无权以任何名义收取款项。后续还款请直接通过{_app_word(s, inst)}办理{s.opt('，或致电' + _hl(s, inst) + '咨询', 0.6)}。"
            f"{s.opt('您的欠款' + owed + '仍需按约归还。', 0.5)}"
        )
    else:
        short = s.rng.choice(["催收来电过多", "亲友被联系", "催收态度", "欠款金额疑问"])
        text = f"投诉处理结果：您反映的“{short}”已处理，{action}。当前欠款{owed}仍逾期，请及时还款。"
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, _own_account(s, 0.7))


_MATERIALS = (
    "身份证正反面",
    "近6个月收入证明",
    "近6个月工资流水",
    "失业或待业证明",
    "医疗诊断证明及费用清单",
    "本人签字的困难情况说明",
    "经营困难说明及营业执照",
    "其他机构的还款情况说明",
)


def w_g_02(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    we = _we(s, inst)
    kind = s.rng.choice(
        ["个性化分期", "延期还款", "还款计划调整", "个人贷款债务重组", "罚息减免", "最低还款额调整"]
    )
    need = "、".join(s.rng.sample(_MATERIALS, s.rng.randint(1, 3)))
    by = s.date(s.days(3, 15))
    where = s.rng.choice(
        [
            f"登录{s.app(inst)}App“协商还款”页面上传",
            "通过我行手机银行“我的-申请进度”上传",
            "携带原件至我行任意营业网点提交",
            f"在{_app_word(s, inst)}中补充",
        ]
    )
    r = s.rng.random()
    if r < 0.45:
        text = (
            f"{greet}，您提交的{kind}申请（受理编号尾号{s.tail()}）经初审需补充以下材料：{need}。请于{by}前{where}，"
            f"逾期未补充将视为撤回申请。{s.rng.choice(['办理过程中我行不收取任何费用。', '请勿通过短信、微信或邮件向任何人发送材料。', '', '审核期间请继续按最低还款额还款。'])}"
        )
    elif r < 0.75:
        text = (
            f"{greet}：您的{kind}申请资料不完整，尚缺{need}。请于{by}前补齐，材料齐全后{we}将在{s.rng.choice(['5', '7', '10'])}个工作日内完成审核"
            f"{s.opt('，结果将以短信通知', 0.5)}。{s.opt('如有疑问请致电' + _hl(s, inst) + '。', 0.5)}"
        )
    else:
        text = f"【补件提醒】您的{kind}申请待补充：{need}。请{where}。"
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, _own_account(s, 0.7))


def w_g_03(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    we = _we(s, inst)
    court, case, _city = _court_case(s)
    dispute = s.rng.choice(["信用卡纠纷", "金融借款合同纠纷", "借款合同纠纷"])
    per = s.amount(300, 8000)
    r = s.rng.random()
    if r < 0.4:
        text = (
            f"{greet}，根据{court}{case}民事调解书，您应于每月{s.rng.randint(1, 28)}日前向{we}偿还{per}。"
            f"您{s.rng.choice(['本月', '上月', str((s.now.month - 2) % 12 + 1) + '月'])}款项至今未履行，请于{s.date(s.days(2, 7))}前通过{_app_word(s, inst)}还款。"
            f"如再次未按期履行，{we}将依据调解书向法院申请强制执行{s.opt('，剩余欠款将一次性到期', 0.5)}。"
        )
    elif r < 0.7:
        total = s.amount(5000, 200000)
        text = (
            f"{greet}：{court}就{we}诉您{dispute}一案作出的{case}民事判决书已生效，判决您偿还本息及费用合计{total}。"
            f"请于判决确定的履行期限（{s.date(s.days(3, 20))}）内通过{_app_word(s, inst)}履行，逾期{we}将申请强制执行。"
            f"{s.rng.choice(['案件信息可拨打12368诉讼服务热线核实。', '我行不会通过任何个人账户收取执行款。', '', '如需沟通履行方式请致电' + _hl(s, inst) + '。'])}"
        )
    else:
        k = s.rng.randint(2, 12)
        text = (
            f"{greet}，您与{we}在{court}达成的执行和解协议第{k}期还款{per}已逾期未付。"
            f"{s.rng.choice(['请尽快还款，否则' + we + '将申请恢复执行。', '请于3日内补足，以免和解协议被终止。'])}"
        )
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, _own_account(s, 0.7))


def w_g_04(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    tail = s.tail()
    plate = f"车牌尾号{_digits(s, 3)}"
    toll = s.amount(15, 900)
    r = s.rng.random()
    if r < 0.4:
        card = s.rng.choice(["ETC信用卡", "ETC联名信用卡", "ETC车主信用卡"])
        text = (
            f"{greet}，您的{card}（尾号{tail}）已逾期{s.days(3, 60)}天，欠款{s.amount(100, 20000)}（含通行费{toll}）。"
            f"根据《ETC用户服务协议》，如{s.date(s.days(2, 10))}前仍未还清，您{plate}的ETC将被列入黑名单，"
            f"届时无法在高速公路ETC车道正常通行{s.opt('，需改走人工车道缴费', 0.5)}。请通过{_app_word(s, inst)}还款。"
        )
    elif r < 0.65:
        text = (
            f"ETC通行费扣款失败：{greet}，您{plate}的ETC于{s.date(-s.days(1, 10))}产生通行费{toll}，从尾号{tail}账户扣款未成功，"
            f"现已欠费逾期。请于{s.date(s.days(1, 5))}前存足资金，我行将自动补扣；持续欠费将影响ETC使用{s.opt('及您的个人征信', 0.5)}。"
        )
    elif r < 0.85:
        text = (
            f"{greet}：因您的ETC信用卡逾期未还，{plate}的ETC设备已于{s.date(-s.days(0, 3))}被暂停使用。"
            f"还清欠款后{s.rng.choice(['1-2个工作日', '24小时内', '次日'])}自动恢复{s.opt('，详询' + _hl(s, inst), 0.5)}。"
        )
    else:
        text = f"您的ETC信用卡欠款{s.amount(100, 9000)}已逾期，ETC即将停用，请尽快还款。"
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, _own_account(s, 0.7))


def w_g_05(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    branch = _branch(s, inst)
    day = s.date(s.days(1, 6))
    at = _hhmm(s, 9, 16)
    bring = s.rng.choice(
        ["身份证原件", "身份证原件及收入证明", "身份证、信用卡及相关困难证明", "身份证原件及近期银行流水"]
    )
    anti = s.rng.choice(
        [
            "我行工作人员不会要求您向任何个人账户转账。",
            "面谈不收取任何费用。",
            "",
            "请勿委托任何中介机构代为办理。",
        ]
    )
    r = s.rng.random()
    if r < 0.4:
        text = (
            f"{greet}，您预约的还款协商面谈已安排：{day} {at}，地点：{branch}。请本人携带{bring}到场，"
            f"如需改约请致电{_hl(s, inst)}。{anti}"
        )
    elif r < 0.6:
        text = f"温馨提示：{greet}，您明日{at}在{branch}的逾期协商面谈请准时到场，{s.rng.choice(['需本人办理，不接受代理。', '请带好' + bring + '。'])}"
    elif r < 0.85:
        text = (
            f"{greet}：您原定于{s.date(-s.days(1, 5))}在{branch}的协商面谈未到场。如仍需办理，请致电{_hl(s, inst)}重新预约；"
            f"您的{_debt(s, inst)}欠款{s.amount(500, 60000)}目前仍处于逾期状态。"
        )
    else:
        text = f"面谈预约成功：{day}{at}，{branch}。改约请拨{_hl(s, inst)}。"
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, _own_account(s, 0.7))


# -- round 6: spoofed --------------------------------------------------------------------------------------


def _case_link(s: Slots, inst: Institution) -> str:
    slug = s.slug(inst)
    a = s._rand_alnum(s.rng.randint(5, 8))
    return _fake_host(
        s,
        lambda: s.rng.choice(
            [
                f"https://{slug}-zc.{_tld(s)}/case/{a}",
                f"http://wlzc.{_low(s, 5)}.cn/d/{a}",
                f"https://sd.{_low(s, 4)}-court.{_tld(s)}/{a}",
                f"tiaojie-{_low(s, 5)}.{_tld(s)}/v/{a}",
                f"https://{_low(s, 4)}.arb-online.{_tld(s)}/doc?id={a}",
                s.short_link(),
            ]
        ),
    )


def w_s_01(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    court, case, city = _court_case(s)
    org = s.rng.choice(
        [
            f"{city}仲裁委员会",
            "网络仲裁服务中心",
            f"{city}金融纠纷诉前调解中心",
            "司法文书电子送达平台",
            court + "电子送达",
        ]
    )
    if "法院" not in org:
        case = f"（{s.now.year}）{_COURT_CITIES[city][0]}仲网字第{s.rng.randint(1000, 99999)}号"
    if "法院" in org:
        doc = s.rng.choice(["起诉状副本及证据材料", "应诉通知书", "开庭传票", "诉前调解方案"])
        sue = "起诉"
    elif "仲裁" in org:
        doc = s.rng.choice(["仲裁申请书及证据材料", "仲裁开庭通知书", "仲裁员选定书"])
        sue = "申请仲裁"
    else:
        doc = s.rng.choice(["调解方案", "调解申请书", "起诉状副本及证据材料", "仲裁申请书及证据材料"])
        sue = s.rng.choice(["起诉", "申请仲裁"])
    link = _case_link(s, inst)
    r = s.rng.random()
    if r < 0.5:
        act = s.rng.choice(["提交答辩意见", "确认送达地址", "选择是否同意在线调解", "确认开庭时间"])
        why = s.rng.choice(["放弃答辩", "缺席审理", "拒绝调解，案件将转入诉讼程序", "已送达"])
        text = (
            f"【{org}】{greet}，{ref}{sue}您{s.rng.choice(['借款合同纠纷', '信用卡纠纷', '金融借款合同纠纷'])}一案（案号{case}）已受理，"
            f"{doc}已电子送达。请于{s.rng.choice(['3', '5', '7'])}日内登录 {link} 查阅并{act}，逾期视为{why}。"
        )
    elif r < 0.8:
        fake = _spaced(s, s.fake_callback())
        text = (
            f"{greet}：{ref}委托的调解员{s.name()}已就您的逾期欠款（{s.amount(2000, 90000)}）立案调解，"
            f"调解材料电子版请查看{link}{s.opt('（提取码' + _digits(s, 4) + '）', 0.5)}，如有疑问请联系调解员{fake}。"
        )
    else:
        text = (
            f"{ref}借款纠纷{s.rng.choice(['网络仲裁', '电子送达', '在线调解'])}通知：{doc}已送达，查看 {link}"
        )
    return _msg(text, inst, _spoof_sender(s), rec, _own_account(s))


def _credit_link(s: Slots, inst: Institution) -> str:
    a = s._rand_alnum(s.rng.randint(4, 7))
    return _fake_host(
        s,
        lambda: s.rng.choice(
            [
                f"https://zx.{_low(s, 4)}-pbc.{_tld(s)}/q",
                f"http://{_low(s, 5)}-credit.{_tld(s)}/report",
                f"https://pbccrc.{_low(s, 5)}.{_tld(s)}/v/{a}",
                f"www.pbccrc.org.cn.{_low(s, 4)}.cn/{a}",
                f"https://{s.slug(inst)}-zxyy.{_tld(s)}",
                s.short_link(),
            ]
        ),
    )


def w_s_02(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    link = _credit_link(s, inst)
    r = s.rng.random()
    if r < 0.35:
        text = (
            f"【{s.brand(inst)}】{greet}，您的{_debt_at(s, inst, ref)}逾期记录已于{s.date(-s.days(0, 3))}报送至个人征信系统。"
            f"如需查看信用报告或申请异议，请登录 {link} 办理{s.opt('，异议处理期间暂停催收', 0.4)}。"
        )
    elif r < 0.65:
        text = (
            f"{_emoji(s)}征信预警：{ref}拟于{s.rng.choice(['24', '48', '72'])}小时内向征信中心报送您的逾期信息（欠款{s.amount(500, 50000)}）。"
            f"如属非恶意逾期，可在报送前登录{link}提交《非恶意逾期情况说明》申请暂缓报送。"
        )
    elif r < 0.85:
        text = f"【个人信用报告】您的报告新增1条逾期记录（报送机构：{ref}），查看详情 {link}"
    else:
        fake = _spaced(s, s.fmt_number(s.rng.choice([s.fake400, s.fake95, s.landline])()))
        text = f"{greet}，您在{ref}的逾期已被标注为“关注类”，将于月底报送征信。如需了解报送内容或撤回标注，请致电{ref}征信服务专线{fake}。"
    return _msg(text, inst, _spoof_sender(s), rec, _own_account(s))


_PLATFORMS = (
    "全国个人债务协商服务平台",
    "逾期债务统一协商中心",
    "金融债务纾解服务平台",
    "个人信贷逾期协商备案系统",
    "持牌机构联合协商平台",
)


def w_s_03(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    plat = s.rng.choice(_PLATFORMS)
    slug = s.slug(inst)
    link = _fake_host(
        s,
        lambda: s.rng.choice(
            [
                f"https://www.zwxs-{_low(s, 4)}.{_tld(s)}",
                f"http://xieshang.{_low(s, 5)}.cn/{slug}",
                f"https://{_low(s, 6)}.{_tld(s)}/yq",
                f"https://zwjs{s.rng.randint(10, 99)}.com/apply",
                s.short_link(),
            ]
        ),
    )
    n = s.rng.randint(2, 9)
    r = s.rng.random()
    if r < 0.4:
        fake = _spaced(s, s.fmt_number(s.rng.choice([s.fake400, s.fake400, s.landline])()))
        text = (
            f"{ref}已接入“{plat}”。{greet}，您的逾期账户可在平台一站式申请停息分期、减免罚息，"
            f"{s.rng.choice(['多家机构欠款可统一协商', '无需逐一联系各机构', '最长可分60期'])}。登录 {link} 或致电平台热线{fake}办理。"
        )
    elif r < 0.7:
        text = (
            f"【{plat}】{greet}，您在{ref}{s.opt('等' + str(n) + '家机构', 0.6)}的逾期欠款已纳入平台协商名单，"
            f"请于{s.date(s.days(1, 5))}前登录{link}完成实名登记，逾期未登记将退回原机构按常规流程处理。"
        )
    else:
        text = f"{_emoji(s)}{ref}提示：即日起逾期协商统一通过{plat}办理，原渠道不再受理。入口：{link}"
    return _msg(text, inst, _spoof_sender(s), rec, _own_account(s))


def w_s_04(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    link = s.rng.choice([s.bad_link(inst), s.short_link(), s.lookalike_link(inst)])
    doc = s.rng.choice(
        ["逾期处理告知书", "账户状态变更通知", "还款提醒函", "贷后风险提示", "委外催收告知函", "额度调整通知"]
    )
    r = s.rng.random()
    if r < 0.35:
        text = f"【{s.brand(inst)}】您有1条未读重要消息《{doc}》，请于{s.rng.choice(['24', '48'])}小时内点击 {link} 查看并确认，逾期未查看视为已知悉。"
    elif r < 0.6:
        text = (
            f"{greet}，您{s.rng.choice(['本月', '上月', str((s.now.month - 2) % 12 + 1) + '月'])}电子账单已生成：账单状态【逾期】，"
            f"应还{s.amount(200, 40000)}。查看账单详情：{link}"
        )
    elif r < 0.8:
        text = f"{ref}站内信提醒：您的账户有{s.rng.randint(2, 5)}条待处理事项（逾期相关），请登录 {link} 处理{s.opt('，以免影响后续用款', 0.5)}。"
    else:
        text = f"{_emoji(s, 0.3)}您的{_debt_at(s, inst, ref)}状态已变更为“逾期{s.days(1, 60)}天”，详情请点击{link} {s.opt('回T退订', 0.6)}"
        text = text.rstrip()
        if s.rng.random() < 0.6:
            text = f"【{s.brand(inst)}】{text}"
    return _msg(text, inst, _spoof_sender(s), rec, _own_account(s))


def w_s_05(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    pts = s.rng.choice([3680, 5200, 8800, 12600, 19999, 26800, 45000])
    off = s.rng.choice([50, 88, 100, 168, 200, 300, 500])
    perk = s.rng.choice(["逾期罚息抵扣券", "违约金减免券", "还款抵用金", "逾期利息折扣券"])
    link = _fake_host(
        s,
        lambda: s.rng.choice(
            [
                f"https://jf.{s.slug(inst)}-vip.{_tld(s)}",
                f"http://{s.slug(inst)}jf.{_tld(s)}/dh",
                f"https://m.{_low(s, 5)}-jifen.{_tld(s)}",
                s.lookalike_link(inst),
                s.short_link(),
            ]
        ),
    )
    r = s.rng.random()
    if r < 0.4:
        text = (
            f"【{s.brand(inst)}】{greet}，您的积分{pts}分将于{s.date(s.days(0, 3))}清零，可兑换{off}元“{perk}”直接抵扣逾期欠款，"
            f"点击 {link} 立即兑换，逾期作废。"
        )
    elif r < 0.7:
        fake = _spaced(s, s.fake_callback())
        text = (
            f"{ref}：{greet}，您有一张{perk}（面值{off}元）已到账，可抵扣当前逾期欠款，有效期{s.rng.choice(['3', '5', '7'])}天，"
            f"激活请拨打{fake}{s.opt('，或回复JH至本号码', 0.3)}。"
        )
    else:
        text = f"{_emoji(s, 0.4)}积分抵欠款！{ref}用户专享：{pts}积分可抵{off}元逾期欠款，{link}"
    return _msg(text, inst, _spoof_sender(s), rec, _own_account(s))


# -- round 6: mistaken -------------------------------------------------------------------------------------


def w_m_01(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = _other(s, rec)
    who = _shown(s, other)
    tail = s.tail()
    acct = s.rng.choice(["借记卡", "储蓄卡", "活期账户", "银行卡"])
    due = s.amount(200, 20000)
    r = s.rng.random()
    if r < 0.4:
        text = (
            f"您好，您尾号{tail}的{acct}已被客户{who}设为其{s.rng.choice(['信用卡自动还款账户', '贷款约定扣款账户', '分期还款扣款账户'])}。"
            f"本期应扣{due}因账户余额不足未能扣款，该客户目前已逾期。"
            f"{s.rng.choice(['如您未同意此项授权，请致电' + _hl(s, inst) + '解除绑定。', '如需解除绑定，请携带身份证到我行网点办理。', ''])}"
        )
    elif r < 0.7:
        text = (
            f"{_honorific(s, rec) if s.rng.random() < 0.4 else '尊敬的客户'}：{who}的{s.rng.choice(['信用卡', '个人贷款', '消费贷款'])}约定从您尾号{tail}的账户代扣还款，"
            f"{s.date(-s.days(1, 5))}代扣失败（应还{due}）。扣款失败不影响您本人的信用，如您不再为其代扣，可致电{_hl(s, inst)}取消。"
        )
    else:
        text = f"代扣提醒：客户{who}绑定您尾号{tail}账户还款，今日扣款{due}失败，其账户已逾期。"
    has = s.rng.choice([True, True, None])
    return _mistaken(s, _maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, has)


def w_m_02(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = _other(s, rec)
    who = s.rng.choice([other, other, _masked(s, other)])
    if s.rng.random() < 0.6:
        village = s.rng.choice(["新庄村", "李家湾村", "红星村", "河西村", "石桥村", "柳树屯村", "王家岭村"])
        role, title = s.rng.choice(
            [("村委会", "主任"), ("村支书", "书记"), ("村主任", "主任"), ("村网格员", "网格员")]
        )
    else:
        village = s.rng.choice(["东山社区", "幸福里社区", "南关社区", "青年路社区", "和平街社区"])
        role, title = s.rng.choice(
            [("社区网格员", "网格员"), ("社区居委会", "主任"), ("网格长", "网格长"), ("社区工作站", "站长")]
        )
    if "村" in village:
        loan = s.rng.choice(["农户小额贷款", "惠农贷款", "个人经营贷款", "创业担保贷款", "信用卡"])
    else:
        loan = s.rng.choice(["个人消费贷款", "信用卡", "个人经营贷款", "创业担保贷款"])
    r = s.rng.random()
    if r < 0.45:
        text = (
            f"{s.rng.choice([rec[0] + title + '您好', '尊敬的' + role, role + '您好'])}，"
            f"贵{'村' if '村' in village else '社区'}（{village}）{'村民' if '村' in village else '居民'}{who}在{_we(s, inst)}办理的{loan}已逾期{s.days(20, 300)}天，"
            f"欠款{s.amount(1000, 80000)}，其预留电话无法接通。烦请协助通知其尽快与{_we(s, inst)}联系{s.opt('（' + _hl(s, inst) + '）', 0.5)}。"
        )
    elif r < 0.75:
        text = (
            f"{(village + role).replace('村村', '村').replace('社区社区', '社区')}：{s.brand(inst)}{s.rng.choice(CITIES)}{s.rng.choice(['支行', '营业所', '网点'])}提请协助——"
            f"{who}的{loan}逾期未还，多次联系未果，请帮忙转告其到网点或通过手机银行还款。谢谢支持！"
        )
    else:
        text = f"麻烦{role}转告{who}：其{loan}已逾期，请尽快还款。"
    has = s.rng.choice([None, None, False, True])
    return _mistaken(s, _maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, has)


def w_m_03(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = _other(s, rec)
    who = s.rng.choice([_honorific(s, other), _honorific(s, other), other, _masked(s, other)])
    at = _hhmm(s, 9, 20)
    we = _we(s, inst)
    when = s.rng.choice(["今日", "昨日", "今天", s.date(-s.days(1, 3))])
    why = s.rng.choice(["账户逾期提醒", "还款事宜", "信用卡欠款", "贷款逾期", "账单核对"])
    opener = s.rng.choice(["您好，", "尊敬的机主：", "【未接来电提醒】", "", "打扰了，", "来电提醒："])
    r = s.rng.random()
    if r < 0.4:
        text = (
            f"{opener}{we}于{when}{at}致电本号码联系{who}未能接通，事由：{why}。"
            f"如您是{who}本人，请回电{_hl(s, inst)}；如本号码非其所有，烦请回复“非本人”，{we}将更新联系方式。"
        )
    elif r < 0.6:
        text = (
            f"【智能语音通知】{s.brand(inst)}语音助手于{at}呼叫本号码未接通，通话内容：“您好，请问是{who}吗？"
            f"您的{_debt(s, inst)}已逾期{s.days(3, 90)}天，请尽快还款。”如有疑问请拨{_hl(s, inst)}。"
        )
    elif r < 0.8:
        text = (
            f"{opener}我们是{s.brand(inst)}{s.rng.choice(['信用卡中心', '个贷中心', '客户服务中心'])}，{when}{s.rng.choice(['两次', '三次', '多次'])}来电均无人接听。"
            f"来电目的是找{who}核实{why}，如您认识{who}，麻烦请其回拨{_hl(s, inst)}。"
        )
    else:
        text = f"{we}工作人员{when}多次致电本号码找{who}未果，请其回电{_hl(s, inst)}。"
    has = s.rng.choice([None, False, None, True])
    return _mistaken(s, _maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, has)


_ESTATES = ("锦绣花园", "阳光新城", "翠湖苑", "金色家园", "滨江华府", "紫荆小区", "丽景湾", "书香名邸")


def w_m_04(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = _other(s, rec)
    who = _shown(s, other)
    we = _we(s, inst)
    home = f"{s.rng.choice(CITIES)}{s.rng.choice(_ESTATES)}{s.rng.randint(1, 30)}栋"
    r = s.rng.random()
    if r < 0.4:
        text = (
            f"致{home}实际居住人：该房屋系借款人{who}在{we}办理{s.rng.choice(['个人住房贷款', '个人经营贷款', '房产抵押消费贷款'])}的抵押物，"
            f"借款人已严重逾期，{we}已{s.rng.choice(['向法院申请实现担保物权', '依法提起诉讼', '申请对该房产进行司法处置'])}。"
            f"如您为承租人，请妥善保管租赁合同及付款凭证，并留意法院后续公告。"
        )
    elif r < 0.7:
        text = (
            f"您好，您正在使用的车辆（车牌尾号{_digits(s, 3)}）登记为{who}在{we}汽车贷款的抵押车辆。借款人已逾期{s.rng.randint(3, 12)}期，"
            f"{we}有权依法处置该车辆。如您从借款人处租用或购买该车，请与借款人核实，{s.rng.choice(['详询' + _hl(s, inst), '可致电' + _hl(s, inst) + '了解'])}。"
        )
    else:
        text = f"{home}住户您好：该房产抵押人{who}贷款逾期，房产可能被依法拍卖，租住人员请知悉。"
    has = s.rng.choice([None, False, False, True])
    return _mistaken(s, _maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, has)


def w_m_05(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = _other(s, rec)
    who = _shown(s, other)
    we = _we(s, inst)
    n = s.rng.randint(2, 5)
    opener = s.rng.choice(
        ["", "您好！", "尊敬的机主：", "致本号码使用人：", "温馨提示：", f"{s.brand(inst)}提醒："]
    )
    shared = s.rng.choice(
        ["", "（如家庭成员共用）", "（可能为家人或同事代为登记）", "（如公司前台或家庭座机转接号码）"]
    )
    r = s.rng.random()
    if r < 0.4:
        text = (
            f"{opener}本号码同时为{we}{n}位客户预留的联系电话{shared}。本条提醒仅针对客户{who}："
            f"其尾号{s.tail()}的{_debt(s, inst)}已逾期{s.days(3, 120)}天，欠款{s.amount(300, 50000)}。"
            f"{s.rng.choice(['如您并非' + who + '，请代为转达。', '如您不是该客户，请忽略本短信。', '请相关客户及时还款。'])}"
        )
    elif r < 0.7:
        text = (
            f"{opener}{we}系统显示本号码关联{s.rng.choice(['多个', str(n) + '个'])}客户账户，为保护客户隐私，本次提醒对象为{who}。"
            f"{who}的账户本期应还{s.amount(100, 20000)}尚未还款，请转告其通过手机银行处理。"
        )
    elif r < 0.85:
        text = (
            f"{opener}本号码登记于{n}位客户名下{shared}。以下内容仅涉及{who}：{s.rng.choice(['信用卡', '个人贷款', '分期'])}已逾期，"
            f"请{who}尽快还款{s.opt('，其他客户无需理会', 0.5)}。"
        )
    else:
        text = f"【共用号码提醒】客户{who}：您的{_debt(s, inst)}已逾期。若本号码已不属于{who}使用，请致电{_hl(s, inst)}更正。"
    has = s.rng.choice([True, None, None, False])
    return _mistaken(s, _maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, has)


# -- round 6: scam -----------------------------------------------------------------------------------------


def w_c_01(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    city = s.rng.choice(CITIES)
    org = s.rng.choice(
        [
            f"{city}市公安局反诈中心",
            f"{city}市公安局经侦支队",
            f"{city}市{s.rng.choice(['城关', '东城', '南湖', '高新'])}派出所",
            "公安部专案组",
        ]
    )
    crime = s.rng.choice(["洗钱", "电信诈骗资金转移", "非法集资", "跑分", "帮助信息网络犯罪"])
    secret = s.rng.choice(
        [
            "本案涉密，请勿向家人及银行工作人员透露。",
            "如柜员询问，请说是转给家人。",
            "请独自在安静房间配合，勿挂断。",
            "",
        ]
    )
    r = s.rng.random()
    if r < 0.4:
        text = (
            f"【{org}】{greet}，经查您名下{ref}{_debt_at(s, inst, ref)}存在被他人冒名申请并用于{crime}的情况。"
            f"为撤销该笔借款及逾期记录，请配合资金核查：将名下银行卡余额转入核查账户{_person_account(s)}，"
            f"核查无误后{s.rng.choice(['24', '48'])}小时内原路返还。{secret}"
        )
    elif r < 0.7:
        app = s.rng.choice([*MEETING_APPS, "公安云笔录", "警民通"])
        link = s.rng.choice([s.short_link(), f"http://{_low(s, 5)}-ga.{_tld(s)}/app"])
        text = (
            f"{org}民警（警号{_digits(s, 6)}）通知：您在{ref}的逾期账户涉嫌{crime}，需做远程笔录。"
            f"请下载{app}（{link}），输入会议号{_digits(s, 9)}并开启屏幕共享，配合民警核实资金。"
            f"{s.rng.choice(['拒不配合将冻结您名下全部账户。', '否则将依法对您采取强制措施。', secret])}"
        )
    else:
        text = (
            f"你名下{ref}借款涉及一起{crime}案，要撤销逾期自证清白，加办案民警QQ{_qq(s)}做笔录，"
            f"按要求把资金转到清查账户。{s.opt('不要告诉任何人。', 0.6)}"
        )
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


def _escrow_link(s: Slots) -> str:
    a = s._rand_alnum(s.rng.randint(5, 8))
    return _fake_host(
        s,
        lambda: s.rng.choice(
            [
                f"https://{_low(s, 5)}-jg.{_tld(s)}/pay",
                f"http://danbao.{_low(s, 5)}.{_tld(s)}/o/{a}",
                f"{_low(s, 6)}-escrow.{_tld(s)}/{a}",
                f"https://tg.{_low(s, 5)}.cn/order?id={a}",
                s.short_link(),
            ]
        ),
    )


def w_c_02(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    owed = s.money(3000, 90000)
    pay = _yuan(round(owed * s.rng.choice([0.3, 0.35, 0.4, 0.5, 0.6]), 2))
    plat = s.rng.choice(
        ["资金监管平台", "第三方担保交易平台", "债务结清监管系统", "云托管结算平台", "资金存管中心"]
    )
    link = _escrow_link(s)
    r = s.rng.random()
    if r < 0.45:
        tail = s.rng.choice(
            [
                "App还款通道无法享受减免，请勿重复还款。",
                f"充值完成后截图发给{_contact(s)}。",
                "资金未经您确认不会划出，请放心操作。",
            ]
        )
        text = (
            f"{ref}减免结清通知：{greet}，您的欠款{_yuan(owed)}经申请可按{pay}结清。为保障资金安全，本次结清通过“{plat}”进行："
            f"请登录{link}注册，将{pay}充值至您的监管账户，我司确认结清后平台再划转。{tail}"
        )
    elif r < 0.75:
        text = (
            f"{greet}：协商结果已出，折后应还{pay}。请通过担保交易平台{link}付款（资金先由平台托管，结清证明出具后再放款给我方），"
            f"订单号{_digits(s, 10)}。{s.opt('超时订单自动关闭，减免资格作废。', 0.5)}"
        )
    else:
        text = f"{_emoji(s, 0.3)}{ref}结清款请走{plat}：{link}，付款{pay}，到账即消逾期。"
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


def w_c_03(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    owed = s.money(5000, 150000)
    pct = s.rng.choice([3, 5, 8, 10, 12])
    buy = _yuan(round(owed * pct / 100, 2))
    dep = s.rng.choice([500, 800, 1000, 2000, 3000])
    plat = s.rng.choice(
        [
            f"{s.rng.choice(CITIES)}金融资产交易中心",
            "全国不良资产处置平台",
            "个人债权拍卖网",
            "资产处置公开竞价平台",
        ]
    )
    r = s.rng.random()
    if r < 0.45:
        text = (
            f"{greet}，您在{ref}的逾期债权（本息{_yuan(owed)}）已打包至“{plat}”挂牌拍卖，起拍价仅为本金的{pct}%。"
            f"作为债务人您享有优先回购权：缴纳竞拍保证金{dep}元至{_person_account(s)}，即可以{buy}回购本人债权，"
            f"欠款一次性结清{s.opt('，征信同步更新', 0.6)}。截止{s.date(s.days(0, 3))}。"
        )
    elif r < 0.75:
        text = (
            f"【债权处置】{ref}已将您的欠款转为不良资产公开处置。{s.rng.choice(['24', '48', '72'])}小时内缴纳{dep}元回购保证金"
            f"（转账至{_person_account(s)}），可锁定回购资格，否则债权将由第三方竞得并{s.rng.choice(['上门追讨', '起诉追偿', '全额追收'])}。"
        )
    else:
        text = f"{ref}欠款{_yuan(owed)}可低价自拍回购，只需{buy}，详询{_contact(s)}，先交保证金{dep}元。"
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


def w_c_04(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    fee = s.rng.choice([199, 399, 680, 980, 1280, 2980, 3800])
    fee_kind = s.rng.choice(["材料审核费", "立案代理费", "资产评估费", "破产申请服务费", "前期咨询费"])
    firm = s.rng.choice(CITIES) + s.rng.choice(
        ["德正律师事务所债务处置部", "恒法法务咨询中心", "安心债务规划工作室", "融信债务重整服务中心"]
    )
    r = s.rng.random()
    if r < 0.4:
        text = (
            f"{greet}，您在{ref}等平台的逾期欠款符合“个人破产/债务豁免”新政条件，{firm}可全程代办，申请成功后全部欠款依法免除，征信自动清零。"
            f"前期需缴纳{fee_kind}{fee}元至{_person_account(s)}，名额有限。"
        )
    elif r < 0.7:
        text = (
            f"{_emoji(s, 0.4)}好消息！个人破产制度已{s.rng.choice(['在全国推开', '扩大试点', '正式落地'])}，{ref}、信用卡、网贷逾期均可申请免还。"
            f"添加{_contact(s)}免费评估，审核通过仅收{fee}元{fee_kind}。"
        )
    else:
        text = f"{ref}逾期别慌：代办个人破产，欠款全免，{fee}元包过，{_contact(s)}"
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


_CO_WORDS = ("汇联", "鼎鑫", "瑞丰", "博远", "恒信达", "金瀚", "盛通", "启航")
_CO_TRADE = ("科技", "商贸", "信息咨询", "网络科技", "供应链管理", "企业管理咨询")


def _company_account(s: Slots) -> tuple[str, str, str]:
    co = f"{s.rng.choice(CITIES)}{s.rng.choice(_CO_WORDS)}{s.rng.choice(_CO_TRADE)}有限公司"
    bank = s.rng.choice(BANKS_FOR_CARDS)
    no = str(s.rng.randint(1, 9)) + _digits(s, s.rng.choice([15, 16, 18]))
    if s.rng.random() < 0.4:
        no = " ".join(no[i : i + 4] for i in range(0, len(no), 4))
    return co, bank, no


def w_c_05(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    co, bank, no = _company_account(s)
    city = s.rng.choice(CITIES)
    memo = s.rng.choice(
        [
            "转账时请备注您的姓名及身份证后四位。",
            "转账用途请填写“货款”，以免被银行拦截。",
            "请勿备注“还款”字样。",
            "",
        ]
    )
    r = s.rng.random()
    if r < 0.4:
        text = (
            f"【{s.brand(inst)}】还款账户变更通知：因清算通道升级，自{s.date(s.rng.choice([-2, -1, 0]))}起逾期款项统一转入我司合作清算账户："
            f"户名 {co}，开户行 {bank}{city}分行，账号 {no}。原App还款通道暂停使用。{memo}"
        )
    elif r < 0.7:
        text = (
            f"{greet}，您在{ref}的欠款{s.amount(1000, 60000)}请于今日{_hhmm(s, 15, 20)}前转至对公还款账户（户名：{co}，账号{no}，开户行{bank}），"
            f"转账后联系{_contact(s)}登记，逾期将上报征信。{memo}"
        )
    else:
        text = f"{ref}：还款账户已更新为{co}（{bank} {no}），旧账户停用，请勿转错。"
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


#: One-line description of each family (kept here, not in generate.py; see verifier/corpus/rounds/round06.md).
BLIND6_STYLES: dict[str, str] = {
    "w_g_01": "result of the borrower's own complaint about collection (contacts no longer called, hours, staff changed, agency mandate ended); debt still to be repaid officially",
    "w_g_02": "the borrower's 个性化分期 / 延期 / 债务重组 application needs supplementary documents, upload in the official app or bring to a branch",
    "w_g_03": "fulfil a court 民事调解书 / 生效判决 / 执行和解 (case number) through the lender's own channels, else enforcement",
    "w_g_04": "ETC credit card / ETC toll debit overdue: the ETC device will be (or has been) blacklisted / suspended",
    "w_g_05": "in-branch negotiation appointment (面谈) confirmed, reminded or missed; change it by the official hotline",
    "w_s_01": "fake 网络仲裁 / 电子送达 / online-mediation notice of a case by the lender: read the documents on a made-up link or call a 'mediator'",
    "w_s_02": "fake credit-report portal: view the reported overdue record, file an objection or ask to delay reporting on a made-up link / line",
    "w_s_03": "the lender 'has joined' a made-up national / unified debt-negotiation platform: register on its link or hotline",
    "w_s_04": "unread in-app message / e-statement / status change 'overdue': open a made-up or short link",
    "w_s_05": "expiring card points or a coupon that offsets overdue interest / penalties: redeem on a made-up link or number",
    "w_m_01": "the recipient's own card was bound by someone else as the auto-debit / repayment account of their overdue debt",
    "w_m_02": "village committee / community grid worker asked to help reach a villager / resident whose loan is overdue",
    "w_m_03": "missed call (staff or AI voice robot) looking for someone else at this number; 'reply 非本人 if not theirs'",
    "w_m_04": "occupant / tenant of a mortgaged house or user of a mortgaged car told that the owner's loan is overdue and it may be seized",
    "w_m_05": "number shared by several customers (family / shared phone): this reminder is for customer X only",
    "w_c_01": "impersonated police / anti-fraud centre: the overdue loan was 'taken under your identity' or 'used for money laundering'; transfer to a 核查 account, meeting-app record, secrecy",
    "w_c_02": "discounted settlement paid through a made-up escrow / 资金监管 / 担保交易 platform link instead of the lender",
    "w_c_03": "'your debt is being auctioned': pay a deposit to a person to buy back your own debt cheaply (优先回购权)",
    "w_c_04": "personal-bankruptcy / debt-exemption agent: all debts waived, credit cleared, fee first to a person or contact",
    "w_c_05": "'repayment account changed' to a third-party company (对公) account, memo tricks ('货款'), app channel 'suspended'",
}
