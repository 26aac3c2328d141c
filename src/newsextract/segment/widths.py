"""Line widths of a text dump and the column it was wrapped at (w3m, lynx wrap paragraphs).

Apart from segment/text.py so that the dump-style normaliser (segment/dumps.py) can ask for
the wrap width without importing the segmenter that calls it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import List, Optional

from newsextract.rxcache import rx

# A line longer than this is never treated as a wrapped line (no dump tool wraps that wide).
_MAX_WRAP = 240


# a character at or above the first wide block (see _WIDE_CLASS)
_MAYBE_WIDE = rx("[^\x00-\u2e7f]")


def line_widths(lines: List[str], maybe_wide: bool = True) -> List[int]:
    """Display widths of right-stripped lines (short lines by their length: they cannot be
    among the full lines a wrap width is read from).

    maybe_wide: False when the caller knows the text has no wide character.
    """
    widths = list(map(len, lines))
    if not maybe_wide:
        return widths
    # one search per line that holds a wide character (emoji and the like are not wide: most
    # lines of most pages with such characters hold none)
    joined = "\n".join(lines)
    rx = _wide_rx()
    pos = line = 0
    while True:
        m = rx.search(joined, pos)
        if m is None:
            break
        line += joined.count("\n", pos, m.start())
        if widths[line] >= 20:
            widths[line] = _width(lines[line])
        end = joined.find("\n", m.start())
        if end < 0:
            break
        pos = end + 1
        line += 1
    return widths


def wrap_width(lines: List[str], widths: Optional[List[int]] = None,
               stripped: bool = False) -> Optional[int]:
    """The column width the dump was wrapped at, or None if it was not wrapped.

    Wrapped paragraphs pile their lines up just below the width: the width is the largest
    length that several lines reach (two within 3 columns, and a twentieth of the long lines
    within 12); a few longer lines (an unbreakable URL, a table) do not move it. It counts only
    if the lines after those full lines read as continuations (often in lower case), which
    is what tells a wrapped dump from one paragraph per line.
    """
    lines = lines if stripped else [x.rstrip() for x in lines]
    if widths is None:
        widths = line_widths(lines)
    lengths = sorted([w for w in widths if w >= 40], reverse=True)
    if len(lengths) < 3:
        return None
    need = max(3, len(lengths) // 20)
    asc = lengths[::-1]
    width = None
    for top in sorted(set(lengths), reverse=True):
        if top > _MAX_WRAP:
            continue
        near = bisect_right(asc, top) - bisect_left(asc, top - 3)
        band = bisect_right(asc, top) - bisect_left(asc, top - 12)
        if near >= 2 and band >= need:
            width = top
            break
    if width is None:
        return None
    lower = cased = 0
    low_w = width - 12
    for i in [i for i, w in enumerate(widths[:-1]) if low_w <= w <= width]:
        line = lines[i + 1]
        if line.strip():
            first = line.lstrip()[:1]
            if first.isalpha() and first.lower() != first.upper():
                cased += 1
                lower += first.islower()
    if cased >= 3 and lower < cased * 0.2:
        return None  # full lines are followed by new paragraphs, not continuations
    return width



def margin_width(lines: List[str], widths: List[int], width: int) -> Optional[int]:
    """The column the set-in lines of a dump wrap at, where it falls 1 to 3 columns short of the
    page's width, or None.

    elinks, links and lynx set a page's paragraphs in by three columns and stop them as many
    columns short of the screen's edge, while a heading, a centred line or a table row of no
    margin runs to the edge: where such lines read wider, the page's width is theirs, and the
    paragraphs' lines are wrapped with less room than it leaves. Told from the dump's own lines:
    most of its long lines set in (w3m sets in only its lists and quotations, which run to the
    edge), and their own wrap width short of the page's.
    """
    set_in = [w if line[:3] == "   " else 0 for line, w in zip(lines, widths, strict=True)]
    long_in = sum(1 for w in set_in if w >= 40)
    if long_in * 2 < sum(1 for w in widths if w >= 40):
        return None
    inner = wrap_width(lines, set_in, stripped=True)
    if inner is None or not 0 < width - inner <= _MARGIN_MAX:
        return None
    return inner


_MARGIN_MAX = 3  # (lynx's and elinks's right margin; a narrower column is a table's or a list's)

# East Asian wide characters; compiled on first use (a class of such wide ranges takes the
# regex compiler milliseconds, and most dumps never need it)
_WIDE_CLASS = ("[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff"
               "\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]")


@lru_cache(maxsize=None)
def _wide_rx() -> "re.Pattern[str]":
    return rx(_WIDE_CLASS)


def starts_wide(s: str) -> bool:
    """s opens with an East Asian wide character. A character below the jamo or between
    them and the CJK radicals (curly quotes, dashes) answers without the pattern, which then
    is compiled only for pages that hold such characters."""
    ch = s[:1]
    if not ch or ch < "\u1100" or "\u115f" < ch < "\u2e80":
        return False
    return bool(_wide_rx().match(ch))


def _width(s: str) -> int:
    """Columns a line takes on a terminal: East Asian wide characters take two."""
    # (Hangul jamo, \u1100-\u115f, counts as wide only beside other wide characters: Korean
    # text is written in syllables, and the test keeps curly quotes and dashes cheap)
    if s.isascii() or not _MAYBE_WIDE.search(s):
        return len(s)
    return len(s) + len(_wide_rx().findall(s))
