"""Session 31 (dhd31): titles and bylines of text dumps in the styles that print them unlike a
terminal browser. Inputs are invented, in the shapes the converters print."""

from __future__ import annotations

import base64

from newsextract import extract
from newsextract.segment.dumps import MARKDOWN, PLAIN, TERMINAL, dump_style

# an icon sprite inlined as a data URI, as pandoc and markdownify print an <img src="data:...">:
# 30,000 base64 characters on one line, more than the style detector's whole sample
_SPRITE = base64.b64encode(b"<svg xmlns='http://www.w3.org/2000/svg'><symbol id='s'/></svg>" * 400).decode()
assert len(_SPRITE) > 30_000

def test_a_terminal_dump_that_prints_a_data_uri_stays_terminal() -> None:
    # a how-to whose text shows a data URI, bulleted as w3m bullets a menu
    menu = "".join(f"  • {w}\n" for w in ("Home", "Guides", "Tools", "About"))
    text = (menu + "\nEmbedding small icons\n\nYou can write an icon inline as "
            "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk "
            "and the browser draws it without a request.\n")
    assert dump_style(text) == TERMINAL


def test_plain_paragraphs_with_a_long_data_uri_stay_plain() -> None:
    # no heading, link or bullet of Markdown's around the data: the text is no Markdown
    text = ("A note on the export.\n\nThe logo was saved as data:image/svg+xml;base64," + _SPRITE
            + "\n\nNothing else was kept.\n\nThe end.\n")
    assert dump_style(text) == PLAIN


# pandoc's plain text: list items "-   News", a paragraph a line, an image with no alt text "[]"
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


_PLAIN_PAGE = """-   News
-   Sport
-   Culture
-   Weather
-   About us

[]

Flood defences hold as the river peaks in the old town

[] Jane Holloway – Reporter

The water stopped two centimetres below the top of the wall on Sunday morning, and the council said the new barrier had done what it was built to do after three winters of work.

"We watched it all night and it held," said Mark Ellison, who runs the bakery on the quay and lost his stock in the last flood.

Engineers will inspect the wall on Monday before the road along the river is opened again, and the council asked people to keep away from the quay until then.

The weather service expects the river to fall slowly over the week, though more rain is forecast for Thursday.

[] Straßenumfrage in Friedrichshain

[] Sie lesen gerade auf die zweitbeste Art!
"""


def test_an_empty_alt_before_a_writers_name_is_no_part_of_the_byline() -> None:
    article = extract(_PLAIN_PAGE)
    assert article.title == "Flood defences hold as the river peaks in the old town"
    assert article.authors == ["Jane Holloway"]


def test_a_kicker_or_a_promotion_after_an_empty_alt_stays_out_of_the_body() -> None:
    # (their mark stays: a teaser's picture line, not the article's text)
    body = extract(_PLAIN_PAGE).body
    assert body.endswith("though more rain is forecast for Thursday.")
    assert "Friedrichshain" not in body and "zweitbeste" not in body


def _texts(text: str) -> list:
    from newsextract.segment.text import segment_dump

    return [b.text for b in segment_dump(text)[0]]


def test_the_empty_alt_goes_before_a_name_of_two_or_three_words_alone_or_with_its_role() -> None:
    texts = _texts("[] Jane Holloway – Reporter\n\n[] Daniel Großert Redakteur\n\n"
                   "[] Mary Ann Holloway\n\n[] Hannover Messe 12 March 2024\n\n"
                   "[] Perform search\n\n[] Straßenumfrage in Friedrichshain\n\n[] []\n\n[] Teilen\n")
    assert texts == ["Jane Holloway – Reporter", "Daniel Großert Redakteur", "Mary Ann Holloway",
                     "[] Hannover Messe 12 March 2024", "[] Perform search",
                     "[] Straßenumfrage in Friedrichshain", "[] []", "[] Teilen"]


def test_a_teaser_opening_with_a_name_or_a_place_keeps_its_empty_alt() -> None:
    # headline teasers with their pictures, as a page lists them above or under its article:
    # a name or a place opens them, a verb or more words follow (no role, no dash, no date)
    teasers = ["[] North Korea fires missile over Japan",
               "[] Joe Biden signs the flood relief bill in Washington",
               "[] Taylor Swift Announces New Album",
               "[] Mark Ellison Reopens Quay Bakery After Flood",
               "[] Olaf Scholz besucht Kiew und sagt weitere Hilfe zu",
               "[] New York Marathon draws a record field of runners",
               "[] Saint Nazaire : le port rouvre après la tempête",
               "[] Peter Byrne PA Wire",
               "[] Jane Holloway wins the award."]
    assert _texts("\n\n".join(teasers) + "\n") == teasers


_TEASER_TOP_PAGE = """-   News
-   Sport
-   Weather

[] North Korea fires missile over Japan

Flood defences hold as the river peaks in the old town

The water stopped two centimetres below the top of the wall on Sunday morning, and the council said the new barrier had done what it was built to do after three winters of work.

"We watched it all night and it held," said Mark Ellison, who runs the bakery on the quay and lost his stock in the last flood.

Engineers will inspect the wall on Monday before the road along the river is opened again, and the council asked people to keep away from the quay until then.
"""


def test_a_teaser_with_its_picture_above_the_headline_takes_no_title() -> None:
    article = extract(_TEASER_TOP_PAGE)
    assert article.title == "Flood defences hold as the river peaks in the old town"
    assert "North Korea" not in article.body


def test_a_footnote_link_after_a_linked_name_is_the_names_mark_as_w3m_prints_it() -> None:
    from newsextract.segment.dumps import from_markdown

    # markdownify's and html2text's, then pandoc's (its superscript marks around the link)
    assert from_markdown("By\n\n* [Jane Doe](#author-0)[1](#Aff1)\n")[0] == "By\n\n• Jane Doe^1\n"
    assert from_markdown("By\n\n-   [Jane Doe](#author-0)^[1](#Aff1)^\n")[0] == "By\n\n• Jane Doe^1\n"


def test_links_that_are_no_footnote_marks_stay_links() -> None:
    from newsextract.segment.dumps import from_markdown

    # a page's number pointing to another page, a count of comments, a number standing apart
    assert "^" not in from_markdown("Pages: [1](/p/1)[2](/p/2)[3](/p/3)\n")[0]
    assert "^" not in from_markdown("[Jane Doe](/a/jane)[12 comments](#comments)\n")[0]
    assert "^" not in from_markdown("Read [the ruling](/r) [2](#fn2) today.\n")[0]


def test_a_number_linked_after_a_link_that_is_no_name_stays_a_link() -> None:
    from newsextract.segment.dumps import from_markdown

    # a word's footnote, a pager's numbers, a count after its label: after one word, or words
    # in small letters, the number is no name's mark
    assert from_markdown("See the [report](/r)[4](#fn4) here.\n")[0] == "See the report4 here.\n"
    assert "^" not in from_markdown("[Prev](#)[1](#p1)[2](#p2)[3](#p3)[Next](#n)\n")[0]
    assert "^" not in from_markdown("[Comments](#c)[12](#comments)\n")[0]
    assert "^" not in from_markdown("Read [the full report](/r)[2](#fn2) today.\n")[0]
    # (names of three words take it too)
    assert from_markdown("* [Mary Ann Holloway](#a1)[2](#Aff2)\n")[0] == "• Mary Ann Holloway^2\n"


_JOURNAL_PAGE = """# Universities in exile count the costs of starting afresh

War and political unrest can force staff and students to uproot their lives, and the toll is heavy.

By

* [Jane Holloway](#author-0)[0](#Aff0)

1. Jane Holloway
   1. Jane Holloway is a freelance journalist in London, UK.

   [View author publications](/search?author=Jane+Holloway)

When the fighting reached the capital, the chemistry department emptied in a week, and most of its staff have not been back since, according to a survey of the university's scholars.

"We lost our laboratories, our samples and most of our students," said one professor who now teaches in Nairobi and asked not to be named.

Universities abroad have offered places to some of them, but the posts are short and the money runs out within a year, the survey found.
"""


def test_a_journals_linked_writer_with_an_affiliation_number_is_read() -> None:
    article = extract(_JOURNAL_PAGE)
    assert article.title == "Universities in exile count the costs of starting afresh"
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


def test_a_numbered_link_in_capitals_under_a_headline_stays_a_line_of_its_own() -> None:
    from newsextract.segment.text import segment_dump

    texts = [b.text for b in segment_dump(_LYNX_REFS_PAGE)[0]]
    assert "Zoom Out Zoom In Normal" in texts
    assert "Flood defences hold as the river peaks in the old town" in texts
    article = extract(_LYNX_REFS_PAGE)
    assert article.title == "Flood defences hold as the river peaks in the old town"
    assert article.authors == ["Jane Holloway"]


def test_elinks_head_links_wrapped_over_lines_all_go() -> None:
    from newsextract.segment.text import _without_head_links

    head = ("   Link: preconnect\n   Link: manifest\n"
            "   Link: apple-touch-startup-image ((device-width: 320px) and (device-height:\n"
            "   568px) and (-webkit-device-pixel-ratio: 2) and (orientation: portrait))\n"
            "   Link: apple-touch-startup-image ((device-width: 1024px) and\n"
            "   (device-height: 1366px) and (-webkit-device-pixel-ratio: 2) and\n"
            "   (orientation: landscape))\n"
            "   Link: canonical\n")
    page = head + "   Hanna, 18, missing in Uddevalla\n"
    assert _without_head_links(page) == "   Hanna, 18, missing in Uddevalla\n"


def test_the_line_under_a_closed_head_link_is_the_pages() -> None:
    from newsextract.segment.text import _without_head_links

    # a link whose parenthesis closes on its line takes no line along, nor does a bare one, nor
    # one whose parenthesis closes mid-line ("Blog (Kommentare) Feed") or before a trailing
    # space ("RSD (EditURI) ")
    for head in ("   Link: alternate (RSS feed)\n", "   Link: canonical\n",
                 "   Link: alternate\n   Link: Blog (Kommentare) Feed\n",
                 "   Link: canonical\n   Link: RSD (EditURI) \n"):
        page = head + "   Storm closes the harbour (again)\n   The ferries stay in port.\n"
        assert _without_head_links(page) == "   Storm closes the harbour (again)\n   The ferries stay in port.\n"
    # a smiley's lone "(" takes no line that holds no parenthesis
    page = "   Link: Mein Blog :-( (alternate)\n   Hochwasser an der Oder\n"
    assert _without_head_links(page) == "   Hochwasser an der Oder\n"


def test_a_page_without_head_links_is_left_as_it_is() -> None:
    from newsextract.segment.text import _without_head_links

    page = "\n   Storm closes the harbour\n   Link: the council's page\n"
    assert _without_head_links(page) == page


def test_a_name_alone_after_an_empty_alt_under_the_texts_first_paragraph_stays_a_pictures() -> None:
    # (second review: a topic's or a place's picture between paragraphs, "[] Olaf Scholz",
    # "[] Lower Saxony", is no line of the text; a writer's box with a role still reads)
    for picture in ("[] Olaf Scholz", "[] Lower Saxony"):
        page = ("Menu News Sport Weather Culture\n\nScholz visits flooded Hanover\n\nBy Jane Whitfield\n\n"
                "Chancellor Olaf Scholz met the premier of Lower Saxony on Tuesday to discuss the flood "
                "barrier, which failed for the second time in a month, officials said.\n\n"
                + picture + "\n\n"
                "The council's engineers had warned in a report last year that the barrier was only "
                "meant to last for a few weeks while a permanent wall was designed.\n\n"
                "A spokesman for the council said the engineers were on site and that a new barrier "
                "would be in place by the end of the week.\n")
        texts = _texts(page)
        assert picture in texts
        assert picture[3:] not in extract(page).body.split("\n")
    texts = _texts("A long first paragraph of the text that ends its sentence with a stop here.\n\n"
                   "[] Mathias Hagen – Journalist\n")
    assert "Mathias Hagen – Journalist" in texts
