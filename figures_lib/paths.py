"""Project locations, built from the package's own location rather than the working directory."""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJ_ROOT = PACKAGE_DIR.parent
SEEDS_DIR = PROJ_ROOT / "seeds"
REPORTS_DIR = PROJ_ROOT / "reports"
DATA_DIR = PACKAGE_DIR / "data"
NOTEBOOKS_DIR = PROJ_ROOT / "notebooks"
