"""The article's images: those in or just above the body, with their captions and credits."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import List, Pattern, Tuple

from newsextract.blocks import BODY, CAPTION, Block
from newsextract.metadata import Meta
from newsextract.model import Image
from newsextract.profiles import merged
from newsextract.rxcache import longest_first, rx



@lru_cache(maxsize=None)
def _caption_rxs() -> Tuple[Pattern[str], Pattern[str], Pattern[str]]:
    """A photo label opening a caption ("Foto: ..."), a credit closing it ("(Foto: ANTARA/X)",
    "... Photo: X"), and a photo label anywhere."""
    labels = "|".join(re.escape(w) for w in sorted(merged().photo_labels, key=longest_first))
    return (rx(r"^(?:" + labels + r")\s*:\s*", re.I),
            rx(r"\s*\((?:(?:" + labels + r")[:.]?\s*)?([^()]{2,80})\)\s*$"
                       r"|\s+(?:" + labels + r")\s*:\s*(.{2,80})$", re.I),
            rx(labels, re.I))


def article_images(blocks: List[Block], meta: Meta, start: int, end: int) -> List[Image]:
    """The images that stand in or just above the body, with the caption blocks after them.

    A caption's trailing credit ("(Foto: ANTARA/X)", "Photo: X") goes to `credit`.
    """
    out: List[Image] = []
    for img, pos in zip(meta.images, meta.image_positions, strict=False):
        if not start - 6 <= pos <= end:
            continue
        caption, credit = img.caption, None
        for b in blocks[pos:pos + 3]:
            if b.label == CAPTION or b.caption:
                caption = b.text
                break
            if b.label == BODY:
                break
        if caption:
            label_rx, credit_rx, any_label = _caption_rxs()
            caption = label_rx.sub("", caption)
            m = credit_rx.search(caption)
            if m and (m.group(2) or "/" in m.group(1) or any_label.search(m.group(0))):
                credit = (m.group(1) or m.group(2)).strip()
                caption = caption[:m.start()].strip()
            caption = caption or None
        out.append(Image(src=img.src, caption=caption, credit=credit))
    return out
