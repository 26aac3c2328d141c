"""Markup noise inside an article: a box that splits a paragraph (issue 11; bench/perturb.py).

An ad's <div>, a "Baca juga" <p> or a photo put in the middle of a <p>'s text closes the <p>
where it stands, as the HTML parser reads it: the paragraph's words past the box come out loose
in the <p>'s parent. They are the <p>'s words, not the parent's. Invented pages and names.
"""

from __future__ import annotations

from typing import List

import pytest

from newsextract import extract
from newsextract.segment.html import segment_html

AD = '<div class="iklan"><span>ADVERTISEMENT</span><p>SCROLL TO CONTINUE WITH CONTENT</p></div>'
BACA = '<p><strong>Baca juga:</strong> <a href="/b/1">Harga Cabai di Pasar Lumbung Turun</a></p>'
PHOTO = '<div class="foto"><img src="a.jpg"><p>Warga di balai desa. (Foto: Andi Saputra)</p></div>'

PARAS = [
    "KOTA TIRTA, WartaKita.com - Pemerintah Kota Tirta meresmikan jembatan gantung baru di Desa "
    "Karangsari pada Selasa pagi setelah warga menunggu selama tiga tahun.",
    "Jembatan sepanjang 120 meter itu menghubungkan dua dusun yang selama ini hanya bisa dilalui "
    "dengan perahu kecil saat musim hujan tiba.",
    "\u201cKami sangat bersyukur karena anak-anak tidak perlu lagi menyeberang sungai dengan perahu "
    "setiap pagi untuk berangkat ke sekolah,\u201d kata Kepala Desa Karangsari, Wiryo Sudarmanto.",
    "Menurut dia, pembangunan jembatan menelan biaya sekitar Rp 2 miliar yang berasal dari dana desa "
    "dan bantuan pemerintah provinsi.",
    "Bupati Tirta, Ratna Kumalasari, mengatakan pemerintah akan membangun lima jembatan serupa di "
    "desa-desa lain hingga akhir tahun depan.",
]


def _page(inner: str) -> str:
    return ("<html><head><title>Jembatan Gantung Desa Karangsari Diresmikan - WartaKita.com</title></head>"
            '<body><div class="wrap"><div class="main"><h1>Jembatan Gantung Desa Karangsari Diresmikan</h1>'
            '<div class="tgl">Selasa, 12 Maret 2019 | 10:15 WIB</div>' + inner +
            '</div><div class="side"><h3>Terpopuler</h3><ul><li><a href="/1">Harga Cabai Turun</a></li>'
            '<li><a href="/2">Banjir Rob di Pesisir</a></li></ul></div></div></body></html>')


def _blocks(html: str) -> List[tuple]:
    return [(b.text, b.path) for b in segment_html(html)[0]]


def test_a_box_inside_a_paragraph_leaves_the_paragraph_whole() -> None:
    blocks = _blocks('<div><p>"Artinya, ranking 36 terbawah ' + AD + 'dirasionalisasi," ucapnya.</p>'
                     "<p>Paragraf berikutnya di sini.</p></div>")
    texts = [t for t, _ in blocks]
    assert texts == ['"Artinya, ranking 36 terbawah dirasionalisasi," ucapnya.', "ADVERTISEMENT",
                     "SCROLL TO CONTINUE WITH CONTENT", "Paragraf berikutnya di sini."]


def test_the_words_past_the_box_take_the_paragraphs_element() -> None:
    # a <p> of <br>-separated paragraphs, a box after a whole paragraph: the paragraphs past it
    # stand in the <p>, not loose in the article's container (where a date or a caption stands)
    html = "<div><p>" + PARAS[0] + "<br><br>" + PHOTO + "<br>" + PARAS[1] + "<br><br>" + PARAS[3] + " (wir/rat)</p></div>"
    blocks = _blocks(html)
    assert [t for t, _ in blocks] == [PARAS[0], "Warga di balai desa. (Foto: Andi Saputra)", PARAS[1],
                                      PARAS[3] + " (wir/rat)"]
    assert blocks[0][1] == blocks[2][1] == blocks[3][1]


def test_a_read_also_paragraph_inside_a_paragraph() -> None:
    html = "<div><p>" + PARAS[0] + "<br><br>" + BACA + PARAS[1] + "</p></div>"
    blocks = _blocks(html)
    assert blocks[0][1] == blocks[2][1] and blocks[2][0] == PARAS[1]


def test_a_quote_an_ad_cut_is_read_whole_with_its_speaker() -> None:
    q = PARAS[2]
    cut = q.index("setiap pagi")
    inner = "<p>" + "<br><br>".join(PARAS[:2] + [q[:cut] + AD + q[cut:]] + PARAS[3:]) + "</p>"
    article = extract(_page(inner))
    assert [(x.text, x.speaker) for x in article.quotes] == [
        ("Kami sangat bersyukur karena anak-anak tidak perlu lagi menyeberang sungai dengan perahu "
         "setiap pagi untuk berangkat ke sekolah,", "Wiryo Sudarmanto")]
    assert "ADVERTISEMENT" not in article.body and "SCROLL" not in article.body
    assert article.body.split("\n\n")[2] == q
    assert article.location == "Kota Tirta"


# near misses: loose text that is not a cut paragraph's, and cut paragraphs that end a sentence

def test_loose_text_after_a_box_with_no_paragraph_before_it_keeps_its_place() -> None:
    blocks = _blocks('<div><div class="kotak">Kotak info</div>teks lepas di sini.</div>')
    assert blocks[0][1] != blocks[1][1] and blocks[1][1] == blocks[0][1][:-1]


def test_a_paragraph_that_ends_a_sentence_is_not_carried_on() -> None:
    # "... pukul 10.00." then a box, then words that begin in lower case ("iPhone", "e-KTP"):
    # a new paragraph, not the sentence's end
    blocks = _blocks("<div><p>Acara dimulai pukul 10.00." + AD + "e-KTP warga dibagikan sore harinya.</p></div>")
    assert [t for t, _ in blocks][0] == "Acara dimulai pukul 10.00."
    assert [t for t, _ in blocks][-1] == "e-KTP warga dibagikan sore harinya."


def test_a_capitalised_line_after_a_box_is_not_glued_to_a_heading_paragraph() -> None:
    blocks = _blocks("<div><p>Kurang Motivasi" + AD + "Banyak orang malas bergerak karena kurang motivasi.</p></div>")
    assert [t for t, _ in blocks][0] == "Kurang Motivasi"
    assert [t for t, _ in blocks][-1] == "Banyak orang malas bergerak karena kurang motivasi."


def test_loose_text_past_other_loose_text_is_not_a_paragraphs() -> None:
    # words stand between the <p> and the box: the text past the box is the parent's own
    blocks = _blocks("<div><p>Satu dua tiga empat lima.</p>kata lepas" + AD + "teks lain yang lepas.</div>")
    assert blocks[-1][0] == "teks lain yang lepas." and len(blocks[-1][1]) == len(blocks[0][1]) - 1


@pytest.mark.parametrize("loose", [
    "Anzeigen", "$$ARTICLEAD$$", "adjective: Overly sentimental.", "Download: mp3 (30 MB) m4a (24 MB) opus (16 MB)",
    "Lihat juga video pilihan redaksi di kanal kami",  # (no sentence's end)
])
def test_a_short_or_unfinished_loose_line_after_a_box_stays_the_parents(loose: str) -> None:
    # (loose text after a photo box that follows a <p>: a placeholder or a label of the
    # page's, not the <p>'s paragraph)
    blocks = _blocks("<div><p>" + PARAS[0] + "</p>" + PHOTO + loose + "</div>")
    assert blocks[-1][0] == loose and len(blocks[-1][1]) == len(blocks[0][1]) - 1


def test_explicit_paragraphs_around_a_box_are_unchanged() -> None:
    blocks = _blocks("<div><p>Satu dua tiga empat</p>" + AD + "<p>lima enam tujuh delapan.</p></div>")
    assert [t for t, _ in blocks] == ["Satu dua tiga empat", "ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT",
                                      "lima enam tujuh delapan."]


# a short paragraph over a photo credit line is a caption, unless it opens with a speaker's
# quotation

CREDIT = "<p>(Foto: ANTARA/Budi Santoso)</p>"


def _credited(short: str) -> str:
    return _page("<p>" + "</p><p>".join(PARAS[:2]) + "</p><p>" + short + "</p>" + CREDIT
                 + "<p>" + "</p><p>".join(PARAS[3:]) + "</p>")


def test_a_quote_over_a_credit_line_is_body_text() -> None:
    short = "\u201cArtinya, jembatan ini dibangun untuk warga,\u201d ucapnya."
    article = extract(_credited(short))
    assert short in article.body.split("\n\n")
    assert "(Foto:" not in article.body
    assert [q.cue for q in article.quotes if q.text.startswith("Artinya")] == ["ucapnya"]


@pytest.mark.parametrize("caption", [
    "Warga melintasi jembatan gantung baru di Desa Karangsari, Selasa (12/3/2019).",
    "\u201cDilan 1990\u201d diputar di bioskop Kota Tirta, Selasa (12/3/2019).",  # (a title in quotes)
])
def test_a_caption_over_a_credit_line_stays_out(caption: str) -> None:
    article = extract(_credited(caption))
    assert caption not in article.body and "(Foto:" not in article.body


# a dateline's place and outlet in a block of their own, the dash opening the text below

def _dated(head: str, first: str) -> str:
    return _page(head + "<p>" + first + "</p><p>" + "</p><p>".join(PARAS[1:]) + "</p>")


FIRST = PARAS[0].split(" - ", 1)[1]


def test_a_bold_dateline_in_its_own_paragraph_over_the_dash() -> None:
    article = extract(_dated("<p><strong>KOTA TIRTA, WartaKita.com</strong></p>", "- " + FIRST))
    assert article.location == "Kota Tirta"
    assert article.body.startswith(FIRST[:40])


def test_an_outlets_bold_domain_in_its_own_paragraph_over_the_dash() -> None:
    article = extract(_dated("<p><strong>WartaKita.com</strong></p>", "- " + FIRST))
    assert article.location is None and article.body.startswith(FIRST[:40])


@pytest.mark.parametrize("head, first", [
    # a line of a headline's words over a paragraph that opens with a dash (no place, no domain)
    ("<p>Pabrik Roti Tirta Untung Besar</p>", "- " + FIRST),
    # a kicker over a paragraph that opens with a dash: no dateline
    ("<p><strong>Berita Utama</strong></p>", "- " + FIRST),
    # a place and an outlet over a list item's text, no dash: no dateline is made of them
    ("<p><strong>KOTA TIRTA, WartaKita.com</strong></p>", FIRST),
    # a dash opening a sentence that carries on the line above ("- 2019"), not a dateline's
    ("<p>Periode 2014</p>", "- 2019 " + FIRST),
])
def test_no_dateline_is_read_across_blocks_where_none_was_printed(head: str, first: str) -> None:
    article = extract(_dated(head, first))
    assert article.location is None
