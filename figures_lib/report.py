"""What the notebooks show, computed here so that notebooks only narrate.

Article text and outlet names are untrusted: every HTML string built here escapes them, and the
only markup added is the library's own (``<table>``, ``<mark>``).
"""

from __future__ import annotations

import html
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .artifacts import Pipeline, compute, load_artifacts
from .corpus import load_corpus
from .reconcile import Reconciliation
from .units import describe_figure

__all__ = ["Pipeline", "run_pipeline"]


def run_pipeline(corpus: str | Path = "", reconciliation: str | Path = "") -> Pipeline:
    """The tables a notebook shows: read from ``reconciliation``, an artifacts folder that
    ``figures report`` wrote, when given; else computed from ``corpus`` (empty: the bundled
    seeds) by loading, extracting and reconciling it once.

    Results are cached per path for the session, so notebook cells can ask again freely.
    """
    return _run_pipeline(str(corpus), str(reconciliation))


@lru_cache(maxsize=4)
def _run_pipeline(corpus: str, reconciliation: str) -> Pipeline:
    if reconciliation:
        return load_artifacts(reconciliation)
    return compute(load_corpus(corpus or None))


def highlighted_sentence(sentence: str, sentence_start: int, start: int, end: int) -> str:
    """The sentence as escaped HTML with the figure at [start, end) of the article marked."""
    left, right = start - sentence_start, end - sentence_start
    if not 0 <= left <= right <= len(sentence):
        return html.escape(sentence)
    return (
        html.escape(sentence[:left])
        + "<mark>"
        + html.escape(sentence[left:right])
        + "</mark>"
        + html.escape(sentence[right:])
    )


def claims_html(claims: pd.DataFrame, kinds: list[str] | None = None) -> str:
    """The claims as an HTML table: who said what, as of when, and the sentence it came from.

    ``claims`` is a claims table (or ``Reconciliation.claims``, which adds the claimant).
    Every cell is escaped; the figure is marked in its sentence.
    """
    rows = claims if not kinds else claims[claims["kind"].isin(kinds)]
    rows = rows.sort_values(["doc_id", "start"])
    head = ["article", "outlet", "kind", "figure", "basis", "as of", "claimant", "sentence"]
    lines = ["<table class='figures-claims'>", "<thead><tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr></thead>", "<tbody>"]
    for claim in rows.itertuples(index=False):
        claimant = getattr(claim, "claimant", "") or claim.speaker_org or claim.speaker
        cells = [
            html.escape(claim.doc_id),
            html.escape(claim.outlet),
            html.escape(claim.kind),
            html.escape(describe_figure(claim.low, claim.high, claim.qualifier, claim.unit)),
            html.escape(claim.basis),
            html.escape("" if pd.isna(claim.period_end) else f"{claim.period_end:%Y-%m-%d}"),
            html.escape(claimant),
            highlighted_sentence(claim.sentence, claim.sentence_start, claim.start, claim.end),
        ]
        lines.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>")
    lines += ["</tbody>", "</table>"]
    return "\n".join(lines)


def counts_by_kind_and_outlet(claims: pd.DataFrame) -> pd.DataFrame:
    """Claims per kind (rows) and outlet (columns), with totals."""
    table = pd.crosstab(claims["kind"], claims["outlet"], margins=True, margins_name="all")
    table.columns.name = None
    return table


def rates_table(claims: pd.DataFrame) -> pd.DataFrame:
    """Per-day rates of reconciled claims with their periods, claimants and outlets, oldest first."""
    rows = claims[claims["per_day_value"].notna()]
    columns = ["outlet", "claimant", "basis", "period_start", "period_end", "days", "value",
               "per_day_low", "per_day_value", "per_day_high", "rate_unit", "claim_id"]  # fmt: skip
    return rounded(rows[columns].sort_values(["period_end", "claim_id"]).reset_index(drop=True))


def outlet_figures(reconciliation: Reconciliation) -> pd.DataFrame:
    """Which outlet reported which figure: one row per same-claim group, one column per outlet.

    A cell holds the figure as that outlet reported it (all its wordings, if several), empty
    where the outlet did not report the claim.
    """
    claims = reconciliation.claims
    outlets = sorted(set(claims["outlet"]))
    rows = []
    for group in reconciliation.groups.itertuples(index=False):
        members = claims[claims["group_id"] == group.group_id]
        row = {
            "kind": group.kind,
            "claimant": group.claimant,
            "basis": group.basis,
            "as of": "" if pd.isna(group.period_end) else f"{group.period_end:%Y-%m-%d}",
            "agreement": group.agreement,
            "sources": group.independent_sources,
        }
        for outlet in outlets:
            said = members[members["outlet"] == outlet]
            row[outlet] = "; ".join(sorted({describe_figure(c.low, c.high, c.qualifier, c.unit) for c in said.itertuples(index=False)}))
        rows.append(row)
    return pd.DataFrame(rows).sort_values(["kind", "as of", "claimant"], ignore_index=True)


def filter_claims(claims: pd.DataFrame, *, kind: str = "", outlets: list[str] | None = None,
                  start: str = "", end: str = "") -> pd.DataFrame:  # fmt: skip
    """Rows of one kind, from some outlets, with an as-of date within [start, end].

    Works on any table with ``kind`` and ``period_end`` (and ``outlet`` or ``outlets`` when
    outlets are given): claims, groups, checks (``to_date``) or estimates.
    """
    rows = claims
    if kind:
        rows = rows[rows["kind"] == kind]
    if outlets and "outlet" in rows.columns:
        rows = rows[rows["outlet"].isin(outlets)]
    elif outlets and "outlets" in rows.columns:
        rows = rows[rows["outlets"].map(lambda names: bool(set(names.split("; ")) & set(outlets)))]
    date = "period_end" if "period_end" in rows.columns else "to_date"
    if start:
        rows = rows[rows[date] >= pd.Timestamp(start)]
    if end:
        rows = rows[rows[date] <= pd.Timestamp(end)]
    return rows.reset_index(drop=True)


def key_figures(reconciliation: Reconciliation, kind: str = "") -> str:
    """One line of the figures that matter most, for the report index."""
    claims = reconciliation.claims if not kind else reconciliation.claims[reconciliation.claims["kind"] == kind]
    checks = reconciliation.checks if not kind else reconciliation.checks[reconciliation.checks["kind"] == kind]
    inconsistent = int((checks["status"] == "inconsistent").sum())
    outlets = sorted(set(claims["outlet"]))
    named = ", ".join(outlets[:5]) + (", ..." if len(outlets) > 5 else "")
    parts = [f"{len(claims)} claims", f"{len(outlets)} outlets ({named})",
             f"{inconsistent} inconsistent of {len(checks)} checks"]  # fmt: skip
    rates = claims["per_day_value"].dropna()
    if kind and len(rates):
        unit = claims.loc[rates.index[0], "rate_unit"]
        parts.append(f"{rates.min():,.1f}-{rates.max():,.1f} {unit}")
    return "; ".join(parts)


def rounded(frame: pd.DataFrame, digits: int = 2) -> pd.DataFrame:
    """The frame with its float columns rounded, for display with fixed formatting."""
    floats = frame.select_dtypes("float").columns
    return frame.assign(**{name: frame[name].round(digits) for name in floats})


_EVENT_COLUMNS = ["label", "claimants", "independent_sources", "agreement", "bounds", "value_min",
                  "value_max", "spread", "figures", "event_id"]  # fmt: skip


def events_table(reconciliation: Reconciliation, kind: str = "") -> pd.DataFrame:
    """Events of one kind (all kinds when empty), those several claimants report first.

    Within each half, the widest spread comes first, so the contradictions an analyst should
    read lead the table.
    """
    events = reconciliation.events
    if kind:
        events = events[events["kind"] == kind]
    order = events.assign(_several=events["claimants"] > 1).sort_values(
        ["_several", "spread", "event_day", "event_id"], ascending=[False, False, True, True], kind="stable"
    )
    return rounded(order[_EVENT_COLUMNS].reset_index(drop=True))


def select_event(reconciliation: Reconciliation, event_id: str = "", place: str = "", day: str = "") -> pd.Series | None:
    """One event: by id, else by place (canonical or as written) and day, else the one with the
    most claimants. None when the corpus has no events or none matches."""
    events = reconciliation.events
    if event_id:
        chosen = events[events["event_id"] == event_id]
    elif place or day:
        chosen = events
        if place:
            wanted = place.strip().lower()
            chosen = chosen[(chosen["place"].str.lower() == wanted) | (chosen["province"].str.lower() == wanted)]
        if day:
            when = pd.Timestamp(day)
            chosen = chosen[(chosen["event_day"] <= when) & (chosen["last_day"] >= when)]
    else:
        chosen = events.sort_values(["claimants", "claims", "event_id"], ascending=[False, False, True])
    return None if chosen.empty else chosen.iloc[0]


def incident_html(reconciliation: Reconciliation, event_id: str) -> str:
    """Every claim of one event as an escaped HTML table: claimant, outlet, figure, sentence."""
    claims = reconciliation.claims[reconciliation.claims["event_id"] == event_id]
    claims = claims.sort_values(["claimant", "outlet", "doc_id", "start"])
    head = ["claimant", "outlet", "article", "figure", "who", "event day", "sentence"]
    lines = ["<table class='figures-incident'>", "<thead><tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr></thead>", "<tbody>"]
    for claim in claims.itertuples(index=False):
        cells = [
            html.escape(claim.claimant),
            html.escape(claim.outlet),
            html.escape(claim.doc_id),
            html.escape(describe_figure(claim.low, claim.high, claim.qualifier, claim.unit)),
            html.escape(claim.casualty_group or claim.what),
            html.escape("" if pd.isna(claim.event_day) else f"{claim.event_day:%Y-%m-%d}"),
            highlighted_sentence(claim.sentence, claim.sentence_start, claim.start, claim.end),
        ]
        lines.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>")
    lines += ["</tbody>", "</table>"]
    return "\n".join(lines)


#: Rows a notebook table shows; the notebook says how many more there are.
SHOWN_ROWS = 40


def problems_first(frame: pd.DataFrame, limit: int = SHOWN_ROWS) -> tuple[pd.DataFrame, int]:
    """The rows to show, contradictions first, and how many rows are left out.

    Checks sort ``inconsistent`` first, groups ``disagree`` first, events ``different`` first,
    each then by the size of the problem (``gap``, ``spread``); the rest keep their order.
    """
    if "status" in frame.columns:
        flag, size = frame["status"] == "inconsistent", frame.get("gap")
    elif "agreement" in frame.columns:
        flag, size = frame["agreement"].isin(["disagree", "different"]), frame.get("spread")
    else:
        return frame.head(limit).reset_index(drop=True), max(len(frame) - limit, 0)
    order = frame.assign(_flag=~flag, _size=-(size if size is not None else 0))
    order = order.sort_values(["_flag", "_size"], kind="stable").drop(columns=["_flag", "_size"])
    return order.head(limit).reset_index(drop=True), max(len(frame) - limit, 0)
