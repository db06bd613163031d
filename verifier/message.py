"""Message: everything known about one SMS, built once and read by every rule and feature."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property

from verifier.extract import classify_number, extract
from verifier.normalize import Normalized, normalize
from verifier.registry import Institution, Registry
from verifier.types import MAX_CHARS, MAX_NORMALIZED_CHARS, Entity, InputError, make_frozen


@dataclass(frozen=True)
class Message:
    """One SMS with its metadata, normalised text and entities (spans in the original text)."""

    original: str
    norm: Normalized
    entities: tuple[Entity, ...]
    sender: str | None  # digits only
    sender_kind: str | None  # phone_kind of the sender, see extract.classify_number
    recipient_name: str | None
    has_account: bool | None
    received_at: datetime | None
    institution: Institution | None  # the institution the message claims to be from

    @property
    def text(self) -> str:
        """The normalised text that patterns run over."""
        return self.norm.text

    def of(self, kind: str) -> tuple[Entity, ...]:
        """Entities of one kind, in text order."""
        return self._by_kind.get(kind, ())

    @cached_property
    def _by_kind(self) -> dict[str, tuple[Entity, ...]]:
        # Rules ask for entities by kind dozens of times per message; group them once (as tuples, which
        # `of` hands out without copying).
        groups: dict[str, list[Entity]] = {}
        for e in self.entities:
            groups.setdefault(e.kind, []).append(e)
        return {k: tuple(v) for k, v in groups.items()}


#: The most characters NFKC folds one character into (U+FDFA); composing never lengthens the result,
#: so a text of n characters folds to at most n × NFKC_GROWTH (tests/test_message.py checks every one).
NFKC_GROWTH = 18


def validate_text(text: object) -> str:
    """Return ``text`` if it can be judged, else raise InputError saying why."""
    if not isinstance(text, str):
        raise InputError("not_text", f"expected the SMS as a str, got {type(text).__name__}")
    if not text.strip():
        raise InputError("empty", "the message is empty")
    if len(text) > MAX_CHARS:
        raise InputError(
            "too_long", f"the message has {len(text)} characters; at most {MAX_CHARS} are accepted"
        )
    # Folding one character gives at most NFKC_GROWTH ("\ufdfa" gives 18), so a text this short cannot
    # grow past the limit and is not folded here (that took as long as extracting phones).
    if len(text) * NFKC_GROWTH <= MAX_NORMALIZED_CHARS:
        return text
    folded = len(unicodedata.normalize("NFKC", text))
    if folded > MAX_NORMALIZED_CHARS:
        raise InputError(
            "too_long",
            f"the message grows to {folded} characters once normalised; at most {MAX_NORMALIZED_CHARS} "
            "are accepted",
        )
    return text


def build_message(
    text: object,
    registry: Registry,
    *,
    sender: str | None = None,
    recipient_name: str | None = None,
    has_account: bool | None = None,
    received_at: datetime | str | None = None,
) -> Message:
    """Validate, normalise and extract; raise InputError for input that cannot be judged."""
    original = validate_text(text)
    has_account = parse_has_account(has_account)
    norm = normalize(original)
    entities = tuple(extract(norm, registry))
    sender_digits = _digits(sender)
    return make_frozen(
        Message,
        {
            "original": original,
            "norm": norm,
            "entities": entities,
            "sender": sender_digits,
            "sender_kind": classify_number(sender_digits) if sender_digits else None,
            "recipient_name": _name_or_none(recipient_name),
            "has_account": has_account,
            "received_at": _parse_time(received_at),
            "institution": _claimed_institution(entities, registry, sender_digits, norm.text, original),
        },
    )


def _name_or_none(name: object) -> str | None:
    """The recipient's name, stripped; None when missing (None, "", or NaN from a pandas frame)."""
    if name is None or (isinstance(name, float) and name != name):
        return None
    return str(name).strip() or None


#: Spellings of ``has_account`` (case-insensitive) besides True / False / None and the numbers 1 / 0.
HAS_ACCOUNT_TRUE = frozenset({"true", "1", "yes", "y", "t", "是", "有"})
HAS_ACCOUNT_FALSE = frozenset({"false", "0", "no", "n", "f", "否", "无", "没有"})


def parse_has_account(value: object) -> bool | None:
    """True / False / None from the documented spellings; anything else raises InputError ("bad_has_account")
    rather than quietly counting as "unknown"."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, float) and value != value:  # NaN from a pandas frame
        return None
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        s = value.strip().lower()
        if not s:
            return None
        if s in HAS_ACCOUNT_TRUE or s in HAS_ACCOUNT_FALSE:
            return s in HAS_ACCOUNT_TRUE
    raise InputError(
        "bad_has_account",
        f"has_account must be true/false (or 1/0, yes/no, 是/否, 有/没有) or None, not {value!r}",
    )


_FLOAT_NUMBER = re.compile(r"\d+\.0")


def _digits(sender: str | None) -> str | None:
    if sender is None:
        return None
    text = str(sender).strip()
    if _FLOAT_NUMBER.fullmatch(text):  # a number read from a numeric column: 4008205555.0
        text = text[:-2]
    if text.isascii() and text.isdigit():  # the usual sender: nothing to convert
        digits = text
    else:  # any script's decimal digits count (full-width ９５５８８, Arabic-Indic …), as ASCII
        digits = "".join(
            str(unicodedata.decimal(c)) for c in text if unicodedata.decimal(c, None) is not None
        )
    if digits.startswith("0086"):
        digits = digits[4:]
    elif digits.startswith("86") and (len(digits) == 13 or text.startswith("+")):  # +86 95588 is 95588
        digits = digits[2:]
    return digits or None


def _parse_time(value: datetime | str | None) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(str(value).strip())
    except ValueError:
        raise InputError("bad_time", f"received_at is not an ISO date-time: {value!r}") from None


_SELF_REFERENCE = re.compile(r"我行|本行|我司|本公司")
#: A bank named as the holder of the reader's own card or account ("从您尾号0896的农业银行卡代扣",
#: "扣款账户：工商银行借记卡尾号9998"): the account debited, not the institution speaking.
_OWN_ACCOUNT = re.compile(r"\s*(?:借记卡|信用卡|储蓄卡|银行卡|卡|账户|帐户)")


def _claimed_institution(
    entities: tuple[Entity, ...],
    registry: Registry,
    sender: str | None = None,
    text: str = "",
    original: str = "",
) -> Institution | None:
    """The institution the message speaks for.

    Of the institutions it names: the one whose verified number sent it, else the one in its
    【signature】. Then, when the text speaks as "我行" and a verified number of one institution sent it,
    that one: a debit from "your CCB card" in ICBC's notice from 95588 speaks for ICBC, as does an
    unsigned notice, since the phone shows the SMS under that number, and one that names other banks only
    as the holders of the reader's cards or accounts (``original``: the text the entity spans index).
    Otherwise the institution named most often (ties: the first named).
    """
    mentions = [e for e in entities if e.kind == "institution"]
    ids = [e.value for e in mentions]
    owners = registry.owners_of_number(sender) if sender else []
    # The first named of the sender's institutions, else the first signed one.
    chosen = next((i for i in ids if i in owners), None) if owners else None
    chosen = chosen or next((e.value for e in mentions if e.attrs.get("in_signature")), None)
    if chosen:
        return registry.institutions[chosen]
    if len(owners) == 1 and (
        not ids
        or _SELF_REFERENCE.search(text)
        or (original and all(_OWN_ACCOUNT.match(original, e.end) for e in mentions))
    ):
        return registry.institutions[owners[0]]
    if not ids:
        return None
    counts: dict[str, int] = {}  # a Counter cost more than the rest of this function
    for i in ids:
        counts[i] = counts.get(i, 0) + 1
    best = max(counts.values())
    return registry.institutions[next(i for i in ids if counts[i] == best)]
