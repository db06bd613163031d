"""Scoring files of reported messages: the layer behind ``verifier score`` and ``verifier report``.

* :mod:`~verifier.batch.columns` — the verdict columns and their types (:data:`OUTPUT_SCHEMA`), used by
  the scorer, the Parquet writer and the Spark schema;
* :mod:`~verifier.batch.scoring` — one pandas partition → the same rows plus the verdict columns
  (:func:`score_frame`, the pure function that Dask and Spark call: :func:`prepare`, judge, :func:`assemble`);
* :mod:`~verifier.batch.judging` — judging plain rows (:func:`judge_rows`) and loading the verifier once per
  process: what a worker process runs, without pandas;
* :mod:`~verifier.batch.masking` — PII masking (``--mask-pii``);
* :mod:`~verifier.batch.tabular` — CSV / JSONL / Parquet readers and writers (encodings, bad rows, formula
  escaping, resumable output);
* :mod:`~verifier.batch.engine` — chunking, resume, worker processes (:mod:`~verifier.batch.pool`), Dask
  (:func:`score_file`, the CLI);
* :mod:`~verifier.batch.spark` — Spark (optional ``[spark]`` extra, imported only when used): ``score(df)``,
  ``spark_schema`` and ``--engine spark``;
* :mod:`~verifier.batch.report` — the HTML / Markdown report of a scored file.

The names below are the batch API in one place. They are imported on first use, so that a worker process,
which imports :mod:`verifier.batch.judging` through this package, does not import pandas.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

#: Each name of the batch API → the module that defines it.
_HOMES = {
    "OUTPUT_COLUMNS": "columns",
    "OUTPUT_SCHEMA": "columns",
    "Summary": "engine",
    "score_file": "engine",
    "BatchError": "scoring",
    "Columns": "scoring",
    "score_frame": "scoring",
    "VerifierSpec": "judging",
    "get_verifier": "judging",
    "judge_rows": "judging",
    "mask_text": "masking",
}

__all__ = [
    "OUTPUT_COLUMNS",
    "OUTPUT_SCHEMA",
    "BatchError",
    "Columns",
    "Summary",
    "VerifierSpec",
    "get_verifier",
    "judge_rows",
    "mask_text",
    "score_file",
    "score_frame",
]

if TYPE_CHECKING:
    from verifier.batch.columns import OUTPUT_COLUMNS, OUTPUT_SCHEMA
    from verifier.batch.engine import Summary, score_file
    from verifier.batch.judging import VerifierSpec, get_verifier, judge_rows
    from verifier.batch.masking import mask_text
    from verifier.batch.scoring import BatchError, Columns, score_frame


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module 'verifier.batch' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"verifier.batch.{_HOMES[name]}"), name)
    globals()[name] = value  # looked up once
    return value
