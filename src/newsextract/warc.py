"""WARC archives: which files are archives, their HTML response records, one record's payload.

warcio reads the archives (imported lazily; `pip install newsextract[warc]`). fastwarc reads
about twice as fast (bench/warc_readers.py), but reading is a few per cent of the time a
record takes to extract, and warcio is pure Python, reads ARC files too, and installs
everywhere.

This module knows archives only; `newsextract.inputs` turns their records into inputs.
"""

from __future__ import annotations

import gzip
import zlib
from dataclasses import dataclass
from typing import Iterator, Optional

from newsextract.errors import NewsExtractError

HTML_TYPES = ("text/html", "application/xhtml", "text/plain")
EXTENSIONS = (".warc", ".warc.gz", ".arc", ".arc.gz")
# What an archive's first bytes say: a WARC record opens with its version line, an ARC file
# with its file description record.
MAGIC = (b"WARC/", b"filedesc://")


class WarcError(NewsExtractError):
    """The archive could not be read (`after`: how many records were read before it failed)."""

    type = "warc"

    def __init__(self, message: str, after: Optional[int] = None) -> None:
        super().__init__(message)
        self.after = after


@dataclass(frozen=True)
class RecordRef:
    """Where one HTML response record sits in an archive."""

    record_id: str
    uri: Optional[str]
    offset: int


def looks_like_archive(path: str) -> bool:
    """True when the name ends like an archive, or the first bytes (unpacked) open like one."""
    if path.lower().endswith(EXTENSIONS):
        return True
    try:
        with open(path, "rb") as fh:
            head = fh.read(64)
        if head[:2] == b"\x1f\x8b":
            with gzip.open(path, "rb") as gz:
                head = gz.read(64)
    except (OSError, EOFError, zlib.error):
        return False
    return head.startswith(MAGIC)


def _iterator(fh):  # type: ignore[no-untyped-def]
    """warcio's record iterator over an open archive."""
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError as exc:  # pragma: no cover - depends on the extra
        raise WarcError("reading WARC files needs warcio: pip install 'newsextract[warc]'") from exc
    return ArchiveIterator(fh)


def html_records(path: str) -> Iterator[RecordRef]:
    """Every HTTP 200 HTML response record of the archive, in order (payloads are read later).

    A read failure raises WarcError after the records read so far were yielded.
    """
    count = 0
    try:
        with open(path, "rb") as fh:
            it = _iterator(fh)
            for record in it:
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                status = record.http_headers.get_statuscode()
                ctype = (record.http_headers.get_header("Content-Type") or "text/html").lower()
                if status != "200" or not ctype.startswith(HTML_TYPES):
                    continue
                offset = it.get_record_offset()
                rid = (record.rec_headers.get_header("WARC-Record-ID") or f"offset-{offset}").strip("<>")
                count += 1
                yield RecordRef(rid, record.rec_headers.get_header("WARC-Target-URI"), offset)
    except WarcError:
        raise
    except Exception as exc:  # noqa: B902 - OSError, EOFError, warcio's ArchiveLoadFailed...
        raise WarcError(f"cannot read the archive past record {count}: {exc}", after=count) from exc


def read_record(path: str, offset: int, limit: int) -> bytes:
    """The HTTP payload of the record that starts at `offset` in the archive."""
    with open(path, "rb") as fh:
        fh.seek(offset)
        it = _iterator(fh)
        record: Optional[object] = next(iter(it), None)
        if record is None:
            raise WarcError(f"no record at offset {offset}")
        data = record.content_stream().read(limit + 1)  # type: ignore[attr-defined]
    return bytes(data)
