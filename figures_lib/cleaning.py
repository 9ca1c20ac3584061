"""Text cleaning that keeps provenance honest.

``clean_text`` normalises Unicode quotes, dashes and white space, drops paragraphs that repeat
earlier ones (scrapers often capture a whole article twice) and page furniture (a WordPress
footer), and reports exactly what it removed. Lone surrogates (halves of a UTF-16 pair, which
JSON can hold but no file can encode) are replaced by U+FFFD and counted. Every offset a later
stage reports refers to the cleaned text.
"""

from __future__ import annotations

import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import regex

FURNITURE_FILE = Path(__file__).with_name("data") / "furniture.toml"

# Typographic characters folded to ASCII so that patterns match one spelling. Quotes and
# apostrophes are kept distinct: a curly double quote becomes '"', a single one "'".
_CHARACTER_MAP = str.maketrans(
    {
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
        "\u2033": '"', "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
        "\u2212": "-", "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " ", "\u200a": " ",
        "\u3000": " ", "\u200b": None, "\u200c": None, "\u200d": None, "\ufeff": None,
        "\u00ad": None, "\u2028": "\n", "\u2029": "\n", "\r": None, "\t": " ", "\u2026": "...",
    }
)  # fmt: skip
_SPACES = regex.compile(r"[ \f\v]{2,}")
_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = regex.compile("[\ud800-\udfff]")

#: Repeated paragraphs shorter than this are kept: short lines ("READ MORE", a section
#: heading) legitimately recur, and dropping them would hide nothing of value.
MIN_REPEATED_CHARS = 40


@dataclass(frozen=True)
class CleanedText:
    """Cleaned text and an account of what cleaning removed."""

    text: str
    raw_chars: int
    removed_repeated: int = 0  # paragraphs dropped because an earlier one had the same text
    removed_furniture: int = 0  # page-furniture lines dropped
    removed_chars: int = 0  # characters of dropped paragraphs (white space changes not counted)
    removed_lines: tuple[str, ...] = field(default_factory=tuple)
    replaced_invalid: int = 0  # lone surrogates replaced by U+FFFD

    @property
    def removed_summary(self) -> str:
        """One line for the corpus table, e.g. '21 repeated paragraphs; 4 furniture lines'."""
        parts = []
        if self.removed_repeated:
            parts.append(f"{self.removed_repeated} repeated paragraphs")
        if self.removed_furniture:
            parts.append(f"{self.removed_furniture} furniture lines")
        if self.replaced_invalid:
            parts.append(f"{self.replaced_invalid} invalid characters replaced")
        return "; ".join(parts)


@lru_cache(maxsize=1)
def _furniture_patterns() -> tuple[list[regex.Pattern], list[regex.Pattern]]:
    with FURNITURE_FILE.open("rb") as handle:
        table = tomllib.load(handle)
    compile_all = lambda patterns: [regex.compile(p, regex.IGNORECASE) for p in patterns]  # noqa: E731
    return compile_all(table.get("tail", [])), compile_all(table.get("anywhere", []))


def normalise(text: str) -> str:
    """NFC-normalise, fold typographic quotes/dashes/spaces, strip control characters.

    Paragraphs end up one per line with single spaces inside and no blank lines.
    """
    text = unicodedata.normalize("NFC", text).translate(_CHARACTER_MAP)
    text = _CONTROL.sub("", text)
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _paragraph_key(paragraph: str) -> str:
    return " ".join(paragraph.lower().split())


def clean_text(raw: str) -> CleanedText:
    """Normalise ``raw`` and drop repeated paragraphs and page furniture.

    Parameters
    ----------
    raw:
        Article text as read from a file or a dataset.

    Returns
    -------
    CleanedText with the cleaned ``text`` and counts of what was removed.

    Examples
    --------
    >>> clean_text("Jets flew 64 sorties, the ministry said.\\n" * 2).removed_repeated
    1
    """
    repaired, replaced_invalid = _SURROGATE.subn("\ufffd", raw)
    paragraphs = normalise(repaired).split("\n") if repaired.strip() else []
    tail_patterns, anywhere_patterns = _furniture_patterns()
    removed: list[str] = []
    removed_repeated = removed_furniture = 0

    kept: list[str] = []
    seen: set[str] = set()
    for paragraph in paragraphs:
        key = _paragraph_key(paragraph)
        if any(p.fullmatch(paragraph) for p in anywhere_patterns):
            removed_furniture += 1
        elif len(key) >= MIN_REPEATED_CHARS and key in seen:
            removed_repeated += 1
        else:
            seen.add(key)
            kept.append(paragraph)
            continue
        removed.append(paragraph)

    # Furniture at the end of the page: strip a run of matching lines from the bottom up.
    while kept and any(p.fullmatch(kept[-1]) for p in tail_patterns):
        removed.append(kept.pop())
        removed_furniture += 1

    text = "\n".join(kept)
    return CleanedText(
        text=text,
        raw_chars=len(raw),
        removed_repeated=removed_repeated,
        removed_furniture=removed_furniture,
        removed_chars=sum(len(line) for line in removed),
        removed_lines=tuple(removed),
        replaced_invalid=replaced_invalid,
    )
