"""Quotation recall and speaker accuracy on invented pages with hand-written gold (an audit's
fixtures directory: gold.json beside each page's HTML and its w3m, lynx and BeautifulSoup dumps;
fixtures/enq30 by default). Prints per kind of input: quotations found of the gold's, speakers
right of those found (exact, then the same person: a name the gold's ends with), and quotations
found that the gold does not list; with -v each miss."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Dict, List, Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import newsextract  # noqa: E402

KINDS = {"html": ".html", "w3m": ".w3m.txt", "lynx": ".lynx.txt", "soup": ".soup.txt"}
MARKS = "\"“”„«»‘’ \u00a0"


def _same_person(found: Optional[str], gold: Optional[str]) -> bool:
    """The found speaker is the gold's person: the same name, or its last words (a surname)."""
    if found is None or gold is None:
        return found == gold
    return found == gold or gold.endswith(" " + found)


def score(pages: Path, verbose: bool = False) -> Dict[str, List[int]]:
    """Per kind: [gold quotations, found, speaker exact, same person, found not in the gold]."""
    gold = json.loads((pages / "gold.json").read_text(encoding="utf-8"))
    out: Dict[str, List[int]] = {}
    for kind, ext in KINDS.items():
        row = out.setdefault(kind, [0, 0, 0, 0, 0])
        for name, g in gold.items():
            path = pages / (name + ext)
            if not path.exists():
                continue
            art = newsextract.extract(path.read_bytes())
            quotes = [(q.text.strip(MARKS), q.speaker) for q in art.quotes]
            used = set()
            for gq in g["quotes"]:
                row[0] += 1
                hit = next((i for i, (t, _) in enumerate(quotes) if t.startswith(gq["text_start"])), None)
                if hit is None:
                    if verbose:
                        print(f"  {kind:5} {name}: MISSED {gq['text_start']!r}")
                    continue
                used.add(hit)
                row[1] += 1
                who = quotes[hit][1]
                row[2] += who == gq["speaker"]
                row[3] += _same_person(who, gq["speaker"])
                if verbose and who != gq["speaker"]:
                    print(f"  {kind:5} {name}: {gq['text_start']!r} speaker {who!r} (gold {gq['speaker']!r})")
            for i, (t, who) in enumerate(quotes):
                if i not in used:
                    row[4] += 1
                    if verbose:
                        print(f"  {kind:5} {name}: EXTRA {t[:40]!r} ({who!r})")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("pages", nargs="?", default=str(ROOT / "fixtures" / "enq30"))
    ap.add_argument("-v", action="store_true", help="print each miss")
    a = ap.parse_args()
    rows = score(Path(a.pages), a.v)
    print(f"{'kind':6} {'recall':>14} {'speaker':>14} {'same person':>14} {'extra':>6}")
    for kind, (n, found, exact, person, extra) in rows.items():
        print(f"{kind:6} {found:3}/{n:<3} {found / max(n, 1):.3f}  {exact:3}/{found:<3} {exact / max(found, 1):.3f}"
              f"  {person:3}/{found:<3} {person / max(found, 1):.3f} {extra:6}")


if __name__ == "__main__":
    main()
