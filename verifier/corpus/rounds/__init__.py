"""Blind rounds of template families, one module per round (``round01`` … ``round12``).

Each round was written without reading the detector, held out in split ``test``, scored once with every
choice frozen, and only then read (see ``data/README.md``). Each module keeps its own helpers so that
editing one round can never change another round's rows. From round 3 on, ``roundNN.md`` describes the
families; their ids are neutral so that the registration in :mod:`verifier.corpus.generate` does not show
what they test.
"""
