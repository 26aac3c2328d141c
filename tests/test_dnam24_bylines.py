"""Bylines of dumps from outlets never seen (dnam24's probes): the box about the writer after
the text ("Mehr von Jana Müller", "About the author" over the name, the name over its note
"Jane Doe is a reporter ..."), read when no byline named anyone; beside the near misses a name
after the text must not turn into a writer: a topic's link ("Mehr zu Olaf Scholz"), a desk or
an outlet after the label, a box about the story's subject, a comment's poster, a team list,
a "Most read" list's teasers."""

from __future__ import annotations

from typing import List, Optional

import pytest

from newsextract import extract
from newsextract.fields.byline import one_placed_writer, parse_credit
from newsextract.profiles import get_profile

from conftest import FIXTURES, bench_dumps, dump_as

_DIR = FIXTURES / "dnam24"

_BODY = {
    "en": ["The city council voted on Tuesday to close the old harbour bridge to heavy traffic after "
           "engineers found deep cracks in two of its supporting piers.",
           "Officials said the closure would last at least six months while repairs are planned, and "
           "that buses would be sent along the river road instead.",
           "Residents of the northern districts said the detour would add half an hour to their daily "
           "journeys, and shop owners near the bridge feared losing customers."],
    "de": ["Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke für den Schwerverkehr zu "
           "sperren, nachdem Ingenieure tiefe Risse in zwei Pfeilern gefunden hatten.",
           "Die Sperrung werde mindestens sechs Monate dauern, sagten Vertreter der Stadt, und die "
           "Busse würden über die Uferstraße umgeleitet.",
           "Anwohner der nördlichen Stadtteile klagten, der Umweg koste sie jeden Tag eine halbe "
           "Stunde, und Händler an der Brücke fürchten um ihre Kundschaft."],
    "es": ["El ayuntamiento votó el martes cerrar el viejo puente del puerto al tráfico pesado después "
           "de que los ingenieros encontraran grietas profundas en dos de sus pilares.",
           "Según los responsables, el cierre durará al menos seis meses mientras se planifican las "
           "obras, y los autobuses se desviarán por la carretera del río.",
           "Los vecinos de los barrios del norte dicen que el desvío les añadirá media hora a sus "
           "trayectos diarios, y los comerciantes temen perder clientes."],
    "nl": ["De gemeenteraad heeft dinsdag besloten de oude havenbrug te sluiten voor zwaar verkeer, "
           "nadat ingenieurs diepe scheuren in twee pijlers hadden gevonden.",
           "De sluiting duurt minstens zes maanden terwijl het herstel wordt voorbereid, zeiden "
           "ambtenaren, en de bussen worden omgeleid via de rivierweg.",
           "Bewoners van de noordelijke wijken zeggen dat de omleiding hen elke dag een half uur extra "
           "kost, en winkeliers bij de brug vrezen klanten te verliezen."],
    "fr": ["Le conseil municipal a voté mardi la fermeture du vieux pont du port aux poids lourds, après "
           "que des ingénieurs ont découvert de profondes fissures dans deux piles.",
           "La fermeture durera au moins six mois, le temps de planifier les travaux, et les bus seront "
           "déviés par la route du fleuve, ont indiqué les responsables.",
           "Les habitants des quartiers nord estiment que le détour leur coûtera une demi-heure par "
           "jour, et les commerçants craignent de perdre leurs clients."],
    "id": ["Dewan kota pada Selasa memutuskan menutup jembatan pelabuhan lama bagi kendaraan berat "
           "setelah para insinyur menemukan retakan dalam pada dua pilarnya.",
           "Penutupan itu akan berlangsung sedikitnya enam bulan selama perbaikan direncanakan, kata "
           "para pejabat, dan bus akan dialihkan melalui jalan sungai.",
           "Warga di kawasan utara mengatakan jalan memutar itu menambah setengah jam perjalanan harian "
           "mereka, dan pedagang di dekat jembatan khawatir kehilangan pelanggan."],
}
_TITLE = {
    "en": "Harbour bridge closed to lorries after cracks found",
    "de": "Hafenbrücke nach Rissen für Lastwagen gesperrt",
    "es": "Cierran el puente del puerto a los camiones tras hallar grietas",
    "nl": "Havenbrug dicht voor vrachtwagens na vondst van scheuren",
    "fr": "Le pont du port fermé aux poids lourds après la découverte de fissures",
    "id": "Jembatan Pelabuhan Ditutup untuk Truk Setelah Retakan Ditemukan",
}
_DATE = {"en": "12 March 2024", "de": "12.03.2024, 14:05 Uhr", "es": "12 mar 2024 - 14:05",
         "nl": "12 maart 2024, 14:05", "fr": "12 mars 2024 à 14h05", "id": "Selasa, 12 Maret 2024 14:05 WIB"}


def _dump(lang: str, below: List[str]) -> bytes:
    """A w3m-like dump: a menu, the headline, the date, three paragraphs, then `below`."""
    lines = ["Home | News | Sport | Culture | Opinion", "", _TITLE[lang], "", _DATE[lang], ""]
    for p in _BODY[lang]:
        lines += [p, ""]
    lines += below + ["", "© 2024 Example Media"]
    return ("\n".join(lines) + "\n").encode()


@pytest.mark.parametrize("lang,below,authors", [
    # a label that says the links are the writer's articles, or a bare one under the name
    ("de", ["Mehr Artikel von Jana Müller"], ["Jana Müller"]),
    ("de", ["Jana Müller", "Redakteurin", "Mehr von Jana Müller"], ["Jana Müller"]),
    ("de", ["Alle Artikel von Jana Müller"], ["Jana Müller"]),
    ("en", ["More stories by Jane Doe"], ["Jane Doe"]),
    ("en", ["Jane Doe", "More by Jane Doe"], ["Jane Doe"]),
    ("nl", ["Jan de Vries", "Lees meer van Jan de Vries"], ["Jan de Vries"]),
    ("fr", ["Marie Dupont", "Plus d'articles de Marie Dupont"], ["Marie Dupont"]),
    ("es", ["Ana García", "Ver más de Ana García"], ["Ana García"]),
    ("id", ["Artikel lainnya dari Rina Marlina"], ["Rina Marlina"]),
    ("en", ["About the author", "Jane Doe", "Jane Doe is a transport correspondent."], ["Jane Doe"]),
    # the box's heading over the name and its journalist's role
    ("en", ["About the author", "Jane Doe", "Senior Reporter"], ["Jane Doe"]),
    ("de", ["Über die Autorin", "Jana Müller", "Redakteurin"], ["Jana Müller"]),
    # the name over its note, the note naming the same person with a writer's role
    ("en", ["Jane Doe", "Jane Doe is a transport correspondent at the paper."], ["Jane Doe"]),
    ("de", ["Jana Müller", "Jana Müller ist seit 2015 Redakteurin im Ressort Verkehr."], ["Jana Müller"]),
    ("es", ["Ana García", "Ana García es periodista de la sección de Local."], ["Ana García"]),
    ("en", ["Jane Doe", "Jane Doe is a reporter.", "", "Most read", "Tom Roe"], ["Jane Doe"]),
])
def test_a_writer_box_after_the_text_names_the_writer(lang: str, below: List[str], authors: List[str]) -> None:
    article = extract(_dump(lang, below))
    assert article.title == _TITLE[lang]
    assert article.authors == authors


@pytest.mark.parametrize("lang,below", [
    ("de", ["Mehr zu Olaf Scholz"]),  # a topic's link, not a writer's
    ("en", ["More on Boris Johnson"]),
    ("en", ["More from Jane Doe"]),  # ("from" heads a section's or an outlet's links as often)
    ("de", ["Mehr von der Redaktion"]),  # a desk
    ("de", ["Mehr von SPIEGEL Plus"]),  # an outlet's product
    ("en", ["More by The Guardian"]),
    ("fr", ["Tous les articles de Sport"]),
    ("es", ["Más de 300 personas"]),
    ("es", ["Más de Madrid"]),
    ("de", ["Mehr von Jana Müller und Tom Weber"]),  # (two names: no one name of one box)
    # a box about the story's subject: its note gives no writer's role
    ("en", ["Olaf Scholz", "Olaf Scholz is a German politician who led the government."]),
    ("en", ["Jane Doe", "Great article, thanks for writing it."]),  # a comment's poster
    ("en", ["Most read", "More by Jane Doe"]),  # a list's teasers
    ("en", ["Board of directors", "Jane Doe", "Tom Roe", "Ana Smith"]),
    ("en", ["Photo: Jane Doe"]),
    ("de", ["Über die Autorin", "Jana Müller"]),  # (a heading over a name alone: a book's author as often)
    ("en", ["About the author", "Jane Doe", "Photo Editor"]),  # (a picture's role)
    ("de", ["Über den Autor", "Thomas Brandt", "Schriftsteller"]),  # (no journalist's role)
    ("en", ["Jane Doe", "Jane Doe is the paper's transport correspondent."]),  # (no "is a": no note)
    ("en", ["Tom Hanks", "Tom Hanks is set to play a journalist in a new film."]),
    ("en", ["Jane Doe", "Jane Doe is a speechwriter for the mayor."]),
    ("en", ["— Jane Doe"]),
    # a bare "more by" label with no name printed alone above it heads a topic's, an
    # artist's, a club's or a book's links as often (rv-dnam24's near misses)
    ("de", ["Mehr von Jana Müller"]),
    ("en", ["More by Jane Doe"]),
    ("en", ["More by Taylor Swift", "Midnights", "Folklore"]),
    ("de", ["Mehr von Bayern München", "Mehr von Borussia Dortmund"]),
    ("es", ["Más de Pedro Sánchez"]),
    ("fr", ["Du même auteur : Marcel Proust"]),
    ("nl", ["Meer van Mark Rutte"]),
    ("en", ["Mer av Zlatan Ibrahimović"]),
    ("en", ["Mais de Lula da Silva"]),
    # a name over its note under a heading that is no writer box's, or with a role qualified
    # away: a team's, a comment's, a podcast's, a letter's, a photo's, a spokesperson's box,
    # an obituary's
    ("en", ["Meet our team", "Anna Berg", "Anna Berg is our editor-in-chief.", "Tom Roe",
            "Tom Roe is a reporter covering the city council."]),
    ("en", ["3 comments", "John Smith", "John Smith is a reporter and says the bridge was a disaster."]),
    ("en", ["Listen to our podcast", "Sarah Lund", "Sarah Lund is a producer and host of The City Hour."]),
    ("en", ["Letters", "Alan Bright", "Alan Bright is a retired editor who lives near the bridge."]),
    ("en", ["Photo: Tom Roe", "Tom Roe", "Tom Roe is a photographer and video producer."]),
    ("en", ["Karen White", "Karen White is a spokesperson and former journalist for the authority."]),
    ("en", ["Jane Doe", "Jane Doe was a reporter for the Courier for 30 years; she died on Monday."]),
    ("en", ["Jane Doe", "Jane Doe is a former reporter for the Courier."]),
    ("de", ["Jana Müller", "Jana Müller war Redakteurin der Zeitung."]),
    ("en", ["About the author", "Jane Doe", "Former Senior Reporter"]),
])
def test_a_name_after_the_text_without_the_box_names_no_writer(lang: str, below: List[str]) -> None:
    assert extract(_dump(lang, below)).authors == []


@pytest.mark.parametrize("style", ["w3m", "lynx", "soup_nl", "markdown", "markdownify", "pandoc_plain", "elinks"])
def test_a_writer_box_page_in_dump_styles(style: str) -> None:
    # an author box after the tags ("Jana Müller", "Redakteurin Lokales", "Mehr von Jana
    # Müller"), a photo's credit in the caption and a quote's speaker above it, a "Meistgelesen"
    # list under it: the box's name is the writer's, in the HTML and in the dumps
    html = (_DIR / "de-box.html").read_text(encoding="utf-8")
    dumped = dump_as(html, style)
    assert extract(dumped.encode()).authors == ["Jana Müller"]
    assert extract(html.encode()).authors == ["Jana Müller"]


@pytest.mark.parametrize("below", [["Mehr Artikel von Thomas Brandt"], ["Über den Autor", "Thomas Brandt", "Redakteur"]])
def test_a_box_on_the_storys_own_subject_names_no_writer(below: List[str]) -> None:
    # a review's box on the book's author, whose name the text prints in full: the subject, not
    # the writer; a surname alone in the text may be another person's
    page = _dump("de", below)
    told = page.replace("Der Stadtrat".encode(), "Der Autor Thomas Brandt erzählt, der Stadtrat".encode(), 1)
    assert extract(told).authors == []
    other = page.replace("Der Stadtrat".encode(), "Der Wirt Karl Brandt erzählt, der Stadtrat".encode(), 1)
    assert extract(other).authors == ["Thomas Brandt"]


@pytest.mark.parametrize("line,lang,author", [
    ("By Jane Doe in Kyiv", "en", "Jane Doe"),
    ("By Jane Doe in London", "en", "Jane Doe"),
    ("Von Anna Schmidt in Berlin", "de", "Anna Schmidt"),
    # a headline's or a kicker's words after "By", a place's or a body's name with a given
    # name's word: no writer
    ("By Night Train in Europe", "en", None),
    ("By Sea Kayak in Norway", "en", None),
    ("By Grace Church in London", "en", None),
    ("By Jordan River in Israel", "en", None),
    ("By Victoria Station in London", "en", None),
    ("By Mary Shelley in 1818", "en", None),
    ("By Christian Democrats in Berlin", "en", None),
    ("By Victoria Line in London", "en", None),
    ("By Bill Gates Foundation in Seattle", "en", None),
    ("By Manchester United in Madrid", "en", None),
])
def test_one_writer_and_the_place_filed_from(line: str, lang: str, author: Optional[str]) -> None:
    assert one_placed_writer(line, get_profile(lang)) == author
    assert parse_credit(line, get_profile(lang))[0] == []  # (read in the byline's place only)


def test_several_writers_each_with_a_place() -> None:
    assert parse_credit("By Jane Doe in Kyiv and John Roe in Moscow", get_profile("en"))[0] == ["Jane Doe", "John Roe"]


def _placed_page(head: List[str], after_first: List[str]) -> bytes:
    lines = ["Home | News | Sport", "", _TITLE["en"], ""] + head + [""]
    for i, p in enumerate(_BODY["en"]):
        lines += [p, ""] + (after_first + [""] if i == 0 else [])
    return ("\n".join(lines) + "\n").encode()


@pytest.mark.parametrize("head,after_first,authors", [
    (["By Jane Doe in Kyiv", "12 March 2024"], [], ["Jane Doe"]),
    # a quote's signature under the headline, a line in the text under a figure: no byline
    (['"The reports of my death are greatly exaggerated."', "By Mark Twain in London", "12 March 2024"], [], []),
    (["> The reports of my death are greatly exaggerated.", "> By Mark Twain in London", "12 March 2024"], [], []),
    (["12 March 2024"], ["The museum", "By Frank Gehry in Bilbao"], []),
])
def test_one_placed_writer_only_in_the_bylines_place(head: List[str], after_first: List[str],
                                                     authors: List[str]) -> None:
    assert extract(_placed_page(head, after_first)).authors == authors


@pytest.mark.parametrize("line,authors", [
    ("By MARIA LOPEZ and TOM OKAFOR Associated Press", ["Maria Lopez", "Tom Okafor"]),
    ("By MARIA LOPEZ Associated Press", ["Maria Lopez"]),
    ("By Maria Lopez and Tom Okafor The Associated Press", ["Maria Lopez", "Tom Okafor"]),
    ("By Associated Press", []),  # the agency alone: a credit, no writer
    ("By The Associated Press", []),
])
def test_an_agency_run_on_after_the_names(line: str, authors: List[str]) -> None:
    assert parse_credit(line, get_profile("en"))[0] == authors


def test_an_agency_of_one_word_may_close_a_name() -> None:
    # ("Ani" is an agency's abbreviation and an Indonesian name's word: only agencies of two
    # words and more are cut from a name's end)
    assert parse_credit("Penulis: Sri Ani", get_profile("id"))[0] == ["Sri Ani"]


@pytest.mark.parametrize("page", ["de-near-teaser.html", "de-near-subject.html"])
@pytest.mark.parametrize("style", ["html", "w3m", "lynx", "soup_nl", "markdown", "markdownify", "pandoc_plain", "elinks"])
def test_a_more_by_link_of_a_teaser_or_the_subject_names_no_writer(page: str, style: str) -> None:
    # no byline; "Mehr von Tom Weber" beside a story of the "Meistgelesen" list (a teaser's), or a
    # box on the story's subject whose full name the text prints ("Olaf Scholz" / "Olaf Scholz
    # ist ein deutscher Politiker." / "Mehr von Olaf Scholz"): no writer
    html = (_DIR / page).read_text(encoding="utf-8")
    data = dump_as(html, style)
    assert extract(data.encode()).authors == []


@pytest.mark.parametrize("line,authors", [
    # a byline box's line a dump prints whole: the name (maybe twice: the portrait's alt text,
    # then the link), the qualified role, the handle, the date
    ("Jane Doe Transport Correspondent Tue 12 Mar 2024 14.05 GMT", ["Jane Doe"]),
    ("Jane Doe Jane Doe Transport Correspondent @janedoe Tue 12 Mar 2024 14.05 GMT", ["Jane Doe"]),
    ("Jane Doe @janedoe Tue 12 Mar 2024 14.05 GMT", ["Jane Doe"]),
    ("Jane Doe Senior Political Correspondent Tue 12 Mar 2024", ["Jane Doe"]),
    # near misses: a handle that spells no word of the words before it; a role alone
    ("Film Festival Opens @bfi 12 Mar 2024", []),
    ("Photo Editor Tue 12 Mar 2024", []),
    ("Staff Reporter 12 Mar 2024", []),
])
def test_a_byline_box_line_with_role_and_handle(line: str, authors: List[str]) -> None:
    from newsextract.fields.byline import dated_names
    from newsextract.profiles import merged_for
    assert dated_names(line, "", merged_for(get_profile("en"))) == authors


# rv-dnam24's invented pages (fixtures/dnam24/rv/): near misses that must name no writer in
# any style, and bylines the branch reads (checked by eye against each page's markup)
_RV_NONE = ["de-mehr-von-fischer", "en-by-bill-gates-foundation", "en-by-christian-dem", "en-by-frank-gehry",
            "en-by-mark-twain", "en-by-victoria-line", "en-comment", "en-more-by-swift", "en-obit", "en-podcast",
            "en-statement", "en-team-box", "es-mas-de-club", "es-mas-de-messi", "es-topic-mas",
            "fr-du-meme-inline", "nl-meer-van-rutte", "pt-topic-mais", "sv-mer-av"]
_RV_SOME = {"en-by-jane-kyiv": ["Jane Doe"], "en-by-two-placed": ["Jane Doe", "John Roe"],
            "en-agency": ["Maria Lopez", "Tom Okafor"], "en-about-another": ["Olaf Berg"]}


def _rv_styles(page: str) -> List[bytes]:
    html = (_DIR / "rv" / f"{page}.html").read_text(encoding="utf-8")
    out = [html.encode()]
    dumpers = bench_dumps()
    for style in ("w3m", "lynx", "soup_nl", "markdown", "markdownify", "pandoc_plain", "elinks", "links"):
        try:
            out.append(dumpers.DUMPERS[style](html).encode())
        except (FileNotFoundError, OSError, ImportError):
            continue
    return out


@pytest.mark.parametrize("page", _RV_NONE)
def test_reviewers_near_misses_name_no_writer(page: str) -> None:
    assert all(extract(d).authors == [] for d in _rv_styles(page))


@pytest.mark.parametrize("page", sorted(_RV_SOME))
def test_reviewers_bylines_are_read(page: str) -> None:
    assert all(extract(d).authors == _RV_SOME[page] for d in _rv_styles(page))
