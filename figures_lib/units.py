"""The package's single pint registry, extended from ``units.txt``.

Every module converts through ``ureg``; nothing else creates a registry or calls ``define``.
The registry is built on first use (``registry()``, or the names ``ureg`` and ``Q_``): a
notebook kernel that only draws counts never pays the second or so pint and the definitions
file take to load.
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pint

DEFINITIONS_FILE = Path(__file__).with_name("units.txt")


@lru_cache(maxsize=1)
def registry() -> pint.UnitRegistry:
    """The package's one registry: pint's defaults plus ``units.txt``, built on first use."""
    import pint

    ureg = pint.UnitRegistry(cache_folder=None)
    ureg.load_definitions(str(DEFINITIONS_FILE))
    return ureg


def __getattr__(name: str):
    """``units.ureg`` and ``units.Q_``, the registry and its Quantity, built on first use."""
    if name == "ureg":
        return registry()
    if name == "Q_":
        return registry().Quantity
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# News spellings of units, mapped to registry names in one place. Keys are lower-case and
# whitespace-normalised. "tons" in reporting on military logistics means metric tonnes (the
# Russian and Syrian sources report in tonnes); "short tons" must be written out to get US tons.
UNIT_ALIASES: dict[str, str] = {
    "metric ton": "tonne",
    "metric tons": "tonne",
    "metric tonne": "tonne",
    "metric tonnes": "tonne",
    "ton": "tonne",
    "tons": "tonne",
    "tonne": "tonne",
    "tonnes": "tonne",
    "t": "tonne",
    "short ton": "short_ton",
    "short tons": "short_ton",
    "long ton": "long_ton",
    "long tons": "long_ton",
    "kg": "kilogram",
    "kilogram": "kilogram",
    "kilograms": "kilogram",
    "kilo": "kilogram",
    "kilos": "kilogram",
    "pound": "pound",
    "pounds": "pound",
    "lbs": "pound",
    "lb": "pound",
}

#: The unit every quantity of a dimension is converted to for comparison.
COMPARISON_UNITS: dict[str, str] = {
    "[mass]": "kilogram",
    "[time]": "day",
}


@lru_cache(maxsize=512)
def parse_unit(spelling: str) -> pint.Unit:
    """Return the registry unit for a unit as spelled in news text.

    Parameters
    ----------
    spelling:
        "metric tons", "tonnes", "sorties", "kg", ...

    Raises
    ------
    ValueError
        If the spelling is neither an alias nor a unit the registry knows.

    Examples
    --------
    >>> str(parse_unit("metric tons"))
    'metric_ton'
    """
    key = " ".join(spelling.lower().split())
    name = UNIT_ALIASES.get(key, key.replace(" ", "_"))
    import pint

    try:
        return registry().Unit(name)
    except (pint.errors.UndefinedUnitError, AttributeError, ValueError, TypeError) as error:
        raise ValueError(f"unknown unit {spelling!r}: add it to figures_lib/units.txt") from error


@lru_cache(maxsize=512)
def comparison_unit(unit_name: str) -> str:
    """Name of the unit a quantity in ``unit_name`` is converted to for comparison.

    Mass goes to kilograms and time to days; a counting unit (sortie, target, ...) is its own
    comparison unit.
    """
    unit = registry().Unit(unit_name)
    dimensionality = str(unit.dimensionality)
    return COMPARISON_UNITS.get(dimensionality, str(unit))


def to_comparison(magnitude: float, unit_name: str) -> tuple[float, str]:
    """Convert ``magnitude`` in ``unit_name`` to its comparison unit.

    Returns
    -------
    (magnitude, unit) in the comparison unit, e.g. ``(2.14e8, "kilogram")`` for 214,000 tonnes.
    """
    target = comparison_unit(unit_name)
    if target == unit_name:
        return float(magnitude), target
    converted = registry().Quantity(magnitude, unit_name).to(target).magnitude
    return float(converted), target


@lru_cache(maxsize=1)
def counting_units() -> frozenset[str]:
    """Names and aliases of the counting units ``units.txt`` defines as dimensions of their own
    (``sortie = [sortie] = _ = flight``), read from the file: telling that a sortie is no mass
    needs no registry."""
    names: set[str] = set()
    for line in DEFINITIONS_FILE.read_text(encoding="utf-8").splitlines():
        parts = [part.strip() for part in line.split("#", 1)[0].split("=")]
        if len(parts) >= 2 and parts[1].startswith("[") and parts[1].endswith("]"):
            names.update(part for part in (parts[0], *parts[2:]) if part and part != "_")
    return frozenset(names)


def in_tonnes(value: float, unit: str) -> float | None:
    """``value`` in ``unit`` converted to tonnes when ``unit`` is a mass, else None (a count,
    or a unit the registry does not know)."""
    if not unit or unit in counting_units():
        return None  # most units: no registry needed to tell
    try:
        quantity = registry().Quantity(value, unit)
        if quantity.check("[mass]"):
            return float(quantity.to("tonne").magnitude)
    except Exception:  # noqa: BLE001 - any unit pint cannot read is simply no mass
        return None
    return None


def format_quantity(magnitude: float, unit_name: str, spec: str = ",.0f") -> str:
    """Format a magnitude with its unit through one explicit spec, e.g. '214,000 tonne'."""
    return f"{format(magnitude, spec)} {unit_name}"


def describe_figure(low: float, high: float, qualifier: str, unit: str) -> str:
    """A claim's figure in words with fixed formatting: "more than 2,000 target".

    >>> describe_figure(20, 30, "approx", "person"), describe_figure(20, 20, "approx", "person")
    ('about 20-30 person', 'about 20 person')
    """

    def number(value: float) -> str:
        return f"{value:,.0f}" if value == int(value) else f"{value:,.1f}"

    if qualifier in ("vague", "range"):
        return f"{number(low)}-{number(high)} {unit}"
    if qualifier == "approx" and low != high:
        return f"about {number(low)}-{number(high)} {unit}"
    if math.isinf(high):
        return f"{'more than' if qualifier == 'more_than' else 'at least'} {number(low)} {unit}"
    if low == 0 and qualifier in ("less_than", "at_most"):
        return f"{'under' if qualifier == 'less_than' else 'up to'} {number(high)} {unit}"
    prefix = "about " if qualifier == "approx" else ""
    return f"{prefix}{number(low)} {unit}"
