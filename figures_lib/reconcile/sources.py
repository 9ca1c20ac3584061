"""Step 1, sources: articles that nearly duplicate each other are one story (MinHash, LSH)."""

from __future__ import annotations

import itertools
from collections.abc import Iterable

import pandas as pd
import regex

from ..schema import (
    SOURCES_COLUMNS,
    empty_frame,
    frame_from_rows,
)
from .common import _date_or_max

#: Estimated Jaccard similarity of word 5-shingles above which two articles are one story.
DUPLICATE_THRESHOLD = 0.5


_SHINGLE_WORDS = 5


_PERMUTATIONS = 128


_WORD = regex.compile(r"\w+")


def _articles_for_sources(records: list[dict], corpus) -> Iterable[dict]:
    """Articles to compare for syndication, one dict at a time: the corpus's own (every
    article counts, one without claims may be the source the others copied), else each
    article's claim sentences."""
    if corpus is None:
        articles: dict[str, dict] = {}
        for claim in records:
            article = articles.setdefault(claim["doc_id"], {
                "doc_id": claim["doc_id"], "outlet": claim["outlet"], "published": claim["published"],
                "sentences": set(), "via": "", "compared_on": "claim sentences",
            })  # fmt: skip
            article["sentences"].add(claim["sentence"])
        for doc_id in sorted(articles):
            article = articles[doc_id]
            yield {**article, "text": "\n".join(sorted(article.pop("sentences")))}
        return
    if isinstance(corpus, pd.DataFrame):
        missing = {"doc_id", "outlet", "published", "text"} - set(corpus.columns)
        if missing:
            raise ValueError(
                f"the corpus table lacks {', '.join(sorted(missing))}; build it with load_corpus()"
            )
        corpus = (row._asdict() for row in corpus.itertuples(index=False))
    for article in corpus:
        yield {**article, "via": article.get("via", "") or "", "compared_on": "text"}


def _shingles(text: str) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < _SHINGLE_WORDS:
        return {" ".join(words).encode()} if words else set()
    return {
        " ".join(words[i : i + _SHINGLE_WORDS]).encode()
        for i in range(len(words) - _SHINGLE_WORDS + 1)
    }


def find_sources(articles, threshold: float = DUPLICATE_THRESHOLD) -> pd.DataFrame:
    """Syndication clusters: which article each article is a copy of (``SOURCES_COLUMNS``).

    ``articles`` is a corpus table or any iterable of article dicts (``iter_articles``) with
    ``doc_id``, ``outlet``, ``published`` and ``text`` (``via`` and ``compared_on`` are passed
    through). Articles whose word 5-shingles have an estimated Jaccard similarity of at least
    ``threshold`` are one story. Each article's text is read once and only its MinHash (128
    integers) is kept; LSH keeps the comparison near-linear in the number of articles.
    """
    from datasketch import MinHash  # imported here: it loads scipy

    if isinstance(articles, pd.DataFrame):
        articles = (row._asdict() for row in articles.itertuples(index=False))
    meta, hashes = [], []
    # Every MinHash shares one set of permutations (the same seed gives the same ones): made
    # afresh for each article, they cost more than hashing its text.
    template = MinHash(num_perm=_PERMUTATIONS)
    shared = {"permutations": template.permutations}
    if hasattr(template, "scheme"):  # datasketch 2 asks for the scheme the permutations belong to
        shared["scheme"] = template.scheme
    for article in articles:
        shingles = _shingles(str(article["text"]))
        minhash = None
        if shingles:
            minhash = MinHash(num_perm=_PERMUTATIONS, **shared)
            minhash.update_batch(sorted(shingles))
        meta.append({
            "doc_id": str(article["doc_id"]),
            "outlet": article["outlet"],
            "via": article.get("via", "") or "",
            "published": pd.Timestamp(article["published"]) if not pd.isna(article["published"]) else pd.NaT,
            "compared_on": article.get("compared_on", "text"),
        })  # fmt: skip
        hashes.append(minhash)
    order = sorted(range(len(meta)), key=lambda i: meta[i]["doc_id"])
    meta, hashes = [meta[i] for i in order], [hashes[i] for i in order]
    doc_ids = [m["doc_id"] for m in meta]

    parent = {doc_id: doc_id for doc_id in doc_ids}

    def root(doc_id: str) -> str:
        while parent[doc_id] != doc_id:
            parent[doc_id] = parent[parent[doc_id]]
            doc_id = parent[doc_id]
        return doc_id

    for first, other in _candidate_pairs(hashes, threshold):
        if hashes[first].jaccard(hashes[other]) >= threshold:
            parent[root(doc_ids[other])] = root(doc_ids[first])

    clusters: dict[str, list[int]] = {}
    for i, doc_id in enumerate(doc_ids):
        clusters.setdefault(root(doc_id), []).append(i)
    rows = []
    for members in clusters.values():
        # The earliest article is the source; undated ones come last, ties go by doc_id.
        source = min(members, key=lambda i: (_date_or_max(meta[i]["published"]), doc_ids[i]))
        for i in members:
            similarity = 1.0 if i == source else float(hashes[i].jaccard(hashes[source]))
            rows.append({
                **meta[i],
                "source_id": doc_ids[source],
                "source_outlet": meta[source]["outlet"],
                "copies": len(members),
                "similarity": round(similarity, 4),
            })  # fmt: skip
    if not rows:
        return empty_frame(SOURCES_COLUMNS)
    rows.sort(key=lambda row: row["doc_id"])
    return frame_from_rows(rows, SOURCES_COLUMNS)


#: Above this many articles in one LSH bucket, each is compared with the bucket's first only
#: (a story syndicated a thousand times), so that a bucket never costs its square.
_BUCKET_ALL_PAIRS = 50


def _candidate_pairs(hashes: list, threshold: float) -> list[tuple[int, int]]:
    """Pairs of articles whose MinHashes share a band: LSH candidates, in a stable order.

    The banding is datasketch's own for this threshold and number of permutations (25 bands of
    5 at 0.5 and 128), done with one dictionary of band keys instead of its per-band tables.
    """
    import numpy as np
    from datasketch import MinHashLSH

    bands = MinHashLSH(threshold=threshold, num_perm=_PERMUTATIONS).hashranges
    positions = [i for i, minhash in enumerate(hashes) if minhash is not None]
    buckets: dict[tuple[int, int], list[int]] = {}
    if positions:
        values = np.stack([hashes[i].hashvalues for i in positions])
        for band, (start, end) in enumerate(bands):
            # One key per article and band; np.unique finds the shared ones without a Python loop.
            keys = np.ascontiguousarray(values[:, start:end]).view(np.dtype((np.void, values.itemsize * (end - start))))
            _, inverse, counts = np.unique(keys.ravel(), return_inverse=True, return_counts=True)
            inverse = inverse.ravel()
            for row in np.flatnonzero(counts[inverse] > 1):
                buckets.setdefault((band, int(inverse[row])), []).append(positions[row])
    pairs: set[tuple[int, int]] = set()
    for members in buckets.values():
        if len(members) < 2:
            continue
        if len(members) <= _BUCKET_ALL_PAIRS:
            pairs.update(itertools.combinations(members, 2))
        else:
            pairs.update((members[0], other) for other in members[1:])
    return sorted(pairs)
