"""The body of pages beyond news (session 24, bod24): shapes found by probing with invented
pages of other kinds (old table layouts, docs pages, blogs), each with its near misses.

- the text goes on in the boxes after its container, under the same parent (a text split
  over two boxes by a picture or an ad, an institute's page in a box per section): each such
  box built as the container is (its tags at the same depths, the same class hint, few links),
  holding two paragraphs of prose or more, one of twenty words or more, that share a third of
  their longer words' stems with the text, is the text's. A writer's note, a donation pitch, a
  teaser of another story, a legal notice, a correction, a slogan in boxes of the same make stay
  out: they speak of other things, stand alone in their box or are too short;
- a block of code (<pre>) that opens with a bracket ("[server]", "[INFO]") is no picture's
  bracketed alt text: it is the text's, as the page's other code blocks are;
- a paragraph of sentences ending with a colon ("You want to know me better? Let's start with
  the basic questions:") opens the text as a paragraph of prose does: the short lines under it
  (a blog's "1. Joy and ease.") are no longer the article's head; a kicker's or a byline's
  colon, with no sentence before it, still is.
"""

from __future__ import annotations

from pathlib import Path
from typing import List

import pytest

import newsextract

NAV = ("<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li>"
       "<li><a href='/travel'>Travel</a></li><li><a href='/contact'>Contact</a></li></ul></nav>")
FOOT = "<footer><p>© 2022 The Dale Courier. All rights reserved.</p></footer>"
ART = [
    "The regional airport will close its second runway for resurfacing from 1 March, the "
    "operator announced on Wednesday, cutting the number of daily flights by a third.",
    "Airlines have been told to move some departures to the early morning, and two routes to "
    "Spain will be suspended until the runway work is finished in late April.",
    "The operator said the runway had not been resurfaced since it opened in 1994 and that "
    "cracks found last autumn made the work urgent.",
]


def _page(boxes: str, text: List[str] = ART) -> str:
    return (f"<html><head><title>Second runway to close for repairs</title></head><body>{NAV}"
            "<div class='wrap'><div class='col'><h1>Second runway to close for repairs</h1>"
            "<div class='txt'>" + "".join(f"<p>{p}</p>" for p in text) + f"</div>{boxes}"
            f"</div></div>{FOOT}</body></html>")


def _paras(html: str) -> List[str]:
    return newsextract.extract(html).body.split("\n\n")


# -- the text goes on in the boxes after its container -----------------------------------------

AFTER = ("The operator said flights to Spain would resume once the runway work is finished, and "
         "that passengers booked on the suspended routes would get a full refund from their airline.")


LAST = ("Passengers flying to Spain in March should check their departures with the airline: the "
        "operator expects the early morning flights to be the busiest of the runway work.")


def test_text_goes_on_in_a_box_after_a_picture() -> None:
    html = _page("<figure><img src='r.jpg'><figcaption>The runway in 2019.</figcaption></figure>"
                 f"<div class='txt'><p>{AFTER}</p><p>{LAST}</p></div>")
    assert _paras(html) == [*ART, AFTER, LAST]


MORE = [
    "Local businesses near the airport fear that fewer flights will mean fewer visitors during the "
    "spring, when hotels and restaurants usually begin to fill up after the winter.",
    "The operator said it had tried to schedule the runway work for the quietest weeks of the year, "
    "and that most flights would only move by an hour or two.",
    "Night flights, which residents have long opposed, will not be added to make up for the lost "
    "departures, the operator said in answer to questions from the council.",
]


def test_text_goes_on_in_a_box_after_a_long_first_box() -> None:
    # (the first box holds most of the text's prose: the box after the picture is no longer
    # taken for a teaser rail's)
    html = _page("<figure><img src='r.jpg'><figcaption>The runway in 2019.</figcaption></figure>"
                 f"<div class='txt'><p>{AFTER}</p><p>{LAST}</p></div>", ART + MORE)
    assert _paras(html) == [*ART, *MORE, AFTER, LAST]


def test_one_paragraph_alone_in_a_box_after_the_text_stays_out() -> None:
    # (a note in a box of its own, even on the text's subject: a writer's, a correction, a teaser
    # of another story on the same subject with no link)
    for note in ["Jane Morrow reports on the regional airport, its runway, its operator and the "
                 "airlines flying from it, and has followed every runway dispute since 1994.",
                 "Correction: an earlier version of this article said the runway opened in 1996. "
                 "It opened in 1994, and the operator has now confirmed the resurfacing dates.",
                 "Also on the airport: the operator announced last month that the runway lights and "
                 "the departures hall would be renewed, a project apart from the resurfacing work."]:
        html = _page("<figure><img src='r.jpg'><figcaption>The runway.</figcaption></figure>"
                     f"<div class='txt'><p>{note}</p></div>")
        assert _paras(html) == ART, note


def test_text_goes_on_over_two_boxes() -> None:
    html = _page(f"<div class='txt'><p>{AFTER}</p></div><div class='txt'><p>{LAST}</p></div>")
    assert _paras(html) == [*ART, AFTER, LAST]


def test_a_writers_note_in_a_box_of_the_same_make_stays_out() -> None:
    bio = ("Jane Morrow is the transport correspondent of the Dale Courier. She has covered "
           "aviation and railways for fifteen years and lives in Leeds with her two children.")
    assert _paras(_page(f"<div class='txt'><p>{bio}</p></div>")) == ART


def test_a_pitch_in_a_box_of_the_same_make_stays_out() -> None:
    pitch = ("If you value independent local journalism, please consider supporting us with a "
             "monthly donation of any size, so that we can keep our reporting free for everyone.")
    assert _paras(_page(f"<div class='txt'><p>{pitch}</p></div>")) == ART


def test_a_teaser_of_another_story_stays_out() -> None:
    teaser = ("<div class='txt'><h3><a href='/bus'>Bus station to get new roof</a></h3><p>The city "
              "will spend two million pounds on a new glass roof for the central bus station, with "
              "work due to begin after the summer holidays.</p></div>")
    assert _paras(_page(teaser)) == ART


def test_a_notice_in_a_box_of_the_same_make_stays_out() -> None:
    notice = ("This article may not be reproduced, distributed or published in any form without "
              "the prior written permission of the publisher, except for short quotations.")
    assert _paras(_page(f"<div class='txt'><p>{notice}</p></div>")) == ART


def test_a_short_line_on_the_subject_stays_out() -> None:
    # (a slogan or a one-line note, even on the text's subject, is too short to go on the text)
    line = "Runway news from the airport operator, every Wednesday."
    assert _paras(_page(f"<div class='txt'><p>{line}</p></div>")) == ART


def test_a_box_of_another_make_stays_out() -> None:
    # (the same words in a box built otherwise: a quote box's paragraph inside a blockquote)
    html = _page(f"<div class='txt'><blockquote><p>{AFTER}</p></blockquote></div>")
    assert _paras(html) == ART


# -- a block of code opening with a bracket -----------------------------------------------------

DOC = ("<html><head><title>Configuration - mytool docs</title></head><body>"
       "<nav class='toc'><ul><li><a href='#i'>Installation</a></li><li><a href='#c'>Configuration"
       "</a></li></ul></nav><div class='document' role='main'><h1>Configuration</h1>"
       "<p>The tool reads its settings from a file named settings.toml in the current directory, or "
       "from the path given with the config option on the command line.</p>{code}"
       "<p>Every setting can also be given as an environment variable whose name is the setting in "
       "capitals, prefixed with APP and an underscore, which wins over the file.</p>"
       "<pre>export APP_PORT=9000</pre><p>Restart the server after changing the file, as the "
       "settings are read only once when it starts and never again while it runs.</p></div>"
       "<div class='footer'>Built with Sphinx.</div></body></html>")


def test_a_code_block_opening_with_a_bracket_is_the_texts() -> None:
    body = newsextract.extract(DOC.format(code="<pre>[server]\nport = 8080\nworkers = 4</pre>")).body
    assert "[server] port = 8080 workers = 4" in body.replace("\n", " ")
    assert "export APP_PORT=9000" in body


def test_a_bracketed_picture_text_in_a_paragraph_is_still_a_caption() -> None:
    # (the same bracket in a plain paragraph: a picture's alt text as a dump prints it)
    body = newsextract.extract(DOC.format(code="<p>[Foto: the settings window]</p>")).body
    assert "[Foto" not in body and "export APP_PORT=9000" in body


# -- a paragraph leading in with a colon opens the text -----------------------------------------

BLOG = ("<html><head><title>About me | Anna's coaching</title></head><body>" + NAV +
        "<div class='entry-content'><h1>About me</h1>{head}"
        "<p>Hey, Anna here! You want to get to know me better? Great! Let's start with the basic "
        "questions:</p><p>What do I stand for?</p><p>1. Joy and ease.</p>"
        "<p>Because I believe that joy is a positive and fundamental drive in business, and that "
        "work done with joy is better work for everyone involved.</p><p>2. Results.</p>"
        "<p>Here the focus is always on the solution and not on the problem: we change what can be "
        "changed and we measure what we have changed.</p></div>" + FOOT + "</body></html>")


def test_a_lead_in_with_a_colon_opens_the_text() -> None:
    paras = _paras(BLOG.format(head=""))
    assert paras[0].startswith("Hey, Anna here!")
    assert "What do I stand for?" in paras and "1. Joy and ease." in paras


def test_a_kicker_and_a_byline_over_a_lead_in_stay_out() -> None:
    # (a kicker's and a byline's colons hold no sentence before them: the head still ends at the
    # lead-in, and they stay out of the text)
    paras = _paras(BLOG.format(head="<p>Exclusive:</p><p>By Anna Berg and Tom Lind:</p>"))
    assert paras[0].startswith("Hey, Anna here!")
    assert not any(p.startswith(("Exclusive", "By Anna")) for p in paras)


def test_a_short_line_with_a_colon_does_not_open_the_text() -> None:
    # (a lead-in holds sentences: a short "Listen:" line over the text is the head's, as before)
    html = BLOG.format(head="<p>Listen to this. Audio:</p>")
    assert _paras(html)[0].startswith("Hey, Anna here!")


# rv-bod24's near misses: boxes after the text on pages whose classes name no content (unclassed,
# or hashed "css-"/"sc-" names), with no picture between: readers' comments, an "about us" box,
# other stories' standfirsts, the next story, a newsletter pitch, a writer's bio. The text ends
# where it ends (the last paragraph of each page's article).
_RV = Path(__file__).resolve().parent.parent / "fixtures" / "bod24" / "rv"


@pytest.mark.parametrize("name, last", [
    ("r1d_komm_noh2.html", "konnte sich damit aber nicht durchsetzen."),
    ("r1e_css_komm.html", "konnte sich damit aber nicht durchsetzen."),
    ("r1e_css_about.html", "konnte sich damit aber nicht durchsetzen."),
    ("r1d_mehr_noh2.html", "konnte sich damit aber nicht durchsetzen."),
    ("r1b_de_next.html", "konnte sich damit aber nicht durchsetzen."),
    ("r1_newsletter.html", "when hotels and restaurants usually begin to fill up."),
    ("r1_bio_plain.html", "when hotels and restaurants usually begin to fill up."),
])
def test_unclassed_boxes_after_the_text_are_not_its_parts(name: str, last: str) -> None:
    record = newsextract.extract((_RV / name).read_bytes()).to_dict()
    assert record["body"].endswith(last)
