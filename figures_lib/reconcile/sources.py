"""Step 1, sources: articles that nearly duplicate each other are one story (MinHash, LSH)."""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Iterable

import numpy as np
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


def _articles_for_sources(claims: pd.DataFrame, corpus) -> Iterable[dict]:
    """Articles to compare for syndication, one dict at a time: the corpus's own (every
    article counts, one without claims may be the source the others copied), else each
    article's claim sentences (its outlet and date from its first claim)."""
    if corpus is None:
        sentences_of: dict[str, set] = {}
        firsts = []  # each article's first claim
        sentences = claims["sentence"].tolist()
        for i, doc_id in enumerate(claims["doc_id"].tolist()):
            if doc_id not in sentences_of:
                sentences_of[doc_id] = set()
                firsts.append(i)
            sentences_of[doc_id].add(sentences[i])
        first_of = {doc_id: number for number, doc_id in enumerate(sentences_of)}
        outlets = claims["outlet"].take(firsts).tolist()
        published = claims["published"].take(firsts).tolist()
        for doc_id in sorted(sentences_of):
            first = first_of[doc_id]
            yield {
                "doc_id": doc_id, "outlet": outlets[first], "published": published[first],
                "via": "", "compared_on": "claim sentences",
                "text": "\n".join(sorted(sentences_of.pop(doc_id))),
            }  # fmt: skip
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
    if isinstance(articles, pd.DataFrame):
        articles = (row._asdict() for row in articles.itertuples(index=False))
    signer = _Signer()
    meta, sketched = [], []  # sketched: each article's row in the signer's table, -1 for none
    for article in articles:
        shingles = _shingles(str(article["text"]))
        sketched.append(signer.add(shingles) if shingles else -1)
        meta.append(
            {
                "doc_id": str(article["doc_id"]),
                "outlet": article["outlet"],
                "via": article.get("via", "") or "",
                "published": pd.Timestamp(article["published"])
                if not pd.isna(article["published"])
                else pd.NaT,
                "compared_on": article.get("compared_on", "text"),
            }
        )
    order = sorted(range(len(meta)), key=lambda i: meta[i]["doc_id"])
    meta = [meta[i] for i in order]
    signatures = signer.table()
    rows = np.array([sketched[i] for i in order], dtype=np.int64)
    doc_ids = [m["doc_id"] for m in meta]

    def similarity(first: int, other: int) -> float:
        """MinHash's Jaccard estimate: the share of permutations whose minima agree."""
        same = signatures[rows[first]] == signatures[rows[other]]
        return float(np.count_nonzero(same)) / float(_PERMUTATIONS)

    parent = {doc_id: doc_id for doc_id in doc_ids}

    def root(doc_id: str) -> str:
        while parent[doc_id] != doc_id:
            parent[doc_id] = parent[parent[doc_id]]
            doc_id = parent[doc_id]
        return doc_id

    for first, other in _candidate_pairs(signatures, rows, threshold):
        if similarity(first, other) >= threshold:
            parent[root(doc_ids[other])] = root(doc_ids[first])

    clusters: dict[str, list[int]] = {}
    for i, doc_id in enumerate(doc_ids):
        clusters.setdefault(root(doc_id), []).append(i)
    found = []
    for members in clusters.values():
        # The earliest article is the source; undated ones come last, ties go by doc_id.
        source = min(members, key=lambda i: (_date_or_max(meta[i]["published"]), doc_ids[i]))
        for i in members:
            found.append({
                **meta[i],
                "source_id": doc_ids[source],
                "source_outlet": meta[source]["outlet"],
                "copies": len(members),
                "similarity": round(1.0 if i == source else similarity(i, source), 4),
            })  # fmt: skip
    if not found:
        return empty_frame(SOURCES_COLUMNS)
    found.sort(key=lambda row: row["doc_id"])
    return frame_from_rows(found, SOURCES_COLUMNS)


class _Signer:
    """MinHash signatures of many shingle sets, computed in batches with numpy.

    The same values as datasketch's ``MinHash(num_perm=128).update_batch`` (checked on a probe
    set when made; a datasketch whose scheme this does not reproduce is used as it is), without
    a MinHash object and a hashing pass per article: those cost more than the arithmetic.
    """

    _BATCH_SHINGLES = 50_000  # a batch's permuted hashes: 50,000 x 128 integers

    def __init__(self):
        from datasketch import MinHash  # imported here: it loads scipy

        template = MinHash(num_perm=_PERMUTATIONS)
        self._scheme = getattr(template, "scheme", "legacy")  # datasketch before 2 has one
        self._multipliers, self._offsets = (np.asarray(p) for p in template.permutations)
        self._pending: list[list[bytes]] = []
        self._pending_shingles = 0
        self._done: list[np.ndarray] = []
        self._count = 0
        probe = [b"the probe sentence of five", b"words and a second one"]
        template.update_batch(probe)
        self._exact = self._scheme in ("legacy", "affine32") and np.array_equal(
            self._signatures([probe]), template.hashvalues[np.newaxis]
        )
        if not self._exact:
            self._minhash = MinHash
            self._shared = {"permutations": template.permutations}
            if hasattr(template, "scheme"):  # datasketch 2 asks for the permutations' scheme
                self._shared["scheme"] = template.scheme

    def add(self, shingles: set[bytes]) -> int:
        """Queue a non-empty shingle set; returns its row in :meth:`table`."""
        if not self._exact:
            minhash = self._minhash(num_perm=_PERMUTATIONS, **self._shared)
            minhash.update_batch(sorted(shingles))
            self._done.append(minhash.hashvalues[np.newaxis])
        else:
            self._pending.append(list(shingles))
            self._pending_shingles += len(shingles)
            if self._pending_shingles >= self._BATCH_SHINGLES:
                self._flush()
        self._count += 1
        return self._count - 1

    def table(self) -> np.ndarray:
        """Every added set's signature, one row each, in the order they were added."""
        self._flush()
        if not self._done:
            return np.zeros((0, _PERMUTATIONS), dtype=np.uint64)
        table = np.concatenate(self._done)
        self._done = [table]
        return table

    def _flush(self) -> None:
        if self._pending:
            self._done.append(self._signatures(self._pending))
        self._pending, self._pending_shingles = [], 0

    def _signatures(self, sets: list) -> np.ndarray:
        # datasketch's hash of a shingle: the first 4 bytes of its SHA-1, little-endian.
        digests = b"".join(
            hashlib.sha1(shingle).digest()[:4] for shingles in sets for shingle in shingles
        )
        hashes = np.frombuffer(digests, dtype="<u4")
        a, b = self._multipliers, self._offsets
        if self._scheme == "legacy":
            hashes = hashes.astype(np.uint64)[:, np.newaxis]
            permuted = (hashes * a + b) % np.uint64((1 << 61) - 1) & np.uint64((1 << 32) - 1)
        else:  # affine32: the MurmurHash3 finalizer, then a * h + b wrapping at 2^32
            hashes = hashes.astype(np.uint32)
            hashes = hashes ^ (hashes >> np.uint32(16))
            hashes = hashes * np.uint32(0x85EBCA6B)
            hashes = hashes ^ (hashes >> np.uint32(13))
            hashes = hashes * np.uint32(0xC2B2AE35)
            hashes = hashes ^ (hashes >> np.uint32(16))
            permuted = hashes[:, np.newaxis] * a + b
        starts = np.cumsum([0] + [len(shingles) for shingles in sets[:-1]])
        return np.minimum.reduceat(permuted, starts, axis=0)


#: Above this many articles in one LSH bucket, each is compared with the bucket's first only
#: (a story syndicated a thousand times), so that a bucket never costs its square.
_BUCKET_ALL_PAIRS = 50


def _candidate_pairs(
    signatures: np.ndarray, rows: np.ndarray, threshold: float
) -> list[tuple[int, int]]:
    """Pairs of articles whose MinHashes share a band: LSH candidates, in a stable order.

    ``rows`` gives each article's row in ``signatures`` (-1 for an article without one). The
    banding is datasketch's own for this threshold and number of permutations (25 bands of 5
    at 0.5 and 128), done with one dictionary of band keys instead of its per-band tables.
    """
    from datasketch import MinHashLSH

    bands = MinHashLSH(threshold=threshold, num_perm=_PERMUTATIONS).hashranges
    positions = np.flatnonzero(rows >= 0).tolist()
    buckets: dict[tuple[int, int], list[int]] = {}
    if positions:
        values = signatures[rows[positions]]
        for band, (start, end) in enumerate(bands):
            # One key per article and band; np.unique finds the shared ones without a Python loop.
            keys = np.ascontiguousarray(values[:, start:end]).view(
                np.dtype((np.void, values.itemsize * (end - start)))
            )
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
