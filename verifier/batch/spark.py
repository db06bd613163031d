"""Spark: :func:`score` for a Spark DataFrame (``mapInPandas(score_frame)``), and ``--engine spark``.

Both run :func:`~verifier.batch.scoring.score_frame` in Spark's Python workers, each loading the verifier
once. pyspark is optional (``pip install 'overdue-sms-verifier[spark]'``, plus Java 17 or later) and is
imported only here, only when called. Workers run ``PYSPARK_PYTHON``; :func:`session` points it at this
interpreter unless it is set, because the default ``python3`` may not have the verifier installed.

* :func:`score` — for data already in Spark: the input rows plus the verdict columns, typed by
  :func:`spark_schema` from :data:`~verifier.batch.columns.OUTPUT_SCHEMA`. Spark keeps the order of rows
  within a partition but promises no global order: carry an id column to join back.
* ``verifier score IN -o OUT --engine spark [--master URL]`` — the same reader feeds chunks to Spark and
  the same writer writes what comes back, in input order (each row carries its position), so the file
  is identical to the local engine's: bad rows, resume, formula escaping and masking included.
"""

from __future__ import annotations

import os
import pickle
import sys
import warnings
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from typing import Any

import pandas as pd

from verifier.batch.columns import OUTPUT_COLUMNS, OUTPUT_SCHEMA
from verifier.batch.judging import VerifierSpec
from verifier.batch.scoring import (
    CLASH_PREFIX,
    READ_ERROR,
    BatchError,
    Columns,
    is_missing,
    score_frame,
)

# Internal columns of the engine's Spark rows: the row's position in its chunk and its pickled cells.
_ROW = "__row__"
_CELLS = "__cells__"
_MASKED = "__masked__"


def session(master: str | None = None, conf: dict[str, str] | None = None) -> Any:
    """``SparkSession.builder.getOrCreate()`` whose Python workers run this interpreter.

    Sets ``PYSPARK_PYTHON`` to ``sys.executable`` unless it is set already (it must be set before the
    session starts). ``master`` (``local[2]``, ``spark://host:7077`` …) and ``conf`` apply when the
    session is new; an active session is returned as it is.
    """
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("overdue-sms-verifier")
    if master:
        builder = builder.master(master)
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


def spark_schema(input_schema: Any) -> Any:
    """The schema of :func:`score`'s result for an input of ``input_schema`` (a ``StructType``).

    The input fields, those named like a verdict column renamed ``input_<name>`` (as ``score_frame`` does),
    then the verdict columns of :data:`~verifier.batch.columns.OUTPUT_SCHEMA` with their Spark types.
    """
    from pyspark.sql import types as T

    fields = [
        T.StructField(CLASH_PREFIX + f.name if f.name in OUTPUT_COLUMNS else f.name, f.dataType, True)
        for f in input_schema.fields
        if f.name != READ_ERROR
    ]
    fields += [T.StructField(c.name, getattr(T, c.spark_name)(), True) for c in OUTPUT_SCHEMA]
    return T.StructType(fields)


def _score_batches(
    spec: VerifierSpec, columns: Columns, mask_pii: bool, batches: Iterable[pd.DataFrame]
) -> Iterator[pd.DataFrame]:
    for pdf in batches:
        yield score_frame(pdf, spec, columns, mask_pii=mask_pii)


def score(
    df: Any,
    columns: Columns | None = None,
    spec: VerifierSpec = VerifierSpec(),  # noqa: B008  (frozen, so one shared default is safe)
    *,
    mask_pii: bool = False,
) -> Any:
    """``df`` (a Spark DataFrame with a text column) plus the verdict columns, one row per input row.

    ``columns`` default to :meth:`Columns.resolve` on ``df.columns`` (``text``, and ``sender``,
    ``recipient_name`` … when present). Lazy, like any Spark transformation: nothing runs until the
    result is written or collected.
    """
    cols = columns or Columns.resolve(list(df.columns))
    return df.mapInPandas(partial(_score_batches, spec, cols, mask_pii), spark_schema(df.schema))


# ============================================================================================ engine


def _score_shipped(
    names: list[str], spec: VerifierSpec, columns: Columns, mask_pii: bool, batches: Iterable[pd.DataFrame]
) -> Iterator[pd.DataFrame]:
    """Worker side of the engine: unpickle the cells, ``score_frame``, return position, verdict and the
    masked cells."""
    for pdf in batches:
        cells = [pickle.loads(b) for b in pdf[_CELLS]]
        frame = pd.DataFrame({n: pd.Series([c[i] for c in cells], dtype=object) for i, n in enumerate(names)})
        scored = score_frame(frame, spec, columns, mask_pii=mask_pii)
        out = scored[list(OUTPUT_COLUMNS)].copy()
        out.insert(0, _ROW, pdf[_ROW].to_numpy())
        masked = _masked_columns(names, columns) if mask_pii else []
        rows = zip(*(scored[c].tolist() for c in masked), strict=True) if masked else [()] * len(out)
        out[_MASKED] = [pickle.dumps(r) for r in rows]
        yield out


def _renamed(name: str) -> str:
    return CLASH_PREFIX + name if name in OUTPUT_COLUMNS else name


def _masked_columns(names: list[str], columns: Columns) -> list[str]:
    """The (renamed) columns ``score_frame`` masks with ``mask_pii``: text, sender and recipient name."""
    keys = [columns.text, columns.sender, columns.recipient_name]
    return [_renamed(c) for c in keys if c is not None and c in names]


def _assemble(chunk: pd.DataFrame, got: pd.DataFrame, columns: Columns, mask_pii: bool) -> pd.DataFrame:
    """What ``score_frame(chunk)`` returns, from the chunk and the rows Spark gave back."""
    got = got.sort_values(_ROW)
    if got[_ROW].tolist() != list(range(len(chunk))):
        raise BatchError(f"Spark returned {len(got)} rows for a chunk of {len(chunk)} (rows would be lost)")
    out = chunk.drop(columns=[READ_ERROR], errors="ignore")
    out = out.rename(columns={c: _renamed(c) for c in out.columns if c in OUTPUT_COLUMNS})
    if mask_pii:
        masked = _masked_columns(list(chunk.columns), columns)
        values = [pickle.loads(b) for b in got[_MASKED]]
        for i, name in enumerate(masked):
            out[name] = [v[i] for v in values]
    for col in OUTPUT_SCHEMA:
        cells = got[col.name].tolist()
        if col.kind in ("str", "int", "bool"):  # Spark's nulls come back as None, NaN or NA
            cells = [None if is_missing(v) else v for v in cells]
        out[col.name] = pd.Series(cells, index=out.index, dtype=col.pandas_dtype)
    return out


def spark_results(
    chunks: Iterator[pd.DataFrame],
    spec: VerifierSpec,
    columns: Columns,
    mask_pii: bool,
    workers: int,
    master: str | None,
) -> Iterator[pd.DataFrame]:
    """Each chunk becomes a Spark DataFrame of (position, pickled cells) scored with ``mapInPandas`` on
    ``master`` (default ``local[workers]``); two chunks are in flight and results come back in order.

    The cells travel pickled so that every value reaches ``score_frame`` as the local engine gives it
    (a JSONL id that is sometimes a number, a Parquet timestamp), whatever Spark's types would make of it.
    Pickle only goes between this driver and its own workers, the trust Spark already asks for when it
    ships functions to them with cloudpickle.
    """
    try:
        from pyspark.sql import SparkSession
        from pyspark.sql import types as T
    except ImportError:
        raise BatchError(
            "--engine spark needs pyspark: pip install 'overdue-sms-verifier[spark]' (and Java 17+)"
        ) from None
    # pyspark 4 warns on every conversion under pandas 3; what the engine converts works (tests check it)
    warnings.filterwarnings("ignore", module=r"pyspark(\.|$)")
    ours = SparkSession.getActiveSession() is None
    conf = {
        "spark.ui.enabled": "false",
        "spark.ui.showConsoleProgress": "false",
        "spark.sql.execution.arrow.pyspark.enabled": "true",  # chunks to and from Spark as Arrow batches
    }
    try:
        spark = session(master or f"local[{workers}]", conf)
    except Exception as err:  # most often no Java: pyspark says so in its own words
        raise BatchError(
            f"could not start Spark ({type(err).__name__}: {err}); Spark needs Java 17 or later (java on "
            "PATH or JAVA_HOME)"
        ) from None
    if ours:
        spark.sparkContext.setLogLevel("ERROR")
    in_schema = T.StructType([T.StructField(_ROW, T.LongType()), T.StructField(_CELLS, T.BinaryType())])
    out_schema = T.StructType(
        [
            T.StructField(_ROW, T.LongType()),
            *spark_schema(T.StructType([])).fields,
            T.StructField(_MASKED, T.BinaryType()),
        ]
    )

    def run(chunk: pd.DataFrame) -> pd.DataFrame:
        if chunk.empty:
            return score_frame(chunk, spec, columns, mask_pii=mask_pii)
        names = [str(c) for c in chunk.columns]
        lists = [chunk[c].tolist() for c in chunk.columns]
        shipped = pd.DataFrame(
            {_ROW: range(len(chunk)), _CELLS: [pickle.dumps(r) for r in zip(*lists, strict=True)]}
        )
        sdf = spark.createDataFrame(shipped, in_schema)
        got = sdf.mapInPandas(partial(_score_shipped, names, spec, columns, mask_pii), out_schema).toPandas()
        return _assemble(chunk, got, columns, mask_pii)

    try:
        with ThreadPoolExecutor(max_workers=2) as pool:
            pending: deque[Any] = deque()
            for chunk in chunks:
                pending.append(pool.submit(run, chunk))
                while len(pending) >= 2:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
    finally:
        if ours:
            spark.stop()
