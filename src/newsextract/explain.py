"""`newsextract explain`: the blocks as the pipeline labelled them, and where fields came from.

Three layouts of the same facts: a wide table for a wide terminal, plain paragraphs (label
and score on a line above each block's text) for a narrow one or a pipe, and JSON for
scripts and bug reports.
"""

from __future__ import annotations

import json
import os
import sys
import textwrap
from dataclasses import dataclass
from typing import IO, Any, Dict, List, Optional, Tuple, Union

from newsextract.batch import describe_error
from newsextract.inputs import expand, read_bytes
from newsextract.model import Article
from newsextract.options import Options
from newsextract.pipeline import extract_with_trace

_STYLES = {
    "body": "green", "title": "bold cyan", "date": "cyan", "byline": "cyan", "header": "yellow",
    "caption": "magenta", "related": "blue", "list": "blue", "boilerplate": "dim", "": "dim",
}
# The fields shown with where they came from, in this order.
FIELDS = ("title", "date", "authors", "editors", "site", "domain", "location", "credit",
          "language", "url")
_PLAIN_TEXT_LIMIT = 600


@dataclass(frozen=True)
class Failure:
    """The input could not be read or parsed: the same type and message as parse's record."""

    source: str
    type: str
    message: str


@dataclass(frozen=True)
class Explanation:
    """An input's article and the pipeline's trace of it."""

    source: str
    article: Article
    trace: Any  # newsextract.pipeline.Trace: .blocks (index, label, reason, score, text), .sources


def explain(path: str, options: Options) -> Union[Explanation, Failure]:
    """Extract one input ("-": stdin) with its trace, or say why it failed."""
    inputs = expand([path])  # an archive: its first HTML record
    if not inputs:
        return Failure(path, "warc", "the archive holds no HTML response record")
    inp = inputs[0]
    if inp.error:
        return Failure(inp.source, *inp.error)
    try:
        data = read_bytes(inp, options.max_bytes)
        article, trace = extract_with_trace(data, options=options, source=inp.source)
    except Exception as exc:  # noqa: B902 - the same mapping as parse's error records
        return Failure(inp.source, *describe_error(exc))
    if inp.url:
        article.url = inp.url
    return Explanation(inp.source, article, trace)


def _value(value: Any) -> str:
    """A field's value as one line."""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


def field_rows(ex: Explanation) -> List[Tuple[str, str, str]]:
    """(field, value, where it came from) for the fields, the body, quotes and related."""
    rec = ex.article.to_dict()
    sources: Dict[str, str] = ex.trace.sources
    rows = [(key, _value(rec[key]), sources.get(key, "")) for key in FIELDS]
    paragraphs = len(ex.article.body.split("\n\n")) if ex.article.body else 0
    rows.append(("body", f"{rec['word_count']} words, {paragraphs} paragraphs",
                 "blocks labelled body"))
    rows.append(("quotes", str(len(ex.article.quotes)), "quotation marks + cue verbs"))
    rows.append(("related", str(len(ex.article.related)), "read-also labels and related lists"))
    return rows


def to_json(ex: Explanation) -> Dict[str, Any]:
    """The labelled blocks, the fields with their sources, and the whole record."""
    return {
        "source": ex.source,
        "format": ex.article.format,
        "language": ex.article.language,
        "blocks": [{"index": b.index, "label": b.label or None, "score": round(float(b.score), 2),
                    "reason": b.reason, "text": b.text} for b in ex.trace.blocks],
        "fields": [{"field": f, "value": v or None, "source": s or None}
                   for f, v, s in field_rows(ex)],
        "record": ex.article.to_dict(),
    }


def print_json(ex: Explanation, stream: Optional[IO[str]] = None) -> None:
    """Write the JSON form, pretty, UTF-8."""
    out = stream or sys.stdout
    out.write(json.dumps(to_json(ex), ensure_ascii=False, indent=2) + "\n")


def print_plain(ex: Explanation, width: int = 80, stream: Optional[IO[str]] = None) -> None:
    """Each block as a paragraph under a line with its number, label, score and reason."""
    out = stream or sys.stdout
    width = max(40, width)
    out.write(f"Blocks of {ex.source} ({ex.article.format}, {ex.article.language})\n")
    for b in ex.trace.blocks:
        head = f"#{b.index} {b.label or 'unlabelled'}, score {b.score:.0f}"
        out.write(f"\n{head}" + (f": {b.reason}" if b.reason else "") + "\n")
        text = " ".join(b.text.split())
        if len(text) > _PLAIN_TEXT_LIMIT:
            text = text[:_PLAIN_TEXT_LIMIT - 3] + "..."
        out.write(textwrap.fill(text, width=width, initial_indent="    ",
                                subsequent_indent="    ") + "\n")
    out.write("\nFields and where they came from\n\n")
    rows = field_rows(ex)
    name_width = max(len(f) for f, _, _ in rows)
    for f, v, s in rows:
        line = f"{f.ljust(name_width)}  {v or '-'}"
        out.write(textwrap.fill(line, width=width, subsequent_indent=" " * (name_width + 2)) + "\n")
        if s:
            out.write(" " * (name_width + 2) + f"from: {s}\n")


def print_table(ex: Explanation, width: Optional[int] = None) -> None:
    """The blocks and fields as two rich tables (for a wide terminal)."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console(no_color=bool(os.environ.get("NO_COLOR")), width=width,
                      soft_wrap=False, highlight=False)
    table = Table(title=f"Blocks of {ex.source} ({ex.article.format}, {ex.article.language})",
                  expand=True)
    table.add_column("#", justify="right", style="dim", no_wrap=True)
    table.add_column("label", no_wrap=True)
    table.add_column("score", justify="right", no_wrap=True)
    table.add_column("why", style="dim")
    table.add_column("text", ratio=3)
    for b in ex.trace.blocks:
        label = b.label or "-"
        style = _STYLES.get(b.label, "")
        text = b.text if len(b.text) <= 160 else b.text[:157] + "..."
        table.add_row(str(b.index), f"[{style}]{label}[/{style}]" if style else label,
                      f"{b.score:.0f}", escape(b.reason), escape(text))
    console.print(table)
    fields = Table(title="Fields and where they came from")
    fields.add_column("field", style="bold")
    fields.add_column("value")
    fields.add_column("source", style="dim")
    for f, v, s in field_rows(ex):
        fields.add_row(f, escape(v) if v else "[dim]-[/dim]", escape(s))
    console.print(fields)
