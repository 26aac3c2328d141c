# These tests test dst31's code (merged instead of dhd31's reverted twins); run them after merging both.
"""Tests of dst31's code, not dhd31's: dhd31 made these two changes too (lynx_refs join counting
link numbers, 12a14807; style sample past base64 data, 43bef48f) and reverted them because dst31
made the same changes in its own form and is merged instead. Moved here unchanged from
tests/test_dhd31_dumps.py, for the lead to run after merging both branches (expected to fail on
dhd31 alone)."""

from __future__ import annotations

from newsextract import extract

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
