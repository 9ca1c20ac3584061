"""Charts, notebook helpers and batch reports: the data behind each chart, escaping of
untrusted article text, and the batch's handling of parameters and failures."""

from __future__ import annotations

import json
import math
import shutil
from html.parser import HTMLParser

import nbformat
import pandas as pd
import pytest
from click.testing import CliRunner

from figures_lib import plots, report
from figures_lib.batch import check_parameters, run_reports
from figures_lib.cli import main
from figures_lib.errors import FiguresInputError
from figures_lib.paths import NOTEBOOKS_DIR

MOD = "Russian Ministry of Defence"


@pytest.fixture(scope="module")
def seeds():
    return report.run_pipeline("").reconciliation


def test_timeline_data_marks_open_ended_claims(seeds):
    figure, data = plots.claim_timeline(seeds.claims, "targets")
    # TASS's "more than 2 thousand", the ministry's 8,000, 55 and 289: four claims.
    assert sorted(data.value) == [55, 289, 2000, 8000]
    open_ended = data[data.open_ended]
    assert list(open_ended.outlet) == ["TASS"] and open_ended.iloc[0].high == math.inf
    assert len(figure.axes) == 2  # one panel per basis: cumulative and window


def test_rates_chart_draws_the_three_sorties_rates(seeds):
    figure, data = plots.daily_rates(seeds.claims, "sorties")
    rates = dict(zip(data.outlet, data.per_day_value, strict=True))
    assert rates == pytest.approx({"PressTV": 64, "RT": 53.5, "AP": 4000 / 72})
    assert figure.axes[0].get_ylabel() == "sorties a day"


def test_cumulative_band_joins_the_series_from_its_zero(seeds):
    figure, data = plots.cumulative_series(seeds.claims, seeds.checks, "targets")
    band = data[data.part == "band"].sort_values("from_date")
    assert list(band.from_claim)[0] == "origin"
    # Between TASS's open-ended figure and the ministry's 8,000 the band is open above.
    last = band.iloc[-1]
    assert (last.from_low, last.from_high, last.to_low, last.to_high) == (
        2000,
        math.inf,
        8000,
        8000,
    )
    assert set(band.status) == {"consistent"}


def test_agreement_matrix_counts_shared_claims(seeds):
    figure, data = plots.agreement_matrix(seeds.groups)
    strikes = data[data.kind == "strikes"].set_index("outlet")
    # Putin's "several" strikes, reported by RT and TASS alike.
    assert strikes.loc["RT", ["groups", "shared", "agree", "disagree"]].tolist() == [1, 1, 1, 0]
    assert strikes.loc["TASS", "agree"] == 1


def test_claims_html_escapes_article_text_and_marks_the_figure():
    sentence = 'Jets flew <b>64</b> sorties, <script>alert(1)</script> "RT" said.'
    start = sentence.index("64")
    claims = pd.DataFrame(
        [
            {
                "doc_id": "x<y",
                "outlet": "<i>RT</i>",
                "kind": "sorties",
                "low": 64.0,
                "high": 64.0,
                "qualifier": "exact",
                "unit": "sortie",
                "basis": "window",
                "period_end": pd.Timestamp("2015-10-10"),
                "speaker": "",
                "speaker_org": "",
                "sentence": sentence,
                "sentence_start": 100,
                "start": 100 + start,
                "end": 100 + start + 2,
            }
        ]
    )
    page = report.claims_html(claims)
    assert "<script>" not in page and "<b>" not in page and "<i>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;b&gt;<mark>64</mark>&lt;/b&gt;" in page
    assert "x&lt;y" in page


def test_unknown_notebook_parameters_are_refused_before_running():
    with pytest.raises(FiguresInputError, match="no parameter named colour; it declares corpus"):
        check_parameters(
            NOTEBOOKS_DIR / "20-reconcile-kind.ipynb", {"kind": "sorties", "colour": "red"}
        )


def test_an_unknown_kind_is_refused_with_the_known_ones(tmp_path):
    result = CliRunner().invoke(main, ["report", "--kinds", "sorties,drones", "-o", str(tmp_path)])
    assert result.exit_code == 1
    assert "--kinds: no kind named drones; the kinds are aircraft, casualties" in result.output
    assert not list(tmp_path.iterdir())


def test_committed_notebooks_have_one_parameters_cell_first():
    for path in sorted(NOTEBOOKS_DIR.glob("*.ipynb")):
        book = nbformat.read(path, as_version=4)
        code = [c for c in book.cells if c.cell_type == "code"]
        tagged = [c for c in book.cells if "parameters" in c.metadata.get("tags", [])]
        assert len(tagged) == 1 and tagged[0] is code[0], path.name
        assert book.cells[0].cell_type == "markdown" and book.cells[0].source.startswith("# "), (
            path.name
        )


class LiveMarkup(HTMLParser):
    """Collects the tags a browser would build from a page, and the code of its scripts."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, list]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)


HOSTILE = (
    "<script>alert(1)</script> Russian warplanes flew 64 sorties over the past 24 hours, the "
    "Russian Defense Ministry said on Saturday. <img src=x onerror=alert(2)>"
)


@pytest.mark.slow
def test_report_on_hostile_text_holds_no_live_script(tmp_path):
    corpus = tmp_path / "hostile.jsonl"
    corpus.write_text(json.dumps({"id": "evil", "outlet": "<b>Evil</b> News", "date": "2015-10-11",
                                  "text": HOSTILE}) + "\n", encoding="utf-8")  # fmt: skip
    result = CliRunner().invoke(
        main, ["report", str(corpus), "--kinds", "sorties", "-o", str(tmp_path / "out")]
    )
    assert result.exit_code == 0, result.output
    pages = sorted((tmp_path / "out").rglob("*.html"))
    assert len(pages) == 4  # index, 10, 20 for sorties, 30
    for page in pages:
        live = LiveMarkup()
        live.feed(page.read_text(encoding="utf-8"))
        # The article's markup survives only as text: no script runs it, no tag carries it.
        assert not [code for code in live.scripts if "alert(" in code], page.name
        assert not [
            tag for tag in live.tags if any(name.startswith("on") for name, _ in tag[1])
        ], page.name
        assert ("img", [("src", "x")]) not in [
            (t, [(n, v) for n, v in a if n == "src"]) for t, a in live.tags
        ]
        assert "<b>Evil</b>" not in page.read_text(encoding="utf-8"), page.name
    claims_page = (tmp_path / "out" / "10-extract-claims" / "sorties.html").read_text(
        encoding="utf-8"
    )
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in claims_page
    assert "<mark>64</mark>" in claims_page
    assert "&lt;b&gt;Evil&lt;/b&gt; News" in (tmp_path / "out" / "index.html").read_text(
        encoding="utf-8"
    )


@pytest.mark.slow
def test_a_failing_notebook_is_listed_and_the_others_still_run(tmp_path):
    notebooks = tmp_path / "notebooks"
    shutil.copytree(NOTEBOOKS_DIR, notebooks)
    broken = nbformat.read(notebooks / "20-reconcile-kind.ipynb", as_version=4)
    broken.cells.append(nbformat.v4.new_code_cell('raise RuntimeError("chart backend missing")'))
    nbformat.write(broken, notebooks / "20-reconcile-kind.ipynb")
    results = run_reports(
        "", ["sorties"], jobs=2, output_dir=tmp_path / "out", notebooks_dir=notebooks
    )
    errors = {r.run.notebook: r.error for r in results}
    assert errors == {"10-extract-claims": "", "20-reconcile-kind": "RuntimeError: chart "
                                                                    "backend missing",
                      "30-outlet-comparison": ""}  # fmt: skip
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert "failed: RuntimeError: chart backend missing" in index and "1 failed" in index
    # The failed run is still written, with its error, and its log is linked.
    assert (tmp_path / "out" / "20-reconcile-kind" / "kind-sorties.html").exists()
    assert "kind-sorties.log" in index
