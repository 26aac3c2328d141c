"""Shared test helpers: paths to the repo's fixtures and to ../shared when it is there."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# tests neither read nor write the user's cache of compiled patterns (test_rxcache uses its own)
os.environ["NEWSEXTRACT_NO_PATTERN_CACHE"] = "1"

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEED = ROOT / "seeds" / "000_103e626a5a1d57e5.txt"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def shared() -> Path:
    """The read-only ../shared folder; tests that need it are skipped where it is absent."""
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared is not available")
    return SHARED
