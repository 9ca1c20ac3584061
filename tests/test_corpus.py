"""Corpus loading on the bundled seeds and on every kind of bad input."""

from __future__ import annotations

import json
import warnings

import pandas as pd
import pytest

from figures_lib import Columns, FiguresInputError, FiguresInputWarning, load_corpus
from figures_lib.cleaning import clean_text
from figures_lib.paths import SEEDS_DIR
from figures_lib.schema import CORPUS_COLUMNS, column_names

ARTICLE = (
    "The Russian Defense Ministry said on Saturday that Russian jets had conducted 64 sorties "
    "over the past 24 hours, hitting 55 positions of the militants.\n"
    "Officials gave no other figures.\n"
)


def _folder(tmp_path, files: dict[str, str | bytes], manifest: str | None = None):
    for name, content in files.items():
        target = tmp_path / name
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
    if manifest is not None:
        (tmp_path / "manifest.csv").write_text(manifest, encoding="utf-8")
    return tmp_path


# --- the seeds -----------------------------------------------------------------------------


def test_seeds_load_with_outlets_and_dates_from_the_manifest(seed_corpus):
    assert list(seed_corpus.columns) == column_names(CORPUS_COLUMNS)
    manifest = pd.read_csv(SEEDS_DIR / "manifest.csv", dtype=str)
    assert len(seed_corpus) == len(manifest) == 5
    by_id = seed_corpus.set_index("doc_id")
    for record in manifest.itertuples():
        row = by_id.loc[record.file.removesuffix(".txt")]
        assert row.outlet == record.outlet
        assert row.published == pd.Timestamp(record.published)
        assert row.title == record.title
    assert by_id.loc["004_326f7f888e732a1a", "via"] == "aggregator"
    assert by_id.loc["003_c5c23d9fbe654fa5", "translated"] == "machine"


def test_seed_002_no_longer_holds_its_article_twice(seed_corpus):
    text = seed_corpus.set_index("doc_id").loc["002_6ca5f1735062cb68", "text"]
    lead = "Russia has provided air cover to a leading Western-backed opposition group"
    assert text.count(lead) == 1
    assert text.count("4,000 combat sorties") == 1
    assert text.rstrip().endswith(
        '"The main thing is to avert a threat to the Russian Federation."'
    )
    row = seed_corpus.set_index("doc_id").loc["002_6ca5f1735062cb68"]
    assert row.removed_chars > 5000 and "repeated paragraphs" in row.removed


def test_seed_004_no_longer_ends_in_wordpress_furniture(seed_corpus):
    row = seed_corpus.set_index("doc_id").loc["004_326f7f888e732a1a"]
    for furniture in ("Powered by WordPress", "Leave a Reply", "trackback", "Source Article from"):
        assert furniture not in row.text
    assert row.text.rstrip().endswith("national interests from outset - Putin")
    assert "furniture" in row.removed and row.removed_chars > 0


def test_cleaning_normalises_quotes_dashes_and_spaces():
    cleaned = clean_text(
        "\u201cWe\u2019re ready,\u201d he said \u2013 at\u00a0once.\r\n\n\n  Next\t line "
    )
    assert cleaned.text == '"We\'re ready," he said - at once.\nNext line'
    assert cleaned.removed_chars == 0


def test_cleaning_keeps_short_repeated_lines_and_mid_article_sentences():
    text = (
        "READ MORE\nFirst paragraph with a figure of 12 strikes.\nREAD MORE\nLeave a Reply\nEnd."
    )
    cleaned = clean_text(text)
    assert cleaned.text.count("READ MORE") == 2  # short lines legitimately recur
    assert "Leave a Reply" in cleaned.text  # furniture is only cut from the end of the page


# --- other input formats --------------------------------------------------------------------


def test_saved_web_pages_use_trafilatura_and_the_manifest_overrides(tmp_path):
    page = (
        "<html><head><title>Jets strike targets</title>"
        '<meta property="og:site_name" content="Example News">'
        '<meta property="article:published_time" content="2015-10-10T09:00:00+03:00">'
        "</head><body><nav>Home | World | Sport</nav><article><h1>Jets strike targets</h1>"
        f"<p>{ARTICLE.splitlines()[0]}</p><p>{ARTICLE.splitlines()[1]} More text follows here "
        "so that the page reads as an article.</p></article><footer>Powered by WordPress</footer>"
        "</body></html>"
    )
    _folder(tmp_path, {"a.html": page, "b.html": page.replace("Example News", "Other Site")},
            manifest="file,outlet,published\nb.html,Manifest Outlet,2015-10-11\n")  # fmt: skip
    with pytest.warns(
        FiguresInputWarning, match=r"a.html: no row in manifest.csv; using the page's own"
    ):
        corpus = load_corpus(tmp_path).set_index("doc_id")
    assert corpus.loc["a", "outlet"] == "Example News"
    assert corpus.loc["a", "published"] == pd.Timestamp("2015-10-10")
    assert "64 sorties" in corpus.loc["a", "text"]
    assert "Home | World" not in corpus.loc["a", "text"]
    assert corpus.loc["b", "outlet"] == "Manifest Outlet"
    assert corpus.loc["b", "published"] == pd.Timestamp("2015-10-11")
    assert corpus.loc["a", "source_format"] == "html"


def test_csv_dataset_with_a_column_mapping(tmp_path):
    dataset = tmp_path / "news.csv"
    pd.DataFrame(
        {
            "story": [ARTICLE, "Jets flew 40 sorties."],
            "headline": ["A", "B"],
            "pubdate": ["2015-10-10", "not a date"],
            "site": ["RT", "TASS"],
        }
    ).to_csv(dataset, index=False)
    with pytest.warns(FiguresInputWarning, match=r"news.csv row 2, field 'pubdate'"):
        corpus = load_corpus(dataset, columns=Columns(text="story", date="pubdate"))
    assert list(corpus.outlet) == ["RT", "TASS"]  # "site" is one of the usual outlet names
    assert corpus.published.iloc[0] == pd.Timestamp("2015-10-10")
    assert pd.isna(corpus.published.iloc[1])
    assert list(corpus.doc_id) == ["news-000001", "news-000002"]
    assert list(corpus.source_row) == [1, 2]


def test_jsonl_dataset_skips_a_broken_line_with_its_number(tmp_path):
    dataset = tmp_path / "news.jsonl"
    lines = [json.dumps({"id": "x1", "text": ARTICLE, "date": "2015-10-10"}), "{broken", ""]
    lines.append(json.dumps({"id": "x2", "text": "Jets flew 40 sorties.", "source": "AP"}))
    dataset.write_text("\n".join(lines), encoding="utf-8")
    with pytest.warns(FiguresInputWarning, match=r"news.jsonl line 2: not valid JSON"):
        corpus = load_corpus(dataset)
    assert list(corpus.doc_id) == ["x1", "x2"]
    assert corpus.set_index("doc_id").loc["x2", "outlet"] == "AP"


# --- bad input ------------------------------------------------------------------------------


def test_a_path_that_does_not_exist_names_it(tmp_path):
    with pytest.raises(FiguresInputError, match=r"nope: no such file or folder; give a folder"):
        load_corpus(tmp_path / "nope")


def test_an_empty_file_is_skipped_with_a_warning(tmp_path):
    _folder(
        tmp_path, {"a.txt": ARTICLE, "empty.txt": "  \n"}, "file,outlet\na.txt,RT\nempty.txt,RT\n"
    )
    with pytest.warns(FiguresInputWarning, match=r"empty.txt: empty file; skipped"):
        corpus = load_corpus(tmp_path)
    assert list(corpus.doc_id) == ["a"]


def test_a_binary_file_is_skipped_with_a_warning(tmp_path):
    _folder(tmp_path, {"a.txt": ARTICLE, "photo.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"},
            "file,outlet\na.txt,RT\nphoto.txt,RT\n")  # fmt: skip
    with pytest.warns(FiguresInputWarning, match=r"photo.txt: binary data, not text; skipped"):
        corpus = load_corpus(tmp_path)
    assert list(corpus.doc_id) == ["a"]


def test_windows_1251_russian_text_is_decoded_with_a_warning(tmp_path):
    russian = (
        "Министерство обороны России сообщило, что за последние сутки российские самолеты "
        "выполнили 64 боевых вылета и поразили 55 объектов террористов в Сирии. "
    ) * 3
    _folder(
        tmp_path, {"ru.txt": russian.encode("cp1251")}, "file,outlet,language\nru.txt,TASS,ru\n"
    )
    with pytest.warns(
        FiguresInputWarning, match=r"ru.txt: not UTF-8; decoded as (windows|cp)-?1251"
    ):
        corpus = load_corpus(tmp_path)
    assert "Министерство обороны" in corpus.text.iloc[0]
    assert corpus.encoding.iloc[0] in ("cp1251", "windows-1251")


def test_a_file_missing_from_the_manifest_gets_unknown_outlet_and_no_date(tmp_path):
    _folder(
        tmp_path,
        {"a.txt": ARTICLE, "b.txt": ARTICLE + "Extra."},
        "file,outlet,published\na.txt,RT,2015-10-10\n",
    )
    with pytest.warns(
        FiguresInputWarning, match=r"b.txt: no row in manifest.csv; outlet set to 'unknown'"
    ):
        corpus = load_corpus(tmp_path).set_index("doc_id")
    assert corpus.loc["b", "outlet"] == "unknown"
    assert pd.isna(corpus.loc["b", "published"])


def test_a_manifest_with_a_bad_date_names_row_and_field(tmp_path):
    _folder(tmp_path, {"a.txt": ARTICLE}, "file,outlet,published\na.txt,RT,13/45/2015\n")
    with pytest.warns(
        FiguresInputWarning, match=r"manifest.csv row 2 \(file a.txt\), field 'published'"
    ):
        corpus = load_corpus(tmp_path)
    assert pd.isna(corpus.published.iloc[0]) and corpus.outlet.iloc[0] == "RT"


def test_a_manifest_listing_a_file_twice_is_an_error_naming_both_rows(tmp_path):
    _folder(tmp_path, {"a.txt": ARTICLE}, "file,outlet\na.txt,RT\na.txt,TASS\n")
    with pytest.raises(FiguresInputError, match=r"rows 2 and 3: the file 'a.txt' is listed twice"):
        load_corpus(tmp_path)


def test_a_manifest_without_a_file_column_says_what_the_header_needs(tmp_path):
    _folder(tmp_path, {"a.txt": ARTICLE}, "name,outlet\na.txt,RT\n")
    with pytest.raises(FiguresInputError, match=r"no 'file' column \(header: name, outlet\)"):
        load_corpus(tmp_path)


def test_a_csv_without_the_text_column_names_the_columns_and_the_option(tmp_path):
    dataset = tmp_path / "news.csv"
    dataset.write_text("headline,date\nA,2015-10-10\n", encoding="utf-8")
    with pytest.raises(
        FiguresInputError,
        match=r"news.csv: no article text column .*columns: headline, date\); name it with "
        r"--text-col",
    ):
        load_corpus(dataset)
    with pytest.raises(FiguresInputError, match=r"no column 'body' for the article text"):
        load_corpus(dataset, columns=Columns(text="body"))


def test_a_header_only_csv_still_has_its_columns_checked(tmp_path):
    dataset = tmp_path / "news.csv"
    dataset.write_text("headline,date\n", encoding="utf-8")
    with pytest.raises(FiguresInputError, match="no article text column"):
        load_corpus(dataset)


def test_an_unknown_file_type_is_refused_with_the_accepted_ones(tmp_path):
    target = tmp_path / "articles.docx"
    target.write_bytes(b"PK\x03\x04")
    with pytest.raises(FiguresInputError, match=r"use .txt, .md, .html, .csv, .jsonl or .parquet"):
        load_corpus(target)


def test_a_folder_without_a_manifest_warns_once_and_still_loads(tmp_path):
    _folder(tmp_path, {"a.txt": ARTICLE})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = load_corpus(tmp_path)
    messages = [str(w.message) for w in caught if issubclass(w.category, FiguresInputWarning)]
    assert len(messages) == 1 and "no manifest.csv" in messages[0]
    assert corpus.outlet.iloc[0] == "unknown"
