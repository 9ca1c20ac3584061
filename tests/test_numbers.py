"""numbers.find on real sentence shapes, its exclusions, and properties on arbitrary text."""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from figures_lib.errors import FiguresInputError
from figures_lib.numbers import CHANGES, NumberMention, find

INF = math.inf


def only(text: str) -> NumberMention:
    mentions = find(text)
    assert len(mentions) == 1, [m.text for m in mentions]
    return mentions[0]


@pytest.mark.parametrize(
    ("sentence", "figure", "low", "high", "qualifier"),
    [
        # Digits as printed by wires and by datasets that strip punctuation.
        (
            "Russia moved 214,000 metric tons of supplies, Shoigu said.",
            "214,000",
            214000,
            214000,
            "exact",
        ),
        (
            "The group numbers 4 000 fighters, according to the ministry.",
            "4 000",
            4000,
            4000,
            "exact",
        ),
        ("jets flew 1354 sorties in october", "1354", 1354, 1354, "exact"),
        ("The strike force grew by 2.5 percent.", "2.5 percent", 2.5, 2.5, "exact"),
        # Words and scale words.
        ("Russian jets made sixty-four sorties overnight.", "sixty-four", 64, 64, "exact"),
        (
            "It counted two hundred and two thousand refugees.",
            "two hundred and two thousand",
            202000,
            202000,
            "exact",
        ),
        ("A dozen warplanes landed at Hmeimim.", "A dozen", 12, 12, "exact"),
        (
            "Pilots destroyed more than 2 thousand objects of the militants.",
            "more than 2 thousand",
            2000,
            INF,
            "more_than",
        ),
        ("The war displaced 1.5 million people.", "1.5 million", 1.5e6, 1.5e6, "exact"),
        ("The channel has 10k followers.", "10k", 1e4, 1e4, "exact"),
        # Bounds.
        ("Russian aircraft flew over 1,000 sorties.", "over 1,000", 1000, INF, "more_than"),
        ("At least 37 civilians were killed, SOHR said.", "At least 37", 37, INF, "at_least"),
        (
            "The ministry said no less than 40 sorties were flown.",
            "no less than 40",
            40,
            INF,
            "at_least",
        ),
        ("Up to 20 jets were deployed.", "Up to 20", -INF, 20, "at_most"),
        # "as high as" and "as low as" bound as "as many as" and "as few as" do.
        ("Some give a toll as high as 400,000.", "as high as 400,000", -INF, 4e5, "at_most"),
        ("Fares start as low as $5 a ride.", "as low as $5", 5, INF, "at_least"),
        ("Fewer than 10 strikes hit Islamic State.", "Fewer than 10", -INF, 10, "less_than"),
        ("Under 5 percent of strikes hit IS.", "Under 5 percent", -INF, 5, "less_than"),
        ("Losses exceeding 300 tanks were reported.", "exceeding 300", 300, INF, "more_than"),
        # Ranges.
        (
            "He said between 5,000 and 7,000 citizens have joined.",
            "between 5,000 and 7,000",
            5000,
            7000,
            "range",
        ),
        ("They flew from 200 to 300 missions a week.", "from 200 to 300", 200, 300, "range"),
        (
            "An estimated 5,000-7,000 fighters are in Syria.",
            "An estimated 5,000-7,000",
            5000,
            7000,
            "approx",
        ),
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
        ("Dozens of militants were killed.", "Dozens", 12, 120, "vague"),
        ("Scores of people were injured.", "Scores", 20, 200, "vague"),
        ("Hundreds of Chechens have left for Syria.", "Hundreds", 100, 1000, "vague"),
        ("Thousands fled the city.", "Thousands", 1000, 10000, "vague"),
        ("Tens of thousands of refugees crossed.", "Tens of thousands", 1e4, 1e5, "vague"),
        ("Several hundred militants surrendered.", "Several hundred", 300, 900, "vague"),
        (
            "this is hundreds, thousands of armed people",
            "hundreds, thousands",
            100,
            10000,
            "vague",
        ),
        # Headline capitals: number words are read, other runs of capitals are not.
        ("ISIS LOST FIVE HUNDRED FIGHTERS", "FIVE HUNDRED", 500, 500, "exact"),
        ("RT: DOZENS OF SORTIES OVER IDLIB", "DOZENS", 12, 120, "vague"),
    ],
)
def test_figure_shapes(sentence, figure, low, high, qualifier):
    mention = only(sentence)
    assert mention.text == figure
    assert sentence[mention.start : mention.end] == figure
    assert (mention.low, mention.high, mention.qualifier) == (low, high, qualifier)


M = 1e6


@pytest.mark.parametrize(
    ("sentence", "figure", "low", "high", "qualifier", "unit"),
    [
        # Scale abbreviations, glued or after one space; "m" is a million after a currency or
        # before a plural noun, else metres.
        (
            "The ministry put the refit at $13.6M last year.",
            "$13.6M",
            13.6 * M,
            13.6 * M,
            "exact",
            "$",
        ),
        ("The video drew 10M views in a week.", "10M", 10 * M, 10 * M, "exact", ""),
        ("Moscow spent 8.1bn roubles on fuel.", "8.1bn", 8.1e9, 8.1e9, "exact", ""),
        ("Aid convoys reached 35m people, the agency said.", "35m", 35 * M, 35 * M, "exact", ""),
        ("The airfield got a 37m apron extension.", "37", 37, 37, "exact", ""),
        ("The deal is worth 10 bln roubles.", "10 bln", 1e10, 1e10, "exact", ""),
        ("Estimates put the militia at 5k-20k fighters.", "5k-20k", 5e3, 2e4, "range", ""),
        ("The budget was USD10m for the quarter.", "USD10m", 10 * M, 10 * M, "exact", "US$"),
        # ASCII-folded text writes "£" as "PS" and "¥" as "Y=".
        ("The bid was worth PS8.1bn in cash.", "PS8.1bn", 8.1e9, 8.1e9, "exact", "£"),
        ("Profit rose to Y=590 billion.", "Y=590 billion", 5.9e11, 5.9e11, "exact", "¥"),
        # Digits with scale words, as machine translation writes them.
        (
            "Pilots flew 4 thousand 3 hundred and 21 sorties.",
            "4 thousand 3 hundred and 21",
            4321,
            4321,
            "exact",
            "",
        ),
        (
            "A market of 4 hundred million people lies east.",
            "4 hundred million",
            4e8,
            4e8,
            "exact",
            "",
        ),
        # Currency and percentage: recorded on the mention, inside its text.
        ("Each missile costs £2.5 million.", "£2.5 million", 2.5 * M, 2.5 * M, "exact", "£"),
        ("Tickets cost €300 each.", "€300", 300, 300, "exact", "€"),
        ("The loan is US$1.2 billion.", "US$1.2 billion", 1.2e9, 1.2e9, "exact", "US$"),
        ("Crude traded at US $58.24 a barrel.", "US $58.24", 58.24, 58.24, "exact", "US$"),
        ("Turnout was 20% in the north.", "20%", 20, 20, "exact", "%"),
        ("Turnout was 20 per cent in the north.", "20 per cent", 20, 20, "exact", "%"),
        ("Turnout was twenty percent in the north.", "twenty percent", 20, 20, "exact", "%"),
        # A difference of percentages is no percentage.
        (
            "Turnout rose 3.5 percentage points.",
            "3.5 percentage points",
            3.5,
            3.5,
            "exact",
            "percentage points",
        ),
        ("Rates were cut by 25 basis points.", "25 basis points", 25, 25, "exact", "basis points"),
        # Fractions: written as a fraction of something, a mixed number, the fraction slash or a
        # single character; fraction words with their numerator.
        ("The convoy carried 1/16 of the fuel.", "1/16", 1 / 16, 1 / 16, "exact", ""),
        ("The runway is 2 1/2 miles long.", "2 1/2", 2.5, 2.5, "exact", ""),
        ("Each crate holds 1\u204432 of a tonne.", "1\u204432", 1 / 32, 1 / 32, "exact", ""),
        ("The raid took ½ an hour.", "½", 0.5, 0.5, "exact", ""),
        ("Strikes rose 2½ times.", "2½", 2.5, 2.5, "exact", ""),
        (
            "Nearly two-thirds of the strikes hit oil sites.",
            "Nearly two-thirds",
            2 / 3,
            2 / 3,
            "approx",
            "",
        ),
        ("A third of the sorties were flown at night.", "A third", 1 / 3, 1 / 3, "exact", ""),
        ("Three quarters of the jets are Su-24s.", "Three quarters", 0.75, 0.75, "exact", ""),
        ("Almost half of the targets were depots.", "Almost half", 0.5, 0.5, "approx", ""),
        ("The war displaced half a million people.", "half a million", 5e5, 5e5, "exact", ""),
        ("One out of four raids missed.", "One out of four", 0.25, 0.25, "exact", ""),
        # A qualifier before "another" bounds the number after it.
        ("At least another 20 were hurt.", "At least another 20", 20, INF, "at_least", ""),
        ("Nearly a further 100 fled.", "Nearly a further 100", 100, 100, "approx", ""),
        ("One in five of the dead were children.", "One in five", 0.2, 0.2, "exact", ""),
        ("One in every four Syrians has fled.", "One in every four", 0.25, 0.25, "exact", ""),
        ("Nine in 10 families live in poverty.", "Nine in 10", 0.9, 0.9, "exact", ""),
        (
            "The war has killed more than a quarter of a million people.",
            "more than a quarter of a million",
            250000,
            INF,
            "more_than",
            "",
        ),
        # Negative values.
        ("The index closed at -3.5 on Friday.", "-3.5", -3.5, -3.5, "exact", ""),
        ("Nights fall to minus 4 in the desert.", "minus 4", -4, -4, "exact", ""),
        ("The sensor read minus-130 degrees.", "minus-130", -130, -130, "exact", ""),
        ("At altitude it is minus twelve degrees.", "minus twelve", -12, -12, "exact", ""),
        # Thousands separated by a space, a thin space or a narrow no-break space.
        ("The garrison numbers 12 500 troops.", "12 500", 12500, 12500, "exact", ""),
        ("The garrison numbers 12\u2009500 troops.", "12\u2009500", 12500, 12500, "exact", ""),
        ("The garrison numbers 12\u202f500 troops.", "12\u202f500", 12500, 12500, "exact", ""),
        # Ranges with en and em dashes.
        ("Each jet flies 10\u201320 sorties a week.", "10\u201320", 10, 20, "range", ""),
        ("Each jet flies 10 \u2014 20 sorties a week.", "10 \u2014 20", 10, 20, "range", ""),
        ("The refit costs $2\u20133 million.", "$2\u20133 million", 2 * M, 3 * M, "range", "$"),
        ("Losses were 10kg-20kg per crate.", "10kg-20", 10, 20, "range", ""),
        (
            "Between five per cent and 8 per cent of strikes failed.",
            "Between five per cent and 8 per cent",
            5,
            8,
            "range",
            "%",
        ),
        ("The tour lasts between seven to 10 days.", "between seven to 10", 7, 10, "range", ""),
        # Postfix bounds and verbs of exceeding.
        ("Crews of 200 or more were sent.", "200 or more", 200, INF, "at_least", ""),
        ("Units of 500 or less stayed.", "500 or less", -INF, 500, "at_most", ""),
        ("Men aged 18 and above were called up.", "18 and above", 18, INF, "at_least", ""),
        ("Sorties exceeded 500 in October.", "exceeded 500", 500, INF, "more_than", ""),
        ("Sorties topped 1,000 in November.", "topped 1,000", 1000, INF, "more_than", ""),
        ("Sorties surpassed 2,000 by December.", "surpassed 2,000", 2000, INF, "more_than", ""),
        # "over than", as translated copy writes "more than".
        ("Jets made over than 60 sorties.", "over than 60", 60, INF, "more_than", ""),
        # A thousand and the digits under it, as translated copy writes them.
        ("They flew 3 thousand and 400 sorties.", "3 thousand and 400", 3400, 3400, "exact", ""),
        ("They hit 3 thousand 500 objects.", "3 thousand 500", 3500, 3500, "exact", ""),
        (
            "They flew 3 thousand and 5 hundred sorties.",
            "3 thousand and 5 hundred",
            3500,
            3500,
            "exact",
            "",
        ),
        # A bound glued with a hyphen, which a model name ("Su-24") is not.
        ("Makers now etch sub-7 nanometre chips.", "sub-7", -INF, 7, "less_than", ""),
        ("It kept a sub-5% jobless rate.", "sub-5%", -INF, 5, "less_than", "%"),
        # A currency after the hyphen keeps both (before, "$" was lost and 5 was exact).
        ("They sell a sub-$5 phone.", "sub-$5", -INF, 5, "less_than", "$"),
        # Scientific notation.
        (
            "The payload weighs 1.5\u00d710\u22123 tonnes.",
            "1.5\u00d710\u22123",
            1.5e-3,
            1.5e-3,
            "exact",
            "",
        ),
        # Vague words scaled by a vague plural.
        (
            "The strikes cost tens of millions of dollars.",
            "tens of millions",
            1e7,
            1e8,
            "vague",
            "",
        ),
    ],
)
def test_scales_units_fractions_signs_and_bounds(sentence, figure, low, high, qualifier, unit):
    mention = only(sentence)
    assert mention.text == figure
    assert sentence[mention.start : mention.end] == figure
    assert (mention.low, mention.high, mention.qualifier, mention.unit) == pytest.approx(
        (low, high, qualifier, unit)
    )


def test_a_lower_and_an_upper_bound_are_one_interval():
    both = only("The ministry counted more than 100 and less than 300 strikes.")
    assert (both.text, both.low, both.high, both.qualifier) == (
        "more than 100 and less than 300",
        100,
        300,
        "range",
    )
    assert (both.low_inclusive, both.high_inclusive) == (False, False)
    upper_first = only("It sent no more than 50 and no less than 20 jets.")
    assert (upper_first.low, upper_first.high, upper_first.qualifier) == (20, 50, "range")
    assert (upper_first.low_inclusive, upper_first.high_inclusive) == (True, True)
    but = only("It sent at least 20 but no more than 50 jets.")
    assert (but.low, but.high, but.low_inclusive, but.high_inclusive) == (20, 50, True, True)
    # Two lower bounds are two figures, not an interval.
    assert len(find("more than 100 and more than 300 jets")) == 2


def test_nearly_and_almost_keep_the_figure_as_an_approximation():
    # A reader of "nearly 300 civilians" expects a little under 300, not any smaller number:
    # `approx` lets reconciliation apply its stated tolerance; `less_than` would accept 20.
    for sentence in ("Nearly 300 civilians have died.", "Almost 300 civilians have died."):
        mention = only(sentence)
        assert (mention.low, mention.high, mention.qualifier) == (300, 300, "approx")


def test_an_average_is_an_approximation_of_each_count():
    # A reconciliation that took "an average of 40 sorties a day" as exact would flag a day of
    # 38 as a contradiction.
    for sentence in (
        "Russian jets flew an average of 40 sorties a day.",
        "The squadron averaged 40 sorties a day in March.",
        "Jets flew on average 40 sorties a day, averaging 40 a night later.",
    ):
        mention = find(sentence)[0]
        assert (mention.text.split()[-1], mention.value, mention.qualifier) == ("40", 40, "approx")
    assert only("The average sortie lasted 40 minutes.").qualifier == "exact"


def test_a_verb_of_change_makes_from_to_one_change_with_its_start():
    (fell,) = find("His weight fell from 208 to 193 pounds.")
    assert (fell.text, fell.value, fell.change) == ("193", 193, "down")
    assert (fell.previous.text, fell.previous.value, fell.previous.change) == ("208", 208, "")
    text = "His weight fell from 208 to 193 pounds."
    assert text[fell.previous.start : fell.previous.end] == "208"  # the start keeps its span
    (rose,) = find("The strike rate rose from 5% to 7% in a month.")
    assert (rose.text, rose.unit, rose.change, rose.previous.text) == ("7%", "%", "up", "5%")
    # A verb without a direction takes it from the figures.
    assert [m.change for m in find("The garrison went from 12 to 9 battalions.")] == ["down"]
    # A scale written once applies to both ends: "from 24.2 to 33 billion".
    (grew,) = find("Spending grew from 24.2 to 33 billion roubles.")
    assert (grew.previous.value, grew.value) == (24.2e9, 33e9)
    # The level reached may be a range; the start keeps its own bound.
    (level,) = find("Output climbed from about 20 to 30-35 tonnes.")
    assert (level.qualifier, level.low, level.high) == ("range", 30, 35)
    assert (level.previous.qualifier, level.previous.value) == ("approx", 20)
    # The start may be a range too.
    (ranges,) = find("Sorties rose from 10-15 a day to 30-40.")
    assert (ranges.low, ranges.high, ranges.change) == (30, 40, "up")
    assert (ranges.previous.low, ranges.previous.high, ranges.previous.change) == (10, 15, "")
    # Equal ends: a stated change that changed nothing.
    (same,) = find("Exports went from 20 to 20 tonnes.")
    assert (same.value, same.change, same.previous.value) == (20, "", 20)
    # Without a verb of change, "from X to Y" is a range.
    assert only("They flew from 200 to 300 missions a week.").qualifier == "range"
    assert only("They flew from 200 to 300 missions a week.").previous is None


def test_amounts_and_levels_of_a_change():
    def changes(sentence):
        return [(m.text, m.change) for m in find(sentence)]

    assert changes("Deliveries increased by 20 this week.") == [("20", "up")]
    # The amount carries the direction; the level it reached is a level ("" is no change).
    assert changes("Fuel prices rose 5% to $84 a barrel.") == [("5%", "up"), ("$84", "")]
    assert changes("Bread rose 18 kopecks to 41 roubles.") == [("18", "up"), ("41", "")]
    assert changes("Shares were down 2.3% at noon.") == [("2.3%", "down")]
    assert changes("The index was +0.2% and the rouble -1.3% by noon.") == [
        ("+0.2%", "up"),
        ("-1.3%", "down"),
    ]
    assert changes("The sortie count fell to 193.") == [("193", "")]
    assert changes("Funding was revised upward by $40 million.") == [("$40 million", "up")]
    assert changes("Deficit grew by $43 billion to $419 billion.") == [
        ("$43 billion", "up"),
        ("$419 billion", ""),
    ]
    assert changes("Temperatures dropped by 1 to 1.5 degrees.") == [("1 to 1.5", "down")]
    # "up" and "down" are verb particles too: only a price move is a change.
    assert changes("Air defences shot down 2 jets.") == [("2", "")]
    assert changes("The fund raised 280 million roubles.") == [("280 million", "")]
    assert changes("The fund raised prices by 5%.") == [("5%", "up")]


def test_an_amount_can_borrow_its_verb_of_change():
    def changes(sentence):
        return [(m.text, m.change) for m in find(sentence)]

    # A verb that needs "by" or "to" has its level right after the amount.
    assert changes("The rouble added 15 kopecks to 41.20 roubles.") == [
        ("15", "up"),
        ("41.20", ""),
    ]
    assert changes("He added 30 people had died.") == [("30", "")]  # speech, no change
    assert changes("He added 40 were moved to 3 camps.") == [("40", ""), ("3", "")]
    assert changes("He added 40 went to UN 5 camp.") == [("40", ""), ("5", "")]
    # In a list, the verb of the first amount serves the next "by".
    assert changes("Gazprom rose 5% and Lukoil by 3%.") == [("5%", "up"), ("3%", "up")]
    assert changes("Sberbank was down 2.1%, VTB by 1.4%.") == [("2.1%", "down"), ("1.4%", "down")]
    # Not across units, and not for a figure that is no amount of the list.
    assert changes("Sorties rose 20%, Aleppo by 3 km.") == [("20%", "up"), ("3", "")]
    assert changes("Deaths fell by 20, and Aleppo by 30 km.") == [("20", "down"), ("30", "")]


def test_a_bracketed_restatement_takes_the_bound_and_change_of_its_figure():
    mentions = find("Deposits of more than 7.5 million crowns (US $1.1 million) pay a fee.")
    assert [(m.text, m.qualifier, m.unit) for m in mentions] == [
        ("more than 7.5 million", "more_than", ""),
        ("US $1.1 million", "more_than", "US$"),
    ]
    engine = find("It makes just under 296 hp (224 kW / 300 PS) of power.")
    assert [m.qualifier for m in engine] == ["less_than", "less_than", "less_than"]
    drop = find("Temperatures dropped by 1 to 1.5 degrees Celsius (1.8 to 2.7 Fahrenheit).")
    assert [m.change for m in drop] == ["down", "down"]


def test_glued_units_leave_the_figure():
    assert [(m.text, m.value) for m in find("a 640bhp engine, 54GB of data, a 278kg tuna")] == [
        ("640", 640),
        ("54", 54),
        ("278", 278),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The attack on 9/11 changed the region.",  # a date, not 9/11ths
        "The base runs 24/7 now.",
        "The vote went 3/4 in favour.",  # a bare slash pair is no fraction
        "He won a third term in 2012.",  # an ordinal, not a fraction
        "They reached the third round.",
        "The new iPhone 11 went on sale.",  # a product name
        "The S&P 500 and the FTSE 100 fell.",  # index names
        "He lives at 9 E 71st St in Manhattan.",  # an address
        "The office is at 16-18 Industrial Avenue.",
        "She bought a PS5 for her son.",  # a games console, not five pounds
        "He teaches at PS 122 in Manhattan.",  # a school
        "The 5G network covers Latakia.",  # glued letters that are no unit
        "It was the 1990s all over again.",
        "Syria won the match 2-0 at home.",  # a score, not a range
        "They tied Game 7 at 89-89.",
        "He told BBC One about it.",  # a channel name
        "It was the worst since World War Two.",
        "Temperatures fell between 1600 and 1900.",  # years, paired with a year
        "The property sits in the 90049 ZIP Code.",  # a postal code
        "Reviewers compared the 15 Pro and the 15 Pro Max.",  # model names
        "The airline grounded its 737 Max jets.",
        "The Galaxy S24 Ultra and the Pixel 8 Lite went on sale.",
    ],
)
def test_more_shapes_that_are_not_figures(sentence):
    assert find(sentence) == [], [m.text for m in find(sentence)]


def test_a_model_suffix_must_be_a_whole_capitalised_word():
    # A hyphened prefix or a small word after the figure leaves it a count.
    assert only("Rebels said 12 Pro-government fighters died.").value == 12
    assert only("The plant makes 40 mini drones a day.").value == 40
    # "Plus" in a Title Case headline is "at least", not a model's name.
    plus = only("Air Strikes Kill 20 Plus Civilians In Idlib")
    assert (plus.low, plus.high, plus.qualifier) == (20, float("inf"), "at_least")
    assert only("The army sent 6 Maxim guns.").value == 6


def test_a_capitalised_number_word_before_a_counted_noun_is_a_count():
    # A tag line run into the next sentence: "Damascus" is no name of the number.
    assert only("Tags Syria Rebels Damascus Four civilians were killed.").value == 4


def test_language_tables_are_loaded_per_language():
    text = "Russian jets flew more than 2 thousand sorties, up 5% on the week."
    assert find(text, language="en") == find(text)
    with pytest.raises(FiguresInputError, match="no word tables"):
        find(text, language="xx")


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
    assert only("hundreds of people").value == 300  # the table value
    assert only("hundreds, thousands of people").value == 1000  # geometric middle, 2 figures
    assert only("dozens, hundreds of people").value == 110


@pytest.mark.parametrize(
    "sentence",
    [
        "Moscow launched its air campaign on Sept. 30.",
        "The Supreme Court ruled on December 29.",
        "It was established on 15 October 2006.",
        "On November 13, 2015, the ministry spoke.",
        # A date whose commas were stripped, before a capitalised word.
        "KABUL Oct 21 2016 US forces pulled out.",
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
        "The Category 4 storm flooded the camp.",
        "A Grade 2 listed building was hit.",
        "The office is at 12 Main Street.",
        # One-letter aircraft designations whose hyphen scraped text dropped.
        "The B 52 bombers, the C 130 transports and the F 16 jets took off.",
        "See https://t.co/7QCpEy1oU7pic.twitter.com/08sTXIc0kn now.",
        "No one was hurt; they met one another one by one.",
        # "one" as a pronoun after "that" or "which".
        "He said that one was hit, but which one of them fell is unclear.",
    ],
)
def test_dates_times_years_ordinals_designations_phones_and_names_are_not_figures(sentence):
    assert find(sentence) == [], [m.text for m in find(sentence)]


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        # A letter is an aircraft's designation only before an aircraft's noun.
        ("In Sector B 14 soldiers were wounded.", ["14"]),
        ("Settlers attacked villages in Area C 12 Palestinians were injured", ["12"]),
        ("The US sent 2 C 17 cargo planes and 4 F 35 jets.", ["2", "4"]),
    ],
)
def test_a_letter_before_a_number_names_an_aircraft_only_before_its_noun(sentence, figures):
    assert [m.text for m in find(sentence)] == figures


def test_one_after_a_verb_of_saying_and_that_counts_the_noun_after_it():
    assert [m.text for m in find("The governor reported that one person was killed.")] == ["one"]


@pytest.mark.parametrize("debris", ["-3" * 40, "½" * 40, "+0.2%" * 20, "1,0001,000" * 10])
def test_a_token_of_many_glued_figures_is_debris_not_figures(debris):
    # A table run together or an encoding fault: no reader sees 40 figures in one word.
    text = f"Jets flew 64 sorties {debris} and hit 5 targets."
    assert [m.text for m in find(text)] == ["64", "5"]


def test_figures_with_many_parts_in_one_token_are_still_read():
    # Up to eight numbers in a token are read as before: separators, ranges, a trillion.
    assert only("a debt of 1,000,000,000,000,000 dollars").value == 1e15
    assert [(m.low, m.high) for m in find("1,000,000-2,000,000 people")] == [(1e6, 2e6)]


def test_a_year_followed_by_a_counted_noun_is_a_count():
    assert only("Russian jets flew 1999 sorties").value == 1999
    assert find("In 2014 airstrikes began") == []


def test_a_couple_before_a_scale_word_scales_it():
    # Before, "a couple hundred people" was read as an exact 100.
    def vague(sentence):
        return [(m.text, m.low, m.high, m.qualifier) for m in find(sentence)]

    assert vague("A couple hundred people fled.") == [("A couple hundred", 200, 300, "vague")]
    assert vague("a couple dozen jets") == [("a couple dozen", 24, 36, "vague")]
    assert vague("He waited a couple days.") == []


def test_scores_without_of_only_before_a_casualty_word():
    assert [(m.text, m.low, m.high) for m in find("Five died and scores were injured.")][1:] == [
        ("scores", 20.0, 200.0)
    ]
    assert [m.text for m in find("Scores more were wounded.")] == ["Scores"]
    assert find("The scores were level at half time.") == []


def test_a_lower_case_stage_word_before_a_count_leaves_the_count():
    # Only "category" names a grade in lower case; "phase" and "stage" often end a phrase.
    assert only("In the second phase 200 soldiers were deployed.").value == 200
    assert only("At this stage 12 jets remain.").value == 12


def test_one_of_a_counted_group_is_one():
    assert [(m.text, m.value) for m in find("The missile killed one of the two pilots.")] == [
        ("one", 1),
        ("two", 2),
    ]
    assert [m.text for m in find("one of the 12 soldiers")] == ["one", "12"]
    # A group without a figure, or a ranking, is one of it too (the NewsQuant convention).
    found = find("one of the pilots survived, one of the best in his class")
    assert [(m.text, m.value) for m in found] == [("one", 1), ("one", 1)]


def test_a_range_may_repeat_its_unit_word_and_be_approximate():
    def ranges(sentence):
        return [(m.text, m.low, m.high, m.qualifier) for m in find(sentence)]

    assert ranges("The front lies 20 km to 30 km east.") == [("20 km to 30", 20, 30, "range")]
    assert ranges("Jets flew between 20 sorties and 30 sorties a day.") == [
        ("between 20 sorties and 30", 20, 30, "range")
    ]
    # The word must come back after the second figure, and a comma joins no range.
    assert [m.text for m in find("It lies 20 km to 30 kmh.")] == ["20", "30"]
    assert [m.text for m in find("It killed 5 people, 7 people were hurt.")] == ["5", "7"]
    # Nor does a spaced dash after a word: it breaks the clause. A dash with no space joins.
    assert [m.text for m in find("It killed 20 people - 30 people were hurt.")] == ["20", "30"]
    assert ranges("It lies 20 km\u201330 km away.") == [("20 km\u201330", 20, 30, "range")]
    # "about 20-30" is an approximate range: both ends keep the "about".
    assert ranges("About 20-30 civilians died.") == [("About 20-30", 20, 30, "approx")]
    assert ranges("It takes ~25 \u2013 40 min.") == [("~25 \u2013 40", 25, 40, "approx")]
    assert ranges("Between 20 and 30 died.")[0][3] == "range"
    # After a verb of change, the repeated word marks an amount and the level it reached.
    assert [(m.text, m.change) for m in find("Sorties rose by 20 sorties to 84 sorties.")] == [
        ("20", "up"),
        ("84", ""),
    ]


def test_by_two_whole_counts_far_apart_is_an_amount_and_its_level():
    def changes(sentence):
        return [(m.text, m.change) for m in find(sentence)]

    assert changes("The toll climbed by 9 to 61 overnight.") == [("9", "up"), ("61", "")]
    assert changes("Arrests fell by 4 to 30.") == [("4", "down"), ("30", "")]
    # Ends a few times apart, or without "by", stay a range of the change.
    assert changes("Prices rose by 10 to 20 percent.") == [("10 to 20 percent", "up")]
    assert changes("Output rose by 2 to 6 units.") == [("2 to 6", "up")]
    assert changes("Sales rose 10 to 40 on the day.") == [("10 to 40", "up")]
    # Only a change made is an amount and its level: a forecast or a plan gives a range.
    assert changes("The toll has risen by 12 to 47.") == [("12", "up"), ("47", "")]
    assert changes("The toll could rise by 20 to 100.") == [("20 to 100", "up")]
    assert changes("The toll may have risen by 20 to 100.") == [("20 to 100", "up")]
    assert changes("They plan to raise fees by 25 to 100 cents.") == [("25 to 100", "up")]
    # A bound on the amount keeps it an amount: "by nearly 9 to 61" is not "nearly 9-61".
    assert changes("The toll climbed by nearly 9 to 61.") == [("nearly 9", "up"), ("61", "")]
    assert changes("Arrests fell by more than 4 to 30.") == [("more than 4", "down"), ("30", "")]
    assert changes("It could rise by about 20 to 100.") == [("about 20 to 100", "up")]


def test_round_figures_with_odd_or_something_span_their_last_place():
    def spans(sentence):
        return [(m.text, m.low, m.high, m.qualifier) for m in find(sentence)]

    assert spans("The 300-odd fighters left.") == [("300-odd", 300, 399, "range")]
    assert spans("A forty-something pilot flew.") == [("forty-something", 40, 49, "range")]
    assert spans("About 2,000-odd troops stayed.") == [("About 2,000", 2000, 2000, "approx")]
    # Only round figures, only hyphened: "45-odd", "100 odd jobs", "20 some of them".
    assert spans("45-odd people") == [("45", 45, 45, "exact")]
    assert spans("100 odd jobs and 20 some of them") == [
        ("100", 100, 100, "exact"),
        ("20", 20, 20, "exact"),
    ]


def test_vague_multiples_of_a_dozen_are_one_figure():
    (several,) = find("Several dozen civilians died.")
    assert (several.text, several.low, several.high) == ("Several dozen", 36, 108)
    (couple,) = find("A couple of dozen soldiers died.")
    assert (couple.text, couple.low, couple.high) == ("A couple of dozen", 24, 36)
    # Two scale words multiply together: before, "a couple hundred thousand" was 100,000.
    (several,) = find("Several hundred thousand people fled.")
    assert (several.text, several.low, several.high) == ("Several hundred thousand", 3e5, 9e5)
    (couple,) = find("A couple hundred thousand people fled.")
    assert (couple.low, couple.high, couple.qualifier) == (2e5, 3e5, "vague")


def test_a_change_is_not_a_range():
    (rose,) = find("Sorties rose from 64 to 107 a day.")
    assert (rose.previous.text, rose.text, rose.qualifier) == ("64", "107", "exact")


def test_tweet_shape_from_the_seeds():
    text = "Combat Report: Russian jets fly 107 sorties, target 289 terror sites in 2 days - MoD"
    assert [(m.text, m.value) for m in find(text)] == [("107", 107), ("289", 289), ("2", 2)]


# --- properties -----------------------------------------------------------------------------

_ADVERSARIAL = st.sampled_from(
    ["1,", "1 ", "-", "more than ", "between ", " and ", "hundred ", "a ", "Sept. ", "\u00a0",
     "$", "k", "0", "9" * 20, ",000", " or ", "several ", "of ", "\n", "\"", "Su-", "+7 ",
     "/", "\u2044", "½", "minus ", "from ", " to ", "rose ", "about ", "US $", "%", " per cent",
     "m ", "bn", "\u2013", "\u2009", " thousand ", "third", "half ", " out of ", "(", ")",
     "\u00d710"]
)  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400) | st.lists(_ADVERSARIAL, max_size=200).map("".join))
def test_any_text_gives_sorted_non_overlapping_mentions_that_slice_back(text):
    mentions = find(text)
    previous_end = -1
    for mention in mentions:
        if mention.previous is not None:  # the start of a change comes before its level
            start = mention.previous
            assert text[start.start : start.end] == start.text
            assert previous_end <= start.start and start.end <= mention.start
        assert text[mention.start : mention.end] == mention.text
        assert mention.start >= previous_end
        assert mention.low <= mention.high
        assert mention.qualifier in {
            "exact", "approx", "more_than", "at_least", "less_than", "at_most", "range", "vague"
        }  # fmt: skip
        assert mention.change in CHANGES
        assert isinstance(mention.unit, str)
        previous_end = mention.end


def test_long_and_pathological_inputs_finish_quickly():
    # Shapes that make naive patterns backtrack: long digit-and-separator runs, long number-word
    # chains, and a megabyte of article-like text. Each must scan in linear time; the suite's
    # time limit, not a timer here, is the guard.
    for text in ("1," * 50_000, "1 000 " * 20_000, "one hundred and " * 10_000, "-1" * 50_000,
                 "more than " * 20_000 + "5", "Su-" * 30_000, "rose from 1 to " * 10_000,
                 "minus " * 20_000 + "4", "1/2/" * 20_000, "US $" * 20_000, "4 thousand " * 20_000,
                 "a third of " * 20_000, "(1) " * 20_000):  # fmt: skip
        find(text)
    article = (
        "Russian jets flew more than 2 thousand sorties since Sept. 30, the MoD said. " * 13_000
    )
    assert len(find(article)) == 13_000


def test_find_refuses_non_text():
    with pytest.raises(TypeError, match="needs a str"):
        find(b"64 sorties")


def test_a_singular_slip_in_hundreds_of_thousands_reads_as_the_plural():
    from figures_lib import numbers

    found = [
        (m.text, m.low, m.high)
        for m in numbers.find("The war has killed hundred of thousands of people.")
    ]
    assert found == [("hundred of thousands", 1e5, 1e6)]


def test_a_number_in_a_span_of_time_or_a_year_is_no_ratio():
    # "in" makes a ratio only of two bare numbers: a time unit or a year after the second
    # says the first happened within it.
    assert [m.text for m in find("Jets killed 3 in 10 days.")] == ["3", "10"]
    assert [m.text for m in find("Shelling killed 5 in 24 hours, medics said.")] == ["5", "24"]
    assert [m.text for m in find("Militants killed 12 in 2015.")] == ["12"]
    # The larger first is no ratio either: "7 in 2 raids".
    assert [m.text for m in find("Jets killed 7 in 2 raids.")] == ["7", "2"]


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("in five and a half months", "five and a half", 5.5),
        ("one and a half million refugees", "one and a half million", 1.5e6),
        ("3 and a quarter tonnes", "3 and a quarter", 3.25),
        ("a two and a half-year war", "two and a half", 2.5),
    ],
)
def test_a_whole_number_and_a_fraction_is_one_figure(text, written, value):
    mention = only(text)
    assert (mention.text, mention.value) == (written, value)


def test_and_a_fraction_of_something_is_no_fraction_of_the_number():
    found = find("The strikes killed 20 and a quarter of the buildings were damaged.")
    assert [(m.text, m.value) for m in found] == [("20", 20), ("a quarter", 0.25)]


@pytest.mark.parametrize(
    "text", ["From October 1-7 jets flew 400 sorties.", "On 1-7 October jets flew 400 sorties."]
)
def test_a_range_of_days_of_a_month_is_no_figure(text):
    assert [m.text for m in find(text)] == ["400"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A change in per cent and the level it reached, or the same change in points.
        ("The retailer's shares jumped 12% to 640p.", [("12%", 12, "up"), ("640", 640, "")]),
        ("The index slid 0.8% or 52.1 points.", [("0.8%", 0.8, "down"), ("52.1", 52.1, "")]),
        # A whole amount and a level with a scale word of its own.
        (
            "Jobless claims fell by 21,000 to 1.84 million.",
            [("21,000", 21000, "down"), ("1.84 million", 1.84e6, "")],
        ),
    ],
)
def test_a_change_and_the_level_it_reached_are_no_range(sentence, expected):
    assert [(m.text, m.low, m.change) for m in find(sentence)] == expected


def test_a_range_of_percentages_or_of_scaled_figures_stays_a_range():
    (share,) = find("Prices are 4% to 6% higher than a year ago.")
    assert (share.low, share.high, share.qualifier) == (4, 6, "range")
    (scaled,) = find("The toll rose by 2 to 3 million, officials estimate.")
    assert (scaled.low, scaled.high) == (2e6, 3e6)


def test_a_season_written_as_a_span_of_years_is_no_figure():
    assert find("In the 2019-20 season and the 1998-99 budget, 40 clubs took part.")[0].low == 40
    assert len(find("In the 2019-20 season and the 1998-99 budget, 40 clubs took part.")) == 1
    # Not the next year: a range or a count after a year stays.
    assert [m.low for m in find("In 2015-16 players and 2015-30 more")] == [30]


@pytest.mark.parametrize(
    ("sentence", "figure", "value", "unit"),
    [
        ("The scheme costs Rs 2.4 lakh crore.", "Rs 2.4 lakh crore", 2.4e12, "₹"),
        ("He was fined Rs. 5 lakhs.", "Rs. 5 lakhs", 5e5, "₹"),
        ("It set aside INR 800 crore.", "INR 800 crore", 8e9, "₹"),
        ("The deal is worth USD 45 million.", "USD 45 million", 45e6, "US$"),
        ("Fines reach EUR 2 billion.", "EUR 2 billion", 2e9, "€"),
    ],
)
def test_south_asian_scales_and_a_currency_written_a_space_apart(sentence, figure, value, unit):
    mention = only(sentence)
    assert (mention.text, mention.low, mention.unit) == (figure, value, unit)


def test_an_article_bridges_only_a_bound_that_can_bound_an_adjective():
    assert find("Dozens were killed over a 24-hour period.")[1].qualifier == "exact"
    for sentence in (
        "Troops advanced over a 3-km front.",
        "Brent hit nearly a 30-year low.",
        "The shares trade above a 200-day average.",
    ):
        assert find(sentence)[0].qualifier == "exact", sentence


def test_a_per_cent_and_a_bare_figure_stay_a_range_without_a_change_word():
    for sentence in (
        "Polls show support of 40% to 45 among voters.",
        "Prices rose between 5% and 6.",
    ):
        mention = only(sentence)
        assert (mention.low, mention.high, mention.qualifier) == (
            40 if "40" in sentence else 5,
            45 if "40" in sentence else 6,
            "range",
        )


def test_a_figure_with_a_unit_is_no_temperature_against_zero():
    mention = find("The yield rose to 5 basis points above zero.")[0]
    assert (mention.text, mention.unit) == ("5 basis points", "basis points")


def test_an_article_between_a_bound_and_its_figure_and_age_bounds_after_it():
    assert only("Expect up to a 45-minute wait.").qualifier == "at_most"
    assert only("Analysts see about a 3% fall.").qualifier == "approx"
    assert (
        only("Residents 75 and older may apply.").low,
        only("Residents 75 and older may apply.").high,
    ) == (75, INF)
    assert only("Children 11 or younger travel free.").qualifier == "at_most"


def test_up_as_the_particle_of_a_verb_is_no_change():
    assert only("Imports make up nearly 40% of supply.").change == ""
    assert only("Farms took up 12% of the land.").change == ""
    assert only("Imports were up 40% on the year.").change == "up"


@pytest.mark.parametrize(
    ("sentence", "figure", "value"),
    [
        ("Lows of 25 degrees below zero are forecast.", "25 degrees below zero", -25),
        ("It was 8° below zero at dawn.", "8° below zero", -8),
        ("Highs of twelve above zero are forecast.", "twelve above zero", 12),
    ],
)
def test_a_temperature_against_zero_is_one_signed_figure(sentence, figure, value):
    mention = only(sentence)
    assert (mention.text, mention.low, mention.high) == (figure, value, value)


def test_down_after_a_verb_is_still_a_fall():
    assert only("The Nikkei was set down 1.2% at the open.").change == "down"
    assert only("Prices broke down 4% through support.").change == "down"


def test_a_one_word_headline_is_no_name_of_the_number_that_opens_the_next_line():
    """ "BBC One" is a name; "Drones" on a line of its own, then "Two attack drones", is none."""
    [mention] = find("Drones\n\nTwo attack drones were shot down.")
    assert (mention.text, mention.low) == ("Two", 2.0)
    assert find("He watched BBC One last night.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A number word hyphened to an idiom counts nothing; one before it still counts.
        ("Warships shot down six one-way attack drones.", [("six", 6.0)]),
        ("The convoy took a one-way road out of the city.", []),
        ("It was a one-sided fight, and a one-off payment followed.", []),
        ("Police seized twenty two-way radios.", [("twenty", 20.0)]),
        # Not a number word joined to another, a fraction, nor an odd span.
        ("Twenty-one soldiers and two-thirds of the unit were lost.",
         [("Twenty-one", 21.0), ("two-thirds", 2 / 3)]),
    ],
)  # fmt: skip
def test_a_number_word_hyphened_to_an_idiom_counts_nothing(sentence, expected):
    assert [(m.text, m.low) for m in find(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A date whose day stands before its month leaves the number after it a count.
        ("On 3 March 12 soldiers were killed.", [("12", 12.0)]),
        ("Since 27 September 25 civilians were killed.", [("25", 25.0)]),
        ("On the 3rd of March 12 people died.", [("12", 12.0)]),
        # Written month first, the number after the month is its day.
        ("On March 12 soldiers were killed.", []),
        ("between 3 March and 12 March", []),
    ],
)  # fmt: skip
def test_a_count_right_after_a_day_month_date(sentence, expected):
    assert [(m.text, m.low) for m in find(sentence)] == expected
