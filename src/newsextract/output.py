"""Record writers: json, jsonl, csv, markdown, text; atomic writes to a file."""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from contextlib import contextmanager
from typing import IO, Any, Dict, Iterator, List, Optional

from newsextract.errors import OutputError

FORMATS = ("json", "jsonl", "csv", "markdown", "text")
# What an output file's extension says of its format.
EXTENSION_FORMATS = {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv",
                     ".md": "markdown", ".markdown": "markdown", ".txt": "text"}


def format_for_path(path: Optional[str]) -> Optional[str]:
    """The format an output file's extension names (`.csv` -> csv), or None."""
    if not path or path == "-":
        return None
    return EXTENSION_FORMATS.get(os.path.splitext(path)[1].lower())


def select(rec: Dict[str, Any], keys: Optional[List[str]]) -> Dict[str, Any]:
    """The record limited to `keys` (in the order asked), or whole."""
    return {k: rec[k] for k in keys} if keys else rec


def flat_value(key: str, value: Any) -> str:
    """One field as a single CSV cell: lists joined with "; ", quotes as "speaker: text"."""
    if value is None:
        return ""
    if key == "quotes":
        return " | ".join(f"{q['speaker'] or '?'}: {q['text']}" for q in value)
    if key == "images":
        return " | ".join(i["src"] or "" for i in value)
    if key == "error":
        return f"{value['type']}: {value['message']}"
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)


class Writer:
    """Writes records one by one in a chosen format.

    json writes one object, or with `array` one JSON array of them (closed by `close()`);
    jsonl one record a line; csv a header and a row each; markdown and text for reading.
    """

    def __init__(self, fmt: str, stream: IO[str], keys: Optional[List[str]], pretty: bool,
                 array: bool = False) -> None:
        self.fmt = fmt
        self.stream = stream
        self.keys = keys
        self.pretty = pretty
        self.array = array and fmt == "json"
        self.count = 0
        self._csv: Optional[Any] = None

    def _json(self, rec: Dict[str, Any]) -> str:
        """One record as JSON: indented when pretty, else on one line."""
        if self.fmt == "json" and self.pretty:
            text = json.dumps(rec, ensure_ascii=False, indent=2)
            return text.replace("\n", "\n  ") if self.array else text
        return json.dumps(rec, ensure_ascii=False, separators=(",", ":"))

    def write(self, rec: Dict[str, Any]) -> None:
        """Write one record."""
        rec = select(rec, self.keys)
        if self.array:
            lead = "[\n" if not self.count else ",\n"
            self.stream.write(lead + ("  " if self.pretty else "") + self._json(rec))
        elif self.fmt in ("json", "jsonl"):
            self.stream.write(self._json(rec) + "\n")
        elif self.fmt == "csv":
            if self._csv is None:
                self._csv = csv.writer(self.stream, lineterminator="\n")
                self._csv.writerow(list(rec))
            self._csv.writerow([flat_value(k, v) for k, v in rec.items()])
        elif self.fmt == "markdown":
            self.stream.write(("\n---\n\n" if self.count else "") + to_markdown(rec))
        else:
            self.stream.write(("\n" + "=" * 72 + "\n\n" if self.count else "") + to_text(rec))
        self.count += 1
        self.stream.flush()

    def close(self) -> None:
        """Finish the output (the closing bracket of a JSON array)."""
        if self.array:
            self.stream.write("\n]\n" if self.count else "[]\n")
            self.stream.flush()


def to_markdown(rec: Dict[str, Any]) -> str:
    """A record as a readable Markdown document."""
    out = io.StringIO()
    if rec.get("title") is not None or "title" in rec:
        out.write(f"# {rec.get('title') or '(untitled)'}\n\n")
    facts = []
    for key in ("date", "authors", "site", "location", "credit", "source", "url"):
        if key in rec and rec[key]:
            facts.append(f"- **{key}**: {flat_value(key, rec[key])}")
    if rec.get("error"):
        facts.append(f"- **error**: {flat_value('error', rec['error'])}")
    if facts:
        out.write("\n".join(facts) + "\n\n")
    if rec.get("body"):
        out.write(rec["body"].strip() + "\n")
    if rec.get("quotes"):
        out.write("\n## Quotes\n\n")
        for q in rec["quotes"]:
            out.write(f"> {q['text']}\n>\n> — {q['speaker'] or 'unattributed'}\n\n")
    return out.getvalue()


def to_text(rec: Dict[str, Any]) -> str:
    """A record as plain text for reading."""
    out = io.StringIO()
    if "title" in rec:
        out.write((rec.get("title") or "(untitled)") + "\n")
    for key in ("date", "authors", "site", "location", "source"):
        if key in rec and rec[key]:
            out.write(f"{key}: {flat_value(key, rec[key])}\n")
    if rec.get("error"):
        out.write(f"error: {flat_value('error', rec['error'])}\n")
    if rec.get("body"):
        out.write("\n" + rec["body"].strip() + "\n")
    return out.getvalue()


@contextmanager
def open_writer(fmt: str, path: Optional[str], keys: Optional[List[str]],
                pretty: bool, array: bool = False) -> Iterator[Writer]:
    """A writer on stdout, or on a temporary file renamed over `path` only on success."""
    if path is None or path == "-":
        stream = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="\n",
                                  line_buffering=False, write_through=True) \
            if hasattr(sys.stdout, "buffer") else sys.stdout
        try:
            writer = Writer(fmt, stream, keys, pretty, array)
            yield writer
            writer.close()
        finally:
            try:
                stream.flush()
            finally:
                if isinstance(stream, io.TextIOWrapper) and stream is not sys.stdout:
                    stream.detach()  # leave sys.stdout usable
        return
    with atomic_text_file(path) as fh:
        writer = Writer(fmt, fh, keys, pretty, array)
        yield writer
        writer.close()


@contextmanager
def atomic_text_file(path: str) -> Iterator[IO[str]]:
    """A UTF-8 file that appears at `path` whole, or not at all (temporary file, rename).

    A file that cannot be created or written raises OutputError naming `path`.
    """
    directory = os.path.dirname(os.path.abspath(path))
    name = os.path.basename(path)
    # the temporary name is chosen before the file is made, so that a Ctrl-C at any moment
    # of its making leaves nothing behind (tempfile.mkstemp can be interrupted after it made
    # the file and before it gave its name); the file takes the user's umask, as the output
    # of any command does
    import secrets  # (here: it loads hashlib's OpenSSL bindings, which nothing else needs)

    tmp = os.path.join(directory, f".{name}.{os.getpid()}.{secrets.token_hex(4)}.part")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc
    except BaseException:
        _remove(tmp)
        raise
    try:
        fh = os.fdopen(fd, "w", encoding="utf-8", newline="\n")
        try:
            yield fh
        finally:
            fh.close()
        os.replace(tmp, path)
    except OSError as exc:
        _remove(tmp)
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc
    except BaseException:
        _remove(tmp)
        raise


def _remove(path: str) -> None:
    """Remove a file if it is there."""
    try:
        os.unlink(path)
    except OSError:
        pass

