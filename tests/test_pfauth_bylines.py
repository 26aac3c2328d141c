"""Bylines in the shapes outlets print that named the wrong people (invented pages, session 22):
agencies joined after a label ("BY AP AND REUTERS" gave the author "Ap And"), a photographer
credited on the writer's line ("Words by Jane Doe | Photos by John Roe" made him an author), a
picture's label run on after the writer's name ("Text: Anna Svensson Foto: Erik Johansson" named
no one), and a surname's particle of two words ("Pieter van den Berg" was lost)."""

from __future__ import annotations

from typing import List, Optional

import pytest

from newsextract import extract

_TEXT = {
    "en": ("Storm knocks out power across the coast", "March 7, 2024",
           "A powerful storm battered the coast on Thursday, knocking out power to thousands of homes "
           "and flooding low-lying streets in several towns along the shore.",
           "Utility crews worked through the night to restore service, and officials said most "
           "customers should have power back by the weekend."),
    "de": ("Sturm legt Stromversorgung an der Küste lahm", "07.03.2024",
           "Ein schwerer Sturm hat am Donnerstag die Küste getroffen und in tausenden Haushalten den "
           "Strom ausfallen lassen. In mehreren Orten wurden Straßen überflutet.",
           "Die Techniker arbeiteten die ganze Nacht, und die Behörden sagten, dass die meisten Kunden "
           "bis zum Wochenende wieder Strom haben sollen."),
    "es": ("Una tormenta deja sin luz a la costa", "7 de marzo de 2024",
           "Una fuerte tormenta azotó la costa el jueves y dejó sin electricidad a miles de hogares, "
           "además de inundar calles en varias localidades del litoral.",
           "Los técnicos trabajaron durante toda la noche para restablecer el servicio, y las "
           "autoridades dijeron que la mayoría de los clientes tendrá luz el fin de semana."),
    "fr": ("Une tempête prive la côte d'électricité", "7 mars 2024",
           "Une violente tempête a frappé la côte jeudi, privant d'électricité des milliers de foyers "
           "et inondant les rues de plusieurs communes du littoral.",
           "Les techniciens ont travaillé toute la nuit pour rétablir le courant, et les autorités ont "
           "indiqué que la plupart des clients seraient rebranchés d'ici le week-end."),
    "sv": ("Storm slår ut strömmen längs kusten", "7 mars 2024",
           "En kraftig storm drabbade kusten på torsdagen och slog ut strömmen för tusentals hushåll. "
           "Gator i flera orter längs kusten översvämmades.",
           "Tekniker arbetade hela natten för att återställa strömmen, och myndigheterna sade att de "
           "flesta kunder ska ha ström igen till helgen."),
    "nl": ("Storm legt stroomvoorziening aan de kust plat", "7 maart 2024",
           "Een zware storm heeft donderdag de kust getroffen en duizenden huishoudens zonder stroom "
           "gezet. In verschillende plaatsen kwamen straten onder water te staan.",
           "Monteurs werkten de hele nacht door om de stroom te herstellen, en de autoriteiten zeiden "
           "dat de meeste klanten tegen het weekend weer stroom hebben."),
    "id": ("Badai Putus Aliran Listrik di Pesisir", "Kamis, 7 Maret 2024",
           "Badai kencang menerjang wilayah pesisir pada Kamis dan memutus aliran listrik ke ribuan "
           "rumah. Sejumlah jalan di beberapa kota juga tergenang banjir.",
           "Petugas bekerja sepanjang malam untuk memulihkan layanan, dan pejabat setempat mengatakan "
           "sebagian besar pelanggan akan kembali mendapat listrik pada akhir pekan."),
}


def _page(lang: str, byline: str) -> bytes:
    """A dump: the headline, the byline over the date, two paragraphs."""
    title, date, *paragraphs = _TEXT[lang]
    return "\n\n".join([title, f"{byline}\n{date}", *paragraphs]).encode() + b"\n"


@pytest.mark.parametrize("lang,byline,credit", [
    ("en", "BY AP AND REUTERS", "AP AND REUTERS"),
    ("en", "By Reuters and Bloomberg", None),
    # (a German page takes "Von dpa und AFP" over the date for its headline: the title's
    # weakness, not the credit's; the agencies name no author either way)
    ("de", "Von dpa und AFP", None),
    ("es", "Por EFE y AFP", "EFE y AFP"),
    ("id", "Oleh Antara dan Reuters", "Antara dan Reuters"),
])
def test_agencies_after_a_label_are_a_credit_not_authors(lang: str, byline: str, credit: Optional[str]) -> None:
    article = extract(_page(lang, byline))
    assert article.authors == []
    if credit:
        assert article.credit == credit


@pytest.mark.parametrize("lang,byline,authors", [
    # a writer beside an agency, and writers whose names open like agencies' short names
    ("en", "BY JANE DOE AND AFP", ["Jane Doe"]),
    ("en", "BY JANE DOE AND JOHN ROE", ["Jane Doe", "John Roe"]),
    ("en", "By April Ross and Reuters", ["April Ross"]),
    ("de", "Von Anna Schmidt und Max Müller", ["Anna Schmidt", "Max Müller"]),
    ("en", "By Apa Sharma and Ana Reuter", ["Apa Sharma", "Ana Reuter"]),
])
def test_names_beside_agencies_stay(lang: str, byline: str, authors: List[str]) -> None:
    assert extract(_page(lang, byline)).authors == authors


@pytest.mark.parametrize("byline,authors", [
    ("Words by Jane Doe | Photos by John Roe", ["Jane Doe"]),
    ("Photos by John Roe | Words by Jane Doe", ["Jane Doe"]),
    ("By Jane Doe | Photographer: John Roe", ["Jane Doe"]),
    # near misses: a gallery's photographer alone is its author; one who wrote and shot is
    # named once; two writers stay two
    ("Photos by John Roe", ["John Roe"]),
    ("Words by Jane Doe | Photos by Jane Doe", ["Jane Doe"]),
    ("Words by Jane Doe | Words by John Roe", ["Jane Doe", "John Roe"]),
])
def test_a_photographer_on_the_writers_line_is_no_author(byline: str, authors: List[str]) -> None:
    assert extract(_page("en", byline)).authors == authors


def test_a_photographer_and_an_editor_only() -> None:
    # no writer named: the photographer is the gallery's author, the editor its editor
    article = extract(_page("en", "Photographer: John Roe | Editor: Mary Major"))
    assert (article.authors, article.editors) == (["John Roe"], ["Mary Major"])


@pytest.mark.parametrize("lang,byline,authors", [
    ("sv", "Text: Anna Svensson Foto: Erik Johansson", ["Anna Svensson"]),
    ("de", "Text: Anna Schmidt Fotos: Max Müller", ["Anna Schmidt"]),
    ("de", "Text: Anna Schmidt. Foto: Max Müller", ["Anna Schmidt"]),
    ("id", "Reporter: Budi Santoso Foto: Siti Rohmah Editor: Andi Wijaya", ["Budi Santoso"]),
    # (rv-pfa) a picture's label of two words: its first word is no part of the name
    ("en", "By Jane Doe Photo Illustration: John Roe", ["Jane Doe"]),
    # near misses: an initial keeps its dot; a picture's credit alone names no author; a
    # heading with "Text" names no one
    ("sv", "Text: Anna K. Foto: Erik Johansson", ["Anna K."]),
    ("de", "Foto: Max Müller", []),
    ("de", "Text: Die Rede im Wortlaut", []),
])
def test_a_pictures_label_after_the_writers_name(lang: str, byline: str, authors: List[str]) -> None:
    assert extract(_page(lang, byline)).authors == authors


@pytest.mark.parametrize("lang,byline,authors", [
    ("nl", "Door Jan de Vries en Pieter van den Berg", ["Jan de Vries", "Pieter van den Berg"]),
    ("nl", "Door Jan van het Hof", ["Jan van het Hof"]),
    ("de", "Von Maria von den Driesch", ["Maria von den Driesch"]),
    # near misses: a headline's phrase after "Von" names no one; a surname in small letters
    # after the particle is no name
    ("de", "Von Menschen und den Tieren", []),
    ("nl", "Door Pieter van den berg", []),
    ("nl", "Door Anna van der Meer en Jan van den Bosch", ["Anna van der Meer", "Jan van den Bosch"]),
    # after a name in full, "von den" is the writer's party or outlet, not a surname's
    ("de", "Von Anna Schmidt von den Grünen", []),
    # (rv-pfa) a phrase of the same shape whose first word is no given name names no one
    ("nl", "Door Raad van het Verzet", []),
    ("nl", "Door Huis van het Volk", []),
    ("de", "Von Stimmen von den Rängen", []),
    ("en", "By Friends von den Linden", []),
])
def test_a_particle_of_two_words(lang: str, byline: str, authors: List[str]) -> None:
    assert extract(_page(lang, byline)).authors == authors


@pytest.mark.parametrize("lang,byline,authors", [
    # a dump joins the name's node and the role's under the headline, over the date
    ("en", "Jane DoeReporter", ["Jane Doe"]),
    ("en", "Jane DoeSenior Reporter", ["Jane Doe"]),
    ("en", "Jane DoeStaff Writer", ["Jane Doe"]),
    ("de", "Anna SchmidtRedakteurin", ["Anna Schmidt"]),
    ("id", "Budi SantosoJurnalis", ["Budi Santoso"]),
    # near misses: a promotion's or a desk's line glued to a role, a name glued to a word that
    # is no role, a byline box with its buttons, a phrase glued to its last word
    ("en", "Now HiringSenior Editor", []),
    ("en", "Weekend EditionSenior Editor", []),
    ("en", "Jane DoeSenior", []),
    ("en", "Letters to theEditor", []),
    ("de", "Unsere RedaktionRedakteurin", []),
    ("en", "Sign UpStaff Writer", []),
    # (rv-pfa) a menu's or a section's line glued to a role: its first word no given name
    ("en", "About UsEditor", []),
    ("en", "Log InStaff Writer", []),
    ("en", "Job OpeningsSenior Reporter", []),
    ("en", "New YorkCorrespondent", []),
    ("de", "Lokales RessortRedakteur", []),
])
def test_a_name_with_its_role_glued_on(lang: str, byline: str, authors: List[str]) -> None:
    assert extract(_page(lang, byline)).authors == authors
