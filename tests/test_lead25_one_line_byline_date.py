"""lead25c: a byline's date on a page dumped on one line (get_text(" ")).

"By Jane Roe March 12, 2024 The city council ...": the name's reader took "March" as the
name's third word (a third capitalised word that no word follows), so the byline's line ended
inside the date, the date went unread and its "12, 2024" opened the text. A month's word
before a number is no name's word, and a date that follows a byline's names at once, then a
capital, is the byline's line's. (Tried and taken out: a day with no time taking the time of
the same day's stamp in the text's first blocks; a correction's, a live blog's or a comment's
time of the same day is no publication time, rv-lead25c.)"""

from __future__ import annotations

import pytest

from newsextract import extract

_NAV = "Council approves new budget after long debate | The Courier Home News Politics "
_HEAD = "Council approves new budget after long debate "
_TEXT = ("The city council voted on Tuesday to approve a new budget for the coming year after a debate that "
         "lasted more than six hours. The plan includes funding for three new schools and a renovation of "
         "the central library, officials said. Mayor Jane Smith said the vote was a victory for residents "
         "who had waited years for the projects to begin. Critics argued that the spending was too high "
         "and that taxes would have to rise next year to pay for it. © 2024 The Courier. All rights "
         "reserved. Privacy Terms")


def _page(byline: str, text: str = _TEXT) -> str:
    return _NAV + _HEAD + byline + " " + text


@pytest.mark.parametrize("byline, author, date", [
    ("By Jane Roe March 12, 2024", "Jane Roe", "2024-03-12"),
    ("Von Anna Schmidt 12. März 2024", "Anna Schmidt", "2024-03-12"),
    ("By Jane Roe 12 March 2024", "Jane Roe", "2024-03-12"),
])
def test_a_date_after_a_bylines_names_is_the_bylines_and_the_text_opens_after_it(
        byline: str, author: str, date: str) -> None:
    rec = extract(_page(byline))
    assert rec.authors == [author]
    assert (rec.date or "").startswith(date)
    assert rec.body.startswith("The city council voted on Tuesday")


def test_a_date_run_on_in_lower_case_stays_in_its_sentence() -> None:
    # (no capital after the date: not a date line's end, "March 12, 2024 the city ...")
    rec = extract(_page("By Jane Roe March 12, 2024", _TEXT[0].lower() + _TEXT[1:]))
    assert rec.authors == ["Jane Roe"]
    assert "12, 2024 the city council voted" in rec.body


@pytest.mark.parametrize("name", ["Zhang Xiao Mei", "Marie Claire Mai"])
def test_a_third_name_word_that_is_a_month_word_before_a_day_first_date_stays_the_names(name: str) -> None:
    # (rv-lead25c: "By Zhang Xiao Mei 12 March 2024": "Mei" opens no date, "12 March 2024" does)
    rec = extract(_page(f"By {name} 12 March 2024"))
    assert (rec.date or "").startswith("2024-03-12")
    assert rec.body.startswith("The city council voted on Tuesday")


def test_a_month_word_is_still_a_name_where_it_opens_the_name() -> None:
    # ("April", "June" are given names too: only a third word before a number is a date's)
    rec = extract(_page("By April Ross March 12, 2024"))
    assert rec.authors == ["April Ross"]
    assert rec.date == "2024-03-12"
