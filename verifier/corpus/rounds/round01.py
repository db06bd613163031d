# ruff: noqa: E501  (template lines are Chinese text, which counts double width; splitting them hurts reading)
"""Blind held-out template families: written without reading the rules; held out in ``test`` until read."""

from __future__ import annotations

import re
from datetime import timedelta

from verifier.corpus.families import (
    scam_sender,
)
from verifier.corpus.slots import (
    BAD_TLDS,
    BANKS_FOR_CARDS,
    CITIES,
    FAKE_APPS,
    GIVEN,
    MEETING_APPS,
    Msg,
    Slots,
    fake_names,
    make_msg,
    official_sender,
    self_account,
)
from verifier.registry import Institution

# -- blind held-out families ---------------------------------------------------------------------------------
#
# Written "blind": from general knowledge of 2024–2026 Chinese bank / lender / agency / fraud SMS, without
# reading the project's rules, checks, extraction, normalisation or feature code, and without running the
# verifier on these messages. Their ids start with ``x_``, they were held out in ``test`` until read and they use
# the same slot machinery (verified official channels only for genuine / mistaken, made-up channels for
# spoofed / scam). See data/README.md, "Blind held-out families".

BLIND_PREFIX = "x_"
#: Rows per blind family, as a share of ``n_per_family`` (keeps the corpus small; equal for every label).
BLIND_SHARE = 0.8

_PINYIN_SURNAMES = dict(
    zip(
        "张王李赵刘陈杨黄周吴徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹",
        "ZHANG WANG LI ZHAO LIU CHEN YANG HUANG ZHOU WU XU SUN MA ZHU HU GUO HE LIN LUO GAO ZHENG LIANG XIE "
        "SONG TANG XU HAN FENG DENG CAO".split(),
        strict=True,
    )
)
_PINYIN_GIVEN = dict(
    zip(
        GIVEN,
        "WEIMING XIUYING JIANHUA LIJUAN ZHIQIANG HAIYAN GUOQING XIAODONG CHUNMEI WENBO ZIHAN YUTONG HAORAN "
        "XINYI JUNJIE JIAQI YUHANG SIYUAN YULAN GUIFANG JIANGUO HONGXIA LIXIN XIAOLI JIAHAO ZIXUAN YIMING "
        "YATING ZHENYU MEILING DEHUA FENGYING MINGHUI HAIBO SHUZHEN YONGQIANG TINGTING CHENYANG JINGYI "
        "SHAOHUA HONGWEI LIPING XIAOJUN YANAN TIANYU RUOXI JIAXIN WENJING ZHIMING YUNFEI".split(),
        strict=True,
    )
)


def pinyin_name(name: str) -> tuple[str, str] | None:
    """(SURNAME, GIVEN) in upper-case pinyin for a pool name, or None when not in the small table."""
    sur, given = _PINYIN_SURNAMES.get(name[0]), _PINYIN_GIVEN.get(name[1:])
    return (sur, given) if sur and given else None


_COLLECTION_FIRMS = (
    "恒信通商务服务有限公司",
    "北京佰融资产管理有限公司",
    "深圳市安合信息咨询有限公司",
    "杭州远拓金融外包服务有限公司",
    "成都嘉诚数据服务有限公司",
    "上海中和众信商务咨询有限公司",
)
_LAW_FIRMS = ("德衡正信", "金诚同泽", "华章明理", "中凯博远", "致远恒法", "广和盛世")
_PAYLATER = (
    "京东金条",
    "京东白条",
    "美团月付",
    "美团借钱",
    "抖音月付",
    "花呗",
    "借呗",
    "分期乐",
    "拿去花",
    "安逸花",
)


def _pinyin_other(s: Slots, avoid: str) -> str:
    """A pool name with a pinyin spelling whose surname (and its pinyin: 徐/许 are both XU) differs from ``avoid``."""
    mine = pinyin_name(avoid)
    while True:
        n = s.name(avoid=avoid)
        py = pinyin_name(n)
        if py and (mine is None or py[0] != mine[0]):
            return n


def _what(s: Slots, inst: Institution) -> str:
    """What the debt is called: a product of the institution, else "信用卡" / "借款" by its kind."""
    if inst.products and s.rng.random() < 0.6:
        return s.rng.choice(inst.products)
    if inst.kind == "credit_card_centre":
        return s.rng.choice(["信用卡", "信用卡账户", "个人贷款"])
    return s.rng.choice(["借款", "贷款", "消费贷款"])


_CITY_DISTRICTS = {
    "北京": ("京", ("朝阳区", "海淀区", "西城区")),
    "上海": ("沪", ("浦东新区", "闵行区", "徐汇区")),
    "广州": ("穗", ("天河区", "越秀区", "海珠区")),
    "深圳": ("深", ("南山区", "福田区", "龙岗区")),
    "杭州": ("杭", ("西湖区", "余杭区", "滨江区")),
    "南京": ("宁", ("江宁区", "鼓楼区", "建邺区")),
    "武汉": ("汉", ("武昌区", "江汉区", "洪山区")),
    "成都": ("蓉", ("锦江区", "武侯区", "高新区")),
    "西安": ("西", ("雁塔区", "未央区", "碑林区")),
    "长沙": ("长", ("岳麓区", "芙蓉区", "雨花区")),
}


def _place(s: Slots) -> tuple[str, str, str]:
    """(city, one-character abbreviation, a district of that city)."""
    city = s.rng.choice(sorted(_CITY_DISTRICTS))
    abbr, districts = _CITY_DISTRICTS[city]
    return city, abbr, s.rng.choice(districts)


def _bill_month(s: Slots) -> int:
    return (s.now.replace(day=1) - timedelta(days=1)).month


def _masked_mobile(s: Slots) -> str:
    return f"1{s.rng.choice('3578')}{s.rng.randint(0, 9)}****{s.rng.randint(0, 9999):04d}"


def _money2(x: float) -> str:
    return f"{x:,.2f}"


# -- blind: genuine


def x_g_card_statement(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    tail, total = s.tail(), s.money(800, 50000)
    minimum = round(total * s.rng.choice([0.1, 0.1, 0.05]), 2)
    if s.rng.random() < 0.5:
        text = (
            f"{greet}，您尾号{tail}的信用卡{_bill_month(s)}月账单应还款额{_money2(total)}元，"
            f"最低还款额{_money2(minimum)}元，到期还款日{s.date(-s.days(2, 25))}，截至目前尚未还足最低还款额，"
            f"已产生违约金及利息，并可能影响您的信用记录。请尽快还款"
            f"{s.opt('（可通过' + s.app(inst) + 'App“信用卡-还款”办理）', 0.6)}。如已还款请忽略。"
        )
    else:
        hl = s.hotline(inst)
        text = (
            f"{greet}：您的{s.brand(inst)}信用卡（尾号{tail}）本期账单已逾期{s.days(1, 45)}天，"
            f"请至少偿还最低还款额{_money2(minimum)}元；全额还款{_money2(total)}元可停止继续计息。"
            + (f"详询{hl}。" if hl else "")
        )
    return make_msg(s.sign(inst, text), inst, official_sender(s, inst), rec, self_account(s))


def x_g_autodebit_notice(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    hour = s.rng.choice([10, 14, 18, 20])
    if s.rng.random() < 0.5:
        text = (
            f"{s.brand(inst)}温馨提示：{greet}，您的{_what(s, inst)}逾期款项{s.amount(200, 30000)}，"
            f"我行将于{s.rng.choice(['今日', '明日'])}{hour}点起从您尾号{s.tail()}的借记卡再次发起自动扣款，"
            f"请确保账户余额充足。如已通过{s.app(inst)}App还款，请忽略本提示。"
        )
    else:
        text = (
            f"{greet}，您尾号{s.tail()}的账户今日已扣款{s.amount(50, 3000)}，{_what(s, inst)}仍有逾期"
            f"{s.amount(100, 20000)}未结清。系统将于每日{hour}:00继续尝试扣款直至结清，"
            f"您也可登录{s.app(inst)}App主动还款，减少罚息。"
        )
        text = s.sign(inst, text)
    return make_msg(text, inst, official_sender(s, inst), rec, self_account(s))


def x_g_extension_confirmed(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    kind = s.rng.choice(["延期还款", "还款宽限", "个性化分期"])
    if s.rng.random() < 0.6:
        text = (
            f"{greet}，根据您的申请，已为您办理{_what(s, inst)}{kind}：原{s.date(-s.days(3, 30))}到期的应还款项"
            f"{s.amount(300, 40000)}调整至{s.date(s.days(20, 90))}还款，"
            f"{s.rng.choice(['延期期间不产生罚息', '调整期间按合同约定利率计息', '办理成功后逾期状态将暂停更新'])}。"
            f"请按新还款日通过{s.app(inst)}App或网点柜面还款。"
            f"{s.opt('我行不会以任何名义要求您向个人账户转账，请谨防诈骗。', 0.5)}"
        )
    else:
        hl = s.hotline(inst)
        text = (
            f"您的{kind}申请已办理成功，新还款日{s.date(s.days(15, 60))}，当期应还{s.amount(100, 8000)}。"
            + (f"详询{hl}。" if hl else f"详情请查看{s.app(inst)}App。")
        )
    return make_msg(
        s.sign(inst, text), inst, official_sender(s, inst), rec, True if s.rng.random() < 0.8 else None
    )


def x_g_agency_named(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    firm = s.rng.choice(_COLLECTION_FIRMS)
    hl = s.hotline(inst)
    verify = f"{s.app(inst)}App" + (f"或致电{inst.name}客服{hl}" if hl else "")
    staff = f"工号{s.rng.choice('ABCDHKT')}{s.rng.randint(0, 999):03d}"
    text = (
        f"{greet}您好，{firm}受{inst.name}委托，就您{_what(s, inst)}逾期欠款{s.amount()}"
        f"（已逾期{s.days(31, 400)}天）与您联系。请通过{inst.name}官方渠道还款：{verify}，"
        f"可核实本次委托信息。本公司不以任何形式代收款项。"
        f"{s.opt('委托期限至' + s.date(s.days(30, 90)) + '。', 0.5)}{s.opt(staff, 0.5)}"
    )
    return make_msg(text, inst, None, rec, self_account(s))


def x_g_partial_received(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    text = (
        f"{greet}，您于{s.date(-s.days(0, 3))}还款{s.amount(100, 5000)}已入账。"
        f"您的{_what(s, inst)}当前仍有逾期金额{s.amount(200, 30000)}未还，"
        f"{s.rng.choice(['逾期状态将持续至全部结清', '未结清部分将继续计收罚息', '结清前逾期记录仍会正常报送'])}，"
        f"请于{s.date(s.days(1, 10))}前通过{s.app(inst)}App补足。"
    )
    return make_msg(s.sign(inst, text), inst, official_sender(s, inst), rec, self_account(s))


# -- blind: spoofed


def x_s_landline_callback(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    number = s.landline()
    number = f"{number[:-8]}-{number[-8:]}" if s.rng.random() < 0.6 else number
    number = s.rng.choice([number, number, s.fmt_number(s.fake400())])
    ext = s.opt(f"转{s.rng.randint(8000, 8999)}", 0.5)
    card = inst.kind == "credit_card_centre"
    dept = s.rng.choice(["风险管理部", "资产保全部", "客户服务部"])
    debt = f"尾号{s.tail()}信用卡" if card else f"{_what(s, inst)}账户"
    text = (
        f"{s.brand(inst)}{'信用卡中心' if card else ''}{dept}：{greet}，"
        f"您名下{debt}已逾期{s.days(10, 200)}天，欠款{s.amount()}。"
        f"请于{s.date(s.days(1, 3))}前致电{number}{ext}与经办人核实还款安排，"
        f"{s.rng.choice(['以免影响您的信用记录。', '逾期未联系将按程序处理。', '感谢配合。'])}"
    )
    sender = s.rng.choice([None, None, s.bad_sender()])
    return make_msg(text, inst, sender, rec, self_account(s))


def _lookalike_signature(s: Slots, inst: Institution) -> str:
    name = inst.name
    short = next((a for a in inst.aliases if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", a)), name)
    return s.rng.choice(
        [
            f"【{name}-贷后】",
            f"【{name}贷后管理中心】",
            f"【{short}金融服务】",
            f"【{name}官方】",
            f"【{name} 】",
            f"【{short}客服中心】",
            f"【中国{short}】" if not name.startswith("中国") else f"【{name}总行】",
            f"[{name}]",
        ]
    )


def x_s_lookalike_signature(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    text = (
        f"{_lookalike_signature(s, inst)}{greet}，您的{_what(s, inst)}账单已逾期{s.days(1, 90)}天，"
        f"应还{s.amount()}。{s.rng.choice(['回复1申请协商延期，回复2查询账单明细', '回复Y办理分期，回复N放弃', '回复“协商”获取专属还款方案'])}，"
        f"{s.rng.choice(['24小时内有效。', '逾期未回复将上报征信。', '回T退订'])}"
    )
    return make_msg(text, inst, s.bad_sender(), rec, self_account(s))


def _official_looking_link(s: Slots, inst: Institution) -> str:
    d = next((f.value for f in inst.domains), None) or f"{s.slug(inst)}.com"
    junk = s._rand_alnum(s.rng.randint(3, 5)).lower()
    tld = s.rng.choice(BAD_TLDS)
    path = s.rng.choice(
        ["/personal/creditcard/repay", "/mobile/hk/index.html", "/xyk/yqxs", "/loan/negotiate", "/m/hk?c=1"]
    )
    host, link = s.rng.choice(
        [
            (f"{d}.{junk}.cn", None),
            (f"{d.replace('.', '-')}.{tld}", None),
            (f"{d.split('.')[0]}-{s.rng.choice(['hk', 'xs', 'dh', 'yq'])}.{tld}", None),
            (f"{junk}.{tld}", f"https://{junk}.{tld}/{d}{path}"),
            (f"{junk}.{tld}", f"https://{d}@{junk}.{tld}{path}"),
        ]
    )
    if s.reg.owners_of_host(host):
        host, link = f"{junk}-kf.top", None
    return link or (s.rng.choice(["https://", "http://", ""]) + host + path)


def x_s_official_subpath(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    _, rec = s.self_greeting()
    text = (
        f"{s.ref(inst)}：您的{_what(s, inst)}已逾期{s.days(3, 120)}天，根据《征信业管理条例》，"
        f"逾期信息将于{s.date(s.days(1, 5))}报送。请登录官方还款页面 {_official_looking_link(s, inst)} "
        f"核对账单{s.rng.choice(['并申请延期', '并提交协商申请', '', '或申请减免'])}。"
    )
    return make_msg(text, inst, s.rng.choice([None, s.bad_sender()]), rec, self_account(s))


def x_s_fake95_postloan(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    fake = s.fake95()
    text = (
        f"【{s.brand(inst)}】贷后管理部提示：{greet}，您的{_what(s, inst)}逾期欠款{s.amount()}已进入"
        f"{s.rng.choice(['委外催收审核阶段', '上门外访排期', '法务移交审核'])}。如需申请停催或个性化分期，"
        f"请于今日{s.rng.randint(15, 20)}:00前致电{fake}{s.rng.choice(['按3', '转贷后专席', '', '转人工'])}。"
    )
    sender = s.rng.choice([fake, s.port1069(), None])
    return make_msg(text, inst, sender, rec, self_account(s))


def x_s_offchannel_kefu(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    r = s.rng.random()
    if r < 0.35:
        how = f"微信搜索小程序“{ref}{s.rng.choice(['协商还款中心', '贷后服务', '债务优化'])}”提交减免申请"
    elif r < 0.65:
        how = f"关注微信公众号“{ref}{s.rng.choice(['信用卡协商', '贷后服务中心', '个贷协商'])}”在线办理"
    else:
        mailbox = f"{s.slug(inst)}-{s.rng.choice(['xs', 'hk', 'fw'])}{s.rng.randint(1, 99)}"
        host = s.rng.choice(["163.com", "126.com", "qq.com", "sina.com"])
        how = f"将身份证正反面及收入证明发送至邮箱 {mailbox}@{host} 申请个性化分期"
    text = (
        f"{greet}，您在{ref}的{_what(s, inst)}已逾期{s.days()}天。"
        f"为避免影响征信，您可于{s.date(s.days(1, 4))}前{how}，审核通过后可停息分期。"
    )
    return make_msg(s.sign(inst, text), inst, s.rng.choice([None, s.bad_sender()]), rec, self_account(s))


# -- blind: mistaken


def x_m_recycled_statement(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = s.name(avoid=rec)
    hl = s.hotline(inst)
    text = (
        f"尊敬的{s.greet_form(other)}：截至{s.date(-1)}，您在我行的{_what(s, inst)}仍有{s.amount()}逾期未还"
        f"（逾期{s.days(5, 300)}天）。请尽快通过{s.app(inst)}App还款" + (f"或致电{hl}" if hl else "") + "。"
        f"{s.opt('本短信发送至您在我行预留的手机号' + _masked_mobile(s) + '。', 0.5)}"
    )
    return make_msg(
        s.sign(inst, text), inst, official_sender(s, inst), rec, s.rng.choice([False, False, None])
    )


def x_m_guarantor_contact(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    other = s.name()
    role = s.rng.choice(["担保人", "共同还款人", "联系人", "第一联系人"])
    hl = s.hotline(inst)
    text = (
        f"您好，{s.rng.choice([other, other[0] + '*' + other[-1]])}在{s.ref(inst)}办理{_what(s, inst)}时将您登记为{role}，"
        f"该笔借款已逾期{s.days()}天。请您协助提醒借款人及时还款，还款须由借款人本人通过{s.app(inst)}App办理。"
        + (f"如登记信息有误，请致电{hl}更正。" if hl and s.rng.random() < 0.6 else "")
    )
    rec = s.name(avoid=other) if s.rng.random() < 0.6 else None
    return make_msg(s.sign(inst, text), inst, official_sender(s, inst), rec, False)


def x_m_family_member(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = s.name(avoid=rec)
    who = s.rng.choice(["您的家人", "您的亲属", "您的家属"])
    text = (
        f"{s.brand(inst)}提醒：{who}{s.greet_form(other)}在我行的{_what(s, inst)}已逾期{s.days(1, 120)}天，"
        f"欠款{s.amount()}。{s.rng.choice(['麻烦您代为转达，请其尽快处理。', '烦请提醒其登录' + s.app(inst) + 'App还款。', '请告知其尽快还款，以免影响个人信用。'])}"
    )
    return make_msg(text, inst, official_sender(s, inst), rec if s.rng.random() < 0.7 else None, False)


def x_m_pinyin_name(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    sur, given = pinyin_name(_pinyin_other(s, rec))  # type: ignore[misc]
    en = s.rng.choice([f"{sur} {given}", f"{sur}/{given}", f"{given.title()} {sur.title()}"])
    tail, days, amt = s.tail(), s.days(1, 60), _money2(s.money())
    hl = s.hotline(inst)
    brand_en = re.sub(r"\s*\(.*\)", "", inst.name_en)
    if s.rng.random() < 0.5:
        text = (
            f"Dear {en}, your {brand_en} credit card ending {tail} is {days} days past due. "
            f"Amount due: CNY {amt}. Please repay via {s.app(inst)} App"
            + (f" or call {hl}." if hl else ".")
            + f" 尊敬的{en}，您尾号{tail}信用卡已逾期{days}天，应还{amt}元，请尽快还款。"
        )
    else:
        text = (
            f"尊敬的{en}{s.rng.choice(['先生', '女士', ''])}，您在{s.ref(inst)}的{_what(s, inst)}"
            f"已逾期{days}天，应还人民币{amt}元，请尽快登录{s.app(inst)}App还款。"
        )
    return make_msg(
        s.sign(inst, text), inst, official_sender(s, inst), rec, s.rng.choice([False, None, None])
    )


def x_m_same_surname_masked(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    same = [n for n in fake_names() if n[0] == rec[0] and n != rec and n[-1] != rec[-1]]
    other = s.rng.choice(same) if same else rec[0] + s.rng.choice([g for g in GIVEN if g[-1] != rec[-1]])
    shown = s.rng.choice([f"{other[0]}*{other[-1]}", f"{other[0]}*{other[-1]}", other])
    idtail = f"{s.rng.randint(0, 999):03d}{s.rng.choice('0123456789X')}"
    text = (
        f"{shown}您好，您（身份证尾号{idtail}）在{s.ref(inst)}的{_what(s, inst)}已逾期{s.days(1, 90)}天，"
        f"应还{s.amount()}，请尽快通过{s.app(inst)}App还款。{s.opt('本短信发送至您预留的手机号码。', 0.4)}"
    )
    return make_msg(s.sign(inst, text), inst, official_sender(s, inst), rec, False)


# -- blind: scam


def x_c_refund_claim(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    product = s.rng.choice(inst.products) if inst.products else "账户"
    why = s.rng.choice(
        [
            f"您在{s.ref(inst)}的借款年化利率超过监管上限，可申请退还多收利息{s.amount(300, 9000)}",
            f"您的{s.ref(inst)}账户因系统升级重复扣款{s.amount(100, 3000)}，现为您办理退款",
            f"您开通的{s.ref(inst)}借款保障险产生重复扣费，可申请理赔{s.amount(200, 5000)}",
        ]
    )
    how = s.rng.choice(
        [
            f"请联系退款专员{s.fake_callback()}，按指引下载{s.rng.choice(MEETING_APPS)}开启屏幕共享完成退款操作",
            f"退款前需核验收款能力，请先将{product}可借额度借出并转入退款核验账户{s.spaced_card(s.card())}（户名{s.name()}），"
            "核验后连同退款一并返还",
            f"稍后您将收到{s.code_len()}位验证码，请告知客服以完成理赔登记",
            f"请下载{s.rng.choice(FAKE_APPS)}App（{s.bad_link(inst)}）填写银行卡信息领取",
        ]
    )
    text = f"{s.ref(inst)}客服：{greet}，{why}。{how}，{s.rng.choice(['今日有效。', '逾期视为自动放弃。', '退款将原路返回。'])}"
    return make_msg(text, inst, scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


def x_c_cancel_paylater(s: Slots, p: dict) -> Msg:
    pool = [i for i in p["all"] if set(i.names()) & set(_PAYLATER)] or p["all"]
    inst = s.pick(pool)
    greet, rec = s.self_greeting()
    product = s.rng.choice(sorted(set(inst.names()) & set(_PAYLATER)) or [_what(s, inst)])
    head = s.rng.choice(
        ["【国家金融监督管理总局】", "【银保监会】", f"{s.ref(inst)}客服中心：", "【征信中心】"]
    )
    step = s.rng.choice(
        [
            f"关闭前需清空额度：请将{product}剩余额度全部借出并转入指定注销账户{s.spaced_card(s.card())}（户名{s.name()}），"
            "注销完成后24小时内原路退回",
            f"请添加注销专员QQ {s.rng.randint(10**8, 10**10)}，开启屏幕共享协助关闭",
            f"请致电注销专线{s.fake_callback()}，按提示提供收到的验证码完成注销",
        ]
    )
    text = (
        f"{head}{greet}，您开通的{product}服务{s.rng.choice(['为学生时期开通', '未完成实名认证', '不符合最新监管规定'])}，"
        f"需在今日内关闭，否则将{s.rng.choice(['每月扣除征信分', '每月收取服务费' + s.amount(50, 500), '影响您的个人征信'])}。{step}。"
    )
    return make_msg(text, inst, scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


def x_c_blacklist_deposit(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    basis = s.opt("根据金融监督管理总局通报，", 0.4)
    text = (
        f"{s.ref(inst)}风控中心：{greet}，{basis}您因{_what(s, inst)}逾期已被列入"
        f"{s.rng.choice(['全国网贷黑名单', '征信黑名单', '金融失信名单'])}，名下银行卡及支付宝将于{s.date(s.days(1, 3))}起被限制使用。"
        f"如需移出名单，需缴纳信用保证金{s.money(800, 9000):.0f}元至对公账户：{s.rng.choice(BANKS_FOR_CARDS)} "
        f"{s.spaced_card(s.card())}，户名：{s.name()}（财务专员）。保证金在您还清后全额退还。"
    )
    return make_msg(text, inst, scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


def x_c_last_window_corporate(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    text = (
        f"【{s.ref(inst)}】最后协商通知：{greet}，您的账户将于{s.date(1)} {s.rng.randint(9, 17)}:00正式报送征信并移交诉讼。"
        f"现为您开通最后一次协商窗口：一次性结清仅需{s.amount(500, 20000)}（减免{s.money(200, 8000):.0f}元）。"
        f"请于今日将款项汇入我司对公还款账户——开户行：{s.rng.choice(BANKS_FOR_CARDS)}{s.rng.choice(CITIES)}分行，"
        f"账号：{s.spaced_card(s.card())}，户名：{s.name()}。汇款备注“结清”，{s.rng.choice(['12小时内', '当日', '24小时内'])}出具结清证明。"
    )
    return make_msg(text, inst, scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


def x_c_legal_qr_link(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    city, abbr, district = _place(s)
    link = s.rng.choice([s.short_link(), s.bad_link(inst)])
    if s.rng.random() < 0.5:
        text = (
            f"【{city}{s.rng.choice(_LAW_FIRMS)}律师事务所】律师函：{greet}，受{s.ref(inst)}委托，就您拖欠借款{s.amount(2000, 80000)}一事向您发函。"
            f"本所已备齐起诉材料，{s.date(s.days(1, 3))}前未处理将向{city}市{district}人民法院提起诉讼。"
            f"律师函原件及和解款付款二维码请查看：{link} ，扫码缴纳和解款后本所撤回起诉。"
        )
    else:
        text = (
            f"{city}市{district}金融纠纷调解中心：{greet}，您与{s.ref(inst)}的借款合同纠纷已申请"
            f"{city}仲裁委员会仲裁（案号（{s.now.year}）{abbr}仲案字第{s.rng.randint(1000, 9999)}号）。"
            f"现提供诉前调解，调解款{s.amount(1000, 50000)}请于今日{s.rng.randint(15, 18)}点前通过调解缴费链接 {link} 缴纳，"
            f"缴纳后撤回仲裁申请；逾期将出具裁决书并申请强制执行。"
        )
    return make_msg(text, inst, scam_sender(s, inst), rec, s.rng.choice([True, False, None]))
