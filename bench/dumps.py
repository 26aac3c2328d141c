#!/usr/bin/env python3
"""Field-by-field accuracy on text dumps of every style, made from the same HTML pages.

usage: python bench/dumps.py [--corpus id-news|fundus-dev|both] [--keep DIR] [--per-page STYLE]
                             [--halves]

Each page of ../shared/corpus/id-news/html and ../shared/corpus/fundus-dev/html (gzipped) is
dumped the ways scrapers save text:

    w3m        w3m -dump -T text/html -cols 100 (how id-news/text was made)
    lynx       lynx -dump -nolist -width=100
    soup_nl    BeautifulSoup(html).get_text("\\n")
    soup       BeautifulSoup(html).get_text()
    markdown   html2text with body_width=0
    markdown_wrapped   html2text's defaults (paragraphs and headings broken at 78 columns)
    markdown_nolinks   html2text with ignore_links, ignore_images and body_width=0
    soup_strip BeautifulSoup(html).get_text("\n", strip=True) (no blank line left)
    soup_space BeautifulSoup(html).get_text(" ", strip=True) (the page on one line)
    lynx_refs  lynx -dump (its defaults: links numbered, "References" listed at the end, 80 columns)
    elinks     elinks -dump -no-references -no-numbering (80 columns)
    links      links -dump
    pandoc_markdown    pandoc -f html -t markdown --wrap=none (fenced divs, attributes)
    pandoc_commonmark  pandoc -f html -t commonmark --wrap=none (the page's <div>s kept as HTML)
    pandoc_plain       pandoc -f html -t plain --wrap=none
    markdownify        markdownify's defaults (the source's line breaks kept in paragraphs)

The first nine are the styles the rules were shaped on; the last seven were added later and
measured before any rule for them was written (see the commit that added them).

newsextract reads each dump, ../shared/eval/fields_score.py scores the records against the
corpus's gold, and one table per corpus prints a row per style with each figure's distance
from the w3m row beside it. A style whose tool is missing is skipped, and the table says so.
--keep DIR keeps the dumps (and reuses them on the next run).
--halves adds, under fundus-dev's table, each style's figures per half of the pages, split by
site (halves.py: half 0 the sites rules may be tuned on, half 1 the sites held out), each cell
"tune / held out"; id-news's gold names no URLs, so it has no sites to split.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Callable, Dict, List, Optional, Tuple

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPORA = {"id-news": SHARED / "corpus" / "id-news", "fundus-dev": SHARED / "corpus" / "fundus-dev"}
COLUMNS = ["title", "date", "authors", "location", "body_start", "body_end", "clean"]
QCOLUMNS = ["quotes_R", "quotes_P", "speaker"]
STYLES = ["w3m", "lynx", "soup_nl", "soup", "markdown", "markdown_wrapped", "markdown_nolinks",
          "soup_strip", "soup_space", "lynx_refs", "elinks", "links", "pandoc_markdown",
          "pandoc_commonmark", "pandoc_plain", "markdownify"]
# the command each style needs, where it is not a Python module
TOOLS = {"w3m": "w3m", "lynx": "lynx", "lynx_refs": "lynx", "elinks": "elinks", "links": "links",
         "pandoc_markdown": "pandoc", "pandoc_commonmark": "pandoc", "pandoc_plain": "pandoc"}
# a figure further than this from the w3m row is marked
TOLERANCE = 0.05


def _run(args: List[str], html: str) -> str:
    """A command's stdout for the page given on its stdin (UTF-8 both ways)."""
    out = subprocess.run(args, input=html.encode("utf-8"), capture_output=True, timeout=120)
    return out.stdout.decode("utf-8", errors="replace")


def _w3m(html: str) -> str:
    return _run(["w3m", "-dump", "-T", "text/html", "-cols", "100", "-I", "UTF-8", "-O", "UTF-8"], html)


def _lynx(html: str) -> str:
    return _run(["lynx", "-dump", "-nolist", "-force_html", "-stdin", "-width=100",
                 "-assume_charset=utf-8", "-display_charset=utf-8"], html)


def _lynx_refs(html: str) -> str:
    return _run(["lynx", "-dump", "-force_html", "-stdin", "-assume_charset=utf-8",
                 "-display_charset=utf-8"], html)


def _from_file(args: List[str]) -> Callable[[str], str]:
    """A browser that reads the page from a file (elinks and links read no HTML on stdin)."""
    def dump(html: str) -> str:
        with tempfile.NamedTemporaryFile("w", suffix=".html", encoding="utf-8") as fh:
            fh.write(html)
            fh.flush()
            out = subprocess.run(args + [fh.name], capture_output=True, timeout=120)
        return out.stdout.decode("utf-8", errors="replace")
    return dump


def _pandoc(to: str) -> Callable[[str], str]:
    def dump(html: str) -> str:
        return _run(["pandoc", "-f", "html", "-t", to, "--wrap=none"], html)
    return dump


def _markdownify(html: str) -> str:
    from markdownify import markdownify

    return str(markdownify(html))


def _soup(sep: str, strip: bool = False) -> Callable[[str], str]:
    def dump(html: str) -> str:
        from bs4 import BeautifulSoup

        return BeautifulSoup(html, "html.parser").get_text(sep, strip=strip)
    return dump


def _markdown(width: int = 0, links: bool = True) -> Callable[[str], str]:
    def dump(html: str) -> str:
        import html2text

        h = html2text.HTML2Text()
        h.body_width = width
        h.ignore_links = h.ignore_images = not links
        return h.handle(html)
    return dump


def _missing(style: str) -> Optional[str]:
    """Why a style cannot be made on this machine, or None."""
    if style in TOOLS:
        return None if shutil.which(TOOLS[style]) else f"{TOOLS[style]} is not installed"
    module = "markdownify" if style == "markdownify" else \
        "html2text" if style.startswith("markdown") else "bs4"
    try:
        __import__(module)
    except ImportError:
        return f"{module} is not installed (pip install -e '.[bench]')"
    return None


DUMPERS: Dict[str, Callable[[str], str]] = {
    "w3m": _w3m, "lynx": _lynx, "soup_nl": _soup("\n"), "soup": _soup(""), "markdown": _markdown(),
    "markdown_wrapped": _markdown(78), "markdown_nolinks": _markdown(links=False),
    "soup_strip": _soup("\n", strip=True), "soup_space": _soup(" ", strip=True),
    "lynx_refs": _lynx_refs,
    "elinks": _from_file(["elinks", "-dump", "-no-references", "-no-numbering", "-dump-charset", "utf-8"]),
    "links": _from_file(["links", "-dump", "-codepage", "utf-8"]),
    "pandoc_markdown": _pandoc("markdown"), "pandoc_commonmark": _pandoc("commonmark"),
    "pandoc_plain": _pandoc("plain"), "markdownify": _markdownify,
}


def _pages(corpus: Path) -> List[Path]:
    """The corpus's HTML pages that have a gold file."""
    gold = {p.stem for p in (corpus / "gold").glob("*.json")}
    out = []
    for p in sorted((corpus / "html").iterdir()):
        name = p.name[:-3] if p.name.endswith(".gz") else p.name
        if name.rsplit(".", 1)[0] in gold:
            out.append(p)
    return out


# a charset declaration in a page's head: `charset=gb2312`, `charset="iso-8859-1"`
_CHARSET = re.compile(r"""(charset\s*=\s*["']?)[\w:.-]+""", re.I)


def _html(path: Path) -> str:
    """The page's text, decoded, its charset declarations made to say UTF-8: the dumpers are
    given the text as UTF-8, and lynx, elinks and links honour a page's meta charset over their
    own charset option (an iso-8859-1 page's "é", given as UTF-8, came out as "Ã©")."""
    from newsextract.decode import decode

    data = path.read_bytes()
    if path.name.endswith(".gz"):
        data = gzip.decompress(data)
    text = decode(data)[0]
    head, rest = text[:8192], text[8192:]
    return _CHARSET.sub(lambda m: m.group(1) + "utf-8", head) + rest


def make_dumps(corpus: Path, style: str, folder: Path) -> List[Path]:
    """Dump every page of a corpus in one style into folder (reusing dumps already there)."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for page in _pages(corpus):
        stem = page.name.split(".html")[0]
        target = folder / f"{stem}.txt"
        if not target.exists():
            target.write_text(DUMPERS[style](_html(page)), encoding="utf-8")
        out.append(target)
    return out


def score(dumps: List[Path], gold: Path, per_page: bool, per_half: Optional[dict] = None) -> dict:
    """newsextract's records for the dumps, scored by fields_score.py (and per half into per_half)."""
    import newsextract

    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.jsonl"
        with pred.open("w", encoding="utf-8") as fh:
            for path in dumps:
                try:
                    rec = newsextract.extract(path.read_bytes(), source=str(path)).to_dict()
                except newsextract.NewsExtractError as exc:  # an empty dump: scored as a miss
                    rec = {"source": str(path), "error": str(exc)}
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        args = [sys.executable, str(SHARED / "eval" / "fields_score.py"), str(pred), str(gold), "--json"]
        if per_page:
            args.append("--per-page")
        out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
        if per_half is not None:
            from halves import fields_by_half

            per_half.update(fields_by_half(pred, gold) or {})
    if per_page:
        print("\n".join(x for x in out.splitlines() if ": " in x and not x.startswith(" ")))
    return json.loads(out[out.index("{"):out.rindex("}") + 1])


def _figures(res: dict) -> Dict[str, Optional[float]]:
    q = res["quotes"]
    figs = {c: res[c]["rate"] for c in COLUMNS if c in res}
    # (None where the gold lists no quotes: the column prints "-")
    figs.update(quotes_R=q["recall"], quotes_P=q["precision"], speaker=q["speaker_acc"])
    return figs


def table(name: str, corpus: Path, keep: Path, per_page: Optional[str], halves: bool = False) -> None:
    """Print one corpus's table: a row per style, each figure beside the w3m row's (and per half)."""
    n = len(_pages(corpus))
    cols = COLUMNS + QCOLUMNS
    print(f"\n{name} ({n} pages); in brackets: the distance from the w3m row, '!' beyond {TOLERANCE}\n")
    print("| style | " + " | ".join(cols) + " |")
    print("|---|" + "---|" * len(cols))
    anchor: Optional[Dict[str, Optional[float]]] = None
    by_half: List[Tuple[str, dict]] = []
    for style in STYLES:
        why = _missing(style)
        if why:
            print(f"| {style} | skipped: {why} |" + " |" * (len(cols) - 1))
            continue
        dumps = make_dumps(corpus, style, keep / name / style)
        per_half: Optional[dict] = {} if halves else None
        figs = _figures(score(dumps, corpus / "gold", per_page == style, per_half))
        if per_half:
            by_half.append((style, per_half))
        if style == "w3m":
            anchor = figs
        cells = []
        for c in cols:
            v = figs.get(c)
            if v is None:
                cells.append("-")
            elif anchor is None or style == "w3m" or anchor.get(c) is None:
                cells.append(f"{v:.2f}")
            else:
                d = v - (anchor[c] or 0.0)
                cells.append(f"{v:.2f} ({d:+.2f}{'!' if d < -TOLERANCE else ''})")
        print(f"| {style} | " + " | ".join(cells) + " |", flush=True)
    if halves and not by_half:
        print(f"\n(--halves: {name}'s gold names no URLs, so it has no sites to split: no halves)")
    elif by_half:
        _print_halves(name, by_half)


def _print_halves(name: str, by_half: List[Tuple[str, dict]]) -> None:
    """A corpus's halves table: each style's figures on the pages of each half, "tune / held out"."""
    from halves import HELD_OUT, NAMES, TUNE

    cols = COLUMNS + QCOLUMNS
    tune, held = by_half[0][1][TUNE]["pages"], by_half[0][1][HELD_OUT]["pages"]
    print(f"\n{name} per half of the sites (halves.py): each cell {NAMES[TUNE]} ({tune} pages)"
          f" / {NAMES[HELD_OUT]} ({held} pages)\n")
    print("| style | " + " | ".join(cols) + " |")
    print("|---|" + "---|" * len(cols))
    for style, h in by_half:
        a, b = _figures(h[TUNE]), _figures(h[HELD_OUT])
        cells = [f"{_fmt(a.get(c))} / {_fmt(b.get(c))}" for c in cols]
        print(f"| {style} | " + " | ".join(cells) + " |")


def _fmt(v: Optional[float]) -> str:
    return "-" if v is None else f"{v:.2f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", choices=["id-news", "fundus-dev", "both"], default="both")
    ap.add_argument("--keep", type=Path, help="keep the dumps here, and reuse them")
    ap.add_argument("--per-page", metavar="STYLE", choices=STYLES,
                    help="also list each page's misses for this style")
    ap.add_argument("--halves", action="store_true",
                    help="also score each style per half of the sites (fundus-dev; tuned on / held out)")
    args = ap.parse_args()
    names = list(CORPORA) if args.corpus == "both" else [args.corpus]
    with tempfile.TemporaryDirectory() as tmp:
        keep = args.keep or Path(tmp)
        for name in names:
            if not CORPORA[name].is_dir():
                print(f"{name}: ../shared/corpus/{name} is not here: skipped")
                continue
            table(name, CORPORA[name], keep, args.per_page, args.halves)


if __name__ == "__main__":
    main()
