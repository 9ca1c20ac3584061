"""Batch reports: every notebook run with papermill for every parameter set, exported to HTML.

``run_reports`` plans the runs (``10-extract-claims`` and ``30-outlet-comparison`` once,
``20-reconcile-kind`` once per kind, ``40-incident`` once per event several claimants report),
refuses parameter names a notebook does not declare (papermill itself only warns), runs them in
parallel worker processes, and writes ``<output>/<notebook>/<params>.ipynb`` and ``.html`` plus
``<output>/index.html``. A failing run does not stop the others: it is listed in the index with
its error.
"""

from __future__ import annotations

import html
import json
import multiprocessing
import os
import re
import sys
import warnings
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .artifacts import compute, load_artifacts, read_manifest, write_artifacts
from .corpus import Columns, load_corpus
from .errors import FiguresInputError, FiguresInputWarning
from .io import atomic_path, slug
from .lexicon import lexicon
from .paths import NOTEBOOKS_DIR, PROJ_ROOT
from .report import events_table, key_figure_parts


def skip_uri_grammar() -> None:
    """Spare this process the URI grammar jsonschema would build on import.

    nbformat (under papermill and nbconvert) validates notebooks through jsonschema, whose
    format checker imports ``rfc3987_syntax`` when installed (JupyterLab's jupyter-events pulls
    it in) and builds its grammar: about 2 s of processor time in every process, for URI
    formats no notebook schema uses. Report processes (the command and each worker) call this
    before importing papermill; a library user's own session is left as it is.
    """
    sys.modules.setdefault("rfc3987_syntax", None)  # None: "import rfc3987_syntax" fails fast


@dataclass(frozen=True)
class Run:
    """One notebook with one parameter set, and where its outputs go."""

    notebook: str
    parameters: dict = field(hash=False)
    slug: str  # file name stem, safe whatever the parameters hold

    @property
    def stem(self) -> str:
        return f"{self.notebook}/{self.slug}"


@dataclass(frozen=True)
class RunResult:
    run: Run
    error: str  # empty when the run succeeded
    notebook_path: str  # relative to the output folder
    html_path: str


#: Incident pages a batch writes at most (the events with most claimants and widest spread).
MAX_INCIDENT_PAGES = 20
#: The folder of a batch's output where the pipeline's tables go (see ``figures_lib.artifacts``).
TABLES_FOLDER = "tables"


def prepare_tables(
    corpus: str = "",
    output_dir: Path = Path("reports"),
    columns: Columns | None = None,
    options: dict | None = None,
) -> Path:
    """Load ``corpus``, extract and reconcile it once, and write the tables the notebooks read.

    Warnings about the input (a row skipped, a date missing) are shown as usual and kept in the
    tables' manifest, so that the report index lists them once instead of every notebook.
    """
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", FiguresInputWarning)
        pipeline = compute(load_corpus(corpus or None, columns=columns))
    for warning in caught:
        warnings.showwarning(warning.message, warning.category, warning.filename, warning.lineno)
    messages = sorted(
        {str(w.message) for w in caught if issubclass(w.category, FiguresInputWarning)}
    )
    return write_artifacts(
        pipeline,
        output_dir / TABLES_FOLDER,
        source=corpus or "seeds",
        options=options,
        input_warnings=messages,
    )


def report_events(reconciliation) -> list[tuple[str, str]]:
    """(event_id, label) of the events several claimants report, in the order pages are made."""
    events = events_table(reconciliation)
    several = events[events["claimants"] > 1]
    return list(zip(several["event_id"], several["label"], strict=True))


def check_kinds(kinds: list[str] | None) -> None:
    """Refuse kinds the lexicon does not have, naming the known ones."""
    known = sorted(lexicon().kinds)
    unknown = sorted(set(kinds or []) - set(known))
    if unknown:
        raise FiguresInputError(
            f"--kinds: no kind named {', '.join(unknown)}; the kinds are {', '.join(known)}"
        )


def plan_runs(
    tables: Path,
    kinds: list[str] | None = None,
    notebooks_dir: Path = NOTEBOOKS_DIR,
    output_dir: Path = Path("reports"),
) -> list[Run]:
    """The runs of a batch on the tables in ``tables``: each notebook once, ``20-reconcile-kind``
    once per kind, ``40-incident`` once per event several claimants report.

    Each run's ``reconciliation`` parameter is the tables folder relative to the folder its
    notebook is written to (and run in), so the executed notebooks name no absolute path.
    ``kinds`` defaults to every kind the tables have claims of. Raises FiguresInputError for an
    unknown kind, a missing notebook or a parameter a notebook does not declare.
    """
    check_kinds(kinds)
    pipeline = load_artifacts(tables)
    present = sorted(set(pipeline.claims["kind"]))
    chosen = list(kinds) if kinds else present

    def where(notebook: str) -> dict:
        return {
            "reconciliation": os.path.relpath(
                Path(tables).resolve(), (output_dir / notebook).resolve()
            )
        }

    runs = [
        Run(
            "10-extract-claims",
            {**where("10-extract-claims"), "kinds": list(kinds or [])},
            "all" if not kinds else slug("-".join(chosen), fallback="all"),
        )
    ]
    runs += [
        Run(
            "20-reconcile-kind",
            {**where("20-reconcile-kind"), "kind": kind},
            slug(f"kind-{kind}", fallback="all"),
        )
        for kind in chosen
    ]
    runs.append(Run("30-outlet-comparison", where("30-outlet-comparison"), "all"))
    runs += [
        Run(
            "40-incident",
            {**where("40-incident"), "event_id": event_id},
            slug(f"event-{label}", fallback="all"),
        )
        for event_id, label in report_events(pipeline.reconciliation)[:MAX_INCIDENT_PAGES]
    ]
    # Report pages are static and inert: notebooks with interactive (itables) tables show them
    # as plain escaped tables, with no script, when run here.
    static = {run.notebook for run in runs}
    static = {
        name
        for name in static
        if "interactive" in declared_parameters(notebooks_dir / f"{name}.ipynb")
    }
    runs = [Run(run.notebook, {**run.parameters, "interactive": False}, run.slug)
            if run.notebook in static else run for run in runs]  # fmt: skip
    for run in runs:
        check_parameters(notebooks_dir / f"{run.notebook}.ipynb", run.parameters)
    return runs


def declared_parameters(path: Path) -> set[str]:
    """The parameter names the notebook at ``path`` declares (none when there is no such file)."""
    import papermill

    return set(papermill.inspect_notebook(str(path))) if path.is_file() else set()


def check_parameters(path: Path, parameters: dict) -> None:
    """Refuse parameters the notebook at ``path`` does not declare (papermill only warns)."""
    import papermill

    if not path.is_file():
        raise FiguresInputError(f"{path}: notebook not found; run from a clone of the project")
    declared = papermill.inspect_notebook(str(path))
    unknown = sorted(set(parameters) - set(declared))
    if unknown:
        raise FiguresInputError(
            f"{path.name}: no parameter named {', '.join(unknown)}; it declares "
            f"{', '.join(sorted(declared))}"
        )


#: Times a notebook's kernel is started before a run fails for want of one.
KERNEL_STARTS = 3
# A kernel that exits before it answers: two kernels starting at once on a busy machine may
# race for the same ports, and the next start works.
_KERNEL_DIED_AT_START = re.compile(r"Kernel died before replying to kernel_info")


def _execute_notebook(papermill, source: str, target: str, **options) -> None:
    """``papermill.execute_notebook``, started again when its kernel dies before it answers
    (at most ``KERNEL_STARTS`` times); every other failure is raised at once."""
    for start in range(1, KERNEL_STARTS + 1):
        try:
            papermill.execute_notebook(source, target, **options)
            return
        except RuntimeError as failure:
            if start == KERNEL_STARTS or not _KERNEL_DIED_AT_START.search(str(failure)):
                raise


def execute_run(run: Run, output_dir: Path, notebooks_dir: Path = NOTEBOOKS_DIR) -> RunResult:
    """Run one notebook with papermill and export it to HTML, both written atomically.

    The executed notebook keeps its code; the HTML page beside it hides the code (see
    :func:`export_html`). Neither names an absolute path: papermill's record of its input and
    output is made relative, and paths in errors and outputs are shortened
    (:func:`relative_paths`). A notebook that fails is still written, with its error cell, and
    so is its HTML.
    """
    import nbformat
    import papermill

    notebook_path = output_dir / f"{run.stem}.ipynb"
    html_path = output_dir / f"{run.stem}.html"
    error = ""
    notebook_path.parent.mkdir(parents=True, exist_ok=True)
    with _stderr_to(output_dir / f"{run.stem}.log"), atomic_path(notebook_path) as temporary:
        try:
            _execute_notebook(
                papermill,
                str(notebooks_dir / f"{run.notebook}.ipynb"),
                str(temporary),
                parameters=run.parameters,
                kernel_name="python3",
                progress_bar=False,
                # relative parameters are relative to the run's folder
                cwd=str(notebook_path.parent),
            )
        except papermill.PapermillExecutionError as failure:
            error = f"{failure.ename}: {failure.evalue}"
        except Exception as failure:  # a kernel that cannot start, a broken notebook, ...
            error = f"{type(failure).__name__}: {failure}"
            if not temporary.stat().st_size:
                nbformat.write(
                    nbformat.read(notebooks_dir / f"{run.notebook}.ipynb", as_version=4), temporary
                )
        executed = without_absolute_paths(nbformat.read(temporary, as_version=4), run, output_dir)
        nbformat.write(executed, temporary)
    error = relative_paths(error, output_dir)
    page = export_html(
        executed,
        notebook=notebook_path.name,
        index=os.path.relpath(output_dir / "index.html", notebook_path.parent),
        error=error,
    )
    with atomic_path(html_path) as temporary:
        temporary.write_text(page, encoding="utf-8")
    if not error:
        (output_dir / f"{run.stem}.log").unlink(missing_ok=True)  # kept only to explain failures
    return RunResult(run, error, f"{run.stem}.ipynb", f"{run.stem}.html")


#: nbconvert templates shipped with the package (``figures_brief``: see its ``index.html.j2``).
TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"


def export_html(
    notebook_node,
    *,
    notebook: str = "",
    index: str = "../index.html",
    error: str = "",
    show_code: bool = False,
) -> str:
    """The HTML page of an executed notebook: a brief that reads without the code.

    Code cells show only their outputs (``show_code`` keeps the code), outputs pass through
    :func:`sanitized`, and the ``figures_brief`` template loads nothing from another host (no
    require.js, no MathJax: TeX-looking article text stays text). A banner links the report
    index and ``notebook``, the executed notebook with its code, and states ``error`` if the
    run failed. The page prints as a brief: findings, then charts, then tables.
    """
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(
        template_name="figures_brief", extra_template_basedirs=[str(TEMPLATES_DIR)],
        exclude_input=not show_code, exclude_input_prompt=True, exclude_output_prompt=True,
    )  # fmt: skip
    resources = {"figures": {"notebook": notebook, "index": index, "error": error}}
    body, _ = exporter.from_notebook_node(sanitized(notebook_node), resources=resources)
    return body


def sanitized(notebook):
    """A copy of ``notebook`` whose HTML outputs keep only inert markup (nh3's allow-list).

    Article text reaches outputs. The library escapes it wherever it builds HTML, and this
    is the second line: no script, event handler, style or frame survives into a report.
    Beyond nh3's defaults, ``id`` and ``class`` are kept (the library's anchors and table
    classes, which provenance links and the print styles need); links keep relative and web
    addresses only, never ``javascript:``.
    (nbconvert's own sanitize_html escapes table headings and <mark> as well, which would
    break every table.)
    """
    import copy

    import nh3

    attributes = {tag: set(names) for tag, names in nh3.ALLOWED_ATTRIBUTES.items()}
    attributes["*"] = attributes.get("*", set()) | {"id", "class"}
    clean = copy.deepcopy(notebook)
    for cell in clean.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if "text/html" in data:
                data["text/html"] = nh3.clean(str(data["text/html"]), attributes=attributes,
                                              url_schemes={"http", "https", "mailto"})  # fmt: skip
            for unsafe in ("application/javascript", "text/javascript", "image/svg+xml"):
                data.pop(unsafe, None)
    return clean


_ABSOLUTE_DIRECTORY = re.compile(r"(^|[\s\"'(=,:\[]|\x1b\[[0-9;]*m)(/(?:[\w.@+~-]+/)+)")


def relative_paths(text: str, output_dir: Path) -> str:
    """``text`` with absolute paths shortened: the output folder and the project's to paths
    relative to them, installed packages to their import path, any other directory dropped.

    >>> relative_paths("File /usr/lib/python3/site-packages/pandas/core/frame.py", Path("/x"))
    'File pandas/core/frame.py'
    """
    text = re.sub(r"(?:/[\w.@+~-]+)*/(?:site|dist)-packages/", "", text)
    roots = {str(Path(output_dir).resolve()), str(PROJ_ROOT), sys.prefix, sys.base_prefix}
    for root in sorted(roots, key=len, reverse=True):
        if len(root) > 1:
            text = text.replace(root.rstrip("/") + "/", "")
    return _ABSOLUTE_DIRECTORY.sub(lambda match: match.group(1), text)


def without_absolute_paths(notebook, run: Run, output_dir: Path):
    """``notebook`` with papermill's input and output paths relative (the notebook's name, and
    the run's place in the output folder) and absolute paths in its errors and printed text
    shortened (tables and charts hold article text, which is left as it is)."""
    record = notebook.metadata.get("papermill")
    if record is not None:
        record["input_path"] = f"{run.notebook}.ipynb"
        record["output_path"] = f"{run.stem}.ipynb"
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                output["evalue"] = relative_paths(output.get("evalue", ""), output_dir)
                output["traceback"] = [
                    relative_paths(line, output_dir) for line in output.get("traceback", [])
                ]
            elif output.get("output_type") == "stream":
                output["text"] = relative_paths(output.get("text", ""), output_dir)
    return notebook


@contextmanager
def _stderr_to(path: Path) -> Iterator[None]:
    """Send this process's standard error, and its kernel's, to ``path`` (the run's log)."""
    sys.stderr.flush()
    saved = os.dup(2)
    with open(path, "w", encoding="utf-8") as log:
        os.dup2(log.fileno(), 2)
        try:
            yield
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)


def run_reports(
    corpus: str = "",
    kinds: list[str] | None = None,
    jobs: int = 2,
    output_dir: Path = Path("reports"),
    progress: Callable[[RunResult], None] | None = None,
    notebooks_dir: Path = NOTEBOOKS_DIR,
    runs: list[Run] | None = None,
    tables: Path | None = None,
) -> list[RunResult]:
    """Run every planned notebook (``runs``, else ``plan_runs``), ``jobs`` at a time, and
    write ``index.html``.

    The pipeline runs once: on ``tables`` when given (a folder ``prepare_tables`` or a
    previous report wrote), else on ``corpus``, whose tables are written to
    ``<output_dir>/tables`` first. Returns the results in plan order; failed runs have
    ``error`` set.
    """
    tables = tables if tables is not None else prepare_tables(corpus, output_dir)
    runs = runs if runs is not None else plan_runs(tables, kinds, notebooks_dir, output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    results: dict[Run, RunResult] = {}
    # Worker processes are started fresh (spawn): a forked copy of a process holding kernel
    # sockets and threads is not safe.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=max(1, jobs), mp_context=context, initializer=skip_uri_grammar
    ) as pool:
        futures = {pool.submit(execute_run, run, output_dir, notebooks_dir): run for run in runs}
        for future in as_completed(futures):
            run = futures[future]
            try:
                result = future.result()
            except Exception as failure:  # the worker itself died
                result = RunResult(run, f"{type(failure).__name__}: {failure}", "", "")
            results[run] = result
            if progress is not None:
                progress(result)
    ordered = [results[run] for run in runs]
    write_index(ordered, tables, output_dir)
    return ordered


def write_index(results: list[RunResult], tables: Path, output_dir: Path) -> Path:
    """``index.html``: every run with its parameters, status, links and key figures, all read
    from the tables the notebooks read. Each key figure links to the section of the run's page
    it comes from (its findings, rates or checks)."""
    reconciliation = load_artifacts(tables).reconciliation
    manifest = read_manifest(tables)
    source = manifest.get("source", "")
    notes = "".join(
        f"<li>{html.escape(message)}</li>" for message in manifest.get("input_warnings", [])
    )
    input_warnings = f"<h2>Input warnings</h2><ul>{notes}</ul>" if notes else ""
    rows = []
    for result in results:
        kind = result.run.parameters.get("kind", "")
        figures = "; ".join(
            "<a "
            f"href='{html.escape(result.html_path)}#{html.escape(section)}'>{html.escape(text)}</a>"
            if result.html_path and not result.error
            else html.escape(text)
            for text, section in key_figure_parts(reconciliation, kind)
        )
        links = " ".join(
            f"<a href='{html.escape(path)}'>{label}</a>"
            for label, path in (
                ("HTML", result.html_path),
                ("notebook", result.notebook_path),
                ("log", f"{result.run.stem}.log" if result.error else ""),
            )  # fmt: skip
            if path
        )
        status = "ok" if not result.error else f"failed: {html.escape(result.error)}"
        hidden = ("corpus", "reconciliation", "interactive")  # the same for every run
        shown = {k: v for k, v in result.run.parameters.items() if k not in hidden}
        parameters = json.dumps(shown, sort_keys=True) if shown else "(defaults)"
        rows.append(
            f"<tr class='{'ok' if not result.error else 'failed'}'>"
            f"<td>{html.escape(result.run.notebook)}</td>"
            f"<td><code>{html.escape(parameters)}</code></td><td>{status}</td><td>{links}</td>"
            f"<td>{figures}</td></tr>"
        )
    failed = sum(1 for r in results if r.error)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>figures reports</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2em; color: #222; }}
table {{ border-collapse: collapse; }} td, th {{ border: 1px solid #ccc; padding: 4px 8px; \
text-align: left; vertical-align: top; }}
tr.failed td {{ background: #fde2e2; }}
</style></head><body>
<h1>figures reports</h1>
<p>Corpus: {html.escape(source or "bundled seeds")}. {len(results)} runs, {failed} failed.</p>
{input_warnings}
<table><thead><tr><th>notebook</th><th>parameters</th><th>status</th>\
<th>report</th><th>key figures</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody></table>
</body></html>
"""
    path = output_dir / "index.html"
    with atomic_path(path) as temporary:
        temporary.write_text(page, encoding="utf-8")
    return path
