"""Shapes of Indonesian bylines, datelines and inserts as the dumps of other tools print them
(issue 11): small pages of our own making in an outlet's layout (fixtures/idaudit/README.md),
each dumped by one tool, and the fields a reader takes from them."""

from __future__ import annotations

from typing import List, Optional

import pytest

import newsextract
from tests.conftest import FIXTURES

PAGES = FIXTURES / "idaudit"
FIRST = "Pemerintah kota memulai perbaikan jalan yang rusak di sejumlah kecamatan pada Senin pagi."


@pytest.mark.parametrize("name, authors, date, location", [
    # lynx sets a "Baca juga:" <div> under the paragraph before it with no blank line
    ("lynx_baca_juga_div.txt", ["Dodi Kusmarhendra"], "2016-06-13T14:05:00+07:00", "Jakarta"),
    # get_text("\n", strip=True): "jpnn.com, JAKARTA - ..." under a caption closed by ")"
    ("soup_strip_domain_dateline.txt", ["Rina Marlina", "Agus Salim"], "2020-07-11T08:00:00+07:00", "Jakarta"),
    # "Kontributor Garut, Ahmad Rizal Fauzi" under the headline is a credit, not the headline
    ("soup_nl_placed_role.txt", ["Ahmad Rizal Fauzi"], "2022-05-27T07:12:00+07:00", None),
    # get_text(): "Reporter : XEditor : YKamis, 8 Des 2022 | 16:40 WITA"
    ("soup_glued_editor_label.txt", ["Muh. Fadlan Kusumaraga"], "2022-12-08T16:40:00+08:00", "Mataram, NTB"),
    # get_text(): "Rabu, 18 Mei 2016 | 06:30 WIBPenulis: Siti Rohmah"
    ("soup_glued_zone_label.txt", ["Siti Rohmah"], "2016-05-18T06:30:00+07:00", None),
    # get_text(): "Kontributor Garut, Ahmad Rizal FauziJumat, 27 Mei 2022 07:12 WIB"
    ("soup_glued_day.txt", ["Ahmad Rizal Fauzi"], "2022-05-27T07:12:00+07:00", None),
    # get_text(): "Tim RedaksiSenin, 6 Jan 2025 08:00 WIB": a desk, kept while no person is named
    ("soup_glued_team_day.txt", ["Tim Redaksi"], "2025-01-06T08:00:00+07:00", None),
    # "Rizky Aditya, CNN Indonesia | Senin, 12/02/2024 10:00 WIB" under the headline
    ("name_comma_outlet.html", ["Rizky Aditya"], "2024-02-12T10:00:00+07:00", None),
    # get_text(): "Diperbarui 06 Nov 2015, 08:00 WIBOleh Ibrahim Hasan pada 05 Nov 2015, 14:56
    # WIB": the writer and the day of publication, not of the update
    ("soup_glued_zone_bare_label.txt", ["Ibrahim Hasan"], "2015-11-05T14:56:00+07:00", "Semarang"),
    # get_text(): "Reporter: M. Rizki A.Kamis, 05/11/2015 14:56 WIB"
    ("soup_glued_initial_day.txt", ["M. Rizki A."], "2015-11-05T14:56:00+07:00", "Jakarta"),
    # get_text(): "petugas.(H-4)Reporter: Tirta WulandaniSumber: Merdeka.com" closing the text
    ("soup_glued_code_reporter_source.txt", ["Tirta Wulandani"], "2015-11-05T14:56:00+07:00", "Jakarta"),
    # get_text(): "petugas.[fik]Rep: Nilam Sarasvati/ Red: Bima Pratomo" closing the text
    ("soup_glued_code_rep_red.txt", ["Nilam Sarasvati"], "2015-11-05T14:56:00+07:00", "Jakarta"),
    # "Tim Cek Fakta" over the text, "(Ditulis oleh X)" under it: the person, not the desk
    ("factcheck_desk_and_writer.html", ["Moch. Ardiansyahputra"], "2015-11-05T14:56:00+07:00", None),
    ("soup_factcheck_desk_and_writer.txt", ["Moch. Ardiansyahputra"], "2015-11-05T14:56:00+07:00", None),
    # get_text("\n", strip=True) of "<strong>Jakarta, CNN Indonesia</strong> -- Pemerintah ...":
    # the dateline on a line of its own, the text after its double dash on the next
    ("soup_strip_bold_dateline_double_dash.txt", ["Muh. Fadlan Kusumaraga"], "2022-12-08T16:40:00+08:00",
     "Jakarta"),
    # get_text("\n") of "<strong>Metrotvnews.com, Jakarta:</strong> Pemerintah ...": the outlet's
    # domain, the place and a colon on a line of their own
    ("soup_nl_bold_domain_dateline_colon.txt", ["Yulia Kartika"], "2016-03-02T09:41:00+07:00", "Jakarta"),
])
def test_dumped_page(name: str, authors: List[str], date: str, location: Optional[str]) -> None:
    article = newsextract.extract((PAGES / name).read_bytes())
    assert article.authors == authors
    assert article.date == date
    assert article.location == location
    assert article.title in {"Pemkot Perbaiki 40 Ruas Jalan Rusak Sebelum Musim Hujan",
                             "Ratusan Warga Ikuti Vaksinasi Massal di Gelanggang Olahraga",
                             "Harga Beras di Pasar Induk Turun Dua Pekan Berturut-turut",
                             "Sekolah Swasta Tambah Kelas untuk Siswa Pindahan"}
    assert article.body.startswith(FIRST)
    assert "Baca juga" not in article.body and "Kualitas Aspal" not in article.body
    assert "mengikuti arahan petugas." in article.body
    for furniture in ("[fik]", "(H-4)", "Reporter:", "Rep:", "Sumber:", "Ditulis oleh", "Diperbarui"):
        assert furniture not in article.body


TITLE = "Jalan Rusak Akibat Banjir Segera Diperbaiki Pemerintah"
PARS = ["Pemerintah daerah menyiapkan anggaran tambahan untuk memperbaiki jalan yang rusak akibat "
        "banjir pada awal bulan ini.",
        "Kepala dinas mengatakan perbaikan dimulai pekan depan dan selesai sebelum musim hujan "
        "berikutnya tiba di wilayah itu.",
        "Warga berharap pengerjaan jalan tidak mengganggu arus kendaraan yang setiap hari melintas "
        "menuju pusat kota dan pasar."]


def _both(head: str) -> List[newsextract.Article]:
    """The head lines between the headline and the text, as a dump and as HTML."""
    text = "\n\n".join([TITLE, head, *PARS]) + "\n"
    html = (f"<html><body><article><h1>{TITLE}</h1>" + "".join(f"<div>{x}</div>" for x in head.split("\n"))
            + "".join(f"<p>{p}</p>" for p in PARS) + "</article></body></html>")
    return [newsextract.extract(text), newsextract.extract(html)]


@pytest.mark.parametrize("head, authors", [
    # a name, a comma and the outlet it writes for, as "X, CNN" is in English
    ("Rizky Aditya, CNN Indonesia | Senin, 12/02/2024 10:00 WIB", ["Rizky Aditya"]),
    ("Rizky Aditya, CNN Indonesia", ["Rizky Aditya"]),
    ("Rizky Aditya, Kompas.com | Senin, 12/02/2024 10:00 WIB", ["Rizky Aditya"]),
    ("Rizky Aditya, Tribunnews.com", ["Rizky Aditya"]),
    # a place before the outlet is a dateline's, never a writer
    ("Kota Bogor, Kompas.com", []),
    ("Bandung Barat, Kompas.com", []),
    ("Jakarta, CNN Indonesia", []),
])
def test_name_comma_outlet(head: str, authors: List[str]) -> None:
    for article in _both(head):
        assert article.authors == authors


def test_title_line_with_a_clause_and_the_site_names_no_writer() -> None:
    # get_text("\n") of fixtures/idn/kapanlagi.html opens with its <title>, "Larasita Siapkan Album
    # Baru, Rilis Akhir Tahun - KapanLagi.com": a headline's clause after the comma, then the
    # site's name after a dash, is no writer and the outlet he writes for
    article = newsextract.extract((PAGES / "kapanlagi_soup_nl.txt").read_bytes())
    assert article.authors == ["Ajeng Kartika"]
    assert article.title == "Larasita Siapkan Album Baru, Rilis Akhir Tahun"


@pytest.mark.parametrize("head", ["Tim Cek Fakta\nKamis, 05/11/2015 14:56 WIB", "Oleh: Tim Cek Fakta"])
def test_a_desk_alone_is_kept_as_printed(head: str) -> None:
    # (FIELD-GUIDE: a team or desk is kept as printed only when no person is named)
    for article in _both(head):
        assert article.authors == ["Tim Cek Fakta"]


@pytest.mark.parametrize("last, kept", [
    # the desk's call to readers closing the text: no part of the story
    ("Punya cerita atau keluhan soal layanan publik? Kirim surat pembaca Anda ke redaksi@koran.example.",
     False),
    ("Kirimkan tulisan opini Anda ke opini@koran.example dengan panjang maksimal 700 kata.", False),
    # the story's own last sentence naming an address where the office takes complaints
    ("Warga dapat mengirimkan keluhan soal jalan rusak ke pengaduan@pemkot.example setiap hari kerja.",
     True),
    # a quotation or a reported request that asks readers to send something: the story's
    ('"Warga yang melihat jalan berlubang bisa kirim foto dan lokasinya ke aduan@pemkot.example agar '
     'segera kami tambal," kata Hartono.', True),
    ("Hartono meminta warga hubungi kami lewat posko@pemkot.example bila menemukan kerusakan baru, "
     "katanya menirukan pesan wali kota.", True),
    # the desk's call in the imperative, with no "surat pembaca"
    ("Hubungi kami di redaksi@koran.example untuk koreksi dan hak jawab.", False),
])
def test_reader_mail_line_closing_the_text(last: str, kept: bool) -> None:
    text = "\n\n".join([TITLE, "Penulis: Rina Marlina", *PARS, last]) + "\n"
    html = (f"<html><body><article><h1>{TITLE}</h1><div>Penulis: Rina Marlina</div>"
            + "".join(f"<p>{p}</p>" for p in [*PARS, last]) + "</article></body></html>")
    for data in (text, html):
        article = newsextract.extract(data)
        assert (last in article.body) is kept
        assert article.body.startswith(PARS[0]) and PARS[-1] in article.body
        assert article.authors == ["Rina Marlina"]


def test_related_heading_under_a_paragraph_in_lynx() -> None:
    # lynx -dump of fixtures/idn/liputan6_synd.html: a "Baca Juga" heading in a <div> over its
    # list, printed right under the paragraph's last line with no blank line: the paragraph ends
    # at its sentence, the list is no text, and the text goes on after it
    article = newsextract.extract((PAGES / "lynx_related_heading_div.txt").read_bytes())
    assert article.authors == ["Sekar Tri Wahyuningrat", "Yuniar Kemala"]
    assert "Baca Juga" not in article.body and "KPU DKI Tetapkan" not in article.body
    assert "kata Sukarta di Jakarta, Senin (18/3/2019).\n\n" in article.body
    assert article.body.endswith('supaya pemilih tahu partai mana yang tidak tertib," ujar dia.')
    assert [q.text.split()[0] for q in article.quotes] == ["Kami", "Teguran"]


def test_title_line_over_the_headline_with_nothing_under_it() -> None:
    # get_text("\n") opens with the <title>, "Headline - SURYA.co.id"; the page prints the
    # headline alone under the menu, with neither a date nor a byline under it (the writer's
    # name is folded into the share bar's run of links): the headline is the page's line,
    # without the site's name
    article = newsextract.extract((PAGES / "soup_nl_title_over_headline.txt").read_bytes())
    assert article.title == "Ratusan Warga Ikuti Vaksinasi Massal di Gelanggang Olahraga"
    assert article.location == "Surabaya"
    assert article.body.startswith(FIRST)


HEAD_ROLE = "Pewarta Foto Dianiaya, Polisi Buru Pelaku"
PAR_ROLE = ["Seorang pewarta foto dianiaya sekelompok orang saat meliput unjuk rasa di depan kantor bupati "
            "pada Senin siang.",
            "Kepala kepolisian resor setempat mengatakan petugas sudah mengantongi identitas dua orang yang "
            "diduga menjadi pelaku."]


@pytest.mark.parametrize("head", [HEAD_ROLE, "Wartawan Senior, Budi Santoso Tutup Usia"])
def test_headline_opening_with_a_role_is_no_placed_byline(head: str) -> None:
    # a headline that opens with a reporter's role and holds a comma, over its own byline: the
    # headline (in an <h1>, in a plain dump), and its clause after the comma names no writer
    text = "\n\n".join([head, "Penulis: Siti Rohmah", "Senin, 12 Februari 2024 10:00 WIB", *PAR_ROLE]) + "\n"
    html = (f"<html lang=\"id\"><body><article><h1>{head}</h1><div>Penulis: Siti Rohmah</div>"
            + "".join(f"<p>{p}</p>" for p in PAR_ROLE) + "</article></body></html>")
    for data in (text, html):
        article = newsextract.extract(data)
        assert article.title == head
        assert article.authors == ["Siti Rohmah"]


@pytest.mark.parametrize("name, title", [
    ("b1.txt", "Wartawan Senior, Budi Santoso Tutup Usia"), ("b2.html", "Wartawan Senior, Budi Santoso Tutup Usia"),
    ("b4.txt", HEAD_ROLE), ("b5.html", HEAD_ROLE),
])
def test_headline_opening_with_a_role_in_a_page(name: str, title: str) -> None:
    # the same under a menu and a breadcrumb, and over a photo's caption ("(Foto: ...)")
    article = newsextract.extract((PAGES / "review" / name).read_bytes())
    assert article.title == title
    assert article.authors == ["Siti Rohmah"]



@pytest.mark.parametrize("name, authors", [
    # "Agus Salim, Kompas.com" in a <figure> under its caption: the photo's credit, no writer
    ("photo_credit.html", ["Rina Marlina"]),
    ("photo_credit_en.html", ["Laura Bennett"]),  # "Mark Hughes, Herald" the same in English
    # and the desk over the text stays the page's only writer ("Penulis: Tim Redaksi")
    ("photo_credit_desk.html", ["Tim Redaksi"]),
])
def test_name_comma_outlet_under_a_caption_credits_the_photo(name: str, authors: List[str]) -> None:
    article = newsextract.extract((PAGES / "review" / name).read_bytes())
    assert article.authors == authors


@pytest.mark.parametrize("name", ["closing_quote_kirim.html", "closing_hubungi_kami.html"])
def test_closing_sentence_asking_readers_in_a_page(name: str) -> None:
    # the reviewer's pages: the story's last paragraph asks readers to send something, in a
    # quotation or as reported speech; it stays the body's end
    article = newsextract.extract((PAGES / "review" / name).read_bytes())
    assert article.body.rstrip().endswith(("kata Hartono.", "pesan wali kota."))


@pytest.mark.parametrize("name", ["soup_nl_double_dash_ad.txt", "soup_nl_double_dash_caption.txt",
                                  "soup_nl_double_dash_note.txt"])
def test_double_dash_line_goes_on_a_dateline_only(name: str) -> None:
    # get_text("\n"): a line opening with "-- " under a paragraph ("-- Advertisement --", a
    # caption "-- Gubernur ... (Foto: Humas)", a writer's note "-- Penulis adalah ...") is a line
    # of its own, not the rest of the paragraph; only a dateline's text is glued on that way
    article = newsextract.extract((PAGES / "review" / name).read_bytes())
    pars = article.body.split("\n\n")
    assert "Menurut dia, anggaran perbaikan berasal dari dana cadangan yang disetujui dewan bulan lalu." in pars
    assert pars[-1].endswith("mengikuti arahan petugas.")
    assert "Penulis adalah" not in article.body and "Gubernur Jawa Barat" not in article.body
