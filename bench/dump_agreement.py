#!/usr/bin/env python3
"""A page's text dump read against the same page read as HTML, field by field, per half of the sites.

usage: python bench/dump_agreement.py [--sets trafeval,zyte] [--styles w3m,lynx] [--keep DIR]
                                      [--list FIELD]

The HTML of a page tells far more than its dump (headings, metadata, markup), and newsextract
reads it far better: on fundus-dev, title 0.90 from HTML against 0.75 from a w3m dump. So the
HTML record serves as silver gold for the dump's, on pages that have no gold fields:
trafeval's 990 pages (many languages, kinds and sites) and the article benchmark's 181 ("zyte").
Each page is dumped the ways dumps.py does (w3m, lynx, ... as --styles), both are read, and per
half of the sites (halves.py: 0 tune, 1 held out) this prints the share of pages where they agree:

    title    the same words (case and punctuation aside), or one within the other where the
             shorter is 80% of the longer; counted only where the HTML's title is printed in
             the dump (an <og:title> the page never shows is not held against the dump)
    authors  the same names; counted only where every HTML author is printed in the dump
    day      the date's day (YYYY-MM-DD); counted where the HTML record has a date
    start, end   the body's first / last eight words

Silver is not gold: the HTML record can be wrong, and a page's visible headline can differ from
its metadata title on purpose. The figures say where a dump's reading departs from the page's;
--list FIELD prints those pages of half 0 (the held-out half is never listed), with both values.
--keep DIR keeps the dumps and reuses them.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path
from typing import Dict, List, Optional, Tuple

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from dumps import DUMPERS, SHARED, _html, _missing  # noqa: E402
from halves import HELD_OUT, NAMES, TUNE, half  # noqa: E402

EVAL = SHARED / "eval"
SETS = {"trafeval": ["--dataset", "trafeval"], "zyte": ["--dataset", "zyte"]}
FIELDS = ["title", "authors", "day", "start", "end"]


def _norm(s: Optional[str]) -> str:
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", s or "").casefold())


def _words(s: Optional[str]) -> List[str]:
    return re.findall(r"\w+", (s or "").casefold())


def value(rec: dict, field: str):
    """The field's value in a record, in the form two records are compared in ("" or () if none)."""
    if field == "title":
        return _norm(rec.get("title"))
    if field == "authors":
        return tuple(sorted(_norm(a) for a in rec.get("authors") or []))
    if field == "day":
        return (rec.get("date") or "")[:10]
    body = _words(rec.get("body"))
    return " ".join(body[:8] if field == "start" else body[-8:])


def agrees(field: str, html_value, dump_value) -> bool:
    if html_value == dump_value:
        return True
    if field != "title" or not dump_value:
        return False
    short, long_ = sorted((html_value, dump_value), key=len)
    return short in long_ and len(short) >= 0.8 * len(long_)


def printed(field: str, html_rec: dict, dump_text: str) -> bool:
    """Whether the HTML record's value is printed in the dump (title and authors; others: True)."""
    if field == "title":
        return value(html_rec, "title") in dump_text
    if field == "authors":
        return all(_norm(a) in dump_text for a in html_rec.get("authors") or [])
    return True


def _shown(rec: dict, field: str):
    """The field as a listing shows it: the record's own value (its date whole), else the words."""
    if field in ("title", "authors"):
        return rec.get(field)
    return rec.get("date") if field == "day" else value(rec, field)


def _extract(data: bytes, source: str) -> dict:
    import newsextract

    try:
        return newsextract.extract(data, source=source).to_dict()
    except newsextract.NewsExtractError:
        return {}


def run_set(name: str, styles: List[str], keep: Path, listing: Optional[str]) -> None:
    sys.path.insert(0, str(EVAL))
    import evalkit

    ds = evalkit.load_dataset(name)
    urls = {d.id: d.url for d in ds.docs}
    pages = keep / name / "html"
    if not pages.is_dir():
        subprocess.run([sys.executable, str(EVAL / "prepare_inputs.py"), *SETS[name], str(pages)],
                       check=True, capture_output=True)
    files = sorted(pages.iterdir())
    ids = {p: evalkit.id_from_source(str(p)) for p in files}
    html_recs = {p: _extract(p.read_bytes(), str(p)) for p in files}
    print(f"\n{name} ({len(files)} pages): share of pages whose dump agrees with the HTML record,"
          f" {NAMES[TUNE]} / {NAMES[HELD_OUT]} (pages counted)\n")
    print("| style | " + " | ".join(FIELDS) + " |")
    print("|---|" + "---|" * len(FIELDS))
    for style in styles:
        why = _missing(style)
        if why:
            print(f"| {style} | skipped: {why} |" + " |" * (len(FIELDS) - 1))
            continue
        folder = keep / name / style
        folder.mkdir(parents=True, exist_ok=True)
        counts: Dict[Tuple[int, str], List[int]] = {}
        listed: List[str] = []
        for p in files:
            target = folder / (p.name.split(".html")[0] + ".txt")
            if not target.exists():
                target.write_text(DUMPERS[style](_html(p)), encoding="utf-8")
            text = target.read_text(encoding="utf-8")
            dump_rec = _extract(text.encode("utf-8"), str(target))
            h = half(ids[p], urls.get(ids[p]))
            squashed = _norm(text)
            for field in FIELDS:
                hv = value(html_recs[p], field)
                if not hv or not printed(field, html_recs[p], squashed):
                    continue
                dv = value(dump_rec, field)
                ok = agrees(field, hv, dv)
                c = counts.setdefault((h, field), [0, 0])
                c[0] += ok
                c[1] += 1
                if not ok and field == listing and h == TUNE:
                    listed.append(f"{ids[p]} | dump: {_shown(dump_rec, field)!r}"
                                  f" | HTML: {_shown(html_recs[p], field)!r}")
        cells = []
        for field in FIELDS:
            a, b = counts.get((TUNE, field), [0, 0]), counts.get((HELD_OUT, field), [0, 0])
            cells.append(f"{a[0] / a[1]:.2f} ({a[1]}) / {b[0] / b[1]:.2f} ({b[1]})" if a[1] and b[1] else "-")
        print(f"| {style} | " + " | ".join(cells) + " |", flush=True)
        if listed:
            print(f"\n{style}: half-0 pages whose {listing} disagrees\n" + "\n".join(listed) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default="trafeval,zyte", help="comma-separated, of trafeval, zyte")
    ap.add_argument("--styles", default="w3m,lynx", help="comma-separated, of dumps.py's styles")
    ap.add_argument("--keep", type=Path, help="keep the pages and dumps here, and reuse them")
    ap.add_argument("--list", dest="listing", choices=FIELDS,
                    help="list the half-0 pages where this field disagrees")
    args = ap.parse_args()
    if not (SHARED / "corpus").is_dir():
        sys.exit("../shared/corpus is not here")
    styles = args.styles.split(",")
    unknown = [s for s in styles if s not in DUMPERS]
    if unknown:
        sys.exit(f"unknown style(s): {', '.join(unknown)} (dumps.py's: {', '.join(DUMPERS)})")
    with tempfile.TemporaryDirectory() as tmp:
        keep = args.keep or Path(tmp)
        for name in args.sets.split(","):
            run_set(name, styles, keep, args.listing)


if __name__ == "__main__":
    main()
