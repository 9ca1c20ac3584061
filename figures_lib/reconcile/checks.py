"""Step 5, checks: cumulative series over time, windows inside them, narrower counts against wider
ones."""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass

import pandas as pd

from ..schema import (
    CHECKS_COLUMNS,
    empty_frame,
    frame_from_rows,
    records_of,
)
from .claimants import rate_unit
from .common import _by_key, _date_or_min, _missing
from .intervals import (
    APPROX_TOLERANCE,
    claim_interval,
    intersect,
    stable_id,
)
from .wording import _day, _figure, _number, _rate_range, _rate_words

# Scopes whose cumulative figures form series over time.
_SERIES_SCOPES = ("campaign", "conflict_total")


@dataclass(frozen=True)
class _Point:
    """A cumulative count at a date (comparison units): a claim, or the zero at its period
    start."""

    date: pd.Timestamp
    low: float
    high: float
    low_inclusive: bool
    high_inclusive: bool
    claim_id: str  # "origin" for the period start
    words: str  # the figure as the findings describe it


def check_series(claims: pd.DataFrame, tolerance: float = APPROX_TOLERANCE) -> pd.DataFrame:
    """Consistency findings for every cumulative series (``CHECKS_COLUMNS``).

    A series is one claimant's cumulative figures of one kind since one period start, and the
    same pooled across claimants when more than one contributes. In each:

    - ``order``: every consecutive pair, with the average rate it allows; any pair, however far
      apart, in which the later figure must be below the earlier is inconsistent;
    - ``same_day``: figures for one day must overlap;
    - ``window``: a window figure must fit the increase between the latest figure at or before
      its start and the earliest at or after its end; its rate is set against that span's
      average (and, when it ends on a figure's date, against the span that figure opens).

    "About" figures are widened by ``tolerance`` first, so that rounding never reads as a fall.
    """
    return _check_series(records_of(claims), tolerance)


def _check_series(records: list[dict], tolerance: float = APPROX_TOLERANCE) -> pd.DataFrame:
    rows: list[dict] = []
    # Series never cross scope or place: an incident toll is never held to a running count, a
    # conflict total never to a campaign's, Aleppo's count never to Homs's.
    for _, members in _by_key(records, "place").items():
        cumulative = _sentence_totals(
            [
                c
                for c in members
                if c["basis"] == "cumulative"
                and c["scope"] in _SERIES_SCOPES
                and not _missing(c["period_end"])
            ]
        )
        windows = [
            c
            for c in members
            if c["basis"] == "window"
            and c["scope"] == "periodic"
            and not _missing(c["period_start"])
            and not _missing(c["period_end"])
            and c["period_end"] > c["period_start"]
        ]
        by_origin: dict[tuple, list[dict]] = {}
        for claim in cumulative:
            # Conflict totals are one series whatever start they state; a campaign count is a
            # series per start ("since Sept. 30").
            origin = (
                pd.Timestamp.min
                if claim["scope"] == "conflict_total"
                else _date_or_min(claim["period_start"])
            )
            by_origin.setdefault((claim["scope"], origin), []).append(claim)
        for scope, origin in sorted(by_origin):
            series = by_origin[(scope, origin)]
            scope_windows = windows if scope == "campaign" else []
            names = sorted({c["claimant"] for c in series})
            seen: set[tuple] = set()
            for claimant in names:
                own = [c for c in series if c["claimant"] == claimant]
                own_windows = [w for w in scope_windows if w["claimant"] == claimant]
                for row in _check_one_series(own, own_windows, "claimant", claimant, tolerance):
                    seen.add(_compared(row))
                    rows.append(row)
            if len(names) > 1:
                # The pooled series adds the pairs and windows no single claimant's series has.
                pooled = _check_one_series(series, scope_windows, "pooled", "all", tolerance)
                rows += [row for row in pooled if _compared(row) not in seen]
    rows += check_subsets(records, tolerance)
    if not rows:
        return empty_frame(CHECKS_COLUMNS)
    return frame_from_rows(rows, CHECKS_COLUMNS)


# Who a casualty count covers, from narrow to wide: a count of children is also a count of
# civilians and of people; a count that names no one covers everyone.
_WIDER_GROUPS = {
    "children": ("civilians", "people", ""),
    "women": ("civilians", "people", ""),
    "civilians": ("people", ""),
    "militants": ("people", ""),
    "soldiers": ("people", ""),
    "people": ("",),
}


def _wider(narrow: dict, wide: dict) -> bool:
    """Whether ``wide`` counts everything ``narrow`` counts and more (group, place or both)."""
    same_group = narrow["casualty_group"] == wide["casualty_group"]
    group_wider = (
        wide["casualty_group"] in _WIDER_GROUPS.get(narrow["casualty_group"], ("",))
        and not same_group
    )
    same_place = narrow["place"] == wide["place"]
    place_wider = bool(narrow["place"]) and (
        not wide["place"]
        or (wide["place"] == f"{narrow['province']} province" and narrow["place"] != wide["place"])
    )
    return (group_wider and (same_place or place_wider)) or (place_wider and same_group)


def check_subsets(records: list[dict], tolerance: float = APPROX_TOLERANCE) -> list[dict]:
    """``subset`` findings: a narrower count must not exceed a wider one of the same period.

    A count of civilians, or of one province, is held to a total of people, or of the country,
    given for the same scope and as-of day; only the narrower figure being larger is flagged
    (a narrower count below a wider one is what one expects). Each narrower claim is set
    against the smallest wider upper bound, so the findings grow with the claims, not their pairs.
    """
    buckets: dict[tuple, list[dict]] = {}
    for claim in records:
        if claim["scope"] in ("incident", "background") or _missing(claim["period_end"]):
            continue
        key = (
            claim["kind"],
            claim["subtype"],
            claim["quantity_unit"],
            claim["scope"],
            claim["basis"],
            claim["period_end"],
            _date_or_min(claim["period_start"]),
        )
        buckets.setdefault(key, []).append(claim)
    rows = []
    for key in sorted(buckets, key=lambda k: tuple(str(part) for part in k)):
        members = sorted(buckets[key], key=lambda c: c["claim_id"])
        if len(members) < 2:
            continue
        for narrow in members:
            # A sentence's own figures are a total and its parts, or two subjects: never a check.
            wider = [
                w
                for w in members
                if _wider(narrow, w)
                and (w["doc_id"], w["sentence_start"])
                != (narrow["doc_id"], narrow["sentence_start"])
            ]
            if not wider:
                continue
            wide = min(wider, key=lambda w: (claim_interval(w, tolerance)[1], w["claim_id"]))
            low = claim_interval(narrow, tolerance)[0]
            high = claim_interval(wide, tolerance)[1]
            exceeds = low > high
            unit = narrow["quantity_unit"]
            narrow_words = (
                f"{narrow['claimant']}'s "
                f"{_figure(narrow['low'], narrow['high'], narrow['qualifier'], narrow['unit'])} "
                f"{narrow['casualty_group'] or narrow['kind']}"
            ).strip()
            wide_words = (
                f"{wide['claimant']}'s "
                f"{_figure(wide['low'], wide['high'], wide['qualifier'], wide['unit'])} "
                f"{wide['casualty_group'] or wide['kind']}"
            ).strip()
            where = (
                f" in {narrow['place']}"
                if narrow["place"] and narrow["place"] != wide["place"]
                else ""
            )
            if exceeds:
                detail = (
                    f"{narrow_words}{where} exceed {wide_words} of the same period: a "
                    "part cannot "
                    f"be larger than the whole (over by {_number(low - high)} {unit})"
                )
            else:
                detail = f"{narrow_words}{where} fit within {wide_words} of the same period"
            row = {
                "series": "subset", "kind": narrow["kind"], "subtype": narrow["subtype"],
                "casualty_group": narrow["casualty_group"], "scope": narrow["scope"],
                "place": narrow["place"], "event_id": "", "claimant": narrow["claimant"],
                "from_claim": wide["claim_id"], "to_claim": narrow["claim_id"],
                "from_date": wide["period_end"], "to_date": narrow["period_end"], "days": 0.0,
                "rate_low": math.nan, "rate_high": math.nan, "rate_low_inclusive": False,
                "rate_high_inclusive": False, "rate_unit": rate_unit(unit),
            }  # fmt: skip
            rows.append(_finding("subset", row, not exceeds, max(low - high, 0.0), detail))
    return rows


def _sentence_totals(claims: list[dict]) -> list[dict]:
    """The largest figure of each sentence: one sentence's other figures of one kind are its parts.

    "279 civilians killed since April 22, with 155 in opposition-held areas and 124 in
    government-held districts" is one running count and its breakdown; the parts are not later
    or earlier values of the same count, so only the total joins a series.
    """
    largest: dict[tuple, dict] = {}
    for claim in claims:
        key = (claim["doc_id"], claim["sentence_start"], claim["claimant"])
        if key not in largest or (claim["quantity"], claim["claim_id"]) > (
            largest[key]["quantity"],
            largest[key]["claim_id"],
        ):
            largest[key] = claim
    kept = {id(claim) for claim in largest.values()}
    return [claim for claim in claims if id(claim) in kept]


def _compared(row: dict) -> tuple:
    return row["check"], row["from_claim"], row["to_claim"], row.get("window_claim", "")


def _points(series: list[dict], pooled: bool, tolerance: float) -> list[_Point]:
    points: dict[tuple, _Point] = {}
    for claim in sorted(series, key=lambda c: c["claim_id"]):
        low, high, low_inclusive, high_inclusive = claim_interval(claim, tolerance)
        words = _figure(claim["low"], claim["high"], claim["qualifier"], claim["unit"])
        if pooled:
            words = f"{claim['claimant']}'s {words}"
        point = _Point(
            claim["period_end"], low, high, low_inclusive, high_inclusive, claim["claim_id"], words
        )
        # Several outlets reporting one figure for one day are one point.
        points.setdefault((point.date, low, high, low_inclusive, high_inclusive), point)
    ordered = sorted(points.values(), key=lambda p: (p.date, p.low, p.high, p.claim_id))
    start = series[0]["period_start"]
    # The count is zero at the period start; a figure "since" its own day has no such zero.
    if not pd.isna(start) and start < ordered[0].date:
        ordered.insert(
            0, _Point(start, 0.0, 0.0, True, True, "origin", "zero at the period start")
        )
    return ordered


def _average_rate(earlier: _Point, later: _Point) -> dict:
    """The average rate per day two cumulative figures allow between their dates."""
    days = float((later.date - earlier.date).days)
    least = later.low - earlier.high  # -inf when the earlier figure is open-ended
    if least < 0:
        rate_low, rate_low_inclusive = 0.0, True
    else:
        rate_low = least / days
        rate_low_inclusive = later.low_inclusive and earlier.high_inclusive
    rate_high = max(later.high - earlier.low, 0.0) / days
    return {
        "from_claim": earlier.claim_id,
        "to_claim": later.claim_id,
        "from_date": earlier.date,
        "to_date": later.date,
        "days": days,
        "rate_low": rate_low,
        "rate_high": rate_high,
        "rate_low_inclusive": rate_low_inclusive,
        "rate_high_inclusive": later.high_inclusive and earlier.low_inclusive,
    }


def _falls(earlier: _Point, later: _Point) -> bool:
    """Whether the later count must be below the earlier one."""
    return later.high < earlier.low or (
        later.high == earlier.low and not (later.high_inclusive and earlier.low_inclusive)
    )


def _pair_finding(base: dict, earlier: _Point, later: _Point, unit: str) -> dict:
    """The finding on two cumulative figures: same day (must overlap) or ordered in time."""
    if later.date == earlier.date:
        common = intersect(
            [(p.low, p.high, p.low_inclusive, p.high_inclusive) for p in (earlier, later)]
        )
        gap = 0.0 if common else max(earlier.low - later.high, later.low - earlier.high)
        pair = {**base, "from_claim": earlier.claim_id, "to_claim": later.claim_id,
                "from_date": earlier.date, "to_date": later.date, "days": 0.0}  # fmt: skip
        verdict = "overlap" if common else f"cannot both be true (apart by {_number(gap)} {unit})"
        detail = f"{earlier.words} and {later.words}, both for {_day(later.date)}: {verdict}"
        return _finding("same_day", pair, common is not None, gap, detail)
    span = {**base, **_average_rate(earlier, later)}
    if _falls(earlier, later):
        gap = earlier.low - later.high
        detail = (f"{later.words} on {_day(later.date)} is below {earlier.words} on "
                  f"{_day(earlier.date)}: a cumulative count cannot fall "
                  f"(short by {_number(gap)} {unit})")  # fmt: skip
        return _finding("order", span, False, gap, detail)
    detail = (f"from {earlier.words} on {_day(earlier.date)} to {later.words} on "
              f"{_day(later.date)}: {_rate_words(span)} on average")  # fmt: skip
    return _finding("order", span, True, 0.0, detail)


def _check_one_series(
    series: list[dict], windows: list[dict], series_name: str, claimant: str, tolerance: float
) -> list[dict]:
    first = series[0]
    unit = first["quantity_unit"]
    per_day = rate_unit(unit)
    base = {
        "series": series_name,
        "kind": first["kind"],
        "subtype": first["subtype"],
        "casualty_group": first["casualty_group"],
        "scope": first["scope"],
        "place": first["place"],
        "event_id": "",
        "claimant": claimant,
        "rate_unit": per_day,
    }
    points = _points(series, series_name == "pooled", tolerance)
    rows = []
    # Each figure is set against its predecessor and against the running bound: the earlier
    # figure with the highest lower bound, the one a later figure most plainly cannot fall
    # below. That finds a fall however far back, in one pass.
    highest: _Point | None = None
    for i, later in enumerate(points):
        if i > 0:
            rows.append(_pair_finding(base, points[i - 1], later, unit))
            if highest is not None and highest is not points[i - 1] and _falls(highest, later):
                rows.append(_pair_finding(base, highest, later, unit))
        if highest is None or (later.low, not later.low_inclusive) > (
            highest.low,
            not highest.low_inclusive,
        ):
            highest = later
    for window in sorted(windows, key=lambda w: (w["period_end"], w["claim_id"])):
        rows += _window_findings(base, points, window, tolerance)
    return rows


def _window_findings(
    base: dict, points: list[_Point], window: dict, tolerance: float
) -> list[dict]:
    start, end = window["period_start"], window["period_end"]
    days = float((end - start).days)
    low, high, low_inclusive, _ = claim_interval(window, tolerance)
    rate = {
        "window_claim": window["claim_id"],
        "window_rate_low": low / days,
        "window_rate_high": high / days,
    }
    words = (f"{_figure(window['low'], window['high'], window['qualifier'], window['unit'])} "
             f"in {_number(days)} day{'s' if days != 1 else ''} to {_day(end)}")  # fmt: skip
    rows = []
    dates = [p.date for p in points]
    last_before = bisect.bisect_right(dates, start) - 1  # the latest figure at or before the start
    first_after = bisect.bisect_left(dates, end)  # the earliest at or after the end
    enclosing = (
        (points[last_before], points[first_after])
        if last_before >= 0 and first_after < len(points)
        else None
    )
    if enclosing:
        earlier, later = enclosing
        span = {**base, **_average_rate(earlier, later), **rate}
        span["relation"] = _relation(span)
        most = later.high - earlier.low  # the largest increase the two figures allow
        most_inclusive = later.high_inclusive and earlier.low_inclusive
        exceeds = low > most or (low == most and not (low_inclusive and most_inclusive))
        between = f"between {_day(earlier.date)} and {_day(later.date)}"
        if exceeds and not _falls(earlier, later):
            gap = low - most
            detail = (f"{words} exceed the most the figures allow {between} ({_number(most)} "
                      f"{base['rate_unit'].split(' / ')[0]}) by {_number(gap)}")  # fmt: skip
            rows.append(_finding("window", span, False, gap, detail))
        else:
            detail = (f"{words} fit the increase {between}; {_rate_range(rate)} a day, "
                      f"{span['relation']} the average ({_rate_words(span)})")  # fmt: skip
            rows.append(_finding("window", span, True, 0.0, detail))
    # A window reported on a figure's day also says something about the span that figure
    # opens (the ministry's pace on Nov. 13 against the average from Nov. 13 to Dec. 11); a
    # window with no figures around it is compared with the span its end falls in.
    # Only the pairs that start on the window's end day, or the one holding it, can qualify.
    candidates = range(
        max(first_after - 1, 0), min(bisect.bisect_right(dates, end), len(points) - 1)
    )
    for earlier, later in ((points[k], points[k + 1]) for k in candidates):
        opens = earlier.date == end
        holds_end = enclosing is None and earlier.date < end <= later.date
        if (opens or holds_end) and (earlier, later) != enclosing and earlier.date < later.date:
            span = {**base, **_average_rate(earlier, later), **rate}
            span["relation"] = _relation(span)
            where = "reported at the start of" if opens else "ending within"
            detail = (f"{words}, {where} the span to {_day(later.date)}: {_rate_range(rate)} a "
                      f"day, {span['relation']} its average ({_rate_words(span)})")  # fmt: skip
            rows.append(_finding("window", span, True, 0.0, detail))
    return rows


def _relation(span: dict) -> str:
    if span["window_rate_low"] > span["rate_high"]:
        return "above"
    if span["window_rate_high"] < span["rate_low"]:
        return "below"
    return "within"


def _finding(check: str, row: dict, consistent: bool, gap: float, detail: str) -> dict:
    finding = {
        "check": check,
        "status": "consistent" if consistent else "inconsistent",
        "gap": float(gap),
        "detail": detail,
        **row,
    }
    finding["check_id"] = stable_id(
        "c",
        check,
        finding["series"],
        finding["scope"],
        finding["place"],
        finding["kind"],
        finding["subtype"],
        finding["casualty_group"],
        finding["claimant"],
        finding["from_claim"],
        finding["to_claim"],
        finding.get("window_claim", ""),
    )
    return finding
