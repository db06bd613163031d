"""The package shows its flow: no import cycles, and the flow never reaches into its outer layers."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "verifier"
LAYERS = ("verifier.batch", "verifier.training", "verifier.corpus")


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Every `verifier…` module a file imports, at module level or inside functions."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.startswith("verifier")}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("verifier"):
            found.add(node.module)
            # `from verifier.batch import engine` imports the submodule itself
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


def import_graph() -> dict[str, set[str]]:
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    return {name: {m for m in _imports(path) if m in modules and m != name} for name, path in modules.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def _package_init_edges_removed(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    # A package's __init__ re-exporting its own submodules is not a cycle: Python imports the parent first.
    return {
        name: {m for m in deps if not (name.startswith(m + ".") or m.startswith(name + "."))}
        for name, deps in graph.items()
    }


def test_there_are_no_import_cycles():
    assert _cycles(_package_init_edges_removed(import_graph())) == []


def test_the_cycle_finder_finds_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_the_flow_does_not_import_the_batch_training_or_corpus_layers():
    graph = import_graph()
    flow = [name for name in graph if not name.startswith(LAYERS)]
    assert "verifier.combine" in flow and "verifier.batch.engine" not in flow
    reaching_out = {name: sorted(d for d in graph[name] if d.startswith(LAYERS)) for name in flow}
    assert {name: deps for name, deps in reaching_out.items() if deps} == {}


def test_the_batch_and_training_layers_do_not_import_the_generator():
    graph = import_graph()
    for name, deps in graph.items():
        if name.startswith(("verifier.batch", "verifier.training")):
            assert not [d for d in deps if d.startswith("verifier.corpus")], name
