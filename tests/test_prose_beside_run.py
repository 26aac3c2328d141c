"""Prose beside the chosen run that the body left out (issue 10, item 2: hints stay hints),
and the furniture beside a text that must stay out: comments, an author's box, a list of
teasers that read as sentences, a picture's caption."""

from __future__ import annotations

from typing import List

from newsextract import extract
from newsextract.segment.html import segment_html

PARAS = [
    "The city council voted on Tuesday to rebuild the old harbour wall, which storms have "
    "battered for three winters, and to open a public walkway along its top by next summer.",
    "Engineers told the council that the wall could fail within five years if nothing is "
    "done, and that the cost of waiting would be far higher than the cost of the work now.",
    "Residents who live near the harbour said they welcomed the plan, although several asked "
    "how long the road along the water would be closed while the builders are at work.",
    "The mayor said the works would start in March and that the road would stay open to "
    "buses and bicycles, with cars sent through the town centre for about four months.",
    "Fishermen asked for a second slipway to be built at the same time, and the council "
    "agreed to study the idea and report back to the harbour board before the end of May.",
]
LATE = ["The board meets again on the first Monday of April.",
        "Its members will visit the harbour with the engineers the week before.",
        "A public meeting is planned for the same evening."]
COMMENT = ("I have lived by the harbour for forty years and I have never seen the wall in such "
           "a poor state, so this is good news for all of us who walk there every day.")
BIO = ("Jane Porter has covered the town hall for the Gazette since 2009 and writes about "
       "housing, transport and the harbour.")
TEASERS = ["Five walks along the coast this spring, chosen by our readers.",
           "Ferry times change from Monday, and the first boat leaves earlier.",
           "A new bakery opens on the market square after a year of works.",
           "The harbour festival returns in July with music on the quay."]
CAPTION = "The old harbour wall seen from the pier at low tide. Photo: Jane Porter"
MENU = ["Home", "News", "Sport", "Business", "Weather", "Opinion", "Culture", "Travel"]
NAV = "<nav><ul>" + "".join(f"<li><a href='/{m.lower()}'>{m}</a></li>" for m in MENU) + "</ul></nav>"
FOOT = ("<footer><ul>" + "".join(f"<li><a href='/{m}'>{m}</a></li>" for m in ("About us", "Contact",
        "Advertise", "Privacy")) + "</ul><p>All rights reserved.</p></footer>")
HEAD = "<html><head><title>Harbour wall to be rebuilt</title></head><body>" + NAV
TAIL = FOOT + "</body></html>"


def _ps(paras: List[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in paras)


def _widget(inner: str) -> str:
    """An article whose element a furniture class name covers as a whole (a CMS that sets
    its texts in "widgets"): every paragraph of it scores lower by that name."""
    return (HEAD + "<main><h1>Harbour wall to be rebuilt</h1><section class='widget'>"
            f"<div class='texto'>{inner}</div></section></main>" + TAIL)


def _body(html: str) -> List[str]:
    return extract(html).body.split("\n\n")


def test_the_widget_class_lowers_every_paragraph_of_the_text() -> None:
    # (the premise of the tests below: the element's class name is read as furniture)
    blocks, _ = segment_html(_widget(_ps(PARAS)))[:2]
    assert all(b.hint < 0 for b in blocks if b.text in PARAS)


def test_a_section_under_a_subhead_past_the_run_goes_on_under_a_furniture_class() -> None:
    # the text's last section, a subhead over three short paragraphs: under the element's
    # furniture name they scored below zero, and the body stopped at the subhead
    html = _widget(_ps(PARAS[:4]) + "<h3>THE BOARD'S PLAN</h3>" + _ps(LATE))
    assert _body(html) == PARAS[:4] + ["THE BOARD'S PLAN"] + LATE


def test_an_opening_line_over_the_first_paragraph_under_a_furniture_class_is_the_text() -> None:
    # "You know it too!" then the text, in one element parted by <br>, under a widget's class
    html = _widget("<div>You know it too!<br>" + PARAS[0] + "</div>" + _ps(PARAS[1:]))
    assert _body(html) == ["You know it too!"] + PARAS


def test_comments_in_the_text_s_element_stay_out_under_a_furniture_class() -> None:
    # the comments stand in the widget too, under their own furniture name and heading
    html = _widget(_ps(PARAS) + "<div class='comments'><h3>Comments</h3>"
                   f"<div class='comment'><p>Harbour Fan</p><p>{COMMENT}</p></div></div>")
    assert _body(html) == PARAS


def test_an_author_box_in_the_text_s_element_stays_out_under_a_furniture_class() -> None:
    html = _widget(_ps(PARAS) + f"<div class='authorbox'><h4>About the author</h4><p>{BIO}</p></div>")
    assert _body(html) == PARAS


def test_teasers_that_read_as_sentences_stay_out_under_a_furniture_class() -> None:
    # a related box in the widget: each teaser a full sentence, each a link
    box = "<div class='related'><h3>Read more</h3><ul>" + "".join(
        f"<li><a href='/t{i}'>{t}</a></li>" for i, t in enumerate(TEASERS)) + "</ul></div>"
    assert _body(_widget(_ps(PARAS) + box)) == PARAS


def test_a_caption_in_the_text_s_element_stays_out_under_a_furniture_class() -> None:
    html = _widget(_ps(PARAS[:3]) + f"<figure><img src='w.jpg'><figcaption>{CAPTION}</figcaption>"
                   "</figure>" + _ps(PARAS[3:]))
    assert _body(html) == PARAS


def test_a_form_around_the_whole_page_is_not_read_against_the_text() -> None:
    # a form around the page (a furniture hint over its headline and its text alike): no
    # text's element to read it against, and the lines of buttons between the paragraphs
    # stay out as under any furniture name
    buttons = "<div>Print this page</div><div>Save for later</div>"
    html = ("<html><head><title>Harbour wall to be rebuilt</title></head><body><form method='post'>"
            + NAV + "<div><h1>Harbour wall to be rebuilt</h1>" + _ps(PARAS[:2]) + buttons
            + _ps(PARAS[2:]) + "</div>" + FOOT + "</form></body></html>")
    assert _body(html) == PARAS


def _parted(first_close: str, between: str, second: str) -> str:
    """A text the template parts into two elements of one make (a paragraph of the text in
    each), a box of teasers between them; the first closes on `first_close`."""
    def part(paragraphs: List[str], close: str = "") -> str:
        return ("<div class='part'><div class='text'>"
                + "".join(f"<p>{p}</p>" for p in paragraphs) + close + "</div></div>")
    box = ("<div class='mostread'><h3>Most read</h3>" + "".join(
        f"<article><h3><a href='/t{i}'>{t}</a></h3><a href='/s{i}'>Section</a></article>"
        for i, t in enumerate(TEASERS * 2)) + "</div>")
    return (HEAD + "<main><div class='story'><h1>Harbour wall to be rebuilt</h1>"
            + part(PARAS[:3], first_close) + box + between + second + "</div></main>" + TAIL)


FIGURE = f"<figure><img src='w.jpg'><figcaption>{CAPTION}</figcaption></figure>"
SECOND = "<div class='part'><div class='text'>" + _ps(PARAS[3:]) + "</div></div>"


def test_the_text_goes_on_past_a_box_when_its_first_element_closes_on_a_picture() -> None:
    # the first element's last lines are a picture and its caption, not more of the text:
    # it ends there as if it ended with its paragraph, and the text goes on past the box
    body = _body(_parted(FIGURE, "", SECOND))
    assert body == PARAS


def test_comments_closing_the_first_element_end_the_text_there() -> None:
    # past the caption, the element goes on with its comments: the text ends in it, and a
    # second element of the same make past the box is not read on
    comments = f"<h3>Comments</h3><p>{COMMENT}</p>"
    body = _body(_parted(FIGURE + comments, "", SECOND))
    assert body == PARAS[:3]


def test_an_author_box_of_another_make_past_the_box_is_not_the_text() -> None:
    # past the picture and the teasers, an author's box of prose in elements of another make
    bio = f"<div class='about'><div><h4>About the author</h4><div><span>{BIO}</span></div></div></div>"
    body = _body(_parted(FIGURE, "", bio))
    assert body == PARAS[:3]
