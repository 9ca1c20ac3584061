"""Extraction throughput against quantulum3 on the same text, in the same run.

Builds a corpus of at least --megabytes MB from the seeds plus extra sentence shapes, extracts
claims from all of it with figures, runs quantulum3 on a sample of the same articles (it is far
slower), and prints MB/s, articles/s, the ratio, and peak memory of figures' streaming path.

    python benchmarks/bench_extract.py [--megabytes 5] [--quantulum-articles 40]
"""

from __future__ import annotations

import argparse
import platform
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


def time_quantulum(texts: list[str]) -> float:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        parser.parse("warm up 5 tonnes")  # loads its unit tables outside the timing
        start = time.perf_counter()
        for text in texts:
            parser.parse(text)
        return time.perf_counter() - start


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
    arguments.add_argument("--quantulum-articles", type=int, default=40)
    options = arguments.parse_args()

    corpus, size = build_corpus(options.megabytes)
    seconds, claim_count = time_figures(corpus)
    sample = corpus.text.iloc[: options.quantulum_articles].tolist()
    sample_bytes = sum(len(t.encode("utf-8")) for t in sample)
    sample_figures_seconds, _ = time_figures(corpus.iloc[: options.quantulum_articles], rounds=5)
    quantulum_seconds = time_quantulum(sample)

    mb = size / 1e6
    figures_rate = mb / seconds
    quantulum_rate = sample_bytes / 1e6 / quantulum_seconds
    print(f"machine: {platform.machine()}, {platform.python_implementation()} {platform.python_version()}")
    print(f"corpus: {len(corpus)} articles, {mb:.2f} MB")
    print(f"figures:    {seconds:8.2f} s  {figures_rate:8.3f} MB/s  {len(corpus) / seconds:9.1f} articles/s  ({claim_count} claims)")
    print(f"quantulum3: {quantulum_seconds:8.2f} s  {quantulum_rate:8.3f} MB/s  {len(sample) / quantulum_seconds:9.1f} articles/s  (sample of {len(sample)} articles, {sample_bytes / 1e6:.3f} MB)")
    print(f"figures on the same sample: {sample_figures_seconds:.3f} s")
    print(f"throughput ratio figures/quantulum3: {figures_rate / quantulum_rate:.0f}x")
    for fraction in (0.25, 1.0):
        part = corpus.iloc[: max(1, int(len(corpus) * fraction))]
        print(f"peak traced memory extracting {fraction:.0%} of the corpus in batches: {peak_memory(part):.1f} MB")


if __name__ == "__main__":
    main()
