"""Reconciliation on the seeds and on small hand-written corpora.

Every corpus here goes through the real path: articles written to a JSON Lines file, loaded
with load_corpus, extracted with extract_corpus, then reconciled. The expected figures were
worked out by hand from the article text (rates, bounds, gaps), never read off the output.
"""

from __future__ import annotations

import json
import math

import pandas as pd
import pytest

import figures_lib
from figures_lib.reconcile import intersect, reconcile
from figures_lib.schema import (
    CHECKS_COLUMNS,
    ESTIMATES_COLUMNS,
    GROUPS_COLUMNS,
    RECONCILED_CLAIMS_COLUMNS,
    SOURCES_COLUMNS,
    column_names,
)

MOD = "Russian Ministry of Defence"


def reconciled(tmp_path, articles: list[dict]):
    """Load hand-written articles as a corpus, extract and reconcile them."""
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in articles) + "\n", encoding="utf-8")
    corpus = figures_lib.load_corpus(path)
    claims = figures_lib.extract_corpus(corpus)
    return reconcile(claims, corpus)


@pytest.fixture(scope="module")
def seeds():
    corpus = figures_lib.load_corpus()
    return reconcile(figures_lib.extract_corpus(corpus), corpus)


# --- The seeds ------------------------------------------------------------------------------


def test_tables_have_their_documented_columns(seeds):
    for frame, schema in [
        (seeds.claims, RECONCILED_CLAIMS_COLUMNS),
        (seeds.sources, SOURCES_COLUMNS),
        (seeds.groups, GROUPS_COLUMNS),
        (seeds.checks, CHECKS_COLUMNS),
        (seeds.estimates, ESTIMATES_COLUMNS),
    ]:
        assert list(frame.columns) == column_names(schema)
        for column in schema:
            assert str(frame[column.name].dtype) == column.dtype, column.name


def test_seed_sorties_become_comparable_daily_rates(seeds):
    # PressTV: 64 sorties in 24 hours; RT: 107 in 2 days; AP: 4,000 since Sept. 30 (72 days
    # to Dec. 11). All three are the ministry's, whoever printed them.
    sorties = seeds.claims[seeds.claims.kind == "sorties"].set_index("outlet")
    assert set(sorties.claimant) == {MOD}
    assert sorties.loc["PressTV", "per_day_value"] == pytest.approx(64)
    assert sorties.loc["RT", "per_day_value"] == pytest.approx(53.5)
    assert sorties.loc["AP", "days"] == 72
    assert sorties.loc["AP", "per_day_value"] == pytest.approx(4000 / 72)
    assert set(sorties.rate_unit) == {"sortie / day"}


def test_seed_tonnage_rate_is_converted_through_pint(seeds):
    tonnage = seeds.claims[seeds.claims.kind == "tonnage"].iloc[0]
    assert tonnage.rate_unit == "kilogram / day"
    assert tonnage.per_day_value == pytest.approx(214_000 * 1000 / 72)


def test_seed_targets_bound_the_november_december_rate(seeds):
    # TASS (narration, Nov. 13): more than 2 thousand objects since Sept. 30; AP (Shoigu,
    # Dec. 11): 8,000. Between them at most (8000 - 2000) / 28 days, and not even that.
    pooled = seeds.checks[(seeds.checks.kind == "targets") & (seeds.checks.check == "order")
                          & (seeds.checks.series == "pooled")]  # fmt: skip
    assert len(pooled) == 1
    span = pooled.iloc[0]
    assert (span.from_date, span.to_date) == (
        pd.Timestamp("2015-11-13"),
        pd.Timestamp("2015-12-11"),
    )
    assert span.rate_high == pytest.approx(6000 / 28)
    assert not span.rate_high_inclusive
    assert span.rate_low == 0
    assert span.status == "consistent"
    assert "under 214 target / day" in span.detail
    # The ministry's 289 targets in the 2 days to Nov. 13 (144.5 a day) fit under that bound.
    window = seeds.checks[
        (seeds.checks.check == "window")
        & (seeds.checks.from_claim == span.from_claim)
        & (seeds.checks.to_claim == span.to_claim)
    ].iloc[0]
    assert window.window_rate_low == pytest.approx(144.5)
    assert window.relation == "within"


def test_no_false_alarm_on_the_seeds(seeds):
    assert (seeds.checks.status == "consistent").all()
    assert {"order", "window"} <= set(seeds.checks.check)


def test_seed_claimants_keep_outlet_and_claimant_apart(seeds):
    claims = seeds.claims.set_index(["outlet", "kind"])
    tass_targets = claims.loc[("TASS", "targets")]
    assert (tass_targets.claimant, tass_targets.claimant_source) == ("TASS", "outlet")
    assert claims.loc[("AP", "targets")].claimant == MOD  # Shoigu, through the alias table


def test_seed_rt_item_and_aggregator_copy_are_two_stories(seeds):
    # Seed 000 (RT, November) and seed 004 (an RT report republished by an aggregator in
    # January) share an outlet but not a story: neither is a copy of the other.
    sources = seeds.sources.set_index("doc_id")
    assert sources.loc["004_326f7f888e732a1a", "via"] == "aggregator"
    assert sources.loc["004_326f7f888e732a1a", "source_outlet"] == "RT"
    assert (sources.source_id == sources.index).all()
    assert (sources.copies == 1).all()


def test_putin_several_strikes_reported_by_rt_and_tass_is_one_group(seeds):
    strikes = seeds.groups[seeds.groups.kind == "strikes"]
    assert len(strikes) == 1
    group = strikes.iloc[0]
    assert (group.claimant, group.outlets, group.independent_sources) == ("Kremlin", "RT; TASS", 2)
    assert group.agreement == "exact"


def test_two_different_figures_in_one_article_are_not_one_claim(seeds):
    # AP: Putin's "more than 5,000" FSA fighters and the "5,000 to 7,000" who joined IS.
    fighters = seeds.groups[(seeds.groups.kind == "fighters") & (seeds.groups.outlets == "AP")]
    assert len(fighters) == 2
    assert set(fighters.agreement) == {"single"}


# --- Hand-written corpora ---------------------------------------------------------------------


def article(doc_id: str, outlet: str, date: str, text: str, via: str = "") -> dict:
    return {"id": doc_id, "outlet": outlet, "date": date, "text": text, "via": via}


def test_agreeing_outlets_form_one_group_with_two_sources(tmp_path):
    result = reconciled(tmp_path, [
        article("a", "Reuters", "2015-10-11", "Russian jets flew 64 sorties over the past 24 "
                                              "hours, "
                "the Russian Defense Ministry said on Sunday."),
        article("b", "AP", "2015-10-11", "The Russian Defense Ministry said on Sunday that its "
                "warplanes had flown 64 combat sorties in the past 24 hours."),
    ])  # fmt: skip
    group = result.groups.iloc[0]
    assert len(result.groups) == 1
    assert (group.outlets, group.independent_sources, group.agreement) == (
        "AP; Reuters",
        2,
        "exact",
    )
    estimate = result.estimates.iloc[0]
    assert (estimate.low, estimate.best, estimate.high, estimate.status) == (64, 64, 64, "single")


def test_a_press_office_release_is_its_body_s_claim_and_a_news_agency_s_its_own(tmp_path):
    # A release in the coalition's own voice and a wire story quoting the coalition state
    # one claimant's figure, two sources; a news agency's own narration stays the agency's.
    result = reconciled(tmp_path, [
        article("a", "CJTF-OIR Public Affairs", "2017-03-02", "Coalition forces conducted 27 "
                "strikes against ISIS targets in Syria on March 1."),
        article("b", "Reuters", "2017-03-02", "The U.S.-led coalition said it carried out 27 "
                "strikes against Islamic State targets in Syria on March 1."),
        article("c", "TASS", "2017-03-02", "Russian warplanes flew 40 sorties over Syria on "
                "March 1."),
    ])  # fmt: skip
    claims = result.claims.set_index("doc_id")
    assert (claims.loc["a", "claimant"], claims.loc["a", "claimant_source"]) == (
        "US-led coalition",
        "outlet",
    )
    assert claims.loc["b", "claimant"] == "US-led coalition"
    assert (claims.loc["c", "claimant"], claims.loc["c", "claimant_source"]) == ("TASS", "outlet")
    strikes = result.groups[result.groups.kind == "strikes"]
    assert len(strikes) == 1
    assert strikes.iloc[0].claimant == "US-led coalition"
    assert strikes.iloc[0].independent_sources == 2


def test_about_figure_matches_the_plain_figure_within_tolerance(tmp_path):
    result = reconciled(tmp_path, [
        article("a", "Reuters", "2015-11-20", "The coalition has carried out about 1,900 air "
                                              "strikes "
                "since August 2014, the Pentagon said on Friday."),
        article("b", "AFP", "2015-11-20", "The Pentagon said on Friday the coalition had "
                                          "carried out "
                "1,950 air strikes since August 2014."),
    ])  # fmt: skip
    assert len(result.groups) == 1
    assert result.groups.iloc[0].agreement == "compatible"


def test_disagreeing_outlets_are_flagged_not_averaged(tmp_path):
    result = reconciled(tmp_path, [
        article("a", "Reuters", "2015-10-11", "The Russian Defense Ministry said on Sunday its "
                                              "jets "
                "flew 64 sorties over the past 24 hours."),
        article("b", "Sputnik", "2015-10-11", "The Russian Defense Ministry said on Sunday its "
                                              "jets "
                "flew 46 sorties over the past 24 hours."),
    ])  # fmt: skip
    group = result.groups.iloc[0]
    assert len(result.groups) == 1
    assert (group.agreement, group.value_min, group.value_max) == ("disagree", 46, 64)
    assert group.spread == pytest.approx(64 / 46 - 1)


def test_claimants_who_disagree_give_an_envelope_and_no_best(tmp_path):
    result = reconciled(tmp_path, [
        article("a", "Reuters", "2015-10-11", "At least 37 civilians were killed in air raids "
                                              "on Douma "
                "on Saturday, the Syrian Observatory for Human Rights said."),
        article("b", "SANA", "2015-10-11", "The Syrian army said on Saturday that no more than 5 "
                "civilians were killed in Douma."),
    ])  # fmt: skip
    casualties = result.estimates[result.estimates.kind == "casualties"]
    assert len(casualties) == 1
    estimate = casualties.iloc[0]
    assert estimate.status == "disagree"
    assert (estimate.low, estimate.high) == (0, math.inf)
    assert math.isnan(estimate.best)
    assert "Syrian Observatory for Human Rights: 37" in estimate.claimants


def test_claimants_who_agree_narrow_the_estimate(tmp_path):
    result = reconciled(tmp_path, [
        article("a", "Reuters", "2015-10-11", "At least 30 civilians were killed in Douma on "
                                              "Saturday, "
                "the Syrian Observatory for Human Rights said."),
        article("b", "AFP", "2015-10-11", "Up to 40 civilians were killed in Douma on Saturday, "
                "the United Nations said."),
    ])  # fmt: skip
    estimate = result.estimates[result.estimates.kind == "casualties"].iloc[0]
    # Highest credible lower bound 30, lowest credible upper bound 40, best the median of the
    # two best figures (30 and 40) inside that range.
    assert (estimate.status, estimate.low, estimate.high, estimate.best) == ("agree", 30, 40, 35)


SYNDICATED = (
    "Russian warplanes flew 88 sorties over the past 24 hours, hitting 86 terrorist targets "
    "in the "
    "provinces of Hama, Idlib and Latakia, the Russian Defense Ministry said on Monday. Ministry "
    "spokesman Igor Konashenkov told reporters in Moscow that the jets had used precision bombs "
    "against command posts, ammunition depots and fuel dumps, and that no civilian areas had been "
    "hit. The ministry published video of several of the strikes."
)


def test_a_syndicated_copy_is_one_source(tmp_path):
    result = reconciled(tmp_path, [
        article("orig", "AP", "2015-10-12", SYNDICATED),
        article("copy", "Yahoo News", "2015-10-13", SYNDICATED + "\nRead more on our Syria page.",
                via="aggregator"),
        article("other", "Reuters", "2015-10-12", "The Russian Defense Ministry said on Monday "
                                                  "its "
                "jets flew 88 sorties over the past 24 hours."),
    ])  # fmt: skip
    sources = result.sources.set_index("doc_id")
    assert sources.loc["copy", "source_id"] == "orig"
    assert sources.loc["copy", "source_outlet"] == "AP"
    assert sources.loc["other", "source_id"] == "other"
    sorties = result.groups[result.groups.kind == "sorties"].iloc[0]
    # Three articles and three outlets, but the Yahoo copy adds no independent source.
    assert (sorties.articles, sorties.independent_sources) == (3, 2)


def test_syndication_from_claim_sentences_without_the_corpus(tmp_path):
    path = tmp_path / "articles.jsonl"
    rows = [article("orig", "AP", "2015-10-12", SYNDICATED),
            article("copy", "Yahoo News", "2015-10-13", SYNDICATED)]  # fmt: skip
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    claims = figures_lib.extract_corpus(figures_lib.load_corpus(path))
    sources = reconcile(claims).sources.set_index("doc_id")
    assert sources.loc["copy", "source_id"] == "orig"
    assert set(sources.compared_on) == {"claim sentences"}


def test_a_decreasing_cumulative_series_is_flagged(tmp_path):
    result = reconciled(tmp_path, [
        article("a", "RT", "2015-11-01", "Russian jets have flown 3,000 sorties since "
                                         "September 30, "
                "the Russian Defense Ministry said on Sunday."),
        article("b", "TASS", "2015-11-10", "Russian jets have flown 2,500 sorties since "
                                           "September 30, "
                "the Russian Defense Ministry said on Tuesday."),
    ])  # fmt: skip
    flags = result.checks[result.checks.status == "inconsistent"]
    assert len(flags) == 1
    flag = flags.iloc[0]
    assert (flag.check, flag.claimant, flag.gap) == ("order", MOD, 500)
    assert (flag.from_date, flag.to_date) == (
        pd.Timestamp("2015-11-01"),
        pd.Timestamp("2015-11-10"),
    )
    assert "cannot fall" in flag.detail


def test_a_window_larger_than_the_increase_is_flagged(tmp_path):
    result = reconciled(tmp_path, [
        article("a", "RT", "2015-11-01", "Russian jets have flown 1,000 sorties since "
                                         "September 30, "
                "the Russian Defense Ministry said on Sunday."),
        article("b", "RT", "2015-11-03", "Russian jets have flown 1,100 sorties since "
                                         "September 30, "
                "the Russian Defense Ministry said on Tuesday. The jets flew 300 sorties in "
                "the last "
                "48 hours, the ministry said."),
    ])  # fmt: skip
    flags = result.checks[result.checks.status == "inconsistent"]
    assert len(flags) == 1
    flag = flags.iloc[0]
    # 300 sorties in the 2 days to Nov. 3 cannot fit an increase of 100 over those days.
    assert (flag.check, flag.gap) == ("window", 200)
    assert flag.window_rate_low == 150


def test_open_ended_bounds_give_open_rates(tmp_path):
    result = reconciled(tmp_path, [
        article("a", "TASS", "2015-11-13", "Russian pilots have destroyed more than 2,000 targets "
                "since September 30, the Russian Defense Ministry said on Friday."),
        article("b", "AP", "2015-12-11", "Russian warplanes have destroyed 8,000 targets since "
                "September 30, the Russian Defense Ministry said on Friday."),
        article("c", "RT", "2015-12-25", "Russian warplanes have destroyed more than 9,000 "
                                         "targets "
                "since September 30, the Russian Defense Ministry said on Friday."),
    ])  # fmt: skip
    spans = result.checks[
        (result.checks.check == "order") & (result.checks.from_claim != "origin")
    ]
    spans = spans.sort_values("from_date")
    first, second = spans.iloc[0], spans.iloc[1]
    assert (first.rate_low, first.rate_high, first.rate_high_inclusive) == (
        0,
        pytest.approx(6000 / 28),
        False,
    )
    assert (second.rate_low, second.rate_high, second.rate_low_inclusive) == (
        pytest.approx(1000 / 14),
        math.inf,
        False,
    )
    more_than = result.claims[result.claims.doc_id == "a"].iloc[0]
    assert more_than.per_day_high == math.inf
    assert (result.checks.status == "consistent").all()


def test_a_fall_hidden_behind_a_wide_figure_is_flagged(tmp_path):
    # 1,000 on Nov. 1, then "more than 500" (compatible with both neighbours), then 800 on
    # Nov. 10: 800 is below 1,000 although no two neighbours contradict each other.
    result = reconciled(tmp_path, [
        article("a", "RT", "2015-11-01", "Russian jets have flown 1,000 sorties since "
                                         "September 30, "
                "the Russian Defense Ministry said on Sunday."),
        article("b", "RT", "2015-11-05", "Russian jets have flown more than 500 sorties since "
                "September 30, the Russian Defense Ministry said on Thursday."),
        article("c", "RT", "2015-11-10", "Russian jets have flown 800 sorties since September 30, "
                "the Russian Defense Ministry said on Tuesday."),
    ])  # fmt: skip
    flags = result.checks[result.checks.status == "inconsistent"]
    assert len(flags) == 1
    flag = flags.iloc[0]
    assert (flag.check, flag.gap) == ("order", 200)
    assert (flag.from_date, flag.to_date) == (
        pd.Timestamp("2015-11-01"),
        pd.Timestamp("2015-11-10"),
    )


def test_about_figures_for_one_day_are_no_contradiction(tmp_path):
    result = reconciled(tmp_path, [
        article("a", "Reuters", "2015-11-20", "Russian jets have flown about 2,000 sorties since "
                "September 30, the Russian Defense Ministry said on Friday."),
        article("b", "AFP", "2015-11-21", "Russian jets have flown 1,990 sorties since "
                                          "September 30, "
                "the Russian Defense Ministry said on Saturday."),
    ])  # fmt: skip
    assert (result.checks.status == "consistent").all()


def test_a_window_across_several_figures_must_fit_their_increase(tmp_path):
    # 1,000 (Oct. 27), 1,050 (Oct. 31), 1,100 (Nov. 3): the week to Nov. 3 gained at most 100.
    result = reconciled(tmp_path, [
        article("a", "RT", "2015-10-27", "Russian jets have flown 1,000 sorties since "
                                         "September 30, "
                "the Russian Defense Ministry said on Tuesday."),
        article("b", "RT", "2015-10-31", "Russian jets have flown 1,050 sorties since "
                                         "September 30, "
                "the Russian Defense Ministry said on Saturday."),
        article("c", "RT", "2015-11-03", "Russian jets have flown 1,100 sorties since "
                                         "September 30, "
                "the Russian Defense Ministry said on Tuesday. The jets flew 300 sorties in "
                "the past "
                "week, the ministry said."),
    ])  # fmt: skip
    flags = result.checks[result.checks.status == "inconsistent"]
    assert list(flags.check) == ["window"]
    assert flags.iloc[0].gap == 200
    assert (flags.iloc[0].from_date, flags.iloc[0].to_date) == (
        pd.Timestamp("2015-10-27"),
        pd.Timestamp("2015-11-03"),
    )


def test_a_figure_since_its_own_day_has_no_zero_to_contradict(tmp_path):
    result = reconciled(tmp_path, [
        article("a", "RT", "2015-10-11", "Russian jets have flown 40 sorties since October 11, "
                "the Russian Defense Ministry said on Sunday."),
    ])  # fmt: skip
    assert (result.checks.status == "consistent").all()
    assert (result.checks.days >= 0).all()


def test_tonnes_and_kilograms_are_compared_in_one_unit(tmp_path):
    result = reconciled(tmp_path, [
        article("a", "RT", "2015-12-11", "Russia has delivered 2,000 tonnes of cargo to Syria "
                                         "since "
                "September 30, the Russian Defense Ministry said on Friday."),
        article("b", "AP", "2015-12-11", "Russia has delivered 2,000,000 kilograms of cargo to "
                                         "Syria "
                "since September 30, the Russian Defense Ministry said on Friday."),
    ])  # fmt: skip
    tonnage = result.groups[result.groups.kind == "tonnage"]
    assert len(tonnage) == 1
    group = tonnage.iloc[0]
    assert (group.unit, group.low, group.agreement) == ("kilogram", 2e6, "exact")


def test_one_claimants_outlets_disagreeing_leave_no_best_estimate(tmp_path):
    result = reconciled(tmp_path, [
        article("a", "Reuters", "2015-10-11", "The Russian Defense Ministry said on Sunday its "
                                              "jets "
                "flew 64 sorties over the past 24 hours."),
        article("b", "Sputnik", "2015-10-11", "The Russian Defense Ministry said on Sunday its "
                                              "jets "
                "flew 46 sorties over the past 24 hours."),
    ])  # fmt: skip
    estimate = result.estimates.iloc[0]
    assert estimate.status == "disagree"
    assert (estimate.low, estimate.high) == (46, 64)
    assert math.isnan(estimate.best)


def test_row_order_and_undated_claims_do_not_change_the_result(tmp_path, seed_claims, seed_corpus):
    claims = seed_claims.copy()
    claims.loc[claims.outlet == "TASS", ["period_end", "published"]] = pd.NaT
    first = reconcile(claims, seed_corpus)
    for seed in (1, 2, 3):
        shuffled = reconcile(claims.sample(frac=1, random_state=seed), seed_corpus)
        for name, frame in first.tables().items():
            assert frame.to_csv(index=False) == shuffled.tables()[name].to_csv(index=False), name


def test_a_zero_day_window_is_skipped_not_divided_by(seed_claims, seed_corpus):
    claims = seed_claims.copy()
    window = claims.index[(claims.kind == "sorties") & (claims.basis == "window")][0]
    claims.loc[window, "period_start"] = claims.loc[window, "period_end"]
    result = reconcile(claims, seed_corpus)
    assert math.isnan(result.claims.loc[window, "per_day_value"])
    assert claims.loc[window, "claim_id"] not in set(result.checks.window_claim)


def test_intersect_respects_open_ends():
    assert intersect([(0, 10, True, True), (10, 20, True, True)]) == (10, 10, True, True)
    assert intersect([(0, 10, True, False), (10, 20, True, True)]) is None
    assert intersect([(5, math.inf, False, True), (3, 8, True, True)]) == (5, 8, False, True)


def test_reconcile_names_a_table_that_is_not_claims():
    with pytest.raises(ValueError, match="lacks doc_id"):
        reconcile(pd.DataFrame({"text": ["x"]}))


def test_reconcile_is_deterministic(seeds):
    corpus = figures_lib.load_corpus()
    again = reconcile(figures_lib.extract_corpus(corpus), corpus)
    for name, frame in seeds.tables().items():
        assert frame.to_csv(index=False) == again.tables()[name].to_csv(index=False), name


def test_minhash_signatures_match_datasketch():
    from datasketch import MinHash

    from figures_lib.reconcile.sources import _PERMUTATIONS, _shingles, _Signer

    texts = ["one two", "a b c d e f g h", "Reuters said 12 people were killed in Homs on Monday"]
    texts += [" ".join(f"w{(i * 7 + k) % 23}" for k in range(i % 40 + 1)) for i in range(300)]
    signer = _Signer()
    assert signer._exact  # numpy reproduces this datasketch's scheme, no per-article fallback
    signer._BATCH_SHINGLES = 100  # several batches
    rows = [signer.add(_shingles(text)) for text in texts]
    table = signer.table()
    for text, row in zip(texts, rows, strict=True):
        expected = MinHash(num_perm=_PERMUTATIONS)
        expected.update_batch(sorted(_shingles(text)))
        assert (table[row] == expected.hashvalues).all(), text


def test_step_records_hold_what_records_of_gives(seed_claims):
    from figures_lib.incidents import is_country
    from figures_lib.reconcile.common import STEP_COLUMNS, _step_records
    from figures_lib.schema import records_of

    claims = seed_claims.copy()
    claims.loc[claims.index[:3], "period_start"] = pd.NaT
    lean, full = _step_records(claims), records_of(claims)
    # But a whole country, which the steps compare as no place.
    assert any(is_country(row["place"]) for row in full)
    for row in full:
        row["place"] = "" if is_country(row["place"]) else row["place"]
    assert [{name: row[name] for name in STEP_COLUMNS} for row in full] == lean
    types = {type(row["period_start"]) for row in full}
    assert {type(row["period_start"]) for row in lean} == types


def test_reconcile_bench_reports_against_the_issue_targets():
    import importlib.util

    from figures_lib.paths import PROJ_ROOT

    path = PROJ_ROOT / "benchmarks" / "bench_reconcile.py"
    spec = importlib.util.spec_from_file_location("bench_reconcile", path)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    assert bench.against_targets(100_000, 29.0, 900) == "met: under 30 s"
    verdict = bench.against_targets(1_000_000, 250.0, 5000)
    assert verdict == "met: under 300 s; MISSED: under 4,096 MB"
    assert bench.against_targets(10_000, 99.0, 99) == "no target at this size"


def test_attribute_adds_claimant_source_and_rates_claim_by_claim(seed_claims):
    from figures_lib.reconcile import attribute

    claims = seed_claims.copy()
    sources = pd.DataFrame({"doc_id": [claims.doc_id[0]], "source_id": ["elsewhere"],
                            "source_outlet": ["Wire"]})  # fmt: skip
    out = attribute(claims, sources)
    assert list(out.columns) == column_names(RECONCILED_CLAIMS_COLUMNS)
    for claim, row in zip(claims.to_dict("records"), out.to_dict("records"), strict=True):
        copied = claim["doc_id"] == claims.doc_id[0]
        assert row["source_id"] == ("elsewhere" if copied else claim["doc_id"])
        assert row["source_outlet"] == ("Wire" if copied else claim["outlet"])
        dated = claim["basis"] in ("window", "cumulative") and not pd.isna(claim["period_start"])
        if not dated or pd.isna(claim["period_end"]):
            assert math.isnan(row["days"]) and math.isnan(row["per_day_value"])
            continue
        days = (claim["period_end"] - claim["period_start"]).days
        assert row["days"] == days
        if days > 0 and claim["unit"] == claim["quantity_unit"]:
            assert row["per_day_value"] == claim["value"] / days
