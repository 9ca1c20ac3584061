"""Shared fixtures: the bundled corpus and its claims, loaded once per session."""

from __future__ import annotations

import pytest

import figures_lib


@pytest.fixture(scope="session")
def seed_corpus():
    return figures_lib.load_corpus()


@pytest.fixture(scope="session")
def seed_claims(seed_corpus):
    return figures_lib.extract_corpus(seed_corpus)
