"""Fuzzing: generated inputs through ``numbers.find``, ``extract_claims`` and ``load_corpus``.

``make fuzz`` runs it on 100,000 inputs and prints one summary line, "N inputs, C crashes, S
slow", after the first few cases of each (a crash is any exception but ``FiguresInputError``,
the clean refusal of an unreadable input; slow is more than 1 s of processor time per 100 KB,
or 0.1 s for inputs under 10 KB, in a first run and in a second one). It exits 1 when anything
crashed or was slow.

Inputs come from two sources: a random generator mixing the suite's vocabulary (figures in
several scripts, counted nouns, "said", dates and windows, web addresses, punctuation, lone
surrogates), and, when hypothesis is installed, its ``text()`` and ``from_regex`` strategies
for a tenth of them. One input in fifty is also written to a small file (a text file, or a
JSON Lines corpus) and loaded with ``load_corpus``.

    python benchmarks/fuzz.py [--count 100000] [--seed 0]
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import sys
import tempfile
import time
import traceback
import warnings
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from figures_lib.claims import extract_claims
from figures_lib.corpus import load_corpus
from figures_lib.errors import FiguresInputError
from figures_lib.numbers import find

FIGURES = [
    "64", "1,000", "1,000,000", "214,000", "12 500", "0.5", ".5", "-3", "+0.2%", "3/4", "½",
    "٣٥", "४५", "๓๐", "１２", "৭", "\U0001e4f5\U0001e4f3", "9999", "1500", "2015", "24/7",
    "two hundred", "a dozen", "dozens", "1.5 million", "hundreds", "sixty-four", "one",
    "$5 billion", "5m", "3-4", "10 to 12", "between 5,000 and 7,000", "1e6",
]  # fmt: skip
BOUNDS = ["more than", "at least", "about", "nearly", "up to", "over", "fewer than", "some"]
NOUNS = [
    "sorties", "airstrikes", "air strikes", "people", "civilians", "children", "targets",
    "fighters", "militants", "soldiers", "tonnes", "metric tons of aid", "jets", "aircraft",
    "missions", "facilities", "others", "rebels", "lives",
]  # fmt: skip
VERBS = ["killed", "were killed", "wounded", "injured", "died", "fled", "flew", "hit",
         "destroyed", "carried out", "captured", "rose to", "increased by"]  # fmt: skip
SAID = [
    "said", "the ministry said", "He said", "she said", "they said", "according to",
    "told Reuters on Monday", "the Observatory said", "Major General Igor Konashenkov said",
    "activists say", "the group said", "it said", "a source said", "put the toll at",
]  # fmt: skip
WHEN = [
    "Sept. 30", "since Sept. 30", "since March 2011", "over the past 24 hours",
    "in the last 339 years", "in the last 9999 months", "on Saturday", "yesterday", "in May",
    "in May 1066", "last month", "this year", "since the start of the operation", "so far",
    "from Friday March 27 2015 to Friday April 10 2015", "Sunday through Wednesday",
    "a day", "daily", "since the conflict began", "30 September 9999",
]  # fmt: skip
NOISE = [
    ".", ",", ";", ":", "!", "?", "\n", "\n\n", '"', "'", "(", ")", "-", "\u2013", "\u2014",
    "www.", "@", "http://x.org/", "/", "\t", "\u00a0", "\u202f", "\ud800", "\udfff",
    "\x00", "\ufeff", "é", "ß", "İ", "\u0301", "\U0001f600", " ", " ", " ", "...",
]  # fmt: skip
WORDS = ["the", "and", "in", "of", "Aleppo", "Homs", "Idlib province", "Syria", "Russian",
         "that", "which", "a war that has killed", "including", "and another"]  # fmt: skip
PUBLISHED = [None, None, "2015-10-10", "2016-03-14", "1900-01-01", "2100-12-31",
             "2262-04-11", "1677-09-22", "2500-01-01", "1500-06-01", "not a date", ""]  # fmt: skip
POOLS = [FIGURES, FIGURES, BOUNDS, NOUNS, NOUNS, VERBS, SAID, WHEN, NOISE, NOISE, WORDS]


def random_text(rng: random.Random) -> str:
    """One input mixing the vocabulary: mostly short, sometimes a long run of one piece."""
    pieces = []
    for _ in range(rng.choice((1, 3, 8, 20, 60))):
        piece = rng.choice(rng.choice(POOLS))
        if rng.random() < 0.02:
            piece *= rng.choice((50, 500, 3000))  # a long run: "@@@@...", "more than more than"
        pieces.append(piece)
        pieces.append(rng.choice(("", " ", " ", " ", ", ", ". ", "\n")))
    return "".join(pieces)


def hypothesis_texts(count: int, seed: int) -> list[str]:
    """``count`` texts from hypothesis strategies (none when hypothesis is not installed)."""
    try:
        from hypothesis import HealthCheck, given, settings
        from hypothesis import seed as hypothesis_seed
        from hypothesis import strategies as st
    except ImportError:
        return []
    shaped = st.from_regex(
        r"(?:(?:more than |at least |about )?[0-9٠-٩,. ]{1,12} (?:sorties|people|civilians)"
        r"(?: were killed)?(?:,| said| over the past [0-9]{1,4} (?:hours|days|years))"
        r"[ .\n]{0,3})+",
        fullmatch=True,
    )
    strategy = st.one_of(st.text(max_size=300), shaped, st.text(alphabet="0123456789,. @w\n"))
    found: list[str] = []

    @hypothesis_seed(seed)
    @settings(max_examples=count, database=None, deadline=None,
              suppress_health_check=list(HealthCheck))  # fmt: skip
    @given(strategy)
    def collect(text: str) -> None:
        found.append(text)

    collect()
    return found[:count]


@dataclass
class Report:
    inputs: int = 0
    crashes: list = field(default_factory=list)
    slow: list = field(default_factory=list)
    worst: float = 0.0  # the largest time over its limit (1.0: right at it)

    def line(self) -> str:
        return f"{self.inputs} inputs, {len(self.crashes)} crashes, {len(self.slow)} slow"


def _limit(characters: int) -> float:
    """Seconds allowed: 1 s per 100 KB, never under 0.1 s (a call's own fixed cost)."""
    return max(characters, 10_000) / 100_000


def _timed(call) -> tuple[float, Exception | None]:
    """Processor seconds of ``call()`` with the cycle collector off, and what it raised.

    Processor time, not wall time: other processes on a shared machine do not make a case
    slow. The cycle collector is off, as in the linear-time test: its full passes cost in
    proportion to everything alive (the run's own report included), and one landing in a case
    once made a 0.05 s input take 2.9 s.
    """
    gc.disable()
    started = time.process_time()
    raised = None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            call()
    except FiguresInputError:
        pass  # a clean refusal of an unreadable input, not a crash
    except Exception as error:  # noqa: BLE001 - every other exception is a finding
        raised = error
    seconds = time.process_time() - started
    gc.enable()
    return seconds, raised


def _check(report: Report, what: str, call, text: str, size: int, *, again: bool = True) -> None:
    seconds, raised = _timed(call)
    if raised is not None:
        report.crashes.append((what, f"{type(raised).__name__}: {raised}", text,
                               "".join(traceback.format_exception(raised, limit=-3))))  # fmt: skip
    if again and seconds > _limit(size):
        # An input's own cost is the same every time; a cache, an allocator or another process
        # only adds to it. A case over the limit is timed once more and is slow only if that
        # run is over too, as the linear-time test repeats a large run.
        seconds = min(seconds, _timed(call)[0])
    report.worst = max(report.worst, seconds / _limit(size))
    if seconds > _limit(size):
        report.slow.append((what, f"{seconds:.2f} s for {size} characters", text, ""))


def _load_file(folder: Path, number: int, text: str, rng: random.Random) -> None:
    """Write ``text`` as a text file or a JSON Lines corpus and load it."""
    if rng.random() < 0.5:
        path = folder / f"article-{number}.txt"
        path.write_bytes(text.encode("utf-8", "surrogatepass"))  # lone surrogates: bad bytes
    else:
        path = folder / f"corpus-{number}.jsonl"
        record = {"id": f"a{number}", "date": rng.choice(PUBLISHED), "text": text}
        path.write_text(json.dumps(record) + "\n", encoding="ascii")  # \ud800 escapes survive
    try:
        load_corpus(path)
    finally:
        path.unlink()


WARM_UP = 300  # untimed inputs before the timed ones


def run(count: int, seed: int = 0) -> Report:
    """Run ``count`` generated inputs through the extraction entries; see the module doc."""
    rng = random.Random(seed)
    from_hypothesis = hypothesis_texts(count // 10, seed)
    report = Report()
    # Patterns are compiled on first use, some only when a rare shape first needs them: a few
    # hundred inputs of another seed run untimed first, so that a slow case is the input's own
    # cost, not a one-time compilation it happened to trigger.
    warm = random.Random(seed + 1)
    for _ in range(WARM_UP):
        text = random_text(warm)
        published = warm.choice(PUBLISHED) or None
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                find(text)
                extract_claims(text, published=published, doc_id="w")
            except Exception:  # noqa: BLE001 - the timed inputs report crashes, not the warm-up
                pass
    with tempfile.TemporaryDirectory(prefix="figures-fuzz-") as folder:
        for number in range(count):
            text = from_hypothesis[number // 10] if number % 10 == 9 and number // 10 < len(
                from_hypothesis
            ) else random_text(rng)  # fmt: skip
            published = rng.choice(PUBLISHED)
            report.inputs += 1
            extract = partial(extract_claims, text, published=published or None, doc_id="f")
            _check(report, "numbers.find", partial(find, text), text, len(text))
            _check(report, "extract_claims", extract, text, len(text))
            if number % 50 == 0:
                load = partial(_load_file, Path(folder), number, text, rng)
                _check(report, "load_corpus", load, text, len(text), again=False)
    return report


def main(argv: list[str] | None = None) -> int:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--count", type=int, default=100_000, help="inputs to generate")
    arguments.add_argument("--seed", type=int, default=0, help="seed of both generators")
    options = arguments.parse_args(argv)
    started = time.perf_counter()
    report = run(options.count, options.seed)
    for title, cases in (("crash", report.crashes), ("slow", report.slow)):
        for what, message, text, where in cases[:10]:
            print(f"{title} in {what}: {message}\n  input: {text[:300]!r}")
            if where:
                print(where)
    print(f"{report.line()} ({time.perf_counter() - started:.0f} s, seed {options.seed})")
    return 1 if report.crashes or report.slow else 0


if __name__ == "__main__":
    sys.exit(main())
