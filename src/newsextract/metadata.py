"""What a page says about itself: JSON-LD, OpenGraph and article:* meta, <time>, canonical link.

Read from the parsed HTML tree by `read_metadata`; text dumps have none (an empty `Meta`).
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable, Dict, Iterable, List, Optional, Tuple

from newsextract.blocks import clean_line, minimal_phrases
from newsextract.fields.authors import without_outlet
from newsextract.fields.byline import (abbreviation, brand_byline, label_starts, lone_label, parse_credit,
                                      plain_name_word, split_names)
from newsextract.fields.dates import minutes_apart, normalise_iso
from newsextract.model import Image
from newsextract.profiles import domain_rx, domain_suffixes, merged
from newsextract.rxcache import longest_first, rx

# a meta name that ends in "author" after a prefix and a separator ("dtk:author", "x_author")
_PREFIXED_AUTHOR = rx(r"^[a-z][\w.-]*[:._-]author$")
# a site's own name for the publication moment ("content_PublishedDate", "dtk:publishdate",
# "article.published", "date_published"), not the update's
_PUBLISHED_KEY = rx(r"publish|pub[_.:-]?date")
_NOT_PUBLISHED_KEY = rx(r"modif|updat|unix|expir|embargo")
_BAR = rx(r"\s*[|·•]\s*")


@dataclass
class Meta:
    """What a page says about itself (HTML metadata); empty for text input."""

    title: Optional[str] = None
    titles: List[str] = field(default_factory=list)
    social_title: Optional[str] = None  # og:title (or twitter:title): the headline as the page shares it
    headline: Optional[str] = None  # the JSON-LD article's headline (or name)
    date: Optional[str] = None
    modified: Optional[str] = None
    authors: List[str] = field(default_factory=list)
    # names in an element the markup marks as the author's (class "byline", itemprop="author",
    # rel="author"): read only when neither the metadata nor the text's credits name anyone
    marked_authors: Callable[[], List[str]] = list
    site: Optional[str] = None
    outlets: List[str] = field(default_factory=list)  # every name the page gives its publisher
    url: Optional[str] = None
    description: Optional[str] = None
    article_body: Optional[str] = None  # JSON-LD articleBody: the article's text, when given
    tags: List[str] = field(default_factory=list)
    images: List[Image] = field(default_factory=list)
    image_positions: List[int] = field(default_factory=list)  # block index each image precedes
    language: Optional[str] = None  # ISO 639-1, from <html lang> or og:locale
    region: Optional[str] = None  # the country of the locale ("us" of en-US), when given
    sources: Dict[str, str] = field(default_factory=dict)


_ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "blogposting", "webpage",
                  "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle",
                  "backgroundnewsarticle", "liveblogposting", "socialmediaposting", "report"}


def _first_descendant(root: Any, tag: str) -> Any:
    """root.find(".//" + tag): the first element of that tag under root, in document order,
    or None. (Searched child by child: lxml's iterator looks one match ahead, so the first
    match of a tag the page holds once, its <title> in the <head>, cost a walk of the whole
    tree; here it costs a walk of the <head>.)"""
    for child in root:
        found = next(child.iter(tag), None)
        if found is not None:
            return found
    return None


def _jsonld_objects(scripts: Iterable[Any]) -> Iterable[Dict[str, Any]]:
    for script in scripts:
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
        expanded = set()  # ids of pages whose main entity was put before them
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                if "@graph" in item:
                    stack.extend(reversed(item["@graph"]) if isinstance(item["@graph"], list)
                                 else [item["@graph"]])
                main = item.get("mainEntity")
                if isinstance(main, dict) and main.get("@type") and id(item) not in expanded:
                    # (a WebPage that holds its NewsArticle: the article is read first)
                    expanded.add(id(item))
                    stack.extend((item, main))
                    continue
                yield item


def _types(obj: Dict[str, Any]) -> List[str]:
    t = obj.get("@type")
    if isinstance(t, str):
        return [t.lower()]
    if isinstance(t, list):
        return [x.lower() for x in t if isinstance(x, str)]
    return []


def _names(value: Any, nodes: Optional[Dict[str, Dict[str, Any]]] = None) -> List[str]:
    """Person names from a JSON-LD author value: a string, an object, or a list of them; an
    object that only refers to a node of the page's graph by its @id is that node (WordPress
    SEO plugins print the article's author so)."""
    out: List[str] = []
    items = value if isinstance(value, list) else [value]
    for item in items:
        if isinstance(item, dict) and "name" not in item and nodes and \
                isinstance(item.get("@id"), str):
            item = nodes.get(item["@id"], item)
            # (such a node is the site's user: its name may be a login or initials, "AS")
            name = item.get("name")
            if not isinstance(name, str) or _login_name(name) or len(name.strip()) <= 3:
                continue
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
            out.extend(n for n in _author_strings(_uninvert(name) if isinstance(value, list) else name)
                       if n not in out)
    return out


def _uninvert(name: str) -> str:
    """A list's "Surname, Given" entry ("Lenharo, Mariana") as "Given Surname": one person per
    entry, so one comma after a single word is the library-catalogue order, not two people."""
    head, sep, tail = name.partition(",")
    if sep and "," not in tail and len(head.split()) == 1 and 1 <= len(tail.split()) <= 2:
        return f"{tail.strip()} {head.strip()}"
    return name


@lru_cache(maxsize=None)
def _urlish() -> "re.Pattern[str]":
    """An address, a handle or a domain: not a person's name."""
    return rx(r"https?://|www\.|\.(?:" + domain_suffixes() + r")\b|@", re.I)


# the bar or spaced slash between a metadata author string's pieces
_META_BAR = rx(r"\s+[|/]\s+")


def _author_strings(raw: str) -> List[str]:
    """Names from a metadata author string; URLs, handles and publishers are dropped;
    character references a page left in it read ("Redacci&oacute;n")."""
    raw = meta_text(raw)
    if not raw:
        return []
    parts = _META_BAR.split(raw)
    if len(parts) > 1 and all(parts):
        # "Ahmad Fauzan | Editor: Budi Santoso", "Ahmad Fauzan / Rina Marlina": each piece
        # on its own (an editor's labelled piece names no author; a piece of one word beside
        # it is the outlet's or the desk's, "Rasyid Ridho | Okezone", "detikNews | detikcom")
        out: List[str] = []
        for part in parts:
            if out and not _given_name_first(part):
                # (after a bar the outlet, a place or a role: "Jane Doe | New York"; after a
                # slash a second writer only where a given name opens it, "Laura Jordán /
                # Javier Urbina", not "Jane Doe / Der Spiegel", "Juan Pérez / Buenos Aires")
                break
            out.extend(n for n in _author_strings(part) if n not in out and " " in n)
            if out and "|" in raw:
                break
        return out
    if _urlish().search(raw):
        # ("Ahmad Fauzan, Liputan6.com": the writer, then the outlet's address)
        name = brand_byline(raw, merged())
        return [name] if name and not _urlish().search(name) else []
    if raw.casefold().startswith(label_starts(merged())):
        # "By MEG KINNARD, Associated Press": a byline in the author tag, read as one
        authors = parse_credit(raw, merged())[0]
        role, comma, rest = raw.partition(",")
        if not authors and comma and role.split()[0].casefold() in merged().placed_roles and len(role.split()) <= 3:
            # "Kontributor Garut, Firman Taufiqurrahman": the role and its place (not the place
            # again, "Kontributor Garut, Garut")
            place = " ".join(role.split()[1:]).casefold()
            return [n for n in _author_strings(rest) if n.casefold() != place]
        if authors or raw.split()[0].casefold() in label_starts(merged()):
            return list(authors)
    # (a tag's one word in lower case is the site's user: "gnaddrig", "multigames")
    names = [n for n in split_names(raw, merged()) if not (" " not in n and n.islower()) and not abbreviation(n)]
    if not names and "-" in raw:
        # "Rina Marlina - detikNews": the writer and the outlet's tag, one word in capitals and
        # small letters, or a writer a given name opens (not "Cookie Policy - Privacy")
        name = brand_byline(raw, merged())
        tag = raw.rpartition("-")[2].strip()
        outlet = " " not in tag and any(c.isupper() for c in tag[1:]) and any(c.islower() for c in tag)
        return [name] if name and (outlet or _given_name_first(name)) else []
    return names


def _given_name_first(text: str) -> bool:
    """A listed given name opens the text ("Javier Urbina", "Rina Marlina")."""
    words = text.split()
    return bool(words) and words[0].casefold().strip(".,") in merged().given_names


def _login_name(value: str) -> bool:
    """A user name rather than a person's: one word, in lower case or joined by _ or -."""
    v = value.strip()
    return " " not in v and (v[:1].islower() or any(c in v for c in "_-") or any(c.isdigit() for c in v))


def _labelled_author_keys(mm: Dict[str, List[str]]) -> List[str]:
    """The keys of a share card's "Written by" datum: "twitter:misc:written by", or
    "twitter:dataN" beside a "twitter:labelN" that is an author's label (in any language)."""
    labels = merged().author_labels
    keys = [k for k in mm if k.startswith("twitter:misc:") and k[13:].strip(" :") in labels]
    for k, values in mm.items():
        if k.startswith("twitter:label") and values[0].casefold().strip(" :") in labels:
            keys.append("twitter:data" + k[13:])
    return keys


_ENTITY = rx(r"&(?:#[0-9]{2,6}|#x[0-9a-fA-F]{2,5}|[a-zA-Z]{2,8});")


def meta_text(s: str) -> str:
    """A title, a description or a name as the page's metadata gives it, one line; character
    references left in it by a page that escaped its text twice ("Editor&#039;s Letter",
    "&quot;90%&quot;", "CD&amp;V") are read."""
    if "&" in s and _ENTITY.search(s):
        s = html.unescape(s)
    return clean_line(s)


def _meta_map(root: Any) -> Dict[str, List[str]]:
    out: Dict[str, List[str]] = {}
    head = root.find("head")
    scope = head if head is not None else root
    for m in scope.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or m.get("http-equiv")
               or "").strip().lower()
        value = m.get("content")
        if key and value and value.strip():
            out.setdefault(key, []).append(value.strip())
    return out


def _in_utc(iso: str) -> bool:
    """An ISO time given in UTC ("...+00:00", "...Z")."""
    return iso.endswith(("+00:00", "Z")) and "T" in iso


@lru_cache(maxsize=None)
def _author_stems() -> Tuple[str, ...]:
    """Each author's class word without its first letter, which may be printed in either case
    ("utor": "autore", "Autor"), those that hold no other."""
    return minimal_phrases(tuple(sorted({w[1:] for w in merged().class_author_words})))


@lru_cache(maxsize=4096)
def _author_class(cls: str) -> bool:
    """A class attribute (or test id) that holds an author's word (as printed, or capitalised)."""
    # (in class names only: a test of every element's id too doubles the cost, for few finds)
    return any(stem in cls for stem in _author_stems())


def _marked_elements(root: Any) -> List[Any]:
    """The elements, in document order, whose class (or test id: data-testid="authorName")
    holds an author's word, or whose itemprop or rel is "author"."""
    return _marked_and_headlines(root)[0]


def _marked_and_headlines(root: Any) -> Tuple[List[Any], List[int], List[Any]]:
    """The marked elements (as _marked_elements), how many <h1> start before each in
    document order, and the page's <h1> elements."""
    # (one walk, each class string tested once: libxml2's XPath of the same tests,
    # "//*[@class][contains(@class, ...)] | ... | //*[@itemprop='author' or ...]", took twice
    # as long, a millisecond on a large page)
    from lxml import etree

    tree = root.getroottree()
    headlines = list(tree.iter("h1"))
    # (the walk meets the same proxy objects as those held in the list: told by identity)
    next_headline = headlines[0] if headlines else None
    passed = 0
    found = []
    before = []
    stems = _attribute_stems()
    for el in tree.iter(etree.Element):
        # (an element none of whose attributes holds an author's stem is none of them, the
        # most: their values, read at once, are tested before the attributes are read one by one)
        values = " ".join(el.values())
        for stem in stems:  # (a loop, not any() over a generator: three stems)
            if stem in values:
                if _marked(el):
                    found.append(el)
                    before.append(passed)
                break
        if el is next_headline:
            passed += 1
            next_headline = headlines[passed] if passed < len(headlines) else None
    return found, before, headlines


@lru_cache(maxsize=None)
def _attribute_stems() -> Tuple[str, ...]:
    """Stems one of which any marked element's attributes hold: the author's class words'
    and "author" (an itemprop or rel)."""
    return minimal_phrases(tuple(sorted({*_author_stems(), "author"})))


def _marked(el: Any) -> bool:
    """An element whose class (or test id) holds an author's word, or whose itemprop or rel
    is "author"."""
    cls = el.get("class")
    tested = el.get("data-testid")
    return cls is not None and _author_class(cls) or tested is not None and _author_class(tested) \
        or el.get("itemprop") == "author" or el.get("rel") == "author"


def _after_headline(el: Any, headlines: List[Any]) -> bool:
    """Whether one of `headlines`, which start before `el` in document order, is no ancestor
    of it: the XPath test "preceding::h1" (which walks every element before `el`)."""
    if not headlines:
        return False
    around = set(el.iterancestors("h1"))
    return any(h not in around for h in headlines)


def _marked_furniture(el: Any) -> bool:
    """The element or one around it is a comment, a teaser list, a sidebar or a menu."""
    furniture = merged().class_author_furniture
    while el is not None and isinstance(el.tag, str):
        if el.tag in ("aside", "nav", "footer"):
            return True
        names = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
        if names.strip() and any(w in names for w in furniture):
            return True
        el = el.getparent()
    return False


@lru_cache(maxsize=None)
def _by_word() -> "re.Pattern[str]":
    """A one-word credit label inside a marked element's text ("Erstellt von X", "Posted by X")."""
    words = sorted((w for w in label_starts(merged()) if " " not in w and w.isalpha()), key=longest_first)
    return rx(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)\s*:?\s*", re.I)


def _person(name: str) -> bool:
    """Two to four words of a person's name, none a common word ("The Russian"), a particle
    only inside ("Ana de la Cruz", not "Artikel von")."""
    k = merged()
    words = name.split()
    return 2 <= len(words) <= 4 and words[0] not in k.name_particles and \
        words[-1] not in k.name_particles and all(
            w in k.name_particles or (plain_name_word(w) and w.lower() not in k.stopwords) for w in words)


def _marked_names(text: str) -> List[str]:
    m = _by_word().search(text)
    # "Erstellt von Andri Bryner", "Pressemitteilung von X": the names after the label's word
    # (but in "Rina Marlina, Jurnalis Kompas TV" it is the role after the name)
    for t in ([text[m.end():]] if m and m.start() > 0 else []) + [text]:
        names = _author_strings(t) or [n for n in [brand_byline(t, merged())] if n]
        names = [n for n in names if _person(n)]
        if names:
            return names
    return []


def _marked_authors(root: Any) -> List[str]:
    """The names in the first element the markup marks as the article's author's; none on a
    page where such elements name three people or more apart (a list of stories' cards)."""
    found, before, headlines = _marked_and_headlines(root)
    if len(found) > 1 and headlines:
        # (after the first headline, when there is one: above it stand the menus)
        after = [el for el, n in zip(found[:24], before[:24], strict=True) if _after_headline(el, headlines[:n])]
        found = after or found
    found = found[:12]
    marked = set(found)
    readings: List[List[str]] = []
    for el in found:
        if _marked_furniture(el) or any(d in marked and "".join(d.itertext()).strip()
                                        for d in el.iterdescendants()):
            continue  # (the innermost marked element with text: "byline-section" holds the date too)
        names = _element_names(el)
        if names and names not in readings:
            readings.append(names)
    return readings[0] if 1 <= len(readings) <= 2 else []


def _element_names(el: Any) -> List[str]:
    """The names a marked element gives: each of its links a name ("<a>X</a> <a>Y</a>": the
    text would glue them); or its text, or the pieces of it between bars ("Rina Marlina | CNN
    Indonesia"); or its first link's (an author's card: the name links to the author's page,
    a bio follows)."""
    links = [clean_line(" ".join(a.itertext())) for a in el.iter("a")][:4]
    named = [_marked_names(t) for t in links]
    if len(links) > 1 and all(named):
        return [n for names in named for n in names]
    pieces = list(el.itertext())
    text = clean_line(" ".join(pieces))
    # (or its first line, where a break or an element parts the name from what follows:
    # "Jane Doe<br>Associated Press"; not a later one: "<b>linksc</b><p>Creating Search
    # Engine API</p>" is a user name and a motto)
    lines = [clean_line(t) for t in pieces if t.strip()][:2]
    if lines and lone_label(lines[0], merged()):
        lines = lines[1:]
    for t in ([text, *_BAR.split(text), *lines[:1]] if len(text) <= 80 else []) + links[:1]:
        names = _marked_names(t)
        if names:
            return names
    return []


_SLUG = rx(r"[a-z0-9]+(?:-[a-z0-9]+){2,}")


def _headline_like(text: str) -> bool:
    """A metadata title that may be a headline: not a URL's slug ("adac-kindersitztest-
    herbst-2018") nor a domain ("Sports.fr", the site's name in the headline's key)."""
    t = text.strip()
    return bool(t) and not _SLUG.fullmatch(t) and not (" " not in t and domain_rx().search(t))


def elements_by_tag(root: Any, tags: Tuple[str, ...]) -> Dict[str, List[Any]]:
    """The elements of each tag in the tree, in document order, found in one walk (a walk of
    a large page's tree costs its memory's traffic more than its instructions)."""
    found: Dict[str, List[Any]] = {tag: [] for tag in tags}
    for el in root.iter(*tags):
        found[el.tag].append(el)
    return found


def read_metadata(root: Any, meta: Meta, tagged: Optional[Dict[str, List[Any]]] = None) -> None:
    """Fill `meta` from JSON-LD, OpenGraph and article:* meta, <time>, <link rel=canonical>.
    `tagged`: the tree's <script> and <time> elements (elements_by_tag), and its <link>
    elements if it holds them, when the caller has walked the tree for them."""
    # machine dates: a naive time stays naive here; the page's language may give it an
    # offset later (fields.dates.with_default_offset)
    idp = merged()
    sources = meta.sources
    if tagged is None:
        tagged = elements_by_tag(root, ("script", "time"))
    times = tagged["time"]
    objects = list(_jsonld_objects(tagged["script"]))
    nodes = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str)}
    for obj in objects:
        types = _types(obj)
        if not any(t in _ARTICLE_TYPES for t in types):
            continue
        if "webpage" in types and meta.title:
            continue
        headline = obj.get("headline") or obj.get("name")
        if isinstance(headline, str) and _headline_like(headline) and not meta.title:
            meta.title = meta.headline = meta_text(headline)
            sources["title"] = "JSON-LD headline"
        for key, attr in (("datePublished", "date"), ("dateModified", "modified")):
            v = obj.get(key)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                v = str(int(v))  # a Unix timestamp as a number (seconds or milliseconds)
            if isinstance(v, str) and not getattr(meta, attr):
                iso = normalise_iso(v, idp)
                if iso:
                    setattr(meta, attr, iso)
                    sources[attr] = f"JSON-LD {key}"
        if not meta.authors and obj.get("author"):
            meta.authors = _names(obj.get("author"), nodes)
            if meta.authors:
                sources["authors"] = "JSON-LD author"
        body = obj.get("articleBody")
        if isinstance(body, str) and body.strip() and not meta.article_body:
            meta.article_body = body
        if not meta.description and isinstance(obj.get("description"), str):
            meta.description = meta_text(obj["description"]) or None
        pub = obj.get("publisher")
        if isinstance(pub, dict) and isinstance(pub.get("name"), str):
            outlet = clean_line(pub["name"])
            if outlet:
                meta.outlets.append(outlet)
            if not meta.site:
                meta.site = meta_text(pub["name"]) or None
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
    if og_title and not _headline_like(og_title):
        og_title = None
    if og_title and meta.title and sources.get("title") == "JSON-LD headline" and \
            len(meta.title.split()) == 1 and len(og_title.split()) >= 3 and \
            meta.title.casefold() not in og_title.casefold():
        # a JSON-LD "headline" of one word that the og:title, a sentence, does not hold is
        # the section's name ("Son" over "La voix des nuls"): the og:title is the headline
        # (not "Hope!" under "Hope! - bewusster leben")
        meta.title = meta.headline = None
    if og_title:
        meta.titles.append(meta_text(og_title))
        meta.social_title = meta_text(og_title) or None
        if not meta.title:
            meta.title = meta_text(og_title)
            sources["title"] = "og:title"
    if meta.title and meta.title not in meta.titles:
        meta.titles.insert(0, meta.title)
    title_el = _first_descendant(root, "title")
    if title_el is not None and title_el.text and title_el.text.strip():
        meta.titles.append(meta_text(title_el.text))
    for key in ("article:published_time", "article:published:time", "og:published_time",
                "publishdate", "pubdate", "publish-date", "date", "dc.date", "dc.date.issued", "datepublished",
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
        for t in times:
            v = t.get("datetime")
            iso = normalise_iso(v, idp) if v else None
            if iso:
                meta.date = iso
                sources["date"] = "<time datetime>"
                break
    elif _in_utc(meta.date):
        # a CMS's meta tags in UTC, the page's <time> in its own zone: the same moment, told
        # as the page tells it
        for t in times:
            v = t.get("datetime")
            iso = normalise_iso(v, idp) if v else None
            if iso and not _in_utc(iso) and minutes_apart(iso, meta.date) == 0:
                meta.date = iso
                sources["date"] += ", its local time from <time datetime>"
                break
    if not meta.date:
        # (after <time datetime>, which gives the page's own offset)
        for key in (k for k in mm if _PUBLISHED_KEY.search(k) and not _NOT_PUBLISHED_KEY.search(k)):
            iso = normalise_iso(mm[key][0], idp)
            if iso:
                meta.date = iso
                sources["date"] = f"meta {key}"
                break
    if not meta.authors:
        known = ("author", "article:author", "dc.creator", "byl", "parsely-author",
                 "sailthru.author", "content_author", "cxenseparse:author")
        # a site's own prefix before "author" ("dtk:author", "kompas_author"): read after the
        # common names
        prefixed = [k for k in mm if k not in known and _PREFIXED_AUTHOR.search(k)]
        for key in (*known, *prefixed, *_labelled_author_keys(mm)):
            for v in mm.get(key, []):
                if key.startswith("twitter:") and _login_name(v):
                    continue  # (a blog's "Written by" is often the writer's login: "sv_team")
                # (one person a tag: "You, Xiaoying" is the catalogue order of one name)
                meta.authors.extend(a for a in _author_strings(_uninvert(v)) if a not in meta.authors)
            if meta.authors:
                sources["authors"] = f"meta {key}"
                break
    if not meta.authors:
        meta.marked_authors = lambda: _marked_authors(root)
    meta.outlets.extend(clean_line(v) for k in ("og:site_name", "application-name")
                        for v in mm.get(k, [])[:1] if clean_line(v))
    if not meta.site:
        site = first("og:site_name", "application-name", "twitter:site")
        if site and not site.startswith("@"):
            meta.site = meta_text(site)
            sources["site"] = "og:site_name"
    if meta.authors and meta.site:
        # "Lesotho Times" as the author of its own page: a credit, not a person, and no
        # reason to pass over a name printed under the date
        for outlet in (meta.site, *meta.outlets):
            meta.authors = without_outlet(meta.authors, outlet)
        if not meta.authors:
            sources.pop("authors", None)
    if not meta.description:
        d = first("og:description", "description", "twitter:description")
        meta.description = meta_text(d) if d else None
    if not meta.tags:
        kw = first("news_keywords", "keywords", "article:tag")
        if mm.get("article:tag") and len(mm["article:tag"]) > 1:
            meta.tags = [clean_line(t) for t in mm["article:tag"]]
        elif kw:
            meta.tags = _tags(kw)
    canonical = None
    # (the walk's list when the caller made one: a page with no canonical link was walked
    # whole again for it)
    for link in tagged["link"] if "link" in tagged else root.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            canonical = link.get("href").strip()
            break
    url = canonical or first("og:url")
    if url and url.startswith("http"):
        meta.url = url
    lang = root.get("lang") or first("og:locale", "language", "content-language")
    if lang:
        code, _, region = lang.strip().lower().replace("_", "-").partition("-")
        meta.language = code[:2] if code[:2].isalpha() else None
        meta.region = region[:2] if region[:2].isalpha() else None


def _tags(kw: Any) -> List[str]:
    items = kw if isinstance(kw, list) else str(kw).split(",")
    out = []
    for t in items:
        t = clean_line(str(t))
        if t and t not in out and len(t) < 80:
            out.append(t)
    return out
