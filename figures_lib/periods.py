"""Time windows and as-of dates stated in a sentence, resolved against the publication date.

A claim's period is the half-open day range [period_start, period_end): "over the past 24
hours" said on 2015-10-10 is [2015-10-09, 2015-10-10); "since Sept. 30" in an article of
2015-12-11 is [2015-09-30, 2015-12-11). Dates without a year take the latest year that does
not put them after the publication date; a weekday is its latest occurrence on or before it,
so it never lies more than six days away.

The words (weekdays, months, window and cumulative cues) are data in
``lang/<language>/periods.toml``; the patterns built from them are cached per language.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

import pandas as pd
import regex
from dateutil.relativedelta import relativedelta

from . import lang
from .dates import FIRST_YEAR, LAST_YEAR, plausible_day
from .lexicon import phrase_alternation
from .textspans import WholeWords, ascii_digits

_SHAPES = dict(
    weekdays="numbers", weekday_abbreviations="numbers", months="numbers", count_words="numbers",
    count_fractions="numbers",
    relative_days="numbers", units="labels", window_openers="words", window_recent="words",
    recent_window_openers="words",
    daily="words", not_daily_after="words", dated_span_after="words", range_joiners="words",
    operation_openers="words", operation_span_nouns="words", operation_modifiers="words",
    operation_clause_openers="words",
    operation_words="words", start_verbs="words", so_far="words", so_far_blockers="words",
    ranking_stops="words",
    since_back_references="words", span_approximations="words", span_war_words="words",
    conflict_words="words", toll_verbs="words", start_nouns="words", speech_verbs="words",
    speech_gap="words", interview_verbs="words", dateline_prefixes="words", last_words="words",
    this_words="words", weekend_openers="words", weekend_words="words", day_pair_joiners="words",
    day_part_plurals="words",
    clock_marks="words",
    week_ordinals="numbers", month_parts="numbers", month_part_phrases="numbers",
    month_after_start="words", month_openers="words", year_parts="numbers",
    whole_year_openers="words", year_openers="words",
    span_ends="words", span_events="words", day_openers="words", not_the_day_after="words",
    start_pronouns="words", this_week_counts="words", perfect_auxiliaries="words",
    perfect_tense_auxiliaries="words", participle_endings="words",
    opening_window_tails="words",
    as_of_words="words", operation_start_verbs="words", window_firsts="words",
    since_words="words", since_before_start_words="words", frequency_words="words",
    recent_spans="words",
)  # fmt: skip
_UNIT_DAYS = {"hour": 1 / 24, "day": 1, "week": 7, "fortnight": 14, "month": None, "year": None}
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"


def _alternation(words) -> str:
    return phrase_alternation(list(words))


def _capitalised(words) -> str:
    """Alternation of words as written in running text: capitalised, or all in capitals."""
    forms = sorted(
        {w.capitalize() for w in words} | {w.upper() for w in words}, key=len, reverse=True
    )
    return "|".join(regex.escape(w) for w in forms)


@dataclass(frozen=True)
class _Grammar:
    """One language's period words, compiled."""

    language: str
    weekday_number: dict[str, int]
    month_number: dict[str, int]
    count_number: dict[str, float]
    count_fractions: dict[str, float]  # "and a half" after a count: "five and a half months"
    relative_days: dict[str, int]
    units: dict[str, str]
    week_ordinals: dict[str, int]  # "first" -> 1, "last" -> -1: the week of a named month
    year_parts: dict[str, int]  # "half" -> 6: the months of a part of a year
    # "last", "past": the year before, in "the first half of last year"
    last_word_set: frozenset[str]
    month_parts: dict[str, int]  # "late" -> 21: the day "since late September" starts on
    month_part_phrases: dict[str, int]  # "the end of" -> 21
    month_part_in: regex.Pattern  # "at the end of September" anywhere in a "since" phrase
    weekday: str  # pattern source: a weekday name, capitalised
    date: str  # pattern source: a date ("Sept. 30", "30 September 2015", "March 2011", "2011")
    date_re: regex.Pattern
    since_back: regex.Pattern  # "since |then|": the date the sentence before states
    day_word: regex.Pattern  # "Monday", "yesterday", "March 3": a day named on its own
    window: regex.Pattern
    ranges: regex.Pattern
    calendar: regex.Pattern
    cumulative: regex.Pattern
    so_far_blocked: regex.Pattern
    so_far_blocked_reach: int  # the longest text so_far_blocked matches, and one more
    this_week_counts: regex.Pattern  # "so far this week", "this week alone"
    perfect_before_week: regex.Pattern  # "have flown 300 sorties |this week"
    opening_window_end: regex.Pattern  # "Last week| alone,| 150 civilians died"
    ranking_before: regex.Pattern
    frequency_before: regex.Pattern  # "three |times| in a week": how often, not how long
    recent_word: regex.Pattern  # "over the |past| day": a span up to now, not a rate
    since_conflict: regex.Pattern
    since_calendar: regex.Pattern  # "since the start of the year"
    since_it_began: regex.Pattern  # "since they began": the operation the sentence counts
    war_toll: regex.Pattern
    conflict_start: regex.Pattern
    conflict_start_words: WholeWords
    operation_words: regex.Pattern
    operation_verb: WholeWords
    operation_start: regex.Pattern
    speech_date: regex.Pattern
    speech_month: regex.Pattern  # "estimated in February": when it was said
    speech_date_first: regex.Pattern
    speech_span_first: regex.Pattern  # "|Last month|, the coalition said": the saying's
    as_of_date: regex.Pattern  # "as of |Monday|"
    interview_verb: regex.Pattern
    interview_day: regex.Pattern
    dateline: regex.Pattern
    window_hint: re.Pattern  # one literal scan each, before the costlier patterns
    when_hint: re.Pattern
    range_hint: re.Pattern
    calendar_hint: re.Pattern
    cumulative_hint: re.Pattern
    perfect_tense: regex.Pattern  # "has killed", "had been driven": a verb in a perfect
    interview_words: tuple[str, ...] = field(default=())


def _grammar(language: str = lang.DEFAULT_LANGUAGE) -> _Grammar:
    """The patterns of ``language``, compiled once per language however it is passed: a cache
    keyed on the call itself held ``_grammar()`` and ``_grammar("en")`` apart, and compiled
    the same patterns twice in every process (a tenth of a second)."""
    return _compiled_grammar(language)


@functools.lru_cache(maxsize=8)
def _compiled_grammar(language: str) -> _Grammar:
    t = lang.table("periods", language, **_SHAPES)
    weekday_number = {**{k.lower(): int(v) for k, v in t["weekdays"].items()}}
    abbreviation_number = {k.lower(): int(v) for k, v in t["weekday_abbreviations"].items()}
    month_number = {k.lower(): int(v) for k, v in t["months"].items()}
    weekday = rf"(?:{_capitalised(weekday_number)})"
    any_weekday = rf"(?:{_capitalised(list(weekday_number) + list(abbreviation_number))})"
    months = rf"(?:{_capitalised(month_number)})"
    # An optional weekday before a full date: "Friday March 27 2015", "Wed 19 Apr 2017".
    weekday_first = rf"(?:{any_weekday}\.?,?\s{{1,3}})?"
    date = (
        # "Oct. 7", and as copy that lost a space writes it, "Oct.7".
        rf"(?:{weekday_first}(?:{months})(?:\.\s{{0,3}}|\s{{1,3}}){_DAY}(?:,?\s{{1,3}}\d{{4}})?(?!\d)"
        rf"|{weekday_first}{_DAY}\s{{1,3}}(?:of\s{{1,3}})?(?:{months})\.?(?:,?\s{{1,3}}\d{{4}})?(?!\d)"
        rf"|(?:{months})\.?,?\s{{1,3}}\d{{4}}"
        r"|(?<!\d)(?:19|20)\d{2}(?!\d))"
    )
    counts = "|".join(
        [r"\d{1,4}"] + [regex.escape(w) for w in sorted(t["count_words"], key=len, reverse=True)]
    )
    counts = rf"(?:{counts})(?:\s{{1,3}}(?:{_alternation(t['count_fractions'])}))?"
    units = _alternation(t["units"])
    operation_words = _alternation(t["operation_words"])
    openers = _alternation(t["window_openers"])
    recent_openers = _alternation(t["recent_window_openers"])
    recent = _alternation(t["window_recent"])
    daily = _alternation(t["daily"])
    not_daily = _alternation(t["not_daily_after"])
    joiners = _alternation(t["range_joiners"])
    # Two patterns, each tried only when a quick test finds its words: spans with a count or
    # per day ("over the past 24 hours", "64 sorties a day"), and named ranges ("Sunday through
    # Wednesday", "from Friday March 27 2015 to Friday April 10 2015").
    span_ends = _alternation(t["span_ends"])
    # The day a span ends on, after an hour or none: "to 0800 GMT on Saturday", "to Sunday".
    until = (
        rf"(?:(?:\s{{1,3}}[\w:.]{{1,12}}){{0,3}}?\s{{1,3}}(?:on\s{{1,3}})?"
        rf"(?P<until_day>(?-i:{weekday})|(?-i:{date})))"
    )
    # What makes "the last week" or "the last two months" a part of a month or a year, not a
    # span up to the as-of day: "of September", "of 2015", "of last year", "of the year".
    year_of = (
        rf"(?:(?-i:{months})|(?:19|20)\d\d(?!\d)"
        rf"|(?:(?:the|{_alternation([*t['this_words'], *t['last_words']])})\s{{1,3}})?year\b)"
    )
    window = regex.compile(
        # Headlines drop the article: "hit 472 targets in past 48 hours".
        # Or "of the last two days" ("of last year" is a year).
        rf"(?i:\b(?:(?:{openers})\s{{1,3}}(?:(?:the|a)\s{{1,3}})?|(?:{recent_openers})\s{{1,3}}the\s{{1,3}})"
        rf"(?:{recent})\s{{1,3}}"
        # "in the last week of September" is a week of that month (see calendar below).
        rf"(?:(?P<count>{counts})(?:\s{{1,3}}|-))?(?P<unit>{units})\b(?!\s{{1,3}}of\s{{1,3}}{year_of})"
        # The order translated briefings use: "during the 24 past hours".
        rf"|\b(?:{openers})\s{{1,3}}the\s{{1,3}}(?P<count>{counts})\s{{1,3}}(?:{recent})\s{{1,3}}"
        rf"(?P<unit>{units})\b"
        # Not "in a day-long battle": a unit joined to what follows describes it.
        rf"|\b(?:{openers})\s{{1,3}}(?P<count>{counts})(?:\s{{1,3}}|-)(?P<unit>{units})(?![\w-])"
        rf"(?!\s{{1,3}}(?:{_alternation(t['dated_span_after'])})\b)"
        # "in the first three months", "over its opening week": from the operation's start.
        rf"|\b(?:{openers})\s{{1,3}}(?:the|its|their)\s{{1,3}}(?P<first>{_alternation(t['window_firsts'])})"
        # Of nothing, or of the operation: "the first six months of 2015", "the first week of
        # the truce" open other spans.
        rf"\s{{1,3}}(?:(?P<count>{counts})(?:\s{{1,3}}|-))?(?P<unit>{units})\b"
        rf"(?!\s{{1,3}}of\b(?!\s{{1,3}}(?:(?:the|its|their|[\w-]{{1,20}}['\u2019]s)\s{{1,3}})?"
        rf"(?:[\w-]{{1,20}}\s{{1,3}}){{0,2}}(?:{operation_words})\b))"
        rf"|\b(?:in|over|during)\s{{1,3}}(?:a|one|the)\s{{1,3}}(?P<count>\d{{1,3}})-(?P<unit>hour|day)\s{{1,3}}period\b"
        # "During the day, the aircraft made 48 combat sorties", "over the week": the day or
        # week a briefing covers, as translated ministry reports put the past 24 hours or
        # seven days; not "the day of the attack".
        rf"|\b(?:{_alternation(t['day_openers'])})\s{{1,3}}the\s{{1,3}}(?P<unit>day|week)\b"
        rf"(?!\s{{1,3}}(?:{_alternation(t['not_the_day_after'])})\b)"
        # "in the 24 hours to 0800 GMT on Saturday", "in the week to Sunday": a span up to the
        # time it names, ending on the day it names when it names one.
        rf"|\b(?:{openers})\s{{1,3}}the\s{{1,3}}(?P<count>{counts})(?:\s{{1,3}}|-)(?P<unit>{units})"
        rf"\s{{1,3}}(?:{span_ends})\b{until}?"
        rf"|\b(?:{openers})\s{{1,3}}the\s{{1,3}}(?P<unit>{units})\s{{1,3}}(?:{span_ends})\b{until}"
        # "two days of Russian bombing have killed 60": the span of the events it names.
        rf"|\b(?P<count>{counts})(?:\s{{1,3}}|-)(?P<unit>{units})\s{{1,3}}of\s{{1,3}}"
        rf"(?:[\w-]{{1,20}}\s{{1,3}}){{0,2}}(?:{_alternation(t['span_events'])})\b"
        rf"|\b(?P<daily>{daily})(?![\w-])(?!\s{{1,3}}(?:{not_daily})\b))"
    )
    # "8 a.m.", "8:30 pm", "0800 GMT": the time of day a range's end may name.
    clock = (
        rf"(?:\d{{1,2}}(?::\d{{2}})?|\d{{4}})\s{{0,2}}"
        rf"(?i:{_alternation(t['clock_marks'])})(?![\w])"
    )
    # "between the afternoons of 26 and 27 December", as UN situation reports write a day.
    from_between = (
        rf"\b(?i:from|between)\s{{1,3}}"
        rf"(?:(?i:the\s{{1,3}}(?:{_alternation(t['day_part_plurals'])})\s{{1,3}}of)\s{{1,3}})?"
    )
    ranges = regex.compile(
        rf"(?P<first_day>{weekday})\s{{1,3}}"
        rf"(?:(?i:{joiners})|(?<=(?i:between)\s{{1,3}}\S{{1,12}}\s{{1,3}})(?i:and))"
        rf"\s{{1,3}}(?P<last_day>{weekday})\b"
        # "between September and November", "from May 2015 to January 2016": whole months.
        rf"|\b(?i:from|between)\s{{1,3}}(?P<first_month>{months})(?:\.?,?\s{{1,3}}(?P<first_month_year>\d{{4}}))?"
        rf"\s{{1,3}}(?i:to|and|until|till|through)\s{{1,3}}(?P<last_month>{months})"
        rf"(?:\.?,?\s{{1,3}}(?P<last_month_year>\d{{4}})|\s{{1,3}}(?P<months_last_year>(?i:last\s{{1,3}}year)))?"
        r"(?![\w-])(?!\.?\s{0,3}\d)"
        # "between 2004 and 2018", "from 2014 to 2016", "in 2004-2018": whole years; not a
        # pair of counts ("between 2000 and 2500 soldiers").
        rf"|\b(?i:from|between|in|during)\s{{1,3}}(?P<first_year>(?:19|20)\d\d)\s{{0,3}}"
        rf"(?:(?i:to|and|until|till|through)|[-\u2013])\s{{0,3}}(?P<last_year>(?:19|20)\d\d)"
        r"(?![\d.,:]?\d)(?!\s{1,3}[a-z]{2,20}s\b)"
        rf"|{from_between}(?:(?P<first_clock>{clock}),?\s{{1,3}})?(?P<first_date>{date})"
        rf"(?:,?\s{{1,3}}(?i:to|and|until|till|through)\s{{1,3}}|\s{{0,3}}[-\u2013]\s{{0,3}})"
        rf"(?:(?P<last_clock>{clock}),?\s{{1,3}})?(?P<last_date>{date})"
        # "on Saturday and Sunday": a window only when the days follow each other (checked
        # where it is read); "on Monday and Thursday" names two separate days.
        rf"|(?P<pair_first>{weekday}),?\s{{1,3}}(?i:{_alternation(t['day_pair_joiners'])})"
        rf"\s{{1,3}}(?P<pair_last>{weekday})\b"
        # "from October 1 to 7", "between Oct. 1 and 15, 2015": days of one month.
        rf"|{from_between}(?P<span_month>{months})\.?\s{{1,3}}(?P<span_first>\d{{1,2}})"
        rf"(?:st|nd|rd|th)?\s{{0,3}}(?:(?i:to|and|until|till|through)|[-\u2013])\s{{0,3}}"
        rf"(?P<span_last>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s{{1,3}}(?P<span_year>\d{{4}}))?(?![\d.,:]?\d)"
        # "on December 28-29", "during December 28 and 29", "26 strikes June 11-17": days of
        # one month, no "to".
        rf"|(?:\b(?i:on|during|over)\s{{1,3}}|(?<=\s))(?P<span_month>{months})\.?\s{{1,3}}(?P<span_first>\d{{1,2}})"
        rf"(?:st|nd|rd|th)?\s{{0,3}}(?:(?i:and)|[-\u2013])\s{{0,3}}"
        rf"(?P<span_last>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s{{1,3}}(?P<span_year>\d{{4}}))?(?![\d.,:]?\d)"
        # Not a count after "and": "killed four on March 8 and 11 more were wounded", "29
        # soldiers".
        r"(?!\s{1,3}(?:more|others?|[a-z]{2,20}s)\b)"
        # "on 28-29 December", "from 28 to 29 December": the day first.
        rf"|(?:{from_between}|\b(?i:on|during|over)\s{{1,3}})(?P<span_first>\d{{1,2}})(?:st|nd|rd|th)?"
        rf"\s{{0,3}}(?:(?i:to|and|until|till|through)|[-\u2013])\s{{0,3}}(?P<span_last>\d{{1,2}})"
        rf"(?:st|nd|rd|th)?\s{{1,3}}(?P<span_month>{months})(?:,?\s{{1,3}}(?P<span_year>\d{{4}}))?"
        r"(?![\d.,:]?\d)"
    )
    last_words = _alternation(t["last_words"])
    this_words = _alternation(t["this_words"])
    past_days = [k for k, v in t["relative_days"].items() if v < 0]  # "yesterday"
    # Calendar spans: "in May", "in August 2013", "In August last year", "this year", "last
    # month" (the last two relative to the as-of day).
    calendar = regex.compile(
        rf"\b(?i:in|during|throughout)\s{{1,3}}(?:(?i:{_alternation(t['month_openers'])})\s{{1,3}})?"
        rf"(?:(?i:early|late|mid-?)\s{{0,3}})?(?P<month>{months})(?:\s{{1,3}}(?i:and|or|&)\s{{1,3}}(?P<and_month>{months}))?"
        rf"(?:\.?,?\s{{1,3}}(?P<year>\d{{4}})"
        rf"|\s{{1,3}}(?P<month_last_year>(?i:{last_words})\s{{1,3}}year))?(?![\w-])"
        # "in 2018", "throughout 2018", "in all of 2018", "during the whole of 2018".
        rf"|\b(?i:in|during|throughout)\s{{1,3}}(?:(?i:{_alternation(t['whole_year_openers'])})\s{{1,3}})?"
        rf"(?P<bare_year>(?:19|20)\d{{2}})(?!\d)"
        rf"|\b(?P<relative>(?i:{this_words}|{last_words}))\s{{1,3}}(?P<span>(?i:year|month|week))\b"
        rf"|\b(?P<yesterday>(?i:{_alternation(past_days)}))\b"
        rf"|\b(?P<weekend>(?i:{_alternation(t['weekend_openers'])})\s{{1,3}}"
        # Not "the weekend of Oct. 3", a weekend named by its date.
        rf"(?i:{_alternation(t['weekend_words'])}))\b(?!\s{{1,3}}(?i:of)\b)"
        rf"|\b(?:(?i:in|during|over|throughout)\s{{1,3}})?(?i:the)\s{{1,3}}"
        rf"(?P<ordinal>(?i:{_alternation(t['week_ordinals'])}))\s{{1,3}}(?i:week)\s{{1,3}}(?i:of)\s{{1,3}}"
        rf"(?P<week_month>{months})(?:\.?,?\s{{1,3}}(?P<week_year>\d{{4}}))?(?![\w-])"
        # "in the first half of 2016", "the third quarter of last year", "the first half of
        # the year" (the as-of day's), "the first three months of 2016".
        rf"|\b(?:(?i:in|during|over|throughout)\s{{1,3}})?(?i:the)\s{{1,3}}"
        rf"(?P<part_ordinal>(?i:{_alternation(t['week_ordinals'])}))\s{{1,3}}"
        rf"(?:(?P<year_part>(?i:{_alternation(t['year_parts'])}))"
        rf"|(?P<part_count>{counts})(?:\s{{1,3}}|-)(?P<part_unit>(?i:{units})))\s{{1,3}}(?i:of)\s{{1,3}}"
        rf"(?:(?i:the\s{{1,3}}year\s{{1,3}})?(?P<part_year>(?:19|20)\d{{2}})(?!\d)"
        rf"|(?P<part_relative>(?i:the|{this_words}|{last_words}))\s{{1,3}}(?i:year)\b)"
    )
    blockers = _alternation(t["so_far_blockers"])
    degree_blockers = _alternation(
        [w for w in t["so_far_blockers"] if w.lower().endswith("est") and w.lower() != "latest"]
        + ["worst"]
    )
    operation_openers = _alternation(t["operation_openers"])
    operation_nouns = _alternation(t["operation_span_nouns"])
    operation_modifiers = rf"(?:(?:{_alternation(t['operation_modifiers'])})\s{{1,3}}){{0,2}}"
    start_verbs = _alternation(t["start_verbs"])
    conflict = _alternation(t["conflict_words"])
    toll_verbs = _alternation(t["toll_verbs"])
    start_nouns = _alternation(t["start_nouns"])
    since = _alternation(t["since_words"])
    since_before_start = (
        rf"(?:{_alternation(t['since_before_start_words'])})"
        rf"(?=\s{{1,3}}the\s{{1,3}}(?:{start_nouns})\s{{1,3}}of\b)"
    )
    cumulative = regex.compile(
        # Up to a comma, but for a year after one: "since Oct. 7, 2023".
        rf"(?i:\b(?:{since}|{since_before_start})\b)\s{{1,3}}(?P<since>[^,;:\n]{{1,120}}(?:,\s{{1,3}}(?:19|20)\d\d(?!\d))?)"
        rf"|(?i:\b(?:{operation_openers})\s{{1,3}}the\s{{1,3}}"
        rf"{operation_modifiers}(?P<operation>{operation_nouns})(?![\w'\u2019-])"
        # Not one dated action of it: "during the offensive on Tuesday", "... near Avdiivka
        # on Saturday", "... last week"; nor its part ("the offensive's first hours").
        rf"(?!(?:(?!\b(?:{_alternation(t['operation_clause_openers'])})\b)[^.,;\n]){{0,40}}?"
        rf"(?<![\w-])(?:(?-i:{weekday}|{months})|(?:{last_words}|{this_words})\s{{1,3}}[a-z]{{3,10}})\b))"
        # "over nearly five months of the operation", "during the eight days of the offensive":
        # the whole operation so far, however long.
        rf"|(?i:\b(?:over|in|during|after|across|throughout)\s{{1,3}}(?:the\s{{1,3}})?"
        rf"(?:(?:{_alternation(t['span_approximations'])})\s{{1,3}})?(?P<span_count>{counts})\s{{1,3}}"
        rf"(?P<span_unit>{units})\s{{1,3}}of\s{{1,3}}(?:(?:the|its|their|[\w-]{{1,20}}['\u2019]s)\s{{1,3}})?"
        rf"(?:{operation_modifiers}(?P<span_of>{operation_nouns})"
        # "in more than 14 months of war": the war so far.
        rf"|(?P<span_war>{_alternation(t['span_war_words'])}))\b)"
        rf"|(?i:\b(?P<so_far>{_alternation([*t['so_far'], *t['recent_spans']])})\b)"
        # "the war, which began in 2011, has killed"; "The war ... erupted in April 2023 and has
        # killed" (a perfect must follow, see below).
        # Or after a relative clause of its toll: "The war, which has killed 400,000 people,
        # began in 2011".
        rf"|(?i:\b(?:which|that|(?:{conflict})\b(?:,\s{{0,3}}(?:which|that)\b[^;\n]{{1,100}}?,)?"
        rf"[^,.;\n]{{0,50}}?)\s{{1,3}}(?:{start_verbs})(?:\s{{1,3}}up)?"
        # Where it began may come between: "which began in northeastern Nigeria in 2009", "in
        # the Cabo Delgado province in 2017", "in Nigeria's northeast in 2009".
        r"(?:\s{1,3}in\s{1,3}(?:the\s{1,3})?(?:[a-z]{3,15}\s{1,3})?(?-i:[A-Z])[\w'\u2019-]{1,30}"
        r"(?:\s{1,3}[\w'\u2019-]{2,30}){0,2}?)?"
        rf"\s{{1,3}}(?:in|on)\s{{1,3}})(?P<began>{date})"
        rf"|(?P<war_toll>(?i:\b(?:{conflict})\b)[^.;:,\n]{{0,40}}?(?i:\b(?:has|have)\s{{1,3}}(?:already\s{{1,3}}|now\s{{1,3}})?(?:{toll_verbs})\b))"
    )
    # Up to two words before the war's noun: "since the full-scale invasion began", "since the
    # start of Russia's full-scale invasion".
    war_modifiers = r"(?:[\w-]{1,20}(?:'s|\u2019s|s)?\s{1,3}){0,2}"
    since_conflict = regex.compile(
        rf"(?i:^(?:the\s{{1,3}})?{war_modifiers}(?:{conflict})\s{{1,3}}(?:{start_verbs})"
        rf"|^(?:the\s{{1,3}})?(?:{start_nouns})\s{{1,3}}of\s{{1,3}}(?:the\s{{1,3}})?{war_modifiers}"
        rf"(?:{conflict})\b)"
    )
    # "since the start of the year", "since the beginning of this month".
    calendar_spans = _alternation(
        [word for word, unit in t["units"].items() if unit in ("year", "month")]
    )
    since_calendar = regex.compile(
        rf"(?i:^(?:the\s{{1,3}})?(?:{start_nouns})\s{{1,3}}of\s{{1,3}}(?:the|this)\s{{1,3}}"
        rf"(?P<span>{calendar_spans})\b)"
    )
    war_toll = regex.compile(
        rf"(?i:\b(?:{conflict})\b)[^.;:,\n]{{0,40}}?(?i:\b(?:has|have)\s{{1,3}}(?:already\s{{1,3}}|now\s{{1,3}})?(?:{toll_verbs})\b)"
    )
    conflict_start = regex.compile(
        rf"(?i:\b(?:{conflict})\b)[^.;\n]{{0,60}}?(?:(?i:\b(?:{start_verbs})\s{{1,3}}(?:in|on))|(?i:\b(?:{since})))"
        rf"\s{{1,3}}(?P<date>{date})"
    )
    conflict_start_words = WholeWords(
        [*(w.split()[0] for w in t["start_verbs"]), *(w.split()[0] for w in t["since_words"])]
    )
    speech_verbs = _alternation(t["speech_verbs"])
    gap = _alternation(t["speech_gap"])
    when = rf"(?:{weekday}|(?i:{_alternation(t['relative_days'])})|{date})"
    speech_date = regex.compile(
        rf"(?i:\b(?:{speech_verbs})\b)(?:\s{{1,3}}(?:(?i:{gap})|[A-Z][\w.'-]{{1,20}})){{0,2}}"
        rf"\s{{1,3}}(?i:on\s{{1,3}})?(?P<when>{when})\b"
    )
    # "..., a think tank estimated in February": the month of the saying, no window of the
    # figure's (the calendar spans skip it, as they skip the day of "said yesterday").
    speech_month = regex.compile(
        rf"(?i:\b(?:{speech_verbs})\b)(?:\s{{1,3}}(?:(?i:{gap})|[A-Z][\w.'-]{{1,20}})){{0,2}}"
        rf"\s{{1,3}}(?P<when>(?i:in|during)\s{{1,3}}(?:(?i:early|late|mid-?)\s{{0,3}})?{months}"
        rf"(?:\.?,?\s{{1,3}}\d{{4}})?)(?![\w-])"
        # Only where the saying's clause ends: in "said in February alone its jets flew 400
        # sorties" the month is the figure's.
        r"(?=\s{0,3}(?:[.,;:!?\"\u201d)]|$|\s(?i:that)\b))"
    )
    # "On Monday the monitoring group said ...": a day that opens the sentence and comes before
    # its speech verb, with no figure in between, is the day the figure was given.
    speech_date_first = regex.compile(
        rf"^(?i:on)\s{{1,3}}(?P<when>{weekday}|{date}),?\s{{1,3}}[^\d.;:\n]{{1,100}}?\b(?i:{speech_verbs})\b"
    )
    # "Last month, the coalition said its strikes had killed 220": a span that opens the
    # sentence before its speech verb, with no figure between, dates the saying.
    speech_span_first = regex.compile(
        rf"^(?P<when>(?i:(?:earlier\s{{1,3}}|late\s{{1,3}}|early\s{{1,3}})?(?:last|this))\s{{1,3}}"
        rf"(?i:week|month|year)),\s{{1,3}}[^\d.;:\n]{{1,100}}?\b(?i:{speech_verbs})\b"
    )
    as_of_date = regex.compile(
        rf"(?<![\w-])(?i:{_alternation(t['as_of_words'])})\s{{1,3}}(?P<when>{weekday}|{date})(?![\w-])"
    )
    interview_verbs = [w.lower() for w in t["interview_verbs"]]
    interview_verb = regex.compile(
        rf"\b(?:{_alternation(interview_verbs)}|gave\s{{1,3}}(?:an|the|his|her)\s{{1,3}}interview)"
        r"\s{1,3}(?:to|with)\s{1,3}"
    )
    interview_day = regex.compile(
        rf"[^.\n]{{1,80}}?\s{{1,3}}on\s{{1,3}}(?P<when>{weekday}|{date})\b"
    )
    prefixes = _alternation(t["dateline_prefixes"])
    dateline = regex.compile(
        rf"(?:(?i:{prefixes})\s{{1,3}}(?:(?i:at|on)\s{{1,3}})?)?(?:{any_weekday}\.?,?\s{{1,3}})?"
        rf"(?P<date>{_DAY}\s{{1,3}}(?:{months})\.?,?\s{{1,3}}\d{{4}}"
        rf"|(?:{months})\.?\s{{1,3}}{_DAY},?\s{{1,3}}\d{{4}}"
        r"|(?P<day>\d{1,2})[-./](?P<month>\d{1,2})[-./](?P<year>\d{4}))(?!\d)"
    )
    window_words = tuple(
        sorted({u.lower() for u in t["units"]} | {w.split()[-1].lower() for w in t["daily"]})
    )  # fmt: skip
    # Month names are tested as written (capitalised), as their short forms hide in words.
    calendar_words = tuple(
        sorted(
            {m.capitalize() for m in month_number}
            | {"year", "month", "week"}
            # A year after the words that open one or a span of years: "in 2018", "throughout
            # 2016", "in all of 2018", "between 2004 and 2018".
            | {
                f"{opener} {century}"
                for word in (*t["year_openers"], *t["whole_year_openers"])
                for opener in (word, word.capitalize())
                for century in ("19", "20")
            }
            | {k.lower() for k in past_days}
            | {k.lower() for k in t["year_parts"]}  # "the first half of 2016"
        )
    )
    cumulative_words = tuple(
        sorted({w.lower() for w in t["operation_span_nouns"]}
               | {w.split()[0].lower() for w in t["since_words"]}
               | {w.split()[0].lower() for w in t["start_verbs"]}
               | {w.split()[-1].lower() for w in [*t["so_far"], *t["recent_spans"]]}
               | {w.split()[-1].lower() for w in t["conflict_words"]})
    )  # fmt: skip
    return _Grammar(
        language=language,
        weekday_number={**abbreviation_number, **weekday_number},
        month_number=month_number,
        count_number={k.lower(): float(v) for k, v in t["count_words"].items()},
        count_fractions={
            " ".join(k.lower().split()): float(v) for k, v in t["count_fractions"].items()
        },
        relative_days={k.lower(): int(v) for k, v in t["relative_days"].items()},
        units={k.lower(): v for k, v in t["units"].items()},
        week_ordinals={k.lower(): int(v) for k, v in t["week_ordinals"].items()},
        year_parts={k.lower(): int(v) for k, v in t["year_parts"].items()},
        last_word_set=frozenset(" ".join(w.lower().split()) for w in t["last_words"]),
        month_parts={k.lower(): int(v) for k, v in t["month_parts"].items()},
        month_part_phrases={
            " ".join(k.lower().split()): int(v) for k, v in t["month_part_phrases"].items()
        },
        month_part_in=regex.compile(
            rf"\b(?:(?P<part>(?i:{_alternation(list(t['month_parts']))}))\s{{0,3}}"
            rf"|(?P<phrase>(?i:{_alternation(list(t['month_part_phrases']))}))\s{{1,3}}"
            # "since it began in September", "since Moscow launched its campaign in September"
            rf"|(?P<began>(?i:{start_verbs})(?:\s{{1,3}}[\w'-]{{1,20}}){{0,4}}?\s{{1,3}}"
            rf"(?i:{_alternation(t['month_after_start'])}))\s{{1,3}})"
            rf"(?P<month>{months})(?![\w-])(?:\.?,?\s{{1,3}}(?P<year>\d{{4}}))?"
        ),
        weekday=weekday,
        date=date,
        date_re=regex.compile(date),
        day_word=regex.compile(rf"(?<![\w-])(?:{when})(?![\w-])"),
        since_back=regex.compile(rf"(?i:{_alternation(t['since_back_references'])})(?![\w-])"),
        window=window,
        ranges=ranges,
        calendar=calendar,
        cumulative=cumulative,
        opening_window_end=regex.compile(
            rf"\s{{0,3}}(?:(?i:{_alternation(t['opening_window_tails'])})\s{{0,3}})?,"
        ),
        # A figure and a perfect auxiliary in either order, in the clause before "this week".
        perfect_before_week=regex.compile(
            rf"(?:(?i:\b(?:{_alternation(t['perfect_auxiliaries'])})\b)(?:\s{{1,3}}[a-z]{{2,20}}){{1,3}}"
            r"\s{1,3}(?:[a-z]{1,20}\s{1,3})?\d"
            rf"|\d[^.;:,!?]{{0,60}}(?i:\b(?:{_alternation(t['perfect_auxiliaries'])})\b))"
            r"[^.;:,!?]{0,60}$"
        ),
        this_week_counts=regex.compile(
            rf"(?i:\b(?:{_alternation(t['this_week_counts'])})\b)\s{{0,3}}$"
            rf"|^\s{{0,3}}(?i:\b(?:{_alternation(t['this_week_counts'])})\b)"
        ),
        so_far_blocked=regex.compile(rf"(?i:\b(?:{blockers})\b)[^.;:,\n]{{0,40}}$"),
        so_far_blocked_reach=41 + max(map(len, t["so_far_blockers"])) + 1,  # + 1: the \b
        # "the deadliest attack on a school since", "Russia's heaviest raids in five years": a
        # superlative after a determiner or a possessive ("at least 40 ... in the past five
        # days" is no ranking).
        # A headline drops the determiner: "Deadliest strike since war began kills 40"; there
        # only a superlative of degree ranks ("Most of the 40 sorties ..." does not).
        ranking_before=regex.compile(
            r"(?:(?i:(?:\b(?:the|its|their|his|her|our|this|that)|['\u2019]s)\s{1,3})"
            rf"(?i:(?:{blockers})\b)|^\s{{0,3}}(?i:(?:{degree_blockers})\b))"
            # No figure stands in the ranked phrase: "the latest attacks have killed 50 people
            # this year" ranks nothing.
            rf"(?:\s{{1,3}}(?!(?i:{_alternation(t['ranking_stops'])})\b|\d)[\w'-]{{1,20}}){{0,5}}\s{{1,3}}$"
        ),
        recent_word=regex.compile(rf"\b(?i:{recent})\b"),
        frequency_before=regex.compile(rf"\b(?i:{_alternation(t['frequency_words'])})\s{{1,3}}$"),
        since_conflict=since_conflict,
        since_calendar=since_calendar,
        since_it_began=regex.compile(
            rf"(?i:^(?:{_alternation(t['start_pronouns'])})\s{{1,3}}(?:{start_verbs})\b)"
        ),
        war_toll=war_toll,
        conflict_start=conflict_start,
        conflict_start_words=conflict_start_words,
        operation_words=regex.compile(rf"(?i:\b(?:{operation_words})\b)"),
        operation_verb=WholeWords(
            word for verb in t["operation_start_verbs"] for word in (verb, verb.capitalize())
        ),
        operation_start=regex.compile(
            rf"(?i:\b(?:{start_verbs})\b)[^\n]{{0,160}}?(?i:\b(?:on|{since})\s{{1,3}})(?P<date>{date})"
        ),
        speech_date=speech_date,
        speech_month=speech_month,
        speech_date_first=speech_date_first,
        speech_span_first=speech_span_first,
        as_of_date=as_of_date,
        interview_verb=interview_verb,
        interview_day=interview_day,
        dateline=dateline,
        window_hint=_hint(window_words),
        when_hint=re.compile(
            _hint(
                calendar_words
                + tuple(w.capitalize() for w in weekday_number)
                + tuple(k.capitalize() for k in t["relative_days"])
                + tuple(t["relative_days"])
            ).pattern
            + r"|\b(?:19|20)\d\d\b"
        ),
        range_hint=_hint([w.capitalize() for w in weekday_number if len(w) > 3]),
        calendar_hint=_hint(
            calendar_words + tuple(w.upper() for w in calendar_words if w.islower())
        ),
        cumulative_hint=_hint(cumulative_words),
        perfect_tense=regex.compile(
            rf"(?i:\b(?:{_alternation(t['perfect_tense_auxiliaries'])})\s{{1,3}}(?:\w{{1,20}}\s{{1,3}})?"
            rf"\w{{2,20}}(?:{_alternation(t['participle_endings'])})\b)"
        ),
        interview_words=tuple(interview_verbs) + ("gave",),
    )


def _hint(words) -> re.Pattern:
    """A stdlib alternation of words (each at the start of a word): one fast scan says whether
    any is present."""
    words = sorted(set(words), key=len, reverse=True)
    # A class of first letters up front lets most word starts fail in one step.
    first = "".join(sorted({re.escape(w[0]) for w in words})) if all(words) else ""
    return re.compile(
        r"\b"
        + (f"(?=[{first}])" if first else "")
        + "(?:"
        + "|".join(re.escape(w) for w in words)
        + ")"
    )


# English forms, for modules that build patterns on them (incidents.py).
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def __getattr__(name: str):
    """``periods.DATE``, the pattern source of a written date, built with the English grammar
    on first use rather than at import (compiling it takes a notable part of a second)."""
    if name == "DATE":
        return _grammar().date
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass(frozen=True, slots=True)
class Period:
    """A period stated in a sentence, with the words that stated it."""

    basis: str  # window or cumulative
    start: pd.Timestamp | None
    end: pd.Timestamp | None
    text: str
    offset: int  # where the words start in the article text
    per_day: bool = False  # "64 sorties a day": a rate, its window is one day
    after_figure: bool = False  # "killed 23 people last month": only for figures before it
    # "in October": a month that may only date one incident ("an airstrike that killed 20 in
    # October"); the caller drops it for a figure in such a clause.
    month: bool = False
    # "so far", "in total": a total with no start of its own, which a window stated in the
    # same sentence bounds ("In total, 2,300 were eliminated in the last month").
    total: bool = False


class Cues(NamedTuple):
    """Which kinds of period words a sentence holds (each a quick literal test)."""

    window: bool  # a time unit or "daily": "over the past 24 hours"
    calendar: bool  # a month, "year", "month", "yesterday": "in May", "this year"
    ranges: bool  # two weekdays, or a month with "from"/"between": "Sunday through Wednesday"
    cumulative: bool  # "since", "so far", a war word: "since Sept. 30"
    when: bool  # any day word at all, for "said on Saturday"


def cues_of(sentence: str, *, language: str = lang.DEFAULT_LANGUAGE) -> Cues:
    """Which kinds of period words ``sentence`` holds; a caller reading one sentence for its
    as-of day and its periods finds them once and passes them to both."""
    return _cues_of(sentence, _grammar(language))


_DAY_RANGE = re.compile(
    r"\d(?:st|nd|rd|th)?\s{0,3}(?:[-\u2013]|and)\s{0,3}\d"
)  # "28-29", "28 and 29"


def _cues_of(sentence: str, g: _Grammar) -> Cues:
    lowered = sentence.lower()
    calendar = g.calendar_hint.search(sentence) is not None
    # Two named days make a range ("Sunday through Wednesday"); "from"/"between" a date range.
    ranges = len(g.range_hint.findall(sentence)) >= 2 or (
        calendar
        and ("from" in lowered or "between" in lowered or _DAY_RANGE.search(sentence) is not None)
    )  # fmt: skip
    return Cues(
        window=g.window_hint.search(lowered) is not None,
        calendar=calendar,
        ranges=ranges,
        cumulative=g.cumulative_hint.search(lowered) is not None,
        when=g.when_hint.search(sentence) is not None,
    )


def _year_before(day: pd.Timestamp) -> pd.Timestamp:
    # Timestamp.replace is far cheaper than a DateOffset; 29 February falls back to the 28th.
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


_NUMBER = regex.compile(r"\d{1,4}")
_WORD = regex.compile(r"[A-Za-z]{2,12}")


@functools.lru_cache(maxsize=4096)
def _parse_date(expression: str, language: str) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) named by a date expression, each None when not stated."""
    g = _grammar(language)
    year = month = day = None
    for word in _WORD.findall(expression):
        number = g.month_number.get(word.lower())
        if number is not None and month is None:
            month = number
    for written in _NUMBER.findall(expression):
        digits = ascii_digits(written)
        if digits is None:
            continue  # a digit newer than this Python's Unicode tables
        if len(digits) == 4:
            year = int(digits)
        elif day is None and 1 <= int(digits) <= 31:
            day = int(digits)
    return year, month, day


def resolve_date(
    expression: str, published: pd.Timestamp | None, *, language: str = lang.DEFAULT_LANGUAGE
) -> pd.Timestamp | None:
    """The day a date expression names, read against the publication date.

    "Sept. 30" in an article of 2015-12-11 is 2015-09-30; "Saturday" in an article of Sunday
    2015-10-11 is 2015-10-10 (a weekday is never more than six days back); "April" is the
    first of the latest April not after publication; a bare year is its first of January.
    """
    reference = published if published is not None and not pd.isna(published) else None
    resolved = _resolve(expression, reference, language)
    # "March 1066", "May 30 9999": no day an article of this suite states.
    return resolved if plausible_day(resolved) else None


@functools.lru_cache(maxsize=8192)
def _resolve(
    expression: str, reference: pd.Timestamp | None, language: str
) -> pd.Timestamp | None:
    # Timestamp arithmetic is slow and an archive names the same few days again and again.
    g = _grammar(language)
    words = expression.strip().lower().rstrip(".,")
    first = words.split(" ", 1)[0].rstrip(".,")
    if first in g.weekday_number and (words == first or not any(ch.isdigit() for ch in words)):
        if reference is None:
            return None
        back = (reference.weekday() - g.weekday_number[first]) % 7
        return reference - pd.Timedelta(days=back)
    if words in g.relative_days:
        return None if reference is None else reference + pd.Timedelta(days=g.relative_days[words])
    year, month, day = _parse_date(expression, language)
    if year is not None and not FIRST_YEAR <= year <= LAST_YEAR:
        return None  # pd.Timestamp would raise on year 0 or read 1066 as no article's day
    if month is None:
        if year is None or day is not None:
            return None
        return pd.Timestamp(year, 1, 1)
    try:
        stamp = pd.Timestamp(
            year or (reference.year if reference is not None else 2000), month, day or 1
        )
    except ValueError:
        return None
    if year is None:
        if reference is None:
            return None
        if stamp > reference:
            stamp = _year_before(stamp)
    return stamp


def dateline(text: str, *, language: str = lang.DEFAULT_LANGUAGE) -> pd.Timestamp | None:
    """The date an article's own dateline states at its start, or None.

    Scraped articles open with one: "Wed 19 Apr 2017 ...", "12 February 2015 ...", "Date of
    publication 13 October 2016". Only the start of the first three paragraphs (within the
    first 400 characters) is read, so a date in the story is never taken for it.
    """
    g = _grammar(language)
    start = 0
    for _ in range(3):
        if start >= min(len(text), 400):
            break
        match = g.dateline.match(text, start, min(len(text), start + 80))
        if match is not None:
            if match.group("year"):
                written = [ascii_digits(match.group(name)) for name in ("day", "month", "year")]
                if None in written:
                    return None  # a digit newer than this Python's Unicode tables
                day, month, year = (int(digits) for digits in written)
                if not FIRST_YEAR <= year <= LAST_YEAR:
                    return None
                if month > 12 and day <= 12:
                    day, month = month, day
                try:
                    return pd.Timestamp(year, month, day)
                except ValueError:
                    return None
            return resolve_date(match.group("date"), None, language=language)
        line_end = text.find("\n", start)
        if line_end == -1:
            break
        start = line_end + 1
        while start < len(text) and text[start] in "\n ":
            start += 1
    return None


def operation_start(
    text: str, published: pd.Timestamp | None, *, language: str = lang.DEFAULT_LANGUAGE
) -> pd.Timestamp | None:
    """Start date of the operation the article reports on, if the article states it.

    The first sentence that says something was launched/began "on DATE" and names an
    operation, campaign or air strikes gives it.
    """
    g = _grammar(language)
    # The verbs are found first as whole words; the full pattern, which is costly to scan
    # with, is then matched only at them.
    for verb_start, _ in g.operation_verb.spans(text):
        match = g.operation_start.match(text, verb_start)
        if match is None:
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        context = text[max(line_start, match.start() - 160) : match.end()]
        if g.operation_words.search(context):
            resolved = resolve_date(match.group("date"), published, language=language)
            if resolved is not None:
                return resolved
    return None


def conflict_start(
    text: str, published: pd.Timestamp | None, *, language: str = lang.DEFAULT_LANGUAGE
) -> pd.Timestamp | None:
    """Day the war the article reports on began, if the article says so anywhere.

    "the conflict, which began in March 2011", "the conflict wracking the country since March
    2011": the first such statement gives it, so that "since the conflict began" in another
    sentence has a start.
    """
    g = _grammar(language)
    for verb_start, verb_end in g.conflict_start_words.spans(text):
        # The war noun comes at most 60 characters before the verb.
        match = g.conflict_start.search(
            text, max(0, verb_start - 70), min(len(text), verb_end + 60)
        )
        if match is not None and match.start("date") > verb_start:
            resolved = resolve_date(match.group("date"), published, language=language)
            if resolved is not None and (published is None or resolved <= published):
                return resolved
    return None


def last_date(
    sentence: str, reference: pd.Timestamp | None, *, language: str = lang.DEFAULT_LANGUAGE
) -> pd.Timestamp | None:
    """The last calendar date a sentence writes ("on September 30, 2015", "in March 2016"),
    resolved against ``reference`` when it has no year; None when it writes none."""
    g = _grammar(language)
    found = None
    for match in g.date_re.finditer(sentence):
        found = resolve_date(match.group(), reference, language=language) or found
    return found


def names_day(text: str, start: int, end: int, *, language: str = lang.DEFAULT_LANGUAGE) -> bool:
    """Whether ``text[start:end]`` names a day ("on Monday", "yesterday", "March 3") of what
    happened: the day of a saying ("the ministry said on Friday") is none."""
    g = _grammar(language)
    for day in g.day_word.finditer(text, start, end):
        said = g.speech_date.search(text, max(start, day.start() - 60), day.end())
        if said is None or said.start("when") != day.start():
            return True
    return False


def _occurrences(text: str, word: str) -> Iterator[int]:
    position = text.find(word)
    while position != -1:
        yield position
        position = text.find(word, position + 1)


def interview_dates(
    text: str, published: pd.Timestamp | None, *, language: str = lang.DEFAULT_LANGUAGE
) -> list[tuple[int, str, pd.Timestamp]]:
    """(position, subject as written, day) for each "X spoke to Y on DATE" in an article."""
    g = _grammar(language)
    found = []
    # str.find is a fast literal search where a pattern scan tests every position, so the
    # verbs are located first and the pattern only confirms the phrase there.
    starts = sorted(
        position for verb in g.interview_words for position in _occurrences(text, verb)
    )
    for start in starts:
        verb = g.interview_verb.match(text, start)
        if verb is None:
            continue
        subject = _INTERVIEW_SUBJECT.search(text, max(0, verb.start() - 130), verb.start())
        when = g.interview_day.match(text, verb.end())
        if subject is None or when is None:
            continue
        day = resolve_date(when.group("when"), published, language=language)
        if day is not None and (published is None or day <= published):
            found.append((subject.start(), subject.group("subject"), day))
    return found


_INTERVIEW_SUBJECT = regex.compile(
    r"(?P<subject>\b[A-Z][\w.'-]{0,30}(?:\s[A-Z][\w.'-]{0,30}){0,3})\s{1,3}(?:also\s{1,3})?$"
)


def stated_date(
    sentence: str,
    published: pd.Timestamp | None,
    *,
    language: str = lang.DEFAULT_LANGUAGE,
    cues: Cues | None = None,
) -> pd.Timestamp | None:
    """The day a sentence says its figures were given ("said on Saturday"), or None.

    A day the figures are "as of" counts first ("As of Monday, the toll stood at 2,300");
    else only a day right after the speech verb counts ("said late on Saturday", "told Reuters
    on Monday"), or one opening the sentence before its speech verb ("On Monday the group said
    ..."): in "said four people were wounded on Saturday" the day is when they were wounded.
    """
    g = _grammar(language)
    if not (cues.when if cues is not None else g.when_hint.search(sentence) is not None):
        return None  # no weekday, month, year or "yesterday": no day to find
    match = (
        g.as_of_date.search(sentence)
        or g.speech_date.search(sentence)
        or g.speech_date_first.match(sentence)
    )
    if match:
        resolved = resolve_date(match.group("when"), published, language=language)
        if resolved is not None and (published is None or resolved <= published):
            return resolved
    return None


def as_of_phrase(
    text: str, start: int, end: int, *, language: str = lang.DEFAULT_LANGUAGE
) -> regex.Match | None:
    """The words that date a tally in ``text[start:end]`` ("as of October 9", "as at Monday"),
    or None."""
    return _grammar(language).as_of_date.search(text, start, end)


def _window_length(count_text: str | None, unit: str, g: _Grammar) -> tuple[float | None, str]:
    if count_text is None:
        return 1.0, g.units.get(unit.lower(), unit.lower())
    words = count_text.lower().split()
    fraction = 0.0
    for length in range(len(words) - 1, 0, -1):  # "five and a half": 5 and 0.5
        if " ".join(words[length:]) in g.count_fractions:
            fraction = g.count_fractions[" ".join(words[length:])]
            words = words[:length]
            break
    whole = words[0] if len(words) == 1 else " ".join(words)
    count = float(whole) if whole.isdigit() else g.count_number.get(whole)
    if count is not None:
        count += fraction
    return count, g.units.get(unit.lower(), unit.lower())


def ranks(sentence: str, at: int, language: str = lang.DEFAULT_LANGUAGE) -> bool:
    """Whether a superlative before offset ``at`` ranks what follows ("the deadliest attack on a
    school since the war began"), so that the words there state no period or frame."""
    return _ranked(sentence, at, _grammar(language))


def _ranked(sentence: str, at: int, g: _Grammar) -> bool:
    """Whether a superlative ranks what the period words at ``at`` span ("the deadliest attack
    since the war began"): no count's period."""
    return g.ranking_before.search(sentence, max(0, at - _RANKING_REACH), at) is not None


_RANKING_REACH = 60  # characters read before period words for a superlative that ranks


@functools.lru_cache(maxsize=4096)
def window_start(end: pd.Timestamp, count: float, unit: str) -> pd.Timestamp | None:
    """Start of a window of ``count`` ``unit``s ending at ``end`` (hours round to days).

    None when the window reaches back before the years articles are dated in ("over the past
    339 years"): such words state no window a figure can be compared over.
    """
    return _shifted(end, count, unit, -1)


def window_end(start: pd.Timestamp, count: float, unit: str) -> pd.Timestamp | None:
    """End of a window of ``count`` ``unit``s opening at ``start`` ("in the first three
    months"); None when it would reach past the years articles are dated in."""
    return _shifted(start, count, unit, 1)


def _shifted(day: pd.Timestamp, count: float, unit: str, sign: int) -> pd.Timestamp | None:
    """``day`` moved ``count`` ``unit``s forward (``sign`` 1) or back (-1)."""
    if unit == "month" or unit == "year":
        # A span reaching out of the years articles are dated in is refused before any
        # arithmetic, which would overflow pandas' timestamps for thousands of years.
        years = count / 12 if unit == "month" else count
        if not FIRST_YEAR - 1 <= day.year + sign * years <= LAST_YEAR + 1:
            return None
        moved = day + sign * relativedelta(**{f"{unit}s": int(count)})
        if count != int(count):  # "five and a half months": the half in days
            days = 30.44 if unit == "month" else 365.25
            moved += sign * pd.Timedelta(days=round((count - int(count)) * days))
    else:
        days = count * _UNIT_DAYS[unit]
        if days > (LAST_YEAR - FIRST_YEAR + 1) * 366:
            return None
        moved = day + sign * pd.Timedelta(days=max(1, round(days)))
    return moved if plausible_day(moved) else None


# A capitalised word followed by another: a name ("Daily Sabah", "DAILY POST"), not a rate.
_NAME_AFTER_CAPITAL = regex.compile(r"[A-Z][\w]{0,20}\s{1,3}[A-Z]")


def find_periods(
    sentence: str,
    offset: int,
    as_of: pd.Timestamp | None,
    published: pd.Timestamp | None,
    article_operation_start: Callable[[], pd.Timestamp | None],
    article_conflict_start: Callable[[], pd.Timestamp | None] | None = None,
    *,
    language: str = lang.DEFAULT_LANGUAGE,
    cues: Cues | None = None,
    earlier_date: Callable[[], pd.Timestamp | None] | None = None,
) -> list[Period]:
    """Every window or cumulative period stated in one sentence.

    Parameters
    ----------
    sentence:
        The sentence text; ``offset`` is where it starts in the article.
    as_of:
        The day the figures were given (see :func:`stated_date`; else the publication day).
    article_operation_start, article_conflict_start:
        Return the operation's and the war's start as the article states them elsewhere (see
        :func:`operation_start`, :func:`conflict_start`), for "since the beginning of the
        operation" and "since the conflict began"; called only when a sentence needs them, as
        finding them costs a scan of the article.
    language:
        Whose words to read the sentence with (``lang/<language>/periods.toml``).
    cues:
        Which kinds of period words the sentence holds (:func:`cues_of`), when the caller has
        them already; found from the sentence otherwise.
    earlier_date:
        Returns the date the sentence before states (:func:`last_date`), for "since then";
        called only when a sentence says so.
    """
    g = _grammar(language)
    periods: list[Period] = []
    # Word tests rule out most sentences before the costlier patterns run: every window names
    # a time unit, a weekday or a calendar word, and every cumulative span a cue word.
    if cues is None:
        cues = _cues_of(sentence, g)
    has_window, has_calendar, has_range, has_cumulative = (
        cues.window,
        cues.calendar,
        cues.ranges,
        cues.cumulative,
    )
    matches = list(g.window.finditer(sentence)) if has_window else []
    if has_range:
        matches = sorted(
            matches + list(g.ranges.finditer(sentence)), key=lambda found: found.start()
        )
    taken: list[tuple[int, int]] = []  # spans a range or a cumulative phrase has read
    for match in matches:
        words = match.group()
        if match.re is g.window and match.group("daily"):
            if _NAME_AFTER_CAPITAL.match(sentence, match.start("daily")):
                continue  # "DAILY POST recalls", "the Daily Star reported": a paper's name
            start = None if as_of is None else as_of - pd.Timedelta(days=1)
            periods.append(Period("window", start, as_of, words, offset + match.start(), True))
            continue
        if match.re is g.ranges and (match.group("first_day") or match.group("pair_first")):
            pair = match.group("pair_first") is not None  # "Saturday and Sunday"
            first = resolve_date(match.group("pair_first" if pair else "first_day"), as_of,
                                 language=language)  # fmt: skip
            last = resolve_date(match.group("pair_last" if pair else "last_day"), as_of,
                                language=language)  # fmt: skip
            if first is None or last is None:
                continue
            if first > last:
                first -= pd.Timedelta(days=7)
            if pair and last - first != pd.Timedelta(days=1):
                continue  # "on Monday and Thursday": two separate days, not one span
            # Named days are inclusive: Monday to Thursday is [Monday, Friday).
            periods.append(
                Period("window", first, last + pd.Timedelta(days=1), words, offset + match.start())
            )
            continue
        if match.re is g.ranges:
            taken.append(match.span())  # "... November last year": no "last year" of its own
        if match.re is g.ranges and match.group("first_month"):
            months = _months_span(match, as_of, g)
            if months is not None:
                periods.append(Period("window", *months, words, offset + match.start()))
            continue
        if match.re is g.ranges and match.group("first_year"):
            first_year, last_year = int(match.group("first_year")), int(match.group("last_year"))
            start = pd.Timestamp(first_year, 1, 1)
            if FIRST_YEAR <= first_year < last_year <= LAST_YEAR and start <= as_of:
                end = min(as_of, pd.Timestamp(last_year + 1, 1, 1))
                periods.append(Period("window", start, end, words, offset + match.start()))
            continue
        if match.re is g.ranges and match.group("span_month"):
            days = _days_of_month(match, as_of, g)
            if days is not None:
                periods.append(Period("window", *days, words, offset + match.start()))
            continue
        if match.re is g.ranges:
            first = resolve_date(match.group("first_date"), as_of, language=language)
            last = resolve_date(match.group("last_date"), as_of, language=language)
            if first is None or last is None or first > last:
                continue
            # From a time of one day to the same time of a later one, the window ends on that
            # later day ("between 8 a.m. July 17 and 8 a.m. July 18": 24 hours); else it takes
            # the last day whole.
            clocks = match.group("first_clock"), match.group("last_clock")
            same_time = clocks[0] is not None and " ".join(clocks[0].lower().split()) == " ".join(
                (clocks[1] or "").lower().split()
            )
            end = last if same_time and last > first else last + pd.Timedelta(days=1)
            periods.append(Period("window", first, end, words, offset + match.start()))
            continue
        count, unit = _window_length(match.group("count"), match.group("unit"), g)
        if count is None or count <= 0:
            continue
        if _ranked(sentence, match.start(), g):
            continue  # "the deadliest in the city in five years": a ranking, not a window
        if g.frequency_before.search(
            sentence, max(0, match.start() - 12), match.start()
        ) and not g.recent_word.search(match.group()):
            # "struck the town three times in a week": how often, not a window; but "shelled
            # Kherson 35 times over the past day, killing two" names the span it all fell in.
            continue
        end = as_of
        if match.re is g.window and match.group("first"):
            # "in the first three months": of the operation, from the start the article states.
            begun = article_operation_start()
            opened = None if begun is None else window_end(begun, count, unit)
            if opened is None or (as_of is not None and begun >= as_of):
                continue
            periods.append(
                Period("window", begun, min(opened, as_of) if as_of is not None else opened, words,
                       offset + match.start())
            )  # fmt: skip
            continue
        if match.re is g.window and match.group("until_day") and as_of is not None:
            until = resolve_date(match.group("until_day"), as_of, language=g.language)
            if until is None or until > as_of:
                continue
            if not _YEAR_WRITTEN.search(match.group("until_day")) and as_of - until > pd.Timedelta(
                days=31
            ):
                continue  # "the week to December 25" read on December 12: not last year's
            # "the week to Sunday" holds Sunday; "the 24 hours to 0800 GMT on Wednesday" ends
            # early on Wednesday, so in days it is Tuesday, as "the past 24 hours" would be.
            timed = any(
                ch.isdigit() for ch in sentence[match.end("unit") : match.start("until_day")]
            )
            # Windows end on the as-of day at the latest ("the week to Sunday" read on Sunday).
            end = min(as_of, until if timed else until + pd.Timedelta(days=1))
        start = None if end is None else window_start(end, count, unit)
        if start is None and end is not None:
            continue  # reaches back before any article's day: no window
        periods.append(Period("window", start, end, words, offset + match.start()))
        taken.append(match.span())  # "in the last month": no calendar "last month" of its own
    for match in g.cumulative.finditer(sentence) if has_cumulative else ():
        start = None
        if match.group("since") is not None:
            if _ranked(sentence, match.start(), g):
                continue  # "the deadliest attack on a school since the war began": a ranking
            found = _since(match.group("since"), as_of, published, article_operation_start,
                           article_conflict_start, g)  # fmt: skip
            back = g.since_back.match(match.group("since")) if found is None else None
            if back is not None:
                # "Since then, jets have flown 9,000 sorties": a running total from the date the
                # sentence before states, else from a start the text does not give.
                begun = earlier_date() if earlier_date is not None else None
                usable = begun is not None and (as_of is None or begun <= as_of)
                found = (begun if usable else None, back.group())
            if found is None:
                continue  # "since he said": not a period we can place
            start, words = found
            # The words as written from the opener on ("since", "from the beginning of").
            opener = " ".join(sentence[match.start() : match.start("since")].split()).lower()
            words = f"{opener} {words}"
        elif match.group("operation") is not None or match.group("span_count") is not None:
            if match.group("span_count") is not None:
                reach = max(0, match.start() - g.so_far_blocked_reach)
                if g.so_far_blocked.search(sentence, reach, match.start()):
                    continue  # "the deadliest in the city in five years of war": a ranking
                count, _ = _window_length(match.group("span_count"), match.group("span_unit"), g)
                if count is None or count <= 1:
                    continue  # "in one day of the operation": that day, not the whole so far
                # "in three weeks of Russia's air campaign": the operation so far, not a window
                # of three weeks back from the as-of day.
                offset_range = range(offset + match.start(), offset + match.end())
                periods = [p for p in periods if p.offset not in offset_range]
            if match.group("span_war") is not None:
                # "in 14 months of war": since the war began, when the article says so.
                start = article_conflict_start() if article_conflict_start is not None else None
            else:
                start = article_operation_start()
            words = match.group()
        elif match.group("began") is not None:
            if not g.perfect_tense.search(sentence):
                continue
            start = resolve_date(match.group("began"), published, language=g.language)
            words = match.group()
        elif match.group("war_toll") is not None:
            # "a war that has killed 250,000": since the war began, when the article says so.
            start = article_conflict_start() if article_conflict_start is not None else None
            words = match.group()
        else:
            # The blocker and at most 40 characters stand before "so far": only that much of
            # the sentence is read, so many "so far"s in one sentence stay linear.
            reach = max(0, match.start() - g.so_far_blocked_reach)
            if g.so_far_blocked.search(sentence, reach, match.start()):
                continue  # "the most decisive victory of the war so far": a ranking
            words = match.group()  # "so far": cumulative from an unstated start
        total = match.group("so_far") is not None
        periods.append(
            Period("cumulative", start, as_of, words, offset + match.start(), total=total)
        )
        taken.append(match.span())
    if has_calendar:
        # Words a speech date, a range or a cumulative span already read ("said yesterday",
        # "between September and November last year", "since the conflict began in March
        # 2011") are no window of their own.
        periods.extend(_calendar_periods(sentence, offset, as_of, g, taken))
    return periods


def _since(
    since: str,
    as_of: pd.Timestamp | None,
    published: pd.Timestamp | None,
    article_operation_start: Callable[[], pd.Timestamp | None],
    article_conflict_start: Callable[[], pd.Timestamp | None] | None,
    g: _Grammar,
) -> tuple[pd.Timestamp | None, str] | None:
    """The start a "since ..." phrase names and the words that name it, or None."""
    first_word = since.split(" ", 1)[0].rstrip(".,").lower()
    if first_word in g.weekday_number and as_of is not None:
        # "since Sunday morning": the latest such day on or before the as-of day.
        return resolve_date(first_word, as_of, language=g.language), since.split(" ", 1)[0].rstrip(
            ".,"
        )
    date = g.date_re.search(since, 0, min(len(since), 90))
    words = since.split(None, 2)
    if words and words[0].lower().startswith("mid-"):
        words = ["mid-", words[0][4:], *words[1:]]  # "since mid-September"
        first_word = "mid-"
    if (
        first_word in g.month_parts
        and len(words) > 1
        and words[1].rstrip(".,").lower() in g.month_number
        and words[1][:1].isupper()
        and (date is None or date.start() >= since.find(words[1]))
    ):
        # "since late September": the latest September on or before the as-of day, from the
        # day its part starts.
        # With its year when one is written ("since late September 2014").
        month_at = since.find(words[1])
        written = date.group() if date is not None and date.start() == month_at else words[1]
        month_start = resolve_date(written.rstrip(".,"), as_of or published, language=g.language)
        if month_start is not None:
            start = month_start.replace(day=g.month_parts[first_word])
            reference = as_of or published
            if reference is not None and start > reference and written == words[1]:
                start = start.replace(year=start.year - 1)  # "since late February" on Feb. 10
            if reference is None or start <= reference:
                return start, since[: month_at + len(written.rstrip(".,"))]
    if first_word in g.month_number and since[:1].isupper() and (date is None or date.start() > 0):
        # "since April": the first of the latest April on or before the as-of day.
        return resolve_date(first_word, as_of or published, language=g.language), since.split(
            " ", 1
        )[0].rstrip(".,")
    part = g.month_part_in.search(since, 0, min(len(since), 120))
    if part is not None and date is not None and part.start("month") != date.start():
        part = None  # a date of its own comes first: "since October 3, when ... in late"
    if part is not None and (as_of or published) is not None:
        # "since Moscow began its air campaign at the end of September": the day that part
        # of the month starts, in the latest such month on or before the as-of day.
        reference = as_of or published
        if part.group("began"):
            day = 1  # the whole month: its first day bounds the start
        else:
            part_words = (part.group("part") or part.group("phrase")).lower()
            day = g.month_parts.get(
                part_words, g.month_part_phrases.get(" ".join(part_words.split()))
            )
        month_start = _month_start(part.group("month"), part.group("year"), reference, g)
        if day is not None and month_start is not None:
            start = month_start.replace(day=day)
            if start > reference and not part.group("year"):
                start = start.replace(year=start.year - 1)
            if start <= reference:
                return start, since[: part.end()]
    if date is not None and not (date.group()[:1].isdigit() and len(date.group()) == 4
                                 and not _YEAR_LEAD.search(since, 0, date.start())):  # fmt: skip
        start = resolve_date(date.group(), published, language=g.language)
        if start is not None and (as_of is None or start <= as_of):
            return start, since[: date.end()]
    calendar = g.since_calendar.match(since)
    if calendar is not None and as_of is not None:
        # "since the start of the year": the first day of the as-of day's year (or month).
        unit = g.units.get(calendar.group("span").lower())
        start = as_of.replace(month=1, day=1) if unit == "year" else as_of.replace(day=1)
        return start, since[: calendar.end()]
    conflict = g.since_conflict.search(since)
    if conflict is not None:
        start = article_conflict_start() if article_conflict_start is not None else None
        return start, since[: conflict.end()]
    operation = g.operation_words.search(since, 0, min(len(since), 60))
    if operation is not None:
        return article_operation_start(), since[: operation.end()]
    began = g.since_it_began.match(since)
    if began is not None:
        # "The strikes have killed 1,000 civilians since they began": the operation counted.
        return article_operation_start(), since[: began.end()]
    return None


_YEAR_WRITTEN = regex.compile(r"\d{4}")
# A bare year after "since" is a start only right after it or after "in"/"of": "since 2014",
# "since early 2014", "since the start of 2014"; not a year three clauses later.
_YEAR_LEAD = regex.compile(r"(?i:^(?:(?:early|late|mid-?)\s{1,3})?$|\b(?:in|of)\s{1,3}$)")


def _month_start(
    month_word: str, year_text: str | None, as_of: pd.Timestamp, g: _Grammar
) -> pd.Timestamp | None:
    """The first day of a named month: of ``year_text`` when written, else the latest such
    month on or before the as-of day; None for an unknown month or a year outside the range
    articles are dated in."""
    month = g.month_number.get(month_word.lower().rstrip("."))
    if month is None:
        return None
    if year_text:
        year = int(ascii_digits(year_text) or 0)
        if not FIRST_YEAR <= year <= LAST_YEAR:
            return None
    else:
        year = as_of.year if month <= as_of.month else as_of.year - 1
    return pd.Timestamp(year, month, 1)


def _days_of_month(
    match: regex.Match, as_of: pd.Timestamp | None, g: _Grammar
) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """[start, end) of "from October 1 to 7" (the latest October on or before the as-of day
    unless a year is written); None for days the month lacks or a span after the as-of day."""
    first, last = int(match.group("span_first")), int(match.group("span_last"))
    if as_of is None or not 1 <= first < last:
        return None
    start = _month_start(match.group("span_month"), match.group("span_year"), as_of, g)
    if start is None or last > start.days_in_month or start.replace(day=first) > as_of:
        return None
    return start.replace(day=first), start.replace(day=last) + pd.Timedelta(days=1)


def _months_span(
    match: regex.Match, as_of: pd.Timestamp | None, g: _Grammar
) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """[start, end) of "between September and November": from the first month's first day
    to the end of the last month, or to the as-of day while that month runs. Unwritten years
    are the latest on or before the as-of day, the first month's before the last's."""
    if as_of is None:
        return None
    first_year, last_year = match.group("first_month_year"), match.group("last_month_year")
    if match.group("months_last_year"):
        last_year = str(as_of.year - 1)  # "between September and November last year"
    if last_year and not first_year:
        last = _month_start(match.group("last_month"), last_year, as_of, g)
        first = None if last is None else _month_start(match.group("first_month"), None, last, g)
    else:
        # The first month is the latest on or before the as-of day (or as written), the last
        # the first such month from it: "between September and November" read in October is
        # this September to the as-of day.
        first = _month_start(match.group("first_month"), first_year, as_of, g)
        year_on = None if first is None else first + pd.DateOffset(years=1)
        last = (
            None
            if first is None
            else _month_start(match.group("last_month"), last_year, year_on, g)
        )
        if last is not None and not last_year and last - first >= pd.Timedelta(days=366):
            last = last.replace(year=last.year - 1)
    if first is None or last is None or first > last or first > as_of:
        return None
    return first, min(as_of, last + pd.offsets.MonthBegin(1))


def _week_of_month(
    match: regex.Match, as_of: pd.Timestamp, g: _Grammar
) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """[start, end) of "the first week of October" (the latest October on or before the
    as-of day unless a year is written); None when the month is unknown or the week is later
    than the as-of day."""
    first_day = _month_start(match.group("week_month"), match.group("week_year"), as_of, g)
    if first_day is None:
        return None
    ordinal = g.week_ordinals[" ".join(match.group("ordinal").lower().split())]
    if ordinal > 0:
        start = first_day + pd.Timedelta(days=7 * (ordinal - 1))
    else:
        start = first_day + pd.offsets.MonthBegin(1) - pd.Timedelta(days=7)
    if start > as_of:
        return None
    # A week still running on the as-of day ends there, as other windows do (never empty).
    day = pd.Timedelta(days=1)
    return start, min(start + 7 * day, max(as_of, start + day))


def _part_of_year(
    match: regex.Match, as_of: pd.Timestamp, g: _Grammar
) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """[start, end) of "the first half of 2016", "the third quarter of last year" or "the last
    two months of 2015"; None when the part does not exist ("the third half", "the second
    three months") or has not begun by the as-of day. A part still running ends on the as-of
    day."""
    ordinal = g.week_ordinals[" ".join(match.group("part_ordinal").lower().split())]
    if match.group("part_count"):
        length, unit = _window_length(match.group("part_count"), match.group("part_unit"), g)
        if unit != "month" or length is None or length != int(length) or not 0 < length < 12:
            return None
        months = int(length)
        if ordinal not in (1, -1):
            return None
        first_month = 1 if ordinal == 1 else 13 - months
    else:
        months = g.year_parts[match.group("year_part").lower()]
        count = 12 // months
        index = ordinal - 1 if ordinal > 0 else count - 1
        if index >= count:
            return None
        first_month = 1 + index * months
    if match.group("part_year"):
        year = int(match.group("part_year"))
    else:
        relative = match.group("part_relative").lower()
        year = as_of.year - (relative in g.last_word_set)
    start = pd.Timestamp(year, first_month, 1)
    if start > as_of:
        return None
    return start, min(as_of, start + pd.DateOffset(months=months))


class _SpanSet:
    """Spans of text, asked whether they cover an offset in logarithmic time (a sentence may
    hold hundreds of spans and as many questions)."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans = sorted(spans)
        self.starts = [start for start, _ in spans]
        self.reach = list(itertools.accumulate((end for _, end in spans), max))

    def covers(self, offset: int) -> bool:
        index = bisect.bisect_right(self.starts, offset) - 1
        return index >= 0 and self.reach[index] > offset


def _calendar_periods(
    sentence: str, offset: int, as_of: pd.Timestamp | None, g: _Grammar, taken: list
) -> list[Period]:
    """Windows named by the calendar: "in May", "in August 2013", "this year", "last month"."""
    periods = []
    if as_of is None:
        return periods
    read = None
    for match in g.calendar.finditer(sentence):
        words = match.group()
        if read is None:  # with the days a speech verb already reads ("said yesterday")
            read = _SpanSet(
                taken
                + [
                    m.span("when")
                    for pattern in (g.speech_date, g.speech_month)
                    for m in pattern.finditer(sentence)
                ]
                + [m.span("when") for m in g.speech_span_first.finditer(sentence)]
            )
        if read.covers(match.start()):
            continue
        if _ranked(sentence, match.start(), g):
            continue  # "the deadliest attack in the capital this year": a ranking, no window
        if match.group("yesterday"):
            start = as_of - pd.Timedelta(days=1)
            periods.append(Period("window", start, as_of, words, offset + match.start()))
        elif match.group("weekend"):
            # The latest Saturday before the as-of day, and its Sunday.
            saturday = as_of - pd.Timedelta(days=(as_of.weekday() - 5) % 7 or 7)
            end = saturday + pd.Timedelta(days=2)
            periods.append(Period("window", saturday, end, words, offset + match.start()))
        elif match.group("part_ordinal"):
            part = _part_of_year(match, as_of, g)
            if part is not None:
                periods.append(Period("window", *part, words, offset + match.start()))
        elif match.group("ordinal"):
            week = _week_of_month(match, as_of, g)
            if week is not None:
                periods.append(Period("window", *week, words, offset + match.start(), month=True))
        elif match.group("month"):
            month = g.month_number.get(match.group("month").lower().rstrip("."))
            # "in October and November": the consecutive months from the first to the last.
            last_month = g.month_number.get((match.group("and_month") or "").lower().rstrip("."))
            if month is None:
                continue
            if last_month is not None and (last_month - month) % 12 != 1:
                continue  # "in March and May": two months apart, not one span
            if match.group("year"):
                year = int(ascii_digits(match.group("year")) or 0)
                if not FIRST_YEAR <= year <= LAST_YEAR:
                    continue  # "in May 1066", or digits Python cannot read: no window
            elif match.group("month_last_year"):
                year = as_of.year - 1
            else:
                year = None
            # Without a year, the latest such month that has begun before the as-of day (read
            # on December 1, "in December" is last year's: this one has no day yet).
            latest = as_of.year if (month, 1) < (as_of.month, as_of.day) else as_of.year - 1
            if last_month is None:
                start = pd.Timestamp(latest if year is None else year, month, 1)
                last = start
            else:
                # A written year is the last month's; else the first month is the latest that
                # has begun ("in October and November" read on October 20 is this October to
                # the as-of day).
                if year is None:
                    first_year = latest
                else:
                    first_year = year if month < last_month else year - 1
                start = pd.Timestamp(first_year, month, 1)
                last = pd.Timestamp(first_year + (last_month < month), last_month, 1)
            if start > as_of:
                continue
            # A month that has ended ends there ("killed 200 in October" read in December);
            # the month still running ends on the as-of day.
            end = min(as_of, last + pd.offsets.MonthBegin(1))
            periods.append(Period("window", start, end, words, offset + match.start(), month=True))
        elif match.group("bare_year"):
            start = pd.Timestamp(int(match.group("bare_year")), 1, 1)
            if start <= as_of:
                end = min(as_of, start.replace(year=start.year + 1))
                periods.append(
                    Period("window", start, end, words, offset + match.start(), month=True)
                )
        else:
            span = match.group("span").lower()
            relative = match.group("relative").lower()
            if relative in ("this", "current"):
                if span == "week":
                    # "this week" dates an incident rather than spanning a count, unless words
                    # next to it make it a span ("so far this week", "this week alone").
                    near_before = sentence[max(0, match.start() - 12) : match.start()]
                    near_after = sentence[match.end() : match.end() + 12]
                    if not (
                        g.this_week_counts.search(near_before)
                        or g.this_week_counts.search(near_after)
                        or g.perfect_before_week.search(
                            sentence, max(0, match.start() - 90), match.start()
                        )
                    ):
                        continue
                    start = (as_of - pd.Timedelta(days=as_of.weekday())).normalize()
                elif span == "year":
                    start = as_of.replace(month=1, day=1)
                else:
                    start = as_of.replace(day=1)
                periods.append(Period("window", start, as_of, words, offset + match.start()))
            else:
                # "killed 23 people last month": the calendar month before the as-of day's (a
                # monitor's tally "last month" is that month's), the year likewise; a week back
                # from the as-of day. For figures the words follow; "an attack last month killed
                # 24" only dates the attack.
                end = as_of
                if span == "month":
                    end = as_of.normalize().replace(day=1)
                    start = (end - pd.Timedelta(days=1)).replace(day=1)
                elif span == "year":
                    end = as_of.normalize().replace(month=1, day=1)
                    start = end.replace(year=end.year - 1)
                else:
                    start = window_start(as_of, 1, span)
                if start is None:
                    continue
                # "Last month, Russian jets flew 2,000 sorties": opening the sentence, before a
                # comma, the words cover all of it ("Last week alone, 150 civilians died").
                opens = (
                    not sentence[: match.start()].strip(" \"'\u201c\u2018(")
                    and g.opening_window_end.match(sentence, match.end()) is not None
                )
                periods.append(Period("window", start, end, words, offset + match.start(),
                                      after_figure=not opens))  # fmt: skip
    return periods
