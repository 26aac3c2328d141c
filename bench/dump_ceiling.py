#!/usr/bin/env python3
"""How much of the gold a dump prints at all: the ceiling of title, date and authors on dumps.

usage: python bench/dump_ceiling.py DUMPS_DIR RECORDS.jsonl [--gold DIR]

DUMPS_DIR holds one dump a page (`<id>.txt`, as `bench/dumps.py --keep DIR` writes them);
RECORDS.jsonl is newsextract's output over that folder (`newsextract parse -q DUMPS_DIR`).
For each half of the pages (split by site: md5 of the page's domain, mod 2) it prints, per
field, how many pages the records get right, how many print the gold in the dump at all, and
the misses that are findable; and the date misses by kind: a date the dump never prints, a
day printed without the time the gold has, a time printed without its zone (right in some
offset, which the dump does not tell), a time of another moment (an update), and a date
newsextract's own date reader finds in the dump but the records do not give.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(SHARED / "eval"))
sys.path.insert(0, str(ROOT / "src"))

import fields_score as fs  # noqa: E402  (the corpus's own scorer)

from newsextract.fields.dates import find_dump_dates  # noqa: E402
from newsextract.profiles import get_profile, with_language_zone  # noqa: E402

_OFFSETS = range(-12 * 60, 14 * 60 + 1, 15)  # every offset a place keeps, in minutes


def half(gold: dict) -> str:
    """The page's half, by its site's domain less "www." (the split the tuning rules use)."""
    domain = urlparse(gold.get("url") or "").netloc.removeprefix("www.") or gold["id"].rsplit("-", 3)[0]
    return str(int(hashlib.md5(domain.encode()).hexdigest(), 16) % 2)


def date_kind(text: str, gold: dict, lang: str) -> str:
    """Why a page's date is missed: what the dump prints of it."""
    profile = with_language_zone(get_profile(lang), lang)
    found = [d for line in text.splitlines() for d in find_dump_dates(line.strip(), profile)]
    want = {"date": gold["date"], "date_alt": gold.get("date_alt"), "date_match": gold.get("date_match")}
    if any(fs.score_page({"date": d.iso}, want)["date"] for d in found):
        return "findable (the date reader reads it)"
    day = [d for d in found if fs.score_page({"date": d.iso}, want)["date_day"]]
    if not day:
        return "day not printed (a relative date, or none)"
    if len(gold["date"]) == 10:
        return "day printed, another chosen"
    timed = [d for d in day if d.has_time]
    for d in timed:
        local = datetime.fromisoformat(d.iso[:19])
        if any(fs.score_page({"date": local.replace(tzinfo=timezone(timedelta(minutes=m))).isoformat()},
                             want)["date"] for m in _OFFSETS):
            return "time printed, its zone not"
    return "time of another moment printed" if timed else "day printed without the time"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dumps", type=Path)
    ap.add_argument("records", type=Path)
    ap.add_argument("--gold", type=Path, default=SHARED / "corpus" / "fundus-dev" / "gold")
    args = ap.parse_args()
    records = {}
    for line in args.records.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            records[fs.page_id(rec.get("source"))] = rec
    counts: dict = {"0": Counter(), "1": Counter()}
    dates: dict = {"0": Counter(), "1": Counter()}
    for path in sorted(args.gold.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        dump = args.dumps / f"{path.stem}.txt"
        if not dump.exists():
            continue
        text = dump.read_text(encoding="utf-8", errors="replace")
        flat = fs.norm(text).casefold()
        rec = records.get(path.stem, {})
        got = fs.score_page(rec, gold)
        c = counts[half(gold)]
        printed = {
            "title": any(fs.norm(t).casefold() in flat for t in [gold.get("title"), *gold.get("title_alt", [])] if t),
            "authors": any(all(fs.norm(a).casefold() in flat for a in names)
                           for names in [gold.get("authors") or [], *(gold.get("authors_alt") or [])] if names),
        }
        for field in ("title", "date", "authors"):
            if field not in got:
                continue
            c[f"{field} pages"] += 1
            c[f"{field} right"] += bool(got[field])
            if field in printed:
                c[f"{field} printed"] += printed[field]
                c[f"{field} printed, missed"] += printed[field] and not got[field]
        if "date" in got and not got["date"]:
            dates[half(gold)][date_kind(text, gold, rec.get("language") or gold.get("language") or "en")] += 1
    for h in "01":
        c = counts[h]
        print(f"half {h}:")
        for field in ("title", "date", "authors"):
            extra = (f", printed {c[field + ' printed']}, printed but missed {c[field + ' printed, missed']}"
                     if field != "date" else "")
            print(f"  {field}: right {c[field + ' right']}/{c[field + ' pages']}{extra}")
        for kind, n in dates[h].most_common():
            print(f"  date missed, {kind}: {n}")


if __name__ == "__main__":
    main()
