"""A dump: the site's copyright line closes the article (FIELD-GUIDE, furniture after the body:
footers). What a page prints under "© Copyright X Verlag GmbH" or "Copyright 2024 X Media. All
rights reserved." is the site's (its teasers, its about box, its letters' note), however much it
reads like prose. A picture's credit inside the text ("© Reuters", "© 2024 Name", "© Agentur/Name", the
credit glued by a dump to the next paragraph) is no such line: the text goes on past it."""

from __future__ import annotations


import pytest

from newsextract import extract
from newsextract.blocks import Block
from newsextract.classify import _closing_notice
from tests.conftest import FIXTURES

HERE = FIXTURES / "den28"


def _body(name: str) -> str:
    """The body extracted from one of this branch's invented dumps."""
    return extract((HERE / name).read_bytes()).body


@pytest.mark.parametrize("text", [
    "© Copyright Nordhafen Verlag und Druck GmbH & Co. KG",  # the word itself
    "Copyright 2024 Harbour Daily Media. All rights reserved.",
    "(C) Copyright Example Media",
    "© Harbour Daily Media Group Ltd",  # five words with the sign: a company's name
    "© 2024 Harbour Daily Media Group",
])
def test_site_copyright_lines_close(text: str) -> None:
    assert _closing_notice(Block(text))


@pytest.mark.parametrize("text", [
    "© Reuters",  # a picture's credit: short, no year
    "© Getty Images",
    "© 2024 Jane Doe",  # a photographer's credit with its year
    "© Bildagentur Nord/Jana Muster",  # an agency and its photographer
    "© Action press/Jana Muster Im Mai kam es zu schweren Überschwemmungen im ganzen Land.",  # glued
    "Copyright law was changed in 2021 to cover " + "the work of photographers and writers " * 4,  # prose
    "The 2024 copyright report is out.",  # no notice's opening
])
def test_credits_and_prose_do_not_close(text: str) -> None:
    assert not _closing_notice(Block(text))


def test_caption_notice_does_not_close() -> None:
    assert not _closing_notice(Block("© 2024 Jana Muster", caption=True))


def test_body_ends_over_copyright_line() -> None:
    body = _body("notice_then_teasers.txt")
    assert body.endswith("während Autos vier Monate durch die Innenstadt fahren.")
    assert "Lagerhalle" not in body and "Sportverein" not in body
    assert body.startswith("Der Gemeinderat hat am Dienstag beschlossen")


def test_body_ends_over_copyright_line_with_year() -> None:
    body = _body("notice_year_en.txt")
    assert body.endswith("would be closed while the builders are at work.")
    assert "independent newspaper" not in body and "letters" not in body


def test_picture_credits_inside_the_text_keep_it_going() -> None:
    body = _body("picture_notice_inside.txt")
    assert "Anwohner am Hafen begrüßten den Plan" in body
    assert body.endswith("in einem etwas besseren Zustand ist als der erste Abschnitt.")


# A writer's box with no heading the rules know: the head's byline's name printed again after the
# text, alone on its line or glued by a dump to the box's next words, then the writer's role and
# a note about the writer (FIELD-GUIDE, furniture after the body: an author box).

def test_body_ends_over_writers_name_alone() -> None:
    body = _body("writer_box_no_heading.txt")
    assert body.endswith("with cars sent through the town centre for about four months.")
    assert "sailor" not in body and "Senior Reporter" not in body


def test_body_ends_over_writers_name_glued_under_bare_label() -> None:
    body = _body("writer_box_glued.txt")  # "By" | "Jane Holloway" in the head
    assert body.endswith("with cars sent through the town centre for about four months.")
    assert "sailor" not in body and "magazine about boats" not in body


def test_writer_named_in_a_sentence_stays() -> None:
    body = _body("writer_named_in_text.txt")
    assert body.endswith("with cars sent through the town centre.")
    assert "Jane Holloway asked the mayor" in body
