"""Text helpers that the claim stages share: offset-keeping lower case and word occurrences."""

from __future__ import annotations

import re

from figures_lib.claims import extract_claims
from figures_lib.textspans import Occurrences, lowered


def test_lower_case_keeps_every_offset():
    text = "İSTANBUL: 40 KILLED in İzmir"
    low = lowered(text)
    assert len(low) == len(text)
    assert low[text.index("KILLED") :].startswith("killed")
    assert text.lower() != low  # the plain lower case is a character longer per dotted I


def test_occurrences_answer_whether_a_match_lies_inside_a_window():
    text = "jets struck; three were killed, and then the strikes resumed"
    found = Occurrences(re.compile(r"\bkill|\bstrike"), text)
    killed = text.index("killed")
    assert found.within(0, len(text))
    assert found.within(killed, killed + 4)
    assert not found.within(killed, killed + 3)  # the match does not fit in the window
    assert not found.within(killed + 1, text.index("strikes"))  # none starts inside it
    assert found.within(killed + 1, len(text))  # "strike" later
    assert not Occurrences(re.compile("kill"), "").within(0, 10)


def test_bare_figures_take_a_casualty_word_from_the_article_wide_index():
    # A bare figure is a casualty figure only with a casualty word near it; the words are
    # found once per article, so a figure far from any, or in the next paragraph, is not.
    far = (
        "The airstrikes killed five. " + "The convoy moved on slowly. " * 8 + "Another 12 arrived."
    )
    rows = extract_claims(far, published="2016-03-14")
    assert list(rows["value"]) == [5.0]
    near = "Airstrikes hit the town on Monday, and another 12 were killed, activists said."
    rows = extract_claims(near, published="2016-03-14")
    assert list(rows["value"]) == [12.0] and list(rows["subtype"]) == ["killed"]


def test_occurrences_of_words_are_substrings_as_in_finds_them():
    text = "the number of sorties, a tally, and the recount"
    found = Occurrences.of_words(("number", "count", "tally"), text)
    assert found.within(0, 10) and not found.within(0, 9)  # "number" ends at 10
    assert found.within(text.index("tally"), text.index("tally") + 5)
    assert found.within(text.index("recount"), len(text))  # "count" inside "recount", as `in`
    assert not Occurrences.of_words(("tally",), "no such word here").within(0, 100)
