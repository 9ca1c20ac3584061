"""What the notebooks show, computed here so that notebooks only narrate.

Article text and outlet names are untrusted: every HTML string built here escapes them, and the
only markup added is the library's own (``<table>``, ``<mark>``).
"""

from __future__ import annotations

import hashlib
import html
import math
import re
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .artifacts import Pipeline, compute, load_artifacts
from .corpus import load_corpus
from .reconcile import Reconciliation
from .units import describe_figure, in_tonnes

__all__ = ["Pipeline", "findings", "run_pipeline"]

_ANCHOR_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")


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
    lines = [
        "<table class='figures-claims'>",
        "<thead><tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr></thead>",
        "<tbody>",
    ]
    for claim in rows.itertuples(index=False):
        claimant = getattr(claim, "claimant", "") or claim.speaker_org or claim.speaker
        cells = [
            html.escape(claim.doc_id),
            html.escape(claim.outlet),
            html.escape(claim.kind),
            html.escape(human_figure(claim.low, claim.high, claim.qualifier, claim.unit)),
            html.escape(claim.basis),
            html.escape("" if pd.isna(claim.period_end) else f"{claim.period_end:%Y-%m-%d}"),
            html.escape(claimant),
            highlighted_sentence(claim.sentence, claim.sentence_start, claim.start, claim.end),
        ]
        anchor = f" id='{claim_anchor(claim.claim_id)}'" if getattr(claim, "claim_id", "") else ""
        lines.append(f"<tr{anchor}>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>")
    lines += ["</tbody>", "</table>"]
    return "\n".join(lines)


def claim_anchor(claim_id: str) -> str:
    """The HTML id of a claim's row in every claims table: ``claim-<claim_id>``."""
    return "claim-" + _ANCHOR_UNSAFE.sub("-", str(claim_id))


def claim_link(claim_id: str, page: str = "") -> str:
    """A link to a claim's row (its sentence, the figure marked) on ``page`` ("" for this page)."""
    return (
        f"<a href='{html.escape(page)}#{claim_anchor(claim_id)}'>{html.escape(str(claim_id))}</a>"
    )


#: Columns that hold claim ids, linked to the claims they name.
CLAIM_COLUMNS = ("claim_ids", "claim_id", "from_claim", "to_claim", "window_claim")


def _cell(value) -> str:
    """One table cell as escaped text: dates as days, counts without decimals, NaN empty."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT:
        return ""
    if isinstance(value, pd.Timestamp):
        return f"{value:%Y-%m-%d}"
    if isinstance(value, float):
        if math.isinf(value):
            return "\u221e" if value > 0 else "-\u221e"
        return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return html.escape(str(value))


def linked_table(frame: pd.DataFrame, columns: list[str] | None = None, page: str = "") -> str:
    """``frame`` as an escaped HTML table whose claim ids link to the claims they name.

    Estimates, groups, checks and events cite claims (``claim_ids``, ``from_claim``, ...);
    each id becomes a link to the claim's row on ``page`` ("" for the same page), where its
    sentence is shown with the figure marked (see :func:`claims_html`). Links are relative,
    so they work in a static report opened from disk. An empty frame is one line, "No rows.".
    """
    columns = list(columns or frame.columns)
    if frame.empty:
        return "<p class='figures-empty'>No rows.</p>"
    lines = [
        "<table class='figures-table'>",
        "<thead><tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in columns) + "</tr></thead>",
        "<tbody>",
    ]
    for row in frame[columns].itertuples(index=False):
        cells = []
        for name, value in zip(columns, row, strict=True):
            if name in CLAIM_COLUMNS and isinstance(value, str) and value and value != "origin":
                cells.append(
                    " ".join(claim_link(claim_id, page) for claim_id in value.split("; "))
                )
            else:
                cells.append(_cell(value))
        lines.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>")
    lines += ["</tbody>", "</table>"]
    return "\n".join(lines)


def table(frame: pd.DataFrame, columns: list[str] | None = None, page: str = "",
          interactive: bool = False):  # fmt: skip
    """``frame`` for display in a notebook: :func:`linked_table`'s escaped HTML table, made
    sortable, searchable and paged by itables when ``interactive``.

    The interactive table is the same static table (every cell escaped here, claim ids linked)
    plus a script that hands it to itables' DataTables, which reads the rows from the page: an
    untrusted notebook, GitHub or nbviewer, where the script does not run, still shows every
    row. The script needs the library that :func:`init_interactive` loads, once per notebook;
    ``figures report`` passes ``interactive=False``, so its pages hold no script at all.
    """
    from IPython.display import HTML

    static = linked_table(frame, columns, page)
    if not interactive or frame.empty:
        return HTML(static)
    return HTML(interactive_html(static, len(frame)))


def interactive_html(static: str, rows: int) -> str:
    """The table ``static`` (from :func:`linked_table`) with the itables script that makes it
    interactive; ``rows`` is its number of rows (one page needs no search box or pager).

    The table's id comes from its content, so the output is the same on every run (nbval
    compares it), and the script loads nothing from the network (itables' offline mode).
    """
    from itables.javascript import get_itable_arguments, html_table_from_template

    table_id = "figures_" + hashlib.sha1(static.encode("utf-8")).hexdigest()[:16]
    # itables' options (layout, classes, no initial sort) as it would give them for a frame of
    # this many rows; a frame without columns, since the rows are read from the page, not JSON.
    options = get_itable_arguments(pd.DataFrame(index=range(rows)), table_id=table_id,
                                   connected=False)  # fmt: skip
    for name in ("dt_url", "connected", "display_logo_when_loading", "data_json", "table_html",
                 "warn_on_undocumented_option", "warn_on_unexpected_option_type"):  # fmt: skip
        options.pop(name, None)
    template = html_table_from_template(
        table_id=table_id,
        dt_url="",
        connected=False,
        display_logo_when_loading=False,
        kwargs=options,
    )
    # The template's table holds a "Loading ITables" row linking to itables.org; ours holds the
    # escaped rows instead, which DataTables reads in place.
    opening = "<table class='figures-table'>"
    ours = static.replace(opening, f"<table class='figures-table' id=\"{table_id}\">", 1)
    placeholder = re.compile(rf'<table id="{re.escape(table_id)}">.*?</table>', re.DOTALL)
    page, found = placeholder.subn(lambda _: ours, template, count=1)
    if not found or "<script" not in page:
        raise RuntimeError("itables' table template changed: see report.interactive_html")
    return page


def init_interactive(interactive: bool = True) -> None:
    """Load the DataTables library that interactive tables need, from the itables package
    (offline mode: nothing is fetched from a CDN), into this notebook's output. Does nothing
    when ``interactive`` is False. Call it once, in a cell before the first table.
    """
    if not interactive:
        return
    from itables import init_notebook_mode

    # all_interactive=False: other DataFrames keep pandas' own (escaped, static) HTML.
    init_notebook_mode(all_interactive=False, connected=False)


def cited_claims(reconciliation: Reconciliation, *frames: pd.DataFrame) -> pd.DataFrame:
    """The claims (rows of ``reconciliation.claims``) that ``frames`` cite in their claim
    columns."""
    cited = set()
    for frame in frames:
        for column in CLAIM_COLUMNS:
            if column in frame.columns:
                for value in frame[column].dropna():
                    cited |= {
                        claim_id
                        for claim_id in str(value).split("; ")
                        if claim_id and claim_id != "origin"
                    }
    return reconciliation.claims[reconciliation.claims["claim_id"].isin(cited)]


def counts_by_kind_and_outlet(claims: pd.DataFrame) -> pd.DataFrame:
    """Claims per kind (rows) and outlet (columns), with totals."""
    table = pd.crosstab(claims["kind"], claims["outlet"], margins=True, margins_name="all")
    table.columns.name = None
    return table


def rates_table(claims: pd.DataFrame) -> pd.DataFrame:
    """Per-day rates of reconciled claims with their periods, claimants and outlets, oldest
    first."""
    rows = claims[claims["per_day_value"].notna()]
    columns = [
        "outlet",
        "claimant",
        "basis",
        "period_start",
        "period_end",
        "days",
        "value",
        "per_day_low",
        "per_day_value",
        "per_day_high",
        "rate_unit",
        "claim_id",
    ]
    return rounded(rows[columns].sort_values(["period_end", "claim_id"]).reset_index(drop=True))


def outlet_figures(reconciliation: Reconciliation) -> pd.DataFrame:
    """Which outlet reported which figure: one row per same-claim group, one column per outlet.

    A cell holds the figure as that outlet reported it (all its wordings, if several), empty
    where the outlet did not report the claim; ``claim_ids``, last, names the claims behind
    the row (see :func:`linked_table`).
    """
    claims, groups = reconciliation.claims, reconciliation.groups
    outlets = sorted(set(claims["outlet"]))
    table = pd.DataFrame({
        "kind": groups["kind"],
        "claimant": groups["claimant"],
        "basis": groups["basis"],
        "as of": groups["period_end"].dt.strftime("%Y-%m-%d").fillna(""),
        "agreement": groups["agreement"],
        "sources": groups["independent_sources"],
    }).reset_index(drop=True)  # fmt: skip
    # One pass over the claims and one pivot: filtering the claims per group and outlet took
    # over 15 minutes at 1,000 articles from 50 outlets.
    members = claims[claims["group_id"].isin(groups["group_id"])]
    wordings = pd.DataFrame(
        {
            "group_id": members["group_id"],
            "outlet": members["outlet"],
            "figure": list(
                map(
                    human_figure,
                    members["low"],
                    members["high"],
                    members["qualifier"],
                    members["unit"],
                )
            ),
        }
    )
    cells = (
        wordings.groupby(["group_id", "outlet"])["figure"]
        .agg(lambda figures: "; ".join(sorted(set(figures))))
        .unstack("outlet")
        .reindex(index=groups["group_id"], columns=outlets)
        .fillna("")
        .reset_index(drop=True)
    )
    cells.columns.name = None
    table = pd.concat([table, cells], axis=1).assign(claim_ids=groups["claim_ids"].to_numpy())
    return table.sort_values(["kind", "as of", "claimant"], ignore_index=True)


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


def key_figure_parts(reconciliation: Reconciliation, kind: str = "") -> list[tuple[str, str]]:
    """The figures that matter most, for the report index, each with the id of the report
    section it comes from (``findings``, or a section heading's id in a ``20-reconcile-kind``
    page): ``[("3 claims", "findings"), ..., ("53.5–64 sorties a day", "Rates-per-day")]``."""
    claims = (
        reconciliation.claims
        if not kind
        else reconciliation.claims[reconciliation.claims["kind"] == kind]
    )
    checks = (
        reconciliation.checks
        if not kind
        else reconciliation.checks[reconciliation.checks["kind"] == kind]
    )
    inconsistent = int((checks["status"] == "inconsistent").sum())
    outlets = sorted(set(claims["outlet"]))
    named = ", ".join(outlets[:5]) + (", ..." if len(outlets) > 5 else "")
    parts = [
        (counted(len(claims), "claim"), "findings"),
        (
            f"{counted(len(outlets), 'outlet')} ({named})" if outlets else counted(0, "outlet"),
            "findings",
        ),
        (
            f"{inconsistent} inconsistent of {counted(len(checks), 'check')}",
            "Consistency-over-time" if kind else "findings",
        ),
    ]
    rates = claims[claims["per_day_value"].notna()]
    if kind and len(rates):
        amount = human_amount(
            rates["per_day_value"].min(), rates["per_day_value"].max(), rates["rate_unit"].iloc[0]
        )
        parts.append((amount.replace("more than ", ""), "Rates-per-day"))
    return parts


def key_figures(reconciliation: Reconciliation, kind: str = "") -> str:
    """One line of the figures that matter most, for the report index: "3 claims; 3 outlets
    (AP, PressTV, RT); 0 inconsistent of 3 checks; 53.5–64 sorties a day"."""
    return "; ".join(text for text, _ in key_figure_parts(reconciliation, kind))


def rounded(frame: pd.DataFrame, digits: int = 2) -> pd.DataFrame:
    """The frame with its float columns rounded, for display with fixed formatting."""
    floats = frame.select_dtypes("float").columns
    return frame.assign(**{name: frame[name].round(digits) for name in floats})


_EVENT_COLUMNS = ["label", "claimants", "independent_sources", "agreement", "bounds", "value_min",
                  "value_max", "spread", "figures", "event_id", "claim_ids"]  # fmt: skip


def events_table(reconciliation: Reconciliation, kind: str = "") -> pd.DataFrame:
    """Events of one kind (all kinds when empty), those several claimants report first.

    Within each half, the widest spread comes first, so the contradictions an analyst should
    read lead the table.
    """
    events = reconciliation.events
    if kind:
        events = events[events["kind"] == kind]
    order = events.assign(_several=events["claimants"] > 1).sort_values(
        ["_several", "spread", "event_day", "event_id"],
        ascending=[False, False, True, True],
        kind="stable",
    )
    return rounded(order[_EVENT_COLUMNS].reset_index(drop=True))


def select_event(
    reconciliation: Reconciliation, event_id: str = "", place: str = "", day: str = ""
) -> pd.Series | None:
    """One event: by id, else by place (canonical or as written) and day, else the one with the
    most claimants. None when the corpus has no events or none matches."""
    events = reconciliation.events
    if event_id:
        chosen = events[events["event_id"] == event_id]
    elif place or day:
        chosen = events
        if place:
            wanted = place.strip().lower()
            chosen = chosen[
                (chosen["place"].str.lower() == wanted)
                | (chosen["province"].str.lower() == wanted)
            ]
        if day:
            when = pd.Timestamp(day)
            chosen = chosen[(chosen["event_day"] <= when) & (chosen["last_day"] >= when)]
    else:
        chosen = events.sort_values(
            ["claimants", "claims", "event_id"], ascending=[False, False, True]
        )
    return None if chosen.empty else chosen.iloc[0]


def incident_html(reconciliation: Reconciliation, event_id: str) -> str:
    """Every claim of one event as an escaped HTML table: claimant, outlet, figure, sentence."""
    claims = reconciliation.claims[reconciliation.claims["event_id"] == event_id]
    claims = claims.sort_values(["claimant", "outlet", "doc_id", "start"])
    head = ["claimant", "outlet", "article", "figure", "who", "event day", "sentence"]
    lines = [
        "<table class='figures-incident'>",
        "<thead><tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr></thead>",
        "<tbody>",
    ]
    for claim in claims.itertuples(index=False):
        cells = [
            html.escape(claim.claimant),
            html.escape(claim.outlet),
            html.escape(claim.doc_id),
            html.escape(human_figure(claim.low, claim.high, claim.qualifier, claim.unit)),
            html.escape(claim.casualty_group or claim.what),
            html.escape("" if pd.isna(claim.event_day) else f"{claim.event_day:%Y-%m-%d}"),
            highlighted_sentence(claim.sentence, claim.sentence_start, claim.start, claim.end),
        ]
        anchor = f" id='{claim_anchor(claim.claim_id)}'" if getattr(claim, "claim_id", "") else ""
        lines.append(f"<tr{anchor}>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>")
    lines += ["</tbody>", "</table>"]
    return "\n".join(lines)


#: Rows a notebook table shows; the notebook says how many more there are.
SHOWN_ROWS = 40


def row_limit(interactive: bool = False) -> int | None:
    """Rows a notebook table shows: :data:`SHOWN_ROWS`, or all (None) when the table is
    interactive, since it pages itself."""
    return None if interactive else SHOWN_ROWS


def first_rows(frame: pd.DataFrame, limit: int | None = SHOWN_ROWS) -> tuple[pd.DataFrame, int]:
    """The first ``limit`` rows (all when None) and how many rows are left out."""
    if limit is None:
        return frame.reset_index(drop=True), 0
    return frame.head(limit).reset_index(drop=True), max(len(frame) - limit, 0)


def problems_first(frame: pd.DataFrame, limit: int | None = SHOWN_ROWS,
                   ) -> tuple[pd.DataFrame, int]:  # fmt: skip
    """The rows to show (``limit`` of them, all when None), contradictions first, and how many
    rows are left out.

    Checks sort ``inconsistent`` first, groups ``disagree`` first, events ``different`` first,
    each then by the size of the problem (``gap``, ``spread``); the rest keep their order.
    """
    if "status" in frame.columns:
        flag, size = frame["status"] == "inconsistent", frame.get("gap")
    elif "agreement" in frame.columns:
        flag, size = frame["agreement"].isin(["disagree", "different"]), frame.get("spread")
    else:
        return first_rows(frame, limit)
    order = frame.assign(_flag=~flag, _size=-(size if size is not None else 0))
    order = order.sort_values(["_flag", "_size"], kind="stable").drop(columns=["_flag", "_size"])
    return first_rows(order, limit)


# ---------------------------------------------------------------------------------------------
# Human numbers and units: what a reader sees. Tables keep the comparison units (kilograms);
# sentences and labels say tonnes, drop decimals from counts and write equal ends once.

#: Plurals that are not the unit name plus "s".
_PLURALS = {"person": "people", "aircraft": "aircraft", "metric_ton": "tonnes", "tonne": "tonnes"}
_SINGULARS = {"metric_ton": "tonne"}
_NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def human_number(value: float) -> str:
    """A figure as a reader wants it: whole numbers and numbers from 1,000 up without decimals,
    others with one (two below 1), thousands separated.

    >>> [human_number(v) for v in (64.0, 53.5, 55.5556, 2972.22, 214.2857, 0.1147)]
    ['64', '53.5', '55.6', '2,972', '214.3', '0.11']
    """
    if math.isinf(value):
        return "unbounded"
    if value == int(value) or abs(value) >= 1000:
        return f"{value:,.0f}"
    text = f"{value:,.1f}" if abs(value) >= 1 else f"{value:.2f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def counted(count: int, noun: str, plural: str = "", words: bool = False) -> str:
    """``count`` with its noun, singular or plural: "1 claim", "3 outlets" ("three outlets"
    with ``words``, for counts under ten).

    >>> counted(1, "claim"), counted(3, "outlet", words=True), counted(2, "person", "people")
    ('1 claim', 'three outlets', '2 people')
    """
    number = _NUMBER_WORDS[count] if words and 0 <= count < len(_NUMBER_WORDS) else f"{count:,}"
    return f"{number} {noun if count == 1 else (plural or noun + 's')}"


def unit_words(unit: str, amount: float = 2) -> str:
    """A registry unit name as words: "sortie" -> "sorties", "person" -> "people"."""
    name = unit.strip()
    if amount == 1:
        return _SINGULARS.get(name, name).replace("_", " ")
    return _PLURALS.get(name, name.replace("_", " ") + "s")


def _human_unit(value: float, unit: str) -> tuple[float, str]:
    """``value`` in ``unit`` converted for reading: any mass to tonnes (through ``ureg``)."""
    tonnes = in_tonnes(value, unit)
    return (value, unit) if tonnes is None else (tonnes, "tonne")


def human_figure(low: float, high: float, qualifier: str, unit: str) -> str:
    """A claim's figure as stated, with its unit in words: "214,000 tonnes", "more than 2,000
    targets", "1 aircraft"."""
    spread = qualifier in ("vague", "range", "approx") and low != high  # "1-2 tonnes"
    return describe_figure(low, high, qualifier, unit_words(unit, 2 if spread else low))


def human_amount(low: float, high: float, unit: str, *, per_day: bool = False) -> str:
    """An interval in words, in human units, with equal ends written once.

    ``unit`` is a registry unit (``kilogram``) or a rate unit (``kilogram / day``, which
    implies ``per_day``).

    >>> human_amount(2972222.2, 2972222.2, "kilogram / day")
    '2,972 tonnes a day'
    >>> human_amount(53.5, 64.0, "sortie / day"), human_amount(0, 214.2857, "target / day")
    ('53.5\u201364 sorties a day', 'under 214.3 targets a day')
    """
    if " / " in unit:
        unit, per_day = unit.split(" / ", 1)[0], True
    low_shown, shown_unit = _human_unit(low, unit)
    high_shown, _ = _human_unit(high, unit)
    words = unit_words(shown_unit, high_shown if not math.isinf(high_shown) else 2)
    if math.isinf(high_shown):
        text = f"more than {human_number(low_shown)} {words}"
    elif low_shown == 0 and high_shown > 0:
        text = f"under {human_number(high_shown)} {words}"
    elif human_number(low_shown) == human_number(high_shown):
        text = f"{human_number(low_shown)} {words}"
    else:
        text = f"{human_number(low_shown)}\u2013{human_number(high_shown)} {words}"
    return text + (" a day" if per_day else "")


# ---------------------------------------------------------------------------------------------
# Findings: the brief's first screen, written from the tables.


def _names(names) -> str:
    names = sorted(set(names))
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _kind_claimants(claims: pd.DataFrame) -> str:
    claimants = sorted(set(claims["claimant"]))
    if len(claimants) == 1:
        return f"all citing {claimants[0]}" if len(claims) > 1 else f"citing {claimants[0]}"
    shown = _names(claimants) if len(claimants) <= 4 else ", ".join(claimants[:4]) + ", ..."
    return f"citing {counted(len(claimants), 'claimant', words=True)} ({shown})"


def _rates_sentence(kind: str, claims: pd.DataFrame, agreement: str) -> str:
    outlets = sorted(set(claims["outlet"]))
    source = (
        f"from {counted(len(outlets), 'outlet', words=True)} ({_names(outlets)}), "
        f"{_kind_claimants(claims)}"
    )
    rates = claims[claims["per_day_value"].notna()]
    if rates.empty:
        return (f"{kind.capitalize()}: {counted(len(claims), 'claim')} {source}, none with a "
                "period to give a rate "
                f"a day; {agreement}.")  # fmt: skip
    low, high = float(rates["per_day_value"].min()), float(rates["per_day_value"].max())
    text = (
        f"{kind.capitalize()}: "
        f"{human_amount(low, high, rates['rate_unit'].iloc[0]).replace('more than ', '')} "
        f"{source}"
    )
    lowest = rates.loc[rates["per_day_value"].idxmin()]
    if math.isinf(lowest["per_day_high"]):
        text += f", the lowest ({lowest['claimant']}) a lower bound only"
    return f"{text}; {agreement}."


def _agreement_clause(claims: pd.DataFrame, checks: pd.DataFrame, groups: pd.DataFrame) -> str:
    """\"consistent: ..." or "contradiction: ...", with the independent sources behind the kind."""
    sources = claims["source_outlet"].replace("", pd.NA).fillna(claims["outlet"]).nunique()
    backing = counted(int(sources), "independent source", words=True)
    inconsistent = checks[checks["status"] == "inconsistent"]
    disagree = groups[groups["agreement"] == "disagree"]
    shared = groups[(groups["independent_sources"] > 1) & (groups["agreement"] != "disagree")]
    if inconsistent.empty and disagree.empty:
        held = {0: "no check applies", 1: "its one check holds"}.get(
            len(checks), f"all {len(checks)} checks hold"
        )
        if len(shared):
            held += (
                f", and {counted(len(shared), 'claim')} reported by several independent sources "
                f"{'agrees' if len(shared) == 1 else 'agree'}"
            )
        return f"consistent: {held} ({backing})"
    parts = []
    if len(inconsistent):
        worst = inconsistent.sort_values("gap", ascending=False).iloc[0]
        parts.append(
            f"{len(inconsistent)} of {counted(len(checks), 'check')} fail ({worst['detail']})"
        )
    if len(disagree):
        parts.append(
            f"{counted(len(disagree), 'claim')} reported differently by different outlets"
        )
    return f"contradiction: {'; '.join(parts)} ({backing})"


def _bound_sentences(claims: pd.DataFrame, checks: pd.DataFrame) -> list[str]:
    """Between two cumulative figures of different claims: the pace they allow, one-sided."""
    sentences = []
    by_id = claims.set_index("claim_id")
    pairs = checks[(checks["check"] == "order") & (checks["from_claim"] != "origin")]
    for check in pairs.itertuples(index=False):
        if check.from_claim not in by_id.index or check.to_claim not in by_id.index:
            continue
        if check.rate_low > 0 and math.isfinite(check.rate_high):
            continue  # a closed range is in the checks table; the findings keep open bounds
        first, second = by_id.loc[check.from_claim], by_id.loc[check.to_claim]
        first_words = describe_figure(
            first["low"],
            first["high"],
            first["qualifier"],
            unit_words(first["unit"], first["low"]),
        )
        second_words = describe_figure(
            second["low"], second["high"], second["qualifier"], ""
        ).strip()
        sentences.append(
            f"Between {first['claimant']}'s {first_words} on {check.from_date:%d %b %Y} and "
            f"{second['claimant']}'s {second_words} on {check.to_date:%d %b %Y}, the figures "
            "allow an average "
            f"of {human_amount(check.rate_low, check.rate_high, check.rate_unit)}."
        )
    return sentences


def _disagreement_sentence(events: pd.DataFrame, groups: pd.DataFrame) -> str:
    several = events[events["claimants"] > 1]
    if len(several):
        event = several.sort_values(["spread", "event_id"], ascending=[False, True]).iloc[0]
        return (f"Largest disagreement: {event['label']}, "
                f"{human_amount(event['value_min'], event['value_max'], _event_unit(event))}"
                f" from {counted(int(event['claimants']), 'claimant', words=True)} and "
                f"{counted(int(event['independent_sources']), 'independent source', words=True)} "
                f"({event['agreement'].replace('_', ' ')}).")  # fmt: skip
    spread = groups[groups["spread"] > 0]
    if len(spread):
        group = spread.sort_values(["spread", "group_id"], ascending=[False, True]).iloc[0]
        return (f"Largest disagreement: {group['claimant']}'s figure as of "
                f"{group['period_end']:%d %b %Y}, "
                f"{human_amount(group['value_min'], group['value_max'], group['unit'])} across "
                f"{group['outlets']}.")  # fmt: skip
    return ""


def _event_unit(event) -> str:
    return {"casualties": "person", "fighters": "person"}.get(
        event["kind"], event["kind"].rstrip("s")
    )


def findings(reconciliation: Reconciliation, kind: str | list[str] | None = None) -> list[str]:
    """The findings of a report in plain sentences, written from the reconciliation's tables.

    For each kind (``kind`` alone when given): the per-day range the claims imply, from which
    outlets and claimants; whether the figures agree or contradict each other, with the number
    of independent sources; the open bounds the checks leave between two claimants' figures;
    and the largest disagreement (the event several claimants report with the widest spread,
    else the same claim reported differently by outlets).

    Parameters
    ----------
    reconciliation:
        A :class:`Reconciliation` (``run_pipeline(...).reconciliation``).
    kind:
        One claim kind (or a list of kinds), or None (or []) for every kind with claims.

    Returns
    -------
    list[str]
        list[str]
        Sentences, a kind's together, kinds in alphabetical order, and a closing sentence when
        no figures differ; one sentence when there are no claims.

    Examples
    --------
    On the seeds: ``findings(reconciliation, "sorties")[0]`` reads "Sorties: 53.5–64 sorties a
    day from three outlets (AP, PressTV and RT), all citing Russian Ministry of Defence;
    consistent: all 3 checks hold (three independent sources)."
    """
    claims = reconciliation.claims
    kinds = (
        [kind]
        if isinstance(kind, str) and kind
        else list(kind or []) or sorted(set(claims["kind"]))
    )
    sentences, disagreements = [], 0
    for name in kinds:
        of_kind = claims[claims["kind"] == name]
        if of_kind.empty:
            sentences.append(f"{name.capitalize()}: no claims in this corpus.")
            continue
        checks = reconciliation.checks[reconciliation.checks["kind"] == name]
        groups = reconciliation.groups[reconciliation.groups["kind"] == name]
        events = reconciliation.events[reconciliation.events["kind"] == name]
        sentences.append(
            _rates_sentence(name, of_kind, _agreement_clause(of_kind, checks, groups))
        )
        sentences += _bound_sentences(of_kind, checks)
        disagreement = _disagreement_sentence(events, groups)
        sentences.append(disagreement) if disagreement else None
        disagreements += bool(disagreement)
    if claims[claims["kind"].isin(kinds)].empty:
        return ["No claims in this corpus."] if not kind else sentences
    if not disagreements:
        sentences.append(
            "No two claimants or outlets give different figures for the same event or claim."
        )
    return sentences


def findings_html(sentences: list[str]) -> str:
    """The findings as an escaped HTML list under a "Findings" heading (anchor ``#findings``)."""
    items = "".join(f"<li>{html.escape(sentence)}</li>" for sentence in sentences)
    return f"<div class='figures-findings' id='findings'><h2>Findings</h2><ul>{items}</ul></div>"
