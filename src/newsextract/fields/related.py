"""Titles of "Baca juga" inserts and related-article lists."""

from __future__ import annotations

from typing import List

from newsextract.blocks import LIST_ITEM, RELATED, Block
from newsextract.classify import related_title
from newsextract.fields.dates import mostly_dates


def related_titles(blocks: List[Block]) -> List[str]:
    """Titles of "Baca juga" inserts and related-article lists, in page order, deduplicated."""
    out: List[str] = []
    for b in blocks:
        if b.label != RELATED:
            continue  # the classifier labelled every read-also line and list item
        title = related_title(b.text)
        if title is None and b.reason == LIST_ITEM:
            title = b.text
        if title and title not in out and len(title) < 300 and len(title.split()) > 1 and not _date_alone(title):
            out.append(title)
    return out


def _date_alone(text: str) -> bool:
    """A list item's line that is all a date ("13 May 2024"): the date under a teaser's
    headline, no title of its own."""
    if not any(c.isdigit() for c in text):
        return False
    # (or a teaser's kicker, one word, and its date: "Kommentar 03.03.2024")
    return mostly_dates(text, 0.8) or mostly_dates(text.split(None, 1)[-1], 0.8)
