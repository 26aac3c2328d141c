"""The cache of compiled patterns: a pattern read back is the one re.compile makes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsextract import rxcache

PATTERNS = [
    (r"^(?P<label>by|oleh|von)\s*(?P<colon>[:：])?\s*(?P<rest>.*)$", re.I),
    ("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]", 0),
    (r"(?<![\w'’\-])([A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){1,3}), (?:a|an|the)\s", 0),
    (rb"\x00+", 0),
]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache in a folder of the test's own, the module's state as at a start."""
    monkeypatch.delenv("NEWSEXTRACT_NO_PATTERN_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(rxcache, "_table", None)
    monkeypatch.setattr(rxcache, "_used", {})
    return tmp_path


def test_patterns_read_back_are_the_compiled_ones(cache: Path) -> None:
    for pattern, flags in PATTERNS:
        assert rxcache.rx(pattern, flags) == re.compile(pattern, flags)
    rxcache.save()
    path = rxcache.cache_file()
    assert path is not None and path.parent.parent == cache and path.is_file()
    rxcache._table, rxcache._used = None, {}  # (a new process)
    for pattern, flags in PATTERNS:
        got = rxcache.rx(pattern, flags)
        assert (pattern, flags) in rxcache._table  # (read back, not compiled)
        assert got == re.compile(pattern, flags) and got.groupindex == re.compile(pattern, flags).groupindex
    m = rxcache.rx(PATTERNS[0][0], PATTERNS[0][1]).match("Oleh: Budi Santoso")
    assert m and m.group("label") == "Oleh" and m.group("rest") == "Budi Santoso"


def test_a_broken_file_is_compiled_as_usual(cache: Path) -> None:
    rxcache.rx("a+b", 0)
    rxcache.save()
    path = rxcache.cache_file()
    assert path is not None
    path.write_bytes(b"not a cache")
    rxcache._table, rxcache._used = None, {}
    assert rxcache.rx("a+b", 0).match("aab")


def test_off_when_asked(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSEXTRACT_NO_PATTERN_CACHE", "1")
    assert rxcache.rx("x", 0).match("x")
    rxcache.save()
    assert rxcache.cache_file() is None and not any(cache.iterdir())
