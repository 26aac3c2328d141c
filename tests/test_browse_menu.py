"""A menu's links that sort by a word ("Browse · By Type · By Region · News") were read as a byline
naming "Type" and "Region"."""

from __future__ import annotations

import pytest

from newsextract import extract
from newsextract.fields.byline import parse_credit
from newsextract.profiles import get_profile


@pytest.mark.parametrize("line", ["Browse · By Type · By Region · News", "Shop · By Brand · By Price · Deals"])
def test_a_browse_by_menu_names_no_one(line: str) -> None:
    assert parse_credit(line, get_profile("en"))[0] == []


@pytest.mark.parametrize("lang,line,authors,editors", [
    ("en", "By Jane Doe · Photos · Share", ["Jane Doe"], []),
    ("id", "Oleh Aryodamar · Editor · Febriyan", ["Aryodamar"], ["Febriyan"]),
    ("id", "Penulis: Andi · Editor: Budi · Foto: Citra", ["Andi"], ["Budi"]),
])
def test_credit_lines_of_one_word_names_still_read(lang: str, line: str, authors: list, editors: list) -> None:
    # (two labels, each with a one-word name: people, not a menu's "by" links)
    got = parse_credit(line, get_profile(lang))
    assert (got[0], got[1]) == (authors, editors)


def test_a_page_under_a_browse_menu_keeps_its_writer_alone() -> None:
    text = "\n\n".join(["Browse", "By Type", "By Region", "News", "Council Approves New City Budget",
                       "By Jane Doe",
                       "The city council voted on Tuesday to approve a new budget that includes more money "
                       "for road repairs.",
                       "Mayor Ann Lee said the plan would fix more than 200 streets by the end of next year."])
    article = extract((text + "\n").encode())
    assert article.title == "Council Approves New City Budget"
    assert article.authors == ["Jane Doe"]
