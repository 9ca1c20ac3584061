"""The gold scorer (figures_lib.evaluation): a claim answers a gold claim only inside its
snippet, and each measure counts what it says."""

from __future__ import annotations

import pandas as pd

from figures_lib import extract_claims
from figures_lib.evaluation import score

TEXT = (
    "Shelling killed four civilians on Sunday, a monitor said. "
    "Four people were wounded on Saturday, state media said."
)
GOLD_COLUMNS = {
    "doc_id": "a", "kind": "casualties", "low": "4", "high": "4", "basis": "unspecified",
    "period_start": "", "period_end": "2017-10-16", "speaker_contains": "", "speaker_org": "",
}  # fmt: skip


def scored(*rows: dict):
    claims = extract_claims(TEXT, published="2017-10-16", doc_id="a")
    corpus = pd.DataFrame({"doc_id": ["a"], "text": [TEXT]})
    gold = pd.DataFrame([{**GOLD_COLUMNS, **row} for row in rows])
    return score(claims, gold, corpus)


def test_a_claim_outside_the_snippet_does_not_answer_it():
    # Only the wounded four are in the "claims" below once the killed four are dropped:
    # before, they answered the gold's killed four, being the same kind and bounds.
    claims = extract_claims(TEXT, published="2017-10-16", doc_id="a")
    wounded_only = claims[claims.subtype == "injured"]
    gold = pd.DataFrame(
        [{**GOLD_COLUMNS, "snippet": "killed four civilians", "subtype": "killed"}]
    )
    result = score(wounded_only, gold, pd.DataFrame({"doc_id": ["a"], "text": [TEXT]}))
    assert (result.found, len(result.misses)) == (0, 1)
    # A snippet not in the text (written differently) may still be answered elsewhere.
    gold.loc[0, "snippet"] = "killed 4 civilians"
    result = score(wounded_only, gold, pd.DataFrame({"doc_id": ["a"], "text": [TEXT]}))
    assert result.found == 1


def test_the_group_measure_needs_subtype_and_group():
    result = scored(
        {"snippet": "killed four civilians", "subtype": "killed", "casualty_group": "civilians"},
        {"snippet": "Four people were wounded", "subtype": "injured", "casualty_group": "women"},
    )
    assert (result.found, result.group_scored, result.group_right) == (2, 2, 1)
    assert any(line.startswith("GROUP") and "wounded" in line for line in result.wrong)


def test_the_claimant_measure_reads_the_body_or_the_phrase_where_the_speaker_misses():
    # The listed body right with another phrase ("a monitor" for "Observatory"): claimant
    # right, speaker wrong; an unlisted body's phrase inside the claim's ("state media" for
    # "state media" with no organisation): claimant right, speaker wrong (the claim names one).
    result = scored(
        {"snippet": "killed four civilians", "subtype": "killed",
         "speaker_contains": "Observatory", "speaker_org": "Syrian Observatory for Human Rights"},
        {"snippet": "Four people were wounded", "subtype": "injured",
         "speaker_contains": "state media"},
    )  # fmt: skip
    assert (result.speaker_right, result.claimant_right) == (0, 2)
    # A wrong body is wrong for both.
    result = scored(
        {"snippet": "killed four civilians", "subtype": "killed", "speaker_contains": "monitor",
         "speaker_org": "United Nations"},
    )  # fmt: skip
    assert (result.speaker_right, result.claimant_right) == (0, 0)
