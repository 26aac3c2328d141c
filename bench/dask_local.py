#!/usr/bin/env python3
"""A local Dask cluster against `-j 2`, on the same pages and the same machine.

usage: python bench/dask_local.py [--pages N]

Lays out N pages (as bench/batch.py does), then times `newsextract parse -j 2` and
`newsextract parse --scheduler local -o DIR` (two worker processes on two cores, cluster
start-up included), interleaved, best of 2.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from batch import newsextract_command, pages_folder  # noqa: E402


def timed(cmd: list) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=500)
    args = ap.parse_args()
    base = newsextract_command()
    n = args.pages
    with tempfile.TemporaryDirectory() as tmp:
        folder = pages_folder(tmp, n)
        jobs, dask = [], []
        for k in range(2):
            jobs.append(timed(base + ["parse", "-q", "-j", "2", str(folder)]))
            out = Path(tmp) / f"shards{k}"
            dask.append(timed(base + ["parse", "-q", "--scheduler", "local", "-o", str(out),
                                      str(folder)]))
    print(f"{n} pages")
    print("| runner | seconds | pages/s |")
    print("|---|---|---|")
    print(f"| -j 2 | {min(jobs):.2f} | {n / min(jobs):.1f} |")
    print(f"| --scheduler local (2 workers) | {min(dask):.2f} | {n / min(dask):.1f} |")


if __name__ == "__main__":
    main()
