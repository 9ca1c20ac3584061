"""The benchmark suite: ``make bench`` runs it and prints every figure the README quotes.

1. Extraction throughput (MB/s, articles/s) on generated corpora of 1, 10 and 100 MB
   (``benchmarks/synthetic.py``: the seeds plus other wire, ministry and monitor sentences);
   then single articles: ``extract_claims`` called once per article on the seeds and the
   development articles (MB/s against the 2 MB/s target), and its fixed cost per call on a
   one-sentence article.
2. figures against quantulum3 on the same articles, in paired rounds (each round times
   quantulum3, then figures straight after, as this machine's speed drifts with other load).
3. Peak memory of ``figures extract`` on each corpus, streamed from a JSON Lines file, as the
   peak resident set size of a fresh process (the 100 MB run shows its progress bar).
4. Dask: extraction of the 10 MB corpus on a local cluster of 1 and of 2 worker processes.
5. ``make report`` on the seeds, set-up already done.
6. ``figures report`` on a 5 MB corpus: the pipeline once, then the notebooks on its tables.

A plain script rather than pytest-benchmark or asv: the figures are throughputs and ratios
against a peer measured in one run, not calibrated timings of small functions.

    python benchmarks/bench_extract.py [--sizes 1,10,100] [--quantulum-articles 15] [--rounds 5]
    python benchmarks/bench_extract.py --sizes 1 --extraction-only   # parts 1 and 2 only
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

import pandas as pd
from synthetic import synthetic_corpus, write_jsonl  # benchmarks/synthetic.py, beside this script

from figures_lib.claims import extract_claims, extract_corpus
from figures_lib.corpus import load_corpus
from figures_lib.paths import PROJ_ROOT
from figures_lib.scale import dask_client, extract_with_dask


def megabytes_of(corpus: pd.DataFrame) -> float:
    return sum(len(text.encode("utf-8")) for text in corpus.text) / 1e6


def time_figures(corpus: pd.DataFrame, rounds: int) -> tuple[float, int]:
    """Best time of ``rounds`` extractions (other load on the machine only ever slows a run)."""
    best, claims = float("inf"), 0
    for _ in range(rounds):
        start = time.perf_counter()
        claims = len(extract_corpus(corpus))
        best = min(best, time.perf_counter() - start)
    return best, claims


def paired_ratio(sample: pd.DataFrame, rounds: int) -> tuple[list[float], float, float]:
    """figures/quantulum3 throughput ratios on the same articles, one per round.

    figures reads the sample ten times over in one call, as it would read a corpus, so that a
    call's fixed cost (building the claims table) is spread as in real use. Returns the round
    ratios and each tool's best MB/s.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        parser.parse("warm up 5 tonnes")  # loads its unit tables outside any timing
    texts = sample.text.tolist()
    batch = pd.concat([sample] * 10, ignore_index=True)
    megabytes = megabytes_of(sample)
    ratios, best_quantulum, best_figures = [], 0.0, 0.0
    for _ in range(rounds):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            start = time.perf_counter()
            for text in texts:
                parser.parse(text)
            quantulum_seconds = time.perf_counter() - start
        start = time.perf_counter()
        extract_corpus(batch)
        figures_seconds = (time.perf_counter() - start) / 10
        ratios.append(quantulum_seconds / figures_seconds)
        best_quantulum = max(best_quantulum, megabytes / quantulum_seconds)
        best_figures = max(best_figures, megabytes / figures_seconds)
    return ratios, best_figures, best_quantulum


#: Single articles must run at this rate too (issue 10): a call's fixed cost must not dominate.
SINGLE_ARTICLE_TARGET_MB_S = 2.0
#: The one-sentence article whose time per call is ``extract_claims``' fixed cost.
ONE_SENTENCE = (
    "Russian jets flew 64 sorties over the past 24 hours, the ministry said on Saturday."
)


def best_cpu_seconds(run, rounds: int) -> float:
    """Least CPU time of ``rounds`` calls of ``run``: other processes' turns on a shared machine
    count in wall time, not in this process's CPU time."""
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


def single_articles(folder: Path, rounds: int) -> tuple[int, float, float]:
    """(articles, MB, best CPU seconds) of ``extract_claims`` called once per article of a
    corpus folder, each with its date, id and outlet, as an application reading one article at
    a time calls it."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        articles = list(load_corpus(folder).itertuples(index=False))

    def run() -> None:
        for article in articles:
            extract_claims(
                article.text,
                published=article.published,
                doc_id=article.doc_id,
                outlet=article.outlet,
                language=getattr(article, "language", None),
            )

    run()  # warm-up: the lexicon's and gazetteer's tables are built once per process
    megabytes = sum(len(article.text.encode("utf-8")) for article in articles) / 1e6
    return len(articles), megabytes, best_cpu_seconds(run, rounds)


def fixed_cost_ms(text: str, calls: int = 200, rounds: int = 5) -> float:
    """Milliseconds of CPU time per ``extract_claims`` call on ``text`` (best round)."""

    def run() -> None:
        for _ in range(calls):
            extract_claims(text, doc_id="a", outlet="RT")

    run()
    return best_cpu_seconds(run, rounds) / calls * 1e3


def against_single_target(rate: float) -> str:
    met = rate >= SINGLE_ARTICLE_TARGET_MB_S
    return f"{'met' if met else 'MISSED'}: at least {SINGLE_ARTICLE_TARGET_MB_S:g} MB/s"


def print_single_articles(rounds: int) -> None:
    print(f"  single articles, extract_claims once per article (CPU time, best of {rounds}):")
    for name in ("seeds", "tests/corpus-dev"):
        count, megabytes, seconds = single_articles(PROJ_ROOT / name, rounds)
        rate = megabytes / seconds
        print(f"    {name + '/':18s} {count:3d} articles {megabytes * 1e3:6.1f} KB: "
              f"{seconds / count * 1e3:6.2f} ms per article, {rate:5.2f} MB/s; "
              f"{against_single_target(rate)}")  # fmt: skip
    print(f"    fixed cost per call: one-sentence article {fixed_cost_ms(ONE_SENTENCE):.2f} ms, "
          f"no figure at all {fixed_cost_ms('Nothing to count here.'):.2f} ms")  # fmt: skip


# The child reports its own peak resident set size (VmHWM) as it exits. getrusage's ru_maxrss
# would not do: Linux carries it across exec, so a child would report this process's peak.
_PEAK_RSS = """
import os, sys
from figures_lib.cli import main
try:
    main(sys.argv[1:], standalone_mode=False)
finally:
    status = open("/proc/self/status").read()
    peak_kb = next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:"))
    with open(os.environ["FIGURES_BENCH_PEAK"], "w") as report:
        report.write(peak_kb)
"""


def cli_peak_memory(corpus_file: Path, output: Path, progress: bool) -> tuple[float, float]:
    """(seconds, peak resident MB) of ``figures extract`` on a file, in a fresh process."""
    peak_file = output.with_suffix(".peak")
    command = [sys.executable, "-c", _PEAK_RSS, "extract", str(corpus_file), "-o", str(output),
               "--progress" if progress else "--no-progress"]  # fmt: skip
    start = time.perf_counter()
    run = subprocess.run(command, stdout=subprocess.DEVNULL, check=False,
                         env={**os.environ, "FIGURES_BENCH_PEAK": str(peak_file)})  # fmt: skip
    seconds = time.perf_counter() - start
    if run.returncode != 0:
        raise SystemExit(f"figures extract failed on {corpus_file}")
    return seconds, int(peak_file.read_text()) / 1024


def dask_seconds(corpus: pd.DataFrame, workers: int) -> float:
    """Seconds to extract ``corpus`` on a local cluster of ``workers``, cluster start excluded."""
    with dask_client(workers) as client:
        address = client.scheduler.address
        extract_with_dask(corpus.head(20), scheduler=address)  # warm the workers' imports
        start = time.perf_counter()
        extract_with_dask(corpus, scheduler=address)
        return time.perf_counter() - start


def make_report_seconds() -> float:
    start = time.perf_counter()
    subprocess.run(["make", "-s", "report"], cwd=PROJ_ROOT, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    return time.perf_counter() - start


def report_seconds(corpus: pd.DataFrame, folder: Path) -> tuple[float, float, float]:
    """(pipeline, notebooks, whole) seconds of ``figures report`` on ``corpus``: the pipeline
    (load, extract, reconcile, write the tables) measured alone in this process, then the whole
    command in a fresh one, whose notebooks read the tables instead of recomputing them."""
    from figures_lib.batch import prepare_tables

    corpus_file = write_jsonl(corpus, folder / "report-corpus.jsonl")
    start = time.perf_counter()
    prepare_tables(str(corpus_file), folder / "pipeline-only")
    pipeline = time.perf_counter() - start
    start = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "figures_lib.cli",
            "report",
            str(corpus_file),
            "--kinds",
            "sorties,casualties",
            "-o",
            str(folder / "report"),
            "--no-progress",
        ],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    whole = time.perf_counter() - start
    return pipeline, whole - pipeline, whole


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--sizes", default="1,10,100", help="corpus sizes in MB")
    arguments.add_argument("--quantulum-articles", type=int, default=15)
    arguments.add_argument("--rounds", type=int, default=5)
    arguments.add_argument("--skip-report", action="store_true", help="do not time make report")
    arguments.add_argument(
        "--extraction-only",
        action="store_true",
        help="only parts 1 and 2: throughput in one process and against quantulum3",
    )
    options = arguments.parse_args()
    sizes = [float(size) for size in options.sizes.split(",")]

    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, "
          f"{platform.python_implementation()} {platform.python_version()}")  # fmt: skip
    print("\n1. extraction in one process (best of 3 runs for 1 MB, one run above)")
    corpora = {}
    for size in sizes:
        corpus = synthetic_corpus(size)
        corpora[size] = corpus
        seconds, claims = time_figures(corpus, 3 if size <= 1 else 1)
        mb = megabytes_of(corpus)
        print(f"  {mb:7.1f} MB {len(corpus):7d} articles: {mb / seconds:6.2f} MB/s "
              f"{len(corpus) / seconds:7.0f} articles/s  ({claims} claims)")  # fmt: skip
    print_single_articles(options.rounds)

    print(f"\n2. figures against quantulum3 on the same {options.quantulum_articles} articles, "
          f"{options.rounds} paired rounds")  # fmt: skip
    sample = corpora[sizes[0]].head(options.quantulum_articles)
    ratios, figures_rate, quantulum_rate = paired_ratio(sample, options.rounds)
    print(f"  figures {figures_rate:.3f} MB/s, quantulum3 {quantulum_rate:.3f} MB/s (best rounds)")
    print(f"  throughput ratio figures/quantulum3: median {statistics.median(ratios):.0f}x "
          f"(rounds from {min(ratios):.0f}x to {max(ratios):.0f}x)")  # fmt: skip
    if options.extraction_only:
        return

    print("\n3. figures extract from a JSON Lines file, in a fresh process")
    with tempfile.TemporaryDirectory(prefix="figures-bench-") as folder:
        for size in sizes:
            corpus_file = write_jsonl(corpora[size], Path(folder) / f"corpus-{size:g}mb.jsonl")
            file_mb = corpus_file.stat().st_size / 1e6
            seconds, peak = cli_peak_memory(
                corpus_file, Path(folder) / "claims.parquet", progress=size == max(sizes)
            )
            print(f"  {file_mb:7.1f} MB file: {seconds:6.1f} s end to end, "
                  f"{file_mb / seconds:5.2f} MB/s, "
                  f"peak memory {peak:6.0f} MB")  # fmt: skip

    scaling_size = 10.0 if 10.0 in corpora else sizes[0]
    print(f"\n4. Dask on the {scaling_size:g} MB corpus, local cluster, cluster start excluded")
    one = dask_seconds(corpora[scaling_size], 1)
    two = dask_seconds(corpora[scaling_size], 2)
    print(f"  1 worker {one:.1f} s, 2 workers {two:.1f} s: {one / two:.2f}x")

    if not options.skip_report:
        print("\n5. make report on the seeds (set-up done)")
        print(f"  {make_report_seconds():.1f} s")
        report_corpus = synthetic_corpus(5)
        with tempfile.TemporaryDirectory(prefix="figures-bench-") as folder:
            pipeline, notebooks, whole = report_seconds(report_corpus, Path(folder))
        print(
            f"\n6. figures report on a {megabytes_of(report_corpus):.1f} MB corpus (kinds "
            "sorties, casualties)"
        )
        print(
            f"  {whole:.1f} s in all: pipeline once {pipeline:.1f} s, notebooks on its "
            f"tables {notebooks:.1f} s"
        )


if __name__ == "__main__":
    main()
