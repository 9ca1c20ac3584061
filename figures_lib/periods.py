"""Time windows and as-of dates stated in a sentence, resolved against the publication date.

A claim's period is the half-open day range [period_start, period_end): "over the past 24
hours" said on 2015-10-10 is [2015-10-09, 2015-10-10); "since Sept. 30" in an article of
2015-12-11 is [2015-09-30, 2015-12-11). Dates without a year take the latest year that does
not put them after the publication date; a weekday is its latest occurrence on or before it.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pandas as pd
import regex
from dateutil import parser as date_parser
from dateutil.relativedelta import relativedelta

from .numbers import MONTHS, _parse_words

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
DATE = (
    rf"(?:(?:{MONTHS})\.?\s{{1,3}}{_DAY}(?:,?\s{{1,3}}\d{{4}})?(?!\d)"
    rf"|{_DAY}\s{{1,3}}(?:of\s{{1,3}})?(?:{MONTHS})\.?(?:,?\s{{1,3}}\d{{4}})?"
    rf"|(?:{MONTHS})\.?\s{{1,3}}\d{{4}}"
    r"|(?<!\d)(?:19|20)\d{2}(?!\d))"
)
_COUNT_WORD = (
    r"(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen"
    r"|twenty-four|forty-eight|seventy-two|thirty|a\s{1,3}few|several)"
)
_SPAN_UNIT = r"(?P<unit>hours?|days?|weeks?|months?|years?)"

_WINDOW = regex.compile(
    r"(?i:\b(?:over|in|during|within|for|throughout)\s{1,3}(?:the|a)\s{1,3}"
    r"(?:past|last|previous|preceding)\s{1,3}"
    rf"(?:(?P<count>{_COUNT_WORD})(?:\s{{1,3}}|-))?{_SPAN_UNIT}\b"
    rf"|\b(?:in|over|during|within|for)\s{{1,3}}(?P<count>{_COUNT_WORD})(?:\s{{1,3}}|-){_SPAN_UNIT}\b"
    rf"|\b(?:in|over|during)\s{{1,3}}(?:a|one|the)\s{{1,3}}(?P<count>\d{{1,3}})-(?P<unit>hour|day)\s{{1,3}}period\b"
    r"|\b(?P<overnight>overnight)\b"
    r"|\b(?P<daily>per\s{1,3}day|a\s{1,3}day|daily|each\s{1,3}day|every\s{1,3}day)\b)"
    rf"|\b(?i:from|between)\s{{1,3}}(?P<first_day>{_WEEKDAY})\s{{1,3}}(?i:to|and|through|until|till)"
    rf"\s{{1,3}}(?P<last_day>{_WEEKDAY})\b"
)
# "since Sept. 30", "since the beginning of the operation", "since Moscow launched its air
# campaign on Sept. 30", "in the course of the operation", "so far", a conflict "which flared in
# March 2011" (with a perfect tense: "has claimed").
_CUMULATIVE = regex.compile(
    rf"(?i:\bsince\b)\s{{1,3}}(?P<since>[^,;:\n]{{1,120}})"
    r"|(?i:\b(?:in\s{1,3}the\s{1,3}course\s{1,3}of|during|throughout)\s{1,3}the\s{1,3}"
    r"(?:entire\s{1,3}|whole\s{1,3})?(?:air\s{1,3}|military\s{1,3})?(?P<operation>operation|campaign)\b)"
    r"|(?i:\b(?P<so_far>so\s{1,3}far|to\s{1,3}date|in\s{1,3}total|altogether|all\s{1,3}told)\b)"
    rf"|(?i:\b(?:which|that)\s{{1,3}}(?:flared|began|started|erupted|broke\s{{1,3}}out)"
    rf"(?:\s{{1,3}}up)?\s{{1,3}}(?:in|on)\s{{1,3}})(?P<began>{DATE})"
)
_DATE = regex.compile(DATE)
_WINDOW_WORDS = ("hour", "day", "week", "month", "year", "overnight")
# Single words, so that any spacing between the words of "so far" or "to date" still passes.
_CUMULATIVE_WORDS = ("since", "operation", "campaign", "far", "date", "total", "altogether",
                     "told", "flared", "began", "started", "erupted", "broke")  # fmt: skip
_OPERATION_WORDS = regex.compile(
    r"(?i:\b(?:operation|campaign|air\s{1,3}strikes|airstrikes|strikes|bombing|military"
    r"\s{1,3}actions?|hostilities|intervention|mission|air\s{1,3}war)\b)"
)
# Sentence or lower case; a case-insensitive flag would halve the scan speed.
_OPERATION_VERB = re.compile(r"\b(?:[lL]aunched|[bB]eg[au]n|[sS]tarted|[cC]ommenced|[kK]icked)\b")
_OPERATION_START = regex.compile(
    r"(?i:\b(?:launched|began|begun|started|commenced|kicked\s{1,3}off)\b)"
    rf"[^\n]{{0,160}}?(?i:\b(?:on|since)\s{{1,3}})(?P<date>{DATE})"
)
_SPEECH_DATE = regex.compile(
    r"(?i:\b(?:said|says|reported|announced|stated|told|claimed|added|noted|confirmed"
    r"|declared|briefing|statement)\b)(?:[^.;\n]{0,30}?)\s{1,3}(?i:on\s{1,3})?"
    rf"(?P<when>{_WEEKDAY}|(?i:yesterday|today)|{DATE})\b"
)

# "He spoke to Bild on January 5": the day a speaker gave the interview an article reports.
# Found at the verb, then the subject is read back from it and the date forward.
_INTERVIEW_VERB = regex.compile(
    r"\b(?:spoke|talked|gave\s{1,3}(?:an|the|his|her)\s{1,3}interview)\s{1,3}(?:to|with)\s{1,3}"
)
_INTERVIEW_SUBJECT = regex.compile(
    r"(?P<subject>\b[A-Z][\w.'-]{0,30}(?:\s[A-Z][\w.'-]{0,30}){0,3})\s{1,3}(?:also\s{1,3})?$"
)
_INTERVIEW_DAY = regex.compile(rf"[^.\n]{{1,80}}?\s{{1,3}}on\s{{1,3}}(?P<when>{_WEEKDAY}|{DATE})\b")
_PERFECT = regex.compile(r"(?i:\b(?:has|have|had)\s{1,3}(?:\w{1,20}\s{1,3})?\w{2,20}(?:ed|en|wn|ne|t)\b)")
_UNIT_DAYS = {"hour": 1 / 24, "day": 1, "week": 7, "month": None, "year": None}


@dataclass(frozen=True, slots=True)
class Period:
    """A period stated in a sentence, with the words that stated it."""

    basis: str  # window or cumulative
    start: pd.Timestamp | None
    end: pd.Timestamp | None
    text: str
    offset: int  # where the words start in the article text
    per_day: bool = False  # "64 sorties a day": a rate, its window is one day


_YEAR = regex.compile(r"\d{4}")


@functools.lru_cache(maxsize=2048)
def _parse_day(expression: str, default_year: int) -> pd.Timestamp | None:
    # dateutil is the slow step and newsrooms repeat the same few dates ("Sept. 30").
    try:
        parsed = date_parser.parse(expression, default=dt.datetime(default_year, 1, 1))
    except (ValueError, OverflowError):
        return None
    return pd.Timestamp(parsed.year, parsed.month, parsed.day)


def _year_before(day: pd.Timestamp) -> pd.Timestamp:
    # Timestamp.replace is far cheaper than a DateOffset; 29 February falls back to the 28th.
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


def resolve_date(expression: str, published: pd.Timestamp | None) -> pd.Timestamp | None:
    """The day a date expression names, read against the publication date.

    "Sept. 30" in an article of 2015-12-11 is 2015-09-30; "Saturday" in an article of Sunday
    2015-10-11 is 2015-10-10; a bare year is its first of January.
    """
    words = expression.strip().lower()
    reference = published if published is not None and not pd.isna(published) else None
    if words in WEEKDAYS:
        if reference is None:
            return None
        back = (reference.weekday() - WEEKDAYS.index(words)) % 7
        return reference - pd.Timedelta(days=back)
    if words in ("today", "tonight"):
        return reference
    if words == "yesterday":
        return None if reference is None else reference - pd.Timedelta(days=1)
    year_given = _YEAR.search(expression) is not None
    day = _parse_day(expression, reference.year if reference is not None else 2000)
    if day is None:
        return None
    if not year_given:
        if reference is None:
            return None
        if day > reference:
            day = _year_before(day)
    return pd.Timestamp(day)


def operation_start(text: str, published: pd.Timestamp | None) -> pd.Timestamp | None:
    """Start date of the operation the article reports on, if the article states it.

    The first sentence that says something was launched/began "on DATE" and names an
    operation, campaign or air strikes gives it.
    """
    # The verbs are found first with a plain stdlib pattern; the full pattern, which is costly
    # to scan with, is then matched only at them.
    for verb in _OPERATION_VERB.finditer(text):
        match = _OPERATION_START.match(text, verb.start())
        if match is None:
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        context = text[max(line_start, match.start() - 160) : match.end()]
        if _OPERATION_WORDS.search(context):
            resolved = resolve_date(match.group("date"), published)
            if resolved is not None:
                return resolved
    return None


def _occurrences(text: str, word: str) -> Iterator[int]:
    position = text.find(word)
    while position != -1:
        yield position
        position = text.find(word, position + 1)


def interview_dates(text: str, published: pd.Timestamp | None) -> list[tuple[int, str, pd.Timestamp]]:
    """(position, subject as written, day) for each "X spoke to Y on DATE" in an article."""
    found = []
    # str.find is a fast literal search where a pattern scan tests every position, so the
    # verbs are located first and the pattern only confirms the phrase there.
    starts = sorted(
        position for verb in ("spoke", "talked", "gave") for position in _occurrences(text, verb)
    )
    for start in starts:
        verb = _INTERVIEW_VERB.match(text, start)
        if verb is None:
            continue
        subject = _INTERVIEW_SUBJECT.search(text, max(0, verb.start() - 130), verb.start())
        when = _INTERVIEW_DAY.match(text, verb.end())
        if subject is None or when is None:
            continue
        day = resolve_date(when.group("when"), published)
        if day is not None and (published is None or day <= published):
            found.append((subject.start(), subject.group("subject"), day))
    return found


def stated_date(sentence: str, published: pd.Timestamp | None) -> pd.Timestamp | None:
    """The day a sentence says its figures were given ("said on Saturday"), or None."""
    match = _SPEECH_DATE.search(sentence)
    if match:
        resolved = resolve_date(match.group("when"), published)
        if resolved is not None and (published is None or resolved <= published):
            return resolved
    return None


def _window_length(count_text: str | None, unit: str) -> tuple[float | None, str]:
    if count_text is None:
        count = 1.0
    elif count_text.isdigit():
        count = float(count_text)
    else:
        count = _parse_words(count_text.replace("-", " ")) or None
    unit = unit.lower().rstrip("s")
    return count, unit


def window_start(end: pd.Timestamp, count: float, unit: str) -> pd.Timestamp:
    """Start of a window of ``count`` ``unit``s ending at ``end`` (hours round to days)."""
    if unit == "month":
        return end - relativedelta(months=int(count))
    if unit == "year":
        return end - relativedelta(years=int(count))
    days = count * _UNIT_DAYS[unit]
    return end - pd.Timedelta(days=max(1, round(days)))


def find_periods(
    sentence: str,
    offset: int,
    as_of: pd.Timestamp | None,
    published: pd.Timestamp | None,
    article_operation_start: Callable[[], pd.Timestamp | None],
) -> list[Period]:
    """Every window or cumulative period stated in one sentence.

    Parameters
    ----------
    sentence:
        The sentence text; ``offset`` is where it starts in the article.
    as_of:
        The day the figures were given (see :func:`stated_date`; else the publication day).
    article_operation_start:
        Returns the operation's start as the article states it elsewhere (see
        :func:`operation_start`), for "since the beginning of the operation"; called only
        when a sentence needs it, as finding it costs a scan of the article.
    """
    periods: list[Period] = []
    # Substring tests rule out most sentences before the costlier patterns run: every window
    # names a time unit, "overnight", "daily" or a weekday, and every cumulative span one of
    # its cue words.
    lowered = sentence.lower()
    has_window = any(word in lowered for word in _WINDOW_WORDS)
    has_cumulative = any(word in lowered for word in _CUMULATIVE_WORDS)
    for match in _WINDOW.finditer(sentence) if has_window else ():
        words = match.group()
        if match.group("daily"):
            start = None if as_of is None else as_of - pd.Timedelta(days=1)
            periods.append(Period("window", start, as_of, words, offset + match.start(), True))
            continue
        if match.group("overnight"):
            count, unit = 1.0, "day"
        elif match.group("first_day"):
            first = resolve_date(match.group("first_day"), as_of)
            last = resolve_date(match.group("last_day"), as_of)
            if first is None or last is None:
                continue
            if first > last:
                first -= pd.Timedelta(days=7)
            # Named days are inclusive: Monday to Thursday is [Monday, Friday).
            periods.append(
                Period("window", first, last + pd.Timedelta(days=1), words, offset + match.start())
            )
            continue
        else:
            count, unit = _window_length(match.group("count"), match.group("unit"))
            if count is None or count <= 0:
                continue
        start = None if as_of is None else window_start(as_of, count, unit)
        periods.append(Period("window", start, as_of, words, offset + match.start()))

    for match in _CUMULATIVE.finditer(sentence) if has_cumulative else ():
        start = None
        if match.group("since") is not None:
            since = match.group("since")
            date = _DATE.search(since)
            if date is not None and date.start() < 90:
                start = resolve_date(date.group(), published)
                words = "since " + since[: date.end()]
            elif _OPERATION_WORDS.search(since[:60]):
                start = article_operation_start()
                words = "since " + since[: _OPERATION_WORDS.search(since[:60]).end()]
            else:
                continue  # "since then", "since he said": not a period we can place
        elif match.group("operation") is not None:
            start = article_operation_start()
            words = match.group()
        elif match.group("began") is not None:
            if not _PERFECT.search(sentence):
                continue
            start = resolve_date(match.group("began"), published)
            words = match.group()
        else:
            words = match.group()  # "so far": cumulative from an unstated start
        periods.append(Period("cumulative", start, as_of, words, offset + match.start()))
    return periods
