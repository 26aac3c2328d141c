"""Direct quotations in the body and who said them.

Precision before recall: a quotation gets a speaker only when the text names one (after or
before the quote, through a cue verb), or through a pronoun / "-nya" verb resolved to the
person last named. A wrong speaker is worse than none.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable, Dict, FrozenSet, Iterator, List, Optional, Set, Tuple

from newsextract.blocks import ACRONYM, word_tree_pattern
from newsextract.model import Quote
from newsextract.profiles import Profile, domain_rx, merged, merged_days, merged_months, word_start_pattern
from newsextract.rxcache import longest_first
from newsextract.rxcache import rx as _rx

# The capitals of the Latin alphabets the profiles' presses print: "A-Z" in this module's
# patterns stands for them, so that "säger Peter Åberg", "powiedział Łukasz Nowak", "sagte Özcan
# Ünal" are names as "said Peter Aberg" is (Latin-1 and Latin Extended-A: the Nordic, Central
# European, Baltic and Turkish presses). "a-z" stays as it is: a word in small letters that opens
# with an accent may be a pronoun or a demonstrative ("él", "ésta") as well as a verb: widened too,
# it took the speakers of two quotations of held-out Spanish pages and gave one French one
_UPPER = "A-ZÀ-ÖØ-Þ" + "".join(chr(c) for c in range(0x100, 0x180) if chr(c).isupper())
# (and Cyrillic's, "сказал мэр Сергей Собянин", "заявил Дмитрий Песков", "сказала Марія Іваненко":
# Ѐ-Я and Ґ; its small letters go with "a-z" below, a Cyrillic word in small letters being no
# name's word as a Latin one in small letters is none)
_UPPER += "\u0400-\u042f\u0490"
_LOWER = "a-zа-яѐ-џґ"


def _u(pattern: str) -> str:
    """The pattern with its "A-Z" ranges widened to the Latin alphabets' capitals."""
    return pattern.replace("A-Z", _UPPER).replace("a-z", _LOWER)


def rx(pattern: str, flags: int = 0) -> "re.Pattern[str]":
    """rxcache.rx of the pattern, its letter ranges widened (_u)."""
    return _rx(_u(pattern), flags)


# (single marks, ‘...’, open the quotations of some presses; a ’ between letters is an
# apostrophe, "Jum’at", "don’t", and closes none)
_OPEN = "\"“„«‘"
_MARK_RX = rx("[\"“”„«»‘’]")
# (the marks find_spans weighs: a ’ between two letters or figures, "don’t", "Jum’at", is an
# apostrophe that _single_mark refuses, left out here at no cost per mark; [^\W_] is what
# str.isalnum accepts)
_SPAN_MARK_RX = rx("[\"“”„«»‘]|’(?:(?<![^\\W_]’)|(?![^\\W_]))")
_SPAN_MARKS = "\"“”„«»‘’"  # (every character _SPAN_MARK_RX can match)


def _may_hold_mark(par: str) -> bool:
    """Whether the paragraph holds a character _SPAN_MARK_RX can match: one str scan per mark
    (a text of Latin-1 letters only, most of them, holding no curly mark by its kind, is
    passed by at once for those), several times faster than the pattern's pass, which tries
    its class and its branch at every character."""
    for c in _SPAN_MARKS:
        if c in par:
            return True
    return False


_CLOSE = {"“": "”", "„": "“", "«": "»", '"': '"', "‘": "’", "”": "”"}
_CAP = rx(r"^[A-Z][\w'’\-]*\.?$|^[A-Z]\.$|^[A-Z]{1,3}$")
_MIN_WORDS = 3
_CAP_WORD = rx(r"[A-Z][\w'’\-]*")  # at a word start: see word_matches
_TAIL_WORDS = rx(r"((?: +(?:[A-Z][\w'’.\-]*))+)")
_PARTICLE_TAIL = rx(r" ([a-z]{1,3}) ([A-Z][\w'’\-]+)\b")  # " de Thouars"
_LONGER_NAME = rx(r"[a-z]{2,}(?: +[A-Z][\w'’\-]*){1,2}\b")


def word_matches(rx: "re.Pattern[str]", text: str) -> Iterator["re.Match[str]"]:
    """rx.finditer(text) for matches that start a word, as if rx began with \\b (rx's first
    character must be a word character).

    A pattern that opens with \\b makes the regex engine try every position of the text; one
    that opens with a letter, a class or a literal lets it skip ahead to the places where a
    match can start, several times faster on a whole article.
    """
    pos = 0
    n = len(text)
    while pos <= n:
        m = rx.search(text, pos)
        if m is None:
            return
        i = m.start()
        if i and (text[i - 1].isalnum() or text[i - 1] == "_"):
            pos = i + 1  # inside a word: a match may still start at a later word
            continue
        yield m
        pos = m.end() if m.end() > i else i + 1


def _profile_matches(pattern: str, text: str) -> Iterator["re.Match[str]"]:
    """The matches of a profile's pattern in text (fast when it opens with \\b)."""
    rx, at_word_start = word_start_pattern(pattern)
    return word_matches(rx, text) if at_word_start else rx.finditer(text)


def _word_positions(text: str, word: str):
    """Where `word` stands as a whole word in `text` (no pattern compiled per word)."""
    i = text.find(word)
    n = len(word)
    while i >= 0:
        before = text[i - 1] if i else " "
        after = text[i + n] if i + n < len(text) else " "
        if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
            yield i
        i = text.find(word, i + 1)


def _prefix_positions(text: str, word: str):
    """Where `word` starts a longer word in `text`."""
    i = text.find(word)
    while i >= 0:
        if (not i or not text[i - 1].isalnum()) and i + len(word) < len(text) and \
                text[i + len(word)].isalpha():
            yield i
        i = text.find(word, i + 1)


# after a name word's capital, its dots: an initial's or a short title's, each a word's end
# ("J.", "Dr.", "L.P."); a longer word's dot ends a sentence ("Samsung.")
_SHORT_DOTTED = r"[\w'’\-]{0,3}\.(?:[A-Z][\w'’\-]{0,3}\.)*"
_LEAD_WORDS = rx(r"(\w*)[ ,]*((?:[A-Z](?:" + _SHORT_DOTTED + r"|[\w'’\-]*(?:\.[\w'’\-]+)*) +){1,3})$")


def _may_end_with_name(window: str) -> bool:
    """Whether _LEAD_WORDS can match: it ends with capitalised words and spaces ($ allows a
    final newline), so a window whose last word is in lower case cannot, and the search
    would try every start in it to find that out."""
    end = window[:-1] if window.endswith("\n") else window
    head = end.rstrip(" ")
    return len(head) < len(end) and not head[head.rfind(" ") + 1:].islower()


# Words that end a company name: a person's name may follow ("PT X Tbk Yusak Kristian").


@dataclass
class _Span:
    text: str
    start: int  # in the paragraph
    end: int  # after the closing mark (or the paragraph end)
    closed: bool
    cue_at: int = -1  # where its cue is read, when not after it (a quotation the cue splits)


def find_spans(par: str, cued: Optional[Callable[[str], bool]] = None) -> List[_Span]:
    """Quotation spans in one paragraph; an unclosed quote runs to the paragraph's end.
    cued(text): the text opens with a quotation's cue ("kata X", "said X", "X said").

    Linear in the paragraph's length: the positions of every mark are listed once and the
    closing mark of each opener is found by bisection, so a paragraph of thousands of stray
    quotation marks costs no more than a normal one.
    """
    spans: List[_Span] = []
    n = len(par)
    marks: Dict[str, List[int]] = {}
    if not _may_hold_mark(par):
        return spans  # (most paragraphs quote no one: a few scans of the text for the marks first)
    for m in _SPAN_MARK_RX.finditer(par):
        c, at = m.group(0), m.start()
        if c in "‘’" and not _single_mark(par, at):
            continue
        marks.setdefault(c, []).append(at)
    if not marks:
        return spans

    def next_of(ch: str, after: int) -> int:
        pos = marks.get(ch)
        if not pos:
            return -1
        k = bisect_right(pos, after)
        return pos[k] if k < len(pos) else -1

    opening = _OPEN
    closes = _CLOSE
    def opens_at(p: int) -> bool:  # (a space or the start before, a letter or digit after)
        return (p == 0 or par[p - 1].isspace() or par[p - 1] in "(:–—-") and par[p + 1:p + 2].isalnum()

    first = marks["»"][0] if "»" in marks else n
    if "»" in marks and "«" not in marks and len(marks["»"]) > 1 and opens_at(first):
        # (Swedish and Finnish, and some Danish, print »...»: the first opens, the next closes;
        # a lone » is a link's arrow, "»Læs også: ...", and opens nothing)
        opening, closes = _OPEN.replace("«", "»"), {**_CLOSE, "»": "»"}
    elif first < min(marks.get("«", [n])[0], marks.get("“", [n])[0]) and opens_at(first) and \
            next_of("«", first) >= 0 and \
            sum(map(opens_at, marks["»"])) > sum(map(opens_at, marks.get("«", ()))):
        # (and » opens more often than « does: "»Læs også: ... «Vi har ...,» siger X" is a
        # link's arrow before quotations in «...»)
        # (Danish, and German and Swedish books, print »...«: a » before any « and any “, a
        # letter right after it, opens, the « closes; read the other way, "»A,« siger X. »B«"
        # gave "siger X." as the quote; not French "... fin », dit-il. « Autre" whose » a
        # space or a comma follows: a quotation from the paragraph before closes there)
        opening, closes = _OPEN.replace("«", "»"), {**_CLOSE, "»": "«"}
    openers = sorted(p for ch in opening for p in marks.get(ch, ()))
    if "”" in marks and "“" not in marks and "„" not in marks:
        openers = sorted(openers + _right_openers(par, marks["”"]))
    k = 0
    i = openers[0] if openers else n
    while i < n:
        ch = par[i]
        if ch != '"' or i == 0 or not par[i - 1].isalnum():
            close = closes[ch]
            j = next_of(close, i)
            if ch == "“":
                restart = next_of("“", i)
                if 0 <= restart and (j < 0 or restart < j) and j >= 0:
                    i = restart  # a stray opener: the quote restarts there
                    continue
            elif ch == '"':
                j = _mixed_close(par, i, j, next_of)
                if j > 1 and par[j] == '"' and par[j - 1].isspace() and \
                        (par[j + 1:j + 2].isupper() or par[j + 1:j + 2].isdigit()) and \
                        par[j - 2] in ".!?…" and not (cued and cued(par[j + 1:])):
                    # a straight mark after a sentence's end and a space, before a word, opens the
                    # next quotation, closing none: a quotation of several paragraphs printed as one, its
                    # opening mark repeated at each ('"Dulu ... membeli. "Banyak ... kota.
                    # "Kami ...," ungkap X'); not a closing mark typed after a space before its
                    # cue ('... sampai pagi. "kata Kepala Dinas X', '... morning. "Tom Baker said')
                    spans.append(_Span(par[i + 1:j].strip(), i, j, True))
                    k = bisect_right(openers, j - 1)
                    i = openers[k] if k < len(openers) else n
                    continue
            elif ch == "„":
                j = _low_close(i, j, next_of)
            elif ch == "”" and j < 0:
                after = i  # (a ” with no later ” to close it opens nothing: a stray close)
                k = bisect_right(openers, after)
                i = openers[k] if k < len(openers) else n
                continue
            elif ch == "‘" and j > 0 and par[j - 1] not in ",.!?":
                # ("‘We don’t know the Joneses’ plans,’ said X": a plural's apostrophe before
                # the close; a later mark after a stop or a comma closes the quotation)
                later, nxt = j, next_of("‘", i)
                while 0 <= later and (nxt < 0 or later < nxt) and par[later - 1] not in ",.!?":
                    later = next_of("’", later)
                if 0 <= later and (nxt < 0 or later < nxt):
                    j = later
            if j < 0 and ch == "‘" and par[:i].strip():
                after = i  # (an unclosed single mark opens a quotation at a paragraph's start only)
            elif j < 0:
                spans.append(_Span(par[i + 1:].strip(), i, n, False))
                break
            else:
                spans.append(_Span(par[i + 1:j].strip(), i, j + 1, True))
                after = j
        else:
            after = i
        k = bisect_right(openers, after)
        i = openers[k] if k < len(openers) else n
    return spans


# a straight single mark opening a quotation: at the paragraph's start or after a stop, a colon
# or a comma and a space, before a capital ("'Kami siapkan ...,' kata X"); its close, a straight
# single mark right after a comma, a stop, "!" or "?" before a space or the end
_STRAIGHT_OPEN = rx(r"(?:^|(?<=[.!?:,] ))'(?=[A-Z])")
_STRAIGHT_CLOSE = rx(r"(?<=[,.!?])'(?=\s|$)")


def straight_singles(par: str, cue_rx: re.Pattern, name_cue_rx: re.Pattern,
                     stopwords: FrozenSet[str] = frozenset()) -> str:
    """The paragraph with a quotation printed in straight single marks set in typographic
    ones, ‘...’, when its shape is a quotation's and nothing else's: opened at a clause's start
    before a capital, closed after a comma or a stop, and a cue right after the close ("'Kami
    siapkan lima unit,' kata Mulyadi."). Not an apostrophe ("Ma'ruf", "Jum'at", "players'"),
    nor a title or a word set off in marks mid-sentence ("film 'Rumah Kita'"), nor marks a
    cue does not follow, nor marks inside a quotation in double ones ('"They said, 'No, he
    left,' and ..."'). Nor a title or a slogan, no word of four letters or more in small
    letters but a stopword inside ("'Stop the Quarry Now.'", "'Laut yang Tenang,' tulis
    penerbit"); and after a close that follows a stop, a new sentence may open: only a cue
    verb in small letters right after ("...?' said Ruiz") or a name and its verb ending the
    clause ("...?' Ruiz said.") make it a quotation's, not "'Will you run again?' She said she
    had not decided", "'Stop the Quarry Now.' Residents said they would ..."."""
    if "'" not in par:
        return par
    out = par
    for o in _STRAIGHT_OPEN.finditer(par):
        c = _STRAIGHT_CLOSE.search(par, o.end())
        if not c:
            continue
        inner, after = par[o.end():c.start()], par[c.end():]
        if "'" in _APOSTROPHE.sub("", inner) or not (cue_rx.match(after) or name_cue_rx.match(after)):
            continue
        if not any(len(w) >= 4 and w.islower() and w not in stopwords for w in _LETTER_WORD.findall(inner)):
            continue  # (a title, a slogan, a banner)
        if par[c.start() - 1] in ".!?" and not _cue_after_stop(after, cue_rx, name_cue_rx):
            continue
        before = par[:o.start()]
        if before.count('"') % 2 or before.rfind("“") > before.rfind("”"):
            continue  # (inside a quotation in double marks: its words quote another, kept as printed)
        out = out[:o.start()] + "‘" + out[o.end():c.start()] + "’" + out[c.end():]
    return out


_LETTER_WORD = rx(r"[^\W\d_]+")
_CLAUSE_END = rx(r"\s*(?:[.,;:!?]|$)")
_DASH_OPEN = rx(r"^[–—] (?=[^\W\d_])")
_DASH_CUE = rx(r", (?=\S)")
_DASH_STOP = rx(r"(?<=[.!?]) ([^\W\d_]+)(?= )")


_DASH_HOLDER = rx(r"^\s*[^\W\d_]+[^,.;:!?]{0,50}, ((?:[^\W\d_][\w'’\-]* ){1,2}[^\W\d_][\w'’\-]*)(?=[.,;]|\s*$| til | till | to )")
_SUBJECT_WORD = rx(r"[^\W\d_][\w'’.\-]*")


def dash_speaker(after: str, pronouns: FrozenSet[str], stopwords: FrozenSet[str],
                 nobody: Callable[[str], bool], known: Callable[[str], bool],
                 given: Optional[Callable[[str], bool]] = None) -> bool:
    """The words after a dash line's cue verb name a person: a pronoun ("..., sa hun"), or a
    name, up to three words of an office in small letters before it ("..., sier
    politiinspektør Per Olsen"), that is no outlet's, agency's or body's (`nobody`: "...,
    skriver Aftonbladet", "..., skriver Ritzau", "..., meddelar SMHI"), of two words or more or
    one a given name or a surname the page names in full (`known`: "..., säger Lindqvist").
    Not "..., säger källor till SVT" (sources): a list of headlines with their outlets."""
    words = list(_SUBJECT_WORD.finditer(after[:120]))
    if not words:
        return False
    if words[0].group().rstrip(".").lower() in pronouns:
        return True
    k = 0
    while k < min(3, len(words)) and words[k].group().islower() and words[k].group() not in stopwords:
        k += 1
    name: List[str] = []
    for w in words[k:k + 4]:
        # (a name's words: capitals, one space apart; "Per Olsen, politiet" ends at the comma)
        if not w.group()[:1].isupper() or name and after[words[k + len(name) - 1].end():w.start()] != " ":
            break
        name.append(w.group().rstrip("."))
    if given is not None and name and not given(name[0]):
        return False  # (a verb of writing: "..., skriver Dagens Nyheter" is an outlet's)
    if _dash_name(name, nobody, known):
        return True
    # (an office of a body, then the holder after a comma: "..., sier sponsorsjef i TINE,
    # Ann-Kristin Syversen.")
    held = _DASH_HOLDER.match(after) if k else None
    return held is not None and (given is None or given(held.group(1).split()[0])) and \
        _dash_name(held.group(1).split(), nobody, known)


def _dash_name(name: List[str], nobody: Callable[[str], bool], known: Callable[[str], bool]) -> bool:
    """The words are a person's name: no outlet's, agency's or body's, of two words or more,
    or one a given name or known as the page's person's (not an acronym, "SVT", "SMHI", nor
    one word no given name, "Aftonbladet")."""
    if not name or any(nobody(w) for w in name) or nobody(" ".join(name)):
        return False
    return len(name) > 1 or not name[0].isupper() and known(name[0])


def dash_quote(par: str, cue_rx: re.Pattern, name_cue_rx: re.Pattern,
               stopwords: FrozenSet[str] = frozenset(), dash_speech: bool = True,
               demonstratives: FrozenSet[str] = frozenset(),
               person: Optional[Callable[[Optional[re.Match]], bool]] = None) -> str:
    """The paragraph with a quotation printed after a dash set in marks, “...,”, when a cue
    follows it after a comma: Swedish, Norwegian, Danish and Finnish papers print speech so
    ("– Vi vill gärna komma i kontakt med alla, säger Peter Åberg vid polisen."). Not a
    paragraph with marks of its own, nor a dashed line no cue follows (a list's item, a
    credit, an interview's answer), nor words that are no clause (no word of four letters or
    more in small letters but a stopword: a name, a title). Only for a press that prints
    speech so (`Profile.dash_speech`): an English page's dashed list is no speech."""
    m = _DASH_OPEN.match(par) if dash_speech else None
    if not m or _MARK_RX.search(par):
        return par
    commas = list(_DASH_CUE.finditer(par, m.end()))
    # (a cue verb right after a comma first, as these languages print it, "..., säger X";
    # a name then its verb only where none: "..., blåser man rett til Island, forteller
    # Fredrik" is no Island's)
    cut = next((c for c in commas if cue_rx.match(par[c.start() + 1:])), None) or \
        next((c for c in commas if name_cue_rx.match(par[c.start() + 1:])), None)
    if cut is None:
        # ("– Vi bygger nu. Det siger Anna Lindqvist til TT.": a sentence's end, then a
        # demonstrative that stands for the words before as its cue verb's subject)
        told = next((c for c in _DASH_STOP.finditer(par, m.end())
                     if c.group(1).lower() in demonstratives and cue_rx.match(par[c.end(1):])), None)
        if told is None:
            return par
        inner = par[m.end():told.start(1)].rstrip()
        close = "”"
        cut_at = told.start(1) - 1
        said = cue_rx.match(par[told.end(1):])
    else:
        inner = par[m.end():cut.start()]
        close = ",”"
        cut_at = cut.start() + 1
        said = cue_rx.match(par[cut_at:]) or name_cue_rx.match(par[cut_at:])
    if len(inner.split()) < _MIN_WORDS or not any(
            len(w) >= 4 and w.islower() and w not in stopwords for w in _LETTER_WORD.findall(inner)):
        return par
    if person is not None and not person(said):
        return par  # (the cue's subject is no person: a list's headline and its outlet)
    return "“" + inner + close + par[cut_at:]


def _cue_after_stop(after: str, cue_rx: re.Pattern, name_cue_rx: re.Pattern) -> bool:
    """The words after a quotation's close that follows a stop are its cue, not a new sentence:
    a verb in small letters right after ("...?' said Ruiz", "...!' kata Andi") or a name, or a
    pronoun, and its verb ending the clause ("...?' Ruiz said.", "...?' she asked,")."""
    m = cue_rx.match(after)
    if m and after[:m.start("cue")].isspace() and after[m.start("cue")].islower():
        return True
    m = name_cue_rx.match(after)
    return bool(m and _CLAUSE_END.match(after, m.end()))


_APOSTROPHE = rx(r"(?<=\w)'(?=\w)")  # between two letters: "Ma'ruf", "don't"


def _single_mark(par: str, at: int) -> bool:
    """A single mark that opens or closes a quotation: an opening one not after a letter
    ("‘Kami ..."), a closing one after no space and not between two letters ("...,’ kata")."""
    before = par[at - 1] if at else " "
    if par[at] == "‘":
        # (not an elision's apostrophe printed as ‘: "the ‘90s", "‘s avonds", "‘t huis", "rock
        # ‘n’ roll": before a figure, or one letter in lower case then a space or a mark)
        nxt = par[at + 1:at + 3]
        return not before.isalnum() and not nxt[:1].isdigit() and \
            not (nxt[:1].islower() and nxt[1:2] in (" ", "’", ""))
    after = par[at + 1] if at + 1 < len(par) else " "
    return not before.isspace() and not (before.isalnum() and after.isalnum())


def _right_openers(par: str, at: List[int]) -> List[int]:
    """The ” marks that open a quotation in a paragraph printed in ”...” (Swedish, Finnish:
    "”Vi förstår ...”, säger X"): every other one, from the first, each at the paragraph's
    start or after a space, a colon or a bracket and before no space; a ” after a letter or a
    stop closes. Read only where the paragraph has no “ nor „, which ” closes."""
    found: List[int] = []
    closing = -1
    for p in at:
        if p <= closing:
            continue
        before = par[p - 1] if p else " "
        if not (before.isspace() or before in "(:–—-") or par[p + 1:p + 2].isspace() or \
                p + 1 >= len(par):
            continue
        nxt = [q for q in at if q > p]
        if not nxt:
            break
        found.append(p)
        closing = nxt[0]
    return found


def _low_close(i: int, j: int, next_of) -> int:
    """Where a low opening mark at i closes: at the next “ (German, "„Wir ...“, sagte X"), or,
    when no “ closes it before the next „ opens, at the next ” (Polish, Czech, Romanian,
    Hungarian print „...”: "„To budżet ...” – powiedział X")."""
    nxt = next_of("„", i)
    if 0 <= j and (nxt < 0 or j < nxt):
        return j
    k = next_of("”", i)
    return k if 0 <= k and (nxt < 0 or k < nxt) else j


def _mixed_close(par: str, i: int, j: int, next_of) -> int:
    """Where a straight opening mark at i closes: at the next straight mark j, or at a
    typographic closing mark before it when an editor mixed the two ('"Dilihat saja nanti
    ya,” ujar X', '"C'est un honneur », a déclaré X'); not at one whose own opener stands
    between ('"He called it “a scandal” and left," she said')."""
    for close, opener in (("”", "“"), ("»", "«")):
        k = next_of(close, i)
        if k < 0 or (0 <= j < k):
            continue
        inner = next_of(opener, i)
        if 0 <= inner < k or close == "”" and par[k - 1:k].isdigit() and j > k:
            continue  # (a ” after a figure, "8” of snow", before the straight close, is an inch mark)
        j = k
    return j


_CYRILLIC = re.compile("[\u0400-\u04ff]")
# (a region's or country's genitive: "Подмосковья", "России", "Украины", "України", "Росії")
_CYRILLIC_REGION_ENDINGS = ("ья", "ии", "ьи", "ины", "ини", "ії")
_CYRILLIC_ADJ_ENDINGS = ("ской", "ского", "цкой", "цкого", "ный", "ной", "ного", "ького", "ської", "ної")


def _cyrillic_place_form(word: str) -> bool:
    """A Cyrillic word that is a place's case form: a listed city's stem ("Москвы", "Києва") or a
    region's genitive ending; no surname's ("Собянин", "Кличко", "Захарова")."""
    low = word.casefold()
    if not _CYRILLIC.match(low) or len(low) < 4:
        return False
    return low.endswith(_CYRILLIC_REGION_ENDINGS) or any(
        len(city) >= 4 and " " not in city and (low.startswith(city[:-1]) and len(low) - len(city) <= 1)
        for city in merged().dateline_cities)


def _from_given_name(toks: List[str], profile: Profile) -> List[str]:
    """A Cyrillic run of three words or more whose first is no given name and a later one is:
    the name from it ("Москве Сергей Собянин" of "сказал в Москве Сергей Собянин": the place
    before the name, Russian's free word order)."""
    if len(toks) < 3 or not _CYRILLIC.match(toks[0]) or toks[0].lower() in merged().given_names:
        return toks
    at = next((i for i in range(1, len(toks) - 1) if toks[i].lower() in merged().given_names), None)
    return toks[at:] if at is not None else toks


def _name_from_phrase(phrase: str, profile: Profile, body: str = "") -> Tuple[Optional[str], List[str]]:
    """The speaker named in a phrase such as "Kapolsek X, Kompol Widya Agustiono" (`body`:
    the text, whose other printings tell an institution's name from its holder's).

    Returns (name, title words found), where name may be None when only a title is named.
    """
    parts = [p.strip() for p in phrase.split(",") if p.strip()]
    if parts:
        # ("Though Whitfield said he ...", "But Nakamura said": the clause's opening word)
        parts[0] = " ".join(_without_lead_ins(parts[0].split(), profile))
    titles: List[str] = []
    for part in reversed(parts):
        toks = part.split()
        while len(toks) > 1 and toks[-1] in merged().name_particles:
            # ("assure Thomas Renaud, PDG du groupe": a particle never ends a name; what the
            # clause cut after it is a body's name)
            toks = toks[:-1]
        lows = [i for i, t in enumerate(toks) if t[:1].islower() and t.lower() not in merged().name_particles
                and t.lower().strip(".") not in profile.titles]
        named = toks[:lows[0]] if lows and toks[lows[0]] in profile.affiliation_particles else []
        while named and named[0].lower().strip(".") in profile.titles:
            named = named[1:]
        if len(named) >= 2 and all(_CAP.match(t) for t in named):
            # "Professor John Roe of Harvard University": a full name after the title, then
            # where the person is from
            toks = toks[:lows[0]]
        elif lows:  # "Secretary of State Pratikno": the name follows the last lower-case word
            j = lows[-1]
            # ("Kementerian Komunikasi dan Digital Ismail Fahmi": "dan" inside a body's name,
            # the word after it the body's, when a name of two words or more follows)
            joined = toks[j] in profile.name_conjunctions and j >= 1 and len(toks) - j >= 4 and \
                toks[j - 1].lower().strip(".,") in profile.office_words and toks[j + 1][:1].isupper()
            toks = toks[j + 2:] if joined else toks[j + 1:]
        held = [i for i, t in enumerate(toks) if t.lower().strip(".") in profile.titles]
        if held and held[-1] == len(toks) - 1 and len(parts) > 1 and len(held) < len(toks):
            continue  # "David Moura-George, Managing Director": the office after the name
        # (a title inside the run, "Team Leader Jennifer Ngo-Anh", is cut by after_office)
        lead: List[str] = []
        while toks and toks[0].lower().strip(".") in profile.titles:
            lead.append(toks.pop(0))
        if lead and len(toks) > 2 and ACRONYM.match(toks[0]) and toks[1].isdigit():
            toks = toks[2:]  # "Ketua RT 05 Slamet Riyadi": the unit and its number
        short = next((i for i, t in enumerate(toks) if t[:1] == "("), None)
        if short is not None:
            # "Gubernur Sumatera Utara (Sumut) Bobby Nasution": the office's short form in
            # parentheses ends it, and a name of two words or more follows; one word after
            # it is no name ("Joko Widodo (Jokowi) Senin": the name and its short form, then
            # the day)
            close = next((i for i in range(short, len(toks)) if toks[i].endswith(")")), short)
            after = toks[close + 1:]
            toks = (after_office(after, profile) if len(after) >= 3 else after) if len(after) >= 2 \
                else toks[:short]
        if lead and len(toks) >= 2 and _office_goes_on(toks[0], profile) and \
                not any(t.lower().strip(".") in merged().org_suffixes for t in toks):
            # (a company's legal form inside, "PT Pertamina Nicke Widyawati", is read by the
            # name's own reading, which knows the company's one word after it)
            # "Menteri Sekretaris Negara Pratikno", "Direktur Utama Bandara Dhoho Maryadi
            # Suhardi": the office runs on past its titles; read with them, the name after it
            holder = after_office(lead + toks, profile, body)
            # (a name whose first word an office also takes, "Lalu Gita Ariadi", is left to the
            # reading of the whole run, which knows the name's opener after an office)
            if len(holder) < len(toks) and holder[0].lower().strip(".,") not in profile.office_words:
                toks = holder
        if lead and len(toks) >= 3 and lead[-1].lower().strip(".") in profile.territorial_titles:
            toks = after_office(lead[-1:] + toks, profile)  # "Bupati Bogor Ade Yasin"
        if lead and len(toks) == 1 and lead[-1].lower().strip(".") in profile.territorial_titles and \
                _cyrillic_place_form(toks[0]):
            toks = []  # "сказал губернатор Подмосковья", "мэр Москвы": the territory, its holder unnamed
        if len(toks) == 1 and _CYRILLIC.match(toks[0]) and toks[0].lower().endswith(_CYRILLIC_ADJ_ENDINGS):
            toks = []  # "губернатор Московской (области)", "Генеральный (секретарь)": an adjective, no name
        toks = _from_given_name(toks, profile)
        if lead and toks and all(t.lower().strip(".,") in profile.office_words for t in toks):
            toks = []  # "Kepala Dinas Kesehatan": an office whose holder is not named here
        if not lead and len(toks) >= 2 and len(toks[-1]) > 3 and toks[-1].lower() in profile.titles \
                and toks[-1].lower() not in profile.name_titles and not all(_plain_name_word(t, profile) for t in toks[:-1]):
            # "the US President said", "Vice President": an office, no name; a title after
            # words of a name only is a surname ("Stephen King said", "Ben Judge")
            titles.append(" ".join(toks))
            continue
        if toks and all(_CAP.match(t) or t.lower() in merged().name_particles for t in toks):
            if lead or len(parts) == 1 or len(toks) >= 2 or _mononym_set_off(part, parts, profile):
                return " ".join(toks).rstrip("."), lead
        if lead and not toks:
            titles.append(" ".join(lead))
    return None, titles


@lru_cache(maxsize=None)
def _lead_ins(profile: Profile) -> FrozenSet[str]:
    """Words that open a clause before its subject ("Though Whitfield said", "Still Carver
    said", "Meanwhile Vogel sagte"): the short words, subordinators, contrasts and sentence
    adverbs of the profile, never a name's first word (a name's particles are left out: "de
    Gaulle", "van Dijk")."""
    return (profile.stopwords | profile.subordinators | profile.clause_contrasts | profile.clause_adverbs) \
        - merged().name_particles


def _without_lead_ins(toks: List[str], profile: Profile) -> List[str]:
    """A speaker's words without the clause's opening words before the name."""
    k = 0
    while k < len(toks) - 1 and toks[k].lower() in _lead_ins(profile) and toks[k + 1][:1].isupper():
        k += 1
    return toks[k:]


def _noun_key(word: str) -> str:
    """A word of a thing's name as the profiles' noun lists hold it: small letters, no stop or
    comma, no possessive ("Tower's" -> "tower")."""
    low = word.lower().strip(".,")
    return low[:-2] if low.endswith(("'s", "’s")) else low


def _names_thing(words: List[str], profile: Profile) -> bool:
    """Capitalised words after a one-word name that make it a building's, a place's, a body's
    or a firm's ("Castellane Tower", "Harlan County", "Lindqvist Group", "Benton Inc", "Austin
    Energy"): the profile's place and group nouns, body words and legal forms."""
    for w in words:
        low = _noun_key(w)
        if low in profile.place_nouns or low in profile.group_nouns or low in profile.body_words \
                or low in merged().org_suffixes:
            return True
    return False


def _names_place(words: List[str], profile: Profile) -> bool:
    """A thing's name after a one-word name that ends in a place's or a building's noun
    ("Trump Tower", "Castellane Tower"), not a group's, a body's or a legal form ("Boeing
    Company", "Ford Motor Company", "Lindqvist Group", "Benton Inc", "Manchester City")."""
    low = _noun_key(words[-1]) if words else ""
    return low in profile.place_nouns and low not in profile.group_nouns and low not in profile.body_words \
        and low not in merged().org_suffixes


# an age or a role set off after a name ("Lily Hall, 9,", "Chris Hall, a retired teacher,")
_ASIDE_AFTER = rx(r",\s*(?:(\d{1,3})\b|an?((?:\s+[a-z][\w\-]*){1,3}))")


def _person_aside(body: str, at: int, profile: Profile) -> bool:
    """The words at `at` set off a person's age or role ("Lily Hall, 9,", "Chris Hall, a
    retired teacher,"), not a thing's kind ("Castellane Tower, a new hotel,")."""
    m = _ASIDE_AFTER.match(body, at)
    if m is None:
        return False
    return m.group(1) is not None or any(w in profile.person_roles or w in profile.titles for w in m.group(2).split())


def _no_name_word(word: str, profile: Profile, prior: str = "") -> bool:
    """A capitalised word printed before a mention that is no given name of the person's: a
    possessive ("China's Xi", "Tottenham's Son"), a day after a small word (`prior`, the word
    printed before it: "on Monday Trump"; not "Monday Okpara", "Tuesday Weld", given names), a
    country not known as a given name too ("Jordan Peterson"; months are left: "June Carter",
    "April Ryan")."""
    low = word.lower().strip(".,")
    return low.endswith(("'s", "’s")) or low in merged_days() and prior.lower() in profile.stopwords or \
        low in profile.foreign_countries and low not in merged().given_names


def _case_ending(word: str, profile: Profile) -> bool:
    """A proper noun with one of the page's language's case endings after its apostrophe, as
    Turkish writes them ("Ankara'da", "Türkiye'nin", `Profile.name_case_endings`); not a name
    whose apostrophe stands inside it ("O'Brien", "Ma'ruf", "Syafi'i" on other pages)."""
    cut = max(word.rfind("'"), word.rfind("’"))
    return cut > 0 and word[cut + 1:].rstrip(".,;:!?") in profile.name_case_endings


def _plain_name_word(word: str, profile: Profile) -> bool:
    """A word shaped as a name's: a capital then lower case, no title, office, acronym or
    place's word ("Stephen", not "US", "Vice", "Deputy")."""
    low = word.lower().strip(".,")
    return bool(_CAP.match(word)) and not ACRONYM.match(word) and word[1:2].islower() and \
        low not in profile.titles and low not in profile.office_words and low not in profile.stopwords


def _mononym_set_off(part: str, parts: List[str], profile: Profile) -> bool:
    """One name set off by a comma after the office it holds ("Anggota Komisi V DPR dari
    Fraksi PDI Perjuangan, Lasarus"): many Indonesians have one name only. Not a day or a
    month ("kata Kapolres, Senin"), nor a piece of a degree."""
    word = part.strip(" .").lower()
    # (four letters at least: "dr. Andi Wijaya, Sp.PD" leaves a degree's piece, "Sp")
    return profile.mononyms and len(parts) > 1 and part is parts[-1] and len(word) >= 4 and \
        parts[-2].split()[0].lower().strip(".") in profile.titles and \
        word not in merged_days() and word not in merged_months() and \
        word not in profile.titles and word not in profile.office_words


@lru_cache(maxsize=None)
def _title_dots(profile: Profile) -> "re.Pattern[str]":
    """A short title with its abbreviating dot ("Rep.", "Gov.", "Dr.")."""
    short = sorted((t for t in profile.titles if len(t) <= 4), key=longest_first)
    return rx(r"\b(" + "|".join(map(re.escape, short)) + r")\.(?= [A-Z])", re.I)


def _without_title_dots(text: str, profile: Profile) -> str:
    """The text with the dot of each short title before a name dropped ("state Rep. Linda X"
    -> "state Rep Linda X"): such a dot ends no clause. (Only a text with a dot and a space
    can hold one: the pattern, which tries each place of the text, is not run on the others,
    most of the texts between two quotations, which are empty.)"""
    return _title_dots(profile).sub(r"\1", text) if ". " in text else text


# a clause set off by commas right after a cue verb, opening in lower case
_ASIDE_FIRST = rx(r"\s*,\s*([^\W\d_])[^,.;:!?()\"“”«»]{0,50},")


# a speaker phrase's clause: up to a stop or a parenthesis, past an initial's dot and a body's
# acronym in parentheses before a capital, or before a comma and the name set off after it
_CLAUSE = rx(r"[^.;:()\"“”?!]*(?:(?:\.(?<=\b[A-Z]\.)|\([A-Z][A-Za-z]{1,11}(?: [A-Z][A-Za-z]{1,11}){0,2}\)"
             r"(?=,? [A-Z]))[^.;:()\"“”?!]*)*")


_INITIAL = rx(r"[A-Z]\.$")


def _speaker_phrase(rest: str, profile: Profile) -> str:
    """The speaker part of the text after a cue verb, as comma-separated capitalised segments.

    "Kapolsek X, Kompol Widya Agustiono saat dihubungi" -> "Kapolsek X, Kompol Widya Agustiono";
    "saksi mata, Mega Syamil, ketika" -> "Mega Syamil" (a lower-case epithet first is skipped);
    "staf Ajib, Vivi saat" -> "Vivi" (the apposition after an epithet names the speaker);
    "politisi Partai Hanura itu" -> "" (an epithet, not a name).
    """
    rest = _without_title_dots(rest, profile)  # "state Rep. Linda X": the dot ends no clause
    aside = _ASIDE_FIRST.match(rest)
    if aside and aside.group(1).islower():
        # "a déclaré, à cette occasion, M. X": a clause set off by commas between the verb
        # and its subject says when or where; the name follows it
        rest = rest[aside.end():]
    # (a clause ends at a stop or a parenthesis; not at an initial's dot, nor at a body's
    # acronym in parentheses: "Menteri Pekerjaan Umum (PUPR) Basuki Hadimuljono")
    # (or of a few capitalised words: "Suku Dinas Penanggulangan Kebakaran (Sudin Gulkarmat)")
    m = _CLAUSE.match(rest)
    clause = m.group(0) if m else rest
    if domain_rx().match(rest, len(clause)):
        # "kata sumber Kompas.com yang ...": the clause stopped inside an outlet's domain,
        # which names no speaker
        clause = clause[:len(clause) - len(clause.split()[-1])] if clause.split() else clause
    segments: List[str] = []
    epithet_first = object_of = definite = False
    cuts: List[bool] = []
    for k, seg in enumerate(clause.split(",")[:4]):
        out: List[str] = []
        started = cut = epithet = False
        words = seg.split()[:12]
        if k and words and words[0].lower() in merged_days():
            break  # "kata Diana, Selasa (28/5/2024)": the day it was said, no more names
        for i, t in enumerate(words):
            w = t.strip(".")
            short = w.startswith("(") and w.endswith(")")
            if short:
                w = w[1:-1]  # the acronym the clause let through
            part = not short and (w.startswith("(") or w.endswith(")"))
            if part:
                w = w.strip("()")  # a word of a short form of several ("(Sudin Gulkarmat)")
            if not w:
                continue
            low = w.lower()
            if w[0].isupper() and _case_ending(w, profile):
                # "dedi Ankara'da pazarda alışveriş yapan X", "dedi Ali Demir'in oğlu": the
                # clause speaks of a place or a person, a description (as "said Whitfield's deputy")
                if started:
                    out, started, epithet = [], False, True
                    break
                out, epithet = [], True
                continue
            if w[0].isupper() or (started and low in merged().name_particles) or (not started and low in profile.titles):
                # ("Sekretaris Daerah (Sekda) Kota Bekasi": a short form not in capitals is
                # kept in its parentheses, which close the office's name)
                # (an initial keeps its dot inside a name: "Yana D. Putra")
                out.append(f"({w})" if short and not w.isupper() else t.strip(".") if part else
                           t if started and _INITIAL.match(t) else w)
                if not started and epithet and w[0].isupper() and i >= 2:
                    # (the word before the first capital of an epithet's phrase of two words or
                    # more: "die Bundesministerin" is the office that stands for its holder)
                    object_of = words[i - 1].lower() in _particles(profile) or len(words[i - 1]) <= 3
                started = started or w[0].isupper()
                continue
            if started and w.isdigit() and (ACRONYM.match(out[-1]) or out[0].lower() in profile.titles):
                # "Ketua RT 05 Kelurahan X", "Kepala SMAN 3 Y", "Manajer Humas KAI Daop 2
                # Bandung": a unit's number inside an office
                out.append(w)
                continue
            if not started and i == 0 and low in profile.name_conjunctions and segments and \
                    segments[0].split()[0].lower() in profile.titles and words[1:2] and words[1][:1].isupper():
                # "Kepala Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) X": the office's
                # list of words goes on past its commas
                continue
            if started and (out[0].lower() in profile.titles or k and low in profile.name_conjunctions and segments
                            and segments[0].split()[0].lower() in profile.titles
                            and all(x.lower().strip("().,") in profile.office_words for x in out)
                            and any(ACRONYM.match(x.strip("().,")) for x in words[i + 1:])) and i + 1 < len(words) and \
                    words[i + 1][:1].isupper() and (
                        low in profile.name_conjunctions or k == 0 and low in profile.speaker_links):
                # (or in the office's list of words past a comma, no given name before the link
                # word and a body's acronym after it: "Kepala Pusat Data, Informasi dan
                # Komunikasi Kebencanaan BNPB Abdul Muhari")
                # a title's phrase goes on past a lower-case word before a capital: "Kepala Pusat
                # Gempa Bumi dan Tsunami BMKG Daryono" (the office's name), "Pengamat Tata Kota
                # dari Institut Teknologi Bandung (ITB) X" (the title's body; the name follows
                # the last lower-case word: _name_from_phrase); a link word only in the segment
                # the title opens, not after the name ("Michael Sims, CEO of Ceres Robotics Inc")
                out.append(w)
                continue
            if not started and k == 0 and low not in profile.pronouns and (
                    low not in profile.speaker_stops or low in profile.speaker_links and
                    words[i + 1:i + 2] and words[i + 1][:1].isupper() or
                    i == 0 and low in profile.definite_articles and len(words) > 1 and
                    all(w[:1].islower() and w.lower() not in profile.speaker_stops for w in words[1:])):
                # (a definite article opening a description of lower-case words, the name set
                # off after it: "said the transportation commissioner, Alan Fitch, who")
                definite = definite or i == 0 and low in profile.definite_articles
                # (an epithet goes on past a link word before a capital: "pengamat politik
                # dari Universitas Indonesia (UI) X", the body, then the name)
                out, epithet = [], True
                continue
            if started and k == 0 and out[-1].endswith(("'s", "’s")):
                # "said Whitfield's deputy, Tom Reyes": the possessor names an office's
                # holder, who is named after the comma or not at all
                out, started, epithet = [], False, True
                break
            if started and k == 0 and not epithet and (low in profile.person_roles or low in profile.titles) and \
                    not (len(out) >= 2 and all(_plain_name_word(x, profile) for x in out)):
                # (not after a person's name: "kata Andi Wijaya warga Kampung Baru", "said Tom
                # Reyes owner Reyes Hardware Store" are the person's, a place or a body after the role)
                j = i + 1
                while j < len(words) and words[j].islower() and (
                        words[j] in profile.person_roles or words[j] in profile.titles):
                    j += 1  # ("Boeing chief executive Dave Calhoun": a role of two words)
                after = [x.strip(".") for x in words[j:j + _NAME_WORDS]]
                run = list(itertools.takewhile(lambda x: _plain_name_word(x, profile), after))
                if len(run) >= 2:
                    # "said Boeing spokesperson Jane Doe": a body, its role in small letters,
                    # then the name, which is the speaker's
                    out, started, epithet = [], False, True
                    continue
                if not after and not clause.split(",")[k + 1:k + 2]:
                    # "says Boeing executive": someone unnamed of a body, not the body (the
                    # clause ends there: "kata Andi pedagang, Senin (2/3/2026)" may name him)
                    return ""
            if started and low in profile.titles and all(x.lower() in profile.titles for x in out):
                # "a déclaré le Premier ministre Jean Martin", "dijo el Primer ministro X": an
                # office of a capital word and a small one goes on to the name after it
                out.append(w)
                continue
            cut = True
            if epithet and low not in profile.speaker_stops:
                started = False  # "politisi Partai Hanura itu": a description, not a name
            break
        if not started:
            if k == 0 and epithet and not cut:
                continue
            break
        segments.append(" ".join(out))
        cuts.append(cut)
        epithet_first = epithet_first or (k == 0 and epithet)
        if cut:
            break
    if definite and not epithet_first:
        # ("said the volunteer, Eastfield resident Tom Baker", "said the charity, Hope For
        # Eastfield,": after "the <role>," only a whole set-off run of two to four name
        # words, none a stopword or a body's or a publisher's, is the speaker's name)
        words = segments[0].split() if segments else []
        if len(segments) != 1 or cuts[0] or not 2 <= len(words) <= _NAME_WORDS or \
                not all(_plain_name_word(w, profile) and w.lower() not in profile.stopwords and
                        w.lower() not in profile.org_suffixes and w.lower() not in profile.publisher_words
                        for w in words):
            return ""
    if epithet_first and len(segments) > 1:
        segments = segments[1:]
    elif epithet_first and object_of and (" " not in segments[0] or "(" not in clause and
                                          segments[0].split()[0].lower() not in profile.titles):
        # (nor is a run of capitals after it: "a assuré le directeur adjoint du Village
        # Augustin Tran Van Chau sur franceinfo", "a dit le maire de Lyon Grégory Doucet" are
        # a body's or a place's name and perhaps a name glued to it, which no shape tells apart;
        # a body's short form in parentheses ends its name, "dari Universitas Indonesia (UI) Ade
        # Reza Hariyadi": _name_from_phrase takes the name after it)
        # "afirmó el portavoz del grupo rebelde apoyado por Irán", "kata warga di Cibiru": one
        # word after a preposition ends the epithet; it is the place or body it names, no one
        return ""
    return ", ".join(segments)


@lru_cache(maxsize=None)
def _particles(profile: Profile) -> FrozenSet[str]:
    """The profile's prepositions and link words before a place or a body."""
    return frozenset(profile.speaker_stops) | frozenset(profile.speaker_links) | frozenset(profile.locatives) \
        | frozenset(profile.place_particles) | frozenset(profile.affiliation_particles)


_CLAUSE_END = rx(r"[,.;:!?\"“”()]")


def _epithet(rest: str, profile: Profile) -> bool:
    """The words after a cue verb describe, and point back to, the person last named:
    "pelantun Could It Be tersebut", "pria yang akrab disapa Hendi itu" (a lower-case word
    first, a demonstrative within the clause), and say nothing of an unnamed one."""
    clause = _CLAUSE_END.split(rest, maxsplit=1)[0].split()[:10]
    if len(clause) < 2 or not clause[0][:1].islower() or clause[0].lower() in profile.speaker_stops:
        return False
    words = [w.lower() for w in clause]
    # ("ujar pria itu saat ditemui": the epithet ends at its demonstrative; what follows may
    # say when or where)
    end = next((i for i, w in enumerate(words) if i and w in profile.epithet_ends), 0)
    inside = words[:end]
    return end > 0 and not any(w in profile.unnamed_words or w in profile.speaker_stops
                               and w not in profile.epithet_relatives for w in inside)


# a specialist's degree: small letters, then two capitals or more at its end ("SpPD", "SpOG",
# "SpPD-KEMD"); not a name's hyphened parts or inner capital ("Ngo-Anh", "McDonald", "DeSantis"),
# nor capitals only ("MBA" or a body's "BCA": not told apart)
_DEGREE_CODE = rx(r"[\w\-]*[a-z\-][A-Z]{2,}")


def _name_tokens(tokens: List[str]) -> List[str]:
    """Tokens of a name, stopping at a degree or code ("SpPD-KEMD", "MBA")."""
    out = []
    for t in tokens:
        core = t.strip(".,")
        if len(core) > 1 and (core.isupper() and len(core) > 2 or
                              ("-" in core and any(c.isupper() for c in core[1:]))):
            break
        out.append(t)
    return out




def after_office(toks: List[str], profile: Profile, body: str = "") -> List[str]:
    """A name's words without the office, body or place printed before it: "Dinas PU Budi
    Santoso" -> "Budi Santoso", "Jawa Barat Ahmad Heryawan" -> "Ahmad Heryawan", "Bandung AKBP
    Rudi Hartono" -> "Rudi Hartono" (the name follows the last office word, acronym or title);
    or printed after it: "Ridwan Kamil Gubernur Jawa Barat" -> "Ridwan Kamil"."""
    if len(toks) < 2:
        return toks
    capitals = all(t.isupper() for t in toks)  # ("BUDI SANTOSO": a name in capitals)
    opened = _name_opened(toks, profile)
    if opened:
        return opened

    def office(t: str) -> bool:
        low = t.lower().strip(".,")
        return low in profile.office_words or low in profile.titles or \
            (not capitals and bool(ACRONYM.match(t.strip(".,"))))

    marks = _office_marks(toks, office, profile)
    # "Ridwan Kamil Gubernur Jawa Barat": two words or more before the first title and no
    # name after the office (nothing, or one word, after its last office word): the name
    # comes first
    first = marks[0] if marks else 0
    if first >= 2 and toks[first].lower().strip(".,") in profile.titles and len(toks) - marks[-1] - 1 < 2:
        return toks[:first]
    cut = max((i for i in marks if i < len(toks) - 1), default=-1)
    rest = toks[cut + 1:]
    # "(Bupati) Bandung Dadang Supriatna": a place after the office, when the text prints the
    # word as a place elsewhere ("di Bandung", "Kabupaten Bandung"), or after a unit's word
    # ("Kota Bogor Budi Santoso") or a territory's head ("Bupati Bogor Ade Yasin")
    word = toks[cut].lower().strip(".,") if cut >= 0 else ""
    # (a given name after a territory's head opens the name: "Bupati Muhammad Ali Akbar Siregar")
    unit = word in profile.place_units or word in profile.territorial_titles and \
        bool(rest) and rest[0].casefold() not in merged().given_names
    if word in profile.regional_offices and len(rest) in (3, 4) and body and _region_before_name(rest, body, profile, word) \
            and not any(t.lower().strip(".,") in profile.office_words for t in rest):
        # "Kepala BPBD Kuningan Agus Mauludin": the body's region, then the name ("Ketua DPRD
        # Euis Ida Wartiah" is a name of three words)
        rest = rest[1:]
    elif len(rest) >= 3 and (unit or body and _printed_as_place(rest[0], rest[1], body, profile)):
        rest = rest[1:]
    elif len(rest) == 2 and profile.mononyms and body and _place_short_form(rest[0], body, profile):
        rest = rest[1:]  # "Ketua DPRD Kobar Mulyadin", the text printing "Kabupaten ... (Kobar)"
    elif len(rest) == 2 and profile.mononyms and _place_then_mononym(toks[cut] if cut >= 0 else "", rest, body, profile):
        return rest[1:]  # "Kepala Pelaksana BPBD Lebak Kaprawi", "Dinas PU Kabupaten Bogor Soebiantoro"
    elif (len(rest) >= 3 or len(rest) == 2 and profile.mononyms) and body and _body_short_form(rest[0], body):
        rest = rest[1:]  # "Kepala Bapanas Arief Prasetyo Adi", the text printing "Badan Pangan Nasional (Bapanas)"
    if cut >= 0 and toks[cut].lower().strip(".,") in profile.named_facilities and body:
        named = _after_facility(toks[cut], rest, body)
        if named is not None:
            return named
    if len(rest) == 1 and cut >= 1 and _unplaced_mononym(toks[:cut + 1], rest[0], profile, body):
        return rest
    if len(rest) == 1 and cut >= 2 and _placed_mononym(toks[:cut + 1], rest[0], profile, body):
        return rest
    # ("Kombes Pol Dirmanto": two titles in a row, a rank and its corps, before one name)
    ranked = cut >= 1 and toks[cut - 1].lower().strip(".,") in profile.titles and \
        toks[cut].lower().strip(".,") in profile.titles
    if len(rest) == 1 and cut >= 0 and _mononym_after(toks[cut], rest[0], profile, body, ranked):
        return rest
    # (a one-word rest is kept whole: "Prime Minister", "Chief Executive" hold no name at all)
    return rest if len(rest) >= 2 else toks


def _office_goes_on(word: str, profile: Profile) -> bool:
    """The word after an office's titles still belongs to the office: an office's word
    ("Sekretaris Negara"), a word that finishes a title ("Direktur Utama") or an institution's
    head noun ("Rektor Universitas")."""
    low = word.lower().strip(".,")
    return low in profile.office_words or low in profile.office_tails or low in profile.named_facilities


def _office_marks(toks: List[str], office: Callable[[str], bool], profile: Profile) -> List[int]:
    """Where the office's words stand among a holder's words: an office's word, title or
    acronym; a word that finishes the title just before it ("Direktur Utama"); an institution's
    head noun right after an office's word ("Direktur Utama Bandara"); the capitalised word
    after a lower-case "dan" that follows an office's word ("Kementerian Komunikasi dan
    Digital")."""
    marks: List[int] = []
    for i, t in enumerate(toks):
        low = t.lower().strip(".,")
        if office(t):
            marks.append(i)
        elif marks and marks[-1] == i - 1 and (low in profile.office_tails or low in profile.named_facilities):
            marks.append(i)
        elif marks and marks[-1] == i - 2 and toks[i - 1] in profile.name_conjunctions \
                and t[:1].isupper() and not t.isupper() and i < len(toks) - 2:
            marks.append(i)
    return marks


def _after_facility(noun: str, rest: List[str], body: str) -> Optional[List[str]]:
    """The holder's name after an institution's head noun and its proper name ("Bandara Dhoho
    Maryadi Suhardi", "Universitas Gadjah Mada Ova Emilia"): the fewest words after the noun
    that the text prints after it elsewhere without the next ("Bandara Dhoho Kediri akan ...",
    "di Universitas Gadjah Mada,"); none without such evidence."""
    for i in range(1, len(rest)):
        inst = noun + " " + " ".join(rest[:i])
        if body.count(inst) > body.count(inst + " " + rest[i]):
            return rest[i:]
    return None


def _unplaced_mononym(office: List[str], word: str, profile: Profile, body: str) -> bool:
    """One capitalised word after a national office spelled out ("Menteri Sekretaris Negara
    Pratikno", "Menteri Pertanian Amran"): the holder's one name, as no place follows such an
    office; not a country ("Menteri Luar Negeri Jepang"), an office's word, an acronym, nor a
    word the text prints as a place."""
    if not profile.mononyms or not any(t.lower().strip(".,") in profile.unplaced_titles for t in office):
        return False
    core = word.strip(".,")
    low = core.lower()
    spelled = " ".join(office).lower()
    if any(spelled.endswith(f) for f in profile.foreign_offices) and low not in profile.given_names:
        return False  # ("Perdana Menteri Hongaria", "Menteri Luar Negeri Yordania": the country)
    return _lone_name(office, word, profile, body)


def _placed_mononym(office: List[str], word: str, profile: Profile, body: str) -> bool:
    """One capitalised word after an office whose body or title ends in a place spelled out
    with its compass word ("Kepala BPS Jawa Barat Marsudijono", "Ketua DPRD Jawa Timur
    Kusnadi", "Wali Kota Jakarta Selatan Munjirin"): the place closes the office, so the word
    after it is the holder's one name; not a day, a month, a known city, an office's word or a
    word the text prints as a place ("Kepala BPS Jawa Barat Senin", "... Jawa Barat Bandung")."""
    if not profile.mononyms:
        return False
    place, before = office[-1].strip(".,"), office[-2].strip(".,")
    if place.lower() not in profile.place_directions or not place[:1].isupper() \
            or not before[:1].isupper() or before.isupper() or before.lower() in profile.office_words:
        return False  # ("Jawa Barat", "Sulawesi Selatan": a place's name before the compass word)
    if not any(t.lower().strip(".,") in profile.office_words or t.lower().strip(".,") in profile.titles
               or ACRONYM.match(t.strip(".,")) for t in office[:-2]):
        return False  # (an office, or a body's acronym, stands before the place)
    low = word.strip(".,").lower()
    if low in profile.place_units or low in profile.place_directions or low in profile.word_cities \
            or low in profile.stopwords:
        return False
    return _lone_name(office, word, profile, body) and not (body and _printed_as_dateline(word.strip(".,"), body))


def _lone_name(office: List[str], word: str, profile: Profile, body: str) -> bool:
    """The word after an office can be its holder's one name: capitalised, no acronym, none of
    an office's words, bodies, facilities ("Stasiun", "Bandara"), titles, countries, known
    cities, days or months, and not printed as a place elsewhere in the text."""
    core = word.strip(".,")
    low = core.lower()
    if not core[:1].isupper() or core.isupper() or len(core) < 3 or low in profile.office_words \
            or low in profile.office_tails or low in profile.named_bodies or low in profile.named_facilities \
            or low in profile.titles or low in merged().foreign_countries or low in profile.dateline_cities \
            or low in merged_days() or low in merged_months():
        return False
    # (the place's evidence read outside this phrase: "Negara Pratikno" is a word after an office's)
    elsewhere = body.replace(" ".join(office) + " " + word, "")
    return not (elsewhere and _printed_as_place(core, "\x00", elsewhere, profile))


def _name_opened(toks: List[str], profile: Profile) -> List[str]:
    """The name after an office and its body or place, where a given name that only opens
    names starts it ("Kantor SAR Maumere Putu Arga Sujarwadi" -> "Putu Arga Sujarwadi",
    "Daerah NTB Lalu Gita Ariadi"), with the titles a name opens with before it ("Badung I
    Made Mudra", "Kompol Gusti Ngurah Putu Yudistira", "Kadis Dewa Made Indra"): none unless
    an office's word or a title stands before the name, and a name of two words or more
    follows the given name, none of them an office's ("Kasat Lalu Lintas Polres Bogor ..."
    holds an office after "Lalu"); a name with no office before it is read whole elsewhere
    ("I Gusti Ngurah Putu Wirawan", "Jro Mangku Wayan Suena")."""
    if not profile.name_openers:
        return []
    at = next((i for i, t in enumerate(toks) if i >= 1 and t.lower() in profile.name_openers
               and t[:1].isupper() and not t.isupper()), None)
    if at is None or len(toks) - at < 2:
        return []
    rest = toks[at + 1:]
    if any(t.lower().strip(".,") in profile.office_words or t.lower().strip(".,") in profile.titles
           or not t[:1].isupper() or ACRONYM.match(t.strip(".,")) for t in rest):
        return []
    # (back over the titles a name opens with: "I Made Mudra", "Anak Agung Gede Agung", "Dewa
    # Made Indra"; one alone that also ends a body's name is the body's, "Kejaksaan Agung
    # Ketut Sumedana")
    j = at
    while j > 0 and toks[j - 1][:1].isupper() and (
            toks[j - 1].lower() in profile.name_prefixes or toks[j - 1].lower() in profile.name_articles):
        j -= 1
    if at - j >= 2 or at - j == 1 and toks[j].lower() not in profile.paired_prefixes:
        at = j
    if at == 0:
        return toks  # (titles from the first word on: the name whole, "Anak Agung Ayu Made Sri")
    if not any(t.lower().strip(".,") in profile.office_words or t.lower().strip(".,") in profile.titles
               or ACRONYM.match(t.strip(".,")) for t in toks[:at]):
        return []  # (no office before: "Ida Bagus Gede Sudiana", "Kue Putu Bambu Sari")
    return toks[at:]


def _place_then_mononym(mark: str, rest: List[str], body: str, profile: Profile) -> bool:
    """Two words after a place's unit ("Kabupaten Bogor Soebiantoro") or after a regional
    office or an office's acronym ("BPBD Lebak Kaprawi") when the text prints the first as a
    place elsewhere ("di Lebak", a dateline "LEBAK -") or it is a known city: the place, then
    a one-word name. ("Gubernur Anies Baswedan", "Ketua DPRD Euis Ida": a name of two words.)"""
    low = mark.lower().strip(".,")
    first, name = rest[0].strip(".,"), rest[1].strip(".,")
    if not name[:1].isupper() or len(name) < 3 or ACRONYM.match(name) or ACRONYM.match(first) \
            or name.lower() in profile.office_words or name.lower() in profile.titles:
        return False
    if not (low in profile.place_units or low in profile.regional_offices or ACRONYM.match(mark.strip(".,"))):
        return False
    return first.casefold() in profile.dateline_cities or bool(body) and (
        _printed_as_place(first, name, body, profile)
        or _printed_as_dateline(first, body))


def _printed_as_dateline(word: str, body: str) -> bool:
    """The text prints the word in capitals as a dateline's place ("LEBAK -", "KUDUS (Antara)")."""
    # (the word's capitals looked for first: the pattern, new for each word, is compiled only for
    # a text that prints them, as every page-made pattern below is)
    upper = word.upper()
    return upper in body and re.search(r"(?<![\w'’\-])" + re.escape(upper) + r"(?=\s*[,(–—-])", body) is not None


def _given_name_next(words: List[str], office: str, body: str, profile: Profile) -> bool:
    """The second word is a given name of the page's language and the first, capitalised, is
    none nor a title a name opens with, and is a place by evidence: the office always takes a
    place ("Kepala Lapas Salemba Bambang Irawan"), or the text prints the word as a place
    elsewhere ("di Kudus", a dateline "KUDUS -"). ("Teuku Muhammad Rizal", "Siti Nur Azizah":
    the first word is the name's; "Ketua DPRD Kustini Sri Purnomo": no evidence, the name's.)"""
    if not profile.mononyms or len(words) < 3 or words[1].casefold() not in profile.given_names:
        return False  # (where middle names are given names too, "Carrie Ann Inaba", no place is read)
    first = words[0].strip(".,")
    low = first.casefold()
    if not (first[:1].isupper() and not first.isupper() and low not in merged().given_names
            and low not in profile.name_prefixes and low not in profile.titles and low not in profile.office_words):
        return False
    return office.lower().strip(".,") in profile.placed_offices or bool(body) and (
        _printed_as_place(first, words[1], body, profile)
        or _printed_as_dateline(first, body))


def _region_before_name(rest: List[str], body: str, profile: Profile, office: str = "") -> bool:
    """The first of the words after a regional office is its region, not the name's first
    word: the text prints it as a place elsewhere ("di Kuningan", a dateline "KUNINGAN -"), or,
    before a name of two words, prints the name without it ("Agus Mauludin menambahkan"), or
    is followed by a given name ("Lapas Salemba Bambang Irawan")."""
    if len(rest) == 3 and _given_name_next(rest, office, body, profile):
        return True
    if _printed_as_place(rest[0], rest[1], body, profile) or \
            rest[0].upper() in body and \
            re.search(r"(?<![\w'’\-])" + re.escape(rest[0].upper()) + r"(?![\w'’\-])", body) and not rest[0].isupper():
        return True
    name = " ".join(rest[1:])
    return len(rest) == 3 and body.count(name) > body.count(" ".join(rest))


def _mononym_after(mark: str, word: str, profile: Profile, body: str, ranked: bool = False) -> bool:
    """One name after an office printed as an acronym or a rank ("Kepala BMKG Daryono",
    "AKBP Budiyanto", "Ipda Purbawa"; `ranked`: after two titles in a row, "Kombes Pol Dirmanto"): many
    Indonesians have one name only. A word after an office spelled out ("Menteri Pertanian")
    is the office's, and a place after an acronym ("BPBD Jateng") is the office's when the
    text prints it as a place elsewhere."""
    mark = mark.strip(".,")
    if not profile.mononyms or not (ranked or ACRONYM.match(mark) or mark.lower() in profile.ranks) \
            or not word[:1].isupper() or len(word) < 3 or ACRONYM.match(word):
        return False
    low = word.lower().strip(".,")
    if low in profile.office_words or low in profile.titles:
        return False
    return not (body and _printed_as_place(word, "\x00", body, profile))


_LAST_WORD = rx(r"[^\W\d_]+$")


def _printed_as_place(word: str, then: str, body: str, profile: Profile) -> bool:
    """The word stands in the text after a place particle or an office word ("di Bandung",
    "Kabupaten Bandung"), not followed by the word that follows it in the name ("to Van Der
    Beek" prints a name)."""
    # (the word's printings found first, the word before each read after: a pattern that
    # opened with the word before went back over every word of the text)
    if " " + word not in body:
        return False  # (no printing: the pattern, new for each word, is not compiled)
    for m in re.finditer(r" " + re.escape(word) + r"\b(?! " + re.escape(then) + ")", body):
        before = _LAST_WORD.search(body, max(0, m.start() - 40), m.start())
        if before and (before.group(0).lower() in profile.place_particles
                       or before.group(0).lower() in profile.office_words and not before.group(0).isupper()):
            # (not after an acronym, "DPR RI Saleh Daulay": names follow those)
            return True
    return False


def _place_short_form(word: str, body: str, profile: Profile) -> bool:
    """The word is printed as a place's short form, in parentheses after the place's name
    with its unit: "Kabupaten Kotawaringin Barat (Kobar)"."""
    if "(" + word + ")" not in body:
        return False
    units = "|".join(re.escape(u) for u in sorted(profile.place_units, key=longest_first))
    return bool(units) and re.search(r"\b(?:" + units + _u(r")\.? (?:[A-Z][\w'’\-]* ){1,3}\(") + re.escape(word) + r"\)",
                                     body, re.I) is not None


def _territory_first(toks: List[str], body: str, profile: Profile) -> bool:
    """Three or four words after a territory's head ("Bupati Sleman Kustini Sri Purnomo"): the first is
    the territory when it is no given name, the text prints it alone only as a place ("di
    Sleman") or not at all, and prints the next word alone (the person's short form, "ungkap
    Kustini"). ("Bupati Muhammad Ali Akbar Siregar": a given name opens it; "Bupati Harda
    Kiswaya Santoso" ... "ungkap Kiswaya": a name of three words, its second the one used.)"""
    def alone(word: str, then: str) -> bool:
        return word in body and \
            re.search(r"(?<![\w'’\-])" + re.escape(word) + r"(?! " + re.escape(then) + r")(?![\w'’\-])", body) is not None
    first = toks[0].strip(".,")
    return first[:1].isupper() and not ACRONYM.match(first) and first.casefold() not in merged().given_names \
        and first.casefold() not in profile.place_units \
        and (first.casefold() in profile.dateline_cities or _printed_as_place(first, toks[1], body, profile)) \
        and alone(toks[1], toks[2]) and not _printed_as_place(toks[1], toks[2], body, profile)


def _body_short_form(word: str, body: str) -> bool:
    """The word is printed as a body's short form, in parentheses after its name of three
    capitalised words or more: "Badan Pangan Nasional (Bapanas)" (a person's nickname follows
    a name of two words or so: "Joko Widodo (Jokowi)")."""
    return len(word) >= 3 and word[:1].isupper() and "(" + word + ")" in body and re.search(
        _u(r"(?:[A-Z][\w'’\-]* ){3,}\(") + re.escape(word) + r"\)", body) is not None


_ORG_PREFIXES = frozenset({"pt", "cv"})  # legal forms printed before a company's name


_GIVEN_BEFORE = rx(r"(?<![\w'’\-])([A-Z][a-z]+) $")  # one capitalised word just before a name


class _People:
    """Who the article names, with the short forms and titles that stand for them."""

    def __init__(self, body: str, profile: Profile) -> None:
        self.body = body
        self.profile = profile
        self.names: List[str] = []
        self.aliases: Dict[str, str] = {}
        # the people only a clause's titled subject registered ("Council member Jane Roe voted")
        self.clause_titled: set = set()

    def add(self, name: str) -> str:
        """Register a full name; return the full form it resolves to."""
        toks = name.strip(" ,.").split()
        # "Menurut Rudiarta", "PT Astra Otoparts Tbk Yusak Kristian": drop what precedes the name
        orgs = [i for i, t in enumerate(toks) if t.lower().strip(".") in merged().org_suffixes]
        if orgs == [0] and 3 <= len(toks) <= 5 and toks[-1].lower().strip(".,") in self.profile.office_words \
                and not any(t.lower().strip(".") in self.profile.titles for t in toks):
            # "PT Kereta Api Indonesia": a company that opens with its legal form and ends in a
            # body's word is the speaker whole (not "PT Pertamina Nicke Widyawati": a name ends it)
            name = " ".join(toks).strip(" ,.")
            if name not in self.names:
                self.names.append(name)
            return name
        if orgs and orgs[-1] < len(toks) - 1:
            prefix = toks[orgs[-1]].lower().strip(".") in _ORG_PREFIXES
            toks = toks[orgs[-1] + 1:]
            if prefix and len(toks) == 3 and not any(t.lower().strip(".,") in self.profile.office_words for t in toks):
                toks = toks[1:]  # "PT Pertamina Nicke Widyawati": the company's one word, then the name
        while len(toks) > 1 and toks[0].lower() in self.profile.stopwords:
            toks = toks[1:]
        toks = _without_lead_ins(toks, self.profile)
        toks = after_office(toks, self.profile, self.body)
        first = next((i for i, t in enumerate(toks) if t in merged().name_particles), len(toks))
        if first >= 2 and len(toks) - first > 2 and toks[first] in merged().affiliation_particles:
            # "Jacqueline Rioba von World Vision": the name, then where from (a surname of one
            # word may follow a title the text did not know: "Kapitän Virgil van Dijk")
            toks = toks[:first]
        while len(toks) > 1 and toks[-1] in merged().name_particles:
            toks = toks[:-1]  # ("Alexander von Preen der": a particle never ends a name)
        while len(toks) > 2 and _DEGREE_CODE.fullmatch(toks[-1].strip(".,")):
            toks = toks[:-1]  # (a degree or a code printed after the name: "dr X Y SpPD-KEMD mengungkap")
        name = " ".join(toks).strip(" ,.")
        if not name or name.lower() in self.profile.cue_demonstratives:
            return ""  # (a demonstrative standing for the words quoted, "Sådan sagde han", is no one)
        full = self.expand(name)
        if full != name:
            # ("KPK" -> "KPK Febri Diansyah": an office's acronym grown into the name after it)
            full = " ".join(after_office(full.split(), self.profile, self.body)).strip(" ,")
            if full.endswith(".") and len(full.rsplit(" ", 1)[-1]) > 3:
                full = full[:-1]  # the sentence's stop, not an initial's ("Lutz S.", "Jr.")
        if full not in self.names:
            self.names.append(full)
        for tok in full.split():
            if len(tok) > 2 and tok.lower() not in self.profile.titles and tok not in self.aliases:
                self.aliases[tok] = full
        return full

    def office_of(self, office: str, full: str) -> None:
        """A compound office the text gave a person stands for them after ("Leseforscher
        Christian Dawidowski" ... "sagt der Leseforscher")."""
        if not frozenset.__contains__(self.profile.titles, office.lower()):
            self.aliases.setdefault(office, full)

    def expand(self, name: str) -> str:
        """A one-word name to the fuller form the text gives it ("Widya" -> "Widya Agustiono")."""
        if len(name.split()) > 1:
            # a name given in full is taken as given, or as the fuller form the text gave it
            # before ("Ade Ary" -> "Ade Ary Syam Indradi")
            # (its first words: a longer form that ends with the name may open with a place,
            # "Lhoksukon Teuku Rahmatsyah")
            # (or with a middle name the short form leaves out: "Saleh Daulay" for "Saleh
            # Partaonan Daulay")
            words = name.split()
            return next((full for full in self.names if full.startswith(name + " ")),
                        next((full for full in self.names if len(words) == 2 and full.count(" ") >= 2
                              and full.split()[0] == words[0] and full.split()[-1] == words[1]), name))
        if name in self.aliases:
            return self.aliases[name]
        for full in self.names:
            if name in full.split():
                return full
        occurrences = list(_word_positions(self.body, name))
        thing = ""  # a building's or a body's name the mention opens
        place = False  # a thing's name that ends in a place's or a building's noun ("Trump Tower")
        first = ""  # the first fuller form the text prints after the mention
        for pos in occurrences:
            # ("Tara de Thouars" ... "Tara menyarankan": a surname after a particle in lower case)
            pm = _PARTICLE_TAIL.match(self.body, pos + len(name)) if not first else None
            if pm and pm.group(1) in merged().name_particles and pm.group(1) not in self.profile.locatives \
                    and pm.group(1) not in self.profile.stopwords:
                return name + " " + pm.group(1) + " " + pm.group(2)
            m = _TAIL_WORDS.match(self.body, pos + len(name))
            if m:
                tail = _name_tokens(m.group(1).split())
                keep = []
                for i, t in enumerate(tail[:3]):
                    # ("Lukman Hakim Saifuddin": a title that names people too, inside a name)
                    if t.lower() in self.profile.titles and not (
                            t.lower() in self.profile.name_titles and i + 1 < len(tail)):
                        break
                    if t.endswith(".") and len(t) > 4:
                        keep.append(t[:-1])  # "kata Budi Santoso. Budi menambahkan": the
                        break                # sentence ends with the name
                    keep.append(t)
                if not keep:
                    continue
                # ("Wakil Gubernur DKI Jakarta Ahmad Riza Patria" ... "kata Riza": a given name
                # printed just before the one the text uses opens the full name)
                given = _GIVEN_BEFORE.search(self.body, max(0, pos - 20), pos)
                if given and given.group(1).casefold() in self.profile.given_names:
                    first = first or given.group(1) + " " + name + " " + " ".join(keep)
                elif name.casefold() not in merged().given_names and _names_thing(keep, self.profile) \
                        and not _person_aside(self.body, m.end(), self.profile):
                    # "Castellane Tower", "Harlan County Sheriff's Office": a building's or a
                    # body's name the person's surname opens, no more of the person's name (not
                    # a given name's surname, "Lily Hall" for "Lily", nor a name an age or a
                    # role is set off after, "Chris Hall, a retired teacher,")
                    thing = thing or name + " " + " ".join(keep)
                    place = place or _names_place(keep, self.profile)
                elif not first:
                    # ("Robert F. Kennedy Jr.": the run printed before and after the mention is
                    # one name when the words before are given names and initials; not a role's
                    # word no profile lists, "Pedangdut Inul Daratista"; not where every noun is
                    # capitalised, "Kevin Holland-Moritz Geschäftsführer", a role after the name)
                    before = None if self.profile.nouns_capitalised else self._form_before(name, [pos])
                    lead = before.split()[:-1] if before else []
                    first = " ".join(lead + [name] + keep) if lead and all(
                        w.casefold() in merged().given_names or _INITIAL.match(w) for w in lead) else \
                        name + " " + " ".join(keep)
        if thing and name.casefold() not in merged().foreign_countries:
            # the text names things after the family (a tower, a firm): the form it prints
            # before the mention names the person ("Donald Trump"), before any other form
            # after it ("Trump Chicago", a hotel no noun marks); with none, main's first form.
            # A firm's or a body's name ("Boeing Company", "Ford Motor Company", "Lindqvist
            # Group") speaks for itself ("Boeing said in a statement"): its founder printed
            # before ("founded by William Boeing") is no speaker; only a form printed after a
            # title or a role is ("Chief executive Anna Lindqvist", "Sheriff Ed Harlan")
            return self._form_before(name, occurrences, titled=not place) or first or thing
        if first or thing:
            return first or thing  # (a country's subject: "Israel Public Affairs Committee", no person)
        for pos in _prefix_positions(self.body, name):
            # a short form of a longer first name ("Wisman" -> "Wismandari Wisnu")
            m = _LONGER_NAME.match(self.body, pos + len(name))
            if m:
                return " ".join(_name_tokens((name + m.group(0)).split()))
        return self._form_before(name, occurrences) or name

    def _form_before(self, name: str, occurrences: List[int], titled: bool = False) -> Optional[str]:
        """The fullest form of a one-word name the text prints with capitalised words just
        before the mention ("Paul Whitfield" for "Whitfield"), the commonest; None if none
        (`titled`: only forms printed after a title or a person's role)."""
        forms: Dict[str, int] = {}
        for start in occurrences:
            tail = _TAIL_WORDS.match(self.body, start + len(name))
            if tail and _names_thing(tail.group(1).split()[:3], self.profile):
                continue  # ("American Israel Public Affairs Committee": the words before are the body's)
            # the capitalised words just before this mention (a small window: no backtracking
            # over the whole body)
            window = self.body[max(0, start - 90):start]
            if not _may_end_with_name(window):
                continue
            m = _LEAD_WORDS.search(window)
            if not m:
                continue
            lead = m.group(2).split()
            if m.group(1)[:1].isupper() and m.group(1).lower() not in self.profile.titles and len(lead) == 1 \
                    and re.fullmatch(_u(r"[A-Z]\."), lead[0]):
                lead = [m.group(1)] + lead  # ("James P. Kennedy": a given name, then an initial)
            cut = [i for i, t in enumerate(lead) if t.lower().strip(".") in self.profile.titles]
            after_title = bool(cut) or m.group(1).lower() in self.profile.titles
            if titled and not (after_title or m.group(1).lower() in self.profile.person_roles):
                continue
            lead = lead[cut[-1] + 1:] if cut else lead
            # "Gempa Bumi dan Tsunami BMKG Daryono": an office's acronym after its other words
            # (or after a title) ends the office; what follows is the name
            offices = [i for i, t in enumerate(lead) if ACRONYM.match(t.strip(".,"))
                       or t.lower().strip(".,") in self.profile.office_words
                       or t.lower().strip(".,") in self.profile.named_facilities]
            mark = lead[offices[-1]] if offices else ""
            if offices and (offices[-1] > 0 or after_title):
                lead = lead[offices[-1] + 1:]
            if lead and mark.lower().strip(".,") in self.profile.named_facilities:
                # "Bandara Dhoho Maryadi": the words the text prints after the noun elsewhere
                # are the institution's name, not the holder's
                named = _after_facility(mark.strip(".,"), lead + [name], self.body)
                if named is not None:
                    lead = named[:-1]
            if lead and self.profile.mononyms and _place_short_form(lead[0], self.body, self.profile):
                lead = lead[1:]  # "Ketua DPRD Kobar Mulyadin": the office's place, then the name
            elif len(lead) == 1 and mark and self.profile.mononyms and \
                    _place_then_mononym(mark, [lead[0], name], self.body, self.profile):
                lead = []  # "BPBD Lebak Kaprawi": the office's place, then the name
            if len(lead) == 2 and _given_name_next(lead + [name], mark, self.body, self.profile):
                lead = lead[1:]  # "Bupati nonaktif Kudus Muhammad Tamzil": the place, then the name
            initial = bool(re.fullmatch(_u(r"(?:[A-Z]\.)+|[A-Z]{1,2}"), lead[-1])) if lead else False
            if len(lead) > 2 or (after_title and len(lead) == 2 and not initial):
                # "Aston Villa Dean Smith", "manajer Villa Dean Smith": a title is followed by
                # the club or place, then the name; only the nearest word is the name's
                lead = lead[-1:]
            full_lead = lead
            lead = _without_lead_ins(lead + [name], self.profile)[:-1]  # ("Still Whitfield said")
            # (the word printed before each word of the lead: a day is a time's only after a
            # small word, "on Monday Trump said"; a given name otherwise, "Monday Okpara")
            prior = [m.group(1)] + full_lead[:-1]
            prior = prior[len(full_lead) - len(lead):]
            cut = [i for i, t in enumerate(lead) if _no_name_word(t, self.profile, prior[i])]
            lead = lead[cut[-1] + 1:] if cut else lead  # ("China's Xi", "on Monday Trump")
            if lead and not any(t.lower() in self.profile.stopwords for t in lead):
                form = " ".join(lead) + " " + name
                forms[form] = forms.get(form, 0) + 1
        if forms:
            return sorted(forms, key=lambda f: (-forms[f], len(f.split())))[0]
        return None

    def resolve(self, phrase: str, at: int = -1) -> Optional[str]:
        """A speaker phrase to a person, or None when it names no one (`at`: where the body
        prints the phrase's quotation, when known)."""
        phrase = phrase.strip(" ,")
        if not phrase:
            return None
        initials = self._initials_of(phrase) if self.aliases.get(phrase, phrase) == phrase else None
        if initials:
            return initials
        if phrase in self.aliases:
            return self._printed_before(phrase, self.aliases[phrase], at)
        name, titles = _name_from_phrase(phrase, self.profile, self.body)
        if name:
            if name in self.aliases and len(name.split()) == 1:
                return self.aliases[name]
            return self.add(name)
        for t in titles:
            for key in (t, t.split()[-1]):
                if key in self.aliases:
                    return self.aliases[key]
        return None

    def _initials_of(self, phrase: str) -> Optional[str]:
        """The one person named before whose name's initials the phrase is, where the text ties
        the initials to the name: printed in brackets after it ("Shin Tae-yong (STY)") or
        given as what the person is called ("... yang akrab disapa AHY"). Initials the text
        never ties to a name are a body's, a title's or a team's as often ("said the CEO",
        "le PSG", "kata BPK" after "Budi Prasetyo Kurniawan"): no one is read from them."""
        low = phrase.lower()
        if not (3 <= len(phrase) <= 4 and phrase.isalpha() and phrase.isupper()) \
                or low in merged().agencies or low in merged().outlets \
                or low in self.profile.titles | self.profile.office_words:
            return None  # (two letters, an agency's, an outlet's or an office's: "said AP", "the CEO")
        found = {full for full in self.names if len(full.split()) >= 2 and not any(
            w.lower() in self.profile.office_words for w in full.split()) and phrase in (
            "".join(w[0] for w in full.split()).upper(),
            "".join(w[0] for w in full.replace("-", " ").split()).upper())
            and self._tied(full, phrase)}
        return found.pop() if len(found) == 1 else None

    def _tied(self, full: str, short: str) -> bool:
        """The text gives `short` as `full`'s own: in brackets just after the name ("Shin
        Tae-yong (STY)") or after the language's words for what one is called ("akrab disapa
        AHY") in the sentence that names the person."""
        called = self.profile.nickname or r"(?!)"
        return full in self.body and short in self.body and re.search(re.escape(full) + r"[^.!?()\n]{0,60}?(?:\(\s*" + re.escape(short) + r"\s*\)|(?:"
                         + called + r")" + re.escape(short) + r"\b)", self.body) is not None

    def _printed_before(self, word: str, full: str, at: int) -> str:
        """The person a one-word name stands for at `at`: the full name it was given, or,
        when the body prints that full name only after `at` and another full name ending in the
        word before it, that one ('"...," says Achebe' after "Samuel Achebe" and before "His
        daughter, Ruth Achebe"; a family shares its surname)."""
        first = self.body.find(full)
        if at < 0 or " " in word or full == word or first < at:
            return full  # (printed before, or never whole: "Ade Ary\nSyam Indradi")
        # (one word before it where every noun opens in a capital: "Essayisten László Földényi")
        before = "{1}" if self.profile.nouns_capitalised else "{1,2}"
        earlier = [m.group(1) for m in re.finditer(_u(r"(?<![\w'’\-])((?:[A-Z][\w'’\-]*\s)") + before + re.escape(word)
                                                 + r")(?![\w'’\-])", self.body[:at])] if word in self.body[:at] else []
        # ("Though Whitfield said" before "Paul Whitfield": the clause's opening word is no given name)
        earlier = [e for e in earlier if len(_without_lead_ins(e.split(), self.profile)) > 1]
        names = [e for e in earlier if all(_plain_name_word(w, self.profile) for w in e.split())]
        return names[-1] if names and not full.endswith(" " + names[-1]) else full

    def mentions(self, before: Optional[int] = None) -> List[Tuple[int, str]]:
        """Where each known person (or an alias of theirs) is named in the body (up to
        `before`, if given)."""
        # every full name is registered with its words as aliases, so one pass over the
        # capitalised words of the body finds every mention
        out: List[Tuple[int, str]] = []
        if not self.aliases:
            return out
        end = len(self.body) if before is None else before
        for m in word_matches(_CAP_WORD, self.body):
            if m.start() >= end:
                break
            if m.group(0) in self.aliases:
                out.append((m.start(), self.aliases[m.group(0)]))
        return out


@lru_cache(maxsize=None)
def _nickname_rx(profile: Profile) -> "re.Pattern[str]":
    """A run of capitalised words, then a short name in parentheses or after a link word."""
    links = "|".join(map(re.escape, sorted(profile.nickname_links)))
    return rx(r"((?:[A-Z][\w'’\-]* ){1,5}[A-Z][\w'’\-]*) (?:\(([A-Z][a-z][\w'’\-]*"
                      r"(?: [A-Z][a-z][\w'’\-]*)?)\)|(?:" + links + r") ([A-Z][a-z][\w'’\-]*)\b)")


def _nicknames(body: str, people: _People, profile: Profile) -> None:
    """Register a name with the short name the text gives it: "Basuki Tjahaja Purnama (Ahok)",
    "Basuki Tjahaja Purnama atau Ahok" ('kata Ahok' is then Basuki Tjahaja Purnama). An
    office's short form ("Badan Pengawas Pemilu (Bawaslu)") is none: what precedes it is an
    office's name, its short form opens with the office's first letter."""
    if not profile.nickname_links:
        return
    for m in _nickname_rx(profile).finditer(body):
        nick = m.group(2) or m.group(3)
        toks = m.group(1).split()
        full = after_office(toks, profile, body)
        low = [t.lower() for t in full]
        if len(full) < 2 or nick in full or any(w in profile.office_words or w in profile.titles
                                                for w in low):
            continue
        if toks[0].lower() in profile.office_words and nick[0] == toks[0][0]:
            continue
        name = people.add(" ".join(full))
        people.aliases.setdefault(nick, name)
    for short, known in profile.known_nicknames.items():
        # ("Presiden Joko Widodo ... kata Jokowi": a short name the press gives without the link)
        if known in body:
            printed = re.search(r"(?<![\w'’\-])" + re.escape(short) + r"(?![\w'’\-])", body, re.I)
            other = re.search(r"(?<![\w'’\-])(?i:" + re.escape(short) + r") (?!" + re.escape(known.split()[-1]) + r")[A-Z][a-z]", body)
            if printed and printed.group(0)[:1].isupper() and not other:
                people.aliases.setdefault(printed.group(0), people.add(known))


# "(Menkominfo RI), Johnny G Plate,": a title in parentheses, then the name it belongs to
_TITLED_APPOSITIVE = rx(r"\(([A-Z][\w ]{1,30})\),\s+((?:[A-Z][\w'’\-]*\.?\s){1,4}[A-Z][\w'’\-]*\.?)\s?[,.]")
_SENTENCE_PART = rx(r"[.;\"“”\n]")


def _appositives(body: str, people: _People, profile: Profile) -> None:
    """Register people introduced with a title: "Menteri X (Menkominfo RI), Johnny G Plate,"."""
    _nicknames(body, people, profile)
    # (words parted by spaces: a pattern that let a word end anywhere tried every way of
    # cutting a long token into words, exponential on a line of one glued word)
    for m in _TITLED_APPOSITIVE.finditer(body):
        name = m.group(2).strip()
        toks = name.split()
        if any(t.lower() in profile.titles for t in toks[1:]):
            continue
        full = people.add(name)
        abbr = m.group(1).strip()
        if abbr.split()[0].lower() in profile.titles or len(abbr) <= 12:
            people.aliases.setdefault(abbr, full)
            people.aliases.setdefault(abbr.split()[0], full)
    # "Walter Brooks, who has grown ...": a name that a person's relative pronoun follows
    if profile.person_relatives:
        for m in _relative_matches(body, profile.person_relatives):
            toks = m.group(1).split()
            while toks and toks[0].lower().strip(".") in profile.titles:
                toks = toks[1:]  # "Mr Moeketsi, who": the title is not the name
            if len(toks) > 3:
                toks = toks[-2:]  # "at Ocean Florida Abby Dunn, who": the name is last
            if len(toks) >= 2 and not any(t.lower() in profile.titles for t in toks):
                people.add(" ".join(toks))
    # "Kepala Seksi ... (BIL), Eka Asmadi, saat": a name set off by commas after a title
    for m in _apposition_rx(profile).finditer(body):
        toks = m.group(1).split()
        while len(toks) > 1 and toks[0].lower() in profile.honorifics:
            toks = toks[1:]  # "Kepala Dinas Pendidikan, Ibu Dr. Siti Aminah, M.Pd., ..."
        while len(toks) > 1 and toks[0].lower().strip(".") in profile.titles and toks[0].endswith("."):
            toks = toks[1:]  # (and a title's abbreviation after it, "Dr.")
        name = " ".join(toks)
        if not all(_CAP.match(t) for t in name.split()) or name.split()[0].lower() in profile.titles \
                or name.split()[0].lower().strip(".") in profile.place_units:
            continue  # (nor a place: "dengan Kota Bandung, Kab. Bandung, dan ...")
        if any(w.group(1).lower() not in profile.titles for w in _SENTENCE_STOP.finditer(name + " ")):
            continue  # "di Jakarta, Minggu.\nDani mengatakan": a sentence ends inside it
        clause = _SENTENCE_PART.split(body[max(0, m.start() - 80):m.start()])[-1]
        if any(w.lower() in profile.titles for w in re.findall(r"\w{4,}", clause)) or \
                len(toks) >= 2 and body.startswith(",", m.end(1)) and _described_before(clause, profile):
            people.add(name)


def _described_before(clause: str, profile: Profile) -> bool:
    """The words before a name set off by commas on both sides are a description of a person
    in lower case opened by an article ("Others, like a private security guard, Jamel Rabel,
    were"): no clause ("a deal was possible, X told"), nor a place after a locative ("in a
    small town, New Haven,")."""
    words = clause.rsplit(",", 1)[-1].split()
    if not 2 <= len(words) <= 6 or not all(w.islower() for w in words) or words[0] in profile.locatives:
        return False
    opener = next((i for i, w in enumerate(words[:2]) if w in profile.apposition_openers), None)
    return opener is not None and not any(w in profile.stopwords for w in words[opener + 1:])


# a word of four letters or more and a stop: a sentence's end ("Minggu. "), not a short
# form's dot ("Moh.", "Dr.", "H.")
_SENTENCE_STOP = rx(r"\b([A-Z][a-z]{3,})\.\s")
# a name (and an age) set off by a comma, then a role in lower case: "Siti Komariah (47), warga "
_ROLE_SET_OFF = rx(r"(?<![\w'’\-])([A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){1,3})(?: \(\d{1,3}\))?, ((?:[a-z][\w\-]* ){1,3})$")
# a connective set off by a comma that may open a sentence before its subject: "Sementara itu, "
_CONNECTIVE = rx(r"[A-Z][a-z]+(?: [a-z]+){0,2},")


def _opens_own_sentence(body: str, at: int, name: str, profile: Profile) -> bool:
    """The name at `at` opens its sentence: nothing before it since the last sentence's end or
    paragraph break, or only a connective set off by a comma ("Sementara itu, Siti Komariah");
    not a name after a lead-in word ("Selain Budi Santoso,", "Unlike John Smith,")."""
    if name.split(" ", 1)[0].lower() in profile.lead_in_words:
        return False
    lo = max(0, at - 40)
    cut = max(body.rfind(c, lo, at) for c in ".!?\n\"”")
    before = body[cut + 1 if cut >= 0 else lo:at].strip()
    if cut < 0 and lo > 0:
        return False
    return not before or bool(_CONNECTIVE.fullmatch(before)) and before.split(" ", 1)[0].lower() not in profile.lead_in_words


_NAME_BEFORE = rx(r"(?<![\w'’\-])([A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){1,3})$")


def _relative_matches(body: str, words: Tuple[str, ...]) -> Iterator["re.Match[str]"]:
    """The names that a relative pronoun follows ("X Y, who"), found from each ", who" back
    (a pattern led by the name would be tried at every capital of the text)."""
    for word in words:
        key = ", " + word
        at = body.find(key)
        while at >= 0:
            end = at + len(key)
            if end >= len(body) or not (body[end].isalnum() or body[end] == "_"):
                m = _NAME_BEFORE.search(body, max(0, at - 80), at)
                if m:
                    yield m
            at = body.find(key, at + 1)


@lru_cache(maxsize=None)
def _apposition_rx(profile: Profile) -> "re.Pattern[str]":
    ends = "|".join(sorted(profile.speaker_stops | profile.cue_before))
    return rx(r",\s+((?:[A-Z][\w'’\-]*\.?\s){1,3}[A-Z][\w'’\-]*\.?)(?=,|\s+(?:" + ends + r")\b)")


@lru_cache(maxsize=None)
def _with_all_titles(profile: Profile) -> Profile:
    """The profile with every language's titles: Indonesian pages say "CEO" and "Manager";
    and with the compound titles every language's title endings make ("Bundesministerin").
    A one-letter title is the page's language's only: French "M." (Monsieur) is an initial,
    Muhammad's, in "M. Agus Budiantoro"; so is a language's local title ("Atty Suharti",
    "Kang Shao Pin": `Profile.local_titles`)."""
    titles = frozenset(t for t in merged().titles if len(t) > 1 and t not in merged().local_titles) \
        | profile.titles
    return replace(profile, titles=_Titles(titles, merged().title_endings))


class _Titles(frozenset):
    """A set of titles that also holds every word ending in a title ending ("Vorstandschef",
    "Integrationsministerin"): German writes its offices as one word."""

    endings: Tuple[str, ...] = ()

    def __new__(cls, titles: FrozenSet[str], endings: Tuple[str, ...]) -> "_Titles":
        made = super().__new__(cls, titles)
        made.endings = endings
        return made

    def __contains__(self, word: object) -> bool:
        return frozenset.__contains__(self, word) or (
            isinstance(word, str) and len(word) > 4 and word.endswith(self.endings))


# a run of capitalised words at a text's end: a speech verb's subject, or the name before a
# chain of places
# (a dot only after a short word, an initial or a title: "J. Smith", "Dr. Budi", "Retno L.P.
# Marsudi"; "Samsung." ends a sentence)
_SUBJECT_RUN = rx(r"((?:[A-Z](?:" + _SHORT_DOTTED + r"|[\w'’\-]*) ){0,4}[A-Z][\w'’\-]*)$")
# a capitalised word and lower-case words before a subject run ("Jan de | Vries said"): the
# words are a name's particles when the profile knows them so
_PARTICLES_BEFORE = rx(r"(?<![\w'’\-])([A-Z][\w'’\-]*) ((?:[a-z]+ ){1,2})$")


# a capitalised word that opens a sentence or a line, a capitalised word after it (the text's
# own first word is tried apart, by _TEXT_OPENER: see _sentence_openers)
# (written "[.!?\n]" then a space unless that was the line break: the plain "(?:[.!?] |\n)"
# opens with a branch, which the engine does not skip ahead by, and it tried the pattern at
# every place of the text; test_fastpaths proves the two the same)
_SENTENCE_OPENER = rx(r"[.!?\n](?:(?<=\n)|(?<!\n) )([A-Z][\w'’\-]*) (?=[A-Z])")
_TEXT_OPENER = rx(r"([A-Z][\w'’\-]*) (?=[A-Z])")
# (a party's or a state's letters in parentheses may follow the name: "Statsminister Mette
# Frederiksen (S) glæder sig", "Senator Jane Roe (R-Texas) voted")
_TITLED_RUN = rx(r"([A-Z][\w'’\-]* (?:[A-Z][\w'’.\-]* ){1,7}[A-Z][\w'’\-]*)(?: \([A-Z][\w\-]{0,11}\))? [a-z]")


def _sentence_openers(body: str) -> Iterator["re.Match[str]"]:
    """The matches of "(?:^|[.!?] |\\n)([A-Z][\\w'’\\-]*) (?=[A-Z])" in the body, as finditer
    finds them: the text's start tried apart, so that the pattern searched opens with a stop or a
    line break, which the engine skips ahead to (one that may match at the start is tried at
    every place). No match overlaps another (a match holds no stop nor line break)."""
    if body[:1].isupper():
        m = _TEXT_OPENER.match(body)
        if m:
            yield m
    yield from _SENTENCE_OPENER.finditer(body)


def _titled_subjects(body: str, people: _People, profile: Profile) -> None:
    """Register a person a sentence opens with under their title, whatever the verb: "Wali
    Kota Bogor Bima Arya meninjau lokasi banjir." (a later "ucapnya" or "Dia menambahkan,"
    points back to them). The run must open with a title and end in a name of two words or
    more that are no office's."""
    if not profile.titles:
        return
    for o in _sentence_openers(body):
        if o.group(1).lower() not in profile.titles:
            continue  # (most sentences open with no title: the run is read only after one)
        m = _TITLED_RUN.match(body, o.start(1))
        if not m:
            continue
        toks = m.group(1).split()
        name = after_office(toks, profile, body)
        if name is toks or not 2 <= len(name) <= _NAME_WORDS or any(
                t.lower().strip(".") in profile.titles or t.lower() in profile.office_words
                or ACRONYM.match(t) for t in name):
            # (more words than a name has, or a body's acronym: the office's words went on
            # past what after_office knows, "Ketua Dewan Pembina Tim Pemenangan Pulau Komodo
            # Jusuf Kalla", "Ketua Bidang Pawai Ta'ruf STQ ke-XXV")
            continue
        people.add(" ".join(name))


_NAME_WORDS = 4  # a person's name, office words cut off, has at most this many words
# a title in lower case opening a sentence, or after a short clause set off before it ("Sementara
# itu, pelatih timnas Shin Tae-yong enggan ..."), up to three words in lower case, then a name
# and a word in lower case
_LOWER_TITLED = rx(r"(?:^|(?<=[.!?] )|(?<=\n)|(?<=, ))([a-z][\w\-]*)((?: [a-z][\w\-]*){0,3})"
                   r"((?: [A-Z][\w'’\-]*){2,4}) [a-z]")


def _reports_speech(clause: List[str], profile: Profile) -> bool:
    """A short clause set off before a sentence that says whose words it reports ("Menurutnya",
    "Menurut dia", "Kata dia", "According to him")."""
    first = clause[0].lower().strip(",")
    if profile.pronoun_suffix and first.endswith(profile.pronoun_suffix):
        first = first[:-len(profile.pronoun_suffix)]
    return any(first == w.split()[0] for w in merged().according_to) or first in profile.cue_after \
        or first in profile.cue_before


# where a _LOWER_TITLED match may start after the string's start: a word in lower case after a
# stop or a comma and a space, or after a line break, then a space
# (the stop and its space written as _SENTENCE_OPENER's are, for the engine to skip ahead by)
_LOWER_START = rx(r"[.!?,\n](?:(?<=\n)|(?<!\n) )([a-z][\w\-]*)(?= )")


def _lower_titled_matches(body: str, titles: FrozenSet[str]) -> Iterator["re.Match[str]"]:
    """The matches of _LOWER_TITLED.finditer(body) whose first word is a title, found by
    trying the pattern at a title only. The same: a match starts at a sentence's, a line's or
    a clause's first word only and holds no stop, comma or line break, so no match overlaps
    the next one's start and finditer finds one at every place where match() finds one; its
    first word is the whole run of word characters there (a space must follow it)."""
    if body[:1].islower():
        m = _LOWER_TITLED.match(body)
        if m and m.group(1) in titles:
            yield m
    for w in _LOWER_START.finditer(body):
        if w.group(1) in titles:
            m = _LOWER_TITLED.match(body, w.start(1))
            if m:
                yield m


def _lower_titled_subjects(body: str, people: _People, profile: Profile) -> None:
    """Register a person a sentence opens with under a title in lower case, whatever the verb:
    "Sementara itu, pelatih timnas Shin Tae-yong enggan berkomentar." (a later "katanya"
    points back to them, not to whoever spoke before)."""
    for m in _lower_titled_matches(body, profile.titles):
        if body[m.start() - 2:m.start()] == ", ":
            opened = max(body.rfind(". ", 0, m.start()), body.rfind("\n", 0, m.start()))
            clause = body[opened + 1:m.start() - 2].split()
            if not clause or len(clause) > 3 or not clause[0][:1].isupper():
                continue  # (a list's item or a clause's object, not a sentence's subject)
            if _reports_speech(clause, profile):
                continue  # ("Menurutnya, pelatih Andi salah memilih": what someone else says)
        if profile.passive_verb and rx(profile.passive_verb).match(body, m.end() - 1):
            continue  # ("pelatih Andi Wijaya dipecat": acted on, not speaking)
        if any(w in profile.stopwords for w in m.group(2).split()):
            continue
        toks = _name_tokens(m.group(3).split())  # (no degree: "dr X Y SpPD-KEMD")
        name = after_office(toks, profile, body)
        if not 2 <= len(name) <= _NAME_WORDS or any(
                t.lower().strip(".") in profile.titles or t.lower() in profile.office_words
                or ACRONYM.match(t) for t in name):
            continue
        people.add(" ".join(name))
    if profile.stance_verbs:
        _role_opened_subjects(body, people, profile)


# a word in small letters (a title or a role, tested after), a name of two to four capitalised
# words, then a word in small letters: "..., and transport minister Thomas Danielsen is ready"
# (the word's first letter before the look-behind that tests the character before it, which
# the engine then tries only where a small letter stands; the words' letters taken whole, *+:
# a space follows each, which none of their letters is, so giving one back never matches,
# and a word not followed by a name fails at once. Same matches; 0.83 of the instructions)
_TITLE_NAME_VERB = rx(r"([a-z](?<![\w'’\-][a-z])[\w\-]*+) ((?:[A-Z][\w'’\-]*+ ){1,3}[A-Z][\w'’\-]*+)"
                     r"(?: \([A-Z][\w\-]{0,11}\))? ([a-z][\w\-]*)")
# where a _TITLE_NAME_VERB match's name may begin: the space after its first word, a capitalised
# word and a space, then a capital (a name is of two words or more)
_NAME_AFTER_SPACE = rx(r" (?=[A-Z][\w'’\-]*+ [A-Z])")


def _title_name_verb_matches(body: str) -> Iterator["re.Match[str]"]:
    """The matches of _TITLE_NAME_VERB.finditer(body), found by trying the pattern only where
    one may start: at the first letter of the run of word characters and hyphens that stands
    before a space that a name of two capitalised words or more follows (the match's first
    word is that whole run: the pattern takes it possessively, and the run's first letter has
    no word character, hyphen or apostrophe before it). The places are tried in order, from
    the end of the last match on, as finditer searches; the search for the places skips ahead
    to each space, where the pattern's tries each small letter of the body."""
    end = 0
    for hit in _NAME_AFTER_SPACE.finditer(body):
        start = at = hit.start()
        while start and (body[start - 1].isalnum() or body[start - 1] in "_-"):
            start -= 1
        if start == at or start < end:
            continue
        m = _TITLE_NAME_VERB.match(body, start)
        if m:
            end = m.end()
            yield m




def _clause_titled_subjects(body: str, people: _People, profile: Profile) -> None:
    """Register a person a clause opens with under a title or a role in small letters: "Council
    member Ann Lee voted against it.", "..., and budget director Ann Lee defended the numbers"
    (a later "she said" points to them, not to a person named before them), where the verb
    after the name takes a stand or says something (stance_verbs, cue verbs: "Former mayor
    John Carver died", "mayor X was fired", "minister X is ready" are no one's who speaks on).
    Before the title, from the clause's start, only capitalised words, articles, office
    qualifiers, a conjunction first, or up to two small words that are no stopword and no
    verb's form ("health minister"); not "Police arrested union chairman X", "Critics of party
    chairman X", a name of an office's words."""
    if profile.nouns_capitalised:
        return  # (every noun opens in a capital: a run of them is no name)
    joins = profile.name_conjunctions | profile.clause_contrasts
    light = profile.definite_articles | profile.apposition_openers | profile.office_qualifiers

    def role(word: str) -> bool:
        # (the titles, not their union with the roles: a compound's ending, "transportminister")
        return word in profile.titles or word in profile.person_roles

    for m in _title_name_verb_matches(body):
        if not role(m.group(1)):
            continue
        opened = max(body.rfind(". ", 0, m.start()), body.rfind("\n", 0, m.start()),
                     body.rfind(", ", 0, m.start()))
        before = body[opened + 1:m.start()].split()
        if before and before[0] in joins and body[opened:opened + 1] == ",":
            before = before[1:]
        small = [w for w in before if w[:1].islower() and w not in light]
        if len(before) > 3 or len(small) > 2 or any(
                w in profile.stopwords or role(w) or _VERB_ENDING.match(w) for w in small):
            continue
        if any(w.lower() in profile.subordinators for w in before):
            continue  # ("After union chairman X criticised the plan, ...": no subject's)
        if m.group(3) not in profile.stance_verbs | profile.cue_after | profile.cue_before or \
                m.group(3) in profile.asking_verbs:
            # ("Former mayor John Carver died on Sunday. '...,' she said": a person who takes no
            # stand and says nothing is no one a later pronoun points to; nor one who asks)
            continue
        toks = _name_tokens(m.group(2).split())
        if not 2 <= len(toks) <= _NAME_WORDS or not all(_plain_name_word(t, profile) for t in toks) or any(
                t.lower() in profile.stopwords or t.lower() in profile.office_words for t in toks):
            continue
        known = set(people.names)
        full = people.add(" ".join(toks))
        if full and full not in known:
            people.clause_titled.add(full)


# a sentence that opens with a capitalised word and up to two in lower case before a role in
# lower case, then a name of two to four words and a word in lower case: "Shipping association
# chairman Hendro Gunawan welcomed ...", "Chief economist Royce Mendes expects ..."
# (the sentence's start tested after its capital, "(?:^|(?<=[.!?] )|(?<=\\n))[A-Z]" written as
# "[A-Z](?:(?<=^.)|(?<=[.!?] .)|(?<=\\n.))": a pattern that opens with a class lets the engine
# skip to the capitals, one that opens with the assertions tried every place of a whole
# article, three to eight times as long; the matches are the same)
_ROLE_OPENED = rx(r"([A-Z](?:(?<=^.)|(?<=[.!?] .)|(?<=\n.))[a-z\-]+)((?: [a-z][a-z\-]*){0,2}) ([a-z][a-z\-]+)"
                  r"((?: [A-Z][\w'’\-]*){2,4}) ([a-z][\w\-]*)")
# a word in lower case with the ending of a verb's past or of its progressive: "Police arrested
# union chairman X", "Critics blaming party chairman X"
_VERB_ENDING = rx(r"[a-z]+(?:ed|ing)$")


def _role_opened_subjects(body: str, people: _People, profile: Profile) -> None:
    """Register a person a sentence opens with under a role in small letters after a first
    word in capitals ("Shipping association chairman Hendro Gunawan welcomed the plan ...": a
    later "he said" points to him, not to whoever spoke before); not where a word before the
    role is a stop word or a verb's form ("Police arrested union chairman X", "Critics of
    party chairman X"), nor where the verb after the name takes no stand and says nothing
    (stance_verbs, cue verbs: "Gang leader X died", "... was fired") or asks (asking_verbs),
    nor after a word opening a subordinate clause ("After union chairman X criticised ...")."""
    roles = profile.titles | profile.person_roles
    for m in _ROLE_OPENED.finditer(body):
        if m.group(3) not in roles or m.group(1).lower() in profile.stopwords | roles:
            continue  # (a title opening the sentence: _titled_subjects' case)
        small = m.group(2).split()
        if any(w in profile.stopwords or w in roles or _VERB_ENDING.match(w) for w in small) or \
                m.group(1).lower().endswith("ed"):
            continue
        if any(w.lower() in profile.subordinators for w in [m.group(1)] + small):
            continue  # ("After union chairman X criticised the plan, the minister ...": no subject's)
        if m.group(5) not in profile.stance_verbs | profile.cue_after | profile.cue_before or \
                m.group(5) in profile.asking_verbs:
            continue  # ("Gang leader John Smith died ...", "... was fired": no stand of theirs;
            # "Reuters reporter X asked the minister ...": the one asked answers)
        toks = _name_tokens(m.group(4).split())
        if not 2 <= len(toks) <= _NAME_WORDS or any(
                t.lower().strip(".") in profile.titles or t.lower() in profile.office_words
                or t.lower() in profile.stopwords or ACRONYM.match(t) for t in toks):
            continue
        people.add(" ".join(toks))
# a sentence's subject, then an apposition in lower case that runs on to the verb without a
# closing comma: "Anum, salah satu warga Belawan mengatakan"
_APPOSED_BEFORE = rx(r"(?:^|(?<=[.!?] )|(?<=\n))((?:[A-Z][\w'’\-]+ ){0,3}[A-Z][\w'’\-]+), "
                             r"([a-z][^,.;:\"“”\n]{0,80} )$")


def _named_before_apposition(body: str, start: int, profile: Profile) -> Optional[str]:
    """The name that opens the sentence of a one-word subject printed after a word in lower
    case ("warga Belawan mengatakan": a place, part of what the apposition says) when the
    apposition says what a person is ("Anum, salah satu warga Belawan mengatakan")."""
    before = body[max(0, start - 140):start]
    if not before[-2:-1].islower():
        return None
    m = _APPOSED_BEFORE.search(before)
    if not m or not _person_apposition(m.group(2), profile):
        return None
    words = [w.lower() for w in m.group(1).split()]
    if any(w in profile.titles or w in profile.office_words or w in profile.place_units for w in words):
        return None
    return m.group(1)




@lru_cache(maxsize=None)
def _subject_rxs(profile: Profile) -> tuple:
    # a bare alternation of words lets the engine skip by the words' first letters (the
    # word start is checked by word_matches); as a tree of their shared beginnings it tries
    # only the branch of the letter it stands at (a body is read 2x faster), in the sorted
    # alternation's order
    verb_rx = rx(r"(?:" + word_tree_pattern(profile.cue_before, shortest_first=True) + r")\b")
    subject_rx = _SUBJECT_RUN
    # "Jane Doe, the city's public works director, said": an apposition set off by commas
    # (read only where a comma stands before the verb)
    apposed_rx = rx(r"((?:[A-Z][\w'’\-]*\.? ){0,4}[A-Z][\w'’\-]*)(, (?:\d{1,3}, )?[a-z][^.\"“”\n]{0,160}?)?$")
    return verb_rx, subject_rx, apposed_rx




def _locative_before(text: str, start: int, profile: Profile) -> int:
    """Where a locative ("in", "from the") just before `start` begins, or -1."""
    prev = " " + text[max(0, start - 24):start].lower()
    for loc in profile.locatives:
        if prev.endswith(" " + loc + " "):
            return start - len(loc) - 1
    return -1


def _person_before_places(text: str, start: int, end: int,
                          profile: Profile) -> Optional[Tuple[int, int]]:
    """The span of the person a subject run belongs to: the run itself, or, when it follows a
    locative ("Lauren Nel from Natural Justice in Cape Town says"), the run before the chain
    of places and bodies, when it opens its clause; None when no name stands before them ("a
    spokesman in Jakarta said": the place is no one) or the run is part of a longer name ("the
    Centre for Policy Impact in Global Health")."""
    stepped = False
    for _ in range(4):
        at = _locative_before(text, start, profile)
        if at < 0:
            if stepped and text[max(0, start - 2):start].strip() not in _CLAUSE_OPENERS:
                return None
            return start, end
        # (the run ends at the space before the locative)
        prior = _SUBJECT_RUN.search(text, max(0, at - 100), at - 1) if text[at - 1:at] == " " else None
        if not prior:
            return None
        start, end = prior.span(1)
        stepped = True
    return None


# what stands before a name that opens a clause: nothing, a sentence's end, a comma, a quote
_CLAUSE_OPENERS = ("", ".", ",", ";", ":", "!", "?", "\"", "“", "”")
# a capitalised word and a stop, a sentence's end inside a run of capitalised words ("China. ")
_STOPPED_WORD = rx(r"\b([A-Z][a-z]{2,})\. ")
# a letter and a stop after a capitalised word with none ("Group A. ", not "Dr. A. ")
_STOPPED_LETTER = rx(r"\b([A-Z][a-z]+) ([A-Z])\. ")


def _after_sentence_end(text: str, start: int, end: int, profile: Profile) -> int:
    """Where a run of capitalised words starts once a sentence's end inside it is passed
    ("China. Lawrence Gostin": the run is "Lawrence Gostin"; "Gov. Jane Doe" stays whole)."""
    for m in _STOPPED_WORD.finditer(text, start, end):
        if m.group(1).lower() not in profile.titles:
            start = m.end()
    for m in _STOPPED_LETTER.finditer(text, max(0, start - 40), end):
        if m.end() > start and m.group(2).lower() not in profile.titles and \
                m.group(1).lower() not in profile.titles and len(text[m.end():end].split()) >= 2 and \
                text[m.end():end].split()[0].lower().strip(".,") in profile.titles | profile.office_words:
            # "third in Group A. Coach Martin Fellowes", "in Building C. Principal Laura
            # Henning": a letter after a word that is no title, two words of the run after it
            # (an initial keeps one, "Dedie A. Rachim", "John F. Kennedy")
            start = m.end()
    return start


_INSTITUTION_GOES_ON = rx(r"\w+ [A-Z]")
# a capitalised word of three letters or more and a stop: a sentence's end, no initial ("A.")
_STOPPED_TOKEN = rx(r"^[A-Z][a-z]{2,}\.$")
# an age in parentheses ("(45)") or an academic degree after a comma (", M.Kes", ", S.H.",
# ", Ph.D") at the end of a subject
# a degree printed after a name, or a run of them (", S.H., M.H.", ", M.Kes., Sp.PD"), before a
# space or a comma (", S.H., M.H., kuasa hukum tersangka, mengatakan": the comma opens the
# apposition and stays)
_ONE_DEGREE = r", (?:[A-Z][a-z]{0,3}\.)+[A-Za-z]{0,4}\.?"
_DEGREE = rx(r"(?:" + _ONE_DEGREE + r")+(?= )|(?:" + _ONE_DEGREE + r"){2,}(?=, )")


def _drop_degrees(text: str, profile: Profile) -> str:
    """`text` without the degrees after its names; a run of two or more goes with the comma that
    closes it where a verb of speech follows at once (", S.Pd.I., M.Pd., mengatakan": the name
    then stands before its verb as without them), not where an apposition does (", S.H., M.H.,
    selaku kuasa hukum tersangka, mengatakan": the comma opens it)."""
    if profile.cue_before:
        text = _degree_run_rx(profile.cue_before).sub("", text)
    return _DEGREE.sub("", text)


@lru_cache(maxsize=None)
def _degree_run_rx(verbs: FrozenSet[str]) -> "re.Pattern[str]":
    """A run of two or more degrees and its comma before one of `verbs` (built once a profile:
    the words' tree took a tenth of the quotes' time when built at every call)."""
    return rx(r"(?:" + _ONE_DEGREE + r"){2,},(?= (?:" + word_tree_pattern(verbs, shortest_first=True) + r")\b)")


_AGE_OR_DEGREE = rx(r"(?: \(\d{1,3}\)|(?:" + _ONE_DEGREE + r")+)$")


def _role_first(text: str, profile: Profile) -> bool:
    """An apposition that opens with a person's role in small letters ("pedagang di Pasar
    Minggu", "warga setempat")."""
    found = re.findall(r"[^\W\d_]+", text)
    return bool(found) and found[0] in profile.person_roles


def _person_apposition(text: str, profile: Profile) -> bool:
    """An apposition that says what a person is: one opened by an article ("a teacher at X"),
    or holding a title or role ("executive director of X") or a relative pronoun only a person
    takes ("who")."""
    found = [w.lower() for w in re.findall(r"[^\W\d_]+", text)]
    if found and found[0] in profile.apposition_openers:
        return True  # "a teacher at X", "seorang warga"
    return bool(set(found) & (profile.titles | profile.role_words | frozenset(profile.person_relatives))) or \
        _role_first(text, profile)


# a run of capitalised words, from its first ("Jane Doe", "Dr. Budi Santoso")
_CAPITAL_RUN = rx(r"(?<![\w'’\-])(?:[A-Z][\w'’\-]*\.? )*[A-Z][\w'’\-]*")


def _apposed_subject(rx: "re.Pattern[str]", body: str, lo: int, end: int,
                     profile: Profile) -> Optional["re.Match[str]"]:
    """The subject of a verb with a comma before it: a name whose apposition's first part
    says what a person is ("Jane Doe, a spokeswoman for the city,"; "James Causey, executive
    director of X, an association for Y,"), else a name just before the comma ("Budi
    Santoso,"), else a name with a person's word anywhere in its apposition. Other clauses set
    off by commas before it ("In Boston, on Monday,", "Ditemui di Bandung, kemarin,") hold
    no subject."""
    found = []
    for run in _CAPITAL_RUN.finditer(body, lo, end):
        m = rx.search(body, run.start(), end)
        if m and m.start(1) < run.end():
            found.append(m)
    appositions = [m for m in found if m.group(2) is not None and _person_apposition(m.group(2), profile)]
    for m in appositions:
        first = _AGE_FIRST.sub("", m.group(2)).split(",", 1)[0]
        if _person_apposition(first, profile):
            return m
    # (after another clause, the name is one set off by its own commas: in "Amer, in Gaza,
    # stressed" the place is no subject)
    plain = [m for m in found if m.group(2) is None
             and (m is found[0] or body[max(0, m.start(1) - 2):m.start(1)] in (", ", ". "))]
    return plain[0] if plain else (appositions[0] if appositions else None)


_AGE_FIRST = rx(r"^, (?:\d{1,3}, )?")
# a place after a locative and a day with its date, between a name and its verb: " di
# Tangerang, Selasa", " in Boston, Monday (3/7)"
_WHERE_WHEN = rx(r"(?: (?P<loc>[a-z]+) [A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,2})?, "
                         r"(?P<day>[A-Z][a-z]+)(?: \([\d/]{3,10}\))?$")
# a name, then an office in capitals up to a link word before the body that employs the
# person, ending where the body's name starts: "Ross Mayfield, Analis Strategi Investasi di ",
# "Jane Doe, Director of Research at "
_OFFICE_AT = rx(r"(?<![\w'’\-])([A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){1,3}), "
                        r"((?:[A-Z][\w'’\-]*\.? ){1,6})(?:[a-z]+ (?:[A-Z][\w'’\-]* )+)?([a-z]+) "
                        r"(?:[A-Z][\w'’\-]* )*$")


def _after_spaces(text: str, lo: int, end: int, n: int) -> int:
    """The position after the n-th space counted back from `end` in text[lo:end], or `lo`
    when there are fewer."""
    at = end
    for _ in range(n):
        at = text.rfind(" ", lo, at)
        if at < 0:
            return lo
    return at + 1


# a name of up to four capitalised words opening the text, a comma and a word in lower case
_LEADING_NAME = rx(r"((?:[A-Z][\w'’\-]*\.? ){1,3}[A-Z][\w'’\-]*), [a-z]")


def _subjects(body: str, people: _People, profile: Profile) -> None:
    """Register the subjects of speech verbs ("Rani Fitriawati, ..., mengatakan") and a name
    that opens the article ("Brandon Nicholas Salim, putra sulung ...")."""
    verb_rx, subject_rx, apposed_rx = _subject_rxs(profile)
    # (a profile with no such verbs has none to find: an empty alternation matches everywhere)
    for v in word_matches(verb_rx, body) if profile.cue_before else ():
        # the name, an optional lower-case apposition (", saat dihubungi dari Mataram, Kamis,"),
        # then the verb: read backwards from the verb in a small window
        end = v.start()
        if end < 2 or body[end - 1] != " ":
            continue
        end -= 1
        rx = subject_rx
        if body[end - 1] == ",":
            end -= 1
            rx = apposed_rx
        # "Siti Aminah (45), mengaku", "Dr. Budi Santoso, M.Kes menegaskan": an age or a
        # degree between the name and the verb
        tail = _AGE_OR_DEGREE.search(body, max(0, end - 24), end)
        if tail:
            end = tail.start()
        if rx is apposed_rx:
            # "Ipda Purbawa di Tangerang, Selasa, membenarkan": where and on what day the
            # person spoke, set between the name and its verb
            when = _WHERE_WHEN.search(body, max(0, end - 80), end)
            if when and when.group("day").lower() in merged_days() and \
                    (not when.group("loc") or when.group("loc") in profile.locatives):
                end, rx = when.start(), subject_rx
        lo = max(0, end - (220 if rx is apposed_rx else 140))
        # (a plain subject is at most five words with one space between: its match starts
        # after the fifth space back from the verb, and the search need not try the window's
        # every position before that)
        m = _apposed_subject(rx, body, lo, end, profile) if rx is apposed_rx else \
            rx.search(body, _after_spaces(body, lo, end, 5), end)
        if not m:
            continue
        if rx is subject_rx and " " not in m.group(1):
            opener = _named_before_apposition(body, m.start(1), profile)
            if opener:
                people.add(opener)
                continue
        # "Siti Komariah (47), warga Kedaung Wetan, mengaku": the run after a person's role
        # set off after a name is the role's place or employer; the name is the person
        # (only a name that opens its sentence, and whose role is closed by a comma or whose
        # age is printed: "Menanggapi pernyataan Menteri Keuangan Sri Mulyani, ekonom senior
        # Faisal Basri mengatakan", "Selain Budi Santoso, warga lain Ahmad Yani", "Siti Aminah,
        # pedagang sayur Budi Santoso mengatakan" name the speaker after the role)
        holder = _ROLE_SET_OFF.search(body, max(0, m.start(1) - 90), m.start(1))
        if holder and any(w in profile.person_roles for w in holder.group(2).split()) and \
                (rx is apposed_rx or holder.group(0).find("(") > 0) and _opens_own_sentence(body, holder.start(1), holder.group(1), profile):
            people.add(holder.group(1))
            continue
        if rx is subject_rx:
            span = _person_before_places(body, m.start(1), m.end(1), profile)
            if span is None:
                continue
            if span[0] != m.start(1):
                m = subject_rx.search(body, span[0], span[1])
                if not m:
                    continue
        if rx is apposed_rx and m.group(2) and not _person_apposition(m.group(2), profile):
            continue  # "China Geo, for its part, told": no role, no "who": maybe no person
        toks = m.group(1).split()
        lead = _PARTICLES_BEFORE.search(body, max(0, m.start(1) - 40), m.start(1))
        particled = lead is not None and all(w in merged().name_particles for w in lead.group(2).split())
        if lead is not None and particled:
            # "Jan de Vries said": the name's first word and its particles before the run
            toks = lead.group(1).split() + lead.group(2).split() + toks
        if rx is apposed_rx and not m.group(2) and toks[0].lower().strip(".") not in profile.titles:
            # "Ross Mayfield, Analis Strategi Investasi di Baird, menyatakan": the office set
            # off after the name is printed in capitals and ends in its employer ("di Baird",
            # "at Acme"); the name is the one before the office
            held = _OFFICE_AT.search(body, max(0, m.start(1) - 120), m.start(1))
            if held and held.group(2).split()[0].lower().strip(".") in profile.titles and \
                    held.group(3).lower() in (*profile.affiliation_particles, *profile.locatives):
                people.add(held.group(1))
                continue
        if rx is apposed_rx and not m.group(2) and toks[0].lower().strip(".") in profile.titles \
                and toks[0].lower().strip(".") not in profile.honorifics:
            # "Budi Santoso, Kepala Dinas PU Kota Bandung, mengatakan": the office is set off
            # after the name; the name is the one before its comma (but "Ketua Sanggar, Ibu
            # Widyastuti, menyampaikan": a form of address opens the person's name)
            named = _NAME_BEFORE.search(body, max(0, m.start(1) - 80), max(0, m.start(1) - 2))
            if named and body[named.end():m.start(1)] == ", ":
                people.add(named.group(1))
                continue
        # (a title that is a word of names too, "Hakim", is the name's when it ends the run:
        # "Wildan Hakim, mengatakan")
        cut = [i for i, t in enumerate(toks) if t.lower().strip(".") in profile.titles
               and not (i == len(toks) - 1 and i and t.lower() in profile.name_titles)]
        office = toks[cut[-1]] if cut else ""
        toks = toks[cut[-1] + 1:] if cut else toks
        if office.lower().strip(".") in profile.territorial_titles and len(toks) == 3 and \
                _printed_as_place(toks[0], toks[1], body, profile):
            # "Bupati Garut Andi Wijaya membantah" where the text prints "di Garut": the head's
            # territory before the name comes off ("Bupati Andi Wijaya Saputra" is a name)
            toks = toks[1:]
        elif office.lower().strip(".") in profile.territorial_titles and len(toks) in (3, 4) and \
                _territory_first(toks, people.body, profile):
            toks = toks[1:]  # "Bupati Sleman Kustini Sri Purnomo", the text going on with "ungkap Kustini"
        if sum(t[:1].isupper() for t in toks) > (_NAME_WORDS if cut else 3):
            # (right after a title a name may have four words: "Kombes Pol Ade Ary Syam Indradi")
            # "Aston Villa Dean Smith": a long run holds more than the name; but an office
            # with its acronym before it comes off whole ("Komisi VIII DPR Tb Ace Hasan
            # Syadzily": the name is what follows the acronym)
            rest = after_office(toks, profile, body)
            toks = rest if len(rest) < len(toks) and len(rest) <= _NAME_WORDS else toks[-2:]
        toks = [t for t in toks if particled or t.lower() not in profile.stopwords
                and t.lower() not in merged_days() and t.lower() not in merged_months()]
        if toks and not (len(toks) == 1 and toks[0].lower() in profile.pronouns):
            start = m.start(1)
            at_sentence_start = start == 0 or body[max(0, start - 2):start].strip() in ("", ".", "\n")
            if len(toks) == 1 and at_sentence_start and toks[0] not in people.aliases:
                # one capitalised word opening a sentence may be any word ("Menurut"); not a
                # given name a role set off by commas says is a person's ("Siti, pedagang di
                # Pasar Minggu, mengatakan": a later "ujarnya" is hers; "Kemarin, warga di
                # ..., mengatakan" names no one), where people go by one name
                if not (" " + toks[0] in body and re.search(r"[a-z,] " + re.escape(toks[0]) + r"\b", body)) and not (
                        profile.mononyms and rx is apposed_rx and m.group(2) and
                        toks[0].lower() in merged().given_names and _role_first(m.group(2), profile)):
                    continue
            full = people.add(" ".join(toks))
            if office and len(toks) > 1:
                people.office_of(office, full)
    if profile.passive_by:
        for m in _profile_matches(profile.passive_by + r"((?:[A-Z][\w'’.\-]* ){0,7}[A-Z][\w'’.\-]* ?)", body):
            if _INSTITUTION_GOES_ON.match(body, m.end()) and \
                    body[m.end():].split(" ", 1)[0].lower() in profile.name_conjunctions:
                continue  # "disampaikan Menteri Komunikasi dan Informatika ...": an office's name
            # the office before the name comes off ("oleh Kepala BPBD Jabar Dani Ramdan"): its
            # titles and acronyms here, its other words in add, as does an office after the name
            toks = m.group(1).split()
            stop = next((i for i, t in enumerate(toks) if _STOPPED_TOKEN.match(t)
                         and t.lower().strip(".") not in profile.titles), None)
            if stop is not None:
                # "disampaikan Sekda Syarifah Dwikorawati. Ia ...": the sentence ends at the
                # name's last word; the next sentence's first word is no part of it
                toks = toks[:stop] + [toks[stop].rstrip(".")]
            titled = bool(toks) and toks[0].lower().strip(".") in profile.titles
            while toks and (toks[0].lower().strip(".") in profile.titles or ACRONYM.match(toks[0].strip(".,"))):
                toks = toks[1:]
            if any(ACRONYM.match(t.strip(".,")) for t in toks[1:]):
                continue  # "oleh Satgas PPKS UPN Veteran Jogja": a body, its acronyms inside it
            if not titled and toks and toks[0].lower() in profile.office_words:
                continue  # "dilakukan oleh Asosiasi Petani Sawit": a body, no office's holder
            toks = _name_tokens(toks)
            if all(t.lower().strip(".") in profile.office_words or t.lower().strip(".") in profile.place_units
                   for t in toks):
                continue  # "Menurut Wali Kota,": an office with no name
            people.add(" ".join(toks))  # (the office's other words come off in add)
    _titled_subjects(body, people, profile)
    _lower_titled_subjects(body, people, profile)
    _clause_titled_subjects(body, people, profile)
    if profile.nickname:
        # (after the titled subjects: "Wali Kota Bekasi Rahmat Effendi mengatakan, ..." then
        # '"...," ujar pria yang akrab disapa Pepen itu': the person named before the nickname
        # may be known from a titled subject only)
        known = None
        for m in _profile_matches(profile.nickname + r"([A-Z][\w'’\-]+)", body):
            known = known if known is not None else people.mentions()
            before = [full for pos, full in known if pos < m.start()]
            # (a nickname the text also prints as a sentence's subject, "Pepen mengakui ...", was
            # registered as a name of its own: it stands for the person it was given to)
            if before and people.aliases.get(m.group(1), m.group(1)) == m.group(1) != before[-1]:
                people.aliases[m.group(1)] = before[-1]
    # (not where every noun opens in a capital: "Liebe Menschen Europas, in Griechenland")
    m = None if profile.nouns_capitalised else _LEADING_NAME.match(body)
    if m and not any(t.lower() in profile.titles or t.lower() in profile.stopwords
                     for t in m.group(1).split()):
        people.add(m.group(1))


@lru_cache(maxsize=None)
def _cue_rxs(profile: Profile) -> tuple:
    """The cue patterns: after a quote ('"...," kata X', '"...," X said'), before one."""
    suffix = profile.pronoun_suffix
    cue_alts = sorted(profile.cue_after, key=longest_first)
    # (a verb that is a noun too is no cue after a name or before the quotation: "Melalui
    # pesan singkat, Budi mengatakan")
    verb_alts = sorted(profile.cue_after - profile.cue_nouns, key=longest_first)
    k = merged()
    links = "|".join(re.escape(w) + r"\s" for w in k.speaker_links)
    adverbs = "|".join(map(re.escape, k.cue_adverbs))
    that = "|".join(map(re.escape, k.complementizers))
    # ('"...," demikian kata X': a word may open the attribution before its verb)
    openers = r"(?:(?:" + "|".join(map(re.escape, profile.cue_openers)) + r")\s+)?" if profile.cue_openers else ""
    cue_rx = rx(
        r"^[\s,.:;!?\-–—]*" + openers + r"(?P<cue>(?:" + "|".join(cue_alts) + r"))(?P<nya>" + (suffix or "(?!x)x")
        + r")?\b(?P<rest>.*)$", re.I | re.S)
    # (a name may take an apposition before its verb, up to 120 characters: '"...," Daniel
    # Okafor, an economist at X, told Reuters', '"...," Jim Roe, who worked at Acme in its
    # earliest days and now runs a launch startup, told'; and an office in lower case before
    # it, three words with commas or five without: '"...," minister of mines and energy Tom
    # Alweendo told', or up to three after its body's name: '"...," White House press
    # secretary Karine Jean-Pierre told' (tried last: '"...," Brown said, adding that Mayor
    # Jones said' is Brown's; and not after a stop: '"...". What has Trump said' is a
    # question); a pronoun among them is the subject itself: '"...", wie er gegenüber dem
    # Abendblatt sagte'; and a lawmaker's party and state in parentheses: '"...," Rep. Alice
    # Moore (R-Texas) said')
    pronouns = "|".join(sorted(profile.pronouns))
    lower = r"(?!(?:" + pronouns + r")\b)[a-z][\w'’\-]*"
    name_cue_rx = rx(
        r"^[\s,.\-–—]*(?:(?:" + lower + r",?\s){0,3}?|(?:" + lower + r"\s){4,5}?|"
        r"(?<![.?!])(?<![.?!]\s)(?:[A-Z][\w'’.\-]*\s){1,3}(?:" + lower + r"\s){1,3}?)(?P<who>(?:[A-Z][\w'’.\-]*\s(?:" + links + r"){0,2}){0,4}[A-Z][\w'’\-]*|"
        + "|".join(sorted(profile.pronouns)) + r")(?:\s\([A-Z][A-Za-z]?-[A-Z][\w.]{1,14}\))?"
        r"(?:,[^,\"“”.]{1,120},)?,?\s+(?P<cue>" + "|".join(verb_alts) + r")\b", re.S)
    # (an age in parentheses may follow the name: "Seorang pedagang, Siti Aminah (45), mengatakan,")
    # (an initial inside the name is no word of the run's four: "Wali Kota Bogor Dedie A. Rachim")
    # (one word of the name after it at most: before two the letter ends a sentence, "third
    # in Group A. Coach Martin Fellowes said", "di Blok A. Kepala Sekolah Ratna mengatakan")
    offices = "|".join(map(re.escape, sorted(profile.titles | profile.office_words, key=longest_first)))
    initial = r"(?:[A-Z]\.\s(?!(?i:" + offices + r")\b))?"
    before_rx = rx(
        r"(?P<who>(?:[A-Z][\w'’\-]*\.?\s" + initial + r"){0,3}[A-Z][\w'’\-]*\.?|\b(?:"
        + "|".join(sorted(profile.pronouns)) + r"))(?:\s\(\d{1,3}\),?)?(?P<appos>,[^,\"“”]{1,80},)?\s+(?:(?:" + adverbs + r")\s+)?(?P<cue>" + "|".join(sorted(profile.cue_before | profile.cue_after - profile.cue_nouns))
        + r")\b[^\"“”]{0,40}?[,:]?\s*(?:" + that + r")?\s*$", re.S)
    # "According to Jane Doe, \"...\"", "Menurut Budi Santoso, \"...\"": the source named
    # before the quotation, an apposition after it at most
    according = "|".join(re.escape(w) for w in sorted(k.according_to, key=longest_first))
    # (the source's name after an article, "According to the National Weather Service,"; or
    # after a description in lower case set off by a comma, "Menurut pengamat lingkungan dari
    # Universitas X, Tono Suratman," whose name _speaker_phrase finds, "According to his aunt,
    # Jane Starner,"), the quotation then right after a comma or a colon: "Trump, according to
    # the White House, made a trip for a \"quick exam\"" reports no words of the White House's)
    articles = "|".join(map(re.escape, sorted(profile.apposition_openers)))
    # (an article in capitals opens a name, "According to The New York Times,": the source
    # only when the quotation follows its comma, "According to The Sun, a source said:" none)
    capital_articles = "|".join(re.escape(a.capitalize()) for a in sorted(profile.apposition_openers & profile.definite_articles))
    name = r"(?:[A-Z][\w'’\-]*\.?\s(?:" + links + r")?){0,3}[A-Z][\w'’\-]*"
    # (a holder after the office spelled out, "Menurut Menteri Pekerjaan Umum Dody Hanggodo,":
    # a longer run of capitalised words right after the cue)
    held = r"(?:[A-Z][\w'’\-]*\.?\s(?:" + links + r")?){0,6}[A-Z][\w'’\-]*"
    according_rx = rx(
        r"(?<!\w)(?P<cue>(?i:" + according + r"))(?:(?P<who_s>(?i:" + (suffix or "(?!x)x") + r"))[,:]|\s+(?:"
        r"(?!(?i:" + (articles or "(?!x)x") + r")\s)(?P<who>" + held + r")(?:,[^,\"“”„«]{1,80})?,?"
        r"|(?:(?:" + (articles or "(?!x)x") + r")\s|(?:" + (capital_articles or "(?!x)x") + r")\s(?=" + name + r"[,:]\s*$))"
        r"(?P<who_a>" + name + r")(?:,[^,\"“”„«]{1,80})?[,:]"
        r"|(?P<who_d>[a-z][^,\"“”„«.;:!?]{0,80},\s(?:[A-Z][\w'’\-]*\.?\s){0,3}[A-Z][\w'’\-]*)"
        r"(?:,[^,\"“”„«]{1,80})?[,:]"
        # ("According to agronomist Priya Raman, \"...\"", "Menurut pengamat transportasi Budi
        # Santoso, \"...\"": a role in lower case before the name, checked in _role_named)
        r"|(?P<who_r>(?:[a-z][\w'’\-]*\s){1,3}(?:[A-Z][\w'’\-]*\s){1,3}[A-Z][\w'’\-]*)(?:,[^,\"“”„«]{1,80})?[,:]"
        # ("Menurut dia, \"...\"", "Menurutnya, \"...\"": a pronoun, or the pronoun's suffix, the
        # quotation right after its comma or colon)
        r"|(?P<who_p>(?i:" + "|".join(sorted(profile.pronouns | profile.plural_pronouns, key=longest_first))
        + r"))[,:]))\s*$") if according else None
    return cue_rx, name_cue_rx, before_rx, according_rx


def _held_source(run: str, speaker: Optional[str], profile: Profile) -> Optional[str]:
    """The speaker named by a long run after "Menurut"/"According to" (five words or more): a
    person's name after an office ("Menurut Ketua Umum Partai Gerindra Prabowo Subianto",
    cut before a break, "Presiden Joko Widodo Saat Membuka Rakernas"); no one when the run
    holds no person's name, only a body's words or a document's ("Menurut Badan Pusat
    Statistik Provinsi Jawa Barat", "Peraturan Menteri Kesehatan Tentang Standar
    Pelayanan"), a place at its end, or a role ("Chief Economist Jan Hatzius")."""
    words = run.split()
    if len(words) < 5 or not speaker:
        return speaker
    names = speaker.split()
    if run.endswith(speaker) and len(names) < len(words):
        lead, tail = words[:len(words) - len(names)], names
    elif _named_before_link(run, speaker, profile):
        return speaker  # ("Rep. Jim Jordan of Ohio", "Professor Mark Smith of Harvard")
    else:
        return None
    breaks = [i for i, w in enumerate(tail) if w.lower() in profile.holder_breaks]
    if breaks:
        tail = tail[:breaks[0]]
    if not tail or not any(w.lower().strip(".,") in profile.titles for w in lead):
        return None
    for w in tail:
        low = w.lower().strip(".,")
        if low in profile.titles or low in profile.office_words or low in profile.stopwords or \
                low in profile.person_roles or ACRONYM.match(w.strip(".,")) or low in profile.dateline_cities:
            return None
    joined = " ".join(tail)
    if joined.lower() in merged().foreign_countries:  # (the profiles keep it in small letters)
        return None
    return joined


def _named_before_link(run: str, speaker: str, profile: Profile) -> bool:
    """Whether the run names the speaker and then says where the speaker is from or works, after
    a lower-case link word ("of", "from", "at", "dari", "de"): the run's tail is a place or a
    body, not more of the name."""
    at = run.find(speaker + " ")
    if at < 0 or (at and not run[at - 1].isspace()):
        return False
    following = run[at + len(speaker) + 1:].split()
    link = following[0] if following else ""
    return link.islower() and (link in profile.speaker_links or link in profile.filed_from or
                               any(w.split()[0] == link for w in profile.locatives))


def _named_apposition(appos: str, people: _People, profile: Profile) -> Optional[str]:
    """The person an apposition names after a subject that is an office with no name ("Kepala
    Dinas Kesehatan, dr. Lia Gardenia, menyebutkan"): it opens with a capital or a title."""
    words = appos.strip(" ,").split()
    if not words or not (words[0][:1].isupper() or words[0].lower().strip(".") in profile.titles):
        return None  # ("Budi, yang juga ketua RT, mengatakan": a description)
    if _office_only(" ".join(words), profile):
        return None  # ("Kementerian Luar Negeri, Kemlu, mengatakan": the body's short form)
    return people.resolve(" ".join(words))


# a comma or a colon and an opening mark: the words before announce the quotation after
_ANNOUNCES = rx(r"\s*[,:]\s*[\"“„«‘'']")
# a quotation's close, then words and a comma or a colon that end the text: a cue between two
# quotations, announcing the second ('"...?" the mayor replied, ')
_ANNOUNCED_BY = rx(r"[\"”»’']((?:\s+[^\s,:\"“”„«»]+){2,6}\s*[,:]\s*)$")
# an age printed after a name, then a conjunction before the next name: "Andi Saputra (30) dan "
_PAIRED_AGE = rx(r"(?:\(\d{1,3}\)|,\s*\d{1,3}),?\s+(\S+)\s+$")
_RUN_BEFORE = rx(r"((?:[A-Z][\w'’\-]*\.?\s){0,4})$")
_LONG_RUN_BEFORE = rx(r"((?:[A-Z][\w'’\-]*\.?\s){0,6})$")
# a capitalised word and a conjunction before the text's end
_JOIN_BEFORE = rx(r"(?<![\w'’\-])([A-Z][\w'’\-]*\.?\s)([a-z]+)\s$")


def _office_run(lead: str, start: int, end: int, profile: Profile) -> bool:
    """The capitalised run the subject ends opens its clause with a title: "Kepala Puskesmas
    Sukamaju, dr. Lestari Wulandari, mengatakan" (an office and the body it heads, then its
    holder set off by commas; the apposition is taken only when it is a name: _held_by)."""
    m = _RUN_BEFORE.search(lead, 0, start)
    lo = start - len(m.group(1)) if m else start
    for _ in range(2):
        # (an office's name goes on past a conjunction: "Kepala Bidang Perdagangan Dinas
        # Koperasi dan UMKM Kota Sukamaju, Rina Marlina, menjelaskan")
        joined = _JOIN_BEFORE.search(lead, 0, lo)
        if not joined or joined.group(2) not in profile.name_conjunctions:
            break
        m = _LONG_RUN_BEFORE.search(lead, 0, joined.end(1))
        lo = joined.end(1) - len(m.group(1)) if m else joined.start(1)
    pre = lead[:lo].split()
    opened = max(lead.rfind(". ", 0, lo), lead.rfind("\n", 0, lo))
    # (an article after the particle: "La ministre de la Culture, Sophie Lambert, a déclaré")
    link = len(pre) - 2 if len(pre) >= 3 and pre[-1] in profile.stopwords and pre[-1] not in _particles(profile) \
        and pre[-2].lower() in _particles(profile) else len(pre) - 1
    if 1 <= link and pre[link].lower() in _particles(profile) and \
            (pre[link - 1].lower() in profile.titles or pre[link - 1].isalpha() and pre[link - 1].islower()) \
            and len(lead[opened + 1:lo].split()) <= 3 + (len(pre) - 1 - link) \
            and not lead[opened + 1:lo].strip()[:1].islower():
        # ("Il sindaco di Genova, Paolo Neri, ha spiegato", "Le maire de Lyon, Grégory Doucet,
        # a dit": an office of a place or a body, an article at most before it, then its holder;
        # the office a title or a role in lower case, "The head of Transport, Ana Torres, said",
        # "La concejala de Movilidad, Ana Torres, afirmó")
        return True
    run = lead[lo:end].split()
    # (a title and a name, then a club or place set off, "Pelatih Kepala Budi Hartawan, Persikota
    # Sukamaju, mengatakan", reads as an office and its holder too: the common shape, "Ketua Umum
    # Persikota Sukamaju, Andi Saputra, mengatakan", wins; fixid2's reading of the rarer one
    # took the club for the speaker in the common one, and no shape tells the two apart)
    return bool(run) and run[0].lower().strip(".") in profile.titles and \
        lead[:lo].rstrip()[-1:] in ("", ".", "!", "?", "\"", "”")


def _held_by(appos: str, people: "_People", profile: Profile, named_body: bool = False) -> Optional[str]:
    """The person an apposition after an office names, when it is a name and nothing else:
    two words of a name or more, or a title then a name ("dr. Lestari Wulandari", "H. Mulyadi
    Saputra"); not a day, a month, a party's code, nor one word ("Senin (12/5)", "R-Texas",
    "Jakarta") unless _one_name tells it (`named_body`: the office heads a body with a name of
    its own, "Ketua Kelompok Tani Sri Rejeki, Sutarjo,")."""
    words = appos.strip(" ,").split()
    titled = False
    while words and words[0].lower().strip(".") in profile.titles:
        words, titled = words[1:], True
    # (one word alone may be a place as well as a one-word name: "Menteri Keuangan Sri
    # Mulyani, Jakarta, mengatakan"; a title before it makes it a name, "dr. Lia")
    if not words or len(words) > _NAME_WORDS or len(words) < 2 and not titled and not _one_name(words[0], people, named_body) or \
            not all(_plain_name_word(w, profile) or 0 < i < len(words) - 1 and _INITIAL.match(w)
                    for i, w in enumerate(words)) or \
            any(w.lower() in merged_days() or w.lower() in merged_months() for w in words) or \
            any(w.lower().strip(".,") in profile.place_units or w.lower().strip(".,") in profile.org_suffixes
                or w.lower().strip(".,") in profile.publisher_words for w in words):
        return None  # (nor a body, a firm or a unit's place: "Kota Sukamaju", "Acme Software Inc")
    return _named_apposition(appos, people, profile)


def _office_leftover(speaker: str, who: str, profile: Profile) -> bool:
    """The speaker an office's run resolved to is a place's or a body's words: a place's unit
    among them ("Kecamatan Cibening"), the run's last words after or from a word of a body
    that takes a name of its own ("Kelompok Tani Sri Rejeki"), or the run's last word alone ("Banten" of "Kepala
    Pelaksana BPBD Banten") that no speech verb is printed next to."""
    words = speaker.split()
    if _named_body_run(speaker, who, profile):
        return True  # ("Ketua Kelompok Tani Sri Rejeki, Sutarjo,": the name of the body the office heads)
    return any(w.lower().strip(".") in profile.place_units for w in words) or \
        len(words) == 1 and who.split()[-1:] == words and not _speech_verb_next_to(words[0], profile).search(who + " ")


def _run_to(text: str, end: int) -> str:
    """The words of the clause that ends at `end` (after the last stop, comma or colon before it)."""
    start = max(text.rfind(c, 0, end) for c in ".,;:") + 1
    return text[start:end]


def _named_body_run(speaker: str, who: str, profile: Profile) -> bool:
    """The speaker an office's run resolved to is the run's last words, after or from a word
    of a body that takes a name of its own ("Ketua Kelompok Tani Sri Rejeki" -> "Kelompok Tani
    Sri Rejeki" or "Tani Sri Rejeki"): the body's name, no person's."""
    words, run = speaker.split(), who.split()
    return run[-len(words):] == words and \
        any(w.lower() in profile.named_bodies for w in run[:len(run) - len(words) + 1]) and \
        words[0].lower() not in profile.given_names  # (not a holder after the body's name, "Ketua Yayasan Peduli Anak Andi Wijaya, 54,")


def _one_name(word: str, people: "_People", named_body: bool = False) -> bool:
    """One word set off after an office that is its holder's whole name ("Ketua Kelompok Tani
    Garam Sumber Rejeki, Sutrisno, menceritakan"), where people go by one name: the text prints
    it again elsewhere next to a speech verb ("ungkap Sutrisno", "Sutrisno berharap"), never
    after a locative or a place's unit, nor in capitals (a dateline's "JAKARTA"), and it is no
    day, month or known city (not "Kepala Pelaksana BPBD Banten, Serang, menjelaskan", Serang
    printed again as "Serang juga mengirim bantuan": a place's doing, no one's speech); after
    the run of an office heading a body with a name of its own (`named_body`: "Ketua Kelompok
    Tani Sri Rejeki, Sutarjo, mengatakan", the run's last words the body's name), a title
    before it elsewhere tells a person too ("Pak Sutarjo"); printed there only, it may as well
    be the body's place ("Ketua Koperasi Maju Bersama, Cilandak, mengatakan"): no one)."""
    profile, body = people.profile, people.body
    low = word.lower()
    return bool(profile.mononyms) and len(word) >= 4 and _plain_name_word(word, profile) and \
        low not in merged_days() and low not in merged_months() and low not in merged().dateline_cities and \
        word.upper() not in body and not _after_locative(body, word, profile) and \
        len(list(_word_positions(body, word))) >= 2 and (
            _speech_verb_next_to(word, profile).search(body) is not None or
            named_body and any(_titled_at(body, i, profile) for i in _word_positions(body, word)))


def _titled_at(body: str, pos: int, profile: Profile) -> bool:
    """A title stands right before the word at `pos` ("Pak Sutarjo")."""
    word = _LAST_WORD.search(body, max(0, pos - 40), pos - 1) if pos else None
    return word is not None and body[word.end():pos] in (" ", ". ") and word.group(0).lower() in profile.titles


@lru_cache(maxsize=1024)
def _speech_verb_next_to(word: str, profile: Profile) -> "re.Pattern[str]":
    """The word right after a speech verb or right before one ("ungkap Sutrisno", "Sutrisno
    berharap")."""
    verbs = _speech_verb_rx(profile).pattern
    name = r"(?<![\w'’\-])" + re.escape(word) + r"(?![\w'’\-])"
    return rx(verbs + r"\s+" + name + "|" + name + r"\s+" + verbs)


def _role_named(phrase: str, profile: Profile, known: Optional[Callable[[str], bool]] = None) -> Optional[str]:
    """The name after a role in lower case ("agronomist Priya Raman", "pengamat transportasi
    Budi Santoso"): two to four words shaped as a name's, no office's, acronym or body's word,
    the role's words no stop or preposition ("data from Statistics Indonesia", "laporan Kompas
    TV" report a source, no person); None otherwise. `known`: whether the text knows a name as a
    person's elsewhere (for an untitled statement's maker)."""
    words = phrase.split()
    first = next((i for i, w in enumerate(words) if w[:1].isupper()), len(words))
    role, name = words[:first], words[first:]
    if " ".join(role).lower() in profile.statement_sources:
        # "a statement from Senator Lisa Grant": the maker, named with a title; untitled, only a
        # name the text knows as a person's elsewhere (firms, teams, colleges and law firms are
        # named as people: "Charles Schwab", "Kate Spade New York", "Charlotte Hornets", "Austin
        # Peay"), and never a body's name a given name opens ("Victoria Police", "Austin Energy")
        titled = bool(name) and name[0].lower().strip(".") in profile.titles
        held = name[1:] if titled else name
        if 2 <= len(held) <= _NAME_WORDS and all(_plain_name_word(w, profile) for w in held) and \
                (titled or held[0].lower() in profile.given_names and not _names_thing(held[-1:], profile)
                 and known is not None and known(" ".join(held))):
            return " ".join(held)
        return None
    if not 2 <= len(name) <= _NAME_WORDS or any(w in profile.speaker_stops or w in profile.stopwords
                                                 or w in profile.speaker_links for w in role) or \
            not all(_plain_name_word(w, profile) for w in name) or \
            any(w.lower() in profile.org_suffixes or w.lower() in profile.publisher_words for w in name) or \
            not any(w.lower() in profile.person_roles for w in role):
        # (the role's words hold a person's noun: not "tech website Gadget Review Daily",
        # "rights group Open Streets Watch", "state broadcaster Radio Eastfield International"
        # (a title's word, a body's here), "laporan harian Suara Sukamaju")
        return None
    return " ".join(name)


def _office_only(phrase: str, profile: Profile) -> bool:
    """Every word of the phrase is an office's, a title or an acronym: a body or an office,
    no one's name ("Kementerian Luar Negeri", "Kepala BPBD")."""
    return all(w.lower().strip(".,") in profile.office_words or w.lower().strip(".,") in profile.titles
               or ACRONYM.match(w.strip(".,")) for w in phrase.split())


def _single_runs_on(found: List[_Span], par: str, following: List[str]) -> List[_Span]:
    """The spans less one a single mark opens and leaves open, unless the next paragraph opens
    with one too: a quotation over several paragraphs ("‘Kami ..." then "‘Semua ...,’ ujarnya");
    else the mark sets off a phrase ("‘사랑하는 ... 간직’하는": an apostrophe closes it)."""
    if not found or found[-1].closed or par[found[-1].start] != "‘" or \
            (following and following[0].lstrip().startswith("‘")):
        return found
    return found[:-1]


def _single_heading(text: str, after: str) -> bool:
    """A paragraph's phrase in single marks, with no cue, that is a heading: words in capitals,
    no stop at its end, or a source after a colon ("‘Welcome upside surprise’: RBC Economics",
    "‘No Sense of Pride. No Sense of Loyalty.’")."""
    words = text.split()
    capitals = sum(w[:1].isupper() for w in words)
    return after.lstrip()[:1] in (":", "—", "–") or text[-1:] not in ".,!?…" or capitals * 5 >= len(words) * 3


@lru_cache(maxsize=None)
def _cue_opener_rx(profile: Profile) -> "re.Pattern[str]":
    """A cue opener ("demikian", "hal itu") at a paragraph's start."""
    openers = "|".join(map(re.escape, sorted(profile.cue_openers, key=longest_first)))
    return rx(r"\s*(?i:" + openers + r")\s")


def _said_too(par: str, profile: Profile) -> bool:
    """The words before the paragraph's first name say another said it too ("Hal itu
    disampaikan pula oleh Kepala Desa ...", "Hal ini juga dikatakan Camat ...")."""
    words = par.split()[1:12]
    upto = next((i for i, w in enumerate(words) if w[:1].isupper()), len(words))
    return any(w.strip(".,").lower() in profile.also_words for w in words[:upto])


def _cue_opener_first(par: str, profile: Profile) -> bool:
    """The paragraph opens with a word that points back to a quotation before its cue."""
    return bool(profile.cue_openers) and _cue_opener_rx(profile).match(par) is not None


def _cue_match(cue_rx: "re.Pattern[str]", text: str, profile: Profile) -> Optional["re.Match[str]"]:
    """cue_rx's match at the text's start, unless its verb is a noun too and no name, title,
    pronoun or suffix follows it ('"Program X" nilai anggarannya', '"...," nilai tukar rupiah')."""
    m = cue_rx.match(text)
    if not m or m.group("nya") or m.group("cue").lower() not in profile.cue_nouns:
        return m
    first = m.group("rest").lstrip().split(" ", 1)[0].strip(".,:;")
    low = first.lower()
    return m if first[:1].isupper() or low in profile.titles or low in profile.pronouns else None


_SPLIT_GAP = rx(r"[^.!?\"“”„«»‘’]{3,80},\s*$")


def _one_cue_gap(gap: str, profile: Profile) -> bool:
    """The words between two parts of a quotation are one attribution: no second speech verb,
    no conjunction or contrast opening another clause ('"Belum," kata Budi, sementara Andi
    menjawab, "..."'; '"Yes, sir," Doe said, and the judge said, "..."')."""
    words = [w.strip(",.:;").lower() for w in gap.split()]
    if any(w in profile.clause_contrasts or w in profile.name_conjunctions for w in words):
        return False
    suffix = profile.pronoun_suffix
    verbs = profile.cue_after | profile.cue_before
    return sum(w in verbs or bool(suffix) and w.endswith(suffix) and w[:-len(suffix)] in verbs for w in words) <= 1


def _join_split(par: str, found: List[_Span], cue_rx: "re.Pattern[str]",
                name_cue_rx: "re.Pattern[str]", profile: Profile) -> List[_Span]:
    """The spans of a paragraph with a quotation that its cue splits after a few words joined
    into one ('"Kami," kata Budi, "tidak akan mundur."'; '"We are," Doe said, "not done."'):
    the first part alone is too short to be a quotation; the cue between them is read."""
    out: List[_Span] = []
    i = 0
    while i < len(found):
        sp = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        gap = par[sp.end:nxt.start] if nxt else ""
        # (the comma inside the marks, or after them: „Sorry“, sagt er, „ich ...“)
        # (a first part of more words when the second goes on in lower case with the sentence
        # the first began: '"Most of our patients," said Dr. Helen Osei, "work shifts ..."'; a
        # short title's dot in the cue ends no sentence)
        gap = _without_title_dots(gap, profile)
        # (the second part, in lower case, a clause of its own that ends a sentence or runs
        # on to a cue: not a term set off, '"...," said coach Tom Baker, "teamwork" being ...')
        if nxt and sp.closed and (sp.text.endswith(",") or gap.startswith(",")) and \
                (len(sp.text.split()) < _MIN_WORDS or nxt.text[:1].islower() and _clause_part(par, nxt)) and \
                _SPLIT_GAP.match(gap) and (cue_rx.match(gap) or name_cue_rx.match(gap)) and _one_cue_gap(gap, profile):
            # (the comma outside the marks goes back in between two clauses: „Ich bin froh hier
            # zu sein“, sagt er, „die ...“; not after a few words that open the sentence, „Der
            # Bundesstaat“, so Stern, „bedarf ...“)
            first = sp.text if sp.text[-1:] in ",;:.!?…" or len(sp.text.split()) < _MIN_WORDS else sp.text + ","
            out.append(_Span(first + " " + nxt.text, sp.start, nxt.end, nxt.closed, sp.end))
            i += 2
            continue
        out.append(sp)
        i += 1
    return out


def _clause_part(par: str, sp: _Span) -> bool:
    """A quotation's second part is a clause: _MIN_WORDS words or more, ending a sentence, or
    with a comma before more words (its cue)."""
    text = sp.text.rstrip()
    return len(text.split()) >= _MIN_WORDS and sp.closed and (
        text[-1:] in ".!?…" or text[-1:] == "," and bool(par[sp.end:].strip()))


def extract_quotes(paragraphs: List[str], profile: Profile) -> List[Quote]:
    """Every direct quotation in the body paragraphs, with its speaker and cue verb."""
    profile = _with_all_titles(profile)
    cue_rx, name_cue_rx, before_rx, according_rx = _cue_rxs(profile)
    def cued(text: str) -> bool:
        return bool(cue_rx.match(text) or name_cue_rx.match(text))

    k_all = merged()
    bodies = k_all.agencies | k_all.outlets | profile.agencies | k_all.org_suffixes | \
        profile.publisher_words | profile.named_bodies
    whole = "\n".join(paragraphs)

    def nobody(word: str) -> bool:
        return word.lower() in bodies

    def known(word: str) -> bool:
        # (a given name, or a name the page prints in full: before a surname and a word in
        # small letters or an age, "Vetle Dahle (30) fra"; or a surname after a given name, or
        # after a capital not opening a sentence; not "Enligt Aftonbladet", a sentence's first word)
        if word.lower() in k_all.given_names:
            return True
        if word not in whole:
            return False  # (both patterns below print the word)
        for m in re.finditer(r"(?<![\w\-])" + re.escape(word) + r" ([^\W\d_][\w\-]*)(?: \(\d{1,3}\))?,? ([^\W\d_]+)", whole):
            if m.group(1)[:1].isupper() and not m.group(1).isupper() and m.group(2).islower():
                return True
        for m in re.finditer(r"(?<![\w\-])([^\W\d_][\w\-]*) " + re.escape(word) + r"\b", whole):
            first, lead = m.group(1), whole[:m.start()].rstrip()
            if first[:1].isupper() and (first.lower() in k_all.given_names or lead and lead[-1] not in ".!?:–—-\n\"”»«"):
                return True
        return False

    def person(m: Optional[re.Match]) -> bool:
        if m is None:
            return False
        subject = m.group("rest") if m.re is cue_rx else m.group("who")
        written = m.group("cue").lower() in profile.written_cues
        return dash_speaker(subject, profile.pronouns, profile.stopwords, nobody, known,
                            (lambda w: w.split("-")[0].lower() in k_all.given_names) if written else None)

    paragraphs = [dash_quote(straight_singles(par, cue_rx, name_cue_rx, profile.stopwords), cue_rx,
                             name_cue_rx, profile.stopwords, profile.dash_speech, profile.cue_demonstratives,
                             person)
                  for par in paragraphs]
    body = "\n".join(paragraphs)
    if not _MARK_RX.search(body):
        return []  # no quotation marks: nothing to find, no people to register

    spans = [_join_split(par, _single_runs_on(find_spans(par, cued), par, paragraphs[k + 1:k + 2]), cue_rx, name_cue_rx, profile)
             for k, par in enumerate(paragraphs)]
    if not any(len(sp.text.split()) >= _MIN_WORDS for found in spans for sp in found):
        return []  # marks around a word or a name only: no quotation, no people to register
    people = _People(body, profile)
    _appositives(body, people, profile)

    def known_person(name: str) -> bool:
        # (a name the text knows as a person's: registered as one, or printed elsewhere after a
        # title or a person's role, "Senator Lisa Grant", "economist Lisa Grant", or before a
        # cue, "Lisa Grant said"; not a firm's name printed alone, "a statement from Charles Schwab")
        if name in people.names or name in people.clause_titled:
            return True
        for m in re.finditer(r"(\w+)[ ,]+" + re.escape(name) + r"\b,? ?(\w*)", body):
            if m.group(1).lower() in profile.titles or m.group(1).lower() in profile.person_roles or \
                    m.group(2).lower() in profile.cue_before:
                return True
        return False

    # a quotation's speaker is named before it: the text after the last quotation mark
    # registers no one who could be needed
    last_mark = max(body.rfind(c) for c in _OPEN + "”»")
    _subjects(body[:last_mark + 1] if last_mark >= 0 else body, people, profile)
    pending: List[Tuple[int, str, Optional[str], Optional[str], str]] = []
    offset = 0
    # pass 1: find quotes and explicit speakers (which also registers the people)
    starts: List[int] = []  # where each paragraph starts, in the offsets of `pending`
    for k, par in enumerate(paragraphs):
        starts.append(offset)
        prev_end = -1  # where the last attributed quote of this paragraph (with its cue) ended
        for sp in spans[k]:
            text = sp.text.strip()
            if len(text.split()) < _MIN_WORDS:
                continue
            after = par[sp.cue_at:] if sp.cue_at >= 0 else par[sp.end:] if sp.closed else \
                _cue_after_run(paragraphs, k)
            if sp.closed and not after.strip() and not par[:sp.start].strip() and k + 1 < len(paragraphs) and \
                    not (k and paragraphs[k - 1].rstrip().endswith(":")) and \
                    _cue_opener_first(paragraphs[k + 1], profile) and not _said_too(paragraphs[k + 1], profile):
                # a quotation closing its paragraph, its cue opening the next with a word that
                # points back to it ("Hal itu disampaikan Kepala ..., Budi Santoso, di Bandung.")
                after, borrowed = " " + paragraphs[k + 1], True
            else:
                borrowed = False
            before = par[:sp.start]
            speaker = None
            cue = None
            resolved_by = None  # "name", "pronoun" (a cue after), "pronoun before", "continue", "open", "none", "colon"
            m = _cue_match(cue_rx, after, profile) if after else None
            if m:
                cue = m.group("cue").lower() + (m.group("nya") or "").lower()
                rest = m.group("rest")
                if m.group("nya"):
                    resolved_by = "pronoun"
                else:
                    first = rest.strip().split(" ", 1)[0].strip(".,").lower() if rest.strip() else ""
                    if first in profile.pronouns:
                        resolved_by = "pronoun"
                    elif first in profile.unnamed_words:
                        resolved_by = "none"  # '"...," kata sumber BBC Burma': a source unnamed
                    else:
                        phrase = _speaker_phrase(rest, profile)
                        phrase = _joined_office_holder(rest, phrase, people, profile) or phrase
                        speaker = people.resolve(phrase, offset + sp.start) if phrase else None
                        if phrase and (_office_only(phrase, profile) and not speaker or
                                       _points_back(rest, phrase, profile)):
                            # '"...," kata Bupati.', '"...," ujar Kepala Desa Mekarsari itu.': an
                            # office that stands for the person the text printed with it
                            speaker = _holder_of(phrase, people, profile, offset + sp.start,
                                                 frozenset(q[2] for q in pending if q[2]))
                        if not phrase:
                            # ('"...," said the minister, who ...': the minister the text named)
                            speaker = _office_holder(rest, profile, people, body, offset + sp.start,
                                                     frozenset(q[2] for q in pending if q[2]))
                        resolved_by = "name" if speaker else \
                            "pronoun" if not phrase and _epithet(rest, profile) else "none"
                if borrowed and resolved_by not in ("name", "pronoun"):
                    # ("Hal itu disampaikan dalam rapat": the next paragraph names no one; the
                    # quotation is read as before, alone)
                    cue, speaker, resolved_by, after, m = None, None, None, "", None
            else:
                # '"...," X said' after the quote, else 'X mengatakan, "..."' before it
                lead = _drop_degrees(before[-160:], profile) if before.strip() else ""
                if not lead and k and paragraphs[k - 1].rstrip().endswith(":"):
                    # ("Bambang menegaskan:" closing the paragraph before: the quotation the
                    # colon announces opens the next one)
                    lead = _drop_degrees(paragraphs[k - 1].rstrip()[-160:], profile) + " "
                # ('"...," Ruiz said. "...," the mayor said.': a cue after the quotation, its
                # subject an article's, is read before the words before it, which may be the
                # cue of the quotation before)
                # (only when that subject is an office the text printed with a name, or someone
                # unnamed: in '"...," a move that critics said' the words before keep the cue)
                said = _unnamed_rx(profile).match(after) if after and profile.apposition_openers and \
                    profile.cue_after else None
                if said and _ANNOUNCES.match(after, said.end()):
                    # ('Reyes asked her, "Who ...?" the mayor replied, "The state ..."': a cue that
                    # announces the next quotation is that one's, not this one's)
                    said = None
                held = _office_holder(after, profile, people, body, offset + sp.start,
                                      frozenset(q[2] for q in pending if q[2])) if said else None
                unnamed = _unnamed_subject(after, profile, people, body, offset + sp.start) \
                    if said and not held else None
                announced = None
                if not said and lead and profile.apposition_openers and profile.cue_after and \
                        not (after and name_cue_rx.match(after)):
                    # ('Reyes asked her, "Who ...?" the mayor replied, "The state ..."': the cue
                    # between the two quotations announces this one, not the question's voice)
                    ann = _ANNOUNCED_BY.search(before[-160:])
                    said = _unnamed_rx(profile).match(ann.group(1)) if ann else None
                    if ann and said and not ann.group(1)[said.end():].strip(" ,:"):
                        announced = ann.group(1)
                        held = _office_holder(announced, profile, people, body, offset + sp.start,
                                              frozenset(q[2] for q in pending if q[2]))
                        unnamed = None if held else \
                            _unnamed_subject(announced, profile, people, body, offset + sp.start) or \
                            said.group("cue").lower()
                    else:
                        said = None
                m2 = (name_cue_rx.match(after) if after else None) or (None if held or unnamed else (
                    (before_rx.search(lead) if lead else None) or
                    (according_rx.search(lead) if lead and according_rx else None)))
                if m2 and m2.re is according_rx and m2.group("who_r") and not _role_named(m2.group("who_r"), profile, known_person):
                    m2 = None
                unvoiced = False
                if m2 and m2.re is before_rx and profile.other_voices and not text.endswith(",") and \
                        _STOP_BETWEEN.match(lead, m2.end("cue")) and \
                        not lead[:m2.start("who")].rstrip().endswith(tuple(_CLOSE_MARKS + "’'")) and \
                        (_names_other_voice(lead[m2.end("cue"):], people, profile, None, m2.group("cue")) or _capitalised(text)):
                    # ('Budi mengatakan adiknya berteriak. "Tolong, ..."', 'Dewi mengatakan ada
                    # spanduk. "Tolak ..."': a sentence ends between the verb and the quotation,
                    # which may be a note's, a banner's or another voice's words; not where the
                    # verb is a quotation's cue, '"...," Johnston said in a statement. "We'll
                    # ..."', whose voice goes on, nor a quotation closed on a comma, whose cue
                    # follows it): a quotation still, whose speaker no one can tell; only when
                    # the clause names that other voice or the words are a name's or a
                    # slogan's (a short quotation after "said on Tuesday.", "said in a
                    # statement.", "mengatakan hal itu lewat pesan singkat." is the subject's)
                    m2, unvoiced = None, True
                if m2 and m2.re is according_rx and sp.closed and _RUNS_ON_LOWER.match(par, sp.end) and \
                        not _SENTENCE_END_IN.search(text) and _title_like(text):
                    # ("Menurutnya, \"Rumah di Ujung Jalan\" adalah film terbaik", "Según ella,
                    # \"La casa de todos\" es el lema": a title or a term the sentence goes on
                    # from, no quotation of the source's words)
                    continue
                if m2:
                    cue = m2.group("cue").lower()
                    who = m2.group("who") or (m2.group("who_a") or m2.group("who_d") or m2.group("who_p")
                                              or _role_named(m2.group("who_r") or "", profile, known_person) or ""
                                              if m2.re is according_rx else "")
                    if m2.re is before_rx and who.lower() not in profile.pronouns:
                        at = _after_sentence_end(lead, m2.start("who"), m2.end("who"), profile)
                        span = _person_before_places(lead, at, m2.end("who"), profile)
                        who = lead[span[0]:span[1]] if span else ""
                        if span and _opens_sentence_alone(lead, span[0], who, people):
                            who = ""
                        elif span and (paired := _PAIRED_AGE.search(lead, 0, span[0])) and \
                                paired.group(1).lower() in profile.name_conjunctions | {"&"}:
                            # ("Dua saksi, Andi Saputra (30) dan Bayu Pratama (28), mengatakan": two
                            # people, their ages printed, say it; no one of them)
                            who = ""
                        elif span and " " in who and who.split()[-1] in people.aliases and \
                                lead[:span[0]].rstrip().rsplit(" ", 1)[-1].lower() in profile.apposition_openers:
                            # "Speaking to the Daily Mail Lacerda claimed": an article opens no
                            # name; the run is an outlet's name glued to a known person's
                            who = who.split()[-1]
                    elif m2.re is name_cue_rx and who.lower() in profile.cue_demonstratives:
                        # ('»...« Det siger Thomas Danielsen til Jyllands-Posten.', '„...“ Das
                        # sagte Merkel.': the demonstrative stands for the quotation, the speaker
                        # is named after the verb, or is a pronoun there, "Det siger hun.")
                        rest = after[m2.end():]
                        first = rest.strip().split(" ", 1)[0].strip(".,").lower() if rest.strip() else ""
                        who = first if first in profile.pronouns else _speaker_phrase(rest, profile)
                    elif m2.re is name_cue_rx and _opens_sentence_alone(after, m2.start("who"), who, people, True):
                        who = ""
                    elif m2.re is according_rx and who[:1].islower() and not m2.group("who_p"):
                        who = _speaker_phrase(who, profile)  # (the name after the description)
                    who = _POSSESSOR_FIRST.sub("", who)
                    if m2.re is according_rx and (m2.group("who_p") or "").lower() in profile.plural_pronouns:
                        # ("Menurut mereka, \"...\"", "Según ellos": a group, no one person)
                        speaker, resolved_by = None, "none"
                    elif who.lower() in profile.pronouns or m2.re is according_rx and m2.group("who_s"):
                        # (a pronoun before the quotation, 'Lacerda said Epstein told her: "..."',
                        # points to the last one named, not to the sentence's subject; after
                        # "menurut" it may point to a body, "pronoun according")
                        resolved_by = "pronoun before" if m2.re is before_rx else \
                            "pronoun according" if m2.re is according_rx else "pronoun"
                    else:
                        speaker = people.resolve(who, offset + sp.start)
                        if m2.re is before_rx and m2.group("appos") and (not speaker or _office_only(who, profile)):
                            # ("Juru bicara Kementerian Luar Negeri, Teuku Faizasyah, mengatakan":
                            # the body's holder is named after it)
                            speaker = _named_apposition(m2.group("appos"), people, profile) or speaker
                        elif m2.re is before_rx and m2.group("appos") and \
                                (_office_run(lead, m2.start("who"), m2.end("who"), profile) or
                                 speaker and _named_body_run(speaker, _run_to(lead, m2.end("who")), profile)):
                            # (so after "Kepala Puskesmas Sukamaju", an office and the body it heads)
                            # (and when the apposition names no one, a place after the office,
                            # the office's own last words are no one either: "Kepala Pelaksana
                            # BPBD Banten, Serang, menjelaskan" is neither "Banten" nor "Serang",
                            # "Camat Cibening, Pandeglang," no "Kecamatan Cibening")
                            named_body = speaker is not None and _named_body_run(speaker, _run_to(lead, m2.end("who")), profile)
                            speaker = _held_by(m2.group("appos"), people, profile, named_body) or \
                                (None if speaker and (named_body or _office_leftover(speaker, who, profile)) else speaker)
                        if m2.re is according_rx and m2.group("who"):
                            speaker = _held_source(m2.group("who"), speaker, profile)
                        resolved_by = "name" if speaker else "none"
                elif unvoiced:
                    resolved_by = "none"
                elif said and held:
                    # '"...," the minister said': the minister the text named, not whoever spoke last
                    speaker, cue, resolved_by = held, said.group("cue").lower(), "name"
                elif unnamed:
                    # '"...," the researchers wrote': a group or a source the text does not
                    # name says it, not whoever was quoted before
                    cue, resolved_by = unnamed, "none"
                elif lead:
                    who = _joined_subject(lead, before, people, profile)
                    if who:
                        speaker, cue, resolved_by = who
            if resolved_by is None and k + 1 < len(paragraphs) and \
                    paragraphs[k + 1].lstrip()[:1] and paragraphs[k + 1].lstrip()[:1] in _OPEN and \
                    (not sp.closed or text.endswith(",") and not after.strip()):
                # a quotation that runs on into the next paragraph: said by whoever says the
                # paragraph that goes on with it (filled in after pass 2); so is one closed on
                # a comma with no cue after it ('"... pasokan,"' then '"...," kata Arlin.')
                resolved_by = "open"
            if resolved_by is None and par[sp.start] == "‘" and _single_heading(text, par[sp.end:]):
                continue
            if resolved_by is None:
                starts_par = not before.strip()
                spoken = text[-1:] in ".,!?" or len(text.split()) >= 6
                # '"...," tutur Andi. "Misalnya ..."': a second quote right after an
                # attributed one goes on in the same voice
                follows = prev_end >= 0 and sp.start - prev_end < 80 and spoken
                said_by = _said_just_before(before if before.strip() else paragraphs[k - 1] if k else "",
                                            text, par[sp.end:], people, profile) \
                    if sp.closed and not follows else None
                if said_by and k + 1 < len(paragraphs) and \
                        _new_person_next(paragraphs[k + 1], "\n".join(paragraphs[:k]) + "\n" + before, profile):
                    said_by = None  # ('"We lost everything ..."' / 'That is how resident Mary Jones ...')
                if said_by:
                    # 'Kepala Stasiun X, Dewi Lestari, mengatakan puncak ... pada Januari. "Warga
                    # ... waspada."': the named subject who reports speech right before
                    speaker, cue, resolved_by = said_by, None, "name"
                    prev_end = sp.end
                elif not ((starts_par and spoken) or follows) and _colon_announced(before, text, profile):
                    # 'The company said in a statement: "..."', 'Auf die Frage sagte Ferrand:
                    # "..."': whole sentences a colon after a speech verb announces are a quotation,
                    # whose speaker no cue names (nor does it end the voice of the quotations
                    # around it: an interview's '... self-deprecating: "I couldn't ..."')
                    resolved_by = "colon"
                elif not ((starts_par and spoken) or follows):
                    if not (text.endswith(",") and _runs_on_to_next(par, sp, spans[k], profile)):
                        # (a phrase in marks that ends without a comma is a name, a title or
                        # a word set off: "Irish for Trump"; a spoken clause goes on after
                        # its comma)
                        continue
                    resolved_by = "next"  # said by whoever says the next one (below)
                else:
                    resolved_by = "continue"
            elif resolved_by != "none":
                prev_end = sp.end
            pending.append((offset + sp.start, text, speaker, cue, resolved_by))
        offset += len(par) + 1
    # pass 2: pronouns and "-nya" to the person last named; unattributed quote paragraphs
    # continue the previous quote's speaker
    # (only pronoun quotes need the mentions, and only those before the last of them)
    last_pronoun = max((p[0] for p in pending if p[4].startswith("pronoun")), default=-1)
    mentions = people.mentions(last_pronoun) if last_pronoun >= 0 else []
    quotes: List[Quote] = []
    prev_speaker: Optional[str] = None
    prev_pos = -_PRONOUN_REACH - 1  # where the quotation that set prev_speaker stands
    for pos, text, speaker, cue, how in pending:
        if how.startswith("pronoun"):
            # (the speaker of a quotation close before is within reach, whatever was named:
            # '"...," Fa added.' then '"...," he said', "Fa" too short to be a mention)
            near = prev_speaker if pos - prev_pos <= _PRONOUN_REACH else None
            speaker = _last_named(mentions, pos, prev_speaker, body, profile, how != "pronoun before", near) or \
                _subject_before(body, pos, profile)
            if how == "pronoun according" and speaker and _body_named(body, pos, speaker, profile):
                speaker = None  # ("Badan Narkotika Nasional menyebut ... Menurutnya, \"...\"")
            elif speaker and speaker in people.clause_titled and _another_in_reach(mentions, pos, speaker, body):
                speaker = None
        elif how in ("continue", "open"):
            speaker = prev_speaker
        if speaker and profile.nouns_capitalised and " " not in speaker:
            speaker = None  # (German capitalises its nouns: "Wörtlich", "Einlassung" name no one)
        quotes.append(Quote(text=text, speaker=speaker, cue=cue))
        if how not in ("next", "colon"):  # (its speaker is the next one's, filled in below; or none)
            prev_speaker = speaker
            prev_pos = pos
    for i in range(len(pending) - 2, -1, -1):
        # (the paragraph that goes on with the quotation is the next one: a quote found
        # further on is another's)
        k = bisect_right(starts, pending[i][0])  # the next paragraph's index
        in_next = k < len(starts) and starts[k] <= pending[i + 1][0] < (
            starts[k + 1] if k + 1 < len(starts) else offset)
        if pending[i][4] == "open" and in_next and quotes[i + 1].speaker:
            quotes[i] = replace(quotes[i], speaker=quotes[i + 1].speaker)
    # a quotation that a later one of the same sentence goes on from ('describes "a follow
    # up of the first patients," which is the "first cell therapy ...," June said'): its
    # speaker and cue are the later one's, when that one has a cue; else it is no quotation
    keep = [True] * len(quotes)
    for i in range(len(pending) - 1, -1, -1):
        if pending[i][4] != "next":
            continue
        if i + 1 < len(pending) and pending[i + 1][3] and keep[i + 1] and \
                bisect_right(starts, pending[i][0]) == bisect_right(starts, pending[i + 1][0]):
            quotes[i] = replace(quotes[i], speaker=quotes[i + 1].speaker, cue=quotes[i + 1].cue)
        else:
            keep[i] = False
    return [q for q, kept in zip(quotes, keep, strict=True) if kept]


_SENTENCE_END = rx(r"[.!?][\"”»]?\s+[A-Z\"“«]")
_LAST_SENTENCE = rx(r"(?:^|[.!?]\s)([^.!?]*)$")


def _colon_announced(before: str, text: str, profile: Profile) -> bool:
    """A quotation of whole sentences (ending with a stop) after a colon that closes a clause
    of three words or more with a speech verb ('The company said in a statement: "..."'); not
    a heading's 'Trump: "Es geht um viele Dinge"' (one word, no stop), nor a title, a sign or a
    motto (no speech verb, or a written text's word: "banners that read:", "Der Titel lautet
    schlicht:", "bertuliskan:"), nor marks that ran past their close ('... betet!" Nichts von
    Städten. Dafür ...')."""
    if not before.rstrip().endswith(":") or text[-1:] not in ".!?…" or len(text.split()) < _MIN_WORDS or \
            _RUNS_PAST.search(text):
        return False
    m = _LAST_SENTENCE.search(before.rstrip())
    if m is None or len(m.group(1).split()) < 3:
        return False
    clause = m.group(1)
    if any(w.strip(",;:()").lower() in profile.written_words for w in clause.split()):
        return False
    return bool(profile.cue_after or profile.cue_before) and _speech_verb_rx(profile).search(clause) is not None


_STOP_BETWEEN = rx(r"\s*\w[^.!?]*[.!?]\s*$")  # words after a verb, then a sentence's end
_SAID_WORDS = 6  # a quotation no cue attributes, given to the sentence before's subject, has this many words at least
_LAST_STOPPED = rx(r"(?:^|(?<=[.!?]\s))([A-Z][^.!?\"“”„«»]*(?<![A-Z])[.!?])$")
_NAME_RUN_END = rx(r"(?<![\w'’\-])((?:[A-Z][\w'’\-]*\s){1,6}[A-Z][\w'’\-]*)$")
_CAPITAL_RUNS = rx(r"(?<![\w'’\-])[A-Z][\w'’\-]*(?:\s[A-Z][\w'’\-]*)*")


def _said_just_before(before: str, text: str, after: str, people: "_People", profile: Profile) -> Optional[str]:
    """The speaker of a quotation no cue attributes that closes its paragraph, of whole
    sentences, right after a sentence whose subject, a person the text registered by a full
    name, reports speech ("Kepala Stasiun X, Dewi Lestari, mengatakan puncak ... pada
    Januari." / "Chief economist Royce Mendes said growth would slow."); None when anything
    else may speak the words (see _own_words), when the subject is a body, a place, a pronoun
    or people in small letters, when a phrase is set before the subject, a sentence stands
    between, or words follow the quotation."""
    if not profile.reporting_verbs or after.strip():
        return None
    m = _LAST_STOPPED.search(before.rstrip())
    if not m or m.group(1).endswith("..."):
        return None
    sentence = m.group(1)
    verb = next((w for w in _LETTER_WORD.finditer(sentence) if w.group() in profile.reporting_verbs), None)
    if verb is None:
        return None
    subject = sentence[:verb.start()].rstrip()
    for adverb in profile.cue_adverbs:  # ("Dewi Lestari juga mengatakan")
        if subject.endswith(" " + adverb):
            subject = subject[:-len(adverb) - 1].rstrip()
    head, _, name = subject[:-1].rpartition(",") if subject.endswith(",") else ("", "", "")
    if name.strip()[:1].islower() and "," not in head:
        # "Royce Mendes, chief economist at X, said": a description after the name
        head, name = "", head
    elif not subject.endswith(","):  # "Chief economist Royce Mendes said", "Dewi Lestari menyebut"
        run = _NAME_RUN_END.search(subject)
        if not run:
            return None
        head, name = subject[:run.start()], run.group(1)
    # (else "Kepala Stasiun X, Dewi Lestari, mengatakan": the apposition names her)
    if "," in head or not _office_head(head.strip(), profile):
        return None
    found, _ = _name_from_phrase(name.strip(), profile)
    full = people.aliases.get(found or "") or (found if found in people.names else None)
    if not full and found and head.strip()[-1:].islower() and found == name.strip() and len(found.split()) <= 3:
        # ("Shipping association chairman Hendro Gunawan said": a person's role in small
        # letters right before the name, which the text had not registered)
        full = found
    bodies = merged().org_suffixes | profile.publisher_words | profile.office_words | profile.place_units
    if not full or " " not in full or _printed_as_thing(full, people.body, profile) or \
            any(w.lower().strip(".,") in bodies for w in full.split()):
        return None  # (a body or a place the text registered: "Desjardins Group", "Gaza Strip")
    return full if _own_words(sentence[verb.end():], text, people, profile, full) else None


def _own_words(clause: str, text: str, people: "_People", profile: Profile, speaker: str) -> bool:
    """Whether a quotation after a sentence that reports speech (`clause`: its words after
    the verb) is the subject's own words: whole sentences of some length in the first person
    ("Kami ...", "We ..."; not a law's, a sign's, an order's or a song's words with none:
    "Every person has the right ..."), said to no one (no second person, no hearer called at
    its start or its end: "Sir, you cannot ...", "Kamu jangan ..."), and no other voice named
    after the verb (_names_other_voice), nor a person by a title or a role ("Governor Jane
    Miller had promised ...", "the coach was furious ...": their words, maybe)."""
    if len(text.split()) < _SAID_WORDS or not text[:1].isupper() or text[-1:] not in ".!?" or \
            _RUNS_PAST.search(text):
        return False
    words = [w.group().lower() for w in _LETTER_WORD.finditer(text)]
    if not any(w in profile.first_person for w in words) or any(w in profile.second_person for w in words):
        return False
    called = [m.group(1).lower() for m in (_VOCATIVE_START.match(text), _VOCATIVE_END.search(text)) if m]
    if any(w in profile.vocatives for w in called):
        return False  # ("Sir, ...", "..., Pak.": words said to someone)
    return not _names_other_voice(clause, people, profile, speaker)


_VOCATIVE_START = rx(r"\s*([^\W\d_]+(?:'[^\W\d_]+)?),")
_VOCATIVE_END = rx(r",\s*([^\W\d_]+(?:'[^\W\d_]+)?)[.!?]$")


def _names_other_voice(clause: str, people: "_People", profile: Profile, speaker: Optional[str],
                       cue: str = "") -> bool:
    """Whether a sentence's words after its verb of saying (`clause`) name a voice or a text
    other than its subject that words in marks after it may be: a note, a banner, a post, a
    relative, someone who called or asked, a second verb of saying, another person the text
    named ('Dewi mengatakan warga memasang spanduk. "Tolak ..."'), and with a `speaker` to
    give them to, a title or a role ("the mayor responded ...") too; not the medium the subject
    spoke in, right after an opener of one and on in own_media ("said in a statement", "via
    text message", "mengatakan hal itu lewat pesan singkat", own_medium_openers), unless a
    relative's ("in her mother's letter", "dalam surat ibunya")."""
    other = profile.written_words | profile.other_voices | profile.cue_before | profile.reporting_verbs
    if speaker is not None:
        other = other | profile.titles | profile.person_roles | profile.role_words
    low = clause.lower()
    media = set()
    for opener in profile.own_medium_openers:
        if opener + " " not in low:
            continue  # (most clauses hold no opener: no pattern built)
        for m in re.finditer(r"(?<![\w'’\-])" + re.escape(opener) + r" ((?:[^\W\d_]+ )*[^\W\d_]+)", low):
            for i, w in enumerate(_LETTER_WORD.finditer(m.group(1))):  # ("via text message": one medium)
                if w.group() not in (other if i == 0 else profile.own_media) or \
                        low[m.start(1) + w.end():m.start(1) + w.end() + 1] in ("'", "’"):
                    break
                media.add(m.start(1) + w.start())
    for w in _LETTER_WORD.finditer(clause):
        if w.group().lower() in other and w.start() not in media:
            if w.group()[:1].isupper() and w.start() > 0 and clause[:w.start()].strip():
                continue  # ("an interview with the Daily Post": a name's word, no text)
            if w.group().lower() in profile.group_words and \
                    (not _opens_clause(clause[:w.start()], profile) or cue.lower() in profile.hearer_verbs):
                continue  # ("kepada masyarakat", "told residents", "met the workers": the hearers)
            return True
    for run in _CAPITAL_RUNS.finditer(clause):
        named = people.aliases.get(run.group()) or (run.group() if run.group() in people.names else None)
        if named and named != speaker:
            return True  # (another person the text named: their words, maybe)
    return False



def _opens_clause(before: str, profile: Profile) -> bool:
    """Only 'that', an article or a quantifier (clause_openers) stand before a group's word in
    the clause after the verb: the group is the reported clause's subject ("said residents
    were angry")."""
    return all(w.group().lower() in profile.clause_openers for w in _LETTER_WORD.finditer(before))


def _capitalised(text: str) -> bool:
    """Words in marks of three or more, most of them capitalised: a name, a title or a slogan
    ("Siaga Bencana Cempaka.", "Desa Tangguh Bencana Cempaka Raya"), not a person's words."""
    words = text.split()
    return len(words) >= 3 and 2 * sum(w[:1].isupper() for w in words) > len(words)


def _new_person_next(par: str, seen: str, profile: Profile) -> bool:
    """Whether a paragraph (the one after a quotation) names a person, a run of two
    capitalised words or more after any title, role or small word, that the text before the
    quotation did not print: the quotation may be theirs, a quote-first opening ('"We lost
    everything ..."' / 'That is how resident Mary Jones, 54, described the night.')."""
    skip = profile.stopwords | profile.titles | profile.person_roles | profile.role_words | profile.subordinators
    for run in _CAPITAL_RUNS.finditer(par):
        toks = run.group().split()
        while toks and toks[0].lower().strip(".") in skip:
            toks = toks[1:]
        if len(toks) >= 2 and " ".join(toks) not in seen:
            return True
    return False


def _printed_as_thing(name: str, body: str, profile: Profile) -> bool:
    """The text prints the name after an article, a place particle or a locative ("the Gaza
    Strip", "di Cempaka Baru", "in New Town"): a place or a body, no person."""
    before = profile.place_particles | profile.apposition_openers | frozenset(profile.locatives)
    if name not in body:
        return False
    for m in re.finditer(r"(?<![\w'’\-])" + re.escape(name) + r"(?![\w'’\-])", body):
        word = _LAST_WORD.search(body, max(0, m.start() - 40), m.start() - 1) if m.start() else None
        if word and body[word.end():m.start()] == " " and word.group(0).lower() in before:
            return True
    return False


def _office_head(head: str, profile: Profile) -> bool:
    """Words before a subject's name that are an office or a title only ("Kepala Stasiun
    Meteorologi Cempaka", "Chief economist", "Shipping association chairman"): capitalised
    words, and small words the last of which is a person's role or an office."""
    words = head.split()
    if not words:
        return True
    if len(words) > 6 or not words[0][:1].isupper():
        return False
    small = [w for w in words if not w[:1].isupper()]
    if not small:
        return not (len(words) == 1 and words[0].lower() in profile.stopwords)
    roles = profile.person_roles | profile.role_words | profile.office_words | profile.titles
    last = small[-1].lower()
    return words[-1] == small[-1] and last in roles


# a closing mark after a sentence's end and more words: a span that ran past its close
_RUNS_PAST = rx(r"[.!?…][\"”“»«„]\s+\w+\s+\w")


@lru_cache(maxsize=None)
def _speech_verb_rx(profile: Profile) -> "re.Pattern[str]":
    """Any of the profile's speech verbs, as a whole word."""
    verbs = "|".join(map(re.escape, sorted(profile.cue_after | profile.cue_before, key=longest_first)))
    return rx(r"(?<![\w'’\-])(?i:" + verbs + r")(?![\w'’\-])")


def _runs_on_to_next(par: str, sp: _Span, found: List[_Span], profile: Profile) -> bool:
    """Another quotation follows this one in the same sentence, close after it, and no
    contrasting clause parts them ('critics called it "a ruin," but "we heard all," Doe said':
    the critics' words are not Doe's)."""
    at = bisect_left(found, sp.end, key=lambda o: o.start)  # (found in the order they start)
    nxt = found[at] if at < len(found) else None
    if nxt is None or not sp.closed or nxt.start - sp.end > 160:
        return False
    gap = par[sp.end:nxt.start].split()
    if gap and gap[0].lower().strip(",") in profile.clause_contrasts:
        return False
    return not _SENTENCE_END.search(par, sp.end - 2 if sp.end >= 2 else 0, nxt.start + 1)


@lru_cache(maxsize=None)
def _unnamed_rx(profile: Profile) -> "re.Pattern[str]":
    """An article, up to four words, the last in lower case, and a speech verb right after a
    quotation (a body's name among them: "a White House official said")."""
    openers = "|".join(map(re.escape, sorted(profile.apposition_openers)))
    verbs = "|".join(sorted(profile.cue_after - profile.cue_nouns, key=longest_first))
    return rx(r"[\s,.\-–—]*(?:" + openers + r")\s((?:[A-Za-z][\w'’\-]*\s){0,3}?[a-z][\w'’\-]*\s)(?P<cue>"
              + verbs + r")\b")


@lru_cache(maxsize=None)
def _described_rx(profile: Profile) -> "re.Pattern[str]":
    """A name of two words or more set off by an apposition, and the apposition's first words
    ("Tom Baker, a farmer from Ohio"; an age may come first: "Maria Delgado, 45, a teacher")."""
    openers = "|".join(map(re.escape, sorted(profile.apposition_openers)))
    return rx(r"(?<![\w'’\-])([A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){1,3}),\s+(?:\d{1,3},\s+)?(?:" + openers
                      + r")\s+((?:[\w'’\-]+\s+){0,3}[\w'’\-]+)")


@lru_cache(maxsize=None)
def _definite_role_rx(profile: Profile) -> "re.Pattern[str]":
    """A definite article and up to four words in lower case at the text's start ("the
    minister", "the transportation commissioner")."""
    articles = "|".join(map(re.escape, sorted(profile.definite_articles)))
    return rx(r"[\s,.\-–—]*(?:" + articles + r")\s((?:[a-z][\w'’\-]*\s){0,3}[a-z][\w'’\-]*)\b(?![\w'’\-])")


def _office_holder(text: str, profile: Profile, people: "_People", body: str, end: int,
                   quoted: FrozenSet[str] = frozenset()) -> Optional[str]:
    """The person an office after a definite article stands for ('"...," the minister said',
    '"...," said the minister, who ...'): the last person the text printed before `end` with
    that office before their name ("Energy Minister Grace Mwangi", "the minister, Grace
    Mwangi"); None when the text printed none, or the words are no office."""
    if not profile.definite_articles:
        return None
    m = _definite_role_rx(profile).match(text)
    if not m:
        return None
    words: List[str] = []
    for w in m.group(1).split():
        if w in profile.speaker_stops or w in profile.cue_after or w in profile.cue_before:
            break  # ("the minister said", "the head of")
        words.append(w)
    office = words[-1] if words else ""
    if len(office) <= 3 or len(words) < len(m.group(1).split()) and \
            m.group(1).split()[len(words)] in profile.speaker_stops:
        return None  # (not "the head of the agency": an office of a body)
    # (the whole office: "the prime minister" is not "Finance Minister Ahmed Bello")
    held = _holder_of(" ".join(words), people, profile, end, quoted) if office in profile.titles else None
    if held is None:
        # ("Maria Delgado, a spokeswoman for the transit authority, ..." then '"...," the
        # spokeswoman said'; "Maria Delgado, 45, a teacher" then "the teacher said")
        # (the office among the apposition's words before its first preposition: not "Tom
        # Baker, the husband of the mayor," nor "Maria Lopez, a lawyer for the spokeswoman,")
        found = [d.group(1) for d in _closed_apposition_rx(profile).finditer(people.body, 0, end)
                 if office in _head_words(d.group(2), profile)]
        held = people.resolve(found[-1]) if found else None
    return held


def _joined_office_holder(rest: str, phrase: str, people: "_People", profile: Profile) -> Optional[str]:
    """The speaker phrase after a word that joins a second office to the first ("kata Ketua
    Umum Partai X yang juga Menteri Pertahanan Budi Santoso", "ujar Kabid Humas Polda X selaku
    juru bicara Kombes Budi Santoso"): the second phrase, where the first opens with a title and
    names no one the text prints apart from it, and the second, opening right after the join
    with a capital or a title, names a person; None otherwise ("kata Bupati X yang juga hadir
    ...": a clause, no office; "kata Menteri Budi Santoso selaku Ketua Umum Partai X": the
    person is named first)."""
    if not profile.office_joins or not phrase or phrase.split()[0].lower() not in profile.titles:
        return None
    at = rest.find(phrase)
    joins = "|".join(map(re.escape, sorted(profile.office_joins, key=longest_first)))
    m = re.match(r",?\s+(?:" + joins + r")\s+(?P<tail>.*)", rest[at + len(phrase):], re.S) if at >= 0 else None
    if not m:
        return None
    first = m.group("tail").split()[:2]
    if not first or not (first[0][:1].isupper() or first[0].lower() in profile.titles):
        return None  # ("yang juga hadir", "sekaligus menegaskan", "yang juga tetangga Presiden X": a clause)
    words = m.group("tail").split()
    lead = 0
    while lead < len(words) and words[lead][:1].islower() and words[lead].lower() in profile.titles:
        lead += 1
    if lead and lead < len(words) and words[lead].lower().strip(".,") in profile.titles - profile.ranks:
        return None  # ("selaku juru bicara Gubernur Anies Baswedan": the governor's spokesman)
    tail = _speaker_phrase(" " + m.group("tail"), profile)
    if not tail or _office_only(tail, profile):
        return None  # ("... selaku Ketua Panitia": the second office names no one either)
    held = people.resolve(phrase)
    if held and people.body.count(held) > people.body.count(phrase):
        return None  # (the first phrase names a person the text prints apart from it)
    name = people.resolve(tail)
    pre = words[:words.index(name.split()[0])] if name and name.split()[0] in words else words
    if any(pre[j].lower().strip(".,") in profile.titles and
           pre[j - 1].lower().strip(".,") not in profile.titles | profile.office_words for j in range(1, len(pre))):
        return None  # ("yang juga Kakak Ipar Bupati Ade Yasin": the person another office names)
    if not name or any(w.lower().strip(".,") in profile.office_words or any(c.isdigit() for c in w)
                       for w in name.split()):
        return None  # ("... yang juga Ketua Satgas Covid-19 Kabupaten Bogor": an office, no one)
    return tail


def _points_back(rest: str, phrase: str, profile: Profile) -> bool:
    """The speaker phrase, opening with a title, is followed by a demonstrative: an office
    that points back to its holder ("Kepala Desa Mekarsari itu"), not a name."""
    at = rest.find(phrase)
    then = rest[at + len(phrase):].split(None, 1)[:1] if at >= 0 else []
    return bool(then) and then[0].strip(".,") in profile.epithet_ends and \
        phrase.split()[0].lower() in profile.titles


def _holder_of(office: str, people: "_People", profile: Profile, end: int,
               quoted: FrozenSet[str] = frozenset()) -> Optional[str]:
    """The person the body printed before `end` with the whole office before their name
    ("Energy Minister Grace Mwangi" for "minister", "Bupati Cibening Asep Sunandar" for
    "Bupati", "the minister, Grace Mwangi", "Kepala Desa Mekarsari, Asep Sunandar" for "Kepala
    Desa Mekarsari"): the name left once after_office takes off the office, its body and its
    place, two to four words shaped as a name's. Not a holder whose office a qualifier the cue
    does not repeat opens ("former Mayor Peter Grant", "Prime Minister ..." for "minister",
    "Wakil Bupati ..." for "Bupati"); when two people or more hold it, the one already quoted
    (`quoted`), else None: the text names no one by the office alone."""
    said = {w.lower() for w in office.split()}
    held: List[str] = []
    found = sorted(((h.start(), form, h) for form in _office_forms(office, profile) for h in re.finditer(
        r"(?<![\w'’\-])(?i:" + r"\s+".join(map(re.escape, form.split())) +
        _u(r"),?\s((?:[A-Z][\w'’\-]*(?:\s|(?=[,.;:]))){1,%d})" % _HOLDER_RUN), people.body[:end])), key=lambda f: f[0])
    for _, form, h in found:
        _add_holder(h, form, said, held, people, profile, form != office)
    if len(held) > 1:
        # (a minister quoted, another named in passing, then "the minister said": the one
        # quoted; two ministers none of whom was quoted: no one)
        held = [p for p in held if p in quoted][-1:]
    return held[-1] if held else None


def _office_forms(office: str, profile: Profile) -> List[str]:
    """The office as the cue prints it and its other form in the profile's office_short_forms
    ("Wapres" and "Wakil Presiden"; "Menteri Keuangan" and "Menkeu")."""
    forms = [office]
    key = " ".join(office.split()).lower()
    for short, full in profile.office_short_forms.items():
        if key == short and full.lower() != key:
            forms.append(full)
        elif key == full.lower() and short != key:
            forms.append(short)
    return forms


def _add_holder(h: "re.Match[str]", office: str, said: Set[str], held: List[str],
                people: "_People", profile: Profile, other_form: bool = False) -> None:
    """Puts the name after one printing of the office (`h`) last in `held`, unless a qualifier
    the cue does not repeat (`said`) opens the office."""
    prior = people.body[max(0, h.start() - 30):h.start()].split()
    if prior and prior[-1].strip(".,").lower() in profile.office_qualifiers - said:
        return  # ("former Mayor Peter Grant", "Wakil Bupati Cibening Dedi Kurnia")
    if other_form and prior and (prior[-1].lower() in profile.titles | profile.office_words or
                                 prior[-1][:1].isupper() and prior[-1][-1:].isalpha()):
        return  # ("Istri Wapres X", "Staf Khusus Menkeu X", "Kantor Wapres Jalan ..."): another's office
    if prior and prior[-1][:1].islower() and prior[-1].lower() in profile.aide_words:
        return  # ("Juru bicara Wapres, Masduki Baidlowi", "staf khusus Menkeu X"): the office's aide
        # (profile: aide_words; not a form of address, an article or a lower-case office's own
        # words: "bapak Presiden X", "sang Gubernur X", "the health secretary, Wes Streeting")
    run = h.group(1).split()
    # (the whole run after a rank only where the sentence goes on in lower case after it)
    follows = people.body[h.end(1):h.end(1) + 2].lstrip()[:1]
    ranked = _ranked_run(run, profile) if follows.islower() or follows == "," else []
    words = _holder_words(run, profile, ranked)
    for n in (3, 2, 1):
        country = [w.strip(".,").lower() for w in words[:n]]
        if len(words) > n and " ".join(country) in profile.foreign_countries and not set(country) <= said:
            return  # ("Menkeu AS Janet Yellen" for "kata Menteri Keuangan"): another country's office
    while words and not _plain_name_word(words[-1], profile):
        words = words[:-1]
    name = after_office(office.split() + words, profile, people.body) if words else []
    if (len(name) > len(words) or name == words[-1:]) and profile.mononyms and words and words[-1] in people.names \
            and _plain_name_word(words[-1], profile):
        # ("Kepala Dinas Kesehatan DKI Jakarta Widyastuti": one name, the text's speaker
        # already, after the office and its place)
        person = words[-1]
        if person in held:
            held.remove(person)
        held.append(person)
        return
    if 2 <= len(name) <= _NAME_WORDS and all(_plain_name_word(w, profile) for w in name):
        person = people.resolve(" ".join(name)) or " ".join(name)
        if ranked and person != " ".join(name) and person.startswith(" ".join(name)):
            # (the text's longer run for the name goes on past where the rank's run was cut:
            # "Gatot Eddy Pramono Selasa lalu", "Mathius Fakhiri Polda Papua", "Zain Dwi Nugroho
            # Tangerang": the name the rank's run gave)
            person = " ".join(name)
        if person in held:
            held.remove(person)
        held.append(person)


def _holder_words(words: List[str], profile: Profile, ranked: Optional[List[str]] = None) -> List[str]:
    """The capitalised words after an office that may hold its holder's name: up to a
    connective ("Iman Imanuddin Bersama Bupati ...", profile: holder_breaks; "Michelle Wu
    With Governor ...": a stopword not a name's particle) or a second office after a rank and
    a name ("AKBP Iman Imanuddin Bupati Bogor ..."); five words, or `ranked`, the whole run
    after a rank (_ranked_run) where the sentence goes on in lower case after it ("... Ade Ary
    Syam Indradi di kantornya"; not a title-case subhead's line, "... Ribut Hari Wibowo
    Tinjau")."""
    titled = named = False
    for i, w in enumerate(words):
        low = w.lower().strip(".,")
        if i and (low in profile.holder_breaks or low in profile.stopwords and low not in merged().name_particles):
            return words[:i]  # (and a capitalised stopword: "Mayor Michelle Wu With Governor ...")
        if low in profile.titles:
            if named:
                return words[:i]
            titled = True
        elif titled and _plain_name_word(w, profile):
            named = True
    # (five words at most unless _ranked_run: a title-case subhead or lead goes on with its
    # verb, "Kapolda Jateng Irjen Ribut Hari Wibowo Tinjau Gerbang Tol ...", and two officials
    # printed in a row, "Gubernur DKI Jakarta Pramono Anung Wakil Gubernur Rano Karno", read as
    # one name or the second's)
    return ranked or words[:_HOLDER_WORDS]


def _ranked_run(words: List[str], profile: Profile) -> List[str]:
    """An office's place, a rank and a name, the capitalised run ending by itself: "Metro
    Jakarta Selatan Kombes Pol Ade Ary Syam Indradi" (di kantornya), "Metro Jaya Irjen Pol
    Gatot Eddy Pramono" (memastikan): the run up to a day's or a month's name, an office's or a unit's word,
    a city the profile knows or a word of the place printed before the rank ("... Irjen Pol
    Nico Afinta Kota Surabaya", "... Hendro Pandowo Jakarta Selatan",
    "... Brigjen Suntana Polda Metro Jaya", "... Gatot Eddy Pramono Selasa lalu"). Only where a
    rank (profile: ranks) stands among the first five words, no other title before it (no
    second official: "Semarang Agustina Wilujeng Kapolrestabes Kombes ..."), the run ended
    before _HOLDER_RUN words (not a title-case line going on), and one to four words after
    the run's last title; else []."""
    lows = [w.lower().strip(".,") for w in words]
    if len(words) <= _HOLDER_WORDS or len(words) >= _HOLDER_RUN:
        return []
    first = next((i for i, w in enumerate(lows[:_HOLDER_WORDS]) if w in profile.ranks), None)
    if first is None or any(w in profile.titles for w in lows[:first]):
        return []
    ends = (profile.days, profile.months, profile.office_words, profile.dateline_cities, profile.place_units,
            profile.place_acronyms, set(lows[:first]))
    end = next((i for i in range(first + 1, len(lows)) if any(lows[i] in e for e in ends)), len(lows))
    last = max(i for i in range(end) if lows[i] in profile.titles or lows[i] in profile.ranks)
    return words[:end] if 1 <= end - last - 1 <= _NAME_WORDS else []


_HOLDER_RUN = 10  # capitalised words read after an office: a run this long is a title-case line
_HOLDER_WORDS = 5  # words read after an office for its holder


def _head_words(appos: str, profile: Profile) -> List[str]:
    """An apposition's words before its first preposition, article or conjunction ("spokeswoman"
    of "spokeswoman for the transit authority")."""
    out: List[str] = []
    for w in appos.split():
        if w.lower() in profile.speaker_stops or w.lower() in profile.speaker_links:
            break
        out.append(w)
    return out


@lru_cache(maxsize=None)
def _closed_apposition_rx(profile: Profile) -> "re.Pattern[str]":
    """A name of two words or more and an apposition that an article opens and a comma or a
    stop closes within six words ("Maria Delgado, a spokeswoman for the transit authority,"),
    not a clause that a name set off before it opens ("In an interview with ABC's Deborah
    Roberts, the singer discussed everything from ...")."""
    openers = "|".join(map(re.escape, sorted(profile.apposition_openers)))
    return rx(r"(?<![\w'’\-])([A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){1,3}),\s+(?:\d{1,3},\s+)?(?:" + openers
              + r")\s+((?:[\w'’\-]+\s+){0,5}[\w'’\-]+)[,.;]")


def _unnamed_subject(after: str, profile: Profile, people: "_People", body: str, end: int) -> Optional[str]:
    """The cue of a quotation said by someone the text does not name, in words with no title
    ('"...," the researchers wrote', '"...," the panel said'); None otherwise ('"...," the
    minister said' points to the minister the text named, and so does '"...," the farmer said'
    after a person the text set off as 'Tom Baker, a farmer ...'). people: the persons the
    text names; body[:end]: the text before the quotation."""
    if not profile.apposition_openers or not profile.cue_after:
        return None
    m = _unnamed_rx(profile).match(after)
    # (an office after an indefinite article is someone unnamed: '"...," a spokesman said')
    definite = not profile.definite_articles or \
        after.lstrip(" ,.-–—").split(" ", 1)[0].lower() in profile.definite_articles
    if not m or any(definite and w.strip(".,") in profile.titles or w in profile.stopwords for w in m.group(1).split()):
        return None
    noun = m.group(1).split()[-1].strip(".,")
    if body.find(noun, 0, end) >= 0:
        for d in _described_rx(profile).finditer(body, 0, end):
            if noun in d.group(2).split() and (d.group(1) in people.names or d.group(1) in people.aliases):
                return None  # ('Tom Baker, a farmer ...' then '"...," the farmer said': Baker)
    return m.group("cue").lower()


@lru_cache(maxsize=None)
def _joined_verb_rx(profile: Profile) -> "re.Pattern[str]":
    """A speech verb that a conjunction joins to an earlier predicate, at the end of the text
    before a quotation: '..., and said the union was "'."""
    joins = "|".join(map(re.escape, sorted(profile.name_conjunctions)))
    verbs = "|".join(sorted(profile.cue_before | profile.cue_after - profile.cue_nouns, key=longest_first))
    that = "|".join(map(re.escape, merged().complementizers))
    return rx(r",?\s(?:" + joins + r")\s(?P<cue>" + verbs + r")\b[^\"“”„«».!?]{0,40}?[,:]?\s*(?:(?:"
                      + that + r")\s)?[^\"“”„«».!?]{0,40}$")


_OPENING_RUN = rx(r"(?:[A-Z][\w'’\-]*\s){0,3}[A-Z][\w'’\-]*(?=\s[a-z])")


def _joined_subject(lead: str, before: str, people: "_People",
                    profile: Profile) -> Optional[Tuple[str, str, str]]:
    """(speaker, cue, "name") for a quotation a speech verb introduces as the second of two
    predicates of one subject ("Soylu called the patrol thugs, and said the union was
    \"...\""): the subject opens the sentence and is someone the text named as a speaker;
    None otherwise."""
    if not profile.name_conjunctions:
        return None
    m = _joined_verb_rx(profile).search(lead)
    if not m:
        return None
    # the sentence's start, inside the text read (a window that cut it names no subject)
    stops = [lead.rfind(c, 0, m.start()) for c in (". ", "! ", "? ", "\n")]
    begin = max(stops)
    if begin < 0 and len(lead) < len(before):
        return None
    begin = begin + 2 if begin >= 0 and lead[begin] != "\n" else begin + 1
    if any(lead.find(", " + w + " ", begin, m.start()) >= 0 for w in profile.person_relatives):
        return None  # ("... by Judge Roe, who called him a danger, and said": the judge's)
    run = _OPENING_RUN.match(lead, begin)
    if not run:
        return None
    who = run.group(0)
    if who not in people.aliases and who not in people.names or not m.group("cue") or \
            " " not in who and who.lower() in people.body and re.search(r"\b" + re.escape(who.lower()) + r"\b", people.body):
        # (a sentence's first word may be any word: only a known speaker, and one word only
        # where the text never prints it in lower case, "Det" for "det")
        return None
    speaker = people.resolve(who)
    return (speaker, m.group("cue").lower(), "name") if speaker else None


# an employer in the possessive before a name of two words or more: "Canaccord's Tony Dwyer",
# "Goldman Sachs' Jan Hatzius" (the name is the person's, the possessor the firm's)
_POSSESSOR_FIRST = rx(r"^(?:[A-Z][\w\-]* )*[A-Z][\w\-]*(?:['’]s|s['’]) (?=[A-Z][\w'’\-]* [A-Z])")


def _opens_sentence_alone(text: str, at: int, who: str, people: _People, after: bool = False) -> bool:
    """A one-word subject that opens a sentence and names no one the text gave in full
    ("Además insistió", "Dazu sagte"): a sentence's first word is capitalised whatever it is.
    after: the text follows a quotation ('", Pratikno said'), where only a stop opens one."""
    ends = (".", "!", "?") if after else ("", ".", "!", "?")
    return " " not in who and who not in people.aliases and text[max(0, at - 2):at].strip() in ends


_CLOSE_MARKS = "\"”»"


def _cue_after_run(paragraphs: List[str], k: int) -> str:
    """The text after the closing mark of a quotation that paragraph k leaves open: in a
    following paragraph that goes on without opening a new one ('Semua selesai," ujarnya.');
    "" when a following paragraph opens its own (it carries its own cue) or none closes it."""
    for nxt in paragraphs[k + 1:k + 4]:
        opens = min((i for i in (nxt.find(c) for c in _OPEN) if i >= 0), default=-1)
        if opens == 0:
            return ""
        close = min((i for i in (nxt.find(c) for c in _CLOSE_MARKS) if i >= 0), default=-1)
        if close >= 0 and (opens < 0 or close <= opens):
            return nxt[close + 1:]
        if opens >= 0:
            return ""
    return ""


# a run of two to four capitalised words that opens a sentence or follows a clause set off
# before it ("Menanggapi insiden itu, Eric Trump menyalahkan ..."), then a word in lower case
# (an age set off after it: "Grace Liu, 62, has sold ...")
_OPENING_NAME = rx(r"(?:^|(?<=[.!?\n] )|(?<=\n)|(?<=, ))([A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+){0,4})"
                           r"(?:, \d{1,3},)?,? [a-z]")
_SUBJECT_REACH = 300  # characters before a quotation read for the subject its pronoun means
_FRONTED_WORDS = 6  # a clause set off before a sentence's subject has at most this many words


def _subject_before(body: str, pos: int, profile: Profile) -> Optional[str]:
    """The person a pronoun cue ("ujarnya", "he said") points back to when no speaker or
    person the text registers was named before it: the name that opens the last sentence
    before the quotation, or follows a short clause set off before it, whatever its verb
    ("Eric Trump menyalahkan pemerintahan Biden."; "Menanggapi insiden itu, Eric Trump
    ..."). Words of an office, a body, a place, a day or a title make it no person's name."""
    if profile.nouns_capitalised:
        return None  # (every noun opens in a capital: "Zwei Jahre", "Nationaler Trauertag")
    lo = max(0, pos - _SUBJECT_REACH)
    found = None
    for m in _OPENING_NAME.finditer(body, lo, pos):
        start = m.start(1)
        then = body[m.end(1) + 1:m.end(1) + 20].split(" ", 1)[0].strip(".,")
        if then in profile.epithet_ends:
            continue  # "Kakak Raoul Salim ini": the subject is an epithet, the name a relative's
        if body[start - 2:start] == ", ":
            # (a name after a comma only where the clause before it opens the sentence and
            # is short: "Menanggapi insiden itu, Eric Trump", not a list's item)
            opened = max(body.rfind(". ", lo, start), body.rfind("\n", lo, start))
            clause = body[opened + 1 if opened >= 0 else lo:start - 2]
            if opened < 0 and lo > 0 or "," in clause or len(clause.split()) > _FRONTED_WORDS \
                    or not clause.strip()[:1].isupper():
                continue
        printed = m.group(1).split()
        while printed and printed[0].lower() in profile.titles:
            printed = printed[1:]  # ("Bapak Johannes Kogoya": a form of address first)
        if len(printed) > _NAME_WORDS or not printed:
            continue
        if len(printed) == 1 and not (profile.mononyms and body[start - 2:start] == ", "
                                      and not _after_locative(body, printed[0], profile)):
            # (one name alone only where people go by one name, after a clause set off before
            # it, "Oleh sebab itu, Syamsuddin memastikan", and never printed as a place)
            continue
        words = [w.lower() for w in printed]
        if " " + words[0] in body and re.search(r"[a-z,] " + re.escape(words[0]) + r"\b", body):
            continue  # the first word is printed in lower case elsewhere: a common word
        if any(w in profile.titles or w in profile.office_words or w in profile.stopwords
               or w in profile.place_units or w in merged_days() or w in merged_months()
               for w in words):
            continue
        found = " ".join(printed)
    return found


def _after_locative(body: str, word: str, profile: Profile) -> bool:
    """The word is printed after a locative or a place's unit somewhere ("di Bandung", "Kab.
    Bogor", "Kota Depok"): a place's name."""
    low = body.lower()
    return any(f" {loc} {word}" in body for loc in profile.locatives) or \
        any(f"{unit} {word.lower()}" in low or f"{unit}. {word.lower()}" in low
            for unit in profile.place_units)


_PRONOUN_REACH = 3000  # characters back to the person a pronoun cue points to


def _lead_subject(mentions: List[Tuple[int, str]], pos: int, best: str, body: str) -> bool:
    """`best` is the only person named before `pos` and the subject the text opens with,
    after capitalised words at most (a title: "Mayor Helen Carter has led ...")."""
    if not mentions or any(full != best for mpos, full in mentions if mpos < pos):
        return False
    first = mentions[0][0]
    return bool(body) and all(w[:1].isupper() for w in body[:first].split()) and \
        _printed_subject(body, first, best)


# after a closing mark, the sentence going on in lower case; a sentence's end inside a quotation
_RUNS_ON_LOWER = rx(r"[\"”»’']?\s+[a-zà-ÿ]")
_SENTENCE_END_IN = rx(r"[.?!…]")


def _title_like(text: str) -> bool:
    """Short, or mostly capitalised words: a title's or a term's shape ("La casa de todos",
    "Kartu Pelatihan Kerja Mandiri Nusantara"), not a long stretch of a person's words."""
    words = text.split()
    return bool(words) and words[0][:1].isupper() and (
        len(words) <= 8 or 2 * sum(w[:1].isupper() for w in words) > len(words))


def _body_named(body: str, pos: int, speaker: str, profile: Profile) -> bool:
    """The speaker a pronoun found is a body's name or its tail, its first office word cut off
    ("Badan Narkotika Nasional" read as "Narkotika Nasional"): a word of it is an office's or
    a firm's, as no person's name holds one."""
    words = [w.lower().strip(".,") for w in speaker.split()]
    return any(w in profile.office_words or w in profile.org_suffixes for w in words)


def _another_in_reach(mentions: List[Tuple[int, str]], pos: int, speaker: str, body: str) -> bool:
    """Another person is named between the start of the sentence that names `speaker` last
    before `pos`, or the sentence before it in its paragraph, and `pos`: a pronoun may point to
    either, and the profiles know no one's gender ("Council member Jane Roe voted against the
    plan, and transport minister Tom Baker welcomed the vote. '...,' she said" is no one's for
    sure); not '"...," said Mayor Tom Baker.' then the paragraph "Councilwoman Ann Lee voted
    against it. '...,' she said" (Ann Lee's paragraph names no one else before her)."""
    at = max((mpos for mpos, full in mentions if mpos < pos and full == speaker), default=-1)
    if at < 0:
        return False
    par = body.rfind("\n", 0, at)
    opened = max(body.rfind(". ", 0, max(body.rfind(". ", 0, at), 0)), par)
    return any(opened < mpos < pos and full != speaker for mpos, full in mentions)


def _last_named(mentions: List[Tuple[int, str]], pos: int, prev: Optional[str],
                body: str = "", profile: Optional[Profile] = None, subject: bool = False,
                near: Optional[str] = None) -> Optional[str]:
    """The person named last before `pos` (the quote's own text excluded); but one named
    inside what the last sentence reports ("Ali menegaskan bahwa KPK tidak akan memeriksa
    Lukas Enembe."), after its complementizer, is what was said, and the sentence's
    subject before it is who says more. With `subject` (a pronoun cue after the quotation),
    the person who opens a sentence with no complementizer says more than one it names later.
    One named more than _PRONOUN_REACH before is out of reach when the text named others
    before: `near` then, the speaker of a quotation close before, or None."""
    best = None
    at = -1
    for mpos, full in mentions:
        if mpos >= pos:
            break
        best, at = full, mpos
    if best is not None and pos - at > _PRONOUN_REACH and not _lead_subject(mentions, pos, best, body):
        # (named pages before: "er" is someone the text leaves unnamed, unless a quotation
        # close before had a speaker, `near`; but the person the text opens on, the only one it
        # names so far, is who "she" is however long ago: "Mayor Helen Carter has led ..."
        # then 4,000 characters of narration, then '"...," she said')
        return near
    if best is None or profile is None:
        return best or prev
    opened = max(body.rfind(". ", 0, at), body.rfind("\n", 0, at))
    said = [m for m in _complementizer_rx(profile).finditer(body, opened + 1, at)] if profile.complementizers else []
    if said:
        # (not one the reported clause opens with: in "Winfrey told CBS that Harry had said
        # ...", Harry is who says more)
        named = min((mpos for mpos, full in mentions if full == best and said[-1].end() <= mpos <= at),
                    default=at)
        if named - said[-1].end() > 1:
            subjects = [full for mpos, full in mentions if opened < mpos < said[0].start()]
            if subjects:
                return subjects[-1]
        return best
    # with no complementizer, the person who opens that sentence, its subject, says more
    # than one it names later ("Samuel menyinggung proses evakuasi Juliana di momen darurat.
    # '...,' ungkapnya"): a mention with nothing but capitalised words (a title) before it
    # in the sentence, its name printed in full or its first or last word ("Environmental
    # justice activist", a word of a body's name, opens no sentence as its subject); not
    # where the sentence introduces the quotation with a colon ('Lacerda said Epstein told her:')
    begin = opened + (2 if body[opened:opened + 2] == ". " else 1)
    opener = next((full for mpos, full in mentions if begin <= mpos < at
                   and all(w[:1].isupper() for w in body[begin:mpos].split())
                   and _printed_subject(body, mpos, full)), None) \
        if subject and ":" not in body[at:pos] else None
    return opener or best


# a name whose next word is in lower case: a sentence's subject before its verb
_BEFORE_VERB = rx(r"([A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*)*) [a-z]")


def _printed_subject(body: str, pos: int, full: str) -> bool:
    """The name at `pos` is printed as a subject before its verb, as the person's full name
    or its first or last word."""
    m = _BEFORE_VERB.match(body, pos)
    if not m:
        return False
    words = full.split()
    # (not a word in capitals: "WORLD Mbumba" is a heading glued to the name)
    return m.group(1) in (full, words[0], words[-1]) and not any(len(w) > 3 and w.isupper() for w in words)


@lru_cache(maxsize=None)
def _complementizer_rx(profile: Profile) -> "re.Pattern[str]":
    return rx(r"\b(?:" + "|".join(map(re.escape, sorted(profile.complementizers))) + r")\b")
