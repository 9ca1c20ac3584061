"""Inputs that used to crash extraction, and fault isolation in ``extract_corpus``.

Each crash class is fixed at its cause (window arithmetic, digit parsing, UTF-8 encoding), and
``extract_corpus`` skips an article whose extraction still raises, warns and reports it.
"""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

from figures_lib import claims, numbers, periods
from figures_lib.schema import ERRORS_COLUMNS

PUBLISHED = "2016-03-14"


def _claims(text: str, published=PUBLISHED) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no warning is expected unless a test says so
        return claims.extract_claims(text, published=published, doc_id="t")


@pytest.mark.parametrize(
    "window", ["over the past 339 years", "in the last 9999 months", "over the past 9999 weeks"]
)
def test_a_window_reaching_before_any_article_is_no_window(window):
    found = _claims(f"Bombers flew 48 sorties {window}, the air force said.")
    assert found.value.tolist() == [48.0]
    assert found.period_start.isna().all() and found.period_text.tolist() == [""]


def test_a_long_window_within_the_dated_years_is_still_a_window():
    found = _claims("Bombers flew 48 sorties over the past 90 years, the air force said.")
    assert found.period_start.tolist() == [pd.Timestamp("1926-03-14")]


def test_window_start_refuses_spans_before_the_dated_years():
    end = pd.Timestamp("2016-03-14")
    assert periods.window_start(end, 339, "year") is None
    assert periods.window_start(end, 9999, "month") is None
    assert periods.window_start(end, 2, "week") == pd.Timestamp("2016-02-29")


def test_days_outside_the_dated_years_resolve_to_nothing():
    published = pd.Timestamp(PUBLISHED)
    assert periods.resolve_date("March 1066", published) is None
    assert periods.resolve_date("May 30 9999", published) is None
    assert periods.dateline("14/03/0000 Bombers flew 48 sorties.") is None
    found = _claims("Bombers flew 48 sorties in May 1066, the air force said.")
    assert found.period_start.isna().all()


@pytest.mark.parametrize("published", ["2500-06-01", "1500-06-01", pd.Timestamp("2262-05-01")])
def test_a_publication_date_outside_the_dated_years_is_unknown_with_a_warning(published):
    text = "Bombers flew 48 sorties over the past 24 hours, the air force said."
    with pytest.warns(UserWarning, match="outside 1900-2100; read as unknown"):
        found = claims.extract_claims(text, published=published)
    assert found.value.tolist() == [48.0] and found.published.isna().all()


def test_a_lone_surrogate_does_not_stop_extraction_and_keeps_offsets():
    text = "Bombers flew 48 sorties \ud800 over the past 24 hours, the air force said."
    found = claims.extract_claims(text, published=PUBLISHED, doc_id="doc-\udfff")
    assert found.start.tolist() == [text.index("48")]
    assert found.period_text.tolist() == ["over the past 24 hours"]
    assert found.sentence.str.contains("\ufffd").all() and found.doc_id.tolist() == ["doc-\ufffd"]


def test_claim_id_hashes_a_surrogate():
    row = {"speaker_org": "", "speaker": "\ud83d", "what": "sorties"}
    assert len(claims._claim_id("doc-\ud800", ("sorties",), row)) == 16


def test_digits_newer_than_pythons_tables_are_no_number():
    text = "Bombers flew \U0001e4f5\U0001e4f3 sorties and 12 raids."
    assert [m.value for m in numbers.find(text)] == [12.0]
    assert _claims(text).kind.tolist() == ["strikes"]


def test_arabic_indic_digits_are_read():
    assert [m.value for m in numbers.find("Bombers flew ٤٨ sorties.")] == [48.0]
    assert _claims("Bombers flew ٤٨ sorties, the air force said.").value.tolist() == [48.0]


# Fault isolation ----------------------------------------------------------------------------


def _corpus() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "doc_id": ["good-1", "bad", "good-2"],
            "outlet": ["Wire"] * 3,
            "published": pd.to_datetime([PUBLISHED] * 3),
            "text": ["Bombers flew 48 sorties, the air force said."] * 3,
            "source_path": ["a.txt", "/home/someone/corpus/b.txt", "c.txt"],
        }
    )


@pytest.fixture
def failing_article(monkeypatch):
    real = claims._article_rows

    def rows(text, published, doc_id, *rest):
        if doc_id == "bad":
            raise RuntimeError("broken\nstate in /home/someone/figures/x.py")
        return real(text, published, doc_id, *rest)

    monkeypatch.setattr(claims, "_article_rows", rows)


def test_extract_corpus_skips_an_article_that_raises(failing_article):
    errors: list[dict] = []
    with pytest.warns(UserWarning, match=r"article bad: claim extraction failed \(RuntimeError"):
        found = claims.extract_corpus(_corpus(), errors=errors)
    assert found.doc_id.tolist() == ["good-1", "good-2"]
    assert errors == [
        {
            "doc_id": "bad",
            "source_path": "/home/someone/corpus/b.txt",
            "stage": "extract",
            "error": "RuntimeError: broken state in x.py",
        }
    ]
    assert list(errors[0]) == [column.name for column in ERRORS_COLUMNS]


def test_extract_corpus_without_source_paths_reports_an_empty_one(failing_article):
    errors: list[dict] = []
    with pytest.warns(UserWarning):
        claims.extract_corpus([_corpus().drop(columns="source_path")], errors=errors)
    assert [(e["doc_id"], e["source_path"]) for e in errors] == [("bad", "")]


def test_extract_corpus_on_dask_warns_and_collects_errors(failing_article):
    dd = pytest.importorskip("dask.dataframe")
    import dask

    errors: list[dict] = []
    with dask.config.set(scheduler="synchronous"), pytest.warns(UserWarning, match="article bad"):
        found = claims.extract_corpus(dd.from_pandas(_corpus(), npartitions=2), errors=errors)
    assert found.doc_id.tolist() == ["good-1", "good-2"]
    assert [e["doc_id"] for e in errors] == ["bad"]


# Linear-time helpers: each picks exactly what the slower reading picked -------------------


def test_sentence_speakers_pick_what_nearest_picks_from_all():
    import random

    from figures_lib.speakers import Attribution, nearest
    from figures_lib.textspans import Span

    rng = random.Random(5)
    for _ in range(2_000):
        positions = sorted(rng.randrange(0, 400) for _ in range(rng.randrange(0, 12)))
        attributions = [
            Attribution(
                f"speaker {i}", at, False, toll=rng.random() < 0.3, closes=rng.random() < 0.6
            )  # fmt: skip
            for i, at in enumerate(positions)
        ]
        indexed = claims._SentenceSpeakers.of(attributions)
        span = Span(0, 400)
        for figure in (rng.randrange(0, 400) for _ in range(5)):
            expected = nearest(attributions, span, figure)
            assert nearest(indexed.candidates(figure), span, figure) is expected


def test_sentence_speakers_refuse_attributions_out_of_order():
    from figures_lib.speakers import Attribution

    late, early = Attribution("Lina", 90, False), Attribution("Karim", 10, False)
    assert claims._SentenceSpeakers.of([late, early]) is None


def test_pronouns_resolve_to_the_latest_named_speaker_across_paragraphs():
    text = (
        "Karim Haddad, an air force spokesman, said jets flew 12 sorties.\n"
        + "He said jets flew 14 sorties.\n" * 30
        + "Lina Sabbagh, a ministry official, said jets flew 9 sorties.\n"
        + "He said jets flew 16 sorties.\n"
    )
    found = _claims(text)
    assert found.speaker.tolist() == ["Karim Haddad"] * 2 + ["Lina Sabbagh"] * 2
    assert found.mentions.tolist() == [1, 30, 1, 1]


def test_text_helpers_keep_offsets_and_read_any_script():
    from figures_lib.textspans import ascii_digits, without_surrogates

    assert without_surrogates("a\ud800b") == "a\ufffdb" and without_surrogates("ab") == "ab"
    assert ascii_digits("١٢,٣٠٠") == "12,300" and ascii_digits("१२") == "12"
    assert ascii_digits("\U0001e4f51") is None


def test_batches_on_a_cluster_warn_here_and_collect_errors(failing_article):
    distributed = pytest.importorskip("distributed")
    from figures_lib.scale import extract_with_dask

    errors: list[dict] = []
    # Workers in this process, so that the patched extraction is the one they run.
    with distributed.Client(processes=False, n_workers=1, dashboard_address=None) as client, \
            pytest.warns(UserWarning, match="article bad: claim extraction failed"):  # fmt: skip
        found = extract_with_dask(_corpus(), scheduler=client.scheduler.address, errors=errors)
    assert found.doc_id.tolist() == ["good-1", "good-2"]
    assert [(e["doc_id"], e["stage"]) for e in errors] == [("bad", "extract")]
