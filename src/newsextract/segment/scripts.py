"""The article's markup that a page's scripts carry for a framework to render in the browser.

A page built by React (Next.js) may print nothing but its title: the text comes as a string
in the data its scripts hand to the framework, either the stream of rows pushed to
`self.__next_f` (a text row: `1b:T5a3,<p>...`) or the JSON of a `__NEXT_DATA__` script. That
string is markup like any page's, read here without running a script.

The same data often carries other markup too: the next article's, related stories', readers'
comments, a summary. A string is taken only when it can be told for the article's: by the keys
that lead to it in the JSON (`article.body`, not `nextArticle.body` or `comments[0].html`), or
by the words of the page's title its text holds. When none can be told, the page's own blocks
are kept.

Every step reads the page once: hostile pages (a script tag opened a million times, a text row
claiming four gigabytes, JSON nested a hundred thousand deep) cost no more than their length.
"""

from __future__ import annotations

import json
import re
from typing import Any, Iterable, Iterator, List, Optional, Set, Tuple

# a string pushed to the framework's stream: self.__next_f.push([1,"..."])
_PUSHED = re.compile(r'self\.__next_f\.push\(\[1,\s*"((?:[^"\\]|\\.)*)"\]\)')
# the head of a text row of that stream: its id, "T", its length in UTF-8 bytes in hex, a comma.
# A row begins a line, or right where a text row's counted bytes end (a text row has no newline
# after it)
_ROW_HEAD = re.compile(rb"[0-9a-f]+:T([0-9a-f]{1,8}),")
_LINE_ROW_HEAD = re.compile(rb"\n[0-9a-f]+:T([0-9a-f]{1,8}),")
_NEXT_DATA_ID = 'id="__NEXT_DATA__"'
_PARAGRAPH = re.compile(r"<p[\s>]")
_WORD = re.compile(r"\w+")
# the characters of scripts written without spaces (kana, CJK ideographs; Thai, Lao, Myanmar,
# Khmer): a "word" of them is a whole phrase, so their text is compared by pairs of characters
_SPACELESS = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
                        "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
# (the words of a key: "nextArticle" -> next, article; "related_posts" -> related, posts)
_KEY_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
MIN_PARAGRAPHS = 3  # a string with fewer paragraphs' tags is a teaser's or a caption's
# keys that lead to another text than the article's (the next one, related stories, readers'
# comments, recommendations), and keys that lead to the article's own
# (whole words, a plural's "s" aside: "commentary" leads to an opinion piece, not to comments)
_OTHER_KEYS = frozenset(("next", "related", "comment", "recommend", "recommended", "recommendation"))
_ARTICLE_KEYS = ("article", "body", "content")

_Found = Tuple[str, Optional[bool]]  # a string; its keys say article (True), other (False), nothing (None)


def script_markup(page: str, titles: Iterable[Optional[str]] = ()) -> Optional[str]:
    """The article's markup that the page's framework data carries (a string with
    MIN_PARAGRAPHS paragraphs at least), or None. A string some keys say is another text is
    never taken; of the rest, those whose keys say article, or whose text holds the page's
    title's words (two; a title with fewer leaves it to the keys), are the article's, the longest of them taken.
    """
    words = _title_words(titles)
    need = 2 if len(words) >= 2 else 0  # (one word of a title, "over", tells nothing)
    best: Optional[str] = None
    for s, said in _candidates(page):
        if said is False or (best is not None and len(s) <= len(best)):
            continue
        if len(_PARAGRAPH.findall(s)) < MIN_PARAGRAPHS:
            continue
        # (a title with no word to compare, "War: Is it over?" or none at all: the keys alone
        # may rule a string out)
        if said or not need or len(words & _words(s)) >= need:
            best = s
    return best


def _title_words(titles: Iterable[Optional[str]]) -> Set[str]:
    """The words of the page's titles a text about it holds too: of four letters or more in
    scripts of letters (a word of fewer is 'in', 'the', 'over'), of two or more in others."""
    return {w for t in titles if t for w in _words(t) if len(w) >= (4 if w.isascii() else 2)}


def _words(text: str) -> Set[str]:
    """The text's words, in lower case; a run of a script written without spaces, by each pair
    of characters ("予算案の提出" -> 予算, 算案, 案の, ...)."""
    found = set(_WORD.findall(text.lower()))
    if _SPACELESS.search(text):
        found |= {w[i:i + 2] for w in found if _SPACELESS.search(w) for i in range(len(w) - 1)}
    return found


def _candidates(page: str) -> Iterator[_Found]:
    """Strings of the page's framework data that may be markup, each with what its keys say."""
    if "__next_f" in page:
        for text in _text_rows(_stream(page)):
            yield text, None
    if _NEXT_DATA_ID in page:
        data = _next_data(page)
        if data is not None:
            yield from ((s, said) for s, said in _strings(data) if "<p" in s)


def _stream(page: str) -> bytes:
    """The rows the page's scripts push to the framework, joined, in UTF-8."""
    pushed: List[str] = []
    for m in _PUSHED.finditer(page):
        try:
            pushed.append(json.loads(f'"{m.group(1)}"'))
        except ValueError:
            continue
    return "".join(pushed).encode("utf-8", "surrogatepass")


def _text_rows(stream: bytes) -> Iterator[str]:
    """The text of each text row of the stream. A row's text is its counted bytes (no more
    than the stream has left), and the search goes on after them: rows within a row's text are
    text, and a row right after it is found too."""
    # (names bound once: a hostile stream of 400,000 empty rows makes this loop the page's cost)
    pos, size = 0, len(stream)
    match, search, find = _ROW_HEAD.match, _LINE_ROW_HEAD.search, stream.find
    while pos < size:
        row = match(stream, pos) or search(stream, pos)
        if row is None:
            return
        start = row.end()
        end = start + int(row.group(1), 16)
        if end > size:
            end = size
        if find(b"<p", start, end) >= 0:  # (a row with no paragraph is no article's)
            yield stream[start:end].decode("utf-8", "replace")
        pos = end


def _next_data(page: str) -> Any:
    """The JSON of the page's __NEXT_DATA__ script, or None: the script found by its id, its
    text up to the first closing tag after it."""
    at = page.find(_NEXT_DATA_ID)
    opened = page.rfind("<script", 0, at)
    start = page.find(">", at) + 1
    if opened < 0 or ">" in page[opened:at] or start == 0:
        return None
    end = page.find("</script>", start)
    if end < 0:
        return None
    try:
        return json.loads(page[start:end])
    except (ValueError, RecursionError):  # (not JSON, or nested deeper than Python's parser goes)
        return None


def _strings(data: Any) -> Iterator[_Found]:
    """Every string a JSON value holds, however deep, with what the keys leading to it say:
    False when one names another text, else True when one names the article, else None."""
    stack: List[Tuple[Any, Optional[bool]]] = [(data, None)]
    while stack:
        v, said = stack.pop()
        if isinstance(v, str):
            yield v, said
        elif isinstance(v, dict):
            stack.extend((x, said if said is False else _key_says(k, said)) for k, x in v.items())
        elif isinstance(v, list):
            stack.extend((x, said) for x in v)


def _key_says(key: Any, said: Optional[bool]) -> Optional[bool]:
    """What a key says of the text under it, after what the keys above it said (not False)."""
    words = [w.lower() for w in _KEY_WORD.findall(str(key))]
    if any(w in _OTHER_KEYS or w[:-1] in _OTHER_KEYS and w.endswith("s") for w in words):
        return False
    if any(w.startswith(_ARTICLE_KEYS) for w in words):
        return True
    return said
