#!/usr/bin/env python3
"""Body F1 on pages no rule was shaped on: newspaper4k's own test pages, beside trafilatura.

usage: python bench/newspaper_pages.py [--cache DIR] [--per-page]

newspaper4k (a news extractor, Apache-2.0) ships in its source distribution 23 HTML pages in nine
languages (English, Chinese, Japanese, Thai, Burmese, Arabic, Latvian, Spanish, Korean's English
edition) with the article text its tests expect (tests/data/html and tests/data/txt). This script
fetches that distribution from the package registry once (`pip download --no-binary`, kept in
--cache, by default ~/.cache/newsextract-bench), runs newsextract (in-process, this tree's code)
and trafilatura 2.3.1 on each page, and scores both bodies against the expected text with the
article benchmark's own metric (../shared/eval/metrics.py: 4-token shingles, P and R means over
pages). The expected text is newspaper4k's output checked by its authors, not a hand-made gold: it
tells which tool agrees with it, and which pages one tool empties or floods. No rule of newsextract
was shaped on these pages (they were first read in session 30, after the rules); keep it so, and
read a page only to count what changed.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
from pathlib import Path
from typing import Dict, List, Tuple

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
sys.path.insert(0, str(ROOT / "src"))
PACKAGE = "newspaper4k==0.9.6"


def _pages(cache: Path) -> List[Tuple[str, bytes, str, str]]:
    """(name, html, url, expected text) of every test page that has an expected text."""
    cache.mkdir(parents=True, exist_ok=True)
    tars = sorted(cache.glob("newspaper4k-*.tar.gz"))
    if not tars:
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--no-binary", ":all:",
                        "-d", str(cache), PACKAGE], check=True)
        tars = sorted(cache.glob("newspaper4k-*.tar.gz"))
    out = []
    with tarfile.open(tars[-1]) as tar:
        members = {Path(m.name).relative_to(Path(m.name).parts[0]).as_posix(): m for m in tar.getmembers()
                   if m.isfile() and "/tests/data/" in m.name}

        def read(name: str) -> bytes:
            f = tar.extractfile(members[name])
            return f.read() if f else b""

        for name in sorted(members):
            if not (name.startswith("tests/data/txt/") and name.endswith(".txt")):
                continue
            stem = Path(name).stem
            html = f"tests/data/html/{stem}.html"
            if html not in members:
                continue
            meta = f"tests/data/metadata/{stem}.json"
            url = json.loads(read(meta)).get("url", "") if meta in members else ""
            out.append((stem, read(html), url, read(name).decode("utf-8")))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "newsextract-bench")
    ap.add_argument("--per-page", action="store_true", help="each page's F1 for both tools")
    args = ap.parse_args()
    sys.path.insert(0, str(EVAL))
    import metrics
    import trafilatura

    import newsextract

    pages = _pages(args.cache)
    truth: Dict[str, str] = {}
    ours: Dict[str, str] = {}
    theirs: Dict[str, str] = {}
    for stem, html, url, expected in pages:
        truth[stem] = expected
        try:
            ours[stem] = newsextract.extract(html, source=url or stem).body or ""
        except newsextract.NewsExtractError:
            ours[stem] = ""
        theirs[stem] = trafilatura.extract(html.decode("utf-8", "replace"), url=url or None,
                                           include_comments=False) or ""
    print(f"{len(pages)} pages of {PACKAGE}'s tests (expected text: newspaper4k's)\n")
    print("| extractor | F1 | P | R | empty bodies |")
    print("|---|---|---|---|---|")
    for label, pred in (("newsextract", ours), (f"trafilatura {trafilatura.__version__}", theirs)):
        s = metrics.score_zyte(truth, pred, n_bootstrap=0)[0]
        empty = sum(1 for v in pred.values() if not v.strip())
        print(f"| {label} | {s['f1']:.3f} | {s['precision']:.3f} | {s['recall']:.3f} | {empty} |")
    if args.per_page:
        print()
        for stem in truth:
            a = metrics.score_zyte({stem: truth[stem]}, {stem: ours[stem]}, n_bootstrap=0)[0]["f1"]
            b = metrics.score_zyte({stem: truth[stem]}, {stem: theirs[stem]}, n_bootstrap=0)[0]["f1"]
            print(f"{stem:28s} newsextract {a:.3f}  trafilatura {b:.3f}")


if __name__ == "__main__":
    main()
