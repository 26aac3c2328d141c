"""A headline over its date line in a dump without blank lines, and a related list's dates
(session 20, found by a probe putting a headline under and over common page lines)."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.segment.text import segment_text

TITLE = "Council approves new budget for city schools after long debate"
PARS = ["The city council on Tuesday approved a new budget for public schools after a debate that lasted more "
        "than six hours, ending months of uncertainty for teachers and parents.",
        "The budget adds money for building repairs and hires forty new teachers, the council said in a "
        "statement released after the vote."]


@pytest.mark.parametrize("above", [[], ["Home | World | Business | Sport"], ["EDUCATION"], ["Advertisement"]])
@pytest.mark.parametrize("date", ["12 March 2025", "12.03.2025 10:32", "2 Desember 2024"])
def test_a_headline_over_a_date_line_with_no_blank_line_between(above: list, date: str) -> None:
    # (every line its own, as a browser's copy or get_text("\n", strip=True) prints a page: the
    # date under the headline is its own line, not the headline's last words)
    a = newsextract.extract("\n".join(above + [TITLE, date] + PARS) + "\n")
    assert a.title == TITLE
    assert a.body.startswith("The city council")


@pytest.mark.parametrize("text, joined", [
    # near misses: a sentence cut before its date goes on in the date's line
    ("The council will vote on\n12 March 2025 after the hearing on the school budget plan.", True),
    ("The council will vote on\n12 March 2025", True),
    ("Rapat anggaran sekolah akan digelar pada\n12 Maret 2025", True),
    ("Die Abstimmung im Stadtrat ist für den\n12. März 2025", True),
    # (rv-lead20: a date's preposition before the cut, or the date closing the sentence)
    ("The transition period for the old permits runs until\n31 December 2025.", True),
    ("The mayor has until\n31 March 2025", True),
    ("Die neue Satzung gilt ab\n1. Januar 2026", True),
    ("El plazo para presentar las solicitudes se extiende hasta\n31 de diciembre de 2025.", True),
    ("La période de transition court jusqu'au\n31 décembre 2025.", True),
    ("Pendaftaran izin baru dibuka mulai tanggal\n12 Maret 2025.", True),
    ("Aturan parkir yang baru berlaku sejak\n1 Januari 2025", True),
    ("The council approved the budget for schools\n12 March 2025.", True),
    # the shape: a headline's line, then its date
    (f"{TITLE}\n12 March 2025", False),
])
def test_a_date_line_goes_on_a_cut_sentence_only(text: str, joined: bool) -> None:
    blocks = segment_text(text)
    assert (len(blocks) == 1) == joined, [b.text for b in blocks]


def test_a_related_lists_dates_are_no_titles() -> None:
    page = ("<html><body><article><h1>Council approves the flood plan</h1>"
            "<p>The council approved the flood plan on Tuesday after a long debate about its cost to households.</p>"
            "<p>The plan adds new pumps and raises the river walls along the northern districts of the town.</p>"
            "</article><aside><h2>Related stories</h2><ul>"
            "<li><a href='/a'>Storm season starts early this year in the valley</a></li><li>13 May 2024</li>"
            "<li><a href='/b'>Bridge closed for repairs until June</a></li><li>10 May 2024</li>"
            "</ul></aside></body></html>")
    related = newsextract.extract(page.encode()).related
    assert not any("May 2024" == r[-8:] and len(r) < 15 for r in related), related
