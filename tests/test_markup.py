"""Any markup is read as HTML and recovered; any script's text is read as text (issue 10, 4)."""

from __future__ import annotations

import pytest

from newsextract import extract
from newsextract.decode import decode
from newsextract.pipeline import read_input, segment, sniff_kind

UMLAUTS = "Grüße aus Köln, schöne Tage für alle Bürger und Gäste. ".encode("utf-8")


def test_utf8_with_a_stray_byte_stays_utf8() -> None:
    # a legacy-encoded alt text ("K\xfcchenblogs") inside a UTF-8 page
    page = b'<meta charset="utf-8"><p>' + UMLAUTS * 3 + b'<img alt="K\xfcchenblogs"></p>'
    text, enc = decode(page)
    assert enc == "utf-8"
    assert "Grüße aus Köln" in text and "K\ufffdchenblogs" in text


def test_a_legacy_page_is_not_read_as_utf8() -> None:
    page = "<p>Grüße aus Köln, schöne Tage für alle Bürger.</p>".encode("cp1252") * 5
    text, enc = decode(page)
    assert enc != "utf-8" and "Grüße aus Köln" in text


@pytest.mark.parametrize("data, as_is", [
    ("<p>Grüße aus Köln</p>".encode("utf-8"), True),
    (b"\xef\xbb\xbf<p>Gr\xc3\xbc\xc3\x9fe</p>", False),  # a BOM: the bytes hold more than the text
    (b'<meta charset="utf-8"><p>' + UMLAUTS * 3 + b'<img alt="K\xfcchenblogs"></p>', False),
    ("<p>Grüße aus Köln, schöne Tage.</p>".encode("cp1252") * 5, False),
    ("<p>Grüße aus Köln</p>", False),  # text given: no bytes
])
def test_the_input_bytes_go_to_the_parser_only_when_they_are_the_texts_utf8(data, as_is: bool) -> None:
    text, _warnings, utf8 = read_input(data, 1000)
    assert (utf8 is not None) == as_is
    if utf8 is not None:
        assert utf8 == text.encode("utf-8")


@pytest.mark.parametrize("page", [
    "<html><body><h1>Grüße</h1><p>Satu dua tiga, “kata” dia.</p></body></html>",
    '<h:html xmlns:h="http://www.w3.org/1999/xhtml"><h:body><h:p>Satu dua.</h:p></h:body></h:html>',
    '<html xmlns:og="http://ogp.me/ns#"><body><p>Grüße, “kata” dia.</p></body></html>',
    '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Grüße, “kata” dia.</p></body></html>',
    '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:og="http://ogp.me/ns#"><body><og:p>Grüße.</og:p>'
    '<div xmlns:x="http://www.w3.org/1999/xhtml"><x:p>Satu dua.</x:p></div></body></html>',
])
def test_a_page_parsed_from_its_bytes_gives_the_blocks_its_text_gives(page: str) -> None:
    # (the prefixed page's bytes hold "xmlns:" and the XHTML namespace's address: its text,
    # prefixes dropped, is what is parsed; a page that binds only other prefixes, or holds
    # only the address, is parsed from its bytes)
    from_text = segment(page, "html")[0]
    from_bytes = segment(page, "html", page.encode("utf-8"))[0]
    assert [b.text for b in from_bytes] == [b.text for b in from_text] != []


def _page(body: str, head: str = "<title>Ein Titel</title>") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


def test_ruby_readings_are_not_glued_into_the_text() -> None:
    html = _page("<p><ruby>東京<rp>(</rp><rt>とうきょう</rt><rp>)</rp></ruby>は大きい。</p>")
    blocks, _, _ = segment(html, "html")
    assert [b.text for b in blocks] == ["東京は大きい。"]


# Bengali prose: its sentences end in the danda, with no full stop anywhere
BENGALI = ("আজ সকালে শহরের প্রধান সড়কে একটি বড় দুর্ঘটনা ঘটেছে এবং পুলিশ জানিয়েছে যে "
           "কয়েকজন আহত হয়েছেন।",
           "স্থানীয় বাসিন্দারা দ্রুত তাদের হাসপাতালে নিয়ে যান এবং চিকিৎসকেরা বলেছেন যে "
           "তাদের অবস্থা এখন স্থিতিশীল।",
           "সড়ক বিভাগ জানিয়েছে যে রাস্তাটি মেরামত করা হবে এবং আগামী সপ্তাহে কাজ শুরু হবে।")
# three paragraphs of three sentences each, every one in another order
PARAGRAPHS = [" ".join(BENGALI[i:] + BENGALI[:i]) for i in range(3)]


def test_sentences_of_other_scripts_are_prose_not_a_word_cloud() -> None:
    article = extract(_page("<h1>শিরোনাম</h1>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)))
    assert article.body.split("\n\n") == PARAGRAPHS


STYLE = "<style>\n" + ".teaser { margin: 0 auto; padding: 4px; }\n" * 150 + "</style>\n"
PROSE = ("The council approved the new budget on Tuesday after a long debate about the "
         "repairs of the harbour road, which was damaged by the storm in the spring.")


@pytest.mark.parametrize("text", [
    "<table><tr><td>Heute</td><td>Regen</td></tr><tr><td>Morgen</td><td>Sonne</td></tr></table>",
    "<!-- theme: article --><div class=post><h2>Title</h2><p>" + PROSE + "</p></div>",
    "<script type='text/javascript'>var x = 1;</script>\n<p>" + PROSE + "</p><p>" + PROSE + "</p>",
    STYLE + "<div><h1>Title</h1>" + f"<p>{PROSE}</p>" * 5 + "</div>",  # tags only after 6 kB
    "<br />\n<b>Warning</b>: mysql_connect(): Access denied in db.php on line 3<br />\n"
    + "<div><span>x</span></div>\n" * 3,
    '<mbox><div class="content"><p>' + PROSE + "</p></div>",
    "".join(f"<p>{PROSE * 3}</p>\n" for _ in range(3)),
], ids=["table", "comment", "script", "style", "php-warning", "unknown-tag", "paragraphs"])
def test_fragments_without_html_are_markup(text: str) -> None:
    assert sniff_kind(text) == "html"


@pytest.mark.parametrize("text", [
    "The Palace\n\n" + (PROSE + " Use <b> for bold and </b> to end it.\n\n") + PROSE * 20,
    ("Reviews\n\n<The Palace: Tale of Jang Noksu> opens tonight.\n\n" + PROSE + "\n\n") * 3,
    "From: Ana <ana@example.org>\nTo: <desk@example.org>\n\n" + PROSE,
    "Judul\n\n" + PROSE + "\n\n<i>Foto: Antara</i>\n\n" + PROSE * 10 + "\n\n<i>Baca juga</i>",
    "<b>Kurz</b>\n\n" + PROSE * 10 + "\n\nMehr unter <https://example.org>",
], ids=["quoted-tag", "title-in-brackets", "mail-addresses", "italics", "bold-first-line"])
def test_text_dumps_that_quote_a_tag_or_two_stay_text(text: str) -> None:
    assert sniff_kind(text) == "text"


def test_a_fragment_gets_a_clean_body() -> None:
    article = extract(STYLE + "<div><h1>Title</h1>" + "".join(
        f"<p>{PROSE} Part {i}.</p>" for i in range(4)) + "</div>")
    assert article.format == "html"
    assert article.body.startswith(PROSE) and "<" not in article.body and "margin" not in article.body


def _texts(html: str) -> list:
    return [b.text for b in segment(html, "html")[0]]


def test_content_left_under_head_by_a_stray_tag_is_walked() -> None:
    # libxml2 keeps everything after an unknown tag before <body> under <head>
    html = ("<html><head><title>T</title><meta name='author' content='Ana Putri'><mbox>"
            "<div><h1>Judul</h1><p>Satu dua tiga.</p></div></html>")
    blocks, meta, _notes = segment(html, "html")
    assert [b.text for b in blocks] == ["Judul", "Satu dua tiga."]
    assert meta.authors == ["Ana Putri"]  # metadata is still read from the head
    html = ("<html><head><title>T</title><mbox><p>Vorspann.</p></head>"
            "<body><p>Erster Absatz.</p></body></html>")
    assert _texts(html) == ["Vorspann.", "Erster Absatz."]


def test_empty_strays_in_head_stay_there() -> None:
    html = "<html><head><title>T</title><ins></ins><svg><path/></svg></head><body><p>A.</p></body></html>"
    assert _texts(html) == ["A."]


def test_a_frameset_is_read_from_its_noframes_markup() -> None:
    html = ("<html><head><title>T</title></head><frameset cols='20%,80%'><frame src='menu.html'>"
            "<frame src='main.html'><noframes><body><h1>Willkommen</h1><p>Unser Verein.</p>"
            "</body></noframes></frameset></html>")
    assert _texts(html) == ["Willkommen", "Unser Verein."]
    html = "<frameset><frame src='a.html'></frameset><noframes>Ohne Rahmen lesen.</noframes>"
    assert _texts(html) == ["Ohne Rahmen lesen."]


def test_xhtml_served_as_xml_is_compared_without_its_prefix() -> None:
    html = ('<?xml version="1.0" encoding="utf-8"?>\n'
            '<h:html xmlns:h="http://www.w3.org/1999/xhtml" xmlns:og="http://ogp.me/ns#">'
            '<h:head><h:title>T</h:title><h:meta property="og:site_name" content="Warta"/></h:head>'
            '<h:body><h:nav><h:a href="/">Beranda</h:a></h:nav><h:h1>Judul</h:h1>'
            "<h:p>Satu dua tiga.</h:p><og:thing>x</og:thing></h:body></h:html>")
    assert sniff_kind(html) == "html"
    blocks, meta, _notes = segment(html, "html")
    assert [b.text for b in blocks] == ["Beranda", "Judul", "Satu dua tiga.", "x"]
    assert blocks[0].hint < 0 and blocks[1].heading and meta.site == "Warta"


PARTS = [f"{PROSE} Part {i}." for i in range(3)]


def test_an_unclosed_nav_that_swallowed_the_article_is_not_skipped() -> None:
    # the menu's last <li> is never closed: lxml puts the page's <main> inside the <nav>
    html = _page('<header><nav class="navbar navigation"><ul class="menu">'
                 '<li class="menu-item"><a href="/">Start</a></li>'
                 '<li class="menu-item"><div class="sub-menu visually-hidden">'
                 "<main><article><h1>Titel</h1>" + "".join(f"<p>{p}</p>" for p in PARTS) +
                 "</article></main></div></header>"
                 '<footer class="footer"><p>Impressum und Datenschutz</p></footer>')
    blocks, _, _ = segment(html, "html")
    article = [b for b in blocks if b.text in PARTS]
    assert len(article) == 3 and all(b.hint >= 0 and not b.bullet for b in article)
    assert blocks[0].text == "Start" and blocks[0].hint < 0  # the menu is still a menu
    assert extract(html).body.split("\n\n") == PARTS


def test_a_menu_of_article_teasers_is_still_skipped() -> None:
    teaser = '<article class="teaser"><a href="/x"><h3>Other story</h3></a><p>Short.</p></article>'
    html = _page('<nav class="navbar navigation">' + teaser * 4 + "</nav>"
                 + "<main><h1>Titel</h1>" + "".join(f"<p>{p}</p>" for p in PARTS) + "</main>")
    assert _texts(html) == ["Titel"] + PARTS


def test_an_unclosed_noscript_that_swallowed_the_page_is_walked() -> None:
    from newsextract import extract

    para = ("Nel 2019 sono almeno nove le femmine di orso che si sono riprodotte nel parco, "
            "e sedici i cuccioli contati dai guardiaparco durante l'estate.")
    page = ("<html><head><title>Orsi</title></head><body><noscript><div>"
            "<img src='pixel.gif'></noscript-not-closed>"
            + "".join(f"<p>{para} ({i})</p>" for i in range(4)) + "</div></body></html>")
    assert extract(page.encode()).body.count(para) == 4
    # a small one (a tracking pixel's, a notice) is still skipped
    small = ("<html><body><noscript><p>Please turn on JavaScript to see this site.</p>"
             "</noscript>" + "".join(f"<p>{para} ({i})</p>" for i in range(4)) + "</body></html>")
    assert "JavaScript" not in extract(small.encode()).body


def test_a_page_with_no_headline_and_no_machine_title_is_titled_by_its_title_tag() -> None:
    paras = "".join(f"<p>{PROSE} Part {i}.</p>" for i in range(3))
    page = extract(f"<html><head><title>Harbour road repairs approved</title></head>"
                               f"<body>{paras}<footer>© Harbour Weekly</footer></body></html>")
    assert page.title == "Harbour road repairs approved"
    # the site's name after it comes off when the page prints the name apart from the headline
    page = extract(f"<html><head><title>Harbour road repairs approved | Harbour Weekly"
                               f"</title></head><body>{paras}<footer>© Harbour Weekly</footer>"
                               f"</body></html>")
    assert page.title == "Harbour road repairs approved"
    # a text dump's first line is no such title: a dump has no <title> tag
    assert extract("\n\n".join(f"{PROSE} Part {i}." for i in range(3)) + "\n").title is None


def test_amp_components_for_ads_frames_and_menus_hold_no_text_of_the_article() -> None:
    """An AMP page's players and ads print a placeholder ("Memuat video...") or a fallback
    ("Advertisement"), its drawer the site's menu: none of it is the article's."""
    para = ("Pemerintah daerah menggelar rapat koordinasi terkait penanganan banjir di sejumlah "
            "kawasan pada Senin pagi bersama dinas terkait dan aparat kewilayahan setempat.")
    page = ("<!doctype html><html amp lang='id'><head><title>Banjir</title></head><body>"
            "<amp-sidebar id='sb' layout='nodisplay'><ul><li><a href='/'>Beranda</a></li>"
            "<li><a href='/news'>Berita Terkini</a></li></ul></amp-sidebar><h1>Banjir</h1>"
            f"<p>{para} (1)</p><amp-ad width='300' height='250' type='x'><div fallback>"
            f"Advertisement</div></amp-ad><p>{para} (2)</p><amp-iframe width='300' height='200' "
            "src='https://example.com/v'><div placeholder>Memuat video...</div></amp-iframe>"
            f"<p>{para} (3)</p></body></html>")
    body = extract(page.encode()).body
    assert body.count(para) == 3
    assert "Memuat video" not in body and "Advertisement" not in body and "Beranda" not in body


def test_a_sentence_cut_by_hard_line_breaks_is_one_block() -> None:
    # an old page wraps its text with <br> at the width of its table: a line that ends on a
    # word, under one that opens in lower case, is the same sentence; a line that opens with
    # a capital, an address's short lines, a link typed out and a paragraph's <br><br> are not
    page = ("<html><body><table><tr><td>"
            "The council voted on Tuesday to rebuild the old harbour wall, which<br>"
            "storms have battered for three winters, and to open a walkway<br>"
            "along its top by next summer.<br>"
            "Engineers told the council that the wall could fail within five years<br><br>"
            "if nothing is done.<br>"
            "Harbour Office, Quay Street 4<br>"
            "Read the plan at the council's site, where it is posted<br>"
            "http://example.org/plan"
            "</td></tr></table></body></html>")
    blocks, _meta, _notes = segment(page, "html")
    assert [b.text for b in blocks] == [
        "The council voted on Tuesday to rebuild the old harbour wall, which storms have "
        "battered for three winters, and to open a walkway along its top by next summer.",
        "Engineers told the council that the wall could fail within five years",
        "if nothing is done.",
        "Harbour Office, Quay Street 4",
        "Read the plan at the council's site, where it is posted",
        "http://example.org/plan",
    ]


def test_two_line_breaks_with_an_invisible_space_between_part_two_paragraphs() -> None:
    # (one <br> inside a sentence joins its lines; two, whatever invisible text between them,
    # end a paragraph)
    html = ("<html><body><article><h1>Harbour</h1><p>The council voted on Tuesday to rebuild the "
            "old<br>&#8203;<br>harbour wall, officials said on Tuesday evening in the town hall."
            "</p></article></body></html>")
    blocks = [b.text for b in segment(html, "html")[0]]
    assert "harbour wall, officials said on Tuesday evening in the town hall." in blocks
