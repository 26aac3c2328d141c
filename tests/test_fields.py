"""Field extractors one by one: datelines, bylines, credits, quotes, language."""

from __future__ import annotations

from typing import List

import pytest

import newsextract

from newsextract.fields.byline import abbreviation, brand_byline, dated_name, lone_label, parse_credit, split_names
from newsextract.fields.credit import signature, split_trailing_credit
from newsextract.fields.dateline import find_dateline
from newsextract.fields.language import detect_language
from newsextract.fields.quotes import extract_quotes
from newsextract.profiles import get_profile, merged

ID = get_profile("id")
EN = get_profile("en")


@pytest.mark.parametrize("text,location,site", [
    ("Manggarai Barat, INDONEWS.ID - Indonesia dan Vietnam menyepakati kerja sama", "Manggarai Barat", "INDONEWS.ID"),
    ("JAKARTA, KOMPAS.com – Menteri Yuddy menginginkan adanya sistem baru", "Jakarta", "KOMPAS.com"),
    ("Mataram, NTB (ANTARA News) - Sebanyak 29 penerbangan baik domestik", "Mataram, NTB", "ANTARA News"),
    ("REPUBLIKA.CO.ID, JAKARTA -- Aktris dan sutradara itu mengaku berusaha", "Jakarta", "REPUBLIKA.CO.ID"),
    ("TEMPO.CO, Jakarta - Organisasi Kesehatan Dunia menyebutkan bahwa", "Jakarta", "TEMPO.CO"),
    ("Liputan6.com, Jakarta - Indonesia memasuki fase dinamis akan pertumbuhan", "Jakarta", "Liputan6.com"),
    ("Liputan6.com, Banda Aceh - Pemerintah Aceh menetapkan status tanggap darurat", "Banda Aceh", "Liputan6.com"),
    ("VIVA.co.id - Pianis cilik Indonesia, Joey Alexander, boleh saja gagal", None, "VIVA.co.id"),
    ("WASHINGTON (Reuters) - The U.S. Senate on Tuesday passed a bill", "Washington", "Reuters"),
    ("LOS ANGELES, KOMPAS.com - Pendiri Facebook itu menyewa pengawal", "Los Angeles", "KOMPAS.com"),
    ("ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) -- Pemerintah kota meresmikan kontes", "Istanbul", "Antara"),
    # the Spanish-language press's dot and dash, after a place in capitals or an agency's tag
    ("MADRID (EFE).- El Gobierno aprobó este martes una reforma de la ley", "Madrid", "EFE"),
    ("BUENOS AIRES.- La inflación de noviembre fue la más baja del año", "Buenos Aires", None),
    # a month opening the sentence after the dash is the text's, not a byline's date
    ("Jakarta - Januari 2024 menjadi bulan terpanas sepanjang sejarah", "Jakarta", None),
    ("Lima (Andina).- El presidente anunció nuevas medidas económicas", "Lima", "Andina"),
])
def test_dateline_shapes(text: str, location: str, site: str) -> None:
    found = find_dateline(text)
    assert found is not None
    dateline, rest = found
    assert dateline.location == location
    assert dateline.site == site
    assert rest and not rest.startswith(("-", "–"))


def test_standalone_dateline() -> None:
    found = find_dateline("Jakarta -")
    assert found and found[0].standalone and found[0].location == "Jakarta"


@pytest.mark.parametrize("text", [
    "Menurut dia, kebijakan itu - yang sudah lama ditunggu - akan berlaku tahun depan.",
    "Putra Rusdi K - detikSport",
    "Chris Davies - Nov 19, 2019, 8:15 pm CST",
    "\"Kami siap,\" katanya - sambil tersenyum.",
    # an aside in a sentence: the text after the dash goes on in lower case
    "Adobe Flash – co by złego o nim nie mówić – był technologią, która wzbogacała witryny.",
    # a label before the dot and dash, not a place
    "Nota.- Este artículo fue actualizado con nueva información sobre el caso.",
    # a kicker: an article or a determiner first, a letter's salutation, a ruler's number
    "Die Austrian Boat Show – Die größte Bootsmesse des Landes öffnet am Wochenende.",
    "Our BI Research Shows – Retailers that invest in mobile apps see higher returns.",
    "DEAR ABBY: My husband of more than 20 years just purchased plane tickets to India.",
    "Benedikt XVI. – Der emeritierte Papst hat in einem Brief seine Sicht dargelegt.",
])
def test_not_datelines(text: str) -> None:
    assert find_dateline(text) is None


@pytest.mark.parametrize("line,authors,editors", [
    ("Penulis : Kontributor Lhokseumawe, Masriadi | Editor  : Ervan Hardoko", ["Masriadi"], ["Ervan Hardoko"]),
    ("Pewarta: Budisantoso Budiman dan Agus S", ["Budisantoso Budiman", "Agus S"], []),
    ("Reporter : Issha Harruma", ["Issha Harruma"], []),
    ("Red: Yudha Manggala P Putra", [], ["Yudha Manggala P Putra"]),
    ("Rep: C31/ Red: Israr Itah", [], ["Israr Itah"]),
    ("By Corry Anestia", ["Corry Anestia"], []),
    ("Reporting by Jane Morrison; Editing by Mark Potter", ["Jane Morrison"], ["Mark Potter"]),
    ("Editor : Tim Redaksi Kompas Cyber Media", [], []),
    ("(kpl/pur/tch)", [], []),
    ("By the time the rain stopped, the roads were flooded.", [], []),
    # two labelled credits on one line with no bar between (two inline elements), or glued
    ("Reporter : Denny Marhendri Editor : Agus Salim", ["Denny Marhendri"], ["Agus Salim"]),
    ("Penulis: Rina Marlina Editor: Agus Salim", ["Rina Marlina"], ["Agus Salim"]),
    ("Reporter : Denny MarhendriEditor : Agus Salim", ["Denny Marhendri"], ["Agus Salim"]),
    # after the name: its role and outlet, the writer's initials, a link's note; an outlet
    ("Penulis: Rina Marlina, Jurnalis Kompas TV", ["Rina Marlina"], []),
    ("By Jane Doe, Reporter for The Guardian", ["Jane Doe"], []),
    ("Penulis: Rina Marlina (rin) | Editor: Agus Salim (ags)", ["Rina Marlina"], ["Agus Salim"]),
    ("By Jane Doe (opens in new tab)", ["Jane Doe"], []),
    ("By Jane Doe, The Washington Post", ["Jane Doe"], []),
    # the page's next words glued to the surname; a surname's own capital stays
    ("By Jonathan GarberFOXBusiness", ["Jonathan Garber"], []),
    ("By Eric SongBy Eric Song", ["Eric Song"], []),
    ("By Bryan DeArdo and Sandee LaMotte", ["Bryan DeArdo", "Sandee LaMotte"], []),
    # an agency or a sports desk
    ("By European Space Agency", [], []), ("By Telegraph Sport", [], []),
])
def test_credit_lines(line: str, authors: list, editors: list) -> None:
    got_a, got_e = [], []
    for prof in (ID, EN):
        a, e, _ = parse_credit(line, prof)
        got_a += [x for x in a if x not in got_a]
        got_e += [x for x in e if x not in got_e]
    assert (got_a, got_e) == (authors, editors)


@pytest.mark.parametrize("value", [
    "christian.stadtfeld", "Interia.pl", "KB_Redaktion", "publisher", "Twitter", "anónimo"])
def test_logins_domains_initials_and_platforms_are_no_names(value: str) -> None:
    assert split_names(value, merged()) == []


def test_a_first_name_alone_and_a_code_after_a_label_stay() -> None:
    # a blog may print only its writer's first name; a desk's code after an explicit label is
    # printed as the writer's name (Antara's "Pewarta: prwir")
    assert split_names("Jan", merged()) == ["Jan"]
    assert parse_credit("Pewarta: prwir", ID)[0] == ["prwir"]


@pytest.mark.parametrize("line", ["Autor:innen: Tim Ehlers", "Autor*innen: Tim Ehlers", "Autorin: Tim Ehlers"])
def test_a_gendered_plural_glued_to_the_label_is_the_labels(line: str) -> None:
    assert parse_credit(line, get_profile("de"))[0] == ["Tim Ehlers"]
    assert lone_label("Autor:innen", get_profile("de")) == "author"


def test_a_section_crumb_over_the_headline_is_no_brand_byline() -> None:
    # "Mulia Budi - detikNews" names a writer; "TOP STORIES / Germany" a section
    assert brand_byline("TOP STORIES / Germany", EN) is None


def test_a_gendered_label_pair_is_a_credit_label() -> None:
    assert parse_credit("Autorin/Autor Roman Goncharenko", get_profile("de"))[0] == ["Roman Goncharenko"]
    assert parse_credit("Autor/in Anna Weber und Jan Roth", get_profile("de"))[0] == ["Anna Weber", "Jan Roth"]


def test_bare_label_then_name() -> None:
    assert parse_credit("Oleh :", ID) == ([], [], True)


def test_brand_bylines() -> None:
    assert brand_byline("Mulia Budi - detikNews", ID) == "Mulia Budi"
    assert brand_byline("Dewi Kania / Jurnalis", ID) == "Dewi Kania"
    assert brand_byline("Sabtu, 10 Des 2022 - 13:19 WIB", ID) is None


def test_not_the_articles_authors() -> None:
    de = get_profile("de")
    # a photo's credit: a name, a slash and an agency
    assert brand_byline("Andrew Harnik / AP", de) is None
    # a label before a date is no name
    assert dated_name("Son Güncelleme : 30.04.2024 - 16:49", "", merged()) is None
    assert dated_name("Mulia Budi | 30.04.2024 - 16:49", "", merged()) == "Mulia Budi"
    # a desk, an agency, and the sections a story is filed in
    assert split_names("MM-Redaktion", merged()) == []
    assert split_names("Deutsche Presse-Agentur", merged()) == []
    assert parse_credit("By TPN, in News, Portugal, Business · 31 Jan 2025, 20:02", EN)[0] == ["TPN"]
    # (a byline all the same, but the outlet's initials are no person: "TPN" is The Portugal News)
    assert abbreviation("TPN") and abbreviation("mh") and not abbreviation("Jan")
    assert dated_name("By Reuters", "", merged(), "Nov. 20, 2019") is None
    # (the list goes on past a part with a credit label: the names after it are still read)
    assert {"Greg Roumeliotis", "Joshua Franklin", "Megan Davies"} <= set(parse_credit(
        "(Reporting by Greg Roumeliotis, Joshua Franklin, with reporting by Herb Lash and "
        "Megan Davies)", EN)[0])
    assert split_names("Hans-Peter Müller, Ursula von der Leyen", merged()) == [
        "Hans-Peter Müller", "Ursula von der Leyen"]


def test_roles_labels_and_doubled_names_in_author_tags() -> None:
    from newsextract.metadata import _author_strings

    assert _author_strings("By MEG KINNARD, Associated Press") == ["Meg Kinnard"]
    assert _author_strings("By PTI") == []
    assert _author_strings("Sean Martin Sean Martin") == ["Sean Martin"]
    assert _author_strings("Carrie Arnold, Contributing Writer") == ["Carrie Arnold"]
    assert parse_credit("By Jane Doe, AP National Security Writer", EN)[0] == ["Jane Doe"]
    # a role a dump glued to the name comes off; a desk with its role is no person
    assert parse_credit("By Meg JamesStaff Writer", EN)[0] == ["Meg James"]
    assert parse_credit("By JERUSALEM POST STAFF", EN)[0] == []
    assert parse_credit("By Staff Writer", EN)[0] == []
    # a company (and the address after it) or a picture library is no author; "Co" is a surname too
    assert split_names("Süddeutsche.de GmbH, Munich, Germany", merged()) == []
    assert split_names("Naturstrom AG", merged()) == [] and split_names("Pixabay", merged()) == []
    assert split_names("Emily Co", merged()) == ["Emily Co"]
    # a button in capitals after the body is no signature
    assert signature("NEXT ARTICLE", EN) == (None, None) and signature("EMAIL ME", EN) == (None, None)


def test_trailing_credits() -> None:
    assert split_trailing_credit("tapi kawasan ASEAN,\" tuturnya. (InfoPublik)", ID) == (
        "tapi kawasan ASEAN,\" tuturnya.", "InfoPublik", True)
    assert split_trailing_credit("kata dia. (ren)", ID) == ("kata dia.", None, True)
    assert split_trailing_credit("Faisal (37) ditahan sejak Rabu (4/11)", ID)[2] is False
    assert signature("DINI TEJA", ID) == ("Dini Teja", None)
    assert signature("ANTARA", ID) == (None, "ANTARA")  # an agency credit as printed
    assert signature("KOMENTARI ARTIKEL INI", ID) == (None, None)


def test_names_in_capitals_are_title_cased_and_roles_after_a_name_go() -> None:
    from newsextract.fields.byline import clean_name

    de = get_profile("de")
    assert parse_credit("Von André Oliver KLEIN", de)[0] == ["André Oliver Klein"]
    assert clean_name("Anja SCHMOLL-TRAUTMANN", de) == "Anja Schmoll-Trautmann"
    assert clean_name("Sean O'BRIEN", EN) == "Sean O'Brien"
    # initials, a generation and a name printed in mixed case stay as printed
    for name in ("J.O. Haselhoef", "JD Vance", "John Smith III", "Bryan DeArdo"):
        assert clean_name(name, EN) == name
    # a Korean byline's "reporter" after the name: the name, one word in a script without case
    assert clean_name("신현주 기자", merged()) == "신현주"
    assert clean_name("기자", merged()) is None


def test_a_profile_without_editor_labels_still_reads_its_bylines() -> None:
    # (no editor label once matched an empty label before every line, and the line was dropped)
    assert parse_credit("Por Ana García y Luis Pérez", get_profile("es"))[0] == ["Ana García", "Luis Pérez"]
    assert parse_credit("Por Ana Silva e João Souza", get_profile("pt"))[0] == ["Ana Silva", "João Souza"]


def test_quotes_both_orders_and_pronouns() -> None:
    paragraphs = [
        "Kepala Dinas Pariwisata Badung, I Nyoman Rudiarta, memastikan tak ada razia.",
        "\"Seluruh wisatawan akan tetap aman berlibur di Bali,\" kata Rudiarta.",
        "Ia mengatakan, \"Kami menjamin privasi setiap tamu yang datang ke Badung.\"",
        "\"Tidak ada yang perlu dikhawatirkan oleh para wisatawan,\" pungkasnya.",
    ]
    quotes = extract_quotes(paragraphs, ID)
    assert [q.speaker for q in quotes] == ["I Nyoman Rudiarta"] * 3
    assert [q.cue for q in quotes] == ["kata", "mengatakan", "pungkasnya"]


def test_title_resolves_to_name() -> None:
    paragraphs = [
        "Demikian disampaikan Menteri Komunikasi dan Informatika (Menkominfo), Budi Arie "
        "Setiadi, usai rapat.",
        "\"Ruang digital harus aman bagi anak-anak kita semua,\" kata Menkominfo.",
    ]
    assert extract_quotes(paragraphs, ID)[0].speaker == "Budi Arie Setiadi"


def test_unnamed_speaker_stays_null() -> None:
    paragraphs = ["\"Bawa beceng itu dia, viralin saja videonya,\" kata perekam suara dalam video."]
    quotes = extract_quotes(paragraphs, ID)
    assert len(quotes) == 1 and quotes[0].speaker is None


def test_scare_quotes_are_not_quotations() -> None:
    paragraphs = ["Sosok \"nyentrik\" itu adalah pelatih set-piece Villa yang baru."]
    assert extract_quotes(paragraphs, ID) == []


def test_english_quotes() -> None:
    paragraphs = [
        "\"We will keep the plant open through the winter,\" said Maria Lopez, the plant's manager.",
        "\"Nobody will lose a job this year,\" she added.",
        "Lopez said: \"The orders are there, and the workers are there.\"",
    ]
    quotes = extract_quotes(paragraphs, EN)
    assert [q.speaker for q in quotes] == ["Maria Lopez"] * 3


def test_language_detection() -> None:
    assert detect_language("Polisi masih mendalami kasus yang terjadi di Jakarta dan sudah memeriksa saksi.") == "id"
    assert detect_language("The police said on Monday that the suspect had been arrested in the city.") == "en"
    assert detect_language("12 34 56") is None


def test_a_dumps_menus_do_not_outvote_its_text_on_the_language() -> None:
    # a dump's menu folds into one block of items ("News · Politik · Regio · ..."): its
    # names are no sentences, and the few of the text would count for little beside them
    cities = ["Berlin", "Bremen", "Dresden", "Hamburg", "Hannover", "Leipzig", "München",
              "Stuttgart", "Frankfurt", "Köln", "Düsseldorf", "Mainz", "Kiel", "Erfurt"]
    items = ["News", "Politik", "Regio", "Sport", "Fussball", "Lifestyle", "Ratgeber", "Auto",
             "Spiele", "Deals"] + [f"{c} {c}" for c in cities]
    menu = "\n".join(f"  • {w}" for w in items * 2)
    pars = ["Die Anleger an der Frankfurter Börse reagierten am Mittwoch verunsichert auf die "
            "steigenden Zinsen.",
            "Der Leitindex gab im Verlauf des Tages deutlich nach, und auch die Nebenwerte verloren."]
    text = (menu + "\n\nBörse in Frankfurt schließt mit Verlusten\n\n15.05.2023 - 13:52 Uhr\n\n"
            + "\n\n".join(pars) + "\n")
    record = newsextract.extract(text)
    # (and the page's time then takes its language's zone)
    assert (record.language, record.date) == ("de", "2023-05-15T13:52:00+02:00")


def test_letters_only_one_language_writes_tell_the_language_before_a_few_english_lines() -> None:
    from newsextract.fields.language import page_language

    ja = "宮崎県で震度５弱の地震があり、高知と宮崎に津波注意報が出された。気象庁によると震源は日向灘である。"
    texts = ["Sign up for our newsletter and get the latest news from Japan every morning.",
             "Read the latest stories from our correspondents across Asia and the world.", ja * 4]
    assert page_language(texts, None, None) == ("ja", "script")
    # (the English lines alone are English)
    assert page_language(texts[:2], None, None) == ("en", "stopword count")


def test_a_name_with_a_date_connective_glued_on_gives_way_to_the_name() -> None:
    from newsextract.fields.authors import without_glued_connective

    assert without_glued_connective(["Arny Christika Putrion", "Arny Christika Putri"]) == \
        ["Arny Christika Putri"]
    # (a name that merely ends so stays, when no shorter one is found)
    assert without_glued_connective(["Jack Wilson", "Ann Lee"]) == ["Jack Wilson", "Ann Lee"]


def test_a_name_with_the_time_since_publication_or_over_its_date_line() -> None:
    assert dated_name("Kyle Wiggers 7 hours", "", merged()) == "Kyle Wiggers"
    assert dated_name("Nizaar Kinsella2 minutes ago", "", merged()) == "Nizaar Kinsella"
    assert dated_name("Budi Santoso · 3 jam lalu", "", merged()) == "Budi Santoso"
    # capitals of any script, over a date line of a language without a profile
    assert dated_name("Fatma Sevinç Çetin", "20 Nisan 2026 • Güncelleme: 20 Nisan 2026",
                      merged()) == "Fatma Sevinç Çetin"
    # one word before a number of hours is no name
    assert dated_name("Chapter 7 hours", "", merged()) is None


def test_a_label_that_is_another_languages_word_only_in_its_own_language() -> None:
    head = "Striscione antisemita sulla tangenziale alla vigilia del derby della capitale"
    par = ("Uno striscione con la scritta e due svastiche sono comparsi questa mattina sulla "
           "tangenziale, a poche ore dalla partita tra le due squadre della città.")
    italian = newsextract.extract(f"{head}\n\ndi Luca Monaco\n\n{par}\n\n{par}\n")
    assert italian.language == "it" and italian.authors == ["Luca Monaco"]
    kepala = "Banjir Rendam Ratusan Rumah Warga di Kawasan Kampung Melayu Jakarta Timur"
    warga = ("Ratusan rumah warga terendam banjir setinggi satu meter setelah hujan deras "
             "mengguyur kawasan tersebut sejak Senin malam hingga Selasa pagi.")
    indonesian = newsextract.extract(f"{kepala}\n\ndi Jakarta Timur\n\n{warga}\n\n{warga}\n")
    assert indonesian.language == "id" and indonesian.authors == []


@pytest.mark.parametrize("line,name", [
    ("Kyle Wiggers 7 hours", "Kyle Wiggers"),
    ("Nizaar Kinsella2 minutes ago", "Nizaar Kinsella"),
    ("Jonisayi Maromo|Published 1 day ago", "Jonisayi Maromo"),
    ("Anna Muster vor 3 Stunden", "Anna Muster"),
])
def test_a_name_with_its_age_after_it_is_a_byline(line: str, name: str) -> None:
    assert dated_name(line, "", get_profile("en")) == name


def test_a_line_with_a_number_of_hours_in_it_is_no_byline() -> None:
    assert dated_name("The 7 hours that changed", "", get_profile("en")) is None


@pytest.mark.parametrize("line,authors", [
    ("Kolumne von Carla Siepmann - 28.04.2024 um 08:52 Uhr - 12 Ergänzungen", ["Carla Siepmann"]),
    ("Ein Kommentar von Anna Muster", ["Anna Muster"]),
    ("Analysis by Chris Cillizza", ["Chris Cillizza"]),
    ("Kommentar von Margit Heumann — 2019-01-01 @ 00:39 | Antworten", []),  # a reader's comment
])
def test_a_byline_that_names_its_kind_of_piece(line: str, authors: list) -> None:
    assert parse_credit(line, merged())[0] == authors


def test_a_label_that_names_the_author_of_the_article_alone_on_its_line() -> None:
    from newsextract.fields.byline import lone_label

    assert lone_label("Author of the article:", merged()) == "author"


_PUMPS_PARS = "".join(f"<p>{p}</p>" for p in [
    "City officials on Monday approved a plan to add pumps in neighborhoods hit by repeated "
    "flooding this spring, after residents packed a council meeting.",
    "Residents were urged to report standing water through the city hotline, which will be "
    "staffed around the clock during the rainy season."])


def _pumps_page(head: str = "", before: str = "", after: str = "") -> newsextract.Article:
    """A short English article: `head` in its <head>, `before` between its headline and its
    text, `after` after the article element."""
    return newsextract.extract(
        f'<html lang="en"><head><title>Pumps</title>{head}</head><body><article><h1>City '
        f"Approves Pumps</h1>{before}{_PUMPS_PARS}</article>{after}</body></html>")


@pytest.mark.parametrize("key", ["author", "parsely-author", "dtk:author", "vr:author", "dc.author"])
def test_an_author_in_a_meta_tag_under_a_sites_own_prefix(key: str) -> None:
    page = _pumps_page(head=f'<meta name="{key}" content="Rina Marlina">')
    assert page.authors == ["Rina Marlina"]


@pytest.mark.parametrize("content, want", [
    ("Kirche und Leben, Münster, Deutschland", []),  # an outlet and its address
    ("Max Muster und Erika Mustermann", ["Max Muster", "Erika Mustermann"]),
])
def test_one_word_names_in_a_row_are_an_outlet_and_its_address(content: str, want: list) -> None:
    page = _pumps_page(head=f'<meta name="author" content="{content}">')
    assert page.authors == want


@pytest.mark.parametrize("line, want", [
    ("Von Halloween und anderen Gruselgestalten", []),  # a headline's phrase after "Von"
    ("Von Sprachregeln und «ganz normalem Deutsch»", []),
    ("Von Max Muster und Erika Mustermann", ["Max Muster", "Erika Mustermann"]),
    ("By Jane Doe and de la Cruz Lopez", ["Jane Doe", "de la Cruz Lopez"]),  # a particle
    ("Von Anna Schmidt und Özlem Türeci", ["Anna Schmidt", "Özlem Türeci"]),  # an accented capital
])
def test_what_a_conjunction_joins_to_a_name_opens_with_a_capital(line: str, want: list) -> None:
    assert parse_credit(line, merged())[0] == want


@pytest.mark.parametrize("person, want", [
    ('{"@type": "Person", "@id": "#p1", "name": "Meg Kinnard"}', ["Meg Kinnard"]),
    ('{"@type": "Person", "@id": "#p1", "name": "webnata"}', []),  # the site's login
    ('{"@type": "Person", "@id": "#p1", "name": "AS"}', []),  # initials
])
def test_a_json_ld_author_given_by_its_id_in_the_graph(person: str, want: list) -> None:
    # WordPress SEO plugins: the article's author is a reference to a Person node of the graph
    graph = ('{"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", '
             '"author": {"@id": "#p1"}, "datePublished": "2019-11-19T20:59:00-05:00"}, '
             + person + "]}")
    page = _pumps_page(head=f'<script type="application/ld+json">{graph}</script>')
    assert page.authors == want
    assert page.date == "2019-11-19T20:59:00-05:00"



@pytest.mark.parametrize("head, tail, want", [
    ('<div class="author">Meg Kinnard</div>', "", ["Meg Kinnard"]),
    ('<span class="author-name">Meg Kinnard</span><span class="date">Nov 19, 2019</span>', "",
     ["Meg Kinnard"]),
    ('<div class="detail__author">Rina Marlina | CNN Indonesia</div>', "", ["Rina Marlina"]),
    ('<div class="byline"><a href="/a/1">Kevin Johnson</a> <a href="/a/2">Kevin McCoy</a></div>',
     "", ["Kevin Johnson", "Kevin McCoy"]),
    ('<div class="author-card"><a href="/a/1">Meg Kinnard</a><p>Meg Kinnard covers politics '
     "for the paper.</p></div>", "", ["Meg Kinnard"]),
    ('<p class="autor">Erstellt von Andri Bryner</p>', "", ["Andri Bryner"]),
    # a role after the name, in the same element or one inside it
    ('<div class="author">Rina Marlina, Jurnalis Kompas TV</div>', "", ["Rina Marlina"]),
    ('<div class="author">Rina Marlina<span class="role">Jurnalis</span></div>', "", ["Rina Marlina"]),
    # an element marked by its test id; the name on the first line, its agency on the next
    ('<div data-testid="prism-byline"><span>By</span> <a href="/t/1">Meg Kinnard</a></div>', "",
     ["Meg Kinnard"]),
    ('<div class="byline">Meg Kinnard<br>Associated Press</div>', "", ["Meg Kinnard"]),
    ('<div class="author"><a href="/@mk"><b>megk</b></a><p>Writing About Politics Daily</p></div>',
     "", []),
    ('<span itemprop="author">Meg Kinnard</span>', "", ["Meg Kinnard"]),
    # another's name: a commenter's, a teaser's, a sidebar's; a word that is no name
    ("", '<div class="comments"><span class="comment-author">John Smith</span></div>', []),
    ("", '<aside><span class="author">John Smith</span></aside>', []),
    ("", '<ul class="related-posts"><li><span class="author">John Smith</span></li></ul>', []),
    ('<div class="author">The Russian</div>', "", []),
])
def test_a_name_in_an_element_marked_as_the_authors(head: str, tail: str, want: list) -> None:
    page = _pumps_page(before=head, after=tail)
    assert page.authors == want


def test_the_headline_over_a_desks_role_line_is_no_author() -> None:
    # "Dewi Kania" over "Jurnalis" names the writer; the headline over "Staff" names no one
    assert _pumps_page(before="<p>Staff</p>").authors == []


def test_a_name_with_a_title_over_a_date_is_no_byline() -> None:
    # a byline prints the writer's name; "Mayor Byron Brown" over a date is a caption's or a
    # teaser's subject
    assert _pumps_page(before="<p>Jane Doe</p><p>May 5, 2024</p>").authors == ["Jane Doe"]
    assert _pumps_page(before="<p>Mayor Byron Brown</p><p>May 5, 2024</p>").authors == []


_ID_PARS = [
    "Pemerintah Kota Bandung menggelar rapat koordinasi terkait penanganan banjir di sejumlah "
    "kawasan pada Senin pagi bersama dinas terkait dan aparat kewilayahan.",
    "Warga diminta tetap waspada dan melaporkan genangan melalui layanan pengaduan yang "
    "disediakan pemerintah kota selama musim hujan berlangsung."]


@pytest.mark.parametrize("head, want", [
    # a place or a section over the date is no writer; a name is (a guess, said so)
    ("Kota Bandung\n\nSenin, 12 Feb 2024 10:00 WIB", []),
    ("Jawa Barat\n\nSenin, 12 Feb 2024 10:00 WIB", []),
    ("Berita Daerah\n\nSenin, 12 Feb 2024 10:00 WIB", []),
    ("Rina Marlina\n\nSenin, 12 Feb 2024 10:00 WIB", ["Rina Marlina"]),
    # the writer's role and place, a comma, the name, with no label
    ("Kontributor Bandung, Rina Marlina", ["Rina Marlina"]),
    ("Reporter Tribun Jateng, Rina Marlina", ["Rina Marlina"]),
])
def test_lines_under_an_indonesian_headline(head: str, want: list) -> None:
    text = "\n\n".join(["Banjir Rendam Permukiman, Pemkot Bandung Siapkan Pompa", head, *_ID_PARS])
    assert newsextract.extract(text + "\n").authors == want


def test_a_byline_of_initials_names_no_author_but_stays_a_byline() -> None:
    pars = ["The council approved the new budget on Tuesday after a long debate about the repairs "
            "of the harbour road, which the storm damaged in the spring.",
            "Work on the road starts next month and should be finished before the summer season "
            "brings the ferries and their traffic back to the harbour."]
    page = newsextract.extract("\n\n".join(["Harbour road repairs approved",
                                            "By TPN, in News, Portugal · 31 Jan 2025, 20:02", *pars]) + "\n")
    assert page.authors == []
    assert page.body == "\n\n".join(pars)
    assert page.date == "2025-01-31T20:02:00"


def _headless_page(head: str) -> newsextract.Article:
    """An article with no headline element: its title comes from the metadata."""
    pars = "".join(f"<p>{p}</p>" for p in [
        "The council approved the new budget on Tuesday after a long debate about the repairs "
        "of the harbour road, which the storm damaged in the spring.",
        "Work on the road starts next month and should be finished before the summer season "
        "brings the ferries and their traffic back to the harbour."])
    return newsextract.extract(f"<html><head>{head}</head><body><article>{pars}</article></body></html>")


@pytest.mark.parametrize("head, want", [
    # a URL's slug in og:title is no headline; the <title> is
    ('<meta property="og:title" content="harbour-road-repairs-2024"><title>Harbour road repairs '
     'approved</title>', "Harbour road repairs approved"),
    # a JSON-LD headline that is the site's domain, or a section's one word the og:title lacks
    ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour.fr"}</script>'
     '<meta property="og:title" content="Harbour road repairs approved">', "Harbour road repairs approved"),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Politics"}</script>'
     '<meta property="og:title" content="Harbour road repairs approved">', "Harbour road repairs approved"),
    # (a one-word headline the og:title holds stays: "Hope!" of "Hope! - Better Living")
    ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Hope!"}</script>'
     '<meta property="og:title" content="Hope! - Better Living">', "Hope!"),
])
def test_machine_titles_that_are_no_headline(head: str, want: str) -> None:
    assert _headless_page(head).title == want



def test_a_topic_noun_before_a_dash_is_no_place_where_nouns_are_capitalised() -> None:
    endings = get_profile("de").noun_endings
    text = "Beratung – Wir beraten Sie gerne bei allen Fragen rund um das Thema Energie im Alltag."
    assert find_dateline(text, endings) is None
    found = find_dateline("Darmstadt - Forscher der Universität haben eine neue Methode entwickelt.", endings)
    assert found and found[0].location == "Darmstadt"
    # (a language that writes its nouns in lower case keeps its places that end so)
    found = find_dateline("Badung - Kepala Dinas Pariwisata memastikan tidak ada razia turis asing.",
                          get_profile("id").noun_endings)
    assert found and found[0].location == "Badung"


def test_a_declared_language_the_article_does_not_read_as_gives_no_code() -> None:
    # a site's template declares en-GB and its menus and footer read so; its article is in a
    # language with no profile (Swahili, invented text): no code rather than a wrong one
    swahili = ["Wananchi wa kijiji hicho walikusanyika asubuhi kujadili mradi wa maji safi ambao "
               "umekuwa ukisubiriwa kwa miaka mingi na viongozi wa eneo hilo.",
               "Mwenyekiti wa kijiji alisema kazi ya kuchimba visima itaanza mwezi ujao baada ya "
               "fedha kutolewa na halmashauri ya wilaya kwa awamu mbili.",
               "Akina mama walieleza kwamba hutembea umbali mrefu kila siku kutafuta maji, hali "
               "inayowachelewesha watoto kwenda shule na kuathiri shughuli za kilimo.",
               "Wataalamu wa afya waliwashauri wakazi kuchemsha maji kabla ya kunywa hadi mradi "
               "utakapokamilika ili kujikinga na magonjwa ya tumbo.",
               "Diwani wa kata hiyo aliahidi kufuatilia kwa karibu utekelezaji wa mradi huo na "
               "kutoa taarifa kwa wananchi kila mwezi kupitia mikutano ya hadhara.",
               "Wanafunzi wa shule ya msingi ya kijiji hicho walifurahia habari hiyo wakisema "
               "sasa watapata muda zaidi wa kusoma badala ya kusaka maji mbali."]
    footer = ("This site is the work of a small team and all of the stories on it are free to read "
              "for all of our readers in the region and the rest of the world.")
    def page(pars: List[str]) -> newsextract.Article:
        ps = "".join(f"<p>{p}</p>" for p in pars)
        return newsextract.extract(
            f"<html lang='en-GB'><head><title>Mradi wa maji</title></head><body><nav><p>{footer}</p>"
            f"</nav><article><h1>Mradi wa maji safi waanza kijijini</h1>{ps}</article><footer><p>"
            f"{footer}</p><p>{footer}</p></footer></body></html>")
    assert page(swahili).language is None
    # an English article on the same template keeps the declared code
    english = ["The villagers met in the morning to talk about the clean water project that "
               "they have been waiting for over many years with the local leaders."] * 4
    assert page(english).language == "en"


def test_a_place_after_the_names_is_no_author() -> None:
    de = get_profile("de")
    assert parse_credit("Von Max Muster und Erika Mustermann, Hamburg", de)[0] == \
        ["Max Muster", "Erika Mustermann"]
    assert parse_credit("Von Seb Dumitru, Lille", de)[0] == ["Seb Dumitru"]
    # where one name is a whole name (Indonesia), a lone word after a comma is a writer
    assert parse_credit("Penulis: Budi Santoso, Sutrisno", ID)[0] == ["Budi Santoso", "Sutrisno"]


def test_an_agency_after_a_word_in_lower_case_is_no_part_of_the_name() -> None:
    assert parse_credit("Par Jean Dupont avec AFP", get_profile("fr"))[0] == ["Jean Dupont"]
    assert parse_credit("Von Max Muster mit dpa", get_profile("de"))[0] == ["Max Muster"]


def test_a_dutch_label_without_a_colon() -> None:
    assert parse_credit("Door Jan de Vries", merged())[0] == ["Jan de Vries"]


@pytest.mark.parametrize("line, want", [
    ("Posted by Jane Doe on January 5, 2024", ["Jane Doe"]),
    ("Posted by Vortex", []),  # a blog's login
    ("Posted by Alex Durán, AMP Project Marketing, Google", ["Alex Durán"]),  # a team, its acronym
    ("By Jane Doe and TJ Miller", ["Jane Doe", "TJ Miller"]),  # initials in capitals: a name
    ("By Jane Doe, Martin Luther King III", ["Jane Doe", "Martin Luther King III"]),
])
def test_a_blog_s_posted_by_line(line: str, want: list) -> None:
    assert parse_credit(line, get_profile("en"))[0] == want


def test_an_embedded_post_s_login_line_in_the_text_names_no_author() -> None:
    # a social post embedded in the text ends on "Posted by X on <day>": the post's writer
    embed = ("<p>Prices for daily life are exploding and many families do not know how to pay "
             "the rent this winter, the party leader wrote on her page.</p>"
             "<p>Posted by Jane Roe on Sunday, February 6, 2022</p>")
    page = _pumps_page(before=embed)
    assert page.authors == []


def test_an_originally_appeared_note_closing_the_text_is_no_body() -> None:
    page = newsextract.extract(
        '<html lang="en"><head><title>Pumps</title></head><body><article><h1>City Approves Pumps'
        f"</h1>{_PUMPS_PARS}<p>This article originally appeared on The Springfield Courier.</p>"
        "</article></body></html>")
    assert "originally appeared" not in page.body and page.body.endswith("rainy season.")


def test_a_posted_by_line_closing_the_text_credits_its_writer() -> None:
    # below the text a blog prints its own writer's line; an embedded post's is inside it
    page = newsextract.extract(
        '<html lang="en"><head><title>Pumps</title></head><body><article><h1>City Approves Pumps'
        f"</h1>{_PUMPS_PARS}</article><p>Posted by Jane Doe on January 5, 2024</p></body></html>")
    assert page.authors == ["Jane Doe"]


_MENU = ["Sign up for our newsletter and get the latest news from us every morning.",
         "Read the latest stories from our correspondents across the world and at home."]


@pytest.mark.parametrize("text, declared, want", [
    # a page in another script with a few English lines of menus: the script tells, not the
    # English words (which are all the stopword count sees), and a template's declaration of
    # a Latin language gives way
    ("أعلنت وزارة الصحة في بيان صدر اليوم أن عدد الإصابات الجديدة انخفض خلال الأسبوع الماضي في معظم المحافظات ", None, "ar"),
    ("أعلنت وزارة الصحة في بيان صدر اليوم أن عدد الإصابات الجديدة انخفض خلال الأسبوع الماضي في معظم المحافظات ", "en", "ar"),
    ("国家统计局周三公布的数据显示，十月份工业增加值同比增长百分之五，高于市场此前的预期。", "en", "zh"),
    ("気象庁によると、震源は日向灘で、地震の規模を示すマグニチュードは推定で７．１だった。", None, "ja"),
    ("Министр заявил в понедельник, что переговоры с соседними странами будут продолжены в этом году. ", None, "ru"),
    ("Міністр заявив у понеділок, що переговори з сусідніми країнами триватимуть і цього року. ", None, "uk"),
    ("Ο υπουργός δήλωσε τη Δευτέρα ότι οι συνομιλίες με τις γειτονικές χώρες θα συνεχιστούν φέτος. ", "en", "el"),
    ("সংসদ সদস্য সোমবার বলেছেন যে প্রতিবেশী দেশগুলোর সঙ্গে আলোচনা এ বছরও চলবে এবং তা জরুরি। ", None, "bn"),
    # letters several languages write, and nothing else to tell them by: no guess
    ("وزیر امور خارجه روز دوشنبه گفت که گفتگوها با کشورهای همسایه ادامه پیدا می‌کند و این مهم است ", None, None),
    ("Министар је рекао у понедељак да ће разговори са суседним земљама бити настављени и ове године. ", "en", None),
    ("मंत्री ने सोमवार को कहा कि पड़ोसी देशों के साथ बातचीत इस साल भी जारी रहेगी और यह जरूरी है। ", None, None),
    # ... unless the page declares one of them
    ("وزیر امور خارجه روز دوشنبه گفت که گفتگوها با کشورهای همسایه ادامه پیدا می‌کند و این مهم است ", "fa", "fa"),
    ("मंत्री ने सोमवार को कहा कि पड़ोसी देशों के साथ बातचीत इस साल भी जारी रहेगी और यह जरूरी है। ", "hi", "hi"),
])
def test_a_page_in_another_script_takes_its_language_from_the_script(text: str, declared: str,
                                                                   want: str) -> None:
    from newsextract.fields.language import page_language

    # (a declared Latin language's prose, not its menus, keeps the declaration: see below)
    menu = _MENU if declared is None else ["Home News Sport Business Weather Video Contact Subscribe"]
    assert page_language(menu + [text * 4], declared, None)[0] == want


def test_a_page_declaring_a_latin_language_with_its_prose_keeps_it() -> None:
    from newsextract.fields.language import page_language

    # an Indonesian page that quotes Arabic verses (most of its letters), its prose Indonesian
    verse = "بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ الْحَمْدُ لِلَّهِ رَبِّ الْعَالَمِينَ الرَّحْمَٰنِ الرَّحِيمِ مَالِكِ يَوْمِ الدِّينِ "
    prose = ("Berikut ini adalah bacaan surat yang dapat dibaca oleh umat Islam di rumah dan di masjid "
             "pada malam hari untuk memohon ampunan dan rahmat dari Allah.")
    assert page_language([prose, verse * 6, prose], "id", None)[0] == "id"


@pytest.mark.parametrize("text, want", [
    # Latin letters with many accents are still Latin: the stopwords decide as before
    ("Die Anleger an der Frankfurter Börse reagierten am Mittwoch verunsichert, für Käufer schön. ", "de"),
    ("Thủ tướng cho biết hôm thứ Hai rằng các cuộc đàm phán với các nước láng giềng sẽ tiếp tục. ", None),
])
def test_accented_latin_pages_are_not_another_script(text: str, want: str) -> None:
    from newsextract.fields.language import page_language

    assert page_language([text * 4], None, None)[0] == want
