"""How the pieces fit: no import cycle through the record, input and batch modules; the
library's batch runner knows nothing of click; only the CLI decides exit statuses."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path
from typing import Dict, Set

from tests.conftest import ROOT

PACKAGE = ROOT / "src" / "newsextract"
# The modules of the command line and record layer. (pipeline <-> segment.html is being
# untangled with the pipeline's restructuring; this test keeps these modules out of any cycle.)
OWN = {"api", "batch", "cli", "cluster", "domain", "errors", "explain", "fingerprint", "inputs",
       "model", "options", "output", "warc"}


def _module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or \
        (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(path: Path, modules: Set[str]) -> Set[str]:
    """Every newsextract module `path` imports, at the top or inside functions (not for
    type checking only)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: Set[str] = set()
    skip: Set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and _is_type_checking(node):
            skip.update(id(n) for stmt in node.body for n in ast.walk(stmt))
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name in modules)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if not node.module.startswith("newsextract"):
                continue
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                if sub in modules:
                    found.add(sub)
                elif node.module in modules:
                    found.add(node.module)
    return found


def _graph() -> Dict[str, Set[str]]:
    files = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    modules = set(files)
    graph = {}
    for name, path in files.items():
        # importing a submodule imports its package first, which is no import of our own
        graph[name] = {m for m in _imports(path, modules) if not name.startswith(m + ".")}
    return graph


def _reaches(graph: Dict[str, Set[str]], start: str) -> Set[str]:
    seen: Set[str] = set()
    todo = list(graph[start])
    while todo:
        m = todo.pop()
        if m not in seen:
            seen.add(m)
            todo.extend(graph.get(m, ()))
    return seen


def test_no_import_cycle_runs_through_the_record_input_and_batch_modules() -> None:
    graph = _graph()
    cycles = sorted(f"newsextract.{m}" for m in OWN if f"newsextract.{m}" in
                    _reaches(graph, f"newsextract.{m}"))
    assert cycles == []


def test_the_cycle_check_sees_imports_inside_functions(tmp_path: Path) -> None:
    mod = tmp_path / "m.py"
    mod.write_text("def f():\n    from newsextract.batch import run\n")
    assert _imports(mod, {"newsextract.batch"}) == {"newsextract.batch"}


def test_input_lives_in_inputs_and_warc_does_not_import_batch() -> None:
    graph = _graph()
    assert "newsextract.batch" not in _reaches(graph, "newsextract.warc")
    assert "newsextract.batch" not in _reaches(graph, "newsextract.inputs")
    from newsextract import batch, inputs

    assert batch.Input is inputs.Input


def test_the_batch_runner_and_the_cluster_do_not_load_click() -> None:
    code = ("import sys, newsextract.batch, newsextract.cluster, newsextract.inputs; "
            "print(sorted(m for m in ('click', 'rich') if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60, check=True)
    assert proc.stdout.decode().strip() == "[]"


def test_only_the_cli_ends_the_process() -> None:
    for name in OWN - {"cli"}:
        tree = ast.parse((PACKAGE / f"{name}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Raise) and node.exc is not None:
                target = node.exc.func if isinstance(node.exc, ast.Call) else node.exc
                assert not (isinstance(target, ast.Name) and target.id == "SystemExit"), name
            if isinstance(node, ast.Attribute) and node.attr == "exit":
                assert not (isinstance(node.value, ast.Name) and node.value.id == "sys"), name
