"""One literal index for many patterns: which patterns may match a text, found in one pass.

Each pattern needs some literals (:func:`verifier.prefilter.required_literals`, in conjunctive normal
form: every clause needs one of its literals). Testing them pattern by pattern is one ``re`` search per
clause: hundreds of calls per message to let through a handful of rules. Here every literal of every
pattern goes into one Aho–Corasick automaton (pyahocorasick); one pass over the text gives the literals
present, and a pattern is a candidate only when each of its clauses has one of them. The answer is the
same as :class:`verifier.prefilter.Prefilter` gives pattern by pattern (``tests/test_literals.py``).

The automaton reads the text's UTF-8 bytes (as the characters U+0000–U+00FF), not its characters.
pyahocorasick finds a node's next node by a linear scan of its children, and the root has one child per
distinct first character of the ~1,000 literals (hundreds of Han characters): each character of the text
that falls back to the root pays for that scan. Over bytes, a node has at most a few dozen children, and
the pass takes half the time. UTF-8 is self-synchronising (a character's first byte never looks like a
continuation byte), so a literal's bytes occur in the text's bytes exactly where the literal occurs in the
text: the same literals are found.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import reduce
from operator import itemgetter, or_
from typing import Any

import ahocorasick

from verifier.prefilter import required_branches, required_literals


class LiteralIndex:
    """Screens a text for many compiled ``regex`` patterns at once: ``index.may(k, index.found(text))``.

    Every clause of every pattern is one bit; each literal in the automaton carries the bits of the
    clauses it satisfies, so the literals found in a text OR together into the clauses satisfied, and a
    pattern may match when all of its bits are among them.

    The automaton carries a small number per literal, the position of its bits in :attr:`masks`, rather
    than the bits themselves: the bits are an integer of a thousand bits, and hashing one (to keep each
    literal found once) cost as much as finding it.
    """

    def __init__(self, patterns: Sequence[Any]) -> None:
        masks: dict[str, int] = {}  # literal → the clauses it satisfies
        literals: list[tuple[str, ...]] = []  # bit → the literals of its clause
        bit = 0

        def mask_of(clauses: Iterable[tuple[str, ...]]) -> int:
            nonlocal bit
            need = 0
            for clause in clauses:
                for lit in clause:
                    masks[lit] = masks.get(lit, 0) | (1 << bit)
                literals.append(tuple(clause))
                need |= 1 << bit
                bit += 1
            return need

        needs, branches = [], []
        for pattern in patterns:
            text = pattern.pattern if pattern is not None else None
            needs.append(mask_of(required_literals(text, pattern.flags)) if text is not None else 0)
            alts = required_branches(text, pattern.flags) if text is not None else ()
            branches.append(tuple(mask_of(branch) for branch in alts))
        #: Per pattern: the bits of its clauses (0: it needs no literal and always runs).
        self.needs: tuple[int, ...] = tuple(needs)
        #: Per pattern: the bits of each top-level branch's clauses; one branch must have all of its own
        #: (empty: no such condition). See :func:`verifier.prefilter.required_branches`.
        self.branches: tuple[tuple[int, ...], ...] = tuple(branches)
        #: Per bit: the literals of its clause (any one of them satisfies it).
        self.clauses: tuple[tuple[str, ...], ...] = tuple(literals)
        #: The distinct bits of the clauses a literal satisfies, each once (the automaton points into it).
        self.masks: tuple[int, ...] = tuple(dict.fromkeys(masks.values()))
        at = {mask: k for k, mask in enumerate(self.masks)}
        self._iter = None
        if masks:
            automaton = ahocorasick.Automaton()
            for lit, mask in masks.items():
                automaton.add_word(_bytes(lit), at[mask])
            automaton.make_automaton()
            self._iter = automaton.iter

    def found(self, text: str) -> int:
        """The clauses satisfied by the literals in ``text``, as bits."""
        if self._iter is None or not text:
            return 0
        # The OR of every literal's bits, without a Python-level loop: the same literal often occurs many
        # times, so its bits are OR-ed once (the set), and map/reduce run in C.
        return reduce(or_, map(self.masks.__getitem__, set(map(_AT, self._iter(_bytes(text))))), 0)

    def may(self, k: int, found: int) -> bool:
        """False only when pattern ``k`` needs a literal that is missing (``found`` from :meth:`found`)."""
        need = self.needs[k]
        return need & found == need and branch_found(self.branches[k], found)

    def screen(self, text: str) -> list[bool]:
        """One flag per pattern: False only when a literal the pattern needs is missing from ``text``."""
        found = self.found(text)
        return [self.may(k, found) for k in range(len(self.needs))]


def _bytes(text: str) -> str:
    """``text``'s UTF-8 bytes, one character each (see the module's docstring); lone surrogates, which a
    message may hold, are encoded as UTF-8 would encode any other code point."""
    return text.encode("utf-8", "surrogatepass").decode("latin-1")


#: Where the bits of an automaton hit (end index, position in masks) are.
_AT = itemgetter(1)


def branch_found(branches: tuple[int, ...], found: int) -> bool:
    """Whether some branch has all its clause bits in ``found`` (True when there are no branches)."""
    if not branches:
        return True
    for need in branches:
        if need & found == need:
            return True
    return False
