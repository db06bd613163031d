"""Prefilters for regexes: the literal strings a pattern cannot match without, found by reading the
pattern, so that a search that cannot succeed is skipped.

A ``regex`` search costs half a microsecond even when it fails at once, two with a timeout, and most
rule and extractor patterns look for words that most messages lack; looking for a few literals with a
plain ``re`` alternation is much cheaper. :func:`required_literals` derives them from the pattern, so the
rules stay data: nothing is written by hand.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from itertools import product
from typing import Any

import regex

# Conjunctive normal form: every clause needs one of its literals somewhere in the text.
Clauses = tuple[tuple[str, ...], ...]

#: Flags under which reading the pattern as below is exact: versions, VERBOSE, and flags that only
#: change what ``^``/``$``/``.``/``\b``/``\w`` match (which need no literal anyway). IGNORECASE,
#: REVERSE, fuzzy and POSIX matching are not modelled.
_EXACT_FLAGS = regex.V0 | regex.V1 | regex.U | regex.X | regex.M | regex.S | regex.F | regex.W
#: Above this many clauses an alternation is summarised rather than distributed.
_MAX_CLAUSES = 8
#: A class of more characters than this (a list of surnames) is too common to be worth a clause.
_MAX_CLASS = 8
_QUANTIFIER = re.compile(r"\{(\d*)(,?)(\d*)\}")
_GROUP_NAME = re.compile(r"\(\?P?<[A-Za-z_]\w*>")


class Prefilter:
    """``may_match(text)`` is False only when ``pattern`` (a compiled ``regex`` pattern) cannot match
    anywhere in ``text``, whatever ``pos`` or lookbehind: a literal it requires is missing."""

    def __init__(self, pattern: Any) -> None:
        text = pattern.pattern if isinstance(pattern.pattern, str) else None
        needs = required_literals(text, pattern.flags) if text is not None else ()
        # One plain `re` alternation per clause: a C-level scan for literals.
        self._searches = tuple(_clause_search(clause) for clause in needs)
        self.needs = needs
        branches = required_branches(text, pattern.flags) if text is not None else ()
        self.branches = branches
        self._branches = tuple(tuple(map(_clause_search, branch)) for branch in branches)

    def may_match(self, text: str) -> bool:
        for search in self._searches:  # what every match needs: one scan per clause
            if search(text) is None:
                return False
        # Then what some one branch needs, all of it (only for texts that got this far).
        return not self._branches or any(all(map(_found_in(text), b)) for b in self._branches)


def _clause_search(clause: tuple[str, ...]) -> Any:
    return re.compile("|".join(map(re.escape, clause))).search


def _found_in(text: str) -> Any:
    return lambda search: search(text) is not None


class Guarded:
    """A compiled ``regex`` pattern whose :meth:`finditer` skips texts it provably cannot match."""

    def __init__(self, pattern: Any) -> None:
        self.pattern = pattern
        self.may_match = Prefilter(pattern).may_match

    def finditer(self, text: str) -> Iterator[Any]:
        return self.pattern.finditer(text) if self.may_match(text) else iter(())


def guarded(pattern: str, flags: int = 0) -> Guarded:
    """``regex.compile(pattern, flags)`` whose ``finditer`` skips texts it provably cannot match."""
    return Guarded(regex.compile(pattern, flags))


def required_literals(pattern: str, flags: int = regex.V0) -> Clauses:
    """Literals that every text ``pattern`` matches in must contain, in conjunctive normal form.

    Conservative by construction: each construct yields only what a match must contain (a run of
    literal characters, a class of a few plain characters, the clauses of a mandatory group or of a
    positive lookahead) or nothing (``.``, other classes, optional parts, negative lookarounds and
    lookbehinds). Syntax or flags outside that small whitelist (inline flags, backreferences, fuzzy
    matching, IGNORECASE …) give no clauses at all, so the pattern always runs.
    """
    branches = _top_branches(pattern, flags)
    if branches is None:
        return ()
    # Checked in order until one fails, so the most selective clause goes first.
    return tuple(sorted(set(_either(branches)), key=_selectivity, reverse=True))


def required_branches(pattern: str, flags: int = regex.V0) -> tuple[Clauses, ...]:
    """For a pattern that is an alternation at the top (``a…|b…|c…``), the clauses each branch needs:
    a text may match only if it holds every literal clause of some one branch. () when the pattern is
    not such an alternation, when a branch needs no literal, or for syntax :func:`required_literals`
    does not model.

    Sharper than :func:`required_literals`, which has to fold a long alternation into one clause per
    branch: "亲属…欠款|已(?:去世|身故)" needs 欠款 or 已 there (most debt notices have one), but here
    亲属 and 欠款, or 已 and 去世/身故.
    """
    branches = _top_branches(pattern, flags)
    if branches is None or len(branches) == 1 or not all(branches):
        return ()
    return tuple(tuple(sorted(set(b), key=_selectivity, reverse=True)) for b in branches)


def _top_branches(pattern: str, flags: int) -> list[Clauses] | None:
    """The clauses of each top-level branch of ``pattern`` (one branch without a top-level "|"); None
    for flags or syntax the analysis does not model."""
    if flags & ~_EXACT_FLAGS:
        return None
    parser = _Parser(pattern, verbose=bool(flags & regex.X), v1=bool(flags & regex.V1))
    try:
        branches = parser.branches()
        if parser.pos != len(pattern):
            raise _Unsupported(pattern[parser.pos :])  # an unbalanced ")"
    except _Unsupported:
        return None
    return branches


def _either(branches: list[Clauses]) -> Clauses:
    """The clauses a text needs to match one of ``branches`` (each given by its own clauses)."""
    if len(branches) == 1:
        return branches[0]
    if not all(branches):
        return ()  # a branch that needs nothing makes the whole alternation need nothing
    if math.prod(map(len, branches)) > _MAX_CLAUSES:
        # Too many to distribute: one clause from the best clause of each branch (weaker, small).
        branches = [(max(branch, key=_selectivity),) for branch in branches]
    # (a and b) or c = (a or c) and (b or c): one clause per way of picking a clause in each branch.
    return tuple(_one_of(lit for clause in pick for lit in clause) for pick in product(*branches))


class _Unsupported(Exception):
    """Syntax the analysis does not model: the pattern gets no prefilter."""


def _selectivity(clause: tuple[str, ...]) -> tuple[int, int]:
    return min(map(len, clause)), -len(clause)


def _one_of(literals: Iterable[str]) -> tuple[str, ...]:
    """A clause of these literals; one that contains another is dropped ("ab" or "b" is just "b")."""
    lits = set(literals)
    return tuple(sorted(x for x in lits if not any(y != x and y in x for y in lits)))


def _escaped_literal(ch: str) -> bool:
    """Whether a backslash before ``ch`` stands for ``ch`` itself (punctuation or a space)."""
    return ch == " " or (ch.isascii() and ch.isprintable() and not ch.isalnum() and ch != "")


class _Parser:
    """Recursive descent over the pattern, returning the CNF clauses of each construct."""

    def __init__(self, pattern: str, *, verbose: bool, v1: bool) -> None:
        self.p = pattern
        self.pos = 0
        self.verbose = verbose
        self.v1 = v1

    def skip(self) -> None:
        """In VERBOSE mode, whitespace and comments outside classes are not part of the pattern."""
        while self.verbose and self.pos < len(self.p):
            if self.p[self.pos].isspace():
                self.pos += 1
            elif self.p[self.pos] == "#":
                end = self.p.find("\n", self.pos)
                self.pos = len(self.p) if end < 0 else end + 1
            else:
                return

    def alternation(self) -> Clauses:
        return _either(self.branches())

    def branches(self) -> list[Clauses]:
        """The clauses of each branch of the alternation starting here."""
        branches = [self.sequence()]
        while self.p.startswith("|", self.pos):
            self.pos += 1
            branches.append(self.sequence())
        return branches

    def sequence(self) -> Clauses:
        clauses: list[tuple[str, ...]] = []
        run: list[str] = []  # consecutive unquantified literal characters: one literal string
        self.skip()
        while self.pos < len(self.p) and self.p[self.pos] not in "|)":
            char, needs = self.atom()
            self.skip()
            low = self.quantifier()
            self.skip()
            if char is not None and low is None:
                run.append(char)
                continue
            if run:
                clauses.append(("".join(run),))
                run = []
            if low is None or low >= 1:
                clauses += ((char,),) if char is not None else needs
        if run:
            clauses.append(("".join(run),))
        return tuple(clauses)

    def atom(self) -> tuple[str | None, Clauses]:
        """One literal character (and no clauses), or a construct with its clauses."""
        c = self.p[self.pos]
        if c == "(":
            return None, self.group()
        if c == "[":
            return None, self.char_class()
        if c == "\\":
            return self.escape()
        if c in "*+?{]}":
            raise _Unsupported(c)  # nothing to repeat, or a brace/bracket that may be literal
        self.pos += 1
        return (None if c in "^$." else c), ()

    def group(self) -> Clauses:
        p, i = self.p, self.pos
        if p.startswith(("(?:", "(?>", "(?="), i):  # a positive lookahead's literals are in the text
            self.pos += 3
            needs = self.alternation()
        elif p.startswith(("(?!", "(?<=", "(?<!"), i):
            self.pos += 3 if p[i + 2] == "!" else 4
            self.alternation()
            needs = ()
        elif m := _GROUP_NAME.match(p, i):
            self.pos = m.end()
            needs = self.alternation()
        elif p.startswith("(?", i):
            raise _Unsupported(p[i : i + 3])  # flags, comments, conditionals, recursion …
        else:
            self.pos += 1
            needs = self.alternation()
        if not p.startswith(")", self.pos):
            raise _Unsupported("unclosed group")
        self.pos += 1
        return needs

    def char_class(self) -> Clauses:
        """A class of a few plain characters ("[【\\[]") needs one of them; other classes need nothing.

        V1 nests sets ("[\\p{Han}--[的了]]"); in V0 a "[" inside a class may be literal or start a POSIX
        class ("[[:alpha:]]"), which is not modelled.
        """
        self.pos += 1
        negated = self.p.startswith("^", self.pos)
        self.pos += negated
        if self.p.startswith("]", self.pos):
            raise _Unsupported("]")  # a leading "]": literal or empty set, depending on the flavour
        chars: list[str] = []
        plain = not negated
        depth = 1
        while self.pos < len(self.p):
            c = self.p[self.pos]
            nxt = self.p[self.pos + 1 : self.pos + 2]
            self.pos += 2 if c == "\\" else 1
            if c == "[":
                if not self.v1:
                    raise _Unsupported("[")
                depth += 1
                plain = False
            elif c == "]":
                depth -= 1
                if depth == 0:
                    few = plain and 0 < len(set(chars)) <= _MAX_CLASS
                    return (tuple(sorted(set(chars))),) if few else ()
            elif c == "\\" and _escaped_literal(nxt):
                chars.append(nxt)
            elif c in "\\-&|~" or (c.isspace() and self.verbose):
                plain = False  # \d, \p{…}, ranges, V1 set operations: not worth modelling
            else:
                chars.append(c)
        raise _Unsupported("unclosed class")

    def escape(self) -> tuple[str | None, Clauses]:
        nxt = self.p[self.pos + 1 : self.pos + 2]
        if nxt and nxt in "dDsSwWbBAZ":  # a class of characters, or zero width
            self.pos += 2
            return None, ()
        if nxt in ("p", "P") and self.p.startswith("{", self.pos + 2):
            end = self.p.find("}", self.pos)
            if end < 0:
                raise _Unsupported("\\p{")
            self.pos = end + 1
            return None, ()
        if _escaped_literal(nxt):
            self.pos += 2
            return nxt, ()
        raise _Unsupported("\\" + nxt)  # backreferences, \x…, \N{…}, \L<…>, \n …

    def quantifier(self) -> int | None:
        """The minimum count of a quantifier at the current position, or None if there is none."""
        c = self.p[self.pos : self.pos + 1]
        if c in ("*", "?"):
            low, self.pos = 0, self.pos + 1
        elif c == "+":
            low, self.pos = 1, self.pos + 1
        elif c == "{":
            m = _QUANTIFIER.match(self.p, self.pos)
            if not m or not (m.group(1) or m.group(3)):
                raise _Unsupported("{")
            low, self.pos = int(m.group(1) or 0), m.end()
        else:
            return None
        if self.p[self.pos : self.pos + 1] in ("?", "+"):  # lazy or possessive
            self.pos += 1
        return low


def _always(text: str) -> bool:
    return True


class Starting:
    """A compiled ``regex`` pattern none of whose matches can start except where ``starts`` (a plain
    ``re`` pattern) matches, or at the start of the text if ``at_text_start``:
    :meth:`finditer` tries the pattern only there, and only on a text its :class:`Prefilter` lets through
    (``prefilter=False`` when that needs words nearly every text has: looking for them is wasted).

    ``finditer`` gives the leftmost match at or after the end of the last one; when matches can only
    start at the candidate positions, that is the first candidate there where the pattern matches, so
    the matches are the same (``tests/test_prefilter.py``). The pattern must not match the empty string.
    The candidates are where ``starts`` matches begin; ``re`` scans fastest for a pattern that begins
    with literals or a class and consumes them (no leading lookahead), which is fine as long as no match
    of the pattern can start inside a match of ``starts``. Trying the pattern at a candidate costs more
    than letting the engine scan a position, so this pays only when candidates are rare: the names of
    extract.py (a surname at the start of a word, a field word), not numbers (any digit run).
    """

    def __init__(
        self, pattern: Any, starts: str, *, at_text_start: bool = False, prefilter: bool = True
    ) -> None:
        self.pattern = pattern
        self.may_match = Prefilter(pattern).may_match if prefilter else _always
        self._starts = re.compile(starts).finditer
        self._at_text_start = at_text_start

    def finditer(self, text: str) -> Iterator[Any]:
        if not self.may_match(text):
            return
        match = self.pattern.match
        end = 0
        if self._at_text_start and (m := match(text, 0)) is not None:
            yield m
            end = m.end()
        for candidate in self._starts(text):
            at = candidate.start()
            if at >= end and (m := match(text, at)) is not None:
                yield m
                end = m.end()
