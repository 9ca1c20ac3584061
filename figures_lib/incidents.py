"""What a claim's count covers: its scope, the place it is about and, for incidents, the event day.

Run per article after claim extraction (:func:`annotate`), reading the article once:

- **Scope** (``scope``), a documented rule on the claim's basis and sentence:

  - ``conflict_total``: a figure whose sentence ties its toll to the war as a whole: the war as
    the toll's subject ("a war that has killed more than 250,000", "the conflict, which has
    claimed") or its frame ("killed in the war", "died since the uprising began"); but not a
    window or snapshot figure beside such a toll, which keeps its own scope;
  - ``campaign``: any other cumulative figure (a running count since a start inside the war:
    a ceasefire, an offensive, "since Thursday"), a perfect-tense toll of an operation
    without a period ("strikes in support of the offensive have killed hundreds"), and a toll
    told over several events on no day the sentence names ("in 25 Russian attacks");
  - ``periodic``: a window figure ("in the past 24 hours") or a snapshot (a force size as of a
    day, which is the one-day window of a state); a window that names its day ("yesterday",
    "on Monday") rather than a span is an event's day, so its figure is an ``incident``;
  - ``background``: a figure that the words before it (or just after it) place before the
    story ("last month", "earlier this year", "in a similar attack"), a window or an incident
    dated more than a week before publication ("in August 2013", "an October 2 bomb attack"),
    or to a month other than publication's ("another bomb attack in December"; a tally of the
    month just ended, "documented 1,381 civilian deaths in February" in a story of March,
    stays ``periodic``);
  - ``incident``: every other figure without a period: one event's count.

- **Place** (``place``, ``province``): the place named nearest the figure in its sentence (a
  place the gazetteer lacks counts when a settlement word names it, "the town of Ghandoura":
  see :func:`_local_places`; one that only locates another does not); for
  incidents and background figures, else the last one named before it in its paragraph (or the
  nearest after), else in the headline (the first line), else the whole country the sentence
  places the figure in after a preposition ("Israeli strikes on southern Lebanon killed five":
  ``Lebanon``, with no province; "in Gaza": the Gaza Strip; none for "in Syria and Iraq"),
  else in the dateline unless the dateline is a bureau city (:mod:`figures_lib.places`). A
  headline's town of another country than the sentence's yields to the sentence's country; a
  running count, window or total takes its sentence's country the same way. A
  sentence that spreads its figure over a whole country ("Across Syria", "nationwide") takes
  that country, or none.
  A running count, a window or a conflict total takes a place only from its own sentence, and
  only when the sentence names one place: the place a paragraph or headline names is where an
  event happened, and "in the provinces of Hama, Idlib and Latakia" spreads a ministry's daily
  count over several, so neither narrows what the count covers.
- **Event day** (``event_day``, incidents only): a day named in the sentence ("on Monday",
  "yesterday", "overnight", "April 28"), else in its paragraph, else in the lead paragraph,
  else the day a statement in its sentence is dated ("the sources said on Sunday": no event's
  day before), else the publication date. A weekday is the latest such day on or before
  publication, never more than six days back.
"""

from __future__ import annotations

import bisect
import collections
import datetime
import functools
import itertools
import re
from dataclasses import dataclass, replace
from functools import lru_cache

import pandas as pd
import regex

from . import lang, numbers, periods, speakers
from .errors import FiguresInputError
from .lexicon import (
    claimants,
    inclusion_opener_before,
    load_toml,
    phrase_alternation,
    words_pattern,
)
from .paths import DATA_DIR
from .places import (
    POSSESSIVE,
    Place,
    PlaceMention,
    find_places,
    gazetteer,
    is_bureau,
    is_place_name,
)
from .textspans import (
    Span,
    SpanIndex,
    WholeWords,
    after_last_mark,
    first_word_at,
    mark_between,
    paragraphs,
    sentences,
    thousands_separator,
)

#: The values of the claims table's ``scope`` column.
SCOPES = ("incident", "periodic", "campaign", "conflict_total", "background")
CONFLICTS_FILE = DATA_DIR / "conflicts.toml"
#: How far after a figure a background cue still dates it ("killed 23 people last month").
_BACKGROUND_AFTER = 30
#: An incident dated further back than this before publication is context, not the news.
BACKGROUND_AFTER_DAYS = 7


@dataclass(frozen=True)
class _Words:
    perfect_toll: regex.Pattern  # "have killed", "has now claimed": a toll in the perfect
    present_perfect: tuple[str, ...]  # "has", "have": of a toll up to now
    campaign: regex.Pattern
    attrition: regex.Pattern  # "starved to death", "died of malnutrition"
    background: regex.Pattern
    # "came a week after", "comes just days after": an earlier event the story is set after
    set_after: regex.Pattern
    aside_opening: regex.Pattern  # ", which ": a relative clause set off by a comma
    event_before_aside: regex.Pattern  # "The |attack|, which ...": an event the clause describes
    war_pronoun_toll: regex.Pattern  # "It has killed": a toll whose subject refers back
    war_age: regex.Pattern  # "entered its second year": the war's age, not the toll's period
    war_subject: regex.Pattern  # "The war between the army and the RSF ...": the war opens it
    span_unit: regex.Pattern  # " hours", "-hour" right after a count: a span of time
    tally: regex.Pattern  # "documented", "monthly": a count kept by the month
    over_events: regex.Pattern  # "in |25| Russian attacks": a figure told over several
    events_before: regex.Pattern  # "the |raids| have killed": events, a toll's subject
    one_event: regex.Pattern  # "strike", "attack": one event, as a headline names it
    war_toll: regex.Pattern
    war_since: regex.Pattern  # "since the start of the war": a count of the war so far
    # A war named by a country's word ("Syria's war", "the Syrian civil war"), in "country"
    war_of_country: regex.Pattern
    dateline_before: regex.Pattern
    # "the night of 8 to |9 October", "overnight into |October 9": the night before that day.
    night_into_before: regex.Pattern
    # "the sources said| on Sunday", "told reporters| on Monday": the day of a statement.
    statement_verbs: frozenset[tuple[str, ...]]  # lower-case words of each speech verb
    statement_hearers: frozenset[tuple[str, ...]]  # "reporters", "a news conference"
    # Words after a speech verb that still end its clause: "said |in a statement| on Monday".
    statement_closers: frozenset[str]
    statement_documents: frozenset[str]  # one of them must be among those words: "statement"
    toll_putters: frozenset[str]  # "put" in "put the death toll at 42 on Wednesday"
    statement_issuers: frozenset[tuple[str, ...]]  # "released| a statement on Monday"
    month_only: regex.Pattern
    month_number: dict[str, int]
    range_end_after: regex.Pattern  # "28 September –| 4 October": a range, no dateline
    day: regex.Pattern
    relative_days: dict[str, int]
    day_starts: re.Pattern  # where ``day`` can match: a few letters it opens with, or a digit
    the_event: regex.Pattern  # "in the blast": an event a sentence refers back to
    toll_reference: regex.Pattern  # "Among the dead were": the toll of one
    local_operation: regex.Pattern  # "since the start of |the offensive|": fought at one place
    local_operation_word: regex.Pattern  # "Troops press Marawi |assault|": a battle for a town
    wide_area_reference: regex.Pattern  # "killed in |the territory|": wider than a town
    event_placed: regex.Pattern  # "|The strike on |Wadi al-Kfour": the event, then its place
    event_timed: regex.Pattern  # "The attack took place| late Friday": the event's time next
    event_day_lead: regex.Pattern  # "The strike| on |Friday": the words between event and day
    event_time_stop: regex.Pattern  # "The attack came a day| after ...": the time clause's end
    event_act: regex.Pattern  # "the gunmen |invaded| the communities on Saturday"
    other_event_opener: regex.Pattern  # "Separately, ...": a sentence of another event
    # Between two places, words that make one only locate the other (see _places_in):
    part_of_next: regex.Pattern  # "the Damascus| suburb of |Jaramana"
    part_of_previous: regex.Pattern  # "Jaramana|, a suburb of |Damascus"
    part_word_after: regex.Pattern  # "Daraya, a |Damascus| suburb"
    locates_before: regex.Pattern  # "Saraqeb|, 15 km east of |Idlib", "Adra| in |Damascus"
    route_before: regex.Pattern  # "from Parachinar |to |Peshawar": an end of a route
    place_in: regex.Pattern  # "the village of Tal Jihan| in |Aleppo province"
    # A settlement word in lower case, and the capitalised words no local name holds (see
    # _local_places).
    settlement: WholeWords
    province_word: WholeWords  # "Zamfara |State|": a province the gazetteer lacks
    direction_before: regex.Pattern  # "|North |Kivu province"
    adjective_endings: tuple[str, ...]  # "Iran|ian| state TV": no province's name
    place_reference: regex.Pattern  # "at the city": a place the paragraph before named
    reference_part_before: regex.Pattern  # "many of them in |the city": a part's place
    city_reference: regex.Pattern  # "the |city|": the story's own city (see _referred_town)
    region_reference: regex.Pattern  # "the |region|": a province or region, not a town
    settlement_of: regex.Pattern  # "town| of |Ghandoura"
    settlement_after: regex.Pattern  # "Abu Shouk| camp|, near El Fasher"
    local_name_stops: frozenset[str]
    # "in |Damboa| on": a name after a link, before an end (see _unlisted_places)
    unlisted_place_link: re.Pattern  # "in |Damboa": before a letter (a capital, see below)
    unlisted_place_end: regex.Pattern
    unlisted_place_stops: frozenset[str]
    unlisted_place_blocker: regex.Pattern  # "speaking |in| Davos": where it was said
    # A figure spread over several places, or placed in unnamed ones (see place_of).
    settlements_of: regex.Pattern  # "the towns of |Kafr Nabl and Saraqeb"
    list_gap: regex.Pattern  # "Douma|, | Harasta| and |Zamalka"
    list_end: regex.Pattern  # "Douma, Harasta| and Z|amalka"
    unnamed_places: regex.Pattern  # "in three other villages", "elsewhere"
    province_plurals: frozenset[str]  # "regions": unnamed places wider than a province's towns
    national_tallies: frozenset[str]  # kinds whose counts with no place of their own take none
    defender: regex.Pattern  # "Ukraine's| air defences|": losses over the defenders' country
    nationwide: regex.Pattern  # "nationwide", "Across Syria": a figure of a whole country
    in_country: regex.Pattern  # "in Syria", "in Syria and Iraq": a release's country total
    country_area: regex.Pattern  # "on southern |Lebanon|": a figure's whole country
    area_link: regex.Pattern  # one of country_area's links, alone: "in", "across"
    story_country_articles: frozenset[str]  # "in |a| Russian village": skipped after a link
    people_word_endings: tuple[str, ...]  # "Russian", "Israeli": a people's word, no capital
    launch_target_area: regex.Pattern  # "fired 40 missiles |at Israel|"
    own_verb: regex.Pattern  # "were": a clause's own verb
    country_reference: regex.Pattern  # "in |the country|": the country named otherwise
    country_name: regex.Pattern  # a name of ``area_of`` alone, as written: "|Lebanon|'s"
    title_after: regex.Pattern  # "Volyn| Oblast Governor": a province's official after it
    title_before: regex.Pattern  # "governor of the |Dnipropetrovsk": the official before it
    area_of: dict[str, Place]  # a country's name as written -> its place
    country_areas: frozenset[Place]  # the places of ``area_of``: the Gaza Strip as wide as Syria
    aside_opener: regex.Pattern  # "Turkey|, which| has troops in Syria, said": an aside
    legal_status: regex.Pattern  # "(|outlawed |in Russia)": a law's country, not a figure's
    capital: regex.Pattern  # "the |Yemeni capital|": the capital is a place
    capital_of: dict[str, Place]  # "Yemeni" -> Sanaa
    update_cue: regex.Pattern  # "The toll has |since| risen to 30": a later count
    since_before: regex.Pattern  # "since the war began on |Oct. 7": a count's start
    future_before: regex.Pattern  # "will make a statement on |Monday": no event's day
    future_breakers: frozenset[str]  # "after": "due to resume on Monday |after| Saturday's"
    war_toll_fates: frozenset[str]  # "killed", "wounded": words of a toll's fate
    bureau_as_place: regex.Pattern  # "a mosque |in |Kabul": a bureau city as a place
    speaker_seat: regex.Pattern  # "an army spokesman |in northern |Faryab": where one speaks
    own_link: regex.Pattern  # "three airstrikes| on |al-Watiya airbase and five ...": a name
    # "killed 30 in Douma|, and| on Sunday another killed 12 in Harasta": a clause of its own.
    clause_break: regex.Pattern
    # The same, but not "and" before a figure, which joins an item to a list ("launched 28
    # drones| and 3| missiles overnight, of which 22 ..."): a day after it is still the list's.
    day_clause_break: regex.Pattern
    as_of_before: regex.Pattern  # "as of |October 9": a tally's day
    country_counts: frozenset[str]
    day_shift: regex.Pattern  # "A day later", "the next day": from the day named before
    shift_counts: dict[str, int]  # "two" -> 2
    shift_ways: dict[str, int]  # "later" -> 1, "the previous day" -> -1
    shift_days: tuple[str, ...]  # "day", "Day", "DAY": one of them stands in every shift
    frame_break: regex.Pattern  # "killed 25 in Aleppo province| as |they pushed toward Azaz"
    part_opener: regex.Pattern  # "killed 12, |including |5 in Saraqeb"
    part_closer: regex.Pattern  # "14 strikes, |9 of them| near Raqqa"
    own_place: regex.Pattern  # "eight in Aleppo, |five in |Idlib"
    bare_own_place: regex.Pattern  # "shot down 41, |9 over |Kyiv": no noun between
    provinces_of: regex.Pattern  # "in the |provinces of |Hama, Latakia and Idlib"
    provinces_after: regex.Pattern  # "in Samangan, Takhar and Balkh| provinces"
    frame_opening: regex.Pattern  # "|Near |Damascus, dozens of air raids hit ..."
    # A word every match of war_toll, background and campaign holds (lower case), tested before
    # the pattern runs; None when a pattern has no such words (then it always runs).
    war_toll_hint: re.Pattern | None = None
    background_hint: re.Pattern | None = None
    campaign_hint: re.Pattern | None = None
    attrition_hint: re.Pattern | None = None
    over_events_hint: re.Pattern | None = None


_CALENDAR = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)


def _country_areas(countries, aliases: dict[str, str]) -> dict[str, Place]:
    """Each country's name as written ("the Gaza Strip", "Palestinian territory") -> the place
    a figure in it takes: the gazetteer's region of that name, else the whole country."""
    area_of: dict[str, Place] = {}
    for written, name in [*((c, c) for c in countries), *aliases.items()]:
        bare = name.removeprefix("the ")
        known = gazetteer().lookup(bare)
        area = known if known is not None and known.level == "region" else None
        area_of[written.removeprefix("the ")] = area or Place(bare, "", "country", bare)
    return area_of


def is_country(label: str, language: str = lang.DEFAULT_LANGUAGE) -> bool:
    """Whether a claims table's place is a whole country ("Lebanon"): too wide to be one
    incident's."""
    place = _words(language).area_of.get(label)
    return place is not None and place.level == "country"


@dataclass(frozen=True)
class Conflict:
    """A war a running count can start with (``data/conflicts.toml``)."""

    name: str
    began: datetime.date
    countries: frozenset[str]
    place: str = ""  # where it is fought, one of its countries; "" for a war of several
    names: tuple[str, ...] = ()  # its own names that hold no country: "special military operation"


@lru_cache(maxsize=1)
def conflicts() -> tuple[Conflict, ...]:
    """The wars of ``data/conflicts.toml``, each checked.

    Raises
    ------
    FiguresInputError
        If an entry lacks a field, its ``began`` is no date or a country is unknown.
    """
    entries = load_toml(CONFLICTS_FILE).get("conflict", [])
    known = set(claimants().country_of_word.values()) | {
        place.country for place in _words(lang.DEFAULT_LANGUAGE).area_of.values()
    }
    found = []
    for number, entry in enumerate(entries, 1):
        where = f"{CONFLICTS_FILE.name}: conflict {number} ({entry.get('name', 'no name')})"
        began, countries = entry.get("began"), entry.get("countries")
        if not isinstance(entry.get("name"), str):
            raise FiguresInputError(f"{where}: give it a `name`")
        if not isinstance(began, datetime.date) or isinstance(began, datetime.datetime):
            raise FiguresInputError(f"{where}: `began` must be a date such as 2011-03-15")
        if not isinstance(countries, list) or not countries:
            raise FiguresInputError(f"{where}: `countries` must list one country or more")
        for country in countries:
            if country not in known:
                raise FiguresInputError(
                    f"{where}: unknown country {country!r}; write it as claimants.toml "
                    "or scope.toml's `countries` does"
                )
        place = entry.get("place", "")
        if place and place not in countries:
            raise FiguresInputError(f"{where}: `place` must be one of its `countries`")
        names = entry.get("names", [])
        if not isinstance(names, list) or not all(isinstance(n, str) and n for n in names):
            raise FiguresInputError(f"{where}: `names` must list the war's names as strings")
        found.append(Conflict(entry["name"], began, frozenset(countries), place, tuple(names)))
    return tuple(found)


@lru_cache(maxsize=1)
def _war_names() -> tuple[regex.Pattern | None, dict[str, Conflict]]:
    """A pattern of every war's own ``names`` (whole words, any case, spaces as written), and
    the war of each name in lower case with single spaces."""
    by_name = {
        " ".join(name.lower().split()): conflict
        for conflict in conflicts()
        for name in conflict.names
    }
    if not by_name:
        return None, by_name
    return regex.compile(rf"(?<![\w-])(?i:{phrase_alternation(list(by_name))})(?![\w-])"), by_name


#: How many times as many sentences must name places of a story's main country as of any
#: other for the story to be placed there: a live blog of strikes across Ukraine names Kursk
#: once; a story of Yemen and Saudi Arabia in equal parts has no one country.
_MAIN_COUNTRY_SHARE = 2

#: How long after a war began a start written without its year ("since Oct. 7") may still
#: name the war's first day: past that, writers give the year.
YEARLESS_WAR_START_DAYS = 730


def _starts_with(
    began: datetime.date,
    start: pd.Timestamp,
    year_written: bool,
    month_written: bool,
    published=None,
) -> bool:
    """Whether a running count's start is a war's first day, as precisely as it was written:
    the day ("since Oct. 7, 2023"), the month ("since February 2022", its 1st), the year alone
    ("since 2015", its 1 January), or without a year the day and month, or the month alone,
    within two years of the war's start ("since Oct. 7" in 2025, "since October" in 2024;
    "since March 15" in 2024 is no 2011)."""
    if not year_written:
        recent = published is None or (
            (pd.Timestamp(published) - pd.Timestamp(began)).days <= YEARLESS_WAR_START_DAYS
        )
        if month_written and start.day == 1 and start.day != began.day:
            # "since October" in a story of May 2024: the month the Gaza war began in.
            return recent and (start.year, start.month) == (began.year, began.month)
        return (
            recent
            and (start.month, start.day) == (began.month, began.day)
            and start.year >= began.year
        )
    if start.year != began.year:
        return False
    if (start.month, start.day) == (began.month, began.day):
        return True
    if month_written:
        return start.month == began.month and start.day == 1
    return (start.month, start.day) == (1, 1)


#: Days a window may end before or after the report's day and still run up to the report.
REPORT_DAY_SLACK = 2


def _ends_at_report(row: dict, published) -> bool:
    """Whether a figure's window ends on its report's day (give or take ``REPORT_DAY_SLACK``),
    and its start is written as a date ("from February 24, 2022 to ..."), not counted back."""
    end, start = row.get("period_end"), row.get("period_start")
    if published is None or end is None or start is None or pd.isna(end) or pd.isna(start):
        return False
    if not _YEAR_WRITTEN.search(row.get("period_text") or ""):
        return False
    return abs((pd.Timestamp(end) - pd.Timestamp(published)).days) <= REPORT_DAY_SLACK


_YEAR_WRITTEN = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


@lru_cache(maxsize=8)
def _words(language: str) -> _Words:
    table = lang.table(
        "scope", language, perfect_toll_auxiliaries="words", perfect_present_auxiliaries="words",
        perfect_toll_adverbs="words", perfect_toll_verbs="words", war_place_links="words",
        war_start_verbs="words", war_toll_relatives="words", war_toll_source_verbs="words",
        war_pronouns="words", war_subject_verbs="words", war_subject_links="words",
        other_event_modifiers="words", war_age_verbs="words", war_age_units="words",
        war_age_month_links="words",
        war_toll_adverbs="words", war_toll_verbs="words",
        war_toll_fates="words", war_frames="words",
        war_start_nouns="words", conflict_words="words", conflict_starts="words",
        conflict_start_frames="words",
        campaign_words="words",
        background_words="words", set_after_verbs="words", set_after_participles="words",
        set_after_relatives="words", set_after_time_words="words", aside_relatives="words",
        relative_days="numbers", publication_words="words",
        definite_events="words", toll_references="words", local_operation_words="words",
        tally_words="words", place_parts="words",
        event_time_verbs="words", event_day_leads="words", event_time_stops="words",
        event_acts="words", other_event_openers="words",
        event_day_parts="words", future_markers="words", future_breakers="words",
        settlement_words="words", local_name_stops="words", directions="words",
        unlisted_place_links="words", unlisted_place_ends="words", unlisted_place_stops="words",
        unlisted_place_blockers="words",
        province_words="words", province_directions="words", adjective_endings="words",
        place_references="words", place_reference_bodies="words", reference_part_openers="words",
        city_reference_words="words", region_reference_words="words",
        country_references="words",
        official_titles="words",
        launch_target_links="words", own_verb_words="words", title_province_words="words",
        story_country_articles="words", people_word_endings="words",
        distance_units="words", distance_approximations="words", place_in="words",
        locating_words="words", edge_words="words", route_words="words",
        statement_hearers="words", statement_documents="words", settlement_plurals="words",
        toll_putters="words",
        province_plurals="words",
        unnamed_place_words="words",
        elsewhere_words="words", attrition_words="words", list_conjunctions="words",
        nationwide_words="words", country_openers="words", countries="words",
        aside_openers="words", legal_status_words="words", night_words="words",
        night_span_links="words",
        country_counts="words", update_words="words", country_area_links="words",
        national_tallies="words", defence_words="words", defender_possessives="words",
        country_area_aliases="labels", capitals="labels",
        part_closers="words", own_place_links="words", clause_break_words="words",
        bureau_place_links="words", bureau_place_modifiers="words", bureau_speakers="words",
        place_in_modifiers="words", place_areas="words",
        over_events_openers="words", wide_area_references="words",
        frame_breaks="words", frame_break_spans="words", frame_break_links="words",
        span_units="words",
        event_plurals="words", day_shift_counts="numbers",
        day_shift_phrases="numbers", day_shift_anchored="numbers",
    )  # fmt: skip
    parts = phrase_alternation(table["place_parts"])
    links = phrase_alternation(table["own_place_links"])
    area_of = _country_areas(table["countries"], table["country_area_aliases"])
    capital_of = {
        people: place
        for people, city in table["capitals"].items()
        if (place := gazetteer().lookup(city)) is not None
    }
    conjunctions = phrase_alternation(table["list_conjunctions"])
    events = phrase_alternation(table["definite_events"])
    war_subject_verbs = phrase_alternation(
        [*table["war_start_verbs"], *table["war_subject_verbs"]]
    )
    # A word describing an event between "the" and its noun, or a phrase in quotation marks;
    # not one that makes it another event ("the previous strike").
    event_modifier = (
        rf"(?!(?i:{phrase_alternation(table['other_event_modifiers'])})(?![\w-]))"
        r"(?:\"[^\"\n]{1,40}\"|\u201c[^\u201d\n]{1,40}\u201d|[\w.'\u2019-]{2,25})"
    )
    listed_country = (
        rf"(?:(?i:the)\s{{1,3}})?(?:(?i:{phrase_alternation(table['place_in_modifiers'])})"
        rf"\s{{1,3}})?(?:{phrase_alternation(list(area_of))})(?![\w-])"
    )
    speech = lang.table(
        "speech",
        language,
        verbs="words",
        closing_words="words",
        issuing_verbs="words",
        citing_words="words",
    )
    # The words of a running total's start and of a tally's day, as periods reads them.
    period_words = lang.table("periods", language, since_words="words", as_of_words="words")
    speech_verbs = speech["verbs"]
    relative = {" ".join(k.lower().split()): int(v) for k, v in table["relative_days"].items()}
    day = regex.compile(
        rf"(?<![\w-])(?:(?P<relative>{phrase_alternation(list(relative))})"
        rf"|(?:on\s{{1,3}})?(?P<date>{periods.DATE})"
        r"|(?:on\s{1,3}|last\s{1,3})?"
        rf"(?P<weekday>{'|'.join(w.capitalize() for w in periods.WEEKDAYS)}))(?![\w-])",
        regex.IGNORECASE,
    )
    conflict = phrase_alternation(table["conflict_words"])
    relatives = phrase_alternation(table["set_after_relatives"])
    # The war as the subject of a toll, or as its frame; bounded gaps keep the scan linear.
    # A count since the war began: "since the start of the war", "since the invasion began".
    start_of = (
        rf"the\s{{1,3}}(?:{phrase_alternation(table['war_start_nouns'])})\s{{1,3}}of\s{{1,3}}"
    )
    war_since = regex.compile(
        rf"(?i:\bsince\s{{1,3}}(?:{start_of})?"
        rf"(?:the\s{{1,3}}|[A-Z][\w'\u2019]{{1,20}}\s{{1,3}})?(?:[\w-]{{1,20}}\s{{1,3}}){{0,2}}?"
        rf"(?:{conflict}|{phrase_alternation(table['conflict_starts'])})(?![\w-]))"
    )
    war_toll = regex.compile(
        # "a war that has killed", "the conflict in Syria, which has claimed", "civil war has left"
        # "the war in Syria", "Israel's war on Gaza", "the war against Islamic State"
        rf"(?<![\w-])(?:{conflict})(?![\w-])"
        rf"(?:\s{{1,3}}(?:{phrase_alternation(table['war_place_links'])})\s{{1,3}}(?:the\s{{1,3}})?"
        r"[A-Z][\w']{1,20}"
        # "the war between the military and the RSF, which erupted in April 2023, has killed",
        # "an insurgency since 2015 that has killed"
        r"|\s{1,3}between\s{1,3}[^,.;]{1,50}?|\s{1,3}since\s{1,3}[^,.;]{1,25}?)?"
        # an appositive: "the conflict, now in its sixth year, has killed"
        r"(?:,\s{1,3}[^,.;]{1,40},)?,?\s{1,3}"
        # "the war erupted in April 2023 and has killed"
        rf"(?:(?:{phrase_alternation(table['war_start_verbs'])})\b[^,.;]{{0,30}}?\s{{1,3}}and\s{{1,3}})?"
        rf"(?:(?:{phrase_alternation(table['war_toll_relatives'])})\s{{1,3}}"
        # "which the UN says has killed": the toll's source inside the relative clause
        rf"(?:[^,;:!?\n]{{1,80}}?\s{{1,3}}(?:{phrase_alternation(table['war_toll_source_verbs'])})"
        r"\s{1,3})?){0,2}"
        rf"(?:{phrase_alternation(table['perfect_toll_auxiliaries'])})\s{{1,3}}"
        rf"(?:(?:{phrase_alternation(table['war_toll_adverbs'])})\s{{1,3}})?"
        # "has displaced millions and killed 15,000": another of its tolls first.
        r"(?:[a-z][^,.;:]{1,60}?\s{1,3}and\s{1,3})?"
        rf"(?:{phrase_alternation(table['war_toll_verbs'])})\b"
        # "injured since the war erupted": the hurt too.
        rf"|\b(?:{phrase_alternation(table['war_toll_fates'])})\b"
        rf"[^.;]{{0,40}}?\b(?P<frame>{phrase_alternation(table['war_frames'])})\s{{1,3}}"
        # "since the start of the full-scale invasion"
        rf"(?:{start_of})?"
        rf"(?:the\s{{1,3}}|its\s{{1,3}}|this\s{{1,3}}|[A-Z][\w']{{1,20}}\s{{1,3}})?(?:[\w-]{{1,20}}\s{{1,3}}){{0,2}}?(?:{conflict})(?![\w-])"
        # "killed since the coup": the conflict it began, though "killed in the coup" is one
        # event.
        rf"|\b(?:{phrase_alternation(table['war_toll_fates'])})\b[^.;]{{0,40}}?"
        rf"\b(?:{phrase_alternation(table['conflict_start_frames'])})\s{{1,3}}(?:the\s{{1,3}})?"
        rf"(?:[\w-]{{1,20}}\s{{1,3}}){{0,2}}?(?:{phrase_alternation(table['conflict_starts'])})(?![\w-])",
        regex.IGNORECASE,
    )
    months = lang.table("numbers", language, months="words")["months"]
    month_number = {}
    for name in months:  # full names and abbreviations, in calendar order by their first letters
        for number, full in enumerate(_CALENDAR, start=1):
            if full.startswith(name.lower().rstrip(".")[:3]):
                month_number[name.lower()] = number
    province_plurals = table["province_plurals"]
    return _Words(
        perfect_toll=regex.compile(
            rf"\b(?:{phrase_alternation(table['perfect_toll_auxiliaries'])})\s{{1,3}}"
            rf"(?:(?:{phrase_alternation(table['perfect_toll_adverbs'])})\s{{1,3}})?"
            rf"(?:{phrase_alternation(table['perfect_toll_verbs'])})\b",
            regex.IGNORECASE,
        ),
        present_perfect=tuple(w.lower() for w in table["perfect_present_auxiliaries"]),
        # "the Bab Touma area of Old Damascus": one capitalised word may open the second name.
        part_of_next=regex.compile(
            rf"\s{{1,3}}(?:{parts})\s{{1,3}}of\s{{1,3}}(?:the\s{{1,3}})?(?:[A-Z][a-z]{{1,15}}\s{{1,3}})?",
            regex.IGNORECASE,
        ),
        # "Jaramana, a suburb of Damascus", "Jableh, a coastal town in Latakia province".
        part_of_previous=regex.compile(
            rf",?\s{{1,3}}(?:a|an|the)\s{{1,3}}(?:[a-z-]{{1,20}}\s{{1,3}}){{0,2}}?"
            rf"(?:{phrase_alternation([*table['place_parts'], *table['settlement_words']])})"
            r"\s{1,3}(?:of|in)\s{1,3}(?:the\s{1,3})?"
        ),
        part_word_after=regex.compile(rf"\s{{1,3}}(?:{parts})\b", regex.IGNORECASE),
        locates_before=_locates_before(table),
        route_before=regex.compile(
            rf"(?<![\w-])(?i:{phrase_alternation(table['route_words'])})\s{{1,3}}"
            r"(?:(?i:the)\s{1,3})?"
            # "between Homs |and |Hama": the second end of a route too.
            rf"(?:[^,.;]{{1,40}}\s{{1,3}}(?i:{phrase_alternation(table['list_conjunctions'])})"
            r"\s{1,3}(?:(?i:the)\s{1,3})?)?$"
        ),
        place_in=regex.compile(
            rf",?\s{{1,3}}(?:{phrase_alternation(table['place_in'])})\s{{1,3}}(?:the\s{{1,3}})?"
            rf"(?:(?:{phrase_alternation(table['place_in_modifiers'])})\s{{1,3}})?"
            # "the village of Aitou, in the northern district of |Zgharta"
            rf"(?:(?:{phrase_alternation([*table['settlement_words'], *table['province_words']])})"
            r"\s{1,3}of\s{1,3})?"
        ),
        # Lower-case single words, as written ("the Old City" is a name), found once per article.
        settlement=WholeWords(table["settlement_words"], joiners="'’-"),
        province_word=WholeWords(table["province_words"], joiners="'’-"),
        direction_before=regex.compile(
            rf"(?<![\w-])(?:{phrase_alternation(table['province_directions'])})\s{{1,2}}$"
        ),
        adjective_endings=tuple(w.lower() for w in table["adjective_endings"]),
        place_reference=regex.compile(
            rf"(?<![\w-])(?i:{phrase_alternation(table['place_references'])})(?![\w-])"
            r"(?!(?:['’]s)?[ \t]{1,3}"
            rf"(?i:{phrase_alternation(table['place_reference_bodies'])})\b)"
        ),
        region_reference=words_pattern(table["region_reference_words"]),
        city_reference=words_pattern(table["city_reference_words"]),
        reference_part_before=regex.compile(
            rf"(?<![\w-])(?i:{phrase_alternation(table['reference_part_openers'])})(?![\w-])"
            r"[^.;]{0,30}$"
        ),
        settlement_of=regex.compile(r"s?\s{1,3}of\s{1,3}"),
        settlement_after=regex.compile(
            rf"[ \t]{{1,3}}(?:{phrase_alternation(table['settlement_words'])})(?![\w'’-])"
        ),
        local_name_stops=frozenset(table["local_name_stops"]),
        # Only a link a space and a capital follow: "in" and "at" are too common to list all.
        # The standard library's engine: a scan of the whole story, many times faster here.
        unlisted_place_link=re.compile(
            rf"(?<![\w'’-])(?:{phrase_alternation(table['unlisted_place_links'])}) (?=[^\W\d_])"
        ),
        unlisted_place_end=regex.compile(
            r"[ \t]{0,3}(?:[,.;:!?()\[\]\"“”\n]|$|"
            rf"(?:{phrase_alternation(table['unlisted_place_ends'])})(?![\w-]))"
        ),
        unlisted_place_stops=frozenset(table["unlisted_place_stops"]),
        unlisted_place_blocker=regex.compile(
            rf"(?<![\w-])(?i:{phrase_alternation(table['unlisted_place_blockers'])})"
            r"(?:[ \t]{1,3}[\w'’-]{1,30}){0,2}?[ \t]{1,3}$"
        ),
        settlements_of=regex.compile(
            rf"(?<![\w-])(?:{phrase_alternation(table['settlement_plurals'])})\s{{1,3}}of"
            r"\s{1,3}(?:the\s{1,3})?$",
            regex.IGNORECASE,
        ),
        list_gap=regex.compile(
            rf"\s{{0,3}}(?:,\s{{0,3}})?(?:(?P<conjunction>{conjunctions})\s{{1,3}})?"
        ),
        list_end=regex.compile(rf",?\s{{1,3}}(?:{conjunctions})\s{{1,3}}[A-Z][a-z]"),
        province_plurals=frozenset(w.lower() for w in province_plurals),
        national_tallies=frozenset(table["national_tallies"]),
        # "Ukraine's air defences", "Saudi air defences", or "its air defences" after the
        # country the sentence opens with ("Ukraine says its air defences shot down 36").
        defender=regex.compile(
            r"(?P<who>(?:[A-Z][\w'\u2019-]{1,30}[ \t]{1,3}){0,2}?[A-Z][\w'\u2019-]{1,30}"
            rf"|(?P<own>(?i:{phrase_alternation(table['defender_possessives'])})))"
            r"[ \t]{1,3}"
            rf"(?i:{phrase_alternation(table['defence_words'])})(?![\w-])"
        ),
        unnamed_places=regex.compile(
            rf"(?<![\w-])(?:(?:{phrase_alternation(table['unnamed_place_words'])})\s{{1,3}}"
            rf"(?:[\w-]{{1,20}}\s{{1,3}})?"
            rf"(?:{phrase_alternation([*table['settlement_plurals'], *province_plurals])})"
            rf"|{phrase_alternation(table['elsewhere_words'])})(?![\w-])",
            regex.IGNORECASE,
        ),
        # "across Syria" but not "across Syria's north", which names a part of it.
        nationwide=regex.compile(
            rf"(?<![\w-])(?:(?i:{phrase_alternation(table['nationwide_words'])})"
            rf"|(?i:{phrase_alternation(table['country_openers'])})\s{{1,3}}"
            rf"(?:{phrase_alternation(table['countries'])}))(?![\w'’-])"
        ),
        in_country=regex.compile(
            rf"(?<![\w-])(?i:in)\s{{1,3}}(?:{phrase_alternation(table['countries'])})"
            rf"(?:\s{{1,3}}(?i:and)\s{{1,3}}(?:{phrase_alternation(table['countries'])}))?"
            r"(?![\w'\u2019-])"
        ),
        country_counts=frozenset(table["country_counts"]),
        country_area=_linked_country(
            table, table["country_area_links"], area_of, listed_country, conjunctions
        ),
        own_verb=words_pattern(table["own_verb_words"]),
        launch_target_area=_linked_country(
            table, table["launch_target_links"], area_of, listed_country, conjunctions
        ),
        area_link=words_pattern(table["country_area_links"]),
        story_country_articles=frozenset(table["story_country_articles"]),
        people_word_endings=tuple(table["people_word_endings"]),
        country_name=regex.compile(
            rf"(?<![\w-])(?P<area>{phrase_alternation(list(area_of))})(?![\w-])"
        ),
        title_after=regex.compile(
            rf"(?:\s{{1,3}}(?i:{phrase_alternation(table['title_province_words'])}))?"
            rf"\s{{1,3}}(?i:{phrase_alternation(table['official_titles'])})(?![\w-])"
        ),
        title_before=regex.compile(
            rf"(?<![\w-])(?i:{phrase_alternation(table['official_titles'])})\s{{1,3}}(?i:of)"
            r"\s{1,3}(?:(?i:the)\s{1,3})?$"
        ),
        country_reference=regex.compile(
            rf"(?<![\w-])(?i:{phrase_alternation(table['country_area_links'])})\s{{1,3}}"
            rf"(?i:{phrase_alternation(table['country_references'])})(?![\w'\u2019-])"
        ),
        legal_status=regex.compile(
            rf"(?<![\w-])(?i:{phrase_alternation(table['legal_status_words'])})\s{{1,3}}$"
        ),
        aside_opener=regex.compile(
            rf",\s{{1,3}}(?:{phrase_alternation(table['aside_openers'])})(?![\w-])",
            regex.IGNORECASE,
        ),
        area_of=area_of,
        country_areas=frozenset(area_of.values()),
        capital=regex.compile(
            rf"(?<![\w-])(?i:the)\s{{1,3}}(?P<people>{phrase_alternation(list(capital_of))})"
            r"\s{1,3}capital(?![\w-])"
            if capital_of
            else r"(?!)"  # a language that lists no capitals
        ),
        capital_of=capital_of,
        update_cue=words_pattern(table["update_words"]),
        clause_break=regex.compile(
            rf"\b(?:{phrase_alternation(table['clause_break_words'])})\b|;"
        ),
        day_clause_break=regex.compile(
            rf"\b(?:{phrase_alternation(table['clause_break_words'])})\b(?!\s{{1,3}}\d)|;"
        ),
        # A link and a name, maybe after an Arabic article: "on al-Watiya airbase", "near Sirte"
        # (a day is told apart after).
        own_link=regex.compile(
            rf"(?<![\w-])(?i:{links})\s{{1,3}}(?:(?i:the)\s{{1,3}})?"
            r"(?=[A-Z]|(?:al|el|an|ar|as|ad|at|az)-[A-Z])"
        ),
        # "an army spokesman in northern Faryab province, Reza Rezai, said": where the speaker
        # sits, not where a figure of the sentence lies (see _beyond_speaker_seat).
        speaker_seat=regex.compile(
            rf"(?<![\w-])(?:{phrase_alternation(table['bureau_speakers'])})\s{{1,3}}(?:in|from)"
            rf"\s{{1,3}}(?:(?:{phrase_alternation(table['bureau_place_modifiers'])})\s{{1,3}})?$",
            regex.IGNORECASE,
        ),
        # Not after a speech verb or a source: "told reporters in Moscow", "its correspondent
        # in Beirut", "officials in Baghdad" say where it was said.
        bureau_as_place=regex.compile(
            rf"(?<!(?:{phrase_alternation([*speech['verbs'], *speech['citing_words']])})"
            rf"\s{{1,3}}(?:[\w-]{{1,20}}\s{{1,3}}){{0,2}})"
            rf"(?<!(?:{phrase_alternation(table['bureau_speakers'])})\s{{1,3}})"
            rf"(?<![\w-])(?:{phrase_alternation(table['bureau_place_links'])})\s{{1,3}}"
            rf"(?:(?:{phrase_alternation(table['bureau_place_modifiers'])})\s{{1,3}})?$",
            regex.IGNORECASE,
        ),
        since_before=regex.compile(
            rf"\b(?i:{phrase_alternation(period_words['since_words'])})\b"
            r"[^,.;:!?]{0,60}$"
        ),
        future_breakers=frozenset(w.lower() for w in table["future_breakers"]),
        war_toll_fates=frozenset(w.lower() for w in table["war_toll_fates"]),
        future_before=regex.compile(
            rf"(?<![\w-])(?P<marker>(?i:{phrase_alternation(table['future_markers'])}))(?![\w-])"
            r"[^,.;:!?\n]{0,60}$"
        ),
        as_of_before=regex.compile(
            rf"\b(?i:{phrase_alternation(period_words['as_of_words'])})\s{{1,3}}$"
        ),
        frame_break=regex.compile(
            rf"[,;:()]|(?<![\w-])(?:{phrase_alternation(table['frame_breaks'])}"
            rf"|(?:{phrase_alternation(table['frame_break_spans'])})\s{{1,3}}"
            rf"(?:{phrase_alternation(table['frame_break_links'])}))(?![\w-])",
            regex.IGNORECASE,
        ),
        day_shift=_day_shift(table),
        shift_counts={k.lower(): int(v) for k, v in table["day_shift_counts"].items()},
        shift_days=_shift_days(table),
        shift_ways={
            " ".join(k.lower().split()): int(v)
            for k, v in [*table["day_shift_phrases"].items(), *table["day_shift_anchored"].items()]
        },
        part_opener=inclusion_opener_before(language),
        part_closer=regex.compile(
            r"[^\s,;]{1,20}(?:\s{1,3}[^\s,;]{1,20}){0,2}?\s{1,3}"
            rf"(?:{phrase_alternation(table['part_closers'])})(?![\w-])",
            regex.IGNORECASE,
        ),
        provinces_of=regex.compile(
            rf"(?<![\w-])(?:{phrase_alternation(table['province_plurals'])})\s{{1,3}}of"
            r"\s{1,3}(?:the\s{1,3})?$",
            regex.IGNORECASE,
        ),
        frame_opening=regex.compile(
            rf"(?:{links})\s{{1,3}}(?:the\s{{1,3}})?(?:[a-z]{{3,12}}\s{{1,3}})?", regex.IGNORECASE
        ),
        provinces_after=regex.compile(
            rf"\s{{1,3}}(?:{phrase_alternation(table['province_plurals'])})(?![\w-])",
            regex.IGNORECASE,
        ),
        # The figure and up to two words of its noun, then the link: no punctuation between,
        # and no other link ("2 in hospital in Damascus" is where they lie, not where they fell).
        own_place=regex.compile(
            rf"[^\s,;:]{{1,30}}(?:\s{{1,3}}(?!(?:{links})(?![\w-]))[^\s,;:]{{1,30}}){{0,2}}?\s{{1,3}}"
            rf"(?:{links})\s{{1,3}}(?:the\s{{1,3}})?"
            # "six - over the territory of the Astrakhan Region", as briefings write it.
            rf"(?:(?:{phrase_alternation(table['place_areas'])})\s{{1,3}}of\s{{1,3}}(?:the\s{{1,3}})?)?",
            regex.IGNORECASE,
        ),
        bare_own_place=regex.compile(
            rf"[^\s,;:]{{1,30}}\s{{1,3}}(?:(?:{phrase_alternation(table['part_closers'])}|-)"
            rf"\s{{1,3}})?(?:{links})(?![\w-])",
            regex.IGNORECASE,
        ),
        the_event=regex.compile(
            rf"(?<![\w-])the\s{{1,3}}(?:{events})s?(?![\w-])", regex.IGNORECASE
        ),
        local_operation=regex.compile(
            rf"(?<![\w-])the\s{{1,3}}(?:{phrase_alternation(table['local_operation_words'])})"
            r"(?![\w-])",
            regex.IGNORECASE,
        ),
        local_operation_word=words_pattern(table["local_operation_words"]),
        wide_area_reference=words_pattern(table["wide_area_references"]),
        toll_reference=words_pattern(table["toll_references"]),
        # "The strike on Wadi al-Kfour in Nabatieh province is among ...": a paragraph that
        # opens by placing the event the one before told.
        event_placed=regex.compile(
            rf"the\s{{1,3}}(?:{events})s?\s{{1,3}}"
            rf"(?:{phrase_alternation(table['bureau_place_links'])})\s{{1,3}}",
            regex.IGNORECASE,
        ),
        event_timed=regex.compile(
            # Up to two words may describe the event: "the U.S. strike", "the "collective
            # self-defense" strike was carried out on Tuesday".
            rf"(?<![\w-])the(?:\s{{1,3}}{event_modifier}){{0,2}}?\s{{1,3}}(?:{events})s?"
            # "the strikes on Thursday hit ...": the day between the event and its verb
            rf"(?:\s{{1,3}}(?P<when>(?:{phrase_alternation(table['event_day_leads'])})\s{{1,3}}"
            rf"(?:{'|'.join(periods.WEEKDAYS)})"
            rf"(?:\s{{1,3}}(?:{phrase_alternation(table['event_day_parts'])}))?)"
            rf"(?=\s{{1,3}}(?:{phrase_alternation(table['event_time_verbs'])})(?![\w-])))?"
            # "The attack, the deadliest this year, took place on Friday"
            rf"(?:\s{{0,3}},[^,.;!?]{{1,100}},)?"
            rf"(?:\s{{1,3}}(?P<verb>{phrase_alternation(table['event_time_verbs'])})(?![\w-]))?",
            regex.IGNORECASE,
        ),
        event_day_lead=regex.compile(
            rf"\s{{0,3}}(?:(?:{phrase_alternation(table['event_day_leads'])})\s{{1,3}})?",
            regex.IGNORECASE,
        ),
        event_act=regex.compile(
            rf"(?<![\w-])(?P<verb>{phrase_alternation(table['event_acts'])})(?![\w-])"
            r"(?P<when>(?!))?",  # no day between the event and its verb
            regex.IGNORECASE,
        ),
        other_event_opener=regex.compile(
            rf"\s{{0,3}}(?:{phrase_alternation(table['other_event_openers'])}"
            # "The previous strike on the camp was on Friday": another event than the one told.
            rf"|the\s{{1,3}}(?:{phrase_alternation(table['other_event_modifiers'])}))(?![\w-])",
            regex.IGNORECASE,
        ),
        # A full stop ends the clause, not the one of "10 a.m. on Saturday".
        event_time_stop=regex.compile(
            r"[,;:!?]|\.(?!\s{0,3}[a-z])"
            rf"|(?<![\w-])(?:{phrase_alternation(table['event_time_stops'])})(?![\w-])",
            regex.IGNORECASE,
        ),
        month_only=regex.compile(
            # The preposition may open the sentence ("In October, 29 soldiers were killed").
            rf"\b(?i:in|last|early|late|mid-|since|during)\s{{0,3}}(?P<month>{phrase_alternation(months)})\b"
            # "in August 2013": the month of a year; "in August 12" is a day, no month alone.
            r"(?:\s{1,3}(?P<year>(?:19|20)\d\d)(?!\d))?(?!\.?\s{1,3}\d)"
            # Or an event dated by its month and year before its noun: "An October 2016 air
            # strike on a funeral hall killed 140".
            rf"|\b(?i:an?|the)\s{{1,3}}(?P<month>{phrase_alternation(months)})"
            r"\s{1,3}(?P<year>(?:19|20)\d\d)(?![\d,])"
            # ... or by its month alone: "A February shelling of the same market killed 56".
            rf"|\b(?i:an?|the)\s{{1,3}}(?P<month>{phrase_alternation(months)})"
            rf"(?=\s{{1,3}}(?i:{events})s?(?![\w-]))",
        ),
        month_number=month_number,
        range_end_after=regex.compile(
            rf"[ \t]{{0,3}}(?:\d{{1,2}}[ \t]{{1,3}}(?i:{phrase_alternation(list(months))})\b"
            rf"|(?i:{phrase_alternation(list(months))})\.?[ \t]{{1,3}}\d{{1,2}}\b)"
        ),
        war_toll=war_toll,
        war_since=war_since,
        war_of_country=regex.compile(
            # A country of two words ("Saudi Arabia's war") or one ("Syria's civil war").
            rf"(?<![\w-])(?P<country>(?:[A-Z][\w-]{{1,25}}\s{{1,3}})?[A-Z][\w-]{{1,25}})"
            rf"(?:['\u2019]s)?\s{{1,3}}"
            rf"(?:[a-z][\w-]{{0,24}}\s{{1,3}}){{0,2}}?(?i:{conflict})(?![\w-])"
        ),
        night_into_before=regex.compile(
            rf"(?<![\w-])(?:{phrase_alternation(table['night_words'])})\s{{1,3}}"
            # "of 8 to", "of March 14 to", "of 31 December to": the first day, then the link.
            r"(?:of\s{1,3}(?:[A-Za-z]{3,9}\.?\s{1,3})?\d{1,2}(?:\s{1,3}[A-Za-z]{3,9})?\s{0,2}"
            rf"(?:{phrase_alternation(table['night_span_links'])})\s{{0,2}}|into\s{{1,3}})$",
            regex.IGNORECASE,
        ),
        dateline_before=regex.compile(
            rf"(?<![\w-])(?:{phrase_alternation(table['publication_words'])}):?\s{{1,3}}$",
            regex.IGNORECASE,
        ),
        statement_verbs=frozenset(tuple(verb.lower().split()) for verb in speech_verbs),
        statement_closers=frozenset(word.lower() for word in speech["closing_words"]),
        statement_documents=frozenset(word.lower() for word in table["statement_documents"]),
        toll_putters=frozenset(word.lower() for word in table["toll_putters"]),
        statement_issuers=frozenset(tuple(v.lower().split()) for v in speech["issuing_verbs"]),
        statement_hearers=frozenset(
            tuple(hearer.lower().split()) for hearer in table["statement_hearers"]
        ),
        campaign=words_pattern(table["campaign_words"]),
        attrition=words_pattern(table["attrition_words"]),
        background=words_pattern(table["background_words"]),
        # The war's age and the month it was reached: "entered its second year in April".
        war_age=regex.compile(
            rf"(?<![\w-])(?:{phrase_alternation(table['war_age_verbs'])})\s{{1,3}}its\s{{1,3}}"
            rf"[\w-]{{1,15}}\s{{1,3}}(?:{phrase_alternation(table['war_age_units'])})"
            rf"\s{{1,3}}(?:{phrase_alternation(table['war_age_month_links'])})\s{{1,3}}"
            rf"(?:{phrase_alternation(months)})(?![\w-])",
            regex.IGNORECASE,
        ),
        war_pronoun_toll=regex.compile(
            rf"\s{{0,3}}(?:{phrase_alternation(table['war_pronouns'])})\s{{1,3}}"
            rf"(?:{phrase_alternation(table['perfect_toll_auxiliaries'])})\s{{1,3}}"
            rf"(?:(?:{phrase_alternation(table['war_toll_adverbs'])})\s{{1,3}})?"
            rf"(?:{phrase_alternation(table['war_toll_verbs'])})(?![\w-])",
            regex.IGNORECASE,
        ),
        war_subject=regex.compile(
            r"\s{0,3}(?:(?i:the|this|its)|[A-Z][\w-]{1,25}['\u2019]s)\s{1,3}"
            rf"(?:[\w-]{{1,20}}\s{{1,3}}){{0,2}}?(?i:{conflict})"
            rf"(?:\s{{1,3}}(?i:{phrase_alternation(table['war_subject_links'])})\s{{1,3}}"
            r"[^,.;:!?\n]{1,60}?)?"
            rf"\s{{1,3}}(?i:{war_subject_verbs})(?![\w-])"
        ),
        event_before_aside=regex.compile(rf"(?<![\w-])(?:{events})s?$", regex.IGNORECASE),
        aside_opening=regex.compile(
            rf",\s{{0,3}}(?:{phrase_alternation(table['aside_relatives'])})(?![\w-])",
            regex.IGNORECASE,
        ),
        set_after=regex.compile(
            # Set off: "(which came", ", which came", "(came"; a participle always is.
            rf"(?P<relative>\(\s{{0,3}}(?:(?:{relatives})\s{{1,3}})?|,\s{{0,3}}(?:{relatives})\s{{1,3}})?"
            rf"(?<![\w-])(?<!(?i:the)\s{{1,3}})"
            rf"(?:(?P<participle>{phrase_alternation(table['set_after_participles'])})"
            rf"|{phrase_alternation(table['set_after_verbs'])})"
            rf"(?:\s{{1,3}}(?:{phrase_alternation(table['set_after_time_words'])}|\d{{1,3}})){{1,6}}"
            r"\s{1,3}after(?![\w-])",
            regex.IGNORECASE,
        ),
        span_unit=regex.compile(
            rf"[\s-]{{1,3}}(?:{phrase_alternation(table['span_units'])})(?![\w-])",
            regex.IGNORECASE,
        ),
        tally=words_pattern(table["tally_words"]),
        events_before=regex.compile(
            rf"(?<![\w-])(?:{phrase_alternation(table['event_plurals'])})\s{{1,3}}$",
            regex.IGNORECASE,
        ),
        one_event=words_pattern([plural[:-1] for plural in table["event_plurals"]]),
        over_events=regex.compile(
            rf"(?<![\w-])(?:{phrase_alternation(table['over_events_openers'])})\s{{1,3}}"
            # The count and the words before the events' noun: "over 25 Russian".
            r"(?P<count>[^\s,;]{1,20}(?:\s{1,3}[\w-]{1,20}){0,3}?)\s{1,3}"
            rf"(?:{phrase_alternation(table['event_plurals'])})(?![\w-])",
            regex.IGNORECASE,
        ),
        day=day,
        relative_days=relative,
        day_starts=_day_starts(relative),
        war_toll_hint=_hint(
            [*table["conflict_words"], *table["conflict_starts"]]
        ),  # both its branches name the war
        background_hint=_hint(table["background_words"]),
        campaign_hint=_hint(table["campaign_words"]),
        attrition_hint=_hint(table["attrition_words"]),
        over_events_hint=_hint(table["event_plurals"]),
    )


def _shift_days(table: dict) -> tuple[str, ...]:
    """The word for "day" every day shift holds, as it may be written (see ``_day_shift``)."""
    day = next(w.split()[-1] for w in table["day_shift_phrases"] if " " in w.strip())
    return (day.lower(), day.capitalize(), day.upper())


def _day_shift(table: dict) -> regex.Pattern:
    """ "A day later", "two days earlier", "the next day": days from the event day named before
    (see :meth:`_ArticleContext.event_day`); not "two days after the attack", which names its
    own anchor, nor "two days later than planned"."""
    free, anchored = list(table["day_shift_phrases"]), list(table["day_shift_anchored"])

    def alternation(phrases: list[str], multiword: bool) -> str:
        return phrase_alternation([w for w in phrases if (" " in w.strip()) == multiword])

    counts = phrase_alternation(list(table["day_shift_counts"]))
    count = rf"(?P<count>{counts}|\d{{1,2}})\s{{1,3}}days?\s{{1,3}}"
    # After "after" or "before", a word naming something else is the anchor: no shift.
    names_anchor = (
        r"(?!\s{1,3}(?:(?i:the|a|an|its|their|his|her|this|that)|(?-i:[A-Z])[\w'-]*|\d)(?![\w-]))"
    )
    return regex.compile(
        rf"(?<![\w-])(?:{count}(?:(?P<way>{alternation(free, False)})(?![\w-])(?!\s{{1,3}}than\b)"
        rf"|(?P<way>{alternation(anchored, False)})(?![\w-]){names_anchor})"
        rf"|(?P<phrase>{alternation(free, True)})(?![\w-])"
        rf"|(?P<phrase>{alternation(anchored, True)})(?![\w-]){names_anchor})",
        regex.IGNORECASE,
    )


def _area_of(words: _Words, match: regex.Match) -> Place:
    """The place of the country a match's ``area`` group names, spaces as written."""
    return words.area_of[" ".join(match.group("area").split())]


def _linked_country(
    table, links, area_of, listed_country: str, conjunctions: str
) -> regex.Pattern:
    """A country's name after one of ``links`` ("on southern |Lebanon"), with ``more`` set
    when it opens a list of countries ("in Syria and Iraq", "across Gaza, Lebanon and
    Syria": in no one country)."""
    return regex.compile(
        rf"(?<![\w-])(?i:{phrase_alternation(links)})\s{{1,3}}"
        rf"(?:(?i:the)\s{{1,3}})?(?:(?i:{phrase_alternation(table['place_in_modifiers'])})"
        rf"\s{{1,3}})?(?P<area>{phrase_alternation(list(area_of))})(?![\w-])"
        rf"(?P<more>(?:\s{{0,3}},\s{{1,3}}{listed_country}){{0,4}}\s{{0,3}},?\s{{1,3}}"
        rf"(?:{conjunctions})\s{{1,3}}{listed_country})?"
    )


def _locates_before(table: dict) -> regex.Pattern:
    """Words between two places after which the second only locates the first: a distance and
    a direction ("Saraqeb|, about 15 km (9 miles) east of |Idlib"), a direction alone
    ("Sayyida Zeinab| south of |Damascus"), or a word of nearness ("Douma| near |Damascus")."""
    approximately = phrase_alternation(table["distance_approximations"])
    units = phrase_alternation(table["distance_units"])
    directions = phrase_alternation(table["directions"])
    distance = (
        rf"(?:(?:{approximately})\s{{1,3}})?\d[\d,.]{{0,8}}\s{{0,3}}(?:{units})"
        r"(?:\s{1,3}\([^()]{0,30}\))?\s{1,3}"
    )
    locating = phrase_alternation(table["locating_words"])
    edges = phrase_alternation(table["edge_words"])
    heads = phrase_alternation(table["locating_heads"])
    return regex.compile(
        # "just west of Kharkiv": an approximation may stand before a direction alone too.
        rf",?\s{{1,3}}(?:(?:{distance}|(?:{approximately})\s{{1,3}})?(?:{directions})(?:ern)?"
        r"\s{1,3}of"
        # "Douma near Damascus", "Saraqeb, outside Idlib".
        rf"|(?:{locating})"
        # "Abu Shouk camp, on the northern edge of El Fasher"
        rf"|on\s{{1,3}}the\s{{1,3}}(?:(?:{directions})(?:ern)?\s{{1,3}})?(?:{edges})\s{{1,3}}of"
        # "Tajoura east of the capital Tripoli".
        rf")\s{{1,3}}(?:the\s{{1,3}}(?:(?:{heads})\s{{1,3}})?)?",
        regex.IGNORECASE,
    )


def names_event_day(
    text: str, start: int, end: int, *, language: str = lang.DEFAULT_LANGUAGE
) -> bool:
    """Whether ``text[start:end]`` names the day of an event ("on Sunday", "overnight", "last
    night", "March 3"), not only the day of a statement ("the ministry said on Monday")."""
    words = _words(language)
    for match in _day_matches(words, text, start, end):
        if (match.group("date") or "").strip().isdigit():
            continue  # a bare year
        if not _dates_a_statement(text[max(0, match.start() - 40) : match.start()], words):
            return True
    return False


# What ends a dateline after its date: a dash, or the agency in brackets or slashes
# ("BEIRUT, Feb 27 (UNI) A Hezbollah official ...", "MOSCOW, December 6. /TASS/").
_DATELINE_DASH = re.compile(
    # Not a date in brackets: "on Sunday (August 6)" is one day.
    r"\.?\s{0,3}(?:[\u2014\u2013-]|\((?![^)]{0,30}\d)[A-Z][\w.&' -]{0,30}\)"
    r"|/[A-Z][\w.&' -]{0,30}/)"
)


# How far a wire dateline's date may lie before publication to be the story's own day: a
# republished story keeps its dateline; an older date is more likely a misread.
DATELINE_REACH_DAYS = 14


def dateline_day(text: str, published, language: str = lang.DEFAULT_LANGUAGE, spans=None):
    """The day a wire dateline at the start of one of the first three paragraphs states
    ("NEW DELHI, March 3 (UNI) ...", "MOSCOW, December 6. /TASS/.", "BEIRUT, March 6 (Reuters)
    -"), resolved against publication; None without one, or when it is after publication or
    more than ``DATELINE_REACH_DAYS`` before it. The story's relative days ("on Sunday",
    "overnight") count from it: a story republished days later still tells of its own week."""
    if published is None or pd.isna(published):
        return None
    words = _words(language)
    for span in (paragraphs(text) if spans is None else spans)[:3]:
        for match in _day_matches(words, text, span.start, min(span.end, span.start + 40)):
            date = match.group("date")
            if (
                not date
                or date.strip().isdigit()
                or not _dates_dateline(text, match, span.start, words)
            ):
                continue
            day = periods.resolve_date(date, published)
            if day is not None and 0 <= (published - day).days <= DATELINE_REACH_DAYS:
                return day
    return None


def _a_day_to_come(text: str, match, words: _Words) -> bool:
    """Whether a day is one to come, after a word that puts its clause ahead ("Theresa May
    will make a statement to parliament on Monday", "said it would release 3 hostages on
    Saturday"); not when an event, a fate or a word that links another clause stands between,
    which the day then dates ("will release the names of the 12 soldiers killed on Sunday",
    "is expected to investigate the strike on Sunday", "talks are due to resume on Monday
    after Saturday's strike")."""
    future = words.future_before.search(text, max(0, match.start() - 80), match.start())
    if future is None:
        return False
    between = text[future.end("marker") : match.start()]
    return not any(
        bare in words.future_breakers
        or bare in words.war_toll_fates
        or speakers.is_event_word(bare)
        for bare in (
            word.strip(".,;:").removesuffix("'s").removesuffix("\u2019s").lower()
            for word in between.split()
        )
    )


def _dates_dateline(text: str, match, span_start: int, words: _Words) -> bool:
    """Whether a day named within 40 characters of a span's start is a dateline's, closed by a
    dash or its agency ("SOUTHWEST ASIA, Dec. 24, 2016 — ...", "BEIRUT, Feb 27 (UNI)"), or
    right after the dateline's place in capitals that opens its line, as text stripped of its
    punctuation keeps it ("SOUTHWEST ASIA Oct 21 2016 US and coalition forces ...")."""
    if match.start() - span_start > 40:
        return False
    dash = _DATELINE_DASH.match(text, match.end())
    if dash is not None:
        # Not the first day of a range: "Security Weekly | 28 September – 4 October 2019".
        return words.range_end_after.match(text, dash.end()) is None
    line_start = text.rfind("\n", 0, match.start()) + 1
    return _DATELINE_PLACE.fullmatch(text, line_start, match.start()) is not None


# A dateline's place in capitals and what may follow it before its date: "SOUTHWEST ASIA ",
# "KABUL, Afghanistan, ".
# No dash after it: "SOUTHWEST ASIA - On June 10" dates its lead's events.
_DATELINE_PLACE = re.compile(
    r"[A-Z][A-Z.']{1,20}(?:[ \t-][A-Z][A-Z.']{0,20}){0,4},?"
    r"(?:[ \t]{1,3}[A-Z][a-z]{2,20},?)?[ \t]{1,3}"
)


def _dates_a_statement(words_before: str, words: _Words) -> bool:
    """Whether the words right before a day end in a speech verb, with a capitalised hearer or
    one of ``statement_hearers`` between ("the sources said", "told Reuters", "told
    reporters"): the day is the statement's. Looked up word by word, as the dozens of speech
    verbs would make a pattern slow to try at each of the words' offsets."""
    if words_before[-1:] not in (" ", "\t", "\n"):
        return False  # punctuation between: "said, on Sunday" is no such day
    tokens = words_before.split()[-5:]
    lowered = [token.lower() for token in tokens]
    verbs = words.statement_verbs
    if _puts_a_toll(words_before.lower().split()[-8:], words):
        return True  # "put the death toll at 42 on Wednesday": the day of the count

    def ends_in_verb(words_: list[str]) -> bool:
        return any(tuple(words_[-size:]) in verbs for size in (1, 2, 3) if len(words_) >= size)

    if ends_in_verb(lowered):
        return True
    # "in a statement released on Friday": a document, then the participle that issued it.
    rest = [token.strip(".,;:\"'") for token in lowered]
    while (
        rest and rest[-1] in words.statement_closers and (rest[-1],) not in words.statement_issuers
    ):
        rest = rest[:-1]
    if len(rest) >= 2 and (rest[-1],) in words.statement_issuers:
        if rest[-2] in words.statement_documents:
            return True
    # "said in a statement on Monday", "released a statement on Monday": how it was said
    # stands between the verb and its day.
    closing, documented = lowered, False
    while closing and closing[-1] in words.statement_closers:
        documented = documented or closing[-1].strip(".,;:\"'") in words.statement_documents
        closing = closing[:-1]
        issued = any(
            tuple(closing[-size:]) in words.statement_issuers for size in (1, 2) if closing
        )
        if documented and (issued or ends_in_verb(closing)):
            return True  # not "claimed an October 2 attack", the attack's day
    for size in (1, 2, 3):
        if len(tokens) <= size:
            break
        capitalised = size == 1 and tokens[-1][:1].isupper() and len(tokens[-1]) <= 21
        if (capitalised or tuple(lowered[-size:]) in words.statement_hearers) and ends_in_verb(
            lowered[:-size]
        ):
            return True
    return False


def _puts_a_toll(lowered: list[str], words: _Words) -> bool:
    """Whether the words before a day end in a toll a source put ("put the death toll at 42",
    "gave a toll of at least 30"): the day is the count's, not the event's."""
    for index in range(len(lowered) - 2, 0, -1):
        if lowered[index] in ("toll", "tally"):
            figure = lowered[index + 1 :]
            # "at 42", "at least 42", "of 30", "at more than 300": a link, then the figure.
            if not figure or figure[0] not in ("at", "of") or len(figure) > 4:
                return False
            return any(word in words.toll_putters for word in lowered[max(0, index - 4) : index])
    return False


_SEVERAL_EVENTS = 5  # fewer strikes or attacks may be one raid on one place


def _counts_several(count: str, language: str) -> bool:
    """Whether the words before an events' noun open with a number of several ("25 Russian",
    "over 25", "dozens of")."""
    head = count.split(None, 1)[0]
    if head.isascii() and head.isdigit() and len(head) < 4 and count == head:
        # A count in plain digits alone ("25"): no need to parse words.
        return int(head) >= _SEVERAL_EVENTS
    found = numbers.find(count, language=language)
    return bool(found) and found[0].start == 0 and found[0].low >= _SEVERAL_EVENTS


def _told_over_events(cues: _SentenceCues, figure_at: int, figure_end: int) -> bool:
    """Whether a figure is told over several events (:attr:`_SentenceCues.over_events`) and is
    not their count itself ("in over 25 Russian attacks": the 25 are strikes of their own)."""
    return any(not figure_at <= start < figure_end for start in cues.over_events)


def _hint(phrases: list[str]) -> re.Pattern | None:
    """The longest word of each phrase, lower case, as one literal alternation: a match of the
    phrases holds one of them. None unless every word is ASCII (a non-ASCII pattern letter can
    match an ASCII one)."""
    words = sorted({max(phrase.split(), key=len).lower() for phrase in phrases if phrase.split()})
    if not words or not all(word.isascii() for word in words):
        return None
    return re.compile("|".join(re.escape(word) for word in words))


def _search(
    pattern: regex.Pattern,
    hint: re.Pattern | None,
    text: str,
    pos: int = 0,
    endpos: int | None = None,
):
    """``pattern.search(text, pos, endpos)``, skipped when the text lacks every hint word. In
    ASCII text (most news) a case-insensitive letter can only be its ASCII pair, so lower case
    and a literal test decide; any other text is searched."""
    endpos = len(text) if endpos is None else endpos
    if hint is not None and text.isascii() and hint.search(text.lower(), pos, endpos) is None:
        return None
    return pattern.search(text, pos, endpos)


def _day_starts(relative: dict[str, int]) -> re.Pattern:
    """Where :attr:`_Words.day` can start: the first letters of its words (a relative day,
    "on", "last", a weekday or a month), a digit, or any non-ASCII character. Every match of
    ``day`` starts at one of these offsets, so trying ``day`` only there finds the same matches
    at a fraction of the cost (``re`` finds the few letters much faster than ``regex`` tries
    the whole alternation at every offset). Letters are matched case-insensitively, as ``day``
    does; the four non-ASCII letters both engines fold to ASCII (İ ı ſ K) start with a
    non-ASCII character, and so does any digit ``re`` may not know.
    """
    g = periods._grammar()
    words = {phrase.split()[0] for phrase in relative} | {"on", "last"}
    words |= {*periods.WEEKDAYS, *g.weekday_number, *g.month_number}
    prefixes = sorted({word.lower()[:3] for word in words if word}, key=lambda p: (-len(p), p))
    if not all(prefix.isascii() for prefix in prefixes):
        return re.compile(r"(?s:.)")  # a non-ASCII word (no such table yet): every offset
    return re.compile(
        r"(?<![A-Za-z0-9_\-])(?:(?i:" + "|".join(re.escape(p) for p in prefixes) + r")|[0-9])"
        r"|[^\x00-\x7f]"
    )


def _day_matches(words: _Words, text: str, start: int, end: int):
    """The matches of ``words.day`` in ``text[start:end]``, as ``finditer`` finds them."""
    day = words.day
    last_end = start
    for candidate in words.day_starts.finditer(text, start, end):
        position = candidate.start()
        if position < last_end:
            continue
        match = day.match(text, position, end)
        if match is not None:
            last_end = match.end()
            yield match


@lru_cache(maxsize=8)
def _attack_words(language: str) -> tuple[regex.Pattern, dict[str, str]]:
    table = lang.table("scope", language, attack_types="records")
    kind_of = {}
    for kind, phrases in table["attack_types"].items():
        for phrase in phrases:
            kind_of[" ".join(phrase.lower().split())] = kind
    return words_pattern(list(kind_of)), kind_of


def attack_types(sentence: str, language: str = lang.DEFAULT_LANGUAGE) -> frozenset[str]:
    """The kinds of attack a sentence names ("air", "shelling", "bombing", ...; scope.toml).

    >>> sorted(attack_types("Air strikes and rebel shelling killed 40 people."))
    ['air', 'shelling']
    """
    pattern, kind_of = _attack_words(language)
    return frozenset(
        kind_of[" ".join(m.group().lower().split())] for m in pattern.finditer(sentence)
    )


_ONE_DAY = pd.Timedelta(days=1)


def _spread_nationwide(words, sentence: str, figure_at: int) -> bool:
    """Whether the sentence spreads the figure over a whole country: the phrase opens the
    sentence before a comma ("Across Syria, 60 were killed") or stands in the figure's clause
    ("60 were killed nationwide"); not in another clause ("killed 46 in the city, the deadliest
    attack of its kind nationwide", "..., as fighting raged across Syria")."""
    for found in words.nationwide.finditer(sentence):
        if not sentence[: found.start()].strip(" \"'“‘"):
            # An opening phrase set off by its comma frames the sentence; "Throughout the
            # country violence has eased, but 20 were killed in the city" opens a clause.
            return sentence[found.end() :].lstrip().startswith(",")
        low, high = sorted((found.start(), figure_at))
        if not mark_between(sentence, low, high, ",;"):
            return True
    return False


def _day_of_window(row: dict):
    """The day an incident's window of one day names ("yesterday", also when the figure took it
    from the report it goes on with), or None."""
    start, end = row.get("period_start"), row.get("period_end")
    if row["basis"] != "window" or start is None or end is None:
        return None
    return start if end - start == _ONE_DAY and start == start.normalize() else None


def war_toll(sentence: str, *, language: str = lang.DEFAULT_LANGUAGE) -> str:
    """How ``sentence`` ties a toll to the war as a whole: "subject" when the war is the toll's
    subject ("The war has also killed 250,000"), "frame" when it only frames the count
    ("destroyed since the beginning of the special military operation"), "" when neither (it
    may only rank an event by the war)."""
    return _SentenceCues(sentence, language).war_toll_kind


def claim_scope(
    basis: str,
    sentence: str,
    language: str = lang.DEFAULT_LANGUAGE,
    period_text: str = "",
    figure_at: int = 0,
) -> str:
    """The scope of one claim from its basis and sentence (the rule in the module docstring).

    ``figure_at`` is the figure's offset in the sentence: the sentence's first background cue
    dates the figure when it ends before it or just after it, not when it dates something
    else further on.

    >>> claim_scope("cumulative", "a war that has killed more than 250,000 people")
    'conflict_total'
    >>> claim_scope("unspecified", "An air strike killed 27 people in Aleppo on Thursday.")
    'incident'
    """
    return _scope(basis, period_text, figure_at, _SentenceCues(sentence, language), language)


class _SentenceCues:
    """What :func:`claim_scope` and :func:`_dated_back` read from a whole sentence, each found
    once for all its figures and only when asked (a long sentence of many figures would
    otherwise be searched once per figure)."""

    def __init__(self, sentence: str, language: str):
        self.sentence = sentence
        self.language = language
        self.words = _words(language)

    @property
    def war_toll(self) -> bool:
        """ "a war that has killed 250,000"; not "killed 22, the deadliest attack on a school
        since the war began", where the war only ranks the event."""
        return bool(self.war_toll_kind)

    @functools.cached_property
    def war_toll_kind(self) -> str:
        """ "subject" for a toll whose subject is the war itself ("The war has killed
        250,000"), "frame" for one the war only frames ("injured since the start of the
        full-scale invasion"), "" for none (the war may only rank an event)."""
        kind = ""
        found = _search(self.words.war_toll, self.words.war_toll_hint, self.sentence)
        while found is not None:
            frame = found.start("frame")
            if frame < 0:
                return "subject"
            if not kind and not periods.ranks(self.sentence, frame, self.language):
                kind = "frame"
            found = self.words.war_toll.search(self.sentence, found.start() + 1)
        return kind

    @functools.cached_property
    def war_age(self) -> bool:
        """ "entered its second year": the sentence tells the war's age."""
        return self.words.war_age.search(self.sentence) is not None

    @functools.cached_property
    def campaign_toll(self) -> bool:
        """A perfect-tense toll with a campaign word."""
        return bool(
            self.words.perfect_toll.search(self.sentence)
            and _search(self.words.campaign, self.words.campaign_hint, self.sentence)
        )

    @functools.cached_property
    def events_toll(self) -> bool:
        """A toll whose subject is events, in the present perfect, on no day the sentence names:
        "The Taliban say the raids have killed more than 300 civilians" ("the strikes had killed
        14" may tell one raid's toll back)."""
        toll = self.words.perfect_toll.search(self.sentence)
        if toll is None or toll.group().split()[0].lower() not in self.words.present_perfect:
            return False
        start = toll.start()
        if self.words.events_before.search(self.sentence, max(0, start - 30), start) is None:
            return False
        return not any(
            not _dates_a_statement(
                self.sentence[max(0, day.start() - 40) : day.start()], self.words
            )
            for day in self.words.day.finditer(self.sentence)
        )

    @functools.cached_property
    def over_events(self) -> tuple[int, ...]:
        """Where each count of several events that a figure is told over starts, when the
        sentence names no event's day: "killed 200 civilians in 25 Russian attacks" (not "in
        two strikes", which may be one raid, nor "in 25 strikes since Monday")."""
        words, sentence = self.words, self.sentence
        hint = words.over_events_hint
        if hint is not None and sentence.isascii() and hint.search(sentence.lower()) is None:
            return ()
        # Overlapping: in "killed 200 in Aleppo in 25 raids" the match at "in Aleppo" fails
        # on its count, and the one at "in 25 raids" must still be tried.
        found = list(words.over_events.finditer(sentence, overlapped=True))
        if not found:
            return ()
        for day in words.day.finditer(sentence):
            if not _dates_a_statement(sentence[max(0, day.start() - 40) : day.start()], words):
                return ()
        return tuple(
            match.start("count")
            for match in found
            if _counts_several(match.group("count"), self.language)
        )

    @functools.cached_property
    def attrition(self) -> bool:
        """Deaths that come slowly: "starved to death", "died of malnutrition"."""
        return _search(self.words.attrition, self.words.attrition_hint, self.sentence) is not None

    @functools.cached_property
    def background_ends(self) -> tuple[int, ...]:
        """Where each background cue ends, in order; not one in a relative clause set off by
        commas (see :attr:`aside_background_reaches`)."""
        return tuple(end for end, reach in self._background_cues if reach is None)

    @functools.cached_property
    def aside_background_reaches(self) -> tuple[tuple[int, int], ...]:
        """(end, reach) of each background cue in a relative clause set off by commas, whose
        figures alone it dates: "In Khartoum, which the army retook last month, shelling
        killed 11 people on Sunday" (the 11 are no background)."""
        return tuple((end, reach) for end, reach in self._background_cues if reach is not None)

    @functools.cached_property
    def _background_cues(self) -> tuple[tuple[int, int | None], ...]:
        hint, sentence = self.words.background_hint, self.sentence
        if hint is not None and sentence.isascii() and hint.search(sentence.lower()) is None:
            return ()
        cues = []
        for cue in self.words.background.finditer(sentence):
            if _counts_a_span(sentence, cue, self.words):
                continue
            # Only a clause of bounded length is read, so many cues in a long sentence stay
            # linear.
            opening = sentence.rfind(",", max(0, cue.start() - _ASIDE_REACH), cue.start())
            closing = sentence.find(",", cue.end(), cue.end() + _ASIDE_REACH)
            # Unless the clause describes an event it follows ("The attack, which took place
            # last month, killed 12"): then it dates that event and its figures.
            aside = (
                opening >= 0
                and closing >= 0
                and self.words.aside_opening.match(sentence, opening) is not None
                and self.words.event_before_aside.search(sentence, max(0, opening - 30), opening)
                is None
            )
            cues.append((cue.end(), closing if aside else None))
        return tuple(cues)

    @functools.cached_property
    def set_after_reaches(self) -> tuple[tuple[int, int], ...]:
        """(end, reach) of each "came a week after": the figures from its end up to its reach
        count the earlier event. The reach is the sentence's end, or the clause's when a
        relative clause or a participle sets the phrase off ("The raid, which came a day after
        talks collapsed, killed 14": the 14 are the raid's)."""
        sentence = self.sentence
        if "after" not in sentence.lower():
            return ()
        reaches = []
        for cue in self.words.set_after.finditer(sentence):
            reach = len(sentence)
            if cue.group("relative") is not None or cue.group("participle") is not None:
                closers = [sentence.find(mark, cue.end()) for mark in ",)"]
                reach = min((at for at in closers if at >= 0), default=reach)
            reaches.append((cue.end(), reach))
        return tuple(reaches)

    @functools.cached_property
    def months(self) -> tuple[tuple[int, str], ...]:
        """(end, month word, year written or '') of each "in December", "in August 2013"."""
        return tuple(
            (m.end(), m.group("month"), m.group("year") or "")
            for m in self.words.month_only.finditer(self.sentence)
        )

    @functools.cached_property
    def tally(self) -> bool:
        """A word of a count kept by the month ("documented", "monthly")."""
        return self.words.tally.search(self.sentence) is not None


def _scope(
    basis: str,
    period_text: str,
    figure_at: int,
    cues: _SentenceCues,
    language: str,
    figure_end: int | None = None,
) -> str:
    words = _words(language)
    if (
        cues.war_toll_kind == "subject"
        and basis == "window"
        and cues.war_age
        and words.month_only.search(period_text)
    ):
        # "Sudan's war, which the UN says has killed 14,000 people, entered its second year in
        # April": the month dates the war's age, the toll is the war's.
        return "conflict_total"
    if cues.war_toll and basis not in ("window", "snapshot"):
        # Not a figure with a span of its own beside the war's toll: "lost nine fighters over
        # the past two days, bringing its toll in the war to 1,200" (the nine are periodic).
        return "conflict_total"
    if basis == "cumulative":
        # "Since the start of the war on Gaza, 652 Palestinians have been killed": the war's.
        return "conflict_total" if words.war_since.search(period_text) else "campaign"
    if basis == "window" and period_text and words.day.fullmatch(period_text.strip()):
        return "incident"  # "killed 4 people yesterday": the day of one event, not a span
    # A cue dates the figure when it ends before it or just after it.
    cue = (
        bool(cues.background_ends) and cues.background_ends[0] <= figure_at + _BACKGROUND_AFTER
    ) or any(
        end <= figure_at < reach
        for end, reach in (*cues.set_after_reaches, *cues.aside_background_reaches)
    )
    if basis == "window":
        return "background" if cue or _background_period(words, period_text) else "periodic"
    if basis == "snapshot":
        return "periodic"
    end = figure_at + 1 if figure_end is None else figure_end
    if cues.campaign_toll or cues.attrition or _told_over_events(cues, figure_at, end):
        # "strikes in the offensive have killed", "starved to death", "in 25 attacks"
        return "campaign"
    if cue:
        return "background"
    return "incident"


def _background_period(words, period_text: str) -> bool:
    """Whether a window's own words date it before the story ("last month", "in the past
    year"); "the previous 24 hours" is the span up to the report, as "the past 24 hours" is."""
    if not _search(words.background, words.background_hint, period_text):
        return False
    return any(
        not _counts_a_span(period_text, cue, words)
        for cue in words.background.finditer(period_text)
    )


def _counts_a_span(text: str, cue, words) -> bool:
    """Whether a background cue counts a span back from the report rather than dating an
    earlier event ("Last month 45 people were killed" is one): a span of time follows it ("the
    previous 24 hours", "the previous two days"), or "the" makes "last week" the span up to
    the report ("in the last week", "over the last month"; "in the last year", like "in the
    past year", stays background)."""
    if text[max(0, cue.start() - 4) : cue.start()].lower() == "the " and words.span_unit.match(
        " " + cue.group().split()[-1]
    ):
        return True
    rest = text[cue.end() : cue.end() + 40].lstrip()
    counted = numbers.figure_at(rest, 0) if rest[:1].isalnum() else None
    return counted is not None and words.span_unit.match(rest, counted.end) is not None


_LIST_REACH = 120  # characters a list of places is read over after its plural settlement word
_CLAUSE_END = re.compile(r"[.;:!?\n]")


def _province_of(listed: list[PlaceMention]):
    """The province the places of ``listed`` share, as a place; None when they share none."""
    provinces = {m.place.province for m in listed}
    if len(provinces) != 1 or "" in provinces:
        return None
    (province,) = provinces
    return Place(province, province, "province", listed[0].place.country)


def _speaker_span(row: dict, at: int) -> tuple[int, int]:
    """Where the figure's speaker phrase stands before it in its sentence, else (0, 0)."""
    speaker = row.get("speaker") or ""
    found = (
        row["sentence"].rfind(speaker, 0, max(0, at - row["sentence_start"])) if speaker else -1
    )
    if found == -1:
        return 0, 0
    return row["sentence_start"] + found, row["sentence_start"] + found + len(speaker)


#: A capitalised word right before a place, in a person's name: "Mohammad |Tahir Rahmani".
_CAPITALISED_BEFORE = regex.compile(r"(?<![\w'-])[A-Z][\w'-]{0,30}\s{1,3}$")


def _beyond_speaker(
    mentions: list[PlaceMention], starts: list[int], row: dict, at: int, language: str
):
    """The sentence's places without those inside the figure's speaker phrase before it, when
    another place is left: "The Taliban government in Kabul said 12 were killed in Nangarhar"
    is Nangarhar's; "The Aleppo health directorate said 12 were killed" stays Aleppo's. A
    word of a person's name is never a place: "Mohammad Tahir Rahmani said 17 were killed"."""
    low, high = _speaker_span(row, at)
    if low == high:
        return mentions, starts
    if speakers.is_personal_name(row["speaker"], language=language):
        offset = row["sentence_start"]
        in_name = [
            m
            for m in mentions
            if low <= m.start < high
            and _CAPITALISED_BEFORE.search(
                row["sentence"], max(0, m.start - offset - 34), m.start - offset
            )
        ]
        if in_name:
            mentions = [m for m in mentions if m not in in_name]
            starts = [m.start for m in mentions]
    if len(mentions) < 2:
        return mentions, starts
    outside = [m for m in mentions if not low <= m.start < high]
    if not outside or len(outside) == len(mentions):
        return mentions, starts
    return outside, [m.start for m in outside]


_LAST_WORD = regex.compile(r"([^\W\d_][\w'-]{0,30})\s{1,3}$")


_CAPITAL_WORD = re.compile(r"capital", re.IGNORECASE)


def _people_before(text: str, low: int, position: int) -> bool:
    """Whether the word before ``position`` names a people ("Palestinians", "Syrians")."""
    word = _LAST_WORD.search(text, max(low, position - 34), position)
    return (
        word is not None
        and word.group(1).endswith("s")
        and bool(claimants().country(word.group(1)))
    )


def _latest_before(mentions: list[PlaceMention], starts: list[int], low: int, at: int):
    """The last place mention inside [low, at), or None."""
    index = bisect.bisect_left(starts, at) - 1
    return mentions[index] if index >= 0 and starts[index] >= low else None


def _nearest(mentions: list[PlaceMention], starts: list[int], low: int, high: int, at: int):
    """The place mention inside [low, high) nearest the offset ``at``, or None."""
    first = bisect.bisect_left(starts, low)
    last = bisect.bisect_left(starts, high)
    if first == last:
        return None
    # Only the mentions either side of ``at`` can be nearest.
    middle = bisect.bisect_left(starts, at, first, last)
    candidates = [mentions[i] for i in (middle - 1, middle) if first <= i < last]
    return min(candidates, key=lambda m: (abs(m.start - at), m.start))


def _without_locating_places(
    text: str, mentions: list[PlaceMention], words: _Words
) -> list[PlaceMention]:
    """Drop a place that only locates the place next to it: through one of its parts (the
    Damascus of "the Damascus suburb of Jaramana", "Jaramana, a suburb of Damascus" and
    "Daraya, a Damascus suburb"), a distance or direction ("Saraqeb, 15 km east of Idlib",
    "Sayyida Zeinab south of Damascus"), "in" ("Jableh in Latakia province") or a possessive
    ("Aleppo's Sukkari neighbourhood").

    A local place (see :func:`_local_places`) is the part whichever side it stands ("the Sukkari
    neighbourhood of Aleppo"), and takes the province of a place that holds it as a part or
    with "in"; a distance says nothing about which province a place is in.
    """
    if len(mentions) < 2:
        return mentions
    mentions = list(mentions)
    locating = set()
    for index in range(len(mentions) - 1):
        first, second = mentions[index], mentions[index + 1]
        if second.start - first.end > _PART_GAP:
            continue
        holds = True
        # "Abu Shouk camp, on the northern edge of El Fasher": a local place's settlement word
        # stands between it and the words that link it to the other.
        settlement = (
            words.settlement_after.match(text, first.end, second.start)
            if _is_local(first)
            else None
        )
        after_first = settlement.end() if settlement is not None else first.end
        if _POSSESSIVE_LINK.fullmatch(text, first.end, second.start) or (
            _is_local(second) and _LOCAL_GAP.fullmatch(text, first.end, second.start)
        ):
            part, locator = index + 1, index  # "Aleppo's Sukkari neighbourhood", "Homs Waer"
        elif words.part_of_next.fullmatch(text, first.end, second.start):
            part, locator = index + 1, index
            if (_is_local(first) and not _is_local(second)) or (
                _names_its_province(second.place) and not _names_its_province(first.place)
            ):
                # "the Sukkari neighbourhood of Aleppo", "the Sayyida Zeinab district of
                # Damascus": the city a province is named after holds the other.
                part, locator = index, index + 1
        elif (
            words.part_of_previous.fullmatch(text, after_first, second.start)
            or (
                words.part_word_after.match(text, second.end, second.end + _PART_GAP)
                and _A_BEFORE_PLACE.fullmatch(text, after_first, second.start)
            )
            or words.place_in.fullmatch(text, after_first, second.start)
        ):
            part, locator = index, index + 1
        elif words.locates_before.fullmatch(text, after_first, second.start) and not (
            words.route_before.search(text, max(0, first.start - 60), first.start)
        ):
            part, locator, holds = index, index + 1, False
        elif (
            second.place.level == "province"
            and first.place.level != "province"
            # The gazetteer may not know the town's province: "Uman, Cherkasy region".
            and first.place.province in ("", second.place.province)
            # A local place has no country of its own: "in Damboa, Borno State".
            and first.place.country in ("", second.place.country)
            and _COMMA_LINK.fullmatch(text, after_first, second.start)
        ):
            part, locator = index, index + 1  # "in Kupiansk, Kharkiv region, 3 people died"
        else:
            continue
        locating.add(locator)
        place, outer = mentions[part].place, mentions[locator].place
        if holds and _is_local(mentions[part]) and not place.province and outer.province:
            local = Place(place.name, outer.province, place.level, outer.country)
            mentions[part] = PlaceMention(mentions[part].start, mentions[part].end, local)
    return [mention for index, mention in enumerate(mentions) if index not in locating]


def _names_its_province(place: Place) -> bool:
    """Whether a place is a province or the city its province is named after (Aleppo, Idlib)."""
    return bool(place.province) and place.name == place.province


_POSSESSIVE_LINK = regex.compile(r"['’]s\s{1,3}")
#: A town and the province that holds it, a comma between: "Uman, Cherkasy region".
_COMMA_LINK = regex.compile(r",\s{1,3}(?:the\s{1,3})?")
#: The level of a place the gazetteer does not list, found by the words around its name.
LOCAL_LEVEL = "local"
_MAX_LOCAL_WORDS = 3
# A capitalised word of a local name ("Ghandoura", "al-Ansari", "Tal"); punctuation ends it.
_LOCAL_TOKEN = regex.compile(r"[^\s,.;:!?()\[\]\"“”]{1,40}")
# Letters only, not all capitals ("IS", "YPG" are groups), and no capitalised word joined to a
# lower-case one ("Kurdish-majority", "State-held" are adjectives).
_LOCAL_WORD = regex.compile(
    r"(?:(?:al|el|ad|ar|as|ash|at|az|an|ez|es|ed|er|en|et)-)?(?!\p{Lu}{2,}\b)\p{Lu}[\p{L}'’]{1,30}"
    r"(?:-(?:al|el|ad|ar|as|ash|at|az|an|ez|es|ed|er|en|et)-)?(?:-\p{Lu}[\p{L}'’]{1,30}){0,2}"
)
_LOCAL_GAP = regex.compile(r"[ \t]{1,2}")
_LOCAL_REACH = 100  # characters read either side of a settlement word for its name
# An apposition that names the settlement before it: "Moura|, a small town| in central Mali".
_APPOSITION_BEFORE = regex.compile(
    r",[ \t]{1,3}(?:a|an)[ \t]{1,3}(?:[a-z-]{1,20}[ \t]{1,3}){0,2}$"
)
_APPOSITION_REACH = 50
_SETTLEMENT_IN = regex.compile(r"s?[ \t]{1,3}in[ \t]")


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")  # a date's own year: "October 7, 2023"
_DAY_NUMBER = re.compile(r"(?<!\d)\d{1,2}(?!\d)")  # and its day: not "April 2023"
_DIGITS = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")  # "1,200", "3.5": not the comma of "41, 9"


def _past_digits(text: str, at: int) -> int:
    """Where the digits of a figure starting at ``at`` end: the comma of "1,200" is no
    clause's."""
    found = _DIGITS.match(text, at)
    return found.end() if found is not None else at


_NAMED_DAY_REACH = 30  # characters from a relative day ("overnight") to a day named after it


def _named_right_after(text: str, match, matches: list, index: int) -> bool:
    """Whether a relative day ("overnight", "last night") has a named day right after it in
    the same phrase, which says which night: "an overnight attack on Thursday"."""
    if index + 1 >= len(matches):
        return False
    following = matches[index + 1]
    return (
        not following.group("relative")
        and following.start() - match.end() <= _NAMED_DAY_REACH
        and _CLAUSE_END.search(text, match.end(), following.start()) is None
        and "," not in text[match.end() : following.start()]
    )


_ISLAMIC_STATE = re.compile(r"Islamic\s{1,3}State\b")


def _no_province_name(text: str, start: int, end: int, words: _Words) -> bool:
    """Whether the name before a province word is no province's: a people's adjective
    ("Iranian state TV", "the Jewish state"), a word of that shape ("the Welfare State"), or
    a part of a group's name ("Islamic State West Africa Province")."""
    name = text[start:end]
    last = name.split()[-1].lower() if name.split() else ""
    if claimants().country(name) or last.endswith(words.adjective_endings):
        return True
    return _ISLAMIC_STATE.search(text, max(0, start - 30), start) is not None


def _is_local(mention: PlaceMention) -> bool:
    return mention.place.level == LOCAL_LEVEL


def _local_places(
    text: str,
    start: int,
    end: int,
    words: _Words,
    known: list[PlaceMention],
    settlements: list[tuple[int, int]],
    level: str = LOCAL_LEVEL,
) -> list[PlaceMention]:
    """``known`` with the places the gazetteer does not list, named by a settlement word next
    to a capitalised name: after it with "of" ("the town of Ghandoura", "the village of Tal
    Jihan") or before it ("Baghaliyeh village", "the Sukkari neighbourhood of Aleppo"). With
    ``level`` "province", the words are province words and the places provinces ("Zamfara
    State").

    A name overlapping a listed place is that place, unless it holds more words ("Tal Jihan"
    around a town "Jihan"). A local place's province is empty until a place locates it (see
    :func:`_without_locating_places`). ``settlements`` are the settlement words' spans inside
    ``[start, end)``.
    """
    found = []
    for settlement_start, settlement_end in settlements:
        # Both sides are read: "the al-Waer district of Homs" names the part before.
        of = words.settlement_of.match(text, settlement_end, end)
        if of is not None:
            found.append(_local_name_after(text, of.end(), end, words))
        found.append(_local_name_before(text, settlement_start, start, words))
        if of is not None or _SETTLEMENT_IN.match(text, settlement_end, end):
            # "in Moura, a town in central Mali": the name before the apposition.
            apposition = _APPOSITION_BEFORE.search(
                text, max(start, settlement_start - _APPOSITION_REACH), settlement_start
            )
            if apposition is not None:
                found.append(
                    _local_name_before(text, apposition.start(), start, words, touching=True)
                )
    found = sorted({name for name in found if name is not None})
    if not found:
        return known
    # ``known`` is sorted and its mentions never overlap, so the few a name overlaps sit just
    # before the first that starts after it: each is found by bisection, not a scan.
    starts = [mention.start for mention in known]
    replaced: set[int] = set()
    local = []
    for name_start, name_end in found:
        if local and name_start < local[-1].end:
            continue  # the same name read from two settlement words
        overlapping = []
        index = bisect.bisect_left(starts, name_end) - 1
        while index >= 0 and known[index].end > name_start:
            overlapping.append(index)
            index -= 1
        if any(known[i].start <= name_start and name_end <= known[i].end for i in overlapping):
            continue  # a listed place, or a part of one's name
        if overlapping and known[overlapping[-1]].start == name_start:
            # "Homs Waer district": the listed place that opens the name holds the rest.
            gap = _LOCAL_GAP.match(text, known[overlapping.pop()].end)
            if gap is None or gap.end() >= name_end:
                continue
            name_start = gap.end()
        if level == "province":
            if _no_province_name(text, name_start, name_end, words):
                continue  # "Iranian state TV", "the Jewish state", "Islamic State West Africa"
            # "North Kivu province": a direction opens a province's name.
            direction = words.direction_before.search(text, max(0, name_start - 12), name_start)
            if direction is not None:
                name_start = direction.start()
        replaced.update(overlapping)
        name = text[name_start:name_end]
        place = Place(name, name, level) if level == "province" else Place(name, "", level)
        local.append(PlaceMention(name_start, name_end, place))
    kept = [mention for index, mention in enumerate(known) if index not in replaced]
    return sorted(kept + local, key=lambda m: (m.start, m.end))


# The most words of a name no settlement word vouches for: "Kafr Jales", "Beit Lahia"; three
# are a run of names that text stripped of its punctuation joins ("in Zabarmari Edward Kallon
# said", "the villages Yayuwa Tondoli Belu").
_MAX_UNLISTED_WORDS = 2
# A speaker's word right after a name and its comma: the name is whom the speaker is with.
_SPEECH_AFTER = regex.compile(r",[ \t]{1,3}(?:said|says|told|added|stated)\b")


def _unlisted_places(
    text: str,
    start: int,
    end: int,
    words: _Words,
    known: list[PlaceMention],
    links: list[tuple[int, int]],
) -> list[PlaceMention]:
    """``known`` with the places the gazetteer does not list that a link names ("killed 16
    insurgents in |Damboa| on Wednesday"): a capitalised name right after the link and before
    punctuation or an end word, touching no listed place. ``links`` are the links' spans inside
    ``[start, end)``."""
    found = []
    starts = [mention.start for mention in known]
    for link_start, link_end in links:
        name_start = link_end + 1
        if not (text[link_end:name_start] == " " and text[name_start : name_start + 1].isupper()):
            continue
        index = bisect.bisect_left(starts, name_start)
        if index < len(known) and starts[index] == name_start:
            continue  # "in Aleppo": a listed place, as most are (the cheap test first)
        if words.unlisted_place_blocker.search(text, max(start, link_start - 48), link_start):
            continue  # "Speaking in Davos", "told allies at Ramstein", "aimed at Sinwar"
        name = _local_name_after(text, name_start, end, words)
        if name is None or not words.unlisted_place_end.match(text, name[1], end):
            continue
        written = text[name[0] : name[1]]
        if (
            len(written.split()) > _MAX_UNLISTED_WORDS
            or any(
                word in words.unlisted_place_stops
                or words.country_name.fullmatch(word)
                or claimants().country(word)
                for word in written.split()
            )
            or claimants().organisation(written)
            or _SPEECH_AFTER.match(text, name[1])
        ):
            # "in Parliament", "at Ghent University", "in Nigeria Edward Kallon said", "a
            # researcher at Airwars", "A journalist at Al Jazeera, said 20 were killed".
            continue
        index = bisect.bisect_left(starts, name[1])
        if index > 0 and known[index - 1].end > name[0]:
            continue  # a listed place, or one a settlement word named
        found.append(PlaceMention(name[0], name[1], Place(written, "", LOCAL_LEVEL)))
    if not found:
        return known
    return sorted(known + found, key=lambda m: (m.start, m.end))


def _local_words(tokens, words: _Words) -> list:
    """The leading tokens (read in either direction) that are capitalised name words, none a
    stop word, one or two spaces apart."""
    taken = []
    for token in tokens:
        if (
            len(taken) == _MAX_LOCAL_WORDS
            or token.group() in words.local_name_stops
            or _possessive_place(token.group())  # "Aleppo's": the place that holds it
            or not _LOCAL_WORD.fullmatch(token.group())
            # "the northern Ukrainian city of Sumy": a people's word says whose city it is.
            or _people_word(token.group(), words)
        ):
            break
        if taken:
            before, after = sorted((taken[-1], token), key=lambda t: t.start())
            if not _LOCAL_GAP.fullmatch(token.string, before.end(), after.start()):
                break
        taken.append(token)
    return taken


def _people_word(word: str, words: _Words) -> bool:
    """Whether ``word`` is a country's people's word ("Ukrainian", "Syrian"), not its name."""
    country = claimants().country(word)
    return bool(country) and word != country and word.endswith(words.people_word_endings)


def _possessive_place(word: str) -> bool:
    """Whether ``word`` is a possessive, or a listed place with its apostrophe lost
    ("Aleppos", as text stripped of punctuation writes it)."""
    if word.endswith(POSSESSIVE):
        return True
    return len(word) > 4 and word.endswith("s") and is_place_name(word[:-1])


def _local_name_after(text: str, at: int, end: int, words: _Words) -> tuple[int, int] | None:
    tokens = _LOCAL_TOKEN.finditer(text, at, min(end, at + _LOCAL_REACH))
    taken = _local_words(tokens, words)
    if not taken or taken[0].start() != at or _cut(text, taken[-1].end()):
        return None
    return taken[0].start(), taken[-1].end()


def _cut(text: str, end: int) -> bool:
    """Whether a token ending at ``end`` was cut from a longer one (tokens are 40 characters
    at most)."""
    return _LOCAL_TOKEN.match(text, end, end + 1) is not None


def _local_name_before(
    text: str, at: int, start: int, words: _Words, touching: bool = False
) -> tuple[int, int] | None:
    """The capitalised name that ends a space before ``at`` (right at it when ``touching``)."""
    low = max(start, at - _LOCAL_REACH)
    tokens = list(_LOCAL_TOKEN.finditer(text, low, at))
    if tokens and tokens[0].start() == low and low > start and not text[low - 1].isspace():
        tokens = tokens[1:]  # cut by the window: part of a longer word
    if not tokens or not (
        tokens[-1].end() == at if touching else _LOCAL_GAP.fullmatch(text, tokens[-1].end(), at)
    ):
        return None
    taken = _local_words(reversed(tokens), words)
    if not taken or (taken[-1].start() > 0 and _cut(text, taken[-1].start() - 1)):
        return None
    if words.country_name.fullmatch(text, taken[-1].start(), taken[0].end()):
        return None  # "the central Mali town of Moura": the country says whose town it is
    return taken[-1].start(), taken[0].end()


# What opens another clause between a figure and a place reference after it: "... troops,
# officials said, as sirens sounded across the city", "..., and the town is their target".
_ANOTHER_CLAUSE = regex.compile(
    r"[,;][ \t]{0,3}(?:as|and|while|but|whereas|when|after)\b|\b(?:said|says|told|according)\b"
)
_PART_GAP = 60  # the longest run of words read between two places
_A_BEFORE_PLACE = regex.compile(r",\s{1,3}(?:a|an|the)\s{1,3}(?:[a-z-]{1,20}\s{1,3}){0,2}?")


# A dateline's city in capitals, its country, then the agency or the dash: "KABUL,
# Afghanistan (AP) —".
_DATELINE_COUNTRY = regex.compile(
    r"[A-Z][A-Z.'\- ]{1,30},[ \t]{1,3}"
    r"(?P<area>[A-Z][\w.'\-]{1,30}(?:[ \t][A-Z][\w.'\-]{1,30}){0,2})"
    r"[ \t]{0,3}(?:\(|[-\u2013\u2014]{1,2}[ \t])"
)
# After a dateline's place: its country or date, its agency, then a dash ("ALEPPO, Syria
# (Reuters) -", "DAMASCUS, (SANA) -", "BEIRUT (AP) \u2014") or TASS's "/TASS/".
_DATELINE_AFTER = regex.compile(
    r"(?:,?[ \t]{0,3}[^\n\-\u2013\u2014/]{0,40}?)?"
    r"(?:[ \t]{1,3}[-\u2013\u2014]{1,2}[ \t]|[ \t]{0,3}/[A-Z]{2,10}/)"
)


def is_dateline(text: str, mention: PlaceMention) -> bool:
    """Whether a place opens a paragraph as its dateline: in capitals ("BEIRUT Dozens of people
    were killed", as text that lost its dash writes it), or before an agency and a dash."""
    newline = text.rfind("\n", max(0, mention.start - 4), mention.start)
    if (newline == -1 and mention.start > 3) or text[newline + 1 : mention.start].strip():
        return False  # not at the start of a paragraph
    name = text[mention.start : mention.end]
    return (name.isupper() and len(name) > 2) or _DATELINE_AFTER.match(
        text, mention.end, min(len(text), mention.end + 48)
    ) is not None


_SHIFT_PARAGRAPHS = 3  # paragraphs read back for the day "A day later" counts from
_PLACES_READ = 4  # places read either side of a figure for the province that frames it
_TOWN_LEVELS = ("town", LOCAL_LEVEL)
_AREA_LEVELS = ("province", "region")


_POSSESSIVES = frozenset({"'s", "\u2019s"})  # "Mali's army": a body of the country
_AREA_REACH = 60  # characters before a country's name read for "in the central" and the like


_LEAD_SEARCH = 6  # paragraphs read for the lead, the headline's included
_LEAD_WORDS = 12  # words that make a paragraph with no closing stop a sentence
_SENTENCE_ENDS = frozenset('.!?"\u201d')


class _ArticleContext:
    """An article's places, paragraphs and days, computed once and read for every claim."""

    def __init__(self, text: str, published, language: str, paragraph_spans=None):
        self.text = text
        self.published = published
        self.language = language
        self.paragraph_spans = paragraphs(text) if paragraph_spans is None else paragraph_spans
        self.paragraph_index = SpanIndex(self.paragraph_spans)
        # Places and days are looked for only where a claim needs them (its sentence, then its
        # paragraph, then the headline and dateline), each span once: the rest of a long
        # article costs nothing.
        self._place_mentions: dict[tuple[int, int], tuple[list[PlaceMention], list[int]]] = {}
        self._day_mentions: dict[tuple[int, int], tuple[list[int], list]] = {}
        self._lead_words: frozenset[str] | None = None  # the opening paragraph's words
        self.figure_starts: list[int] = []  # every claim's figure, sorted (see place_of)
        self.figure_sentences: list[tuple[int, int]] = []  # their sentences' spans, sorted
        self._dateline_end = 0  # where a dateline naming a country ends (see article_country)
        # sentence start -> (country, whether it is named as where things happen)
        self._names_country: dict[int, frozenset[tuple[str, bool]]] = {}
        self._sentence_cues: dict[tuple[int, int], _SentenceCues] = {}
        # (spans, their starts) of the settlement words, then of the province words
        self._settlements: tuple[tuple[list[tuple[int, int]], list[int]], ...] | None = None
        self._capital_at: list[int] | None = None  # where "capital" stands in the text
        # where the links before an unlisted place stand (see _unlisted_places), and their starts
        self._links: list[tuple[int, int]] | None = None
        self._link_starts: list[int] = []
        self._lists: dict[tuple[int, int], dict[int, list[PlaceMention]]] = {}
        # Per paragraph, where the next one tells of its event (see _event_told_next).
        self._told_next: dict[int, tuple[regex.Match, int] | None] = {}
        # The places given to the figures of the headline and first paragraph, as annotate
        # goes: what "in the country" of a later paragraph may refer to.
        self.lede_places: list[Place] = []
        # (start, place) of each casualty figure annotated so far, in the text's order: the toll
        # a later "Among the dead were" refers back to.
        self.toll_places: list[tuple[int, Place | None]] = []

    @functools.cached_property
    def lead_number(self) -> int:
        """The paragraph of the lead: the first after the headline that reads as a sentence,
        past a release's header lines ("Release No. 20170612-01", "June 12, 2017"); 1 when
        none of the first few does."""
        for number in range(1, min(len(self.paragraph_spans), _LEAD_SEARCH)):
            span = self.paragraph_spans[number]
            paragraph = self.text[span.start : span.end].rstrip()
            if paragraph[-1:] in _SENTENCE_ENDS or len(paragraph.split()) >= _LEAD_WORDS:
                return number
        return 1

    def sentence_cues(self, sentence_start: int, sentence: str) -> _SentenceCues:
        """The scope cues of the sentence starting at ``sentence_start``, found once. Keyed
        by its length too: of an overlong sentence a row holds only part, and two parts may
        start together."""
        key = (sentence_start, len(sentence))
        if key not in self._sentence_cues:
            cues = _SentenceCues(sentence, self.language)
            if self._war_pronoun_toll(sentence_start, sentence):
                cues.war_toll_kind = "subject"  # "... erupted in April 2023. It has killed"
            self._sentence_cues[key] = cues
        return self._sentence_cues[key]

    def _war_pronoun_toll(self, sentence_start: int, sentence: str) -> bool:
        """Whether a sentence's toll has as its subject a pronoun for the war the sentence
        before it, in its paragraph, opens with: "The war between the army and the RSF
        erupted in April 2023. It has killed more than 28,700 people"."""
        words = _words(self.language)
        if words.war_pronoun_toll.match(sentence) is None:
            return False
        number = self.paragraph_index.find(sentence_start)
        if number is None:
            return False
        # The sentence before, read within a bounded reach: a whole one only (many "It has
        # killed" sentences in one paragraph stay linear).
        paragraph_start = self.paragraph_spans[number].start
        reach = max(paragraph_start, sentence_start - _WAR_SUBJECT_REACH)
        before = sentences(self.text, [Span(reach, sentence_start)])
        if not before or (len(before) < 2 and reach > paragraph_start):
            return False
        return words.war_subject.match(self.text, *before[-1]) is not None

    @functools.cached_property
    def countries(self) -> frozenset[str]:
        """Every country the article names: by a word of the claimant table ("Israeli",
        "Gaza"), a country or territory of scope.toml ("in the West Bank") or a place of the
        gazetteer ("Jenin")."""
        words = _words(self.language)
        areas = {
            _area_of(words, match).country for match in words.country_area.finditer(self.text)
        }
        places = {mention.place.country for mention in find_places(self.text, 0, len(self.text))}
        return (claimants().countries_in(self.text) | areas | places) - {""}

    def war_began(self, row: dict) -> datetime.date | None:
        """The first day of the war (``conflicts()``) a running count starts with, when the
        article names one of the war's countries; else None."""
        conflict = self._war_started_with(row)
        return conflict.began if conflict is not None else None

    def war_place(self, row: dict) -> Place | None:
        """Where the war a count of a whole war counts is fought (``Conflict.place``): the war
        its period starts with, else the one its sentence names by a country ("Syria's war",
        "the Syrian revolution", "Yemen's civil war"); None when neither or when the country
        names wars fought in different places."""
        conflict = self._war_started_with(row)
        if conflict is not None:
            fought_in = {conflict.place}
        else:
            words = _words(self.language)
            country_of_word = claimants().country_of_word
            named = {
                # The two words as one name, else the last ("The Syrian war": "Syrian").
                country_of_word.get(" ".join(words_found)) or country_of_word.get(words_found[-1])
                for found in words.war_of_country.finditer(row["sentence"])
                if (words_found := found.group("country").lower().split())
            } - {None}
            # The war of a country the article names too: "Russia's war" in a story of Syria
            # is no war in Ukraine.
            fought_in = {
                conflict.place
                for conflict in conflicts()
                if conflict.countries & named
                and conflict.place in self.countries
                and self._began_by_report(conflict)
            }
        if len(fought_in) != 1 or not (place := fought_in.pop()):
            return None
        return _words(self.language).area_of.get(place)

    def war_named(self, row: dict) -> Conflict | None:
        """The war a count's period names by one of its own names ("since the beginning of
        the special military operation"), if it had begun by the report; else None."""
        pattern, by_name = _war_names()
        found = pattern.search(row.get("period_text") or "") if pattern is not None else None
        if found is None:
            return None
        conflict = by_name[" ".join(found.group().lower().split())]
        return conflict if self._began_by_report(conflict) else None

    def _began_by_report(self, conflict: Conflict) -> bool:
        published = self.published
        return published is None or pd.isna(published) or conflict.began <= published.date()

    def _war_started_with(self, row: dict) -> Conflict | None:
        named = self.war_named(row)
        if named is not None:
            return named
        start = row.get("period_start")
        if start is None or pd.isna(start):
            return None
        period_text = row.get("period_text") or ""
        year_written = _YEAR_WRITTEN.search(period_text) is not None
        month_number = _words(self.language).month_number
        month_written = any(
            word.strip(".,").lower() in month_number for word in period_text.split()
        )
        for conflict in conflicts():
            if _starts_with(
                conflict.began, start, year_written, month_written, self.published
            ) and (conflict.countries & self.countries):
                return conflict
        return None

    def _places_beyond_bureaus(self, start: int, end: int) -> list[PlaceMention]:
        """The places named in ``text[start:end]``, but bureau cities ("BEIRUT (Reuters) -",
        "Moscow said"), which say where the reporter sits or stand for a government, never
        what a figure is about; unless a word of place leads to one ("a mosque in Kabul", "a
        strike on Beirut's southern suburbs", "in eastern Baghdad")."""
        words = _words(self.language)
        return [
            m
            for m in find_places(self.text, start, end)
            if not is_bureau(m.place)
            or words.bureau_as_place.search(self.text, max(0, m.start - 30), m.start) is not None
        ]

    def _places_in(self, start: int, end: int) -> tuple[list[PlaceMention], list[int]]:
        key = (start, end)
        if key not in self._place_mentions:
            # A dateline says where the story was filed, never what a figure is about
            # ("DAMASCUS, (SANA) - Army units killed 120 terrorists in the countryside of
            # Aleppo"): it is only the fallback (see fallback).
            mentions = [
                m
                for m in self._places_beyond_bureaus(start, end)
                # A dateline opens its paragraph, so only a span's first place can be one.
                if not (m.start - start <= 3 and is_dateline(self.text, m))
            ]
            words = _words(self.language)
            if self._settlements is None:
                # Settlement and province words are found once in the whole article; each
                # span takes its own by bisection (sentences and paragraphs overlap, and are
                # asked for often).
                self._settlements = tuple(
                    (found, [span[0] for span in found])
                    for found in (
                        words.settlement.spans(self.text),
                        words.province_word.spans(self.text),
                    )
                )
            for (spans, span_starts), level in zip(
                self._settlements, (LOCAL_LEVEL, "province"), strict=True
            ):
                inside = spans[
                    bisect.bisect_left(span_starts, start) : bisect.bisect_left(span_starts, end)
                ]
                inside = [span for span in inside if span[1] <= end]
                mentions = _local_places(self.text, start, end, words, mentions, inside, level)
            if self._links is None:
                self._links = [
                    (m.start(), m.end() - 1)
                    for m in words.unlisted_place_link.finditer(self.text)
                    if self.text[m.end()].isupper()
                ]
                self._link_starts = [span[0] for span in self._links]
            inside = self._links[
                bisect.bisect_left(self._link_starts, start) : bisect.bisect_left(
                    self._link_starts, end
                )
            ]
            mentions = _unlisted_places(self.text, start, end, words, mentions, inside)
            mentions = _without_locating_places(self.text, mentions, words)
            capitals = (
                [
                    PlaceMention(
                        match.start(), match.end(), words.capital_of[match.group("people")]
                    )
                    for match in words.capital.finditer(self.text, start, end)
                ]
                if self._names_a_capital(start, end)
                else []
            )
            if capitals:
                # "in the Yemeni capital": Sanaa, though a bureau city alone is no place.
                taken = {(m.start, m.end) for m in mentions}
                mentions = sorted(
                    [*mentions, *(c for c in capitals if (c.start, c.end) not in taken)],
                    key=lambda m: m.start,
                )
            self._place_mentions[key] = (mentions, [m.start for m in mentions])
        return self._place_mentions[key]

    def _names_a_capital(self, start: int, end: int) -> bool:
        """Whether "capital" stands in ``text[start:end]``: most spans name none, and a plain
        find spares them the pattern."""
        if self._capital_at is None:
            self._capital_at = [m.start() for m in _CAPITAL_WORD.finditer(self.text)]
        at = bisect.bisect_left(self._capital_at, start)
        return at < len(self._capital_at) and self._capital_at[at] < end

    @property
    def fallback(self):
        """The headline's place, else the dateline's unless it is a bureau city."""
        return self.headline_place or self.dateline_place

    @functools.cached_property
    def headline_place(self) -> Place | None:
        """The first town of the first line, else its first place: "Borno: ISWAP fighters
        attack military base in Marte" is Marte's story."""
        if not self.paragraph_spans:
            return None
        headline = self.paragraph_spans[0]
        mentions, _ = self._places_in(headline.start, headline.end)
        if not mentions:
            return None
        return next(
            (m.place for m in mentions if m.place.level in _TOWN_LEVELS), mentions[0].place
        )

    @functools.cached_property
    def story_town(self) -> Place | None:
        """The town or province a story is about: its headline names the place and its lede
        (the first paragraph after the headline) names it again: "Philippine troops press
        Marawi assault // ... pushed deeper into the last militant-held pockets of Marawi"."""
        headline = self.headline_place
        if headline is None or headline.level == "country" or len(self.paragraph_spans) < 2:
            return None
        lede = self.paragraph_spans[1]
        mentions, _ = self._places_in(lede.start, lede.end)
        return headline if any(m.place == headline for m in mentions) else None

    @functools.cached_property
    def battle_story(self) -> bool:
        """Whether the headline or the lede names a battle fought at one place
        (``local_operation_words``): "Troops press Marawi assault", not "Air strikes on Aleppo
        go on", whose air campaign is the country's."""
        if len(self.paragraph_spans) < 2:
            return False
        battle = _words(self.language).local_operation_word
        return any(
            battle.search(self.text, span.start, span.end) for span in self.paragraph_spans[:2]
        )

    @functools.cached_property
    def one_event_story(self) -> bool:
        """Whether the headline names one event ("Russian strike on Kyiv kills 20", "Overnight
        attack on Odesa"), whose toll the story's "strikes have killed" restates."""
        if not self.paragraph_spans:
            return False
        headline = self.paragraph_spans[0]
        return (
            _words(self.language).one_event.search(self.text, headline.start, headline.end)
            is not None
        )

    @functools.cached_property
    def article_country(self) -> Place | None:
        """The one country the story is about, for a figure whose sentence, paragraph and
        headline name no place: the one country the headline places its events in ("... at
        least 30 killed across Ukraine"), else the country a dateline adds to its city
        ("KABUL, Afghanistan (AP) —", a bureau city whose country still says where)."""
        if not self.paragraph_spans:
            return None
        words = _words(self.language)
        headline = self.paragraph_spans[0]
        # Only a headline that holds a figure places it: "Gaza ceasefire talks resume in Qatar"
        # says where talks are, not where the story's counts lie.
        figures = self.figure_starts
        counts = bisect.bisect_left(figures, headline.end) > bisect.bisect_left(
            figures, headline.start
        )
        named = {
            _area_of(words, match)
            for match in words.country_area.finditer(self.text, headline.start, headline.end)
            if counts and not match.group("more")
        }
        if len(named) == 1:
            return named.pop()
        if named:
            return None  # "... in Syria and Iraq", "from Lebanon into Israel": no one country
        # A headline labelled by its country ("Burkina Faso: 31 soldiers killed in ambush")
        # says where the story is, whatever other countries its body names ("In neighbouring
        # Mali, ..."), when the body names it as where things happen ("in northern Burkina
        # Faso"): "Israel: 24 soldiers killed in Gaza offensive" is a side's label.
        label = words.country_name.match(self.text, headline.start, headline.end)
        if label is not None and self.text[label.end() : label.end() + 1] == ":":
            country = _area_of(words, label)
            if any(
                _area_of(words, match) == country and self._names_where(match, words)
                for match in words.country_name.finditer(self.text, headline.end)
            ):
                return country
        for span in self.paragraph_spans[:3]:
            dateline = _DATELINE_COUNTRY.match(self.text, span.start, span.end)
            if dateline is None:
                continue
            country = words.area_of.get(" ".join(dateline.group("area").split()))
            self._dateline_end = dateline.end()  # its own country names no sentence's place
            # Only when the story, headline included, names no other country: "NAIROBI, Kenya
            # (AP) — ... in Ethiopia's Tigray region" is filed from a bureau, about another.
            others = {
                _area_of(words, match)
                for start, end in (
                    (headline.start, headline.end),
                    (dateline.end(), len(self.text)),
                )
                for match in words.country_name.finditer(self.text, start, end)
            }
            return country if country is not None and others <= {country} else None
        return self._only_country_named()

    def _only_country_named(self) -> Place | None:
        """The one country a story names, by a country's name, when its body names it and the
        places the story names lie there too: an NGO's report with no dateline ("Mali: ... //
        ... in the central Mali town of Moura"). Not a country its headline alone names ("Gaza
        ceasefire talks resume in Qatar"). Of several, only the one its figures' places lie in
        (see :meth:`_country_of_places`)."""
        words = _words(self.language)
        names, spellings, countries = [], set(), set()
        found = words.country_name.finditer(self.text)
        for match in found:
            names.append(match)
            if match.group("area") not in spellings:
                spellings.add(match.group("area"))
                countries.add(_area_of(words, match))
                if len(countries) > 1:
                    break
        body_start = self.paragraph_spans[0].end if len(self.paragraph_spans) > 1 else 0
        if len(countries) > 1:
            # The rest of the story's names are read only for the country its places lie in.
            return self._country_of_places(itertools.chain(names, found), body_start, words)
        if not countries:
            return None
        if not any(
            match.start() >= body_start and self._names_where(match, words) for match in names
        ):
            return None  # only a side ("Russia launched 54 drones"), or only the headline's
        country = countries.pop()
        mentions, _ = self._places_in(0, len(self.text))
        if any(
            mention.place.country not in ("", country.name) and mention.place != country
            for mention in mentions
        ):
            return None  # "... in Mosul, as Turkey said": places of another country
        return country

    def _country_of_places(self, names, body_start: int, words) -> Place | None:
        """Of the several countries a story names (``names``, its matches in the text's order),
        the one the towns and provinces its headline and figures' sentences name lie in, when
        its body names that country as where things happen ("Turkish troops took Afrin in
        northern Syria"); None when those places lie in none, or in two with neither named in
        at least twice as many sentences as the other (:data:`_MAIN_COUNTRY_SHARE`)."""
        ranked = self._place_countries.most_common(2)
        if len(ranked) == 2 and ranked[0][1] >= _MAIN_COUNTRY_SHARE * ranked[1][1]:
            # A story of strikes across Ukraine with one paragraph on drones over Kursk.
            ranked = ranked[:1]
        if len(ranked) != 1:
            return None
        country = ranked[0][0]
        return next(
            (
                area
                for name in names
                if (area := _area_of(words, name)).name == country
                and name.start() >= body_start
                and self._names_where(name, words)
            ),
            None,
        )

    @functools.cached_property
    def _place_countries(self) -> collections.Counter:
        """How many of the headline's and the figures' sentences name a town or province of
        each country (a list of five Russian regions in one sentence counts once)."""
        # Only sentences that claims read anyway: a sentence of background ("Erdogan said in
        # Gaziantep") places none.
        spans = list(self.figure_sentences)
        if self.paragraph_spans:
            spans.append((self.paragraph_spans[0].start, self.paragraph_spans[0].end))
        counts = collections.Counter()
        for start, end in spans:
            mentions, _ = self._places_in(start, end)
            counts.update(
                {
                    mention.place.country
                    for mention in mentions
                    if mention.place.country and mention.place.level != "country"
                }
            )
        return counts

    def _names_where(self, name: regex.Match, words) -> bool:
        """Whether a country's name says where things happen ("in Mali", "fired 12 rockets at
        Israel") or owns a body ("Mali's army said"), not only a side ("Russia launched 54
        drones"). Only the words just before the name are read."""
        if self.text[name.end() : name.end() + 2] in _POSSESSIVES:
            return True
        window = max(0, name.start() - _AREA_REACH)
        return any(
            match.end() == name.end() and not match.group("more")
            for pattern in (words.country_area, words.launch_target_area)
            for match in pattern.finditer(self.text, window, name.end())
        )

    def _names_ground(self, name: regex.Match, words) -> bool:
        """Whether a country's name in a figure's sentence says where things happen: after a
        link ("in Mali") or as its war's ("Colombia's half-century conflict"); not as a side
        ("Ukraine launched 35 drones"), a body's owner ("Turkey's defence ministry said") or
        where things came from ("35 rockets crossed from Lebanon")."""
        if self.text[name.end() : name.end() + 2] in _POSSESSIVES:
            return words.war_of_country.match(self.text, name.start()) is not None
        return self._names_where(name, words)

    def _story_country(self, row: dict) -> Place | None:
        """:attr:`article_country`, for a sentence that names no country at all and a figure of
        no other country's people: a sentence that names another ("... in solidarity with
        Palestinians in Gaza, where 23,000 have been killed", "launched 210 rockets into
        Israel") is about that one, whether or not the rules above placed its figure there."""
        country = self.article_country
        if country is None:
            return None
        named = self._countries_named(row)
        if row["sentence_start"] >= self.paragraph_spans[0].end:
            # The story's own country named as where things happen is no other ("Colombia's
            # half-century conflict has killed more than 220,000 people", in a story placed in
            # Colombia); named as a side it is ("Ukraine launched 35 drones"), and so it is in
            # the headline or a text of one paragraph ("Ukraine's air force said it shot down
            # 41 drones").
            named = named - {(country.name, True)}
        if named:
            return None
        return None if self.counts_another_country(row, country) else country

    def _countries_named(self, row: dict) -> frozenset[tuple[str, bool]]:
        """(country, whether named as where things happen) for each country the figure's
        sentence names by its name. Read once per sentence: a long sentence of many figures
        is not scanned for each. A dateline's own country ("KABUL, Afghanistan (AP) — A
        suicide bomber killed 6") is no name of the sentence's."""
        self.article_country  # noqa: B018 - reads the dateline, which sets _dateline_end
        names = self._names_country
        start = row["sentence_start"]
        if start not in names:
            words = _words(self.language)
            names[start] = frozenset(
                (_area_of(words, match).name, self._names_ground(match, words))
                for match in words.country_name.finditer(
                    self.text, max(start, self._dateline_end), start + len(row["sentence"])
                )
            )
        return names[start]

    def counts_another_country(self, row: dict, country: Place, by_links: bool = True) -> bool:
        """Whether the figure counts another country's civilians than ``country``'s, the
        story's ("2 Israeli civilians were wounded", in a story placed in Lebanon, were hurt in
        Israel), or a people's word places it in another ("killed 2 people in a Russian border
        village", in a story placed in Ukraine)."""
        # Soldiers fight abroad ("74 Russian servicemen had been killed", in Georgia). A capital
        # is no people's word ("told a news conference in Moscow"), nor one describing machines
        # ("downed 21 Russian aircraft" over Georgia were lost there). A region the story is
        # placed in (the Gaza Strip) is of its country: Palestinians there are its own.
        words = _words(self.language)
        sentence = row["sentence"]
        after_links = []
        for link in words.area_link.finditer(sentence) if by_links else ():
            following = sentence[link.end() : link.end() + 30].split()[:2]
            if following and following[0].lower() in words.story_country_articles:
                following = following[1:]
            after_links += following[:1]
        described = (
            row.get("what", "").split()
            if row.get("kind") == "casualties"
            and row.get("casualty_group") not in ("soldiers", "militants")
            else []
        )
        table = claimants()
        for word in [*described, *after_links]:
            word = word.strip(",.;:")
            other = table.country(word) if word[:1].isupper() else ""
            if (
                other
                and other not in (country.name, country.country)
                and word.endswith(words.people_word_endings)
            ):
                return True
        return False

    @functools.cached_property
    def dateline_place(self):
        """The place of a dateline, unless it is a bureau city: "ALEPPO, Syria (Reuters) -"
        opens one of the first paragraphs."""
        for span in self.paragraph_spans[:3]:
            mentions = self._places_beyond_bureaus(span.start, min(span.end, span.start + 40))
            # Only a dateline's shape: "Belgorod Governor Vyacheslav Gladkov said" opens a
            # paragraph with a place too.
            if (
                mentions
                and mentions[0].start - span.start <= 3
                and is_dateline(self.text, mentions[0])
            ):
                # A lede that names other places tells where its events are: the dateline
                # then says only where the story was filed ("DAMASCUS (AFP) - Clashes in the
                # coastal provinces of Latakia and Tartus ...").
                others, _ = self._places_in(mentions[0].end, span.end)
                if any(other.place.name != mentions[0].place.name for other in others):
                    return None
                return mentions[0].place
        return None

    def _owned_before(
        self, place: PlaceMention, at: int, sentence_start: int, after: PlaceMention | None
    ) -> bool:
        """Whether a place before the figure at ``at`` follows an earlier figure of the
        sentence and a clause break ("and", "while", ";") stands between it and ``at``, or a
        comma does and the figure names its own place right after it (``after``): "eight were
        killed in Aleppo, five in Idlib"; not "in Aleppo, five of them children"."""
        index = bisect.bisect_left(self.figure_starts, place.start) - 1
        if index < 0 or self.figure_starts[index] < sentence_start:
            return False
        # Only the words right before the figure are read: a place far back shares its figure
        # with many others in a long sentence, and each must cost the same few characters.
        near = max(place.end, at - 80)
        if _words(self.language).clause_break.search(self.text, near, at) is not None:
            return True
        return (
            after is not None
            and self.text.find(",", near, at) >= 0
            and _words(self.language).own_place.fullmatch(self.text, at, after.start) is not None
        )

    def _owned_after(self, place: PlaceMention, at: int, sentence_end: int) -> bool:
        """Whether a place after the figure at ``at`` comes after a clause break and before a
        later figure of the sentence (see :meth:`_owned_before`)."""
        index = bisect.bisect_right(self.figure_starts, place.end)
        if index >= len(self.figure_starts) or self.figure_starts[index] >= sentence_end:
            return False
        clause_break = _words(self.language).clause_break
        return clause_break.search(self.text, max(at, place.start - 80), place.start) is not None

    def _unclaimed_near(
        self, mentions: list[PlaceMention], starts: list[int], at: int
    ) -> list[PlaceMention]:
        """The sentence's places a few either side of the figure at ``at``, nearest first, that
        no other figure stands nearer to (such a place is that figure's: "... 12 in Idlib
        province, 5 of them in Saraqeb"). ``mentions`` are the sentence's places."""
        middle = bisect.bisect_left(starts, at)
        figures = self.figure_starts
        nearby = []
        for mention in mentions[max(0, middle - _PLACES_READ) : middle + _PLACES_READ]:
            index = bisect.bisect_left(figures, mention.start)
            closest = min(
                (figures[i] for i in (index - 1, index) if 0 <= i < len(figures)),
                key=lambda figure: abs(figure - mention.start),
            )
            if abs(closest - mention.start) >= abs(at - mention.start):
                nearby.append(mention)
        return sorted(nearby, key=lambda m: (abs(m.start - at), m.start))

    def _opening_frame(
        self, frame: PlaceMention, sentence_start: int, at: int, after: PlaceMention
    ) -> bool:
        """Whether ``frame`` opens the sentence as a phrase set off by its comma ("Near
        Damascus,", "In Homs,") and ``after``, a town, stands in the figure's own clause."""
        words = _words(self.language)
        opening = first_word_at(self.text, sentence_start, frame.start)
        return bool(
            after.place.level in _TOWN_LEVELS
            and words.frame_opening.fullmatch(self.text, opening, frame.start)
            and self.text[frame.end : frame.end + 2].lstrip(" ").startswith(",")
            and words.frame_break.search(self.text, at, after.start) is None
        )

    def _framed(
        self, found: PlaceMention, mentions: list[PlaceMention], starts: list[int], at: int
    ) -> PlaceMention:
        """The place of the figure at ``at`` when the sentence names both a province (or a
        region) and a town in it: "In rural Idlib, 12 civilians were killed in strikes on the
        town of Kafr Batikh" is the town's figure, the province only frames it. A town whose
        province the gazetteer does not know (a local place) takes the framing one's."""
        nearby = self._unclaimed_near(mentions, starts, at)
        if found.place.level in _AREA_LEVELS:
            area = found
            breaks = _words(self.language).frame_break
            found = next(
                (
                    m
                    for m in nearby
                    if m.place.level in _TOWN_LEVELS
                    and m.place.province in (area.place.province, "")
                    # The town in the figure's own clause: "killed 40 in Idlib province, days
                    # after a raid on Saraqeb" is the province's.
                    and breaks.search(self.text, min(m.end, at), max(m.start, at)) is None
                ),
                found,
            )
        else:
            area = next((m for m in nearby if m.place.level in _AREA_LEVELS), None)
        if area is None or found.place.province or found.place.level != LOCAL_LEVEL:
            return found
        return PlaceMention(
            found.start, found.end, replace(found.place, province=area.place.province)
        )

    def _placed_next(self, number: int) -> PlaceMention | None:
        """The place of the event paragraph ``number`` told, when the next paragraph opens by
        placing it ("The strike on Wadi al-Kfour in Nabatieh province is ..."), or its first
        sentence places it by a verb of its happening ("In a statement, the command said the
        airstrike was carried out on Wednesday at a base near Shebeeley"; see
        :meth:`_event_told_next`), else None."""
        if number + 1 >= len(self.paragraph_spans):
            return None
        span = self.paragraph_spans[number + 1]
        words = _words(self.language)
        opening = words.event_placed.match(self.text, span.start)
        if opening is not None:
            after, reach, gap = opening.end(), min(span.end, opening.end() + 80), 60
        else:
            told = self._event_told_next(number)
            if told is None or told[0].group("verb") is None or told[0].re is words.event_act:
                # An attack verb dates the event, but its object may be a list or an area
                # ("Artillery fire hit the regions of Suran and Tal El Hisn").
                return None
            after, reach, gap = told[0].end(), told[1], None  # its clause bounds it
        # A list may run past the clause: "carried out in Nangarhar, Laghman and Khost".
        wide = min(span.end, reach + 200)
        mentions, _ = self._places_in(after, wide)
        first = mentions[0] if mentions and mentions[0].start < reach else None
        if first is None or (gap is not None and first.start - after > gap):
            return None
        # The place may hold one the gazetteer lacks: "on Wadi al-Kfour in Nabatieh province";
        # not a list of places ("hit the towns of Saraqeb and Ehsim", "in Nangarhar, Laghman and
        # Khost provinces"), which no one holds.
        if mark_between(self.text, after, first.start, ",.;:!?"):
            return None
        listed = self._place_lists(after, wide)
        plural = words.settlements_of.search(self.text, after, first.start)
        chained = len(self._chained(mentions, first)) > 1
        return None if first.start in listed or plural is not None or chained else first

    def _event_told_next(self, number: int) -> tuple[regex.Match, int] | None:
        """Where the next paragraph's first sentence tells of the event paragraph ``number``
        told, and where that clause ends: opening with it ("The attack took place late
        Friday", "The strike on Friday was ..."), or by a verb of its happening further on
        ("In a statement, the command said the airstrike was carried out on Wednesday"); not
        "... a day after the strike on Tuesday", another event. None when it does not. Read
        once per paragraph."""
        if number not in self._told_next:
            self._told_next[number] = self._find_event_told_next(number)
        return self._told_next[number]

    def _find_event_told_next(self, number: int) -> tuple[regex.Match, int] | None:
        if number + 1 >= len(self.paragraph_spans):
            return None
        span = self.paragraph_spans[number + 1]
        words = _words(self.language)
        told = words.event_timed.match(self.text, span.start, min(span.end, span.start + 300))
        if told is None:
            told = next(
                (
                    found
                    for found in words.event_timed.finditer(self.text, span.start, span.end)
                    if found.group("verb")
                ),
                None,
            )
            # Only in its first sentence, found only for a paragraph that tells of one.
            first = sentences(self.text, [span])[:1] if told is not None else []
            if told is not None and first and told.start() >= first[0].end:
                told = None
        if told is None and words.other_event_opener.match(self.text, span.start) is None:
            # "The gunmen invaded the communities on Saturday evening": the attack itself.
            first = sentences(self.text, [span])[:1]
            told = words.event_act.search(self.text, span.start, first[0].end) if first else None
            if told is not None:
                return told, min(first[0].end, told.end() + 120)
        if told is None:
            return None
        end = min(span.end, told.end() + 120)
        stop = words.event_time_stop.search(self.text, told.end(), end)
        return told, stop.start() if stop else end

    @functools.cached_property
    def heading_days(self) -> list:
        """For each paragraph, the day of the last day heading at or before it, else None: a
        roundup's or a live blog's line that holds only a day ("Monday, January 13",
        "Tuesday Jan 9") dates the paragraphs under it. Only after the lead: before it stand
        the headline and a release's or a dateline's date ("June 12, 2017")."""
        day = _words(self.language).day
        found, current = [], None
        lead = self.lead_number
        for index, span in enumerate(self.paragraph_spans):
            if index > lead and span.end - span.start <= _HEADING_LENGTH:
                matches = list(day.finditer(self.text, span.start, span.end))
                if matches and _bare_letters(self.text[span.start : span.end]) == "".join(
                    _bare_letters(match.group()) for match in matches
                ):
                    current = self.day_in(span.start, span.end)
            found.append(current)
        return found

    def _dated_next(self, number: int):
        """The day of the event paragraph ``number`` told, when the next paragraph's first
        sentence dates that event (see :meth:`_event_told_next`), else None."""
        found = self._event_told_next(number)
        if found is None:
            return None
        told, end = found
        if told.group("when"):
            # "the strikes on Thursday hit ...": the day it names before its verb.
            return self.day_in(told.start("when"), told.end("when"))
        positions, days = self._days_in(told.end(), end)
        if not positions:
            return None
        if told.re is _words(self.language).event_act and not self._recent(days[0]):
            return None  # "The same base was attacked on Feb. 18, 2022": an earlier attack
        if told.group("verb") is None:
            # No verb of its happening: the day must follow the event right away.
            lead = _words(self.language).event_day_lead.match(self.text, told.end(), positions[0])
            if lead is None or lead.end() != positions[0]:
                return None
        return days[0]

    def _recent(self, day) -> bool:
        """Whether ``day`` lies within a week before publication (or publication is unknown)."""
        if self.published is None or pd.isna(self.published):
            return True
        return (self.published - day).days <= BACKGROUND_AFTER_DAYS

    def _later_figure_owns(self, place: PlaceMention, at: int) -> bool:
        """Whether a place after the figure at ``at`` follows a later figure, an item of a
        list, and its link right away: "shot down 41, 9 over Kyiv" (Kyiv is the 9's, not the
        41's); not a clause sharing the place ("killed two and wounded nine others in Douma"),
        nor a list of counted things whose last item alone is placed, which places it all
        ("destroyed 3 oil wells, 2 boats and 5 tunnels near Deir Ezzor")."""
        words = _words(self.language)
        first = bisect.bisect_right(self.figure_starts, at)
        last = bisect.bisect_left(self.figure_starts, place.start)
        if last <= first:
            return False
        figure = self.figure_starts[last - 1]
        return bool(
            place.start - figure <= 60
            and mark_between(self.text, _past_digits(self.text, at), figure, ",:")
            and words.own_place.fullmatch(self.text, figure, place.start)
            # Items between without a place: only a bare item ("9 over Kyiv", "9 of them over
            # Kyiv") has the place to itself.
            and (last - first == 1 or words.bare_own_place.match(self.text, figure))
        )

    def _placed_before_next(self, place: PlaceMention, at: int) -> bool:
        """Whether the figure at ``at`` has a place phrase of its own, one the gazetteer may
        lack, before a later figure that the place after both belongs to: "three airstrikes on
        al-Watiya airbase and five other strikes in Gharyan"; not a day ("killed 3 on Monday
        and wounded 9 in Douma", which shares Douma)."""
        words = _words(self.language)
        following = bisect.bisect_right(self.figure_starts, at)
        if following >= len(self.figure_starts) or self.figure_starts[following] > place.start:
            return False
        later = self.figure_starts[following]
        return any(
            words.day.match(self.text, link.end()) is None
            for link in words.own_link.finditer(self.text, at, later)
        )

    def _part_owns(self, place: PlaceMention, at: int) -> bool:
        """Whether a place after the figure at ``at`` is a later figure's that is a part of it
        ("including 5 in Saraqeb", "9 of them near Raqqa"), with no comma between the part and
        the place: "including 5 children, in Aleppo" places the whole too."""
        index = bisect.bisect_left(self.figure_starts, place.start) - 1
        if index < 0 or self.figure_starts[index] <= at:
            return False
        part = self.figure_starts[index]
        if mark_between(self.text, part, place.start, ",;"):
            return False
        words = _words(self.language)
        return bool(
            (
                words.part_opener.search(self.text, max(at, part - 25), part)
                # A part with a noun of its own places the whole with it: "killed 23
                # civilians including 7 children in the town of Maarat al-Numan".
                and words.bare_own_place.match(self.text, part)
            )
            or words.part_closer.match(self.text, part, place.start)
        )

    def placed_in_paragraph(self, row: dict) -> bool:
        """Whether the figure's paragraph names places before it, all in one province ("Hama
        province. ... in the area of Latamneh"); not a list across provinces ("in the provinces
        of Hama, Idlib, Latakia and Raqqa"), which the country's count spans."""
        index = self.paragraph_index.find(row["start"])
        if index is None:
            return False
        # The paragraph's places are read once for all its figures, and cut at this one.
        span = self.paragraph_spans[index]
        mentions, starts = self._places_in(span.start, span.end)
        mentions = [
            m
            for m in mentions[: bisect.bisect_left(starts, row["start"])]
            if m.end <= row["start"]
        ]
        # A town whose province the gazetteer lacks takes no side.
        if mentions and len({m.place.province for m in mentions} - {""}) <= 1:
            return True
        # ... or its own clause names its place right after it, before any other figure: "six
        # armoured vehicles near Salma in Latakia province".
        sentence_end = row["sentence_start"] + len(row["sentence"])
        reach = min(sentence_end, row["end"] + _OWN_PLACE_REACH)
        after = self._places_in(row["end"], reach)[0]
        return bool(after) and not any(
            character.isdigit() for character in self.text[row["end"] : after[0].start]
        )

    def _referred_town(self, row: dict) -> Place | None:
        """The place a sentence refers to by a place reference ("the city", "the town", "the
        region"): the last its paragraph names before it, else the headline's or the last of
        the paragraph before (see below). None without a reference, or when that place is not
        of the reference's level (a town, or a province or region)."""
        words = _words(self.language)
        sentence = row["sentence"]
        reference = words.place_reference.search(sentence)
        if reference is None or words.reference_part_before.search(
            sentence, max(0, reference.start() - 40), reference.start()
        ):
            return None  # "10,000 have been killed, many of them in the city": a part's town
        figure_end = row["end"] - row["sentence_start"]
        if reference.start() > figure_end and _ANOTHER_CLAUSE.search(
            sentence, figure_end, reference.start()
        ):
            return None  # "... troops, officials said, as sirens sounded across the city"
        number = self.paragraph_index.find(row["start"])
        if number is None:
            return None
        headline = self.headline_place if number > 0 else None
        # "the region" refers to a province or region ("The Idlib region, home to three million
        # people ... // bombardment of the region"), the others to a town.
        levels = (
            ("province", "region")
            if words.region_reference.search(reference.group())
            else ("town", LOCAL_LEVEL)
        )

        def named_last(index: int) -> Place | None:
            span = self.paragraph_spans[index]
            mentions, starts = self._places_in(span.start, span.end)
            found = _latest_before(
                mentions, starts, span.start, min(span.end, row["sentence_start"])
            )
            return found.place if found is not None else None

        def candidates():
            # Its own paragraph first. Then "the city" is most often the story's own, the
            # headline's, where "the town" is the last one named in the paragraph before
            # ("pounded Kupiansk overnight. // 10,000 troops are massing near the town", under
            # "Kharkiv under fire"). The paragraph before is read only when it is reached.
            yield named_last(number)
            before = (number - 1,) if number > 1 else ()
            if words.city_reference.search(reference.group()):
                yield headline
                yield from map(named_last, before)
            else:
                yield from map(named_last, before)
                yield headline

        place = next((place for place in candidates() if place is not None), None)
        return place if place is not None and place.level in levels else None

    def place_of(self, row: dict, sentence_only: bool, refers: bool = False):
        at = row["start"]
        sentence_start = row["sentence_start"]
        sentence_end = sentence_start + len(row["sentence"])
        mentions, starts = self._places_in(sentence_start, sentence_end)
        mentions, starts = _beyond_speaker(mentions, starts, row, at, self.language)
        mentions, starts = self._beyond_speaker_seat(mentions, starts, at)
        if sentence_only:
            named = {m.place for m in mentions}
            if len(named) == 1:
                return named.pop()
            # A breakdown of a running count by place: "28 raids on Majzar, 12 on Amran".
            index = bisect.bisect_left(starts, at)
            if (
                index < len(mentions)
                and _words(self.language).own_place.fullmatch(self.text, at, mentions[index].start)
                # Not the first of a list: "24 airstrikes on Sanaa, Saada and Hajjah".
                and mentions[index].start not in self._place_lists(sentence_start, sentence_end)
            ):
                return mentions[index].place
            if not named:
                # "Jets flew 141 sorties in Syria in the past 48 hours": the country's count;
                # with no country in the sentence, the story's ("KABUL, Afghanistan (AP) — The
                # U.N. said 1,366 civilians were killed in the first half of the year").
                country = self._country_area(sentence_start, sentence_end, at, row)
                if country is not None:
                    return country
                # A snapshot's sentence that refers to its town: "2,500 militants remain in the
                # eastern half of the city". Not a war's toll nor a running count ("control of
                # the city, the biggest prize yet in a war that has killed 250,000").
                referred = self._referred_town(row) if refers else None
                if referred is not None:
                    return referred
                reported = self._report_place(row) if refers and carries_period(row) else None
                if reported is not None:
                    # "... over the past day performed 48 sorties in area of the settlement Abu
                    # Kamal in province Deir ez-Zor. // ... in result of strikes was destroyed up
                    # to 200 militants": the place of the report it goes on with.
                    return reported
                if (
                    refers
                    and self.story_town is not None
                    # An air force's counts and a tally of drones and missiles launched are
                    # the country's, unless the story is of a battle at the town.
                    and (
                        (
                            row.get("kind") not in _words(self.language).country_counts
                            and row.get("kind") not in _words(self.language).national_tallies
                        )
                        or self.battle_story
                    )
                    # A count since the war began is the war's ("since October", under
                    # "Israeli strikes hit Rafah").
                    and self.war_began(row) is None
                    and self.names_no_place(row)
                    and not self._names_a_country(row)
                    and not self._refers_to_a_place(row["sentence"])
                ):
                    # "The army has lost 85 soldiers since May 23", in a story about one town;
                    # an air force's count only in a story of a battle there ("jets flew 14
                    # sorties over the weekend" in Marawi's, not "Russian jets have flown 9,000
                    # sorties since Sept. 30" in a story of strikes on Aleppo). Not "... in its
                    # strikes on Syria and Iraq", nor "Neighbouring Burkina Faso has lost 300".
                    return self.story_town
                return self._story_country(row)
            countries = {place.country for place in named}
            if len(countries) == 1:
                # "hit 63 targets in the Hama, Idlib, Latakia and Raqqa provinces": a count
                # spread over places of one country is the country's.
                return _words(self.language).area_of.get(countries.pop())
            return None
        found = _nearest(mentions, starts, sentence_start, sentence_end, at)
        if found is not None and found.place.level == "province" and self._official_s(found):
            # "Volyn Oblast Governor Ivan Rudnytskyi said one man was killed", after "The
            # western city of Lutsk came under the heaviest barrage": Lutsk's.
            town = self._town_of_province_before(found, sentence_start)
            if town is not None and len(mentions) == 1:
                return town.place
        if found is not None and found.start < at:
            after = _nearest(mentions, starts, at, sentence_end, at)
            if self._owned_before(found, at, sentence_start, after):
                # "30 were killed around Shadadi in Hasakeh and another five outside Kobane":
                # the place before belongs to the earlier figure; the one after is this one's.
                found = after or found
            elif after is not None and self._opening_frame(found, sentence_start, at, after):
                # "Near Damascus, dozens of air raids hit the besieged suburb of Daraya": the
                # opening only frames; the town the figure's clause names is its place.
                found = after
        elif found is not None and found.start > at and self._owned_after(found, at, sentence_end):
            # "killed 12 in Aleppo and wounded 40, while in Idlib 9 died": the place after
            # belongs to the later figure; the one before is this one's.
            found = _nearest(mentions, starts, sentence_start, at, at) or found
        elif (
            found is not None
            and found.start > at
            and (
                self._part_owns(found, at)
                or self._later_figure_owns(found, at)
                or self._placed_before_next(found, at)
            )
        ):
            # "killed 12 people on Monday, including 5 in Saraqeb": the part's town, not the
            # whole's; the whole keeps a place before it, else its paragraph's.
            found = _nearest(mentions, starts, sentence_start, at, at)
        if found is not None:
            found = self._framed(found, mentions, starts, at)
        if found is not None:
            listed = self._place_lists(sentence_start, sentence_end).get(found.start)
            # "Strikes on Douma and Harasta killed 12": the figure is spread over the places
            # listed, so it is their province's when they share one (an outlet's figure for
            # one of them then joins it, as province-only figures join), else the nearest's.
            spread = _province_of(listed) if listed else None
            first = listed[0] if listed else found
            words = _words(self.language)
            chain = self._chained(mentions, found)
            if spread is None and (
                (
                    (listed or found.place.level == "province")
                    and words.provinces_of.search(self.text, max(0, first.start - 40), first.start)
                )
                or (
                    # A list of provinces, whatever the gazetteer takes each name for: "in the
                    # provinces of Samangan, Takhar and Balkh", "in Samangan, Takhar and Balkh
                    # provinces" (where Balkh is also a town): in no one of them.
                    len(chain) > 1
                    and (
                        words.provinces_of.search(
                            self.text, max(0, chain[0].start - 40), chain[0].start
                        )
                        or words.provinces_after.match(self.text, chain[-1].end)
                    )
                )
            ):
                return None
            return spread or found.place
        # "Israeli strikes on southern Lebanon killed five": a whole country, no town, when the
        # paragraph names none either.
        country = self._country_area(sentence_start, sentence_end, at, row)
        words = _words(self.language)
        unnamed = words.unnamed_places.search(row["sentence"])
        if unnamed is not None and unnamed.group().split()[-1].lower() in words.province_plurals:
            # "destroyed 37 drones over several regions": in none the story named, and in no
            # one province.
            return country
        if _spread_nationwide(words, row["sentence"], at - sentence_start):
            return country  # "Across Syria, 60 were killed": in no one place the story named
        if row.get("kind") in words.national_tallies and not words.place_reference.search(
            row["sentence"]
        ):
            # "Ukraine's air force said Russia launched 32 drones overnight": a tally over the
            # country, not of the town the paragraph before was about; but a lede's own
            # dateline places it ("BELGOROD, May 15 (Reuters) - Air defences destroyed 29").
            number = self.paragraph_index.find(at)
            lede = number is not None and number <= 1
            return (
                country
                or self._defenders_country(row)
                or (self.dateline_place if lede else None)
                or self._story_country(row)
            )
        if row.get("kind") in words.country_counts and words.in_country.search(row["sentence"]):
            return country  # "In Syria, coalition forces conducted 10 strikes": the country's
        # A sentence naming no place is about the place the story last named: earlier in its
        # paragraph ("... in Damascus. Eight police officers were killed in the blast."),
        # else later in it.
        number = self.paragraph_index.find(at)
        if number is not None:
            span = self.paragraph_spans[number]
            mentions, starts = self._places_in(span.start, span.end)
            found = _latest_before(mentions, starts, span.start, sentence_start)
            words = _words(self.language)
            event = found is None and number > 0 and words.the_event.search(row["sentence"])
            toll = (
                found is None
                and number > 0
                and not event
                and country is None  # "killed in Russia when their jet crashed"
                and words.toll_reference.search(row["sentence"])
            )
            if event:
                # "... a police club in central Damascus on Tuesday. // The Observatory said
                # eight police officers were killed in the blast.": the event the paragraph
                # before placed.
                before = self.paragraph_spans[number - 1]
                earlier, earlier_starts = self._places_in(before.start, before.end)
                found = _latest_before(earlier, earlier_starts, before.start, before.end)
            elif toll and self.toll_places:
                # "Among the dead were 12 women": a part of the toll told before, so in its
                # place, whatever the paragraphs between name ("The wounded were taken to
                # hospitals in Kirkuk"); a toll across two provinces is in neither.
                index = bisect.bisect_left(self.toll_places, (sentence_start,)) - 1
                if index >= 0 and self.toll_places[index][1] is not None:
                    found = PlaceMention(0, 0, self.toll_places[index][1])
            if found is None:  # the sentence's own places are read above
                found = _nearest(mentions, starts, sentence_end, span.end, at)
        if found is None and number is not None:
            found = self._placed_next(number)
            if found is not None and country is not None and found.place.country != country.name:
                found = None  # "... killed in Somalia. // ... near Hiran": no Iraqi Hiran
        if found is None and country is not None:
            # A headline's town in that country is where the story is ("Coalition pounds
            # Raqqa // In Syria, an air strike killed 12"); a dateline says less than the
            # sentence ("TRIPOLI - ... strikes in western Libya").
            headline = self.headline_place if number != 0 else None
            return (
                headline if headline is not None and headline.country == country.name else country
            )
        if found is None:
            # A figure of the first paragraph read its places above: "shot down 41 drones, 9 of
            # them over Kyiv" (Kyiv is the part's) takes no headline place from itself.
            return (self.dateline_place if number == 0 else self.fallback) or self._story_country(
                row
            )
        if _words(self.language).unnamed_places.search(row["sentence"]):
            # "Air raids in three other villages killed 15 others": not the town the paragraph
            # named before, only somewhere in its province.
            return _province_of([found]) or found.place
        return found.place

    def _defenders_country(self, row: dict) -> Place | None:
        """The country whose air defences a loss's sentence names ("Ukraine's air defences
        shot down 36 drones", "Saudi air defences intercepted 3 missiles"): the machines were
        lost over it. None for machines not lost, or defences of no one country."""
        if row.get("subtype") != "lost":
            return None
        found = _words(self.language).defender.search(row["sentence"])
        if found is None:
            return None
        countries = claimants().countries_in(
            row["sentence"][: found.start()] if found.group("own") else found.group("who")
        )
        if len(countries) != 1:
            return None
        return _words(self.language).area_of.get(next(iter(countries)))

    def _official_s(self, mention: PlaceMention) -> bool:
        """Whether a province is named as an official's ("Volyn Oblast Governor", "governor
        of the Dnipropetrovsk region")."""
        words = _words(self.language)
        return bool(
            words.title_after.match(self.text, mention.end)
            or words.title_before.search(self.text, max(0, mention.start - 40), mention.start)
        )

    def _town_of_province_before(
        self, province: PlaceMention, sentence_start: int
    ) -> PlaceMention | None:
        """The last town named before ``sentence_start`` in its paragraph, else in the one
        before, when it lies in ``province`` (or in no province the gazetteer knows, in the
        same country)."""
        number = self.paragraph_index.find(sentence_start)
        if number is None:
            return None
        for index in (number, number - 1):
            if index < 0:
                break
            span = self.paragraph_spans[index]
            mentions, starts = self._places_in(span.start, span.end)
            town = _latest_before(mentions, starts, span.start, min(span.end, sentence_start))
            if town is None:
                continue
            place = town.place
            if place.level == "town" and (
                place.province == province.place.name
                or (not place.province and place.country == province.place.country)
            ):
                return town
            return None
        return None

    def _clause_break_between(self, start: int, end: int) -> bool:
        """Whether a comma or semicolon breaks the clause between ``start`` and ``end``: not
        a thousands separator, nor a comma that only lists the next figure ("launched some
        170 drones, more than 30 cruise missiles and 120 ballistic missiles at Israel")."""
        if mark_between(self.text, start, end, ";"):
            return True
        at = self.text.find(",", start, end)
        while at >= 0:
            if not thousands_separator(self.text, at):
                next_figure = self._next_figure_after(at)
                if next_figure is None or self.text[at + 1 : next_figure].strip():
                    return True
            at = self.text.find(",", at + 1, end)
        return False

    def _next_figure_after(self, position: int) -> int | None:
        """Where the first claim's figure after ``position`` starts, else None."""
        following = bisect.bisect_right(self.figure_starts, position)
        return self.figure_starts[following] if following < len(self.figure_starts) else None

    def _country_referred_to(
        self, row: dict, sentence_start: int, sentence_end: int
    ) -> Place | None:
        """The country "in the country" refers to: the one country its sentence names by name
        ("Lebanon's health ministry"; "Israeli" names no country here, as it is often the
        other side's; nor does a speaker's country unless the speaker is one of its bodies,
        "Saudi Arabia's ambassador"), else the one country the figures of the headline and
        first paragraph were placed in ("strikes on Lebanon killed 20"); None when there are
        more, or no such words."""
        words = _words(self.language)
        # The reference in the figure's own clause, after it: not "... killed 600 people in
        # the country, and Israel said 28 were killed".
        figure_end = max(row["start"], row.get("end", row["start"]))
        reference = words.country_reference.search(self.text, figure_end, sentence_end)
        if reference is None or self._clause_break_between(figure_end, reference.start()):
            return None
        low, high = _speaker_span(row, row["start"])
        home = claimants().country_of.get(row.get("speaker_org") or "", "")
        if not home and speakers.names_state_body(
            row.get("speaker") or "", language=self.language
        ):
            # "Yemen's health ministry": the body of the country its phrase names.
            home = "".join(
                _area_of(words, match).country
                for match in words.country_name.finditer(self.text, low, high)
            )
        named = {
            _area_of(words, match)
            for match in words.country_name.finditer(self.text, sentence_start, reference.end())
            # Not a country of an aside about the speaker: "The envoy, speaking from Jordan,".
            if not self._in_aside(sentence_start, match.start(), row["start"])
            and (not low <= match.start() < high or _area_of(words, match).country == home)
        }
        if named:
            return named.pop() if len(named) == 1 else None
        return self.lede_country()

    def operation_place(self, row: dict) -> Place | None:
        """The headline's town or province, for a count whose sentence names no place but an
        operation fought at one (`local_operation_words`: "since the start of the offensive",
        "during the siege"); None otherwise."""
        if not _words(self.language).local_operation.search(row["sentence"]):
            return None
        headline = self.headline_place
        return headline if headline is not None and headline.level != "country" else None

    def _report_place(self, row: dict) -> Place | None:
        """The one place, or the one town with its province, that the sentence of the report a
        count goes on with names (where its window is written, in a paragraph before the
        count's): None when it names none or several, or when the report is in the count's
        own paragraph."""
        written = self.text.rfind(
            row["period_text"], max(0, row["start"] - _REPORT_REACH), row["sentence_start"]
        )
        number = self.paragraph_index.find(written) if written >= 0 else None
        if number is None or number == self.paragraph_index.find(row["start"]):
            return None
        span = self.paragraph_spans[number]
        # The report's sentence: from the stop before its window to the stop after it, each
        # looked for within a bounded reach.
        floor = max(span.start, written - _REPORT_REACH)
        ceiling = min(span.end, written + _REPORT_REACH)
        start = max(self.text.rfind(". ", floor, written) + 1, floor)
        stop = self.text.find(". ", written, ceiling)
        mentions, _ = self._places_in(start, ceiling if stop < 0 else stop)
        towns = {m.place for m in mentions if m.place.level in _TOWN_LEVELS}
        areas = {m.place for m in mentions if m.place.level in _AREA_LEVELS}
        # A province named as its capital is named ("Abu Kamal in province Deir ez-Zor").
        towns = {town for town in towns if not any(t.province == town.name for t in towns)}
        if len(towns) == 1:
            town = next(iter(towns))
            if all(area.province == town.province for area in areas):
                return town
            return None
        return next(iter(areas)) if not towns and len(areas) == 1 else None

    def _refers_to_a_place(self, sentence: str) -> bool:
        """Whether a sentence refers to a place by a word, one wider than a town ("killed in
        the territory") or one that :meth:`_referred_town` did not take as the figure's ("...,
        many of them in the city")."""
        words = _words(self.language)
        return bool(
            words.wide_area_reference.search(sentence) or words.place_reference.search(sentence)
        )

    def _names_a_country(self, row: dict) -> bool:
        """Whether the figure's sentence names a country by its name, as a place or a side
        ("Sudan's army said", "Neighbouring Burkina Faso has lost"); a dateline's own country
        ("KABUL, Afghanistan (AP) -") is none."""
        return bool(self._countries_named(row))

    def names_no_place(self, row: dict) -> bool:
        """Whether the figure's sentence names no place: no town, province, region or
        country ("strikes on Syria and Iraq" names two)."""
        start = row["sentence_start"]
        end = start + len(row["sentence"])
        mentions, _ = self._places_in(start, end)
        return (
            not mentions
            and _words(self.language).country_area.search(self.text, start, end) is None
        )

    def lede_country(self) -> Place | None:
        """The one country the figures of the headline and first paragraph were placed in
        (a country, or the country of a town or province), None when there are more or none."""
        words = _words(self.language)
        # A region that stands for a country's area (the Gaza Strip) is as wide as one.
        areas = words.country_areas
        lede = {
            place for place in self.lede_places if place.level == "country" or place in areas
        } or {words.area_of.get(place.country) for place in self.lede_places}
        lede.discard(None)
        return lede.pop() if len(lede) == 1 else None

    def _country_area(
        self, sentence_start: int, sentence_end: int, at: int, row: dict
    ) -> Place | None:
        """The whole country the figure's sentence places it in, when the sentence names no
        town, province or region (scope.toml's ``country_area_links``): the first after the
        figure with no comma between, nor another figure unless this one has no place words
        of its own before it ("12 strikes in Syria and 5 in Iraq", "12 killed and 40 wounded
        in Gaza"; not "wounded three in the town, as fighting raged across Syria"), else the
        last before it ("strikes on southern Lebanon killed five"); none for a list ("in Syria
        and Iraq"), nor one of the speaker's phrase ("Senior authorities in Russia say ...") or
        an aside ("Turkey, which has troops in Syria, said ..."). With no country named, "in
        the country" refers to one (:meth:`_country_referred_to`)."""
        words = _words(self.language)
        speaker = _speaker_span(row, at)
        patterns = [(words.country_area, sentence_start)]
        if row.get("kind") in words.national_tallies:
            # "fired 40 missiles at Israel": a launch's target, after the figure.
            patterns.append((words.launch_target_area, max(at, row.get("end", at))))
        found = sorted(
            (match.start(), match.start("area"), _area_of(words, match))
            for pattern, low in patterns
            for match in pattern.finditer(self.text, low, sentence_end)
            if not match.group("more")
            # "(outlawed in Russia)": where a group is banned, not where the figure lies.
            and not self._legal_status_aside(match.start())
        )
        if not found:
            return self._country_referred_to(row, sentence_start, sentence_end)
        after = [(start, place) for _, start, place in found if start > at]
        before = [
            place
            for link, start, place in found
            # Not a people's country before the figure: "attacks in solidarity with
            # Palestinians in Gaza killed 5 sailors".
            if start < at
            and not _people_before(self.text, sentence_start, link)
            and not speaker[0] <= start < speaker[1]
            and not self._in_aside(sentence_start, link, at)
        ]
        # From the figure's end: "37,084" holds a comma of its own.
        figure_end = max(at, row.get("end", at))
        if after and not self._clause_break_between(figure_end, after[0][0]):
            next_figure = self._next_figure_after(at)
            if (
                next_figure is None
                or next_figure > after[0][0]
                # "48,577 were killed and 112,041 wounded in Gaza": the figures share it, as
                # the first has no place of its own before the next ("3 in the town and 5
                # across Syria") and the next no verb of its own ("300 fighters and 5
                # soldiers were killed in Israel").
                or (
                    words.area_link.search(self.text, figure_end, next_figure) is None
                    and words.own_verb.search(self.text, next_figure, after[0][0]) is None
                )
            ):
                return after[0][1]
        return before[-1] if before else None

    def _beyond_speaker_seat(self, mentions: list[PlaceMention], starts: list[int], at: int):
        """The places of a sentence without those before the figure that say where a source
        sits, when another place is left: "An army spokesman in northern Faryab province, Reza
        Rezai, said eight fighters were killed in Qaisar district" is Qaisar's."""
        if len(mentions) < 2:
            return mentions, starts
        seat = _words(self.language).speaker_seat
        outside = [
            m
            for m in mentions
            if not (m.start < at and seat.search(self.text, max(0, m.start - 60), m.start))
        ]
        if not outside or len(outside) == len(mentions):
            return mentions, starts
        return outside, [m.start for m in outside]

    def _legal_status_aside(self, link: int) -> bool:
        """Whether the country link at ``link`` ends a bracketed aside on where a group is
        banned: "the Islamic State group (outlawed in Russia)", "(a terrorist organization
        banned in Russia)"; not "Gatherings are banned in Gaza, but 20 were killed"."""
        status = _words(self.language).legal_status.search(self.text, max(0, link - 16), link)
        if status is None:
            return False
        opening = self.text.rfind("(", max(0, status.start() - 60), status.start())
        return opening >= 0 and ")" not in self.text[opening : status.start()]

    def _in_aside(self, sentence_start: int, position: int, at: int) -> bool:
        """Whether ``position`` lies in an aside closed before the figure at ``at``: "Turkey,
        which has troops in Syria, said 12 were killed", "Blinken, speaking in Egypt, said"."""
        comma = self.text.rfind(",", sentence_start, position)
        return (
            comma >= 0
            and _words(self.language).aside_opener.match(self.text, comma, position) is not None
            and mark_between(self.text, position, at, ",")
        )

    def _chained(self, mentions: list[PlaceMention], found: PlaceMention) -> list[PlaceMention]:
        """The places joined to ``found`` by commas and conjunctions alone, provinces too
        ("Samangan, Takhar and Balkh"), in order; ``[found]`` when none is."""
        words = _words(self.language)
        index = next((i for i, m in enumerate(mentions) if m is found), None)
        if index is None:
            return [found]
        first = last = index
        while first > 0 and words.list_gap.fullmatch(
            self.text, mentions[first - 1].end, mentions[first].start
        ):
            first -= 1
        while last + 1 < len(mentions) and words.list_gap.fullmatch(
            self.text, mentions[last].end, mentions[last + 1].start
        ):
            last += 1
        return mentions[first : last + 1]

    def _place_lists(self, start: int, end: int) -> dict[int, list[PlaceMention]]:
        """The lists of places in ``text[start:end]``, keyed by each member's offset: places
        joined by commas and "and" or "or" ("Douma, Harasta and Zamalka"; a bare comma, as in
        "Saraqeb, Idlib", only locates), or all those after a plural settlement word up to the
        clause's end ("the towns of Kafar Takharim, Kafranbil and Saraqeb", read even with the
        commas stripped). Provinces are no members ("Kafr Nabl and Saraqeb in rural Idlib").
        Found once per sentence, in one walk over its places."""
        key = (start, end)
        if key in self._lists:
            return self._lists[key]
        words = _words(self.language)
        mentions, _ = self._places_in(start, end)
        members = [m for m in mentions if m.place.level != "province"]
        lists: dict[int, list[PlaceMention]] = {}
        first = 0
        while first < len(members):
            last, conjunction = first, False
            while last + 1 < len(members):
                gap = words.list_gap.fullmatch(
                    self.text, members[last].end, members[last + 1].start
                )
                if gap is None:
                    break
                conjunction |= gap.group("conjunction") is not None
                last += 1
            if not conjunction and last > first:
                # "Douma, Harasta and Zamalka": the list ends on a name the gazetteer lacks.
                conjunction = words.list_end.match(self.text, members[last].end) is not None
            if not (conjunction and last > first):
                # "the towns of X ... and Y": every place after the plural to the clause's end.
                last, opening = first, members[first].start
                plural = words.settlements_of.search(
                    self.text, max(start, opening - _LIST_REACH), opening
                )
                if plural is not None:
                    clause_end = _CLAUSE_END.search(self.text, opening, opening + _LIST_REACH)
                    limit = clause_end.start() if clause_end else opening + _LIST_REACH
                    while last + 1 < len(members) and members[last + 1].end <= limit:
                        last += 1
            listed = members[first : last + 1]
            if len({m.place for m in listed}) > 1:
                for member in listed:
                    lists[member.start] = listed
            first = last + 1
        self._lists[key] = lists
        return lists

    def _days_in(self, start: int, end: int, statements: bool = False) -> tuple[list[int], list]:
        """The event days named in ``text[start:end]``, with their offsets; each span (a claim's
        sentence, its paragraph, the lead) is scanned once, and only when a claim asks. With
        ``statements``, the days a statement is dated instead ("the sources said on Sunday"),
        which the events' days leave out."""
        key = (start, end)
        if key not in self._day_mentions:
            found: tuple = ([], [], [], [])  # events' offsets and days, statements' likewise
            if self.published is not None and not pd.isna(self.published):
                words = _words(self.language)
                last_end, last_said = -1, False
                matches = list(_day_matches(words, self.text, start, end))
                for index, match in enumerate(matches):
                    if (match.group("date") or "").strip().isdigit():
                        continue  # a bare year ("in 2011", "1924" as a time) names no event day
                    if match.group("relative") and _named_right_after(
                        self.text, match, matches, index
                    ):
                        continue  # "an overnight attack on Thursday": Thursday's
                    before = max(0, match.start() - 40)
                    if words.dateline_before.search(self.text, before, match.start()):
                        continue  # "Published October 4 2014": the article's date
                    if _dates_dateline(self.text, match, start, words):
                        continue  # "SOUTHWEST ASIA, Dec. 24, 2016 — ...": the dateline's
                    if words.since_before.search(
                        self.text, max(0, match.start() - 70), match.start()
                    ) and not speakers.WHEN_CLAUSE_AFTER.match(self.text, match.end()):
                        # "since the war began on Oct. 7": a count's start, no event's; but
                        # "since October 7, 2023, when militants attacked" dates that attack.
                        continue
                    if words.as_of_before.search(self.text, before, match.start()):
                        continue  # "6,300 deaths as of October 9": a tally's day, no event's
                    if _a_day_to_come(self.text, match, words):
                        continue  # "May will make a statement on Monday": a day to come
                    day = self._resolve(match, words)
                    if day is not None and words.night_into_before.search(
                        self.text, before, match.start()
                    ):
                        day -= pd.Timedelta(days=1)  # the night of 8 to 9 October: the 8th's
                    if day is not None:
                        said = _dates_a_statement(self.text[before : match.start()], words)
                        if self.text[last_end : match.start()].strip() == "(":
                            # "a statement on Monday (June 12)": the date in brackets is the
                            # day before it, a statement's or an event's as that one is.
                            said = last_said
                        found[2 if said else 0].append(match.start())
                        found[3 if said else 1].append(day)
                        last_end, last_said = match.end(), said
            self._day_mentions[key] = found
        events_at, events, statements_at, statement_days = self._day_mentions[key]
        return (statements_at, statement_days) if statements else (events_at, events)

    def _resolve(self, match, words: _Words, within_a_year: bool = True):
        if match.group("relative"):
            offset = words.relative_days[" ".join(match.group("relative").lower().split())]
            return self.published + pd.Timedelta(days=offset)
        day = periods.resolve_date(match.group("date") or match.group("weekday"), self.published)
        if day is None:
            return None
        if not within_a_year or abs((self.published - day).days) <= 366:
            return day
        written = match.group("date") or ""
        if day < self.published and _YEAR.search(written) and _DAY_NUMBER.search(written):
            return day  # "On October 7, 2023", read two years on: that day, long before
        return None

    def day_named(self, words_text: str):
        """The day a short phrase names ("in August 2013"), however long ago; None if none."""
        if self.published is None or pd.isna(self.published):
            return None
        words = _words(self.language)
        match = next(_day_matches(words, words_text, 0, len(words_text)), None)
        return self._resolve(match, words, within_a_year=False) if match else None

    def day_in(self, start: int, end: int, at: int | None = None, statements: bool = False):
        """The event day named in ``text[start:end]`` nearest the offset ``at`` (the first when
        ``at`` is None), resolved against publication: "Published October 4 2014 ... killed 35
        overnight" is the night before, not the dateline's day. With ``statements``, the day a
        statement is dated instead (see :meth:`_days_in`)."""
        positions, days = self._days_in(start, end, statements)
        if not positions:
            return None
        if at is None:
            return days[0]
        middle = bisect.bisect_left(positions, at)
        nearest = min(
            (i for i in (middle - 1, middle) if 0 <= i < len(positions)),
            key=lambda i: abs(positions[i] - at),
        )
        return days[nearest]

    def _same_report(self, lead, row: dict) -> bool:
        """Whether a figure can go on with the report a story's opening paragraph gives: it
        names no source, or the opening names its source's head word ("military sources said
        ... // ..., the sources said"); "Ukraine's general staff said 300 soldiers were
        killed" after a governor's lead is another report. The opening's words are read once."""
        speaker = (row.get("speaker") or "").split()
        if not speaker:
            return True
        if self._lead_words is None:
            self._lead_words = frozenset(
                word.strip(".,;:'\"\u2019()").lower()
                for word in self.text[lead.start : lead.end].split()
            )
        return speaker[-1].strip(".,;:'\"\u2019()").lower() in self._lead_words

    def _own_day(self, sentence_start: int, sentence_end: int, at: int):
        """The day named in a sentence nearest the figure at ``at``; not one after a clause break
        that a later figure of the sentence owns ("This week a strike killed 30 people in Douma,
        and on Sunday another killed 12": Sunday is the 12's), as for places."""
        positions, days = self._days_in(sentence_start, sentence_end)
        if not positions:
            return None
        middle = bisect.bisect_left(positions, at)
        nearest = min(
            (i for i in (middle - 1, middle) if 0 <= i < len(positions)),
            key=lambda i: abs(positions[i] - at),
        )
        where = positions[nearest]
        if where > at:
            index = bisect.bisect_right(self.figure_starts, where)
            later = index < len(self.figure_starts) and self.figure_starts[index] < sentence_end
            clause_break = _words(self.language).day_clause_break
            if later and clause_break.search(self.text, max(at, where - 80), where) is not None:
                return days[middle - 1] if middle > 0 else None
        return days[nearest]

    def _shifted_day(self, sentence_start: int, sentence_end: int, at: int):
        """The day "A day later" or "the next day" names for the figure at ``at``, opening its
        sentence or in the figure's own clause: so many days from the last event day the story
        named before it, in its paragraph or the two before (wire copy sets each sentence
        apart); None when nothing says so, nothing that near names a day, or the day would
        come after publication."""
        words = _words(self.language)
        if all(self.text.find(day, sentence_start, sentence_end) < 0 for day in words.shift_days):
            return None  # every shift names a day ("A day later", "the next day")
        opening = first_word_at(self.text, sentence_start, sentence_end)
        shift = words.day_shift.match(self.text, opening, sentence_end)
        if shift is None:
            clause_start = after_last_mark(self.text, sentence_start, at, ",;:")
            ends = [
                found for mark in ",;:" if (found := self.text.find(mark, at, sentence_end)) >= 0
            ]
            shift = words.day_shift.search(
                self.text, max(clause_start, sentence_start), min(ends, default=sentence_end)
            )
        if shift is None:
            return None
        if shift.group("phrase"):
            days = words.shift_ways[" ".join(shift.group("phrase").lower().split())]
        else:
            count = shift.group("count").lower()
            number = int(count) if count.isdigit() else words.shift_counts[count]
            days = number * words.shift_ways[shift.group("way").lower()]
        number = self.paragraph_index.find(sentence_start)
        if number is None:
            return None
        for paragraph in range(number, max(-1, number - _SHIFT_PARAGRAPHS), -1):
            span = self.paragraph_spans[paragraph]
            positions, named = self._days_in(span.start, span.end)
            before = bisect.bisect_left(positions, sentence_start)
            if before:
                day = named[before - 1] + pd.Timedelta(days=days)
                published = self.published
                if published is not None and not pd.isna(published) and day > published:
                    return None  # "Two days later" from a Tuesday read on Wednesday: not yet
                return day
        if days < 0 and self.published is not None and not pd.isna(self.published):
            # "The attack killed 12 people. A day earlier, a strike killed seven": with no day
            # named before, the event before is dated by publication, as undated events are,
            # and this one came that many days before it.
            return self.published + pd.Timedelta(days=days)
        return None

    def event_day(self, row: dict):
        sentence_start = row["sentence_start"]
        sentence_end = sentence_start + len(row["sentence"])
        day = self._own_day(sentence_start, sentence_end, row["start"])
        if day is None:
            # "... killed 15 on Saturday. A day later, jets struck the town again, killing 9."
            day = self._shifted_day(sentence_start, sentence_end, row["start"])
        number = self.paragraph_index.find(row["start"])
        if day is None:
            if number is not None:
                # "Jets struck the city late on Monday. At least 35 civilians were killed in
                # the airstrikes.": the day the paragraph last named before the sentence, as
                # for places (see place_of); else the first it names after.
                span = self.paragraph_spans[number]
                positions, days = self._days_in(span.start, span.end)
                before = bisect.bisect_left(positions, sentence_start)
                after = bisect.bisect_left(positions, sentence_end)
                if before:
                    day = days[before - 1]
                elif after < len(days):
                    # The first after the sentence: a day of the sentence itself was another
                    # figure's (see _own_day).
                    day = days[after]
                else:
                    # The day heading the paragraph stands under ("Monday, January 13"), else
                    # the day the next paragraph gives the event.
                    day = self.heading_days[number] or self._dated_next(number)
        # The lead follows the headline; a text that opens with its lead (a release: "...
        # continued to attack ISIL in Syria and Iraq yesterday, officials reported today.")
        # gives the day there when the paragraph after names none, unless the figure updates
        # a toll since ("killed 15 on Monday. // The toll has since risen to 30"). Not the
        # figure's own paragraph, whose days were read above.
        for lead_number in (self.lead_number, 0):
            if day is not None or lead_number >= len(self.paragraph_spans):
                break
            lead = self.paragraph_spans[lead_number]
            if lead_number != number and (
                lead_number
                or (
                    _words(self.language).update_cue.search(row["sentence"]) is None
                    and self._same_report(lead, row)
                )
            ):
                # Or the day the paragraph after the lead gives its event ("Gunmen killed 23
                # villagers, police said on Monday. // The gunmen invaded the communities on
                # Saturday evening ..."): a later figure of the same report is that day's.
                # Not a lead of another event ("The previous strike on the camp was on Friday").
                day = (
                    None
                    if _words(self.language).other_event_opener.match(self.text, lead.start)
                    else self.day_in(lead.start, lead.end)
                ) or (self._dated_next(lead_number) if lead_number else None)
                if day is None and lead_number:
                    # "The coalition said on Sunday that it had intercepted a missile and nine
                    # drones. // ... wounding 4 civilians, the civil defence said": a lead dated
                    # only by its statement dates the story's later figures too, as the nearest
                    # day it gives.
                    day = self.day_in(lead.start, lead.end, statements=True)
        if day is None:
            # "..., the sources said on Sunday": the statement's day, when no day of an event is
            # named, is the nearest the story gives (the event was that day or before).
            day = self.day_in(sentence_start, sentence_end, row["start"], statements=True)
        if day is None and self.published is not None and not pd.isna(self.published):
            day = self.published
        return day


# A day heading is a short line of its own: "Monday, January 13".
_HEADING_LENGTH = 40
_HEADING_PUNCTUATION = str.maketrans("", "", ",.:;-\u2013\u2014()|")


def _bare_letters(text: str) -> str:
    """The text without spaces and the punctuation a day heading holds."""
    return "".join(text.translate(_HEADING_PUNCTUATION).split())


_REPORT_REACH = 3000  # characters back from a count to the window of the report it goes on with
_OWN_PLACE_REACH = 60  # characters after a figure read for the place its own clause names
_ASIDE_REACH = 150  # characters a relative clause set off by commas is read over
_WAR_SUBJECT_REACH = 400  # characters before "It has killed" read for the war's sentence


def carries_period(row: dict) -> bool:
    """Whether a claim's window is carried on from the report its sentence goes on with: its
    sentence does not state it ("Russian forces killed 38 civilians", below "SNHR documented
    223 deaths in September")."""
    period_text = row.get("period_text") or ""
    return row["basis"] == "window" and bool(period_text) and period_text not in row["sentence"]


def _dated_back(scope: str, row: dict, context: _ArticleContext) -> str:
    """``background`` for a window or an incident dated more than a week before publication."""
    published = context.published
    if published is None or pd.isna(published) or scope not in ("periodic", "incident"):
        return scope
    if scope == "periodic":
        if row["basis"] != "window":
            return scope
        period_text = row.get("period_text", "")
        # "in December", in a story of February; but the month just ended is what a monthly
        # tally counts ("documented 1,381 civilian deaths in February", in early March). A
        # month is weighed as a month, with its year if written ("in February 2025"), not
        # by its first day.
        # So is a count of operations ("258 air raids across Yemen in July", in early
        # August), which no one event makes.
        words = _words(context.language)
        tally = (
            context.sentence_cues(row["sentence_start"], row["sentence"]).tally
            or row.get("kind") in words.country_counts
            or row.get("kind") in words.national_tallies  # "launched 6,297 drones in July"
            # A month carried on from the report a sentence goes on with: that report counts it.
            or carries_period(row)
        )
        if words.month_only.search(period_text):
            other = _another_month(period_text, context, allow_month_before=tally)
            return "background" if other else scope
        if _report_period(row, published) or _runs_to_report(row, published):
            return scope
        day = context.day_named(period_text)
    else:
        start = row["sentence_start"]
        day = context.day_in(start, start + len(row["sentence"]), row["start"])
        if day is None:
            # "another bomb attack in December", in a story of February: the first month
            # named before the figure or just after it.
            limit = row["start"] - start + _BACKGROUND_AFTER
            months = context.sentence_cues(start, row["sentence"]).months
            if (
                months
                and months[0][0] <= limit
                and _other_month(months[0][1], context, year=months[0][2])
            ):
                return "background"
    if day is not None and (published - day).days > BACKGROUND_AFTER_DAYS:
        return "background"
    return scope


REPORT_PERIOD_DAYS = 28  # a window at least this long is a report's period, not an event's day
REPORT_YEAR_DAYS = 300  # ... and shorter than a year's


def _runs_to_report(row: dict, published) -> bool:
    """Whether a window ends in the week up to publication, however long ago it began: "from
    October 1 to October 20", in a story of October 20, is the story's period."""
    start, end = row.get("period_start"), row.get("period_end")
    if start is None or end is None or pd.isna(start) or pd.isna(end):
        return False
    start, end = pd.Timestamp(start), pd.Timestamp(end)
    last_day = end - pd.Timedelta(days=1)  # a period's end is the day after its last
    # Not a calendar year: "in 2024", in a story of early January, is last year's total
    # recalled.
    calendar_year = (start.month, start.day, end.month, end.day) == (1, 1, 1, 1)
    return not calendar_year and 0 <= (published - last_day).days <= BACKGROUND_AFTER_DAYS


def _report_period(row: dict, published) -> bool:
    """Whether a window is a report's period that ended in the month before publication, or two
    before for a quarter or longer ("1,366 civilians were killed between Jan. 1 and June 30",
    in a report of early August): periodic, however long ago it began."""
    start, end = row.get("period_start"), row.get("period_end")
    if start is None or end is None or pd.isna(start) or pd.isna(end):
        return False
    start, end = pd.Timestamp(start), pd.Timestamp(end)
    last_day = end - pd.Timedelta(days=1)  # a period's end is the day after its last
    months_back = (published.year - last_day.year) * 12 + published.month - last_day.month
    days = (end - start).days
    # A quarter's or a half-year's report takes a month longer to come out.
    # Not a whole year ("killed 925 terrorists in 2024", in January): last year's total is
    # what a story recalls, not the report it is about.
    return REPORT_PERIOD_DAYS <= days < REPORT_YEAR_DAYS and 0 <= months_back <= (
        2 if days >= 90 else 1
    )


def _another_month(
    words_text: str, context: _ArticleContext, allow_month_before: bool = False
) -> bool:
    """Whether ``words_text`` dates something to a month other than publication's ("in
    December"); with ``allow_month_before``, other than publication's or the one before it."""
    match = _words(context.language).month_only.search(words_text)
    if match is None:
        return False
    return _other_month(
        match.group("month"), context, allow_month_before, year=match.group("year") or ""
    )


def _other_month(
    month: str, context: _ArticleContext, allow_month_before: bool = False, year: str = ""
) -> bool:
    """:func:`_another_month` for a month word already found, and the year written with it
    ("in August 2013": another month than August of the publication's year)."""
    number = _words(context.language).month_number.get(month.lower())
    if number is None:
        return False
    published = context.published
    # Months counted from year 0, so that December and the January after are one apart; a
    # month without its year is the latest one on or before publication.
    if year:
        written_year = int(year)
    else:
        written_year = published.year if number <= published.month else published.year - 1
    written = written_year * 12 + number - 1
    current = published.year * 12 + published.month - 1
    if allow_month_before and written == current - 1:
        return False
    return written != current


def annotate(
    rows: list[dict],
    text: str,
    published,
    language: str = lang.DEFAULT_LANGUAGE,
    paragraph_spans=None,
) -> None:
    """Fill ``scope``, ``place``, ``province`` and ``event_day`` on one article's claim rows.

    ``rows`` are the claim dicts of one article (with ``basis``, ``sentence``,
    ``sentence_start`` and ``start``); the article is read once, whatever their number.
    ``paragraph_spans`` (``textspans.paragraphs(text)``) saves splitting it again when the
    caller has them.
    """
    if not rows:
        return
    context = _ArticleContext(text, published, language, paragraph_spans)
    context.figure_starts = sorted(row["start"] for row in rows)
    context.figure_sentences = sorted(
        {(row["sentence_start"], row["sentence_start"] + len(row["sentence"])) for row in rows}
    )
    for row in rows:
        cues = context.sentence_cues(row["sentence_start"], row["sentence"])
        scope = _scope(
            row["basis"], row.get("period_text", ""), row["start"] - row["sentence_start"], cues,
            language, row.get("end", row["start"] + 1) - row["sentence_start"],
        )  # fmt: skip
        if (
            scope == "incident"
            and row["basis"] == "unspecified"
            and cues.events_toll
            and not context.one_event_story
        ):
            # "Israeli strikes have killed more than 300 people in Lebanon": a campaign so far,
            # unless the story is of one event ("Russian strike on Kyiv kills 20").
            scope = "campaign"
        if (
            scope == "campaign"
            and row["basis"] != "cumulative"
            and speakers.in_background(
                row["sentence"], row["start"] - row["sentence_start"], language=language
            )
        ):
            # "... have been killed in Israel's campaign since October 7, 2023, when militants
            # attacked Israel, killing 1,200": the start day's own toll, no campaign count.
            scope = "incident"
        if scope == "campaign" and row["basis"] == "cumulative":
            began = context.war_began(row)
            if began is not None:
                # "killed in Ukraine since February 2022": since the war began, the war's toll.
                scope = "conflict_total"
                if not _YEAR_WRITTEN.search(row.get("period_text") or ""):
                    row["period_start"] = pd.Timestamp(began)  # "since Oct. 7": of 2023
        if (
            scope in ("periodic", "background")
            and row["basis"] == "window"
            and _ends_at_report(row, published)
            and context.war_began(row) is not None
        ):
            # "losses from February 24, 2022 to February 24, 2023 were 145,850": a window from
            # the war's first day up to the report is the war's toll so far.
            scope = "conflict_total"
        if scope == "conflict_total" and pd.isna(row.get("period_start")):
            named = context.war_named(row)
            if named is not None:
                # "since the beginning of the special military operation": the war's first day.
                row["period_start"] = pd.Timestamp(named.began)
        scope = _dated_back(scope, row, context)
        if row.get("_tally") == "increment":
            # A tally's day's addition is the day up to the report, whatever words it has
            # ("8,582 (+11 compared to the previous day)").
            scope = "periodic"
        # A running count names its place in its own sentence or none; but the deaths of a
        # siege are the besieged town's, which the story names as it names an incident's
        # ("... in Madaya. At least 10 people have starved to death in the town.").
        # So are the parts of a report its paragraphs break down by place ("Latakia province.
        # Aircraft carried out 14 sorties"), whose period they carry on, where their paragraph
        # names places of one province before them or their clause names one right after them
        # (see placed_in_paragraph).
        local = (
            scope in ("incident", "background")
            or (scope == "campaign" and cues.attrition)
            or (scope == "periodic" and carries_period(row) and context.placed_in_paragraph(row))
        )
        place = context.place_of(
            row, sentence_only=not local, refers=scope in ("periodic", "campaign")
        )
        no_place = (
            not local
            and (place is None or place.level == "country")
            and context.names_no_place(row)
        )
        if no_place and scope in ("periodic", "campaign"):
            # "188 soldiers have been killed since the start of the offensive", under "Army
            # retakes Palmyra": the offensive the headline places.
            place = context.operation_place(row) or place
        if place is None and no_place:
            # "Syria's war has killed more than 330,000 people": a war's count is of where it
            # is fought. "The war has killed more than 250,000 people", "Jets have flown 2,289
            # sorties": a running count or a period's that names no place is of the story's
            # country.
            war_place = context.war_place(row) if scope == "conflict_total" else None
            if war_place is not None and context.counts_another_country(row, war_place):
                war_place = None  # "shot down 1,000 drones over Russian territory"
            lede = context.lede_country()
            # Only by the people counted: "in Israeli strikes" names the attacker's country.
            if lede is not None and context.counts_another_country(row, lede, by_links=False):
                lede = None  # "Two Israeli civilians were killed", in a story placed in Gaza
            place = war_place or lede
        if place is not None and (context.paragraph_index.find(row["start"]) or 0) <= 1:
            context.lede_places.append(place)
        if row.get("kind") == "casualties" and (
            not context.toll_places or context.toll_places[-1][0] < row["start"]
        ):
            context.toll_places.append((row["start"], place))
        row["scope"] = scope
        row["place"] = place.label if place else ""
        row["province"] = place.province if place else ""
        row["event_day"] = (
            (_day_of_window(row) or context.event_day(row)) if scope == "incident" else None
        )
