"""Bylines of international text dumps (issue 11, session 16): the shapes a dump prints a byline
in that were missed (a name and its role on one line, a box with a reading time, an outlet in
capitals after the name, a byline above the headline the dump's title was read under), each
beside the lines that look like it and are not a byline."""

from __future__ import annotations

from dataclasses import replace
from typing import List

import pytest

import newsextract
from newsextract.blocks import BODY, LIST, RELATED, TITLE, Block
from newsextract.fields.authors import find_credits
from newsextract.fields.byline import parse_credit, split_names
from newsextract.profiles import get_profile, merged

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


# --- a byline box with the story's reading time -------------------------------------------------

def test_a_name_in_a_box_with_its_reading_time() -> None:
    # (BeautifulSoup's get_text prints the box's nodes one under another, indented, blank
    # lines between: the dump folds them into one block, too long for the date above to count)
    box = "\t\t\t\tJane Porter\n\t\t\t\n\n 2 minutes read  \n\n\n Facebook\n\n X\n\n LinkedIn\n\n Tumblr"
    assert _authors("en", ["The county board acts.\nNovember 6, 2025", box]) == ["Jane Porter"]


def test_a_most_read_teasers_writer_with_a_reading_time_is_not_the_pages() -> None:
    tail = ["Most read", "Parking row turns ugly at the town hall", "Peter Miller", "4 min read"]
    assert _authors("en", [], tail) == []


def test_a_related_storys_writer_and_reading_time_in_the_head_is_not_the_pages() -> None:
    box = "Related stories\nStorm hits the coast overnight\nJohn Roe\n4 min read"
    assert _authors("en", [box]) == []


def test_a_name_in_the_text_beside_a_reading_time_is_no_byline() -> None:
    # the story's subject on a line of the text, the reading time in the head
    assert _authors("en", ["5 min read"], ["Mary Jones"]) == []


# --- words in capitals after a name in small letters: the outlet or the place --------------------

@pytest.mark.parametrize("line, names", [
    ("von David Straub, MDR THÜRINGEN", ["David Straub"]),
    ("By Jane Doe, NEW DELHI", ["Jane Doe"]),  # a listed place ("NEW YORK" is no listed one)
    ("By MEG KINNARD, JOHN DOE", ["Meg Kinnard", "John Doe"]),  # names in capitals all through
    ("By Jane Doe, John Roe", ["Jane Doe", "John Roe"]),
    ("By Jane Doe and JOHN ROE", ["Jane Doe", "John Roe"]),  # joined by a word, not a comma
])
def test_capitals_after_a_name_in_small_letters(line: str, names: List[str]) -> None:
    assert parse_credit(line, merged())[0] == names


def test_a_comment_forms_counter_is_no_writer() -> None:
    # "0 von 500 Zeichen" in a comment form's box above the text
    assert split_names("Zeichen", merged()) == []
    assert parse_credit("Meldegrund · von Zeichen · Kommentar melden", merged())[0] == []


# --- roles of other languages: an author box's name over its role -------------------------------

@pytest.mark.parametrize("head", [
    ["Ana Martínez", "Periodista"],  # an author box: the name over its role alone
    ["Ana Martínez", "Corresponsal"],
    ["Ana Martínez, periodista"],  # the role after a comma
])
def test_a_spanish_name_and_its_role(head: List[str]) -> None:
    assert _authors("es", head) == ["Ana Martínez"]


@pytest.mark.parametrize("head", [
    ["Periodista", "12 de marzo de 2025"],  # a role alone is no name
    ["Periodistas denuncian amenazas"],  # a headline's word
])
def test_a_role_word_alone_names_no_one(head: List[str]) -> None:
    assert _authors("es", head) == []


# --- the head's one labelled byline, above the window of the headline a dump was read under -----

def _head(lines: List[str], labels: dict = {}) -> List[Block]:  # noqa: B006
    """Blocks of a dump whose headline was read 10 lines below the given head: the head's lines,
    filler furniture, the headline, the text."""
    filler = [f"Menu item {i}" for i in range(10)]
    texts = [*lines, *filler, "A caption read as the headline", *TEXT["en"]]
    blocks = [Block(t, index=i) for i, t in enumerate(texts)]
    for i, label in labels.items():
        blocks[i] = replace(blocks[i], label=label)
    anchor = len(lines) + len(filler)
    blocks[anchor] = replace(blocks[anchor], label=TITLE)
    for i in range(anchor + 1, len(blocks)):
        blocks[i] = replace(blocks[i], label=BODY)
    return blocks


def _far(lines: List[str], labels: dict = {}) -> List[str]:  # noqa: B006
    blocks = _head(lines, labels)
    anchor = next(b.index for b in blocks if b.label == TITLE)
    return find_credits(blocks, anchor, anchor + 1, len(blocks), get_profile("en"), False, dump=True).authors


def test_the_heads_one_byline_above_a_far_headline() -> None:
    assert _far(["Ends recession debate", "Author of the article:", "By Denise Paglinawan",
                 "Published Jun 05, 2026"]) == ["Denise Paglinawan"]


@pytest.mark.parametrize("lines, labels", [
    # two bylines in the head: teasers' (or one of them), no telling which is the page's
    (["Storm hits coast", "By Jane Doe", "Markets slide", "By John Roe"], {}),
    # a teaser's byline under a related story's title
    (["Markets slide", "By John Roe"], {0: RELATED}),
    # a list's item
    (["By John Roe"], {0: LIST}),
    # a sentence that opens with the label's word, a photo's credit, a brand's one word
    (["Von Montag an gilt die neue Regel"], {}),
    (["Foto: Anna Berg"], {}),
    (["November 12, 2018 | BY: Beachbody"], {}),
    (["Mehr von Anna Berg"], {}),
    (["Par ailleurs, la ville a voté"], {}),
    (["Por favor, acepte las cookies"], {}),
    (["Di sini Anda bisa membaca berita terbaru"], {}),
])
def test_no_far_byline_from_lines_that_look_like_one(lines: List[str], labels: dict) -> None:
    assert _far(lines, labels) == []


def test_an_author_bio_paragraph_in_the_head_names_no_one() -> None:
    bio = ("Anna Berg writes about local politics for the paper. By day she covers the town hall, "
           "by night she runs.")
    assert _far([bio]) == []
