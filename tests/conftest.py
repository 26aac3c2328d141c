"""Shared test helpers: paths to the repo's fixtures and to ../shared when it is there."""

from __future__ import annotations

from pathlib import Path

import pytest

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
