"""Generated corpora for the benchmarks and the scale tests, built from the seeds.

Not part of the library: users never need it, so it lives beside the benchmarks that use it
(tests import it as ``benchmarks.synthetic``; pytest puts the project root on the path).

Each copy of a seed article gets one extra sentence in another wire, ministry or monitor
shape, and a publication date shifted by the copy's number, so that date resolution is redone
as it would be on a real archive rather than served from a cache. Nothing here is random: the
same size gives the same corpus.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from figures_lib.corpus import load_corpus
from figures_lib.io import atomic_path

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


def synthetic_corpus(megabytes: float) -> pd.DataFrame:
    """A corpus table (``doc_id``, ``outlet``, ``published``, ``text``) of at least
    ``megabytes`` MB of UTF-8 article text."""
    seeds = list(load_corpus().itertuples(index=False))
    rows, size, copy = [], 0, 0
    while size < megabytes * 1e6:
        for article in seeds:
            text = article.text + "\n" + EXTRA_SENTENCES[copy % len(EXTRA_SENTENCES)]
            published = article.published + pd.Timedelta(days=copy % 400)
            rows.append({"doc_id": f"{article.doc_id}-{copy:06d}", "outlet": article.outlet,
                         "published": published, "text": text})  # fmt: skip
            size += len(text.encode("utf-8"))
        copy += 1
    return pd.DataFrame(rows)


def write_jsonl(corpus: pd.DataFrame, path: str | Path) -> Path:
    """Write a corpus table as JSON Lines (``id``, ``outlet``, ``date``, ``text``), atomically."""
    path = Path(path)
    with atomic_path(path) as temporary, temporary.open("w", encoding="utf-8") as handle:
        for row in corpus.itertuples(index=False):
            record = {
                "id": row.doc_id,
                "outlet": row.outlet,
                "date": f"{row.published:%Y-%m-%d}",
                "text": row.text,
            }
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path
