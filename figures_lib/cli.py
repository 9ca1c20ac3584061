"""The ``figures`` command line: load a corpus, extract claims, reconcile them.

Every subcommand has ``--help``. Bad input ends with one line naming the file, row or field
and the fix (exit code 1); skipped input is reported as ``warning:`` lines on standard error.

Exit codes: 0 all done; 1 the input cannot be used (or, for ``report``, a notebook run failed);
2 a bad option or an output that cannot be written (a folder where a file is expected, a parent
that is a file, a read-only folder); 3 done, but some articles were skipped (see the warnings
and ``--errors``).
"""

from __future__ import annotations

import itertools
import os
import sys
import warnings
from collections.abc import Callable, Iterator
from functools import wraps
from pathlib import Path

import click
import pandas as pd

from .artifacts import errors_frame
from .claims import extract_corpus, partition_key
from .corpus import Columns, iter_articles, load_corpus
from .errors import FiguresInputError, FiguresInputWarning
from .io import PartitionedParquetWriter, read_table, write_folder, write_table
from .paths import PACKAGE_DIR, SEEDS_DIR
from .reconcile import reconcile
from .scale import extract_with_dask
from .schema import CLAIMS_COLUMNS

#: Exit code of a run that finished but skipped some articles (listed by --errors).
EXIT_SKIPPED = 3
#: Exit code of a bad option or an output that cannot be written.
EXIT_OUTPUT = 2
TABLE_SUFFIXES = (".csv", ".parquet")

#: Articles extracted per batch: claims are kept, articles are dropped after each batch.
BATCH_ARTICLES = 500


def _show_warning(message, category, filename, lineno, file=None, line=None):
    # Input warnings, and the library's own (an article skipped by extraction), are one line.
    ours = category is UserWarning and Path(filename).resolve().is_relative_to(PACKAGE_DIR)
    if issubclass(category, FiguresInputWarning) or ours:
        click.echo(f"warning: {message}", err=True)
    else:
        click.echo(warnings.formatwarning(message, category, filename, lineno, line), err=True)


class OutputError(click.ClickException):
    """An output that cannot be written: one ``Error:`` line and exit code 2."""

    exit_code = EXIT_OUTPUT


def _friendly_errors(command: Callable) -> Callable:
    """Turn input errors into one clear line and exit code 1, never a traceback."""

    @wraps(command)
    def wrapper(*args, **kwargs):
        warnings.showwarning = _show_warning
        try:
            return command(*args, **kwargs)
        except FiguresInputError as error:
            raise click.ClickException(str(error)) from None

    return wrapper


def _check_output(path: Path, *, folder: bool = False, option: str = "--output") -> None:
    """Refuse, before any work, an output that cannot be written (exit code 2)."""
    kind = "folder" if folder else "file"
    if folder and path.exists() and not path.is_dir():
        raise OutputError(
            f"{option} {path}: a file is in the way of the output folder; give another name or "
            "remove it"
        )
    if not folder and path.is_dir():
        raise OutputError(
            f"{option} {path}: a folder, not a file; give a file name such as {path / 'out.csv'}"
        )
    parent = path.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir():
        raise OutputError(
            f"{option} {path}: {parent} is a file, not a folder; choose another place for the "
            f"{kind}"
        )
    if not os.access(parent, os.W_OK | os.X_OK):
        raise OutputError(
            f"{option} {path}: the folder {parent} is read-only; choose a folder you can write to"
        )


def _check_table_output(path: Path, option: str = "--output") -> None:
    if path.suffix.lower() not in TABLE_SUFFIXES:
        raise OutputError(
            f"{option} {path}: write a .csv or .parquet table (got {path.suffix or 'no suffix'!r})"
        )
    _check_output(path, option=option)


def _writing(path: Path, write: Callable[[], object]):
    """Run ``write``; an operating-system error becomes one Error: line naming ``path``."""
    try:
        return write()
    except OSError as error:
        raise OutputError(
            f"{path}: cannot be written ({error.strerror or error}); check the folder and its "
            "permissions"
        ) from None


def _exit_for(errors: list[dict]) -> None:
    """Exit with code 3 after a run that skipped articles, saying how many and where to look."""
    if errors:
        click.echo(f"{len(errors)} article(s) or input(s) skipped; see the warnings", err=True)
        sys.exit(EXIT_SKIPPED)


_ENCODING_OPTION = click.option(
    "--encoding", default=None, metavar="NAME",
    help="Decode the corpus files with this encoding (e.g. latin-1, cp1252, utf-16) instead of "
    "detecting it (UTF-8, a UTF-16/UTF-32 byte-order mark, or a guess with a warning).",
)  # fmt: skip


def _column_options(command: Callable) -> Callable:
    """The column-mapping options shared by every command that reads a corpus."""
    fields = [
        ("text", "article text"),
        ("title", "headline"),
        ("date", "publication date"),
        ("outlet", "outlet name"),
        ("id", "article id"),
        ("via", "republisher"),
        ("language", "language code"),
    ]
    for name, meaning in reversed(fields):
        command = click.option(
            f"--{name}-col",
            default=None,
            metavar="NAME",
            help=f"CSV/JSONL input: the column holding the {meaning} (default: the usual names).",
        )(command)
    return command


def _columns(options: dict) -> Columns:
    return Columns(
        text=options["text_col"],
        title=options["title_col"],
        date=options["date_col"],
        outlet=options["outlet_col"],
        doc_id=options["id_col"],
        via=options["via_col"],
        language=options["language_col"],
    )


def _output_option(table: str) -> Callable:
    """The -o/--output option of a command that writes the named table."""
    return click.option(
        "-o", "--output", type=click.Path(path_type=Path), default=Path(f"reports/{table}.csv"),
        show_default=True, help=f"Where to write the {table} table (.csv or .parquet).",
    )  # fmt: skip


_CORPUS_ARGUMENT = click.argument(
    "corpus", required=False, type=click.Path(path_type=Path), metavar="[CORPUS]"
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="figures")
def main() -> None:
    """Extract, reconcile and chart the numeric claims in news reporting.

    CORPUS, where a command takes one, is a folder of .txt/.md articles with manifest.csv, a
    folder or file of saved .html pages, or a .csv/.jsonl dataset. Without it the bundled
    seed corpus is used.
    """


@main.command("corpus")
@_CORPUS_ARGUMENT
@_output_option("corpus")
@click.option(
    "--with-text/--without-text", default=False, show_default=True,
    help="Include the cleaned article text (the column later offsets refer to).",
)  # fmt: skip
@_ENCODING_OPTION
@_column_options
@_friendly_errors
def corpus_command(
    corpus: Path | None, output: Path, with_text: bool, encoding: str | None, **options
) -> None:
    """Load CORPUS and write one row per article: metadata and what cleaning removed.

    Exit codes: 0 done; 1 unusable input; 2 bad option or unwritable output; 3 done, but some
    articles were skipped (see the warnings).
    """
    _check_table_output(output)
    errors: list[dict] = []
    frame = load_corpus(corpus, columns=_columns(options), encoding=encoding, errors=errors)
    if not with_text:
        frame = frame.drop(columns=["text"])
    _writing(output, lambda: write_table(frame, output))
    click.echo(f"{len(frame)} articles from {corpus or SEEDS_DIR.name} -> {output}")
    _exit_for(errors)


def _batches(articles: Iterator[dict], size: int) -> Iterator[pd.DataFrame]:
    while batch := list(itertools.islice(articles, size)):
        yield pd.DataFrame(batch)


@main.command("extract")
@_CORPUS_ARGUMENT
@_output_option("claims")
@click.option(
    "--progress/--no-progress", default=None,
    help="Show a progress bar (default: only when standard error is a terminal).",
)  # fmt: skip
@click.option(
    "--engine", type=click.Choice(["python", "dask"]), default="python", show_default=True,
    help="python: this process; dask: batches spread over a dask.distributed cluster.",
)  # fmt: skip
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 512),
              help="--engine dask: worker processes of the local cluster.")  # fmt: skip
@click.option(
    "--scheduler", default=None, metavar="ADDRESS",
    help="--engine dask: use the running cluster at this scheduler address (tcp://host:8786) "
    "instead of starting a local one.",
)  # fmt: skip
@click.option(
    "--partition-by", type=click.Choice(["outlet", "month"]), default=None,
    help="Write a Parquet dataset folder (-o claims/) batch by batch, one sub-folder per "
    "outlet or publication month, instead of one table held in memory. A folder that is not "
    "such a dataset is refused unless --overwrite.",
)  # fmt: skip
@click.option(
    "--overwrite", is_flag=True, default=False,
    help="--partition-by: replace the output folder even if it holds other files.",
)  # fmt: skip
@click.option(
    "--errors", "errors_path", type=click.Path(path_type=Path), default=None, metavar="PATH",
    help="Write the articles skipped while loading or extracting (doc_id, source_path, stage, "
    "error) to this .csv or .parquet table.",
)  # fmt: skip
@_ENCODING_OPTION
@_column_options
@_friendly_errors
def extract_command(
    corpus: Path | None, output: Path, progress: bool | None, engine: str, workers: int,
    scheduler: str | None, partition_by: str | None, overwrite: bool, errors_path: Path | None,
    encoding: str | None, **options,
) -> None:  # fmt: skip
    """Extract every claim from CORPUS into one table (see the README for its columns).

    Articles are read and extracted in batches, so memory holds the claims, not the corpus;
    with --partition-by, not even the claims. An article that cannot be loaded or extracted is
    skipped with a warning and listed by --errors; the others are extracted.

    Exit codes: 0 every article extracted; 1 unusable input; 2 bad option or unwritable output;
    3 done, but some articles were skipped (see the warnings and --errors).
    """
    from tqdm import tqdm

    if partition_by is None:
        if output.suffix.lower() not in TABLE_SUFFIXES:
            raise click.BadParameter(
                "write .csv or .parquet (or a folder with --partition-by)", param_hint="--output"
            )
        _check_output(output)
    else:
        if output.suffix:
            raise click.BadParameter(
                "--partition-by writes a folder: give a name without a suffix",
                param_hint="--output",
            )
        _check_output(output, folder=True)
        _check_dataset_folder(output, overwrite)
    if errors_path is not None:
        _check_table_output(errors_path, option="--errors")
    errors: list[dict] = []
    articles = iter_articles(corpus, columns=_columns(options), encoding=encoding, errors=errors)
    batches = _batches(articles, BATCH_ARTICLES)
    show = sys.stderr.isatty() if progress is None else progress
    count = 0
    writer = None
    if partition_by:
        writer = _writing(output, lambda: PartitionedParquetWriter(output, "partition"))

    def sink(claims: pd.DataFrame, batch: int) -> None:
        writer.write(claims.assign(partition=partition_key(claims, partition_by)), batch)

    with tqdm(desc="articles", unit=" art", disable=not show, file=sys.stderr) as bar:

        def advance(done: int) -> None:
            nonlocal count
            count += done
            bar.update(done)

        try:
            if engine == "dask":
                claims = extract_with_dask(
                    batches,
                    workers=workers,
                    scheduler=scheduler,
                    errors=errors,
                    progress=advance,
                    sink=sink if writer else None,
                )
            elif writer:
                for number, batch in enumerate(batches):
                    sink(extract_corpus(batch, errors=errors), number)
                    advance(len(batch))
            else:
                claims = extract_corpus(batches, progress=advance, errors=errors)
        except BaseException as error:
            if writer:
                writer.abort()
            if isinstance(error, OSError):
                reason = error.strerror or error
                raise OutputError(f"{output}: cannot be written ({reason})") from None
            raise
    if errors_path is not None:
        _writing(errors_path, lambda: write_table(errors_frame(errors), errors_path))
    if writer:
        _writing(output, writer.commit)
        click.echo(
            f"{writer.rows} claims from {count} articles -> {output}/ "
            f"(partitioned by {partition_by})"
        )
    else:
        _writing(output, lambda: write_table(claims, output))
        click.echo(f"{len(claims)} claims from {count} articles -> {output}")
    _exit_for(errors)


def _is_partition(entry: Path) -> bool:
    """Whether ``entry`` is a partition folder that --partition-by writes."""
    return (
        entry.is_dir()
        and entry.name.startswith("partition=")
        and all(f.name.startswith("part-") and f.suffix == ".parquet" for f in entry.iterdir())
    )


def _check_dataset_folder(folder: Path, overwrite: bool) -> None:
    """Refuse to replace a non-empty folder that is not a partitioned claims dataset."""
    if overwrite or not folder.is_dir():
        return
    foreign = [entry.name for entry in sorted(folder.iterdir()) if not _is_partition(entry)]
    if foreign:
        raise OutputError(
            f"--output {folder}: the folder holds files that are not a claims dataset "
            f"({', '.join(foreign[:3])}{', ...' if len(foreign) > 3 else ''}), which would be "
            "deleted; give a new folder, or pass --overwrite to replace it"
        )


@main.command("reconcile")
@click.argument(
    "claims", required=False, type=click.Path(path_type=Path), default=Path("reports/claims.csv"),
    metavar="[CLAIMS]",
)  # fmt: skip
@click.option(
    "-o", "--output", type=click.Path(path_type=Path, file_okay=False),
    default=Path("reports/reconciliation"), show_default=True,
    help="Folder to write the claims, sources, events, groups, checks and estimates tables into "
    "(replaced whole).",
)  # fmt: skip
@click.option(
    "--corpus", "corpus_path", type=click.Path(path_type=Path), default=None,
    help="The corpus the claims came from, to find syndicated copies by their text. Without "
    "it, articles are compared on their claim sentences only.",
)  # fmt: skip
@click.option(
    "--format", "table_format", type=click.Choice(["csv", "parquet"]), default="csv",
    show_default=True, help="File format of the tables.",
)  # fmt: skip
@_ENCODING_OPTION
@_column_options
@_friendly_errors
def reconcile_command(
    claims: Path, output: Path, corpus_path: Path | None, table_format: str, encoding: str | None,
    **options,
) -> None:  # fmt: skip
    """Reconcile a claims table (default reports/claims.csv): claimants, per-day rates,
    incident events across outlets, same-claim groups, consistency checks over time and
    estimates.
    """
    _check_output(output, folder=True)
    table = read_table(claims, CLAIMS_COLUMNS, "claims")
    if table.empty:
        raise FiguresInputError(
            f"{claims}: the claims table has no rows; extract claims first (`figures extract`) "
            "from a corpus with articles"
        )
    # Articles are streamed: syndication keeps a small fingerprint of each, not its text.
    corpus = (
        iter_articles(corpus_path, columns=_columns(options), encoding=encoding)
        if corpus_path else None
    )  # fmt: skip
    result = reconcile(table, corpus)

    def fill(staging: Path) -> None:
        for name, frame in result.tables().items():
            write_table(frame, staging / f"{name}.{table_format}")

    # The tables are one set: a failure midway leaves the previous folder, not a mix.
    _writing(output, lambda: write_folder(output, fill))
    inconsistent = int((result.checks["status"] == "inconsistent").sum())
    click.echo(
        f"{len(result.claims)} claims, {len(result.events)} events, {len(result.groups)} groups, "
        f"{len(result.checks)} checks ({inconsistent} inconsistent), {len(result.estimates)} "
        f"estimates -> {output}"
    )


@main.command("report")
@_CORPUS_ARGUMENT
@click.option(
    "--kinds", default="", metavar="KIND,KIND",
    help="Kinds to run 20-reconcile-kind for, comma-separated (default: every kind with claims).",
)  # fmt: skip
@click.option("--jobs", default=2, show_default=True, type=click.IntRange(1, 64),
              help="Notebooks run at the same time.")  # fmt: skip
@click.option(
    "-o", "--output", type=click.Path(path_type=Path, file_okay=False), default=Path("reports"),
    show_default=True, help="Folder for tables/, <notebook>/<params>.ipynb and .html, and "
                            "index.html.",
)  # fmt: skip
@click.option(
    "--reconciliation", "tables", type=click.Path(path_type=Path, file_okay=False), default=None,
    help="A tables folder a previous `figures report` wrote (its tables/): run the notebooks on "
    "it without loading, extracting or reconciling anything.",
)  # fmt: skip
@click.option(
    "--progress/--no-progress", default=None,
    help="Show a progress bar (default: only when standard error is a terminal).",
)  # fmt: skip
@_ENCODING_OPTION
@_column_options
@_friendly_errors
def report_command(
    corpus: Path | None,
    kinds: str,
    jobs: int,
    output: Path,
    tables: Path | None,
    progress: bool | None,
    encoding: str | None,
    **options,
) -> None:
    """Run every notebook on CORPUS with papermill and export each run to HTML.

    CORPUS is loaded, extracted and reconciled once; the tables go to OUTPUT/tables/ and every
    notebook reads them. 10-extract-claims and 30-outlet-comparison run once, 20-reconcile-kind
    once per kind, 40-incident once per event that more than one claimant reports. A failed run
    is listed in index.html with its error and makes the command exit with 1 once every other
    run has finished. Articles that cannot be loaded or extracted are skipped with a warning and
    listed in OUTPUT/tables/errors.csv.

    Exit codes: 0 every run done; 1 unusable input or a failed notebook run; 2 bad option or
    unwritable output; 3 every run done, but some articles were skipped (tables/errors.csv).
    """
    from tqdm import tqdm

    from .artifacts import prepare
    from .batch import TABLES_FOLDER, check_kinds, plan_runs, run_reports, skip_uri_grammar

    skip_uri_grammar()

    if tables is not None and corpus is not None:
        raise click.BadParameter(
            "give CORPUS or --reconciliation, not both", param_hint="--reconciliation"
        )
    chosen = [k.strip() for k in kinds.split(",") if k.strip()]
    check_kinds(chosen)  # before anything is computed or written
    _check_output(output, folder=True)
    skipped = 0
    if tables is None:
        recorded = {name: value for name, value in options.items() if value}
        if encoding:
            recorded["encoding"] = encoding
        tables = output / TABLES_FOLDER
        pipeline = _writing(tables, lambda: prepare(
            corpus, tables, columns=_columns(options), encoding=encoding,
            source=str(corpus) if corpus else "", options=recorded,
        ))  # fmt: skip
        skipped = len(pipeline.errors)
        if pipeline.claims.empty:
            raise FiguresInputError(
                f"{corpus or SEEDS_DIR.name}: no claims found in its {len(pipeline.corpus)} "
                "article(s), so there is nothing to report; check the corpus holds news text"
            )
    runs = plan_runs(tables, chosen, output_dir=output)
    show = sys.stderr.isatty() if progress is None else progress
    with tqdm(
        total=len(runs), desc="notebooks", unit=" run", disable=not show, file=sys.stderr
    ) as bar:
        results = run_reports(
            "", chosen, jobs, output, progress=lambda _: bar.update(1), runs=runs, tables=tables
        )
    failed = [r for r in results if r.error]
    for result in failed:
        click.echo(f"failed: {result.run.stem}: {result.error}", err=True)
    click.echo(
        f"{len(results) - len(failed)} of {len(results)} notebook runs -> {output / 'index.html'}"
    )
    if failed:
        sys.exit(1)
    if skipped:
        click.echo(f"{skipped} article(s) skipped; see {tables / 'errors.csv'}", err=True)
        sys.exit(EXIT_SKIPPED)


if __name__ == "__main__":  # pragma: no cover
    main()
