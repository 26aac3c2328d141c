#!/usr/bin/env python3
"""Article-body F1 on every body corpus in ../shared, beside the anchors, in one run.

usage: python bench/bodies.py [--sets zyte-html,zyte-text,fundus,trafeval,...] [--no-anchors] [--halves]

For each set, newsextract (the installed command, -j 2), trafilatura 2.3.1 (include_comments
False) and readability-lxml (when installed) extract the body of every page; the records are
scored with ../shared/eval/score.py, the benchmarks' own metrics (4-token shingles for the
article benchmark and fundus-dev, required/forbidden snippets for trafeval). Text dumps go
to the anchors as <p> blocks, as shared/eval's table does.

trafeval-w3m and trafeval-lynx (not in the default --sets: they need w3m / lynx) are trafeval's
990 pages as the text dumps a scraper with only w3m -dump or lynx -dump -nolist saves (dumps.py's
commands, on each page decoded with its charset declaration made to say UTF-8), scored with the same snippets.
They are the largest set of dumps of pages of many kinds and sites, and of sites no rule was
shaped on before session 32.

--halves adds a table of the same records scored per half of the pages, split by site
(halves.py: half 0 the sites rules may be tuned on, half 1 the sites held out), with trafeval's
pages where none of the required snippets is found.
"""

from __future__ import annotations

import argparse
import html
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EVAL = SHARED / "eval"
SETS = {
    # name: (prepare_inputs arguments, score.py arguments)
    "zyte-html": (["--dataset", "zyte"], ["--dataset", "zyte"]),
    "zyte-text": (["--dataset", "zyte", "--input", "text"], ["--dataset", "zyte"]),
    "fundus": (["--dataset", "zyte", "--data", str(SHARED / "corpus" / "fundus-dev")],
               ["--dataset", "zyte", "--data", str(SHARED / "corpus" / "fundus-dev")]),
    "trafeval": (["--dataset", "trafeval"], ["--dataset", "trafeval"]),
}
# sets of text dumps made here from a set's HTML pages: name -> (the HTML set, dumps.py's style)
DUMPED = {"trafeval-w3m": ("trafeval", "w3m"), "trafeval-lynx": ("trafeval", "lynx")}


def _dump_folder(folder: Path, style: str) -> None:
    """Each page of folder replaced by its text dump in the style (dumps.py's commands)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from dumps import DUMPERS, _html, _missing

    why = _missing(style)
    if why:
        sys.exit(f"{style} dumps: {why}")
    for page in sorted(folder.iterdir()):
        text = _html(page)  # (decoded, its charset declaration saying UTF-8)
        stem = page.name.split(".html")[0]
        (folder / f"{stem}.txt").write_text(DUMPERS[style](text), encoding="utf-8")
        page.unlink()


def _as_html(path: Path) -> str:
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix == ".txt":
        pars = [p.strip() for p in text.split("\n\n") if p.strip()]
        return "<html><body>" + "".join(f"<p>{html.escape(p)}</p>" for p in pars) + "</body></html>"
    return text


def _trafilatura(path: Path) -> str:
    import trafilatura

    return trafilatura.extract(_as_html(path), include_comments=False) or ""


def _readability(path: Path) -> str:
    from lxml import html as lhtml
    from readability import Document

    summary = Document(_as_html(path)).summary(html_partial=True)
    return lhtml.fromstring(summary).text_content() if summary.strip() else ""


def _anchor_records(name: str, fn, folder: Path, out: Path) -> float:
    started = time.monotonic()
    with out.open("w", encoding="utf-8") as fh:
        for path in sorted(folder.iterdir()):
            try:
                body = fn(path)
            except Exception:  # an anchor that fails on a page scores an empty body there
                body = ""
            # (ASCII escapes: a body may hold U+2028, which a reader splitting lines would cut at)
            fh.write(json.dumps({"source": str(path), "body": body}) + "\n")
    return time.monotonic() - started


def _score(pred: Path, args: list) -> str:
    done = subprocess.run([sys.executable, str(EVAL / "score.py"), *args, str(pred)],
                          capture_output=True, text=True)
    if done.returncode:
        return "scorer failed: " + (done.stderr.strip().splitlines() or ["?"])[-1][:120]
    line = done.stdout.strip().splitlines()[-1]
    return line.split(":", 1)[1].split("|")[0].strip() if ":" in line else line


def _newsextract() -> list:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from batch import newsextract_command

    return newsextract_command()


def _option(args: list, flag: str):
    """A score.py option's value in a set's score arguments, or None."""
    return args[args.index(flag) + 1] if flag in args else None


def _half_cell(s: dict) -> str:
    cell = f"{s['f1']:.4f}, {s['precision']:.4f}, {s['recall']:.4f}"
    return cell + (f"; {s['none_found']}" if "none_found" in s else "")


def _print_halves(scored: list) -> None:
    """The halves table: each set's records (ours and the anchors') scored per half of the sites."""
    from halves import HELD_OUT, NAMES, TUNE, bodies_by_half

    print(f"\nper half of the sites (halves.py): {TUNE} = {NAMES[TUNE]}, {HELD_OUT} = {NAMES[HELD_OUT]};"
          " body F1, P, R (trafeval: after ';' the pages with no required snippet found)\n")
    print(f"| set | extractor | pages ({NAMES[TUNE]} / {NAMES[HELD_OUT]}) | {NAMES[TUNE]} | {NAMES[HELD_OUT]} |")
    print("|---|---|---|---|---|")
    for name, label, pred, score in scored:
        by = bodies_by_half(pred, _option(score, "--dataset"), _option(score, "--data"))
        print(f"| {name} | {label} | {by[TUNE]['pages']} / {by[HELD_OUT]['pages']} | "
              f"{_half_cell(by[TUNE])} | {_half_cell(by[HELD_OUT])} |", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default=",".join(SETS),
                    help=f"comma-separated, of {', '.join([*SETS, *DUMPED])}")
    ap.add_argument("--no-anchors", action="store_true")
    ap.add_argument("--halves", action="store_true",
                    help="also score each set per half of the sites (tuned on / held out)")
    args = ap.parse_args()
    if not (SHARED / "corpus").is_dir():
        sys.exit("../shared/corpus is not here")
    anchors = {} if args.no_anchors else {"trafilatura 2.3.1": _trafilatura}
    if not args.no_anchors:
        try:
            import readability  # noqa: F401

            anchors["readability-lxml"] = _readability
        except ImportError:
            print("(readability-lxml is not installed: pip install readability-lxml)")
    print("| set | extractor | body (F1, P, R) | seconds |")
    print("|---|---|---|---|")
    scored = []  # (set, extractor, records, score.py arguments) for --halves
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.sets.split(","):
            source, style = DUMPED.get(name, (name, None))
            prep, score = SETS[source]
            folder = Path(tmp) / name
            subprocess.run([sys.executable, str(EVAL / "prepare_inputs.py"), *prep, str(folder)],
                           check=True, capture_output=True)
            if style:
                _dump_folder(folder, style)
            ours = Path(tmp) / f"{name}.newsextract.jsonl"
            started = time.monotonic()
            with ours.open("w") as fh:
                subprocess.run([*_newsextract(), "parse", "-q", "-j", "2", str(folder)], stdout=fh,
                               check=False)
            took = time.monotonic() - started
            print(f"| {name} | newsextract | {_score(ours, score)} | {took:.0f} |")
            scored.append((name, "newsextract", ours, score))
            for label, fn in anchors.items():
                pred = Path(tmp) / f"{name}.{label.split()[0]}.jsonl"
                took = _anchor_records(label, fn, folder, pred)
                print(f"| {name} | {label} | {_score(pred, score)} | {took:.0f} |", flush=True)
                scored.append((name, label, pred, score))
        if args.halves:
            _print_halves(scored)


if __name__ == "__main__":
    main()
