"""The words of the checks' findings: figures, rates and spans as a reader reads them."""

from __future__ import annotations

import math
from functools import lru_cache

import pandas as pd

from ..units import describe_figure


def _number(value: float) -> str:
    if pd.isna(value):
        return "unknown"
    if value == math.inf:
        return "no limit"
    return f"{value:,.0f}" if abs(value) >= 100 or value == int(value) else f"{value:,.1f}"


def _rate_range(rate: dict) -> str:
    low, high = rate["window_rate_low"], rate["window_rate_high"]
    return _number(low) if low == high else f"{_number(low)}-{_number(high)}"


def _rate_words(span: dict) -> str:
    low, high, per_day = span["rate_low"], span["rate_high"], span["rate_unit"]
    if high == math.inf:
        word = "at least" if span["rate_low_inclusive"] else "more than"
        return f"{word} {_number(low)} {per_day}"
    if low == 0:
        word = "at most" if span["rate_high_inclusive"] else "under"
        return f"{word} {_number(high)} {per_day}"
    if math.isclose(low, high):
        return f"{_number(low)} {per_day}"
    return f"between {_number(low)} and {_number(high)} {per_day}"


_DAYS: dict[int, str] = {}


def _day(date: pd.Timestamp) -> str:
    """``f"{date:%Y-%m-%d}"``, remembered by the day's nanoseconds: formatting a Timestamp costs
    microseconds, and the findings name the same few thousand days again and again."""
    words = _DAYS.get(date.value)
    if words is None:
        words = _DAYS[date.value] = f"{date:%Y-%m-%d}"
    return words


def _figure(low: float, high: float, qualifier: str, unit: str) -> str:
    """``describe_figure``, remembered: a few thousand distinct figures among a million claims."""
    if low == 0 or high == 0:  # 0.0 and -0.0 are one key but two words ("0", "-0")
        return describe_figure(low, high, qualifier, unit)
    return _remembered_figure(low, high, qualifier, unit)


_remembered_figure = lru_cache(maxsize=2**16)(describe_figure)
