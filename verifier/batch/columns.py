"""The verdict columns a batch run appends to every input row: names, order and types, in one place.

:func:`~verifier.batch.scoring.score_frame` builds them, the Parquet writer types them, and the Spark
schema (:func:`verifier.batch.spark.spark_schema`) is made from them, so a new output column is added
here once and cannot be forgotten by one of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from verifier.types import LABELS


@dataclass(frozen=True)
class OutputColumn:
    """One verdict column: its name and kind (``str``, ``float``, ``int`` or ``bool``, all nullable)."""

    name: str
    kind: str

    @property
    def pandas_dtype(self) -> str:
        """The pandas dtype ``score_frame`` gives it (``object`` for text: None stays None)."""
        return {"str": "object", "float": "float64", "int": "Int64", "bool": "boolean"}[self.kind]

    @property
    def arrow_name(self) -> str:
        """The name of its pyarrow type factory (``pa.<name>()``), used for Parquet."""
        return {"str": "string", "float": "float64", "int": "int64", "bool": "bool_"}[self.kind]

    @property
    def spark_name(self) -> str:
        """The name of its ``pyspark.sql.types`` class."""
        return {"str": "StringType", "float": "DoubleType", "int": "LongType", "bool": "BooleanType"}[
            self.kind
        ]


#: Verdict columns appended to every input row, in this order.
OUTPUT_SCHEMA: tuple[OutputColumn, ...] = (
    OutputColumn("label", "str"),
    *(OutputColumn(f"p_{lab}", "float") for lab in LABELS),
    OutputColumn("risk", "int"),
    OutputColumn("institution", "str"),
    OutputColumn("rules", "str"),
    OutputColumn("action", "str"),
    OutputColumn("origin", "str"),
    OutputColumn("about_debt", "bool"),
    OutputColumn("error", "str"),
)
#: Their names, in order.
OUTPUT_COLUMNS: tuple[str, ...] = tuple(c.name for c in OUTPUT_SCHEMA)


def output_frame(values: dict[str, Sequence[Any]], index: pd.Index) -> pd.DataFrame:
    """The verdict columns as a typed DataFrame on ``index``; ``values`` must hold exactly every column."""
    if set(values) != set(OUTPUT_COLUMNS):
        missing = sorted(set(OUTPUT_COLUMNS) - set(values))
        extra = sorted(set(values) - set(OUTPUT_COLUMNS))
        raise ValueError(f"verdict columns do not match OUTPUT_SCHEMA: missing {missing}, unexpected {extra}")
    return pd.DataFrame(
        {c.name: pd.Series(values[c.name], index=index, dtype=c.pandas_dtype) for c in OUTPUT_SCHEMA},
        index=index,
    )


def arrow_type(name: str) -> Any:
    """The pyarrow type of output column ``name`` (for Parquet), or None for an input column."""
    import pyarrow as pa

    col = next((c for c in OUTPUT_SCHEMA if c.name == name), None)
    return getattr(pa, col.arrow_name)() if col else None
