"""Speakers in shapes the profiles missed (invented pages): Spanish in the perfect tense, which
Spain's press prints most ("ha afirmado la vicepresidenta segunda, Yolanda Díaz"), and an
Indonesian minister's portfolio between the office and the name ("Menteri Ketenagakerjaan Ida
Fauziyah")."""

from __future__ import annotations

import pytest

import newsextract

_ES = ("El Gobierno aprueba la subida del salario mínimo",
       "El Consejo de Ministros ha aprobado este martes el real decreto que eleva el salario mínimo "
       "interprofesional un cinco por ciento.",
       "La patronal no se ha sumado al acuerdo firmado por el Gobierno y los sindicatos mayoritarios.")
_ID = ("Pemerintah Naikkan Upah Minimum Tahun Depan",
       "Pemerintah resmi menaikkan upah minimum provinsi tahun depan sebesar lima persen setelah rapat "
       "dengan serikat pekerja.",
       "Kalangan pengusaha menilai kenaikan tersebut terlalu tinggi bagi usaha kecil dan menengah di daerah.")


def _speakers(lang: str, parts: tuple, quote: str) -> list:
    title, first, last = parts
    page = (f'<html lang="{lang}"><body><article><h1>{title}</h1><p>{first}</p><p>{quote}</p>'
            f"<p>{last}</p></article></body></html>")
    return [q["speaker"] for q in newsextract.extract(page.encode()).to_dict()["quotes"]]


@pytest.mark.parametrize("quote, speaker", [
    ('"Es una buena noticia para los trabajadores", ha afirmado la vicepresidenta segunda, '
     "Yolanda Díaz, en la rueda de prensa.", "Yolanda Díaz"),
    ('"Es una buena noticia para los trabajadores", ha dicho Yolanda Díaz.', "Yolanda Díaz"),
    ('"Es una buena noticia", ha señalado el ministro de Economía, Carlos Cuerpo.', "Carlos Cuerpo"),
    ('Yolanda Díaz ha dicho: "Es una buena noticia para los trabajadores del país".', "Yolanda Díaz"),
])
def test_spanish_perfect_tense_cues(quote: str, speaker: str) -> None:
    assert _speakers("es", _ES, quote) == [speaker]


def test_a_spanish_quote_with_no_speech_verb_names_no_one() -> None:
    # ("ha contado con": has counted on; the quoted words are a name, no speech)
    assert _speakers("es", _ES, 'El plan "Empleo Joven" ha contado con el apoyo de todos los grupos '
                                "de la cámara este año.") in ([], [None])


@pytest.mark.parametrize("office, name", [
    ("Menteri Ketenagakerjaan", "Ida Fauziyah"),
    ("Menteri Keuangan", "Sri Mulyani Indrawati"),
    ("Menteri Energi dan Sumber Daya Mineral (ESDM)", "Arifin Tasrif"),
    ("Menteri PUPR", "Basuki Hadimuljono"),
])
def test_an_indonesian_ministers_portfolio_is_no_part_of_the_name(office: str, name: str) -> None:
    quote = (f'"Ini kabar baik bagi para pekerja di seluruh Indonesia," ujar {office} {name} di '
             "Jakarta, Selasa (12/3/2024).")
    assert _speakers("id", _ID, quote) == [name]
