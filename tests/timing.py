"""Timing for the linear-time tests: processor time, cycle collector off, best of a few runs.

Wall time counts whatever else shares the machine (a kernel or browser an earlier test left
shutting down, a CI neighbour), and the cycle collector's passes grow with every object alive,
the test's own included; neither is the code's own growth, so both are kept out.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from typing import Any


def cpu_seconds(function: Callable[..., Any], *args: Any) -> float:
    """Processor seconds one call of ``function(*args)`` takes, with the cycle collector off."""
    gc.collect()
    gc.disable()
    try:
        started = time.process_time()
        function(*args)
        return time.process_time() - started
    finally:
        gc.enable()


def assert_grows_linearly(
    function: Callable[..., Any],
    small: tuple,
    large: tuple,
    *,
    ratio: float,
    slack: float = 0.05,
    label: Any = "",
    rounds: int = 3,
) -> None:
    """Assert ``function(*large)`` costs at most ``ratio`` times ``function(*small)``, plus
    ``slack``, each the best of up to ``rounds`` paired runs.

    The small and the large run alternate, so that a spell of load from a neighbour on the
    machine slows both sides of a pair, not only the large side; further pairs run only while
    the bound is missed. A quadratic shape misses it in every pair.
    """
    small_seconds = large_seconds = float("inf")
    for _ in range(rounds):
        small_seconds = min(small_seconds, cpu_seconds(function, *small))
        large_seconds = min(large_seconds, cpu_seconds(function, *large))
        if large_seconds <= ratio * small_seconds + slack:
            return
    raise AssertionError((label, small_seconds, large_seconds))
