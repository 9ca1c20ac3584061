"""Errors and warnings raised for bad input, each naming what is wrong and what to do."""

from __future__ import annotations


class FiguresInputError(ValueError):
    """Input the suite cannot use: the message names the file, row or field and the fix."""


class FiguresInputWarning(UserWarning):
    """Input the suite skipped or repaired: the message names the file, row or field."""
