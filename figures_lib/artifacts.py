"""The pipeline's tables, written once and read by everything downstream.

``figures report`` (and anyone calling :func:`compute_artifacts`) loads a corpus, extracts its
claims and reconciles them once, and writes a folder::

    tables/
      manifest.json           what was run on what: version, input fingerprint, options, counts
      corpus.parquet          one row per article (without its text)
      claims.parquet          the claims table
      reconciliation/         claims, sources, events, groups, checks, estimates (.parquet and .csv)

The notebooks, the report index and :func:`load_reconciliation` read it back; nothing is
extracted twice. The folder is written beside its target and renamed into place, so a failure
midway leaves the previous folder whole. The manifest names no absolute path.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .atomic import write_table
from .errors import FiguresInputError
from .reconcile import Reconciliation
from .schema import (
    CHECKS_COLUMNS,
    CLAIMS_COLUMNS,
    CORPUS_COLUMNS,
    ESTIMATES_COLUMNS,
    EVENTS_COLUMNS,
    GROUPS_COLUMNS,
    RECONCILED_CLAIMS_COLUMNS,
    SOURCES_COLUMNS,
    read_table,
)

MANIFEST = "manifest.json"
#: Bumped when the folder's layout or a table's schema changes.
ARTIFACTS_VERSION = 2
_RECONCILIATION_SCHEMAS = {
    "claims": RECONCILED_CLAIMS_COLUMNS, "sources": SOURCES_COLUMNS, "groups": GROUPS_COLUMNS,
    "checks": CHECKS_COLUMNS, "estimates": ESTIMATES_COLUMNS, "events": EVENTS_COLUMNS,
}  # fmt: skip


@dataclass(frozen=True)
class Pipeline:
    """A corpus, its claims and their reconciliation."""

    corpus: pd.DataFrame
    claims: pd.DataFrame
    reconciliation: Reconciliation


def fingerprint(corpus: pd.DataFrame) -> str:
    """A hash of what the corpus holds (ids, outlets, dates, texts), independent of where it lives."""
    digest = hashlib.sha256()
    columns = [c for c in ("doc_id", "outlet", "published", "text") if c in corpus.columns]
    for row in corpus[columns].itertuples(index=False):
        digest.update("\x1f".join(str(value) for value in row).encode("utf-8", "surrogatepass"))
        digest.update(b"\x1e")
    return "sha256:" + digest.hexdigest()


def compute(corpus: pd.DataFrame) -> Pipeline:
    """Extract and reconcile a loaded corpus once."""
    from .claims import extract_corpus
    from .reconcile import reconcile

    claims = extract_corpus(corpus)
    return Pipeline(corpus, claims, reconcile(claims, corpus))


def write_folder(folder: str | os.PathLike, fill) -> Path:
    """Write a folder as one set: ``fill(staging)`` writes into a temporary folder beside
    ``folder``, which then replaces it whole. A failure leaves the previous folder as it was."""
    target = Path(folder)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    try:
        fill(staging)
        os.chmod(staging, 0o777 & ~_umask())
        _replace_folder(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return target


def write_artifacts(
    pipeline: Pipeline, folder: str | os.PathLike, *, source: str = "", options: dict | None = None,
    input_warnings: list[str] | None = None,
) -> Path:
    """Write the pipeline's tables into ``folder`` as one set (a temporary folder, then a rename).

    Parameters
    ----------
    pipeline:
        What :func:`compute` returns.
    folder:
        Where the tables go; an existing folder is replaced whole.
    source:
        How the corpus was named on the command line (a relative path or a name), for the
        manifest; never made absolute.
    options:
        The corpus options used (column mapping), recorded in the manifest.
    input_warnings:
        What loading the corpus warned about, kept for the report index.
    """
    from . import __version__

    def fill(staging: Path) -> None:
        write_table(pipeline.corpus.drop(columns=["text"], errors="ignore"), staging / "corpus.parquet")
        write_table(pipeline.claims, staging / "claims.parquet")
        for name, frame in pipeline.reconciliation.tables().items():
            write_table(frame, staging / "reconciliation" / f"{name}.parquet")
            write_table(frame, staging / "reconciliation" / f"{name}.csv")
        manifest = {
            "figures_version": __version__,
            "artifacts_version": ARTIFACTS_VERSION,
            "source": Path(source).name if source and Path(source).is_absolute() else source,
            "fingerprint": fingerprint(pipeline.corpus),
            "options": {k: v for k, v in sorted((options or {}).items()) if v not in (None, "", [])},
            "articles": len(pipeline.corpus),
            "claims": len(pipeline.claims),
            "tables": {name: len(frame) for name, frame in pipeline.reconciliation.tables().items()},
            "input_warnings": list(input_warnings or []),
        }
        (staging / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")

    return write_folder(folder, fill)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _replace_folder(staging: Path, target: Path) -> None:
    if target.exists():
        previous = target.with_name(f".{target.name}.old")
        shutil.rmtree(previous, ignore_errors=True)
        os.replace(target, previous)
        os.replace(staging, target)
        shutil.rmtree(previous, ignore_errors=True)
    else:
        os.replace(staging, target)


def read_manifest(folder: str | os.PathLike) -> dict:
    """The manifest of an artifacts folder.

    Raises
    ------
    FiguresInputError
        When the folder holds no manifest or one of another layout version.
    """
    path = Path(folder) / MANIFEST
    if not path.is_file():
        raise FiguresInputError(f"{folder}: no {MANIFEST}; write the tables with `figures report` first")
    manifest = json.loads(path.read_text(encoding="utf-8"))
    if manifest.get("artifacts_version") != ARTIFACTS_VERSION:
        raise FiguresInputError(
            f"{path}: tables of layout {manifest.get('artifacts_version')}, this figures reads "
            f"{ARTIFACTS_VERSION}; run `figures report` again to rewrite them"
        )
    return manifest


def load_reconciliation(folder: str | os.PathLike) -> Reconciliation:
    """The reconciliation tables of an artifacts folder (or of a bare reconciliation folder)."""
    folder = Path(folder)
    tables = folder / "reconciliation" if (folder / "reconciliation").is_dir() else folder
    if (folder / MANIFEST).is_file():
        read_manifest(folder)
    frames = {
        name: read_table(tables / f"{name}.parquet" if (tables / f"{name}.parquet").is_file() else tables / f"{name}.csv", schema, name)
        for name, schema in _RECONCILIATION_SCHEMAS.items()
    }
    return Reconciliation(**frames)


def load_artifacts(folder: str | os.PathLike) -> Pipeline:
    """Corpus, claims and reconciliation from an artifacts folder."""
    folder = Path(folder)
    read_manifest(folder)
    corpus_columns = [c for c in CORPUS_COLUMNS if c.name != "text"]
    return Pipeline(
        read_table(folder / "corpus.parquet", corpus_columns, "corpus"),
        read_table(folder / "claims.parquet", CLAIMS_COLUMNS, "claims"),
        load_reconciliation(folder),
    )
