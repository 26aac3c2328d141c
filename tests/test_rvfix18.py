"""A copyright phrase that a sentence or a headline goes on from is no copyright line (the second
review of session 18, fixtures/rvfix18): "Depuis 2019, tous droits réservés sur ses chansons ..."
and "Tous droits réservés, a répondu l'avocat du label." stay in the body; "Tous droits réservés :
les photographes contre l'IA" and "Alle Rechte vorbehalten: Fotografen gegen die KI" stay
headlines; the site's own lines are still copyright lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsextract import extract
from newsextract.fields.title import copyright_line
from newsextract.options import Options

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "rvfix18"


def test_sentences_holding_the_phrase_stay_in_the_body() -> None:
    body = extract((PAGES / "copy_fr.html").read_bytes(), Options(input_format="html")).body or ""
    assert "Depuis 2019, tous droits réservés sur ses chansons reviennent à une fondation." in body
    assert "Tous droits réservés, a répondu l'avocat du label." in body


@pytest.mark.parametrize("name, fmt, title", [
    ("ct_fr.html", "html", "Tous droits réservés : les photographes contre l'IA"),
    ("ct_fr.w3m.txt", "text", "Tous droits réservés : les photographes contre l'IA"),
    ("ct_x.w3m.txt", "text", "Alle Rechte vorbehalten: Fotografen gegen die KI"),
])
def test_a_headline_opening_with_the_phrase_stays_the_title(name: str, fmt: str, title: str) -> None:
    assert extract((PAGES / name).read_bytes(), Options(input_format=fmt)).title == title


@pytest.mark.parametrize("line, expected", [
    ("Tous droits réservés Euronews", True),
    ("© 2025 Le Monde - Alle Rechte vorbehalten", True),
    ("2025 - Alle Rechte vorbehalten.", True),
    ("Copyright Kompas, tous droits réservés, reproduction interdite", True),
    ("Depuis 2019, tous droits réservés sur ses chansons reviennent à une fondation.", False),
    ("Tous droits réservés, a répondu l'avocat du label.", False),
    ("Tous droits réservés : les photographes contre l'IA", False),
    ("« Tous droits réservés » : la bataille des photographes", False),
])
def test_copyright_line(line: str, expected: bool) -> None:
    assert copyright_line(line) is expected
