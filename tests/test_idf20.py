"""Places and writers on pages of outlets not seen before (issue 11, session 20): a listed city
and a full stop opening the text ("Jakarta. The government ..."), the place printed in the
date's or the credit's line under the headline ("Palangkaraya ● Mon, December 2, 2024", "New
Delhi | PTI"); each with the near misses the rule must leave alone. Pages invented here."""

from __future__ import annotations

from typing import List, Optional

import pytest

import newsextract
from newsextract.fields.byline import brand_names, dated_names, parse_credit
from newsextract.fields.dateline import city_stop_dateline, header_place, outlet_stop_dateline
from newsextract.profiles import get_profile, merged_for

EN = get_profile("en")
ID = get_profile("id")
REST = (" The government plans to open a new container terminal in the bay next year to ease congestion "
        "at the country's busiest ports. The ministry said work would start in March.")
SHORT = (" The government plans to open a new container terminal in the bay next year to ease congestion "
         "at the country's busiest ports.")


def _dump(head: List[str], paragraphs: List[str]) -> str:
    """A w3m-like dump: a menu, the headline, the lines under it, then the text's paragraphs."""
    return "\n\n".join(["Home News Business Sport", "Floods cut off villages in the north", "\n".join(head),
                        *paragraphs]) + "\n"


PARS = [
    "Heavy rain cut off dozens of villages in the northern hills on Monday, officials said, as rescue "
    "teams struggled to reach stranded families across the region.",
    "\"We are doing everything we can to reach them,\" a district official said on Monday evening.",
    "The weather office has forecast more rain for the rest of the week across the northern states.",
]


# --- a listed city and a full stop opening the text ---

@pytest.mark.parametrize("text, place, rest", [
    ("Jakarta." + REST, "Jakarta", REST.strip()),
    ("JAKARTA." + REST, "Jakarta", REST.strip()),
    ("New Delhi." + REST, "New Delhi", REST.strip()),
    ("Surabaya. Pemerintah kota berencana membuka terminal peti kemas baru tahun depan untuk mengurangi "
     "kemacetan di pelabuhan. Pekerjaan dimulai Maret.", "Surabaya", "Pemerintah kota berencana"),
    # one sentence in capitals after the city: a dateline's own case
    ("JAKARTA." + SHORT, "Jakarta", SHORT.strip()),
    # near misses: no listed city (a country, an adverb), no full stop, a caption's short rest,
    # a small letter after it, no sentence's end, cities listed one a sentence
    ("Indonesia." + REST, None, None),
    ("Finally." + REST, None, None),
    ("Jakarta is the capital." + REST, None, None),
    ("Jakarta. Photo: Antara/Rendy Saputra", None, None),
    ("Jakarta. the" + REST, None, None),
    ("JAKARTA." + SHORT.rstrip("."), None, None),
    ("Jakarta. Bandung. Surabaya. Medan." + REST, None, None),
    # a listed city whose name is a word too: a dateline only in capitals
    ("Solo. The band's new record arrives after a long silence, and it sounds like nothing they have made "
     "before.", None, None),
    ("SOLO." + REST, "Solo", REST.strip()),
    # an article before the capitals: a report's subject
    ("Jakarta. The Indonesian" + REST[4:], "Jakarta", "The Indonesian government plans"),
    # near misses of a feature's opening (rv-idf20): one short sentence in title case, a word
    # or three, a word pointing back, a title-case phrase, a quotation
    ("Jakarta." + SHORT, None, None),
    ("Pontianak. Hantu perempuan berambut panjang itu kembali meneror penonton bioskop lewat film horor "
     "terbaru garapan sutradara muda.", None, None),
    ("Mataram. Kerajaan itu pernah berjaya di tanah Jawa selama hampir dua abad sebelum akhirnya terpecah "
     "menjadi dua pada 1755.", None, None),
    ("Jakarta. Macet. Banjir. Polusi." + REST, None, None),
    ("Batam. That was where the smugglers landed, according to the indictment." + REST, None, None),
    ("Bogor. Kota hujan ini selalu punya cerita tentang talas, asinan, dan kebun raya yang sudah berumur "
     "dua abad. Warga bangga.", None, None),
    ("Jakarta. Itulah kota yang selalu dirindukan para perantau ketika lebaran tiba setiap tahun di "
     "kampung halaman. Semua ingin pulang.", None, None),
    ("Jakarta. Abu Dhabi Investment Authority" + REST, None, None),
    ("Jakarta. President Joko Widodo" + REST, None, None),  # (null: a name's phrase opens features too)
    ("Jakarta. 'Ibu kota baru' were the words the president used." + REST, None, None),
])
def test_a_listed_city_and_a_full_stop(text: str, place: Optional[str], rest: Optional[str]) -> None:
    found = city_stop_dateline(text)
    assert (found[0].location if found else None) == place
    if rest is not None:
        assert found is not None and found[1].startswith(rest)


def test_the_city_and_stop_open_the_text_only() -> None:
    """The first paragraph's opening is a dateline, cut from the text; the same words opening a
    later paragraph are a sentence, left as they are."""
    art = newsextract.extract(_dump(["Jane Roe", "December 2, 2024"], ["Jakarta." + REST, *PARS]))
    assert art.location == "Jakarta"
    assert art.body.startswith("The government plans")
    later = "Jakarta. That is why the ministry wants a second terminal built in the east of the bay soon."
    art = newsextract.extract(_dump(["Jane Roe", "December 2, 2024"], [*PARS, later]))
    assert art.location is None
    assert later in art.body


# --- the place printed in the date's or the credit's line ---

@pytest.mark.parametrize("line, place", [
    ("Palangkaraya ● Mon, December 2, 2024", "Palangkaraya"),
    ("Jakarta | Senin, 2 Desember 2024 14:56 WIB", "Jakarta"),
    ("New Delhi | PTI", "New Delhi"),
    ("NEW DELHI | PTI", "New Delhi"),
    # near misses: a name before the date, a breadcrumb's section, a sentence after a dash, a
    # section alone, an age or a reading time, an unlisted place
    ("Dimas Suhendra ● Mon, December 2, 2024", None),
    ("Jakarta | Politik | 2 Desember 2024", None),
    ("Jakarta - Pemerintah berencana membuka terminal baru", None),
    ("Jakarta | Politik", None),
    ("Palu | 2 jam lalu", None),
    ("Bandung · 5 min read", None),
    ("Cempaka | Senin, 2 Desember 2024", None),
    # a date's label, a clock's words: still the date's line
    ("Mumbai | Updated December 2, 2024", "Mumbai"),
    ("Mumbai | Dec 2, 2024 10:30 a.m. IST", "Mumbai"),
    # near misses (rv-idf20): an English age as the Indonesian one, an event's word before the date
    ("Mumbai · 3 hours ago", None),
    ("Mumbai | 12 mins ago", None),
    ("Mumbai | Premiere December 2, 2024", None),
    ("Jakarta | Pameran 2 Desember 2024", None),
])
def test_a_place_in_the_date_or_credit_line(line: str, place: Optional[str]) -> None:
    assert header_place(line) == place


def test_the_place_of_the_line_under_the_headline() -> None:
    art = newsextract.extract(_dump(["Rina Marlina", "Palangkaraya ● Mon, December 2, 2024"], PARS))
    assert (art.location, art.authors) == ("Palangkaraya", ["Rina Marlina"])
    art = newsextract.extract(_dump(["New Delhi | PTI", "December 2, 2024"], PARS))
    assert (art.location, art.authors, art.credit) == ("New Delhi", [], "PTI")
    # (a desk's line after the city is no agency's: no credit, no writer, no place)
    art = newsextract.extract(_dump(["Jane Roe", "Mumbai | Sports Desk", "December 2, 2024"], PARS))
    assert (art.location, art.authors, art.credit) == (None, ["Jane Roe"], None)
    # (a city and an agency above the writer's byline: a photo's credit, no place nor credit)
    art = newsextract.extract(_dump(["Mumbai | PTI", "Jane Roe", "December 2, 2024"], PARS))
    assert (art.location, art.authors, art.credit) == (None, ["Jane Roe"], None)
    art = newsextract.extract(_page("Banjir rendam desa di Sulawesi", "Jakarta - Antara\n\nRina Marlina\n\n"
                                    "Senin, 2 Desember 2024 14:56 WIB", ID_PARS[0]))
    assert (art.location, art.authors, art.credit) == (None, ["Rina Marlina"], None)
    # (a listed city and an age under the byline: a teaser's or a list's, no dateline)
    art = newsextract.extract(_dump(["Jane Roe", "Mumbai · 3 hours ago"], PARS))
    assert art.location is None
    # (a place and a date in a teaser's line under the text is no dateline of this one)
    art = newsextract.extract(_dump(["Rina Marlina", "December 2, 2024"],
                                    [*PARS, "Berita Terkait", "Jakarta | Senin, 2 Desember 2024"]))
    assert art.location is None


@pytest.mark.parametrize("line, names", [
    ("New Delhi | PTI", []),
    ("Jakarta - Antara", []),
    # near misses: a writer before the agency, a name whose first word is a place's too
    ("Jane Roe | Reuters", ["Jane Roe"]),
    ("Solo Wijaya | Reuters", ["Solo Wijaya"]),
])
def test_a_listed_city_before_an_agency_is_no_writer(line: str, names: List[str]) -> None:
    assert (brand_names(line, EN) or dated_names(line, "December 2, 2024", EN)) == names


# --- a name ending in the writer's initials ---

DATE = " | Senin, 9 Juni 2025 - 12:30 WIB"


@pytest.mark.parametrize("head, names", [
    ("Muhammad AR", ["Muhammad AR"]),
    ("Ahmad Fauzi HS", ["Ahmad Fauzi HS"]),
    # near misses: a body's or a country's short form closing a kicker's phrase, a day, a
    # place, a team, a photo's or a video's credit, initials of three letters or in small
    # letters, a word alone
    ("Putusan MK", []),
    ("Berita TV", []),
    ("Senin AR", []),
    ("Jakarta AR", []),
    ("Tim AR", []),
    ("Foto AR", []),  # (a photo's credit, or a video's, over the date)
    ("Video AR", []),
    ("Muhammad ARF", []),
    ("Muhammad ar", []),
    ("Muhammad", []),
    # near misses (rv-idf20): one word before the initials that is no given name, a topic's
    # common nouns before them
    ("Revisi UU", []),
    ("Moto GP", []),
    ("Game PC", []),
    ("Program KB", []),
    ("Timnas ID", []),
    ("Operator XL", []),
    ("Kasus BG", []),
    ("Persija JK", []),
    ("Grand Prix GP", []),
    ("Tol Cipali KM", []),
    ("Drama Korea KD", []),
    ("Siti NR", ["Siti NR"]),
])
def test_a_name_ending_in_initials_beside_the_date(head: str, names: List[str]) -> None:
    assert dated_names(head + DATE, "", ID) == names


@pytest.mark.parametrize("head, context, names", [
    ("Muhammad AR", "Banjir rendam desa di utara", ["Muhammad AR"]),
    ("Ahmad Fauzi HS", "Banjir rendam desa di utara", ["Ahmad Fauzi HS"]),
    # the headline or the first paragraph prints the words: a kicker's or a tag's, no writer's
    ("Muhammad AR", "Muhammad AR kembali ke rumah duka", []),
    ("Ahmad Fauzi HS", "Kisah Ahmad Fauzi menembus pasar ekspor", []),
    # (the given name alone in the text is another Muhammad's)
    ("Muhammad AR", "Muhammad Ali tiba di Jakarta", ["Muhammad AR"]),
])
def test_initials_named_in_the_story_are_no_writer(head: str, context: str, names: List[str]) -> None:
    assert dated_names(head + DATE, "", ID, context=context) == names


def test_initials_only_where_the_language_prints_them() -> None:
    """English bylines print no initials after a name ("Reuters AP" is no writer), and the
    initials need the date on their line, not under it (a kicker's line over a date line)."""
    assert dated_names("Muhammad AR" + DATE, "", EN) == []
    assert dated_names("Muhammad AR", "Senin, 9 Juni 2025 - 12:30 WIB", ID) == []


# --- an outlet's mark in capitals and a full stop ---

@pytest.mark.parametrize("text, site", [
    ("RMOL. Pemerintah berencana membatasi pembelian bahan bakar bersubsidi mulai awal tahun depan.", "RMOL"),
    # near misses: the word again in the paragraph (a feature's opening word), an unlisted
    # acronym, the outlet's name in its own case
    ("MERDEKA. Kata itu diteriakkan ribuan warga di alun-alun kota sore itu: merdeka, merdeka, merdeka!", None),
    ("BMKG. Badan itu memperkirakan hujan lebat turun di sebagian besar wilayah Jawa pekan depan.", None),
    ("Tempo. Pemerintah berencana membatasi pembelian bahan bakar bersubsidi mulai awal tahun depan.", None),
])
def test_an_outlets_mark_and_a_full_stop(text: str, site: Optional[str]) -> None:
    found = outlet_stop_dateline(text)
    assert (found[0].site if found else None) == site


FEATURE = " Itulah kata yang dipilih panitia sebagai tema festival tahun ini, yang akan digelar di alun-alun kota."
FUEL = " Pemerintah berencana membatasi pembelian bahan bakar bersubsidi mulai awal tahun depan."


@pytest.mark.parametrize("text, known, site", [
    # an outlet named by a common word (word_outlets): its mark only on its own page
    ("TEMPO." + FUEL, ("Tempo.co",), "TEMPO"),
    ("KOMPAS." + FUEL, ("", "https://www.kompas.id/baca/x"), "KOMPAS"),
    ("RMOL." + FUEL, ("Kantor Berita Politik RMOL",), "RMOL"),
    ("RMOL." + FUEL, (), "RMOL"),  # (no common word: read where the page names no outlet)
    # near misses (rv-idf20): a word outlet's name on a page that names none, or another outlet
    ("KOMPAS." + FEATURE, (), None),
    ("TEMPO." + FUEL, (), None),
    ("SUARA." + FUEL, (), None),
    ("BOLA." + FUEL, (), None),
    ("VIVA." + FUEL, (), None),
    ("KONTAN." + FUEL, (), None),
    ("KOMPAS." + FEATURE, ("Detik",), None),
    ("RMOL." + FUEL, ("Tempo.co", "https://www.tempo.co/x"), None),
    ("TEMPO." + FUEL, ("Koran Tempotempo",), None),
])
def test_an_outlets_mark_on_its_own_page(text: str, known: tuple, site: Optional[str]) -> None:
    found = outlet_stop_dateline(text, known)
    assert (found[0].site if found else None) == site


def test_an_outlets_mark_by_the_pages_site_name() -> None:
    head = "<h1>Festival digelar akhir pekan</h1><p>Rina Marlina</p><p>Senin, 2 Desember 2024 14:56 WIB</p>"
    body = "".join(f"<p>{p}</p>" for p in ["KOMPAS." + FEATURE, *ID_PARS])
    for meta, site in (("<meta property='og:site_name' content='Kompas.id'>", "KOMPAS"), ("", None)):
        page = (f"<html lang='id'><head>{meta}<title>Festival</title></head><body><article>{head}{body}"
                "</article></body></html>")
        art = newsextract.extract(page)
        assert art.body.startswith("Itulah" if site else "KOMPAS. Itulah")


# --- a section between the writer's name and the date ---

SECTION_DATE = " | Selasa, 03 Jun 2025, 19:00 WIB"


@pytest.mark.parametrize("head, names", [
    ("Naufal Zuhdi | Politik dan Hukum", ["Naufal Zuhdi"]),
    ("Naufal Zuhdi | Olahraga", ["Naufal Zuhdi"]),
    ("Jane Roe | Politics", ["Jane Roe"]),
    ("Naufal Zuhdi | Rina Marlina", ["Naufal Zuhdi"]),  # (the writer, then the editor: as before)
    # near misses: a breadcrumb (a topic's word in the first piece too), a sentence after the
    # bar, a section alone, a section and a subsection that read as two names
    ("Berita Utama | Politik", []),
    ("Kabar Terkini | Nasional", []),
    ("Naufal Zuhdi | Kasus korupsi yang menjerat pejabat", []),
    ("Home | Politik", []),
    ("Sepak Bola | Liga Inggris", []),
])
def test_a_section_between_the_name_and_the_date(head: str, names: List[str]) -> None:
    assert dated_names(head + SECTION_DATE, "", ID) == names


@pytest.mark.parametrize("head, context, names", [
    ("Naufal Zuhdi | Nasional", "Banjir rendam desa di utara", ["Naufal Zuhdi"]),
    ("Jane Roe | Politics", "Floods cut off villages in the north", ["Jane Roe"]),
    # near misses (rv-idf20): a topic's common nouns, the story's subject named in the headline
    # or the first paragraph
    ("Arus Mudik | Nasional", "Banjir rendam desa di utara", []),
    ("Resep Masakan | Kuliner", "Banjir rendam desa di utara", []),
    ("Rumah Tangga | Gaya Hidup", "Banjir rendam desa di utara", []),
    ("Prabowo Subianto | Nasional", "Prabowo resmikan bendungan baru di Subang\nPresiden Prabowo Subianto", []),
    ("Joe Biden | Politics", "Floods cut off villages\nPresident Joe Biden said on Monday ...", []),
])
def test_a_section_after_a_topic_or_the_storys_subject(head: str, context: str, names: List[str]) -> None:
    assert dated_names(head + SECTION_DATE, "", ID, context=context) == names


ID_PARS = [
    "Hujan deras memutus akses ke puluhan desa di perbukitan utara pada Senin, kata pejabat setempat, sementara "
    "tim penyelamat berusaha menjangkau keluarga yang terjebak.",
    "\"Kami melakukan segala upaya untuk menjangkau mereka,\" kata seorang pejabat kabupaten pada Senin malam.",
    "Badan cuaca memperkirakan hujan masih akan turun sepanjang pekan ini di wilayah utara.",
]


def _page(headline: str, line: str, first: str) -> str:
    """A dump of an Indonesian page: a menu, the headline, the byline's line, the text."""
    return "\n\n".join(["Beranda Berita Nasional", headline, line, first, *ID_PARS]) + "\n"


def test_the_story_opening_guards_a_thin_byline_on_a_page() -> None:
    first = "Presiden Prabowo Subianto meresmikan bendungan di Subang pada Senin, kata pejabat setempat."
    art = newsextract.extract(_page("Prabowo resmikan bendungan baru", "Prabowo Subianto | Nasional | Senin, "
                                    "2 Desember 2024", first))
    assert art.authors == []
    art = newsextract.extract(_page("Prabowo resmikan bendungan baru", "Naufal Zuhdi | Nasional | Senin, "
                                    "2 Desember 2024", first))
    assert art.authors == ["Naufal Zuhdi"]
    art = newsextract.extract(_page("Revisi UU disahkan DPR", "Revisi UU | Senin, 9 Juni 2025 - 12:30 WIB", first))
    assert art.authors == []
    art = newsextract.extract(_page("Revisi UU disahkan DPR", "Muhammad AR | Senin, 9 Juni 2025 - 12:30 WIB", first))
    assert art.authors == ["Muhammad AR"]


def test_a_section_needs_the_date_on_its_line() -> None:
    assert dated_names("Naufal Zuhdi | Politik dan Hukum", "Selasa, 03 Jun 2025, 19:00 WIB", ID) == []


# --- a handle, an outlet or a role after a spaced slash in a labelled byline ---

@pytest.mark.parametrize("line, names", [
    ("By: Maria Santos - Reporter / @msantosINQ Philippine Daily Ledger / 10:24 AM December 04, 2024",
     ["Maria Santos"]),
    ("By Jane Roe / @janeroe", ["Jane Roe"]),
    ("By Jane Roe / The Daily Ledger", ["Jane Roe"]),
    ("By Jane Roe / Staff Writer", ["Jane Roe"]),
    ("Penulis: Andi Wijaya / Kompas.com", ["Andi Wijaya"]),
    # near miss: a second writer after the slash is not cut to the first alone
    ("By Jane Roe / John Doe", []),
])
def test_after_a_spaced_slash(line: str, names: List[str]) -> None:
    assert parse_credit(line, ID if line.startswith("Penulis") else EN)[0] == names


# --- the world's news cities listed: in capitals after a writer's name ---

@pytest.mark.parametrize("line, names", [
    ("By Jane Doe, NEW YORK", ["Jane Doe"]),
    ("By Jane Doe and John Roe, HONG KONG", ["Jane Doe", "John Roe"]),
    # near misses: a co-writer in capitals, a co-writer in the name's case, a name whose first
    # word is a city's
    ("By JANE DOE, JOHN ROE", ["Jane Doe", "John Roe"]),
    ("By Jane Doe, John Roe", ["Jane Doe", "John Roe"]),
    ("By Jane Doe, Sydney Roe", ["Jane Doe", "Sydney Roe"]),
])
def test_a_news_city_in_capitals_after_the_name(line: str, names: List[str]) -> None:
    assert parse_credit(line, EN)[0] == names


# --- a desk's credit alone under the headline ---

def _desk_page(credit: str) -> str:
    """An HTML page with the credit in the author's element under the headline."""
    body = "".join(f"<p>{p}</p>" for p in (
        "Bank Nusa Sejahtera mencatat laba bersih Rp 4,2 triliun sepanjang sembilan bulan pertama tahun ini, "
        "naik 12 persen dibandingkan periode yang sama tahun lalu.",
        "Hingga akhir September, total aset perseroan mencapai Rp 310 triliun, naik dari Rp 280 triliun.",
        "Perseroan menargetkan pertumbuhan kredit sebesar sepuluh persen hingga akhir tahun depan."))
    return ("<html lang='id'><head><title>Laba Bank Nusa Sejahtera Tembus Rp 4,2 Triliun</title></head><body>"
            "<article><h1>Laba Bank Nusa Sejahtera Tembus Rp 4,2 Triliun</h1>"
            f"<div class='author'><a href='/a'>{credit}</a></div><div class='date'>2 Desember 2024 15:02 WIB</div>"
            f"<div class='article-content'>{body}</div></article></body></html>")


@pytest.mark.parametrize("credit, authors", [
    ("kumparanBISNIS", []),
    ("detikNews", []),
    # near miss: a person in the same place
    ("Rina Marlina", ["Rina Marlina"]),
])
def test_a_desks_credit_alone_names_no_author(credit: str, authors: List[str]) -> None:
    assert newsextract.extract(_desk_page(credit)).authors == authors


# --- a role, then capitals that a paper's kind closes ---

@pytest.mark.parametrize("line, names", [
    # a book's title after a writer's role: the line is the subject's, no byline
    ("Andi Wijaya, penulis Catatan Harian", []),
    ("Andi Wijaya, penulis Buku Harian", []),
    # near misses: the paper's kind opening the outlet's name, an outlet's name before it
    ("Andi Wijaya, jurnalis Harian Kompas", ["Andi Wijaya"]),
    ("Andi Wijaya, wartawan Kompas Harian", ["Andi Wijaya"]),
    ("Andi Wijaya, wartawan Koran Tempo", ["Andi Wijaya"]),
    ("Jane Roe, reporter NOS Nieuws", ["Jane Roe"]),
])
def test_a_role_and_a_phrase_a_papers_kind_closes(line: str, names: List[str]) -> None:
    # (every language's words, as the byline's reader asks: merged_for the page's)
    assert dated_names(line, "Senin, 2 Desember 2024", merged_for(ID)) == names


@pytest.mark.parametrize("title", ["Why I still love Jakarta", "Jakarta's new port terminal"])
def test_a_city_the_headline_names_is_the_features_subject(title: str) -> None:
    assert city_stop_dateline("Jakarta." + REST, title) is None
    assert city_stop_dateline("Jakarta." + REST, "New port terminal planned") is not None
    assert city_stop_dateline("JAKARTA." + REST, title) is not None  # (capitals: a dateline's own case)


@pytest.mark.parametrize("text", [
    "London. It is a city of contradictions, of grand palaces and cramped flats, of old money and new "
    "hustle. It never sleeps.",
    "Chicago. The musical returns to Broadway this spring with a new cast, a new director and the same old "
    "razzle-dazzle. Critics are thrilled.",
    "Tokyo. Just saying it out loud makes me want to book a flight, eat ramen at midnight and ride the "
    "trains. I miss it.",
])
def test_the_worlds_cities_open_no_text_as_a_dateline(text: str) -> None:
    """The world's news cities (en world_cities) are read only after a byline's name in capitals,
    never as the place of a text they open: their names open features."""
    assert city_stop_dateline(text) is None
    art = newsextract.extract(_dump(["Jane Roe", "December 2, 2024"], [text, *PARS]))
    assert (art.location, art.body[:len(text)]) == (None, text)


@pytest.mark.parametrize("lead", ["Chicago: The Musical returns", "Boston: The Marathon bombing documentary arrives",
                                  "Singapore: A Biography is the new book by the historian, and it"])
def test_a_world_city_and_a_colon_is_a_title(lead: str) -> None:
    text = lead + " on the stage this spring with a new cast and the same old songs that made it a hit."
    art = newsextract.extract(_dump(["Jane Roe", "December 2, 2024"], [text, *PARS]))
    assert (art.location, art.body[:len(text)]) == (None, text)
