"""Sentences, paragraphs and quotations of a cleaned article, as character spans."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable
from typing import NamedTuple

import regex

# Words that end with a full stop without ending a sentence ("Sept. 30", "Maj. Gen.", "U.S.").
ABBREVIATIONS = frozenset(
    """mr mrs ms dr gen lt col maj capt sgt adm sen rep gov pres st no nos jan feb mar apr jun
    jul aug sep sept oct nov dec u.s u.n u.k e.g i.e vs approx inc co corp ltd jr sr mt ft fig
    est dept univ assn bros gov't p.m a.m brig cpl pvt cmdr prof"""
    .split()
)  # fmt: skip

# A full stop, question or exclamation mark, closing quotes or brackets, white space, then
# something that can start a sentence.
# Both are ASCII literals, which the stdlib engine scans faster and reads the same way.
# Quotation marks straight and curly may close a sentence or open the next: 'said. "Since' and
# 'said. \u201cSince'.
_BOUNDARY = re.compile(
    r"[.!?][\"')\]\u201d\u2019\u00bb]{0,3}(?=[ ]{1,5}[\"'(\[\u201c\u2018\u00ab]{0,2}[A-Z0-9])"
)
_QUOTE_MARK = re.compile('"')


_SURROGATE = regex.compile(r"[\ud800-\udfff]")
_ANY_DIGIT = regex.compile(r"\d")


def lowered(text: str) -> str:
    """``text`` lower-cased with every offset kept: "\u0130" (dotted capital I), the one
    character whose lower case is two characters, becomes "i"."""
    return text.replace("\u0130", "i").lower()


def without_surrogates(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD, so it can be encoded as UTF-8.

    One character for one, so every offset into the text stays valid.
    """
    if text.isascii() or _SURROGATE.search(text) is None:
        return text
    return _SURROGATE.sub("\ufffd", text)


def ascii_digits(text: str) -> str | None:
    """``text`` with the decimal digits of every script written as ASCII ("٣٥" is "35").

    None when a character is a digit to the patterns (the ``regex`` module's Unicode tables)
    but has no decimal value in this Python's, as for scripts newer than those tables: such a
    candidate is no number we can read.
    """
    if text.isascii():
        return text
    characters = []
    for character in text:
        if not character.isascii():
            digit = unicodedata.decimal(character, None)
            if digit is not None:
                character = str(digit)
            elif _ANY_DIGIT.match(character):
                return None
        characters.append(character)
    return "".join(characters)


_NON_SPACE = re.compile(r"\S")


def mark_between(text: str, start: int, end: int, marks: str) -> bool:
    """Whether any of the characters ``marks`` stands in ``text[start:end]`` (no slice made)."""
    return any(text.find(mark, start, end) >= 0 for mark in marks)


def thousands_separator(text: str, at: int) -> bool:
    """Whether the mark at ``text[at]`` stands between digits ("112,041")."""
    return text[at - 1 : at].isdigit() and text[at + 1 : at + 2].isdigit()


def after_last_mark(text: str, start: int, end: int, marks: str) -> int:
    """The offset right after the last of ``marks`` in ``text[start:end]``, else 0: where the
    clause that ends at ``end`` opens, when ``start`` is no later."""
    return max(text.rfind(mark, start, end) for mark in marks) + 1


def first_word_at(text: str, start: int, end: int) -> int:
    """Where the first character that is no white space stands in ``text[start:end]`` (``end``
    when there is none): where a sentence's opening words start."""
    found = _NON_SPACE.search(text, start, end)
    return found.start() if found is not None else end


class Span(NamedTuple):
    """Character offsets [start, end) into an article. A tuple, as articles make thousands."""

    start: int
    end: int


def paragraphs(text: str) -> list[Span]:
    """One span per line of the cleaned text (cleaning puts one paragraph on each line)."""
    spans = []
    start = 0
    for line in text.split("\n"):
        if line.strip():
            spans.append(Span(start, start + len(line)))
        start += len(line) + 1
    return spans


def sentences(text: str, paragraph_spans: list[Span] | None = None) -> list[Span]:
    """Sentence spans, never crossing a paragraph, white space trimmed.

    ``paragraph_spans`` saves finding the paragraphs again when the caller has them.
    """
    spans: list[Span] = []
    if paragraph_spans is None:
        paragraph_spans = paragraphs(text)
    if not paragraph_spans:
        return spans
    # One scan over the paragraphs: a boundary needs spaces after it, so it never spans a line.
    boundaries = _BOUNDARY.finditer(text, paragraph_spans[0].start, paragraph_spans[-1].end)
    boundary = next(boundaries, None)
    for paragraph in paragraph_spans:
        start = paragraph.start
        while boundary is not None and boundary.start() < paragraph.end:
            mark = boundary.start()
            if mark >= paragraph.start and not ends_abbreviation(text, paragraph.start, mark):
                end = boundary.end()
                spans.append(Span(start, end))
                start = end
                while start < paragraph.end and text[start] == " ":
                    start += 1
            boundary = next(boundaries, None)
        if start < paragraph.end:
            spans.append(Span(start, paragraph.end))
    return spans


def ends_abbreviation(text: str, floor: int, mark: int) -> bool:
    """Whether the full stop at ``mark`` closes an abbreviation ("Sept.", "U.S.") or an initial."""
    if text[mark] != ".":
        return False
    begin = mark
    while begin > max(floor, mark - 12) and (text[begin - 1].isalnum() or text[begin - 1] in "._"):
        begin -= 1
    word = text[begin:mark].lower()
    return word.rstrip(".") in ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def quote_spans(text: str, paragraph: Span, closing=None) -> list[Span]:
    """Spans inside double quotation marks in one paragraph, quote marks included.

    Quotes pair up in order; an unclosed last quote runs to the end of the paragraph, as news
    style does when a quotation continues into the next paragraph. But a paragraph that ends
    in an attribution, which ``closing`` (a compiled pattern) finds at its end, lost the
    closing mark (""Last night, jets destroyed 56 drones, the ministry said."): the quotation
    ends before it.
    """
    marks = [m.start() for m in _QUOTE_MARK.finditer(text, paragraph.start, paragraph.end)]
    spans = [Span(marks[i], marks[i + 1] + 1) for i in range(0, len(marks) - 1, 2)]
    if len(marks) % 2 == 1:
        end = paragraph.end
        if closing is not None:
            found = closing.search(text, max(marks[-1], paragraph.end - 160), paragraph.end)
            if found is not None:
                end = found.start()
        spans.append(Span(marks[-1], end))
    return spans


class SpanIndex:
    """Find which span of a sorted, non-overlapping list holds an offset."""

    def __init__(self, spans: list[Span]):
        self.spans = spans
        self._starts = [span.start for span in spans]

    def find(self, offset: int) -> int | None:
        """Index of the span containing ``offset``, or None."""
        index = bisect.bisect_right(self._starts, offset) - 1
        if index >= 0 and self.spans[index].start <= offset < self.spans[index].end:
            return index
        return None

    def at_or_before(self, offset: int) -> int:
        """Index of the last span starting at or before ``offset`` (-1 when there is none)."""
        return bisect.bisect_right(self._starts, offset) - 1


class WholeWords:
    r"""Finds some words in a text as whole words, in the case written.

    ``finditer`` of ``(?<![\w<joiners>])(?:word|...)(?![\w<joiners>])`` finds the same spans,
    but a pattern is tried at every offset of the text, while ``str.find`` skips straight to
    each word's occurrences: several times faster on news text, which holds few of them. Words
    made of word characters only can neither overlap nor both match at one offset, so the
    found spans in order of position are exactly the pattern's.
    """

    def __init__(self, words: Iterable[str], joiners: str = ""):
        self.words = tuple(sorted(set(words)))
        self._joined = re.compile(rf"[\w{re.escape(joiners)}]")
        for word in self.words:
            if not word or any(self._joined.match(char) is None for char in word):
                raise ValueError(f"{word!r} is no whole word: only word characters are found")

    def spans(self, text: str) -> list[tuple[int, int]]:
        """The (start, end) of every whole occurrence of the words, in order of position."""
        joined, found = self._joined.match, []
        for word in self.words:
            size = len(word)
            position = text.find(word)
            while position != -1:
                end = position + size
                if (position == 0 or joined(text, position - 1) is None) and joined(
                    text, end
                ) is None:
                    found.append((position, end))
                position = text.find(word, end)
        found.sort()
        return found


class Occurrences:
    """Whether a pattern's match, or one of some words, lies inside a window of a text.

    The first windows asked about are searched directly; once they add up to the text's length
    (a text dense in figures, whose windows overlap), the whole text is indexed in one scan and
    every later window is a lookup. Either way the work is at most about twice the text's
    length, and a sparse text is never scanned whole. A match must lie wholly inside the window,
    with its word boundaries read in the whole text, so both ways answer alike.
    """

    def __init__(
        self, text: str, *, pattern: re.Pattern | regex.Pattern | None = None,
        words: Iterable[str] = (),
    ):  # fmt: skip
        self._text = text
        self._pattern = pattern
        self._words = tuple(words)
        self._read = 0
        self._starts: list[list[int]] | None = None  # per word, or one list for the pattern
        self._ends: list[int] = []

    def within(self, start: int, end: int) -> bool:
        """Whether a match (or word) starts at or after ``start`` and ends by ``end``."""
        if self._starts is None:
            self._read += max(0, end - start)
            if self._read <= len(self._text):
                return self._search(start, end)
            self._index()
        if self._pattern is not None:
            starts = self._starts[0]
            index = bisect.bisect_left(starts, start)
            # Matches do not overlap, so the first starting in the window also ends first.
            return index < len(starts) and self._ends[index] <= end
        for word, starts in zip(self._words, self._starts, strict=True):
            index = bisect.bisect_left(starts, start)
            if index < len(starts) and starts[index] + len(word) <= end:
                return True
        return False

    def _search(self, start: int, end: int) -> bool:
        if self._pattern is not None:
            return self._pattern.search(self._text, start, end) is not None
        return any(self._text.find(word, start, end) != -1 for word in self._words)

    def _index(self) -> None:
        if self._pattern is not None:
            starts = []
            for match in self._pattern.finditer(self._text):
                starts.append(match.start())
                self._ends.append(match.end())
            self._starts = [starts]
            return
        self._starts = []
        for word in self._words:
            starts, position = [], self._text.find(word)
            while position != -1:
                starts.append(position)
                position = self._text.find(word, position + 1)
            self._starts.append(starts)
