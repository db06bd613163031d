"""PII masking of scored rows (``--mask-pii``): phone, card and wallet numbers and names in a text, the
sender and recipient-name cells, and error messages that quote a cell. Pure functions, no pandas: the
scoring workers mask a text with the entities its verdict found.
"""

from __future__ import annotations

import re
from typing import Any

# Fallback masking for rows without a verdict: runs of 7+ digits (allowing spaces and dashes).
_LONG_DIGITS_RE = re.compile(r"\d(?:[ -]?\d){6,}")
# After entity masking: any run of 11+ digits left (a mobile or card number the extractor missed).
_ID_DIGITS_RE = re.compile(r"\d(?:[ -]?\d){10,}")
# Phone kinds that belong to a person and are masked; service numbers and 106 ports are corporate.
_PERSONAL_PHONES = frozenset({"mobile", "virtual", "landline", "international", "unknown"})


def _mask_span(chars: list[str], start: int, end: int, kind: str) -> None:
    """Mask original characters [start, end) in place, keeping the length (so other spans stay valid)."""
    if kind == "name":
        for i in range(start + 1, end):
            if not chars[i].isspace():
                chars[i] = "*"
        return
    digits = [i for i in range(start, end) if chars[i].isdigit()]
    keep_head = 3 if kind == "phone" and len(digits) >= 10 else 0
    keep_tail = 4 if len(digits) > 6 else 0
    for n, i in enumerate(digits):
        if keep_head <= n < len(digits) - keep_tail:
            chars[i] = "*"


def _name_span(ent: Any) -> tuple[int, int]:
    """Where the name itself sits in a name entity's span (which may take in 尊敬的 / 客户 / a title)."""
    title = ent.attrs.get("title") or ""
    core = ent.value[: -len(title)] if title and ent.value.endswith(title) else ent.value
    at = ent.text.find(core[:1]) if core else -1
    if at < 0:
        return ent.start, ent.end
    # masked names keep their mask characters ("张**"): the name runs to the end of Han/mask characters
    end = at + 1
    while (
        end < len(ent.text)
        and end - at < max(len(core), 2) + 2
        and (ent.text[end] in "*＊×•●" or (end - at < len(core) and "\u4e00" <= ent.text[end] <= "\u9fff"))
    ):
        end += 1
    return ent.start + at, ent.start + end


def mask_text(text: str, entities: Any = None, names: tuple[str, ...] = ()) -> str:
    """``text`` with personal phone numbers, card numbers, wallets and names masked.

    ``names`` (the row's recipient name) are masked wherever they occur, found by the extractor or not.

    With the verifier's ``entities`` (spans index the original text) phones keep their first 3 and last
    4 digits (138****5678), cards and wallets their last 4, names their surname (张*); service numbers,
    400 hotlines and 106 ports are corporate and stay. Without entities (rows that could not be judged),
    every run of 7 or more digits is masked but its last 4. Either way, a run of 11 or more digits that
    is still visible afterwards (a number the extractor did not recognise) is masked too.
    """
    chars = list(text)
    for name in names:
        for m in re.finditer(re.escape(name), text):
            _mask_span(chars, m.start(), m.end(), "name")
    if entities is None:
        for m in _LONG_DIGITS_RE.finditer(text):
            _mask_span(chars, m.start(), m.end(), "card")
        # a line that could not be parsed keeps its raw fields: a field that is a Han name is masked too
        for m in _NAME_FIELD_RE.finditer(text):
            _mask_span(chars, m.start(1), m.end(1), "name")
        return "".join(chars)
    for ent in entities:
        if ent.kind == "phone" and ent.attrs.get("phone_kind") not in _PERSONAL_PHONES:
            continue
        if ent.kind == "name":  # only the name itself: "王芳客户" → "王*客户", not "王***"
            start, end = _name_span(ent)
            _mask_span(chars, max(0, start), min(len(chars), end), "name")
        elif ent.kind in ("phone", "card", "wallet"):
            _mask_span(chars, max(0, ent.start), min(len(chars), ent.end), ent.kind)
    masked = "".join(chars)
    for m in _ID_DIGITS_RE.finditer(masked):
        digits = re.sub(r"\D", "", m.group())
        kind = "phone" if len(digits) == 11 and digits.startswith("1") else "card"
        _mask_span(chars, m.start(), m.end(), kind)
    return "".join(chars)


# A comma-separated field of 2–4 Han characters in a raw, unparsed CSV line: most likely a person's name.
_NAME_FIELD_RE = re.compile(r"(?:^|,)([\u4e00-\u9fff]{2,4})(?=,|$)")


def recipient_names(value: Any) -> tuple[str, ...]:
    """The recipient name of a row, as a tuple of strings worth searching for (2+ characters)."""
    if not isinstance(value, str) or len(value.strip()) < 2:
        return ()
    return (value.strip(),)


def masked_error(error: str | None) -> str | None:
    """An error message without the cell value it may quote (bad_time quotes received_at)."""
    if error is None or not error.startswith("bad_time"):
        return error
    return "bad_time: received_at is not an ISO date-time (the value is hidden by --mask-pii)"


def mask_sender(value: Any) -> Any:
    if not isinstance(value, str) or not value.strip():
        return value
    from verifier.extract import classify_number

    if classify_number(value) not in _PERSONAL_PHONES:
        return value
    chars = list(value)
    _mask_span(chars, 0, len(chars), "phone")
    return "".join(chars)


def mask_name(value: Any) -> Any:
    if not isinstance(value, str) or len(value.strip()) < 2:
        return value
    s = value.strip()
    return s[0] + "*" * (len(s) - 1)
