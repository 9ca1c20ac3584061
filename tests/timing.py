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
) -> None:
    """Assert ``function(*large)`` costs at most ``ratio`` times the best of three small runs,
    plus ``slack``.

    The large run is repeated, up to three times, only when it misses the bound (an allocator
    or cache hiccup); a quadratic shape misses it every time.
    """
    small_seconds = min(cpu_seconds(function, *small) for _ in range(3))
    bound = ratio * small_seconds + slack
    large_seconds = cpu_seconds(function, *large)
    for _ in range(2):
        if large_seconds <= bound:
            break
        large_seconds = min(large_seconds, cpu_seconds(function, *large))
    assert large_seconds <= bound, (label, small_seconds, large_seconds)
