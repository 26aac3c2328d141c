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
    "© 2024 Harbour Daily Media Group",  # a year and five words with the sign: a company's name
    "Copyright",  # the word alone on its line
    "Copyright © 2024 Example Media",
])
def test_site_copyright_lines_close(text: str) -> None:
    assert _closing_notice(Block(text))


@pytest.mark.parametrize("text", [
    "© Reuters",  # a picture's credit: short, no year
    "© Getty Images",
    "© 2024 Jane Doe",  # a photographer's credit with its year
    "© Bildagentur Nord/Jana Muster",  # an agency and its photographer
    "© Action press/Jana Muster Im Mai kam es zu schweren Überschwemmungen im ganzen Land.",  # glued
    "Copyright law was changed in 2021.",  # prose: the word, then a small letter
    "The 2024 copyright report is out.",  # no notice's opening
    # (the narrowing after review: no longer closes, no year and not the word; a credit prints
    # the same shape, "© Getty Images for Harbour Trust")
    "© Harbour Daily Media Group Ltd",
    "© Getty Images for Harbour Trust",
    "© picture alliance | dpa | Jan Woitas",  # a credit's parts between pipes
    "© Michael Kappeler dpa picture alliance",
    "© Foto: Thomas Frey, dpa-Zentralbild",
    "© Photo Ludovic Marin pour Le Courrier",
    "Copyright: dpa",  # the word, then a colon and the agency
    "Copyright holders say the new rules go too far.",  # a sentence about copyright
    "Copyrightverletzungen seien nicht zu erkennen.",  # the word inside a longer one
    "Copyright-Streit um Fotos der Mauer",  # a crosshead
    "(c) a fine of up to 500 pounds for a third offence.",  # a list's third item
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


# The review's near misses (invented dumps): a sign, a "(c)" or the word in the text, not the
# site's notice.
# Each body ends where the article ends, its last paragraph.

_EN_END = "the ferry to the islands would sail from the north quay until June."
_DE_END = "und die Fähre zu den Inseln lege bis Juni vom Nordkai ab, wo ein neuer Steg gebaut wird."


@pytest.mark.parametrize("name, end, inside", [
    # (the "(c)" item and the sentences saying "Copyright" main's boilerplate marker drops, as
    # before this branch: the text goes on past them)
    ("c01_enum_c_en.txt", _EN_END, "In the autumn the council"),
    ("c02_copyright_sentence_en.txt", _EN_END, "In the autumn the council"),
    ("c03_copyright_colon_credit_de.txt", _DE_END, "Im Herbst will der Rat"),
    ("c04_getty_for_en.txt", _EN_END, "In the autumn the council"),
    ("c05_credit_noslash_de.txt", _DE_END, "Im Herbst will der Rat"),
    ("c06_credit_pipes_de.txt", _DE_END, "Im Herbst will der Rat"),
    ("c07_crosshead_de.txt", _DE_END, "Ein Fotograf verlangt von der Stadt Geld"),
    ("c08_foto_credit_comma_de.txt", _DE_END, "Im Herbst will der Rat"),
    ("c09_copyright_year_name_en.txt", _EN_END, "In the autumn the council"),
    ("c10_credit_fr.txt", "partirait du quai nord jusqu'en juin.", "la seconde partie de la digue"),
    ("c11_enum_c_de.txt", _DE_END, "Im Herbst will der Rat"),
    ("c12_copyright_de_word.txt", _DE_END, "Im Herbst will der Rat"),
])
def test_review_near_misses_keep_the_text(name: str, end: str, inside: str) -> None:
    body = _body("review/" + name)
    assert body.endswith(end)
    assert inside in body



# The second review's dumps (invented): a notice higher up in the run, or a sentence opening with
# "Copyright", is no site's notice under the article; a picture's credit with its caption, image
# line, a crosshead or a live blog's time stamp between it and the next paragraph is inside the
# text. Each body keeps the paragraphs under the line and ends with the article's last one.

@pytest.mark.parametrize("name, first, below, end", [
    ("a1_copyright_office_en.txt", "The city council voted on Tuesday", "Residents who live near the harbour",
     "than the cost of the work now."),  # a sentence opening with "Copyright Office"
    ("a2_liveblog_en.txt", "The city council voted on Tuesday", "Engineers told the council",
     "a public walkway along its top by next summer."),  # a live blog: credit, then a time stamp
    ("a3_credit_after_caption_de.txt", "Der Stadtrat hat am Dienstag", "Anwohner begrüßten den Plan",
     "bis zum nächsten Sommer einen Weg zu öffnen."),  # caption above the credit
    ("a5_credit_then_crosshead_en.txt", "The city council voted on Tuesday", "Residents who live near the harbour",
     "a public walkway along its top by next summer."),  # a crosshead under the credit
    ("a6_credit_long_fr.txt", "Le conseil municipal a voté mardi", "Les ingénieurs ont expliqué",
     "d'une promenade sur son sommet."),  # a credit of nine words that goes on as a caption
    ("a7_credit_year_then_caption_en.txt", "The city council voted on Tuesday", "The mayor said the works",
     "for about four months."),  # year and five words, then the caption, in the run's tail
    ("a8_markdown_credit_en.txt", "The city council voted on Tuesday", "Residents who live near the harbour",
     "for about four months."),  # image line above, a markdown crosshead below
])
def test_second_review_dumps_keep_the_text(name: str, first: str, below: str, end: str) -> None:
    body = _body("rv2/" + name)
    assert body.startswith(first)
    assert below in body
    assert body.endswith(end)


@pytest.mark.parametrize("text", [
    "Copyright Office officials said on Monday that the new guidance would take effect in June.",
    "© 2024 AFP Agence France-Presse photo de la digue",
])
def test_lines_read_as_sentences_do_not_close(text: str) -> None:
    assert not _closing_notice(Block(text))
