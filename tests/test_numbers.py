"""numbers.find on real sentence shapes, its exclusions, and properties on arbitrary text."""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from figures_lib.numbers import NumberMention, find

INF = math.inf


def only(text: str) -> NumberMention:
    mentions = find(text)
    assert len(mentions) == 1, [m.text for m in mentions]
    return mentions[0]


@pytest.mark.parametrize(
    ("sentence", "figure", "low", "high", "qualifier"),
    [
        # Digits as printed by wires and by datasets that strip punctuation.
        ("Russia moved 214,000 metric tons of supplies, Shoigu said.", "214,000", 214000, 214000, "exact"),
        ("The group numbers 4 000 fighters, according to the ministry.", "4 000", 4000, 4000, "exact"),
        ("jets flew 1354 sorties in october", "1354", 1354, 1354, "exact"),
        ("The strike force grew by 2.5 percent.", "2.5", 2.5, 2.5, "exact"),
        # Words and scale words.
        ("Russian jets made sixty-four sorties overnight.", "sixty-four", 64, 64, "exact"),
        ("It counted two hundred and two thousand refugees.", "two hundred and two thousand", 202000, 202000, "exact"),
        ("A dozen warplanes landed at Hmeimim.", "A dozen", 12, 12, "exact"),
        ("Pilots destroyed more than 2 thousand objects of the militants.", "more than 2 thousand", 2000, INF, "more_than"),
        ("The war displaced 1.5 million people.", "1.5 million", 1.5e6, 1.5e6, "exact"),
        ("The channel has 10k followers.", "10k", 1e4, 1e4, "exact"),
        # Bounds.
        ("Russian aircraft flew over 1,000 sorties.", "over 1,000", 1000, INF, "more_than"),
        ("At least 37 civilians were killed, SOHR said.", "At least 37", 37, INF, "at_least"),
        ("The ministry said no less than 40 sorties were flown.", "no less than 40", 40, INF, "at_least"),
        ("Up to 20 jets were deployed.", "Up to 20", -INF, 20, "at_most"),
        ("Fewer than 10 strikes hit Islamic State.", "Fewer than 10", -INF, 10, "less_than"),
        ("Under 5 percent of strikes hit IS.", "Under 5", -INF, 5, "less_than"),
        ("Losses exceeding 300 tanks were reported.", "exceeding 300", 300, INF, "more_than"),
        # Ranges.
        ("He said between 5,000 and 7,000 citizens have joined.", "between 5,000 and 7,000", 5000, 7000, "range"),
        ("They flew from 200 to 300 missions a week.", "from 200 to 300", 200, 300, "range"),
        ("An estimated 5,000-7,000 fighters are in Syria.", "An estimated 5,000-7,000", 5000, 7000, "range"),
        ("The campaign costs $2-3 million a day.", "$2-3 million", 2e6, 3e6, "range"),
        ("Each day 200 to 300 people flee.", "200 to 300", 200, 300, "range"),
        ("Two or three jets took part.", "Two or three", 2, 3, "range"),
        # Approximations.
        ("The coalition flew about 1,900 sorties.", "about 1,900", 1900, 1900, "approx"),
        ("Around 60 jets are based in Latakia.", "Around 60", 60, 60, "approx"),
        ("Some 4,000 troops took part.", "Some 4,000", 4000, 4000, "approx"),
        ("Nearly 300 civilians have died.", "Nearly 300", 300, 300, "approx"),
        ("Almost 50 aircraft are involved.", "Almost 50", 50, 50, "approx"),
        ("Roughly 60 sorties were flown.", "Roughly 60", 60, 60, "approx"),
        ("An estimated 12,000 people fled.", "An estimated 12,000", 12000, 12000, "approx"),
        ("5,000 or so fighters remain.", "5,000 or so", 5000, 5000, "approx"),
        ("A 5,000-plus force is massing.", "5,000-plus", 5000, INF, "at_least"),
        # Vague quantities (intervals from data/quantities.toml).
        ("Russian aviation has conducted several strikes.", "several", 3, 9, "vague"),
        ("Dozens of militants were killed.", "Dozens", 24, 99, "vague"),
        ("Scores of people were injured.", "Scores", 40, 199, "vague"),
        ("Hundreds of Chechens have left for Syria.", "Hundreds", 200, 999, "vague"),
        ("Thousands fled the city.", "Thousands", 2000, 9999, "vague"),
        ("Tens of thousands of refugees crossed.", "Tens of thousands", 20000, 99999, "vague"),
        ("Several hundred militants surrendered.", "Several hundred", 300, 900, "vague"),
        ("this is hundreds, thousands of armed people", "hundreds, thousands", 200, 9999, "vague"),
        # Headline capitals: number words are read, other runs of capitals are not.
        ("ISIS LOST FIVE HUNDRED FIGHTERS", "FIVE HUNDRED", 500, 500, "exact"),
        ("RT: DOZENS OF SORTIES OVER IDLIB", "DOZENS", 24, 99, "vague"),
    ],
)
def test_figure_shapes(sentence, figure, low, high, qualifier):
    mention = only(sentence)
    assert mention.text == figure
    assert sentence[mention.start : mention.end] == figure
    assert (mention.low, mention.high, mention.qualifier) == (low, high, qualifier)


def test_qualifier_at_the_start_of_a_line():
    text = "The ministry said:\nBetween 5,000 and 7,000 fighters have joined.\n(about 300 more)"
    found = find(text)
    assert [(m.text, m.low, m.high, m.qualifier) for m in found] == [
        ("Between 5,000 and 7,000", 5000, 7000, "range"),
        ("about 300", 300, 300, "approx"),
    ]


def test_inclusive_ends_follow_the_words():
    more = only("more than 50 aircraft")
    assert (more.low_inclusive, more.high_inclusive) == (False, True)
    fewer = only("fewer than 12 jets")
    assert (fewer.low_inclusive, fewer.high_inclusive) == (True, False)
    assert only("at least 10 jets").low_inclusive


def test_value_policy():
    assert only("more than 50 aircraft").value == 50
    assert only("up to 40 jets").value == 40
    assert only("between 5,000 and 7,000 people").value == 6000
    assert only("hundreds of people").value == 450  # the table value
    assert only("hundreds, thousands of people").value == 1400  # geometric middle, 2 figures


@pytest.mark.parametrize(
    "sentence",
    [
        "Moscow launched its air campaign on Sept. 30.",
        "The Supreme Court ruled on December 29.",
        "It was established on 15 October 2006.",
        "On November 13, 2015, the ministry spoke.",
        "The conflict flared in March 2011.",
        "The strike happened at 17:30 local time.",
        "The briefing starts at 5 p.m. in Moscow.",
        "The raid began at 0800 GMT.",
        "It was the 24th day of the campaign.",
        "Syria's war began in the 1990s crisis.",
        "A Su-24 was shot down.",
        "Russia deployed S-400 systems.",
        "Mi-8 and Mi-24 helicopters flew.",
        "F-16s from Turkey intercepted it.",
        "The su-30SM and Tu-160 bombers took part.",
        "Call +7 495 123-45-67 for details.",
        "Call (202) 555-0143 for details.",
        "He lives at Building 12 near the base.",
        "Convoys use Route 5 daily.",
        "UN Security Council Resolution 2254 was adopted.",
        "The office is at 12 Main Street.",
        "See https://t.co/7QCpEy1oU7pic.twitter.com/08sTXIc0kn now.",
        "No one was hurt; one of the pilots survived.",
    ],
)
def test_dates_times_years_ordinals_designations_phones_and_names_are_not_figures(sentence):
    assert find(sentence) == [], [m.text for m in find(sentence)]


def test_a_year_followed_by_a_counted_noun_is_a_count():
    assert only("Russian jets flew 1999 sorties").value == 1999
    assert find("In 2014 airstrikes began") == []


def test_a_change_is_two_figures_not_a_range():
    assert [m.text for m in find("Sorties rose from 64 to 107 a day.")] == ["64", "107"]


def test_tweet_shape_from_the_seeds():
    text = "Combat Report: Russian jets fly 107 sorties, target 289 terror sites in 2 days - MoD"
    assert [(m.text, m.value) for m in find(text)] == [("107", 107), ("289", 289), ("2", 2)]


# --- properties -----------------------------------------------------------------------------

_ADVERSARIAL = st.sampled_from(
    ["1,", "1 ", "-", "more than ", "between ", " and ", "hundred ", "a ", "Sept. ", "\u00a0",
     "$", "k", "0", "9" * 20, ",000", " or ", "several ", "of ", "\n", "\"", "Su-", "+7 "]
)  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400) | st.lists(_ADVERSARIAL, max_size=200).map("".join))
def test_any_text_gives_sorted_non_overlapping_mentions_that_slice_back(text):
    mentions = find(text)
    previous_end = -1
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
        assert mention.start >= previous_end
        assert mention.low <= mention.high
        assert mention.qualifier in {
            "exact", "approx", "more_than", "at_least", "less_than", "at_most", "range", "vague"
        }  # fmt: skip
        previous_end = mention.end


def test_long_and_pathological_inputs_finish_quickly():
    # Shapes that make naive patterns backtrack: long digit-and-separator runs, long number-word
    # chains, and a megabyte of article-like text. Each must scan in linear time; the suite's
    # time limit, not a timer here, is the guard.
    for text in ("1," * 50_000, "1 000 " * 20_000, "one hundred and " * 10_000, "-1" * 50_000,
                 "more than " * 20_000 + "5", "Su-" * 30_000):  # fmt: skip
        find(text)
    article = "Russian jets flew more than 2 thousand sorties since Sept. 30, the MoD said. " * 13_000
    assert len(find(article)) == 13_000


def test_find_refuses_non_text():
    with pytest.raises(TypeError, match="needs a str"):
        find(b"64 sorties")
