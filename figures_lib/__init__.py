"""figures: extract, reconcile and chart the numeric claims in news reporting.

The public entry points are re-exported here; see the README for the tables they produce.
"""

from .artifacts import load_artifacts, load_reconciliation
from .claims import extract_claims, extract_corpus
from .corpus import Columns, iter_articles, load_corpus
from .errors import FiguresInputError, FiguresInputWarning

__all__ = [
    "Columns",
    "FiguresInputError",
    "FiguresInputWarning",
    "Q_",
    "extract_claims",
    "extract_corpus",
    "iter_articles",
    "load_artifacts",
    "load_corpus",
    "load_reconciliation",
    "ureg",
]
__version__ = "0.1.0"


def __getattr__(name: str):
    """``figures_lib.ureg`` and ``figures_lib.Q_`` (see :mod:`figures_lib.units`), on first use."""
    if name in ("ureg", "Q_"):
        from . import units

        return getattr(units, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
