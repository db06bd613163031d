"""The page's second tab, 机构自查 (lender self-check): audit a collection SMS before it is sent.

Thin like app.py: it calls ``Verifier.audit`` and renders the ``Audit``. Nothing is stored or sent anywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

import streamlit as st

from verifier import InputError, Verifier
from verifier.audit import Audit

# fmt: off
T = {  # key: (简体中文, English)
    "intro": ("贷款机构在发送催收短信前自查：它会不会被消费者当成仿冒短信，是否符合催收规范。",
              "For lenders, before sending a collection SMS: would consumers take it for a fake, and does it "
              "follow the rules of collection?"),
    "sms": ("短信模板", "SMS template"),
    "inst": ("发送机构（可不填，默认取短信里的签名）",
             "Sending institution (optional; default: the signature)"),
    "when": ("计划发送时间（可不填，如 21:30）", "Planned send time (optional, e.g. 21:30)"),
    "auto": ("按短信签名", "From the signature"),
    "role": ("收信人", "Recipient"), "submit": ("开始自查", "Audit"),
    "errors": ("发现 {n} 个错误：修改前请勿发送。", "{n} error(s): do not send it before fixing them."),
    "warnings": ("没有错误，但有 {n} 个警告。", "No errors, but {n} warning(s)."),
    "clean": ("没有发现错误或警告。", "No errors or warnings."),
    "verdict": ("消费者用本工具核验时的结论：", "What a consumer checking it with this tool is told: "),
    "length": ("长度：{units} 字，按 {segments} 条短信发送",
               "Length: {units} characters, sent as {segments} SMS"),
    "findings": ("发现的问题", "Findings"), "fix": ("修改建议", "Fix"),
    "bad_time": ("发送时间请写成 21:30 或 2026-03-01T21:30。",
                 "Write the send time as 21:30 or 2026-03-01T21:30."),
}
ROLES = {"borrower": ("借款人本人", "The borrower"),
         "contact": ("联系人（非借款人）", "A contact person (not the borrower)")}
SEVERITY = {"error": ("错误", "Error"), "warning": ("警告", "Warning"), "advice": ("建议", "Advice")}
MARK = {"error": "#ffcdd2", "warning": "#ffe0b2", "advice": "#e0e0e0"}
# fmt: on


def parse_time(value: str) -> datetime | None:
    """ "21:30" (today) or an ISO date-time; None when empty; ValueError otherwise."""
    value = value.strip()
    if not value:
        return None
    if len(value) <= 5:
        return datetime.combine(date.today(), time.fromisoformat(value.zfill(5)))
    return datetime.fromisoformat(value)


def render(v: Verifier, lang: int, esc: Callable[[str], str], label_zh: dict[str, str]) -> None:
    """Draw the tab: the form, then the last audit of this session."""

    def t(key: str) -> str:
        return T[key][lang]

    st.caption(t("intro"))
    st.text_area(t("sms"), key="audit_sms", height=140, placeholder="【某某银行】尊敬的客户，您的借款……")
    names = {i.id: (i.name, i.name_en) for i in v.registry.institutions.values()}
    st.selectbox(
        t("inst"), list(names), None, lambda i: names[i][lang], key="audit_inst", placeholder=t("auto")
    )
    st.text_input(t("when"), key="audit_when", placeholder="21:30")
    st.selectbox(t("role"), list(ROLES), 0, lambda r: ROLES[r][lang], key="audit_role")
    if st.button(t("submit"), type="primary", key="audit_submit"):
        try:
            st.session_state["audit"] = v.audit(
                st.session_state.get("audit_sms", ""),
                institution=st.session_state.get("audit_inst"),
                send_at=parse_time(st.session_state.get("audit_when", "")),
                recipient_role=st.session_state.get("audit_role", "borrower"),
            )
        except InputError as err:
            st.session_state["audit"] = err
        except ValueError:
            st.session_state["audit"] = ValueError(t("bad_time"))
    result = st.session_state.get("audit")
    if isinstance(result, (InputError, ValueError)):
        st.error(str(result), icon=":material/edit_note:")
    elif result is not None:
        show(result, lang, t, esc, label_zh)


def show(a: Audit, lang: int, t: Callable[[str], str], esc: Callable[[str], str], label_zh) -> None:
    warnings = [f for f in a.findings if f.severity == "warning"]
    if a.errors:
        st.error(t("errors").format(n=len(a.errors)), icon=":material/block:")
    elif warnings:
        st.warning(t("warnings").format(n=len(warnings)), icon=":material/warning:")
    else:
        st.success(t("clean"), icon=":material/check_circle:")
    verdict = label_zh[a.verdict.label] if lang == 0 else a.verdict.label
    st.markdown(
        f"{t('verdict')}**{esc(verdict)}** · {t('length').format(units=a.units, segments=a.segments)}"
    )
    # The template with every finding's span highlighted and numbered (the worst finding wins a character).
    owner: list[int | None] = [None] * len(a.text)
    for i in reversed(range(len(a.findings))):
        span = a.findings[i].span
        for k in range(*(span or (0, 0))):
            owner[k] = i
    html, k = "", 0
    while k < len(a.text):
        j = k
        while j < len(a.text) and owner[j] == owner[k]:
            j += 1
        piece = esc(a.text[k:j]).replace("&#10;", "<br>")
        i = owner[k]
        html += (
            piece
            if i is None
            else (
                f'<mark style="background:{MARK[a.findings[i].severity]}">{piece}</mark><sup>[{i + 1}]</sup>'
            )
        )
        k = j
    box = '<div class="sms" style="border-left:4px solid #bbb;padding:.4em 1em;margin-bottom:1em">'
    st.markdown(f"{box}{html}</div>", unsafe_allow_html=True)
    if a.findings:
        st.subheader(t("findings"))
        for i, f in enumerate(a.findings, 1):
            quote = f"「{esc(f.text)}」 " if f.span else ""
            why, fix = (f.explanation_zh, f.fix_zh) if lang == 0 else (f.explanation_en, f.fix_en)
            st.markdown(
                f"{i}. **{SEVERITY[f.severity][lang]}** `{f.rule}` {quote}{esc(why)}  \n"
                f"{t('fix')}：{esc(fix)}"
            )
