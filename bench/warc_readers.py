#!/usr/bin/env python3
"""Which WARC library to read archives with: warcio against fastwarc, same archive, same run.

usage: python bench/warc_readers.py [--copies N]

Writes a gzipped WARC of the 181 article-benchmark pages (N copies), then times iterating
its response records and reading every payload with each library (best of 3), and, for
scale, newsextract's extraction of one copy's pages.
"""

from __future__ import annotations

import argparse
import gzip
import io
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT.parent / "shared" / "corpus" / "article-benchmark" / "html"


def write_warc(path: Path, copies: int) -> int:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    n = 0
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for c in range(copies):
            for i, page in enumerate(sorted(PAGES.glob("*.html.gz"))):
                body = gzip.decompress(page.read_bytes())
                headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")],
                                           protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(
                    f"https://example.org/{c}/{i}", "response", payload=io.BytesIO(body),
                    http_headers=headers))
                n += 1
    return n


def read_warcio(path: Path) -> int:
    from warcio.archiveiterator import ArchiveIterator

    n = 0
    with path.open("rb") as fh:
        for rec in ArchiveIterator(fh):
            if rec.rec_type == "response":
                rec.content_stream().read()
                n += 1
    return n


def read_fastwarc(path: Path) -> int:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    n = 0
    with path.open("rb") as fh:
        for rec in ArchiveIterator(fh, record_types=WarcRecordType.response, parse_http=True):
            rec.reader.read()
            n += 1
    return n


def best(fn, path: Path) -> float:
    times = []
    for _ in range(3):
        t = time.perf_counter()
        fn(path)
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=3)
    args = ap.parse_args()
    import newsextract

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.warc.gz"
        n = write_warc(path, args.copies)
        size = path.stat().st_size / 1e6
        t_warcio = best(read_warcio, path)
        t_fast = best(read_fastwarc, path)
        pages = [gzip.decompress(p.read_bytes()) for p in sorted(PAGES.glob("*.html.gz"))]
        t = time.perf_counter()
        for page in pages:
            newsextract.extract(page)
        t_extract = (time.perf_counter() - t) * args.copies
    print(f"{n} records, {size:.1f} MB gzipped")
    print("| reader | s to read all | records/s | share of extraction time |")
    print("|---|---|---|---|")
    for name, t in (("warcio", t_warcio), ("fastwarc", t_fast)):
        print(f"| {name} | {t:.2f} | {n / t:.0f} | {t / t_extract:.1%} |")
    print(f"| (newsextract extraction of the same pages) | {t_extract:.2f} | {n / t_extract:.0f} | |")


if __name__ == "__main__":
    main()
