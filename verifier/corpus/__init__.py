"""The generator of the labelled corpus (``data/corpus/messages.jsonl.gz``): not part of the verifier.

* :mod:`~verifier.corpus.generate` — the driver: families, splits, the CLI (``python -m
  verifier.corpus.generate``);
* :mod:`~verifier.corpus.slots` — the slot machinery (names, amounts, dates, official and fake channels);
* :mod:`~verifier.corpus.families` — the ordinary template families;
* :mod:`~verifier.corpus.rounds` — the blind rounds, each a module written by someone who did not read the
  detector, with its description beside it (``roundNN.py`` + ``roundNN.md``).
"""
