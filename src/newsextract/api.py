"""The library's front door: `extract(data, options)` for bytes, text, a path or a file object."""

from __future__ import annotations

import os
from typing import IO, Any, Optional, Tuple, Union

from newsextract.inputs import MAX_UNPACKED, Input, gunzip, read_bytes
from newsextract.model import Article
from newsextract.options import DEFAULT, Options
from newsextract.pipeline import extract_with_trace

Data = Union[bytes, bytearray, memoryview, str, "os.PathLike[str]", IO[bytes], IO[str]]


def extract(data: Data, options: Options = DEFAULT, *, source: Optional[str] = None) -> Article:
    """Extract one article. Pure: the same input and options give the same record.

    `data` is the page as bytes (decoded by sniffing) or as text (a `str` is always page
    text, never a path), a path as `pathlib.Path` (or any `os.PathLike`; gzip is unpacked),
    or a file object opened in binary or text mode. `source` goes into the record; for a
    path or a named file it defaults to the file's name. Raises NewsExtractError subclasses
    for inputs that are not a page (`NotTextError`, `EmptyInputError`, ...), OSError when a
    path cannot be read, TypeError for anything else.
    """
    if not isinstance(options, Options):
        raise TypeError(f"extract() takes an Options object as its options, not "
                        f"{type(options).__name__}")
    payload, name = coerce(data, options.max_bytes)
    return extract_with_trace(payload, options=options, source=source if source is not None
                              else name)[0]


def coerce(data: Any, limit: int) -> Tuple[Union[bytes, str], Optional[str]]:
    """The page as bytes or text, and the file name it came from (if any)."""
    if isinstance(data, (bytes, str)):
        return data, None
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data), None
    if isinstance(data, os.PathLike):
        path = os.fspath(data)
        if isinstance(path, bytes):
            path = os.fsdecode(path)
        return read_bytes(Input(source=path, path=path), limit), path
    read = getattr(data, "read", None)
    if callable(read):
        content = read(limit + 1)
        if not isinstance(content, (bytes, str)):
            raise TypeError(f"extract() read {type(content).__name__} from the file object; "
                            "expected bytes or str")
        name = getattr(data, "name", None)
        if isinstance(content, bytes) and content[:2] == b"\x1f\x8b":
            content = gunzip(content, MAX_UNPACKED)
        # a real file's name, not a stream's "<stdin>"
        return content, name if isinstance(name, str) and not name.startswith("<") else None
    raise TypeError("extract() expects the page as bytes, text (str), a path (pathlib.Path) "
                    f"or a file object, not {type(data).__name__}")
