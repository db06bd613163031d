"""The verdict columns are declared once (verifier/batch/columns.py) and every consumer follows them."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from verifier.batch import OUTPUT_COLUMNS, OUTPUT_SCHEMA, Columns, VerifierSpec, score_file, score_frame
from verifier.batch.columns import arrow_type, output_frame

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
GENUINE = "【微众银行】您的微粒贷借款已逾期3天，请登录微众银行App还款，详询95384。"
SCAM = "您的微粒贷已逾期，已启动立案程序，请于今日18点前将欠款转入以下账户：6222021234567890123 户名张三"


def test_a_verdict_column_left_out_is_an_error_not_a_missing_column():
    values = {c: [None] for c in OUTPUT_COLUMNS if c != "about_debt"}
    with pytest.raises(ValueError, match="missing \\['about_debt'\\]"):
        output_frame(values, pd.RangeIndex(1))
    with pytest.raises(ValueError, match="unexpected \\['verdict_v2'\\]"):
        output_frame({**values, "about_debt": [None], "verdict_v2": [None]}, pd.RangeIndex(1))


def test_score_frame_gives_the_declared_columns_and_dtypes():
    df = pd.DataFrame({"id": ["a", "b", "c"], "text": [GENUINE, None, SCAM], "sender": ["95384", "", ""]})
    out = score_frame(df, VerifierSpec(use_model=False), Columns())
    assert list(out.columns) == ["id", "text", "sender", *OUTPUT_COLUMNS]
    assert {c.name: str(out[c.name].dtype) for c in OUTPUT_SCHEMA} == {
        c.name: c.pandas_dtype for c in OUTPUT_SCHEMA
    }
    assert out["label"].tolist() == ["genuine", "error", "scam"]


def test_parquet_output_has_the_declared_types_even_for_a_file_of_bad_rows(tmp_path):
    inp = tmp_path / "in.csv"
    inp.write_text("id,text\n1,\n2,\x01\x02\n", encoding="utf-8")  # nothing to judge: no verdict at all
    score_file(inp, tmp_path / "out.parquet", spec=VerifierSpec(use_model=False))
    schema = pq.read_schema(tmp_path / "out.parquet")
    assert {c.name: schema.field(c.name).type for c in OUTPUT_SCHEMA} == {
        c.name: arrow_type(c.name) for c in OUTPUT_SCHEMA
    }


def test_readme_and_command_help_list_every_output_column():
    table = README[README.index("**Output.** Every input column") :]
    table = table[: table.index("\n\n", table.index("| column |"))]
    documented = set(re.findall(r"^\| `([a-z_]+)`", table, re.M)) | set(re.findall(r"`(p_[a-z]+)`", table))
    assert documented == set(OUTPUT_COLUMNS)
    from verifier.batch.engine import score_command

    assert ", ".join(OUTPUT_COLUMNS) in " ".join(score_command.help.split())


def test_pyspark_is_imported_only_when_spark_is_used():
    code = (
        "import sys, verifier.cli, verifier.batch, verifier.batch.spark; "
        "from verifier.batch.engine import score_command; "
        "print('pyspark' in sys.modules)"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "False"


def test_engine_spark_without_java_says_what_is_missing(tmp_path, monkeypatch):
    pytest.importorskip("pyspark")
    from click.testing import CliRunner

    from verifier.batch import spark
    from verifier.cli import main

    def no_java(*args, **kwargs):
        raise RuntimeError("[JAVA_GATEWAY_EXITED] Java gateway process exited before sending its port")

    monkeypatch.setattr(spark, "session", no_java)
    inp = tmp_path / "in.csv"
    inp.write_text(f"id,text\n1,{GENUINE}\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(main, ["score", str(inp), "-o", str(out), "--engine", "spark"])
    assert result.exit_code == 2
    assert "could not start Spark" in result.output and "Java 17" in result.output
