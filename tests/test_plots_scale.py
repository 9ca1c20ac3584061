"""Charts stay readable on a corpus of many outlets and claimants: short legends, bounded size."""

from __future__ import annotations

import pandas as pd

from figures_lib import plots
from figures_lib.schema import GROUPS_COLUMNS, RECONCILED_CLAIMS_COLUMNS, conform
from tests.timing import assert_grows_linearly


def table(frame: pd.DataFrame, schema) -> pd.DataFrame:
    """``frame`` with every other column of ``schema`` filled with a neutral value."""
    defaults = {
        "string": "",
        "int64": 0,
        "float64": float("nan"),
        "bool": False,
        "datetime64[ns]": pd.NaT,
    }
    for column in schema:
        if column.name not in frame.columns:
            frame[column.name] = defaults[column.dtype]
    return conform(frame, schema)


def many_claims(outlets: int = 50, claimants: int = 40, rows: int = 400) -> pd.DataFrame:
    days = pd.date_range("2016-01-01", periods=rows, freq="D")
    frame = pd.DataFrame(
        {
            "doc_id": [f"d{i}" for i in range(rows)],
            "outlet": [f"Outlet {i % outlets:02d}" for i in range(rows)],
            "claimant": [f"Claimant {i % claimants:02d}" for i in range(rows)],
            "kind": "sorties",
            "basis": ["cumulative" if i % 2 else "window" for i in range(rows)],
            "period_start": [
                pd.Timestamp("2015-12-31") if i % 2 else d - pd.Timedelta(days=1)
                for i, d in enumerate(days)
            ],
            "period_end": days,
            "low": [float(10 + i) for i in range(rows)],
            "high": [float(10 + i) for i in range(rows)],
            "value": [float(10 + i) for i in range(rows)],
            "unit": "sortie",
            "quantity_unit": "sortie",
            "per_day_low": 5.0,
            "per_day_high": 6.0,
            "per_day_value": 5.5,
            "rate_unit": "sortie / day",
            "claim_id": [f"c{i:04d}" for i in range(rows)],
            "qualifier": "exact",
        }
    )
    return table(frame, RECONCILED_CLAIMS_COLUMNS)


def legend_entries(figure) -> list[int]:
    return [
        len(legend.get_texts())
        for axis in figure.axes
        for legend in axis.findobj(lambda a: type(a).__name__ == "Legend")
    ]


def test_legends_hold_the_most_frequent_names_and_one_other_entry():
    claims = many_claims()
    for figure, _ in (
        plots.claim_timeline(claims, "sorties"),
        plots.daily_rates(claims, "sorties"),
    ):
        entries = legend_entries(figure)
        assert entries and sum(entries) <= 12, entries
        labels = [
            t.get_text()
            for axis in figure.axes
            for legend in axis.findobj(lambda a: type(a).__name__ == "Legend")
            for t in legend.get_texts()
        ]
        assert labels.count("other") == 2


def test_the_agreement_matrix_stays_within_a_screen_on_fifty_outlets():
    groups = pd.DataFrame(
        {
            "group_id": [f"g{i}" for i in range(200)],
            "kind": ["sorties", "strikes"] * 100,
            "outlets": [f"Outlet {i % 50:02d}; Outlet {(i + 1) % 50:02d}" for i in range(200)],
            "agreement": ["exact", "disagree"] * 100,
        }
    )
    figure, data = plots.agreement_matrix(table(groups, GROUPS_COLUMNS))
    width, height = figure.get_size_inches() * figure.dpi
    assert height <= 2000 and width <= 2000
    assert data["outlet"].nunique() == plots.MATRIX_OUTLETS + 1 and "other" in set(data["outlet"])
    assert data["groups"].sum() == 400  # every outlet's groups are still counted


def outlet_table(groups_count: int):
    """A reconciliation of ``groups_count`` groups of two claims each, from one outlet in twenty
    groups (50 outlets at 1,000 groups)."""
    from types import SimpleNamespace

    group_ids = [f"g{i:06d}" for i in range(groups_count)]
    claims = pd.DataFrame(
        {
            "group_id": [g for g in group_ids for _ in range(2)],
            "outlet": [
                f"Outlet {i % max(2, groups_count // 20):03d}" for i in range(2 * groups_count)
            ],
            "low": 10.0,
            "high": 10.0,
            "qualifier": "exact",
            "unit": "sortie",
        }
    )
    groups = pd.DataFrame({
        "group_id": group_ids, "kind": "sorties", "claimant": "ministry", "basis": "window",
        "period_end": pd.Timestamp("2015-10-10"), "agreement": "exact",
        "independent_sources": 2, "claim_ids": "a; b",
    })  # fmt: skip
    return SimpleNamespace(claims=claims, groups=groups)


def test_the_outlet_table_grows_with_the_groups_not_with_groups_times_outlets():
    from figures_lib import report

    small, large = outlet_table(250), outlet_table(2000)
    table = report.outlet_figures(large)
    assert len(table) == 2000 and (table.iloc[:, 6:-1] != "").to_numpy().sum() == 2 * 2000
    # Outlets grow with the groups here, so a per-group, per-outlet filter would cost 64 times
    # as much for 8 times the groups.
    assert_grows_linearly(report.outlet_figures, (small,), (large,), ratio=16)
