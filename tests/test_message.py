"""Which institution a message speaks for (message): the sender's, not the bank of the debited card."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "sender", "speaker"),
    [
        # Cross-bank debits: the lender (the sender) takes the arrears from the reader's card at another bank.
        ("您在我处的贷款已逾期，今日将从您尾号4417的建设银行卡划扣欠款3,208.50元。", "95588", "icbc"),
        ("代扣提示：扣款账户 农业银行储蓄卡尾号0290，金额880.00元，仍欠1,024.31元。", "95555", "cmb"),
        ("逾期款项已从您尾号7762的中国银行账户扣收512.00元，剩余逾期240.00元。", "95559", "bocom"),
    ],
)
def test_a_bank_named_only_as_the_readers_account_is_not_the_speaker(verifier, text, sender, speaker):
    msg = verifier.message(text, sender=sender)
    assert msg.institution is not None and msg.institution.id == speaker
    assert verifier.check(text, sender=sender).label not in ("spoofed", "scam")


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        # Another bank named as someone to contact, not as the reader's account: still a mismatch.
        ("您的借款已逾期，请尽快联系农业银行客服处理。", "95588"),
        ("【建设银行】您的信用卡已逾期，请尽快还款。", "95588"),
    ],
)
def test_another_bank_named_as_speaker_still_conflicts_with_the_sender(verifier, text, sender):
    msg = verifier.message(text, sender=sender)
    assert msg.institution is not None and msg.institution.id != "icbc"
    assert "SENDER_OTHER_INSTITUTION" in {e.rule for e in verifier.check(text, sender=sender).evidence}


def test_no_character_folds_to_more_than_nfkc_growth():
    # validate_text skips folding a text too short to grow past the limit: that needs this bound.
    import sys
    import unicodedata

    from verifier.message import NFKC_GROWTH

    assert max(len(unicodedata.normalize("NFKC", chr(c))) for c in range(sys.maxunicode + 1)) == NFKC_GROWTH


def test_the_fold_limit_is_checked_right_at_the_bound():
    from verifier.message import NFKC_GROWTH, validate_text
    from verifier.types import MAX_NORMALIZED_CHARS, InputError

    fits = MAX_NORMALIZED_CHARS // NFKC_GROWTH
    assert validate_text("\ufdfa" * fits)
    with pytest.raises(InputError):
        validate_text("\ufdfa" * (fits + 1))
