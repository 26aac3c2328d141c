"""A byline printed in capitals joins its names with the join in capitals ("BY JANE DOE AND JOHN
ROE"): the names are split as in a byline in small letters (issue 11: lists split on and, dan,
und), with the joins of the page's own language only."""

from __future__ import annotations

from typing import List

import pytest

from newsextract import extract

_TEXT = {
    "en": ("Storm knocks out power across the coast", "MARCH 7, 2024",
           "A powerful storm battered the coast on Thursday, knocking out power to thousands of homes "
           "and flooding low-lying streets in several towns along the shore.",
           "Utility crews worked through the night to restore service, and officials said most "
           "customers should have power back by the weekend."),
    "de": ("Sturm legt Stromversorgung an der Küste lahm", "07.03.2024",
           "Ein schwerer Sturm hat am Donnerstag die Küste getroffen und in tausenden Haushalten den "
           "Strom ausfallen lassen. In mehreren Orten wurden Straßen überflutet.",
           "Die Techniker arbeiteten die ganze Nacht, und die Behörden sagten, dass die meisten Kunden "
           "bis zum Wochenende wieder Strom haben sollen."),
    "id": ("Badai Putus Aliran Listrik di Pesisir", "KAMIS, 7 MARET 2024",
           "Badai kencang menerjang wilayah pesisir pada Kamis dan memutus aliran listrik ke ribuan "
           "rumah. Sejumlah jalan di beberapa kota juga tergenang banjir.",
           "Petugas bekerja sepanjang malam untuk memulihkan layanan, dan pejabat setempat mengatakan "
           "sebagian besar pelanggan akan kembali mendapat listrik pada akhir pekan."),
    "es": ("Una tormenta deja sin luz a la costa", "7 DE MARZO DE 2024",
           "Una fuerte tormenta azotó la costa el jueves y dejó sin electricidad a miles de hogares, "
           "además de inundar calles en varias localidades del litoral.",
           "Los técnicos trabajaron durante toda la noche para restablecer el servicio, y las "
           "autoridades dijeron que la mayoría de los clientes tendrá luz el fin de semana."),
}


def _page(lang: str, byline: str) -> bytes:
    title, date, *paragraphs = _TEXT[lang]
    return "\n\n".join([title, f"{byline}\n{date}", *paragraphs]).encode() + b"\n"


@pytest.mark.parametrize("lang,byline,authors", [
    ("en", "BY JANE DOE AND JOHN ROE", ["Jane Doe", "John Roe"]),
    ("en", "BY JANE DOE, JOHN ROE AND MARY MAJOR", ["Jane Doe", "John Roe", "Mary Major"]),
    ("en", "BY JOHN ROE AND DAN SMITH", ["John Roe", "Dan Smith"]),
    ("de", "VON ANNA SCHMIDT UND MAX MÜLLER", ["Anna Schmidt", "Max Müller"]),
    ("id", "OLEH BUDI SANTOSO DAN SITI ROHMAH", ["Budi Santoso", "Siti Rohmah"]),
    ("es", "POR JOSÉ Y. PÉREZ Y ANA GARCÍA", ["José Y. Pérez", "Ana García"]),
])
def test_a_byline_in_capitals_splits_on_its_joins(lang: str, byline: str, authors: List[str]) -> None:
    assert extract(_page(lang, byline)).authors == authors


@pytest.mark.parametrize("lang,byline,authors", [
    # another language's join in capitals is a name or an initial on the page's language
    ("en", "BY DAN SMITH", ["Dan Smith"]),
    ("en", "BY MARIA E COSTA", ["Maria E Costa"]),
    # an initial with its dot is no join
    ("es", "POR MARÍA E. COSTA", ["María E. Costa"]),
    ("en", "BY JANE DOE", ["Jane Doe"]),
])
def test_names_in_capitals_that_hold_no_join_stay_whole(lang: str, byline: str, authors: List[str]) -> None:
    assert extract(_page(lang, byline)).authors == authors
