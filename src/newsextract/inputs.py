"""Inputs: what the command line names (files, folders, globs, lists, stdin) turned into a list.

A folder walk takes what looks like a page or a text dump and skips the rest (a site mirror
holds stylesheets, scripts and images beside its pages); a file named one by one is always
read. `-g/--glob` patterns steer walks the way ripgrep's do.
"""

from __future__ import annotations

import glob
import gzip
import io
import os
import re
import sys
import zlib
from dataclasses import dataclass
from typing import IO, Iterable, Iterator, List, Optional, Sequence, Tuple

from newsextract import warc
from newsextract.decode import sniff_binary
from newsextract.errors import NewsExtractError, TooLargeError

# What one .gz input may unpack to before it is refused (a decompression bomb stops here).
MAX_UNPACKED = 64 * 1024 * 1024

# Extensions a walk takes without looking inside (also under .gz).
PAGE_EXTENSIONS = frozenset({".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx", ".txt",
                             ".md"})
# Files a site mirror holds that carry a page-like extension but are no page.
NOT_PAGES = frozenset({"robots.txt", "humans.txt", "ads.txt", "app-ads.txt", "security.txt",
                       "llms.txt"})
_HIDDEN_FILES = frozenset({"Thumbs.db", "desktop.ini"})
_HEAD = 1024


@dataclass(frozen=True)
class Input:
    """One thing to extract: a path, stdin, or an in-memory payload (a WARC record)."""

    source: str
    path: Optional[str] = None
    data: Optional[bytes] = None
    url: Optional[str] = None
    error: Optional[Tuple[str, str]] = None
    offset: Optional[int] = None  # a record inside an archive at `path`


@dataclass(frozen=True)
class Skipped:
    """A file or folder a walk passed over, and why (named with --verbose)."""

    path: str
    reason: str


class GlobFilter:
    """ripgrep's -g/--glob: patterns matched against paths inside the walked folder.

    A pattern without a slash matches a name at any depth, one with a slash the path from
    the walked folder; `**` crosses folders. `!PATTERN` excludes (a folder too: it is not
    entered). When several match, the last one given wins. When any pattern includes, a
    file must match one to be taken, and a match takes it whatever its type.
    """

    def __init__(self, patterns: Sequence[str] = ()) -> None:
        self.rules: List[Tuple[re.Pattern[str], bool, bool]] = []
        for pattern in patterns:
            include = not pattern.startswith("!")
            body = pattern if include else pattern[1:]
            dir_only = body.endswith("/")
            self.rules.append((_glob_regex(body.rstrip("/")), include, dir_only))
        self.has_includes = any(include for _, include, _ in self.rules)

    def decide(self, relpath: str, is_dir: bool = False) -> Optional[bool]:
        """True (take), False (leave out), or None when no pattern speaks of `relpath`."""
        verdict = None
        for regex, include, dir_only in self.rules:
            if dir_only and not is_dir:
                continue
            if is_dir and include:
                continue  # include patterns choose files; folders are always entered
            if regex.fullmatch(relpath):
                verdict = include
        return verdict


def _glob_regex(pattern: str) -> re.Pattern[str]:
    """A glob as a regular expression over "/"-separated relative paths."""
    anchored = "/" in pattern
    pattern = pattern[2:] if pattern.startswith("./") else pattern.lstrip("/")
    out = [] if anchored else ["(?:.*/)?"]
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
            continue
        if pattern.startswith("**", i):
            out.append(".*")
            i += 2
            continue
        if c == "*":
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[":
            end = pattern.find("]", i + 2)
            if end < 0:
                out.append(re.escape(c))
            else:
                cls = pattern[i + 1:end]
                if cls.startswith("!"):
                    cls = "^" + cls[1:]
                out.append("[" + cls.replace("\\", "\\\\") + "]")
                i = end
        elif c == "\\" and i + 1 < len(pattern):
            i += 1
            out.append(re.escape(pattern[i]))
        else:
            out.append(re.escape(c))
        i += 1
    return re.compile("".join(out), re.S)


def expand(args: Iterable[str], from_file: Optional[str] = None, *, null: bool = False,
           globs: Sequence[str] = (), skipped: Optional[List[Skipped]] = None) -> List[Input]:
    """Turn command-line arguments into inputs, in the order given.

    Folders are walked (sorted by path) and filtered (see `walk`), globs expand to the files
    they match, "-" is stdin; `from_file` ("-": stdin) adds paths one a line, or separated
    by NUL characters with `null`. What a walk leaves out is appended to `skipped`.
    """
    items = list(args)
    if from_file:
        items += read_list(from_file, null=null)
    filt = GlobFilter(globs)
    out: List[Input] = []
    for arg in items:
        if arg == "-":
            out.append(Input(source="-"))
        elif os.path.isdir(arg):
            out.extend(_file_inputs(walk(arg, filt, skipped)))
        elif os.path.exists(arg) or os.path.islink(arg):
            out.extend(_file_inputs([arg]))
        elif any(c in arg for c in "*?["):
            matches = sorted(p for p in glob.glob(arg, recursive=True) if os.path.isfile(p))
            if matches:
                out.extend(_file_inputs(matches))
            else:
                out.append(Input(source=arg, error=("not_found", "no file matches this pattern")))
        else:
            out.append(Input(source=arg, error=("not_found", "no such file or folder")))
    return out


def read_list(from_file: str, *, null: bool = False) -> List[str]:
    """The paths a list names ("-": stdin): one a line (blank and # lines skipped), or NUL-separated."""
    if from_file == "-":
        return parse_list(sys.stdin.buffer, null=null)
    with open(from_file, "rb") as fh:
        return parse_list(fh, null=null)


def parse_list(stream: IO[bytes], *, null: bool = False) -> List[str]:
    """The paths of a list read from a binary stream (see `read_list`)."""
    raw = os.fsdecode(stream.read())
    if null:
        return [p for p in raw.split("\0") if p]
    return [line.strip() for line in raw.splitlines() if line.strip() and not line.startswith("#")]


def walk(folder: str, filt: Optional[GlobFilter] = None,
         skipped: Optional[List[Skipped]] = None) -> List[str]:
    """The files under `folder` that look like pages, dumps or archives, sorted by path."""
    filt = filt or GlobFilter()
    found: List[str] = []

    def skip(path: str, reason: str) -> None:
        """Note a file or folder left out."""
        if skipped is not None:
            skipped.append(Skipped(path, reason))

    for root, dirs, files in os.walk(folder):
        rel_root = os.path.relpath(root, folder)
        rel_root = "" if rel_root == "." else rel_root.replace(os.sep, "/") + "/"
        keep = []
        for d in sorted(dirs):
            if d.startswith("."):
                skip(os.path.join(root, d) + os.sep, "hidden folder")
            elif filt.decide(rel_root + d, is_dir=True) is False:
                skip(os.path.join(root, d) + os.sep, "excluded by --glob")
            else:
                keep.append(d)
        dirs[:] = keep
        for name in files:
            path = os.path.join(root, name)
            if name.startswith(".") or name in _HIDDEN_FILES:
                skip(path, "hidden file")
                continue
            verdict = filt.decide(rel_root + name)
            if verdict is False or (verdict is None and filt.has_includes):
                skip(path, "excluded by --glob")
                continue
            reason = None if verdict else why_not_a_page(path)
            if reason:
                skip(path, reason)
            else:
                found.append(path)
    return sorted(found)


def _extension(name: str) -> str:
    """The lower-case extension, without a saved query string (`index.php?id=5` is `.php`)."""
    name = re.split(r"[?#@]", name, maxsplit=1)[0]
    return os.path.splitext(name)[1].lower()


def why_not_a_page(path: str) -> Optional[str]:
    """None when a walk should take the file; else why it is left out.

    By extension first (pages, dumps, their .gz, WARC archives); a file with no extension
    is taken unless it is binary, one with another extension only when it opens like an
    HTML page or an archive.
    """
    name = os.path.basename(path)
    low = name.lower()
    if low in NOT_PAGES:
        return "not a page (a site file)"
    if low.endswith(warc.EXTENSIONS):
        return None
    inner, packed = (name[:-3], True) if low.endswith(".gz") else (name, False)
    ext = _extension(inner)
    if ext in PAGE_EXTENSIONS:
        return None
    head = _head(path, packed)
    if head is None:
        return "unreadable"
    if head.startswith(warc.MAGIC):
        return None
    if not ext:
        what = sniff_binary(head)
        return f"not a page ({what})" if what else None
    if _opens_like_html(head):
        return None
    return f"not a page ({ext}{'.gz' if packed else ''})"


def _head(path: str, packed: bool) -> Optional[bytes]:
    """The first bytes of a file, unpacked when it is gzip data."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(_HEAD)
        if head[:2] == b"\x1f\x8b":
            with gzip.open(path, "rb") as gz:
                head = gz.read(_HEAD)
    except (OSError, EOFError, zlib.error):
        return b"" if packed else None
    return head


_HTML_OPENING = re.compile(rb"(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
                           rb"<(?:!doctype\s+html|html[\s>])", re.I | re.S)


def _opens_like_html(head: bytes) -> bool:
    """True when the first bytes are an HTML document's opening (after an XML declaration
    and comments)."""
    return _HTML_OPENING.match(head) is not None


def _file_inputs(paths: List[str]) -> Iterator[Input]:
    """Inputs for files: one per file, or one per HTML record of an archive."""
    for p in paths:
        if _extension(p) in PAGE_EXTENSIONS or not warc.looks_like_archive(p):
            yield Input(source=p, path=p)
            continue
        count = 0
        try:
            for ref in warc.html_records(p):
                count += 1
                yield Input(source=f"{p}#{ref.record_id}", path=p, url=ref.uri, offset=ref.offset)
        except warc.WarcError as exc:
            source = p if exc.after is None else f"{p}#after-{exc.after}-records"
            yield Input(source=source, path=p, error=(exc.type, str(exc)))


def read_bytes(inp: Input, limit: int) -> bytes:
    """The bytes of an input, gunzipped when gzip-compressed, refused past the limits."""
    if inp.data is not None:
        data = inp.data
    elif inp.offset is not None and inp.path:
        data = warc.read_record(inp.path, inp.offset, limit)
    elif inp.source == "-":
        data = sys.stdin.buffer.read(limit + 1)
    else:
        assert inp.path is not None
        with open(inp.path, "rb") as fh:
            data = _read_at_most(fh, limit + 1)
    if data[:2] == b"\x1f\x8b":
        data = gunzip(data, MAX_UNPACKED)
    return data


def _read_at_most(fh: IO[bytes], n: int) -> bytes:
    """fh.read(n), without a buffer of n bytes made first: read(n) allocates all n (20 MB by
    default) for every file however small, ~0.1 ms a page. A regular file's size is asked
    first; what has no size (a pipe, a device) is read as before."""
    try:
        size = os.fstat(fh.fileno()).st_size
    except (OSError, AttributeError, io.UnsupportedOperation):
        size = 0
    if size <= 0:
        return fh.read(n)
    want = min(n, size + 1)
    data = fh.read(want)
    if len(data) < want or len(data) >= n:
        return data  # the file's end (a buffered read stops short only there), or n bytes
    return data + fh.read(n - len(data))  # (the file grew since its size was asked)


def gunzip(data: bytes, limit: int) -> bytes:
    """Unpack gzip data, stopping with TooLargeError once more than `limit` bytes come out."""
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=io.BytesIO(data)) as gz:
        while True:
            try:
                chunk = gz.read(1 << 20)
            except (OSError, EOFError) as exc:
                if out.tell():
                    break  # a truncated archive: keep what unpacked
                raise NewsExtractError(f"bad gzip data: {exc}") from exc
            if not chunk:
                break
            out.write(chunk)
            if out.tell() > limit:
                raise TooLargeError(f"gzip input unpacks to more than {limit} bytes")
    return out.getvalue()
