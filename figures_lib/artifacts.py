"""The pipeline's tables, written once and read by everything downstream.

``figures report`` (and anyone calling :func:`compute_artifacts`) loads a corpus, extracts its
claims and reconciles them once, and writes a folder::

    tables/
      manifest.json           what was run on what: version, input fingerprint, options, counts
      corpus.parquet          one row per article (without its text)
      claims.parquet          the claims table
      reconciliation/         claims, sources, events, groups, checks, estimates
                              (.parquet and .csv)
      errors.csv              articles skipped by loading or extraction (only when any were)

The notebooks, the report index and :func:`load_reconciliation` read it back; nothing is
extracted twice. The folder is written beside its target and renamed into place, so a failure
midway leaves the previous folder whole. The manifest names no absolute path.
"""

from __future__ import annotations

import hashlib
import json
import os
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .errors import FiguresInputError, FiguresInputWarning
from .io import read_table, write_folder, write_table
from .reconcile import Reconciliation
from .schema import (
    CHECKS_COLUMNS,
    CLAIMS_COLUMNS,
    CORPUS_COLUMNS,
    ERRORS_COLUMNS,
    ESTIMATES_COLUMNS,
    EVENTS_COLUMNS,
    GROUPS_COLUMNS,
    RECONCILED_CLAIMS_COLUMNS,
    SOURCES_COLUMNS,
    conform,
    empty_frame,
)

MANIFEST = "manifest.json"
#: The errors table of a tables folder, written only when an article was skipped.
ERRORS_TABLE = "errors.csv"
#: Bumped when the folder's layout or a table's schema changes.
ARTIFACTS_VERSION = 2
_RECONCILIATION_SCHEMAS = {
    "claims": RECONCILED_CLAIMS_COLUMNS, "sources": SOURCES_COLUMNS, "groups": GROUPS_COLUMNS,
    "checks": CHECKS_COLUMNS, "estimates": ESTIMATES_COLUMNS, "events": EVENTS_COLUMNS,
}  # fmt: skip


@dataclass(frozen=True)
class Pipeline:
    """A corpus, its claims and their reconciliation, and the articles skipped on the way."""

    corpus: pd.DataFrame
    claims: pd.DataFrame
    reconciliation: Reconciliation
    errors: pd.DataFrame = field(default_factory=lambda: empty_frame(ERRORS_COLUMNS))


def fingerprint(corpus: pd.DataFrame) -> str:
    """A hash of what the corpus holds (ids, outlets, dates, texts), independent of where it
    lives."""
    digest = hashlib.sha256()
    columns = [c for c in ("doc_id", "outlet", "published", "text") if c in corpus.columns]
    for row in corpus[columns].itertuples(index=False):
        digest.update("\x1f".join(str(value) for value in row).encode("utf-8", "surrogatepass"))
        digest.update(b"\x1e")
    return "sha256:" + digest.hexdigest()


def errors_frame(rows: list[dict]) -> pd.DataFrame:
    """The errors table (schema ``ERRORS_COLUMNS``) from the rows loading and extraction add."""
    if not rows:
        return empty_frame(ERRORS_COLUMNS)
    names = [c.name for c in ERRORS_COLUMNS]
    frame = pd.DataFrame([{name: str(row.get(name) or "") for name in names} for row in rows])
    return conform(frame, ERRORS_COLUMNS)


def compute(corpus: pd.DataFrame, *, errors: list[dict] | None = None) -> Pipeline:
    """Extract and reconcile a loaded corpus once.

    An article whose extraction fails is skipped with a warning and listed in the pipeline's
    ``errors`` table, after the rows already in ``errors`` (those of loading, if given).
    """
    from .claims import extract_corpus
    from .reconcile import reconcile

    rows = list(errors or [])
    claims = extract_corpus(corpus, errors=rows)
    return Pipeline(corpus, claims, reconcile(claims, corpus), errors_frame(rows))


def prepare(
    corpus: str | os.PathLike | None,
    folder: str | os.PathLike,
    *,
    columns=None,
    encoding: str | None = None,
    source: str = "",
    options: dict | None = None,
) -> Pipeline:
    """Load ``corpus`` (``None``: the seeds), extract and reconcile it, and write ``folder``.

    Articles that fail to load or to extract are skipped with a warning and listed in
    ``errors.csv``; the input warnings are shown and kept in the manifest.

    Raises
    ------
    FiguresInputError
        When the corpus cannot be read at all, or holds no article.
    """
    from .corpus import load_corpus

    rows: list[dict] = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", FiguresInputWarning)
        frame = load_corpus(corpus or None, columns=columns, encoding=encoding, errors=rows)
        pipeline = compute(frame, errors=rows) if len(frame) else None
    for warning in caught:
        warnings.showwarning(warning.message, warning.category, warning.filename, warning.lineno)
    if pipeline is None:
        raise FiguresInputError(
            f"{corpus or 'seeds'}: no article could be loaded (see the warnings above); fix the "
            "input or give another corpus"
        )
    messages = sorted(
        {str(w.message) for w in caught if issubclass(w.category, FiguresInputWarning)}
    )
    write_artifacts(pipeline, folder, source=source or str(corpus or "seeds"), options=options,
                    input_warnings=messages)  # fmt: skip
    return pipeline


def write_artifacts(
    pipeline: Pipeline,
    folder: str | os.PathLike,
    *,
    source: str = "",
    options: dict | None = None,
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
        write_table(
            pipeline.corpus.drop(columns=["text"], errors="ignore"), staging / "corpus.parquet"
        )
        write_table(pipeline.claims, staging / "claims.parquet")
        for name, frame in pipeline.reconciliation.tables().items():
            write_table(frame, staging / "reconciliation" / f"{name}.parquet")
            write_table(frame, staging / "reconciliation" / f"{name}.csv")
        if len(pipeline.errors):
            write_table(pipeline.errors, staging / ERRORS_TABLE)
        manifest = {
            "figures_version": __version__,
            "artifacts_version": ARTIFACTS_VERSION,
            "source": Path(source).name if source and Path(source).is_absolute() else source,
            "fingerprint": fingerprint(pipeline.corpus),
            "options": {
                k: v for k, v in sorted((options or {}).items()) if v not in (None, "", [])
            },
            "articles": len(pipeline.corpus),
            "claims": len(pipeline.claims),
            "errors": len(pipeline.errors),
            "tables": {
                name: len(frame) for name, frame in pipeline.reconciliation.tables().items()
            },
            "input_warnings": list(input_warnings or []),
        }
        (staging / MANIFEST).write_text(
            json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8"
        )

    return write_folder(folder, fill)


def read_manifest(folder: str | os.PathLike) -> dict:
    """The manifest of an artifacts folder.

    Raises
    ------
    FiguresInputError
        When the folder holds no manifest or one of another layout version.
    """
    path = Path(folder) / MANIFEST
    if not path.is_file():
        raise FiguresInputError(
            f"{folder}: no {MANIFEST}; write the tables with `figures report` first"
        )
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
        name: read_table(
            tables / f"{name}.parquet"
            if (tables / f"{name}.parquet").is_file()
            else tables / f"{name}.csv",
            schema,
            name,
        )
        for name, schema in _RECONCILIATION_SCHEMAS.items()
    }
    return Reconciliation(**frames)


def load_artifacts(folder: str | os.PathLike) -> Pipeline:
    """Corpus, claims and reconciliation from an artifacts folder."""
    folder = Path(folder)
    read_manifest(folder)
    corpus_columns = [c for c in CORPUS_COLUMNS if c.name != "text"]
    errors_path = folder / ERRORS_TABLE
    return Pipeline(
        read_table(folder / "corpus.parquet", corpus_columns, "corpus"),
        read_table(folder / "claims.parquet", CLAIMS_COLUMNS, "claims"),
        load_reconciliation(folder),
        read_table(errors_path, ERRORS_COLUMNS, "errors")
        if errors_path.is_file()
        else empty_frame(ERRORS_COLUMNS),
    )
