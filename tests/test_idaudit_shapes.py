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
    ("lynx_baca_juga_div.txt", ["Denny Marhendri"], "2016-06-13T14:05:00+07:00", "Jakarta"),
    # get_text("\n", strip=True): "jpnn.com, JAKARTA - ..." under a caption closed by ")"
    ("soup_strip_domain_dateline.txt", ["Rina Marlina", "Agus Salim"], "2020-07-11T08:00:00+07:00", "Jakarta"),
    # get_text(): "Reporter : XEditor : YKamis, 8 Des 2022 | 16:40 WITA"
    ("soup_glued_editor_label.txt", ["Muh. Syahrul Ramadhan"], "2022-12-08T16:40:00+08:00", "Mataram, NTB"),
    # get_text(): "Rabu, 18 Mei 2016 | 06:30 WIBPenulis: Siti Rohmah"
    ("soup_glued_zone_label.txt", ["Siti Rohmah"], "2016-05-18T06:30:00+07:00", None),
    # get_text(): "Kontributor Garut, Ahmad Rizal FauziJumat, 27 Mei 2022 07:12 WIB"
    ("soup_glued_day.txt", ["Ahmad Rizal Fauzi"], "2022-05-27T07:12:00+07:00", None),
    # get_text(): "Tim RedaksiSenin, 6 Jan 2025 08:00 WIB": a desk, kept while no person is named
    ("soup_glued_team_day.txt", ["Tim Redaksi"], "2025-01-06T08:00:00+07:00", None),
])
def test_dumped_page(name: str, authors: List[str], date: str, location: Optional[str]) -> None:
    article = newsextract.extract((PAGES / name).read_bytes())
    assert article.authors == authors
    assert article.date == date
    assert article.location == location
    assert article.title in {"Pemkot Perbaiki 40 Ruas Jalan Rusak Sebelum Musim Hujan",
                             "Ratusan Warga Ikuti Vaksinasi Massal di Gelanggang Olahraga",
                             "Harga Beras di Pasar Induk Turun Dua Pekan Berturut-turut"}
    assert article.body.startswith(FIRST)
    assert "Baca juga" not in article.body and "Kualitas Aspal" not in article.body
    assert "mengikuti arahan petugas." in article.body


def test_title_line_with_a_clause_and_the_site_names_no_writer() -> None:
    # get_text("\n") of fixtures/idn/kapanlagi.html opens with its <title>, "Raisa Siapkan Album
    # Baru, Rilis Akhir Tahun - KapanLagi.com": a headline's clause after the comma, then the
    # site's name after a dash, is no writer and the outlet he writes for
    article = newsextract.extract((PAGES / "kapanlagi_soup_nl.txt").read_bytes())
    assert article.authors == ["Ajeng Kartika"]
    assert article.title == "Raisa Siapkan Album Baru, Rilis Akhir Tahun"
