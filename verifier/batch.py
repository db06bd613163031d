"""Batch scoring: ``verifier score INPUT -o OUTPUT`` over CSV, JSONL and Parquet, streamed in chunks.

The scoring core is :func:`score_frame`, a pure function from one pandas DataFrame partition to the
same rows plus the verdict columns. The local engine (one process, or ``--workers N`` loky processes)
and the Dask engine (``map_partitions(score_frame, …)``) both call it on the chunks of the same
reader and write them through the same writer, so their outputs are identical.

Nothing is lost: every input row gives exactly one output row, in order. A row that cannot be judged
gets ``label=error`` and an ``error`` reason. Output is appended chunk by chunk with flush + fsync and a
small ``OUTPUT.progress`` sidecar, so ``--resume`` continues an interrupted run exactly where the last
complete chunk ended.
"""

from __future__ import annotations

import json
import math
import os
import re
import shutil
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click
import pandas as pd

from verifier.types import LABELS, MAX_CHARS

#: Verdict columns appended to every input row, in this order.
OUTPUT_COLUMNS = (
    "label",
    "p_genuine",
    "p_spoofed",
    "p_mistaken",
    "p_scam",
    "risk",
    "institution",
    "rules",
    "action",
    "error",
)
#: How many evidence rule ids go into the ``rules`` column.
TOP_RULES = 3
#: Prefix given to input columns whose name clashes with an output column (``label`` → ``input_label``).
CLASH_PREFIX = "input_"
DEFAULT_CHUNK = 2000
#: Internal column a reader uses to flag a row it could not parse (bad JSON line, malformed CSV line).
READ_ERROR = "__read_error__"
_BAD_LINE = "\x00__bad_csv_line__\x00"
FORMATS = ("csv", "jsonl", "parquet")
_EXT = {
    ".csv": "csv",
    ".tsv": "csv",
    ".txt": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".parquet": "parquet",
    ".pq": "parquet",
}
# Cells that spreadsheet programs would run as a formula (OWASP CSV injection): = + - @ tab CR.
_FORMULA_RE = r"^[=+\-@\t\r]"
# C0 controls other than tab/LF/CR, and DEL: real SMS text never has them; binary junk does.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Fallback masking for rows without a verdict: runs of 7+ digits (allowing spaces and dashes).
_LONG_DIGITS_RE = re.compile(r"\d(?:[ -]?\d){6,}")
# After entity masking: any run of 11+ digits left (a mobile or card number the extractor missed).
_ID_DIGITS_RE = re.compile(r"\d(?:[ -]?\d){10,}")
# Phone kinds that belong to a person and are masked; service numbers and 106 ports are corporate.
_PERSONAL_PHONES = frozenset({"mobile", "virtual", "landline", "international", "unknown"})
_TRUE = frozenset({"true", "1", "yes", "y", "t", "是", "有"})
_FALSE = frozenset({"false", "0", "no", "n", "f", "否", "无", "没有"})


class BatchError(click.ClickException):
    """A problem found before any scoring (missing column, unreadable input, output exists …)."""

    exit_code = 2


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
            else:
                name = getattr(default, key)
                resolved[key] = name if name in have else None
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

        _VERIFIERS[spec] = Verifier.load(spec.data_dir, spec.model_dir, use_model=spec.use_model)
    return _VERIFIERS[spec]


# ============================================================================================ scoring


def _missing(value: Any) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def _as_text(value: Any) -> Any:
    """A cell of the text column as the verifier should see it (bytes decoded, NaN → None)."""
    if _missing(value):
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
    if _missing(value):
        return None
    if key == "has_account":
        if isinstance(value, bool):
            return value
        s = str(value).strip().lower()
        return True if s in _TRUE else False if s in _FALSE else None
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


def mask_text(text: str, entities: Any = None) -> str:
    """``text`` with personal phone numbers, card numbers, wallets and names masked.

    With the verifier's ``entities`` (spans index the original text) phones keep their first 3 and last
    4 digits (138****5678), cards and wallets their last 4, names their surname (张*); service numbers,
    400 hotlines and 106 ports are corporate and stay. Without entities (rows that could not be judged),
    every run of 7 or more digits is masked but its last 4. Either way, a run of 11 or more digits that
    is still visible afterwards (a number the extractor did not recognise) is masked too.
    """
    chars = list(text)
    if entities is None:
        for m in _LONG_DIGITS_RE.finditer(text):
            _mask_span(chars, m.start(), m.end(), "card")
        return "".join(chars)
    for ent in entities:
        if ent.kind == "phone" and ent.attrs.get("phone_kind") not in _PERSONAL_PHONES:
            continue
        if ent.kind in ("phone", "card", "wallet", "name"):
            _mask_span(chars, max(0, ent.start), min(len(chars), ent.end), ent.kind)
    masked = "".join(chars)
    for m in _ID_DIGITS_RE.finditer(masked):
        digits = re.sub(r"\D", "", m.group())
        kind = "phone" if len(digits) == 11 and digits.startswith("1") else "card"
        _mask_span(chars, m.start(), m.end(), kind)
    return "".join(chars)


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
    error: list[str | None] = [None] * n
    verdicts: list[Any] = [None] * n

    if n:
        texts = [_as_text(v) for v in out[col["text"]].tolist()] if col["text"] in out else [None] * n
        meta_cols = {k: out[c].tolist() for k, c in col.items() if k != "text" and c in out}
        todo: list[int] = []
        rows: list[dict[str, Any]] = []
        for i in range(n):
            reason = read_errors[i] if not _missing(read_errors[i]) else _precheck(texts[i])
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
        for i in range(n):
            if error[i] is not None:
                labels[i] = "error"

        if mask_pii:
            if col["text"] in out:
                out[col["text"]] = [
                    t if not isinstance(t, str) else mask_text(t, v.entities if v is not None else None)
                    for t, v in zip(texts, verdicts, strict=True)
                ]
            if "sender" in col and col["sender"] in out:
                out[col["sender"]] = [_mask_sender(v) for v in out[col["sender"]].tolist()]
            if "recipient_name" in col and col["recipient_name"] in out:
                out[col["recipient_name"]] = [_mask_name(v) for v in out[col["recipient_name"]].tolist()]

    idx = out.index
    out["label"] = pd.Series(labels, index=idx, dtype=object)
    for lab in LABELS:
        out[f"p_{lab}"] = pd.Series(probs[lab], index=idx, dtype="float64")
    out["risk"] = pd.Series(risk, index=idx, dtype="Int64")
    out["institution"] = pd.Series(inst, index=idx, dtype=object)
    out["rules"] = pd.Series(rules, index=idx, dtype=object)
    out["action"] = pd.Series(action, index=idx, dtype=object)
    out["error"] = pd.Series(error, index=idx, dtype=object)
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


def _score_task(df: pd.DataFrame, spec: VerifierSpec, columns: Columns, mask_pii: bool) -> pd.DataFrame:
    """What a worker process runs for one chunk (module-level so it pickles)."""
    return score_frame(df, spec, columns, mask_pii=mask_pii)


# ============================================================================================ reading


def detect_format(path: str | Path, given: str | None = None) -> str:
    if given and given != "auto":
        return given
    suffixes = [s.lower() for s in Path(path).suffixes]
    for suffix in reversed(suffixes):
        if suffix in _EXT:
            return _EXT[suffix]
    raise BatchError(f"cannot tell the format of {path} from its extension; use --format csv|jsonl|parquet")


def detect_encoding(path: str | Path, sample_size: int = 1 << 16) -> str:
    """Encoding of a CSV file: UTF-8 (with or without BOM), else what charset-normalizer finds on a
    sample, with GB2312/GBK widened to GB18030 (their superset, what Chinese Excel exports)."""
    with open(path, "rb") as fh:
        sample = fh.read(sample_size)
    if sample.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if len(sample) == sample_size and b"\n" in sample:
        sample = sample[: sample.rindex(b"\n") + 1]  # do not judge a character cut in half
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(sample).best()
    if best is None:
        return "utf-8"  # undecodable cells become U+FFFD and those rows label=error
    enc = best.encoding.lower().replace("-", "_")
    if enc in ("gb2312", "gbk", "cp936", "hz", "gb18030"):
        return "gb18030"
    return best.encoding


class _CountingReader:
    """A binary file wrapper that counts the bytes handed out (for the progress estimate)."""

    def __init__(self, fh: Any) -> None:
        self._fh = fh
        self.count = 0

    def read(self, size: int = -1) -> bytes:
        data = self._fh.read(size)
        self.count += len(data)
        return data

    def read1(self, size: int = -1) -> bytes:
        data = self._fh.read1(size)
        self.count += len(data)
        return data

    def readinto(self, buf: Any) -> int:
        n = self._fh.readinto(buf)
        self.count += n or 0
        return n

    def readline(self, size: int = -1) -> bytes:
        data = self._fh.readline(size)
        self.count += len(data)
        return data

    def __iter__(self) -> Iterator[bytes]:
        return self

    def __next__(self) -> bytes:
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __getattr__(self, name: str) -> Any:
        return getattr(self._fh, name)


class Source:
    """A streamed input file: its header (read before any work) and its chunks."""

    def __init__(self, path: str | Path, fmt: str | None = None, encoding: str | None = None) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise BatchError(f"no such input file: {self.path}")
        self.format = detect_format(self.path, fmt)
        self.size = self.path.stat().st_size
        self.encoding = (encoding or detect_encoding(self.path)) if self.format == "csv" else "utf-8"
        self.total_rows: int | None = None
        self._counter: _CountingReader | None = None
        self.header = self._header()

    def _header(self) -> list[str]:
        if self.format == "parquet":
            import pyarrow.parquet as pq

            try:
                pf = pq.ParquetFile(self.path)
            except Exception as err:
                raise BatchError(f"{self.path} is not a readable Parquet file: {err}") from None
            self.total_rows = pf.metadata.num_rows
            return list(pf.schema_arrow.names)
        if self.format == "csv":
            try:
                head = pd.read_csv(
                    self.path, nrows=0, encoding=self.encoding, encoding_errors="replace", engine="python"
                )
            except pd.errors.EmptyDataError:
                raise BatchError(f"{self.path} is empty: no header row") from None
            return [str(c) for c in head.columns]
        keys: dict[str, None] = {}
        with open(self.path, "rb") as fh:
            for n, line in enumerate(fh):
                rec = _json_record(line)
                if isinstance(rec, dict):
                    keys.update(dict.fromkeys(rec))
                if n >= 1000:
                    break
        if not keys:
            raise BatchError(f"{self.path} has no JSON object in its first lines; is it JSONL?")
        return list(keys)

    def bytes_read(self) -> int:
        return self._counter.count if self._counter is not None else 0

    def estimated_rows(self, rows_so_far: int) -> int | None:
        if self.total_rows is not None:
            return self.total_rows
        done = self.bytes_read()
        if rows_so_far <= 0 or done <= 0:
            return None
        return max(rows_so_far, round(rows_so_far * self.size / done))

    def chunks(self, chunk_size: int, columns: Columns, skip: int = 0) -> Iterator[pd.DataFrame]:
        """DataFrames of ``chunk_size`` rows, after skipping the first ``skip`` rows."""
        reader = {"csv": self._csv, "jsonl": self._jsonl, "parquet": self._parquet}[self.format]
        skipped = 0
        for chunk in reader(chunk_size, columns):
            if skipped < skip:
                take = min(skip - skipped, len(chunk))
                skipped += take
                chunk = chunk.iloc[take:]
                if chunk.empty:
                    continue
            yield chunk

    def _csv(self, chunk_size: int, columns: Columns) -> Iterator[pd.DataFrame]:
        header = self.header
        text_at = header.index(columns.text)

        def bad_line(fields: list[str]) -> list[str]:
            # Keep the row (nothing lost): raw fields go into the text cell behind a marker.
            row = (fields + [""] * len(header))[: len(header)]
            row[text_at] = (
                _BAD_LINE + f"expected {len(header)} fields, saw {len(fields)}\x00" + ",".join(fields)
            )
            return row

        import csv

        csv.field_size_limit(2**31 - 1)  # the python engine's default 128 KiB cap would kill the run
        with open(self.path, "rb") as raw:
            self._counter = _CountingReader(raw)
            reader = pd.read_csv(
                self._counter,
                encoding=self.encoding,
                encoding_errors="replace",
                dtype=str,
                keep_default_na=False,
                na_filter=False,
                chunksize=chunk_size,
                engine="python",  # the only engine that keeps malformed lines (on_bad_lines callable)
                on_bad_lines=bad_line,
            )
            offset = 0
            for chunk in reader:
                chunk.index = pd.RangeIndex(offset, offset + len(chunk))
                offset += len(chunk)
                text = chunk[columns.text]
                bad = text.str.startswith(_BAD_LINE)
                if bad.any():
                    parts = text[bad].str.slice(len(_BAD_LINE)).str.split("\x00", n=1)
                    errors = pd.Series(None, index=chunk.index, dtype=object)
                    errors[bad] = "bad_csv_line: " + parts.str[0]
                    chunk.loc[bad, columns.text] = parts.str[1]
                    chunk[READ_ERROR] = errors
                yield chunk

    def _jsonl(self, chunk_size: int, columns: Columns) -> Iterator[pd.DataFrame]:
        with open(self.path, "rb") as raw:
            self._counter = _CountingReader(raw)
            records: list[dict] = []
            offset = 0
            for line in self._counter:
                if not line.strip():
                    continue  # blank lines are not records
                rec = _json_record(line)
                if not isinstance(rec, dict):
                    rec = {
                        columns.text: line.decode("utf-8", errors="replace").rstrip("\r\n"),
                        READ_ERROR: rec,
                    }
                records.append(rec)
                if len(records) >= chunk_size:
                    yield _records_frame(records, self.header, offset)
                    offset += len(records)
                    records = []
            if records:
                yield _records_frame(records, self.header, offset)

    def _parquet(self, chunk_size: int, columns: Columns) -> Iterator[pd.DataFrame]:
        import pyarrow.parquet as pq

        pf = pq.ParquetFile(self.path)
        offset = 0
        for batch in pf.iter_batches(batch_size=chunk_size):
            chunk = batch.to_pandas()
            chunk.index = pd.RangeIndex(offset, offset + len(chunk))
            offset += len(chunk)
            yield chunk


def _json_record(line: bytes) -> Any:
    """The JSON object on one line, or a string saying why there is none."""
    try:
        rec = json.loads(line.decode("utf-8-sig", errors="replace"))
    except ValueError as err:
        return f"bad_json: line is not valid JSON ({err.msg})"
    if not isinstance(rec, dict):
        return f"bad_json: line is a JSON {type(rec).__name__}, not an object"
    return rec


def _records_frame(records: list[dict], header: list[str], offset: int) -> pd.DataFrame:
    extra: dict[str, None] = {}
    for rec in records:
        for key in rec:
            if key not in extra:
                extra[key] = None
    cols = [*header, *(k for k in extra if k not in header and k != READ_ERROR)]
    if any(READ_ERROR in r for r in records):
        cols.append(READ_ERROR)
    data = {c: [r.get(c) for r in records] for c in cols}
    return pd.DataFrame(data, columns=cols, index=pd.RangeIndex(offset, offset + len(records)), dtype=object)


# ============================================================================================ writing


def escape_formulas(df: pd.DataFrame) -> pd.DataFrame:
    """Prefix ``'`` to text cells starting with = + - @ tab or CR, so Excel/WPS show them as text."""
    out = df.copy()
    for name in out.columns:
        s = out[name]
        if s.dtype == object:
            is_str = s.map(lambda v: isinstance(v, str)).astype(bool)
            risky = is_str & s.where(is_str, "").astype(str).str.match(_FORMULA_RE)
        elif pd.api.types.is_string_dtype(s.dtype):
            risky = s.str.match(_FORMULA_RE).fillna(False).astype(bool)
        else:
            continue
        if risky.any():
            s = s.astype(object)
            s[risky] = "'" + s[risky].astype(str)
            out[name] = s
    return out


def _jsonable(value: Any) -> Any:
    if _missing(value):
        return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        try:
            return value.item()
        except (ValueError, AttributeError):
            pass
    if isinstance(value, (pd.Timestamp,)):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return value


class Writer:
    """Appends scored chunks to OUTPUT and records progress in ``OUTPUT.progress`` after each one."""

    def __init__(self, path: Path, fmt: str, encoding: str, state: dict) -> None:
        self.path = path
        self.format = fmt
        self.encoding = encoding
        self.state = state
        self.parts_dir = path.with_name(path.name + ".parts")
        self._fh: Any = None
        if fmt == "parquet":
            self.parts_dir.mkdir(exist_ok=True)
            for part in self.parts_dir.glob("part-*.parquet"):
                if int(part.stem.split("-")[1]) >= state["parts"]:
                    part.unlink()  # written after the last recorded progress: redo
            for tmp in self.parts_dir.glob("*.tmp"):
                tmp.unlink()
        else:
            mode = "r+b" if state["output_bytes"] and path.exists() else "wb"
            self._fh = open(path, mode)
            self._fh.truncate(state["output_bytes"])  # drops a chunk cut short by the interruption
            self._fh.seek(state["output_bytes"])

    def write(self, df: pd.DataFrame) -> None:
        if self.format == "csv":
            header = self.state["output_bytes"] == 0
            data = escape_formulas(df).to_csv(
                index=False, header=header, lineterminator="\r\n"
            )  # RFC 4180; CR in cells gets quoted
            enc = self.encoding if header else _no_bom(self.encoding)
            self._fh.write(data.encode(enc, errors="replace"))
        elif self.format == "jsonl":
            if df.empty:
                return
            cols = list(df.columns)
            lines = []
            for row in df.itertuples(index=False, name=None):
                rec = {c: _jsonable(v) for c, v in zip(cols, row, strict=True)}
                lines.append(json.dumps(rec, ensure_ascii=False, default=str))
            self._fh.write(("\n".join(lines) + "\n").encode("utf-8"))
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq

            table = _arrow_table(df, pa)
            final = self.parts_dir / f"part-{self.state['parts']:06d}.parquet"
            tmp = final.with_suffix(".tmp")
            pq.write_table(table, tmp)
            os.replace(tmp, final)
            self.state["parts"] += 1
        if self._fh is not None:
            self._fh.flush()
            os.fsync(self._fh.fileno())
            self.state["output_bytes"] = self._fh.tell()

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    def finish(self) -> None:
        """Complete the output: Parquet parts are merged (streamed) into OUTPUT."""
        self.close()
        if self.format != "parquet":
            return
        import pyarrow as pa
        import pyarrow.parquet as pq

        parts = sorted(self.parts_dir.glob("part-*.parquet"))
        tmp = self.path.with_name(self.path.name + ".tmp")
        if parts:
            schema = pa.unify_schemas([pq.read_schema(p) for p in parts], promote_options="permissive")
            schema = pa.schema([f.with_type(pa.string()) if pa.types.is_null(f.type) else f for f in schema])
            with pq.ParquetWriter(tmp, schema) as writer:
                for part in parts:
                    writer.write_table(pq.read_table(part).cast(schema))
            os.replace(tmp, self.path)
        shutil.rmtree(self.parts_dir, ignore_errors=True)


def _no_bom(encoding: str) -> str:
    return "utf-8" if encoding.lower().replace("_", "-") == "utf-8-sig" else encoding


def _arrow_table(df: pd.DataFrame, pa: Any) -> Any:
    try:
        return pa.Table.from_pandas(df, preserve_index=False)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        fixed = df.copy()
        for name in fixed.columns:
            if fixed[name].dtype == object:  # mixed types (e.g. JSONL ids that are sometimes numbers)
                fixed[name] = [None if _missing(v) else str(v) for v in fixed[name]]
        return pa.Table.from_pandas(fixed, preserve_index=False)


# ============================================================================================ progress


def _progress_path(output: Path) -> Path:
    return output.with_name(output.name + ".progress")


def _fingerprint(source: Source, columns: Columns, mask_pii: bool, out_format: str) -> dict:
    st = source.path.stat()
    return {
        "input": str(source.path.resolve()),
        "input_size": st.st_size,
        "input_mtime_ns": st.st_mtime_ns,
        "format": source.format,
        "output_format": out_format,
        "columns": [columns.text, *columns.meta().values()],
        "mask_pii": mask_pii,
    }


def _save_state(path: Path, state: dict) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(state, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


# ============================================================================================ engines


def _local_results(
    chunks: Iterator[pd.DataFrame], spec: VerifierSpec, columns: Columns, mask_pii: bool, workers: int
) -> Iterator[pd.DataFrame]:
    if workers <= 1:
        verifier = get_verifier(spec)
        for chunk in chunks:
            yield score_frame(chunk, verifier, columns, mask_pii=mask_pii)
        return
    from joblib import Parallel, delayed

    parallel = Parallel(
        n_jobs=workers, backend="loky", return_as="generator", pre_dispatch="2*n_jobs", batch_size=1
    )
    yield from parallel(delayed(_score_task)(chunk, spec, columns, mask_pii) for chunk in chunks)


def _dask_results(
    chunks: Iterator[pd.DataFrame],
    spec: VerifierSpec,
    columns: Columns,
    mask_pii: bool,
    workers: int,
    scheduler: str | None,
) -> Iterator[pd.DataFrame]:
    """Each chunk becomes a dask DataFrame scored with ``map_partitions(score_frame, …)`` on the cluster;
    a few chunks are in flight at once and results come back in input order."""
    import dask
    import dask.dataframe as dd
    from distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
        )
        client = Client(cluster)
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or workers)
        window = 2 * n_workers
        pending: deque[Any] = deque()
        with dask.config.set({"dataframe.convert-string": False}):
            for chunk in chunks:
                meta = score_frame(chunk.iloc[:0], None, columns, mask_pii=mask_pii)
                ddf = dd.from_pandas(chunk, npartitions=max(1, min(n_workers, len(chunk) // 250)), sort=False)
                scored = ddf.map_partitions(score_frame, spec, columns, mask_pii=mask_pii, meta=meta)
                pending.append(client.compute(scored))
                while len(pending) >= window:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# ============================================================================================ driver


@dataclass
class Summary:
    rows_read: int = 0
    rows_written: int = 0
    resumed_at: int = 0
    labels: Counter = field(default_factory=Counter)
    errors: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    encoding: str | None = None
    steady_rows: int = 0  # rows written after each worker returned its first chunk (all loaded by then)
    steady_seconds: float = 0.0

    def text(self, output: Path) -> str:
        scored = self.rows_written - self.resumed_at
        rate = scored / self.seconds if self.seconds > 0 else 0.0
        lines = [
            f"verifier score: read {self.rows_read:,} rows"
            + (f" (resumed after {self.resumed_at:,})" if self.resumed_at else "")
            + f", wrote {self.rows_written:,} rows to {output} in {self.seconds:.1f} s ({rate:,.0f} rows/s"
            + (
                f"; {self.steady_rows / self.steady_seconds:,.0f} rows/s after start-up)"
                if self.steady_rows and self.steady_seconds > 0
                else ")"
            )
        ]
        if self.encoding:
            lines.append(f"  input encoding: {self.encoding}")
        total_err = sum(self.errors.values())
        detail = ", ".join(f"{k} {v:,}" for k, v in self.errors.most_common())
        lines.append(f"  errors: {total_err:,}" + (f" ({detail})" if detail else ""))
        order = [*LABELS, "error"]
        lines.append("  labels: " + ", ".join(f"{k} {self.labels.get(k, 0):,}" for k in order))
        return "\n".join(lines)


def score_file(
    input_path: str | Path,
    output_path: str | Path,
    *,
    columns: Mapping[str, str | None] | None = None,
    input_format: str | None = None,
    output_format: str | None = None,
    encoding: str | None = None,
    output_encoding: str = "utf-8-sig",
    chunk_size: int = DEFAULT_CHUNK,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    resume: bool = False,
    overwrite: bool = False,
    mask_pii: bool = False,
    spec: VerifierSpec = VerifierSpec(),
    progress: bool | None = None,
    on_chunk: Callable[[Summary], None] | None = None,
) -> Summary:
    """Score ``input_path`` into ``output_path``; see the module docstring. Returns the summary.

    Every check that can fail (input readable, columns present, output not clobbered, resume state
    consistent) happens before the verifier is loaded or any row is scored.
    """
    started = time.perf_counter()
    output = Path(output_path)
    source = Source(input_path, input_format, encoding)
    cols = Columns.resolve(source.header, **(columns or {}))
    out_format = detect_format(output, output_format)
    if output.resolve() == source.path.resolve():
        raise BatchError("the output would overwrite the input; choose another -o")
    progress_file = _progress_path(output)
    fingerprint = _fingerprint(source, cols, mask_pii, out_format)
    fresh = {"rows_done": 0, "output_bytes": 0, "parts": 0, "labels": {}, "errors": {}}
    parts_dir = output.with_name(output.name + ".parts")
    if resume:
        if progress_file.exists():
            state = json.loads(progress_file.read_text(encoding="utf-8"))
            if state.get("fingerprint") != fingerprint:
                raise BatchError(
                    f"{progress_file} belongs to another run (input file, format, columns or --mask-pii "
                    "differ); cannot resume. Start again with --overwrite."
                )
        elif output.exists():
            raise BatchError(
                f"{output} exists but has no {progress_file.name}: it is complete or not ours; "
                "use --overwrite to score again"
            )
        else:
            state = {**fresh, "fingerprint": fingerprint}
    else:
        if (output.exists() or progress_file.exists() or parts_dir.exists()) and not overwrite:
            raise BatchError(
                f"{output} already exists; use --resume to continue it or --overwrite to replace it"
            )
        state = {**fresh, "fingerprint": fingerprint}
        shutil.rmtree(parts_dir, ignore_errors=True)
        if output.exists():
            output.unlink()
    output.parent.mkdir(parents=True, exist_ok=True)

    summary = Summary(
        resumed_at=state["rows_done"], encoding=source.encoding if source.format == "csv" else None
    )
    summary.labels.update(state["labels"])
    summary.errors.update(state["errors"])
    summary.rows_read = summary.rows_written = state["rows_done"]
    _save_state(progress_file, state)

    show = sys.stderr.isatty() if progress is None else progress
    from tqdm import tqdm

    bar = tqdm(
        total=source.estimated_rows(0),
        initial=state["rows_done"],
        unit="rows",
        unit_scale=True,
        disable=not show,
        file=sys.stderr,
        dynamic_ncols=True,
        desc="scoring",
    )
    writer = Writer(output, out_format, output_encoding, state)

    def counted(chunks: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        for chunk in chunks:
            summary.rows_read += len(chunk)
            yield chunk

    chunks = counted(source.chunks(chunk_size, cols, skip=state["rows_done"]))
    if engine == "dask":
        results = _dask_results(chunks, spec, cols, mask_pii, max(1, workers), scheduler)
    else:
        results = _local_results(chunks, spec, cols, mask_pii, workers)
    first_at: float | None = None
    n_chunks = 0
    try:
        for scored in results:
            writer.write(scored)
            # Steady rate: from the moment every worker has returned its first chunk to the end.
            n_chunks += 1
            if n_chunks == max(1, workers):
                first_at = time.perf_counter()
            elif first_at is not None:
                summary.steady_rows += len(scored)
                summary.steady_seconds = time.perf_counter() - first_at
            labels = scored["label"].value_counts()
            reasons = scored["error"].dropna().str.split(":", n=1).str[0].value_counts()
            summary.labels.update({str(k): int(v) for k, v in labels.items()})
            summary.errors.update({str(k): int(v) for k, v in reasons.items()})
            summary.rows_written += len(scored)
            state.update(
                rows_done=summary.rows_written, labels=dict(summary.labels), errors=dict(summary.errors)
            )
            _save_state(progress_file, state)
            est = source.estimated_rows(summary.rows_written - summary.resumed_at)
            if est is not None and source.total_rows is None:
                bar.total = est + summary.resumed_at
            bar.update(len(scored))
            if on_chunk is not None:
                on_chunk(summary)
        if summary.rows_written == 0:  # a header without rows still gives a header-only output
            writer.write(score_frame(pd.DataFrame(columns=source.header), None, cols))
        writer.finish()
    finally:
        bar.close()
        writer.close()
    progress_file.unlink(missing_ok=True)
    summary.seconds = time.perf_counter() - started
    return summary


# ============================================================================================ CLI


@click.command("score")
@click.argument("input_path", metavar="INPUT", type=click.Path(dir_okay=False))
@click.option(
    "-o",
    "--output",
    "output_path",
    required=True,
    type=click.Path(dir_okay=False),
    help="Output file; its extension (.csv, .jsonl, .parquet) sets the format.",
)
@click.option(
    "--format",
    "input_format",
    type=click.Choice(["auto", *FORMATS]),
    default="auto",
    show_default=True,
    help="Input format (default: from the extension).",
)
@click.option(
    "--output-format",
    type=click.Choice(["auto", *FORMATS]),
    default="auto",
    show_default=True,
    help="Output format (default: from the extension).",
)
@click.option("--encoding", help="Input CSV encoding (default: detected; UTF-8, UTF-8-BOM, GBK/GB18030 …).")
@click.option(
    "--output-encoding",
    default="utf-8-sig",
    show_default=True,
    help="Output CSV encoding (the BOM makes Excel/WPS read UTF-8 correctly).",
)
@click.option("--text-col", default="text", show_default=True, help="Column holding the SMS text.")
@click.option("--sender-col", help="Column with the sender number [default: sender, if present].")
@click.option(
    "--recipient-col", help="Column with the recipient's name [default: recipient_name, if present]."
)
@click.option(
    "--has-account-col",
    help="Column saying whether the recipient has an account there "
    "(true/false/1/0/是/否) [default: has_account, if present].",
)
@click.option(
    "--received-at-col", help="Column with the ISO receive time [default: received_at, if present]."
)
@click.option(
    "--chunk-size",
    default=DEFAULT_CHUNK,
    show_default=True,
    type=click.IntRange(1),
    help="Rows per chunk (the unit of streaming, parallelism and resume).",
)
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(0),
    help="Worker processes (0 = all cores); each loads the verifier once.",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="local: this machine (joblib/loky for --workers > 1); dask: a Dask cluster.",
)
@click.option("--scheduler", help="Dask scheduler address (tcp://host:8786); default: a LocalCluster.")
@click.option("--resume", is_flag=True, help="Continue an interrupted run of the same command.")
@click.option("--overwrite", is_flag=True, help="Replace an existing OUTPUT.")
@click.option(
    "--mask-pii",
    is_flag=True,
    help="Mask phone numbers, card numbers and names in the copied text, sender and recipient columns.",
)
@click.option("--no-model", is_flag=True, help="Rules only, without the trained classifier.")
@click.option(
    "--model-dir",
    type=click.Path(file_okay=False),
    help="Another trained model (a folder with verifier.joblib and MANIFEST.json).",
)
@click.option(
    "--data-dir",
    type=click.Path(file_okay=False),
    help="Another folder with institutions.toml, rules.toml and advice.toml.",
)
@click.option("--progress/--no-progress", default=None, help="Progress bar [default: only on a terminal].")
@click.option(
    "--report",
    "report_path",
    type=click.Path(dir_okay=False),
    help="Also write a report (.html or .md) of the output; see `verifier report`.",
)
def score_command(
    input_path: str,
    output_path: str,
    input_format: str,
    output_format: str,
    encoding: str | None,
    output_encoding: str,
    text_col: str,
    sender_col: str | None,
    recipient_col: str | None,
    has_account_col: str | None,
    received_at_col: str | None,
    chunk_size: int,
    workers: int,
    engine: str,
    scheduler: str | None,
    resume: bool,
    overwrite: bool,
    mask_pii: bool,
    no_model: bool,
    model_dir: str | None,
    data_dir: str | None,
    progress: bool | None,
    report_path: str | None,
) -> None:
    """Score a CSV, JSONL or Parquet file of SMS: one output row per input row, in order.

    Output: the input columns plus label, p_genuine, p_spoofed, p_mistaken, p_scam, risk,
    institution, rules, action, error. Rows that cannot be judged get label=error. The summary goes
    to stderr.
    """
    if workers == 0:
        workers = os.cpu_count() or 1
    summary = score_file(
        input_path,
        output_path,
        columns={
            "text": text_col,
            "sender": sender_col,
            "recipient_name": recipient_col,
            "has_account": has_account_col,
            "received_at": received_at_col,
        },
        input_format=input_format,
        output_format=output_format,
        encoding=encoding,
        output_encoding=output_encoding,
        chunk_size=chunk_size,
        workers=workers,
        engine=engine,
        scheduler=scheduler,
        resume=resume,
        overwrite=overwrite,
        mask_pii=mask_pii,
        spec=VerifierSpec(
            use_model=not no_model,
            data_dir=str(Path(data_dir).resolve()) if data_dir else None,
            model_dir=str(Path(model_dir).resolve()) if model_dir else None,
        ),
        progress=progress,
    )
    click.echo(summary.text(Path(output_path)), err=True)
    if report_path:
        from verifier.report import write_report

        write_report(output_path, report_path)
        click.echo(f"report: {report_path}", err=True)
