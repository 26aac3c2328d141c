"""The article body on pages of any shape: recall without furniture (issue 10)."""

from __future__ import annotations

from typing import List, Tuple

import pytest

from newsextract import extract
from newsextract.blocks import units
from newsextract.classify import is_related_heading
from newsextract.weights import WEIGHTS as W

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

TEASERS = ["Five walks along the coast this spring", "Ferry times change from Monday",
           "New bakery opens on the market square", "Harbour festival returns in July"]


def _teaser_box(teasers: List[str] = TEASERS) -> str:
    """A box of teasers with its own heading, nested in the article's element."""
    links = "".join(f'<div class="card"><a href="/n{i}">{t}</a></div>'
                    for i, t in enumerate(teasers))
    return f'<div class="more"><div><h2>More news</h2><div class="cards">{links}</div></div></div>'


def test_prose_past_a_teaser_box_inside_the_article_is_body() -> None:
    # the run of prose stops at the teasers; the paragraphs after them sit in the same
    # element as the first ones and are the article's
    paras = [f"<p>{p}</p>" for p in PARAS]
    comment = ("I have lived by the harbour for forty years and I have never seen the wall "
               "in such a poor state, so this is good news for all of us here.")
    html = ("<html><head><title>Harbour wall to be rebuilt</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            "<main><div class='story'><h1>Harbour wall to be rebuilt</h1>"
            + "".join(paras[:3]) + _teaser_box() + "".join(paras[3:])
            + f"<h3>Comments</h3><div class='comment'><p>{comment}</p></div>"
            "</div></main><footer>All rights reserved.</footer></body></html>")
    body = extract(html).body
    assert body.split("\n\n") == PARAS
    assert "More news" not in body and "Five walks" not in body and "forty years" not in body


def test_a_comments_button_between_two_paragraphs_does_not_end_the_text() -> None:
    # a link that opens the comments, set among the text's paragraphs: the paragraph after it
    # is the text's last; the comments under their heading in an element of their own are not
    comment = ("I have lived by the harbour for forty years and I have never seen the wall "
               "in such a poor state, so this is good news for all of us here.")
    button = "<div class='launch'><a href='#c'><span>Comments</span></a></div>"
    html = ("<html><head><title>Harbour wall to be rebuilt</title></head><body><article>"
            "<h1>Harbour wall to be rebuilt</h1><div class='text'>"
            + "".join(f"<p>{p}</p>" for p in PARAS[:4]) + button + f"<p>{PARAS[4]}</p></div>"
            f"<section id='c'><h3>Comments</h3><div class='comment'><p>{comment}</p></div></section>"
            "</article><footer>All rights reserved.</footer></body></html>")
    assert extract(html).body.split("\n\n") == PARAS
    # a comments heading with the readers' words under it ends the text, as it did
    heading = html.replace(button + f"<p>{PARAS[4]}</p>", f"<h3>Comments</h3><p>{comment}</p>")
    assert extract(heading).body.split("\n\n") == PARAS[:4]
    # and so does a button with a count, or with more than one paragraph after it: the
    # readers' comments printed flat in the text's element
    reply = ("Quite right, and the council should have done this ten years ago instead of "
             "spending the money on the new car park by the station.")
    two = f"<p>{comment}</p><p>{reply}</p>"
    for label, flat in (("2 Comments", f"<p>{comment}</p>"), ("Comments", two), ("2 Comments", two)):
        page = html.replace(button + f"<p>{PARAS[4]}</p>", button.replace("Comments", label) + flat)
        assert extract(page).body.split("\n\n") == PARAS[:4], (label, flat)


def test_short_lines_in_a_card_that_holds_a_paragraph_of_the_text_are_body() -> None:
    # a card under a class that reads as furniture ("insert", "widget") holding a recipe's
    # ingredients and then its method: the method is the run's first paragraph, so the class
    # is the text's card, and the ingredients above it in the card are the text's too; a box
    # of the same class holding no paragraph of the text stays out
    lines = ["200 g of flour", "1 tsp baking powder", "2 tbsp of milk", "100 g of butter",
             "3 fresh eggs", "a pinch of salt"]
    method = ("Mix the flour with the baking powder in a large bowl, then stir in the milk little "
              "by little until the dough is smooth, and leave it to rest for half an hour.")
    picture = ("<h4>How to bake it:</h4><div class='insert full'><div class='widget image'>"
               "<img src='/c.jpg'></div><p class='caption'>Picture: Harbour Press</p></div>")
    card = ("<div class='insert'><div class='widget statement'><div class='pro'><p>" + "<br>".join(lines)
            + f"</p></div><div class='con'><p>{method}</p></div></div></div>")
    html = ("<html><head><title>Harbour cake</title></head><body><article><h1>Harbour cake</h1>"
            f"<p>{PARAS[0]}</p>{picture}{card}" + "".join(f"<p>{p}</p>" for p in PARAS[3:])
            + "</article></body></html>")
    assert extract(html).body.split("\n\n") == [PARAS[0], *lines, method, *PARAS[3:]]
    offer = ("<div class='insert'><div class='widget statement'><p>" + "<br>".join(lines) + "</p></div></div>"
             f"<div class='insert'><div class='widget statement'><p>{method}</p></div></div>")
    html = html.replace(card, offer)
    assert extract(html).body.split("\n\n") == [PARAS[0], method, *PARAS[3:]]


def test_short_items_of_a_list_the_text_leads_into_are_body() -> None:
    # a list the prose leads into (a paragraph ending in a colon, or a heading), half its items
    # of two words or more: its one-word items score below a paragraph for their shortness
    # (as a lone word does) and are the text's all the same; a count ("x2") among them is not
    more = [p.replace("council", "board").replace("harbour", "river") for p in PARAS]
    items = ["Cabbage", "Runner beans", "Peas", "Early potatoes", "Onions", "Purple sprouting broccoli", "Broad beans"]
    for tag, lead in (("p", "The gardens along the new walkway will grow:"), ("h2", "What the gardens will grow")):
        text = ("".join(f"<p>{p}</p>" for p in PARAS) + f"<{tag}>{lead}</{tag}><ul>"
                + "".join(f"<li>{w}</li>" for w in items) + "<li>x2</li></ul>"
                + "".join(f"<p>{p}</p>" for p in more))
        body = extract(_story_page("<h1>Harbour wall to be rebuilt</h1>", text)).body
        assert body.split("\n\n") == [*PARAS, lead, *items, *more]


def test_one_word_items_after_a_sentence_ending_in_a_colon_are_body() -> None:
    # a sentence that leads into its list with a colon: the list's items are the text's even
    # when each is one word (towns, ingredients, countries)
    more = [p.replace("council", "board").replace("harbour", "river") for p in PARAS]
    towns = ["Ashby", "Brampton", "Colwick", "Dunmere"]
    text = ("".join(f"<p>{p}</p>" for p in PARAS) + "<p>The towns the closure will reach first are:</p><ul>"
            + "".join(f"<li>{t}</li>" for t in towns) + "</ul>" + "".join(f"<p>{p}</p>" for p in more))
    body = extract(_story_page("<h1>Harbour wall to be rebuilt</h1>", text)).body
    assert body.split("\n\n") == [*PARAS, "The towns the closure will reach first are:", *towns, *more]


@pytest.mark.parametrize("box", [
    # a share bar's buttons as list items
    "<div><ul><li><span>Share</span></li><li><span>Post</span></li><li><span>Email</span></li>"
    "<li><span>Print</span></li></ul></div>",
    # a menu of the page's languages
    "<ul role='menu'><li>English</li><li>Deutsch</li><li>Español</li><li>Français</li></ul>",
    # a newsletter form's bullets under its pitch (in a box the page marks as content)
    "<div class='content'><form><p>Our morning letter brings the harbour's news to your inbox before eight.</p><ul>"
    "<li>Local news first</li><li>Tide tables</li><li>Stop when you like</li></ul>"
    "<input type='email'><button>Join</button></form></div>",
    # a share bar after a colon: buttons' names
    "<p>Pass this story on:</p><ul><li>Share on Facebook</li><li>Copy link</li><li>Email</li></ul>",
])
def test_short_list_items_the_text_does_not_lead_into_are_not_body(box: str) -> None:
    # between the text's paragraphs, short items with no lead-in above them, one word each,
    # or a button's name, are a bar's, a menu's or a form's, not the text's
    more = [p.replace("council", "board").replace("harbour", "river") for p in PARAS]
    text = "".join(f"<p>{p}</p>" for p in PARAS) + box + "".join(f"<p>{p}</p>" for p in more)
    body = extract(_story_page("<h1>Harbour wall to be rebuilt</h1>", text)).body.split("\n\n")
    assert body[:len(PARAS)] == PARAS and body[-len(more):] == more
    assert not {"Email", "Print", "Post", "Deutsch", "Français", "Tide tables", "Stop when you like",
                "Copy link", "Share on Facebook"} & set(body)


def test_a_deck_of_lines_over_the_picture_that_opens_the_text_is_body() -> None:
    # a deck printed as one heading of lines parted by <br>s, in the text's element above the
    # picture and caption that open it: its lines open the body; a heading of one-word lines
    # there is a label's, not a deck
    deck = ["Two hours of talks, no result", "Rule change put to the board", "Fishermen protest"]
    figure = "<figure><img src='/w.jpg'><figcaption>The harbour wall in January. Photo: Ann Lee</figcaption></figure>"
    text = "".join(f"<p>{p}</p>" for p in PARAS)
    page = _story_page("<h1>Harbour wall to be rebuilt</h1>", "<h2 class='sub'>" + "<br>".join(deck) + "</h2>"
                       + figure + text)
    assert extract(page).body.split("\n\n") == [*deck, *PARAS]
    page = page.replace("<br>".join(deck), "News<br>Harbour")
    assert extract(page).body.split("\n\n") == PARAS
    # nor is a writer's card (a name and a role) or a desk's (a paper's name and a desk)
    for card in ("Ann Lee<br>Senior Harbour Reporter", "The Bay Courier<br>Harbour desk"):
        assert extract(page.replace("News<br>Harbour", card)).body.split("\n\n") == PARAS


def test_a_dek_with_no_stop_under_the_headline_in_its_element_is_body() -> None:
    # the headline and a dek with no stop in <div>s of one header element over the text's
    # <p>s: the dek is no box among the paragraphs; a short line there (a kicker) still is
    dek = "Engineers warned the town on Tuesday that the old harbour wall could fail within five years"
    text = "".join(f"<p>{p}</p>" for p in PARAS)
    page = ("<html><head><title>Harbour wall to be rebuilt</title></head><body>"
            "<div class='bar'><h2>Harbour wall to be rebuilt</h2></div><article><div class='article-header'>"
            f"<h1>Harbour wall to be rebuilt</h1><div class='article-dek'>{dek}</div></div>"
            f"<div class='article-body'>{text}</div></article></body></html>")
    assert extract(page).body.split("\n\n") == [dek, *PARAS]
    assert extract(page.replace(dek, "Town news, harbour")).body.split("\n\n") == PARAS


def test_a_shop_line_past_the_box_is_not_taken() -> None:
    # past a stepped-over box only sentences go on: a sponsor's or a shop's short line stops
    # being body even when it sits in the article's element
    html = ("<html><head><title>Harbour wall to be rebuilt</title></head><body><article>"
            "<h1>Harbour wall to be rebuilt</h1>" + "".join(f"<p>{p}</p>" for p in PARAS[:3])
            + _teaser_box() + "<div><div>Recommended products from our garden shop</div></div>"
            "</article></body></html>")
    body = extract(html).body
    assert body.split("\n\n") == PARAS[:3]


def test_a_one_word_subhead_inside_the_text_is_kept() -> None:
    # "Fazit", "Background": a heading of one word between the article's paragraphs is its
    # subhead, not a stray label; a lone word that is no heading still goes
    html = ("<html><head><title>Harbour wall to be rebuilt</title></head><body><article>"
            "<h1>Harbour wall to be rebuilt</h1>" + "".join(f"<p>{p}</p>" for p in PARAS[:3])
            + "<h2>Background</h2>" + "".join(f"<p>{p}</p>" for p in PARAS[3:])
            + "<div>Advertisement</div></article></body></html>")
    body = extract(html).body
    assert body.split("\n\n") == PARAS[:3] + ["Background"] + PARAS[3:]


def test_a_slideshow_whose_text_sits_in_caption_boxes_is_not_left_thin() -> None:
    # each slide: a heading, then its paragraph in an element whose class names a caption;
    # the run of prose holds only the headings, and the page's prose is in the "captions"
    slides = "".join(f'<div class="slide"><h2>Slide {i}</h2>'
                     f'<div class="slide-caption"><p>{p}</p></div></div>'
                     for i, p in enumerate(PARAS[:4], 1))
    html = ("<html><head><title>Harbour wall to be rebuilt</title></head><body>"
            f"<h1>Harbour wall to be rebuilt</h1>{slides}</body></html>")
    article = extract(html)
    for p in PARAS[:4]:
        assert p in article.body


def test_a_short_article_keeps_its_body_beside_long_teasers() -> None:
    # one paragraph of prose is an article's body, however much prose the teasers hold
    teasers = "".join(f'<div class="teaser"><p>{p}</p></div>' for p in PARAS[1:])
    brief = "The harbour road closes on Monday for a week of repairs, the council said."
    menu = "".join(f'<li><a href="/s{i}">Section {i}</a></li>' for i in range(12))
    html = ("<html><head><title>Harbour road closes</title></head><body>"
            f"<article><h1>Harbour road closes</h1><p>{brief}</p></article>"
            f"<nav><ul>{menu}</ul></nav><aside>{teasers}</aside></body></html>")
    assert extract(html).body == brief


def test_a_short_post_above_a_long_comment_thread_is_the_body() -> None:
    # a dump of a blog post: two paragraphs, then "Comments" and a thread whose comments
    # (each under a line with its writer and date) hold far more prose than the post
    comments = [f"Thank you for this. {p} I would like to know more about the costs."
                for p in PARAS[2:]] * 2
    thread = "\n\n".join(f"  • Reader {i} on March {i + 2}, 2024 at 10:1{i} am said:\n\n    {c}"
                         for i, c in enumerate(comments, 1))
    dump = ("The Harbour Blog\n\nHarbour works: our plan for the spring\n\n"
            f"{PARAS[0]}\n\n{PARAS[1]}\n\nPosted in Harbour | 6 Comments\n\n"
            f"  • Previous Post\n  • Next Post\n\nComments\n\n{thread}\n\n"
            "Leave a Reply\n\nYour email address will not be published.\n")
    body = extract(dump).body
    assert body.split("\n\n") == PARAS[:2]


PLAN = "What the council plans to do with the wall"
WORKS = "When the works start and what they will close"


def test_a_section_past_a_teaser_box_comes_with_its_subhead() -> None:
    # the text has subheads; past the teaser box a subhead of the same kind opens a section
    # of two paragraphs: both go on. A heading over one paragraph ("Further reading" and a
    # teaser) ends the text.
    teaser = ("Five walks along the coast this spring take in the harbour, the old lighthouse "
              "and the cliffs above the bay, and all of them start from the station.")
    html = ("<html><head><title>Harbour wall to be rebuilt</title></head><body><main>"
            "<div class='story'><h1>Harbour wall to be rebuilt</h1>"
            f"<p>{PARAS[0]}</p><h2>{PLAN}</h2><p>{PARAS[1]}</p><p>{PARAS[2]}</p>"
            + _teaser_box(TEASERS * 3)
            + f"<h2>{WORKS}</h2><p>{PARAS[3]}</p><p>{PARAS[4]}</p>"
            f"<h2>Further reading</h2><p>{teaser}</p></div></main></body></html>")
    body = extract(html).body
    assert body.split("\n\n") == [PARAS[0], PLAN, PARAS[1], PARAS[2], WORKS, PARAS[3], PARAS[4]]


def test_a_dumps_text_resumes_below_a_box_of_headlines() -> None:
    # a dump: the article, a "Most read" box of headlines, then the rest of the article;
    # the box has no bounds in a dump, and the paragraphs below it are the article's
    heads = "\n\n".join(f"[gif]\n\nWATCH\n\n{t}" for t in TEASERS + TEASERS[:2])
    dump = ("Harbour wall to be rebuilt\n\nBy Jane Doe\n\n"
            + "\n\n".join(PARAS[:3]) + f"\n\nMost read in local news\n\n{heads}\n\n"
            + "\n\n".join(PARAS[3:]) + "\n\nComments\n\nBe the first to comment.\n")
    body = extract(dump).body
    assert body.split("\n\n") == PARAS


LONGER = PARAS + [
    "Shopkeepers on the quay worried aloud that months of scaffolding would keep visitors away "
    "during the busiest weeks of the season, when most of their yearly trade is done.",
    "The council promised signs pointing walkers around the works and a weekly market on the "
    "square beside the ferry terminal for as long as the quay stays fenced off.",
]


def _dump_with_tail(tail: str, furniture: str = "Advertisement") -> str:
    """A dump: head, a text of some length, a furniture line, one more paragraph, the foot."""
    return ("Harbour wall to be rebuilt\n\nBy Jane Doe\n\n" + "\n\n".join(LONGER)
            + f"\n\n{furniture}\n\n{tail}\n\n2 min\n\nWatch\n\n"
            "About us · Contact · Privacy · Terms · Careers\n\n© 2026 Harbour Times\n")


@pytest.mark.parametrize("tail", [
    "The harbour board will meet the engineers again next month to settle the council's plan.",
    "while the builders are at work, the council said, the walkway along the wall stays shut.",
    "\u201cNobody should fear for their boats this winter,\u201d one skipper told reporters.",
    "Work is expected to finish by autumn 2027.",
    "Anyone wishing to object has until Friday.",
    "Police are appealing for witnesses.",
])
@pytest.mark.parametrize("furniture", ["Advertisement", "READ MORE: Ferry fares rise in spring",
                                       "Share on Facebook"])
def test_the_text_s_own_last_paragraph_past_a_furniture_line_is_kept(tail: str, furniture: str) -> None:
    # a text's closing sentence shares few of its longer words with the text ("Police are
    # appealing for witnesses."), and a teaser's deck past a "READ MORE" line is a sentence
    # as well: the paragraph past the furniture is the text's, whatever its words
    assert extract(_dump_with_tail(tail, furniture)).body.split("\n\n") == LONGER + [tail]


def test_a_short_text_s_last_paragraph_past_a_furniture_line_is_kept() -> None:
    # a text of four paragraphs says too little of what it speaks of to tell its last
    # paragraph, whose words are mostly new, from a box's line by their words
    last = "Tourists arriving for the summer regatta should find the promenade reopened in time."
    dump = ("Harbour wall to be rebuilt\n\nBy Jane Doe\n\n" + "\n\n".join(PARAS[:4])
            + "\n\nAdvertisement\n\n" + last + "\n\nAbout us · Contact · Privacy · Terms\n")
    assert extract(dump).body.split("\n\n") == PARAS[:4] + [last]


def test_a_last_paragraph_the_credit_line_follows_is_kept() -> None:
    # the text's credit line stands right under it: the paragraph is the text's last
    last = "Tourists arriving for the summer regatta should find the promenade reopened in time."
    dump = ("Harbour wall to be rebuilt\n\n" + "\n\n".join(LONGER) + "\n\nAdvertisement\n\n" + last
            + "\n\nReporter: Jane Doe\n\nAbout us · Contact · Privacy · Terms\n")
    assert extract(dump).body.split("\n\n") == LONGER + [last]


@pytest.mark.parametrize("copy", [" (Harbour Times)", " Photo: J. Doe"])
def test_a_pictures_alt_text_printed_again_as_its_caption_opens_no_dumps_text(copy: str) -> None:
    # a dump prints a picture's alt text and then its caption, the same sentence again with the
    # credit after it: both copies are the picture's, the first one too
    alt = "Waves break over the old harbour wall during the storm on a grey January morning."
    dump = ("Harbour wall to be rebuilt\n\nBy Jane Doe\n\n" + alt + "\n\n" + alt + copy + "\n\n"
            + "\n\n".join(PARAS) + "\n\nAbout us · Contact · Privacy · Terms\n")
    assert extract(dump).body.split("\n\n") == PARAS



@pytest.mark.parametrize("at", [0, 2])
def test_a_paragraph_printed_twice_in_a_row_keeps_one_copy(at: int) -> None:
    # a standfirst that the first paragraph repeats word for word, or a block a dump printed
    # twice: the same words with nothing after them are no alt text over its caption, and
    # one copy stays the text's
    paras = PARAS[:at + 1] + PARAS[at:]
    dump = ("Harbour wall to be rebuilt\n\nBy Jane Doe\n\n" + "\n\n".join(paras)
            + "\n\nAbout us · Contact · Privacy · Terms\n")
    assert extract(dump).body.split("\n\n") == PARAS

def test_an_alt_text_printed_again_as_a_caption_wrapped_over_two_lines_opens_no_dumps_text() -> None:
    # a wrapped dump breaks the caption's two sentences over two lines, two blocks: together
    # they print the alt text above them again
    one, two = "Waves break over the old harbour wall during the storm.", "The sea rose two metres."
    dump = ("Harbour wall to be rebuilt\n\nBy Jane Doe\n\n" + one + " " + two + "\n\n" + one + "\n" + two
            + "\n\n" + "\n\n".join(PARAS) + "\n\nAbout us · Contact · Privacy · Terms\n")
    assert extract(dump).body.split("\n\n") == PARAS


SLOT = ["Advertisement", "Story continues below", "Loading...",
        "We apologize, but this video has failed to load.", "Try refreshing your browser, or",
        "Back to video", "Sign up for our newsletter", "[ ]", "Sign Up",
        "By signing up you consent to receive the above newsletter.", "Thanks for signing up!",
        "Subscribe now to read the latest news in your city.", "Support local journalism.",
        "Sign In or Create an Account", "Continue", "or", "View more offers"]


def test_a_dumps_text_opens_above_the_slots_that_cut_it() -> None:
    # a dump: the head, the first paragraph, then an ad, a video and a newsletter box with no
    # bounds, then the rest of the text; the slots cost more than the first paragraph pays
    # for, and the text opens above them (the slots' lines are not the text)
    dump = ("Harbour wall to be rebuilt\n\nBy Jane Doe\n\nPublished March 4, 2024\n\nShare\n\nSave\n\n"
            "The old harbour wall at low tide. Photo: Jane Doe\n\n"
            f"{PARAS[0]}\n\n" + "\n\n".join(SLOT) + "\n\n" + "\n\n".join(PARAS[1:]) + "\n")
    assert extract(dump).body.split("\n\n") == PARAS
    # a teaser over the slots, that speaks of other things, opens nothing
    teaser = ("Ferry times change from Monday, when the summer timetable starts and the last boat "
              "from the islands leaves an hour later than in winter. Tickets bought online for "
              "the old timetable stay valid until the end of the month, the ferry company said.")
    dump = ("By Jane Doe\n\nPublished March 4, 2024\n\n"
            f"{teaser}\n\n" + "\n\n".join(SLOT) + "\n\n" + "\n\n".join(PARAS[1:]) + "\n")
    assert extract(dump).body.split("\n\n") == PARAS[1:]
    # an opening that speaks of other things than the paragraphs after it (a list's
    # introduction) opens the text when the same slots cut the text below it too
    # ("Advertisement 2" above, "Advertisement 3" inside: numbers aside, the same line)
    intro = ("Spring brings longer evenings, and with them the first walks of the year along the "
             "coast, so we asked readers which stretches they like best and why they return.")
    slot = ["Advertisement 2"] + SLOT[1:]
    dump = ("Harbour wall to be rebuilt\n\nBy Jane Doe\n\nPublished March 4, 2024\n\n"
            f"{intro}\n\n" + "\n\n".join(slot) + "\n\n" + "\n\n".join(PARAS[1:3])
            + "\n\nAdvertisement 3\n\nStory continues below\n\n" + "\n\n".join(PARAS[3:]) + "\n")
    assert extract(dump).body.split("\n\n") == [intro] + PARAS[1:]
    # slots after each paragraph, further from the text's opening than a box's reach all
    # told: each paragraph stands within reach of the next
    boxes = "\n\n".join(SLOT * 2)
    dump = ("Harbour wall to be rebuilt\n\nBy Jane Doe\n\nPublished March 4, 2024\n\n"
            f"{PARAS[0]}\n\n{boxes}\n\n{PARAS[1]}\n\n{boxes}\n\n" + "\n\n".join(PARAS[2:]) + "\n")
    assert extract(dump).body.split("\n\n") == PARAS


def test_a_gallery_whose_text_sits_in_caption_boxes_keeps_its_text() -> None:
    # an introduction, then slides: a title and a paragraph in an element whose class names
    # a caption. The class is a hint: when such paragraphs hold most of the run's prose,
    # they are the text (a figure's caption in an article stays out, see the tests above)
    intro = ("Cheap and easy ideas are all that matter this spring, and we have gathered the "
             "best of them from our readers, with a few of our own favourites thrown in.")
    slides = "".join(f'<div class="slide"><h2>Idea number {i}</h2>'
                     f'<div class="gallery-caption"><p>{p}</p></div></div>'
                     for i, p in enumerate(PARAS, 1))
    html = ("<html><head><title>Spring ideas</title></head><body><article>"
            f"<h1>Spring ideas</h1><p>{intro}</p>{slides}</article></body></html>")
    body = extract(html).body
    assert [p for p in body.split("\n\n") if not p.startswith("Idea number")] == [intro] + PARAS


def _story_page(head: str, text: str) -> str:
    return ("<html><head><title>Harbour wall to be rebuilt</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            f"<div class='page'>{head}<div class='story'>{text}</div></div>"
            "<footer>All rights reserved.</footer></body></html>")


def test_a_standfirst_under_the_headline_date_and_share_buttons_opens_the_body() -> None:
    # headline, a date line, then the standfirst in its own element, then share buttons and
    # the text in another element: the standfirst is the article's first paragraph
    lead = ("Storms have battered the old harbour wall for three winters; the council now "
            "wants it rebuilt, with a walkway along its top.")
    share = "".join(f"<li><a href='/s{i}'>{w}</a></li>" for i, w in enumerate(["Share", "Tweet", "Mail"]))
    head = ("<div class='head'><h1>Harbour wall to be rebuilt</h1><div>4 March 2024, 10:15</div></div>"
            f"<div class='intro'>{lead}</div><ul class='buttons'>{share}</ul>")
    body = extract(_story_page(head, "".join(f"<p>{p}</p>" for p in PARAS))).body
    assert body.split("\n\n") == [lead] + PARAS
    # a date line under the headline is no standfirst, however many words it has
    head = ("<div class='head'><h1>Harbour wall to be rebuilt</h1><div>Published:</div>"
            "<div>Tuesday, 4 March 2024 at 10:15 in the morning.</div></div>"
            f"<ul class='buttons'>{share}</ul>")
    body = extract(_story_page(head, "".join(f"<p>{p}</p>" for p in PARAS))).body
    assert body.split("\n\n") == PARAS


def test_a_standfirst_the_description_repeats_opens_the_body_past_a_long_box() -> None:
    # headline, standfirst, date, then a subscription box of many short lines before the
    # text: the standfirst stands far above the text, and only the page's description, which
    # repeats it, vouches for it; without that description it stays out
    lead = ("Storms have battered the old harbour wall for three winters; the council now "
            "wants it rebuilt, with a walkway along its top.")
    offer = "".join(f"<div>{w}</div>" for w in [
        "Read on with Harbour Plus", "All our reports online", "Monthly plan", "9.90 EUR",
        "in the first month", "then 12.90 EUR a month", "Cancel any time"] * 6)
    head = (f"<div class='head'><h1>Harbour wall to be rebuilt</h1><div class='intro'>{lead}</div>"
            f"<div>4 March 2024, 10:15</div></div><div class='offer'>{offer}</div>")
    text = "".join(f"<p>{p}</p>" for p in PARAS)
    for meta, expected in ((f'<meta name="description" content="{lead}">', [lead] + PARAS), ("", PARAS)):
        page = _story_page(head, text).replace("<head>", f"<head>{meta}")
        assert extract(page).body.split("\n\n") == expected


def _far_lead_page(intro: str, description: str, text: str, footer: str = "") -> str:
    """Headline, a line under it, a long subscription offer, then the text."""
    offer = "".join(f"<div>{w}</div>" for w in [
        "Read on with Harbour Plus", "All our reports online", "Monthly plan", "9.90 EUR",
        "in the first month", "then 12.90 EUR a month", "Cancel any time"] * 6)
    head = (f"<div class='head'><h1>Harbour wall to be rebuilt</h1><div class='intro'>{intro}</div>"
            f"</div><div class='offer'>{offer}</div>")
    return (_story_page(head, text).replace("<head>", f'<head><meta name="description" content="{description}">')
            .replace("All rights reserved.", f"{footer} All rights reserved."))


def test_a_teaser_far_above_the_text_that_repeats_its_first_paragraph_is_not_taken_twice() -> None:
    text = "".join(f"<p>{p}</p>" for p in PARAS)
    for intro in (PARAS[0], PARAS[0].split(", which")[0]):
        assert extract(_far_lead_page(intro, intro, text)).body.split("\n\n") == PARAS


def test_the_sites_slogan_as_the_description_is_no_standfirst() -> None:
    # the description every page of the site gives, printed under the headline: it holds no
    # word of the headline; or it is printed in the footer as well
    text = "".join(f"<p>{p}</p>" for p in PARAS)
    slogan = "The Bay Courier brings you the latest news, sport and weather from the coast, every day."
    assert extract(_far_lead_page(slogan, slogan, text)).body.split("\n\n") == PARAS
    slogan = "The Bay Courier: the harbour town's own paper, with the news that matters to its readers."
    assert extract(_far_lead_page(slogan, slogan, text, f"<p>{slogan}</p>")).body.split("\n\n") == PARAS


STEPS = ["For the dough:", "300 g flour", "1 tsp baking powder", "200 g sugar", "1 egg",
         "2 tbsp milk", "1 pinch of salt"]


def test_short_lines_and_a_list_between_two_paragraphs_of_the_container_are_body() -> None:
    # the run of prose stops at a list of short lines; the paragraphs past it are taken from
    # the container, and the lines between them with them (a lone word, "Contact:", is not)
    items = f"<p>{STEPS[0]}</p><ul>" + "".join(f"<li>{s}</li>" for s in STEPS[1:]) + "</ul>"
    text = "".join(f"<p>{p}</p>" for p in PARAS[:3]) + items + "<p>Contact:</p>" \
        + "".join(f"<p>{p}</p>" for p in PARAS[3:])
    body = extract(_story_page("<h1>Harbour wall to be rebuilt</h1>", text)).body
    assert body.split("\n\n") == PARAS[:3] + STEPS + PARAS[3:]


def test_a_short_sentence_of_two_words_between_two_paragraphs_of_the_container_is_body() -> None:
    # the run of prose starts past a list of short lines and the container gives the
    # paragraph above it back; a sentence of two words ("We waited.") between them is a line
    # of the text, where a lone word with no stop ("Contact:") is a label
    items = f"<p>{STEPS[0]}</p><ul>" + "".join(f"<li>{s}</li>" for s in STEPS[1:]) + "</ul>"
    text = f"<p>{PARAS[0]}</p>" + items + "<p>We waited.</p><p>Contact:</p>" \
        + "".join(f"<p>{p}</p>" for p in PARAS[1:])
    body = extract(_story_page("<h1>Harbour wall to be rebuilt</h1>", text)).body
    assert body.split("\n\n") == PARAS[:1] + STEPS + ["We waited."] + PARAS[1:]


def test_a_pitch_box_between_two_paragraphs_stays_out() -> None:
    # a box of short lines closed by a link ("Download the app") is a pitch, not the text,
    # even with a paragraph after it
    pitch = ("<div class='box'><ul>" + "".join(f"<li>{s}</li>" for s in STEPS[1:])
             + "</ul><div><a href='/app'>Download the app now</a></div></div>")
    text = "".join(f"<p>{p}</p>" for p in PARAS[:3]) + pitch + "".join(f"<p>{p}</p>" for p in PARAS[3:])
    body = extract(_story_page("<h1>Harbour wall to be rebuilt</h1>", text)).body
    assert body.split("\n\n") == PARAS


def test_a_credit_line_with_no_stop_between_standfirst_and_text_is_stepped_over() -> None:
    # "Ann Lee in conversation with Tom Hale": a credit line, not prose (though a content class
    # lifts its score above nought), may stand between the standfirst right under the
    # headline and the text; the standfirst is still the body's
    lead = ("Storms have battered the old harbour wall for three winters; the council now "
            "wants it rebuilt, with a walkway along its top.")
    share = "".join(f"<li><a href='/s{i}'>{w}</a></li>" for i, w in enumerate(["Share", "Tweet", "Mail"]))
    head = (f"<div class='article-top'><h1>Harbour wall to be rebuilt</h1><p>{lead}</p>"
            "<p>Ann Lee in conversation with the harbour master Tom Hale</p>"
            f"<ul class='buttons'>{share}</ul></div>")
    body = extract(_story_page(head, "".join(f"<p>{p}</p>" for p in PARAS))).body
    assert body.split("\n\n") == [lead] + PARAS
    # a sentence there is prose of its own: the standfirst is not reached over it
    said = "<p>The harbour master said the wall had been patched many times before.</p>"
    head = head.replace("<ul class=", said + "<ul class=")
    body = extract(_story_page(head, "".join(f"<p>{p}</p>" for p in PARAS))).body
    assert not body.startswith(lead)


TEAMS = ["England (Group A): tenth appearance", "Spain (Group F): eleventh appearance",
         "Wales (Group E): second appearance", "Finland (Group J): first appearance"]


def test_a_subhead_over_a_list_that_closes_the_text_is_a_section() -> None:
    # the text's last section is a list of plain items under a subhead of the kind the text
    # uses: it is the article's; a subhead over a list of links ("Further reading") is not
    text = ("".join(f"<p>{p}</p>" for p in PARAS[:3]) + "<h2>The works</h2>"
            + "".join(f"<p>{p}</p>" for p in PARAS[3:]))
    teams = "<h2>Qualified teams</h2><ul>" + "".join(f"<li>{t}</li>" for t in TEAMS) + "</ul>"
    body = extract(_story_page("<h1>Harbour wall to be rebuilt</h1>", text + teams)).body
    assert body.split("\n\n") == PARAS[:3] + ["The works"] + PARAS[3:] + ["Qualified teams"] + TEAMS
    links = "<h2>Further reading</h2><ul>" + "".join(
        f"<li><a href='/t{i}'>{t}</a></li>" for i, t in enumerate(TEAMS)) + "</ul>"
    body = extract(_story_page("<h1>Harbour wall to be rebuilt</h1>", text + links)).body
    assert body.split("\n\n") == PARAS[:3] + ["The works"] + PARAS[3:]


METHOD = ["Sift the flour, the sugar and the salt into a large bowl.",
         "Rub in the cold butter until the mixture looks like fine crumbs.",
         "Stir in the egg and bring the dough together with your hands.",
         "Roll the dough into small balls and bake them for twenty minutes."]


def _numbered(items: List[str], link: bool = False) -> str:
    """A list whose numbers stand in elements of their own, beside each item's text."""
    rows = "".join(f'<li><div class="num">{i}.</div><div class="txt">'
                   + (f'<a href="/r{i}">{t}</a>' if link else t) + "</div></li>"
                   for i, t in enumerate(items, 1))
    return f"<ol>{rows}</ol>"


def test_the_numbers_of_a_list_of_steps_are_no_counters() -> None:
    # "1.", "2." in elements of their own each scored as a counter (-10) and broke the
    # method into pieces shorter than the page's notice; a run of them from 1 with a
    # sentence after each is a list of steps, each number glued to its step
    notice = ("Please note: pictures taken from the internet are protected by copyright and "
              "will be removed when their author asks us to do so. Read our terms of use.")
    html = ("<html><head><title>Butter biscuits</title></head><body>"
            f"<div class='upload'><p>{notice}</p></div>"
            "<div class='recipe'><h1>Butter biscuits</h1><h2>Method</h2>"
            + _numbered(METHOD) + "</div>"
            "<div class='popular'><h2>Most read</h2>"
            + _numbered(["Chocolate cookies with sea salt and dark caramel",
                         "Oat cookies for a rainy afternoon at home",
                         "Ten cakes to bake with the children this weekend"], link=True)
            + "</div></body></html>")
    body = extract(html).body
    # (the section's heading over the steps goes with them, as a recipe card's does)
    assert body.split("\n\n") == ["Method"] + [f"{i}. {s}" for i, s in enumerate(METHOD, 1)]


def test_paragraphs_inside_a_list_item_that_swallowed_the_article_are_no_list_items() -> None:
    # a blog theme's sidebar widget (<li>) left open around the post: its short paragraphs
    # each scored as a list item (-6 and -0.5 a word) and the post was lost; a list item
    # that holds paragraphs and most of the page's text is no list item
    post = ["It has been a cold and snowy week here, as it was many years ago.",
            "So we wanted to cook something warm and simple for the whole family.",
            "Cut the liver into small pieces and fry them in hot oil until brown.",
            "Add the onions and the apples and let them cook for three minutes.",
            "Pour in the wine and the stock and let the sauce reduce by half.",
            "We served it with mashed potatoes left over from the day before."]
    links = "".join(f"<li><a href='/l{i}'>Blog friend number {i}</a></li>" for i in range(8))
    html = ("<html><head><title>Liver with apples</title></head><body><div id='page'>"
            f"<ul><li class='widget'><h3>Friends</h3><ul>{links}</ul></li>"
            "<li class='widget'><div id='content'><h2>Liver with apples</h2><div class='entry'>"
            + "".join(f"<p>{p}</p>" for p in post)
            + "</div></div></li></ul></div></body></html>")
    assert extract(html).body.split("\n\n") == post


def test_a_standfirst_above_paragraphs_the_container_gave_back_opens_the_body() -> None:
    # the run of prose starts below a box of links inside the text; the paragraph above the
    # box comes back from the article's container, and the standfirst under the headline,
    # in an element of its own above that, is the article's too
    standfirst = ("The harbour wall that storms have battered for three winters will be rebuilt, "
                  "and a walkway will open along its top.")
    links = "".join(f"<li><a href='/t{i}'>{t}</a></li>" for i, t in enumerate(TEASERS))
    html = ("<html><head><title>Harbour wall to be rebuilt</title></head><body><article>"
            f"<h1>Harbour wall to be rebuilt</h1><p class='intro'>{standfirst}</p>"
            f"<div class='text'><p>{PARAS[0]}</p><ul class='links'>{links}</ul>"
            + "".join(f"<p>{p}</p>" for p in PARAS[1:]) + "</div></article></body></html>")
    assert extract(html).body.split("\n\n") == [standfirst] + PARAS


def test_the_short_paragraphs_beside_a_post_s_one_long_paragraph_are_the_post_s() -> None:
    # one long paragraph held most of a short post's prose and was taken as the post's
    # element: the short paragraphs beside it (in the same parent, at the same depth) were
    # "outside the article's container"
    long = " ".join(PARAS[:4])
    short = ["The start is made, now I only have to write from time to time.",
             "I hope you like the new look of the blog."]
    html = ("<html><head><title>A new look</title></head><body><div class='post'>"
            "<h2><a href='/new-look'>A new look</a></h2>"
            f"<p>{long}</p>" + "".join(f"<p>{p}</p>" for p in short)
            + "<div class='tags'><a href='/t'>Tags: Uncategorized</a></div></div>"
            "<ul class='comments'><li><a href='/c'>1 Comment</a></li></ul></body></html>")
    assert extract(html).body.split("\n\n") == [long] + short


def test_short_closing_lines_beside_the_last_paragraph_are_the_text_s() -> None:
    # "Good luck!" and a signature after the last paragraph, in the same element: short
    # lines with nothing past them to carry the body on; a label line ("Category: News")
    # and a line of names with no sentence among them are not taken
    closing = ["Good luck!", "Yours, Hans"]
    page = ("<html><head><title>Harbour wall to be rebuilt</title></head><body><main>"
            "<div class='post'><h1>Harbour wall to be rebuilt</h1>"
            + "".join(f"<p>{p}</p>" for p in PARAS) + "{tail}"
            "<div><a href='/deal'>To the deal »</a></div></div></main></body></html>")
    body = extract(page.replace("{tail}", "".join(f"<p>{c}</p>" for c in closing))).body
    assert body.split("\n\n") == PARAS + closing
    label = extract(page.replace("{tail}", "<p>Category: Local news</p>")).body
    assert label.split("\n\n") == PARAS
    names = extract(page.replace("{tail}", "<p>Light a Wish by OGE Group</p>"
                                 "<p>Spider on the bridge by Groupe LAPS</p>")).body
    assert names.split("\n\n") == PARAS


def test_on_a_page_of_stacked_articles_the_body_is_the_page_s_own_article() -> None:
    # an endless scroll prints the next articles under the first, each under its own <h1>;
    # the longest one won, not the one the page's title names
    others = [("Second story of the day", [p + " More detail follows here." for p in PARAS]),
              ("Third story of the day", [p + " And yet more detail." for p in PARAS * 2])]
    # (each with its box of teasers under it)
    stack = "".join(f"<article><h1>{h}</h1>" + "".join(f"<p>{p}</p>" for p in ps)
                    + _teaser_box(TEASERS * 3) + "</article>"
                    for h, ps in [("Harbour wall to be rebuilt", PARAS[:3]), *others])
    html = ("<html><head><title>Harbour wall to be rebuilt</title></head><body><main>"
            f"{stack}</main></body></html>")
    article = extract(html)
    assert article.body.split("\n\n") == PARAS[:3]
    assert article.title == "Harbour wall to be rebuilt"


def test_a_recipe_card_s_ingredients_and_method_under_the_text_are_the_text_s() -> None:
    # a recipe card under a food blog's prose: its list of ingredients and its short steps
    # scored as list items and were left out; a section heading ("Ingredients", "Method")
    # near the text, over lines that are no furniture and no link, opens a section of it
    ingredients = ["200 g flour", "100 g cold butter", "50 g sugar", "1 egg"]
    steps = ["Rub the butter into the flour.", "Stir in the sugar and the egg.",
             "Bake for twenty minutes."]
    card = ("<div class='recipe-card'><h2>Butter biscuits</h2><h3>Ingredients</h3><ul>"
            + "".join(f"<li>{i}</li>" for i in ingredients) + "</ul><h3>Method</h3><ol>"
            + "".join(f"<li>{s}</li>" for s in steps) + "</ol>"
            "<p><a href='/print'>Print this recipe</a></p></div>")
    html = ("<html><head><title>Butter biscuits</title></head><body><main><article>"
            "<h1>Butter biscuits</h1>" + "".join(f"<p>{p}</p>" for p in PARAS[:3]) + card
            + "</article></main><aside><h3>More recipes</h3><ul>"
            "<li><a href='/a'>Oat cookies</a></li><li><a href='/b'>Lemon cake</a></li></ul>"
            "</aside></body></html>")
    body = extract(html).body.split("\n\n")
    assert body == PARAS[:3] + ["Ingredients", *ingredients, "Method", *steps]


def test_a_short_opening_line_above_the_first_paragraph_is_the_text_s() -> None:
    # "Dear visitors," above the first paragraph, in the same element, scores as no prose
    # and was left above the run; a credit line with no stop ("Tom Davies Associated Press")
    # in the same place is not taken
    page = ("<html><head><title>Time to say goodbye</title></head><body><main><div class='post'>"
            "<h1>Time to say goodbye</h1>{head}" + "".join(f"<p>{p}</p>" for p in PARAS)
            + "</div></main></body></html>")
    body = extract(page.replace("{head}", "<p>Dear visitors,</p>")).body
    assert body.split("\n\n") == ["Dear visitors,"] + PARAS
    credit = extract(page.replace("{head}", "<p>Tom Davies Associated Press</p>")).body
    assert credit.split("\n\n") == PARAS


def test_a_follow_us_pitch_closing_the_text_is_not_the_text() -> None:
    # a short last paragraph that names two social networks is the site's pitch; a
    # paragraph of the text that names one is the text's
    one = "The council will post the timetable of the works on its Facebook page next week."
    pitch = "Stay in touch with the Harbour Times on Instagram and Facebook every day."
    html = ("<html><head><title>Harbour wall to be rebuilt</title></head><body><article>"
            "<h1>Harbour wall to be rebuilt</h1>" + "".join(f"<p>{p}</p>" for p in PARAS)
            + f"<p>{one}</p><p>{pitch}</p></article></body></html>")
    assert extract(html).body.split("\n\n") == PARAS + [one]


def test_a_subhead_just_above_the_first_paragraph_opens_the_text() -> None:
    # the text's first section's heading sits in the text's element just above its first
    # paragraph; the headline in that place is not taken again
    page = ("<html><head><title>Harbour wall to be rebuilt</title></head><body><main>"
            "<h1>Harbour wall to be rebuilt</h1><div class='text'>{head}"
            + "".join(f"<p>{p}</p>" for p in PARAS) + "</div></main></body></html>")
    body = extract(page.replace("{head}", "<h2>What the council decided</h2>")).body
    assert body.split("\n\n") == ["What the council decided"] + PARAS
    again = extract(page.replace("{head}", "<h2>Harbour wall to be rebuilt</h2>")).body
    assert again.split("\n\n") == PARAS


def test_a_one_line_subhead_between_paragraphs_above_a_link_box_is_the_text_s() -> None:
    # the run of prose starts past a box of links; the container gives the paragraphs above
    # it back, and the one-line subhead in a <p> between two of them comes with them
    links = "".join(f"<li><a href='/t{i}'>{t}</a></li>" for i, t in enumerate(TEASERS * 2))
    line = "What happens next for the harbour"
    html = ("<html><head><title>Harbour wall to be rebuilt</title></head><body><article>"
            "<h1>Harbour wall to be rebuilt</h1><div class='text'>"
            f"<p>{PARAS[0]}</p><p>{line}</p><p>{PARAS[1]}</p><ul class='more'>{links}</ul>"
            + "".join(f"<p>{p}</p>" for p in PARAS[2:]) + "</div></article></body></html>")
    body = extract(html).body
    assert body.split("\n\n") == [PARAS[0], line] + PARAS[1:]


def test_text_for_screen_readers_only_is_not_the_text() -> None:
    # a template labels each group of paragraphs for screen readers ("Article content" in
    # an element of class visually-hidden): the page never shows it, and the body left it in
    groups = "".join(f"<section class='story-content'><div class='visually-hidden'>Article content</div><p>{p}</p>"
                     "</section>" for p in PARAS)
    html = ("<html><head><title>Harbour wall to be rebuilt</title></head><body><article>"
            f"<h1>Harbour wall to be rebuilt</h1>{groups}</article></body></html>")
    assert extract(html).body.split("\n\n") == PARAS


def test_a_registration_wall_s_and_a_video_player_s_lines_are_not_the_text() -> None:
    # a registration wall's pitch and a failed video player's message between paragraphs
    wall = "Create an account or sign in to continue with your reading experience."
    video = "We apologize, but this video has failed to load."
    html = ("<html><head><title>Harbour wall to be rebuilt</title></head><body><article>"
            "<h1>Harbour wall to be rebuilt</h1>" + "".join(f"<p>{p}</p>" for p in PARAS[:2])
            + f"<p>{wall}</p><p>{video}</p>" + "".join(f"<p>{p}</p>" for p in PARAS[2:])
            + "</article></body></html>")
    assert extract(html).body.split("\n\n") == PARAS


def test_a_thin_text_s_element_gives_its_sheet_of_short_lines() -> None:
    # an event's or a product's page: one short paragraph, then headings, "label: value"
    # lines and list items in the same element, none of them prose; past them a share
    # widget's label, a button and a comments heading are not the text
    sheet = ["<h3>March 2020</h3>", "<p>Menu: three courses with the whiskies</p>",
             "<ul><li>Place: Harbour Inn, Quay Street 11</li><li>Tickets: 58 euros</li></ul>",
             "<h3>Glassware</h3>", "<p>Tulip glasses only.</p>"]
    html = ("<html><head><title>Tasting evenings</title></head><body><main><article>"
            "<h1>Tasting evenings</h1><div class='entry-content'>"
            "<p>There will be tasting evenings again this spring. The first dates are fixed, "
            "more will follow.</p>" + "".join(sheet)
            + "<div class='sharing'><h3>Share this:</h3></div><div>More Photos</div></div>"
            "</article><h3>Leave a Reply</h3><p>Your email address will not be published "
            "and nobody will ever see it here.</p></main></body></html>")
    article = extract(html)
    assert article.body.split("\n\n") == [
        "There will be tasting evenings again this spring. The first dates are fixed, more "
        "will follow.", "March 2020", "Menu: three courses with the whiskies",
        "Place: Harbour Inn, Quay Street 11", "Tickets: 58 euros", "Glassware",
        "Tulip glasses only."]
    assert any("thin text" in w for w in article.warnings)


def test_a_thin_text_beside_one_caption_and_buttons_stays_as_it_is() -> None:
    # a photo page: its two sentences, a photographer's credit and the gallery's buttons and
    # counter; the credit is the byline's, the buttons are no text, and one line more is no
    # sheet: the text is the two sentences
    text = ("The power company opened the new substation today, with its two transformers "
            "and the lines that feed it. It is part of the western grid.")
    html = ("<html><head><title>Substation opens</title></head><body><div class='content'>"
            "<h1>Substation opens</h1><div class='photo'>"
            f"<div>Photographer: Ann Lee</div><div>{text}</div>"
            "<div><div><div>Vote Photo</div><div>Rating (12 voters)</div></div></div>"
            "<div>More Photos</div></div></div>"
            "</body></html>")
    article = extract(html)
    assert article.body == text
    assert not any("thin text" in w for w in article.warnings)


def test_a_page_its_scripts_fill_takes_a_long_description_as_its_body() -> None:
    # no text on the page, only a menu; its description is an excerpt of the text (forty
    # words and more): the body is that excerpt, with a warning; a short summary is not
    excerpt = " ".join(PARAS[:2])
    page = ("<html><head><title>Harbour wall to be rebuilt</title>"
            "<meta name='description' content='{desc}'></head><body><nav><a href='/'>Home</a>"
            "<a href='/news'>News</a></nav><div id='app'></div></body></html>")
    article = extract(page.format(desc=excerpt))
    assert article.body == excerpt
    assert any("description" in w for w in article.warnings)
    short = extract(page.format(desc="The council will rebuild the harbour wall.")).body
    assert short == ""


def test_a_wiki_page_of_lists_under_headings_is_read_whole() -> None:
    # a wiki's page: sections of short steps, each a list under its heading; the run of
    # prose finds the longest list, and the element holding it gives the rest (its intro
    # line, the other headings and lists), not the footer's licence or the site's links
    sections = {
        "Basic turn": ["Start with both hands held low, facing your partner",
                       "The leader raises the left hand and turns the follower to the right",
                       "Both step back into the basic step"],
        "Hand change": ["Take the other hand while she turns",
                        "Step forward past her, then let go with the right hand and take her "
                        "left hand again as she comes round to face you",
                        "The follower passes under the raised arm and stands on the left of "
                        "the leader, who has walked round behind her in the meantime",
                        "Finish in the open position with both hands low, ready for the next "
                        "call that the caller gives to the whole circle of dancers",
                        "Repeat it twice when the caller says so, then go on with the basic "
                        "step until everyone has found a new partner in the circle"],
    }
    html = ["<html><head><title>Turn figures for the circle</title></head><body><div class='wiki-content'>"
            "<h1>Turn figures for the circle</h1><div id='page-content'><p>Changing places, slowly explained</p>"]
    for head, steps in sections.items():
        html.append(f"<h2>{head}</h2><ul>" + "".join(f"<li>{s}</li>" for s in steps) + "</ul>")
    html.append("</div></div><div class='license'>Unless otherwise stated, the content of "
                "this page is licensed under a free licence.</div><ul class='sites'>"
                "<li><a href='/a'>Other interesting sites</a></li></ul></body></html>")
    article = extract("".join(html))
    assert article.body.split("\n\n") == ["Changing places, slowly explained", "Basic turn",
                                          *sections["Basic turn"], "Hand change",
                                          *sections["Hand change"]]


def _post(name: str, day: str, paragraphs: List[str]) -> str:
    """A forum post: the author's box (name, rank, joined), the post's date, its text."""
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<article class='message'><div class='user'><h4><a href='/u/{name}'>{name}</a></h4>"
            f"<h5>Regular member</h5><dl><dt>Joined</dt><dd>3 June 2014</dd></dl></div>"
            f"<div class='main'><ul><li>{day}</li></ul><div class='text'>{text}</div></div>"
            "</article>")


def test_every_post_of_a_forum_thread_is_the_text() -> None:
    # a thread: posts built alike, each with its author's box, its date and its text; the
    # run of prose stops where an author's box costs more than a short post pays, and the
    # posts past it are the thread's all the same (not the author's boxes)
    posts = [
        ("anna", "27 September 2018", PARAS[:3]),
        ("bert", "27 September 2018", ["Has he got mites in his ears? One of our first cats "
                                       "had them badly, and it looked just like that."]),
        ("carla", "28 September 2018", ["Mine brings in all sorts from the garden, but it is "
                                        "mostly dried leaves and never anything like this."]),
        ("anna", "28 September 2018", ["Thank you both, his ears are clean. I will comb him "
                                       "again tonight and tell you what comes out of it."]),
    ]
    html = ("<html><head><title>Harbour wall to be rebuilt</title></head><body>"
            "<h1>Harbour wall to be rebuilt</h1><div class='thread'>"
            + "".join(_post(*p) for p in posts)
            + "</div><footer>Forum software by Someone</footer></body></html>")
    article = extract(html)
    texts = [t for _, _, ps in posts for t in ps]
    assert article.body.split("\n\n") == texts
    assert "Regular member" not in article.body and "Joined" not in article.body


def test_a_closing_section_of_short_lines_beside_the_text_is_the_text_s() -> None:
    # an "about us" page: its paragraphs, a link list, then a heading where the paragraphs
    # stand over short lines of dates and works beside it, up to a share box nested in the
    # same element: the section is the text's, the link list and the share box are not
    lines = ["October 2015", "The late show, a monthly evening of songs", "March 2014",
             "A programme that is none and still fills two hours", "January 2014",
             "Finalist of the big comedy contest"]
    html = ("<html><head><title>About us</title></head><body><article><h1>About us</h1>"
            "<div class='entry-content'>" + "".join(f"<p>{p}</p>" for p in PARAS[:3])
            + "<ul><li><a href='/press'>Press kit and photos</a></li>"
            "<li><a href='/dates'>Dates</a></li></ul><h1>Selected works</h1>"
            + "".join(f"<p>{t}</p>" for t in lines)
            + "<div class='sharing'><ul><li><a href='/t'>Tweet</a></li></ul></div></div>"
            "</article></body></html>")
    body = extract(html).body.split("\n\n")
    assert body == PARAS[:3] + ["Selected works"] + lines


def test_a_german_recipe_s_steps_under_a_compound_heading_are_the_text_s() -> None:
    # "Zubereitungsschritte" and "Zutatenliste": the German words for a recipe's steps and
    # its list of ingredients open sections as "Zubereitung" and "Zutaten" do
    steps = ["Die Milch mit den Haferflocken aufkochen und zwei Minuten köcheln lassen.",
             "Die Nüsse ohne Fett in einer Pfanne anrösten und über den Brei streuen."]
    paras = ["Hafer ist reich an Ballaststoffen und sättigt lange, weshalb ein warmer Brei am "
             "Morgen ein guter Anfang für einen langen Arbeitstag ist.",
             "Statt Milch passt auch ein Haferdrink oder einfach Wasser, und im Sommer kann "
             "man den Brei mit frischen Beeren statt mit Äpfeln essen."]
    html = ("<html lang='de'><head><title>Haferbrei mit Apfel</title></head><body><main>"
            "<article><h1>Haferbrei mit Apfel</h1>" + "".join(f"<p>{p}</p>" for p in paras)
            + "<div class='card'><h2>Zubereitungsschritte</h2><ol>"
            + "".join(f"<li>{s}</li>" for s in steps) + "</ol></div></article></main>"
            "</body></html>")
    body = extract(html).body.split("\n\n")
    assert body == paras + ["Zubereitungsschritte", *steps]


@pytest.mark.parametrize("notice", [
    "Als abonnee lees je alle verhalen over de kust. Je moet nog even inloggen.",  # Dutch
    "Déjà abonné ? Connectez-vous pour retrouver vos articles sur le port.",  # French
    "Para seguir leyendo sobre el puerto, elige una de nuestras ofertas.",  # Spanish
    "Per continuare a leggere le notizie del porto scegli un abbonamento.",  # Italian
    "Já é assinante? Entre na sua conta para ler as notícias do porto.",  # Portuguese
])
def test_a_paywall_s_notice_in_another_language_ends_a_dumps_text(notice: str) -> None:
    # a dump: the text, then a subscription box that opens with its notice in the page's
    # language, and its buttons: the text ends at the notice
    dump = ("Harbour wall to be rebuilt\n\nBy Jane Doe\n\n" + "\n\n".join(PARAS) + "\n\n" + notice
            + "\n\nThe harbour festival, the ferry timetable and the market news every morning, all year long.\n\n"
            "About us · Contact · Privacy · Terms\n")
    assert extract(dump).body.split("\n\n") == PARAS



@pytest.mark.parametrize("prose", [
    "Als abonnee van de krant betaal je volgend jaar vier euro per maand meer, maakte de uitgever bekend.",
    "Para seguir leyendo en verano, la biblioteca del puerto abre también los domingos por la tarde.",
    "Déjà abonné au club depuis vingt ans, le pêcheur a voté contre le projet de la mairie.",
])
@pytest.mark.parametrize("html", [False, True])
def test_a_paywall_s_words_in_a_paragraph_of_prose_do_not_end_the_text(prose: str, html: bool) -> None:
    # a paragraph that opens with a paywall's words but asks for no login or subscription
    # is the text's ("als abonnee" is everyday Dutch): the text goes on past it
    paras = PARAS[:2] + [prose] + PARAS[2:]
    if html:
        page = ("<html><head><title>Harbour wall to be rebuilt</title></head><body><article>"
                "<h1>Harbour wall to be rebuilt</h1>" + "".join(f"<p>{p}</p>" for p in paras)
                + "</article><footer>About us · Contact · Privacy</footer></body></html>")
    else:
        page = ("Harbour wall to be rebuilt\n\nBy Jane Doe\n\n" + "\n\n".join(paras)
                + "\n\nAbout us · Contact · Privacy · Terms\n")
    assert extract(page).body.split("\n\n") == paras

def test_a_paywall_s_notice_and_its_pitch_end_the_text() -> None:
    # the free part of an article, then the paywall's notice and its pitch in the same
    # element: the text ends at the notice; a sentence that names subscribers is not one
    free = PARAS[:2] + ["The new feature will be open to premium subscribers only, the "
                        "company said on Thursday, and will reach everyone else next year."]
    pitch = ["To view the full story, please subscribe to The Harbour Times. You can choose "
             "an annual or a monthly plan.",
             "When you join, you get unlimited access to our journalism about the coast, its "
             "towns and the people who live there, and a gift in the post.",
             "If you are seeing this message but you are already a subscriber, you can log in "
             "for immediate access to this story."]
    html = ("<html><head><title>Harbour wall to be rebuilt</title></head><body><article>"
            "<h1>Harbour wall to be rebuilt</h1>" + "".join(f"<p>{p}</p>" for p in free + pitch)
            + "</article></body></html>")
    assert extract(html).body.split("\n\n") == free


def test_a_post_of_links_under_a_content_class_keeps_its_links() -> None:
    # a blog post that is a list of links with their sources, and one line of its own: the
    # body is thin, and under the post's content class the linked lines are its text
    links = [("Harbour wall study doubts the state's support", "via Coast News"),
             ("Storm damage: who pays for the walkway", "via Town Weekly"),
             ("Ferries to run on Sundays from May", "via Island Post")]
    items = "".join(f"<ul><li><p><a href='/{i}'>{t}</a></p><p>{src} "
                    f"<a href='https://example.org/{i}'>https://example.org/{i}</a></p></li></ul>"
                    for i, (t, src) in enumerate(links))
    html = ("<html><head><title>Links of the day</title></head><body><main><article>"
            "<h1>Links of the day</h1><div class='entry-content'>" + items
            + "<p>Posted from my bookmarks. The rest of my favourite links are here.</p></div>"
            "</article><aside class='sidebar'><ul><li><a href='/x'>Archive</a></li></ul></aside>"
            "</main></body></html>")
    body = extract(html).body
    for title, src in links:
        assert title in body and src in body
    assert "Archive" not in body


def test_the_lines_of_a_paragraph_the_text_holds_are_the_text_s() -> None:
    # a <p> whose lines are parted by <br>: a one-word subhead and an address's lines score
    # below zero alone, but they are lines of a paragraph the body holds; a rule of marks
    # ("+++") and a line of links in that paragraph stay out
    page = ("<html><head><title>Harbour wall to be rebuilt</title></head><body><main>"
            "<h1>Harbour wall to be rebuilt</h1><div class='text'>"
            + "".join(f"<p>{p}</p>" for p in PARAS[:3])
            + f"<p>Background<br>{PARAS[3]}<br>+++<br><a href='/more'>More on the harbour</a></p>"
            + f"<p>{PARAS[4]}<br>Harbour board<br>Quay Street 4<br>Porthaven</p>"
            "</div></main></body></html>")
    body = extract(page).body
    assert body.split("\n\n") == PARAS[:3] + ["Background", PARAS[3], PARAS[4], "Harbour board",
                                              "Quay Street 4", "Porthaven"]


def test_a_paragraph_of_lines_right_after_the_text_is_the_text_s() -> None:
    # "Here is the full list." and then the list itself as one <p> of <br>-parted lines:
    # lines of names with no sentence among them, the text's own as one paragraph of them;
    # the same lines as links are a box, not the text
    ranks = ["01. Anna Berg", "02. Carl Dahl", "03. Eva Fors", "04. Gus Holm"]
    page = ("<html><head><title>Harbour wall to be rebuilt</title></head><body><main>"
            "<div class='post'><h1>Harbour wall to be rebuilt</h1>"
            + "".join(f"<p>{p}</p>" for p in PARAS) + "{list}"
            "<div><a href='/deal'>To the deal »</a></div></div></main></body></html>")
    body = extract(page.replace("{list}", "<p>" + "<br>".join(ranks) + "</p>")).body
    assert body.split("\n\n") == PARAS + ranks
    linked = "<p>" + "<br>".join(f"<a href='/r{i}'>{r}</a>" for i, r in enumerate(ranks)) + "</p>"
    assert extract(page.replace("{list}", linked)).body.split("\n\n") == PARAS


def test_the_terms_of_a_definition_list_the_text_holds_are_the_text_s() -> None:
    # a glossary: a term of one word scored as a lone word inside the run, its definition as
    # text; the term goes with it. A term whose definition is no text (a link to the
    # author's page) stays out
    terms = [("Abeam", "At a right angle to the length of the boat, off to one side of it."),
             ("Aft", "Towards the back of the boat, the stern, as opposed to the bow."),
             ("Boom", "The horizontal pole along the bottom of the mainsail, which swings across."),
             ("Jibe", "Turning the stern of the boat through the wind, so that the boom swings.")]
    dl = "".join(f"<dt>{t}</dt><dd>{d}</dd>" for t, d in terms)
    html = ("<html><head><title>Sailing words</title></head><body><main><h1>Sailing words</h1>"
            f"<div class='text'><p>{PARAS[0]}</p><dl>{dl}"
            "<dt>Author</dt><dd><a href='/hans'>Hans Berg</a></dd></dl></div></main></body></html>")
    body = extract(html).body
    assert body.split("\n\n") == [PARAS[0]] + [x for pair in terms for x in pair]


def _qa_post(votes: str, paragraphs: List[str], when: str, quote: str = "") -> str:
    """A Q&A site's post: its votes, its text (a quoted line in it or not), its buttons, its
    date line and its readers' short comments."""
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    if quote:
        text = text.replace("</p>", f"</p><blockquote><p>{quote}</p></blockquote>", 1)
    menu = "".join(f"<a href='/{w.lower()}'>{w}</a> " for w in ("Share", "Edit", "Follow", "Flag"))
    notes = "".join(f"<li class='comment'><span>{w}</span> – <a href='/u/{i}'>user{i}</a> "
                    f"<span>Feb 7, 2014 at 10:5{i}</span></li>"
                    for i, w in enumerate(("Good point.", "Thanks!", "See the link above.")))
    return (f"<div class='post-layout'><div class='votes'>{votes}</div><div class='postcell'>"
            f"<div class='s-prose'>{text}</div><div class='menu'>{menu}</div>"
            f"<div class='signature'>{when}</div></div>"
            f"<div class='comments'><ul>{notes}</ul></div></div>")


def test_a_question_over_its_answers_is_the_text_with_them() -> None:
    # a Q&A page: the best answer won the run; the answers are posts built alike (their
    # first lines alike, though one quotes a line) and are all read; the question stands
    # in an element of its own before them, with its date line, and opens the text
    question = ["How does one know which of the two verbs to use in sentences like this one?",
                "Why did the book not use the other verb in that context, which reads the same?"]
    answers = [["The first verb is the passive voice here, so it is the one the book uses.",
                "The second verb would describe a state that the sentence does not mean at all."],
               ["Think of the first verb as the action and of the second as its lasting result.",
                "Both are correct German, but they do not say the same thing about the event."],
               ["Your book is right, and the other answers explain why better than I could do."]]
    posts = "".join(_qa_post(str(3 - i), a, f"answered Feb {6 + i}, 2014 at 21:03",
                             "A quoted example sentence." if i == 1 else "")
                    for i, a in enumerate(answers))
    html = ("<html><head><title>Which verb to use?</title></head><body><div id='content'>"
            "<h1><a href='/q/1'>Which verb to use?</a></h1><div class='main'>"
            "<div class='question'>" + _qa_post("22", question, "asked Feb 6, 2014 at 20:37")
            + "</div><div class='answers'><h2>3 Answers</h2>" + posts
            + "</div></div></div></body></html>")
    body = extract(html).body.split("\n\n")
    assert body == question + answers[0] + [answers[1][0], "A quoted example sentence.",
                                            answers[1][1]] + answers[2]


def test_a_tutorial_s_sections_of_one_paragraph_under_its_kind_of_subhead_are_the_text_s() -> None:
    # a tutorial in sections: a subhead, one paragraph and its code; the run stops at a box
    # of teasers, and past it a subhead of the kind the text holds twice already opens a
    # section with one paragraph under it (past a text with one subhead, two are needed)
    steps = [("Example 1: Change the size of all text", "With the following code we change "
              "the size of every text element of the plot at once, the axes and the title."),
             ("Example 2: Change the size of the axis text", "In this example we change only "
              "the size of the text on the axes of the plot, and leave the title as it was."),
             ("Example 3: Change the size of the title", "Finally we change the size of the "
              "main title alone, which the reader sees first, and keep the rest of the plot."),
             ("Example 4: Change the size of the legend", "The legend's text can be made larger "
              "in the same way, which helps when the plot is shown on a large screen.")]

    def section(head: str, text: str) -> str:
        return f"<h2>{head}</h2><p>{text}</p><pre>plot + theme(size = 20)</pre>"
    html = ("<html><head><title>Font sizes in plots</title></head><body><main><article>"
            "<h1>Font sizes in plots</h1><div class='entry-content'>"
            + "".join(f"<p>{p}</p>" for p in PARAS[:3])
            + "".join(section(h, t) for h, t in steps[:2]) + _teaser_box()
            + "".join(section(h, t) for h, t in steps[2:])
            + "</div></article></main></body></html>")
    body = extract(html).body.split("\n\n")
    for head, text in steps:
        assert head in body and text in body


def test_sections_under_headings_that_close_the_text_s_element_are_the_text_s() -> None:
    # a guide: its prose, then, in the same element, headings over lists of "Name: ..." lines
    # with an ad's marker between; they end where a box of links begins, whose heading
    # ("Related articles") stays with the box. An <h1> past the text heads another piece,
    # and lines of one or two words (a form's) are not a section
    quests = [["Name: Stolen Sack", "Level: 70", "Giver: the village chief of Wind Town",
               "Task: collect one hundred food sacks from the feather cloaks"],
              ["Name: Black Eagles", "Level: 72", "Giver: the towner of Shepard Town",
               "Task: defeat fifteen hundred black eagles on the mountain"]]
    lists = "".join(f"<h3>Quest {i + 1}</h3><ul>" + "".join(f"<li>{x}</li>" for x in q) + "</ul>"
                    for i, q in enumerate(quests))
    page = ("<html><head><title>Harbour wall to be rebuilt</title></head><body><main>"
            "<div class='post'><h1>Harbour wall to be rebuilt</h1>"
            + "".join(f"<p>{p}</p>" for p in PARAS) + "{tail}"
            "<p>Related articles</p><ul><li><a href='/a'>Five walks along the coast</a></li>"
            "<li><a href='/b'>Ferry times change from Monday</a></li></ul>"
            "</div></main></body></html>")
    body = extract(page.replace("{tail}", "<h2>Quests</h2><p>[ad#ad-2]</p>" + lists)).body
    assert body.split("\n\n") == PARAS + ["Quests"] + [x for i, q in enumerate(quests)
                                                     for x in [f"Quest {i + 1}", *q]]
    other = extract(page.replace("{tail}", "<h1>Quests</h1>" + lists)).body
    assert other.split("\n\n") == PARAS
    form = "<h2>Give monthly</h2><ul>" + "".join(f"<li>{x}</li>" for x in
                                                ("Monthly", "Once", "10 €", "15 €", "40 €")) + "</ul>"
    assert extract(page.replace("{tail}", form)).body.split("\n\n") == PARAS


def test_the_posts_of_a_thread_whose_markup_nests_each_post_in_the_one_before_are_the_text() -> None:
    # a forum whose posts are left unclosed: each post nests in the one before, so they are
    # no siblings in the tree; their heads (a date line and, nested below it, the post's
    # counter) are printed alike, and every post's paragraphs are the thread's text
    posts = [("anna", ["The patch changes the colour of the spawn notices to orange, which is "
                       "much easier to read on the map.", PARAS[0]]),
             ("bert", ["Shame that the light runes are gone now, the fight was more fun with "
                       "them and it is plain hitting again."]),
             ("carla", PARAS[1:4]),
             ("dora", ["Thanks for the notes, I will try the new quests tonight and tell you "
                       "how the rewards look after the rebirth."])]
    html = "".join(
        f"<div class='message'><div class='user'><h4><a href='/u/{name}'>{name}</a></h4>"
        f"<div>Member</div></div><div class='main'><header>Sep {18 + i}, 2020</header>"
        f"<div class='attr'><ul><li><a href='#p{i}'>#{i + 1}</a></li></ul></div>"
        f"<div class='text'>" + "".join(f"<div>{p}</div>" for p in ps) + "</div>"
        for i, (name, ps) in enumerate(posts))  # (no post's elements are closed)
    page = ("<html><head><title>Patch notes 4.47</title></head><body><h1>Patch notes 4.47</h1>"
            f"<div class='thread'>{html}</body></html>")
    assert extract(page).body.split("\n\n") == [p for _, ps in posts for p in ps]


def test_the_hidden_pages_of_a_list_paged_by_a_script_are_the_text() -> None:
    # a listicle shows its first page and hides the others (display:none) beside it, each
    # under its heading with its text and a picture's credit; the hidden pages built alike
    # are the text, their credits are not; two hidden boxes are no list of pages
    items = [(f"{30 - i}. {name}", text) for i, (name, text) in enumerate([
        ("A lamp shaped like a cloud", "It glows softly in the evening and makes any bedroom "
         "feel calmer, and it runs for hours on one charge."),
        ("A mug that keeps its heat", "Your coffee stays hot for an hour at least, which is "
         "perfect for slow mornings and long meetings alike."),
        ("A bookshelf made from a piano", "An old piano that cannot be tuned any more gets a "
         "second life as a shelf for a whole library of books."),
        ("A keyboard cover with shortcuts", "Every key shows the shortcut it stands for, so "
         "you will learn them all within a week of using it.")])]
    def hidden(pages: List[Tuple[str, str]]) -> str:
        return "".join(f"<div class='page hidden' style='display: none;'><h2>{h}</h2><p>{t}</p>"
                       "<div class='copyright'>reddit by u/someone</div></div>" for h, t in pages)
    page = ("<html><head><title>Things we never knew we wanted</title></head><body><main>"
            "<h1>Things we never knew we wanted</h1><div class='gallery'><div class='page'>"
            + "".join(f"<p>{p}</p>" for p in PARAS[:3]) + "</div>{hidden}</div>"
            "</main></body></html>")
    body = extract(page.replace("{hidden}", hidden(items))).body.split("\n\n")
    assert body == PARAS[:3] + [x for pair in items for x in pair]
    assert extract(page.replace("{hidden}", hidden(items[:2]))).body.split("\n\n") == PARAS[:3]


def test_a_recipe_s_ingredients_in_parts_and_with_product_links_are_the_text_s() -> None:
    # the ingredients come in parts under labels ("Dough:", "Topping:"), and one line links
    # to the product it names: the section goes on over both, and stops at the method's
    # heading, which opens its own section
    dough = ["250 g flour", "100 g butter", "1 egg"]
    topping = ["25 g sugar", "1 tbsp honey", "70 g flaked almonds"]
    steps = ["Rub the butter into the flour.", "Stir in the egg and knead the dough.",
             "Spread the topping and bake for twenty minutes."]
    card = ("<div class='recipe-card'><h3>Ingredients</h3><h4>Dough:</h4><ul>"
            + "".join(f"<li>{i}</li>" for i in dough) + "</ul><h4>Topping:</h4><ul>"
            + "".join(f"<li>{i}</li>" for i in topping[:2])
            + f"<li><a href='/shop/almonds'>{topping[2]}</a></li></ul><h3>Method</h3><ol>"
            + "".join(f"<li>{s}</li>" for s in steps) + "</ol></div>")
    html = ("<html><head><title>Almond buns</title></head><body><main><article>"
            "<h1>Almond buns</h1>" + "".join(f"<p>{p}</p>" for p in PARAS[:3]) + card
            + "</article></main></body></html>")
    body = extract(html).body.split("\n\n")
    assert body == PARAS[:3] + ["Ingredients", "Dough:", *dough, "Topping:", *topping,
                                "Method", *steps]


def test_a_swedish_recipe_card_s_sections_are_the_text_s() -> None:
    # the recipe sections' headings are data for each language: "Ingredienser" and "Gör så
    # här" open a Swedish card's sections as "Ingredients" and "Method" do an English one's
    paras = ["Kanelbullar är det bästa som finns till kaffet, och de här blir mjuka och goda "
             "även dagen efter att du har bakat dem.",
             "Degen behöver vila en stund, så börja gärna i god tid innan gästerna kommer och "
             "ta fram smöret ur kylen redan på morgonen.",
             "Om du vill kan du strö pärlsocker över bullarna precis innan de går in i ugnen, "
             "så blir de som från ett riktigt bageri."]
    ingredients = ["500 g vetemjöl", "100 g smör", "3 dl mjölk", "1 ägg"]
    steps = ["Smält smöret och värm mjölken.", "Blanda allt till en smidig deg.",
             "Grädda bullarna i tio minuter."]
    card = ("<div class='recipe-card'><h3>Ingredienser</h3><ul>"
            + "".join(f"<li>{i}</li>" for i in ingredients) + "</ul><h3>Gör så här</h3><ol>"
            + "".join(f"<li>{s}</li>" for s in steps) + "</ol></div>")
    html = ("<html><head><title>Kanelbullar</title></head><body><main><article>"
            "<h1>Kanelbullar</h1>" + "".join(f"<p>{p}</p>" for p in paras) + card
            + "</article></main></body></html>")
    body = extract(html).body.split("\n\n")
    assert body == paras + ["Ingredienser", *ingredients, "Gör så här", *steps]


def test_a_subhead_between_paragraphs_the_container_gave_back_is_the_text_s() -> None:
    # the run of prose starts past a link box, and the container gives the paragraph above it
    # back; the subhead of the section the run opens, right over its first paragraph, comes
    # with it. A heading over the box's links, not over a paragraph, stays out.
    links = "".join(f"<li><a href='/t{i}'>{t}</a></li>" for i, t in enumerate(TEASERS * 2))
    html = ("<html><head><title>Harbour wall to be rebuilt</title></head><body><article>"
            "<h1>Harbour wall to be rebuilt</h1><div class='text'>"
            f"<section><p>{PARAS[0]}</p><h3>Read more</h3><ul class='more'>{links}</ul></section>"
            f"<section><h2>{PLAN}</h2><p>{PARAS[1]}</p><p>{PARAS[2]}</p></section>"
            f"<section><h2>{WORKS}</h2><p>{PARAS[3]}</p><p>{PARAS[4]}</p></section>"
            "</div></article></body></html>")
    body = extract(html).body
    assert body.split("\n\n") == [PARAS[0], PLAN, PARAS[1], PARAS[2], WORKS, PARAS[3], PARAS[4]]


TOOLS = ["Spade", "Rake", "Hoe", "Watering can"]


def _short_post(middle: str, tag: str = "p") -> str:
    """A short post of three paragraphs, something in the middle, and two more paragraphs."""
    return ("<html><head><title>Spring in the garden</title></head><body><div id='nav'>"
            + "".join(f"<a href='/p{i}'>Page {i}</a><br>" for i in range(8))
            + "</div><div id='content'><h2>Spring in the garden</h2>"
            + "".join(f"<{tag}>{p}</{tag}>" for p in PARAS[:3]) + middle
            + "".join(f"<{tag}>{p}</{tag}>" for p in PARAS[3:])
            + "</div><div id='footer'>Copyright 2003 Joe</div></body></html>")


def test_a_heading_over_a_list_in_the_middle_of_a_short_text_does_not_end_it() -> None:
    # a heading and a list of one-word items cost more than the short paragraphs past them
    # pay for; the heading stands where the paragraphs stand, and two paragraphs of their
    # kind follow the list: the text goes on, the list's items with it
    middle = "<h3>Tools I use</h3><ul>" + "".join(f"<li>{t}</li>" for t in TOOLS) + "</ul>"
    for tag in ("p", "div"):
        body = extract(_short_post(middle, tag)).body
        assert body.split("\n\n") == PARAS[:3] + ["Tools I use"] + TOOLS + PARAS[3:]


def test_a_heading_over_links_in_the_middle_of_a_short_text_ends_it() -> None:
    # the same place, but the list is links (teasers, a menu): the text ends above it
    middle = ("<h3>More from the garden</h3><ul>"
              + "".join(f"<li><a href='/t{i}'>{t}</a></li>" for i, t in enumerate(TEASERS)) + "</ul>")
    assert extract(_short_post(middle)).body.split("\n\n") == PARAS[:3]


def test_one_word_lines_in_an_old_table_cell_between_the_text_s_lines_are_the_text_s() -> None:
    # an old layout: the text is one table cell's lines parted by <br>, beside a cell of
    # links; a list typed as lines of one word each sits between two of its paragraphs
    nav = "".join(f"<a href='/p{i}'>Page {i}</a><br>" for i in range(8))
    html = ("<html><head><title>My garden diary</title></head><body><table><tr>"
            f"<td><font size=2>{nav}</font></td><td><font face=Arial>"
            + "<br><br>".join(PARAS[:3]) + "<br><br>Tools I use<br>" + "<br>".join(TOOLS)
            + "<br><br>" + "<br><br>".join(PARAS[3:])
            + "</font></td></tr></table><center>Copyright 2003 Joe</center></body></html>")
    assert extract(html).body.split("\n\n") == PARAS[:3] + ["Tools I use"] + TOOLS + PARAS[3:]


def _split_story(second: str) -> str:
    """A story whose template parts its text into two elements of the same make, with a box
    of teasers and an ad's notice between them, and comments past the second."""
    def part(paragraphs: List[str]) -> str:
        return ("<div class='part'><div class='text'>"
                + "".join(f"<div class='para'><p>{p}</p></div>" for p in paragraphs) + "</div></div>")
    box = ("<div class='trending'><div><h3>Trending</h3>" + "".join(
        f"<article><h3><a href='/t{i}'>{t}</a></h3><a href='/s{i}'>Section</a></article>"
        for i, t in enumerate(TEASERS * 2)) + "<div class='ad'>Story continues below</div></div></div>")
    return ("<html><head><title>Harbour wall to be rebuilt</title></head><body><main><div class='story'>"
            "<h1>Harbour wall to be rebuilt</h1>" + part(PARAS[:3]) + box + second
            + "<div class='comments'><h2>Comments</h2><p>Join the discussion.</p></div>"
            "</div></main></body></html>")


def test_the_text_goes_on_in_a_second_element_of_its_make_past_a_box_of_teasers() -> None:
    second = ("<div class='part'><div class='text'>"
              + "".join(f"<div class='para'><p>{p}</p></div>" for p in PARAS[3:]) + "</div></div>")
    assert extract(_split_story(second)).body.split("\n\n") == PARAS


def test_a_second_element_under_a_headline_of_its_own_is_another_text() -> None:
    # the same make, but a plain heading opens it: the next article of a stacked page
    second = ("<div class='part'><h2>Ferry times change from Monday</h2><div class='text'>"
              + "".join(f"<div class='para'><p>{p}</p></div>" for p in PARAS[3:]) + "</div></div>")
    assert extract(_split_story(second)).body.split("\n\n") == PARAS[:3]


def test_a_section_of_one_paragraph_past_a_shop_box_goes_on_under_a_subhead_of_the_text_s_kind() -> None:
    # a shopping feature: the template sets a box of products between the text's sections,
    # each section its own element; past the box a subhead of the kind the text holds opens
    # one paragraph, which goes on the text (the box's lines stay out)
    shop = ("<div class='shop'><div><a href='/aff'>Affiliate link</a></div>" + "".join(
        f"<div class='product'><div>Brand {i}</div><div>Walking boots model {i}</div><div>{i}9,99 €</div>"
        f"<div><a href='/shop{i}'>To the shop</a></div></div>" for i in range(3)) + "</div>")
    html = ("<html><head><title>Harbour wall to be rebuilt</title></head><body><main><div class='page'>"
            "<h1>Harbour wall to be rebuilt</h1><div class='article'><div class='wrap'>"
            + f"<div class='section'><p>{PARAS[0]}</p><h2>{PLAN}</h2><p>{PARAS[1]}</p><p>{PARAS[2]}</p></div>"
            + shop + f"<div class='section'><h2>{WORKS}</h2><p>{PARAS[3]}</p></div>"
            + "</div></div></div></main><footer>Copyright</footer></body></html>")
    assert extract(html).body.split("\n\n") == [PARAS[0], PLAN, PARAS[1], PARAS[2], WORKS, PARAS[3]]


def test_web_addresses_typed_out_in_a_paragraph_the_text_holds_are_the_text_s() -> None:
    # a list of offers printed as one paragraph's lines, each followed by its link typed out
    # as an address (the link's text is the address, written out for the reader)
    offers = ["1) A Lego harbour crane with two lorries and a tugboat, for ages eight and up",
              "2) A model railway starter set with a station, a bridge and forty metres of track",
              "3) A box of three films about harbours, lighthouses and the people who keep them"]
    lines = "".join(f"{o}<br><a href='http://shop.example/{i}'>http://shop.example/{i}</a><br>"
                    for i, o in enumerate(offers))
    html = ("<html><head><title>Harbour gifts</title></head><body><article><h1>Harbour gifts</h1>"
            f"<p>{PARAS[0]}</p><p>{PARAS[1]}</p><p>{lines}</p><p>{PARAS[2]}</p></article></body></html>")
    urls = [f"http://shop.example/{i}" for i in range(3)]
    assert extract(html).body.split("\n\n") == PARAS[:2] + [x for pair in zip(offers, urls, strict=True) for x in pair] \
        + [PARAS[2]]


STEPS_DONE = ["Dig the bed over in early spring, before the weeds set seed.",
              "Rake the soil fine and level, and water it the day before sowing.",
              "Sow thinly in rows a foot apart, and cover the seed with sifted soil."]


def _bare_page(box: str = "") -> str:
    """A hand-made page: headline, paragraphs, a subhead over a list of sentences, a short
    line and more paragraphs, all right under <body> with no container; a box may stand
    above them."""
    return ("<html><head><title>Growing beans</title></head><body>" + box + "<h1>Growing beans</h1>"
            f"<p>{PARAS[0]}<p>{PARAS[1]}<h2>Preparing the bed</h2><ul>"
            + "".join(f"<li>{s}" for s in STEPS_DONE) + f"</ul><p>Then we wait.<p>{PARAS[2]}<h2>Harvest</h2>"
            f"<p>{PARAS[3]}<p>{PARAS[4]}<hr><address>Joe Bloggs</address></body></html>")


def test_a_hand_made_page_whose_text_stands_right_under_body_is_read_whole() -> None:
    # the list of sentences costs more than the two paragraphs above it pay for, and the run
    # starts below it; with no container but <body>, its own children are the text's
    body = extract(_bare_page()).body.split("\n\n")
    assert body == PARAS[:2] + ["Preparing the bed"] + STEPS_DONE + ["Then we wait.", PARAS[2], "Harvest"] \
        + PARAS[3:]


def test_on_a_hand_made_page_a_box_nested_under_body_is_not_the_text() -> None:
    # a side box above the text, its paragraph nested in a <div>: <body>'s own children are
    # read, not what is nested deeper
    about = ("I have kept this garden diary since my retirement, and I write in it about "
             "the vegetables, the weather and the neighbours' cats.")
    links = "".join(f"<li><a href='/p{i}'>{t}</a></li>" for i, t in enumerate(TEASERS * 2))
    box = f"<div class='side'><p>{about}</p><ul>{links}</ul></div>"
    body = extract(_bare_page(box)).body.split("\n\n")
    assert body == PARAS[:2] + ["Preparing the bed"] + STEPS_DONE + ["Then we wait.", PARAS[2], "Harvest"] \
        + PARAS[3:]


def test_a_sentence_links_cover_much_of_stays_in_the_text() -> None:
    # a paragraph whose words are mostly one link is the text's when it reads as a sentence;
    # a teaser's headline (all link, no stop) and a "See also:" label's line are not
    linked = ('The <a href="/wall-2021">harbour board first asked for the wall to be rebuilt '
              'in 2021</a> after a winter storm.')
    html = ("<html><head><title>Harbour wall to be rebuilt</title></head><body><article>"
            "<h1>Harbour wall to be rebuilt</h1>"
            + "".join(f"<p>{p}</p>" for p in PARAS[:2]) + f"<p>{linked}</p>"
            + '<p>See also: <a href="/ferry">Ferry times change from Monday after the storm.</a></p>'
            + '<p><a href="/bakery">New Bakery Opens On The Market Square</a></p>'
            + "".join(f"<p>{p}</p>" for p in PARAS[2:]) + "</article></body></html>")
    body = extract(html).body
    assert body.split("\n\n") == PARAS[:2] + [
        "The harbour board first asked for the wall to be rebuilt in 2021 after a winter storm."] + PARAS[2:]


def test_a_paragraph_set_apart_above_the_text_by_a_table_of_figures_opens_it() -> None:
    # a page's opening paragraph, then a box of short figures, then the text (no headline
    # over them that a standfirst would stand under): the paragraph speaks of what the text
    # speaks of, and nothing but lines of no prose stand between
    opening = ("The harbour wall of the old town has battered storms for three winters, and "
               "the council now plans to rebuild the wall and open a walkway along the harbour "
               "for residents and visitors by next summer, engineers say.")
    figures = "".join(f"<div><span>{k}</span><span>{v}</span></div>" for k, v in
                      [("Length", "420 m"), ("Height", "6 m"), ("Built", "1887"), ("Cost", "4.2m"),
                       ("Works", "March"), ("Closed road", "4 months")])
    html = ("<html><head><title>Harbour wall</title></head><body><div class='page'>"
            f"<div class='intro'><p>{opening}</p></div><div class='facts'>{figures}</div>"
            "<div class='text'>" + "".join(f"<p>{p}</p>" for p in PARAS) + "</div>"
            "</div></body></html>")
    assert extract(html).body.split("\n\n") == [opening] + PARAS


def test_a_teaser_of_another_story_above_the_text_does_not_open_it() -> None:
    # the same shape, but the paragraph above speaks of something else: not the text's
    teaser = ("A new bakery opened on the market square on Saturday morning, selling bread, "
              "cakes and coffee, and its owners hope to bring customers back to the centre of "
              "the quiet town after many empty years of closed shops.")
    figures = "".join(f"<div><span>{k}</span></div>" for k in ("Length", "420 m", "Height", "6 m"))
    html = ("<html><head><title>Harbour wall</title></head><body><div class='page'>"
            f"<div class='intro'><p>{teaser}</p></div><div class='facts'>{figures}</div>"
            "<div class='text'>" + "".join(f"<p>{p}</p>" for p in PARAS) + "</div>"
            "</div></body></html>")
    assert extract(html).body.split("\n\n") == PARAS


def test_closing_paragraphs_links_cover_much_of_come_with_the_container() -> None:
    # past the run's last paragraph, in the article's element: two long paragraphs whose
    # words are mostly links are the text's; a video player's short line with a link is not
    linked = [
        'The <a href="/a">council first asked engineers to study the harbour wall in 2018, '
        'after a storm broke part of it</a>, and the study took two years to finish.',
        'Last week the <a href="/b">harbour board agreed to pay for a second slipway beside '
        'the new walkway</a>, which fishermen had asked for since the study came out.',
    ]
    html = ("<html><head><title>Harbour wall to be rebuilt</title></head><body><article>"
            "<h1>Harbour wall to be rebuilt</h1>" + "".join(f"<p>{p}</p>" for p in PARAS)
            + "".join(f"<p>{p}</p>" for p in linked)
            + '<div class="player"><p>Try refreshing your browser, or <a href="/v">tap here to see '
            'other videos</a>.</p></div>'
            + "</article><footer>All rights reserved.</footer></body></html>")
    body = extract(html).body
    assert body.split("\n\n")[-2:] == [
        "The council first asked engineers to study the harbour wall in 2018, after a storm "
        "broke part of it, and the study took two years to finish.",
        "Last week the harbour board agreed to pay for a second slipway beside the new "
        "walkway, which fishermen had asked for since the study came out."]
    assert "tap here" not in body


def test_an_outlet_s_tag_in_brackets_opening_the_first_paragraph_is_no_image_s_alt_text() -> None:
    # "[Seoul=Yonhap] ...": the tag heads the text's first paragraph; a dump prints an image's
    # alt text so ("[Foto Presiden]"), a page's markup never does; "[Advertisement] ..." stays out
    first = "[Harbourtown=Coast News] " + PARAS[0]
    html = ("<html><head><title>Harbour wall to be rebuilt</title></head><body><article>"
            "<h1>Harbour wall to be rebuilt</h1>" + f"<div>{first}</div>"
            + "".join(f"<div>{p}</div>" for p in PARAS[1:])
            + "<div>[Advertisement] Buy the new harbour calendar for next year in our shop now.</div>"
            + "</article></body></html>")
    assert extract(html).body.split("\n\n") == [first] + PARAS[1:]


def _page(inner: str) -> str:
    """An HTML page of one article: its headline, then `inner`, then a footer."""
    return ("<html><head><title>Harbour wall to be rebuilt</title></head><body><article>"
            "<h1>Harbour wall to be rebuilt</h1>" + inner
            + "</article><footer>All rights reserved.</footer></body></html>")


def test_paragraphs_numbered_in_brackets_are_the_text_not_image_alt_texts() -> None:
    # an essay whose paragraphs are numbered "[1] ...", "[2] ...": in a page's markup a
    # bracket that opens a paragraph is no image's alt text (the page's body was empty)
    numbered = [f"[{i}] {p}" for i, p in enumerate(PARAS, 1)]
    assert extract(_page("".join(f"<p>{p}</p>" for p in numbered))).body.split("\n\n") == numbered


def test_numbered_notes_closing_the_text_are_its_own() -> None:
    notes = ["[1] Ford, Martin. 2016. The rise of the robots. London: Oneworld.",
             "[2] Brynjolfsson, Erik, and Andrew McAfee. 2016. The second machine age. New York: Norton."]
    html = _page("".join(f"<p>{p}</p>" for p in PARAS) + "<p>Sources:</p>"
                 + "".join(f"<p>{n}</p>" for n in notes))
    assert extract(html).body.split("\n\n")[-3:] == [PARAS[-1], *notes]


def test_a_bracketed_count_or_alt_text_after_the_text_stays_out() -> None:
    # near misses: a comments link with its count in brackets, a photo's label in brackets
    html = _page("".join(f"<p>{p}</p>" for p in PARAS)
                 + '<p><a href="#comments">[3] Comments</a></p><p>[Photo: Harbour board]</p>')
    assert extract(html).body.split("\n\n") == PARAS


def test_a_dump_s_numbered_image_line_is_still_a_caption() -> None:
    # elinks and lynx print an image as its reference number and alt text: "[16] Fishermen ..."
    image = "[16] Fishermen stand on the harbour wall during a storm drill"
    text = ("Harbour wall to be rebuilt\n\n" + "\n\n".join(PARAS[:2]) + f"\n\n{image}\n\n"
            + "\n\n".join(PARAS[2:]) + "\n")
    assert extract(text).body.split("\n\n") == PARAS


@pytest.mark.parametrize("heading", ["Você pode gostar...", "Artículos relacionados", "Vous aimerez aussi",
                                     "Articoli simili", "You may also like…"])
def test_a_related_heading_that_trails_off_or_speaks_another_language_heads_no_text(heading: str) -> None:
    assert is_related_heading(heading)
    assert not is_related_heading(heading.rstrip(".…") + " tudo isso e muito mais.")


def test_the_opening_paragraphs_above_a_picture_come_back_but_not_the_pitch_above_them() -> None:
    # two paragraphs open the text above a picture's lines; above them, a pitch that speaks of
    # other things: the two are the text's, the pitch is not
    pitch = ("Good journalism is never free of charge, so we are glad whenever our readers decide "
             "to support our independent newsroom with a monthly or yearly contribution today.")
    openings = [
        "The harbour wall of the old town has been battered by storms for three winters, and "
        "the council now plans to rebuild it.",
        "Engineers say the wall could fail within five years, and residents near the harbour "
        "have asked the council for a walkway along its top.",
    ]
    picture = "".join(f"<div><span>{k}</span></div>" for k in
                      ("Photo", "The harbour wall", "Quay Street", "Old town", "Harbour board", "Coast"))
    html = ("<html><head><title>Town news</title></head><body><div class='page'>"
            f"<div class='box'><p>{pitch}</p></div>"
            + "".join(f"<p>{p}</p>" for p in openings) + f"<div class='pic'>{picture}</div>"
            "<div class='text'>" + "".join(f"<p>{p}</p>" for p in PARAS) + "</div>"
            "</div></body></html>")
    assert extract(html).body.split("\n\n") == openings + PARAS


PARAS_TH = [
    "กรมอุตุนิยมวิทยาประกาศเตือนว่าจะมีฝนตกหนักในกรุงเทพมหานครและปริมณฑลตลอดสัปดาห์นี้ "
    "ประชาชนควรติดตามข่าวสารอย่างใกล้ชิดและเตรียมพร้อมรับมือกับน้ำท่วมขังในพื้นที่ต่ำ",
    "ผู้ว่าราชการกรุงเทพมหานครกล่าวว่าได้สั่งการให้เจ้าหน้าที่ตรวจสอบระบบระบายน้ำทุกเขต "
    "และเตรียมเครื่องสูบน้ำไว้ในจุดเสี่ยงมากกว่าหนึ่งร้อยแห่งทั่วเมือง",
    "ชาวบ้านในหลายชุมชนริมคลองบอกว่าพวกเขากังวลเรื่องระดับน้ำที่สูงขึ้นอย่างรวดเร็ว "
    "แต่เชื่อว่าการเตรียมการในปีนี้ดีกว่าปีที่ผ่านมามาก",
]


def test_thai_paragraphs_with_no_stops_and_few_spaces_are_prose() -> None:
    # Thai puts a space between phrases only and ends no sentence with a stop: its paragraphs
    # are long in words though short in spaces, and they are no tag cloud for lacking marks
    menu = "".join(f"<a href='/{i}'>{m}</a> " for i, m in enumerate(
        ["หน้าแรก", "ข่าว", "กีฬา", "บันเทิง", "เศรษฐกิจ", "ต่างประเทศ"]))
    html = ("<html><head><title>ฝนตกหนักในกรุงเทพ</title></head><body>"
            f"<div class='nav'>{menu}</div><div class='story'><h1>ฝนตกหนักในกรุงเทพ</h1>"
            + "".join(f"<p>{p}</p>" for p in PARAS_TH)
            + "</div><div class='footer'>สงวนลิขสิทธิ์</div></body></html>")
    body = extract(html).body
    assert body.split("\n\n")[-3:] == PARAS_TH
    assert "สงวนลิขสิทธิ์" not in body and "บันเทิง" not in body


def test_a_thai_phrase_counts_its_words_not_its_spaces() -> None:
    assert units(PARAS_TH[0]) >= 20 and units("Grüße aus Köln – schön") == 5


def test_a_one_word_item_of_a_list_a_sentence_goes_on_into_is_body() -> None:
    # "Name," ends with a comma: an item of the list the sentence introduces, no heading
    intro = "The form on the fake page asked every applicant for their personal details:"
    html = ("<html><head><title>Harbour wall to be rebuilt</title></head><body><article>"
            "<h1>Harbour wall to be rebuilt</h1>" + "".join(f"<p>{p}</p>" for p in PARAS[:3])
            + f"<p>{intro}</p><ul><li>Name,</li><li>Address, and</li><li>Phone number.</li></ul>"
            + "".join(f"<p>{p}</p>" for p in PARAS[3:]) + "</article></body></html>")
    paragraphs = extract(html).body.split("\n\n")
    assert paragraphs[3:7] == [intro, "Name,", "Address, and", "Phone number."]


GERMAN = ["Die Stadt hat am Dienstag beschlossen, die alte Hafenmauer neu zu bauen, die seit drei "
          "Wintern von den Stürmen beschädigt wird, und oben einen Weg für alle anzulegen.",
          "Die Ingenieure sagten dem Rat, dass die Mauer in fünf Jahren brechen könnte, wenn nichts "
          "geschieht, und dass das Warten viel teurer wäre als die Arbeit jetzt."]


@pytest.mark.parametrize("first, location", [
    # a kicker and its headline: few words, no stop, no date
    ("Hafenmauer – Stadt baut neu, Anwohner freuen sich", None),
    ("Hafenmauer: Stadt baut neu", None),
    # a dateline over a sentence
    ("Kiel – Die Arbeiten sollen im März beginnen, und die Straße bleibt für Busse offen.", "Kiel"),
])
def test_a_kicker_over_a_headline_is_no_dateline(first: str, location: object) -> None:
    html = ('<html lang="de"><head><title>Hafenmauer</title></head><body><article>'
            f"<h1>Die Hafenmauer wird neu gebaut</h1><p>{first}</p>"
            + "".join(f"<p>{p}</p>" for p in GERMAN) + "</article></body></html>")
    assert extract(html).location == location


def _article(inner: str) -> str:
    return ("<html><head><title>Harbour wall to be rebuilt</title></head><body>"
            f"<h1>Harbour wall to be rebuilt</h1><article>{inner}</article></body></html>")


def test_a_bracketed_photo_credit_opening_a_paragraph_is_no_outlet_s_tag() -> None:
    credit = ("<p>[Foto: Antara/Budi Santoso] Warga melintas di samping tembok pelabuhan yang "
              "rusak akibat badai di Bekasi, Senin.</p>")
    body = extract(_article(f"<p>{PARAS[0]}</p>{credit}<p>{PARAS[1]}</p><p>{PARAS[2]}</p>")).body
    assert "Foto:" not in body and PARAS[2] in body


def test_a_call_to_action_under_a_link_is_no_sentence_of_the_text() -> None:
    tip = ('<p>Got a tip? <a href="/tips">Send it to our newsroom and we will look into it</a> '
           "today.</p>")
    body = extract(_article("".join(f"<p>{p}</p>" for p in PARAS[:3]) + tip
                            + "".join(f"<p>{p}</p>" for p in PARAS[3:]))).body
    assert "Got a tip" not in body and PARAS[4] in body


def test_a_sentence_links_cover_much_of_keeps_its_stop_inside_a_closing_quote() -> None:
    # a sentence of the text, its names linked, that ends on a name in quotation marks whose
    # closing mark follows the full stop: still a sentence, and the text's
    linked = ('The <a href="/board">harbour board</a> has voted <a href="/wall">to rebuild '
              "the wall the town calls “The Old Mole.”</a>")
    body = extract(_article("".join(f"<p>{p}</p>" for p in PARAS[:2]) + f"<p>{linked}</p>"
                            + "".join(f"<p>{p}</p>" for p in PARAS[2:]))).body
    assert body.split("\n\n") == PARAS[:2] + [
        "The harbour board has voted to rebuild the wall the town calls “The Old Mole.”"] + PARAS[2:]


def test_short_boxes_among_a_text_written_in_paragraphs_are_not_the_text() -> None:
    # the text's paragraphs are <p>s; a short <div> wrapped in an element of its own among them
    # (a gallery's counter, a newsletter's pitch) is a box's, while a <div> beside the <p>s
    # (the text's own element holds it) and a standfirst <div> above the first <p> are the text's
    standfirst = "The harbour wall will be rebuilt by next summer, the council decided after a long debate."
    beside = "The vote was close, with eleven members for the plan and nine against it."
    more = ["The harbour board said it would publish the engineers' report in full next week, together "
            "with the drawings of the new wall and of the walkway that will run along its top.",
            "Work on the old lighthouse at the end of the wall is not part of the plan, the board said, "
            "although the council may ask for it to be repaired once the wall itself is finished."]
    html = ("<html><head><title>Harbour wall to be rebuilt</title></head><body>"
            "<h1>Harbour wall to be rebuilt</h1><article>"
            f"<div class='w1'><div>{standfirst}</div></div>"
            f"<p>{PARAS[0]}</p><div class='w2'><div><div>Image 1 of 5</div></div></div>"
            f"<p>{PARAS[1]}</p><p>{PARAS[2]}</p><div>{beside}</div>"
            "<div class='w3'><div><div>Get the harbour news in your inbox every morning, "
            "free of charge.</div></div></div>"
            f"<p>{PARAS[3]}</p><p>{PARAS[4]}</p>" + "".join(f"<p>{p}</p>" for p in more)
            + "</article></body></html>")
    body = extract(html).body
    assert body.split("\n\n") == [standfirst, PARAS[0], PARAS[1], PARAS[2], beside, PARAS[3], PARAS[4], *more]


def test_text_straight_inside_the_paragraphs_own_container_is_no_box() -> None:
    # a subhead in <strong>, lines parted by <br>s and a closing line written loose in the
    # element that holds the <p>s: the text's own (its path ends at that element), no box
    subhead = "Buses to run as usual"
    lines = ["We drove along the harbour road this morning.", "Half of it is already fenced off."]
    tail = "The council will meet again to look at the plans in the first week of April."
    body = extract(_article("<div class='entry-content'>" + "".join(f"<p>{p}</p>" for p in PARAS[:2])
                            + f"<strong>{subhead}</strong><br>" + f"<p>{PARAS[2]}</p>"
                            + "<br>".join(lines) + "<br><br>"
                            + "".join(f"<p>{p}</p>" for p in PARAS[3:]) + tail + "</div>")).body
    assert body.split("\n\n") == [*PARAS[:2], subhead, PARAS[2], *lines, *PARAS[3:], tail]


def test_a_subhead_or_a_list_item_whose_words_sit_in_a_div_is_no_box() -> None:
    # <h2><div>...</div></h2> and <li><div>...</div></li> among the <p>s: a subhead and a
    # list of the text, not boxes wrapped in an element of their own
    items = ["A new walkway on top of the wall", "Railings on the harbour side"]
    body = extract(_article("<div class='story'>" + "".join(f"<p>{p}</p>" for p in PARAS[:2])
                            + "<h2 class='sub'><div>What the plan holds</div></h2>"
                            + "<ul>" + "".join(f"<li><div>{i}</div></li>" for i in items) + "</ul>"
                            + "".join(f"<p>{p}</p>" for p in PARAS[2:]) + "</div>")).body
    assert body.split("\n\n") == [*PARAS[:2], "What the plan holds", *items, *PARAS[2:]]


def test_a_quotation_whose_words_sit_in_a_div_is_no_box() -> None:
    # <blockquote><div>...</div></blockquote> among the <p>s: a quotation of the text
    quoted = "The wall has stood for two hundred years, and it will stand for two hundred more."
    body = extract(_article("<div class='story'>" + "".join(f"<p>{p}</p>" for p in PARAS[:2])
                            + f"<blockquote class='pull'><div>{quoted}</div></blockquote>"
                            + "".join(f"<p>{p}</p>" for p in PARAS[2:]) + "</div>")).body
    assert body.split("\n\n") == [*PARAS[:2], quoted, *PARAS[2:]]


def test_an_embed_s_notice_in_a_blockquote_is_a_box() -> None:
    # an embedded post's <blockquote>, its notice in a <div> and no sentence: a box's line
    notice = "Open this post on Picturegram"
    body = extract(_article("<div class='story'>" + "".join(f"<p>{p}</p>" for p in PARAS[:2])
                            + f"<blockquote class='picturegram-media'><div><div>{notice}</div>"
                            "</div></blockquote>" + "".join(f"<p>{p}</p>" for p in PARAS[2:]) + "</div>")).body
    assert body.split("\n\n") == PARAS


def test_the_lead_under_the_headline_is_no_box() -> None:
    # a standfirst in its own <div> under the headline, no closing stop, which the meta
    # description repeats: the lead rule keeps it, and the box rule leaves it so
    dek = "Storm-battered wall to get a walkway along its top by next summer"
    html = (f"<html><head><title>Harbour wall to be rebuilt</title><meta name='description' content='{dek}'>"
            "</head><body><article><header><h1>Harbour wall to be rebuilt</h1>"
            f"<div class='standfirst'>{dek}</div></header><div class='story'>"
            + "".join(f"<p>{p}</p>" for p in PARAS) + "</div></article></body></html>")
    assert extract(html).body.split("\n\n") == [dek, *PARAS]


MORE = ["The harbour board said it would publish the engineers' report in full next week, together "
        "with the drawings of the new wall and of the walkway that will run along its top.",
        "Work on the old lighthouse at the end of the wall is not part of the plan, the board said, "
        "although the council may ask for it to be repaired once the wall itself is finished."]


def _boxed(text: str) -> str:
    return f"<div class='slot'><div><div>{text}</div></div></div>"


def _paragraphs(texts: List[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in texts)


def test_above_the_first_paragraph_a_box_of_prose_stays_and_a_line_of_none_goes() -> None:
    # a standfirst <div> above the first <p> opens the text; a gallery's counter beside it,
    # no prose, is a box's even there
    standfirst = "The harbour wall will be rebuilt by next summer, the council decided after a long debate."
    body = extract(_article(_boxed(standfirst) + _boxed("Image 1 of 5") + _paragraphs(PARAS))).body
    assert body.split("\n\n") == [standfirst, *PARAS]


def _words(n: int) -> str:
    said = ("the harbour board will meet again next week to look at the plans for the new wall and "
            "the walkway along its top and to hear what the people of the town make of them").split()
    return " ".join((said * 2)[:n]).capitalize() + "."


@pytest.mark.parametrize("n, kept", [(W.box_max_words - 1, False), (W.box_max_words, True)])
def test_a_box_among_the_paragraphs_is_short(n: int, kept: bool) -> None:
    # a <div> of its own among the <p>s is a box's under W.box_max_words words; one as long
    # as that is a paragraph the page wrapped apart
    boxed = _words(n)
    body = extract(_article(_paragraphs(PARAS[:2]) + _boxed(boxed) + _paragraphs(PARAS[2:] + MORE))).body
    assert (boxed in body) is kept and body.split("\n\n")[-1] == MORE[-1]


def test_a_text_not_written_in_paragraphs_keeps_its_short_divs() -> None:
    # under W.box_paragraph_share of the body's words in <p>s, the text is written in <div>s
    # too: a short <div> of its own among them is one of its paragraphs
    short = "Nobody spoke against the plan."
    inner = _paragraphs(PARAS[:3]) + _boxed(short) + "".join(f"<div>{p}</div>" for p in PARAS[3:] + MORE)
    assert extract(_article(inner)).body.split("\n\n") == [*PARAS[:3], short, *PARAS[3:], *MORE]


@pytest.mark.parametrize("paragraphs", [0, W.box_least_paragraphs - 1])
def test_a_text_of_few_paragraphs_keeps_its_short_divs(paragraphs: int) -> None:
    # under W.box_least_paragraphs <p>s, too few to tell how the text writes its paragraphs
    short = "Nobody spoke against the plan."
    # (and a page with no <p> at all asks nothing of its first)
    body = extract(_article(_paragraphs(PARAS[:paragraphs]) + _boxed(short))).body
    assert body.split("\n\n") == [*PARAS[:paragraphs], short]


def test_a_box_printing_a_date_at_the_top_of_the_run_is_left_to_the_date() -> None:
    # a ticker's line atop its text in a box of its own, the latest entry's time in it: the
    # box rule leaves it be, so that its times do not become the page's date (the ticker
    # opened on the day its metadata gives)
    ticker = "Last entry 10:02 AM EST Mar 4, 2025 | Updated 11:15 AM EST Mar 4, 2025"
    html = ("<html><head><title>Harbour wall to be rebuilt</title>"
            "<meta property='article:published_time' content='2024-11-02T09:00:00+01:00'></head><body>"
            "<h1>Harbour wall to be rebuilt</h1><article><div class='story'>"
            f"<div class='meta'><div>{ticker}</div></div>" + _paragraphs(PARAS) + "</div></article></body></html>")
    article = extract(html)
    assert (article.date or "").startswith("2024-11-02") and article.body.split("\n\n")[-len(PARAS):] == PARAS
