"""Step 2, claimants and rates: who made each claim, its syndication source, its figure per day."""

from __future__ import annotations

import math
from functools import lru_cache

import pandas as pd

from ..lexicon import claimants
from ..schema import (
    RECONCILED_CLAIMS_COLUMNS,
    empty_frame,
    frame_from_rows,
    records_of,
)
from ..units import ureg
from .intervals import (
    factor as unit_factor,
)


def claimant_of(speaker_org: str, speaker: str, outlet: str) -> tuple[str, str]:
    """(claimant, where it comes from) for one claim: the alias table, the speaker, the outlet."""
    table = claimants()
    for phrase in (speaker_org, speaker):
        name = table.organisation(phrase)
        if name:
            return name, "organisation"
    if speaker_org:
        return speaker_org, "organisation"
    if speaker:
        return speaker, "speaker"
    return outlet or "unknown", "outlet"


@lru_cache(maxsize=64)
def rate_unit(quantity_unit: str) -> str:
    """The per-day unit of a comparison unit, written by pint ("sortie / day")."""
    return str(ureg.Unit(quantity_unit) / ureg.day)


def attribute(claims: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """Claims with claimant, syndication source, period length and per-day rates added."""
    records = records_of(claims)
    _attribute(records, sources)
    if not records:
        return empty_frame(RECONCILED_CLAIMS_COLUMNS)
    return frame_from_rows(records, RECONCILED_CLAIMS_COLUMNS)


def _attribute(records: list[dict], sources: pd.DataFrame) -> None:
    source_of = dict(zip(sources["doc_id"], zip(sources["source_id"], sources["source_outlet"])))
    claimant_cache: dict[tuple, tuple[str, str]] = {}
    for claim in records:
        who = (claim["speaker_org"], claim["speaker"], claim["outlet"])
        if who not in claimant_cache:  # a few hundred claimants among a million claims
            claimant_cache[who] = claimant_of(*who)
        claim["claimant"], claim["claimant_source"] = claimant_cache[who]
        claim["source_id"], claim["source_outlet"] = source_of.get(claim["doc_id"], (claim["doc_id"], claim["outlet"]))
        days = math.nan
        start, end = claim["period_start"], claim["period_end"]
        if claim["basis"] in ("window", "cumulative") and not pd.isna(start) and not pd.isna(end):
            days = float((end - start).days)
        factor = unit_factor(claim["unit"])
        if days > 0:
            claim["per_day_low"] = claim["low"] * factor / days
            claim["per_day_high"] = claim["high"] * factor / days
            claim["per_day_value"] = claim["value"] * factor / days
        else:
            claim["per_day_low"] = claim["per_day_high"] = claim["per_day_value"] = math.nan
        claim["days"] = days
        claim["rate_unit"] = rate_unit(claim["quantity_unit"])
        claim["group_id"] = ""
        claim["event_id"] = ""
