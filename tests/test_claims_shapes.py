"""extract_claims on sentence shapes from wire and state-media copy (AP, Reuters, TASS, RT, SANA).

Each case is a sentence written the way those outlets write, with what a reader takes from it.
"""

from __future__ import annotations

import math

import pandas as pd

from figures_lib import extract_claims
from figures_lib.schema import CLAIMS_COLUMNS, column_names


def claims_of(text, published="2015-11-20"):
    return extract_claims(text, published=published, doc_id="t", outlet="Wire")


def one(text, published="2015-11-20"):
    claims = claims_of(text, published)
    assert len(claims) == 1, claims[["kind", "what", "low"]].to_dict("records")
    return claims.iloc[0]


def test_schema_is_exactly_the_documented_columns():
    claims = claims_of("Jets flew 64 sorties, the ministry said.")
    assert list(claims.columns) == column_names(CLAIMS_COLUMNS)
    for column in CLAIMS_COLUMNS:
        assert str(claims[column.name].dtype) == column.dtype, column.name
    empty = claims_of("Nothing to count here.")
    assert list(empty.columns) == column_names(CLAIMS_COLUMNS) and empty.empty


def test_the_issue_example_gives_two_cumulative_claims_by_shoigu():
    text = (
        "Russia's Defense Minister Sergei Shoigu said Russian warplanes have flown 4,000 combat "
        "sorties in Syria since Moscow launched its air campaign on Sept. 30, destroying 8,000 "
        "'terrorist' targets."
    )
    claims = claims_of(text, "2015-12-11").set_index("kind")
    assert set(claims.index) == {"sorties", "targets"}
    for kind, figure in (("sorties", 4000), ("targets", 8000)):
        row = claims.loc[kind]
        assert row.value == figure and row.qualifier == "exact"
        assert row.basis == "cumulative"
        assert row.period_start == pd.Timestamp("2015-09-30")
        assert row.period_end == pd.Timestamp("2015-12-11")
        assert row.speaker == "Sergei Shoigu"
        assert row.speaker_org == "Russian Ministry of Defence"
        assert text[row.start : row.end] == f"{figure:,}"
        assert row.sentence == text
    assert claims.loc["sorties", "what"] == "combat sorties"


def test_ministry_daily_briefing_window_said_on_a_weekday():
    row = one(
        "The Russian Defense Ministry said on Saturday that Russian fighter jets had conducted "
        "64 sorties over Syria over the past 24 hours.",
        published="2015-10-11",  # a Sunday
    )
    assert (row.kind, row.value, row.basis) == ("sorties", 64, "window")
    assert row.period_end == pd.Timestamp("2015-10-10")
    assert row.period_start == pd.Timestamp("2015-10-09")
    assert row.period_text == "over the past 24 hours"
    assert row.speaker_org == "Russian Ministry of Defence"


def test_tass_konashenkov_shape_with_appositive_title():
    row = one(
        "The ministry's spokesman, Major General Igor Konashenkov, said Russian aircraft had hit "
        "more than 1,600 terrorist targets since the start of the operation."
    )
    assert (row.kind, row.low, row.high, row.qualifier) == ("targets", 1600, math.inf, "more_than")
    assert row.low_inclusive is False or row.low_inclusive == False  # noqa: E712
    assert row.speaker == "Igor Konashenkov"
    assert row.speaker_org == "Russian Ministry of Defence"
    assert row.basis == "cumulative"


def test_reuters_sohr_casualties_with_group_and_subtype():
    claims = claims_of(
        "At least 37 civilians were killed and 120 were wounded in the strikes, the Syrian "
        "Observatory for Human Rights said."
    )
    killed = claims[claims.subtype == "killed"].iloc[0]
    assert (killed.kind, killed.low, killed.qualifier, killed.casualty_group) == ("casualties", 37, "at_least", "civilians")
    assert killed.speaker_org == "Syrian Observatory for Human Rights"
    # "120 were wounded": a casualty figure without a noun of its own.
    wounded = claims[claims.subtype == "injured"]
    assert list(wounded.value) == [120]


def test_death_toll_phrasing_and_a_figure_after_its_verb():
    row = one("The airstrike killed 12 people in Raqqa, activists said.")
    assert (row.kind, row.subtype, row.casualty_group, row.value) == ("casualties", "killed", "people", 12)
    assert row.speaker == "activists"


def test_rt_tweet_shape_attributes_to_mod():
    claims = claims_of(
        "Combat Report: Russian jets fly 107 sorties, target 289 terror sites in 2 days - MoD "
        "https://t.co/7QCpEy1oU7",
        published="2015-11-13",
    )
    assert list(claims.kind) == ["sorties", "targets"]
    assert list(claims.value) == [107, 289]
    assert set(claims.speaker) == {"MoD"}
    assert set(claims.basis) == {"window"}
    assert set(claims.period_start) == {pd.Timestamp("2015-11-11")}


def test_tonnage_converts_through_pint():
    row = one("He added that Russia moved 214,000 metric tons of supplies.", published="2015-12-11")
    assert (row.kind, row.unit, row.value) == ("tonnage", "metric_ton", 214000)
    assert (row.quantity, row.quantity_unit) == (2.14e8, "kilogram")
    assert row.what == "metric tons of supplies"


def test_sana_shape_strikes_and_positions():
    claims = claims_of(
        "Russian warplanes carried out 34 airstrikes on ISIS positions in Deir Ezzor, destroying "
        "16 positions and a command post, SANA reported."
    )
    assert list(zip(claims.kind, claims.value, strict=True)) == [("strikes", 34), ("targets", 16)]
    assert set(claims.speaker) == {"SANA"}


def test_aircraft_snapshot_and_fighter_jets_are_aircraft():
    row = one("The Russian air group in Syria includes more than 50 aircraft and helicopters.")
    assert (row.kind, row.basis, row.low) == ("aircraft", "snapshot", 50)
    row = one("Turkey scrambled 12 fighter jets on Monday.")
    assert row.kind == "aircraft"


def test_fighters_from_people_need_a_joining_or_fighting_word():
    row = one('"Several units totaling more than 5,000 people are conducting offensive operations," Putin said.')
    assert (row.kind, row.low, row.quoted, row.speaker) == ("fighters", 5000, True, "Putin")
    assert claims_of("More than 5,000 people attended the rally in Moscow.").empty


def test_vague_figures_are_claims_with_their_interval():
    row = one("Senior authorities in Russia say hundreds of Chechens have left for Syria to join Daesh militants.")
    assert (row.kind, row.low, row.high, row.qualifier, row.value) == ("fighters", 200, 999, "vague", 450)
    assert row.speaker_org == "Russian authorities"


def test_ambiguous_nouns_need_a_military_cue():
    assert claims_of("The two sides hold 3 positions on the issue of elections.").empty
    assert one("Jets hit 3 positions of the militants.").kind == "targets"


def test_numbers_of_other_things_are_not_claims():
    text = (
        "Turkey said the plane violated its airspace for 17 seconds. Foreign ministers of 17 "
        "countries met on 30 October. A Su-24 was downed on Nov. 24. Putin ordered S-400 systems "
        "deployed and introduced a slew of sanctions."
    )
    assert claims_of(text).empty


def test_a_claim_repeated_in_one_article_is_reported_once_with_its_mentions():
    sentence = "Russian aircraft carried out several strikes on its specified goals, Putin said."
    claims = claims_of(f"{sentence}\nOther words here.\n{sentence}")
    assert len(claims) == 1 and claims.mentions.iloc[0] == 2


def test_claim_ids_are_stable_and_differ_between_claims():
    text = "Jets flew 64 sorties and hit 55 targets over the past 24 hours, the ministry said."
    first, second = claims_of(text), claims_of(text)
    assert list(first.claim_id) == list(second.claim_id)
    assert first.claim_id.is_unique


def test_dates_without_a_year_take_the_year_before_publication_when_needed():
    row = one("Jets have flown 500 sorties since Dec. 30, the ministry said.", published="2016-01-12")
    assert row.period_start == pd.Timestamp("2015-12-30")


def test_window_from_named_days():
    row = one("From Monday to Thursday the jets flew 220 sorties.", published="2015-11-20")  # Friday
    assert row.basis == "window"
    assert row.period_start == pd.Timestamp("2015-11-16")
    assert row.period_end == pd.Timestamp("2015-11-20")
