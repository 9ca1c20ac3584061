"""Extraction throughput against quantulum3 on the same text, in the same run.

Builds a corpus of at least --megabytes MB from the seeds plus extra sentence shapes, extracts
claims from all of it with figures, runs quantulum3 on a sample of the same articles (it is far
slower), and prints MB/s, articles/s, the ratio, and peak memory of figures' streaming path.

    python benchmarks/bench_extract.py [--megabytes 5] [--quantulum-articles 15] [--rounds 5]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import time
import tracemalloc
import warnings

import pandas as pd

import figures_lib
from figures_lib.claims import extract_corpus

# Sentence shapes beyond the seeds: wire, ministry and monitor phrasing.
EXTRA_SENTENCES = [
    "The Russian Defense Ministry said on Monday its jets had flown 88 sorties over the past 24 "
    "hours, hitting 86 terrorist targets in the provinces of Hama, Idlib and Latakia.",
    "At least 37 civilians were killed and dozens wounded in air raids on Douma, the Syrian "
    "Observatory for Human Rights said.",
    "Major General Igor Konashenkov said Russian aircraft had destroyed more than 1,600 "
    "facilities since the start of the operation.",
    "Between 5,000 and 7,000 fighters from Russia and Central Asia have joined the group, "
    "officials estimate.",
    "The coalition has carried out about 8,300 airstrikes since August 2014, the Pentagon said.",
]


def build_corpus(megabytes: float):
    """A corpus table of at least ``megabytes`` MB of article text, built from the seeds."""
    seeds = figures_lib.load_corpus()
    articles = list(seeds.itertuples(index=False))
    rows = []
    size = 0
    copy = 0
    while size < megabytes * 1e6:
        for article in articles:
            text = article.text + "\n" + EXTRA_SENTENCES[copy % len(EXTRA_SENTENCES)]
            # Each copy is published on another day, so date resolution is redone as it would
            # be on a real archive rather than served from a cache.
            published = article.published + pd.Timedelta(days=copy % 400)
            rows.append({"doc_id": f"{article.doc_id}-{copy:05d}", "outlet": article.outlet,
                         "published": published, "text": text})  # fmt: skip
            size += len(text.encode("utf-8"))
        copy += 1
    return pd.DataFrame(rows), size


def time_figures(corpus, rounds: int = 3) -> tuple[float, int]:
    """Best time of ``rounds`` extractions (the machine's other load only ever slows a run)."""
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        claims = extract_corpus(corpus)
        best = min(best, time.perf_counter() - start)
    return best, len(claims)


def _quantulum_parser():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        parser.parse("warm up 5 tonnes")  # loads its unit tables outside any timing
    return parser


def paired_ratio(sample, rounds: int = 5) -> tuple[list[float], float, float]:
    """figures/quantulum3 throughput ratios on the same articles, one per round.

    The machine's speed drifts with other load, so each round times quantulum3 once and then
    figures straight after on the same text; the median round ratio is the one to quote. Also
    returns each tool's best MB/s. figures reads the sample ten times over in one call, as it
    would read a corpus, so that a call's fixed cost (building the claims table) is spread
    as it is in real use rather than charged to a handful of articles.
    """
    parser = _quantulum_parser()
    texts = sample.text.tolist()
    batch = pd.concat([sample] * 10, ignore_index=True)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
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


def peak_memory(corpus, batch: int = 500) -> float:
    """Peak traced memory (MB) of extracting in batches, as the CLI does."""
    batches = (corpus.iloc[i : i + batch] for i in range(0, len(corpus), batch))
    tracemalloc.start()
    extract_corpus(batches)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1e6


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--megabytes", type=float, default=5.0)
    arguments.add_argument("--quantulum-articles", type=int, default=15)
    arguments.add_argument("--rounds", type=int, default=5)
    options = arguments.parse_args()

    corpus, size = build_corpus(options.megabytes)
    seconds, claim_count = time_figures(corpus)
    sample = corpus.iloc[: options.quantulum_articles]
    sample_mb = sum(len(t.encode("utf-8")) for t in sample.text) / 1e6
    ratios, figures_sample_rate, quantulum_rate = paired_ratio(sample, options.rounds)

    mb = size / 1e6
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.python_implementation()} {platform.python_version()}")
    print(f"corpus: {len(corpus)} articles, {mb:.2f} MB")
    print(f"figures:    {mb / seconds:8.3f} MB/s  {len(corpus) / seconds:9.1f} articles/s  (best of 3 runs over the corpus, {claim_count} claims)")
    print(f"same-text sample: {len(sample)} articles, {sample_mb:.3f} MB, {len(ratios)} paired rounds")
    print(f"  figures:    {figures_sample_rate:8.3f} MB/s (best round)")
    print(f"  quantulum3: {quantulum_rate:8.3f} MB/s (best round)")
    ordered = sorted(ratios)
    print(f"  throughput ratio figures/quantulum3: median {statistics.median(ratios):.0f}x (rounds from {ordered[0]:.0f}x to {ordered[-1]:.0f}x)")
    for fraction in (0.25, 1.0):
        part = corpus.iloc[: max(1, int(len(corpus) * fraction))]
        print(f"peak traced memory extracting {fraction:.0%} of the corpus in batches: {peak_memory(part):.1f} MB")


if __name__ == "__main__":
    main()
