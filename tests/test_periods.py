"""figures_lib.periods on period shapes: windows, cumulative spans, as-of days and datelines.

Each sentence is written here for the shape it tests; none is taken from an article.
"""

from __future__ import annotations

import pandas as pd
import pytest

from figures_lib import lang, periods
from figures_lib.errors import FiguresInputError

WEDNESDAY = pd.Timestamp("2016-03-09")


def found(sentence: str, as_of=WEDNESDAY, operation=None, conflict=None) -> list[periods.Period]:
    return periods.find_periods(sentence, 0, as_of, as_of, lambda: operation, lambda: conflict)


def test_a_weekday_is_never_more_than_six_days_back():
    for name in periods.WEEKDAYS:
        day = periods.resolve_date(name.capitalize(), WEDNESDAY)
        assert pd.Timedelta(0) <= WEDNESDAY - day < pd.Timedelta(days=7), name
    assert periods.resolve_date("Sunday morning", WEDNESDAY) == pd.Timestamp("2016-03-06")


def test_dates_without_a_year_month_names_and_bare_years():
    assert periods.resolve_date("April", WEDNESDAY) == pd.Timestamp("2015-04-01")
    assert periods.resolve_date("March", WEDNESDAY) == pd.Timestamp("2016-03-01")
    assert periods.resolve_date("2014", WEDNESDAY) == pd.Timestamp("2014-01-01")
    assert periods.resolve_date("Friday March 27 2015", WEDNESDAY) == pd.Timestamp("2015-03-27")
    assert periods.resolve_date("Dec. 30", WEDNESDAY) == pd.Timestamp("2015-12-30")
    assert periods.resolve_date("yesterday", WEDNESDAY) == pd.Timestamp("2016-03-08")


def test_datelines_at_the_start_of_an_article():
    cases = {
        "Wed 19 Apr 2017 Strikes hit the town.": "2017-04-19",
        "Town hit.\n\n12 February 2015 Strikes hit the town.": "2015-02-12",
        "Town hit.\nDate of publication 13 October 2016 Strikes hit.": "2016-10-13",
        "Town hit.\nPosted on April 2 2017 by a reporter.": "2017-04-02",
        "Town hit.\n04-11-2016 Strikes hit the town.": "2016-11-04",
        "Town hit.\nMon Jul 18 2016 Strikes hit the town.": "2016-07-18",
    }
    for text, day in cases.items():
        assert periods.dateline(text) == pd.Timestamp(day), text
    assert periods.dateline("Strikes hit the town on 12 February 2015.") is None


def test_the_start_of_the_war_stated_anywhere_in_the_article():
    text = "Residents fled. The conflict, which began in March 2011, has no end in sight."
    assert periods.conflict_start(text, WEDNESDAY) == pd.Timestamp("2011-03-01")
    text = "The minority stayed neutral in the war gripping the country since May 2012."
    assert periods.conflict_start(text, WEDNESDAY) == pd.Timestamp("2012-05-01")
    assert periods.conflict_start("The war goes on.", WEDNESDAY) is None


def test_a_window_that_opens_the_operation_starts_when_it_began():
    began = pd.Timestamp("2015-09-30")
    [window] = found("Strikes killed 1,098 civilians in the first three months.", operation=began)
    assert (window.basis, window.start, window.end) == (
        "window", began, pd.Timestamp("2015-12-30")
    )  # fmt: skip
    [window] = found("Jets flew 1,000 sorties in its opening week.", operation=began)
    assert (window.start, window.end) == (began, pd.Timestamp("2015-10-07"))
    # A window not yet over ends on the as-of day; with no start stated there is no window.
    [window] = found("Jets flew 9,000 sorties in the first year.", operation=began)
    assert window.end == WEDNESDAY
    assert found("Jets flew 1,000 sorties in the first week.") == []
    # The first months of a year or of a truce are no span of the operation (those of a year
    # are that part of the year); of the operation they are.
    [year_part] = found(
        "In the first six months of 2015, 12,000 people were killed.", operation=began
    )
    assert span(year_part) == ("2015-01-01", "2015-07-01")
    assert found("In the first week of the truce, 40 people died.", operation=began) == []
    [window] = found(
        "Jets flew 1,000 sorties in the first week of the operation.", operation=began
    )
    assert window.start == began


def test_windows_and_what_is_not_one():
    [window] = found("Jets flew 64 sorties over the past 24 hours.")
    assert (window.basis, window.start) == ("window", pd.Timestamp("2016-03-08"))
    [window] = found("Jets flew 140 sorties Sunday through Tuesday.")
    assert (window.start, window.end) == (pd.Timestamp("2016-03-06"), pd.Timestamp("2016-03-09"))
    [window] = found("Jets flew 30 sorties yesterday.")
    assert (window.start, window.end) == (pd.Timestamp("2016-03-08"), WEDNESDAY)
    assert found("The strikes came a day after the talks ended.") == []
    assert found("A day-long battle killed 12 people.") == []
    assert found("The attack was the deadliest in the city in five years.") == []
    # A briefing's "during the day" is its past day; "the day of the attack" is another day.
    for sentence in ("During the day, jets made 48 sorties.", "Jets flew 20 sorties in the "
                     "course of the day."):  # fmt: skip
        [window] = found(sentence)
        assert (window.start, window.end) == (pd.Timestamp("2016-03-08"), WEDNESDAY)
    assert found("During the day of the attack, 12 people were killed.") == []
    [week] = found("Over the week, 356 militants were eliminated.")
    assert (week.start, week.end) == (pd.Timestamp("2016-03-02"), WEDNESDAY)
    [weekend] = found("Over the weekend, jets flew 40 sorties.")
    assert weekend.start == pd.Timestamp("2016-03-05")  # the weekend, not a week
    # A counted span that words after it place elsewhere is no span up to the as-of day.
    [day] = found("Jets hit 17 targets in one day, the ministry said.")
    assert (day.start, day.end) == (pd.Timestamp("2016-03-08"), WEDNESDAY)
    for sentence in ("Jets hit 17 targets in one day last week.",
                     "Jets hit 17 targets in one day on Monday."):  # fmt: skip
        assert all(p.text != "in one day" for p in found(sentence)), sentence


def test_calendar_windows():
    [window] = found("Jets flew 600 sorties in January.")
    assert (window.start, window.month) == (pd.Timestamp("2016-01-01"), True)
    [window] = found("Jets flew 600 sorties in August 2013.")
    assert window.start == pd.Timestamp("2013-08-01")
    [window] = found("Strikes this year killed 200 people.")
    assert window.start == pd.Timestamp("2016-01-01")
    # "last month" is the calendar month before the as-of day's, "last year" likewise; "in the
    # last month" is a month back from the as-of day.
    [window] = found("Strikes killed 23 people last month.")
    assert (window.start, window.end, window.after_figure) == (
        pd.Timestamp("2016-02-01"), pd.Timestamp("2016-03-01"), True
    )  # fmt: skip
    [window] = found("Strikes killed 400 people last year.")
    assert span(window) == ("2015-01-01", "2016-01-01")
    [window] = found("Jets flew 2,000 sorties in the last month.")
    assert span(window) == ("2016-02-09", "2016-03-09")
    assert found("Strikes killed 23 people this week.") == []
    assert found("The ministry has said that a strike killed 23 people this week.") == []
    # Unless words next to it make "this week" a span: from its Monday to the as-of day.
    for sentence in (
        "So far this week jets flew 300 sorties.",
        "This week alone, 300 flew.",
        # So does a perfect tense, its figure before or after the auxiliary.
        "Jets have flown 300 sorties this week.",
        "At least 12 people have been killed this week.",
    ):
        [window] = [period for period in found(sentence) if period.basis == "window"]
        assert span(window) == ("2016-03-07", "2016-03-09"), sentence


def span(period: periods.Period) -> tuple[str, str]:
    return (f"{period.start:%Y-%m-%d}", f"{period.end:%Y-%m-%d}")


def test_parts_of_a_year_and_the_month_of():
    # Wednesday 9 March 2016.
    [half] = found("Jets flew 3,400 sorties in the first half of 2015.")
    assert span(half) == ("2015-01-01", "2015-07-01")
    [quarter] = found("Jets flew 2,000 sorties in the third quarter of last year.")
    assert span(quarter) == ("2015-07-01", "2015-10-01")
    [quarter] = found("Jets flew 900 sorties during the last quarter of 2015.")
    assert span(quarter) == ("2015-10-01", "2016-01-01")
    [quarter] = found("Jets flew 900 sorties in the first quarter of this year.")
    assert span(quarter) == ("2016-01-01", "2016-03-09")  # still running
    assert found("Jets will fly more sorties in the second half of this year.") == []  # not yet
    assert found("Jets flew 900 sorties in the third half of 2015.") == []  # no such part
    # "the year" is the as-of day's; a count of months from either end of a year is that part.
    [half] = found("Air strikes killed 1,200 civilians in the first half of the year.")
    assert span(half) == ("2016-01-01", "2016-03-09")
    [months] = found("Jets flew 2,000 sorties in the first three months of 2015.")
    assert span(months) == ("2015-01-01", "2015-04-01")
    [months] = found("Jets flew 2,000 sorties in the last two months of last year.")
    assert span(months) == ("2015-11-01", "2016-01-01")
    assert found("Jets flew 2,000 sorties in the second three months of 2015.") == []
    assert found("Jets flew 2,000 sorties in the first three weeks of 2015.") == []
    [month] = found("During the month of January, jets flew 1,382 sorties.")
    assert (span(month), month.month) == (("2016-01-01", "2016-02-01"), True)


def test_weekends_pairs_of_days_and_weeks_of_a_month():
    # Wednesday 9 March 2016: the weekend before is 5-6 March.
    [weekend] = found("Jets flew 120 sorties over the weekend.")
    assert span(weekend) == ("2016-03-05", "2016-03-07")
    [weekend] = found("Strikes killed 14 people last weekend.")
    assert span(weekend) == ("2016-03-05", "2016-03-07")
    [pair] = found("Jets flew 120 sorties on Saturday and Sunday.")
    assert span(pair) == ("2016-03-05", "2016-03-07")
    [pair] = found("Jets flew 50 sorties on Monday and Tuesday.")
    assert span(pair) == ("2016-03-07", "2016-03-09")
    assert found("Jets flew 120 sorties on Monday and Thursday.") == []  # two separate days
    [week] = found("Jets flew 400 sorties in the first week of February.")
    assert (span(week), week.month) == (("2016-02-01", "2016-02-08"), True)
    [week] = found("Jets flew 400 sorties in the last week of September 2015.")
    assert span(week) == ("2015-09-24", "2015-10-01")
    [week] = found("Jets flew 400 sorties during the second week of March.")
    assert span(week) == ("2016-03-08", "2016-03-09")  # still running: it ends on the as-of day
    # A weekend named by its dates is those dates, not the latest weekend.
    [weekend] = found("Air strikes killed 20 civilians over the weekend of March 5-6.")
    assert span(weekend) == ("2016-03-05", "2016-03-07")
    assert found("Jets will fly more sorties in the third week of March.") == []  # not yet
    # A week back from the as-of day (read as a window and as "last week", which agree).
    assert {span(p) for p in found("Jets flew 400 sorties in the last week.")} == {
        ("2016-03-02", "2016-03-09")
    }


def test_spans_up_to_a_stated_time_and_days_of_events():
    [window] = found("In the 24 hours to 0800 GMT on Wednesday, Russian jets flew 47 sorties.")
    assert (window.text, span(window)) == (
        "In the 24 hours to 0800 GMT on Wednesday",
        ("2016-03-08", "2016-03-09"),
    )
    # The day named after the time ends the span even when the article is later.
    [window] = found("In the 24 hours to 0800 GMT on Monday, Russian jets flew 47 sorties.")
    assert span(window) == ("2016-03-06", "2016-03-07")
    # A span to a day with no time holds that day.
    [window] = found("In the week to Sunday, coalition jets flew 180 sorties.")
    assert span(window) == ("2016-02-29", "2016-03-07")
    [window] = found("Over the month to Feb. 29, jets flew 400 sorties.")
    assert span(window) == ("2016-02-01", "2016-03-01")
    # Without a day, the span ends on the as-of day as before; "the week to come" is none.
    [window] = found("In the 24 hours to 0800 GMT, Russian jets flew 47 sorties.")
    assert span(window) == ("2016-03-08", "2016-03-09")
    assert found("In the week to come, jets will fly 40 sorties.") == []
    [window] = found("Two days of Russian bombing have killed 60 civilians.")
    assert span(window) == ("2016-03-07", "2016-03-09")
    assert found("He spent two days of his holiday in Aleppo, where 5 people were killed.") == []


def test_days_of_one_month():
    [days] = found("From March 1 to 7, jets flew 400 sorties.")
    assert span(days) == ("2016-03-01", "2016-03-08")
    [days] = found("Between Oct. 1 and 15, 2015, the coalition carried out 120 strikes.")
    assert span(days) == ("2015-10-01", "2015-10-16")
    [days] = found("From February 1-7 jets flew 400 sorties.")
    assert span(days) == ("2016-02-01", "2016-02-08")
    # Days named by a part of them, as UN situation reports write a day's toll.
    [days] = found("Between the afternoons of 6 and 7 March, 195 people were killed.")
    assert span(days) == ("2016-03-06", "2016-03-08")
    assert found("From February 1 to 31, jets flew 400 sorties.") == []  # no such day
    assert found("From March 20 to 25, jets will fly more sorties.") == []  # not yet


def test_a_range_whose_ends_name_a_time_of_day():
    # A strike release's 24 hours, from a time of one day to the same time of the next.
    [day] = found("Coalition forces conducted 22 strikes between 8 am March 6 and 8 am March 7.")
    assert span(day) == ("2016-03-06", "2016-03-07")
    [day] = found("Jets conducted 22 strikes between 8 a.m., March 6, and 8 a.m., March 7.")
    assert span(day) == ("2016-03-06", "2016-03-07")
    # Different times take the last day whole.
    [days] = found("Jets flew 40 sorties between 0800 GMT March 6 and 1400 GMT March 7.")
    assert span(days) == ("2016-03-06", "2016-03-08")


def test_a_fortnight_and_the_part_of_a_month_a_span_starts_in():
    [window] = found("Jets flew 200 sorties in the past fortnight.")
    assert span(window) == ("2016-02-24", "2016-03-09")
    for words, start in (
        ("late February", "2016-02-21"),
        ("mid-February", "2016-02-11"),
        ("early February", "2016-02-01"),
        ("late May", "2015-05-21"),
        ("late September 2014", "2014-09-21"),
        ("mid-March 2013", "2013-03-11"),
        ("late March", "2015-03-21"),
    ):  # "late March" on March 9 is last year's
        [since] = found(f"Since {words}, 2,000 people have been killed.")
        assert (since.basis, f"{since.start:%Y-%m-%d}") == ("cumulative", start), words
        assert since.text == f"since {words}"


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("Jets have killed 1,000 civilians since Moscow began its air campaign at the end of"
         " September.", "2015-09-21"),
        ("Jets have killed 1,000 civilians since the beginning of February.", "2016-02-01"),
        ("Jets have killed 1,000 civilians since Russia joined the war in mid-October 2015.",
         "2015-10-11"),
        # A part of this month that has not begun yet is last year's.
        ("Jets have killed 1,000 civilians since the middle of March.", "2015-03-11"),
        # A start stated as a whole month: its first day.
        ("The raids have killed 900 civilians since they began in September.", "2015-09-01"),
        ("Jets have flown 9,000 sorties since Moscow launched its campaign in September 2014.",
         "2014-09-01"),
    ],
)  # fmt: skip
def test_a_part_of_a_month_inside_a_since_clause(sentence, start):
    [since] = found(sentence)
    assert (since.basis, f"{since.start:%Y-%m-%d}") == ("cumulative", start)


def test_a_since_date_keeps_its_year_after_a_comma():
    [since] = found("Since Oct. 7, 2014, the army has lost 250 soldiers.")
    assert (since.basis, f"{since.start:%Y-%m-%d}", since.text) == (
        "cumulative", "2014-10-07", "since Oct. 7, 2014"
    )  # fmt: skip
    # A comma that opens the rest of the sentence stays out of it.
    [since] = found("Since April, 2,000 people have been killed.")
    assert since.text == "since April"


def test_cumulative_spans():
    [span] = found("Jets have flown 900 sorties since April.")
    assert (span.basis, span.start, span.text) == (
        "cumulative",
        pd.Timestamp("2015-04-01"),
        "since April",
    )
    span = found(
        "Strikes have killed 42 people since Sunday morning, in a region seized in 1963."
    )[0]
    assert (span.text, span.start) == ("since Sunday", pd.Timestamp("2016-03-06"))
    [span] = found(
        "300,000 people have died since the conflict began.", conflict=pd.Timestamp("2011-03-15")
    )
    assert span.start == pd.Timestamp("2011-03-15")
    [span] = found(
        "A war that has killed 300,000 people goes on.", conflict=pd.Timestamp("2011-03-15")
    )
    assert (span.basis, span.start) == ("cumulative", pd.Timestamp("2011-03-15"))
    # "since they began": the operation the sentence counts, as the article dates it.
    [span] = found(
        "The strikes have killed 1,000 civilians since they began.",
        operation=pd.Timestamp("2015-09-30"),
    )
    assert (span.basis, span.start, span.text) == (
        "cumulative", pd.Timestamp("2015-09-30"), "since they began"
    )  # fmt: skip
    [span] = found("Jets have flown 400 sorties so far.")
    assert (span.basis, span.start) == ("cumulative", None)
    assert found("It was their biggest victory so far.") == []
    # "since" after a superlative ranks an event; it starts no count.
    assert found(
        "A strike killed 22 children, the deadliest attack on a school since the war began.",
        conflict=pd.Timestamp("2011-03-15"),
    ) == []  # fmt: skip
    assert found("It was the heaviest shelling of Aleppo since the truce collapsed.") == []
    # "at least" ranks nothing: its figure keeps its period.
    [span] = found("At least 40 civilians have been killed since Monday.")
    assert (span.basis, span.start) == ("cumulative", pd.Timestamp("2016-03-07"))
    [span] = found("At least 40 people were killed in the past five days.")
    assert (span.basis, span.start) == ("window", pd.Timestamp("2016-03-04"))


def test_since_then_counts_from_the_date_the_sentence_before_writes():
    def since_then(earlier):
        return periods.find_periods(
            "Since then, Syrian jets have flown 2,500 sorties.", 0, WEDNESDAY, WEDNESDAY,
            lambda: None, lambda: None, earlier_date=lambda: earlier,
        )  # fmt: skip

    [span] = since_then(pd.Timestamp("2015-11-02"))
    assert (span.basis, span.start, span.text) == (
        "cumulative", pd.Timestamp("2015-11-02"), "since then"
    )  # fmt: skip
    # With no date before it, or one after the as-of day, it still counts up: a running total
    # from a start the text does not give, never one day's incident.
    for earlier in (None, pd.Timestamp("2016-04-01")):
        [span] = since_then(earlier)
        assert (span.basis, span.start) == ("cumulative", None)
    assert periods.last_date(
        "The truce began on Feb. 27 and collapsed in April 2016.", WEDNESDAY
    ) == pd.Timestamp("2016-04-01")
    assert periods.last_date("Jets struck Aleppo on Monday.", WEDNESDAY) is None


def test_a_length_of_the_operation_is_the_operation_so_far():
    start = pd.Timestamp("2015-09-30")
    for sentence in (
        "Jets have flown 7,000 sorties over almost five months of the operation.",
        "Jets have flown 2,000 sorties in three weeks of Russia's air campaign.",
    ):
        [span] = found(sentence, operation=start)
        assert (span.basis, span.start) == ("cumulative", start), sentence
    # A length of nothing, or of another span, stays a window.
    [span] = found("Jets have flown 2,000 sorties in three weeks.")
    assert span.basis == "window"


def test_a_length_of_the_war_is_the_war_so_far():
    began = pd.Timestamp("2011-03-15")
    for sentence in (
        "Some 9,000 people have been wounded in more than 14 months of war.",
        "At least 2,000 civilians died in nearly three years of civil war.",
    ):
        [span] = found(sentence, conflict=began)
        assert (span.basis, span.start) == ("cumulative", began), sentence
    # With no start the article gives, a running total from an unknown start.
    [span] = found("Some 9,000 people have been wounded in 14 months of war.")
    assert (span.basis, span.start) == ("cumulative", None)
    # A length of a battle is a window of that length.
    [span] = found("At least 40 people were killed in three days of fighting.")
    assert span.basis == "window"
    # A ranking's span counts nothing.
    assert not [
        span
        for span in found("The blast, which wounded 100, was the deadliest in five years of war.")
        if span.basis == "cumulative"
    ]


def test_a_span_opening_the_sentence_before_its_speech_verb_dates_the_saying():
    assert not found("Last month, the coalition said its strikes had killed 220 civilians.")
    [span] = found("Last month, Russian jets flew 2,000 sorties, the ministry said.")
    assert span.basis == "window"


def test_since_then_and_a_length_of_the_operation_in_an_article():
    from figures_lib import extract_claims

    claims = extract_claims(
        "The Russian air campaign began on September 30, 2015. Since then, Russian jets have "
        "flown more than 9,000 sorties, the ministry said.\n\nRussian aircraft have made 6,100 "
        "sorties over nearly five months of the operation, the ministry said.",
        published="2016-03-15",
    )
    assert claims.scope.tolist() == ["campaign", "campaign"]
    assert claims.period_start.tolist() == [pd.Timestamp("2015-09-30")] * 2
    assert claims.event_day.isna().all()


def test_the_whole_of_an_offensive_however_it_is_named_is_a_running_total():
    from figures_lib import extract_claims

    def period_and_scope(sentence):
        claims = extract_claims(sentence, published="2023-04-17")
        return list(zip(claims.basis, claims.period_text, claims.scope, strict=True))

    # Its span with an article, an offensive, and the operation's two-word names.
    assert period_and_scope(
        "Six soldiers were killed during the eight days of the offensive."
    ) == [("cumulative", "during the eight days of the offensive", "campaign")]
    assert period_and_scope("During the special operation, 498 servicemen died.") == [
        ("cumulative", "During the special operation", "campaign")
    ]
    # One dated action of it is no running total, nor is its part.
    for dated in (
        "29 police were encircled during the offensive on Tuesday.",
        "Four soldiers were killed during the offensive last week.",
        "Twelve soldiers were killed during the offensive near Avdiivka on Saturday.",
        "Eight civilians were killed during the offensive's first hours.",
    ):
        ((basis, _, _),) = period_and_scope(dated)
        assert basis != "cumulative", dated
    # A junta's toll since its coup is the whole conflict's, but one killed in a coup attempt
    # died in one event; clashes have a start of their own.
    ((_, _, scope),) = period_and_scope(
        "At least 3,240 civilians have been killed since the coup."
    )
    assert scope == "conflict_total"
    ((_, _, scope),) = period_and_scope(
        "Three soldiers were killed in the coup attempt on Tuesday."
    )
    assert scope == "incident"
    assert period_and_scope(
        "The toll since the beginning of the clashes on Saturday rose to 97 dead."
    ) == [("cumulative", "since the beginning of the clashes", "campaign")]


def test_the_order_translated_briefings_use_for_a_window():
    for sentence, start in (
        ("The jets carried out, during the 24 past hours, 41 sorties.", "2016-03-08"),
        ("Bombers flew 96 sorties over the seven last days.", "2016-03-02"),
    ):
        [span] = found(sentence)
        assert (span.basis, span.start) == ("window", pd.Timestamp(start)), sentence


def test_a_figure_s_own_clause_that_names_its_day_takes_no_earlier_period():
    from figures_lib import extract_claims

    claims = extract_claims(
        "A car bomb yesterday killed at least six people and wounded 20 in the market, and on "
        "Sunday, a roadside bomb killed three soldiers near the town.",
        published="2016-03-09",
    )
    days = dict(zip(claims.value, claims.event_day.dt.strftime("%Y-%m-%d"), strict=True))
    assert days == {6.0: "2016-03-08", 20.0: "2016-03-08", 3.0: "2016-03-06"}
    assert claims.period_text.tolist() == ["yesterday", "yesterday", ""]
    # The day of a saying in the figure's clause keeps the period.
    claims = extract_claims(
        "Over the past week, the ministry said on Friday, jets flew 410 sorties.",
        published="2016-03-11",
    )
    assert claims.period_text.tolist() == ["Over the past week"]


def test_a_number_inside_a_later_period_is_no_figure_that_owns_an_earlier_one():
    from figures_lib import extract_claims

    # The 24 of "the last 24 hours" does not take "from July 19-20" away from the 16 strikes.
    claims = extract_claims(
        "Coalition keeps up raids\n\nCoalition forces conducted 15 strikes yesterday, task "
        "force officials reported.\n\nAdditionally, 16 strikes were conducted in Syria and "
        "Iraq from July 19-20 that closed within the last 24 hours.",
        published="2017-07-22",
    )
    row = claims[claims.value == 16.0].iloc[0]
    assert (row.period_start, row.period_end) == (
        pd.Timestamp("2017-07-19"), pd.Timestamp("2017-07-21")
    )  # fmt: skip
    # "Additionally" goes on with the report before: its source, though its period is its own.
    assert row.speaker == "task force officials"
    # Also when the sentence before named a day rather than a period.
    claims = extract_claims(
        "Raids\n\nCoalition jets conducted 21 strikes in Iraq on Monday, the task force said. "
        "In addition, nine strikes were conducted in Syria over the past 24 hours.",
        published="2016-03-09",
    )
    assert claims.speaker.tolist() == ["the task force", "the task force"]


def test_since_then_does_not_reach_a_clause_that_names_its_own_day():
    from figures_lib import extract_claims

    claims = extract_claims(
        "The ceasefire began on February 27. Since then, shelling has eased, though 11 people "
        "were killed on Monday.",
        published="2016-03-16",
    )
    row = claims.iloc[0]
    assert (row.scope, row.period_text, row.event_day) == (
        "incident", "", pd.Timestamp("2016-03-14")
    )  # fmt: skip
    # One day of the operation is that day, not the operation so far.
    [span] = found("In one day of the operation, jets flew a record 139 sorties.")
    assert span.basis == "window"


def test_a_count_of_operations_in_the_perfect_is_a_running_total():
    from figures_lib import extract_claims

    def scoped(text):
        claims = extract_claims(text, published="2016-03-15")
        return [(c.value, c.scope, c.period_text) for c in claims.itertuples()]

    assert scoped("Coalition aircraft have carried out 11,240 strikes, the Pentagon said.") == [
        (11240.0, "campaign", "have carried out")
    ]
    assert scoped("So far 212 Ukrainian drones have been shot down, the ministry said.")[0][1] == (
        "campaign"
    )
    assert scoped("Since the start, 89 Ukrainian planes have been destroyed.")[0][1] == "campaign"
    assert scoped("Alone, 89 Ukrainian planes have been destroyed.")[0][2] == "have been destroyed"
    assert scoped("Over 200 strikes have hit militia positions, officials said.")[0][1:] == (
        "campaign", "have hit"
    )  # fmt: skip
    assert scoped("The 40 strikes have been a warning, he said.")[0][1] == "incident"
    # Not with a period or an event day of its own, not a vague count, not a toll.
    assert scoped("Jets have flown 64 sorties over the past day.")[0][1] == "periodic"
    assert scoped("More than 20 strikes had been carried out overnight.")[0][1] == "incident"
    assert scoped("Russian aviation has conducted several strikes on rebel targets.")[0][1] == (
        "incident"
    )
    assert scoped("At least 40 people have been killed in the strike.")[0][1] == "incident"
    # The day of a saying is no event's day.
    assert (
        scoped("Jets have flown 9,100 sorties, the ministry said on Monday.")[0][1] == "campaign"
    )
    # One fresh event told in the perfect: a town, a link to an event, or a time of the day.
    for text in (
        "Israeli jets have struck eight targets in Gaza after rockets were fired, the army said.",
        "Two Russian helicopters have been shot down near Palmyra, the ministry said.",
        "Russian warplanes have carried out 20 strikes on Talbiseh, activists said.",
        "Russian jets have flown 35 sorties since dawn, the ministry said.",
    ):
        assert scoped(text)[0][1] == "incident", text
    # "This week" after a perfect count is the week's window up to the report.
    assert scoped("Jets have flown 300 sorties this week, the ministry said.")[0][1] == "periodic"
    # The night the sentence before names is the perfect count's too.
    claims = extract_claims(
        "Drones\n\nOvernight, the enemy launched 17 drones. Air defences have shot down 11 "
        "attack drones over the southern regions.",
        published="2016-03-15",
    )
    assert claims[claims.value == 11.0].scope.tolist() == ["incident"]
    # The particle stays with its verb; a part of the total counts up to the report too.
    assert scoped("So, 212 drones have been shot down in all.")[0][2] == "have been shot down"
    assert scoped("Allied planes have hit 4,100 targets, including 260 oil facilities.") == [
        (4100.0, "campaign", "have hit"), (260.0, "campaign", "have hit")
    ]  # fmt: skip


@pytest.mark.parametrize(
    "sentence",
    [
        "Jets flew 164 sorties during March 5-6.",
        "Jets flew 164 sorties on March 5 and 6.",
        "Jets flew 164 sorties on 5-6 March.",
        "Jets flew 164 sorties from 5 to 6 March 2016.",
        # A release's dates with no preposition.
        "Coalition forces conducted 164 strikes March 5-6 in Syria.",
    ],
)
def test_two_days_of_one_month_are_a_window(sentence):
    [span] = found(sentence)
    assert (span.basis, span.start, span.end) == (
        "window", pd.Timestamp("2016-03-05"), pd.Timestamp("2016-03-07")
    )  # fmt: skip


def test_a_range_across_months_and_a_space_of_days():
    [span] = found("Coalition forces conducted 99 strikes from February 24-March 4.")
    assert (span.start, span.end) == (pd.Timestamp("2016-02-24"), pd.Timestamp("2016-03-05"))
    [span] = found("Forty people were killed in the space of 10 days.")
    assert (span.basis, span.start) == ("window", pd.Timestamp("2016-02-28"))


def test_a_toll_brought_to_a_figure_is_a_running_total():
    from figures_lib import extract_claims

    claims = extract_claims(
        "The army said two more soldiers were killed, bringing its toll in the ground offensive "
        "to 139.",
        published="2016-03-15",
    )
    assert list(zip(claims.value, claims.scope, strict=True)) == [
        (2.0, "incident"), (139.0, "campaign")
    ]  # fmt: skip


def test_the_day_a_count_starts_from_is_no_event_s_day():
    from figures_lib import extract_claims

    claims = extract_claims(
        "Gaza toll rises\n\nThe toll has passed 20,000, the ministry said Friday, since the war "
        "began on Oct. 7.\n\nThe army said two more soldiers were killed in Gaza.",
        published="2023-12-22",
    )
    row = claims[claims.value == 2.0].iloc[0]
    assert row.event_day != pd.Timestamp("2023-10-07")


def test_what_the_new_period_rules_must_leave_alone():
    from figures_lib import extract_claims

    # A count after "and" is no second day; how often is no window.
    assert found("Shelling killed four civilians on March 8 and 11 more were wounded.") == []
    assert found("Russian jets struck the town three times in a week, killing 19.") == []
    # But a span up to now is one, whatever it counts how often in: "35 times over the past
    # day, killing two" fell in that day.
    [day] = found("Russian forces shelled Kherson 35 times over the past day, killing two.")
    assert (day.start, day.end) == (pd.Timestamp("2016-03-08"), WEDNESDAY)
    # A running total after a dated sentence, with its own source or a "since", stays one
    # (since the start of the invasion, the war's).
    for text, scope in (
        ("Russia launched 12 missiles at Kyiv on Monday. Ukraine's general staff said Russian "
         "forces have lost 210 aircraft.", "campaign"),
        ("Ukraine shot down 30 drones on Sunday. Since the start of the invasion, Ukraine has "
         "shot down more than 1,000 drones.", "conflict_total"),
    ):  # fmt: skip
        claims = extract_claims(text, published="2022-06-14")
        assert claims.scope.tolist()[-1] == scope, text
    # A source's report does not reach one event named after the figure.
    claims = extract_claims(
        "Raids\n\nThe Observatory said 38 civilians were killed in the last 24 hours.\n\nThe "
        "Observatory said 9 civilians were killed when a barrel bomb hit a bakery in Daraya.",
        published="2016-03-15",
    )
    assert claims.period_text.tolist() == ["in the last 24 hours", ""]
    # An opening paragraph's day dates no other source's report.
    claims = extract_claims(
        "KYIV, Nov. 14, 2022 \u2014 Russian forces shelled Kherson on Sunday, killing two "
        "civilians, the regional governor said.\n\nUkraine's general staff said 300 Russian "
        "soldiers were killed in fighting near Bakhmut.",
        published="2022-11-14",
    )
    assert claims.event_day.dt.strftime("%Y-%m-%d").tolist() == ["2022-11-13", "2022-11-14"]


def test_a_tally_as_of_a_day_runs_up_to_that_day():
    from figures_lib import extract_claims

    claims = extract_claims(
        "The UN has verified 6,319 civilian deaths in the country as of October 9.",
        published="2022-10-12",
    )
    row = claims.iloc[0]
    assert (row.basis, row.scope, row.period_end) == (
        "cumulative", "campaign", pd.Timestamp("2022-10-09")
    )  # fmt: skip
    assert pd.isna(row.event_day)  # the tally's day is no event's


def test_the_day_a_figure_was_given():
    assert periods.stated_date(
        "The ministry said on Monday that 40 sorties were flown.", WEDNESDAY
    ) == pd.Timestamp("2016-03-07")
    assert periods.stated_date(
        "The mayor told Reuters on Monday 4 people died.", WEDNESDAY
    ) == pd.Timestamp("2016-03-07")
    assert periods.stated_date(
        "On Monday the monitor said 9 people died.", WEDNESDAY
    ) == pd.Timestamp("2016-03-07")
    assert (
        periods.stated_date("The agency said four people were wounded on Monday.", WEDNESDAY)
        is None
    )


def test_cues_say_which_period_words_a_sentence_holds():
    cues = periods.cues_of("Jets flew 64 sorties over the past 24 hours.")
    assert cues.window and not cues.cumulative and not cues.ranges
    cues = periods.cues_of("Strikes have killed 42 people since Sunday.")
    assert cues.cumulative and cues.when
    assert periods.cues_of("It rained on Monday and on Tuesday.").ranges
    assert not any(periods.cues_of("Nothing happened here."))


def test_period_words_are_a_validated_data_table():
    words = lang.table("periods", "en", weekdays="numbers", months="numbers", so_far="words")
    assert words["weekdays"]["monday"] == 0 and words["months"]["sept"] == 9
    with pytest.raises(FiguresInputError, match="periods.toml"):
        lang.table("periods", "en", no_such_key="words")


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        # A named month or year that has ended ends with itself; one still running, on the
        # as-of day.
        ("Strikes killed 90 people in November.", "2015-11-01", "2015-12-01"),
        ("Strikes killed 90 people in August 2013.", "2013-08-01", "2013-09-01"),
        ("Strikes killed 90 people in 2014.", "2014-01-01", "2015-01-01"),
        ("Strikes killed 90 people in March.", "2016-03-01", "2016-03-09"),
        # Two named months: from the first's 1st to the end of the last.
        ("Strikes killed 90 people between October and December.", "2015-10-01", "2016-01-01"),
        ("Jets flew 900 sorties from November to February.", "2015-11-01", "2016-03-01"),
        ("Jets flew 900 sorties from May 2014 to January 2015.", "2014-05-01", "2015-02-01"),
        ("Jets flew 900 sorties between January and March.", "2016-01-01", "2016-03-09"),
    ],
)
def test_named_months_span_their_days(sentence, start, end):
    [window] = found(sentence)
    assert (window.basis, window.start, window.end) == (
        "window",
        pd.Timestamp(start),
        pd.Timestamp(end),
    )


def test_month_spans_that_are_not_whole_months():
    # Days of months are a date range, not two whole months.
    [window] = found("Jets flew 900 sorties between October 3 and November 8.")
    assert (window.start, window.end) == (pd.Timestamp("2015-10-03"), pd.Timestamp("2015-11-09"))
    # Months without a year are the latest such months on or before the as-of day.
    [window] = found("Jets flew 900 sorties from April to June.")
    assert (window.start, window.end) == (pd.Timestamp("2015-04-01"), pd.Timestamp("2015-07-01"))
    # A span written with a year after the as-of day is no window.
    assert found("Jets will fly sorties from April 2016 to June 2016.") == []


@pytest.mark.parametrize(
    ("sentence", "as_of", "expected"),
    [
        # The span opening the sentence, before its comma and figure.
        ("Between October and December, 300 civilians were killed.", "2016-03-09",
         ("2015-10-01", "2016-01-01")),
        ("From May 2014 to January 2015, 300 civilians were killed.", "2016-03-09",
         ("2014-05-01", "2015-02-01")),
        ("Between September and November last year, 300 civilians were killed.", "2016-03-09",
         ("2015-09-01", "2015-12-01")),
        # Read while the span runs: this September to the as-of day.
        ("Between September and November, 300 civilians were killed.", "2015-10-05",
         ("2015-09-01", "2015-10-05")),
        # A span to the as-of day ends there.
        ("In the week to Sunday, 40 civilians were killed.", "2016-03-06",
         ("2016-02-28", "2016-03-06")),
    ],
)  # fmt: skip
def test_month_and_named_day_spans_against_the_as_of_day(sentence, as_of, expected):
    [window] = found(sentence, as_of=pd.Timestamp(as_of))
    assert span(window) == expected


def test_a_span_to_a_day_without_a_year_long_past_is_no_window():
    # December 25 read on March 9 would be last year's: the words mean a coming day.
    assert found("In the week to December 25, jets flew 64 sorties.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Strikes killed 200 civilians in October and November.", ("2015-10-01", "2015-12-01")),
        ("Jets flew 900 sorties in December and January.", ("2015-12-01", "2016-02-01")),
        ("Jets flew 900 sorties in October and November 2014.", ("2014-10-01", "2014-12-01")),
        ("Jets flew 900 sorties in February and March.", ("2016-02-01", "2016-03-09")),
    ],
)
def test_two_months_joined_by_and(sentence, expected):
    [window] = found(sentence)
    assert span(window) == expected


def test_two_months_apart_are_no_span_and_a_running_month_is_this_year_s():
    assert found("Jets flew 900 sorties in March and May.") == []
    [window] = found(
        "Jets flew 900 sorties in October and November.", as_of=pd.Timestamp("2015-10-20")
    )
    assert span(window) == ("2015-10-01", "2015-10-20")
    # On the first of a month, the month named has no day yet: last year's.
    [window] = found("Jets flew 900 sorties in December.", as_of=pd.Timestamp("2015-12-01"))
    assert span(window) == ("2014-12-01", "2015-01-01")
