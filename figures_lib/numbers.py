"""Find every number and numeric range in news text, with its bounds and qualifier.

``find(text)`` returns :class:`NumberMention` objects: "more than 2 thousand" is one mention
with ``low=2000, high=inf, low_inclusive=False, qualifier="more_than"``. Dates, times, years,
ordinals, model designations (Su-24, S-400), phone numbers and numbers inside names and
addresses (Resolution 2254, Route 5) are not returned.

Every pattern has bounded repetition, and scanning is a single pass of one compiled pattern
followed by checks on short windows around each hit, so the cost is linear in the text length.
"""

from __future__ import annotations

import math
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import regex

QUANTITIES_FILE = Path(__file__).with_name("data") / "quantities.toml"

QUALIFIERS = ("exact", "approx", "more_than", "at_least", "less_than", "at_most", "range", "vague")


@dataclass(frozen=True, slots=True)
class NumberMention:
    """One number or numeric range as written in a text.

    ``text == source[start:end]``; ``low``/``high`` are the interval the words allow, with
    ``math.inf``/``-math.inf`` for an open end; ``low == high`` for a single figure.
    """

    text: str
    start: int
    end: int
    low: float
    high: float
    low_inclusive: bool
    high_inclusive: bool
    qualifier: str

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
# Lexicon
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class VagueWord:
    phrase: str
    low: float
    high: float
    value: float
    needs_of: bool


@lru_cache(maxsize=1)
def _quantities() -> dict:
    with QUANTITIES_FILE.open("rb") as handle:
        return tomllib.load(handle)


@lru_cache(maxsize=1)
def vague_words() -> dict[str, VagueWord]:
    """The vague-quantity table from ``data/quantities.toml``, keyed by lower-case phrase."""
    table = {}
    for phrase, entry in _quantities()["vague"].items():
        table[phrase.lower()] = VagueWord(
            phrase=phrase.lower(),
            low=float(entry["low"]),
            high=float(entry["high"]),
            value=float(entry["value"]),
            needs_of=bool(entry.get("needs_of", False)),
        )
    return table


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
# Patterns
# --------------------------------------------------------------------------------------------

_UNIT_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALE_WORDS = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_SUFFIX_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9}

MONTHS = (
    r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
)

_DIGITS = (
    r"(?:\d{1,3}(?:,\d{3}){1,5}(?!,?\d)"  # 214,000
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3}){1,4}(?![\d,.])"  # 4 000 (thin or plain space)
    r"|\d{1,15})"  # 1354
    r"(?:\.\d{1,10})?"
)
_UNIT_ALT = "|".join(sorted(_UNIT_WORDS, key=len, reverse=True))
_TENS_ALT = "|".join(_TENS_WORDS)
_ATOM = (
    rf"(?:(?:{_TENS_ALT})(?:-(?:{_UNIT_ALT}))?|{_UNIT_ALT}|hundred|thousand|million|billion"
    r"|trillion|dozen|a(?=\s{1,3}(?:hundred|thousand|million|billion|dozen)\b))"
)
# "and" may only follow a scale word: "two hundred and two thousand", never "five and six".
_WORD_SEP = r"(?:\s{1,3}|-)(?:(?<=(?:hundred|thousand|million|billion)\s{1,3})and\s{1,3})?"
_WORD_NUMBER = rf"\b{_ATOM}(?:{_WORD_SEP}{_ATOM}){{0,12}}\b"


def _vague_pattern() -> str:
    parts = []
    for word in sorted(vague_words().values(), key=lambda w: len(w.phrase), reverse=True):
        body = r"\s{1,3}".join(regex.escape(piece) for piece in word.phrase.split())
        parts.append(body + (r"(?=\s{1,3}of\b)" if word.needs_of else "") + r"\b")
    return "|".join(parts)


@lru_cache(maxsize=1)
def _core_pattern() -> regex.Pattern:
    # One alternation, tried at each candidate start (see _candidate_matches).
    pattern = (
        rf"(?P<vague>\b(?i:{_vague_pattern()}))"
        r"|(?P<digits>(?<![\w.,:/])(?<![A-Za-z][.\-])"
        r"(?P<currency>(?:US)?[$€£])?" + _DIGITS + r")"
        r"(?:(?P<gap>\s{0,2})(?P<wscale>(?i:thousand|million|billion|trillion))\b"
        r"|(?P<sscale>(?i:k|bn|mn|mln)\b|(?<=[$€£]\d{1,4}(?:\.\d{1,3})?)m\b)(?!-\d))?"
        r"(?![A-Za-z\d]|:\d|\.\d)"
        rf"|(?P<words>(?i:{_WORD_NUMBER}))"
    )
    return regex.compile(pattern, regex.VERSION0)


_QUALIFIER_PHRASES = {
    "more_than": [
        "more than", "over", "in excess of", "upwards of", "upward of", "above", "exceeding",
        "exceeded", "greater than", "just over", "well over", "well above", "north of",
    ],
    "at_least": [
        "at least", "no less than", "no fewer than", "not less than", "not fewer than",
        "a minimum of", "minimum of", "as few as",
    ],
    "less_than": [
        "less than", "fewer than", "under", "below", "just under", "just below", "short of",
    ],
    "at_most": [
        "up to", "at most", "no more than", "not more than", "a maximum of", "maximum of",
        "as many as", "as much as",
    ],
    "approx": [
        "about", "around", "some", "nearly", "almost", "roughly", "approximately", "approx.",
        "an estimated", "estimated", "close to", "circa", "ca.", "more or less", "~",
        "an approximate", "approximate", "in the region of", "on the order of", "around about",
    ],
    "between": ["between"],
    "from": ["from"],
}  # fmt: skip
_PHRASE_TO_QUALIFIER = {
    phrase: qualifier for qualifier, phrases in _QUALIFIER_PHRASES.items() for phrase in phrases
}


def _phrase_alternation(phrases) -> str:
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(r"\s{1,3}".join(regex.escape(w) for w in p.split()) for p in ordered)


_QUALIFIER_BEFORE = regex.compile(
    rf"(?<![\w-])(?P<q>(?i:{_phrase_alternation(_PHRASE_TO_QUALIFIER)}))\s{{0,3}}$"
)
_QUALIFIER_LAST_WORDS = frozenset(phrase.split()[-1].lower() for phrase in _PHRASE_TO_QUALIFIER)
_QUALIFIER_AFTER = regex.compile(
    r"(?P<post>\+(?!\s{0,2}\d)|-plus\b|\s{1,3}(?i:plus)\b(?!\s{1,3}\d)"
    r"|\s{1,3}(?i:or\s{1,3}(?:more|so|fewer|less|over|above|under))\b)"
)
_POST_QUALIFIER = {
    "+": "at_least", "plus": "at_least", "or more": "at_least", "or over": "more_than",
    "or above": "more_than", "or so": "approx", "or fewer": "at_most", "or less": "at_most",
    "or under": "at_most",
}  # fmt: skip

_VAGUE_MULTIPLIER_GAP = regex.compile(r"\s{1,3}(?:of\s{1,3})?")
_RANGE_GAP = regex.compile(r"(?:\s{0,2}-\s{0,2}|\s{1,3}(?P<word>to|and|or|through)\s{1,3}|,\s{1,2})$")
_CHANGE_VERB_BEFORE = regex.compile(
    r"(?i:\b(?:rose|risen|rising|rise|increased|increasing|increase|fell|fallen|falling|dropped"
    r"|dropping|grew|grown|growing|jumped|climbed|declined|decreased|went|soared|surged"
    r"|plunged|slipped|up|down|cut|raised|reduced|doubled)\s{1,3}(?:\w{1,20}\s{1,3}){0,2})$"
)

# Month names are matched capitalised only: "may" and "march" are also common verbs.
_MONTH_BEFORE = regex.compile(rf"\b(?:{MONTHS}|{MONTHS.upper()})\.?\s{{1,3}}(?:the\s{{1,3}})?$")
_MONTH_AFTER = regex.compile(rf"^\s{{1,3}}(?:of\s{{1,3}})?(?:{MONTHS}|{MONTHS.upper()})\b")
# Words before a four-digit number that make it a year even when a plural noun follows
# ("in 2014 airstrikes killed ..."). Weaker words ("of", "and") are left out: "a total of 1354
# sorties" is a count.
_YEAR_CONTEXT_BEFORE = regex.compile(
    r"(?:\b(?i:in|since|until|till|by|year|early|late|mid|spring|summer|autumn|winter|during"
    rf"|throughout)|\b(?:{MONTHS}))\.?,?\s{{1,3}}$|\d{{1,2}},\s{{1,3}}$|\(\s{{0,2}}$"
)
_COUNT_NOUN_AFTER = regex.compile(r"^\s{1,3}(?:[a-z][a-z-]{0,30}s|aircraft|people|personnel)\b")
_TIME_AFTER = regex.compile(
    r"^\s{0,2}(?:a\.m\.|p\.m\.|am\b|pm\b|(?i:gmt|utc|hrs|hours\s{1,3}(?:gmt|utc|local\s{1,3}time)"
    r"|local\s{1,3}time|msk|moscow\s{1,3}time)\b|[ap]\.?m\b)"
)
_PHONE = regex.compile(
    r"(?:\+\d{1,3}[\s.-]{0,2})?(?:\(\d{2,5}\)[\s.-]{0,2}|\d{2,5}[\s.-])\d{2,4}[\s.-]\d{2,4}"
    r"(?:[\s.-]\d{2,4})?"
)
_ONE_NOT_A_NUMBER_BEFORE = regex.compile(
    r"(?i:\b(?:no|any|every|each|the|this|that|which|someone|anyone|everyone|such|only)"
    r"(?:\s{1,3}|-))$"
)
_ONE_NOT_A_NUMBER_AFTER = regex.compile(r"^(?i:\s{1,3}(?:of|another|by\s{1,3}one|day)\b|')")


@lru_cache(maxsize=1)
def _name_prefix_pattern() -> regex.Pattern:
    names = _quantities()["names"]
    prefixes = "|".join(regex.escape(p) for p in sorted(names["prefixes"], key=len, reverse=True))
    return regex.compile(
        rf"(?:\b(?:{prefixes})\.?|#|\bNo\.)\s{{0,2}}(?:(?:No\.?|Number)\s{{0,2}})?$"
    )


@lru_cache(maxsize=1)
def _street_after_pattern() -> regex.Pattern:
    suffixes = _quantities()["names"]["street_suffixes"]
    alternation = "|".join(regex.escape(s) for s in sorted(suffixes, key=len, reverse=True))
    return regex.compile(rf"^\s{{1,2}}(?:[A-Z][a-z]{{1,20}}\s{{1,2}}){{0,2}}(?:{alternation})")


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
    kind: str  # "digits", "words" or "vague"


def _parse_digits(text: str) -> float:
    return float(text.replace(",", "").replace(" ", "").replace("\u00a0", "").replace("\u202f", ""))


_WORD_SEPARATORS = regex.compile(r"[\s-]+")


def _parse_words(text: str) -> float | None:
    """Value of "two hundred and two thousand", "sixty-four", "a dozen"; None if malformed."""
    total = 0.0
    current = 0.0
    last = None
    for token in _WORD_SEPARATORS.split(text.lower()):
        if token in ("", "and"):
            continue
        if token == "a":
            current = current or 1.0
            last = "a"
        elif token in _UNIT_WORDS:
            if last in ("unit", "a"):
                return None  # "one two" is two numbers, not one
            current += _UNIT_WORDS[token]
            last = "unit"
        elif token in _TENS_WORDS:
            if last in ("unit", "tens"):
                return None
            current += _TENS_WORDS[token]
            last = "tens"
        elif token == "dozen":
            current = (current or 1.0) * 12
            last = "scale"
        elif token == "hundred":
            current = (current or 1.0) * 100
            last = "scale"
        elif token in _SCALE_WORDS:
            total += (current or 1.0) * _SCALE_WORDS[token]
            current = 0.0
            last = "scale"
        else:
            return None
    return total + current


def _is_excluded(text: str, start: int, end: int, value: float, kind: str, raw: str) -> bool:
    """True if the number at text[start:end] is a date, time, year, phone, name or address."""
    before = text[max(0, start - 40) : start]
    after = text[end : end + 40]
    is_whole = value == int(value) and "." not in raw
    if kind == "words":
        if raw.lower() == "one" and (
            _ONE_NOT_A_NUMBER_BEFORE.search(before) or _ONE_NOT_A_NUMBER_AFTER.match(after)
        ):
            return True
        return False
    if kind != "digits":
        return False
    if is_whole and 1 <= value <= 31 and (_MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after)):
        return True
    plain = raw.isdigit()
    if plain and len(raw) == 4 and 1800 <= value <= 2100:
        if not _COUNT_NOUN_AFTER.match(after) or _YEAR_CONTEXT_BEFORE.search(before):
            return True
    if _TIME_AFTER.match(after) and value <= 2400:
        return True
    if _name_prefix_pattern().search(before) or _street_after_pattern().match(after):
        return True
    window_start = max(0, start - 20)
    window = text[window_start : end + 20]
    if not any(mark in window for mark in "-()+."):
        return False  # every phone shape below needs one of these separators
    for phone in _PHONE.finditer(text, window_start, min(len(text), end + 20)):
        if phone.start() <= start and phone.end() >= end:
            digits = sum(ch.isdigit() for ch in phone.group())
            if digits >= 7 and any(mark in phone.group() for mark in ".()+-"):
                return True
    return False


# Where a number can start: digits, the first letters of a number word or vague phrase, a run
# of capitals (upper-case number words, "FIVE HUNDRED", match case-insensitively), or a web
# address whose digits are never figures. Each shape has its own pattern on the engine that
# scans it fastest (a combined alternation scans at half the speed), and the full pattern is
# then tried only at those offsets instead of at every character.
_CANDIDATE_DIGITS = regex.compile(r"\d+")
_CANDIDATE_CAPITALS = regex.compile(r"[A-Z]{2,}")
_CANDIDATE_ADDRESS = re.compile(r"https?://|www\.|@")
_UPPER_NUMBER_STARTS = frozenset(
    """ZER ONE TWO THR TEN TWE THI THO TRI FOU FIV FOR FIF SIX SEV SCO EIG ELE NIN HUN MIL BIL
    DOZ""".split()
)  # fmt: skip
_TOKEN_END = re.compile(r"[\s<>\"]")


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


@lru_cache(maxsize=1)
def _candidate_words() -> re.Pattern:
    """Where a number word or vague phrase can start, from the tables that define them."""
    words = {*_UNIT_WORDS, *_TENS_WORDS, *_SCALE_WORDS, "dozen"}
    after_a = {"dozen", "hundred", "thousand", "million", "billion"}
    for phrase in vague_words():
        first, _, rest = phrase.partition(" ")
        if first == "a" and rest:
            after_a.add(rest.split()[0])
        else:
            words.add(first)
    either_case = sorted({word.capitalize() for word in words} | words)
    # A class of first letters up front lets most word starts fail in one step.
    first_letters = "".join(sorted({word[0] for word in either_case} | {"a", "A"}))
    return re.compile(
        rf"\b(?=[{first_letters}])(?:{_trie(either_case)}|[aA]\s{{1,3}}{_trie(sorted(after_a))})"
    )


def _candidate_starts(text: str) -> list[int]:
    """Sorted offsets where a number can start, outside web addresses and e-mail handles."""
    starts = [m.start() for m in _CANDIDATE_DIGITS.finditer(text)]
    starts += [m.start() for m in _candidate_words().finditer(text)]
    starts += [
        m.start() for m in _CANDIDATE_CAPITALS.finditer(text) if m.group()[:3] in _UPPER_NUMBER_STARTS
    ]  # "ISIS", "UN", "RT": runs of capitals that are no number word are dropped here
    starts.sort()
    addresses = []
    for address in _CANDIDATE_ADDRESS.finditer(text):
        # The rest of the token is skipped, so the digits of a URL are never figures.
        token_end = _TOKEN_END.search(text, address.start())
        addresses.append((address.start(), token_end.start() if token_end else len(text)))
    if not addresses:
        return starts
    kept = []
    for start in starts:
        if not any(low <= start < high for low, high in addresses):
            kept.append(start)
    return kept


def _candidate_matches(text: str):
    """Matches of the full core pattern, tried only where a number can start."""
    core = _core_pattern()
    last_end = 0
    for position in _candidate_starts(text):
        if position < last_end:
            continue
        if position and text[position - 1] in "$\u20ac\u00a3":
            position -= 3 if text[max(0, position - 3) : position] == "US$" else 1
        match = core.match(text, position)
        if match is not None and match.end() > match.start():
            last_end = match.end()
            yield match


def _scan_cores(text: str) -> list[_Core]:
    cores: list[_Core] = []
    table = vague_words()
    for match in _candidate_matches(text):
        start, end = match.span()
        if match.group("vague") is not None:
            phrase = " ".join(match.group("vague").lower().split())
            word = table[phrase]
            cores.append(_Core(start, end, word.value, 1.0, word, "vague"))
            continue
        if match.group("words") is not None:
            raw = match.group("words")
            value = _parse_words(raw)
            if value is None or _is_excluded(text, start, end, value, "words", raw):
                continue
            scale = 1.0
            for word, multiplier in _SCALE_WORDS.items():
                if raw.lower().rstrip().endswith(word):
                    scale = multiplier
            cores.append(_Core(start, end, value, scale, None, "words"))
            continue
        digits_start = match.start("digits")
        if match.group("currency"):
            digits_start += len(match.group("currency"))
        raw = text[digits_start : match.end("digits")]
        value = _parse_digits(raw)
        scale = 1.0
        if match.group("wscale"):
            scale = _SCALE_WORDS[match.group("wscale").lower()]
        elif match.group("sscale"):
            scale = _SUFFIX_SCALES[match.group("sscale").lower()]
        if scale == 1.0 and _is_excluded(text, start, end, value, "digits", raw):
            continue
        cores.append(_Core(start, end, value * scale, scale, None, "digits"))
    return cores


def _qualifier_before(text: str, start: int, floor: int) -> tuple[str | None, int]:
    window_start = max(floor, start - 40)
    # Most numbers follow no qualifier: the word right before them says so without a search.
    before = text[window_start:start].rsplit(None, 1)
    last_word = before[-1].lstrip("([\"'\u201c").lower() if before else ""
    if last_word not in _QUALIFIER_LAST_WORDS:
        return None, start
    match = _QUALIFIER_BEFORE.search(text, window_start, start)
    if match is None:
        return None, start
    phrase = " ".join(match.group("q").lower().split())
    return _PHRASE_TO_QUALIFIER[phrase], match.start("q")


def _shared_scale_low(left: _Core, right: _Core) -> float:
    """Low end of a range, applying a scale written only once: "$2-3 million", "5 to 7 thousand"."""
    if left.scale == 1.0 and right.scale != 1.0 and left.value < right.value / right.scale:
        return left.value * right.scale
    return left.value


def _range_link(text: str, left: _Core, right: _Core, qualifier: str | None) -> bool:
    """Whether two neighbouring cores form one range ("5,000-7,000", "between 5 and 7")."""
    gap = _RANGE_GAP.match(text, left.end, right.start)
    if gap is None:
        return False
    word = gap.group("word")
    if (left.kind == "vague") != (right.kind == "vague"):
        return False
    if left.kind == "vague":
        return word in ("or", "to") or gap.group().strip() == ","  # "hundreds, thousands"
    if gap.group().strip() == ",":
        return False
    if (word == "and") != (qualifier == "between"):
        return False  # "and" joins a range only after "between", and "between" needs "and"
    if word == "to" and _CHANGE_VERB_BEFORE.search(text, max(0, left.start - 60), left.start):
        return False  # "rose from 64 to 107" is a change, not a range
    return _shared_scale_low(left, right) < right.value


def _merge_vague_multipliers(text: str, cores: list[_Core]) -> list[_Core]:
    """Join "several hundred", "a few thousand", "dozens of thousands" into one vague core."""
    merged: list[_Core] = []
    for core in cores:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and previous.kind == "vague"
            and core.kind == "words"
            and core.value == core.scale
            and core.scale >= 100
            and _VAGUE_MULTIPLIER_GAP.fullmatch(text, previous.end, core.start)
        ):
            word = previous.vague
            scaled = VagueWord(
                phrase=f"{word.phrase} {text[core.start : core.end].lower()}",
                low=word.low * core.scale,
                high=word.high * core.scale,
                value=word.value * core.scale,
                needs_of=False,
            )
            merged[-1] = _Core(previous.start, core.end, scaled.value, core.scale, scaled, "vague")
            continue
        merged.append(core)
    return merged


def find(text: str) -> list[NumberMention]:
    """Every number or numeric range in ``text``, in order of position.

    Parameters
    ----------
    text:
        Any string. Offsets in the result index into it.

    Returns
    -------
    list of NumberMention, non-overlapping, sorted by ``start``.

    Examples
    --------
    >>> [(m.text, m.low, m.qualifier) for m in find("flew more than 2 thousand sorties")]
    [('more than 2 thousand', 2000.0, 'more_than')]
    """
    if not isinstance(text, str):
        raise TypeError(f"find() needs a str, got {type(text).__name__}")
    cores = _merge_vague_multipliers(text, _scan_cores(text))
    mentions: list[NumberMention] = []
    floor = 0
    index = 0
    while index < len(cores):
        core = cores[index]
        qualifier, start = _qualifier_before(text, core.start, floor)
        following = cores[index + 1] if index + 1 < len(cores) else None
        if following is not None and _range_link(text, core, following, qualifier):
            mention = _range_mention(text, core, following, qualifier, start)
            index += 2
        else:
            if qualifier in ("between", "from"):
                qualifier, start = None, core.start
            mention = _single_mention(text, core, qualifier, start)
            index += 1
        mentions.append(mention)
        floor = mention.end
    return mentions


def _with_post_qualifier(text: str, end: int) -> tuple[str | None, int]:
    match = _QUALIFIER_AFTER.match(text, end, min(len(text), end + 16))
    if match is None:
        return None, end
    key = " ".join(match.group("post").lower().replace("-", " ").split())
    return _POST_QUALIFIER[key], match.end()


def _single_mention(text: str, core: _Core, qualifier: str | None, start: int) -> NumberMention:
    end = core.end
    if core.kind == "vague":
        word = core.vague
        return NumberMention(text[start:end], start, end, word.low, word.high, True, True, "vague")
    if qualifier is None:
        qualifier, end = _with_post_qualifier(text, end)
    value = core.value
    low, high, low_inclusive, high_inclusive = value, value, True, True
    if qualifier == "more_than":
        high, low_inclusive = math.inf, False
    elif qualifier == "at_least":
        high = math.inf
    elif qualifier == "less_than":
        low, high_inclusive = -math.inf, False
    elif qualifier == "at_most":
        low = -math.inf
    elif qualifier is None:
        qualifier = "exact"
    return NumberMention(
        text[start:end], start, end, low, high, low_inclusive, high_inclusive, qualifier
    )


def _range_mention(
    text: str, left: _Core, right: _Core, qualifier: str | None, start: int
) -> NumberMention:
    if left.kind == "vague":
        low, high = min(left.vague.low, right.vague.low), max(left.vague.high, right.vague.high)
        return NumberMention(
            text[start : right.end], start, right.end, low, high, True, True, "vague"
        )
    low, high = _shared_scale_low(left, right), right.value
    return NumberMention(text[start : right.end], start, right.end, low, high, True, True, "range")
