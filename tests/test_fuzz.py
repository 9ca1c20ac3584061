"""A short run of ``make fuzz`` (benchmarks/fuzz.py): generated inputs never crash extraction.

The full run (100,000 inputs) is ``make fuzz``; this one takes 1,000 with a fixed seed. Slow
cases are judged loosely here (ten times the fuzzer's limit of 1 s per 100 KB), as the test
suite may share the machine with other work; the fuzzer itself holds the strict limit.
"""

from __future__ import annotations

import importlib.util
import random
import sys

from figures_lib.paths import PROJ_ROOT


def _fuzz_module():
    if "figures_fuzz" not in sys.modules:
        path = PROJ_ROOT / "benchmarks" / "fuzz.py"
        spec = importlib.util.spec_from_file_location("figures_fuzz", path)
        module = importlib.util.module_from_spec(spec)
        sys.modules["figures_fuzz"] = module  # dataclasses look their module up there
        spec.loader.exec_module(module)
    return sys.modules["figures_fuzz"]


def test_generated_inputs_never_crash_extraction():
    report = _fuzz_module().run(1_000, seed=7)
    assert report.inputs == 1_000
    assert report.crashes == [], report.crashes[:3]
    assert report.worst < 10, report.slow[:3]


def test_the_generator_mixes_the_hard_pieces():
    fuzz = _fuzz_module()
    rng = random.Random(3)
    texts = "".join(fuzz.random_text(rng) for _ in range(500))
    for piece in ("\ud800", "٣٥", "said", "sorties", "www.", "\n"):
        assert piece in texts
