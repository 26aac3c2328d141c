"""The article's markup that a page's scripts carry for a framework to render in the browser.

A page built by React (Next.js) may print nothing but its title: the text comes as a string
in the data its scripts hand to the framework, either the stream of rows pushed to
`self.__next_f` (a text row: `1b:T5a3,<p>...`) or the JSON of a `__NEXT_DATA__` script. That
string is markup like any page's, read here without running a script.
"""

from __future__ import annotations

import json
import re
from typing import Any, Iterator, List, Optional

# a string pushed to the framework's stream: self.__next_f.push([1,"..."])
_PUSHED = re.compile(r'self\.__next_f\.push\(\[1,\s*"((?:[^"\\]|\\.)*)"\]\)')
# a text row of that stream: its id, "T", its length in UTF-8 bytes in hex, a comma
_TEXT_ROW = re.compile(rb"(?:^|\n)[0-9a-f]+:T([0-9a-f]{1,8}),")
_NEXT_DATA = re.compile(r'<script[^>]*id="__NEXT_DATA__"[^>]*>(.*?)</script>', re.S)
_PARAGRAPH = re.compile(r"<p[\s>]")
MIN_PARAGRAPHS = 3  # a string with fewer paragraphs' tags is a teaser's or a caption's


def script_markup(page: str) -> Optional[str]:
    """The longest string of markup with paragraphs (MIN_PARAGRAPHS at least) that the page's
    framework data carries, or None."""
    best: Optional[str] = None
    for s in _candidates(page):
        if (best is None or len(s) > len(best)) and len(_PARAGRAPH.findall(s)) >= MIN_PARAGRAPHS:
            best = s
    return best


def _candidates(page: str) -> Iterator[str]:
    """Strings of the page's framework data that may be markup."""
    if "__next_f" in page:
        pushed: List[str] = []
        for m in _PUSHED.finditer(page):
            try:
                pushed.append(json.loads(f'"{m.group(1)}"'))
            except ValueError:
                continue
        stream = "".join(pushed).encode("utf-8", "surrogatepass")
        for row in _TEXT_ROW.finditer(stream):
            size = int(row.group(1), 16)
            yield stream[row.end():row.end() + size].decode("utf-8", "replace")
    if "__NEXT_DATA__" in page:
        found = _NEXT_DATA.search(page)
        if found:
            try:
                data = json.loads(found.group(1))
            except ValueError:
                return
            yield from (s for s in _strings(data) if "<p" in s)


def _strings(data: Any) -> Iterator[str]:
    """Every string a JSON value holds, however deep."""
    stack = [data]
    while stack:
        v = stack.pop()
        if isinstance(v, str):
            yield v
        elif isinstance(v, dict):
            stack.extend(v.values())
        elif isinstance(v, list):
            stack.extend(v)
