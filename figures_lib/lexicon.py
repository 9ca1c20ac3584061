"""The editable lexicons in ``figures_lib/data/``: counted nouns, claimants, modifiers.

They are data, not code: users extend them by editing the TOML files. Each loader validates
its file and names the file and entry in any error.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import regex

from .errors import FiguresInputError
from .paths import DATA_DIR

KINDS_FILE = DATA_DIR / "kinds.toml"
CLAIMANTS_FILE = DATA_DIR / "claimants.toml"
CLAIM_KINDS = ("sorties", "strikes", "targets", "tonnage", "casualties", "fighters", "aircraft")
BASES = ("window", "cumulative", "snapshot", "unspecified")


def _load_toml(path: Path) -> dict:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise FiguresInputError(f"{path}: not valid TOML ({error}); fix the file") from error


def phrase_alternation(phrases: list[str]) -> str:
    """Regex alternation of phrases, longest first, spaces flexible, capitalised ones exact.

    An entry with an upper-case letter ("Chechens", "IS") matches only as written; a lower-case
    one matches in any case. White space inside a phrase matches one to three spaces.
    """
    parts = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        body = r"\s{1,3}".join(regex.escape(word) for word in phrase.split())
        parts.append(f"(?-i:{body})" if phrase != phrase.lower() else body)
    return "|".join(parts)


def words_pattern(phrases: list[str]) -> regex.Pattern:
    """A compiled pattern matching any of the phrases as whole words."""
    return regex.compile(rf"(?<![\w-])(?:{phrase_alternation(phrases)})(?![\w-])", regex.IGNORECASE)


@dataclass(frozen=True)
class Kind:
    """One claim kind from kinds.toml."""

    name: str
    unit: str
    default_basis: str
    nouns: tuple[str, ...]
    needs_cue: frozenset[str]
    cues: regex.Pattern | None


@dataclass(frozen=True)
class Lexicon:
    """Everything kinds.toml says, compiled for matching."""

    kinds: dict[str, Kind]
    noun_to_kind: dict[str, str]  # lower-case noun -> kind name
    people_nouns: frozenset[str]
    killed_cues: tuple[str, ...]
    injured_cues: tuple[str, ...]
    casualty_groups: frozenset[str]
    modifiers: tuple[str, ...]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The counted-noun lexicon from ``data/kinds.toml``.

    Raises
    ------
    FiguresInputError
        If a kind is unknown, or an entry lacks a required field.
    """
    table = _load_toml(KINDS_FILE)
    kinds: dict[str, Kind] = {}
    noun_to_kind: dict[str, str] = {}
    for name, entry in table.get("kinds", {}).items():
        if name not in CLAIM_KINDS:
            raise FiguresInputError(
                f"{KINDS_FILE} [kinds.{name}]: unknown kind; use one of {', '.join(CLAIM_KINDS)}"
            )
        basis = entry.get("default_basis", "unspecified")
        if basis not in BASES:
            raise FiguresInputError(
                f"{KINDS_FILE} [kinds.{name}] default_basis {basis!r}: use one of {', '.join(BASES)}"
            )
        nouns = tuple(entry.get("nouns", ()))
        cues = entry.get("cues") or ()
        if "unit" not in entry:
            raise FiguresInputError(f"{KINDS_FILE} [kinds.{name}]: add a `unit`")
        kinds[name] = Kind(
            name=name,
            unit=entry["unit"],
            default_basis=basis,
            nouns=nouns,
            needs_cue=frozenset(n.lower() for n in entry.get("needs_cue", ())),
            cues=words_pattern(list(cues)) if cues else None,
        )
        for noun in nouns:
            noun_to_kind.setdefault(" ".join(noun.lower().split()), name)
    casualties = table.get("kinds", {}).get("casualties", {})
    return Lexicon(
        kinds=kinds,
        noun_to_kind=noun_to_kind,
        people_nouns=frozenset(n.lower() for n in table.get("people", {}).get("nouns", ())),
        killed_cues=tuple(casualties.get("killed_cues", ())),
        injured_cues=tuple(casualties.get("injured_cues", ())),
        casualty_groups=frozenset(g.lower() for g in casualties.get("groups", ())),
        modifiers=tuple(table.get("modifiers", {}).get("words", ())),
    )


@dataclass(frozen=True)
class Claimants:
    """The claimant alias table, compiled: speaker phrase -> canonical organisation."""

    pattern: regex.Pattern
    alias_to_name: dict[str, str]

    def organisation(self, speaker: str) -> str:
        """Canonical claimant named in ``speaker`` (longest alias wins), or ''."""
        if not speaker:
            return ""
        best = ""
        for match in self.pattern.finditer(speaker):
            if len(match.group()) > len(best):
                best = match.group()
        return self.alias_to_name.get(" ".join(best.lower().split()), "") if best else ""


@lru_cache(maxsize=1)
def claimants() -> Claimants:
    """The claimant aliases from ``data/claimants.toml``."""
    table = _load_toml(CLAIMANTS_FILE)
    alias_to_name: dict[str, str] = {}
    for index, entry in enumerate(table.get("claimant", []), start=1):
        if "name" not in entry or not entry.get("aliases"):
            raise FiguresInputError(
                f"{CLAIMANTS_FILE} claimant #{index}: give both `name` and `aliases`"
            )
        for alias in [entry["name"], *entry["aliases"]]:
            alias_to_name[" ".join(alias.lower().split())] = entry["name"]
    pattern = regex.compile(
        rf"(?<![\w-])(?:{phrase_alternation(list(alias_to_name))})(?![\w-])", regex.IGNORECASE
    )
    return Claimants(pattern=pattern, alias_to_name=alias_to_name)
