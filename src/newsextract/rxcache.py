"""Compiled patterns kept between runs, as Python keeps compiled modules in __pycache__.

Python's regular expression compiler is written in Python: the 300 or so patterns a batch of
pages needs (alternations of every language's labels, cue verbs and months) took a tenth of a
181-page run and a quarter of a 60-page one to compile, at every start. `rx()` compiles a
pattern as `re.compile` does; the command line (keep_new) has `save()` add what its processes
compiled to a file of the user's cache folder, and later processes (the library's too) build
those patterns from the engine's code read back, which costs a fortieth of compiling them.

The cache never changes an answer: an entry is the code `re.compile` made for that pattern and
those flags (checked equal to it when saved), in a file named for the Python build, the engine's
version and the Unicode data that made it. The engine's own check of code it is handed is not
complete (a damaged byte may crash the process), so the file carries a checksum of its entries
and is used only when the checksum holds, when it is a plain file of a sane size and when
Python is CPython. (CRC-32: any damaged run of up to four bytes changes it, and other damage
all but always; read at every start, it took a fifth of a SHA-256's time, and needs no
OpenSSL, 2 ms to import. Like any unkeyed digest it guards against damage, not against a
writer who means harm, who could write the checksum too.) A file that cannot be read, or an
entry the engine refuses, is compiled as usual. NEWSEXTRACT_NO_PATTERN_CACHE=1 turns the cache
off; the folder is $XDG_CACHE_HOME/newsextract (~/.cache/newsextract).
"""

from __future__ import annotations

import marshal
import os
import stat
import re
import sys
import unicodedata
import zlib
from array import array
from pathlib import Path
from typing import Any, AnyStr, Dict, Optional, Pattern, Tuple

try:  # (the compiler's own modules, named so since Python 3.11: no cache before it)
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    _sre = None

_Key = Tuple[Any, int]
# (the flags with the pattern's own, the code as bytes, the groups, the group index, the index's
# names): the code is kept as the bytes of an array of the engine's code units, made a list only
# for a pattern that is asked for (a list of ints read for each of 300 patterns took 8 ms)
_Entry = Tuple[int, bytes, int, dict, tuple]

_FORMAT = 4  # the layout of the file's entries
_MAGIC = b"newsextract patterns\n"  # the file's first bytes, then the checksum, then the entries
_DIGEST = 4  # the bytes of the entries' checksum (CRC-32, big-endian)
_LARGEST = 16 << 20  # a larger file is no cache of ours (~1.3 MB with every pattern)
_CODE = "I"  # the array type of the engine's code units
_UNIT = array(_CODE).itemsize
_table: Optional[Dict[_Key, _Entry]] = None  # the entries read from the file
_used: Dict[_Key, None] = {}  # the patterns this process asked for, in order
_missed: Dict[_Key, Optional[_Entry]] = {}  # those it compiled, not yet in the file (their entries)
_keeping = False  # save() writes (the command line's processes)
_building = False  # rx() compiles by _build (those processes, when _build makes re.compile's)
# more entries than this in a file: the next save keeps only those its process used
_MOST_ENTRIES = 3000


def longest_first(word: str) -> Tuple[int, str]:
    """A sort key for a pattern's alternatives: the longer first, and words of one length in
    alphabetical order, so that a pattern built from a set reads the same in every process (a
    set's order changes with each process's hash seed, and the cache finds a pattern by its text)."""
    return -len(word), word


def cache_file() -> Optional[Path]:
    """The cache's file for this Python, or None when the cache is off."""
    if _sre is None or os.environ.get("NEWSEXTRACT_NO_PATTERN_CACHE") or _UNIT != _sre.CODESIZE \
            or sys.implementation.name != "cpython":
        return None  # (another Python's engine may check its code less still)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    if not os.path.isabs(base):
        return None  # (no home folder: not a folder under the current one)
    build = f"{_FORMAT}|{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{unicodedata.unidata_version}"
    tag = f"{sys.implementation.cache_tag}-{zlib.crc32(build.encode()):08x}"
    return Path(base) / "newsextract" / f"patterns-{tag}.marshal"


def _load() -> Dict[_Key, _Entry]:
    """The file's entries ({} when there is none or it cannot be read)."""
    path = cache_file()
    if path is None:
        return {}
    try:
        # (opened without waiting: a pipe put there would wait for a writer)
        with open(os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)), "rb") as f:
            st = os.fstat(f.fileno())
            if not stat.S_ISREG(st.st_mode) or st.st_size > _LARGEST:
                return {}  # (a pipe, a device, a folder: never read)
            data = f.read(_LARGEST + 1)
        head, digest = len(_MAGIC), data[len(_MAGIC):len(_MAGIC) + _DIGEST]
        body = data[head + _DIGEST:]
        if not data.startswith(_MAGIC) or _checksum(body) != digest:
            return {}  # (damaged or not ours: a damaged entry could crash the engine)
        rows = marshal.loads(body)
        return {(row[0], row[1]): row[2:] for row in rows}
    except Exception:  # noqa: BLE001 - a file that cannot be read is no cache
        return {}


def _checksum(body: bytes) -> bytes:
    """The entries' checksum as the file holds it."""
    return zlib.crc32(body).to_bytes(_DIGEST, "big")


def rx(pattern: AnyStr, flags: int = 0) -> Pattern[AnyStr]:
    """re.compile(pattern, flags), built from the cache's code where it has the pattern."""
    global _table
    if _table is None:
        _table = _load()
    key = (pattern, int(flags))
    _used[key] = None
    entry = _table.get(key)
    if entry is not None:
        try:
            flags_all, code, groups, groupindex, indexgroup = entry
            return _sre.compile(pattern, flags_all, array(_CODE, code).tolist(),  # type: ignore[no-any-return]
                                groups, groupindex, indexgroup)
        except Exception:  # noqa: BLE001 - an entry the engine refuses is compiled anew
            del _table[key]
    if _building:
        # (a process that saves compiles the pattern as re.compile does, keeping its code: a
        # pattern is compiled once, not once more for the file)
        built = _build(pattern, key[1])
        if built is not None:
            _missed[key] = built[1]
            return built[0]  # type: ignore[no-any-return]
    _missed[key] = None
    return re.compile(pattern, flags)


def _build(pattern: Any, flags: int) -> Optional[Tuple[Any, _Entry]]:
    """The pattern compiled by re.compile's own steps (re._compiler.compile's), and its entry;
    None if it cannot be compiled so (re.compile then says why)."""
    try:
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        entry = (flags | parsed.state.flags, array(_CODE, code).tobytes(), parsed.state.groups - 1,
                 groupindex, tuple(indexgroup))
        return _sre.compile(pattern, entry[0], code, entry[2], entry[3], entry[4]), entry
    except Exception:  # noqa: BLE001 - a pattern that cannot be kept is compiled each time
        return None


def _entry(pattern: Any, flags: int) -> Optional[_Entry]:
    """The entry of a pattern re.compile compiled, None if _build does not make the same."""
    built = _build(pattern, flags)
    return built[1] if built is not None and built[0] == re.compile(pattern, flags) else None


# a pattern of groups, classes, repeats and flags that _build must compile as re.compile does
# before a process builds its patterns so (a Python whose compiler takes other steps does not)
_CHECK = (r"(?P<word>[A-Za-zÀ-ÿ\u3040-\u30ff]+)\s*(?:ab|cd)?\b(?i:x)[^\W\d_]{2,}?$", int(re.I | re.M))


def keep_new() -> None:
    """Have save() write: the command line asks it, for its process and the workers it forks
    (the library alone only reads the cache)."""
    global _keeping, _building
    _keeping = True
    _building = _sre is not None and _entry(*_CHECK) is not None

def save() -> None:
    """Add to the cache's file the patterns this process compiled that it lacked, when the
    command line asked for it (keep_new): the batch runner's workers call it after each page,
    which costs nothing once their patterns are all in the file. The file is read again
    first, so that what another process added since is kept; a file that cannot be written
    is let be."""
    if not _keeping or not _missed:
        return
    path = cache_file()
    if path is None or _table is None:
        return
    table = _load()
    table.update(_table)
    if len(table) + len(_missed) > _MOST_ENTRIES:  # (patterns of older versions: dropped)
        table = {key: table[key] for key in _used if key in table}
    for key, entry in _missed.items():
        entry = entry or _entry(*key)  # (a pattern compiled before keep_new: checked here)
        if entry is not None:
            table[key] = entry
    _missed.clear()
    _table.update(table)
    rows = [(pattern, flags, *entry) for (pattern, flags), entry in table.items()]
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        body = marshal.dumps(rows)
        tmp.write_bytes(_MAGIC + _checksum(body) + body)
        os.replace(tmp, path)  # (whole or not at all: another process may be reading it)
    except (OSError, ValueError):
        try:
            tmp.unlink()
        except OSError:
            pass
