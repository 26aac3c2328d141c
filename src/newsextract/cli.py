"""The command line: a thin click layer over `newsextract.extract`."""

from __future__ import annotations

import sys
from typing import Optional, Tuple

import click

from newsextract import __version__
from newsextract.options import INPUT_FORMATS

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_NOTHING = 0, 1, 2, 3

EXIT_HELP = """\b
Exit status:
  0    every input was parsed
  1    some inputs failed (their error records were written)
  2    usage error
  3    nothing could be done (no input could be read)
  130  interrupted (Ctrl-C)"""


@click.group(context_settings={"help_option_names": ["-h", "--help"]}, epilog=EXIT_HELP)
@click.version_option(__version__, "-V", "--version", prog_name="newsextract")
def main() -> None:
    """Turn scraped news pages (saved HTML or text dumps) into clean JSON records.

    \b
    Examples:
      newsextract parse article.txt | jq -r .title
      newsextract parse scrapes/ > articles.jsonl
      newsextract parse --format csv scrapes/ > table.csv
    """


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--input-format", "input_format", type=click.Choice(INPUT_FORMATS), default="auto",
              show_default=True, help="Read inputs as HTML or text; auto sniffs each one.")
@click.option("--language", "-l", default=None, metavar="CODE",
              help="Force a language profile (id, en); detected from the text by default.")
@click.option("--format", "-f", "out_format",
              type=click.Choice(["json", "jsonl", "csv", "markdown", "text"]), default=None,
              help="Output format. Default: json for one input, jsonl for several.")
@click.option("--fields", default=None, metavar="KEYS",
              help="Comma-separated keys to keep, e.g. title,date,authors.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None,
              help="Write to FILE (atomically) instead of stdout.")
@click.option("--from-file", "from_file", type=click.Path(exists=True, dir_okay=False),
              default=None, help="Also read input paths from FILE, one per line.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Parallel worker processes (default: the number of cores).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=30.0, show_default=True,
              help="Seconds one document may take before it becomes an error record.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary on stderr.")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Run on a Dask cluster (tcp://host:8786, or 'local' for one on this "
                   "machine); -o then names a folder of JSON Lines shards. Needs "
                   "newsextract[dask].")
def parse(inputs: Tuple[str, ...], input_format: str, language: Optional[str],
          out_format: Optional[str], fields: Optional[str], output: Optional[str],
          from_file: Optional[str], jobs: Optional[int], timeout: float, quiet: bool,
          scheduler: Optional[str]) -> None:
    """Extract articles from INPUTS: files, folders (recursive), globs, or - for stdin.

    One input prints one JSON record (pretty on a terminal); several print JSON Lines, one
    record per input in sorted path order. An input that cannot be parsed still gets a record,
    with an "error" object.
    """
    if scheduler:
        sys.exit(_parse_on_cluster(list(inputs), scheduler, output, from_file, input_format,
                                   language, timeout, quiet, out_format, fields))
    from newsextract.batch import run_parse

    code = run_parse(list(inputs), input_format=input_format, language=language,
                     out_format=out_format, fields=fields, output=output, from_file=from_file,
                     jobs=jobs, timeout=timeout, quiet=quiet)
    sys.exit(code)


def _parse_on_cluster(inputs: list, scheduler: str, output: Optional[str],
                      from_file: Optional[str], input_format: str, language: Optional[str],
                      timeout: float, quiet: bool, out_format: Optional[str],
                      fields: Optional[str]) -> int:
    """`parse --scheduler`: shards in a folder, a manifest, and the usual exit status."""
    if not output:
        click.echo("Error: --scheduler needs -o OUTDIR, the folder for the shards", err=True)
        return EXIT_USAGE
    if (out_format and out_format != "jsonl") or fields:
        click.echo("Error: with --scheduler the shards are JSON Lines of whole records "
                   "(no --format or --fields)", err=True)
        return EXIT_USAGE
    from newsextract.cluster import run_on_cluster
    from newsextract.options import Options

    manifest = run_on_cluster(inputs, output, scheduler, from_file=from_file, timeout=timeout,
                              options=Options(input_format=input_format, language=language))
    if not quiet and sys.stderr.isatty():
        click.echo(f"{manifest['records']} records in {len(manifest['shards'])} shards, "
                   f"{manifest['errors']} errors, {len(manifest['skipped_shards'])} shards "
                   "already done", err=True)
    if manifest["inputs"] and manifest["errors"] == manifest["inputs"]:
        return EXIT_NOTHING
    return EXIT_SOME_FAILED if manifest["errors"] else EXIT_OK


@main.command()
def schema() -> None:
    """Print the JSON Schema of the record."""
    import json

    from newsextract.model import json_schema

    click.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))


@main.command()
@click.argument("path")
@click.option("--input-format", "input_format", type=click.Choice(INPUT_FORMATS), default="auto")
@click.option("--language", "-l", default=None, metavar="CODE")
def explain(path: str, input_format: str, language: Optional[str]) -> None:
    """Show how the pipeline labelled each block of PATH, and where each field came from."""
    from newsextract.explain import run_explain

    sys.exit(run_explain(path, input_format=input_format, language=language))
