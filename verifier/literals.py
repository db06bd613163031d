"""One literal index for many patterns: which patterns may match a text, found in one pass.

Each pattern needs some literals (:func:`verifier.prefilter.required_literals`, in conjunctive normal
form: every clause needs one of its literals). Testing them pattern by pattern is one ``re`` search per
clause: hundreds of calls per message to let through a handful of rules. Here every literal of every
pattern goes into one Aho–Corasick automaton (pyahocorasick); one pass over the text gives the literals
present, and a pattern is a candidate only when each of its clauses has one of them. The answer is the
same as :class:`verifier.prefilter.Prefilter` gives pattern by pattern (``tests/test_literals.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import ahocorasick

from verifier.prefilter import required_literals


class LiteralIndex:
    """Screens a text for many compiled ``regex`` patterns at once: ``index.may(k, index.found(text))``.

    Every clause of every pattern is one bit; each literal in the automaton carries the bits of the
    clauses it satisfies, so the literals found in a text OR together into the clauses satisfied, and a
    pattern may match when all of its bits are among them.
    """

    def __init__(self, patterns: Sequence[Any]) -> None:
        masks: dict[str, int] = {}  # literal → the clauses it satisfies
        needs = []
        bit = 0
        for pattern in patterns:
            clauses = required_literals(pattern.pattern, pattern.flags) if pattern is not None else ()
            need = 0
            for clause in clauses:
                for lit in clause:
                    masks[lit] = masks.get(lit, 0) | (1 << bit)
                need |= 1 << bit
                bit += 1
            needs.append(need)
        #: Per pattern: the bits of its clauses (0: it needs no literal and always runs).
        self.needs: tuple[int, ...] = tuple(needs)
        self._iter = None
        if masks:
            automaton = ahocorasick.Automaton()
            for lit, mask in masks.items():
                automaton.add_word(lit, mask)
            automaton.make_automaton()
            self._iter = automaton.iter

    def found(self, text: str) -> int:
        """The clauses satisfied by the literals in ``text``, as bits."""
        mask = 0
        if self._iter is not None and text:
            for _, bits in self._iter(text):
                mask |= bits
        return mask

    def may(self, k: int, found: int) -> bool:
        """False only when pattern ``k`` needs a literal that is missing (``found`` from :meth:`found`)."""
        need = self.needs[k]
        return need & found == need

    def screen(self, text: str) -> list[bool]:
        """One flag per pattern: False only when a literal the pattern needs is missing from ``text``."""
        found = self.found(text)
        return [need & found == need for need in self.needs]
