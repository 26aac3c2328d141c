"""Language detection by counting each profile's frequent words."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from itertools import repeat
from typing import Dict, FrozenSet, List, Optional, Tuple

from newsextract.profiles import available, get_profile
from newsextract.rxcache import rx

# bytes: a-z kept, every other byte a space (the text is lower-cased and encoded first)
_LETTERS_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))


@lru_cache(maxsize=None)
def _stopwords(code: str) -> Tuple[Tuple[bytes, ...], Tuple[str, ...]]:
    """A profile's stopwords of the letters a-z (as bytes, for the fast count), and the others."""
    words = get_profile(code).stopwords
    return (tuple(w.encode() for w in words if w.isascii() and w.isalpha()),
            tuple(w for w in words if not (w.isascii() and w.isalpha())))


@lru_cache(maxsize=None)
def _plain_words(codes: Tuple[str, ...]) -> FrozenSet[bytes]:
    """Every stopword of the letters a-z of these profiles (as bytes)."""
    return frozenset(w for c in codes for w in _stopwords(c)[0])


@lru_cache(maxsize=None)
def _other_words(codes: Tuple[str, ...]) -> Tuple[Tuple[str, str], ...]:
    """Every stopword with letters outside a-z ("für", "của") of these profiles, with those
    letters ("ü", "ủ")."""
    words = sorted({w for c in codes for w in _stopwords(c)[1]})
    return tuple((w, "".join(sorted({ch for ch in w if not ch.isascii()}))) for w in words)


@lru_cache(maxsize=None)
def _other_letters(codes: Tuple[str, ...]) -> Tuple[str, ...]:
    """The letters outside a-z of _other_words(codes), each once."""
    return tuple(sorted({ch for _w, beyond in _other_words(codes) for ch in beyond}))


def stopword_shares(text: str, codes: Optional[Tuple[str, ...]] = None) -> Tuple[Dict[str, float], int]:
    """For each profile, the share of the text's words that are its stopwords; and the count
    of words.

    Words are the runs of the letters a-z in the lower-cased text, cut out as bytes
    (non-ASCII characters become "?" and then spaces: several times faster than a pattern's
    findall, and the same words) and counted once; stopwords of other letters are counted
    between spaces. A profile's share is then a sum over its few stopwords, not a pass
    over the text, so more profiles cost next to nothing. Only the words that are some
    profile's stopwords are counted (a set test each, in C: a third of a page's words).
    """
    codes = codes or counted()
    low = text[:8000].lower()
    tokens = low.encode("ascii", "replace").translate(_LETTERS_ONLY).split()
    counts = Counter(filter(_plain_words(codes).__contains__, tokens))
    others: Dict[str, int] = {}
    if not low.isascii():
        # stopwords of other letters, counted between spaces (a str.count each: far cheaper
        # than a pattern of them all, which has no literal to skip ahead by)
        padded = " " + low + " "
        # (a word with a letter the text does not hold is not in it: a search for the letter,
        # which most pages lack, costs a hundredth of a count of the word; each letter is
        # searched for once, not once for each word that holds it)
        absent = {ch for ch in _other_letters(codes) if ch not in low}
        for w, beyond in _other_words(codes):
            others[w] = padded.count(" " + w + " ") if absent.isdisjoint(beyond) else 0
    total = len(tokens)
    shares: Dict[str, float] = {}
    count = counts.get  # (not counts[w]: a Counter answers a missing word with a Python call)
    for code in codes:
        plain, other = _stopwords(code)
        n = sum(map(count, plain, repeat(0))) + sum(others.get(w, 0) for w in other)
        shares[code] = n / total if total else 0.0
    return shares, total


def _best(shares: Dict[str, float], total: int) -> Optional[str]:
    """The profile whose stopwords are most frequent, if the text is long enough for a guess."""
    if total < 5 or not shares:
        return None
    return max(shares, key=lambda c: shares[c])


def _frequent_enough(shares: Dict[str, float], total: int, best: Optional[str]) -> bool:
    """Its words are one in fifty of the text, and two at the least."""
    return best is not None and shares[best] * total >= 2 and shares[best] >= 0.02


def detect_language(text: str, codes: Optional[Tuple[str, ...]] = None) -> Optional[str]:
    """The code of the profile whose stopwords are most frequent in `text`, or None when the
    text is too short or no profile's words are frequent enough (one word in 50)."""
    shares, total = stopword_shares(text, codes)
    best = _best(shares, total)
    return best if _frequent_enough(shares, total, best) else None


def _sample(texts: List[str], size: int = 8000) -> str:
    """The first `size` characters of the sentence-like texts (six words or more)."""
    parts: List[str] = []
    n = 0
    for t in texts:
        if n >= size:
            break
        if t.count(" ") > 5:
            parts.append(t)
            n += len(t) + 1
    return " ".join(parts)[:size]


def _joined_head(texts: List[str], size: int) -> str:
    """" ".join(texts)[:size], joining only the texts it needs (a dump's every line is not
    copied for its first few)."""
    parts: List[str] = []
    n = 0  # the joined parts' length, and one
    for t in texts:
        if n > size:
            break
        parts.append(t)
        n += len(t) + 1
    return " ".join(parts)[:size]


# A language the page declares gives way to another profile's only when that profile's words
# are as frequent as in a page of its language and twice as frequent as the declared one's
# (sites in one language often ship a template that declares another).
# A declared language with no profile gives way only to a profile this sure of itself.
_SURE_SHARE = 0.12
# A declared language that has a profile, whose words are this rare in a text of this many
# words, is not the text's: the page declares its template's language, not the article's.
_ABSENT_SHARE = 0.02
_ABSENT_WORDS = 100


def reads_as(text: str, code: Optional[str]) -> bool:
    """The text does not plainly read as another language than `code`'s: its words hold the
    profile's stopwords at least once in fifty, or it is too short to tell (fewer than a
    hundred words), or the language has no profile."""
    if code is None or not _countable(code):
        return True
    shares, total = stopword_shares(text[:_READS_AS_CHARS], (code,))
    return not _absent(shares[code], total)


def _absent(share: float, total: int) -> bool:
    """A language's words are absent from a text: rarer than _ABSENT_SHARE in a text of
    _ABSENT_WORDS words or more (in a shorter one, too few to tell)."""
    return total >= _ABSENT_WORDS and share < _ABSENT_SHARE


_READS_AS_CHARS = 3000  # a text's first characters tell its language well enough (some 400 words)


def _sure(code: Optional[str], shares: Dict[str, float], text: str) -> bool:
    """The text reads as this profile's: its words as frequent as in a page in its language
    (a page in a language with no profile takes a few of some profile's short words; those
    are rarer: measured, at most half as frequent), and it holds none of the letters of a
    near language that this one never writes (a Slovak page takes Czech's short words)."""
    return code is not None and shares.get(code, 0.0) >= get_profile(code).stopword_least_share \
        and not _alien(code, text)


def _alien(code: str, text: str) -> bool:
    """The text holds the letters the profile's language never writes (alien_letters), one
    letter in a thousand, or lacks those it writes often (own_letters, one in two hundred,
    in a text of _OWN_LEAST_LETTERS letters or more)."""
    profile = get_profile(code)
    if not profile.alien_letters and not profile.own_letters:
        return False
    low = text.lower()
    letters = sum(map(str.isalpha, low))
    # (a name's letters are its own language's: "Modrić", "Wałęsa", "Räikkönen" in a Spanish,
    # Portuguese or Czech text; the neighbour's letters that tell are in its small words)
    common = " ".join(w for w in text.split() if not w[:1].isupper()).lower()
    alien = sum(map(common.count, profile.alien_letters))
    own = sum(map(low.count, profile.own_letters))
    return alien * _ALIEN_PER_LETTERS >= max(letters, 1) or bool(profile.own_letters) and \
        letters >= _OWN_LEAST_LETTERS and own * _OWN_PER_LETTERS < letters


def _own_letters_held(code: str, text: str) -> bool:
    """The text writes the letters of the profile's language (own_letters) as often as a text
    in it does and none it never writes: a page declaring that language is in it, however few
    of its stopwords a short text of an agglutinative language holds (Turkish, Finnish)."""
    profile = get_profile(code)
    return bool(profile.own_letters) and not _alien(code, text) and \
        sum(map(str.isalpha, text)) >= _OWN_LEAST_LETTERS


_ALIEN_PER_LETTERS = 1000
_OWN_PER_LETTERS = 200
_OWN_LEAST_LETTERS = 400


def page_language(texts: List[str], declared: Optional[str],
                  forced: Optional[str]) -> Tuple[Optional[str], str]:
    """The page's ISO 639-1 code (None when unsure) and how it was found: forced by the
    caller; else the language the page declares (<html lang>, og:locale) unless its text
    plainly reads as another profile's; else the profile whose frequent words the page's
    sentences hold most."""
    if forced:
        return forced, "option"
    head = _joined_head(texts, 8000)
    other, script, latin = _other_script(head)
    if other and declared is not None and _latin_countable(declared):
        # (a page that declares a Latin profile's language and holds its prose, not a cookie
        # banner's or menus' words, stays in it: an Indonesian page quoting Arabic verses)
        shares, total = stopword_shares(head, (declared,))
        other = shares[declared] * total < _DECLARED_PROSE_WORDS or latin < _DECLARED_LATIN_SHARE
    if other:
        # most letters are not Latin ones, which every profile writes: its stopwords cannot
        # tell (a page in Arabic or Chinese holds only its menus' English words), the script can
        if declared and not _latin_countable(declared) and (
                script in (None, declared) or {script, declared} <= _HAN_LANGUAGES):
            # (Japanese tables print Chinese characters with little kana: "ja" declared stays)
            return declared, "declared by the page"
        if script:
            return script, "script"
        return None, "unknown (a script that several languages write)"
    sample = _sample(texts)
    shares, total = stopword_shares(sample)
    best = _best(shares, total)
    top = shares.get(best, 0.0) if best else 0.0
    if declared:
        own = shares.get(declared)
        if best and best != declared:
            if (own is not None and _sure(best, shares, sample) and top >= 2 * own) or \
                    (own is None and top >= _SURE_SHARE and _sure(best, shares, sample)):
                return best, "stopword count (the page declares another language)"
        if own is not None and _absent(own, total) and not _own_letters_held(declared, sample):
            return None, "unknown (the page declares a language its text does not read as)"
        return declared, "declared by the page"
    # (Japanese puts no spaces between words: its paragraphs are not in the sample, and a few
    # English lines of its menus may be all the sample holds; letters that only one language
    # writes, taking their share of the page's, tell it first)
    script = _script_language(head)
    if script:
        return script, "script"
    if _frequent_enough(shares, total, best) and _sure(best, shares, sample):
        return best, "stopword count"
    return None, "unknown"


@lru_cache(maxsize=None)
def counted() -> Tuple[str, ...]:
    """The languages whose words their profiles' stopwords count: those with a profile that
    lists them (Japanese, Korean and Chinese have profiles but no stopwords: their words are
    not parted by spaces; a page declaring one is trusted as a page declaring a language with
    no profile is, and no text is counted as one)."""
    return tuple(c for c in available() if get_profile(c).stopwords)


def _countable(code: str) -> bool:
    """The language is one of counted()."""
    return code in counted()


@lru_cache(maxsize=None)
def _latin_countable(code: str) -> bool:
    """The language is one of counted() and writes the Latin alphabet (its stopwords do): on
    a page of another script its words can be told from a menu's, where a Cyrillic profile's
    (Russian) cannot be told from the script's other languages' by them."""
    words = get_profile(code).stopwords
    return _countable(code) and 2 * sum(bool(_latin_letters().match(w)) for w in words) > len(words)


def _other_script(text: str) -> Tuple[bool, Optional[str], float]:
    """Whether most of the text's letters are outside the Latin alphabet and its extensions;
    then the language its script tells (see _script_of); and the share of its letters that
    are Latin (1.0 where it is not counted: a text of Latin-1 letters, or too few)."""
    if text.isascii():
        return False, None, 1.0
    high = len(text) - len(text.encode("latin-1", "ignore"))  # (letters past Latin-1, in C)
    if high < _OTHER_SCRIPT_SHARE * len(text):
        return False, None, 1.0  # (a Latin page's accented letters are far fewer)
    letters = sum(map(str.isalpha, text))
    if letters < 200:
        return False, None, 1.0
    latin = len(_latin_letters().findall(text)) / letters
    if latin >= _OTHER_SCRIPT_SHARE:
        return False, None, latin
    return True, _script_of(text, letters), latin


def _script_of(text: str, letters: int) -> Optional[str]:
    """The language a text's script tells: a script one language writes (Greek, Hebrew,
    Thai, Georgian, Armenian, Tamil and the other scripts of one South or Southeast Asian
    language, kana with Chinese characters, Hangul), Chinese characters without kana, Arabic
    letters without those Persian and Urdu add, Bengali without Assamese's letters, Cyrillic
    with letters only Ukrainian or only Russian writes; None when the letters cannot tell the
    languages apart (Devanagari, Cyrillic of other languages, Persian or Urdu)."""
    share = _ScriptShares(text, letters)
    if share["kana"] >= 0.05:
        return "ja"
    if share["han"] >= 0.3:
        return "zh"
    if share["arabic"] >= 0.3:
        return "ar" if share["arabic_extra"] < 0.005 else None
    if share["cyrillic"] >= 0.3:
        if share["ukrainian"] >= 0.003 and share["russian"] < 0.001:
            return "uk"
        if share["russian"] >= 0.003 and share["cyrillic_extra"] < 0.0005:
            return "ru"
        return None
    if share["bengali"] >= 0.3:
        return "bn" if share["assamese"] < 0.001 else None
    for code in _ONE_LANGUAGE_SCRIPTS:
        if share[code] >= 0.3:
            return code
    return None


# most of a text's letters outside the Latin ones: another script's page (a Latin page in a
# language with many accents, Vietnamese, keeps more than half its letters Latin)
_OTHER_SCRIPT_SHARE = 0.5
_DECLARED_LATIN_SHARE = 0.25  # ... and its letters at least this share of the head's
_DECLARED_PROSE_WORDS = 10  # the declared language's stopwords in a head with prose in it (menus hold few)
_HAN_LANGUAGES = frozenset({"ja", "zh"})  # (both write Chinese characters)
# scripts as code-point ranges: those one language writes by its code, and the letters
# that tell the languages of a shared script apart
_OTHER_SCRIPTS: Tuple[Tuple[str, str], ...] = (
    ("kana", "\u3040-\u30ff"), ("han", "\u4e00-\u9fff\u3400-\u4dbf"),
    ("ko", "\uac00-\ud7a3\u1100-\u11ff"), ("el", "\u0370-\u03ff\u1f00-\u1fff"),
    ("he", "\u05d0-\u05ea"), ("th", "\u0e01-\u0e5b"), ("ka", "\u10a0-\u10ff"),
    ("hy", "\u0531-\u0587"), ("ta", "\u0b80-\u0bff"), ("te", "\u0c00-\u0c7f"),
    ("kn", "\u0c80-\u0cff"), ("ml", "\u0d00-\u0d7f"), ("gu", "\u0a80-\u0aff"),
    ("pa", "\u0a00-\u0a7f"), ("si", "\u0d80-\u0dff"), ("km", "\u1780-\u17ff"),
    ("lo", "\u0e80-\u0eff"), ("bengali", "\u0980-\u09ff"), ("assamese", "\u09f0\u09f1"),
    ("arabic", "\u0620-\u064a\u0671-\u06d3"),
    ("arabic_extra", "\u067e\u0686\u0698\u06af\u06cc\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2"),
    ("cyrillic", "\u0400-\u04ff"), ("ukrainian", "\u0454\u0456\u0457\u0491\u0404\u0406\u0407\u0490"),
    ("russian", "\u044b\u044d\u042b\u042d"),
    ("cyrillic_extra", "\u045e\u0458\u0452\u0459\u045a\u045b\u045f\u0453\u045c\u0455"
                       "\u04d9\u0493\u049b\u04a3\u04e9\u04b1\u04af\u04bb\u0456\u0457\u0454\u0491"))
_ONE_LANGUAGE_SCRIPTS = ("ko", "el", "he", "th", "ka", "hy", "ta", "te", "kn", "ml", "gu", "pa", "si",
                         "km", "lo")


@lru_cache(maxsize=None)
def _latin_letters() -> "re.Pattern[str]":
    """A letter of the Latin alphabet or its extensions."""
    return rx("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]")


class _ScriptShares(Dict[str, float]):
    """Each script's share of a text's letters (_OTHER_SCRIPTS' codes), counted the first time
    it is asked for: a page of kana or of Chinese characters is told by one or two counts, not
    by all twenty-five."""

    def __init__(self, text: str, letters: int) -> None:
        super().__init__()
        self.text, self.letters = text, letters

    def __missing__(self, code: str) -> float:
        self[code] = share = len(_other_script_pattern(code).findall(self.text)) / self.letters
        return share


@lru_cache(maxsize=None)
def _other_script_pattern(code: str) -> "re.Pattern[str]":
    """One script of _OTHER_SCRIPTS as its character class."""
    return dict(_other_script_patterns())[code]


@lru_cache(maxsize=None)
def _other_script_patterns() -> Tuple[Tuple[str, "re.Pattern[str]"], ...]:
    """Each of _OTHER_SCRIPTS as one character class."""
    return tuple((code, rx("[" + ranges + "]")) for code, ranges in _OTHER_SCRIPTS)


# letters that only one language writes, as code-point ranges, and the least share of a
# text's letters they take in a text of that language: kana (Japanese), Hangul (Korean), and
# the dotless ı of Turkish (about 4% of its letters; Azerbaijani, which has it too, writes ə)
_SCRIPTS = (("ja", ((0x3040, 0x30FF),), 0.2), ("ko", ((0xAC00, 0xD7A3), (0x1100, 0x11FF)), 0.2),
            ("tr", ((0x0131, 0x0131),), 0.015))
_NOT_TURKISH = "ə"


def _script_language(text: str) -> Optional[str]:
    """The language whose own letters take their share of the text's letters, or None."""
    if text.isascii() or not _any_script_letter().search(text):
        return None  # (no script's own letters: at once, or in one search, before counting)
    letters = sum(map(str.isalpha, text))
    if letters < 200:
        return None
    for code, pat, share in _script_patterns():
        own = len(pat.findall(text))
        if own >= share * letters and not (code == "tr" and _NOT_TURKISH in text):
            return code
    return None


@lru_cache(maxsize=None)
def _any_script_letter() -> "re.Pattern[str]":
    """A letter of any of the scripts _SCRIPTS knows."""
    return _letter_class([r for _code, ranges, _share in _SCRIPTS for r in ranges])


def _letter_class(ranges: List[Tuple[int, int]]) -> "re.Pattern[str]":
    """One character class of code-point ranges (a pattern counts or finds them in C)."""
    return rx("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in ranges) + "]")


@lru_cache(maxsize=None)
def _script_patterns() -> Tuple[Tuple[str, "re.Pattern[str]", float], ...]:
    """Each script's letters as one character class (a pattern counts them in C)."""
    return tuple((code, _letter_class(list(ranges)), share) for code, ranges, share in _SCRIPTS)
