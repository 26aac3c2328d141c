#!/usr/bin/env python3
"""Speed, side by side with trafilatura 2.3.1, on one core, the whole process counted.

usage: python bench/speed.py [--input text|html|both] [--repeat N]

text: newsextract over the 181 text dumps of ../shared/corpus/article-benchmark/text, and
      trafilatura over the same dumps given as <p> blocks (one per blank-line separated
      paragraph), which is what a user with only a dump would reach for.
html: both over the 181 HTML pages (unpacked once beforehand, outside the timing).
Each tool runs as its own process pinned to CPU 0 (taskset), the two in pairs (a b, b a, ...),
N pairs; printed: the ratio of the best wall times, the median of the pairs' ratios, and the
ratio of the best CPU times. Also times `newsextract --version`.

newsextract keeps the patterns it compiles in a cache file (see README): one untimed run of
each kind comes first, so the figures are those of every run after a machine's first (a first
run, with no cache, compiles its patterns: some 5% more instructions).
"""

from __future__ import annotations

import argparse
import gzip
import html
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT.parent / "shared" / "corpus" / "article-benchmark"

TRAFILATURA = """
import sys, pathlib, trafilatura
for p in sorted(pathlib.Path(sys.argv[1]).iterdir()):
    trafilatura.extract(p.read_text(encoding="utf-8"), include_comments=False)
"""


def _pin() -> list:
    return ["taskset", "-c", "0"] if shutil.which("taskset") else []


def _once(cmd: list) -> float:
    t = time.perf_counter()
    subprocess.run(_pin() + cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t


def _once_cpu(cmd: list) -> float:
    """CPU seconds (user + system) the command's process tree used."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(_pin() + cmd, check=True, stdout=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _time(cmd: list, repeat: int) -> float:
    return min(_once(cmd) for _ in range(repeat))


def _race(a: list, b: list, repeat: int) -> dict:
    """Wall and CPU times of each command, run in pairs (a, b, then b, a, and so on).

    This machine's speed drifts by a quarter from minute to minute, so two summaries are
    given: the best time of each (the least disturbed run of each, though not taken at the
    same moment), and the median of the ratios of the two runs of each pair (which share
    the moment's speed).
    """
    ta, tb, ca, cb, pairs = [], [], [], [], []
    for i in range(repeat):
        if i % 2 == 0:
            wa, wb = _once(a), _once(b)
        else:
            wb, wa = _once(b), _once(a)
        ta.append(wa)
        tb.append(wb)
        pairs.append(wa / wb)
        ca.append(_once_cpu(a))
        cb.append(_once_cpu(b))
    return {"a": min(ta), "b": min(tb), "ca": min(ca), "cb": min(cb),
            "pairs": statistics.median(pairs)}


def _newsextract() -> list:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from batch import newsextract_command

    return newsextract_command()


def prepare(kind: str, tmp: Path) -> tuple:
    ours, theirs = tmp / f"{kind}-ours", tmp / f"{kind}-trafilatura"
    ours.mkdir()
    theirs.mkdir()
    if kind == "text":
        for p in sorted((BENCH / "text").glob("*.txt")):
            text = p.read_text(encoding="utf-8")
            shutil.copy(p, ours / p.name)
            paras = [b.strip() for b in text.split("\n\n") if b.strip()]
            body = "\n".join(f"<p>{html.escape(b)}</p>" for b in paras)
            (theirs / (p.stem + ".html")).write_text(
                f"<html><body>{body}</body></html>", encoding="utf-8")
    else:
        for p in sorted((BENCH / "html").glob("*.html.gz")):
            data = gzip.decompress(p.read_bytes())
            name = p.name[:-3]
            (ours / name).write_bytes(data)
            (theirs / name).write_bytes(data)
    return ours, theirs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--input", choices=["text", "html", "both"], default="both")
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()
    if not BENCH.is_dir():
        sys.exit("../shared/corpus/article-benchmark is not here")
    kinds = ["text", "html"] if args.input == "both" else [args.input]
    # an installed package has its bytecode compiled at install time (pip does it); an editable
    # checkout, or PYTHONDONTWRITEBYTECODE, would make every run compile our modules again
    import compileall

    import newsextract

    compileall.compile_dir(str(Path(newsextract.__file__).parent), quiet=1)
    print("| input | pages | newsextract s | trafilatura s | newsextract/trafilatura time, "
          "best of each | median of pair ratios | CPU s, newsextract / trafilatura |")
    print("|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for kind in kinds:
            ours, theirs = prepare(kind, Path(tmp))
            n = len(list(ours.iterdir()))
            command = _newsextract() + ["parse", "-j", "1", "-q", "--input-format", kind, str(ours)]
            _once(command)  # (the pattern cache filled, as after any first run)
            r = _race(command, [sys.executable, "-c", TRAFILATURA, str(theirs)], args.repeat)
            print(f"| {kind} | {n} | {r['a']:.2f} | {r['b']:.2f} | {r['a'] / r['b']:.2f} | "
                  f"{r['pairs']:.2f} | {r['ca']:.2f} / {r['cb']:.2f} = {r['ca'] / r['cb']:.2f} |")
    t_version = _time(_newsextract() + ["--version"], max(args.repeat, 5))
    print(f"\n`newsextract --version`: {t_version:.3f} s (best of {max(args.repeat, 5)})")


if __name__ == "__main__":
    main()
