# ruff: noqa: E501  (template lines are Chinese text, which counts double width; splitting them hurts reading)
"""The ordinary template families, one function per family (see :mod:`verifier.corpus.generate`)."""

from __future__ import annotations

from verifier.corpus.slots import (
    AGENTS,
    BANKS_FOR_CARDS,
    FAKE_APPS,
    GIVEN,
    MEETING_APPS,
    Msg,
    Slots,
    hotline_text,
    make_msg,
    official_sender,
    self_account,
)
from verifier.registry import Institution

# -- genuine ------------------------------------------------------------------------------------------------


def g_due_app(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    text = (
        f"{greet}，您的{s.product(inst)}借款本期应还{s.amount()}，已于{s.date(-s.days(1, 20))}到期未还，"
        f"请尽快登录{s.app(inst)}App完成还款{s.opt('，以免产生罚息并影响个人征信')}。如已还款请忽略。"
    )
    return make_msg(s.sign(inst, text), inst, official_sender(s, inst), rec, self_account(s))


def g_overdue_itemized(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    text = (
        f"{greet}您好：您在{s.ref(inst)}的借款已逾期{s.days()}天，当前应还金额{s.amount()}"
        f"（含罚息{s.money(5, 800):.2f}元）。请于{s.date(s.days(1, 7))}前还款。"
        f"详询{hotline_text(s, inst)}。"
    )
    return make_msg(s.sign(inst, text), inst, official_sender(s, inst), rec, self_account(s))


def g_negotiate(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    text = (
        f"{greet}，感谢您一直以来对{s.ref(inst)}的支持。我们留意到您有一笔贷款已经逾期，"
        f"{s.rng.choice(['如您目前还款确有困难', '若您近期经济状况发生变化', '考虑到您的实际情况'])}，"
        f"可主动联系我们协商还款方案。请拨打客服热线{hotline_text(s, inst)}，或通过{s.app(inst)}App在线客服咨询。"
    )
    return make_msg(s.sign(inst, text), inst, official_sender(s, inst), rec, self_account(s))


def g_autodebit_failed(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    text = (
        f"{s.brand(inst)}提醒：{greet}，您尾号{s.tail()}的还款卡{s.date(-s.days(1, 10))}自动扣款失败，"
        f"{s.product(inst)}账单{s.amount()}已逾期。请确保卡内余额充足，或在{s.app(inst)}App主动还款。"
    )
    return make_msg(text, inst, official_sender(s, inst), rec, self_account(s))


def g_credit_report(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    link = s.official_link(inst)
    channel = f"{s.app(inst)}App" + (f"或官网{link}" if link and s.rng.random() < 0.6 else "")
    text = (
        f"{greet}，您的借款逾期已超过{s.days(30, 120)}天，逾期信息将按规定报送金融信用信息基础数据库。"
        f"为避免对您的信用造成进一步影响，请尽快通过官方渠道还款：{channel}。"
    )
    return make_msg(s.sign(inst, text), inst, official_sender(s, inst), rec, self_account(s))


def g_terse(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    _, rec = s.self_greeting()
    hl = s.hotline(inst)
    text = (
        f"{s.brand(inst)}：您{s.product(inst)}账单逾期{s.days(1, 60)}天，欠款{s.amount()}，请今日还款。"
        + (f"客服{hl}" if hl else "")
    )
    return make_msg(text, inst, official_sender(s, inst), rec, self_account(s))


def g_plan_approved(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    k = s.rng.choice([3, 6, 12, 24])
    text = (
        f"{greet}，您申请的{s.rng.choice(['分期还款', '延期还款', '个性化还款'])}方案已审核通过：首期{s.amount(100, 5000)}"
        f"需于{s.date(s.days(3, 15))}前还款，共{k}期。请在{s.app(inst)}App查看详情。"
        f"{s.opt('我们不会要求您向任何个人账户转账，谨防诈骗。', 0.6)}"
    )
    return make_msg(
        s.sign(inst, text), inst, official_sender(s, inst), rec, True if s.rng.random() < 0.7 else None
    )


def g_agent_entrusted(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    text = (
        f"{greet}您好，受{s.ref(inst)}委托，现就您{s.product(inst)}的逾期欠款{s.amount()}提醒您尽快处理。"
        f"还款请只通过{s.app(inst)}App办理，如有疑问请致电{s.ref(inst)}官方客服{hotline_text(s, inst)}核实。"
    )
    return make_msg(text, inst, None, rec, self_account(s))


def g_firm_legal(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    text = (
        f"{greet}，您的借款已严重逾期{s.days(60, 365)}天，经多次提醒仍未处理。"
        f"如仍未还款，{s.rng.choice(['我行', '我司', '本机构'])}将依据借款合同约定，保留通过法律途径追收的权利。"
        f"请立即通过{s.app(inst)}App还款，或致电{hotline_text(s, inst)}。"
    )
    return make_msg(s.sign(inst, text), inst, official_sender(s, inst), rec, self_account(s))


def g_push_link(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    _, rec = s.self_greeting()
    link = s.official_link(inst)
    where = f"点击{link} 或打开{s.app(inst)}App" if link else f"打开{s.app(inst)}App"
    text = f"您有一笔{s.product(inst)}待还款{s.amount()}，已逾期{s.days(1, 30)}天，{where}还款。"
    return make_msg(s.sign(inst, text), inst, official_sender(s, inst), rec, self_account(s))


# -- spoofed -----------------------------------------------------------------------------------------------


def s_mobile_sender(s: Slots, p: dict) -> Msg:
    m = g_due_app(s, p) if s.rng.random() < 0.5 else g_overdue_itemized(s, p)
    m["sender"] = s.rng.choice([s.mobile, s.virtual])()
    return m


def s_fake_hotline(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    text = (
        f"{greet}：您在{s.ref(inst)}的{s.product(inst)}已逾期{s.days()}天，待还{s.amount()}。"
        f"请于{s.date(s.days(1, 3))}前致电{s.rng.choice(['客服专线', '贷后服务热线', '协商专线'])}{s.fake_callback()}处理，"
        f"{s.rng.choice(['逾期将影响征信。', '以免影响您的信用记录。', '过期不候。'])}"
    )
    sender = s.rng.choice([None, s.bad_sender(), s.bad_sender()])
    return make_msg(s.sign(inst, text), inst, sender, rec, self_account(s))


def s_lookalike_link(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    _, rec = s.self_greeting()
    text = (
        f"您的{s.product(inst)}借款已逾期，{s.rng.choice(['请点击', '请登录', '请访问'])} {s.lookalike_link(inst)} "
        f"查看账单并处理，{s.rng.choice(['逾期将上报征信', '超时将影响您的信用', '否则将关闭借款额度'])}。"
    )
    sender = s.rng.choice([None, s.bad_sender()])
    return make_msg(s.sign(inst, text), inst, sender, rec, self_account(s))


def s_short_link(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    text = f"{s.ref(inst)}提醒您：{greet}，您有{s.amount()}逾期未处理，立即处理 {s.short_link()} {s.opt('回T退订', 0.6)}"
    return make_msg(text.strip(), inst, s.rng.choice([None, s.bad_sender()]), rec, self_account(s))


def s_ip_link(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    _, rec = s.self_greeting()
    text = (
        f"尊敬的{s.ref(inst)}用户，系统检测到您的账户存在逾期记录，请于{s.rng.choice(['24小时', '今日', '48小时'])}内"
        f"登录 {s.ip_link(inst)} 核实账单，否则将冻结您的额度。"
    )
    return make_msg(text, inst, s.rng.choice([None, s.bad_sender()]), rec, self_account(s))


def s_callback_officer(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    officer = s.name()[0] + s.rng.choice(["经理", "专员", "主管"])
    text = (
        f"{greet}，您{s.product(inst)}欠款{s.amount()}已转入贷后处理，请今日内回电{s.rng.choice([s.mobile, s.virtual])()}"
        f"（贷后{officer}）处理，{s.rng.choice(['否则将安排外访人员上门核实。', '否则将联系您的通讯录联系人。', '逾期不处理后果自负。'])}"
    )
    return make_msg(text, inst, s.rng.choice([None, s.bad_sender()]), rec, self_account(s))


def s_wechat_kefu(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    text = (
        f"{s.ref(inst)}贷后中心：{greet}，您的借款已逾期{s.days()}天。如需协商减免，请添加"
        f"{s.rng.choice(['客服微信', '专属客服微信', '协商专员微信'])}：{s.wxid()}，{s.opt('或QQ ' + str(s.rng.randint(10**8, 10**10)) + '，', 0.4)}"
        f"工作人员将为您核实账单。"
    )
    return make_msg(text, inst, s.rng.choice([None, s.bad_sender()]), rec, self_account(s))


def s_fake_service_port(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    _, rec = s.self_greeting()
    fake = s.fake95()
    text = (
        f"{s.ref(inst)}官方通知：您的{s.product(inst)}账户已逾期，为保障您的信用，请尽快拨打官方客服{fake}"
        f"{s.rng.choice(['转人工', '按0转人工', ''])}处理。"
    )
    return make_msg(s.sign(inst, text), inst, s.rng.choice([fake, s.port1069()]), rec, self_account(s))


def s_mixed_numbers(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    text = (
        f"{greet}，您在{s.ref(inst)}的借款已逾期{s.days()}天。"
        f"{'查询账单请拨' + s.hotline(inst) + '，' if s.hotline(inst) else ''}"
        f"办理{s.rng.choice(['协商还款', '减免罚息', '延期还款'])}请拨专线{s.fake_callback()}。"
    )
    return make_msg(
        s.sign(inst, text), inst, s.rng.choice([None, official_sender(s, inst)]), rec, self_account(s)
    )


def s_legal_dept(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    text = (
        f"{s.ref(inst)}法务部通知：{greet}，您的逾期案件已进入法务审核阶段，"
        f"请于{s.date(s.days(1, 3))}前致电{s.fake_callback()}说明情况，"
        f"{s.rng.choice(['逾期未回复视为放弃协商。', '否则将提交诉讼。', '以免案件升级。'])}"
    )
    return make_msg(text, inst, s.rng.choice([None, s.bad_sender(), s.bad_sender()]), rec, self_account(s))


# -- mistaken ----------------------------------------------------------------------------------------------


def m_name_mismatch(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.other_greeting()
    text = (
        f"{greet}，您的{s.product(inst)}借款本期应还{s.amount()}，已逾期{s.days(1, 30)}天，"
        f"请尽快登录{s.app(inst)}App还款。"
    )
    return make_msg(
        s.sign(inst, text), inst, official_sender(s, inst), rec, s.rng.choice([False, None, None])
    )


def m_please_relay(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    other = s.name()
    text = (
        f"您好，请转告{s.rng.choice([other, other[0] + '先生', other[0] + '女士', other[0] + '*' + other[-1]])}"
        f"尽快联系我们处理其在{s.ref(inst)}的逾期借款，客服{hotline_text(s, inst)}。"
    )
    rec = s.name(avoid=other) if s.rng.random() < 0.5 else None
    return make_msg(s.sign(inst, text), inst, official_sender(s, inst), rec, s.rng.choice([False, None]))


def m_if_not_self(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.other_greeting()
    text = (
        f"{greet}您好，您在{s.ref(inst)}的借款已逾期，请及时还款。"
        f"如您不是{greet}本人，请忽略本短信{s.opt('并致电' + hotline_text(s, inst) + '告知，我们将更新联系方式', 0.6)}。"
    )
    if s.rng.random() < 0.4:
        rec = None
    return make_msg(s.sign(inst, text), inst, official_sender(s, inst), rec, s.rng.choice([False, None]))


def m_emergency_contact(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    other = s.name()
    text = (
        f"您好，您是{other}在{s.ref(inst)}登记的紧急联系人，其借款已逾期{s.days()}天，"
        f"麻烦您提醒其尽快还款或联系{hotline_text(s, inst)}。"
    )
    rec = s.name(avoid=other) if s.rng.random() < 0.5 else None
    return make_msg(s.sign(inst, text), inst, official_sender(s, inst), rec, s.rng.choice([False, None]))


def m_no_account(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet = s.rng.choice(["尊敬的客户", "尊敬的用户", "您好"])
    text = (
        f"{greet}，您在{s.ref(inst)}的借款已逾期{s.days()}天，应还{s.amount()}，"
        f"请尽快通过{s.app(inst)}App还款，如有疑问请致电{hotline_text(s, inst)}。"
    )
    rec = s.name() if s.rng.random() < 0.5 else None
    return make_msg(s.sign(inst, text), inst, official_sender(s, inst), rec, False)


def m_masked_other(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = s.name(avoid=rec)
    text = (
        f"{other[0]}*{other[-1]}，您尾号{s.tail()}的账户于{s.date(-s.days(1, 40))}扣款失败，"
        f"您的{s.product(inst)}借款已产生逾期，请关注{s.app(inst)}App消息。"
    )
    return make_msg(s.sign(inst, text), inst, official_sender(s, inst), rec, s.rng.choice([False, None]))


def m_cannot_reach(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    other = s.name()
    text = (
        f"您好，这里是{s.ref(inst)}客服，我们联系不上{other}，如您认识{other}，"
        f"请转告其登录{s.app(inst)}App处理逾期账单。打扰了，谢谢！"
    )
    rec = s.name(avoid=other) if s.rng.random() < 0.6 else None
    return make_msg(text, inst, official_sender(s, inst), rec, s.rng.choice([False, None]))


def m_terse_other(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = s.name(avoid=rec)
    text = f"{s.brand(inst)}：{other}，您的{s.product(inst)}借款已逾期{s.days(1, 90)}天，请及时还款。"
    return make_msg(text, inst, official_sender(s, inst), rec, s.rng.choice([False, None]))


def m_recycled_number(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    other = s.name()
    text = (
        f"尊敬的用户您好，本号码登记用户{other[0]}*{other[-1]}在{s.ref(inst)}有一笔逾期借款。"
        f"若本号码已易主，请回复“非本人”{s.opt('或致电' + hotline_text(s, inst), 0.5)}，我们将停止发送。"
    )
    rec = s.name(avoid=other) if s.rng.random() < 0.5 else None
    return make_msg(text, inst, official_sender(s, inst), rec, s.rng.choice([False, False, None]))


def m_same_name_no_account(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    k = s.rng.randint(2, 12)
    text = (
        f"{s.greet_form(rec)}，您的{s.product(inst)}第{k}期账单{s.amount()}逾期未还，"
        f"逾期罚息按日计收，请尽快在{s.app(inst)}App处理。"
    )
    return make_msg(s.sign(inst, text), inst, official_sender(s, inst), rec, False)


# -- scam --------------------------------------------------------------------------------------------------


def scam_sender(s: Slots, inst: Institution) -> str | None:
    r = s.rng.random()
    if r < 0.05:  # a spoofed official sender ID (fake base station): the text still gives it away
        return s.sender(inst)
    if r < 0.3:
        return None
    return s.bad_sender()


def c_personal_card(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    card = s.spaced_card(s.card())
    text = (
        f"{greet}，您在{s.ref(inst)}的欠款{s.amount()}已逾期，为避免上报征信，"
        f"请今日内将{s.rng.choice(['欠款', '结清款', '最低还款'])}转入对公专员个人账户："
        f"{s.rng.choice(BANKS_FOR_CARDS)} {card} 户名：{s.name()}，转账后截图回复本号码。"
    )
    return make_msg(s.sign(inst, text), inst, scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


def c_safe_account(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    text = (
        f"{greet}，系统检测到您的{s.product(inst)}账户存在异常逾期数据，需将账户资金转入"
        f"{s.rng.choice(['安全账户', '监管安全账户', '验资安全账户'])}{s.spaced_card(s.card())}进行核验，"
        f"核验完成后原路退回，{s.rng.choice(['请勿告知他人。', '逾期不操作将冻结账户。'])}"
    )
    return make_msg(text, inst, scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


def c_credit_repair(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    contact = s.rng.choice([f"微信{s.wxid()}", f"电话{s.mobile()}", f"QQ{s.rng.randint(10**8, 10**10)}"])
    text = (
        f"{s.rng.choice(['征信修复', '逾期记录清除', '征信洗白'])}：内部渠道，可消除{s.ref(inst)}等机构逾期记录，"
        f"缴纳{s.money(500, 8000):.0f}元手续费{s.rng.choice(['当天出结果', '三个工作日上报撤销', '不成功全额退款'])}，"
        f"联系{contact}"
    )
    return make_msg(text, inst, scam_sender(s, inst), None, s.rng.choice([True, False, None]))


def c_campus_loan(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    text = (
        f"{greet}，经核查您在校期间注册的{s.ref(inst)}校园贷账户未注销，根据最新监管规定须于今日注销，"
        f"否则将影响个人征信。注销需先将账户额度{s.amount(2000, 50000)}转出清零，请联系专员{s.fake_callback()}办理。"
    )
    return make_msg(text, inst, scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


def c_verification_code(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    n = s.code_len()
    text = (
        f"{greet}，您的{s.product(inst)}逾期可申请减免罚息，已为您提交减免申请。"
        f"稍后您将收到{n}位验证码，请将验证码{s.rng.choice(['回复本号码', '告知来电专员', '发送至专员微信'])}完成身份核验，"
        f"{s.rng.choice(['超时作废。', '逾期不办理视为放弃。'])}"
    )
    return make_msg(text, inst, scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


def c_app_screen_share(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    if s.rng.random() < 0.5:
        step = f"下载{s.rng.choice(FAKE_APPS)}App（{s.bad_link(inst)}）"
    else:
        step = f"下载{s.rng.choice(MEETING_APPS)}，加入会议号{s.rng.randint(10**8, 10**9)}并开启屏幕共享"
    text = f"{greet}，您的{s.ref(inst)}借款逾期需人工处理，请{step}，由专员远程指导您完成还款和征信更正。"
    return make_msg(text, inst, scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


def c_court_transfer(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    amt = s.amount(3000, 90000)
    text = (
        f"【{s.court()}】{greet}，因您拖欠{s.ref(inst)}借款{amt}，本院已立案，案号{s.case_no()}，现已进入执行程序。"
        f"请于今日{s.rng.randint(15, 18)}点前将执行款转入{s.rng.choice(['法院执行专户', '执行款账户', '指定账户'])}"
        f"{s.spaced_card(s.card())}（户名{s.name()}），否则将冻结名下财产并纳入失信被执行人名单。"
    )
    return make_msg(text, inst, scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


def c_stop_interest_agent(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    wx = s.rng.choice(["微信", "微信", "V信", "VX"])
    text = (
        f"{s.rng.choice(AGENTS)}：专业办理{s.ref(inst)}、信用卡、网贷停息挂账，协商分期{s.rng.choice([36, 48, 60])}期，"
        f"成功率99%，前期仅需缴纳服务费{s.money(300, 3000):.0f}元，{wx}：{s.wxid()}"
    )
    return make_msg(text, inst, scam_sender(s, inst), None, s.rng.choice([True, False, None]))


def c_unfreeze_fee(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    text = (
        f"{greet}，您在{s.ref(inst)}的{s.rng.choice(['借款', '结清款', '贷款额度'])}因{s.rng.choice(['银行卡号填写错误', '逾期记录', '流水不足'])}被冻结，"
        f"需缴纳解冻金{s.money(500, 9000):.2f}元至{s.rng.choice(BANKS_FOR_CARDS)}{s.spaced_card(s.card())}后方可解冻，"
        f"解冻后连同借款一并退还。"
    )
    return make_msg(text, inst, scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


def c_personal_wallet(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    wallet = s.rng.choice(["支付宝", "微信"])
    text = (
        f"{greet}，您{s.product(inst)}的逾期欠款现可一次性结清仅需{s.amount(200, 20000)}，可减免罚息{s.money(50, 2000):.0f}元。"
        f"请通过{wallet}转账至{s.mobile()}（{s.name()[0]}*{s.rng.choice(GIVEN)[-1]}），备注身份证后四位，转账后即可结清。"
    )
    return make_msg(text, inst, scam_sender(s, inst), rec, s.rng.choice([True, False, None]))
