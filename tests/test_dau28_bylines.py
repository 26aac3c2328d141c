"""Bylines of sites never seen (dau28), each beside near misses it must leave alone: a
teaser's "Von X" below a related list's heading after the text names a related story's writer,
not the page's; a journal's list of writers marks each name with a footnote's number in
superscript digits ("Rachel Brazil⁰")."""

from __future__ import annotations

import pytest

from newsextract import extract

_TEXT = (
    "Im Bundestag ist am Donnerstag ein heftiger Streit über das geplante Heizungsgesetz "
    "ausgebrochen. Mehrere Abgeordnete warfen der Regierung vor, die Bürger zu überfordern.\n\n"
    "Wirtschaftsminister Robert Habeck verteidigte den Entwurf. „Wir können nicht länger "
    "warten“, sagte er in der Debatte. Die Kosten sollen durch Förderprogramme abgefedert werden.\n\n"
    "Die Union kündigte an, gegen das Gesetz zu stimmen. Auch aus den Reihen der Koalition kamen "
    "kritische Stimmen, vor allem von den Liberalen um Christian Lindner.\n\n"
    "Eine Entscheidung wird nicht vor der Sommerpause erwartet. Bis dahin wollen die Fraktionen "
    "weiter verhandeln.\n\n"
)
_HEAD = (
    "  • Startseite\n  • Politik\n  • Wirtschaft\n  • Sport\n\n"
    "Bundestag streitet über das neue Heizungsgesetz\n\n"
    "28.04.2023, 18:41 Uhr\n\n"
)
_FOOT = "\n\n  • Impressum\n  • Datenschutz\n  • Kontakt\n"


def _dump(tail: str, head: str = _HEAD) -> bytes:
    return (head + _TEXT + tail + _FOOT).encode()


@pytest.mark.parametrize("teaser", [
    # the teaser's date, its tags, its title between the list's first item and its byline
    "Mehr zum Thema\n\nStreit um die Schuldenbremse\n\n03.07.2025\n\nfinanzen\n\nhaushalt\n\n"
    "Knappe Kassen\n\nVon Anna Berg\n\nLesen",
    "Mehr zum Thema\n\n  • Streit um die Schuldenbremse\n\n03.07.2025\n\nKnappe Kassen\n\nVon Anna Berg",
    "Mehr zum Thema\n\n  • Streit um die Schuldenbremse\n\nVon Anna Berg",
])
def test_teaser_byline_below_related_heading(teaser: str) -> None:
    """"Von X" under a related list's heading after the text names a teaser's writer, not the
    story's."""
    assert extract(_dump(teaser)).authors == []


def test_story_byline_with_related_teasers_below() -> None:
    """The story's own byline over the text is read; a teaser's below the related heading is
    not added to it."""
    head = _HEAD + "Von Jonas Becker\n\n"
    teaser = "Mehr zum Thema\n\nStreit um die Schuldenbremse\n\n03.07.2025\n\nKnappe Kassen\n\nVon Anna Berg"
    assert extract(_dump(teaser, head)).authors == ["Jonas Becker"]


def test_labelled_credit_below_related_heading_is_read() -> None:
    """A credit with its label and colon after the related list is the page's own box (the
    near miss the teaser rule must not touch)."""
    teaser = "Mehr zum Thema\n\nStreit um die Schuldenbremse\n\n03.07.2025\n\nAutorin: Katharina Müller"
    assert extract(_dump(teaser)).authors == ["Katharina Müller"]


@pytest.mark.parametrize("items,authors", [
    # a journal's byline list, each name with its affiliation's mark: "^0" (w3m), superscript
    # digits (pandoc's plain text), the list's joins after them
    (["Rachel Brazil^0"], ["Rachel Brazil"]),
    (["Rachel Brazil⁰"], ["Rachel Brazil"]),
    (["Xiaoying You¹,", "Mariana Lenharo²³ &", "Jeff Tollefson⁴"], ["Xiaoying You", "Mariana Lenharo", "Jeff Tollefson"]),
    # near misses: a mark of three digits is no footnote's (a number); a word that is no name
    (["Rachel Brazil¹²³"], []),
    (["Rachel Brazil⁰", "View author publications"], []),
])
def test_listed_names_with_footnote_marks(items: list, authors: list) -> None:
    from newsextract.fields.byline import listed_names
    from newsextract.profiles import merged
    assert listed_names(items, merged()) == authors


def test_writers_listed_with_superscript_marks_under_by() -> None:
    head = ("Skip to main content\n\nAdvertisement\n\n  • NEWS FEATURE\n  • 07 February 2026\n\n"
            "Researchers uprooted by war face a long road back\n\n"
            "War and political unrest can force staff members and students to uproot their lives,\n"
            "exacting a heavy personal and professional toll.\n\nBy\n\n  • Rachel Brazil⁰\n\n")
    text = ("When the fighting reached her city, the physicist packed two suitcases and left the\n"
            "laboratory she had spent a decade building. She has not been back since.\n\n"
            "Her story is far from unique. Thousands of researchers have been displaced by conflicts\n"
            "in the past few years, and many struggle to continue their work abroad.\n\n"
            "Funding schemes exist, but they are small, short and hard to find, say those who have\n"
            "used them.\n\n")
    assert extract((head + text).encode()).authors == ["Rachel Brazil"]
