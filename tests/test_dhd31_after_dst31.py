# These tests test dst31's code (merged instead of dhd31's reverted twins); run them after merging both.
"""Tests of dst31's code, not dhd31's: dhd31 made these two changes too (lynx_refs join counting
link numbers, 12a14807; style sample past base64 data, 43bef48f) and reverted them because dst31
made the same changes in its own form and is merged instead. Moved here unchanged from
tests/test_dhd31_dumps.py, for the lead to run after merging both branches (expected to fail on
dhd31 alone)."""

from __future__ import annotations

import base64

from newsextract import extract
from newsextract.segment.dumps import MARKDOWN, dump_style

# an icon sprite inlined as a data URI, as pandoc and markdownify print an <img src="data:...">:
# 30,000 base64 characters on one line, more than the style detector's whole sample
_SPRITE = base64.b64encode(b"<svg xmlns='http://www.w3.org/2000/svg'><symbol id='s'/></svg>" * 400).decode()
assert len(_SPRITE) > 30_000

_ARTICLE = (
    "Officials in the river town said the water rose faster than forecast on Tuesday night, and "
    "that [volunteers](/topic/volunteers) filled sandbags until dawn.\n\n"
    "\"We have never seen it climb like this,\" said the mayor, who asked residents to stay "
    "away from the bridge until engineers had checked it.\n\n"
    "The [weather service](/topic/weather) expects more rain on Thursday and Friday.\n")


def _pandoc_page() -> str:
    """A pandoc Markdown page: fenced divs, a sprite's data URI first, then the article."""
    return ("::: {#fb-root}\n:::\n\n"
            f"![](data:image/svg+xml;base64,{_SPRITE}){{.sprite}}\n\n"
            "[Skip to content](#main){.skip}\n\n"
            "::: {.header}\n-   [News](/news)\n-   [Sport](/sport)\n-   [Weather](/weather)\n:::\n\n"
            "# River bursts its banks after a night of storms {#headline .title}\n\n"
            "::: {.byline}\n[[Jane Holloway](/author/jane-holloway){.link}]{.name}[2 hours ago]{.time}\n:::\n\n"
            + _ARTICLE)


def test_a_data_uri_at_the_head_of_a_markdown_dump_leaves_the_style_markdown() -> None:
    # (the sample the detector reads is the page's text past the picture's data)
    assert dump_style(_pandoc_page()) == MARKDOWN


def test_the_markdown_page_behind_a_data_uri_gets_its_headline_and_its_linked_byline() -> None:
    article = extract(_pandoc_page())
    assert article.title == "River bursts its banks after a night of storms"
    assert article.authors == ["Jane Holloway"]


# lynx -dump with its links numbered ("[11]regional"), wrapped at 74 columns with the numbers in
# the lines, the addresses listed at the end
_LYNX_REFS_PAGE = """   [1]Home [2]News [3]Sport [4]Culture [5]Weather

Flood defences hold as the river peaks in the old town

   [6]Home[7]News
   Flood defences hold as the river peaks in the old town
   [8]Zoom Out [9]Zoom In [10]Normal

   By Jane Holloway

   The water stopped two centimetres below the top of the flood wall on
   Sunday morning, and the council said the wall built by the
   [11]regional water authority had done exactly what it was built to do.
   "We watched it all night and it held," said Mark Ellison, who runs the
   bakery on the quay and lost most of his stock in the flood of 2021.
   Engineers will inspect the wall on Monday before the road along the
   river is opened again, and the council asked people to keep away from
   the quay until then, because the footpath is still under the water.

References

   1. https://example.org/
   2. https://example.org/news
   3. https://example.org/sport
   4. https://example.org/culture
   5. https://example.org/weather
   6. https://example.org/
   7. https://example.org/news
   8. https://example.org/zoom-out
   9. https://example.org/zoom-in
  10. https://example.org/normal
  11. https://example.org/water-authority
"""


def test_a_lynx_line_broken_before_a_numbered_link_in_a_sentence_goes_on_the_paragraph() -> None:
    # ("...built by the" / "[11]regional water authority ...": without its number the word would
    # have fitted on the line above, but lynx laid the line out with it)
    from newsextract.segment.text import segment_dump

    texts = [b.text for b in segment_dump(_LYNX_REFS_PAGE)[0]]
    assert any("the wall built by the regional water authority had done" in t for t in texts)
    assert not any(t.endswith("the wall built by the") for t in texts)
