#!/usr/bin/env python3
"""Field-by-field accuracy against gold: id-news (text dumps and HTML) or fundus-dev (HTML).

usage: python bench/fields.py [--corpus id-news|fundus-dev] [--input text|html|both]
                              [--per-page] [--anchor] [--halves]

Runs newsextract over ../shared/corpus/<corpus>/{text,html} and scores the records with
../shared/eval/fields_score.py; prints one table row per input kind (and trafilatura 2.3.1's
row on the HTML with --anchor, in the same run).

--halves adds a table of the same records scored per half of the pages, split by site
(halves.py: half 0 the sites rules may be tuned on, half 1 the sites held out), each cell
"tune / held out". fundus-dev only: id-news's gold names no URLs, so it has no sites to split.
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import List, Optional, Tuple

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "id-news"
COLUMNS = ["title", "date", "date_day", "authors", "location", "body_start", "body_end", "clean"]


def _page(path: Path) -> bytes:
    """A page's bytes (fundus-dev keeps its pages gzipped)."""
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def _trafilatura(path: Path) -> dict:
    """trafilatura 2.3.1's record for a page, in newsextract's keys (the anchor)."""
    import trafilatura

    doc = trafilatura.bare_extraction(_page(path).decode("utf-8", errors="replace"),
                                      include_comments=False, with_metadata=True)
    if doc is None:
        return {"source": str(path)}
    d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    authors = [a.strip() for a in (d.get("author") or "").split(";") if a.strip()]
    return {"source": str(path), "title": d.get("title"), "date": d.get("date"),
            "authors": authors, "body": d.get("text") or ""}


def run(kind: str, per_page: bool, anchor: bool = False, per_half: Optional[dict] = None) -> dict:
    """A row's figures; with per_half (a dict), the figures of each half are put in it too."""
    import newsextract

    folder = CORPUS / kind
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / f"{kind}.jsonl"
        with pred.open("w", encoding="utf-8") as fh:
            for path in sorted(folder.iterdir()):
                if anchor:
                    rec = _trafilatura(path)
                else:
                    rec = newsextract.extract(_page(path), source=str(path)).to_dict()
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        args = [sys.executable, str(SHARED / "eval" / "fields_score.py"), str(pred),
                str(CORPUS / "gold"), "--json"]
        if per_page:
            args.append("--per-page")
        out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
        if per_half is not None:
            from halves import fields_by_half

            per_half.update(fields_by_half(pred, CORPUS / "gold") or {})
    if per_page:
        print("\n".join(x for x in out.splitlines() if ": " in x and not x.startswith(" ")))
    start = out.index("{")
    end = out.rindex("}") + 1
    return json.loads(out[start:end])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--input", choices=["text", "html", "both"], default="both")
    ap.add_argument("--per-page", action="store_true")
    ap.add_argument("--anchor", action="store_true",
                    help="also score trafilatura 2.3.1 on the HTML pages, in the same run")
    ap.add_argument("--corpus", choices=["id-news", "fundus-dev"], default="id-news")
    ap.add_argument("--halves", action="store_true",
                    help="also score per half of the sites (fundus-dev; tuned on / held out)")
    args = ap.parse_args()
    global CORPUS
    CORPUS = SHARED / "corpus" / args.corpus
    if not CORPUS.is_dir():
        sys.exit(f"../shared/corpus/{args.corpus} is not here")
    kinds = ["text", "html"] if args.input == "both" else [args.input]
    kinds = [k for k in kinds if (CORPUS / k).is_dir()]
    split = args.halves
    if split and args.corpus == "id-news":
        print("(--halves: id-news's gold names no URLs, so it has no sites to split: no halves)\n")
        split = False
    header = ["input"] + COLUMNS + ["quotes_R", "quotes_P", "speaker"]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    rows = [(kind, False) for kind in kinds]
    if args.anchor:
        rows.append(("html", True))
    by_half: List[Tuple[str, dict]] = []
    for kind, anchor in rows:
        per_half: Optional[dict] = {} if split else None
        res = run(kind, args.per_page, anchor, per_half)
        name = f"{kind} (trafilatura 2.3.1)" if anchor else f"{kind} (newsextract)"
        print("| " + " | ".join([name] + _cells(res)) + " |")
        if per_half:
            by_half.append((name, per_half))
    if by_half:
        _print_halves(header, by_half)


def _cells(res: dict) -> List[str]:
    """A row's figures as table cells, in COLUMNS order and then the quotes'."""
    q = res["quotes"]
    cells = [f"{res[c]['rate']:.2f}" if c in res else "-" for c in COLUMNS]
    cells += [f"{q['recall'] or 0:.2f}", f"{q['precision'] or 0:.2f}", f"{q['speaker_acc'] or 0:.2f}"]
    return cells


def _print_halves(header: List[str], by_half: List[Tuple[str, dict]]) -> None:
    """The halves table: each row's figures on the pages of each half, "tune / held out"."""
    from halves import HELD_OUT, NAMES, TUNE

    print(f"\nper half of the sites (halves.py): each cell {NAMES[TUNE]} / {NAMES[HELD_OUT]}\n")
    print("| " + " | ".join([header[0], "pages"] + header[1:]) + " |")
    print("|" + "---|" * (len(header) + 1))
    for name, h in by_half:
        pairs = zip(_cells(h[TUNE]), _cells(h[HELD_OUT]), strict=True)
        cells = [name, f"{h[TUNE]['pages']} / {h[HELD_OUT]['pages']}"] + [f"{a} / {b}" for a, b in pairs]
        print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
