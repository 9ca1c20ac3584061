"""Interactive tables (itables) in JupyterLab: escaped like the static ones, claim links kept,
the same bytes on every run, nothing loaded from another host; and none of it in a batch report."""

from __future__ import annotations

import base64
import re
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from figures_lib import report
from figures_lib.batch import plan_runs, prepare_tables
from figures_lib.paths import NOTEBOOKS_DIR

HOSTILE_OUTLET = "<script>alert(1)</script>"
HOSTILE_SENTENCE = 'Jets flew 64 sorties <img src=x onerror=alert(2)> "RT" said & left.'


class Markup(HTMLParser):
    """The tags a browser would build from an output, the code of its scripts, its links and
    the text of its table cells."""

    def __init__(self, text: str):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self.links: list[str] = []
        self.cells: list[str] = []
        self._in: str = ""
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "a":
            self.links.append(dict(attrs).get("href", ""))
        if tag in ("script", "td"):
            self._in = tag
            (self.scripts if tag == "script" else self.cells).append("")

    def handle_endtag(self, tag):
        if tag in ("script", "td"):
            self._in = ""

    def handle_data(self, data):
        if self._in == "script":
            self.scripts[-1] += data
        elif self._in == "td":
            self.cells[-1] += data


def hostile_frame(rows: int = 2) -> pd.DataFrame:
    return pd.DataFrame({
        "outlet": [HOSTILE_OUTLET] + ["RT"] * (rows - 1),
        "sentence": [HOSTILE_SENTENCE] * rows,
        "sources": [2000.0] * rows,
        "claim_ids": ["seed-1-0; seed-2-3"] + [f"seed-{i}-0" for i in range(3, rows + 2)],
    })  # fmt: skip


def interactive(frame: pd.DataFrame, columns=None) -> str:
    return report.table(frame, columns, interactive=True).data


def test_static_mode_is_exactly_the_linked_table():
    frame = hostile_frame()
    assert report.table(frame).data == report.linked_table(frame)
    assert report.table(
        frame, ["outlet", "claim_ids"], page="claims.html"
    ).data == report.linked_table(frame, ["outlet", "claim_ids"], page="claims.html")
    assert "<script" not in report.table(frame).data


def test_interactive_table_shows_hostile_text_as_text_only():
    page = interactive(hostile_frame())
    markup = Markup(page)
    # One script, ours (itables' init of the table); the article's markup is in no script and
    # builds no tag: no <img>, no event handler.
    assert len(markup.scripts) == 1 and "new ITable(" in markup.scripts[0]
    assert not [code for code in markup.scripts if "alert(" in code]
    assert not [tag for tag, _ in markup.tags if tag == "img"]
    assert not [attrs for _, attrs in markup.tags if any(name.startswith("on") for name in attrs)]
    assert "<script>alert" not in page and "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    # The browser shows the very text of the article, escaped once (not twice).
    assert markup.cells[0] == HOSTILE_OUTLET and markup.cells[1] == HOSTILE_SENTENCE
    assert markup.cells[2] == "2,000"


def test_interactive_headers_are_escaped_too():
    frame = pd.DataFrame({"<b>outlet</b>": ["RT"]})
    page = interactive(frame)
    assert "<b>" not in page and "&lt;b&gt;outlet&lt;/b&gt;" in page


def test_interactive_table_keeps_claim_links_and_reads_its_rows_from_the_page():
    page = interactive(hostile_frame(3))
    markup = Markup(page)
    assert markup.links == [
        "#claim-seed-1-0",
        "#claim-seed-2-3",
        "#claim-seed-3-0",
        "#claim-seed-4-0",
    ]
    (table,) = [attrs for tag, attrs in markup.tags if tag == "table"]
    assert "figures-table" in table["class"]
    # The script initialises that table, in place: the rows are not repeated as JSON data.
    assert f'document.querySelectorAll("#{table["id"]}:not(.dataTable)")' in markup.scripts[0]
    assert "data_json" not in page and "Loading ITables" not in page
    assert page.count("seed-3-0") == 2  # the link's href and its text, once


def test_interactive_output_is_the_same_on_every_call_and_ids_differ_between_tables():
    first, second = interactive(hostile_frame()), interactive(hostile_frame())
    assert first == second
    ids = {
        re.search(r'id="(figures_[0-9a-f]+)"', page).group(1)
        for page in (first, interactive(hostile_frame(3)))
    }
    assert len(ids) == 2


def test_interactive_output_names_no_other_host():
    page = interactive(hostile_frame(25))
    assert not re.search(r"https?://|//cdn|unpkg", page), re.findall(r"https?://\S+", page)
    # 25 rows: several pages, so itables adds its pager and search box.
    assert '"topEnd": "search"' in page and '"bottomEnd": "paging"' in page
    assert '"layout": {"bottomEnd": null' in interactive(
        hostile_frame(3)
    )  # one page: the table alone


def test_an_empty_frame_is_one_line_in_both_modes():
    empty = hostile_frame().iloc[0:0]
    assert (
        interactive(empty) == report.table(empty).data == "<p class='figures-empty'>No rows.</p>"
    )


def test_init_inlines_datatables_from_the_package_and_loads_nothing(monkeypatch):
    import IPython.display
    import itables

    shown: list[str] = []
    monkeypatch.setattr(
        IPython.display, "display", lambda *objects: shown.extend(o.data for o in objects)
    )
    report.init_interactive(False)
    assert shown == []
    report.init_interactive(True)
    page = "\n".join(shown)
    markup = Markup(page)
    assert not [attrs for tag, attrs in markup.tags if tag == "script" and "src" in attrs]
    assert not [tag for tag, _ in markup.tags if tag == "link"]
    assert not [
        code
        for code in markup.scripts
        if re.search(r"""(import|from)\s*\(?\s*['"]https?:""", code)
    ]
    # The bundle itself is in the output, as it ships in the package.
    bundle = re.search(r'injectModule\("([A-Za-z0-9+/=]+)"\)', page).group(1)
    shipped = Path(itables.__file__).parent / "html" / "dt_bundle.js"
    assert base64.b64decode(bundle).decode("utf-8") == shipped.read_text(encoding="utf-8")
    # Only tables asked for are interactive: pandas keeps its own HTML for every other frame.
    assert "<script" not in pd.DataFrame({"a": [1]})._repr_html_()


def test_row_limit_shows_every_row_of_an_interactive_table():
    checks = pd.DataFrame(
        {"status": ["consistent"] * 50 + ["inconsistent"], "gap": [0.0] * 50 + [3.0]}
    )
    shown, hidden = report.problems_first(checks, report.row_limit(interactive=True))
    assert (len(shown), hidden) == (51, 0) and shown.iloc[0].status == "inconsistent"
    shown, hidden = report.problems_first(checks, report.row_limit(interactive=False))
    assert (len(shown), hidden) == (report.SHOWN_ROWS, 11) and shown.iloc[
        0
    ].status == "inconsistent"
    assert (
        report.first_rows(checks, None)[1] == 0
        and len(report.first_rows(checks)[0]) == report.SHOWN_ROWS
    )


def test_notebooks_with_tables_default_to_interactive_and_load_datatables_once():
    for name in ("20-reconcile-kind", "30-outlet-comparison", "40-incident"):
        book = nbformat.read(NOTEBOOKS_DIR / f"{name}.ipynb", as_version=4)
        code = [cell.source for cell in book.cells if cell.cell_type == "code"]
        assert "interactive: bool = True" in code[0], name
        assert sum("report.init_interactive(interactive)" in source for source in code) == 1, name
        assert not [source for source in code if "linked_table" in source], name
        html = [str(output.get("data", {}).get("text/html", "")) for cell in book.cells
                for output in cell.get("outputs", [])]  # fmt: skip
        bundles = [text for text in html if "injectModule(" in text]
        assert len(bundles) == 1, name


@pytest.mark.slow
def test_batch_runs_set_interactive_false_where_a_notebook_declares_it(tmp_path):
    tables = prepare_tables("", tmp_path)
    runs = plan_runs(tables, ["sorties"], output_dir=tmp_path)
    interactive = {run.notebook: run.parameters.get("interactive") for run in runs}
    assert interactive == {
        "10-extract-claims": None,
        "20-reconcile-kind": False,
        "30-outlet-comparison": False,
    }
