"""The extractor against the gold people wrote by reading the 40 development articles.

tests/corpus-dev/ holds the articles and their manifest; tests/corpus-dev/gold/ the claims
(see its README). The floors are the levels reached when this suite was added: a change that
loses accuracy on real news fails here. `make eval` prints the figures and `-v` every miss.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from figures_lib import extract_corpus, load_corpus
from figures_lib.evaluation import read_gold, score

DEV = Path(__file__).parent / "corpus-dev"

# Reached on the development gold (percent); each floor sits a little below.
# Reached: recall 97.0, precision 98.2, speaker 97.0, period 96.3, group 95.4, scope 91.5
# (92.0 before wire_16's killed-and-wounded narration, read as periodic, joined the gold;
# fakes_15's "20 rockets" joined it with the missiles kind), place 83.5 (81.8 before "the
# Sayeda Zeinab district of Damascus" and "Near Damascus, ... the
# suburb of Daraya" named the smaller place), event day 94.0 (91.7 before a release's opening
# lead dated the paragraphs after it: wire_09's two "three vehicles"/"three rocket
# installations" now take Saturday).
FLOORS = {
    "recall": 96.0,
    "precision": 97.5,
    "speaker": 96.5,
    # The claimant measure (added 2026-12-07) reached 97.0, as the speaker did.
    "claimant": 96.5,
    "period": 95.0,
    "group": 93.0,
    "scope": 91.0,
    # 82.9 before names after "in" counted as places: "Kafar Jales", rightly found, is now the
    # place of "Two other ... targets were also hit" in the sentence after, which the gold puts
    # in Idlib province. 82.9 again since a story about one town gives it to its running counts
    # that name no place.
    "place": 82.5,
    "event day": 93.5,
}


@pytest.fixture(scope="module")
def result():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = load_corpus(DEV)
    return score(
        extract_corpus(corpus), read_gold(*sorted((DEV / "gold").glob("*_claims.csv"))), corpus
    )


def test_the_gold_covers_all_forty_articles(result):
    gold = read_gold(*sorted((DEV / "gold").glob("*_claims.csv")))
    assert gold.doc_id.nunique() == 40 and result.gold == len(gold)


@pytest.mark.parametrize("figure", list(FLOORS))
def test_accuracy_on_the_development_articles_stays_at_its_level(result, figure):
    measured = {
        "recall": (result.found, result.gold),
        "precision": (result.found, result.extracted),
        "speaker": (result.speaker_right, result.found),
        "claimant": (result.claimant_right, result.found),
        "period": (result.period_right, result.found),
        "group": (result.group_right, result.group_scored),
        "scope": (result.scope_right, result.scope_scored),
        "place": (result.place_right, result.place_scored),
        "event day": (result.day_right, result.day_scored),
    }[figure]
    percent = 100 * measured[0] / measured[1]
    misses = "\n".join(result.misses + result.wrong + result.spurious)
    assert percent >= FLOORS[figure], f"{figure} {percent:.1f} < {FLOORS[figure]}\n{misses}"
