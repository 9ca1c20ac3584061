"""The NewsQuant evaluation's bound type: how a mention's qualifier, change and start map to
the benchmark's one label (benchmarks/eval_newsquant.py). The benchmark itself is not needed."""

import dataclasses

from benchmarks.eval_newsquant import bound_type
from figures_lib.numbers import find

# score.py's table from our qualifiers to the paper's labels.
CHANGE = {"exact": "=", "approx": "~", "more_than": ">", "at_least": ">", "less_than": "<",
          "at_most": "<", "range": "=", "vague": "~"}  # fmt: skip


def label(text: str) -> list[tuple[str, str]]:
    return [(m.text, bound_type(m, CHANGE)) for m in find(text)]


def test_a_vague_word_is_its_interval_unless_it_is_a_change():
    assert label("Hundreds of people fled.") == [("Hundreds", "=")]
    (several,) = find("Sales rose by several hundred.")
    assert bound_type(several, CHANGE) == "="  # find() gives a vague word no change
    assert bound_type(dataclasses.replace(several, change="up"), CHANGE) == "up"


def test_a_bound_wins_over_a_change_and_a_pair_states_its_own_change():
    assert label("Shares rose more than 3%.") == [("more than 3%", ">")]
    assert label("Shares rose 3%.") == [("3%", "up")]
    assert label("The index fell from 208 to 193.") == [("193", "=")]
