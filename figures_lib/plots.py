"""Charts of claims and their reconciliation, each returned with the data it draws.

Every function returns ``(figure, data)``: a matplotlib Figure (made without pyplot, so it is
shown once, where a notebook displays it, and freed with it), or a :class:`NoChart` line saying
why when there is nothing to draw (never empty axes), and the DataFrame of exactly what
is drawn, so that tests check the data rather than pixels and a reader can export it. Charts
share one style (:data:`STYLE`): a white card with dark text, legible in the HTML report and in
a dark JupyterLab theme alike. Colours follow outlets and markers follow claimants, assigned in
sorted order so that a chart looks the same on every run.

Outlet, claimant and unit names are untrusted text: every one reaches matplotlib through
:func:`tex_safe`, so a name such as ``$$\\href{...}{x}$$`` is drawn as written, never parsed as
mathtext. Mass is drawn in tonnes.
"""

from __future__ import annotations

import html
import math

import matplotlib
import matplotlib.dates as mdates
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from .report import unit_words
from .units import in_tonnes

#: The rc settings every chart is drawn with.
STYLE = {
    "figure.facecolor": "white",
    "axes.facecolor": "white",
    "savefig.facecolor": "white",
    "text.color": "#222222",
    "axes.labelcolor": "#222222",
    "xtick.color": "#222222",
    "ytick.color": "#222222",
    "axes.edgecolor": "#444444",
    "axes.grid": True,
    "grid.color": "#dddddd",
    "grid.linewidth": 0.6,
    "font.size": 9,
    "axes.titlesize": 10,
    "legend.fontsize": 8,
    "legend.frameon": False,
    "figure.dpi": 100,
    "svg.hashsalt": "figures",  # fixed ids, so saved SVGs are byte-identical between runs
}
_PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b",
            "#e377c2", "#7f7f7f", "#bcbd22"]  # fmt: skip
_MARKERS = ["o", "s", "^", "D", "v", "P", "X", "*", "h", "<"]
#: Outlet rows the agreement matrix shows at most; the rest are summed into "other".
MATRIX_OUTLETS = 30


#: Legend entries per legend: the most frequent names, then one "other" entry for the rest, so
#: that two legends (outlets, claimants) never hold more than 12 entries on a 50-outlet corpus.
LEGEND_NAMES = 5
OTHER = "other"
_OTHER_COLOUR = "#aaaaaa"
_OTHER_MARKER = "."


class NoChart:
    """What a chart function returns instead of a figure when there is nothing to draw: one
    line saying why, shown as text in a notebook and as a paragraph in HTML."""

    def __init__(self, reason: str):
        self.reason = reason
        self.axes: list = []

    def __repr__(self) -> str:
        return self.reason

    def _repr_html_(self) -> str:
        return f"<p class='figures-empty'>{html.escape(self.reason)}</p>"


def tex_safe(text) -> str:
    """``text`` with every ``$`` escaped, so matplotlib draws it as written instead of as
    mathtext (an outlet named ``$x$`` stays ``$x$``)."""
    return str(text).replace("$", r"\$")


def display_unit(unit: str) -> tuple[float, str]:
    """The factor and label a chart draws ``unit`` with: mass in tonnes, "/ day" as "a day",
    counting units in the plural (``sortie / day`` -> ``sorties a day``)."""
    base, per_day = (unit.split(" / ", 1)[0], True) if " / " in unit else (unit, False)
    factor, label = 1.0, base
    tonnes = in_tonnes(1, base)
    if tonnes is not None:
        factor, label = tonnes, "tonne"
    return factor, tex_safe(unit_words(label) + (" a day" if per_day else "")) if label else ""


def _unit_label(unit: str) -> str:
    """The axis label of values drawn as they are in ``unit`` (no conversion)."""
    factor, label = display_unit(unit)
    return label if factor == 1 else tex_safe(unit)


def _most_frequent(names, limit: int) -> list[str]:
    """The ``limit`` most frequent names, ties by name, then sorted for a stable order."""
    counts = pd.Series(list(names), dtype="object").value_counts()
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:limit]
    return sorted(name for name, _ in ranked)


def _legend_styles(names, styles, other_style: str, limit: int) -> dict[str, str]:
    """A style per name among the ``limit`` most frequent, cycling through ``styles``; the
    rest share ``other_style`` under ``OTHER``."""
    names = list(names)
    chosen = _most_frequent(names, limit)
    mapping = {name: styles[i % len(styles)] for i, name in enumerate(chosen)}
    if len(set(names)) > len(chosen):
        mapping[OTHER] = other_style
    return mapping


def outlet_colours(outlets, limit: int = LEGEND_NAMES) -> dict[str, str]:
    """A colour per frequent outlet, in sorted order, the same on every run; the rest share
    the grey of ``other`` (look them up with :func:`colour_of`)."""
    return _legend_styles(outlets, _PALETTE, _OTHER_COLOUR, limit)


def claimant_markers(claimants, limit: int = LEGEND_NAMES) -> dict[str, str]:
    """A marker per frequent claimant, in sorted order; the rest share ``other``'s."""
    return _legend_styles(claimants, _MARKERS, _OTHER_MARKER, limit)


def colour_of(colours: dict[str, str], outlet: str) -> str:
    return colours.get(outlet, _OTHER_COLOUR)


def marker_of(markers: dict[str, str], claimant: str) -> str:
    return markers.get(claimant, _OTHER_MARKER)


def _card(size: tuple[float, float], data: pd.DataFrame):
    """A one-axis figure with the colours of ``data``'s outlets and markers of its claimants."""
    figure = Figure(figsize=size)
    return (
        figure,
        figure.subplots(),
        outlet_colours(data["outlet"]),
        claimant_markers(data["claimant"]),
    )


def _draw_claim(axis, row, colour: str, marker: str, top: float, *, open_ended: bool, **bar):
    """One claim at its period's end: a bar from its low to its high bound (an arrow up to
    ``top`` when it has none), and a marker at its value; ``bar`` styles the bar."""
    if open_ended:
        axis.annotate(
            "",
            xy=(row.period_end, top),
            xytext=(row.period_end, row.low),
            arrowprops={"arrowstyle": "->", "color": colour, "lw": 2},
        )
    else:
        axis.vlines(row.period_end, row.low, row.high, color=colour, lw=3, **bar)
    axis.plot(row.period_end, row.value, marker=marker, color=colour, ms=7, ls="")


def _finish(
    figure: Figure, axis, keys: tuple[dict, dict], top: float, *, ylabel: str, title: str
) -> None:
    """Label a dated one-axis chart, add its outlet and claimant legends (when it has data)."""
    axis.set_ylabel(ylabel)
    axis.set_ylim(bottom=0, top=top)
    axis.set_title(title)
    _date_axis(axis)
    colours, markers = keys
    if colours:
        _legends(axis, colours, markers)
    figure.tight_layout()


def _finite_top(values: pd.Series) -> float:
    finite = values[values.map(math.isfinite)]
    return float(finite.max()) if len(finite) else 1.0


def _date_axis(axis) -> None:
    locator = mdates.AutoDateLocator(minticks=3, maxticks=7)
    axis.xaxis.set_major_locator(locator)
    axis.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))


def _legends(axis, colours: dict[str, str], markers: dict[str, str]) -> None:
    outlet_handles = [Line2D([], [], color=c, lw=3, label=tex_safe(o)) for o, c in colours.items()]
    claimant_handles = [Line2D([], [], color="#444444", marker=m, ls="", label=tex_safe(name))
                        for name, m in markers.items()]  # fmt: skip
    first = axis.legend(
        handles=outlet_handles, title="outlet", loc="upper left", bbox_to_anchor=(1.01, 1)
    )
    axis.add_artist(first)
    axis.legend(
        handles=claimant_handles, title="claimant", loc="lower left", bbox_to_anchor=(1.01, 0)
    )


def claim_timeline(claims: pd.DataFrame, kind: str) -> tuple[Figure | NoChart, pd.DataFrame]:
    """Each claim of ``kind`` as an interval bar at its as-of date, one panel per basis.

    ``claims`` is ``Reconciliation.claims``. A closed interval is a bar from low to high, an
    open-ended one an arrow up from its lower bound; the marker sits on the best estimate.
    """
    data = (
        claims[claims["kind"] == kind][
            [
                "claim_id",
                "outlet",
                "claimant",
                "basis",
                "period_end",
                "low",
                "high",
                "value",
                "unit",
            ]
        ]
        .sort_values(["basis", "period_end", "outlet", "claim_id"])
        .reset_index(drop=True)
    )
    data["open_ended"] = ~data["high"].map(math.isfinite)
    if data.empty:
        return NoChart(f"no {kind} claims in this corpus"), data
    bases = list(dict.fromkeys(data["basis"]))
    with matplotlib.rc_context(STYLE):
        figure = Figure(figsize=(8, 2.4 * len(bases)))
        axes = figure.subplots(len(bases), 1, sharex=True, squeeze=False)
        colours = outlet_colours(data["outlet"])
        markers = claimant_markers(data["claimant"])
        for axis, basis in zip(axes[:, 0], bases, strict=True):
            rows = data[data["basis"] == basis]
            top = _finite_top(pd.concat([rows["high"], rows["value"]])) * 1.25
            for row in rows.itertuples(index=False):
                colour = colour_of(colours, row.outlet)
                _draw_claim(axis, row, colour, marker_of(markers, row.claimant), top,
                            open_ended=row.open_ended, alpha=0.7)  # fmt: skip
            unit = _unit_label(rows["unit"].iloc[0]) if len(rows) else ""
            axis.set_ylabel(f"{tex_safe(basis)}\n({unit})")
            axis.set_ylim(bottom=0, top=top if len(rows) else 1)
            _date_axis(axis)
        axes[0, 0].set_title(
            f"{tex_safe(kind)}: every claim, by as-of date (arrows: open-ended bounds)"
        )
        if len(data):
            _legends(axes[0, 0], colours, markers)
        figure.tight_layout()
    return figure, data


def daily_rates(claims: pd.DataFrame, kind: str) -> tuple[Figure | NoChart, pd.DataFrame]:
    """Per-day rates of ``kind``: each window or cumulative claim drawn across its period."""
    data = claims[(claims["kind"] == kind) & claims["per_day_value"].notna()][
        ["claim_id", "outlet", "claimant", "basis", "period_start", "period_end", "per_day_low",
         "per_day_high", "per_day_value", "rate_unit"]
    ].sort_values(["period_start", "period_end", "claim_id"]).reset_index(drop=True)  # fmt: skip
    if data.empty:
        return NoChart(f"no window or cumulative {kind} figures in this corpus"), data
    # Drawn in reading units (tonnes a day); the data keeps the table's (kilograms a day).
    factor, label = display_unit(data["rate_unit"].iloc[0])
    drawn = data.assign(
        **{name: data[name] * factor for name in ("per_day_low", "per_day_high", "per_day_value")}
    )
    with matplotlib.rc_context(STYLE):
        figure, axis, colours, markers = _card((8, 3.2), data)
        top = _finite_top(pd.concat([drawn["per_day_high"], drawn["per_day_value"]])) * 1.25
        for row in drawn.itertuples(index=False):
            colour = colour_of(colours, row.outlet)
            style = "-" if row.basis == "window" else "--"
            axis.hlines(
                row.per_day_value, row.period_start, row.period_end, color=colour, lw=2.5, ls=style
            )
            middle = row.period_start + (row.period_end - row.period_start) / 2
            high = row.per_day_high if math.isfinite(row.per_day_high) else top
            if high > row.per_day_low:
                axis.vlines(middle, row.per_day_low, high, color=colour, lw=1, alpha=0.6)
            axis.plot(
                middle,
                row.per_day_value,
                marker=marker_of(markers, row.claimant),
                color=colour,
                ls="",
                ms=6,
            )
        _finish(figure, axis, (colours, markers), top, ylabel=label,
                title=f"{tex_safe(kind)} per day: solid = window, dashed = average since the "
                      "period start")  # fmt: skip
    return figure, data


def cumulative_series(
    claims: pd.DataFrame, checks: pd.DataFrame, kind: str
) -> tuple[Figure | NoChart, pd.DataFrame]:
    """Cumulative claims of ``kind`` over time, with the band the figures allow between them.

    Between two consecutive figures the count can be anything from the lower to the upper
    path joining their bounds: the implied-rate envelope of the checks table, drawn red where
    a check found the pair inconsistent.
    """
    points = (
        claims[(claims["kind"] == kind) & (claims["basis"] == "cumulative")][
            [
                "claim_id",
                "outlet",
                "claimant",
                "period_start",
                "period_end",
                "low",
                "high",
                "value",
                "unit",
            ]
        ]
        .sort_values(["period_end", "claim_id"])
        .reset_index(drop=True)
    )
    if points.empty:
        return NoChart(f"no cumulative {kind} figures in this corpus"), points.assign(part="claim")
    # The band joins consecutive figures of one series (same period start), every claimant
    # pooled, from the zero at the period start; the checks table says whether each pair holds.
    status = {
        (c.from_claim, c.to_claim): c.status
        for c in checks.itertuples(index=False)
        if c.check == "order"
    }
    band_rows = []
    for start, series in points.groupby("period_start", sort=True):
        previous = ("origin", start, 0.0, 0.0)
        for row in series.drop_duplicates(["period_end", "low", "high"]).itertuples(index=False):
            band_rows.append(
                {
                    "from_claim": previous[0],
                    "to_claim": row.claim_id,
                    "from_date": previous[1],
                    "to_date": row.period_end,
                    "from_low": previous[2],
                    "from_high": previous[3],
                    "to_low": row.low,
                    "to_high": row.high,
                    "status": status.get((previous[0], row.claim_id), ""),
                }
            )
            previous = (row.claim_id, row.period_end, row.low, row.high)
    band = pd.DataFrame(band_rows)
    with matplotlib.rc_context(STYLE):
        figure, axis, colours, markers = _card((8, 3.4), points)
        top = _finite_top(pd.concat([points["high"], points["value"]])) * 1.25
        for row in band.itertuples(index=False) if len(band) else ():
            upper = [min(row.from_high, top), min(row.to_high, top)]
            colour = "#f4a3a3" if row.status == "inconsistent" else "#cfd8e3"
            axis.fill_between(
                [row.from_date, row.to_date],
                [row.from_low, row.to_low],
                upper,
                color=colour,
                alpha=0.6,
                lw=0,
            )
            # The edges too: between exact figures the band is a single line.
            axis.plot(
                [row.from_date, row.to_date], [row.from_low, row.to_low], color="#7a8ca3", lw=0.8
            )
            axis.plot([row.from_date, row.to_date], upper, color="#7a8ca3", lw=0.8)
        for row in points.itertuples(index=False):
            colour = colour_of(colours, row.outlet)
            _draw_claim(axis, row, colour, marker_of(markers, row.claimant), top,
                        open_ended=not math.isfinite(row.high))  # fmt: skip
        _finish(figure, axis, (colours, markers), top,
                ylabel=_unit_label(points["unit"].iloc[0]),
                title=f"{tex_safe(kind)}, cumulative: the band is every count the figures "
                      "allow in between")  # fmt: skip
    data = (
        pd.concat([points.assign(part="claim"), band.assign(part="band")], ignore_index=True)
        if len(band)
        else points.assign(part="claim")
    )
    return figure, data


def agreement_matrix(groups: pd.DataFrame) -> tuple[Figure | NoChart, pd.DataFrame]:
    """Outlet by kind: how many claims each outlet reports, and how the shared ones agree.

    A group is shared when more than one outlet reports it; its agreement is ``exact`` or
    ``compatible`` (counted as agreeing) or ``disagree``. The cell colour is the share of the
    outlet's shared groups that agree; grey where it shares none.
    """
    rows = []
    for group in groups.itertuples(index=False):
        for outlet in group.outlets.split("; "):
            shared = group.outlets.count("; ") > 0
            rows.append({"outlet": outlet, "kind": group.kind, "groups": 1, "shared": int(shared),
                         "agree": int(shared and group.agreement in ("exact", "compatible")),
                         "disagree": int(shared and group.agreement == "disagree")})  # fmt: skip
    columns = ["outlet", "kind", "groups", "shared", "agree", "disagree"]
    data = (pd.DataFrame(rows, columns=columns).groupby(["outlet", "kind"], as_index=False).sum()
            .sort_values(["outlet", "kind"]).reset_index(drop=True))  # fmt: skip
    # A corpus of many outlets keeps the busiest MATRIX_OUTLETS rows and sums the rest into one,
    # so that the chart stays within a screen (at most about 2,000 pixels high).
    busiest = _most_frequent(data.loc[data.index.repeat(data["groups"]), "outlet"], MATRIX_OUTLETS)
    if data["outlet"].nunique() > len(busiest):
        data = data.assign(outlet=data["outlet"].where(data["outlet"].isin(busiest), OTHER))
        data = data.groupby(["outlet", "kind"], as_index=False)[columns[2:]].sum()
        data = data.sort_values(["outlet", "kind"]).reset_index(drop=True)
    outlets, kinds = sorted(set(data["outlet"])), sorted(set(data["kind"]))
    if data.empty:
        return NoChart("no claims in this corpus"), data
    with matplotlib.rc_context(STYLE):
        figure = Figure(figsize=(1.2 + 1.1 * max(len(kinds), 1), 0.9 + 0.5 * max(len(outlets), 1)))
        axis = figure.subplots()
        cmap = matplotlib.colormaps["RdYlGn"].with_extremes(bad="#eeeeee")
        grid = [[math.nan] * len(kinds) for _ in outlets]
        for row in data.itertuples(index=False):
            i, j = outlets.index(row.outlet), kinds.index(row.kind)
            grid[i][j] = row.agree / row.shared if row.shared else math.nan
            label = f"{row.groups}" + (
                f"\n{row.agree} agree / {row.disagree} not" if row.shared else ""
            )
            axis.text(j, i, label, ha="center", va="center", fontsize=7)
        axis.imshow(
            pd.DataFrame(grid).to_numpy(dtype=float), cmap=cmap, vmin=0, vmax=1, aspect="auto"
        )
        axis.set_xticks(range(len(kinds)), [tex_safe(k) for k in kinds], rotation=30, ha="right")
        axis.set_yticks(range(len(outlets)), [tex_safe(o) for o in outlets])
        axis.grid(False)
        axis.set_title("claims per outlet and kind; colour: share of shared claims that agree")
        figure.tight_layout()
    return figure, data
