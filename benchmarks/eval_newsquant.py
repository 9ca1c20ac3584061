#!/usr/bin/env python3
"""Score figures_lib.numbers.find on the NewsQuant development half, changes included.

Run from anywhere with the project's Python (``make eval``):
    .venv/bin/python benchmarks/eval_newsquant.py [-v]

The benchmark lives outside the project, in ``../shared/benchmarks/newsquant/`` next to the
project folder; its ``score.py`` holds the sentences and the scoring helpers. This script loads
that file and scores exactly as it does (same matching, same precision, recall and F1), except
for the bound type of a mention: ``score.py`` can only derive it from ``mention.qualifier``
(its CHANGE table), which has no way to say "up" or "down", although 59 of the 461 gold
quantities are changes. Here the bound type is :func:`bound_type`: the qualifier's for a bound
or an approximation, else ``mention.change`` when the extractor set it, else CHANGE[qualifier];
and a vague word ("hundreds", the interval 100-1000) is "=", as the gold labels every one.
And a change from one level to another ("fell from 208 to 193"), which the paper writes as
the pair of its ends (208-193), is one mention for us, the level reached with the start as
its ``previous``: it is scored as that pair. The unmodified
``score.py`` summary is printed after ours, so both figures stay visible. ``-v`` lists every
miss, wrong change and spurious mention, as ``score.py -v`` does.

When ``../shared`` is absent (a clone on its own), the script says so on one line and exits 0.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SCORER = PROJECT_ROOT.parent / "shared" / "benchmarks" / "newsquant" / "score.py"


def load_scorer(path: Path = SCORER):
    """The benchmark's ``score.py`` as a module (its data and helpers), without running it."""
    spec = importlib.util.spec_from_file_location("newsquant_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def bound_type(mention, change_table: dict) -> str:
    """The mention's bound type, as the paper annotates one label for both: a bound or an
    approximation first ("up about 19 per cent" is "~", "climbed more than 3%" ">"), then a
    change ("up"/"down"), except a change written as the pair of its ends, which the pair
    already states ("fell from 208 to 193" is "="), else the qualifier's ("=").

    A vague word is "=" unless it is a change: the paper writes "hundreds" as the interval
    100-1000, exact as a range is, where ``score.py``'s table says "~" (the six vague words
    its gold holds are all "=").
    """
    if mention.qualifier == "vague":
        return getattr(mention, "change", "") or "="
    by_qualifier = change_table.get(mention.qualifier, "=")
    if by_qualifier in ("~", ">", "<"):
        return by_qualifier
    if getattr(mention, "previous", None) is not None:
        return by_qualifier
    return getattr(mention, "change", "") or by_qualifier


def mention_value(scorer, mention):
    """The scorer's value of a mention; a change from one figure to another is the pair."""
    value = scorer.mention_value(mention)
    if mention.previous is None:
        return value
    start = scorer.mention_value(mention.previous)
    if isinstance(start, tuple) or isinstance(value, tuple):
        return value  # "from 24.2 to 33-35 billion": no pair of two figures
    return (start, value)


def score(scorer, find, verbose: bool = False, out=sys.stdout) -> str:
    """Score ``find`` on the scorer's sentences; returns the one-line summary.

    The loop is score.py's ``main`` with :func:`bound_type` in place of its CHANGE lookup and
    :func:`mention_value` in place of its own.
    """
    found = found_with_change = gold_total = predicted_total = 0
    for sentence in scorer.SENTENCES:
        text = sentence["text"]
        mentions = [
            (mention_value(scorer, m), bound_type(m, scorer.CHANGE), m.text) for m in find(text)
        ]
        gold_total += len(sentence["quantities"])
        predicted_total += len(mentions)
        for quantity in sentence["quantities"]:
            value = scorer.gold_value(quantity)
            match = next((m for m in mentions if scorer.same(value, m[0])), None)
            if match is None:
                if verbose:
                    print(f"MISS     {value} {quantity['change']:>4} | {text}", file=out)
                continue
            mentions.remove(match)
            found += 1
            if match[1] == quantity["change"]:
                found_with_change += 1
            elif verbose:
                got = f"got {match[1]} ({match[2]!r})"
                print(f"CHANGE   {value} gold {quantity['change']} {got} | {text}", file=out)
        if verbose:
            for value, _, written in mentions:
                print(f"SPURIOUS {value} ({written!r}) | {text}", file=out)

    def scores(hits: int) -> str:
        precision, recall = hits / max(predicted_total, 1), hits / max(gold_total, 1)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return f"P {100 * precision:.1f} R {100 * recall:.1f} F1 {100 * f1:.1f}"

    return (
        f"NewsQuant dev ({len(scorer.SENTENCES)} sentences, {gold_total} quantities, "
        f"{predicted_total} found): value {scores(found)} "
        f"| value+change {scores(found_with_change)}"
    )


def main(argv: list[str] | None = None) -> int:
    """Print our summary (and with ``-v`` the listing), then the unmodified score.py's."""
    argv = sys.argv[1:] if argv is None else argv
    if not SCORER.is_file():
        print("skipped: NewsQuant scorer not found at ../shared/benchmarks/newsquant/score.py")
        return 0
    from figures_lib import numbers

    scorer = load_scorer()
    print(score(scorer, numbers.find, verbose="-v" in argv))
    unmodified = io.StringIO()
    with contextlib.redirect_stdout(unmodified):
        scorer.main(False)
    print("unmodified score.py (bound type from the qualifier only):")
    print(unmodified.getvalue().strip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
