"""Parsing of publication dates given in manifests and datasets."""

from __future__ import annotations

import datetime as dt

import pandas as pd
from dateutil import parser as date_parser

# The years an article of this suite can be dated in, and any day it states can lie in. A
# window reaching outside them ("over the past 339 years") is no window, and every day inside
# them fits pandas' nanosecond timestamps (1677-2262).
FIRST_YEAR, LAST_YEAR = 1900, 2100


def plausible_day(day: pd.Timestamp | None) -> bool:
    """Whether ``day`` lies within the years articles can be dated in (1900-2100)."""
    return day is not None and FIRST_YEAR <= day.year <= LAST_YEAR


def parse_publication_date(value: object) -> pd.Timestamp | None:
    """Parse a publication date ('2015-11-13', '13 Nov 2015', an ISO timestamp) to a day.

    Returns ``None`` for an empty value and raises ``ValueError`` for text that is not a date,
    so that callers can name the row and field in their message. A time of day and a time zone
    are dropped: the date is kept as written at the source.
    """
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    if isinstance(value, (pd.Timestamp, dt.datetime, dt.date)):
        return pd.Timestamp(value.year, value.month, value.day)
    text = str(value).strip()
    if not text or text.lower() in {"nan", "nat", "none", "null"}:
        return None
    try:
        parsed = date_parser.isoparse(text)
    except ValueError:
        try:
            parsed = date_parser.parse(text, dayfirst=False, fuzzy=False)
        except (ValueError, OverflowError) as error:
            raise ValueError(f"{text!r} is not a date (write YYYY-MM-DD)") from error
    if not FIRST_YEAR <= parsed.year <= LAST_YEAR:
        raise ValueError(f"{text!r} gives the year {parsed.year} (write YYYY-MM-DD)")
    return pd.Timestamp(parsed.year, parsed.month, parsed.day)
