"""The extractor against the gold claims a person wrote by reading the five seeds.

tests/gold/seeds_claims.csv lists every sorties, strikes, targets, tonnage, casualties,
fighters and aircraft figure in the seeds (see tests/gold/README.md for how it was made);
tests/gold/seeds_non_claims.csv lists number-bearing phrases that are not claims.
"""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

from figures_lib.cleaning import normalise

GOLD_DIR = Path(__file__).parent / "gold"
GOLD = pd.read_csv(GOLD_DIR / "seeds_claims.csv", dtype=str, keep_default_na=False)
NON_CLAIMS = pd.read_csv(GOLD_DIR / "seeds_non_claims.csv", dtype=str, keep_default_na=False)


def _gold_id(row) -> str:
    return f"{row.doc_id[:3]}-{row.kind}-{row.snippet}"


def _matching_claim(claims: pd.DataFrame, gold) -> pd.Series:
    candidates = claims[
        (claims.doc_id == gold.doc_id)
        & (claims.kind == gold.kind)
        & (claims.low == float(gold.low))
        & (claims.high == float(gold.high))
    ]
    assert len(candidates) == 1, (
        f"expected one claim for {gold.snippet!r}, found {len(candidates)}"
    )
    return candidates.iloc[0]


def _date(value: str):
    return pd.Timestamp(value) if value else pd.NaT


@pytest.mark.parametrize("gold", list(GOLD.itertuples(index=False)), ids=_gold_id)
def test_every_gold_claim_is_found_with_its_bounds_period_and_speaker(
    seed_claims, seed_corpus, gold
):
    claim = _matching_claim(seed_claims, gold)
    text = seed_corpus.set_index("doc_id").loc[gold.doc_id, "text"]
    snippet = normalise(gold.snippet)
    assert snippet in claim.sentence, "the claim's sentence holds the gold snippet"
    figure = text[claim.start : claim.end]
    assert figure and figure in snippet, f"span {figure!r} lies inside the snippet"
    assert claim.subtype == gold.subtype
    assert claim.casualty_group == gold.casualty_group
    assert claim.low_inclusive == (gold.low_inclusive == "True")
    assert claim.high_inclusive == (gold.high_inclusive == "True")
    assert claim.qualifier == gold.qualifier
    assert claim.basis == gold.basis
    assert (pd.isna(claim.period_start) and not gold.period_start) or claim.period_start == _date(
        gold.period_start
    )
    assert claim.period_end == _date(gold.period_end)
    if gold.speaker_contains:
        assert gold.speaker_contains.lower() in claim.speaker.lower()
    else:
        assert claim.speaker == ""
    assert claim.speaker_org == gold.speaker_org
    assert claim.quoted == (gold.quoted == "True")


def test_nothing_is_extracted_that_the_gold_does_not_list(seed_claims):
    expected = GOLD.groupby("doc_id").size()
    found = seed_claims.groupby("doc_id").size()
    assert found.to_dict() == expected.to_dict()


def test_repeated_text_does_not_double_a_figure(seed_claims):
    # Seed 002 holds its article twice before cleaning; seed 003 quotes one sentence twice.
    sorties = seed_claims[
        (seed_claims.doc_id == "002_6ca5f1735062cb68") & (seed_claims.kind == "sorties")
    ]
    assert len(sorties) == 1
    strikes = seed_claims[
        (seed_claims.doc_id == "003_c5c23d9fbe654fa5") & (seed_claims.kind == "strikes")
    ]
    assert len(strikes) == 1 and strikes.mentions.iloc[0] == 2


@pytest.mark.parametrize(
    "row", list(NON_CLAIMS.itertuples(index=False)), ids=lambda r: f"{r.doc_id[:3]}-{r.snippet}"
)
def test_non_claims_are_not_read_as_claims(seed_claims, seed_corpus, row):
    text = seed_corpus.set_index("doc_id").loc[row.doc_id, "text"]
    snippet = normalise(row.snippet)
    at = text.find(snippet)
    assert at >= 0, f"{row.snippet!r} should be in the cleaned text"
    claims = seed_claims[seed_claims.doc_id == row.doc_id]
    while at >= 0:
        overlapping = claims[(claims.start < at + len(snippet)) & (claims.end > at)]
        assert overlapping.empty, (
            f"{row.snippet!r} ({row.why}) was read as {overlapping.kind.tolist()}"
        )
        at = text.find(snippet, at + 1)


def test_the_tonnage_claim_converts_to_kilograms(seed_claims):
    tonnage = seed_claims[seed_claims.kind == "tonnage"].iloc[0]
    assert tonnage.quantity == 2.14e8 and tonnage.quantity_unit == "kilogram"
    assert math.isclose(tonnage.value, 214000)
