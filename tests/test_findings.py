"""The brief's findings, units and charts on the seeds, against figures computed by hand here.

The expectations are worked out from the seed articles, not read back from the library:
RT's 107 sorties in the 2 days to 13 Nov, PressTV's 64 in the day to 10 Oct and AP's 4,000
from 30 Sep to 11 Dec (72 days); TASS's "more than 2,000" targets on 13 Nov and the ministry's
8,000 on 11 Dec (28 days later); 214,000 tonnes over the same 72 days.
"""

from __future__ import annotations

import io
import math

import matplotlib.dates as mdates
import pandas as pd
import pytest

from figures_lib import plots, report

MOD = "Russian Ministry of Defence"
CAMPAIGN_DAYS = (pd.Timestamp("2015-12-11") - pd.Timestamp("2015-09-30")).days  # 72
TEX_OUTLET = r"$$\href{javascript:alert(1)}{x}$$"


@pytest.fixture(scope="module")
def seeds():
    return report.run_pipeline("").reconciliation


def sentences_of(seeds, kind: str) -> str:
    return " ".join(report.findings(seeds, kind))


def test_sorties_findings_state_the_daily_range_the_outlets_and_consistency(seeds):
    low, high = (
        min(107 / 2, 64 / 1, 4000 / CAMPAIGN_DAYS),
        max(107 / 2, 64 / 1, 4000 / CAMPAIGN_DAYS),
    )
    assert (low, high) == (53.5, 64)
    first = report.findings(seeds, "sorties")[0]
    assert first.startswith(
        "Sorties: 53.5\u201364 sorties a day from three outlets (AP, PressTV and RT)"
    )
    assert f"all citing {MOD}" in first
    assert "consistent: all 3 checks hold (three independent sources)" in first


def test_targets_findings_state_the_open_bound_between_tass_and_the_ministry(seeds):
    bound = (8000 - 2000) / 28
    assert f"{bound:.1f}" == "214.3"
    text = sentences_of(seeds, "targets")
    assert (
        f"Between TASS's more than 2,000 targets on 13 Nov 2015 and {MOD}'s 8,000 on 11 Dec 2015"
        in text
    )
    assert "an average of under 214.3 targets a day" in text
    # The lowest rate, TASS's more than 2,000 in 44 days, is a floor.
    assert f"{2000 / 44:.1f}\u2013{289 / 2:.1f} targets a day" in text
    assert "the lowest (TASS) a lower bound only" in text


def test_tonnage_findings_are_in_tonnes_a_day_written_once(seeds):
    per_day = 214_000 / CAMPAIGN_DAYS
    assert f"{per_day:,.0f}" == "2,972"
    text = sentences_of(seeds, "tonnage")
    assert "Tonnage: 2,972 tonnes a day from one outlet (AP)" in text
    assert "kilogram" not in text and "2,972,222" not in text
    assert (
        report.key_figures(seeds, "tonnage")
        == "1 claim; 1 outlet (AP); 0 inconsistent of 1 check; 2,972 tonnes a day"
    )


def test_findings_without_rates_or_disagreement_say_so(seeds):
    text = sentences_of(seeds, "strikes")
    assert (
        "Strikes: 2 claims from two outlets (RT and TASS), all citing Kremlin, none with a period"
        in text
    )
    assert "1 claim reported by several independent sources agrees" in text
    assert report.findings(seeds, "sorties")[-1].startswith(
        "No two claimants or outlets give different figures"
    )
    everything = report.findings(seeds)
    assert [s.split(":")[0] for s in everything if ":" in s and not s.startswith("Between")] == [
        "Aircraft",
        "Casualties",
        "Fighters",
        "Sorties",
        "Strikes",
        "Targets",
        "Tonnage",
    ]


def test_findings_html_escapes_and_anchors():
    page = report.findings_html(["<b>RT</b> said 5"])
    assert "id='findings'" in page and "&lt;b&gt;RT&lt;/b&gt;" in page and "<b>" not in page


@pytest.mark.parametrize(
    ("low", "high", "unit", "words"),
    [
        (2972222.2, 2972222.2, "kilogram / day", "2,972 tonnes a day"),
        (1000.0, 1000.0, "kilogram", "1 tonne"),
        (53.5, 64.0, "sortie / day", "53.5\u201364 sorties a day"),
        (4000.0, 4000.0, "sortie", "4,000 sorties"),
        (1.0, 1.0, "aircraft", "1 aircraft"),
        (2.0, 2.0, "person", "2 people"),
        (45.45, math.inf, "target / day", "more than 45.5 targets a day"),
    ],
)
def test_human_amounts(low, high, unit, words):
    assert report.human_amount(low, high, unit) == words


def test_counts_are_singular_or_plural():
    assert report.counted(1, "claim") == "1 claim" and report.counted(1, "outlet") == "1 outlet"
    assert (
        report.counted(0, "check") == "0 checks"
        and report.counted(12, "outlet", words=True) == "12 outlets"
    )


def _chart_years(figure) -> list[int]:
    return [mdates.num2date(limit).year for axis in figure.axes for limit in axis.get_xlim()]


def test_no_chart_is_an_empty_axis_dated_1970(seeds):
    drawn = 0
    for kind in sorted(set(seeds.claims["kind"])):
        charts = [plots.claim_timeline(seeds.claims, kind), plots.daily_rates(seeds.claims, kind),
                  plots.cumulative_series(seeds.claims, seeds.checks, kind)]  # fmt: skip
        for figure, data in charts:
            if isinstance(figure, plots.NoChart):
                assert data.empty and kind in figure.reason and "in this corpus" in figure.reason
                assert "figures-empty" in figure._repr_html_()
                continue
            drawn += 1
            assert not data.empty
            assert min(_chart_years(figure)) >= 2000, (kind, _chart_years(figure))
    assert drawn >= 14  # every kind has a timeline; only strikes and aircraft lack rates
    figure, _ = plots.daily_rates(seeds.claims, "aircraft")
    assert repr(figure) == "no window or cumulative aircraft figures in this corpus"


def test_tonnage_is_drawn_in_tonnes_and_kept_in_kilograms_in_the_data(seeds):
    figure, data = plots.daily_rates(seeds.claims, "tonnage")
    assert figure.axes[0].get_ylabel() == "tonnes a day"
    assert data["per_day_value"].iloc[0] == pytest.approx(214_000_000 / CAMPAIGN_DAYS)
    assert figure.axes[0].get_ylim()[1] == pytest.approx(214_000 / CAMPAIGN_DAYS * 1.25)


def test_an_outlet_named_in_tex_is_drawn_as_written(seeds):
    claims = seeds.claims.assign(outlet=seeds.claims["outlet"].replace("RT", TEX_OUTLET))
    for figure, _ in (
        plots.daily_rates(claims, "sorties"),
        plots.claim_timeline(claims, "sorties"),
    ):
        figure.savefig(io.BytesIO(), format="png")  # mathtext would fail on \href, or run it
        labels = [
            t.get_text()
            for axis in figure.axes
            for legend in axis.findobj(lambda a: type(a).__name__ == "Legend")
            for t in legend.get_texts()
        ]
        assert plots.tex_safe(TEX_OUTLET) in labels
    groups = seeds.groups.assign(
        outlets=seeds.groups["outlets"].str.replace("RT", TEX_OUTLET, regex=False)
    )
    figure, _ = plots.agreement_matrix(groups)
    figure.savefig(io.BytesIO(), format="png")


def test_estimates_link_to_claim_rows_that_exist(seeds):
    claims_page = report.claims_html(seeds.claims)
    table = report.linked_table(seeds.estimates, ["kind", "low", "high", "claim_ids"])
    for claim_ids in seeds.estimates["claim_ids"]:
        for claim_id in claim_ids.split("; "):
            assert f"href='#claim-{claim_id}'" in table
            assert f"<tr id='claim-{claim_id}'>" in claims_page
    checks = report.linked_table(seeds.checks, ["check", "from_claim", "to_claim"])
    assert "#claim-origin" not in checks and ">origin<" in checks


def test_linked_tables_escape_their_cells():
    frame = pd.DataFrame(
        {"outlet": ["<script>x</script>"], "claim_ids": ["a1; b'2"], "low": [4000.0]}
    )
    table = report.linked_table(frame)
    assert "<script>" not in table and "&lt;script&gt;" in table
    assert "href='#claim-a1'" in table and "href='#claim-b-2'" in table and ">4,000<" in table
