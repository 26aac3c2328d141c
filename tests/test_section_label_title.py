"""A section's label over the headline ("Latest News", "Berita Terkini") made the headline an item of
a list, and a dump's first line that is a site's name ("IDN Times") beat a headline with its byline
under it: the title was null, the site's name or the editor's line."""

from __future__ import annotations

import pytest

from pathlib import Path

from newsextract import extract

_FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "lone23"

_ID_HEAD = ("Polisi Tangkap Pelaku Pencurian Motor di Bekasi", "Penulis: Aryodamar\nSabtu, 15 Feb 2025 | 14:20 WIB")
_ID_TEXT = ("Polisi menangkap dua pelaku pencurian sepeda motor di Kecamatan Tambun Selatan, Kabupaten Bekasi, "
            "pada Jumat malam. Keduanya ditangkap saat hendak menjual motor curian ke penadah.",
            "Kapolsek Tambun AKP Wahyu Hidayat mengatakan, kedua pelaku sudah beraksi di 12 lokasi sejak "
            "Desember lalu. \"Mereka spesialis motor yang diparkir di depan minimarket,\" kata Wahyu.")
_EN_HEAD = ("Police Arrest Two Motorbike Thieves in Bekasi", "By Jane Doe\nSaturday, Feb 15, 2025 14:20")
_EN_TEXT = ("Police arrested two motorbike thieves in Tambun Selatan, Bekasi regency, on Friday night. They "
            "were caught trying to sell a stolen motorbike to a fence.",
            "The local police chief said the two had struck at 12 places since December, mostly outside "
            "minimarkets in the area.")


def _dump(*blocks: str) -> bytes:
    return ("\n\n".join(blocks) + "\n").encode()


@pytest.mark.parametrize("label", ["Berita Terkini", "Latest News"])
def test_section_label_over_the_headline(label: str) -> None:
    head, text = (_ID_HEAD, _ID_TEXT) if label.startswith("Berita") else (_EN_HEAD, _EN_TEXT)
    article = extract(_dump(label, *head, *text))
    assert article.title == head[0]


def test_section_label_then_a_trail_over_the_headline() -> None:
    article = extract(_dump("Berita Terkini", "Home > News > Indonesia", *_ID_HEAD,
                            "Editor Irfan Fathurohman", *_ID_TEXT))
    assert article.title == _ID_HEAD[0]
    assert article.authors == ["Aryodamar"]


def test_section_label_over_an_html_headline() -> None:
    page = ("<html><body><div><h3>Latest News</h3><h1>Police Arrest Two Motorbike Thieves in Bekasi</h1>"
            "<p>By Jane Doe</p><p>Saturday, Feb 15, 2025 14:20</p>"
            + "".join(f"<p>{p}</p>" for p in _EN_TEXT) + "</div></body></html>")
    assert extract(page.encode()).title == _EN_HEAD[0]
    titled = page.replace("<html>", "<html><head><title>Daily Star</title></head>")
    assert extract(titled.encode()).title == _EN_HEAD[0]


def test_a_list_of_teasers_stays_a_list() -> None:
    # a list's teasers, each with its writer: the headline is the line over the story's own byline
    article = extract(_dump("Most Read", "Flood Waters Recede in North Jakarta\nBy John Roe",
                            "Governor Opens New Bus Line\nBy Ann Lee", *_EN_HEAD, *_EN_TEXT))
    assert article.title == _EN_HEAD[0]
    # a teaser with its date under a list's label below the headline's byline is no headline
    article = extract(_dump(*_EN_HEAD, "Latest News", "Flood Waters Recede in North Jakarta\n2 hours ago",
                            *_EN_TEXT))
    assert article.title == _EN_HEAD[0]


@pytest.mark.parametrize("first", ["IDN Times", "Tribun News"])
def test_a_site_name_first_line_over_a_signed_headline(first: str) -> None:
    # a dump whose paragraphs are not wrapped and whose lists are set in is read as
    # BeautifulSoup's, whose first line is the <title>: a site's name there is no headline
    text = ("Bekasi, IDN Times - " + _ID_TEXT[0], _ID_TEXT[1], "1. Pelaku menggunakan kunci letter T",
            "Wahyu menjelaskan, pelaku membobol kunci motor dengan kunci letter T dalam waktu kurang dari "
            "satu menit.", "2. Terancam hukuman tujuh tahun penjara",
            "Kedua pelaku dijerat Pasal 363 KUHP dengan ancaman hukuman maksimal tujuh tahun penjara.",
            "Topik:\n  • Bekasi\n  • Pencurian Motor")
    article = extract(_dump(first, *_ID_HEAD, *text))
    assert article.title == _ID_HEAD[0]


@pytest.mark.parametrize("first", ["Dua Pencuri Motor Ditangkap Polisi di Bekasi", "Pencuri Motor Ditangkap"])
def test_a_headline_first_line_is_still_the_title(first: str) -> None:
    # a <title> line that is the headline, over a teaser with a date under it, stays the title
    text = ("Bekasi - " + _ID_TEXT[0], _ID_TEXT[1], "1. Pelaku menggunakan kunci letter T",
            "Wahyu menjelaskan, pelaku membobol kunci motor dengan kunci letter T dalam waktu kurang dari "
            "satu menit.", "Topik:\n  • Bekasi\n  • Pencurian Motor")
    article = extract(_dump(first, "Polisi Gelar Razia Kendaraan di Tambun", "Sabtu, 15 Feb 2025 | 14:20 WIB", *text))
    assert article.title == first


# a review's inputs: lists under the headline's own credit, a dated teaser over a short headline,
# a short headline as the dump's first line over a live blog's label; the title the page prints
@pytest.mark.parametrize("name,title", [
    ("en_related_under_byline", "Government Extends Bus Fare Cap for Another Year"),
    ("nl_list_under_date", "Kabinet verlengt huurplafond met vier jaar"),
    ("de_dated_teaser_over_short_headline", "Scholz entlässt Lindner"),
    ("de_short_title_over_live_label", "Mietpreisbremse wird verlängert"),
    ("en_short_title_over_live_label", "Bus Fares Capped"),
])
def test_teasers_and_labels_near_the_headline(name: str, title: str) -> None:
    assert extract((_FIXTURES / f"{name}.txt").read_bytes()).title == title


def test_a_list_folded_into_a_menu_gives_no_teaser_for_title() -> None:
    # "I più letti" / a teaser / its date / the headline / its date: the last three lines fold into a
    # menu; the teaser is no headline (the headline itself is still missed: null, as before)
    title = extract((_FIXTURES / "it_list_over_short_headline.txt").read_bytes()).title
    assert title in (None, "Autobus, tariffe bloccate")
