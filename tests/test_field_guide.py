"""The rows of ../shared/FIELD-GUIDE.md, one shape each: a byline or dateline as a page prints
it, set in a small dump (headline, credit line, three paragraphs), and what it must give."""

from __future__ import annotations

from typing import List, Optional

import pytest

import newsextract

ID_TITLE = "Jalan Rusak Akibat Banjir Segera Diperbaiki Pemerintah"
ID_PARS = ["Pemerintah daerah menyiapkan anggaran tambahan untuk memperbaiki jalan yang rusak "
           "akibat banjir pada awal bulan ini.",
           "Kepala dinas mengatakan perbaikan dimulai pekan depan dan selesai sebelum musim hujan "
           "berikutnya tiba di wilayah itu.",
           "Warga berharap pengerjaan jalan tidak mengganggu arus kendaraan yang setiap hari "
           "melintas menuju pusat kota dan pasar."]
EN_TITLE = "City Council Approves Money For Flood-Damaged Roads"
EN_PARS = ["The city council approved extra money on Tuesday to repair roads damaged by the "
           "floods earlier this month.",
           "The head of public works said repairs would start next week and finish before the "
           "next rainy season arrives in the region.",
           "Residents hope the work will not block the traffic that passes every day on the way "
           "to the city centre and the market."]


def _page(head: str, lead: str = "", english: bool = False) -> newsextract.Article:
    title, pars = (EN_TITLE, EN_PARS) if english else (ID_TITLE, ID_PARS)
    text = "\n\n".join([title, head, lead + pars[0], *pars[1:]]) + "\n"
    return newsextract.extract(text)


def _has_tz() -> bool:
    try:
        from zoneinfo import ZoneInfo

        ZoneInfo("America/New_York")
    except Exception:
        return False
    return True


_HAS_TZ = _has_tz()


def _html_page(head: str, english: bool = False, pars: Optional[List[str]] = None) -> newsextract.Article:
    """The same page as a small HTML document: each line of `head` a <div> of its own (as a
    byline's label and name often are), the paragraphs in <p>."""
    title, base = (EN_TITLE, EN_PARS) if english else (ID_TITLE, ID_PARS)
    lines = "".join(f"<div>{line}</div>" for line in head.split("\n"))
    ps = "".join(f"<p>{p}</p>" for p in (pars or base))
    return newsextract.extract(f"<!doctype html><html><head><title>{title}</title></head><body>"
                               f"<article><h1>{title}</h1><div class='meta'>{lines}</div>{ps}"
                               f"</article></body></html>")


@pytest.mark.parametrize("line, authors", [
    ("Penulis: Andi Wijaya", ["Andi Wijaya"]),
    ("Penulis : Andi Wijaya", ["Andi Wijaya"]),
    ("Reporter : Denny Marhendri", ["Denny Marhendri"]),
    ("Pewarta: Nur Imansyah\nEditor: Budi Santoso", ["Nur Imansyah"]),
    ("Oleh Ibrahim Hasan pada 16 Agu 2022, 09:20 WIB", ["Ibrahim Hasan"]),
    ("Oleh: Ibrahim Hasan", ["Ibrahim Hasan"]),
    ("Andhika Prasetyo - detikNews", ["Andhika Prasetyo"]),
    ("Dewi Kania, Jurnalis · Rabu, 14 Juni 2023 10:00 WIB", ["Dewi Kania"]),
    ("Laporan Wartawan Tribunnews.com, Rina Ayu", ["Rina Ayu"]),
    ("Laporan Reporter Tribun Jateng, Rina Ayu", ["Rina Ayu"]),
    ("Penulis Andi Wijaya | Editor Budi Santoso", ["Andi Wijaya"]),
    ("Andhika Prasetyo | Kamis, 5 November 2015 14:56 WIB", ["Andhika Prasetyo"]),
    ("Andhika Prasetyo\n\nKamis, 5 November 2015 14:56 WIB", ["Andhika Prasetyo"]),
    # two names over the date alone: the writer, then the editor
    ("Rendy Adrikni Sadikin | Ria Rizki Nirmala Sari\n\nSenin, 23 Mei 2022 | 16:42 WIB",
     ["Rendy Adrikni Sadikin"]),
    ("Gayuh Tri Pinjungwati02 Jun 2020, 19:15 WIB", ["Gayuh Tri Pinjungwati"]),
    ("(Ditulis oleh Rina Ayu)", ["Rina Ayu"]),
    ("CNN Indonesia | Senin, 12/02/2024 10:00 WIB", []),
    ("Reporter: Rahmat Hidayat (Makassar)", ["Rahmat Hidayat"]),  # the correspondent's city
    ("Penulis: danang triatmojo | Editor: Adi Suhendi", ["Danang Triatmojo"]),  # a CMS's lower case
])
def test_indonesian_bylines(line: str, authors: List[str]) -> None:
    assert _page(line).authors == authors


@pytest.mark.parametrize("line, authors", [
    ("By MEG KINNARD", ["Meg Kinnard"]),
    ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
    ("By Jane Doe, John Roe and Ann Poe", ["Jane Doe", "John Roe", "Ann Poe"]),
    ("By Jane Doe, Associated Press", ["Jane Doe"]),
    ("Jane Doe, AP Sports Writer", ["Jane Doe"]),
    ("Jane Doe | Reuters", ["Jane Doe"]),
    ("Jane Doe, CNN", ["Jane Doe"]),
    ("Associated Press", []),
    ("The Associated Press", []),
    ("PTI", []),
    ("Staff Reports", []),
    ("Web Desk", []),
    ("By SEAN MARTIN\n\nEmail Me", ["Sean Martin"]),
    ("By Jane Doe\n\nAP National Security Writer", ["Jane Doe"]),
])
def test_english_bylines(line: str, authors: List[str]) -> None:
    assert _page(line, english=True).authors == authors


@pytest.mark.parametrize("lead, location", [
    ("JAKARTA, KOMPAS.com - ", "Jakarta"), ("JAKARTA, KOMPAS.com -- ", "Jakarta"),
    ("Jakarta (ANTARA) - ", "Jakarta"), ("Mataram, NTB (ANTARA News) - ", "Mataram, NTB"),
    ("TEMPO.CO, Jakarta - ", "Jakarta"), ("Liputan6.com, Jakarta - ", "Jakarta"),
    ("Fimela.com, Jakarta ", "Jakarta"), ("Metrotvnews.com, Jakarta: ", "Jakarta"),
    ("Suara.com - ", None), ("jpnn.com, JAKARTA - ", "Jakarta"),
    ("TRIBUNNEWS.COM, JAKARTA - ", "Jakarta"), ("SURYA.co.id, SURABAYA - ", "Surabaya"),
    ("Jakarta, CNN Indonesia -- ", "Jakarta"), ("Jakarta, CNBC Indonesia - ", "Jakarta"),
    ("Jakarta, IDN Times - ", "Jakarta"), ("Jakarta - ", "Jakarta"),
    ("Bandung, Beritasatu.com - ", "Bandung"), ("Denpasar, Bali Post - ", "Denpasar"),
    # the guide's casing note: a place in capitals is title-cased, its abbreviations are not
    ("KABUPATEN MANGGARAI BARAT, KOMPAS.com - ", "Kabupaten Manggarai Barat"),
    ("DKI JAKARTA, KOMPAS.com - ", "DKI Jakarta"), ("SLEMAN, DIY (ANTARA) - ", "Sleman, DIY"),
    ("Suarasurabaya.net| ", None),  # the outlet's domain and a bar: the tag still comes off
])
def test_indonesian_datelines(lead: str, location: Optional[str]) -> None:
    page = _page("Penulis: Andi Wijaya", lead)
    assert page.location == location
    assert page.body.startswith(ID_PARS[0])  # the dateline is not the body's


@pytest.mark.parametrize("lead, location", [
    ("BUFFALO, N.Y. (AP) — ", "Buffalo, N.Y."), ("COLUMBIA, S.C. (AP) — ", "Columbia, S.C."),
    ("HANOI, Vietnam (AP) — ", "Hanoi, Vietnam"), ("NEW DELHI: ", "New Delhi"),
    ("LONDON (Reuters) - ", "London"), ("Indianapolis – ", "Indianapolis"),
    ("(CNN) ", None), ("(Reuters) - ", None),  # the row's "no place": the tag still comes off
    # AP prints a name's prefix in its case and the rest in capitals: a place, not an outlet tag
    ("McALLEN, Texas (AP) — ", "McAllen, Texas"), ("DeKALB, Ill. (AP) — ", "DeKalb, Ill."),
    ("WINSTON-SALEM, N.C. (AP) — ", "Winston-Salem, N.C."),
    # a press release's wire between slashes, after the date
    ("NEW YORK, Nov. 19, 2019 /PRNewswire/ -- ", "New York"),
])
def test_english_datelines(lead: str, location: Optional[str]) -> None:
    page = _page("By Jane Doe", lead, english=True)
    assert page.location == location
    assert page.body.startswith(EN_PARS[0])


@pytest.mark.parametrize("lead", ["WARNING GRAPHIC DETAIL: ", "BREAKING: ", "EXCLUSIVE: "])
def test_a_kicker_in_capitals_is_no_dateline(lead: str) -> None:
    # capitals and a colon as "NEW DELHI:" prints them, but a label, not a place: it stays
    page = _page("By Jane Doe", lead, english=True)
    assert page.location is None
    assert page.body.startswith(lead + EN_PARS[0])


@pytest.mark.parametrize("line", [
    "Baca juga: Jalan Tol Baru Dibuka Pekan Depan", "Baca Juga : Jalan Tol Baru Dibuka",
    "Video: Banjir Rendam Permukiman di Bandung",
    "BACA JUGA: Jalan Tol Baru Dibuka", "Simak juga: Video Banjir di Kota", "Lihat juga: Foto Banjir",
    "Artikel terkait: Banjir Lagi", "ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT",
    "Baca Selanjutnya: Jalan Tol Baru Dibuka", "Klik untuk baca: Jalan Tol Baru Dibuka", "Halaman selanjutnya", "1 dari 3 halaman", "Halaman 2",
    "Lihat postingan ini di Instagram", "Sebuah kiriman dibagikan oleh Kota Bersih (@kotabersih)",
    "View this post on Instagram", "Databoks: Jumlah Jalan Rusak 2024",
    "Facebook Twitter Google+ WhatsApp", "WhatsApp Facebook Pinterest E-Mail",
    "Published Jun 05, 2026 • 3 minute read", "Lesedauer: 4 Min.", "Waktu baca 3 menit",
    "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu "
    "akses berita Kompas.com WhatsApp Channel",
    "Dapatkan berita terbaru setiap hari dari kami di Google News",
    "Artikel ini telah tayang di Tribunnews.com dengan judul Jalan Rusak Diperbaiki",
    "Artikel ini telah naik di detikBali dengan judul Jalan Rusak", "Tag: banjir, jalan rusak",
])
@pytest.mark.parametrize("where", ["inside", "after"])
def test_furniture_in_the_article_column(line: str, where: str) -> None:
    pars = ID_PARS[:2] + [line] + ID_PARS[2:] if where == "inside" else ID_PARS + [line]
    text = "\n\n".join([ID_TITLE, "Penulis: Andi Wijaya", *pars]) + "\n"
    body = newsextract.extract(text).body
    assert body == "\n\n".join(ID_PARS)


def test_headline_under_a_breadcrumb_beats_the_standfirst_under_it() -> None:
    text = ("Home » Cities » Delhi\n\nDelhi orders primary schools shut as air quality turns severe\n\n"
            "Construction has been halted and diesel trucks barred from entering the city\n\n"
            "By Ananya Rao\nPublished: 19/11/2019, 20:59 IST\n\n" + "\n\n".join(EN_PARS) + "\n")
    assert newsextract.extract(text).title == "Delhi orders primary schools shut as air quality turns severe"


def test_a_photo_story_headline_opens_with_a_photo_label() -> None:
    from newsextract.blocks import Block
    from newsextract.fields.title import find_title
    from newsextract.profiles import get_profile

    head = "FOTO: Warga Bersihkan Lumpur Banjir di Pasar Induk Kota"
    blocks = [Block("Harga Cabai Naik Lagi Jelang Lebaran", 0), Block(head, 1), Block(ID_PARS[0], 2)]
    blocks[1].caption = True  # a caption marker opens it, so the classifier flags it
    assert find_title(blocks, 2, get_profile("id")) == (head, 1)
    blocks[1].text = "FOTO: ANTARA/Rivan Awal Lingga"  # a photo credit stays no headline
    assert find_title(blocks, 2, get_profile("id")) == ("Harga Cabai Naik Lagi Jelang Lebaran", 0)


# Every variant the guide names for a label: with or without a space before the colon, any
# case, no colon at all, or alone on the line above the name (BeautifulSoup and lynx dumps)
@pytest.mark.parametrize("head, authors", [
    ("PENULIS: Andi Wijaya", ["Andi Wijaya"]),
    ("penulis : Andi Wijaya", ["Andi Wijaya"]),
    ("Penulis Andi Wijaya", ["Andi Wijaya"]),
    ("Reporter Denny Marhendri", ["Denny Marhendri"]),
    ("Penulis:\nAndi Wijaya", ["Andi Wijaya"]),
    ("Penulis\nAndi Wijaya", ["Andi Wijaya"]),
    ("Reporter :\nDenny Marhendri\nEditor :\nSiti Rahma", ["Denny Marhendri"]),
    ("Penulis\nAndi Wijaya\n|\nEditor\nBudi Santoso", ["Andi Wijaya"]),
    ("Oleh:\nIbrahim Hasan", ["Ibrahim Hasan"]),
    ("Laporan Wartawan Tribunnews.com,\nRina Ayu", ["Rina Ayu"]),
    ("Laporan Wartawan Tribunnews.com Rina Ayu", ["Rina Ayu"]),
    ("Editor:\nBudi Santoso", []),
    ("Red: Budi Santoso", []),
    ("Gayuh Tri Pinjungwati16 Agu 2022, 09:20 WIB", ["Gayuh Tri Pinjungwati"]),
    ("Penulis: Tim Redaksi", ["Tim Redaksi"]),  # a team is kept while no person is named
    ("Tim detikBali", ["Tim detikBali"]),
    ("Tim detikBali\nPenulis: Andi Wijaya", ["Andi Wijaya"]),
    ("Oleh :\nRahmat Hidayat (Makassar)", ["Rahmat Hidayat"]),
    ("Kontributor Bandung, Rahmat Hidayat | Editor Budi Santoso", ["Rahmat Hidayat"]),
    # an editor's initials or an agency's short name after the writer's slash
    ("Oleh: Rina Marlina / FER", ["Rina Marlina"]),
    ("Reporter: Rina Marlina/Ant", ["Rina Marlina"]),
])
@pytest.mark.parametrize("form", ["text", "html"])
def test_indonesian_label_variants(head: str, authors: List[str], form: str) -> None:
    page = _page(head.replace("\n", "\n\n")) if form == "text" else _html_page(head)
    assert page.authors == authors


@pytest.mark.parametrize("head, authors", [
    ("by Meg Kinnard", ["Meg Kinnard"]),
    ("By\nMeg Kinnard", ["Meg Kinnard"]),
    ("By JANE DOE and JOHN ROE", ["Jane Doe", "John Roe"]),
    ("By Jane Doe, CNN", ["Jane Doe"]),  # the outlet after the comma is no second author
    ("By The Associated Press", []),
    ("By Web Desk", []),
    ("By Sean Martin @seanmartin", ["Sean Martin"]),
    ("By Jane Doe\nNovember 19, 2019 at 8:59 pm", ["Jane Doe"]),
    ("By\nJane Doe\nReporter", ["Jane Doe"]),  # a role under the name names no one
    # the agency, or the byline box's links, on the name's line with no comma between
    ("By MEG KINNARD Associated Press", ["Meg Kinnard"]),
    ("By Jane Doe The Associated Press", ["Jane Doe"]),
    ("By Jane Doe Email Me Follow", ["Jane Doe"]),
])
@pytest.mark.parametrize("form", ["text", "html"])
def test_english_label_variants(head: str, authors: List[str], form: str) -> None:
    page = _page(head.replace("\n", "\n\n"), english=True) if form == "text" else \
        _html_page(head, english=True)
    assert page.authors == authors


def test_editor_label_alone_names_the_editor() -> None:
    page = _page("Penulis: Andi Wijaya\n\nEditor:\n\nBudi Santoso")
    assert page.authors == ["Andi Wijaya"] and page.editors == ["Budi Santoso"]


@pytest.mark.parametrize("head, date", [
    ("16 Agt 2022, 09:20 WIB", "2022-08-16T09:20:00+07:00"),
    ("16 Mei 2022, 09:20 WIB", "2022-05-16T09:20:00+07:00"),
    ("16 Okt 2022, 09:20 WITA", "2022-10-16T09:20:00+08:00"),
    ("16 Des 2022, 09:20 WIT", "2022-12-16T09:20:00+09:00"),
    ("Kamis, 5 November 2015 pukul 14.56 WIB", "2015-11-05T14:56:00+07:00"),
    ("CNN Indonesia | Senin, 12/02/2024 10:00 WIB", "2024-02-12T10:00:00+07:00"),
    # a modified date is not the publication date, printed before it or after it
    ("Diperbarui: Selasa, 17 Mei 2022 10:00 WIB\nSenin, 16 Mei 2022 09:20 WIB",
     "2022-05-16T09:20:00+07:00"),
    ("Update: Selasa, 17 Mei 2022 10:00 WIB\nSenin, 16 Mei 2022 09:20 WIB",
     "2022-05-16T09:20:00+07:00"),
    ("Dimutakhirkan: 17 Mei 2022 10:00 WIB\nDiterbitkan: 16 Mei 2022 09:20 WIB",
     "2022-05-16T09:20:00+07:00"),
    ("Senin, 16 Mei 2022 09:20 WIB | Update: Selasa, 17 Mei 2022 10:00 WIB",
     "2022-05-16T09:20:00+07:00"),
    ("Diperbarui: Selasa, 17 Mei 2022 10:00 WIB", "2022-05-17T10:00:00+07:00"),  # no other
    ("Penulis: Andi Wijaya\n2 jam lalu", None),  # relative: nothing to read
])
@pytest.mark.parametrize("form", ["text", "html"])
def test_indonesian_dates(head: str, date: Optional[str], form: str) -> None:
    page = _page(head.replace("\n", "\n\n")) if form == "text" else _html_page(head)
    assert page.date == date


@pytest.mark.parametrize("head, date", [
    ("Nov. 19, 2019 7:07 p.m. ET", "2019-11-19T19:07:00-05:00"),
    ("July 19, 2019 7:07 PM ET", "2019-07-19T19:07:00-04:00"),  # summer time
    ("July 19, 2019 7:07 PM PT", "2019-07-19T19:07:00-07:00"),
    ("November 19, 2019 7:07 PM EST", "2019-11-19T19:07:00-05:00"),
    ("Published Nov. 19, 2019 7:07 p.m. ET\nUpdated Nov. 20, 2019 9:02 a.m. ET",
     "2019-11-19T19:07:00-05:00"),
    ("Updated 9:02 AM EST, Nov. 20, 2019\nNovember 19, 2019 at 8:59 pm", "2019-11-19T20:59:00"),
    ("By Jane Doe\n3 hours ago", None),
])
@pytest.mark.parametrize("form", ["text", "html"])
def test_english_dates(head: str, date: Optional[str], form: str) -> None:
    if (" ET" in head or " PT" in head) and not _HAS_TZ:
        pytest.skip("no time-zone data on this system")
    page = _page(head.replace("\n", "\n\n"), english=True) if form == "text" else \
        _html_page(head, english=True)
    assert page.date == date


def test_a_region_zone_in_lower_case_is_a_word() -> None:
    # "et" is French for "and": only "ET" in capitals names the zone
    from newsextract.fields.dates import find_dates
    from newsextract.profiles import get_profile

    found = find_dates("le 19 juillet 2019 19:07 et le lendemain", get_profile("fr"))
    assert found[0].has_time and not found[0].has_zone
    assert found[0].iso.startswith("2019-07-19T19:07:00") and not found[0].iso.endswith("-04:00")


def test_an_agency_tag_with_no_dash_is_a_dateline() -> None:
    page = _page("By Jane Doe", "New Delhi, Nov 19 (PTI) ", english=True)
    assert page.location == "New Delhi"
    assert page.body.startswith(EN_PARS[0])


def test_a_parenthesised_abbreviation_opening_a_sentence_is_no_dateline() -> None:
    page = _page("By Jane Doe", "British Virgin Islands (BVI) Governor John Rankin said on Tuesday "
                 "that ", english=True)
    assert page.location is None
    assert page.body.startswith("British Virgin Islands (BVI) Governor")


@pytest.mark.parametrize("line", [
    "Baca: Jalan Tol Baru Dibuka Pekan Depan", "Halaman 1 2 3 Selanjutnya", "(Sumber: Pixabay)",
    # a legal notice in a sentence of its own (and long enough to read as prose)
    "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di "
    "situs web ini tanpa izin tertulis dari redaksi.",
])
@pytest.mark.parametrize("where", ["inside", "after"])
def test_more_furniture_in_the_article_column(line: str, where: str) -> None:
    pars = ID_PARS[:2] + [line] + ID_PARS[2:] if where == "inside" else ID_PARS + [line]
    text = "\n\n".join([ID_TITLE, "Penulis: Andi Wijaya", *pars]) + "\n"
    assert newsextract.extract(text).body == "\n\n".join(ID_PARS)


# an editor's or desk's code closing the body: never body text, never an author
@pytest.mark.parametrize("code", ["(fik)", "[fik]", "(H-4)", "(ant)", "(Ant/Rina)", "(ant/rin)",
                                  "(mdk/fik)", "(***)", "(*)"])
@pytest.mark.parametrize("where", ["glued", "alone"])
@pytest.mark.parametrize("form", ["text", "html"])
def test_closing_initials(code: str, where: str, form: str) -> None:
    pars = ID_PARS[:-1] + [ID_PARS[-1] + " " + code] if where == "glued" else ID_PARS + [code]
    text = "\n\n".join([ID_TITLE, "Penulis: Andi Wijaya", *pars]) + "\n"
    page = newsextract.extract(text) if form == "text" else _html_page("Penulis: Andi Wijaya", pars=pars)
    assert page.body == "\n\n".join(ID_PARS)
    assert page.authors == ["Andi Wijaya"]


# the same code after a last paragraph of a short sentence (under ten words): the sentence
# before the code ends the paragraph, which stays in the body
@pytest.mark.parametrize("code", ["(fik)", "[fik]", "(H-4)", "(ant/rin)", "(Antara)"])
@pytest.mark.parametrize("form", ["text", "html"])
def test_closing_code_after_a_short_last_sentence(code: str, form: str) -> None:
    last = "Petugas masih mendata jumlah korban terdampak."
    pars = ID_PARS + [last + " " + code]
    text = "\n\n".join([ID_TITLE, "Penulis: Andi Wijaya", *pars]) + "\n"
    page = newsextract.extract(text) if form == "text" else _html_page("Penulis: Andi Wijaya", pars=pars)
    assert page.body == "\n\n".join(ID_PARS + [last])
    # (a picture's credit closing a short line is no closing code: that line is a caption)
    pars = ID_PARS + [last + " (Foto: Rina)"]
    text = "\n\n".join([ID_TITLE, "Penulis: Andi Wijaya", *pars]) + "\n"
    page = newsextract.extract(text) if form == "text" else _html_page("Penulis: Andi Wijaya", pars=pars)
    assert page.body == "\n\n".join(ID_PARS)


def test_a_closing_credit_of_the_outlet_and_the_writer_names_the_writer() -> None:
    # tribun's "(Tribunnews.com/Rina Marlina)" under the text (in the text's last paragraph it
    # reads as a picture's credit, as liputan6 prints its photographers': the paragraph is lost)
    credit = "(Tribunnews.com/Rina Ayu)"
    page = _html_page("", pars=ID_PARS + [credit])
    assert page.authors == ["Rina Ayu"] and credit not in page.body
    from newsextract.fields.credit import read_tail
    from newsextract.profiles import get_profile
    tail = read_tail(ID_PARS[:-1] + [ID_PARS[-1] + " " + credit], get_profile("id"))
    assert tail.authors == ["Rina Ayu"] and tail.paragraphs[-1] == ID_PARS[-1]
    # an agency's name first is a picture's credit: its photographer is no author
    page = _html_page("", pars=ID_PARS + ["(REUTERS/Danny Moloshok)"])
    assert page.authors == []



# Variants of the guide's byline rows that the tests above do not print: several writers
# before an outlet's tag, a team before it, a second label run onto the line by a dump, a
# day's name glued or hyphened to the byline, a time of day between a name and its date.
@pytest.mark.parametrize("head, authors", [
    # kompas: a label no place follows, then two writers (not "Kontributor Bandung, X")
    ("Penulis Kristian Erdianto, Dian Erika Nugraheny | Editor Krisiandi",
     ["Kristian Erdianto", "Dian Erika Nugraheny"]),
    ("Kontributor Lhokseumawe, Masriadi Sambo | Editor Budi Santoso", ["Masriadi Sambo"]),
    # detik: two writers or a team before the outlet's tag
    ("Rahel Narda Chaterine, Andi Wijaya - detikNews", ["Rahel Narda Chaterine", "Andi Wijaya"]),
    ("Tim detikcom - detikNews", ["Tim detikcom"]),
    # cnnindonesia: the writer, a bar, the outlet of two words, the date under it
    ("Yulia Adiningsih | CNN Indonesia\nSenin, 12/02/2024 10:00 WIB", ["Yulia Adiningsih"]),
    # okezone's older form: the role and the day joined by a hyphen
    ("Andi Wijaya , Jurnalis-Senin, 16 Mei 2022 |09:20 WIB", ["Andi Wijaya"]),
])
@pytest.mark.parametrize("form", ["text", "html"])
def test_indonesian_byline_variants(head: str, authors: List[str], form: str) -> None:
    page = _page(head.replace("\n", "\n\n")) if form == "text" else _html_page(head)
    assert page.authors == authors


@pytest.mark.parametrize("head, authors", [
    # a dump that joins a byline box's lines with a space or with nothing (BeautifulSoup)
    ("Laporan Wartawan Tribunnews.com, Ibriza Fasti Ifhami Editor: Acos Abdul Qodir",
     ["Ibriza Fasti Ifhami"]),
    ("Laporan Wartawan Tribunnews.com, Ibriza Fasti IfhamiEditor: Acos Abdul Qodir",
     ["Ibriza Fasti Ifhami"]),
    ("Reza Gunadha | Rifan Aditya Senin, 23 Mei 2022 | 16:42 WIB", ["Reza Gunadha"]),
    ("Reza Gunadha | Rifan AdityaSenin, 23 Mei 2022 | 16:42 WIB", ["Reza Gunadha"]),
    ("Andi WijayaSelasa, 12 Desember 2023 - 14:16 WIB", ["Andi Wijaya"]),
    # kompas's date line and its credit line joined: labels with no colon after the date
    ("Kompas.com - 16/05/2022, 09:20 WIB Penulis Kristian Erdianto | Editor Krisiandi",
     ["Kristian Erdianto"]),
])
def test_indonesian_bylines_joined_by_a_dump(head: str, authors: List[str]) -> None:
    assert _page(head).authors == authors


@pytest.mark.parametrize("head, authors", [
    ("Jane Doe and John Roe | Reuters", ["Jane Doe", "John Roe"]),
    ("By Jane Doe Updated 9:02 AM EST, Nov. 20, 2019", ["Jane Doe"]),
    ("By Jane DoeUpdated 9:02 AM EST, Nov. 20, 2019", ["Jane Doe"]),
    ("Jane Doe Associated Press\nPublished 11:34 PM EST Nov 19, 2019", ["Jane Doe"]),
])
def test_english_byline_variants(head: str, authors: List[str]) -> None:
    assert _page(head.replace("\n", "\n\n"), english=True).authors == authors


def test_a_headline_and_the_outlets_tag_names_no_one() -> None:
    # a page's <title> line over the headline: its parts read as names, but they are the headline's
    title = "Pasar Induk Terbakar, Pedagang Berhamburan Keluar"
    text = "\n\n".join([title + " - Kompas.com", "Home", title, "Senin, 16 Mei 2022 09:20 WIB",
                        *ID_PARS]) + "\n"
    assert newsextract.extract(text).authors == []


@pytest.mark.parametrize("head, authors", [
    # the role a dump printed after the name, qualified ("X, AP Sports Writer" without the comma)
    ("Jane Doe Political editor\nNovember 19, 2019", ["Jane Doe"]),
    ("November 19, 2019\nJane Doe Parliamentary editor", ["Jane Doe"]),
    ("By Jane Doe Chief political reporter", ["Jane Doe"]),
    ("Jane Doe Senior Reporter\nNovember 19, 2019", ["Jane Doe"]),  # not "Jane Doe Senior"
    ("By Mary Ann Smith political editor", ["Mary Ann Smith"]),  # a surname is no modifier
    ("By Jane Doe BBC Political Editor", ["Jane Doe"]),  # the outlet's short name before the role
])
@pytest.mark.parametrize("form", ["text", "html"])
def test_a_qualified_role_after_the_name(head: str, authors: List[str], form: str) -> None:
    page = _page(head.replace("\n", "\n\n"), english=True) if form == "text" else \
        _html_page(head, english=True)
    assert page.authors == authors


@pytest.mark.parametrize("head, authors", [
    # a dump that puts each linked name, and the word between them, on a line of its own
    # (BeautifulSoup with a newline between nodes), the lines folded into one box
    ("Oleh\nAndi Wijaya\ndan\nBudi Santoso", ["Andi Wijaya", "Budi Santoso"]),
    ("Penulis:\nAndi Wijaya\n&\nBudi Santoso", ["Andi Wijaya", "Budi Santoso"]),
    ("Reporter: Andi Wijaya\n& Budi Santoso", ["Andi Wijaya", "Budi Santoso"]),
    ("Penulis: Andi Wijaya\ndan pembaca setia", ["Andi Wijaya"]),  # no name after "dan"
])
def test_linked_names_and_the_word_between_them_on_lines_of_their_own(head: str, authors: List[str]) -> None:
    assert _page(head).authors == authors


def test_a_folded_credit_line_joins_its_names_at_a_conjunction_alone() -> None:
    from newsextract.fields.byline import parse_credit
    from newsextract.profiles import merged

    assert parse_credit("Von Dominik Bath · und · Theresa Martus", merged())[0] == [
        "Dominik Bath", "Theresa Martus"]
    assert parse_credit("By Jane Doe · and · John Roe · 2 hours ago", merged())[0] == ["Jane Doe", "John Roe"]


def test_a_sentence_broken_at_a_link_is_no_second_byline() -> None:
    # a dump that prints each link on a line of its own: "von" opens the line, but the
    # sentence above goes on into it
    text = "\n\n".join([EN_TITLE, "By Jane Doe", "November 19, 2019",
                        "It was already the twelfth game in the second league of the season",
                        "by Harbour City Rovers",
                        *EN_PARS]) + "\n"
    assert newsextract.extract(text).authors == ["Jane Doe"]


def test_a_sign_up_button_in_capitals_after_the_text_is_no_signature() -> None:
    # "CREATE ACCOUNT" and "I'LL TRY LATER" glued by a dump: capitals, as a signature prints
    # a name, but a button's words
    text = "\n\n".join([EN_TITLE, *EN_PARS, "CREATE ACCOUNTI'LL TRY LATER"]) + "\n"
    assert newsextract.extract(text).authors == []


@pytest.mark.parametrize("head, authors", [
    # liputan6's "Oleh X pada DATE" as BeautifulSoup joins the label's node and the link's
    ("OlehAnisha Saktian Putri21 Jan 2023, 08:45 WIB", ["Anisha Saktian Putri"]),
    ("OlehAnisha Saktian Putri", ["Anisha Saktian Putri"]),
    ("OlehOleh Khas Bandung Diburu Wisatawan", []),  # the label's word twice: no byline
])
def test_a_capitalised_label_glued_to_a_name_in_full(head: str, authors: List[str]) -> None:
    assert _page(head).authors == authors


@pytest.mark.parametrize("head, english, authors", [
    # a short line under a byline that opens with some language's conjunction, capitalised:
    # a headline's or a name's first word, not a second writer ("Dan" is Indonesian "and",
    # "E" Italian, "Y" Spanish, "Et" French, "En" Dutch)
    ("By Jane Doe\nDan Smith Jones", True, ["Jane Doe"]),
    ("By Jane Doe\nE Street Band", True, ["Jane Doe"]),
    ("By Jane Doe\nY Combinator Demo Day", True, ["Jane Doe"]),
    ("By Jane Doe\nEt Cetera Magazine", True, ["Jane Doe"]),
    ("By Jane Doe\nAnd Just Like That", True, ["Jane Doe"]),
    ("By Jane Doe\n& Sons Hardware", True, ["Jane Doe"]),  # a firm's name, "& Sons"
    ("Penulis: Andi Wijaya\nDan Brown Rilis Novel", False, ["Andi Wijaya"]),
    # the page's own conjunction in small letters, or a conjunction alone on its line
    ("By Jane Doe\nand John Roe", True, ["Jane Doe", "John Roe"]),
    ("By Jane Doe\nand\nJohn Roe", True, ["Jane Doe", "John Roe"]),
    ("Penulis: Andi Wijaya\ndan Budi Santoso", False, ["Andi Wijaya", "Budi Santoso"]),
    ("By Jane Doe\ny John Roe", True, ["Jane Doe"]),  # Spanish "y" on an English page
])
@pytest.mark.parametrize("form", ["text", "html"])
def test_a_line_opening_with_a_conjunction_under_a_byline(head: str, english: bool,
                                                          authors: List[str], form: str) -> None:
    page = _page(head.replace("\n", "\n\n"), english=english) if form == "text" else \
        _html_page(head, english=english)
    assert page.authors == authors


def test_a_related_link_with_an_outlets_tag_names_no_one() -> None:
    # a link to another story, the outlet's tag inside the link: a byline links its name only
    page = newsextract.extract(
        f"<!doctype html><html><head><title>{ID_TITLE}</title></head><body><article><h1>{ID_TITLE}</h1>"
        "<div class='date'>Senin, 16 Mei 2022 09:20 WIB</div>"
        "<div><a href='/x'>Harga Cabai Naik, Pedagang Mengeluh - detikFinance</a></div>"
        + "".join(f"<p>{p}</p>" for p in ID_PARS) + "</article></body></html>")
    assert page.authors == []


@pytest.mark.parametrize("lines, pars, english", [
    # a page's title over the headline, in title case with a comma: no byline stands there
    (["Rates Rise, Markets Fall | Reuters", EN_TITLE, "November 19, 2019"], EN_PARS, True),
    # a teaser's title under the date, its words the text's own in small letters
    ([ID_TITLE, "Senin, 16 Mei 2022 09:20 WIB", "Harga Cabai Naik, Pedagang Mengeluh - detikFinance"],
     ["Harga cabai naik sejak awal pekan, dan pedagang di pasar mengeluh pembeli berkurang."] + ID_PARS,
     False),
    # a post's network after the names, not an outlet
    ([EN_TITLE, "Taylor Swift, Travis Kelce | TikTok", "November 19, 2019"], EN_PARS, True),
])
def test_a_title_case_line_with_a_comma_and_a_tag_is_no_byline(lines: List[str], pars: List[str],
                                                                 english: bool) -> None:
    assert newsextract.extract("\n\n".join([*lines, *pars]) + "\n").authors == []


def test_two_writers_and_the_outlets_tag_under_the_headline() -> None:
    text = "\n\n".join([ID_TITLE, "Rahel Narda Chaterine, Andi Wijaya - detikNews",
                        "Senin, 16 Mei 2022 09:20 WIB", *ID_PARS]) + "\n"
    assert newsextract.extract(text).authors == ["Rahel Narda Chaterine", "Andi Wijaya"]


@pytest.mark.parametrize("head, authors", [
    # kompas's writers after a label with no colon: a place's words are no second writer
    ("Penulis Andi Wijaya, Kota Bandung | Editor Budi Santoso", ["Andi Wijaya"]),
    ("Penulis Andi Wijaya, Jawa Barat | Editor Budi Santoso", ["Andi Wijaya"]),
    # one-word names, common in Indonesian bylines, first or after another
    ("Penulis Ihsanuddin, Kristian Erdianto | Editor Krisiandi", ["Ihsanuddin", "Kristian Erdianto"]),
    ("Penulis Kristian Erdianto, Ihsanuddin | Editor Krisiandi", ["Kristian Erdianto", "Ihsanuddin"]),
    # the writer's place first, then the name
    ("Reporter Bandung Barat, Andi Wijaya", ["Andi Wijaya"]),
    ("Kontributor Lhokseumawe, Masriadi", ["Masriadi"]),
])
@pytest.mark.parametrize("form", ["text", "html"])
def test_places_and_one_word_names_after_a_writers_label(head: str, authors: List[str], form: str) -> None:
    page = _page(head) if form == "text" else _html_page(head)
    assert page.authors == authors


@pytest.mark.parametrize("head", [
    # a promotion's line or an outlet's role by the date: what a qualified role leaves is no name
    "Meet Your Local News Reporter\nNovember 19, 2019",
    "November 19, 2019\nMeet Our Senior Editor",
    "Hire Local Freelance Writer\nNovember 19, 2019",
    "November 19, 2019\nBecome A Contributing Writer",
    "Daily Mail Royal Correspondent\nNovember 19, 2019",
    "New York Times Senior Writer\nNovember 19, 2019",
])
@pytest.mark.parametrize("form", ["text", "html"])
def test_a_role_phrase_leaves_no_name(head: str, form: str) -> None:
    page = _page(head.replace("\n", "\n\n"), english=True) if form == "text" else \
        _html_page(head, english=True)
    assert page.authors == []


@pytest.mark.parametrize("head, english, authors", [
    # a capitalised label glued to a name is read only in the page's own language, and only
    # before a name of two to four words: Dutch "Door" opens an English headline's word
    ("DoorDash Drivers Protest", True, []),
    ("DoorDash Drivers Protest Pay Cuts", True, []),
    ("OlehOleh Khas Bandung", False, []),
    ("OlehAnisha Saktian Putri", False, ["Anisha Saktian Putri"]),
])
@pytest.mark.parametrize("form", ["text", "html"])
def test_a_glued_capitalised_label_of_another_language(head: str, english: bool, authors: List[str],
                                                       form: str) -> None:
    page = _page(head, english=english) if form == "text" else _html_page(head, english=english)
    assert page.authors == authors


def test_the_glued_label_rule_alone_reads_a_glued_name() -> None:
    # (no other rule reads "OlehAnisha Saktian Putri": the credit line's own reading of it)
    from newsextract.fields.byline import parse_credit, unmarked_credit
    from newsextract.fields.authors import _credit_profile
    from newsextract.profiles import get_profile, merged

    assert unmarked_credit("OlehAnisha Saktian Putri", merged()) == []
    assert parse_credit("OlehAnisha Saktian Putri", _credit_profile(get_profile("id")))[0] == ["Anisha Saktian Putri"]
    assert parse_credit("DoorDash Drivers Protest", _credit_profile(get_profile("en")))[0] == []


@pytest.mark.parametrize("head, english, authors", [
    # a day's name is cut off a byline only where the date follows it: "Sun" and "Domingo"
    # before "Updated" and a time, or alone on the line over the date, are surnames
    ("By Lena Sun Updated 9:02 AM EST, Nov. 20, 2019", True, ["Lena Sun"]),
    ("By Ana Domingo Updated 9:02 AM EST, Nov. 20, 2019", True, ["Ana Domingo"]),
    ("By Lena SunUpdated 9:02 AM EST, Nov. 20, 2019", True, ["Lena Sun"]),
    ("By Lena Sun\nNov. 20, 2019", True, ["Lena Sun"]),
    ("Penulis: Maria Domingo | Selasa, 12 Desember 2023", False, ["Maria Domingo"]),
    ("Maria Domingo, Selasa, 12 Desember 2023 - 14:16 WIB", False, ["Maria Domingo"]),
    # the day's name before the date still goes
    ("Oleh Andi Wijaya pada Selasa, 12 Desember 2023", False, ["Andi Wijaya"]),
])
@pytest.mark.parametrize("form", ["text", "html"])
def test_a_surname_that_is_a_days_name(head: str, english: bool, authors: List[str], form: str) -> None:
    page = _page(head.replace("\n", "\n\n"), english=english) if form == "text" else \
        _html_page(head, english=english)
    assert page.authors == authors


@pytest.mark.parametrize("head, english, authors", [
    # a hyphen inside a name is no dash before the outlet's tag
    ("Jean-Pierre Dupont, Anna Berg - detikNews", False, ["Jean-Pierre Dupont", "Anna Berg"]),
    ("Anna Berg, Jean-Pierre Dupont | Reuters", True, ["Anna Berg", "Jean-Pierre Dupont"]),
])
def test_hyphened_names_before_an_outlets_tag(head: str, english: bool, authors: List[str]) -> None:
    assert _page(head, english=english).authors == authors


@pytest.mark.parametrize("head, english, authors", [
    # a role, the name, then the writer's town after the comma (not the town for the name)
    ("Reporter Andi Wijaya, Jakarta", False, ["Andi Wijaya"]),
    ("Wartawan Andi Wijaya, Semarang", False, ["Andi Wijaya"]),
    ("Staff Writer Jane Doe, Boston", True, ["Jane Doe"]),
    # the role and the town, then the name: a name of two words after the comma
    ("Reporter Tanjung Pinang, Andi Wijaya", False, ["Andi Wijaya"]),
])
def test_a_role_the_name_and_the_town(head: str, english: bool, authors: List[str]) -> None:
    assert _page(head, english=english).authors == authors
