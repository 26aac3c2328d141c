#!/usr/bin/env python3
"""Article-body F1 on every body corpus in ../shared, beside the anchors, in one run.

usage: python bench/bodies.py [--sets zyte-html,zyte-text,fundus,trafeval] [--no-anchors]

For each set, newsextract (the installed command, -j 2), trafilatura 2.3.1 (include_comments
False) and readability-lxml (when installed) extract the body of every page; the records are
scored with ../shared/eval/score.py, the benchmarks' own metrics (4-token shingles for the
article benchmark and fundus-dev, required/forbidden snippets for trafeval). Text dumps go
to the anchors as <p> blocks, as shared/eval's table does.
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--no-anchors", action="store_true")
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
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.sets.split(","):
            prep, score = SETS[name]
            folder = Path(tmp) / name
            subprocess.run([sys.executable, str(EVAL / "prepare_inputs.py"), *prep, str(folder)],
                           check=True, capture_output=True)
            ours = Path(tmp) / f"{name}.newsextract.jsonl"
            started = time.monotonic()
            with ours.open("w") as fh:
                subprocess.run([*_newsextract(), "parse", "-q", "-j", "2", str(folder)], stdout=fh,
                               check=False)
            took = time.monotonic() - started
            print(f"| {name} | newsextract | {_score(ours, score)} | {took:.0f} |")
            for label, fn in anchors.items():
                pred = Path(tmp) / f"{name}.{label.split()[0]}.jsonl"
                took = _anchor_records(label, fn, folder, pred)
                print(f"| {name} | {label} | {_score(pred, score)} | {took:.0f} |", flush=True)


if __name__ == "__main__":
    main()
