"""The pipeline: each stage takes values and returns values; this module only calls them in order.

    1. decode     bytes -> text                                  (decode.py)
    2. segment    text -> blocks + page metadata                 (segment/html.py, segment/text.py)
    3. language   blocks -> language code and profile            (fields/language.py)
    4. label      blocks -> furniture labels, the article's run  (classify.py)
    5. title      blocks before the run + metadata -> headline   (fields/title.py)
    6. body       the run -> body blocks and paragraphs          (classify.py, fields/dateline.py,
                                                                   fields/credit.py)
    7. fields     date, authors, place, quotes, related, images  (fields/)
    8. record     the values -> Article                          (model.py)

Only segmentation knows the input kind; only classify.py writes block labels.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import Callable, Dict, List, Optional, Tuple, Union

from newsextract.blocks import BODY, HEADER, Block, at_least_units, clean_line, units
from newsextract.classify import (body_paragraphs, find_lead, label_body, label_fallback, label_fields,
                                  label_hidden_pages, label_later_pages, label_layout, label_list_article,
                                  label_repeated_posts,
                                  label_thin_container)
from newsextract.decode import decode_page
from newsextract.errors import EmptyInputError
from newsextract.domain import from_url, host_of, registrable
from newsextract.fields.authors import (add_names, find_credits, without_desks, without_glued_connective,
                                        without_outlet, without_teams)
from newsextract.fields.byline import abbreviation, parse_credit
from newsextract.fields.credit import closing_writer, read_tail, split_glued_credit, writer_note_at
from newsextract.fields.dateline import (city_agency, city_stop_dateline, cut_dateline, find_dateline, header_place,
                                         outlet_stop_dateline, period_place, place_and_site)
from newsextract.fields.dates import (choose_date, names_other_zone, naive_time, strip_leading_timestamp,
                                      with_country_offset, with_default_offset)
from newsextract.fields.images import article_images
from newsextract.fields.language import page_language, reads_as
from newsextract.fields.quotes import extract_quotes
from newsextract.fields.related import related_titles
from newsextract.fields.title import choose_title, match_key, site_after
from newsextract.metadata import Meta
from newsextract.model import Article
from newsextract.options import DEFAULT, Options
from newsextract.profiles import get_profile, merged, with_day_first, with_language_zone
from newsextract.rxcache import rx
from newsextract.weights import WEIGHTS as W

# Markup is told from a text dump by its tags: elements HTML knows (so "<The Palace>" or an
# address in angle brackets is none), their end tags, comments, and scripts and styles whole.
_HTML_SNIFF = rx(
    r"<(?:!doctype\s+html[^<>]{0,200}>|!--(?:[^<]{0,2000}?-->)?"
    r"|(?:script|style)(?=[\s>])[^<]{0,50000}"  # code is markup, not text (up to its first "<")
    r"|/?(?:html|head|body|title|meta|link"
    r"|base|script|style|noscript|template|div|span|p|a|b|i|u|s|em|strong|small|big|sup|sub|font"
    r"|center|br|hr|img|picture|source|figure|figcaption|table|caption|thead|tbody|tfoot|tr|td|th"
    r"|ul|ol|li|dl|dt|dd|h[1-6]|header|footer|nav|main|article|section|aside|address|blockquote"
    r"|pre|code|form|input|button|label|select|option|textarea|iframe|svg|frameset|frame"
    r"|noframes|time|abbr|cite|q|mark|wbr)(?=[\s/>])[^<>]{0,2000}>)", re.I)
# How much of a text sniff_kind reads, and the share of it tags must cover, at two counts: a
# page or a fragment has tags everywhere; a dump that quotes a tag or two has a few in 100 kB.
_SNIFF_CHARS = 100_000
_SNIFF_MIN_TAGS, _SNIFF_MIN_SHARE = 8, 0.01
_SNIFF_FEW_TAGS, _SNIFF_FEW_SHARE = 3, 0.1
# Markdown that kept some of the page's HTML (pandoc's CommonMark and GitHub output keep the
# <div>s and links they cannot write as Markdown): lines of its own ("# Title", "-   item")
# and links ("[text](/path)"), many more than the paragraphs' tags (a page's source has its
# prose in <p>, <li> or <td>, and at most a stray "# " or "- " line in a script)
_MD_LINES = rx(r"(?m)^(?:#{1,6} \S|[-*+] {1,3}\S|\d{1,2}\. {1,2}\S)")
_MD_LINKS = rx(r"\]\((?:https?:|/|#)")
_PROSE_TAGS = rx(r"<(?:p|br|td|li)[\s>/]", re.I)
_MD_MIN_EVIDENCE, _MD_LINKS_A_LINE = 10, 5
# (a dump that kept a page's wrappers, its first 100 kB a data-URI picture or a long <div>, is
# read whole when no paragraph's tag is in it anywhere: a page's source has one in 1,337 of our
# 1,338, and that one no Markdown line; then a few Markdown lines are enough)
_MD_WHOLE_CHARS, _MD_MIN_UNTAGGED = 2_000_000, 3
_CODE_OPENS = rx(r"<(pre|script|code|style)\b", re.I)


def _without_code(text: str) -> str:
    """The text without its <pre>, <script>, <code> and <style> elements (one pass: an element
    never closed ends the search)."""
    out: List[str] = []
    at = 0
    low = text.lower()
    while True:
        m = _CODE_OPENS.search(text, at)
        if not m:
            break
        end = low.find("</" + m.group(1).lower(), m.end())
        if end < 0:
            break
        out.append(text[at:m.start()])
        close = low.find(">", end)
        at = len(text) if close < 0 else close + 1
    return "".join(out) + text[at:]


@dataclass
class Trace:
    """What the pipeline decided and why, for `newsextract explain`."""

    blocks: List[Block]
    sources: Dict[str, str]


# a place's name and a stop alone: "Berlin.", "Halle (Saale)." is not one (one or two words)
_LONE_PLACE = rx(r"^[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿß]+(?:[- ][A-ZÀ-ÖØ-Þ][a-zà-öø-ÿß]+)?\.$")


def _outlet_named(name: str, article: Article, meta: Meta) -> bool:
    """A name shaped as an outlet's ("Bangkok Post": its last word an outlet's) that the page
    names as its outlet, in its <title>'s tail or by its dateline's place ("BANGKOK:"): a
    byline's "By X, Bangkok Post" credits the outlet, not a second writer."""
    words = name.split()
    if len(words) < 2 or words[-1].casefold() not in merged().outlet_words:
        return False
    if any(match_key(name) == match_key(site_after(t) or "") for t in meta.titles[:1]):
        return True
    place = (article.location or "").split(",")[0].casefold()
    return bool(place) and " ".join(words[:-1]).casefold() == place


def _placed_again(place: str, paragraphs: List[str]) -> bool:
    """The place is printed in capitals, or the text names it again inside a sentence ("...
    im Bundestag in Berlin"; "die Berliner Polizei" does not count): a word alone with a stop
    opening the text ("Endlich.", "Tatsächlich.") is a place only so (an adverb is written in
    lower case inside a sentence). A place named once goes unread: a null over a guess."""
    head = place.split("/")[0].split(",")[0].strip()
    if not head:
        return False
    if paragraphs[0][:len(head)].isupper():
        return True  # ("ERDEN. Wie ...": a dateline in capitals, as no adverb is written)
    text = "\n".join(paragraphs)[len(head) + 1:]
    return bool(re.search(r"[\w,;:)]\s+" + re.escape(head) + r"\b", text))


def _md_evidence(text: str) -> int:
    """Markdown's own lines, and its links five to a line, outside code (lines of code are no
    Markdown's)."""
    prose = _without_code(text) if "<pre" in text or "<script" in text or "<code" in text else text
    return len(_MD_LINES.findall(prose)) + len(_MD_LINKS.findall(prose)) // _MD_LINKS_A_LINE


def sniff_kind(text: str) -> str:
    """"html" when the text looks like markup (a page or a fragment of one), else "text"."""
    if text[:4000].lstrip().lower().startswith(("<!doctype", "<html", "<?xml")):
        return "html"
    sample = text[:_SNIFF_CHARS]
    found = list(_HTML_SNIFF.finditer(sample))
    if len(found) < 2:
        return "text"
    body = sample.strip()
    if "\n#" in sample or "](" in sample or "\n- " in sample:
        evidence = _md_evidence(sample)
        if evidence >= _MD_MIN_EVIDENCE and len(_PROSE_TAGS.findall(sample)) * 2 < evidence:
            return "text"
    if not _PROSE_TAGS.search(text, 0, _MD_WHOLE_CHARS) \
            and _md_evidence(text[:_MD_WHOLE_CHARS]) >= _MD_MIN_UNTAGGED:
        return "text"
    if _HTML_SNIFF.match(body) and found[-1].end() == len(sample.rstrip()):
        return "html"  # a fragment: it opens with a tag and ends with one ("<p>...</p>")
    tags = [m.group() for m in found]
    share = sum(map(len, tags)) / (len(body) or 1)
    if len(tags) >= _SNIFF_FEW_TAGS and (
            share >= _SNIFF_MIN_SHARE and len(tags) >= _SNIFF_MIN_TAGS or share >= _SNIFF_FEW_SHARE):
        return "html"
    return "text"


def extract_with_trace(data: Union[str, bytes], *, options: Options = DEFAULT,
                       source: Optional[str] = None) -> Tuple[Article, Trace]:
    """Extract one article from page bytes or text, and return the labelled blocks and where
    each field came from (`newsextract.extract` is the public door, which takes paths and
    file objects too). Pure: same input, same record."""
    text, warnings, utf8 = read_input(data, options.max_bytes)                # 1. decode
    kind = options.input_format if options.input_format != "auto" else sniff_kind(text)
    blocks, meta, notes = segment(text, kind, utf8)                          # 2. segment
    article = Article(source=source, format=kind, warnings=warnings + notes)
    sources: Dict[str, str] = {}
    # (a dump's site's country, read only where a date needs it: the whole dump is searched)
    country = (lambda: dump_country(text, meta.url)) if kind == "text" else _no_country
    _fields(article, blocks, meta, options, sources, country)                # 3-8
    return article, Trace(blocks=blocks, sources=sources)


def decode_input(data: Union[str, bytes], max_bytes: int) -> Tuple[str, List[str]]:
    """The input as text, cut at `max_bytes` (with a warning saying so)."""
    text, warnings, _utf8 = read_input(data, max_bytes)
    return text, warnings


def read_input(data: Union[str, bytes], max_bytes: int) -> Tuple[str, List[str], Optional[bytes]]:
    """decode_input(), and the input's bytes when they are the text's UTF-8 as they are."""
    warnings: List[str] = []
    utf8: Optional[bytes] = None
    if isinstance(data, bytes):
        if len(data) > max_bytes:
            data = data[:max_bytes]
            warnings.append(f"input cut at {max_bytes} bytes")
        text, _enc, as_is = decode_page(data)
        if as_is:
            utf8 = data
    else:
        text = data
        if len(text) > max_bytes:
            text = text[:max_bytes]
            warnings.append(f"input cut at {max_bytes} characters")
    if not text.strip():
        raise EmptyInputError("input holds no text")
    return text, warnings, utf8


def segment(text: str, kind: str, utf8: Optional[bytes] = None) -> Tuple[List[Block], Meta, List[str]]:
    """Blocks, page metadata and warnings about the input: the one stage that knows the input
    kind (and, for text, the style of dump it is). `utf8`: the text's UTF-8, when the input
    came as those bytes (the HTML parser reads them, and the text need not be encoded)."""
    if kind == "html":
        from newsextract.segment.html import segment_html

        blocks, meta = segment_html(text, utf8)
        given = _script_text(text, blocks, meta)
        notes = [] if given is blocks else ["the page prints no text: blocks from the markup its scripts carry"]
        return _credits_apart(given, meta), meta, notes
    from newsextract.segment.dumps import LOW_CONFIDENCE
    from newsextract.segment.text import segment_dump

    blocks, style, title = segment_dump(text)
    blocks = _credits_apart(blocks)
    note = LOW_CONFIDENCE.get(style)
    # (a dump's <title> steers the headline as a page's metadata does; it is not taken as the
    # headline itself: it often carries the site's name)
    meta = Meta(titles=[title], sources={"title": "the dump's first line"}) if title else Meta()
    meta.url = dump_url(text)
    if meta.url:
        meta.sources["url"] = "the dump's head"
    return blocks, meta, [note] if note else []


def _script_text(page: str, blocks: List[Block], meta: Meta) -> List[Block]:
    """The page's blocks, or, when they hold less than a thin body's words and the data of the
    page's scripts carries the article's markup (a page a framework renders in the browser:
    told from other markup there by its keys or by the words of the page's titles in `meta`),
    the blocks of that markup."""
    if _holds_words(blocks, W.thin_body_words) or "__next_f" not in page and "__NEXT_DATA__" not in page:
        return blocks
    from newsextract.segment.html import segment_html
    from newsextract.segment.scripts import script_markup

    markup = script_markup(page, [meta.title, meta.social_title, meta.headline, *meta.titles])
    if markup is None:
        return blocks
    given, _meta = segment_html(f"<html><body><article>{markup}</article></body></html>")
    return given if _holds_words(given, W.thin_body_words) else blocks


def _holds_words(blocks: List[Block], k: int) -> bool:
    """The blocks hold k words or more (counted block by block, up to the k-th)."""
    n = 0
    for b in blocks:
        n += units(b.text)
        if n >= k:
            return True
    return False


def _credits_apart(blocks: List[Block], meta: Optional[Meta] = None) -> List[Block]:
    """The blocks, a credit glued after a paragraph's last sentence set in a block of its own
    under it ("... Perdagangan. Pewarta: X Editor: Y"), as the page printed it; the blocks
    `meta`'s images precede follow them to their new places."""
    # (a credit's label has its colon: a block with none is passed by, and the list is made
    # anew only on a page with a credit to split)
    splits = {k: parts for k, b in enumerate(blocks)
              if ":" in b.text and not b.heading and b.items == 1
              for parts in [split_glued_credit(b.text)] if parts}
    if not splits:
        return blocks
    out: List[Block] = []
    moved: List[int] = []  # each old block's new place
    for k, b in enumerate(blocks):
        moved.append(len(out))
        parts = splits.get(k)
        if parts:
            out.append(replace(b, text=parts[0]))
            out.append(replace(b, text=parts[1]))
        else:
            out.append(b)
    for i, b in enumerate(out):
        b.index = i
    if meta is not None:
        # (an image before block j stands before its text still; one after the last block,
        # after the last)
        meta.image_positions = [moved[p] if 0 <= p < len(moved) else p + len(out) - len(blocks)
                                for p in meta.image_positions]
    return out


# the page's address at a dump's head after a label, as scrapers write it ("URL Source:
# https://...", Jina's reader; "URL:", "Link:"): a bare address there is a picture's or a
# frame's, which browsers print too
_DUMP_URL = rx(r"(?:url source|source url|url|link|permalink|canonical(?: url)?)[ \t]*:[ \t]*"
                       r"(https?://[^\s<>\"'()\[\]]+)[ \t]*", re.I)
_DUMP_URL_LINES = 6  # the head's first lines searched, blank ones not counted


# where a dump names a host for sure (lower case, as addresses are printed; a sentence's
# glued stop, "said.In", is none): a link's or a URL line's address, an e-mail's host, a
# "www." name
_NAMED_HOST = rx(r"https?://([a-z0-9][a-z0-9.-]*[a-z0-9])|[\w.+-]@([a-z0-9][a-z0-9.-]*\.[a-z]{2,})"
                 r"|(?<![\w.])(www\.[a-z0-9][a-z0-9.-]*\.[a-z]{2,})")
_SITE_HOST_LEAST = 2  # the site's host is named at least this often
_DATELINE_CHARS = 300  # a place named this near the text's start or the date line's is the page's


def _named_domains(text: str, links_only: bool = False) -> Counter:
    """The registrable domains (Public Suffix List) of the hosts a dump names in addresses, links,
    e-mails and "www." names (with `links_only`, in addresses and links only), with how often."""
    hosts: Counter = Counter()
    # (no match runs over a line's end: only the lines that hold an address's mark are searched,
    # each as the whole text would be, and most lines of a dump hold none)
    for line in text.split("\n"):
        if "://" in line or "@" in line or "www." in line:
            hosts.update(m.group(m.lastindex or 0) for m in _NAMED_HOST.finditer(line)
                         if not links_only or m.lastindex == 1)
    found: Counter = Counter()
    shorteners = merged().short_link_domains
    for host, n in hosts.items():
        site = registrable(host)
        if site and site not in shorteners:
            found[site] += n
    return found


def dump_country(text: str, url: Optional[str]) -> Optional[str]:
    """The country of a dump's site: the internet country code of its address, or else of the
    domain it names most in addresses (its links, its e-mail addresses, its "www." names), when
    that is named twice or more and its code is a country's ("es" of eldiario.es); None for a
    site under .com and the like. A country of neutral data's address_countries only from the
    page's address or its links."""
    k = merged()
    if url:
        site, n = from_url(url), _SITE_HOST_LEAST
    else:
        named = _named_domains(text).most_common(1)
        site, n = named[0] if named else (None, 0)
    code = site.rsplit(".", 1)[-1] if site else ""
    if not (n >= _SITE_HOST_LEAST and len(code) == 2 and code.isalpha()):
        return None
    if not url and code in k.address_countries:
        # (the page's own address: the host its links name most, as a site's menu links to
        # itself; not a "www." name or an e-mail its text names, a Brazilian page's Portuguese
        # law site named twice)
        linked = _named_domains(text, links_only=True).most_common(1)
        if not linked or linked[0][1] < _SITE_HOST_LEAST or linked[0][0].rsplit(".", 1)[-1] != code:
            return None
    return code


def dump_url(text: str) -> Optional[str]:
    """The page's address when a dump's head gives it on a line of its own, else None."""
    if "http" not in text[:2000]:
        return None
    seen = 0
    for line in text[:2000].split("\n"):
        line = line.strip()
        if not line:
            continue
        m = _DUMP_URL.fullmatch(line)
        if m:
            return m.group(1).rstrip(".,;:!?")  # (a sentence's stop after the address)
        seen += 1
        if seen >= _DUMP_URL_LINES:
            break
    return None


def structured_body(text: Optional[str]) -> Optional[str]:
    """A metadata text (JSON-LD articleBody) as body paragraphs: lines cleaned, blank-line
    separated; None if it holds markup or nothing."""
    if not text or "<" in text[:2000] and ">" in text[:2000]:
        return None
    pars = [clean_line(p) for p in text.replace("\r", "\n").split("\n")]
    return "\n\n".join(p for p in pars if p) or None


def _no_country() -> Optional[str]:
    """No site's country (a page's markup gives its locale's region instead)."""
    return None


_NO_BODY = "no article body found (not an article page?)"
_LEFT_DASH = rx(r"^(?:--?|[\u2013\u2014])\s+(?=[A-Z\"“])")


def _fields(article: Article, blocks: List[Block], meta: Meta, options: Options,
            sources: Dict[str, str], site_country: Callable[[], Optional[str]] = _no_country) -> None:
    """Stages 3 to 8: language, labels, title, body, then the fields read around them
    (`site_country`: a text dump's site's country, dump_country, asked only where needed)."""
    # (a dump's menu folded into one block, "News · Politik · Regio · Sport · ...", holds no
    # sentence of the page's language: its names would outweigh the text's few words)
    lang, sources["language"] = page_language([b.text for b in blocks if b.items == 1], meta.language,
                                              options.language)
    profile = with_language_zone(get_profile(lang), lang)
    if meta.region and meta.region != "us" and not profile.day_first:
        # month-first numeric dates are the United States' habit: en-GB, en-IN, en-AU and
        # the rest of the world read 5/11/2015 as 5 November
        profile = with_day_first(profile, True)
    article.language = lang

    layout = label_layout(blocks, meta.titles, profile.noun_endings)
    start, end = layout.start, layout.end

    title = choose_title(blocks, start, profile, meta.title, tuple(meta.titles),
                         meta.sources.get("title"), meta.site, dump=article.format == "text",
                         social=meta.social_title, headline=meta.headline,
                         domain=host_of(meta.url), body_end=end)
    article.title = title.text
    if title.source:
        sources["title"] = title.source

    lead = find_lead(blocks, layout, title.index, meta.description)
    # (the headline as the page prints it is the block the body must not repeat)
    body_blocks = label_body(blocks, layout, title.printed or title.text, lead)
    if lead[0] < 0 and body_blocks and body_blocks[0].index < layout.run_start:
        # the article's container gave the body paragraphs above the run: a standfirst may
        # stand above them
        lead = find_lead(blocks, replace(layout, run_start=body_blocks[0].index), title.index,
                         meta.description)
        if lead[0] >= 0:
            blocks[lead[0]].mark(BODY, f"lead under the headline: {lead[1]}")
            body_blocks.insert(0, blocks[lead[0]])
    more = label_fallback(blocks, body_blocks)
    if len(more) > len(body_blocks):
        why = "the run of prose was thin" if body_blocks else "no run of prose was found"
        article.warnings.append(f"low confidence: body from the page's prose paragraphs, {why}")
        body_blocks = more
    title_key = match_key(title.text or "")
    # the body's wideners, in turn: each may take more of the page than the body it is given,
    # and says so
    wideners: Tuple[Tuple[Callable[[List[Block]], List[Block]], str], ...] = (
        (lambda got: label_thin_container(blocks, got, title_key),
         "low confidence: body from the element around a thin text"),
        (lambda got: label_repeated_posts(blocks, got),
         "body read on through the posts of the thread it is one of"),
        (lambda got: label_list_article(blocks, got, title_key),
         "low confidence: body from the element around the text's list"),
        (lambda got: label_hidden_pages(blocks, got),
         "body read on through the hidden pages of a list paged by a script"),
        (lambda got: label_later_pages(blocks, got),
         "body read on through the text's later pages, hidden until a click"),
    )
    for widen, why in wideners:
        wider = widen(body_blocks)
        if len(wider) > len(body_blocks):
            article.warnings.append(why)
            body_blocks = wider
    if not body_blocks and layout.empty:
            article.warnings.append(_NO_BODY)
    paragraphs = body_paragraphs(body_blocks)
    dateline = layout.dateline
    # (German regional papers print a place and a stop as their dateline: "Berlin. Der ...")
    lone_place = bool(paragraphs) and not layout.dateline and profile.lone_place_datelines
    if lone_place:
        above = blocks[body_blocks[0].index - 1] if body_blocks[0].index > 0 else None
        if above is not None and above.label in ("", HEADER) and _LONE_PLACE.match(above.text) \
                and paragraphs[0][:1].isupper():
            # "Berlin." in an element of its own above the text's first words, as German
            # regional papers print their dateline: the text's, as the page shows it inline
            paragraphs[0] = above.text + " " + paragraphs[0]
    if paragraphs:
        paragraphs[0] = strip_leading_timestamp(paragraphs[0], profile)
        # (a dateline's dash left opening the text when its place stood apart and was not
        # taken, "<b>Exclusive, Ledger.com</b>" / "- The city council ...": the dash is no word)
        paragraphs[0] = _LEFT_DASH.sub("", paragraphs[0], count=1)
        if dateline and dateline.uncased and not dateline.standalone:
            # a wire's dateline of a script without case: the one the text opens with (a photo's
            # caption above it prints one too, "(세종=연합뉴스) 김사진 기자 = ... photo@yna.co.kr",
            # and names the photographer), else none
            found = find_dateline(paragraphs[0])
            dateline = found[0] if found and found[0].uncased else None
        if dateline:
            sources["location"] = sources["site"] = "dateline"
            paragraphs[0] = cut_dateline(paragraphs[0], dateline)
        elif not lone_place:
            # "Jakarta. The government ...", "RMOL. Pemerintah ...": a listed city, or a listed
            # outlet in capitals, and a full stop opening the text
            found = city_stop_dateline(paragraphs[0], title.text or "", "\n".join(paragraphs[1:])) or \
                outlet_stop_dateline(paragraphs[0], (meta.site or "", *meta.outlets, meta.url or ""))
            if found:
                dateline, paragraphs[0] = found
                sources["location"] = sources["site"] = "a listed city or outlet and a full stop opening the text"
    article.location, article.site = place_and_site(
        dateline if paragraphs else None, meta.site)
    if lone_place:
        article.location = period_place(paragraphs[0], profile.noun_endings)
        if article.location and not _placed_again(article.location, paragraphs):
            article.location = None  # ("Endlich. Der HSV ...": a word alone, no place)
        if article.location:
            sources["location"] = "the place and a full stop opening the text"
    if not article.site and meta.site:
        article.site = meta.site
        sources["site"] = meta.sources.get("site", "metadata")
    tail = read_tail(paragraphs, profile)
    paragraphs = tail.paragraphs
    article.authors = list(tail.authors)
    if paragraphs and dateline and dateline.byline:
        # "Laporan Wartawan Tribunnews.com, X TRIBUNNEWS.COM, JAKARTA -": the reporter
        add_names(article.authors, parse_credit(dateline.byline, merged())[0])
        sources["authors"] = "the credit run into the dateline"
    if paragraphs and dateline and dateline.names:
        # "【ワシントン=山田太郎】", "(서울=연합뉴스) 홍길동 기자 =": the writers a wire's dateline names
        add_names(article.authors, list(dateline.names))
        sources["authors"] = "the writers named in the dateline"
    closing = closing_writer(blocks, body_blocks[-1].index, profile) if body_blocks else None
    if closing and closing not in article.authors:
        article.authors.append(closing)  # "(Tribunnews.com/Rina Marlina)" under the text
        sources.setdefault("authors", "the outlet's and the writer's credit closing the text")
    tail_editors = list(tail.editors)
    if tail.authors:
        sources["authors"] = "signature line"
    article.credit = tail.credit
    if tail.credit_source:
        sources["credit"] = tail.credit_source
    article.body = "\n\n".join(p for p in paragraphs if p)
    given = structured_body(meta.article_body)
    if given and len(given.split()) >= max(W.thin_body_words, 3 * len(article.body.split())):
        # the page's own text was thin against the text its metadata gives (a page built by
        # a script, a paywall teaser): the metadata's text is the article's
        paragraphs = given.split("\n\n")
        article.body = given
        if _NO_BODY in article.warnings:
            article.warnings.remove(_NO_BODY)  # (the metadata's text is the body found)
        article.warnings.append("body from the page's JSON-LD articleBody (the text on the page "
                                "was thin)")
        sources["body"] = "JSON-LD articleBody"
    elif not article.body and meta.description and at_least_units(meta.description,
                                                                    W.description_body_words):
        # nothing on the page reads as its text (a page its scripts fill): the summary its
        # metadata gives is the best the page offers
        paragraphs = [meta.description]
        article.body = meta.description
        article.warnings.append("low confidence: body from the page's description (no text "
                                "was found on the page)")
        sources["body"] = "description"
    if sources["language"] == "declared by the page" and not reads_as(article.body, lang):
        # the page declared its template's language and its menus read so, but its article
        # does not (a Zulu article on a site declared en-GB): no code, rather than a wrong one
        article.language = None
        sources["language"] = "unknown (the page declares a language its article does not read as)"

    anchor = title.index if title.index >= 0 else start
    meta_date = with_default_offset(meta.date, profile)
    date = choose_date(blocks, anchor, start, meta_date, meta.sources.get("date"), profile,
                       dump=article.format == "text", meta_assumed=meta_date != meta.date)
    article.date = date.iso
    if date.iso and date.zone_assumed:
        # (a printed time, or the metadata's, with no zone: its offset is the one the page's
        # language assumes, a guess the record owns up to)
        article.warnings.append("low confidence: the date's time zone is the one the page's "
                                f"language assumes ({profile.default_zone or profile.default_offset}), "
                                "the page prints none")
    if article.format == "text" and naive_time(date.iso):
        # (a language spoken in many zones tells none: the site's country may)
        country = site_country()
        zoned = with_country_offset(date.iso, country) if country else date.iso
        # (a page whose date line or dateline names a place of the country kept in another
        # zone, "SANTA CRUZ DE TENERIFE -", may be dated in that place's time: no zone given)
        head = " ".join(blocks[i].text[:_DATELINE_CHARS] for i in sorted({date.index, start})
                        if 0 <= i < len(blocks))
        if zoned != date.iso and zoned and not names_other_zone(head, zoned):
            article.date = zoned
            article.warnings.append("low confidence: the date's time zone is that of the country "
                                    f"its site's domain names (.{country})")
    if date.source:
        sources["date"] = date.source
    if date.guessed:
        article.warnings.append("low confidence: date read from a line of the text, nothing "
                                "above it or in the metadata dates the page")
    if date.modified:
        article.warnings.append("low confidence: the date is the page's printed update; it "
                                "prints no publication date")

    credits = find_credits(blocks, anchor, start, end, profile, bool(article.authors), date.index,
                           dump=article.format == "text", outlets=[*meta.outlets, meta.site or ""])
    if credits.source_is_firm and credits.source:
        sources["authors"] = credits.source
    elif credits.source:
        sources.setdefault("authors", credits.source)
    # (a credit that names initials or an outlet's abbreviation, "By TPN", is a byline that
    # names no person)
    people = [n for n in credits.authors if not abbreviation(n)]
    marked = meta.marked_authors() if credits.guessed and people and not meta.authors else []
    if marked and {match_key(n) for n in marked} == {match_key(n) for n in people}:
        # (an element marked as the author's names the same people: "<span class=author>Kevin
        # Johnson and Kevin McCoy</span>", read as a name's line beside the outlet's; no guess)
        people = []
    if people and not (credits.guessed and meta.authors):
        add_names(article.authors, people)
        if credits.guessed:
            article.warnings.append("low confidence: authors read from a line that is not a "
                                    "byline, a name standing alone")
        if credits.unknown_given:
            article.warnings.append("low confidence: the writer's name was read from its shape "
                                    "alone and opens with no given name the profiles know")
    elif meta.authors and not article.authors:
        article.authors = list(meta.authors)
        sources["authors"] = meta.sources.get("authors", "metadata")
    elif not article.authors:
        article.authors = meta.marked_authors()
        if article.authors:
            sources["authors"] = "an element marked as the author's (class, itemprop or rel)"
    article.authors = without_glued_connective(article.authors)
    # (a desk over the text, "Tim Cek Fakta", and a writer under it, "(Ditulis oleh X)")
    article.authors = without_teams(article.authors)
    # (the outlet by any of its names: a dateline's "dpo", og:site_name's "Der Postillon")
    # (and a dump's: the name its <title> line prints after the headline, "... - Lesotho
    # Times", where a byline "by Lesotho Times" credits the outlet; printed alone on the page
    # as a logo's or a footer's line is, more often than a writer's name is)
    dump_site = site_after(meta.titles[0]) if article.format == "text" and meta.titles else None
    if dump_site and sum(b.text.split(" · ").count(dump_site) if b.items > 1 else b.text == dump_site
                         for b in blocks) < W.site_name_lines:
        dump_site = None
    for outlet in dict.fromkeys((article.site or meta.site, *meta.outlets, dump_site)):
        article.authors = without_outlet(article.authors, outlet)
    article.authors = without_desks(article.authors, (article.site or meta.site, *meta.outlets, dump_site))
    # (a sole writer so named goes too: "By Millbrook Herald" is the outlet far more often than
    # "By Ann Post" on her own column is a person)
    article.authors = [n for n in article.authors if not _outlet_named(n, article, meta)]
    note = writer_note_at(paragraphs, article.authors, profile)
    if note is not None:
        # (known only now that the byline is read: a note on the writer closes the text, and
        # what a dump's run took on past it, a pitch or the outlet's teasers, is not the text's)
        paragraphs = paragraphs[:note]
        article.body = "\n\n".join(p for p in paragraphs if p)
    article.editors = credits.editors + [e for e in tail_editors if e not in credits.editors]
    if credits.agency and not article.credit:
        article.credit = credits.agency
    label_fields(blocks, title.index, date.index, credits.lines)
    if not article.location:
        # "Palangkaraya ● Mon, December 2, 2024", "New Delhi | PTI": the place printed in the
        # date's or the credit's line above the text
        # (the date's line, and the few lines under the headline, where a credit stands)
        for i in dict.fromkeys((date.index, *range(anchor + 1, min(start, anchor + 1 + W.head_place_lines)))):
            if 0 <= i < start and (i > title.index or title.index < 0):
                # (a city and an agency off the date's line name the place only where they are
                # the byline, their agency the credit: "Jakarta - Antara" over "Rina Marlina" is a
                # photo's, find_credits keeps no credit of it)
                wire = city_agency(blocks[i].text) if i != date.index else None
                place = None if wire and article.credit != wire else header_place(blocks[i].text)
                if place:
                    article.location = place
                    sources["location"] = "the place in the date's or the credit's line"
                    break

    article.related = related_titles(blocks)
    article.quotes = extract_quotes([p for p in paragraphs if p], profile)
    article.url = meta.url
    article.description = meta.description
    article.tags = list(meta.tags)
    article.images = article_images(blocks, meta, start, end)
    # (the metadata's, or the update the page prints under its stamp: "Updated ...",
    # "Aktualisiert am ...", "Diperbarui ...", which a dump has no other way to tell)
    article.modified = with_default_offset(meta.modified, profile) or date.updated
    if not article.body:
        article.warnings.append("empty body")
