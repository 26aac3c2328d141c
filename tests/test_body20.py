"""Recall of the body on pages of unseen outlets (issue 10), session 20: what the body loses
for a link or a short last line, with the furniture each rule must keep out.

- a list's last item closing a section of the text is the list's, not a stray line over the
  furniture that follows (a heading of related links, a button's words stay out);
- a web or mail address the author typed out as a paragraph of the text is the text's own,
  though its link sinks its score (a "Read more" link, a share box's address stay out);
- one linked item of the text's list is the list's (a list of links stays out).
"""

from __future__ import annotations

from typing import List

import newsextract

PARAS = [
    "The county council approved the new flood plan on Tuesday evening after a debate that "
    "lasted more than four hours, the council's spokeswoman said.",
    "Under the plan, homes in the lower districts will get sandbags and pumps before the "
    "autumn storms, and the river banks will be raised by half a metre.",
    "Residents who want to take part in the volunteer programme can sign up at the town hall "
    "until the end of the month, the spokeswoman added.",
]


def _page(inside: str, after: str = "", before: str = "") -> str:
    """A news page: a menu, the headline, a byline, the text's element (PARAS, then `inside`),
    then `after` outside it, then a footer."""
    pars = "".join(f"<p>{p}</p>" for p in PARAS)
    return (
        "<html><head><title>Council approves flood plan</title></head><body>"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li>"
        "<li><a href='/sport'>Sport</a></li></ul></nav>"
        "<main><article><h1>Council approves flood plan for the lower districts</h1>"
        "<p class='byline'>By Jane Roe</p>"
        f"<div class='article-body'>{before}{pars}{inside}</div>"
        f"{after}</article></main>"
        "<footer><p>© 2024 The Millbrook Courier. All rights reserved.</p></footer>"
        "</body></html>")


def _paragraphs(html: str) -> List[str]:
    return newsextract.extract(html.encode("utf-8")).body.split("\n\n")


# -- a list's last item closing a section of the text

def _rows(section: str) -> str:
    """A page whose text stands in rows of its own (two paragraphs, then one), `section` in a
    row past them, inside the text's element."""
    return _page("").replace(f"<p>{PARAS[2]}</p>", f"</div><div class='row'><p>{PARAS[2]}</p></div>"
                             f"<div class='row'>{section}</div>").replace(
        "<div class='article-body'>", "<div class='article-body'><div class='row'>")


REQUIREMENTS = (
    "<h2>What volunteers need to bring</h2>"
    "<ul><li>Boots and gloves keep the mud off.</li><li>A jacket with a hood is a must.</li>"
    "<li>The register asks for an identity card.</li><li>Sign the consent form (at the town hall).</li>"
    "<li>Water and a packed lunch</li></ul>")
ITEMS = ["Boots and gloves keep the mud off.", "A jacket with a hood is a must.",
         "The register asks for an identity card.", "Sign the consent form (at the town hall).",
         "Water and a packed lunch"]


def test_the_last_item_of_a_list_closing_the_text_is_kept() -> None:
    # (a section of the text's own, a list of sentences under a heading, stands without its
    # short last item, which goes back to its list; a list of headlines has no stops)
    body = _paragraphs(_rows(REQUIREMENTS))
    assert body[-6:] == ["What volunteers need to bring"] + ITEMS


def test_a_short_heading_after_the_list_is_still_left_out() -> None:
    # (near miss: a short line standing last, a box's heading, is not an item of the list)
    body = _paragraphs(_rows(REQUIREMENTS + "<h3>More on this story</h3>"))
    assert body[-5:] == ITEMS
    assert "More on this story" not in body


def test_a_related_list_or_credits_closing_the_text_stay_out() -> None:
    # (near misses: a related list or a list of credits under a heading, its last item short,
    # does not make a section of the text with that item: judged without it, it is too short)
    related = ("<h2>More from the Courier</h2><ul><li>Storm season starts early this year in the "
               "valley</li><li>Bridge closed for repairs until June</li><li>Mayor defends the "
               "budget at a heated meeting</li><li>Podcasts</li></ul>")
    credits = ("<h3>Credits</h3><ul><li>Reporting: Jane Roe</li><li>Photos: Sam Lee</li>"
               "<li>Editing: Ann Poe</li><li>Graphics</li></ul>")
    for page in (_page(related), _rows(related), _page(credits), _rows(credits)):
        record = newsextract.extract(page.encode("utf-8"))
        body = record.body.split("\n\n")
        assert body[-1] == PARAS[-1]
        assert record.editors == ([] if "Podcasts" in page else ["Ann Poe"])


def test_a_short_line_after_a_paragraph_closing_the_text_is_still_left_out() -> None:
    # (near miss: the list's items are not bullets, but lines: the short last one goes)
    lines = ("<h2>Times</h2><p>Monday from nine to five in the hall</p><p>Tuesday from nine to five "
             "in the hall</p><p>Wednesday from nine to noon only</p><p>Thursday from ten to four "
             "at the school</p><p>Follow us</p>")
    body = _paragraphs(_page(lines))
    assert "Follow us" not in body


# -- a typed web or mail address

def test_a_mail_address_typed_as_a_paragraph_of_the_text_is_kept() -> None:
    inside = ("<p>Residents can send their questions to the council's flood desk by mail:</p>"
              "<p><a href='mailto:flood.desk@millbrook.example'>flood.desk@millbrook.example</a></p>"
              "<p>The desk answers every message within two working days, the council said in "
              "a statement on its website.</p>")
    body = _paragraphs(_page(inside))
    assert "flood.desk@millbrook.example" in body
    assert body[-1].startswith("The desk answers every message")


def test_numbered_web_addresses_of_the_text_are_kept() -> None:
    inside = ("<p>The plan and the maps are published on the council's website and in the "
              "regional flood register.</p>"
              "<p><a href='https://millbrook.example/flood-plan'>[1] https://millbrook.example/flood-plan</a></p>"
              "<p><a href='https://register.example/maps'>[2] https://register.example/maps</a></p>"
              "<p>Printed copies are available at the town hall and at the public library, "
              "the spokeswoman said on Tuesday.</p>")
    body = _paragraphs(_page(inside))
    assert "[1] https://millbrook.example/flood-plan" in body
    assert "[2] https://register.example/maps" in body


def test_a_read_more_link_and_a_share_box_address_stay_out() -> None:
    # (near misses: a link's words are no address; an address in a box a class calls a share
    # bar is the box's)
    inside = ("<p><a href='/news/flood-maps'>Read more about the flood maps</a></p>"
              "<div class='share-box'><p><a href='https://millbrook.example/s/123'>"
              "https://millbrook.example/s/123</a></p></div>"
              "<p>The desk answers every message within two working days, the council said in "
              "a statement on its website.</p>")
    body = _paragraphs(_page(inside))
    assert not any("Read more" in p for p in body)
    assert "https://millbrook.example/s/123" not in body


def test_an_address_below_the_text_in_a_newsletter_box_stays_out() -> None:
    after = ("<div class='newsletter-signup'><h3>Get our newsletter</h3>"
             "<p><a href='mailto:news@millbrook.example'>news@millbrook.example</a></p></div>")
    body = _paragraphs(_page("", after=after))
    assert body[-1] == PARAS[-1]


def _mid(between: str) -> List[str]:
    """The body of a page with `between` set between the text's second and third paragraphs,
    two more paragraphs after them."""
    more = ("<p>The council will send a reminder to every household in September, the spokeswoman "
            "said after the meeting.</p><p>Engineers will inspect the river banks again in the "
            "spring, before the works begin, the council said.</p>")
    return _paragraphs(_page(more).replace(f"<p>{PARAS[2]}</p>", f"{between}<p>{PARAS[2]}</p>", 1))


def test_an_address_under_a_furniture_line_or_a_caption_stays_out() -> None:
    # (near misses: the nearest block above the address, past other addresses, is a share or
    # follow line, or a picture's caption and credit: the address is theirs)
    for between, addresses in (
            ("<p>Share this story.</p><p><a href='https://millbrook.example/s/123'>"
             "https://millbrook.example/s/123</a></p>", ["https://millbrook.example/s/123"]),
            ("<p>Follow us for live updates during the storm.</p>"
             "<p><a href='https://twitter.com/millbrook'>https://twitter.com/millbrook</a></p>"
             "<p><a href='https://facebook.com/millbrook'>https://facebook.com/millbrook</a></p>",
             ["https://twitter.com/millbrook", "https://facebook.com/millbrook"]),
            ("<p><img src='/a.jpg'></p><p>The river in spate on Monday. Photo by Sam Lee.</p>"
             "<p><a href='https://unsplash.com/@samlee'>https://unsplash.com/@samlee</a></p>",
             ["https://unsplash.com/@samlee"]),
            ("<figure><img src='/a.jpg'><figcaption>The river in spate on Monday.</figcaption>"
             "</figure><p><a href='https://flickr.com/p/123'>https://flickr.com/p/123</a></p>",
             ["https://flickr.com/p/123"])):
        body = _mid(between)
        assert body[2] == PARAS[2] and len(body) == 5
        assert not any(a in body for a in addresses)


def test_addresses_under_a_lead_in_are_kept() -> None:
    # (the text leads into its sources with a colon: the addresses are the text's)
    body = _mid("<p>Sources:</p><p><a href='https://a.example/1'>https://a.example/1</a></p>"
                "<p><a href='https://b.example/2'>https://b.example/2</a></p>")
    assert "https://a.example/1" in body and "https://b.example/2" in body


DUMP = """Council approves flood plan for the lower districts

By Jane Roe
March 4, 2024

MILLBROOK (AP) — {0}

{1}

{between}

{2}

The council will send a reminder to every household in September, she said after the meeting.

© 2024 The Millbrook Courier. All rights reserved.
"""


def _dump_body(between: str) -> List[str]:
    text = DUMP.format(*PARAS, between=between)
    return newsextract.extract(text.encode("utf-8")).body.split("\n\n")


def test_a_dumps_address_is_kept_under_a_lead_in() -> None:
    for lead in ("The plan and its maps are published here:", "Write to the flood desk at:"):
        body = _dump_body(f"{lead}\n\nhttps://millbrook.example/flood-plan\n\nflood.desk@millbrook.example")
        assert body[2:5] == [lead, "https://millbrook.example/flood-plan", "flood.desk@millbrook.example"]


def test_a_dumps_bare_address_stays_out() -> None:
    # (near misses: with no element to bound a box, a bare address between paragraphs is a
    # picture's file, the outlet's site, a mailbox of the newsroom)
    for line in ("https://cdn.millbrook.example/photos/2024/03/flood-river.jpg",
                 "www.millbrookcourier.com", "news@millbrookcourier.com"):
        body = _dump_body(line)
        assert body[2] == PARAS[2] and line not in body


def test_an_address_with_words_around_it_is_no_typed_address() -> None:
    from newsextract.classify import _typed_url

    assert _typed_url("flood.desk@millbrook.example")
    assert _typed_url("[3] http://example.org/a (http://example.org/b)")
    assert not _typed_url("Email: flood.desk@millbrook.example")
    assert not _typed_url("Write to flood.desk@millbrook.example")
    assert not _typed_url("@millbrook")


# -- a linked item of the text's list

STEPS = ("<p>Before the storms, every household should check three things:</p>"
         "<ul><li>That the drains in front of the house are clear</li>"
         "<li><a href='/flood-insurance'>That the home insurance covers flooding</a></li>"
         "<li>That the family knows the way to the nearest shelter</li>"
         "<li>That a bag of documents stands ready by the door</li></ul>"
         "<p>The council will send a reminder to every household in September, the spokeswoman "
         "said after the meeting.</p>")


def test_a_linked_item_of_the_texts_list_is_kept() -> None:
    body = _paragraphs(_page(STEPS))
    assert "That the home insurance covers flooding" in body
    assert body.index("That the home insurance covers flooding") == body.index(
        "That the drains in front of the house are clear") + 1


def test_a_list_of_links_inside_the_text_stays_out() -> None:
    # (near miss: most items are links: a list of related stories, whatever the lead-in)
    links = ("<p>Read our earlier reports on the floods:</p>"
             "<ul><li><a href='/a'>River bursts its banks in the lower districts</a></li>"
             "<li><a href='/b'>Volunteers clear mud from homes and shops</a></li>"
             "<li>Shelters open in schools</li></ul>"
             "<p>The council will send a reminder to every household in September, the "
             "spokeswoman said after the meeting.</p>")
    body = _paragraphs(_page(links))
    assert "River bursts its banks in the lower districts" not in body
    assert "Volunteers clear mud from homes and shops" not in body


def test_a_related_line_in_a_list_of_the_text_stays_out() -> None:
    # (near miss: a "Read also" line among the items is a related story's, linked or not)
    items = STEPS.replace("<li><a href='/flood-insurance'>That the home insurance covers flooding</a></li>",
                          "<li><a href='/x'>Read also: Insurers raise flood premiums again</a></li>")
    body = _paragraphs(_page(items))
    assert not any("Insurers raise flood premiums" in p for p in body)


def test_the_broken_tail_of_a_parenthesis_is_no_typed_address() -> None:
    # (a dump breaks "(Photo: http://x/1)" into lines: the address with the closing bracket
    # is a caption's credit, not a line of the text)
    from newsextract.classify import _typed_url

    assert not _typed_url("http://photos.example.com/prnh/20160219/335111-INFO)")
    assert _typed_url("https://en.example.org/wiki/Operations_(United_States)")


# -- a card a name in the sentence shows on hover

CARD = ("<span class='person-popup'><span><img src='/p/roe.jpg' alt=''>"
        "<a href='/people/roe'>Jane Alice Roe</a><a href='/a/1'>Council debates the flood plan</a> "
        "<a href='/a/2'>Roe wins the mayoral race</a><a href='/people/roe'>MORE</a></span></span>")


def _opening(sentence_html: str) -> str:
    html = _page("").replace(f"<p>{PARAS[0]}</p>", f"<p>{sentence_html}</p>", 1)
    return _paragraphs(html)[0]


def test_a_hover_card_inside_a_sentence_is_left_out() -> None:
    first = _opening(f"Mayor <span class='person'><a href='/people/roe'>Jane Roe</a>{CARD}</span> "
                     "(Green) defended the new flood plan on Tuesday evening after a long debate.")
    assert first == "Mayor Jane Roe (Green) defended the new flood plan on Tuesday evening after a long debate."


def test_a_linked_name_and_an_icon_beside_one_link_stay() -> None:
    # (near misses: no picture; a picture beside one link)
    first = _opening("Mayor <span class='person'><a href='/people/roe'>Jane Roe</a> and "
                     "<a href='/people/lee'>Sam Lee</a></span> defended the new flood plan on Tuesday.")
    assert first == "Mayor Jane Roe and Sam Lee defended the new flood plan on Tuesday."
    first = _opening("The plan is online <span class='doc'><img src='/i/pdf.png' alt=''>"
                     "<a href='/plan.pdf'>as a PDF file</a></span> for every resident to read.")
    assert first == "The plan is online as a PDF file for every resident to read."


def test_a_sentence_with_its_picture_and_links_stays() -> None:
    # (near miss: an inline element that opens with a picture but holds the sentence's words,
    # not links alone)
    first = _opening("<span class='note'><img src='/i/radio.png' alt=''>We spoke about the plan "
                     "<a href='/radio'>on the radio</a> and <a href='/tv'>on television</a>, and "
                     "you can listen to it again here.</span>")
    assert first == ("We spoke about the plan on the radio and on television, and you can listen "
                     "to it again here.")


def test_a_pitch_or_a_button_among_the_texts_items_stays_out() -> None:
    # (near misses: a linked item that is a pitch or a button's few words, among the text's
    # plain items)
    for item in ("<a href='/app'>Download our app</a>",
                 "<a href='/newsletter'>Sign up for our newsletter</a>"):
        body = _paragraphs(_page(STEPS.replace(
            "<li><a href='/flood-insurance'>That the home insurance covers flooding</a></li>", f"<li>{item}</li>")))
        assert "Download our app" not in body and "Sign up for our newsletter" not in body
        assert "That the drains in front of the house are clear" in body


def test_a_chip_that_stands_for_the_name_keeps_its_words() -> None:
    # (near misses: a picture and two links that are the sentence's name itself, with no name's
    # link before them that they link again: a ticker's chip, a player's, a document's icon and
    # links, a formula's picture)
    for sentence_html, expected in (
            ("Shares of <span class='ticker-chip'><img src='/logo/aapl.png' alt=''><a href='/q/aapl'>"
             "Apple Inc.</a> <a href='/q/aapl'>AAPL</a></span> rose 3 percent on Tuesday after the "
             "flood plan was approved.",
             "Shares of Apple Inc. AAPL rose 3 percent on Tuesday after the flood plan was approved."),
            ("The goal came from <span class='player'><img src='/h/messi.jpg'><a href='/p/messi'>"
             "Lionel Messi</a> <a href='/t/inter-miami'>Inter Miami</a></span> in the second half of "
             "the match on Tuesday.",
             "The goal came from Lionel Messi Inter Miami in the second half of the match on Tuesday."),
            ("The report <span class='ref'><img src='/i/pdf.png'><a href='/r.pdf'>Flood report 2024</a> "
             "<a href='/r2.pdf'>annex</a></span> says the river banks are too low for the storms.",
             "The report Flood report 2024 annex says the river banks are too low for the storms."),
            ("Mayor <a href='/p/roe'>Jane Roe</a> <span class='math'><img src='/m/f.png' alt=''>"
             "<a href='/m/1'>x</a> <a href='/m/2'>2</a></span> said the plan was ready for the storms.",
             "Mayor Jane Roe x 2 said the plan was ready for the storms.")):
        assert _opening(sentence_html) == expected


def test_a_linked_item_under_a_related_lead_in_or_an_app_pitch_stays_out() -> None:
    # (near misses: the list's plain items are kept, but its lead-in calls it related, or the
    # linked item pitches the outlet's app)
    for lead, items, linked in (
            ("<h3>Related coverage</h3>", "<li>River levels rose by two metres</li><li>Schools closed "
             "for three days</li>", "Insurers raise the premiums for the valley"),
            ("<p>Read our earlier coverage of the storms:</p>", "<li>River levels rose by two metres "
             "on Monday</li><li>Schools closed for three days</li>", "Insurers raise the premiums for the valley"),
            ("<p>Get our alerts during the storm season:</p>", "<li>Breaking news alerts on your phone</li>"
             "<li>Offline reading of every story</li>", "Download the Courier app for Android phones")):
        body = _mid(f"{lead}<ul>{items}<li><a href='/c'>{linked}</a></li></ul>")
        assert linked not in body and PARAS[2] in body
