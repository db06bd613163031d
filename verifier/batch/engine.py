"""Batch scoring: ``verifier score INPUT -o OUTPUT`` over CSV, JSONL and Parquet, streamed in chunks.

The scoring core is :func:`score_frame`, a pure function from one pandas DataFrame partition to the
same rows plus the verdict columns (:func:`~verifier.batch.scoring.prepare`, judge the rows,
:func:`~verifier.batch.scoring.assemble`). The local engine (one process; or ``--workers N`` fresh
processes that judge the prepared rows, :mod:`verifier.batch.pool`), the Dask engine
(``map_partitions(score_frame, …)``) and the Spark engine (``mapInPandas``, in :mod:`verifier.batch.spark`)
all run it on the chunks of the same reader and write them through the same writer, so their outputs are
identical.

Nothing is lost: every input row gives exactly one output row, in order. A row that cannot be judged
gets ``label=error`` and an ``error`` reason. Output is appended chunk by chunk with flush + fsync and a
small ``OUTPUT.progress`` sidecar, so ``--resume`` continues an interrupted run exactly where the last
complete chunk ended.

This module is the driver and the command; :mod:`verifier.batch.scoring` holds the per-partition scoring and
:mod:`verifier.batch.tabular` the readers and writers.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click
import pandas as pd

from verifier.batch.judging import VerifierSpec, get_verifier, judge_task
from verifier.batch.scoring import BatchError, Columns, assemble, prepare, score_frame
from verifier.batch.tabular import FORMATS, Source, Writer, detect_format
from verifier.types import OUTCOMES

DEFAULT_CHUNK = 2000

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
    from verifier.batch.pool import worker_pool

    executor = worker_pool(spec, workers)
    try:
        pending: deque[Any] = deque()
        for chunk in chunks:  # two chunks per worker in flight; results in input order
            prep = prepare(chunk, columns)
            names = prep.names_to_judge() if mask_pii else None
            pending.append((prep, executor.submit(judge_task, spec, prep.rows, names)))
            while len(pending) >= 2 * workers:
                yield _assembled(*pending.popleft(), mask_pii)
        while pending:
            yield _assembled(*pending.popleft(), mask_pii)
    finally:
        executor.shutdown(wait=False, cancel_futures=True)


def _assembled(prep: Any, judged: Future, mask_pii: bool) -> pd.DataFrame:
    return assemble(prep, judged.result(), mask_pii=mask_pii)


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
        order = [*OUTCOMES, "error"]
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
    master: str | None = None,
    resume: bool = False,
    overwrite: bool = False,
    mask_pii: bool = False,
    spec: VerifierSpec = VerifierSpec(),  # noqa: B008  (frozen, so one shared default is safe)
    progress: bool | None = None,
    on_chunk: Callable[[Summary], None] | None = None,
) -> Summary:
    """Score ``input_path`` into ``output_path``; see the module docstring. Returns the summary.

    Every check that can fail (input readable, columns present, output not clobbered, resume state
    consistent) happens before the verifier is loaded or any row is scored. With ``workers`` > 1 the
    workers are fresh processes (``spawn``), which import the calling script again as Python's
    multiprocessing does: a script keeps its own work under ``if __name__ == "__main__":``.
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
    elif engine == "spark":
        from verifier.batch.spark import spark_results

        results = spark_results(chunks, spec, cols, mask_pii, max(1, workers), master)
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
@click.argument("input_path", metavar="INPUT", type=click.Path())
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
    type=click.Choice(["local", "dask", "spark"]),
    default="local",
    show_default=True,
    help="local: this machine (fresh worker processes for --workers > 1); dask: a Dask cluster; spark: Spark "
    "(needs the [spark] extra and Java 17+).",
)
@click.option("--scheduler", help="Dask scheduler address (tcp://host:8786); default: a LocalCluster.")
@click.option("--master", help="Spark master (local[2], spark://host:7077); default: local[--workers].")
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
    type=click.Path(file_okay=False, exists=True),
    help="Another trained model (a folder with verifier.joblib, scorer.npz and MANIFEST.json). Scoring "
    "reads scorer.npz, which runs no code, but a folder without one is unpickled, which runs code from "
    "it: use only a folder you trust like code.",
)
@click.option(
    "--data-dir",
    type=click.Path(file_okay=False, exists=True),
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
    master: str | None,
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
    institution, rules, action, origin, about_debt, error. Rows that cannot be judged get label=error.
    The summary goes to stderr. INPUT may also be a folder of SMS screenshots: one row per image
    (image, bubble, bubbles, text read, sender read), reporting its riskiest message.
    """
    if Path(input_path).is_dir():  # screenshots: OCR first, see verifier.batch.images
        from verifier.batch.images import score_images

        spec = VerifierSpec(use_model=not no_model, data_dir=data_dir, model_dir=model_dir)
        n = score_images(input_path, output_path, output_format=output_format, spec=spec,
                         output_encoding=output_encoding, mask_pii=mask_pii, overwrite=overwrite)  # fmt: skip
        click.echo(f"{n} images scored → {output_path}", err=True)
        return
    if model_dir and not no_model:  # a wrong folder is an error now, not a silent rules-only run
        from verifier.model import ModelError, checked_artefact

        try:
            checked_artefact(model_dir)
        except ModelError as err:
            raise BatchError(str(err)) from None
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
        master=master,
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
        from verifier.batch.report import write_report

        # the output keeps the input's column names: the report reads the same text and sender columns
        header = Source(input_path, input_format, encoding).header
        used = Columns.resolve(header, text_col, sender=sender_col)
        write_report(output_path, report_path, text_col=used.text, sender_col=used.sender or "sender")
        click.echo(f"report: {report_path}", err=True)
