"""Moved to :mod:`figures_lib.io`; kept so that existing imports keep working until they switch."""

from .io import (  # moved to io; kept for old imports
    PartitionedParquetWriter,
    atomic_path,
    write_table,
)

__all__ = ["PartitionedParquetWriter", "atomic_path", "write_table"]
