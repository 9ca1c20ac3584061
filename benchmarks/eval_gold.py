"""Extraction against the two hand-made gold suites: the seeds and the 40 development articles.

Prints recall, precision, speaker and period (and scope, place and event day where the gold
gives them) for each suite; ``-v`` lists every miss, wrong speaker or period, and spurious claim.

    python benchmarks/eval_gold.py [-v]
"""

from __future__ import annotations

import sys
import warnings

from figures_lib import extract_corpus, load_corpus
from figures_lib.evaluation import read_gold, score
from figures_lib.paths import PROJ_ROOT

SUITES = {
    "seeds": (PROJ_ROOT / "seeds", [PROJ_ROOT / "tests" / "gold" / "seeds_claims.csv"]),
    "development articles": (
        PROJ_ROOT / "tests" / "corpus-dev",
        sorted((PROJ_ROOT / "tests" / "corpus-dev" / "gold").glob("*_claims.csv")),
    ),
}


def main(verbose: bool) -> None:
    for name, (folder, gold_files) in SUITES.items():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            corpus = load_corpus(folder)
        result = score(extract_corpus(corpus), read_gold(*gold_files), corpus)
        print(result.summary(name))
        if verbose:
            for line in (
                [f"MISS     {m}" for m in result.misses]
                + result.wrong
                + [f"SPURIOUS {s}" for s in result.spurious]
            ):
                print("   ", line)


if __name__ == "__main__":
    main("-v" in sys.argv)
