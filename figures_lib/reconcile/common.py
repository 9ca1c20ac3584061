"""Keys and periods the reconciliation steps share: what a figure counts, where, and when."""

from __future__ import annotations

from operator import itemgetter

import numpy as np
import pandas as pd

from ..incidents import is_country

#: Periods whose dates differ by at most this many days are the same period.
DATE_TOLERANCE_DAYS = 1


def _missing(value) -> bool:
    """``pd.isna`` for one date, without its cost (it is called for every claim, several times)."""
    return value is None or value is pd.NaT or (isinstance(value, float) and value != value)


def _date_or_min(value) -> pd.Timestamp:
    return pd.Timestamp.min if _missing(value) else value


def _date_or_max(value) -> pd.Timestamp:
    return pd.Timestamp.max if _missing(value) else value


def _date_clusters(members: list[dict], tolerance_days: int) -> list[list[dict]]:
    """Split claims into runs whose period start and end lie within the tolerance of the first.

    Undated claims sort last, so the result never depends on the order of the input rows.
    """
    if len(members) == 1:
        return [members]
    ordered = sorted(members, key=lambda c: _period_days(c) + (c["claim_id"],))
    clusters: list[list[dict]] = []
    for claim in ordered:
        if clusters and _same_period(clusters[-1][0], claim, tolerance_days):
            clusters[-1].append(claim)
        else:
            clusters.append([claim])
    return clusters


# day numbers that sort an undated end last, a missing start first
_NO_END, _NO_START = 10**9, -(10**9)


_NANOSECONDS_A_DAY = 86_400 * 10**9


def _period_days(claim: dict) -> tuple[int, int]:
    """(end, start) of a claim's period as day numbers, computed once per claim.

    Comparing Timestamps costs microseconds each, and a million claims are sorted and compared
    several times; integers cost a fraction of that.
    """
    days = claim.get("_period_days")
    if days is None:
        end, start = claim["period_end"], claim["period_start"]
        days = (
            _NO_END if _missing(end) else end.value // _NANOSECONDS_A_DAY,
            _NO_START if _missing(start) else start.value // _NANOSECONDS_A_DAY,
        )
        claim["_period_days"] = days
    return days


def _same_period(first: dict, other: dict, tolerance_days: int) -> bool:
    (end, start), (other_end, other_start) = _period_days(first), _period_days(other)
    return (
        (end == _NO_END) == (other_end == _NO_END)
        and abs(end - other_end) <= tolerance_days
        and (start == _NO_START) == (other_start == _NO_START)
        and abs(start - other_start) <= tolerance_days
    )


def _by_key(records: list[dict], *names: str) -> dict[tuple, list[dict]]:
    """Claims of one kind, subtype, casualty group and comparison unit, split further by
    ``names``."""
    found: dict[tuple, list[dict]] = {}
    key_of = itemgetter(*_SAME_THING, "quantity_unit", *names)  # builds the tuple in C
    for claim in records:
        found.setdefault(key_of(claim), []).append(claim)
    # Every part of a key is text (the claims table's string columns), so keys sort as they are.
    return {key: found[key] for key in sorted(found)}


_SAME_THING = ("kind", "subtype", "casualty_group")


# Where a count is: claims are compared only within one scope, place and event.
_WHERE = ("scope", "place", "event_id")


def _where(first: dict) -> dict:
    return {name: first[name] for name in _WHERE}


#: The claim columns the steps read. Their dicts carry only these, 24 of the 33 (33 keys once
#: annotated and with their cached periods and intervals): a dict of up to 42 keys takes half
#: the memory of a larger one.
STEP_COLUMNS = (
    "doc_id", "outlet", "kind", "low", "high", "low_inclusive", "high_inclusive", "qualifier",
    "unit", "quantity", "basis", "period_start", "period_end", "sentence", "start", "claim_id",
    "subtype", "casualty_group", "quantity_unit", "sentence_start", "scope", "place", "province",
    "event_day",
)  # fmt: skip

# Columns whose values repeat across claims (a few kinds, towns, days; one article's doc_id and
# sentence for each of its claims): one Python object per distinct value, not one per claim.
_REPEATED = frozenset(STEP_COLUMNS) - {
    "low", "high", "low_inclusive", "high_inclusive", "quantity", "start", "claim_id",
    "sentence_start",
}  # fmt: skip


def _step_records(frame: pd.DataFrame, names=STEP_COLUMNS) -> list[dict]:
    """The claims as dicts of ``names``, with the values ``records_of`` gives (``NaT``, ``str``).

    Values that repeat are one shared object each: a million claims name a few hundred places
    and days, and a Timestamp or string per claim costs memory and time to make.
    """
    columns = []
    for name in names:
        if name not in _REPEATED:
            columns.append(frame[name].tolist())
            continue
        codes, uniques = pd.factorize(frame[name])
        lookup = np.empty(len(uniques) + 1, dtype=object)
        values = uniques.tolist()
        if name == "place":
            # A whole country is compared as no place: one outlet's "64 sorties over Syria" is
            # the ministry's same count as another's "64 sorties", and two outlets' tolls "in
            # southern Lebanon" on one day may be two strikes, no one event.
            values = ["" if is_country(value) else value for value in values]
        lookup[:-1] = values
        lookup[-1] = pd.NaT  # code -1: a missing date
        columns.append(lookup[codes].tolist())
    return [dict(zip(names, values, strict=True)) for values in zip(*columns, strict=True)]
