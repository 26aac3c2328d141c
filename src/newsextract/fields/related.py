"""Titles of "Baca juga" inserts and related-article lists."""

from __future__ import annotations

from typing import List

from newsextract.blocks import LIST_ITEM, RELATED, Block
from newsextract.classify import related_title
from newsextract.fields.dates import mostly_dates
from newsextract.rxcache import rx


def related_titles(blocks: List[Block]) -> List[str]:
    """Titles of "Baca juga" inserts and related-article lists, in page order, deduplicated."""
    out: List[str] = []
    for b in blocks:
        if b.label != RELATED:
            continue  # the classifier labelled every read-also line and list item
        title = related_title(b.text)
        if title is None and b.reason == LIST_ITEM:
            title = b.text
        if title and title not in out and len(title) < 300 and len(title.split()) > 1 and not _date_alone(title) \
                and not _markup_words(title):
            out.append(title)
    return out


def _date_alone(text: str) -> bool:
    """A list item's line that is all a date ("13 May 2024"): the date under a teaser's
    headline, no title of its own."""
    if not any(c.isdigit() for c in text):
        return False
    # (or a teaser's kicker, one word, and its date: "Kommentar 03.03.2024")
    return mostly_dates(text, 0.8) or mostly_dates(text.split(None, 1)[-1], 0.8)


# a word of a page's markup: a class or id name ("d-none", "hide_me", "hideMe"), lower-case
# ASCII opening, parted by a hyphen or underscore or by a capital inside
_MARKUP_WORD = rx(r"[a-z][a-z0-9]*(?:[-_][a-z0-9]+|[A-Z][a-z0-9]*)+")


def _markup_words(text: str) -> bool:
    """A list item whose every word is a class name the site leaks into its text ("d-none
    hideMe" in a hidden item's place), no headline: a headline holds one word that is not."""
    return all(_MARKUP_WORD.fullmatch(w) for w in text.split())
