"""The README stays true: its Python snippet runs and its CLI commands exist."""

from __future__ import annotations

import re
from pathlib import Path

import click

from verifier.cli import main

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_readme_python_snippet_runs():
    snippet = re.search(r"```python\n(.*?)```", README, re.S).group(1)
    namespace: dict = {}
    exec(compile(snippet, "README.md", "exec"), namespace)
    verdict = namespace["r"]
    assert verdict.label in {"genuine", "spoofed", "mistaken", "scam", "unverified", "unrelated"}
    assert set(verdict.to_dict()) >= {"label", "scores", "risk", "evidence", "actions"}


def test_readme_documents_every_cli_command():
    for name in main.list_commands(click.Context(main)):
        assert f"verifier {name}" in README, f"README does not show `verifier {name}`"


def test_readme_documents_every_result_field(verifier):
    fields = verifier.check("您的借款已逾期，请尽快还款。").to_dict()
    for field in fields:
        assert f"`{field}`" in README, f"README's result table misses `{field}`"


def test_ci_runs_the_readme_test_command():
    ci = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text(encoding="utf-8")
    command = "pip install -e '.[test]' && python -m pytest"
    assert command in README
    assert command in ci.replace("pip install -q -e", "pip install -e")
