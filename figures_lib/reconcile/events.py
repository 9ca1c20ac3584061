"""Events: the same incident as several outlets and claimants report it.

:func:`find_events` clusters the claims of scope ``incident`` (see :mod:`figures_lib.incidents`):

1. Claims are split by what they count (kind, casualty subtype, comparison unit): killed and
   injured are separate events, and so are combatants of each side and everyone else (killed
   militants, killed soldiers and killed civilians or people are three counts, not three
   figures for one).
2. Claims naming a town or region are split by that place; within it, sorted by event day, a
   claim joins an event whose first day is at most one day before its own, else it opens a new
   event. One claimant naming two kinds of attack (air strikes, shelling, a bombing,
   fighting...; scope.toml) in one town and day reports two incidents: the monitor's "rebel
   rockets killed 19" and its "a day-long battle killed dozens". Different claimants naming
   different weapons stay together: who did what is among the things outlets contradict.
3. A claim naming only a province ("Idlib province") joins the one event in a town of that
   province whose days it touches (within a day); when there is none, or several, it is
   clustered with the other province-only claims.
4. A claim naming no place is no event: it cannot be matched across articles, and its
   ``event_id`` stays empty (it is still grouped with the same claimant's same figure). A
   whole country ("strikes on southern Lebanon") counts as no place in every step.
5. No event holds two different figures from one article and claimant: a monitor giving
   "10 killed" and "5 killed" in one town on one day reports two incidents, and the event is
   split (the other figures join the part they agree with). One article may well set two
   claimants' figures for one incident side by side (the monitor's 25, state TV's 14).

Each event then says whether its claimants agree: ``identical``, ``within_bounds`` (the
intervals share a point, "about" figures widened by the tolerance) or ``different``, with the
spread; and whether the agreement rests on open-ended claims (``bounds``). Every step is a sort
and a scan, so the cost grows as n log n in the number of claims.
"""

from __future__ import annotations

import pandas as pd

from ..incidents import attack_types
from ..schema import (
    EVENTS_COLUMNS,
    RECONCILED_CLAIMS_COLUMNS,
    empty_frame,
    frame_from_rows,
    records_of,
)
from .common import _missing
from .intervals import (
    APPROX_TOLERANCE,
    agreement,
    open_bounds,
    split_by_article,
    stable_id,
)
from .wording import _day, _figure

#: Claims whose event days are at most this many days after an event's first day join it.
EVENT_DAY_TOLERANCE = 1

_PROVINCE_SUFFIX = " province"
_EVENT_WORDS = {
    "single": "single",
    "same": "identical",
    "overlap": "within_bounds",
    "apart": "different",
}


#: Casualty groups counted apart: each side's combatants; everyone else is one family.
_COMBATANTS = ("militants", "soldiers")


def _what(claim: dict) -> tuple:
    group = claim["casualty_group"] if claim["casualty_group"] in _COMBATANTS else ""
    return claim["kind"], claim["subtype"], claim["quantity_unit"], group


def _by_day(claims: list[dict]) -> list[list[dict]]:
    """Runs of claims within the day tolerance of the run's first day, where no claimant names
    two kinds of attack."""
    # Days as integers (Timestamp.value in nanoseconds): the same order and the same whole
    # days apart, at a fraction of the cost of Timestamp arithmetic.
    runs: list[tuple[int, dict, list[dict]]] = []
    for claim in sorted(claims, key=_in_day_order):
        types = attack_types(claim["sentence"])
        day = claim["event_day"].value
        candidates = []
        for first_day, types_of, members in reversed(runs):
            if (day - first_day) // _NANOSECONDS_A_DAY > EVENT_DAY_TOLERANCE:
                break  # runs are in order of their first day: every earlier one is older still
            said = types_of.get(claim["claimant"], set())
            if not types or not said or types & said:
                candidates.append((types_of, members))
        # The event whose sentences name the same kind of attack; else the earliest that fits,
        # which holds the story's lead (claims are read in article order).
        named = [c for c in candidates if types & set().union(*c[0].values())]
        home = named[0] if named else (candidates[-1] if candidates else None)
        if home is None:
            runs.append((day, {claim["claimant"]: set(types)}, [claim]))
        else:
            home[0].setdefault(claim["claimant"], set()).update(types)
            home[1].append(claim)
    runs.sort(
        key=lambda run: (run[0], run[2][0]["doc_id"], run[2][0]["start"], run[2][0]["claim_id"])
    )
    return [members for _, _, members in runs]


_NANOSECONDS_A_DAY = 86_400 * 10**9


def _in_day_order(claim: dict) -> tuple:
    return claim["event_day"].value, claim["doc_id"], claim["start"], claim["claim_id"]


def _clusters(incidents: list[dict]) -> list[list[dict]]:
    towns: dict[tuple, list[dict]] = {}
    provinces: dict[tuple, list[dict]] = {}
    for claim in incidents:
        place = claim["place"]
        if place.endswith(_PROVINCE_SUFFIX):
            provinces.setdefault(_what(claim) + (claim["province"],), []).append(claim)
        else:
            towns.setdefault(_what(claim) + (place,), []).append(claim)
    clusters: list[list[dict]] = []
    town_runs_in: dict[tuple, list[list[dict]]] = {}
    for key in sorted(towns):
        for run in _by_day(towns[key]):
            clusters.append(run)
            province = run[0]["province"]
            if province:
                town_runs_in.setdefault(key[:-1] + (province,), []).append(run)
    for key in sorted(provinces):
        left = []
        runs = town_runs_in.get(key, [])
        for claim in provinces[key]:
            touching = [
                run
                for run in runs
                if (run[0]["event_day"] - pd.Timedelta(days=EVENT_DAY_TOLERANCE))
                <= claim["event_day"]
                <= (run[-1]["event_day"] + pd.Timedelta(days=EVENT_DAY_TOLERANCE))
            ]
            if len(touching) == 1:
                touching[0].append(claim)
            else:
                left.append(claim)
        clusters += _by_day(left)
    return clusters


def find_events(
    claims: pd.DataFrame, tolerance: float = APPROX_TOLERANCE
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Cluster incident claims into events (the rule is in the module docstring).

    Parameters
    ----------
    claims:
        Attributed claims (``RECONCILED_CLAIMS_COLUMNS``: with ``claimant`` and ``source_id``).
    tolerance:
        Relative widening of "about" figures when deciding agreement.

    Returns
    -------
    The claims with ``event_id`` filled for incident claims, and the events table
    (``EVENTS_COLUMNS``), with the events that more than one claimant reports first.
    """
    records = records_of(claims)
    events = events_of(records, tolerance)
    return frame_from_rows(
        records, RECONCILED_CLAIMS_COLUMNS
    ) if records else claims.copy(), events


def events_of(records: list[dict], tolerance: float = APPROX_TOLERANCE) -> pd.DataFrame:
    """:func:`find_events` on claim dicts: fills their ``event_id`` and returns the events
    table."""
    incidents = [
        c for c in records
        if c["scope"] == "incident" and c["place"] and not _missing(c["event_day"])
    ]  # fmt: skip
    rows = []
    for cluster in _clusters(incidents):
        for members in split_by_article(cluster, tolerance, by=("doc_id", "claimant")):
            members.sort(key=_in_day_order)
            row = _event_row(members, tolerance)
            for claim in members:
                claim["event_id"] = row["event_id"]
            rows.append(row)
    if not rows:
        return empty_frame(EVENTS_COLUMNS)
    rows.sort(key=lambda r: (-min(r["claimants"], 2), r["event_day"], r["label"], r["event_id"]))
    return frame_from_rows(rows, EVENTS_COLUMNS)


def _figure_words(claim: dict) -> str:
    return _figure(claim["low"], claim["high"], claim["qualifier"], claim["unit"])


def _event_row(members: list[dict], tolerance: float) -> dict:
    first = members[0]
    places = sorted(
        {c["place"] for c in members if c["place"]},
        key=lambda p: (p.endswith(_PROVINCE_SUFFIX), p),
    )
    place = places[0] if places else ""
    day = min(c["event_day"] for c in members)
    what = first["subtype"] or first["kind"]
    if first["kind"] != "casualties" and first["subtype"]:
        what = f"{first['kind']} {first['subtype']}"  # "aircraft lost"
    label = f"{place}, {_day(day)}, {what}"
    found = agreement(members, tolerance)
    by_claimant: dict[str, list[dict]] = {}
    for claim in members:
        by_claimant.setdefault(claim["claimant"], []).append(claim)
    figures = []
    for claimant in sorted(by_claimant):
        own = by_claimant[claimant]
        words = ", ".join(sorted({_figure_words(c) for c in own}))
        outlets = ", ".join(sorted({c["outlet"] for c in own}))
        figures.append(f"{claimant}: {words} ({outlets})")
    return {
        "event_id": stable_id("v", first["kind"], first["subtype"], place, day, first["claim_id"]),
        "label": label,
        "kind": first["kind"],
        "subtype": first["subtype"],
        "place": place,
        "province": next((c["province"] for c in members if c["province"]), ""),
        "event_day": day,
        "last_day": max(c["event_day"] for c in members),
        "claims": len(members),
        "articles": len({c["doc_id"] for c in members}),
        "claimants": len(by_claimant),
        "outlets": "; ".join(sorted({c["outlet"] for c in members})),
        "independent_sources": len({c["source_outlet"] for c in members}),
        "agreement": _EVENT_WORDS[found.status],
        "bounds": open_bounds(members),
        "low": found.low,
        "high": found.high,
        "value_min": found.value_min,
        "value_max": found.value_max,
        "spread": found.spread,
        "figures": "; ".join(figures),
        "claim_ids": "; ".join(sorted(c["claim_id"] for c in members)),
    }
