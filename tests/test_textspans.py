"""Text helpers that the claim stages share: offset-keeping lower case and word occurrences."""

from __future__ import annotations

import re

import pytest

from figures_lib.claims import extract_claims
from figures_lib.textspans import (
    Occurrences,
    WholeWords,
    after_last_mark,
    lowered,
    mark_between,
)


def test_lower_case_keeps_every_offset():
    text = "İSTANBUL: 40 KILLED in İzmir"
    low = lowered(text)
    assert len(low) == len(text)
    assert low[text.index("KILLED") :].startswith("killed")
    assert text.lower() != low  # the plain lower case is a character longer per dotted I


def answers(found: Occurrences, windows: list[tuple[int, int]]) -> list[bool]:
    return [found.within(start, end) for start, end in windows]


def indexed(found: Occurrences) -> Occurrences:
    """``found`` after a window as long as its text, so that later windows are lookups."""
    found.within(0, 10**9)
    return found


def test_occurrences_answer_whether_a_match_lies_inside_a_window():
    text = "jets struck; three were killed, and then the strikes resumed"
    killed = text.index("killed")
    windows = [(0, len(text)), (killed, killed + 4), (killed, killed + 3),
               (killed + 1, text.index("strikes")), (killed + 1, len(text)), (2, 5)]  # fmt: skip
    expected = [True, True, False, False, True, False]
    pattern = re.compile(r"\bkill|\bstrike")
    # Searched window by window, and looked up in the index: the same answers.
    assert answers(Occurrences(text, pattern=pattern), windows) == expected
    assert answers(indexed(Occurrences(text, pattern=pattern)), windows) == expected
    # A word boundary is read in the whole text: "kill" inside "skilled" is no match.
    assert not Occurrences("skilled", pattern=re.compile(r"\bkill")).within(1, 7)
    assert not indexed(Occurrences("skilled", pattern=re.compile(r"\bkill"))).within(1, 7)
    assert not Occurrences("", pattern=re.compile("kill")).within(0, 10)


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
    windows = [(0, 10), (0, 9), (text.index("tally"), text.index("tally") + 5),
               (text.index("recount"), len(text)), (11, 20)]  # fmt: skip
    expected = [True, False, True, True, False]  # "count" inside "recount", as `in` finds it
    words = ("number", "count", "tally")
    assert answers(Occurrences(text, words=words), windows) == expected
    assert answers(indexed(Occurrences(text, words=words)), windows) == expected


def test_whole_words_find_what_a_whole_word_pattern_finds():
    words = ["town", "village", "area", "city"]
    text = (
        "The town of Ghandoura, a village-level area; the towns and the township; "
        "Old City and the city's edge; areas, 'town' and a city"
    )
    pattern = re.compile(r"(?<![\w'’-])(?:town|village|area|city)(?![\w'’-])")
    expected = [m.span() for m in pattern.finditer(text)]
    found = WholeWords(words, joiners="'’-").spans(text)
    assert found == expected
    assert [text[start:end] for start, end in found] == ["town", "area", "city"]
    # Hyphens and apostrophes join only when asked to: "village-level" holds "village" then.
    joined = "a village-level area"
    assert WholeWords(words, joiners="-").spans(joined) == [(16, 20)]
    assert WholeWords(words).spans(joined) == [(2, 9), (16, 20)]
    assert WholeWords(words).spans("") == []


def test_whole_words_refuse_what_is_not_one_word():
    with pytest.raises(ValueError, match="refugee camp"):
        WholeWords(["town", "refugee camp"])


def test_first_word_at_skips_white_space_only():
    from figures_lib.textspans import first_word_at

    text = "End.  \n A day later, jets struck."
    assert text[first_word_at(text, 4, len(text)) :].startswith("A day later")
    assert first_word_at(text, 4, 7) == 7  # white space only: the end


def test_a_curly_quotation_mark_opens_a_new_sentence_as_a_straight_one_does():
    from figures_lib.textspans import sentences

    text = (
        "Jets hit the town, the ministry said. \u201cSince Tuesday, 40 people died,\u201d he said."
    )
    assert [text[s.start : s.end][:6] for s in sentences(text)] == ["Jets h", "\u201cSince"]
    # The period a quotation states is its own sentence's, not the figure's before it.
    claims = extract_claims(
        "Jets killed one civilian in Idlib on Wednesday, the Observatory said. \u201cSince "
        "Tuesday morning, 40 people have died in the province,\u201d a doctor said.",
        published="2016-02-17",
    )
    assert claims.period_text.tolist() == ["", "since Tuesday"]


def test_marks_between_and_the_clause_after_the_last_one():
    text = "Jets struck Idlib, killing 12; 5 more died."
    figure = text.index("12")
    assert mark_between(text, 0, figure, ",;") and not mark_between(text, 0, figure, ";.")
    assert text[after_last_mark(text, 0, figure, ",;") :].startswith(" killing")
    assert after_last_mark(text, 0, figure, ".") == 0  # no mark: from the start
