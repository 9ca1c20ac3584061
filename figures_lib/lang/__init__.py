"""Language data: each language's word tables as TOML files in ``lang/<code>/<table>.toml``.

The parsing code is shared; what differs between languages (number words, months, qualifiers,
speech verbs, change verbs, unit aliases) is data, loaded through :func:`table`, which checks
each file's shape and names the file and key in any error. A caller states the keys it needs
and what each holds, so the check lives beside the code that relies on it::

    words = table("numbers", "en", units="numbers", scales="numbers")

Shapes: ``"words"`` (a list of non-empty strings), ``"numbers"`` (a table of string to int or
float), ``"labels"`` (a table of string to string), ``"records"`` (a table of string to tables
or lists).
Adding a language is a new folder holding the same tables; patterns compiled from them are
cached per language by their callers (``functools.lru_cache`` on a ``language`` argument).
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

from ..errors import FiguresInputError

LANG_DIR = Path(__file__).resolve().parent
DEFAULT_LANGUAGE = "en"
SHAPES = ("words", "numbers", "labels", "records")


def languages() -> tuple[str, ...]:
    """Language codes that have a folder of word tables."""
    return tuple(
        sorted(p.name for p in LANG_DIR.iterdir() if p.is_dir() and not p.name.startswith("_"))
    )


def language_or_default(language: str | None) -> str:
    """The language code to use for an article: its own when we have tables for it, else English.

    Corpus rows carry a ``language`` column that may be empty or name a language without tables
    (the extractor then reads it with the English tables, as it did before languages existed).
    """
    code = (language or "").strip().lower().split("-")[0].split("_")[0]
    return code if code in languages() else DEFAULT_LANGUAGE


@cache
def _load(name: str, language: str) -> dict:
    if language not in languages():
        raise FiguresInputError(
            f"no word tables for language {language!r}; known: {', '.join(languages())}. "
            f"Add a folder {LANG_DIR.name}/{language}/ holding the same tables as "
            f"{DEFAULT_LANGUAGE}/"
        )
    path = LANG_DIR / language / f"{name}.toml"
    if not path.is_file():
        raise FiguresInputError(
            f"{path.name} is missing from lang/{language}/; "
            f"copy it from lang/{DEFAULT_LANGUAGE}/ and translate it"
        )
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise FiguresInputError(
            f"lang/{language}/{path.name}: not valid TOML ({error}); fix the file"
        ) from error


def _check(where: str, key: str, shape: str, value) -> None:
    def fail(what: str):
        raise FiguresInputError(
            f"{where} `{key}`: {what}; see the other entries of the file for the shape"
        )

    if shape == "words":
        if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
            fail("needs a list of non-empty strings")
    elif shape in ("numbers", "labels", "records"):
        if not isinstance(value, dict):
            fail(f"needs a table ({shape})")
        wanted = {"numbers": (int, float), "labels": str, "records": (dict, list)}[shape]
        for entry, item in value.items():
            if isinstance(item, bool) or not isinstance(item, wanted):
                fail(
                    f"entry {entry!r} is {item!r}, "
                    f"not {'a number' if shape == 'numbers' else 'a ' + shape[:-1]}"
                )
    else:
        raise ValueError(f"unknown shape {shape!r}; use one of {', '.join(SHAPES)}")


def table(name: str, language: str = DEFAULT_LANGUAGE, **shapes: str) -> dict:
    """The word table ``name`` of ``language``, with each key in ``shapes`` checked.

    Parameters
    ----------
    name:
        The table's file name without ``.toml`` (``"numbers"``, ``"speech"``...).
    language:
        A language code with a folder under ``lang/``.
    **shapes:
        Keys the caller needs, each with its shape (see the module docstring).

    Raises
    ------
    FiguresInputError
        If the language, the file or a key is missing, or a key has the wrong shape.
    """
    data = _load(name, language)
    where = f"lang/{language}/{name}.toml"
    for key, shape in shapes.items():
        if key not in data:
            raise FiguresInputError(f"{where}: add the key `{key}` ({shape})")
        _check(where, key, shape, data[key])
    return data
