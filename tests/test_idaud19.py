"""Issue 11, idaud19: rules for rows of Indonesian pages the audits of invented pages
(tests/test_idaudit2_pages.py, tests/test_idaudit3_pages.py, tests/test_qaudit_pages.py) still
missed, each with the near misses it must leave alone."""

from __future__ import annotations

from typing import List

import pytest

import newsextract
from newsextract.segment.dumps import _join_cut_links, dump_style, unglue
from tests.conftest import FIXTURES

# --- a fact check's verdict under its heading, right after the text -------------------------

PARS = ["Sebuah unggahan di Facebook mengklaim pemerintah akan membagikan bantuan tunai Rp 2,5 juta kepada "
        "setiap warga yang mengisi formulir daring.",
        "Unggahan itu menyertakan tautan ke situs yang meminta nomor induk kependudukan dan nomor rekening.",
        "Juru Bicara Kementerian Sosial, Nanda Pratiwi, memastikan informasi itu tidak benar dan meminta warga "
        "berhati-hati terhadap tautan semacam itu.",
        "Ia meminta masyarakat tidak memasukkan data pribadi ke situs yang tidak resmi dan melapor ke dinas sosial "
        "setempat."]
LAST = PARS[-1]
VERDICT = "Klaim bantuan tunai lewat formulir daring adalah hoaks."


def _html_last(after_text: str, after_article: str = "") -> str:
    """The last paragraph of a page whose text's element ends with `after_text`, `after_article`
    set after the article."""
    body = "".join(f"<p>{p}</p>" for p in PARS) + after_text
    html = (f"<html lang='id'><body><article><h1>Bantuan Tunai Lewat Formulir Daring</h1>"
            f"<div class='content'>{body}</div><div class='tags'>Tag: <a>Jakarta</a></div></article>"
            f"{after_article}</body></html>")
    return newsextract.extract(html).body.split("\n\n")[-1]


@pytest.mark.parametrize("after_text, after_article, last", [
    # the verdict's heading, in any case, a colon after it or none
    (f"<h3>Kesimpulan</h3><p>{VERDICT}</p>", "", VERDICT),
    (f"<h2>KESIMPULAN:</h2><p>{VERDICT}</p>", "", VERDICT),
    (f"<h3>Hasil Cek Fakta</h3><p>{VERDICT}</p>", "", VERDICT),
    # near misses: the heading in a box after the article (another element), a list of links
    # under it, another heading (an author's note) over a short paragraph
    ("", "<aside><h3>Kesimpulan</h3><p>Baca semua hasil pemeriksaan fakta kami setiap pekan di kanal ini.</p>"
     "</aside>", LAST),
    ("<h3>Kesimpulan</h3><ul><li><a href='/a'>Hoaks Bantuan Tunai Lewat Formulir</a></li>"
     "<li><a href='/b'>Hoaks Vaksin Gratis</a></li></ul>", "", LAST),
    ("<h3>Tentang Penulis</h3><p>Galih Prasetyo adalah wartawan yang meliput isu sosial sejak 2015.</p>", "", LAST),
])
def test_verdict_under_its_heading_html(after_text: str, after_article: str, last: str) -> None:
    assert _html_last(after_text, after_article) == last


DUMP_HEAD = """Beranda News Bisnis Bola

Bantuan Tunai Lewat Formulir Daring Dipastikan Hoaks

Penulis: Galih Prasetyo
Kamis, 5 Juni 2025 17:45

Sebuah unggahan di Facebook mengklaim pemerintah akan membagikan bantuan tunai Rp 2,5 juta kepada
setiap warga yang mengisi formulir daring.

Unggahan itu menyertakan tautan ke situs yang meminta nomor induk kependudukan dan nomor rekening.

Juru Bicara Kementerian Sosial, Nanda Pratiwi, memastikan informasi itu tidak benar dan meminta
warga berhati-hati terhadap tautan semacam itu.

"""
DUMP_TAIL = """
Tag: Hoaks Bansos

Berita Terkait

  • Warga Keluhkan Antrean Panjang di Halte Harmoni
  • Tarif Parkir di Pusat Kota Naik Mulai Juli
  • Jadwal Kereta Tambahan Selama Libur Panjang

Copyright 2025 Media Contoh. All rights reserved.
"""
DUMP_LAST = "Juru Bicara Kementerian Sosial, Nanda Pratiwi, memastikan informasi itu tidak benar dan meminta " \
    "warga berhati-hati terhadap tautan semacam itu."


@pytest.mark.parametrize("mid, last", [
    (f"Kesimpulan\n\n{VERDICT}\n", VERDICT),
    (f"HASIL CEK FAKTA:\n\n{VERDICT}\n", VERDICT),
    # near misses: headlines under the heading, a site's prompt under it, no heading
    ("Kesimpulan\n\n  • Hoaks Vaksin Gratis Lewat Pesan Berantai\n  • Hoaks Bantuan Kuota Internet\n", DUMP_LAST),
    ("Kesimpulan\n\nSimak breaking news dan berita pilihan kami langsung di ponselmu.\n", DUMP_LAST),
    ("", DUMP_LAST),
])
def test_verdict_under_its_heading_dump(mid: str, last: str) -> None:
    assert newsextract.extract(DUMP_HEAD + mid + DUMP_TAIL).body.split("\n\n")[-1] == last


@pytest.mark.parametrize("par", [
    # near miss: a paragraph that opens with the heading's word is no heading (it is the text's
    # anyway, as before)
    "Kesimpulan rapat itu akan diumumkan pekan depan oleh kementerian.",
])
def test_verdict_word_opening_a_sentence(par: str) -> None:
    assert _html_last(f"<p>{par}</p>") == par


EN = ["A post shared on Facebook claims the government will pay every citizen who fills in an online form.",
      "The form asks for the reader's identity number and the number of a bank account.",
      "A spokeswoman for the social affairs ministry said the ministry had never opened such a registration "
      "and urged readers to report the link."]


@pytest.mark.parametrize("after_text, after_article, last", [
    ("<h3>Our ruling</h3><p>The claim is false.  No such payment exists.</p>", "", "The claim is false. No such "
     "payment exists."),
    # near miss: a product box's verdict in an element of its own after the article
    ("", "<aside><h3>Verdict</h3><p>A solid phone for the price, with a battery that lasts two days.</p></aside>",
     EN[-1]),
])
def test_verdict_under_its_heading_english(after_text: str, after_article: str, last: str) -> None:
    body = "".join(f"<p>{p}</p>" for p in EN) + after_text
    html = (f"<html lang='en'><body><article><h1>No, the Government Is Not Paying Online Form Fillers</h1>"
            f"<div class='content'>{body}</div></article>{after_article}</body></html>")
    assert newsextract.extract(html).body.split("\n\n")[-1] == last


# --- a short page's w3m dump: a menu's bullet or two and an ordered list's numbers -----------

P = "Petani di Kabupaten Lembah Hijau mulai memanen padi lebih awal karena khawatir hujan deras merusak tanaman."


@pytest.mark.parametrize("text, style", [
    # w3m numbers an ordered list's items one column in; with one bullet of a menu, a terminal's
    # (its paragraph wrapped, as w3m wraps under 100 columns: fixid19)
    (f"Beranda\n\n  • Hoaks\n\nJudul Berita Panjang Sekali\n\n{P.replace(' merusak', chr(10) + 'merusak')}\n\n"
     f"Terpopuler\n\n 1. Satu Judul\n 2. Dua Judul\n", "terminal"),
    # near misses: numbers typed in the text, one column in, with no bullet (BeautifulSoup's
    # lines of a text node that opens with a space); one number only; numbers at the margin
    (f"Beranda\nNews\nJudul Berita Panjang Sekali\n{P}\nLangkah yang harus dilakukan:\n 1. Siapkan bahan.\n"
     f" 2. Aduk rata.\n 3. Sajikan.\n{P}\n", "soup_lines"),
    (f"Beranda\nNews\n  • Menu\nJudul Berita\n{P}\n 1. Siapkan bahan.\n{P}\n1. Aduk\n2. Sajikan\n", "soup_lines"),
])
def test_numbered_items_of_a_terminal(text: str, style: str) -> None:
    assert dump_style(text) == style


# an invented short fact check (fixtures/idaud19/make.py): its fields as a reader takes them
SHORT = FIXTURES / "idaud19"
SHORT_BODY_FIRST = "Sebuah video yang memperlihatkan banjir bandang menerjang permukiman beredar di WhatsApp dengan"
SHORT_BODY_LAST = "Video itu bukan banjir di Sukamaju pekan ini."


@pytest.mark.parametrize("kind", ["html", "w3m.txt", "lynx.txt"])
def test_short_fact_check(kind: str) -> None:
    a = newsextract.extract((SHORT / f"cekfakta_short.{kind}").read_bytes())
    assert a.title == "[SALAH] Video Banjir Bandang di Sukamaju Terjadi Pekan Ini"
    assert a.date == "2025-06-11T10:20:00+07:00" and a.authors == ["Laras Pramesti"] and a.location is None
    assert a.body.startswith(SHORT_BODY_FIRST) and a.body.endswith(SHORT_BODY_LAST)
    assert "Terpopuler" not in a.body and "Kuota" not in a.body
    assert [(q.text[:20], q.speaker) for q in a.quotes] == [("Hujan memang turun, ", "Rudi Hartono")]


# --- a social network's name inside a sentence of a BeautifulSoup dump ------------------------

NET = "Pemerintah berencana membatasi pembelian bahan bakar bersubsidi mulai awal tahun depan dengan aplikasi."


WA = ("Sebuah video yang memperlihatkan banjir bandang menerjang permukiman beredar di WhatsApp dengan narasi bahwa "
      "peristiwa itu terjadi di Sukamaju pada pekan ini.")
TL = ("She had also not been directly involved in any of the many WhatsApp groups which, according to the report, "
      "were created for the sole purpose of communicating.")
LI = ("In a LinkedIn post, officials at the company described the aborted July launch as having concluded without "
      "ignition, and said the team would try again.")
DE = "Das Schiff ist am Montag in Hamburg eingelaufen und wird dort bis zum Ende der Woche repariert werden."
DE2 = "Laut Washington Post hatte Trump bereits 2021 Bondi eingesetzt, nachdem ein enger Vertrauter untragbar geworden war."


@pytest.mark.parametrize("line, last", [
    # "WhatsApp", "LinkedIn" in a sentence: no joint of two text nodes, the line stays whole
    (WA, WA), (TL, TL), (LI, LI),
    # near misses: furniture glued to the paragraph after it is still parted from it, a
    # network's name closing a follow line among it; a word with a capital inside that is no
    # network's (a heading's last word glued to the paragraph)
    (f"Bagikan Artikel{NET}", NET), (f"Lihat juga Video{NET}", NET), (f"Ikuti kami di WhatsApp{NET}", NET),
    (f"Artikel teilen{DE}", DE), (f"Bereits 2021 Ersatz für erzwungenen Rücktritt{DE2}", DE2),
])
def test_network_name_in_a_sentence(line: str, last: str) -> None:
    assert unglue(line).split("\n")[-1] == last


def test_short_fact_check_soup() -> None:
    # (BeautifulSoup's dump of the short fact check: its first paragraph names WhatsApp)
    a = newsextract.extract((SHORT / "cekfakta_short.soup.txt").read_bytes())
    assert a.body.startswith(SHORT_BODY_FIRST) and a.body.endswith(SHORT_BODY_LAST)


# --- a sentence cut at a link that closes it: the stop alone on the next line ----------------
NEXT = "BMKG memperkirakan gelombang tinggi berlangsung hingga akhir pekan."


@pytest.mark.parametrize("lines, joined", [
    # a speaker's name, a place linked to its tag page, the stop a text node of its own
    (["\"Kami berharap ada bantuan beras dari pemerintah daerah,\" kata ", "Darsono", ".", NEXT],
     ["\"Kami berharap ada bantuan beras dari pemerintah daerah,\" kata Darsono.", NEXT]),
    (["\"We will rebuild the bridge before the rains come,\" said", "Mayor Ellen Park", ".", NEXT],
     ["\"We will rebuild the bridge before the rains come,\" said Mayor Ellen Park.", NEXT]),
    # near misses: no speech verb before the link (a closing pitch's "insights on the" /
    # "Exam Results 2026" / "." looks the same: test_dumps), a menu's links, a caption's label
    # (no sentence before the link), a headline of many words after a sentence cut off (no
    # link's length)
    (["Warga mengeluhkan jalan yang rusak parah kepada", "Bupati Sukamaju", ".", NEXT],
     ["Warga mengeluhkan jalan yang rusak parah kepada", "Bupati Sukamaju", ".", NEXT]),
    (["Beranda", "Berita", ".", NEXT], ["Beranda", "Berita", ".", NEXT]),
    (["Foto", "Antara", ".", NEXT], ["Foto", "Antara", ".", NEXT]),
    (["Warga mengeluhkan jalan yang rusak parah kepada",
      "Harga Beras Naik Menjelang Akhir Tahun di Pasar Induk Kota", ".", NEXT],
     ["Warga mengeluhkan jalan yang rusak parah kepada",
      "Harga Beras Naik Menjelang Akhir Tahun di Pasar Induk Kota.", NEXT]),  # (the stop: as before)
])
def test_stop_alone_after_a_link(lines: List[str], joined: List[str]) -> None:
    assert _join_cut_links(lines) == joined
