"""The sha256 of the bundled model's files, pinned in the package source: ``SHA256`` of
``model/verifier.joblib`` (the pickled pipeline) and ``SCORER_SHA256`` of ``model/scorer.npz`` (its numbers
as plain arrays, what ``check`` scores with).

Written by ``verifier train`` when it rebuilds the bundled model and by ``python -m
verifier.training.export model`` when it re-exports the scorer; checked by :func:`verifier.model.load_model`
before a bundled file is read, so that a replaced file with a matching replaced manifest is still refused.
Do not edit by hand.
"""

SHA256 = "a8e629221856fab7bc0f23be106bc1690445f1137489a6565a354c6c57b2359d"
SCORER_SHA256 = "f76687ff60e002f7d342a426d2c75d4dc07499c8b0ce743783272cc896489656"
