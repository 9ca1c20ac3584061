"""extract_claims on sentence shapes from wire and state-media copy (AP, Reuters, TASS, RT, SANA).

Each case is a sentence written the way those outlets write, with what a reader takes from it.
"""

from __future__ import annotations

import bisect
import math

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import figures_lib
from figures_lib import extract_claims
from figures_lib.claims import _with_single_machines
from figures_lib.lexicon import lexicon
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
    assert (killed.kind, killed.low, killed.qualifier, killed.casualty_group) == (
        "casualties",
        37,
        "at_least",
        "civilians",
    )
    assert killed.speaker_org == "Syrian Observatory for Human Rights"
    # "120 were wounded": a casualty figure without a noun of its own.
    wounded = claims[claims.subtype == "injured"]
    assert list(wounded.value) == [120]


def test_death_toll_phrasing_and_a_figure_after_its_verb():
    row = one("The airstrike killed 12 people in Raqqa, activists said.")
    assert (row.kind, row.subtype, row.casualty_group, row.value) == (
        "casualties",
        "killed",
        "people",
        12,
    )
    assert row.speaker == "activists"


@pytest.mark.parametrize(
    ("sentence", "value", "group"),
    [
        ("Soldiers shot dead 14 protesters in Deraa.", 14, "protesters"),
        ("Seven people were shot dead at a checkpoint.", 7, "people"),
        ("Gunmen gunned down 3 policemen outside the station.", 3, "police"),
        ("The militants beheaded 4 soldiers in Raqqa.", 4, "soldiers"),
        ("Two children were burned to death in the shelter.", 2, "children"),
    ],
)
def test_killing_verbs_of_more_than_one_word(sentence, value, group):
    row = one(sentence)
    assert (row.kind, row.subtype, row.value, row.casualty_group) == (
        "casualties", "killed", value, group
    )  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "kind", "low", "high"),
    [
        # A link verb that is the figure's own bound still links the toll to it.
        ("The death toll from the strikes has surpassed 100.", "casualties", 100, math.inf),
        ("The number of dead has exceeded 60.", "casualties", 60, math.inf),
        ("The number of sorties has topped 5,000.", "sorties", 5000, math.inf),
    ],
)
def test_a_toll_linked_by_its_bound(sentence, kind, low, high):
    row = one(sentence)
    assert (row.kind, row.low, row.high, row.qualifier) == (kind, low, high, "more_than")


def test_a_correspondent_is_a_source():
    row = one("Al Jazeera's correspondent said at least 17 people were killed.")
    assert row.speaker == "Al Jazeera's correspondent"


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


def test_a_live_blog_heading_after_its_time_is_no_tweet_s_author():
    claims = claims_of(
        "15:45 - Tally\nIran has fired about 370 ballistic missiles at Israel since Friday, an "
        "Israeli military official said. Around 30 missiles had struck populated areas, the "
        "official said.",
        published="2025-06-16",
    )
    assert "Tally" not in set(claims.speaker)


def test_tonnage_converts_through_pint():
    row = one(
        "He added that Russia moved 214,000 metric tons of supplies.", published="2015-12-11"
    )
    assert (row.kind, row.unit, row.value) == ("tonnage", "metric_ton", 214000)
    assert (row.quantity, row.quantity_unit) == (2.14e8, "kilogram")
    assert row.what == "metric tons of supplies"
    # The cargo ends at a preposition: where it went is no part of what was moved.
    airdrop = one("Planes dropped 1,200 tonnes of humanitarian aid over Deir ez-Zor.")
    assert airdrop.what == "tonnes of humanitarian aid"
    # Nor is when: a time word ends it too.
    assert one("Ships ferried 1,500 tons of ammunition last month.").what == "tons of ammunition"


def test_sana_shape_strikes_and_positions():
    claims = claims_of(
        "Russian warplanes carried out 34 airstrikes on ISIS positions in Deir Ezzor, destroying "
        "16 positions and a command post, SANA reported."
    )
    # One thing named with its article counts one.
    assert list(zip(claims.kind, claims.value, strict=True)) == [
        ("strikes", 34), ("targets", 16), ("targets", 1)
    ]  # fmt: skip
    assert set(claims.speaker) == {"SANA"}


def test_aircraft_snapshot_and_fighter_jets_are_aircraft():
    row = one("The Russian air group in Syria includes more than 50 aircraft and helicopters.")
    assert (row.kind, row.basis, row.low) == ("aircraft", "snapshot", 50)
    row = one("Turkey scrambled 12 fighter jets on Monday.")
    assert row.kind == "aircraft"


def test_fighters_from_people_need_a_joining_or_fighting_word():
    row = one(
        '"Several units totaling more than 5,000 people are conducting offensive operations," '
        "Putin said."
    )
    assert (row.kind, row.low, row.quoted, row.speaker) == ("fighters", 5000, True, "Putin")
    assert claims_of("More than 5,000 people attended the rally in Moscow.").empty


def test_vague_figures_are_claims_with_their_interval():
    row = one(
        "Senior authorities in Russia say hundreds of Chechens have left for Syria "
        "to join Daesh militants."
    )
    assert (row.kind, row.low, row.high, row.qualifier, row.value) == (
        "fighters",
        100,
        1000,
        "vague",
        300,
    )
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
    # Seconds, countries, a model's number and a system's are none; the one jet downed is.
    claims = claims_of(text)
    assert list(zip(claims.value, claims.kind, claims.subtype, strict=True)) == [
        (1.0, "aircraft", "lost")
    ]


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
    row = one(
        "Jets have flown 500 sorties since Dec. 30, the ministry said.", published="2016-01-12"
    )
    assert row.period_start == pd.Timestamp("2015-12-30")


def test_window_from_named_days():
    row = one(
        "From Monday to Thursday the jets flew 220 sorties.", published="2015-11-20"
    )  # Friday
    assert row.basis == "window"
    assert row.period_start == pd.Timestamp("2015-11-16")
    assert row.period_end == pd.Timestamp("2015-11-20")


# --- Kinds: who was hit, and how -----------------------------------------------------------


def test_killed_combatants_are_casualties_with_a_canonical_group():
    row = one("Government forces killed at least 50 jihadists near the town, the army said.")
    assert (row.kind, row.subtype, row.casualty_group, row.low) == (
        "casualties",
        "killed",
        "militants",
        50,
    )
    assert row.speaker_org == "Syrian Arab Army"
    row = one("The garrison lost 12 soldiers in the assault.")
    assert (row.kind, row.subtype, row.casualty_group) == ("casualties", "killed", "soldiers")


def test_casualty_groups_are_canonical():
    cases = {
        "Shelling killed 7 citizens in the old quarter.": "civilians",
        "Shelling killed 7 residents in the old quarter.": "civilians",
        "Shelling killed 7 troops in the old quarter.": "soldiers",
        "Shelling killed 7 persons in the old quarter.": "people",
        "Shelling killed 7 police officers in the old quarter.": "police",
        "Shelling killed 7 doctors in the old quarter.": "doctors",
        "Shelling killed 7 pro-government fighters in the old quarter.": "soldiers",
        # A state's security forces, by that name or as their members.
        "Shelling killed 7 security forces in the old quarter.": "soldiers",
        "The bomb killed 7 members of the security forces at a checkpoint.": "soldiers",
        "The bomb killed 7 security personnel at a checkpoint.": "soldiers",
        # The services' own names for their men.
        "The bomb killed 7 marines at a checkpoint.": "soldiers",
        "A sailor was killed during the rescue mission.": "soldiers",
        "The bomb killed 7 conscripts at a checkpoint.": "soldiers",
    }
    for sentence, group in cases.items():
        assert one(sentence).casualty_group == group, sentence


def test_captured_people_are_casualties_of_their_own_subtype():
    row = one("Rebels captured 25 soldiers during the night raid.")
    assert (row.kind, row.subtype, row.casualty_group) == ("casualties", "captured", "soldiers")
    row = one("At least 15 fighters were taken prisoner after the town fell.")
    assert (row.subtype, row.casualty_group) == ("captured", "militants")


def test_people_who_fled_or_were_moved_are_no_casualties_or_fighters():
    for sentence in (
        "Some 3,000 people fled the town after the shelling.",
        "About 200 fighters were evacuated to the north under the deal.",
        "Police said 40 protesters were detained overnight.",
        "Nearly 500 residents remain trapped in the old city.",
        "Buses carrying 300 rebels and their families left the suburb.",
        # People counted near war words who are fleeing, or who are never a force.
        "Some 35,000 Syrians had massed at the border, fleeing the offensive.",
        "Some 20,000 civilians massed at the crossing as the battle raged.",
        # People who may be moved or stay stuck, or who live in a place, in a sentence of war.
        "Up to one million people could be displaced by the battle for the city.",
        "The fighting raged in districts where some 250,000 people remain trapped.",
        "The rebels entered Goma, a city of some two million people, after an offensive.",
        "Troops are fighting for the town, home to 50,000 people.",
    ):
        assert claims_of(sentence).empty, sentence
    row = one("Jets killed 40 rebels near Aleppo, trapping 300 civilians.")
    assert (row.value, row.casualty_group) == (40, "militants")
    # A force's own verb keeps it one, whatever follows the comma.
    row = one("About 2,000 Chechens joined the offensive, fleeing persecution at home.")
    assert (row.kind, row.value) == ("fighters", 2000)
    row = one("Some 300 troops were deployed to Palmyra, sheltering in the old citadel.")
    assert (row.kind, row.value) == ("fighters", 300)


def test_bombings_are_not_air_strikes_but_bombing_raids_are():
    assert claims_of("Three bombings hit the capital last month.").empty
    row = one("Warplanes carried out 12 bombing raids on the ridge.")
    assert (row.kind, row.value) == ("strikes", 12)


def test_aircraft_that_struck_n_times_made_n_strikes():
    row = one("Coalition jets struck 14 times near Raqqa on Friday.")
    assert (row.kind, row.value) == ("strikes", 14)
    # The verb's object may come between, in the same clause.
    row = one("Jets bombed the town 20 times.")
    assert (row.kind, row.value) == ("strikes", 20)
    row = one("RAF jets have struck ISIL targets 1,340 times in Iraq.")
    assert (row.kind, row.value, row.basis) == ("strikes", 1340, "cumulative")
    # Not without a verb of striking, nor where no aircraft are spoken of, nor across a clause.
    assert claims_of("The striker struck 4 times in the cup final.").empty
    assert claims_of("The striker struck the ball 4 times in the final.").empty
    assert claims_of("Jets were grounded as sorties rose 3 times.").empty
    assert claims_of("Jets struck the town, and people fled 3 times.").empty
    assert claims_of("Jets struck the town where he was arrested 3 times.").empty


def test_a_count_with_no_noun_takes_its_kind_from_the_verb():
    cases = {
        "The blast injured more than 50 at the market.": ("injured", 50),
        "Gunmen killed nine at a checkpoint.": ("killed", 9),
        "A second death overnight brought the toll to 18.": ("killed", 18),
        "One child was killed when the shell hit.": ("killed", 1),
    }
    for sentence, (subtype, figure) in cases.items():
        row = one(sentence)
        assert (row.kind, row.subtype, row.low) == ("casualties", subtype, figure), sentence


@pytest.mark.parametrize(
    ("sentence", "subtype", "value"),
    [
        ("Barrel bombs killed a family of seven in Daraya.", "killed", 7),
        ("The shell wounded an entire family of four.", "injured", 4),
        ("A family of six was killed when the roof fell in.", "killed", 6),
    ],
)
def test_a_family_of_n_counts_its_members_as_civilians(sentence, subtype, value):
    row = one(sentence)
    assert (row.kind, row.subtype, row.value, row.casualty_group) == (
        "casualties", subtype, value, "civilians"
    )  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The figure after "N of the" is the group a part was taken from: the count is N.
        ("The missile killed one of the two pilots.", [(1, "pilots")]),
        ("The blast killed three of the 12 soldiers at the checkpoint.", [(3, "soldiers")]),
        ("Two of the four soldiers were killed.", [(2, "soldiers")]),
        # A possessive stands for the determiner.
        ("Three of Israel's 12 soldiers were killed.", [(3, "soldiers")]),
        ("Three of the group's 12 fighters were killed.", [(3, "militants")]),
        ("Most of the 12 soldiers were killed.", []),
        ("All of the 12 soldiers were killed.", [(12, "soldiers")]),
        # A whole that names its own fate is a toll of its own, and a part that names its group
        # ("were children") is one too.
        ("Four of the 12 wounded were in critical condition.", [(12, "")]),
        ("Nine of the 20 civilians killed were children.", [(9, "children"), (20, "civilians")]),
    ],
)
def test_a_part_of_a_counted_group_is_the_count(sentence, expected):
    claims = claims_of(sentence)
    assert list(zip(claims.value, claims.casualty_group, strict=True)) == expected


def test_a_family_to_feed_is_no_casualty_count():
    assert claims_of("He has a family of five to feed, he said.").empty


def test_terse_killed_and_injured_figures_do_not_swap():
    claims = claims_of("A rocket hit the school, killing two and injuring 13.")
    assert list(zip(claims.subtype, claims.value, strict=True)) == [("killed", 2), ("injured", 13)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russia has suffered more than 300,000 casualties in the war.", ("", 300000)),
        ("The strikes caused 40 civilian casualties on Monday.", ("civilians", 40)),
        ("Some 1,100 soldiers were killed and wounded in the battle.", ("soldiers", 1100)),
        ("At least 25 people were dead or injured after the blast.", ("people", 25)),
        # Two verbs before the count, one fate each.
        ("The raid killed and wounded 30 people in the town.", ("people", 30)),
    ],
)
def test_the_dead_and_the_hurt_counted_together_are_neither_alone(sentence, expected):
    claims = claims_of(sentence)
    assert list(zip(claims.subtype, claims.casualty_group, claims.value, strict=True)) == [
        ("killed_or_injured", *expected)
    ]
    # Each alone keeps its own subtype.
    claims = claims_of("Five soldiers were killed and 12 wounded in the battle.")
    assert claims.subtype.tolist() == ["killed", "injured"]
    # Killing and capturing together give no one subtype.
    assert claims_of("Rebels killed and captured 30 soldiers.").empty


def test_four_words_may_describe_a_counted_noun():
    row = one("Israeli jets struck 50 Hamas and Palestinian Islamic Jihad military targets.")
    assert (row.kind, row.value) == ("targets", 50)
    # But a fate right after the figure is its own when the noun after counts no people, as
    # scraped text runs on into the next phrase.
    claims = claims_of("Nine militants were killed and 17 wounded Afghan Air Force airstrikes.")
    assert list(zip(claims.value, claims.subtype, strict=True)) == [(9, "killed"), (17, "injured")]
    row = one("Seventeen wounded soldiers were taken to hospital.")
    assert (row.kind, row.subtype, row.value) == ("casualties", "injured", 17)


def test_a_side_s_losses_of_equipment_are_targets():
    claims = claims_of(
        "Russia lost 710 soldiers, 15 tanks and 24 armored fighting vehicles (AFV) within a day, "
        "the General Staff said."
    )
    assert list(zip(claims.kind, claims.value, strict=True)) == [
        ("casualties", 710), ("targets", 15), ("targets", 24)
    ]  # fmt: skip
    assert set(claims.period_text) == {"within a day"}
    claims = claims_of(
        "Russia has lost 2,786 tanks and 5,654 armored fighting vehicles since the invasion "
        "began, the General Staff said."
    )
    assert claims.value.tolist() == [2786, 5654] and set(claims.basis) == {"cumulative"}
    # Not where nothing speaks of war.
    assert claims_of("The company lost 12 trucks in a fire last year.").empty


def test_a_count_larger_than_its_window_s_own_of_the_same_thing_is_not_of_that_window():
    text = "Russia lost 15 tanks within a day, the General Staff said. "
    claims = claims_of(text + "Russia also lost 2,786 tanks within the same time period.")
    assert claims.period_text.tolist() == ["within a day", ""]
    # A smaller one, or one of another thing, goes on with it; so does the upper bound of a
    # count "over" a number.
    for follow_up in ("Russia also lost 9 tanks within the same time period.",
                      "It also lost 40 trucks within the same time period."):  # fmt: skip
        claims = claims_of(text + follow_up)
        assert claims.period_text.tolist() == ["within a day"] * 2, follow_up
    claims = claims_of(
        "Jets destroyed over 1,300 targets in the past week, the ministry said. According to "
        "the ministry, 1,354 targets have been destroyed in six provinces."
    )
    assert claims.period_text.tolist() == ["in the past week"] * 2


def test_mission_counts_by_aircraft_type_are_sorties():
    claims = claims_of("Pilots flew 35 fighter jet and 21 helicopter missions over the valley.")
    assert list(zip(claims.kind, claims.value, strict=True)) == [("sorties", 35), ("sorties", 21)]


def test_headline_grammar_in_title_case():
    cases = {
        "Forces Kill 35 Militants In Border Offensive": ("killed", "militants", 35),
        "Shelling Claims 9 Civilians In Northern Town": ("killed", "civilians", 9),
        "Market Blast Leaves 31 Dead": ("killed", "", 31),
        "Air Raid On Village Leaves 4 Martyrs": ("killed", "", 4),
        "Army Eliminates Over 75 Terrorists": ("killed", "militants", 75),
    }
    for headline, (subtype, group, figure) in cases.items():
        row = one(headline)
        assert (row.kind, row.subtype, row.casualty_group, row.low) == (
            "casualties",
            subtype,
            group,
            figure,
        ), headline


def test_a_headline_restating_the_lede_is_one_claim_with_the_ledes_source():
    text = (
        "Air raids kill 12 in river town monitor.\n"
        "At least 12 civilians were killed in air raids on the river town on Friday, the "
        "Syrian Observatory for Human Rights said."
    )
    row = one(text)
    assert (row.low, row.qualifier, row.casualty_group) == (12, "at_least", "civilians")
    assert row.speaker_org == "Syrian Observatory for Human Rights" and row.mentions == 2


# --- Speakers ------------------------------------------------------------------------------


def test_attribution_without_the_comma_scraped_text_drops():
    row = one("An air strike killed 10 civilians in the village said the Observatory.")
    assert row.speaker_org == "Syrian Observatory for Human Rights"
    row = one("Shelling killed 6 people in the suburb on Monday a Britain-based monitor said.")
    assert row.speaker_org == "Syrian Observatory for Human Rights"


def test_quoted_as_saying_told_reuters_and_a_statement_by():
    row = one("The agency quoted a local official as saying 14 people died in the fire.")
    assert row.speaker == "a local official"
    row = one("Hospital director Ahmed Saleh told Reuters 30 patients were wounded.")
    assert row.speaker == "Ahmed Saleh"
    row = one("Twelve rebels were killed, according to a statement by the Syrian army.")
    assert row.speaker_org == "Syrian Arab Army" and "army" in row.speaker


def test_spokesman_and_state_media_and_source_classes():
    row = one("The coalition's spokesman said 40 strikes hit the city.")
    assert (row.kind, row.speaker_org) == ("strikes", "US-led coalition")
    row = one("State news agency SANA reported that mortar fire killed three people.")
    assert row.speaker_org == "Syrian state media"
    row = one("At least 8 people were killed, activists said.")
    assert (row.speaker, row.speaker_org) == ("activists", "")
    row = one("A car bomb killed 11 people, a monitoring group said.")
    assert row.speaker_org == "Syrian Observatory for Human Rights"


def test_pronouns_and_references_resolve_to_the_last_speaker_named():
    text = (
        "The Syrian Observatory for Human Rights said 20 people were killed. "
        "It said 31 more were wounded."
    )
    claims = claims_of(text)
    assert set(claims.speaker_org) == {"Syrian Observatory for Human Rights"}
    text = "Mayor Karim Haddad spoke to reporters. He said 17 people had been killed."
    assert one(text).speaker == "Karim Haddad"


def test_war_wide_tolls_appended_to_a_quote_are_the_outlets_narration():
    row = one(
        "Talks must resume soon, the envoy said on Monday, in a conflict that has killed at "
        "least 300,000 people."
    )
    assert (row.speaker, row.speaker_org, row.basis) == ("", "", "cumulative")


def test_events_are_never_speakers():
    row = one("A series of bombings claimed 40 lives in the capital.")
    assert row.speaker == ""
    row = one("No one immediately claimed the attack, which killed 12 people.")
    assert row.speaker == ""


# --- Periods -------------------------------------------------------------------------------


def test_yesterday_and_named_days_and_months():
    row = one("Air strikes killed 15 people yesterday.", published="2016-03-10")
    assert (row.basis, row.period_start, row.period_end) == (
        "window", pd.Timestamp("2016-03-09"), pd.Timestamp("2016-03-10"))  # fmt: skip
    row = one("Sunday through Wednesday the jets flew 140 sorties.", published="2016-03-10")
    assert (row.period_start, row.period_end) == (
        pd.Timestamp("2016-03-06"),
        pd.Timestamp("2016-03-10"),
    )
    row = one(
        "Jets have flown 900 sorties since April, the ministry said.", published="2016-06-15"
    )
    assert (row.basis, row.period_start) == ("cumulative", pd.Timestamp("2016-04-01"))
    row = one("Jets flew 600 sorties in May.", published="2016-06-15")
    assert (row.basis, row.period_start) == ("window", pd.Timestamp("2016-05-01"))


def test_a_dated_range_is_a_window():
    row = one(
        "The coalition carried out 120 strikes from Friday March 27 2015 to Friday April 10 2015."
    )
    assert (row.basis, row.period_start, row.period_end) == (
        "window", pd.Timestamp("2015-03-27"), pd.Timestamp("2015-04-11"))  # fmt: skip


def test_a_start_stated_in_an_earlier_sentence():
    text = (
        "The uprising began in March 2011.\n"
        "More than 300,000 people have been killed since the conflict began."
    )
    row = one(text, published="2016-06-15")
    assert (row.basis, row.period_start) == ("cumulative", pd.Timestamp("2011-03-01"))


def test_a_weekday_start_lies_within_the_week_before():
    row = one(
        "Strikes have killed 42 people since Sunday morning.", published="2016-03-09"
    )  # Wednesday
    assert (row.basis, row.period_start) == ("cumulative", pd.Timestamp("2016-03-06"))


def test_so_far_after_a_superlative_is_no_cumulative_cue():
    row = one("It was the army's biggest victory so far, and 30 soldiers were killed.")
    assert row.basis == "unspecified"


def test_a_dateline_is_the_publication_date_when_none_is_given():
    for text, day in (
        ("Wed 19 Apr 2017 Air strikes killed 12 people in the town.", "2017-04-19"),
        ("Town hit.\n12 February 2015 Air strikes killed 12 people in the town.", "2015-02-12"),
        (
            "Town hit.\nDate of publication 13 October 2016 Air strikes killed 12 people.",
            "2016-10-13",
        ),
    ):
        row = extract_claims(text).iloc[0]
        assert row.published == pd.Timestamp(day) and row.period_end == pd.Timestamp(day), text


# --- Language seam -------------------------------------------------------------------------


def test_language_codes_without_tables_read_as_english():
    text = "Jets flew 64 sorties over the past 24 hours, the ministry said."
    for code in (None, "", "en", "en-GB", "xx"):
        claims = extract_claims(text, published="2015-10-10", language=code)
        assert list(claims.kind) == ["sorties"], code
    corpus = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c"],
            "text": [text] * 3,
            "published": ["2015-10-10"] * 3,
            "language": ["en", None, "fr"],
        }
    )
    assert list(figures_lib.extract_corpus(corpus).kind) == ["sorties"] * 3


def test_more_casualty_shapes():
    row = one("Doctors reported 12 cases of poisoning after the gas attack.")
    assert (row.kind, row.subtype, row.value) == ("casualties", "injured", 12)
    row = one("At least 9 people starved to death in the besieged camp.")
    assert (row.kind, row.subtype) == ("casualties", "killed")
    row = one("Rebels captured 40 retreating soldiers near the dam.")
    assert (row.subtype, row.casualty_group) == ("captured", "soldiers")
    assert claims_of("Border guards let in 60 wounded fighters and civilians on Friday.").empty
    row = one("An air strike killed 7 people in the market, Syrian media reported.")
    assert row.speaker_org == "Syrian state media"


def test_the_amount_of_a_change_is_no_count_but_its_level_is():
    claims = extract_claims(
        "The ministry said the number of sorties increased by 20 sorties to 84 sorties on Monday.",
        published="2016-01-05",
    )
    assert list(zip(claims.kind, claims.value, strict=True)) == [("sorties", 84.0)]
    # Bare counts far apart: the toll reached 61, not a range of 9-61.
    claims = extract_claims("The death toll climbed by 9 to 61 overnight, medics said.")
    assert list(zip(claims.kind, claims.value, claims.qualifier, strict=True)) == [
        ("casualties", 61.0, "exact")
    ]


def test_a_range_with_its_unit_repeated_is_one_claim_and_an_approximate_range_stays_one():
    (row,) = extract_claims(
        "Russian jets flew between 20 sorties and 30 sorties a day, the ministry said.",
        published="2015-11-20",
    ).itertuples()
    assert (row.kind, row.low, row.high, row.qualifier) == ("sorties", 20, 30, "range")
    # "about 20-30" is not a restatement of an exact 20 from the same source: two claims.
    claims = extract_claims(
        "About 20-30 civilians were killed in Idlib, activists said. Activists said 20 civilians "
        "were killed in Idlib.",
        published="2015-11-20",
    )
    assert sorted(zip(claims.qualifier, claims.low, claims.high, strict=True)) == [
        ("approx", 20, 30),
        ("exact", 20, 20),
    ]


def test_a_total_takes_the_window_its_sentence_states_and_a_part_keeps_its_own():
    row = one("In total, 2,300 militants were eliminated in the past month, the ministry said.")
    assert (row.basis, f"{row.period_start:%Y-%m-%d}") == ("window", "2015-10-20")
    # Without a window, "in total" is a cumulative figure.
    assert one("In total, jets have flown 5,000 sorties, the ministry said.").basis == "cumulative"
    # The total opening the sentence frames all its figures, a window with digits too.
    for text in (
        "In total, jets flew 300 sorties and hit 500 targets over the past week.",
        "In total, jets flew 300 sorties and hit 500 targets in the past 24 hours.",
    ):
        assert list(claims_of(text).basis) == ["window", "window"], text
    # A total further in is its own figure's; a part's window is the part's.
    for text in (
        "Jets flew 300 sorties in the past week, and 5,000 sorties so far, the ministry said.",
        "In the past week jets flew 300 sorties, for a total of 5,000 sorties to date.",
        "Altogether jets have flown 5,000 sorties, 300 of them in the past week.",
    ):
        bases = dict(zip(claims_of(text).value, claims_of(text).basis, strict=True))
        assert bases == {300: "window", 5000: "cumulative"}, text
    # "all of them" names the whole: the window is the whole's.
    assert one("Jets killed 1,200 people, all of them in the past week.").basis == "window"
    # The week is the part's, named after "including", not the whole's: the whole, in the
    # perfect, is a running total up to the report.
    claims = claims_of(
        "Jets have flown 5,240 sorties, including 400 sorties in the past week, the ministry said."
    )
    assert list(zip(claims.value, claims.basis, claims.period_text, strict=True)) == [
        (5240, "cumulative", "have flown"),
        (400, "window", "in the past week"),
    ]
    # The part may leave its noun out: it counts the same as the whole, of any kind.
    for text, kind in (
        ("Jets have flown 5,240 sorties, including 400 in the past week.", "sorties"),
        ("The coalition made 4,900 strikes, including 1,600 in Syria.", "strikes"),
        ("Jets hit 60 targets, among them 12 in Raqqa.", "targets"),
    ):
        assert list(claims_of(text).kind) == [kind, kind], text
    # Without the comma, or with a comma closing the part, the week is the whole's too.
    for text in (
        "Jets killed 131 civilians including 21 children in the past week, activists said.",
        "Jets killed 131 civilians, including 21 children, in the past week, activists said.",
    ):
        assert list(claims_of(text).basis) == ["window", "window"], text


def test_a_period_between_two_figures_belongs_to_its_own_clause():
    # Before, the nearer period won: the 300 took "so far", the 5,000 the past week.
    for text in (
        "Jets have flown 5,000 sorties so far, 300 sorties this week alone, the ministry said.",
        "So far, jets flew 5,000 sorties, and in the past week, 300 sorties.",
        "Jets flew 300 sorties this week alone; 5,000 sorties since they began.",
    ):
        bases = dict(zip(claims_of(text).value, claims_of(text).basis, strict=True))
        assert bases == {300: "window", 5000: "cumulative"}, text
    # A figure with no period of its own still takes its neighbour's.
    claims = claims_of("Jets flew 60 sorties in the past 24 hours, hitting 120 targets.")
    assert list(claims.basis) == ["window", "window"]
    # An opening total and the start a "since" gives it one comma on frame both figures.
    claims = claims_of("So far, jets have hit 2,000 targets, since May 3 flying 5,000 sorties.")
    assert list(claims.period_start.dt.strftime("%m-%d")) == ["05-03", "05-03"]
    claims = claims_of("So far, jets have hit 2,000 targets, and since May 3, 800 sites.")
    assert list(claims.period_start.dt.strftime("%m-%d").fillna("")) == ["", "05-03"]


def test_a_list_after_a_toll_and_more_of_the_same_are_casualties():
    claims = claims_of("The death toll included 12 soldiers and 4 civilians, the army said.")
    assert list(zip(claims.casualty_group, claims.subtype, claims.value, strict=True)) == [
        ("soldiers", "killed", 12),
        ("civilians", "killed", 4),
    ]
    claims = claims_of("Jets killed 20 civilians in Raqqa, and 8 more in Homs, activists said.")
    assert list(zip(claims.casualty_group, claims.value, claims.place, strict=True)) == [
        ("civilians", 20, "Raqqa"),
        ("civilians", 8, "Homs"),
    ]
    # "more" of something else is no more of the dead, and the clause may name another fate.
    claims = claims_of("Jets killed 20 civilians, and 8 more buildings were hit, activists said.")
    assert list(zip(claims.kind, claims.value, strict=True)) == [
        ("casualties", 20), ("targets", 8)
    ]  # fmt: skip
    for text, fates in {
        "Jets killed 20 civilians in Raqqa, and 8 more in Homs were wounded.": [
            "killed",
            "injured",
        ],
        "Jets killed 20 civilians in Raqqa, with 8 more in hospital.": ["killed", "injured"],
        "Jets killed 20 civilians in Raqqa, and 8 more from Homs fled.": ["killed"],
    }.items():
        assert list(claims_of(text).subtype) == fates, text
    # Only a predicate right after the place names the fate, not a word of the place.
    for text in (
        "Jets killed 20 civilians in Raqqa and 8 more in besieged Madaya.",
        "Jets killed 20 civilians in Raqqa and 8 more at a hospital in Homs.",
        # A word of flight inside the place, in lower case, is the place's too.
        "Jets killed 20 civilians, including 8 in a school sheltering displaced families.",
    ):
        assert list(claims_of(text).subtype) == ["killed", "killed"], text
    # A bare "the toll" may count homes; it lists the dead only where it counts people.
    assert claims_of("The toll was 300 homes and 12 schools.").empty
    assert claims_of("The toll included 300 homes, 12 schools and 4 mosques.").empty
    claims = claims_of("The toll included 9 women and 14 children, medics said.")
    assert list(zip(claims.casualty_group, claims.subtype, strict=True)) == [
        ("women", "killed"),
        ("children", "killed"),
    ]


def test_of_whom_before_a_part_s_figure_names_a_part_of_the_toll():
    for text in (
        "Jets killed 40 people, of whom 8 were children, activists said.",
        "Jets killed 40 people, among them 8 were children, activists said.",
    ):
        claims = claims_of(text)
        assert list(zip(claims.value, claims.casualty_group, claims.subtype, strict=True)) == [
            (40, "people", "killed"),
            (8, "children", "killed"),
        ], text
    # A share of them counts no one.
    assert list(claims_of("Jets killed 40 people, of whom 8 percent were children.").value) == [40]
    # People are no part of a count of things, nor a count of sorties.
    claims = claims_of("Crews flew 60 sorties, of whom 12 airmen were on their first tour.")
    assert list(zip(claims.kind, claims.value, strict=True)) == [("sorties", 60)]


def test_a_singular_article_before_a_person_s_fate_counts_one():
    claims = claims_of("A Russian pilot was killed and an aid worker was wounded on Monday.")
    assert list(zip(claims.value, claims.casualty_group, claims.subtype, strict=True)) == [
        (1, "pilots", "killed"),
        (1, "aid workers", "injured"),
    ]
    # The article is the figure's span.
    assert claims.iloc[0].sentence[claims.iloc[0].start : claims.iloc[0].end] == "A"
    for text in (
        "A convoy was hit and a strike was killed off.",  # no person
        "A man who was killed in the raid was buried.",  # a relative clause: no count
        "The brother of a soldier was killed.",  # someone's relation: whose count is unsaid
        "It was unclear whether a soldier was killed.",  # in doubt
        "Neither a pilot nor a medic was wounded.",  # denied
        "Not a single civilian was killed.",
    ):
        assert claims_of(text).empty, text
    # Initials and a modifying noun may stand before the person.
    for text, group in (
        ("A U.S. soldier was killed in the blast.", "soldiers"),
        ("A rebel fighter was killed in the blast.", "militants"),
        ("An army officer was killed in the blast.", "officers"),
    ):
        claims = claims_of(text)
        assert list(zip(claims.value, claims.casualty_group, strict=True)) == [(1, group)], text
    # The figure counts, not the article before it.
    assert list(claims_of("He said a further 12 soldiers were killed.").value) == [12]


def test_an_age_is_no_count_but_describes_the_people_counted():
    for text, value in (
        ("A 19-year-old soldier was killed at the checkpoint.", 1),
        ("Three 40-year-old men were wounded in the shelling.", 3),
        ("Shelling killed four 12 year old boys.", 4),
    ):
        claims = claims_of(text)
        assert list(zip(claims.kind, claims.value, strict=True)) == [("casualties", value)], text
    # Not even with a noun of its own after it.
    assert claims_of("The 12-year-old war has displaced families.").empty
    assert list(claims_of("Jets flew a 3-month-old campaign of 40 sorties.").value) == [40]


def test_ranks_and_roles_with_their_modifiers_are_people():
    for text, group in (
        ("Two senior commanders were killed in the raid.", "commanders"),
        ("Four rebel commanders died in the strikes.", "commanders"),
        ("Three high-ranking officers were killed.", "officers"),
        ("Strikes killed five top militants.", "militants"),
    ):
        claims = claims_of(text)
        assert list(zip(claims.kind, claims.casualty_group, strict=True)) == [
            ("casualties", group)
        ], text


def test_a_figure_counting_two_groups_joined_by_and_takes_both():
    # Before, "9 women and children" were counted as 9 women.
    def groups(text):
        return list(claims_of(text).casualty_group)

    assert groups("Jets killed 9 women and children.") == ["civilians"]
    assert groups("Jets killed 20 people, nine of them women and children.") == [
        "people",
        "civilians",
    ]
    assert groups("Jets killed 9 soldiers and civilians.") == ["people"]
    # A figure after "and", a verb, or the speaker leaves the noun its own group.
    assert groups("Jets killed 20 soldiers and 18 insurgents.") == ["soldiers", "militants"]
    assert groups("Jets killed 9 women and wounded 12 men.") == ["women", "men"]
    assert groups("Jets killed 12 civilians and rebels said more died.") == ["civilians"]
    # The second noun must go on as part of the phrase, not open a clause with its own verb.
    assert groups("Shells killed 12 soldiers and civilians fled the town.") == ["soldiers"]
    assert groups("Shells killed 12 soldiers and rebels then took the hill.") == ["soldiers"]
    assert groups("Shells killed 12 soldiers and civilians were forced out.") == ["soldiers"]
    assert groups("12 soldiers and civilians were killed in Homs.") == ["people"]
    assert groups("3 women and children were among the wounded.") == ["civilians"]
    # The second noun may be two words, and any people noun.
    assert groups("Shells killed 4 journalists and aid workers.") == ["people"]
    assert groups("Shells killed 6 doctors and police officers in Homs.") == ["people"]
    assert groups("Shells killed 6 soldiers and others.") == ["soldiers"]  # whoever they are


def test_a_group_word_before_the_dead_s_noun_names_whose_they_are():
    # Before, the figure took the sentence's other group (the soldiers) or none.
    claims = claims_of("Jets killed 30 army troops, while insurgent losses stood at 12 dead.")
    assert list(zip(claims.value, claims.casualty_group, strict=True)) == [
        (30, "soldiers"),
        (12, "militants"),
    ]
    assert list(claims_of("The civilian death toll climbed to 61.").casualty_group) == [
        "civilians"
    ]
    assert list(claims_of("Regime losses reached 15 dead.").casualty_group) == ["soldiers"]
    # A word that is no group leaves the figure's own.
    assert list(claims_of("Heavy losses stood at 12 dead.").casualty_group) == [""]


def test_people_taken_to_hospital_are_injured():
    row = one("At least 12 people were hospitalised after the strike, medics said.")
    assert (row.kind, row.subtype, row.low) == ("casualties", "injured", 12)
    assert claims_of("The minister was hospitalised on Monday with 3 aides.").empty


def test_a_part_in_the_next_sentence_keeps_the_toll_s_source_and_period():
    claims = claims_of(
        "The Observatory said strikes had killed 35 civilians in Idlib over the past week. "
        "Eight of them were children.",
        published="2016-02-10",
    )
    assert list(zip(claims.casualty_group, claims.speaker_org, claims.basis, strict=True)) == [
        ("civilians", "Syrian Observatory for Human Rights", "window"),
        ("children", "Syrian Observatory for Human Rights", "window"),
    ]
    # A part with a source of its own keeps it.
    claims = claims_of(
        "The Observatory said strikes had killed 35 civilians in Idlib. Eight of them were "
        "children, doctors said.",
        published="2016-02-10",
    )
    assert list(claims.speaker) == ["The Observatory", "doctors"]
    # The part's own sentence says whether it is quoted; a new paragraph carries nothing.
    claims = claims_of(
        '"Strikes killed 35 civilians in Idlib," the Observatory said. Eight of them were '
        "children.",
        published="2016-02-10",
    )
    assert list(zip(claims.speaker, claims.quoted, strict=True)) == [
        ("the Observatory", True),
        ("the Observatory", False),
    ]
    claims = claims_of(
        "Strikes killed 35 civilians in Idlib, the Observatory said.\n\n"
        "Eight of them were children.",
        published="2016-02-10",
    )
    assert list(claims.speaker) == ["the Observatory", ""]


def test_a_sentence_referring_back_to_the_toll_counts_a_part_of_it():
    claims = claims_of(
        "Russian strikes have killed more than 2,000 civilians since Sept. 30, a monitoring "
        "group said.\n\nThe victims included 500 children. Among the dead were 300 women.",
        published="2016-02-10",
    )
    # Across the paragraph break too: the words refer back; source and period carry.
    assert list(
        zip(claims.value, claims.casualty_group, claims.speaker, claims.basis, strict=True)
    ) == [
        (2000.0, "civilians", "a monitoring group", "cumulative"),
        (500.0, "children", "a monitoring group", "cumulative"),
        (300.0, "women", "a monitoring group", "cumulative"),
    ]
    # The words say which toll: the dead or the wounded.
    claims = claims_of(
        "Strikes killed 30 people and wounded 50 in Idlib, activists said. The dead included "
        "9 children. The wounded included 12 women. Of those killed, 4 were fighters."
    )
    assert list(zip(claims.value, claims.subtype, claims.casualty_group, strict=True)) == [
        (30.0, "killed", "people"),
        (50.0, "injured", "people"),
        (9.0, "killed", "children"),
        (12.0, "injured", "women"),
        (4.0, "killed", "militants"),
    ]
    # Never a part of a count of things.
    assert list(claims_of("Jets flew 60 sorties. The dead included 9 children.").kind) == [
        "sorties"
    ]


def test_a_total_raised_by_a_clause_keeps_its_own_period():
    # Not the window of the figure that raised it: the total runs up to the report.
    bases = {
        "Nine more soldiers died over the past two days, bringing the toll to 1,200.": [
            "window", "cumulative"
        ],
        "Strikes killed 12 people, bringing the number of civilians killed since January to "
        "300.": ["unspecified", "cumulative"],
    }  # fmt: skip
    for sentence, expected in bases.items():
        assert list(claims_of(sentence, published="2016-02-10").basis) == expected, sentence


def test_a_toll_increased_or_called_overall_is_a_running_total():
    # "increased the toll to" raises a running total as "raised" does, and a period inside
    # its clause is the total's, not a ranking of the strikes that raised it.
    row = one(
        "The ministry said the latest strikes increased the death toll since October to 61,827.",
        published="2024-03-10",
    )
    assert (row.basis, row.scope, str(row.period_start.date())) == (
        "cumulative",
        "campaign",
        "2023-10-01",
    )
    # A toll the sentence calls the whole so far runs up to the report ...
    for sentence in (
        "The overall death toll has risen to 412, the health ministry said.",
        "The cumulative death toll rose to 412.",
    ):
        row = one(sentence, published="2024-03-10")
        assert (row.basis, row.scope) == ("cumulative", "campaign"), sentence
    # ... unless it is the whole of one event.
    row = one("The total death toll from Monday's blasts rose to 30.", published="2024-03-10")
    assert (row.basis, row.scope) == ("unspecified", "incident")
    # A superlative still ranks when no verb of the toll stands between it and its period.
    row = one("It was the deadliest attack since the war began, killing 45 people.")
    assert (row.basis, row.scope) == ("unspecified", "incident")


def test_a_date_may_stand_between_a_number_of_and_its_figure():
    # "the number of people killed since Oct. 7 has risen to 61,827": the date's day is no
    # other figure standing in the way.
    for sentence in (
        "The number of people killed since October 7 has risen to 61,827, the ministry said.",
        "The number of people killed since Oct. 7 has risen to 61,827, the ministry said.",
    ):
        row = one(sentence, published="2024-03-10")
        assert (row.value, row.subtype, row.basis, str(row.period_start.date())) == (
            61827.0,
            "killed",
            "cumulative",
            "2023-10-07",
        ), sentence


def test_a_figure_in_scare_quotes_is_read_past_them():
    row = one('The army said the strikes had killed "more than 14" militants.')
    assert (row.value, row.qualifier, row.casualty_group) == (14.0, "more_than", "militants")
    row = one('A spokesman put the toll at "at least 300".')
    assert (row.low, row.qualifier, row.subtype) == (300.0, "at_least", "killed")
    # A quote that only opens with the figure is no scare quote.
    row = one('"14 militants were killed," the army said.')
    assert (row.value, row.speaker) == (14.0, "the army")


def test_shapes_of_air_attacks_and_tolls_from_the_blind_read():
    # "suicide" drones are aircraft (suicide bombers stay people).
    row = one("Air defences shot down 11 suicide drones over the Kharkiv region.")
    assert (row.value, row.kind, row.subtype) == (11.0, "aircraft", "lost")
    # A launch in a barrage is an event.
    row = one("Iran launched a barrage of about 180 ballistic missiles at Israel on Tuesday.")
    assert (row.value, row.kind, row.basis) == (180.0, "missiles", "unspecified")
    # Injuries by their cause.
    claims = claims_of("Ten were killed, while eight others sustained gunshot injuries, he said.")
    assert list(zip(claims.value, claims.subtype, strict=True)) == [
        (10.0, "killed"), (8.0, "injured")
    ]  # fmt: skip
    # A running total of the figure before it, called "the total".
    claims = claims_of(
        "Russia lost 1,230 troops over the past day, bringing the total since the start of the "
        "invasion to about 465,980, the General Staff said."
    )
    assert list(zip(claims.value, claims.subtype, claims.basis, strict=True)) == [
        (1230.0, "killed", "window"), (465980.0, "killed", "cumulative")
    ]  # fmt: skip


def test_losses_worded_after_their_noun():
    # The dead and hurt together right after the noun win over the verb before it.
    row = one("Russian forces lost 1,200 troops killed and wounded over the past day.")
    assert (row.value, row.subtype) == (1200.0, "killed_or_injured")
    # ... and so do they after a bare figure ("about 790,000 killed and wounded").
    row = one("Russia has lost about 790,000 killed and wounded since the invasion began.")
    assert (row.value, row.subtype) == (790000.0, "killed_or_injured")
    claims = claims_of("Twelve were killed and 30 wounded.")
    assert list(claims.subtype) == ["killed", "injured"]
    # A loss word in scare quotes, and drones suppressed by jamming, are losses.
    claims = claims_of(
        "Russia launched 70 drones; 52 of them were suppressed or shot down, and a further 11 "
        'drones were "locally lost", the air force said.'
    )
    assert list(zip(claims.value, claims.subtype, strict=True)) == [
        (70.0, ""), (52.0, "lost"), (11.0, "lost")
    ]  # fmt: skip
    # A post-modifier of service stands between the soldiers and their fate.
    row = one("Four soldiers serving in air defence units were killed, the army said.")
    assert (row.kind, row.subtype) == ("casualties", "killed")


def test_a_side_taken_may_stand_before_the_noun():
    claims = claims_of("The monitor said 231 soldiers and 250 pro-Assad fighters had been killed.")
    assert list(zip(claims.value, claims.subtype, strict=True)) == [
        (231.0, "killed"), (250.0, "killed")
    ]  # fmt: skip
    row = one("Police killed 3 anti-government protesters.")
    assert (row.value, row.casualty_group) == (3.0, "protesters")


@pytest.mark.parametrize(
    ("sentence", "kind", "group"),
    [
        # A name's particle without its hyphen, and a clan, describe the noun too.
        ("Troops killed 30 al Qaeda militants.", "casualties", "militants"),
        ("More than 100 el Nasr fighters attacked the base.", "fighters", ""),
        ("A force of some 3,000 clan militiamen is fighting alongside the army.", "fighters", ""),
        # So does the service a machine belongs to.
        ("Rebels shot down two Syrian air force helicopters.", "aircraft", ""),
        ("Houthi missiles struck two navy ships.", "targets", ""),
    ],
)
def test_a_particle_name_a_clan_or_a_service_before_the_noun(sentence, kind, group):
    row = one(sentence)
    assert (row.kind, row.casualty_group) == (kind, group)


def test_a_group_word_before_people_names_their_group():
    assert one("Shelling killed 12 civilian persons.").casualty_group == "civilians"
    assert one("A blast killed 14 military persons.").casualty_group == "soldiers"
    assert one("Shelling killed 12 more people.").casualty_group == "people"
    assert one("Shelling wounded 12 other people.").casualty_group == "people"


def test_the_wounded_who_succumbed_are_dead():
    row = one("Three more victims succumbed to their injuries on Friday, officials said.")
    assert (row.value, row.kind, row.subtype) == (3.0, "casualties", "killed")
    row = one("Two soldiers succumbed to their wounds in hospital, the army said.")
    assert (row.value, row.subtype, row.casualty_group) == (2.0, "killed", "soldiers")


def test_a_side_s_losses_of_a_kind_of_thing_count_those_things():
    row = one("Russia's tank losses have risen to 428, the General Staff said.")
    assert (row.value, row.kind, row.subtype) == (428.0, "targets", "")
    row = one("Russian aircraft losses stood at 12, the ministry said.")
    assert (row.value, row.kind, row.subtype) == (12.0, "aircraft", "lost")
    # Losses of no kind of thing count nothing.
    assert claims_of("Its market losses rose to 40 percent.").empty


def test_a_headline_s_present_tense_loss_is_a_casualty_count():
    row = one("Hezbollah Loses 9 Fighters In Syria")
    assert (row.kind, row.subtype, row.casualty_group) == ("casualties", "killed", "militants")


def test_one_of_a_ranking_is_no_claim():
    # numbers.find reads "one of the deadliest" as one; no counted noun follows it, so no row.
    assert extract_claims("It was one of the deadliest air strikes of the war.").empty
    assert extract_claims("He called it one of the largest sorties so far.").empty


def test_a_ratio_of_the_dead_is_no_count():
    # "One in five" is a fifth, like "a third": not five children.
    for sentence in (
        "One in five of the dead were children, the Observatory said.",
        "A third of the dead were children, the Observatory said.",
    ):
        assert extract_claims(sentence, published="2016-02-10").empty, sentence


@pytest.mark.parametrize(
    "follow_up",
    ["Another 5 died in Idlib.", "A further 5 were killed in Idlib.", "Five more died in Idlib.",
     "5 others were wounded.", "At least another 5 died in Idlib."],
)  # fmt: skip
def test_a_sentence_continuing_the_count_keeps_its_source(follow_up):
    claims = extract_claims(
        "The Observatory said 12 people were killed in Aleppo. " + follow_up,
        published="2016-02-10",
    )
    assert claims.speaker_org.tolist() == ["Syrian Observatory for Human Rights"] * 2


def test_a_sentence_that_does_not_continue_the_count_keeps_none():
    # Its own speaker, a new paragraph, or a figure that does not say "another" or "more".
    for article, speaker in (
        ("The Observatory said 12 people were killed. Another 5 died, state TV said.", "state TV"),
        ("The Observatory said 12 people were killed.\nAnother 5 died in Idlib.", ""),
        ("The Observatory said 12 people were killed in Aleppo. In Idlib, 5 died.", ""),
    ):
        claims = extract_claims(article, published="2016-02-10")
        assert claims.speaker.tolist()[1:] == [speaker], article


def test_an_opening_window_with_alone_before_its_comma_covers_the_sentence():
    claims = extract_claims("Last week alone, 150 civilians died.", published="2016-02-10")
    assert claims.basis.tolist() == ["window"]
    assert str(claims.period_start.iloc[0].date()) == "2016-02-03"
    # Without the comma it does not open a clause of its own: as before, no window.
    claims = extract_claims("An attack last month killed 24.", published="2016-02-10")
    assert claims.basis.tolist() == ["unspecified"]


@pytest.mark.parametrize(
    ("sentence", "as_of"),
    [
        ("As of Monday, the toll stood at 2,300, the Observatory said.", "2016-02-08"),
        ("The toll stood at 2,300 as of Feb. 5, the Observatory said on Tuesday.", "2016-02-05"),
        ("The toll stood at 2,300, the Observatory said on Tuesday.", "2016-02-09"),
    ],
)
def test_a_figure_as_of_a_day_is_that_day_s(sentence, as_of):
    claims = extract_claims(sentence, published="2016-02-10")
    assert str(claims.period_end.iloc[0].date()) == as_of


@pytest.mark.parametrize(
    ("sentence", "basis"),
    [
        ("Two children died of malnutrition last month.", "window"),
        ("An air strike killed 24 people in a market in eastern Aleppo last month.", "window"),
        # A clause turns between: the month is another's.
        ("Jets killed 24 people, among them families who fled last month.", "unspecified"),
        ("Jets killed 24 people and hit a market in eastern Aleppo last month.", "unspecified"),
    ],
)
def test_last_month_further_on_in_the_figure_s_clause_dates_it(sentence, basis):
    claims = extract_claims(sentence, published="2016-01-11")
    assert claims.basis.tolist() == [basis]


@pytest.mark.parametrize(
    ("sentence", "subtype", "basis"),
    [
        ("Turkey said it had shot down 2 Russian jets.", "lost", "unspecified"),
        # A perfect infinitive is reported past too, no running total.
        ("The military claimed to have shot down 30 Ukrainian drones.", "lost", "unspecified"),
        ("Two Russian helicopters were shot down near Palmyra on Monday.", "lost", "unspecified"),
        ("Russia has lost 3 aircraft in Syria since September.", "lost", "cumulative"),
        ("Two drones crashed near the base.", "lost", "unspecified"),
        # A fleet's size: no loss word.
        ("Russia has deployed 34 aircraft to Hmeimim.", "", "snapshot"),
        # An attack's drones: an event, not a fleet.
        ("Russia launched 31 attack drones at Kyiv overnight.", "", "unspecified"),
        (
            "The enemy attacked with 4 ballistic missiles and 117 Shahed drones overnight.",
            "",
            "unspecified",
        ),
        ("Two Su-25 jets and four Mi-24 helicopters were deployed to Hmeimim.", "", "snapshot"),
        # Every item of a launch list, however the items are joined or qualified.
        ("Russia launched 90 Shahed-type attack drones and decoy drones as well as 6 "
         "Iskander missiles.", "", "unspecified"),
        ("Iran fired some 100 drones as well as 12 cruise missiles at the base.", "",
         "unspecified"),
        ("Iran launched about 100 drones, more than 20 cruise missiles and more than 90 "
         "ballistic missiles at the base.", "", "unspecified"),
        # ... its commas lost in scraped text.
        ("Iran launched about 100 drones more than 20 cruise missiles and more than 90 "
         "ballistic missiles at the base", "", "unspecified"),
    ],
)  # fmt: skip
def test_aircraft_shot_down_or_lost_are_losses_not_a_fleet(sentence, subtype, basis):
    claims = extract_claims(sentence, published="2016-02-10")
    # Missiles launched beside the drones are their own kind, an event as the drones are.
    assert "aircraft" in set(claims.kind) and set(claims.kind) <= {"aircraft", "missiles"}
    assert set(claims.subtype) == {subtype} and set(claims.basis) == {basis}


def test_a_part_of_a_fleet_lost_is_aircraft_lost_and_the_fleet_its_size():
    # Not a toll of people; the fleet exists at a moment.
    claims = extract_claims(
        "Russia has lost 3 of its 34 aircraft in Syria.", published="2016-02-10"
    )
    assert list(zip(claims.value, claims.kind, claims.subtype, claims.basis, strict=True)) == [
        (3.0, "aircraft", "lost", "cumulative"), (34.0, "aircraft", "", "snapshot")
    ]  # fmt: skip
    # The fleet may be a name's: the part is what was lost.
    for sentence in (
        "Four of Russia's 12 Su-34 bombers were shot down.",
        "Four of the army's 12 Su-34 bombers were shot down.",
    ):
        claims = extract_claims(sentence)
        assert list(zip(claims.value, claims.subtype, strict=True)) == [(4.0, "lost"), (12.0, "")]


def test_a_part_named_before_a_numbered_whole_is_its_own_count():
    # "Nine of the 40 people killed were women": nine killed women, and the 40 killed.
    claims = extract_claims(
        "Nine of the 40 people killed were women, the Observatory said.", published="2016-02-10"
    )
    assert sorted(zip(claims.value, claims.casualty_group, claims.subtype, strict=True)) == [
        (9.0, "women", "killed"), (40.0, "people", "killed")
    ]  # fmt: skip
    # The part's group never passes to the whole, nor to a figure after it.
    claims = extract_claims("Five of the 12 dead were children.", published="2016-02-10")
    assert sorted(zip(claims.value, claims.casualty_group, strict=True)) == [
        (5.0, "children"), (12.0, "")
    ]  # fmt: skip
    claims = extract_claims(
        "Five of the dead were children, and 30 were wounded.", published="2016-02-10"
    )
    assert sorted(zip(claims.value, claims.casualty_group, strict=True)) == [
        (5.0, "children"), (30.0, "")
    ]  # fmt: skip


def test_every_item_of_a_part_list_after_including_is_a_part_of_the_toll():
    # No verb near the later items: "including" makes the first a part, the list the rest.
    claims = extract_claims(
        "The network documented the deaths of 300 civilians, including 80 children, 40 women "
        "and 3 nurses.",
        published="2016-02-10",
    )
    assert list(zip(claims.value, claims.subtype, claims.casualty_group, strict=True)) == [
        (300.0, "killed", "civilians"), (80.0, "killed", "children"),
        (40.0, "killed", "women"), (3.0, "killed", "nurses"),
    ]  # fmt: skip
    claims = extract_claims(
        "It counted 120 civilian deaths, among them 30 children and 12 women.",
        published="2016-02-10",
    )
    assert claims.casualty_group.tolist()[1:] == ["children", "women"]
    # An item with a clause of its own after it is no part: "... and 40 women volunteers
    # joined" counts no dead.
    claims = extract_claims(
        "The monitor recorded the deaths of 300 civilians including in Aleppo and 40 women "
        "volunteers joined the rescue.",
        published="2016-02-10",
    )
    casualties = claims[claims.kind == "casualties"]
    assert casualties.value.tolist() == [300.0]


def test_a_list_of_parts_after_words_referring_back_takes_the_toll_s_source():
    claims = extract_claims(
        "Air strikes killed 30 people in Aleppo on Monday, the monitor said. Among the victims "
        "were 4 women, 9 children and 2 medics.",
        published="2016-02-10",
    )
    assert list(zip(claims.value, claims.casualty_group, claims.speaker, strict=True)) == [
        (30.0, "people", "the monitor"), (4.0, "women", "the monitor"),
        (9.0, "children", "the monitor"), (2.0, "medics", "the monitor"),
    ]  # fmt: skip


def test_a_verb_after_a_comma_that_takes_its_own_figure_is_not_this_one_s():
    claims = extract_claims(
        "The war has claimed the lives of over 300,000 people, injured 1.5 million and "
        "displaced millions.",
        published="2016-02-10",
    )
    assert claims.subtype.tolist() == ["killed", "injured"]


def test_a_list_after_a_colon_breaks_the_casualty_figure_before_it_down():
    claims = extract_claims(
        "The fighting left 70 dead on both sides: 40 government troops, 20 civilians and 10 "
        "rebels, the monitor said.",
        published="2016-02-10",
    )
    assert list(zip(claims.value, claims.kind, claims.casualty_group, strict=True)) == [
        (70.0, "casualties", ""), (40.0, "casualties", "soldiers"),
        (20.0, "casualties", "civilians"), (10.0, "casualties", "militants"),
    ]  # fmt: skip
    # A force broken down stays a force; a clause after the colon is no list.
    claims = extract_claims(
        "Russia has 4,000 personnel in Syria: 2,000 troops and 2,000 airmen.",
        published="2016-02-10",
    )
    assert set(claims.kind) == {"fighters"}
    claims = extract_claims(
        "Clashes killed 12 people: the army then sent 300 soldiers to the town.",
        published="2016-02-10",
    )
    assert claims.kind.tolist() == ["casualties", "fighters"]
    # A colon after a speech verb, or an item with a verb of its own, breaks nothing down.
    claims = extract_claims(
        "The rebels lost 20 fighters in the clashes, their commander said: 2,000 fighters remain.",
        published="2016-02-10",
    )
    assert claims.kind.tolist() == ["casualties", "fighters"]
    claims = extract_claims(
        "Jets killed 70 people: 300 troops were then sent to the town.", published="2016-02-10"
    )
    assert claims.kind.tolist() == ["casualties", "fighters"]
    # The whole may be written in words; an item may say where or whose.
    for sentence in (
        "The fighting left seventy dead on both sides: 40 government troops and 30 rebels.",
        "The fighting left 70 dead: 40 troops from the army's 4th division and 30 rebels.",
    ):
        claims = extract_claims(sentence, published="2016-02-10")
        assert claims.kind.tolist() == ["casualties"] * 3, sentence


@pytest.mark.parametrize(
    "sentence",
    ["Two crew members were killed in the crash.", "Two of the three crew were killed.",
     "The helicopter came down, and two crewmen died."],
)  # fmt: skip
def test_an_aircraft_s_crew_are_people(sentence):
    claims = extract_claims(sentence, published="2016-02-10")
    assert list(zip(claims.value, claims.casualty_group, claims.subtype, strict=True)) == [
        (2.0, "crew", "killed")
    ]


def test_what_is_usual_or_possible_is_no_claim():
    for sentence in (
        "A motor rifle battalion typically consists of 400 to 500 soldiers.",
        "An Su-34 can carry up to 8 tonnes of bombs.",
        "A brigade normally has 3,000 soldiers.",
        "A Syrian army battalion is typically made up of 500 troops.",
        "The bombers, which are able to carry 12 tonnes each, flew from Mozdok.",
    ):
        assert claims_of(sentence).empty, sentence
    # The word must be in the figure's own clause.
    row = one("Usually quiet, the town was hit by 12 air strikes on Monday.")
    assert (row.kind, row.value) == ("strikes", 12)
    row = one("The Su-34, which can carry 8 tonnes of bombs, flew 20 sorties on Monday.")
    assert (row.kind, row.value) == ("sorties", 20)
    # An adverb that describes no verb of size says nothing of the figure.
    row = one("The generally reliable Syrian Observatory said 45 civilians were killed in Douma.")
    assert (row.kind, row.value) == ("casualties", 45)
    row = one("Air strikes on the usually busy market in Douma killed 30 people.")
    assert (row.kind, row.value) == ("casualties", 30)


@pytest.mark.parametrize(
    ("sentence", "subtype"),
    [
        # The loss verb heads a list whose first item is of no kind ("missiles").
        ("Air defences destroyed 36 missiles and 64 drones overnight.", "lost"),
        ("Air defences shot down 5 cruise missiles, 12 drones overnight.", "lost"),
        # Without a loss verb before the first item, the list is a fleet's.
        ("Russia has 40 tanks and 64 drones at the base.", ""),
        ("Russia launched 43 missiles and 64 drones overnight.", ""),
        # The next item with a verb of its own is no object of the loss verb.
        ("Russian jets destroyed 20 tanks and 12 aircraft took off from the base.", ""),
    ],
)
def test_the_next_item_after_a_count_a_loss_verb_heads_is_a_loss(sentence, subtype):
    claims = extract_claims(sentence, published="2016-02-10")
    assert claims[claims.kind == "aircraft"].subtype.tolist() == [subtype], sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A headline's present tense of a loss, and of a briefing's fate.
        ("Ukraine downs all 29 drones during overnight attack, air force says",
         (29.0, "aircraft", "lost")),
        ("Turkish forces 'neutralize' 5 PKK terrorists in N. Iraq", (5.0, "casualties", "killed")),
        ("Army Neutralizes 5 Terrorists", (5.0, "casualties", "killed")),
        # A part of the machines named by their loss.
        ("Air defence systems destroyed 21 of the drones.", (21.0, "aircraft", "lost")),
        # A ratio of machines lost counts the part, as "two of three drones" does.
        ("Air defences shot down two out of three Shahed drones.", (2.0, "aircraft", "lost")),
        ("Air Defence Destroys 28 Out Of 31 Drones", (28.0, "aircraft", "lost")),
        # Drone reports' modifiers, and a briefing's verb of loss for machines.
        ("Ukraine shot down 11 Shahed one-way combat drones.", (11.0, "aircraft", "lost")),
        ("Air defences neutralized 11 kamikaze drones.", (11.0, "aircraft", "lost")),
        # Strike releases engage their targets.
        ("Near Raqqa, nine strikes engaged three ISIL tactical units.", (3.0, "targets", "")),
    ],
)  # fmt: skip
def test_briefing_and_headline_verbs_of_loss_and_strikes(sentence, expected):
    claims = extract_claims(sentence, published="2016-02-10")
    assert expected in list(zip(claims.value, claims.kind, claims.subtype, strict=True))


@pytest.mark.parametrize(
    "sentence",
    [
        "Pilots were trained to destroy 12 jets in exercises.",  # an aim, not a loss
        "Troops neutralise 40 explosive devices.",  # things, not people
        "Turkey has 17 of the jets.",  # a part with no loss
        "The company engaged three workshops to build the bridges.",  # no war near
        "Two out of three voters backed the plan.",  # a share of people, no count
        "Three suicide bombers blew themselves up.",  # no aircraft
    ],
)
def test_those_verbs_do_not_count_aims_things_or_hires(sentence):
    claims = extract_claims(sentence, published="2016-02-10")
    assert "lost" not in claims.subtype.tolist() and "killed" not in claims.subtype.tolist()
    assert "targets" not in claims.kind.tolist()


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("The UN has verified 10,000 civilian deaths in Ukraine.", "civilians"),
        ("The army reported 30 militant deaths.", "militants"),
        ("The monitor documented 12 civilian fatalities.", "civilians"),
    ],
)
def test_a_group_word_before_deaths_names_whose_deaths(sentence, group):
    claims = extract_claims(sentence, published="2016-02-10")
    assert list(zip(claims.subtype, claims.casualty_group, strict=True)) == [("killed", group)]


def test_every_item_of_a_list_of_losses_counts_losses():
    claims = extract_claims(
        "Air defences shot down 14 drones over the Kursk Region, 9 over the Oryol Region and "
        "five drones over Crimea, the ministry said.",
        published="2016-02-10",
    )
    assert list(zip(claims.value, claims.kind, claims.subtype, strict=True)) == [
        (14.0, "aircraft", "lost"), (9.0, "aircraft", "lost"), (5.0, "aircraft", "lost"),
    ]  # fmt: skip
    # "over" places an item of a list of losses only: here 10 drones are no figure of a kind.
    claims = extract_claims(
        "Russia launched 50 drones overnight; Ukraine said 10 over Kyiv landed in fields.",
        published="2016-02-10",
    )
    assert claims.value.tolist() == [50.0]
    # A fleet listed after a loss is no loss: its item has a verb of its own.
    claims = extract_claims(
        "Turkey shot down 2 jets on Monday, and Russia keeps 30 jets at the base.",
        published="2016-02-10",
    )
    assert claims.subtype.tolist() == ["lost", ""]


def test_what_strike_releases_list_as_destroyed_are_targets():
    claims = extract_claims(
        "Near Raqqa, four strikes destroyed two buildings, three oil wellheads and a staging "
        "area, and two heavy machine guns.",
        published="2016-02-10",
    )
    assert list(zip(claims.value, claims.kind, strict=True)) == [
        (4.0, "strikes"), (2.0, "targets"), (3.0, "targets"), (1.0, "targets"), (2.0, "targets"),
    ]  # fmt: skip
    # Without a verb of destruction they count nothing.
    assert extract_claims("The base has 40 buildings and 3 wells.", published="2016-02-10").empty


@pytest.mark.parametrize(
    "sentence",
    [
        # A passive verb after the last item destroys every item, in digits or words.
        "Two trucks, nine motorcycles, 4 bunkers were also destroyed in the raid, police said.",
        "In the raid, 2 trucks and nine motorcycles were destroyed, police said.",
        # "knocked down" destroys buildings as "knocked out" does.
        "The jets knocked down 2 command buildings and 9 bunkers, the army said.",
    ],
)
def test_a_list_of_things_destroyed_counts_every_item(sentence):
    claims = extract_claims(sentence, published="2016-02-10")
    assert claims.kind.tolist()[:2] == ["targets", "targets"]
    assert claims.value.tolist()[:2] == [2.0, 9.0]


def test_a_release_s_list_of_what_its_targets_included_counts_every_item():
    claims = extract_claims(
        "Near Raqqa, four strikes hit an ISIS unit. Targets there included 12 fighting "
        "positions, three buildings and two tunnel entrances.",
        published="2016-02-10",
    )
    assert list(zip(claims.value, claims.kind, strict=True)) == [
        (4.0, "strikes"), (12.0, "targets"), (3.0, "targets"), (2.0, "targets"),
    ]  # fmt: skip
    # A base's buildings that nothing hit are none.
    assert extract_claims("The base included 12 buildings.", published="2016-02-10").empty


def test_sea_drones_and_self_defense_strikes_are_counted_with_their_modifiers():
    claims = extract_claims(
        "US forces destroyed five Houthi uncrewed surface vessels in the Red Sea. AFRICOM "
        "conducted three collective self-defense airstrikes near Hobyo.",
        published="2024-05-01",
    )
    assert list(zip(claims.value, claims.kind, strict=True)) == [
        (5.0, "targets"), (3.0, "strikes")
    ]  # fmt: skip


def test_a_personnel_carrier_is_a_vehicle_not_personnel():
    claims = extract_claims(
        "Troops destroyed one armored personnel carrier near the town, the army said.",
        published="2016-02-10",
    )
    assert list(zip(claims.kind, claims.value, strict=True)) == [("targets", 1.0)]


def test_a_running_total_written_figure_first_is_a_toll_with_its_own_period():
    claims = extract_claims(
        "At least six civilians were killed on Tuesday, medics said, bringing to 25 the number "
        "of people killed in the village in three days.",
        published="2016-06-11",
    )
    assert list(zip(claims.value, claims.subtype, claims.period_text, strict=True)) == [
        (6.0, "killed", ""), (25.0, "killed", "in three days"),
    ]  # fmt: skip
    claims = extract_claims("Medics treated 12, raising to 40 the number of wounded.")
    assert list(zip(claims.value, claims.subtype, strict=True)) == [(40.0, "injured")]
    # A total of something else counts no one, nor one of the killed and wounded together.
    for text in (
        "Rebels seized 3 towns, bringing to 12 the number of towns held.",
        "Rebels shelled the town, raising to 14 the toll of attacks this month.",
        "A mortar hit the school, bringing to 7 the number of children killed and wounded.",
    ):
        assert extract_claims(text).empty, text


def test_an_adverb_of_degree_before_the_fate_keeps_it():
    claims = extract_claims("The blast killed two people and left eight others heavily wounded.")
    assert claims.subtype.tolist() == ["killed", "injured"]
    # "mortally wounded" is one fate, the dead's.
    assert extract_claims("Two soldiers were mortally wounded.").subtype.tolist() == ["killed"]


def test_a_name_with_a_bracketed_acronym_may_stand_between_a_figure_and_its_noun():
    claims = extract_claims(
        "Turkish jets struck 13 Kurdistan Workers Party (PKK) targets in Iraq, the army said."
    )
    assert list(zip(claims.value, claims.kind, strict=True)) == [(13.0, "targets")]
    claims = extract_claims("Jets killed 20 Islamic State (IS) militants, the army said.")
    assert list(zip(claims.value, claims.casualty_group, strict=True)) == [(20.0, "militants")]
    # Several acronyms, with the names it went by before.
    for sentence in (
        "Jets hit 40 Islamic State (IS, formerly ISIS/ISIL) targets in Syria, the ministry said.",
        "Jets hit 40 Islamic State (ISIS, also known as ISIL) targets, the ministry said.",
    ):
        claims = extract_claims(sentence)
        assert list(zip(claims.value, claims.kind, strict=True)) == [(40.0, "targets")], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Air defences shot down all 31 drones launched overnight, the ministry said.",
        "The ministry said 3 people died, with air defences destroying 17 drones overnight.",
        "Air defences eliminated nine unmanned aerial vehicles, the ministry said.",
    ],
)
def test_aircraft_eliminated_destroyed_or_shot_down_all_are_losses(sentence):
    claims = extract_claims(sentence, published="2016-05-02")
    aircraft = claims[claims.kind == "aircraft"]
    assert aircraft.subtype.tolist() == ["lost"]


def test_intercepting_jets_and_a_capability_are_no_losses():
    claims = extract_claims(
        "Two Russian jets intercepted a US reconnaissance plane, the Pentagon said.",
        published="2016-05-02",
    )
    assert claims.subtype.tolist() == [""]
    # One drone intercepted is one lost, as a count of them is.
    claims = extract_claims(
        "Air defences intercepted a drone over the port on Monday, the army said.",
        published="2016-05-02",
    )
    assert list(zip(claims.value, claims.subtype, strict=True)) == [(1.0, "lost")]
    claims = extract_claims(
        "The system is capable of destroying 40 aircraft at once, the ministry said.",
        published="2016-05-02",
    )
    assert claims.empty


def test_a_part_of_a_toll_takes_the_toll_s_fate_not_a_verb_shared_after_it():
    claims = extract_claims(
        "The strikes killed 30 people including 8 children and 60 people were wounded."
    )
    assert list(zip(claims.value, claims.subtype, strict=True)) == [
        (30.0, "killed"), (8.0, "killed"), (60.0, "injured"),
    ]  # fmt: skip
    # Coordinated counts with no toll before them still share the verb after them.
    claims = extract_claims("Officials said 40 soldiers and 18 insurgents were wounded.")
    assert claims.subtype.tolist() == ["injured", "injured"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A fate in scare quotes after its auxiliary, straight or curly.
        (
            "The army said 44 militants were \u201cneutralized\u201d in the raid.",
            [(44.0, "killed")],
        ),
        ('The army said 44 militants were "neutralised" in the raid.', [(44.0, "killed")]),
        # The next item of a list after a counted noun shares its fate.
        (
            "The group documented the deaths of 1,984 children and 1,237 women.",
            [(1984.0, "killed"), (1237.0, "killed")],
        ),
        ("The number of the dead rose to 42, medics said.", [(42.0, "killed")]),
        ("The monitor placed the death toll closer to 180.", [(180.0, "killed")]),
    ],
)
def test_more_toll_wordings_from_wire_and_monitor_copy(sentence, expected):
    claims = extract_claims(sentence, published="2016-02-10")
    assert list(zip(claims.value, claims.subtype, strict=True)) == expected


def test_a_part_of_aircraft_shot_down_is_the_loss_and_the_whole_the_aircraft_that_came():
    for sentence in (
        "Ukraine shot down 30 of 35 drones launched overnight, the air force said.",
        "Air defences destroyed 30 of the 35 drones, the ministry said.",
        "Air defences destroyed 30 out of 35 Shahed drones, the ministry said.",
    ):
        claims = extract_claims(sentence, published="2016-02-10")
        rows = list(zip(claims.value, claims.kind, claims.subtype, claims.basis, strict=True))
        # The whole is the attack's count, an event like the loss: never a fleet's size.
        assert rows == [
            (30.0, "aircraft", "lost", "unspecified"),
            (35.0, "aircraft", "", "unspecified"),
        ], sentence
    # A part of people leaves its whole no count of its own.
    claims = extract_claims("Rebels killed 3 of 12 soldiers at the checkpoint.")
    assert claims.value.tolist() == [3.0]
    # More after the part counts more of the part, not of the whole.
    claims = extract_claims("Ukraine shot down 30 of 35 drones, and another 3 over Kyiv.")
    assert list(zip(claims.value, claims.subtype, strict=True)) == [
        (30.0, "lost"), (35.0, ""), (3.0, "lost")
    ]  # fmt: skip


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia attacked with 28 drones overnight, 22 of which were shot down.",
        "Russia launched 28 drones overnight. 22 of them were shot down, the air force said.",
        "Russian forces struck Odesa with 28 drones, and 22 of them had been destroyed.",
    ],
)
def test_aircraft_launched_or_attacked_with_and_a_part_of_them_shot_down(sentence):
    claims = extract_claims(sentence, published="2024-03-15")
    rows = list(zip(claims.value, claims.kind, claims.subtype, claims.basis, strict=True))
    assert rows == [
        (28.0, "aircraft", "", "unspecified"),
        (22.0, "aircraft", "lost", "unspecified"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Drones by their type's name.
        ("Air defences managed to shoot down all 24 Shaheds overnight, the air force said.",
         [(24.0, "lost")]),
        ("Overnight, 33 Shaheds were shot down over the Kyiv region.", [(33.0, "lost")]),
        # ... and by their designation.
        ("Air defences shot down 24 Shahed-136s overnight, the air force said.",
         [(24.0, "lost")]),
        ("Russia launched 12 Geran-2 drones at the port overnight.", [(12.0, "")]),
        # A part that "of which" refers back from, by its type.
        ("Russia attacked with 30 drones, 20 of which were Shaheds, the air force said.",
         [(30.0, ""), (20.0, "")]),
        # A part named after "of which", before its own figure.
        ("Russia attacked with 40 drones, of which 11 were downed, the air force said.",
         [(40.0, ""), (11.0, "lost")]),
        # More of them lost after the figure of those shot down.
        ("Air defenses shot down 61 drones, while 20 others were lost to jamming.",
         [(61.0, "lost"), (20.0, "lost")]),
        # A part of a loss that "including" opens is lost too; a part of a fleet is not.
        ("Air defences downed 12 drones overnight, including four Shaheds over Kyiv.",
         [(12.0, "lost"), (4.0, "lost")]),
        ("Russia keeps 300 drones in reserve, including 40 Shaheds.", [(300.0, ""), (40.0, "")]),
    ],
)  # fmt: skip
def test_drones_by_type_and_a_part_downed_after_of_which(sentence, expected):
    claims = extract_claims(sentence, published="2024-03-15")
    assert set(claims.kind) == {"aircraft"}
    assert list(zip(claims.value, claims.subtype, strict=True)) == expected


@pytest.mark.parametrize(
    ("sentence", "subtype"),
    [
        # Interceptions are losses, an adverb between the auxiliary and the verb or not.
        ("The Russian Defense Ministry said it intercepted 16 Ukrainian drones on Friday.",
         "lost"),
        ("The ministry stated that 23 Ukrainian drones were allegedly intercepted.", "lost"),
        ("Overnight, air defense systems on duty disabled 28 Ukrainian drones.", "lost"),
        ("Air defences said 14 drones were knocked down over the region.", "lost"),
        ("Mobile fire groups knocked down 14 attack drones over the region.", "lost"),
        ("The air force said 9 Shahed drones were neutralized over the south.", "lost"),
        ("Air defence units destroyed the 12 drones over the region.", "lost"),
        ("The destroyer shot down two uncrewed aerial systems over the sea.", "lost"),
        # Fighters that intercept manned aircraft escort them away: an event, no loss.
        ("Four Turkish F-16s intercepted two Russian bombers near the border on Tuesday.", ""),
        ("Allied jets intercepted 3 Russian fighter jets over the sea on Monday.", ""),
        # A verb of attack with its aircraft as instrument, six words apart.
        ("The Houthis said they targeted two ships in the Red Sea with 12 drones on Tuesday.",
         ""),
        # A later item of a list launched is launched too.
        ("Russia launched five missiles and 12 kamikaze drones at Ukraine overnight.", ""),
        # A whole followed by its part downed is the attack's count.
        ("The air force reported a total of 31 drones, 23 of which were shot down.", ""),
    ],
)  # fmt: skip
def test_interceptions_launch_lists_and_wholes_of_a_loss_are_events(sentence, subtype):
    claims = extract_claims(sentence, published="2024-03-08")
    # The missiles a list launches with the drones are an event of their own kind too.
    assert set(claims[claims.kind == "missiles"].basis) <= {"unspecified"}
    first = claims[claims.kind == "aircraft"].iloc[0]
    assert (first["kind"], first["subtype"], first["basis"]) == (
        "aircraft",
        subtype,
        "unspecified",
    )
    assert first["scope"] == "incident"


def test_vehicles_a_raid_destroyed_and_a_bare_count_of_drones_downed():
    claims = extract_claims(
        "The strikes also destroyed five cars, six motorcycles and four heavy machine guns in "
        "the province, according to the statement.",
        published="2017-06-28",
    )
    assert list(zip(claims.value, claims.kind, strict=True)) == [
        (5.0, "targets"), (6.0, "targets"), (4.0, "targets")
    ]  # fmt: skip
    # Not without a verb of destruction: cars parked are no targets.
    assert extract_claims("Some 20 cars were parked near the strike site.").empty
    claims = extract_claims(
        "Russia launched 40 drones overnight, the ministry said. Fifteen were destroyed over "
        "the southern Volgograd region.",
        published="2024-03-08",
    )
    assert list(zip(claims.value, claims.subtype, strict=True)) == [(40.0, ""), (15.0, "lost")]


def test_a_day_and_a_year_before_a_noun_of_machines_count_none():
    claims = extract_claims("On 2 March 2016 jets struck the town.", published="2016-03-15")
    assert claims.empty


@pytest.mark.parametrize(
    "sentence",
    [
        # The loss word before the list's first item, however many items between.
        "Air defences shot down 12 JDAM guided aerial bombs, 3 HIMARS rockets and 176 "
        "unmanned aerial vehicles over the past week, the ministry said.",
        # After its last item's noun.
        "In total, 593 aircraft, 270 helicopters and 23,917 unmanned aerial vehicles have "
        "been destroyed, the ministry said.",
    ],
)
def test_every_aircraft_item_of_a_list_of_losses_is_lost(sentence):
    claims = extract_claims(sentence, published="2024-03-15")
    aircraft = claims[claims.kind == "aircraft"]
    assert len(aircraft) >= 1 and set(aircraft.subtype) == {"lost"}


def test_a_perfect_before_a_list_counts_every_item_up_to_the_report():
    claims = extract_claims(
        "Russia has also lost 7,449 tanks, 14,337 armored fighting vehicles, 357 airplanes and "
        "326 helicopters, the General Staff said.",
        published="2024-03-15",
    )
    assert list(zip(claims.value, claims.subtype, claims.scope, strict=True)) == [
        (7449.0, "", "campaign"), (14337.0, "", "campaign"),  # equipment lost: targets
        (357.0, "lost", "campaign"), (326.0, "lost", "campaign"),
    ]  # fmt: skip


def test_a_model_number_before_a_singular_machine_is_no_count():
    claims = extract_claims(
        "Hezbollah said it shot down a Hermes 900 drone, and Israel said it downed 3 drones.",
        published="2024-03-15",
    )
    # The model's number counts nothing; its article counts one drone lost.
    assert claims.value.tolist() == [1.0, 3.0]


@pytest.mark.parametrize(
    "items",
    [
        "27 UAVs over the Rostov Region, eight over the Bryansk Region and six over the "
        "Astrakhan Region",
        # As translated briefings write it.
        "27 UAVs over the territory of the Rostov Region, eight - over the territory of the "
        "Bryansk Region, six - over the territory of the Astrakhan Region",
    ],
)
def test_a_breakdown_of_drones_downed_after_a_colon_is_lost_region_by_region(items):
    claims = extract_claims(
        f"Drones downed\n\nAir defense systems destroyed 55 Ukrainian UAVs overnight: {items}, "
        "the ministry said.",
        published="2024-09-27",
    )
    rows = list(zip(claims.value, claims.subtype, claims.place, strict=True))
    assert rows == [
        (55.0, "lost", ""),
        (27.0, "lost", "Rostov province"),
        (8.0, "lost", "Bryansk province"),
        (6.0, "lost", "Astrakhan province"),
    ]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("The Syrian army said it destroyed a Turkish drone over Idlib on Monday.", 1.0),
        ("A US MQ-9 Reaper drone was shot down over Yemen, the Houthis said.", 1.0),
        ("Turkish jets shot down a Russian Su-24 bomber near the border.", 1.0),
        # A noun the same in the plural, and a machine named by its role.
        ("Turkey said it shot down a Russian aircraft over Hatay.", 1.0),
        ("A Syrian aircraft was shot down near the border, the army said.", 1.0),
        ("Ukraine said it shot down a Russian Beriev A-50 surveillance plane on Sunday.", 1.0),
        ("Ukraine said it downed two Russian early-warning planes.", 2.0),
        # Lost in a relative clause, before a time word, by designation and a noun after it,
        # and made somewhere, its hyphen stripped.
        ("The army said a helicopter that was shot down near Afrin fell in a field.", 1.0),
        ('"We lost a helicopter today," the minister said.', 1.0),
        ("A MiG-29 fighter was downed near the front, the ministry said.", 1.0),
        ("Its air defences shot down a Chinese made Wing Loong drone south of the city.", 1.0),
        ("Air defences downed two Turkish made Bayraktar drones over the capital.", 2.0),
        # A count before a model named by a word and a number: the model's number counts none.
        ("Israeli forces shot down 3 Hermes 900 drones over the border, the group said.", 3.0),
        ("The air force said it lost 3 Boeing 737 planes in the raid.", 3.0),
    ],
)
def test_machines_lost_are_counted_by_their_article_or_before_their_model(sentence, count):
    claims = extract_claims(sentence, published="2024-03-15")
    assert list(zip(claims.value, claims.kind, claims.subtype, strict=True)) == [
        (count, "aircraft", "lost")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The makers' people may stand between the count and the designation.
        ("The plane was warned 10 times by two Turkish F-16s before they opened fire.",
         (2.0, "Turkish F-16s")),
        ("The army said four Israeli F-35s struck the port.", (4.0, "Israeli F-35s")),
        ("The army said four F-35s struck the port.", (4.0, "F-35s")),
    ],
)  # fmt: skip
def test_aircraft_counted_by_designation_after_their_peoples_word(sentence, expected):
    claims = extract_claims(sentence, published="2024-03-15")
    aircraft = claims[claims.kind == "aircraft"]
    assert list(zip(aircraft.value, aircraft.what, strict=True)) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The machines that shot another down are no loss: a verb with no auxiliary and an
        # object after it.
        ("Two F-16s shot down a Russian jet near the border, the army said.",
         [(2.0, ""), (1.0, "lost")]),
        ("Two Turkish F-16s shot down a Russian Su-24 near the border, the army said.",
         [(2.0, ""), (1.0, "lost")]),
        # With no object, or with an auxiliary, they are the loss.
        ("Two drones shot down near the border, the army said.", [(2.0, "lost")]),
        ("Two F-16s were shot down near the border, the army said.", [(2.0, "lost")]),
        # A relative pronoun with no auxiliary is the shooter's clause.
        ("Two F-16s that shot down a Russian jet over Latakia returned to base.",
         [(2.0, ""), (1.0, "lost")]),
        ("Two F-16s that were shot down had crossed the border.", [(2.0, "lost")]),
    ],
)  # fmt: skip
def test_machines_that_shoot_another_down_are_no_loss(sentence, expected):
    claims = extract_claims(sentence, published="2016-03-01")
    assert list(zip(claims.value, claims.subtype, strict=True)) == expected


def test_an_article_counts_no_machine_that_is_no_loss_or_is_part_of_another_noun():
    for sentence in (
        "Jets destroyed a drone factory near Homs.",  # a factory, no drone
        "A drone flew over the city on Monday.",  # no loss
        "Air defences shot down a further 12 drones.",  # the figure counts
    ):
        claims = extract_claims(sentence, published="2024-03-15")
        assert 1.0 not in claims.value.tolist(), sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Launched: an event; a part of them downed: lost; drones beside them their own kind.
        ("Russia launched 38 missiles and 40 drones overnight; air defenses downed 30 of the "
         "missiles, the air force said.",
         [(38.0, "missiles", "", "unspecified"), (40.0, "aircraft", "", "unspecified"),
          (30.0, "missiles", "lost", "unspecified")]),
        ("Russia launched 38 missiles overnight. Air defenses downed 30 of them.",
         [(38.0, "missiles", "", "unspecified"), (30.0, "missiles", "lost", "unspecified")]),
        ("Hezbollah fired 320 Katyusha rockets at northern Israel on Sunday.",
         [(320.0, "missiles", "", "unspecified")]),
        ("Air defences intercepted 12 cruise missiles over Kyiv.",
         [(12.0, "missiles", "lost", "unspecified")]),
        # A stock is a snapshot.
        ("Russia has about 900 Iskander missiles in stock, analysts said.",
         [(900.0, "missiles", "", "snapshot")]),
        # A rocket attack's toll counts people, not rockets.
        ("A rocket attack killed three people in Sderot.",
         [(3.0, "casualties", "killed", "unspecified")]),
    ],
)  # fmt: skip
def test_missiles_and_rockets_fired_are_their_own_kind(sentence, expected):
    claims = extract_claims(sentence, published="2024-03-15")
    rows = list(zip(claims.value, claims.kind, claims.subtype, claims.basis, strict=True))
    assert rows == expected


def test_a_list_item_after_aircraft_keeps_their_day():
    """ "and 3 missiles" joins a list, not a clause: "overnight" after it dates the drones."""
    claims = extract_claims(
        "Russia launched 28 drones and 3 missiles overnight, of which 22 drones were destroyed.",
        published="2024-03-15",
    )
    assert list(zip(claims.value, claims.kind, strict=True)) == [
        (28.0, "aircraft"), (3.0, "missiles"), (22.0, "aircraft")
    ]  # fmt: skip
    assert set(claims.event_day) == {pd.Timestamp("2024-03-14")}


# Clauses that name a lost machine or nearly do: filler, a loss word, an article, words before
# the machine, its noun or designation, a passive verb, and what ends the clause.
_MACHINE_CLAUSES = st.tuples(
    st.sampled_from(["", "Forces said ", "x" * 60 + " ", "word " * 30, "\n\n"]),
    st.sampled_from(["", "shot down", "destroyed", "intercepted", "lost", "hit"]),
    st.sampled_from([" a ", " an ", "A ", " the ", " 12 ", ""]),
    st.sampled_from(["", "Russian ", "old Turkish army ", "very " * 6]),
    st.sampled_from(
        [
            "drone",
            "fighter jet",
            "Su-24 bomber",
            "MQ-9",
            "Shahed-136",
            "reconnaissance plane",
            "armoured vehicle",
            "factory",
        ]
    ),
    st.sampled_from(["", " was shot down", " has been downed", " had been"]),
    st.sampled_from([". ", ", ", " near Idlib", " over", " and ", "", " which "]),
).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_MACHINE_CLAUSES, max_size=12).map("".join))
def test_single_machines_read_near_machine_words_are_those_of_a_whole_text_scan(text):
    # The pattern of one machine lost is tried only within its reach of a machine's word: it
    # must find just what a scan of the whole text finds.
    mentions = figures_lib.numbers.find(text)
    starts = [mention.start for mention in mentions]
    whole = []
    for kind in lexicon().kinds.values():
        if kind.single_lost is None or kind.lost_before is None:
            continue
        for found in kind.single_lost.finditer(text):
            start, end = found.span("article")
            if bisect.bisect_left(starts, start) == bisect.bisect_left(starts, found.end()):
                whole.append((start, end))
    ones = {(m.start, m.end) for m in mentions}
    read = [(m.start, m.end) for m in _with_single_machines(text, mentions)]
    assert sorted(set(read) - ones) == sorted(set(whole) - ones)


def test_a_machine_lost_far_into_a_long_text_is_counted():
    filler = "A convoy moved along a road near a village, and an official spoke to a crowd. " * 40
    text = filler + "Turkish jets shot down a Russian Su-24 bomber near the border. " + filler
    claims = extract_claims(text, published="2024-03-15")
    assert list(zip(claims.value, claims.kind, claims.subtype, strict=True)) == [
        (1.0, "aircraft", "lost")
    ]


@pytest.mark.parametrize(
    ("sentence", "kind", "values"),
    [
        # A list's item may carry "and other ..." and a name in quotes, before its passive verb.
        ('During the fighting, 22 tanks and other armored vehicles, 15 artillery units, 4 "Osa" '
         'and 1 "Kub" air defence systems and 2 ammunition depots of the enemy were destroyed, '
         "the ministry said.", "targets", [22.0, 15.0, 1.0, 2.0]),
        ("The enemy lost 130 tanks and other armored vehicles, 200 artillery units and 25 air "
         "defence units, the ministry said.", "targets", [130.0, 200.0, 25.0]),
        # Weapons and sites as briefings name them.
        ("Coalition strikes destroyed seven ISIL Humvees near Mosul.", "targets", [7.0]),
        ("NATO jets hit two airfields and 12 command and control nodes overnight.", "targets",
         [2.0, 12.0]),
        ("Iraq has fired 61 Scuds since the war began, the Pentagon said.", "missiles", [61.0]),
        # A part named by its role: "strike" describes the sorties.
        ("Allied aircraft flew 1,021 sorties, 392 of them strike sorties, NATO said.", "sorties",
         [1021.0, 392.0]),
    ],
)  # fmt: skip
def test_briefing_lists_of_weapons_sites_and_missions(sentence, kind, values):
    claims = extract_claims(sentence, published="2015-10-12")
    assert claims.kind.unique().tolist() == [kind]
    assert claims.value.tolist() == values


def test_a_toll_broken_down_after_a_dash_gives_its_parts_the_tolls_fate():
    claims = extract_claims(
        "The death toll stands at 557 \u2014 502 civilians and 27 soldiers.",
        published="2006-08-10",
    )
    assert list(zip(claims.value, claims.kind, claims.casualty_group, strict=True)) == [
        (557.0, "casualties", ""), (502.0, "casualties", "civilians"),
        (27.0, "casualties", "soldiers"),
    ]  # fmt: skip
    assert set(claims.subtype) == {"killed"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A part of the things destroyed, after "including".
        ("The strikes destroyed seven armored vehicles, including three tanks, the ministry "
         "said.", [(7.0, "targets", ""), (3.0, "targets", "")]),
        # Guerrillas are militants, border guards soldiers.
        ("Israeli troops captured five Hezbollah guerrillas in the raid.",
         [(5.0, "casualties", "militants")]),
        ("Three Saudi border guards were wounded by mortar fire.",
         [(3.0, "casualties", "soldiers")]),
        # A part of the fallen: "15 of the dead".
        ("He said Russian peacekeepers accounted for 15 of the dead.",
         [(15.0, "casualties", "")]),
        # But not when something else befalls them after.
        ("The raid killed 40 people. 12 of the dead were identified by relatives.",
         [(40.0, "casualties", "people")]),
        ("He said 16 of the dead were from the Sunni community.", [(16.0, "casualties", "")]),
        # The fallen a part refers back to may be placed: "Among the dead in Kafr Nabl".
        ("The strike killed 40 people. Among the dead in Kafr Nabl were 12 children.",
         [(40.0, "casualties", "people"), (12.0, "casualties", "children")]),
    ],
)  # fmt: skip
def test_parts_of_things_destroyed_and_of_the_fallen(text, expected):
    claims = extract_claims(text, published="2015-10-12")
    assert list(zip(claims.value, claims.kind, claims.casualty_group, strict=True)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A running count's adverb inside the passive.
        ("Six soldiers have so far been martyred in the operation, the army said.",
         [(6.0, "casualties", "killed")]),
        # An adverb between the fallen the sentence refers back to and its verb.
        ("Strikes killed 300 people, the monitor said. The dead also included 243 fighters.",
         [(300.0, "casualties", "killed"), (243.0, "casualties", "killed")]),
        # A headline's plural verb of loss.
        ("Air defences down 23 drones over Kyiv", [(23.0, "aircraft", "lost")]),
        ("Drone launches were down 14 from last week.", []),
    ],
)  # fmt: skip
def test_adverbs_inside_a_fate_and_a_headlines_plural_loss(text, expected):
    claims = extract_claims(text, published="2015-10-12")
    assert list(zip(claims.value, claims.kind, claims.subtype, strict=True)) == expected


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # A clause whose subject is the targets hit lists them after its verb.
        ("Among the targets were four mobile missile launchers near Sanaa, he added.", [4.0]),
        ("Key targets hit near Tripoli during the week included 12 command and control nodes, "
         "four ammunition storage facilities and seven surface-to-air missile launchers.",
         [12.0, 4.0, 7.0]),
        ("The strikes destroyed 12 self-propelled howitzers.", [12.0]),
        # The things a convoy or a column is of.
        ("Su-34 bombers destroyed a convoy of 23 fuel tankers heading for the border.", [23.0]),
        ("Jets hit a column of 12 tanks near Homs.", [12.0]),
        # Not targets of a strike: no war words near them.
        ("Among the targets of the protests were 12 banks.", []),
    ],
)  # fmt: skip
def test_targets_listed_after_the_targets_hit_or_after_a_convoy_of(text, values):
    claims = extract_claims(text, published="2011-06-21")
    assert claims[claims.kind == "targets"].value.tolist() == values


@pytest.mark.parametrize(
    ("text", "kind", "values"),
    [
        # Translated briefings keep the verb first, then the enemy or the total.
        ("Also destroyed of the enemy 14 tanks and 9 artillery systems, the General Staff "
         "reported.", "targets", [14.0, 9.0]),
        ("Air strikes destroyed in total 40 vehicles of the militants.", "targets", [40.0]),
        ("The aviation liquidated of the enemy 120 militants near Palmyra.", "casualties",
         [120.0]),
        # An inverted passive puts the verb before "were".
        ("Also destroyed were 14 tanks and 9 armoured vehicles in the strikes.", "targets",
         [14.0, 9.0]),
        # A verb that counts nothing, before "were": no target.
        ("The positions the army held were 14 and the troops built 9 trenches.", "targets", []),
    ],
)  # fmt: skip
def test_a_verb_first_past_the_enemy_a_total_or_an_inverted_were(text, kind, values):
    claims = extract_claims(text, published="2016-03-02")
    assert claims[claims.kind == kind].value.tolist() == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # A machine's noun in the singular, or the same in the plural, before a plural noun
        # only describes it: carriers are ships, crews are people.
        ("The navy sent two aircraft carriers to the region.", []),
        ("The navy sent two aircraft carriers and 40 warplanes to the region.", [40.0]),
        ("Two aircraft flew over the town.", [2.0]),
        # Aircraft by their build, and by their model in the plural, one digit and all.
        ("The U.S. deployed six stealth bombers to Diego Garcia.", [6.0]),
        ("The U.S. deployed six B-2s to Diego Garcia.", [6.0]),
        ("The raid used 2 C-4 charges.", []),
    ],
)  # fmt: skip
def test_aircraft_carriers_stealth_bombers_and_plural_models(text, values):
    claims = extract_claims(text, published="2025-04-27")
    assert claims[claims.kind == "aircraft"].value.tolist() == values


@pytest.mark.parametrize(
    ("text", "kind", "values"),
    [
        # Rockets as translation from Arabic names them are rockets fired; mortar and artillery
        # shells are no rockets.
        ("Terrorists fired 30 rocket shells on residential neighborhoods in Aleppo.",
         "missiles", [30.0]),
        ("Militants fired 12 mortar shells on the city.", "missiles", []),
        # A span may stand between the verb and its figure, as translated briefings put it.
        ("The army units destroyed during last 24 hours 23 dens of the terrorists in Hama.",
         "targets", [23.0]),
        ("Also destroyed of the enemy during the day 5 tanks, the General Staff said.",
         "targets", [5.0]),
        ("The aviation eliminated over the past day 40 militants near Palmyra.", "casualties",
         [40.0]),
        # Not where the span opens a clause of its own.
        ("The storm destroyed during the last week 20 houses.", "targets", []),
    ],
)  # fmt: skip
def test_rocket_shells_and_a_span_between_a_verb_and_its_figure(text, kind, values):
    claims = extract_claims(text, published="2016-02-03")
    assert claims[claims.kind == kind].value.tolist() == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # The parts of a count after a colon, each with its place.
        ("The coalition has conducted 12,806 strikes since Aug. 8, 2014: 8,462 in Iraq and "
         "4,344 in Syria.", [12806.0, 8462.0, 4344.0]),
        # Not a figure the colon opens with no count before it.
        ("The coalition's record since 2014: 8,462 in Iraq.", []),
    ],
)  # fmt: skip
def test_the_parts_of_a_count_after_a_colon(text, values):
    claims = extract_claims(text, published="2016-06-01")
    assert claims[claims.kind == "strikes"].value.tolist() == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # A part of a body's own aircraft counts aircraft.
        ("The Jordanian Armed Forces said that four of its C-130 aircraft had taken part in the "
         "mission.", [4.0]),
        # A part of aircraft counted before is that count's part.
        ("The coalition sent 12 jets. Four of the aircraft were British.", [12.0]),
    ],
)  # fmt: skip
def test_a_part_of_a_body_s_own_aircraft(text, values):
    claims = extract_claims(text, published="2024-03-25")
    assert claims[claims.kind == "aircraft"].value.tolist() == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # An armed group's name is a word of war: its targets are targets.
        ("The Houthis have targeted 100 vessels in the Red Sea.", [100.0]),
        ("Houthi missiles have hit 100 merchant vessels in the Red Sea.", [100.0]),
        # A storm's are not.
        ("The storm destroyed 100 vessels in the harbour.", []),
    ],
)  # fmt: skip
def test_an_armed_group_s_name_is_a_word_of_war(text, values):
    claims = extract_claims(text, published="2024-03-25")
    assert claims[claims.kind == "targets"].value.tolist() == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # A weapon named by a word and a number: the number is the name's.
        ("The Ukrainian air force operates around 40 F-16 jets and a small number of French "
         "Mirage 2000 jets.", [40.0]),
        # A rate per thing is no amount; a rate per day is a window's count.
        ("A C-130 drops about 2 tonnes per sortie, the World Food Programme said.", []),
        ("The jets flew 64 sorties per day.", [64.0]),
    ],
)  # fmt: skip
def test_a_weapon_s_name_number_and_a_rate_per_thing(text, values):
    assert extract_claims(text, published="2024-03-15").value.tolist() == values
