"""Streamlit page: is this overdue-loan SMS genuine, spoofed, mistaken or a scam? (``streamlit run app.py``)

Thin on purpose: it calls ``Verifier.check`` and renders the ``Verdict``. Everything runs in this process;
the message is never sent anywhere, logged or written to disk.
"""

from __future__ import annotations

import math
from dataclasses import replace

import streamlit as st
import streamlit.components.v1 as components

from verifier import InputError, Verifier
from verifier.cli import LABEL_ZH
from verifier.types import MAX_CHARS

# fmt: off
LABEL_EN = {"genuine": "Genuine notice", "spoofed": "Spoofed notice", "mistaken": "Sent to the wrong person",
            "scam": "Scam", "unverified": "Origin cannot be confirmed",
            "unrelated": "Not a loan or debt message"}
# colours: genuine green, mistaken blue, spoofed orange, scam red; unverified and unrelated get no colour of
# a verdict (never green: nothing shows the message is real)
BOX = {"genuine": st.success, "mistaken": st.info, "spoofed": st.warning, "scam": st.error,
       "unverified": st.warning, "unrelated": st.info}
ICON = {"genuine": ":material/verified:", "mistaken": ":material/help:", "spoofed": ":material/warning:",
        "scam": ":material/dangerous:", "unverified": ":material/help:", "unrelated": ":material/info:"}
MARK = {"genuine": "#c8e6c9", "mistaken": "#bbdefb", "spoofed": "#ffe0b2", "scam": "#ffcdd2",
        "unverified": "#e0e0e0"}
BAR = {"genuine": "#2e7d32", "mistaken": "#1e88e5", "spoofed": "#ef6c00", "scam": "#c62828",
       "unverified": "#8d6e63"}
# Which evidence a verdict highlights: only what supports the verdict shown.
SHOWN = {"genuine": {"genuine"}, "mistaken": {"mistaken"}, "spoofed": {"spoofed"}, "scam": {"scam"},
         "unverified": {"unverified"}, "unrelated": set()}
KIND = {"hotline": ("客服电话", "Hotline"), "app": ("官方App", "Official app"),
        "website": ("官网", "Website"), "public": ("公共渠道", "Public channel")}
T = {  # key: (简体中文, English)
    "title": ("逾期短信核验", "Overdue-SMS checker"),
    "privacy": (":material/lock: 核验完全在本机进行：短信不会被发送到任何地方，也不会被记录或保存。",
                ":material/lock: Checking runs entirely on this machine: the message is never sent anywhere, "
                "logged or stored."),
    "example": ("试一条示例短信", "Try an example message"), "pick": ("请选择…", "Choose…"),
    "sms": ("短信内容（可直接粘贴，繁体也可以）", "SMS text (paste it; traditional characters are fine)"),
    "sender": ("发送号码（手机上显示的，可不填）", "Sender number as shown on the phone (optional)"),
    "account": ("你在这家机构有借款/信用卡吗？", "Do you have a loan or credit card with this institution?"),
    "name": ("你的姓名（可不填，只用来核对称呼，不会保存）",
             "Your name (optional, only compared with the greeting, never stored)"),
    "submit": ("开始核验", "Check"), "risk": ("风险分", "Risk score"),
    "claims": ("短信自称的机构：", "The SMS claims to be from: "),
    "official": ("官方联系方式（来自本工具的机构登记表）", "Official contacts (from this tool's registry)"),
    "not_used": ("注意：短信里出现的号码和链接都没有被采用。",
                 "Note: numbers and links in the SMS were not used."),
    "no_official": ("登记表里没有这家机构经核实的联系方式：请用银行卡背面、合同上或"
                    "应用商店里官方App公布的电话联系它。",
                    "The registry has no verified contacts for this institution: use the number on your "
                    "card, your contract, or its official app from an app store."),
    "why": ("为什么这样判断", "Why"), "todo": ("建议你这样做", "What to do"),
    "report": ("举报：复制下面的内容，以短信发送到",
               "Report it: copy the text below and send it as an SMS to"),
    "proba": ("各结论的可能性", "Probability of each verdict"),
    "unverified_note": ("无法确认来源，请在官方App或官方电话核实。它读起来像正规通知，但发送号码和短信里的"
                        "联系方式都无法证明它来自该机构。",
                        "Origin cannot be confirmed: verify in the official app or at the official "
                        "hotline. It reads like a real notice, but neither the sender nor the contacts "
                        "in it show that it came from the institution."),
    "unrelated_note": ("这条短信不是借款、还款或催收方面的通知，本工具不对它作真假判断。如果它要你转账、"
                       "点链接或提供验证码，请拨打 {antifraud} 咨询。",
                       "This is not a loan, repayment or collection message, so this tool does not judge it. "
                       "If it asks you to transfer money, open a link or give a code, call {antifraud}."),
    "genuine_unconfirmed": ("像正规通知（来源未确认）", "Reads like a real notice (origin unconfirmed)"),
    "platform": ("平台客服，非借款业务专线", "platform line, not the loan product's own"),
    "technical": ("技术细节：分类器看重的字词", "Technical details: what the classifier weighed"),
    "incomplete": ("分析未完成：部分规则在时限内没有跑完，因此不能认定为真实通知。",
                   "The analysis is incomplete: some rules did not finish in time, so this cannot be "
                   "called genuine."),
}
T.update({  # the screenshot
    "shot": ("有短信截图？上传后文字会自动填入下面（图片只在内存中识别，不会保存）",
             "Have a screenshot? Upload it and its text fills the box below (read in memory only, never "
             "stored)"),
    "read": ("这是从截图里读出的文字，已填入下面的文本框。黄色标出的字没有把握：请对照截图，"
             "有错就在文本框里改正，再点“开始核验”。",
             "This is what we read from the screenshot; it is in the text box below. Characters marked "
             "yellow are uncertain: compare with the screenshot, fix the text box if wrong, then Check."),
    "which": ("截图里有 {n} 条收到的短信，核验哪一条？", "The screenshot holds {n} messages; check which?"),
    "nth": ("第 {i} 条", "Message {i}"),
    "unreadable": ("没能从这张图片里读出短信。请换一张清楚的截图，或直接粘贴文字。",
                   "No SMS could be read from this image. Try a clearer screenshot, or paste the text."),
})
ANSWERS = {"yes": ("有", "Yes"), "no": ("没有", "No"), "unsure": ("不确定", "Not sure")}
ERRORS = {
    "empty": ("请先粘贴或输入短信内容。", "Please paste or type the SMS first."),
    "too_long": (f"这段文字太长了（最多 {MAX_CHARS} 字）。请只粘贴那一条短信。",
                 f"That is too long ({MAX_CHARS:,} characters at most). Please paste just the one SMS."),
    "not_text": ("这不是文字内容，无法核验。请粘贴短信文字。",
                 "That is not text. Please paste the SMS text."),
    "other": ("无法核验这条内容。", "This input cannot be checked."),
}
EXAMPLES = {  # label: (text, sender, has_account, name)
    "genuine": ("【工商银行】尊敬的客户，您尾号1234的信用卡已逾期，请尽快通过工行手机银行还款，"
                "详询95588。如已还款请忽略。", "95588", "yes", ""),
    "spoofed": ("【工商银行】您的信用卡已逾期，请速回电4008123456处理，否则将影响您的征信。",
                "17088889999", "unsure", ""),
    "mistaken": ("【工商银行】尊敬的李女士，您尾号8812的信用卡已逾期，请尽快通过工行手机银行还款。"
                 "详询95588。", "95588", "no", "张伟"),
    "scam": ("您的微粒貸已逾期，已啟動立案程序，請於今日18點前將欠款轉入以下帳戶："
             "6222021234567890123 戶名張三", "", "unsure", ""),
    "unverified": ("【招联消费金融】您的好期贷已逾期3天，请登录招联金融App还款，如已还款请忽略。",
                   "", "unsure", ""),
}
T.update({label: (LABEL_ZH[label], LABEL_EN[label]) for label in LABEL_EN})
# fmt: on


@st.cache_resource(show_spinner=False)
def load_verifier() -> Verifier:
    return Verifier.load()


@st.cache_resource(show_spinner=False)
def load_ocr() -> object:
    from verifier.ocr import load_engine

    return load_engine()


def read_shot(data: bytes) -> None:
    """OCR an uploaded screenshot; its messages (with uncertain spans) and sender go to the session."""
    from verifier.ocr import OcrUnavailable, read_sms

    try:
        read = read_sms(data, engine=load_ocr())
    except (InputError, OcrUnavailable):
        st.session_state.update(bubbles=[], shot_error=True)
        return
    bubbles = [(b.text, b.low_confidence) for b in read.incoming]
    # The newest message (the last one) first: that is usually the one the person asks about.
    st.session_state.update(bubbles=bubbles, shot_error=False, bubble=len(bubbles) - 1)
    st.session_state.update(sms=bubbles[-1][0], sender=read.sender or "", result=None)


def pick_bubble() -> None:
    st.session_state["sms"] = st.session_state["bubbles"][st.session_state["bubble"]][0]


def marked_read(text: str, spans: tuple) -> str:
    out, end = [], 0
    for a, b in spans:
        out += [esc(text[end:a]), f'<mark style="background:#fff59d">{esc(text[a:b])}</mark>']
        end = b
    return "".join([*out, esc(text[end:])])


def esc(text: str) -> str:
    """Untrusted text → inert markdown/HTML: every ASCII symbol becomes a numeric character reference."""
    return "".join(f"&#{ord(c)};" if (c.isascii() and not c.isalnum() and c != " ") else c for c in text)


def fill_example() -> None:
    text, sender, account, name = EXAMPLES[st.session_state["example"]]
    st.session_state.update(sms=text, sender=sender, account=account, name=name)


def page_icon() -> object:
    """A small envelope drawn here, so that the page fetches no icon from a font CDN."""
    from PIL import Image, ImageDraw

    img = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    draw.rounded_rectangle((4, 12, 60, 52), radius=6, fill=(183, 28, 28, 255))
    draw.line((8, 18, 32, 36, 56, 18), fill=(255, 255, 255, 255), width=4)
    return img


def percent(p: float) -> str:
    """A probability as people read it: never 100 % or 0 % unless it is exactly that (a decisive rule)."""
    if p >= 1.0 or p <= 0.0:
        return f"{p:.0%}"
    if p >= 0.995:
        return ">99%"
    if p < 0.005:
        return "<1%"
    return f"{p:.0%}"


st.set_page_config(page_title="逾期短信核验 · Overdue-SMS checker", page_icon=page_icon())
en = st.toggle("English", key="lang_en")
L = int(en)  # 0 = 简体中文, 1 = English


def t(key: str) -> str:
    return T[key][L]


st.title(t("title"))
st.caption(t("privacy"))
v = load_verifier()
# The second tab, for lenders (app_audit.py). Option texts in both languages, so switching language keeps it.
VIEWS = {"check": "核验短信 · Check an SMS", "audit": "机构自查 · Lender self-check"}
view = st.segmented_control("view", list(VIEWS), default="check", format_func=VIEWS.get, key="view",
                            required=True, label_visibility="collapsed")  # fmt: skip
if view == "audit":
    import app_audit

    app_audit.render(v, L, esc, LABEL_ZH)
    st.stop()
st.session_state.setdefault("account", "unsure")
st.selectbox(
    t("example"), list(EXAMPLES), None, t, key="example", on_change=fill_example, placeholder=t("pick")
)
shot = st.file_uploader(t("shot"), type=["png", "jpg", "jpeg", "webp"], key="shot")
if shot is not None and st.session_state.get("shot_id") != shot.file_id:
    st.session_state["shot_id"] = shot.file_id  # read each upload once, before the text box is drawn
    read_shot(shot.getvalue())
if shot is not None and st.session_state.get("shot_error"):
    st.warning(t("unreadable"), icon=":material/image_not_supported:")
elif shot is not None and st.session_state.get("bubbles"):
    bubbles = st.session_state["bubbles"]
    if len(bubbles) > 1:
        st.radio(t("which").format(n=len(bubbles)), range(len(bubbles)), key="bubble", on_change=pick_bubble,
                 format_func=lambda i: f"{t('nth').format(i=i + 1)}：{bubbles[i][0][:24]}…")  # fmt: skip
    text, spans = bubbles[st.session_state.get("bubble", len(bubbles) - 1)]
    st.caption(t("read"))
    st.markdown(f'<div class="read">{marked_read(text, spans)}</div>', unsafe_allow_html=True)
# No st.form: a form keeps its values in the browser until submitted, and switching the language rebuilt
# the radio and lost the answer. Here every value lives in the session, so it survives the switch.
st.text_area(t("sms"), key="sms", height=140, placeholder="【某某银行】尊敬的客户，您的借款已逾期……")
st.text_input(t("sender"), key="sender", placeholder="95588")
# A radio whose option texts change is reset by the browser, so each language has its own radio; the
# answer itself lives under "account" and is handed from one to the other.
answer_key = f"account_{('zh', 'en')[L]}"
st.session_state[answer_key] = st.session_state["account"]
st.radio(
    t("account"),
    list(ANSWERS),
    key=answer_key,
    horizontal=True,
    format_func=lambda a: ANSWERS[a][L],
    on_change=lambda: st.session_state.update(account=st.session_state[answer_key]),
)
st.text_input(t("name"), key="name")
if st.button(t("submit"), type="primary", key="submit"):
    try:  # the result lives only in this browser session's memory
        st.session_state["result"] = v.check(
            st.session_state.get("sms", ""),
            sender=st.session_state.get("sender", "").strip() or None,
            recipient_name=st.session_state.get("name", "").strip() or None,
            has_account={"yes": True, "no": False}.get(st.session_state["account"]),
        )
    except InputError as err:
        st.session_state["result"] = err
    st.session_state["scroll"] = True

r = st.session_state.get("result")
st.markdown('<div id="verdict"></div>', unsafe_allow_html=True)
if isinstance(r, InputError):
    st.error(ERRORS.get(r.reason, ERRORS["other"])[L], icon=":material/edit_note:")
elif r is not None:
    risk = "" if r.label == "unrelated" else f" · {t('risk')} {r.risk}/100"
    BOX[r.label](f"**{t(r.label)}**{risk}", icon=ICON[r.label])
    if r.label == "unverified":
        st.markdown(t("unverified_note"))
    if r.label == "unrelated":
        antifraud = v.registry.channels["antifraud_96110"].value  # public channels come from the registry
        st.markdown(t("unrelated_note").format(antifraud=antifraud))
    if not r.complete:
        st.markdown(t("incomplete"))
    # The reasons in plain words: the rules that fired, those behind the verdict first.
    shown = SHOWN[r.label]
    reasons = sorted(
        (e for e in r.evidence if e.source == "rule" and e.rule != "ANALYSIS_INCOMPLETE"),
        key=lambda e: (e.supports not in shown, -e.weight),
    )
    num = {e.rule: i for i, e in enumerate(reasons, 1)}
    # Only spans that support the verdict shown are highlighted; spans covering most of the message (e.g.
    # "no signature") are listed below but not highlighted.
    marks = tuple(
        e for e in reasons if e.supports in shown and e.span and e.span[1] - e.span[0] < 0.8 * len(r.text)
    )
    marked = "".join(
        esc(piece)
        if rule is None
        else f'<mark style="background:{MARK[r.label]}">{esc(piece)}</mark><sup>[{num[rule]}]</sup>'
        for piece, rule in replace(r, evidence=marks).segments()
    )
    box = '<div class="sms" style="border-left:4px solid #bbb;padding:.4em 1em;margin-bottom:1em">'
    st.markdown(f"{box}{marked.replace('&#10;', '<br>')}</div>", unsafe_allow_html=True)
    if reasons:
        st.subheader(t("why"))
        for i, e in enumerate(reasons, 1):  # the same numbers as the highlights above
            quote = f"「{esc(e.text)}」 " if e.span is not None and e.text else ""
            st.markdown(f"{i}. {quote}{esc(e.explanation_en if en else e.explanation_zh)}")
    terms = [e for e in r.evidence if e.source == "model"]
    if terms:
        with st.expander(t("technical")):
            st.markdown(
                "\n".join(
                    f"- 「{esc(e.text)}」 {esc(e.explanation_en if en else e.explanation_zh)}" for e in terms
                )
            )
    if r.institution_name:
        inst = v.registry.institutions.get(r.institution)
        st.subheader(t("claims") + (inst.name_en if en and inst else r.institution_name))
        st.markdown(f"**{t('official')}**")
        for c in r.official_contacts:
            note = f"（{t('platform')}）" if c.platform else ""
            st.markdown(f"- {KIND[c.kind][L]}：`{c.value}`{note}")
        if not r.official_contacts:
            st.markdown(t("no_official"))
        st.caption(t("not_used"))
    st.subheader(t("todo"))
    st.markdown("\n".join(f"{i}. {esc(a.text_en if en else a.text_zh)}" for i, a in enumerate(r.actions, 1)))
    if r.label in ("spoofed", "scam"):
        spam, fraud = v.registry.channels["spam_12321"], v.registry.channels["antifraud_96110"]
        sender = st.session_state.get("sender", "").strip()
        st.markdown(f"**{t('report')} {spam.value}**（{(spam.name_zh, spam.name_en)[L]}）")
        st.code(f"{sender}*{r.text}" if sender else r.text, language=None, wrap_lines=True)
        purpose = (fraud.purpose_zh, fraud.purpose_en)[L]
        st.markdown(f"**{fraud.value}** · {(fraud.name_zh, fraud.name_en)[L]}：{purpose}")
    if r.label != "unrelated":  # the four classes are about debt notices: no bars for other text
        st.subheader(t("proba"))
        for label, p in sorted(r.scores.items(), key=lambda kv: -kv[1]):
            name = t("genuine_unconfirmed") if label == "genuine" and r.origin != "official" else t(label)
            colour = BAR["unverified" if name == t("genuine_unconfirmed") else label]
            width = 0 if p <= 0 else max(1.0, min(100.0, math.floor(p * 1000) / 10))
            st.markdown(
                f'<div class="bar" data-label="{label}"><span>{esc(name)} {esc(percent(p))}</span>'
                f'<div style="background:#eee;border-radius:4px;height:10px;margin:2px 0 10px">'
                f'<div style="width:{width}%;background:{colour};height:10px;border-radius:4px"></div>'
                f"</div></div>",
                unsafe_allow_html=True,
            )
if st.session_state.pop("scroll", False):
    # After a check the verdict must be the first thing a person sees, on a phone too: scroll to it.
    # An iframe of this page's own origin running our own constant script (no outside request).
    script = (
        "<script>const v = window.parent.document.getElementById('verdict');"
        "if (v) { v.scrollIntoView({behavior: 'instant', block: 'start'}); }</script>"
    )
    if hasattr(st, "iframe"):  # Streamlit >= 1.66
        st.iframe(script, height=1)
    else:
        components.html(script, height=0)
