"""Training and evaluating the classifier: the layer behind ``verifier train`` and ``verifier eval``.

* :mod:`~verifier.training.dataset` — reading labelled rows, and turning them into messages, evidence and
  verdicts exactly as the verifier does;
* :mod:`~verifier.training.train` — the deterministic fit, the temperature, the design CV, the model card;
* :mod:`~verifier.training.evaluate` — the figures per group of rows (generated, blind rounds, real text);
* :mod:`~verifier.training.export` — ``scorer.npz`` (what the verifier scores with) from a trained pipeline.
"""
