"""Judging rows of a batch: what a scoring worker process runs, without pandas.

A worker of ``verifier score --workers N`` is a fresh interpreter (:mod:`verifier.batch.pool`) that imports
this module and the verifier, not pandas, scikit-learn or scipy: it gets plain rows (text and metadata as
Python values, made by :func:`verifier.batch.scoring.prepare`), judges them with :func:`judge_rows` and
sends back one :class:`Judged` per row, which :func:`verifier.batch.scoring.assemble` puts into the frame.
"""

from __future__ import annotations

import gc
import os
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from verifier.batch.masking import mask_text
from verifier.types import LABELS

#: How many evidence rule ids go into the ``rules`` column.
TOP_RULES = 3


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

        verifier = Verifier.load(spec.data_dir, spec.model_dir, use_model=spec.use_model)
        verifier.check_many([{"text": "您的借款已逾期，请登录App还款。"}])  # load jieba and OpenCC now
        _tune_collector()
        _VERIFIERS[spec] = verifier
    return _VERIFIERS[spec]


#: Allocations between two collections of the youngest generation while scoring (Python's default: 700).
BATCH_GC_THRESHOLD = 50_000


def _tune_collector() -> None:
    """Move what is loaded so far (jieba's dictionary, the model: millions of objects) out of the garbage
    collector's sight, and collect the youngest generation less often.

    Scoring allocates many short-lived objects, so full collections run often, and each one would walk
    the whole dictionary again: about a tenth of batch time. The young collections that remain still
    cost time (``python bench/gc_threshold.py`` prints how much) and find nothing: scoring leaves no
    reference cycles (tested), so collecting every 50,000 allocations instead of every 700 keeps memory as
    flat. Only the batch scorer (``verifier score``, :func:`verifier.batch.score_file` and its workers)
    does this; ``Verifier.check`` never touches the collector of an application that imports it.
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(BATCH_GC_THRESHOLD, *gc.get_threshold()[1:])


class Judged(NamedTuple):
    """The verdict columns of one row (``error`` set and the rest None for a row the verifier failed on),
    and its text masked with the verdict's entities when masking was asked for."""

    label: str | None = None
    probs: tuple[float, ...] = ()  # in the order of verifier.types.LABELS
    risk: int | None = None
    institution: str | None = None
    rules: str | None = None
    action: str | None = None
    about_debt: bool | None = None
    origin: str | None = None
    error: str | None = None
    masked_text: str | None = None


def judge_rows(
    verifier: Any, rows: list[dict[str, Any]], names: Sequence[tuple[str, ...]] | None = None
) -> list[Judged]:
    """One :class:`Judged` per row (``{"text": …, "sender": …, …}``, as ``Verifier.check_many`` takes
    them). With ``names`` (the recipient names of each row) the texts are masked too."""
    judged: list[Judged] = []
    for i, res in enumerate(_check_many_safely(verifier, rows)):
        if isinstance(res, Exception):
            judged.append(Judged(error=f"{getattr(res, 'reason', 'error')}: {res}"))
            continue
        judged.append(
            Judged(
                label=res.label,
                probs=tuple(round(float(res.scores.get(lab, 0.0)), 6) for lab in LABELS),
                risk=int(res.risk),
                institution=res.institution,
                rules=_top_rules(res),
                action=res.actions[0].code if res.actions else None,
                about_debt=res.about_debt,
                origin=res.origin,
                masked_text=None if names is None else mask_text(rows[i]["text"], res.entities, names[i]),
            )
        )
    return judged


def judge_task(
    spec: VerifierSpec, rows: list[dict[str, Any]], names: Sequence[tuple[str, ...]] | None = None
) -> list[Judged]:
    """What a worker process runs for one chunk (module-level so it pickles)."""
    return judge_rows(get_verifier(spec), rows, names)


def start_worker(parent: int, spec: VerifierSpec) -> None:
    """A worker process's initializer: exit with the parent, and load the verifier before the first chunk
    arrives (all workers load at once)."""
    exit_with(parent)
    try:
        get_verifier(spec)
    except Exception:
        # The first chunk loads it again and its error reaches the parent, which reports it; an error
        # raised here would only break the pool without saying why.
        pass


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


_WATCHED: set[int] = set()


def exit_with(pid: int, every: float = 0.5) -> None:
    """Exit this process soon after process ``pid`` ends (a daemon thread polls it); once per pid."""
    if pid in _WATCHED or pid == os.getpid():
        return
    _WATCHED.add(pid)

    def watch() -> None:
        while _alive(pid):
            time.sleep(every)
        os._exit(1)  # the parent is gone: nobody will read what this worker produces

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    except OSError:  # Windows: no signal 0; a worker still ends when the pipe from its parent breaks
        return True
    return True
