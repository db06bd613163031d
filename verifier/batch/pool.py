"""The worker processes of the local engine (``--workers N``).

Each worker is a fresh interpreter (the ``spawn`` start method, on every platform) that imports the
verifier and :mod:`verifier.batch.judging`, not pandas, scikit-learn or scipy: the parent reads the file,
sends each chunk's rows as plain Python values and puts the workers' verdicts into the output frame. A
forked worker would be quicker to start but would hold everything the parent had loaded (pandas, the
chunks in flight): the process tree's memory, counted as ``top`` counts it, would grow by the parent's
size per worker (``python bench/memory.py FILE --workers 2`` prints both ways of counting).
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

from verifier.batch.judging import VerifierSpec, start_worker


def worker_pool(spec: VerifierSpec, workers: int) -> ProcessPoolExecutor:
    """An executor of ``workers`` fresh processes, each loading the verifier for ``spec`` as it starts
    and exiting soon after this process ends (even after kill -9)."""
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=start_worker,
        initargs=(os.getpid(), spec),
    )
