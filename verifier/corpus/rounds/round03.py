# ruff: noqa: E501  (template lines are Chinese text, which counts double width; splitting them hurts reading)
"""Third blind held-out set (ids ``z_…``): written without reading the rules; held out in ``test`` until read.

Written "blind", like :mod:`verifier.corpus.rounds.round01` and :mod:`verifier.corpus.rounds.round02`: from general knowledge
of 2024–2026 Chinese bank / consumer-lender / collection-agency / fraud SMS, without reading the project's
rules, checks, extraction, normalisation, feature or model code, and without running the verifier on these
messages. Rounds 1 (``x_``) and 2 (``y_``) have since been read by the developers; this round replaces them as
the untouched test set.

The family ids are deliberately neutral (``z_g_01`` …), and the one-line descriptions live in
:data:`BLIND3_STYLES` here and in ``verifier/corpus/rounds/round03.md``, so that registering the families in
:mod:`verifier.corpus.generate` does not show what they contain. They use the same slot machinery (verified official
channels only for genuine / mistaken, made-up channels for spoofed / scam) but have their own small helpers
(including copies of the sender / account helpers), so that edits to the other corpus modules never change
these rows.
"""

from __future__ import annotations

import re
from typing import Any

from verifier.corpus.slots import BANKS_FOR_CARDS, CITIES, Msg, Slots
from verifier.registry import Institution

BLIND3_PREFIX = "z_"

_BANK_KINDS = ("bank", "credit_card_centre")


# -- helpers (private to this module, so that the z_ rows never depend on the x_ / y_ / ordinary modules) -----


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
    if inst.products and s.rng.random() < 0.45:
        return s.rng.choice(inst.products)
    if inst.kind == "credit_card_centre":
        return s.rng.choice(["信用卡", "信用卡账户", "信用卡", "个人信用贷款"])
    return s.rng.choice(["借款", "贷款", "消费贷款"])


def _debt_at(s: Slots, inst: Institution, ref: str) -> str:
    """The debt named after "在{ref}的": avoids "在X信用卡的信用卡"."""
    d = _debt(s, inst)
    return "账户" if "信用卡" in ref and d.startswith("信用卡") else d


def _yuan(x: float) -> str:
    return f"{x:,.2f}元"


def _masked(s: Slots, name: str) -> str:
    return s.rng.choice([f"{name[0]}*{name[-1]}", f"{name[0]}**", f"{name[0]}*{name[-1]}"])


def _honorific(s: Slots, name: str) -> str:
    return name[0] + s.rng.choice(["先生", "女士"])


def _unregistered(s: Slots, host: str) -> bool:
    """The host is under no domain of the registry at all (verified or not)."""
    return all(i.host_status(host) == "not_official" for i in s.reg.institutions.values())


def _brand_en(inst: Institution) -> str:
    return re.sub(r"\s*\(.*\)", "", inst.name_en).strip() or inst.name


def _hhmm(s: Slots, lo: int = 9, hi: int = 19) -> str:
    return f"{s.rng.randint(lo, hi)}:{s.rng.choice(['00', '05', '12', '18', '26', '30', '37', '41', '48', '55'])}"


def _maybe_sign(s: Slots, inst: Institution, text: str) -> str:
    if text.startswith(("【", s.brand(inst))):
        return text
    return s.sign(inst, text)


# -- round 3: genuine --------------------------------------------------------------------------------------


def z_g_01(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    tail, days = s.tail(), s.days(15, 150)
    hl = s.hotline(inst)
    r = s.rng.random()
    if r < 0.45:
        measure = s.rng.choice(
            [
                "暂停该卡的消费及取现功能",
                "对该卡采取止付措施",
                "将该卡信用额度临时调整为零",
                "冻结该卡及名下其他信用卡的交易功能",
            ]
        )
        how = s.rng.choice(
            [
                f"通过{s.app(inst)}App申请恢复用卡",
                f"致电{hl}申请恢复" if hl else f"通过{s.app(inst)}App申请恢复",
                "前往我行网点申请恢复",
            ]
        )
        text = (
            f"{greet}，您尾号{tail}的信用卡已逾期{days}天，根据《信用卡领用合约》，我行已{measure}。"
            f"全额还清欠款{s.amount(500, 50000)}后，可{how}（需重新审核）。"
        )
    elif r < 0.78:
        what = s.rng.choice(
            ["已临时冻结", "已止付", f"额度已下调至{s.rng.choice([0, 500, 1000, 2000])}元", "已暂停使用"]
        )
        text = (
            f"{s.brand(inst)}：因账户逾期，您尾号{tail}的信用卡{what}，逾期信息将按规定报送金融信用信息基础数据库。"
            f"还清后可通过{s.app(inst)}App{s.rng.choice(['申请解除', '提交恢复申请', '查看恢复进度'])}。"
        )
    else:
        amt = f"{s.money(500, 40000):,.2f}"
        text = (
            f"{_brand_en(inst)}: Your credit card ending {tail} has been temporarily suspended as your payment is "
            f"{days} days overdue. Please repay CNY {amt} via the {s.app(inst)} App"
            + (f" or call {hl}" if hl else "")
            + f". 您尾号{tail}的信用卡因逾期已暂停使用，请尽快还款{amt}元。"
        )
        text = f"【{s.brand(inst)}】{text}" if s.rng.random() < 0.6 else text
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, _own_account(s))


def z_g_02(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    tail = s.tail()
    grace = s.rng.choice([3, 3, 3, 2, 5])
    due = s.rng.randint(1, grace - 1)  # days since the due date
    r = s.rng.random()
    if r < 0.4:
        text = (
            f"{greet}，您尾号{tail}信用卡本期账单到期还款日为{s.date(-due)}，目前尚有{s.amount(100, 30000)}未还。"
            f"我行为您提供{grace}天还款宽限期，请于{s.date(grace - due)}（含）前还清，"
            f"{s.rng.choice(['宽限期内还款视同按时还款，不影响您的信用记录。', '宽限期内还款不计违约金，但仍需按规定计收利息。', '宽限期内还款不会报送逾期记录。'])}"
        )
    elif r < 0.75:
        text = (
            f"{greet}：您的{_debt(s, inst)}本期应还款{s.amount(100, 20000)}尚未结清，目前处于{grace}天还款宽限期内，"
            f"宽限期截至{s.date(s.rng.randint(0, 2))}。请通过{s.app(inst)}App或存入还款账户，"
            f"{s.rng.choice(['超过宽限期仍未还款将按逾期处理。', '逾期将产生罚息并影响征信。', '感谢您的配合。'])}"
        )
    else:
        text = (
            f"温馨提示：您的信用卡账单已过到期还款日，今日为宽限期最后一天，"
            f"请于今日24:00前还款{s.amount(100, 20000)}。{s.opt('如已还款请忽略。', 0.6)}"
        )
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, _own_account(s, 0.6))


def z_g_03(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    hl = s.hotline(inst) or s.fmt_number(s.sender(inst) or "")
    who = s.rng.choice(["我行信用卡中心工作人员", "我行客服专员", "我行贷后服务专员", "我行工作人员"])
    when = s.rng.choice(["今日", "今日", s.date(-1)])
    why = s.rng.choice(
        [
            f"您的{_debt(s, inst)}逾期欠款{s.amount(300, 40000)}待处理",
            f"您尾号{s.tail()}的账户已逾期{s.days(3, 90)}天",
            "您的账户逾期还款事宜",
        ]
    )
    r = s.rng.random()
    if r < 0.55:
        text = (
            f"{greet}，{who}于{when}{_hhmm(s)}致电您{s.rng.choice(['未能接通', '无人接听', '未能与您取得联系'])}，"
            f"事由：{why}。如需回电，请拨打{hl}{s.rng.choice(['，按语音提示转人工', '（来电显示即为该号码）', ''])}；"
            f"也可通过{s.app(inst)}App在线客服办理。{s.opt('我行工作人员不会要求您向任何个人账户转账。', 0.6)}"
        )
    else:
        text = (
            f"{s.brand(inst)}：{greet}，我们刚才通过{hl}与您联系未果。{why}，"
            f"请您方便时回电{hl}或登录{s.app(inst)}App处理。{s.opt('为保障您的权益，通话将全程录音。', 0.4)}"
        )
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst, 0.8), rec, _own_account(s))


def z_g_04(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    hl = s.hotline(inst)
    letter = s.rng.choice(
        ["《逾期催收函》", "《催收通知书》", "《欠款催告函》", "《贷款提前到期通知书》", "《逾期还款提示函》"]
    )
    post = s.rng.choice(["EMS", "中国邮政挂号信", "EMS特快专递", "邮政快递"])
    addr = s.rng.choice(["的账单地址", "预留的通讯地址", "的单位地址", "的户籍地址"])
    if s.rng.random() < 0.6:
        text = (
            f"{greet}，因您的{_debt(s, inst)}已逾期{s.days(60, 300)}天，{_we(s, inst)}已于{s.date(-s.days(2, 7))}通过{post}"
            f"向您{addr}寄送{letter}{s.opt('（邮件号尾号' + s.tail() + '）', 0.5)}，请注意查收。"
            f"还款请通过{s.app(inst)}App" + (f"或致电{hl}核实后办理" if hl else "办理") + "，"
            f"{s.rng.choice(['函件中不含任何个人收款账户或付款二维码。', '我行不会在函件中提供个人收款账户。', '请勿向任何个人转账。'])}"
        )
    else:
        text = (
            f"{s.brand(inst)}提示：{letter}已寄往您{addr}，请查收。您当前逾期欠款{s.amount(1000, 80000)}"
            + (f"，详询{hl}。" if hl else "，请尽快处理。")
        )
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, _own_account(s, 0.6))


def z_g_05(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    hl = s.hotline(inst)
    we = _we(s, inst)
    agency = s.rng.choice(["合作催收机构", "外部合作机构", "第三方服务机构", "合作的专业服务机构"])
    deadline = s.date(s.days(3, 10))
    if s.rng.random() < 0.6:
        text = (
            f"{greet}，您的{_debt(s, inst)}已逾期{s.days(30, 120)}天，欠款{s.amount(1000, 60000)}。"
            f"如您在{deadline}前仍未还款，{we}将依据合同约定及监管规定委托{agency}与您联系。"
            f"届时该机构将以其自身名义联系您，只提醒还款，不代收任何款项；还款请通过{s.app(inst)}App、{we}柜面"
            + (f"或{hl}核实后办理。" if hl else "办理。")
        )
        link = s.official_link(inst) if s.rng.random() < 0.35 else None
        if link:
            text += f"合作机构名单可在{we}官网{link}查询。"
    else:
        text = (
            f"{greet}：委外前提醒——您的账户逾期未还，{deadline}后{we}将把该笔欠款委托{agency}处理。"
            f"请尽快通过{s.app(inst)}App还款{s.opt('，委托期间还款渠道不变', 0.6)}。"
        )
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, _own_account(s))


# -- round 3: spoofed --------------------------------------------------------------------------------------


def _apk_link(s: Slots, inst: Institution) -> str:
    slug = s.slug(inst)
    tld = s.rng.choice(["top", "cc", "vip", "xyz", "cn", "com", "net", "shop"])
    ver = f"{s.rng.randint(6, 12)}.{s.rng.randint(0, 9)}.{s.rng.randint(0, 9)}"
    for _ in range(10):
        host = s.rng.choice(
            [
                f"{slug}-app.{tld}",
                f"dl.{slug}-{s.rng.choice(['m', 'hk', 'app', 'kf'])}.{tld}",
                f"down.{s._rand_alnum(5).lower()}.{tld}",
                f"{s._rand_alnum(6).lower()}.oss-cn-{s.rng.choice(['hangzhou', 'shenzhen', 'beijing'])}.aliyuncs.com",
                f"app-{slug}.{tld}",
            ]
        )
        if _unregistered(s, host):
            break
    else:
        host = f"{slug}-apk.top"
    file = s.rng.choice(
        [f"/{slug}_v{ver}.apk", f"/{slug.upper()}-{ver}.apk", "/app/release.apk", "/download", "/ios"]
    )
    return s.rng.choice(["https://", "http://", ""]) + host + file


def z_s_01(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    why = s.rng.choice(
        [
            "旧版App已停止逾期业务办理",
            "还款通道已升级",
            "逾期协商功能仅在新版开放",
            "因监管要求，逾期账户须使用专版App还款",
        ]
    )
    ver = s.rng.choice(["最新版", "协商专版", "贷后服务版", "官方新版"])
    tip = s.rng.choice(
        [
            "安装时如提示风险，请选择“继续安装”。",
            "苹果用户请在“设置-通用-设备管理”中信任企业证书。",
            "请先卸载旧版再安装。",
            "",
        ]
    )
    text = (
        f"{ref}：{greet}，您的{_debt(s, inst)}已逾期{s.days(3, 120)}天。因{why}，请下载{ref}App{ver}：{_apk_link(s, inst)} ，"
        f"登录后{s.rng.choice(['在线申请延期', '查看减免方案', '完成还款', '提交个性化分期申请'])}。{tip}"
    )
    return _msg(text, inst, s.rng.choice([None, s.bad_sender(), s.bad_sender()]), rec, _own_account(s))


def _chat_link(s: Slots, inst: Institution) -> str:
    slug = s.slug(inst)
    a = s._rand_alnum(s.rng.randint(6, 10))
    for _ in range(10):
        link = s.rng.choice(
            [
                f"https://kefu.{s._rand_alnum(5).lower()}.{s.rng.choice(['top', 'cc', 'cn', 'com'])}/chat?id={a}",
                f"https://im.{slug}-service.{s.rng.choice(['com', 'cn', 'vip'])}/kf/{a}",
                f"https://{s._rand_alnum(6).lower()}.chatkf.{s.rng.choice(['cn', 'net'])}/visitor?c={a}",
                f"http://{slug}kf.{s.rng.choice(['top', 'icu', 'site'])}/online.html?ch={a[:4]}",
                f"https://chat.{s._rand_alnum(4).lower()}-im.com/widget/standalone.html?eid={a.lower()}",
            ]
        )
        if _unregistered(s, link.split("/")[2]):
            return link
    return s.short_link()


def z_s_02(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    link = _chat_link(s, inst)
    head = s.rng.choice([f"{ref}智能客服提醒：", f"【{s.brand(inst)}】", f"{ref}在线服务中心："])
    text = (
        f"{head}{greet}，您的{_debt(s, inst)}逾期{s.amount()}未处理。无需拨打电话，点击进入在线人工客服 {link} ，"
        f"{s.rng.choice(['发送“协商”即可办理', '客服将一对一为您制定还款方案', '可在线核对账单并申请减免'])}"
        f"{s.rng.choice(['（在线时间8:00-22:00）', '，当前排队人数较多请耐心等待', '，链接24小时内有效', ''])}。"
    )
    return _msg(text, inst, s.rng.choice([None, s.bad_sender()]), rec, _own_account(s))


_SOCIAL = ("抖音", "小红书", "快手", "微博", "视频号")


def z_s_03(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    plat = s.rng.choice(_SOCIAL)
    acct = s.rng.choice(
        [
            f"{ref}{s.rng.choice(['协商还款中心', '贷后服务', '官方客服', '债务协商'])}",
            f"{ref}{s.rng.choice(['官方', '客服'])}{s.rng.randint(1, 99)}",
        ]
    )
    r = s.rng.random()
    if r < 0.45:
        how = f"在{plat}搜索“{acct}”，私信发送“姓名+手机号+逾期金额”"
    elif r < 0.75:
        how = f"关注{plat}号{s._rand_alnum(s.rng.randint(6, 9)).lower()}（{acct}）并私信客服"
    else:
        how = f"于今晚{s.rng.randint(19, 21)}点进入{plat}“{acct}”直播间，{s.rng.choice(['评论区留言“协商”', '点击右下角“预约协商”'])}"
    text = (
        f"{greet}，您在{ref}的{_debt_at(s, inst, ref)}已逾期{s.days(5, 180)}天。为方便您处理，{ref}已开通{plat}协商服务，"
        f"请{how}，{s.rng.choice(['专员将在24小时内回复', '可领取专属减免方案', '名额有限'])}。"
    )
    return _msg(
        _maybe_sign(s, inst, text) if s.rng.random() < 0.4 else text,
        inst,
        s.bad_sender(),
        rec,
        _own_account(s),
    )


def z_s_04(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    kw = s.rng.choice(["XS", "YQ", "FQ", "TX", "HK", "协商"])
    sender = s.rng.choice([None, s.bad_sender(), s.bad_sender()])
    if sender and not sender.startswith("1069") and s.rng.random() < 0.3:
        where = "直接回复至本号码"  # the sender itself is a mobile / virtual number
    else:
        where = f"发送至{s.rng.choice([s.mobile, s.virtual, s.port1069])()}"
    card = inst.kind == "credit_card_centre"
    what = f"尾号{s.tail()}信用卡" if card and s.rng.random() < 0.6 else _debt(s, inst)
    head = s.rng.choice([f"{s.brand(inst)}{'信用卡中心' if card else ''}：", f"【{s.ref(inst)}】", ""])
    text = (
        f"{head}{greet}，您的{what}逾期{s.amount()}，现可申请{s.rng.choice(['逾期分期', '停息还本', '延期还款', '减免罚息'])}。"
        f"请编辑短信“{kw}+姓名+身份证后{s.rng.choice(['四', '六', '4', '6'])}位”{where}，"
        f"系统将自动审核，{s.rng.choice(['24小时内短信通知结果', '当日回复办理结果', '审核通过后专员回电'])}。"
    )
    return _msg(text, inst, sender, rec, _own_account(s))


_CIRCLED = dict(zip("0123456789", "⓪①②③④⑤⑥⑦⑧⑨", strict=True))
_CN_DIGITS = dict(zip("0123456789", "零幺二三四五六七八九", strict=True))


def _obfuscated(s: Slots, number: str) -> tuple[str, bool]:
    """(written number, readable as digits after NFKC) in one of several spellings."""
    r = s.rng.random()
    if r < 0.3:
        return s.fmt_number(number), True
    if r < 0.5:
        return " ".join(number), True
    if r < 0.65:
        return "".join(_CIRCLED[c] for c in number), True
    if r < 0.8:
        return "-".join([number[:3], number[3:7], number[7:]]) if len(number) == 11 else number, True
    return "".join(_CN_DIGITS[c] for c in number), False


def z_s_05(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    hl = s.hotline(inst)
    official = f"官方热线{hl}" if hl else "官方热线"
    fake = s.rng.choice([s.fake400, s.mobile, s.landline, s.virtual, s.fake400])()
    written, readable = _obfuscated(s, fake)
    why = s.rng.choice(["系统升级", "线路维护", "来电量激增", "业务迁移"])
    kind = s.rng.choice(["临时专线", "备用专线", "应急协商专线", "分流专线"])
    text = (
        f"{ref}通知：{greet}，因{why}，{official}{s.rng.choice(['暂停受理逾期协商业务', '暂时无法接通', '逾期业务暂不办理'])}"
        f"（{s.date(0)}至{s.date(s.days(2, 7))}）。如需办理{s.rng.choice(['延期', '分期', '减免', '停催'])}，请拨打{kind}：{written}"
        f"{s.opt('（工作人员工号' + s.rng.choice('ABKT') + str(s.rng.randint(100, 999)) + '）', 0.4)}。您的{_debt(s, inst)}已逾期{s.days(3, 150)}天，请勿拖延。"
    )
    sender = s.bad_sender() if not readable or s.rng.random() < 0.5 else None
    return _msg(text, inst, sender, rec, _own_account(s))


# -- round 3: mistaken -------------------------------------------------------------------------------------


def z_m_01(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    other = s.name()
    shown = s.rng.choice([_honorific(s, other), _honorific(s, other), _masked(s, other), other])
    hl = s.hotline(inst)
    r = s.rng.random()
    if r < 0.4:
        text = (
            f"您好，请问您是{shown}本人吗？我行有重要账务事项需与{shown}本人确认。"
            f"{s.rng.choice(['是本人请回复1，非本人请回复2', '如是本人请回复“是”，如非本人请回复“否”', '本人请回复Y，非本人请回复N'])}，"
            f"{s.rng.choice(['感谢配合。', '回复非本人后我们将不再打扰。', '我行将据此更新联系信息。'])}"
        )
    elif r < 0.75:
        text = (
            f"【身份确认】您好，本短信发送给{shown}。{shown}在我行的{_debt(s, inst)}已逾期，请本人"
            + (f"致电{hl}" if hl else f"登录{s.app(inst)}App")
            + f"处理。如您不是{shown}本人，请回复“2”或直接忽略。"
        )
    else:
        text = (
            f"{shown}您好，为保护客户隐私，请先确认身份：若本号码使用人为{shown}本人，请回复“本人”，"
            f"我们将告知账户逾期详情；如非本人，请回复“非本人”。"
        )
    rec = s.name(avoid=other) if s.rng.random() < 0.6 else None
    has = s.rng.choice([False, None])
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst, 0.8), rec, has)


_CITY_DISTRICTS = {
    "北京": ("朝阳区", "海淀区", "丰台区"),
    "上海": ("浦东新区", "闵行区", "静安区"),
    "广州": ("天河区", "白云区", "番禺区"),
    "深圳": ("南山区", "宝安区", "龙华区"),
    "杭州": ("西湖区", "萧山区", "拱墅区"),
    "武汉": ("武昌区", "洪山区", "江岸区"),
    "成都": ("锦江区", "武侯区", "成华区"),
    "郑州": ("金水区", "二七区", "中原区"),
}
_TRADE = ("商贸", "贸易", "餐饮管理", "信息科技", "建材", "物流", "装饰工程", "服装")
_SHOPS = ("便利店", "五金店", "餐馆", "建材经营部", "服装店", "水果店")
_BIZ_WORDS = ("恒达", "鑫源", "盛泰", "佳和", "宏图", "润丰", "启航", "锦程", "瑞祥", "众诚")


def z_m_02(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    other = s.name()
    city = s.rng.choice(sorted(_CITY_DISTRICTS))
    if s.rng.random() < 0.6:
        company = f"{city}{s.rng.choice(_BIZ_WORDS)}{s.rng.choice(_TRADE)}有限公司"
        role = "法定代表人"
        loan = s.rng.choice(["普惠经营贷款", "流动资金贷款", "小微企业信用贷款", "公司卡"])
    else:
        district = s.rng.choice(_CITY_DISTRICTS[city])
        company = f"{city}市{district}{s.rng.choice(_BIZ_WORDS)}{s.rng.choice(_SHOPS)}（个体工商户）"
        role = "经营者"
        loan = s.rng.choice(["普惠经营贷款", "个体工商户经营贷款", "商户经营贷"])
    rep = s.rng.choice([other, _masked(s, other), _masked(s, other)])
    hl = s.hotline(inst)
    if s.rng.random() < 0.55:
        text = (
            f"{company}（{role}：{rep}）：贵{'公司' if role == '法定代表人' else '户'}在我行的{loan}已逾期{s.days(3, 120)}天，"
            f"欠款本息{s.amount(5000, 500000)}。请{other[0]}总尽快安排还款，"
            + (f"如有疑问请致电{hl}。" if hl else f"可通过{s.app(inst)}App企业服务办理。")
        )
    else:
        text = (
            f"{other[0]}总您好，{company}名下{loan}本期应还{s.amount(2000, 200000)}扣款未成功，已逾期。"
            f"请{role}{rep}于{s.date(s.days(1, 5))}前将款项存入结算账户{s.opt('（尾号' + s.tail() + '）', 0.5)}。"
        )
    rec = s.name(avoid=other) if s.rng.random() < 0.7 else None
    has = s.rng.choice([False, False, None]) if rec else False
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, has)


def z_m_03(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = s.name(avoid=rec)
    shown = s.rng.choice([_masked(s, other), _masked(s, other), _honorific(s, other)])
    tail = s.tail()
    r = s.rng.random()
    if r < 0.5:
        text = (
            f"{s.brand(inst)}信用卡：您好，您持有的尾号{tail}附属卡所属主卡（主卡持卡人{shown}）已逾期{s.days(5, 120)}天，"
            f"{s.rng.choice(['附属卡已同步暂停使用', '附属卡交易将同步受限', '附属卡额度已同步冻结'])}。"
            f"附属卡持卡人无需承担主卡欠款，烦请提醒主卡持卡人尽快通过{s.app(inst)}App还款。"
        )
    else:
        text = (
            f"您好，您是{shown}名下信用卡的附属卡持卡人（卡号尾号{tail}）。因主卡账户逾期{s.amount(500, 50000)}，"
            f"{s.rng.choice(['您的附属卡暂停使用', '附属卡将暂停使用'])}，主卡还清后自动恢复。"
            f"{s.rng.choice(['请告知主卡持卡人及时处理。', '主卡欠款由主卡持卡人承担。', ''])}"
        )
    return _msg(
        _maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, s.rng.choice([True, True, None])
    )


def z_m_04(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    other = s.name()
    hl = s.hotline(inst)
    sent = s.date(-s.days(1, 6))
    cause = s.rng.choice(
        ["客户预留号码有误", "系统号码匹配错误", "同名客户信息混淆", "客户登记的联系电话有误"]
    )
    name_part = s.opt(f"（客户{_masked(s, other)}）", 0.5)
    text = (
        f"{s.rng.choice(['您好，', '尊敬的用户：', ''])}{_we(s, inst)}于{sent}向本号码发送的"
        f"{s.rng.choice(['逾期提醒', '催收短信', '账单逾期通知', '还款提醒'])}{name_part}，因{cause}而误发，"
        f"{s.rng.choice(['所涉欠款与您无关', '该账户并非您本人名下', '相关账户不属于您'])}，{s.rng.choice(['请您忽略', '您无需处理', '请勿理会'])}。"
        f"给您造成困扰，{s.rng.choice(['深表歉意', '敬请谅解'])}。"
        + (f"如再收到类似信息，可致电{hl}反映。" if hl and s.rng.random() < 0.5 else "")
    )
    rec = s.name(avoid=other) if s.rng.random() < 0.5 else None
    has = False if not (name_part and rec) else s.rng.choice([False, None])
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, has)


def z_m_05(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    other = s.name()
    shown = s.rng.choice([other, _masked(s, other), _honorific(s, other)])
    hl = s.hotline(inst)
    tail_note = s.rng.choice(
        [
            "如本号码并非其家属所有，请忽略本短信",
            f"如您与借款人无关，请致电{hl}告知" if hl else "如您与借款人无关，请忽略本短信",
            "",
        ]
    )
    text = (
        f"您好，{_we(s, inst)}获悉借款人{shown}{s.rng.choice(['已身故', '不幸离世', '已去世'])}，深表哀悼。"
        f"其名下{_debt(s, inst)}尚有{s.amount(1000, 90000)}未结清（已逾期{s.days(10, 200)}天）。"
        f"烦请其{s.rng.choice(['家属', '继承人', '家属或遗产管理人'])}携{s.rng.choice(['死亡证明及继承关系证明', '死亡证明、身份证件'])}"
        f"至{_we(s, inst)}网点办理{s.rng.choice(['后续手续', '遗产债务处理', '账户结清手续'])}"
        + (f"，{tail_note}。" if tail_note else "。")
    )
    rec = s.name(avoid=other) if s.rng.random() < 0.6 else None
    has = s.rng.choice([False, None]) if rec else False
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, has)


# -- round 3: scam -----------------------------------------------------------------------------------------

_GIFT_CARDS = ("京东E卡", "沃尔玛购物卡", "App Store充值卡", "中石化加油卡", "话费充值卡", "携程任我行礼品卡")


def z_c_01(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    owed = s.money(2000, 60000)
    pay = round(owed * s.rng.uniform(0.2, 0.5) / 100) * 100 or 500
    face = s.rng.choice([100, 200, 500, 1000])
    n = max(1, int(pay // face))
    gift = s.rng.choice(_GIFT_CARDS)
    to = s.rng.choice(
        [
            f"拍照发送至专员微信{s.wxid()}",
            "回复至本号码",
            f"发送给专员{s.mobile()}",
            f"提交至 {s.bad_link(inst)}",
        ]
    )
    text = (
        f"{s.ref(inst)}{s.rng.choice(['贷后减免中心', '结清专席', '协商中心'])}：{greet}，您的逾期欠款{_yuan(owed)}可减免至{face * n}元一次性结清。"
        f"因{s.rng.choice(['对公通道维护', '系统对账需要', '银行通道限额'])}，本次还款需通过购买{gift}（面值{face}元×{n}张）完成，"
        f"将卡号及卡密{to}，核销后{s.rng.choice(['自动结清', '1小时内出具结清证明', '逾期记录同步撤销'])}。"
    )
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


_B58 = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz123456789"


def _trc20(s: Slots) -> str:
    while True:
        a = "T" + "".join(s.rng.choice(_B58) for _ in range(33))
        if not re.search(r"\d{5}", a):
            return a


def z_c_02(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    firm = f"{s.rng.choice(CITIES)}{s.rng.choice(_BIZ_WORDS)}资产管理有限公司"
    owed = s.money(3000, 90000)
    r = s.rng.random()
    if r < 0.5:
        dest = (
            f"我司指定收款账户：{s.rng.choice(BANKS_FOR_CARDS)} {s.spaced_card(s.card())}，户名{s.name()}"
            f"{s.rng.choice(['（财务）', '（我司出纳）', ''])}"
        )
    elif r < 0.75:
        dest = f"我司财务支付宝{s.mobile()}（{s.name()}）"
    else:
        dest = f"USDT（TRC20）收款地址{_trc20(s)}"
    text = (
        f"【债权转让通知】{greet}，{s.ref(inst)}已将您名下逾期{_debt(s, inst)}债权（本息{_yuan(owed)}）转让给{firm}，"
        f"原平台还款通道已关闭，向原平台还款将不被认可。请于{s.date(s.days(1, 5))}前将欠款"
        f"{s.rng.choice(['一次性', '按八折', '按七折'])}转入{dest}。"
        f"{s.rng.choice(['逾期将移交律所起诉。', '逾期安排属地上门。', '到账后出具债务结清函。'])}"
    )
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


def z_c_03(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    _greet, rec = s.self_greeting()
    who = s.rng.choice(["你", "你", rec or "你"])
    got = s.rng.choice(
        [
            "已调取你的通讯录及紧急联系人",
            f"已导出你手机通讯录{s.rng.randint(80, 600)}人",
            "已掌握你的家人、同事联系方式",
        ]
    )
    threat = s.rng.choice(
        [
            "向你通讯录全员群发“逾期曝光函”",
            "在你所在小区和单位张贴欠款公告",
            "把你的照片做成“老赖”海报发到家族群和同事群",
            "给你每个联系人打电话说明你欠钱不还",
        ]
    )
    dest = s.rng.choice(
        [
            f"支付宝{s.mobile()}（{s.name()}）",
            f"微信{s.wxid()}",
            f"{s.rng.choice(BANKS_FOR_CARDS)}卡{s.spaced_card(s.card())}，户名{s.name()}",
        ]
    )
    text = (
        f"{s.ref(inst)}{s.rng.choice(['贷后', '风控部', '催收组'])}：{who}已逾期{s.days(3, 60)}天，{got}。"
        f"今天{s.rng.randint(14, 20)}点前不处理，将{threat}。最后给你一次机会：{s.amount(500, 15000)}转到{dest}，"
        f"{s.rng.choice(['到账即删除通讯录数据', '到账后停止一切曝光', '转完截图发我'])}。"
    )
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


def z_c_04(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    mob = s.mobile()
    r = s.rng.random()
    if r < 0.35:
        code = s.rng.choice(["**21*", "**67*", "**61*"])
        step = (
            f"为确保专员能及时联系您，请在拨号键盘输入{code}{mob}#开通呼叫转移，"
            f"办理完毕后输入##{code.strip('*')[:2]}#取消"
        )
    elif r < 0.7:
        step = (
            f"请打开{s.rng.choice(['支付宝', '微信', '云闪付'])}付款码，截图发送至专员"
            f"{s.rng.choice(['微信' + s.wxid(), 'QQ' + str(s.rng.randint(10**8, 10**10)), mob])}，系统将自动扣除减免后的欠款"
        )
    else:
        step = (
            f"请在{s.rng.choice(['支付宝', '微信', '云闪付'])}中将专员手机号{mob}添加为“{s.rng.choice(['亲情卡', '亲密付', '亲情付'])}”，"
            f"额度设为{s.rng.choice([2000, 5000, 10000, 20000])}元，由系统代扣欠款"
        )
    text = (
        f"{s.ref(inst)}：{greet}，您的{_debt(s, inst)}逾期欠款{s.amount(500, 30000)}已通过减免审核。"
        f"{step}，{s.rng.choice(['办理后逾期记录自动撤销。', '今日内有效。', '全程无需转账，请放心操作。'])}"
    )
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


_TASK_APPS = ("悦享帮", "云助力", "惠众联盟", "淘客优选", "点点赚", "益起帮")


def z_c_05(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    fee = s.rng.choice([100, 200, 300, 500, 1000])
    rebate = s.rng.choice([15, 20, 30, 50, 80])
    app = s.rng.choice(_TASK_APPS)
    task = s.rng.choice(["点赞关注", "商品浏览下单", "刷单返利", "视频助力", "酒店好评"])
    contact = s.rng.choice(
        [f"专员QQ{s.rng.randint(10**8, 10**10)}", f"专员微信{s.wxid()}", f"专员{s.mobile()}"]
    )
    text = (
        f"{s.ref(inst)}{s.rng.choice(['逾期客户帮扶计划', '惠民减债活动', '还款助力活动'])}：{greet}，您可参加“任务抵债”活动，"
        f"下载{app}App完成{task}任务，每单返佣{rebate}元直接抵扣欠款。"
        f"{s.rng.choice([f'首单需先垫付{fee}元', f'新手任务需先充值{fee}元作为任务保证金', f'需先缴纳{fee}元激活账户'])}，"
        f"完成后本金连同佣金一并返还。请联系{contact}领取任务。"
    )
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


#: One-line description of each family (kept here, not in generate.py; see verifier/corpus/rounds/round03.md).
BLIND3_STYLES: dict[str, str] = {
    "z_g_01": "card suspended / frozen / limit cut because of the overdue debt; restore after paying (some bilingual)",
    "z_g_02": "early stage: repayment grace period (宽限期), pay before it ends",
    "z_g_03": "follow-up of a missed call from the bank: call back the official hotline",
    "z_g_04": "a 催收函 / 提前到期通知书 was mailed (EMS / registered letter) to the address on file",
    "z_g_05": "advance notice that the debt will be handed to an outside collection agency; pay only to the bank",
    "z_s_01": "download the 'new' / 'special' app as an APK / enterprise-certificate build from an unofficial host",
    "z_s_02": "'无需拨打电话': link to a third-party online live-chat widget",
    "z_s_03": "negotiate through a Douyin / Xiaohongshu / Kuaishou / Weibo account DM or live stream",
    "z_s_04": "text a keyword + name + ID digits to another number or port to apply for a plan",
    "z_s_05": "official hotline 'suspended' or busy; call a temporary line, the number written obfuscated",
    "z_m_01": "identity check before disclosure: 'are you X? reply 1 / 2', to someone who is not X",
    "z_m_02": "business loan of a company / sole trader, legal representative '<surname>总' is someone else",
    "z_m_03": "supplementary-card holder told that the main cardholder (someone else) is overdue",
    "z_m_04": "the bank corrects an earlier reminder sent to this number by mistake",
    "z_m_05": "the borrower has died; heirs asked to come to a branch; recipient is not the borrower",
    "z_c_01": "settle the discounted debt with gift / prepaid card codes (京东E卡, App Store, 加油卡)",
    "z_c_02": "'债权转让通知': the debt was sold; pay the new 'creditor' via a person's card, Alipay or USDT",
    "z_c_03": "extortion: contacts harvested, exposure threat unless paid to a personal wallet / card",
    "z_c_04": "hand over control: call-forwarding code, payment-code screenshot or 亲密付 to an 'officer'",
    "z_c_05": "'任务抵债': do click-farming tasks to offset the debt, advance a deposit first",
}
