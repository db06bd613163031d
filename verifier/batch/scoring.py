"""Scoring one pandas DataFrame partition: :func:`score_frame`, the core every batch engine calls.

It is three steps, so that the local engine's workers can do the middle one without pandas:
:func:`prepare` (columns renamed, cells read as plain values, rows that cannot be judged set aside),
:func:`verifier.batch.judging.judge_rows`, and :func:`assemble` (the verdict columns added, masked with
``mask_pii``). Also the column mapping (:class:`Columns`). Every input row gives exactly one output row; a
row that cannot be judged gets ``label=error`` and an ``error`` reason.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import click
import pandas as pd

from verifier.batch.columns import OUTPUT_COLUMNS, output_frame
from verifier.batch.judging import Judged, VerifierSpec, get_verifier, judge_rows
from verifier.batch.masking import mask_name, mask_sender, mask_text, masked_error, recipient_names
from verifier.message import HAS_ACCOUNT_FALSE, HAS_ACCOUNT_TRUE
from verifier.types import LABELS, MAX_CHARS

#: Prefix given to input columns whose name clashes with an output column (``label`` → ``input_label``).
CLASH_PREFIX = "input_"
#: Internal column a reader uses to flag a row it could not parse (bad JSON line, malformed CSV line).
READ_ERROR = "__read_error__"
# C0 controls other than tab/LF/CR, and DEL: real SMS text never has them; binary junk does.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


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


@dataclass
class Prepared:
    """A partition ready to be judged: the output frame so far (input columns, clashing names renamed),
    the plain rows the verifier judges (no pandas values: they go to worker processes) and why each of the
    other rows cannot be judged."""

    out: pd.DataFrame
    column: dict[str, str]  # "text" and the metadata keywords → their columns in ``out`` (those it has)
    texts: list[Any]
    names: list[tuple[str, ...]]  # each row's recipient names, for masking
    todo: list[int]  # positions of the rows to judge, in order
    rows: list[dict[str, Any]]  # what ``Verifier.check_many`` gets for each of them
    errors: list[str | None]

    def names_to_judge(self) -> list[tuple[str, ...]]:
        """The recipient names of the rows to judge (what :func:`judge_rows` masks with)."""
        return [self.names[i] for i in self.todo]


def prepare(df: pd.DataFrame, columns: Columns = Columns()) -> Prepared:
    """What :func:`score_frame` does before judging: columns renamed, cells read, rows checked."""
    n = len(df)
    out = df.copy()
    read_errors = out.pop(READ_ERROR).tolist() if READ_ERROR in out.columns else [None] * n
    renames = {c: f"{CLASH_PREFIX}{c}" for c in out.columns if c in OUTPUT_COLUMNS}
    out = out.rename(columns=renames)
    wanted = dict(columns.meta(), text=columns.text).items()
    column = {k: renames.get(c, c) for k, c in wanted if renames.get(c, c) in out}
    texts = [_as_text(v) for v in out[column["text"]].tolist()] if "text" in column else [None] * n
    meta_cols = {k: out[c].tolist() for k, c in column.items() if k != "text"}
    errors: list[str | None] = [None] * n
    todo: list[int] = []
    rows: list[dict[str, Any]] = []
    for i in range(n):
        reason = read_errors[i] if not is_missing(read_errors[i]) else _precheck(texts[i])
        if reason:
            errors[i] = reason
            continue
        todo.append(i)
        row = {"text": texts[i]}
        for key, values in meta_cols.items():
            row[key] = _meta_value(key, values[i])
        rows.append(row)
    names = [recipient_names(v) for v in meta_cols.get("recipient_name", [None] * n)]
    return Prepared(out, column, texts, names, todo, rows, errors)


def assemble(prep: Prepared, judged: Sequence[Judged], *, mask_pii: bool = False) -> pd.DataFrame:
    """The scored partition: ``prep``'s rows plus :data:`OUTPUT_COLUMNS`, from one :class:`Judged` per
    row to judge (masked with ``mask_pii``: judged texts come masked from :func:`judge_rows`)."""
    out = prep.out
    n = len(out)
    by_row: list[Judged | None] = [None] * n
    for i, j in zip(prep.todo, judged, strict=True):
        by_row[i] = j
    errors = [e if j is None else j.error for e, j in zip(prep.errors, by_row, strict=True)]
    ok = [j if j is not None and j.error is None else None for j in by_row]

    def field(name: str, missing: Any = None) -> list[Any]:
        return [missing if j is None else getattr(j, name) for j in ok]

    verdict: dict[str, list[Any]] = {"label": ["error" if j is None else j.label for j in ok]}
    for k, lab in enumerate(LABELS):
        verdict[f"p_{lab}"] = [math.nan if j is None else j.probs[k] for j in ok]
    verdict["risk"] = field("risk", pd.NA)
    for name in ("institution", "rules", "action", "origin", "about_debt"):
        verdict[name] = field(name)
    if mask_pii:
        _mask_columns(prep, ok)
        errors = [masked_error(e) for e in errors]  # an error may quote the cell it could not read
    verdict["error"] = errors
    for name, series in output_frame(verdict, out.index).items():
        out[name] = series
    return out


def _mask_columns(prep: Prepared, ok: list[Judged | None]) -> None:
    """Mask the text, sender and recipient-name columns of ``prep.out`` in place."""
    out, column = prep.out, prep.column
    if "text" in column:
        out[column["text"]] = [
            t if not isinstance(t, str) else j.masked_text if j is not None else mask_text(t, None, names)
            for t, j, names in zip(prep.texts, ok, prep.names, strict=True)
        ]
    if "sender" in column:
        out[column["sender"]] = [mask_sender(v) for v in out[column["sender"]].tolist()]
    if "recipient_name" in column:
        out[column["recipient_name"]] = [mask_name(v) for v in out[column["recipient_name"]].tolist()]


def score_frame(
    df: pd.DataFrame,
    verifier: Any,
    columns: Columns = Columns(),
    *,
    mask_pii: bool = False,
) -> pd.DataFrame:
    """Score one partition: the input rows (same order, same index) plus :data:`OUTPUT_COLUMNS`.

    ``verifier`` is a :class:`verifier.Verifier`, a :class:`VerifierSpec` (loaded once per process: what
    Dask/Spark workers get) or None (the default verifier). Rows that cannot be judged get
    ``label="error"`` and ``error="<reason>: <why>"``; nothing raises for a bad row. Input columns
    named like an output column are renamed with the ``input_`` prefix. With ``mask_pii`` the text,
    sender and recipient-name columns are masked (see :func:`verifier.batch.masking.mask_text`).
    """
    prep = prepare(df, columns)
    judged: list[Judged] = []
    if prep.rows:
        if verifier is None or isinstance(verifier, VerifierSpec):
            verifier = get_verifier(verifier or VerifierSpec())
        judged = judge_rows(verifier, prep.rows, prep.names_to_judge() if mask_pii else None)
    return assemble(prep, judged, mask_pii=mask_pii)
