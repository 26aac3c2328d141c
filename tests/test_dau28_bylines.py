"""Bylines of sites never seen (dau28), each beside near misses it must leave alone: a
teaser's "Von X" below a related list's heading and its items after the text names a related
story's writer, not the page's, until furniture ends the list (a share bar, an ad's marker, an
update's stamp); a one-line read-also label opens no list; a journal's list of writers marks
each name with a footnote's number in superscript digits ("Rachel Brazil⁰"). The review's
inputs (fixtures/dau28/rv, each read by eye) hold the harms of two rules taken out again: a
name glued to the lead under the date (an alt text's, a photographer's), a head line wrapped
whole in strong marks (a place's, a topic's, a sponsor's kicker)."""

from __future__ import annotations

import pytest

from newsextract import extract
from tests.conftest import FIXTURES

_RV = FIXTURES / "dau28" / "rv"

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


@pytest.mark.parametrize("tail", [
    # the list ended by a share bar, an ad's marker, an update's stamp: the page's byline under it
    "Mehr zum Thema\n\n  • Streit um die Schuldenbremse\n\n  • Knappe Kassen\n\nAnzeige\n\nVon Jonas Becker",
    "Mehr zum Thema\n\n  • Streit um die Schuldenbremse\n\n  • Knappe Kassen\n\n"
    "Aktualisiert am 28.04.2023, 18:41 Uhr\n\nVon Jonas Becker",
    # a one-line read-also label names one story: no list under it
    "Lesen Sie auch: Habeck verteidigt Wärmepumpen-Pläne\n\nAnzeige\n\nVon Jonas Becker",
    # a writer box's heading ends the list: its byline and note are the page's writer's
    "Mehr zum Thema\n\n  • Streit um die Schuldenbremse\n\n  • Knappe Kassen\n\nÜber den Autor\n\n"
    "Von Jonas Becker\n\nJonas Becker ist Redakteur im Ressort Politik.",
    "Mehr zum Thema\n\n  • Streit um die Schuldenbremse\n\n  • Knappe Kassen\n\nÜber den Autor\n\n"
    "Von Jonas Becker",
])
def test_story_byline_after_the_related_list_ends(tail: str) -> None:
    """Furniture after the related list ends it: the byline under it is the page's."""
    assert extract(_dump(tail)).authors == ["Jonas Becker"]


_TEXT_EN = (
    "Parliament erupted into a fierce row on Thursday over the planned heating law. Several "
    "members accused the government of asking too much of households.\n\n"
    "The economy minister defended the draft. \u201cWe cannot wait any longer,\u201d he told the "
    "chamber. Grants are meant to soften the cost for owners.\n\n"
    "The opposition said it would vote against the bill, and critics inside the coalition "
    "spoke up as well, above all among the liberals.\n\n"
    "No decision is expected before the summer break. Until then the groups want to keep "
    "talking.\n\n"
)
_HEAD_EN = "  * Home\n  * Politics\n  * Business\n\nParliament rows over new heating law\n\nApril 28, 2023\n\n"


@pytest.mark.parametrize("tail,authors", [
    # the writer box's heading after the related list: the byline under it is the page's
    ("Related\n\n  * Budget row deepens\n\n  * Short of cash\n\nAbout the author\n\nBy Jonas Becker",
     ["Jonas Becker"]),
    # near miss: the box's heading above the related list ends nothing below the list's heading;
    # the byline under the list's items is a teaser's
    ("About the author\n\nRelated\n\n  * Budget row deepens\n\n  * Short of cash\n\nBy Anna Berg", []),
])
def test_writer_box_heading_ends_related_list_en(tail: str, authors: list) -> None:
    """An English writer's box heading ends the related list as a German one does."""
    assert extract((_HEAD_EN + _TEXT_EN + tail + "\n\n  * Privacy\n  * Contact\n").encode()).authors == authors


def test_writer_box_heading_above_related_list_ends_nothing() -> None:
    """Near miss: "Über den Autor" above the related heading; the teaser's byline under the
    list's item stays the teaser's."""
    tail = "Über den Autor\n\nMehr zum Thema\n\n  • Streit um die Schuldenbremse\n\nVon Anna Berg"
    assert extract(_dump(tail)).authors == []


def test_update_stamp() -> None:
    """A line an update's label opens before its date; not a bare date, nor a title that
    prints the word after its start."""
    from newsextract.fields.dates import update_stamp
    assert update_stamp("Updated May 14, 2025")
    assert update_stamp("Aktualisiert am 28.04.2023, 18:41 Uhr")
    assert update_stamp("Actualizado: 14/05/2025")
    assert not update_stamp("7/3/2025")
    assert not update_stamp("Mayor faces vote - Updated May 14, 2025")


@pytest.mark.parametrize("name,authors", [
    # a name glued to the lead under the date: an alt text's subject, a photographer, a person
    # the text names by role only; none labelled as the writer
    ("g5_christine", []),
    ("g14_michael_photographer", []),
    ("g15_subject_named_by_role", []),
    ("h12_en_person", []),
    # a head line wrapped whole in strong marks under the date: a place's, a market's, a
    # sponsor's kicker, the story's subject; the page names no writer
    ("m1_place", []),
    ("m4_topic_person", []),
    ("m8_wallst", []),
    ("m10_sponsored", []),
    ("k1_place", []),
    ("k4_topic_person", []),
    ("k8_wallst", []),
    ("k10_sponsored", []),
    # the page's byline after a related box ended by a share bar, an ad's marker; after a
    # read-also label, an update's stamp
    ("s1_en_related_share_then_by", ["Jane Moloi"]),
    ("s2_de_related_anzeige_then_von", ["Jonas Becker"]),
    ("s5_en_related_then_date_then_by", ["Jane Moloi"]),
    ("s6_es_te_puede_then_por", ["Juan Pérez"]),
])
def test_review_inputs(name: str, authors: list) -> None:
    assert extract((_RV / f"{name}.txt").read_bytes()).authors == authors


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
