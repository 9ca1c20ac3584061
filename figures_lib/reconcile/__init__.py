"""Reconciliation: who claims what, which outlets agree, and what the figures imply over time.

``reconcile(claims, corpus)`` runs its steps in order, each a module of this package and a
public function of its own (interval arithmetic in ``intervals``, the findings' words in
``wording``, shared keys and periods in ``common``):

1. **Sources** (``sources``, :func:`find_sources`): articles that nearly duplicate each other
   (MinHash over word 5-shingles) form one syndication cluster; the earliest article is the
   source the others copy, so a republished story is one source, not a corroboration.
2. **Claimants and rates** (``claimants``, :func:`attribute`): each claim's original claimant
   (the alias table in ``data/claimants.toml``; else the speaker; else the outlet's own
   narration), and its figure per day of its period, with the bounds carried through.
3. **Events** (``events``, :func:`find_events`): incident claims about one kind, place and day,
   whoever reports them, with the agreement across claimants.
4. **Groups** (``groups``, :func:`group_claims`): claims of one claimant, kind, basis, scope,
   place and event whose periods match within a day form a group; the group says whether the
   outlets agree.
5. **Checks** (``checks``, :func:`check_series`, :func:`check_subsets`): each series of
   cumulative figures of one scope and place (per claimant, and pooled across claimants)
   ordered by date must not decrease, every window figure must fit the increase between the
   cumulative figures around it, and a narrower count must not exceed a wider one. Interval
   arithmetic throughout: "more than 2,000" then "8,000" 28 days later allows an average of
   under 214.3 a day.
6. **Estimates** (``estimates``, :func:`estimate`): per kind, scope, place, event and period, a
   low / best / high across claimants (the highest credible lower bound, the lowest credible
   upper bound); disagreement is reported, never averaged away.

Every output row carries the ``claim_id``s it rests on, and each claim its sentence span.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from dataclasses import dataclass

import pandas as pd

from ..schema import (
    CLAIMS_COLUMNS,
    EVENTS_COLUMNS,
    RECONCILED_CLAIMS_COLUMNS,
    column_names,
    conform,
    empty_frame,
)
from .checks import _check_series, check_series, check_subsets
from .claimants import READ_LATER, _attribution, attribute, claimant_of, rate_unit
from .common import DATE_TOLERANCE_DAYS, STEP_COLUMNS, _step_records
from .estimates import _estimate, estimate
from .events import events_of as _find_events
from .events import find_events
from .groups import _group_claims, group_claims
from .intervals import APPROX_TOLERANCE, intersect
from .sources import DUPLICATE_THRESHOLD, _articles_for_sources, find_sources

__all__ = [
    "APPROX_TOLERANCE",
    "DATE_TOLERANCE_DAYS",
    "DUPLICATE_THRESHOLD",
    "Reconciliation",
    "attribute",
    "check_series",
    "check_subsets",
    "claimant_of",
    "estimate",
    "find_events",
    "find_sources",
    "group_claims",
    "intersect",
    "rate_unit",
    "reconcile",
]


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
    with _without_cycle_collection():
        return _reconcile(claims, corpus)


@contextmanager
def _without_cycle_collection():
    """Pause Python's cycle collector while reconciliation builds a dict per claim.

    Those dicts hold no reference cycles, so the collector has nothing to free in them, yet it
    walks them again and again as they accumulate: 15% of the time at 10^5 claims. The
    collector's previous state is restored, and reference counting frees memory as usual.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _reconcile(claims: pd.DataFrame, corpus) -> Reconciliation:
    # Sorted as extract_corpus sorts, so that the result never depends on the input's row order.
    claims = conform(claims, CLAIMS_COLUMNS).sort_values(
        ["doc_id", "start", "kind", "claim_id"], kind="stable", ignore_index=True
    )
    sources = find_sources(_articles_for_sources(claims, corpus))
    added = _attribution(claims, sources)
    # The steps read and annotate one dict per claim, holding only the columns they read; the
    # claims table is the sorted input plus the added columns.
    records = _step_records(claims.assign(**{name: added[name] for name in READ_LATER}),
                            STEP_COLUMNS + READ_LATER)  # fmt: skip
    for claim in records:
        claim["group_id"] = claim["event_id"] = ""
    events = _find_events(records)
    groups = _group_claims(records)
    checks = _check_series(records)
    estimates = _estimate(records)
    added["group_id"] = [claim["group_id"] for claim in records]
    added["event_id"] = [claim["event_id"] for claim in records]
    del records
    claims_out = conform(claims.assign(**added), RECONCILED_CLAIMS_COLUMNS)
    return Reconciliation(
        claims=claims_out,
        sources=sources,
        groups=groups,
        checks=checks,
        estimates=estimates,
        events=events,
    )
