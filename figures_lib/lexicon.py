"""The editable lexicons in ``figures_lib/data/``: counted nouns, claimants, modifiers.

They are data, not code: users extend them by editing the TOML files. Each loader validates
its file and names the file and entry in any error.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import regex

from .errors import FiguresInputError
from .paths import DATA_DIR

KINDS_FILE = DATA_DIR / "kinds.toml"
CLAIMANTS_FILE = DATA_DIR / "claimants.toml"
CLAIM_KINDS = (
    "sorties", "strikes", "targets", "tonnage", "casualties", "fighters", "aircraft", "missiles",
)  # fmt: skip
BASES = ("window", "cumulative", "snapshot", "unspecified")


def load_toml(path: Path) -> dict:
    """A data file's table; invalid TOML is a clear error naming the file."""
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise FiguresInputError(f"{path}: not valid TOML ({error}); fix the file") from error


def phrase_alternation(
    phrases: list[str], *, reverse: bool = False, as_written: bool = False
) -> str:
    """Regex alternation of phrases, longest first, spaces flexible, capitalised ones exact.

    An entry with an upper-case letter ("Chechens", "IS") matches only as written; a lower-case
    one matches in any case. White space inside a phrase matches one to three spaces.

    Phrases that begin alike share that beginning ("air strike|air strikes|aircraft" is
    ``air(?:\\s{1,3}strike(?:s|)|craft)``), so a long list costs one test per letter
    read rather than one per phrase. Read forwards this matches what the plain alternation does:
    where two phrases match at one place, one is the other's beginning and the longer is tried
    first in both (with simple case folding, as every pattern here has: no ``FULLCASE``, where
    one letter may match two). A pattern that matches backwards (``(?r)``) tries phrases from
    their ends, so it takes ``reverse=True``: the plain alternation, longest first.

    ``as_written=True`` is for a pattern with no IGNORECASE (the standard library's engine
    reading aliases already lower-cased): every phrase matches as written, with no flags; such
    an alternation must not be compiled with IGNORECASE, where "a" and "A" would overlap.

    White space inside a phrase is one space, and a blank phrase is none: "air  strike " is
    "air strike", and sorts by that length.
    """
    return _alternation(frozenset(phrases), reverse, as_written)


@lru_cache(maxsize=1024)
def _alternation(phrases: frozenset[str], reverse: bool, as_written: bool) -> str:
    # Longest first by the words one space apart, as they are matched: a stray space in an
    # edited list ("air strike ") neither moves a phrase ahead nor makes a blank phrase.
    spaced = {" ".join(phrase.split()) for phrase in phrases} - {""}
    ordered = sorted(spaced, key=len, reverse=True)
    group = [_Phrase(phrase, as_written or phrase != phrase.lower()) for phrase in ordered]
    if reverse:
        return "|".join(_written(phrase, 0, len(phrase.text), as_written) for phrase in group)
    return _shared_beginnings(group, 0, as_written)


class _Phrase(NamedTuple):
    text: str  # its words, one space apart
    exact: bool  # its letters match only as written


# One letter of a phrase: (the letter, whether it must match as written); the space between
# words is (" ", False) and matches one to three spaces.
_Letter = tuple[str, bool]


def _letter(phrase: _Phrase, index: int) -> _Letter:
    char = phrase.text[index]
    # A letter with no case matches the same whether or not the phrase is exact.
    return char, phrase.exact and _may_have_case(char)


def _may_have_case(text: str) -> bool:
    """Whether some letter of ``text`` may match another in any case. Any non-ASCII letter
    may: the regex module's case tables are newer than Python's ("ƛ" has a capital there)."""
    return not text.isascii() or text.lower() != text.upper()


def _overlapping_sets(letters: list[_Letter]) -> dict[_Letter, str]:
    """Each letter's set, where letters that can match one character of a text share one: a
    letter in any case and the same letter as written ("a", "A"), and every non-ASCII letter
    with all the others, as case folding pairs some with ASCII ones (the kelvin sign with
    "k"). The space between words matches no letter."""
    if any(not char.isascii() for char, _ in letters):
        return {letter: " " if letter[0] == " " else "letters" for letter in letters}
    in_any_case = {char for char, exact in letters if not exact}
    return {
        (char, exact): char.lower() if char.lower() in in_any_case else char
        for char, exact in letters
    }


def _written(phrase: _Phrase, start: int, end: int, as_written: bool) -> str:
    """``phrase.text[start:end]`` as a pattern: a space matches one to three spaces."""
    words = phrase.text[start:end].translate(_ESCAPED).split(" ")
    if as_written or not phrase.exact:
        return r"\s{1,3}".join(words)
    return r"\s{1,3}".join(f"(?-i:{word})" if _may_have_case(word) else word for word in words)


# What re.escape escapes but the space, which _written reads as the gap between words; a
# literal to both engines, and quicker to make than either engine's escape.
_ESCAPED = str.maketrans({char: "\\" + char for char in "()[]{}?*+-|^$\\.&~#\t\n\r\v\f"})


def _shared_beginnings(group: list[_Phrase], depth: int, as_written: bool) -> str:
    """The alternation of ``group`` (phrases longest first, all alike up to ``depth``) from
    ``depth`` on, sharing each next letter.

    The next letters of the group must be apart (no character matches two of them) for the
    order between them not to matter; letters that overlap ("a" in any case and an exact "A")
    keep their phrases in the group's order, and only neighbours share. A phrase that ends
    here is the shortest of the group, so it comes last, as in the plain alternation.
    """
    by_next: dict[_Letter, list[_Phrase]] = {}
    ends_here = False
    for phrase in group:
        if len(phrase.text) == depth:
            ends_here = True
        else:
            by_next.setdefault(_letter(phrase, depth), []).append(phrase)
    # Each set of overlapping next letters is written once, where it first appears.
    nexts = list(by_next)
    set_of = _overlapping_sets(nexts)
    set_sizes = Counter(set_of.values()) if len(set(set_of.values())) < len(nexts) else None
    branches, written = [], set()
    for letter in nexts:
        if set_of[letter] in written:
            continue
        written.add(set_of[letter])
        if set_sizes is None or set_sizes[set_of[letter]] == 1:
            branches.append(_one_letter_on(by_next[letter], depth, as_written))
            continue
        # Overlapping letters keep their phrases' order: only neighbours that go on with the
        # same letter share it ("air strikes", "air strike", then an exact "Air Force").
        runs: list[list[_Phrase]] = []
        for phrase in group:
            if len(phrase.text) > depth and set_of[_letter(phrase, depth)] == set_of[letter]:
                if runs and _letter(runs[-1][0], depth) == _letter(phrase, depth):
                    runs[-1].append(phrase)
                else:
                    runs.append([phrase])
        runs_written = (_one_letter_on(run, depth, as_written) for run in runs)
        branches.append("(?:" + "|".join(runs_written) + ")")
    if ends_here and branches:
        branches.append("")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" if branches else ""


def _one_letter_on(group: list[_Phrase], depth: int, as_written: bool) -> str:
    """``group`` (phrases with the same letter at ``depth``) from that letter on, the letters
    they all share written at once ("aircraft" alone after "air" is one piece)."""
    first = group[0]
    if len(group) == 1:
        return _written(first, depth, len(first.text), as_written)
    shared = os.path.commonprefix([phrase.text[depth:] for phrase in group])
    end = depth + len(shared)
    if len({phrase.exact for phrase in group}) > 1:
        # An exact phrase and one in any case share only the letters with no case.
        end = next(
            (i for i in range(depth + 1, end) if _may_have_case(first.text[i])),
            end,
        )
    return _written(first, depth, end, as_written) + _shared_beginnings(group, end, as_written)


@lru_cache(maxsize=8)
def inclusion_opener_before(language: str) -> regex.Pattern:
    """The words that open a part, ending right before its figure: "4,100 targets, including
    |260 oil facilities", "killed 12, among them |5 in Saraqeb" (``inclusion_openers`` in
    ``lang/<language>/claims.toml``); claims and places read parts with the one pattern."""
    from . import lang  # lexicon is imported by the language loader's callers, not by it

    openers = lang.table("claims", language, inclusion_openers="words")["inclusion_openers"]
    return regex.compile(
        rf"(?<![\w-])(?:{phrase_alternation(list(openers))})\s{{1,3}}$", regex.IGNORECASE
    )


def words_pattern(phrases: list[str]) -> regex.Pattern:
    """A compiled pattern matching any of the phrases as whole words."""
    return regex.compile(
        rf"(?<![\w-])(?:{phrase_alternation(phrases)})(?![\w-])", regex.IGNORECASE
    )


@dataclass(frozen=True)
class Kind:
    """One claim kind from kinds.toml."""

    name: str
    unit: str
    default_basis: str
    nouns: tuple[str, ...]
    needs_cue: frozenset[str]
    cues: regex.Pattern | None
    # Nouns of other kinds this kind takes after a model designation: "4 Su-30 fighters" are
    # aircraft, not a force of fighters.
    after_designation: frozenset[str] = frozenset()
    # Nouns of this kind only right after or before one of its `verbs`: "destroyed 40 fuel
    # trucks", "17 tanks were hit"; elsewhere they count something else.
    needs_verb: frozenset[str] = frozenset()
    # Of those, the nouns whose verb may have an object between: "struck the town 12 times".
    after_object: frozenset[str] = frozenset()
    # And the nouns of places a verb's object was hit in: "struck manpower and equipment in
    # 134 areas".
    after_place: frozenset[str] = frozenset()
    verbs: frozenset[str] = frozenset()
    verb_context: regex.Pattern | None = None  # words of war near them: "strikes", "forces"
    # Designation prefixes whose models are of this kind: "Su" in "4 Su-34" (case as written).
    designation_prefixes: frozenset[str] = frozenset()
    # Words that make a count a count of losses (subtype "lost"): before the figure, at the end
    # of the words read before it ("shot down |2 jets"), and after its noun ("2 jets| were
    # shot down").
    lost_before: regex.Pattern | None = None
    lost_after: regex.Pattern | None = None
    # One machine lost, counted by its article: "shot down |a| Turkish drone", "|An| MQ-9
    # Reaper drone was shot down" (the article's span is in the group "article").
    single_lost: regex.Pattern | None = None
    # The nouns that name one machine: those listed with their plural ("jet", "jets"), and
    # those the same in the plural (`same_in_plural`: "aircraft").
    singular_nouns: tuple[str, ...] = ()
    # Loss words that lose only machines without a crew, and the nouns of those: air defences
    # that "intercepted 16 drones" downed them, fighters that "intercepted 2 bombers" escorted
    # them away.
    unmanned_only: frozenset[str] = frozenset()
    unmanned: regex.Pattern | None = None
    # Verbs that count a part of this kind's figure as its own: "bombers flew |112 of those
    # sorties|" (elsewhere "17 of the targets" counts part of something else).
    part_verbs: frozenset[str] = frozenset()

    def loses(self, loss: regex.Match, what: str) -> bool:
        """Whether a match of ``lost_before`` or ``lost_after`` (its word in the group "w" when
        it may lose only unmanned machines) loses the machines ``what`` names."""
        word = loss.groupdict().get("w")
        if word is None or " ".join(word.lower().split()) not in self.unmanned_only:
            return True
        return self.unmanned is not None and self.unmanned.search(what) is not None


def _singular_nouns(entry: dict, where: str) -> tuple[str, ...]:
    """A kind's nouns of one machine (``Kind.singular_nouns``)."""
    nouns = _word_list(entry, "nouns", where)
    same = _word_list(entry, "same_in_plural", where)
    if missing := [noun for noun in same if noun not in nouns]:
        raise FiguresInputError(
            f"{KINDS_FILE} {where} same_in_plural: {', '.join(missing)} must be in `nouns` too"
        )
    return tuple(noun for noun in nouns if f"{noun}s" in nouns or noun in same)


def _single_lost_pattern(
    entry: dict, where: str, singular: tuple[str, ...]
) -> regex.Pattern | None:
    """The pattern of one machine of a kind lost, counted by its article (see
    ``Kind.single_lost``), of its ``singular`` nouns; None for a kind with no loss words or no
    singular nouns."""
    unmanned_only = set(_word_list(entry, "unmanned_only_losses", where))
    # Not a loss named as a noun: "the downing of a Russian bomber" names an incident the
    # story goes back to, where "the downing of 12 drones" counts them.
    before = [
        w
        for w in _word_list(entry, "lost_before", where)
        if w not in unmanned_only and not w.endswith(" of")
    ]
    after = _word_list(entry, "lost_after", where)
    if not (before and after and singular):
        return None
    prefixes = _word_list(entry, "designation_prefixes", where)
    machine = phrase_alternation(list(singular))
    if prefixes:
        # A designation, maybe with a noun of another kind after it: "a MiG-29 fighter".
        nouns_after = list(_word_list(entry, "after_designation", where))
        noun_after = rf"(?:\s{{1,3}}(?:{phrase_alternation(nouns_after)}))?" if nouns_after else ""
        machine += (
            rf"|(?-i:{phrase_alternation(list(prefixes))})-\d{{1,4}}[A-Za-z]{{0,3}}{noun_after}"
        )
    words = r"(?:[\w'\u2019.-]{1,25}\s{1,3}){0,4}?"
    # The machine ends its phrase: a stop, or a word that opens another ("over", "near").
    end = (
        r"(?![\w-])(?=\s{0,3}(?:[,.;:!?)]|$)|\s{1,3}(?:over|near|in|on|at|off|above|that|which"
        r"|after|before|during|and|with|from|belonging|operated|launched|flying|carrying|as|by"
        # What a missile or a drone did next: "intercepted a ballistic missile fired at Jizan".
        r"|fired|aimed|heading|headed|targeting"
        r"|when|while|was|had|has|today|yesterday|tonight|overnight|earlier|last|this|outside"
        r"|along|across|into|(?:north|south)(?:east|west)?|east|west)\b)"
    )
    article = r"\s{1,3}(?P<article>an?)\s{1,3}"
    lost_machine = rf"(?:{phrase_alternation(before)}){article}{words}(?:{machine})"
    unmanned = [noun for noun in _word_list(entry, "unmanned_nouns", where) if noun in singular]
    if unmanned_only and unmanned:
        # "intercepted a drone" lost one; "intercepted a reconnaissance plane" lost none.
        lost_machine += (
            rf"|(?:{phrase_alternation(list(unmanned_only))}){article}{words}"
            rf"(?:{phrase_alternation(unmanned)})"
        )
    return regex.compile(
        rf"(?<![\w-])(?:{lost_machine}){end}"
        rf"|(?<![\w-])(?P<article>an?)\s{{1,3}}{words}(?:{machine})\s{{1,3}}"
        # "a helicopter that was shot down"
        r"(?:(?:that|which)\s{1,3})?"
        rf"(?:was|has\s{{1,3}}been|had\s{{1,3}}been)\s{{1,3}}(?:{phrase_alternation(list(after))})"
        r"(?![\w-])",
        regex.IGNORECASE,
    )


def _lost_pattern(entry: dict, key: str, where: str, *, before: bool) -> regex.Pattern | None:
    """The pattern of a kind's loss words (see ``Kind.lost_before``), None when it has none."""
    words = _word_list(entry, key, where)
    if not words:
        return None
    alternation = phrase_alternation(list(words))
    if before:
        # "shot down all 29 drones", "downed another two jets", "destroyed all of the 37
        # drones", "destroyed the 12 drones": a word of the whole between.
        # Or after one machine the verb lost first: "destroyed a ballistic missile and |nine
        # drones".
        # A colon may open the list: "were destroyed: 476 airplanes, 248 helicopters", after
        # who reports it as translated briefings put it ("was destroyed, as reported
        # Konashenkov: 445 airplanes").
        return regex.compile(
            rf"(?<![\w-])(?P<w>{alternation})"
            r"(?:,\s{1,3}(?:as|according\s{1,3}to)\s{1,3}[^,:;.!?\n]{1,40}[:,]|:)?\s{1,3}"
            r"(?:(?:all|another|some)\s{1,3}(?:of\s{1,3}(?:the\s{1,3})?)?|(?:all\s{1,3})?the\s{1,3}"
            r"|an?\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}[\w-]{1,20}\s{1,3}and\s{1,3})?$",
            regex.IGNORECASE,
        )
    auxiliaries = phrase_alternation(list(_word_list(entry, "lost_auxiliaries", where)))
    adverbs = entry.get("lost_adverbs")
    adverb = (
        rf"(?:(?:{phrase_alternation(list(_word_list(entry, 'lost_adverbs', where)))})\s{{1,3}})?"
        if adverbs
        else ""
    )
    # A relative pronoun only before an auxiliary: "a helicopter that was shot down", not "a
    # helicopter that shot down a drone".
    auxiliary = (
        rf"(?:(?:(?:that|which)\s{{1,3}})?(?P<aux>{auxiliaries})\s{{1,3}}{adverb})?"
        if auxiliaries
        else ""
    )
    passive = ""
    if auxiliaries and entry.get("lost_after_passive"):
        passive_verbs = phrase_alternation(list(_word_list(entry, "lost_after_passive", where)))
        passive = (
            rf"|\s{{1,3}}(?P<aux>{auxiliaries})\s{{1,3}}{adverb}"
            rf"[\"\u201c]?(?P<w>{passive_verbs})(?![\w-])"
        )
    # The loss word may stand in scare quotes: '41 drones were "locally lost"'.
    return regex.compile(
        rf"\s{{1,3}}{auxiliary}[\"\u201c]?(?:{alternation})(?![\w-]){passive}", regex.IGNORECASE
    )


@dataclass(frozen=True)
class Lexicon:
    """Everything kinds.toml says, compiled for matching."""

    kinds: dict[str, Kind]
    noun_to_kind: dict[str, str]  # lower-case noun -> kind name
    people_nouns: frozenset[str]
    killed_cues: tuple[str, ...]  # after the count: "were killed", "dead", "among the dead"
    injured_cues: tuple[str, ...]
    captured_cues: tuple[str, ...]
    killed_verbs: tuple[str, ...]  # before the count: "killed 300", "Kill 35"
    injured_verbs: tuple[str, ...]
    captured_verbs: tuple[str, ...]
    toll_words: tuple[str, ...]  # "death toll at 14"
    loss_nouns: tuple[str, ...]  # "rebel losses": whose dead
    toll_links: tuple[str, ...]  # "the death toll from ... had risen to 45"
    toll_phrase_openers: tuple[str, ...]  # "the toll from the two car bombs"
    number_of: tuple[str, ...]  # "the number of sorties has tripled to 90"
    killed_before_of: tuple[str, ...]  # "the deaths of 735 civilians"
    injured_before_of: tuple[str, ...]
    killed_nouns: frozenset[str]  # "4 Martyrs"
    injured_nouns: frozenset[str]  # "35 cases of suffocation"
    captured_nouns: frozenset[str]  # "took 250 hostages"
    joint_cues: tuple[str, ...]  # "were killed and wounded": both at once
    joint_nouns: frozenset[str]  # "300,000 casualties"
    not_casualty_cues: tuple[str, ...]  # "fled", "were evacuated"
    flight_participles: tuple[str, ...]  # ", fleeing the offensive"
    group_of: dict[str, str]  # lower-case noun -> canonical casualty group
    government_words: frozenset[str]  # "government fighters" are soldiers
    not_government_after: tuple[str, ...]  # "the military| wing|": an armed group's
    not_people: frozenset[str]  # plural nouns that are never a casualty group
    machine_verbs: frozenset[str]  # "launched", "shot": verbs whose objects are machines only
    noncombatants: frozenset[str]  # people nouns that never count a force: "civilians"
    dwellers: frozenset[str]  # "residents": a place's population after "had"
    capitalised_nouns: frozenset[str]  # people nouns written capitalised (demonyms)
    modifiers: tuple[str, ...]
    not_names: tuple[str, ...]  # capitalised words that join no name: "In", "Killed"
    family_words: tuple[str, ...]  # "members of the same family" are civilians
    civilian_bodies: tuple[str, ...]  # "members of the White Helmets" are civilians too
    armed_units: tuple[str, ...]  # "members of the tribe militia" are not
    finite_killed_cues: tuple[str, ...]  # "died": a verb, never a participle
    people_only_cues: frozenset[str]  # "eliminated": the dead only with a people noun
    killed_subjects: frozenset[str] = frozenset()  # "the dead included 9 women"
    killed_counted: frozenset[str] = frozenset()  # "the number of those killed"
    disease_words: tuple[str, ...] = ()  # "coronavirus": a toll of disease, no war's
    injured_counted: frozenset[str] = frozenset()  # "the number of wounded"
    people_killed_subjects: frozenset[str] = frozenset()  # "the toll", before people only
    injured_subjects: frozenset[str] = frozenset()
    subject_links: frozenset[str] = frozenset()

    def fate_of_noun(self, noun: str) -> str:
        """The subtype a noun that is itself the dead, the hurt or the captured counts
        ("martyrs" -> killed, "injuries" -> injured, "hostages" -> captured, "casualties" ->
        killed_or_injured), or ''."""
        if noun in self.killed_nouns:
            return "killed"
        if noun in self.injured_nouns:
            return "injured"
        if noun in self.captured_nouns:
            return "captured"
        return "killed_or_injured" if noun in self.joint_nouns else ""

    def fate_of_count(self, noun: str) -> str:
        """The subtype a noun after "the number of" counts: a noun of :meth:`fate_of_noun`,
        or words that stand for the dead or the hurt there ("those killed", "wounded")."""
        if noun in self.killed_counted:
            return "killed"
        if noun in self.injured_counted:
            return "injured"
        return self.fate_of_noun(noun)

    def casualty_group(self, noun: str) -> str:
        """Canonical casualty group of a counted noun: "citizens" -> civilians, "police
        officers" -> police, a noun not in the table -> itself (lower case unless the lexicon
        writes it capitalised, as demonyms: "Syrians")."""
        key = " ".join(noun.lower().split())
        if key in self.group_of:
            return self.group_of[key]
        return noun if noun[:1].isupper() and key in self.capitalised_nouns else key


def _word_list(table: dict, key: str, where: str, source: Path | None = None) -> tuple[str, ...]:
    """A list of non-empty strings from a TOML table, or a FiguresInputError naming it."""
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
        raise FiguresInputError(
            f"{source or KINDS_FILE} {where} `{key}`: give a list of non-empty strings"
        )
    return tuple(value)


def _unhyphened(phrases):
    """The phrases and, for each lower-case one with a hyphen, its spelling with spaces, as
    scraped text writes it ("9 booby trapped vehicles", "anti aircraft guns"); the same type
    (a frozenset or a tuple) back."""
    variants = [p.replace("-", " ") for p in phrases if "-" in p and p == p.lower()]
    if isinstance(phrases, frozenset):
        return phrases | frozenset(variants)
    return tuple(dict.fromkeys([*phrases, *variants]))


def _phrases(table: dict, key: str, where: str) -> frozenset[str]:
    """:func:`_word_list` as lower-case phrases with single spaces, for lookups."""
    return frozenset(" ".join(w.lower().split()) for w in _word_list(table, key, where))


def _demonym_plurals() -> list[str]:
    """The people of each country of the claimant table, from its demonym (the word after its
    name): "Malawians", "Pakistanis", "Thais", "Argentines". Only demonyms whose plural adds an
    "s" (ending in n, i, k, o or e, not "-ese"): "Chinese" and "British" also describe the
    noun after them ("two Chinese peacekeepers"), so they are read as modifiers, and a country
    name in that place ("Saudi Arabia") names no people."""
    demonym_of = claimants().demonym_of
    plurals = [
        f"{demonym}s"
        for demonym in demonym_of.values()
        if demonym[-1:] in tuple("nikoe") and not demonym.endswith("ese")
    ]
    # "Philippine" makes "Philippines", a country's name and no people.
    return [plural for plural in plurals if plural not in demonym_of]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The counted-noun lexicon from ``data/kinds.toml``.

    Raises
    ------
    FiguresInputError
        If a kind is unknown, or an entry lacks a required field or has the wrong shape.
    """
    table = load_toml(KINDS_FILE)
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
                f"{KINDS_FILE} [kinds.{name}] default_basis {basis!r}: "
                f"use one of {', '.join(BASES)}"
            )
        needs_verb = _unhyphened(_phrases(entry, "needs_verb", f"[kinds.{name}]"))
        singular = _singular_nouns(entry, f"[kinds.{name}]")
        nouns = tuple(
            dict.fromkeys(
                _unhyphened(_word_list(entry, "nouns", f"[kinds.{name}]"))
                + tuple(sorted(needs_verb))
            )
        )
        cues = _word_list(entry, "cues", f"[kinds.{name}]")
        if "unit" not in entry:
            raise FiguresInputError(f"{KINDS_FILE} [kinds.{name}]: add a `unit`")
        kinds[name] = Kind(
            name=name,
            unit=entry["unit"],
            default_basis=basis,
            nouns=nouns,
            needs_cue=frozenset(
                n.lower() for n in _word_list(entry, "needs_cue", f"[kinds.{name}]")
            ),
            cues=words_pattern(list(cues)) if cues else None,
            after_designation=frozenset(
                n.lower() for n in _word_list(entry, "after_designation", f"[kinds.{name}]")
            ),
            needs_verb=needs_verb,
            after_object=_phrases(entry, "after_object", f"[kinds.{name}]"),
            after_place=_phrases(entry, "after_place", f"[kinds.{name}]"),
            designation_prefixes=frozenset(
                _word_list(entry, "designation_prefixes", f"[kinds.{name}]")
            ),
            verbs=_phrases(entry, "verbs", f"[kinds.{name}]"),
            part_verbs=_phrases(entry, "part_verbs", f"[kinds.{name}]"),
            lost_before=_lost_pattern(entry, "lost_before", f"[kinds.{name}]", before=True),
            lost_after=_lost_pattern(entry, "lost_after", f"[kinds.{name}]", before=False),
            single_lost=_single_lost_pattern(entry, f"[kinds.{name}]", singular),
            singular_nouns=singular,
            unmanned_only=_phrases(entry, "unmanned_only_losses", f"[kinds.{name}]"),
            unmanned=(
                words_pattern(list(_word_list(entry, "unmanned_nouns", f"[kinds.{name}]")))
                if entry.get("unmanned_nouns")
                else None
            ),
            verb_context=(
                words_pattern(list(_word_list(entry, "verb_context", f"[kinds.{name}]")))
                if entry.get("verb_context")
                else None
            ),
        )
        for noun in nouns:
            noun_to_kind.setdefault(" ".join(noun.lower().split()), name)
    casualties = table.get("kinds", {}).get("casualties", {})
    where = "[kinds.casualties]"
    groups = casualties.get("group_of", {})
    if not isinstance(groups, dict) or not all(isinstance(v, str) for v in groups.values()):
        raise FiguresInputError(
            f"{KINDS_FILE} [kinds.casualties.group_of]: give each noun a group as a string"
        )
    people = table.get("people", {})
    people_nouns = _word_list(people, "nouns", "[people]")
    listed = {n.lower() for n in people_nouns}
    people_nouns += tuple(sorted(p for p in set(_demonym_plurals()) if p.lower() not in listed))
    return Lexicon(
        kinds=kinds,
        noun_to_kind=noun_to_kind,
        people_nouns=frozenset(" ".join(n.lower().split()) for n in people_nouns),
        killed_cues=_word_list(casualties, "killed_cues", where),
        injured_cues=_word_list(casualties, "injured_cues", where),
        captured_cues=_word_list(casualties, "captured_cues", where),
        killed_verbs=_word_list(casualties, "killed_verbs", where),
        injured_verbs=_word_list(casualties, "injured_verbs", where),
        captured_verbs=_word_list(casualties, "captured_verbs", where),
        toll_words=_word_list(casualties, "toll_words", where),
        loss_nouns=_word_list(casualties, "loss_nouns", where),
        toll_links=_word_list(casualties, "toll_links", where),
        toll_phrase_openers=_word_list(casualties, "toll_phrase_openers", where),
        number_of=_word_list(casualties, "number_of", where),
        killed_before_of=_word_list(casualties, "killed_before_of", where),
        injured_before_of=_word_list(casualties, "injured_before_of", where),
        killed_nouns=frozenset(n.lower() for n in _word_list(casualties, "killed_nouns", where)),
        injured_nouns=frozenset(
            " ".join(n.lower().split()) for n in _word_list(casualties, "injured_nouns", where)
        ),
        captured_nouns=frozenset(
            n.lower() for n in _word_list(casualties, "captured_nouns", where)
        ),
        joint_cues=_word_list(casualties, "joint_cues", where),
        joint_nouns=frozenset(n.lower() for n in _word_list(casualties, "joint_nouns", where)),
        not_casualty_cues=_word_list(casualties, "not_casualty_cues", where),
        flight_participles=_word_list(casualties, "flight_participles", where),
        group_of={" ".join(k.lower().split()): v for k, v in groups.items()},
        not_government_after=_word_list(casualties, "not_government_after", where),
        government_words=frozenset(
            w.lower() for w in _word_list(casualties, "government_words", where)
        ),
        family_words=_word_list(casualties, "family_words", where),
        civilian_bodies=_word_list(casualties, "civilian_bodies", where),
        armed_units=_word_list(casualties, "armed_units", where),
        finite_killed_cues=_word_list(casualties, "finite_killed_cues", where),
        people_only_cues=frozenset(
            w.lower() for w in _word_list(casualties, "people_only_cues", where)
        ),
        killed_subjects=_phrases(casualties, "killed_subjects", where),
        killed_counted=_phrases(casualties, "killed_counted", where),
        disease_words=_word_list(casualties, "disease_words", where),
        injured_counted=_phrases(casualties, "injured_counted", where),
        people_killed_subjects=_phrases(casualties, "people_killed_subjects", where),
        injured_subjects=_phrases(casualties, "injured_subjects", where),
        subject_links=_phrases(casualties, "subject_links", where),
        not_people=frozenset(w.lower() for w in _word_list(people, "not_people", "[people]")),
        machine_verbs=frozenset(
            w.lower() for w in _word_list(table, "machine_verbs", "the top level")
        ),
        noncombatants=_phrases(people, "noncombatants", "[people]"),
        dwellers=_phrases(people, "dwellers", "[people]"),
        capitalised_nouns=frozenset(n.lower() for n in people_nouns if n[:1].isupper()),
        modifiers=_word_list(table.get("modifiers", {}), "words", "[modifiers]"),
        not_names=_word_list(table.get("modifiers", {}), "not_names", "[modifiers]"),
    )


@dataclass(frozen=True)
class Claimants:
    """The claimant alias table, compiled: speaker phrase -> canonical organisation."""

    pattern: regex.Pattern  # every alias, case-blind (acronyms as written)
    alias_to_name: dict[str, str]
    # The same aliases as two stdlib patterns, one run on lower-cased text and one for the
    # acronyms as written: a case-blind alternation of some 200 phrases scans several times
    # slower, and speaker phrases are scanned for aliases at every attribution.
    lowered: re.Pattern = field(default=None, compare=False, repr=False)
    acronyms: re.Pattern | None = field(default=None, compare=False, repr=False)
    # Each speaker phrase is looked up several times per article; answers are kept.
    _known: dict = field(default_factory=dict, compare=False, hash=False, repr=False)
    country_of: dict[str, str] = field(default_factory=dict)  # canonical name -> its country
    # canonical name -> the countries where its forces fight abroad ("operates_in")
    operates_in: dict[str, frozenset[str]] = field(default_factory=dict)
    # canonical name -> the one country in whose stories its generic aliases name it
    # ("a monitoring group" is the Syrian Observatory only in a story of Syria)
    home_of: dict[str, str] = field(default_factory=dict)
    # canonical name -> its generic aliases, lower case
    generic_aliases: dict[str, frozenset[str]] = field(default_factory=dict)
    # canonical name -> words other bodies fighting abroad are called too ("the coalition"),
    # lower case: they name the one whose war the story is of
    theatre_aliases: dict[str, frozenset[str]] = field(default_factory=dict)
    demonym_of: dict[str, str] = field(default_factory=dict)  # "Afghanistan" -> "Afghan"
    country_of_word: dict[str, str] = field(default_factory=dict)  # "british" -> Britain
    # "of"/"for" and a capitalised word after an alias: a longer name ("Ministry of Health").
    name_goes_on: re.Pattern | None = None
    specified_heads: frozenset[str] = frozenset()  # "ministry": many kinds, told by "of X"
    other_side_modifiers: frozenset[str] = frozenset()  # "rebel| coalition": another body
    shared_heads: frozenset[str] = frozenset()  # "The Horn Conflict |Observatory|": another
    owner_determiners: frozenset[str] = frozenset()  # "The" before an alias owns nothing
    # A country named alone as the speaker ("turkey", "moscow", lower case) -> its government.
    government_of: dict[str, str] = field(default_factory=dict)
    country_words: re.Pattern | None = None  # every word of [countries], as written
    news_media: frozenset[str] = frozenset()  # canonical names of news outlets ("news_media")

    def countries_in(self, text: str) -> frozenset[str]:
        """The countries ``text`` names with a word of the country table ("an Afghan air
        force strike" names Afghanistan, "the Saudi-led coalition" Saudi Arabia)."""
        if self.country_words is None:
            return frozenset()
        return frozenset(
            self.country(match.group()) for match in self.country_words.finditer(text)
        ) - {""}

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, alias in lower case) of every alias in ``text``, in order; the match
        may end in a possessive ("the coalitions spokesman" names the coalition)."""
        lowered = text.lower()
        if len(lowered) != len(text):  # a letter whose lower case is longer: offsets would shift
            return [
                (m.start(), m.end(), m.group("alias").lower()) for m in self.pattern.finditer(text)
            ]
        found = [(m.start(), m.end(), m.group("alias")) for m in self.lowered.finditer(lowered)]
        if self.acronyms is not None:
            found += [
                (m.start(), m.end(), m.group("alias").lower())
                for m in self.acronyms.finditer(text)
            ]
            found.sort()
        return found

    def issuing_body(self, outlet: str) -> str:
        """The claimant whose own release an article of ``outlet`` is, or '': a body that is
        no news outlet ("CJTF-OIR Public Affairs" is the US-led coalition; TASS, a news
        agency, reports in its own name)."""
        name = self.organisation(outlet)
        return "" if name in self.news_media else name

    def organisation(self, speaker: str) -> str:
        """Canonical claimant named in ``speaker``, or ''. A body's own name wins over a word any
        such body is called ("the conflict monitor ACLED"), then the longest alias.

        An alias may carry a possessive, with or without its apostrophe (scraped text drops
        them): "the coalitions spokesman" names the coalition.
        """
        if not speaker:
            return ""
        known = self._known.get(speaker)
        if known is not None:
            return known
        best, best_start, best_end, best_rank = "", 0, 0, (False, 0)
        for start, end, alias in self.find(speaker):
            if _plural(speaker, end, alias) and not (
                alias.endswith(" source") and self.countries_in(speaker[start:end])
            ):
                # "Monitors said": many monitors, not "the monitor"; but "Syrian military
                # sources" are the army's as one of them is (bare "military sources" may be
                # any country's).
                continue
            # A body's own name beats a word any such body is called: "the conflict monitor
            # ACLED" is ACLED, not the body "monitor" stands for.
            rank = (not self._generic(alias), len(alias))
            if rank > best_rank:
                best, best_start, best_end, best_rank = alias, start, end, rank
        name = self.alias_to_name.get(" ".join(best.split()), "") if best else ""
        if name and (
            self._foreign(speaker[:best_start], self.country_of.get(name, ""))
            or self._foreign_after(speaker[best_end:], self.country_of.get(name, ""))
            or self._unknown_owner(speaker[:best_start], best, name)
            or self._another_monitor(speaker[:best_start], best, name)
            or self._another_named(speaker[:best_start], best, name)
            or self._other_side(speaker[:best_start], best, name)
        ):
            # "Britain's Ministry of Defence" or "the Ministry of Defence of Armenia" is not
            # the Russian one
            name = ""
        if (
            name
            and best.split()[-1].removesuffix("'s") in self.specified_heads
            and not self._same_body(speaker[best_end:], name)
        ):
            # "the Ministry of Health" is not "the ministry"; but "the Ministry of Defense"
            # is the longer alias the match of "the ministry" overlapped.
            name, longer_end = self._longer_alias(speaker[best_start:], len(best))
            if name and self._foreign_after(
                speaker[best_start + longer_end :], self.country_of.get(name, "")
            ):
                name = ""  # "the Ministry of Defence of Armenia"
        if not name and not best:
            # "Turkey says", "Moscow said": only the country's name as the whole phrase, so
            # that "a Turkey-based monitor" or "refugees in Turkey" name no government.
            name = self.government_of.get(_country_key(speaker.strip()).lower(), "")
        if len(self._known) > 100_000:
            self._known.clear()
        self._known[speaker] = name
        return name

    def country(self, word: str) -> str:
        """The country a word names ("Turkey's", "Turkish", "U.S."), or ''."""
        key = _country_key(word)
        return self.country_of_word.get(key) or self.country_of_word.get(key.lower()) or ""

    def _longer_alias(self, phrase: str, length: int) -> tuple[str, int]:
        """The name of an alias longer than ``length`` that starts ``phrase`` after its first
        word (the determiner an overlapping alias took), and where it ends in ``phrase``; or
        ('', 0)."""
        parts = phrase.split(None, 1)
        rest = parts[1] if len(parts) > 1 else ""
        for start, end, alias in self.find(rest):
            if start == 0 and len(alias) > length:
                name = self.alias_to_name.get(" ".join(alias.split()), "")
                return name, len(phrase) - len(rest) + end
        return "", 0

    def _same_body(self, after: str, name: str) -> bool:
        """Whether the words after an alias leave it naming ``name``: "the ministry of
        Health" names another body, "the Defence Ministry of Russia" the same one (and "of
        Iraq" another country's)."""
        if self.name_goes_on is None:
            return True
        goes_on = self.name_goes_on.match(after)
        if goes_on is None:
            return True
        country = self.country(goes_on.group("word"))
        return bool(country) and country == self.country_of.get(name, country)

    def _foreign_after(self, after: str, country: str) -> bool:
        """Whether "of" and a country other than ``country`` follow an alias ("the Ministry
        of Defence of Armenia")."""
        goes_on = self.name_goes_on.match(after) if self.name_goes_on and country else None
        return goes_on is not None and self.country(goes_on.group("word")) not in ("", country)

    def _foreign(self, before: str, country: str) -> bool:
        """Whether the two words before an alias name a country other than ``country``;
        "Russian and Syrian state media" is a joint attribution, not a foreign one."""
        if not country:
            return False
        words = before.split()[-2:]
        if words and words[-1].lower() in ("and", "or", "&"):
            return False
        return any(self.country(word) not in ("", country) for word in words)

    def _unknown_owner(self, before: str, alias: str, name: str) -> bool:
        """Whether the word right before a state body's alias ("defence ministry") names an
        owner of another country, so the body is another's: a capitalised modifier the table
        does not know ("The Karabakh defence ministry", "the Houthi-run defence ministry"), or
        a possessive the table knows as another country's ("Erdogan's defence ministry"). An
        unknown possessive is a minister's name as often as a place's, and keeps the body
        ("Belousov's defence ministry"), as does a phrase's first word, which a sentence
        capitalises anyway."""
        country = self.country_of.get(name, "")
        if not country or alias.split()[-1].lower() not in self.specified_heads:
            return False
        words = before.split()
        if words and words[-1].endswith(("'s", "\u2019s")):
            owner = self.owner_country(words[-1])
            return bool(owner) and owner != country
        word, count = self._owner_before(before)
        if count < 2 or not word or self.country(word):
            return False
        return not any(
            self.alias_to_name.get(" ".join(a.split())) == name for *_, a in self.find(before)
        )

    def _generic(self, alias: str) -> bool:
        """Whether an alias is one of its body's generic aliases ("monitor")."""
        words = " ".join(alias.split())
        name = self.alias_to_name.get(words, "")
        return words.lower() in self.generic_aliases.get(name, frozenset())

    def _another_monitor(self, before: str, alias: str, name: str) -> bool:
        """Whether a word any such body is called (a claimant's generic alias: "monitors")
        follows an owner that makes it another body: an acronym or a capitalised word the
        table does not know as the body's home ("OSCE monitors", "UN monitors"), where "a
        Syrian monitoring group" is the Observatory. A phrase's first word that is no acronym
        owns nothing ("Local monitors said")."""
        if " ".join(alias.lower().split()) not in self.generic_aliases.get(name, frozenset()):
            return False
        word, count = self._owner_before(before)
        if not word:
            return False
        country = self.country(word)
        if country:
            return country != self.home_of.get(name, "")
        return count > 1 or word.isupper()

    def shared_head(self, phrase: str) -> bool:
        """Whether a phrase ends in an alias other bodies' names end in too ("the
        observatory"), which may then stand for such a body named before."""
        words = phrase.lower().split()
        return bool(words) and words[-1] in self.shared_heads

    def _another_named(self, before: str, alias: str, name: str) -> bool:
        """Whether a body's alias that other bodies' names end in too (`shared_heads`:
        "observatory") ends another body's name: after another country's word ("the Iraqi
        Observatory"), or after a capitalised word that is no country's and no other alias of
        the body ("The Horn Conflict Observatory"), where "the Syrian Observatory" and "the
        Britain-based observatory" are the body. A phrase's first word owns nothing."""
        if " ".join(alias.lower().split()) not in self.shared_heads:
            return False
        word, count = self._owner_before(before)
        if count < 2 or not word or "-" in word:
            return False  # "-based", "-run": a describer ("the London-based Observatory")
        country = self.country(word)
        if country:
            # "the Iraqi Observatory" is another; "the Syrian Observatory" is the body.
            return country != self.home_of.get(name, "")
        return not any(
            self.alias_to_name.get(" ".join(a.split())) == name for *_, a in self.find(before)
        )

    def _other_side(self, before: str, alias: str, name: str) -> bool:
        """Whether the word right before a lower-case alias, no generic one, makes the body
        another side's ("the rebel coalition"): `other_side_modifiers`. A name written in
        capitals ("Rebel Coalition Force") is looked up as written."""
        words = before.split()
        return (
            bool(words)
            and alias[:1].islower()
            and words[-1].lower() in self.other_side_modifiers
            and " ".join(alias.lower().split()) not in self.generic_aliases.get(name, frozenset())
        )

    def _owner_before(self, before: str) -> tuple[str, int]:
        """The capitalised word right before an alias that may own it, keyed as the country
        table keys words ("Karabakh", "OSCE"), or '' for one that owns nothing (lower case,
        "The"); and how many words stand before the alias."""
        words = before.split()
        if not words:
            return "", 0
        word = _country_key(words[-1])
        if not word[:1].isupper() or word.lower() in self.owner_determiners:
            return "", len(words)
        return word, len(words)

    def owner_country(self, possessive: str) -> str:
        """The country of the owner a possessive names, by the claimant it is an alias of or
        the country it is ("Putin's": Russia, by the Kremlin; "Erdogan's": Turkey); ''."""
        word = _country_key(possessive)
        owner = self.organisation(word) if word[:1].isupper() else ""
        return self.country_of.get(owner, "") or self.country(word)


def _plural(speaker: str, end: int, alias: str) -> bool:
    """Whether an alias matched with a bare "s" ends the phrase: a plural ("Monitors"), where
    the "s" before another word is a possessive without its apostrophe ("the coalitions
    spokesman")."""
    return (
        speaker[end - 1 : end] in ("s", "S")
        and not alias.endswith("s")
        # "the Observatorys count": a consonant's "y" takes "ies" in the plural, so an "s"
        # after it is a possessive that lost its apostrophe.
        and not (alias.endswith("y") and alias[-2:-1] not in "aeiou")
        and speaker[end - 2 : end - 1] not in ("'", "\u2019")
        and not speaker[end:].strip()
    )


def _country_key(word: str) -> str:
    """A word as the country table keys it: no possessive, no dots, acronyms as written
    ("U.S." -> "US", "Britain's" -> "britain" once lower-cased)."""
    word = word.strip("\"'()[],;:\u201c\u201d")
    for ending in ("'s", "\u2019s", "-led"):
        word = word.removesuffix(ending)  # "the Saudi-led coalition" is Saudi Arabia's
    return word.replace(".", "")


@lru_cache(maxsize=1)
def claimants() -> Claimants:
    """The claimant aliases from ``data/claimants.toml``."""
    table = load_toml(CLAIMANTS_FILE)
    alias_to_name: dict[str, str] = {}
    # Acronyms in capitals ("WHO", "UN", "SANA") match only as written, so that "who" and
    # "un-" stay words; every other alias matches in any case ("The Observatory said").
    acronyms: list[str] = []
    seen: set[str] = set()
    for index, entry in enumerate(table.get("claimant", []), start=1):
        if "name" not in entry or not entry.get("aliases"):
            raise FiguresInputError(
                f"{CLAIMANTS_FILE} claimant #{index}: give both `name` and `aliases`"
            )
        if entry["name"] in seen:
            # A second entry would silently take the aliases it shares with the first.
            raise FiguresInputError(
                f"{CLAIMANTS_FILE} claimant #{index}: {entry['name']!r} is listed twice; "
                "merge its aliases into one entry"
            )
        seen.add(entry["name"])
        for written in [entry["name"], *entry["aliases"]]:
            # Scraped text and headlines drop a possessive's apostrophe or the whole of it:
            # "Syria's army" is also "Syrias army" and "Syria Army".
            alias_to_name[" ".join(written.lower().split())] = entry["name"]
            if "'s " in written:
                for variant in (written.replace("'s ", "s "), written.replace("'s ", " ")):
                    alias_to_name.setdefault(" ".join(variant.lower().split()), entry["name"])
            if written.isupper() and " " not in written:
                acronyms.append(written)
    lowered = [a for a in alias_to_name if a.upper() not in acronyms]
    alternation = phrase_alternation(lowered)
    if acronyms:
        alternation = f"{alternation}|{phrase_alternation(acronyms)}"
    pattern = regex.compile(
        rf"(?<![\w-])(?P<alias>{alternation})(?:['\u2019]s|s)?(?![\w-])", regex.IGNORECASE
    )
    possessive = r"(?:['\u2019]s|s)?(?![\w-])"
    goes_on = _word_list(table, "name_goes_on", "(top level)", CLAIMANTS_FILE)
    heads = _word_list(table, "specified_heads", "(top level)", CLAIMANTS_FILE)
    determiners = _word_list(table, "owner_determiners", "(top level)", CLAIMANTS_FILE)
    other_sides = _word_list(table, "other_side_modifiers", "(top level)", CLAIMANTS_FILE)
    shared = _word_list(table, "shared_heads", "(top level)", CLAIMANTS_FILE)
    countries = table.get("countries", {})
    written = _country_words(countries)
    country_of_word: dict[str, str] = {}
    for word, country in written.items():
        key = _country_key(word)
        # Acronyms ("US", "UK") only as written, so that "us" stays a pronoun.
        country_of_word[key if key.isupper() else key.lower()] = country
    names = {entry["name"] for entry in table.get("claimant", [])}
    governments = table.get("governments", {})
    government_of = {}
    for name in governments:
        if name not in names:
            raise FiguresInputError(
                f"{CLAIMANTS_FILE} [governments] {name!r}: the key must be a claimant's `name`"
            )
        for word in _word_list(governments, name, "[governments]", CLAIMANTS_FILE):
            government_of[_country_key(word).lower()] = name
    country_of, operates_in, home_of = {}, {}, {}

    def known_country(index: int, entry: dict, key: str, country: str) -> str:
        if country not in countries:
            raise FiguresInputError(
                f"{CLAIMANTS_FILE} claimant #{index} ({entry['name']}): {key} "
                f"{country!r} is not a key of [countries]; add it there"
            )
        return country

    generic_aliases, theatre_aliases = (
        {
            entry["name"]: frozenset(
                alias.lower() for alias in _word_list(entry, key, "claimant", CLAIMANTS_FILE)
            )
            for entry in table.get("claimant", [])
            if key in entry
        }
        for key in ("generic_aliases", "theatre_aliases")
    )
    for index, entry in enumerate(table.get("claimant", []), start=1):
        for key, countries_of in (("home", home_of), ("country", country_of)):
            if key in entry:
                countries_of[entry["name"]] = known_country(index, entry, key, entry[key])
        abroad = _word_list(entry, "operates_in", f"claimant #{index}", CLAIMANTS_FILE)
        for country in abroad:
            known_country(index, entry, "operates_in", country)
        if abroad:
            operates_in[entry["name"]] = frozenset(abroad)
        if not isinstance(entry.get("news_media", False), bool):
            raise FiguresInputError(
                f"{CLAIMANTS_FILE} claimant #{index} ({entry['name']}): news_media must be "
                "true or false"
            )
    return Claimants(
        pattern=pattern,
        alias_to_name=alias_to_name,
        lowered=re.compile(rf"(?<![\w-])(?P<alias>{_literal_alternation(lowered)}){possessive}"),
        acronyms=re.compile(rf"(?<![\w-])(?P<alias>{_literal_alternation(acronyms)}){possessive}")
        if acronyms
        else None,
        country_of=country_of,
        operates_in=operates_in,
        home_of=home_of,
        news_media=frozenset(
            entry["name"] for entry in table.get("claimant", []) if entry.get("news_media")
        ),
        generic_aliases=generic_aliases,
        theatre_aliases=theatre_aliases,
        # The table lists a country's name, then its demonym: "Afghanistan", "Afghan".
        demonym_of={country: words[1] for country, words in countries.items() if len(words) > 1},
        country_of_word=country_of_word,
        government_of=government_of,
        name_goes_on=re.compile(
            rf"\s{{1,3}}(?:{'|'.join(map(re.escape, goes_on))})\s{{1,3}}(?:the\s{{1,3}})?"
            # Any case: scraped copy may be all lower case ("the ministry of interior"); but a
            # pronoun or an article opens no name ("the ministry, for its part, said").
            r"(?!(?:its|their|his|her|a|an|this|that|these|those|our)\b)"
            r"(?P<word>[A-Za-z][\w.'-]{0,30})"
        )
        if goes_on
        else None,
        specified_heads=frozenset(w.lower() for w in heads),
        owner_determiners=frozenset(w.lower() for w in determiners),
        other_side_modifiers=frozenset(w.lower() for w in other_sides),
        shared_heads=frozenset(w.lower() for w in shared),
        # As written (the table's words are capitalised): "Afghan", "US", "Kabul".
        country_words=re.compile(
            rf"(?<![\w-])(?:{_literal_alternation(sorted(written))})"
            r"(?:['\u2019]s)?(?!\w)"
        )
        if countries
        else None,
    )


def _country_words(countries: dict) -> dict[str, str]:
    """Every word of the [countries] table, as written, -> its country; a demonym also in the
    plural ("Palestinians", "Iraqis", "Afghans"), as stories name peoples."""
    written: dict[str, str] = {}
    for country in countries:
        for word in _word_list(countries, country, "[countries]", CLAIMANTS_FILE):
            written[word] = country
            if word != country and " " not in word and word[-1] in "ni" and word.istitle():
                written.setdefault(f"{word}s", country)
    return written


def _literal_alternation(phrases: list[str]) -> str:
    """A stdlib alternation of phrases as written, longest first, spaces flexible."""
    return phrase_alternation(phrases, as_written=True)
