"""Scoring files of reported messages: the layer behind ``verifier score`` and ``verifier report``.

* :mod:`~verifier.batch.columns` — the verdict columns and their types (:data:`OUTPUT_SCHEMA`), used by
  the scorer, the Parquet writer and the Spark schema;
* :mod:`~verifier.batch.scoring` — one pandas partition → the same rows plus the verdict columns
  (:func:`score_frame`, the pure function that Dask and Spark call), and PII masking;
* :mod:`~verifier.batch.tabular` — CSV / JSONL / Parquet readers and writers (encodings, bad rows, formula
  escaping, resumable output);
* :mod:`~verifier.batch.engine` — chunking, resume, worker processes, Dask (:func:`score_file`, the CLI);
* :mod:`~verifier.batch.spark` — Spark (optional ``[spark]`` extra, imported only when used): ``score(df)``,
  ``spark_schema`` and ``--engine spark``;
* :mod:`~verifier.batch.report` — the HTML / Markdown report of a scored file.

The names below are the batch API in one place.
"""

from verifier.batch.columns import OUTPUT_COLUMNS, OUTPUT_SCHEMA
from verifier.batch.engine import Summary, score_file
from verifier.batch.scoring import (
    BatchError,
    Columns,
    VerifierSpec,
    get_verifier,
    mask_text,
    score_frame,
    score_task,
)

__all__ = [
    "OUTPUT_COLUMNS",
    "OUTPUT_SCHEMA",
    "BatchError",
    "Columns",
    "Summary",
    "VerifierSpec",
    "get_verifier",
    "mask_text",
    "score_file",
    "score_frame",
    "score_task",
]
