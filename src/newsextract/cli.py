"""The command line: a thin click layer over the library.

It maps flags to `Options`, asks the library for records (`newsextract.batch.run`), hands
them to a writer, and turns what happened into messages on stderr and an exit status. The
exit status is decided in one place: `Exit`, `_exit_status` and `_guard`.
"""

from __future__ import annotations

import atexit
import gc
import os
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass
from enum import IntEnum
from typing import Any, Callable, Iterator, List, Optional, Sequence, Tuple

import click

from newsextract import __version__
from newsextract.errors import NewsExtractError
from newsextract.options import INPUT_FORMATS, Options, OptionError
from newsextract.output import FORMATS
from newsextract.profiles import available

PROG = "newsextract"


class Exit(IntEnum):
    """The exit statuses of every command."""

    OK = 0  # every input was parsed
    SOME_FAILED = 1  # some inputs failed (their error records were written)
    USAGE = 2  # usage error (click's own errors exit with 2 too)
    NOTHING = 3  # nothing could be done: no input, all inputs failed, output not writable
    INTERRUPTED = 130  # Ctrl-C


EXIT_HELP = """\b
Exit status:
  0    every input was parsed
  1    some inputs failed (their error records were written)
  2    usage error
  3    nothing could be done (no input found, every input failed, or the output
       cannot be written)
  130  interrupted (Ctrl-C)"""

_LANGUAGES = ", ".join(sorted(available()))


def _stderr_is_terminal() -> bool:
    """Progress and summaries are for a person watching a terminal."""
    return sys.stderr.isatty()


def _stdin_is_terminal() -> bool:
    """With no input named, stdin is read unless a person would be typing into it."""
    return sys.stdin.isatty()


def _stdout_is_terminal() -> bool:
    """A single JSON record is pretty-printed for a person."""
    return sys.stdout.isatty()


class Report:
    """Messages on stderr: failures (always, unless quiet), notes (with verbose), errors."""

    def __init__(self, quiet: bool = False, verbose: bool = False) -> None:
        self.quiet = quiet
        self.verbose = verbose and not quiet
        self.console: Any = None  # the progress bar's console while it shows

    def _line(self, text: str) -> None:
        """One line on stderr, above the progress bar while it shows."""
        if self.console is not None:
            self.console.print(text, markup=False, highlight=False, soft_wrap=True)
        else:
            click.echo(text, err=True)

    def failure(self, source: str, etype: str, message: str) -> None:
        """One failed input, one line: `newsextract: PATH: TYPE: MESSAGE`."""
        if not self.quiet:
            self._line(f"{PROG}: {source}: {etype}: {message}")

    def note(self, text: str) -> None:
        """A detail shown with --verbose."""
        if self.verbose:
            self._line(f"{PROG}: {text}")

    def info(self, text: str) -> None:
        """A line for a person: shown unless quiet."""
        if not self.quiet:
            self._line(text)

    def error(self, text: str) -> None:
        """Why the command could not go on; shown even when quiet."""
        self._line(f"{PROG}: {text}")


def _guard(report: Report, body: Callable[[], int]) -> int:
    """Run a command's body; map what escapes it to a message and an exit status."""
    try:
        return body()
    except KeyboardInterrupt:
        report.console = None
        report.error("interrupted")
        return Exit.INTERRUPTED
    except BrokenPipeError:
        _quiet_pipe()
        return Exit.OK
    except NewsExtractError as exc:  # OutputError, MissingExtraError, ...
        report.console = None
        report.error(str(exc))
        return Exit.NOTHING
    except OSError as exc:  # a list of paths that cannot be read, ...
        report.console = None
        name = f"{exc.filename}: " if exc.filename else ""
        report.error(f"{name}{exc.strerror or exc}")
        return Exit.NOTHING


def _exit_status(failed: int, total: int) -> Exit:
    """0 when nothing failed, 3 when there was nothing or everything failed, else 1."""
    if total == 0 or failed == total:
        return Exit.NOTHING
    return Exit.SOME_FAILED if failed else Exit.OK


def _options(input_format: str, language: Optional[str]) -> Options:
    """The Options for the flags; a value they cannot take is a usage error."""
    try:
        return Options(input_format=input_format, language=language)
    except OptionError as exc:
        hint = {"language": "'--language' / '-l'", "input_format": "'--input-format'"}
        raise click.BadParameter(str(exc), param_hint=hint.get(exc.option)) from exc


def _check_fields(ctx: click.Context, param: click.Parameter,
                  value: Optional[str]) -> Optional[List[str]]:
    """--fields as a list of record keys; an unknown key is a usage error."""
    from newsextract.model import KEYS

    if not value:
        return None
    keys = [k.strip() for k in value.split(",") if k.strip()]
    unknown = [k for k in keys if k not in KEYS]
    if unknown:
        raise click.BadParameter(f"unknown field(s): {', '.join(unknown)}. "
                                 f"Known: {', '.join(KEYS)}")
    return keys


def _input_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """--input-format and --language, shared by parse and explain."""
    f = click.option("--language", "-l", default=None, metavar="CODE",
                     help=f"Force a language profile ({_LANGUAGES}); detected from the text "
                          "by default.")(f)
    f = click.option("--input-format", "input_format", type=click.Choice(INPUT_FORMATS),
                     default="auto", show_default=True,
                     help="Read inputs as HTML or text; auto sniffs each one.")(f)
    return f


@click.group(context_settings={"help_option_names": ["-h", "--help"]}, epilog=EXIT_HELP)
@click.version_option(__version__, "-V", "--version", prog_name=PROG)
def main() -> None:
    """Turn scraped news pages (saved HTML or text dumps) into clean JSON records.

    \b
    Examples:
      newsextract parse article.txt | jq -r .title
      cat page.html | newsextract parse
      newsextract parse scrapes/ > articles.jsonl
      newsextract parse -o table.csv scrapes/
    """


@main.command(epilog=EXIT_HELP)
@click.argument("inputs", nargs=-1)
@_input_options
@click.option("--format", "-f", "out_format", type=click.Choice(FORMATS), default=None,
              help="Output format. Default: from -o's extension (.json .jsonl .csv .md .txt), "
                   "else json for one input and jsonl for several. json over several inputs "
                   "is one JSON array.")
@click.option("--fields", default=None, metavar="KEYS", callback=_check_fields,
              help="Comma-separated keys to keep, e.g. title,date,authors.")
@click.option("--output", "-o", type=click.Path(), default=None, metavar="FILE",
              help="Write to FILE (atomically) instead of stdout.")
@click.option("--from-file", "from_file",
              type=click.Path(exists=True, dir_okay=False, allow_dash=True), default=None,
              help="Also read input paths from FILE (- for stdin), one per line.")
@click.option("--null", "-0", "null", is_flag=True,
              help="--from-file lists are separated by NUL characters (find -print0).")
@click.option("--glob", "-g", "globs", multiple=True, metavar="PATTERN",
              help="Walk folders for files matching PATTERN only; !PATTERN leaves matches out. "
                   "Repeatable; the last match wins.")
@click.option("--dedupe", is_flag=True,
              help="Drop records whose body is a near-duplicate of one already written "
                   "(fingerprints at most 8 bits apart).")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=None, metavar="N",
              help="Parallel worker processes (default and 0: the number of cores).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=30.0, show_default=True,
              help="Seconds one document may take before it becomes an error record.")
@click.option("--quiet", "-q", is_flag=True,
              help="Nothing on stderr but fatal errors: no failures, progress or summary.")
@click.option("--verbose", "-v", is_flag=True,
              help="Also name the files a walk skipped and the duplicates dropped, and "
                   "print the summary when stderr is not a terminal.")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Run on a Dask cluster (tcp://host:8786, or 'local' for one on this "
                   "machine); -o then names a folder of JSON Lines shards. Needs "
                   "newsextract[dask].")
def parse(inputs: Tuple[str, ...], input_format: str, language: Optional[str],
          out_format: Optional[str], fields: Optional[List[str]], output: Optional[str],
          from_file: Optional[str], null: bool, globs: Tuple[str, ...], dedupe: bool,
          jobs: Optional[int], timeout: float, quiet: bool, verbose: bool,
          scheduler: Optional[str]) -> None:
    """Extract articles from INPUTS: files, folders (recursive), globs, or - for stdin.

    With no INPUTS and no --from-file, a page piped in is read from stdin. Records come
    in the order the inputs are given, a folder's files sorted by path. A folder walk
    takes pages and dumps (.html .htm .xhtml .shtml .php .asp .aspx .txt .md, files with
    no extension, their .gz) and WARC archives, and skips the rest; files named one by
    one are always read. One input prints one JSON record (pretty on a terminal); several
    print JSON Lines. An input that cannot be parsed still gets a record, with an "error"
    object, and a line on stderr.
    """
    options = _options(input_format, language)
    if not inputs and not from_file:
        if _stdin_is_terminal():
            raise click.UsageError("no input: name files or folders, or pipe a page in "
                                   "(cat page.html | newsextract parse)")
        inputs = ("-",)
    if from_file == "-" and "-" in inputs:
        raise click.UsageError("stdin cannot be both the list of paths (--from-file -) and an "
                               "input (-)")
    report = Report(quiet, verbose)
    source = _Source(tuple(inputs), from_file, null, tuple(globs))
    if scheduler:
        if not output:
            raise click.UsageError("--scheduler needs -o OUTDIR, the folder for the shards")
        if (out_format and out_format != "jsonl") or fields or dedupe:
            raise click.UsageError("with --scheduler the shards are JSON Lines of whole "
                                   "records (no --format, --fields or --dedupe)")
        sys.exit(_guard(report, lambda: _parse_on_cluster(
            source, scheduler, output, options, timeout, report)))
    if output and os.path.isdir(output):
        raise click.BadParameter(f"{output} is a folder (a folder of shards needs --scheduler)",
                                 param_hint="'--output' / '-o'")
    sink = _Sink(out_format, fields, output)
    sys.exit(_guard(report, lambda: _parse(source, sink, options, dedupe, jobs, timeout, report)))


@dataclass(frozen=True)
class _Source:
    """What to read: the arguments, a list of paths, and the walk's globs."""

    args: Tuple[str, ...]
    from_file: Optional[str] = None
    null: bool = False
    globs: Tuple[str, ...] = ()

    def where(self) -> str:
        """The inputs as a person named them, for a message."""
        return ", ".join(self.args) or (f"the list {self.from_file}" if self.from_file else "-")


@dataclass(frozen=True)
class _Sink:
    """Where and how records are written: format (None: chosen), keys kept, file (None: stdout)."""

    out_format: Optional[str]
    keys: Optional[List[str]]
    path: Optional[str]


def _is_single(source: _Source, inputs: Sequence[Any]) -> bool:
    """One named file (or stdin) that is one input: the output is one record, not a list."""
    if len(source.args) != 1 or source.from_file or len(inputs) != 1:
        return False
    if inputs[0].offset is not None:  # a record of an archive: the archive may hold more
        return False
    arg = source.args[0]
    return arg == "-" or os.path.isfile(arg) or not (os.path.isdir(arg)
                                                       or any(c in arg for c in "*?["))


def _parse(source: _Source, sink: _Sink, options: Options, dedupe: bool, jobs: Optional[int],
           timeout: float, report: Report) -> int:
    """`parse` on this machine: records to the writer, failures to stderr; the exit status."""
    from newsextract.rxcache import keep_new, save

    keep_new()  # (this process and its workers add the patterns they compile to the cache)
    with _collector_paused():  # (the pipeline's modules, its profiles and patterns load here)
        from newsextract.batch import Summary, run
        from newsextract.inputs import Skipped, expand
        from newsextract.output import format_for_path, open_writer

    skipped: List[Skipped] = []
    inputs = expand(source.args, source.from_file, null=source.null, globs=source.globs,
                    skipped=skipped)
    for s in skipped:
        report.note(f"skipped {s.path}: {s.reason}")
    if not inputs:
        extra = f" ({len(skipped)} files skipped; -v names them)" if skipped else ""
        report.error(f"no page or dump to read in {source.where()}{extra}")
        return Exit.NOTHING
    single = _is_single(source, inputs)
    fmt = sink.out_format or format_for_path(sink.path) or ("json" if single else "jsonl")
    pretty = fmt == "json" and sink.path in (None, "-") and _stdout_is_terminal()
    show = not report.quiet and _stderr_is_terminal()
    summary = Summary()
    started = time.monotonic()
    atexit.unregister(_collector_at_exit)  # (once however many batches a process runs)
    atexit.register(_collector_at_exit)
    with open_writer(fmt, sink.path, sink.keys, pretty, array=not single) as writer, \
            _collector_for_a_batch() as page_done:
        with _Progress(report, len(inputs) if show and len(inputs) > 1 else 0) as advance:
            for result in run(inputs, options, jobs=jobs, timeout=timeout, dedupe=dedupe):
                summary.add(result)
                rec = result.record
                if result.duplicate_of is not None:
                    report.note(f"dropped {rec['source']}: a near-duplicate of "
                                f"{result.duplicate_of}")
                else:
                    writer.write(rec)
                if rec["error"]:
                    report.failure(rec["source"], rec["error"]["type"], rec["error"]["message"])
                advance()
                page_done()
    summary.elapsed = time.monotonic() - started
    save()  # (the patterns this process compiled, for the next run to read back)
    if show or report.verbose:
        report.info(summary_line(summary, dedupe))
    return _exit_status(summary.failed, summary.total)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No pass of Python's cycle collector while the start-up's modules load: they make objects
    that live as long as the process (modules, profiles, compiled patterns) and next to no
    garbage, and the collector went over them again and again as they were made (8 young
    passes and 3 older ones, 10-15 ms of a run over the 181 dumps of the text bench, timed with
    gc.callbacks). What was made goes to the oldest generation at once, where gc.unfreeze puts
    the start-up's objects after a batch; cycles among it are found by the next full pass."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.unfreeze()
        if enabled:
            gc.enable()


@contextmanager
def _collector_for_a_batch() -> Iterator[Callable[[], None]]:
    """Python's cycle collector set for a batch while it runs: the objects made at start-up
    (modules, compiled patterns, profiles), which live as long as the process, are left out
    of its passes (gc.freeze), and its youngest generation is collected a tenth as often (a
    page makes thousands of short-lived objects and next to no cycles). Outputs are the same;
    a whole run over the 181 dumps of the text bench takes 1% fewer instructions.

    Yields the call to make after each page: what the page left alive is frozen out of the
    passes too (batch.after_page; its workers do the same), and the batch's end puts it all in
    the oldest generation."""
    from newsextract.batch import after_page

    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(threshold[0] * 10, *threshold[1:])
    pages = 0

    def page_done() -> None:
        nonlocal pages
        pages += 1
        after_page(pages)

    try:
        yield page_done
    finally:
        # (what the batch left alive, its caches of lines and patterns above all, goes to the
        # oldest generation with the start-up's objects, as gc.unfreeze puts those: left in the
        # young ones, the first collection after the batch went over all of it, 15 ms after
        # the 181 dumps of the text bench, 48 ms after its 181 pages; cycles among it are still
        # found by the next full collection)
        gc.freeze()
        gc.set_threshold(*threshold)
        gc.unfreeze()


def _collector_at_exit() -> None:
    """At the end of a process that ran a batch, the objects then alive are left out of the
    cycle collector's passes (gc.freeze): the interpreter's teardown collects several times
    over as it clears the modules, each pass over every object the batch left behind (the
    caches of lines and patterns, the profiles), which took 3% of the instructions of a run
    over the 181 dumps of the text bench. Objects are still freed as their references go;
    what is skipped is the search for cycles among them, which the process's end frees
    anyway (the batch's files are closed and its temporary files removed by then)."""
    gc.freeze()


def summary_line(summary: Any, dedupe: bool = False) -> str:
    """`5 parsed, 1 without a body, 3 failed (not_found 1, not_text 1, empty 1) in 0.4 s`."""
    parts = [f"{summary.parsed} parsed"]
    if summary.no_body:
        parts.append(f"{summary.no_body} without a body")
    if summary.failed:
        kinds = ", ".join(f"{kind} {n}" for kind, n in summary.failures.items())
        parts.append(f"{summary.failed} failed ({kinds})")
    if dedupe:
        parts.append(f"{summary.dropped} near-duplicates dropped")
    return ", ".join(parts) + f" in {summary.elapsed:.1f} s"


class _Progress:
    """A progress bar on stderr for `total` inputs (none when total is 0); yields advance()."""

    def __init__(self, report: Report, total: int) -> None:
        self.report = report
        self.total = total
        self.bar: Any = None

    def __enter__(self) -> Callable[[], None]:
        """Start the bar; return the function that moves it one input on."""
        if not self.total:
            return lambda: None
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn,
                                   TextColumn, TimeRemainingColumn)
        from rich.text import Text

        class _Rate(ProgressColumn):
            """Documents a second."""

            def render(self, task: Any) -> Text:
                """The rate so far."""
                speed = task.finished_speed or task.speed
                return Text(f"{speed:.1f} docs/s" if speed else "")

        console = Console(stderr=True, no_color=bool(os.environ.get("NO_COLOR")))
        self.bar = Progress(TextColumn("parsing"), BarColumn(), MofNCompleteColumn(), _Rate(),
                            TimeRemainingColumn(), console=console, transient=True)
        task = self.bar.add_task("parse", total=self.total)
        self.bar.start()
        self.report.console = console
        return lambda: self.bar.advance(task)

    def __exit__(self, *exc: Any) -> None:
        """Take the bar off the terminal."""
        if self.bar is not None:
            self.bar.stop()
            self.report.console = None


def _parse_on_cluster(source: _Source, scheduler: str, output: str, options: Options,
                      timeout: float, report: Report) -> int:
    """`parse --scheduler`: shards in a folder, a manifest, and the usual exit status."""
    from newsextract.cluster import failed_records, run_on_cluster

    manifest = run_on_cluster(list(source.args), output, scheduler, from_file=source.from_file,
                              timeout=timeout, options=options, null=source.null,
                              globs=source.globs)
    if manifest["errors"] and not report.quiet:
        for rec in failed_records(output, manifest):
            report.failure(rec["source"], rec["error"]["type"], rec["error"]["message"])
    if not report.quiet and (_stderr_is_terminal() or report.verbose):
        report.info(f"{manifest['records']} records in {len(manifest['shards'])} shards, "
                    f"{manifest['errors']} errors, {len(manifest['skipped_shards'])} shards "
                    "already done")
    if not manifest["inputs"]:
        report.error(f"no page or dump to read in {source.where()}")
    return _exit_status(manifest["errors"], manifest["inputs"])


@main.command()
def schema() -> None:
    """Print the JSON Schema of the record."""
    import json

    from newsextract.model import json_schema

    click.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))


@main.command(epilog=EXIT_HELP)
@click.argument("path")
@_input_options
@click.option("--format", "-f", "out_format", type=click.Choice(["auto", "table", "plain", "json"]),
              default="auto", show_default=True,
              help="table: a wide table; plain: each block as a paragraph under its label and "
                   "score; json: the labelled blocks and fields for scripts and bug reports. "
                   "auto: table on a terminal at least 120 columns wide, else plain.")
def explain(path: str, input_format: str, language: Optional[str], out_format: str) -> None:
    """Show how the pipeline labelled each block of PATH (- for stdin), and where each field
    came from."""
    from newsextract import explain as ex

    options = _options(input_format, language)
    if os.path.isdir(path):
        raise click.UsageError("explain takes one page or dump, not a folder")
    report = Report()

    def body() -> int:
        """Explain the input; its exit status."""
        outcome = ex.explain(path, options)
        if isinstance(outcome, ex.Failure):
            report.failure(outcome.source, outcome.type, outcome.message)
            return Exit.NOTHING
        fmt = out_format
        if fmt == "auto":
            fmt = "table" if _stdout_is_terminal() and _columns() >= 120 else "plain"
        if fmt == "json":
            ex.print_json(outcome)
        elif fmt == "table":
            ex.print_table(outcome)
        else:
            ex.print_plain(outcome, width=_columns())
        for w in outcome.article.warnings:
            report.info(f"{PROG}: {path}: warning: {w}")
        return Exit.OK

    sys.exit(_guard(report, body))


def _columns() -> int:
    """The terminal's width ($COLUMNS first), 80 when there is none."""
    import shutil

    return shutil.get_terminal_size((80, 24)).columns


def _quiet_pipe() -> None:
    """After a closed pipe, point stdout at /dev/null so the exit flush does not complain."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
