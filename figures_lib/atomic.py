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


class PartitionedParquetWriter:
    """Write a table batch by batch into a Parquet dataset folder, partitioned by a column.

    Files go to a temporary folder beside ``target``, named by batch number (so the same input
    gives the same files), in hive-style folders (``partition=...``); :meth:`commit` puts the
    folder in place of ``target``. Memory holds one batch, never the whole table. Partition
    values are written as given, so pass a column of safe names (see ``partition_key``).
    """

    def __init__(self, target: str | os.PathLike, partition_column: str):
        self.target = Path(target)
        self.partition_column = partition_column
        self.target.parent.mkdir(parents=True, exist_ok=True)
        self.folder = Path(tempfile.mkdtemp(prefix=f".{self.target.name}.", suffix=".tmp", dir=self.target.parent))
        self.rows = 0

    def write(self, frame: pd.DataFrame, batch: int) -> None:
        """Add one batch (its number names its files)."""
        import pyarrow as pa
        import pyarrow.dataset as ds

        if frame.empty:
            return
        ds.write_dataset(
            pa.Table.from_pandas(frame, preserve_index=False), self.folder, format="parquet",
            partitioning=[self.partition_column], partitioning_flavor="hive",
            basename_template=f"part-{batch:06d}-{{i}}.parquet",
            existing_data_behavior="overwrite_or_ignore",
            use_threads=False,  # no writer threads left running when the program exits
        )  # fmt: skip
        self.rows += len(frame)

    def commit(self) -> Path:
        """Replace ``target`` (a previous dataset folder, if any) with the written folder."""
        import shutil

        if self.target.exists():
            previous = self.target.with_name(f".{self.target.name}.old")
            shutil.rmtree(previous, ignore_errors=True)
            os.replace(self.target, previous)
            os.replace(self.folder, self.target)
            shutil.rmtree(previous, ignore_errors=True)
        else:
            os.replace(self.folder, self.target)
        return self.target

    def abort(self) -> None:
        """Remove the temporary folder; ``target`` is left as it was."""
        import shutil

        shutil.rmtree(self.folder, ignore_errors=True)
