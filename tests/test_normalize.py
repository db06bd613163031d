"""Tests for verifier.normalize: folding, t2s, padding, variants, and the offset map back to the original."""

from __future__ import annotations

import re
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from verifier import normalize as nm
from verifier.normalize import Normalized, normalize


def _map_back(original: str, word: str) -> str:
    """Find ``word`` in the normalised text and return the original slice it maps back to."""
    n = normalize(original)
    start = n.text.find(word)
    assert start >= 0, f"{word!r} not in normalised {n.text!r}"
    a, b = n.to_original(start, start + len(word))
    return original[a:b]


def _assert_consistent(n: Normalized) -> None:
    assert len(n.starts) == len(n.ends) == len(n.text)
    assert all(0 <= s <= e <= len(n.original) for s, e in zip(n.starts, n.ends, strict=True))
    assert list(n.starts) == sorted(n.starts)
    assert list(n.ends) == sorted(n.ends)


@pytest.mark.parametrize(
    ("original", "word", "expected_original"),
    [
        ("加我薇 信，带你上岸", "微信", "薇 信"),
        ("【网商贷】请加 v 信:dk8888 协商还款", "微信", "v 信"),
        ("急！加wx：hk5678 办理停息挂账", "微信", "wx"),
        ("微粒貸已逾期，請於今日還款", "微粒贷", "微粒貸"),
        ("微粒貸已逾期，請於今日還款", "还款", "還款"),
        ("客服热线１３８００１３８０００", "13800138000", "１３８００１３８０００"),
        ("登录ＷＷＷ．ＸＸＸ．ＣＯＭ查询", "www.xxx.com", "ＷＷＷ．ＸＸＸ．ＣＯＭ"),
        ("请勿向他人透露验\u200b证\u200d码", "验证码", "验\u200b证\u200d码"),
        ("将资金转入安*全*账*户", "安全账户", "安*全*账*户"),
        ("通过支 付 宝还款", "支付宝", "支 付 宝"),
        ("请联系138 0013 8000处理", "13800138000", "138 0013 8000"),
        ("客服400-888-8888", "4008888888", "400-888-8888"),
        ("用zfb转到银行咔即可", "支付宝", "zfb"),
        ("用zfb转到银行咔即可", "银行卡", "银行咔"),
        ("您的徵信已上报", "征信", "徵信"),
        ("您的帳戶將被凍結", "账户", "帳戶"),
        ("\u202e逾期\u202c通知", "逾期", "逾期"),
    ],
)
def test_offset_round_trip(original: str, word: str, expected_original: str) -> None:
    assert _map_back(original, word) == expected_original


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        # traditional → simplified
        ("微粒貸已逾期，請於今日還款", "微粒贷已逾期,请于今日还款"),
        ("您申請的個性化分期已審核通過", "您申请的个性化分期已审核通过"),
        # full-width → half-width, lowercase
        ("１３８００１３８０００", "13800138000"),
        ("ＷＷＷ．ＸＸＸ．ＣＯＭ", "www.xxx.com"),
        ("ＡＰＰ登录", "app登录"),
        # zero-width, bidi, BOM, soft hyphen, variation selector inside words
        ("微\u200b粒\u200c贷\u200d逾\u2060期", "微粒贷逾期"),
        ("\ufeff借\u00ad呗\u200e还\u200f款", "借呗还款"),
        ("催\u202a收\u202e通\u2066知\u2069", "催收通知"),
        ("征\ufe0f信", "征信"),
        # padding between CJK characters (and CJK/digit)
        ("微 信", "微信"),
        ("微-信", "微信"),
        ("微_信 支.付.宝", "微信支付宝"),
        ("安*全*账*户", "安全账户"),
        ("屏 幕 共 享", "屏幕共享"),
        ("逾 期 3 天", "逾期3天"),
        ("注~销/校|园·贷", "注销校园贷"),
        ("加 我 ", "加我 "),
    ],
)
def test_normalized_text(original: str, expected: str) -> None:
    n = normalize(original)
    assert n.text == expected
    _assert_consistent(n)


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("加我薇信", "加我微信"),
        ("加威芯领取额度", "加微信领取额度"),
        ("加v信", "加微信"),
        ("v-信联系", "微信联系"),
        ("加vx：abc", "加微信:abc"),
        ("加wx", "加微信"),
        ("weixin号123", "微信号123"),
        ("加扣扣 12345", "加qq12345"),  # CJK/digit padding goes too
        ("qq号:12345", "qq:12345"),
        ("ZFB转账", "支付宝转账"),
        ("支付保还款", "支付宝还款"),
        ("绑定银行k", "绑定银行卡"),
        ("专业正信修复", "专业征信修复"),
        ("提供安全帐户", "提供安全账户"),
        ("伽我了解", "加我了解"),
        # conservative: ASCII spellings only as whole tokens, real phrases shielded
        ("wxyz", "wxyz"),
        ("mywx", "mywx"),
        ("邮箱wx@163.com", "邮箱wx@163.com"),
        ("树立威信", "树立威信"),
    ],
)
def test_variants(original: str, expected: str) -> None:
    n = normalize(original)
    assert n.text == expected
    _assert_consistent(n)


@pytest.mark.parametrize(
    ("original", "kept"),
    [
        ("详情见http://a.b/c 请查看", "http://a.b/c 请"),
        ("点击https://t.cn/A6x2 领取", "https://t.cn/A6x2 领取".lower()),
        ("访问http://wx.qq.com/wx/pay?wx=1", "http://wx.qq.com/wx/pay?wx=1"),
        ("访问www.xxx.com查询", "www.xxx.com"),
        ("欠款金额1,000.50元", "1,000.50元"),
        ("请于2024-08-31前还款", "2024-08-31前"),
        ("请于2024-08-31 10:30前还款", "2024-08-31 10:30前"),
        ("请于8.31日前还款", "8.31日"),
        ("余额 -100 元", "-100元"),
        ("客服电话95588", "95588"),
        ("年利率3.65%", "3.65%"),
    ],
)
def test_preserved(original: str, kept: str) -> None:
    assert kept in normalize(original).text


@pytest.mark.parametrize(
    ("original", "digits", "spaced"),
    [
        ("致电138 0013 8000查询", "13800138000", "138 0013 8000"),
        ("致电138-0013-8000查询", "13800138000", "138-0013-8000"),
        ("热线400-888-8888", "4008888888", "400-888-8888"),
        ("座机0755 12345678", "075512345678", "0755 12345678"),
        ("卡号6222 0210 0112 3456 789", "6222021001123456789", "6222 0210 0112 3456 789"),
        ("暂缓申请：1468 0501 511", "14680501511", "1468 0501 511"),  # after a field label's colon
        ("暂缓请回电9 5 8 3 0。", "95830", "9 5 8 3 0"),  # a short code spelled out digit by digit
    ],
)
def test_phone_digit_groups_joined(original: str, digits: str, spaced: str) -> None:
    n = normalize(original)
    start = n.text.index(digits)
    a, b = n.to_original(start, start + len(digits))
    assert original[a:b] == spaced


@pytest.mark.parametrize(
    ("original", "digits"),
    [
        ("致电１３８　００１３　８０００查询", "13800138000"),  # full-width digits and space fold first
        ("致电１３８－００１３－８０００查询", "13800138000"),
        ("138 0013 8000", "13800138000"),  # the whole text
        ("电话:0 2 1 5 5 6 6 7 7 8 8", "02155667788"),
    ],
)
def test_digit_groups_in_unusual_wording_are_joined(original: str, digits: str) -> None:
    assert digits in normalize(original).text


@given(st.text(alphabet="0123456789 -.,:/a中\u3000０", max_size=40))
def test_digit_groups_guard_skips_only_texts_without_groups(text: str) -> None:
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(nm, "_DIGIT_SEP_DIGIT", re.compile(""))  # always lets the text through
        unguarded = nm._digit_group_edits(text)
    assert nm._digit_group_edits(text) == unguarded


def test_phone_and_date_separators_not_mixed() -> None:
    assert normalize("2024 08 31").text == "2024 08 31"
    assert normalize("第1 2期").text == "第1 2期"  # too few digits to be a phone number
    assert normalize("10:30 1234 5678").text == "10:30 1234 5678"  # a time's colon glues the groups to it
    assert normalize("共12 345笔").text == "共12 345笔"  # 5 digits, not each standing alone


def test_empty_and_to_original_edges() -> None:
    n = normalize("")
    assert (n.text, n.starts, n.ends) == ("", (), ())
    assert n.to_original(0, 0) == (0, 0)
    n = normalize("微 信")
    assert n.to_original(1, 1) == (2, 2)
    assert n.to_original(2, 2) == (3, 3)


def test_length_changing_t2s_keeps_offsets(monkeypatch: pytest.MonkeyPatch) -> None:
    # OpenCC phrase conversion may change length; the aligner must still produce a valid map.
    monkeypatch.setattr(nm, "_convert_t2s", lambda s: s.replace("甲乙", "丙"))
    original = "前甲乙后"
    n = normalize(original)
    assert n.text == "前丙后"
    _assert_consistent(n)
    assert original[slice(*n.to_original(1, 2))] == "甲乙"
    assert original[slice(*n.to_original(2, 3))] == "后"


@pytest.mark.parametrize(
    ("convert", "original", "expected", "pieces"),
    [
        # insertion after the first character, and before it
        (lambda s: s if "丁" in s else s.replace("甲", "甲丁"), "甲乙", "甲丁乙", {"乙": "乙"}),
        (lambda s: s if "丁" in s else s.replace("甲", "丁甲"), "甲乙", "丁甲乙", {"乙": "乙"}),
    ],
)
def test_length_changing_t2s_insertions(monkeypatch, convert, original, expected, pieces) -> None:
    monkeypatch.setattr(nm, "_convert_t2s", convert)
    n = normalize(original)
    assert n.text == expected
    _assert_consistent(n)
    for word, source in pieces.items():
        i = n.text.index(word)
        assert original[slice(*n.to_original(i, i + len(word)))] == source


def test_lone_surrogate_does_not_raise() -> None:
    n = normalize("還\ud800款")
    assert n.text == "还\ud800款"
    _assert_consistent(n)


def test_variants_file_parses_and_is_normalised() -> None:
    source = resources.files("verifier.data").joinpath("variants.tsv").read_text(encoding="utf-8")
    pairs = nm.parse_variants(source)
    assert len(pairs) >= 40
    for _, canonical in pairs:
        assert normalize(canonical).text == canonical, canonical


def test_parse_variants_rejects_bad_line() -> None:
    with pytest.raises(ValueError, match=":2:"):
        nm.parse_variants("# ok\nonly-one-column\n")


_pieces = st.one_of(
    st.characters(blacklist_categories=("Cs",)),
    st.sampled_from(
        list("微信薇威支付宝逾期 -_.*/|·~0123456789vxwzfbq號帳戶\u200b\u202e\ufeff\u00ad\u0301ＡＷ１")
    ),
    st.sampled_from(
        ["http://", "www.", "wx", "zfb", "银行k", "加 v 信", "👨\u200d👩\u200d👧", "e\u0301", "\ufdfa", "㍿"]
    ),
)
_texts = st.lists(_pieces, max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(_texts)
def test_property_offsets_valid(text: str) -> None:
    n = normalize(text)
    assert n.original == text
    _assert_consistent(n)
    for i in range(len(n.text) + 1):
        a, b = n.to_original(i, len(n.text))
        assert 0 <= a <= b <= len(text)


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_property_idempotent(text: str) -> None:
    # Normalised text is a fixed point: callers may normalise already-normalised text safely.
    once = normalize(text).text
    assert normalize(once).text == once


def _fold_char_by_char(text: str) -> tuple[str, list[int], list[int]]:
    """The fold as it was written first: every character folded on its own."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for i, ch in enumerate(text):
        out = nm._fold_char(ch)
        chars.append(out)
        starts += [i] * len(out)
        ends += [i + 1] * len(out)
    return "".join(chars), starts, ends


#: Characters that fold to themselves, to another one, to none (zero-width) and to several ("…", "㎡").
FOLDS = [*"微信Ａａ１1，. …㎡ﬁⅫ", "\u200b", "\u200d", "\ufdfa", "\uffff", "\ud800", "𝐀"]


@given(st.text(alphabet=st.sampled_from(FOLDS)))
@settings(max_examples=2000)
def test_fold_is_the_fold_of_each_character(text: str) -> None:
    """Folding the text at once (only characters that do not fold to one character on their own), with
    its offsets, is folding it character by character: zero-width characters vanish, "…" and "㎡" grow."""
    folded, starts, ends = nm._fold(text)
    assert (folded, list(starts), list(ends)) == _fold_char_by_char(text)
