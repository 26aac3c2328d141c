"""Blocks: the unit every stage after segmentation works on, whatever the input kind."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache, wraps
from itertools import accumulate
from typing import Any, Callable, Collection, Dict, Optional, Tuple, TypeVar

from newsextract.rxcache import rx

_F = TypeVar("_F", bound=Callable[..., Any])

# Labels a block can get from the classifier.
BODY = "body"
BOILERPLATE = "boilerplate"
RELATED = "related"
CAPTION = "caption"
HEADER = "header"
BYLINE = "byline"
TITLE = "title"
DATE = "date"
LIST = "list"
OUTSIDE = "outside"
# the reasons a list's heading ("Most read", "Meistgelesen") and its items are labelled with
LIST_HEADING = "list heading"
LIST_ITEM = "item under a list heading"


def short_text_cache(maxsize: int, limit: int = 300) -> Callable[[_F], _F]:
    """An lru_cache for a function of a text and one more argument, that keeps only texts of
    up to `limit` characters: lines (menus, bylines, dates) repeat within a page and across a
    site's pages, paragraphs seldom do, and a cache of them would hold megabytes over a long
    batch. Longer texts are computed each time. cache_info/cache_clear as lru_cache's."""
    def wrap(fn: _F) -> _F:
        cached = lru_cache(maxsize=maxsize)(fn)

        # (two named parameters, not *args: a batch makes some 400 calls a page, and packing
        # the arguments took a third of the wrapper's time)
        @wraps(fn)
        def call(text: str, arg: Any) -> Any:
            return cached(text, arg) if len(text) <= limit else fn(text, arg)

        call.cache_info = cached.cache_info  # type: ignore[attr-defined]
        call.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
        call.forms = (cached, fn, limit)  # type: ignore[attr-defined]
        return call  # type: ignore[return-value]
    return wrap


def short_line_cache(maxsize: int, limit: int = 300) -> Callable[[_F], _F]:
    """short_text_cache for a function of a text alone."""
    def wrap(fn: _F) -> _F:
        cached = lru_cache(maxsize=maxsize)(fn)

        @wraps(fn)
        def call(text: str) -> Any:
            return cached(text) if len(text) <= limit else fn(text)

        call.cache_info = cached.cache_info  # type: ignore[attr-defined]
        call.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
        return call  # type: ignore[return-value]
    return wrap


def cache_forms(fn: Callable[[str, Any], Any]) -> Tuple[Callable[[str, Any], Any], Callable[[str, Any], Any], int]:
    """A short_text_cache function's cached form, its plain one and the limit between them,
    for a loop over a page's blocks to call the right one itself: the wrapper that chooses
    is a call more for every block."""
    return fn.forms  # type: ignore[attr-defined, no-any-return]


@dataclass(slots=True)
class Block:
    """One paragraph-like piece of the page, with the features segmentation could see."""

    text: str
    index: int = 0
    bullet: bool = False  # a list item (w3m "•", <li>)
    heading: bool = False  # a heading element (<h1>..<h6>)
    tag: str = ""  # the HTML element, "" for text input
    link_density: float = 0.0  # share of the text inside links (HTML only)
    hint: float = 0.0  # class/id hint score (HTML only): >0 content-like, <0 furniture-like
    group: int = 0  # blank-line separated group (text) or container (HTML)
    label: str = ""
    reason: str = ""
    score: float = 0.0  # prose score, set by the classifier
    caption: bool = False  # reads as a photo caption or credit, set by the classifier
    path: Tuple[int, ...] = ()  # HTML: the block-level elements it sits in, outermost first
    items: int = 1  # a text dump's menu: several short list items folded into one block
    quote: bool = False  # HTML: inside a <blockquote>
    past_footer: bool = False  # HTML: after the page's footer (a pop-up, a script's box)
    faq: bool = False  # HTML: inside a FAQ's element (a class or id name "faq")
    hidden: bool = False  # HTML: inside an element hidden by its style or aria-hidden (a tab, a fold)

    def mark(self, label: str, reason: str) -> None:
        """Set the block's label and the rule behind it."""
        self.label = label
        self.reason = reason


MENU_JOIN = " · "  # a text dump's menu items, folded into one block, are joined by this
# the reason of a date's line that stands in the article's element by the text's top: the head's,
# read for the date as a line of the body is (after the metadata)
STAMP_IN_CONTAINER = "a date line in the article's container"


ZERO_WIDTH = rx("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
BULLET_CHARS = "•□◦▪▫‣●○■◆◇►▸·∙"


# an outlet's, agency's or office's acronym standing alone ("AP", "PTI", "AKBP")
ACRONYM = rx(r"^[A-Z]{2,6}$")
_RULE_CHAR = "[\u2500-\u257f\u2014_=~*-]"
# a rule: four of its characters or more, not going on from a "-"; and not pandoc's smart dash
# before a bold's closing mark ("**Jakarta --** Polda ...": "--" or "---", then "**" or "__")
# (one class first, the tests of what stands before it and after it next, then the repeat: a
# pattern that opens with a single class lets the engine skip ahead by it, which it does not
# for one that opens with a look-behind; the plain form, "(?<!-)(?!-{2,3}(?:\*\*|__)(?!C))C{4,}",
# took 4% of the instructions of a run over dumps; test_fastpaths proves the two the same)
_RULE = rx(_RULE_CHAR + "(?<!-" + _RULE_CHAR + ")(?!(?<=-)-{1,2}(?:\\*\\*|__)(?!" + _RULE_CHAR + "))"
           + _RULE_CHAR + "{3,}")


# zero-width characters out, every kind of space to a plain one (one pass over the text)
_TRANSLATE = {**{ord(c): None for c in "\u200b\u200c\u200d\u2060\ufeff\u00ad"},
              **{ord(c): " " for c in "\u00a0\u1680\u202f\u205f\u3000\u0085\u2028\u2029"},
              **{c: " " for c in range(0x2000, 0x200b)}}


@lru_cache(maxsize=None)
def minimal_phrases(phrases: Tuple[str, ...]) -> Tuple[str, ...]:
    """The phrases that hold no other phrase, in their order: a text holding "(foto:" holds
    "foto:", so a search for the minimal ones finds every text that holds any."""
    if "" in phrases or any("\n" in p for p in phrases):
        return tuple(p for p in phrases if not any(q != p and q in p for q in phrases))
    # (one search of all the phrases joined per phrase, not a test of every pair: a phrase
    # holds no line end, so a hit never spans two)
    joined = "\n".join(phrases)
    ends = list(accumulate([len(p) + 1 for p in phrases]))
    holders = set()
    for q in set(phrases):
        at = joined.find(q)
        while at >= 0:
            k = bisect_right(ends, at)
            if phrases[k] != q:
                holders.add(k)
            at = joined.find(q, at + 1)
    return tuple(p for k, p in enumerate(phrases) if k not in holders)


def clean_line(s: str) -> str:
    """Normalise one line: no zero-width or non-breaking spaces, rules gone, spaces folded."""
    s = s.translate(_TRANSLATE)
    if "  " in s or "\u2500" <= max(s, default=" "):
        s = _RULE.sub(" ", s)
    return " ".join(s.split())


# what _TRANSLATE maps, as (character, replacement): a whole text is searched for each in turn,
# which is several times faster than one pattern of them all (and translate() on a long text)
_ODD_CHARS = tuple((chr(c), r or "") for c, r in _TRANSLATE.items())


def clean_text(s: str) -> str:
    """Normalise a whole text the way clean_line does, keeping line structure and indents."""
    for ch, repl in _ODD_CHARS:
        if ch in s:
            s = s.replace(ch, repl)
    return _RULE.sub(" ", s)


def strip_bullet(s: str) -> Optional[str]:
    """Return the text of a bulleted line without its bullet, or None if it has none."""
    t = s.lstrip()
    if t and t[0] in BULLET_CHARS:
        return t[1:].strip()
    if t[:2] in ("* ", "- ", "+ ") and len(t) > 2:
        return t[2:].strip()
    return None


_CONTROL_CHARS = tuple(chr(c) for c in [*range(0x00, 0x09), *range(0x0b, 0x20), 0x7f])


def normalise_text(s: str) -> str:
    """Unicode NFC, control characters gone, line ends as "\\n"."""
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    if not unicodedata.is_normalized("NFC", s):
        s = unicodedata.normalize("NFC", s)
    for ch in _CONTROL_CHARS:  # (one search each: faster than a pattern's scan)
        if ch in s:
            s = s.replace(ch, "")
    return s


_FROM_KANA = rx("[^\x00-\u303f]")  # a character at or above the kana (faster than max())


@lru_cache(maxsize=None)
def cjk_rx() -> "re.Pattern[str]":
    """A letter of Chinese or Japanese (kana, the ideographs, their compatibility forms)."""
    # (compiled on first use: a class of wide ranges is slow to compile, and rarely needed)
    return rx("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


# the marks that end a list's item which goes on into the next ("• Nama," "• Alamat, dan" of a
# list a sentence introduces): no menu's items, no heading
GOES_ON = (",", ";", "،", "、", "，", "；")


# The word counts of the long texts units() has counted lately: a page's paragraphs are
# counted by several stages each (the classifier's, the fields'), and a count is a split of
# the whole paragraph; a short line's split costs what a look-up does. Emptied when it holds
# _UNITS_KEPT texts (a page's paragraphs, not a batch's: a long batch would hold megabytes).
_UNITS: Dict[str, int] = {}
_UNITS_KEPT = 1024
_UNITS_LEAST_CHARS = 120


def units(s: str) -> int:
    """The length of a text in words: its spaces' words, and for Chinese and Japanese, written
    without spaces, one more word for every two characters, and for Thai, Lao, Myanmar and
    Khmer, which put a space between phrases only, one more for every
    _SPACELESS_CHARS_PER_WORD letters."""
    kept = len(s) >= _UNITS_LEAST_CHARS
    if kept:
        got = _UNITS.get(s)
        if got is not None:
            return got
    n = len(s.split())
    if not s.isascii() and _WIDE_OR_SPACELESS.search(s):  # (one search for most texts)
        if _FROM_KANA.search(s):
            n += len(cjk_rx().findall(s)) // 2
        n += len(_SPACELESS.findall(s)) // _SPACELESS_CHARS_PER_WORD
    if kept:
        if len(_UNITS) >= _UNITS_KEPT:
            _UNITS.clear()
        _UNITS[s] = n
    return n


# the scripts of mainland South-East Asia: Thai, Lao, Myanmar, Khmer (their signs, vowel marks
# among them); a word of them is some six signs long
_SPACELESS = rx("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
_SPACELESS_CHARS_PER_WORD = 6
# (the same class written as what it leaves out: a class that runs to U+10FFFF took 3 to 6 ms to
# compile at every start)
_WIDE_OR_SPACELESS = rx("[^\x00-\u0dff\u0f00-\u0fff\u10a0-\u177f\u1800-\u303f]")


# Hangul syllables: a Korean word is a stem with its particles glued on
_HANGUL = rx("[\uac00-\ud7a3]")
_HANGUL_WORDS_PER_EXTRA = 2


def dump_words(s: str) -> int:
    """The length of a dump's line or paragraph in words, as the rules that tell a menu's
    item, a headline and a paragraph by their words weigh it: units(s) (Chinese and Japanese
    by their characters, two a word), and for Korean, whose words carry their particles (a
    paragraph of a dozen of them says what one of eighteen says in English), one more for
    every _HANGUL_WORDS_PER_EXTRA of its words."""
    n = units(s)
    if not s.isascii() and _FROM_KANA.search(s) and _HANGUL.search(s):
        n += sum(1 for w in s.split() if _HANGUL.search(w)) // _HANGUL_WORDS_PER_EXTRA
    return n


def wide_words(s: str) -> int:
    """The length of a line in words as a menu's link is told by it: its spaces' words, and
    for Chinese and Japanese one more for every two characters (not Korean's particles nor
    Thai's letters, as dump_words counts them: a menu's link in Korean is three spaced words,
    "정치 경제 사회"' links one each, and one in Thai a phrase of many letters)."""
    n = len(s.split())
    if not s.isascii() and _WIDE_OR_SPACELESS.search(s) and _FROM_KANA.search(s):
        n += len(cjk_rx().findall(s)) // 2
    return n


def spaceless_script(s: str) -> bool:
    """Whether a text is written mostly in Thai, Lao, Myanmar or Khmer letters: scripts that
    mark no sentence's end with a stop (Thai, Lao) and put spaces between phrases only."""
    return not s.isascii() and 2 * len(_SPACELESS.findall(s)) > len(s)


def at_least_units(s: str, k: int) -> bool:
    """units(s) >= k, without cutting a long text past its k-th word (a paragraph asked
    whether it holds two words need not be split into its hundred)."""
    if k <= 0:
        return True
    if len(s.split(None, k - 1)) == k:
        return True  # k words or more: units counts every word, and adds for CJK
    return units(s) >= k


_ESCAPED: Dict[str, str] = {}  # re.escape of each letter word_tree_pattern has met (the same in every call)


def word_tree_pattern(words: Collection[str], shortest_first: bool = False) -> str:
    """A pattern that matches what the alternation of the words, longest first, matches (the
    same longest word at each position), written as a tree of their shared beginnings
    ("ad(?:s|vert(?:ising)?)?..."): the engine tries a letter's few branches at each
    position, not every word, and compiles it several times faster (class names of the 181
    zyte pages: searched 2.5x quicker, compiled in 1 ms, not 5).

    shortest_first: the alternation of the words in sorted order instead ("add|added|adds":
    a word before the longer ones it begins), which the tree tries in the same order when a
    word may end where a longer one goes on ("(?:...)??")."""
    # (the tree is read off the words sorted, a group of words with one first letter at a
    # time and the beginning they all share at once: the same pattern as a tree of letters
    # built and walked letter by letter, in a fifth of the time, which every process spends
    # on a dozen lists of a few hundred phrases)
    # (a group is a run ws[lo:hi] of the sorted words that share their first d letters, read
    # in place: no group's words are cut into new strings at each letter)
    if not words:
        return ""
    ws = sorted(set(words))
    for ch in set().union(*ws).difference(_ESCAPED):
        _ESCAPED[ch] = re.escape(ch)
    esc = _ESCAPED.__getitem__

    def branch(lo: int, hi: int, d: int) -> str:
        # (sorted and distinct: a word ending here, the group's shortest, is the first)
        ends = len(ws[lo]) == d
        alts = []
        i = lo + 1 if ends else lo
        while i < hi:
            low = ws[i]
            first, j = low[d], i + 1
            while j < hi and ws[j][d] == first:
                j += 1
            high = ws[j - 1]
            n = d + 1  # (the beginning the group's first and last share, all of it shares)
            while n < len(low) and low[n] == high[n]:
                n += 1
            alts.append("".join(map(esc, low[d:n])) + branch(i, j, n))
            i = j
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if not ends:
            return body
        return f"(?:{body})??" if shortest_first else f"(?:{body})?"

    return branch(0, len(ws), 0)
