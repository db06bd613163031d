"""Batch scoring (`verifier score`): formats, encodings, bad rows, resume, escaping, masking, engines."""

from __future__ import annotations

import gc
import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from tests.helpers import CORPUS
from verifier.batch import (
    OUTPUT_COLUMNS,
    BatchError,
    Columns,
    VerifierSpec,
    judging,
    masking,
    score_file,
    score_frame,
)
from verifier.batch import engine as batch
from verifier.cli import main

ROOT = Path(__file__).resolve().parents[1]
GENUINE = "【微众银行】您的微粒贷借款已逾期3天，请登录微众银行App还款，详询95384。"
SPOOFED = (
    "【微众银行】您的微粒贷借款已逾期5天，欠款1200元，请立即登录 http://wb-pay.top/pay 处理，"
    "或致电专员17012345678。"
)
SCAM = "您的微粒贷已逾期，已启动立案程序，请于今日18点前将欠款转入以下账户：6222021234567890123 户名张三"
TEXTS = [GENUINE, SPOOFED, SCAM, "尊敬的王小明先生，您的招商银行信用卡已逾期，请联系13812345678处理。"]


def frame(n: int = 12) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "id": [f"m{i:04d}" for i in range(n)],
            "text": [TEXTS[i % len(TEXTS)] for i in range(n)],
            "sender": ["95384" if i % 4 == 0 else ("13900001111" if i % 4 == 1 else "") for i in range(n)],
        }
    )


def read_out(path: Path) -> pd.DataFrame:
    if path.suffix == ".csv":
        return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    if path.suffix == ".jsonl":
        return pd.read_json(path, lines=True, dtype=False)
    return pd.read_parquet(path)


def score(inp: Path, out: Path, **kw) -> batch.Summary:
    kw.setdefault("spec", VerifierSpec(use_model=False))
    return score_file(inp, out, **kw)


@pytest.fixture(scope="module")
def expected_labels() -> list[str]:
    df = frame()
    out = score_frame(df, VerifierSpec(use_model=False), Columns())
    return out["label"].tolist()


@pytest.mark.parametrize(
    ("name", "writer"),
    [
        ("in.csv", lambda df, p: df.to_csv(p, index=False)),
        ("in_bom.csv", lambda df, p: df.to_csv(p, index=False, encoding="utf-8-sig")),
        ("in_gbk.csv", lambda df, p: df.to_csv(p, index=False, encoding="gbk")),
        ("in.jsonl", lambda df, p: df.to_json(p, orient="records", lines=True, force_ascii=False)),
        ("in.parquet", lambda df, p: df.to_parquet(p)),
    ],
)
@pytest.mark.parametrize("out_ext", [".csv", ".jsonl", ".parquet"])
def test_every_format_and_encoding_gives_one_row_per_input_in_order(
    tmp_path, name, writer, out_ext, expected_labels
):
    df = frame()
    inp = tmp_path / name
    writer(df, inp)
    out = tmp_path / f"out{out_ext}"
    summary = score(inp, out, chunk_size=5)
    got = read_out(out)
    assert got["id"].tolist() == df["id"].tolist()
    assert list(got.columns) == ["id", "text", "sender", *OUTPUT_COLUMNS]
    assert got["text"].tolist() == df["text"].tolist()
    assert got["label"].tolist() == expected_labels
    assert summary.rows_read == summary.rows_written == len(df)
    assert not out.with_name(out.name + ".progress").exists()
    if name == "in_gbk.csv":
        assert summary.encoding == "gb18030"
    if name == "in_bom.csv":
        assert summary.encoding == "utf-8-sig"


def test_output_columns_and_values(tmp_path):
    inp = tmp_path / "in.csv"
    frame(4).to_csv(inp, index=False)
    out = tmp_path / "out.csv"
    score(inp, out)
    got = read_out(out).set_index("id")
    scam = got.loc["m0002"]
    assert scam["label"] == "scam" and scam["error"] == ""
    assert float(scam["p_scam"]) > 0.5
    assert abs(sum(float(scam[f"p_{k}"]) for k in ("genuine", "spoofed", "mistaken", "scam")) - 1) < 1e-3
    assert 0 <= int(scam["risk"]) <= 100 and scam["rules"] and scam["action"]
    assert len(scam["rules"].split(";")) <= judging.TOP_RULES
    assert got.loc["m0000", "institution"] == "webank"
    assert got["about_debt"].astype(str).tolist() == ["True"] * 4  # every row of frame() is a debt SMS


def test_bad_rows_get_label_error_and_never_stop_the_run(tmp_path):
    header = b"id,text,sender\n"
    rows = [
        b"ok1," + GENUINE.encode() + b",95384\n",
        b"empty,,95384\n",
        b'blank,"   ",\n',
        b"junk,\x00\x01\x02\xff\xfe\x80binary\x00,\n",
        b"huge," + ("逾" * 1_000_000).encode() + b",\n",
        b"fields,a,b,c,d\n",
        b"few," + SCAM.encode() + b"\n",  # one field short: not padded and scored, an error row
        b"ok2," + SCAM.encode() + b",\n",
    ]
    inp = tmp_path / "bad.csv"
    inp.write_bytes(header + b"".join(rows))
    out = tmp_path / "out.csv"
    summary = score(inp, out, chunk_size=3)
    got = read_out(out).set_index("id")
    assert got.index.tolist() == ["ok1", "empty", "blank", "junk", "huge", "fields", "few", "ok2"]
    assert got.loc["ok1", "label"] == "genuine" and got.loc["ok2", "label"] == "scam"
    reasons = {
        i: got.loc[i, "error"].split(":")[0] for i in ["empty", "blank", "junk", "huge", "fields", "few"]
    }
    assert reasons == {
        "empty": "empty",
        "blank": "empty",
        "junk": "undecodable",
        "huge": "too_long",
        "fields": "bad_csv_line",
        "few": "bad_csv_line",
    }
    assert (got.loc[list(reasons), "label"] == "error").all()
    assert got.loc["fields", "text"] == "fields,a,b,c,d"  # the raw line is kept
    assert summary.errors["empty"] == 2 and summary.labels["error"] == 6


def test_control_characters_and_bad_json_lines(tmp_path):
    inp = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": 1, "text": GENUINE}, ensure_ascii=False),
        json.dumps({"id": 2, "text": "逾期\x00\x07\x1b未还"}, ensure_ascii=False),
        '{"id": 3, "text": "broken',
        "[1, 2]",
        json.dumps({"id": 5, "text": 12345}),
        json.dumps({"id": 6}),
    ]
    inp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    score(inp, out)
    got = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(got) == 6
    assert [r["error"].split(":")[0] if r["error"] else None for r in got] == [
        None,
        "binary",
        "bad_json",
        "bad_json",
        "not_text",
        "empty",
    ]


def test_wrong_encoding_flags_rows_instead_of_crashing(tmp_path):
    inp = tmp_path / "gbk.csv"
    frame(4).to_csv(inp, index=False, encoding="gbk")
    out = tmp_path / "out.csv"
    summary = score(inp, out, encoding="utf-8")
    got = read_out(out)
    assert len(got) == 4 and (got["label"] == "error").all()
    assert got["error"].str.startswith("undecodable").all()
    assert summary.errors["undecodable"] == 4


def test_missing_column_is_a_clear_error_before_any_work(tmp_path, monkeypatch):
    inp = tmp_path / "in.csv"
    frame(3).rename(columns={"text": "message"}).to_csv(inp, index=False)
    out = tmp_path / "out.csv"

    def no_work(*_a, **_k):
        raise AssertionError("the verifier was loaded before the columns were checked")

    monkeypatch.setattr(batch, "get_verifier", no_work)
    with pytest.raises(BatchError, match=r"no text column 'text'.*message.*--text-col"):
        score(inp, out)
    with pytest.raises(BatchError, match="nope"):
        score(inp, out, columns={"text": "message", "sender": "nope"})
    assert not out.exists() and not out.with_name("out.csv.progress").exists()

    result = CliRunner().invoke(main, ["score", str(inp), "-o", str(out)])
    assert result.exit_code == 2 and "no text column" in result.output and not out.exists()


def test_a_verifier_crash_on_one_row_only_fails_that_row():
    from verifier import Verifier

    class Flaky:
        real = Verifier.load(use_model=False)

        def check_many(self, rows):
            if any("boom" in r["text"] for r in rows):
                raise RuntimeError("boom")
            return self.real.check_many(rows)

    df = pd.DataFrame({"text": [GENUINE, "boom 逾期", SCAM]})
    out = score_frame(df, Flaky(), Columns())
    assert out["label"].tolist() == ["genuine", "error", "scam"]
    assert out["error"][1].startswith("internal: the verifier failed on this row (RuntimeError: boom)")


def test_text_col_option_and_existing_output_is_not_clobbered(tmp_path):
    inp = tmp_path / "in.csv"
    frame(3).rename(columns={"text": "content"}).to_csv(inp, index=False)
    out = tmp_path / "out.csv"
    runner = CliRunner()
    ok = runner.invoke(main, ["score", str(inp), "-o", str(out), "--text-col", "content", "--no-model"])
    assert ok.exit_code == 0, ok.output
    assert "read 3 rows" in ok.output and "labels:" in ok.output and "errors: 0" in ok.output
    again = runner.invoke(main, ["score", str(inp), "-o", str(out), "--text-col", "content"])
    assert again.exit_code == 2 and "already exists" in again.output
    assert read_out(out)["label"].tolist()[:3] == ["genuine", "spoofed", "scam"]


def test_input_columns_named_like_output_columns_are_kept_with_a_prefix():
    df = frame(2).assign(label=["a", "b"], institution=["x", "y"])
    out = score_frame(df, VerifierSpec(use_model=False), Columns())
    assert out["input_label"].tolist() == ["a", "b"] and out["input_institution"].tolist() == ["x", "y"]
    assert out["label"].tolist() == ["genuine", "spoofed"]
    assert out.index.equals(df.index)


def test_metadata_columns_change_the_verdict():
    same = "【微众银行】您的微粒贷借款已逾期3天，请登录微众银行App还款，详询95384。"
    df = pd.DataFrame({"text": [same, same], "sender": ["95384", "13800001111"]})
    out = score_frame(df, VerifierSpec(use_model=False), Columns())
    assert out["label"].tolist() == ["genuine", "spoofed"]


def test_batch_says_when_origin_is_unconfirmed_or_the_text_is_off_topic():
    df = pd.DataFrame(
        {
            "text": [GENUINE, GENUINE, SCAM, "您的快递已到菜鸟驿站，请凭取件码3-2-1001领取。"],
            "sender": ["95384", "", "95384", ""],
        }
    )
    out = score_frame(df, VerifierSpec(use_model=False), Columns())
    assert out["label"].tolist() == ["genuine", "genuine", "scam", "unrelated"]  # 95384 in the text
    assert out["origin"].tolist() == ["official", "official", "unofficial", "unconfirmed"]
    df["text"] = df["text"].str.replace(
        "请登录微众银行App还款，详询95384。", "请尽快还款。"
    )  # nothing verifiable
    out = score_frame(df, VerifierSpec(use_model=False), Columns())
    assert out["label"].tolist()[:2] == ["genuine", "unverified"]
    assert out.loc[1, "action"] == "origin_unconfirmed"


def test_formula_cells_are_escaped_in_csv_only(tmp_path):
    df = pd.DataFrame(
        {
            "id": ["=1+1", "+2", "-3", "@SUM(A1)", "\tx", "\rx", "ok"],
            "text": ['=HYPERLINK("http://x.cn","点")您的借款已逾期', *([GENUINE] * 6)],
        }
    )
    inp = tmp_path / "in.parquet"
    df.to_parquet(inp)
    out = tmp_path / "out.csv"
    score(inp, out)
    got = read_out(out)
    assert got["id"].tolist() == ["'=1+1", "'+2", "'-3", "'@SUM(A1)", "'\tx", "'\rx", "ok"]
    assert got["text"][0].startswith("'=HYPERLINK")
    out_jsonl = tmp_path / "out.jsonl"
    score(inp, out_jsonl)
    assert read_out(out_jsonl)["id"].tolist() == df["id"].tolist()  # JSON is not a spreadsheet


def test_mask_pii_masks_phones_cards_and_names_but_scores_the_original(tmp_path):
    df = pd.DataFrame(
        {
            "id": [1, 2, 3],
            "text": [SCAM, "尊敬的王小明先生，您的借款已逾期，请联系13812345678，官方热线95384。", ""],
            "sender": ["13900001111", "95384", "13712345678"],
            "recipient_name": ["王小明", "李四", ""],
        }
    )
    inp = tmp_path / "in.csv"
    df.to_csv(inp, index=False)
    out = tmp_path / "out.csv"
    score(inp, out, mask_pii=True)
    got = read_out(out)
    t0, t1 = got["text"][0], got["text"][1]
    assert "6222021234567890123" not in t0 and "0123" in t0 and "户名张*" in t0
    assert "13812345678" not in t1 and "138****5678" in t1 and "95384" in t1 and "王**" in t1
    assert got["sender"].tolist() == ["139****1111", "95384", "137****5678"]
    assert got["recipient_name"].tolist() == ["王**", "李*", ""]
    assert got["label"][0] == "scam"  # judged on the unmasked text


def test_mask_text_without_entities_masks_long_digit_runs():
    assert masking.mask_text("卡号6222 0212 3456 7890 123", None) == "卡号**** **** **** ***0 123"
    masked = masking.mask_text("转账到6222021234567890123", None)
    assert masked == "转账到***************0123"


def test_empty_input_gives_header_only_output(tmp_path):
    inp = tmp_path / "in.csv"
    inp.write_text("id,text\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    summary = score(inp, out)
    assert summary.rows_written == 0
    assert read_out(out).columns.tolist() == ["id", "text", *OUTPUT_COLUMNS]


def _env() -> dict:
    return {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}


@pytest.mark.parametrize("ext", [".csv", ".parquet"])
def test_resume_after_a_killed_run_has_every_row_exactly_once_in_order(tmp_path, ext):
    n = 3000
    df = pd.DataFrame({"id": range(n), "text": [f"{TEXTS[i % 4]}（编号{i}）" for i in range(n)]})
    inp = tmp_path / "in.csv"
    df.to_csv(inp, index=False)
    out = tmp_path / f"out{ext}"
    progress = tmp_path / f"out{ext}.progress"
    cmd = [
        sys.executable,
        "-m",
        "verifier",
        "score",
        str(inp),
        "-o",
        str(out),
        "--no-model",
        "--chunk-size",
        "40",
    ]
    proc = subprocess.Popen(cmd, cwd=ROOT, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    done = 0
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            done = json.loads(progress.read_text())["rows_done"]
        except (OSError, ValueError, KeyError):
            done = 0
        if done >= 200:
            break
        time.sleep(0.005)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 200 <= json.loads(progress.read_text())["rows_done"] < n

    refused = subprocess.run(cmd, cwd=ROOT, env=_env(), capture_output=True, text=True)
    assert refused.returncode == 2 and "--resume" in refused.stderr

    resumed = subprocess.run([*cmd, "--resume"], cwd=ROOT, env=_env(), capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    assert "resumed after" in resumed.stderr and f"wrote {n:,} rows" in resumed.stderr
    got = read_out(out)
    assert [int(i) for i in got["id"]] == list(range(n))
    assert not progress.exists()

    clean = tmp_path / f"clean{ext}"
    score(inp, clean, chunk_size=40)
    if ext == ".csv":
        assert out.read_bytes() == clean.read_bytes()
    else:
        pd.testing.assert_frame_equal(read_out(out), read_out(clean))


def test_resume_refuses_a_different_input(tmp_path):
    inp = tmp_path / "in.csv"
    frame(6).to_csv(inp, index=False)
    out = tmp_path / "out.csv"
    progress = out.with_name("out.csv.progress")
    progress.write_text(json.dumps({"fingerprint": {"input": "elsewhere"}, "rows_done": 3}), encoding="utf-8")
    with pytest.raises(BatchError, match="another run"):
        score(inp, out, resume=True)


def test_local_workers_and_dask_engine_match_the_single_process_output(tmp_path):
    from distributed import LocalCluster

    inp = tmp_path / "in.csv"
    frame(60).to_csv(inp, index=False)
    single = tmp_path / "single.csv"
    score(inp, single, chunk_size=7)
    in_workers = tmp_path / "workers.csv"
    score(inp, in_workers, chunk_size=7, workers=2)
    assert in_workers.read_bytes() == single.read_bytes()
    # masked texts come from the workers (masked with the entities of their verdicts)
    masked, masked_in_workers = tmp_path / "masked.csv", tmp_path / "masked_workers.csv"
    score(inp, masked, chunk_size=7, mask_pii=True)
    score(inp, masked_in_workers, chunk_size=7, workers=2, mask_pii=True)
    assert masked_in_workers.read_bytes() == masked.read_bytes()
    assert "17012345678" not in masked.read_text(encoding="utf-8")
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        dask_out = tmp_path / "dask.csv"
        score(inp, dask_out, chunk_size=7, engine="dask", scheduler=cluster.scheduler_address)
    assert dask_out.read_bytes() == single.read_bytes()


def test_workers_are_fresh_processes_that_judge_without_pandas_scikit_learn_or_scipy():
    from verifier.batch.pool import worker_pool

    pool = worker_pool(VerifierSpec(), 1)
    try:
        judged = pool.submit(judging.judge_task, VerifierSpec(), [{"text": SCAM}, {"text": GENUINE}]).result()
        # eval is a builtin, so it pickles by name: the worker says which of these it has imported
        heavy = "[m for m in ('pandas', 'sklearn', 'scipy') if m in __import__('sys').modules]"
        assert pool.submit(eval, heavy).result() == []
    finally:
        pool.shutdown()
    assert [j.label for j in judged] == ["scam", "genuine"]
    assert judged[0].rules and judged[0].error is None and len(judged[0].probs) == 4


def test_a_worker_that_cannot_load_the_verifier_says_why(tmp_path):
    inp = tmp_path / "in.csv"
    frame(4).to_csv(inp, index=False)
    with pytest.raises(Exception, match="nowhere") as caught:
        score(
            inp,
            tmp_path / "out.csv",
            workers=2,
            spec=VerifierSpec(use_model=False, data_dir=str(tmp_path / "nowhere")),
        )
    assert "BrokenProcessPool" not in type(caught.value).__name__


def test_score_frame_is_a_dask_map_partitions_function():
    import dask
    import dask.dataframe as dd

    df = frame(20)
    expected = score_frame(df, VerifierSpec(use_model=False), Columns())
    meta = score_frame(df.iloc[:0], None, Columns())
    with dask.config.set({"scheduler": "synchronous", "dataframe.convert-string": False}):
        ddf = dd.from_pandas(df, npartitions=4, sort=False)
        got = ddf.map_partitions(score_frame, VerifierSpec(use_model=False), Columns(), meta=meta).compute()
    pd.testing.assert_frame_equal(got, expected)


def _children(pid: int) -> set[int]:
    """Processes whose parent is ``pid`` (Linux /proc)."""
    kids = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            kids.add(int(stat.parent.name))
    return kids


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc to find the workers")
def test_workers_exit_when_the_scoring_process_is_killed(tmp_path):
    df = pd.DataFrame({"id": range(4000), "text": [f"{TEXTS[i % 4]}（编号{i}）" for i in range(4000)]})
    inp = tmp_path / "in.csv"
    df.to_csv(inp, index=False)
    out = tmp_path / "out.csv"
    cmd = [
        sys.executable,
        "-m",
        "verifier",
        "score",
        str(inp),
        "-o",
        str(out),
        "--no-model",
        "--workers",
        "2",
    ]
    cmd += ["--chunk-size", "20"]
    proc = subprocess.Popen(cmd, cwd=ROOT, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    progress = tmp_path / "out.csv.progress"
    deadline = time.monotonic() + 90
    workers: set[int] = set()
    while time.monotonic() < deadline and proc.poll() is None:
        workers |= _children(proc.pid)
        if progress.exists() and len(workers) >= 2:
            break
        time.sleep(0.05)
    assert proc.poll() is None and workers, "the run ended before it could be interrupted"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and any(Path(f"/proc/{w}").exists() for w in workers):
        time.sleep(0.2)
    alive = [w for w in workers if Path(f"/proc/{w}").exists()]
    for w in alive:  # leave no orphan behind even when the assertion fails
        os.kill(w, signal.SIGKILL)
    assert alive == [], f"{len(alive)} of {len(workers)} child processes outlived the killed scorer"


def test_csv_output_escapes_formulas_in_headers_and_after_spaces(tmp_path):
    df = pd.DataFrame(
        {"text": [GENUINE] * 4, '=HYPERLINK("http://x")': [" =1+1", "\n=cmd", "＝SUM(A1)", "ok"]}
    )
    inp = tmp_path / "in.jsonl"
    df.to_json(inp, orient="records", lines=True, force_ascii=False)
    out = tmp_path / "out.csv"
    score(inp, out)
    got = read_out(out)
    col = '\'=HYPERLINK("http://x")'
    assert col in got.columns
    assert got[col].tolist() == ["' =1+1", "'\n=cmd", "'＝SUM(A1)", "ok"]


def test_mask_pii_masks_the_recipient_name_wherever_it_appears_and_bad_rows_too(tmp_path):
    header = b"id,text,sender,recipient_name,received_at\n"
    rows = [
        "ok,王芳您好，王芳女士名下的借款已逾期，请联系13812345678,13812345678,王芳,2026-01-01\n",
        "badtime,尊敬的客户您的借款已逾期,,李四,13700001111\n",
        "broken,赵六,13912345678,赵六\n",  # one field short: kept as raw text, masked too
    ]
    inp = tmp_path / "in.csv"
    inp.write_bytes(header + "".join(rows).encode())
    out = tmp_path / "out.csv"
    score(inp, out, mask_pii=True)
    got = read_out(out).set_index("id")
    assert "王芳" not in got.loc["ok", "text"] and "13812345678" not in got.loc["ok", "text"]
    assert got.loc["ok", "recipient_name"] == "王*"
    assert "13700001111" not in got.loc["badtime", "error"]
    assert got.loc["broken", "error"].startswith("bad_csv_line")
    assert "赵六" not in got.loc["broken", "text"] and "13912345678" not in got.loc["broken", "text"]


def test_parquet_output_keeps_risk_an_integer_beside_bad_rows(tmp_path):
    # an empty row has no risk: pandas must read the column back as nullable Int64, not float64
    inp = tmp_path / "in.parquet"
    texts = ["您的微粒贷已逾期，请把钱打到这个卡上：6222021234567890123，王经理", None]
    pd.DataFrame({"text": texts}).to_parquet(inp)
    out = tmp_path / "out.parquet"
    score(inp, out, chunk_size=1)
    got = pd.read_parquet(out)
    assert str(got["risk"].dtype) == "Int64"
    assert got["risk"].tolist()[0] >= 50 and got["risk"].isna().tolist() == [False, True]


def test_scoring_leaves_no_reference_cycles_so_the_batch_collector_can_run_rarely():
    # The batch scorer collects the youngest generation every BATCH_GC_THRESHOLD allocations instead of 700;
    # that keeps memory flat only while scoring leaves no cycles for the collector to find.
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for i, line in enumerate(fh) if i % 97 == 0][:400]
    df = pd.DataFrame(rows)[["text", "sender", "recipient_name", "has_account", "received_at"]]
    spec = VerifierSpec()
    judging.get_verifier(spec)
    assert gc.get_threshold()[0] == judging.BATCH_GC_THRESHOLD
    gc.collect()
    gc.disable()
    try:
        out = score_frame(df, spec, Columns())
        assert (out["label"] != "error").all()
        del out
        assert gc.collect() == 0
    finally:
        gc.enable()
