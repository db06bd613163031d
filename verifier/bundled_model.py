"""The sha256 of the bundled model artefact (``model/verifier.joblib``), pinned in the package source.

Written by ``verifier train`` when it rebuilds the bundled model; checked by
:func:`verifier.model.load_model` before the bundled artefact is unpickled, so that a replaced artefact
with a matching replaced manifest is still refused. Do not edit by hand.
"""

SHA256 = "a8e629221856fab7bc0f23be106bc1690445f1137489a6565a354c6c57b2359d"
