"""The project's promises about set-up: one dependency list, two commands, CI that fails."""

from __future__ import annotations

import re
import tomllib

from figures_lib.paths import PROJ_ROOT


def _requirement_name(spec: str) -> str:
    return re.split(r"[<>=!~\[ ]", spec.strip(), maxsplit=1)[0].lower().replace("_", "-")


def _pyproject() -> dict:
    with (PROJ_ROOT / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)


def _environment_packages() -> dict[str, str]:
    """Conda dependencies of environment.yml (name -> spec), excluding python, pip and -e ."""
    packages = {}
    in_pip = False
    text = (PROJ_ROOT / "environment.yml").read_text()
    for line in text.split("\ndependencies:", 1)[1].splitlines():
        stripped = line.strip()
        if stripped.startswith("- pip:"):
            in_pip = True
            continue
        if in_pip and line.startswith("      - "):
            continue
        in_pip = False
        if stripped.startswith("- ") and line.startswith("  - "):
            spec = stripped[2:]
            name = _requirement_name(spec)
            if name not in ("python", "pip"):
                packages[name] = spec
    return packages


def test_environment_yml_names_the_same_packages_as_pyproject():
    project = _pyproject()["project"]
    declared = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        declared += extra
    pyproject_specs = {_requirement_name(s): s.replace(" ", "") for s in declared}
    conda_specs = {name: spec.replace(" ", "") for name, spec in _environment_packages().items()}
    assert sorted(conda_specs) == sorted(pyproject_specs)
    # Same lower bounds too, so a conda user gets what pip users get.
    assert conda_specs == pyproject_specs


def test_environment_yml_is_for_python_311_from_conda_forge_and_installs_the_project():
    text = (PROJ_ROOT / "environment.yml").read_text()
    assert "- conda-forge" in text
    assert "- python=3.11" in text
    assert "- -e ." in text


def test_required_dependencies_are_declared_with_lower_bounds():
    declared = {_requirement_name(s): s for s in _pyproject()["project"]["dependencies"]}
    for name in ("pandas", "matplotlib", "jupyterlab", "nbval", "pint", "papermill"):
        assert name in declared, name
        assert ">=" in declared[name], f"{name} needs a lower bound"


def test_every_makefile_target_has_a_help_line():
    makefile = (PROJ_ROOT / "Makefile").read_text()
    phony = re.search(r"^\.PHONY:(.*)$", makefile, re.M).group(1).split()
    for target in phony:
        assert re.search(rf"^{target}:.*## \S", makefile, re.M), f"{target} lacks a ## help line"


def test_ci_runs_make_test_and_stops_on_failure():
    script = (PROJ_ROOT / ".ci" / "run").read_text()
    assert "make test" in script
    assert "set -e" in script


def test_readme_shows_the_two_commands_and_documents_every_dependency():
    readme = (PROJ_ROOT / "README.md").read_text()
    assert "make report" in readme and "make test" in readme
    for spec in _pyproject()["project"]["dependencies"]:
        name = _requirement_name(spec)
        assert re.search(rf"\|\s*{re.escape(name)}\s*\|", readme, re.I), f"README lacks {name}"


def test_readme_tables_equal_the_schema():
    from figures_lib.schema import readme_section

    readme = (PROJ_ROOT / "README.md").read_text()
    assert readme_section() in readme, (
        "README's Tables section differs: print figures_lib.schema.readme_section() into it"
    )
