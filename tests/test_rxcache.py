"""The cache of compiled patterns: a pattern read back is the one re.compile makes."""

from __future__ import annotations

import importlib
import os
import pkgutil
import re
from pathlib import Path

import pytest

import newsextract
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
    monkeypatch.setattr(rxcache, "_missed", {})
    monkeypatch.setattr(rxcache, "_keeping", False)
    monkeypatch.setattr(rxcache, "_building", False)
    rxcache.keep_new()  # (as the command line does)
    return tmp_path


def _new_process() -> None:
    """The module's state as a new process of the command line has it."""
    rxcache._table, rxcache._used, rxcache._missed = None, {}, {}


def test_patterns_read_back_are_the_compiled_ones(cache: Path) -> None:
    for pattern, flags in PATTERNS:
        assert rxcache.rx(pattern, flags) == re.compile(pattern, flags)
    rxcache.save()
    path = rxcache.cache_file()
    assert path is not None and path.parent.parent == cache and path.is_file()
    _new_process()
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
    _new_process()
    assert rxcache.rx("a+b", 0).match("aab")


def test_off_when_asked(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSEXTRACT_NO_PATTERN_CACHE", "1")
    assert rxcache.rx("x", 0).match("x")
    rxcache.save()
    assert rxcache.cache_file() is None and not any(cache.iterdir())


def test_the_library_alone_only_reads(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rxcache, "_keeping", False)
    rxcache.rx("y+", 0)
    rxcache.save()
    assert not any(cache.iterdir())


def test_a_save_keeps_what_another_process_added(cache: Path) -> None:
    rxcache.rx("first", 0)
    rxcache.save()
    table = rxcache._table
    _new_process()
    rxcache._table = {}  # (a process that read the file before the first one wrote it)
    rxcache.rx("second", 0)
    rxcache.save()
    _new_process()
    rxcache.rx("first", 0)
    assert table is not None and ("first", 0) in rxcache._table and ("second", 0) in rxcache._table


def test_no_cache_under_the_current_folder(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", "relative")
    assert rxcache.cache_file() is None


def test_a_saving_process_compiles_as_re_compile_does(cache: Path) -> None:
    """Every pattern the package's modules hold, built as a process of the command line
    builds what the cache lacks, is the pattern re.compile made."""
    assert rxcache._building
    seen = 0
    for info in pkgutil.walk_packages(newsextract.__path__, "newsextract."):
        if info.name.endswith("__main__"):
            continue  # (it runs the command line)
        try:
            module = importlib.import_module(info.name)
        except ImportError:  # (an extra's module: dask, warcio)
            continue
        for value in vars(module).values():
            if isinstance(value, re.Pattern):
                assert rxcache.rx(value.pattern, value.flags) == value
                seen += 1
    assert seen > 100 and len(rxcache._missed) == len(set(rxcache._missed))
    assert all(entry is not None for entry in rxcache._missed.values())


def test_a_damaged_file_is_not_used(cache: Path) -> None:
    """One byte changed anywhere in the entries (here: in a code, where the engine's own check
    may let it through and crash) and the whole file is left alone."""
    rxcache.rx(r"\s+x", 0)
    rxcache.save()
    path = rxcache.cache_file()
    assert path is not None
    data = bytearray(path.read_bytes())
    data[-20] ^= 4
    path.write_bytes(bytes(data))
    _new_process()
    assert rxcache.rx(r"\s+x", 0).match("  x")
    assert rxcache._table == {}  # (nothing read from it: compiled as usual)


def test_only_a_plain_file_is_read(cache: Path) -> None:
    path = rxcache.cache_file()
    assert path is not None
    path.parent.mkdir(parents=True)
    os.mkfifo(path)  # (reading a pipe would wait for ever)
    _new_process()
    assert rxcache.rx("z+", 0).match("zz") and rxcache._table == {}


_PATTERN_TEXTS = """
import hashlib, pathlib, sys
import newsextract
from newsextract import rxcache
for p in sorted(pathlib.Path(sys.argv[1]).iterdir()):
    if p.suffix in (".html", ".txt"):
        newsextract.extract(p.read_bytes())
for key in sorted(rxcache._used, key=repr):
    print(hashlib.sha256(repr(key).encode()).hexdigest())
"""


def test_patterns_read_the_same_in_every_process() -> None:
    # a pattern built from a set in the set's order differs with each process's hash seed:
    # the cache then misses it in every run and the file grows by one copy a run
    import subprocess
    import sys

    gate = Path(__file__).resolve().parent.parent / "fixtures" / "gate"
    runs = []
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed, NEWSEXTRACT_NO_PATTERN_CACHE="1")
        out = subprocess.run([sys.executable, "-c", _PATTERN_TEXTS, str(gate)], env=env,
                             capture_output=True, text=True, check=True).stdout
        runs.append(set(out.split()))
    assert runs[0] and runs[0] == runs[1]
