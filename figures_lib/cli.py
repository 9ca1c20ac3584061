"""The ``figures`` command line: load a corpus, extract claims, reconcile them.

Every subcommand has ``--help``. Bad input ends with one line naming the file, row or field
and the fix (exit code 1); skipped input is reported as ``warning:`` lines on standard error.
"""

from __future__ import annotations

import itertools
import sys
import warnings
from collections.abc import Callable, Iterator
from functools import wraps
from pathlib import Path

import click
import pandas as pd

from .artifacts import write_folder
from .atomic import PartitionedParquetWriter, write_table
from .claims import extract_corpus, partition_key
from .corpus import Columns, iter_articles, load_corpus
from .errors import FiguresInputError, FiguresInputWarning
from .paths import SEEDS_DIR
from .reconcile import reconcile
from .scale import extract_with_dask
from .schema import CLAIMS_COLUMNS, read_table

#: Articles extracted per batch: claims are kept, articles are dropped after each batch.
BATCH_ARTICLES = 500


def _show_warning(message, category, filename, lineno, file=None, line=None):
    if issubclass(category, FiguresInputWarning):
        click.echo(f"warning: {message}", err=True)
    else:
        click.echo(warnings.formatwarning(message, category, filename, lineno, line), err=True)


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
@_column_options
@_friendly_errors
def corpus_command(corpus: Path | None, output: Path, with_text: bool, **options) -> None:
    """Load CORPUS and write one row per article: metadata and what cleaning removed."""
    frame = load_corpus(corpus, columns=_columns(options))
    if not with_text:
        frame = frame.drop(columns=["text"])
    write_table(frame, output)
    click.echo(f"{len(frame)} articles from {corpus or SEEDS_DIR.name} -> {output}")


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
    "outlet or publication month, instead of one table held in memory.",
)  # fmt: skip
@_column_options
@_friendly_errors
def extract_command(
    corpus: Path | None, output: Path, progress: bool | None, engine: str, workers: int,
    scheduler: str | None, partition_by: str | None, **options,
) -> None:  # fmt: skip
    """Extract every claim from CORPUS into one table (see the README for its columns).

    Articles are read and extracted in batches, so memory holds the claims, not the corpus;
    with --partition-by, not even the claims.
    """
    from tqdm import tqdm

    if partition_by is None and output.suffix.lower() not in (".csv", ".parquet"):
        raise click.BadParameter("write .csv or .parquet (or a folder with --partition-by)", param_hint="--output")
    if partition_by is not None and output.suffix:
        raise click.BadParameter("--partition-by writes a folder: give a name without a suffix", param_hint="--output")
    articles = iter_articles(corpus, columns=_columns(options))
    batches = _batches(articles, BATCH_ARTICLES)
    show = sys.stderr.isatty() if progress is None else progress
    count = 0
    writer = PartitionedParquetWriter(output, "partition") if partition_by else None

    def sink(claims: pd.DataFrame, batch: int) -> None:
        writer.write(claims.assign(partition=partition_key(claims, partition_by)), batch)

    with tqdm(desc="articles", unit=" art", disable=not show, file=sys.stderr) as bar:

        def advance(done: int) -> None:
            nonlocal count
            count += done
            bar.update(done)

        try:
            if engine == "dask":
                claims = extract_with_dask(batches, workers=workers, scheduler=scheduler,
                                           progress=advance, sink=sink if writer else None)  # fmt: skip
            elif writer:
                for number, batch in enumerate(batches):
                    sink(extract_corpus(batch), number)
                    advance(len(batch))
            else:
                claims = extract_corpus(batches, progress=advance)
        except BaseException:
            if writer:
                writer.abort()
            raise
    if writer:
        writer.commit()
        click.echo(f"{writer.rows} claims from {count} articles -> {output}/ (partitioned by {partition_by})")
        return
    write_table(claims, output)
    click.echo(f"{len(claims)} claims from {count} articles -> {output}")


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
@_column_options
@_friendly_errors
def reconcile_command(
    claims: Path, output: Path, corpus_path: Path | None, table_format: str, **options
) -> None:
    """Reconcile a claims table (default reports/claims.csv): claimants, per-day rates,
    incident events across outlets, same-claim groups, consistency checks over time and
    estimates.
    """
    table = read_table(claims, CLAIMS_COLUMNS, "claims")
    # Articles are streamed: syndication keeps a small fingerprint of each, not its text.
    corpus = iter_articles(corpus_path, columns=_columns(options)) if corpus_path else None
    result = reconcile(table, corpus)

    def fill(staging: Path) -> None:
        for name, frame in result.tables().items():
            write_table(frame, staging / f"{name}.{table_format}")

    # The tables are one set: a failure midway leaves the previous folder, not a mix.
    write_folder(output, fill)
    inconsistent = int((result.checks["status"] == "inconsistent").sum())
    click.echo(
        f"{len(result.claims)} claims, {len(result.events)} events, {len(result.groups)} groups, "
        f"{len(result.checks)} checks ({inconsistent} inconsistent), {len(result.estimates)} estimates -> {output}"
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
    show_default=True, help="Folder for tables/, <notebook>/<params>.ipynb and .html, and index.html.",
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
@_column_options
@_friendly_errors
def report_command(
    corpus: Path | None, kinds: str, jobs: int, output: Path, tables: Path | None, progress: bool | None, **options
) -> None:
    """Run every notebook on CORPUS with papermill and export each run to HTML.

    CORPUS is loaded, extracted and reconciled once; the tables go to OUTPUT/tables/ and every
    notebook reads them. 10-extract-claims and 30-outlet-comparison run once, 20-reconcile-kind
    once per kind, 40-incident once per event that more than one claimant reports. A failed run
    is listed in index.html with its error and makes the command exit with 1 once every other
    run has finished.
    """
    from tqdm import tqdm

    from .batch import check_kinds, plan_runs, prepare_tables, run_reports

    if tables is not None and corpus is not None:
        raise click.BadParameter("give CORPUS or --reconciliation, not both", param_hint="--reconciliation")
    chosen = [k.strip() for k in kinds.split(",") if k.strip()]
    check_kinds(chosen)  # before anything is computed or written
    if tables is None:
        recorded = {name: value for name, value in options.items() if value}
        tables = prepare_tables(str(corpus) if corpus else "", output, _columns(options), recorded)
    runs = plan_runs(tables, chosen, output_dir=output)
    show = sys.stderr.isatty() if progress is None else progress
    with tqdm(total=len(runs), desc="notebooks", unit=" run", disable=not show, file=sys.stderr) as bar:
        results = run_reports(
            "", chosen, jobs, output, progress=lambda _: bar.update(1), runs=runs, tables=tables
        )
    failed = [r for r in results if r.error]
    for result in failed:
        click.echo(f"failed: {result.run.stem}: {result.error}", err=True)
    click.echo(f"{len(results) - len(failed)} of {len(results)} notebook runs -> {output / 'index.html'}")
    if failed:
        sys.exit(1)


if __name__ == "__main__":  # pragma: no cover
    main()
