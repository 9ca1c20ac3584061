"""Write outputs atomically: to a temporary file beside the target, then rename over it.

A crash or an exception midway leaves the previous output (or none), never half a file.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd


@contextmanager
def atomic_path(target: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path next to ``target``; rename it onto ``target`` on success."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    # The temporary name ends in the target's suffix, for writers that check it (papermill).
    handle, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=f".tmp{target.suffix}", dir=target.parent
    )
    os.close(handle)
    temporary_path = Path(temporary)
    try:
        yield temporary_path
        os.replace(temporary_path, target)
    finally:
        temporary_path.unlink(missing_ok=True)


def write_table(frame: pd.DataFrame, target: str | os.PathLike) -> Path:
    """Write a table as CSV or Parquet (chosen by the file suffix), atomically.

    Raises
    ------
    ValueError
        If the suffix is neither ``.csv`` nor ``.parquet``.
    """
    target = Path(target)
    writers: dict[str, Callable[[Path], None]] = {
        ".csv": lambda path: frame.to_csv(path, index=False, lineterminator="\n"),
        ".parquet": lambda path: frame.to_parquet(path, index=False),
    }
    suffix = target.suffix.lower()
    if suffix not in writers:
        raise ValueError(f"{target}: write .csv or .parquet (got {suffix or 'no suffix'!r})")
    with atomic_path(target) as temporary:
        writers[suffix](temporary)
    return target
