#!/usr/bin/env python3
"""Title and authors of fundus-dev's dump styles split by parts of the pages, before -> after.

usage: python bench/fields_parts.py PARTS.txt AFTER_DIR [BEFORE_DIR] [--fields title,authors]

PARTS.txt maps each page id to a part name ("<id> <part>" a line, e.g. "0", "1a", "1b"); AFTER_DIR
and BEFORE_DIR hold the records of a snapshot (`fundus-dev-<style>.jsonl`, `fundus.jsonl`,
`id-news-<style>.jsonl`, `id-html.jsonl`, `id-text.jsonl`). For every style and part it prints
right/pages per field (and the figure before, when BEFORE_DIR is given), never a page's name, so
a held-out part can be measured without being read.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(SHARED / "eval"))

import fields_score as fs  # noqa: E402  (the corpus's own scorer)

STYLES = ["w3m", "lynx", "soup_nl", "soup", "markdown", "markdown_wrapped", "markdown_nolinks",
          "soup_strip", "soup_space"]


def load(path: Path) -> dict:
    """Records of a JSON Lines file by page id ({} when the file is missing)."""
    if not path.exists():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            out[fs.page_id(rec.get("source") or rec.get("id"))] = rec
    return out


def golds(corpus: str) -> dict:
    """Gold records of a corpus by page id."""
    gdir = SHARED / "corpus" / corpus / "gold"
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(gdir.glob("*.json"))}


def tally(records: dict, gold: dict, parts: dict, fields: list[str]) -> dict:
    """(part, field) -> (right, pages), with part "all" for every page."""
    out: dict = {}
    for stem, g in gold.items():
        r = fs.score_page(records.get(stem, {}), g)
        for part in ("all", parts.get(stem, "?")):
            for f in fields:
                if f in r:
                    ok, n = out.get((part, f), (0, 0))
                    out[(part, f)] = (ok + bool(r[f]), n + 1)
    return out


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    fields = ["title", "authors"]
    for i, a in enumerate(sys.argv):
        if a == "--fields":
            fields = sys.argv[i + 1].split(",")
            args.remove(sys.argv[i + 1])
    parts = dict(line.split()[:2] for line in Path(args[0]).read_text().splitlines() if line.strip())
    after, before = Path(args[1]), Path(args[2]) if len(args) > 2 else None
    names = sorted(set(parts.values())) + ["all"]
    fd, idn = golds("fundus-dev"), golds("id-news")
    sets = [(f"fundus-dev-{s}", fd, True) for s in STYLES] + [("fundus", fd, True)]
    sets += [(f"id-news-{s}", idn, False) for s in STYLES] + [("id-html", idn, False), ("id-text", idn, False)]
    for name, gold, split in sets:
        a = tally(load(after / f"{name}.jsonl"), gold, parts if split else {}, fields)
        b = tally(load(before / f"{name}.jsonl"), gold, parts if split else {}, fields) if before else {}
        cells = []
        for part in (names if split else ["all"]):
            for f in fields:
                ok, n = a.get((part, f), (0, 0))
                short = f.split("_")[-1][:5] if "_" in f else f[:2]  # ("start", "end", "ti", "au")
                cell = f"{part}:{short} {ok}/{n}"
                if before:
                    bok = b.get((part, f), (0, 0))[0]
                    cell = f"{part}:{short} {bok}->{ok}/{n}" + ("*" if bok != ok else "")
                cells.append(cell)
        print(f"{name:28} " + "  ".join(cells))


if __name__ == "__main__":
    main()
