"""Step 6, estimates: a low / best / high per kind, scope, place, event and period across
claimants."""

from __future__ import annotations

import math
import statistics

import pandas as pd

from ..schema import (
    ESTIMATES_COLUMNS,
    empty_frame,
    frame_from_rows,
    records_of,
)
from .claimants import rate_unit
from .common import (
    _WHERE,
    DATE_TOLERANCE_DAYS,
    _by_key,
    _date_clusters,
    _date_or_max,
    _missing,
    _period_days,
    _where,
)
from .intervals import (
    claim_interval,
    envelope,
    intersect,
    stable_id,
)
from .wording import _number


def estimate(claims: pd.DataFrame, date_tolerance_days: int = DATE_TOLERANCE_DAYS) -> pd.DataFrame:
    """Low / best / high per kind and period across claimants (``ESTIMATES_COLUMNS``).

    Each claimant's interval is the common part of what its outlets report. When the claimants'
    intervals overlap, low is the highest credible lower bound, high the lowest credible upper
    bound, and best the median of their best estimates kept inside that range. When they do
    not, or when one claimant's own outlets disagree, low and high span every claim, best is
    left empty, and the status says ``disagree``. Figures are in the comparison unit.
    """
    return _estimate(records_of(claims), date_tolerance_days)


def _estimate(records: list[dict], date_tolerance_days: int = DATE_TOLERANCE_DAYS) -> pd.DataFrame:
    rows = []
    for key, members in _by_key(records, "basis", *_WHERE).items():
        for cluster in _date_clusters(members, date_tolerance_days):
            groups_of: dict[str, set[str]] = {}
            for claim in cluster:
                groups_of.setdefault(claim["claimant"], set()).add(claim["group_id"])
            if all(len(groups) == 1 for groups in groups_of.values()):
                rows.append(_estimate_row(key, cluster))
                continue
            # A claimant gives several different figures of this kind for the period (two
            # different things): which of them the others' figures match cannot be told, so
            # each group stands alone.
            for group_id in sorted({claim["group_id"] for claim in cluster}):
                rows.append(_estimate_row(key, [c for c in cluster if c["group_id"] == group_id]))
    if not rows:
        return empty_frame(ESTIMATES_COLUMNS)
    rows.sort(
        key=lambda row: (
            row["kind"],
            row["basis"],
            _date_or_max(row["period_end"]),
            row["estimate_id"],
        )
    )
    return frame_from_rows(rows, ESTIMATES_COLUMNS)


def _estimate_row(key: tuple, members: list[dict]) -> dict:
    first = members[0]
    by_claimant: dict[str, list[dict]] = {}
    for claim in members:
        by_claimant.setdefault(claim["claimant"], []).append(claim)
    intervals, bests, described = [], [], []
    own_disagreement = False
    for claimant in sorted(by_claimant):
        own = by_claimant[claimant]
        common = intersect(claim_interval(c) for c in own)
        if common is None:  # the claimant's own outlets disagree: keep their envelope
            own_disagreement = True
            common = envelope([claim_interval(c) for c in own])
        intervals.append(common)
        bests.append(statistics.median(c["quantity"] for c in own))
        figures = sorted({c["quantity"] for c in own})
        described.append(f"{claimant}: {', '.join(_number(f) for f in figures)}")
    overlap = None if own_disagreement else intersect(intervals)
    if overlap is not None:
        low, high, low_inclusive, high_inclusive = overlap
        best = min(max(statistics.median(bests), low), high)
        status = "single" if len(intervals) == 1 else "agree"
    else:
        low, high, low_inclusive, high_inclusive = envelope(intervals)
        best = math.nan
        status = "disagree"
    lengths = [c["days"] for c in members if not _missing(c["days"]) and c["days"] > 0]
    days = statistics.median(lengths) if lengths else math.nan
    return {
        "estimate_id": stable_id("e", *key, *_period_days(first), first["group_id"]),
        "kind": first["kind"],
        "subtype": first["subtype"],
        "casualty_group": first["casualty_group"],
        **_where(first),
        "basis": first["basis"],
        "period_start": first["period_start"],
        "period_end": first["period_end"],
        "unit": first["quantity_unit"],
        "low": low,
        "best": best,
        "high": high,
        "low_inclusive": low_inclusive,
        "high_inclusive": high_inclusive,
        "per_day_low": low / days,
        "per_day_high": high / days,
        "per_day_value": best / days,
        "rate_unit": rate_unit(first["quantity_unit"]),
        "status": status,
        "bounds": _estimate_bounds(members),
        "claimants": "; ".join(described),
        "independent_sources": len({c["source_outlet"] for c in members}),
        "claim_ids": "; ".join(sorted(c["claim_id"] for c in members)),
    }


def _estimate_bounds(members: list[dict]) -> str:
    """``lower bound only`` when every claim is open-ended above, so the best is a floor."""
    if all(math.isinf(claim["high"]) for claim in members):
        return "lower bound only"
    if all(claim["qualifier"] in ("less_than", "at_most") for claim in members):
        return "upper bound only"
    return "closed"
