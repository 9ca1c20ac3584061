"""Readers and writers in one place: atomic outputs, table reading and file-name slugs.

Every output is written to a temporary file beside its target and renamed over it, so a crash
or an exception midway leaves the previous output (or none), never half a file. Outputs get
the permissions any new file gets (``0o666`` less the umask), not the ``0o600`` of a
temporary file.

CSV outputs are safe to open in a spreadsheet: a text cell that would start a formula (``=``,
``+``, ``-``, ``@``, a tab or a carriage return) is written with a leading ``'``, which
spreadsheets show as text. Only text columns are touched (a number such as ``-5`` in a numeric
column is written as it is), and only CSV (Parquet keeps every value as it is);
:func:`read_table` removes the ``'`` again, so a table read back equals the table written.
"""

from __future__ import annotations

import csv
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd

from .errors import FiguresInputError
from .schema import Column, conform

#: Characters that make a spreadsheet read a CSV cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# A cell that starts a formula, or one that starts with quotes before such a character (so
# that adding one quote on writing and removing one on reading is exact).
_FORMULA_CELL = re.compile(r"^'*[=+\-@\t\r]")
_NEUTRALISED_CELL = re.compile(r"^'+[=+\-@\t\r]")
_UNSAFE_IN_PATH = re.compile(r"[^a-z0-9_-]+")
_CARRIAGE_RETURN = re.compile(r".*\r", re.S)


# --------------------------------------------------------------------------------------------
# Permissions
# --------------------------------------------------------------------------------------------


def current_umask() -> int:
    """The process umask, read without changing it where the system allows (Linux /proc)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)  # elsewhere: set and restore at once
    os.umask(mask)
    return mask


def _chmod_like_new_file(path: Path, directory: bool = False) -> None:
    os.chmod(path, (0o777 if directory else 0o666) & ~current_umask())


# --------------------------------------------------------------------------------------------
# Atomic writing
# --------------------------------------------------------------------------------------------


@contextmanager
def atomic_path(target: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path next to ``target``; rename it onto ``target`` on success.

    The renamed file has the permissions of a new file (``0o666`` less the umask).
    """
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
        if temporary_path.exists():
            _chmod_like_new_file(temporary_path)
        os.replace(temporary_path, target)
    finally:
        temporary_path.unlink(missing_ok=True)


def neutralise_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` whose text cells cannot start a spreadsheet formula.

    Text cells starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return (after any
    quotes) get a leading ``'``. Numeric columns are left alone. Used for CSV output only.

    Examples
    --------
    >>> neutralise_formulas(pd.DataFrame({"a": ["=1+1", "ok"], "n": [-5, 3]})).to_dict("list")
    {'a': ["'=1+1", 'ok'], 'n': [-5, 3]}
    """
    changed = {}
    for name in frame.columns:
        column = frame[name]
        if not (pd.api.types.is_object_dtype(column) or pd.api.types.is_string_dtype(column)):
            continue
        mask = _matches(column, _FORMULA_CELL)
        if mask.any():
            changed[name] = column.where(~mask, "'" + column[mask].astype(object))
    return frame.assign(**changed) if changed else frame


def _matches(column: pd.Series, pattern: re.Pattern) -> pd.Series:
    """Which cells of a column are strings matching ``pattern`` (other values never match)."""
    return pd.Series(
        [isinstance(value, str) and pattern.match(value) is not None for value in column],
        index=column.index,
        dtype=bool,
    )


def _restore_formulas(frame: pd.DataFrame, text_columns: list[str]) -> pd.DataFrame:
    """Undo :func:`neutralise_formulas` on the text columns of a table read from CSV."""
    changed = {}
    for name in text_columns:
        if name not in frame.columns:
            continue
        column = frame[name]
        mask = _matches(column, _NEUTRALISED_CELL)
        if mask.any():
            changed[name] = column.where(~mask, column[mask].astype(object).str[1:])
    return frame.assign(**changed) if changed else frame


def _write_csv(frame: pd.DataFrame, path: Path) -> None:
    # The csv module quotes a cell holding "\n" but not one holding a bare "\r", which readers
    # take for a line end: then every text cell is quoted.
    has_return = any(
        _matches(frame[name], _CARRIAGE_RETURN).any()
        for name in frame.columns
        if pd.api.types.is_object_dtype(frame[name]) or pd.api.types.is_string_dtype(frame[name])
    )
    quoting = csv.QUOTE_NONNUMERIC if has_return else csv.QUOTE_MINIMAL
    frame.to_csv(path, index=False, lineterminator="\n", quoting=quoting)


def write_table(frame: pd.DataFrame, target: str | os.PathLike) -> Path:
    """Write a table as CSV or Parquet (chosen by the file suffix), atomically.

    CSV text cells that would start a spreadsheet formula get a leading ``'`` (see the module
    docstring); Parquet is written as it is.

    Raises
    ------
    ValueError
        If the suffix is neither ``.csv`` nor ``.parquet``.
    """
    target = Path(target)
    writers: dict[str, Callable[[Path], None]] = {
        ".csv": lambda path: _write_csv(neutralise_formulas(frame), path),
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
    values are written as given, so pass a column of safe names (see :func:`slug`).
    """

    def __init__(self, target: str | os.PathLike, partition_column: str):
        self.target = Path(target)
        self.partition_column = partition_column
        self.target.parent.mkdir(parents=True, exist_ok=True)
        self.folder = Path(
            tempfile.mkdtemp(prefix=f".{self.target.name}.", suffix=".tmp", dir=self.target.parent)
        )
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
        _chmod_like_new_file(self.folder, directory=True)
        replace_folder(self.folder, self.target)
        return self.target

    def abort(self) -> None:
        """Remove the temporary folder; ``target`` is left as it was."""
        import shutil

        shutil.rmtree(self.folder, ignore_errors=True)


def replace_folder(staging: Path, target: Path) -> None:
    """Put the folder ``staging`` in place of ``target`` (removing a previous ``target``)."""
    import shutil

    if target.exists():
        previous = target.with_name(f".{target.name}.old")
        shutil.rmtree(previous, ignore_errors=True)
        os.replace(target, previous)
        os.replace(staging, target)
        shutil.rmtree(previous, ignore_errors=True)
    else:
        os.replace(staging, target)


def write_folder(folder: str | os.PathLike, fill: Callable[[Path], object]) -> Path:
    """Write a folder as one set: ``fill(staging)`` writes into a temporary folder beside
    ``folder``, which then replaces it whole. A failure leaves the previous folder as it was."""
    import shutil

    target = Path(folder)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    try:
        fill(staging)
        _chmod_like_new_file(staging, directory=True)
        replace_folder(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return target


# --------------------------------------------------------------------------------------------
# Reading tables
# --------------------------------------------------------------------------------------------


def read_table(path: str | os.PathLike, columns: list[Column], what: str) -> pd.DataFrame:
    """Read a table the suite wrote (CSV or Parquet) back with its schema's dtypes.

    Parameters
    ----------
    path:
        A ``.csv`` or ``.parquet`` file.
    columns:
        The table's schema (a list of ``schema.Column``).
    what:
        The table's name for messages (``"claims"``).

    Raises
    ------
    FiguresInputError
        Naming the file and what is wrong: a missing or empty file, an unknown suffix, a file
        that is not a table, missing columns, values of the wrong type.
    """
    path = Path(path)
    if path.is_dir():
        raise FiguresInputError(
            f"{path}: a folder, not a {what} table; give the .csv or .parquet file"
        )
    if not path.is_file():
        raise FiguresInputError(f"{path}: no such file; write it first (e.g. `figures extract`)")
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".parquet"):
        raise FiguresInputError(
            f"{path}: read a .csv or .parquet {what} table (got {suffix or 'no suffix'!r})"
        )
    if path.stat().st_size == 0:
        raise FiguresInputError(
            f"{path}: empty file, not a {what} table; write it again (e.g. `figures extract`)"
        )
    text_columns = [c.name for c in columns if c.dtype == "string"]
    try:
        if suffix == ".csv":
            # Text columns keep empty strings as empty strings; other columns read "" as missing.
            frame = pd.read_csv(
                path,
                dtype=dict.fromkeys(text_columns, "string"),
                keep_default_na=False,
                na_values={c.name: [""] for c in columns if c.dtype != "string"},
            )
            frame = _restore_formulas(frame, text_columns)
        else:
            frame = pd.read_parquet(path)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as error:
        raise FiguresInputError(f"{path}: not a readable CSV ({error}); write it again") from None
    except (OSError, ValueError) as error:  # pyarrow's ArrowInvalid is a ValueError
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise FiguresInputError(
            f"{path}: not a readable {what} table ({reason}); write it again"
        ) from None
    missing = [c.name for c in columns if c.name not in frame.columns]
    if missing:
        raise FiguresInputError(
            f"{path}: not a {what} table; it lacks the column(s) {', '.join(missing)}"
        )
    try:
        return conform(frame, columns)
    except (ValueError, TypeError) as error:
        raise FiguresInputError(
            f"{path}: a column of the {what} table has values of the wrong type ({error})"
        ) from None


# --------------------------------------------------------------------------------------------
# File-name slugs
# --------------------------------------------------------------------------------------------


def slug(text: object, fallback: str = "unknown", max_chars: int = 60) -> str:
    """A file-name-safe form of a name: lower-case letters, digits, ``-`` and ``_``.

    Examples
    --------
    >>> slug("Ministry of Defence / UK")
    'ministry-of-defence-uk'
    >>> slug("../..", fallback="all")
    'all'
    """
    cleaned = _UNSAFE_IN_PATH.sub("-", str(text).lower()).strip("-")
    return cleaned[:max_chars] or fallback
