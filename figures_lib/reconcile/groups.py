"""Step 4, groups: one claimant's claim about one thing, period, scope, place and event, across
outlets."""

from __future__ import annotations

import pandas as pd

from ..schema import (
    GROUPS_COLUMNS,
    RECONCILED_CLAIMS_COLUMNS,
    empty_frame,
    frame_from_rows,
    records_of,
)
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
    APPROX_TOLERANCE,
    agreement,
    open_bounds,
    split_by_article,
    stable_id,
)


def group_claims(
    claims: pd.DataFrame,
    tolerance: float = APPROX_TOLERANCE,
    date_tolerance_days: int = DATE_TOLERANCE_DAYS,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Group claims of one claimant about one thing and period; say whether outlets agree.

    Claims group only within one scope, place and event: a claimant's toll of one incident is
    never matched with its toll of another, nor with its running count.
    Figures are compared in their comparison unit (2,000 tonnes and 2,000,000 kg agree).
    Returns the claims with ``group_id`` filled, and the groups table (``GROUPS_COLUMNS``).
    """
    records = records_of(claims)
    groups = _group_claims(records, tolerance, date_tolerance_days)
    claims_out = frame_from_rows(records, RECONCILED_CLAIMS_COLUMNS) if records else claims
    return claims_out, groups


def _group_claims(
    records: list[dict],
    tolerance: float = APPROX_TOLERANCE,
    date_tolerance_days: int = DATE_TOLERANCE_DAYS,
) -> pd.DataFrame:
    groups = []
    for key, members in _by_key(records, "claimant", "basis", *_WHERE).items():
        for cluster in _date_clusters(members, date_tolerance_days):
            for group in split_by_article(cluster, tolerance):
                first = group[0]
                group_id = stable_id("g", *key, *_period_days(first), first["claim_id"])
                for claim in group:
                    claim["group_id"] = group_id
                groups.append(_group_row(group_id, group, tolerance))
    if not groups:
        return empty_frame(GROUPS_COLUMNS)
    groups.sort(
        key=lambda row: (
            row["kind"],
            row["claimant"],
            _date_or_max(row["period_end"]),
            row["group_id"],
        )
    )
    return frame_from_rows(groups, GROUPS_COLUMNS)


_GROUP_WORDS = {"single": "single", "same": "exact", "overlap": "compatible", "apart": "disagree"}


def _group_row(group_id: str, members: list[dict], tolerance: float) -> dict:
    first = members[0]
    found = agreement(members, tolerance)
    return {
        "group_id": group_id,
        "kind": first["kind"],
        "subtype": first["subtype"],
        "casualty_group": first["casualty_group"],
        "claimant": first["claimant"],
        **_where(first),
        "basis": first["basis"],
        "period_start": min(
            (c["period_start"] for c in members if not _missing(c["period_start"])), default=pd.NaT
        ),
        "period_end": first["period_end"],
        "unit": first["quantity_unit"],
        "claims": len(members),
        "articles": len({c["doc_id"] for c in members}),
        "outlets": "; ".join(sorted({c["outlet"] for c in members})),
        "independent_sources": len({c["source_outlet"] for c in members}),
        "agreement": _GROUP_WORDS[found.status],
        "low": found.low,
        "high": found.high,
        "value_min": found.value_min,
        "value_max": found.value_max,
        "spread": found.spread,
        "bounds": open_bounds(members),
        "claim_ids": "; ".join(sorted(c["claim_id"] for c in members)),
    }
