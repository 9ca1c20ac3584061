"""The claims table itself: one article through ``extract_claims`` and through
``extract_corpus`` gives the same rows, and every table has exactly the documented columns and
dtypes, the empty one included. (Its speed is measured in benchmarks/bench_extract.py.)"""

from __future__ import annotations

import math
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from figures_lib import claims
from figures_lib.claims import extract_claims, extract_corpus
from figures_lib.corpus import load_corpus
from figures_lib.schema import CLAIMS_COLUMNS, column_names, frame_from_rows

ROOT = Path(__file__).parent.parent


def _articles(folder: Path) -> list:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return list(load_corpus(folder).itertuples(index=False))


ARTICLES = _articles(ROOT / "seeds") + _articles(ROOT / "tests" / "corpus-dev")


def assert_documented_schema(frame: pd.DataFrame) -> None:
    assert list(frame.columns) == column_names(CLAIMS_COLUMNS)
    assert [str(dtype) for dtype in frame.dtypes] == [column.dtype for column in CLAIMS_COLUMNS]
    assert isinstance(frame.index, pd.RangeIndex) and frame.index.start == 0


def one_article(article) -> pd.DataFrame:
    return extract_claims(
        article.text, published=article.published, doc_id=article.doc_id,
        outlet=article.outlet, language=getattr(article, "language", None),
    )  # fmt: skip


@pytest.mark.parametrize("article", ARTICLES, ids=lambda article: article.doc_id)
def test_one_article_alone_and_in_a_corpus_gives_identical_rows(article):
    alone = one_article(article)
    assert_documented_schema(alone)
    as_corpus = extract_corpus(pd.DataFrame([article._asdict()]))
    pd.testing.assert_frame_equal(alone, as_corpus, check_exact=True)


def test_a_corpus_is_its_articles_one_by_one():
    frames = [one_article(article) for article in ARTICLES]
    stacked = pd.concat([frame for frame in frames if len(frame)], ignore_index=True)
    stacked = claims.sort_claims(stacked)
    corpus = pd.DataFrame([article._asdict() for article in ARTICLES])
    pd.testing.assert_frame_equal(stacked, extract_corpus(corpus), check_exact=True)


def test_the_no_claims_table_has_exactly_the_documented_columns_and_dtypes():
    for empty in (
        extract_claims("Nothing to count here."),
        extract_claims(""),
        extract_corpus(pd.DataFrame({"doc_id": ["x"], "text": ["Nothing to count here."]})),
    ):
        assert empty.empty
        assert_documented_schema(empty)


def test_a_changed_table_leaves_the_next_one_alone():
    empty = extract_claims("Nothing to count here.")
    empty["extra"] = []
    empty.columns.name = "changed"
    full = extract_claims("Jets flew 64 sorties, the ministry said.")
    full.columns.name = "changed"
    full.loc[0, "kind"] = "changed"
    for again in (
        extract_claims("Nothing to count here."),
        extract_claims("Jets flew 64 sorties."),
    ):
        assert_documented_schema(again)
        assert again.columns.name is None
    assert extract_claims("Jets flew 64 sorties.").loc[0, "kind"] == "sorties"


@pytest.mark.parametrize("article", ARTICLES[:8], ids=lambda article: article.doc_id)
def test_the_table_is_the_one_frame_from_rows_builds(article):
    rows = claims._article_rows(
        article.text, claims._timestamp(article.published), article.doc_id, article.outlet
    )
    pd.testing.assert_frame_equal(
        claims._claims_frame(rows), frame_from_rows(rows, CLAIMS_COLUMNS), check_exact=True
    )


def test_a_large_table_is_the_one_frame_from_rows_builds():
    rows = []
    for article in ARTICLES:
        rows += claims._article_rows(
            article.text, claims._timestamp(article.published), article.doc_id, article.outlet
        )
    assert len(rows) > claims._SLICED_UP_TO  # each string column converted on its own
    pd.testing.assert_frame_equal(
        claims._claims_frame(rows), frame_from_rows(rows, CLAIMS_COLUMNS), check_exact=True
    )


def test_rows_of_other_types_are_built_the_general_way():
    rows = claims._article_rows("Jets flew 64 sorties, the ministry said.", None, "t", "Wire")
    odd = [
        dict(rows[0], start=np.int64(3)),  # a NumPy integer
        dict(rows[0], low=np.float32(2.5), high=math.inf),
        dict(rows[0], period_end=pd.Timestamp("2015-10-10").to_pydatetime()),
        dict(rows[0], what=None, speaker=7),
    ]
    for row in odd:
        pd.testing.assert_frame_equal(
            claims._claims_frame([row, rows[0]]),
            frame_from_rows([row, rows[0]], CLAIMS_COLUMNS),
            check_exact=True,
        )


def test_an_overlong_sentence_is_stored_as_the_words_around_each_figure():
    # Text with no sentence end (a scraped table, a stripped feed): each of its claims holding
    # the whole of it would grow the table with the square of the text.
    text = " ".join(f"jets flew {i} sorties over Aleppo" for i in range(10, 1010))
    claims = extract_claims(text, published="2016-02-10")
    assert len(claims) == 1000
    assert claims.sentence.str.len().max() <= 810
    for row in claims.itertuples():
        assert text[row.sentence_start : row.sentence_start + len(row.sentence)] == row.sentence
        assert row.sentence_start <= row.start < row.end <= row.sentence_start + len(row.sentence)
        assert not row.sentence.startswith(" ") and row.sentence[:1].isalnum()
    # Sentences of ordinary length are stored whole.
    short = extract_claims("Jets flew 64 sorties over Aleppo, the ministry said.")
    assert short.sentence.iloc[0] == "Jets flew 64 sorties over Aleppo, the ministry said."
