"""Bylines of international text dumps (issue 11, session 16): the shapes a dump prints a byline
in that were missed (a name and its role on one line, a portrait's alt text before the label,
a box with a reading time, a byline above the headline the dump's title was read under), each
beside the lines that look like it and are not a byline."""

from __future__ import annotations

from typing import List

import pytest

import newsextract
from newsextract.fields.byline import parse_credit, without_portrait_alt
from newsextract.profiles import merged

TEXT = {
    "en": ["The county board voted on Tuesday to set aside more money for repairing a bridge "
           "that collapsed after heavy rain last week.",
           "The head of public works said construction would begin next month and should finish "
           "before the end of the budget year."],
    "de": ["Der Kreistag hat am Dienstag zusätzliches Geld für die Reparatur einer Brücke "
           "bewilligt, die nach starkem Regen eingestürzt war.",
           "Der Leiter des Bauamts sagte, die Arbeiten sollten im nächsten Monat beginnen und vor "
           "dem Ende des Haushaltsjahres abgeschlossen sein."],
    "es": ["El consejo provincial aprobó el martes más fondos para reparar el puente que se "
           "derrumbó tras las fuertes lluvias de la semana pasada.",
           "El responsable de obras públicas dijo que los trabajos empezarán el mes que viene y "
           "deberían terminar antes de que acabe el año."],
}
TITLES = {"en": "County Sets Aside Money To Rebuild Bridge Lost In Heavy Rain",
          "de": "Kreis bewilligt Geld für eingestürzte Brücke nach Unwetter",
          "es": "La provincia destina fondos para reconstruir el puente caído"}


def _authors(lang: str, head: List[str], tail: List[str] = ()) -> List[str]:  # type: ignore[assignment]
    """The authors read from a dump: the headline, the lines under it, the text, the lines
    under the text."""
    return newsextract.extract("\n\n".join([TITLES[lang], *head, *TEXT[lang], *tail]) + "\n").authors


# --- a name and its qualified role on one line, between the headline and the text -------------

def test_a_name_and_its_role_on_one_line_under_the_date() -> None:
    # "editor" is also a word of furniture headings ("Pilihan Editor"): the role is cut first
    assert _authors("en", ["21 May 2025 - 14:19", "Thabo Mokone Parliamentary editor", "Subscribe now"]) \
        == ["Thabo Mokone"]


@pytest.mark.parametrize("line", [
    "Pilihan Editor",  # a furniture heading: its "editor" is no role after a name
    "Meet Your Local News Reporter",  # a promotion's line: no name is left of it
    "Editor's Picks",
])
def test_a_heading_with_a_role_word_names_no_one(line: str) -> None:
    assert _authors("en", ["21 May 2025 - 14:19", line, "Subscribe now"]) == []


# --- a portrait's alt text printed before the byline --------------------------------------------

def test_a_portraits_alt_text_before_the_byline_is_cut() -> None:
    k = merged()
    assert without_portrait_alt("Vivien Valentiner Von Vivien Valentiner, Redakteurin 06.11.2025", k) == \
        "Von Vivien Valentiner, Redakteurin 06.11.2025"
    assert parse_credit("Vivien Valentiner Von Vivien Valentiner, Redakteurin 06.11.2025, 17:06", k)[0] == \
        ["Vivien Valentiner"]
    assert parse_credit("Eric Song By Eric Song", k)[0] == ["Eric Song"]


@pytest.mark.parametrize("line", [
    "Anna Berg von Anna Bergmann",  # another name after the label: no alt text of the same
    "Jan Meier und Jan Meier",  # "und" is no label
    "Von Montag an gilt die neue Regel",  # a sentence opening with the label's word
])
def test_no_portrait_alt_where_the_name_is_not_printed_twice_around_a_label(line: str) -> None:
    assert without_portrait_alt(line, merged()) == line
