"""HTML pages to blocks, plus the metadata the page states about itself.

One parse (lxml, no network, no entity expansion) and one walk over the tree: every
block-level element (and every <br>-separated run of text) becomes a block carrying the DOM
features the classifier uses: tag, link density, and a hint from the class/id/role of its
ancestors and from landmark elements (nav, footer, aside...).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice
from typing import Any, Dict, FrozenSet, Iterable, List, Optional, Pattern, Sequence, Set, Tuple

from lxml import etree

from newsextract.blocks import ZERO_WIDTH, Block, at_least_units, clean_line, minimal_phrases, word_tree_pattern
from newsextract.metadata import Meta, elements_by_tag, read_metadata
from newsextract.profiles import merged
from newsextract.rxcache import rx
from newsextract.segment.dumps import split_glued_dates
from newsextract.weights import WEIGHTS as W
from newsextract.model import Image

# Table cells are not blocks: a row reads as one line, and a data table inside an article
# stays with it.
BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre table tr tbody thead tfoot "
    "section article header footer nav aside main figure figcaption caption address details "
    "summary form fieldset center hr body html title".split()
)
# (rt and rp: ruby readings, furigana over Japanese text, would be glued into the words)
# (AMP's components for ads, analytics, state, share buttons, the menu drawer, frames and
# players, whose only text is a placeholder's "Memuat video..." or a fallback's "Advertisement",
# and lists filled in by script from a template)
SKIP_TAGS = frozenset(
    "script style noscript template svg math iframe object embed canvas video audio source "
    "button select option textarea input head link meta map area track rt rp "
    "amp-ad amp-embed amp-sticky-ad amp-analytics amp-pixel amp-state amp-bind-macro "
    "amp-social-share amp-sidebar amp-iframe amp-video amp-ima-video amp-youtube "
    "amp-web-push-widget amp-consent amp-user-notification amp-list amp-story-player".split()
)
# Landmarks and their weight on every block inside them.
LANDMARKS = W.landmarks
# Class/id words of page furniture and of article content. A class name counts when one of
# these is the whole name or its first or last part ("related-posts", "entry-footer"), so
# "elementor-widget-container" or a post's "tag-business" class do not.


@lru_cache(maxsize=None)
def _hint_words() -> Tuple[FrozenSet[str], FrozenSet[str], Pattern[str]]:
    """Class-name words of furniture and of content (every profile's), and a pattern that
    finds any of them."""
    k = merged()
    neg, pos = k.class_furniture_words, k.class_content_words
    return neg, pos, rx(word_tree_pattern(neg | pos))


# (prefix and separator tests by str methods: a class name is a few characters, and a pattern
# call costs more than the test itself; a page brings a hundred names not seen before)
_TAXONOMY = tuple(w + "-" for w in
                  "tag category categories post format status type author postid".split())


def _segments(name: str) -> List[str]:
    """The parts of a class name between its hyphens and underscores ("entry-footer")."""
    return [p for p in name.replace("_", "-").split("-") if p]


# What one class or id name says, as bits: a whole name is the unit of every class rule below
# (no rule's word holds a space), so a class string's reading is its names' readings joined,
# and a name's reading, cached, serves every string it stands in ("post-4711 type-post
# category-news": the strings are mostly a page's own, the names repeat)
_HIDDEN, _CAPTION, _FURNITURE, _CONTENT, _ARTICLE_BODY, _FOOTER, _FAQ = 1, 2, 4, 8, 16, 32, 64


def _class_hint(attrs: str) -> float:
    """The hint of a class/id string: furniture words down, content words up."""
    return _hint_of_bits(_class_bits(attrs.lower()))


def _class_bits(low: str) -> int:
    """The readings of the names of a lower-case class/id string, joined."""
    bits = 0
    for name in low.split():
        bits |= _name_bits(name)
    return bits


def _hint_of_bits(bits: int) -> float:
    """The hint of the furniture and content names among `bits`."""
    return (W.class_furniture if bits & _FURNITURE else 0.0) + (W.class_content if bits & _CONTENT else 0.0)


@lru_cache(maxsize=16384)
def _name_bits(name: str) -> int:
    """What one lower-case class or id name says: text for screen readers only, a caption's
    name, a furniture name, a content name, an article body's mark."""
    # (the furniture and content hint's reading and the footer's, the FAQ's and the article
    # body's tests, the name's parts found once for all of them: most names are hyphenated,
    # each read once)
    k = merged()
    if "-" not in name and "_" not in name:  # (one part: the name is its first and last)
        neg_words, pos_words, _ = _hint_words()
        first = last = joined = name
        taxonomy = False
        neg, pos = name in neg_words, name in pos_words
    else:
        inner = name.replace("_", "-").strip("-")
        if not inner:  # (hyphens and underscores only: no part)
            return _HIDDEN if name in k.class_hidden_names else 0
        first, last = inner.split("-", 1)[0], inner.rsplit("-", 1)[-1]
        joined = inner.replace("-", "")
        taxonomy = name.startswith(_TAXONOMY)
        neg, pos = (False, False) if taxonomy else _parts_hint(name, first, last, joined)
    bits = (_FURNITURE if neg else 0) | (_CONTENT if pos else 0)
    if name in k.class_hidden_names:
        bits |= _HIDDEN
    if _caption_name(name):
        bits |= _CAPTION
    if "articlebody" in joined:
        bits |= _ARTICLE_BODY
    if neg and (first in k.class_footer_words or last in k.class_footer_words):
        bits |= _FOOTER
    if "faq" in name and not taxonomy and (first in k.class_faq_words or last in k.class_faq_words):
        bits |= _FAQ
    return bits


def _parts_hint(name: str, first: str, last: str, joined: str) -> Tuple[bool, bool]:
    """Whether a hyphenated name that is no taxonomy's is a furniture name, a content name:
    one of the words is its first or last part or its parts joined (given here)."""
    neg_words, pos_words, any_word = _hint_words()
    neg = first in neg_words or last in neg_words or joined in neg_words
    pos = first in pos_words or last in pos_words or joined in pos_words
    # a name joined of parts none of which is a word ("author-box") counts only when a word
    # stands inside it as written: the words are letters and digits, found in the name by
    # the pattern (searched only here: a first or last part that is a word is one found)
    if (neg or pos) and not (first in neg_words or first in pos_words or last in neg_words
                             or last in pos_words) and not any_word.search(name):
        return False, False
    return neg, pos


@lru_cache(maxsize=None)
def _caption_stems() -> Tuple[str, ...]:
    """The caption words that hold no other caption word: a class holding none is no
    caption's. (A test of each: they are few, and a class string is short.)"""
    words = merged().class_caption_words
    return tuple(sorted(minimal_phrases(tuple(words))))


def _is_caption_class(cls: Optional[str]) -> bool:
    """A class that names a caption or photo credit ("wp-caption-text", "photo-credit")."""
    return bool(_class_bits((cls or "").lower()) & _CAPTION)


def _caption_name(name: str) -> bool:
    """A lower-case class name whose first, last or next-to-last part is a caption word."""
    for stem in _caption_stems():  # (a loop, not any() over a generator: a few stems)
        if stem in name:
            break
    else:
        return False
    words = merged().class_caption_words
    parts = _segments(name)
    return bool(parts) and (parts[0] in words or parts[-1] in words
                            or (len(parts) > 1 and parts[-2] in words))


_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_PLAIN_INLINE = frozenset("b i em strong span font u small big sup sub abbr cite q mark time "
                          "code kbd var s strike del ins label".split())
_FURNITURE_ROOTS = frozenset(("nav", "footer", "menu"))
_CELLS = frozenset(("td", "th"))
_CAPTION_TAGS = frozenset(("figcaption", "caption"))
_PAGE_TAGS = frozenset(("body", "html"))  # their classes describe the page, not a part of it


# What the walk asks of an element's tag, in one look-up: (it is skipped with its subtree; it
# is an inline tag that changes nothing when it has no attributes; it is block-level, a
# heading, a caption's element, a table cell; its attributes are read whatever they are: a
# landmark, or the page's <body> and <html>; it is a furniture root). A tag in none of those
# sets (most inline ones, and the page's own) is _NO_TRAITS; an element that is no tag's (an
# entity) or has none is skipped.
_TAG_TRAITS = {
    tag: (tag in SKIP_TAGS, tag in _PLAIN_INLINE, tag in BLOCK_TAGS, tag in _HEADINGS,
          tag in _CAPTION_TAGS, tag in _CELLS, tag in LANDMARKS or tag in _PAGE_TAGS,
          tag in _FURNITURE_ROOTS)
    for tag in (SKIP_TAGS | _PLAIN_INLINE | BLOCK_TAGS | _HEADINGS | _CAPTION_TAGS | _CELLS | _PAGE_TAGS
                | set(LANDMARKS) | _FURNITURE_ROOTS)}
_NO_TRAITS = (False, False, False, False, False, False, False, False)
_SKIPPED = (True, False, False, False, False, False, False, False)


def _parser() -> etree.HTMLParser:
    # no_network: never fetch; libxml2's HTML parser does not expand external entities
    # (collect_ids=False: no table of the id attributes, which nothing here looks up)
    return etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True,
                            recover=True, encoding="utf-8", huge_tree=False, collect_ids=False)


def parse_html(text: str, utf8: Optional[bytes] = None) -> Optional[Any]:
    """The document root, or None if nothing parseable is there. `utf8`: the text's UTF-8,
    when the caller holds it (the page's own bytes)."""
    # (no XHTML prefix to drop, the most pages: the bytes are what encoding the text would
    # give. A binding holds the namespace's address, which few pages hold, fewer than bind
    # other prefixes, "xmlns:og"; the text is searched when the bytes hold both)
    if utf8 is not None and (_XHTML_ADDRESS not in utf8 or b"xmlns:" not in utf8):
        unprefixed = text
    else:
        unprefixed = _unprefix_xhtml(text)
    if utf8 is not None and unprefixed is text:
        data = utf8
    else:
        data = unprefixed.encode("utf-8", "surrogatepass")
    try:
        root = etree.fromstring(data, _parser())
    except (etree.XMLSyntaxError, ValueError):
        return None
    return root


_XHTML_ADDRESS = b"http://www.w3.org/1999/xhtml"
_XHTML_PREFIX = rx(r"""xmlns:([A-Za-z_][\w.-]{0,40})\s*=\s*["']http://www\.w3\.org/1999/xhtml["']""")


def _unprefix_xhtml(text: str) -> str:
    """XHTML served as XML may name its elements with a prefix ("<h:p>"): drop the prefixes
    bound to the XHTML namespace, so that every element is compared by its local name."""
    # (the pattern is tried where "xmlns:" stands, found by str.find: a findall over a page of
    # 100 kB took a third of a millisecond, for pages that mostly bind other namespaces)
    prefixes = set()
    at = text.find("xmlns:")
    while at >= 0:
        m = _XHTML_PREFIX.match(text, at)
        if m:
            prefixes.add(m.group(1))
        at = text.find("xmlns:", at + 6)
    if not prefixes:
        return text
    names = "|".join(re.escape(p) for p in sorted(prefixes))
    return re.sub(rf"<(/?)(?:{names}):(?=[A-Za-z])", r"<\1", text)


# What belongs in <head>; anything else libxml2 left there is the page's content
_HEAD_TAGS = frozenset("title meta link base script style noscript template object".split())


def recover_body(root: Any, noscripts: Optional[List[Any]] = None) -> Any:
    """The element to walk for content, after moving content that a broken page left outside
    <body> into it: a stray unknown tag before the body (<mbox>, a misspelt element) makes
    libxml2 keep everything after it under <head>; a frameset keeps its content as raw markup
    in <noframes>. `noscripts`: the tree's <noscript> elements in document order, when the
    caller has found them."""
    body = root.find("body")
    head = root.find("head")
    stray = [] if head is None else [
        el for el in head
        if type(el.tag) is str and el.tag not in _HEAD_TAGS and (len(el) or (el.text or "").strip())]
    if body is None:
        frames = [nf.text for nf in root.iter("noframes") if nf.text and nf.text.strip()]
        if not stray and not frames:
            return root
        noscripts = None  # (the frames' markup brings elements of its own)
        body = etree.SubElement(root, "body")
        for markup in frames:
            inner = parse_html(markup)
            inner_body = inner.find("body") if inner is not None else None
            if inner_body is not None:
                holder = etree.SubElement(body, "div")
                holder.text = inner_body.text
                holder.extend(list(inner_body))
    for i, el in enumerate(stray):
        body.insert(i, el)  # (moves it, with its tail)
    # (the <noscript> elements the body holds, in document order: those found before, when
    # nothing was moved into the body since)
    _open_noscripts(body, body.iter("noscript") if noscripts is None or stray
                    else [el for el in noscripts if body in el.iterancestors()])
    return body


# a <noscript> holding this share of the page's text holds the page: an unclosed
# <noscript><div> swallows everything after it
_NOSCRIPT_SHARE = 0.5
_NOSCRIPT_LEAST_CHARS = 500


def _open_noscripts(body: Any, noscripts: Iterable[Any]) -> None:
    """Walk a <noscript> (of the body's, in document order) that holds most of the page's
    text as a <div>; skip the rest (a tracking pixel, a 'turn on JavaScript' notice)."""
    page = -1
    for el in noscripts:
        chars = _text_chars(el)
        if chars < _NOSCRIPT_LEAST_CHARS:
            continue
        if page < 0:
            page = _text_chars(body)
        if chars >= _NOSCRIPT_SHARE * page:
            el.tag = "div"
            return


def _screen_reader_only(cls: str) -> bool:
    """A class attribute that names text for screen readers only (a whole class name)."""
    return bool(_class_bits(cls.lower()) & _HIDDEN)


# the attributes other than class that say something of an element's part of the page
_HINT_ATTRS = frozenset(("id", "itemprop", "role", "aria-hidden", "style"))
_NO_CLASS = (False, False, 0.0, 0)  # what _class_reading says of an element without a class


def _attr_hint(el: Any, names: List[str], tag: str, cls: Optional[str], class_hint: float,
               bits: int) -> float:
    """The hint an element's class (`cls` and its hint), id and role give the blocks inside
    it; `names` are its attributes' names, `bits` the readings of its class's and its id's
    names (read by the caller)."""
    if tag in _PAGE_TAGS:
        return 0.0  # their classes describe the page, not a part of it
    hint = LANDMARKS.get(tag, 0.0)
    if not names:
        return hint
    # (most elements hold a class, a link or a source and none of the other attributes: they
    # are told by the attributes' names, and the five look-ups are skipped)
    if cls is not None and len(names) == 1 or _HINT_ATTRS.isdisjoint(names):
        return hint + class_hint if cls else hint
    get = el.get
    # (the readings of the class's, the id's and the itemprop's names, joined: as those of the
    # three strings joined, the class's and the id's known, an itemprop's read name by name,
    # each cached)
    itemprop = get("itemprop")
    if itemprop:
        bits |= _class_bits(itemprop.lower())
    if bits:
        hint += _hint_of_bits(bits) + (W.class_article_body if bits & _ARTICLE_BODY else 0.0)
    if get("role") in ("navigation", "banner", "contentinfo", "complementary", "search"):
        hint += W.role_furniture
    if _hidden_by_attr(el):
        hint += W.hidden
    return hint


def _layout_table(cell: Any, known: Dict[Any, bool]) -> bool:
    """The table of this cell lays out the page, not data: it has one row, or a cell of links
    only (a menu's column), or a cell holding the headline (an <h1>)."""
    table = next((a for a in cell.iterancestors() if a.tag == "table"), None)
    if table is None:
        return True
    if table not in known:
        rows = [r for r in table.iter("tr") if next(r.iterancestors("table"), None) is table]
        known[table] = len(rows) <= 1 or any(_links_only(c) or c.find(".//h1") is not None
                                             for r in rows for c in r if c.tag in ("td", "th"))
    return known[table]


def _links_only(cell: Any) -> bool:
    """A cell whose words are all in two or more links (a menu's column)."""
    links = cell.findall(".//a")
    if len(links) < 2:
        return False
    said = "".join("".join(a.itertext()) for a in links).split()
    return len(said) == len("".join(cell.itertext()).split())


def _hidden_by_attr(el: Any) -> bool:
    """The element is hidden by aria-hidden or by display:none in its style."""
    style = el.get("style")
    return el.get("aria-hidden") == "true" or bool(style) and "display:none" in style.replace(" ", "")


# what parts a kicker from its headline (no "|": "Plus|Headline" read as "Headline | Site")
_SEPARATORS = frozenset((":", "-", "–", "—"))
_KICKER_WORDS = 5  # a kicker's words at most: a headline before a badge is no kicker
_KICKED_HEADLINE_LEAST = 2  # the words a headline after a kicker has at least


def _spoken_separator(el: Any, parts: List[str]) -> bool:
    """A heading's element for screen readers only that holds a separator alone between the
    heading's words, the colon between a kicker and its headline that the page sets apart by
    their look ("<span>Kicker</span><span class=visually-hidden>:</span> <span>Headline</span>"):
    the page's own punctuation of its headline, read as text (a terminal browser prints it
    too). Not at the heading's start or end, nor after another separator: there it parts
    nothing the reader sees (`parts`: the open block's text so far)."""
    if len(el) or (el.text or "").strip() not in _SEPARATORS:
        return False
    if el.text.strip() != ":" and not (el.text[-1:].isspace() or (el.tail or "")[:1].isspace()):
        return False  # (a dash with no space after joins names: "Anna Schmidt-Peter Müller")
    if len("".join(parts).split()) > _KICKER_WORDS:
        return False  # (a headline before a badge, "Bundestag beschließt nach langer Debatte Reform: Video")
    before = "".join(parts[-3:]).rstrip()[-1:]
    if not (before.isalnum() or before in _CLOSING_MARKS):
        return False
    # (a headline's words after it, not a badge's one, "Reform: Video")
    after = [el.tail or ""] + ["".join(x.itertext()) + (x.tail or "") for x in el.itersiblings()]
    return len("".join(after).split()) >= _KICKED_HEADLINE_LEAST


_CLOSING_MARKS = frozenset("\"'“”»«’)]")  # a quotation's or a bracket's end before a separator


# The readings of the class strings met so far (_class_reading's), which the walk looks up
# itself: a dict's look-up, where an lru_cache's call costs three times as much for the
# hundreds of elements a page repeats its few class strings on. Emptied when it holds
# _CLASS_READINGS_MOST strings (a long batch meets the class strings of thousands of sites).
_CLASS_READINGS: Dict[str, Tuple[bool, bool, float, int]] = {}
_CLASS_READINGS_MOST = 8192


def _class_reading(cls: str) -> Tuple[bool, bool, float, int]:
    """What a class attribute says, read once for the three questions the walk asks of it
    (a page repeats its few class strings on hundreds of elements): (text for screen readers
    only, a caption's class, its hint and an article body's mark, its names' readings)."""
    got = _CLASS_READINGS.get(cls)
    if got is not None:
        return got
    bits = _class_bits(cls.lower())
    got = (bool(bits & _HIDDEN), bool(bits & _CAPTION),
           _hint_of_bits(bits) + (W.class_article_body if bits & _ARTICLE_BODY else 0.0), bits)
    if len(_CLASS_READINGS) >= _CLASS_READINGS_MOST:
        _CLASS_READINGS.clear()
    _CLASS_READINGS[cls] = got
    return got


# The XPath expressions the walk asks of a subtree, compiled once (el.xpath(expression)
# compiles its expression at every call)
_MAIN_MARKS = etree.XPath(".//main|.//*[@role='main' or @itemprop='articleBody']")
_ARTICLES = etree.XPath(".//article")
_STRING_VALUE = etree.XPath("string()")
_TEXTS_OUTSIDE_CODE = etree.XPath(".//text()[not(ancestor::script or ancestor::style)]")


# The share of the page's text an <article> inside a menu must hold to be the page's article
# (the swallowed article held 75% and 17% with a <main>; teaser cards in menus hold 1-7%)
_SWALLOWED_ARTICLE_SHARE = 0.3


class _ArticleHolders:
    """Which furniture roots hold the article, found when the walk meets the first one: broken
    nesting (an unclosed <nav> or <li>) can put the whole page inside a menu."""

    def __init__(self, start: Any) -> None:
        self.start = start
        self.page_chars = -1
        self.chain: Set[Any] = set()  # the article's elements and their ancestors

    def holds(self, el: Any) -> bool:
        """Whether `el` holds the page's main content: a <main> (or role=main, or an
        itemprop=articleBody) element, or an <article> with a good share of the page's text
        (menus hold <article> teaser cards: each has a sliver of it)."""
        marks = _MAIN_MARKS(el)
        if not marks:
            articles = _ARTICLES(el)
            if articles:
                if self.page_chars < 0:
                    self.page_chars = _text_chars(self.start)
                least = _SWALLOWED_ARTICLE_SHARE * self.page_chars
                marks = [a for a in articles if _text_chars(a) >= least]
        for mark in marks:
            self.chain.add(mark)
            self.chain.update(mark.iterancestors())
        return bool(marks)


# a list item that holds the article holds this many paragraphs at least
_SWALLOWING_PARAGRAPHS = 3


def _paragraph_holders(paragraphs: Iterable[Any]) -> Set[Any]:
    """The list items that hold _SWALLOWING_PARAGRAPHS of `paragraphs` (the page's <p>
    elements) or more: the only ones _holds_page may tell true, found from the paragraphs up
    (most pages' list items, thousands of links and lines, hold none, and asking each of
    them for its paragraphs was a search of its subtree)."""
    counts: Dict[Any, int] = {}
    for p in paragraphs:
        for li in p.iterancestors("li"):
            counts[li] = counts.get(li, 0) + 1
    return {li for li, n in counts.items() if n >= _SWALLOWING_PARAGRAPHS}


def _holds_page(li: Any, start: Any, page_chars: List[int]) -> bool:
    """A list item that holds paragraphs and a good share of the page's text: an unclosed
    or misnested <li> (a sidebar's widget) around the article, whose paragraphs are no list
    items. page_chars caches the page's count."""
    # (iter("p"), the descendants <p> of the <li>, in C; iterfind(".//p") runs ElementPath's
    # Python selectors for each list item)
    # (most list items, a link or a line, a teaser card's summary, hold no paragraph: one
    # step of the search tells them)
    if not len(li) or next(li.iter("p"), None) is None \
            or sum(1 for _ in islice(li.iter("p"), _SWALLOWING_PARAGRAPHS)) < _SWALLOWING_PARAGRAPHS:
        return False
    if not page_chars:
        page_chars.append(_visible_chars(start))
    return _visible_chars(li) >= _SWALLOWED_ARTICLE_SHARE * page_chars[0]


# a <footer> that holds the page's headline, paragraphs and this share of the page's visible
# text holds the page's text (a template that wraps the page in <footer>), not a footer's
_WRAPPING_FOOTER_SHARE = 0.5


def _holds_page_text(el: Any, start: Any, page_chars: List[int]) -> bool:
    """A <footer> around the page's text: the page's first <h1>, paragraphs, and most of the
    page's visible characters (a site's footer of paragraphs about the shop holds no
    headline). page_chars caches the page's count."""
    if sum(1 for _ in islice(el.iter("p"), _SWALLOWING_PARAGRAPHS)) < _SWALLOWING_PARAGRAPHS:
        return False
    h1 = next(start.iter("h1"), None)
    if h1 is None or el not in h1.iterancestors():
        return False
    if not page_chars:
        page_chars.append(_visible_chars(start))
    return _visible_chars(el) >= _WRAPPING_FOOTER_SHARE * page_chars[0]


def _visible_chars(el: Any) -> int:
    """The characters of an element's text that are not spaces, outside scripts and styles
    (counted in C: its string value, less its scripts' and styles')."""
    n = len("".join(_STRING_VALUE(el).split()))
    for s in el.iter("script", "style"):
        n -= len("".join((s.text or "").split()))
    return n


def _text_chars(el: Any) -> int:
    """The characters of an element's text outside scripts and styles."""
    return sum(len(t.strip()) for t in _TEXTS_OUTSIDE_CODE(el))


def _footer_element(el: Any, tag: str, bits: int, names: List[str]) -> bool:
    """An element that reads as a footer: a <footer>, role=contentinfo, or a class or id
    name of a footer ("site-footer", "footer"), outside any article or main element (an
    article's own <footer> of tags and share buttons ends the article, not the page).
    `bits`: the readings of its class's and its id's names."""
    if not (tag == "footer" or bits & _FOOTER or "role" in names and el.get("role") == "contentinfo"):
        return False
    for up in el.iterancestors():
        if up.tag in ("article", "main", "blockquote", "figure", "details", "dialog", "fieldset") or up.get("role") == "main" or up.get("itemprop") == "articleBody":
            return False
    return True


def _faq_element(el: Any) -> bool:
    """An element whose class or id names a FAQ ("faq", "product-faq", "faq-list", told by
    the caller) that is no part of an article."""
    return not any(up.tag == "article" or up.get("itemprop") == "articleBody"
                   for up in el.iterancestors())


def _carries_on(prev: Block, tag: str, heading: bool, path: Sequence[int]) -> bool:
    """Whether a line after a single <br> may carry on the block above it: the same element,
    and the block a run of words that no stop, colon or other mark ends (a sentence the break
    cut), of W.br_sentence_words at least (not an address's or a poem's short line)."""
    last = prev.text[-1]
    return (last.isalpha() and prev.tag == tag and prev.heading == heading
            and prev.path == tuple(path) and at_least_units(prev.text, W.br_sentence_words))


class _Walker:
    """Collects blocks while walking the tree once."""

    def __init__(self) -> None:
        self.blocks: List[Block] = []
        self.parts: List[str] = []
        self.link_chars = 0
        self.images: List[Tuple[int, Image]] = []
        # the last block when a single <br> ended it: (the block, its link characters, its
        # characters), which the next line of the same element may carry on
        self.broken: Optional[Tuple[Block, int, int]] = None
        self.quotes = 0  # the open <blockquote>s
        # `broken` is a <p> that a box split: its words past the box carry it on whatever
        # their count, where it ends in a word or a comma (a sentence the box cut)
        self.split = False
        # while the words past such a box are read: whether they take the <p>'s path (told by
        # the first of their blocks, for all of them), or None before that first block
        self.split_takes: Optional[bool] = None
        self.hidden = 0  # the open elements hidden by their style or aria-hidden

    def flush(self, tag: str, hint: float, in_link: bool, heading: bool, bullet: bool,
              caption: bool, path: Sequence[int] = (), br: bool = False,
              split_path: Optional[Tuple[int, ...]] = None) -> None:
        # (path: the open elements' ids, copied only when a block is made: most flushes
        # meet nothing but the white space between tags)
        # (split_path: the path of a <p> a box split, whose words these may be: they carry
        # on its cut sentence, or take its path when they read as a paragraph of prose)
        if not self.parts:
            return
        broken, self.broken = self.broken, None
        split, self.split = self.split, False
        pieces = len(self.parts)  # (text nodes: a glue between elements needs two)
        raw = "".join(self.parts)
        self.parts.clear()  # (the same list: the walk holds it)
        link_chars, self.link_chars = self.link_chars, 0
        if raw.isprintable() and "  " not in raw and raw[0] != " " and raw[-1] != " ":
            # (no space but single ones inside it, the most paragraphs' text: as the split
            # and join would leave it; every other space is a character str.isprintable
            # refuses)
            text = raw
        else:
            text = " ".join(raw.split())  # str.split knows every Unicode space
            if not text:
                return
        if not text.isascii() and ZERO_WIDTH.search(text):  # (most blocks: at once)
            text = clean_line(text)
            if not text:
                return
        if pieces > 1 and len(text) < W.glued_date_line_chars and _DIGIT.search(text) and _GLUED_DIGIT.search(text) \
                and not _ISO_STAMP.search(text):
            # (not a machine's stamp in a hidden microdata <span>, "Isabell Angele2022-12-07T10:10:52":
            # the page prints no such date)
            # a date's element glued to the name's before it, "Von Katrin Lehmann04.03.2024, 17:45
            # Uhr" (<span>s side by side, which the page's style sets apart): a space at the joint
            text = split_glued_dates(text).replace("\n", " ")
        total = (len(text) - text.count(" ")) or 1  # characters that are not spaces
        carried = broken is not None and text[0].islower() and (
                _carries_on(broken[0], tag, heading, path)
                and text.split(None, 1)[0].rstrip(",;:.!?").isalpha()  # (a word: no address, "http://...")
                or split and (broken[0].text[-1].isalpha() or broken[0].text[-1] in ",;")
                and broken[0].link_density < 0.5 and at_least_units(broken[0].text, W.br_sentence_words)
                and text.split(None, 1)[0].rstrip(",;:.!?\"'\u201d\u2019)").isalpha())
        if split_path is not None and self.split_takes is None:
            self.split_takes = carried or _prose_paragraph(text)
        if carried:
            assert broken is not None
            # a sentence a hard line break cut ("... bietet Platz für<br>neun Personen ...",
            # "... that the<br>council ..."): one paragraph, as a browser reads it
            prev, prev_links, prev_total = broken
            prev.text = f"{prev.text} {text}"
            link_chars += prev_links
            total += prev_total
            prev.link_density = min(1.0, link_chars / total)
            if br:
                self.broken = (prev, link_chars, total)
            return
        # (text, index, bullet, heading, tag, link_density, hint) by position: keyword calls
        # of the dataclass's fourteen-field __init__ cost twice as much
        b = Block(text, len(self.blocks), bullet, heading, tag, min(1.0, link_chars / total), hint)
        # a caption is short; a long text under a "caption" class is the page's own content
        b.caption = caption and len(text) < W.caption_max_chars
        b.path = tuple(path)
        if split_path is not None and self.split_takes:
            b.path, b.tag = split_path, "p"
        if self.quotes:
            b.quote = True
        if self.hidden:
            b.hidden = True
        self.blocks.append(b)
        if br:
            self.broken = (b, link_chars, total)

    def add(self, s: Optional[str], in_link: bool) -> None:
        if s:
            if not self.parts and not in_link and s.isspace():
                # white space before a block's first text: dropped when the block's text is
                # made, and most of it is the markup's indentation between blocks, which would
                # cost a flush each
                return
            self.parts.append(s)
            if in_link:
                self.link_chars += len(s) - s.count(" ") - s.count("\n") - s.count("\t")


_DIGIT = rx(r"\d")  # (a test that most short lines, a menu's, fail at once)
_ISO_STAMP = rx(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d")
_GLUED_DIGIT = rx(r"[^\W\d_]{3}\d")  # (a word's letters, a digit glued after them: the joint's first test)


def segment_html(text: str, utf8: Optional[bytes] = None) -> Tuple[List[Block], Meta]:
    """Split a page into blocks and read its metadata. `utf8`: the text's UTF-8, when the
    caller holds it (the page's own bytes), for the parser."""
    root = parse_html(text, utf8)
    meta = Meta()
    if root is None:
        return [], meta
    # (the elements both readers look for, found in one walk of the tree as parsed: each
    # walk of a large page's tree costs its memory's traffic more than its instructions)
    tagged = elements_by_tag(root, ("script", "time", "noscript", "link", "p"))
    read_metadata(root, meta, tagged)  # (from the tree as parsed: its <head> is where meta tags are)
    # (a frameset's markup, parsed anew into the body, brings paragraphs the walk did not see)
    framed = root.find("body") is None
    start = recover_body(root, tagged["noscript"])
    w = _Walker()
    parts = w.parts  # (the walk adds text to the open block's parts itself: w.add inlined)
    # the stack of open elements: (tag, cumulative hint, in link, heading, bullet, caption)
    stack: List[Tuple[str, float, bool, bool, bool, bool]] = [("", 0.0, False, False, False, False)]
    # for each open element, whether its end closes a block: its tag is block-level and its
    # context's tag is its own (told at its start, so that its end reads no tag)
    closes: List[bool] = []
    walker = etree.iterwalk(start, events=("start", "end"))
    path: List[int] = []  # ids of the open block-level elements
    counter = 0
    holders: Optional[_ArticleHolders] = None  # made when the first furniture root is met
    swallowed: List[Any] = []  # the open furniture roots that hold the article
    page_chars: List[int] = []  # the page's characters, counted when first needed
    floor, ceiling = W.hint_floor, W.hint_ceiling
    # each <p> closed: its path and its last block; and while the text of a <p> that a box
    # split goes on loose in its parent, (the <p>'s path, the parent's depth)
    p_ends: Dict[Any, Tuple[Tuple[int, ...], Optional[Block]]] = {}
    split: Optional[Tuple[Tuple[int, ...], int]] = None
    # the open footers outside the article and outside any furniture (a modal's or a menu's
    # footer is theirs), and where the last one to close ended: the blocks after it come
    # after the page's footer (a pop-up's text, a box a script shows)
    footers: List[Any] = []
    footer_end = -1
    # the open FAQ element (the outermost), and the first block inside it
    faq: Optional[Any] = None
    faq_from = 0
    # the open table cells and the count of blocks when each opened: a cell that broke into
    # lines (a <br>, a <p>) is a layout's column, not a data table's value, and its last line
    # ends at its end ("Home<br>News<br>Sport" in a menu's cell, then the headline's cell)
    # (only in a table that lays out the page: a data table's cell, "Monday<br>10:00", keeps
    # its last line on the row's next cell as before); each table's answer, told once
    cells: List[Tuple[Any, int]] = []
    layouts: Dict[Any, bool] = {}
    hidden_els: List[Any] = []  # the open elements hidden by their style or aria-hidden
    # the only list items that may hold the page
    holding_lis = _paragraph_holders(start.iter("p") if framed else tagged["p"])
    readings = _CLASS_READINGS
    for event, el in walker:
        if event == "start":
            tag = el.tag
            traits = _TAG_TRAITS.get(tag)
            if traits is None:  # (an entity's tag is a function; a stray node's may be "")
                traits = _NO_TRAITS if type(tag) is str and tag else _SKIPPED
            skipped, plain, is_block, is_heading, is_caption, is_cell, own_hint, furniture_root = traits
            parent = stack[-1]
            if skipped:
                walker.skip_subtree()
                stack.append(parent)
                closes.append(False)  # (no skipped tag is block-level)
                continue
            names = el.keys()  # (the attributes' names: no proxy object made, as el.attrib does)
            if not names and plain:
                # the common case: <b>, <span>, <em> with no attributes change nothing
                stack.append(parent)
                closes.append(False)  # (no plain inline tag is block-level)
                if tag == "time" and parts and parts[-1][-1:].isalnum():
                    parts.append(" ")  # (a date glued to a byline's name: "Sam Lee<time>Dec 4")
                s = el.text
                if s and (parts or parent[2] or not s.isspace()):  # (as w.add)
                    parts.append(s)
                    if parent[2]:
                        w.link_chars += len(s) - s.count(" ") - s.count("\n") - s.count("\t")
                continue
            _, hint, in_link, heading, bullet, caption = parent
            bullet_here = bullet or tag == "li" and not (el in holding_lis and _holds_page(el, start, page_chars))
            if tag == "img":
                _image(el, w, caption)
            cls = el.get("class") if names else None
            # (the readings' dict asked here: a call costs more than the look-up)
            hidden, caption_class, class_hint, class_bits = _NO_CLASS if cls is None else \
                readings.get(cls) or _class_reading(cls)
            if hidden and not (parent[3] and _spoken_separator(el, parts)):
                if holders is None:
                    holders = _ArticleHolders(start)
                if not holders.holds(el):
                    walker.skip_subtree()  # text for screen readers only ("Article content")
                    # (no element of its own at its end: the open block's path stays as it is)
                    stack.append(("", *parent[1:]))
                    closes.append(False)  # (its context's tag is "")
                    continue
                # (an unclosed hidden sub-menu that swallowed the article: read on)
            elif plain and parent[0] == "p" and len(el) and _inline_card(el):
                walker.skip_subtree()  # a card a name in the sentence shows on hover
                stack.append(("", *parent[1:]))
                closes.append(False)
                continue
            hint_here = hint
            # (the id's names read once, for the hint, the footer's and the FAQ's tests)
            id_bits = _class_bits(el.get("id").lower()) if names and "id" in names else 0
            if own_hint or names and not _HINT_ATTRS.isdisjoint(names):
                delta = _attr_hint(el, names, tag, cls, class_hint, class_bits | id_bits)
            else:  # (most elements: a class, a link or a source, none of the other attributes)
                delta = class_hint if cls else 0.0
            if tag == "footer" and delta < 0 and _holds_page_text(el, start, page_chars):
                delta = 0.0  # a <footer> a broken template wrapped around the page's text
            # (most elements' attributes say nothing: the hint, already between the floor and
            # the ceiling, stays as it is)
            if delta:
                hint_here = max(floor, min(ceiling, hint + delta))
            if swallowed and holders is not None and el in holders.chain:
                # inside a menu that swallowed the article, the menu's own wrappers around it
                # (sub-menus, visually hidden list items) say nothing of it
                hint_here, bullet_here = max(hint_here, hint), False
            # (the test of the names first: most elements are none, and a call costs more)
            if hint >= 0 and (tag == "footer" or (class_bits | id_bits) & _FOOTER or names and "role" in names) \
                    and _footer_element(el, tag, class_bits | id_bits, names):
                footers.append(el)
            if hint_here <= floor and furniture_root:
                if holders is None:
                    holders = _ArticleHolders(start)
                if not holders.holds(el):
                    # a navigation bar or footer: nothing in it is article text or a credit
                    walker.skip_subtree()
                    stack.append(parent)
                    closes.append(is_block and parent[0] == tag)  # (a <nav> in a <nav>)
                    continue
                # an unclosed <nav> or <li> that swallowed the article: neutral, not furniture
                hint_here = hint
                swallowed.append(el)
            if (is_block or tag == "br") and parts:
                if split is not None and len(path) == split[1]:
                    w.flush(parent[0], hint, in_link, heading, bullet, caption, path, tag == "br", split[0])
                else:
                    w.flush(parent[0], hint, in_link, heading, bullet, caption, path, tag == "br")
            elif tag == "br":
                w.broken = None  # (a second <br> in a row: a paragraph's end)
            if names and ("style" in names or "aria-hidden" in names) and _hidden_by_attr(el):
                hidden_els.append(el)
                w.hidden += 1
            if is_block:
                if faq is None and (class_bits | id_bits) & _FAQ and _faq_element(el):
                    faq, faq_from = el, len(w.blocks)
                if split is not None and len(path) <= split[1]:
                    split = None  # (the next element of the parent: the split text ends)
                counter += 1
                path.append(counter)
                if tag == "blockquote":
                    w.quotes += 1
            ctx = (
                tag if is_block else parent[0],
                hint_here,
                in_link or tag == "a",
                heading or is_heading,
                bullet_here,
                # (a page's own classes on <body> or <html> describe the page, not a caption)
                caption or is_caption or (caption_class and tag not in ("body", "html")),
            )
            stack.append(ctx)
            closes.append(is_block)  # (its context's tag is its own when it is block-level)
            if is_cell:
                cells.append((el, len(w.blocks)))
                if parts:  # (as w.add(" ", False): no block opens with a space)
                    parts.append(" ")
            if tag == "time" and parts and parts[-1][-1:].isalnum():
                parts.append(" ")  # (a date opens no word: "The Hindu<time>Dec 4, 2024</time>")
            if tag != "br" and tag != "hr":
                s = el.text  # (read once: lxml makes a new string at each read)
                if s and (parts or ctx[2] or not s.isspace()):  # (as w.add)
                    parts.append(s)
                    if ctx[2]:
                        w.link_chars += len(s) - s.count(" ") - s.count("\n") - s.count("\t")
        else:
            ctx = stack.pop()
            if swallowed and el is swallowed[-1]:
                swallowed.pop()
            # (the tail read once: lxml makes a new string at each read)
            tail = el.tail
            if closes.pop():
                tag = ctx[0]  # (a block's context's tag is its own)
                if parts:
                    if split is not None and len(path) == split[1]:
                        w.flush(ctx[0], ctx[1], ctx[2], ctx[3], ctx[4], ctx[5], path, False, split[0])
                    else:
                        w.flush(ctx[0], ctx[1], ctx[2], ctx[3], ctx[4], ctx[5], path)
                if split is not None and len(path) <= split[1]:
                    split = None  # (the parent's end: the split text ends)
                if tag == "p":
                    p_path = tuple(path)
                    last = w.blocks[-1] if w.blocks and w.blocks[-1].path == p_path else None
                    p_ends[el] = (p_path, last)
                if path:
                    path.pop()
                if w.quotes and tag == "blockquote":
                    w.quotes -= 1
                if p_ends and _loose_after(el, tail):
                    split = _split_p(el, p_ends, len(path), w)
            if hidden_els and el is hidden_els[-1]:
                hidden_els.pop()
                w.hidden -= 1
            if cells and el is cells[-1][0]:
                if cells.pop()[1] < len(w.blocks) and parts and _layout_table(el, layouts):
                    w.flush(ctx[0], ctx[1], ctx[2], ctx[3], ctx[4], ctx[5], path)
            if footers and el is footers[-1]:
                footers.pop()
                footer_end = len(w.blocks)
            if el is faq:
                for b in islice(w.blocks, faq_from, None):
                    b.faq = True
                faq = None
            if el is not start:
                s = tail
                if s:
                    in_link = stack[-1][2]
                    if parts or in_link or not s.isspace():  # (as w.add)
                        parts.append(s)
                        if in_link:
                            w.link_chars += len(s) - s.count(" ") - s.count("\n") - s.count("\t")
    w.flush(stack[-1][0], stack[-1][1], False, False, False, False)
    if footer_end >= 0:
        for b in islice(w.blocks, footer_end, None):
            b.past_footer = True
    meta.images = [img for _, img in w.images]
    meta.image_positions = [pos for pos, _ in w.images]
    return w.blocks, meta


def _inline_card(el: Any) -> bool:
    """An inline element in a paragraph that opens with a picture, before any text of it, and
    holds two links or more and almost nothing else (W.card_link_share of its text in links):
    the card of a person or a product that a name in the sentence shows on hover (a portrait,
    the name, the person's latest articles), right after the name's link, whose address the
    card links again. Not a name's link, an icon beside one link, a sentence with its picture,
    nor a chip that stands for the name itself (a company's logo, name and ticker; a player's
    face, name and team; a document's icon and links; a formula's picture)."""
    if el.text and not el.text.isspace():
        return False
    picture = False
    links = link_chars = 0
    for x in el.iterdescendants():
        tag = x.tag
        if tag == "img":
            picture = True
        elif not picture and (x.text and not x.text.isspace() or x.tail and not x.tail.isspace()):
            return False  # (words before the picture: a sentence's, not a card's)
        if tag == "a":
            links += 1
            link_chars += len("".join("".join(x.itertext()).split()))
    if not picture or links < 2:
        return False
    prev = el.getprevious()
    if prev is None or prev.tag != "a" or prev.tail and not prev.tail.isspace() \
            or prev.get("href") not in {a.get("href") for a in el.iter("a")}:
        return False  # (no name's link right before it that the card links again: a ticker's
        # or a player's chip, a document's icon and links, a formula's picture)
    return link_chars >= W.card_link_share * len("".join("".join(el.itertext()).split()))


def _prose_paragraph(text: str) -> bool:
    """Whether loose words read as a paragraph of prose: a sentence's end after a few words
    (not an ad's placeholder, "Anzeigen", or a label, "adjective: Overly sentimental.")."""
    # (a desk's initials or a credit in brackets may close it: "... ini. (fyk/ash)")
    if text[-1] == ")" and "(" in text:
        text = text[:text.rindex("(")].rstrip() or ")"
    return text[-1] in _PARAGRAPH_ENDS and at_least_units(text, W.split_paragraph_words)


_PARAGRAPH_ENDS = frozenset(".!?\"\u201c\u201d\u2019\u00bb")


def _loose_after(el: Any, tail: Optional[str]) -> bool:
    """Whether words stand loose right after an element (whose tail is `tail`): its tail, or
    an inline element (past line breaks)."""
    while True:
        if tail and not tail.isspace():
            return True
        el = el.getnext()
        if el is None:
            return False
        tag = el.tag
        if type(tag) is not str or tag in BLOCK_TAGS or tag in SKIP_TAGS:
            return False
        if tag != "br" and tag != "img":
            return True
        tail = el.tail


def _split_p(el: Any, p_ends: Dict[Any, Tuple[Tuple[int, ...], Optional[Block]]], depth: int,
             w: _Walker) -> Optional[Tuple[Tuple[int, ...], int]]:
    """Whether the loose text after block element `el` is the rest of a `<p>` that `el` split.

    A box put inside a paragraph's text (an ad's <div>, a "Baca juga" <div>, a list) closes
    the <p> where it stands, as the HTML parser reads it: the paragraph's words past the box
    come out loose in the <p>'s parent, right after the box, and its last </p> is dropped.
    Loose text right after a box (or boxes, or a <p> put inside the <p>) that follows a <p>,
    with nothing but white space between them, is read as that <p>'s: it takes the <p>'s path
    up to the parent's next element, and carries on the <p>'s last block where a sentence was
    cut ("... ke halte" [ad] "busway dan ..."). Returns (the <p>'s path, the parent's depth).
    """
    prev = el.getprevious()
    if el.tag != "p" and el in p_ends:
        return None
    while prev is not None and prev not in p_ends:
        if prev.tag == "p" or prev.tail and not prev.tail.isspace():
            return None
        prev = prev.getprevious()
    if prev is None or prev.tail and not prev.tail.isspace():
        return None
    p_path, p_block = p_ends[prev]
    if len(p_path) != depth + 1:
        return None
    boxes = []
    x = el
    while x is not None and x is not prev:
        boxes.append(x)
        x = x.getprevious()
    kept = [x for x in boxes if not (x.get("class") is not None and _class_reading(x.get("class"))[2] < 0)]
    # (a box's words, its links' not counted: a "Baca juga" box is mostly its headline's link)
    box_words = sum(len(" ".join(_TEXTS_OUTSIDE_CODE(x)).split()) -
                    sum(len(" ".join(a.itertext()).split()) for a in x.iter("a")) for x in kept)
    content = any(x.tag in ("table", "ul", "ol", "dl", "blockquote", "pre") and " ".join(_TEXTS_OUTSIDE_CODE(x)).strip() for x in kept)
    if p_block is not None and box_words <= 12 and not content:
        total = (len(p_block.text) - p_block.text.count(" ")) or 1
        w.broken = (p_block, round(p_block.link_density * total), total)
        w.split = True
    w.split_takes = None
    return p_path, depth


def _image(el: Any, w: _Walker, caption: bool) -> None:
    # lazy loading keeps the real address in a data- attribute and a placeholder in src
    src = el.get("data-src") or el.get("data-original") or el.get("data-lazy-src") or el.get("src")
    if not src or src.startswith("data:"):
        return
    alt = clean_line(el.get("alt") or "") or None
    w.images.append((len(w.blocks), Image(src=src, caption=alt, credit=None)))
