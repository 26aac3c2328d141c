"""Bylines a text dump prints in shapes its page's markup tells apart (issue 11): the writers'
stripe of names, the outlet and the date parted by bars and middle dots; the writers' avatars
printed as placeholders beside their names; a line of names alone under the headline."""

from __future__ import annotations

from typing import List, Optional

import pytest

import newsextract
from newsextract.fields.authors import without_avatars
from newsextract.fields.byline import names_alone, parse_credit
from newsextract.profiles import merged

HEADLINE = "Council approves bus network expansion for northern suburbs"
PARAS = [
    "The council voted on Tuesday to expand the bus network across the northern suburbs, a plan "
    "that has been debated for more than three years by residents and officials.",
    "Officials said the new routes would start running in the spring and would be paid for by a "
    "mix of provincial and municipal money, with fares unchanged for now.",
    "Critics said the plan did not go far enough and that many neighbourhoods would still be left "
    "without frequent service during evenings and weekends.",
]
LOW = "low confidence"


def _dump(lines: List[str], sep: str) -> newsextract.Article:
    return newsextract.extract(sep.join(["Home | News | Sport | Business | Opinion", HEADLINE,
                                         *lines, *PARAS]) + "\n")


# (a blank line between lines, as w3m and html2text print blocks; or none, as get_text("\n") does)
SEPS = ["\n\n", "\n"]


@pytest.mark.parametrize("sep", SEPS)
@pytest.mark.parametrize("lines, authors", [
    # a name, the outlet, a dated label: the outlet is a credit, no writer
    (["Yasmine Hassan · CBC News · Posted: Aug 08, 2024 4:00 AM EDT | Last Updated: August 8"],
     ["Yasmine Hassan"]),
    (["Yasmine Hassan · CBC News · Posted: Aug 08, 2024 4:00 AM EDT"], ["Yasmine Hassan"]),
    (["Yasmine Hassan • CBC News • Posted: Aug 08, 2024 4:00 AM EDT"], ["Yasmine Hassan"]),
    (["Yasmine Hassan · Mark Smith · CBC News · Posted: Aug 08, 2024 4:00 AM EDT"],
     ["Yasmine Hassan", "Mark Smith"]),
    # two names parted by a bar or a dot, an age on the next line
    (["Julia Vergin · Clare Roth", "3 hours ago"], ["Julia Vergin", "Clare Roth"]),
    # names with the date and a reading time on their line
    (["Adina Renner · Alexandra Kohler · 09.10.2023 · 7 min"], ["Adina Renner", "Alexandra Kohler"]),
])
def test_a_stripe_of_names_outlet_and_date(lines: List[str], authors: List[str], sep: str) -> None:
    page = _dump(lines, sep)
    assert page.authors == authors
    if len(authors) > 1:
        # no label: a guess (one name and its outlet's credit is a byline's own shape, which
        # another rule reads as sure)
        assert any(LOW in w for w in page.warnings)


def test_a_name_the_agency_and_the_date_after_bars() -> None:
    # (read, as before, as a name and its agency's tag: no guess)
    assert _dump(["Yasmine Hassan | Reuters | Aug 08, 2024"], "\n\n").authors == ["Yasmine Hassan"]


def test_names_over_an_age_in_the_dumps_blocks() -> None:
    page = _dump(["Julia Vergin | Clare Roth", "vor 3 Stunden"], "\n\n")
    assert page.authors == ["Julia Vergin", "Clare Roth"]


@pytest.mark.parametrize("sep", SEPS)
@pytest.mark.parametrize("line, authors", [
    ("By Jane Doe | Mark Smith", ["Jane Doe", "Mark Smith"]),
    ("By Jane Doe · Mark Smith · June 5, 2024", ["Jane Doe", "Mark Smith"]),
    # an outlet, a role, a label of its own after the name: no second writer
    ("By Jane Doe | CBC News", ["Jane Doe"]),
    ("By Jane Doe | Senior Reporter", ["Jane Doe"]),
    ("By Jane Doe | Photos: Mark Smith", ["Jane Doe"]),
])
def test_a_labelled_writer_then_another_after_a_bar(line: str, authors: List[str], sep: str) -> None:
    page = _dump([line], sep)
    assert page.authors == authors
    assert not any(LOW in w for w in page.warnings)


def test_a_labelled_stripe_keeps_its_editor_apart() -> None:
    assert parse_credit("Penulis Andi Wijaya | Editor Budi Santoso", merged())[:2] == \
        (["Andi Wijaya"], ["Budi Santoso"])
    assert parse_credit("By Jane Doe | Fox News", merged())[0] == ["Jane Doe"]


@pytest.mark.parametrize("text, out", [
    ("[]bySauli Giliard", "bySauli Giliard"),
    ("[26ac4b6-1kuzyshyn] Ярослав Кузишин [803bb32-zelinskyy] Антон Зелинский",
     "Ярослав Кузишин · Антон Зелинский"),
    ("Jane Doe []", "Jane Doe"),
    ("[https]", "[https]"),  # a placeholder alone on its line is kept
    ("[a1] [b2]", "[a1] [b2]"),
    ("[Jane Doe](https://example.com/jane) wrote", "[Jane Doe](https://example.com/jane) wrote"),
])
def test_a_dumps_avatars_beside_words(text: str, out: str) -> None:
    assert without_avatars(text) == out


@pytest.mark.parametrize("sep", SEPS)
@pytest.mark.parametrize("lines, authors, guess", [
    # w3m's avatar with empty alt text, the label glued to the name
    (["[]bySauli Giliard"], ["Sauli Giliard"], False),
    (["[]By Sauli Giliard"], ["Sauli Giliard"], False),
    # each writer after an avatar, no date near
    (["[26ac4b6-1kuzyshyn] Ярослав Кузишин [803bb32-zelinskyy] Антон Зелинский"],
     ["Ярослав Кузишин", "Антон Зелинский"], True),
    (["[a1-doe] Jane Doe [b2-roe] John Roe", "June 5, 2024"], ["Jane Doe", "John Roe"], True),
    # a name under an avatar of one word, right over the text
    (["Officials at the opening of the new depot in the north of the city.", "[https]", "Mark Sigetty"],
     ["Mark Sigetty"], True),
    # names alone right under the headline, in any script
    (["Ярослав Кузишин, Антон Зелинский, Карина Гасимова"],
     ["Ярослав Кузишин", "Антон Зелинский", "Карина Гасимова"], True),
    (["Adina Renner, Alexandra Kohler, Anja Lemcke 09.10.2023 7 min"],
     ["Adina Renner", "Alexandra Kohler", "Anja Lemcke"], True),
])
def test_names_beside_avatars_and_under_the_headline(lines: List[str], authors: List[str], guess: bool,
                                                     sep: str) -> None:
    page = _dump(lines, sep)
    assert page.authors == authors
    assert any(LOW in w for w in page.warnings) == guess


@pytest.mark.parametrize("lines", [
    # an outlet and a date, a menu, a post's network after names: no writer
    ["CBC News · Posted: Aug 08, 2024 4:00 AM EDT"],
    ["World | Politics | Business Travel", "June 5, 2024"],
    # a photo's placeholder over its caption that names the text's subject
    ["[foto]", "Tom Alweendo"],
    # a name under an avatar but not right over the text
    ["[https]", "Mark Sigetty", "Bus routes", "Officials at the opening of the new depot."],
    # one name alone under the headline, no date near: not enough
    ["Mark Sigetty"],
    # a row of icon buttons a dump folded into one block, an age near: the icons stay, no name
    # is read from a button (a row of them printed as blocks apart is not told from avatars)
    ["[] Zur Playlist", "[] Anhören", "vor 3 Stunden"],
])
def test_no_writer_in_a_stripe_without_a_name(lines: List[str]) -> None:
    text = "\n\n".join(["Home | News | Sport | Business | Opinion", HEADLINE, *lines, *PARAS])
    if "Tom Alweendo" in lines:
        text += "\n\nMinister Tom Alweendo said the routes would help.\n"
    assert newsextract.extract(text).authors == []


@pytest.mark.parametrize("text, names", [
    ("Jane Doe · John Roe", ["Jane Doe", "John Roe"]),
    ("Ярослав Кузишин, Антон Зелинский", ["Ярослав Кузишин", "Антон Зелинский"]),
    ("Jane Doe | Reuters", None),  # one writer: not `least` two
    ("Taylor Swift, Travis Kelce | TikTok", None),  # a network's name is no outlet's credit
    ("Sport · Politics · Weather", None),
])
def test_names_alone(text: str, names: Optional[List[str]]) -> None:
    assert names_alone(text, merged()) == (names or [])
