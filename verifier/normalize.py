"""Normalise an SMS for matching while keeping a map back to the original characters.

Pipeline (each step keeps, for every output character, the span of ``original`` it came from):

1. fold: per-character NFKC + lowercase, dropping zero-width / bidi / other invisible characters;
2. traditional → simplified with OpenCC ``t2s``;
3. collapse separator padding between CJK characters (and CJK/digit), join spaced phone numbers;
4. evasion spellings → canonical forms from ``data/variants.tsv``.

The common case (a clean simplified-Chinese message) is a handful of C-level calls: every step
first checks with one precompiled regex/translate whether it has anything to do.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import pairwise

from verifier.types import make_frozen


@dataclass(frozen=True)
class Normalized:
    """Normalised text plus, for each of its characters, the original span it came from."""

    original: str
    text: str
    starts: tuple[int, ...]  # starts[i]: index in original where normalised char i came from
    ends: tuple[int, ...]  # ends[i]: end (exclusive) in original of that source

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of ``text`` to the span of ``original`` it came from."""
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]


# A rewrite step works on (text, starts, ends); starts/ends are aligned with text (ranges while nothing
# has moved: most texts are only folded, and need no list of their offsets).
_Mapped = tuple[str, Sequence[int], Sequence[int]]
# An edit replaces text[a:b] with a replacement string.
_Edit = tuple[int, int, str]


def _apply_edits(text: str, starts: Sequence[int], ends: Sequence[int], edits: Iterable[_Edit]) -> _Mapped:
    """Apply non-overlapping, ascending edits, keeping the offset map consistent.

    A same-length replacement maps 1:1; otherwise every replacement character maps to the whole
    source span of what it replaced (the only honest answer when lengths differ).
    """
    pieces: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    last = 0
    for a, b, rep in edits:
        pieces.append(text[last:a])
        new_starts += starts[last:a]
        new_ends += ends[last:a]
        pieces.append(rep)
        if len(rep) == b - a:
            new_starts += starts[a:b]
            new_ends += ends[a:b]
        elif rep:
            new_starts += [starts[a]] * len(rep)
            new_ends += [ends[b - 1]] * len(rep)
        last = b
    if last == 0 and not pieces:
        return text, starts, ends
    pieces.append(text[last:])
    new_starts += starts[last:]
    new_ends += ends[last:]
    return "".join(pieces), new_starts, new_ends


# --- 1. fold: NFKC, lowercase, invisible characters ------------------------------------------------

# Invisible characters used to split words past keyword filters. All format characters (Cf: zero-width
# space/joiners, bidi controls, BOM, soft hyphen, word joiner, ...) plus invisible non-Cf ones.
_INVISIBLE_EXTRA = frozenset(
    "\u034f\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180e\u180f\u2800\u3164\uffa0"
    + "".join(chr(c) for c in range(0xFE00, 0xFE10))  # variation selectors
)
_SENTINEL = 0xFFFF  # translate() marks characters whose fold is not exactly one character
_SENTINEL_CHAR = chr(_SENTINEL)


def _is_invisible(ch: str) -> bool:
    return ch in _INVISIBLE_EXTRA or unicodedata.category(ch) == "Cf" or 0xE0100 <= ord(ch) <= 0xE01EF


@lru_cache(maxsize=65536)
def _fold_char(ch: str) -> str:
    """NFKC + lowercase of one character, without invisibles (may be empty or several chars)."""
    if _is_invisible(ch):
        return ""
    return "".join(c for c in unicodedata.normalize("NFKC", ch).lower() if not _is_invisible(c))


class _FoldTable(dict):
    """``str.translate`` table filled lazily: 1:1 folds map to the folded char, others to a sentinel."""

    def __missing__(self, cp: int) -> int:
        folded = _fold_char(chr(cp))
        value = ord(folded) if len(folded) == 1 else _SENTINEL
        self[cp] = value  # racing threads compute the same value, so no lock is needed
        return value


_FOLD_TABLE = _FoldTable()
# A text of BMP characters only (nearly every one) is translated with a list indexed by code point instead:
# str.translate reads a list item in C, where a dict subclass costs a Python-level __getitem__ call per
# character (dict.__getitem__ is a method, so a subclass's slot looks it up by name). An entry is filled
# when its character is first met: until then it reads as the sentinel, and the loop below folds it.
_FOLD_BMP = [_SENTINEL] * 0x10000
_OUTSIDE_BMP = re.compile("[\U00010000-\U0010ffff]")


def _fold(text: str) -> _Mapped:
    """Per-character NFKC + lowercase, minus invisibles. Fast path when every char folds 1:1."""
    n = len(text)
    folded = text.translate(_FOLD_BMP if _OUTSIDE_BMP.search(text) is None else _FOLD_TABLE)
    if _SENTINEL_CHAR not in folded:
        return folded, range(n), range(1, n + 1)
    # Only the marked characters are folded one by one; the runs between them were folded 1:1 already.
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    last = 0
    while (i := folded.find(_SENTINEL_CHAR, last)) >= 0:
        ch = text[i]
        out = _fold_char(ch)
        if len(out) == 1 and ch <= "\uffff":
            _FOLD_BMP[ord(ch)] = ord(out)  # met now: read from the list next time (U+FFFF stays marked)
        chars += (folded[last:i], out)
        starts += range(last, i)
        starts += [i] * len(out)
        ends += range(last + 1, i + 1)
        ends += [i + 1] * len(out)
        last = i + 1
    chars.append(folded[last:])
    starts += range(last, n)
    ends += range(last + 1, n + 1)
    return "".join(chars), starts, ends


# --- 2. traditional → simplified -------------------------------------------------------------------

_SURROGATES = re.compile("[\ud800-\udfff]+")


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def _convert_t2s(text: str) -> str:
    """OpenCC t2s, tolerating lone surrogates (which cannot be UTF-8 encoded for the C library)."""
    conv = _t2s()
    try:
        return conv.convert(text)
    except UnicodeEncodeError:
        parts: list[str] = []
        last = 0
        for m in _SURROGATES.finditer(text):
            parts.append(conv.convert(text[last : m.start()]))
            parts.append(m.group())
            last = m.end()
        parts.append(conv.convert(text[last:]))
        return "".join(parts)


def _align_edits(old: str, new: str) -> list[_Edit]:
    """Edits turning ``old`` into ``new``, used only when a phrase conversion changed the length.

    difflib separates non-equal opcodes by equal blocks, so a pure insertion can be merged into the
    unchanged neighbouring character without overlapping another edit.
    """
    edits: list[_Edit] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        if i1 < i2:
            edits.append((i1, i2, new[j1:j2]))
        elif i1 > 0:
            edits.append((i1 - 1, i1, old[i1 - 1] + new[j1:j2]))
        elif old:
            edits.append((0, 1, new[j1:j2] + old[0]))
    return edits


def _to_simplified(text: str, starts: Sequence[int], ends: Sequence[int]) -> _Mapped:
    """Traditional → simplified with phrase context; offsets stay exact when the length is unchanged."""
    simplified = _convert_t2s(text)
    if simplified != text:
        # A few OpenCC mappings chain (薴→苧→苎); a second pass makes normalize() a fixed point.
        simplified = _convert_t2s(simplified)
    if len(simplified) == len(text):
        return simplified, starts, ends
    return _apply_edits(text, starts, ends, _align_edits(text, simplified))


# --- 3. separator padding and spaced numbers -------------------------------------------------------

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
# Padding put between characters to defeat keyword filters. Deliberately excludes CJK punctuation
# (，。、“”) and em dashes, which carry meaning in normal text.
_SEP_SET = frozenset(" \t-_.*/\\|·•∙⋅・~^+=#‐‑‒–")
_SEP = "".join(sorted(re.escape(c) for c in _SEP_SET))  # for use inside a regex character class
# Each pattern starts with a character class (not a lookbehind) so the regex engine can skip ahead
# in C; the few context checks a lookbehind would do are made in Python on the rare hits.
# Padding between a CJK char or digit and another (digit–digit runs are skipped later). It starts with the
# padding, which is rare, not with the CJK char before it, which nearly every character is: a lookbehind
# after the first padding character checks what precedes it.
_PADDING = re.compile(rf"([{_SEP}](?<=[{_CJK}0-9][{_SEP}])[{_SEP}]*)(?=[{_CJK}0-9])")
# URLs keep their dots and slashes even when the host or path holds CJK characters.
_URL = re.compile(r"(?:https?://|www\.)[^\s，。！？；：、“”（）【】《》<>\"']+")
# Digit groups separated by one space or dash: phone numbers ("138 0013 8000", "400-888-8888"), cards.
# Not touching another number ("731 2024-08-31", "10:30 1234 5678"): only a whole, uniform group run.
# A run may only start where a whole number starts (not after a digit, nor after a digit and a glue
# character): a match starting there would be skipped anyway, and trying every position inside a long run
# of groups made this quadratic ("1234 " * 1000). The pattern starts with that first digit (so that `re`
# skips to digits in C) and looks behind it. A run that fails at its end gives its groups back one by one,
# and each fails at once (a separator and a digit follow it): linear still, without possessive groups.
_DIGIT_GROUPS = re.compile(
    r"[0-9](?<![0-9].)(?<![0-9][.,:/\- ].)[0-9]{0,7}([ \-])[0-9]{1,8}(?:\1[0-9]{1,8})*"
    r"(?![0-9]|[ .,:/\-][0-9])"
)
# What every digit-group run contains: a text without this (nine messages in ten) is not scanned at all.
_DIGIT_SEP_DIGIT = re.compile(r"[0-9][ \-][0-9]")
_DIGITS = frozenset("0123456789")
# After a digit, these glue a following digit group to that number ("10:30 1234", "1.5 1234", "731 2024-…").
_GLUE_AFTER_DIGIT = frozenset(".,:/- ")
_DATE = re.compile(r"(?:19|20)[0-9]{2}[ \-](?:0?[1-9]|1[0-2])[ \-](?:0?[1-9]|[12][0-9]|3[01])")


def _url_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _URL.finditer(text)] if "http" in text or "www." in text else []


def _overlaps(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    """Whether [a, b) overlaps or touches one of ``spans``."""
    return any(s0 <= b and a <= s1 for s0, s1 in spans)


def _padding_edits(text: str) -> list[_Edit]:
    edits = []
    urls: list[tuple[int, int]] | None = None
    for m in _PADDING.finditer(text):
        a, b = m.span(1)
        if text[a - 1] in _DIGITS and text[b] in _DIGITS:  # digit–digit: "8.31", "2024-08-31", "1,000"
            continue
        if text[b - 1] in "-+." and text[b] in _DIGITS:
            b -= 1  # "余额 -100" / " .5": a sign or decimal point right before digits belongs to the number
        if urls is None:
            urls = _url_spans(text)
        if a < b and not _overlaps(a, b, urls):  # touching counts: "http://t.cn/123 请" keeps its space
            edits.append((a, b, ""))
    return edits


def _digit_group_edits(text: str) -> list[_Edit]:
    """Delete the separators of phone/card-like digit groups (7–19 digits, or 5–6 spelled out; not a date)."""
    edits: list[_Edit] = []
    if _DIGIT_SEP_DIGIT.search(text) is None:
        return edits
    for m in _DIGIT_GROUPS.finditer(text):
        a = m.start()
        # Only a whole number: not glued to digits or a decimal/time/date before it ("731 2024-08-31").
        # A colon or slash after a word ends a field label instead ("申请:1468 0501 511").
        before = text[max(a - 2, 0) : a]
        if before[-1:] in _DIGITS or (before[-1:] in _GLUE_AFTER_DIGIT and before[:1] in _DIGITS):
            continue
        span, sep = m.group(), m.group(1)
        digits = len(span) - span.count(sep)
        # 5–6 digits only when every digit stands alone: a short code spelled out to dodge filters
        # ("9 5 8 3 0").
        spelled = digits >= 5 and len(span) == 2 * digits - 1
        if (7 <= digits <= 19 or spelled) and not _DATE.fullmatch(span):
            # Each digit keeps its own offset, so the joined number maps back to the spaced one.
            edits += [(i, i + 1, "") for i in range(a, m.end()) if text[i] == sep]
    return edits


def _collapse(text: str, starts: Sequence[int], ends: Sequence[int]) -> _Mapped:
    """Drop separator padding between CJK chars ("微 信", "安*全*账*户") and join spaced phone numbers."""
    edits = _padding_edits(text)
    if edits:
        text, starts, ends = _apply_edits(text, starts, ends, edits)
    edits = _digit_group_edits(text)
    if edits:
        text, starts, ends = _apply_edits(text, starts, ends, edits)
    return text, starts, ends


# --- 4. evasion spellings --------------------------------------------------------------------------

_ASCII_ALNUM = re.compile(r"[a-z0-9]")
_SEP_CHARS = re.compile(f"[{_SEP}]+")


class _Variants:
    """Compiled ``variants.tsv``: one alternation (longest first) and a lookup by separator-free key."""

    def __init__(self, pairs: Iterable[tuple[str, str]]) -> None:
        self.canonical: dict[str, str] = {}
        for variant, canonical in pairs:
            key = _prepare_key(variant)
            if key:  # an identity entry ("树立威信") is kept: it shields its text from shorter variants
                self.canonical.setdefault(key, canonical)
        alternatives = [_variant_pattern(k) for k in sorted(self.canonical, key=lambda k: (-len(k), k))]
        self.pattern = re.compile("|".join(alternatives)) if alternatives else None

    def edits(self, text: str) -> list[_Edit]:
        if self.pattern is None:
            return []
        urls = _url_spans(text)
        edits = []
        pos = 0
        while m := self.pattern.search(text, pos):
            a, b = m.span()
            key = m.group()
            canonical = self.canonical.get(key) or self.canonical.get(key := _SEP_CHARS.sub("", key))
            # ASCII spellings ("wx", "vx", "zfb") only as whole ASCII tokens: not inside words or URLs.
            # On a miss, retry one character later so "加vx" still finds "vx" after "加v" failed.
            if (
                canonical is None
                or (_ASCII_ALNUM.match(key[0]) and a > 0 and _ascii_glued(text[a - 1]))
                or (_ASCII_ALNUM.match(key[-1]) and b < len(text) and _ascii_glued(text[b]))
            ):
                pos = a + 1
                continue
            if m.group() != canonical and not _overlaps(a, b, urls):
                edits += _variant_edits(text, a, b, canonical)
            pos = b
        return edits


def _variant_edits(text: str, a: int, b: int, canonical: str) -> list[_Edit]:
    """Edits rewriting the variant at ``text[a:b]``, keeping offsets as precise as is honest.

    Padding inside the match is deleted like elsewhere, and a prefix/suffix shared with the canonical
    form is kept in place ("加 v 信" → "加微信" maps 微 to "v"), so only the part that really changed
    maps to a merged span. If nothing corresponds (e.g. "wx" → "微信", or "qq号" → "qq" where
    the changed part would vanish), every output char maps to the whole variant.
    """
    idx = [i for i in range(a, b) if text[i] not in _SEP_SET]
    compact = "".join(text[i] for i in idx)
    p = 0
    while p < min(len(compact), len(canonical)) and compact[p] == canonical[p]:
        p += 1
    s = 0
    while s < min(len(compact), len(canonical)) - p and compact[-1 - s] == canonical[-1 - s]:
        s += 1
    middle = canonical[p : len(canonical) - s]
    if not middle or p + s == len(compact):
        return [(a, b, canonical)]
    mid_a, mid_b = idx[p], idx[len(compact) - s - 1] + 1
    edits: list[_Edit] = []
    for i, j in pairwise(idx):  # padding between kept characters, outside the middle
        if j > i + 1 and (j <= mid_a or i + 1 >= mid_b):
            edits.append((i + 1, j, ""))
    edits.append((mid_a, mid_b, middle))
    return sorted(edits)


def _ascii_glued(ch: str) -> bool:
    """Whether ``ch`` next to an ASCII spelling means it is part of a longer token (word, URL, email)."""
    return ch.isascii() and (ch.isalnum() or ch in "_./@-")


def _prepare_key(variant: str) -> str:
    """Bring a variant into normalised form (fold + t2s), so entries match normalised text."""
    folded, _, _ = _fold(variant.strip())
    return _convert_t2s(folded)


def _variant_pattern(key: str) -> str:
    """Regex for one variant; padding is tolerated where ASCII meets CJK ("v 信", "v-信")."""
    parts = [re.escape(key[0])]
    for prev, ch in pairwise(key):
        if prev.isascii() != ch.isascii():
            parts.append(f"[{_SEP}]*")
        parts.append(re.escape(ch))
    return "".join(parts)


def parse_variants(text: str) -> list[tuple[str, str]]:
    """Parse ``variant<TAB>canonical`` lines; ``#`` starts a comment, blank lines are skipped."""
    pairs = []
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        cols = [c.strip() for c in line.split("\t") if c.strip()]
        if len(cols) != 2:
            raise ValueError(f"variants.tsv:{lineno}: expected 'variant<TAB>canonical', got {raw!r}")
        pairs.append((cols[0], cols[1]))
    return pairs


@lru_cache(maxsize=1)
def _variants() -> _Variants:
    source = resources.files("verifier.data").joinpath("variants.tsv").read_text(encoding="utf-8")
    return _Variants(parse_variants(source))


def _canonicalize(text: str, starts: Sequence[int], ends: Sequence[int]) -> _Mapped:
    """Rewrite variants until none is left (bounded), so the result is a fixed point of normalize().

    One pass is the rule; more happen only when a rewrite exposes another variant ("qq號号" →
    "qq号" → "qq") or puts CJK next to padding ("wx 0" → "微信 0", hence the collapse).
    """
    for _ in range(_MAX_VARIANT_PASSES):
        edits = _variants().edits(text)
        if not edits:
            break
        text, starts, ends = _collapse(*_apply_edits(text, starts, ends, edits))
    return text, starts, ends


_MAX_VARIANT_PASSES = 4


# --- public API ------------------------------------------------------------------------------------


def normalize(text: str) -> Normalized:
    """Return ``text`` normalised for matching, with an offset map to the original."""
    mapped = _fold(text)
    mapped = _to_simplified(*mapped)
    mapped = _collapse(*mapped)
    out, starts, ends = _canonicalize(*mapped)
    fields = {"original": text, "text": out, "starts": tuple(starts), "ends": tuple(ends)}
    return make_frozen(Normalized, fields)  # Normalized(...) without the frozen __init__
