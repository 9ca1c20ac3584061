"""Find every number and numeric range in news text, with its bounds, unit and change.

``find(text)`` returns :class:`NumberMention` objects: "more than 2 thousand" is one mention
with ``low=2000, high=inf, low_inclusive=False, qualifier="more_than"``. Dates, times, years,
ordinals, model designations (Su-24, S-400, iPhone 11), phone numbers, scores (2-0) and numbers
inside names and addresses (Resolution 2254, Route 5) are not returned.

What a figure can look like
    Digits with comma, space or thin-space thousands ("214,000", "12 500"), decimals (".5"),
    signs ("-3.5", "minus 4"); number words ("two hundred and two thousand"), digits with
    scale words ("4 thousand 3 hundred and 21", "4 hundred million") or abbreviations ("10M",
    "8.1bn", "10 bln", "5k"; "35m" is a million only after a currency or before a plural
    noun, else 37 metres); fractions ("1/16 of", "1⁄32", "½", "2½", "two-thirds", "a third
    of", "half of", "half a million", "one out of three"); vague words ("dozens", from
    ``data/quantities.toml``), also times a scale ("several dozen", "a few thousand"); a round
    figure hyphened to "odd" or "something" is the span to its last round place ("300-odd"
    is 300-399, "forty-something" 40-49). A unit abbreviation glued to the digits ("640bhp",
    "54GB") is left outside the mention; other glued letters ("24th", "1990s", "5G") mean no
    figure.

Fractions written with "/" are read as fractions only as a fraction *of* something ("1/16 of
a pint") or as a mixed number ("2 1/2"): a bare "9/11", "24/7" or "3/4" is more often a date, a
schedule or a score than a fraction, so it gives no figure at all. The fraction slash (U+2044)
and single-character fractions are unambiguous and always read.

Units
    ``unit`` records a currency written before the figure ("$", "US$", "£", "€", "¥", ...;
    symbols and codes in ``lang/<code>/numbers.toml``) or "%" for "%", "per cent", "percent"
    ("percentage points" and "basis points" for a difference of percentages);
    the mention's text covers it. Other units are the claims stage's business (``claims.py``).

Bounds (README, Policies: Bounds)
    "more than N", "over N", "exceeded/topped/surpassed N" are ``more_than``; "at least N",
    "N or more", "N and above" ``at_least``; "fewer than N" ``less_than``; "up to N", "N or
    less" ``at_most``. A lower and an upper bound joined by "and"/"but" ("more than 100 and
    less than 300", "no more than 50 and no less than 20") are one ``range`` with the ends'
    inclusiveness. "nearly N" and "almost N" are ``approx`` with the figure N itself: they say
    the true figure is a little under N, and the reconciliation's stated tolerance for
    ``approx`` covers that, while ``less_than`` would accept any smaller figure (a reader of
    "nearly 300 civilians" would not accept 20). A range after an approximation ("about
    14-18", "~25-40") is ``approx`` with both ends. A range's ends may each carry one unit
    word ("20 km to 30 km", "between 20 sorties and 30 sorties"): the word must be repeated,
    and the ends joined by a word, not a dash ("20 people - 30 were hurt" is two figures).

Changes
    ``change`` is "up" or "down" when the figure states a change: the amount after a verb or
    adverb of change ("rose 5%", "down 2.3%", "increased by 20", "+0.2%"), or a whole change
    from one level to another. A level a change reached, stated alone ("fell to 193", "rose 18
    sen to RM23.50"), is a level like any other: ``change`` is "", so ``change`` always tells a
    difference from a count. "fell from 208 to 193" is one mention, not a range and not two
    counts: the level reached (193) with ``change="down"`` and the starting level as its
    ``previous`` mention (208, with its own span). A verb that has no direction ("went from 5
    to 7") takes it from the two figures. A verb that counts as a change only with "by" or
    "to" ("added") does with its level right after the amount ("added 15 sen to RM2.70"); in
    a list, one verb serves the next "by" ("rose 5% and Lukoil by 3%").

Words, symbols and phrases come from the language tables (``figures_lib/lang/<code>/
numbers.toml``); the patterns built from them are cached per language.

Every pattern has bounded repetition, and scanning is a single pass over candidate offsets
followed by checks on short windows around each hit, so the cost is linear in the text length.
"""

from __future__ import annotations

import math
import re
import tomllib
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from operator import itemgetter
from pathlib import Path

import regex

from .lang import DEFAULT_LANGUAGE, table
from .textspans import ascii_digits

QUANTITIES_FILE = Path(__file__).with_name("data") / "quantities.toml"

QUALIFIERS = ("exact", "approx", "more_than", "at_least", "less_than", "at_most", "range", "vague")
CHANGES = ("", "up", "down")


@dataclass(frozen=True, slots=True)
class NumberMention:
    """One number or numeric range as written in a text.

    ``text == source[start:end]``; ``low``/``high`` are the interval the words allow, with
    ``math.inf``/``-math.inf`` for an open end; ``low == high`` for a single figure. ``unit``
    is the currency or "%" written with the figure ("" when none); ``change`` is "up" or
    "down" when the figure states a change (an amount, or a change from ``previous``), else
    "". ``previous`` is the level a stated change started from ("fell from 208 to 193": the
    mention 193 has ``previous`` 208; "rose from 10-15 to 30-40": a range), else None; with
    equal ends ("went from 20 to 20") ``change`` is "".
    """

    text: str
    start: int
    end: int
    low: float
    high: float
    low_inclusive: bool
    high_inclusive: bool
    qualifier: str
    unit: str = ""
    change: str = ""
    previous: NumberMention | None = None

    @property
    def value(self) -> float:
        """Best single estimate: the bound of a one-sided figure, the middle of a range."""
        if self.qualifier == "vague":
            return vague_value(self.low, self.high)
        if math.isinf(self.high) and not math.isinf(self.low):
            return self.low
        if math.isinf(self.low) and not math.isinf(self.high):
            return self.high
        return (self.low + self.high) / 2


# --------------------------------------------------------------------------------------------
# Vague words (data/quantities.toml)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class VagueWord:
    phrase: str
    low: float
    high: float
    value: float
    needs_of: bool
    # Words that may stand for "of" after a word that needs it: "scores injured", "scores
    # were killed" (with "were" or "more" between).
    or_before: tuple[str, ...] = ()
    # Whether a scale word may stand for "of" after a word that needs it ("a couple hundred").
    or_scale: bool = False


@lru_cache(maxsize=1)
def _quantities() -> dict:
    with QUANTITIES_FILE.open("rb") as handle:
        return tomllib.load(handle)


@lru_cache(maxsize=1)
def vague_words() -> dict[str, VagueWord]:
    """The vague-quantity table from ``data/quantities.toml``, keyed by lower-case phrase."""
    table_ = {}
    for phrase, entry in _quantities()["vague"].items():
        table_[phrase.lower()] = VagueWord(
            phrase=phrase.lower(),
            low=float(entry["low"]),
            high=float(entry["high"]),
            value=float(entry["value"]),
            needs_of=bool(entry.get("needs_of", False)),
            or_before=tuple(entry.get("or_before", ())),
            or_scale=bool(entry.get("or_scale", False)),
        )
    return table_


def vague_value(low: float, high: float) -> float:
    """Best estimate for a vague interval: the table value, or a geometric middle for a span.

    A single vague word ("hundreds") reports its table value; two joined words ("hundreds,
    thousands") span both intervals and report their geometric middle to two significant
    figures, since such words name orders of magnitude.
    """
    for word in vague_words().values():
        if word.low == low and word.high == high:
            return word.value
    middle = math.sqrt(max(low, 1.0) * high)
    digits = 1 - int(math.floor(math.log10(middle)))
    return float(round(middle, digits))


# --------------------------------------------------------------------------------------------
# Language tables and the patterns built from them, cached per language
# --------------------------------------------------------------------------------------------

_SHAPES = {
    "units": "numbers", "tens": "numbers", "multipliers": "numbers", "scales": "numbers",
    "suffix_scales": "numbers", "currency_scales": "numbers", "fractions": "numbers",
    "vulgar_fractions": "numbers", "minus": "words", "half": "words", "out_of": "words",
    "ratio_every": "words", "ratio_in": "words", "ratio_in_not_before": "words",
    "qualifier_bridges": "words", "article_qualifiers": "words",
    "months": "words", "qualifiers": "labels", "post_qualifiers": "labels",
    "bound_joiners": "words", "range_joiners": "words", "change_words": "labels",
    "below_zero": "words", "above_zero": "words", "zero_units": "words",
    "particles": "words", "particle_verbs": "words", "needs_by_or_to": "words",
    "change_units": "words", "year_determiners": "words", "year_prepositions": "words",
    "past_changes": "words", "modals": "words",
    "currencies": "labels", "percent": "labels", "glued_units": "words",
    "number_joiners": "words", "articles": "words", "of": "words", "plurals_without_s": "words",
    "and_fractions": "numbers", "odd_words": "words", "idiom_compounds": "words",
}  # fmt: skip


def _words(data: dict, key: str) -> dict:
    """A table's entries keyed by lower case (the tables' matching is case-insensitive)."""
    return {word.lower(): value for word, value in data[key].items()}


def _alternation(phrases, flexible_space: bool = True) -> str:
    """Phrases as one alternation, longest first, any 1-3 white-space characters between words."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    if not flexible_space:
        return "|".join(regex.escape(p) for p in ordered)
    return "|".join(r"\s{1,3}".join(regex.escape(w) for w in p.split()) for p in ordered)


def _months_alternation(language: str) -> str:
    return _alternation(table("numbers", language, months="words")["months"], False)


@cache
def _tables(language: str) -> dict:
    """The language's number tables, checked by the loader, with lower-cased word keys."""
    data = table("numbers", language, **_SHAPES)
    return {
        "units": _words(data, "units"),
        "tens": _words(data, "tens"),
        "multipliers": _words(data, "multipliers"),
        "scales": _words(data, "scales"),
        "fractions": _words(data, "fractions"),
        "joiners": frozenset(w.lower() for w in data["number_joiners"]),
        "articles": frozenset(w.lower() for w in data["articles"]),
        "year_determiners": frozenset(w.lower() for w in data["year_determiners"]),
        "year_prepositions": frozenset(w.lower() for w in data["year_prepositions"]),
        "raw": data,
    }


def _parse_digits(text: str) -> float | None:
    """Value of a digit group ("214,000", "٣٥"); None when a digit has no decimal value."""
    for separator in (",", " ", "\u00a0", "\u2009", "\u202f"):
        if separator in text:
            text = text.replace(separator, "")
    # float() reads the digits of the scripts this Python knows; ascii_digits turns away those
    # only the regex module's newer tables call digits, which float() would raise on.
    ascii_text = ascii_digits(text)
    return None if ascii_text is None else float(ascii_text)


_WORD_SEPARATORS = regex.compile(r"[\s-]+")


def _parse_words(text: str, language: str = DEFAULT_LANGUAGE) -> float | None:
    """Value of "two hundred and two thousand", "sixty-four", "a dozen", "4 thousand 3 hundred".

    Digit groups count as unit words, so figures mixing digits and scale words parse too.
    Returns None if the words do not form one number ("one two").
    """
    tables = _tables(language)
    units, tens = tables["units"], tables["tens"]
    multipliers, scales = tables["multipliers"], tables["scales"]
    joiners, articles = tables["joiners"], tables["articles"]
    total = 0.0
    current = 0.0
    last = None
    for token in _WORD_SEPARATORS.split(text.lower()):
        if not token or token in joiners:
            continue
        if token in articles:
            current = current or 1.0
            last = "a"
        elif token in units or token[:1].isdigit():
            if last in ("unit", "a") or (last == "tens" and token not in units):
                return None  # "one two" is two numbers, not one
            digits = units[token] if token in units else _parse_digits(token)
            if digits is None:
                return None
            current += digits
            last = "unit"
        elif token in tens:
            if last in ("unit", "tens"):
                return None
            current += tens[token]
            last = "tens"
        elif token in multipliers:
            current = (current or 1.0) * multipliers[token]
            last = "scale"
        elif token in scales:
            total += (current or 1.0) * scales[token]
            current = 0.0
            last = "scale"
        else:
            return None
    return total + current


def _trie(words: list[str]) -> str:
    """A pattern matching any of ``words``, nested by shared prefix.

    The stdlib engine tries alternatives one by one, so "t(?:h(?:ree|irty)|wo)" rejects "the"
    in far fewer steps than "three|thirty|two".
    """
    tree: dict = {}
    for word in words:
        node = tree
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}  # a word ends here

    def emit(node: dict) -> str:
        branches = [re.escape(letter) + emit(node[letter]) for letter in sorted(node) if letter]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


@dataclass
class _Grammar:
    """Everything ``find`` compiles from one language's tables."""

    language: str
    core: regex.Pattern
    core_digits: regex.Pattern
    core_plain: regex.Pattern
    prefix_before: regex.Pattern
    # The currencies as written, for one written a space apart from its digits ("USD 10m").
    spaced_currency_ends: tuple[str, ...]
    candidate_words: re.Pattern
    vulgar_chars: str
    digits_groups: dict
    candidate_vulgar: re.Pattern
    upper_starts: frozenset
    qualifier_before: regex.Pattern
    qualifier_last_words: frozenset
    bridge_before: regex.Pattern  # "at least| another |20"
    article_qualifiers: frozenset  # "about| a |6% drop": a qualifier an article may follow
    bridge_last_words: frozenset  # "another", "further", "additional"
    articles: frozenset  # "a", "an"
    phrase_to_qualifier: dict
    qualifier_after: regex.Pattern
    odd_after: regex.Pattern  # "-odd" in "300-odd", "-something" in "forty-something"
    idiom_after: regex.Pattern  # "-way" in "one-way attack drones": no count
    post_qualifier: dict
    range_gap: regex.Pattern
    bound_join: regex.Pattern
    change_before: regex.Pattern
    change_last_words: frozenset
    change_before_from: regex.Pattern
    change_words: dict
    zero_side: regex.Pattern  # " degrees below " before "zero"
    particles: frozenset
    particle_verbs: frozenset  # "make up 20%": the particle of a verb, no change
    needs_by_or_to: frozenset
    past_changes: frozenset  # reported changes: "rose", "fell", any in "-ed"
    modals: frozenset
    change_unit_after: regex.Pattern
    from_gap: regex.Pattern
    out_of_gap: regex.Pattern  # "one| out of |three", "one| in every |four"
    ratio_in_not_before: regex.Pattern  # "3 in 10| days": no ratio
    and_fraction: regex.Pattern  # " and a half", " and a half million" after a whole number
    and_fractions: dict
    and_fraction_openers: frozenset  # the first word of each ("and"), tested before the pattern
    of_after: regex.Pattern
    month_before: regex.Pattern
    month_after: regex.Pattern
    month_day_before: regex.Pattern  # "October 1-" before the 7 of "October 1-7"
    dated_month_before: regex.Pattern  # "3 March " before the 12 of "On 3 March 12 soldiers"
    day_month_after: regex.Pattern  # "-7 October" after the 1 of "1-7 October"
    year_context_before: regex.Pattern
    year_pair_before: regex.Pattern  # "between 2012 and |", "from 2014 to |": a year's pair
    # Longest text month_before / year_context_before can match: searching only that much
    # before a number gives the same answer as searching the whole window, several times faster.
    month_reach: int
    year_context_reach: int
    currencies: dict
    percent: dict
    suffix_scales: dict
    currency_scales: dict
    vulgar: dict
    scale_words: dict


# Digits: "214,000", "4 000" / "12 500" (plain, no-break or thin space), "1354", ".5".
_DIGITS = (
    r"(?:(?:\d{1,3}(?:,\d{3}){1,5}(?!,?\d)"
    r"|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3}){1,4}(?![\d,.])"
    r"|\d{1,15})"
    r"(?:\.\d{1,10})?|\.\d{1,10})"
)


def _vague_pattern(scale_words: dict[str, float]) -> str:
    """The vague words as one alternation; a scale word may follow those marked `or_scale`."""
    scales = "|".join(regex.escape(w) for w in sorted(scale_words, key=len, reverse=True))
    parts = []
    for word in sorted(vague_words().values(), key=lambda w: len(w.phrase), reverse=True):
        body = r"\s{1,3}".join(regex.escape(piece) for piece in word.phrase.split())
        if word.needs_of and word.or_before:
            # "scores injured" only where a clause or a list starts: not "credit scores were
            # hurt", "the judges' scores injured her chances".
            others = "|".join(regex.escape(w) for w in word.or_before)
            parts.append(
                r"(?<=^|[.,;:!?\"(\n]\s{0,3}|\b(?i:and|with|while)\s{1,3})" + body
                + rf"(?=\s{{1,3}}(?:(?:were|more)\s{{1,3}}){{0,2}}(?:{others})\b)\b"
            )  # fmt: skip
        if word.needs_of and word.or_scale:
            parts.append(body + rf"(?=\s{{1,3}}(?:of|{scales})\b)\b")
            continue
        parts.append(body + (r"(?=\s{1,3}of\b)" if word.needs_of else "") + r"\b")
    return "|".join(parts)


@cache
def _grammar(language: str = DEFAULT_LANGUAGE) -> _Grammar:
    """Compile the patterns for ``language`` once (see the module docstring for the shapes)."""
    tables = _tables(language)
    data = tables["raw"]
    units, tens = tables["units"], tables["tens"]
    multipliers, scales = tables["multipliers"], tables["scales"]
    scale_words = {**multipliers, **scales}
    fractions = tables["fractions"]
    currencies = dict(data["currencies"])
    percent = {" ".join(k.lower().split()): v for k, v in data["percent"].items()}
    vulgar = {k: float(v) for k, v in data["vulgar_fractions"].items()}
    suffix_scales = {k: float(v) for k, v in data["suffix_scales"].items()}
    currency_scales = {k: float(v) for k, v in data["currency_scales"].items()}
    minus = _alternation(data["minus"])

    unit_alt = _alternation(units)
    tens_alt = _alternation(tens)
    scale_alt = _alternation(scale_words)
    # A code of letters must stand apart from the word before it ("USD10m"); one ending in "$"
    # may be written with a space before the "$" ("US $58.24", "HK $5.4m").
    currency_parts = []
    for code in sorted(currencies, key=len, reverse=True):
        body = regex.escape(code)
        if code[0].isalpha():
            body = r"(?<![\w$])" + body
        if code.endswith("$") and len(code) > 1 and code[-2].isalpha():
            body = regex.escape(code[:-1]) + r"\s?\$"
            body = r"(?<![\w$])" + body
        currency_parts.append(body)
    currency_alt = "|".join(currency_parts)
    vulgar_class = "".join(regex.escape(ch) for ch in vulgar)
    # Short abbreviations only glued ("5pc"): "5 pc" may be the start of "5 PC games".
    percent_words = [p for p in percent if p[0].isalpha() and len(p) > 3]
    percent_glued = [p for p in percent if p[0].isalpha() and len(p) <= 3]
    percent_symbols = [p for p in percent if not p[0].isalpha()]
    glued = _alternation(data["glued_units"], False)
    suffix_alt = _alternation(suffix_scales, False)
    spaced_suffix_alt = _alternation([s for s in suffix_scales if len(s) >= 2], False)
    currency_scale_alt = _alternation(currency_scales, False)
    fraction_alt = _alternation(fractions)
    half_alt = _alternation(data["half"])
    joiner = _alternation(data["number_joiners"])
    article = _alternation(data["articles"])
    of = _alternation(data["of"])
    # Digits go on after a scale of a thousand ("4 thousand 3 hundred") or after a hundred
    # ("3 hundred and 21"), and only with a smaller group.
    thousand = _alternation(w for w, v in scales.items() if v == 1e3)
    hundred = _alternation(w for w, v in multipliers.items() if v == 100)

    atom = (
        rf"(?:(?:{tens_alt})(?:-(?:{unit_alt}))?|{unit_alt}|{scale_alt}"
        rf"|(?:{article})(?=\s{{1,3}}(?:{scale_alt})\b))"
    )
    # "and" may only follow a scale word: "two hundred and two thousand", never "five and six".
    word_sep = rf"(?:\s{{1,3}}|-)(?:(?<=(?:{scale_alt})\s{{1,3}})(?:{joiner})\s{{1,3}})?"
    word_number = rf"\b{atom}(?:{word_sep}{atom}){{0,12}}\b"

    number = (
        rf"(?P<number>{_DIGITS})(?P<vulgar>[{vulgar_class}])?"
        # "2 1/2", "1/16", "1⁄32": read or refused as a whole in _scan_cores (tried after plain
        # digits, which the guard below sends here when a slash or a mixed number follows).
        r"|(?:(?P<whole>\d{1,3})\s)?(?P<num>\d{1,3})(?P<slash>[/\u2044])(?P<den>\d{1,4})(?![/\d])"
        rf"|(?P<vulgar_only>[{vulgar_class}])"
    )
    plural = rf"(?:{_alternation(data['plurals_without_s'])}|[a-z]{{2,20}}s)"
    scale = (
        # Tried only when a space or a letter follows the digits.
        r"(?:(?=[\sA-Za-z])(?:"
        rf"(?P<gap>\s{{0,2}})(?P<wscale>(?i:{scale_alt})(?:\s{{1,3}}(?i:{scale_alt})){{0,2}})\b"
        # "4 thousand 3 hundred and 21": digits continue a figure only under a smaller scale.
        # "3 thousand and 400", "3 thousand 400", "3 thousand and 5 hundred", as translated
        # copy writes them.
        rf"(?P<wtail>(?<=(?i:{thousand}))(?:\s{{1,3}}(?i:{joiner}))?\s{{1,3}}\d{{1,3}}\s{{1,3}}(?i:{hundred})"
        rf"(?:\s{{1,3}}(?i:{joiner})\s{{1,3}}\d{{1,2}}(?![\d,.]))?"
        rf"|(?<=(?i:{thousand}))(?:\s{{1,3}}(?i:{joiner}))?\s{{1,3}}\d{{1,3}}(?![\d,.])"
        rf"(?!\s{{1,3}}(?i:{scale_alt})\b)"
        rf"|(?<=(?i:{hundred}))\s{{1,3}}(?i:{joiner})\s{{1,3}}\d{{1,2}}(?![\d,.]))?"
        rf"|(?P<sscale>{suffix_alt})(?![A-Za-z])"
        rf"|\s(?P<spaced>{spaced_suffix_alt})\b"
        # "m" and "b" are scales after a currency; "m" before a plural noun too ("35m users").
        rf"|(?(currency)(?P<cscale>{currency_scale_alt})(?![A-Za-z])"
        rf"|(?P<mscale>m)(?=\s{{1,3}}(?i:{plural})\b))"
        r"))?"
    )
    pct = (
        rf"(?:(?=[\s%A-Za-z])(?P<pct>\s{{0,2}}(?:{_alternation(percent_symbols, False)})"
        rf"|\s{{0,2}}(?i:{_alternation(percent_words)})\b|(?i:{_alternation(percent_glued)})\b))?"
    )
    # After the figure: a glued unit abbreviation is fine ("640bhp"); any other letter, or
    # more digits after ":", ".", "," or "/", makes the token no figure ("24th", "17:30").
    # (Written so that the common case, a space after the figure, is settled by the first test.)
    guard = (
        rf"(?!\d|[:.,/\u2044]\d|\s\d{{1,3}}[/\u2044]\d)"
        rf"(?:(?![A-Za-z])|(?=(?:{glued})(?![A-Za-z])))"
    )
    # "Su-24", "F.16": letters, then a dash or point, then digits name a model; "5k-20k" is a
    # range, so letters glued to digits before the dash do not count.
    # A qualifier glued with its hyphen ("sub-7 nanometre") is no model name.
    hyphened = [k[:-1] for k in data["qualifiers"] if k.endswith("-")]
    not_glued = rf"(?<!\b(?i:{_alternation(hyphened)})-)" if hyphened else ""
    plain_start = rf"(?<![\w.,:/])(?<!(?<!\d[A-Za-z]{{0,2}})[A-Za-z][.\-]{not_glued})"
    prefix = (
        rf"(?:(?<![\w-])(?P<minus>(?i:{minus}))(?:\s{{1,3}}|-)|{plain_start})"
        r"(?P<sign>[-\u2212+])?"
        rf"(?:(?P<currency>{currency_alt})\s?)?"
        r"(?P<sign2>(?<=[^\w\s])[-\u2212])?"
    )
    # A digit candidate with nothing written before it, the common case, skips the prefix
    # (its groups are kept, never matching, so that every variant has the same groups).
    no_prefix = rf"{plain_start}(?P<minus>(?!))?(?P<sign>(?!))?(?P<currency>(?!))?(?P<sign2>(?!))?"
    body = (
        rf"(?:{number})"
        r"(?P<exp>\s?\u00d7\s?10(?:\^|(?=[-\u2212]))?(?P<power>[-\u2212]?\d{1,3}))?)"
        rf"{scale}{pct}{guard}"
    )
    digits = rf"(?P<digits>{prefix}{body}"
    plain_digits = rf"(?P<digits>{no_prefix}{body}"
    core = (
        rf"(?P<vague>\b(?i:{_vague_pattern(scale_words)}))"
        rf"|(?P<fraction>\b(?P<fnum>(?i:{unit_alt}|{article}))"
        rf"(?:-(?P<fden>(?i:{fraction_alt}))\b|\s{{1,3}}(?P<fden2>(?i:{fraction_alt}))"
        rf"(?=\s{{1,3}}(?i:{of})\b))"
        # "a quarter of a million": the fraction of a scale word is one figure.
        rf"(?P<fscale>\s{{1,3}}(?i:{of})\s{{1,3}}(?i:{article})\s{{1,3}}(?i:{scale_alt})\b)?)"
        rf"|(?P<half>\b(?i:{half_alt})"
        rf"(?:\s{{1,3}}(?P<hscale>(?i:{article})\s{{1,3}}(?i:{scale_alt}))\b"
        rf"|(?=\s{{1,3}}(?i:{of})\b)))"
        rf"|{digits}"
        rf"|(?P<words>(?:(?P<wminus>(?i:{minus}))(?:\s{{1,3}}|-))?(?i:{word_number}))"
        rf"(?P<wpct>\s{{1,2}}(?i:{_alternation(percent_words)})\b)?"
    )

    # Where a figure's written prefix starts: a currency, a sign, "minus", a leading "." —
    # searched in the few characters before a digit so the core pattern can start there.
    # A currency may follow a qualifier glued with its hyphen: "a sub-$5 phone".
    glued_qualifier = rf"|(?<=\b(?i:{_alternation(hyphened)})-)" if hyphened else ""
    prefix_before = regex.compile(
        rf"(?:(?:(?<![\w.,)\]%-]){glued_qualifier})(?:(?i:{minus})(?:\s{{1,3}}|-))?"
        rf"(?:[-\u2212+]?(?:{currency_alt})\s?[-\u2212]?|[-\u2212+]))\.?$"
        r"|(?<![\w.,])\.$"
    )

    words = {*units, *tens, *scale_words, *fractions, *(w.lower() for w in data["half"])}
    words |= {w.lower() for w in data["minus"]}
    articles = {w.lower() for w in data["articles"]}
    after_article = {*scale_words, *fractions}
    for phrase in vague_words():
        first, _, rest = phrase.partition(" ")
        if first in articles and rest:
            after_article.add(rest.split()[0])
        else:
            words.add(first)
    either_case = sorted({word.capitalize() for word in words} | words)
    articles_either_case = sorted({word.capitalize() for word in articles} | articles)
    first_letters = "".join(sorted({word[0] for word in either_case + articles_either_case}))
    candidate_words = re.compile(
        rf"\b(?=[{first_letters}])(?:{_trie(either_case)}"
        rf"|{_trie(articles_either_case)}\s{{1,3}}{_trie(sorted(after_article))})"
    )
    upper_starts = frozenset(word[:3].upper() for word in words if len(word) >= 3)

    qualifiers = {" ".join(k.lower().split()): v for k, v in data["qualifiers"].items()}
    qualifier_before = regex.compile(
        rf"(?<![\w-])(?P<q>(?i:{_alternation(qualifiers)}))\s{{0,3}}$"
    )
    qualifier_last_words = frozenset(phrase.split()[-1] for phrase in qualifiers)
    bridges = [" ".join(b.lower().split()) for b in data["qualifier_bridges"]]
    bridge_before = regex.compile(rf"(?<![\w-])(?i:{_alternation(bridges)})\s{{1,3}}$")
    post = {_phrase(k.replace("-", " ")): v for k, v in data["post_qualifiers"].items()}
    post_words = [p for p in post if p[0].isalpha()]
    qualifier_after = regex.compile(
        r"(?P<post>\+(?!\s{0,2}\d)|-(?i:plus)\b"
        rf"|\s{{1,3}}(?i:{_alternation(post_words)})\b(?!\s{{0,3}}(?:\d|than\b|to\b)))"
    )
    joiners = _alternation(data["range_joiners"])
    # "10kg-20kg", "20 km to 30 km", "between 20 sorties and 30 sorties": a unit glued to the
    # first figure or one word after it, repeated after the second (checked in _range_link).
    range_gap = regex.compile(
        rf"(?:(?P<glued>{glued})|\s{{1,2}}(?P<spaced>[^\W\d_][^\s\d,;:()\-\u2013\u2014]{{0,15}}))?"
        rf"(?:\s{{0,2}}[-\u2013\u2014]\s{{0,2}}"
        rf"|\s{{1,3}}(?P<word>(?i:{joiners}))\s{{1,3}}|(?P<comma>,)\s{{1,2}})$"
    )
    bound_join = regex.compile(rf",?\s{{1,3}}(?i:{_alternation(data['bound_joiners'])})\s{{1,3}}")

    change_words = {k.lower(): v for k, v in data["change_words"].items()}
    change_alt = _alternation(change_words)
    # Before a figure: "rose ", "increased by ", "grow sales by ", "fell to ", "dip down to ".
    change_before = regex.compile(
        rf"(?<![\w-])(?P<w>(?i:{change_alt}))"
        r"(?:(?P<by>(?:\s{1,3}[\w-]{1,20}){0,3}?\s{1,3}(?i:by))"
        r"|(?P<to>(?:\s{1,3}[\w-]{1,20}){0,2}?\s{1,3}(?i:to)))?\s{1,3}$"
    )
    change_last_words = frozenset({*change_words, "by", "to"})
    # Before "from": "fell from ", "has dropped since October from ".
    change_before_from = regex.compile(
        rf"(?<![\w-])(?P<w>(?i:{change_alt}))(?:\s{{1,3}}[\w.,-]{{1,20}}){{0,3}}?\s{{1,3}}$"
    )
    change_unit_after = regex.compile(rf"\s{{1,3}}(?i:{_alternation(data['change_units'])})\b")
    # "from 208 pounds to 193", "from 20 mpg in 2008 to 29": a few words may sit between the
    # ends of a from-to pair (digits there are no figures, or they would be a core), but no
    # clause break.
    from_gap = regex.compile(r"(?:\s{1,3}[^\s,;:()]{1,20}){0,5}\s{1,3}(?i:to)\s{1,3}")
    out_of_gap = regex.compile(
        rf"\s{{1,3}}(?i:(?P<out_of>{_alternation(data['out_of'])})|{_alternation(data['ratio_in'])})"
        rf"(?:\s{{1,3}}(?i:{_alternation(data['ratio_every'])}))?\s{{1,3}}"
    )
    ratio_in_not_before = regex.compile(
        rf"\s{{1,3}}(?i:{_alternation(data['ratio_in_not_before'])})(?!\w)"
    )
    and_fractions = {" ".join(k.lower().split()): v for k, v in data["and_fractions"].items()}
    and_fraction = regex.compile(
        rf"\s{{1,3}}(?P<fraction>(?i:{_alternation(and_fractions)}))"
        rf"(?:\s{{1,3}}(?P<scale>(?i:{_alternation(scale_words)})))?(?!\w)"
        rf"(?!\s{{1,3}}(?i:{_alternation(data['of'])})\b)"  # "20 and a quarter of the buildings"
    )

    months = _months_alternation(language)
    month_before = regex.compile(rf"\b(?:{months}|{months.upper()})\.?\s{{1,3}}(?:the\s{{1,3}})?$")
    month_after = regex.compile(rf"^\s{{1,3}}(?:of\s{{1,3}})?(?:{months}|{months.upper()})\b")
    # The other end of a range of days: "October 1-7", "1-7 October".
    dated_month_before = regex.compile(
        rf"(?<![\d,.])\d{{1,2}}(?:st|nd|rd|th)?\s{{1,3}}(?:of\s{{1,3}})?"
        rf"(?:{months}|{months.upper()})\.?\s{{1,3}}$"
    )
    month_day_before = regex.compile(
        rf"\b(?:{months}|{months.upper()})\.?\s{{1,3}}\d{{1,2}}(?:st|nd|rd|th)?\s{{0,2}}[-\u2013]\s{{0,2}}$"
    )
    day_month_after = regex.compile(
        rf"^\s{{0,2}}[-\u2013]\s{{0,2}}\d{{1,2}}(?:st|nd|rd|th)?\s{{1,3}}(?:of\s{{1,3}})?"
        rf"(?:{months}|{months.upper()})\b"
    )
    # Words before a four-digit number that make it a year even when a plural noun follows
    # ("in 2014 airstrikes killed ..."). Weaker words ("of", "and") are left out: "a total of
    # 1354 sorties" is a count.
    year_context_before = regex.compile(
        r"(?:\b(?i:in|since|until|till|by|year|early|late|mid|spring|summer|autumn|winter|during"
        rf"|throughout)|\b(?:{months}))\.?,?\s{{1,3}}$|\d{{1,2}},\s{{1,3}}$|\(\s{{0,2}}$"
        # A month's day right before, its comma stripped: "Oct 21 2016".
        rf"|\b(?:{months}|{months.upper()})\.?\s{{1,3}}\d{{1,2}}\s{{1,3}}$"
    )
    # The first year of a pair before a number: "between 2012 and", "from 2014 to".
    year_prepositions = table("numbers", language, year_prepositions="words")["year_prepositions"]
    year_pair_before = regex.compile(
        rf"(?<![\w-])(?i:{_alternation(year_prepositions)})\s{{1,3}}(?:19|20)\d\d\s{{0,3}}"
        r"(?:[-\u2013]|(?i:and|to|until|through))\s{0,3}$"
    )
    longest_month = max(map(len, table("numbers", language, months="words")["months"]))
    month_reach = longest_month + len(".") + 3 + len("the") + 3 + 1  # + 1: the \b before it
    # A month, its full stop, a space, its day and a space ("Oct. 21 "), or a word of time.
    year_context_reach = (
        max(longest_month + len(".") + 3 + 2, len("throughout")) + len(".,") + 3 + 1
    )
    core_pattern = regex.compile(core, regex.VERSION0)
    # Digit candidates (most of them) are matched with the digits branch alone, and those with
    # nothing written before them without the prefix: each cut halves the cost of a match.
    digits_pattern = regex.compile(digits, regex.VERSION0)
    plain_pattern = regex.compile(plain_digits, regex.VERSION0)
    return _Grammar(
        language=language,
        core=core_pattern,
        core_digits=digits_pattern,
        core_plain=plain_pattern,
        prefix_before=prefix_before,
        spaced_currency_ends=tuple(f"{code} " for code in currencies),
        candidate_words=candidate_words,
        vulgar_chars="".join(vulgar),
        digits_groups={
            pattern: itemgetter(*(pattern.groupindex[name] - 1 for name in _DIGITS_GROUPS))
            for pattern in (core_pattern, digits_pattern, plain_pattern)
        },
        candidate_vulgar=re.compile(f"[{vulgar_class}]"),
        upper_starts=upper_starts,
        qualifier_before=qualifier_before,
        qualifier_last_words=qualifier_last_words,
        bridge_before=bridge_before,
        article_qualifiers=frozenset(_phrase(q) for q in data["article_qualifiers"]),
        bridge_last_words=frozenset(bridge.split()[-1] for bridge in bridges),
        articles=tables["articles"],
        phrase_to_qualifier=qualifiers,
        qualifier_after=qualifier_after,
        odd_after=regex.compile(rf"-(?i:{_alternation(data['odd_words'])})(?![\w-])"),
        idiom_after=regex.compile(
            rf"-(?i:{_alternation(data['idiom_compounds'])})(?![\w'\u2019])"
        ),
        post_qualifier=post,
        range_gap=range_gap,
        bound_join=bound_join,
        change_before=change_before,
        change_last_words=change_last_words,
        change_before_from=change_before_from,
        change_words=change_words,
        zero_side=regex.compile(
            rf"\s{{0,3}}(?:(?:{_alternation(data['zero_units'])})\s{{1,3}})?"
            rf"(?i:(?P<below>{_alternation(data['below_zero'])})"
            rf"|{_alternation(data['above_zero'])})\s{{1,3}}"
        ),
        particles=frozenset(w.lower() for w in data["particles"]),
        particle_verbs=frozenset(w.lower() for w in data["particle_verbs"]),
        needs_by_or_to=frozenset(w.lower() for w in data["needs_by_or_to"]),
        past_changes=frozenset(
            [
                *(w.lower() for w in data["past_changes"]),
                *(w for w in change_words if w.endswith("ed")),
            ]
        ),
        modals=frozenset(w.lower() for w in data["modals"]),
        change_unit_after=change_unit_after,
        from_gap=from_gap,
        out_of_gap=out_of_gap,
        ratio_in_not_before=ratio_in_not_before,
        and_fraction=and_fraction,
        and_fractions=and_fractions,
        and_fraction_openers=frozenset(phrase.split()[0] for phrase in and_fractions),
        of_after=regex.compile(rf"\s{{1,3}}(?i:{of})\b"),
        month_before=month_before,
        month_after=month_after,
        month_day_before=month_day_before,
        dated_month_before=dated_month_before,
        day_month_after=day_month_after,
        year_context_before=year_context_before,
        year_pair_before=year_pair_before,
        month_reach=month_reach,
        year_context_reach=year_context_reach,
        currencies=currencies,
        percent=percent,
        suffix_scales=suffix_scales,
        currency_scales=currency_scales,
        vulgar=vulgar,
        scale_words=scale_words,
    )


# Month names as one alternation, for the period patterns in periods.py (English).
MONTHS = _months_alternation(DEFAULT_LANGUAGE)

# Shapes that do not depend on the language.
_COUNT_NOUN_AFTER = regex.compile(r"^\s{1,3}(?:[a-z][a-z-]{0,30}s|aircraft|people|personnel)\b")
# The same after one capitalised word: "more than 1800 Daesh fighters", "2000 Russian troops".
_NAMED_COUNT_NOUN_AFTER = regex.compile(
    r"^\s{1,3}[A-Z][\w-]{1,20}\s{1,3}(?:[a-z][a-z-]{0,30}s|aircraft|people|personnel)\b"
)
_TIME_AFTER = regex.compile(
    r"^\s{0,2}(?:a\.m\.|p\.m\.|am\b|pm\b|(?i:gmt|utc|hrs|hours\s{1,3}(?:gmt|utc|local\s{1,3}time)"
    r"|local\s{1,3}time|msk|moscow\s{1,3}time)\b|[ap]\.?m\b)"
)
# The letters a time of day's marker after a number starts with (see _TIME_AFTER).
_TIME_FIRST_LETTERS = frozenset("aApPgGuUhHlLmM")
_PHONE = regex.compile(
    r"(?:\+\d{1,3}[\s.-]{0,2})?(?:\(\d{2,5}\)[\s.-]{0,2}|\d{2,5}[\s.-])\d{2,4}[\s.-]\d{2,4}"
    r"(?:[\s.-]\d{2,4})?"
)
# A separator every phone shape in _PHONE has ("+7 495", "(495)", "123-45-67", "12.34.56").
_PHONE_MARK = re.compile(r"[-()+.]")
# Two digit groups with one separator between: part of every phone shape in _PHONE.
_PHONE_GROUPS = regex.compile(r"\d\d[\s.-]\d\d")
_ONE_NOT_A_NUMBER_BEFORE = regex.compile(
    r"(?i:\b(?:no|any|every|each|the|this|someone|anyone|everyone|such|only|same"
    r"|one\s{1,3}by)"
    r"(?:\s{1,3}|-))$"
)
# After "that" or "which", "one" is a pronoun ("that one was hit", "which one of them") unless
# a noun follows, as after a verb of saying: "reported that one person was killed".
_ONE_AFTER_THAT = regex.compile(r"(?i:\b(?:that|which)\s{1,3})$")
_ONE_COUNTS_AFTER_THAT = regex.compile(
    r"\s{1,3}(?!(?:is|was|has|had|have|were|are|will|would|could|can|may|might|should|of|in|on"
    r"|at|by|for|to|and|or|but|the|a|an|side|day|way|thing|time|another)\b)[a-z]{3,20}\b"
)
# "one another", "one by one", "one day": no count. "one of the best" is one, as the NewsQuant
# gold annotates every such phrase; the claims table keeps it only with a counted noun.
_ONE_NOT_A_NUMBER_AFTER = regex.compile(r"^(?i:\s{1,3}(?:another|by\s{1,3}one|day)\b|')")
# A word with a capital after a small letter ("iPhone", "PlayStation") names a product, and a
# number right after it is part of the name: "iPhone 11", "PlayStation 5".
_BRAND = regex.compile(r"\(?[A-Za-z]{0,12}[a-z][A-Z][A-Za-z]{0,20}")
# A capitalised number word after a capitalised word is a name ("BBC One", "World War Two",
# "Air Force One"), unless a capitalised word follows (a title-case headline, "Russia Says Two
# Jets Downed") or a counted noun does (a sentence run on from a tag line: "Damascus Four
# civilians were killed"). A name runs across no line break: a one-word headline is no name's
# first word ("Drones // Two attack drones were shot down").
_CAPITALISED_BEFORE = regex.compile(r"(?<![.!?:]\s{1,3})\b[A-Z][A-Za-z&]{0,20}[ \t]{1,2}$")
_CAPITALISED_AFTER = regex.compile(r"^\s{1,3}[A-Z]")
# A season or a fiscal year written as a span, its second year cut to two digits: "2023-24".
_YEAR_SPAN_BEFORE = regex.compile(r"(?<!\d)(?:1[89]|20)\d\d[-\u2013]$")
_POSSESSIVE_ENDINGS = ("'s", "\u2019s", "s'", "s\u2019")
# A second count after a four-digit number, then its noun: "2000 and 3000 Ukrainian soldiers".
_COUNT_PAIR_AFTER = regex.compile(
    r"\s{0,3}(?:[-\u2013]|(?i:and|to))\s{0,3}(?P<second>\d{1,3}(?:,\d{3})+|\d{4,7})(?![\d,])"
)


def _count_pair_after(after: str, value: float) -> bool:
    """Whether a count of the same noun follows the number, making the two a range of counts:
    one no year could be ("2000 and 3000 soldiers"), or both round hundreds ("1900 and 2000
    Syrian troops"), not "2012 and 2015 Syrian troops"."""
    pair = _COUNT_PAIR_AFTER.match(after)
    if pair is None:
        return False
    second = float(pair.group("second").replace(",", ""))
    if not (second > 2100 or (value % 100 == 0 and second % 100 == 0)):
        return False
    rest = after[pair.end() :]
    return bool(_COUNT_NOUN_AFTER.match(rest) or _NAMED_COUNT_NOUN_AFTER.match(rest))


# "1600 and 1900", "1600-1900": the other end of the pair is a year (no count noun after it).
_YEAR_PAIR_AFTER = regex.compile(
    r"\s{0,3}(?:[-\u2013]|(?i:and|to|until|through))\s{0,3}(?:1[89]\d\d|20\d\d)\b"
    r"(?!\s{1,3}(?:[A-Z][\w-]{1,20}\s{1,3})?(?:[a-z][a-z-]{0,30}s|aircraft|people|personnel)\b)"
)
# "16-18 Industrial Avenue": an address may number a range of buildings.
_ADDRESS_RANGE = regex.compile(r"^[-\u2013]\d{1,5}[A-Za-z]?")


@lru_cache(maxsize=1)
def _name_prefix_pattern() -> tuple[regex.Pattern, int, tuple[str, ...]]:
    """The pattern of a name's prefix right before a number, the longest text it matches, and
    the strings such text ends with once trailing spaces are cut (a cheap first test)."""
    names = _quantities()["names"]
    prefixes = "|".join(regex.escape(p) for p in sorted(names["prefixes"], key=len, reverse=True))
    pattern = regex.compile(
        rf"(?:(?<![\w&])(?:{prefixes})\.?|#|\bNo\.)\s{{0,2}}(?:(?:No\.?|Number)\s{{0,2}})?$"
    )
    longest = max(map(len, names["prefixes"]))
    endings = tuple(
        {ending for p in names["prefixes"] for ending in (p, p + ".")}
        | {"#", "No", "No.", "Number"}
    )
    return pattern, longest + len(".") + 2 + len("Number") + 2 + 1, endings  # + 1: look-behind


@lru_cache(maxsize=1)
def _letter_designation_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    """The one letter before a number and the aircraft noun after it that together make the
    number a designation: "B |52| bombers"."""
    names = _quantities()["names"]
    letters = "|".join(regex.escape(x) for x in names["letter_designations"])
    nouns = "|".join(
        regex.escape(n) for n in sorted(names["letter_designation_nouns"], key=len, reverse=True)
    )
    return (
        regex.compile(rf"(?<![\w&.-])(?:{letters})[ \t]$"),
        regex.compile(rf"^[ \t]{{1,2}}(?:{nouns})(?![\w-])"),
    )


@lru_cache(maxsize=1)
def _model_after_pattern() -> regex.Pattern:
    suffixes = _quantities()["names"]["model_suffixes"]
    alternation = "|".join(regex.escape(s) for s in sorted(suffixes, key=len, reverse=True))
    return regex.compile(rf"\s(?:{alternation})(?![\w-])")


@lru_cache(maxsize=1)
def _street_after_pattern() -> regex.Pattern:
    suffixes = _quantities()["names"]["street_suffixes"]
    alternation = "|".join(regex.escape(s) for s in sorted(suffixes, key=len, reverse=True))
    return regex.compile(
        rf"\s{{1,2}}(?:(?:[A-Z][a-z]{{0,20}}|\d{{1,4}}(?:st|nd|rd|th))\s{{1,2}}){{0,2}}"
        rf"(?:{alternation})(?![a-z])"
    )


# --------------------------------------------------------------------------------------------
# Scanning
# --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Core:
    """A single number as found by the scan, before qualifiers and ranges are attached."""

    start: int
    end: int
    value: float
    scale: float  # the scale word's multiplier, 1 when none was written
    vague: VagueWord | None
    kind: str  # "digits", "words", "vague" or "fraction"
    unit: str = ""
    change: str = ""  # from a written sign: "+0.2%" is up, "-1.3%" down
    integer: bool = False  # written as a whole number without scale, unit or sign


def _is_excluded(
    grammar: _Grammar, text: str, start: int, end: int, value: float, kind: str, raw: str
) -> bool:
    """True if the number at text[start:end] is a date, time, year, phone, name or address."""
    before = text[max(0, start - 40) : start]
    after = text[end : end + 40]
    if kind == "words":
        if grammar.idiom_after.match(after):
            return True  # "six one-way attack drones", "a two-way street": idioms, no count
        if raw.lower() == "one" and (
            _ONE_NOT_A_NUMBER_BEFORE.search(before)
            or _ONE_NOT_A_NUMBER_AFTER.match(after)
            or (_ONE_AFTER_THAT.search(before) and not _ONE_COUNTS_AFTER_THAT.match(after))
        ):
            return True
        if raw[:1].isupper() and raw[1:2].islower() and _CAPITALISED_BEFORE.search(before):
            # "BBC One", "World War Two"; but "... Damascus Four civilians were killed" counts.
            return not _CAPITALISED_AFTER.match(after) and not _COUNT_NOUN_AFTER.match(after)
        return False
    if kind != "digits":
        return False
    # Every pattern below needs certain characters next to the number: a month, a name's prefix
    # or a brand before it ends in a letter or a full stop ("Sept. 30", "No. 5"), a time of day
    # after it starts with a letter. Testing those characters first spares most figures the
    # patterns, which are the bulk of a dense text's cost.
    space_before = before[-1:].isspace()
    space_after = after[:1].isspace()
    word_end_before = before.rstrip()[-1:]  # the last character of the word before
    wordy_before = word_end_before.isalpha() or word_end_before in (".", "#")
    is_whole = value == int(value) and "." not in raw
    if (
        is_whole
        and 1 <= value <= 31
        and (
            (
                space_before
                and wordy_before
                and grammar.month_before.search(before, max(0, len(before) - grammar.month_reach))
                # Not after a date whose day stands before its month: "On 3 March 12 soldiers
                # were killed" counts 12.
                and not grammar.dated_month_before.search(
                    before, max(0, len(before) - grammar.month_reach - 6)
                )
            )
            or (space_after and grammar.month_after.match(after))
            or (
                word_end_before in ("-", "\u2013")
                and grammar.month_day_before.search(before, max(0, len(before) - 24))
            )
            or (after.lstrip()[:1] in ("-", "\u2013") and grammar.day_month_after.match(after))
        )
    ):
        return True
    plain = raw.isdigit()
    year_context = max(0, len(before) - grammar.year_context_reach)
    if plain and len(raw) == 4 and 1800 <= value <= 2100:
        word_before = before.rsplit(None, 1)[-1].lower() if before.strip() else ""
        tables = _tables(grammar.language)
        counted = (
            _COUNT_NOUN_AFTER.match(after) is not None
            or (
                # Not after a determiner ("the 2016 US elections"), nor, unless a round
                # hundred, after a possessive or "from" ("Obama's 2014 Iraq airstrikes") or as
                # the second year of a pair ("Between 2012 and 2015 Syrian troops").
                _NAMED_COUNT_NOUN_AFTER.match(after) is not None
                and word_before not in tables["year_determiners"]
                and (
                    value % 100 == 0
                    or not (
                        word_before in tables["year_prepositions"]
                        or word_before.endswith(_POSSESSIVE_ENDINGS)
                        or grammar.year_pair_before.search(before, max(0, len(before) - 40))
                    )
                )
            )
            # The first of a pair of counts: "Between 2000 and 3000 Ukrainian soldiers".
            or _count_pair_after(after, value)
        )
        if not counted or grammar.year_context_before.search(before, year_context):
            return True
    if (
        plain
        and len(raw) == 4
        and 2100 < value < 2200
        and grammar.year_context_before.search(before, year_context)
    ):
        return True  # "by 2120"
    if plain and len(raw) == 4 and 1000 <= value < 1800 and _YEAR_PAIR_AFTER.match(after):
        return True  # "between 1600 and 1900": paired with a year, a year too
    if (
        plain
        and len(raw) == 2
        and word_end_before in ("-", "\u2013")
        and (year_span := _YEAR_SPAN_BEFORE.search(before)) is not None
        and (int(year_span.group()[:4]) + 1) % 100 == value
    ):
        return True  # "the 2023-24 season": the next year
    if (
        value <= 2400
        and after[:3].lstrip()[:1] in _TIME_FIRST_LETTERS
        and _TIME_AFTER.match(after)
    ):
        return True
    if wordy_before:
        prefix, reach, endings = _name_prefix_pattern()
        if before.rstrip().endswith(endings) and prefix.search(
            before, max(0, len(before) - reach)
        ):
            return True
    if space_before and word_end_before.isalpha():
        words = before.rsplit(None, 1)
        if words and _BRAND.fullmatch(words[-1]):
            return True
    if space_after and after[1:2].isupper() and _model_after_pattern().match(after):
        return True  # "11 Pro", "737 Max": a model's name
    if space_before and before[-2:-1].isupper():
        letter, noun = _letter_designation_patterns()
        if letter.search(before) and noun.match(after):
            return True  # "B 52 bombers": an aircraft's designation
    address = _ADDRESS_RANGE.match(after) if after[:1] in "-\u2013" else None
    position = address.end() if address else 0
    # A street name or suffix starts with a capital or an ordinal's digit ("5 Main Street",
    # "12 5th Avenue"): a number followed by a small word is no address, and most are.
    following = after[position : position + 3].lstrip()[:1]
    if (
        after[position : position + 1].isspace()
        and (following.isupper() or following.isdigit())
        and _street_after_pattern().match(after, position)
    ):
        return True
    if len(raw) < 2 and before[-1:] != "+":
        return False  # a phone's digit groups have two digits or more, bar a country code
    window_start = max(0, start - 20)
    window = text[window_start : end + 20]
    if not _PHONE_MARK.search(window) or not _PHONE_GROUPS.search(window):
        return False  # every phone shape below has such a separator and two digit groups
    for phone in _PHONE.finditer(text, window_start, min(len(text), end + 20)):
        if phone.start() <= start and phone.end() >= end:
            digits = sum(ch.isdigit() for ch in phone.group())
            if digits >= 7 and any(mark in phone.group() for mark in ".()+-"):
                return True
    return False


# Where a number can start besides word starts: digits, or a run of capitals (upper-case
# number words match case-insensitively: "FIVE HUNDRED"); also a web address, whose digits are
# never figures.
_CANDIDATE_DIGITS = regex.compile(r"\d+")
_ASCII_DIGITS = re.compile(r"[0-9]+")
# ASCII only: the stdlib engine reads it the same, faster.
_CANDIDATE_CAPITALS = re.compile(r"[A-Z]{2,}")
_CANDIDATE_ADDRESS = re.compile(r"https?://|www\.|@")
_TOKEN_END = re.compile(r"[\s<>\"]")


def _candidate_starts(grammar: _Grammar, text: str) -> list[int]:
    """Sorted offsets where a number can start, outside web addresses and e-mail handles.

    Each shape has its own pattern on the engine that scans it fastest (a combined alternation
    scans at half the speed), and the full pattern is then tried only at those offsets.
    """
    upper = grammar.upper_starts
    # In ASCII text (most news) a digit is 0-9, which the stdlib engine finds faster.
    digits = _ASCII_DIGITS if text.isascii() else _CANDIDATE_DIGITS
    starts = [m.start() for m in digits.finditer(text)]
    starts += [m.start() for m in grammar.candidate_words.finditer(text)]
    starts += [
        m.start() for m in _CANDIDATE_CAPITALS.finditer(text) if m.group()[:3] in upper
    ]  # "ISIS", "UN", "RT": runs of capitals that are no number word are dropped here
    if any(char in text for char in grammar.vulgar_chars):  # rare: skip the scan otherwise
        starts += [m.start() for m in grammar.candidate_vulgar.finditer(text)]
    starts.sort()
    starts = _outside_dense_tokens(text, starts)
    addresses = []
    for address in _CANDIDATE_ADDRESS.finditer(text):
        if addresses and address.start() < addresses[-1][1]:
            # Inside the token of the address before: its end is this one's too. Searching
            # again from every "@" of "@@@@..." would read the token once per "@".
            continue
        # The rest of the token is skipped, so the digits of a URL are never figures.
        token_end = _TOKEN_END.search(text, address.start())
        addresses.append((address.start(), token_end.start() if token_end else len(text)))
    if not addresses:
        return starts
    # Both lists are sorted, so one walk drops the starts inside an address.
    kept = []
    position = 0
    for start in starts:
        while position < len(addresses) and addresses[position][1] <= start:
            position += 1
        if position == len(addresses) or start < addresses[position][0]:
            kept.append(start)
    return kept


# "-3-3-3-3-3...", "½½½½...", "+0.2%+0.2%+0.2%...": more figures glued into one token than any
# written figure has parts (a trillion with separators has five, a phone number five or six)
# is debris from a table or an encoding fault, not prose. Reading each of its numbers would
# cost the scan a figure's work per character or two, and none of them is a claim.
MAX_NUMBERS_PER_TOKEN = 8
_WHITESPACE = re.compile(r"\s")


def _outside_dense_tokens(text: str, starts: list[int]) -> list[int]:
    """``starts`` without those in a whitespace-free token holding more than 8 of them."""
    if len(starts) <= MAX_NUMBERS_PER_TOKEN:
        return starts
    kept: list[int] = []
    token = [starts[0]]
    # Neighbouring starts share a token when no whitespace lies between them; each gap is
    # searched once, so the walk reads the text at most once.
    for start in starts[1:]:
        if _WHITESPACE.search(text, token[-1], start) is None:
            token.append(start)
            continue
        if len(token) <= MAX_NUMBERS_PER_TOKEN:
            kept += token
        token = [start]
    if len(token) <= MAX_NUMBERS_PER_TOKEN:
        kept += token
    return kept


def _candidate_matches(grammar: _Grammar, text: str):
    """Matches of the core patterns, tried only where a number can start."""
    last_end = 0
    for position in _candidate_starts(grammar, text):
        if position < last_end:
            continue
        char = text[position]
        if char.isdigit() or char in grammar.vulgar_chars:
            # A digit can only start the digits branch, whose pattern alone is much faster.
            match = None
            if position and (
                not text[position - 1].isspace()
                or text.endswith(grammar.spaced_currency_ends, max(0, position - 6), position)
            ):
                # A currency, sign or leading decimal point written before the digits, or a
                # currency and one space ("USD 10m", "Rs 500").
                prefix = grammar.prefix_before.search(text, max(last_end, position - 12), position)
                if prefix is not None and prefix.start() < position:
                    match = grammar.core_digits.match(text, prefix.start())
                    if match is not None and match.end() <= position:
                        match = None
            if match is None:
                match = grammar.core_plain.match(text, position)
        else:
            match = grammar.core.match(text, position)
        if match is not None and match.end() > match.start():
            last_end = match.end()
            yield match


_DIGITS_GROUPS = (
    "currency", "pct", "sign", "minus", "sign2", "slash", "vulgar_only", "number", "exp",
    "vulgar", "wscale", "wtail", "sscale", "spaced", "cscale", "mscale",
)  # fmt: skip


def _digits_core(grammar: _Grammar, text: str, match) -> _Core | None:
    """The figure of a ``digits`` match, or None when it is no figure (a date, a bare 9/11)."""
    start, end = match.span()
    if not match.group().isascii() and ascii_digits(match.group()) is None:
        return None  # a digit newer than this Python's Unicode tables: int() would raise
    # One call for every group: looking groups up by name is a large part of the scan's cost.
    (currency, pct, sign, minus, sign2, slash, vulgar_only, raw, exp, vulgar, wscale, wtail,
     sscale, spaced, cscale, mscale) = grammar.digits_groups[match.re](match.groups())  # fmt: skip
    unit = grammar.currencies.get(_currency_key(currency), "") if currency else ""
    if pct:
        unit = grammar.percent.get(" ".join(pct.lower().split()), "%")
    negative = bool(minus or sign2) or sign in ("-", "\u2212")
    change = "up" if sign == "+" else ""
    if slash:
        numerator, denominator = int(match.group("num")), int(match.group("den"))
        whole = match.group("whole")
        if denominator < 2 or numerator >= denominator:
            return None  # "24/7", "11/9": a schedule or a date, not a fraction
        if slash == "/" and not whole and not grammar.of_after.match(text, match.end("den")):
            return None  # "9/11", "3/4": a date or a score more often than a fraction
        value = numerator / denominator + (int(whole) if whole else 0)
        return _Core(
            start, end, -value if negative else value, 1.0, None, "fraction", unit, change
        )
    if vulgar_only:
        return _Core(start, end, grammar.vulgar[vulgar_only], 1.0, None, "fraction", unit, change)
    value = _parse_digits("0" + raw if raw[0] == "." else raw)
    if value is None:
        return None
    if exp:
        value *= 10.0 ** int(match.group("power").replace("\u2212", "-"))
    if vulgar:
        value += grammar.vulgar[vulgar]
    scale = 1.0
    if wscale:
        for word in wscale.lower().split():
            scale *= grammar.scale_words[word]
        if wtail:
            tail = _parse_words(wtail, grammar.language)
            if tail is None:
                return None
            value, scale = value * scale + tail, 1.0  # "4 thousand 3 hundred and 21" is 4321
    elif sscale or spaced:
        scale = grammar.suffix_scales[sscale or spaced]
    elif cscale:
        scale = grammar.currency_scales[cscale]
    elif mscale:
        scale = grammar.currency_scales.get("m", 1e6)
    if currency == "PS" and (
        (scale == 1.0 and raw.isdigit() and len(raw) <= 2) or text[match.end("currency")].isspace()
    ):
        return None  # "PS5": a games console, "PS 122": a school (see "PS" in the currencies)
    if negative and unit == "%" and not change:
        change = "down"  # "-1.3%": a fall of 1.3 per cent, as markets write it
    # A currency, a percentage, a sign or a scale says the digits are a figure; a phone
    # number ("+7 495 ...") is still checked.
    plain = scale == 1.0 and not unit and not negative and not vulgar
    if plain and _is_excluded(grammar, text, match.start("number"), end, value, "digits", raw):
        return None
    value *= scale
    integer = plain and not change and raw.isdigit()
    return _Core(
        start, end, -value if negative else value, scale, None, "digits", unit, change, integer
    )


def _currency_key(written: str) -> str:
    """The table key of a currency as written: "US $" is "US$"."""
    return "".join(written.split())


def _scan_cores(grammar: _Grammar, text: str) -> list[_Core]:
    cores: list[_Core] = []
    vague_table = vague_words()
    for match in _candidate_matches(grammar, text):
        start, end = match.span()
        if match.re is not grammar.core:
            core = _digits_core(grammar, text, match)
            if core is not None:
                cores.append(core)
            continue
        vague, fraction, half, words = match.group("vague", "fraction", "half", "words")
        if vague is not None:
            phrase = " ".join(vague.lower().split())
            word = vague_table[phrase]
            cores.append(_Core(start, end, word.value, 1.0, word, "vague"))
        elif fraction is not None:
            numerator_word = match.group("fnum").lower()
            tables = _tables(grammar.language)
            numerator = tables["units"].get(numerator_word, 1.0)  # an article stands for one
            denominator_word = (match.group("fden") or match.group("fden2")).lower()
            plural = denominator_word.endswith("s")
            if numerator < 1 or plural != (numerator > 1):
                continue  # "one thirds", "two third", "zero-thirds": no fraction
            denominator = tables["fractions"][denominator_word]
            value, kind, scale = numerator / denominator, "fraction", 1.0
            if match.group("fscale"):
                scale = grammar.scale_words[match.group("fscale").split()[-1].lower()]
                value, kind = value * scale, "words"
            cores.append(_Core(start, end, value, scale, None, kind))
        elif half is not None:
            scale = 1.0
            if match.group("hscale"):
                scale = grammar.scale_words[match.group("hscale").split()[-1].lower()]
            cores.append(
                _Core(start, end, 0.5 * scale, scale, None, "fraction" if scale == 1 else "words")
            )
        elif words is not None:
            raw = words
            end = match.end("words")
            if match.group("wminus"):
                raw = raw[match.end("wminus") - start :].lstrip(" -")
            idiom = grammar.idiom_after.match(text, end) is not None and " " in raw.strip()
            if idiom:
                # "six one-way attack drones": the last word is the idiom's, the rest counts.
                raw = raw.rstrip()
                last = raw.rsplit(None, 1)[-1]
                end = len(text[: text.rfind(last, start, end)].rstrip())
                raw = raw[: -len(last)].rstrip()
            value = _parse_words(raw, grammar.language)
            if value is None or _is_excluded(grammar, text, start, end, value, "words", raw):
                continue
            if not idiom:
                end = match.end()
            scale = 1.0
            for word, multiplier in grammar.scale_words.items():
                if raw.lower().rstrip().endswith(word):
                    scale = multiplier
            if match.group("wminus"):
                value = -value
            unit = "%" if match.group("wpct") else ""
            integer = scale == 1.0 and not unit
            cores.append(_Core(start, end, value, scale, None, "words", unit, integer=integer))
        else:
            core = _digits_core(grammar, text, match)
            if core is not None:
                cores.append(core)
    return cores


def _qualifier_before(
    grammar: _Grammar, text: str, start: int, floor: int
) -> tuple[str | None, int]:
    window_start = max(floor, start - 40)
    # Most numbers follow no qualifier: the word right before them says so without a search.
    before = text[window_start:start].rsplit(None, 1)
    last_word = before[-1].lstrip("([\"'\u201c").lower() if before else ""
    if last_word in grammar.bridge_last_words:
        # "at least another 20": the qualifier before the bridge bounds the number.
        bridge = grammar.bridge_before.search(text, window_start, start)
        if bridge is not None:
            qualifier, qualifier_start = _qualifier_before(grammar, text, bridge.start(), floor)
            if qualifier is not None:
                return qualifier, qualifier_start
        return None, start
    if last_word in grammar.articles:
        # "about a 6% drop": the article's qualifier, when it is one that bounds an adjective.
        article_start = window_start + len(text[window_start:start].rstrip()) - len(before[-1])
        qualifier, qualifier_start = _qualifier_before(grammar, text, article_start, floor)
        written = _phrase(text[qualifier_start:article_start])
        if qualifier is not None and written in grammar.article_qualifiers:
            return qualifier, qualifier_start
        return None, start
    if last_word not in grammar.qualifier_last_words:
        return None, start
    match = grammar.qualifier_before.search(text, window_start, start)
    if match is None:
        return None, start
    phrase = " ".join(match.group("q").lower().split())
    return grammar.phrase_to_qualifier[phrase], match.start("q")


def _shared_scale_low(left: _Core, right: _Core) -> float:
    """Low end of a range, with a scale written only once: "$2-3 million", "5 to 7 thousand"."""
    if left.scale == 1.0 and right.scale != 1.0 and left.value < right.value / right.scale:
        return left.value * right.scale
    return left.value


def _shared_scale_start(left: _Core, right: _Core) -> float:
    """Start of a change, applying a scale written only once: "from 24.2 to 33 billion".

    The start takes the end's scale when, so scaled, it comes within a factor of ten of the end
    ("from 5 to 3 million" is 5 million; "from 500 to 3 million" stays 500).
    """
    if left.scale == 1.0 and right.scale != 1.0 and left.kind == right.kind == "digits":
        scaled = left.value * right.scale
        if right.value and 0.1 <= scaled / right.value <= 10:
            return scaled
    return left.value


def _units_agree(left: _Core, right: _Core) -> bool:
    """Whether two figures can end one range: "US $89 to $93 billion" can, "5% to $84" not."""
    if not left.unit or not right.unit or left.unit == right.unit:
        return True
    dollars = {left.unit, right.unit}
    return "$" in dollars and all(unit.endswith("$") for unit in dollars)


def _is_score(text: str, left: _Core, right: _Core) -> bool:
    """ "2-0", "89-89": a tally of a game or a vote, where a range would rise."""
    return (
        left.integer
        and right.integer
        and right.value <= left.value
        and text[left.end : right.start] in ("-", "\u2013")
    )


def _range_link(
    grammar: _Grammar,
    text: str,
    left: _Core,
    right: _Core,
    qualifier: str | None,
    start: int | None = None,
) -> bool:
    """Whether two neighbouring cores form one range ("5,000-7,000", "between 5 and 7");
    ``start`` is where the left figure's words begin, its qualifier's when it has one."""
    if right.start == left.end:
        return False  # nothing between them: every range has a dash, a word or a comma
    gap = grammar.range_gap.match(text, left.end, right.start)
    if gap is None:
        return False
    word = (gap.group("word") or "").lower()
    glued = gap.group("glued")
    if glued and not text.startswith(glued, right.end):
        return False
    spaced = gap.group("spaced")
    if spaced:
        # A word joins "20 km to 30 km", and so does a dash with no space ("20 km\u201330 km");
        # a spaced dash or a comma after a word breaks the clause ("20 people - 30 people were
        # hurt").
        joiner = text[gap.end("spaced") : right.start]
        glued_dash = joiner in ("-", "\u2013", "\u2014")
        space_before = text[left.end : gap.start("spaced")]
        if not (word or glued_dash) or not _same_word_after(text, right.end, space_before, spaced):
            return False
    if (left.kind == "vague") != (right.kind == "vague"):
        return False
    if left.kind == "vague":
        return word in ("or", "to") or bool(gap.group("comma"))  # "hundreds, thousands"
    if gap.group("comma"):
        return False
    if word == "and" and qualifier != "between":
        return False  # "and" joins a range only after "between"
    if qualifier == "between" and word not in ("and", "to", ""):
        return False  # "between 5 or 6" is no range; "between seven to 10" is
    if not _units_agree(left, right) or right.change or left.change:
        return False
    if (
        left.unit == "%"
        and right.unit != "%"
        and qualifier != "between"
        and _change_word_before(grammar, text, left.start if start is None else start, 0)
    ):
        # "surged 30% to 855p", "closed down 1.1% or 83.6 points": a change in per cent and
        # the level or amount it came to ("support of 40% to 45" stays a range).
        return False
    if qualifier not in ("between", "from") and word == "to":
        # After a word of change, "X to Y" with both ends written in full is an amount and
        # the level it reached ("increased by $43.6 billion to $419.2 billion", "by 20 sorties
        # to 84 sorties"), and so are two whole counts far apart after a reported change ("the
        # toll rose by 12 to 47", "by nearly 12 to 47"): a range's ends are seldom more than a
        # few times apart. Bare "by 1 to 1.5 degrees", "by 10 to 20" and a forecast "could
        # rise by 20 to 100" stay ranges.
        start = left.start if start is None else start
        in_full = (left.unit and right.unit) or (left.scale != 1.0 and right.scale != 1.0)
        in_full = in_full or glued or spaced
        if in_full or _amount_and_level(text, start, left, right):
            change = _change_word_before(grammar, text, start, 0)
            if change is not None and (in_full or _reported_change(grammar, text, change)):
                return False
    return _shared_scale_low(left, right) < right.value


# After a word of change and "by", two whole counts more than this many times apart are an
# amount and a level, not a range ("rose by 12 to 47"; "by 10 to 20" is a range).
_LEVEL_OVER_AMOUNT = 3
_BY_JUST_BEFORE = regex.compile(r"\bby\s{1,3}$")


def _amount_and_level(text: str, start: int, left: _Core, right: _Core) -> bool:
    """Whether "by X to Y" reads as an amount and the level it reached ("rose by 12 to 47");
    ``start`` is where X's words begin ("nearly 12")."""
    # "dropped by 14,000 to 2.99 million": a whole amount, and a level with a scale word that
    # the amount cannot share ("by 2 to 3 million" shares it: a range).
    scaled_level = (
        right.scale != 1.0
        and not right.unit
        and left.kind == "digits"
        and left.scale == 1.0
        and not left.unit
        and left.value.is_integer()
        and left.value * right.scale > right.value
    )
    return (
        (left.integer and right.integer or scaled_level)
        and 0 < left.value
        and right.value > _LEVEL_OVER_AMOUNT * left.value
        and _BY_JUST_BEFORE.search(text, max(0, start - 6), start) is not None
    )


def _reported_change(grammar: _Grammar, text: str, change) -> bool:
    """Whether a change phrase reports a change made ("rose by", "has fallen by"), not a
    forecast or a plan ("could rise by", "may have risen by", "to raise rates by")."""
    verb = _phrase(change.group("w"))
    if verb not in grammar.past_changes:
        return False
    words_before = text[max(0, change.start() - 30) : change.start()].lower().split()[-3:]
    return not any(word in grammar.modals for word in words_before)


def _same_word_after(text: str, end: int, space: str, word: str) -> bool:
    """Whether ``space`` and ``word`` follow ``end`` as a whole word (" km" after "30")."""
    after = end + len(space) + len(word)
    return (
        text.startswith(space, end)
        and text.startswith(word, end + len(space))
        and not text[after : after + 1].isalnum()
    )


def _merge_vague_multipliers(grammar: _Grammar, text: str, cores: list[_Core]) -> list[_Core]:
    """Join "several hundred", "a few thousand", "a couple of dozen", "several hundred
    thousand" into one vague core (a vague word and bare scale words; "dozens of thousands"
    stays two)."""
    merged: list[_Core] = []
    for core in cores:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and previous.kind == "vague"
            and core.kind == "words"
            and core.value >= 12  # "several dozen", "a couple of hundred"
            and all(  # not "a dozen", "two hundred"
                word in grammar.scale_words for word in text[core.start : core.end].lower().split()
            )
            and _VAGUE_MULTIPLIER_GAP.fullmatch(text, previous.end, core.start)
        ):
            word = previous.vague
            scaled = VagueWord(
                phrase=f"{word.phrase} {text[core.start : core.end].lower()}",
                low=word.low * core.value,
                high=word.high * core.value,
                value=word.value * core.value,
                needs_of=False,
            )
            merged[-1] = _Core(previous.start, core.end, scaled.value, core.scale, scaled, "vague")
            continue
        merged.append(core)
    return merged


_VAGUE_MULTIPLIER_GAP = regex.compile(r"\s{1,3}(?:of\s{1,3})?")


def _merge_zero_sides(grammar: _Grammar, text: str, cores: list[_Core]) -> list[_Core]:
    """Join "50 degrees below zero" (-50) and "35 above zero" (35) into one core: the zero is
    the scale's, no figure of its own."""
    merged: list[_Core] = []
    for core in cores:
        side = None
        if (
            merged
            and core.kind == "words"
            and core.value == 0
            and not merged[-1].change
            and not merged[-1].unit  # "5 basis points above zero" keeps its unit
        ):
            side = grammar.zero_side.fullmatch(text, merged[-1].end, core.start)
        if side is None:
            merged.append(core)
            continue
        figure = merged[-1]
        value = -figure.value if side.group("below") else figure.value
        merged[-1] = _Core(figure.start, core.end, value, figure.scale, None, figure.kind)
    return merged


def _merge_and_fractions(grammar: _Grammar, text: str, cores: list[_Core]) -> list[_Core]:
    """Join "five and a half" (5.5) and "one and a half million" (1.5 million) into one core."""
    merged: list[_Core] = []
    skip_until = -1
    for core in cores:
        if core.start < skip_until:
            continue  # the scale word of "one and a half million", taken into the core before
        # Every "and a half" starts with a space and its first word ("and"): testing the
        # word first spares most figures the pattern.
        following = text[core.end : core.end + 12].split(None, 1) if core.integer else []
        match = (
            grammar.and_fraction.match(text, core.end)
            if following and following[0].lower() in grammar.and_fraction_openers
            else None
        )
        if match is None:
            merged.append(core)
            continue
        value = core.value + grammar.and_fractions[_phrase(match.group("fraction"))]
        scale = 1.0
        if match.group("scale"):
            scale = grammar.scale_words[match.group("scale").lower()]
        end = match.end()
        merged.append(_Core(core.start, end, value * scale, scale, None, core.kind, core.unit))
        skip_until = match.end()
    return merged


def _merge_ratios(grammar: _Grammar, text: str, cores: list[_Core]) -> list[_Core]:
    """Join "one out of three", "one in every four" into the fraction 1/3, 1/4 when the first
    number is the smaller; with "in", only when the second is no year and no unit of time
    follows it ("killed 3 in 10 days", "12 in 2015")."""
    merged: list[_Core] = []
    for core in cores:
        previous = merged[-1] if merged else None
        gap = (
            grammar.out_of_gap.fullmatch(text, previous.end, core.start)
            if previous is not None
            and previous.integer
            and core.integer
            and 0 < previous.value < core.value
            else None
        )
        if gap is not None and gap.group("out_of") is None:
            year = _YEAR_DIGITS.fullmatch(text, core.start, core.end) is not None
            timed = grammar.ratio_in_not_before.match(text, core.end) is not None
            gap = None if year or timed else gap
        if gap is not None:
            merged[-1] = _Core(
                previous.start, core.end, previous.value / core.value, 1.0, None, "fraction"
            )
            continue
        merged.append(core)
    return merged


_YEAR_DIGITS = re.compile(r"1[89]\d\d|2[01]\d\d")

# --------------------------------------------------------------------------------------------
# Mentions
# --------------------------------------------------------------------------------------------

_LOWER_BOUNDS = ("more_than", "at_least")
_UPPER_BOUNDS = ("less_than", "at_most")


def figure_at(text: str, start: int, *, language: str = DEFAULT_LANGUAGE) -> NumberMention | None:
    """The figure that starts at ``start`` ("killed 20", "injured 1.9 million"), read from the
    40 characters there (offsets relative to ``start``), else None. The first character or
    word is tested first, so most callers are spared the full scan."""
    head = text[start : start + 40]
    if not head:
        return None
    grammar = _grammar(language)
    if not (
        head[0].isdigit()
        or head[0] in "$\u20ac\u00a3\u00a5\u20b9-+"
        or grammar.candidate_words.match(head)
        or (head[:3].isupper() and head[:3] in grammar.upper_starts)
    ):
        return None
    found = find(head, language=language)
    return found[0] if found and found[0].start == 0 else None


def ratio_parts(
    text: str, mention: NumberMention, *, language: str = DEFAULT_LANGUAGE
) -> tuple[NumberMention, NumberMention] | None:
    """The two counts a ratio joins ("shot down two out of three drones": two, then three), as
    mentions of ``text``; None when ``mention`` is no "out of" ratio."""
    if " " not in mention.text or not 0 < mention.high < 1:
        return None
    grammar = _grammar(language)
    gap = grammar.out_of_gap.search(text, mention.start, mention.end)
    if gap is None or gap.group("out_of") is None:
        return None
    parts = []
    for start, end in ((mention.start, gap.start()), (gap.end(), mention.end)):
        found = find(text[start:end], language=language)
        if len(found) != 1:
            return None
        parts.append(replace(found[0], start=found[0].start + start, end=found[0].end + start))
    return parts[0], parts[1]


def has_figure(text: str, *, language: str = DEFAULT_LANGUAGE) -> bool:
    """Whether a short text holds a figure ("two IS commanders"); the scan runs only where a
    digit, a number word or a run of capitals could start one."""
    grammar = _grammar(language)
    if not (
        any(char.isdigit() for char in text)
        or grammar.candidate_words.search(text)
        or _CANDIDATE_CAPITALS.search(text)
        or any(char in text for char in grammar.vulgar_chars)
    ):
        return False
    return bool(find(text, language=language))


def find(text: str, language: str = DEFAULT_LANGUAGE) -> list[NumberMention]:
    """Every number or numeric range in ``text``, in order of position.

    Parameters
    ----------
    text:
        Any string. Offsets in the result index into it.
    language:
        Code of the word tables to read it with (``figures_lib/lang/<code>/numbers.toml``).

    Returns
    -------
    list of NumberMention, non-overlapping, sorted by ``start``.

    Raises
    ------
    TypeError
        If ``text`` is not a str.
    figures_lib.errors.FiguresInputError
        If ``language`` has no word tables, or its tables are malformed.

    Examples
    --------
    >>> [(m.text, m.low, m.qualifier) for m in find("flew more than 2 thousand sorties")]
    [('more than 2 thousand', 2000.0, 'more_than')]
    >>> [(m.text, m.unit, m.change) for m in find("Shares rose 5% to $84.")]
    [('5%', '%', 'up'), ('$84', '$', '')]
    >>> fell = find("Exports fell from 208 to 193.")
    >>> [(m.text, m.change, m.previous.text) for m in fell]
    [('193', 'down', '208')]
    """
    if not isinstance(text, str):
        raise TypeError(f"find() needs a str, got {type(text).__name__}")
    grammar = _grammar(language)
    cores = _scan_cores(grammar, text)
    cores = _merge_ratios(grammar, text, _merge_vague_multipliers(grammar, text, cores))
    cores = _merge_zero_sides(grammar, text, _merge_and_fractions(grammar, text, cores))
    mentions: list[NumberMention] = []
    floor = 0
    index = 0
    while index < len(cores):
        core = cores[index]
        qualifier, start = _qualifier_before(grammar, text, core.start, floor)
        following = cores[index + 1] if index + 1 < len(cores) else None
        new: list[NumberMention] = []
        if following is not None and _is_score(text, core, following):
            index += 2
            floor = following.end
            continue
        direction = None
        from_start = start if qualifier == "from" else _from_before(text, start, floor)
        if following is not None and from_start is not None:
            direction = _change_from(grammar, text, core, following, from_start, floor)
        if direction is not None:
            # "fell from 208 to 193": one change, the level it reached (which may be a range,
            # "from 24.2 to 33-35 billion") with the start as written for its `previous`.
            right, end_core, used = _level_reached(grammar, text, cores, index + 1, core.end)
            index += 1 + used
            value = _shared_scale_start(core, end_core)
            if qualifier == "from":  # else the start's own bound: "from about 20 to 35"
                qualifier, start = None, core.start
            left = _single_mention(grammar, text, core, qualifier, start, value=value)
            if right.unit and not left.unit:
                left = _with(left, unit=right.unit)  # "from 5 to 7%": both are percentages
            new = [_with(right, change=direction, previous=left)]
        elif following is not None and (
            _range_link(grammar, text, core, following, qualifier, start)
            or (qualifier == "from" and _from_range(grammar, text, core, following))
        ):
            new = [_range_mention(text, core, following, qualifier, start)]
            index += 2
            after = cores[index] if index < len(cores) else None
            if qualifier == "from" and after is not None:
                # "rose from 10-15 a day to 30-40": a change that starts from a range.
                direction = _change_from(grammar, text, following, after, start, floor)
                if direction is not None:
                    right, _, used = _level_reached(grammar, text, cores, index, following.end)
                    index += used
                    left = _range_mention(text, core, following, None, core.start)
                    new = [_with(right, change=direction, previous=left)]
        else:
            if qualifier in ("between", "from"):
                qualifier, start = None, core.start
            new = [_single_mention(grammar, text, core, qualifier, start)]
            index += 1
            if new[0].qualifier in _LOWER_BOUNDS + _UPPER_BOUNDS and following is not None:
                bound = _compound_bound(grammar, text, new[0], following)
                if bound is not None:
                    new = [bound]
                    index += 1
        for mention in new:
            if mentions and mention.qualifier in ("exact", "range"):
                mention = _restated(text, mentions[-1], mention)
            if not mention.change:
                change = _change_of(grammar, text, mention, floor)
                if not change and mentions:
                    change = _elliptical_change(text, mentions[-1], mention)
                if change:
                    mention = _with(mention, change=change)
            mentions.append(mention)
            floor = mention.end
    return mentions


# "more than 7.5 million crowns (US $1.1 million)", "under 296 hp (224 kW / 300 PS)": a figure
# in brackets right after another, with only unit words between, restates it in another unit.
_RESTATED_GAP = regex.compile(r"(?:\s{1,3}[^\s\d()]{1,20}){0,3}\s{0,2}\(\s{0,2}")
_RESTATED_NEXT_GAP = regex.compile(r"(?:\s{1,3}[^\s\d()]{1,20}){0,2}\s{0,2}[/,;=]\s{0,2}")


def _restated(text: str, previous: NumberMention, mention: NumberMention) -> NumberMention:
    """A bracketed restatement takes the bound and the change of the figure it restates."""
    if previous.qualifier in ("exact", "vague") and not previous.change:
        return mention
    opening = _RESTATED_GAP.fullmatch(text, previous.end, mention.start)
    if opening is None:
        # The second figure in one pair of brackets: "(224 kW / 300 PS)".
        inside = _RESTATED_NEXT_GAP.fullmatch(text, previous.end, mention.start)
        if inside is None or "(" not in text[max(0, previous.start - 2) : previous.start]:
            return mention
    changes = {"change": mention.change or previous.change}
    if mention.qualifier == "exact" and previous.qualifier not in ("exact", "vague", "range"):
        low, high, low_inclusive, high_inclusive = _bounds(mention.low, previous.qualifier)
        changes.update(
            low=low, high=high, low_inclusive=low_inclusive, high_inclusive=high_inclusive,
            qualifier=previous.qualifier,
        )  # fmt: skip
    return _with(mention, **changes)


def _with(mention: NumberMention, **changes) -> NumberMention:
    fields = {name: getattr(mention, name) for name in NumberMention.__slots__}
    fields.update(changes)
    return NumberMention(**fields)


def _with_post_qualifier(grammar: _Grammar, text: str, end: int) -> tuple[str | None, int]:
    following = text[end : end + 4]
    if following[:1] not in ("+", "-") and not (
        following[:1].isspace() and following.lstrip()[:1].isalpha()
    ):
        return None, end  # every post-qualifier is a sign or a space and a word: "+", " or more"
    match = grammar.qualifier_after.match(text, end, min(len(text), end + 16))
    if match is None:
        return None, end
    key = " ".join(match.group("post").lower().replace("-", " ").split())
    return grammar.post_qualifier[key], match.end()


def _bounds(value: float, qualifier: str) -> tuple[float, float, bool, bool]:
    low, high, low_inclusive, high_inclusive = value, value, True, True
    if qualifier == "more_than":
        high, low_inclusive = math.inf, False
    elif qualifier == "at_least":
        high = math.inf
    elif qualifier == "less_than":
        low, high_inclusive = -math.inf, False
    elif qualifier == "at_most":
        low = -math.inf
    return low, high, low_inclusive, high_inclusive


def _single_mention(
    grammar: _Grammar,
    text: str,
    core: _Core,
    qualifier: str | None,
    start: int,
    value: float | None = None,
) -> NumberMention:
    end = core.end
    if core.kind == "vague":
        word = core.vague
        return NumberMention(text[start:end], start, end, word.low, word.high, True, True, "vague")
    if qualifier is None:
        qualifier, end = _with_post_qualifier(grammar, text, end)
        if qualifier is None and value is None:
            odd = _odd_range(grammar, text, core)
            if odd is not None:
                low, high, end = odd
                return NumberMention(
                    text[start:end], start, end, low, high, True, True, "range", core.unit
                )
    qualifier = qualifier or "exact"
    low, high, low_inclusive, high_inclusive = _bounds(
        core.value if value is None else value, qualifier
    )
    return NumberMention(
        text[start:end], start, end, low, high, low_inclusive, high_inclusive, qualifier,
        core.unit, core.change,
    )  # fmt: skip


def _odd_range(grammar: _Grammar, text: str, core: _Core) -> tuple[float, float, int] | None:
    """ "300-odd", "forty-something": the figure and up to its last round place, 300-399 and
    40-49, with the end of the words; None when no such word follows or the figure is not
    round ("45-odd")."""
    if text[core.end : core.end + 1] != "-":
        return None  # most figures: no test of the pattern
    match = grammar.odd_after.match(text, core.end, core.end + 16)
    if match is None or core.value <= 0 or core.value != int(core.value):
        return None
    place = 1
    while core.value % (place * 10) == 0:
        place *= 10
    if place == 1:
        return None
    return core.value, core.value + place - 1, match.end()


def _range_mention(
    text: str, left: _Core, right: _Core, qualifier: str | None, start: int
) -> NumberMention:
    if left.kind == "vague":
        low, high = min(left.vague.low, right.vague.low), max(left.vague.high, right.vague.high)
        return NumberMention(
            text[start : right.end], start, right.end, low, high, True, True, "vague"
        )
    low, high = _shared_scale_low(left, right), right.value
    # "about 14-18 mpg", "~25-40 min": a range stated as approximate keeps that, so that
    # reconciliation widens both ends by its tolerance as it does for "about 20".
    shape = "approx" if qualifier == "approx" else "range"
    return NumberMention(
        text[start : right.end], start, right.end, low, high, True, True, shape,
        left.unit or right.unit,
    )  # fmt: skip


def _compound_bound(
    grammar: _Grammar, text: str, first: NumberMention, following: _Core
) -> NumberMention | None:
    """ "more than 100 and less than 300": a lower and an upper bound as one interval."""
    qualifier, start = _qualifier_before(grammar, text, following.start, first.end)
    if qualifier is None or not grammar.bound_join.fullmatch(text, first.end, start):
        return None
    if first.qualifier in _LOWER_BOUNDS and qualifier in _UPPER_BOUNDS:
        lower, upper = first, _single_mention(grammar, text, following, qualifier, start)
    elif first.qualifier in _UPPER_BOUNDS and qualifier in _LOWER_BOUNDS:
        lower, upper = _single_mention(grammar, text, following, qualifier, start), first
    else:
        return None
    if not lower.low < upper.high or following.kind == "vague":
        return None
    end = max(first.end, upper.end, lower.end)
    return NumberMention(
        text[first.start : end], first.start, end, lower.low, upper.high,
        lower.low_inclusive, upper.high_inclusive, "range", first.unit or following.unit,
    )  # fmt: skip


def _change_word_before(grammar: _Grammar, text: str, start: int, floor: int):
    """The change phrase ending right before ``start`` ("rose ", "increased by ", "fell to ")."""
    # Most figures follow no word of change: the word right before them says so cheaply.
    last = text[max(floor, start - 16) : start].rsplit(None, 1)
    if not last or last[-1].lower() not in grammar.change_last_words:
        return None
    window_start = max(floor, start - 60)
    words = text[window_start:start].lower().split()[-6:]
    if not any(word in grammar.change_words for word in words):
        return None  # "to 2,000" with no word of change before it: most cases end here
    match = grammar.change_before.search(text, window_start, start)
    # The nearest word of change decides: "revised upward by" is up, though "revised" is not.
    for _ in range(3):
        if match is None or grammar.change_words[_phrase(match.group("w"))] != "either":
            break
        match = grammar.change_before.search(text, match.end("w"), start) or match
        if grammar.change_words[_phrase(match.group("w"))] == "either":
            break
    return match


def _phrase(written: str) -> str:
    return " ".join(written.lower().split())


def _level_reached(
    grammar: _Grammar, text: str, cores: list[_Core], index: int, floor: int
) -> tuple[NumberMention, _Core, int]:
    """The level a change reached, from ``cores[index]`` ("to 193", "to 33-35 billion"): its
    mention, its last core, and how many cores it takes."""
    first = cores[index]
    after = cores[index + 1] if index + 1 < len(cores) else None
    if after is not None and _range_link(grammar, text, first, after, None):
        return _range_mention(text, first, after, None, first.start), after, 2
    qualifier, start = _qualifier_before(grammar, text, first.start, floor)
    return _single_mention(grammar, text, first, qualifier, start), first, 1


_FROM_BEFORE = regex.compile(r"\b(?i:from)\s{1,3}$")


def _from_before(text: str, start: int, floor: int) -> int | None:
    """Where a "from" right before a bounded start begins ("from about 20", "from up to 252")."""
    if "rom" not in text[max(floor, start - 8) : start]:
        return None  # most figures: a substring test instead of the pattern
    match = _FROM_BEFORE.search(text, max(floor, start - 8), start)
    return None if match is None else match.start()


def _change_from(
    grammar: _Grammar, text: str, left: _Core, right: _Core, from_start: int, floor: int
) -> str | None:
    """Direction of "fell from X to Y" (None when no verb of change governs the "from")."""
    if left.kind == "vague" or right.kind == "vague" or not _units_agree(left, right):
        return None
    if not grammar.from_gap.fullmatch(text, left.end, right.start):
        return None
    window_start = max(floor, from_start - 60)
    match = grammar.change_before_from.search(text, window_start, from_start)
    if match is None:
        return None
    direction = grammar.change_words[" ".join(match.group("w").lower().split())]
    if direction not in ("up", "down"):
        start_value = _shared_scale_start(left, right)
        if start_value == right.value:
            return ""
        direction = "up" if right.value > start_value else "down"
    return direction


def _from_range(grammar: _Grammar, text: str, left: _Core, right: _Core) -> bool:
    """ "from 20 miles per gallon in 2008 to 29 mpg": a range whose ends are a few words apart."""
    if left.kind == "vague" or right.kind == "vague" or not _units_agree(left, right):
        return False
    if left.change or right.change:
        return False
    if not grammar.from_gap.fullmatch(text, left.end, right.start):
        return False
    return _shared_scale_low(left, right) < right.value


# The level a change reached, right after its amount and at most a unit word: "added 15 sen
# to RM2.70", "added 15 kopecks to 41.20"; a price, so with a currency or decimals (not "he
# added 40 moved to 3 camps").
_TO_LEVEL_AFTER = regex.compile(
    r"(?:\s{1,3}[^\W\d_][\w.]{0,15})?\s{1,3}(?i:to)\s{1,3}"
    r"(?:[^\s\w]{1,3}\s?\d|[A-Z]{0,3}\$?\d[\d,]{0,12}\.\d)"
)

# An amount of change whose verb is left out because the one before it serves both:
# "Ross was down 2.3%, Burlington by 2.6%", "X rose 5% and Y by 3%".
_ELLIPTICAL_BY = regex.compile(
    r"(?:,|,?\s{1,3}and)\s{1,3}(?:[A-Z][\w&'.-]{0,20}\s{1,3}){1,3}by\s{1,3}"
)


def _elliptical_change(text: str, previous: NumberMention, mention: NumberMention) -> str:
    """The change of the amount before, when ``mention`` only repeats its "by" (see above)."""
    if (
        not previous.change
        or previous.previous is not None
        or not previous.unit  # a price move in % or money: "Deaths fell by 20, and Aleppo by 30"
        or previous.unit != mention.unit
    ):
        return ""
    if not _ELLIPTICAL_BY.fullmatch(text, previous.end, mention.start):
        return ""
    return previous.change


def _change_of(grammar: _Grammar, text: str, mention: NumberMention, floor: int) -> str:
    """ "up"/"down" when a word of change states the figure as an amount of change, else ""."""
    if mention.qualifier == "vague":
        return ""
    match = _change_word_before(grammar, text, mention.start, floor)
    if match is not None:
        word = " ".join(match.group("w").lower().split())
        direction = grammar.change_words[word]
        if direction not in ("up", "down"):
            return ""
        if match.group("to"):
            return ""  # "fell to 193": the level a change reached is a level, not a change
        if (
            word in grammar.needs_by_or_to
            and not match.group("by")
            and not _TO_LEVEL_AFTER.match(text, mention.end)
        ):
            return ""  # "raised 280 million", but "added 15 sen to RM2.70"
        if word in grammar.particles and not match.group("by") and not match.group("to"):
            # "down 2.3%", "up 19 cents", but not "shot down 2 jets" or "make up 20%".
            if not mention.unit and not grammar.change_unit_after.match(text, mention.end):
                return ""
            verb = text[max(0, match.start() - 16) : match.start()].split()[-1:]
            if direction == "up" and verb and verb[0].lower() in grammar.particle_verbs:
                return ""
        return direction
    return ""
