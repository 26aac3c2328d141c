"""WARC archives as inputs: each HTTP 200 HTML response record is one input.

warcio reads the archives (imported lazily; `pip install newsextract[warc]`). fastwarc reads
about twice as fast (bench/warc_readers.py), but reading is a few per cent of the time a
record takes to extract, and warcio is pure Python, reads ARC files too, and installs
everywhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator, Optional

from newsextract.errors import NewsExtractError

if TYPE_CHECKING:
    from newsextract.batch import Input

HTML_TYPES = ("text/html", "application/xhtml", "text/plain")


class WarcError(NewsExtractError):
    """The archive could not be read."""

    type = "warc"


def _iterator(fh):  # type: ignore[no-untyped-def]
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError as exc:  # pragma: no cover - depends on the extra
        raise WarcError("reading WARC files needs warcio: pip install 'newsextract[warc]'") from exc
    return ArchiveIterator(fh)


def warc_inputs(path: str) -> Iterator["Input"]:
    """One Input per HTML response record (payload read later, in the worker)."""
    from newsextract.batch import Input

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
                uri = record.rec_headers.get_header("WARC-Target-URI")
                count += 1
                yield Input(source=f"{path}#{rid}", path=path, url=uri, offset=offset)
    except (OSError, ValueError, EOFError) as exc:
        yield Input(source=f"{path}#after-{count}-records", path=path,
                    error=("warc", f"cannot read the archive past record {count}: {exc}"))
    except WarcError as exc:
        yield Input(source=path, path=path, error=(exc.type, str(exc)))
    if count == 0:
        return


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
