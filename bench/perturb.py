#!/usr/bin/env python3
"""Metamorphic test: real pages' markup noise inserted into id-news HTML pages, fields scored per kind.

usage: python bench/perturb.py [--only NAME[,NAME]] [--per-page] [--save DIR]

Each id-news HTML page with gold is parsed (lxml), one kind of noise that real outlets put inside an
article is added (an ad box between or inside paragraphs, a "Baca juga:" insert, a pager, an embedded
post, a photo with its credit, an editor line, tags, `<br><br>` paragraphs, a quote in `<em>`, a
dateline in `<strong>` ...), and the page is serialised again. The article's own words are never
changed, so the gold still holds. Each perturbed set is extracted and scored with
../shared/eval/fields_score.py's `score_page`; the table shows each field's rate per kind beside the
rate of the same pages merely re-serialised ("identity"), over the pages the kind applies to, and
lists the pages where a field that held on "identity" drops.
"""

from __future__ import annotations

import argparse
import copy
import importlib.util
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

import lxml.html
from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "id-news"
FIELDS = ["title", "date", "authors", "location", "body_start", "body_end", "clean", "qR", "sp", "noise"]
SNIPPETS: dict[str, str] = {}  # each kind's inserted markup, whose words must stay out of the body

_spec = importlib.util.spec_from_file_location("fields_score", SHARED / "eval" / "fields_score.py")
assert _spec and _spec.loader
fs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fs)


def norm(s: str | None) -> str:
    """Whitespace-collapsed text, as the scorer compares it."""
    return re.sub(r"\s+", " ", s or "").strip()


def frag(html: str) -> etree._Element:
    """One element from a snippet of HTML (a <span> around several, whose tags stay inline)."""
    try:
        return lxml.html.fragment_fromstring(html, create_parent=False)
    except etree.ParserError:
        return lxml.html.fragment_fromstring(html, create_parent="span")


# --- locating the article's paragraphs in the tree ---------------------------------------------------

Slot = tuple[etree._Element, str]  # (element, "text" | "tail"): a text node of the tree


def text_slots(root: etree._Element, body: str) -> list[Slot]:
    """Text nodes of 40+ characters whose words are article text (found in the extracted body)."""
    nbody = norm(body)
    out: list[Slot] = []
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "title", "head", "meta"):
            continue
        for which in ("text", "tail"):
            s = norm(getattr(el, which))
            if len(s) >= 40 and s in nbody:
                out.append((el, which))
    return out


def para_elements(root: etree._Element, body: str) -> list[etree._Element]:
    """`<p>` elements whose whole text is article text."""
    nbody = norm(body)
    return [p for p in root.iter("p") if len(norm(p.text_content())) >= 30 and norm(p.text_content()) in nbody]


def insert_after_slot(slot: Slot, new: etree._Element) -> None:
    """Put `new` right after a text node (after an element's tail, or at the start of its children)."""
    el, which = slot
    if which == "tail":
        el.addnext(new)  # lxml keeps el's tail before the new sibling
    else:
        el.insert(0, new)


def split_slot(slot: Slot, new: etree._Element) -> bool:
    """Cut a text node at a space near its middle and put `new` there; the words stay as they were."""
    el, which = slot
    s = getattr(el, which) or ""
    mid = len(s) // 2
    cut = s.find(" ", mid)
    if cut < 0:
        return False
    before, after = s[:cut + 1], s[cut + 1:]
    setattr(el, which, before)
    new.tail = after
    insert_after_slot((el, which), new)
    return True


def middle(seq: list) -> int:
    """The index of a middle item that is neither the first nor the last where possible."""
    return max(1, len(seq) // 2) if len(seq) > 2 else 0


# --- the kinds of noise ------------------------------------------------------------------------------

AD_BOX = ('<div class="ads-box"><span class="ads-label">ADVERTISEMENT</span>'
          '<p class="scroll">SCROLL TO CONTINUE WITH CONTENT</p><div id="div-gpt-ad-1"></div></div>')
SCRIPT = ('<script type="text/javascript">googletag.cmd.push(function() '
          '{ googletag.display("div-gpt-ad-inarticle"); });</script>')
INS = ('<ins class="adsbygoogle" style="display:block; text-align:center;" data-ad-layout="in-article" '
       'data-ad-format="fluid" data-ad-client="ca-pub-0000000000000000" data-ad-slot="1234567890"></ins>')
BACA_P = '<p><strong>Baca juga:</strong> <a href="/berita/1/warga-desa-sukamaju-gelar-lomba">Warga Desa Sukamaju Gelar Lomba Perahu Hias Tahunan</a></p>'
BACA_INLINE = '<span class="baca">Baca juga: <a href="/berita/2/x">Harga Cabai di Pasar Lumbung Turun Jelang Akhir Pekan</a></span>'
BACA_STRONG = '<p><strong>Baca Juga: <a href="/berita/3/x">Tim Voli Putri Kota Sendang Melaju ke Final Kejurnas</a></strong></p>'
BACA_LIST = ('<div class="related-inline"><strong>Baca Juga</strong><ul>'
             '<li><a href="/berita/4/x">Jembatan Gantung Desa Karangsari Akhirnya Diresmikan Bupati</a></li>'
             '<li><a href="/berita/5/x">Lima Kuliner Malam yang Wajib Dicoba di Kota Tirta</a></li>'
             '<li><a href="/berita/6/x">Banjir Rob Genangi Permukiman Nelayan di Pesisir Utara</a></li></ul></div>')
PAGER = ('<div class="paging">Halaman <a href="?page=1" class="active">1</a> <a href="?page=2">2</a> '
         '<a href="?page=3">3</a> <a href="?page=2">Selanjutnya</a></div>')
TWEET = ('<div class="embed"><blockquote class="twitter-tweet"><p lang="in" dir="ltr">Alhamdulillah acara bakti sosial hari ini '
         'berjalan lancar, terima kasih semua relawan <a href="https://t.co/abc">pic.twitter.com/abc</a></p>'
         '&mdash; Rina Kusumawardani (@rinakusuma) <a href="https://twitter.com/x/status/1">March 3, 2016</a>'
         '</blockquote><script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script></div>')
INSTA = ('<div class="embed"><blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/ABC/">'
         '<div><a href="https://www.instagram.com/p/ABC/">Lihat postingan ini di Instagram</a></div>'
         '<p><a href="https://www.instagram.com/p/ABC/">Sebuah kiriman dibagikan oleh Dimas Prasetya '
         '(@dimasprasetya)</a> pada <time datetime="2016-03-03T08:00:00+00:00">3 Mar 2016 pukul 00.00 PST</time></p>'
         '</blockquote><script async src="//www.instagram.com/embed.js"></script></div>')
PHOTO = ('<div class="photo"><img src="/img/foto1.jpg" alt="Suasana rapat warga">'
         '<p class="caption">Suasana rapat warga di balai desa, Senin (1/2/2016). (Foto: Andi Saputra/Warta)</p></div>')
FIGURE = ('<figure><img src="/img/foto2.jpg" alt="Petugas memeriksa dokumen">'
          '<figcaption>Petugas memeriksa dokumen penumpang di terminal. (ANTARA FOTO/Budi Santoso)</figcaption></figure>')
EDITOR = '<p>Editor: Wahyu Hidayatullah</p>'
INITIALS = '<p>(dfr/ags)</p>'
# (the page's own writer, so that the gold's authors still hold)
PENULIS = '<div class="author-end">Penulis: {}<br>Editor: Yoga Pratama</div>'
TAGS = ('<div class="tags">Tag: <a href="/tag/a">Pemilu</a>, <a href="/tag/b">Jawa Tengah</a>, '
        '<a href="/tag/c">Komisi Pemilihan Umum</a></div>')

# bare forms: no wrapper of the page's own around them
TWEET_BARE = TWEET[len('<div class="embed">'):-len('</div>')]
AD_BARE = '<div id="div-gpt-ad-1234-0">' + SCRIPT + '</div>'
BACA_PLAIN = '<p>BACA JUGA: <a href="/berita/7/x">Polisi Tangkap Dua Pencuri Motor di Pasar Induk Sendang</a></p>'
BACA_DIV = ('<div class="baca-juga"><span>Baca Juga</span><a href="/berita/8/x">Kisah Penjual Jamu '
            'Gendong yang Sukses Kuliahkan Tiga Anaknya</a></div>')
BACA_BR = ('<span><br><br><strong>Baca Juga: <a href="/berita/9/x">Gubernur Tinjau Lokasi Banjir '
           'di Kecamatan Sukamulya</a></strong><br><br></span>')
SIMAK = ('<p><strong>Simak juga video "Detik-detik Jembatan Putus Diterjang Arus":</strong></p>'
         '<div class="video"><iframe src="https://20.example.com/embed/1"></iframe></div>')
CREDIT_P = '<p>(Foto: ANTARA/Budi Santoso)</p>'
PAGER_LIST = ('<div class="pagination"><ul><li><a href="?p=1">1</a></li><li><a href="?p=2">2</a></li>'
              '<li><a href="?p=3">3</a></li><li><a href="?p=2">Halaman Selanjutnya</a></li></ul></div>')

Perturb = Callable[[etree._Element, str, dict], bool]


def _between(snippet: str, where: str = "mid") -> Perturb:
    """Insert a snippet after a body paragraph (the middle one, or the last)."""
    def f(root: etree._Element, body: str, gold: dict) -> bool:
        paras = para_elements(root, body)
        if len(paras) >= 2:
            p = paras[-1] if where == "end" else paras[middle(paras)]
            p.addnext(frag(snippet))
            return True
        slots = text_slots(root, body)
        if len(slots) < 2:
            return False
        slot = slots[-1] if where == "end" else slots[middle(slots)]
        insert_after_slot(slot, frag(snippet))
        return True
    f.snippet = snippet  # type: ignore[attr-defined]
    return f


def _inside(snippet: str) -> Perturb:
    """Insert a snippet in the middle of a middle body paragraph's text."""
    def f(root: etree._Element, body: str, gold: dict) -> bool:
        slots = text_slots(root, body)
        if len(slots) < 3:
            return False
        return split_slot(slots[middle(slots)], frag(snippet))
    f.snippet = snippet  # type: ignore[attr-defined]
    return f


def br_paragraphs(root: etree._Element, body: str, gold: dict) -> bool:
    """The longest run of sibling body `<p>`s becomes one `<div>` with `<br><br>` between paragraphs."""
    paras = para_elements(root, body)
    best: list[etree._Element] = []
    run: list[etree._Element] = []
    for p in paras:
        if run and p.getprevious() is run[-1] and not norm(run[-1].tail):
            run.append(p)
        else:
            run = [p]
        if len(run) > len(best):
            best = list(run)
    if len(best) < 2:
        return False
    div = etree.Element("div", {"class": "article-text"})
    div.text = None
    first = True
    for p in best:
        if not first:
            div.append(etree.Element("br"))
            div.append(etree.Element("br"))
        first = False
        target: etree._Element | None = div[-1] if len(div) else None
        if target is None:
            div.text = (div.text or "") + (p.text or "")
        else:
            target.tail = (target.tail or "") + (p.text or "")
        for child in list(p):
            div.append(child)
    best[0].addprevious(div)
    div.tail = best[-1].tail
    for p in best:
        p.getparent().remove(p)
    return True


QUOTE_PAIRS = {"\u201c": "\u201d", '"': '"', "\u201d": "\u201d"}


def _quote_spans(root: etree._Element, gold: dict) -> list[tuple[Slot, int, int]]:
    """(text node, start, end) of each gold quote found whole, marks included, in one text node."""
    out = []
    for q in gold.get("quotes") or []:
        start = norm(q["text_start"]).strip("\"' \u201c\u201d")
        if len(start) < 8:
            continue
        for el in root.iter():
            if not isinstance(el.tag, str):
                continue
            hit = None
            for which in ("text", "tail"):
                s = getattr(el, which) or ""
                ns = s.replace("\n", " ")
                i = ns.find(start[:25])
                if i > 0 and ns[i - 1] in QUOTE_PAIRS:
                    close = ns.find(QUOTE_PAIRS[ns[i - 1]], i)
                    if close > i:
                        hit = ((el, which), i - 1, close + 1)
                        break
            if hit:
                out.append(hit)
                break
    return out


def _wrap_quote(tag: str) -> Perturb:
    """Each quotation (marks included) in its own `<em>`/`<strong>` inside its paragraph."""
    def f(root: etree._Element, body: str, gold: dict) -> bool:
        spans = _quote_spans(root, gold)
        done = False
        seen: set[tuple[int, str]] = set()
        for (el, which), a, b in spans:
            if (id(el), which) in seen:
                continue
            seen.add((id(el), which))
            s = getattr(el, which)
            new = etree.Element(tag)
            new.text = s[a:b]
            new.tail = s[b:]
            setattr(el, which, s[:a])
            insert_after_slot((el, which), new)
            done = True
        return done
    return f


def quote_split(root: etree._Element, body: str, gold: dict) -> bool:
    """A paragraph cut in two `<p>`s in the middle of its (first long) quotation."""
    for (el, which), a, b in _quote_spans(root, gold):
        if which != "text" or el.tag != "p" or len(el) or b - a < 60:
            continue
        s = el.text
        cut = s.find(" ", (a + b) // 2)
        if cut < 0 or cut >= b - 5:
            continue
        second = etree.Element("p")
        second.text = s[cut + 1:]
        second.tail = el.tail
        el.text = s[:cut + 1]
        el.tail = "\n"
        el.addnext(second)
        return True
    return False


def _dateline_slot(root: etree._Element, body: str, gold: dict) -> tuple[Slot, str] | None:
    """The text node that opens with the gold dateline, and the dateline as printed there."""
    raw = norm(gold.get("dateline_raw"))
    if len(raw) < 4:
        return None
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "title", "head"):
            continue
        for which in ("text", "tail"):
            s = getattr(el, which) or ""
            stripped = s.lstrip()
            if norm(stripped[:len(raw) + 20]).startswith(raw) and len(norm(s)) > len(raw) + 30:
                # the printed span that normalises to the dateline
                j = len(raw)
                while norm(stripped[:j]) != raw and j < len(stripped):
                    j += 1
                return (el, which), s[:len(s) - len(stripped) + j]
    return None


def dateline_strong(root: etree._Element, body: str, gold: dict) -> bool:
    """The dateline's place in `<strong>`, the rest of the lead-in and the text after it."""
    found = _dateline_slot(root, body, gold)
    if not found:
        return False
    (el, which), head = found
    s = getattr(el, which)
    m = re.match(r"(\s*)([^,(\-\u2013\u2014:]+?)(\s*[,(\-\u2013\u2014:].*)?$", head, re.S)
    if not m or not m.group(2).strip():
        return False
    strong = etree.Element("strong")
    strong.text = m.group(2)
    strong.tail = (m.group(3) or "") + s[len(head):]
    setattr(el, which, m.group(1))
    insert_after_slot((el, which), strong)
    return True


def dateline_own_p(root: etree._Element, body: str, gold: dict) -> bool:
    """The whole dateline lead-in as its own `<p>` before the first paragraph's text."""
    found = _dateline_slot(root, body, gold)
    if not found:
        return False
    (el, which), head = found
    s = getattr(el, which)
    p = etree.Element("p")
    p.text = head.strip()
    p.tail = s[len(head):]
    setattr(el, which, "")
    insert_after_slot((el, which), p)
    return True


def penulis_end(root: etree._Element, body: str, gold: dict) -> bool:
    """A "Penulis: <the page's writers> / Editor: Y" box after the last paragraph."""
    if not gold.get("authors"):
        return False
    import html as _html
    return _between(PENULIS.format(_html.escape(", ".join(gold["authors"]))), "end")(root, body, gold)


def dateline_bold_p(root: etree._Element, body: str, gold: dict, with_dash: bool = False) -> bool:
    """A page's own bold dateline (`<strong>JAKARTA, KOMPAS.com</strong> - text`) in a `<p>` of
    its own, its dash and the text after it left where they were."""
    raw = norm(gold.get("dateline_raw"))
    if len(raw) < 4:
        return False
    for el in root.iter("strong", "b"):
        t = norm(el.text_content())
        if len(t) >= 4 and raw.startswith(t) and norm(el.tail)[:1] in ("-", "\u2013", "\u2014", ",", ":", "") \
                and len(norm(el.tail)) > 30:
            p = etree.Element("p")
            tail, el.tail = el.tail, None
            el.addprevious(p)
            p.append(el)
            if with_dash:  # (the dash goes with the dateline: "JAKARTA, KOMPAS.com -" | text)
                m = re.match(r"\s*[-\u2013\u2014,:]+\s*", tail or "")
                if m:
                    el.tail, tail = m.group(0).rstrip(), tail[m.end():]
            p.tail = tail
            return True
    return False


def dateline_bold_dash_p(root: etree._Element, body: str, gold: dict) -> bool:
    """As dateline_bold_p, the dash after the bold place in the `<p>` with it."""
    return dateline_bold_p(root, body, gold, with_dash=True)


def identity(root: etree._Element, body: str, gold: dict) -> bool:
    """No change: the page parsed and serialised again (the control)."""
    return True


KINDS: dict[str, Perturb] = {
    "identity": identity,
    "ad_between": _between(AD_BOX),
    "ad_inside": _inside(AD_BOX),
    "script_inside": _inside(SCRIPT),
    "ins_inside": _inside(INS),
    "baca_between": _between(BACA_P),
    "baca_inside": _inside(BACA_INLINE),
    "baca_strong": _between(BACA_STRONG),
    "baca_list": _between(BACA_LIST),
    "br_paragraphs": br_paragraphs,
    "quote_em": _wrap_quote("em"),
    "quote_strong": _wrap_quote("strong"),
    "quote_split": quote_split,
    "tweet_bare": _between(TWEET_BARE),
    "ad_bare_inside": _inside(AD_BARE),
    "baca_plain": _between(BACA_PLAIN),
    "baca_div_inside": _inside(BACA_DIV),
    "baca_br": _between(BACA_BR),
    "simak_video": _between(SIMAK),
    "credit_p": _between(CREDIT_P),
    "pager_list_end": _between(PAGER_LIST, "end"),
    "pager_mid": _between(PAGER),
    "pager_end": _between(PAGER, "end"),
    "tweet": _between(TWEET),
    "instagram": _between(INSTA),
    "photo": _between(PHOTO),
    "figure": _between(FIGURE),
    "editor_end": _between(EDITOR, "end"),
    "initials_end": _between(INITIALS, "end"),
    "penulis_end": penulis_end,
    "tags_end": _between(TAGS, "end"),
    "dateline_strong": dateline_strong,
    "dateline_own_p": dateline_own_p,
    "dateline_bold_p": dateline_bold_p,
    "dateline_bold_dash_p": dateline_bold_dash_p,
}


for _kind, _f in KINDS.items():
    _snippet = getattr(_f, "snippet", None)
    if _snippet:
        SNIPPETS[_kind] = _snippet


def perturbed(html: bytes, body: str, gold: dict, kind: str) -> bytes | None:
    """The page with one kind of noise added, or None where the kind finds no place for it."""
    root = lxml.html.document_fromstring(html)
    root = copy.deepcopy(root)
    if not KINDS[kind](root, body, gold):
        return None
    return lxml.html.tostring(root, encoding="utf-8", doctype="<!DOCTYPE html>")


def leaks(snippet: str, body: str) -> list[str]:
    """The inserted markup's texts (5+ characters) found in the body."""
    nbody = norm(body)
    root = lxml.html.fragment_fromstring(snippet, create_parent="div")
    texts = [norm(t) for el in root.iter() if isinstance(el.tag, str) and el.tag not in ("script", "style")
             for t in (el.text, el.tail) if t]
    return [t for t in texts if len(t) >= 5 and t.strip("()&;, ") and t in nbody]


def flat(r: dict) -> dict[str, bool]:
    """A page's score as field -> ok (quotes as all found / all speakers right)."""
    out = {k: bool(v) for k, v in r.items() if not k.startswith("_")}
    if "_q" in r:
        found, gq, _p, _fp, sp, sg = r["_q"]
        if gq:
            out["qR"] = found == gq
        if sg:
            out["sp"] = sp == sg
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", default="")
    ap.add_argument("--per-page", action="store_true")
    ap.add_argument("--save", type=Path, help="write the perturbed pages here, one folder per kind")
    args = ap.parse_args()
    import newsextract

    golds = {f.stem: json.loads(f.read_text(encoding="utf-8")) for f in sorted((CORPUS / "gold").glob("*.json"))}
    pages = {s: (CORPUS / "html" / f"{s}.html").read_bytes() for s in golds}
    # the article text is located with the identity page's own extracted body
    bodies = {s: newsextract.extract(lxml.html.tostring(lxml.html.document_fromstring(b), encoding="utf-8"),
                                     source=f"{s}.html").body or "" for s, b in pages.items()}
    kinds = [k for k in KINDS if not args.only or k in args.only.split(",") or k == "identity"]
    base: dict[str, dict[str, bool]] = {}
    print(f"{'kind':16} {'n':>3} " + " ".join(f"{f:>10}" for f in FIELDS))
    for kind in kinds:
        results: dict[str, dict[str, bool]] = {}
        for s, html in pages.items():
            new = perturbed(html, bodies[s], golds[s], kind)
            if new is None:
                continue
            if args.save:
                (args.save / kind).mkdir(parents=True, exist_ok=True)
                (args.save / kind / f"{s}.html").write_bytes(new)
            rec = newsextract.extract(new, source=f"{s}.html").to_dict()
            results[s] = flat(fs.score_page(rec, golds[s]))
            if kind in SNIPPETS:
                results[s]["noise"] = not leaks(SNIPPETS[kind], rec.get("body") or "")
        if kind == "identity":
            base = results
        cells = []
        drops = []
        for f in FIELDS:
            have = [s for s in results if f in results[s]]
            ok = sum(results[s][f] for s in have)
            was = sum(base[s].get(f, False) for s in have)
            drop = f"({was - ok:+d})" if any(f in base[s] for s in have) else "    "
            cells.append(f"{ok:>3}/{len(have):<2}{drop}" if have else f"{'-':>10}")
            drops += [f"{s}:{f}" for s in have if base[s].get(f) and not results[s][f]]
        print(f"{kind:16} {len(results):>3} " + " ".join(f"{c:>10}" for c in cells))
        if args.per_page and drops:
            print("    drops: " + " ".join(drops))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
