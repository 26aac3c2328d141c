"""Indonesian outlets the corpora do not hold, every field: pages of our own making in the
outlets' shapes (fixtures/idp25/README.md), as HTML and as w3m, lynx and pandoc Markdown dumps,
and the rules they called for, each with the near misses it must leave alone."""

from __future__ import annotations

import json
import re
from typing import List, Optional

import pytest

import newsextract
from newsextract.blocks import clean_text
from newsextract.classify import _date_line
from newsextract.fields.byline import names_near_date
from newsextract.fields.quotes import extract_quotes
from newsextract.profiles import get_profile, merged
from newsextract.segment.dumps import undecorate
from tests.conftest import FIXTURES

PAGES = FIXTURES / "idp25"
EXPECTED = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
FORMS = ("html", "w3m", "lynx", "pandoc_markdown")
ID = get_profile("id")


def _ws(s: Optional[str]) -> str:
    return re.sub(r"\s+", " ", (s or "").replace("\u2013", "-").replace("\u2014", "-")).strip()


def _read(name: str, form: str) -> bytes:
    path = PAGES / (f"{name}.html" if form == "html" else f"{name}.{form}.txt")
    return path.read_bytes()


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_invented_outlet_page(name: str, form: str) -> None:
    want = EXPECTED[name]
    rec = newsextract.extract(_read(name, form)).to_dict()
    assert rec["title"] == want["title"]
    if len(want["date"]) == 10:
        assert (rec["date"] or "")[:10] == want["date"]
    else:
        assert (rec["date"] or "")[:16] == want["date"] and rec["date"].endswith("+07:00")
    assert sorted(rec["authors"]) == sorted(want["authors"])
    assert rec["location"] == want["location"]
    body = _ws(rec["body"])
    assert body.startswith(_ws(want["first"]))
    assert body.endswith(_ws(want["last"]))
    quotes = [(_ws(q["text"]).strip("\"' "), q["speaker"]) for q in rec["quotes"]]
    for start, speaker in want["quotes"]:
        found = [q for q in quotes if q[0].startswith(start)]
        assert found, start
        assert found[0][1] == speaker, start


# --- a date's line behind the outlet's name and a bar (CNN Indonesia's head) ---------------

@pytest.mark.parametrize("line", [
    "CNN Indonesia | Senin, 12/02/2024 10:00 WIB",
    "CNBC Indonesia | 12 February 2024 10:00",
    "Nasional | Senin, 12/02/2024 10:00 WIB",
])
def test_site_bar_date_is_a_date_line(line: str) -> None:
    assert _date_line(line)


@pytest.mark.parametrize("line", [
    "Jokowi dan Prabowo bertemu di Istana | 12/02/2024",  # a sentence before the bar
    "Harga emas | naik 2 persen hari ini",                 # no date after it
    "CNN Indonesia | Berita Terkini",                       # a menu's line
])
def test_bar_lines_that_are_no_date_line(line: str) -> None:
    assert not _date_line(line)


# --- the next page's heading over its counter ("1 dari 2 halaman" articles) -----------------

_PAGED = """<html><body><main><article><h1>Harga Cabai Naik Jelang Ramadan di Pasar Induk</h1>
<div class="page" data-page="1"><span>1 dari 2 halaman</span><p>Liputan6.com, Jakarta - Harga cabai rawit di Pasar Induk Kramat Jati
naik menjadi Rp 90.000 per kilogram menjelang Ramadan. Pedagang menyebut pasokan dari daerah
sentra berkurang karena hujan.</p>
<p>Kenaikan harga juga terjadi pada bawang merah dan tomat dalam sepekan terakhir, menurut catatan
pengelola pasar yang memantau harga setiap pagi.</p></div>
<div class="page" data-page="2"><div class="title"><h2>{heading}</h2><span>2 dari 2 halaman</span></div>
{after}</div></article>
<footer><p>Copyright 2024 Liputan6.com</p></footer></main></body></html>"""


def test_next_page_heading_over_its_counter_goes_on() -> None:
    html = _PAGED.format(heading="Pemerintah Siapkan Operasi Pasar", after=(
        "<p>Pemerintah menyiapkan operasi pasar di 20 titik untuk menekan harga cabai selama bulan"
        " puasa, dengan pasokan dari gudang Bulog di beberapa daerah.</p>"))
    body = newsextract.extract(html.encode()).body
    assert "Pemerintah Siapkan Operasi Pasar" in body
    assert body.endswith("di beberapa daerah.")
    assert "dari 2 halaman" not in body


@pytest.mark.parametrize("heading, counter", [
    ("Suara Pembaca", "1 dari 3 halaman"),     # the readers' comments' first page
    ("Komentar Pembaca", "2 dari 3 halaman"),  # a comments heading
    ("Foto Pilihan", "Halaman 2"),             # a pager's link, no page of the article
])
def test_heading_over_other_counters_is_not_taken(heading: str, counter: str) -> None:
    html = _PAGED.replace("<span>2 dari 2 halaman</span>", f"<span>{counter}</span>").format(
        heading=heading, after=(
            "<p>Harga cabai memang selalu naik setiap tahun, pemerintah harus turun tangan sebelum"
            " Ramadan tiba dan jangan hanya berjanji kepada para pedagang.</p>"))
    body = newsextract.extract(html.encode()).body
    assert body.endswith("setiap pagi.")


def test_heading_over_counter_then_links_is_not_taken() -> None:
    # a near miss: what follows the counter is a list of teasers, no text
    html = _PAGED.format(heading="Berita Pilihan", after=(
        '<ul><li><a href="/a">Harga Beras Turun di Pasar Cipinang</a></li>'
        '<li><a href="/b">Stok Gula Aman Hingga Lebaran</a></li></ul>'))
    body = newsextract.extract(html.encode()).body
    assert body.endswith("setiap pagi.")


# --- the writer, a bar, then the desk (mediaindonesia's head) --------------------------------

def test_writer_bar_desk() -> None:
    assert names_near_date("Rahmat Nurhidayat | Politik dan Hukum", ["12 Februari 2025, 14:35"],
                           merged()) == ["Rahmat Nurhidayat"]


@pytest.mark.parametrize("line", [
    "Rahmat Nurhidayat | Menteri Keuangan",  # a role, not a desk
    # (rv-idp25) a topic's tag over the desk: no given name opens it
    "Olimpiade Paris | Olahraga dan Kesehatan",
    "Kabinet Merah Putih | Politik",
    "Paris Olympics | Sport",
    "Lihat Foto | Nasional",
    "Photo Gallery | Sport",
    "Gaza Palestina | Internasional",
    "Tol Cipali | Otomotif",
    "Politik | Hukum",                         # two desks
    "Berita Terkini | Politik",                # a menu's words
])
def test_bar_lines_that_name_no_writer(line: str) -> None:
    assert names_near_date(line, ["12 Februari 2025, 14:35"], merged()) == []


# --- speakers ---------------------------------------------------------------------------------

def _speakers(*pars: str) -> List[Optional[str]]:
    return [q.speaker for q in extract_quotes(list(pars), ID)]


Q = '"Warga sudah kami data semua sejak kemarin sore,"'


@pytest.mark.parametrize("pars, want", [
    # a body's short form the text spells out, before the name ("Badan Pangan Nasional (Bapanas)")
    (["Badan Pangan Nasional (Bapanas) menggelar operasi pasar.",
      "Kepala Bapanas Arief Prasetyo Adi menuturkan stoknya cukup. " + Q + " tutur Arief."],
     ["Arief Prasetyo Adi"]),
    # a nickname after a name of two words is no body's short form
    (["Presiden Joko Widodo (Jokowi) meninjau pasar.", Q + " kata Presiden Jokowi Widodo."], ["Jokowi Widodo"]),
    # a territory between the head's title and the name, the name going on alone
    (["Bupati Sleman Kustini Sri Purnomo meminta warga waspada.", Q + " ungkap Kustini."],
     ["Kustini Sri Purnomo"]),
    (["Bupati Bogor Iwan Setiawan mengaku prihatin.", Q + " tutur Iwan."], ["Iwan Setiawan"]),
    (["Bupati Kendal Dico Mahtado Ganinduto meninjau lokasi.", Q + " kata Dico."], ["Dico Mahtado Ganinduto"]),
    # near misses: a given name opens the name; the place is DKI's; the territory is named alone
    (["Bupati Muhammad Ali Akbar Siregar meninjau lokasi.", Q + " kata Ali."], ["Muhammad Ali Akbar Siregar"]),
    (["Gubernur DKI Jakarta Anies Baswedan meninjau lokasi di Jakarta.", Q + " kata Anies."], ["Anies Baswedan"]),
    (["Bupati Kendal Dico Mahtado Ganinduto meninjau lokasi.", Q + " kata Kendal."],
     ["Kendal Dico Mahtado Ganinduto"]),
    # a short name the press uses, only where the text prints the full name
    (["Presiden Joko Widodo meresmikan bendungan itu.", Q + " kata Jokowi."], ["Joko Widodo"]),
    (["Gubernur Jawa Barat Ridwan Kamil meninjau lokasi.", Q + " kata Kang Emil, sapaan akrabnya."],
     ["Ridwan Kamil"]),
    (["Warga bernama Ahok Santoso mengaku rugi.", Q + " kata Ahok."], ["Ahok Santoso"]),
    # an office's list of words past its comma, a body's acronym before the name
    ([Q + " kata Kepala Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB Abdul Muhari."], ["Abdul Muhari"]),
    ([Q + " kata Kepala Desa Sukamaju, Ahmad Yani dan Camat Cibinong Rudi Hartono."], ["Ahmad Yani"]),
    ([Q + " kata Kepala Dinas Sosial, Rina Marlina."], ["Rina Marlina"]),
    # "kata dia" / "ujarnya": the last person named; a quotation inside a quotation is the speaker's
    (["Wakil Ketua Komisi III DPR Habiburokhman mengaku siap.",
      "\"Pak Jokowi bilang ke saya, 'Tolong segera diselesaikan,' begitu,\" ujar Habiburokhman.",
      "Dia menambahkan, pembahasan melibatkan PPATK. " + Q + " kata dia."],
     ["Habiburokhman", "Habiburokhman"]),
])
def test_speakers(pars: List[str], want: List[Optional[str]]) -> None:
    assert _speakers(*pars) == want


# --- pandoc's Markdown: a page whose only attribute is its headline's ------------------------

def test_one_heading_attribute_in_fenced_markdown() -> None:
    text = ("::: header\n::: breadcrumb\nHome\n:::\n\n# Anies: Jalur Sepeda Dibuka {#anies-jalur .detail__title}\n"
            ":::\n\nJakarta - Teks berita.\n")
    assert "# Anies: Jalur Sepeda Dibuka\n" in undecorate(text)


def test_braces_in_plain_markdown_stay() -> None:
    text = "# Kode {#x .y}\n\nTeks dengan kurung kurawal.\n"  # no fences: not proved pandoc's
    assert undecorate(text) == text


# --- pandoc's smart dash before a bold's closing mark is no rule ------------------------------

@pytest.mark.parametrize("text, want", [
    ("**Jakarta --** Polda Metro Jaya", "**Jakarta --** Polda Metro Jaya"),
    ("**KOMPAS.com ---** Ratusan warga", "**KOMPAS.com ---** Ratusan warga"),
    ("-------", " "),
    ("--**--**", " "),
    ("a ---- b", "a   b"),
])
def test_rules_and_smart_dashes(text: str, want: str) -> None:
    assert clean_text(text) == want


# --- rv-idp25's inputs (fixtures/idp25/rv/), expectations read by eye -------------------------

def _rv(name: str) -> dict:
    return newsextract.extract((PAGES / "rv" / name).read_bytes()).to_dict()


@pytest.mark.parametrize("name, rows", [
    # a label of a lowercase word before the bar and a date: a line of the text
    ("t28_single.html", ["Batas akhir pendaftaran | 30 Maret 2024"]),
    ("t29_en.html", ["Application deadline | March 30, 2024"]),
    ("t23_timeline.html", ["Pendaftaran calon | 27 Agustus 2024", "Pemungutan suara | 27 November 2024"]),
    # two sides of a fixture before the bar; a schedule's rows, capitalised
    ("t08_sched.html", ["Indonesia vs Bahrain | 20 Maret 2025", "Indonesia vs China | 25 Maret 2025"]),
    ("t30_sched_caps.html", ["Pendaftaran Calon | 27 Agustus 2024", "Penetapan Calon | 22 September 2024"]),
    # one capitalised row under the text's lead-in to it
    ("t31_row_caps.html", ["Batas Akhir Pendaftaran | 30 Agustus 2024"]),
])
def test_bar_rows_of_the_text_stay(name: str, rows: List[str]) -> None:
    body = _rv(name)["body"]
    for row in rows:
        assert row in body


@pytest.mark.parametrize("line", [
    "Indonesia vs Bahrain | 20 Maret 2025",
    "Persija v Persib | 20 Maret 2025",
    "Arsenal - Chelsea | 12 March 2024",
    "Batas akhir pendaftaran | 30 Maret 2024",
])
def test_bar_labels_that_make_no_date_line(line: str) -> None:
    assert not _date_line(line)


@pytest.mark.parametrize("name", ["t14_kicker_olimp.txt", "t24_olimp.html"])
def test_topic_tag_over_the_desk_is_no_writer(name: str) -> None:
    # "Olimpiade Paris | Olahraga dan Kesehatan" over the date: the story's topic, printed in the text
    assert _rv(name)["authors"] == []


@pytest.mark.parametrize("name, heading", [
    ("t27_gallery.html", "Foto Pilihan"),       # a gallery's "2 dari 12", no first page's counter
    ("t20_quiz.txt", "Galeri Foto Pilihan"),
    ("t18_en_popular.txt", "Reader Letters"),   # a heading of readers' letters
    ("t19_id_tanggapan.txt", "Tanggapan Warganet"),
    ("t21_en_more.txt", "Photo Gallery"),
])
def test_box_heading_over_a_counter_stays_out(name: str, heading: str) -> None:
    assert heading not in _rv(name)["body"]


def test_gallery_counter_keeps_its_photos_out() -> None:
    assert _rv("t27_gallery.html")["body"].endswith("Rp 14.000 per kilogram.")


@pytest.mark.parametrize("name, speakers", [
    # a nickname the text prints before another name word is someone else's name
    ("q06_emil_min.txt", ["Emil Dardak"]),
    ("q07_ipul.txt", ["Ipul Hasan", "Ipul Hasan"]),
    ("q12_jokowi.txt", ["Joko Widodo", "Kaesang Pangarep", "Ahok Wijaya"]),
    # a first word no dateline city and not printed as a place: a given name
    ("q03_sleman.txt", ["Suryo Hadi Wibowo", "Harda Kiswaya Santoso"]),
    # a comma after a village head's title, then a name: the name is that title's
    ("q09_comma.txt", ["Paimo", "Sukardi"]),
])
def test_rv_speakers(name: str, speakers: List[str]) -> None:
    assert [q["speaker"] for q in _rv(name)["quotes"]] == speakers
