"""One-line dumps (BeautifulSoup's get_text(" ", strip=True)): pieces the line lost, recovered."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.segment import dumps
from newsextract.segment.dumps import dump_style

_HEAD = "Floods Close Schools Across the North"
_TITLE = f"{_HEAD} - The Daily"
_BYLINE = "By Jane Roe 12 March 2024, 10:05 GMT"
_TEXT = "Heavy rain fell again on Monday."


def _parts(text: str, title: str = _TITLE) -> list:
    return dumps._unspace(text, title).rstrip("\n").split("\n\n")


def test_a_standfirst_of_two_sentences_under_the_headline_is_one_line() -> None:
    sf = "Rivers rose overnight across the region. Schools will stay shut until Friday."
    parts = _parts(f"{_TITLE} {_HEAD} {sf} {_BYLINE} {_TEXT}")
    assert parts[1:4] == [_HEAD, sf, "By Jane Roe"]


@pytest.mark.parametrize("after", [
    # (four sentences under the headline: the text itself, no standfirst)
    "Rivers rose overnight across the region. Schools will stay shut until Friday. "
    "Trains are cancelled on three lines. Roads near the river are closed to traffic.",
    # (one sentence: a standfirst's block already)
    "Rivers rose overnight across the region.",
])
def test_no_standfirst_is_joined_but_two_or_three_sentences(after: str) -> None:
    parts = _parts(f"{_TITLE} {_HEAD} {after} {_BYLINE} {_TEXT}")
    sentences = parts[2:parts.index("By Jane Roe")]
    assert all(s.count(". ") == 0 for s in sentences)


def test_sentences_that_end_the_page_or_run_long_are_not_joined() -> None:
    sf = "Rivers rose overnight across the region. Schools will stay shut until Friday."
    # (nothing after them: no byline or date line closes a standfirst)
    assert _parts(f"{_TITLE} {_HEAD} {sf}")[2:] == [
        "Rivers rose overnight across the region.", "Schools will stay shut until Friday."]
    long = ("Rivers rose overnight across the region, " + "and more water came down the hills, " * 12
            + "flooding streets. Schools will stay shut until Friday at least.")
    assert len(long) > dumps._STANDFIRST_CHARS
    parts = _parts(f"{_TITLE} {_HEAD} {long} {_BYLINE} {_TEXT}")
    assert not any(p == long for p in parts)


def test_sentences_not_under_the_headline_are_not_joined() -> None:
    sf = "Rivers rose overnight across the region. Schools will stay shut until Friday."
    parts = _parts(f"{_TITLE} Weather Desk {sf} {_BYLINE} {_TEXT}")
    assert sf not in parts


def test_a_caption_over_a_photo_credit_is_not_joined_to_the_standfirst() -> None:
    for credit in ("Photo: Jon Roe", "Foto: Jon Roe", "(Bild: Jon Roe)"):
        text = (f"{_TITLE} {_HEAD} Rivers rose overnight across the region. "
                f"Firefighters at the scene on Monday. {credit} {_BYLINE} {_TEXT}")
        parts = _parts(text)
        # (a credit in brackets stays on its caption's line)
        assert parts[2] == "Rivers rose overnight across the region."
        assert parts[3].startswith("Firefighters at the scene on Monday.")


def test_a_chinese_headline_and_sentences_are_left_as_they_are() -> None:
    head = "东京股市大幅下跌"
    sf = "日经平均指数周一下跌百分之三。 投资者担心美国经济放缓。"
    parts = _parts(f"{head} - 新闻网 {head} {sf} 记者 王明 {_TEXT}", f"{head} - 新闻网")
    assert "日经平均指数周一下跌百分之三。 投资者担心美国经济放缓。" not in parts


_MENU = " ".join(["Accueil", "International", "Politique", "Société", "Économie", "Culture", "Sport",
                  "Sciences", "Planète", "Idées", "Vidéos", "Podcasts", "Newsletters"])
_PARS = ["La crue de la Seine a poursuivi sa progression dans la nuit de samedi à dimanche, selon les "
         "services qui surveillent le fleuve en continu.",
         "Les autorités ont demandé aux riverains de ne pas s'approcher des berges et de suivre les "
         "consignes de sécurité diffusées par la préfecture.",
         "La mairie a ouvert des gymnases pour accueillir les habitants des péniches évacuées pendant "
         "la nuit par les pompiers.",
         "Les prévisionnistes attendent un pic de la crue en milieu de semaine, avant une lente décrue "
         "si les pluies cessent enfin.",
         "Les musées situés au bord du fleuve ont mis à l'abri une partie de leurs collections "
         "conservées dans les réserves."]


def test_a_one_line_pages_standfirst_opens_its_body() -> None:
    # a French page's standfirst (two sentences, a <p class="chapo">), then its byline and date
    title = "La Seine déborde à Paris après une semaine de pluies"
    sf = ("Le niveau du fleuve a atteint cinq mètres dimanche matin. "
          "Les quais sont fermés et plusieurs lignes de RER sont perturbées.")
    menus = " ".join([_MENU] * 8)
    line = (f"{title} - Le Quotidien {menus} {title} {sf} Par Jeanne Dupont Publié le 12 mars 2024 "
            f"à 14h05 {' '.join(_PARS)} {menus}")
    assert dump_style(line) == "soup_spaced"
    page = newsextract.extract(line)
    assert page.title == title
    assert page.authors == ["Jeanne Dupont"]
    assert page.body == "\n\n".join([sf, *_PARS])


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_dump_of_a_few_long_paragraphs_is_not_read_as_one_line(gap: str) -> None:
    # a plain text of long paragraphs (each longer than a one-line page's shortest line), a
    # blank line or a line break between them: its paragraphs stay whole, not parted at
    # every sentence as a page on one line is
    par = " ".join(_PARS * 3)
    assert len(par) > 1500
    text = "La Seine déborde à Paris\n\n" + gap.join([par, par.replace("La crue", "Le fleuve")]) + "\n"
    assert dump_style(text) != "soup_spaced"
    page = newsextract.extract(text)
    assert page.body.split("\n\n") == [par, par.replace("La crue", "Le fleuve")]


def test_a_list_of_names_in_a_long_paragraph_is_no_menu() -> None:
    # (rv-last21: names a sentence parts with commas, ten capitalised words in a row, read as a
    # menu's run, sent an essay of long paragraphs to the one-line reading)
    par = " ".join(_PARS * 3)
    clubs = ("Zu den Favoriten zählen Bayern München, Borussia Dortmund, RB Leipzig, Bayer Leverkusen, "
             "VfB Stuttgart und Eintracht Frankfurt, die alle im Sommer viel investiert haben.")
    text = "La Seine déborde à Paris\n\n" + "\n\n".join([par, clubs + " " + par]) + "\n"
    assert dump_style(text) != "soup_spaced"
    assert newsextract.extract(text).body.split("\n\n") == [par, clubs + " " + par]


def test_a_one_line_page_whose_nodes_keep_their_line_breaks_is_still_one() -> None:
    # (get_text(" ", strip=True) of pretty-printed HTML: a node's own line breaks and
    # indentation inside the page's one line; its lines are set in)
    par = " ".join(_PARS * 3)
    menus = " ".join([_MENU] * 8)
    text = f"La Seine déborde à Paris - Le Quotidien {menus} La Seine déborde à Paris\n      {par}\n      {par} {menus}"
    assert dump_style(text) == "soup_spaced"
    # (nor a single long paragraph: no second paragraph tells it from a page on one line)
    assert dump_style(f"{menus} {par}") == "soup_spaced"


@pytest.mark.parametrize("before, date_line, after", [
    # (a date line after a sentence's stop opens a line: a standfirst's last sentence above it)
    ("Die Polizei ermittelt weiter.", "03.05.2024 15:42 Uhr", "Der Verdächtige schweigt."),
    # (published and updated on one line, after a sentence: the line starts before the first)
    ("Rey Manaj, zirveyi yakın takipte.", "30.04.2024 - 16:48 Son Güncelleme : 30.04.2024 - 16:49",
     "Haberler - Anadolu"),
    ("Los bomberos llegaron pronto.", "Publicado: 03/05/2024 15:42 Actualizado: 03/05/2024 16:00",
     "El incendio comenzó de noche."),
])
def test_a_date_line_after_a_sentences_stop_is_a_line_of_its_own(before: str, date_line: str, after: str) -> None:
    assert dumps._after_dates(f"{before} {date_line} {after}").split("\n\n") == [before, date_line, after]


@pytest.mark.parametrize("text", [
    # (a sentence's date: a word in lower case with no stop before it)
    "Die Polizei ermittelt seit dem 03.05.2024 15:42 Uhr Der Verdächtige schweigt.",
    # (an abbreviation's stop, "ca.", goes on into the date)
    "Das Treffen ist ca. 03.05.2024 15:42 Uhr Der Verdächtige schweigt.",
])
def test_a_date_inside_a_sentence_opens_no_line(text: str) -> None:
    assert dumps._after_dates(text).split("\n\n")[0].endswith("15:42 Uhr")


_ID_MENU = " ".join(["Home", "News", "Nasional", "Regional", "Megapolitan", "Internasional",
                     "Olahraga", "Sains", "Edukasi", "Ekonomi", "Bisnis", "Bola", "Tekno"])
_ID_TITLE = "Banjir Rendam Ratusan Rumah di Kampung Melayu"
_ID_PARS = ["Ratusan rumah warga di Kampung Melayu terendam banjir setinggi satu meter setelah "
            "hujan deras mengguyur kawasan itu sejak Senin malam.",
            "Petugas gabungan dari kepolisian dan relawan mengevakuasi warga lanjut usia dan "
            "anak-anak ke tempat pengungsian sementara di masjid terdekat.",
            "Hingga Selasa pagi, ketinggian air di beberapa titik mulai surut, namun warga masih "
            "diminta bertahan di pengungsian sampai keadaan aman.",
            "Pemerintah kota menyiapkan dapur umum dan posko kesehatan bagi warga yang mengeluhkan "
            "gatal-gatal setelah terendam air selama berjam-jam.",
            "Warga berharap pemerintah segera memperbaiki tanggul yang jebol agar banjir serupa "
            "tidak terulang pada musim hujan berikutnya."]


@pytest.mark.parametrize("writer, authors", [
    ("Andi Wijaya", ["Andi Wijaya"]),
    ("Andi Budi Wijaya", ["Andi Budi Wijaya"]),
    # (an outlet before the bar, "CNN Indonesia | Senin, ...": a line of its own too, no author)
    ("CNN Indonesia", []),
])
def test_a_name_and_a_date_after_a_bar_are_a_byline_on_a_one_line_page(writer: str, authors: list) -> None:
    menus = " ".join([_ID_MENU] * 8)
    line = (f"{_ID_TITLE} - Kabar Kota {menus} {_ID_TITLE} {writer} | Selasa, 24/03/2015 "
            f"{' '.join(_ID_PARS)} {menus}")
    assert dump_style(line) == "soup_spaced"
    page = newsextract.extract(line)
    assert page.authors == authors
    assert page.body == "\n\n".join(_ID_PARS)


@pytest.mark.parametrize("text", [
    # (a menu's items parted by bars: no date after the bar)
    "Home Politik | Wirtschaft | Sport | Kultur Die Regierung plant neue Steuern.",
    # (the shape twice: a list's teasers, each with its section and date)
    "Neue Brücke eröffnet. Sachsen Heute | 08.07.2026 Die Straße ist frei. Thüringen Aktuell | "
    "07.07.2026 Der Zug fährt wieder.",
    # (a sentence going on after the date in lower case)
    "Prices rose. Jane Roe | 05.04.2025 and the market fell.",
    # (a bar with no name before it)
    "Prices rose on the day | 05.04.2025 The market fell.",
])
def test_bars_that_part_no_byline_leave_the_line_alone(text: str) -> None:
    assert dumps._piped_bylines(text) == text


def test_a_piped_byline_ends_after_its_dates_or_its_age() -> None:
    text = ("Menteri itu mengumumkan paket baru. Sehernur Karsu | 05.04.2025 - Güncelleme : 05.04.2025 "
            "Ankara Bakan Uraloğlu, yazılı açıklamasında bildirdi.")
    assert dumps._piped_bylines(text).split("\n\n") == [
        "Menteri itu mengumumkan paket baru.", "Sehernur Karsu | 05.04.2025 - Güncelleme : 05.04.2025",
        "Ankara Bakan Uraloğlu, yazılı açıklamasında bildirdi."]
    text = "Schools reopen in the north Jonisayi Maromo | Published 1 day ago Copy to Clipboard"
    assert dumps._piped_bylines(text).split("\n\n") == [
        "Schools reopen in the north", "Jonisayi Maromo | Published 1 day ago", "Copy to Clipboard"]


def test_a_share_bars_words_after_the_last_sentence_are_furniture_not_text() -> None:
    menus = " ".join([_ID_MENU] * 8)
    line = (f"{_ID_TITLE} - Kabar Kota {menus} {_ID_TITLE} Andi Wijaya | Selasa, 24/03/2015 "
            f"{' '.join(_ID_PARS)} Article content Share this article in your social network Share "
            f"this Story : Kabar Kota {menus}")
    page = newsextract.extract(line)
    assert page.body == "\n\n".join(_ID_PARS)


@pytest.mark.parametrize("line, parts", [
    ("Article content Share this article in your social network Share this Story : Canada.Com",
     ["Article content", "Share this article in your social network", "Share this Story : Canada.Com"]),
    ("© 2026 The Daily Courier All rights reserved Terms", ["© 2026 The Daily Courier", "All rights reserved Terms"]),
    # (a sentence that names a button keeps it: the line closes with its stop)
    ("Readers who want the digest can Sign up on the website.", ["Readers who want the digest can Sign up on the website."]),
    # (in lower case the words are a sentence's, "sign up for", "follow us")
    ("Members who sign up for the scheme get a discount", ["Members who sign up for the scheme get a discount"]),
    # (a related list's heading is the related reader's, left whole: "Read more", "Baca juga")
    ("Weather warning issued Read more Storm closes roads", ["Weather warning issued Read more Storm closes roads"]),
])
def test_furniture_phrases_part_only_a_line_that_closes_no_sentence(line: str, parts: list) -> None:
    # (the line under the text's first sentence: no line above it is parted)
    prose = "Heavy rain fell again on Monday across the northern counties of the region."
    got = dumps._furniture_lines(["First line", "", prose, "", line], "Headline")
    assert [x for x in got[4:] if x] == parts


# Regressions found by the review of line21 (rv-line21): each page below is read as the base
# (5262d23) reads it.

_EN_MENU = ("| The Northern Post Skip to content Menu Home News World Politics Business Sport Culture "
            "Opinion Search Subscribe Log in")
_EN_PARS = ("Heavy rain fell again on Monday across the northern counties, where rivers burst their banks "
            "for the second time this month. The regional council said 40 schools would stay closed until "
            "the water receded. Forecasters expect a further 50mm of rain by Wednesday, and the Environment "
            "Agency has issued six severe flood warnings. Train services between York and Leeds were "
            "suspended on Monday morning. Insurers warned that claims could exceed those of the 2015 "
            "floods, when thousands of homes in the county were damaged. Engineers will inspect three road "
            "bridges before they reopen, a process the highways authority said could take a fortnight. "
            "Local businesses in the town centre said they had lost a week of trade, and several shops on "
            "Bridge Street remained boarded up on Tuesday. The county's emergency planning officer, Sarah "
            "Mills, said volunteers had filled more than 8,000 sandbags since the weekend. Residents of the "
            "Riverside estate were moved to a leisure centre, where the Red Cross set up camp beds and a "
            "kitchen. The government said it would release emergency funding for councils, though local "
            "leaders said the sum was too small. Many residents said they had been given less than an hour "
            "to leave their homes. The council said it was looking for longer-term housing for about 60 "
            "families, and asked landlords with empty flats to come forward. Replacement buses were running, "
            "but passengers reported delays of up to two hours on flooded roads.")
_EN_FOOT = "About us Contact Privacy policy © 2024 The Northern Post. All rights reserved"


def test_a_one_line_page_broken_once_after_a_stop_is_still_one_line() -> None:
    # (a node's own line break after a sentence's stop: a line with a menu's run of capitals,
    # or a line of a page's length, is no paragraph of an essay)
    menu_line = f"{_HEAD} {_EN_MENU} {_HEAD} By Jane Roe March 12, 2024 10:05 AM GMT {_EN_PARS}"
    assert dump_style(f"{menu_line}\n{_EN_PARS} {_EN_FOOT}.\n") == dumps.SOUP_SPACED
    page = f"{_HEAD} Home News Sport {_EN_PARS} " * 8
    assert len(page) > 5000
    assert dump_style(f"{page.strip()}\n{_EN_PARS} All Rights Reserved.\n") == dumps.SOUP_SPACED
    # (still, a few long paragraphs of plain prose are paragraphs)
    assert dump_style(f"{_EN_PARS}\n{_EN_PARS}\n") != dumps.SOUP_SPACED


_DE_PARS = ("Schwere Regenfälle haben am Montag erneut den Norden des Landes getroffen, Flüsse traten über "
            "die Ufer. Der Landkreis teilte mit, 40 Schulen blieben bis auf Weiteres geschlossen, Eltern "
            "sollten täglich die Internetseite prüfen. Die Feuerwehr war mit mehr als 300 Kräften im "
            "Einsatz und pumpte in der Nacht zahlreiche Keller aus. Auf der Bundesstraße zwischen Hamm und "
            "Soest kam es wegen überfluteter Abschnitte zu langen Staus. Der Deutsche Wetterdienst erwartet "
            "für Mittwoch weitere kräftige Niederschläge im ganzen Bezirk. Die Stadt richtete in einer "
            "Turnhalle eine Notunterkunft für rund 80 Menschen ein, deren Häuser nicht bewohnbar sind. "
            "Versicherer rechnen mit Schäden in Millionenhöhe, wie ein Sprecher am Dienstag sagte. Viele "
            "Anwohner berichteten, sie hätten weniger als eine Stunde Zeit gehabt, ihre Wohnungen zu "
            "verlassen. Die Bahn stellte den Verkehr zwischen Hamm und Münster am Montagmorgen ein, nachdem "
            "ein Gleisbett unterspült worden war. Ersatzbusse fuhren, doch Fahrgäste klagten über "
            "Verspätungen von bis zu zwei Stunden. Der Bürgermeister kündigte an, die Deiche im Frühjahr "
            "prüfen zu lassen. Am Abend sank der Pegel der Lippe erstmals seit Tagen wieder leicht, die "
            "Lage blieb nach Angaben der Stadt aber angespannt. Schulen und Kindergärten in den betroffenen "
            "Ortsteilen sollen frühestens am Donnerstag wieder öffnen. ")
_DE_HEAD = "Flut schließt Schulen im Norden"
_DE_TOP = f"{_DE_HEAD} - Rheinische Zeitung Zum Inhalt springen Startseite Politik Wirtschaft Sport Kultur {_DE_HEAD}"
_DE_FOOT = "Impressum Datenschutz Kontakt © Rheinische Zeitung 2024"


def test_a_related_teasers_date_after_the_text_is_not_the_pages() -> None:
    # (a sentence's stop opens a date line in the page's head, not among teasers after the text)
    page = newsextract.extract(
        f"{_DE_TOP} Von Anna Schmidt {_DE_PARS}11.03.2024, 18:00 Uhr Hochwasser in Hamm: Pegel sinkt "
        f"wieder 10.03.2024, 09:12 Uhr Bahnstrecke gesperrt {_DE_FOOT}")
    assert page.date is None
    assert page.authors == ["Anna Schmidt"]


@pytest.mark.parametrize("credit", ["Bernd Thissen/dpa", "dpa/Bernd Thissen", "(Bloomberg/Benjamin Girette)"])
def test_a_caption_over_a_slashed_credit_does_not_open_the_body(credit: str) -> None:
    caption = "Ein Mann watet durch das Hochwasser in Hamm. Der Fluss stieg über Nacht um zwei Meter."
    page = newsextract.extract(
        f"{_DE_TOP} {caption} {credit} Von Anna Schmidt 12.03.2024, 10:05 Uhr {_DE_PARS}{_DE_FOOT}")
    assert not page.body.startswith(caption)  # (the base keeps the caption's first sentence at most)
    assert page.authors == ["Anna Schmidt"]


@pytest.mark.parametrize("line", ["Bernd Thissen/dpa", "dpa/Bernd Thissen", "Foto: dpa", "Image credit: Getty"])
def test_a_slashed_name_and_agency_is_a_picture_credit(line: str) -> None:
    assert dumps._picture_credit(line)


@pytest.mark.parametrize("line", ["Von Anna Schmidt", "12.03.2024, 10:05 Uhr", "Politik: Die Lage im Land"])
def test_a_byline_or_a_date_is_no_picture_credit(line: str) -> None:
    assert not dumps._picture_credit(line)


def test_a_headline_with_a_furniture_phrase_in_title_case_stays_whole() -> None:
    # (no line above the text's first sentence is parted: "How to Sign Up for ..." is the headline's)
    head = "How to Sign Up for the Flood Warning Service"
    page = newsextract.extract(
        f"Flood warnings: how to register {_EN_MENU} Floods {head} By Jane Roe March 12, 2024 {_EN_PARS} {_EN_FOOT}")
    assert page.title is not None and page.title.endswith(head)


def test_a_photo_credit_before_a_bar_and_a_date_is_no_byline() -> None:
    page = newsextract.extract(
        f"{_HEAD} {_EN_MENU} {_HEAD} Photo: Phil Noble Reuters | March 12, 2024 Rescuers in Ripon on "
        f"Monday. By Jane Roe {_EN_PARS} {_EN_FOOT}")
    assert page.authors == ["Jane Roe"]
    # (the label a few words before the bar: the names after it are the credit's, as on the base)
    page = newsextract.extract(
        f"{_HEAD} {_EN_MENU} {_HEAD} Photo: Phil Noble Reuters Jane Roe | March 12, 2024 {_EN_PARS} {_EN_FOOT}")
    assert "Reuters Jane Roe" not in page.authors
    # (a name and a date after a bar with no label before it is still the byline)
    page = newsextract.extract(f"{_HEAD} {_EN_MENU} {_HEAD} Jane Roe | March 12, 2024 {_EN_PARS} {_EN_FOOT}")
    assert page.authors == ["Jane Roe"]


def test_a_related_items_section_and_date_after_the_text_is_no_byline() -> None:
    page = newsextract.extract(
        f"{_HEAD} {_EN_MENU} {_HEAD} By Jane Roe March 12, 2024 {_EN_PARS} More from World Storm Ciara | "
        f"March 10, 2024 Insurers raise premiums after floods {_EN_FOOT}")
    assert page.authors == ["Jane Roe"]
    assert "World Storm Ciara | March 10, 2024" not in page.related
