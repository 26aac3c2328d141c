"""Language detection by counting each profile's frequent words."""

from __future__ import annotations

import re
from typing import Optional

from newsextract.profiles import available, get_profile

_WORD = re.compile(r"[a-zA-Z]+")


def detect_language(text: str) -> Optional[str]:
    """The code of the profile whose stopwords are most frequent in `text`, or None."""
    tokens = _WORD.findall(text[:8000].lower())
    if len(tokens) < 5:
        return None
    best, best_n = None, 0
    for code in available():
        n = sum(map(get_profile(code).stopwords.__contains__, tokens))
        if n > best_n:
            best, best_n = code, n
    if best_n < max(2, len(tokens) // 50):
        return None
    return best
