"""The article's images: those in or just above the body, with their captions and credits."""

from __future__ import annotations

import re
from typing import List

from newsextract.blocks import BODY, CAPTION, Block
from newsextract.metadata import Meta
from newsextract.model import Image

_PHOTO_LABEL = re.compile(r"^(?:foto|photo|gambar|image|ilustrasi)\s*:\s*", re.I)
_TRAILING_CREDIT = re.compile(r"\s*\((?:(?:foto|photo|dok|credit|kredit)[:.]?\s*)?([^()]{2,80})\)\s*$"
                              r"|\s+(?:foto|photo|credit|kredit)\s*:\s*(.{2,80})$", re.I)


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
            caption = _PHOTO_LABEL.sub("", caption)
            m = _TRAILING_CREDIT.search(caption)
            if m and (m.group(2) or "/" in m.group(1) or re.search(r"foto|photo|dok", m.group(0), re.I)):
                credit = (m.group(1) or m.group(2)).strip()
                caption = caption[:m.start()].strip()
            caption = caption or None
        out.append(Image(src=img.src, caption=caption, credit=credit))
    return out
