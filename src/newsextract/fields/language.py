"""Language detection by counting each profile's frequent words."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, FrozenSet, List, Optional, Tuple

from newsextract.profiles import available, get_profile

# bytes: a-z kept, every other byte a space (the text is lower-cased and encoded first)
_LETTERS_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))


@lru_cache(maxsize=None)
def _stopwords(code: str) -> Tuple[FrozenSet[bytes], FrozenSet[str]]:
    """A profile's stopwords of the letters a-z (as bytes, for the fast count), and the others."""
    words = get_profile(code).stopwords
    return (frozenset(w.encode() for w in words if w.isascii() and w.isalpha()),
            frozenset(w for w in words if not (w.isascii() and w.isalpha())))


_WORDS = re.compile(r"\w+(?:['’]\w+)*")


def stopword_shares(text: str, codes: Optional[Tuple[str, ...]] = None) -> Tuple[Dict[str, float], int]:
    """For each profile, the share of the text's words that are its stopwords; and the count
    of words.

    Words are the runs of the letters a-z in the lower-cased text, cut out as bytes
    (non-ASCII characters become "?" and then spaces: several times faster than a pattern's
    findall, and the same words); stopwords of other letters are counted in a second pass
    over every word, only for the profiles that have some.
    """
    low = text[:8000].lower()
    tokens = low.encode("ascii", "replace").translate(_LETTERS_ONLY).split()
    words: Optional[List[str]] = None
    counts: Dict[str, int] = {}
    for code in codes or available():
        plain, other = _stopwords(code)
        n = sum(map(plain.__contains__, tokens))
        if other:
            words = words if words is not None else _WORDS.findall(low)
            n += sum(map(other.__contains__, words))
        counts[code] = n
    total = max(len(tokens), len(words or ()))
    return {c: n / total if total else 0.0 for c, n in counts.items()}, total


def detect_language(text: str, codes: Optional[Tuple[str, ...]] = None) -> Optional[str]:
    """The code of the profile whose stopwords are most frequent in `text`, or None when the
    text is too short or no profile's words are frequent enough (one word in 50)."""
    shares, total = stopword_shares(text, codes)
    if total < 5 or not shares:
        return None
    best = max(shares, key=lambda c: shares[c])
    return best if shares[best] * total >= 2 and shares[best] >= 0.02 else None


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


# A language the page declares gives way to another profile's only when that profile's words
# are at least this frequent and twice as frequent as the declared one's (sites in one
# language often ship a template that declares another).
_OVERRULE_SHARE = 0.04
# A declared language with no profile gives way only to a profile this sure of itself.
_SURE_SHARE = 0.12


def page_language(texts: List[str], declared: Optional[str],
                  forced: Optional[str]) -> Tuple[Optional[str], str]:
    """The page's ISO 639-1 code (None when unsure) and how it was found: forced by the
    caller; else the language the page declares (<html lang>, og:locale) unless its text
    plainly reads as another profile's; else the profile whose frequent words the page's
    sentences hold most."""
    if forced:
        return forced, "option"
    sample = _sample(texts)
    shares, total = stopword_shares(sample)
    best = max(shares, key=lambda c: shares[c]) if shares and total >= 5 else None
    top = shares.get(best, 0.0) if best else 0.0
    if declared:
        if best and best != declared:
            own = shares.get(declared)
            if (own is not None and top >= _OVERRULE_SHARE and top >= 2 * own) or \
                    (own is None and top >= _SURE_SHARE):
                return best, "stopword count (the page declares another language)"
        return declared, "declared by the page"
    found = detect_language(sample)
    return (found, "stopword count") if found else (None, "unknown")
