"""Step 2, claimants and rates: who made each claim, its syndication source, its figure per day."""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import pandas as pd

from ..lexicon import claimants
from ..schema import (
    CLAIMS_COLUMNS,
    RECONCILED_CLAIMS_COLUMNS,
    conform,
    empty_frame,
)
from ..units import registry
from .intervals import (
    factor as unit_factor,
)


def claimant_of(speaker_org: str, speaker: str, outlet: str) -> tuple[str, str]:
    """(claimant, where it comes from) for one claim: the alias table, the speaker, the outlet
    (named as the alias table names it when the outlet is a body issuing its own release,
    not a news outlet: "CJTF-OIR Public Affairs" is the US-led coalition)."""
    table = claimants()
    for phrase in (speaker_org, speaker):
        name = table.organisation(phrase)
        if name:
            return name, "organisation"
    if speaker_org:
        return speaker_org, "organisation"
    if speaker:
        return speaker, "speaker"
    return table.issuing_body(outlet) or outlet or "unknown", "outlet"


@lru_cache(maxsize=64)
def rate_unit(quantity_unit: str) -> str:
    """The per-day unit of a comparison unit, written by pint ("sortie / day")."""
    ureg = registry()
    return str(ureg.Unit(quantity_unit) / ureg.day)


def attribute(claims: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """Claims with claimant, syndication source, period length and per-day rates added."""
    claims = conform(claims, CLAIMS_COLUMNS)
    added = _attribution(claims, sources)
    if claims.empty:
        return empty_frame(RECONCILED_CLAIMS_COLUMNS)
    return conform(claims.assign(**added, group_id="", event_id=""), RECONCILED_CLAIMS_COLUMNS)


#: The columns of :func:`_attribution` that later steps read from each claim's dict.
READ_LATER = ("claimant", "source_outlet", "days")


def _attribution(claims: pd.DataFrame, sources: pd.DataFrame) -> dict[str, np.ndarray]:
    """The columns :func:`attribute` adds, computed a column at a time (same values as
    computing them claim by claim)."""
    who = claims[["speaker_org", "speaker", "outlet"]]
    # A few hundred claimants among a million claims: each distinct triple is looked up once.
    codes = who.groupby(list(who.columns), sort=False).ngroup().to_numpy()
    found = [claimant_of(*row) for row in who.drop_duplicates().itertuples(index=False)]
    claimant = np.array([name for name, _ in found] + [""], dtype=object)[codes]
    claimant_source = np.array([where for _, where in found] + [""], dtype=object)[codes]

    # An article missing from the sources table is its own source.
    source_id = dict(zip(sources["doc_id"], sources["source_id"], strict=True))
    source_outlet = dict(zip(sources["doc_id"], sources["source_outlet"], strict=True))
    doc_id = claims["doc_id"]
    known = doc_id.isin(list(source_id)).to_numpy()
    ids = np.where(known, doc_id.map(source_id).to_numpy(object), doc_id.to_numpy(object))
    outlets = np.where(
        known, doc_id.map(source_outlet).to_numpy(object), claims["outlet"].to_numpy(object)
    )

    start = claims["period_start"].to_numpy(dtype="datetime64[ns]")
    end = claims["period_end"].to_numpy(dtype="datetime64[ns]")
    windowed = claims["basis"].isin(["window", "cumulative"]).to_numpy()
    dated = windowed & ~np.isnat(start) & ~np.isnat(end)
    # Whole days, rounded down as Timedelta.days rounds them.
    whole = (end.astype(np.int64) - start.astype(np.int64)) // _NANOSECONDS_A_DAY
    days = np.where(dated, whole.astype(float), np.nan)
    unit_codes, units = pd.factorize(claims["unit"])
    factors = np.array([unit_factor(unit) for unit in units] + [np.nan])[unit_codes]
    positive, rates = days > 0, {}
    with np.errstate(invalid="ignore", divide="ignore"):
        for name in ("low", "high", "value"):
            figure = claims[name].to_numpy(float)
            rates[f"per_day_{name}"] = np.where(positive, figure * factors / days, np.nan)
    quantity_codes, quantity_units = pd.factorize(claims["quantity_unit"])
    per_day = np.array([rate_unit(unit) for unit in quantity_units] + [""], dtype=object)
    return {
        "claimant": claimant,
        "claimant_source": claimant_source,
        "source_id": ids,
        "source_outlet": outlets,
        "days": days,
        **rates,
        "rate_unit": per_day[quantity_codes],
    }


_NANOSECONDS_A_DAY = 86_400 * 10**9
