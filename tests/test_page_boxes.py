"""Boxes a page's scripts show over its text: a pop-up after the page's footer, a FAQ of the
site's under a product (issue 10: pages where a box won over the page's own text)."""

from __future__ import annotations

from typing import List

from newsextract import extract
from newsextract.segment.html import segment_html

# a product's or a place's description: two paragraphs of prose
DESCRIPTION = [
    "The region lies in the north of the country along the middle course of the river, and "
    "its vineyards cover the slopes on both banks for about a hundred kilometres.",
    "The rules of the region allow four red and three white grape varieties, and the wines "
    "must age for at least two years before they may be sold under its name.",
]
# a shop's terms, which its script shows in a box when a link is clicked: longer than the text
SHIPPING = [
    "We deliver by parcel service or another carrier. Unless agreed otherwise, delivery is "
    "free of charge within the country from an order value of sixty euros, and below that "
    "we charge a flat fee of eight euros for each order that we send out to you.",
    "We reserve the right to make partial deliveries at no extra cost to you. If you wish "
    "to receive a partial delivery, we treat each partial delivery as a separate order and "
    "send you a confirmation for each of them by e-mail on the day it leaves our store.",
    "For larger orders we reserve the right to use a freight forwarder, and for deliveries "
    "to other countries please contact us directly so that we can quote the cost to you.",
]
ARTICLE = [
    "The city council voted on Tuesday to rebuild the old harbour wall, which storms have "
    "battered for three winters, and to open a public walkway along its top by next summer.",
    "Engineers told the council that the wall could fail within five years if nothing is "
    "done, and that the cost of waiting would be far higher than the cost of the work now.",
    "Residents who live near the harbour said they welcomed the plan, although several asked "
    "how long the road along the water would be closed while the builders are at work.",
]
COMMENTS = [
    "I have lived by the harbour for forty years and I have never seen the wall in such a "
    "poor state, so this is good news for all of us who walk along it every single morning.",
    "About time too. The council has been talking about this wall since my children were at "
    "school, and they have children of their own now, so I will believe it when I see it.",
    "Will the walkway be open to dogs? Nothing in the plans says so, and many of us would "
    "like to know before the works start, as the beach is closed to them in the summer.",
]


def _ps(paras: List[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in paras)


def _page(inner: str, title: str = "Rioja, Spain") -> str:
    return f"<html><head><title>{title}</title></head><body>{inner}</body></html>"


SHOP_FOOTER = ('<div class="line"><div class="item footer"><p><a href="/imprint">Imprint</a> | '
               '<a href="/privacy">Privacy</a> - Powered by a shop system</p></div></div>')


def test_a_box_of_shipping_terms_after_the_footer_loses_to_the_text_above_it() -> None:
    # the shop's terms, longer than the description, stand after the page's footer in a box
    # its script opens: the page's text is the description
    page = _page('<nav><a href="/">Home</a></nav><div class="container"><h1>Rioja, Spain</h1>'
                 + _ps(DESCRIPTION) + "</div>" + SHOP_FOOTER
                 + '<div id="terms"><div class="close">Close [X]</div><h3>Shipping and delivery</h3>'
                 + _ps(SHIPPING) + "</div>")
    body = extract(page).body
    assert body.split("\n\n") == DESCRIPTION


def test_the_blocks_after_the_last_footer_are_marked_and_no_others() -> None:
    page = _page('<div class="container">' + _ps(DESCRIPTION) + "</div><footer><p>Imprint</p></footer>"
                 + '<div id="terms">' + _ps(SHIPPING[:1]) + "</div>")
    blocks, _ = segment_html(page)
    assert [b.past_footer for b in blocks] == [False, False, False, True]


def test_a_page_with_no_footer_marks_nothing_and_keeps_its_longest_text() -> None:
    # no footer: nothing tells a box from the text, and the longer run wins as before
    page = _page('<div class="container"><h1>Rioja, Spain</h1>' + _ps(DESCRIPTION[:1]) + "</div>"
                 + '<div id="more">' + _ps(SHIPPING) + "</div>")
    blocks, _ = segment_html(page)
    assert not any(b.past_footer for b in blocks)
    paragraphs = extract(page).body.split("\n\n")
    assert all(p in paragraphs for p in SHIPPING)


def test_a_page_wrapped_in_a_footer_by_mistake_keeps_its_article() -> None:
    # a broken template wraps the whole page in <footer>: nothing stands after it, the
    # article is read as before
    page = _page("<footer><h1>Harbour wall to be rebuilt</h1>" + _ps(ARTICLE)
                 + "<p>All rights reserved.</p></footer>", "Harbour wall to be rebuilt")
    blocks, _ = segment_html(page)
    assert not any(b.past_footer for b in blocks)
    assert extract(page).body.split("\n\n") == ARTICLE


def test_a_footer_of_paragraphs_about_the_shop_stays_a_footer() -> None:
    # the site's footer holds three paragraphs about the shop, more text than the short
    # description above it, but not the page's headline: it is the footer still
    about = ["We are a family business from the old town and have sold wines from Spain and "
             "Portugal for more than thirty years, in our shop and online.",
             "Our team tastes every wine before it goes on sale, and we visit the estates we "
             "buy from at least once a year to see how the vintage is coming along.",
             "You can visit our shop from Monday to Saturday, and our staff will gladly help "
             "you choose a wine for any dish or occasion you have in mind."]
    page = _page('<div class="container"><h1>Rioja, Spain</h1>' + _ps(DESCRIPTION) + "</div>"
                 "<footer>" + _ps(about) + "<p>Imprint | Privacy</p></footer>")
    assert extract(page).body.split("\n\n") == DESCRIPTION


def test_an_article_footer_around_the_comments_does_not_move_the_text() -> None:
    # "article-footer" holds the readers' comments under the text, outside any <article>:
    # the text above it stays the body, the comments after it are not
    page = _page('<div class="post"><h1>Harbour wall to be rebuilt</h1><div class="entry">'
                 + _ps(ARTICLE) + '</div><div class="article-footer"><h3>Comments</h3>'
                 + _ps(COMMENTS) + "</div></div>"
                 + '<div class="sidebar-box"><p>Sign up for our weekly letter.</p></div>',
                 "Harbour wall to be rebuilt")
    assert extract(page).body.split("\n\n") == ARTICLE


def test_an_article_shown_in_a_lightbox_after_the_footer_is_the_body() -> None:
    # the page's only text is in a <dialog> after the footer (a story opened in a lightbox);
    # above the footer stand teasers too short to be a text: the dialog's text is the body
    teasers = "".join(f'<div class="card"><a href="/n{i}">{t}</a><p>{t} and more.</p></div>'
                      for i, t in enumerate(["Ferry times change", "New bakery opens",
                                             "Festival returns in July"]))
    page = _page('<div class="grid">' + teasers + "</div><footer><p>Imprint</p></footer>"
                 + "<dialog open><h2>Harbour wall to be rebuilt</h2>" + _ps(ARTICLE) + "</dialog>",
                 "Harbour wall to be rebuilt")
    assert extract(page).body.split("\n\n") == ARTICLE


def test_a_teaser_cards_footer_above_the_article_is_not_the_pages() -> None:
    # cards above the article carry footers of their own; the page's own footer comes last
    cards = "".join(f'<div class="card"><p>{t}</p><div class="card-footer">3 min read</div></div>'
                    for t in ["Ferry times change from Monday.", "New bakery opens on the square."])
    page = _page('<div class="rail">' + cards + '</div><div class="story"><h1>Harbour wall to be rebuilt</h1>'
                 + _ps(ARTICLE) + "</div><footer><p>Imprint</p></footer>", "Harbour wall to be rebuilt")
    blocks, _ = segment_html(page)
    assert not any(b.past_footer for b in blocks if b.text in ARTICLE)
    assert extract(page).body.split("\n\n") == ARTICLE


def test_a_modals_footer_is_not_the_pages() -> None:
    # a dialog's own footer (its buttons) inside a modal: the modal's, not the page's end
    page = _page('<div class="story"><h1>Harbour wall to be rebuilt</h1>' + _ps(ARTICLE) + "</div>"
                 '<div class="modal"><div class="modal-body"><p>Log in to comment.</p></div>'
                 '<div class="modal-footer">Cancel</div></div>'
                 "<div class='after'><p>Last line.</p></div>", "Harbour wall to be rebuilt")
    blocks, _ = segment_html(page)
    assert not any(b.past_footer for b in blocks)
