"""Inputs to records: files, folders, globs, stdin and gzip; workers; exit status.

Every input yields exactly one record, in input order; a failure is an error record.
"""

from __future__ import annotations

import glob
import gzip
import io
import os
import signal
import sys
import threading
import time
from dataclasses import dataclass
from typing import Any, Dict, Iterable, Iterator, List, Optional, Tuple

from newsextract.errors import NewsExtractError, TooLargeError
from newsextract.model import KEYS, Article, ErrorInfo
from newsextract.options import Options

# What one .gz input may unpack to before it is refused (a decompression bomb stops here).
MAX_UNPACKED = 64 * 1024 * 1024
_SKIP_NAMES = {".DS_Store", "Thumbs.db"}


@dataclass(frozen=True)
class Input:
    """One thing to extract: a path, stdin, or an in-memory payload (a WARC record)."""

    source: str
    path: Optional[str] = None
    data: Optional[bytes] = None
    url: Optional[str] = None
    error: Optional[Tuple[str, str]] = None
    offset: Optional[int] = None  # a record inside an archive at `path`


def expand(args: Iterable[str], from_file: Optional[str] = None) -> List[Input]:
    """Turn command-line arguments into inputs: folders recursively, globs, "-" for stdin."""
    items = list(args)
    if from_file:
        with open(from_file, encoding="utf-8") as fh:
            items += [line.strip() for line in fh if line.strip() and not line.startswith("#")]
    out: List[Input] = []
    for arg in items:
        if arg == "-":
            out.append(Input(source="-"))
        elif os.path.isdir(arg):
            found = []
            for root, dirs, files in os.walk(arg):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in files:
                    if not f.startswith(".") and f not in _SKIP_NAMES:
                        found.append(os.path.join(root, f))
            out.extend(_file_inputs(sorted(found)))
        elif os.path.exists(arg) or os.path.islink(arg):
            out.extend(_file_inputs([arg]))
        elif any(c in arg for c in "*?["):
            matches = sorted(p for p in glob.glob(arg, recursive=True) if os.path.isfile(p))
            if matches:
                out.extend(_file_inputs(matches))
            else:
                out.append(Input(source=arg, error=("not_found", f"no file matches {arg!r}")))
        else:
            out.append(Input(source=arg, error=("not_found", f"no such file: {arg}")))
    return out


def _file_inputs(paths: List[str]) -> Iterator[Input]:
    for p in paths:
        low = p.lower()
        if low.endswith((".warc", ".warc.gz", ".arc.gz")):
            from newsextract.warc import warc_inputs

            yield from warc_inputs(p)
        else:
            yield Input(source=p, path=p)


def read_bytes(inp: Input, limit: int) -> bytes:
    """The bytes of an input, gunzipped when gzip-compressed, refused past the limits."""
    if inp.data is not None:
        data = inp.data
    elif inp.offset is not None and inp.path:
        from newsextract.warc import read_record

        data = read_record(inp.path, inp.offset, limit)
    elif inp.source == "-":
        data = sys.stdin.buffer.read(limit + 1)
    else:
        assert inp.path is not None
        with open(inp.path, "rb") as fh:
            data = fh.read(limit + 1)
    if data[:2] == b"\x1f\x8b":
        data = gunzip(data, MAX_UNPACKED)
    return data


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


class _Timeout(Exception):
    pass


def _on_alarm(signum: int, frame: Any) -> None:
    raise _Timeout()


def process(inp: Input, options: Options, timeout: Optional[float]) -> Dict[str, Any]:
    """Extract one input to a record dict; every failure becomes an error record."""
    from newsextract.pipeline import extract

    if inp.error:
        return error_record(inp.source, inp.error[0], inp.error[1])
    # the alarm signal only reaches the main thread: elsewhere (a Dask worker's task thread)
    # documents run without the time limit
    use_alarm = bool(timeout) and hasattr(signal, "setitimer") and \
        threading.current_thread() is threading.main_thread()
    old = None
    try:
        if use_alarm:
            old = signal.signal(signal.SIGALRM, _on_alarm)
            signal.setitimer(signal.ITIMER_REAL, float(timeout or 0))
        data = read_bytes(inp, options.max_bytes)
        article = extract(data, options=options, source=inp.source)
        if inp.url:
            article.url = inp.url  # an archive record's target URI
        return article.to_dict()
    except _Timeout:
        return error_record(inp.source, "timeout", f"took longer than {timeout} s")
    except NewsExtractError as exc:
        return error_record(inp.source, exc.type, str(exc))
    except IsADirectoryError:
        return error_record(inp.source, "unreadable", "is a directory")
    except PermissionError as exc:
        return error_record(inp.source, "unreadable", exc.strerror or str(exc))
    except OSError as exc:
        return error_record(inp.source, "unreadable", exc.strerror or str(exc))
    except RecursionError:
        return error_record(inp.source, "too_deep", "document nesting is too deep")
    except MemoryError:
        return error_record(inp.source, "too_large", "out of memory")
    except Exception as exc:  # a bug: still one record, never a lost line
        return error_record(inp.source, "internal", f"{type(exc).__name__}: {exc}")
    finally:
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            if old is not None:
                signal.signal(signal.SIGALRM, old)


def error_record(source: str, etype: str, message: str) -> Dict[str, Any]:
    """A record with every key, empty fields, and the error."""
    rec = Article(source=source, error=ErrorInfo(etype, message)).to_dict()
    return rec


def _work(args: Tuple[Input, Options, Optional[float]]) -> Dict[str, Any]:
    return process(*args)


def records(inputs: List[Input], options: Options, jobs: int,
            timeout: Optional[float]) -> Iterator[Dict[str, Any]]:
    """Records in input order; with jobs > 1, worker processes with bounded look-ahead."""
    if jobs <= 1 or len(inputs) <= 1:
        for inp in inputs:
            yield process(inp, options, timeout)
        return
    import multiprocessing as mp

    ctx = mp.get_context("fork") if hasattr(os, "fork") else mp.get_context()
    with ctx.Pool(jobs, initializer=_worker_init) as pool:
        # imap keeps order and streams; chunks keep the IPC cheap
        yield from pool.imap(_work, ((i, options, timeout) for i in inputs), chunksize=4)


def _worker_init() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def run_parse(args: List[str], *, input_format: str = "auto", language: Optional[str] = None,
              out_format: Optional[str] = None, fields: Optional[str] = None,
              output: Optional[str] = None, from_file: Optional[str] = None,
              jobs: Optional[int] = None, timeout: Optional[float] = 30.0,
              quiet: bool = False) -> int:
    """The `parse` command: returns the exit status."""
    import click

    from newsextract.output import open_writer

    keys = None
    if fields:
        keys = [k.strip() for k in fields.split(",") if k.strip()]
        unknown = [k for k in keys if k not in KEYS]
        if unknown:
            click.echo(f"Error: unknown field(s): {', '.join(unknown)}. "
                       f"Known: {', '.join(KEYS)}", err=True)
            return 2
    try:
        options = Options(input_format=input_format, language=language)
    except ValueError as exc:
        click.echo(f"Error: {exc}", err=True)
        return 2
    try:
        inputs = expand(args, from_file)
    except OSError as exc:
        click.echo(f"Error: {exc}", err=True)
        return 3
    single = len(inputs) == 1 and len(args) == 1 and not from_file and not os.path.isdir(args[0])
    fmt = out_format or ("json" if single else "jsonl")
    pretty = fmt == "json" and output is None and sys.stdout.isatty()
    n_jobs = jobs or os.cpu_count() or 1
    if any(i.source == "-" for i in inputs):
        n_jobs = 1  # stdin is read in this process
    show = not quiet and sys.stderr.isatty()
    counts = {"parsed": 0, "failed": 0, "empty": 0}
    started = time.monotonic()
    try:
        with open_writer(fmt, output, keys, pretty) as writer:
            progress = _progress(len(inputs)) if show and len(inputs) > 1 else None
            try:
                for rec in records(inputs, options, n_jobs, timeout):
                    writer.write(rec)
                    if rec["error"]:
                        counts["failed"] += 1
                    elif not rec["body"]:
                        counts["empty"] += 1
                    else:
                        counts["parsed"] += 1
                    if progress:
                        progress[0].advance(progress[1])
            finally:
                if progress:
                    progress[0].stop()
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        return 130
    except BrokenPipeError:
        _quiet_pipe()
        return 0
    except OSError as exc:
        click.echo(f"Error: cannot write output: {exc}", err=True)
        return 3
    if show:
        elapsed = time.monotonic() - started
        click.echo(f"{counts['parsed']} parsed, {counts['failed']} failed, {counts['empty']} empty "
                   f"in {elapsed:.1f} s", err=True)
    if inputs and counts["failed"] == len(inputs):
        return 3 if all(i.error for i in inputs) else 1
    return 1 if counts["failed"] else 0


def _progress(total: int) -> Optional[Tuple[Any, Any]]:
    from rich.console import Console
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn,
                               TextColumn, TimeRemainingColumn)
    from rich.text import Text

    class _Rate(ProgressColumn):
        def render(self, task: Any) -> Text:
            speed = task.finished_speed or task.speed
            return Text(f"{speed:.1f} docs/s" if speed else "")

    console = Console(stderr=True, no_color=bool(os.environ.get("NO_COLOR")))
    prog = Progress(TextColumn("parsing"), BarColumn(), MofNCompleteColumn(), _Rate(),
                    TimeRemainingColumn(), console=console, transient=True)
    task = prog.add_task("parse", total=total)
    prog.start()
    return prog, task


def _quiet_pipe() -> None:
    """After a closed pipe, point stdout at /dev/null so the exit flush does not complain."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass
