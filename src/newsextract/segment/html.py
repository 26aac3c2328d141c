"""HTML pages to blocks, plus the metadata the page states about itself.

One parse (lxml, no network, no entity expansion) and one walk over the tree: every
block-level element (and every <br>-separated run of text) becomes a block carrying the DOM
features the classifier uses: tag, link density, and a hint from the class/id/role of its
ancestors and from landmark elements (nav, footer, aside...).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any, Dict, Iterable, List, Optional, Tuple

from lxml import etree

from newsextract.blocks import ZERO_WIDTH, Block, clean_line
from newsextract.fields.dates import normalise_iso
from newsextract.model import Image
from newsextract.profiles import get_profile

# Table cells are not blocks: a row reads as one line, and a data table inside an article
# stays with it.
BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre table tr tbody thead tfoot "
    "section article header footer nav aside main figure figcaption caption address details "
    "summary form fieldset center hr body html title".split()
)
SKIP_TAGS = frozenset(
    "script style noscript template svg math iframe object embed canvas video audio source "
    "button select option textarea input head link meta map area track".split()
)
# Landmarks and their weight on every block inside them.
LANDMARKS = {"nav": -30.0, "footer": -25.0, "aside": -20.0, "header": -8.0, "form": -12.0,
             "menu": -25.0, "article": 6.0, "main": 4.0}
# Class/id words of page furniture and of article content. A class name counts when one of
# these is the whole name or its first or last part ("related-posts", "entry-footer"), so
# "elementor-widget-container" or a post's "tag-business" class do not.
_NEG_WORDS = frozenset(
    "nav navbar navigation menu menus footer foot header masthead sidebar widget widgets related "
    "recommended recommendations terkait share sharing sharer social sosmed comment comments "
    "komentar disqus promo promotion promoted ad ads advert advertisement advertising iklan "
    "banner sponsor sponsored breadcrumb breadcrumbs tags tagline topik popular populer "
    "terpopuler trending newsletter subscribe subscription cookie cookies consent modal popup "
    "outbrain taboola mostread latest terkini terbaru bacajuga lainnya authorbox pagination "
    "pager paging copyright login signup search toolbar skip hidden print".split()
)
_POS_WORDS = frozenset(
    "article artikel content konten entry post story body text main detail isi berita "
    "articlebody storybody postcontent entrycontent detailtext txt read".split()
)
_ANY_HINT_WORD = re.compile("|".join(sorted(_NEG_WORDS | _POS_WORDS, key=len, reverse=True)))
_TAXONOMY = re.compile(r"^(?:tag|category|categories|post|format|status|type|author|postid)-")
_SEGMENTS = re.compile(r"[-_]+")


@lru_cache(maxsize=4096)
def _class_hint(attrs: str) -> float:
    """The hint of a class/id string: furniture words down, content words up."""
    low = attrs.lower()
    if not _ANY_HINT_WORD.search(low):
        return 0.0  # most class names hold none of the words: one search decides
    neg = pos = False
    for name in low.split():
        if _TAXONOMY.match(name):
            continue
        parts = [p for p in _SEGMENTS.split(name) if p]
        if not parts:
            continue
        ends = {parts[0], parts[-1], name.replace("-", "").replace("_", "")}
        if ends & _NEG_WORDS:
            neg = True
        if ends & _POS_WORDS:
            pos = True
    return (-12.0 if neg else 0.0) + (8.0 if pos else 0.0)


_CAPTION_WORDS = frozenset("caption captions figcaption credit credits keterangan "
                           "photocredit imagecredit".split())


@lru_cache(maxsize=4096)
def _is_caption_class(cls: Optional[str]) -> bool:
    """A class that names a caption or photo credit ("wp-caption-text", "photo-credit")."""
    low = (cls or "").lower()
    if "caption" not in low and "credit" not in low and "keterangan" not in low:
        return False
    for name in low.split():
        parts = [p for p in _SEGMENTS.split(name) if p]
        if parts and (parts[0] in _CAPTION_WORDS or parts[-1] in _CAPTION_WORDS
                      or (len(parts) > 1 and parts[-2] in _CAPTION_WORDS)):
            return True
    return False
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_PLAIN_INLINE = frozenset("b i em strong span font u small big sup sub abbr cite q mark time "
                          "code kbd var s strike del ins label".split())
_FURNITURE_ROOTS = frozenset(("nav", "footer", "menu"))
_CELLS = frozenset(("td", "th"))
_CAPTION_TAGS = frozenset(("figcaption", "caption"))


def _parser() -> etree.HTMLParser:
    # no_network: never fetch; libxml2's HTML parser does not expand external entities
    return etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True,
                            recover=True, encoding="utf-8", huge_tree=False)


def parse_html(text: str) -> Optional[Any]:
    """The document root, or None if nothing parseable is there."""
    data = text.encode("utf-8", "surrogatepass")
    try:
        root = etree.fromstring(data, _parser())
    except (etree.XMLSyntaxError, ValueError):
        return None
    return root


def _attr_hint(el: Any, tag: str) -> float:
    """The hint an element's class, id and role give the blocks inside it."""
    hint = LANDMARKS.get(tag, 0.0)
    if tag in ("body", "html"):
        return 0.0  # their classes describe the page, not a part of it
    attrib = el.attrib
    if not attrib:
        return hint
    attrs = " ".join(filter(None, (attrib.get("class"), attrib.get("id"), attrib.get("itemprop"))))
    if attrs:
        hint += _class_hint(attrs) + _article_body_hint(attrs)
    role = attrib.get("role")
    if role in ("navigation", "banner", "contentinfo", "complementary", "search"):
        hint -= 20.0
    if attrib.get("aria-hidden") == "true" or \
            "display:none" in (attrib.get("style") or "").replace(" ", ""):
        hint -= 30.0
    return hint


@lru_cache(maxsize=4096)
def _article_body_hint(attrs: str) -> float:
    return 10.0 if "articlebody" in attrs.lower().replace("-", "").replace("_", "") else 0.0


class _Walker:
    """Collects blocks while walking the tree once."""

    def __init__(self) -> None:
        self.blocks: List[Block] = []
        self.parts: List[str] = []
        self.link_chars = 0
        self.images: List[Tuple[int, Image]] = []

    def flush(self, tag: str, hint: float, in_link: bool, heading: bool, bullet: bool,
              caption: bool, path: Tuple[int, ...] = ()) -> None:
        if not self.parts:
            return
        raw = "".join(self.parts)
        self.parts = []
        link_chars, self.link_chars = self.link_chars, 0
        text = " ".join(raw.split())  # str.split knows every Unicode space
        if not text:
            return
        if ZERO_WIDTH.search(text):
            text = clean_line(text)
            if not text:
                return
        total = (len(text) - text.count(" ")) or 1  # characters that are not spaces
        b = Block(text=text, index=len(self.blocks), bullet=bullet, heading=heading, tag=tag,
                  link_density=min(1.0, link_chars / total), hint=hint)
        # a caption is short; a long text under a "caption" class is the page's own content
        b.caption = caption and len(text) < 600
        b.path = path
        self.blocks.append(b)

    def add(self, s: Optional[str], in_link: bool) -> None:
        if s:
            self.parts.append(s)
            if in_link:
                self.link_chars += len(s) - s.count(" ") - s.count("\n") - s.count("\t")


def segment_html(text: str) -> Tuple[List[Block], "Any"]:
    """Split a page into blocks and read its metadata."""
    from newsextract.pipeline import Meta

    root = parse_html(text)
    meta = Meta()
    if root is None:
        return [], meta
    read_metadata(root, meta)
    body = root.find("body")
    start = body if body is not None else root
    w = _Walker()
    # the stack of open elements: (tag, cumulative hint, in link, heading, bullet, caption)
    stack: List[Tuple[str, float, bool, bool, bool, bool]] = [("", 0.0, False, False, False, False)]
    walker = etree.iterwalk(start, events=("start", "end"))
    path: List[int] = []  # ids of the open block-level elements
    counter = 0
    for event, el in walker:
        tag = el.tag
        if type(tag) is not str:  # an entity or a stray node
            tag = ""
        if event == "start":
            parent = stack[-1]
            if tag in SKIP_TAGS or not tag:
                walker.skip_subtree()
                stack.append(parent)
                continue
            attrib = el.attrib
            if not attrib and tag in _PLAIN_INLINE:
                # the common case: <b>, <span>, <em> with no attributes change nothing
                stack.append(parent)
                if el.text:
                    w.add(el.text, parent[2])
                continue
            _, hint, in_link, heading, bullet, caption = parent
            if tag == "img":
                _image(el, w, caption)
            hint_here = hint
            if attrib or tag in LANDMARKS:
                hint_here = max(-40.0, min(25.0, hint + _attr_hint(el, tag)))
            if hint_here <= -40.0 and tag in _FURNITURE_ROOTS:
                # a navigation bar or footer: nothing in it is article text or a credit
                walker.skip_subtree()
                stack.append(parent)
                continue
            is_block = tag in BLOCK_TAGS
            if is_block or tag == "br":
                w.flush(parent[0], hint, in_link, heading, bullet, caption, tuple(path))
            if is_block:
                counter += 1
                path.append(counter)
            cls = attrib.get("class") if attrib else None
            ctx = (
                tag if is_block else parent[0],
                hint_here,
                in_link or tag == "a",
                heading or tag in _HEADINGS,
                bullet or tag == "li",
                caption or tag in _CAPTION_TAGS or (cls is not None and _is_caption_class(cls)),
            )
            stack.append(ctx)
            if tag in _CELLS:
                w.add(" ", False)
            if el.text and tag != "br" and tag != "hr":
                w.add(el.text, ctx[2])
        else:
            ctx = stack.pop()
            if tag in BLOCK_TAGS and ctx[0] == tag:
                w.flush(ctx[0], ctx[1], ctx[2], ctx[3], ctx[4], ctx[5], tuple(path))
                if path:
                    path.pop()
            if el.tail and el is not start:
                w.add(el.tail, stack[-1][2])
    w.flush(stack[-1][0], stack[-1][1], False, False, False, False)
    meta.images = [img for _, img in w.images]
    meta.image_positions = [pos for pos, _ in w.images]
    return w.blocks, meta


def _image(el: Any, w: _Walker, caption: bool) -> None:
    # lazy loading keeps the real address in a data- attribute and a placeholder in src
    src = el.get("data-src") or el.get("data-original") or el.get("data-lazy-src") or el.get("src")
    if not src or src.startswith("data:"):
        return
    alt = clean_line(el.get("alt") or "") or None
    w.images.append((len(w.blocks), Image(src=src, caption=alt, credit=None)))


# ---- metadata -------------------------------------------------------------------------------

_ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "blogposting", "webpage",
                  "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle",
                  "backgroundnewsarticle", "liveblogposting", "socialmediaposting", "report"}


def _jsonld_objects(root: Any) -> Iterable[Dict[str, Any]]:
    for script in root.iter("script"):
        if (script.get("type") or "").lower().strip() != "application/ld+json":
            continue
        raw = (script.text or "").strip()
        if not raw or len(raw) > 1_000_000:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            try:  # a trailing comma or stray control characters are common
                data = json.loads(re.sub(r",\s*([}\]])", r"\1", raw.replace("\n", " ")))
            except ValueError:
                continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                if "@graph" in item:
                    stack.extend(reversed(item["@graph"]) if isinstance(item["@graph"], list)
                                 else [item["@graph"]])
                yield item


def _types(obj: Dict[str, Any]) -> List[str]:
    t = obj.get("@type")
    if isinstance(t, str):
        return [t.lower()]
    if isinstance(t, list):
        return [x.lower() for x in t if isinstance(x, str)]
    return []


def _names(value: Any) -> List[str]:
    """Person names from a JSON-LD author value: a string, an object, or a list of them."""
    out: List[str] = []
    items = value if isinstance(value, list) else [value]
    for item in items:
        if isinstance(item, str):
            name = item
        elif isinstance(item, dict):
            if any(t in ("organization", "newsmediaorganization", "corporation")
                   for t in _types(item)):
                continue
            name = item.get("name") or ""
            if isinstance(name, list):
                name = name[0] if name else ""
        else:
            continue
        if isinstance(name, str):
            out.extend(_author_strings(name))
    return out


_URLISH = re.compile(r"https?://|www\.|\.(?:com|id|net|org)\b|@", re.I)


def _author_strings(raw: str) -> List[str]:
    """Names from a metadata author string; URLs, handles and publishers are dropped."""
    from newsextract.fields.byline import split_names

    raw = clean_line(raw)
    if not raw or _URLISH.search(raw):
        return []
    out: List[str] = []
    for code in ("id", "en"):
        for n in split_names(raw, get_profile(code)):
            if n not in out:
                out.append(n)
        if out:
            break
    return out


def _meta_map(root: Any) -> Dict[str, List[str]]:
    out: Dict[str, List[str]] = {}
    head = root.find("head")
    scope = head if head is not None else root
    for m in scope.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
        value = m.get("content")
        if key and value and value.strip():
            out.setdefault(key, []).append(value.strip())
    return out


def read_metadata(root: Any, meta: Any) -> None:
    """Fill `meta` from JSON-LD, OpenGraph and article:* meta, <time>, <link rel=canonical>."""
    idp = get_profile("id")
    sources = meta.sources
    for obj in _jsonld_objects(root):
        types = _types(obj)
        if not any(t in _ARTICLE_TYPES for t in types):
            continue
        if "webpage" in types and meta.title:
            continue
        headline = obj.get("headline") or obj.get("name")
        if isinstance(headline, str) and headline.strip() and not meta.title:
            meta.title = clean_line(headline)
            sources["title"] = "JSON-LD headline"
        for key, attr in (("datePublished", "date"), ("dateModified", "modified")):
            v = obj.get(key)
            if isinstance(v, str) and not getattr(meta, attr):
                iso = normalise_iso(v, idp)
                if iso:
                    setattr(meta, attr, iso)
                    sources[attr] = f"JSON-LD {key}"
        if not meta.authors and obj.get("author"):
            meta.authors = _names(obj.get("author"))
            if meta.authors:
                sources["authors"] = "JSON-LD author"
        if not meta.description and isinstance(obj.get("description"), str):
            meta.description = clean_line(obj["description"]) or None
        pub = obj.get("publisher")
        if isinstance(pub, dict) and isinstance(pub.get("name"), str) and not meta.site:
            meta.site = clean_line(pub["name"]) or None
            sources["site"] = "JSON-LD publisher"
        kw = obj.get("keywords")
        if kw and not meta.tags:
            meta.tags = _tags(kw)
        url = obj.get("url") or obj.get("mainEntityOfPage")
        if isinstance(url, dict):
            url = url.get("@id")
        if isinstance(url, str) and url.startswith("http") and not meta.url:
            meta.url = url
    mm = _meta_map(root)

    def first(*keys: str) -> Optional[str]:
        for k in keys:
            if mm.get(k):
                return mm[k][0]
        return None

    og_title = first("og:title", "twitter:title")
    if og_title:
        meta.titles.append(clean_line(og_title))
        if not meta.title:
            meta.title = clean_line(og_title)
            sources["title"] = "og:title"
    if meta.title and meta.title not in meta.titles:
        meta.titles.insert(0, meta.title)
    title_el = root.find(".//title")
    if title_el is not None and title_el.text and title_el.text.strip():
        meta.titles.append(clean_line(title_el.text))
    for key in ("article:published_time", "og:published_time", "publishdate", "pubdate",
                "publish-date", "date", "dc.date", "dc.date.issued", "datepublished",
                "content_publishedtime", "dtm", "sailthru.date", "parsely-pub-date"):
        if meta.date:
            break
        v = first(key)
        iso = normalise_iso(v, idp) if v else None
        if iso:
            meta.date = iso
            sources["date"] = f"meta {key}"
    if not meta.modified:
        v = first("article:modified_time", "og:updated_time", "datemodified", "lastmod")
        meta.modified = normalise_iso(v, idp) if v else None
    if not meta.date:
        for t in root.iter("time"):
            v = t.get("datetime")
            iso = normalise_iso(v, idp) if v else None
            if iso:
                meta.date = iso
                sources["date"] = "<time datetime>"
                break
    if not meta.authors:
        for key in ("author", "article:author", "dc.creator", "byl", "parsely-author",
                    "sailthru.author", "content_author"):
            for v in mm.get(key, []):
                meta.authors.extend(a for a in _author_strings(v) if a not in meta.authors)
            if meta.authors:
                sources["authors"] = f"meta {key}"
                break
    if not meta.site:
        site = first("og:site_name", "application-name", "twitter:site")
        if site and not site.startswith("@"):
            meta.site = clean_line(site)
            sources["site"] = "og:site_name"
    if not meta.description:
        d = first("og:description", "description", "twitter:description")
        meta.description = clean_line(d) if d else None
    if not meta.tags:
        kw = first("news_keywords", "keywords", "article:tag")
        if mm.get("article:tag") and len(mm["article:tag"]) > 1:
            meta.tags = [clean_line(t) for t in mm["article:tag"]]
        elif kw:
            meta.tags = _tags(kw)
    canonical = None
    for link in root.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            canonical = link.get("href").strip()
            break
    url = canonical or first("og:url")
    if url and url.startswith("http"):
        meta.url = url
    lang = root.get("lang") or first("og:locale", "language", "content-language")
    if lang:
        meta.language = lang.strip().lower()[:2] or None


def _tags(kw: Any) -> List[str]:
    items = kw if isinstance(kw, list) else str(kw).split(",")
    out = []
    for t in items:
        t = clean_line(str(t))
        if t and t not in out and len(t) < 80:
            out.append(t)
    return out
