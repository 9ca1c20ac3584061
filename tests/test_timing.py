"""The linear-time check itself: it must catch a quadratic step, or every shape test passes."""

import pytest

from tests.timing import assert_grows_linearly


def _pairs_of(length: int) -> int:
    # Every pair of positions once: the cost of a scan that re-reads the text before each word.
    return sum(1 for _ in range(length) for _ in range(length))


def test_a_quadratic_step_fails_the_linear_check():
    with pytest.raises(AssertionError):
        assert_grows_linearly(_pairs_of, (300,), (2_400,), ratio=12, slack=0.0)


def test_a_linear_step_passes_it():
    assert_grows_linearly(lambda length: sum(range(length * 1_000)), (300,), (2_400,), ratio=12)
