"""Text dumps of every style brought to the shape segmentation reads best: a terminal
browser's (w3m, lynx).

Scrapers save a page's text in many ways. A terminal browser lays a page out as a reader
sees it: one paragraph a block, labels beside their values, list items bulleted. Other
tools do not:

- BeautifulSoup's ``get_text("\\n")`` puts every text node on a line of its own, so a
  sentence with a link in it is cut in three, ``Pewarta:`` and its name sit on two lines,
  and the page's indentation and blank lines come along;
- ``get_text()`` (no separator) glues text nodes together: paragraphs run into each other
  (``katanya.Editor: X``) and a menu's links become one word (``NasionalUmumPolkam``); of
  pretty-printed HTML it keeps the source's line breaks and reads like one node a line, but
  glues what stood without a break (told apart by how much glue the normaliser finds);
- Markdown (html2text, markdownify, pandoc) marks headings, links, images, emphasis and
  lists with its own syntax, and link targets sit in the text;
- a browser's select-all copy, and plain paragraphs, have no cut sentences, but their labels
  may stand over their values and their menus are unbulleted lines.

`dump_style` tells the styles apart from a sample of the text; `normalise_dump` rewrites a
dump into terminal-browser shape and returns the Markdown headings it found (a heading is a
strong headline candidate); `LOW_CONFIDENCE` holds the warning a record read from a style
should carry. Terminal dumps, the commonest input, leave the detector after a few searches
that stop at the third list bullet, and come back unchanged.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Dict, FrozenSet, Iterable, Iterator, List, Optional, Tuple, cast

from newsextract.blocks import Block, dump_words, spaceless_script, wide_words
from newsextract.fields.byline import plain_name_word
from newsextract.fields.dateline import find_dateline
from newsextract.fields.dates import find_dates, mostly_dates
from newsextract.profiles import age_forms, available, domain_rx, get_profile, merged, merged_zones
from newsextract.rxcache import longest_first, rx
from newsextract.segment.widths import _width, starts_wide, wrap_width
from newsextract.weights import WEIGHTS as W


# the compiled pattern's attributes a lazy pattern keeps in slots of its own once compiled:
# a later use reads the slot, where __getattr__, asked at every use of an attribute the
# object lacks, was a Python call for each search (a BeautifulSoup dump asks this module's
# patterns some five thousand times a page)
_PATTERN_ATTRS = ("search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer",
                  "pattern", "flags", "groups", "groupindex")


class _LazyPattern:
    """A pattern compiled on first use: terminal dumps, the commonest input, need none of
    this module's patterns, and compiling them all costs a process two milliseconds."""

    __slots__ = ("_args", "_rx", *_PATTERN_ATTRS)

    def __init__(self, pattern: str, flags: int) -> None:
        """Keep the pattern's source until it is needed."""
        self._args = (pattern, flags)
        self._rx: Optional["re.Pattern[str]"] = None

    def __getattr__(self, name: str) -> Any:
        """The compiled pattern's attribute (compiling it the first time, and keeping its
        _PATTERN_ATTRS in the slots, where later uses find them without this call)."""
        pat = self._rx
        if pat is None:
            pat = self._rx = rx(*self._args)
            for attr in _PATTERN_ATTRS:
                setattr(self, attr, getattr(pat, attr))
        return getattr(pat, name)


def _lazy(pattern: str, flags: int = 0) -> "re.Pattern[str]":
    """A pattern that compiles itself when first used (typed as the compiled pattern)."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))

# the styles dump_style tells apart
TERMINAL = "terminal"  # w3m -dump, lynx -dump
MARKDOWN = "markdown"  # html2text, markdownify, pandoc
SOUP_LINES = "soup_lines"  # BeautifulSoup get_text("\n"): one text node a line
SOUP_GLUED = "soup_glued"  # BeautifulSoup get_text(): text nodes glued together
# BeautifulSoup get_text() of pretty-printed HTML: the source's line breaks read like one node
# a line, but the nodes that stood without a break between them are glued
SOUP_PRETTY = "soup_pretty"
BROWSER_COPY = "browser_copy"  # a browser's select-all copy: one block a line, no bullets
PLAIN = "plain"  # paragraphs separated by blank lines
# BeautifulSoup get_text(" ", strip=True) (or " ".join(soup.stripped_strings)): the whole page
# on one line, its text nodes parted by one space
SOUP_SPACED = "soup_spaced"

STYLES = (TERMINAL, MARKDOWN, SOUP_LINES, SOUP_GLUED, SOUP_PRETTY, BROWSER_COPY, PLAIN, SOUP_SPACED)

# What a record should say in `warnings` when it was read from a style that keeps too little
# of the page's layout to be sure of the fields. get_text() without a separator runs
# paragraphs, menus and credit lines together wherever the page's source had no line break,
# and the normaliser's cuts are guesses. (The pipeline emits it: segmentation returns blocks
# only.)
LOW_CONFIDENCE = {
    SOUP_SPACED: "low confidence: the page's text on one line (get_text(\" \")?); paragraphs were "
                 "parted at sentences' ends, labels and menus by guesswork",
    SOUP_GLUED: "low confidence: text nodes glued together without line breaks (get_text() "
                "without a separator?); paragraphs, menus and credit lines were parted by guesswork",
    SOUP_PRETTY: "low confidence: text nodes glued together where the page's source had no line "
                 "break (get_text() without a separator of pretty-printed HTML?); paragraphs, "
                 "menus and credit lines were parted by guesswork",
}

_SAMPLE = 20_000
# a picture's data written into its address ("data:image/svg+xml;base64,PHN2Zy..."), read in
# the dump's first _DATA_URI_READ characters
_DATA_URI = _lazy(r"data:[\w.+/-]{1,60};base64,[A-Za-z0-9+/=\n]{100,}")
_DATA_URI_READ = 2_000_000
# a dump read as one node a line whose first _GLUE_SAMPLE characters the normaliser parts
# this often (line breaks added a line) glued its nodes: get_text() without a separator of
# pretty-printed HTML (on the dev pages 25 of its 65 such dumps, and 4 of get_text("\n")'s
# 107, which are glued in part)
_PRETTY_GLUE = 0.03
_GLUE_SAMPLE = 6000

# Markdown: a link or an image ("](" is what no other style prints), a heading line
_MD_HEADING = _lazy(r"^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_MD_HEADING_LINES = _lazy(r"(?m)^ {0,3}#{1,6} \S")
# html2text's list item: "*" two columns in ("  * Politik"); lynx indents its "*" by three,
# w3m bullets with "•"
_MD_ITEM_LINES = _lazy(r"(?m)^  \* \S")
_MD_ITEMS = 3  # (so many such items, and a heading line, tell Markdown without its links)
# sentences glued at a tag ("katanya.Editor", "hari ini.\"Kami"), text glued to a word in
# capitals ("MarboenCOPYRIGHT")
# (or closed by a quotation mark before its full stop: 'reviendra".Journaliste', "Schweiz».Newsletter")
# (a word's last letters may be Latin-1's or Latin Extended-A's: "açıkladı.Fatma")
_GLUED_SENTENCE = _lazy(r"(?<=[a-z0-9)ß-öø-ÿā-ſ][a-z0-9)ß-öø-ÿā-ſ][.!?])[\"“”]?(?=[A-Z][a-z])|(?<=\))(?=[A-Z][A-Za-z])"
                        r"|(?<=[a-z0-9][\"”»][.!?])(?=[A-Z][a-z])")
# an editor's code, or a labelled source or writer, glued to the body's last sentence at a
# line's end ("Smartfren.(Cas/Isk)", "rechtfertigen.(Quelle: APA/sda/dpa)", "petugas.(Ditulis
# oleh Moch. Marcellodiansyah)")
_GLUED_CODE = _lazy(r"(?<=[^\W\d_]{2}[.!?])(?=\([^\W\d_][\w/ .-]{0,14}\)$|\([^\W\d_]+: [\w/ .-]{1,30}\)$"
                    r"|\([^\W\d_]+ [^\W\d_]+ [\w .'’-]{3,40}\)$)")
# an embedded post's signature after its text ("... #GRAMMYs — The GRAMMYs (@TheGRAMMYs)
# February 16, 2016"): a line of its own, as a terminal browser prints it
_POST_SIGNATURE = _lazy(r"\s+(?=[—–-]\s[^\n()]{1,60}\(@\w{1,30}\)\s)")
_SIGNATURE_LINE = _lazy(r"^[—–-]\s[^\n()]{1,60}\(@\w{1,30}\)\s")
# a label glued to its value ("Penulis:Rahmat"): the space goes back
_GLUED_LABEL = _lazy(r"(?<=[a-z]:)(?=[A-Z])")
# what stands on either side of a _GLUED_SENTENCE match: a stop or a bracket, a quotation mark
# at most, and a capital
_GLUED_SENTENCE_HINT = _lazy(r"[.!?)][\"“”]?[A-Z]")
_SPACED_SENTENCE = _lazy(r"(?<=[a-z][.!?])[ \t]{2,}(?=[\"“]?[A-Z])|(?<=[a-z][.!?][\"”])[ \t]{2,}(?=[A-Z])")
_GLUED_CAPS = _lazy(r"(?<=[a-z]{3})(?=[A-Z]{4,}\b)")
_GLUED_CAPS_HINT = _lazy(r"[a-z][A-Z]{4}")  # (what stands on either side of a _GLUED_CAPS match)
# where a date line's text node may be glued to its neighbours: a word glued to a number
# ("Reporter11:58, 23 APR 2024", "Deutschland28. 4. 2023"), a year glued to a capitalised word
# ("23 APR 2024Bookmark")
_DATE_JOINT = _lazy(r"(?<=[^\W\d_]{3})(?=\d)|(?<=\b(?:19|20)\d\d)(?=[A-Z][a-z])")
_CLOCK_ONLY = _lazy(r"[\d:.,\s]*")
# a date is sought this far from a joint
_DATE_REACH = 40
# one capitalised word glued to the next: links of a menu ("NasionalUmumPolkam")
# (a word that opens in lower case is a brand, "detikNews", "iPhone": never cut; a domain's
# end is, "Bintang.comBola.com")
_TOKEN = _lazy(r"\S+")
_JOINT = _lazy(r"(?:[a-z]|[A-Z]{3})[A-Z][a-z]")  # (a token holding one is a chunk to split)
_LOWER_WORD = _lazy(r"(?:^| )[a-z]")
_CAMEL = _lazy(r"(?<=[a-z])(?=[A-Z][a-z]{2})|(?<=[A-Z]{3})(?=[A-Z][a-z]{2})")


# (in the order they are most often found: w3m indents its items by two columns)
_TERMINAL_BULLETS = ("  • ", "\n• ", "  □ ", "   * ", "   + ")


_TERMINAL_ITEMS = 3
# the widest line of a terminal's dump (w3m's of the audits' pages: 95 to 99 characters;
# get_text()'s paragraphs that typed " 1. " ran on to 122 and more)
_TERMINAL_WIDTH = 100
_PANDOC_ITEMS, _PANDOC_ITEMS_LEAST = ("\n-   ", "\n    -   "), 5


def _terminal_items(sample: str) -> bool:
    """A terminal browser's list items: three bullets, or one and an ordered list's first two
    numbers one column in (" 1. ", " 2. "), as w3m numbers them, in lines a terminal has wrapped;
    a short page's dump may hold no more than a menu's two bullets and a "Terpopuler" list.
    get_text() prints no such number unless the page's text types it (" 1. " in an item, a
    paragraph opening "&nbsp;1."), and then its paragraphs run on unwrapped; html2text sets its
    numbers two columns in."""
    return _at_least(sample, _TERMINAL_BULLETS, 3) or \
        "\n 1. " in sample and "\n 2. " in sample and _at_least(sample, _TERMINAL_BULLETS, 1) and \
        max(map(len, sample.split("\n"))) <= _TERMINAL_WIDTH


def _at_least(text: str, needles: Tuple[str, ...], k: int) -> bool:
    """Whether the needles occur k times in all (a search that stops at the k-th)."""
    found = 0
    for needle in needles:
        at = text.find(needle)
        while at >= 0:
            found += 1
            if found >= k:
                return True
            at = text.find(needle, at + 1)
    return False


def dump_style(text: str) -> str:
    """The style a text dump was made in: one of STYLES (see the module's docstring)."""
    sample = text[:_SAMPLE]
    if "base64," in sample:
        # (a picture written into the page, an inline SVG logo of 100 kB, fills the sample:
        # the dump's own lines are read after it, whatever printed the picture)
        sample = _DATA_URI.sub("", text[:_DATA_URI_READ])[:_SAMPLE]
    # (w3m bullets its list items with "•" and "□", lynx with an indented "*" or "+": news
    # pages have menus, so most terminal dumps leave here, after a few searches that stop at
    # the third bullet; Markdown, which has list items too, never prints "•", and its menus'
    # links come first)
    if "# " in sample and (
            (len(_MD_HEADING_LINES.findall(sample)) >= 2 and
             sample.count("**") + sample.count("\\-") + sample.count("\\.") >= 4) or
            (_MD_HEADING_LINES.search(sample) and len(_MD_ITEM_LINES.findall(sample)) >= _MD_ITEMS)):
        # Markdown with its links left out (html2text's ignore_links): headings, bold and
        # escapes, which no terminal browser prints; its list items look like lynx's but
        # for their indent (a page that prints little bold has its menus' items)
        return MARKDOWN
    if _terminal_items(sample) and "](" not in sample[:5000]:
        return TERMINAL
    if _at_least(sample, _PANDOC_ITEMS, _PANDOC_ITEMS_LEAST) and "](" not in sample:
        # pandoc's plain text: its list items ("-   Politik", nested four columns in), its
        # paragraphs on a line each or wrapped at 72 columns, as a terminal prints them
        return TERMINAL
    links = sample.count("](")
    if links >= 3 or (links and _MD_HEADING_LINES.search(sample)):
        return MARKDOWN
    if _at_least(sample, ("\n  * ",), _TERMINAL_ITEMS):
        # (the links browser bullets its items with a star two columns in; Markdown with the
        # same items has its headings or links, found above)
        return TERMINAL
    lines = sample.split("\n")
    if len(sample) == _SAMPLE:
        lines.pop()  # (cut short)
    n = len(lines)
    if n >= LYNX_MARGIN_LINES and _lynx_margin(lines):
        return TERMINAL
    # a terminal browser expands tabs, wraps every paragraph (a line of 250 characters is
    # not wrapped) and leaves no long runs of blank lines (tested first, with whole-list
    # operations: the rest needs a pass over the lines)
    if "\t" not in sample and n and max(map(len, lines)) <= 250 and lines.count("") * 2 < n \
            and _wrapped(lines):
        return TERMINAL
    blank = spaced = runs = 0
    prev_blank = False
    for line in lines:
        if not line or line.isspace():
            blank += 1
            runs += prev_blank  # (two blank lines in a row or more)
            prev_blank = True
            continue
        prev_blank = False
        if line[0] in " \t" or line[-1] in " \t" or _SEPARATOR.match(line):
            spaced += 1  # a text node's own spaces, or a separator between links
    filled = n - blank
    glued_sentences = len(_GLUED_SENTENCE.findall(sample))
    glued = glued_sentences + len(_GLUED_CAPS.findall(sample))
    # (or a short page's text on one line, a print view's or an article element's alone
    # (soup.article.get_text(" ")): one line, no paragraph a plain text parts by lines)
    ends = len(_SPACED_SENTENCE_END.findall(sample))
    spaced_shape = filled <= _SPACED_LINES and max(map(len, lines), default=len(sample)) >= _SPACED_CHARS \
        and ends >= _SPACED_SENTENCES \
        or filled == 1 and len(sample) >= _SPACED_SHORT_CHARS \
        and ends + sum(len(p.findall(sample)) for p in (_GUILLEMET_OPENS, _ACRONYM_END,
                                                         _SIGN_AFTER_STOP)) >= _SPACED_SHORT_SENTENCES \
        and _page_head(sample)
    # (a page on one line with no sentence glued to the next is get_text(" ")'s, whatever its
    # brands' capitals glued inside a word: "detikINET", "FotoINET")
    if (spaced_shape and (glued < 3 or not glued_sentences) or _one_line_page(glued, sample)) \
            and not _paragraphs_apart(lines):
        return SOUP_SPACED
    if glued >= 3:
        return SOUP_GLUED
    if filled < 4:
        return PLAIN
    if runs / n >= 0.2 or spaced / filled >= 0.1:
        # (one node a line, or the source's own lines with nodes glued inside them: the glue
        # the normaliser finds tells them apart)
        head = sample[:_GLUE_SAMPLE]
        glue = unglue(head).count("\n") - head.count("\n")
        filled = sum(1 for x in head.split("\n") if x.strip()) or 1
        return SOUP_PRETTY if glue >= filled * _PRETTY_GLUE else SOUP_LINES
    if blank / n < 0.1:
        return BROWSER_COPY
    return PLAIN


def _paragraphs_apart(lines: List[str]) -> bool:
    """Two long lines or more, each closing a sentence, none set in: a text of a few long
    paragraphs (a plain dump, a browser's copy of an essay), not a page on one line. A page's
    text on one line ends with its footer's words, seldom a sentence's stop, and where its
    nodes keep line breaks of their own the lines after them are set in (_broken_inside_nodes)."""
    long = [x for x in lines if len(x) >= _PARAGRAPH_CHARS]
    if len(long) < 2 or any(x[:1].isspace() for x in lines if x.strip()) \
            or any(len(x) > _PAGE_LINE_CHARS or _menu_in(x) for x in long):
        # (a line of a page's length, or one with a menu's run of capitalised words, is a
        # page's run on: get_text(" ") kept a node's own line break after a sentence's stop)
        return False
    return all(x.rstrip().endswith(_PARAGRAPH_ENDS) for x in long)


def _menu_in(line: str) -> bool:
    """A menu's run of capitalised words in the line; not a list of names a sentence parts
    with commas ("Bayern München, Borussia Dortmund, RB Leipzig, Bayer Leverkusen, VfB
    Stuttgart und ..."): a menu's items have no commas."""
    return any(sum(1 for w in m.group(0).split() if w.endswith(",")) < _LISTED_NAMES
               for m in _MENU_RUN.finditer(line))


_PARAGRAPH_CHARS = 200
_PAGE_LINE_CHARS = 5000  # (a page's length, no paragraph's)
_PARAGRAPH_ENDS = tuple(".!?\"”’»。！？")


LYNX_MARGIN_LINES = 8  # (fewer lines tell nothing by their margin)
_LYNX_MARGIN_ALL, _LYNX_MARGIN_THREE = 0.9, 0.6


def _lynx_margin(lines: List[str]) -> bool:
    """lynx's left margin: nearly every line set in by three columns or more, most by exactly
    three (its paragraphs; its list items and a centred <h1> go deeper), every line wrapped.
    A lynx dump of a page whose menus are links in a row, not a list, has no bullets to tell
    it by; get_text() of indented source has its lines set in by the source's steps, seldom
    three on most lines, and a page's text on one line is not wrapped."""
    filled = [x for x in lines if x and not x.isspace()]
    if not filled or max(map(len, filled)) > _LYNX_MARGIN_WIDTH:
        return False
    three = sum(1 for x in filled if x.startswith("   ") and x[3] not in " \t")
    return set_in(filled) and three >= len(filled) * _LYNX_MARGIN_THREE


def set_in(filled: List[str]) -> bool:
    """Nearly every one of a dump's filled lines set in by three columns or more: a terminal
    browser's margin (lynx's)."""
    return sum(1 for x in filled if x.startswith("   ")) >= len(filled) * _LYNX_MARGIN_ALL


_LYNX_MARGIN_WIDTH = 250  # (a terminal wraps; no line of a terminal's dump is longer)


# a page's text on one line: at most this many lines, one this long, this many sentences
_SPACED_LINES, _SPACED_CHARS, _SPACED_SENTENCES = 3, 1500, 5
_SPACED_SHORT_CHARS, _SPACED_SHORT_SENTENCES = 300, 3


def _page_head(line: str) -> bool:
    """(reviewer's sketch) A page's head before its first sentence's stop: a menu's, a
    headline's and a byline's capitalised words, four in a row, or a copyright sign; a
    paragraph of prose piped on one line has neither."""
    m = _INNER_END.search(line + " ")
    head = line[:m.start()] if m else line
    return "©" in line or bool(_CAPITAL_RUN.search(head))


_CAPITAL_RUN = _lazy(r"(?:^| )(?:[A-Z0-9À-ÖØ-Þ][^ ]* ){3}[A-Z0-9À-ÖØ-Þ]")
# (or a few more lines, where a text node held line breaks of its own (a <pre>, a script's
# text, a caption typed over two lines), so long as most of the text stands in lines of a
# page's length and few sentences are glued: get_text() without a separator glues a
# paragraph's last sentence to the next node's first at every tag)
_SPACED_MORE_LINES, _SPACED_SHARE, _SPACED_GLUE_RATE, _SPACED_MAX_GLUE = 12, 0.6, 3, 5
_SPACED_CAMEL_RATE = 2


def _one_line_page(glued: int, sample: str) -> bool:
    """A page's text on a few long lines, its nodes parted by spaces (get_text(" ")): few
    lines, most of the text in lines of a page's length, sentences' ends followed by a space
    far more often than glued to the next sentence."""
    if glued > _SPACED_MAX_GLUE:
        return False
    lines = [x for x in sample.split("\n") if x and not x.isspace()]
    camel_rate = _SPACED_CAMEL_RATE
    if len(lines) > _SPACED_MORE_LINES:
        if not _broken_inside_nodes(sample):
            return False
        camel_rate = 1  # (no menu glued into one word breaks its lines: brands, "detikNews")
    else:
        long = sum(len(x) for x in lines if len(x) >= _SPACED_CHARS)
        if long < _SPACED_SHARE * sum(len(x) for x in lines):
            return False
    ends = len(_SPACED_SENTENCE_END.findall(sample))
    # (and a menu's links glued into one word, "NachrichtenPolitikSport", are rarer than
    # sentences' ends)
    return ends >= _SPACED_SENTENCES and glued * _SPACED_GLUE_RATE <= ends \
        and len(_CAMEL.findall(sample)) * camel_rate <= ends


def _broken_inside_nodes(sample: str) -> bool:
    """A page's text on one line whose text nodes keep the line breaks and indentation of
    pretty-printed HTML inside them (get_text(" ", strip=True) strips a node's ends only):
    no blank line, and nearly every line after the first indented, as no other style prints
    (get_text("\n", strip=True) indents none; without strip, nodes of white space leave blank
    lines)."""
    lines = sample.split("\n")[1:]
    if len(sample) == _SAMPLE:
        lines = lines[:-1]  # (cut short)
    if not lines or any(not x or x.isspace() for x in lines):
        return False
    return sum(1 for x in lines if x[0] in " \t") >= _NODE_BREAK_SHARE * len(lines)


_NODE_BREAK_SHARE = 0.9


_DATE_REACH = 200  # the date line under a one-line page's headline is this near it
# a sentence's end, then the next one's first letter (a quotation's marks may stand between)
# (not after a number of one or two digits: an ordinal, "in der 2. Bundesliga", "am 3. Januar",
# "Der 1. FC Kaiserslautern", is no sentence's end)
# (a lower-case letter of Latin, Cyrillic or Greek before it, a capital of theirs after it;
# in a script without case (Hangul, Arabic, Hebrew) a letter of its own on both sides; a
# Chinese or Japanese full stop with a space after it, which text inside a paragraph has not)
_SPACED_SENTENCE_END = _lazy(r"(?<=[a-z%)ß-öø-ÿа-яѐ-џά-ώ][.!?])[\"”’]?\s+(?=[\"“‘]?[A-ZÀ-ÖØ-ÞА-ЯЀ-ЏΆ-Ϋ])"
                             r"|(?<=[0-9][.!?])(?<!(?<![\d.,:])\d[.!?])(?<!(?<![\d.,:])\d\d[.!?])"
                             r"[\"”’]?\s+(?=[\"“‘]?[A-ZÀ-ÖØ-ÞА-ЯЀ-ЏΆ-Ϋ])"
                             r"|(?<=[가-힣؀-ۿא-ת][.!?؟])[\"”’]?\s+(?=[\"“‘]?[가-힣؀-ۿא-ת])"
                             r"|(?<=[。！？])\s+")
# (or a link's or an emphasis's text before its sentence's stop, which get_text(" ") parts from
# it by a space: "... zum Selbstbestimmungsgesetz . Die Ministerien ...")
_SPACED_STOP_END = _lazy(r"(?<=[a-zß-öø-ÿа-яѐ-џά-ώ] [.!?])[\"”’]?\s+(?=[\"“‘]?[A-ZÀ-ÖØ-ÞА-ЯЀ-ЏΆ-Ϋ][a-zß-öø-ÿа-яѐ-џά-ώ])")
# (or a quotation in straight single marks closed after its stop: "... on 'Fox News Live.' The
# new House committee ...")
_SINGLE_QUOTED_END = _lazy(r"(?<=[a-zß-öø-ÿ][.!?]')\s+(?=[\"“‘']?[A-ZÀ-ÖØ-Þ])")
# a menu's links: ten capitalised words, numbers or separators in a row, more than a name
# with its office holds
_MENU_RUN = _lazy(r"(?:(?<= )|^)(?:(?:[A-Z0-9]\S*|[|»›·•/&+-]) ){9,}(?:[A-Z0-9]\S*|[|»›·•/&+-])(?= |$)", re.M)

# a headline printed twice in a row (an image's or a breadcrumb's text, then the <h1>; a kicker
# and the headline, then both again): four to thirty words, then the same words again; printed
# once, on a line of its own (a headline does not open with a letter in lower case: the search
# tries no such word, half its time)
_TWICE = _lazy(r"(?<!\S)(?=[^a-z])((?:[^\s]+ ){3,29}[^\s]+)\s+\1(?!\S)")
# a printed time's zone or clock word the date reader leaves after it ("15:44 Uhr", "9:02 EST")
_ZONE_AFTER = _lazy(r" (?:Uhr|[A-Z]{2,4}|[ap]\.m\.)(?=\s|$)")
# a dateline inside a longer run (after a photo's credit, a widget's words): the body's first
# paragraph opens there ("Mataram, NTB (ANTARA News) -", "JAKARTA, KOMPAS.com -",
# "TEMPO.CO, Jakarta -", "LONDON (Reuters) -", "JAKARTA -"; FIELD-GUIDE's shapes): a place
# (up to three capitalised words, a region after a comma) with an outlet in brackets or its
# domain after a comma, an outlet's domain before the place, a place in capitals alone, or
# an outlet's domain alone ("Kapanlagi.com -"), then a dash and a sentence's capital; at the
# text's start too (an article element's text alone: "JAKARTA, KOMPAS.com - Pemerintah ...",
# not its domain alone after the place)
_PLACE = r"[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*){0,2}"
_DOMAIN = r"[\w\-]+\.[A-Za-z.]{2,12}"
_DATELINE_FORMS = (_PLACE + r"(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)?)? \([^()]{2,30}\)"
                   r"|" + _PLACE + r", " + _DOMAIN + r"|" + _DOMAIN + r", " + _PLACE +
                   r"|[A-Z]{3,}(?: [A-Z]{3,}){0,2}|[A-Z]" + _DOMAIN)
_SPACED_DATELINE = _lazy(r"(?:^| |(?<=\n))((?:" + _DATELINE_FORMS + r") ?(?:--?|[\u2013\u2014]))(?= [\"“]?[A-Z])")
# (or a place alone, in capitals or not, where it opens a line: "Jakarta - Polisi ...", after
# a picture's credit)
_DATELINE_OPENS = _lazy(r"(?:" + _DATELINE_FORMS + r"|" + _PLACE + r") ?(?:--?|[\u2013\u2014]) [\"“]?[A-Z]")


def _dateline_line(m: "re.Match[str]") -> str:
    """A dateline found inside a run (_SPACED_DATELINE) on a line of its own with its text;
    a place in capitals after words that are not ("Ijazah Ayu LOS ANGELES, KOMPAS.com -", a
    list's last link before it) is the place alone."""
    line = m.group(1)
    caps = _CAPS_PLACE.match(line)
    if caps:
        return " " + caps.group(1).rstrip() + "\n\n" + line[caps.end(1):]
    return "\n\n" + line


_CAPS_PLACE = _lazy(r"((?:[A-Z][a-z][\w'’.\-]* )+)[A-Z]{3,}\b")


def _alternation(words: Iterable[str]) -> str:
    """Words or phrases as a pattern's alternatives, in the order given, each literal but for
    its spaces (a space stands for a space)."""
    return "|".join(re.escape(w).replace(r"\ ", " ") for w in words)


@lru_cache(maxsize=None)
def _share_run_rx(lowered: bool = True) -> "re.Pattern[str]":
    """A share bar's words in a run ("Share Facebook Twitter Linkedin Email", "Share on
    Facebook Share on Twitter", "Kommentare Drucken Teilen"): two words or more, each a
    network's, a tool bar's button's or a comment link's name (or "on"); in lower case, for
    the text lowered, or in any case."""
    k = merged()
    names = sorted({*k.share_names, *k.button_words, *k.comment_words, "on"}, key=longest_first)
    word = r"(?:" + _alternation(names) + r")"
    # (where a word starts, looked behind first: most places fail there, before the long
    # alternation is tried; in lower case, searched in the text lowered, twice as fast)
    return rx(r"(?<![^ \n])" + word + r"(?: " + word + r")+(?= |\n|$)", 0 if lowered else re.I)


def _share_runs(text: str) -> str:
    """The share bars' runs of a page's text on one line (_share_run_rx) as _share_bar makes
    them."""
    low = text.lower()
    same = len(low) == len(text)  # (else lowering moved the positions: "İ" is two letters)
    out: List[str] = []
    done = 0
    rx, page = _share_run_rx(same), low if same else text
    m = rx.search(page)
    while m:
        out.append(text[done:m.start()] + _share_bar(text, m.start(), m.end()))
        done = m.end()
        m = rx.search(page, done)
    return "".join(out) + text[done:] if out else text


def _share_bar(text: str, start: int, end: int) -> str:
    """A share bar's run on lines of its own, bulleted as a terminal browser prints links,
    when three of its words at least are names (not "on": a network's, or a button's with its
    capital), or two before a capital, one of them a button's (two networks' alone are as
    often a sentence's proper nouns: "WhatsApp Messenger Business"). Where a sentence runs
    into the run (a word in lower case or a comma before it), the run's first words in lower
    case and "on" are the sentence's ("In a response on Telegram President ...", "his
    thoughts on X Tuesday"), not the bar's."""
    words = text[start:end].split()
    k = merged()
    networks = k.share_names
    first = 0
    if _SENTENCE_RUNS_ON.search(text, max(start - _WORD_CHARS, 0), start):
        while first < len(words) and (words[first] == "on" or words[first][:1].islower()
                                      and words[first].casefold() not in networks):
            first += 1
    bar = words[first:]
    # (a network's name in any case; a button's or a comment link's words where the run has a
    # capital, as a tool bar prints it: "share comment threads" in lower case is a sentence's)
    capital = any(w[:1].isupper() for w in bar)
    names = sum(capital or w.casefold() in networks for w in bar if w.casefold() != "on")
    low = " " + " ".join(bar).casefold() + " "
    buttons = any(f" {w} " in low for w in (*k.button_words, *k.comment_words))
    if names < _SHARE_WORDS and not (names >= _BUTTON_WORDS and buttons and text[end + 1:end + 2].isupper()):
        return text[start:end]
    return " ".join(words[:first] + [_as_links(bar)])


# (a word in lower case, or a comma, just before a run: a sentence goes on into it)
_SENTENCE_RUNS_ON = _lazy(r"(?:(?<!\S)[a-zß-öø-ÿ]\S*|,) $")


def _as_links(words: List[str]) -> str:
    """A run's words as a terminal browser prints a menu's links: each bulleted on a line of
    its own, the run apart from the text around it."""
    return "\n\n" + "\n".join("• " + w for w in words) + "\n\n"


_SHARE_WORDS = 3
# (or two of a tool bar's words before a sentence: "Kommentare Teilen In England findet ...")
_BUTTON_WORDS = 2


@lru_cache(maxsize=None)
def _line_starts_rx() -> "re.Pattern[str]":
    """Where a page's text on one line starts another line: a credit or related-article label
    with its colon ("Penulis :", "Editor:", "Baca juga:"), as a page prints them on lines of
    their own."""
    k = merged()
    labels = sorted({w for w in (*k.author_labels, *k.editor_labels, *k.related_labels)
                     if len(w) > 2 and w[:1].isalpha()}, key=longest_first)
    return rx(r"\s+(?=(?i:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in labels)
                      + r")\s?:\s)")


def _unspace(text: str, title: Optional[str]) -> str:
    """A page's text on one line, parted where a page's lines likely ended: around the
    headline where the page prints it again after its <title>, at sentences' ends, before
    credit and related-article labels, and around a menu's run of capitalised words (a word
    an item: where one link ends is not told). The parts stand apart as paragraphs."""
    text = " ".join(text.split())
    if title:
        text = _unspaced_title(text, title)
    # (the title whole where the page prints it again: it is the headline)
    head = (title if text.find(title, len(title)) >= 0 else _TITLE_PARTS.split(title)[0]) if title else ""
    if head:
        at = _dated_headline(text, head, len(title or ""))
        if at > 0:
            rest = text[at + len(head):].lstrip()
            # (the date line under the headline, its time printed: a line of its own)
            dated = [f for f in find_dates(rest[:_DATE_REACH], merged()) if f.has_time]
            if dated:
                end = _date_end(rest, dated[0].end)
                rest = rest[:end] + "\n\n" + rest[end:].lstrip()
            text = text[:at] + "\n\n" + head + "\n\n" + rest
        # (and wherever else the page prints it, after a kicker, over a teaser, in a list of
        # stories: a line of its own, as an <h1> or a link's text is)
        start = len(title or "")
        text = text[:start] + re.sub(r"\s*(?<!\S)" + re.escape(head) + r"(?!\S)\s*", lambda m: "\n\n" + head + "\n\n",
                                     text[start:])
    # (the page's <title> and its headline's printings keep their spaces: they are matched
    # with the <title> read from the page as it is)
    start = len(title or "")
    text = text[:start] + "\n".join(x if x == head else _SPACE_BEFORE_STOP.sub("", x)
                                     for x in text[start:].split("\n"))
    text = _relative_bylines(_after_dates(_once(text)))
    # (a closing quotation mark after the stop stays with its sentence)
    text = _SPACED_SENTENCE_END.sub(_sentence_break_kept, text)
    text = _SPACED_STOP_END.sub(_sentence_break_kept, text)
    if "'" in text:
        text = _SINGLE_QUOTED_END.sub("\n\n", text)
    text = _EXTENDED_SENTENCE_END.sub(_sentence_break_kept, text)
    text = _ACRONYM_END.sub("\\1\n\n", text)
    text = _CLOSING_MARK_END.sub(_sentence_break_kept, text)
    text = _GUILLEMET_OPENS.sub(_sentence_break_kept, text)
    text = _CREDIT_INITIALS.sub(" \\1\n\n", text)
    if "©" in text:
        text = _SIGN_AFTER_STOP.sub(_copyright_line, text)
        text = _SIGN_NAME_RUN.sub(_name_credit_end, text)
    text = _SPACED_DATELINE.sub(_dateline_line, text)
    text = _line_starts_rx().sub("\n\n", text)
    text = _part_bylines(text)
    if " | " in text:
        text = _piped_bylines(text)
    text = _credit_end_rx().sub("\\1\n\n", text)
    text = _credit_line_start_rx().sub("\\1\n\n", text)
    if "/" in text or ":" in text:
        text = _bracket_credit_rx().sub("\\1\n\n", text)
    text = _share_runs(text)
    text = _counted_lists(text)
    text = _MENU_RUN.sub(_menu_run, text)
    lines = _quoted_sentences(_dateline_sentences(_menu_heads([x.strip() for x in text.split("\n")], head)))
    lines = _name_runs(lines, head)
    lines = _button_leads(lines, head)
    lines = _furniture_lines(lines, head)
    lines = _list_heads(lines, head)
    if head:
        lines = _standfirsts(lines, head)
    if title and head == title:
        lines = _title_over_date(lines, title)
    # (one blank line between two parts, where two rules each parted them)
    return "\n".join(x for i, x in enumerate(lines) if x or not i or lines[i - 1]) + "\n"


@lru_cache(maxsize=None)
def _furniture_start_rx() -> "re.Pattern[str]":
    """A furniture line's opening phrase of two words or more (the profiles'
    boilerplate_prefixes: "Share this", "Follow us", "Sign up", "All rights reserved"), in
    any case, after a word; not a related list's heading or label ("Read more", "Baca juga"),
    which the related reader takes with its items."""
    k = merged()
    lists = {h.strip().rstrip(":").casefold() for h in (*k.related_headings, *k.list_headings, *k.related_labels)}
    heads = sorted({h.strip() for h in k.boilerplate_prefixes if " " in h.strip() and h[:1].isalpha()
                    and h.strip().rstrip(":").casefold() not in lists}, key=longest_first)
    return rx(r"(?<=\S) (?i:(" + _alternation(heads) + r"))(?=[\s:]|$)")


def _furniture_lines(lines: List[str], head: str) -> List[str]:
    """A line of a one-line page that closes no sentence, parted before each capitalised
    furniture phrase in it (_furniture_start_rx): "Article content Share this article in
    your social network Share this Story : Canada.Com", the words a share bar runs on after
    the text's last sentence, is read as furniture (its phrase opening the line, as a
    boilerplate marker is) and not as the text's last paragraph. A line that ends with a
    sentence's stop is left whole (a sentence's "... and Sign up ..." is the sentence's), so
    are the headline and the page's first line (its <title>)."""
    out: List[str] = []
    # (not above the text's first sentence: a headline of the page's own, "How to Sign Up for ...")
    first = next((i for i, x in enumerate(lines) if _prose_line(x)), len(lines))
    for i, x in enumerate(lines):
        if i <= first or not x or x == head or x[:2] == "• " or x.endswith(_SENTENCE_STOPS):
            out.append(x)
            continue
        cuts = [m.start() for m in _furniture_start_rx().finditer(x) if m.group(1)[:1].isupper()]
        if not cuts:
            out.append(x)
            continue
        parts = [x[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(x)], strict=True)]
        for p in parts:
            out.extend([p, ""])
        out.pop()
    return out


@lru_cache(maxsize=None)
def _list_head_rx() -> "re.Pattern[str]":
    """A related or list heading of the profiles ("Related", "Mehr zum Thema", "Leggi anche",
    "Most read") where a word starts, in its printed case, its first letter a capital, and a
    capital, a quotation mark or a number after it (a list's first item), or the line's end."""
    k = merged()
    heads = sorted({h.strip().rstrip(":") for h in (*k.related_headings, *k.list_headings)
                    if h[:1].isalpha() and not spaceless_script(h)}, key=longest_first)
    return rx(r"(?<![^ ])(?i:(" + _alternation(heads) + r"))(?=:? [\"“„‘'«\dA-ZÀ-ÖØ-ÞĀ-ŽА-ЯЀ-Џ]|:?$)")


def _list_heads(lines: List[str], head: str) -> List[str]:
    """A related or list heading (_list_head_rx) inside a line under a sentence's line,
    after the text (less prose after it than a third of the prose before), after a run of
    tags' words (_tag_run: "... Jeremy Hunt Office for Budget Responsibility Related Chippy
    facing ...", "Venezuela Mehr zum Thema Emilio ..."): the heading stands on a line of its own, as the page prints it over its list, and the words
    before it on theirs. get_text(" ") runs a page's tags, the heading and its list's
    headlines into one line up to the first headline that closes with a stop, which reads as
    the text's last paragraph. (A heading that opens its line is left with its list, which
    the related reader takes.)"""
    out: List[str] = []
    first = next((i for i, x in enumerate(lines) if _prose_line(x)), len(lines))
    prose = [len(x) if _prose_line(x) else 0 for x in lines]
    before, after = 0, sum(prose)
    above = ""  # (the last line with text)
    for i, x in enumerate(lines):
        before, after = before + prose[i], after - prose[i]
        m = None if i <= first or not x or x == head or x[:2] == "• " \
            or not above.endswith(_SENTENCE_STOPS) else _list_head_rx().search(x)
        while m and not _list_head_at(x, m):
            m = _list_head_rx().search(x, m.end())
        above = x or above
        # (after the text only (mark_after_list_heading): less prose after the heading's line
        # than a third of the text's before it, not an inline box's heading nor a sentence's
        # "Stephen Ross Related Companies chairman")
        if not m or after > _AFTER_TEXT_SHARE * (before - prose[i]):
            out.append(x)
            continue
        rest = x[m.end():].lstrip(": ")
        out.extend([x[:m.start()].strip(), "", m.group(1)] + (["", rest] if rest else []))
    return out


def _list_head_at(line: str, m: "re.Match[str]") -> bool:
    """Whether the heading found stands where a list's heading does (_list_heads): its first
    letter a capital, after a run of tags' words (_tag_run)."""
    if not m.group(1)[:1].isupper():
        return False
    lead = line[:m.start()].rstrip()
    # (words in lower case in a row are a sentence's, whose nouns may be capitalised: "Im
    # hohen Alter machte er mit seinem Privatleben Schlagzeilen"; a heading of one word after
    # a few capitalised words is as often a subhead's word in title case, "Apple Watch Series
    # 9 Latest Update Brings ...": a page's tags are more)
    # (and a heading of two words or more after two tags' words at least: after one, the
    # heading is as often a subhead's words in title case, "What's Up Next For The Council",
    # "Five Most Popular Projects")
    # (nor a heading over the text's own list of values, labels with a number after their
    # colon: "Daftar Lengkap Harga BBM Pertamina Terbaru Pertamax: Rp 12.950 per liter
    # Dexlite: Rp 13.250 ...", a subhead over a price list; a list's headlines are no such pairs)
    words = lead.count(" ") + 1
    return bool(lead) and _tag_run(lead) and words >= (_TAG_LEAD_MIN if " " in m.group(1) else _TAG_LEAD_WORDS) \
        and len(_VALUE_LABEL.findall(line, m.end())) < _VALUE_LABELS


_TAG_LEAD_WORDS, _TAG_LEAD_MIN, _VALUE_LABELS = 5, 2, 2
_VALUE_LABEL = _lazy(r"\w: (?:\S{1,3} )?[\d$€£¥]")


def _tag_run(text: str) -> bool:
    """Words that read as a run of tags or a menu's links, no sentence: no sentence's stop
    inside, no label's colon (a picture's credit, "Foto: Jan Novák", stands inside the text
    too), no comma at the end, most words capitalised or numbers, never three
    words in lower case in a row ("Recession GDP UK economy Jeremy Hunt", "War in Ukraine
    Mark Rutte UK defence spending Nato"; not "Im hohen Alter machte er mit seinem
    Privatleben", whose nouns have their capitals), and the last no function word (_tag_word)."""
    if _INNER_END.search(text + " ") or ":" in text or text.endswith((",", ";")) \
            or _LOWER_RUN.search(text):
        return False
    words = text.split()
    capitals = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    return capitals >= _TAG_CAPITALS * len(words) and _tag_word(words[-1])


_TAG_CAPITALS = 0.6
_LOWER_RUN = _lazy(r"(?:^| )[a-zß-öø-ÿ]\S* [a-zß-öø-ÿ]\S* [a-zß-öø-ÿ]")


def _tag_word(word: str) -> bool:
    """A tag's or a menu's last word before a list's heading: no article or function word
    ("The" of "The Latest" is the heading's own)."""
    return word.casefold() not in merged().stopwords


def _standfirsts(lines: List[str], head: str) -> List[str]:
    """A standfirst of a few sentences under the headline, before the byline or the date
    line: get_text(" ") runs its sentences on as it runs on the text's, and the sentence
    parting above set each on a line of its own; a page prints it as one paragraph (one
    node), which a reader of the page's head takes whole. Where the headline's printing is
    followed by two to _STANDFIRST_SENTENCES sentences (_standfirst_sentence) and then by a line
    that is no sentence (a byline, a date, a credit), the sentences are one line again.
    A longer run is the text itself, left as it is."""
    out = list(lines)
    for i, x in enumerate(lines):
        if x != head:
            continue
        run: List[int] = []
        j = i + 1
        while j < len(lines) and len(run) <= _STANDFIRST_SENTENCES:
            y = lines[j]
            if y:
                if not _standfirst_sentence(y) or y == head:
                    break
                run.append(j)
            j += 1
        if j < len(lines) and run and _picture_credit(lines[j]):
            run.pop()  # (the sentence over a picture's credit is its caption: "Photo: Jon Roe")
        if not 2 <= len(run) <= _STANDFIRST_SENTENCES or j >= len(lines) \
                or sum(len(lines[k]) for k in run) > _STANDFIRST_CHARS:
            continue
        out[run[0]] = " ".join(lines[k] for k in run)
        for k in run[1:]:
            out[k] = ""
    return out


def _picture_credit(text: str) -> bool:
    """A picture's credit on a line of its own ("Photo: Jon Roe", "Foto: dpa", "(Bild:
    X)"): a photo label opens it. (A caption's line with its credit at its end is the
    caption's own: the sentence above it is not.)"""
    word = _FIRST_WORD.match(text)
    return bool(word and any(w.casefold() in merged().photo_labels for w in word.group(1).split())) \
        or _SLASHED_CREDIT.match(text) is not None


# ("dpa/Bernd Thissen", "Bernd Thissen/dpa", "Bloomberg/Benjamin Girette": an agency and a name)
_SLASHED_CREDIT = _lazy(r"\(?[^\W\d_][\w.\- ]{1,30}/ ?[^\W\d_][\w.\- ]{1,30}\)?$")
# (a label of up to three words before its colon or slash: "Foto:", "Image credit:")
_FIRST_WORD = _lazy(r"\(?((?:[^\W\d_]+ ){0,2}[^\W\d_]+) ?[:/]")


def _standfirst_sentence(text: str) -> bool:
    """A sentence of a standfirst: _prose_line's, but as short as a standfirst's sentences
    may be ("Les quais sont fermés depuis dimanche.")."""
    return len(text) >= _STANDFIRST_SENTENCE_CHARS and text.endswith(_SENTENCE_STOPS) \
        and text[:2] != "• " and _PROSE_WORDS.search(text) is not None


_STANDFIRST_SENTENCES, _STANDFIRST_CHARS, _STANDFIRST_SENTENCE_CHARS = 3, 500, 25


def _title_over_date(lines: List[str], title: str) -> List[str]:
    """The page's first line, its <title>'s node and what get_text(" ") ran on after it (the
    site's name, the masthead's words: "... - n-tv.de", "... Wetter : Palma 15 ºC ePaper"),
    over a date line, the masthead's ("Montag, 05. August 2024 21:36 Uhr"): it ends with the
    headline where the page prints that headline again, and the rest is a line of its own,
    which reads as no headline over a date line then."""
    first = lines[0] if lines else ""
    if not first.startswith(title + " "):
        return lines
    nxt = next((x for x in lines[1:] if x), "")
    if not any(f.has_time and f.start <= _WORD_CHARS for f in find_dates(nxt[:_DATE_REACH], merged())):
        return lines
    return [title, "", first[len(title):].strip(), *lines[1:]]


# (more sentences' ends, which the page's reader is not told of (dump_style counts the ones
# above): after an acronym of three capitals or more ("... Top-Diplomat der DDR. Mehr lesen
# ...", "... à l'AFP. Les syndicats ..."), not a time's zone ("pukul 21.45 WIB. Disebut-sebut
# ..."), nor a sentence in capitals ("FREE TO READ REGISTER TO UNLOCK. Create ..."), nor a
# Roman number ("Papst Leo XIV. Trump ..."); a German or French closing mark after the stop ("... zustande
# gekommen.“ Aber ..."), or the stop after the closing mark ('... "rests with the UK". What
# has ...')
# (and the ends of sentences in Turkish, Czech or Polish, a letter of Latin's extended set
# before the stop or a capital of it after: "... yangınları! Yangınlarda ...", "... soudu.
# Žalobu ...")
_EXTENDED_SENTENCE_END = _lazy(r"(?<=[ā-ſ][.!?])[\"”’]?\s+(?=[\"“‘„]?[A-ZÀ-ÖØ-ÞĀ-Ž])"
                               r"|(?<=[a-z%)ß-öø-ÿ][.!?])[\"”’]?\s+(?=[\"“‘„]?[Ā-Ž])")
_ACRONYM_END = _lazy(r"(?<![^\s('’])(?<!\d )(?<![A-ZÀ-ÖØ-Þ] )(?![IVXLC]+[.!?])([A-ZÀ-ÖØ-Þ]{3,6}[.!?][\"”’]?)\s+"
                     r"(?=[\"“‘„]?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ])")
# (or a French, Italian or Polish quotation opened after the stop by its guillemet or low mark,
# "... les plus fragiles. « C'est une réponse ... »", "... gesperrt. „Wir haben ...")
# (its own closing mark after it, before any other quotation mark: „ closed by “ or ”, « by »,
# ‹ by ›, over a quotation of a few sentences too; a low mark a plain '"' closes, '„Wir haben
# lange darauf gewartet", sagte sie', is no quotation this reads)
_GUILLEMET_OPENS = _lazy(r"(?<=[a-z%)ß-öø-ÿ][.!?])\s+(?=„ ?[A-ZÀ-ÖØ-Þ][^“”\"„«»]{0,600}[“”]"
                         r"|« ?[A-ZÀ-ÖØ-Þ][^“”\"„«»]{0,600}»|‹ ?[A-ZÀ-ÖØ-Þ][^‹›\"]{0,600}›)")
_CLOSING_MARK_END = _lazy(r"(?<=[a-z%)ß-öø-ÿ][.!?])[“»«]\s+(?=[\"“‘„»«]?[A-ZÀ-ÖØ-Þ])"
                          r"|(?<=[^\W_][\"”’»“«][.!?])\s+(?=[\"“‘„»«]?[A-ZÀ-ÖØ-Þ])")
# a writer's initials in brackets after the text's last stop ("... verstorben. (nz) Auch
# interessant ...", "... Isch over."(phy)"): they end the text's line
_CREDIT_INITIALS = _lazy(r"(?<=[.!?\"”“]) ?(\([a-zß-öø-ÿ]{2,5}(?:/[a-zß-öø-ÿ]{2,5})*\))\s+(?=\S)")


def _name_runs(lines: List[str], head: str) -> List[str]:
    """Long runs of names that end no sentence and hold none (a footer's links, "Mehr lesen
    über Energie Berlin zur Startseite Nachrichtenportale braunschweiger-zeitung.de ...", a
    story's tags and the related headlines after them, "War in Ukraine Mark Rutte ... Related
    Seven dead in ..."): a list's one item each, as a terminal browser bullets a list's
    links; _NAME_RUN_WORDS words at least, most of them capitalised or numbers, not opening
    as a sentence does (_prose_opening). Not the page's first line (its <title>), nor the
    headline (a long one in title case), nor a line with a credit's label."""
    byline = _byline_label_rx(True)
    for i, line in enumerate(lines):
        if not i or not line or line[:2] == "• " or line.endswith(_SENTENCE_STOPS) or line.endswith(_RUN_ENDS) \
                or _INNER_END.search(line) or line == head:
            continue
        words = line.split()
        if len(words) < _NAME_RUN_WORDS or \
                sum(1 for w in words if w[:1].isupper() or w[:1].isdigit()) < _NAME_RUN_SHARE * len(words) \
                or _prose_opening(words) or byline.search(line):
            continue
        lines[i] = "• " + line
    return lines


def _button_leads(lines: List[str], head: str) -> List[str]:
    """A tool bar's buttons glued to the sentence after them ("Listen 5 min Share Comment on
    this story ... Save Friday marks ...", "0:00 Anhören Bijan ...", "Anadolu Ajansı AA Paylaş
    İstanbul'da, ..."): the words up to the last capitalised button's name, before a capital,
    bulleted on lines of their own as a share bar's (_as_links), where they hold no stop, are _BUTTON_LEAD_WORDS words at most, and
    are either all capitalised or numbers or hold two buttons' names (a sentence's own
    "Listen Up Philip" holds one, after words in lower case); the rest a sentence of
    _BUTTON_REST_WORDS words at least, in lower case in part."""
    buttons = sorted(merged().button_words, key=longest_first)
    out: List[str] = []
    for line in lines:
        cut = _button_cut(line, buttons) if line and line != head and line[:2] != "• " else 0
        out.extend([*_as_links(line[:cut].split()).strip().split("\n"), "", line[cut:].lstrip()] if cut else [line])
    return out


def _button_cut(line: str, buttons: List[str]) -> int:
    """Where a line's run of buttons ends before its sentence (_button_leads), or 0."""
    words = line.split(" ")
    if len(words) < _BUTTON_REST_WORDS + 1 or not line.endswith(_SENTENCE_STOPS):
        return 0
    cut = 0
    seen = 0
    at = 0
    for i, w in enumerate(words[:min(_BUTTON_LEAD_WORDS, len(words) - 1)], 1):
        at += len(w) + 1
        if w[-1:] in ".!?:":
            break
        if not w[:1].isupper():
            continue  # (a button's name is capitalised: tested before the names are searched)
        low = " ".join(words[:i]).casefold()
        hit = next((b for b in buttons if low == b or low.endswith(" " + b)), None)
        if hit is None:
            continue
        seen += 1
        nxt = words[i].lstrip("\"“„«'‘")
        if not nxt[:1].isupper():
            continue
        rest = words[i:]
        # (before one button only numbers or buttons, "0:00 Anhören", not a sentence's own
        # capitalised words, "In Teilen Deutschlands", "The Save Our NHS campaign"; two buttons
        # from the line's first word on, no comma, and no name after the last, "Save Our Streets")
        lead = words[:i - len(hit.split())]
        plain = all(_tool_word(x, buttons) for x in lead)
        bar = seen >= 2 and _tool_word(words[0], buttons) and "," not in " ".join(words[:i]) \
            and not (rest[1:2] and rest[1][:1].isupper())
        # (three capitalised words after it: a headline in title case goes on, "Fans Share
        # Their Memories Thousands gathered ...", its verb a button's name)
        if (plain and lead or bar) and len(rest) >= _BUTTON_REST_WORDS \
                and not all(x[:1].isupper() for x in rest[:3]) and _PROSE_WORDS.search(" ".join(rest)):
            cut = at
    return cut


def _tool_word(word: str, buttons: List[str]) -> bool:
    """A tool bar's word: a number or time ("0:00", "5"), or a button's name."""
    return any(c.isdigit() for c in word) or word.casefold() in buttons


_BUTTON_LEAD_WORDS = 16
_BUTTON_REST_WORDS = 6


def _prose_opening(words: List[str]) -> bool:
    """A sentence's opening: a capital, then a word in lower case closing a clause ("Öte
    yandan, Icardi ..."), or words in lower case (_PROSE_OPENING_LOWER of the next three,
    "Die Bundesregierung will nach ...") where no three capitalised words stand in a row
    anywhere in the line (a menu's links, a name with its office, do)."""
    if not words[0][:1].isupper() or len(words) < 4:
        return False
    if words[1][:1].islower() and words[1].endswith(","):
        return True
    if sum(1 for w in words[1:4] if w[:1].islower()) < _PROSE_OPENING_LOWER:
        return False
    run = 0
    for w in words:
        run = run + 1 if w[:1].isupper() or w[:1].isdigit() else 0
        if run >= _CAPITALS_IN_A_ROW:
            return False
    return True


_PROSE_OPENING_LOWER = 2
_CAPITALS_IN_A_ROW = 3
_NAME_RUN_WORDS = 12
_NAME_RUN_SHARE = 0.5
_RUN_ENDS = (":", "“", "«")  # (and a sentence's stops)
_INNER_END = _lazy(r"[.!?。][\"”’“»]? ")


# (a space before a comma or a full stop after a word: the space get_text(" ") puts after a
# link's or an emphasis's node, "... Christian Unger , Tobias Roe", "... her confidence .";
# no page prints it so; not before an ellipsis's dots, nor French's colons and marks)
_SPACE_BEFORE_STOP = _lazy(r"(?<=[^\W\d_]|[)\"”’]) (?=[,.](?: |$))")


# (a copyright sign after a sentence's stop, "... geschätzt. © Verlag GmbH": the footer's line
# opens there, not the sentence's)
_SIGN_AFTER_STOP = _lazy(r"(?<=[.!?]) (?=© ?\S)|(?<=[.!?][\"”’»]) (?=© ?\S)")


def _copyright_line(m: "re.Match[str]") -> str:
    """A line break before a copyright sign after a sentence (_SIGN_AFTER_STOP) where a
    publisher's notice follows ("© Sächsische Rundschau GmbH.", "© 2024 Verlag"); none where
    a picture's credit does, a name with an agency after a slash or an agency's name ("©
    IMAGO / Cinema Publishers", "© Victoria Jones/PA Wire/dpa", "© dpa"): that credit closes
    the caption before it, which reads as a caption by it."""
    after = m.string[m.end() + 1:m.end() + 1 + _CREDIT_REACH].lstrip()
    word = after.split(" ", 1)[0].casefold() if after else ""
    k = merged()
    if "/" in after or word in k.photo_agencies or word in k.agencies \
            or any(after.casefold().startswith(a + " ") for a in k.photo_agencies) \
            or not _YEAR.search(after) and (_LOWER_RUN.search(_INNER_END.split(after + " ", 1)[0])
                                            or _name_credit(after)):
        return m.group()
    return "\n\n"


_CREDIT_REACH = 60
# (a notice with no year is a photographer's credit where the sentence after it runs in
# lower case, "© Michael Brown The city council ...", or where a name of two words opens it
# and no publisher's word or company's form follows, "© Michael Braun Die Bundesregierung
# ...", whose nouns have capitals: "© Berliner Zeitung GmbH" is a notice)
_YEAR = _lazy(r"\b(?:19|20)\d\d\b")
_NAME_CREDIT = _lazy(r"([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’\-]+) ([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’\-]+)(?: (\S+)|$)")


def _name_credit(after: str) -> bool:
    """Whether the text after a copyright sign opens with a person's name of two words
    (_NAME_CREDIT), no article first, no publisher's word among them nor a company's form
    after them ("GmbH", "AG", "Ltd", "Verlag")."""
    m = _NAME_CREDIT.match(after)
    if not m:
        return False
    words = [w.casefold().strip(".,") for w in m.groups() if w]
    nxt = m.group(3) or ""
    # (nor an article before the name: "© The Daily Courier" is a publisher's)
    return words[0] not in merged().stopwords and not any(w in merged().publisher_words for w in words) \
        and not (nxt[:1].isupper() and not nxt.istitle()) and nxt.casefold().strip(".,") not in _COMPANY_WORDS


# (a copyright sign after a stop and a run of capitalised words before a word in lower case:
# a name's credit and the next sentence's first words, "© Michael Brown The city council ...")
_SIGN_NAME_RUN = _lazy(r"(?<=[.!?] )© ?((?:[A-ZÀ-ÖØ-Þ]\S* ){2,6})(?=[a-zß-öø-ÿ])")
_CREDIT_NAME_WORDS = 3


def _name_credit_end(m: "re.Match[str]") -> str:
    """A line break after a picture's credit by a person's name (_name_credit) that closes a
    caption, where the next sentence runs on after it: the sentence opens at the run's first
    function word ("The", "Der"), or else at its last word ("© Mary Ann Jones Officials
    said ..."), with two or three words of the name before it; otherwise nothing changes."""
    words = m.group(1).split()
    after = m.string[m.start(1):m.start(1) + _CREDIT_REACH]
    if _YEAR.search(after) or not _name_credit(after):
        return m.group()
    stop = merged().stopwords
    k = next((i for i in range(2, len(words)) if words[i].casefold() in stop), len(words) - 1)
    if not 2 <= k <= _CREDIT_NAME_WORDS:
        return m.group()
    return "© " + " ".join(words[:k]) + "\n\n" + " ".join(words[k:]) + " "


_COMPANY_WORDS = frozenset({"verlag", "zeitung", "gmbh", "ag", "ltd", "inc", "llc", "sa", "spa", "bv", "ab", "as"})


def _sentence_break_kept(m: "re.Match[str]") -> str:
    """A sentence's end found between two sentences: a paragraph break after the quotation
    mark that may close it, which stays the sentence's; none after an abbreviation's dot
    (_abbreviation: "Dr. Thomas Müller", "z. B. weitere")."""
    if m.group()[:1].isspace() and _abbreviation(m.string, m.start()):
        return m.group()
    return m.group().rstrip() + "\n\n"


def _abbreviation(text: str, end: int) -> bool:
    """The word that ends with the dot at text[end - 1] is an abbreviation, no sentence's
    last word: a title's (_title_abbreviations) with its capital ("Dr.", "Prof.", "Gen.",
    "Mrs."), or one letter in lower case ("z. B.", "u. a.", "d. h.")."""
    if text[end - 1:end] != ".":
        return False
    word = text[text.rfind(" ", 0, end - 1) + 1:end - 1]
    if len(word) == 1 or word.islower() and word in merged().abbreviations:
        return word.islower()
    return word[:1].isupper() and word.casefold() in _title_abbreviations()


@lru_cache(maxsize=None)
def _title_abbreviations() -> FrozenSet[str]:
    """The profiles' titles that are printed as abbreviations with a dot: of three letters
    at most ("dr", "gen", "mrs"), without a vowel ("sgt"), or of four that open a longer
    title ("prof" of "professor", "capt" of "captain"; not "king" or "lord", words a sentence
    may end with)."""
    titles = merged().titles
    return frozenset(t for t in titles if t.isascii() and t.isalpha() and (
        len(t) <= 3 or not any(c in "aeiouy" for c in t)
        or len(t) == 4 and any(len(x) >= _LONG_TITLE and x.startswith(t) for x in titles)))


_LONG_TITLE = 7  # (a title a four letters' abbreviation stands for: "captain"; not "chefin")


def mark_before_headline(blocks: List[Block], title: str) -> None:
    """A page's text on one line (_unspace) prints its menus, its skip links, its login and
    its offers before the article's headline: its blocks there get a furniture hint, as an
    element's blocks under a furniture class do. The headline is the block that prints the
    <title> (or its part before the site's name) again, the first one with a date within
    three blocks of it, else the first; in the page's first half only (a footer's breadcrumb
    prints it too), and before the article's prose (a list of most read stories under the
    text prints it too)."""
    heads = {title, _TITLE_PARTS.split(title)[0]}
    found: List[int] = []
    run = 0
    for b in blocks[1:len(blocks) // 2]:
        if b.text in heads:
            found.append(b.index)
        # (a printing after a run of the article's paragraphs is a list's, "Most read" under
        # the text: the headline is printed before the prose)
        run = run + 1 if _prose_block(b) else 0
        if run >= _PROSE_RUN:
            break
    if not found:
        return
    k = merged()
    at = next((i for i in found if any(find_dates(b.text, k) for b in blocks[max(i - _HEAD_DATE_BLOCKS, 1):
                                                                        i + _HEAD_DATE_BLOCKS + 1]
                                       if b.index != i)), found[0])
    for b in blocks[1:at]:
        b.hint = min(b.hint, W.before_headline_hint)


_HEAD_DATE_BLOCKS = 3


def mark_after_list_heading(blocks: List[Block]) -> None:
    """A page's text on one line (_unspace) prints its tags, a related or list heading and
    that list's headlines after the article's last sentence; the headlines run on into one
    line up to the first one that closes with a stop, which scores as a paragraph. Where a
    heading's block (_list_heads parted it) follows a run of tags' words (_tag_run), itself
    under a sentence's line, and the prose after the heading is less than a third of the prose
    before it, that run, the heading and every block after them get a furniture hint, which
    no paragraph's score outweighs. A heading opening its line after a sentence (an inline
    "Read more" between two paragraphs) marks nothing."""
    heads = _list_head_words()
    for i in range(2, len(blocks)):
        b = blocks[i]
        if b.bullet or b.text.rstrip(":").casefold() not in heads:
            continue
        lead, above = blocks[i - 1], blocks[i - 2]
        if lead.bullet or above.bullet or not above.text.endswith(_SENTENCE_STOPS) \
                or lead.text.endswith(_SENTENCE_STOPS) or not _tag_run(lead.text):
            continue
        # (after the text: the paragraphs' prose after the heading's list (its run of
        # headlines, the block after it), a list's blurbs, a footer's pitch, is a small share
        # of the prose before it; an inline box in the text's middle, a caption's credit or a
        # sentence's name before "Related ..." is followed by as much of the text again)
        before = sum(len(x.text) for x in blocks[:i] if _prose_block(x))
        if sum(len(x.text) for x in blocks[i + 2:] if _prose_block(x)) > _AFTER_TEXT_SHARE * before:
            continue
        for x in blocks[i - 1:]:
            x.hint = min(x.hint, W.after_list_hint)
        return


_AFTER_TEXT_SHARE = 0.35


@lru_cache(maxsize=None)
def _list_head_words() -> FrozenSet[str]:
    """The related and list headings of the profiles, in lower case, without a colon."""
    k = merged()
    return frozenset(h.strip().rstrip(":").casefold() for h in (*k.related_headings, *k.list_headings))


def _prose_block(b: Block) -> bool:
    """A paragraph's block: a sentence's length, ending with a stop, two words in lower case
    in a row somewhere (a menu's or a login box's capitalised words have none), no link's
    bullet."""
    return not b.bullet and _prose_line(b.text)


def _prose_line(text: str) -> bool:
    """A paragraph's line: a sentence's length, ending with a stop, two words in lower case in
    a row somewhere."""
    return len(text) >= _PROSE_CHARS and text.endswith(_SENTENCE_STOPS) \
        and _PROSE_WORDS.search(text) is not None  # (its ":$" never: the line ends on a stop)


_PROSE_CHARS = 60
_PROSE_RUN = 4  # (the corpus's headlines follow two such blocks at most: a teaser's, a caption's)


def _unspaced_title(text: str, title: str) -> str:
    """The page's printings of its <title> with a space before a stop or colon ("Basketball-
    Euroleague : Nach Massenschlägerei ...", a kicker's and a headline's nodes parted by
    get_text(" ")), or with other quotation marks (the <title>'s typewriter apostrophe, the
    heading's typographic one: "a lawyer's story" / "a lawyer’s story"), printed as the title
    is, so that the headline is found again."""
    for head in dict.fromkeys((title, _TITLE_PARTS.split(title)[0])):
        if not _TITLE_STOPS.search(head) and not any(c in _QUOTE_FORMS for c in head):
            continue
        rx = "".join(("(?: )?" if c in _STOP_CHARS and i and head[i - 1] != " " else "")
                     + _QUOTE_FORMS.get(c, re.escape(c)) for i, c in enumerate(head))
        text = text[:len(title)] + re.sub(rx, head.replace("\\", "\\\\"), text[len(title):])
    return text


_STOP_CHARS = ",:;.!?"
# (a quotation mark's forms: an apostrophe's and a single mark's, a double mark's)
_QUOTE_FORMS = {**dict.fromkeys("'‘’ʼ", "['‘’ʼ]"), **dict.fromkeys('"“”„', '["“”„]')}
_QUOTE_CLOSED = tuple(a + b for a in ".!?" for b in "\"”’»“")
_TITLE_STOPS = _lazy(r"[^ ][" + _STOP_CHARS + "]")


def _menu_run(m: "re.Match[str]") -> str:
    """A menu's run as links (_as_links), but for a list's item already on a line of its own."""
    text = m.string
    start = text.rfind("\n", 0, m.start()) + 1
    if text.startswith("• ", start):
        return m.group(0)
    words = m.group(0).split()
    if any(w.endswith(_QUOTE_CLOSED) for w in words):
        # (a quotation shouted in capitals, closed in the run: 'said: "NATO WASN'T THERE
        # WHEN WE NEEDED THEM ... AGAIN." He has ...', no menu's links)
        return m.group(0)
    if sum(1 for w in words if w.endswith(",")) >= _LISTED_NAMES and _names_sentence_rx().match(text, m.end()):
        # (names a sentence lists, each with its office, parted by commas, the last joined by
        # "and" and the sentence going on in lower case to its stop: "... John Smith, Mary
        # Jones and Lucy Black for their work.", no menu's links)
        return m.group(0)
    if text[m.end() + 1:m.end() + 2].islower() and "-" in words[2:-1]:
        # (the run goes on into a sentence in lower case: its last dash is a dateline's, "...
        # Lepas Landas Jakarta - Galaxy S6 Edge, dengan material ...", which opens the text)
        k = len(words) - 1 - words[::-1].index("-")
        return _as_links(words[:k - 1]) + " ".join(words[k - 1:])
    return _as_links(words)


_LISTED_NAMES = 2  # (commas in a run, that may list a sentence's names)


@lru_cache(maxsize=None)
def _names_sentence_rx() -> "re.Pattern[str]":
    """After a run of capitalised words, a sentence's rest: "and" or "or" (a conjunction
    joining names), one to four capitalised words (the last name), then words in lower case
    to a stop ending the line ("... and Lucy Black for their work.")."""
    joins = sorted({*merged().name_conjunctions, "or"}, key=longest_first)
    return rx(r" (?:" + _alternation(joins) + r") (?:[A-ZÀ-ÖØ-Þ][\w'’.\-]* ){1,4}[a-zß-öø-ÿ][^\n]*[.!?][\"”’]?(?=\n|$)")


@lru_cache(maxsize=None)
def _counter_end_rx() -> "re.Pattern[str]":
    """A counter ending a list's item on a one-line page ("dibaca 20,442 kali", "65 komentar",
    "1.093 Views"), where the next item's number or capital follows."""
    words = _alternation(sorted(merged().counter_words, key=longest_first))
    # (the count's first digit opens the pattern, which the engine skips ahead by; a word
    # before the count, "dibaca 20,442 kali", ends nothing)
    return rx(r"\d(?<= \d)[\d.,]*[kK]? (?i:" + words + r")(?= [\dA-ZÀ-ÖØ-Þ+#\"“])")


def _counted_lists(text: str) -> str:
    """A ranked list of headlines, each with its reads or comments counted ("1 Survei
    "Kompas": Citra Jokowi Meningkat Drastis dibaca 20,442 kali 2 Cerita Irwansyah ...
    dibaca 9,646 kali"), three items at least, run into one line: its items bulleted on lines
    of their own, as a terminal browser prints a list. Each item opens with its rank; the
    first one with 1, which may follow the list's heading ("Terpopuler + indeks 1 ...")."""
    ends = [m.end() for m in _counter_end_rx().finditer(text)]
    if len(ends) < _COUNTED_ITEMS:
        return text
    out: List[str] = []
    done = 0
    run: List[Tuple[int, int]] = []

    def flush() -> None:
        nonlocal done
        if len(run) >= _COUNTED_ITEMS:
            out.append(text[done:run[0][0]] + "\n\n" + "\n".join("• " + text[a:b].strip() for a, b in run) + "\n\n")
            done = run[-1][1]
        run.clear()

    prev = 0
    for end in ends:
        start = max(prev, text.rfind("\n", 0, end) + 1)
        prev = end
        piece = text[start:end]
        ranked = _RANKED_ITEM.match(piece) if run and start == run[-1][1] else None
        if ranked and len(piece) <= _COUNTED_ITEM_CHARS:
            run.append((start, end))
            continue
        flush()
        first = _FIRST_ITEM.search(piece)
        if first and end - (start + first.end()) <= _COUNTED_ITEM_CHARS:
            run.append((start + first.start() + 1, end))
    flush()
    return "".join(out) + text[done:] if out else text


_COUNTED_ITEMS = 3
_COUNTED_ITEM_CHARS = 250
_FIRST_ITEM = _lazy(r"(?:^| )#?1 (?=[A-ZÀ-ÖØ-Þ\"“])")
_RANKED_ITEM = _lazy(r" ?#?\d{1,2} (?=[A-ZÀ-ÖØ-Þ\"“])")


def _quoted_sentences(lines: List[str]) -> List[str]:
    """A quotation of several sentences on one line: a line that opens a quotation it does not
    close goes on with the next lines until one closes it ('"Korbannya kita dampingi." /
    "Kemarin kita buat laporan," kata dia.'), as the paragraph the page prints holds it; not
    past a list's item or _QUOTE_REACH lines, and not where no line closes it. A line whose
    last mark closes a quotation (its first line is further up) or is an inch's opens none."""
    for i, line in enumerate(lines):
        if not line or not line.endswith(_QUOTE_GOES_ON) or not _opens_quote(line) or not _last_mark_opens(line):
            continue  # (a sentence's end or a comma: not a headline's words cut at a mark)
        parts = [j for j in range(i + 1, min(i + 1 + 2 * _QUOTE_REACH, len(lines))) if lines[j]]
        joined = line
        for n, j in enumerate(parts[:_QUOTE_REACH]):
            if lines[j][:2] == "• ":
                break
            joined += " " + lines[j]
            if not _opens_quote(joined):
                lines[i] = joined
                for k in parts[:n + 1]:
                    lines[k] = ""
                break
    return lines


def _opens_quote(text: str) -> bool:
    """The text opens a quotation it does not close: an odd number of straight double marks,
    or more opening curly marks than closing ones."""
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def _last_mark_opens(text: str) -> bool:
    """The text's last double mark opens a quotation: "“", or a straight mark a word starts
    after; not one after a word or a stop and before a space ('We will win," he said.' closes
    a quotation opened on a line before, '6.1" screen' is an inch's mark). A straight mark
    that is neither (spaced on both sides, as get_text(" ") prints a quotation's own node)
    turns the last one's state."""
    opened = False
    for m in _QUOTE_MARK.finditer(text):
        c, at = m.group(), m.start()
        before, after = text[at - 1:at] or " ", text[at + 1:at + 2] or " "
        if c == "“" or c == '"' and (before.isspace() or before in "([{") and not after.isspace() \
                and after not in _QUOTE_GOES_ON:
            opened = True
        elif c == "”" or c == '"' and not before.isspace() and (after.isspace() or after in _QUOTE_GOES_ON):
            opened = False
        else:
            opened = not opened
    return opened


_QUOTE_MARK = _lazy(r"[\"“”]")


_QUOTE_REACH = 5
_QUOTE_GOES_ON = tuple(_STOP_CHARS)


def _dateline_sentences(lines: List[str]) -> List[str]:
    """A short first sentence after a dateline ("Bekasi - Hujan deras merendam rumah warga.")
    goes on one line with the next sentence: the paragraph a page prints there opens the text,
    and one short sentence alone would read as a head's line, not the text's."""
    for i, line in enumerate(lines):
        if not line or line.count(" ") >= _DATELINE_JOIN_WORDS or not line.endswith(_SENTENCE_STOPS) \
                or not _DATELINE_OPENS.match(line):
            continue
        j = next((k for k in range(i + 1, min(i + 3, len(lines))) if lines[k]), -1)
        if j > 0 and lines[j][:1] not in "•" and lines[j].endswith(_SENTENCE_STOPS) \
                and _CAPITAL_OPENS.match(lines[j]):
            lines[i], lines[j] = line + " " + lines[j], ""
    return lines


_DATELINE_JOIN_WORDS = 20
_CAPITAL_OPENS = _lazy(r"[\"“„‘]?[A-ZÀ-ÖØ-Þ]")


def _menu_heads(lines: List[str], head: str) -> List[str]:
    """A menu's first links left between a paragraph's last sentence and the menu's run
    ("... am Millerntor." "BILD Gutscheine DAZN Gutscheine adidas Gutscheine" "• Engelhorn"):
    words that end no sentence, after a sentence and before a menu, are the menu's too (a
    date is not)."""
    out = list(lines)
    prev = ""  # the last line with text
    for i, line in enumerate(lines):
        if not line:
            continue
        if prev.endswith(_SENTENCE_STOPS) and not line.endswith(_SENTENCE_STOPS) and line[:2] != "• " \
                and line != head and line.count(" ") >= _MENU_HEAD_SPACES and not _PROSE_WORDS.search(line):
            nxt = next((x for x in lines[i + 1:] if x), "")
            if nxt[:2] == "• " and not find_dates(line, merged()):
                # (not the date line over a share bar: "Selasa, 16 Februari 2016 | 14:38 WIB")
                out[i] = _as_links(line.split()).strip("\n")
        prev = line
    return out


_SENTENCE_STOPS = tuple(".!?\"”’»。")
_MENU_HEAD_SPACES = 2
# (not words that read as prose, which may introduce a list below them: "Cities that could be
# affected ... include", "Ehemalige Vorstandsmitglieder (li nach re):": two words in lower case
# in a row, or a colon at the end)
_PROSE_WORDS = _lazy(r"(?:^| )[a-zß-öø-ÿ]\S* [a-zß-öø-ÿ]|:$")


@lru_cache(maxsize=None)
def _credit_end_rx() -> "re.Pattern[str]":
    """The space after a photo's credit that names its agency after a slash ("Friso
    Gentsch/dpa", "Andrew Harnik / AP", "(AP Photo/Getty Images)") where a sentence's
    first word follows ("Friso Gentsch/dpa Nach der Zeugung ..."): the credit ends the
    caption's line, as the page prints it under the photo."""
    k = merged()
    names = sorted({*k.agencies, *k.photo_agencies}, key=longest_first)
    # (or a picture agency's name alone, opening a line or after a label's colon, "Foto: Getty
    # Images Jakarta - ...": the whole name, not "Getty" of "Getty Images/Mario Carlini"; or a
    # copyright sign before a name in capitals, "© BART DEWAELE Annelies Verlinden (46) ...")
    photo = _photo_names()
    # (each branch opens with its own character, "/", ":", "©", which the engine skips ahead
    # by; the line's start is searched apart, in _credit_line_start_rx)
    return rx(r"((?:/ ?(?i:" + _alternation(names)
                      + r")|: (?i:" + photo + r")(?!/)|© [A-ZÀ-ÖØ-Þ]{2,}(?: [A-ZÀ-ÖØ-Þ]{2,}){0,3})\b\)?) +"
                      r"(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ])")


@lru_cache(maxsize=None)
def _photo_names() -> str:
    """The picture agencies' names as an alternation, each whole: "getty" not where "getty
    images" goes on."""
    k = merged()
    return "|".join(re.escape(w).replace(r"\ ", " ") + "".join(
        "(?!" + re.escape(x[len(w):]).replace(r"\ ", " ") + ")" for x in k.photo_agencies
        if x.startswith(w + " ")) for w in sorted(k.photo_agencies, key=longest_first))


@lru_cache(maxsize=None)
def _credit_line_start_rx() -> "re.Pattern[str]":
    """A picture agency's whole name opening a line, before a sentence (_credit_end_rx)."""
    photo = _photo_names()
    return rx(r"(?m)^((?i:" + photo + r")(?!/)\b\)?) +(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ])")


@lru_cache(maxsize=None)
def _bracket_credit_rx() -> "re.Pattern[str]":
    """The space after a credit in brackets where the next sentence or dateline follows: a
    picture's ("(ANTARA FOTO/Sahrul Manda)", "(Edi Wahyono/detikcom)", "(Foto: Dok. Polri)")
    or a text's initials ("(fyk/ash)"): a picture's label and its colon, or names parted by
    a slash in a credit's shape, a picture's label or agency among them ("(AP Photo/Jon
    Super)", "(Jane Roe/Getty Images)"), a photographer's name before it ("(Mario Jasso/
    Cuartoscuro)"), or an outlet's or agency's form at the slash, a word
    in lower case or in capitals ("(dpa/picture alliance)", "(Fred Roe/SIPA)"). Two
    capitalised words about a slash are a sentence's ("its parent (Alphabet/Google) Chief
    Executive ..."), as a date's "(1/12)" is. The credit ends its caption's or its text's
    line, as the page prints it. A pull quote's dots may follow it."""
    k = merged()
    labels = "|".join(re.escape(w) for w in sorted(k.photo_labels, key=longest_first))
    names = _alternation(sorted({*k.photo_labels, *k.photo_agencies}, key=longest_first))
    inner = r"[^()\n]{0,60}"
    outlet = r"(?:[A-Z][A-Z&.-]*[A-Z]|[a-zß-öø-ÿ][\w.-]*)"
    slashed = (r"(?:[A-Z][\w'’.-]+ ){1,2}[A-Z][\w'’.-]+/ ?[^\W\d_]" + inner + "|"
               + inner + r"(?<![^\W\d_])" + outlet + r"/ ?[^\W\d_]" + inner + "|"
               + inner + r"[^\W\d_]/ ?" + outlet + r"(?![^\W\d_])" + inner + "|"
               + r"(?=[^()\n]{0,130}/)" + inner + r"(?<![^\W\d_])(?i:" + names + r")(?![^\W\d_])" + inner)
    return rx(r"(\((?:" + slashed + r"|(?i:" + labels
                      + r") ?:[^()\n]{1,80})\)) +(?=[\"“]?[A-ZÀ-ÖØ-Þ]|\.\.\.|…)")


@lru_cache(maxsize=None)
def _byline_label_rx(any_case: bool) -> "re.Pattern[str]":
    """A byline's label where a word starts ("Von", "By", "Kommentar von", "Pewarta:"),
    its colon if any, and the space after it: in any case, or in lower case only (searched
    in the text lowered, three times faster, where lowering keeps every position)."""
    k = merged()
    labels = sorted({w.lower() for w in k.author_labels if len(w) > 1 and w[:1].isalpha()},
                    key=longest_first)
    # (an editor's label with its colon only: "Editor : Bayu Galih" ends a page's credits,
    # where a bare "Red" or "Editing" is a sentence's word)
    editors = sorted({w.lower() for w in k.editor_labels if len(w) > 1 and w[:1].isalpha()} - set(labels),
                     key=longest_first)
    flags = "i" if any_case else ""
    return rx(r"(?<!\S)(?" + flags + ":"
                      + _alternation(labels)
                      + r"|(?:" + _alternation(editors) + r")(?= ?:)"
                      + r")( ?:)? ")


_SENTENCE_GOES_ON = rx(r" *[^\W\d_A-ZÀ-ÞА-Я][^\W\d_]{2,} [^\W\d_]")  # a small word of three letters, a word after it


def _part_bylines(text: str) -> str:
    """A byline run on into what follows it on a one-line page ("Von Jan Kixmüller Heute,
    12:37 Uhr Seit mehr ...", "By Aaron Kliegman | Fox News ...", "Pewarta: Nur Imansyah
    Dokumentasi petugas ..."): the label and its names on a line of their own, as the page
    printed them. The label is capitalised or has its colon (a lower-case "von" or "by" is a
    sentence's word); a name is two capitalised words, three where the third is followed by no
    word ("Putra Rusdi K - detikSport", "Duy Linh Dinh 28.04.2024"), names joined by a
    conjunction or "&"."""
    out: List[str] = []
    done = 0
    low = text.lower()
    same = len(low) == len(text)
    for m in _byline_label_rx(not same).finditer(low if same else text):
        if m.start() < done or (text[m.start()].islower() and not m.group(1)):
            continue
        end = _names_end(text, m.end())
        if end < 0 or " " in m.group(0).strip() and _SENTENCE_GOES_ON.match(text, end):
            # (or a label of words that open a sentence too, its subject's name then a verb:
            # "Ein Bericht von Peter Müller zeigt das.")
            continue
        end = _byline_date_end(text, end)
        out.append(text[done:m.start()].rstrip(" ") + "\n\n" + text[m.start():end] + "\n\n")
        done = end
        while done < len(text) and text[done] == " ":
            done += 1
    return "".join(out) + text[done:] if out else text


def _byline_date_end(text: str, end: int) -> int:
    """Where a byline's line ends whose names (ending at `end`) a date follows at once, with
    or without its time, and then a capital ("By Jane Roe March 12, 2024 The city council
    ..."): after the date, which is the byline's (a date alone would open the text's first
    sentence); else `end`."""
    at = end + len(text) - end - len(text[end:].lstrip(" "))
    if not text[at:at + 1].isalnum():
        return end
    found = find_dates(text[at:at + _DATE_REACH], merged())
    if not found or found[0].start:
        return end
    close = at + (_date_end(text[at:], found[0].end) if found[0].has_time else found[0].end)
    return close if _CAPITAL_NEXT.match(text, close) else end


def _piped_bylines(text: str) -> str:
    """A writer's name and the date after a bar ("... bildirdi. Sehernur Karsu | 05.04.2025 -
    Güncelleme : 05.04.2025 Ankara ...", "... i-IDAC Jonisayi Maromo | Published 1 day ago
    Copy ..."; FIELD-GUIDE's "X | DATE" under the headline), run on between the headline
    or the standfirst and the text: a line of their own. The name is the two or three
    capitalised words before the bar; a date (or an age) must follow the bar within a
    label's reach, so a menu's items parted by bars ("Politik | Wirtschaft") are left alone;
    the line ends after the last of the dates that stand near each other, where a capital
    follows. Once on the page: where the shape comes again, it is a list's (teasers, each
    with its section and date), and nothing is parted. Not under a photo's label ("Photo:
    Phil Noble Reuters | March 12, 2024": a picture's credit and its date), nor after more
    than _PIPED_SENTENCES_BEFORE sentences (the text is above it: a related list's item, "More
    from World Storm Ciara | March 10, 2024")."""
    out: List[str] = []
    done = 0
    k = merged()
    for m in _PIPED_NAME.finditer(text):
        # (a photo's label on the line before the name, "Photo: Phil Noble Reuters Jane Roe |")
        before = text[max(0, m.start() - _WORD_CHARS):m.start()].rsplit("\n", 1)[-1]
        if any(w.casefold() in k.photo_labels for w in _LABEL_WORD.findall(before)) \
                or len(_SENTENCE_STOP_RUN.findall(text, 0, m.start())) > _PIPED_SENTENCES_BEFORE:
            continue
        tail = text[m.end():m.end() + _BYLINE_REACH]
        dates = [f for f in find_dates(tail, k)]
        age = _relative_time_rx().search(" " + tail)
        if dates and dates[0].start <= _WORD_CHARS:
            end = dates[0].end
            for f in dates[1:]:
                if f.start - end > _WORD_CHARS:
                    break
                end = f.end
            end = _date_end(tail, end)
        elif age and age.start() <= _WORD_CHARS:
            end = age.end() - 1
        else:
            continue
        if not _CAPITAL_NEXT.match(tail, end):
            continue
        if out:
            return text  # (the shape again: a list's items, each with its source and date)
        out.append(text[:m.start()].rstrip(" ") + "\n\n" + text[m.start():m.end() + end] + "\n\n")
        done = m.end() + end
    return out[0] + text[done:].lstrip(" ") if out else text


# (a sentence's stop where a sentence in capitals goes on: "... this month. The regional ...")
_SENTENCE_STOP_RUN = _lazy(r"[a-zß-öø-ÿā-ſ]{3}[.!?][\"”’»]?\s+[A-ZÀ-ÖØ-ÞĀ-Ž]")
_LABEL_WORD = _lazy(r"([^\W\d_]+) ?[:/]")
_PIPED_SENTENCES_BEFORE = 6  # (a standfirst's and a caption's, no text's)
_PIPED_NAME = _lazy(r"(?<![^\s])[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]+(?: [A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]+){1,2} \| ")


_NAME_WORD = _lazy(r"[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’\-]*\.?$")
_NAME_WORDS_MOST = 3


def _names_end(text: str, start: int) -> int:
    """Where the names after a byline's label end (see _part_bylines), or -1 when no name of
    two words follows it."""
    k = merged()
    tail = text[start:start + _BYLINE_REACH].split("\n", 1)[0]
    tokens = tail.split(" ")
    i = 0
    names = 0
    while i < len(tokens):
        words = 0
        j = i
        while j < len(tokens) and words < _NAME_WORDS_MOST:
            t = tokens[j]
            if j + 1 < len(tokens) and tokens[j + 1] == ":":
                break  # (the next credit's label: "Editor : X Y Sumber : Antaranews.com")
            if _NAME_WORD.match(t):
                if words == 2:
                    # (a third capitalised word is the name's only where no word follows it)
                    nxt = tokens[j + 1] if j + 1 < len(tokens) else ""
                    if nxt[:1].isalpha() and nxt.casefold() not in k.name_conjunctions:
                        break
                    if nxt[:1].isdigit() and t.rstrip(".,").casefold() in k.months:
                        found = find_dates(" ".join(tokens[j:j + 6]), k)
                        if found and not found[0].start:
                            break  # (a date's month, "By Jane Roe March 12, 2024 The ...", not "Mei 12 March")
                words += 1
                j += 1
            elif words and t in k.name_particles and j + 1 < len(tokens) and _NAME_WORD.match(tokens[j + 1]):
                j += 1
            else:
                break
        if words < 2:
            break
        names += 1
        i = j
        if i < len(tokens) and (tokens[i].casefold() in k.name_conjunctions or tokens[i] == "&"):
            i += 1  # (another name after "dan", "und", "&")
            continue
        break
    if not names or (i >= len(tokens) and len(tail) == _BYLINE_REACH):
        return -1  # (no name, or one the reach may have cut short)
    # (the position after the last name's word)
    return start + len(" ".join(tokens[:i]))


_BYLINE_REACH = 200


def _dated_headline(text: str, head: str, start: int) -> int:
    """Where the headline stands in a page's text on one line after its <title>: the first
    printing with a date (and its time) just after or before it, as an article's heading has
    (a list of the outlet's popular stories prints it too, before the article); else the first
    printing; -1 if none."""
    first = at = text.find(head, start)
    while at >= 0:
        near = text[max(at - _DATE_REACH, 0):at] + " " + text[at + len(head):at + len(head) + _DATE_REACH]
        if any(f.has_time for f in find_dates(near, merged())):
            return at
        at = text.find(head, at + 1)
    return first


def _once(text: str) -> str:
    """Words printed twice in a row (_TWICE) printed once, on a line of their own. (The
    pattern is tried only where a word comes again four to thirty words on, as a repeat's
    first word does: a search at every word costs a one-line page's reading half its time.)"""
    seen: Dict[str, List[int]] = {}
    starts: List[int] = []
    words = [(m.start(), m.group(0)) for m in _WORD.finditer(text)]
    low, high = _TWICE_GAPS
    for j, (_, w) in enumerate(words):
        before = seen.setdefault(w, [])
        for i in reversed(before):
            if j - i > high:
                break
            if j - i >= low:
                starts.append(words[i][0])
        before.append(j)
    out: List[str] = []
    done = 0
    for at in sorted(set(starts)):
        m = _TWICE.match(text, at) if at >= done else None
        if m:
            out.append(text[done:at] + "\n\n" + m.group(1) + "\n\n")
            done = m.end()
    return "".join(out) + text[done:] if out else text


_WORD = _lazy(r"\S+")
_TWICE_GAPS = (4, 30)


def _after_dates(text: str) -> str:
    """A date with its time printed ends a line where a capital follows it ("Stand: 24.04.2024
    22:58 Uhr Der FC ...", "Von: X 15.05.2023 - 13:52 Uhr Es war ..."): a date line, as the
    page printed it above the text (prose gives a date's time a preposition and goes on in
    lower case)."""
    cuts: List[int] = []
    last = -_WORD_CHARS  # (where the last date ended)
    # (the first of dates that each stand near the one before, published and updated on one
    # line, and where the date before them ended: their line starts before the first)
    first, before = -1, -_WORD_CHARS
    for f in find_dates(text, merged()):
        if f.start - last > _WORD_CHARS:
            first, before = f.start, last
        if f.has_time:
            end = _date_end(text, f.end)
            if _CAPITAL_NEXT.match(text, end) and not _LABELLED_DATE_NEXT.match(text, end) \
                    or _DIGIT_NEXT.match(text, end) and _date_line_start(text, f.start) > 0:
                # (and starts a line, but for a second date with its label after the first:
                # published and updated stand on one line)
                start = _date_line_start(text, f.start)
                if start > 0 and start - last <= _WORD_CHARS and 0 < first < f.start:
                    # (a second date after the first, "30.04.2024 - 16:48 Son Güncelleme :
                    # 30.04.2024 - 16:49": the line starts before the first, where a
                    # sentence's stop stands before it; a label's word before it, "Giriş:",
                    # may be the line's own)
                    opens = _date_line_start(text, first)
                    word = _WORD_BEFORE.search(text, max(0, opens - _WORD_CHARS), opens) if opens > 0 else None
                    if word and _SENTENCE_CLOSED.search(word.group(1)):
                        start, last = opens, before
                if start > 0:
                    # (its time printed before it: "11:00 AM PDT • May 16, 2024", "12:44, 20 Apr 2026")
                    clock = _CLOCK_BEFORE.search(text, max(0, start - _WORD_CHARS), start)
                    start = clock.start() if clock else start
                if start > 0 and (not cuts or start > cuts[-1]) and start - last > _WORD_CHARS:
                    named = _name_before(text, start)
                    if named > 0 and (not cuts or named > cuts[-1]):
                        cuts.append(named)
                    cuts.append(start)
                cuts.append(end)
        last = f.end
    if not cuts:
        return text
    parts = [text[i:j] for i, j in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    return "\n\n".join(p.strip(" ") for p in parts)


@lru_cache(maxsize=None)
def _relative_time_rx() -> "re.Pattern[str]":
    """A time told as an age ("7 hours", "2 minutes ago", "vor 3 Stunden") where a capital
    follows it."""
    forms = age_forms(r"\d{1,3}", " ")
    return rx(r"(?<= )(?i:" + "|".join(forms) + r")(?= [\"“‘]?[A-ZÀ-ÖØ-Þ])")


def _relative_bylines(text: str) -> str:
    """A writer's name and the age of the story after it ("... what it means Kyle Wiggers 7
    hours What's the next ...", "... Nizaar Kinsella 2 minutes ago Chelsea have ..."), run on
    between the headline and the text: a line of their own, the byline a page prints there
    (the name as _name_before reads it)."""
    if not any(c.isdigit() for c in text):
        return text
    out: List[str] = []
    done = 0
    for m in _relative_time_rx().finditer(text):
        named = _name_before(text, m.start())
        if named < done or named <= 0:
            continue
        out.append(text[done:named].rstrip(" ") + "\n\n" + text[named:m.end()] + "\n\n")
        done = m.end() + 1
    return "".join(out) + text[done:] if out else text


def _name_before(text: str, at: int) -> int:
    """Where a writer's name stands just before a date line, run on from the headline or a
    kicker ("... und wie das Wetter wird Daniel Großert Redakteur 03.05.2024 15:42 Uhr", "...
    and more Paul Sawers 11:00 AM PDT"): two capitalised words (an initial or a particle may
    stand between), a role's word after them; their line of their own, as the page prints the
    byline (with its label, "By Jane Roe", where one stands before it). -1 where no such name
    stands there, or where a capitalised word runs on into it from before (a longer name's, a
    headline's: which words are the name is not told)."""
    lo = max(0, at - _NAME_CHARS)
    k = merged()
    m = _NAME_BEFORE_DATE.search(text, lo, at)
    if m and m.group(2) and m.group(2).casefold() not in k.role_words:
        m = _NAME_BEFORE_DATE_BARE.search(text, lo, at)  # (no role's word: the name ends there)
    if not m:
        return -1
    if text[m.start(1) - 1] == "\n":
        return m.start(1)  # (the name opens a line: the headline's line ends before it)
    before = _WORD_BEFORE.search(text, max(0, m.start(1) - _WORD_CHARS), m.start(1))
    word = before.group(1) if before else ""
    if word.casefold() in k.author_labels and before:
        # (the byline's label goes with it: "By Jane Roe", "Written by Jane Roe", a label of
        # several words that opens with a capital)
        label = _long_label_rx().search(text, max(0, before.start(1) - _WORD_CHARS), m.start(1))
        if label and label.group(1)[:1].isupper():
            return label.start(1)
        if word[:1].isupper():
            return before.start(1)
    if (word[:1].islower() or word.endswith(_SENTENCE_STOPS)) and word.casefold() not in k.name_conjunctions:
        return m.start(1)  # (not the last of names a conjunction joins: "Laura Roe und Alexander Poe")
    return -1  # (a capitalised word before it: a longer name's, "Emma Roma Jayne", or a headline's)


@lru_cache(maxsize=None)
def _long_label_rx() -> "re.Pattern[str]":
    """A byline's label of several words before a name, in any case ("Written by ", "Ein
    Beitrag von "), searched up to the name."""
    labels = sorted({w for w in merged().author_labels if " " in w}, key=longest_first)
    return rx(r"(?<!\S)(" + _alternation(labels) + r") $", re.I)


_CLOCK_BEFORE = _lazy(r"(?<= )\d{1,2}[:.]\d\d(?: ?[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,4})? ?[•|·,-]? $")
_NAME_CHARS = 80
_NAME = (r"([A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ſ'’\-]+ (?:[A-Z]\. |(?:von|van|de|da|del|der|du|la|bin|al) )?"
         r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ſ'’\-]+)")
_NAME_BEFORE_DATE = _lazy(r"(?<=[ \n])" + _NAME + r"(?: ([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+))? $")
_NAME_BEFORE_DATE_BARE = _lazy(r"(?<=[ \n])" + _NAME + r"() $")


def _date_line_start(text: str, start: int) -> int:
    """Where a date line starts that ends where a capital follows (_after_dates): at the date,
    or at the label before it ("Aktualisiert am", "Stand:", "Published"); -1 where a word in
    lower case that is no label stands before it (a sentence's: "trafen sich am ...") or
    nothing does."""
    labels = _date_label_words()
    days = merged().days  # (and the weekday's name before the date: "Sabtu, 10 Des 2022 13:19 WIB")
    at = start
    label = ""
    while True:
        m = _WORD_BEFORE.search(text, max(0, at - _WORD_CHARS), at)
        if not m:
            return -1
        word = m.group(1)
        if (word.rstrip(":").casefold() in labels or word.rstrip(",").casefold() in days) \
                and at - m.start(1) < _WORD_CHARS:
            at, label = m.start(1), word
            continue
        if label[:1].isupper() or not word[:1].islower() \
                or _SENTENCE_CLOSED.search(word) and start < len(text) // 2:
            # (a word in lower case that closes a sentence: the date opens the line after it,
            # "... zirveyi yakın takipte. 30.04.2024 - 16:48", a standfirst's last sentence; in
            # the page's first half only: after the text it is a related teaser's date)
            return at
        return -1


# a word of three letters or more in lower case with its stop (not "ca." nor "bzw.": an
# abbreviation of two or three letters goes on into the date), a quotation's mark after it
_SENTENCE_CLOSED = _lazy(r"[a-zß-öø-ÿā-ſ]{4}[.!?][\"”’»]?$")


@lru_cache(maxsize=None)
def _date_label_words() -> FrozenSet[str]:
    """The words of the labels a date line may print before its date ("Aktualisiert am")."""
    k = merged()
    return frozenset(w for label in (*k.date_connectives, *k.modified_labels) for w in label.casefold().split())


_WORD_BEFORE = _lazy(r"(\S+) $")
_WORD_CHARS = 40


def _date_end(text: str, end: int) -> int:
    """Where a printed date with its time ends: after the zone or clock word the date reader
    leaves after it ("15:44 Uhr"); not a word in capitals that another runs on from, no
    zone's name: a dateline's place ("10:15 AM SAN FRANCISCO (Reuters) - ...")."""
    zone = _ZONE_AFTER.match(text, end)
    if not zone:
        return end
    word = zone.group().strip()
    if word.isupper() and word.casefold() not in merged_zones() and _CAPS_WORD_NEXT.match(text, zone.end()):
        return end
    return zone.end()


_CAPS_WORD_NEXT = _lazy(r" [A-Z][A-Z'’.\-]+\b")


# (or a line's break, where the headline's date line was cut after its date already)
_CAPITAL_NEXT = _lazy(r"\s+[\"“„‘]?[A-Z]")
# (or a number, where a date line stands alone: "von Jemima Kelly 05. November 2024 15:36 Uhr
# 3 Min", a reading time after it)
_DIGIT_NEXT = _lazy(r"\s+\d")
# (but a second date with its label goes on the same line: "Giriş: 03.07.2024 - 18:24
# Güncelleme: 03.07.2024 - 18:57", published and updated, as the page prints them)
_LABELLED_DATE_NEXT = _lazy(r" [^\W\d_][\w.]*(?: [^\W\d_][\w.]*)? ?: ?\d")

def document_title(text: str, style: str, level_one: Tuple[str, ...] = ()) -> Optional[str]:
    """The page's <title>, when the style prints it: BeautifulSoup's get_text() of a whole
    page opens with the <head>'s text, the title (a headline, often with the site's name after
    it). Its first line, when it reads as a title (two to thirty words); None otherwise.
    `level_one`: the dump's level-1 Markdown headings (level_one_headings, read before
    undecorate takes a setext heading's "====" off)."""
    if style == SOUP_SPACED:
        # (the <title>'s node runs on into the page's next nodes: its headline, the part before
        # the title's first separator, when a headline's length; or the longest run of the
        # page's first words printed again further on, the headline's <h1>, where that runs
        # past a separator inside the headline ("Kawasaki steigt aus! - und doch nicht") or the
        # title has none; not where the part before the separator prints that run twice, the
        # headline and the page's next nodes)
        cut = _TITLE_PARTS.search(text[:_TITLE_CHARS])
        first = text[:cut.start()].strip() if cut else ""
        first = first if dump_words(first) >= _HEADLINE_WORDS else ""
        lead = _repeated_lead(text)
        if lead and (len(lead) >= len(first) or first.find(lead, len(lead)) >= 0):
            return lead
        return first or _inner_title(text)
    if style == BROWSER_COPY:
        return _printed_first_line(text)
    if style == MARKDOWN and text[:1].isalnum() and "](" not in text[:text.find("\n")]:
        # (markdownify prints the <head>'s <title> as the dump's first line, bare, where the
        # other converters open with the page's own markup, a link, a list or a <div>: a
        # bare first line is the <title> where the page prints it again as _printed_first_line
        # asks; a logo's name alone is printed again by no headline's line)
        # (not where it is printed again only as a list's item, a breadcrumb's last one, while
        # a level-1 heading of the page words the headline otherwise: an SEO <title>)
        found = _printed_first_line(text)
        if found and level_one and _only_listed(text, found, level_one):
            return None
        return found
    if style not in (SOUP_LINES, SOUP_GLUED, SOUP_PRETTY):
        return None
    head = text[:_TITLE_HEAD]
    first = _first_line(head)
    if len(first) > _TITLE_CHARS and style == SOUP_GLUED:
        # (a page's text on one line, the <title>'s node glued to the skip link after it:
        # "Headline | Ottawa CitizenSkip to Content ...": its first node, once unglued)
        first = _first_line(unglue(head))
    if style == SOUP_GLUED and first:
        first = _reprinted_head(first, text) or first
    n = first.count(" ") + 1
    return first if first and 2 <= n <= 30 and len(first) <= _TITLE_CHARS else None


def level_one_headings(text: str) -> Tuple[str, ...]:
    """The texts of a Markdown dump's level-1 headings in its first _TITLE_HEAD * 5
    characters: "# Headline", or a line over a setext "====" underline."""
    head = text[:_TITLE_HEAD * 5]
    if "# " not in head and "\n==" not in head:
        return ()
    lines = head.split("\n")
    found = []
    for i, line in enumerate(lines):
        m = _MD_HEADING.match(line)
        if m and len(m.group(1)) == 1:
            found.append(m.group(2))
        elif i and line.strip()[:3] == "===" and set(line.strip()) == {"="} and lines[i - 1].strip():
            found.append(lines[i - 1])
    return tuple(" ".join(x.split()) for x in found if x.strip())


def _only_listed(text: str, title: str, level_one: Tuple[str, ...]) -> bool:
    """Whether the <title>'s headline (its part before the last separator) stands in the
    dump's head only on list lines ("3. Headline", a breadcrumb's last item), while a level-1
    heading of the dump is no wording of it."""
    parts = _TITLE_PARTS.split(title)
    key = _fold(parts[0])
    if any(_fold(h) == key or key in _fold(h) or _fold(h) in _fold(title) for h in level_one):
        return False
    end = text.find("\n")
    head = text[end + 1:_head_end(text, end + 1)]
    listed = -1
    for at, line in _line_starts(head):
        line = " ".join(line.split())
        if parts[0] and _headline_at(line, parts[0]) >= 0:
            if not _LIST_ITEM.match(line):
                return False
            listed = at
    # (the other wording is a headline's: words enough, printed under the breadcrumb, not a
    # cookie banner's or a section's heading over it, "# We value your privacy", "# Nyheter")
    # and words it otherwise: a word of the <title>'s own in it ("Senate passes pension reform" for
    # "Pension reform vote explained"; "We value your privacy" shares none)
    words = {w for w in key.split() if len(w) > 3}
    return listed >= 0 and any(len(h.split()) >= 4 and head.find(h, listed) >= 0 and words & set(_fold(h).split())
                               for h in level_one)


def _line_starts(text: str) -> List[Tuple[int, str]]:
    """Each line of a text with the offset it starts at."""
    out, at = [], 0
    for line in text.split("\n"):
        out.append((at, line))
        at += len(line) + 1
    return out


def _fold(s: str) -> str:
    """A line's words, case-folded, with no punctuation."""
    return " ".join("".join(c if c.isalnum() else " " for c in s.casefold()).split())


def _printed_first_line(text: str) -> Optional[str]:
    """A one-node-a-line dump's first line, when it is the page's <title>: get_text("\\n",
    strip=True) reads as a browser's copy (no blank lines) but opens with the <head>'s title,
    which the page prints again over its text as its headline: the title's headline as
    _headline finds it, or a line of a headline's length that the title holds whole (the
    headline under its kicker, "Kicker: Headline | Site"). None where no line of the page's
    head prints it: a browser's copy opens with the page's menu, a cookie banner, a tagline
    or the headline itself, and a menu's or a tagline's copy in the footer, or a teaser's in a
    list under the text, stand after the text (see _head_end)."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    first = " ".join(text[start:end if end >= 0 else len(text)].split())
    n = first.count(" ") + 1
    if end < 0 or not 2 <= n <= 30 or len(first) > _TITLE_CHARS:
        return None
    head = text[end + 1:_head_end(text, end + 1)]
    if _headline(first + "\n" + head, first):
        return first
    parts = _TITLE_PARTS.split(first)
    # (a line held in the parts before the last separator, never the site's name after it,
    # which a logo prints; or a short headline before a name, "Headline - Name", where the
    # name stands elsewhere without it: a site's name, not a tagline's words, "Site - News for
    # the whole bay", whose site a logo prints too; not "Kicker - Headline | Site", whose
    # kicker the page prints over its own headline)
    named = first[:len(first) - len(parts[-1])] if len(parts) > 1 else first
    short = False
    for line in head.split("\n"):
        line = " ".join(line.split())
        if dump_words(line) >= _HEADLINE_WORDS and _headline_at(named, line) >= 0:
            return first
        short = short or line == parts[0]
    if short and len(parts) == 2 and " " in parts[0] and _stands_without(text, parts[1], parts[0], end):
        return first
    return None


def _stands_without(text: str, name: str, other: str, start: int) -> bool:
    """Whether a line of text[start:] (in its first _TITLE_HEAD * 50 characters) holds `name`
    and not `other`."""
    limit = min(len(text), start + _TITLE_HEAD * 50)
    at = text.find(name, start, limit)
    while at >= 0:
        end = text.find("\n", at, limit)
        if other not in text[text.rfind("\n", 0, at) + 1:end if end >= 0 else limit]:
            return True
        at = text.find(name, at + len(name), limit)
    return False


def _head_end(text: str, start: int) -> int:
    """Where a one-node-a-line dump's text opens, from `start` on: the first run of
    _HEAD_PROSE_RUN paragraphs, one under the other (blank lines between at most); no further
    than _TITLE_HEAD * 50 characters. (Only lines of a paragraph's length are read: most of a
    page's head is a menu's short lines.)"""
    limit = min(len(text), start + _TITLE_HEAD * 50)
    run, after, first = 0, start, start
    # (the line's newline before it, from the one that ends the line above `start`)
    for m in _LONG_LINE.finditer(text, start - 1, limit):
        line = m.group()
        prose = line.rstrip().endswith(_SENTENCE_STOPS) and _prose_line(" ".join(line.split()))
        if not prose or not text[after:m.start() + 1].isspace():
            run = 0
        if prose:
            first = first if run else m.start() + 1
            run += 1
            if run >= _HEAD_PROSE_RUN:
                return first
        after = m.end()
    return limit


# a line of a paragraph's length, after its newline (a literal first: the search leaps from
# one newline to the next)
_LONG_LINE = _lazy(r"\n[^\n]{%d,}" % _PROSE_CHARS)


# (the corpus's headlines follow two paragraphs at most, a teaser's and a caption's: a third
# in a row is the text's)
_HEAD_PROSE_RUN = 3


def _inner_title(text: str) -> Optional[str]:
    """A one-line page's headline inside its <title> between a tag's name and the site's
    ("Dian Sastrowardoyo | FOTO: Dian Sastrowardoyo Saat Berusia 13 Tahun, Masih Cantik? -
    KapanLagi.com ..."): the part between the first two separators, when a headline's length
    and printed again further on; None otherwise. (The part after the last separator runs on
    into the page's next nodes; parts further on are a menu's items run on after the <title>,
    "Home - Politics - Business and Money News - Sport", not the title's.)"""
    parts = [p.strip() for p in _TITLE_PARTS.split(text[:_TITLE_CHARS], 2)[1:-1]]
    found = [p for p in parts if dump_words(p) >= _HEADLINE_WORDS
             and text.find(p, text.find(p) + len(p)) >= 0]
    return found[0] if found else None


_TITLE_HEAD = 2000  # a dump's <title> is read in its first characters
_TITLE_CHARS = 250  # a longer first line is no title


def _repeated_lead(text: str) -> Optional[str]:
    """The longest run of a one-line page's first words that the page prints again further on
    (its <title>, printed again as the headline), when a headline's length; None otherwise."""
    words = text[:_TITLE_HEAD].split(None, _LEAD_WORDS)[:_LEAD_WORDS]
    text = " ".join(text.split()) if "\n" in text[:_TITLE_HEAD] or "  " in text[:_TITLE_HEAD] else text
    best = None
    run = ""
    padded = " " + text + " "
    for w in words:
        run = f"{run} {w}" if run else w
        if padded.find(" " + run + " ", len(run) + 1) < 0:  # (whole words: not "Home" in "Homeoffice")
            break
        best = run
    if best and (dump_words(best) >= _HEADLINE_WORDS or
                 (len(best) >= _LEAD_CHARS_UNSPACED and _UNSPACED_SCRIPT.search(best))):
        return best
    return None


# (a headline holds at most this many words; in a script written without spaces between words,
# Chinese, Japanese, Thai, one of this many characters at least)
_LEAD_WORDS, _LEAD_CHARS_UNSPACED = 40, 12
_UNSPACED_SCRIPT = _lazy(r"[\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff]")


def _reprinted_head(first: str, text: str) -> Optional[str]:
    """The <title>'s node of a page's text glued together (get_text() of a page with no
    line breaks), where the next node is glued to it with no space at a joint of cases
    ("Headline of the storySkip to contentThe Herald"): the longest part of the first line up
    to such a joint that the page prints again further on, as its <h1> does, with other text
    after it than the first line's (a word with a capital inside, "iPhone", "McLaren", goes on
    as it did); a headline's length. None where no part is printed so."""
    if text.find(first, len(first)) >= 0:
        return None  # (the line whole is printed again: it is the title)
    for m in reversed(list(_CASE_JOINT.finditer(first))):
        head = first[:m.end()]
        if dump_words(head) < _HEADLINE_WORDS:
            break
        at = text.find(head, len(first))
        while at >= 0:
            end = at + len(head)
            if text[end:end + _JOINT_CHARS] != first[m.end():m.end() + _JOINT_CHARS] and (
                    _headline_at(text, head, at) == at or _dated_after(text, at, end)):
                return head
            at = text.find(head, at + 1)
    return None


def _finds(text: str, part: str) -> Iterator[int]:
    """Where a part stands in a text, each place in turn."""
    at = text.find(part)
    while at >= 0:
        yield at
        at = text.find(part, at + 1)


def _dated_after(text: str, at: int, end: int) -> bool:
    """Whether a headline's printing at text[at:end] stands at a word's start and a date
    glued to its end follows it ("... Großstädten an05.06.2025, 14:32 Uhr")."""
    if at and text[at - 1].isalnum() and not (text[at - 1].islower() and text[at].isupper()):
        return False
    return text[end:end + 1].isdigit() and any(f.start == 0 for f in find_dates(text[end:end + _DATE_REACH], merged()))


# a lower-case letter or a sentence's closing mark, then a capital with no space between
_CASE_JOINT = _lazy(r"[a-zß-öø-ÿ.!?)\"”’»](?=[A-ZÀ-ÖØ-Þ])")
_JOINT_CHARS = 1  # (the letter after a joint: "B" of "eBay", "A" of "ArenA", glued on either side)


def _first_line(text: str) -> str:
    """The first line with text, its spaces collapsed ("" if none)."""
    for line in text.split("\n"):
        line = " ".join(line.split())
        if line:
            return line
    return ""


_WORD_ENDS = 0.6  # this share of a wrapped dump's full lines at least stops at a word


def _wrapped(lines: List[str]) -> bool:
    """Lines wrapped at a width: several reach it, and the lines after them go on in lower
    case (a browser copy's long lines are followed by new paragraphs)."""

    stripped = [x.rstrip() for x in lines]
    width = wrap_width(stripped, stripped=True)
    if width is None:
        return False
    full = cased = lower = open_end = over = fits = 0
    for line, nxt in zip(stripped, stripped[1:], strict=False):
        over += len(line) > width
        word = nxt.split()[0] if nxt.strip() else ""
        # (a line going on below in lower case or at a stop, though the next word would have fit
        # on it: no terminal wraps so, BeautifulSoup's lines cut at a link do: "auf der" / "B96" /
        # "bei Neubrandenburg ...")
        fits += bool(line.strip() and word) and (word[0].islower() or word[0] in ".,;:") \
            and len(line) + 1 + len(word) <= width
        if width - 12 <= len(line) <= width and nxt.strip():
            full += 1
            first = nxt.lstrip()[0]
            if first.lower() != first.upper():
                cased += 1
                lower += first.islower()
            open_end += line[-1:].isalpha()
    if full >= 3 and not cased:
        return True  # a script without case (Arabic, Chinese): the width alone tells
    # (or most full lines stop at a word, no stop or comma after it, the line under them going on,
    # and no line is wider: a language that writes its nouns in capitals, German, opens many a
    # wrapped line so; BeautifulSoup's lines cut at a link stop at a word too, among paragraphs
    # wider than any terminal)
    return cased >= 3 and (lower >= cased * 0.4 or not over and fits < 2 and open_end >= max(3, full * _WORD_ENDS))


def normalise_dump(text: str, style: Optional[str] = None) -> Tuple[str, Dict[str, int]]:
    """The dump rewritten in terminal-browser shape, and its Markdown headings (line text ->
    level) for the blocks segmentation makes of them. Terminal dumps, browser copies and plain
    paragraphs come back as they are."""
    style = style or dump_style(text)
    if style == MARKDOWN:
        return from_markdown(text)
    if style == TERMINAL:
        return text, {}
    if style == SOUP_SPACED:
        return _unspace(text, document_title(text, style)), {}
    # (text nodes glued together are found in every get_text() dump, more or fewer; a browser
    # copy and plain paragraphs have no cut sentences to join, and their labels alone on a
    # line and their menus are read the same way)
    # (get_text() of pretty-printed HTML keeps the source's line breaks and reads as one node
    # a line, but glues what stood without a break: both BeautifulSoup styles are unglued)
    glued = style in (SOUP_GLUED, SOUP_LINES, SOUP_PRETTY)
    lines = unglue(text, glued).split("\n")
    headline = _headline("\n".join(lines), document_title(text, style))
    if headline:
        lines = _part_headline(lines, headline)
    if style == BROWSER_COPY:
        lines = _join_cut_links(lines)
    # (only plain paragraphs may be a terminal's output whose width went unmeasured: a
    # BeautifulSoup dump or a browser's copy has no wrapped lines to join)
    wrap = _wide_wrap_width(lines) if style == PLAIN else None
    return from_fragments(lines, style in (SOUP_LINES, SOUP_PRETTY), headline, wrap), {}


def _wide_wrap_width(lines: List[str]) -> Optional[int]:
    """The width in columns a dump's lines of wide characters were wrapped at, if they were:
    its widest line is _WIDE_WRAP_COLUMNS to _WIDE_WRAP_MOST wide, and no line is wider (a
    dump of unwrapped paragraphs, as BeautifulSoup prints them, has lines wider than any
    terminal). Only a line as wide as that, within a column, was wrapped: a headline or a
    caption of fewer characters stands alone."""
    widths = [_width(line.strip()) for line in lines if line.strip() and not line.isascii()]
    widest = max((len(line.strip()) for line in lines if line.isascii()), default=0)
    if not widths or max(widest, max(widths)) > _WIDE_WRAP_MOST:
        return None
    widest = max(widths)
    return widest if widest >= _WIDE_WRAP_COLUMNS else None


# a link's text inside a sentence, alone on its line: at most this many words
_LINK_WORDS = 5


def _join_cut_links(lines: List[str]) -> List[str]:
    """A sentence cut at a link, three lines with no blank line between ("Pesona kecantikan
    yang dimiliki" / "Dian Sastrowardoyo" / "memang sudah tak diragukan lagi."), as one line:
    get_text("\\n", strip=True) puts every text node on a line of its own and strips the
    spaces that told an inline element from a block. The first line stops at a word in lower
    case, the link is a few words without a sentence's end, the third line goes on in lower case
    (a browser's copy never stops a block so, nor opens one in lower case)."""
    out: List[str] = []
    i, n = 0, len(lines)
    while i < n:
        a = raw = lines[i].strip()
        # (not after a letter alone, a drop cap's or the article's, "A" / "study" / "published
        # last year ...": which it is, the joiner's drop-cap rule guesses)
        j = _sentence_run(lines, i) if a and not _closes(a) and (
            not i or not _letter_alone(lines[i - 1])) else i
        if j > i + 1:
            run = a
            for k in range(i + 1, j):
                piece = lines[k].strip()
                run += piece if piece[0] in ",.;:!?)]" or (piece[0] in "\"”»’“" and piece[1:2] == " ") \
                    else " " + piece
            out.append(run)
            i = j
            continue
        # (a joined line may stop at a lower-case word again, cut at the next link: it goes on)
        while i + 1 < n and a and a[-1].isalnum() and a.count(" ") >= 3:
            b = lines[i + 1].strip()
            if _goes_on(a, b):
                a = f"{a} {b}"  # "mehr Niederschlag" / "als im Mittel. Ein Drittel ..."
                i += 1
                continue
            if i + 2 >= n or not (a[-1].isalpha() and (a[a.rfind(" ") + 1].islower() or _prose_piece(a))):
                break
            c = lines[i + 2].strip()
            # (the link is a word at least, no drop cap, "O" / "man’s dream"; the sentence goes
            # on for some words, no widget's word, "Amanda Hällsten" / "chevron-right")
            # (a link may close the sentence: "gegen" / "Chelsea" / "gewonnen" / ". Nur ein Sieg")
            if not (len(b) > 1 and b.count(" ") < _LINK_WORDS and len(b) <= 60 and b[-1] not in ".:!?"
                    and b[0].isalnum() and (
                        (c[:1].islower() and c.count(" ") >= 2) or _stop_opens(c)
                        or (c[:1].islower() and c.count(" ") < 2 and c[-1:].isalnum() and i + 3 < n
                            and _stop_opens(lines[i + 3].strip())))):
                break
            a = f"{a} {b} {c}" if c[:1].isalnum() else f"{a} {b}{c}"
            i += 2
        if a is raw and i + 1 < n and _link_opens(a, lines[i + 1].strip()):
            out.append(f"{a} {lines[i + 1].strip()}")
            i += 2
            continue
        if a is raw and i + 2 < n and _opens_with_links(a, lines[i + 1].strip(), lines[i + 2].strip()):
            out.append(f"{a} {lines[i + 1].strip()} {lines[i + 2].strip()}")
            i += 3
            continue
        out.append(lines[i] if a is raw else a)
        i += 1
    return out


# a sentence cut at its links and emphases spans this many lines at most
_RUN_LINES = 12


def _piece_goes_on(s: str) -> bool:
    """A line that goes on a sentence cut before it: it opens in lower case, with the
    sentence's own punctuation ("gewonnen" / ". Nur ein Sieg") or with a closing quotation
    mark and a space ('"' / '" ile ...')."""
    return s[:1].islower() and not s.startswith(("http", "www")) and not _domain_dateline(s) or \
        (s[:1] in ",.;:!?)]" and not s.startswith("..")) or (s[:1] in "\"”»’“" and s[1:2] == " ")


def _domain_dateline(s: str) -> bool:
    """A line that opens with an outlet's domain in lower case, then a comma or a dash
    ("jpnn.com, JAKARTA - ...", "kumparan.com - ..."): a dateline opening a paragraph, not
    words going on the line before (a caption closed by its credit's parenthesis)."""
    m = _DOMAIN_OPENING.match(s)
    return m is not None and domain_rx().search(m.group(1)) is not None


_DOMAIN_OPENING = _lazy(r"([a-z][\w.\-]*\.[a-z]{2,4})\s*[,\-–—]")


def _letter_alone(s: str) -> bool:
    """A line that holds one letter: a drop cap, or the article "A" cut off by a link."""
    s = s.strip()
    return len(s) == 1 and s.isalpha()


def _closes(s: str) -> bool:
    """A line that ends a sentence: a stop, or a stop and a closing quotation mark."""
    return s[-1] in ".!?" or (s[-1] in "\"”»’" and len(s) > 1 and s[-2] in ".!?")


def _short_link(s: str, after: str) -> bool:
    """A line that may be a link's text inside a sentence, before the line `after`: up to
    _LINK_WORDS words, no stop (a letter alone is a drop cap, "O" / "man’s dream", unless
    punctuation follows it: "på" / "X" / ".")."""
    return 0 < len(s) <= 60 and s.count(" ") < _LINK_WORDS and s[-1] not in ".!?:" and \
        (len(s) > 1 or not after[:1].isalpha())


def _sentence_opener(s: str) -> bool:
    """A capitalised function word alone ("Der", "Für", "The"): a sentence's first word, cut
    off by the link after it, not a link inside a sentence."""
    return " " not in s and s[:1].isupper() and s.casefold() in _function_words()


def _sentence_run(lines: List[str], i: int) -> int:
    """The end (exclusive) of a sentence cut into pieces at every link and emphasis from line
    i on, or i: each next piece opens in lower case or with punctuation, or is a short link
    (up to _LINK_WORDS words, no stop) followed by such a piece ("Der" / "FC Liverpool" / "hat
    in der" / "Premier League" / ...). The run must close a sentence, its last piece ending
    with a stop or holding one, and be six words at least (nine, of two pieces): a menu's links
    and a teaser's byline ("von Alana Friedrichs") close none. (A run that ends at a link
    after "von", "in der" / "2. Bundesliga" / "von" / "Fortuna Düsseldorfs", is left cut: a
    headline's kicker and byline, "verpufft" / "capital" / "von" / "Jemima Kelly", look the
    same.)"""
    n = len(lines)
    if i + 1 >= n or len(lines[i].strip()) < 2:
        return i  # (a drop cap, "O" / "man’s dream", is joined without a space, elsewhere)
    j = i
    words = 0
    closed = False  # (a piece held a sentence's end: the run may stop after any piece)
    while j < n and j - i <= _RUN_LINES:
        s = lines[j].strip()
        if not s:
            break
        words += s.count(" ") + 1
        if j > i and _closes(s):
            # (two pieces are a sentence's length, nine words, as in _link_opens: "Chelsea" /
            # "have delivered a message of intent." may be a menu's link and a teaser)
            return j + 1 if words >= (6 if j > i + 1 else 9) else i
        closed = closed or (j > i and _SENTENCE_INSIDE.search(s) is not None)
        nxt = lines[j + 1].strip() if j + 1 < n else ""
        if _piece_goes_on(nxt) or (
                # a short link inside the sentence, then a piece going on ("gegen" / "Chelsea" /
                # "gewonnen"); at the start, after a sentence's first words in lower case or
                # its first word, a function word ("Der" / "FC Liverpool" / "hat in der"; not
                # "2 minutes ago" / "Chelsea" / "have ...", a label, "Article content" /
                # "Canada’s" / "jobless rate fell ...", nor a photo's credit, "Strava" /
                # "Strava" / "on Thursday announced ...")
                j + 2 < n and _short_link(nxt, lines[j + 2].strip()) and _piece_goes_on(lines[j + 2].strip())
                and not _sentence_opener(nxt) and (
                    j > i or _sentence_opener(s) or (
                        s[s.rfind(" ") + 1].islower() and _prose_piece(s) and (
                            lines[j + 2].strip()[:1].isalpha() or _named_by_link(s, lines[j + 2].strip()))))):
            j += 1
            continue
        return j + 1 if closed and words >= (6 if j > i + 1 else 9) else i
    return i


# a sentence's stop alone on its line, a text node of its own after a link that closed the
# sentence ('"...," kata' / "Darsono" / ".": a speaker's name linked to its tag page)
_STOP_PIECES = (".", "!", "?")


def _named_by_link(s: str, after: str) -> bool:
    """s stops at a speech verb ('"...," kata'), and the piece after the link is the stop
    alone: the link was the speaker's name, linked to its tag page, and closed the sentence
    ('"...," kata' / "Darsono" / "."). Not any word before a link and a stop: a closing pitch,
    "insights on the" / "Exam Results 2026" / ".", stays apart."""
    return after in _STOP_PIECES and s[s.rfind(" ") + 1:].casefold() in merged().cue_after


def _prose_piece(a: str) -> bool:
    """A line that reads as part of a sentence, not a menu's run of links: four words or more,
    two at least in lower case, and a capital, a digit or a comma somewhere (a menu printed in
    lower case, "politik deutschland europa", has none)."""
    words = a.split()
    return len(words) >= 4 and sum(w[0].islower() for w in words) >= 2 and \
        any(ch.isupper() or ch.isdigit() or ch == "," for ch in a)


def _goes_on(a: str, b: str) -> bool:
    """b goes on the sentence a left open, cut where a link or an emphasis ended: a reads as
    prose and stops at a letter or a digit, b opens in lower case and is prose too, three words
    at least with one more in lower case after its first ("Niederschlag" / "als im Mittel.
    Ein ..."; German nouns are capitalised, so a's last word may be). A teaser's byline, "von
    Alana Friedrichs", "von Duy Linh Dinh", and a button's words, "mehr anzeigen", stay apart."""
    if not b[:1].islower() or b.startswith(("http", "www")) or not _prose_piece(a):
        return False
    if _domain_dateline(b):
        return False
    words = b.split()
    return len(words) >= 3 and any(w[0].islower() for w in words[1:]) and \
        any(ch.isupper() or ch.isdigit() or ch in ".,;!?" for ch in b)


def _stop_opens(c: str) -> bool:
    """A line that opens with a sentence's own punctuation and goes on (". Nur ein Sieg aus",
    ", sagte er")."""
    return c[:1] in ",.;:!?" and c[1:2] == " " and c.count(" ") >= 2 and not c.startswith("..")


def _link_opens(b: str, c: str) -> bool:
    """A sentence that opens with a link ("Chelsea" / "have delivered a message of intent and
    roared ..."): a name of one to three capitalised words, then a line going on in lower case
    for eight words or more (a menu's links in lower case are fewer). The link may be a phrase
    that opens the sentence with a capital, "Ein neuer Chip" / "in 3-Nanometer-Fertigung soll
    ...", "Article 5" / "is one of Nato's core principles", when the line going on ends a
    sentence inside it or at its end (a headline above a paragraph is followed by a capital)."""
    if not (1 < len(b) <= 40 and b[0].isupper() and b[-1].isalnum() and c[:1].islower()
            and c.count(" ") >= 7 and any(ch.isupper() or ch in ".,;!?" for ch in c)):
        return False  # (a menu printed in lower case, "politik deutschland europa ...", stays apart)
    if b.count(" ") < 3 and all(w[:1].isupper() for w in b.split()):
        return True
    return b.count(" ") < _LINK_WORDS and (c[-1] in ".!?" or _SENTENCE_INSIDE.search(c) is not None)


def _opens_with_links(a: str, b: str, c: str) -> bool:
    """A sentence that opens with two links, or a link and an emphasis, one after the other
    ("Nato's" / "primary purpose" / "was to block expansion ..."): two short pieces, the first
    capitalised, the second in lower case, then the sentence going on as in _link_opens."""
    return 1 < len(a) <= 40 and a.count(" ") < 3 and a[0].isupper() and a[-1].isalnum() and \
        1 < len(b) <= 40 and b[:1].islower() and b.count(" ") < 3 and b[-1].isalnum() and \
        c[:1].islower() and c.count(" ") >= 7 and (c[-1] in ".!?" or _SENTENCE_INSIDE.search(c) is not None)


# a headline in a page's <title> is this many words at least (a shorter part is the site's name)
_HEADLINE_WORDS = 4
_TITLE_PARTS = _lazy(r"\s+[|–—-]\s+")
# the site's name glued to a <title>'s last word: a word in lower case (three letters at least)
# and a capitalised one with no space after it up to the title's end
_GLUED_SITE = _lazy(r"\s[a-zß-öø-ÿ]{3,}(?=[A-Z][a-z]\S*$)")


def _headline(text: str, title: Optional[str]) -> Optional[str]:
    """The headline in the page's <title> ("Headline | Site", "Headline – Site – Date") as the
    page prints it after the title's own line: the longest run of the title's first parts that
    opens a line, or else that stands inside one as words of its own (then not the whole
    title, which a share button prints again), when that is a headline's length."""
    if not title:
        return None
    cuts = [m.start() for m in _TITLE_PARTS.finditer(title)]
    glued = _GLUED_SITE.search(title)
    if glued:  # (the site's name glued to the title's last word: "... nichtMotorsport-Magazin.com")
        cuts.append(glued.end())
    first = text.find(title)
    after = first + len(title) if first >= 0 else text.find("\n", len(text) - len(text.lstrip()))
    heads = [title[:cut] for cut in reversed(cuts + [len(title)])]
    heads = [h for h in heads if dump_words(h) >= _HEADLINE_WORDS]
    for head in heads:
        at = _headline_at(text, head, max(after, 0))
        while at >= 0:
            if not text[text.rfind("\n", 0, at) + 1:at].strip():
                return head
            at = _headline_at(text, head, at + 1)
    for head in heads:
        if (head != title or not cuts) and (_headline_at(text, head, max(after, 0)) >= 0 or any(
                _dated_after(text, i, i + len(head)) for i in _finds(text, head) if i >= after)):
            return head
    return None


def _headline_at(line: str, headline: str, start: int = 0) -> int:
    """Where the headline stands in a line as words of its own, or -1: no letter or digit
    at either end goes on a word of it, but one glued at a joint of cases may stand there
    ("NewsFour suspects ...", "... probeTurkey's")."""
    at = line.find(headline, start)
    while at >= 0:
        end = at + len(headline)
        before = line[at - 1] if at else " "
        after = line[end] if end < len(line) else " "
        if not (before.isalnum() and headline[0].isalnum()) or (before.islower() and headline[0].isupper()):
            if not (after.isalnum() and headline[-1].isalnum()) or (headline[-1].islower() and after.isupper()):
                return at
        at = line.find(headline, at + 1)
    return -1


def _part_headline(lines: List[str], headline: str) -> List[str]:
    """The headline printed on the line of what stands before or after it ("Headline von APA
    Donnerstag ...", "Türkiye Haberleri\"Pos tefeciliği\" ...", "... sister’WARNING GRAPHIC
    DETAIL: ..."): it stands on a line of its own, as a terminal browser prints an <h1>.
    (Not in the dump's first line, the <title> itself.)"""
    out: List[str] = []
    seen = False
    for line in lines:
        s = line.strip()
        at = -1
        if seen and len(s) > len(headline) + 1:
            at = _headline_at(line, headline)
            if at < 0:
                # (a get_text() dump glues the date line's node to the headline's: "...
                # Großstädten an05.06.2025, 14:32 Uhr")
                at = next((i for i in _finds(line, headline) if _dated_after(line, i, i + len(headline))), -1)
        seen = seen or bool(s)
        if at < 0:
            out.append(line)
            continue
        end = at + len(headline)
        out.extend(x for x in (line[:at].rstrip(), line[at:end], line[end:]) if x.strip())
    return out


# ---------------------------------------------------------------------------------------------
# BeautifulSoup dumps

# (a closing bracket ends a caption's credit, "(ANTARA FOTO/X)", or an editor's code, "(mea)")
_TERMINAL_PUNCT = (".", "!", "?", "\"", "”", "'", "’", ":", "»", ")", "]", "。", "！", "？", "」", "』")
# a line that only separates ("|", "·", "/", "-"): menus print them between their links
_SEPARATOR = _lazy(r"^[|·•/\\\-–—,;:>»«]+$")
# a label waiting for its value: "Pewarta:", "Editor :", "Penulis :" (one to three words)
_LABEL = _lazy(r"^[^\W\d][\w.]*(?: [^\W\d][\w.]*){0,2} ?:$")
# a line that continues the one before: it opens in lower case, with a digit or punctuation
# that cannot open a sentence
_DASHES = ("- ", "– ", "— ")
_LABELLED = _lazy(r"^[^\W\d][\w.]*(?: [^\W\d][\w.]*){0,2} ?: ?\S")
_QUOTES = "\"“”'‘’«»"
_POSSESSIVES = ("'s ", "’s ", "‘s ")
_OPEN_ENDS = (",", "(", "-", "–", "/", "&")
_SENTENCE_INSIDE = _lazy(r"[a-z]{2}[.!?][\"”]? [A-Z]")
# a sentence's end before more of the text in Chinese or Japanese ("。" with no space after
# it), or in Korean (a syllable, the stop, a space)
_WIDE_SENTENCE_INSIDE = _lazy(r"[。！？][」』”）]?[^\s」』”）]|[\uac00-\ud7a3][.!?][\"”’]? \S")
_WIDE_STOP = _lazy(r"[。！？]|[\uac00-\ud7a3][.!?]")
_CONTINUES = _lazy(r"^(?:[a-z0-9%]|[,.;:!?)\]}]|[-–—] )")


def unglue(text: str, glued: bool = True) -> str:
    """get_text() without a separator: break lines where text nodes were glued together.

    glued: the dump is BeautifulSoup's, which may glue text nodes (a paragraph may then be
    glued to the furniture before it); a browser's copy and plain paragraphs do not."""
    out = []
    # (each split whose pattern opens with a look behind, tried at every character of every
    # line, is run only on a line where its hint stands: the characters on either side of a
    # match, which the search skips ahead to; a line with no hint holds no match)
    sentence, sentence_hint = (_glued_sentence_rx(), _glued_sentence_hint()) if glued else \
        (_GLUED_SENTENCE, _GLUED_SENTENCE_HINT)
    for line in text.split("\n"):
        if len(line) > 3:
            if sentence_hint.search(line):
                line = sentence.sub(_sentence_break, line)
            if len(line) > 20:
                m = _glued_heading_rx().match(line)
                if m:  # the list's items, glued to each other, come apart too
                    line = line[:m.end()] + "\n" + _part_items(line[m.end():])
                elif glued and len(line) > 60 and _inner_heading_hint().search(line):
                    line = _inner_heading_rx().sub("\n\\1\n", line)
            if line.endswith(")"):
                line = _GLUED_CODE.sub("\n", line)
            if "(@" in line:
                line = _POST_SIGNATURE.sub("\n", line)
            if _GLUED_CAPS_HINT.search(line):
                line = _GLUED_CAPS.sub("\n", line)
            if glued:
                line = split_glued_dates(line)
                line = _split_glued_byline(line)
                line = _split_glued_name(line)
            if ":" in line:
                line = _GLUED_LABEL.sub(" ", line)
            if len(line) > 300 and "  " in line:  # "tersebut.   Dokter": a <br> or a </p> <p>
                line = _SPACED_SENTENCE.sub("\n\n", line)
                if glued:
                    line = "\n".join(_part_spaced_items(x) for x in line.split("\n"))
            if "" != line.lower() != line:
                line = _split_glued_words(line)
                if glued and len(line) > 60:
                    line = "\n".join(_split_glued_lead(_part_glued_list(x)) for x in line.split("\n"))
                    line = "\n".join(_split_glued_tail(_split_after_date(x)) for x in line.split("\n"))
                if glued and _CAPS_END.search(line):
                    line = _NAME_CAPS.sub(lambda m: m.group(0) + "\n", line)
        out.append(line)
    return "\n".join(out)


@lru_cache(maxsize=None)
def _glued_byline_rxs() -> Tuple["re.Pattern[str]", "re.Pattern[str]", "re.Pattern[str]", "re.Pattern[str]"]:
    """A byline's label glued to the text before it ("...both Friday and SaturdayBy Matthew
    Cappucci"), and an age glued to the name before it and the text after it ("Nizaar
    Kinsella2 minutes agoChelsea have ..."): where a line breaks. Each with its hint, the
    words a match stands before, searched first: a pattern that opens with a look behind is
    tried at every character of every line, one that opens with words skips to where one of
    their letters stands (a BeautifulSoup dump's lines are many, and few hold a byline)."""
    labels = sorted({label for code in available() for label in get_profile(code).bare_labels
                     if label[:1].isalpha() and " " not in label and len(label) > 1},
                    key=longest_first)
    label = "|".join(re.escape(x[0].upper() + x[1:]) for x in labels)
    ages = age_forms(_AGE_NUMBER, r"\s+", numbered=True)
    age = "|".join(ages)
    # (the label's split only for a name glued to what follows it too, "Matthew CappucciApril
    # 26": a byline the dump glued on both sides; "foundBy Dolores Chang For Dailymail.Com"
    # is read as it stands)
    labelled = r"(?:" + label + r")\s+[A-Z][^\W\d_]+\s+[A-Z][a-z]+[A-Z\d]"
    # (every age holds one number: its hint is the number's last digit and the words after
    # it, which a match of the age holds, and the search skips from digit to digit)
    after_number = sorted({form.split(_AGE_NUMBER, 1)[1] for form in ages}, key=longest_first)
    return (rx(r"(?<=[a-z][a-z])(?=" + labelled + r")"), rx(labelled),
            rx(r"(?<![\d])((?<=[^\W\d_]{2})|(?<![^\W\d_]))(" + age + r")(?=[A-Z])"),
            rx(r"\d(?:" + "|".join(after_number) + r")(?=[A-Z])"))


_AGE_NUMBER = r"\d{1,2}"  # (an age's number, as age_forms writes it in each form)


def _split_glued_byline(line: str) -> str:
    """A byline glued into its neighbours, on lines of its own (see _glued_byline_rxs)."""
    label, label_hint, age, age_hint = _glued_byline_rxs()
    # (a split needs its hint's words where it stands: a line that holds none has none)
    if label_hint.search(line):
        line = label.sub("\n", line)
    if any(map(str.isdigit, line)) and age_hint.search(line):
        # (the age on a line of its own when the text after it is glued on, and the name
        # before it too: "Kinsella2 minutes agoChelsea")
        line = age.sub(lambda m: ("\n" if m.start() and line[m.start() - 1].isalpha() else "")
                       + m.group(2) + "\n", line)
    return line


@lru_cache(maxsize=None)
def _glued_sentence_rx() -> "re.Pattern[str]":
    """_GLUED_SENTENCE, the next sentence opening with any Latin, Greek or Cyrillic capital and
    letter in lower case ("journalister.Søskenbarna", "gesagt.Über", "dedi.İstanbul"): for
    BeautifulSoup's dumps, whose sentences are glued at every tag."""
    chars = [chr(c) for c in range(0x41, 0x530)]
    lo = re.escape("".join(c for c in chars if c.islower()))
    opens = f"(?={_capitals_class()}[{lo}])"
    return rx(_GLUED_SENTENCE.pattern.replace("(?=[A-Z][a-z])", opens))


@lru_cache(maxsize=None)
def _glued_sentence_hint() -> "re.Pattern[str]":
    """_GLUED_SENTENCE_HINT for _glued_sentence_rx: its capitals (A to Z among them)."""
    return rx(_GLUED_SENTENCE_HINT.pattern.replace("[A-Z]", _capitals_class()))


@lru_cache(maxsize=None)
def _capitals_class() -> str:
    """The Latin, Greek and Cyrillic capitals as a pattern's class (_glued_sentence_rx's)."""
    chars = [chr(c) for c in range(0x41, 0x530)]
    return "[" + re.escape("".join(c for c in chars if c.isupper())) + "]"


@lru_cache(maxsize=None)
def _glued_name_rxs() -> Dict[str, "re.Pattern[str]"]:
    """Where a byline box's text nodes were glued to each other or to the text around them:
    a label in lower case glued to the name after it ("Kommentar vonNicole Opitz"); a
    labelled byline ("Author of the article:") or a weekday opening a date ("Per-Erik
    Ofstadmandag 5. august") glued to the end of a word; a name glued to the standfirst
    before it and to its age after it ("... interviewDylan Jones5 hours ago"); a name before
    the date it was published, the connective capitalised ("Author of the article: James
    Nevison Published Jun 04, 2026 ...", "avtaletLeo Pettersson Publicerad 22:31").
    (Each with a hint, a pattern that opens with its words and is searched first: a pattern
    that opens with a look behind is tried at every character of every line.)"""
    bare = sorted({x for code in available() for x in get_profile(code).bare_labels
                   if x.isalpha() and x.islower()}, key=longest_first)
    # (an editor's label and a source's too: "Reporter : XEditor : Y" of a box's two lines,
    # "Reporter: XSumber: Merdeka.com" closing a syndicated text)
    labels = "|".join(re.escape(x[0].upper() + x[1:]) for x in sorted(
        {x for code in available() for x in (*get_profile(code).author_labels, *get_profile(code).editor_labels,
                                             *(c.rstrip(" :") for c in get_profile(code).credit_phrases))
         if x[:1].isalpha() and len(x) > 2},
        key=longest_first))
    # (a day's name in lower case, "Ofstadmandag 5. august", or capitalised before its comma,
    # "Ahmad Rizal FauziJumat, 27 Mei 2022": Indonesian pages print the day so)
    low_days = sorted({d for code in available() for d in get_profile(code).days
                       if d.isalpha() and d.islower() and len(d) > 3}, key=longest_first)
    days = "(?:" + "|".join(map(re.escape, low_days)) + r")\s+\d|(?:" + "|".join(
        re.escape(d.capitalize()) for d in low_days) + r"),\s+\d"
    ages = age_forms(r"\d{1,2}", r"\s+", numbered=True)
    name = r"[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){1,2}"
    connectives = sorted({w for code in available() for w in get_profile(code).date_connectives
                          if w.isalpha() and len(w) > 4}, key=longest_first)
    dated = "|".join(re.escape(w[0].upper() + w[1:]) for w in connectives)
    # (the name after a label, a colon or the word it is glued to: not after any words,
    # "Email China Published ...", a share button and a section)
    after_label = "|".join(f"(?<={re.escape(x[0].upper() + x[1:])} )" for x in bare if len(x) > 1)
    return {
        "bare": rx(r"(?:" + "|".join(map(re.escape, bare)) + r")(?=[A-Z][a-z]+ [A-Z][a-z])"),
        # (the label after a word, after a time's zone, "06:30 WIBPenulis: X", or after an
        # editor's code closing the text, "petugas.(H-4)Reporter: X"; a space before its colon
        # or none)
        "label hint": rx(r"(?:" + labels + r") ?:\s*[A-Z]"),
        "label": rx(r"(?:(?<=[a-z]{2}|[A-Z]{2})|(?<=[)\]]))(?=(?:" + labels + r") ?:\s*[A-Z])"),
        "day hint": rx(r"(?:" + days + r")"),
        # (after a word, or after an initial's dot, "M. Rizki A.Kamis, 05/11/2015")
        "day": rx(r"(?:(?<=[^\W\d_]{3})|(?<=\b[A-Z]\.))(?=(?:" + days + r"))"),
        "aged": rx(r"(?<=[a-z]{2})(" + name + r")(?=(?:" + "|".join(ages) + r")$)"),
        "dated hint": rx(r"(?:" + dated + r")\s[^\n\d]{0,12}\d"),
        "dated": rx(r"(?:(?<=[a-z]{2})|(?<=:\s)|" + after_label + r")(" + name + r") (?=(?:" + dated
                            + r")\s[^\n\d]{0,12}\d)"),
    }


@lru_cache(maxsize=None)
def _zone_glued_rx() -> "re.Pattern[str]":
    """A time and its zone in capitals glued to a capitalised word after it ("14:56 WIBOleh
    Ibrahim Hasan", "06:30 WIBPenulis: X"): the date's node and the credit's."""
    zones = sorted((z.upper() for z in merged_zones() if len(z) > 1 and z.isalpha()), key=longest_first)
    return rx(r"(\d[:.]\d\d\s?(?:" + "|".join(zones) + r"))(?=[A-Z][a-z])")


def _split_glued_name(line: str) -> str:
    """A byline box's name, label, date and age glued together or to the text around them,
    parted (see _glued_name_rxs): a space after a glued label, a line break elsewhere."""
    rx = _glued_name_rxs()
    if _LOWER_UPPER.search(line):  # (a label glued on either side: "vonNicole", "wildfireAuthor")
        line = rx["bare"].sub(_bare_label, line)
    if ":" in line and rx["label hint"].search(line):
        line = rx["label"].sub("\n", line)
    digit = _DIGIT.search(line)
    if digit is None:
        return line
    line = _zone_glued_rx().sub("\\1\n", line)
    if digit.start() < _DAY_SPAN and rx["day hint"].search(line, 0, _DAY_SPAN):
        line = rx["day"].sub("\n", line, 1)
    if _DIGIT.search(line, len(line) - 40):
        line = rx["aged"].sub(lambda m: "\n" + m.group(1) + "\n", line)
    if rx["dated hint"].search(line):
        line = rx["dated"].sub(_name_before_date, line)
    return line


# a weekday glued to the word before it is sought this far into a line (a byline box's
# name and date open the piece of a line that the sentence before them was parted from)
_DAY_SPAN = 200
# a name on a line of its own glued to a short word in capitals after it, an outlet's or an
# agency's ("Jane PorterBBC", "Ola NordmannNTB")
_CAPS_END = _lazy(r"[a-z][A-Z]{2,4}$", re.M)
_NAME_CAPS = _lazy(r"(?m)^(?:• )?[A-Z][^\W\d_]*[a-z](?:[ -][A-Z][^\W\d_]*[a-z]){1,2}(?=[A-Z]{2,4}$)")
_LOWER_UPPER = _lazy(r"[a-z][A-Z]")


def _bare_label(m: "re.Match[str]") -> str:
    """A label glued to the name after it takes its space back, when it is a word of its own
    (not the end of a longer word)."""
    i = m.start()
    return m.group(0) + (" " if i == 0 or not m.string[i - 1].isalpha() else "")


def _name_before_date(m: "re.Match[str]") -> str:
    """The name on a line of its own before its date's connective, and after the word it is
    glued to."""
    glued = m.start() > 0 and m.string[m.start() - 1].isalpha()
    return ("\n" if glued else "") + m.group(1) + "\n"


@lru_cache(maxsize=None)
def _glued_heading_rx() -> "re.Pattern[str]":
    """A list's heading glued to its first item at a line's start ("Jangan Lewatkan'HEART
    BEAT' ...", "Related NewsTelkomsel ..."): every language's related and list headings."""
    heads = sorted({h.rstrip(":").strip() for code in available() for p in [get_profile(code)]
                    for h in p.related_headings + p.list_headings if len(h) >= 5}, key=longest_first)
    alts = "|".join(re.escape(h) for h in heads)
    return rx(r"^(?:" + alts + r")(?-i:(?=[A-Z0-9\"'“‘«]))", re.I)


# items spaced apart in a line: a gap of two spaces or more inside it, this many at least
_SPACED_ITEMS = 3
_ITEM_GAP = _lazy(r"(?<=\S) {2,}(?=\S)")


def _part_spaced_items(line: str) -> str:
    """A list's items run into one line with the spaces between their elements ("... Miliar
    di 2020  14 Des 2015 16:11Adopsi 4G LTE ... di 2021  16 Jun 2015 ..."): one item a line,
    when the gaps are several and close together, as a list's are."""
    if len(line) < 200:
        return line
    gaps = _ITEM_GAP.findall(line)
    if len(gaps) < _SPACED_ITEMS or len(gaps) * _LIST_JOINT_SPAN < len(line):
        return line
    return _ITEM_GAP.sub(_item_gap, line)


def _item_gap(m: "re.Match[str]") -> str:
    """A line break for a gap between items; a space for one after a function word, which no
    item ends with ("in der  2. Bundesliga von  Fortuna": a link's text inside a sentence)."""
    before = m.string[m.string.rfind(" ", 0, m.start()) + 1:m.start()]
    return " " if before.casefold() in _function_words() else "\n"


@lru_cache(maxsize=None)
def _inner_heading_rx() -> "re.Pattern[str]":
    """A list's or a comment section's heading inside a line, capitalised, after a word in
    lower case and before a capital or a digit ("... disini Related News 30 Des 2015", "...
    Digital 0 Comments Sign in"): the heading of what follows, glued after the text before."""
    heads = sorted({h.rstrip(":").strip() for code in available() for p in [get_profile(code)]
                    for h in p.related_headings + p.list_headings if " " in h.strip() and len(h) >= 8},
                   key=longest_first)
    alts = "|".join(re.escape(h) for h in heads)
    words = "|".join(sorted({w for code in available() for w in get_profile(code).comment_words},
                            key=longest_first))
    return rx(r"(?<=[a-z] )((?=[A-Z])(?i:" + alts + r")|\d+ (?=[A-Z])(?i:" + words + r"))(?= [A-Z0-9])")


_INNER_HEADING_BEFORE = "(?<=[a-z] )"


@lru_cache(maxsize=None)
def _inner_heading_hint() -> "re.Pattern[str]":
    """_inner_heading_rx with the word's letter and the space before the heading taken, not
    looked behind at: a pattern that opens with letters lets the search skip to them, and a
    line it finds nothing in holds no heading _inner_heading_rx would part."""
    pattern = _inner_heading_rx().pattern
    assert pattern.startswith(_INNER_HEADING_BEFORE)
    return rx("[a-z] " + pattern[len(_INNER_HEADING_BEFORE):])


def _part_items(s: str) -> str:
    """A list's items glued together ("...Cinta Segitiga'HEART BEAT' Bukan ...Pilihan HatiBeri
    Pujian"): a line break at every letter in lower case followed, with no space, by a
    capital or by a quotation mark and a capital."""
    out = []
    prev = " "
    for i, ch in enumerate(s):
        if prev.islower() and (ch.isupper() or (ch in _QUOTES and s[i + 1:i + 2].isupper())):
            out.append("\n")
        out.append(ch)
        prev = ch
    return "".join(out)


# a line with this many joints at least, one in this many characters at least, is a list's
# items glued together
_LIST_JOINTS = 3
_LIST_JOINT_SPAN = 200


def _list_joints(s: str) -> List[int]:
    """Where a word opening in a capital is glued to the text before it ("HatiBeri",
    "14:18Layanan", "Segitiga'HEART"), not counting a capital after a short prefix in
    lower case, which some languages write inside words ("nguMphathiswa", "oLuntu")."""
    out = []
    for m in _case_rx("joint").finditer(s):
        i = m.start()
        if s[i - 1].islower() and s[i] not in _QUOTES:
            k = s.rfind(" ", 0, i) + 1
            if s[k:i].islower() and i - k <= 4:
                continue
        out.append(i)
    return out


@lru_cache(maxsize=None)
def _case_rx(kind: str) -> "re.Pattern[str]":
    """Joints of letters in lower case and capitals, as patterns (the scripts with case up to
    Cyrillic, and Vietnamese's letters): "joint" a capital opening a word glued to a letter in
    lower case, a digit or a bracket, a quotation mark between a letter in lower case and a
    capital, or a time glued to a letter in lower case ("Perawan00:48telah dilihat"); "lead"
    a capital opening a word glued to a letter in lower case; "inner" a
    capital after a letter in lower case."""
    chars = [chr(c) for c in list(range(0x41, 0x530)) + list(range(0x1E00, 0x1F00))]
    up = re.escape("".join(c for c in chars if c.isupper()))
    lo = re.escape("".join(c for c in chars if c.islower()))
    quotes = re.escape(_QUOTES)
    return rx({
        "joint": f"(?<=[{lo}0-9)\\]])(?=[{up}][{lo}])|(?<=[{lo}])[{quotes}](?=[{up}])"
                 f"|(?<=[{lo}])(?=\\d{{1,2}}:\\d\\d(?!\\d))",
        "lead": f"(?<=[{lo}])(?=[{up}][{lo}])",
        "inner": f"(?<=[{lo}])[{up}]",
    }[kind])


def _part_glued_list(line: str) -> str:
    """A list's items glued into one line (teasers, a share bar, "...dilihat 7693
    kaliNews Flash: ...00:57telah dilihat"): one item a line, when the joints are many and
    close together."""
    joints = _list_joints(line)
    if len(joints) < _LIST_JOINTS or len(joints) * _LIST_JOINT_SPAN < len(line):
        return line
    for i in reversed(joints):
        line = line[:i] + "\n" + line[i:]
    return line


# a date line glued to the paragraph after it is sought this far into a line
_DATE_SPAN = 150
_DIGIT = rx(r"\d")


def split_glued_dates(line: str) -> str:
    """A date glued to the text nodes around it, a line of its own ("Travel News
    Reporter11:58, 23 APR 2024BookmarkA crowd ..."): a joint is cut where a date (with its
    year) opens the text after it, a clock before it at most, or closes the text before it.
    A year or a number glued to words without a date ("US Elections 2024Ashley", a list's
    "12:55 • Name") is left alone."""
    joints = [m.start() for m in _DATE_JOINT.finditer(line)]
    if not joints:
        return line
    idp = merged()
    bounds = [0] + joints + [len(line)]
    cuts = set()
    for i in range(len(bounds) - 1):
        piece = line[bounds[i]:bounds[i + 1]]
        head = piece[:_DATE_REACH]
        if i and any(_CLOCK_ONLY.fullmatch(head, 0, f.start) for f in find_dates(head, idp)):
            cuts.add(bounds[i])
        tail = piece[-_DATE_REACH:].rstrip()
        if i + 2 < len(bounds) and any(f.end == len(tail) for f in find_dates(tail, idp)):
            cuts.add(bounds[i + 1])
    for at in sorted(cuts, reverse=True):
        line = line[:at] + "\n" + line[at:]
    return line


def _split_after_date(line: str) -> str:
    """A date with its time glued to the text after it ("Von: X 15.05.2023 - 13:52 Uhr Es war
    bereits ...", "Published April 26, 2023 2:20pm EDT House China Committee ..."): a line
    break after the time and its zone (or, with no zone, after one short word that ends it,
    "Uhr", "h", "horas", when a capital follows), when a paragraph's worth of text follows."""
    if len(line) < 80 or not _DIGIT.search(line, 0, _DATE_SPAN):
        return line
    found = [f for f in find_dates(line[:_DATE_SPAN + 60], merged()) if f.has_time and f.start < _DATE_SPAN]
    if not found:
        return line
    cut = found[0].end
    words = line[cut:].split(" ", 3)
    rest = [w for w in words if w]
    if not found[0].has_zone and len(rest) >= 2 and len(rest[0]) <= 5 and rest[0].isalpha() and \
            rest[1][:1].isupper():
        cut = line.index(rest[0], cut) + len(rest[0])
    tail = line[cut:].lstrip(" ,|-–—")
    if tail.count(" ") < 8 or not tail[:1].isupper():
        return line
    return line[:cut].rstrip() + "\n" + tail


# a paragraph's first word glued to the furniture before it ("Artikel teilenDas Schiff hat
# ...", "Email linkThe death toll ...") is sought this far into the line
_LEAD_SPAN = 120
# and what follows the joint is a paragraph: this many words at least
_LEAD_PROSE_WORDS = 12


@lru_cache(maxsize=None)
def _function_words() -> FrozenSet[str]:
    """Every language's function words ("the", "die", "la"): a paragraph often opens with one."""
    return frozenset(w for code in available() for w in get_profile(code).stopwords)


def _split_glued_lead(line: str) -> str:
    """A paragraph glued to the short furniture before it, at a joint of a word in lower case
    and one in capitals ("Artikel teilenDas Schiff ..."): a line break at the last such joint
    near the line's start when a paragraph follows it. A brand or a name written with a
    capital inside ("YouTube", "PayPal", "DeSantis") has a short piece before its capital:
    the joint counts only when that piece is four letters in lower case or more, or when the
    word after it is a function word that opens sentences ("zuDie", "linkThe")."""
    cut = -1
    head = line[:_LEAD_SPAN]
    for m in _case_rx("lead").finditer(head):
        i = m.start()
        j = i - 1
        while j >= 0 and head[j].islower():
            j -= 1
        word = line[i:].split(" ", 1)[0]
        if i - 1 - j < 4 and word.casefold() not in _function_words() and not _network_ends(head, i):
            continue
        if _network_name(head, j, i):
            continue
        if line.count(" ", i) + 1 >= _LEAD_PROSE_WORDS and not _inner_capitals(line, i + 1, i + 301):
            cut = i
    if cut < 0:
        return line
    return line[:cut] + "\n" + line[cut:]


def _network_name(head: str, j: int, i: int) -> bool:
    """The capital at i is inside a social network's name that opens at j ("WhatsApp",
    "YouTube", "TikTok", "LinkedIn": follow_networks), which a sentence names ("beredar di
    WhatsApp dengan ..."): no joint of two text nodes."""
    if j < 0:
        return False
    word = head[j:j + _NETWORK_CHARS].casefold()
    return any(word.startswith(n) and j + len(n) > i for n in _networks())


def _network_ends(head: str, i: int) -> bool:
    """A whole network's name, opening with a capital after no letter, ends right before the
    capital at i ("Ikuti kami di LinkedInSukamaju (ANTARA) - ...", "WhatsAppPemerintah"): the
    follow line's last word glued to the paragraph, a joint though the piece before the
    capital is short ("In", "pp")."""
    for n in _networks():
        at = i - len(n)
        if at >= 0 and head[at].isupper() and head[at:i].casefold() == n \
                and not (at and head[at - 1].isalpha()):
            return True
    return False


_NETWORK_CHARS = 12  # (the longest name's letters at most)


@lru_cache(maxsize=None)
def _networks() -> Tuple[str, ...]:
    """The social networks' names, in lower case."""
    return tuple(sorted(n for n in merged().follow_networks if len(n) <= _NETWORK_CHARS))


# furniture glued after a paragraph's last sentence is sought in this many last characters
_TAIL_SPAN = 160
_SENTENCE_END = _lazy(r"[a-z0-9%)\]][.!?][\"”’»]? (?=\S)")


def _split_glued_tail(line: str) -> str:
    """A paragraph whose last sentence is followed by furniture glued together ("... is now
    open. Article contentShare this article in your social network"): a line break after the
    last sentence, when the text after it holds a glued joint ("contentShare") and no sentence
    end of its own. Not where the language writes capitals inside words."""
    if len(line) < 120:
        return line
    lo = max(0, len(line) - _TAIL_SPAN)
    joint = _case_rx("lead").search(line, lo)
    if joint is None:
        return line
    cut = -1
    for m in _SENTENCE_END.finditer(line, lo, joint.start()):
        cut = m.end()
    if cut < 0 or _SENTENCE_END.search(line, joint.start()) or line.count(" ", 0, cut) < _LEAD_PROSE_WORDS:
        return line
    if _inner_capitals(line, max(0, cut - 300), cut):
        return line  # (capitals inside words in the paragraph too: the language's way)
    return line[:cut].rstrip() + "\n" + line[cut:]


# capitals inside words, this many in 300 characters: the language writes words so
_INNER_CAPITALS = 3


def _inner_capitals(line: str, start: int, end: int) -> bool:
    """Capitals inside words after letters in lower case, several, between start and end: the
    language writes words so ("nguMphathiswa", "oLuntu", "uGqirha"), and such joints are not
    glue (one is a name or a brand: "MacDonald", "iPhone")."""
    found = 0
    for _ in _case_rx("inner").finditer(line, start, end):
        found += 1
        if found >= _INNER_CAPITALS:
            return True
    return False


def _sentence_break(m: "re.Match[str]") -> str:
    """A line break where one text node's sentence ends and the next begins; a straight
    quote between them closes the first when the quotes before it are odd in number."""
    q = m.group(0)
    if q in ("“",) or (q == '"' and m.string.count('"', 0, m.start()) % 2 == 0):
        return "\n" + q
    return q + "\n"


def _split_glued_words(line: str) -> str:
    """A menu's links run together ("NasionalUmumPolkam", "Bintang.comBola.com"), one a line.
    A word with one joint is left alone ("WhatsApp", "YouTube") unless the line holds three,
    or two in a few words ("Warta BumiPemanasan GlobalFlora Fauna"); a word that opens in
    lower case is a brand and keeps its first joint ("detikNews", "iPhone")."""
    chunks = []  # (chunk match, its joints)
    total = 0
    for m in _TOKEN.finditer(line):
        chunk = m.group(0)
        if not _JOINT.search(chunk):
            continue  # (one search a token: a pattern with \S* on both sides of the joint
            # went back over a long token at every start, quadratic in a line of 100 kB)
        joints = [j.start() for j in _CAMEL.finditer(chunk)]
        if joints and chunk[0].islower() and chunk[:joints[0]].isalpha() and joints[0] <= 8:
            joints = joints[1:]
        if joints:
            chunks.append((m, joints))
            total += len(joints)
    if not total:
        return line
    few_words = total == 2 and line.count(" ") < 6 and not _LOWER_WORD.search(line)
    for m, joints in reversed(chunks):
        chunk = m.group(0)
        if len(joints) >= 2 or total >= 3 or few_words or "." in chunk[:joints[0]]:
            for j in reversed(joints):
                chunk = chunk[:j] + "\n" + chunk[j:]
            line = line[:m.start()] + chunk + line[m.end():]
    return line


def _ends_sentence(s: str) -> bool:
    """A line that ends a sentence, a quotation or a bracketed credit."""
    return s.endswith(_TERMINAL_PUNCT)


@lru_cache(maxsize=None)
def _bare_labels() -> FrozenSet[str]:
    """Byline labels that stand alone on a line above the name ("By", "Oleh"), every
    language's."""
    return frozenset(label for code in available() for label in get_profile(code).bare_labels)


def _open_quote(s: str) -> bool:
    """A line that opens a quotation and does not close it."""
    if "„" in s:  # (low-high quotes close with the mark that opens the others: „so“)
        return s.count("„") > s.count("“")
    if s.count("“") > s.count("”"):
        return True
    return s.count('"') % 2 == 1 and not s.endswith('"')


def _prose(s: str) -> bool:
    """A paragraph's worth of text: long, or holding a sentence end before more words."""
    words = dump_words(s)
    if words > len(s.split()) + 3 and not _WIDE_STOP.search(s) and not spaceless_script(s):
        # (counted mainly by its wide characters: a headline or a caption in Chinese, Japanese
        # or Korean is as long as a paragraph, and tells itself from one by holding no stop;
        # Thai, which writes none, by its length)
        return False
    return words >= 16 or (words >= 5 and bool(_SENTENCE_INSIDE.search(s) or _WIDE_SENTENCE_INSIDE.search(s)))


def _open_word(last: str) -> bool:
    """A line that ends in a word in lower case or open punctuation: a line that ends in a
    capitalised word or a number is as often a menu link, a date or a name as a cut sentence
    ("By X" / "on 16 Feb 2016")."""
    return last[last.rfind(" ") + 1].islower() or last.endswith(_OPEN_ENDS)


def _date_line_under(last: str, s: str) -> bool:
    """A short line that is all a date ("12 March 2025", "2.12.2024 14:56") under a line that
    ends in a word no sentence is cut after: a headline's or a byline's date line, not a
    sentence's date put on the next line ("held on" / "12 March 2025", "runs until" / "31
    December 2025.": a function word or a date's preposition before it, or a stop after it)."""
    if len(s) > _DATE_ALONE_CHARS or not s[:1].isdigit():
        return False
    word = last[last.rfind(" ") + 1:].lower()
    if word in merged().stopwords or word in merged().date_prepositions or s[-1] in ".!?;,":
        return False  # (a sentence's words before its date, or the date closing a sentence)
    return mostly_dates(s, _DATE_ALONE_SHARE)


_DATE_ALONE_CHARS = 40
_DATE_ALONE_SHARE = 0.8


def signature_line(s: str) -> bool:
    """An embedded post's signature opens line s ("— The GRAMMYs (@TheGRAMMYs) February 16,
    2016"): a line of its own under the post's text (_joins; segment_dump's joins too)."""
    return s[:1] in "—–-" and "(@" in s and bool(_SIGNATURE_LINE.match(s))


def _joins(last: str, s: str, gap: int, trailing_space: bool, same_node: Optional[bool],
           indented: bool = False) -> bool:
    """Whether fragment s continues the unit before it (gap: blank lines between them;
    same_node: the two lines were one text node of the page's source, broken and indented
    alike by a pretty-printer; None when the dump does not part text nodes by lines, and a
    blank line then always parts paragraphs)."""
    if gap == 0 and trailing_space and _place_dot(last) and _prose(s):
        return True  # a dateline's place set apart inline ("Riad." / " Die Boxwelt fiebert ...")
    if signature_line(s):
        return False  # an embedded post's signature, "— The GRAMMYs (@TheGRAMMYs) February 16, 2016"
    if same_node and _ends_sentence(last) and _menu_item(s) and _prose(last):
        # a paragraph's last sentence, then a menu's first link, indented ("war." / "  Salzburg");
        # (an inline element's text, unindented, goes on: "mengalah. " / "Tag line")
        return False
    if gap == 0 and same_node:
        return True  # one text node broken and indented by a pretty-printer ("Aston" / "  Villa")
    if gap == 0 and (s.startswith(_POSSESSIVES) or (
            len(last) == 1 and last.isupper() and s[0].isalpha() and s.count(" ") >= 2)):
        return True  # "Travis Kelce" / "’s mom"; a drop cap, "I" / "N the heart of"
    if gap == 0 and (s[0] in ",.;:!?)]}" and not s.startswith("..") or s[:2] in _DASHES):
        return True  # "Fried" / ", kata dia"; "DEPOK, KOMPAS.com" / "- Pusat ..."
    if gap == 0 and s[:3] == "-- " and _dateline_over(last, s):
        return True  # "Jakarta, CNN Indonesia" / "-- Pemerintah ..." (not "-- Advertisement --")
    if gap == 0 and s[0].isupper() and _DOMAIN_PLACE.match(last) and domain_rx().search(last) \
            and s.count(" ") >= W.dump_dateline_text_words:
        return True  # the outlet and the place in bold, the text after them: "Metrotvnews.com, Jakarta:" / "Pemerintah ..."
    if gap == 0 and _compound_tail(last, s):
        return True  # a compound cut at a link: "Phishing" / "-Masche"
    if gap <= 2 and s[0] in ",;)" and same_node is not None:
        return True  # (no block opens with a comma: "TEMPO.CO" / "" / ", Jakarta -")
    if gap <= 3 and len(last) <= 30 and len(s) <= 80 and not s.endswith(":") and (
            _LABEL.match(last) or (last.casefold() in _bare_labels() and s[0].isupper())) and \
            find_dateline(s) is None:
        # "Pewarta:" / "Nur Imansyah", "By" / "Corry Anestia" (not a dateline's line under a
        # label that names no one: "Dalla nostra inviata" / "KIEV — Le truppe ...")
        return True
    if same_node is not None and gap <= 1 and s[0] not in _QUOTES and _open_quote(last):
        return True  # a quotation goes on to its closing mark (a <br> inside it)
    if _ends_sentence(last):
        return False
    if s[0].isupper() and len(last) <= 60 and _LABELLED.match(last):
        return False  # "Penulis: X" is whole: "Editor" on the next line is another credit
    if gap == 0 and (trailing_space or same_node or last.endswith(_OPEN_ENDS)):
        return True
    if same_node is None:
        return gap == 0 and ((_CONTINUES.match(s) is not None and _open_word(last)
                              and not _date_line_under(last, s)) or _goes_on(last, s))
    if indented and gap <= 1 and _prose(last) and not s.isupper():
        # pretty-printed HTML puts line breaks and blank lines inside a paragraph: a
        # paragraph's text that stops without a full stop goes on in the next fragment (in
        # minified HTML, a cut inside a sentence leaves a space at the cut)
        return True
    if gap == 0 and s[0].islower() and _prose(last):
        return True  # a paragraph's text goes on in lower case ("20 film terbaik. Juara" / "pertama ...")
    if not _open_word(last):
        # (but a sentence's first word alone on a line goes on in the line under it when that
        # opens in lower case: "Didukung" / "sepenuhnya oleh Presiden Turki")
        return gap == 0 and " " not in last and s[0].islower() and s.count(" ") >= 2 \
            and not s.startswith(("http", "www"))
    if gap == 0 and (_CONTINUES.match(s) or _prose(last)):
        return True  # (a paragraph's text that stops at a word in lower case goes on)
    # words in lower case on both sides of a blank line: one sentence
    return gap <= 2 and s[0].islower() and len(s) > 3 and " " in last


# an outlet's domain, a comma and a place of one to three capitalised words, a colon or none
# ("Metrotvnews.com, Jakarta:", "Fimela.com, Jakarta"): a dateline set apart from its text
_DOMAIN_PLACE = _lazy(r"^[\w.\-]+\.[a-z]{2,4}, [A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,2}:?$")


def _dateline_over(last: str, s: str) -> bool:
    """Whether `last` is a whole dateline that the text on the next line goes on ("Jakarta, CNN
    Indonesia" / "-- Pemerintah ..."): read together, the dateline takes in all of it."""
    joined = last + " " + s
    found = find_dateline(joined)
    return found is not None and len(joined) - len(found[1]) >= len(last)


def _compound_tail(last: str, s: str) -> bool:
    """s goes on the last word of `last` as the rest of a hyphenated compound ("-Masche")."""
    return s[:1] == "-" and s[1:2].isalpha() and last[-1:].isalpha()


def from_fragments(lines: List[str], one_node_a_line: bool = False,
                   headline: Optional[str] = None, wrap: Optional[int] = None) -> str:
    """Text fragments, one a line, joined back into paragraphs and labelled lines.

    A fragment continues the one before when the cut fell inside a sentence: the earlier one
    ends with a space, or without closing punctuation while the next opens in lower case, with
    a digit or with punctuation; a paragraph's text that stops without a full stop goes on. A
    bare label ("Pewarta:") takes the short line after it. Runs of three or more short lines
    are a menu's links and come out bulleted, as a terminal browser prints them.

    one_node_a_line: the dump puts a line break between text nodes (get_text("\\n")), so two
    adjacent lines indented alike are one node's text broken by the source's own formatting.
    headline: the page's headline (from its <title>): it stands alone, whatever follows it.
    wrap: the width in columns the dump's lines of wide characters were wrapped at, if they
    were (_wide_wrap_width): a line that wide goes on in the next.
    """
    units: List[str] = []  # paragraphs and lines, in order
    gaps: List[int] = []  # the blank lines before each unit
    gap = 0
    trailing_space = False
    several = False  # the line before held several text nodes
    wide_full = False  # the line before was a full line of wide characters
    for raw in lines:
        s = raw.strip()
        if not s:
            gap += 1
            continue
        if " " in s and "  " in s or "\t" in s:
            s = " ".join(s.split())
        if _SEPARATOR.match(s) and len(s) <= 3:
            if units and gap == 0 and s in ("-", "–", "—", "--") and not units[-1].endswith(s):
                units[-1] += " " + s  # "Jakarta" / "-": a dateline's dash
            elif units and gap == 0 and s in (",", ";") and units[-1][-1:].isalnum():
                units[-1] += s  # "Sam Bankman" / "Fried" / "," / "membela diri.": the sentence's own
            else:
                gap += 1  # (a separator between links parts them like a blank line)
                trailing_space = False
            continue
        lead = raw[:len(raw) - len(raw.lstrip())]
        # (get_text("\\n") starts a text node on a line of its own, after its own line break if
        # it has one: a line that opens indented right under another goes on the same node)
        # (one space is a node's own: " Villa" after a link is another node)
        same_node = (len(lead) > 1 or lead == "\t") if one_node_a_line else None
        # (a text node that opens with one space followed an inline element: " on Thursday")
        spaced = one_node_a_line and lead == " "
        here = one_node_a_line and _NODES_ON_A_LINE.search(raw.strip()) is not None
        if here or several:
            # several nodes on one line, spaced apart by the source's indentation ("von APA
            # Donnerstag  05. Juni 2025  15:44 Uhr"): get_text() without a separator of
            # pretty-printed HTML, where a line is no one node, and its indentation and its
            # spaces at either end tell nothing of the lines beside it
            same_node = spaced = trailing_space = False
        several = here
        if units and gap == 0 and wide_full and starts_wide(s) and starts_wide(units[-1][-1:]) \
                and not _ends_sentence(units[-1]):
            # a paragraph of wide characters wrapped at the dump's width, between two characters
            # of a word (a page too short for its width to be measured: plain paragraphs);
            # Korean, spaced between its words, at a space
            units[-1] += " " + s if _HANGUL_END.match(units[-1][-1:]) and _HANGUL_END.match(s[:1]) else s
        elif units and units[-1] != headline and s != headline and \
                _joins(units[-1], s, gap, trailing_space or spaced, same_node, len(lead) > 1):
            last = units[-1]
            glue = "" if s[0] in ",.;:!?)]}" or last.endswith(("(", "/")) or s.startswith(_POSSESSIVES) \
                or _compound_tail(last, s) \
                or (len(last) == 1 and (s[0].islower() or not s[1:2].islower())) else " "
            # (a drop cap: "I" / "N the", "O" / "man’s"; but "A" / "Chinese-owned")
            units[-1] = last + glue + s
        else:
            units.append(s)
            gaps.append(gap)
        # (a text node's own trailing space means the next node went on inline; in other dumps
        # a space before a line break means nothing)
        trailing_space = one_node_a_line and raw.endswith(" ")
        wide_full = wrap is not None and not s.isascii() and wrap - 1 <= _width(s) <= wrap
        gap = 0
    return _layout(units, gaps)


# a line of wide characters this many columns wide fills a terminal's line (w3m's and lynx's
# 80 columns, less the room a character of two columns may not have taken): no headline,
# button or label is so long
_WIDE_WRAP_COLUMNS = 76
# (and no terminal is wider than this: a longer line is a paragraph of its own, unwrapped, as
# BeautifulSoup prints one)
_WIDE_WRAP_MOST = 100
_HANGUL_END = _lazy("[\uac00-\ud7a3]")


# text nodes spaced apart on one line (not two spaces after a sentence's end)
_NODES_ON_A_LINE = _lazy(r"[^\s.!?] {2,}\S|\S\t+\S")


def _menu_item(s: str) -> bool:
    """A line short enough to be one link of a menu (as _fold_menus folds them)."""
    return len(s) < 40 and wide_words(s) < 4 and not s.endswith((".", ":", ",", "。")) and ":" not in s \
        and (" " not in s or not s.endswith(("-", "–", "—")))  # ("A-" is a link, "Jakarta -" a dateline)


# a row of links run together: this many words at least, and this share of them capitalised
_ROW_WORDS = 12
_ROW_CAPITALS = 0.7


def _link_row(s: str) -> bool:
    """A menu's or a footer's links run together with spaces between them ("Karriere Jobs in
    Salzburg Karriere-Blog Immobilien Mieten in Salzburg ..."): many words, nearly all
    capitalised, and no punctuation that prose would have."""
    words = s.split()
    if len(words) < _ROW_WORDS or any(c in s for c in ".,;:!?\"“”„«»"):
        return False
    cased = [w for w in words if w[0].isalpha() and w[0].lower() != w[0].upper()]
    return len(cased) >= len(words) * 0.8 and \
        sum(w[0].isupper() for w in cased) >= len(cased) * _ROW_CAPITALS


def _place_dot(s: str) -> bool:
    """A word opening in a capital and ending with a full stop, alone: a dateline's place
    ("Berlin.", "Riad.")."""
    return 3 <= len(s) <= 25 and s[0].isupper() and s.endswith(".") and s[:-1].replace("-", "").isalpha()


def _signature(s: str) -> bool:
    """A name in capitals, two to four words ("DINI TEJA"): a writer's signature."""
    return s.isupper() and 1 <= s.count(" ") <= 3 and s.replace(" ", "").isalpha()


def _menu_link(s: str) -> bool:
    """A line that may be a longer link inside a menu ("Islam in the Archipelago")."""
    return len(s) < 60 and wide_words(s) < 6 and not s.endswith(_TERMINAL_PUNCT + (",",)) and ":" not in s


@lru_cache(maxsize=None)
def _author_label_words() -> FrozenSet[str]:
    """Every profile's one-word author labels ("by", "von", "oleh", "par"), casefolded."""
    return frozenset(label.casefold() for label in merged().author_labels if " " not in label)


def _byline(s: str) -> bool:
    """A short line that is a byline: an author's label, then a name of two words or more in
    capitals ("By Jane Doe", "Von Anna Schmidt"). The line over it is a headline or a kicker, no
    menu's link, however short ("Council Approves Budget" / "By Jane Doe" / "March 5, 2024" are
    no menu of three); "By Type", "By Region" are a menu's links themselves."""
    first, _, rest = s.partition(" ")
    names = rest.split()
    return 2 <= len(names) <= 4 and all(w[:1].isupper() for w in names) \
        and first.rstrip(":").casefold() in _author_label_words()


def _over_byline(units: List[str], k: int) -> bool:
    """Unit k is a line of two words or more right over a byline: a short headline, no menu's
    link (a one-word section's label over a byline, "News" / "By Jane Doe", may be one; and a
    line between two bylines is a teaser's in a list of them, "By John Roe" / "Bus Line Opens" /
    "By Ann Lee")."""
    # (nor a line whose byline has another headline and byline under it, a list's first teaser,
    # nor one whose byline has a headline of two words or more under it, no date: a teaser's)
    under = units[k + 2] if k + 2 < len(units) else ""
    return k + 1 < len(units) and " " in units[k] and _byline(units[k + 1]) \
        and not (k and _byline(units[k - 1])) \
        and not (k + 3 < len(units) and _byline(units[k + 3])) \
        and not (2 <= len(under.split()) < 8 and not under.endswith(_TERMINAL_PUNCT)
                 and not find_dates(under, merged()))


def _layout(units: List[str], gaps: List[int]) -> str:
    """Units as a terminal dump: runs of three or more menu items bulleted on adjacent lines,
    everything else a paragraph of its own. A longer link between two items is an item too,
    as a terminal browser bullets every link of a list; a wide gap (five blank lines or more)
    ends a run: a menu's links are printed close together."""
    out: List[str] = []
    i = 0
    n = len(units)
    while i < n:
        j = i + 1
        if i and _signature(units[i]) and _prose(units[i - 1]):
            out.append(units[i])  # "DINI TEJA" under the last paragraph: its writer, not a link
            i = j
            continue
        if _menu_item(units[i]) and not _over_byline(units, i):
            while j < n and gaps[j] < 5 and not _over_byline(units, j) and (_menu_item(units[j]) or (
                    j + 1 < n and gaps[j + 1] < 5 and _menu_link(units[j]) and _menu_item(units[j + 1]))):
                j += 1
        if j - i >= 3:
            out.append("\n".join("• " + u for u in units[i:j]))
        else:
            out.extend("• " + u if _link_row(u) else u for u in units[i:j])
        i = j
    return "\n\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------------
# Markdown

# a link target: (url), (url "title"), (<url with spaces>); one level of parentheses in a URL
# (a target with spaces in it, "mailto:?subject=Judul Berita", "data:image/svg+xml,<svg
# xmlns='...'>", runs to the closing bracket on its line)
# (a converter that wraps its lines, html2text at 78 columns, breaks an address after a hyphen
# and a link's title at a space: the target may go on over one line break)
_TARGET = (r"\(\s*(?:<[^>\n]*>|(?:[^()\s]|\([^()\s]*\)|-\n)*"
           r"(?:\s+(?:\"[^\"\n]*(?:\n[^\"\n]*)?\"|'[^'\n]*(?:\n[^'\n]*)?'))?"
           r"|[a-z][a-z0-9+.\-]*:[^()\n]*|/[^()\n]*)\s*\)")
# a link or an image whose text runs over several lines
_LONG_LINK = _lazy(r"(!?)\[((?:[^\[\]]|\[[^\[\]\n]*\]){0,1000}?)\]" + _TARGET)
_IMAGE = _lazy(r"!\[([^\]\n]*)\]" + _TARGET)
# a linked image ("[![Logo](/l.png)](/)"): the image, as w3m prints it, not a link of a menu
_LINKED_IMAGE = _lazy(r"\[\s*!\[([^\]\n]*)\]" + _TARGET + r"\s*\]" + _TARGET)
_LINK = _lazy(r"\[((?:[^\[\]\n]|\[[^\[\]\n]*\])*)\]" + _TARGET)
# a footnote's number linked right after a linked text ("[Jane Doe](#author-0)[1](#Aff1)")
_NOTE_LINK = _lazy(r"(\[([^\[\]\n]{3,80})\]\([^()\s]*\))\^?\[(\d{1,2})\]\(#[^()\s]*\)\^?")
_NOTE_NAME_WORDS = (2, 4)  # a name's words before a footnote's mark: "Jane Doe", "Mary Ann Holloway"
_REF_LINK = _lazy(r"\[([^\[\]\n]+)\]\[[^\[\]\n]*\]")
_REF_DEF = _lazy(r"^ {0,3}\[[^\]\n]+\]:\s+\S+.*$")
_LIST_ITEM = _lazy(r"^(\s*)(?:[*+-]|\d{1,3}[.)])\s+(.*)$")
_RULE_LINE = _lazy(r"^\s*(?:(?:[*_-]\s*){3,}|\|?[\s:|-]*-{3,}[\s:|-]*\|?)\s*$")
# (html2text puts a space between a closing mark and punctuation, "_update_ ,": it goes too)
_EMPHASIS = _lazy(r"(\*\*|__)(?=\S)(.+?)( ?)\1(?: (?=[,.;:!?]))?"
                  r"|(?<![\w*\\])([*_])(?=\S)(.+?)( ?)\4(?![\w*])(?: (?=[,.;:!?]))?")
# (CommonMark lets any ASCII punctuation be escaped: pandoc escapes quotation marks too)
_ESCAPE = _lazy(r"\\([!-/:-@\[-`{-~])")
# pandoc's "smart" Markdown writes an em dash as three hyphens ("LEEDS, England --- Rivers ...",
# "KOMPAS.com --- Ratusan"): between words, read back as the dash the page printed
_SMART_EM_DASH = _lazy(r"(?<=[^\s-]) ?---(?= ?[^\s-])")
_SMART_EN_DASH = _lazy(r"(?P<code>^```[\s\S]*?^```|`[^`\n]*`|^ {4}[^\n]*)|(?:(?<=[^\s\\-]) |^)--(?= [^\s-])", re.M)
_FENCE_OPENER = _lazy(r"(?m)^:{3,} [\w{][^\n]*[^:\s]\s*$")  # pandoc's "::: name", "::: {.a}"
_FENCE_CLOSER = _lazy(r"(?m)^:{3,}[ \t]*$")  # (a line's opening one too:
# a Nordic reply's dash, "-- Man får se")
_LEFTOVER = _lazy(r"^[\s|·•/,;:>»«\-–—]*$")  # what a line of links leaves behind
_TABLE_RULE = _lazy(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")
_CELLS = _lazy(r"\s*\|\s*")
_CELL_BAR = _lazy(r"(?<=[^\s|\\])\|(?= )")
_FENCE = _lazy(r"^\s*(?:```|~~~)")
# pandoc's Markdown: a fenced div's fences (":::: {.row}", ":::"), attributes after a link, an
# image, a heading or a span ("{#top .logo style="..."}"), a span's brackets around its text
_DIV_FENCE = _lazy(r"(?m)^([ \t]*(?:[*+-][ \t]+)?):{3,}.*$")
_ATTR_KEY = r"(?:[#.][^\s{}\"]+|[\w:-]+=(?:\"[^\"]{0,3000}\"|[^\s}]+))"
_ATTR_OPENS = _lazy(r"\{(?:[#.][^\s{}\"]|[\w:-]+=)")  # (searched first: most dumps have none)
_ATTR = r"\{" + _ATTR_KEY + r"(?:[ \t]+" + _ATTR_KEY + r")*\}"
_ATTR_BLOCK = _lazy(_ATTR)
# pandoc's grid table: its rules ("+----+---+") and its cells' bars ("| text   |")
_GRID_RULE = _lazy(r"(?m)^\+[-=:+]{3,}\+[ \t]*$")
# HTML a converter kept as it was (CommonMark and GitHub's Markdown keep what they cannot
# write as Markdown: a page's <div>s, its <a>s inside them; comments are cut apart)
_RAW_TAG = _lazy(r"</?(?:div|span|a|p|br|img|picture|source|figure|figcaption|section"
                 r"|article|aside|header|footer|nav|main|ul|ol|li|dl|dt|dd|table|thead|tbody|tr|td|th"
                 r"|iframe|form|input|button|label|select|option|svg|path|g|noscript|ins|time|small"
                 r"|strong|em|b|i|u|sup|sub|center|font|blockquote|h[1-6])(?=[\s/>])[^<>]*>", re.I)
# the least of pandoc's fences or attributes that tell its Markdown (a prose line between
# ":::" marks, or "[name]{.upper}" in a text about code, is the text's own)
_PANDOC_MARKS = 3


def _without_comments(text: str) -> Tuple[str, int]:
    """The text without its HTML comments (one pass: an unclosed one ends the search), and
    how many went."""
    out: List[str] = []
    at = n = 0
    while True:
        start = text.find("<!--", at)
        if start < 0:
            break
        end = text.find("-->", start + 4)
        if end < 0:
            break
        out.append(text[at:start])
        at = end + 3
        n += 1
    return ("".join(out) + text[at:], n) if n else (text, 0)


def strip_raw_tags(text: str) -> str:
    """The HTML tags a converter kept out of a dump, their text left (a line of tags alone
    becomes a blank line, where the converter parted blocks). A dump that prints a tag or two
    (a <noscript>'s text) keeps them."""
    stripped, comments = _without_comments(text)
    stripped, n = _RAW_TAG.subn("", stripped)
    return stripped if n + comments >= _RAW_TAGS_LEAST else text


_RAW_TAGS_LEAST = 8


def _span_openings(text: str) -> Dict[int, int]:
    """Where each "]" of the text opens, by bracket matching on its line (one pass)."""
    opens: Dict[int, int] = {}
    stack: List[int] = []
    for m in _BRACKETS.finditer(text):
        c = m.group()
        if c == "[":
            stack.append(m.start())
        elif c == "]":
            if stack:
                opens[m.start()] = stack.pop()
        else:
            stack.clear()  # (a line's end: spans do not cross it)
    return opens


_BRACKETS = _lazy(r"[\[\]\n]")


def _without_attributes(text: str, least: int = _PANDOC_MARKS) -> str:
    """pandoc's attributes out: after a link, an image or code ("[a](/u){.c}"), ending a
    heading's line ("# Title {#id}"), and around a span, whose brackets go too ("[text]{.c}"
    is "text"); braces elsewhere are the text's own."""
    cuts: List[Tuple[int, int]] = []  # (start, end) of the pieces that go
    found = list(_ATTR_BLOCK.finditer(text))
    if len(found) < least:
        return text
    opens = _span_openings(text) if "]{" in text else {}
    for m in found:
        start, end = m.span()
        before = text[start - 1] if start else ""
        if before in ")`":
            cuts.append((start, end))
        elif before == "]":
            opening = opens.get(start - 1, -1)
            if opening >= 0 and text[opening - 1:opening] != "!":
                cuts.extend(((opening, opening + 1), (start - 1, end)))
        elif before in " \t" and (end == len(text) or text[end] == "\n"):
            while start and text[start - 1] in " \t":
                start -= 1
            cuts.append((start, end))
    if not cuts:
        return text
    out, at = [], 0
    for start, end in sorted(cuts):
        if start >= at:
            out.append(text[at:start])
            at = end
    out.append(text[at:])
    return "".join(out)


def _grid_cell(line: str) -> str:
    """A grid table's cell line ("| text   |") as its text; another line as it is."""
    if line[:2] == "| ":
        inner = line.rstrip()
        if len(inner) > 2 and inner[-1] == "|":
            return inner[2:-1].rstrip()
    return line


def undecorate(text: str) -> str:
    """pandoc's extras out of Markdown: grid tables, fenced divs, attributes, hard line
    breaks."""
    if "+" in text and ("\n+--" in text or "\n+==" in text):
        text = "\n".join(map(_grid_cell, _GRID_RULE.sub("", text).split("\n")))
    fences = 0
    pandoc = False
    if ":::" in text:
        fenced, n = _DIV_FENCE.subn(lambda m: m.group(1) if m.group(1).strip() else "", text)
        pandoc = n >= 2 and bool(_FENCE_OPENER.search(text)) and bool(_FENCE_CLOSER.search(text))
        if n >= _PANDOC_MARKS:
            text, fences = fenced, n  # (a div's opening fence and its closing one tell pandoc's Markdown)
    if "{" in text and _ATTR_OPENS.search(text):
        # (fenced divs already tell pandoc's Markdown: one attribute is pandoc's too, "# Title
        # {#title .detail__title}" on a page whose only attribute is its headline's)
        bare = _without_attributes(text, 1 if fences else _PANDOC_MARKS)
        pandoc, text = pandoc or bare != text, bare
    if pandoc and "-- " in text:
        # pandoc's "smart" Markdown writes an en dash as two hyphens ("Kicker -- Headline") and
        # a page's own two hyphens escaped ("Trump \-- the sequel"): the dash the page printed
        text = _SMART_EN_DASH.sub(lambda m: m.group() if m.group("code") else m.group().replace("--", "–"), text)
    if "\\" in text and "\\\n" in text:  # a backslash ending a line: pandoc's hard line break
        text = text.replace("\\\n", "\n")
    return text


def _image(m: "re.Match[str]") -> str:
    """An image as w3m prints it: its alt text, or nothing. (A second printing of the alt
    text, as the photo's caption, then reads as the repeat it is.)"""
    return _plain(m.group(1))


def _smart_em_dash(m: "re.Match[str]") -> str:
    """pandoc's "---" as the em dash it stands for; hyphens inside a link's target, a file's
    name, an address, a domain or a table's rule ("/media/Megeve---Les-Fermes.jpg",
    "a---b@x.com", "news---today.co.uk", "|---|---|") stay as they are."""
    if m.group().startswith(" "):
        return " —"
    text, at = m.string, m.start()
    start = max(text.rfind(" ", 0, at), text.rfind("(", 0, at)) + 1
    end = text.find(" ", at)
    word = text[start:end if end >= 0 else len(text)]
    return m.group() if any(c in word for c in "/\\=%_|@") or "://" in word \
        or domain_rx().search(word) else "—"


def _plain(s: str) -> str:
    """Markdown inline syntax out: emphasis marks, escapes, HTML line breaks."""
    if "*" in s or "_" in s:
        for _ in range(2):  # (nested: "**_word_**")
            # (a space inside the closing mark, "**Liputan6.com **di", goes after it)
            s = _EMPHASIS.sub(lambda m: m.group(2) + m.group(3) if m.group(1) else m.group(5) + m.group(6), s)
        if "**" in s or "__" in s:  # a mark left open over a paragraph break
            s = s.replace("**", "").replace("__", "")
    if "\\" in s:
        s = _ESCAPE.sub(r"\1", s)
    if "---" in s:
        s = _SMART_EM_DASH.sub(_smart_em_dash, s)
    if "<br" in s:
        s = re.sub(r"<br\s*/?>", " ", s)
    return " ".join(s.split())


def _note_mark(m: "re.Match[str]") -> str:
    """A footnote's number after a linked name as the name's mark ("[Jane Doe](#a)^1"); after
    any other link the number stays a link of its own."""
    words = m[2].split()
    low, high = _NOTE_NAME_WORDS
    if low <= len(words) <= high and all(map(plain_name_word, words)):
        return f"{m[1]}^{m[3]}"
    return m[0]


def _markdown_line(line: str, headings: Dict[str, int]) -> List[str]:
    """One Markdown line as terminal-dump lines (several for a line of links)."""
    if "|" in line:  # a table's cells ("Penulis| : X"), side by side as a terminal prints them
        line = _CELL_BAR.sub(" ", line)
    level = 0
    m = _MD_HEADING.match(line)
    if m:
        level = len(m.group(1))
        line = m.group(2)
    bullet = ""
    m = _LIST_ITEM.match(line)
    if m and level and line.lstrip()[:1].isdigit():
        m = None  # (a heading's own number, "### 1. Check the timetable": a how-to's step, no list's item)
    if m:
        bullet = "• "  # (nested or not: segmentation reads items alike)
        line = m.group(2)
    elif line.lstrip().startswith(">"):
        line = line.lstrip().lstrip("> ")
    if "![" in line:
        line = _IMAGE.sub(_image, _LINKED_IMAGE.sub(_image, line))
    texts: List[str] = []
    if "](#" in line and (")[" in line or ")^[" in line):
        # a footnote's number linked right after a linked name, pandoc's in superscript marks
        # ("[Jane Doe](#author-0)[1](#Aff1)", "...)^[1](#Aff1)^"): the name's mark, as w3m prints
        # a <sup> ("Jane Doe^1"), not a link of its own
        # (only after a name of two to four words: "[report](/r)[4](#fn4)", a pager's
        # "[Prev](#)[1](#p1)" or "[Comments](#c)[12](#c)" keep their numbers as links)
        line = _NOTE_LINK.sub(_note_mark, line)
    if "](" in line or "][" in line:
        def link(m: "re.Match[str]") -> str:
            """A link's text, kept aside for the menu test."""
            inner = m.group(1)
            if "](" in inner:  # a link inside a link's text ("[ [Lego](a) ](b)")
                inner = _LINK.sub(lambda k: k.group(1), inner)
            texts.append(_plain(inner))
            return inner
        rest = _LINK.sub(lambda m: "\0", _REF_LINK.sub(lambda m: "\0", line))
        line = _REF_LINK.sub(link, line)
        line = _LINK.sub(link, line)
        texts = [t for t in texts if t]
        if texts and _LEFTOVER.match(rest.replace("\0", "")):
            # a line of links only is a menu (or a related list): one bulleted item a link,
            # never a heading; a linked image alone stays an image
            if all(t.startswith("[") and t.endswith("]") for t in texts):
                return texts
            return ["• " + t for t in texts]
    text = _plain(line)
    if not text:
        return []
    if level and not bullet:
        headings[text] = level
    return [bullet + text]


def _untable(lines: List[str]) -> List[str]:
    """Markdown tables' rows with their cells side by side, as a terminal prints them (a byline
    table: "Redaktur | : | X"); the rule under the header row goes."""
    out = list(lines)
    for i, line in enumerate(lines):
        if "-" in line and "|" in line and _TABLE_RULE.match(line):
            out[i] = ""
            j = i - 1
            while j >= 0 and "|" in lines[j] and lines[j].strip():
                out[j] = _CELLS.sub("  ", lines[j]).strip()
                j -= 1
            j = i + 1
            while j < len(lines) and "|" in lines[j] and lines[j].strip():
                out[j] = _CELLS.sub("  ", lines[j]).strip()
                j += 1
    return out


def _long_link(m: "re.Match[str]") -> str:
    """A link or an image over several lines: its text stays as it is laid out, the
    brackets and the target go (one on a line is left to _markdown_line)."""
    if "\n" not in m.group(2):
        # (a target broken by a wrapping converter, after an address's hyphen or inside its
        # title, is put back on one line for the line's reading)
        # (the converter's last line of it, from the break on, is the width it laid out:
        # _WIDTH_FROM marks where that line began)
        return m.group(0).replace("-\n", "-" + _WIDTH_FROM).replace("\n", " " + _WIDTH_FROM)
    if m.group(1):
        # (its lines joined as a paragraph's are, a word broken after its hyphen put together:
        # the caption under the picture prints the same words)
        lines = [line.strip() for line in m.group(2).split("\n") if line.strip()]
        alt = lines[0] if lines else ""
        for line in lines[1:]:
            alt += ("" if _hyphen_break(alt, line) else " ") + line
        return " ".join(alt.split())
    if len(m.group(0)) > _WRAP_WIDTH and m.group(2).count("\n") <= 2 and len(m.group(2)) <= _WRAPPED_MAX:
        # (a link longer than a wrapped line, its short text broken by the converter: one
        # line, as the page printed it: "[**Brandon Nicholas\nSalim**](/b/brandon_salim/ ...)")
        text = m.group(2).replace("\n", " ")
        if m.string[m.string.rfind("\n", 0, m.start()) + 1:m.start()].strip():
            # (inside a sentence's line, "... столько [за последние три" / "года](https://...)":
            # measured as laid out, the link's last line from its broken text through its target)
            return _laid_link(m)
        return text + (_target_width(m, text) or "")
    if m.group(2).count("\n") == 1 and len(m.group(2)) <= _WRAPPED_MAX:
        # (or a link's text broken where the converter wrapped the line it opens on: "Von
        # [Max Muster](/a/) und [Erika" / "Mustermann](/a/) 06.11.2025": one name)
        # (the line broken as a converter breaks it: the word after the break, with the
        # link's target glued to it, would not have fitted within the narrowest width)
        start = m.string.rfind("\n", 0, m.start()) + 1
        brk = m.start(2) + m.group(2).index("\n")
        first, word = m.string[start:brk], m.string[brk + 1:m.end()].split(None, 1)[0]
        end = m.string.find("\n", m.end())
        rest = m.string[m.end():end if end >= 0 else len(m.string)]
        # (joined only on a paragraph's first line, into a line no longer than a converter
        # prints, the other links' targets left out: a link broken inside a running paragraph
        # is left to the paragraph's joining, which measures its target)
        opens = _opens_paragraph(m.string, start)
        joined = len(_LINK.sub(r"\1", m.string[start:m.start()] + m.group(2) + rest))
        if opens and len(first) + 1 + len(word) > _WRAP_WIDTH and len(first) <= _WRAPPED_MAX and \
                joined <= _WRAPPED_MAX and not first.endswith(("  ", "\\")):
            # (measured as laid out: the link's last line, from its broken text through its
            # target, as _WIDTH_FROM and the marks for the target say)
            return _laid_link(m)
    # (the link's last line loses its target's characters, which counted in the width the
    # converter wrapped at: as many marks stand for them, for _soft_wrapped to measure; a
    # target the converter broke itself, at an address's hyphen, counts only its last line's
    # part, "arts/business/story/.../launch-day)")
    marks = _target_width(m, m.group(2))
    return m.group(2) + (_WIDTH_MARK * (len(m.group(0)) - len(m.group(2))) if marks is None else marks)


def _laid_link(m: "re.Match[str]") -> str:
    """A link the converter broke, its text on one line, measured as the converter laid out its
    last line: from that line's start (_WIDTH_FROM), the target's characters on it as marks."""
    target = m.group(0)[m.end(2) - m.start():]
    if "\n" in target:
        return " ".join(m.group(2).split("\n")) + _WIDTH_FROM + _WIDTH_MARK * (len(target) - target.rfind("\n") - 1)
    return m.group(2).replace("\n", " " + _WIDTH_FROM) + _WIDTH_MARK * len(target)


def _target_width(m: "re.Match[str]", text: str) -> Optional[str]:
    """Marks standing for the characters a link's target took on the line the link ends on
    (_long_link prints `text` for the link). A target the converter broke itself, at an
    address's hyphen ("...](https://www.latimes.com/entertainment-" / "arts/business/...) last
    week"), puts its lines together with the link's: the marks then make the line as wide as the
    layout's last line was. None for a target on one line, or a last line wider than any
    converter wraps at (a piece of an address it could not break: no width to measure)."""
    target = m.group(0)[m.end(2) - m.start():]
    if "\n" not in target:
        return None
    end = m.string.find("\n", m.end())
    rest = m.string[m.end():end if end >= 0 else len(m.string)]
    laid_out = len(target) - target.rfind("\n") - 1 + len(rest)
    if laid_out > _WRAPPED_MAX:
        return None
    shown = len(text) - text.rfind("\n") - 1 + len(rest)
    if "\n" not in text:
        shown += m.start() - (m.string.rfind("\n", 0, m.start()) + 1)
    return _WIDTH_MARK * max(0, laid_out - shown)


def _soft_wrapped(raw: str, width: Optional[int] = None) -> bool:
    """A Markdown line that a converter broke to its width (html2text at 78 columns, pandoc
    at 72) and that the next line goes on from: near such a width, no hard break after it
    ("  "), no sentence's end (a line of its own in an unwrapped dump, a caption or a
    quotation's source, ends so or is shorter). A wrapped paragraph's line that ends a
    sentence is left to open a paragraph of its own, which loses no text."""
    width = len(raw) if width is None else width
    return _WRAPPED_MIN <= width <= _WRAPPED_MAX and not raw.endswith(("  ", "\\")) and \
        raw.rstrip()[-1:] not in ".!?:\"”»)"


_WRAPPED_MIN, _WRAPPED_MAX = 60, 100  # (no Markdown converter wraps its lines wider)
def _opens_paragraph(text: str, start: int) -> bool:
    """The line at `start` opens a paragraph: the text's first line, or one under a blank line
    or under a heading ("# Titel" over "Von [A](/a/) und [Erika"; a setext heading's rule
    too), its line ends "\n" or "\r\n"."""
    if start < 2:
        return True
    above = text[text.rfind("\n", 0, start - 1) + 1:start - 1].strip()
    return not above or above.startswith("#") or bool(_SETEXT_RULE.match(above))


_SETEXT_RULE = rx(r"^(?:=+|-+)$")
_WIDTH_MARK = "\ue000"  # a character a link's target took on its line (_long_link), measured, never read
_WIDTH_FROM = "\ue001"  # where the converter's line began inside a link it broke (_long_link): width counts from it
_WRAP_WIDTH = 72  # the narrowest width converters wrap at (pandoc; html2text takes 78)


def _laid_width(raw: str) -> int:
    """A Markdown line's width as the converter laid it out: from the last line break it made
    inside a link (_WIDTH_FROM), the link targets' characters (_WIDTH_MARK) counted."""
    return len(raw) - raw.rfind(_WIDTH_FROM) - 1


def _unmarked(raw: str) -> str:
    """A Markdown line without the marks that measure it."""
    return raw if raw.isascii() else raw.replace(_WIDTH_MARK, "").replace(_WIDTH_FROM, "")


def _broken_before(raw: str, nxt: str, width: Optional[int] = None) -> bool:
    """A line a wrapping converter broke because the next line's first word would not fit
    (a word of a link's target is long), with no hard break after it."""
    words = nxt.split(None, 1)
    width = len(raw) if width is None else width
    return bool(words) and bool(raw.strip()) and not raw.endswith(("  ", "\\")) and \
        width <= _WRAPPED_MAX and width + 1 + len(words[0]) > _WRAP_WIDTH


def _goes_on_below(raw: str, nxt: str) -> bool:
    """A paragraph's line, cut where the page's source broke it, that the next line goes on
    from: no hard break after it, the next line a paragraph's too, and either no sentence
    ends the line or the next line opens in lower case."""
    if not nxt or raw.endswith(("  ", "\\")) or _LIST_ITEM.match(nxt) or nxt[0] in "#>|![":
        return False
    return nxt[0].islower() or raw.rstrip()[-1:] not in ".!?:\"”»)"


def _runs_on(line: str, nxt: str) -> bool:
    """A paragraph's line that ends inside its sentence (on a word or a comma, no stop, colon,
    closing mark or bracket), read as prose (a menu's links, "ePaper - Blog - Forum", are no
    sentence), the line below opening with a word."""
    return line.rstrip()[-1:] not in _LINE_ENDS and nxt[:1].isalpha() and _prose_piece(line)


_LINE_ENDS = frozenset(".!?:;\"”»)’*_|") | {""}


def _hyphen_break(line: str, nxt: str) -> bool:
    """A wrapping converter broke a hyphenated word after its hyphen ("five-" / "year term"):
    the word goes on below with no space ("drive-" / "in", "est-" / "ce que"). A conjunction
    below (the profiles' compound_conjunctions) is a word of its own after an elided compound's
    hyphen ("Herkunfts- und Zielländer", "pre- and post-war", "Ein- bzw. Ausreise"). (Not in
    Markdown that kept the source's breaks: a browser prints a break there as a space.)"""
    if not _LETTER_HYPHEN.search(line) or not nxt[:1].isalpha():
        return False
    word = nxt.split(None, 1)[0].rstrip(",;:").casefold()
    conjunctions = merged().compound_conjunctions
    return word not in conjunctions and word.rstrip(".") not in conjunctions


_LETTER_HYPHEN = _lazy(r"[^\W\d_]-$")


def _keeps_source_breaks(lines: List[str]) -> bool:
    """Markdown that kept the line breaks of the page's source inside its paragraphs
    (markdownify does): many lines that a line opening in lower case goes on from, and most
    of them short (a converter that wraps at a width leaves a line short only where the next
    word is long: a link's target)."""
    short = goes_on = 0
    for a, b in zip(lines, lines[1:], strict=False):
        if b[:1].islower() and a.strip() and not a.endswith(("  ", "\\")) \
                and not _LIST_ITEM.match(a) and a[:1] not in "#>|":
            goes_on += 1
            short += len(a) < _WRAPPED_MIN
    return short >= _SOURCE_BREAKS and short >= goes_on * _SOURCE_BREAKS_SHARE


_SOURCE_BREAKS, _SOURCE_BREAKS_SHARE = 5, 0.5


def from_markdown(text: str) -> Tuple[str, Dict[str, int]]:
    """Markdown as a terminal dump, and its headings (text -> level)."""
    headings: Dict[str, int] = {}
    out: List[str] = []
    prev_item = False
    prev_soft = False  # the line before is a paragraph's that goes on (no hard break after it)
    prev_wrapped = False  # the line before was broken by a wrapping converter
    if "](" in text:
        text = _LONG_LINK.sub(_long_link, text)
    lines = text.split("\n")
    if "|" in text:
        lines = _untable(lines)
    source_breaks = _keeps_source_breaks(lines)
    for i, raw in enumerate(lines):
        width = _laid_width(raw)  # (as the converter laid the line out, a link's target in it)
        raw = _unmarked(raw)
        if not raw.strip() or _FENCE.match(raw) or _REF_DEF.match(raw):
            out.append("")
            prev_item = prev_soft = prev_wrapped = False
            continue
        if (_RULE_LINE.match(raw) and not _LIST_ITEM.match(raw.replace("* * *", ""))) or \
                set(raw.strip()) == {"="}:  # (a rule, or a setext heading's underline)
            out.append("")
            prev_soft = prev_wrapped = False
            continue
        # setext headings: a line over "===" or "---"
        # (markdownify's default), underlined about as long as the text; a line that ends in
        # a hard break ("  ") stands over a rule
        laid_nxt = lines[i + 1].replace(_WIDTH_FROM, "").strip() if i + 1 < len(lines) else ""
        nxt = _unmarked(laid_nxt)
        if len(nxt) >= 3 and set(nxt) <= {"="} | {"-"} and len(set(nxt)) == 1 and not prev_item \
                and not raw.endswith("  ") and len(nxt) * 2 >= len(raw.strip()):
            raw = ("# " if "=" in nxt else "## ") + raw.strip()
        known = len(headings)
        got = _markdown_line(raw, headings)
        if not got:
            continue
        if (prev_soft or prev_wrapped) and out and out[-1] and len(got) == 1 and got[0].startswith("• ") \
                and not _LIST_ITEM.match(raw) and nxt[:1].islower():
            # one link alone on a wrapped paragraph's line, the paragraph going on below it in
            # lower case ("Dennoch breiten sich einige Arten dieser" / "[Pflanze](/p)" /
            # "invasiv in deutschen Gärten aus."): the paragraph's word, no menu's item
            got = [got[0][2:]]
        items = [g for g in got if g.lstrip().startswith("•")]
        plain = not items and len(got) == 1 and len(headings) == known and not _MD_HEADING.match(raw)
        if plain and not prev_soft and prev_wrapped and out and out[-1] and \
                (got[0][:1].islower() or raw.lstrip()[:1] == "[" or _runs_on(out[-1], got[0])):
            # a line broken before a word that would not fit (a link's long target counts in
            # the width), or one that ended on a quotation's closing mark, then goes on in lower
            # case ('"... suka banget,"' / 'tuturnya.'): the same paragraph; so does a line that
            # ends inside its sentence before a capital ("... in Klausen die" /
            # "Mitgliederversammlung der ...", "... decades. [Fairmont Jasper Park" / "Lodge](/)")
            prev_soft = True
        if plain and prev_soft and out and out[-1]:
            # a paragraph's lines as the converter wrapped them (html2text at 78 columns,
            # pandoc at 72): one paragraph, as Markdown reads it; html2text wraps a long
            # heading too, and its rest is the heading's
            joint = "" if not source_breaks and _hyphen_break(out[-1], got[0]) else " "
            if out[-1] in headings:
                headings[out[-1] + joint + got[0]] = headings.pop(out[-1])
            out[-1] = out[-1] + joint + got[0]
            prev_soft = _soft_wrapped(raw, width) or source_breaks and _goes_on_below(raw, nxt)
            prev_wrapped = _broken_before(raw, laid_nxt, width)
            continue
        heading = len(headings) > known and not items and len(got) == 1
        prev_soft = (plain or heading) and _soft_wrapped(raw, width) or \
            source_breaks and plain and _goes_on_below(raw, nxt)
        prev_wrapped = plain and _broken_before(raw, laid_nxt, width)
        # a paragraph after list items, or list items after a paragraph, start a new block
        if out and out[-1] and (bool(items) != prev_item or not items):
            out.append("")
        out.extend(got)
        prev_item = bool(items)
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"
    return text, headings
