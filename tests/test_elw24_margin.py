"""elinks, links and lynx set a page's paragraphs in by three columns and stop them three columns
short of the screen's edge, while headings and centred lines run to it: where those read wider,
the page's width is theirs, and a paragraph line with room under that width for the next word (but
none under the paragraph's own edge) was left unjoined. The set-in lines' own wrap width gives them
their room (segment/widths.py margin_width) where the next line goes on in lower case; w3m's
pages, centred lines, lines in capitals and pages whose paragraphs make the width keep the page's
room."""

from __future__ import annotations

import random
import textwrap
from pathlib import Path
from typing import List

import pytest

import newsextract
from newsextract.segment.text import segment_dump
from newsextract.segment.widths import line_widths, margin_width, wrap_width

_WORDS = ("the council said on monday that its plan for new homes would go to a vote later this "
          "month after a consultation which drew more than four thousand answers from residents and "
          "shops across the district while campaigners asked for a fresh review of roads schools and "
          "doctors surgeries in each of the villages around the old airfield").split()


def _prose(seed: int, words: int = 80) -> str:
    """Lower-case prose of the page's words, in an order of its own for each seed (so that the
    paragraphs' lines reach their edge at different words)."""
    rng = random.Random(seed)
    return " ".join(rng.choice(_WORDS) for _ in range(words))


def _para(text: str, indent: int = 3, edge: int = 77) -> List[str]:
    """A paragraph wrapped as elinks wraps it: set in, every line at most `edge` columns."""
    return textwrap.wrap(text, edge, initial_indent=" " * indent, subsequent_indent=" " * indent)


def _page(key: List[str], headings: int = 4) -> str:
    """A dump of elinks's shape: headings at the screen's edge (80), paragraphs set in to 77."""
    lines: List[str] = ["Council approves plan to build homes on former airfield site", ""]
    lines += key + [""]
    for seed in range(6):
        lines += _para("Councillors voted " + _prose(seed)) + [""]
    for seed in range(headings):
        lines += textwrap.wrap("Further reading " + _prose(100 + seed, 40), 80) + [""]
        lines += _para("Campaigners said " + _prose(200 + seed)) + [""]
    return "\n".join(lines) + "\n"


# a paragraph line of 74 columns, then "and": 78 columns, room under the page's 80, none under 77
_KEY = ["   Residents who opposed the scheme said they will weigh a legal challenge",
        "   and asked the council to publish every answer to the consultation in full."]


def _texts(text: str) -> List[str]:
    blocks, _style, _title = segment_dump(text)
    return [b.text for b in blocks]


def test_a_set_in_paragraph_line_joins_under_its_own_edge() -> None:
    page = _page(_KEY)
    lines = [x.rstrip() for x in page.split("\n")]
    widths = line_widths(lines)
    width = wrap_width(lines, widths, stripped=True)
    assert width is not None and width >= 78  # the headings make the page's width
    assert margin_width(lines, widths, width) == 77
    assert " ".join(x.strip() for x in _KEY) in _texts(page)


def test_pages_whose_paragraphs_make_the_width_are_left_alone() -> None:
    # no heading runs wider than the paragraphs: the width is theirs, and no margin is read
    page = _page(_KEY, headings=0)
    lines = [x.rstrip() for x in page.split("\n")]
    widths = line_widths(lines)
    width = wrap_width(lines, widths, stripped=True)
    assert width == 77
    assert margin_width(lines, widths, width) is None


def test_w3m_pages_keep_the_page_room() -> None:
    # w3m sets in only its lists and quotations, which run to the edge: most long lines are at 0
    lines: List[str] = []
    for seed in range(6):
        lines += textwrap.wrap("Councillors voted " + _prose(seed), 100) + [""]
    lines += _para("Campaigners said " + _prose(300), 4, 100)
    widths = line_widths(lines)
    width = wrap_width(lines, widths, stripped=True)
    assert width is not None
    assert margin_width(lines, widths, width) is None


def test_centred_lines_keep_the_page_room() -> None:
    # elinks centres a <center>'s lines, each a link of its own: no paragraph's wrapped words
    centred = ["        Residents vow to fight on after committee backs airfield housing",
               "          Five things to know about the new local plan and your area"]
    texts = _texts(_page(centred))
    assert "Residents vow to fight on after committee backs airfield housing" in texts
    assert "Five things to know about the new local plan and your area" in texts


def test_a_short_set_in_line_is_no_wrapped_line() -> None:
    # a headline set in, with room under any edge for the byline's first word: two blocks
    key = ["   Council approves plan to build 3,000 homes on old airfield",
           "   By Sarah Johnson, Local Democracy Reporter"]
    texts = _texts(_page(key))
    assert "Council approves plan to build 3,000 homes on old airfield" in texts
    assert "By Sarah Johnson, Local Democracy Reporter" in texts


def test_a_list_of_links_in_capitals_keeps_its_lines() -> None:
    # a related list, each link a line of its own, a line short of the paragraphs' edge by no
    # more than the next link's first word: a capital goes on no wrapped sentence here
    key = ["   Finanzminister legt Eckpunkte für den Bundeshaushalt 2025 vor: Ein Plan",
           "   Die Koalition streitet weiter über die Kindergrundsicherung"]
    texts = _texts(_page(key))
    assert key[0].strip() in texts
    assert key[1].strip() in texts


# rv-elw24: a byline's or a caption's line right under a paragraph's last line, which ends its
# sentence a column or two short of the paragraph's edge, is no part of that paragraph (elinks
# dumps of the reviewer's invented pages, kept as fixtures)
_RV = Path(__file__).resolve().parent.parent / "fixtures" / "elw24"


def test_a_byline_under_a_standfirst_stays_the_byline() -> None:
    record = newsextract.extract((_RV / "rv_itm.html.elinks.txt").read_bytes()).to_dict()
    assert record["authors"] == ["Mario Rossi"]


@pytest.mark.parametrize("name, glued", [
    ("rv_g_divcap.html.elinks.txt", "photo: Reuters"),
])
def test_a_line_under_a_closed_sentence_is_not_joined(name: str, glued: str) -> None:
    record = newsextract.extract((_RV / name).read_bytes()).to_dict()
    assert glued not in record["body"]
