"""`newsextract explain`: the blocks as the pipeline labelled them, and where fields came from."""

from __future__ import annotations

import os
from typing import Optional

from newsextract.batch import Input, read_bytes
from newsextract.errors import NewsExtractError
from newsextract.options import Options

_STYLES = {
    "body": "green", "title": "bold cyan", "date": "cyan", "byline": "cyan", "header": "yellow",
    "caption": "magenta", "related": "blue", "list": "blue", "boilerplate": "dim", "": "dim",
}


def run_explain(path: str, *, input_format: str = "auto", language: Optional[str] = None,
                width: Optional[int] = None) -> int:
    """Print the labelled blocks and field sources of one input; return the exit status."""
    from rich.console import Console
    from rich.table import Table

    from newsextract.pipeline import extract_with_trace

    console = Console(no_color=bool(os.environ.get("NO_COLOR")), width=width,
                      soft_wrap=False, highlight=False)
    err = Console(stderr=True)
    try:
        data = read_bytes(Input(source=path, path=None if path == "-" else path), 20 * 1024 * 1024)
        article, trace = extract_with_trace(data, options=Options(input_format=input_format,
                                                                  language=language), source=path)
    except (NewsExtractError, OSError) as exc:
        err.print(f"[red]Error:[/red] {exc}")
        return 1
    table = Table(title=f"Blocks of {path} ({article.format}, {article.language})", expand=True)
    table.add_column("#", justify="right", style="dim", no_wrap=True)
    table.add_column("label", no_wrap=True)
    table.add_column("score", justify="right", no_wrap=True)
    table.add_column("why", style="dim")
    table.add_column("text", ratio=3)
    for b in trace.blocks:
        label = b.label or "-"
        style = _STYLES.get(b.label, "")
        text = b.text if len(b.text) <= 160 else b.text[:157] + "..."
        table.add_row(str(b.index), f"[{style}]{label}[/{style}]" if style else label,
                      f"{b.score:.0f}", b.reason, text)
    console.print(table)
    fields = Table(title="Fields and where they came from")
    fields.add_column("field", style="bold")
    fields.add_column("value")
    fields.add_column("source", style="dim")
    rec = article.to_dict()
    for key in ("title", "date", "authors", "editors", "site", "location", "credit", "language",
                "url"):
        value = rec[key]
        shown = ", ".join(value) if isinstance(value, list) else ("" if value is None else str(value))
        fields.add_row(key, shown or "[dim]-[/dim]", trace.sources.get(key, ""))
    fields.add_row("body", f"{rec['word_count']} words, {len(article.body.split(chr(10) * 2)) if article.body else 0} paragraphs", "blocks labelled body")
    fields.add_row("quotes", str(len(article.quotes)), "quotation marks + cue verbs")
    fields.add_row("related", str(len(article.related)), "read-also labels and related lists")
    console.print(fields)
    for w in article.warnings:
        err.print(f"[yellow]warning:[/yellow] {w}")
    return 0
