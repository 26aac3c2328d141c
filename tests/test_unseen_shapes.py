"""Byline, dateline and date shapes of outlets none of the corpora holds (issue 11), each in
an invented page: as HTML (a byline in <p> under the <h1>) and as the text a dump prints of
it (headline, byline, date, three paragraphs, one per line)."""

from __future__ import annotations

from typing import List, Optional

import pytest

import newsextract

PARS = {
    "en": ["The county board voted on Tuesday to set aside more money for repairing a bridge "
           "that collapsed after heavy rain last week.",
           "The head of public works said construction would begin next month and should finish "
           "before the end of the budget year.",
           "Families living near the river hope the repairs will not cut off the road that "
           "farmers use every day to reach the market."],
    "de": ["Der Kreistag hat am Dienstag zusätzliches Geld für die Reparatur einer Brücke "
           "bewilligt, die nach starkem Regen eingestürzt war.",
           "Der Leiter des Bauamts sagte, die Arbeiten sollten im nächsten Monat beginnen und vor "
           "dem Ende des Haushaltsjahres abgeschlossen sein.",
           "Anwohner am Fluss hoffen, dass die Baustelle den Weg nicht sperrt, den Landwirte "
           "täglich zum Markt in der Kreisstadt nehmen."],
    "fr": ["Le conseil départemental a voté mardi une enveloppe supplémentaire pour réparer un "
           "pont effondré après de fortes pluies la semaine dernière.",
           "Le responsable des travaux publics a indiqué que le chantier commencerait le mois "
           "prochain et serait achevé avant la fin de l'exercice budgétaire.",
           "Les riverains espèrent que les travaux ne couperont pas la route que les agriculteurs "
           "empruntent chaque jour pour rejoindre le marché."],
    "es": ["El consejo provincial aprobó el martes una partida adicional para reparar un puente "
           "que se derrumbó tras las fuertes lluvias de la semana pasada.",
           "El responsable de obras públicas explicó que los trabajos comenzarán el próximo mes y "
           "deberían terminar antes del cierre del ejercicio presupuestario.",
           "Los vecinos del río esperan que las obras no corten la carretera que los agricultores "
           "usan cada día para llegar al mercado comarcal."],
    "id": ["Pemerintah daerah menyiapkan anggaran tambahan untuk memperbaiki jembatan yang ambruk "
           "setelah hujan deras mengguyur wilayah itu pekan lalu.",
           "Kepala dinas pekerjaan umum mengatakan pengerjaan dimulai bulan depan dan diperkirakan "
           "rampung sebelum akhir tahun anggaran berjalan.",
           "Warga di sekitar sungai berharap perbaikan tidak memutus jalur angkutan hasil panen yang "
           "setiap hari dibawa menuju pasar kecamatan."],
}
TITLES = {"en": "County Sets Aside Money To Rebuild Bridge Lost In Heavy Rain",
          "de": "Kreis bewilligt Geld für eingestürzte Brücke nach Unwetter",
          "fr": "Le département débloque des fonds pour reconstruire un pont effondré",
          "es": "La provincia aprueba fondos para reconstruir el puente derrumbado",
          "id": "Jembatan Ambruk Diperbaiki Tahun Ini, Anggaran Tambahan Disiapkan"}
DATES = {"en": "November 5, 2015", "de": "05.11.2015, 14:56 Uhr", "fr": "5 novembre 2015",
         "es": "5 de noviembre de 2015", "id": "Kamis, 5 November 2015 14:56 WIB"}


def _html(lang: str, head: List[str], lead: str = "") -> str:
    pars = [lead + PARS[lang][0], *PARS[lang][1:]]
    return (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>{TITLES[lang]}"
            f"</title></head><body><article><h1>{TITLES[lang]}</h1>"
            + "".join(f"<p>{line}</p>" for line in head) + "".join(f"<p>{p}</p>" for p in pars)
            + "</article></body></html>")


def _dump(lang: str, head: List[str], lead: str = "") -> str:
    pars = [lead + PARS[lang][0], *PARS[lang][1:]]
    return "\n\n".join([TITLES[lang], *head, *pars]) + "\n"


def _both(lang: str, head: List[str], lead: str = "") -> List[newsextract.Article]:
    return [newsextract.extract(_html(lang, head, lead)), newsextract.extract(_dump(lang, head, lead))]


@pytest.mark.parametrize("lang, line, authors", [
    # two names and no label, over the date: both are the writers, in every language's "and"
    ("en", "Meg Kinnard and John Hanna", ["Meg Kinnard", "John Hanna"]),
    ("id", "Andi Wijaya dan Budi Santoso", ["Andi Wijaya", "Budi Santoso"]),
    ("de", "Anna Müller und Peter Schmidt", ["Anna Müller", "Peter Schmidt"]),
    # the Guardian's block: the writers, where they file from, then the date
    ("en", "Helen Davidson in Taipei", ["Helen Davidson"]),
    ("en", "Helen Davidson and Chi Hui Lin in Taipei", ["Helen Davidson", "Chi Hui Lin"]),
    ("de", "Anna Müller aus Berlin", ["Anna Müller"]),
])
def test_names_without_label_over_the_date(lang: str, line: str, authors: List[str]) -> None:
    for page in _both(lang, [line, DATES[lang]]):
        assert page.authors == authors


@pytest.mark.parametrize("lang, line, authors", [
    ("es", "María García y Juan López", ["María García", "Juan López"]),
    ("fr", "Marie Dupont et Jean Martin", ["Marie Dupont", "Jean Martin"]),
])
def test_names_joined_by_a_short_word_over_the_date(lang: str, line: str, authors: List[str]) -> None:
    assert newsextract.extract(_html(lang, [line, DATES[lang]])).authors == authors


@pytest.mark.parametrize("lang, line, authors", [
    ("es", "María García y Juan López", ["María García", "Juan López"]),
    ("fr", "Marie Dupont et Jean Martin", ["Marie Dupont", "Jean Martin"]),
])
def test_names_joined_by_a_short_word_over_the_date_in_a_dump(lang: str, line: str,
                                                              authors: List[str]) -> None:
    page = newsextract.extract(_dump(lang, [line, DATES[lang]]))
    assert page.title == TITLES[lang]  # (the names' line is the byline, not the headline)
    assert page.authors == authors


@pytest.mark.parametrize("lang, line, authors", [
    ("fr", "Marie Dupont (avec AFP)", ["Marie Dupont"]),
    ("es", "María García (EFE)", ["María García"]),
])
def test_a_name_and_its_agencys_tag_over_the_date_in_a_dump(lang: str, line: str,
                                                           authors: List[str]) -> None:
    # no label: the name, the agency's tag in parentheses, then the date on its own line
    page = newsextract.extract(_dump(lang, [line, DATES[lang]]))
    assert page.title == TITLES[lang]
    assert page.authors == authors


def test_a_headline_like_line_over_a_date_is_no_pair_of_names() -> None:
    # "a" joins names in some languages; what it parts here leaves a word alone: no names
    page = newsextract.extract(_html("en", ["Sentra Style Makes a Statement", DATES["en"]]))
    assert page.authors == []


@pytest.mark.parametrize("lang, line, authors", [
    ("fr", "Par Marie Dupont (AFP)", ["Marie Dupont"]),
    ("en", "By Meg Kinnard (AP)", ["Meg Kinnard"]),
    ("es", "Por María García (EFE)", ["María García"]),
    ("id", "Oleh Andi Wijaya (ANTARA)", ["Andi Wijaya"]),
    ("es", "Por María García (EUROPA PRESS)", ["María García"]),
    ("en", "By Reuters (AP)", []),  # an agency is no person, with its code or without
])
def test_agency_code_after_the_writer(lang: str, line: str, authors: List[str]) -> None:
    for page in _both(lang, [line, DATES[lang]]):
        assert page.authors == authors


@pytest.mark.parametrize("lang, lead, location", [
    # a place and the river that tells it from another, the agency's tag after it
    ("de", "Frankfurt/Main (dpa) - ", "Frankfurt/Main"),
    # Europa Press prints the day of the month alone between the place and its tag
    ("es", "MADRID, 5 (EUROPA PRESS) - ", "Madrid"),
    ("id", "Jakarta, 5/11 (ANTARA) - ", "Jakarta"),  # the day and month in figures
    ("es", "Madrid (EFE).- ", "Madrid"),
    # bare, two places parted by a slash may be a kicker ("Pro/Contra –"): no place is read
    ("de", "Pro/Contra – ", None),
])
def test_datelines_of_agencies(lang: str, lead: str, location: Optional[str]) -> None:
    byline = {"de": "Von Anna Müller", "es": "Por María García", "id": "Penulis: Andi Wijaya"}[lang]
    for page in _both(lang, [byline, DATES[lang]], lead):
        assert page.location == location


@pytest.mark.parametrize("lead, location", [
    ("Hamburg. ", None),  # named nowhere else in the text: "Endlich." reads alike
    ("ERDEN. ", "Erden"),
    ("BAD OLDESLOE. ", "Bad Oldesloe"),
    ("Sonntag. ", None),  # a day, not a place
    ("Fazit. ", None),  # a section's label
])
def test_german_place_and_full_stop(lead: str, location: Optional[str]) -> None:
    # "Hamburg. Der Kreistag ...": German regional papers' dateline; the text keeps it as printed
    for page in _both("de", ["Von Anna Müller", DATES["de"]], lead):
        assert page.location == location
        assert page.body.startswith(lead + PARS["de"][0][:20])


def test_a_place_and_full_stop_named_again_is_read_and_a_word_alone_is_not() -> None:
    rest = ("Der Kreistag hat am Montag das Geld für die Brücke bewilligt, die im Sommer "
            "eingestürzt war. Die Bauarbeiten sollen im Frühjahr beginnen, sagte der Landrat in "
            "Hamburg am Abend, und die Umleitung bleibt bis dahin bestehen.")
    more = "Die Anwohner hatten seit Monaten auf eine Entscheidung gewartet und begrüßten den Beschluss."
    for lead, location in (("Hamburg. ", "Hamburg"), ("Endlich. ", None), ("Tatsächlich. ", None)):
        page = ("<html lang='de'><body><article><h1>Kreis bewilligt Geld für die Brücke</h1>"
                f"<p>{lead}{rest.replace('in Hamburg', 'in Hamburg' if lead == 'Hamburg. ' else 'dort')}</p>"
                f"<p>{more}</p><p>{more}</p></article></body></html>")
        assert newsextract.extract(page).location == location


def test_a_place_and_full_stop_is_read_in_german_only() -> None:
    page = newsextract.extract(_html("en", ["By Meg Kinnard", DATES["en"]], "Washington. "))
    assert page.location is None
    # (a world city, listed for a byline's closing place only, "By Jane Doe, LONDON")
    page = newsextract.extract(_html("en", ["By Meg Kinnard", DATES["en"]], "London. "))
    assert page.location is None


@pytest.mark.parametrize("meta", [
    '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": 1446710160000}</script>',
    '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": 1446710160}</script>',
    '<meta name="publishdate" content="1446710160000">',
])
def test_unix_timestamps_in_metadata(meta: str) -> None:
    # 1446710160 is 2015-11-05 07:56 UTC; a number in JSON-LD as a string in a meta tag
    page = newsextract.extract(_html("id", []).replace("</head>", meta + "</head>"))
    assert page.date == "2015-11-05T07:56:00+00:00"


@pytest.mark.parametrize("line, authors", [
    # Jakarta Globe's shape: the writers, a slash and the editor's initials, over the date
    ("Jayanty Nada Shofa / FER", ["Jayanty Nada Shofa"]),
    ("Jayanty Nada Shofa / tbh", ["Jayanty Nada Shofa"]),
    ("Jayanty Nada Shofa, Dina Manafe / FER", ["Jayanty Nada Shofa", "Dina Manafe"]),
    ("Antara, Jayanty Nada Shofa / FER", ["Jayanty Nada Shofa"]),  # the agency is no writer
    ("Antara / FER", []),
    ("Reuters / tbh", []),
])
def test_writers_and_the_editors_initials_over_the_date(line: str, authors: List[str]) -> None:
    for page in _both("en", [line, "December 5, 2015 | 2:23 pm"]):
        assert page.authors == authors
        assert page.date is not None and page.date.startswith("2015-12-05T14:23")


@pytest.mark.parametrize("lang, line, authors", [
    ("en", "BY MEG KINNARD AP Political Writer", ["Meg Kinnard"]),  # AP's role after the name
    ("en", "By Meg Kinnard AP Sports Writer", ["Meg Kinnard"]),
    ("es", "Por María García / Agencia EFE", ["María García"]),
    ("de", "Anna Müller, dpa", ["Anna Müller"]),
    ("es", "María García | Madrid", ["María García"]),  # El País: the writer, a bar, the city
])
def test_writer_with_agency_role_or_city(lang: str, line: str, authors: List[str]) -> None:
    for page in _both(lang, [line, DATES[lang]]):
        assert page.authors == authors


def test_writer_with_agency_in_a_phrase() -> None:
    # (HTML only: in a dump of this small page the headline is taken from the byline's line,
    # a title.py matter, as for "Marie Dupont et Jean Martin")
    page = newsextract.extract(_html("fr", ["Marie Dupont (avec AFP)", DATES["fr"]]))
    assert page.authors == ["Marie Dupont"]


@pytest.mark.parametrize("line", ["AP National Security Writer", "By The AP Staff Writer"])
def test_agency_role_alone_names_no_one(line: str) -> None:
    for page in _both("en", [line, DATES["en"]]):
        assert page.authors == []


@pytest.mark.parametrize("lang, lines, authors", [
    ("en", ["Meg Kinnard", "Senior Reporter"], ["Meg Kinnard"]),  # a name over its role of two words
    ("de", ["Ein Artikel von Anna Müller"], ["Anna Müller"]),
])
def test_role_under_the_name_and_german_article_label(lang: str, lines: List[str],
                                                      authors: List[str]) -> None:
    for page in _both(lang, [*lines, DATES[lang]]):
        assert page.authors == authors


@pytest.mark.parametrize("lang, lines, authors", [
    # BeautifulSoup's get_text("\n") prints each linked name, and the word between, apart
    ("en", ["Meg Kinnard", " and ", "John Hanna"], ["Meg Kinnard", "John Hanna"]),
    ("id", ["Andi Wijaya", " dan ", "Budi Santoso"], ["Andi Wijaya", "Budi Santoso"]),
    # the outlet's name over its writer's, the editor's initials after them
    ("en", ["Jakarta Globe", "Jayanty Nada Shofa", " / FER"], ["Jayanty Nada Shofa"]),
])
def test_linked_names_printed_apart_in_a_dump(lang: str, lines: List[str], authors: List[str]) -> None:
    text = "\n".join(["Home", "News", TITLES[lang], *lines, DATES[lang], *PARS[lang]]) + "\n"
    assert newsextract.extract(text).authors == authors


@pytest.mark.parametrize("lead, location", [
    # the dash glued to the tag or the place, a space after it, as small outlets type it
    ("Sorong (Inmas)- ", "Sorong"),
    ("Sorong (ANTARA)- ", "Sorong"),
    ("Kabarbaru.com, Sorong- ", "Sorong"),
    ("KABARBARU.COM, SORONG- ", "Sorong"),
    # a place of two words after the outlet's domain, the dash glued to it
    ("Kabarbaru.com, Banda Aceh- ", "Banda Aceh"),
])
def test_a_dateline_with_its_dash_glued(lead: str, location: str) -> None:
    for page in _both("id", ["Penulis: Andi Wijaya", DATES["id"]], lead):
        assert page.location == location
        assert page.body.startswith(PARS["id"][0][:30])


@pytest.mark.parametrize("lang, lead", [
    # a dash glued to a word, a space after it, in prose: words joined, no dateline
    ("en", "Anti- Government protesters said "),
    ("en", "Arsenal- Tottenham Hotspur fans said "),
    ("de", "Kinder- Jugend- und Familienministerin Lisa Paus sagte, "),
    ("id", "Anak- Anak sekolah "),
    ("id", "Persib- Persija: "),
    ("id", "Catatan Redaksi- "),
])
def test_a_dash_glued_to_a_word_in_prose_is_no_dateline(lang: str, lead: str) -> None:
    for page in _both(lang, [DATES[lang]], lead):
        assert page.location is None
        assert page.body.startswith(lead.strip())


def test_a_place_in_capitals_with_its_dash_glued() -> None:
    for page in _both("id", ["Penulis: Andi Wijaya", DATES["id"]], "PARIAMAN- "):
        assert page.location == "Pariaman"
        assert page.body.startswith(PARS["id"][0][:30])


def test_a_button_of_one_letter_and_a_dash_is_no_dateline() -> None:
    # a font-size button's "A-" run into the dateline by a dump: the dateline is the one after
    for page in _both("id", ["Penulis: Andi Wijaya", DATES["id"]], "A- KABARBARU.COM, SORONG -- "):
        assert page.location != "A"


@pytest.mark.parametrize("form", ["text", "html"])
def test_credits_glued_to_the_last_paragraph(form: str) -> None:
    # a scraper that joins an element's text keeps the writer's and editor's credits and the
    # copyright run on after the text's last sentence: the sentence stays, the credits go
    last = PARS["id"][2] + " Pewarta: Rina Kartika Editor: Joko Susilo COPYRIGHT © KABARBARU 2021"
    pars = [PARS["id"][0], PARS["id"][1], last]
    if form == "html":
        page = newsextract.extract("<html lang='id'><body><article><h1>" + TITLES["id"] + "</h1>"
                                   + "".join(f"<p>{p}</p>" for p in pars) + "</article></body></html>")
    else:
        page = newsextract.extract("\n\n".join([TITLES["id"], *pars]) + "\n")
    assert page.authors == ["Rina Kartika"]
    assert page.body.endswith("menuju pasar kecamatan.")
    assert "Pewarta" not in page.body and "COPYRIGHT" not in page.body


def test_an_image_keeps_its_caption_when_a_credit_above_it_is_split_off() -> None:
    # the credit glued to the first paragraph becomes a block of its own: the image further
    # down still stands before its caption
    pars = [PARS["id"][0] + " Pewarta: Rina Kartika", PARS["id"][1]]
    page = newsextract.extract(
        "<html lang='id'><body><article><h1>" + TITLES["id"] + "</h1><p>" + DATES["id"] + "</p>"
        + "".join(f"<p>{p}</p>" for p in pars)
        + "<img src='jembatan.jpg'><p>Warga melintasi jembatan darurat di Sorong. (FOTO/Rina Kartika)</p>"
        + f"<p>{PARS['id'][2]}</p></article></body></html>")
    assert page.authors == ["Rina Kartika"]
    captions = {i.src: i.caption for i in page.images}
    assert captions.get("jembatan.jpg") == "Warga melintasi jembatan darurat di Sorong."


def test_a_label_inside_a_sentence_is_not_cut() -> None:
    # "Editor:" read inside the text, not after its end, is the sentence's: nothing is cut
    from newsextract.fields.credit import split_glued_credit
    text = ("Buku itu disusun oleh tim kecil yang dipimpin seorang editor: Rina Kartika menulis "
            "bab pertama, dan sisanya dikerjakan bersama para mahasiswa selama dua tahun penuh.")
    assert split_glued_credit(text) is None


@pytest.mark.parametrize("tail", [" Autor: Ja, das stimmt so nicht.", " Journalist: Mr President."])
def test_a_label_and_no_name_after_the_last_sentence_is_not_cut(tail: str) -> None:
    # a label after the last sentence, then a sentence or a title: the text's own words
    from newsextract.fields.credit import split_glued_credit
    assert split_glued_credit(PARS["de"][2] + tail) is None


def test_a_glued_credit_with_a_name_particle_is_cut() -> None:
    from newsextract.fields.credit import split_glued_credit
    assert split_glued_credit(PARS["de"][2] + " Autorin: Anna van der Berg") == (
        PARS["de"][2], "Autorin: Anna van der Berg")


@pytest.mark.parametrize("form", ["text", "html"])
def test_a_sites_follow_prompts_after_the_text(form: str) -> None:
    tail = ["Mau konten menarik lainnya?", "Follow Instagram: https://www.instagram.com/kabarbaru",
            "Follow Twitter: https://twitter.com/kabarbaru", "Subscribe YouTube: https://www.youtube.com/kabarbaru"]
    pars = [*PARS["id"], *tail]
    if form == "html":
        page = newsextract.extract("<html lang='id'><body><article><h1>" + TITLES["id"] + "</h1>"
                                   + "".join(f"<p>{p}</p>" for p in pars) + "</article></body></html>")
    else:
        page = newsextract.extract("\n\n".join([TITLES["id"], *pars]) + "\n")
    assert page.body.endswith("menuju pasar kecamatan.")


@pytest.mark.parametrize("lead, authors, location", [
    # the tribun network's reporter's credit run into the dateline on the text's first line
    ("Laporan Wartawan Kabarbaru.com, Rina Marlina KABARBARU.COM, SORONG - ", ["Rina Marlina"], "Sorong"),
    ("Laporan Reporter Kabar Papua, Andi Wijaya KABARPAPUA.COM, SORONG - ", ["Andi Wijaya"], "Sorong"),
    # no label: an outlet, a place, and nothing of a credit
    ("KABARBARU.COM, SORONG - ", [], "Sorong"),
])
def test_a_reporters_credit_run_into_the_dateline(lead: str, authors: List[str], location: str) -> None:
    for page in _both("id", [DATES["id"]], lead):
        assert page.authors == authors
        assert page.location == location
        assert page.body.startswith(PARS["id"][0][:30])


@pytest.mark.parametrize("lead, location", [
    # the outlet's domain, a dash, the place in capitals and a full stop
    ("KABARBARU.CO.ID - SORONG. ", "Sorong"),
    ("KABARBARU.CO.ID - KUALA LUMPUR. ", "Kuala Lumpur"),
    # a place of two words in capitals after the outlet and a comma, a double dash after it
    ("KABARBARU.CO.ID, BANDAR LAMPUNG -- ", "Bandar Lampung"),
    # a section's name in capitals is no place
    ("NASIONAL – ", None),
    ("OLAHRAGA - ", None),
])
def test_indonesian_dateline_variants(lead: str, location: Optional[str]) -> None:
    for page in _both("id", ["Penulis: Andi Wijaya", DATES["id"]], lead):
        assert page.location == location
        if location:
            assert page.body.startswith(PARS["id"][0][:30])


@pytest.mark.parametrize("word", ["PT", "IHSG", "OJK", "BI", "EKSKLUSIF", "CATATAN REDAKSI", "PT ANTAM TBK"])
def test_a_company_an_acronym_or_a_kicker_after_the_outlets_dash_is_no_place(word: str) -> None:
    # "KONTAN.CO.ID - PT. Bank ...": the text opens on a company's form, an index's or an
    # office's acronym, a kicker; the words stay the text's
    for page in _both("id", ["Penulis: Andi Wijaya", DATES["id"]], f"KABARBARU.CO.ID - {word}. "):
        assert page.location is None
        assert page.body.startswith(f"{word}. ")


def test_a_short_place_after_the_outlets_dash_is_read() -> None:
    for page in _both("id", ["Penulis: Andi Wijaya", DATES["id"]], "KABARBARU.CO.ID - BALI. "):
        assert page.location == "Bali"
        assert page.body.startswith(PARS["id"][0][:30])


def test_a_name_an_outlet_and_a_date_is_a_byline_not_a_dateline() -> None:
    # "Name - Outlet.com" with the date glued on: the writer, not a place
    head = ["Rina Marlina - Kabarbaru.com05 November 2015  |  14:56 WIB"]
    for page in _both("id", head, "Kabarbaru.com, SORONG - "):
        assert page.location == "Sorong"
        assert page.authors == ["Rina Marlina"]


def _closing(line: str, site: str = "") -> List[newsextract.Article]:
    pars = [*PARS["id"][:2], PARS["id"][2] + " (rin)", line]
    meta = f"<head><meta property='og:site_name' content='{site}'></head>" if site else ""
    html = (f"<html lang='id'>{meta}<body><article><h1>" + TITLES["id"] + "</h1>"
            + "".join(f"<p>{p}</p>" for p in pars) + "</article></body></html>")
    return [newsextract.extract(html), newsextract.extract("\n\n".join([TITLES["id"], *pars]) + "\n")]


@pytest.mark.parametrize("line, authors", [
    # the writer and the outlet's tag, closing: a domain, a camel-case tag, an outlet known
    ("Rina Marlina - Kabarbaru.com", ["Rina Marlina"]),
    ("Rina Marlina - kabarBaru", ["Rina Marlina"]),
    ("Rina Marlina - Okezone", ["Rina Marlina"]),
    # an author box's link, a photo's agency credit, a section, a country, a button: no writer
    ("Rina Marlina - twitter", []),
    ("Rina Marlina - Twitter", []),
    ("Lionel Messi - Reuters", []),
    ("Presiden Joko Widodo - Antara", []),
    ("Kategori Berita - Nasional", []),
    ("Jakarta Selatan - Indonesia", []),
    ("Baca Selengkapnya - Okezone", []),
    ("Next Story - Sports", []),
    # a word the page names its outlet nowhere is not known for one
    ("Rina Marlina - Kabarbaru", []),
])
def test_the_writer_and_the_outlets_tag_after_the_text(line: str, authors: List[str]) -> None:
    for page in _closing(line):
        assert page.authors == authors
        assert page.body.endswith("menuju pasar kecamatan.")


def test_the_writer_and_the_outlets_name_from_the_metadata_after_the_text() -> None:
    html, _dump_page = _closing("Rina Marlina - Kabarbaru", site="Kabarbaru")
    assert html.authors == ["Rina Marlina"]


def test_a_second_dash_after_the_datelines_goes_with_it() -> None:
    # a wire's copy printed with two dashes after its dateline: the text opens after both
    for page in _both("en", ["By Meg Kinnard", DATES["en"]], "PARIS (AFP) - \u2013 "):
        assert page.location == "Paris"
        assert page.body.startswith(PARS["en"][0][:30])


def test_an_initial_that_is_a_title_elsewhere_opens_a_name() -> None:
    # "M" for Muhammad on Indonesian pages (a title, Monsieur, on French ones): names under
    # the date, joined by a comma
    for page in _both("id", [DATES["id"], "Andi Wijaya, M Rizal Akbar"]):
        assert page.authors == ["Andi Wijaya", "M Rizal Akbar"]


@pytest.mark.parametrize("lang, line", [
    # a title over the date, the page's own or another language's of more than a letter, is
    # a caption's or a teaser's subject, not the writer
    ("en", "Sen. Ted Cruz"),
    ("en", "Gen. Mark Milley"),
    ("de", "Gov. Eric Holcomb"),
    ("id", "Gus Yahya Cholil"),
    ("id", "Kang Emil Dardak"),
    ("es", "Capt. John Smith"),
])
def test_a_title_over_the_date_names_no_writer(lang: str, line: str) -> None:
    for page in _both(lang, [line, DATES[lang]]):
        assert page.authors == []


def test_an_initial_over_the_date_opens_a_name() -> None:
    for page in _both("id", ["M Fauzi Ridwan", DATES["id"]]):
        assert page.authors == ["M Fauzi Ridwan"]


@pytest.mark.parametrize("form", ["text", "html"])
def test_a_short_story_about_two_networks_keeps_its_first_paragraph(form: str) -> None:
    # a short text whose opening paragraph names two networks is a story, not a pitch
    pars = ["KABARBARU.COM, SORONG - Pengguna Telegram dan WhatsApp di Sorong mengeluhkan gangguan "
            "layanan pesan sejak Senin pagi.",
            "Gangguan itu berlangsung hampir tiga jam sebelum layanan kembali normal menjelang siang."]
    if form == "html":
        page = newsextract.extract("<html lang='id'><body><article><h1>" + TITLES["id"] + "</h1>"
                                   + "".join(f"<p>{p}</p>" for p in pars) + "</article></body></html>")
    else:
        page = newsextract.extract("\n\n".join([TITLES["id"], *pars]) + "\n")
    assert page.body.startswith("Pengguna Telegram dan WhatsApp")
