"""Bylines of sites never seen (dau28), each beside near misses it must leave alone: a
teaser's "Von X" below a related list's heading after the text names a related story's writer,
not the page's; a Markdown dump read as plain text keeps its byline's strong marks
("**Jane Moloi**"); a lynx or links dump whose run took the head's date line in glues the
writer's name to the lead under it ("Dieter KuckelkornDie Aussichten ...")."""

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


# a Markdown dump read as plain text (its headline's "#  " with two spaces, its menus' items as
# a links dump prints them): the byline's name keeps its strong marks
_MD_TEXT = (
    "IN the heart of the capital, where tales of struggle are woven into everyday life, one young "
    "lawyer stands as a beacon of hope for the families who come to her office.\n\n"
    "Born in the north and raised in the city, she has turned her own hardships into a commitment "
    "to the law and to justice for those who cannot pay.\n\n"
    "She now runs a small practice that takes on cases other firms turn away, and says the work "
    "has only begun.\n\n"
)
_MD_HEAD = ("  * Home\n  * News\n  * Business\n  * Sport\n\nHome > News Local News\n\n"
            "#  From adversity to advocacy: a young lawyer's journey\n\nIn Local News, News\n\n")


@pytest.mark.parametrize("byline,authors", [
    ("May 14, 2025\n\n**Jane Moloi**", ["Jane Moloi"]),
    ("**Jane Moloi**\n\nMay 14, 2025", ["Jane Moloi"]),
    ("May 14, 2025\n\n__Jane Moloi__", ["Jane Moloi"]),
    ("May 14, 2025\n\n**Jane Moloi and Tom Roe**", ["Jane Moloi", "Tom Roe"]),
    # near misses: a kicker or a label in bold names no one; marks that wrap part of a line only
    ("May 14, 2025\n\n**Breaking News**", []),
    ("May 14, 2025\n\n**Exclusive**", []),
    ("May 14, 2025\n\n**Jane Moloi** reports", []),
])
def test_strong_name_in_a_markdown_dump_read_as_text(byline: str, authors: list) -> None:
    data = (_MD_HEAD + byline + "\n\n" + _MD_TEXT + "  * About us\n  * Contact\n").encode()
    assert extract(data).authors == authors


def test_strong_marks_left_on_the_blocks() -> None:
    """The marks come off for the byline's reading only: the blocks the body is made of keep
    their text as segmentation gave it."""
    from newsextract.blocks import Block
    from newsextract.fields.authors import _without_strong_marks
    blocks = [Block("Headline", 0), Block("**Jane Moloi**", 1), Block("Text.", 2)]
    out = _without_strong_marks(blocks, 1, 2)
    assert [b.text for b in out] == ["Headline", "Jane Moloi", "Text."]
    assert blocks[1].text == "**Jane Moloi**"
    assert _without_strong_marks(blocks, 2, 3) is blocks  # (no line wrapped: the same list)


# a lynx or links dump whose run took the head's date line in, with the writer's name glued to
# the text's first line under it (the name's node and the lead's joined by the dump)
_GLUED_HEAD = (
    "   Home English Meinung Personen Banken Konjunktur Unternehmen\n\n"
    "   Märkte am AbendIndex gibt leicht nach\n\n"
    "Steigende Zinsen setzen dem Leitindex zu\n\n"
    "   Die steigenden Zinsen haben sich als eine Belastung für den Leitindex\n"
    "   erwiesen. Analysten gehen aber davon aus, dass der Index nur eine\n"
    "   Verschnaufpause einlegt.\n"
    "   Frankfurt, October 23, 2024, 3:48: Uhr\n"
)
_GLUED_TEXT = (
    "   Die Aussichten des Kandidaten, die Wahl zu gewinnen, sind nach\n"
    "   Ansicht von Beobachtern gestiegen. Das stärkt den Dollar und belastet\n"
    "   den Leitindex.\n\n"
    "   Der Leitindex schloss am Mittwoch 0,2 Prozent tiefer bei 19.377 Punkten.\n"
    "   Im Tagesverlauf hatte er zeitweise deutlich stärker nachgegeben, erholte\n"
    "   sich aber am Nachmittag wieder. Händler sprachen von Gewinnmitnahmen.\n\n"
    "   Am Anleihemarkt stiegen die Renditen weiter. Die zehnjährige Bundesanleihe\n"
    "   rentierte mit 2,31 Prozent, so hoch wie seit Wochen nicht mehr.{more}\n\n"
    "   Am Devisenmarkt legte der Dollar zu, der Euro fiel unter 1,08 Dollar.\n"
)
_LEAD = "Die Aussichten des Kandidaten, die Wahl zu gewinnen, sind\n   nach Ansicht von Beobachtern gestiegen.\n"


@pytest.mark.parametrize("glued,more,authors", [
    ("Dieter Kuckelkorn", "", ["Dieter Kuckelkorn"]),
    # near misses: a body's name glued so (no given name); the story's subject, whom the text
    # names again; the lead with nothing glued to it
    ("Deutsche Bank", "", []),
    ("Olaf Scholz", " Kanzler Scholz schwieg dazu.", []),
    ("", "", []),
])
def test_name_glued_under_a_date_the_run_took_in(glued: str, more: str, authors: list) -> None:
    data = _GLUED_HEAD + "   " + glued + _LEAD + _GLUED_TEXT.format(more=more)
    assert extract(data.encode()).authors == authors


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
