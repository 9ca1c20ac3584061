"""Reconciliation at scale: ``reconcile`` on generated claims tables of 10^4, 10^5 and 10^6 rows.

Each size runs in a fresh process, so its peak resident memory is its own. The claims are built
directly (not extracted), with the mix a real archive has: incident tolls over many towns and
days from several outlets and claimants, daily ministry windows, campaign running counts and
conflict totals. Targets from the issue: 10^5 claims under 30 s, 10^6 under 5 minutes on one
core, a checks table no larger than a few times the claims, peak memory under 4 GB at 10^6.

    python benchmarks/bench_reconcile.py [--sizes 10000,100000,1000000]
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import time

import numpy as np
import pandas as pd

TOWNS = [
    ("Aleppo", "Aleppo"),
    ("Homs", "Homs"),
    ("Douma", "Rif Dimashq"),
    ("Idlib", "Idlib"),
    ("Saraqeb", "Idlib"),
    ("Hama", "Hama"),
    ("Raqqa", "Raqqa"),
    ("Daraa", "Daraa"),
    ("Deir ez-Zor", "Deir ez-Zor"),
    ("Manbij", "Aleppo"),
    ("Azaz", "Aleppo"),
    ("Latakia", "Latakia"),
]
OUTLETS = ["Reuters", "AP", "SANA", "TASS", "RT", "AFP", "Al Jazeera", "Anadolu"]
CLAIMANTS = [
    "Syrian Observatory for Human Rights",
    "Syrian state media",
    "United Nations",
    "White Helmets",
    "Russian Ministry of Defence",
]


def generated_claims(size: int, seed: int = 0) -> pd.DataFrame:
    """A reconciled-claims table of ``size`` rows (without the reconciliation's own columns)."""
    from figures_lib.schema import CLAIMS_COLUMNS, conform

    rng = np.random.default_rng(seed)
    days = pd.Timestamp("2015-01-01") + pd.to_timedelta(rng.integers(0, 1000, size), unit="D")
    shape = rng.choice(
        ["incident", "periodic", "campaign", "conflict_total"], size, p=[0.7, 0.15, 0.1, 0.05]
    )
    town = rng.integers(0, len(TOWNS), size)
    value = rng.integers(1, 60, size).astype(float)
    value = np.where(shape == "campaign", rng.integers(1000, 9000, size), value)
    value = np.where(shape == "conflict_total", rng.integers(200_000, 300_000, size), value)
    is_incident = shape == "incident"
    frame = pd.DataFrame(
        {
            "doc_id": [f"d{i // 3:07d}" for i in range(size)],
            "outlet": rng.choice(OUTLETS, size),
            "published": days,
            "kind": np.where(shape == "periodic", "sorties", "casualties"),
            "what": "people",
            "low": value,
            "high": value,
            "low_inclusive": True,
            "high_inclusive": True,
            "value": value,
            "qualifier": rng.choice(["exact", "at_least", "approx"], size, p=[0.7, 0.2, 0.1]),
            "unit": np.where(shape == "periodic", "sortie", "person"),
            "quantity": value,
            "basis": np.select(
                [shape == "periodic", shape == "campaign", shape == "conflict_total"],
                ["window", "cumulative", "cumulative"],
                "unspecified",
            ),
            "period_start": np.where(
                shape == "periodic",
                days - pd.Timedelta(days=1),
                np.where(shape == "campaign", pd.Timestamp("2015-09-30"), pd.NaT),
            ),
            "period_end": days,
            "speaker": "",
            "speaker_org": rng.choice(CLAIMANTS, size),
            "quoted": False,
            "sentence": [f"sentence {i}" for i in range(size)],
            "start": np.arange(size) % 3 * 100,
            "end": np.arange(size) % 3 * 100 + 2,
            "claim_id": [f"{i:016x}" for i in range(size)],
            "subtype": np.where(
                shape == "periodic", "", rng.choice(["killed", "injured"], size, p=[0.8, 0.2])
            ),
            "casualty_group": np.where(shape == "periodic", "", "people"),
            "quantity_unit": np.where(shape == "periodic", "sortie", "person"),
            "period_text": "",
            "sentence_start": 0,
            "mentions": 1,
            "scope": shape,
            "place": np.where(is_incident, [TOWNS[t][0] for t in town], ""),
            "province": np.where(is_incident, [TOWNS[t][1] for t in town], ""),
            "event_day": np.where(is_incident, days - pd.Timedelta(days=1), pd.NaT),
        }
    )
    frame.loc[frame.qualifier == "at_least", "high"] = np.inf
    return conform(frame, CLAIMS_COLUMNS)


#: The issue's targets by size: (seconds, peak megabytes), None where it sets none.
TARGETS = {100_000: (30.0, None), 1_000_000: (300.0, 4096.0)}


def against_targets(size: int, seconds: float, peak_mb: float) -> str:
    """How one size's run compares with the issue's targets for that size."""
    if size not in TARGETS:
        return "no target at this size"
    most_seconds, most_mb = TARGETS[size]
    verdicts = [f"{'met' if seconds < most_seconds else 'MISSED'}: under {most_seconds:,.0f} s"]
    if most_mb is not None:
        verdicts.append(f"{'met' if peak_mb < most_mb else 'MISSED'}: under {most_mb:,.0f} MB")
    return "; ".join(verdicts)


def one_size(size: int) -> None:
    """Time reconcile on one size and print a line (run in a child process)."""
    from figures_lib.reconcile import reconcile

    claims = generated_claims(size)
    started, started_cpu = time.perf_counter(), time.process_time()
    result = reconcile(claims)
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - started_cpu
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # CPU time too: on a shared machine the wall time also counts other processes' turns.
    print(
        f"{size:>9,} claims: {seconds:7.1f} s ({cpu_seconds:.1f} s CPU), "
        f"{size / seconds:9,.0f} claims/s, "
        f"{len(result.checks):>9,} checks ({len(result.checks) / size:.2f} per claim), "
        f"{len(result.events):>8,} events, peak memory {peak_mb:,.0f} MB; "
        f"{against_targets(size, seconds, peak_mb)}",
        flush=True,
    )


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--sizes", default="10000,100000,1000000")
    arguments.add_argument("--one", type=int, help=argparse.SUPPRESS)
    options = arguments.parse_args()
    if options.one:
        one_size(options.one)
        return
    print(
        "reconcile (targets: 1e5 under 30 s, 1e6 under 300 s, checks a few per claim, 1e6 "
        "under 4,096 MB)"
    )
    for size in (int(s) for s in options.sizes.split(",")):
        subprocess.run([sys.executable, __file__, "--one", str(size)], check=True)


if __name__ == "__main__":
    main()
