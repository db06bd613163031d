"""The worker processes of the local engine (``--workers N``).

Where the platform forks (Linux), the verifier is loaded once in this process and the workers are forked
from it: jieba's dictionary, the model and the rules are shared copy-on-write instead of loaded again in
every worker. Elsewhere (macOS, Windows, where forking a process that has loaded native libraries is
unsafe or impossible) they are loky's fresh processes, each loading its own verifier on first use.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from concurrent.futures import Executor, ProcessPoolExecutor

from verifier.batch.scoring import VerifierSpec, exit_with, get_verifier


def worker_pool(spec: VerifierSpec, workers: int) -> tuple[Executor, bool]:
    """An executor of ``workers`` processes, and whether the caller must shut it down (a forked pool)."""
    if sys.platform == "linux" and "fork" in multiprocessing.get_all_start_methods():
        get_verifier(spec)  # loaded and frozen out of the collector here; every worker inherits it
        pool = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("fork"),
            initializer=exit_with,
            initargs=(os.getpid(),),
        )
        return pool, True
    from joblib.externals.loky import get_reusable_executor

    # Each worker process watches this one from the moment it starts and exits when it is gone (even
    # after kill -9), instead of idling with a loaded verifier until the pool's idle timeout.
    return get_reusable_executor(max_workers=workers, initializer=exit_with, initargs=(os.getpid(),)), False
