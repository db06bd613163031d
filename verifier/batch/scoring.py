"""Scoring one pandas DataFrame partition: :func:`score_frame`, the core every batch engine calls.

Also the column mapping (:class:`Columns`), how workers build their verifier (:class:`VerifierSpec`)
and PII masking. Every input row gives exactly one output row; a row that cannot be judged gets
``label=error`` and an ``error`` reason.
"""

from __future__ import annotations

import gc
import math
import os
import re
import threading
import time
from dataclasses import dataclass
from typing import Any

import click
import pandas as pd

from verifier.batch.columns import OUTPUT_COLUMNS, output_frame
from verifier.message import HAS_ACCOUNT_FALSE, HAS_ACCOUNT_TRUE
from verifier.types import LABELS, MAX_CHARS

#: How many evidence rule ids go into the ``rules`` column.
TOP_RULES = 3
#: Prefix given to input columns whose name clashes with an output column (``label`` → ``input_label``).
CLASH_PREFIX = "input_"
#: Internal column a reader uses to flag a row it could not parse (bad JSON line, malformed CSV line).
READ_ERROR = "__read_error__"
# C0 controls other than tab/LF/CR, and DEL: real SMS text never has them; binary junk does.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Fallback masking for rows without a verdict: runs of 7+ digits (allowing spaces and dashes).
_LONG_DIGITS_RE = re.compile(r"\d(?:[ -]?\d){6,}")
# After entity masking: any run of 11+ digits left (a mobile or card number the extractor missed).
_ID_DIGITS_RE = re.compile(r"\d(?:[ -]?\d){10,}")
# Phone kinds that belong to a person and are masked; service numbers and 106 ports are corporate.
_PERSONAL_PHONES = frozenset({"mobile", "virtual", "landline", "international", "unknown"})


class BatchError(click.ClickException):
    """A problem found before any scoring (missing column, unreadable input, output exists …)."""

    exit_code = 2


#: Column names recognised for each metadata field when no option names the column (first found wins).
COLUMN_ALIASES = {
    "sender": ("sender", "sender_number", "发送号码", "发件号码", "号码", "来电号码"),
    "recipient_name": ("recipient_name", "recipient", "name", "姓名", "收件人", "客户姓名", "机主姓名"),
    "has_account": ("has_account", "是否有借款", "有无借款"),
    "received_at": ("received_at", "接收时间", "时间", "time"),
}


@dataclass(frozen=True)
class Columns:
    """Input column names. ``None`` for a metadata column means: not used."""

    text: str = "text"
    sender: str | None = "sender"
    recipient_name: str | None = "recipient_name"
    has_account: str | None = "has_account"
    received_at: str | None = "received_at"

    def meta(self) -> dict[str, str]:
        """Verifier keyword → input column, for the metadata columns in use."""
        return {
            k: v
            for k, v in (
                ("sender", self.sender),
                ("recipient_name", self.recipient_name),
                ("has_account", self.has_account),
                ("received_at", self.received_at),
            )
            if v is not None
        }

    @classmethod
    def resolve(cls, header: list[str], text: str | None = None, **meta: str | None) -> Columns:
        """Columns for a file with ``header``; explicit names must exist, defaults are used if present.

        Raises :class:`BatchError` naming the missing column and the columns that do exist.
        """
        default = cls()
        chosen_text = text or default.text
        have = set(header)
        if chosen_text not in have:
            raise BatchError(
                f"the input has no text column {chosen_text!r}; its columns are: "
                f"{', '.join(map(str, header))}. Name the column holding the SMS with --text-col."
            )
        resolved: dict[str, str | None] = {}
        for key in ("sender", "recipient_name", "has_account", "received_at"):
            given = meta.get(key)
            if given:
                if given not in have:
                    opt = "--" + key.replace("_", "-") + "-col"
                    raise BatchError(
                        f"the input has no column {given!r} (given with {opt}); its columns are: "
                        f"{', '.join(map(str, header))}"
                    )
                resolved[key] = given
            else:  # the usual names of such a column, so that --mask-pii never misses a recipient column
                resolved[key] = next((a for a in COLUMN_ALIASES[key] if a in have), None)
        return cls(text=chosen_text, **resolved)


@dataclass(frozen=True)
class VerifierSpec:
    """How to load the verifier in a worker process (picklable; loaded once per process)."""

    use_model: bool = True
    data_dir: str | None = None
    model_dir: str | None = None


_VERIFIERS: dict[VerifierSpec, Any] = {}


def get_verifier(spec: VerifierSpec) -> Any:
    """The verifier for ``spec``, loaded once per process."""
    if spec not in _VERIFIERS:
        from verifier.verifier import Verifier

        verifier = Verifier.load(spec.data_dir, spec.model_dir, use_model=spec.use_model)
        verifier.check_many([{"text": "您的借款已逾期，请登录App还款。"}])  # load jieba and OpenCC now
        _tune_collector()
        _VERIFIERS[spec] = verifier
    return _VERIFIERS[spec]


#: Allocations between two collections of the youngest generation while scoring (Python's default: 700).
BATCH_GC_THRESHOLD = 50_000


def _tune_collector() -> None:
    """Move what is loaded so far (jieba's dictionary, the model: millions of objects) out of the garbage
    collector's sight, and collect the youngest generation less often.

    Scoring allocates many short-lived objects, so full collections run often, and each one would walk
    the whole dictionary again: about a tenth of batch time. The young collections that remain still
    cost time (``python bench/gc_threshold.py`` prints how much) and find nothing: scoring leaves no
    reference cycles (tested), so collecting every 50,000 allocations instead of every 700 keeps memory as
    flat. Only the batch scorer (``verifier score``, :func:`verifier.batch.score_file` and its workers)
    does this; ``Verifier.check`` never touches the collector of an application that imports it.
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(BATCH_GC_THRESHOLD, *gc.get_threshold()[1:])


# ============================================================================================ scoring


def is_missing(value: Any) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def _as_text(value: Any) -> Any:
    """A cell of the text column as the verifier should see it (bytes decoded, NaN → None)."""
    if is_missing(value):
        return None
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode("utf-8", errors="replace")
    return value


def _precheck(text: Any) -> str | None:
    """Reason a text cell cannot be judged, for the reasons the core does not check itself."""
    if text is None:
        return "empty: the row has no text"
    if isinstance(text, str) and len(text) <= MAX_CHARS:
        if "\ufffd" in text:
            return "undecodable: the text has bytes that are not valid in the file's encoding"
        if _CONTROL_RE.search(text):
            return "binary: the text contains control characters (binary data, not an SMS)"
    return None


def _meta_value(key: str, value: Any) -> Any:
    if isinstance(value, str) and key != "has_account":  # the usual cell, as the branches below treat it
        return value.strip() or None
    if is_missing(value):
        return None
    if key == "has_account":
        if isinstance(value, bool):
            return value
        s = str(value).strip().lower()  # in a file, an odd cell counts as unknown (README: --has-account-col)
        return True if s in HAS_ACCOUNT_TRUE else False if s in HAS_ACCOUNT_FALSE else None
    if key == "received_at":
        if hasattr(value, "to_pydatetime"):
            return value.to_pydatetime()
        s = str(value).strip()
        return s or None
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a sender read as a number: 95384.0 → "95384"
    s = str(value).strip()
    return s or None


def _top_rules(verdict: Any) -> str:
    ids: list[str] = []
    for only_label in (True, False):
        for ev in verdict.evidence:
            if (ev.supports == verdict.label or not only_label) and ev.rule not in ids:
                ids.append(ev.rule)
            if len(ids) >= TOP_RULES:
                return ";".join(ids)
        if ids:
            break
    return ";".join(ids)


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


def _names(value: Any) -> tuple[str, ...]:
    """The recipient name of a row, as a tuple of strings worth searching for (2+ characters)."""
    if not isinstance(value, str) or len(value.strip()) < 2:
        return ()
    return (value.strip(),)


def _masked_error(error: str | None) -> str | None:
    """An error message without the cell value it may quote (bad_time quotes received_at)."""
    if error is None or not error.startswith("bad_time"):
        return error
    return "bad_time: received_at is not an ISO date-time (the value is hidden by --mask-pii)"


def _mask_sender(value: Any) -> Any:
    if not isinstance(value, str) or not value.strip():
        return value
    from verifier.extract import classify_number

    if classify_number(value) not in _PERSONAL_PHONES:
        return value
    chars = list(value)
    _mask_span(chars, 0, len(chars), "phone")
    return "".join(chars)


def _mask_name(value: Any) -> Any:
    if not isinstance(value, str) or len(value.strip()) < 2:
        return value
    s = value.strip()
    return s[0] + "*" * (len(s) - 1)


def score_frame(
    df: pd.DataFrame,
    verifier: Any,
    columns: Columns = Columns(),
    *,
    mask_pii: bool = False,
) -> pd.DataFrame:
    """Score one partition: the input rows (same order, same index) plus :data:`OUTPUT_COLUMNS`.

    ``verifier`` is a :class:`verifier.Verifier`, a :class:`VerifierSpec` (loaded once per process: what
    Dask/loky workers get) or None (the default verifier). Rows that cannot be judged get
    ``label="error"`` and ``error="<reason>: <why>"``; nothing raises for a bad row. Input columns
    named like an output column are renamed with the ``input_`` prefix. With ``mask_pii`` the text,
    sender and recipient-name columns are masked (see :func:`mask_text`).
    """
    n = len(df)
    out = df.copy()
    read_errors = out.pop(READ_ERROR).tolist() if READ_ERROR in out.columns else [None] * n
    renames = {c: f"{CLASH_PREFIX}{c}" for c in out.columns if c in OUTPUT_COLUMNS}
    col = dict(columns.meta(), text=columns.text)
    col = {k: renames.get(v, v) for k, v in col.items()}
    out = out.rename(columns=renames)

    labels: list[str | None] = [None] * n
    probs = {lab: [math.nan] * n for lab in LABELS}
    risk: list[Any] = [pd.NA] * n
    inst: list[str | None] = [None] * n
    rules: list[str | None] = [None] * n
    action: list[str | None] = [None] * n
    about: list[bool | None] = [None] * n
    origin: list[str | None] = [None] * n
    error: list[str | None] = [None] * n
    verdicts: list[Any] = [None] * n

    if n:
        texts = [_as_text(v) for v in out[col["text"]].tolist()] if col["text"] in out else [None] * n
        meta_cols = {k: out[c].tolist() for k, c in col.items() if k != "text" and c in out}
        todo: list[int] = []
        rows: list[dict[str, Any]] = []
        for i in range(n):
            reason = read_errors[i] if not is_missing(read_errors[i]) else _precheck(texts[i])
            if reason:
                error[i] = reason
                continue
            todo.append(i)
            row = {"text": texts[i]}
            for key, values in meta_cols.items():
                row[key] = _meta_value(key, values[i])
            rows.append(row)
        if todo:
            if verifier is None or isinstance(verifier, VerifierSpec):
                verifier = get_verifier(verifier or VerifierSpec())
            results = _check_many_safely(verifier, rows)
            for i, res in zip(todo, results, strict=True):
                if isinstance(res, Exception):
                    error[i] = f"{getattr(res, 'reason', 'error')}: {res}"
                    continue
                verdicts[i] = res
                labels[i] = res.label
                for lab in LABELS:
                    probs[lab][i] = round(float(res.scores.get(lab, 0.0)), 6)
                risk[i] = int(res.risk)
                inst[i] = res.institution
                rules[i] = _top_rules(res)
                action[i] = res.actions[0].code if res.actions else None
                about[i] = res.about_debt
                origin[i] = res.origin
        for i in range(n):
            if error[i] is not None:
                labels[i] = "error"

        if mask_pii:
            names = meta_cols.get("recipient_name", [None] * n)
            if col["text"] in out:
                out[col["text"]] = [
                    t
                    if not isinstance(t, str)
                    else mask_text(t, v.entities if v is not None else None, _names(name))
                    for t, v, name in zip(texts, verdicts, names, strict=True)
                ]
            # an error message may quote the cell it could not read (a bad received_at): not in this mode
            error = [_masked_error(e) for e in error]
            if "sender" in col and col["sender"] in out:
                out[col["sender"]] = [_mask_sender(v) for v in out[col["sender"]].tolist()]
            if "recipient_name" in col and col["recipient_name"] in out:
                out[col["recipient_name"]] = [_mask_name(v) for v in out[col["recipient_name"]].tolist()]

    verdict = {"label": labels, **{f"p_{lab}": probs[lab] for lab in LABELS}, "risk": risk}
    verdict.update(institution=inst, rules=rules, action=action, origin=origin, about_debt=about, error=error)
    for name, series in output_frame(verdict, out.index).items():
        out[name] = series
    return out


def _check_many_safely(verifier: Any, rows: list[dict[str, Any]]) -> list[Any]:
    """``check_many``; if it raises (a bug met on some message), retry row by row so that only the
    offending rows become ``internal`` errors and the run goes on."""
    try:
        return verifier.check_many(rows)
    except Exception:
        out: list[Any] = []
        for row in rows:
            try:
                out.extend(verifier.check_many([row]))
            except Exception as err:
                failure = ValueError(f"the verifier failed on this row ({type(err).__name__}: {err})")
                failure.reason = "internal"  # type: ignore[attr-defined]
                out.append(failure)
        return out


def score_task(df: pd.DataFrame, spec: VerifierSpec, columns: Columns, mask_pii: bool) -> pd.DataFrame:
    """What a worker process runs for one chunk (module-level so it pickles)."""
    return score_frame(df, spec, columns, mask_pii=mask_pii)


_WATCHED: set[int] = set()


def exit_with(pid: int, every: float = 0.5) -> None:
    """Exit this process soon after process ``pid`` ends (a daemon thread polls it); once per pid."""
    if pid in _WATCHED or pid == os.getpid():
        return
    _WATCHED.add(pid)

    def watch() -> None:
        while _alive(pid):
            time.sleep(every)
        os._exit(1)  # the parent is gone: nobody will read what this worker produces

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    except OSError:  # Windows: no signal 0; loky's own parent check applies there
        return True
    return True
