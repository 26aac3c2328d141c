#!/usr/bin/env python3
"""Where the body loses to trafilatura on trafeval, page by page and by kind of loss.

usage: python bench/trafeval_losses.py OURS.jsonl ANCHOR.jsonl INPUTS [--half 0|1] [--halves FILE]

OURS and ANCHOR are records of the same pages (`newsextract parse`, and bench/bodies.py's
anchor records: {"source", "body"}); INPUTS is the folder of the pages (prepare_inputs.py).
For every required snippet the anchor's body holds and ours does not, the block that holds it
is found with `newsextract explain` and the miss is counted by that block's label, its score
(prose or not) and where it stands against our body (above it, inside, below): the kinds of
loss to fix first are the largest counts. --halves reads "page<TAB>half" lines (a held-out
half is measured with the counts only: read its pages' blocks with --list on the other half).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT.parent / "shared" / "eval"))

import evalkit  # noqa: E402

from newsextract.explain import Failure, explain  # noqa: E402
from newsextract.options import Options  # noqa: E402


def _bodies(path: str) -> dict:
    """Each record's body by its page id."""
    out = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            out[evalkit.id_from_source(rec["source"])] = rec.get("body") or ""
    return out


def _kind(block, lo: int, hi: int) -> str:
    """A missed snippet's block: its label or prose score, and where it stands."""
    pos = "above" if block.index < lo else "below" if block.index > hi else "inside"
    if block.label and block.label != "body":
        what = f"labelled {block.label}"
    elif block.score > 0:
        what = "unlabelled prose (score > 0)"
    else:
        what = "unlabelled, score <= 0"
    return f"{what}, {pos} the body"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("ours")
    ap.add_argument("anchor")
    ap.add_argument("inputs")
    ap.add_argument("--halves", help="a file of page<TAB>half lines (/tmp/t/halves.py trafeval)")
    ap.add_argument("--half", help="only the pages of this half")
    ap.add_argument("--list", action="store_true", help="print each missed snippet's page and block")
    args = ap.parse_args()
    docs = {d.id: d for d in evalkit.load_trafeval().docs}
    halves = {}
    if args.halves:
        halves = dict(line.rstrip("\n").split("\t") for line in open(args.halves, encoding="utf-8"))
    ours, anchor = _bodies(args.ours), _bodies(args.anchor)
    kinds: Counter = Counter()
    zero = {"ours": 0, "anchor": 0}
    for key, doc in sorted(docs.items()):
        if args.half is not None and halves.get(key) != args.half:
            continue
        for name, bodies in (("ours", ours), ("anchor", anchor)):
            if doc.with_snippets and not any(s in bodies.get(key, "") for s in doc.with_snippets):
                zero[name] += 1
        missed = [s for s in doc.with_snippets if s not in ours.get(key, "") and s in anchor.get(key, "")]
        if not missed:
            continue
        ex = explain(str(Path(args.inputs) / f"{key}.html"), Options())
        if isinstance(ex, Failure):
            kinds["page failed"] += len(missed)
            continue
        blocks = ex.trace.blocks
        body = [b.index for b in blocks if b.label == "body"]
        lo, hi = (body[0], body[-1]) if body else (-1, -1)
        for snippet in missed:
            probe = snippet.strip()[:25]
            held = next((b for b in blocks if probe in b.text), None)
            kind = "in no block (segmentation)" if held is None else _kind(held, lo, hi)
            kinds[kind] += 1
            if args.list:
                where = "-" if held is None else f"#{held.index} score {held.score:.0f}"
                print(f"{key}\t{kind}\t{where}\tbody #{lo}-#{hi}\t{snippet[:60]!r}")
    print(f"pages with no required snippet: ours {zero['ours']}, anchor {zero['anchor']}")
    for kind, n in kinds.most_common():
        print(f"{n:5d}  {kind}")


if __name__ == "__main__":
    main()
