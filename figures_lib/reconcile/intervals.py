"""Interval arithmetic on claims, shared by the reconciliation steps.

An interval is ``(low, high, low_inclusive, high_inclusive)`` in a claim's comparison unit
(kilograms for tonnage, the counting unit otherwise), with ``inf`` for an open end.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ..units import to_comparison

#: Relative tolerance for "about" figures when matching claims across outlets.
APPROX_TOLERANCE = 0.05

Interval = tuple[float, float, bool, bool]


@lru_cache(maxsize=64)
def factor(unit: str) -> float:
    """What one ``unit`` is in its comparison unit (a tonne: 1,000 kilograms)."""
    return to_comparison(1.0, unit)[0]


def claim_interval(claim: dict, tolerance: float = 0.0) -> Interval:
    """A claim's bounds in its comparison unit; an "about" figure widened by ``tolerance``."""
    key = _CACHED_AS.get(tolerance)
    found = claim.get(key) if key else None
    if found is None:
        scale = factor(claim["unit"])
        low, high = claim["low"] * scale, claim["high"] * scale
        if tolerance and claim["qualifier"] == "approx":
            low, high = low * (1 - tolerance), high * (1 + tolerance)
        found = low, high, bool(claim["low_inclusive"]), bool(claim["high_inclusive"])
        if key:
            # Computed once per claim: the steps ask for each claim's interval many times.
            claim[key] = found
    return found


#: Where a claim's dict keeps its interval, exact and widened by the usual tolerance.
_CACHED_AS = {0.0: "_interval", APPROX_TOLERANCE: "_widened_interval"}


def intersect(intervals: Iterable[Interval]) -> Interval | None:
    """The common part of intervals, or None when they share no point."""
    low, high, low_inclusive, high_inclusive = -math.inf, math.inf, True, True
    for a_low, a_high, a_low_inclusive, a_high_inclusive in intervals:
        if a_low > low or (a_low == low and not a_low_inclusive):
            low, low_inclusive = a_low, a_low_inclusive
        if a_high < high or (a_high == high and not a_high_inclusive):
            high, high_inclusive = a_high, a_high_inclusive
    if low < high or (low == high and low_inclusive and high_inclusive):
        return low, high, low_inclusive, high_inclusive
    return None


def envelope(intervals: list[Interval]) -> Interval:
    """The smallest closed interval holding every one of ``intervals``."""
    return min(i[0] for i in intervals), max(i[1] for i in intervals), True, True


def open_bounds(members: list[dict]) -> str:
    """Whether agreement among claims says only a floor or a ceiling.

    ``lower bound only`` when a claim is open-ended above ("at least 50": anything from 50 up
    agrees with it), ``upper bound only`` when one is bounded only above ("up to 20"),
    ``closed`` otherwise.
    """
    above = any(math.isinf(claim["high"]) for claim in members)
    below = any(claim["qualifier"] in ("less_than", "at_most") for claim in members)
    if above and below:
        return "lower and upper bounds only"
    if above:
        return "lower bound only"
    if below:
        return "upper bound only"
    return "closed"


@dataclass(frozen=True)
class Agreement:
    """How a set of claims agrees: ``single``, ``same`` (one interval and wording), ``overlap``
    (the intervals share a point, "about" figures widened) or ``apart``; their common interval
    (the envelope when apart), and the spread of their best figures."""

    status: str
    low: float
    high: float
    value_min: float
    value_max: float
    spread: float


def agreement(members: list[dict], tolerance: float) -> Agreement:
    """The agreement of claims in comparison units (groups and events read it in their words)."""
    exact = {claim_interval(c) + (c["qualifier"],) for c in members}
    common = intersect(claim_interval(c, tolerance) for c in members)
    if len(members) == 1:
        status = "single"
    elif len(exact) == 1:
        status = "same"
    elif common is not None:
        status = "overlap"
    else:
        status = "apart"
    low, high = (common or envelope([claim_interval(c) for c in members]))[:2]
    values = [c["quantity"] for c in members]
    smallest, largest = min(values), max(values)
    spread = (
        (largest / smallest - 1) if smallest > 0 else (0.0 if largest == smallest else math.inf)
    )
    return Agreement(status, low, high, smallest, largest, spread)


def stable_id(prefix: str, *parts) -> str:
    """A short id that depends only on ``parts``, so reruns give the same ids."""
    key = "|".join(map(str, parts))
    return prefix + hashlib.sha1(key.encode()).hexdigest()[:12]


def split_by_article(cluster: list[dict], tolerance: float, by=("doc_id",)) -> list[list[dict]]:
    """Split a cluster so that no part holds two claims of one article (of one ``by`` key).

    An article states each claim once (extraction merges repeats), so two different figures
    of one kind, claimant and period in one article are two things ("more than 5,000 fighters"
    of one group, "5,000 to 7,000" of another). Another article's figure joins the part it is
    compatible with; a figure compatible with none joins the first part it could belong to,
    which then shows the disagreement, unless its own article has several such figures.
    ``by=("doc_id", "claimant")`` lets one article's different claimants disagree in one part
    (the monitor's 25 and state television's 14 for one bombing).
    """

    if len(cluster) == 1:
        return [cluster]

    keys = [tuple(claim[name] for name in by) for claim in cluster]
    per_article: dict[tuple, int] = {}
    for key in keys:
        per_article[key] = per_article.get(key, 0) + 1
    # Each part keeps the keys it holds and the common interval of its members (None once they
    # disagree), so a claim is tested against a part in constant time.
    parts: list[list[dict]] = []
    part_keys: list[set] = []
    part_common: list[Interval | None] = []
    order = sorted(
        range(len(cluster)),
        key=lambda i: (cluster[i]["doc_id"], cluster[i]["start"], cluster[i]["claim_id"]),
    )
    for i in order:
        claim, key = cluster[i], keys[i]
        interval = claim_interval(claim, tolerance)
        open_parts = [j for j in range(len(parts)) if key not in part_keys[j]]
        compatible = [
            j for j in open_parts
            if part_common[j] is not None and intersect([interval, part_common[j]]) is not None
        ]  # fmt: skip
        if compatible:
            chosen = compatible[0]
            part_common[chosen] = intersect([interval, part_common[chosen]])
        elif open_parts and per_article[key] == 1:
            chosen = open_parts[0]
            part_common[chosen] = None  # it now holds figures that cannot all be true
        else:
            parts.append([])
            part_keys.append(set())
            part_common.append(interval)
            chosen = len(parts) - 1
        parts[chosen].append(claim)
        part_keys[chosen].add(key)
    return parts
