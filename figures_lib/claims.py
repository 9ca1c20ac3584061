"""Claim extraction: every figure of a known kind, with bounds, unit, period, speaker and span.

``extract_claims(text)`` returns one row per claim (schema: ``schema.CLAIMS_COLUMNS``):
a number from :func:`figures_lib.numbers.find`, the counted noun after it (lexicon
``data/kinds.toml``), the period stated in its sentence (:mod:`figures_lib.periods`) and who
said it (:mod:`figures_lib.speakers`). A claim repeated within one article is reported once,
with the number of times it was stated in ``mentions``.
"""

from __future__ import annotations

import functools
import hashlib
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd
import regex

from . import incidents, numbers, periods, speakers
from .lexicon import Lexicon, claimants, lexicon, phrase_alternation
from .schema import CLAIMS_COLUMNS, empty_frame, frame_from_rows
from .textspans import SpanIndex, paragraphs, quote_spans, sentences
from .units import parse_unit, to_comparison


@dataclass(frozen=True)
class _Matcher:
    """Patterns compiled from the lexicon."""

    noun_after: regex.Pattern
    participle_after: regex.Pattern
    killed_after: regex.Pattern
    injured_after: regex.Pattern
    killed_before: regex.Pattern
    injured_before: regex.Pattern


@lru_cache(maxsize=1)
def _matcher() -> _Matcher:
    lex = lexicon()
    nouns = list(lex.noun_to_kind) + [n for n in lex.people_nouns]
    capitalised_nouns = [n for kind in lex.kinds.values() for n in kind.nouns if n != n.lower()]
    modifiers = phrase_alternation(list(lex.modifiers))
    # A modifier: a lexicon word, a capitalised word, a word in quotes, an adjective ending.
    modifier = (
        rf"(?:{modifiers}|\"[^\"\n]{{1,40}}\"|'[^'\n]{{1,40}}'|(?-i:[A-Z][\w'-]{{0,30}})"
        r"|[a-z][\w-]{1,30}(?:al|ic|ive|ian|ist|ed|ary|ous|ese|ish))"
    )
    head = phrase_alternation(nouns + capitalised_nouns)
    noun_after = regex.compile(
        rf"(?P<of>\s{{1,3}}of(?:\s{{1,3}}(?:the|these|those|its|their))?)?"
        rf"(?P<mods>(?:\s{{1,3}}{modifier}){{0,3}}?)\s{{1,3}}(?P<head>{head})(?![\w-])"
        r"(?P<cargo>\s{1,3}of\s{1,3}(?!the\b)[a-z][\w-]{1,30}(?:\s{1,3}(?!(?:to|for|and|in|from"
        r"|by|with|that|which|on|at)\b)[a-z][\w-]{1,30}){0,2})?",
        regex.IGNORECASE,
    )
    killed = phrase_alternation(list(lex.killed_cues))
    injured = phrase_alternation(list(lex.injured_cues))
    participles = phrase_alternation(list(lex.killed_cues) + list(lex.injured_cues))
    return _Matcher(
        noun_after=noun_after,
        participle_after=regex.compile(
            r"\s{1,3}(?:(?:were|was|are|have\s{1,3}been|had\s{1,3}been|reportedly)\s{1,3}){0,2}"
            rf"(?P<head>{participles})\b",
            regex.IGNORECASE,
        ),
        killed_after=regex.compile(
            rf"\s{{1,3}}(?:(?:were|was|are|have\s{{1,3}}been|had\s{{1,3}}been|reportedly)\s{{1,3}}){{0,2}}(?:{killed})\b",
            regex.IGNORECASE,
        ),
        injured_after=regex.compile(
            rf"\s{{1,3}}(?:(?:were|was|are|have\s{{1,3}}been|had\s{{1,3}}been|reportedly)\s{{1,3}}){{0,2}}(?:{injured})\b",
            regex.IGNORECASE,
        ),
        killed_before=regex.compile(rf"\b(?:{killed})\b[^.;]{{0,45}}$", regex.IGNORECASE),
        injured_before=regex.compile(rf"\b(?:{injured})\b[^.;]{{0,45}}$", regex.IGNORECASE),
    )


@dataclass(frozen=True)
class _Counted:
    kind: str
    what: str
    what_end: int
    unit: str
    subtype: str
    group: str


def _casualty_subtype(text: str, mention_start: int, noun_end: int, m: _Matcher) -> str:
    """'killed' or 'injured' when a casualty word sits next to the figure, else ''."""
    after_killed = m.killed_after.match(text, noun_end, min(len(text), noun_end + 60))
    after_injured = m.injured_after.match(text, noun_end, min(len(text), noun_end + 60))
    if after_killed or after_injured:
        if after_killed and after_injured:
            return "killed" if after_killed.end() <= after_injured.end() else "injured"
        return "killed" if after_killed else "injured"
    window_start = max(0, mention_start - 60)
    before_killed = m.killed_before.search(text, window_start, mention_start)
    before_injured = m.injured_before.search(text, window_start, mention_start)
    if before_killed and before_injured:
        return "killed" if before_killed.start() > before_injured.start() else "injured"
    if before_killed:
        return "killed"
    if before_injured:
        return "injured"
    return ""


def _counted(
    text: str, mention: numbers.NumberMention, sentence: str, lex: Lexicon
) -> _Counted | None:
    """What a number counts, from the words after it; None if it is no claim kind."""
    m = _matcher()
    limit = min(len(text), mention.end + 120)
    line_end = text.find("\n", mention.end, limit)
    limit = line_end if line_end != -1 else limit
    noun = m.noun_after.match(text, mention.end, limit)
    if noun is None:
        participle = m.participle_after.match(text, mention.end, limit)
        if participle is None:
            return None
        subtype = "killed" if participle.group("head").lower() in lex.killed_cues else "injured"
        return _Counted("casualties", participle.group("head"), participle.end(), "person", subtype, "")
    head = " ".join(noun.group("head").lower().split())
    if noun.group("of") and mention.qualifier != "vague" and not _scaled(mention):
        return None  # "17 of the targets" counts part of something else; "hundreds of" is fine
    what_start = noun.start("mods") if noun.group("mods") else noun.start("head")
    while what_start < noun.end() and text[what_start].isspace():
        what_start += 1
    kind_name = lex.noun_to_kind.get(head)
    if kind_name is None and head not in lex.people_nouns:
        return None
    if kind_name == "tonnage":
        end = noun.end("cargo") if noun.group("cargo") else noun.end("head")
        unit = str(parse_unit(head))
        return _Counted("tonnage", text[what_start:end], end, unit, "", "")
    end = noun.end("head")
    what = text[what_start:end]
    if kind_name in (None, "fighters"):
        subtype = _casualty_subtype(text, mention.start, end, m)
        if subtype:
            group = head if head in lex.casualty_groups else ""
            return _Counted("casualties", what, end, "person", subtype, group)
        if kind_name is None:
            cues = lex.kinds["fighters"].cues
            if cues is None or not cues.search(sentence):
                return None
            kind_name = "fighters"
    kind = lex.kinds[kind_name]
    if head in kind.needs_cue and (kind.cues is None or not kind.cues.search(sentence)):
        return None
    return _Counted(kind_name, what, end, kind.unit, "", "")


_SCALE_WORD_END = regex.compile(r"(?i)(?:hundred|thousand|million|billion)s?$")


def _scaled(mention: numbers.NumberMention) -> bool:
    return bool(_SCALE_WORD_END.search(mention.text))


_CONTENT_FIELDS = ("kind", "subtype", "low", "high", "qualifier", "basis", "period_start",
                   "period_end")  # fmt: skip


@functools.lru_cache(maxsize=4096)
def _day_text(nanoseconds: int) -> str:
    # str() of a Timestamp is slow, and hashing one is too; the same few days recur.
    return str(pd.Timestamp(nanoseconds))


def _content_key(row: dict) -> tuple[str, ...]:
    """What a claim says, whoever words it: the key that merges repeats within an article."""
    return tuple(
        _day_text(value.value) if isinstance(value, pd.Timestamp) else str(value)
        for value in (row[name] for name in _CONTENT_FIELDS)
    )


def _claim_id(doc_id: str, content_key: tuple[str, ...], row: dict) -> str:
    key = "|".join(content_key + (row["speaker_org"], row["speaker"], row["what"]))
    return hashlib.sha1(f"{doc_id}|{key}".encode()).hexdigest()[:16]


def _timestamp(value) -> pd.Timestamp | None:
    if value is None:
        return None
    try:
        stamp = pd.Timestamp(value)
    except (ValueError, TypeError):
        return None
    if pd.isna(stamp):
        return None
    return pd.Timestamp(stamp.year, stamp.month, stamp.day)


_CONTINUATION = regex.compile(
    r"^(?:He|She|They|The\s{1,3}(?:minister|ministry|spokesman|general))\s{1,3}(?:also\s{1,3})?"
    r"(?:added|went\s{1,3}on|continued)\b"
)


def extract_claims(
    text: str,
    *,
    published=None,
    doc_id: str | None = None,
    outlet: str | None = None,
) -> pd.DataFrame:
    """Extract every claim of a known kind from one article's cleaned text.

    Parameters
    ----------
    text:
        Cleaned article text (``load_corpus`` gives it); offsets refer to it.
    published:
        Publication date, used to resolve "on Saturday", "Sept. 30" and as-of dates.
    doc_id, outlet:
        Copied to every row.

    Returns
    -------
    pandas.DataFrame with the columns of ``schema.CLAIMS_COLUMNS``, sorted by ``start``.

    Examples
    --------
    >>> claims = extract_claims("Jets flew 64 sorties over the past 24 hours, the ministry said.",
    ...                         published="2015-10-10")
    >>> claims[["kind", "value", "basis", "speaker_org"]].to_dict("records")
    [{'kind': 'sorties', 'value': 64.0, 'basis': 'window', 'speaker_org': 'Russian Ministry of Defence'}]
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_claims() needs the article text as str, got {type(text).__name__}")
    rows = _article_rows(text, _timestamp(published), doc_id or "", outlet or "")
    if not rows:
        return empty_frame(CLAIMS_COLUMNS)
    return frame_from_rows(rows, CLAIMS_COLUMNS)


def _article_rows(text: str, published, doc_id: str, outlet: str) -> list[dict]:
    """One article's claim rows, each with its scope, place and event day (``incidents``)."""
    rows = list(_claim_rows(text, published, doc_id, outlet))
    incidents.annotate(rows, text, published)
    return rows


def _claim_rows(text: str, published, doc_id: str, outlet: str) -> Iterator[dict]:
    mentions = numbers.find(text)
    if not mentions:
        return
    lex = lexicon()
    who = claimants()
    paragraph_spans = paragraphs(text)
    paragraph_index = SpanIndex(paragraph_spans)

    # Sentences are split only in paragraphs that hold a figure; a sentence is known by its
    # paragraph and its place there.
    sentences_by_paragraph: dict[int, tuple[list, SpanIndex]] = {}

    def paragraph_sentences(index: int) -> tuple[list, SpanIndex]:
        if index not in sentences_by_paragraph:
            spans = sentences(text, [paragraph_spans[index]])
            sentences_by_paragraph[index] = (spans, SpanIndex(spans))
        return sentences_by_paragraph[index]

    def sentence_at(position: int) -> tuple[int, int] | None:
        index = paragraph_index.find(position)
        if index is None:
            return None
        number = paragraph_sentences(index)[1].find(position)
        return None if number is None else (index, number)

    def sentence_span(key: tuple[int, int]):
        return paragraph_sentences(key[0])[0][key[1]]

    def sentence_before(key: tuple[int, int]) -> tuple[int, int] | None:
        index, number = key
        while number == 0:
            index -= 1
            if index < 0:
                return None
            number = len(paragraph_sentences(index)[0])
        return index, number - 1

    article_start_found: list = []  # filled on first use; a functools.cache per article costs more

    def article_start():
        if not article_start_found:
            article_start_found.append(periods.operation_start(text, published))
        return article_start_found[0]

    attributions_by_paragraph: dict[int, tuple[list, list]] = {}

    def paragraph_context(index: int):
        if index not in attributions_by_paragraph:
            span = paragraph_spans[index]
            quotes = quote_spans(text, span)
            attributions_by_paragraph[index] = (
                quotes,
                speakers.paragraph_attributions(text, span, quotes),
            )
        return attributions_by_paragraph[index]

    # Named people who spoke earlier in the article, for resolving "he" and "the Russian leader".
    # Paragraphs are read backwards from the position, so only those back to the latest named
    # speaker need their attributions found.
    def latest_named_before(position: int) -> str:
        for earlier in range(paragraph_index.at_or_before(position), -1, -1):
            for attribution in reversed(paragraph_context(earlier)[1]):
                if attribution.position < position and speakers.is_personal_name(attribution.phrase):
                    return speakers.strip_titles(attribution.phrase)
        return ""

    # Days on which named speakers gave the interview the article reports ("He spoke to Bild on
    # January 5"): their figures are as of that day unless their sentence says otherwise.
    interview_day: dict[str, pd.Timestamp] = {}
    for position, subject, day in periods.interview_dates(text, published):
        if speakers.needs_resolution(subject):
            subject = latest_named_before(position)
        if subject:
            interview_day.setdefault(speakers.strip_titles(subject), day)

    period_cache: dict[tuple, list[periods.Period]] = {}

    def sentence_periods(sentence_key: tuple[int, int], as_of) -> list[periods.Period]:
        key = (sentence_key, as_of)
        if key not in period_cache:
            span = sentence_span(sentence_key)
            sentence = text[span.start : span.end]
            found = periods.find_periods(sentence, span.start, as_of, published, article_start)
            earlier = sentence_before(sentence_key)
            if not found and earlier is not None and _CONTINUATION.match(sentence):
                previous = sentence_periods(earlier, as_of)
                found = [p for p in previous if p.basis == "cumulative"] or previous
            period_cache[key] = found
        return period_cache[key]

    seen: dict[tuple, dict] = {}
    casualty_group_in_sentence: dict[tuple[int, int], str] = {}
    for mention in mentions:
        sentence_number = sentence_at(mention.start)
        if sentence_number is None:
            continue
        span = sentence_span(sentence_number)
        sentence = text[span.start : span.end]
        counted = _counted(text, mention, sentence, lex)
        if counted is None:
            continue
        group = counted.group
        if counted.kind == "casualties":
            # "250,000 people killed and over one million injured": the group carries over.
            group = group or casualty_group_in_sentence.get(sentence_number, "")
            casualty_group_in_sentence.setdefault(sentence_number, group)

        # Speaker: the attribution nearest the quotation holding the figure, else in the sentence.
        paragraph_number = paragraph_index.find(mention.start)
        quotes, attributions = paragraph_context(paragraph_number)
        quote = next((q for q in quotes if q.start <= mention.start < q.end), None)
        if quote is not None:
            attribution = speakers.nearest(attributions, quote)
        else:
            in_sentence = [a for a in attributions if span.start <= a.position < span.end]
            attribution = speakers.nearest(in_sentence, span)
        speaker = attribution.phrase if attribution else ""
        if speaker and speakers.needs_resolution(speaker):
            speaker = latest_named_before(attribution.position) or speaker
        organisation = who.organisation(attribution.phrase if attribution else "") or who.organisation(speaker)
        speaker = speakers.strip_titles(speaker)

        # As-of day: stated in the sentence, else the speaker's interview day, else publication.
        as_of = periods.stated_date(sentence, published) or interview_day.get(speaker) or published

        # Period: the stated window or cumulative span nearest the figure, else the kind default.
        stated = sentence_periods(sentence_number, as_of)
        if stated:
            period = min(stated, key=lambda p: abs(p.offset - mention.start))
            basis, period_start, period_end, period_text = (
                period.basis, period.start, period.end, period.text
            )  # fmt: skip
        else:
            basis = lex.kinds[counted.kind].default_basis
            period_start, period_end, period_text = None, as_of, ""

        low, high = mention.low, mention.high
        low_inclusive = mention.low_inclusive
        if math.isinf(low) and low < 0:
            low, low_inclusive = 0.0, True  # counts are never negative
        value = mention.value if not math.isinf(mention.value) else low
        quantity, quantity_unit = to_comparison(value, counted.unit)
        row = {
            "doc_id": doc_id,
            "outlet": outlet,
            "published": published,
            "kind": counted.kind,
            "what": counted.what,
            "low": low,
            "high": high,
            "low_inclusive": low_inclusive,
            "high_inclusive": mention.high_inclusive,
            "value": value,
            "qualifier": mention.qualifier,
            "unit": counted.unit,
            "quantity": quantity,
            "basis": basis,
            "period_start": period_start,
            "period_end": period_end,
            "speaker": speaker,
            "speaker_org": organisation,
            "quoted": quote is not None,
            "sentence": sentence,
            "start": mention.start,
            "end": mention.end,
            "subtype": counted.subtype,
            "casualty_group": group,
            "quantity_unit": quantity_unit,
            "period_text": period_text,
            "sentence_start": span.start,
            "mentions": 1,
        }
        content = _content_key(row)
        key = content + ((organisation or speaker).lower(),)
        if key in seen:
            seen[key]["mentions"] += 1
            continue
        row["claim_id"] = _claim_id(doc_id, content, row)
        seen[key] = row
    yield from seen.values()


def extract_corpus(corpus: pd.DataFrame | Iterable[pd.DataFrame], *, progress=None) -> pd.DataFrame:
    """Extract claims from every article of a corpus table (see ``load_corpus``).

    Parameters
    ----------
    corpus:
        A corpus table, an iterable of corpus tables (chunks) for large corpora (only the
        claims are kept in memory, never the articles' intermediate state), or a Dask
        DataFrame of articles (extracted per partition; see ``figures_lib.scale``).
    progress:
        Optional callable taking the number of articles just processed (a progress bar).

    Returns
    -------
    pandas.DataFrame of claims (``schema.CLAIMS_COLUMNS``) sorted by ``doc_id`` and ``start``;
    it keeps each article's ``doc_id``, ``outlet`` and ``published``.
    """
    if type(corpus).__module__.startswith("dask"):
        # A Dask DataFrame: one extraction per partition on the current Dask scheduler.
        from .scale import extract_dask

        return sort_claims(extract_dask(corpus).compute())
    chunks = [corpus] if isinstance(corpus, pd.DataFrame) else corpus
    frames = []
    for chunk in chunks:
        missing = {"doc_id", "text"} - set(chunk.columns)
        if missing:
            raise ValueError(
                f"the corpus table lacks {', '.join(sorted(missing))}; build it with load_corpus()"
            )
        rows: list[dict] = []
        for article in chunk.itertuples(index=False):
            rows.extend(
                _article_rows(
                    str(article.text),
                    _timestamp(getattr(article, "published", None)),
                    str(article.doc_id),
                    str(getattr(article, "outlet", "") or ""),
                )
            )
            if progress is not None:
                progress(1)
        if rows:
            rows.sort(key=_row_order)
            frames.append(frame_from_rows(rows, CLAIMS_COLUMNS))
    if not frames:
        return empty_frame(CLAIMS_COLUMNS)
    if len(frames) == 1:
        return frames[0]
    return sort_claims(pd.concat(frames, ignore_index=True))


def _row_order(row: dict) -> tuple:
    return row["doc_id"], row["start"], row["kind"]


def sort_claims(claims: pd.DataFrame) -> pd.DataFrame:
    """Claims in the one order every extraction path gives: by article, offset and kind."""
    return claims.sort_values(["doc_id", "start", "kind"], kind="stable", ignore_index=True)


_UNSAFE_IN_PATH = regex.compile(r"[^a-z0-9_-]+")


def partition_key(claims: pd.DataFrame, by: str) -> pd.Series:
    """A file-name-safe partition value per claim: the outlet or the publication month.

    Outlet names come from articles, so they are reduced to lower-case letters, digits, - and
    _ before they name a folder ("RT" -> "rt", "../x" -> "x").
    """
    if by == "month":
        return claims["published"].dt.strftime("%Y-%m").fillna("undated")
    if by == "outlet":
        return claims["outlet"].map(lambda name: _UNSAFE_IN_PATH.sub("-", str(name).lower()).strip("-")[:60] or "unknown")
    raise ValueError(f"partition by 'outlet' or 'month', not {by!r}")
