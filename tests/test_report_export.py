"""The exported report pages: a brief with no code, self-contained, linked to its claims, and
printable. One batch on the seeds (three kinds) is shared by the tests of this module."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from click.testing import CliRunner

from figures_lib.batch import Run, execute_run, export_html
from figures_lib.cli import main
from figures_lib.paths import NOTEBOOKS_DIR, PROJ_ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
KINDS = ["sorties", "targets", "tonnage"]
TEX_OUTLET = r"$$\href{javascript:alert(1)}{x}$$"

pytestmark = pytest.mark.slow


class Page(HTMLParser):
    """The ids, links, scripts and style sheets of a page, and where the findings and the
    first table and image are."""

    def __init__(self, text: str):
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.scripts: list[dict] = []
        self.stylesheets: list[str] = []
        self.order: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if "id" in attributes:
            self.ids.add(attributes["id"])
            if attributes["id"] == "findings":
                self.order.append("findings")
        if tag == "a" and "href" in attributes:
            self.links.append(attributes["href"])
        if tag == "script":
            self.scripts.append(attributes)
        if tag == "link" and "stylesheet" in (attributes.get("rel") or ""):
            self.stylesheets.append(attributes.get("href", ""))
        if tag in ("table", "img"):
            self.order.append(tag)


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    output = tmp_path_factory.mktemp("reports") / "out"
    result = CliRunner().invoke(
        main, ["report", "--kinds", ",".join(KINDS), "--jobs", "2", "-o", str(output)]
    )
    assert result.exit_code == 0, result.output
    return output


def pages(batch: Path) -> list[Path]:
    return sorted(batch.rglob("*.html"))


def test_report_pages_hide_code_and_keep_it_in_the_notebook_beside(batch):
    reports = [page for page in pages(batch) if page.name != "index.html"]
    assert len(reports) == 2 + len(KINDS)  # 10, 30 and one 20 per kind
    for page in reports:
        text = page.read_text(encoding="utf-8")
        assert not re.search(
            r"class=\"[^\"]*(jp-CodeMirrorEditor|jp-InputPrompt|highlight)", text
        ), page.name
        assert "report.run_pipeline" not in text and "import figures_lib" not in text, page.name
        notebook = nbformat.read(page.with_suffix(".ipynb"), as_version=4)
        assert any("report.run_pipeline" in cell.source for cell in notebook.cells), page.name
        assert f'href="{page.with_suffix(".ipynb").name}"' in text  # the banner links the notebook


def test_report_pages_load_nothing_from_another_host(batch):
    for page in pages(batch):
        text = page.read_text(encoding="utf-8")
        parsed = Page(text)
        assert not [s for s in parsed.scripts if "src" in s], page.name
        assert not [href for href in parsed.stylesheets if href.startswith(("http", "//"))], (
            page.name
        )
        assert 'src="http' not in text and "src='http" not in text and "//cdn" not in text, (
            page.name
        )
        assert "mathjax" not in text.lower() and "require.js" not in text, page.name


def test_report_runs_static_tables_with_no_itables_script(batch):
    # The notebooks' tables are interactive in JupyterLab (itables); a report runs them with
    # interactive=False, so neither its pages nor its executed notebooks carry DataTables.
    for page in pages(batch):
        text = page.read_text(encoding="utf-8")
        assert not Page(text).scripts, page.name
        assert not re.search(r"ITable|_itables_|DataTable|dt_bundle|injectModule", text), page.name
    for name in ("20-reconcile-kind", "30-outlet-comparison"):
        for notebook_path in (batch / name).glob("*.ipynb"):
            notebook = nbformat.read(notebook_path, as_version=4)
            injected = [
                c.source
                for c in notebook.cells
                if "injected-parameters" in c.metadata.get("tags", [])
            ]
            assert "interactive = False" in injected[0], notebook_path.name
            outputs = json.dumps([cell.get("outputs", []) for cell in notebook.cells])
            assert "<script" not in outputs and "figures-table" in outputs, notebook_path.name


def test_findings_come_first_then_tables_and_charts(batch):
    for page in pages(batch):
        if page.name == "index.html":
            continue
        order = Page(page.read_text(encoding="utf-8")).order
        assert order and order[0] == "findings", (page.name, order[:3])
    sorties = (batch / "20-reconcile-kind" / "kind-sorties.html").read_text(encoding="utf-8")
    assert "Sorties: 53.5\u201364 sorties a day from three outlets" in sorties


def test_every_claim_cited_in_an_estimate_has_an_anchor_in_the_claims_page(batch):
    estimates = pd.read_parquet(batch / "tables" / "reconciliation" / "estimates.parquet")
    cited = {
        claim_id
        for ids in estimates[estimates["kind"].isin(KINDS)]["claim_ids"]
        for claim_id in ids.split("; ")
    }
    assert cited
    (claims_page,) = (batch / "10-extract-claims").glob("*.html")
    anchors = Page(claims_page.read_text(encoding="utf-8")).ids
    assert {f"claim-{claim_id}" for claim_id in cited} <= anchors


def test_every_claim_link_in_a_page_resolves_on_that_page(batch):
    linked = [
        *(batch / "20-reconcile-kind").glob("*.html"),
        batch / "30-outlet-comparison" / "all.html",
    ]
    for page in linked:
        parsed = Page(page.read_text(encoding="utf-8"))
        claim_links = [link for link in parsed.links if link.startswith("#claim-")]
        assert claim_links, page.name
        assert {link[1:] for link in claim_links} <= parsed.ids, page.name


def test_index_key_figures_link_to_sections_that_exist(batch):
    index = Page((batch / "index.html").read_text(encoding="utf-8"))
    sections = [link for link in index.links if "#" in link]
    assert any(link.endswith("kind-sorties.html#Rates-per-day") for link in sections)
    for link in sections:
        path, anchor = link.split("#", 1)
        assert anchor in Page((batch / path).read_text(encoding="utf-8")).ids, link
    assert "2,972 tonnes a day" in (batch / "index.html").read_text(encoding="utf-8")


def test_executed_notebooks_name_no_absolute_path(batch):
    for notebook_path in batch.rglob("*.ipynb"):
        notebook = nbformat.read(notebook_path, as_version=4)
        record = notebook.metadata["papermill"]
        assert not record["input_path"].startswith("/") and not record["output_path"].startswith(
            "/"
        )
        assert all(not str(value).startswith("/") for value in record["parameters"].values())
        injected = [
            c.source for c in notebook.cells if "injected-parameters" in c.metadata.get("tags", [])
        ]
        assert injected and '"/' not in injected[0] and str(PROJ_ROOT) not in injected[0], (
            notebook_path.name
        )


def test_a_failed_run_shows_its_error_without_absolute_paths(batch, tmp_path):
    notebooks = tmp_path / "notebooks"
    shutil.copytree(NOTEBOOKS_DIR, notebooks)
    broken = nbformat.read(notebooks / "30-outlet-comparison.ipynb", as_version=4)
    broken.cells.append(
        nbformat.v4.new_code_cell("report.findings(None)  # fails inside the library")
    )
    nbformat.write(broken, notebooks / "30-outlet-comparison.ipynb")
    output = tmp_path / "out"
    (output / "30-outlet-comparison").mkdir(parents=True)
    tables = os.path.relpath(
        (batch / "tables").resolve(), (output / "30-outlet-comparison").resolve()
    )
    run = Run("30-outlet-comparison", {"reconciliation": tables}, "all")
    result = execute_run(run, output, notebooks)
    assert result.error.startswith("AttributeError"), result.error
    page = (output / "30-outlet-comparison" / "all.html").read_text(encoding="utf-8")
    assert "This run failed: AttributeError" in page
    assert "report.py" in page  # the traceback is there, with the library's file
    for absolute in (
        str(PROJ_ROOT),
        str(output.resolve()),
        str(tmp_path.resolve()),
        "site-packages",
    ):
        assert absolute not in page, absolute
        assert absolute not in (output / "30-outlet-comparison" / "all.ipynb").read_text(
            encoding="utf-8"
        )


def test_an_outlet_named_in_tex_leaves_every_page_inert(tmp_path):
    corpus = tmp_path / "tex.jsonl"
    corpus.write_text(json.dumps({
        "id": "tex", "outlet": TEX_OUTLET, "date": "2015-10-11",
        "text": "Russian warplanes flew 64 sorties over the past 24 hours, the Russian Defense "
                "Ministry said on Saturday.",
    }) + "\n", encoding="utf-8")  # fmt: skip
    output = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["report", str(corpus), "--kinds", "sorties", "-o", str(output)]
    )
    assert result.exit_code == 0, result.output
    rates = (output / "20-reconcile-kind" / "kind-sorties.html").read_text(encoding="utf-8")
    assert "data:image/png" in rates  # the charts were drawn
    for page in pages(output):
        text = page.read_text(encoding="utf-8")
        parsed = Page(text)
        assert not [link for link in parsed.links if "javascript" in link.lower()], page.name
        assert not parsed.scripts or all("src" not in s for s in parsed.scripts), page.name
        assert "mathjax" not in text.lower(), page.name
    # shown as text, escaped HTML needs none here
    assert r"$$\href{javascript:alert(1)}{x}$$" in rates


def test_export_can_show_the_code_when_asked(batch):
    notebook = nbformat.read(batch / "30-outlet-comparison" / "all.ipynb", as_version=4)
    assert "run_pipeline" in export_html(notebook, notebook="all.ipynb", show_code=True)


@pytest.mark.skipif(
    CHROMIUM is None, reason="no Chromium on this machine (Debian package chromium)"
)
def test_a_report_prints_to_a_sane_pdf(batch, tmp_path):
    pdf = tmp_path / "sorties.pdf"
    page = batch / "20-reconcile-kind" / "kind-sorties.html"
    subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--no-pdf-header-footer",
            f"--user-data-dir={tmp_path / 'profile'}",
            f"--print-to-pdf={pdf}",
            page.as_uri(),
        ],
        check=True,
        timeout=120,
        capture_output=True,
    )
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    pages_count = len(re.findall(rb"/Type\s*/Page(?!s)", data))
    assert 2 <= pages_count <= 12, pages_count
    try:
        from pypdf import PdfReader
    except ImportError:
        return
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert text.index("Findings") < text.index("Rates per day")
    assert "import" not in text


def test_a_kernel_that_dies_before_it_answers_is_started_again(batch, tmp_path, monkeypatch):
    # Two kernels starting at once may race for the same ports: the run starts its kernel
    # again instead of failing, and still fails on any other error.
    import papermill

    calls = []

    def flaky(source, target, **options):
        calls.append(source)
        if len(calls) == 1:
            raise RuntimeError("Kernel died before replying to kernel_info")
        shutil.copyfile(source, target)

    monkeypatch.setattr(papermill, "execute_notebook", flaky)
    output = tmp_path / "out"
    tables = os.path.relpath((batch / "tables").resolve(), (output / "30-outlet-comparison"))
    run = Run("30-outlet-comparison", {"reconciliation": tables}, "all")
    result = execute_run(run, output)
    assert (result.error, len(calls)) == ("", 2)

    def broken(source, target, **options):
        calls.append(source)
        raise RuntimeError("Kernel died before replying to kernel_info")

    calls.clear()
    monkeypatch.setattr(papermill, "execute_notebook", broken)
    result = execute_run(run, output)
    assert result.error == "RuntimeError: Kernel died before replying to kernel_info"
    assert len(calls) == 3
