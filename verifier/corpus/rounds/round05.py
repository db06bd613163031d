# ruff: noqa: E501  (template lines are Chinese text, which counts double width; splitting them hurts reading)
"""Fifth blind held-out set (ids ``u_…``): written without reading the rules; held out in ``test`` until read.

Written "blind", like :mod:`verifier.corpus.rounds.round01` … :mod:`verifier.corpus.rounds.round04`: from general knowledge of
2024–2026 Chinese bank / consumer-lender / collection-agency / fraud SMS, without reading the project's rules,
checks, extraction, normalisation, prefilter, feature, combine, model, training or evaluation code, and without
running the verifier on these messages. Rounds 1–4 (``x_``, ``y_``, ``z_``, ``v_``) have since been read by the
developers; this round replaces them as the untouched test set.

The family ids are deliberately neutral (``u_g_01`` …), and the one-line descriptions live in
:data:`BLIND5_STYLES` here and in ``verifier/corpus/rounds/round05.md``, so that registering the families in
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
    SURNAMES,
    THIRD_PARTY_RE,
    Msg,
    Slots,
    fake_names,
)
from verifier.registry import Institution

BLIND5_PREFIX = "u_"

_BANK_KINDS = ("bank", "credit_card_centre")


# -- helpers (private to this module, so that the u_ rows never depend on the other corpus modules) ---------


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
    return f"{s.rng.randint(lo, hi)}:{s.rng.choice(['00', '05', '15', '20', '30', '40', '45', '55'])}"


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
    return s.rng.choice(["top", "cc", "vip", "xyz", "icu", "site", "cn", "com", "net", "shop"])


def _low(s: Slots, k: int) -> str:
    return s._rand_alnum(k).lower()


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
            f"经理{s.mobile()}",
            f"专线{s.fmt_number(s.fake400())}",
        ]
    )


# -- round 5: genuine --------------------------------------------------------------------------------------


def u_g_01(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    we = _we(s, inst)
    owed = s.money(800, 90000)
    took = round(owed * s.rng.uniform(0.05, 0.9), 2)
    left = round(owed - took, 2)
    tail = s.tail()
    acct = s.rng.choice(["借记卡", "活期账户", "一类账户", "工资卡账户", "储蓄账户"])
    basis = s.rng.choice(
        [
            "根据《个人借款合同》约定",
            "根据您签署的《信用卡领用合约》",
            "依据合同约定及相关法律规定",
            "按照借款合同中的扣收条款",
        ]
    )
    r = s.rng.random()
    if r < 0.45:
        text = (
            f"{greet}，{basis}，{we}已于{s.date(-s.days(0, 2))}从您在{we}开立的尾号{tail}{acct}中扣收{_yuan(took)}，"
            f"用于归还您已逾期的{_debt(s, inst)}。扣收后尚欠{_yuan(left)}，"
            f"{s.rng.choice(['请尽快存入足额资金或通过' + s.app(inst) + 'App还款', '账户如有后续入账将继续扣收', '请于' + s.date(s.days(2, 7)) + '前还清'])}。"
            f"{s.opt('如有疑问请致电' + _hl(s, inst) + '。', 0.5)}"
        )
    elif r < 0.75:
        text = (
            f"扣划通知：{greet}，您的{_debt(s, inst)}逾期{s.days(5, 120)}天，{we}依约对您名下尾号{tail}账户内资金进行了扣划，"
            f"本次扣划{_yuan(took)}，已优先冲抵{s.rng.choice(['逾期利息及罚息', '逾期本金', '最低还款额'])}。剩余欠款{_yuan(left)}仍处于逾期状态。"
        )
    else:
        text = (
            f"{greet}：您尾号{tail}的{acct}今日入账资金已按合同约定自动用于偿还逾期欠款，"
            f"共计{_yuan(took)}。{s.rng.choice(['您的欠款已全部结清，感谢配合。', '目前仍欠' + _yuan(left) + '，请关注。', '明细可在' + s.app(inst) + 'App查询。'])}"
        )
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, _own_account(s, 0.7))


def u_g_02(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    we = _we(s, inst)
    promised = s.amount(300, 40000)
    by = s.date(s.days(1, 10))
    how = s.rng.choice(["与我行客服的通话中", "在来电中", "通过在线客服", "在" + s.app(inst) + "App中"])
    r = s.rng.random()
    if r < 0.45:
        text = (
            f"{greet}，您于{s.rng.choice(['今日', '昨日', s.date(-s.days(1, 4))])}{how}承诺在{by}前归还逾期款项{promised}，"
            f"{we}已登记您的还款承诺。请按时通过{s.app(inst)}App或{we}网点还款，"
            f"{s.rng.choice(['如到期未履行，我们将继续按合同约定催收。', '感谢您的理解与配合。', '如情况有变请及时致电' + _hl(s, inst) + '。'])}"
        )
    elif r < 0.75:
        text = (
            f"还款承诺提醒：{greet}，距您承诺的还款日（{by}）还有{s.rng.choice(['1', '2', '3'])}天，"
            f"承诺金额{promised}。{s.rng.choice(['请提前准备资金。', '还款后逾期状态将于次日更新。', '未按承诺还款将影响后续协商。'])}"
        )
    else:
        text = (
            f"{greet}：您承诺于{s.date(-s.days(1, 5))}前还款{promised}，截至目前我行尚未收到该款项，"
            f"账户仍逾期{s.days(10, 90)}天。请尽快处理或致电{_hl(s, inst)}说明情况。"
        )
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, _own_account(s, 0.6))


def u_g_03(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    paid = s.amount(200, 30000)
    when = s.date(-s.days(1, 6))
    tail = s.tail()
    via = s.rng.choice(["他行转账", "跨行转账", "第三方支付平台", "柜面现金存入", "他行网银"])
    why = s.rng.choice(
        [
            "收款户名与卡号不符",
            "收款账号有误",
            "转入的账户为已注销的旧卡",
            "跨行汇款被退回",
        ]
    )
    r = s.rng.random()
    if r < 0.5:
        text = (
            f"{greet}，您于{when}通过{via}向尾号{tail}账户还款{paid}，因{why}，该笔款项已退回原付款账户，"
            f"未能入账。您的{_debt(s, inst)}目前仍逾期{s.days(2, 40)}天，请核对信息后重新还款，"
            f"{s.rng.choice(['建议通过' + s.app(inst) + 'App直接还款', '可在' + s.app(inst) + 'App“还款”页面操作', '如需协助请致电' + _hl(s, inst)])}。"
        )
    elif r < 0.8:
        short = s.amount(10, 900)
        text = (
            f"{greet}：您{when}的还款{paid}已入账，但低于本期最低还款额，尚差{short}，"
            f"账户仍显示逾期。请补足差额{s.opt('（可通过' + s.app(inst) + 'App还款）', 0.6)}，以免继续产生违约金。"
        )
    else:
        text = (
            f"{greet}，系统未查询到您{when}的还款记录。如您已通过{via}还款，可能因{why}未能入账，"
            f"请查看付款账户是否有退款，或致电{_hl(s, inst)}查询。当前欠款{s.amount(300, 30000)}仍属逾期。"
        )
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, _own_account(s, 0.7))


def u_g_04(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    we = _we(s, inst)
    owed = s.amount(2000, 150000)
    r = s.rng.random()
    if r < 0.45:
        text = (
            f"{greet}，您的{_debt(s, inst)}因长期逾期，{we}已按监管规定对该笔欠款进行核销处理。"
            f"核销仅为{we}内部账务处理，不代表债务免除，您仍需偿还欠款{owed}，{we}将继续依法追索，"
            f"相关不良记录仍按规定报送征信。还款请通过{s.app(inst)}App或{we}网点办理。"
        )
    elif r < 0.75:
        text = (
            f"【重要提示】{greet}：您名下逾期账户已转为{s.rng.choice(['核销账户', '不良资产', '已核销贷款'])}管理，"
            f"欠款余额{owed}。{s.rng.choice(['核销后停止对外计收利息，但本金仍需归还。', '核销不影响您的还款义务。', '请勿轻信“核销即免还”等说法。'])}"
            f"{s.opt('咨询请致电' + _hl(s, inst) + '。', 0.6)}"
        )
    else:
        text = (
            f"{greet}，您在{we}的欠款{owed}已于{s.date(-s.days(3, 30))}完成账务核销。"
            f"核销不免除您的还款义务，还清欠款后{we}将按规定向征信系统报送“已结清”状态。"
        )
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, _own_account(s, 0.7))


def u_g_05(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    we = _we(s, inst)
    asked = s.rng.choice(
        [
            "信用卡销户",
            "提升信用额度",
            "办理新信用卡",
            "开具结清证明",
            "个人贷款续贷",
            "账单分期",
            "调整账单日",
        ]
    )
    owed = s.amount(100, 40000)
    r = s.rng.random()
    if r < 0.45:
        text = (
            f"{greet}，您于{s.date(-s.days(0, 5))}申请的{asked}暂无法办理，原因：您名下{_debt(s, inst)}存在逾期欠款{owed}。"
            f"请先还清欠款后再重新申请{s.opt('，还款可通过' + s.app(inst) + 'App办理', 0.6)}。"
            f"{s.rng.choice(['详询' + _hl(s, inst) + '。', '', '', '还款渠道详见官网' + (s.official_link(inst) or _hl(s, inst)) + ' 。'])}"
        )
    elif r < 0.75:
        text = (
            f"{greet}：很抱歉，您的{asked}申请未通过。经核查，您尾号{s.tail()}的账户当前处于逾期状态（逾期{s.days(3, 90)}天），"
            f"{s.rng.choice(['结清后方可办理。', '请结清后至' + we + '网点办理。', '结清欠款' + owed + '后可再次提交。'])}"
        )
    else:
        text = f"{greet}，您的{asked}申请受理失败：账户有逾期未还款项{owed}。请还款后再试。"
    return _msg(_maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec, _own_account(s, 0.7))


# -- round 5: spoofed --------------------------------------------------------------------------------------


def u_s_01(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    new = s.fmt_number(s.rng.choice([s.fake400, s.fake400, s.fake95, s.landline, s.virtual])())
    old = s.hotline(inst)
    dept = s.rng.choice(
        ["贷后服务专线", "逾期协商专线", "还款服务热线", "信用卡催收中心号码", "客户服务短号"]
    )
    r = s.rng.random()
    sender = _spoof_sender(s)
    if r < 0.45:
        text = (
            f"{ref}关于{dept}变更的公告：自{s.date(s.rng.choice([-3, -1, 0, 1]))}起，{ref}{dept}"
            + (f"由{old}" if old and s.rng.random() < 0.6 else "")
            + f"变更为{new}，原号码不再受理逾期及协商业务。{s.rng.choice(['请您惠存新号码。', '为避免错过重要通知，请将新号码加入通讯录。', ''])}"
        )
    elif r < 0.75:
        sender = s.rng.choice([s.mobile, s.virtual, s.port1069])()
        text = (
            f"{greet}，因系统升级，{ref}贷后提醒短信将统一通过本号码发送，"
            f"今后有关您{_debt_at(s, inst, ref)}的还款、协商事宜请直接回复本号码或致电本号码，原通知号码已停用。"
        )
    else:
        text = (
            f"【号码更新】{greet}：您的专属还款顾问联系电话已更新为{new}，"
            f"{s.rng.choice(['逾期' + str(s.days(5, 90)) + '天账户请尽快来电', '请保存并留意来电', '工作日9:00-18:00'])}。"
            f"{s.rng.choice([ref, '【' + ref + '】', ''])}"
        )
    return _msg(text, inst, sender, rec, _own_account(s))


def u_s_02(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    ref = s.ref(inst)
    code = _digits(s, s.rng.choice([4, 6, 6]))
    fake = s.fmt_number(s.rng.choice([s.fake400, s.fake400, s.fake95, s.landline, s.mobile])())
    what = s.rng.choice(
        [
            "逾期账户注销",
            "停息挂账",
            "还款账户变更",
            "个性化分期",
            "逾期记录撤销",
            "借款额度提取",
            "委外催收授权",
        ]
    )
    valid = s.rng.choice(["5分钟", "10分钟", "15分钟"])
    r = s.rng.random()
    if r < 0.5:
        text = (
            f"【{s.brand(inst)}】验证码：{code}，您正在办理{what}业务，{valid}内有效。"
            f"如非本人操作，请立即致电{fake}{s.rng.choice(['冻结申请', '取消办理', '人工撤销'])}，否则业务将自动生效。"
        )
    elif r < 0.8:
        text = (
            f"{ref}：您的{what}申请已提交（校验码{code}），预计{s.rng.choice(['2小时', '24小时', '今日18:00'])}后生效。"
            f"若您未申请此业务，请{s.rng.choice(['速拨', '尽快联系'])}{fake}{s.rng.choice(['，以免产生逾期费用', '，以免影响征信', ''])}。"
        )
    else:
        text = (
            f"尊敬的用户，您在{ref}发起的{what}需二次确认，确认码{code}。"
            f"不是您本人申请的，请致电客服{fake}撤销。"
        )
    return _msg(
        text, inst, s.rng.choice([None, s.bad_sender(), s.port1069(), s.bad_sender()]), None, _own_account(s)
    )


def _survey_link(s: Slots, inst: Institution) -> str:
    slug = s.slug(inst)
    a = s._rand_alnum(s.rng.randint(5, 8))
    return _fake_host(
        s,
        lambda: s.rng.choice(
            [
                f"https://pj.{slug}-fw.{_tld(s)}/s/{a}",
                f"https://{slug}-survey.{_tld(s)}/q?id={a}",
                f"http://wj.{_low(s, 5)}.cn/vm/{a}",
                f"{slug}-manyidu.{_tld(s)}/{a}",
                f"https://eval.{_low(s, 4)}-kf.com/r/{a}",
            ]
        ),
    )


def u_s_03(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    perk = s.rng.choice(
        [
            "罚息减免券",
            "一次延期还款资格",
            "违约金全免权益",
            "逾期记录优化名额",
            "50元还款抵用金",
        ]
    )
    r = s.rng.random()
    if r < 0.55:
        link = _survey_link(s, inst)
        text = (
            f"{greet}，感谢您{s.rng.choice(['今日', '近期', '昨日'])}接听{ref}贷后服务来电。诚邀您对本次{s.rng.choice(['催收', '还款提醒', '协商'])}服务进行评价："
            f"{link} ，完成评价即可领取{perk}{s.rng.choice(['，限3日内', '，先到先得', ''])}。"
        )
    elif r < 0.8:
        link = _survey_link(s, inst)
        text = (
            f"【{s.brand(inst)}满意度回访】您的逾期账户已被抽中参与服务质量调查，填写问卷（约2分钟）后可获{perk}。"
            f"问卷地址 {link}{s.opt(' 回T退订', 0.5)}"
        )
    else:
        fake = s.fmt_number(s.rng.choice([s.fake400, s.landline, s.virtual])())
        text = (
            f"{ref}客户回访：{greet}，为提升服务质量，请您对催收人员的服务态度打分。请拨打{fake}按提示评分，"
            f"评分后系统将为您申请{perk}。"
        )
    return _msg(text, inst, _spoof_sender(s), rec, _own_account(s))


def _verify_link(s: Slots, inst: Institution) -> str:
    slug = s.slug(inst)
    return _fake_host(
        s,
        lambda: s.rng.choice(
            [
                f"https://hy.{slug}-cs.{_tld(s)}",
                f"{slug}-gonghao.{_tld(s)}/check",
                f"https://verify.{_low(s, 5)}-csry.com/{slug}",
                f"http://cs-check.{_low(s, 4)}.{_tld(s)}/q",
                f"https://{slug}.hyzx-{s.rng.randint(10, 99)}.cn",
            ]
        ),
    )


def u_s_04(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    portal = s.rng.choice(
        ["催收人员身份核验平台", "外包催收人员查询系统", "贷后人员工号查询页面", "委外机构备案查询平台"]
    )
    r = s.rng.random()
    if r < 0.5:
        text = (
            f"{ref}提醒：近期有不法分子冒充{ref}工作人员实施诈骗。如您接到催收来电，请登录{portal} {_verify_link(s, inst)} "
            f"输入对方工号核实身份，核实无误后再沟通还款事宜。{s.rng.choice(['谨防上当。', '保护好您的资金安全。', ''])}"
        )
    elif r < 0.8:
        fake = s.fmt_number(s.rng.choice([s.fake400, s.fake95, s.landline])())
        text = (
            f"{greet}，{ref}已将您的逾期账户（欠款{s.amount(1000, 60000)}）委托第三方机构处理，"
            f"对方工号{s.rng.choice(['CS', 'WW', 'DH', ''])}{_digits(s, 4)}。如需核实该人员身份，请拨打{ref}核验专线{fake}，"
            f"{s.rng.choice(['切勿拨打其他号码', '核验免费', '全天24小时服务'])}。"
        )
    else:
        text = (
            f"【{s.brand(inst)}】防范冒充催收：所有委外催收人员均可在{_verify_link(s, inst)}查询备案信息。"
            f"{greet}，您的{_debt_at(s, inst, ref)}已逾期{s.days(10, 150)}天，请通过核验后的渠道协商还款。"
        )
    return _msg(text, inst, _spoof_sender(s), rec, _own_account(s))


_COURIERS = ("顺丰速运", "EMS", "中通快递", "韵达快递", "圆通速递", "申通快递", "极兔速递")


def _courier_link(s: Slots) -> str:
    a = s._rand_alnum(s.rng.randint(5, 8))
    return _fake_host(
        s,
        lambda: s.rng.choice(
            [
                f"https://ems-{_low(s, 4)}.{_tld(s)}/d/{a}",
                f"http://sf-{_low(s, 5)}.{_tld(s)}/{a}",
                f"https://kd.{_low(s, 5)}.cn/p/{a}",
                f"{_low(s, 6)}-express.{_tld(s)}/re/{a}",
                s.short_link(),
            ]
        ),
    )


def u_s_05(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    ref = s.ref(inst)
    courier = s.rng.choice(_COURIERS)
    doc = s.rng.choice(
        [
            "《律师函》",
            "《逾期催收函》",
            "《债务催告通知书》",
            "《起诉前告知函》",
            "法律文书",
            "《贷款提前到期通知书》",
        ]
    )
    dept = s.rng.choice(["法务部", "资产保全部", "贷后管理中心", "委托律师事务所", "信用卡中心"])
    why = s.rng.choice(["收件地址不详", "多次联系收件人未果", "收件人电话无人接听", "地址超区"])
    r = s.rng.random()
    if r < 0.5:
        text = (
            f"【{courier}】您有一份来自{ref}{dept}的{doc}（运单尾号{s.tail()}）因{why}派送失败，"
            f"请于{s.rng.choice(['24', '48', '72'])}小时内点击 {_courier_link(s)} 更新地址并预约重新派送，逾期将退回寄件方。"
        )
    elif r < 0.8:
        man = s.name()
        text = (
            f"{courier}快递员：您好，{ref}{dept}寄给您的{doc}今日无法送达（{why}），"
            f"麻烦回电{s.mobile()}（{man[0]}师傅）确认派送时间，或点击{_courier_link(s)}查看函件电子版。"
        )
    else:
        text = (
            f"【{courier}】{ref}{dept}邮寄的{doc}已签收失败。函件电子版已上传，请点击查阅：{_courier_link(s)} "
            f"{s.rng.choice(['（需输入身份证后6位）', '（请核对欠款金额）', ''])}"
        )
    return _msg(
        text, inst, s.rng.choice([None, s.bad_sender(), s.port1069(), s.mobile()]), None, _own_account(s)
    )


# -- round 5: mistaken -------------------------------------------------------------------------------------


def u_m_01(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = _other(s, rec)
    year = s.now.year - s.rng.randint(1, 6)
    teacher = s.rng.choice(["老师", "辅导员", "班主任", "资助中心老师"])
    who = s.rng.choice([other, other, _masked(s, other)])
    loan = s.rng.choice(["国家助学贷款", "校园地国家助学贷款", "生源地信用助学贷款", "助学贷款"])
    owed = s.amount(800, 30000)
    r = s.rng.random()
    if r < 0.45:
        text = (
            f"{s.rng.choice([rec[0] + teacher, '尊敬的' + teacher, teacher])}您好，贵校{year}届毕业生{who}（学号尾号{s.tail()}）在{_we(s, inst)}办理的{loan}"
            f"已逾期{s.days(15, 300)}天，欠款{owed}。烦请协助联系该生，提醒其尽快还款，以免影响其个人征信。"
        )
    elif r < 0.75:
        text = (
            f"{s.rng.choice(['学生资助管理中心', '学院学工办', '尊敬的老师'])}：{loan}违约提醒——借款学生{who}（{year}届）"
            f"本年度应还本息{owed}尚未归还，请贵校协助通知其登录{s.app(inst)}App或到{_we(s, inst)}网点还款。"
        )
    else:
        text = (
            f"{teacher}您好，{who}同学毕业后预留的联系方式已失效，其{loan}已逾期。"
            f"如您仍与其保持联系，请转告其致电{_hl(s, inst)}。"
        )
    rec_out = rec if s.rng.random() < 0.75 else None
    has = s.rng.choice([False, False, None, True])
    return _mistaken(s, _maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec_out, has)


_MERCHANTS = (
    ("汽车4S店", "贵店", ("汽车分期", "汽车消费贷款", "信用卡购车分期"), "车牌尾号"),
    ("汽车销售服务有限公司", "贵公司", ("汽车分期", "汽车消费贷款", "信用卡购车分期"), "车架号后四位"),
    ("二手车商行", "贵店", ("二手车贷款", "汽车分期"), "车牌尾号"),
    ("家居装饰工程有限公司", "贵公司", ("家装分期", "装修贷款"), "合同尾号"),
    ("口腔门诊部", "贵机构", ("医疗分期", "消费分期"), "合同尾号"),
    ("职业技能培训学校", "贵机构", ("教育分期", "消费分期"), "合同尾号"),
)


def u_m_02(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = _other(s, rec)
    who = _shown(s, other)
    shop_kind, you, kinds, ident = s.rng.choice(_MERCHANTS)
    shop = s.rng.choice(CITIES) + s.rng.choice(["", "市", "某"]) + shop_kind
    kind = s.rng.choice(kinds)
    n = s.rng.randint(1, 6)
    car = ident != "合同尾号"
    r = s.rng.random()
    if r < 0.45:
        text = (
            f"您好，{you}（{shop}）经办的{kind}客户{who}，{s.rng.choice([ident + s.tail() + '，', ''])}"
            f"已连续逾期{n}期，欠款{s.amount(2000, 80000)}。根据合作协议，请协助督促客户尽快还款"
            f"{s.opt('，必要时配合' + _we(s, inst) + '处置车辆', 0.4) if car else ''}。"
        )
    elif r < 0.75:
        text = (
            f"合作商户提示：{shop}推荐办理{kind}的客户{who}已逾期{s.days(10, 120)}天。"
            f"{_we(s, inst)}已暂停该客户后续分期业务，请{you}提醒其通过{s.app(inst)}App还款。"
        )
    else:
        role = "销售顾问" if car else s.rng.choice(["业务经理", "客户顾问", "分期专员"])
        text = (
            f"{rec[0]}{s.rng.choice(['经理', '顾问', '先生', '女士'])}您好，您作为{shop}{role}，为客户{who}办理的{kind}已逾期{n}期。"
            f"麻烦转告客户联系{_hl(s, inst)}，谢谢配合。"
        )
    rec_out = rec if s.rng.random() < 0.75 else None
    has = s.rng.choice([True, None, None, False])
    return _mistaken(s, _maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec_out, has)


def u_m_03(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = _other(s, rec)
    who = _shown(s, other)
    what = s.rng.choice(
        [
            ("房产", "个人住房贷款"),
            ("房产", "个人经营贷款"),
            ("房产", "个人消费贷款"),
            ("车辆", "汽车贷款"),
        ]
    )
    if what[0] == "房产":
        role = s.rng.choice(["抵押人", "抵押物共有人", "房产共有人", "抵押物所有权人"])
    else:
        role = s.rng.choice(["抵押人", "抵押物共有人", "车辆登记所有人", "抵押物所有权人"])
    r = s.rng.random()
    if r < 0.45:
        text = (
            f"您好，您作为借款人{who}在{_we(s, inst)}办理的{what[1]}项下抵押{what[0]}的{role}，特此告知：该笔贷款已逾期{s.rng.randint(2, 9)}期，"
            f"欠款{s.amount(5000, 400000)}。如借款人持续逾期，{_we(s, inst)}将依法{s.rng.choice(['行使抵押权', '申请处置抵押物', '申请实现担保物权'])}。"
        )
    elif r < 0.75:
        text = (
            f"【抵押物风险告知】{who}以{_place_short(s) + '房产' if what[0] == '房产' else '车牌尾号' + s.tail() + '的车辆'}作抵押的{what[1]}已逾期{s.days(30, 300)}天，"
            f"您为该{what[0]}登记的{role}。请知悉，并可提醒借款人致电{_hl(s, inst)}处理。"
        )
    else:
        text = (
            f"尊敬的{role}：借款人{who}未按约还款，抵押{what[0]}可能被依法处置。"
            f"如有疑问请致电{_hl(s, inst)}。"
        )
    rec_out = rec if s.rng.random() < 0.75 else None
    has = s.rng.choice([None, None, False, True])
    return _mistaken(s, _maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec_out, has)


_CITY_DISTRICTS = {
    "北京": ("朝阳区", "海淀区", "丰台区"),
    "上海": ("浦东新区", "闵行区", "徐汇区"),
    "广州": ("天河区", "越秀区", "番禺区"),
    "深圳": ("南山区", "福田区", "宝安区"),
    "杭州": ("西湖区", "余杭区", "萧山区"),
    "南京": ("鼓楼区", "江宁区", "建邺区"),
    "成都": ("锦江区", "武侯区", "高新区"),
    "武汉": ("武昌区", "洪山区", "江汉区"),
    "苏州": ("姑苏区", "吴中区", "工业园区"),
    "佛山": ("禅城区", "南海区", "顺德区"),
}


def _place_short(s: Slots) -> str:
    city = s.rng.choice(sorted(_CITY_DISTRICTS))
    return f"{city}{s.rng.choice(_CITY_DISTRICTS[city])}某处"


def u_m_04(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = _other(s, rec)
    who = s.rng.choice([other, other, _honorific(s, other), _masked(s, other)])
    when = s.date(-s.days(0, 3))
    what = s.rng.choice(["预留手机号", "账单提醒手机号", "动账通知手机号", "联系电话"])
    r = s.rng.random()
    if r < 0.45:
        text = (
            f"{who}您好，您在{_we(s, inst)}的{what}已于{when}成功变更为本号码。温馨提示：您的{_debt(s, inst)}"
            f"当前逾期{s.days(3, 120)}天，欠款{s.amount(300, 50000)}，请尽快还款。"
            f"{s.rng.choice(['如非您本人操作，请致电' + _hl(s, inst) + '。', '', ''])}"
        )
    elif r < 0.75:
        text = (
            f"{who}：{what}变更成功，今后{_we(s, inst)}的账单及还款提醒将发送至本号码。"
            f"您尾号{s.tail()}的账户本期应还{s.amount(100, 20000)}已逾期，请及时处理。"
        )
    else:
        text = f"尊敬的{who}，根据您的申请，{what}已更新。您有逾期款项未结清，可登录{s.app(inst)}App还款。"
    rec_out = rec if s.rng.random() < 0.8 else None
    has = s.rng.choice([None, None, False, True])
    return _mistaken(s, _maybe_sign(s, inst, text), inst, _official_sender(s, inst), rec_out, has)


def u_m_05(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = _other(s, rec)
    given = other[1:]
    call = s.rng.choice([given + "姐", given + "哥", given, "小" + given[-1]])
    branch = s.rng.choice(CITIES) + s.rng.choice(["分行", "支行", "营业部", "网点"])
    staff = s.rng.choice(["客户经理", "理财经理", "信贷经理", "柜员"])
    r = s.rng.random()
    if r < 0.4:
        text = (
            f"{call}{s.rng.choice(['', '你好', '您好'])}，我是{s.brand(inst)}{branch}的{staff}。您那笔{s.rng.choice(['信用贷', '消费贷', '经营贷', '信用卡'])}这个月还没还上，"
            f"已经逾期{s.days(2, 30)}天了，方便的话尽快在手机银行还一下哈，免得上征信。{s.opt('有问题可以打' + _hl(s, inst) + '找我们。', 0.4)}"
        )
    elif r < 0.7:
        text = (
            f"{call}好，{s.brand(inst)}{branch}小{s.rng.choice(['李', '王', '陈', '赵'])}提醒您：您的贷款本期{s.amount(300, 15000)}还差着呢，"
            f"今天是第{s.days(2, 15)}天了，记得抽空处理。"
        )
    else:
        text = (
            f"{call}，打扰了。{s.brand(inst)}{branch}{staff}，您尾号{s.tail()}的卡上次还款没扣成功，现在显示逾期，"
            f"麻烦存一下钱{s.opt('（借款人：' + _masked(s, other) + '）', 0.5)}。"
        )
    has = s.rng.choice([None, False, True])
    return _mistaken(s, text, inst, _official_sender(s, inst, 0.5), rec, has)


# -- round 5: scam -----------------------------------------------------------------------------------------


def u_c_01(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    to = s.rng.choice(
        [
            f"审核专员微信{s.wxid()}",
            f"QQ{_qq(s)}",
            f"邮箱{_qq(s)}@qq.com",
            f"专员{s.name()}（微信{s.wxid()}）",
        ]
    )
    video = s.rng.choice(
        [
            "手持身份证正面的人脸视频（依次眨眼、摇头、张嘴）",
            "本人正脸视频并朗读“本人自愿申请逾期减免”",
            "人脸识别视频（左右转头各一次）",
        ]
    )
    extra = s.rng.choice(
        ["身份证正反面照片", "银行卡正反面照片", "手机银行登录界面截图", "身份证及银行卡照片"]
    )
    r = s.rng.random()
    if r < 0.45:
        text = (
            f"{ref}贷后中心：{greet}，您的逾期减免申请已初审通过，终审需完成“视频实名核验”。"
            f"请录制一段{video}，连同{extra}发送至{to}，{s.rng.choice(['今日内未提交视为放弃', '核验通过后立即减免', '资料仅用于本次核验'])}。"
        )
    elif r < 0.75:
        link = _fake_host(
            s,
            lambda: s.rng.choice(
                [
                    f"https://face.{s.slug(inst)}-rz.{_tld(s)}/{_low(s, 6)}",
                    f"http://rlsb-{_low(s, 5)}.{_tld(s)}/v",
                ]
            ),
        )
        text = (
            f"{greet}，您在{ref}的逾期记录因身份信息不一致无法撤销，请在{link} 完成人脸识别，"
            f"并按页面提示输入银行卡号及{s.rng.choice(['取款密码', '手机银行密码', '收到的验证码'])}完成身份绑定。"
        )
    else:
        text = (
            f"{ref}：{greet}，为办理逾期停催，需您本人拍摄{video}发给{to}，"
            f"我方代您在系统内提交申请{s.opt('，全程无需到店', 0.5)}。"
        )
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


def u_c_02(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    owed = s.money(3000, 90000)
    fee = s.rng.choice(["0.6%", "1%", "1.2%", "3%"])
    shop = s.rng.choice(CITIES) + s.rng.choice(
        ["某某商贸有限公司", "鑫源百货", "优品便利店", "宏达建材经营部", "佳佳母婴店"]
    )
    r = s.rng.random()
    if r < 0.45:
        text = (
            f"{greet}，您在{ref}的逾期欠款{_yuan(owed)}可办理“他卡代还”：使用您名下其他银行的信用卡在我司合作商户POS机刷卡{_yuan(owed)}，"
            f"系统即视同还款并消除逾期，手续费仅{fee}。获取商户收款码请联系{_contact(s)}。"
        )
    elif r < 0.75:
        text = (
            f"{ref}协商结清通道：{greet}，请扫描商户“{shop}”的收款码支付{_yuan(round(owed * s.rng.choice([0.3, 0.4, 0.5]), 2))}，"
            f"付款备注您的身份证后四位，到账后当天为您办理结清。收款码请向{_contact(s)}索取。"
        )
    else:
        text = (
            f"{greet}：{ref}欠款可由我方POS机代刷还款，刷{s.rng.choice(['信用卡', '他行信用卡', '储蓄卡'])}即可，"
            f"需先付{s.rng.choice([200, 300, 500, 800])}元刷卡服务费至{_person_account(s)}。"
        )
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


def u_c_03(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    amt = s.money(2000, 50000)
    tail = s.tail()
    r = s.rng.random()
    if r < 0.45:
        text = (
            f"{ref}：{greet}，因系统故障，我司于{s.date(s.rng.choice([-1, 0]))}误向您尾号{tail}的银行卡发放款项{_yuan(amt)}，"
            f"请于今日{_hhmm(s, 15, 21)}前原路退回至财务处理账户：{_person_account(s)}。"
            f"{s.rng.choice(['逾期未退回将按逾期欠款计收罚息并上报征信。', '未退回将影响您的征信。', '退回后该笔记录自动撤销。'])}"
        )
    elif r < 0.75:
        text = (
            f"{greet}，您在{ref}的还款被重复扣款{_yuan(amt)}，多扣部分已由系统打入您尾号{tail}的账户，"
            f"但该款项实为临时授信借款，请立即转回{_person_account(s)}结清，否则次日起按逾期处理。"
        )
    else:
        text = (
            f"【{s.brand(inst)}】{greet}：您尾号{tail}的账户收到一笔{_yuan(amt)}放款为工作人员误操作，"
            f"请联系{_contact(s)}办理退还，{s.rng.choice(['退还后逾期记录一并消除', '拒不退还将追究法律责任'])}。"
        )
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


def u_c_04(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    owed = s.money(2000, 60000)
    pay = round(owed * s.rng.choice([0.3, 0.4, 0.5, 0.6]), 2)
    mall = s.rng.choice(["淘宝", "拼多多", "闲鱼", "唯品会"])
    r = s.rng.random()
    if r < 0.45:
        text = (
            f"{greet}，您在{ref}的逾期欠款{_yuan(owed)}已批准“商城代付”方式结清：请打开{mall}，点击我方发送的代付链接 {s.short_link()} ，"
            f"为指定订单付款{_yuan(pay)}，付款成功后欠款自动核销{s.opt('，订单商品无需收货', 0.5)}。"
        )
    elif r < 0.75:
        item = s.rng.choice(["“结清服务”", "“信用修复套餐”", "“还款凭证”", "手机充值卡", "“协商服务包”"])
        text = (
            f"{ref}减免结清：{greet}，请在{mall}店铺“{s.rng.choice(['诚信服务', '安心结清', '惠民', '信诚'])}{s.rng.choice(['专营店', '旗舰店', '小店'])}”"
            f"拍下{item}{s.rng.randint(2, 20)}件（每件{s.rng.choice([99, 199, 299, 500])}元），"
            f"付款后截图发给{_contact(s)}，即可办理结清。"
        )
    else:
        text = (
            f"{greet}：您的{ref}欠款{_yuan(owed)}可折后{_yuan(pay)}结清。请添加{_contact(s)}，"
            f"对方会发来{mall}“找人代付”页面，帮其付款即完成还款。"
        )
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


def u_c_05(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    doc = s.rng.choice(["结清证明", "无逾期证明", "征信更新函", "逾期记录撤销函", "非恶意逾期证明"])
    fee = s.rng.choice([50, 88, 120, 198, 300, 500])
    why = s.rng.choice(["工本费", "加急办理费", "邮寄保价费", "公证费", "系统上报费"])
    r = s.rng.random()
    if r < 0.45:
        text = (
            f"{ref}：{greet}，您的逾期欠款已结清。如需{s.rng.choice(['尽快更新征信', '次日更新征信', '开具' + doc])}，"
            f"须缴纳{doc}{why}{fee}元至{_person_account(s)}，{s.rng.choice(['否则逾期记录将保留5年。', '未缴纳则按普通流程90个工作日处理。', '缴纳后24小时内报送。'])}"
        )
    elif r < 0.75:
        text = (
            f"{greet}，您申请的{ref}{doc}已制作完成，需支付{why}{fee}元后寄出。"
            f"请扫码支付：{s.rng.choice([s.short_link(), s.lookalike_link(inst)])}（收款人：{s.name()}），{s.rng.choice(['付款后请回复截图。', '当天寄出。'])}"
        )
    else:
        text = (
            f"【{s.brand(inst)}】{greet}：您的{doc}需经“征信中心”盖章，{why}{fee}元请转{_person_account(s)}，"
            f"到账即办{s.opt('，详询' + _contact(s), 0.4)}。"
        )
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


#: One-line description of each family (kept here, not in generate.py; see verifier/corpus/rounds/round05.md).
BLIND5_STYLES: dict[str, str] = {
    "u_g_01": "the bank has set off (扣收 / 扣划) money from the borrower's own deposit account there against the overdue debt",
    "u_g_02": "confirmation / reminder of the borrower's own promise to pay (承诺还款) made in a call or the app",
    "u_g_03": "an earlier repayment bounced back (wrong name / number / closed card) or fell short of the minimum, so still overdue",
    "u_g_04": "the overdue debt has been written off (核销) internally: not forgiven, still to be repaid, still reported",
    "u_g_05": "the borrower's own request (销户 / 提额 / 新卡 / 结清证明 / 续贷 …) refused because of the overdue balance",
    "u_s_01": "'our collection / service number has changed': save or call a made-up new number, or reply to this (bad) sender",
    "u_s_02": "OTP-style message for an application you did not make (停息挂账 / 注销 …): 'if not you, call' a made-up number",
    "u_s_03": "service-rating / satisfaction survey after a collection call, with a perk, on a made-up link or number",
    "u_s_04": "anti-impersonation advice that sends you to a made-up 'collector ID verification' portal or line",
    "u_s_05": "courier-style notice: a legal / collection letter from the lender could not be delivered; made-up link or courier mobile",
    "u_m_01": "student aid loan (助学贷款) of a former student, sent to a teacher / counsellor / the school's aid office",
    "u_m_02": "car / merchant instalment of a customer, sent to the dealer, shop or sales adviser who arranged it",
    "u_m_03": "the recipient is the mortgagor / co-owner of the collateral of someone else's loan",
    "u_m_04": "'your reserved phone number has been changed to this number' + overdue note, addressed to someone else",
    "u_m_05": "informal note from a branch staff member addressing someone else by given name (X姐 / X哥 / 小X)",
    "u_c_01": "'video identity check' for reduction / record removal: face video + ID / card photos to a personal WeChat / QQ / mail, or card PIN on a link",
    "u_c_02": "repay by swiping another credit card on a 'partner merchant' POS / paying a shop's QR code, fee first",
    "u_c_03": "'we disbursed / credited money to your card by mistake': transfer it back to a person's account",
    "u_c_04": "settle by paying someone's online-shop order (代付 link, 找人代付) or buying items in a named shop",
    "u_c_05": "paid settlement certificate / credit-update 'express' fee (工本费 / 加急费 / 公证费) to a person or QR link",
}
