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


# --- a FAQ of the site's under a product or a place ---

HOUSE = [
    "We turned our old farmhouse into a modern holiday home. The house lies in a quiet spot "
    "with a wonderful view over the valley and sleeps nine people and a small child.",
    "It has four bedrooms, two bathrooms, a kitchen with a dishwasher, a living room with a "
    "fireplace, and a garden with a barbecue, a terrace and a playground for the children.",
    "The village lies between meadows, fields and woods on the edge of the hills, and many "
    "walking and cycling paths start right at the door, as does the old railway line.",
]
ANSWERS = [
    "Our portal offers two kinds of booking, and each holiday home offers only one of them. "
    "Which one it offers is shown on the right of its page, under the dates and the price per "
    "night. Homes that take requests are booked with their owner by phone or by form.",
    "You can only rent a home for dates that are free in its calendar, which you find near "
    "the end of its page. Whether your dates can be booked shows when a price is worked out "
    "for them, and some free dates cannot be booked at all, as the next answer explains.",
    "For homes booked online you pay a deposit of a fifth of the price within a week of the "
    "booking and the rest four weeks before you arrive, by card or by bank transfer, and "
    "the owner sends you the keys or tells you where to pick them up a few days before.",
]
QUESTIONS = ["Which kind of booking is offered?", "Is the home free on my dates?",
             "How and when do I pay?"]


MORE = [("Can I bring my dog?", "Whether pets are welcome is up to each owner and is shown under the "
         "home's features; where they are, the owner may ask for a small fee for the cleaning, "
         "which you pay on the spot when you leave the keys."),
        ("What if I have to cancel?", "Each owner sets the terms of a cancellation, which you find on the "
         "booking form before you pay; we advise you to take out travel insurance, which pays "
         "the costs of a cancellation for reasons of illness."),
        ("Who do I call on the spot?", "The owner or an agent who lives nearby looks after every home and "
         "gives you a telephone number when you arrive; our own service desk answers on weekdays "
         "from eight in the morning until six in the evening.")]


def _faq(element: str = '<section id="faq">', end: str = "</section>", more: bool = False) -> str:
    pairs = list(zip(QUESTIONS, ANSWERS, strict=True)) + (MORE if more else [])
    items = "".join(f'<div class="faq-item"><h3>{q}</h3><div class="faq-answer"><p>{a}</p></div></div>'
                    for q, a in pairs)
    return f"{element}<h2>FAQ</h2>{items}{end}"


def test_the_sites_faq_under_a_holiday_home_loses_to_its_description() -> None:
    # the booking site's questions, the same under every home and more than twice as long
    # as its description: the page's text is the description
    page = _page('<div class="main"><h1>Holiday home by the river</h1>' + _ps(HOUSE)
                 + "<ul><li>4,8 of 5</li><li>120 m²</li></ul>" + _faq(more=True) + "</div>",
                 "Holiday home by the river (40222) - Lierfeld")
    blocks, _ = segment_html(page)
    assert [b.text for b in blocks if b.faq][:2] == ["FAQ", QUESTIONS[0]]
    assert extract(page).body.split("\n\n") == HOUSE


def test_a_faq_page_keeps_its_faq() -> None:
    # a page whose headline names it a FAQ: the questions and answers are its text, not the
    # short introduction above them
    intro = ("Here you find the answers to the questions our guests ask us most often about "
             "booking a holiday home on our portal, about paying for it and about arriving. "
             "If your question is not among them, our team will gladly help you by phone or by "
             "e-mail on every day of the week, and we answer every message within a day.")
    for title, h1 in [("FAQ - Holiday homes", "Booking and paying"),
                      ("Holiday homes", "Frequently asked questions"),
                      ("Ferienhäuser", "Häufige Fragen zur Buchung")]:
        # (two paragraphs of introduction: text enough to be preferred on any other page)
        page = _page(f'<div class="main"><h1>{h1}</h1><div class="intro">' + _ps([intro, HOUSE[2]])
                     + "</div>" + _faq() + "</div>", title)
        body = extract(page).body
        assert all(a in body for a in ANSWERS), title
    # (under a headline that names no FAQ, a help page's introduction of a paragraph is too
    # little text to be preferred to its questions and answers)
    page = _page(f'<div class="main"><h1>Booking and paying</h1><div class="intro"><p>{intro}</p></div>'
                 + _faq() + "</div>", "Holiday homes")
    assert all(a in extract(page).body for a in ANSWERS)


def test_an_article_that_closes_with_its_own_faq_keeps_both() -> None:
    # a FAQ section at the end of the article, in its container: the run holds both
    # (the article's text outweighs its FAQ, as an article's does)
    page = _page('<div class="story"><h1>Harbour wall to be rebuilt</h1>' + _ps(ARTICLE + COMMENTS)
                 + _faq('<div class="rank-math-faq">', "</div>") + "</div>"
                 + '<div class="sidebar-box"><p>' + DESCRIPTION[0] + "</p></div>",
                 "Harbour wall to be rebuilt")
    body = extract(page).body
    assert all(p in body for p in ARTICLE) and all(a in body for a in ANSWERS)


def test_a_faq_with_nothing_else_of_prose_on_the_page_stays_the_body() -> None:
    # a product's page with a line of description only: no other text to prefer
    page = _page('<div class="main"><h1>Holiday home by the river</h1><p>Sleeps nine.</p>'
                 + _faq() + "</div>", "Holiday home by the river")
    assert all(a in extract(page).body for a in ANSWERS)


def test_a_class_that_holds_faq_inside_a_word_is_no_faq() -> None:
    page = _page('<div class="sofaqueen"><h1>Holiday home</h1>' + _ps(HOUSE) + "</div>"
                 '<div class="faqtory-widget">' + _ps(ANSWERS[:1]) + "</div>")
    blocks, _ = segment_html(page)
    assert not any(b.faq for b in blocks)


def test_an_articles_footnotes_named_foot_do_not_move_the_text() -> None:
    # "foot-notes" reads as a footer's name: the text above it stays the body, and the
    # readers' comments after it do not win
    notes = "<div class='foot-notes'><p>[1] Council minutes, 4 March.</p></div>"
    page = _page('<div class="story"><h1>Harbour wall to be rebuilt</h1>' + _ps(ARTICLE) + "</div>"
                 + notes + '<div class="responses"><h3>Comments</h3>' + _ps(COMMENTS) + "</div>",
                 "Harbour wall to be rebuilt")
    blocks, _ = segment_html(page)
    assert all(b.past_footer for b in blocks if b.text in COMMENTS)
    assert extract(page).body.split("\n\n") == ARTICLE


def test_a_page_whose_body_element_names_a_faq_keeps_its_text() -> None:
    # every block stands in the FAQ's element: there is nothing else to prefer
    page = ('<html><head><title>Holiday homes</title></head><body class="page-faq">'
            '<div class="main"><h1>Booking</h1>' + _ps(HOUSE) + _faq() + "</div></body></html>")
    body = extract(page).body
    assert all(p in body for p in HOUSE) and all(a in body for a in ANSWERS)
