#!/usr/bin/env python3
"""Fuzz `newsextract.extract` for crashes and hangs.

usage: python bench/fuzz.py [--minutes M] [--seed S] [--limit SECONDS] [--out DIR]

Inputs come from five generators, in turn: random bytes; real pages (the repo's fixtures and
seed, and ../shared's corpora when present) mutated at the byte level (flips, cuts, splices,
repeats); random HTML trees (deep nesting, odd attributes, entities, scripts, broken tags);
random news-like text (dates, datelines, bylines, "Baca juga", quotation marks in every
state); and pathological shapes (one huge line, thousands of quotation marks, long runs of
one character). Every input must give an Article or one of newsextract's own errors, with a
record that serialises to JSON with every key, within the time limit. Anything else is written
to OUT/crash-*.bin or OUT/hang-*.bin with a line in OUT/log.txt, and counted.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import signal
import sys
import time
import traceback
from pathlib import Path
from typing import Callable, List

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import newsextract  # noqa: E402
from newsextract.errors import NewsExtractError  # noqa: E402
from newsextract.model import KEYS  # noqa: E402

WORDS = ("Jakarta KOMPAS.com Baca juga: kata ujar tuturnya said Reuters WIB Rabu, 10/05/2023 "
         "15:08 Penulis Editor: Oleh By Kontributor Menteri Presiden Joko Widodo (Antara) "
         "(ren) – — - -- | • □ ADVERTISEMENT Artikel Terkait ©2015 Foto: http://x.y/z "
         "JAKARTA, 2016 Februari November pukul 08.00 WITA ANTARA FOTO/ lorem ipsum dolor "
         "the of and said told according to “ ” \" ' ‘ ’ « » ( ) [ ] : ; . , ! ? \t \u00a0 "
         "\u200b é ü 日本語 한국어 Привет").split(" ")
TAGS = ("div p span a h1 h2 h3 li ul ol table tr td article section nav footer aside header "
        "figure figcaption img br hr script style noscript iframe svg time meta title b i em "
        "strong blockquote pre form input button label main").split()


def seeds() -> List[bytes]:
    out = [p.read_bytes() for p in sorted((ROOT / "fixtures").glob("*")) if p.suffix in
           (".txt", ".html")]
    out.append((ROOT / "seeds" / "000_103e626a5a1d57e5.txt").read_bytes())
    shared = ROOT.parent / "shared" / "corpus"
    for path in sorted((shared / "id-news" / "html").glob("*.html"))[:20]:
        out.append(path.read_bytes())
    for path in sorted((shared / "id-news" / "text").glob("*.txt"))[:20]:
        out.append(path.read_bytes())
    for path in sorted((shared / "article-benchmark" / "html").glob("*.gz"))[:30]:
        out.append(gzip.decompress(path.read_bytes()))
    return out


def random_bytes(r: random.Random, _: List[bytes]) -> bytes:
    return bytes(r.getrandbits(8) for _ in range(r.randint(0, 4000)))


def mutate(r: random.Random, pool: List[bytes]) -> bytes:
    data = bytearray(r.choice(pool))
    for _ in range(r.randint(1, 12)):
        if not data:
            break
        op = r.randint(0, 5)
        i = r.randrange(len(data))
        if op == 0:
            data[i] = r.getrandbits(8)
        elif op == 1:
            del data[i:i + r.randint(1, 2000)]
        elif op == 2:
            j = r.randrange(len(data))
            data[i:i] = data[j:j + r.randint(1, 3000)]
        elif op == 3:
            data[i:i] = r.choice(WORDS).encode() * r.randint(1, 500)
        elif op == 4:
            other = r.choice(pool)
            k = r.randrange(len(other) or 1)
            data[i:] = other[k:k + r.randint(1, 20000)]
        else:
            data[i:i] = bytes([r.choice([0, 0x22, 0x3C, 0x3E, 0x26, 0x0A, 0xE2, 0x80])]) * r.randint(1, 300)
    return bytes(data)


def random_html(r: random.Random, _: List[bytes]) -> bytes:
    parts = ["<!DOCTYPE html>" if r.random() < 0.5 else "", "<html><head>"]
    if r.random() < 0.5:
        parts.append('<script type="application/ld+json">' + json.dumps({
            "@type": r.choice(["NewsArticle", "Article", ["NewsArticle", "X"], 3]),
            "headline": r.choice(["T", None, 5, "Judul " * r.randint(0, 30)]),
            "author": r.choice([{"name": "A B"}, [{"name": None}], "x", [], {"@type": "Organization"}]),
            "datePublished": r.choice(["2016-02-23T16:52:00+07:00", "garbage", 1456220000, None]),
        }) + r.choice(["</script>", ""]))
    if r.random() < 0.5:
        parts.append(f'<meta property="article:published_time" content="{r.choice(WORDS)}">')
    parts.append("</head><body>")
    depth = 0
    for _ in range(r.randint(1, 400)):
        x = r.random()
        if x < 0.35 and depth < 3000:
            tag = r.choice(TAGS)
            attrs = r.choice(["", ' class="content article"', ' class="nav menu"', ' id="x"',
                              ' style="display:none"', ' aria-hidden="true"', ' role="navigation"',
                              ' src="data:x"', ' datetime="2020-01-01"', ' class="' + "a " * 50 + '"'])
            parts.append(f"<{tag}{attrs}>")
            depth += 1
        elif x < 0.55 and depth:
            parts.append(f"</{r.choice(TAGS)}>")
            depth -= 1
        elif x < 0.6:
            parts.append(r.choice(["&amp;", "&#x0;", "&#99999999;", "&nbsp;", "&bogus;", "<!--", "-->",
                                   "<![CDATA[", "<?php", "</", "<", ">"]))
        else:
            parts.append(" ".join(r.choice(WORDS) for _ in range(r.randint(1, 60))))
    if r.random() < 0.3:
        parts.append("<div>" * r.randint(100, 20000))
    return "".join(parts).encode("utf-8", "surrogatepass")


def random_text(r: random.Random, _: List[bytes]) -> bytes:
    lines = []
    for _ in range(r.randint(1, 200)):
        n = r.randint(0, 80)
        lines.append((" " * r.randint(0, 40) if r.random() < 0.2 else "")
                     + " ".join(r.choice(WORDS) for _ in range(n)))
    sep = r.choice(["\n", "\n\n", "\r\n", "\n   \n"])
    return sep.join(lines).encode(r.choice(["utf-8", "utf-16", "cp1252", "latin-1"]), "replace")


def pathological(r: random.Random, _: List[bytes]) -> bytes:
    unit = r.choice(["“", "\"", "kata ", "- ", "Baca juga: ", "JAKARTA, ", "(", "[", "a",
                     "10/10/2010 ", "WIB ", ", ", "Oleh : ", "« ", "\u200b", "•", "—", "|"])
    size = r.choice([1000, 20000, 200000, 1_000_000])
    body = unit * (size // len(unit))
    shape = r.randint(0, 2)
    if shape == 0:
        return body.encode()
    if shape == 1:
        return ("Judul\n\nJakarta - " + body + "\n").encode()
    return ("<html><body><p>" + body + "</p></body></html>").encode()


GENERATORS: List[Callable] = [random_bytes, mutate, random_html, random_text, pathological]


class Hang(Exception):
    pass


def _alarm(signum, frame):
    raise Hang()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minutes", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=int(time.time()))
    ap.add_argument("--limit", type=float, default=20.0, help="seconds one input may take")
    ap.add_argument("--out", default=str(ROOT / "bench" / "out" / "fuzz"))
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    r = random.Random(args.seed)
    pool = seeds()
    signal.signal(signal.SIGALRM, _alarm)
    deadline = time.monotonic() + args.minutes * 60
    execs = crashes = hangs = 0
    slowest = (0.0, "")
    log = (out / "log.txt").open("a", encoding="utf-8")
    log.write(f"start seed={args.seed} minutes={args.minutes}\n")
    while time.monotonic() < deadline:
        gen = GENERATORS[execs % len(GENERATORS)]
        data = gen(r, pool)
        t = time.monotonic()
        signal.setitimer(signal.ITIMER_REAL, args.limit)
        try:
            try:
                rec = newsextract.extract(data).to_dict()
                assert list(rec) == list(KEYS), "keys"
                json.dumps(rec, ensure_ascii=False)
            except NewsExtractError:
                pass
        except Hang:
            hangs += 1
            name = f"hang-{args.seed}-{execs}.bin"
            (out / name).write_bytes(data)
            log.write(f"HANG {name} {gen.__name__}\n")
        except Exception:
            crashes += 1
            name = f"crash-{args.seed}-{execs}.bin"
            (out / name).write_bytes(data)
            log.write(f"CRASH {name} {gen.__name__}\n{traceback.format_exc()}\n")
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        took = time.monotonic() - t
        if took > slowest[0]:
            slowest = (took, gen.__name__)
        execs += 1
        if execs % 500 == 0:
            log.flush()
            print(f"{execs} executions, {crashes} crashes, {hangs} hangs", file=sys.stderr)
    summary = (f"executions={execs} crashes={crashes} hangs={hangs} seed={args.seed} "
               f"minutes={args.minutes} slowest={slowest[0]:.2f}s ({slowest[1]})")
    log.write(summary + "\n")
    log.close()
    print(summary)
    sys.exit(1 if crashes or hangs else 0)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
