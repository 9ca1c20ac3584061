"""The unit registry: one, built on first use, and never for counts."""

import subprocess
import sys

from figures_lib import units


def test_counting_units_come_from_the_definitions_file():
    counting = units.counting_units()
    assert {"sortie", "strike", "target", "person", "aircraft", "flight"} <= counting
    assert "tonne" not in counting and "kilogram" not in counting


def test_in_tonnes_converts_a_mass_and_leaves_counts_and_unknown_units_alone():
    assert units.in_tonnes(214_000_000, "kilogram") == 214_000
    assert units.in_tonnes(64, "sortie") is None
    assert units.in_tonnes(5, "no_such_unit") is None
    assert units.in_tonnes(5, "") is None


def test_the_registry_is_one_object_and_the_public_names_reach_it():
    import figures_lib

    assert figures_lib.ureg is units.registry() is units.ureg
    assert figures_lib.Q_(2, "tonne").to("kilogram").magnitude == 2000


def test_drawing_counts_never_loads_pint():
    # A notebook kernel that charts sorties should not pay for pint and its definitions.
    code = (
        "import sys, figures_lib.report, figures_lib.plots\n"
        "from figures_lib.plots import display_unit\n"
        "assert display_unit('sortie / day') == (1.0, 'sorties a day')\n"
        "print('pint' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
