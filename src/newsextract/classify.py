"""Block labels: which blocks are the article's body, and what the others are.

The body is found as the run of blocks with the highest total "prose score" (long sentences
score up, short lines, list items, links and furniture score down), then trimmed: captions
and headers before the dateline go, inline furniture ("Baca juga", ads) goes.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, deque
from dataclasses import dataclass, replace as _with
from functools import lru_cache
from heapq import heapify, heappop, heappush
from itertools import accumulate
from typing import Any, AnyStr, Collection, Deque, Dict, FrozenSet, Iterable, List, Optional, Pattern, Sequence, Set, Tuple

from newsextract.blocks import (BODY, BOILERPLATE, BYLINE, CAPTION, DATE, GOES_ON, HEADER, LIST, LIST_HEADING,
                                LIST_ITEM, OUTSIDE, RELATED, STAMP_IN_CONTAINER, TITLE, Block, at_least_units,
                                cache_forms, cjk_rx, minimal_phrases, short_text_cache, spaceless_script, units,
                                word_tree_pattern)
from newsextract.fields.byline import (brand_byline, dated_name, glued_dated_name, lone_label, name_near_date, parse_credit,
                                        plain_name)
from newsextract.fields.credit import desk_code
from newsextract.fields.dateline import Dateline, find_dateline, is_outlet, plain_place
from newsextract.fields.dates import find_dates, mostly_dates
from newsextract.fields.title import account_question, copyright_line, copyright_stems, match_key
from newsextract.profiles import domain_rx, merged
from newsextract.rxcache import rx
from newsextract.weights import WEIGHTS as W

try:  # (Aho-Corasick in C: a page's phrases of every list found in one pass over it)
    import ahocorasick as _ahocorasick
except ImportError:  # pragma: no cover - the find passes of _search_plan stand in
    _ahocorasick = None

# a sentence's closing stop, a quotation mark after it allowed (a deck under a headline has none)
# a paragraph that is a quotation and its attribution: '"...," kata X.'
_ATTRIBUTED = rx(r"^[\"“][^\"“”]+[,.!?][\"”] \S.*[.!?]$")
_CLOSED = rx(r"[.!?…。！？][\"”’»」)]?$")
# (both searched in a text's last three characters only: a match is two at most, and ends at the
# end or before a closing line end; a search of the whole text tries every place in it)
_SENTENCE_END = tuple(".!?\"”’'):…。！？」।॥؟۔။።។׃")
# a complete sentence's end, its closing quotation mark after it in any language's style
_INNER_STOP = rx(r"[.!?。！？][\"”’»]? +[\"“„«]?[A-ZÀ-Þ]|[。！？]\S")  # a sentence ends and another begins
_SHORT_SENTENCE_END = rx(r"[.!?。][\"”“’»«]?$")
# a sentence's stops, and the marks that may close a quotation or an aside after them
_STOPS = (".", "!", "?", "…", "。", "！", "？")
_CLOSING_MARKS = "\"”“’'»«)]"
# the marks that open a quotation, in any language's style
# ("»" is left out: menus print it as an arrow, "» Preview")
_OPENING_QUOTES = ("\"", "“", "„", "«", "‚")
_MEDIA_ALT = rx(r"^\[[^\]]{0,80}\]$")
# a verdict in capitals in brackets, then a headline of three words or more (not a
# picture's placeholder: "[IMG]", "[VIDEO]", "[FOTO]")
_VERDICT = rx(r"^\[(?!(?:IMG|IMAGE|PHOTO|FOTO|VIDEO|LOGO|ICON|GIF|AUDIO|GAMBAR)\])"
                      r"[A-Z]{3,}(?: [A-Z]{2,}){0,2}\] \S+ \S+ \S+")
_DIGIT = rx(r"\d")
_EMAIL = rx(r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[a-z]{2,}", re.I)
_LABEL_WORD = rx(r"[^\W\d_]+(?:-[^\W\d_]+)?")
_PHONE = rx(r"(?<![\w/.-])\+?\(?\d[\d ()-]{6,}\d(?![\w/.-])")
_YEARS = rx(r"^(?:1[89]|20)\d\d\s*-\s*(?:1[89]|20)\d\d$")
_PUNCT = rx(r"[.,;:!?。、，।॥؟،؛۔။၊።፣។׃]")
_CAPS_SLASH = rx(r"^\S*\b[A-Z][A-Za-z.]+/[A-Z][A-Z .]+\b")
_CAPS_SLASH_END = rx(r"[.!?)]\s+[A-Z][A-Z.]{1,20}(?: [A-Z][A-Z.\-]{1,20}){0,2}\s?/\s?[A-Z][\w'’.\-]+")
# the characters that stand in most caption markers and in the credit shapes is_caption reads
_CAPTION_CHARS = ":/(©["


def _words(words: Collection[str]) -> str:
    """An alternation of words or phrases, longest first, spaces matching any space.

    Written as the tree of their shared beginnings (word_tree_pattern), which matches what
    the alternation matches: the engine tries only the branches of the letter it stands at,
    not each of a hundred phrases (a long paragraph searched for notices' words: 2.6x faster)."""
    return word_tree_pattern(words).replace(r"\ ", r"\s+")


@lru_cache(maxsize=None)
def _counter_rx() -> Pattern[str]:
    """A share, view or comment counter: "1.2k shares", "345 kali dibaca", "12"."""
    return rx(r"^\d[\d.,]*\s*[kKrb]?\s*(?:" + _words(merged().counter_words) + r")?$", re.I)


@lru_cache(maxsize=None)
def _pagination_rx() -> Pattern[str]:
    """A line that only counts the pages of an article ("1 dari 3 halaman", "Page 2 of 4")."""
    forms = (re.escape(f).replace("\\#", r"\d{1,3}").replace(r"\ ", r"\s+") for f in merged().pagination)
    return rx(r"^\W{0,3}(?:" + "|".join(forms) + r")\W{0,3}$", re.I)


@lru_cache(maxsize=None)
def _page_of_rx() -> Pattern[str]:
    """A counter of an article's pages that names this page and their number ("2 dari 3
    halaman", "Page 2 of 4"): the pagination forms with two numbers."""
    forms = (re.escape(f).replace("\\#", r"(\d{1,2})", 1).replace("\\#", r"(\d{1,2})", 1).replace(r"\ ", r"\s+")
             for f in merged().pagination if f.count("#") == 2 and "# #" not in f)  # (not a pager's "1 2")
    return rx(r"^\W{0,3}(?:" + "|".join(f"(?:{f})" for f in forms) + r")\W{0,3}$", re.I)


def _next_page_counter(text: str) -> bool:
    """A counter of a page after the first: "2 dari 2 halaman" (not "1 dari 3 halaman", the
    first page's, nor "Halaman 2", a pager's link)."""
    m = _page_of_rx().match(text) if len(text) < 40 else None
    if not m:
        return False
    this, of = (int(g) for g in m.groups() if g is not None)
    return 2 <= this <= of


def _first_counter_before(before: List[Block], counter: str) -> bool:
    """The article's first page printed its counter of the same pages ("1 dari 2 halaman"
    over the text, "2 dari 2 halaman" under it): a gallery's "2 dari 12" has none."""
    counted = _page_of_rx().match(counter)
    if not counted:
        return False
    of = [g for g in counted.groups() if g is not None][1]
    for b in before:
        m = _page_of_rx().match(b.text) if len(b.text) < 40 else None
        if m and [g for g in m.groups() if g is not None] == ["1", of]:
            return True
    return False


@lru_cache(maxsize=None)
def _box_heading_words() -> FrozenSet[str]:
    """Words of the headings of readers' comments, photo boxes and lists ("Reader Letters",
    "Tanggapan Warganet", "Photo Gallery", "Foto Pilihan"): no heading of the text's next page."""
    k = merged()
    return frozenset(w.casefold() for key in (k.comment_words, k.comment_headings, k.comment_qualifiers,
                                              k.photo_labels, k.related_headings, k.list_headings)
                     for phrase in key for w in phrase.split() if len(w) > 3)


@lru_cache(maxsize=None)
def _comments_rx() -> Pattern[str]:
    """A line that opens a comment section: "34 Comments", "34 responses to ...", "Leave a
    Reply", "Top Rated Comments", "Komentar Pembaca", "Tulis Komentar", "Discussion (3)"; a
    prompt to comment on the article itself only as the whole line ("Would you like to comment
    on this article?", "Diesen Artikel kommentieren (3)"): its words open sentences of a text
    too ("Diesen Artikel kommentieren wollte das Ministerium nicht.")."""
    k = merged()
    words, heads = _words(k.comment_words), _words(k.comment_headings)
    quals = _words(k.comment_qualifiers)
    return rx(
        r"^\W{0,3}(?:\d[\d,.]*\s+(?:" + words + r")\b|"
        r"(?:(?:" + quals + r")\s)?(?:" + heads + r")\s*(?:\(\d+\))?\s*:?\s*$|"
        r"(?:" + words + r")\s*\(\d+\)|(?:" + _words(k.comment_phrases) + r")|"
        r"(?:" + _words(k.comment_prompts) + r")\W{0,3}(?:\(\d+\)\W{0,3})?$)", re.I)


@lru_cache(maxsize=None)
def _notice() -> Tuple[Tuple[str, ...], Pattern[str]]:
    """Words of legal notices, and the heads of those words for a fast test before the pattern."""
    words = merged().notice_words
    return tuple({w[:5] for w in words}), rx(r"\b(?:" + _words(words) + r")\b", re.I)


@lru_cache(maxsize=None)
def _caption_hint() -> Pattern[str]:
    """What every caption marker and credit shape holds: one of a few characters, or a marker
    that holds none of them ("getty images"). A text without it is no caption."""
    plain = [m for m in merged().caption_markers if not any(c in m for c in _CAPTION_CHARS)]
    return rx("[" + re.escape(_CAPTION_CHARS) + "]|" + _words(plain), re.I)


@lru_cache(maxsize=None)
def _photo_credit_end() -> Pattern[str]:
    """A credit in parentheses at a caption's end: "(ANTARA/Rivan)", "(Foto: X)", "(Dok. X)"."""
    labels = _words(merged().photo_labels)
    return rx(r"\((?=[^()]*[A-Za-z])(?:[^()]{0,60}/[^()]{0,60}|[^()]{0,20}(?:" + labels
                      + r")[^()]{0,40})\)\s*$", re.I)


@lru_cache(maxsize=None)
def _credit_start() -> Pattern[str]:
    """A photo credit line: "Photo: X", "Foto oleh: X", "(Credit: X)"."""
    k = merged()
    return rx(r"^\(?(?:" + _words(k.photo_labels) + r")(?:\s+(?:" + _words(k.bare_labels)
                      + r"))?\s*:", re.I)


def _alternation(field: str) -> str:
    """A pattern alternation of one profile field's phrases, across languages, longest first."""
    return word_tree_pattern(getattr(merged(), field))


@lru_cache(maxsize=None)
def _prefix_rx() -> Pattern[str]:
    alts = _alternation("boilerplate_prefixes")
    return rx(r"^(?:" + alts + r")(?:(?<=\W)|\b)(?P<colon>\s*[:：])?", re.I)


@lru_cache(maxsize=None)
def _related_rx() -> Pattern[str]:
    alts, marked = _alternation("related_labels"), _alternation("marked_related_labels")
    # (a label in brackets closes them before the title: "【関連記事】X", "[관련기사] X"; not a
    # Markdown link's or heading's bracket: "[Mehr zum Thema]{#id}", "[Related](url)")
    return rx(r"^\W{0,3}(?:(?:" + alts + r")\s*(?:(?:[:：\-–—>»|!】]|\](?![{(\[]))+\s*|\s+(?=[A-Z\"“]))|"
                      r"(?:" + marked + r")\s*(?:[:：\-–—>»|!】]|\](?![{(\[]))+\s*)(?P<title>.*)$", re.I)


@lru_cache(maxsize=None)
def _related_only_rx() -> Pattern[str]:
    alts = "|".join(_alternation(f) for f in ("related_labels", "marked_related_labels", "related_headings"))
    # (a heading may trail off: "You may also like...", "Você pode gostar…")
    return rx(r"^\W{0,3}(?:" + alts + r")\s*(?:[:：\-–—>»】]*|\.{2,3}|…)\s*$", re.I)


# letters of the scripts written without spaces (kana, Chinese characters)
_SPACELESS_LETTERS = rx("[\u3040-\u30ff\u3400-\u9fff]")


@lru_cache(maxsize=None)
def _list_heading_rx() -> Pattern[str]:
    """A list's heading and up to 30 characters after it ("Most read this week"), never a
    sentence (a full stop closes it: "인기 기사 1위는 부동산 대책이었다."; not "JANGAN
    LEWATKAN!!!", "More stories..."); a heading of a script without spaces alone on its line,
    but for a count ("人気記事（5件）"): "\\b" falls at any punctuation there, and a subhead in
    the text opens with the same words."""
    headings = merged().list_headings
    spaced = [h for h in headings if not _SPACELESS_LETTERS.search(h)]
    spaceless = [h for h in headings if _SPACELESS_LETTERS.search(h)]
    alts = r"(?:" + word_tree_pattern(spaced) + r")\b(?!.{0,30}(?<!\.)[.。]$).{0,30}"
    if spaceless:
        alts += r"|(?:" + word_tree_pattern(spaceless) + r")\s*(?:[（(]?\d{1,3}[件位）)]*)?\s*[:：]?\s*"
    return rx(r"^\W{0,3}(?:" + alts + r")$", re.I)


@lru_cache(maxsize=None)
def _starts() -> Tuple[Tuple[str, ...], Tuple[str, ...]]:
    """Lower-case starts of furniture lines, for a fast test before the patterns run:
    (boilerplate prefixes, label and heading words)."""
    k = merged()
    prefixes = tuple(set(k.boilerplate_prefixes))
    labels = tuple({p.split()[0].rstrip(":") for p in k.related_labels + k.marked_related_labels
                    + k.related_headings + k.list_headings})
    return prefixes, labels


@lru_cache(maxsize=None)
def _prefix_heads() -> frozenset:
    """The first two letters of every boilerplate prefix: most lines fail on these at once."""
    return frozenset(p[:2] for p in _starts()[0])


_LEAD_PUNCT = " -–—•*>»#:|\"'“”([{<【"


def _may_be_label(text: str) -> bool:
    return _starts_with_any(text.lstrip(_LEAD_PUNCT)[:40].lower(), _heads()[1])


_ByHead = Tuple[Dict[str, Tuple[str, ...]], Tuple[str, ...]]


def _starts_with_any(low: str, by_head: _ByHead) -> bool:
    """low.startswith(words), for the words _by_head sorted: only the words that open with
    low's first two letters (and those shorter than two) are tried, and most lines fail at
    once, not on a hundred words."""
    heads, shorts = by_head
    group = heads.get(low[:2])
    return group is not None and low.startswith(group) or bool(shorts) and low.startswith(shorts)


def _by_head(words: Tuple[str, ...]) -> _ByHead:
    """The words of two letters or more by their first two, and the shorter ones."""
    heads: Dict[str, List[str]] = {}
    for w in words:
        if len(w) >= 2:
            heads.setdefault(w[:2], []).append(w)
    return {h: tuple(ws) for h, ws in heads.items()}, tuple(w for w in words if len(w) < 2)


@lru_cache(maxsize=None)
def _heads() -> Tuple[_ByHead, _ByHead]:
    """_starts() by their heads (for _starts_with_any)."""
    prefixes, labels = _starts()
    return _by_head(prefixes), _by_head(labels)


@lru_cache(maxsize=None)
def _substrings() -> Tuple[str, ...]:
    return tuple(sorted(set(merged().boilerplate_substrings)))


@lru_cache(maxsize=None)
def _caption_markers() -> Tuple[str, ...]:
    return tuple(sorted(set(merged().caption_markers)))


@lru_cache(maxsize=None)
def _caption_rx() -> Pattern[str]:
    return rx("|".join(re.escape(s) for s in _caption_markers()))


def related_title(text: str) -> Optional[str]:
    """The article title of a "Baca juga: X" line, or None if the line is not one."""
    return _labelled_title(text) if _may_be_label(text) else None


def _labelled_title(text: str) -> Optional[str]:
    """related_title of a line that _may_be_label."""
    m = _related_rx().match(text)
    if not m:
        return None
    title = m.group("title").strip().strip("»>:-–— ").strip()
    # (a label closed by its bracket gives a headline, never a sentence: "[Read more] The
    # council said ... .", "【関連記事】の一覧は...。" go on the text)
    # (nor a Markdown reference link's address: "[Read more]: https://...")
    if title and (title[-1] in ".。" or "://" in title) and any(c in "]】" for c in text[:m.start("title")]):
        return None
    return title or None


def is_related_heading(text: str) -> bool:
    """A line that only says "Baca juga", "Artikel Terkait", "Related stories"..."""
    return len(text) < 80 and _may_be_label(text) and bool(_related_only_rx().match(text))


def is_list_heading(text: str) -> bool:
    """A heading of a latest/popular list ("Artikel Terkini", "Most read")."""
    return len(text) < 60 and _may_be_label(text) and bool(_list_heading_rx().match(text))


def is_boilerplate(text: str, substring_hit: Optional[bool] = None, worded: Optional[bool] = None) -> bool:
    """Page furniture wherever it stands: share bars, ads, counters, footers, notices.

    substring_hit: whether the text holds a furniture phrase, when the caller already knows;
    worded: whether its lower case holds a word of _line_stems, when the caller knows.
    """
    if len(text) > 400:
        # furniture is short, but for legal notices: a paragraph about cookies, consent and
        # trademarks, however long, is the site talking about itself
        head = text[:3000].lower()
        stems, notice = _notice()
        if not any(map(head.__contains__, stems)):  # (map: no frame a stem)
            return False
        return len(notice.findall(head)) >= 3
    low = text[:40].lower()
    m = _prefix_rx().match(text) if low[:2] in _prefix_heads() and _starts_with_any(low, _heads()[0]) \
        else None
    if m and len(text) < 200 and (units(text) < 15 or m.group("colon")):
        # (in words: a paragraph of Chinese, one "word" to a split, counts its characters)
        return True
    low_text = text.lower()
    if substring_hit is None:
        # (a test of each phrase: the one pattern of them all took milliseconds to compile,
        # for the few lines a page asks about outside label_furniture)
        substring_hit = any(map(low_text.__contains__, minimal_phrases(_substrings())))
    if substring_hit:
        return True
    # (the copyright and newsletter lines' plain words, one test for both: most lines hold none)
    if worded is None:
        worded = any(map(low_text.__contains__, _line_stems()))
    if worded and len(text) < 120 and copyright_line(text):
        return True  # "Tous droits réservés Euronews" (not a paragraph or headline quoting the phrase)
    if "?" in text[:60] and account_question(text):
        return True  # "Vous possédez déjà un compte ?": a login box's question
    first = text[:1]
    if len(text) < 40 and _DIGIT.search(text) and _pagination_rx().match(text):
        return True  # "1 dari 3 halaman", "Halaman 2", "Page 2 of 4"
    if (first.isdigit() and _counter_rx().match(text)) or (first == "[" and _MEDIA_ALT.match(text)):
        return True
    if len(text) < 100 and _share_bar(text.lower()):
        return True  # "Facebook Twitter Google+ WhatsApp": a share bar
    if "|" in text and text.count("|") >= 3 and len(text.split()) < 30:
        return True  # "Tentang Kami | Kontak | Pedoman Siber | Redaksi"
    if low.startswith(("©", "(c)", "copyright")):
        return True
    return worded and _newsletter_prompt(text)


@lru_cache(maxsize=None)
def _line_stems() -> Tuple[str, ...]:
    """The plain words one of which a copyright line or a newsletter's line holds."""
    return copyright_stems() + _newsletter_stems()


@lru_cache(maxsize=None)
def _newsletter_rx() -> Tuple[Pattern[str], Pattern[str]]:
    """A newsletter's word anywhere; a sign-up imperative opening the line, or opening what
    follows the colon after a newsletter's name (forty characters at most, no comma: a name,
    not a clause, "Its newsletter, she said, was how members heard: subscribe ...")."""
    k = merged()
    opener = r"(?:" + _words(k.signup_openers) + r")\b(?!-)"  # not "Recevez-vous ...?"
    return (rx(r"\b(?:" + _words(k.newsletter_words) + r")\b", re.I),
            rx(r"^\W{0,3}" + opener + r"|^(?=[^:]{0,40}:)[^:.!?,]*\b(?:" + _words(k.newsletter_words)
               + r")\b[^:.!?,]*:\s*" + opener, re.I))


def _newsletter_prompt(text: str) -> bool:
    """A newsletter box's line: at most W.newsletter_prompt_words words, holding a newsletter's
    word, and opening with a sign-up imperative ("Sign up for our morning newsletter", "Assine a
    newsletter e receba as principais notícias do dia.") or having one after the colon past the
    newsletter's name ("Der Newsletter am Morgen: Melden Sie sich jetzt kostenlos an."). A
    sentence of the text that speaks of a newsletter ("The council publishes the figures in its
    newsletter.", "Subscribers to the newsletter were told ...") opens with neither. (is_boilerplate,
    its caller, asks it only of a line holding one of _newsletter_stems.)"""
    word, prompt = _newsletter_rx()
    if not word.search(text) or at_least_units(text, W.newsletter_prompt_words + 1):
        return False
    bid = prompt.search(text)
    return bid is not None \
        and (not at_least_units(text, W.newsletter_plain_words + 1) or bool(_box_mark_rx().search(text))) \
        and not _reported_advice(text, bid.end())


def _reported_advice(text: str, after: int) -> bool:
    """A sign-up line that is advice the text reports, not the outlet's box: it ends on a
    speaker's tag ("Meld deg på nyhetsbrevet, sa ordføreren.", "..., the mayor said."), or a
    word that limits or forbids the bid stands in the bid's own clause, up to its first comma,
    colon, dash or "and", and the line holds no mark of the outlet's own offer ("Registrera dig
    aldrig för nyhetsbrev ...", "Subscreva apenas newsletters de remetentes que conhece"; not
    "Sign up for our newsletter and never miss a story", "Never miss a story: sign up ...",
    "Abonnieren Sie jetzt nur unseren Newsletter"). after: where the bid's imperative ends."""
    tag, limit, stop = _advice_rx()
    if tag.search(text):
        return True
    cut = stop.search(text, after)
    return bool(limit.search(text, after, cut.start() if cut else len(text))) \
        and not _box_mark_rx().search(text)


@lru_cache(maxsize=None)
def _advice_rx() -> Tuple[Pattern[str], Pattern[str], Pattern[str]]:
    """A speaker's tag closing a line (a comma, then a speech or advice verb before or after
    a subject of a few words); a limiting word; the end of a clause."""
    k = merged()
    verb = r"(?:" + _words(k.cue_after | frozenset(k.advice_verbs)) + r")\b"
    tail = r"\s*[.!]?\s*[\"”»’']?\s*$"
    return (rx(r",\s*(?:" + verb + r"[^,.!?:;]{0,40}|[^,.!?:;]{1,40}\s" + verb + r")" + tail, re.I),
            rx(r"\b(?:" + _words(k.limiting_words) + r")\b(?![-\w])", re.I),
            rx(r"[,;:—–]|\s[-–]\s|\b(?:" + _words(k.name_conjunctions) + r")\b", re.I))


@lru_cache(maxsize=None)
def _newsletter_stems() -> Tuple[str, ...]:
    """The first word of each newsletter's word, in small letters: a line _newsletter_rx's
    word finds holds one."""
    return tuple(sorted({w.lower().split()[0] for w in merged().newsletter_words}))


@lru_cache(maxsize=None)
def _box_mark_rx() -> Pattern[str]:
    """What tells a longer sign-up line as the outlet's own box (more than
    W.newsletter_plain_words words): its own offer ("our", "unsere", "now", "kostenlos", the
    profiles' box_marks), a colon or a link. Advice in a text names another's newsletter
    ("Subscribe to newsletters only from senders you know, and never open links ...")."""
    return rx(r"\b(?:" + _words(merged().box_marks) + r")\b|:|https?://", re.I)


@lru_cache(maxsize=None)
def _reader_address_rx() -> Pattern[str]:
    """The site speaking to its reader or of itself, or a subscription's price period (the
    profiles' reader_address, case as listed: German "Sie", not "sie"; words of scripts
    without spaces need no word's bounds)."""
    words = merged().reader_address
    wide = [w for w in words if cjk_rx().search(w)]
    spaced = [w for w in words if w not in wide]
    return rx(r"\b(?:" + _words(spaced) + r")\b" + ("|" + _words(wide) if wide else ""))


def _share_bar(low: str) -> bool:
    """A line of share buttons' names, two or more, with at most a quarter other words."""
    split = low.split()
    if not 2 <= len(split) <= W.share_bar_max_words:
        return False  # (most lines: at once)
    names = merged().share_names
    # (a bar's words are names but for a quarter of them at most: one of its first few words,
    # a quarter of the line's and one, is a name; a line whose first words are none goes at
    # once, after a word or two, not after a search of the whole line for every name, which
    # took five times as long)
    # (the words, less the marks alone, are no more than the split's; read from the weight, so
    # the shortcut stays exact when W.share_bar_share is tuned)
    spare = int((1 - W.share_bar_share) * len(split) + 1e-9)
    for w in split:
        w = w.strip(_BAR_MARKS)
        if not w:
            continue
        if w in names:
            break
        spare -= 1
        if spare < 0:
            return False
    else:
        return False  # no name at all
    words = [w for w in (w.strip(_BAR_MARKS) for w in split) if w]
    return len(words) >= 2 and \
        sum(w in names for w in words) >= max(2, W.share_bar_share * len(words))


_BAR_MARKS = ".,:;|·•/"  # the marks between a share bar's names, taken off its words


def is_caption(text: str, marker_hit: Optional[bool] = None) -> bool:
    """A photo caption or credit ("... (Foto: X)", "ANTARA FOTO/...", "KOMPAS.com/NAME ...").

    marker_hit: whether a caption marker stands in the text's head or tail, when the caller
    already knows.
    """
    if marker_hit is None:
        if not _caption_hint().search(text):
            return False  # every marker below holds one of these
        # markers stand at a caption's start ("Foto: ...") or end ("(Foto: X)")
        low = (text if len(text) < 240 else text[:100] + " " + text[-140:]).lower()
        marker_hit = bool(_caption_rx().search(low))
    if marker_hit and not _markers_in_compounds(text):
        return True
    if text.endswith(")") and _photo_credit_end().search(text[-130:]) and len(text.split()) < 80 \
            and not desk_code(text[text.rfind("(") + 1:-1], text[:text.rfind("(")]):
        return True  # (but "... kota. (ant/rin)": the desk's code closing an article)
    if "/" in text[:80] and _CAPS_SLASH.match(text):
        return True
    if "/" in text[-100:] and _CAPS_SLASH_END.search(text[-100:]):
        return True  # "... December 21, 2024. REUTERS/Clara Mendes": a photo's credit closes it
    if "©" in text and (len(text.split()) < 40 or not text.endswith(".")):
        return True  # "Name © KapanLagi.com/Photographer"
    # w3m prints an image's alt text in brackets: "[Foto Presiden]" (but not a fact check's
    # verdict in capitals before its headline: "[SALAH] Video Banjir Bandang di Bandung")
    return text.startswith("[") and "]" in text[:60] and len(text) < 200 and not _VERDICT.match(text)


def _markers_in_compounds(text: str) -> bool:
    """Every caption marker in a text (where is_caption reads them) is a word marker
    (caption_word_markers) closing a longer word in small letters that no picture's word
    opens: a compound's end, "Vorteile bei der Finanzierung über einen Autokredit:",
    "Nachteile beim Ratenkredit: hohe Zinsen" (a loan), not "Kredit: Antara", "Fotocredit: X",
    "Bildcredit: dpa", nor a caption glued to its credit ("a large rodentCredit: X")."""
    k = merged()
    read = text if len(text) < 240 else text[:100] + " " + text[-140:]
    low = read.lower()
    found = list(_caption_rx().finditer(low))
    if not found or len(low) != len(read):
        return False
    for m in found:
        at = m.start()
        if m.group() not in k.caption_word_markers or at == 0 or not low[at - 1].isalpha() \
                or read[m.end():].strip()[:1].isupper() or not read[at].islower():
            # (a credit names someone with a capital: "Videocredit: ZDF", "Grafikcredit:
            # Statista"; a compound's end has nothing or a small word after it)
            # (a capital glued to the word before is a caption run into its credit by the
            # markup, "... a large rodentCredit: The Siberian Times"; a compound's end is small)
            return False
        head = _WORD_BEFORE.search(low, 0, at)
        if head and any(head.group().endswith(w) for w in k.photo_labels if len(w) > 3):
            return False  # ("fotocredit:": a picture's credit; not "dok", "ist": too short to tell)
    return True


_WORD_BEFORE = rx(r"[^\W\d_]+$")


def _phone_number(s: str) -> bool:
    """Seven digits or more, not a span of years ("2020-2021")."""
    return sum(c.isdigit() for c in s) >= 7 and not _YEARS.match(s)


@short_text_cache(maxsize=8192)
def _text_shape(text: str, marker_hit: bool) -> Tuple[str, float, int]:
    """What a block's text alone says of it: ("caption" | "cloud" | "", score, words).

    Cached: menus, footers and image placeholders repeat within a page and across a site's
    pages, so most of a batch's blocks have been seen before.
    """
    n = units(text)
    if is_caption(text, marker_hit):
        return "caption", W.caption, n  # images sit inside articles: a caption must not split the body
    return _prose_shape(text, n)


_SHAPE_FORMS = cache_forms(_text_shape)


def _prose_shape(text: str, n: int) -> Tuple[str, float, int]:
    """_text_shape of a text that is no caption."""
    score = min(n, W.words_cap) - W.words_offset
    if n > W.cloud_min_words and (not _PUNCT.search(text) if n * W.cloud_punct_per_word <= 1 else
                                  _fewer_marks(text, n * W.cloud_punct_per_word)) \
            and not spaceless_script(text):  # (Thai and Lao print no stops, Myanmar and Khmer few)
        return "cloud", W.cloud, n  # a tag cloud or a run of menu words: many words, no sentences
    if "@" in text and _EMAIL.search(text) and sum(map(_phone_number, _PHONE.findall(text))) >= 2 \
            and len(merged().contact_labels.intersection(_LABEL_WORD.findall(text.casefold()))) >= 2:
        return "contact", W.contact, n  # "Telephone: ... Fax: ... E-mail: ...": a contact box
    said = _without_desk_code(text)
    if n < W.short_words:
        score = -(W.short_words - n) * W.short_per_word + W.short_base
        if n >= 4 and _SHORT_SENTENCE_END.search(said[-3:]) and _opens_sentence(text) and not _polite_notice(said) \
                or text.startswith(_OPENING_QUOTES):
            score = W.short_sentence  # a short complete sentence
    elif score < W.short_sentence and (_quotation(text) or _plain_sentence(text)):
        # '"Kalau belum ada izin, kami hentikan," tegasnya.': a quotation and its speaker, a
        # quotation alone, or a plain sentence ("Sidang akan dilanjutkan pekan depan dengan
        # agenda pembacaan nota pembelaan."), of just ten words is not worth less than one of
        # nine: scored 0, a text's ten-word last paragraph was left out where one of nine was kept
        score = W.short_sentence
    if not said.endswith(_SENTENCE_END) and not _SHORT_SENTENCE_END.search(said[-3:]) and \
            n < W.no_sentence_end_words:
        score += W.no_sentence_end
    return "", score, n


def _quotation(text: str) -> bool:
    """A quotation and its speaker, or a quotation alone, closed by a stop."""
    said = _without_desk_code(text)
    return bool(_ATTRIBUTED.match(said) or text.startswith(_OPENING_QUOTES) and _SHORT_SENTENCE_END.search(said[-3:]))


def _plain_sentence(text: str) -> bool:
    """A sentence that opens as one and closes with a stop, no polite notice, no teaser's
    text cut short ("Two people in China have been diagnosed with the plague,...") and no
    promo of the site's, which speaks to its reader or of itself ("Get in-depth reporting and
    opinions for only N$85 a month.", "Thanks for subscribing. We hope you enjoy ...")."""
    said = _without_desk_code(text)
    return _opens_sentence(text) and not _polite_notice(said) and bool(_SHORT_SENTENCE_END.search(said[-3:])) \
        and not said.endswith(("...", "…")) and not _reader_address_rx().search(said)


def _without_desk_code(text: str) -> str:
    """The text without the editor's or desk's code, or the agency's name, that closes an
    article's last paragraph ("... korban terdampak. (fik)", "[fik]", "(H-4)", "(ant/rin)",
    "(Antara)"): the sentence before it is what ends the paragraph. Any other text comes back
    whole."""
    if text[-1:] not in ")]":
        return text
    start = text.rfind("(" if text[-1] == ")" else "[")
    head = text[:start].rstrip()
    inner = text[start + 1:-1]
    if start <= 0 or not head.endswith(_SENTENCE_END) \
            or not (desk_code(inner, head) or inner.strip().casefold() in merged().agencies):
        return text
    return head


# a note of the text, numbered in brackets ("[1] http://...", "[2] Smith, J. (2019) ..."): in
# HTML no alt text (a dump prints "[1] Logo" for a page's first image, so only a page's)
_FOOTNOTE = rx(r"\[\d{1,3}\] ")


def _bracketed_lead(text: str) -> bool:
    """HTML: a paragraph that a bracket opens and sentences follow ("[Seoul=Yonhap] The
    ...", "[엔터미디어=소설가 박생강의 옆구리tv] 주말 밤 ..."): an outlet's and writer's tag
    heading the text, not an image's alt text as a dump prints it ("[Foto Presiden]"), which
    a page's markup never holds as text."""
    close = text.find("]")
    rest = text[close + 1:].strip()
    return text.startswith("[") and 0 < close and bool(_CLOSED.search(rest[-3:])) and not is_caption(text[1:close]) \
        and at_least_units(rest, W.lead_min_words) and not is_boilerplate(text[1:close])  # ("[Werbung]")


def _opens_sentence(text: str) -> bool:
    """A text that opens as a sentence does: a capital, a quotation's dash before one ("– Ta
    tillbaka honom!", as Nordic, French, Spanish and Slavic texts print speech), or a number
    that is a word of it ("18-åriga Hanna ...", "2024 war ..."), not a list's ("2. Du hast ...")."""
    if text[:2] in _SPEECH_DASHES:
        text = text[2:]
    first = text[:1]
    # (a letter of Chinese or Japanese, which have no capitals, opens one as well)
    return first.isupper() or first.isdigit() and bool(_NUMBER_WORD.match(text)) \
        or first >= "\u3040" and bool(cjk_rx().match(first))


_SPEECH_DASHES = ("– ", "— ")


def _polite_notice(text: str) -> bool:
    """A short Japanese sentence in the polite style, outside quotation marks: a site's notice
    ("写真はイメージです。", "ご意見やご感想をお寄せください。"), not the news's, which is written in
    the plain style ("規制は来年1月から適用される。")."""
    return text.endswith("。") and bool(_POLITE_END.search(text)) and "「" not in text and "『" not in text


_POLITE_END = rx("(?:です|ます|ません|ください)。$")
# a number that is a sentence's first word: "18-åriga", "2024", "30%" (not a list's "2.", a
# clock's or a player's "02:57")
_NUMBER_WORD = rx(r"\d+(?:-[^\W\d_]+)?%? ")


# the marks a tag cloud lacks: stops and commas first, which a text's sentences reach the
# count with at once
_CLOUD_MARKS = ".,;:!?。，।॥؟،؛۔။၊።፣។׃"


def _fewer_marks(text: str, least: float) -> bool:
    """The text holds fewer than `least` of _CLOUD_MARKS (counted mark by mark, only until
    there are that many: a paragraph's stops alone are enough, and the rest are not counted)."""
    found = 0
    for mark in _CLOUD_MARKS:
        found += text.count(mark)
        if found >= least:
            return False
    return True


def _shape_score(block: Block, marker_hit: bool) -> float:
    """The prose score of a block that is not furniture by its text: length, ending, list."""
    text = block.text
    cached, plain, limit = _SHAPE_FORMS
    kind, score, n = cached(text, marker_hit) if len(text) <= limit else plain(text, marker_hit)
    if kind == "caption" and block.path and (_bracketed_lead(text) or _FOOTNOTE.match(text)
                                             or block.tag == "pre"):
        # (a block of code or of set lines opens with a bracket as a dump's picture does,
        # "[server]", "[INFO] ...": preformatted text is never a picture's caption)
        kind, score, n = _prose_shape(text, n)
    if kind == "caption":
        block.caption = True
    if kind:
        return score
    if block.bullet:
        score += W.bullet + n * W.bullet_per_word  # list items are mostly menus and teasers
    if block.heading:
        score += W.heading
    if block.link_density > W.link_list_density:
        # a list of links is never prose, whatever container it sits in
        return min(score, 0.0) + W.link_list + n * W.link_list_per_word + min(block.hint, 0.0)
    if block.link_density > 0:
        score += n * block.link_density * W.link_per_word
    # a container that looks like content lifts a paragraph, not a lone word in it
    hint = block.hint if block.hint < 0 else block.hint * min(1.0, n / W.hint_full_words)
    return score + hint


# the quotation marks that close a quotation _OPENING_QUOTES opened
_QUOTE_CLOSERS = "\"\u201d\u201c\u00bb\u2018\u2019"


def _spoken_quote(text: str) -> bool:
    """A paragraph that opens with a quotation of several words (a speaker's sentence:
    '"Artinya, ranking 36 terbawah dirasionalisasi," ucapnya.'), which a picture's caption never
    does (not a title in quotes, '"Dilan 1990" dibintangi ...')."""
    if not text.startswith(_OPENING_QUOTES):
        return False
    # the closing mark: the opener's own ("“" -> "”", "«" -> "»"), not an apostrophe between
    # letters ("don’t")
    closers = _CLOSER_OF.get(text[0], _QUOTE_CLOSERS)
    end = next((k for k in range(1, len(text)) if text[k] in closers and not (
        text[k] in "’'" and text[k - 1:k].isalpha() and text[k + 1:k + 2].isalpha())), -1)
    if end < 0:
        return True
    inside, after = text[1:end].rstrip(" \u00a0"), text[end + 1:].lstrip(" \u00a0")
    # (a speaker's sentence closes on its own mark inside the quotation, '..., " ucapnya', or
    # goes on in small letters after it, a comma and a cue ('„...“, sagte sie', '"..." ujar
    # X'): a title, a banner's or a sign's words do neither, '"Save our old bridge now" reads
    # a sign', '"A Streetcar Named Desire" at the ...')
    k = merged()
    clause = after.lstrip("-\u2013\u2014, \u00a0").split()[:_CUE_WITHIN]
    spoken = inside[-1:] in ",.!?…" or after[:1] == "," and after[1:].lstrip()[:1].islower() or \
        any(w.casefold().strip(".,:;") in k.cue_after for w in clause)
    return spoken and at_least_units(inside, W.spoken_quote_words)


_CUE_WITHIN = 6  # a speech verb this near after the closing mark: '"..." farmer X told reporters'
_CLOSER_OF = {"“": "”\"", "„": "“”\"", "«": "»", "‚": "‘’", "\"": "\"”"}


def _credit_line(blocks: List[Block], i: int) -> bool:
    """Block i is a short photo credit ("Photo: Hau Dinh, AP")."""
    if i >= len(blocks):
        return False
    t = blocks[i].text
    return len(t) < 60 and (bool(_credit_start().match(t)) or bool(_COPYRIGHT_CREDIT.match(t)))


def _own_caption_credit(blocks: List[Block], i: int) -> bool:
    """HTML: the credit under block i is a caption's element (a <figcaption>, a caption's
    class) inside an element block i is not in: a figure that holds its own caption
    ("<figure><img><figcaption>Kuva: Lehtikuva</figcaption></figure>"), not block i's."""
    credit = blocks[i + 1]
    return bool(blocks[i].path) and credit.caption and len(credit.path) > 1 and \
        blocks[i].path[:len(credit.path) - 1] != credit.path[:-1]


# a picture's credit on a line of its own: "© dpa/Zuma Wire/K.C. Alfred" (a photographer and an
# agency, parted by a slash; not the site's "© 2024 Verlag GmbH", nor "© Motorsport-Magazin")
_COPYRIGHT_CREDIT = rx(r"^(?:©|\(c\))\s*[^\W\d_][^/\d]{0,40}/\s*[^\W\d_][^\d]*$", re.I)


def _teaser_card(blocks: List[Block], i: int) -> bool:
    """A dump: block i and a line just below or above it print the same headline, a teaser card, whose
    picture's alt text or link holds the headline and its blurb, and whose title line prints
    the headline again ("Frankenberg: Nach Tod von X stellt ... ein - 2022 war ..." over
    "29.04.2024 Mittweida" and "Frankenberg: Nach Tod von X stellt ... ein")."""
    # (the card's long line stands above its title line: a heading over a paragraph that
    # opens with the heading's words is an article's. A dump's only: a page's elements
    # bound its cards, and a product's feature list repeats its lines so)
    if blocks[i].path:
        return False
    text = blocks[i].text
    for j in (i - 2, i - 1, i + 1, i + 2):
        if not 0 <= j < len(blocks):
            continue
        other = blocks[j].text
        short, long_ = (other, text) if j > i else (text, other)
        if len(long_) > len(short) >= _CARD_HEADLINE_CHARS and long_.startswith(short) \
                and not short.endswith(_SENTENCE_END) and at_least_units(short, _CARD_HEADLINE_WORDS):
            return True
    return False


_CARD_HEADLINE_CHARS = 20
_CARD_HEADLINE_WORDS = 4


def _alt_before_caption(blocks: List[Block], i: int) -> bool:
    """Block i is a picture's alt text that the next block prints again as its caption, with
    the credit after it ("Polisen deltar i sökandet." over "Polisen deltar i sökandet. Foto:
    X"): a dump prints both."""
    if i + 1 >= len(blocks):
        return False
    text, nxt = blocks[i].text, blocks[i + 1].text
    if nxt == text:  # (printed twice, a credit on the line below the second)
        return _picture_credit(blocks, i + 2)
    return len(nxt) > len(text) and nxt.startswith(text) and is_caption(nxt)


def _printed_twice(text: str, nxt: str) -> bool:
    """A dump: a block's text is a picture's alt text that the next block (nxt) prints again as
    its caption, with its credit after it ("... trial is heard in November." over "... trial is
    heard in November. (NPA)"), or alone over two lines a wrapped dump broke it into: a sentence
    of W.caption_copy_words words at least, the copy's extra words (W.caption_copy_extra at most)
    no sentence. Both are the picture's, the first copy too (the second is one by being printed
    again); an exact copy of W.caption_copy_most words or more makes only the second one: a
    paragraph printed twice in a row (a standfirst that the first paragraph repeats, a block a
    dump printed twice) keeps its first copy."""
    if not nxt.startswith(text) or not text.endswith(_SENTENCE_END):
        return False
    rest = nxt[len(text):].split()
    return at_least_units(text, W.caption_copy_words) and len(rest) <= W.caption_copy_extra \
        and not (rest and rest[-1].endswith(_STOPS))


def _alt_over_caption(blocks: List[Block], i: int) -> bool:
    """A dump: block i is a picture's alt text whose words its caption below prints again, in
    order, with more words and the credit ("Taylor Swift standing ovation untuk Joey
    Alexander" over "Taylor Swift memberikan standing ovation untuk Joey Alexander. Foto:
    Grammy"), whatever it scores."""
    if i + 1 >= len(blocks):
        return False
    text, nxt = blocks[i].text, blocks[i + 1].text
    if len(text) >= W.alt_line_chars or len(nxt) <= len(text) or text[-1:] in ".!?" \
            or text[:4] not in nxt[:24]:
        return False  # (most lines: at once; a caption opens as its alt text does, after its label)
    words = text.split()
    if len(words) < 3 or words[-1] not in nxt:
        return False
    rest = iter(nxt.split())
    return all(any(w == x.strip(".,:;") for x in rest) for w in words) and is_caption(nxt)


def _picture_credit(blocks: List[Block], i: int) -> bool:
    """Block i is a picture's credit on a line of its own: "Foto: X", "© Agency/Name", "picture
    alliance / AP | Name" (an agency, a slash, a name)."""
    if i >= len(blocks):
        return False
    t = blocks[i].text
    return len(t) < 60 and (_credit_line(blocks, i) or "/" in t and not t.endswith(_SENTENCE_END)
                            and not at_least_units(t, _CREDIT_WORDS + 1))


_CREDIT_WORDS = 8



def _page_hits(blocks: List[Block]) -> Tuple[set, set]:
    """Blocks holding a furniture phrase, and blocks with a caption marker in head or tail
    (_page_reads' first two answers)."""
    phrase_hits, marker_hits, _worded = _page_reads(blocks)
    return phrase_hits, marker_hits


def _page_reads(blocks: List[Block]) -> Tuple[set, set, Optional[set]]:
    """Blocks holding a furniture phrase, and blocks with a caption marker in head or tail;
    and, where the phrases' automaton reads the page, the blocks of up to 400 characters that
    hold a copyright line's or a newsletter's word (_line_stems: is_boilerplate's `worded`),
    found in the phrases' pass (else None: is_boilerplate tests each block).

    Only the text where a hit counts is searched: furniture is short (is_boilerplate reads
    phrases in blocks of up to 400 characters only), and a caption marker counts in a block
    under 240 characters, else in its first 100 or last 140: an article's long paragraphs,
    most of a page's text, are not scanned a hundred times over. A dump's menu folded into
    one block is labelled a list by its items, and its text is not searched at all.
    """
    phrases = minimal_phrases(_substrings())
    markers = minimal_phrases(_caption_markers())
    reach = max(map(len, markers), default=0)
    read = [(i, b.text) for i, b in enumerate(blocks) if b.items <= 1]
    short = [(i, text, len(text)) for i, text in read if len(text) <= 400]
    # (a block of up to 400 characters is searched for the markers whole, as it is for the
    # phrases: the texts are lower-cased, encoded and joined once for both searches, and a
    # marker's hit in a block of 240 or more counts in its first 100 or last 140 characters,
    # where the head's and the tail's pieces would have held it; a longer block adds its two)
    longer: List[Tuple[int, str, int]] = []
    for i, text in read:
        n = len(text)
        if n > 400:  # (a hit counts where it starts: the head piece's within its first 100)
            longer.append((i, text[:100 + reach], 100))
            longer.append((i, text[n - 140:], 140))
    texts = [text for _i, text, _n in short] + [text for _i, text, _limit in longer]
    lowered = [text.lower() for text in texts]
    if sum(map(len, lowered)) != sum(map(len, texts)):
        # a capital whose small form is longer ("İ" to "i̇"): each search apart (_hits)
        return _hits(short, phrases), _hits(_marker_pieces(read, reach), markers), None
    if _ahocorasick is not None:
        return _page_hits_in_text(short, longer, lowered, phrases, markers)
    encoded = [text.encode("utf-8", "surrogatepass") for text in lowered]
    starts = list(accumulate([len(text) + 1 for text in encoded], initial=0))
    phrase_hits = _placed(_occurrences(b"\n".join(encoded[:len(short)]), phrases), starts, short, encoded, lowered)
    marker_hits: set = set()
    occurrences = _occurrences(b"\n".join(encoded), markers)
    for at in occurrences:
        k = bisect_right(starts, at) - 1
        at -= starts[k]
        if k >= len(short):
            i, _text, limit = longer[k - len(short)]
            if at < limit or _chars(encoded[k], lowered[k], at) < limit:
                marker_hits.add(i)
            continue
        i, _text, n = short[k]
        if n < 240 or at < 100 or _chars(encoded[k], lowered[k], at) < 100 \
                or _chars(encoded[k], lowered[k], at) >= n - 140:
            marker_hits.add(i)
    return phrase_hits, marker_hits, None


def _page_hits_in_text(short: List[Tuple[int, str, int]], longer: List[Tuple[int, str, int]],
                       lowered: List[str], phrases: Tuple[str, ...],
                       markers: Tuple[str, ...]) -> Tuple[set, set, set]:
    """_page_reads' searches over the lower-cased texts as text, each in one pass of an
    automaton: a hit's place is counted in characters at once, which are the text's own (no
    text's small form is longer: the caller has seen to it). The pass over the short texts
    finds the phrases and _line_stems' words together."""
    starts = list(accumulate([len(text) + 1 for text in lowered], initial=0))
    phrase_hits: set = set()
    worded: set = set()
    for end, (n, kinds) in _phrases_and_stems(phrases, _line_stems()).iter("\n".join(lowered[:len(short)])):
        i = short[bisect_right(starts, end - n + 1) - 1][0]
        if kinds & _PHRASE:
            phrase_hits.add(i)
        if kinds & _STEM:
            worded.add(i)
    marker_hits: set = set()
    for at in _occurrences("\n".join(lowered), markers):
        k = bisect_right(starts, at) - 1
        at -= starts[k]
        if k >= len(short):
            i, _text, limit = longer[k - len(short)]
            if at < limit:
                marker_hits.add(i)
        else:
            i, _text, n = short[k]
            if n < 240 or at < 100 or at >= n - 140:
                marker_hits.add(i)
    return phrase_hits, marker_hits, worded


def _marker_pieces(read: List[Tuple[int, str]], reach: int) -> List[Tuple[int, str, int]]:
    """The pieces of the blocks where a caption marker counts (block, text, how far into it
    a hit may start): a block under 240 characters whole, a longer one's head and tail."""
    pieces: List[Tuple[int, str, int]] = []
    for i, text in read:
        n = len(text)
        if n < 240:
            pieces.append((i, text, n))
        else:  # (a hit counts where it starts: the head piece's within its first 100)
            pieces.append((i, text[:100 + reach], 100))
            pieces.append((i, text[n - 140:], 140))
    return pieces


def _chars(encoded: bytes, lowered: str, at: int) -> int:
    """The place in characters of the place `at` in a text's UTF-8 bytes."""
    return at if len(encoded) == len(lowered) else len(encoded[:at].decode("utf-8", "surrogatepass"))


def _placed(occurrences: List[int], starts: List[int], pieces: List[Tuple[int, str, int]],
            encoded: List[bytes], lowered: List[str]) -> set:
    """The blocks of the pieces that hold a hit (its place in the pieces' bytes joined, which
    `starts` part) before the piece's limit (how far into it a hit may start, in characters)."""
    found: set = set()
    for at in occurrences:
        k = bisect_right(starts, at) - 1
        i, _text, limit = pieces[k]
        at -= starts[k]
        if at < limit or len(encoded[k]) != len(lowered[k]) and \
                len(encoded[k][:at].decode("utf-8", "surrogatepass")) < limit:
            found.add(i)
    return found


def _hits(pieces: List[Tuple[int, str, int]], phrases: Tuple[str, ...]) -> set:
    """The blocks of the pieces (block, text, how far into it a hit may start) that hold a
    phrase."""
    texts = [text for _i, text, _limit in pieces]
    found: set = set()
    # (each text lower-cased apart, the same as the page's text at once: most of a page's
    # lines are ASCII, lower-cased at once, and only the few with a curly quote or a dash
    # character by character, not the whole page for one)
    lowered = [text.lower() for text in texts]
    if _ahocorasick is not None or sum(map(len, lowered)) != sum(map(len, texts)):
        # a capital whose small form is longer ("İ" to "i̇"): the plain search, its hits
        # placed by the lowered texts' lengths (the joined text searched is theirs); and every
        # search where the automaton finds the phrases in one pass over the text (where no
        # small form is longer, each text's places are its own)
        occurrences = _occurrences("\n".join(lowered), phrases)
        starts = list(accumulate([len(text) + 1 for text in lowered], initial=0))
        for at in occurrences:
            k = bisect_right(starts, at) - 1
            if at - starts[k] < pieces[k][2]:
                found.add(pieces[k][0])
        return found
    # searched as UTF-8 (a fifth faster than a page's text of two bytes a character, which a
    # single curly quote makes it): a phrase's bytes stand in the text's bytes just where the
    # phrase stands in the text, and a hit's place in characters is counted only when its
    # place in bytes, never less, is past the limit
    encoded = [text.encode("utf-8", "surrogatepass") for text in lowered]
    occurrences = _occurrences(b"\n".join(encoded), phrases)
    if not occurrences:
        return found
    starts = list(accumulate([len(text) + 1 for text in encoded], initial=0))
    return _placed(occurrences, starts, pieces, encoded, lowered)


def _comments_heading(text: str) -> bool:
    """A short line that opens the readers' comments ("Comments", "Kommentar schreiben")."""
    return len(text) < 120 and bool(_comments_rx().search(text))


opens_comments = _comments_heading  # (for the field finders: what follows it is the readers')



def _about_box(text: str) -> bool:
    """The heading of a box about the outlet or its desk, after the article ("Tentang Cek
    Fakta Liputan6.com", "About KOMPAS.com"): a short line that opens with an about-word and
    names an outlet by its domain or its known name."""
    # (a paragraph, most blocks this is asked of, told by its first words: not split whole)
    most = W.section_heading_words
    words = text.split(None, most)
    if not 2 <= len(words) <= most or text.endswith(_SENTENCE_END):
        return False
    k = merged()
    if words[0].lower() not in k.about_words:
        return False
    return bool(domain_rx().search(text)) or any(w.lower() in k.outlets for w in words[1:])


def _writer_box_heading(text: str) -> bool:
    """The heading of a box about the article's writer ("About the author", "Über die Autor:in
    Carla Muster", "Sobre la autora:"): one of the profiles' writer_box_headings alone on its
    line, or with a name after it, two to four capitalised words none a stopword (not a
    crosshead's words: "About the Author Who Vanished", "Zum Autor ernannt")."""
    # (its colon ends no sentence; split no further than one word past the most, as _about_box)
    words = text.rstrip(" :").split(None, W.section_heading_words)
    if not words or len(words) > W.section_heading_words or words[-1].endswith(_SENTENCE_END):
        return False
    line = " ".join(words).replace("’", "'")
    low = line.casefold()
    for h in merged().writer_box_headings:
        if low == h:
            return True
        if low.startswith(h) and not low[len(h)].isalnum():
            # (the writer's name after it, "Über die Autor:in Carla Muster", "About the Author -
            # Jane Doe"; not a sentence's words: "About the author's new book")
            rest = line[len(h):].strip(" -–—:|").split()
            return _name_words(rest)
    return False


def _name_words(words: Sequence[str]) -> bool:
    """Two to four capitalised words, none a stopword: a writer's name, as far as its shape
    tells."""
    stop = merged().stopwords
    return 2 <= len(words) <= W.writer_box_name_words and all(
        w[:1].isupper() and w.casefold() not in stop and not w.endswith(_SENTENCE_END) for w in words)


@lru_cache(maxsize=1)
def _bio_rx() -> Optional[Pattern[str]]:
    """A name and a profile's linking word opening a note about a writer ("Jane Doe is a ...",
    "Carla Muster ist ...")."""
    from newsextract.profiles import available, get_profile
    links = [get_profile(c).bio_link for c in available()]
    joined = "|".join(f"(?:{x})" for x in links if x)
    return rx(r"^[A-Z][\w'’.\-]+(?: [A-Z][\w'’.\-]+){0,3} (?:" + joined + r")\b") if joined else None


def _writer_box(blocks: List[Block], j: int) -> bool:
    """Block j opens a box about the article's writer after the text: its heading alone on
    its line (_writer_box_heading), then the box's own lines, a short name (and the note under
    it), an e-mail address, a note "X is ..." / "X ist ...", and after them no paragraph of
    prose (W.writer_box_prose_chars): the text's last long paragraph lies above it. A crosshead
    of that wording in the middle of a text, a contents list's entry, a book review's "Zur
    Autorin" over prose go on with the text."""
    if not _writer_box_heading(blocks[j].text):
        return False
    bio = _bio_rx()

    def boxed(t: str) -> bool:
        return _name_words(t.split()) or bool(_EMAIL.search(t)) and len(t.split()) <= W.section_heading_words \
            or bio is not None and bio.match(t) is not None

    k = j + 1
    if k + 1 < len(blocks) and not boxed(blocks[k].text.strip()) and not _long_prose(blocks[k].text):
        k += 1  # (a short line before the box's lines: the writer's picture, its alt text)
    first, named = k, False
    while k < len(blocks):
        t = blocks[k].text.strip()
        if not (boxed(t) or named):
            break
        named = _name_words(t.split())  # (the note under the writer's name is the box's)
        k += 1
    if k == first:
        return False  # (no line of a box under the heading)
    return not any(_long_prose(b.text) for b in blocks[k:k + 3])  # (a crosshead, then the text's prose)


def _long_prose(text: str) -> bool:
    """A paragraph of prose, as long as the text's (W.writer_box_prose_chars) and ending a
    sentence."""
    return len(text) >= W.writer_box_prose_chars and text.rstrip().endswith(_SENTENCE_END)


def _occurrences(page: AnyStr, phrases: Tuple[str, ...]) -> List[int]:
    """Where each phrase occurs in the page (in no set order), the page a text or its UTF-8
    bytes. A text is read once by the phrases' automaton, where pyahocorasick is installed
    (a third of the time of the find passes below). Else, and for bytes: one find pass per
    phrase beats one regex alternation of them all several times over: the regex tries its branches at every position that starts with a common letter.
    Phrases that share a word are found in one pass too (_phrase_groups): each place the word
    stands is a place where one of them may, and a phrase is tested there, which costs a
    fraction of a pass over the page."""
    if _ahocorasick is not None and isinstance(page, str):
        # (one pass of the automaton over the page for all the phrases: each hit's end and
        # its phrase's length)
        return [end - n + 1 for end, n in _automaton(phrases).iter(page)]
    out: List[int] = []
    # (a key of other letters than ASCII's is looked for only where the page holds its
    # character's lead byte: one memchr, shared by the keys of that byte, for a page with no
    # accented or Japanese letter skips a slower search for each such key)
    missing: Dict[Any, bool] = {}
    for key, members, lead in _search_plan(phrases, isinstance(page, bytes)):
        if lead is not None:
            miss = missing.get(lead)
            if miss is None:
                miss = missing[lead] = lead not in page
            if miss:
                continue
        at = page.find(key)
        if not members:
            while at >= 0:
                out.append(at)
                at = page.find(key, at + 1)
            continue
        # (a phrase's occurrence holds the key at its offset in the phrase: every occurrence
        # of the phrase is found once, from the occurrence of the key at that offset)
        while at >= 0:
            for phrase, offset in members:
                if at >= offset and page.startswith(phrase, at - offset):
                    out.append(at - offset)
            at = page.find(key, at + 1)
    return out


@lru_cache(maxsize=None)
def _automaton(phrases: Tuple[str, ...]) -> Any:
    """An Aho-Corasick automaton of the phrases (a phrase's value: its length), which finds
    every occurrence of every phrase, overlapping ones too, in one pass over a text."""
    automaton = _ahocorasick.Automaton()
    for phrase in phrases:
        automaton.add_word(phrase, len(phrase))
    automaton.make_automaton()
    return automaton


_PHRASE, _STEM = 1, 2  # what a key of _phrases_and_stems is: a furniture phrase, a line's word


@lru_cache(maxsize=None)
def _phrases_and_stems(phrases: Tuple[str, ...], stems: Tuple[str, ...]) -> Any:
    """An automaton of the phrases and the stems together (a key's value: its length, and
    whether it is a phrase, a stem or both), for one pass that finds both."""
    kinds: Dict[str, int] = {}
    for phrase in phrases:
        kinds[phrase] = _PHRASE
    for stem in stems:
        kinds[stem] = kinds.get(stem, 0) | _STEM
    automaton = _ahocorasick.Automaton()
    for key, kind in kinds.items():
        automaton.add_word(key, (len(key), kind))
    automaton.make_automaton()
    return automaton


@lru_cache(maxsize=None)
def _search_plan(phrases: Tuple[str, ...], encoded: bool) -> Tuple[Tuple[Any, Tuple[Tuple[Any, int], ...], Any], ...]:
    """_phrase_groups as _occurrences searches them: (a lone phrase, (), its lead byte) or (the
    group's word, its phrases with the word's offset in each, its lead byte), as text or as
    UTF-8 (a character's bytes start no other's, so the word's first place in a phrase's bytes
    is its first place in the phrase). The lead byte: in UTF-8, the highest byte that opens a
    character of more than one byte in the key (one the key cannot occur without; the highest,
    as the common punctuation's, curly quotes and dashes, is \\xe2 and a Japanese letter's
    higher), else None."""
    def form(s: str) -> Any:
        return s.encode("utf-8") if encoded else s

    def lead(key: Any) -> Any:
        leads = [c for c in key if c >= 0xc0] if encoded else []
        return bytes([max(leads)]) if leads else None

    plan: List[Tuple[Any, Tuple[Tuple[Any, int], ...], Any]] = []
    for key, group in _phrase_groups(phrases):
        if key is None:
            plan.append((form(group[0]), (), lead(form(group[0]))))
        else:
            plan.append((form(key), tuple((form(p), form(p).find(form(key))) for p in group), lead(form(key))))
    return tuple(plan)


# the shortest word a group of phrases is found by: a word of four letters is rare enough on a
# page ("this", "news", "link") that testing the group's phrases where it stands costs less
# than a pass over the page for each
_GROUP_WORD_LEAST = 4
# marks a group of phrases is found by too, as by a word: a bracket opens a picture credit's
# many forms ("(foto: x)", "(l-r)", "(fr. v.)", "(da sinistra)") and stands on a page a few
# dozen times, where a pass for each of them read the whole page
_GROUP_MARKS = "("


@lru_cache(maxsize=None)
def _phrase_groups(phrases: Tuple[str, ...]) -> Tuple[Tuple[Optional[str], Tuple[str, ...]], ...]:
    """The phrases grouped under a word of _GROUP_WORD_LEAST letters or more (or a mark of
    _GROUP_MARKS) that each of a group's phrases holds ("newsletter": "subscribe to our
    newsletter", "zum newsletter anmelden"), the word that serves most phrases first; a phrase
    that shares no word stands alone, under None. Derived from the phrases, whatever their
    language."""
    words = sorted({w for p in phrases for w in p.split() if len(w) >= _GROUP_WORD_LEAST}
                   | {m for p in phrases for m in _GROUP_MARKS if m in p})
    holders = _holders(phrases, words)
    left = set(range(len(phrases)))
    groups: List[Tuple[Optional[str], Tuple[str, ...]]] = []
    # the word that serves most phrases still left, the longer (then the later in order) on a
    # tie: kept in a heap by the count it had when last looked at, which only falls as phrases
    # are taken, so a word whose count still holds when it comes up is the best
    rank = {w: r for r, w in enumerate(sorted(words, key=lambda w: (len(w), w)))}
    heap = [(-len(holders[w]), -rank[w], w) for w in words]
    heapify(heap)
    while heap:
        count, order, word = heappop(heap)
        members = sorted(holders[word] & left)
        if len(members) < -count:
            heappush(heap, (-len(members), order, word))
            continue
        if len(members) < 2:
            break
        groups.append((word, tuple(phrases[i] for i in members)))
        left.difference_update(members)
    groups.extend((None, (phrases[i],)) for i in sorted(left))
    return tuple(groups)


def _holders(phrases: Tuple[str, ...], words: List[str]) -> Dict[str, FrozenSet[int]]:
    """The phrases (by index) that hold each word, anywhere in them ("news" in "newsletter"):
    one search of all the phrases joined per word, not a test of each phrase."""
    joined = "\n".join(phrases)
    starts = list(accumulate([len(p) + 1 for p in phrases], initial=0))
    holders = {}
    for word in words:  # (a word holds no white space: a hit never spans two phrases)
        found = set()
        at = joined.find(word)
        while at >= 0:
            k = bisect_right(starts, at) - 1
            found.add(k)
            at = joined.find(word, starts[k + 1])
        holders[word] = frozenset(found)
    return holders




@short_text_cache(maxsize=8192)
def _text_label(text: str, hits: Tuple[bool, Optional[bool]]) -> str:
    """The furniture a block is by its text alone, or "" (cached, as _text_shape). `hits`:
    whether the text holds a furniture phrase, and a line's word (_line_stems), or None when
    that is not known."""
    phrase_hit, worded = hits
    if _may_be_label(text):  # (the tests of is_related_heading, is_list_heading and related_title after it)
        if len(text) < 80 and _related_only_rx().match(text):
            return "related heading"
        if len(text) < 60 and _list_heading_rx().match(text):
            return LIST_HEADING
        if _labelled_title(text) is not None:
            return "read-also label"
    return "boilerplate marker" if is_boilerplate(text, phrase_hit, worded) else ""


def label_furniture(blocks: List[Block]) -> None:
    """Label the blocks that are furniture by their own text, wherever they stand."""
    in_list = 0
    bullets = False  # the list under the current heading is a bulleted one
    scope: Tuple[int, ...] = ()  # HTML: the element that holds the current heading
    introduced = False  # the last prose block ended with a colon: a list follows
    # the phrase and marker searches run once over the whole page, not once per block
    phrase_hits, marker_hits, worded = _page_reads(blocks)
    recent: Deque[str] = deque(maxlen=3)
    label_cached, label_plain, limit = cache_forms(_text_label)
    copies = 0  # (a dump: how many blocks below print again the alt text above them)
    last = len(blocks) - 1
    for i, b in enumerate(blocks):
        text = b.text
        above_copied = copies > 0
        if above_copied:
            copies -= 1
        if b.items > 1:  # a folded menu
            b.mark(LIST, f"menu of {b.items} items")
            b.score = W.menu_per_item * b.items  # what its items would have scored one by one
            in_list = 0
            continue
        hits = (i in phrase_hits, None if worded is None else i in worded)
        kind = label_cached(text, hits) if len(text) <= limit else label_plain(text, hits)
        if kind == "related heading":
            b.mark(RELATED, kind)
            in_list, bullets, scope = 1, False, b.path[:-1]
        elif kind == LIST_HEADING:
            b.mark(LIST, kind)
            in_list, bullets, scope = 2, False, b.path[:-1]
        elif kind == "read-also label":
            b.mark(RELATED, kind)
        elif kind:
            b.mark(BOILERPLATE, kind)
            in_list = 0
        elif in_list and len(b.text.split()) <= 30 and not b.text.endswith(".") and \
                (b.bullet or not bullets) and b.path[:len(scope)] == scope:
            b.mark(RELATED if in_list == 1 else LIST, LIST_ITEM)
            bullets = bullets or b.bullet
        else:
            in_list = 0
        if b.label == BOILERPLATE:
            b.score = W.boilerplate
        elif b.label in (RELATED, LIST) and b.reason != LIST_ITEM:
            b.score = W.related
        else:
            b.score = _shape_score(b, i in marker_hits)
            if b.bullet and introduced and not b.label and b.link_density < 0.5:
                # "The plan allows:" then a list: the list is part of the text
                b.score = max(b.score, W.introduced_list_floor)
            # (in HTML only a short one: a figure marks its captions, and a long paragraph
            # above a picture's credit is text; in a dump the credit is all there is to go on)
            if not b.path and (_alt_over_caption(blocks, i) or above_copied) or \
                    b.score > 0 and (text in recent or _doubled(text) or _alt_before_caption(blocks, i) or _teaser_card(blocks, i) or _credit_line(blocks, i + 1) and not _own_caption_credit(blocks, i) and (
                    not at_least_units(text, W.credit_caption_max_words if b.path
                                       else W.dump_credit_caption_max_words)) and not (b.path and _spoken_quote(text))):
                # a paragraph printed twice in a row (a gallery's alt text and caption), or
                # one that a photo credit follows, is a caption
                b.caption = True
                b.score = W.repeated_caption
            elif not b.path and i < last and blocks[i + 1].text[:1] == text[:1]:
                # (the first copy scores as it did: a gallery inside the text must not cut its run)
                nxt = blocks[i + 1].text
                if _printed_twice(text, nxt):
                    # (an exact copy of a paragraph's length: the second is the copy, the first
                    # stays; a paragraph a dump printed twice, a standfirst the text repeats)
                    b.caption, copies = nxt != text or not at_least_units(text, W.caption_copy_most) or is_caption(text), 1
                elif i + 1 < last and text.startswith(nxt) \
                        and _printed_twice(text, nxt + " " + blocks[i + 2].text):
                    b.caption, copies = True, 2  # (the caption's lines wrapped into two blocks)
        recent.append(text)
        if not b.bullet:
            introduced = text.endswith(":") and len(text) > 20 and not b.label
    _unlabel_step_numbers(blocks)


_STEP_NUMBER = rx(r"^\d{1,2}[.)]?$")


def step_number(b: Block) -> bool:
    """A block that is a bare number ("3", "3.", "3)"), no link: a counter, or a step's."""
    return len(b.text) < 4 and b.link_density == 0 and bool(_STEP_NUMBER.match(b.text))


def _step_text(b: Block) -> bool:
    """A step's instruction: a sentence of W.step_words words or more, no link in it."""
    return not b.label and b.link_density == 0 and at_least_units(b.text, W.step_words)


def _unlabel_step_numbers(blocks: List[Block]) -> None:
    """The numbers of a list of steps printed in elements of their own ("1.", then the step's
    sentence, "2.", ...) are no counters: a run of them from 1, each followed within a few
    blocks by the next, with prose and no link between, scores nothing (the steps are the
    text: a recipe's method, a how-to's instructions)."""
    # (HTML only: a dump has no links to tell a numbered list of headlines from steps)
    numbers = [b for b in blocks if b.label == BOILERPLATE and b.path and step_number(b)]
    if len(numbers) < W.steps_least:
        return
    at = {b.index: int(b.text.rstrip(".)")) for b in numbers}
    for b in numbers:
        if at[b.index] != 1:
            continue
        run, last = [b], b.index
        while True:
            nxt = next((j for j in range(last + 2, min(len(blocks), last + W.step_reach + 1))
                        if at.get(j) == at[last] + 1), None)
            between = blocks[last + 1:nxt] if nxt is not None else []
            if nxt is None or any(x.link_density >= W.span_link_density for x in between) \
                    or not any(_step_text(x) for x in between):
                break
            run.append(blocks[nxt])
            last = nxt
        after = blocks[last + 1:last + 1 + W.step_reach]
        if len(run) >= W.steps_least and any(_step_text(x) for x in after):
            for x in run:
                x.mark("", "")
                x.score = 0.0
            # (and each step's sentences are text, in a list item or not)
            tail = next(x.index for x in after if _step_text(x))
            for x in blocks[run[0].index + 1:tail + 1]:
                if _step_text(x):
                    x.score = max(x.score, W.short_sentence)


def _doubled(text: str) -> bool:
    """The same words twice, at most three others between ("Sophie Binet, à Matignon. Sophie
    Binet, à Matignon."): a picture's alt text and its caption, which a dump prints as one
    paragraph."""
    first = text[:text.find(" ")]
    if not first or text.find(first, len(first)) < 0:
        return False  # (most paragraphs: their first word is not printed again)
    return _same_words_twice(text.split())


def _same_words_twice(words: List[str]) -> bool:
    """At least eight words that are the same run twice, at most three others between."""
    if len(words) < 8:
        return False
    for gap in range(4):
        half, odd = divmod(len(words) - gap, 2)
        if not odd and words[:half] == words[half + gap:]:
            return True
    return False


def runs(scores: List[float]) -> List[Tuple[float, int, int]]:
    """Every maximal run of positive total: (total, start, end), as Kadane's resets cut them."""
    out: List[Tuple[float, int, int]] = []
    best, best_s, best_e = 0.0, 0, 0
    cur, cur_s = 0.0, 0
    for i, s in enumerate(scores):
        if cur <= 0:
            if best > 0:
                out.append((best, best_s, best_e))
            cur, cur_s, best = s, i, 0.0
        else:
            cur += s
        if cur > best:
            best, best_s, best_e = cur, cur_s, i + 1
    if best > 0:
        out.append((best, best_s, best_e))
    return out


def main_run(blocks: List[Block], headlines: Sequence[str] = ()) -> Tuple[int, int]:
    """The span of blocks holding the article body.

    The run of highest prose score wins, but a run that opens with a dateline
    ("JAKARTA, KOMPAS.com -") gets a bonus: on short pages (photo stories) a sidebar of
    teasers can outweigh the two paragraphs of the article itself. `headlines`: the page's
    titles from its metadata (a FAQ page's say so).
    """
    best: Tuple[float, int, int] = (0.0, 0, 0)
    scores = [b.score for b in blocks]
    # bonuses are at most W.bonus_reach: only runs that could win with them are examined
    candidates = sorted(runs(scores), reverse=True)
    top = candidates[0][0] if candidates else 0.0
    for total, start, end in candidates:
        if total + W.bonus_reach < top:
            break
        total += _header_evidence(blocks, start)
        if total > best[0]:
            best = (total, start, end)
        # a dateline opens the article: the run from there on (a run can begin with teasers
        # that sit right above the article) counts with a bonus, and more when a date line
        # stands just above it
        for j in range(max(0, start - 2), min(end, start + 25)):
            if blocks[j].label or not find_dateline(blocks[j].text):
                continue
            from_j = sum(scores[max(j, start):end]) + W.dateline_run
            if any(find_dates(b.text, merged()) and len(b.text) < 80
                   for b in blocks[max(0, j - 3):j]):
                from_j += W.date_above_dateline
            if from_j > best[0]:
                best = (from_j, min(j, start) if j < start else j, end)
            break
    if best[2] <= best[1]:
        return 0, 0
    best = _before_comments(blocks, candidates, best)
    best = _before_footer(blocks, candidates, best)
    best, scores = _outside_faq(blocks, scores, best, headlines)
    start, end = best[1], _extend(blocks, scores, best[2])
    if not blocks[start].path:
        start = _reach_back(blocks, scores, start, end)
        end = _resume(blocks, scores, _introduced(blocks, scores, end))
        start = _past_opening_caption(blocks, start, end)
    end = _verdict(blocks, scores, start, end, headlines)
    if not blocks[start].path:
        end = _teaser_run(blocks, start, end)
    # the article ends where its comments begin
    for j in range(start + 1, end):
        if _comments_heading(blocks[j].text) and not _comments_button(blocks, j):
            # (and where the prose before them ends: the run was chosen for what lay beyond)
            end = _best_end(scores, start, j)
            break
        if _about_box(blocks[j].text) or _writer_box(blocks, j):
            end = j  # a box about the outlet or the writer: the article ends at its heading
            break
        if _teaser_list(blocks, j, end):
            end = j  # a dump: the outlet's teasers, their blurbs as long as the text's paragraphs
            break
        if not blocks[start].path and _closing_notice(blocks[j]) \
                and _mostly_above(blocks, start, j, end) and not _credit_amid_prose(blocks, j, end):
            # a dump: the site's copyright line; what the page prints under it is the site's
            # (and the box over it, an app's or a subscription's pitch, is no prose either)
            end = _best_end(scores, start, j)
            break
    if blocks[start].path:
        _keep_main_container(blocks, start, end)
    return start, end


def _comments_button(blocks: List[Block], j: int) -> bool:
    """Block j is a link that opens the comments ("Comments", "Kommentare") set between two
    paragraphs of one element, the one after it the element's last: the text goes on past it
    to its last paragraph, and the comments are elsewhere. A link with a count ("2 Comments")
    or more paragraphs after it may stand over the comments themselves, printed flat as
    paragraphs ("I have lived here forty years...", "Totally agree..."): it ends the text."""
    if not 0 < j < len(blocks) - 1 or blocks[j].link_density < W.span_link_density \
            or any(c.isdigit() for c in blocks[j].text):
        return False
    before, after = blocks[j - 1], blocks[j + 1]
    parent = blocks[j].path[:-1]
    return bool(before.path) and before.path[:-1] == after.path[:-1] == parent \
        and before.tag == after.tag == "p" and _prose(before) and _prose(after) \
        and (j + 2 == len(blocks) or blocks[j + 2].path[:-1] != parent)


def _before_comments(blocks: List[Block], candidates: List[Tuple[float, int, int]],
                     best: Tuple[float, int, int]) -> Tuple[float, int, int]:
    """The article, not its readers' comments, when these outweigh a short post: a run that
    lies past a comments heading loses to one that ends just over the heading and has a date
    or byline above it, or any run there when the one below is a dated thread."""
    posts = [c for c in candidates if c[2] <= best[1] and c[0] >= W.comments_article_least
             and any(at_least_units(b.text, W.comments_article_words) and b.text.endswith(_SENTENCE_END)
                     for b in blocks[c[1]:c[2]])]
    if not posts:
        return best
    heading = next((j for j in range(min(c[2] for c in posts), best[1])
                    if _comments_heading(blocks[j].text)), None)
    if heading is None:
        return best
    # (the run below is a thread when two or more of its lines are dated: "X on March 3,
    # 2024 at 10:11 am said:"; then the post needs no date or byline of its own above it)
    thread = sum(1 for b in blocks[best[1]:best[2]]
                 if len(b.text) < W.date_line_max_chars and find_dates(b.text, merged())) >= 2
    before = [c for c in posts if heading - W.comments_gap <= c[2] <= heading
              and (thread or _header_evidence(blocks, c[1]))]
    return max(before) if before else best


def _before_footer(blocks: List[Block], candidates: List[Tuple[float, int, int]],
                   best: Tuple[float, int, int]) -> Tuple[float, int, int]:
    """HTML: the page's text, not a box its scripts show after its footer (a shipping
    terms pop-up, a notice), when that outweighs a short text: a run that opens past the
    page's footer loses to the best run that ends above it, of a paragraph's worth of prose
    and a good share of its own total."""
    if not blocks[best[1]].past_footer:
        return best
    least = max(W.footer_rival_least, W.footer_rival_share * best[0])
    rivals = [c for c in candidates if c[0] >= least and not blocks[c[2] - 1].past_footer]
    return max(rivals) if rivals else best


def _outside_faq(blocks: List[Block], scores: List[float], best: Tuple[float, int, int],
                 headlines: Sequence[str]) -> Tuple[Tuple[float, int, int], List[float]]:
    """HTML: the page's text, not the site's FAQ under it (a booking site's or a shop's
    questions under a holiday home or a product, the same on each of its pages), when the
    FAQ outweighs it: when the run's prose in a FAQ's element outweighs the rest of it
    W.faq_over_text times over, the best run of the page read without the FAQ's prose wins,
    if it scores W.faq_rival_least at least, stands above the footer where the run does, and
    the page is no FAQ (its metadata's titles or its <h1> name none: "FAQ", "Häufige Fragen";
    its FAQ does not stand right under its <h1>). An explainer's questions and answers, which
    outweigh its opening but not twice over, are its text. Returns the run and the scores the
    body is read with."""
    run = blocks[best[1]:best[2]]
    faq = sum(b.score for b in run if b.faq and b.score > 0)
    if not faq or faq <= W.faq_over_text * sum(b.score for b in run if not b.faq and b.score > 0):
        return best, scores
    masked = [-abs(s) if b.faq else s for b, s in zip(blocks, scores, strict=True)]
    late = blocks[best[1]].past_footer
    rivals = [c for c in runs(masked) if c[0] >= W.faq_rival_least
              and (late or not blocks[c[1]].past_footer)]
    if not rivals:
        return best, scores
    said = _faq_titles_rx()
    if any(said.search(h) for h in headlines) or any(
            b.tag == "h1" and b.heading and said.search(b.text) for b in blocks):
        return best, scores
    # a FAQ right under the page's headline, no prose between: the page's text
    h1 = next((i for i, b in enumerate(blocks) if b.tag == "h1" and b.heading), None)
    first = next((i for i, b in enumerate(blocks) if b.faq), None)
    if h1 is not None and first is not None and h1 < first and not any(
            b.score > 0 and not b.faq for b in blocks[h1 + 1:first]):
        return best, scores
    for b in blocks:
        if b.faq and not b.label:
            b.mark(BOILERPLATE, "the site's FAQ, which outweighed the page's text")
    return max(rivals), masked


@lru_cache(maxsize=None)
def _faq_titles_rx() -> Pattern[str]:
    """What a FAQ page's headline says, as whole words, in any case."""
    return rx(r"(?<!\w)(?:" + word_tree_pattern(merged().faq_titles) + r")(?!\w)", re.I)


def _introduced(blocks: List[Block], scores: List[float], end: int) -> int:
    """A dump: a text does not end on a colon ("... data pribadi berupa:"): the short lines
    it introduces (a list's items, no furniture) are the text's, and the prose that follows
    them, under a heading or none ("Kesimpulan"), carries the run on."""
    if not 0 < end < len(blocks) or not blocks[end - 1].text.endswith(":") \
            or scores[end - 1] <= 0 or not at_least_units(blocks[end - 1].text, W.lead_min_words):
        return end
    k = end
    while k < len(blocks) and k - end <= W.colon_items and not blocks[k].label and scores[k] <= 0 \
            and not at_least_units(blocks[k].text, W.colon_item_words + 1) and not _comments_heading(blocks[k].text):
        k += 1
    if k == end or k - end > W.colon_items:
        return end
    while k < len(blocks) and not blocks[k].label and scores[k] > 0:
        k += 1
    return k


def _verdict(blocks: List[Block], scores: List[float], start: int, end: int, headlines: Sequence[str]) -> int:
    """A fact check's verdict under its heading right after the text ("Kesimpulan" / "Klaim
    bantuan tunai ... adalah hoaks."): one short paragraph pays less than its heading costs,
    so the run ended above the heading; the heading and the prose right under it (in HTML, in
    the element that holds the text's last paragraph) carry the run on.

    A dump has no elements to tell a box after the article by ("Hasil Cek Fakta" over another
    story's verdict, "The Verdict" over a podcast's pitch): there the heading carries on one
    paragraph, and only on a fact check's page (_fact_check)."""
    if not 0 < end < len(blocks) - 1 or not _verdict_heading(blocks[end]):
        return end
    last = blocks[end - 1]

    def prose(k: int) -> bool:  # (unlabelled prose that pays)
        return k < len(blocks) and not blocks[k].label and scores[k] > 0 and _prose(blocks[k])

    k = end + 1
    if not last.path:
        return k + 1 if prose(k) and _fact_check(blocks, start, blocks[k].text, headlines) else end
    while prose(k) and blocks[k].path[:-1] == last.path[:-1]:
        k += 1
    return k if k > end + 1 else end


def _fact_check(blocks: List[Block], start: int, verdict: str, headlines: Sequence[str]) -> bool:
    """A fact check's page, told by its headline (the page's titles, or a line a little above
    the run's start): a fact check's label before it ("[HOAKS] Bantuan Tunai ...", "Cek
    Fakta: ...", "[FALSE] ...", profile key fact_check_labels), or a label's word judging in
    both the headline and the verdict, which speak of the same thing (W.verdict_title_words of
    their longer words, stopwords aside, shared: "Bantuan Tunai Lewat Formulir Daring
    Dipastikan Hoaks" / "Klaim bantuan tunai lewat formulir daring adalah hoaks."). The word
    in one of them only is an ordinary story's box as often ("Fake charity collectors target
    flood victims" / "Conclusion" / "Flood victims: listen to our podcast ..."; "salah satu",
    Indonesian "one of", holds "salah")."""
    lines = [*headlines, *(b.text for b in blocks[max(0, start - W.verdict_title_reach):start]
                           if not b.label and len(b.text) <= W.verdict_title_chars)]
    if any(_fact_check_label_rx().match(t) for t in lines):
        return True
    if _fact_check_word_rx().search(verdict) is None:
        return False
    stop = merged().stopwords
    said = {w for w in map(str.lower, _long_words(verdict)) if w not in stop}
    return any(len(said & {w.lower() for w in _long_words(t)}) >= W.verdict_title_words
               and _fact_check_word_rx().search(t) is not None for t in lines)


@lru_cache(maxsize=None)
def _fact_check_word_rx() -> Pattern[str]:
    """A fact check's label word anywhere in a line, as a word ("... Dipastikan Hoaks")."""
    return rx(r"(?<!\w)(?:" + _words(merged().fact_check_labels) + r")(?!\w)", re.I)


@lru_cache(maxsize=None)
def _fact_check_label_rx() -> Pattern[str]:
    """A fact check's label opening a headline: in brackets ("[HOAKS] ", "(SALAH) "), or before
    a colon, a bar or a spaced dash ("Cek Fakta: ", "HOAKS | ", "Fact check - "). A headline
    that opens with the word ("Hoaks soal vaksin ...", "Hoaks-hoaks ...") has no label."""
    words = _words(merged().fact_check_labels)
    return rx(r"^\s*(?:[\[(]\s*(?:" + words + r")\s*[\])]|(?:" + words + r")\s*(?:[:|]|[-–—]\s))\s*\w", re.I)


def _verdict_heading(b: Block) -> bool:
    """An unlabelled line that is a fact check's verdict heading alone ("Kesimpulan",
    "KESIMPULAN:", "Hasil Cek Fakta"), not a sentence that opens with the word."""
    return not b.label and len(b.text) <= W.verdict_heading_chars and bool(_verdict_heading_rx().match(b.text))


@lru_cache(maxsize=None)
def _verdict_heading_rx() -> Pattern[str]:
    """A verdict heading of any language alone on its line, a colon after it or none."""
    return rx(r"^\W{0,3}(?:" + _words(merged().verdict_headings) + r")\W{0,3}$", re.I)


def _resume(blocks: List[Block], scores: List[float], end: int) -> int:
    """A dump: carry the body across a box of headlines ("Most read", "More from UK") when the
    article's paragraphs resume below it.

    In a dump the box has no bounds, and its headlines cost more than the rest of a short
    text pays for. The text resumes when, within W.resume_reach blocks of lines that are no
    prose (short, none of them a paragraph), W.resume_least paragraphs of prose follow in a
    row; comments or a second headline end the search."""
    for k in range(end, min(len(blocks), end + W.resume_reach)):
        b = blocks[k]
        if _comments_heading(b.text) or b.label in (TITLE, BYLINE):
            return end
        if _prose(b) and not b.label:
            row = blocks[k:k + W.resume_least]
            if k > end and len(row) == W.resume_least and all(_prose(x) and not x.label for x in row):
                resumed = next((e for _, s, e in runs(scores) if s <= k < e), end)
                # (the box lies inside the text only when the text resumes under it: a
                # verdict's heading with two paragraphs under it and no run there stays as it is)
                for x in blocks[end:k] if resumed > end else ():
                    if not x.label:
                        x.mark(OUTSIDE, "a box of headlines inside the text")
                return resumed
            return end
        if units(b.text) >= W.resume_line_words:
            return end
    return end


def _reach_back(blocks: List[Block], scores: List[float], start: int, end: int) -> int:
    """A dump: open the body above the slots (an ad, a video, a newsletter or subscription
    box) that cut its first paragraphs off from the run.

    In a dump the slots have no bounds, and their lines cost more than a paragraph or two
    pays for, so the run chosen is the text below the last slot. When nothing dates or signs
    that run, earlier runs of prose above it, each within W.reach_back_blocks of the next,
    with no date, byline, headline or comments between them and a furniture line among the
    lines between, are its first paragraphs if the earliest of them has the article's head (a
    date or a byline) above it and speaks of what the prose below it speaks of (a pitch or a
    teaser does not), or the same slot stands above and inside the run; the slots' lines are
    marked outside."""
    if _header_evidence(blocks, start):
        return start
    chain: List[Tuple[int, int]] = []  # the runs above, nearest first: (start, end)
    edge = start  # (each run within W.reach_back_blocks of the one below it)
    while edge > 0:
        lo = max(0, edge - W.reach_back_blocks)
        for _, s, e in sorted(runs(scores[lo:edge]), key=lambda r: -r[1]):
            s, e = s + lo, e + lo
            if any(_head_line(b) or _comments_heading(b.text) for b in blocks[e:edge]):
                edge = 0  # (the chain ends at a head's line or comments)
                break
            first = next((i for i in range(s, e) if _opens_text(blocks, i)), e)
            if sum(scores[s:e]) >= W.reach_back_least and first < e:
                chain.append((first, e))
                edge = s
                break
        else:
            break
    for n in range(len(chain) - 1, -1, -1):  # the earliest run with the article's head above it
        s = chain[n][0]
        if not any(_head_line(b) for b in blocks[max(0, s - W.reach_back_head):s]):
            continue
        inside = [i for a, z in chain[:n + 1] for i in range(a, z)]
        if not any(blocks[i].label in (BOILERPLATE, LIST, RELATED) for i in range(s, start) if i not in inside):
            continue  # (no slot between them: a caption, a deck, a teaser over the text)
        # (the opening's words against the prose below it: the runs chained after it and the run)
        words = _content_words(blocks[s:chain[n][1]])
        later = _content_words([b for b in blocks[start:end] if _prose(b)]
                               + [blocks[i] for a, z in chain[:n] for i in range(a, z) if _prose(blocks[i])])
        if len(words) < W.reach_back_words or len(words & later) < W.reach_back_shared * len(words) \
                and not _slot_inside(blocks, [i for i in range(s, start) if i not in inside], start, end):
            continue
        gap = [i for i in range(s, start) if i not in inside]
        for i in gap:
            if not blocks[i].label:
                blocks[i].mark(OUTSIDE, "a slot inside the text")
        # (the same slots' lines inside the run are no more the text: "Story continues below")
        slots = {_DIGITS.sub("", blocks[i].text) for i in gap if len(blocks[i].text) < W.head_line_chars}
        for b in blocks[start:end]:
            if not b.label and len(b.text) < W.head_line_chars and _DIGITS.sub("", b.text) in slots:
                b.mark(OUTSIDE, "a slot inside the text")
        return s
    return start


def _past_opening_caption(blocks: List[Block], start: int, end: int) -> int:
    """A dump: the run's start past a picture's caption that opens it, a paragraph of a few
    lines that ends with its credit in brackets ("... en Barcelona. (EFE)", "Strong winds
    lashed the coast. (ABC News: Jane Roe)"), with the text's prose under it; the caption is
    marked. A dump prints no figure, so the caption of the lead photo under the byline reads
    as the text's first paragraph."""
    first = start
    while first < min(end, start + W.opening_caption_lines) and not blocks[first].label \
            and _dated_head_line(blocks[first].text):
        first += 1  # (under the date line the run took in: "Posted Sat 8 Mar 2025 at 5:12am")
    if first >= end:
        return start
    group = blocks[first].group
    last = first
    while last + 1 < end and blocks[last + 1].group == group:
        last += 1
    if last + 1 >= end or last - first >= W.opening_caption_lines or not _bracketed_credit(blocks[last].text):
        return start
    caption = [blocks[i] for i in range(first, last + 1)]
    # (a caption is short, and the text goes on under it in a paragraph of its own: a short
    # article's one paragraph closed by its agency's credit is the text)
    if any(b.label for b in caption) or sum(len(b.text.split()) for b in caption) > W.opening_caption_words \
            or not _prose(blocks[last + 1]) or blocks[last + 1].label:
        return start
    for b in caption:
        b.caption = True
        b.mark(CAPTION, "a picture's caption over the text")
    return last + 1


def _dated_head_line(text: str) -> bool:
    """A short line with a date and no sentence's end: the article's date line, "Posted Sat 8
    Mar 2025 at 5:12am, updated Sat 8 Mar 2025 at 9:40am"."""
    return len(text) < W.lead_date_line_chars and not _CLOSED.search(text[-3:]) \
        and bool(find_dates(text, merged()))


def _bracketed_credit(text: str) -> bool:
    """A line that ends with a picture's credit in brackets after its words: a photo agency's
    or a picture's source alone ("(Getty Images)", "(Archivo)"), or a source's name and a
    person's parted by a colon ("(ABC News: Chris Gillette)", "(Supplied: Jane Roe)"); not
    brackets that say something ("(in Spanish)", "(2nd update)", "(Video)"), nor a credit of
    the words ("(Interview: Jane Roe)", "(Text: Anna Müller)")."""
    if not text.endswith(")"):
        return False
    open_at = text.rfind("(")
    if open_at <= 0 or not text[:open_at].strip():
        return False
    inner = text[open_at + 1:-1].strip().rstrip(".")
    k = merged()
    low = inner.casefold()
    if low in k.photo_agencies or low in k.photo_sources:
        return True
    # (a wire's name alone, "(EFE)", "(AP)", also closes a story's short lead: no caption's sign)
    source, colon, name = inner.partition(":")
    words = source.split()
    return bool(colon) and 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) \
        and source.strip().casefold() not in k.text_credit_labels and plain_name(name.strip(), merged())


def _slot_inside(blocks: List[Block], gap: List[int], start: int, end: int) -> bool:
    """Whether a slot's line between the runs stands inside the run too (numbers aside:
    "Advertisement 2", "Advertisement 3"): the page's template cuts its text with the same
    slots above and inside the run."""
    inside = {_DIGITS.sub("", b.text) for b in blocks[start:end] if len(b.text) < W.date_line_max_chars}
    return any(_DIGITS.sub("", blocks[i].text) in inside for i in gap
               if blocks[i].label == BOILERPLATE and len(blocks[i].text) < W.date_line_max_chars)


_DIGITS = rx(r"\s*\d+")


def _opens_text(blocks: List[Block], i: int) -> bool:
    """A paragraph that may open a text cut off above a slot: prose, and no photo's caption
    (marked as one, printed twice in a row as its alt text and caption, or ending on its
    credit with no stop)."""
    b = blocks[i]
    return (_prose(b) and not b.caption and bool(_CLOSED.search(b.text[-3:]))
            and all(x.text != b.text for x in blocks[max(0, i - 1):i + 2] if x is not b))


def _content_words(run: Sequence[Block]) -> set:
    """The longer words of some blocks, lower-cased: what their text speaks of."""
    return {w.lower() for b in run for w in _long_words(b.text)}


def _long_words(text: str) -> List[str]:
    """The runs of five letters or more of an alphabet in a text.

    (A syllable script's five signs make a phrase with its particles, and Chinese and Japanese
    put no spaces between words: their letters are no word's. A text with none of them, most
    texts, is read by the plain letter pattern: the pattern that leaves them out spans the
    wide ranges of those scripts, which takes the compiler milliseconds.)
    """
    if text.isascii() or not (_FROM_KANA.search(text) or _JAMO.search(text)):
        return _LETTERS.findall(text)
    return _alphabet_letters_rx().findall(text)


_LETTERS = rx(r"[^\W\d_]{5,}")
_FROM_KANA = rx("[^\x00-\u303f]")  # (the same pattern as blocks': compiled once)
_JAMO = rx("[\u1100-\u11ff]")


@lru_cache(maxsize=None)
def _alphabet_letters_rx() -> Pattern[str]:
    """The runs of _long_words in a text with Hangul, kana or Chinese characters."""
    return rx(r"[^\W\d_\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7a3]{5,}")


def _head_line(b: Block) -> bool:
    """A line of an article's head: a short line with a date, a credit line, a headline."""
    if b.label in (TITLE, BYLINE, DATE):
        return True
    if len(b.text) > W.head_line_chars:
        return False
    return bool(find_dates(b.text, merged())) or bool(parse_credit(b.text, merged())[0]) \
        or _published_at(b.text)


def _published_at(text: str) -> bool:
    """A line that gives the hour a page of today was published or updated at ("Publicerad
    22:31", "Updated 10:45"): a date's label, then a clock's time and little else."""
    if len(text) > W.date_line_max_chars or not _CLOCK.search(text):
        return False
    first = text.split(None, 1)[0].lower().rstrip(":")
    return first in _publish_words()


_CLOCK = rx(r"(?<![\d:.])\d{1,2}[:.]\d\d(?![\d:.])")


@lru_cache(maxsize=None)
def _publish_words() -> FrozenSet[str]:
    """The words that label a page's publishing or updating time, in every language known
    (the labels' first words: "publicerad", "updated", "aktualisiert"), not a preposition
    ("on", "am", "le") that a date's label may also be."""
    k = merged()
    words = {w.split()[0] for w in (*k.date_connectives, *k.modified_labels)}
    return frozenset(w for w in words if len(w) >= 5)


def _best_end(scores: List[float], start: int, end: int) -> int:
    """The end in (start, end] where the run's total is highest."""
    best, best_end, total = float("-inf"), end, 0.0
    for j in range(start, end):
        total += scores[j]
        if total > best:
            best, best_end = total, j + 1
    return best_end


def _holder(blocks: Iterable[Block], up: bool = False) -> Optional[Tuple[int, ...]]:
    """The path of the deepest element that holds most (W.main_container_share) of these
    blocks' prose score, or None."""
    # (the answer is the scored blocks' scores and paths' alone: read by _holder_of, which
    # keeps its last answers, since the body's wideners ask it in turn of the same body)
    return _holder_of(tuple([(b.score, b.path) for b in blocks if b.score > 0]), up)


# (a few answers: the calls that repeat one are those of one page's body, asked in turn)
@lru_cache(maxsize=16)
def _holder_of(scored: Tuple[Tuple[float, Tuple[int, ...]], ...], up: bool) -> Optional[Tuple[int, ...]]:
    """_holder's answer for the scored blocks' (score, path) pairs, in the blocks' order."""
    # (an element is told by its id, the last of the path that leads to it: the ids are one
    # per element of the page, so no path need be cut and hashed at every depth; how many
    # blocks an element holds is counted for the one found only, not kept for every element)
    weight: Dict[int, float] = {}
    paths: Dict[int, Tuple[int, ...]] = {}  # each element's path
    total = 0.0
    for score, path in scored:
        total += score
        for depth, element in enumerate(path, 1):
            if element in weight:
                weight[element] += score
            else:
                weight[element] = 0.0 + score
                paths[element] = path[:depth]
    if total <= 0:
        return None
    found = max((e for e, w in weight.items() if w >= W.main_container_share * total),
                key=lambda e: len(paths[e]), default=None)
    best = paths[found] if found is not None else None
    if up and best and len(best) > 1 and _holds_one([path for _, path in scored], best):
        # one long paragraph holds most of a short post's prose: the post's element is the
        # paragraph's parent, not the paragraph
        return best[:-1]
    return best or None


def _holds_one(paths: List[Tuple[int, ...]], path: Tuple[int, ...]) -> bool:
    """Whether the element at the end of `path` holds just one of the blocks of these paths."""
    n, element = len(path), path[-1]
    return sum(1 for p in paths if len(p) >= n and p[n - 1] == element) == 1


def _keep_main_container(blocks: List[Block], start: int, end: int) -> None:
    """HTML: label the run's blocks that lie outside the element holding most of its prose.

    A run of blocks can bridge from the article into a teaser rail or a footer that happen to
    hold sentences; the article's own container (the deepest element with most of the run's
    prose in it) tells them apart.
    """
    best = _holder(b for b in blocks[start:end] if not b.label)
    if not best:
        return
    best = _paged_on(blocks[start:end], best)  # pages side by side in one element
    n = len(best)
    first = next(b.index for b in blocks[start:end] if b.path[:n] == best)
    if n > 1 and all(b.path == best for b in blocks[start:end] if b.path[:n] == best):
        # one long paragraph holds most of a short post's prose: the paragraphs beside it
        # in its parent (the same depth, not nested in a box) are the post's too
        parent = best[:-1]
        inside = {b.index for b in blocks[start:end] if b.path[:-1] == parent}
    else:
        inside = {b.index for b in blocks[start:end] if b.path[:n] == best}
    inside |= _sibling_parts(blocks[start:end], best)
    for b in blocks[start:end]:
        if b.index not in inside and not b.label:
            if b.index < first and b.score > 0:
                continue  # a lead or standfirst in its own element just above the text
            b.mark(OUTSIDE, "outside the article's container")




def _sibling_parts(run: List[Block], best: Tuple[int, ...]) -> Set[int]:
    """The blocks of the elements after the article's container that go on its text (a text
    split over boxes in a row, a section per box): each element beside the container or one of
    its ancestors (below the page's top W.fill_least_depth levels) that comes right after the
    container or after an element taken, whose lines are all unlabelled, with few links, the
    class hint of the container's own and its tags at its depths, W.sibling_part_paragraphs
    paragraphs of prose or more, one of W.sibling_part_words words, and that speaks of what
    the text speaks of (shares W.sibling_shared of its longer words' stems). A picture's
    caption between is passed over; the first element that is not so ends the text."""
    n = len(best)
    own = {b.hint for b in run if b.path[:n] == best and not b.label}
    if len(own) != 1:
        return set()
    parts: Dict[Tuple[int, ...], List[Block]] = {}  # the elements after the container, in order
    seen = False
    for b in run:
        if b.path[:n] == best:
            seen = True
            continue
        if not seen:
            continue
        k = next((i for i, (x, y) in enumerate(zip(b.path, best, strict=False)) if x != y), min(len(b.path), n))
        if k < W.fill_least_depth or k >= len(b.path):
            break  # (the page's top levels, or an element holding the container: the text has ended)
        parts.setdefault(b.path[:k + 1], []).append(b)
    taken: Set[int] = set()
    # (what the text speaks of: its longer words' stems, their first W.sibling_stem letters;
    # read only for a box that passes the tests of its make, which few pages have)
    spoken: Optional[Set[str]] = None
    split = False  # (a picture stood between the container and the boxes)
    for part, lines in parts.items():
        if all(caption_like(b) for b in lines):
            split = True
            continue  # (a picture between the boxes: passed over, not the text's)
        if not split and max(own) <= 0:
            # (boxes whose class names no content, unclassed or hashed "css-1x2y", right after
            # the text with no picture between: a writer's bio, readers' comments, the next
            # story, a pitch; the text's own boxes share its content class)
            break
        # (built as the container's lines are: the same tags at the same depths below the
        # element both stand in; a box of another make, a pitch's or a notice's, ends the text)
        k = len(part) - 1
        kinds = {(b.tag, len(b.path) - k) for b in run if b.path[:n] == best}
        if not all(not b.label and b.link_density < W.span_link_density and b.hint in own
                   and (b.tag, len(b.path) - k) in kinds for b in lines) \
                or sum(1 for b in lines if _prose(b)) < W.sibling_part_paragraphs \
                or not any(_prose(b) and at_least_units(b.text, W.sibling_part_words) for b in lines):
            break  # (one paragraph alone in a box after the text is a note: a writer's, a correction)
        stems = {w[:W.sibling_stem] for w in _content_words(lines)}
        if spoken is None:
            spoken = {w[:W.sibling_stem] for w in _content_words([b for b in run if b.path[:n] == best and _prose(b)])}
        if len(stems & spoken) < max(W.sibling_least_shared, W.sibling_shared * len(stems)):
            break  # (a box that speaks of other things: a writer's note, a pitch, a notice)
        taken.update(b.index for b in lines)
    return taken


def _paged_on(run: List[Block], holder: Tuple[int, ...]) -> Tuple[int, ...]:
    """The element holding the article's pages when the run goes on past a page counter
    ("2 dari 2 halaman") into prose outside the element holding most of its prose: an article
    printed as sections, one element each. The holder itself otherwise."""
    n = len(holder)
    for i, b in enumerate(run):
        if b.path[:n] == holder or not _pagination_rx().match(b.text):
            continue
        common = 0
        while common < min(n, len(b.path)) and b.path[common] == holder[common]:
            common += 1
        shared = holder[:common]
        if shared and any(x.score > 0 and not x.label and x.path[:common] == shared
                          and x.path[:n] != holder for x in run[i + 1:]):
            return shared
        return holder
    return holder


def _header_evidence(blocks: List[Block], start: int) -> float:
    """A bonus for a run that a date or a byline stands just above: an article's head."""
    bonus = 0.0
    for b in blocks[max(0, start - 6):start]:
        if len(b.text) > W.head_line_chars:
            continue
        if not bonus and find_dates(b.text, merged()):
            bonus += W.date_above_run
        a, e, _ = parse_credit(b.text, merged())
        if a:
            bonus += W.byline_above_run
            break
    return bonus


def _inline_furniture(b: Block) -> bool:
    """Furniture that sits inside articles: ads, a "Baca juga" line or box (its heading and
    its few titles), a photo caption."""
    return b.label in (BOILERPLATE, RELATED) or (not b.label and b.caption)


def _extend(blocks: List[Block], scores: List[float], end: int) -> int:
    """Carry the body past an ad or a "Baca juga" line when prose follows it.

    A short article with an ad in its middle has too little prose after the ad to pay for
    the ad's cost; prose right after inline furniture still belongs to the article.
    """
    j = end
    while j < len(blocks):
        k = j
        paged = False  # a page counter passed: the next page's text (and its heading) follow
        while k < len(blocks) and k - j < W.inline_furniture_run and (
                _inline_furniture(blocks[k]) or paged and _section_heading(blocks[k])
                or _section_heading(blocks[k]) and not _comments_heading(blocks[k].text)
                and k + 1 < len(blocks) and _next_page_counter(blocks[k + 1].text)
                and _first_counter_before(blocks[:k], blocks[k + 1].text)
                and _box_heading_words().isdisjoint(blocks[k].text.casefold().split())):
            # (the next page's heading over its counter: "Sri Mulyani Siapkan Strategi" | "2 dari 2 halaman")
            paged = paged or bool(_pagination_rx().match(blocks[k].text))
            k += 1
        if k == j or k >= len(blocks) or blocks[k].label or scores[k] <= 0 \
                or not blocks[k].path and not _prose(blocks[k]) \
                and any(_site_notice(b.text) for b in blocks[j:k]):
            # (a dump: past the site's copyright line what follows must read as a paragraph,
            # not a line of glued links that scores a little, "Team-PortraitAlle ThemenLange
            # Liste an ...")
            break
        gained = k
        while k < len(blocks) and not blocks[k].label and scores[k] > 0:
            k += 1
        if _teaser_blurb(blocks, j, gained, k):
            break
        end = j = k
    return end


def _teaser_blurb(blocks: List[Block], j: int, k: int, after: int) -> bool:
    """A dump: the furniture blocks[j:k] holds the heading of a list of the outlet's teasers
    ("Mehr zum Thema", "À lire aussi", "Leggi anche", "Zobacz także") and the prose past it,
    blocks[k:after], is its first teaser's blurb, not the text going on: one short paragraph
    (W.teaser_blurb_words), then the next teaser as a list prints it (_next_teaser), and no
    paragraph longer in the few blocks after (W.teaser_look). A read-also box set inside the
    text has the text's own lines after it: a crosshead over a short paragraph, a live blog's
    time over its entry, a date of update, the page's footer."""
    if after - k != 1 or after + 1 >= len(blocks) or blocks[k].path \
            or not any(b.label == RELATED and b.reason == "related heading" for b in blocks[j:k]) \
            or not _blurb(blocks[k]) or not _opens_line(blocks[k].text):
        return False
    i = after + 1 if _date_line(blocks[after].text) else after  # (the first teaser's date under its blurb)
    if not _next_teaser(blocks, i, dated=i > after):
        return False
    if any(at_least_units(b.text, W.teaser_blurb_words + 1) for b in blocks[after:after + W.teaser_look]):
        return False
    prev = False  # (to the page's furniture: no paragraph over W.teaser_blurb_words, no two in a row)
    for b in blocks[after:]:
        if b.label not in ("", RELATED, LIST):
            break
        para = not b.label and _prose(b)
        if para and (prev or at_least_units(b.text, W.teaser_blurb_words + 1)):
            return False
        prev = para
    return True


def _next_teaser(blocks: List[Block], i: int, dated: bool) -> bool:
    """Blocks i and i + 1 are a teaser of a list: a headline (_teaser_headline) that the dump
    prints as a list's item (a bullet) or under the teaser's date above it (`dated`), over a
    blurb, and no paragraph of prose under the blurb. A crosshead is no item, and a line of
    prose, not a headline, follows a live blog's time."""
    if i + 1 >= len(blocks):
        return False
    head, blurb = blocks[i], blocks[i + 1]
    return _teaser_headline(head) and (head.bullet or dated) and _blurb(blurb) \
        and _opens_line(head.text) and _opens_line(blurb.text) \
        and not (i + 2 < len(blocks) and _prose(blocks[i + 2]) and not blocks[i + 2].label)


def _teaser_list(blocks: List[Block], j: int, end: int) -> bool:
    """A dump: block j is a related list's or a list's heading ("Mehr zum Thema", "Leggi anche",
    "Most read") and the run's blocks from it to its end are that list's teasers: over each
    blurb, lines that are no paragraph, among them a headline and a bullet or a date (a teaser
    as a list prints it, not a crosshead, not a live blog's time alone), no two blurbs in a
    row, none longer than W.teaser_blurb_words, at least two of them. A text's paragraphs under
    a read-also box follow each other, or run longer, or stand under crossheads."""
    b = blocks[j]
    if b.path or not (b.label == RELATED and b.reason == "related heading" or b.label == LIST and b.reason == LIST_HEADING):
        return False
    first = next((i for i in range(j + 1, min(end, j + 4)) if blocks[i].score > 0), end)
    if first - j != 2 and not (first - j == 3 and any(_date_line(c.text) for c in blocks[j + 1:first])):
        return False  # (the first blurb right under its headline, or with its date: not a box's titles, then a crosshead)
    blurbs, lines = 0, []  # (lines: the group of lines that are no paragraph above the next blurb)
    for c in blocks[j + 1:end]:
        paragraph = c.score > 0 and c.text.rstrip().endswith(_SENTENCE_END)
        if not paragraph:
            lines.append(c)
            continue
        if not any(_teaser_headline(x) for x in lines) \
                or not any(x.bullet or _date_line(x.text) for x in lines) \
                or at_least_units(c.text, W.teaser_blurb_words + 1) or not _opens_line(c.text):
            return False
        blurbs, lines = blurbs + 1, []
    return blurbs >= 2


def _teaser_run(blocks: List[Block], start: int, end: int) -> int:
    """A dump: the run's last blocks are a list of the outlet's teasers under no heading the
    rules know (or none): items of one to three lines that are no paragraph (a date, a kicker,
    a headline) over one short paragraph each (a blurb), repeated to the run's end. Read from
    the end up; the list opens at its topmost item that a teaser's mark tells from a crosshead
    (_strong_item: a date over its headline or under its blurb, a Markdown link's line), and
    the run ends above it (and above a line over it: the list's heading). Three items, or two
    so marked; most headlines of a teaser's length; no numbered steps, no live blog's times,
    no list the text introduces ("...:"). Items above the topmost marked one, and lists with
    no mark (kicker, headline, blurb alone), are the text's sections as far as a dump shows:
    a crosshead over a short paragraph, a results round-up, a weather map's regions."""
    items, tall, long, i, top = 0, 0, 0, end - 1, end
    # (the text's own dated entries are no teasers: a labelled date, a diary's weekday where no
    # item is a link, a date on or after the page's own: _entry_date)
    page_day = _page_day(blocks, start)
    linked = any(blocks[k].bullet and any(_run_blurb(b) for b in blocks[k + 1:k + _ITEM_LINES])
                 for k in range(start, min(len(blocks), end + 4 * _ITEM_LINES)))  # (an item's line a link: no menu's)
    marked = lambda lines: _strong_item(lines, page_day, linked)  # noqa: E731
    over, over_top = 0, end  # (items dated over their headlines: a date under a blurb is then the next one's)
    while i > start + 1 and _run_blurb(blocks[i]):
        j = i - 1
        while j > start and i - 1 - j < _ITEM_LINES and _item_line(blocks[j]):
            j -= 1
        lines = blocks[j + 1:i]
        if not lines or not any(_item_headline(x.text) for x in lines) \
                or any(_NUMBERED_HEAD.match(x.text) or _clock_line(x.text) for x in lines):
            break
        under = blocks[i + 1] if i + 1 < len(blocks) else None
        items, i = items + 1, j
        long += any(at_least_units(x.text, _HEADLINE_LONG) for x in lines)
        dated_under = under is not None and _item_line(under) and _date_line(under.text) \
            and not _entry_date(under.text, page_day, linked)
        if marked(lines):
            over, over_top = over + 1, j + 1
        if marked(lines) or dated_under:
            # (or its date under its blurb: the lines over the next blurb open with it)
            tall, top = tall + 1, j + 1  # (the list opens at its topmost such item)
    if not _dated_under(blocks, end):
        tall, top = over, over_top  # (a date under a blurb is the next item's, over its headline)
    if not tall:
        return end
    # (the list may go on past the run's end: its items scored too little to be taken)
    i = end
    while i < len(blocks) and items < 3:
        j = i
        while j < len(blocks) and j - i < _ITEM_LINES and _item_line(blocks[j]):
            j += 1
        lines = blocks[i:j]
        if j == i or j >= len(blocks) or not _run_blurb(blocks[j]) or not any(_item_headline(x.text) for x in lines):
            break
        items, tall, i = items + 1, tall + marked(lines), j + 1
        long += any(at_least_units(x.text, _HEADLINE_LONG) for x in lines)
    if tall < 2 or top >= end or 2 * long <= items:
        return end  # (most headlines of a teaser's length: not a list of names, each with its role)
    above = top - 1
    if _item_line(blocks[above]) and not _item_headline(blocks[above].text) or _run_heading(blocks[above]):
        above -= 1  # (the list's heading, which the rules do not know)
    last = blocks[above]  # (the text's last paragraph: a question to the readers scores nothing)
    if above <= start or last.heading or last.label not in ("", BODY) \
            or not last.text.rstrip().endswith(_SENTENCE_END) or last.text.rstrip().endswith(":"):
        return end
    return above + 1


def _dated_under(blocks: List[Block], end: int) -> bool:
    """Whether a teaser list ending at `end` is dated under its blurbs: a date under its last
    one that heads no further item's lines (a date over a headline: the next item's, whose
    blurb may be furniture). The list may go on past the run's end (its items scored too
    little to be taken): its last item's then."""
    last, i = end - 1, end
    while i < len(blocks):
        j = i
        while j < len(blocks) and j - i < _ITEM_LINES and _item_line(blocks[j]):
            j += 1
        if j == i or j >= len(blocks) or not _run_blurb(blocks[j]) \
                or not any(_item_headline(x.text) for x in blocks[i:j]):
            break
        last, i = j, j + 1
    under, next_ = (blocks[k] if k < len(blocks) else None for k in (last + 1, last + 2))
    return under is not None and _item_line(under) and _date_line(under.text) \
        and not (next_ is not None and _item_line(next_) and _item_headline(next_.text))


_ITEM_LINES = 3  # a teaser prints at most so many lines over its blurb (kicker, headline, date)
_NUMBERED_HEAD = rx(r"\s*(?:\d{1,2}|[IVX]{1,4})\s*\\?[.):]\s")  # a how-to's or a ranking's numbered steps
_CLOCK_ONLY = rx(r"^\s*\d{1,2}[:.]\d\d(?:\s*(?:[^\W\d_]{1,4}\.?))?\s*$")


def _clock_line(text: str) -> bool:
    """A time of day alone ("14:32", "14.32 Uhr", "9:05 am"), or a date with one ("12 March
    2024, 14:32"): a live blog's entry's stamp."""
    return bool(_CLOCK_ONLY.match(text) or _CLOCK_IN.search(text) and _date_line(text))


_CLOCK_IN = rx(r"(?<![\d.])\d{1,2}:\d\d(?!\d)|\b\d{1,2}[.h]\d\d\s*(?:Uhr|h)\b")


def _strong_item(lines: Sequence[Block], page_day: str = "", linked: bool = False) -> bool:
    """A teaser's lines as no section of the text prints them: a date among them, or a list's
    item (a Markdown dump's line that is a link alone). Not two lines alone (a kicker over a
    headline is a round-up's score over its scorers, a region over its forecast), nor the
    lines of a read-also box the rules know, which the text may go on under."""
    own = [x for x in lines if x.label != RELATED]
    return any(x.bullet or _date_line(x.text) and not _entry_date(x.text, page_day, linked) for x in own)


def _entry_date(text: str, page_day: str, linked: bool) -> bool:
    """A date line of the text's own entries, not a teaser's: a label before the date ("Update,
    13 March 2024", "Day one, 11 March", "Aktualisierung: 12.03.2024"; profiles' entry_labels
    and modified_labels), a weekday opening it ("Monday, 11 March 2024": a diary's entry) when
    no item is a link, or a day on or after the page's own printed above the text (`page_day`,
    ISO): updates (a related list dates older stories)."""
    found = find_dates(text, merged())
    if not found:
        return False
    before = text[:found[0].start].casefold()
    k = merged()
    if any(rx(r"(?<!\w)" + re.escape(w) + r"(?!\w)").search(before) for w in k.entry_labels + k.modified_labels):
        return True
    words = before.replace(",", " ").split()
    if words and words[0] in k.days and not linked:
        return True
    return bool(page_day) and found[0].iso[:10] >= page_day


def _page_day(blocks: List[Block], start: int) -> str:
    """The page's own date as printed over the text (ISO day), the nearest short line's above
    the run's start; "" if none."""
    for b in reversed(blocks[max(0, start - W.page_day_reach):start + 1]):
        if len(b.text) <= 2 * W.date_line_max_chars:
            found = find_dates(b.text, merged())
            if found:
                return found[0].iso[:10]
    return ""


def _run_blurb(b: Block) -> bool:
    """A teaser's blurb in a run: a scored paragraph of at most W.teaser_blurb_words words that
    ends a sentence and opens a line (not a heading, not a question: an interview's)."""
    t = b.text.rstrip()
    if not t.endswith(_SENTENCE_END):
        # (lynx prints the next teaser's first line under the blurb with no blank line: the
        # blurb's last sentence, then a kicker or a headline glued on)
        m = _GLUED_LINE.search(t)
        if not m or at_least_units(m.group(1), W.section_heading_words + 1):
            return False
        t = t[:m.start(1)].rstrip()
    return b.score > 0 and not b.heading and b.label in ("", BODY) \
        and not t.endswith("?") and not at_least_units(t, W.teaser_blurb_words + 1) and _opens_line(t)


_GLUED_LINE = rx(r"[.!…][\"”’»]? +([A-ZÀ-ÖØ-Þ][^.!?:;]*)$")


def _item_line(b: Block) -> bool:
    """A teaser's line over its blurb: no paragraph, a heading's length at most."""
    return b.score <= 0 and (b.label in ("", RELATED, LIST, DATE, BYLINE) or b.label == BOILERPLATE and _date_line(b.text)) \
        and not b.text.rstrip().endswith(_SENTENCE_END + (":",)) \
        and not at_least_units(b.text, W.section_heading_words + 6)


def _item_headline(text: str) -> bool:
    """A teaser's headline among its lines: three words or more, no date line."""
    return at_least_units(text, _ITEM_HEADLINE_LEAST) and not _date_line(text)


_ITEM_HEADLINE_LEAST = 3
_HEADLINE_LONG = 4  # most teasers' headlines are so long at least (a name with its role is shorter)


def _run_heading(b: Block) -> bool:
    """A related list's heading the rules know, over the run's teasers."""
    return b.label in (RELATED, LIST) and b.reason in ("related heading", LIST_HEADING)


def _blurb(b: Block) -> bool:
    """A teaser's blurb: an unlabelled paragraph of at most W.teaser_blurb_words words that ends
    a sentence."""
    return not b.label and b.text.rstrip().endswith(_SENTENCE_END) \
        and not at_least_units(b.text, W.teaser_blurb_words + 1)


def _opens_line(text: str) -> bool:
    """A line that opens a headline or a sentence, not one a dump's wrapping cut off the line
    above ("yang dibawa pelaku itu ...", "pistol beneran atau replika), ..."): its first letter
    is no small one, and it opens no quotation it leaves open."""
    first = next((c for c in text if c.isalnum()), "")
    return not first.islower() and not (text[:1] in "\"“„«" and not any(q in text[1:] for q in "\"”“»"))


def _teaser_headline(b: Block) -> bool:
    """A teaser's headline: a line that scores nothing, of a section heading's words at most
    (W.section_heading_words + 5) and no stop closing it, as the list's first item's."""
    return b.label in ("", RELATED, LIST) and b.score <= 0 and not b.text.rstrip().endswith(_SENTENCE_END) \
        and not at_least_units(b.text, W.section_heading_words + 6)


def _site_notice(text: str) -> bool:
    """A copyright line ("© Motorsport-Magazin", "Copyright 2024 X"), not a picture's credit
    ("© dpa/Name")."""
    return text[:10].lower().startswith(("©", "(c)", "copyright")) and not _COPYRIGHT_CREDIT.match(text)


def _mostly_above(blocks: List[Block], start: int, j: int, end: int) -> bool:
    """Block j stands in the run's tail: at least W.notice_tail_share of the run's characters
    lie above it. A notice higher up stands over the text's paragraphs (a live blog's entry's
    credit, a sentence opening with "Copyright Office"), not under the article."""
    above = sum(len(b.text) for b in blocks[start:j])
    below = sum(len(b.text) for b in blocks[j:end])
    return above >= W.notice_tail_share * (above + below)


def _credit_amid_prose(blocks: List[Block], j: int, end: int) -> bool:
    """Block j, a short notice (under W.notice_amid_words words), stands between two paragraphs
    of the run's prose: a picture's credit inside the text, its year and its photographer
    ("Copyright © 2024 Jane Doe"). Short lines that are no prose between the credit and the
    paragraphs (the picture's caption or image line, a crosshead, a live blog's time stamp; up to
    W.notice_amid_reach blocks on each side) are passed over. A site's notice under the text names
    a company, longer ("© Copyright Example Verlag und Druck GmbH & Co. KG"), or has the site's
    links under it."""
    if at_least_units(blocks[j].text, W.notice_amid_words):
        return False
    return _prose_near(blocks, range(j - 1, max(-1, j - 1 - W.notice_amid_reach), -1)) \
        and _prose_near(blocks, range(j + 1, min(end, j + 1 + W.notice_amid_reach)))


def _prose_near(blocks: List[Block], order: range) -> bool:
    """A paragraph of prose among the blocks in `order`, past short lines that are no prose
    (under W.notice_skip_words words) only."""
    for i in order:
        if _prose(blocks[i]):
            return True
        if at_least_units(blocks[i].text, W.notice_skip_words):
            return False
    return False


def _closing_notice(b: Block) -> bool:
    """A dump: the site's own copyright line, which closes a page's article ("© Copyright
    Chemnitzer Verlag und Druck GmbH", "Copyright 2024 Example News. All rights reserved.",
    "© 2024 Example Media Group Ltd"): a site notice (_site_notice) that says the word
    "copyright" as a word, followed by the sign, a year, a name's capital or nothing, or
    that holds a year and runs to W.notice_least_words words; not read as a picture's
    caption. A picture's credit under a photo in the text is shorter, with or without its
    year ("© Reuters", "© 2024 Jane Doe"), has no year ("© Getty Images for Harbour Trust",
    "© picture alliance | dpa | Jana Muster"), or names its photographer after a slash ("©
    dpa/Jane Doe", glued to the next paragraph by a dump that joins lines: "© Action
    press/Jane Doe Im Mai kam es ..."); a sentence about copyright ("Copyright holders say
    ...", "Copyrightverletzungen ...", "(c) a fine of ..." as a list's item) is the text's;
    a notice is a line, not a paragraph (W.notice_most_words)."""
    if b.caption or b.label == CAPTION or not _site_notice(b.text):
        return False
    t = b.text.strip()
    if at_least_units(t, W.notice_most_words + 1) or _CREDIT_SLASH.search(t[:W.notice_slash_reach]):
        return False
    if _reads_as_sentence(t):
        return False
    says = _NOTICE_SAYS.match(t)
    if says:
        after = t[says.end():says.end() + 1]
        return after in ("", "©", "(") or after.isdigit() or after.isupper()
    return bool(_NOTICE_YEAR.search(t)) and at_least_units(t, W.notice_least_words)


def _reads_as_sentence(t: str) -> bool:
    """The line's first sentence goes on in small letters after its first three words ("Copyright
    Office officials said on Monday ...", "© 2024 AFP photo de la digue"): a sentence or a
    caption, not a company's name ("© Copyright Example Verlag und Druck GmbH", one small word)."""
    first = _FIRST_STOP.split(t, 1)[0].split()[3:]
    return sum(1 for w in first if w[:1].islower()) >= W.notice_sentence_small_words


_NOTICE_SAYS = rx(r"(?:(?:©|\(c\))\s*)?copyright(?:\s+|$)", re.I)
_NOTICE_YEAR = rx(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_FIRST_STOP = rx(r"[.!?](?:\s|$)")
_CREDIT_SLASH = rx(r"[^\W\d_]\s*/\s*[^\W\d_]")  # "Action press/Jane Doe", not "dpa:230428-99-483045/5"


def _section_heading(b: Block) -> bool:
    """An unlabelled short line that closes no sentence: a section's heading ("Sanksi
    Administrasi" under "2 dari 2 halaman")."""
    return not b.label and not b.text.endswith(_SENTENCE_END) and \
        not at_least_units(b.text, W.section_heading_words + 1)


def caption_like(b: Block) -> bool:
    """A block that reads as an image caption or a credit."""
    return b.label == CAPTION or b.caption


@dataclass(frozen=True)
class Layout:
    """Where the article stands among the blocks: the run of body blocks and its dateline."""

    run_start: int  # the prose run as scored, before the dateline moved its start
    start: int
    end: int
    dateline: Optional[Dateline]

    @property
    def empty(self) -> bool:
        """No run of prose was found."""
        return self.end <= self.run_start


def label_layout(blocks: List[Block], headlines: Sequence[str] = (),
                 noun_endings: Tuple[str, ...] = ()) -> Layout:
    """Label the furniture, find the run of prose that holds the article (the one under the
    page's own headline when several articles are stacked on it), and open it at the
    dateline (`noun_endings`: the page's language's, for the dateline's place)."""
    label_furniture(blocks)
    run_start, end = main_run(blocks, headlines)
    if headlines and end > run_start:
        run_start, end = _stacked(blocks, run_start, end, headlines)
    while end - run_start > 1 and blocks[run_start].tag == "h1" and not blocks[run_start].label:
        # the page's own headline that reads as a sentence to the run's scores ("Réforme des
        # retraites : le Sénat adopte le texte après une nuit de débats"): the head's, above the
        # text, as any other headline is
        run_start += 1
    start, dateline = find_body_start(blocks, run_start, end, noun_endings)
    return Layout(run_start, start, end, dateline)


def _same_headline(text: str, keys: Sequence[str]) -> bool:
    """A heading that is the page's headline (one of its metadata's titles, a site's name
    after it allowed)."""
    k = match_key(text)
    return bool(k) and any(k == key or key.startswith(k) and len(k) >= len(key) / 2
                           for key in keys)


def _stacked(blocks: List[Block], start: int, end: int,
             headlines: Sequence[str]) -> Tuple[int, int]:
    """HTML: on a page of stacked articles (an endless scroll: a top-level heading over the
    text of each), the run under the page's own headline, not the longest one.

    The page's headline (a metadata title) is an <h1> above the chosen run with another <h1> between
    them, and under the page's headline, before that other one, W.stacked_least paragraphs of
    prose or more: the article the page is for. Else the run as chosen."""
    key = [match_key(h) for h in headlines]
    h1s = [b.index for b in blocks[:start] if b.tag == "h1" and b.heading]
    own = next((i for i in h1s if _same_headline(blocks[i].text, key)), None)
    if own is None or not blocks[start].path or _same_headline(blocks[h1s[-1]].text, key):
        return start, end
    stop = next(i for i in h1s if i > own)
    scores = [b.score for b in blocks]
    mine = [(t, s, e) for t, s, e in runs(scores[own + 1:stop])]
    if not mine:
        return start, end
    _, s, e = max(mine)
    if sum(_prose(b) and not b.label for b in blocks[own + 1 + s:own + 1 + e]) < W.stacked_least:
        return start, end
    s, e = own + 1 + s, own + 1 + e
    if blocks[s].path:
        _keep_main_container(blocks, s, e)
    return s, e


def find_body_start(blocks: List[Block], start: int, end: int,
                    noun_endings: Tuple[str, ...] = ()) -> Tuple[int, Optional[Dateline]]:
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
        found = find_dateline(b.text, noun_endings)
        over_dash = False
        if not found and b.path and j + 1 < end:
            found = _dateline_over_dash(b, blocks[j + 1], noun_endings)
            over_dash = found is not None
        if not found:
            continue
        d, rest = found
        if not d.standalone and (b.heading or _headline_rest(rest) and not any(
                x.text[:1].islower() for x in blocks[j + 1:j + 3])):
            # "NFF: TINE Fotballskole viktig ...", a kicker and its headline (not a sentence a
            # dump broke, which goes on in lower case on the next lines: "FTX" "adalah ...")
            continue
        above = [blocks[k].score for k in range(start, j)
                 if not blocks[k].label and blocks[k].score > 0 and not blocks[k].caption]
        if len(above) > 1 and sum(above) > W.dateline_prose_above:
            # paragraphs of prose above it (not one: a picture's long caption): the text began
            # there, and the "dateline" is a sentence that opens with a word and a dash
            # ("Kein Wunder –")
            return start, None
        if over_dash:  # (the dash the dateline's block left to the next one: cut once it is taken)
            blocks[j + 1].text = blocks[j + 1].text.lstrip("".join(_DASHES)).lstrip()
        for k in range(start, j):
            if not blocks[k].label:
                blocks[k].mark(CAPTION if caption_like(blocks[k]) else HEADER, "before the dateline")
        if d.standalone:
            b.mark(HEADER, "dateline")
            return j + 1, d
        return j, d
    return start, None


def _dateline_over_dash(b: Block, nxt: Block, noun_endings: Tuple[str, ...]) -> Optional[tuple]:
    """HTML: a dateline's place and outlet in a block of their own, its dash opening the next
    block ('<p><strong>JAKARTA, KOMPAS.com</strong></p>' '- Kebakaran ...'), an outlet named in
    it: the dateline, alone in its block, and the next block's text without the dash (which the
    caller cuts from it once it takes the dateline)."""
    if b.heading or len(b.text) > W.split_dateline_chars or nxt.text[:1] not in _DASHES \
            or nxt.text[1:2] not in (" ", "-"):
        return None
    found = find_dateline(f"{b.text} {nxt.text}", noun_endings)
    if not found:
        return None
    d, rest = found
    text = nxt.text.lstrip("".join(_DASHES)).lstrip()
    if rest.strip() != text or not d.site or not d.location and "." not in d.site:
        # (a place and an outlet named, or an outlet's domain, "VIVA.co.id": not a kicker's or
        # a headline's words, "Berita Utama" "- ...")
        return None
    head = b.text.split(",", 1)[0].strip()
    named = d.site and (d.site.casefold() in merged().agencies or is_outlet(d.site) and not (
        " " in d.site.strip() and domain_rx().search(d.site)))  # (not "Redaksi WartaKita.com")
    first = head.split()[0].casefold() if head.split() else ""
    listed = first in merged().dateline_cities or first in merged().place_units
    if d.location and not (head.isupper() or d.site and b.text.startswith(d.site)
                           or named and listed and plain_place(head)) \
            or not d.location and " " in d.site.strip():
        # (set apart, a place is printed in capitals, after its outlet, or as a place's words
        # before an outlet's name, "JAKARTA, KOMPAS.com", "Liputan6.com, Jakarta", "Jakarta, CNN
        # Indonesia": not a kicker's word, "Exclusive, Ledger.com"; an outlet alone is one
        # name, "VIVA.co.id", not "Dikutip dari Kemenkes.go.id")
        return None
    return _with(d, standalone=True), rest


_DASHES = ("-", "\u2013", "\u2014")


def _headline_rest(rest: str) -> bool:
    """What follows a dateline reads as a headline: few words, no stop, no date."""
    return not _CLOSED.search(rest[-3:]) and not at_least_units(rest, W.dateline_headline_words) \
        and not find_dates(rest, merged())


def _plain(text: str) -> str:
    """A text lowercased with its spaces collapsed, to compare a block with the description."""
    return " ".join(text.lower().split())


def find_lead(blocks: List[Block], layout: Layout, title_index: int,
              description: Optional[str]) -> Tuple[int, str]:
    """The standfirst between the headline and the text and why it is one, or (-1, "").

    News pages print a summary paragraph under the headline, then the byline, the date and
    the picture, then the text: the run of prose starts after the picture, and the summary
    is left above it. It is the article's (the page's description repeats it, often), unless
    the text opens with a dateline: what stands above a dateline is never the article's own.
    """
    if layout.empty or layout.dateline is not None:
        return -1, ""
    start = layout.run_start
    if 0 <= title_index < start and start - title_index <= W.lead_reach_from_title:
        lo = title_index + 1  # the headline bounds the article's head
    else:
        lo = max(0, start - W.lead_reach)
    desc = _plain(description or "")
    reach = W.lead_key_chars
    # a standfirst the page's description repeats is sought up to the headline however far
    # it stands: a box (a subscription offer, an author's card) may come between it and the text
    first = title_index + 1 if 0 <= title_index < lo and len(desc) >= reach else lo
    opening = _plain(blocks[start].text) if start < len(blocks) else ""  # the text's first paragraph
    for j in range(first, start):
        b = blocks[j]
        if b.label not in ("", OUTSIDE) or b.bullet or b.link_density > W.lead_link_density \
                or is_caption(b.text) or b.tag == "h1":
            continue  # (a list item is a summary's bullet or a teaser, not a standfirst; an <h1> the headline)
        n = units(b.text)
        if n < W.lead_min_words:
            continue
        text = _plain(b.text)
        said = len(desc) >= reach and (text[:reach] in desc or desc[:reach] in text)
        if j < lo and not (said and _far_standfirst(blocks, j, title_index, text)):
            continue
        if opening.startswith(text):
            continue  # the text's first paragraph, or its start, printed above it as a teaser
        if not said and (b.caption or not _under_headline(blocks, title_index, j) or b.score <= 0 or not (
                _CLOSED.search(b.text[-3:]) or n >= W.lead_unended_words)):
            continue  # without the description's word, only a sentence right under the headline
        if all(_head_of_article(k) for k in blocks[j + 1:start]):
            return j, "repeats the page's description" if said else "a sentence under the headline"
    return -1, ""


_HEADLINE_WORD = rx(r"[^\W\d_]{4,}")  # a word of the headline a standfirst repeats (not "in", "the")


def _far_standfirst(blocks: List[Block], j: int, title_index: int, text: str) -> bool:
    """Block j (`text`, plain), far above the text, which the page's description repeats, is
    the article's standfirst, not the site's slogan (which a site's every page gives as its
    description): it holds a word of the headline, and the page prints it nowhere else (a
    slogan stands in the header or the footer too)."""
    words = set(_HEADLINE_WORD.findall(blocks[title_index].text.lower()))
    if not words.intersection(_HEADLINE_WORD.findall(text)):
        return False
    return not any(k != j and _plain(b.text) == text for k, b in enumerate(blocks))


def _under_headline(blocks: List[Block], title_index: int, j: int) -> bool:
    """Block j is the first paragraph under the headline: right under it, or under the date,
    byline and share buttons that stand below it (short lines, scored as no prose)."""
    if title_index < 0 or j <= title_index:
        return False
    if j > title_index + 1 and (j - title_index - 1 > W.lead_head_lines
                                or len(blocks[j].text) < W.lead_date_line_chars
                                or _head_of_article(blocks[j])):
        return False  # (a date line under the headline is no standfirst: "Monday, 4 May 2022 at 07:46")
    return all(b.score <= 0 and not at_least_units(b.text, W.lead_min_words)
               for b in blocks[title_index + 1:j])


def _head_of_article(b: Block) -> bool:
    """What may stand between a standfirst and the text: a byline, a date, a picture and its
    credit, buttons, a credit line with no stop ("X in conversation with Y"); not prose."""
    return (b.score <= 0 or b.caption or b.label not in ("", OUTSIDE)
            or not at_least_units(b.text, W.lead_min_words)
            or not _CLOSED.search(b.text[-3:]) and not at_least_units(b.text, W.lead_unended_words)
            or len(b.text) < W.lead_date_line_chars and bool(find_dates(b.text, merged())))


def name_under_date(blocks: List[Block], i: int) -> Optional[str]:
    """Block i's text as a name, when it stands alone right under a date line ("Frankfurt,
    October 23, 2024, 3:48 Uhr", then "Dieter Kuckelkorn" or "Reuters, Thorsten Kramer"), or
    right over one ("Sehernur Karsu |", then "05.04.2025 - Güncelleme : 05.04.2025"): a
    byline the body's run took in."""
    near = [blocks[k].text for k in (i - 1, i + 1) if 0 <= k < len(blocks) and _date_line(blocks[k].text)]
    return name_near_date(blocks[i].text, near, merged()) if near else None


def date_line(text: str) -> bool:
    """A short line that is mostly a date (see _date_line)."""
    return _date_line(text)


_MATCH_SIDES = re.compile(r"\S\s+(?:vs?\.?|[-\u2013\u2014])\s+\S", re.I)
# (two sides of a fixture before its date, a schedule's row: "Indonesia vs Bahrain | 20 Maret 2025")


def _bar_row(blocks: List[Block], i: int) -> bool:
    """A row of the text, not the date's line: a label, a bar and a date with another such row
    next to it, a schedule ("Pendaftaran Calon | 27 Agustus 2024" | "Penetapan Calon | 22
    September 2024"), or under a paragraph of the text or its lead-in ("Berikut jadwalnya:")."""
    def row(k: int) -> bool:
        if not 0 <= k < len(blocks) or "|" not in blocks[k].text:
            return False
        tail = blocks[k].text.rpartition("|")[2].strip()
        return bool(tail) and mostly_dates(tail, W.date_line_share)
    return row(i) and (row(i - 1) or row(i + 1) or any(
        _prose_text(c.text) or c.text.endswith(":") and at_least_units(c.text, 2) for c in blocks[max(0, i - 2):i]))


def _date_line(text: str, bars: bool = True) -> bool:
    """A short line that is mostly a date ("Freitag, 28.04.2023, 19:25"), or two ("Publié le 12
    mars 2024 à 06h30, modifié le 12 mars 2024 à 08h12": the first printing and the update).
    With bars, also a name before a bar and a date (see below), where one line stands alone."""
    if len(text) > 2 * W.date_line_max_chars or _CLOSED.search(text[-3:]) and not text[-1:].isdigit():
        return False
    if len(text) <= W.date_line_max_chars:
        head, bar, tail = text.rpartition("|")
        # (the outlet's or the desk's name before a bar: "CNN Indonesia | Senin, 12/02/2024 10:00 WIB")
        return mostly_dates(text, W.date_line_share) or bars and bool(bar) and not at_least_units(head, 4) \
            and all(w[:1].isupper() for w in head.split() if len(w) > 3) and not _MATCH_SIDES.search(head) \
            and mostly_dates(tail.strip(), W.date_line_share)
    found = find_dates(text, merged())
    low = text.casefold()
    return len(found) >= 2 and sum(d.end - d.start for d in found) >= W.date_line_share * len(text) \
        and any(w in low for w in merged().modified_labels)


def _prose(b: Block) -> bool:
    """A paragraph of the text: scored as prose, not a heading, sentences or many words."""
    if b.score <= 0 or b.heading:
        return False  # (most lines: before their words are counted)
    return _prose_text(b.text)


@lru_cache(maxsize=1024)
def _prose_text(text: str) -> bool:
    """A text of sentences or of many words, as _prose asks of a paragraph.

    Cached: the body's passes ask it of a page's few dozen paragraphs again and again (some
    70 questions of 20 texts); the bound keeps only the last pages' paragraphs.
    """
    # (a long paragraph is not split into all its words: at_least_units stops at the count)
    return at_least_units(text, W.lead_min_words) and (
        bool(_CLOSED.search(text[-3:])) or at_least_units(text, W.lead_unended_words))


def _label_head(blocks: List[Block], start: int, end: int, title: Optional[str]) -> None:
    """Label the article's head that the run of prose swallowed: before its first paragraph,
    the headline printed again with a kicker, a date or reading-time line, a byline, a
    player's or a share bar's words are not the text (a deck or a motto is)."""
    first = next((i for i in range(start, end) if not blocks[i].label
                  and (_prose(blocks[i]) or _lead_in(blocks[i]))), -1)
    if first - start > W.head_reach:
        return  # a table or a list opens the text: not a head
    title_words = set(match_key(title or "").split())
    for b in blocks[start:max(first, start)]:
        if b.label:
            continue
        closed = bool(_CLOSED.search(b.text[-3:]))
        words = set(match_key(b.text).split())
        if (b.heading and not closed
                and len(words & title_words) >= W.head_title_share * len(title_words) > 0
                or b.score <= 0
                or not at_least_units(b.text, W.lead_min_words) and not closed
                or b.score < W.head_date_line_score and len(b.text) < W.lead_date_line_chars
                and find_dates(b.text, merged())):
            b.mark(HEADER, "the article's head, before its first paragraph")


def _lead_in(b: Block) -> bool:
    """A paragraph of sentences that ends with a colon, leading in to what follows ("You want
    to know me better? Let's start with the basic questions:"): the text's, as a paragraph of
    prose is, though its last sentence does not close. (A head's line with a colon, a byline's
    "By X and Y:", holds no sentence before it.)"""
    text = b.text.rstrip()
    return (b.score > 0 and not b.heading and text.endswith(":")
            and at_least_units(text, W.lead_min_words) and bool(_INNER_STOP.search(text)))


DATED_NAME_IN_BODY = "a name and its date inside the body span"
_FURNITURE_IN_SPAN = "links or furniture inside the body span"
_LONE_WORD = "lone word inside the body span"
_SENTENCE_STOPS = (".", "!", "?", "。", "！", "？")


def label_body(blocks: List[Block], layout: Layout, title: Optional[str],
               lead: Tuple[int, str] = (-1, "")) -> List[Block]:
    """Label the unlabelled blocks of the run: the body's paragraphs, and what is not (a
    repeat of the headline, a caption, a lone word). Returns the body's blocks, the lead
    (`find_lead`) first when there is one."""
    title_key = match_key(title or "")
    body: List[Block] = []
    if lead[0] >= 0:
        blocks[lead[0]].mark(BODY, f"lead under the headline: {lead[1]}")
        body.append(blocks[lead[0]])
    _label_head(blocks, layout.start, layout.end, title)
    lists: Dict[int, bool] = {}
    for b in blocks[layout.start:layout.end]:
        if b.label:
            continue
        if _item_of_a_list(blocks, b, lists):
            b.mark(BODY, "an item of a list inside the text")
            body.append(b)
            continue
        typed = _typed_line(blocks, b)
        if not typed and (b.link_density >= W.span_link_density or b.score <= W.span_least_score) \
                and not _linked_sentence(b):
            # a "Read more: <link>" line, a button, a newsletter box the run bridged over
            # (not an address the author typed out, a note's "[1] http://...", a mailbox to
            # write to: its link sinks its score, not its place in the text)
            b.mark(OUTSIDE, _FURNITURE_IN_SPAN)
            continue
        if b.index < layout.start + W.head_reach and len(b.text) < W.lead_date_line_chars \
                and parse_credit(b.text, merged())[0]:
            b.mark(BYLINE, "a credit line inside the body span")
            continue
        if b.index < layout.start + W.head_reach and len(b.text) < W.lead_date_line_chars \
                and (dated_name(b.text, "", merged()) or name_under_date(blocks, b.index)
                     or glued_dated_name(b.text, merged(), [blocks[i].text for i in range(
                         max(0, b.index - 3), min(len(blocks), b.index + 4)) if i != b.index], b.caption)):
            # "Sehernur Karsu | 05.04.2025": a name and the date beside it, which the run took
            b.mark(BYLINE, DATED_NAME_IN_BODY)
            continue
        if _date_line(b.text, bars=not _bar_row(blocks, b.index)):
            # (a name, a bar and a date over the text: "CNN Indonesia | Senin, 12/02/2024"; under
            # a paragraph it is a row of the text, "Batas Akhir Pendaftaran | 30 Agustus 2024")
            b.mark(HEADER, "a date line inside the body span")  # a teaser's or a video's
            continue
        if title_key and abs(len(b.text) - len(title or "")) < 8 and match_key(b.text) == title_key:
            b.mark(TITLE, "repeats the headline")
            continue
        if caption_like(b):
            b.mark(CAPTION, "caption or photo credit")
            continue
        if step_number(b):
            b.mark(BODY, "a step's number")  # (a counter keeps its furniture label)
            body.append(b)
            continue
        if not at_least_units(b.text, 2) and not b.text.endswith(_SENTENCE_STOPS) and not typed \
                and not (b.bullet and b.text.endswith(GOES_ON)) \
                and not (b.heading and b.index < layout.end - 1):
            b.mark(HEADER, _LONE_WORD)
            continue
        b.mark(BODY, "prose run")
        body.append(b)
    k = 1 if lead[0] >= 0 else 0  # (the run's first block in the body, past the lead)
    i = body[k].index - 1 if len(body) > k else -1
    if i >= 0 and not blocks[i].label and step_number(blocks[i]):
        # the first step's number, which scores nothing, stands just above the run
        blocks[i].mark(BODY, "a step's number")
        body.insert(k, blocks[i])
    gallery = [b for b in blocks[layout.start:layout.end]
               if b.label == CAPTION and b.reason == "caption or photo credit" and _prose(b)]
    slides = sum(b.score for b in gallery) > sum(b.score for b in body if b.score > 0)
    if slides:
        # the run's prose is mostly in elements a class calls captions: a gallery or a
        # slideshow whose text sits under its pictures, not pictures in a text
        for b in gallery:
            b.mark(BODY, "prose under a gallery's pictures")
        body = sorted([*body, *gallery], key=lambda b: b.index)
    if body and body[-1].path:
        _fill_container(blocks, body, title_key, slides)
        body.extend(_closing_lines(blocks, body[-1]))
        if lead[0] < 0:
            body[:0] = _opening_lines(blocks, body)
            body[:0] = _opening_subhead(blocks, body[0], title_key) or _opening_deck(blocks, body[0], title_key)
            body[:0] = _opening_paragraph(blocks, body)
        first = next((b for b in body if b.index != lead[0]), None)
        sub = _first_subheading(blocks, body, first, title_key) if first is not None else None
        if sub is not None:
            sub.mark(BODY, "a subheading over the text's first paragraph, as the text's others")
            body = sorted([*body, sub], key=lambda b: b.index)
        sections = _recipe_sections(blocks, body)
        if sections:
            body = sorted([*body, *sections], key=lambda b: b.index)
        lines = _paragraph_lines(blocks, body, title_key) + _closing_paragraph(blocks, body[-1])
        if lines:
            body = sorted([*body, *lines], key=lambda b: b.index)
        body.extend(_closing_sections(blocks, body))
        holder = _holder(body, up=True)
        more = _continued_text(blocks, body, holder)
        if more:
            body.extend(more)
            holder = _holder(body, up=True)
        heads = _inner_subheads(blocks, body, title_key, holder)
        if heads:
            body = sorted([*body, *heads], key=lambda b: b.index)
    for b in body[-W.pitch_tail:]:
        if b is body[0] and b.text.rstrip().endswith(_SENTENCE_END) and "://" not in b.text:
            continue  # (the text's opening sentences close nothing: a story of two networks;
            # a share bar's links the run opened on are still furniture)
        if _follow_pitch(b.text):
            b.mark(BOILERPLATE, "a follow-us or app pitch closing the text")
        elif _ends_on_button(b.text):
            b.mark(BOILERPLATE, "a pitch closing the text, its button's words after it")
            k = body.index(b) - 1
            if k > 0 and not body[k].text.endswith(_SENTENCE_END) \
                    and not at_least_units(body[k].text, W.lead_min_words):
                body[k].mark(BOILERPLATE, "the heading of a pitch closing the text")
    for b in _boxes_among_paragraphs(body, layout.start, lead[0]):
        if not _dek(blocks, b, title_key):
            b.mark(BOILERPLATE, "a short box among the text's paragraphs")
    for b in _thin_tail(blocks, body):
        b.mark(OUTSIDE, "a thin line past the furniture that closes the text")
    wall = next((i for i, b in enumerate(body) if i and _paywall(blocks, b.index)), None)
    if wall is not None:
        for b in body[wall:]:
            b.mark(BOILERPLATE, "a paywall's notice and the pitch after it")
    return [b for b in body if b.label == BODY]


def _thin_tail(blocks: List[Block], body: List[Block]) -> List[Block]:
    """A dump: the body's last line past a line of furniture (an ad's, a related label, a
    share bar) when it weighs little (under W.thin_tail_score), is of a tag's or a promo's size
    (W.thin_tail_words words at most) and is no sentence the text could end on: a row of
    topics with no stop ("Protection de l'environnement Mer Méditerranée Pêche"), or a line the
    page prints again outside the text, a template's promo ("Kennen Sie schon unsere
    Plus-Inhalte?"). In a dump furniture has no bounds, and the run goes on over it to whatever
    pays a little more than it costs. A sentence printed once there, however short, is the
    text's own last paragraph ("Police are appealing for witnesses."), and so are two
    sentences, a long line with no stop, a pull quote's sentence printed again at the end, and
    a credit line, which the credit finder reads. A sentence of W.short_words words, which
    _prose_shape lifts to a short sentence's score, goes when the text above it holds every
    word of it: it adds nothing, a picture's caption restating the lead ("PT PLN resmi
    mengoperasikan Gardu Induk (GI) 150 kV Milenium." under "PT PLN hari ini resmi
    mengoperasikan Gardu Induk (GI) 150 kV Milenium 2x60 MVA ..."), and scored 0 as before
    the lift it was left out; a text's own last sentence says something new ("Sidang akan
    dilanjutkan pekan depan ..."). (Shorter sentences keep their score and stay, saying again
    what the text said or not: "Fairmont Jasper Park Lodge is now open.")"""
    kept = [b for b in body if b.label == BODY]
    if len(kept) < 2 or kept[-1].path:
        return []
    last = kept[-1]
    n = len(last.text.split())
    if last.score >= W.thin_tail_score or _INNER_STOP.search(last.text) or n > W.short_words \
            or _credit_shape(last.text):
        return []
    between = blocks[kept[-2].index + 1:last.index]
    if not last.text.endswith(_SENTENCE_END):
        furniture = n <= W.thin_tail_words and any(b.label in (RELATED, BOILERPLATE, LIST) for b in between)
        return [last] if furniture else []
    if n <= W.thin_tail_words and any(b.label in (RELATED, BOILERPLATE, LIST) for b in between) \
            and any(b.text == last.text and b.label != BODY for b in blocks if b is not last):
        return [last]
    return [last] if n == W.short_words and last is body[-1] and not _quotation(last.text) \
        and _echoes(last.text, kept[:-1]) else []


def _echoes(short: str, above: Sequence[Block]) -> bool:
    """Every word of the short sentence stands in the text above it, which is longer than
    twice it: it says nothing the text has not said (a picture's caption restating the lead)."""
    words = [w.strip(_ECHO_MARKS).casefold() for b in above for w in b.text.split()]
    have = set(words)
    return len(words) > 2 * W.short_words and all(w.strip(_ECHO_MARKS).casefold() in have for w in short.split())


_ECHO_MARKS = ".,;:!?\"'()[]“”‘’«»„"


def _credit_shape(text: str) -> bool:
    """A line that credits the text: its writers or editors ("Additional reporting by Tom Roe;
    editing by Ann Low"), an agency ("— Reuters"), a credit's phrase ("With agencies")."""
    k = merged()
    bare = text.strip(" ()—–-").casefold()
    return any(parse_credit(text, k)[:2]) or bare in k.agencies or bare.startswith(tuple(k.credit_phrases))


def _dek(blocks: List[Block], b: Block, title_key: str) -> bool:
    """Block b is a dek: right under the headline as the article prints it, in the headline's
    own element, a line of W.lead_min_words words or more that need not end on a stop ("'She is
    a very talented woman,' she said of her son's girlfriend"), with no link, no date and no
    byline."""
    if not title_key or b.index < 1 or not b.path:
        return False
    h = blocks[b.index - 1]
    return (h.heading and h.path[:-1] == b.path[:-1] and match_key(h.text) == title_key
            and b.link_density == 0 and at_least_units(b.text, W.lead_min_words)
            and not _date_line(b.text) and not parse_credit(b.text, merged())[0])


def _boxes_among_paragraphs(body: List[Block], start: int, lead: int) -> List[Block]:
    """HTML: the short boxes the body took among the paragraphs of a text written in <p>s: a
    caption, an embed's notice, a gallery's counter, a newsletter's or a donation's pitch, an
    ad slot's line, a teaser ("Image 1 of 5", "Sieh dir diesen Beitrag auf Instagram an",
    "Join our Newsletter for the latest news", "CONTINUA DEPOIS DA PUBLICIDADE").

    A text whose paragraphs are <p>s (W.box_least_paragraphs of them at least, with
    W.box_paragraph_share of the body's words) writes its paragraphs so; a <div> among them
    that is no sibling of any (it sits in an element of its own, wrapped in a box) and is short
    (under W.box_max_words words) is a box's. Above the first <p> only a line of no prose is
    (a standfirst in a <div> opens many texts), and not one that prints a date above the run:
    the page's date may be read there.

    Not a box: text straight inside the <p>s' own container (loose text, a subhead in
    <strong>, lines parted by <br>s: its path ends at the container), a heading or a list
    item whose words sit in a <div>, a sentence in a <blockquote> (an embed's notice there is
    no sentence: "View this post on Instagram"), nor the lead under the headline
    (`find_lead`: the meta description repeats it), nor a line of a recipe's section
    (`_recipe_sections`: "Zutaten" in a <div> of the card's)."""
    kept = [b for b in body if b.label == BODY and b.path]
    paras = [b for b in kept if b.tag == "p"]
    if len(paras) < W.box_least_paragraphs:
        return []
    parents = {b.path[:-1] for b in paras}
    # (a recipe's card prints two sections at least, "Zutaten" and "Zubereitung": one lone
    # "Instructions" over an app's promo under the text is a box)
    card = sum(1 for b in kept if b.reason == _RECIPE_SECTION and _section_heading_rx().match(b.text)) >= 2
    boxes = [b for b in kept if b.tag == "div" and b.path[:-1] not in parents and b.path not in parents
             and not b.heading and not b.bullet and b.index != lead
             and not (card and b.reason == _RECIPE_SECTION)
             and not (b.quote and _CLOSED.search(b.text[-3:]))
             and not at_least_units(b.text, W.box_max_words)
             and (b.index > paras[0].index or not _prose(b))]
    if not boxes:
        return []  # (most pages: before any word is counted)
    words = sum(units(b.text) for b in paras)
    if words < W.box_paragraph_share * (words + sum(units(b.text) for b in kept if b.tag != "p")):
        return []
    return [b for b in boxes if not (b.index <= start and find_dates(b.text, merged()))]


def _linked_sentence(b: Block) -> bool:
    """HTML: a sentence of the text that links cover much of ("The investigation had been
    <a>shelved in 2017 but was re-opened</a> earlier this year."): links cover W.linked_sentence_least_links
    of it at least (what sank it) and some of its words are outside them,
    W.linked_sentence_words at least, a stop closing it, and written as prose is (most of its
    words in lower case), where a teaser's headline is all links, stops on no full stop and
    capitalises its words. Not a line the links alone sank (an element a class calls furniture,
    a line glued of many), nor a label's line ("Read more: <link>", "SEE ALSO: <link>")."""
    text = b.text
    if not b.path or not W.linked_sentence_least_links <= b.link_density < W.linked_sentence_link_density \
            or b.hint < 0 or b.bullet or b.heading \
            or b.score <= W.linked_sentence_least_score or not _CLOSED.search(text[-3:]) \
            or ": " in text[:W.linked_sentence_label_chars] or not at_least_units(text, W.linked_sentence_words) \
            or "? " in text:  # ("Got a tip? <a>Send it to our newsroom</a> today.": a call)
        return False
    words = [w for w in text.split() if w[:1].isalpha()]
    cased = [w for w in words if w[0].lower() != w[0].upper()]
    return not cased or sum(w[0].islower() for w in cased) >= W.linked_sentence_lower * len(cased)


@lru_cache(maxsize=None)
def _paywall_rx() -> Pattern[str]:
    """A paywall's notice, in any language: "To view the full story, please subscribe"."""
    return rx(r"\b(?:" + _words(merged().paywall_phrases) + r")\b", re.I)


@lru_cache(maxsize=None)
def _paywall_prompt_rx() -> Pattern[str]:
    """A paywall's prompt to log in or subscribe, in any language ("log in", "inloggen",
    "connectez-vous", "abbonati")."""
    return rx(r"(?<!\w)(?:" + _words(merged().paywall_prompts) + r")(?!\w)", re.I)


def _paywall(blocks: Sequence[Block], i: int) -> bool:
    """Block i is a paywall's notice: a short paragraph (under W.paywall_max_words) that opens
    with a paywall's phrase (in its first W.paywall_reach characters) and is the notice, not a
    sentence that says its words ("Als abonnee van de krant betaal je volgend jaar meer",
    "Para seguir leyendo en verano, ..."): past the phrase it asks the reader to log in or
    subscribe ("To view the full story, please subscribe", "Als abonnee lees je ook alle
    plusartikels. Je moet nog even inloggen.") or asks it ("Déjà abonné ? Se connecter"), or it
    is a line of a few words and no sentence ("Jetzt weiterlesen mit BZ+"), or the line below,
    a short one (under W.paywall_prompt_words), is the box's next line: a prompt, a phrase
    again or a button's link ("TIP Als abonnee ... krijg je ook gratis ... cadeau." over
    "Ontdek je voordeel ›", a bracketed alt text between)."""
    text = blocks[i].text
    if at_least_units(text, W.paywall_max_words):
        return False
    found = _paywall_rx().search(text[:W.paywall_reach])
    if found is None:
        return False
    rest = text[found.end():]
    if rest.lstrip().startswith("?") or _paywall_prompt_rx().search(rest) or not (
            text.rstrip().endswith(_SENTENCE_END) or at_least_units(text, W.paywall_prompt_words)):
        return True
    k = i + 1
    while k < len(blocks) and k <= i + 2 and blocks[k].text.startswith("[") and blocks[k].text.endswith("]"):
        k += 1  # (a picture's alt text in brackets between)
    nxt = blocks[k].text if k < len(blocks) else ""
    return bool(nxt) and not at_least_units(nxt, W.paywall_prompt_words) and bool(
        nxt.endswith(_BUTTON_ARROWS) or _paywall_prompt_rx().search(nxt) or _paywall_rx().search(nxt))


_BUTTON_ARROWS = ("›", "»", "→")  # a call to action's link ends on one ("Ontdek je voordeel ›")


def _flat_text(body: Sequence[Block], holder: Optional[Tuple[int, ...]]) -> bool:
    """Whether the body's element is the page's top (shallower than W.fill_least_depth) and
    every paragraph of its prose is a child of that element: a hand-made page whose text
    stands right under <body>."""
    return (holder is not None and 0 < len(holder) < W.fill_least_depth
            and all(len(b.path) == len(holder) + 1 for b in body if _prose(b)))


def _fill_container(blocks: List[Block], body: List[Block], title_key: str,
                    slides: bool = False) -> None:
    """HTML: add the paragraphs of the article's container that the run left out.

    The run of prose stops at a table of contents, a picture with its credit or a link list
    inside the article; the paragraphs past it sit in the same element as the body's. The
    element is the deepest one holding most of the body's prose. When that is the page's top
    (a hand-made page whose paragraphs stand right under <body>, no container around them),
    only its own children are read, as the body's paragraphs are (`_flat_text`): what is
    nested deeper there is the page's boxes.
    """
    holder = _holder(body, up=True)
    flat = _flat_text(body, holder)
    if holder is None or len(holder) < W.fill_least_depth and not flat:
        return
    n = len(holder)
    lo, hi = body[0].index, body[-1].index

    def inside(b: Block) -> bool:
        return b.path[:n] == holder and (not flat or len(b.path) <= n + 1 + b.bullet)

    shared = _text_hint(body)
    deepest = _prose_depth(body)
    # (the class the text shares is lifted off a block only where the text's own prose is: a
    # direct child of the holder, or in a box of it that holds the text's prose; a sibling
    # widget's class is as low as the text's widgets' ("elementor-widget-post-comments"
    # beside "elementor-widget-text-editor"), so a comments or form widget stays out)
    boxes_of_text = {b.path[:n + 1] for b in body if _prose(b)}

    def takes(b: Block) -> bool:
        # (in a slideshow, the text under the pictures is the text)
        # (a paragraph links cover much of is the text's too, not a button's line: "Try
        # refreshing your browser, or tap here to see other videos")
        return (not b.label and (not b.caption or slides and _prose(b)) and not b.heading
                and (b.score - (_shared_hint(b, shared) if len(b.path) <= deepest
                                and (len(b.path) == n + 1 or b.path[:n + 1] in boxes_of_text)
                                else 0.0) > 0
                     and b.link_density < W.span_link_density
                     or _linked_sentence(b) and at_least_units(b.text, W.linked_paragraph_words)))

    # above the text and inside it, every paragraph of the container but the headline; past
    # its end, only up to the first furniture (a list, a comments heading, a heading): what
    # follows an article in its own element is comments and teasers
    found = _without_head_credits(blocks, [b for b in blocks[:hi] if b.index != lo and inside(b) and takes(b)
                                           and (b.index > lo or match_key(b.text) != title_key)], lo)
    # ...but a teaser box or an ad with its own heading, nested in the article's element
    # between two of its paragraphs, is stepped over, and the prose past it taken
    own = {b.path[:n + 1] for b in body}
    # short lines and list items that stand between two of the text's paragraphs, where they
    # stand (a one-line subhead in a <p>, a list's items that score below zero), go with them
    first = min([lo, *(b.index for b in found)])
    chosen = {b.index for b in found}
    boxes = {(b.path[:n + 2], b.hint) for b in body if b.hint < 0 and len(b.path) > n + 1}
    found.extend(_without_head_credits(blocks, [
        b for b in blocks[first + 1:hi] if b.index not in chosen and not b.label
        and not b.heading and inside(b)
        and (_between_paragraphs(b, blocks=blocks) or _plain_item(b) or _boxed_with_text(b, boxes, n)
             or _typed_line(blocks, b) or _linked_item(blocks, b))
        and (b.bullet or at_least_units(b.text, 3) or b.text.endswith(_STOPS))
        # (not a label, "Article content"; a short sentence, "Then we wait.")
        and (b.path[:n + 1] in own or len(b.path) <= n + 1 + b.bullet)], first))
    kinds = Counter((b.tag, len(b.path)) for b in body if b.heading)
    # (a subhead between two of the text's paragraphs that the run's span left out for its
    # score, a short line in capitals, is of a kind the text holds too)
    kinds.update((b.tag, len(b.path)) for b in blocks[lo + 1:hi]
                 if _left_subhead(b, title_key) and inside(b) and len(b.path) == n + 1
                 and blocks[b.index - 1].label == BODY and blocks[b.index + 1].label == BODY)
    kinds_of = {(b.tag, len(b.path)) for b in body if _prose(b)}  # (the text's paragraphs)
    subheads = set(kinds)
    # a text of items under headings, each over its picture and its paragraph (a listicle's
    # "2. Kraków", its photo and credit, its text): the tags of such headings past the run
    item_tags = Counter(b.tag for b in blocks[hi + 1:] if b.heading and inside(b) and len(b.path) == n + 1
                    and _item_heading(blocks, b, holder, title_key))
    skip: Optional[Tuple[int, ...]] = None
    # short lines and list items between two of the container's paragraphs ("Ingredients:",
    # a list of steps, a one-line paragraph): held until a paragraph past them is taken
    between: List[Block] = []
    for b in blocks[hi + 1:]:
        if not inside(b) or _comments_heading(b.text) or _about_box(b.text):
            break
        if skip is not None and b.path[:n + 1] == skip:
            continue
        if slides and b.heading and not b.label:
            continue  # a slide's title: the slides go on
        if b.heading and not b.label and (b.tag, len(b.path)) in subheads \
                and (len(b.path) == n + 1 or b.path[:n + 1] in own) \
                and _section_follows(blocks, b.index, holder,
                                     1 if kinds[b.tag, len(b.path)] >= W.sectioned_least else W.section_least):
            # a subhead of the kind the text holds, standing where its paragraphs stand (not
            # in a box of its own), over more of its prose
            found.extend(between)
            between = []
            found.append(b)
            continue
        if b.heading and not b.label and (b.tag, len(b.path)) in subheads \
                and (len(b.path) == n + 1 or b.path[:n + 1] in own):
            items = _list_section(blocks, b.index, holder)
            if items:
                # a subhead of the text over a list of plain items that closes the container
                # ("What you need", "Requirements"): a section of the article too
                found.extend(between)
                between = []
                found.append(b)
                found.extend(items)
                break
        if b.heading and not b.label and b.tag != "h1" and len(b.path) == n + 1 \
                and _section_past_lines(blocks, b.index, holder, kinds_of):
            # a heading where the text's paragraphs stand, over a list or short lines and then
            # more paragraphs of the text's kind: a section of the text ("What you need",
            # its items, then the text goes on)
            found.extend(between)
            between = []
            found.append(b)
            continue
        if b.heading and not b.label and len(b.path) == n + 1:
            lines = _line_section(blocks, b.index)
            if lines:
                # a heading where the text's paragraphs stand, over short lines beside it
                # that close the element ("Selected works" over its dates and titles)
                found.extend(between)
                found.append(b)
                found.extend(lines)
                break
        if b.heading and not b.label and len(b.path) == n + 1 and item_tags[b.tag] >= W.sectioned_least \
                and _item_heading(blocks, b, holder, title_key):
            found.extend(between)
            between = []
            found.append(b)
            skip = None
            continue
        if b.label or b.heading:
            if len(b.path) > n + 1 and b.path[:n + 1] not in own:
                skip = b.path[:n + 1]
                between = []
                continue
            break
        if takes(b) and (skip is None or _prose(b)):
            # (past a box stepped over, only a paragraph of prose: not a shop's or a
            # sponsor's line)
            found.extend(between)
            between = []
            found.append(b)
        elif skip is None and (_between_paragraphs(b, blocks=blocks) or _plain_item(b) or _typed_line(blocks, b)
                               or _linked_item(blocks, b)) and (
                b.path[:n + 1] in own or len(b.path) <= n + 1 + b.bullet):
            # (where the text's paragraphs stand, or a list right under the container: not
            # a box of its own, an app's or a newsletter's pitch)
            between.append(b)
        elif b.link_density >= W.span_link_density or b.hint < 0 or caption_like(b):
            between = []  # a link, a button: the lines above it go with it, not the text
    for b in found:
        b.mark(BODY, "in the article's container")
    body.extend(found)
    body.sort(key=lambda b: b.index)


def _without_head_credits(blocks: List[Block], taken: List[Block], first: int) -> List[Block]:
    """The blocks the container's fill took, less the head's lines by the text's top (block
    `first`): a byline between a standfirst and the first paragraph ("By Sarah Jones and Raj
    Patel · 12 June 2024") and the date's line there ("Publicado el 12/03/2024 a las 06:30,
    actualizado el ..."), which is marked the head's stamp so that its date is read as a body
    line's. Only lines the fill took are tested: a date line it left out stays as it was."""
    kept = []
    for b in taken:
        if b.index < first + W.head_reach:
            if _date_line(b.text, bars=not _bar_row(blocks, b.index)):
                b.mark(HEADER, STAMP_IN_CONTAINER)
                continue
            if len(b.text) < W.lead_date_line_chars and not b.text.endswith(_STOPS) \
                    and parse_credit(b.text, merged())[0]:
                continue
        kept.append(b)
    return kept


def _left_subhead(b: Block, title_key: str) -> bool:
    """A heading with no links that the run's span left out as furniture for its score (a
    short line in capitals), not the headline: a subhead of the text where the text stands on
    both sides of it."""
    return b.heading and b.label == OUTSIDE and b.reason == _FURNITURE_IN_SPAN and b.link_density == 0 \
        and match_key(b.text) != title_key


def _text_hint(body: Sequence[Block]) -> float:
    """The class score most of the body's paragraphs of prose stand under, when below zero (a
    class name over the whole text, "widget-text", "story-teaser"), else 0."""
    hints = Counter(b.hint for b in body if _prose(b))
    return min(0.0, hints.most_common(1)[0][0]) if hints else 0.0


def _prose_depth(body: Sequence[Block]) -> int:
    """The depth most of the body's paragraphs of prose stand at (0 for a body with none): a
    block no deeper is the text's own, not a box's inside it, an embedded post's."""
    depths = Counter(len(b.path) for b in body if _prose(b))
    return depths.most_common(1)[0][0] if depths else 0


def _shared_hint(b: Block, shared: float) -> float:
    """What block b's score lost to the class score the text's paragraphs stand under too
    (`shared`, `_text_hint`): its whole class score when that is below zero and no lower than
    the text's (no class of its own lowers it further), else nothing. A class over the whole
    text says nothing of one of its paragraphs against the others."""
    return b.hint if shared <= b.hint < 0 else 0.0


def body_paragraphs(body: Sequence[Block]) -> List[str]:
    """The body blocks' texts, a step's number glued to the step that follows it ("1. Roast
    the chicken ...")."""
    out: List[str] = []
    for i, b in enumerate(body):
        if i and body[i - 1].reason == "a step's number" and body[i - 1].index == b.index - 1:
            number = body[i - 1].text
            out[-1] = f"{number}{'' if number[-1] in '.)' else '.'} {b.text}"
        else:
            out.append(b.text)
    return out


@lru_cache(maxsize=None)
def _section_heading_rx() -> Pattern[str]:
    """A recipe's or a how-to's section heading: "Ingredients", "Zutaten für 12 Stück:",
    "Modo de preparo" (a few words may follow; no sentence)."""
    return rx(r"^\W{0,3}(?:" + _words(merged().section_headings) + r")\b[^.!?]{0,40}$", re.I)


def _recipe_sections(blocks: List[Block], body: List[Block]) -> List[Block]:
    """HTML: the sections of a recipe or a how-to near the text ("Ingredients" over its list,
    "Method" over its steps), which a recipe card prints apart from the article's prose: a
    section heading within W.section_reach blocks of the body, in the element that holds the
    body's, and the lines under it that are no furniture and no link, up to a heading of
    another kind. Labelled and returned."""
    lo = max(0, body[0].index - W.section_reach)
    hi = min(len(blocks), body[-1].index + W.section_reach)
    if not any(len(b.text) <= 60 and _section_heading_rx().match(b.text) for b in blocks[lo:hi]):
        return []  # (most pages: no recipe)
    holder = _holder(body, up=True)
    if holder is None:
        return []
    area = holder[:max(W.fill_least_depth, len(holder) - W.section_levels)]
    taken = {b.index for b in body}
    found: List[Block] = []
    i = lo
    while i < hi:
        h = blocks[i]
        i += 1
        if i - 1 in taken or h.label or len(h.text) > 60 or h.path[:len(area)] != area \
                or not _section_heading_rx().match(h.text):
            continue
        items: List[Block] = []
        for b in blocks[i:i + W.section_items]:
            if b.link_density >= W.span_link_density and items and not b.heading \
                    and not b.label and b.tag in ("li", "tr") and b.path[:-1] == items[-1].path[:-1]:
                items.append(b)  # (an item of the list that links to its product: "1 Pck. X")
                continue
            if b.index in taken and not b.heading:
                items.append(b)  # (a line the body holds already, taken with its element: the
                continue  # section's heading goes with it)
            if b.index in taken or b.label and not step_number(b) \
                    or b.link_density >= W.span_link_density or b.hint < 0 or caption_like(b) \
                    or b.heading and any(not x.heading for x in items) \
                    and not _section_heading_rx().match(b.text) and not b.text.endswith(":"):
                break  # (a heading right under the section's, the recipe's name, goes on; so
                # does a part's label, "Topping:")
            items.append(b)
        if len([b for b in items if not b.heading]) >= W.section_least:
            found.append(h)
            found.extend(b for b in items if b.index not in taken)
            taken.update(b.index for b in [h, *items])
            i = items[-1].index + 1
    for b in found:
        b.mark(BODY, _RECIPE_SECTION)
    return found


_RECIPE_SECTION = "a recipe's or a how-to's section"  # (no box among the paragraphs: a card's heading)


# how an opening line ends: a sentence's stop, a quotation's close, a salutation's comma
_OPENING_END = _SENTENCE_END + tuple(",“«»")


def _opening_lines(blocks: List[Block], body: Sequence[Block]) -> List[Block]:
    """HTML: the short lines that open the text just above its first paragraph, in the same
    element and of the same tag ("Dear visitors,", "You know it too!"): at most
    W.opening_lines, each ending as a sentence or a salutation does, none of them furniture, a
    heading, a byline, a date line or a label. (A class name over a paragraph of prose and the
    line alike, "tip-steps", says nothing of the line against the text: only a lower class
    score than the paragraph's own is furniture's.)
    `body`: the body's blocks, its first paragraph first. Labelled and returned, in order."""
    first = body[0]
    parent = first.path[:-1]
    found: List[Block] = []
    # (a paragraph of prose nested no deeper than most of the text's paragraphs: its class is
    # the text's, not a box's inside the text, an embedded post's)
    least = min(0.0, first.hint) if _prose(first) and len(first.path) <= _prose_depth(body) else 0.0
    for b in reversed(blocks[max(0, first.index - W.opening_lines):first.index]):
        if b.path[:-1] != parent or b.tag != first.tag or b.label or b.heading \
                or b.bullet or not _between_paragraphs(b, least) or ":" in b.text \
                or not b.text.endswith(_OPENING_END) or parse_credit(b.text, merged())[0]:
            break  # (a line with no stop, no comma, is a name or an outlet: a credit)
        found.append(b)
    for b in found:
        b.mark(BODY, "an opening line of the text")
    return found[::-1]


def _opening_paragraph(blocks: List[Block], body: Sequence[Block]) -> List[Block]:
    """HTML: the text's opening paragraphs, set apart above it by lines that are no prose (a
    table of figures, a recipe's facts, a picture and its buttons): the nearest paragraphs of
    prose above the body (at most W.opening_paragraphs, within W.opening_paragraph_reach
    blocks), with no list or furniture label between (headings and lines of no prose are
    passed over: a guide's question heading over its answer), W.opening_paragraph_words words
    together, that speak of what the body speaks of (this share of their longer words in the
    body's). Labelled and returned, in order."""
    first = body[0].index
    found: List[Block] = []
    later: Optional[set] = None  # (the body's words: read only when a paragraph is met)
    for i in range(first - 1, max(-1, first - 1 - W.opening_paragraph_reach), -1):
        b = blocks[i]
        if b.label in (RELATED, LIST, BOILERPLATE) or _comments_heading(b.text):
            break
        if b.score <= 0 or b.label:
            continue
        if not _prose(b) or b.bullet or b.link_density > W.lead_link_density or b.caption \
                or not _opens_text(blocks, i):
            break
        words = _content_words([b])
        if later is None:
            later = _content_words([x for x in body if _prose(x)])
        if len(words & later) < max(1.0, W.opening_paragraph_shared * len(words)):
            break  # (each of them: a site's notice or a pitch above the text speaks of other things)
        found.append(b)
        if len(found) == W.opening_paragraphs:
            break
    words = _content_words(found)
    if len(words) < W.reach_back_words \
            or not at_least_units(" ".join(b.text for b in found), W.opening_paragraph_words):
        return []
    for b in found:
        b.mark(BODY, "the text's opening paragraph, set apart above it")
    return found[::-1]


@lru_cache(maxsize=None)
def _networks_rx() -> Pattern[str]:
    """The name of a social network, as a word."""
    return rx(r"\b(?:" + _words(merged().follow_networks) + r")\b", re.I)


def _ends_on_button(text: str) -> bool:
    """A paragraph whose words after its last sentence are a button's ("... Sind Sie dabei?
    Jetzt unterstützen", "... every contribution counts. Donate now"): a box asking for
    money, a subscription or a sign-up, which a dump prints as one paragraph with its button."""
    if text.endswith(_SENTENCE_END) or len(text) < W.head_line_chars:
        return False  # (most paragraphs: at once)
    m = _BUTTON_TAIL.search(text[-W.head_line_chars:])
    return m is not None and is_boilerplate(m.group(1))


# a button's words after a paragraph's last sentence: two or three words, the first a capital's
_BUTTON_TAIL = rx(r"[.!?]\s+([^\W\d_][^\s.!?]*(?: [^\s.!?]+){1,2})$")


def _follow_pitch(text: str) -> bool:
    """A short paragraph naming two social networks or more: "Follow us on Twitter and
    Facebook", "Siguenos en Telegram, Instagram, Facebook y Twitter"."""
    return not at_least_units(text, W.pitch_max_words) and \
        len({m.lower() for m in _networks_rx().findall(text)}) >= 2


def _opening_subhead(blocks: List[Block], first: Block, title_key: str) -> List[Block]:
    """HTML: a subhead just above the text's first paragraph, in the same element (the
    text's first section's heading: "Court's guiding principles"), that is not the headline:
    two words at least, no link, no furniture. Labelled and returned ([] or [the block])."""
    i = first.index - 1
    if i < 0:
        return []
    b = blocks[i]
    if not b.heading or b.label or b.path[:-1] != first.path[:-1] or b.link_density > 0 \
            or b.hint < 0 or not at_least_units(b.text, 2) or match_key(b.text) == title_key \
            or parse_credit(b.text, merged())[0] or _date_line(b.text):
        return []
    b.mark(BODY, "a subhead over the text's first paragraph")
    return [b]


_DECK_LINES = 4  # a deck over the text prints this many lines at most
_DECK_CAPTIONS = 2  # ...and a picture's caption and credit may stand between it and the text


def _opening_deck(blocks: List[Block], first: Block, title_key: str) -> List[Block]:
    """HTML: a deck over the text, the lines of one heading element parted by <br>s (Korean
    papers' summary: "2 hours, no result" / "Rule change tabled" / "Camp protests"), that
    stands in the element of the text's first paragraph, above it or above the picture and
    caption that open the text: two to _DECK_LINES lines of two words or more, most of them
    clauses of four words or more (a writer's card is a name and a role, "Jane Doe" / "Senior
    Reporter"; a desk's, a paper's name and a desk), none a link, the headline, a byline or a
    date line, none under a furniture class (one line alone is a subhead's or a label's:
    `_opening_subhead`). Labelled and returned, in order."""
    i = first.index - 1
    while i >= 0 and first.index - i <= _DECK_CAPTIONS and caption_like(blocks[i]):
        i -= 1
    if i < 0 or not blocks[i].heading or blocks[i].path[:-1] != first.path[:-1]:
        return []
    path = blocks[i].path
    lines: List[Block] = []
    while i >= 0 and blocks[i].path == path and blocks[i].heading:
        lines.append(blocks[i])
        i -= 1
    if not 2 <= len(lines) <= _DECK_LINES or 2 * sum(at_least_units(b.text, 4) for b in lines) <= len(lines) \
            or any(not at_least_units(b.text, 2) or
            b.label or b.link_density > 0 or b.hint < 0 or match_key(b.text) == title_key
            or parse_credit(b.text, merged())[0] or _date_line(b.text) for b in lines):
        return []
    for b in lines:
        b.mark(BODY, "a deck over the text's first paragraph")
    return lines[::-1]


def _item_heading(blocks: List[Block], b: Block, holder: Tuple[int, ...], title_key: str) -> bool:
    """Heading block b (no h1, no link, under no furniture class, not the headline nor a date)
    stands over a paragraph of prose of its element, past at most W.subheading_reach pictures'
    captions and credits: an item's heading in a text of items (a listicle's "2. Kraków")."""
    if b.tag == "h1" or b.link_density > 0 or b.hint < 0 or match_key(b.text) == title_key \
            or _date_line(b.text) or parse_credit(b.text, merged())[0]:
        return False  # (a byline in a heading: "By Jane Roe")
    for x in blocks[b.index + 1:b.index + 2 + W.subheading_reach]:
        if x.label in (CAPTION, BOILERPLATE) and not _prose(x) or x.caption:
            continue
        return x.path[:-1] == b.path[:-1] and not x.label and not x.heading and _prose(x) \
            and x.link_density < W.span_link_density and x.path[:len(holder)] == holder
    return False


def _first_subheading(blocks: List[Block], body: Sequence[Block], first: Block,
                      title_key: str) -> Optional[Block]:
    """HTML: the subheading just above the run's first paragraph (a listicle's "1. Lisbon"
    over its picture and its credit) when the run holds subheadings of the same tag in the same
    element: the text's first section's heading, as its others are. Only pictures' captions
    and credits may stand between; not the headline, nor a heading of another tag or element."""
    parent = first.path[:-1]
    if not parent:
        return None
    tags = {b.tag for b in body if b.heading and b.path[:-1] == parent and b.tag in _SUB_TAGS}
    if not tags:
        return None
    for b in reversed(blocks[max(0, first.index - 1 - W.subheading_reach):first.index]):
        if b.label in (CAPTION, BOILERPLATE) and not _prose(b) or b.caption:
            continue  # (a picture's caption or credit between the subheading and its paragraph)
        if b.label or not b.heading or b.tag not in tags or b.path[:-1] != parent or b.hint < 0 \
                or b.link_density >= W.span_link_density or match_key(b.text) == title_key \
                or _date_line(b.text) or parse_credit(b.text, merged())[0]:
            return None  # (a linked heading is a teaser's; the headline printed as a subheading)
        # (an item's heading as the others are: numbered as they are, or over a picture as they
        # are; not a kicker, "Analysis", "Kommentar", "Video", over the text's opening)
        others = [h for h in body if h.heading and h.tag == b.tag and h.path[:-1] == parent]
        if _NUMBERED.match(b.text) and any(_NUMBERED.match(h.text) for h in others):
            return b
        if b.index + 1 < first.index and any(_over_picture(blocks, h) for h in others):
            return b
        return None
    return None


def _over_picture(blocks: List[Block], h: Block) -> bool:
    """Heading h stands over a picture's caption or credit (an item of a listicle)."""
    nxt = blocks[h.index + 1] if h.index + 1 < len(blocks) else None
    return nxt is not None and (nxt.caption or nxt.label == CAPTION)


_NUMBERED = re.compile(r"\s*\d{1,3}\s*[.):]\s")


_SUB_TAGS = frozenset(("h2", "h3", "h4", "h5", "h6"))  # (not h1: the headline's)


def _closing_lines(blocks: List[Block], last: Block) -> List[Block]:
    """HTML: the short lines that close the text after its last paragraph, in the same
    element and of the same tag ("Good luck!", "Yours, Hans", a dialogue's last replies, a
    list's last items): at most W.closing_lines of them, none of them furniture or a label,
    up to the first block that stands elsewhere, and outside a list one of them a sentence.
    Labelled and returned."""
    parent = last.path[:-1]
    found: List[Block] = []
    for b in blocks[last.index + 1:last.index + 1 + W.closing_lines]:
        if b.path[:-1] != parent or b.tag != last.tag or b.label or b.heading \
                or b.bullet != last.bullet or not _between_paragraphs(b) or ":" in b.text \
                or parse_credit(b.text, merged())[0] or _comments_heading(b.text) or _about_box(b.text):
            break  # (a line with a colon is a label: "Category: ...", "Photos: ...", "See also:";
            # a byline is a teaser's or the next article's; the comments and a box about the
            # outlet end the article)
        found.append(b)
    if not last.bullet and not any(b.text.endswith(_SENTENCE_END) for b in found):
        return []  # lines of names, no sentence among them: a list the text does not hold
    for b in found:
        b.mark(BODY, "a closing line of the text")
    return found


# the lines of one piece of text: a <p>'s lines parted by <br> (the <p> holds them), a
# table's rows and a definition list's terms and definitions (their parent holds them)
_LINE_PARENTS = {"p": 0, "tr": 1, "dt": 1, "dd": 1}


def _piece(b: Block) -> Optional[Tuple[int, ...]]:
    """The element whose lines block b is one of (`_LINE_PARENTS`), or None."""
    up = _LINE_PARENTS.get(b.tag)
    if up is None or len(b.path) <= up:
        return None
    return b.path[:len(b.path) - up]


def _paragraph_lines(blocks: List[Block], body: Sequence[Block], title_key: str = "") -> List[Block]:
    """HTML: the other lines of a paragraph, a table or a definition list the body holds a
    line of: a <p> whose lines are parted by <br> (a list, an address, a subhead typed as a
    line of its own, a poem's verses), a table's rows, a list's terms are one piece of the
    author's text, whatever each line scores alone. A line of links, one under a furniture
    class, a caption, a date line, a credit or a rule of marks stays out, and so does a line
    a furniture rule labelled, and so does the headline (`title_key`, its match_key) printed as
    a line of the layout table's row that holds the text. Labelled and returned."""
    held = {_piece(b) for b in body if b.tag in _LINE_PARENTS}
    held.discard(None)
    if not held:
        return []
    found: List[Block] = []
    paths = {b.index: b.path for b in body}
    for b in blocks:
        if b.tag not in _LINE_PARENTS or b.label not in ("", HEADER) or (
                b.label == HEADER and b.reason != _LONE_WORD) or _piece(b) not in held:
            continue
        if b.link_density >= W.span_link_density and not _typed_url(b.text) or b.hint < 0 \
                or caption_like(b) or not any(c.isalnum() for c in b.text) or _date_line(b.text) \
                or parse_credit(b.text, merged())[0]:
            continue  # (a rule of marks, "+++" or "=====", parts the paragraph's lines)
        if title_key and b.tag == "tr" and match_key(b.text) == title_key:
            continue
        if b.tag == "tr" and (b.label or not at_least_units(b.text, 2)) \
                and not _inside_lines(b, paths, body):
            continue  # (a row of one word is a widget's: "Details", a calendar's "Zeitpunkt")
        found.append(b)
    taken = {b.index for b in found} | {b.index for b in body}
    # (a term whose definition is no text, an author's or a date's, is a label)
    found = [b for b in found if b.tag != "dt" or b.index + 1 in taken]
    for b in found:
        b.mark(BODY, "a line of a paragraph the text holds")
    return found


_TYPED_URL = rx(r"(?:\[\d{1,3}\]\s*)?(?:(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$")


def _typed_url(text: str) -> bool:
    """A line that is a web address the author typed out, a note's number before it ("[1]
    http://..."; the link's text is the address): the text's own, where a link's words
    ("Read more", a headline) are furniture."""
    head = text.split(" (", 1)[0]
    if head.endswith(")") and "(" not in head:
        return False  # (the tail of a parenthesis a dump broke: "(Photo:", then "http://x/1)")
    return _TYPED_URL.match(head) is not None


# an app store's, a channel's or a stock picture's address: the outlet's pitch or a picture's credit
_FURNITURE_HOST = rx(r"(?:^|[/.@])(?:apps\.apple\.com|itunes\.apple\.com|play\.google\.com|whatsapp\.com/channel|"
                     r"chat\.whatsapp\.com|t\.me|unsplash\.com|pexels\.com|shutterstock\.com|gettyimages\.\w+|pixabay\.com)")


def _typed_line(blocks: List[Block], b: Block) -> bool:
    """A web or mail address the author typed out as a line of the text (`_typed_url`), where
    the text's paragraphs stand, and not under furniture: the nearest block above it, past
    other addresses, is no boilerplate's nor a caption's (a "Follow us" or "Share this story"
    line over the outlet's addresses, a picture's credit over the photographer's page). In a
    dump, where no element bounds a box, a line the text leads into with a colon ("Sources:",
    "Write to the desk at:") or a note's number before it ("[1] http://..."): a bare address
    there is a picture's, the outlet's, a share bar's. In HTML, beside a paragraph of prose or
    a heading in the same element (past the other addresses of a list of notes), under no
    furniture class. Its link sinks its score, not its place: an address in a share box or a
    newsletter box, a line of links in an element of its own, is not one."""
    if not _typed_url(b.text) or b.hint < 0 or _FURNITURE_HOST.search(b.text):
        return False
    k = b.index - 1
    while k >= 0 and _typed_url(blocks[k].text):
        k -= 1
    above = blocks[k] if k >= 0 else None
    if above is not None and above.label in (BOILERPLATE, CAPTION):
        return False
    if not b.path:
        return b.text.startswith("[") or above is not None and above.text.rstrip().endswith((":", "："))
    parent = b.path[:-1]
    for step in (-1, 1):
        k = b.index + step
        while 0 <= k < len(blocks) and _typed_url(blocks[k].text) and blocks[k].path[:-1] == parent:
            k += step
        if 0 <= k < len(blocks) and blocks[k].path[:-1] == parent and (
                _prose(blocks[k]) or blocks[k].heading and not blocks[k].label):
            return True  # (a note's address under its heading: "Fatwa ...", then its source)
    return False


def _inside_lines(b: Block, paths: Dict[int, Tuple[int, ...]], body: Sequence[Block]) -> bool:
    """Whether the body's lines nearest above and below block b are lines of b's own element
    (a cell of an old table layout whose text is parted by <br>): a line of one word there is
    the text's (an item of a list typed as lines), not a widget's row of its own."""
    above = max((i for i in paths if i < b.index), default=None)
    below = min((i for i in paths if i > b.index), default=None)
    return above is not None and below is not None and paths[above] == b.path == paths[below]


def _closing_paragraph(blocks: List[Block], last: Block) -> List[Block]:
    """HTML: a paragraph of W.closing_paragraph_lines lines or more, parted by <br>, right
    after the text's last paragraph and beside it (a ranked list, an address, a programme's
    dates printed as one <p>): the text's own, whatever its lines score alone. None of its
    lines may be furniture, links, a caption or a comments heading. Labelled and returned."""
    j = last.index + 1
    if j >= len(blocks) or not last.path or blocks[j].tag != "p" or blocks[j].path == last.path \
            or blocks[j].path[:-1] != last.path[:-1] or blocks[j].heading:
        return []
    path = blocks[j].path
    found: List[Block] = []
    for b in blocks[j:]:
        if b.path != path:
            break
        if b.label and not (b.label == HEADER and b.reason == _LONE_WORD) \
                or b.link_density >= W.span_link_density or b.hint < 0 or caption_like(b) \
                or _comments_heading(b.text) or _about_box(b.text):
            return []
        found.append(b)
    if len(found) < W.closing_paragraph_lines:
        return []
    for b in found:
        b.mark(BODY, "a paragraph of lines closing the text")
    return found


def _closing_sections(blocks: List[Block], body: Sequence[Block]) -> List[Block]:
    """HTML: the sections that close the text's element past its last paragraph, under
    headings of their own (a guide's "Quests" over lists of "Name: ...", "Level: ..." items,
    a wiki's tables): from the body's end up to the element's end or its first furniture (a
    line of links, a furniture class or label, a comments heading, a box about the outlet),
    every heading and line, stepping over an ad's short marker; taken when they hold a
    heading and W.closing_section_lines lines or more, most of them of three words or more,
    and the text is not thin (`label_thin_container` reads a thin text's element). A
    paywall's notice, an <h1> and a heading that ends with a colon end them. A heading or a
    short line standing last, over the furniture that ends them ("Related articles"), is that
    furniture's; a list's short last item goes back to its list when the section stands
    without it (`_last_item`). Labelled and returned."""
    nxt = body[-1].index + 1
    if nxt >= len(blocks) or blocks[nxt].link_density >= W.span_link_density \
            or blocks[nxt].hint < 0 or blocks[nxt].label in (RELATED, LIST) or _thin(body):
        return []  # (most texts: furniture right after them; a thin text's element is read
        # by `label_thin_container`)
    holder = _holder(body, up=True)
    if holder is None or len(holder) < W.fill_least_depth:
        return []
    n = len(holder)
    found: List[Block] = []
    for b in blocks[body[-1].index + 1:]:
        if b.path[:n] != holder or _comments_heading(b.text) or _about_box(b.text) \
                or _paywall(blocks, b.index) or b.heading and (b.tag == "h1" or b.text.endswith(":")):
            break  # (an <h1> heads another piece; a heading with a colon, a widget's offers)
        if b.label == BOILERPLATE and not at_least_units(b.text, 2):
            continue  # (an ad's marker, "[ad#ad-2]", a counter)
        if b.label and not (b.label == HEADER and b.reason == _LONE_WORD) \
                or b.link_density >= W.span_link_density or b.hint < 0:
            break
        if caption_like(b) or _date_line(b.text) or not any(c.isalnum() for c in b.text):
            continue
        found.append(b)
    popped: List[Block] = []
    while found and (found[-1].heading or not at_least_units(found[-1].text, W.lead_min_words)
                     and not found[-1].text.endswith(_SENTENCE_END)):
        popped.append(found.pop())
    lines = [b for b in found if not b.heading]
    if not any(b.heading for b in found) or len(lines) < W.closing_section_lines \
            or 2 * sum(1 for b in lines if at_least_units(b.text, 3)) < len(lines):
        return []  # (lines of one or two words are a form's or a widget's: "Monthly", "10 €")
    if popped and _last_item(blocks, found[-1], popped[-1]):
        found.append(popped[-1])  # (judged without it: a related list's short last line
        # does not make a section of it)
    for b in found:
        b.mark(BODY, "a section closing the text's element")
    return found


def _last_item(blocks: List[Block], before: Block, last: Block) -> bool:
    """`last` is the last item of the list whose item `before` is, right after it (a list of
    requirements, its last item "Ein Einkommen", shorter than a line of the text): the
    list's, not a stray short line over the furniture that follows (a "Related articles"
    heading, a button's words), nor an item before other short ones."""
    nxt = last.index + 1
    return (last.bullet and before.bullet and not last.heading and len(last.path) > 1
            and last.path[:-1] == before.path[:-1] and last.index == before.index + 1
            and not (nxt < len(blocks) and blocks[nxt].bullet and blocks[nxt].path[:-1] == last.path[:-1]))


def _continued_text(blocks: List[Block], body: Sequence[Block],
                    holder: Optional[Tuple[int, ...]]) -> List[Block]:
    """HTML: the text's paragraphs that go on in other elements of the same make past a box
    of teasers, products or ads that the page's template set between parts of the text
    ("Trending", "Story continues below", a shop's box of affiliate links).

    The text's element ends with its last paragraph; past it, within W.continue_gap
    blocks that hold no paragraph of prose, no plain heading (a teaser's, of links, and a
    box's that a furniture rule labelled are stepped over), no <h1>, date, byline, headline
    or comments, an element of the text's element's depth, near it in the page (its
    parent's parent is the text's element's), opens with paragraphs of the text's kind (the
    same tag, at the same depth under it and under the same class hint), or with a subhead
    of a kind the text holds right over one. Its paragraphs of that kind and the subheads
    right over them go on the text: W.section_least paragraphs at least, or one under such
    a subhead. The search goes on past each element taken. `holder`: `_holder(body, up=True)`.
    Labelled and returned."""
    if holder is None or len(holder) < W.fill_least_depth + 2:
        return []
    n = len(holder)
    last = body[-1].index
    if last + 1 >= len(blocks) or blocks[last + 1].path[:n] == holder:
        return []  # (most texts: the element goes on with what its fill left out)

    def kind_of(b: Block) -> Tuple[str, int, float]:
        return b.tag, len(b.path) - n, b.hint

    kinds = Counter(kind_of(b) for b in body if _prose(b) and b.path[:n] == holder)
    if not kinds:
        return []
    kind, count = kinds.most_common(1)[0]
    if count < W.section_least:
        return []
    subheads = {(b.tag, len(b.path) - n) for b in body if b.heading and b.path[:n] == holder}

    def paragraph(b: Block) -> bool:
        return _prose(b) and not b.label and len(b.path) > n and kind_of(b) == kind

    def subhead(b: Block) -> bool:
        return (b.heading and not b.label and b.tag != "h1" and b.link_density < W.span_link_density
                and b.hint >= 0 and b.index + 1 < len(blocks) and paragraph(blocks[b.index + 1])
                and blocks[b.index + 1].path[:n] == b.path[:n])

    found: List[Block] = []
    inside = holder
    while True:
        start = None
        for b in blocks[last + 1:last + 1 + W.continue_gap]:
            if b.path[:n] == inside:
                return found  # (the element goes on with what its fill left out)
            if b.path[:n - 2] == holder[:n - 2] and (
                    paragraph(b) and not blocks[b.index - 1].heading
                    or subhead(b) and (b.tag, len(b.path) - n) in subheads):
                start = b.index  # (a paragraph under a heading of links: a teaser's summary)
                break
            if _prose(b) or b.label in (TITLE, BYLINE, DATE) or b.heading and (
                    b.tag == "h1" or b.link_density < W.span_link_density
                    and b.label not in (LIST, RELATED, BOILERPLATE)) \
                    or _comments_heading(b.text) or _about_box(b.text) or _date_line(b.text):
                return found
        if start is None:
            return found
        inside = blocks[start].path[:n]
        part: List[Block] = []
        for b in blocks[start:]:
            if b.path[:n] != inside or _comments_heading(b.text) or _about_box(b.text) or _paywall(blocks, b.index):
                break
            last = b.index
            if paragraph(b) or subhead(b):
                part.append(b)
        if last < len(blocks) - 1 and blocks[last + 1].path[:n] == inside \
                or sum(1 for b in part if not b.heading) < (1 if part[0].heading else W.section_least):
            return found  # (comments or a paywall inside the element end the text)
        for b in part:
            b.mark(BODY, "the text going on past a box between its elements")
        found.extend(part)


def _inner_subheads(blocks: List[Block], body: Sequence[Block], title_key: str,
                    holder: Optional[Tuple[int, ...]]) -> List[Block]:
    """HTML: the subheads that stand between two of the body's paragraphs, in the text's
    element, each right over a paragraph the body holds: a section's heading of the text,
    which the run and the container's paragraphs stepped past (it scores below zero, being
    short). The headline, an <h1>, a line of links, one under a furniture class, a comments
    or related heading stays out. `holder`: `_holder(body, up=True)`. Labelled and returned."""
    flat = _flat_text(body, holder)
    if holder is None or len(holder) < W.fill_least_depth and not flat or len(body) < 2:
        return []
    n = len(holder)
    taken = {b.index for b in body}
    found: List[Block] = []
    # (the kinds of the subheads the body holds: a short line in capitals that the run's span
    # left out for its score, of a kind the container gave the body past the run, is one too)
    kinds = {(b.tag, len(b.path)) for b in body if b.heading}
    shared = _text_hint(body)  # (under no class lower than the text's: not a form's message)
    for b in blocks[body[0].index + 1:body[-1].index]:
        if _left_subhead(b, title_key) and b.hint >= shared and (b.tag, len(b.path)) in kinds \
                and b.index + 1 in taken and b.index - 1 in taken and b.path[:n] == holder:
            found.append(b)
            continue
        if not b.heading or b.tag == "h1" or b.label and not (b.label == HEADER and b.reason == _LONE_WORD) \
                or b.path[:n] != holder or flat and len(b.path) > n + 1 \
                or b.link_density >= W.span_link_density or b.hint < 0 \
                or b.index + 1 not in taken or _comments_heading(b.text) or is_related_heading(b.text) \
                or not any(c.isalnum() for c in b.text) or match_key(b.text) == title_key:
            continue
        found.append(b)
    for b in found:
        b.mark(BODY, "a subhead between the text's paragraphs")
    return found


def _between_paragraphs(b: Block, least_hint: float = 0.0, blocks: Optional[List[Block]] = None) -> bool:
    """An unlabelled short line or list item that the body takes when it stands between two
    paragraphs of the article's container: few links, not furniture by its score or by a class
    name on its way (a class score under `least_hint`: 0, or the text's own where a class the
    text stands under too lowers both), no caption,
    no date line, not a lone word ("Contact:", as inside the run)."""
    return (b.link_density < W.span_link_density and b.hint >= least_hint
            and (b.score > W.span_least_score or b.bullet)  # (a list item's score is its shortness)
            and not caption_like(b) and not _date_line(b.text, bars=not blocks or not _bar_row(blocks, b.index))
            and (at_least_units(b.text, 2) or b.text.endswith(_SENTENCE_STOPS)))


def _boxed_with_text(b: Block, boxes: Set[Tuple[Tuple[int, ...], float]], n: int) -> bool:
    """A short line between two paragraphs of the text, under a furniture class that a
    paragraph of the body stands under too (the same element below the container's, `n` deep,
    the same class score): a card that holds the text's own lines, a recipe's ingredients over
    its method, not a box of furniture. `boxes`: (that element, class score) of the body's
    paragraphs under such a class."""
    return (b.hint < 0 and (b.path[:n + 2], b.hint) in boxes and b.link_density < W.span_link_density
            and (b.score > W.span_least_score or b.bullet) and not caption_like(b)
            and not _date_line(b.text) and at_least_units(b.text, 2))


_WORD3 = rx(r"[^\W\d_]{3}")  # three letters in a row: a word, not a count ("x2")


def _item_of_a_list(blocks: List[Block], b: Block, lists: Dict[int, bool]) -> bool:
    """HTML: a plain list item (`_plain_item`: a word at least, no label's colon, no step's
    number, no date) of a list the text holds (`_list_in_text`): inside the run, an item of a
    list the prose leads into ("You will need:", "Tyre levers"), which scores below a paragraph
    for its shortness, not a lone word's label. `lists`: each item's list's verdict, kept for
    its other items."""
    if not b.path or not (_plain_item(b) or _linked_item(blocks, b)) \
            or not _WORD3.search(b.text) or step_number(b) or _date_line(b.text):
        return False  # (a count, "x2"; a step's number)
    if ":" in b.text:
        # a label's line, "Author: X", unless its list of facts stands between two paragraphs
        # of the text ("Cost: 480 million euros", "Start: spring 2025")
        return _between_prose(blocks, *_list_span(blocks, b))
    verdict = lists.get(b.index)
    if verdict is None:
        first, end = _list_span(blocks, b)
        verdict = _list_in_text(blocks, first, end)
        lists.update(dict.fromkeys(range(first, end), verdict))
    return verdict


def _between_prose(blocks: List[Block], first: int, end: int) -> bool:
    """HTML: the list items blocks[first:end] stand between two paragraphs of prose of one
    element, each item of W.fact_item_units words or more, none a link, a caption, a credit,
    a date or a button's, none lower in the page's hints than the paragraphs: a list of facts
    the text sets in its middle, with or without a lead-in. (A byline's or a tag list's
    "Author: X", "Tags: a, b" stands at the text's head or foot, not inside it.)"""
    if end - first < 2 or first == 0 or end >= len(blocks):
        return False
    before, after = blocks[first - 1], blocks[end]
    parent = before.path[:-1]
    if not parent or after.path[:-1] != parent or before.bullet or after.bullet \
            or not _prose(before) or not _prose(after):
        return False
    least = min(before.hint, after.hint)
    return all(x.path[:len(parent)] == parent and _plain_item(x) and x.hint >= least
               and at_least_units(x.text, W.fact_item_units) and not _date_line(x.text)
               and not parse_credit(x.text, merged())[0] and not _button_item(x.text)
               for x in blocks[first:end])


def _linked_item(blocks: List[Block], b: Block) -> bool:
    """A list item of W.linked_item_words words or more whose words the author linked, in a
    list most of whose items, two at least, have no link (`_plain_item`): one item of the
    text's list that points to a page of its own ("Your email list will grow", linked), not
    a list of links (a "Read more" list, a menu: most items are links), a related article's
    line ("Read also: <link>"), a pitch ("Sign up for our newsletter") nor a button's few
    words ("Download our app"), nor an item of a list its lead-in, the heading or line just
    above it, calls related or furniture ("Related coverage", "Read our earlier coverage of
    the storms:"): its plain items may be the text's, not its links."""
    if not b.bullet or b.link_density == 0 or b.hint < 0 or caption_like(b) \
            or not at_least_units(b.text, W.linked_item_words) or related_title(b.text) \
            or is_boilerplate(b.text):
        return False
    first, end = _list_span(blocks, b)
    plain = sum(1 for x in blocks[first:end] if _plain_item(x))
    if plain < 2 or 2 * plain <= end - first:
        return False
    lead = blocks[first - 1].text if first > 0 else ""
    return not (related_title(lead) or is_related_heading(lead) or is_list_heading(lead)
                or is_boilerplate(lead))


def _list_span(blocks: List[Block], b: Block) -> Tuple[int, int]:
    """The indexes of the first item of b's list (the list items beside it in its element)
    and of the block after its last."""
    parent = b.path[:-1]
    first = end = b.index
    while first > 0 and blocks[first - 1].bullet and blocks[first - 1].path[:-1] == parent:
        first -= 1
    while end < len(blocks) and blocks[end].bullet and blocks[end].path[:-1] == parent:
        end += 1
    return first, end


def _list_in_text(blocks: List[Block], first: int, end: int) -> bool:
    """Whether the items blocks[first:end] are a list the text holds, as prose sets one: two
    items at least, a lead-in just above them (a heading, or a paragraph that ends in a colon:
    "You will need:") standing no lower in the page's hints than they do (a form's or a box's
    marks lower a list in it), half its items of two words or more unless the lead-in ends in a
    colon (a share bar's, a language menu's, a tag list's items are one word each), and no item
    a button's ("Share", "Email", "Copy link"). A share bar, a newsletter form's bullets or a language menu after a paragraph
    of the text has none of these."""
    if end - first < 2 or first == 0:
        return False
    lead = blocks[first - 1]
    colon = lead.text.rstrip().endswith(":")
    if not (lead.heading or colon) or lead.bullet or any(blocks[k].hint < lead.hint for k in range(first, end)):
        return _between_prose(blocks, first, end)
    items = blocks[first:end]
    # (after a sentence that ends in a colon, "The towns affected first are:", items of one word
    # are the list's as well: towns, ingredients, countries)
    if not colon and 2 * sum(at_least_units(x.text, 2) for x in items) < len(items):
        return False
    return not any(_button_item(x.text) for x in items)


@lru_cache(maxsize=None)
def _button_names() -> FrozenSet[str]:
    """The names on share bars' and tool bars' buttons, in every language, and "on" ("Share
    on X")."""
    k = merged()
    return frozenset((*k.share_names, *k.button_words, *k.comment_words, "on"))


def _button_item(text: str) -> bool:
    """A button's label: the item is a button's name, or each of its words is one ("Share on
    Facebook")."""
    names = _button_names()
    low = text.casefold().strip(" .,:;|·•/")
    return bool(low) and (low in names or all(w.strip(".,:;|·•/") in names for w in low.split()))


def _plain_item(b: Block) -> bool:
    """A list item of one word or more with no link, not under a furniture class and no
    caption: between two paragraphs of the text, an item of its list ("Spade", "Rake"),
    where a lone line of one word is a label ("Contact:")."""
    return (b.bullet and b.link_density == 0 and b.hint >= 0 and not caption_like(b)
            and any(c.isalnum() for c in b.text))


def _list_section(blocks: List[Block], i: int, holder: Tuple[int, ...]) -> List[Block]:
    """The list under block i (a heading) when it closes the element: W.section_least + 1
    list items or more, none with a link (a "Further reading" list is links), none under a
    furniture class, each of two words at least, and nothing in the element after them.
    Else []."""
    items: List[Block] = []
    for b in blocks[i + 1:]:
        if b.path[:len(holder)] != holder:
            break
        if not b.bullet or b.label or b.link_density > 0 or b.hint < 0 \
                or not at_least_units(b.text, 2):
            return []
        items.append(b)
    return items if len(items) > W.section_least else []


def _line_section(blocks: List[Block], i: int) -> List[Block]:
    """The lines under block i (a heading) that stand beside it, in its element and at its
    depth, up to the first block that does not (a share box, the element's end): a closing
    section of short lines (a list of dates and works, of names and roles), W.section_least
    + 1 of them at least, none a heading and most of them no link. Else []."""
    parent, depth = blocks[i].path[:-1], len(blocks[i].path)
    items: List[Block] = []
    for b in blocks[i + 1:]:
        if len(b.path) != depth or b.path[:-1] != parent:
            break
        if b.heading or _comments_heading(b.text) or b.hint < 0:
            return []
        if not b.label:
            items.append(b)
    linked = sum(1 for b in items if b.link_density >= W.span_link_density)
    return items if len(items) > W.section_least and 2 * linked <= len(items) else []


def _section_past_lines(blocks: List[Block], i: int, holder: Tuple[int, ...],
                        kinds: Set[Tuple[str, int]]) -> bool:
    """Block i (a heading) opens a section of the text whose first lines are short: past
    W.section_lines_reach lines at most that the body takes between paragraphs (list items
    and one-line paragraphs, without links), W.section_least paragraphs of prose of a kind the
    text's paragraphs are (the same tag at the same depth) follow in the element."""
    n = 0
    for k, b in enumerate(blocks[i + 1:], 1):
        if b.path[:len(holder)] != holder or b.label or b.heading:
            return False
        if _prose(b) and (b.tag, len(b.path)) in kinds:
            n += 1
            if n >= W.section_least:
                return True
            continue
        if n or k > W.section_lines_reach or b.link_density > 0 \
                or not (_between_paragraphs(b) or _plain_item(b)):
            return False
    return False


def _section_follows(blocks: List[Block], i: int, holder: Tuple[int, ...], least: int) -> bool:
    """Block i (a heading) opens a section of the text: paragraphs of prose follow it in the
    element, `least` of them before anything else (a "Further reading" heading has one
    teaser under it, a section of the article several paragraphs; in a text of sections under
    subheads of this kind, a tutorial's, one paragraph and its example make a section)."""
    n = 0
    for b in blocks[i + 1:i + 1 + least]:
        if b.path[:len(holder)] != holder or b.label or not _prose(b):
            break
        n += 1
    return n >= least


def _stray_prose(b: Block) -> bool:
    """A paragraph that reads as prose by itself wherever it stands: ten words or more, a
    positive score, few links, and no furniture label but a caption's that a class name
    gave it (a caption's own text scores below zero)."""
    return (b.score > 0 and at_least_units(b.text, W.fallback_least_words)
            and b.link_density < W.span_link_density
            and (b.label in ("", OUTSIDE) or b.label == CAPTION and not b.reason.startswith("before")))


def _hidden_prose(b: Block) -> bool:
    """A hidden block (`Block.hidden`) that would read as prose by itself were it shown: as
    _stray_prose, its score without the hidden element's penalty, and a sentence's end; no
    furniture label (a cookie notice's, a newsletter box's), no caption."""
    return (b.score - W.hidden > 0 and at_least_units(b.text, W.fallback_least_words)
            and b.link_density < W.span_link_density and b.label in ("", OUTSIDE) and not b.caption
            and bool(_CLOSED.search(b.text[-3:])))


def label_fallback(blocks: List[Block], body: Sequence[Block] = ()) -> List[Block]:
    """When no run of prose was found, or the run's body is thin (under W.thin_body_words, and
    not one paragraph of prose: a slideshow's headings, a recipe's times) against the prose
    the page holds: the body and the page's paragraphs that read as prose by themselves, if
    there are three or more and they hold several times the body's words; else the body as
    it was. Returns the body's blocks, the added ones labelled.

    A short article of one real paragraph keeps its body: the teasers around it hold more
    prose than it does."""
    if body and not body[0].path:
        # (a dump's thin body stays: with no markup to tell them apart, its menus and its
        # captions read as prose as well as a short article does)
        return list(body)
    had = sum(units(b.text) for b in body)
    if had >= W.thin_body_words or any(_prose(b) for b in body):
        return list(body)
    found = [b for b in blocks if b.label != BODY and _stray_prose(b)]
    why = ("prose paragraph (the run of prose was thin)" if body else
           "prose paragraph (no run of prose was found)")
    if len(found) < 3:
        # the page shows no text but holds it hidden until a click (a shop's description in a
        # tab, a text folded under "Read more"): its hidden paragraphs of prose, three or more
        # (not beside a hidden line of boilerplate: a pop-up's pitch, "Sign up for our ...")
        pitched = {b.path[:-1] for b in blocks if b.hidden and b.label == BOILERPLATE}
        # (only inside the headline's own element, no heading of another text among them: a
        # pop-up, a drawer or comments stand outside it, a preloaded next story has its headline)
        head = next((b for b in blocks if b.tag == "h1" and not b.hidden), None)
        home = head.path[:-1] if head is not None and len(head.path) > 1 else None
        folded = [b for b in blocks if b.hidden and b.label != BODY and _hidden_prose(b)
                  and b.path[:-1] not in pitched and home is not None and b.path[:len(home)] == home]
        if any(b.hidden and b.heading for b in blocks if home is not None and b.path[:len(home)] == home):
            folded = []
        if len(folded) >= 3:
            found = sorted([*found, *folded], key=lambda b: b.index)
            why = "hidden prose paragraph (the page shows no text of its own)"
    if len(found) < 3 or sum(units(b.text) for b in found) < W.thin_body_share * had:
        return list(body)
    for b in found:
        b.mark(BODY, why)
    return sorted([*body, *found], key=lambda b: b.index)


def _container_text(blocks: List[Block], b: Block) -> bool:
    """A block that a thin body's container gives as its text: no furniture label, few links,
    no furniture class on its way, no caption, no date line."""
    return (b.label in ("", OUTSIDE, BODY) and b.link_density < W.span_link_density
            and b.hint >= 0 and not caption_like(b)
            and not _date_line(b.text, bars=not _bar_row(blocks, b.index)))


def _button(b: Block) -> bool:
    """A line of two or three words that is no heading, no list item, no sentence, no label and
    holds no comma and no figure: a button or a widget's caption ("More Photos", "Vote Photo",
    "+ FOLLOW").
    (One word alone is a label on a product's sheet: "Ingredients".)"""
    return (not b.heading and not b.bullet and at_least_units(b.text, 2)
            and not at_least_units(b.text, W.button_max_words + 1)
            and not b.text.rstrip(_CLOSING_MARKS).endswith(_STOPS)
            and ":" not in b.text and "," not in b.text and not _DIGIT.search(b.text))


def _container_furniture(b: Block) -> bool:
    """A block of links, under a furniture class, or labelled furniture."""
    return (b.link_density >= W.span_link_density or b.hint < 0
            or b.label in (BOILERPLATE, RELATED, LIST))


def _inside(blocks: List[Block], element: Tuple[int, ...]) -> List[Block]:
    """The blocks inside an element, in order."""
    n = len(element)
    return [b for b in blocks if b.path[:n] == element]


def _linked_text(b: Block) -> bool:
    """A line of links under a content class ("entry-content"): a post of links' items."""
    return (b.label in ("", OUTSIDE) and b.hint > 0 and not caption_like(b)
            and not _date_line(b.text))


def _container_lines(blocks: List[Block], element: Tuple[int, ...], body: Sequence[Block],
                     title_key: str, links: bool = False) -> List[Block]:
    """The lines of an element that the body does not hold yet and that are no furniture:
    from its top (past the headline) to a comments heading, a box about the outlet, or past
    the text a box of furniture or a widget's label ("Share:"). Buttons, credit lines and
    their lone labels, lone marks and a heading over nothing are left out."""
    taken = {b.index for b in body}
    last = body[-1].index
    found: List[Block] = []
    for b in _inside(blocks, element):
        if _comments_heading(b.text) or _about_box(b.text) or b.index > last and (
                b.label in (BOILERPLATE, RELATED, LIST) or b.heading and b.text.endswith(":")):
            break
        if b.index in taken or not (_container_text(blocks, b) or links and _linked_text(b)) \
                or b.label == BODY or _button(b) \
                or len(b.text) == 1 and not b.text.isalnum() or parse_credit(b.text, merged())[0] \
                or lone_label(b.text, merged()) or b.index < body[0].index and brand_byline(b.text, merged()):
            continue  # (a credit line or its label is the byline's: "Photographer: X", "By",
            # "X - detikNews" above the text; a lone mark parts its names: "|")
        if title_key and match_key(b.text) == title_key:
            if b.heading:
                found = []  # the headline: the text starts under it
            continue
        found.append(b)
    while found and found[-1].heading and found[-1].index > last:
        found.pop()  # (a heading over nothing the text holds: a widget's)
    return found


def _thin(body: Sequence[Block]) -> bool:
    """The body holds fewer than W.thin_body_words words (counted only as far as needed)."""
    need = W.thin_body_words
    for b in body:
        if at_least_units(b.text, need):
            return False
        need -= units(b.text)
    return True


def label_thin_container(blocks: List[Block], body: Sequence[Block], title_key: str = "") -> List[Block]:
    """HTML: a thin body (under W.thin_body_words) that stands in an element holding more text
    than its one paragraph (a product's sheet, an event's dates, a post of links, a photo's
    details): the element's text is the page's. The element is the body's own, grown by one
    level while each level adds more text than links (`_container_lines` reads it, links
    too when the body stands under a content class: a post of links); one line more is no
    sheet. Returns the body's blocks, the added ones labelled."""
    if not body or not body[0].path or not _thin(body):
        return list(body)
    grown = _holder(body, up=True) or body[0].path[:-1]
    for _ in range(W.thin_container_levels):
        up = grown[:-1]
        if len(up) < W.fill_least_depth:
            break
        n = len(grown)
        added = [b for b in _inside(blocks, up) if b.path[:n] != grown]
        text = sum(len(b.text) for b in added if _container_text(blocks, b))
        links = sum(len(b.text) for b in added if _container_furniture(b))
        if text <= links:
            break
        grown = up
    # (a post of links under a content class: its links are its text)
    found = _container_lines(blocks, grown, body, title_key, links=all(b.hint > 0 for b in body))
    if len(found) < W.thin_container_least:
        return list(body)  # (one more line is a caption or a link's lead-in, not a sheet)
    for b in found:
        b.mark(BODY, "in a thin body's container")
    return sorted([*body, *found], key=lambda b: b.index)


def label_list_article(blocks: List[Block], body: Sequence[Block], title_key: str = "") -> List[Block]:
    """HTML: a body that is the items of one list (a wiki's or a how-to's page of short lines
    under headings: the run of prose found its longest list) is read with the element that
    holds the list: its headings, lines and other lists (`_container_lines`). Returns the
    body's blocks, the added ones labelled."""
    if len(body) < 2 or not body[0].path or not all(b.bullet for b in body):
        return list(body)
    element = _common_path(body)[:-1]  # (the common element is the list; the article holds it)
    if len(element) < W.fill_least_depth:
        return list(body)
    found = _container_lines(blocks, element, body, title_key)
    if len(found) < W.thin_container_least:
        return list(body)
    for b in found:
        b.mark(BODY, "in the element holding the text's list")
    return sorted([*body, *found], key=lambda b: b.index)


def label_hidden_pages(blocks: List[Block], body: Sequence[Block]) -> List[Block]:
    """HTML: a list paged by a script (a listicle, a slideshow): its first page is shown and
    read as the body, the others sit beside it in the page, hidden (display:none, a "hidden"
    class), which the segmenter scored as furniture. They are the element's siblings that open
    with a heading and are built alike (their first two lines at the same depths and tags),
    W.hidden_pages_least of them or more, each under a furniture hint the body's element does
    not have and each holding a sentence of W.fallback_least_words words or more. Their
    headings and lines with few links, at the section's own hint (not a credit or a widget
    inside it), are the text's. Returns the body's blocks, the added ones labelled."""
    if not body or not body[0].path or any(b.hint < 0 for b in body) \
            or sum(1 for b in blocks if b.heading and b.hint < 0) < W.hidden_pages_least:
        return list(body)
    holder = _holder(body, up=True)
    if holder is None or len(holder) <= W.fill_least_depth:
        return list(body)
    n, parent = len(holder), holder[:-1]
    pages: Dict[Tuple[int, ...], List[Block]] = {}
    for b in blocks:
        if b.path[:n - 1] == parent and len(b.path) >= n and b.path[:n] != holder:
            pages.setdefault(b.path[:n], []).append(b)
    shapes: Dict[Tuple[Tuple[str, int], ...], List[Tuple[int, ...]]] = {}
    for key, page in pages.items():
        if len(page) < 2 or not page[0].heading or page[0].hint >= 0:
            continue
        shapes.setdefault(tuple((b.tag, len(b.path) - n) for b in page[:2]), []).append(key)
    alike = max(shapes.values(), key=len, default=[])
    if len(alike) < W.hidden_pages_least:
        return list(body)
    found: List[Block] = []
    for key in alike:
        page = pages[key]
        level = page[0].hint
        lines = [b for b in page if b.hint == level and b.label in ("", OUTSIDE, HEADER)
                 and b.link_density < W.span_link_density and not caption_like(b)
                 and any(c.isalnum() for c in b.text)]
        if not any(at_least_units(b.text, W.fallback_least_words) and _CLOSED.search(b.text[-3:])
                   for b in lines):
            return list(body)  # (a page of the list holds a sentence; a box of links does not)
        found.extend(lines)
    for b in found:
        b.mark(BODY, "a hidden page of a list paged by a script")
    return sorted([*body, *found], key=lambda b: b.index)


_PAGER_WORDS = 2  # a pager's line: page numbers, arrows and at most this many words ("Next")


def _pager_line(text: str) -> bool:
    """A line of page numbers ("1 2 3 Next", "« 1 | 2 | 3 »"): two numbers or more, few words."""
    words = [w for w in text.split() if not w.strip("|·•.…<>«»‹›←→/-").isdigit()
             and w.strip("|·•.…<>«»‹›←→/-")]
    return sum(1 for w in text.split() if w.strip("|·•.…<>«»‹›←→/-").isdigit()) >= 2 \
        and len(words) <= _PAGER_WORDS and len(text) < 60


def _shingles(text: str) -> List[List[str]]:
    """The text's runs of four words, lowered: to tell a copy of a text worded a little otherwise."""
    words = text.lower().split()
    return [words[i:i + 4] for i in range(max(0, len(words) - 3))]


def label_later_pages(blocks: List[Block], body: Sequence[Block]) -> List[Block]:
    """HTML: an article's later pages, hidden until a click: the elements after the body's own
    in its parent, every block of them hidden (display:none, aria-hidden) and under no class
    lower than the body's but for that, each holding paragraphs of prose as the body's are
    (same tag, same depth below the element; `_hidden_prose`), two such pages or more, or one
    with a pager's line of page numbers after it, none holding a heading. (A hidden author's
    box has a furniture class, stands alone, and no pager follows it; the next articles a page
    preloads hidden open with their headlines.) Returns the body's blocks, the added ones
    labelled."""
    if not body or not body[0].path or any(b.hidden for b in body):
        return list(body)
    holder = _holder(body, up=True)
    if holder is None or len(holder) <= W.fill_least_depth:
        return list(body)
    n, parent = len(holder), holder[:-1]
    prose = [b for b in body if _prose(b) and b.path[:n] == holder]
    if not prose:
        return list(body)
    kinds = {(b.tag, len(b.path) - n) for b in prose}
    least = min(b.hint for b in prose) + W.hidden
    last = max(b.index for b in body)
    pages: Dict[Tuple[int, ...], List[Block]] = {}
    after = None
    for b in blocks[last + 1:]:
        if b.path[:n - 1] != parent or len(b.path) < n:
            after = b
            break
        if b.path[:n] == holder:
            continue
        if not b.hidden:
            after = b
            break
        pages.setdefault(b.path[:n], []).append(b)
    if not pages or not (after is not None and _pager_line(after.text)):
        return list(body)
    found: List[Block] = []
    shown = {b.text for b in body}
    said = {tuple(w) for b in body for w in _shingles(b.text)}
    for page in pages.values():
        if any(b.label not in ("", OUTSIDE) or b.hint < least or b.heading or b.text in shown
               for b in page):
            return list(body)  # (a heading opens another article, a preloaded next one; a
            # paragraph the text shows makes the element a hidden copy of it, a print version)
        grams = [g for b in page for g in _shingles(b.text)]
        if grams and sum(tuple(g) in said for g in grams) * 2 >= len(grams):
            return list(body)  # (a copy of the text parted or worded otherwise: a mobile version)
        texts = [b for b in page if (b.tag, len(b.path) - n) in kinds and _hidden_prose(b)]
        if not texts or len(texts) < len(page) - 1:
            return list(body)  # (a page of the text: its paragraphs, one line else at most)
        found.extend(page)
    for b in found:
        b.mark(BODY, "a later page of the text, hidden until a click")
    return sorted([*body, *found], key=lambda b: b.index)


def _common_path(body: Sequence[Block]) -> Tuple[int, ...]:
    """The path of the deepest element that holds every one of the blocks."""
    # (the paths that sort first and last share what all of them share)
    paths = [b.path for b in body]
    lo, hi = min(paths), max(paths)
    k, m = 0, min(len(lo), len(hi))
    while k < m and lo[k] == hi[k]:
        k += 1
    return lo[:k]


def label_repeated_posts(blocks: List[Block], body: Sequence[Block]) -> List[Block]:
    """HTML: a thread's posts: when the body stands in one or more of W.thread_least_posts
    sibling elements or more that are built alike (their first W.thread_shape_lines lines at
    the same depths and tags) and each hold a date line and prose at the depth the body's
    paragraphs stand at, the prose of every one of them is the text (a post's text, not its
    author's box), up to a comments heading or a box about the outlet past the body. A
    heading h1/h2 inside them makes them stacked articles, left as they are. Returns the
    body's blocks, the added ones labelled."""
    if not body or not body[0].path:
        return list(body)
    depths = {len(b.path) for b in body if _prose(b)}
    if not depths:
        return list(body)
    prose = [b for b in blocks if b.score > 0 and len(b.path) in depths and _prose(b)]
    top = _common_path(body)
    shared: Dict[int, int] = {}  # (how much of its path each prose block shares with the body's)
    for b in prose:
        k, m = 0, min(len(top), len(b.path))
        while k < m and b.path[k] == top[k]:
            k += 1
        shared[b.index] = k
    for n in range(len(top), W.fill_least_depth - 1, -1):
        posts = {b.path[:n + 1] for b in prose if shared[b.index] >= n and len(b.path) > n}
        if len(posts) < W.thread_least_posts:
            continue
        own = {b.path[:n + 1] for b in body}
        if not own <= posts:
            continue
        common = top[:n]
        under = [b for b in blocks if b.path[:n] == common and len(b.path) > n]
        # (a thread's posts are built alike: their first lines stand at the same depths in
        # the same elements; an article, a comment form and an author's box do not)
        shapes: Dict[Tuple[int, ...], List[Tuple[int, str]]] = {}
        for b in under:
            shape = shapes.setdefault(b.path[:n + 1], [])
            if len(shape) < W.thread_shape_lines:
                shape.append((len(b.path) - n, b.tag))
        kinds = {tuple(shapes[p]) for p in own}
        posts = {p for p in posts if tuple(shapes[p]) in kinds}
        if len(posts) < W.thread_least_posts:
            continue
        dated = {b.path[:n + 1] for b in under if b.path[:n + 1] in posts
                 and len(b.text) <= W.date_line_max_chars and find_dates(b.text, merged())}
        posts &= dated
        if len(posts) >= W.thread_least_posts and own <= posts:
            break
    else:
        return _posts_in_sequence(blocks, body)
    if any(b.heading and b.tag in ("h1", "h2") and b.path[:n + 1] in posts for b in under):
        return list(body)
    found: List[Block] = []
    last = body[-1].index
    for b in under:
        if b.index > last and (_comments_heading(b.text) or _about_box(b.text)):
            break
        if b.label or len(b.path) not in depths or b.path[:n + 1] not in posts \
                or not _prose(b) or b.link_density >= W.span_link_density or b.hint < 0:
            continue
        found.append(b)
    first = min(b.index for b in under if b.path[:n + 1] in posts)
    found[:0] = _question(blocks, common, first)
    if not found:
        return list(body)
    for b in found:
        b.mark(BODY, "a post of the thread the text is one of")
    return sorted([*body, *found], key=lambda b: b.index)


def _post_head(blocks: List[Block], j: int) -> Optional[Tuple[str, str, int]]:
    """The shape of a post's head at block j when j is a date line: its tag, and the tag and
    the depth below it of the short line after it, nested deeper (a post's counter, "#5"),
    no heading; else None."""
    b = blocks[j]
    if j + 1 >= len(blocks) or len(b.text) > W.date_line_max_chars or not b.path \
            or len(blocks[j + 1].text) > W.date_line_max_chars or not find_dates(b.text, merged()):
        return None
    nxt = blocks[j + 1]
    if nxt.heading or len(nxt.path) <= len(b.path):
        return None  # (a teaser's date over its headline, beside it: a list of teasers)
    return b.tag, nxt.tag, len(nxt.path) - len(b.path)


def _posts_in_sequence(blocks: List[Block], body: Sequence[Block]) -> List[Block]:
    """HTML: a thread whose posts do not stand side by side in the tree - a forum's markup left
    each post unclosed, so that every post nests in the one before - told by their heads in
    the sequence of blocks instead: the date line above the body's first paragraph and the
    short line after it (its counter, "#5") printed alike, at the same depth below the date,
    over W.thread_least_posts posts or more. Each post's paragraphs of prose (no links, no
    furniture class) up to the next post's head are the text; the last post's end where the
    blocks leave its depth, or at a comments heading or a box about the outlet. Labelled and
    returned with the body's; the body as it was when no such heads are found."""
    first = body[0].index
    head = next((j for j in range(first - 1, max(-1, first - W.head_reach - 1), -1)
                 if _post_head(blocks, j)), None)
    if head is None:
        return list(body)
    shape = _post_head(blocks, head)
    heads = [j for j, b in enumerate(blocks) if b.tag == blocks[head].tag and _post_head(blocks, j) == shape]
    if len(heads) < W.thread_least_posts:
        return list(body)
    taken = {b.index for b in body}
    found: List[Block] = []
    for k, j in enumerate(heads):
        depth = len(blocks[j].path)
        stop = heads[k + 1] if k + 1 < len(heads) else len(blocks)
        for b in blocks[j + 2:stop]:
            if len(b.path) < depth or _comments_heading(b.text) or _about_box(b.text):
                break
            if b.index not in taken and b.label in ("", OUTSIDE) and _prose(b) \
                    and b.link_density < W.span_link_density and b.hint >= 0:
                found.append(b)
    if not found:
        return list(body)
    for b in found:
        b.mark(BODY, "a post of the thread the text is one of (told by the posts' heads)")
    return sorted([*body, *found], key=lambda b: b.index)


def _question(blocks: List[Block], thread: Tuple[int, ...], first: int) -> List[Block]:
    """HTML: a Q&A page's question, or a forum's opening post, printed in an element of its
    own just before the element that holds the thread's posts (`label_repeated_posts`) and
    beside it: its lines up to its date line ("asked Feb 6, 2014"), when it holds a date line
    and a paragraph of prose as each post does. Lines of links, under a furniture class,
    captions and headings stay out. [] when the element before is not such a post."""
    if len(thread) < W.fill_least_depth + 1:
        return []
    parent, n = thread[:-1], len(thread)
    before = [b for b in blocks[:first] if b.path[:n - 1] == parent and len(b.path) >= n
              and b.path[:n] != thread]
    if not before:
        return []
    own = before[-1].path[:n]
    post = [b for b in before if b.path[:n] == own]
    dated = next((i for i, b in enumerate(post)
                  if len(b.text) <= W.date_line_max_chars and find_dates(b.text, merged())), None)
    if dated is None or not any(_prose(b) for b in post[:dated]):
        return []
    found = [b for b in post[:dated] if not b.label and not b.heading and (_prose(b) or _between_paragraphs(b))
             and b.link_density < W.span_link_density and b.hint >= 0]
    for b in found:
        b.mark(BODY, "the question or opening post over the thread's posts")
    return found


def label_fields(blocks: List[Block], title_index: int, date_index: int,
                 credit_lines: List[Tuple[int, str]]) -> None:
    """Label the blocks the field extractors read: the headline, the date line, the credits."""
    if title_index >= 0 and not blocks[title_index].label:
        blocks[title_index].mark(TITLE, "headline")
    if date_index >= 0:
        blocks[date_index].label = blocks[date_index].label or DATE
    for j, why in credit_lines:
        blocks[j].mark(BYLINE, why)


__all__ = ["Layout", "label_layout", "label_body", "body_paragraphs", "label_fallback", "label_fields", "label_thin_container",
           "label_list_article", "label_hidden_pages", "main_run", "label_furniture",
           "is_boilerplate", "is_caption", "related_title", "is_related_heading", "is_list_heading",
           "caption_like"]
