"""Shared test helpers: paths to the repo's fixtures and to ../shared when it is there."""

from __future__ import annotations

import importlib.util
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

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


@lru_cache(maxsize=None)
def bench_dumps() -> Any:
    """bench/dumps.py, loaded once: its DUMPERS render a page's HTML in each dump style."""
    spec = importlib.util.spec_from_file_location("bench_dumps", ROOT / "bench" / "dumps.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def dump_as(html: str, style: str) -> str:
    """The page as HTML ("html") or as the dump of `style`; the test is skipped where the
    style's program or module (w3m, lynx, a bench extra) is not installed."""
    if style == "html":
        return html
    try:
        return str(bench_dumps().DUMPERS[style](html))
    except (FileNotFoundError, OSError, ImportError):
        pytest.skip(f"the {style} dumper's program or module is not installed")
