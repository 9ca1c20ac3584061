"""The library's import graph has no circle: every module can be read after the ones it uses."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import figures_lib

PACKAGE = Path(figures_lib.__file__).parent


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> set[str]:
    """figures_lib modules a file imports, at the top or inside functions."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package.split(".")
            base = base[: len(base) - (node.level - 1)]
            target = ".".join(base + ([node.module] if node.module else []))
            for alias in node.names:
                candidate = f"{target}.{alias.name}"
                found.add(
                    candidate
                    if (PACKAGE.parent / candidate.replace(".", "/")).with_suffix(".py").exists()
                    or (PACKAGE.parent / candidate.replace(".", "/") / "__init__.py").exists()
                    else target
                )
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("figures_lib")}
    return {m for m in found if m != name}


def test_the_import_graph_has_no_circle():
    graph = {module_name(p): imports_of(p) for p in PACKAGE.rglob("*.py")}
    # A package's __init__ re-exporting its modules is not a circle of its own.
    graph = {m: {d for d in deps if not m.startswith(d + ".")} for m, deps in graph.items()}
    state: dict[str, int] = {}

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        for dependency in sorted(graph.get(module, ())):
            if state.get(dependency) == 1:
                raise AssertionError("import circle: " + " -> ".join(path + [module, dependency]))
            if dependency in graph and not state.get(dependency):
                visit(dependency, path + [module])
        state[module] = 2

    for module in sorted(graph):
        if not state.get(module):
            visit(module, [])


def layout_entries() -> dict[str, set[str]]:
    """The README's Layout block as {folder: names listed under it} ("" is the project root)."""
    readme = (PACKAGE.parent / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Layout", 1)[1].split("```", 2)[1]
    listed: dict[str, set[str]] = {"": set()}
    folder = ""
    for line in block.splitlines():
        if not line.strip() or line.startswith(" " * 6):  # blank, or a description's continuation
            continue
        indent = len(line) - len(line.lstrip())
        names = re.match(r"[\w./-]+(?:, [\w./-]+)*", line.strip()).group(0)
        for name in names.split(", "):
            listed.setdefault(folder if indent else "", set()).add(name)
            if not indent and name.endswith("/"):
                folder = name
    return listed


def test_the_readme_layout_names_every_module_and_folder_and_nothing_else():
    listed = layout_entries()
    root = PACKAGE.parent
    for folder, names in listed.items():
        for name in names:
            assert (root / folder / name).exists(), (
                f"README Layout lists {folder}{name}, which is gone"
            )
    modules = {
        p.name + ("/" if p.is_dir() else "")
        for p in PACKAGE.iterdir()
        if (p.suffix == ".py" and p.name != "__init__.py")
        or (p.is_dir() and not p.name.startswith("__"))
    }
    assert modules <= listed["figures_lib/"], (
        f"README Layout omits {sorted(modules - listed['figures_lib/'])}"
    )
    folders = {
        p.name + "/"
        for p in root.iterdir()
        if p.is_dir() and not p.name.startswith(".") and not p.name.endswith(".egg-info")
    }
    assert folders <= listed[""], f"README Layout omits the folders {sorted(folders - listed[''])}"
