"""The word-list alternations every pattern is built from (``lexicon.phrase_alternation``).

Phrases that begin alike share their beginning in the pattern; read forwards, the pattern must
match exactly what the plain alternation (longest phrase first) matches, and backtrack through
the same phrases in the same order. A property test checks both on phrases and texts drawn from
letters that collide: the same letter in both cases, exact and case-free phrases, non-ASCII
letters, hyphens and spaces.
"""

from __future__ import annotations

import re

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from figures_lib.lexicon import phrase_alternation


def _plain_alternation(phrases: list[str]) -> str:
    """The alternation as the lexicon wrote it before phrases shared their beginnings."""
    parts = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        body = r"\s{1,3}".join(regex.escape(word) for word in phrase.split())
        parts.append(f"(?-i:{body})" if phrase != phrase.lower() else body)
    return "|".join(parts)


def _matches(pattern: str, text: str) -> list:
    compiled = regex.compile(pattern, regex.IGNORECASE)
    found = []
    for position in range(len(text) + 1):
        match = compiled.match(text, position)
        found.append(None if match is None else (match.span(), match.span("tail")))
    return found


# After the phrase, a tail that may need a shorter phrase: "air strike|s" against "air strikes".
CONTEXTS = [r"(?:{})(?P<tail>)", r"(?:{})(?P<tail>s)", r"(?:{})(?P<tail>s|)(?![\w-])"]


def test_a_longer_phrase_wins_and_a_shorter_one_is_tried_after_it():
    phrases = ["air strike", "air strikes", "aircraft", "airstrike", "Air Force", "IS", "isis"]
    shared = phrase_alternation(phrases)
    assert shared.count("air") < _plain_alternation(phrases).count("air")
    words = regex.compile(rf"(?<![\w-])(?:{shared})(?![\w-])", regex.IGNORECASE)
    assert [
        m.group() for m in words.finditer("Air strikes and an Air Force aircraft hit ISIS")
    ] == [
        "Air strikes",
        "Air Force",
        "aircraft",
        "ISIS",
    ]
    # "is" is lower case here and "IS" is exact: only the exact word is the group.
    assert words.search("what is left") is None
    assert words.search("IS fighters").group() == "IS"
    # The phrase before "s" must give back its own "s": the shorter phrase is tried next.
    tail = regex.compile(rf"(?:{shared})(?P<tail>s)", regex.IGNORECASE).match("air strikes")
    assert tail.group() == "air strikes" and tail.span("tail") == (10, 11)


def test_backwards_patterns_take_the_plain_alternation():
    phrases = ["killed", "were killed", "killed in action by"]
    assert phrase_alternation(phrases, reverse=True) == _plain_alternation(phrases)
    backwards = regex.compile(
        rf"(?r)(?<![\w-])(?:{phrase_alternation(phrases, reverse=True)})(?![\w-])",
        regex.IGNORECASE,
    )
    assert backwards.search("they were killed").group() == "were killed"


def test_no_phrases_make_an_empty_alternation():
    assert phrase_alternation([]) == ""


LETTERS = "aAbB-é"
words = st.text(alphabet=LETTERS, min_size=1, max_size=4)
phrases = st.lists(words, min_size=1, max_size=3).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(phrases, min_size=1, max_size=12),
    st.text(alphabet=LETTERS + " s", max_size=24),
)
def test_shared_beginnings_match_as_the_plain_alternation_does(phrase_list, text):
    shared = phrase_alternation(phrase_list)
    plain = _plain_alternation(phrase_list)
    for context in CONTEXTS:
        assert _matches(context.format(shared), text) == _matches(context.format(plain), text)
    # Texts made of the phrases themselves, so that long matches happen too.
    joined = " ".join(phrase_list) + " s " + "  ".join(reversed(phrase_list))
    for context in CONTEXTS:
        assert _matches(context.format(shared), joined) == _matches(context.format(plain), joined)


def _plain_as_written(phrases: list[str]) -> str:
    return "|".join(
        r"\s{1,3}".join(re.escape(word) for word in phrase.split())
        for phrase in sorted(set(phrases), key=len, reverse=True)
    )


@settings(max_examples=200, deadline=None)
@given(
    st.lists(phrases, min_size=1, max_size=12),
    st.text(alphabet=LETTERS + " s", max_size=24),
)
def test_phrases_as_written_match_as_the_plain_alternation_does(phrase_list, text):
    shared = phrase_alternation(phrase_list, as_written=True)
    plain = _plain_as_written(phrase_list)
    for sample in (text, " ".join(phrase_list) + " s " + "  ".join(reversed(phrase_list))):
        for context in CONTEXTS:
            found = [re.compile(context.format(alt)) for alt in (shared, plain)]
            spans = [
                [
                    None if (m := pattern.match(sample, position)) is None else m.span("tail")
                    for position in range(len(sample) + 1)
                ]
                for pattern in found
            ]
            assert spans[0] == spans[1]


def test_stray_spaces_and_blank_phrases_change_nothing():
    # "ab " is the phrase "ab", shorter than "abc": the longer still wins.
    stray = regex.compile(f"(?:{phrase_alternation(['ab  ', 'abc'])})", regex.IGNORECASE)
    assert stray.match("abc").group() == "abc"
    # A phrase of spaces is no phrase: it matches no empty string.
    blank = regex.compile(f"(?:{phrase_alternation(['   ', 'ab'])})", regex.IGNORECASE)
    assert blank.match("xy") is None
    assert phrase_alternation(["air  strike", "air strike "]) == phrase_alternation(["air strike"])


def test_an_exact_phrase_keeps_its_non_ascii_letters_exact():
    # The regex module folds some letters Python's tables give no case ("ƛ" and U+A7DC):
    # in a capitalised phrase they match only as written, as the whole phrase does.
    for phrases in (["X \u019b"], ["\u019bA", "\u019bb"]):
        shared = regex.compile(f"(?:{phrase_alternation(phrases)})", regex.IGNORECASE)
        plain = regex.compile(f"(?:{_plain_alternation(phrases)})", regex.IGNORECASE)
        for text in ("X \ua7dc", "\ua7dcA", "\u019bA", "X \u019b"):
            found = [
                None if m is None else m.span() for m in (shared.match(text), plain.match(text))
            ]
            assert found[0] == found[1], (phrases, text)
