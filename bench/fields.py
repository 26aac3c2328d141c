#!/usr/bin/env python3
"""Field-by-field accuracy on the id-news corpus (text dumps and HTML) against its gold.

usage: python bench/fields.py [--input text|html|both] [--per-page]

Runs newsextract over ../shared/corpus/id-news/{text,html} and scores the records with
../shared/eval/fields_score.py; prints one table row per input kind.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "id-news"
COLUMNS = ["title", "date", "date_day", "authors", "location", "body_start", "body_end", "clean"]


def run(kind: str, per_page: bool) -> dict:
    import newsextract

    folder = CORPUS / kind
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / f"{kind}.jsonl"
        with pred.open("w", encoding="utf-8") as fh:
            for path in sorted(folder.iterdir()):
                rec = newsextract.extract(path.read_bytes(), source=str(path)).to_dict()
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        args = [sys.executable, str(SHARED / "eval" / "fields_score.py"), str(pred),
                str(CORPUS / "gold"), "--json"]
        if per_page:
            args.append("--per-page")
        out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    if per_page:
        print("\n".join(x for x in out.splitlines() if ": " in x and not x.startswith(" ")))
    start = out.index("{")
    end = out.rindex("}") + 1
    return json.loads(out[start:end])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--input", choices=["text", "html", "both"], default="both")
    ap.add_argument("--per-page", action="store_true")
    args = ap.parse_args()
    if not CORPUS.is_dir():
        sys.exit("../shared/corpus/id-news is not here")
    kinds = ["text", "html"] if args.input == "both" else [args.input]
    header = ["input"] + COLUMNS + ["quotes_R", "quotes_P", "speaker"]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for kind in kinds:
        res = run(kind, args.per_page)
        q = res["quotes"]
        cells = [kind] + [f"{res[c]['rate']:.2f}" if c in res else "-" for c in COLUMNS]
        cells += [f"{q['recall']:.2f}", f"{q['precision']:.2f}", f"{q['speaker_acc']:.2f}"]
        print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
