# ruff: noqa: E501  (template lines are Chinese text, which counts double width; splitting them hurts reading)
"""The documented corpus generator: labelled overdue-loan SMS composed from template families.

No public labelled corpus of Chinese overdue-loan SMS (genuine / spoofed / mistaken / scam) was available,
so the training and evaluation corpus is *generated*. Every message comes from a **template family**: a
distinct phrasing style and structure (not just synonyms) whose slots are filled at random — institution
(name, alias or product, taken from the registry), amounts, dates, card tails, fake names, official or fake
numbers and links, tone — and a random fraction gets evasion tricks (traditional characters, full-width
digits, zero-width spaces, "微 信"/"薇信"/"V信"). The label follows from the recipe of the family:

* genuine: official sender (a verified registry SMS sender or hotline) or none; only verified official
  hotlines / apps / domains of the claimed institution in the text; addressed to the borrower.
* spoofed: the same kind of notice, but the sender is a mobile / virtual number, or the callback number or
  link is not the institution's official one; no explicit payment-to-a-person request.
* mistaken: an official-looking notice through official channels that reached the wrong person (other name,
  ``has_account=False``, "请转告…", "如您不是…本人", "紧急联系人", recycled number).
* scam: the text itself shows fraud (personal card / 安全账户 / personal Alipay-WeChat, fees to repair credit
  or cancel campus loans, verification codes, apps and screen sharing, fake court enforcement demanding a
  transfer, "停息挂账" agents, unfreeze fees).

Whole families are assigned to ``train`` or ``test`` (about 70/30 per label, fixed by a hash of the family
id, independent of the seed), so test families are never seen in training. The *blind* families
(``Family.blind``) were written without reading the rules or the checks and held out in ``test``; they
come after the ordinary families, so the ordinary rows do not change (see data/README.md). Rounds 1
(``x_…``), 2 (``y_…``), 3 (``z_…``), 4 (``v_…``), 5 (``u_…``), 6 (``w_…``), 7 (``r_…``), 8 (``t_…``), 9
(``q_…``) and 10 (``p_…``) have since been read by the developers; rounds 1–9 are now training data
(:data:`TRAINED_BLIND_PREFIXES`), round 10 the development set, and round 11 (``k_…``, neutral ids, its
descriptions in ``verifier/corpus/rounds/round11.py`` and ``verifier/corpus/rounds/round11.md``) the untouched blind test.
Round 12 (``h_…``, neutral ids, its descriptions in ``verifier/corpus/rounds/round12.py`` and
``verifier/corpus/rounds/round12.md``) is the newest blind round, written blind and not yet scored.

All names, numbers and card numbers are made up at random; nothing is taken from real people.

Rebuild the shipped corpus (byte-identical for the same registry and seed)::

    python -m verifier.corpus.generate --out data/corpus/messages.jsonl.gz --seed 0
    python -m verifier.corpus.generate --stats        # class balance per split of the shipped corpus
    python -m verifier.corpus.generate --families     # the family table (id, label, split, style)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from importlib import resources
from pathlib import Path

from verifier.corpus.families import (
    c_app_screen_share,
    c_campus_loan,
    c_court_transfer,
    c_credit_repair,
    c_personal_card,
    c_personal_wallet,
    c_safe_account,
    c_stop_interest_agent,
    c_unfreeze_fee,
    c_verification_code,
    g_agent_entrusted,
    g_autodebit_failed,
    g_credit_report,
    g_due_app,
    g_firm_legal,
    g_negotiate,
    g_overdue_itemized,
    g_plan_approved,
    g_push_link,
    g_terse,
    m_cannot_reach,
    m_emergency_contact,
    m_if_not_self,
    m_masked_other,
    m_name_mismatch,
    m_no_account,
    m_please_relay,
    m_recycled_number,
    m_same_name_no_account,
    m_terse_other,
    s_callback_officer,
    s_fake_hotline,
    s_fake_service_port,
    s_ip_link,
    s_legal_dept,
    s_lookalike_link,
    s_mixed_numbers,
    s_mobile_sender,
    s_short_link,
    s_wechat_kefu,
)
from verifier.corpus.rounds.round01 import (  # noqa: F401  (re-exported)
    BLIND_PREFIX,
    BLIND_SHARE,
    pinyin_name,
    x_c_blacklist_deposit,
    x_c_cancel_paylater,
    x_c_last_window_corporate,
    x_c_legal_qr_link,
    x_c_refund_claim,
    x_g_agency_named,
    x_g_autodebit_notice,
    x_g_card_statement,
    x_g_extension_confirmed,
    x_g_partial_received,
    x_m_family_member,
    x_m_guarantor_contact,
    x_m_pinyin_name,
    x_m_recycled_statement,
    x_m_same_surname_masked,
    x_s_fake95_postloan,
    x_s_landline_callback,
    x_s_lookalike_signature,
    x_s_offchannel_kefu,
    x_s_official_subpath,
)
from verifier.corpus.rounds.round02 import (
    BLIND2_PREFIX,
    y_c_capacity_deposit,
    y_c_credential_rebind,
    y_c_dispute_agent,
    y_c_insider_reduction,
    y_c_remote_assist,
    y_g_card_instalment,
    y_g_premediation,
    y_g_secured_loan,
    y_g_settled_record,
    y_g_structured_push,
    y_m_contact_no_liability,
    y_m_customer_other_name,
    y_m_field_borrower,
    y_m_former_employer,
    y_m_reply_ack,
    y_s_group_chat,
    y_s_manager_mobile,
    y_s_outbound_call,
    y_s_third_party_form,
    y_s_typo_domain,
)
from verifier.corpus.rounds.round03 import (
    BLIND3_PREFIX,
    BLIND3_STYLES,
    z_c_01,
    z_c_02,
    z_c_03,
    z_c_04,
    z_c_05,
    z_g_01,
    z_g_02,
    z_g_03,
    z_g_04,
    z_g_05,
    z_m_01,
    z_m_02,
    z_m_03,
    z_m_04,
    z_m_05,
    z_s_01,
    z_s_02,
    z_s_03,
    z_s_04,
    z_s_05,
)
from verifier.corpus.rounds.round04 import (
    BLIND4_PREFIX,
    BLIND4_STYLES,
    v_c_01,
    v_c_02,
    v_c_03,
    v_c_04,
    v_c_05,
    v_g_01,
    v_g_02,
    v_g_03,
    v_g_04,
    v_g_05,
    v_m_01,
    v_m_02,
    v_m_03,
    v_m_04,
    v_m_05,
    v_s_01,
    v_s_02,
    v_s_03,
    v_s_04,
    v_s_05,
)
from verifier.corpus.rounds.round05 import (
    BLIND5_PREFIX,
    BLIND5_STYLES,
    u_c_01,
    u_c_02,
    u_c_03,
    u_c_04,
    u_c_05,
    u_g_01,
    u_g_02,
    u_g_03,
    u_g_04,
    u_g_05,
    u_m_01,
    u_m_02,
    u_m_03,
    u_m_04,
    u_m_05,
    u_s_01,
    u_s_02,
    u_s_03,
    u_s_04,
    u_s_05,
)
from verifier.corpus.rounds.round06 import (
    BLIND6_PREFIX,
    BLIND6_STYLES,
    w_c_01,
    w_c_02,
    w_c_03,
    w_c_04,
    w_c_05,
    w_g_01,
    w_g_02,
    w_g_03,
    w_g_04,
    w_g_05,
    w_m_01,
    w_m_02,
    w_m_03,
    w_m_04,
    w_m_05,
    w_s_01,
    w_s_02,
    w_s_03,
    w_s_04,
    w_s_05,
)
from verifier.corpus.rounds.round07 import (
    BLIND7_PREFIX,
    BLIND7_STYLES,
    r_c_01,
    r_c_02,
    r_c_03,
    r_c_04,
    r_c_05,
    r_g_01,
    r_g_02,
    r_g_03,
    r_g_04,
    r_g_05,
    r_m_01,
    r_m_02,
    r_m_03,
    r_m_04,
    r_m_05,
    r_s_01,
    r_s_02,
    r_s_03,
    r_s_04,
    r_s_05,
)
from verifier.corpus.rounds.round08 import (
    BLIND8_PREFIX,
    BLIND8_STYLES,
    t_c_01,
    t_c_02,
    t_c_03,
    t_c_04,
    t_c_05,
    t_g_01,
    t_g_02,
    t_g_03,
    t_g_04,
    t_g_05,
    t_m_01,
    t_m_02,
    t_m_03,
    t_m_04,
    t_m_05,
    t_s_01,
    t_s_02,
    t_s_03,
    t_s_04,
    t_s_05,
)
from verifier.corpus.rounds.round09 import (
    BLIND9_PREFIX,
    BLIND9_STYLES,
    q_c_01,
    q_c_02,
    q_c_03,
    q_c_04,
    q_c_05,
    q_g_01,
    q_g_02,
    q_g_03,
    q_g_04,
    q_g_05,
    q_m_01,
    q_m_02,
    q_m_03,
    q_m_04,
    q_m_05,
    q_s_01,
    q_s_02,
    q_s_03,
    q_s_04,
    q_s_05,
)
from verifier.corpus.rounds.round10 import (
    BLIND10_PREFIX,
    BLIND10_STYLES,
    p_c_01,
    p_c_02,
    p_c_03,
    p_c_04,
    p_c_05,
    p_g_01,
    p_g_02,
    p_g_03,
    p_g_04,
    p_g_05,
    p_m_01,
    p_m_02,
    p_m_03,
    p_m_04,
    p_m_05,
    p_s_01,
    p_s_02,
    p_s_03,
    p_s_04,
    p_s_05,
)
from verifier.corpus.rounds.round11 import (
    BLIND11_PREFIX,
    BLIND11_STYLES,
    k_c_01,
    k_c_02,
    k_c_03,
    k_c_04,
    k_c_05,
    k_g_01,
    k_g_02,
    k_g_03,
    k_g_04,
    k_g_05,
    k_m_01,
    k_m_02,
    k_m_03,
    k_m_04,
    k_m_05,
    k_s_01,
    k_s_02,
    k_s_03,
    k_s_04,
    k_s_05,
)
from verifier.corpus.rounds.round12 import (
    BLIND12_PREFIX,
    BLIND12_STYLES,
    h_c_01,
    h_c_02,
    h_c_03,
    h_c_04,
    h_c_05,
    h_g_01,
    h_g_02,
    h_g_03,
    h_g_04,
    h_g_05,
    h_m_01,
    h_m_02,
    h_m_03,
    h_m_04,
    h_m_05,
    h_s_01,
    h_s_02,
    h_s_03,
    h_s_04,
    h_s_05,
)
from verifier.corpus.slots import (  # noqa: F401  (re-exported for tests and notebooks)
    DEFAULT_N_PER_FAMILY,
    GIVEN,
    LABELS,
    MAX_TEXT,
    ROW_KEYS,
    SURNAMES,
    TEST_FRACTION,
    THIRD_PARTY_RE,
    Family,
    Slots,
    _luhn_digit,
    _opencc,
    fake_names,
)
from verifier.datafiles import read_text, write_text
from verifier.registry import Institution, Registry

_ROOT = Path(__file__).resolve().parents[2]
#: The registry the shipped corpus was generated from, frozen so that changes to the product's registry
#: (data/institutions.toml) leave the corpus byte-identical; see its header.
GENERATOR_REGISTRY = _ROOT / "data" / "corpus" / "generator_registry.toml"

#: Id prefixes of the blind families: rounds 1–10 (read by the developers), round 11 (the blind test) and
#: round 12 (the newest blind round, not yet scored).
BLIND_PREFIXES = (
    BLIND_PREFIX,
    BLIND2_PREFIX,
    BLIND3_PREFIX,
    BLIND4_PREFIX,
    BLIND5_PREFIX,
    BLIND6_PREFIX,
    BLIND7_PREFIX,
    BLIND8_PREFIX,
    BLIND9_PREFIX,
    BLIND10_PREFIX,
    BLIND11_PREFIX,
    BLIND12_PREFIX,
)
#: Blind rounds that were scored, read and improved on, and are now trained on (split ``train``): their 200
#: families add scenarios the ordinary families lack. The newest rounds (development, test) stay out.
TRAINED_BLIND_PREFIXES = (
    BLIND_PREFIX,
    BLIND2_PREFIX,
    BLIND3_PREFIX,
    BLIND4_PREFIX,
    BLIND5_PREFIX,
    BLIND6_PREFIX,
    BLIND7_PREFIX,
    BLIND8_PREFIX,
    BLIND9_PREFIX,
    BLIND10_PREFIX,
)

FAMILIES: tuple[Family, ...] = (
    Family("g_due_app", "genuine", "polite due/overdue reminder, pay in the official app", g_due_app),
    Family(
        "g_overdue_itemized",
        "genuine",
        "itemised: days overdue, amount incl. penalty, deadline, hotline",
        g_overdue_itemized,
    ),
    Family(
        "g_negotiate",
        "genuine",
        "offer to negotiate a plan (the seed 微众 template), hotline or app",
        g_negotiate,
    ),
    Family(
        "g_autodebit_failed",
        "genuine",
        "auto-debit of card tail failed, top up or pay in app",
        g_autodebit_failed,
    ),
    Family(
        "g_credit_report",
        "genuine",
        "credit-bureau reporting warning, official app / official domain",
        g_credit_report,
    ),
    Family("g_terse", "genuine", "one-line terse notice, brand prefix, optional hotline", g_terse),
    Family(
        "g_plan_approved",
        "genuine",
        "instalment/extension plan approved, anti-fraud reminder",
        g_plan_approved,
    ),
    Family(
        "g_agent_entrusted",
        "genuine",
        "entrusted agent, no sender, official channels only",
        g_agent_entrusted,
    ),
    Family(
        "g_firm_legal", "genuine", "firm tone, contractual legal recourse, no transfer demand", g_firm_legal
    ),
    Family("g_push_link", "genuine", "app-push style with official link", g_push_link),
    Family(
        "s_mobile_sender",
        "spoofed",
        "genuine-looking text sent from a mobile/virtual number",
        s_mobile_sender,
    ),
    Family(
        "s_fake_hotline",
        "spoofed",
        "notice with a non-official callback number (400/95/landline)",
        s_fake_hotline,
    ),
    Family("s_lookalike_link", "spoofed", "link to a lookalike domain", s_lookalike_link),
    Family("s_short_link", "spoofed", "short marketing-style notice with a short link", s_short_link),
    Family("s_ip_link", "spoofed", "account-abnormal notice with a raw IP link, freeze threat", s_ip_link),
    Family(
        "s_callback_officer",
        "spoofed",
        "call back a named officer's mobile, home-visit threat",
        s_callback_officer,
    ),
    Family(
        "s_wechat_kefu", "spoofed", "add a personal WeChat/QQ 'customer service' to negotiate", s_wechat_kefu
    ),
    Family(
        "s_fake_service_port",
        "spoofed",
        "'official notice' from a fake 95xxx / 1069 port",
        s_fake_service_port,
    ),
    Family(
        "s_mixed_numbers",
        "spoofed",
        "official hotline for bills plus a fake 'special line' for deals",
        s_mixed_numbers,
    ),
    Family(
        "s_legal_dept", "spoofed", "'legal department' asks to call a fake number, no transfer", s_legal_dept
    ),
    Family(
        "m_name_mismatch",
        "mistaken",
        "ordinary notice greeting someone other than the recipient",
        m_name_mismatch,
    ),
    Family("m_please_relay", "mistaken", "'请转告XXX联系我们'", m_please_relay),
    Family("m_if_not_self", "mistaken", "notice with 'if you are not XXX, ignore'", m_if_not_self),
    Family("m_emergency_contact", "mistaken", "'you are XXX's emergency contact'", m_emergency_contact),
    Family(
        "m_no_account",
        "mistaken",
        "generic official notice, recipient has no account (metadata only)",
        m_no_account,
    ),
    Family("m_masked_other", "mistaken", "masked name of someone else, card tail, app", m_masked_other),
    Family("m_cannot_reach", "mistaken", "'we cannot reach XXX, if you know them…'", m_cannot_reach),
    Family("m_terse_other", "mistaken", "terse one-liner to another person's name", m_terse_other),
    Family(
        "m_recycled_number",
        "mistaken",
        "registered user of this (recycled) number, reply if changed hands",
        m_recycled_number,
    ),
    Family(
        "m_same_name_no_account",
        "mistaken",
        "recipient's own name but no account there (same name / wrong number)",
        m_same_name_no_account,
    ),
    Family("c_personal_card", "scam", "repay to an 'officer's' personal bank card", c_personal_card),
    Family("c_safe_account", "scam", "move funds to a 安全账户 for verification", c_safe_account),
    Family("c_credit_repair", "scam", "paid 征信修复 / 清除逾期记录 advert", c_credit_repair),
    Family("c_campus_loan", "scam", "cancel a campus-loan account, empty the credit line", c_campus_loan),
    Family("c_verification_code", "scam", "penalty waiver needs the verification code", c_verification_code),
    Family(
        "c_app_screen_share",
        "scam",
        "download an app or share the screen in a meeting app",
        c_app_screen_share,
    ),
    Family(
        "c_court_transfer",
        "scam",
        "fake court 立案/执行 demanding a transfer to a named account",
        c_court_transfer,
    ),
    Family(
        "c_stop_interest_agent", "scam", "停息挂账 agent asking an upfront service fee", c_stop_interest_agent
    ),
    Family("c_unfreeze_fee", "scam", "pay an unfreeze fee to a card to release a loan", c_unfreeze_fee),
    Family("c_personal_wallet", "scam", "settle at a discount via personal Alipay/WeChat", c_personal_wallet),
    Family(
        "x_g_card_statement",
        "genuine",
        "credit-card statement: bill month, amount due, minimum payment, overdue",
        x_g_card_statement,
        blind=True,
    ),
    Family(
        "x_g_autodebit_notice",
        "genuine",
        "we will retry the auto-debit of the overdue amount from card tail at HH:00",
        x_g_autodebit_notice,
        blind=True,
    ),
    Family(
        "x_g_extension_confirmed",
        "genuine",
        "'已为您办理延期还款/分期' confirmation with the new due date",
        x_g_extension_confirmed,
        blind=True,
    ),
    Family(
        "x_g_agency_named",
        "genuine",
        "named collection firm entrusted by the lender, pay only via the lender's app/hotline, no sender",
        x_g_agency_named,
        blind=True,
    ),
    Family(
        "x_g_partial_received",
        "genuine",
        "partial repayment received, remaining overdue amount, pay the rest in the app",
        x_g_partial_received,
        blind=True,
    ),
    Family(
        "x_s_landline_callback",
        "spoofed",
        "card-centre department notice, callback to a landline (with extension) or 400 not in the registry",
        x_s_landline_callback,
        blind=True,
    ),
    Family(
        "x_s_lookalike_signature",
        "spoofed",
        "look-alike 【signature】 ('-贷后', '官方', '金融服务') from a port/mobile, 'reply 1 to negotiate'",
        x_s_lookalike_signature,
        blind=True,
    ),
    Family(
        "x_s_official_subpath",
        "spoofed",
        "official domain embedded in an unofficial host or path ('cmbchina.com.xx.cn', 'x.top/cmbchina.com/…', 'd@x.top')",
        x_s_official_subpath,
        blind=True,
    ),
    Family(
        "x_s_fake95_postloan",
        "spoofed",
        "'贷后管理部' asks to call a 95xxx number that is not the lender's",
        x_s_fake95_postloan,
        blind=True,
    ),
    Family(
        "x_s_offchannel_kefu",
        "spoofed",
        "apply via a WeChat mini-program / public account or a webmail address (not official channels)",
        x_s_offchannel_kefu,
        blind=True,
    ),
    Family(
        "x_m_recycled_statement",
        "mistaken",
        "'截至…仍有…逾期' statement to another person's name at the number on file (recycled number)",
        x_m_recycled_statement,
        blind=True,
    ),
    Family(
        "x_m_guarantor_contact",
        "mistaken",
        "'XXX registered you as guarantor / co-borrower / contact', remind the borrower",
        x_m_guarantor_contact,
        blind=True,
    ),
    Family(
        "x_m_family_member",
        "mistaken",
        "'您的家人/亲属XXX' is overdue, please pass it on",
        x_m_family_member,
        blind=True,
    ),
    Family(
        "x_m_pinyin_name",
        "mistaken",
        "English / pinyin name (ZHANG WEIMING, ZHANG/WEIMING) of someone else",
        x_m_pinyin_name,
        blind=True,
    ),
    Family(
        "x_m_same_surname_masked",
        "mistaken",
        "masked name with the recipient's surname but another given name (a relative's number), no account",
        x_m_same_surname_masked,
        blind=True,
    ),
    Family(
        "x_c_refund_claim",
        "scam",
        "客服退款/理赔 (excess interest, double debit, insurance): screen sharing, code, 'verification account' or app",
        x_c_refund_claim,
        blind=True,
    ),
    Family(
        "x_c_cancel_paylater",
        "scam",
        "close 金条/月付/花呗 'to protect credit', impersonating the regulator: borrow out and transfer, QQ share, code",
        x_c_cancel_paylater,
        blind=True,
    ),
    Family(
        "x_c_blacklist_deposit",
        "scam",
        "'网贷黑名单' removal needs a deposit to a '对公账户' held by a person",
        x_c_blacklist_deposit,
        blind=True,
    ),
    Family(
        "x_c_last_window_corporate",
        "scam",
        "last negotiation window before credit reporting, settle to a '对公还款账户' whose 户名 is a person",
        x_c_last_window_corporate,
        blind=True,
    ),
    Family(
        "x_c_legal_qr_link",
        "scam",
        "law-firm letter with a payment QR code, or mediation centre + arbitration with a payment link",
        x_c_legal_qr_link,
        blind=True,
    ),
    Family(
        "y_g_card_instalment",
        "genuine",
        "card instalment (账单/现金/专项分期) period unpaid, risk that the whole instalment falls due",
        y_g_card_instalment,
        blind=True,
    ),
    Family(
        "y_g_secured_loan",
        "genuine",
        "mortgage / provident-fund combination loan / car loan: monthly instalment debit failed, 网点 / app",
        y_g_secured_loan,
        blind=True,
    ),
    Family(
        "y_g_structured_push",
        "genuine",
        "app-push / service-notice layout with fields (账户、状态、待还金额、操作), one per line or '｜'",
        y_g_structured_push,
        blind=True,
    ),
    Family(
        "y_g_premediation",
        "genuine",
        "lender filed for 诉前调解 on the court's own platform; verify there, pay only through the lender's app",
        y_g_premediation,
        blind=True,
    ),
    Family(
        "y_g_settled_record",
        "genuine",
        "overdue debt paid off, credit record update, anti-fraud warning that names 征信修复 / 安全账户 / 屏幕共享",
        y_g_settled_record,
        blind=True,
    ),
    Family(
        "y_s_manager_mobile",
        "spoofed",
        "friendly '专属客户经理' offer (停息分期 / 减免) with a personal work mobile, '微信同号'",
        y_s_manager_mobile,
        blind=True,
    ),
    Family(
        "y_s_group_chat",
        "spoofed",
        "join an Enterprise-WeChat / QQ / DingTalk 'service group' to negotiate",
        y_s_group_chat,
        blind=True,
    ),
    Family(
        "y_s_typo_domain",
        "spoofed",
        "'官网' link on a typo / homoglyph of the real domain or the real name under a wrong suffix",
        y_s_typo_domain,
        blind=True,
    ),
    Family(
        "y_s_outbound_call",
        "spoofed",
        "pre-announced call from an 'entrusted outbound line' (landline, +852, 400, virtual); call it back",
        y_s_outbound_call,
        blind=True,
    ),
    Family(
        "y_s_third_party_form",
        "spoofed",
        "协商申请表 or electronic 催告函 through a third-party form / questionnaire / cloud-drive link",
        y_s_third_party_form,
        blind=True,
    ),
    Family(
        "y_m_contact_no_liability",
        "mistaken",
        "borrower unreachable, 'your number was given as a reference; you owe nothing'",
        y_m_contact_no_liability,
        blind=True,
    ),
    Family(
        "y_m_former_employer",
        "mistaken",
        "sent to the borrower's workplace phone: '贵单位员工…', reply '离职' if they left",
        y_m_former_employer,
        blind=True,
    ),
    Family(
        "y_m_customer_other_name",
        "mistaken",
        "'<name>客户：您好！' naming someone else, to a recipient who has an account there (only the name tells)",
        y_m_customer_other_name,
        blind=True,
    ),
    Family(
        "y_m_field_borrower",
        "mistaken",
        "structured notice whose 借款人 / 持卡人 field names someone else",
        y_m_field_borrower,
        blind=True,
    ),
    Family(
        "y_m_reply_ack",
        "mistaken",
        "acknowledges the recipient's reply '非本人' / '打错了': reminders for X stop",
        y_m_reply_ack,
        blind=True,
    ),
    Family(
        "y_c_insider_reduction",
        "scam",
        "self-declared insider's '内部渠道减免', paid to a personal account, e-CNY wallet or Alipay",
        y_c_insider_reduction,
        blind=True,
    ),
    Family(
        "y_c_remote_assist",
        "scam",
        "'record flagged by mistake': install 向日葵 / ToDesk and hand over the device code and password",
        y_c_remote_assist,
        blind=True,
    ),
    Family(
        "y_c_capacity_deposit",
        "scam",
        "instalment 'pre-approved', deposit to '验证还款能力' into an account held by a person",
        y_c_capacity_deposit,
        blind=True,
    ),
    Family(
        "y_c_dispute_agent",
        "scam",
        "paid 征信异议申诉 agent: delete overdue records, cancel campus-loan records, fee first",
        y_c_dispute_agent,
        blind=True,
    ),
    Family(
        "y_c_credential_rebind",
        "scam",
        "auto-repay agreement 'expired': reply card number + expiry + CVV, PIN on a link, or a code",
        y_c_credential_rebind,
        blind=True,
    ),
    Family("z_g_01", "genuine", BLIND3_STYLES["z_g_01"], z_g_01, blind=True),
    Family("z_g_02", "genuine", BLIND3_STYLES["z_g_02"], z_g_02, blind=True),
    Family("z_g_03", "genuine", BLIND3_STYLES["z_g_03"], z_g_03, blind=True),
    Family("z_g_04", "genuine", BLIND3_STYLES["z_g_04"], z_g_04, blind=True),
    Family("z_g_05", "genuine", BLIND3_STYLES["z_g_05"], z_g_05, blind=True),
    Family("z_s_01", "spoofed", BLIND3_STYLES["z_s_01"], z_s_01, blind=True),
    Family("z_s_02", "spoofed", BLIND3_STYLES["z_s_02"], z_s_02, blind=True),
    Family("z_s_03", "spoofed", BLIND3_STYLES["z_s_03"], z_s_03, blind=True),
    Family("z_s_04", "spoofed", BLIND3_STYLES["z_s_04"], z_s_04, blind=True),
    Family("z_s_05", "spoofed", BLIND3_STYLES["z_s_05"], z_s_05, blind=True),
    Family("z_m_01", "mistaken", BLIND3_STYLES["z_m_01"], z_m_01, blind=True),
    Family("z_m_02", "mistaken", BLIND3_STYLES["z_m_02"], z_m_02, blind=True),
    Family("z_m_03", "mistaken", BLIND3_STYLES["z_m_03"], z_m_03, blind=True),
    Family("z_m_04", "mistaken", BLIND3_STYLES["z_m_04"], z_m_04, blind=True),
    Family("z_m_05", "mistaken", BLIND3_STYLES["z_m_05"], z_m_05, blind=True),
    Family("z_c_01", "scam", BLIND3_STYLES["z_c_01"], z_c_01, blind=True),
    Family("z_c_02", "scam", BLIND3_STYLES["z_c_02"], z_c_02, blind=True),
    Family("z_c_03", "scam", BLIND3_STYLES["z_c_03"], z_c_03, blind=True),
    Family("z_c_04", "scam", BLIND3_STYLES["z_c_04"], z_c_04, blind=True),
    Family("z_c_05", "scam", BLIND3_STYLES["z_c_05"], z_c_05, blind=True),
    Family("v_g_01", "genuine", BLIND4_STYLES["v_g_01"], v_g_01, blind=True),
    Family("v_g_02", "genuine", BLIND4_STYLES["v_g_02"], v_g_02, blind=True),
    Family("v_g_03", "genuine", BLIND4_STYLES["v_g_03"], v_g_03, blind=True),
    Family("v_g_04", "genuine", BLIND4_STYLES["v_g_04"], v_g_04, blind=True),
    Family("v_g_05", "genuine", BLIND4_STYLES["v_g_05"], v_g_05, blind=True),
    Family("v_s_01", "spoofed", BLIND4_STYLES["v_s_01"], v_s_01, blind=True),
    Family("v_s_02", "spoofed", BLIND4_STYLES["v_s_02"], v_s_02, blind=True),
    Family("v_s_03", "spoofed", BLIND4_STYLES["v_s_03"], v_s_03, blind=True),
    Family("v_s_04", "spoofed", BLIND4_STYLES["v_s_04"], v_s_04, blind=True),
    Family("v_s_05", "spoofed", BLIND4_STYLES["v_s_05"], v_s_05, blind=True),
    Family("v_m_01", "mistaken", BLIND4_STYLES["v_m_01"], v_m_01, blind=True),
    Family("v_m_02", "mistaken", BLIND4_STYLES["v_m_02"], v_m_02, blind=True),
    Family("v_m_03", "mistaken", BLIND4_STYLES["v_m_03"], v_m_03, blind=True),
    Family("v_m_04", "mistaken", BLIND4_STYLES["v_m_04"], v_m_04, blind=True),
    Family("v_m_05", "mistaken", BLIND4_STYLES["v_m_05"], v_m_05, blind=True),
    Family("v_c_01", "scam", BLIND4_STYLES["v_c_01"], v_c_01, blind=True),
    Family("v_c_02", "scam", BLIND4_STYLES["v_c_02"], v_c_02, blind=True),
    Family("v_c_03", "scam", BLIND4_STYLES["v_c_03"], v_c_03, blind=True),
    Family("v_c_04", "scam", BLIND4_STYLES["v_c_04"], v_c_04, blind=True),
    Family("v_c_05", "scam", BLIND4_STYLES["v_c_05"], v_c_05, blind=True),
    Family("u_g_01", "genuine", BLIND5_STYLES["u_g_01"], u_g_01, blind=True),
    Family("u_g_02", "genuine", BLIND5_STYLES["u_g_02"], u_g_02, blind=True),
    Family("u_g_03", "genuine", BLIND5_STYLES["u_g_03"], u_g_03, blind=True),
    Family("u_g_04", "genuine", BLIND5_STYLES["u_g_04"], u_g_04, blind=True),
    Family("u_g_05", "genuine", BLIND5_STYLES["u_g_05"], u_g_05, blind=True),
    Family("u_s_01", "spoofed", BLIND5_STYLES["u_s_01"], u_s_01, blind=True),
    Family("u_s_02", "spoofed", BLIND5_STYLES["u_s_02"], u_s_02, blind=True),
    Family("u_s_03", "spoofed", BLIND5_STYLES["u_s_03"], u_s_03, blind=True),
    Family("u_s_04", "spoofed", BLIND5_STYLES["u_s_04"], u_s_04, blind=True),
    Family("u_s_05", "spoofed", BLIND5_STYLES["u_s_05"], u_s_05, blind=True),
    Family("u_m_01", "mistaken", BLIND5_STYLES["u_m_01"], u_m_01, blind=True),
    Family("u_m_02", "mistaken", BLIND5_STYLES["u_m_02"], u_m_02, blind=True),
    Family("u_m_03", "mistaken", BLIND5_STYLES["u_m_03"], u_m_03, blind=True),
    Family("u_m_04", "mistaken", BLIND5_STYLES["u_m_04"], u_m_04, blind=True),
    Family("u_m_05", "mistaken", BLIND5_STYLES["u_m_05"], u_m_05, blind=True),
    Family("u_c_01", "scam", BLIND5_STYLES["u_c_01"], u_c_01, blind=True),
    Family("u_c_02", "scam", BLIND5_STYLES["u_c_02"], u_c_02, blind=True),
    Family("u_c_03", "scam", BLIND5_STYLES["u_c_03"], u_c_03, blind=True),
    Family("u_c_04", "scam", BLIND5_STYLES["u_c_04"], u_c_04, blind=True),
    Family("u_c_05", "scam", BLIND5_STYLES["u_c_05"], u_c_05, blind=True),
    Family("w_g_01", "genuine", BLIND6_STYLES["w_g_01"], w_g_01, blind=True),
    Family("w_g_02", "genuine", BLIND6_STYLES["w_g_02"], w_g_02, blind=True),
    Family("w_g_03", "genuine", BLIND6_STYLES["w_g_03"], w_g_03, blind=True),
    Family("w_g_04", "genuine", BLIND6_STYLES["w_g_04"], w_g_04, blind=True),
    Family("w_g_05", "genuine", BLIND6_STYLES["w_g_05"], w_g_05, blind=True),
    Family("w_s_01", "spoofed", BLIND6_STYLES["w_s_01"], w_s_01, blind=True),
    Family("w_s_02", "spoofed", BLIND6_STYLES["w_s_02"], w_s_02, blind=True),
    Family("w_s_03", "spoofed", BLIND6_STYLES["w_s_03"], w_s_03, blind=True),
    Family("w_s_04", "spoofed", BLIND6_STYLES["w_s_04"], w_s_04, blind=True),
    Family("w_s_05", "spoofed", BLIND6_STYLES["w_s_05"], w_s_05, blind=True),
    Family("w_m_01", "mistaken", BLIND6_STYLES["w_m_01"], w_m_01, blind=True),
    Family("w_m_02", "mistaken", BLIND6_STYLES["w_m_02"], w_m_02, blind=True),
    Family("w_m_03", "mistaken", BLIND6_STYLES["w_m_03"], w_m_03, blind=True),
    Family("w_m_04", "mistaken", BLIND6_STYLES["w_m_04"], w_m_04, blind=True),
    Family("w_m_05", "mistaken", BLIND6_STYLES["w_m_05"], w_m_05, blind=True),
    Family("w_c_01", "scam", BLIND6_STYLES["w_c_01"], w_c_01, blind=True),
    Family("w_c_02", "scam", BLIND6_STYLES["w_c_02"], w_c_02, blind=True),
    Family("w_c_03", "scam", BLIND6_STYLES["w_c_03"], w_c_03, blind=True),
    Family("w_c_04", "scam", BLIND6_STYLES["w_c_04"], w_c_04, blind=True),
    Family("w_c_05", "scam", BLIND6_STYLES["w_c_05"], w_c_05, blind=True),
    Family("r_g_01", "genuine", BLIND7_STYLES["r_g_01"], r_g_01, blind=True),
    Family("r_g_02", "genuine", BLIND7_STYLES["r_g_02"], r_g_02, blind=True),
    Family("r_g_03", "genuine", BLIND7_STYLES["r_g_03"], r_g_03, blind=True),
    Family("r_g_04", "genuine", BLIND7_STYLES["r_g_04"], r_g_04, blind=True),
    Family("r_g_05", "genuine", BLIND7_STYLES["r_g_05"], r_g_05, blind=True),
    Family("r_s_01", "spoofed", BLIND7_STYLES["r_s_01"], r_s_01, blind=True),
    Family("r_s_02", "spoofed", BLIND7_STYLES["r_s_02"], r_s_02, blind=True),
    Family("r_s_03", "spoofed", BLIND7_STYLES["r_s_03"], r_s_03, blind=True),
    Family("r_s_04", "spoofed", BLIND7_STYLES["r_s_04"], r_s_04, blind=True),
    Family("r_s_05", "spoofed", BLIND7_STYLES["r_s_05"], r_s_05, blind=True),
    Family("r_m_01", "mistaken", BLIND7_STYLES["r_m_01"], r_m_01, blind=True),
    Family("r_m_02", "mistaken", BLIND7_STYLES["r_m_02"], r_m_02, blind=True),
    Family("r_m_03", "mistaken", BLIND7_STYLES["r_m_03"], r_m_03, blind=True),
    Family("r_m_04", "mistaken", BLIND7_STYLES["r_m_04"], r_m_04, blind=True),
    Family("r_m_05", "mistaken", BLIND7_STYLES["r_m_05"], r_m_05, blind=True),
    Family("r_c_01", "scam", BLIND7_STYLES["r_c_01"], r_c_01, blind=True),
    Family("r_c_02", "scam", BLIND7_STYLES["r_c_02"], r_c_02, blind=True),
    Family("r_c_03", "scam", BLIND7_STYLES["r_c_03"], r_c_03, blind=True),
    Family("r_c_04", "scam", BLIND7_STYLES["r_c_04"], r_c_04, blind=True),
    Family("r_c_05", "scam", BLIND7_STYLES["r_c_05"], r_c_05, blind=True),
    Family("t_g_01", "genuine", BLIND8_STYLES["t_g_01"], t_g_01, blind=True),
    Family("t_g_02", "genuine", BLIND8_STYLES["t_g_02"], t_g_02, blind=True),
    Family("t_g_03", "genuine", BLIND8_STYLES["t_g_03"], t_g_03, blind=True),
    Family("t_g_04", "genuine", BLIND8_STYLES["t_g_04"], t_g_04, blind=True),
    Family("t_g_05", "genuine", BLIND8_STYLES["t_g_05"], t_g_05, blind=True),
    Family("t_s_01", "spoofed", BLIND8_STYLES["t_s_01"], t_s_01, blind=True),
    Family("t_s_02", "spoofed", BLIND8_STYLES["t_s_02"], t_s_02, blind=True),
    Family("t_s_03", "spoofed", BLIND8_STYLES["t_s_03"], t_s_03, blind=True),
    Family("t_s_04", "spoofed", BLIND8_STYLES["t_s_04"], t_s_04, blind=True),
    Family("t_s_05", "spoofed", BLIND8_STYLES["t_s_05"], t_s_05, blind=True),
    Family("t_m_01", "mistaken", BLIND8_STYLES["t_m_01"], t_m_01, blind=True),
    Family("t_m_02", "mistaken", BLIND8_STYLES["t_m_02"], t_m_02, blind=True),
    Family("t_m_03", "mistaken", BLIND8_STYLES["t_m_03"], t_m_03, blind=True),
    Family("t_m_04", "mistaken", BLIND8_STYLES["t_m_04"], t_m_04, blind=True),
    Family("t_m_05", "mistaken", BLIND8_STYLES["t_m_05"], t_m_05, blind=True),
    Family("t_c_01", "scam", BLIND8_STYLES["t_c_01"], t_c_01, blind=True),
    Family("t_c_02", "scam", BLIND8_STYLES["t_c_02"], t_c_02, blind=True),
    Family("t_c_03", "scam", BLIND8_STYLES["t_c_03"], t_c_03, blind=True),
    Family("t_c_04", "scam", BLIND8_STYLES["t_c_04"], t_c_04, blind=True),
    Family("t_c_05", "scam", BLIND8_STYLES["t_c_05"], t_c_05, blind=True),
    Family("q_g_01", "genuine", BLIND9_STYLES["q_g_01"], q_g_01, blind=True),
    Family("q_g_02", "genuine", BLIND9_STYLES["q_g_02"], q_g_02, blind=True),
    Family("q_g_03", "genuine", BLIND9_STYLES["q_g_03"], q_g_03, blind=True),
    Family("q_g_04", "genuine", BLIND9_STYLES["q_g_04"], q_g_04, blind=True),
    Family("q_g_05", "genuine", BLIND9_STYLES["q_g_05"], q_g_05, blind=True),
    Family("q_s_01", "spoofed", BLIND9_STYLES["q_s_01"], q_s_01, blind=True),
    Family("q_s_02", "spoofed", BLIND9_STYLES["q_s_02"], q_s_02, blind=True),
    Family("q_s_03", "spoofed", BLIND9_STYLES["q_s_03"], q_s_03, blind=True),
    Family("q_s_04", "spoofed", BLIND9_STYLES["q_s_04"], q_s_04, blind=True),
    Family("q_s_05", "spoofed", BLIND9_STYLES["q_s_05"], q_s_05, blind=True),
    Family("q_m_01", "mistaken", BLIND9_STYLES["q_m_01"], q_m_01, blind=True),
    Family("q_m_02", "mistaken", BLIND9_STYLES["q_m_02"], q_m_02, blind=True),
    Family("q_m_03", "mistaken", BLIND9_STYLES["q_m_03"], q_m_03, blind=True),
    Family("q_m_04", "mistaken", BLIND9_STYLES["q_m_04"], q_m_04, blind=True),
    Family("q_m_05", "mistaken", BLIND9_STYLES["q_m_05"], q_m_05, blind=True),
    Family("q_c_01", "scam", BLIND9_STYLES["q_c_01"], q_c_01, blind=True),
    Family("q_c_02", "scam", BLIND9_STYLES["q_c_02"], q_c_02, blind=True),
    Family("q_c_03", "scam", BLIND9_STYLES["q_c_03"], q_c_03, blind=True),
    Family("q_c_04", "scam", BLIND9_STYLES["q_c_04"], q_c_04, blind=True),
    Family("q_c_05", "scam", BLIND9_STYLES["q_c_05"], q_c_05, blind=True),
    Family("p_g_01", "genuine", BLIND10_STYLES["p_g_01"], p_g_01, blind=True),
    Family("p_g_02", "genuine", BLIND10_STYLES["p_g_02"], p_g_02, blind=True),
    Family("p_g_03", "genuine", BLIND10_STYLES["p_g_03"], p_g_03, blind=True),
    Family("p_g_04", "genuine", BLIND10_STYLES["p_g_04"], p_g_04, blind=True),
    Family("p_g_05", "genuine", BLIND10_STYLES["p_g_05"], p_g_05, blind=True),
    Family("p_s_01", "spoofed", BLIND10_STYLES["p_s_01"], p_s_01, blind=True),
    Family("p_s_02", "spoofed", BLIND10_STYLES["p_s_02"], p_s_02, blind=True),
    Family("p_s_03", "spoofed", BLIND10_STYLES["p_s_03"], p_s_03, blind=True),
    Family("p_s_04", "spoofed", BLIND10_STYLES["p_s_04"], p_s_04, blind=True),
    Family("p_s_05", "spoofed", BLIND10_STYLES["p_s_05"], p_s_05, blind=True),
    Family("p_m_01", "mistaken", BLIND10_STYLES["p_m_01"], p_m_01, blind=True),
    Family("p_m_02", "mistaken", BLIND10_STYLES["p_m_02"], p_m_02, blind=True),
    Family("p_m_03", "mistaken", BLIND10_STYLES["p_m_03"], p_m_03, blind=True),
    Family("p_m_04", "mistaken", BLIND10_STYLES["p_m_04"], p_m_04, blind=True),
    Family("p_m_05", "mistaken", BLIND10_STYLES["p_m_05"], p_m_05, blind=True),
    Family("p_c_01", "scam", BLIND10_STYLES["p_c_01"], p_c_01, blind=True),
    Family("p_c_02", "scam", BLIND10_STYLES["p_c_02"], p_c_02, blind=True),
    Family("p_c_03", "scam", BLIND10_STYLES["p_c_03"], p_c_03, blind=True),
    Family("p_c_04", "scam", BLIND10_STYLES["p_c_04"], p_c_04, blind=True),
    Family("p_c_05", "scam", BLIND10_STYLES["p_c_05"], p_c_05, blind=True),
    Family("k_g_01", "genuine", BLIND11_STYLES["k_g_01"], k_g_01, blind=True),
    Family("k_g_02", "genuine", BLIND11_STYLES["k_g_02"], k_g_02, blind=True),
    Family("k_g_03", "genuine", BLIND11_STYLES["k_g_03"], k_g_03, blind=True),
    Family("k_g_04", "genuine", BLIND11_STYLES["k_g_04"], k_g_04, blind=True),
    Family("k_g_05", "genuine", BLIND11_STYLES["k_g_05"], k_g_05, blind=True),
    Family("k_s_01", "spoofed", BLIND11_STYLES["k_s_01"], k_s_01, blind=True),
    Family("k_s_02", "spoofed", BLIND11_STYLES["k_s_02"], k_s_02, blind=True),
    Family("k_s_03", "spoofed", BLIND11_STYLES["k_s_03"], k_s_03, blind=True),
    Family("k_s_04", "spoofed", BLIND11_STYLES["k_s_04"], k_s_04, blind=True),
    Family("k_s_05", "spoofed", BLIND11_STYLES["k_s_05"], k_s_05, blind=True),
    Family("k_m_01", "mistaken", BLIND11_STYLES["k_m_01"], k_m_01, blind=True),
    Family("k_m_02", "mistaken", BLIND11_STYLES["k_m_02"], k_m_02, blind=True),
    Family("k_m_03", "mistaken", BLIND11_STYLES["k_m_03"], k_m_03, blind=True),
    Family("k_m_04", "mistaken", BLIND11_STYLES["k_m_04"], k_m_04, blind=True),
    Family("k_m_05", "mistaken", BLIND11_STYLES["k_m_05"], k_m_05, blind=True),
    Family("k_c_01", "scam", BLIND11_STYLES["k_c_01"], k_c_01, blind=True),
    Family("k_c_02", "scam", BLIND11_STYLES["k_c_02"], k_c_02, blind=True),
    Family("k_c_03", "scam", BLIND11_STYLES["k_c_03"], k_c_03, blind=True),
    Family("k_c_04", "scam", BLIND11_STYLES["k_c_04"], k_c_04, blind=True),
    Family("k_c_05", "scam", BLIND11_STYLES["k_c_05"], k_c_05, blind=True),
    Family("h_g_01", "genuine", BLIND12_STYLES["h_g_01"], h_g_01, blind=True),
    Family("h_g_02", "genuine", BLIND12_STYLES["h_g_02"], h_g_02, blind=True),
    Family("h_g_03", "genuine", BLIND12_STYLES["h_g_03"], h_g_03, blind=True),
    Family("h_g_04", "genuine", BLIND12_STYLES["h_g_04"], h_g_04, blind=True),
    Family("h_g_05", "genuine", BLIND12_STYLES["h_g_05"], h_g_05, blind=True),
    Family("h_s_01", "spoofed", BLIND12_STYLES["h_s_01"], h_s_01, blind=True),
    Family("h_s_02", "spoofed", BLIND12_STYLES["h_s_02"], h_s_02, blind=True),
    Family("h_s_03", "spoofed", BLIND12_STYLES["h_s_03"], h_s_03, blind=True),
    Family("h_s_04", "spoofed", BLIND12_STYLES["h_s_04"], h_s_04, blind=True),
    Family("h_s_05", "spoofed", BLIND12_STYLES["h_s_05"], h_s_05, blind=True),
    Family("h_m_01", "mistaken", BLIND12_STYLES["h_m_01"], h_m_01, blind=True),
    Family("h_m_02", "mistaken", BLIND12_STYLES["h_m_02"], h_m_02, blind=True),
    Family("h_m_03", "mistaken", BLIND12_STYLES["h_m_03"], h_m_03, blind=True),
    Family("h_m_04", "mistaken", BLIND12_STYLES["h_m_04"], h_m_04, blind=True),
    Family("h_m_05", "mistaken", BLIND12_STYLES["h_m_05"], h_m_05, blind=True),
    Family("h_c_01", "scam", BLIND12_STYLES["h_c_01"], h_c_01, blind=True),
    Family("h_c_02", "scam", BLIND12_STYLES["h_c_02"], h_c_02, blind=True),
    Family("h_c_03", "scam", BLIND12_STYLES["h_c_03"], h_c_03, blind=True),
    Family("h_c_04", "scam", BLIND12_STYLES["h_c_04"], h_c_04, blind=True),
    Family("h_c_05", "scam", BLIND12_STYLES["h_c_05"], h_c_05, blind=True),
)


def family_splits(families: tuple[Family, ...] = FAMILIES) -> dict[str, str]:
    """Family id → "train" | "test": per label, the ~30 % of families first by sha256(id) go to test.

    Fixed by the ids alone (not by the seed), so the held-out families never change silently.
    """
    out: dict[str, str] = {}
    for label in LABELS:
        ids = sorted(
            (f.id for f in families if f.label == label and not f.blind),
            key=lambda i: hashlib.sha256(i.encode()).hexdigest(),
        )
        n_test = max(1, round(len(ids) * TEST_FRACTION)) if len(ids) > 1 else 0
        for k, fid in enumerate(ids):
            out[fid] = "test" if k < n_test else "train"
    for f in families:  # blind families are held out until their round has been read
        if f.blind:
            out[f.id] = "train" if f.id.startswith(TRAINED_BLIND_PREFIXES) else "test"
    return out


def blind_rows_per_family(n_per_family: int) -> int:
    """Rows made for each blind family: ``BLIND_SHARE`` of ``n_per_family`` (at least 1)."""
    return max(1, round(n_per_family * BLIND_SHARE))


# ------------------------------------------------------------------------------------------------ evasion

_ZW = "\u200b"
_WECHAT_TRICKS = ("微 信", "薇信", "V信", "VX", "威信", "徽信")
_SPACED_WORDS = ("逾期", "征信", "转账", "账户", "还款", "欠款", "冻结", "验证码", "安全账户")


def _fullwidth_digits(text: str) -> str:
    return "".join(chr(ord(c) - ord("0") + 0xFF10) if "0" <= c <= "9" else c for c in text)


def evade(text: str, label: str, rng: random.Random) -> str:
    """Apply evasion tricks to a random fraction of messages.

    Traditional characters and full-width digits may appear in any label (users forward and convert
    messages); zero-width spaces, spaced keywords and WeChat homoglyphs only in spoofed / scam messages,
    since official senders do not try to dodge filters.
    """
    if rng.random() < 0.08:
        text = _opencc()[0].convert(text)
    if rng.random() < 0.08:
        text = _fullwidth_digits(text)
    if label in ("spoofed", "scam"):
        if "微信" in text and rng.random() < 0.35:
            text = text.replace("微信", rng.choice(_WECHAT_TRICKS))
        if rng.random() < 0.12:
            words = [w for w in _SPACED_WORDS if w in text]
            if words:
                w = rng.choice(words)
                text = text.replace(w, rng.choice([" ", _ZW, "·"]).join(w))
        if rng.random() < 0.12:
            chars = list(text)
            for _ in range(rng.randint(1, 4)):
                pos = rng.randint(1, max(1, len(chars) - 1))
                chars.insert(pos, _ZW)
            text = "".join(chars)
    return text


# ---------------------------------------------------------------------------------------------- generation


def _pools(reg: Registry) -> dict[str, list[Institution]]:
    everyone = sorted(reg.institutions.values(), key=lambda i: i.id)
    if not everyone:
        raise ValueError("the registry has no institutions")

    def has_official(i: Institution) -> bool:
        return any(not f.unverified for f in (*i.hotlines, *i.sms_senders))

    official = [i for i in everyone if has_official(i)] or everyone
    return {"all": everyone, "official": official}


def _received_at(rng: random.Random) -> datetime:
    start = datetime(2023, 1, 1, 8, 0)
    day = start + timedelta(days=rng.randint(0, 900))
    return day.replace(hour=rng.randint(8, 21), minute=rng.randint(0, 59), second=rng.randint(0, 59))


_TZ = timezone(timedelta(hours=8))


def generate(
    n_per_family: int = DEFAULT_N_PER_FAMILY, seed: int = 0, registry: Registry | None = None
) -> list[dict]:
    """Generated rows (no seed rows), deterministic for a given seed and registry.

    Each row has the keys of :data:`ROW_KEYS`. ``institution`` is the registry id of the claimed
    institution (an addition to the brief's fields, useful to check official channels).
    """
    reg = registry if registry is not None else Registry.load(GENERATOR_REGISTRY)
    pools = _pools(reg)
    splits = family_splits()
    rows: list[dict] = []
    seen: set[str] = set()
    for fam in FAMILIES:
        rng = random.Random(f"{seed}:{fam.id}")
        n = blind_rows_per_family(n_per_family) if fam.blind else n_per_family
        made = attempts = 0
        while made < n and attempts < n * 20:
            attempts += 1
            now = _received_at(rng)
            slots = Slots(rng, reg, now)
            msg = fam.build(slots, pools)
            text = evade(msg["text"], fam.label, rng)
            if not text or len(text) >= MAX_TEXT or text in seen:
                continue
            seen.add(text)
            received = now.replace(tzinfo=_TZ).isoformat() if rng.random() < 0.8 else None
            rows.append(
                {
                    "text": text,
                    "sender": msg["sender"],
                    "recipient_name": msg["recipient_name"],
                    "has_account": msg["has_account"],
                    "received_at": received,
                    "label": fam.label,
                    "source": f"gen:{fam.id}",
                    "family": fam.id,
                    "split": splits[fam.id],
                    "institution": msg["inst"].id,
                }
            )
            made += 1
    return rows


# ------------------------------------------------------------------------------------------------- seeds


#: The shipped corpus: JSONL, gzipped (about 7× smaller in the tree and in every clone's history).
CORPUS_FILE = "messages.jsonl.gz"


def default_corpus_dir() -> Path:
    return Path(str(resources.files("verifier.data"))) / "corpus"


def load_seeds(path: str | Path | None = None) -> list[dict]:
    """Seed rows (hand-extracted templates from the seed articles) in the corpus row format."""
    path = Path(path) if path is not None else default_corpus_dir() / "seeds.jsonl"
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        s = json.loads(line)
        rows.append(
            {
                "text": s["text"],
                "sender": None,
                "recipient_name": None,
                "has_account": None,
                "received_at": None,
                "label": s["label"],
                "source": s["source"],
                "family": "seed",
                "split": "seed",
                "institution": s.get("institution"),
            }
        )
    return rows


def build_corpus(
    n_per_family: int = DEFAULT_N_PER_FAMILY,
    seed: int = 0,
    registry: Registry | None = None,
    seeds_path: str | Path | None = None,
) -> list[dict]:
    """The full shipped corpus: generated rows followed by the seed rows."""
    return generate(n_per_family, seed, registry) + load_seeds(seeds_path)


def dumps_jsonl(rows: list[dict]) -> str:
    return "".join(json.dumps({k: r[k] for k in ROW_KEYS}, ensure_ascii=False) + "\n" for r in rows)


def read_jsonl(path: str | Path) -> list[dict]:
    """Rows of a JSONL file, gzipped or not (the shipped corpus is ``messages.jsonl.gz``)."""
    return [json.loads(x) for x in read_text(path).splitlines() if x.strip()]


# ---------------------------------------------------------------------------------------------------- CLI


def stats_table(rows: list[dict]) -> str:
    counts = Counter((r["split"], r["label"]) for r in rows)
    fam_sets: dict[tuple[str, str], set[str]] = {}
    for r in rows:
        fam_sets.setdefault((r["split"], r["label"]), set()).add(r["family"])
    fams = Counter({k: len(v) for k, v in fam_sets.items()})
    splits = [s for s in ("train", "test", "seed") if any(k[0] == s for k in counts)]
    lines = ["| split | " + " | ".join(LABELS) + " | total |", "|---" * (len(LABELS) + 2) + "|"]
    for sp in splits:
        cells = [
            f"{counts[(sp, lab)]} ({fams[(sp, lab)]} fam.)" if sp != "seed" else str(counts[(sp, lab)])
            for lab in LABELS
        ]
        lines.append(f"| {sp} | " + " | ".join(cells) + f" | {sum(counts[(sp, lab)] for lab in LABELS)} |")
    lines.append(
        "| all | "
        + " | ".join(str(sum(counts[(sp, lab)] for sp in splits)) for lab in LABELS)
        + f" | {len(rows)} |"
    )
    return "\n".join(lines)


def families_table() -> str:
    splits = family_splits()
    lines = ["| family | label | split | style |", "|---|---|---|---|"]
    for f in FAMILIES:
        lines.append(f"| `{f.id}` | {f.label} | {splits[f.id]} | {f.style} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m verifier.corpus.generate", description=__doc__.split("\n\n")[0]
    )
    ap.add_argument(
        "--out", help="write the corpus (generated + seed rows) as JSONL to this path (gzipped: *.gz)"
    )
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--n-per-family", type=int, default=DEFAULT_N_PER_FAMILY)
    ap.add_argument("--registry", help=f"registry TOML (default: {GENERATOR_REGISTRY.relative_to(_ROOT)})")
    ap.add_argument("--seeds", help="seeds JSONL (default: data/corpus/seeds.jsonl)")
    ap.add_argument("--stats", nargs="?", const="", metavar="CORPUS", help="print class balance per split")
    ap.add_argument("--families", action="store_true", help="print the family table")
    args = ap.parse_args(argv)
    done = False
    if args.out:
        reg = Registry.load(args.registry) if args.registry else None
        rows = build_corpus(args.n_per_family, args.seed, reg, args.seeds)
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        write_text(args.out, dumps_jsonl(rows))  # gzipped, byte for byte the same every time, if *.gz
        print(f"wrote {len(rows)} rows to {args.out}", file=sys.stderr)
        done = True
    if args.families:
        print(families_table())
        done = True
    if args.stats is not None:
        path = args.stats or args.out or str(default_corpus_dir() / CORPUS_FILE)
        print(stats_table(read_jsonl(path)))
        done = True
    if not done:
        ap.print_help()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
