"""Prefilters (verifier/prefilter.py) may only skip texts a pattern cannot match: shipped rules and
extractor patterns on the corpus, random patterns on random texts, and syntax outside the whitelist."""

from __future__ import annotations

import random

import pytest
import regex

from verifier import extract
from verifier.normalize import normalize
from verifier.prefilter import Guarded, Prefilter, Starting, required_branches, required_literals
from verifier.rules import RuleSet
from verifier.training.train import DEFAULT_DATA, load_rows

RULES = RuleSet.load()


@pytest.fixture(scope="module")
def texts() -> list[str]:
    """Normalised corpus texts plus every rule example."""
    corpus = [r["text"] for r in load_rows(DEFAULT_DATA)][::3]
    examples = [
        ex if isinstance(ex, str) else ex["text"]
        for r in RULES.rules
        for ex in (*r.examples_match, *r.examples_no_match)
    ]
    return [normalize(t).text for t in (*corpus, *examples)]


def test_rule_prefilters_never_skip_a_match(texts):
    for rule in RULES.rules:
        if rule.pattern is None:
            continue
        for text in texts:
            if rule.pattern.search(text):
                assert rule.prefilter.may_match(text), (rule.id, text)


def test_rule_prefilters_skip_most_texts_for_most_rules(texts):
    """Not a correctness property: a prefilter that always passes would be sound but useless."""
    patterned = [r for r in RULES.rules if r.pattern is not None]
    assert sum(bool(r.prefilter.needs) for r in patterned) >= len(patterned) - 2
    skipped = sum(not r.prefilter.may_match(t) for r in patterned for t in texts[:500])
    assert skipped > 0.5 * 500 * len(patterned)


def test_guarded_extractor_patterns_find_the_same_matches(texts):
    guarded = [v for v in vars(extract).values() if isinstance(v, Guarded)]
    assert len(guarded) >= 4
    for g in guarded:
        for text in texts:
            assert [m.span() for m in g.finditer(text)] == [m.span() for m in g.pattern.finditer(text)]


def _spans(matches) -> list:
    return [(m.span(), m.groupdict()) for m in matches]


def test_extractor_patterns_tried_only_where_they_can_start_find_the_same_matches(texts):
    starting = [v for v in vars(extract).values() if isinstance(v, Starting)]
    assert starting
    # Random texts made of the pieces these patterns are built from, in any order.
    pieces = [*"0123456789 ¥$.,:年月日号点时分前内万元块-/*【】()，。王张您三十"]
    pieces += "欠款 应还 rmb 今天 下午 持卡人 借款人 先生 客户 小明 逾期 个月 工作日 以内".split()
    pieces += "欧阳 李 杜* 您好 你好 的信用卡 同学 委托 尾号3 在我行 (登记 借款人姓名 a 𠀀 \n".split(" ")
    rng = random.Random(16)
    noise = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    for s in starting:
        for text in (*texts, *noise):
            assert _spans(s.finditer(text)) == _spans(s.pattern.finditer(text)), text


@pytest.mark.parametrize(
    ("pattern", "flags", "needs"),
    [
        ("安全账户|安全账号", regex.V0, {("安全账号", "安全账户")}),
        ("https?://", regex.V0, {("http",), ("://",)}),
        ("(?:ab)?c", regex.V0, {("c",)}),
        ("ab|b", regex.V0, {("b",)}),  # "ab" contains "b": one literal is enough
        ("(?=.*?(?:逾期|欠款))x", regex.V0, {("欠款", "逾期"), ("x",)}),  # a positive lookahead counts
        ("(?!逾期)x(?<=y)", regex.V0, {("x",)}),  # negative lookarounds and lookbehinds do not
        (r"[【\[]x", regex.V0, {("[", "【"), ("x",)}),
        ("[^ab]x|[a-z]y", regex.V0, {("x", "y")}),
        ("a{0,3}b{2}", regex.V0, {("b",)}),
        ("(a|b)(c|d)|e", regex.V0, {("a", "b", "e"), ("c", "d", "e")}),
        ("逾 期 # comment\n |欠 款", regex.X, {("欠款", "逾期")}),
        (r"[\p{Han}--[的了]]x", regex.V1, {("x",)}),
    ],
)
def test_required_literals(pattern, flags, needs):
    assert set(required_literals(pattern, flags)) == needs


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        ("(?i)逾期", regex.V0),  # inline flags
        ("逾期", regex.V0 | regex.I),  # IGNORECASE is not modelled
        (r"(逾期)\1", regex.V0),  # backreference
        ("[[:alpha:]]逾期", regex.V0),  # POSIX class
        ("(?:逾期){e<=1}", regex.V0),  # fuzzy matching
        (r"\L<words>", regex.V0),  # named list
        ("逾期|", regex.V0),  # an empty branch needs nothing
        ("(逾期", regex.V0),  # not a pattern
    ],
)
def test_unmodelled_syntax_gives_no_prefilter(pattern, flags):
    assert required_literals(pattern, flags) == ()


def _random_pattern(rng: random.Random, flags: int = regex.V0, depth: int = 0) -> str:
    """A random pattern over a tiny alphabet, using every construct the analysis models."""
    classes = ["[ab]", "[^a]", "[a中]", r"\d", r"\w", r"[\[b]", "[a-c]", r"\ ", r"\["]
    if flags & regex.V1:
        classes += ["[[ab]--[b]]", r"[\w&&[^中]]"]
    pieces = []
    for _ in range(rng.randint(1, 4)):
        kind = rng.randrange(9 if depth < 2 else 4)
        if kind <= 1:
            atom = rng.choice("ab中.")
        elif kind == 2:
            atom = rng.choice(classes)
        elif kind == 3:
            atom = rng.choice(["^", "$", r"\b"])
        elif kind <= 5:
            atom = f"(?:{_random_pattern(rng, flags, depth + 1)}|{_random_pattern(rng, flags, depth + 1)})"
        else:
            opener = rng.choice(["(", "(?:", "(?>", "(?=", "(?!", "(?<=", "(?<!", "(?P<g>"])
            opener = opener.replace("<g>", f"<g{rng.randrange(10**6)}>")
            atom = f"{opener}{_random_pattern(rng, flags, depth + 1)})"
        if kind != 3 and rng.random() < 0.4:
            atom += rng.choice(["*", "+", "?", "{2}", "{0,2}", "{1,}", "*?", "++", "{,2}"])
        pieces.append(atom)
    # VERBOSE ignores the padding (and the comment) between pieces; elsewhere they would be literals.
    return " # note\n ".join(pieces) if flags & regex.X else "".join(pieces)


@pytest.mark.parametrize("flags", [regex.V0, regex.V1, regex.V0 | regex.X])
@pytest.mark.parametrize("branches", [1, 4], ids=["one branch", "up to four top-level branches"])
def test_random_patterns_are_never_skipped_when_they_match(flags, branches):
    rng = random.Random(7 + branches)
    checked = 0
    for _ in range(600):
        pattern = "|".join(_random_pattern(rng, flags) for _ in range(rng.randint(1, branches)))
        try:
            compiled = regex.compile(pattern, flags)
        except regex.error:
            continue
        pre = Prefilter(compiled)
        for _ in range(60):
            text = "".join(rng.choice("ab中[ 1") for _ in range(rng.randint(0, 8)))
            if compiled.search(text):
                checked += 1
                assert pre.may_match(text), (pattern, text, pre.needs, pre.branches)
    assert checked > 5000


@pytest.mark.parametrize(
    ("pattern", "branches"),
    [
        ("亲属.{0,6}欠款|已(?:去世|身故)", [{("亲属",), ("欠款",)}, {("已",), ("去世", "身故")}]),
        ("如(?:您)?认识|联系不上", [{("如",), ("认识",)}, {("联系不上",)}]),
        ("逾期", []),  # not an alternation: required_literals says it all
        ("(?:a|b)c", []),  # the alternation is inside a group
        ("逾期|.{2}", []),  # a branch that needs nothing
        ("(?i)a|b", []),  # unmodelled syntax
    ],
)
def test_required_branches(pattern, branches):
    assert [set(b) for b in required_branches(pattern)] == branches


def test_branches_screen_out_what_one_clause_per_branch_lets_through():
    # "已" and "欠款" are in most debt notices; neither branch of this pattern is.
    pre = Prefilter(regex.compile("(?:亲属|朋友).{0,6}(?:欠款|逾期)|已(?:去世|身故)"))
    assert not pre.may_match("您的借款已逾期，欠款请尽快归还")
    assert pre.may_match("您的朋友张某欠款未还")
    assert pre.may_match("借款人已身故")
