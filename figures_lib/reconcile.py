"""Reconciliation: who claims what, which outlets agree, and what the figures imply over time.

``reconcile(claims, corpus)`` runs five steps, each a function of its own:

1. **Sources** (:func:`find_sources`): articles that nearly duplicate each other (MinHash over
   word 5-shingles) form one syndication cluster; the earliest article is the source the others
   copy, so a republished story is one source, not a corroboration.
2. **Claimants and rates** (:func:`attribute`): each claim's original claimant (the alias
   table in ``data/claimants.toml``; else the speaker; else the outlet's own narration), and
   its figure per day of its period, with the bounds carried through.
3. **Groups** (:func:`group_claims`): claims of one claimant, kind and basis whose periods
   match within a day form a group; the group says whether the outlets agree.
4. **Checks** (:func:`check_series`): each series of cumulative figures (per claimant, and
   pooled across claimants) ordered by date must not decrease, and every window figure must
   fit the increase between the cumulative figures around it. Interval arithmetic throughout:
   "more than 2,000" then "8,000" 28 days later allows an average of under 214.3 a day.
5. **Estimates** (:func:`estimate`): per kind and period, a low / best / high across claimants
   (the highest credible lower bound, the lowest credible upper bound); disagreement is
   reported, never averaged away.

Every output row carries the ``claim_id``s it rests on, and each claim its sentence span.
"""

from __future__ import annotations

import bisect
import itertools
import math
import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd
import regex

from .events import events_of as _find_events
from .intervals import (
    APPROX_TOLERANCE,
    claim_interval,
    envelope,
    intersect,
    open_bounds,
    split_by_article,
    stable_id,
)
from .intervals import (
    factor as unit_factor,
)
from .lexicon import claimants
from .schema import (
    CHECKS_COLUMNS,
    CLAIMS_COLUMNS,
    ESTIMATES_COLUMNS,
    EVENTS_COLUMNS,
    GROUPS_COLUMNS,
    RECONCILED_CLAIMS_COLUMNS,
    SOURCES_COLUMNS,
    column_names,
    conform,
    empty_frame,
    frame_from_rows,
    records_of,
)
from .units import describe_figure, ureg

#: Periods whose dates differ by at most this many days are the same period.
DATE_TOLERANCE_DAYS = 1
#: Estimated Jaccard similarity of word 5-shingles above which two articles are one story.
DUPLICATE_THRESHOLD = 0.5
_SHINGLE_WORDS = 5
_PERMUTATIONS = 128
_WORD = regex.compile(r"\w+")


@dataclass(frozen=True)
class Reconciliation:
    """The result of :func:`reconcile`; every table's columns are documented in ``schema``."""

    claims: pd.DataFrame  # RECONCILED_CLAIMS_COLUMNS
    sources: pd.DataFrame  # SOURCES_COLUMNS
    groups: pd.DataFrame  # GROUPS_COLUMNS
    checks: pd.DataFrame  # CHECKS_COLUMNS
    estimates: pd.DataFrame  # ESTIMATES_COLUMNS
    events: pd.DataFrame = None  # EVENTS_COLUMNS

    def __post_init__(self):
        if self.events is None:
            object.__setattr__(self, "events", empty_frame(EVENTS_COLUMNS))

    def tables(self) -> dict[str, pd.DataFrame]:
        """The tables by the file name ``figures reconcile`` writes them under."""
        return {
            "claims": self.claims,
            "sources": self.sources,
            "groups": self.groups,
            "checks": self.checks,
            "estimates": self.estimates,
            "events": self.events,
        }


def reconcile(claims: pd.DataFrame, corpus=None) -> Reconciliation:
    """Reconcile a claims table (see ``extract_corpus``) across outlets and over time.

    Parameters
    ----------
    claims:
        The claims table, as ``extract_corpus`` returns it or ``schema.read_table`` reads it.
    corpus:
        The corpus the claims come from, for syndication by article text and the ``via``
        column: a table (``load_corpus``) or an iterable of article dicts (``iter_articles``,
        read once, so a large corpus is never held in memory). Without it, articles are
        compared on their claim sentences only, which finds verbatim copies but not a copy
        that adds or drops claims.

    Examples
    --------
    >>> result = reconcile(extract_corpus(load_corpus()), load_corpus())  # doctest: +SKIP
    >>> result.checks[["check", "status", "rate_high"]]  # doctest: +SKIP
    """
    missing = [name for name in column_names(CLAIMS_COLUMNS) if name not in claims.columns]
    if missing:
        raise ValueError(
            f"the claims table lacks {', '.join(missing)}; build it with extract_corpus()"
        )
    # Sorted as extract_corpus sorts, so that the result never depends on the input's row order.
    claims = conform(claims, CLAIMS_COLUMNS).sort_values(
        ["doc_id", "start", "kind", "claim_id"], kind="stable", ignore_index=True
    )
    records = records_of(claims)
    sources = find_sources(_articles_for_sources(records, corpus))
    # Every step reads and annotates the same list of claim dicts; the tables are built once.
    _attribute(records, sources)
    events = _find_events(records)
    groups = _group_claims(records)
    checks = _check_series(records)
    estimates = _estimate(records)
    claims_out = frame_from_rows(records, RECONCILED_CLAIMS_COLUMNS) if records else empty_frame(RECONCILED_CLAIMS_COLUMNS)
    return Reconciliation(
        claims=claims_out, sources=sources, groups=groups, checks=checks, estimates=estimates, events=events
    )


# --------------------------------------------------------------------------------------------
# 1. Sources: syndicated copies of one story


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


# --------------------------------------------------------------------------------------------
# 2. Claimants and per-day rates


def claimant_of(speaker_org: str, speaker: str, outlet: str) -> tuple[str, str]:
    """(claimant, where it comes from) for one claim: the alias table, the speaker, the outlet."""
    table = claimants()
    for phrase in (speaker_org, speaker):
        name = table.organisation(phrase)
        if name:
            return name, "organisation"
    if speaker_org:
        return speaker_org, "organisation"
    if speaker:
        return speaker, "speaker"
    return outlet or "unknown", "outlet"


@lru_cache(maxsize=64)
def rate_unit(quantity_unit: str) -> str:
    """The per-day unit of a comparison unit, written by pint ("sortie / day")."""
    return str(ureg.Unit(quantity_unit) / ureg.day)


def attribute(claims: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """Claims with claimant, syndication source, period length and per-day rates added."""
    records = records_of(claims)
    _attribute(records, sources)
    if not records:
        return empty_frame(RECONCILED_CLAIMS_COLUMNS)
    return frame_from_rows(records, RECONCILED_CLAIMS_COLUMNS)


def _attribute(records: list[dict], sources: pd.DataFrame) -> None:
    source_of = dict(zip(sources["doc_id"], zip(sources["source_id"], sources["source_outlet"])))
    claimant_cache: dict[tuple, tuple[str, str]] = {}
    for claim in records:
        who = (claim["speaker_org"], claim["speaker"], claim["outlet"])
        if who not in claimant_cache:  # a few hundred claimants among a million claims
            claimant_cache[who] = claimant_of(*who)
        claim["claimant"], claim["claimant_source"] = claimant_cache[who]
        claim["source_id"], claim["source_outlet"] = source_of.get(claim["doc_id"], (claim["doc_id"], claim["outlet"]))
        days = math.nan
        start, end = claim["period_start"], claim["period_end"]
        if claim["basis"] in ("window", "cumulative") and not pd.isna(start) and not pd.isna(end):
            days = float((end - start).days)
        factor = unit_factor(claim["unit"])
        if days > 0:
            claim["per_day_low"] = claim["low"] * factor / days
            claim["per_day_high"] = claim["high"] * factor / days
            claim["per_day_value"] = claim["value"] * factor / days
        else:
            claim["per_day_low"] = claim["per_day_high"] = claim["per_day_value"] = math.nan
        claim["days"] = days
        claim["rate_unit"] = rate_unit(claim["quantity_unit"])
        claim["group_id"] = ""
        claim["event_id"] = ""


def _missing(value) -> bool:
    """``pd.isna`` for one date, without its cost (it is called for every claim, several times)."""
    return value is None or value is pd.NaT or (isinstance(value, float) and value != value)


def _date_or_min(value) -> pd.Timestamp:
    return pd.Timestamp.min if _missing(value) else value


def _date_or_max(value) -> pd.Timestamp:
    return pd.Timestamp.max if _missing(value) else value


def _date_clusters(members: list[dict], tolerance_days: int) -> list[list[dict]]:
    """Split claims into runs whose period start and end lie within the tolerance of the first.

    Undated claims sort last, so the result never depends on the order of the input rows.
    """
    if len(members) == 1:
        return [members]
    ordered = sorted(members, key=lambda c: _period_days(c) + (c["claim_id"],))
    clusters: list[list[dict]] = []
    for claim in ordered:
        if clusters and _same_period(clusters[-1][0], claim, tolerance_days):
            clusters[-1].append(claim)
        else:
            clusters.append([claim])
    return clusters


_NO_END, _NO_START = 10**9, -(10**9)  # day numbers that sort an undated end last, a missing start first
_NANOSECONDS_A_DAY = 86_400 * 10**9


def _period_days(claim: dict) -> tuple[int, int]:
    """(end, start) of a claim's period as day numbers, computed once per claim.

    Comparing Timestamps costs microseconds each, and a million claims are sorted and compared
    several times; integers cost a fraction of that.
    """
    days = claim.get("_period_days")
    if days is None:
        end, start = claim["period_end"], claim["period_start"]
        days = (
            _NO_END if _missing(end) else end.value // _NANOSECONDS_A_DAY,
            _NO_START if _missing(start) else start.value // _NANOSECONDS_A_DAY,
        )
        claim["_period_days"] = days
    return days


def _same_period(first: dict, other: dict, tolerance_days: int) -> bool:
    for a, b, missing in zip(_period_days(first), _period_days(other), (_NO_END, _NO_START), strict=True):
        if (a == missing) != (b == missing) or abs(a - b) > tolerance_days:
            return False
    return True


def _by_key(records: list[dict], *names: str) -> dict[tuple, list[dict]]:
    """Claims of one kind, subtype, casualty group and comparison unit, split further by ``names``."""
    found: dict[tuple, list[dict]] = {}
    for claim in records:
        key = tuple(claim[name] for name in _SAME_THING) + (claim["quantity_unit"],)
        key += tuple(claim[name] for name in names)
        found.setdefault(key, []).append(claim)
    # Every part of a key is text (the claims table's string columns), so keys sort as they are.
    return {key: found[key] for key in sorted(found)}


# --------------------------------------------------------------------------------------------
# 3. Same-claim groups

_SAME_THING = ("kind", "subtype", "casualty_group")
# Scopes whose cumulative figures form series over time.
_SERIES_SCOPES = ("campaign", "conflict_total")
# Where a count is: claims are compared only within one scope, place and event.
_WHERE = ("scope", "place", "event_id")


def _where(first: dict) -> dict:
    return {name: first[name] for name in _WHERE}


def group_claims(
    claims: pd.DataFrame,
    tolerance: float = APPROX_TOLERANCE,
    date_tolerance_days: int = DATE_TOLERANCE_DAYS,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Group claims of one claimant about one thing and period; say whether outlets agree.

    Claims group only within one scope, place and event: a claimant's toll of one incident is
    never matched with its toll of another, nor with its running count.
    Figures are compared in their comparison unit (2,000 tonnes and 2,000,000 kg agree).
    Returns the claims with ``group_id`` filled, and the groups table (``GROUPS_COLUMNS``).
    """
    records = records_of(claims)
    groups = _group_claims(records, tolerance, date_tolerance_days)
    claims_out = frame_from_rows(records, RECONCILED_CLAIMS_COLUMNS) if records else claims
    return claims_out, groups


def _group_claims(
    records: list[dict], tolerance: float = APPROX_TOLERANCE, date_tolerance_days: int = DATE_TOLERANCE_DAYS
) -> pd.DataFrame:
    groups = []
    for key, members in _by_key(records, "claimant", "basis", *_WHERE).items():
        for cluster in _date_clusters(members, date_tolerance_days):
            for group in split_by_article(cluster, tolerance):
                first = group[0]
                group_id = stable_id("g", *key, *_period_days(first), first["claim_id"])
                for claim in group:
                    claim["group_id"] = group_id
                groups.append(_group_row(group_id, group, tolerance))
    if not groups:
        return empty_frame(GROUPS_COLUMNS)
    groups.sort(
        key=lambda row: (row["kind"], row["claimant"], _date_or_max(row["period_end"]), row["group_id"])
    )
    return frame_from_rows(groups, GROUPS_COLUMNS)


def _group_row(group_id: str, members: list[dict], tolerance: float) -> dict:
    first = members[0]
    values = [claim["quantity"] for claim in members]
    exact = {claim_interval(claim) + (claim["qualifier"],) for claim in members}
    common = intersect(claim_interval(claim, tolerance) for claim in members)
    if len(members) == 1:
        agreement = "single"
    elif len(exact) == 1:
        agreement = "exact"
    elif common is not None:
        agreement = "compatible"
    else:
        agreement = "disagree"
    low, high = (common or envelope([claim_interval(c) for c in members]))[:2]
    smallest, largest = min(values), max(values)
    if smallest > 0:
        spread = largest / smallest - 1
    else:
        spread = 0.0 if largest == smallest else math.inf
    return {
        "group_id": group_id,
        "kind": first["kind"],
        "subtype": first["subtype"],
        "casualty_group": first["casualty_group"],
        "claimant": first["claimant"],
        **_where(first),
        "basis": first["basis"],
        "period_start": min(
            (c["period_start"] for c in members if not pd.isna(c["period_start"])), default=pd.NaT
        ),
        "period_end": first["period_end"],
        "unit": first["quantity_unit"],
        "claims": len(members),
        "articles": len({c["doc_id"] for c in members}),
        "outlets": "; ".join(sorted({c["outlet"] for c in members})),
        "independent_sources": len({c["source_outlet"] for c in members}),
        "agreement": agreement,
        "low": low,
        "high": high,
        "value_min": smallest,
        "value_max": largest,
        "spread": spread,
        "bounds": open_bounds(members),
        "claim_ids": "; ".join(sorted(c["claim_id"] for c in members)),
    }


# --------------------------------------------------------------------------------------------
# 4. Consistency checks over time


@dataclass(frozen=True)
class _Point:
    """A cumulative count at a date (comparison units): a claim, or the zero at its period start."""

    date: pd.Timestamp
    low: float
    high: float
    low_inclusive: bool
    high_inclusive: bool
    claim_id: str  # "origin" for the period start
    words: str  # the figure as the findings describe it


def check_series(claims: pd.DataFrame, tolerance: float = APPROX_TOLERANCE) -> pd.DataFrame:
    """Consistency findings for every cumulative series (``CHECKS_COLUMNS``).

    A series is one claimant's cumulative figures of one kind since one period start, and the
    same pooled across claimants when more than one contributes. In each:

    - ``order``: every consecutive pair, with the average rate it allows; any pair, however far
      apart, in which the later figure must be below the earlier is inconsistent;
    - ``same_day``: figures for one day must overlap;
    - ``window``: a window figure must fit the increase between the latest figure at or before
      its start and the earliest at or after its end; its rate is set against that span's
      average (and, when it ends on a figure's date, against the span that figure opens).

    "About" figures are widened by ``tolerance`` first, so that rounding never reads as a fall.
    """
    return _check_series(records_of(claims), tolerance)


def _check_series(records: list[dict], tolerance: float = APPROX_TOLERANCE) -> pd.DataFrame:
    rows: list[dict] = []
    # Series never cross scope or place: an incident toll is never held to a running count, a
    # conflict total never to a campaign's, Aleppo's count never to Homs's.
    for _, members in _by_key(records, "place").items():
        cumulative = _sentence_totals([
            c for c in members
            if c["basis"] == "cumulative" and c["scope"] in _SERIES_SCOPES and not pd.isna(c["period_end"])
        ])  # fmt: skip
        windows = [
            c for c in members
            if c["basis"] == "window" and c["scope"] == "periodic" and not pd.isna(c["period_start"])
            and not pd.isna(c["period_end"]) and c["period_end"] > c["period_start"]
        ]  # fmt: skip
        by_origin: dict[tuple, list[dict]] = {}
        for claim in cumulative:
            # Conflict totals are one series whatever start they state; a campaign count is a
            # series per start ("since Sept. 30").
            origin = pd.Timestamp.min if claim["scope"] == "conflict_total" else _date_or_min(claim["period_start"])
            by_origin.setdefault((claim["scope"], origin), []).append(claim)
        for scope, origin in sorted(by_origin):
            series = by_origin[(scope, origin)]
            scope_windows = windows if scope == "campaign" else []
            names = sorted({c["claimant"] for c in series})
            seen: set[tuple] = set()
            for claimant in names:
                own = [c for c in series if c["claimant"] == claimant]
                own_windows = [w for w in scope_windows if w["claimant"] == claimant]
                for row in _check_one_series(own, own_windows, "claimant", claimant, tolerance):
                    seen.add(_compared(row))
                    rows.append(row)
            if len(names) > 1:
                # The pooled series adds the pairs and windows no single claimant's series has.
                pooled = _check_one_series(series, scope_windows, "pooled", "all", tolerance)
                rows += [row for row in pooled if _compared(row) not in seen]
    rows += check_subsets(records, tolerance)
    if not rows:
        return empty_frame(CHECKS_COLUMNS)
    return frame_from_rows(rows, CHECKS_COLUMNS)


# Who a casualty count covers, from narrow to wide: a count of children is also a count of
# civilians and of people; a count that names no one covers everyone.
_WIDER_GROUPS = {
    "children": ("civilians", "people", ""),
    "women": ("civilians", "people", ""),
    "civilians": ("people", ""),
    "militants": ("people", ""),
    "soldiers": ("people", ""),
    "people": ("",),
}


def _wider(narrow: dict, wide: dict) -> bool:
    """Whether ``wide`` counts everything ``narrow`` counts and more (group, place or both)."""
    same_group = narrow["casualty_group"] == wide["casualty_group"]
    group_wider = wide["casualty_group"] in _WIDER_GROUPS.get(narrow["casualty_group"], ("",)) and not same_group
    same_place = narrow["place"] == wide["place"]
    place_wider = bool(narrow["place"]) and (
        not wide["place"] or (wide["place"] == f"{narrow['province']} province" and narrow["place"] != wide["place"])
    )
    return (group_wider and (same_place or place_wider)) or (place_wider and same_group)


def check_subsets(records: list[dict], tolerance: float = APPROX_TOLERANCE) -> list[dict]:
    """``subset`` findings: a narrower count must not exceed a wider one of the same period.

    A count of civilians, or of one province, is held to a total of people, or of the country,
    given for the same scope and as-of day; only the narrower figure being larger is flagged
    (a narrower count below a wider one is what one expects). Each narrower claim is set
    against the smallest wider upper bound, so the findings grow with the claims, not their pairs.
    """
    buckets: dict[tuple, list[dict]] = {}
    for claim in records:
        if claim["scope"] in ("incident", "background") or pd.isna(claim["period_end"]):
            continue
        key = (claim["kind"], claim["subtype"], claim["quantity_unit"], claim["scope"], claim["basis"],
               claim["period_end"], _date_or_min(claim["period_start"]))  # fmt: skip
        buckets.setdefault(key, []).append(claim)
    rows = []
    for key in sorted(buckets, key=lambda k: tuple(str(part) for part in k)):
        members = sorted(buckets[key], key=lambda c: c["claim_id"])
        if len(members) < 2:
            continue
        for narrow in members:
            # A sentence's own figures are a total and its parts, or two subjects: never a check.
            wider = [
                w for w in members
                if _wider(narrow, w) and (w["doc_id"], w["sentence_start"]) != (narrow["doc_id"], narrow["sentence_start"])
            ]  # fmt: skip
            if not wider:
                continue
            wide = min(wider, key=lambda w: (claim_interval(w, tolerance)[1], w["claim_id"]))
            low = claim_interval(narrow, tolerance)[0]
            high = claim_interval(wide, tolerance)[1]
            exceeds = low > high
            unit = narrow["quantity_unit"]
            narrow_words = f"{narrow['claimant']}'s {describe_figure(narrow['low'], narrow['high'], narrow['qualifier'], narrow['unit'])} {narrow['casualty_group'] or narrow['kind']}".strip()
            wide_words = f"{wide['claimant']}'s {describe_figure(wide['low'], wide['high'], wide['qualifier'], wide['unit'])} {wide['casualty_group'] or wide['kind']}".strip()
            where = f" in {narrow['place']}" if narrow["place"] and narrow["place"] != wide["place"] else ""
            if exceeds:
                detail = (f"{narrow_words}{where} exceed {wide_words} of the same period: a part cannot "
                          f"be larger than the whole (over by {_number(low - high)} {unit})")  # fmt: skip
            else:
                detail = f"{narrow_words}{where} fit within {wide_words} of the same period"
            row = {
                "series": "subset", "kind": narrow["kind"], "subtype": narrow["subtype"],
                "casualty_group": narrow["casualty_group"], "scope": narrow["scope"],
                "place": narrow["place"], "event_id": "", "claimant": narrow["claimant"],
                "from_claim": wide["claim_id"], "to_claim": narrow["claim_id"],
                "from_date": wide["period_end"], "to_date": narrow["period_end"], "days": 0.0,
                "rate_low": math.nan, "rate_high": math.nan, "rate_low_inclusive": False,
                "rate_high_inclusive": False, "rate_unit": rate_unit(unit),
            }  # fmt: skip
            rows.append(_finding("subset", row, not exceeds, max(low - high, 0.0), detail))
    return rows


def _sentence_totals(claims: list[dict]) -> list[dict]:
    """The largest figure of each sentence: one sentence's other figures of one kind are its parts.

    "279 civilians killed since April 22, with 155 in opposition-held areas and 124 in
    government-held districts" is one running count and its breakdown; the parts are not later
    or earlier values of the same count, so only the total joins a series.
    """
    largest: dict[tuple, dict] = {}
    for claim in claims:
        key = (claim["doc_id"], claim["sentence_start"], claim["claimant"])
        if key not in largest or (claim["quantity"], claim["claim_id"]) > (largest[key]["quantity"], largest[key]["claim_id"]):
            largest[key] = claim
    kept = {id(claim) for claim in largest.values()}
    return [claim for claim in claims if id(claim) in kept]


def _compared(row: dict) -> tuple:
    return row["check"], row["from_claim"], row["to_claim"], row.get("window_claim", "")


def _points(series: list[dict], pooled: bool, tolerance: float) -> list[_Point]:
    points: dict[tuple, _Point] = {}
    for claim in sorted(series, key=lambda c: c["claim_id"]):
        low, high, low_inclusive, high_inclusive = claim_interval(claim, tolerance)
        words = describe_figure(claim["low"], claim["high"], claim["qualifier"], claim["unit"])
        if pooled:
            words = f"{claim['claimant']}'s {words}"
        point = _Point(claim["period_end"], low, high, low_inclusive, high_inclusive, claim["claim_id"], words)
        # Several outlets reporting one figure for one day are one point.
        points.setdefault((point.date, low, high, low_inclusive, high_inclusive), point)
    ordered = sorted(points.values(), key=lambda p: (p.date, p.low, p.high, p.claim_id))
    start = series[0]["period_start"]
    # The count is zero at the period start; a figure "since" its own day has no such zero.
    if not pd.isna(start) and start < ordered[0].date:
        ordered.insert(0, _Point(start, 0.0, 0.0, True, True, "origin", "zero at the period start"))
    return ordered


def _average_rate(earlier: _Point, later: _Point) -> dict:
    """The average rate per day two cumulative figures allow between their dates."""
    days = float((later.date - earlier.date).days)
    least = later.low - earlier.high  # -inf when the earlier figure is open-ended
    if least < 0:
        rate_low, rate_low_inclusive = 0.0, True
    else:
        rate_low = least / days
        rate_low_inclusive = later.low_inclusive and earlier.high_inclusive
    rate_high = max(later.high - earlier.low, 0.0) / days
    return {
        "from_claim": earlier.claim_id,
        "to_claim": later.claim_id,
        "from_date": earlier.date,
        "to_date": later.date,
        "days": days,
        "rate_low": rate_low,
        "rate_high": rate_high,
        "rate_low_inclusive": rate_low_inclusive,
        "rate_high_inclusive": later.high_inclusive and earlier.low_inclusive,
    }


def _falls(earlier: _Point, later: _Point) -> bool:
    """Whether the later count must be below the earlier one."""
    return later.high < earlier.low or (
        later.high == earlier.low and not (later.high_inclusive and earlier.low_inclusive)
    )


def _pair_finding(base: dict, earlier: _Point, later: _Point, unit: str) -> dict:
    """The finding on two cumulative figures: same day (must overlap) or ordered in time."""
    if later.date == earlier.date:
        common = intersect([(p.low, p.high, p.low_inclusive, p.high_inclusive) for p in (earlier, later)])
        gap = 0.0 if common else max(earlier.low - later.high, later.low - earlier.high)
        pair = {**base, "from_claim": earlier.claim_id, "to_claim": later.claim_id,
                "from_date": earlier.date, "to_date": later.date, "days": 0.0}  # fmt: skip
        verdict = "overlap" if common else f"cannot both be true (apart by {_number(gap)} {unit})"
        detail = f"{earlier.words} and {later.words}, both for {later.date:%Y-%m-%d}: {verdict}"
        return _finding("same_day", pair, common is not None, gap, detail)
    span = {**base, **_average_rate(earlier, later)}
    if _falls(earlier, later):
        gap = earlier.low - later.high
        detail = (f"{later.words} on {later.date:%Y-%m-%d} is below {earlier.words} on "
                  f"{earlier.date:%Y-%m-%d}: a cumulative count cannot fall "
                  f"(short by {_number(gap)} {unit})")  # fmt: skip
        return _finding("order", span, False, gap, detail)
    detail = (f"from {earlier.words} on {earlier.date:%Y-%m-%d} to {later.words} on "
              f"{later.date:%Y-%m-%d}: {_rate_words(span)} on average")  # fmt: skip
    return _finding("order", span, True, 0.0, detail)


def _check_one_series(
    series: list[dict], windows: list[dict], series_name: str, claimant: str, tolerance: float
) -> list[dict]:
    first = series[0]
    unit = first["quantity_unit"]
    per_day = rate_unit(unit)
    base = {
        "series": series_name,
        "kind": first["kind"],
        "subtype": first["subtype"],
        "casualty_group": first["casualty_group"],
        "scope": first["scope"],
        "place": first["place"],
        "event_id": "",
        "claimant": claimant,
        "rate_unit": per_day,
    }
    points = _points(series, series_name == "pooled", tolerance)
    rows = []
    # Each figure is set against its predecessor and against the running bound: the earlier
    # figure with the highest lower bound, the one a later figure most plainly cannot fall
    # below. That finds a fall however far back, in one pass.
    highest: _Point | None = None
    for i, later in enumerate(points):
        if i > 0:
            rows.append(_pair_finding(base, points[i - 1], later, unit))
            if highest is not None and highest is not points[i - 1] and _falls(highest, later):
                rows.append(_pair_finding(base, highest, later, unit))
        if highest is None or (later.low, not later.low_inclusive) > (highest.low, not highest.low_inclusive):
            highest = later
    for window in sorted(windows, key=lambda w: (w["period_end"], w["claim_id"])):
        rows += _window_findings(base, points, window, tolerance)
    return rows


def _window_findings(base: dict, points: list[_Point], window: dict, tolerance: float) -> list[dict]:
    start, end = window["period_start"], window["period_end"]
    days = float((end - start).days)
    low, high, low_inclusive, _ = claim_interval(window, tolerance)
    rate = {"window_claim": window["claim_id"], "window_rate_low": low / days, "window_rate_high": high / days}
    words = (f"{describe_figure(window['low'], window['high'], window['qualifier'], window['unit'])} "
             f"in {_number(days)} day{'s' if days != 1 else ''} to {end:%Y-%m-%d}")  # fmt: skip
    rows = []
    dates = [p.date for p in points]
    last_before = bisect.bisect_right(dates, start) - 1  # the latest figure at or before the start
    first_after = bisect.bisect_left(dates, end)  # the earliest at or after the end
    enclosing = (
        (points[last_before], points[first_after]) if last_before >= 0 and first_after < len(points) else None
    )
    if enclosing:
        earlier, later = enclosing
        span = {**base, **_average_rate(earlier, later), **rate}
        span["relation"] = _relation(span)
        most = later.high - earlier.low  # the largest increase the two figures allow
        most_inclusive = later.high_inclusive and earlier.low_inclusive
        exceeds = low > most or (low == most and not (low_inclusive and most_inclusive))
        between = f"between {earlier.date:%Y-%m-%d} and {later.date:%Y-%m-%d}"
        if exceeds and not _falls(earlier, later):
            gap = low - most
            detail = (f"{words} exceed the most the figures allow {between} ({_number(most)} "
                      f"{base['rate_unit'].split(' / ')[0]}) by {_number(gap)}")  # fmt: skip
            rows.append(_finding("window", span, False, gap, detail))
        else:
            detail = (f"{words} fit the increase {between}; {_rate_range(rate)} a day, "
                      f"{span['relation']} the average ({_rate_words(span)})")  # fmt: skip
            rows.append(_finding("window", span, True, 0.0, detail))
    # A window reported on a figure's day also says something about the span that figure
    # opens (the ministry's pace on Nov. 13 against the average from Nov. 13 to Dec. 11); a
    # window with no figures around it is compared with the span its end falls in.
    # Only the pairs that start on the window's end day, or the one holding it, can qualify.
    candidates = range(max(first_after - 1, 0), min(bisect.bisect_right(dates, end), len(points) - 1))
    for earlier, later in ((points[k], points[k + 1]) for k in candidates):
        opens = earlier.date == end
        holds_end = enclosing is None and earlier.date < end <= later.date
        if (opens or holds_end) and (earlier, later) != enclosing and earlier.date < later.date:
            span = {**base, **_average_rate(earlier, later), **rate}
            span["relation"] = _relation(span)
            where = "reported at the start of" if opens else "ending within"
            detail = (f"{words}, {where} the span to {later.date:%Y-%m-%d}: {_rate_range(rate)} a "
                      f"day, {span['relation']} its average ({_rate_words(span)})")  # fmt: skip
            rows.append(_finding("window", span, True, 0.0, detail))
    return rows


def _relation(span: dict) -> str:
    if span["window_rate_low"] > span["rate_high"]:
        return "above"
    if span["window_rate_high"] < span["rate_low"]:
        return "below"
    return "within"


def _finding(check: str, row: dict, consistent: bool, gap: float, detail: str) -> dict:
    finding = {
        "check": check,
        "status": "consistent" if consistent else "inconsistent",
        "gap": float(gap),
        "detail": detail,
        **row,
    }
    finding["check_id"] = stable_id(
        "c", check, finding["series"], finding["scope"], finding["place"], finding["kind"], finding["subtype"], finding["casualty_group"],
        finding["claimant"], finding["from_claim"], finding["to_claim"], finding.get("window_claim", ""),
    )  # fmt: skip
    return finding


def _number(value: float) -> str:
    if pd.isna(value):
        return "unknown"
    if value == math.inf:
        return "no limit"
    return f"{value:,.0f}" if abs(value) >= 100 or value == int(value) else f"{value:,.1f}"


def _rate_range(rate: dict) -> str:
    low, high = rate["window_rate_low"], rate["window_rate_high"]
    return _number(low) if low == high else f"{_number(low)}-{_number(high)}"


def _rate_words(span: dict) -> str:
    low, high, per_day = span["rate_low"], span["rate_high"], span["rate_unit"]
    if high == math.inf:
        word = "at least" if span["rate_low_inclusive"] else "more than"
        return f"{word} {_number(low)} {per_day}"
    if low == 0:
        word = "at most" if span["rate_high_inclusive"] else "under"
        return f"{word} {_number(high)} {per_day}"
    if math.isclose(low, high):
        return f"{_number(low)} {per_day}"
    return f"between {_number(low)} and {_number(high)} {per_day}"


# --------------------------------------------------------------------------------------------
# 5. Estimates across claimants


def estimate(claims: pd.DataFrame, date_tolerance_days: int = DATE_TOLERANCE_DAYS) -> pd.DataFrame:
    """Low / best / high per kind and period across claimants (``ESTIMATES_COLUMNS``).

    Each claimant's interval is the common part of what its outlets report. When the claimants'
    intervals overlap, low is the highest credible lower bound, high the lowest credible upper
    bound, and best the median of their best estimates kept inside that range. When they do
    not, or when one claimant's own outlets disagree, low and high span every claim, best is
    left empty, and the status says ``disagree``. Figures are in the comparison unit.
    """
    return _estimate(records_of(claims), date_tolerance_days)


def _estimate(records: list[dict], date_tolerance_days: int = DATE_TOLERANCE_DAYS) -> pd.DataFrame:
    rows = []
    for key, members in _by_key(records, "basis", *_WHERE).items():
        for cluster in _date_clusters(members, date_tolerance_days):
            groups_of: dict[str, set[str]] = {}
            for claim in cluster:
                groups_of.setdefault(claim["claimant"], set()).add(claim["group_id"])
            if all(len(groups) == 1 for groups in groups_of.values()):
                rows.append(_estimate_row(key, cluster))
                continue
            # A claimant gives several different figures of this kind for the period (two
            # different things): which of them the others' figures match cannot be told, so
            # each group stands alone.
            for group_id in sorted({claim["group_id"] for claim in cluster}):
                rows.append(_estimate_row(key, [c for c in cluster if c["group_id"] == group_id]))
    if not rows:
        return empty_frame(ESTIMATES_COLUMNS)
    rows.sort(key=lambda row: (row["kind"], row["basis"], _date_or_max(row["period_end"]), row["estimate_id"]))
    return frame_from_rows(rows, ESTIMATES_COLUMNS)


def _estimate_row(key: tuple, members: list[dict]) -> dict:
    first = members[0]
    by_claimant: dict[str, list[dict]] = {}
    for claim in members:
        by_claimant.setdefault(claim["claimant"], []).append(claim)
    intervals, bests, described = [], [], []
    own_disagreement = False
    for claimant in sorted(by_claimant):
        own = by_claimant[claimant]
        common = intersect(claim_interval(c) for c in own)
        if common is None:  # the claimant's own outlets disagree: keep their envelope
            own_disagreement = True
            common = envelope([claim_interval(c) for c in own])
        intervals.append(common)
        bests.append(statistics.median(c["quantity"] for c in own))
        figures = sorted({c["quantity"] for c in own})
        described.append(f"{claimant}: {', '.join(_number(f) for f in figures)}")
    overlap = None if own_disagreement else intersect(intervals)
    if overlap is not None:
        low, high, low_inclusive, high_inclusive = overlap
        best = min(max(statistics.median(bests), low), high)
        status = "single" if len(intervals) == 1 else "agree"
    else:
        low, high, low_inclusive, high_inclusive = envelope(intervals)
        best = math.nan
        status = "disagree"
    lengths = [c["days"] for c in members if not pd.isna(c["days"]) and c["days"] > 0]
    days = statistics.median(lengths) if lengths else math.nan
    return {
        "estimate_id": stable_id("e", *key, *_period_days(first), first["group_id"]),
        "kind": first["kind"],
        "subtype": first["subtype"],
        "casualty_group": first["casualty_group"],
        **_where(first),
        "basis": first["basis"],
        "period_start": first["period_start"],
        "period_end": first["period_end"],
        "unit": first["quantity_unit"],
        "low": low,
        "best": best,
        "high": high,
        "low_inclusive": low_inclusive,
        "high_inclusive": high_inclusive,
        "per_day_low": low / days,
        "per_day_high": high / days,
        "per_day_value": best / days,
        "rate_unit": rate_unit(first["quantity_unit"]),
        "status": status,
        "bounds": _estimate_bounds(members),
        "claimants": "; ".join(described),
        "independent_sources": len({c["source_outlet"] for c in members}),
        "claim_ids": "; ".join(sorted(c["claim_id"] for c in members)),
    }


def _estimate_bounds(members: list[dict]) -> str:
    """``lower bound only`` when every claim is open-ended above, so the best is a floor."""
    if all(math.isinf(claim["high"]) for claim in members):
        return "lower bound only"
    if all(claim["qualifier"] in ("less_than", "at_most") for claim in members):
        return "upper bound only"
    return "closed"
