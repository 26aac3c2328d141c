#!/usr/bin/env python3
"""Batch throughput and memory: `-j 1` against `-j 2`, and peak memory of the process tree.

usage: python bench/batch.py [--pages N] [--repeat R]

Lays out N pages (the article-benchmark HTML pages, the id-news pages and text dumps,
repeated to reach N) in a temporary folder, runs `newsextract parse -j 1` and `-j 2` over
it (interleaved, best of R), and samples the resident memory of the whole process tree
(the main process and its workers) every 20 ms to report the peak.
"""

from __future__ import annotations

import argparse
import gzip
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


def layout(folder: Path, n: int) -> int:
    sources = [gzip.decompress(p.read_bytes()) for p in sorted((CORPUS / "article-benchmark" / "html").glob("*.gz"))]
    sources += [p.read_bytes() for p in sorted((CORPUS / "id-news" / "html").glob("*.html"))]
    sources += [p.read_bytes() for p in sorted((CORPUS / "id-news" / "text").glob("*.txt"))]
    for i in range(n):
        data = sources[i % len(sources)]
        ext = ".txt" if not data.lstrip()[:1] == b"<" else ".html"
        (folder / f"{i:05d}{ext}").write_bytes(data)
    return n


def newsextract_command() -> list:
    """How to run the installed command (or the module, from a bare checkout).

    The console script installed beside this interpreter comes first: the anchors run as
    `sys.executable -c ...`, and a version manager's shim found on PATH (pyenv's is a shell
    script that starts pyenv) would add its own start-up, ~80 ms here, to every run of ours.
    """
    beside = Path(sys.executable).parent / "newsextract"
    if beside.is_file():
        return [str(beside)]
    exe = shutil.which("newsextract")
    return [exe] if exe else [sys.executable, "-m", "newsextract"]


def pages_folder(tmp: str, n: int) -> Path:
    """A folder of n pages under tmp (see layout)."""
    folder = Path(tmp) / "pages"
    folder.mkdir()
    layout(folder, n)
    return folder


def _rss_tree(pid: int) -> int:
    """Resident bytes of a process and all its descendants (Linux /proc)."""
    total = 0
    stack = [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/statm") as fh:
                total += int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
            with open(f"/proc/{p}/task/{p}/children") as fh:
                stack.extend(int(c) for c in fh.read().split())
        except (OSError, ValueError):
            continue
    return total


def run(cmd: list) -> tuple:
    peak = 0
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _rss_tree(proc.pid))
            time.sleep(0.02)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    proc.wait()
    elapsed = time.perf_counter() - t
    done.set()
    th.join()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{cmd} exited {proc.returncode}")
    return elapsed, peak


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=500)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    base = newsextract_command()
    n = args.pages
    with tempfile.TemporaryDirectory() as tmp:
        folder = pages_folder(tmp, n)
        results = {1: [], 2: []}
        for _ in range(args.repeat):
            for jobs in (1, 2):
                results[jobs].append(run(base + ["parse", "-q", "-j", str(jobs), str(folder)]))
    print(f"{n} pages, {os.cpu_count()} cores, best of {args.repeat}")
    print("| workers | seconds | pages/s | peak memory of the process tree |")
    print("|---|---|---|---|")
    best = {}
    for jobs in (1, 2):
        t = min(r[0] for r in results[jobs])
        mem = max(r[1] for r in results[jobs])
        best[jobs] = t
        print(f"| -j {jobs} | {t:.2f} | {n / t:.1f} | {mem / 2**20:.0f} MiB |")
    print(f"\n-j 2 is {best[1] / best[2]:.2f}x faster than -j 1")


if __name__ == "__main__":
    main()
