"""The pipeline: decode, segment, classify, fields. Only segmentation knows the input kind."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple, Union

from newsextract.blocks import BODY, BYLINE, CAPTION, DATE, HEADER, OUTSIDE, RELATED, TITLE, Block
from newsextract.classify import (caption_like, is_boilerplate, label_furniture, main_run,
                                  related_title)
from newsextract.decode import decode
from newsextract.errors import EmptyInputError
from newsextract.fields.byline import brand_byline, parse_credit
from newsextract.fields.credit import signature, split_trailing_credit
from newsextract.fields.dateline import Dateline, find_dateline
from newsextract.fields.dates import find_dates
from newsextract.fields.language import detect_language
from newsextract.fields.quotes import extract_quotes
from newsextract.fields.title import find_title, match_key
from newsextract.model import Article, Image
from newsextract.options import DEFAULT, Options
from newsextract.profiles import Profile, get_profile

_HTML_SNIFF = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<div[\s>]|<p[\s>]"
                         r"|<article[\s>]|<title>", re.I)


@dataclass
class Meta:
    """What a page says about itself (HTML metadata); empty for text input."""

    title: Optional[str] = None
    titles: List[str] = field(default_factory=list)
    date: Optional[str] = None
    modified: Optional[str] = None
    authors: List[str] = field(default_factory=list)
    site: Optional[str] = None
    url: Optional[str] = None
    description: Optional[str] = None
    tags: List[str] = field(default_factory=list)
    images: List[Image] = field(default_factory=list)
    image_positions: List[int] = field(default_factory=list)  # block index each image precedes
    language: Optional[str] = None
    sources: Dict[str, str] = field(default_factory=dict)


@dataclass
class Trace:
    """What the pipeline decided and why, for `newsextract explain`."""

    blocks: List[Block]
    sources: Dict[str, str]


def sniff_kind(text: str) -> str:
    """"html" when the text looks like markup, else "text"."""
    head = text[:4000]
    hits = len(_HTML_SNIFF.findall(head))
    if hits >= 2 or head.lstrip().lower().startswith(("<!doctype", "<html", "<?xml")):
        return "html"
    return "text"


def extract(data: Union[str, bytes], *, options: Options = DEFAULT,
            source: Optional[str] = None) -> Article:
    """Extract one article from page bytes or text. Pure: same input, same record."""
    article, _ = extract_with_trace(data, options=options, source=source)
    return article


def extract_with_trace(data: Union[str, bytes], *, options: Options = DEFAULT,
                       source: Optional[str] = None) -> Tuple[Article, Trace]:
    """Like `extract`, and also return the labelled blocks and where each field came from."""
    warnings: List[str] = []
    if isinstance(data, bytes):
        if len(data) > options.max_bytes:
            data = data[: options.max_bytes]
            warnings.append(f"input cut at {options.max_bytes} bytes")
        text, _enc = decode(data)
    else:
        text = data
        if len(text) > options.max_bytes:
            text = text[: options.max_bytes]
            warnings.append(f"input cut at {options.max_bytes} characters")
    if not text.strip():
        raise EmptyInputError("input holds no text")
    kind = options.input_format if options.input_format != "auto" else sniff_kind(text)
    meta = Meta()
    if kind == "html":
        from newsextract.segment.html import segment_html

        blocks, meta = segment_html(text)
    else:
        from newsextract.segment.text import segment_text

        blocks = segment_text(text)
    article = Article(source=source, format=kind, warnings=warnings)
    sources: Dict[str, str] = {}
    _fill(article, blocks, meta, options, sources)
    return article, Trace(blocks=blocks, sources=sources)


def _fill(article: Article, blocks: List[Block], meta: Meta, options: Options,
          sources: Dict[str, str]) -> None:
    """Run the field extractors over labelled blocks and metadata."""
    sample = _language_sample(blocks)
    lang = options.language or detect_language(sample) or meta.language or "en"
    profile = get_profile(lang)
    article.language = lang
    sources["language"] = "option" if options.language else "stopword count"

    label_furniture(blocks)
    start, end = main_run(blocks)
    if end <= start:
        article.warnings.append("no article body found (not an article page?)")
    start, dateline = _find_body_start(blocks, start, end)

    # title: metadata hints steer the choice among the blocks before the body
    hints = tuple(meta.titles)
    found = find_title(blocks, start, profile, hints)
    title_idx = -1
    if found:
        article.title, title_idx = found
        sources["title"] = f"block {title_idx}"
    if meta.title and (not found or _weak_title(found[0], meta.title)):
        article.title = meta.title
        sources["title"] = meta.sources.get("title", "metadata")
    title_key = match_key(article.title or "")

    body_blocks: List[Block] = []
    for b in blocks[start:end]:
        if b.label:
            continue
        if title_key and abs(len(b.text) - len(article.title or "")) < 8 and match_key(b.text) == title_key:
            b.mark(TITLE, "repeats the headline")
            continue
        if caption_like(b):
            b.mark(CAPTION, "caption or photo credit")
            continue
        if len(b.text.split()) < 2 and not b.text.endswith((".", "!", "?")):
            b.mark(HEADER, "lone word inside the body span")
            continue
        b.mark(BODY, "prose run")
        body_blocks.append(b)
    for b in blocks:
        if b.index == title_idx and not b.label:
            b.mark(TITLE, "headline")

    paragraphs = [b.text for b in body_blocks]
    if paragraphs:
        paragraphs[0] = _strip_leading_timestamp(paragraphs[0], profile)
    if dateline and paragraphs:
        article.location = dateline.location
        article.site = dateline.site
        sources["location"] = sources["site"] = "dateline"
        if not dateline.standalone:
            found_dl = find_dateline(paragraphs[0])
            if found_dl:
                paragraphs[0] = found_dl[1]
    if article.location and meta.site:
        # "TAKENGON, Warta Nusantara –": the outlet's name from the page's metadata is no place
        parts = [p for p in article.location.split(", ") if p.casefold() != meta.site.casefold()]
        if len(parts) < len(article.location.split(", ")):
            article.location = ", ".join(parts) or None
            article.site = article.site or meta.site
    if not article.site and meta.site:
        article.site = meta.site
        sources["site"] = meta.sources.get("site", "metadata")

    _trailing(article, paragraphs, profile, sources)
    article.body = "\n\n".join(p for p in paragraphs if p)

    _date(article, blocks, meta, title_idx, start, profile, sources)
    _credits(article, blocks, meta, title_idx, start, end, profile, sources)
    article.related = _related(blocks)
    article.quotes = extract_quotes([p for p in paragraphs if p], profile)
    article.url = meta.url
    article.description = meta.description
    article.tags = list(meta.tags)
    article.images = _article_images(blocks, meta, start, end)
    article.modified = meta.modified
    if not article.body:
        article.warnings.append("empty body")


def _language_sample(blocks: List[Block], size: int = 8000) -> str:
    """The first `size` characters of the page's sentence-like blocks (six words or more)."""
    parts: List[str] = []
    n = 0
    for b in blocks:
        if n >= size:
            break
        if b.text.count(" ") > 5:
            parts.append(b.text)
            n += len(b.text) + 1
    return " ".join(parts)[:size]


_PHOTO_LABEL = re.compile(r"^(?:foto|photo|gambar|image|ilustrasi)\s*:\s*", re.I)
_TRAILING_CREDIT = re.compile(r"\s*\((?:(?:foto|photo|dok|credit|kredit)[:.]?\s*)?([^()]{2,80})\)\s*$"
                              r"|\s+(?:foto|photo|credit|kredit)\s*:\s*(.{2,80})$", re.I)


def _article_images(blocks: List[Block], meta: Meta, start: int, end: int) -> List[Image]:
    """The images that stand in or just above the body, with the caption blocks after them.

    A caption's trailing credit ("(Foto: ANTARA/X)", "Photo: X") goes to `credit`.
    """
    out: List[Image] = []
    for img, pos in zip(meta.images, meta.image_positions, strict=False):
        if not start - 6 <= pos <= end:
            continue
        caption, credit = img.caption, None
        for b in blocks[pos:pos + 3]:
            if b.label == CAPTION or b.caption:
                caption = b.text
                break
            if b.label == BODY:
                break
        if caption:
            caption = _PHOTO_LABEL.sub("", caption)
            m = _TRAILING_CREDIT.search(caption)
            if m and (m.group(2) or "/" in m.group(1) or re.search(r"foto|photo|dok", m.group(0), re.I)):
                credit = (m.group(1) or m.group(2)).strip()
                caption = caption[:m.start()].strip()
            caption = caption or None
        out.append(Image(src=img.src, caption=caption, credit=credit))
    return out


def _strip_leading_timestamp(par: str, profile: Profile) -> str:
    """A date and time glued to the first paragraph ("11/18/19 11:04 PM EST A New York...")."""
    found = find_dates(par[:60], profile)
    if found and found[0].start == 0 and found[0].has_time:
        rest = par[found[0].end:].lstrip(" -–—|:")
        if len(rest.split()) >= 8 and rest[:1].isupper():
            return rest
    return par


def _weak_title(found: str, meta_title: str) -> bool:
    """The block title shares little with the metadata title: trust the metadata."""
    a, b = set(match_key(found).split()), set(match_key(meta_title).split())
    return not a or len(a & b) / max(1, len(b)) < 0.5


def _find_body_start(blocks: List[Block], start: int, end: int) -> Tuple[int, Optional[Dateline]]:
    """Move the body start to the dateline when one opens a paragraph near the run's start.

    Captions and standfirsts that the prose run swallowed before the dateline are dropped.
    """
    lo = max(0, start - 3)
    # captions, a standfirst and photo credits can take several blocks before the dateline;
    # text before a dateline is never the article's own
    hi = min(end, start + max(8, min(15, (end - start) // 4)))
    for j in range(lo, hi):
        b = blocks[j]
        if b.label and b.label not in (BODY, OUTSIDE):
            continue
        found = find_dateline(b.text)
        if not found:
            continue
        d, _rest = found
        for k in range(start, j):
            if not blocks[k].label:
                blocks[k].mark(CAPTION if caption_like(blocks[k]) else HEADER, "before the dateline")
        if d.standalone:
            b.mark(HEADER, "dateline")
            return j + 1, d
        return j, d
    return start, None


def _trailing(article: Article, paragraphs: List[str], profile: Profile,
              sources: Dict[str, str]) -> None:
    """Credits, editor initials and signatures at the end of the body."""
    while paragraphs:
        last = paragraphs[-1]
        text, credit, cut = split_trailing_credit(last, profile)
        if cut:
            if credit and not article.credit:
                article.credit = credit
                sources["credit"] = "trailing parentheses"
            paragraphs[-1] = text
            if not text.strip():
                paragraphs.pop()
            continue
        author, agency = signature(last, profile)
        if author or agency:
            if author:
                article.authors.append(author)
                sources["authors"] = "signature line"
            elif not article.credit:
                article.credit = agency
                sources["credit"] = "signature line"
            paragraphs.pop()
            continue
        break


def _date(article: Article, blocks: List[Block], meta: Meta, title_idx: int, start: int,
          profile: Profile, sources: Dict[str, str]) -> None:
    """The publication date: near the headline, with a time if one is printed."""
    anchor = title_idx if title_idx >= 0 else start
    best = None
    lo = max(0, min(anchor, start) - 30)
    for j in range(lo, min(len(blocks), start + 1)):
        b = blocks[j]
        if b.label == BODY:
            continue
        for f in find_dates(b.text, profile):
            if f.in_parens:
                continue
            score = (3 if f.has_time else 0) + (1 if f.has_zone else 0) - abs(j - anchor) * 0.2
            if len(b.text) < 80:
                score += 1
            if best is None or score > best[0]:
                best = (score, f.iso, j)
    if best:
        article.date = best[1]
        blocks[best[2]].label = blocks[best[2]].label or DATE
        sources["date"] = f"block {best[2]}"
    if meta.date and (not article.date or "T" not in article.date or
                      ("T" in meta.date and meta.date[:10] == article.date[:10]
                       and not re.search(r"[+-]\d\d:\d\d$", article.date))):
        article.date = meta.date
        sources["date"] = meta.sources.get("date", "metadata")


def _credits(article: Article, blocks: List[Block], meta: Meta, title_idx: int, start: int,
             end: int, profile: Profile, sources: Dict[str, str]) -> None:
    """Authors and editors from credit lines around the body (and metadata as a fallback)."""
    anchor = title_idx if title_idx >= 0 else start
    window = list(range(max(0, min(anchor, start) - 8), min(len(blocks), start + 2)))
    window += list(range(end, min(len(blocks), end + 25)))
    # credit lines inside the body span (e.g. "Editor: X" that the run swallowed)
    window += [b.index for b in blocks[start:end] if b.label != BODY]
    authors: List[str] = []
    editors: List[str] = []
    expect_name = False
    seen = set()
    for j in window:
        if j in seen:
            continue
        seen.add(j)
        b = blocks[j]
        if b.label == BODY:
            continue
        if expect_name:
            expect_name = False
            a, _e, _l = parse_credit("Oleh: " + b.text, get_profile("id"))
            if a:
                _add(authors, a)
                b.mark(BYLINE, "name after a bare byline label")
                sources["authors"] = f"block {j}"
                continue
        found_any = False
        for prof in _structural_profiles(profile):
            a, e, label_only = parse_credit(b.text, prof)
            if a or e:
                _add(authors, a)
                _add(editors, e)
                found_any = True
            expect_name = expect_name or label_only
        if not found_any and j < start:
            name = brand_byline(b.text, profile)
            if not name and j + 1 < len(blocks) and \
                    blocks[j + 1].text.strip().lower() in profile.byline_suffixes:
                # "Dewi Kania" over a line "Jurnalis"
                name = brand_byline(b.text + " / " + blocks[j + 1].text.strip(), profile)
            if name:
                _add(authors, [name])
                found_any = True
        if found_any:
            b.mark(BYLINE, "credit line")
            sources.setdefault("authors", f"block {j}")
    # a signature in capitals just after the body ("DINI TEJA")
    for j in range(end, min(len(blocks), end + 3)):
        if authors or article.authors:
            break
        if blocks[j].label in ("", HEADER) and not is_boilerplate(blocks[j].text):
            who, agency = signature(blocks[j].text, profile)
            if who:
                _add(authors, [who])
                blocks[j].mark(BYLINE, "signature in capitals after the body")
            elif agency and not article.credit:
                article.credit = agency
            if who or agency:
                break
    if authors:
        _add(article.authors, authors)
    elif meta.authors and not article.authors:
        article.authors = list(meta.authors)
        sources["authors"] = meta.sources.get("authors", "metadata")
    article.editors = editors


def _structural_profiles(profile: Profile) -> Tuple[Profile, ...]:
    """Credit labels of every language apply: Indonesian pages print "By" and "Editor" too."""
    other = get_profile("en" if profile.code != "en" else "id")
    return (profile, other)


def _add(target: List[str], names: List[str]) -> None:
    for n in names:
        if n not in target:
            target.append(n)


def _related(blocks: List[Block]) -> List[str]:
    """Titles of "Baca juga" inserts and related-article lists, in page order, deduplicated."""
    out: List[str] = []
    for b in blocks:
        if b.label != RELATED:
            continue  # the classifier labelled every read-also line and list item
        title = related_title(b.text)
        if title is None and b.reason == "item under a list heading":
            title = b.text
        if title and title not in out and len(title) < 300 and len(title.split()) > 1:
            out.append(title)
    return out
