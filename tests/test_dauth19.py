"""Bylines of outlets never seen (issue 11), dauth19: the writer's name, then the outlet, then
the date on one line under the headline ("X | The Outlet | DATE"), or the outlet and the date
glued on by a dump ("Lachlan WardThe Sydney Morning HeraldDecember 4, 2024"); and the lines
that look like them but name no writer."""

from __future__ import annotations

from typing import List

import pytest

import newsextract
from newsextract.fields.byline import dated_names, parse_credit
from newsextract.profiles import merged

HEADLINE = "Flood waters recede in northern districts"
LEAD = ("Flood waters began to recede in three northern districts on Tuesday, officials said, as "
        "thousands of residents returned to their homes after a week in relief camps.")
REST = ["The disaster management authority said about 12,000 households had been affected since last week.",
        "Relief camps will stay open until the weekend, a spokesman said, and schools will reopen on Monday."]


def _dump(head: List[str], tail: List[str] = ()) -> str:  # type: ignore[assignment]
    """A page's w3m dump: the menu, the headline, the byline box `head`, the body, `tail`."""
    lines = ["The Daily Ledger", "Home", "World", "Business", "Sport", HEADLINE, *head, LEAD, *REST,
             *tail, "© 2024 The Daily Ledger. All rights reserved."]
    return "\n\n".join(lines) + "\n"


# -- the rule: the name, the outlet, the date ----------------------------------------------

@pytest.mark.parametrize("line, authors", [
    ("Lachlan WardThe Sydney Morning HeraldDecember 4, 2024 — 6.52pm", ["Lachlan Ward"]),  # glued
    ("Lachlan Ward | The Sydney Morning Herald | December 4, 2024 — 6.52pm", ["Lachlan Ward"]),
    ("Ann Lee | The Jakarta Post | December 4, 2024", ["Ann Lee"]),
    ("Ann LeeThe Straits TimesDecember 4, 2024", ["Ann Lee"]),
    ("Jane Doe | AFP | December 4, 2024", ["Jane Doe"]),  # an agency
])
def test_name_outlet_date(line: str, authors: List[str]) -> None:
    assert dated_names(line, "", merged()) == authors
    assert newsextract.extract(_dump([line])).authors == authors


# -- near misses: what stands after the bar is no outlet, or what stands before it no name ----

@pytest.mark.parametrize("line", [
    "Taylor Swift | The Eras Tour | December 4, 2024",  # a topic's kicker, "The" and no outlet's word
    "Sepak Bola | The Premier League | December 4, 2024",  # a breadcrumb
    "Berita Utama | Politik | Selasa, 03 Jun 2025, 19:00 WIB",  # a breadcrumb: sections only
    "Champions League | The Final | May 31, 2025",
    "Dined at SmithThe Grill December 4, 2024",  # a sentence's glued words
    "Jane Doe | The Big Interview | December 4, 2024",  # a series, no outlet
    "Jane Doe | Photo: The Jakarta Post | December 4, 2024",  # a photo's credit
])
def test_not_name_outlet_date(line: str) -> None:
    assert dated_names(line, "", merged()) == []


def test_place_after_the_bar_is_no_author() -> None:
    # the guide's "By Jane Doe | New York": New York the place she writes from
    assert newsextract.extract(_dump(["By Jane Doe | New York", "December 4, 2024"])).authors == ["Jane Doe"]


def test_teaser_under_most_read_names_no_writer() -> None:
    # a teaser's writer, the same shape, under a "Most Read" heading after the text; the page's
    # own byline is an agency's credit, which names no one
    tail = ["Most Read", "Council approves new bike lanes downtown",
            "Ann LeeThe Jakarta PostDecember 3, 2024"]
    assert newsextract.extract(_dump(["December 4, 2024"], tail)).authors == []


# -- an outlet's name as the byline's only name: a credit, no writer ------------------------

@pytest.mark.parametrize("line, authors", [
    ("By Lesotho Times", []),
    ("by Lesotho Times", []),
    ("By BBC News", []),
    ("By The Sydney Morning Herald", []),
    # near misses: a person whose surname is an outlet's word that people have for a surname,
    # a short word ("pos", Dutch), a list's member, the outlet a writer writes for
    ("By Emily Post", ["Emily Post"]),
    ("By Tom Courier", ["Tom Courier"]),
    ("By Jan Pos", ["Jan Pos"]),
    ("By Ann Lee and Mary Sentinel", ["Ann Lee", "Mary Sentinel"]),
    ("Von Max Muster für Zeit Online", ["Max Muster"]),
    ("By Jane Doe, Hindustan Times", ["Jane Doe"]),
])
def test_outlet_alone_is_no_author(line: str, authors: List[str]) -> None:
    assert parse_credit(line, merged())[0] == authors


def test_outlet_alone_as_editor_stays() -> None:
    # an editor's line printing the wire's name ("Pewarta: prwir | Editor: PR Wire", antara):
    # editors are kept as printed
    assert parse_credit("Editor: PR Wire", merged())[1] == ["PR Wire"]


def test_outlet_byline_then_the_writers() -> None:
    # the template's "by Lesotho Times" over the date, the writers' names under the standfirst
    text = _dump(["by Lesotho Times November 21, 2025", "Mining blasts shatter homes in the valley",
                  "Mathatisi Sebusi/Mohalenyane Phakela"])
    assert newsextract.extract(text).authors == ["Mathatisi Sebusi", "Mohalenyane Phakela"]


# -- a portrait's alt text before the byline naming the same --------------------------------

@pytest.mark.parametrize("line, authors", [
    ("Vivien Valentiner Von Vivien Valentiner, Redakteurin 06.11.2025, 17:06 Uhr", ["Vivien Valentiner"]),
    ("Jane Doe By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
    # near misses: a name before another's byline, or before a longer name, is no portrait's
    ("Anna Berg Von Max Muster", []),
    ("Jane Doe By Jane Doeson", []),
    ("Jane Doe", []),
])
def test_portrait_alt_before_byline(line: str, authors: List[str]) -> None:
    assert parse_credit(line, merged())[0] == authors


def test_portrait_alt_byline_in_a_markdown_dump() -> None:
    # a Markdown dump's linked portrait, then the byline: the image's alt is left as text
    md = ("# " + HEADLINE + "\n\n" + LEAD + "\n\n[ ![Vivien Valentiner](https://img.example.org/p.jpeg) ]"
          "(/autoren/vivien-valentiner/) Von [Vivien Valentiner](/autoren/vivien-valentiner/), "
          "Redakteurin 06.11.2025, 17:06 Uhr\n\n" + "\n\n".join(REST) + "\n")
    art = newsextract.extract(md)
    assert art.authors == ["Vivien Valentiner"]
    assert "Redakteurin" not in art.body


# -- a role in small letters after the name and a comma (French, Dutch, Indonesian) ----------

@pytest.mark.parametrize("line, authors", [
    ("Marie Dupont, correspondante à Lille", ["Marie Dupont"]),
    ("Jan de Vries, correspondent in Brussel", ["Jan de Vries"]),
    ("Marie Dupont, journaliste", ["Marie Dupont"]),
    ("Jane Doe, senior staff writer", ["Jane Doe"]),
    ("Rina Marlina, jurnalis", ["Rina Marlina"]),
    # near misses: a photo's credit, a subject's description, a role read as a second name
    ("Budi Santoso, fotografer", []),
    ("Jane Doe, photographer", []),
    ("Jane Doe, a reporter", []),
    ("Jane Doe, former reporter", []),
    ("Jane Doe, Senior Photographer", []),
    ("Jane Doe, John Roe", ["Jane Doe", "John Roe"]),
])
def test_role_after_the_name(line: str, authors: List[str]) -> None:
    assert dated_names(line, "December 4, 2024", merged()) == authors


def test_role_after_the_name_in_a_french_dump() -> None:
    lead = ("Les eaux de crue ont commencé à reculer dans trois districts du nord mardi, selon les "
            "autorités, alors que des milliers d'habitants regagnaient leur domicile.")
    text = "\n\n".join(["Le Quotidien", "Accueil", "Monde", "Économie", "Les eaux de crue reculent dans le nord",
                        "Marie Dupont, correspondante à Lille", "4 décembre 2024", lead,
                        "L'autorité a indiqué qu'environ 12 000 foyers avaient été touchés depuis la semaine dernière.",
                        "© 2024 Le Quotidien. Tous droits réservés."]) + "\n"
    assert newsextract.extract(text).authors == ["Marie Dupont"]


@pytest.mark.parametrize("line, authors", [
    ("Ana Silva, correspondente em Bruxelas", ["Ana Silva"]),  # Portuguese "em": where she files from
    ("Ana Silva em Lisboa", ["Ana Silva"]),
    # (Italian "a" is no locative for without_place: it parts headlines, "Sentra Style Makes a
    # Statement"; the role opening the part after the comma is enough here)
    ("Mario Rossi, inviato a Milano", ["Mario Rossi"]),
    ("Mario Rossi a Milano", []),
])
def test_filed_from_place_after_the_role(line: str, authors: List[str]) -> None:
    assert dated_names(line, "4 de dezembro de 2024", merged()) == authors
