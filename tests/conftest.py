from __future__ import annotations

import pytest

from verifier import Verifier


@pytest.fixture(scope="session")
def verifier() -> Verifier:
    """The shipped verifier (registry, rules, advice and bundled model when there is one)."""
    return Verifier.load()


@pytest.fixture(scope="session")
def rules_verifier() -> Verifier:
    """The shipped registry and rules without the classifier."""
    return Verifier.load(use_model=False)
