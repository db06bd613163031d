"""Reading and writing batch files: CSV (UTF-8, UTF-8-BOM, GBK/GB18030), JSONL and Parquet, in chunks.

Cells that a spreadsheet would run as a formula are escaped on the way out (OWASP CSV injection).
"""

from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd

from verifier.batch.columns import arrow_type
from verifier.batch.scoring import READ_ERROR, BatchError, Columns, is_missing

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
# A cell a spreadsheet may run as a formula: one starting with = + - @ (or their full-width forms, which
# WPS and Excel fold), possibly after spaces or line breaks, or with a tab, CR or LF.
_FORMULA_RE = r"^(?:[\s\u3000]*[=+\-@＝＋－＠]|[\t\r\n])"
_FORMULA = re.compile(_FORMULA_RE)

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
        """Rows of a CSV, in order. A line with more or fewer fields than the header is kept (nothing is
        lost) as an error row: its raw fields, comma-joined, go into the text cell. Blank lines are no rows.
        """
        import csv
        import io

        header = self.header
        csv.field_size_limit(2**31 - 1)  # a huge cell is the verifier's "too_long", not a crash here
        with open(self.path, "rb") as raw:
            self._counter = _CountingReader(raw)
            stream = io.TextIOWrapper(self._counter, encoding=self.encoding, errors="replace", newline="")
            lines = csv.reader(stream)
            next(lines, None)  # the header (read already)
            rows: list[list[str]] = []
            errors: list[str | None] = []
            offset = 0
            for fields in lines:
                if not fields:
                    continue
                if len(fields) == len(header):
                    rows.append(fields)
                    errors.append(None)
                else:
                    row = (fields + [""] * len(header))[: len(header)]  # the leading fields (an id) stay
                    row[header.index(columns.text)] = ",".join(fields)
                    rows.append(row)
                    errors.append(f"bad_csv_line: expected {len(header)} fields, saw {len(fields)}")
                if len(rows) >= chunk_size:
                    yield _csv_frame(rows, errors, header, offset)
                    offset += len(rows)
                    rows, errors = [], []
            if rows:
                yield _csv_frame(rows, errors, header, offset)

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


def _csv_frame(
    rows: list[list[str]], errors: list[str | None], header: list[str], offset: int
) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=header, dtype=object)
    frame.index = pd.RangeIndex(offset, offset + len(rows))
    if any(e is not None for e in errors):
        frame[READ_ERROR] = pd.Series(errors, index=frame.index, dtype=object)
    return frame


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
    """Prefix ``'`` to text cells (and column names) that a spreadsheet could run as a formula: starting
    with = + - @ or their full-width forms, possibly after spaces or line breaks, or with tab, CR or LF."""
    out = df.copy()
    out.columns = [_escape_cell(c) if isinstance(c, str) else c for c in out.columns]
    match = _FORMULA.match
    for name in out.columns:
        s = out[name]
        if s.dtype == object or pd.api.types.is_string_dtype(s.dtype):
            # One pass in Python over the cells: pandas' .map and .str.match cost several times more here.
            risky = pd.Series(
                [isinstance(v, str) and match(v) is not None for v in s.tolist()], index=s.index, dtype=bool
            )
        else:
            continue
        if risky.any():
            s = s.astype(object)
            s[risky] = "'" + s[risky].astype(str)
            out[name] = s
    return out


def _escape_cell(value: str) -> str:
    return "'" + value if re.match(_FORMULA_RE, value) else value


def _jsonable(value: Any) -> Any:
    if is_missing(value):
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
            # keep the pandas metadata, so pandas reads `risk` back as Int64 (not float64) beside bad rows
            # verdict columns get their declared type (a part of error rows alone has no types to infer)
            schema = pa.schema([_final_field(f, pa) for f in schema], metadata=schema.metadata)
            with pq.ParquetWriter(tmp, schema) as writer:
                for part in parts:
                    writer.write_table(pq.read_table(part).cast(schema))
            os.replace(tmp, self.path)
        shutil.rmtree(self.parts_dir, ignore_errors=True)


def _final_field(field: Any, pa: Any) -> Any:
    """A merged Parquet field with its final type: the declared one for verdict columns, text for an
    input column that was empty in every part."""
    declared = arrow_type(field.name)
    if declared is not None:
        return field.with_type(declared)
    return field.with_type(pa.string()) if pa.types.is_null(field.type) else field


def _no_bom(encoding: str) -> str:
    return "utf-8" if encoding.lower().replace("_", "-") == "utf-8-sig" else encoding


def _arrow_table(df: pd.DataFrame, pa: Any) -> Any:
    try:
        return pa.Table.from_pandas(df, preserve_index=False)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        fixed = df.copy()
        for name in fixed.columns:
            if fixed[name].dtype == object:  # mixed types (e.g. JSONL ids that are sometimes numbers)
                fixed[name] = [None if is_missing(v) else str(v) for v in fixed[name]]
        return pa.Table.from_pandas(fixed, preserve_index=False)
