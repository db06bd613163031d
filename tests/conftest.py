from __future__ import annotations

import os

import pytest
from hypothesis import settings

from verifier import Verifier


@pytest.fixture(scope="session")
def verifier() -> Verifier:
    """The shipped verifier (registry, rules, advice and bundled model when there is one)."""
    return Verifier.load()


@pytest.fixture(scope="session")
def rules_verifier() -> Verifier:
    """The shipped registry and rules without the classifier."""
    return Verifier.load(use_model=False)


# Property-based tests run in CI with a fixed seed and a bounded number of examples: the same inputs on
# every run, so a red build is reproducible (set HYPOTHESIS_PROFILE=dev locally to explore new inputs).
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("dev", deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
