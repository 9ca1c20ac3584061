"""Extraction on Dask: the same per-article extraction, spread over a ``dask.distributed`` cluster.

Two entries, both giving exactly the rows and ``claim_id``s of ``extract_corpus``:

- :func:`extract_dask` maps the extraction over the partitions of a Dask DataFrame of articles
  (``map_partitions``), for users whose corpus already lives in Dask (``dd.read_parquet``);
- :func:`extract_with_dask` takes a pandas corpus or an iterable of batches (as the CLI streams
  a file), submits batches to a cluster with a bounded number in flight, and gathers the claims.

The cluster is a local one (worker processes on this machine) unless a scheduler address is
given, in which case the existing cluster is used and left running.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

import pandas as pd

# A batch's failures come back with its claims and are warned about here: a warning given on a
# worker would only reach the worker's log.
from .claims import _partition_claims, _warn_skipped, extract_corpus, sort_claims
from .schema import CLAIMS_COLUMNS, empty_frame


def extract_dask(articles):
    """Claims of a Dask DataFrame of articles (``doc_id``, ``text``, ...), lazily.

    Returns a Dask DataFrame with the claims schema; ``.compute()`` it and pass it to
    :func:`figures_lib.claims.sort_claims` for the exact table ``extract_corpus`` gives.
    """
    return articles.map_partitions(extract_corpus, meta=empty_frame(CLAIMS_COLUMNS))


@contextmanager
def dask_client(workers: int = 2, scheduler: str | None = None) -> Iterator:
    """A ``distributed.Client``: on a new local cluster of ``workers`` single-threaded worker
    processes (closed afterwards), or connected to the scheduler at ``scheduler``."""
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    # One thread per worker: extraction is pure Python, so threads would share one core.
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=None, silence_logs=logging.WARNING) as cluster, \
            Client(cluster) as client:  # fmt: skip
        yield client


def extract_with_dask(
    corpus: pd.DataFrame | Iterable[pd.DataFrame],
    *,
    workers: int = 2,
    scheduler: str | None = None,
    progress: Callable[[int], None] | None = None,
    sink: Callable[[pd.DataFrame, int], None] | None = None,
    in_flight_per_worker: int = 2,
    errors: list | None = None,
) -> pd.DataFrame:
    """Extract a corpus table, or an iterable of corpus batches, on a Dask cluster.

    At most ``in_flight_per_worker`` batches per worker are submitted but not yet gathered,
    so memory holds a few batches however long the corpus is. ``progress`` is called with the
    number of articles in each batch as it completes. With ``sink``, each batch's claims are
    handed to ``sink(claims, batch_number)`` as they arrive and not kept: the result is empty.
    An article whose extraction fails on a worker is skipped with a warning given here, and
    appended to ``errors`` (``schema.ERRORS_COLUMNS`` rows) when a list is given, as
    ``extract_corpus`` does in-process.
    """
    from distributed import as_completed

    if isinstance(corpus, pd.DataFrame):
        table, size = corpus, max(1, -(-len(corpus) // (workers * 4)))  # four batches a worker
        corpus = (table.iloc[i : i + size] for i in range(0, len(table), size))
    frames: dict[int, pd.DataFrame] = {}
    with dask_client(workers, scheduler) as client:
        limit = max(1, in_flight_per_worker * len(client.scheduler_info()["workers"]))
        running = as_completed()
        index_of: dict[str, tuple[int, int]] = {}
        run = uuid.uuid4().hex[:8]

        def collect(future) -> None:
            index, articles = index_of.pop(future.key)
            claims, failures = future.result()
            for failure in failures:
                _warn_skipped(failure)
            if errors is not None:
                errors.extend(failures)
            if sink is not None:
                sink(claims, index)
            else:
                frames[index] = claims
            if progress is not None:
                progress(articles)

        for index, batch in enumerate(corpus):
            future = client.submit(_partition_claims, batch, key=f"figures-extract-{run}-{index}")
            index_of[future.key] = (index, len(batch))
            running.add(future)
            while running.count() >= limit:
                collect(next(running))
        for future in running:
            collect(future)
    ordered = [frames[i] for i in sorted(frames) if len(frames[i])]
    if not ordered:
        return empty_frame(CLAIMS_COLUMNS)
    return sort_claims(pd.concat(ordered, ignore_index=True))
